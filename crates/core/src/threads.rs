//! Threads: more frame stacks inside one program, under one GIL.
//!
//! `program::Program` schedules them (it owns each thread's fibers); this
//! module holds what the VM's natives share with it: the lock table, the
//! threads asked to start, the running thread's identity, and the
//! `_thread_native` module that `lib/_thread.py` builds `_thread` on.
//!
//! A thread holds the GIL until it waits (sleep, lock, request, an idle
//! event loop) or has run `sys.getswitchinterval()` worth of instructions
//! while another thread wants it. The interval is counted in instructions
//! at the virtual clock's pace on every host, so a program switches at the
//! same points in the page as in the CLI: runs are deterministic.

use crate::at::At;
use crate::modules::native_module;
use crate::vm::builtins::check_args;
use crate::vm::interp::Vm;
use crate::vm::object::{Args, FutureObj, NativeFn};
use crate::vm::value::Value;
use crate::vm::{Interrupt, PyResult, Suspension};
use std::rc::Rc;

/// Trace lanes of threads other than the main one are numbered from here
/// (task lanes count up from 1 and never get this far).
pub const THREAD_LANE_BASE: u32 = 1_000_000_000;
/// The switch interval is counted in instructions of this many seconds
/// (the virtual clock's pace), whatever the host's clock.
pub const SECONDS_PER_SWITCH_INSTRUCTION: f64 = 25e-9;
/// `threading.get_ident()` of the main thread; other threads' idents are
/// spaced like the stacks of CPython's threads.
const MAIN_IDENT: i64 = 140_001_234_567_808;
const IDENT_STEP: i64 = 8_392_704;
/// The program's process id (`os.getpid()`); threads' native ids follow it.
pub const PID: i64 = 4242;
/// What `os.getppid()` says.
pub const PARENT_PID: i64 = 4241;
/// CPython's `threading.TIMEOUT_MAX` on Linux.
pub const TIMEOUT_MAX: f64 = 9223372036.0;

pub fn ident_of(index: u32) -> i64 {
    MAIN_IDENT + index as i64 * IDENT_STEP
}

/// A thread the program asked to start (`_thread.start_new_thread`).
pub struct Spawn {
    pub index: u32,
    pub func: Value,
    pub args: Args,
}

/// Thread state the natives read and write.
pub struct VmThreads {
    /// Locked or not, by lock id.
    pub locks: Vec<bool>,
    pub spawn: Vec<Spawn>,
    /// The running thread's index (0: the main thread).
    pub current: u32,
    /// Threads started so far, the main one included.
    pub started: u32,
    /// Threads alive now, the main one included.
    pub alive: usize,
    /// Threads that have begun to run and not ended, the main one included.
    pub running: usize,
    /// A new name the running thread gave itself (`_thread._set_name`).
    pub rename: Option<Rc<str>>,
    /// `sys.getswitchinterval()`, seconds.
    pub switch_interval: f64,
    /// The running thread's trace lane when it is not the main thread.
    pub lane: Option<u32>,
    /// Threads waiting to acquire a lock, first come first served: (lock, thread).
    pub lock_waiters: Vec<(u32, u32)>,
    /// Threads a released lock was handed to (they hold it now).
    pub handoffs: Vec<u32>,
    /// `threading.local` objects: their attributes are the running
    /// thread's; the other threads' wait here, by thread.
    pub locals: Vec<ThreadLocal>,
    /// What threads not running keep of their own, by thread.
    pub parked_state: Vec<(u32, ThreadState)>,
}

/// Per-thread interpreter state: the `contextvars` mapping (each thread has
/// its own), and the line of its latest call from the program.
pub struct ThreadState {
    pub context: Value,
    pub user_line: u32,
}

impl Default for ThreadState {
    fn default() -> Self {
        ThreadState {
            context: Value::None,
            user_line: 0,
        }
    }
}

/// An instance's attributes.
type Attributes = Vec<(Rc<str>, Value)>;

/// A `threading.local` and the attributes each thread not running gave it.
pub struct ThreadLocal {
    object: std::rc::Weak<crate::vm::object::Instance>,
    parked: Vec<(u32, Attributes)>,
}

impl Default for VmThreads {
    fn default() -> Self {
        VmThreads {
            locks: Vec::new(),
            spawn: Vec::new(),
            current: 0,
            started: 1,
            alive: 1,
            running: 1,
            rename: None,
            switch_interval: 0.005,
            lane: None,
            lock_waiters: Vec::new(),
            handoffs: Vec::new(),
            locals: Vec::new(),
            parked_state: Vec::new(),
        }
    }
}

impl VmThreads {
    pub fn switch_instructions(&self) -> u64 {
        ((self.switch_interval / SECONDS_PER_SWITCH_INSTRUCTION).round() as u64).max(1)
    }

    /// Park thread `from`'s own state and give back `to`'s (a new thread's is empty).
    pub fn switch_state(&mut self, from: u32, to: u32, mine: ThreadState) -> ThreadState {
        self.parked_state.push((from, mine));
        match self.parked_state.iter().position(|(t, _)| *t == to) {
            Some(k) => self.parked_state.swap_remove(k).1,
            None => ThreadState::default(),
        }
    }

    /// The GIL goes from thread `from` to thread `to`: each
    /// `threading.local` shows `to`'s attributes from now on.
    pub fn switch_locals(&mut self, from: u32, to: u32) {
        self.locals.retain(|l| l.object.strong_count() > 0);
        for local in &mut self.locals {
            let Some(object) = local.object.upgrade() else {
                continue;
            };
            let mine = std::mem::take(&mut *object.attrs.borrow_mut());
            local.parked.push((from, mine));
            if let Some(k) = local.parked.iter().position(|(t, _)| *t == to) {
                *object.attrs.borrow_mut() = local.parked.swap_remove(k).1;
            }
        }
    }
}

/// What a thread that cannot run waits for.
#[derive(Clone, Debug)]
pub struct Wait {
    /// It may run again at this program second (infinite: only an event can wake it).
    pub until: f64,
    /// A lock it waits to acquire (`Lock.acquire` with a timeout until `until`).
    pub lock: Option<u32>,
    /// Whether it is held by a blocking call (as opposed to an idle event loop).
    pub blocked: bool,
    /// What it waits on, for the timeline.
    pub label: Rc<str>,
    pub since: f64,
}

/// The scheduler's view of one thread.
pub struct Sched {
    pub index: u32,
    pub name: Rc<str>,
    /// `None` while it can run.
    pub wait: Option<Wait>,
    /// When it last became ready to run (FIFO hand-over of the GIL).
    pub ready_seq: u64,
    /// The thread's lane has been announced in the trace.
    pub announced: bool,
    /// It has run (taken the GIL) at least once.
    pub begun: bool,
    pub created: f64,
    /// When it last took the GIL.
    pub running_since: f64,
    /// Since when it has wanted the GIL (the main thread's lane shows it).
    pub ready_since: Option<f64>,
    /// asyncio's per-thread state, kept here while another thread runs.
    pub running_loop: Option<usize>,
    pub current_loop: Option<usize>,
    pub current_task: Option<Rc<FutureObj>>,
}

impl Sched {
    pub fn main() -> Sched {
        Sched::new(0, Rc::from("MainThread"), 0.0)
    }

    pub fn new(index: u32, name: Rc<str>, created: f64) -> Sched {
        Sched {
            index,
            name,
            wait: None,
            ready_seq: 0,
            announced: index == 0,
            begun: index == 0,
            created,
            running_since: created,
            ready_since: None,
            running_loop: None,
            current_loop: None,
            current_task: None,
        }
    }

    /// The thread's trace lane (`None` for the main thread, drawn as `main`).
    pub fn lane(&self) -> Option<u32> {
        (self.index > 0).then(|| THREAD_LANE_BASE + self.index)
    }
}

/// The natives `lib/_thread.py` is built on.
pub fn native_module_value() -> Value {
    const FUNCS: &[(&str, NativeFn)] = &[
        ("start", start),
        ("lock_new", lock_new),
        ("lock_acquire", lock_acquire),
        ("lock_release", lock_release),
        ("lock_locked", lock_locked),
        ("get_ident", get_ident),
        ("get_native_id", get_native_id),
        ("count", count),
        ("set_name", set_name),
        ("print_exception", print_exception),
        ("local_register", local_register),
    ];
    native_module(
        "_thread_native",
        FUNCS,
        vec![("TIMEOUT_MAX", Value::Float(TIMEOUT_MAX))],
    )
}

/// `start(func, args, kwargs)`: the new thread's index; it runs when it
/// gets the GIL.
fn start(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "start", &args, 3, 3)?;
    let func = args.at(0).clone();
    let pos = match args.at(1) {
        Value::Tuple(t) => t.to_vec(),
        _ => return Err(vm.type_error("2nd arg must be a tuple")),
    };
    let kw = match args.at(2) {
        Value::None => Vec::new(),
        Value::Dict(d) => {
            let mut kw = Vec::new();
            for (k, v) in d.borrow().iter() {
                match k {
                    Value::Str(s) => kw.push((s.clone(), v.clone())),
                    _ => return Err(vm.type_error("keywords must be strings")),
                }
            }
            kw
        }
        _ => return Err(vm.type_error("optional 3rd arg must be a dictionary")),
    };
    let index = vm.threads.started;
    vm.threads.started += 1;
    vm.threads.alive += 1;
    if vm.threads.alive > vm.budgets.max_threads {
        return Err(Interrupt::Fatal(crate::vm::Fatal::Budget(format!(
            "the program had more than {} threads alive at once (thread budget)",
            vm.budgets.max_threads
        ))));
    }
    // The new thread wants the GIL: the running one gives it up within a
    // switch interval.
    let deadline = vm.instructions + vm.threads.switch_instructions();
    vm.slice_end = vm.slice_end.min(deadline);
    vm.threads.spawn.push(Spawn {
        index,
        func,
        args: Args { pos, kw },
    });
    Ok(Value::Int(ident_of(index)))
}

fn lock_id(vm: &Vm, v: &Value) -> PyResult<usize> {
    match v {
        Value::Int(i) if (*i as usize) < vm.threads.locks.len() => Ok(*i as usize),
        _ => Err(vm.type_error("not a lock")),
    }
}

fn lock_new(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    vm.threads.locks.push(false);
    Ok(Value::Int(vm.threads.locks.len() as i64 - 1))
}

/// `lock_acquire(id, blocking, timeout)`: True once held; False when not
/// blocking or the timeout passed. A held lock suspends the thread.
fn lock_acquire(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "acquire", &args, 3, 3)?;
    let id = lock_id(vm, args.at(0))?;
    let blocking = vm.truthy(args.at(1))?;
    let timeout = match vm.to_f64(args.at(2))? {
        Some(t) => t,
        None => return Err(vm.type_error("timeout must be a number")),
    };
    if !blocking && timeout != -1.0 {
        return Err(vm.value_error("can't specify a timeout for a non-blocking call"));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(vm.value_error("timeout value must be a non-negative number"));
    }
    if timeout > TIMEOUT_MAX {
        return Err(vm.new_exc(
            crate::vm::exceptions::ExcKind::OverflowError,
            "timeout value is too large",
        ));
    }
    if !*vm.threads.locks.at(id) {
        *vm.threads.locks.at_mut(id) = true;
        return Ok(Value::Bool(true));
    }
    if !blocking {
        return Ok(Value::Bool(false));
    }
    Err(Interrupt::Suspend(Suspension::Acquire {
        lock: id as u32,
        timeout: if timeout < 0.0 {
            f64::INFINITY
        } else {
            timeout
        },
    }))
}

fn lock_release(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "release", &args, 1, 1)?;
    let id = lock_id(vm, args.at(0))?;
    if !*vm.threads.locks.at(id) {
        return Err(vm.new_exc(
            crate::vm::exceptions::ExcKind::RuntimeError,
            "release unlocked lock",
        ));
    }
    // A waiting thread takes the lock over at once (the lock stays held),
    // and wants the GIL: this thread gives it up within a switch interval.
    match vm
        .threads
        .lock_waiters
        .iter()
        .position(|w| w.0 == id as u32)
    {
        Some(k) => {
            let (_, thread) = vm.threads.lock_waiters.remove(k);
            vm.threads.handoffs.push(thread);
            let deadline = vm.instructions + vm.threads.switch_instructions();
            vm.slice_end = vm.slice_end.min(deadline);
        }
        None => *vm.threads.locks.at_mut(id) = false,
    }
    Ok(Value::None)
}

fn lock_locked(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "locked", &args, 1, 1)?;
    let id = lock_id(vm, args.at(0))?;
    Ok(Value::Bool(*vm.threads.locks.at(id)))
}

fn get_ident(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(ident_of(vm.threads.current)))
}

fn get_native_id(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(vm.process.pid + vm.threads.current as i64))
}

/// Threads alive besides the main one (`_thread._count()`).
fn count(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(vm.threads.running as i64 - 1))
}

fn set_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "set_name", &args, 1, 1)?;
    let name = vm.str_of(args.at(0))?;
    vm.threads.rename = Some(Rc::from(name));
    Ok(Value::None)
}

/// Write `exc`'s traceback to stderr as an uncaught exception's.
fn print_exception(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "print_exception", &args, 1, 1)?;
    let text = vm.format_exception(args.at(0))?;
    vm.write_output(true, &text)?;
    Ok(Value::None)
}

/// `local_register(obj)`: `obj`'s attributes belong to the running thread.
fn local_register(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "local_register", &args, 1, 1)?;
    let Value::Instance(object) = args.at(0) else {
        return Err(vm.type_error("not an instance"));
    };
    vm.threads.locals.push(ThreadLocal {
        object: Rc::downgrade(object),
        parked: Vec::new(),
    });
    Ok(Value::None)
}

/// `_os`: the process's identity.
pub fn os_module_value() -> Value {
    const FUNCS: &[(&str, NativeFn)] = &[
        ("getpid", getpid),
        ("getppid", getppid),
        ("cpu_count", cpu_count),
    ];
    native_module("_os", FUNCS, vec![])
}

fn getpid(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(vm.process.pid))
}

fn getppid(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(vm.process.ppid))
}

fn cpu_count(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(vm.cpu_count as i64))
}
