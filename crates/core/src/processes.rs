//! Processes: each one its own `Program` (its own interpreter and memory),
//! run by the driver beside its parent.
//!
//! A child starts as CPython's `fork` leaves it: it runs the program's
//! module quietly (as `__mp_main__`, output dropped) up to the first
//! process start or to its end, which defines what the module defines, then
//! runs its target (`lib/multiprocessing/__init__.py`, `_child_boot`). Its clock
//! starts at the instant it was started; processes run side by side, each
//! on its own clock (the CLI's virtual cores).
//!
//! Processes talk only through the driver's `Broker`: queues of pickled
//! items (`lib/_mp_pickle.py`), process starts and exits. The Python side
//! reaches it with blocking requests to `proc:` URLs (`_http.blocking`),
//! so a thread waiting on another process releases the GIL like one waiting
//! for a page:
//!
//! | request | answer |
//! |---|---|
//! | `POST proc:spawn` (headers `name`, `daemon`; body: payload) | the child's pid |
//! | `PUT proc:queue/Q` (body: item) | at once |
//! | `GET proc:queue/Q` (timeout) | the oldest item, when there is one |
//! | `GET proc:size/Q` | how many items queue Q holds |
//! | `GET proc:exit/P` (timeout) | process P's exit code, when it ends |
//! | `POST proc:kill/P` | at once; P ends with exit code -15 |
//! | `PUT proc:token/Q` | at once; queue Q gets an item at once (a lock's or semaphore's token: `GET proc:queue/Q` takes it) |

use crate::at::{At, Part};
use crate::cell::RefCell;
use crate::http::{HttpOutcome, HttpRequest};
use crate::modules::native_module;
use crate::vm::builtins::check_args;
use crate::vm::interp::Vm;
use crate::vm::object::{Args, NativeFn, PyFunction};
use crate::vm::value::Value;
use crate::vm::PyResult;
use std::collections::VecDeque;
use std::rc::Rc;

/// The URL scheme of the broker's requests.
pub const SCHEME: &str = "proc:";
/// Child processes' pids count up from here.
pub const FIRST_CHILD_PID: i64 = 5001;
/// Lanes of child processes in their root's trace count up from here:
/// thread lanes, so the timeline draws them as threads, after the room of
/// the root's own threads (lane ids index dense tables in the page).
pub const PROCESS_LANE_BASE: u32 = crate::threads::THREAD_LANE_BASE + 10_000;
/// A child starts this many program seconds after it is started (about
/// what CPython's fork and bootstrap take), so its parent's next lines run first.
pub const START_DELAY_S: f64 = 0.002;
/// An item put in a queue reaches the other side this many program
/// seconds later (CPython's feeder thread and pipe): a process's print right
/// after `put()` comes before the receiver's, and `get_nowait()` right after
/// `put()` finds the queue empty, as under CPython.
pub const QUEUE_LATENCY_S: f64 = 0.0005;
/// Child processes alive at once in one run (a budget: a loop starting
/// processes is stopped with a message).
pub const MAX_PROCESSES: usize = 64;
/// The exit code of a process ended by `terminate()` (SIGTERM).
pub const TERMINATED: i32 = -15;

/// Who this program is among the run's processes.
#[derive(Clone, Debug)]
pub struct ProcessInfo {
    pub pid: i64,
    pub ppid: i64,
    pub name: Rc<str>,
    /// A child's pickled start-up payload (`None` in the main process).
    pub payload: Option<Rc<[u8]>>,
    /// The program's source, which a child runs quietly first.
    pub source: Rc<str>,
    /// Output is dropped (a child running the module before its target).
    pub quiet: bool,
    /// The program second a child was started at.
    pub started_at: f64,
    /// The child has just run the module: the host leaves the time that
    /// took out of its clock (`Program::take_booted`).
    pub booted: bool,
}

impl Default for ProcessInfo {
    fn default() -> ProcessInfo {
        ProcessInfo {
            pid: crate::threads::PID,
            ppid: crate::threads::PARENT_PID,
            name: Rc::from("MainProcess"),
            payload: None,
            source: Rc::from(""),
            quiet: false,
            started_at: 0.0,
            booted: false,
        }
    }
}

/// The `_process` module: what a process knows of itself.
pub fn module() -> Value {
    const FUNCS: &[(&str, NativeFn)] = &[
        ("info", info),
        ("main", main),
        ("quiet", quiet),
        ("booted", booted),
    ];
    native_module("_process", FUNCS, vec![])
}

/// `info()`: `(pid, ppid, name, payload or None)`.
fn info(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "info", &args, 0, 0)?;
    let p = &vm.process;
    Ok(Value::tuple(vec![
        Value::Int(p.pid),
        Value::Int(p.ppid),
        Value::Str(p.name.clone()),
        match &p.payload {
            Some(b) => Value::Bytes(b.clone()),
            None => Value::None,
        },
    ]))
}

/// `main()`: the program's module as a function of the program's globals.
/// A child calls it before its target, so the module runs as a frame of its
/// own and may wait there (sleep, join a thread, run an event loop) as it
/// did in its parent; nested in `exec` it could not.
fn main(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "main", &args, 0, 0)?;
    let filename = vm.filename.clone();
    // Its parent compiled the same source.
    let code = crate::syntax::parse(&vm.process.source)
        .ok()
        .and_then(|m| crate::compiler::compile_module(&m, &filename, false).ok())
        .ok_or_else(|| vm.type_error("the program does not compile"))?;
    Ok(Value::Function(Rc::new(PyFunction {
        name: RefCell::new(code.name.clone()),
        qualname: RefCell::new(code.qualname.clone()),
        code,
        globals: vm.main_globals.clone(),
        defaults: Vec::new(),
        kwdefaults: Vec::new(),
        closure: Vec::new(),
        module: Rc::from("__main__"),
        attrs: RefCell::default(),
    })))
}

/// `quiet(flag)`: drop the process's output (while it runs the module).
fn quiet(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "quiet", &args, 1, 1)?;
    vm.process.quiet = vm.truthy(args.pos.at(0))?;
    Ok(Value::None)
}

/// `booted()`: the module has run; the child's clock goes back to the
/// instant it was started (a forked child starts with its memory ready).
fn booted(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "booted", &args, 0, 0)?;
    crate::asyncio::forget_quietly(vm);
    vm.process.quiet = false;
    vm.process.booted = true;
    vm.rewind_time(vm.process.started_at);
    Ok(Value::None)
}

/// A process to start, asked for by program `parent` (a driver slot).
pub struct Spawn {
    pub parent: usize,
    pub pid: i64,
    pub name: Rc<str>,
    pub daemon: bool,
    pub payload: Rc<[u8]>,
    pub at: f64,
}

/// An answer for the driver to hand to program `slot` at program second
/// `due` (request `id`).
pub struct Answer {
    pub slot: usize,
    pub id: u32,
    pub due: f64,
    pub outcome: HttpOutcome,
}

/// An item in a queue: (program second put, pickled value).
type Item = (f64, Rc<[u8]>);

/// A request waiting in the broker (a `get` or a `join`).
struct Waiter {
    slot: usize,
    id: u32,
    /// When it asked (program seconds).
    asked: f64,
    /// When it gives up (program seconds; infinite: never).
    deadline: f64,
}

/// A map of a few entries, searched in order (a run has a few queues and
/// processes: a hash table would cost more code than it saves time).
struct Few<K, V>(Vec<(K, V)>);

impl<K, V> Default for Few<K, V> {
    fn default() -> Self {
        Few(Vec::new())
    }
}

impl<K: PartialEq + Copy, V: Default> Few<K, V> {
    fn get(&self, k: &K) -> Option<&V> {
        self.0.iter().find(|e| e.0 == *k).map(|e| &e.1)
    }
    fn get_mut(&mut self, k: &K) -> Option<&mut V> {
        self.0.iter_mut().find(|e| e.0 == *k).map(|e| &mut e.1)
    }
    fn entry(&mut self, k: K) -> &mut V {
        let at = match self.0.iter().position(|e| e.0 == k) {
            Some(at) => at,
            None => {
                self.0.push((k, V::default()));
                self.0.len() - 1
            }
        };
        &mut self.0.at_mut(at).1
    }
    fn insert(&mut self, k: K, v: V) {
        *self.entry(k) = v;
    }
    fn remove(&mut self, k: &K) -> Option<V> {
        let at = self.0.iter().position(|e| e.0 == *k)?;
        Some(self.0.swap_remove(at).1)
    }
    fn len(&self) -> usize {
        self.0.len()
    }
    fn values(&self) -> impl Iterator<Item = &V> {
        self.0.iter().map(|e| &e.1)
    }
    fn values_mut(&mut self) -> impl Iterator<Item = &mut V> {
        self.0.iter_mut().map(|e| &mut e.1)
    }
}

/// The queues between processes, and their starts and exits.
#[derive(Default)]
pub struct Broker {
    next_pid: i64,
    /// Items by queue: (program second put, pickled item).
    queues: Few<u64, VecDeque<Item>>,
    getters: Few<u64, VecDeque<Waiter>>,
    /// Exit codes and instants of the processes that ended, by pid.
    exits: Few<i64, (i32, f64)>,
    joiners: Few<i64, Vec<Waiter>>,
    /// Starts asked for and not yet done by the driver.
    pub spawns: Vec<Spawn>,
    /// Pids the driver must end (`terminate()`).
    pub kills: Vec<i64>,
    /// Answers for the driver to deliver.
    pub answers: Vec<Answer>,
}

fn ok(body: Vec<u8>) -> HttpOutcome {
    HttpOutcome::Response {
        status: 200,
        reason: crate::http::PROCESS_REASON.into(),
        headers: Vec::new(),
        body,
        url: String::new(),
    }
}

fn bad(message: String) -> HttpOutcome {
    HttpOutcome::ConnectError(message)
}

impl Broker {
    /// Handle request `req` of program `slot` made at program second `now`.
    /// `family` is its root program's: the programs of a run (a lesson's A
    /// and B) are machines of their own, whose queue numbers may coincide.
    pub fn request(&mut self, slot: usize, family: usize, now: f64, req: &HttpRequest) {
        let path = req.url.part(SCHEME.len()..);
        let queue = |arg: &str| arg.parse::<u64>().map(|q| q ^ ((family as u64) << 56));
        let (kind, arg) = path.split_once('/').unwrap_or((path, ""));
        let header = |name: &str| {
            req.headers
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.as_str())
        };
        let deadline = now + req.timeout.unwrap_or(f64::INFINITY).max(0.0);
        let waiter = Waiter {
            slot,
            id: req.id,
            asked: now,
            deadline,
        };
        match (req.method.as_str(), kind) {
            ("POST", "spawn") if self.alive() >= MAX_PROCESSES => {
                let message = format!(
                    "the playground runs at most {MAX_PROCESSES} processes at once (process budget)"
                );
                self.answer(slot, req.id, now, bad(message));
            }
            ("POST", "spawn") => {
                let pid = FIRST_CHILD_PID + self.next_pid;
                self.next_pid += 1;
                self.spawns.push(Spawn {
                    parent: slot,
                    pid,
                    name: Rc::from(header("name").unwrap_or("Process")),
                    daemon: header("daemon") == Some("1"),
                    payload: Rc::from(req.body.as_slice()),
                    at: now + START_DELAY_S,
                });
                self.answer(slot, req.id, now, ok(pid.to_string().into_bytes()));
            }
            ("PUT", "queue" | "token") => match queue(arg) {
                Ok(q) => {
                    // A token is there at once; an item takes the pipe's time.
                    let at = if kind == "token" {
                        now
                    } else {
                        now + QUEUE_LATENCY_S
                    };
                    self.queues
                        .entry(q)
                        .push_back((at, Rc::from(req.body.as_slice())));
                    self.answer(slot, req.id, now, ok(Vec::new()));
                    self.serve_queue(q);
                }
                Err(_) => self.answer(slot, req.id, now, bad(format!("no queue {arg}"))),
            },
            ("GET", "queue") => match queue(arg) {
                Ok(q) => {
                    self.getters.entry(q).push_back(waiter);
                    self.serve_queue(q);
                    self.time_out(slot, now);
                }
                Err(_) => self.answer(slot, req.id, now, bad(format!("no queue {arg}"))),
            },
            ("GET", "size") => {
                let size = queue(arg)
                    .ok()
                    .and_then(|q| self.queues.get(&q))
                    .map_or(0, |items| items.len());
                self.answer(slot, req.id, now, ok(size.to_string().into_bytes()));
            }
            ("GET", "exit") => match arg.parse::<i64>() {
                Ok(pid) => match self.exits.get(&pid) {
                    Some(&(code, at)) => {
                        self.answer(slot, req.id, now.max(at), ok(code.to_string().into_bytes()))
                    }
                    None => {
                        self.joiners.entry(pid).push(waiter);
                        self.time_out(slot, now);
                    }
                },
                Err(_) => self.answer(slot, req.id, now, bad(format!("no process {arg}"))),
            },
            ("POST", "kill") => {
                if let Ok(pid) = arg.parse::<i64>() {
                    self.kills.push(pid);
                }
                self.answer(slot, req.id, now, ok(Vec::new()));
            }
            _ => self.answer(
                slot,
                req.id,
                now,
                bad(format!("unknown request {}", req.url)),
            ),
        }
    }

    fn answer(&mut self, slot: usize, id: u32, due: f64, outcome: HttpOutcome) {
        self.answers.push(Answer {
            slot,
            id,
            due,
            outcome,
        });
    }

    /// Hand queue `q`'s items to its getters, first come first served.
    fn serve_queue(&mut self, q: u64) {
        loop {
            let (Some(items), Some(getters)) = (self.queues.get_mut(&q), self.getters.get_mut(&q))
            else {
                return;
            };
            if items.is_empty() || getters.is_empty() {
                return;
            }
            // The first getter still waiting when the item arrives.
            let at = items[0].0;
            let Some(k) = getters.iter().position(|w| w.deadline >= at) else {
                return;
            };
            let (at, item) = items.pop_front().expect("an item");
            let w = getters.remove(k).expect("a getter");
            // Due when both were there: an item waiting for its getter is
            // taken when asked for (the answer's way back is the host's).
            self.answer(w.slot, w.id, at.max(w.asked), ok(item.to_vec()));
        }
    }

    /// Child processes started and not yet ended.
    fn alive(&self) -> usize {
        self.next_pid as usize - self.exits.len()
    }

    /// Process `pid` ended with `code` at program second `at`.
    pub fn exited(&mut self, pid: i64, code: i32, at: f64) {
        self.exits.insert(pid, (code, at));
        for w in self.joiners.remove(&pid).unwrap_or_default() {
            self.answer(
                w.slot,
                w.id,
                at.max(w.asked),
                ok(code.to_string().into_bytes()),
            );
        }
    }

    /// The earliest deadline of a waiting request of program `slot`.
    pub fn deadline_of(&self, slot: usize) -> f64 {
        self.waiters()
            .filter(|w| w.slot == slot)
            .map(|w| w.deadline)
            .fold(f64::INFINITY, f64::min)
    }

    fn waiters(&self) -> impl Iterator<Item = &Waiter> {
        self.getters
            .values()
            .flatten()
            .chain(self.joiners.values().flatten())
    }

    /// Program `slot`'s requests whose deadline is at or before `now` (its
    /// clock) give up: they time out.
    pub fn time_out(&mut self, slot: usize, now: f64) {
        let mut expired = Vec::new();
        let due = |w: &Waiter| w.slot == slot && w.deadline <= now + 1e-9;
        for list in self.getters.values_mut() {
            expired.extend(
                list.iter()
                    .filter(|w| due(w))
                    .map(|w| (w.slot, w.id, w.deadline)),
            );
            list.retain(|w| !due(w));
        }
        for list in self.joiners.values_mut() {
            expired.extend(
                list.iter()
                    .filter(|w| due(w))
                    .map(|w| (w.slot, w.id, w.deadline)),
            );
            list.retain(|w| !due(w));
        }
        for (slot, id, at) in expired {
            self.answer(slot, id, at, HttpOutcome::Timeout);
        }
    }

    /// Forget program `slot`'s waiting requests (it ended).
    pub fn forget(&mut self, slot: usize) {
        for list in self.getters.values_mut() {
            list.retain(|w| w.slot != slot);
        }
        for list in self.joiners.values_mut() {
            list.retain(|w| w.slot != slot);
        }
    }

    /// Whether program `slot` waits for the broker.
    pub fn waits(&self, slot: usize) -> bool {
        self.waiters().any(|w| w.slot == slot)
    }
}
