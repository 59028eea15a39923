//! A running program: the main fiber, the event loop's turns, and the host
//! interface. The core never blocks: `run_slice` runs until its instruction
//! budget is used or nothing can run before some instant, and says so; the
//! host (virtual clock in the CLI, real timers in the browser) advances the
//! clock with `set_time` and calls again.

use crate::asyncio::Handle;
use crate::at::{At, Part};
use crate::trace::StepOutcome;
use crate::vm::frame::{Fiber, FiberOutcome, Frame, Resume, ReturnCtx};
use crate::vm::interp::{Budgets, OutputChunk, Vm};
use crate::vm::object::{FutureObj, FutureStatus, WaitLabel};
use crate::vm::value::Value;
use crate::vm::{Fatal, Interrupt, Suspension};
use std::rc::Rc;

#[derive(Clone, Debug)]
pub struct Options {
    /// Shown in tracebacks and warnings (`File "main.py", line 3`).
    pub filename: String,
    /// Seeds `random` when the program does not.
    pub seed: u64,
    pub budgets: Budgets,
    /// Unix time at the program's start (for `time.time()`).
    pub epoch: f64,
    /// On a virtual clock, each instruction costs this many seconds (about
    /// CPython's speed), so busy code takes time; 0 when the host sets a real clock.
    pub seconds_per_instruction: f64,
    /// Record the trace (timelines need it; a plain CLI run does not).
    pub record_trace: bool,
    /// The host's real clock (milliseconds), which the program reads while
    /// it runs; `None` on a virtual clock.
    pub host_clock: Option<fn() -> f64>,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            filename: "main.py".into(),
            seed: 0x5eed,
            budgets: Budgets::default(),
            epoch: 1_767_225_600.0,
            seconds_per_instruction: 25e-9,
            record_trace: true,
            host_clock: None,
        }
    }
}

/// A child process's main module: `multiprocessing` takes it from there.
const CHILD_BOOT: &str = "__import__('multiprocessing')._child_boot()\n";

/// What the host should do next.
#[derive(Clone, Debug, PartialEq)]
pub enum Step {
    /// More to run right away (yield to the page, then call again).
    Continue,
    /// Nothing can run before `until` (program seconds): a timer, or a
    /// blocking call holding the whole program (`blocked`). `until` is
    /// infinite when only the answer to an HTTP request can wake the
    /// program (see `take_requests` and `complete_request`).
    Sleep {
        until: f64,
        blocked: bool,
    },
    Finished {
        exit_code: i32,
    },
}

enum Phase {
    Main,
    Loop(LoopRun),
    Finished(i32),
}

struct LoopRun {
    loop_id: usize,
    future: Rc<FutureObj>,
    close_after: bool,
    /// Handles left in the current turn.
    batch: usize,
    /// Tasks cancelled by `asyncio.run` at shutdown.
    shutdown: Option<Vec<Rc<FutureObj>>>,
}

enum ActiveKind {
    Main,
    TaskStep(Rc<FutureObj>),
    /// A callback: its function, arguments and timer's time (for a report).
    Callback(Value, Vec<Value>, Option<f64>),
}

struct Active {
    fiber: Fiber,
    kind: ActiveKind,
    /// When the main fiber last started running (for the trace).
    since: f64,
}

pub struct Program {
    pub vm: Vm,
    /// The thread holding the GIL (the main thread unless the program
    /// started threads); the others wait in `threads`.
    thread: ThreadState,
    threads: Threads,
    /// Event-loop turns started so far.
    turns: u64,
    /// In step mode, `run_slice` returns once this many turns have started.
    stop_at_turn: Option<u64>,
    /// The last wait label made, shared by the trace events that repeat it.
    last_wait_label: Option<Rc<str>>,
    /// What it was made with (its child processes are made alike).
    options: Options,
    /// Last, so that it is dropped last: forgets what died with the program.
    deaths: Deaths,
}

/// Objects dying with a program must not warn into another one: what dies
/// while a `Program` is dropped is its own, and forgotten once all of it is
/// gone (this field is dropped after the others). Set when the drop begins:
/// the program's VM and the VM running before.
#[derive(Default)]
struct Deaths(Option<(u32, u32)>);

impl Drop for Deaths {
    fn drop(&mut self) {
        if let Some((id, running)) = self.0 {
            crate::asyncio::forget_deaths(id);
            crate::vm::object::RUNNING_VM.with(|r| r.set(running));
        }
    }
}

/// What one thread is doing: its module-level (or target) fiber, its event
/// loop if it runs one, the fiber running now, and what it waits for.
pub(crate) struct ThreadState {
    main: Option<Fiber>,
    phase: Phase,
    active: Option<Active>,
    block_until: Option<f64>,
    /// A blocking HTTP request holding the thread: (id, since, what).
    blocked_on_request: Option<(u32, f64, Rc<str>)>,
    pub(crate) sched: crate::threads::Sched,
    /// The lock it waits to acquire, if any.
    lock_wait: Option<u32>,
    /// What its latest wait was on (for the timeline).
    wait_label: Rc<str>,
    /// Its code has ended (a thread other than the main one).
    ended: bool,
    /// It holds the GIL and its lane shows it running.
    on_cpu: bool,
}

impl ThreadState {
    fn new(main: Option<Fiber>, sched: crate::threads::Sched) -> ThreadState {
        ThreadState {
            main,
            phase: Phase::Main,
            active: None,
            block_until: None,
            blocked_on_request: None,
            sched,
            lock_wait: None,
            wait_label: Rc::from(""),
            ended: false,
            on_cpu: false,
        }
    }
}

/// The exit status of a program stopped by `Budgets::max_seconds` (as
/// `timeout(1)` exits).
pub const TIMED_OUT: i32 = 124;

impl Program {
    /// Parse and compile `source`; a syntax error gives a program that ends
    /// at once with CPython's message.
    pub fn new(source: &str, options: Options) -> Program {
        let info = crate::processes::ProcessInfo {
            source: Rc::from(source),
            ..Default::default()
        };
        Program::build(source, &options, info)
    }

    /// Child process `pid` of this program, started at program second `at`
    /// with `payload` (see `processes`): who it is, to build here
    /// (`from_spec`) or in another worker (`remote`).
    pub fn child_spec(
        &self,
        pid: i64,
        name: Rc<str>,
        payload: Rc<[u8]>,
        at: f64,
    ) -> crate::remote::ChildSpec {
        crate::remote::ChildSpec {
            source: self.vm.process.source.clone(),
            options: self.options.clone(),
            pid,
            ppid: self.vm.process.pid,
            name,
            payload,
            at,
            cpu_count: self.vm.cpu_count,
        }
    }

    /// The child process `spec` describes: it runs `multiprocessing`'s child
    /// entry point, which runs the program's module quietly first.
    pub fn from_spec(spec: &crate::remote::ChildSpec) -> Program {
        let info = crate::processes::ProcessInfo {
            pid: spec.pid,
            ppid: spec.ppid,
            name: spec.name.clone(),
            payload: Some(spec.payload.clone()),
            source: spec.source.clone(),
            quiet: false,
            started_at: spec.at,
            booted: false,
        };
        let mut child = Program::build(CHILD_BOOT, &spec.options, info);
        // Tracebacks quote the program's lines, not the entry point's.
        child.vm.source_lines = spec.source.lines().map(str::to_string).collect();
        child.vm.cpu_count = spec.cpu_count;
        child.vm.set_time(spec.at);
        child
    }

    /// `os.cpu_count()` (the page's is the browser's; the CLI's `--cpus`).
    pub fn set_cpu_count(&mut self, n: u32) {
        self.vm.cpu_count = n.max(1);
    }

    /// A child running elsewhere ended with exit code `code` (its mirror
    /// here, see `remote`, ends with it).
    pub fn finished_elsewhere(&mut self, code: i32) {
        self.thread.phase = Phase::Finished(code);
    }

    fn build(source: &str, options: &Options, info: crate::processes::ProcessInfo) -> Program {
        let mut vm = Vm::new(&options.filename, source);
        vm.budgets = options.budgets.clone();
        vm.mark_stack_base();
        if vm.budgets.max_seconds.is_some() {
            vm.started = Some(std::time::Instant::now());
        }
        vm.entropy = options.seed;
        vm.epoch_base = options.epoch;
        vm.seconds_per_instruction = options.seconds_per_instruction;
        vm.host_clock = options.host_clock;
        vm.trace.off = !options.record_trace;
        vm.rng
            .seed_from_int(&crate::numeric::bigint::BigInt::from_u64(options.seed));
        let mut program = Program {
            vm,
            thread: ThreadState::new(None, crate::threads::Sched::main()),
            threads: Threads::default(),
            turns: 0,
            stop_at_turn: None,
            last_wait_label: None,
            deaths: Deaths::default(),
            options: options.clone(),
        };
        match crate::syntax::parse(source) {
            Err(e) if e.msg == crate::stack::TOO_DEEP_TO_COMPILE => {
                program.fail_early(&format!("RecursionError: {}\n", e.msg));
            }
            Err(e) => {
                let text = e.render(&options.filename);
                program.fail_early(&text);
            }
            Ok(module) => {
                match crate::compiler::compile_module(&module, &options.filename, false) {
                    Err(e) if e.msg == crate::stack::TOO_DEEP_TO_COMPILE => {
                        program.fail_early(&format!("RecursionError: {}\n", e.msg));
                    }
                    Err(e) => {
                        let err = crate::syntax::SyntaxError::from_compile(&e, source);
                        let text = err.render(&options.filename);
                        program.fail_early(&text);
                    }
                    Ok(code) => {
                        let frame = Frame::new(
                            code,
                            program.vm.main_globals.clone(),
                            Vec::new(),
                            Vec::new(),
                        );
                        let mut fiber = Fiber::default();
                        let _ = program
                            .vm
                            .push_frame(&mut fiber, frame, None, ReturnCtx::Bottom);
                        program.thread.main = Some(fiber);
                    }
                }
            }
        }
        program.vm.process = info;
        program
    }

    pub fn pid(&self) -> i64 {
        self.vm.process.pid
    }

    /// `multiprocessing.current_process().name`.
    pub fn process_name(&self) -> Rc<str> {
        self.vm.process.name.clone()
    }

    /// The program second a child process was started at (0 for the main one).
    pub fn started_at(&self) -> f64 {
        self.vm.process.started_at
    }

    /// Whether a child process is running the module before its target.
    pub fn is_booting(&self) -> bool {
        self.vm.process.quiet
    }

    /// Whether a child process has just run the module before its target
    /// (once: the flag is cleared).
    pub fn take_booted(&mut self) -> bool {
        std::mem::take(&mut self.vm.process.booted)
    }

    /// Seconds each instruction costs on a virtual clock (0 on a real one).
    pub fn seconds_per_instruction(&self) -> f64 {
        self.vm.seconds_per_instruction
    }

    pub fn trace_mut(&mut self) -> &mut crate::trace::Trace {
        &mut self.vm.trace
    }

    /// Output of its child processes, shown as its own.
    pub fn append_output(&mut self, chunks: impl IntoIterator<Item = OutputChunk>) {
        for chunk in chunks {
            self.vm.output_bytes += chunk.text.len();
            self.vm.output.push(chunk);
        }
    }

    /// `Process.terminate()`: the program ends at once, exit code -15.
    pub fn terminate(&mut self) {
        if !matches!(self.thread.phase, Phase::Finished(_)) {
            self.thread.phase = Phase::Finished(crate::processes::TERMINATED);
        }
    }

    fn fail_early(&mut self, text: &str) {
        let _ = self.vm.write_output(true, text);
        self.finish(1);
    }

    pub fn set_time(&mut self, t: f64) {
        self.vm.set_time(t);
    }

    pub fn time(&self) -> f64 {
        self.vm.time()
    }

    /// HTTP requests the program made since the last call, for the host to
    /// perform and answer with `complete_request`.
    pub fn take_requests(&mut self) -> Vec<crate::http::HttpRequest> {
        self.vm.http.take()
    }

    /// The host's answer to request `id`: completes its future, or lets the
    /// program blocked on it go on.
    pub fn complete_request(&mut self, id: u32, outcome: crate::http::HttpOutcome) {
        match self.vm.http.finish(id) {
            Some(Some(future)) if !future.done() => {
                let answered = match &*future.label.borrow() {
                    WaitLabel::Other(what) => Some((what.clone(), Rc::from(outcome.label(what)))),
                    _ => None,
                };
                if let Some((what, label)) = answered {
                    self.vm.trace.relabel_waits(&what, &label);
                    *future.label.borrow_mut() = WaitLabel::Other(label);
                }
                let _ = self.vm.future_set_result(&future, outcome.to_value());
            }
            Some(None) => {
                let waiting = |t: &ThreadState| {
                    t.blocked_on_request
                        .as_ref()
                        .is_some_and(|(blocked, _, _)| *blocked == id)
                };
                let current = waiting(&self.thread);
                let thread = if current {
                    &mut self.thread
                } else {
                    match self.threads.parked.iter_mut().find(|t| waiting(t)) {
                        Some(t) => t,
                        None => return,
                    }
                };
                let Some((_, since, what)) = thread.blocked_on_request.take() else {
                    return;
                };
                let label: Rc<str> = Rc::from(outcome.label(&what));
                if thread.sched.index == 0 {
                    let task = if current {
                        self.vm.asyncio.current_task_id()
                    } else {
                        thread
                            .sched
                            .current_task
                            .as_ref()
                            .and_then(|t| t.task.as_ref().map(|d| d.id))
                    };
                    let now = self.vm.time();
                    let line = thread.active.as_ref().map_or(0, |a| a.fiber.program_line());
                    self.vm
                        .trace
                        .blocked(since, now - since, task, &label, line);
                } else {
                    self.vm.trace.relabel_waits(&thread.wait_label, &label);
                }
                if let Some(active) = &mut thread.active {
                    active.fiber.resume = Some(Resume::Push(outcome.to_value()));
                }
            }
            _ => {}
        }
    }

    /// The host has nothing that could ever wake the program (it waits for
    /// an answer no one will give): end it with a message.
    pub fn stop_waiting_forever(&mut self) {
        self.fatal(Fatal::Budget(
            "the program waits for an answer nothing will give: it would wait forever".into(),
        ));
    }

    /// Output since the last call, in the order of the clocks it was
    /// written at (its child processes' output is merged in as they run).
    pub fn take_output(&mut self) -> Vec<OutputChunk> {
        let mut out = std::mem::take(&mut self.vm.output);
        crate::sort::sort_by(&mut out, |a, b| a.time.total_cmp(&b.time));
        out
    }

    pub fn trace(&self) -> &crate::trace::Trace {
        &self.vm.trace
    }

    /// The timeline up to `now` (the host's clock for this program, which
    /// runs on while the program sleeps or blocks), the main program's run
    /// in progress included (see `Timeline::with_open_main`).
    pub fn timeline_at(&self, now: f64) -> crate::timeline::Timeline {
        let open_main = self.main_running_since();
        let now = now.max(self.time());
        crate::timeline::Timeline::with_open_main(&self.vm.trace.events, now, open_main)
    }

    /// Since when the main program has been running (or blocked in a
    /// call), if it is: its trace says so only when the run ends.
    pub fn main_running_since(&self) -> Option<f64> {
        self.thread
            .active
            .as_ref()
            .filter(|a| matches!(a.kind, ActiveKind::Main) && self.thread.sched.index == 0)
            .filter(|_| !matches!(self.thread.phase, Phase::Finished(_)))
            .map(|a| a.since)
    }

    /// The status a process exits with once the program finished, as the
    /// shell sees it: `sys.exit(256)` gives 0 and `sys.exit(-1)` 255 (the
    /// CLI's status and the page's badge alike).
    pub fn exit_status(&self) -> Option<u8> {
        self.exit_code().map(|c| c as u8)
    }

    pub fn exit_code(&self) -> Option<i32> {
        match self.thread.phase {
            Phase::Finished(c) => Some(c),
            _ => None,
        }
    }

    /// Each live task's name and current line (for the editor highlight).
    pub fn current_lines(&mut self) -> Vec<(String, u32)> {
        let mut out = Vec::new();
        for t in self.vm.asyncio.live_tasks() {
            if let Some(td) = &t.task {
                if t.done() {
                    continue;
                }
                if let Value::Generator(g) = &td.coro {
                    out.push((td.name.borrow().to_string(), g.borrow().line));
                }
            }
        }
        out
    }

    /// Step mode: run until the event loop is about to start its next turn
    /// (or the program sleeps or ends). Each call shows one turn.
    pub fn step_turn(&mut self) -> Step {
        self.stop_at_turn = Some(self.turns + 1);
        let step = self.run_slice(u64::MAX / 4);
        self.stop_at_turn = None;
        step
    }

    /// Event-loop turns run so far.
    pub fn turns(&self) -> u64 {
        self.turns
    }

    /// Run for at most `budget` instructions: the thread holding the GIL
    /// runs until it waits, ends, or has held the GIL for a switch interval
    /// while another thread wants it; then the next ready thread runs.
    pub fn run_slice(&mut self, budget: u64) -> Step {
        if let Phase::Finished(c) = self.thread.phase {
            return Step::Finished { exit_code: c };
        }
        self.vm.mark_stack_base();
        let slice_end = self
            .vm
            .instructions
            .saturating_add(budget)
            .min(self.vm.budgets.max_instructions);
        let stepping = self.stop_at_turn.is_some();
        let mut idle_rounds = 0u32;
        loop {
            self.start_threads();
            self.wake_threads();
            if self.thread.sched.wait.is_some() {
                match self.next_ready() {
                    Some(k) => self.switch_to(k),
                    None => return self.all_waiting(),
                }
            }
            let mut end = slice_end;
            if let Some(deadline) = self.threads.gil_deadline {
                end = end.min(deadline.max(self.vm.instructions + 1));
            }
            if let Some(due) = self.next_due_instruction() {
                end = end.min(due);
            }
            self.vm.slice_end = end;
            let before = self.vm.instructions;
            self.take_cpu();
            let step = self.run_thread();
            self.apply_rename();
            if self.thread.ended {
                self.drop_ended_thread();
                continue;
            }
            match step {
                Step::Finished { .. } => return step,
                Step::Continue => {
                    if stepping && self.stop_at_turn.is_none() {
                        return step;
                    }
                    if self.vm.instructions >= slice_end {
                        return step;
                    }
                    self.start_threads();
                    self.wake_threads();
                    let due = self
                        .threads
                        .gil_deadline
                        .is_some_and(|d| self.vm.instructions >= d);
                    if due {
                        if let Some(k) = self.next_ready() {
                            self.preempt(k);
                        }
                    }
                }
                Step::Sleep { until, blocked } => {
                    self.begin_wait(until, blocked);
                    if self.threads.parked.is_empty() && self.vm.threads.spawn.is_empty() {
                        // One thread: the host sleeps until it can go on.
                        return step;
                    }
                }
            }
            if self.vm.instructions == before {
                idle_rounds += 1;
                if idle_rounds > 100_000 {
                    self.fatal(Fatal::Internal(
                        "the thread scheduler made no progress".into(),
                    ));
                    return self.finished_step();
                }
            } else {
                idle_rounds = 0;
            }
        }
    }

    /// Threads the program started since the last look join the ready ones.
    fn start_threads(&mut self) {
        if self.vm.threads.spawn.is_empty() {
            return;
        }
        let now = self.vm.time();
        for spawn in std::mem::take(&mut self.vm.threads.spawn) {
            let mut fiber = Fiber::default();
            let sched = crate::threads::Sched::new(
                spawn.index,
                Rc::from(format!("Thread-{}", spawn.index)),
                now,
            );
            let mut thread = ThreadState::new(None, sched);
            match self
                .vm
                .invoke(&mut fiber, spawn.func, spawn.args, ReturnCtx::Bottom)
            {
                Ok(None) => thread.main = Some(fiber),
                // A native target ran at once.
                Ok(Some(_)) => thread.ended = true,
                Err(Interrupt::Raise(e)) => {
                    self.thread_failed(&e);
                    thread.ended = true;
                }
                Err(other) => return self.interrupt(other),
            }
            if thread.ended {
                self.vm.threads.alive -= 1;
                continue;
            }
            self.threads.seq += 1;
            thread.sched.ready_seq = self.threads.seq;
            self.contend();
            self.threads.parked.push(thread);
        }
    }

    /// A thread wants the GIL: the one holding it gives it up within a
    /// switch interval (counted from the first thread that waits for it).
    fn contend(&mut self) {
        if self.threads.gil_deadline.is_none() {
            self.threads.gil_deadline =
                Some(self.vm.instructions + self.vm.threads.switch_instructions());
        }
    }

    /// Threads whose wait is over become ready, earliest first.
    fn wake_threads(&mut self) {
        let now = self.vm.time();
        let handoffs = std::mem::take(&mut self.vm.threads.handoffs);
        let mut woken: Vec<(f64, u32)> = Vec::new();
        let running = self.thread.sched.index;
        let running_task = self.vm.asyncio.current_task_id();
        let current = std::iter::once(&mut self.thread);
        for t in current.chain(self.threads.parked.iter_mut()) {
            let Some(w) = &t.sched.wait else { continue };
            let index = t.sched.index;
            let at = match t.lock_wait {
                Some(_) if handoffs.contains(&index) => Some((now, true)),
                Some(lock) if now + 1e-12 >= w.until => {
                    let waiters = &mut self.vm.threads.lock_waiters;
                    waiters.retain(|&(l, i)| !(l == lock && i == index));
                    Some((w.until, false))
                }
                Some(_) => None,
                None if t.blocked_on_request.is_some() => None,
                None if w.blocked => (t.block_until.is_none() || now + 1e-12 >= w.until)
                    .then_some((w.until.min(now), true)),
                None => {
                    let due = match &t.phase {
                        Phase::Loop(run) => {
                            let l = &mut self.vm.asyncio;
                            let id = run.loop_id;
                            l.loops.at(id).stopping
                                || !l.loops.at(id).ready.is_empty()
                                || l.next_timer(id).is_some_and(|when| when <= now + 1e-9)
                        }
                        _ => true,
                    };
                    due.then_some((w.until.min(now), true))
                }
            };
            let Some((when, acquired)) = at else { continue };
            if t.lock_wait.take().is_some() {
                if let Some(active) = &mut t.active {
                    active.fiber.resume = Some(Resume::Push(Value::Bool(acquired)));
                }
            }
            let w = t.sched.wait.take().expect("waiting");
            t.sched.ready_since = Some(now);
            if index == 0 && w.blocked && t.block_until.is_none() && w.label.as_ref() != "" {
                // A lock wait of the main thread: drawn as blocked, like a sleep.
                let task = if index == running {
                    running_task
                } else {
                    t.sched
                        .current_task
                        .as_ref()
                        .and_then(|k| k.task.as_ref().map(|d| d.id))
                };
                let line = t.active.as_ref().map_or(0, |a| a.fiber.program_line());
                self.vm
                    .trace
                    .blocked(w.since, now - w.since, task, &w.label, line);
            } else if let Some(lane) = t.sched.lane() {
                self.vm.trace.ready(now, lane);
            }
            woken.push((when, index));
        }
        if woken.is_empty() {
            return;
        }
        // Few threads wake at once: an insertion sort keeps the sort
        // routines of the standard library out of the page.
        for k in 1..woken.len() {
            let mut j = k;
            while j > 0 && (woken.at(j - 1).0, woken.at(j - 1).1) > (woken.at(j).0, woken.at(j).1) {
                woken.swap(j - 1, j);
                j -= 1;
            }
        }
        for (_, index) in woken {
            self.threads.seq += 1;
            let seq = self.threads.seq;
            if self.thread.sched.index == index {
                self.thread.sched.ready_seq = seq;
            } else if let Some(t) = self
                .threads
                .parked
                .iter_mut()
                .find(|t| t.sched.index == index)
            {
                t.sched.ready_seq = seq;
            }
        }
        if self.threads.parked.iter().any(|t| t.sched.wait.is_none()) {
            self.contend();
        }
    }

    /// The parked thread that has waited longest for the GIL.
    fn next_ready(&self) -> Option<usize> {
        self.threads
            .parked
            .iter()
            .enumerate()
            .filter(|(_, t)| t.sched.wait.is_none())
            .min_by_key(|(_, t)| t.sched.ready_seq)
            .map(|(k, _)| k)
    }

    /// The instruction count at which a waiting thread's time comes, on a
    /// virtual clock (so a computing thread stops there to let it wake).
    fn next_due_instruction(&self) -> Option<u64> {
        let spi = self.vm.seconds_per_instruction;
        if spi <= 0.0 {
            return None;
        }
        let now = self.vm.time();
        let until = self
            .threads
            .parked
            .iter()
            .filter_map(|t| t.sched.wait.as_ref().map(|w| w.until))
            .filter(|u| u.is_finite())
            .fold(f64::INFINITY, f64::min);
        if !until.is_finite() {
            return None;
        }
        let steps = ((until - now) / spi).ceil().max(1.0);
        Some(self.vm.instructions.saturating_add(steps as u64))
    }

    /// Give the GIL to parked thread `k`; the running one is parked.
    fn switch_to(&mut self, k: usize) {
        let next = self.threads.parked.swap_remove(k);
        let mut prev = std::mem::replace(&mut self.thread, next);
        prev.on_cpu = false;
        let a = &mut self.vm.asyncio;
        prev.sched.running_loop = a.running.take();
        prev.sched.current_loop = a.current.take();
        prev.sched.current_task = a.current_task.take();
        a.running = self.thread.sched.running_loop.take();
        a.current = self.thread.sched.current_loop.take();
        a.current_task = self.thread.sched.current_task.take();
        let (from, to) = (prev.sched.index, self.thread.sched.index);
        self.vm.threads.switch_locals(from, to);
        let vm = &mut self.vm;
        let mine = crate::threads::ThreadState {
            context: std::mem::replace(&mut vm.context, Value::None),
            user_line: vm.user_line,
        };
        let theirs = vm.threads.switch_state(from, to, mine);
        (vm.context, vm.user_line) = (theirs.context, theirs.user_line);
        self.vm.threads.current = to;
        self.vm.threads.lane = self.thread.sched.lane();
        if !prev.ended {
            self.threads.parked.push(prev);
        }
        self.threads.gil_deadline = None;
        if self.threads.parked.iter().any(|t| t.sched.wait.is_none()) {
            self.contend();
        }
    }

    /// The running thread's interval is over and `k` wants the GIL.
    fn preempt(&mut self, k: usize) {
        self.threads.seq += 1;
        self.thread.sched.ready_seq = self.threads.seq;
        self.thread.sched.ready_since = Some(self.vm.time());
        if let Some(lane) = self.thread.sched.lane() {
            let now = self.vm.time();
            let line = self.thread_line();
            if self.thread.on_cpu {
                self.vm
                    .trace
                    .step_end(now, lane, line, StepOutcome::Yielded);
                self.thread.on_cpu = false;
            }
            self.vm.trace.ready(now, lane);
        }
        self.switch_to(k);
    }

    /// The running thread starts (or goes on) holding the GIL: its lane runs.
    fn take_cpu(&mut self) {
        if self.thread.on_cpu {
            return;
        }
        self.thread.on_cpu = true;
        let now = self.vm.time();
        self.thread.sched.running_since = now;
        if let Some(since) = self.thread.sched.ready_since.take() {
            if self.thread.sched.index == 0 && now > since {
                self.vm.trace.main_ready(since, now);
            }
        }
        if !self.thread.sched.begun {
            self.thread.sched.begun = true;
            self.vm.threads.running += 1;
        }
        let Some(lane) = self.thread.sched.lane() else {
            return;
        };
        // An unannounced lane starts running when it is announced.
        if self.thread.sched.announced {
            let now = self.vm.time();
            self.vm.trace.step_start(now, lane);
        }
    }

    /// A thread's lane appears in the trace once it has its name, or once
    /// it first stops running.
    fn announce(&mut self) {
        let sched = &mut self.thread.sched;
        if sched.announced {
            return;
        }
        sched.announced = true;
        let Some(lane) = sched.lane() else { return };
        let (created, name) = (sched.created, sched.name.clone());
        let parent = None;
        self.vm.trace.task_created(created, lane, &name, parent, 0);
        self.vm.trace.ready(created, lane);
        if self.thread.on_cpu {
            let since = self.thread.sched.running_since;
            self.vm.trace.step_start(since, lane);
        }
    }

    /// `_thread._set_name`: the running thread's lane takes the name.
    fn apply_rename(&mut self) {
        if let Some(name) = self.vm.threads.rename.take() {
            if self.thread.sched.index == 0 {
                return;
            }
            self.thread.sched.name = name;
            // Announced with its name, from when it was created.
            self.announce();
        }
    }

    /// The line the running thread is at (its innermost frame).
    fn thread_line(&self) -> u32 {
        self.thread
            .active
            .as_ref()
            .and_then(|a| a.fiber.top_line())
            .unwrap_or(0)
    }

    /// The running thread cannot go on before `until`.
    fn begin_wait(&mut self, until: f64, blocked: bool) {
        let now = self.vm.time();
        let label = if blocked {
            self.thread.wait_label.clone()
        } else {
            Rc::from("event loop")
        };
        self.thread.wait_label = label.clone();
        if let Some(lane) = self.thread.sched.lane() {
            self.announce();
            let line = self.thread_line();
            if self.thread.on_cpu {
                self.vm
                    .trace
                    .step_end(now, lane, line, StepOutcome::Waiting { on: label.clone() });
            }
        }
        self.thread.on_cpu = false;
        self.thread.sched.wait = Some(crate::threads::Wait {
            until,
            lock: self.thread.lock_wait,
            blocked,
            label,
            since: now,
        });
    }

    /// Every thread waits: the host sleeps until the earliest can go on.
    fn all_waiting(&mut self) -> Step {
        let threads = std::iter::once(&self.thread).chain(self.threads.parked.iter());
        let mut until = f64::INFINITY;
        let mut blocked = false;
        let mut requests = false;
        for t in threads {
            if let Some(w) = &t.sched.wait {
                until = until.min(w.until);
                if t.sched.index == 0 {
                    blocked = w.blocked;
                }
            }
            requests |= t.blocked_on_request.is_some();
        }
        if until.is_infinite() && !requests && self.vm.http.outstanding() == 0 {
            let waits: Vec<String> = std::iter::once(&self.thread)
                .chain(self.threads.parked.iter())
                .map(|t| format!("{} in {}", t.sched.name, t.wait_label))
                .collect();
            self.fatal(Fatal::Budget(format!(
                "every thread waits and nothing can wake them ({}): it would wait forever (deadlock)",
                waits.join(", ")
            )));
            return self.finished_step();
        }
        Step::Sleep { until, blocked }
    }

    /// The running thread's code ended: report an uncaught exception the
    /// way `_thread` does, and close its lane.
    fn end_thread(&mut self, out: FiberOutcome) {
        let now = self.vm.time();
        let line = self.thread_line();
        let outcome = match out {
            FiberOutcome::Raised(e) => {
                let exit = self
                    .vm
                    .is_instance_of_kind(&e, crate::vm::exceptions::ExcKind::SystemExit);
                let shown = self.vm.exception_line(&e).unwrap_or_default();
                if !exit {
                    self.thread_failed(&e);
                }
                StepOutcome::Raised { exception: shown }
            }
            _ => StepOutcome::Returned {
                value: "None".into(),
            },
        };
        if let Some(lane) = self.thread.sched.lane() {
            self.announce();
            if !self.thread.on_cpu {
                self.vm.trace.step_start(now, lane);
            }
            self.vm.trace.step_end(now, lane, line, outcome);
        }
        self.thread.on_cpu = false;
        self.thread.ended = true;
        self.thread.main = None;
        self.vm.threads.alive -= 1;
        self.vm.threads.running -= 1;
    }

    fn thread_failed(&mut self, exc: &Value) {
        let tb = self.vm.format_exception(exc).unwrap_or_default();
        let _ = self.vm.write_output(
            true,
            &format!(
                "Exception ignored in thread started by {}:\n{tb}",
                self.thread.sched.name
            ),
        );
    }

    /// The ended running thread leaves; the next ready (or any) thread takes its place.
    fn drop_ended_thread(&mut self) {
        let k = self.next_ready().unwrap_or(0);
        if self.threads.parked.is_empty() {
            self.fatal(Fatal::Internal("the last thread ended".into()));
            return;
        }
        self.switch_to(k);
    }

    /// The main thread's code ended with `status`: as CPython's interpreter
    /// does, wait for the threads `threading` started (`threading._shutdown`)
    /// before the program ends.
    fn shut_down(&mut self, status: i32) {
        let shutdown = match self.vm.modules.get("threading") {
            Some(Value::Module(m)) => m.globals.borrow().get("_shutdown").cloned(),
            _ => None,
        };
        let Some(shutdown) = shutdown else {
            return self.finish(status);
        };
        self.threads.exiting = Some(status);
        let mut fiber = Fiber::default();
        match self.vm.invoke(
            &mut fiber,
            shutdown,
            crate::vm::object::Args::new(Vec::new()),
            ReturnCtx::Bottom,
        ) {
            Ok(None) => {
                let since = self.vm.time();
                self.thread.phase = Phase::Main;
                self.thread.active = Some(Active {
                    fiber,
                    kind: ActiveKind::Main,
                    since,
                });
            }
            Ok(Some(_)) => self.finish(status),
            Err(Interrupt::Raise(e)) => {
                let _ = self.report_uncaught(&e);
                self.finish(status);
            }
            Err(other) => self.interrupt(other),
        }
    }

    /// Run the running thread until `vm.slice_end`, or until it waits or ends.
    fn run_thread(&mut self) -> Step {
        if let Phase::Finished(c) = self.thread.phase {
            return Step::Finished { exit_code: c };
        }
        if self.thread.blocked_on_request.is_some() {
            return Step::Sleep {
                until: f64::INFINITY,
                blocked: true,
            };
        }
        if let Some(until) = self.thread.block_until {
            if self.vm.time() + 1e-12 < until {
                return Step::Sleep {
                    until,
                    blocked: true,
                };
            }
            self.thread.block_until = None;
        }
        loop {
            if let Some(mut active) = self.thread.active.take() {
                let out = self.vm.run_fiber(&mut active.fiber);
                match out {
                    FiberOutcome::Suspended(Suspension::Slice) => {
                        active.fiber.resume = Some(Resume::Continue);
                        self.thread.active = Some(active);
                        return Step::Continue;
                    }
                    FiberOutcome::Suspended(Suspension::Block { seconds, what }) => {
                        let now = self.vm.time();
                        if self.thread.sched.index == 0 {
                            let task = self.vm.asyncio.current_task_id();
                            let line = active.fiber.program_line();
                            self.vm.trace.blocked(now, seconds, task, &what, line);
                        }
                        self.thread.wait_label = what;
                        active.fiber.resume = Some(Resume::Push(Value::None));
                        self.thread.active = Some(active);
                        let until = now + seconds;
                        self.thread.block_until = Some(until);
                        return Step::Sleep {
                            until,
                            blocked: true,
                        };
                    }
                    FiberOutcome::Suspended(Suspension::Request { id, what }) => {
                        self.thread.wait_label = what.clone();
                        self.thread.blocked_on_request = Some((id, self.vm.time(), what));
                        self.thread.active = Some(active);
                        return Step::Sleep {
                            until: f64::INFINITY,
                            blocked: true,
                        };
                    }
                    FiberOutcome::Suspended(Suspension::Acquire { lock, timeout }) => {
                        let now = self.vm.time();
                        let index = self.thread.sched.index;
                        self.vm.threads.lock_waiters.push((lock, index));
                        self.thread.lock_wait = Some(lock);
                        self.thread.wait_label = wait_site(&active.fiber);
                        self.thread.active = Some(active);
                        return Step::Sleep {
                            until: now + timeout,
                            blocked: true,
                        };
                    }
                    FiberOutcome::Suspended(Suspension::RunLoop {
                        future,
                        loop_id,
                        close_after,
                    }) => {
                        let now = self.vm.time();
                        self.vm.trace.main_run(active.since, now);
                        self.thread.main = Some(active.fiber);
                        self.enter_loop(future, loop_id, close_after);
                    }
                    FiberOutcome::Fatal(f) => {
                        self.fatal(f);
                        return self.finished_step();
                    }
                    other => self.finish_active(active.kind, active.since, other),
                }
                if let Phase::Finished(c) = self.thread.phase {
                    return Step::Finished { exit_code: c };
                }
                if self.thread.ended {
                    return Step::Continue;
                }
                continue;
            }
            match &mut self.thread.phase {
                Phase::Finished(c) => return Step::Finished { exit_code: *c },
                Phase::Main => match self.thread.main.take() {
                    Some(fiber) => {
                        let since = self.vm.time();
                        self.thread.active = Some(Active {
                            fiber,
                            kind: ActiveKind::Main,
                            since,
                        });
                    }
                    None => {
                        self.finish(0);
                    }
                },
                Phase::Loop(run) => {
                    let loop_id = run.loop_id;
                    if run.batch > 0 {
                        run.batch -= 1;
                        let handle = self.vm.asyncio.loops.at_mut(loop_id).ready.pop_front();
                        if let Some(h) = handle {
                            self.start_handle(h);
                        }
                        continue;
                    }
                    let shutdown_done = run
                        .shutdown
                        .as_ref()
                        .map(|ts| ts.iter().all(|t| t.done()))
                        .unwrap_or(false);
                    if self.vm.asyncio.loops.at(loop_id).stopping || shutdown_done {
                        self.loop_stopped();
                        continue;
                    }
                    let now = self.vm.time();
                    self.vm.asyncio.collect_due(loop_id, now);
                    let n = self.vm.asyncio.loops.at(loop_id).ready.len();
                    if n == 0 {
                        match self.vm.asyncio.next_timer(loop_id) {
                            Some(t) => {
                                self.vm.asyncio.sleep_until(loop_id, now, t);
                                return Step::Sleep {
                                    until: t,
                                    blocked: false,
                                };
                            }
                            // Another thread may still call_soon_threadsafe.
                            None if self.vm.http.outstanding() > 0
                                || !self.threads.parked.is_empty()
                                || !self.vm.threads.spawn.is_empty() =>
                            {
                                return Step::Sleep {
                                    until: f64::INFINITY,
                                    blocked: false,
                                }
                            }
                            None => {
                                self.fatal(Fatal::Budget(
                                    "the event loop has nothing left to run, yet the program waits for a future nobody will complete: it would wait forever (deadlock)".into(),
                                ));
                                return self.finished_step();
                            }
                        }
                    }
                    if self.stop_at_turn.is_some_and(|t| self.turns >= t) {
                        self.stop_at_turn = None;
                        return Step::Continue;
                    }
                    self.turns += 1;
                    let now = self.vm.time();
                    self.vm.trace.loop_turn(now, n);
                    if let Phase::Loop(run) = &mut self.thread.phase {
                        run.batch = n;
                    }
                }
            }
        }
    }

    fn finished_step(&self) -> Step {
        match self.thread.phase {
            Phase::Finished(c) => Step::Finished { exit_code: c },
            _ => Step::Continue,
        }
    }

    fn enter_loop(&mut self, future: Rc<FutureObj>, loop_id: usize, close_after: bool) {
        self.vm.asyncio.running = Some(loop_id);
        self.vm.asyncio.loops.at_mut(loop_id).stopping = false;
        self.vm
            .add_done_callback(&future, crate::asyncio::stop_callback(loop_id));
        self.thread.phase = Phase::Loop(LoopRun {
            loop_id,
            future,
            close_after,
            batch: 0,
            shutdown: None,
        });
    }

    fn loop_stopped(&mut self) {
        let Phase::Loop(run) = &mut self.thread.phase else {
            return;
        };
        let loop_id = run.loop_id;
        self.vm.asyncio.loops.at_mut(loop_id).stopping = false;
        let future = run.future.clone();
        if run.close_after && run.shutdown.is_none() {
            // asyncio.run: cancel what is left and run until it has finished.
            let left: Vec<Rc<FutureObj>> = self
                .vm
                .asyncio
                .live_tasks()
                .into_iter()
                .filter(|t| !t.done() && t.loop_id() == loop_id)
                .collect();
            if !left.is_empty() {
                for t in &left {
                    if let Err(e) = self.vm.task_cancel(t, None) {
                        self.interrupt(e);
                        return;
                    }
                }
                if let Phase::Loop(run) = &mut self.thread.phase {
                    run.shutdown = Some(left);
                }
                return;
            }
            if let Phase::Loop(run) = &mut self.thread.phase {
                run.shutdown = Some(Vec::new());
            }
        }
        let Phase::Loop(run) = std::mem::replace(&mut self.thread.phase, Phase::Main) else {
            return;
        };
        self.vm.asyncio.running = None;
        // Remove our stop callback from the future.
        future
            .callbacks
            .borrow_mut()
            .retain(|cb| !matches!(cb, Value::Native(n) if &*n.name == "_run_until_complete_cb"));
        if run.close_after {
            for t in run.shutdown.unwrap_or_default() {
                if t.status.get() == FutureStatus::Finished && t.exception().is_some() {
                    t.log_traceback.set(false);
                    let exc = t.exception().unwrap_or(Value::None);
                    let repr = crate::asyncio::future_repr(&mut self.vm, &t).unwrap_or_default();
                    let tb = self.vm.format_exception(&exc).unwrap_or_default();
                    let _ = self.vm.write_output(
                        true,
                        &format!(
                            "unhandled exception during asyncio.run() shutdown\ntask: {repr}\n{tb}"
                        ),
                    );
                }
            }
            self.vm.asyncio.close(loop_id);
            self.vm.asyncio.current = None;
        }
        let resume = if !future.done() {
            match self.vm.new_exc(
                crate::vm::exceptions::ExcKind::RuntimeError,
                "Event loop stopped before Future completed.",
            ) {
                Interrupt::Raise(e) => Resume::Raise(e),
                _ => Resume::Continue,
            }
        } else {
            match self.vm.future_result(&future) {
                Ok(v) => Resume::Push(v),
                Err(Interrupt::Raise(e)) => Resume::Raise(e),
                Err(_) => Resume::Continue,
            }
        };
        if let Some(main) = &mut self.thread.main {
            main.resume = Some(resume);
        }
    }

    fn start_handle(&mut self, handle: Handle) {
        match handle {
            Handle::Callback { func, args, timer } => {
                if timer.as_ref().map(|t| t.cancelled.get()).unwrap_or(false) {
                    return;
                }
                let mut fiber = Fiber::default();
                let since = self.vm.time();
                let when = timer.map(|t| t.when);
                match self.vm.invoke(
                    &mut fiber,
                    func.clone(),
                    crate::vm::object::Args::new(args.clone()),
                    ReturnCtx::Bottom,
                ) {
                    Ok(Some(_)) => {}
                    Ok(None) => {
                        self.thread.active = Some(Active {
                            fiber,
                            kind: ActiveKind::Callback(func, args, when),
                            since,
                        })
                    }
                    Err(Interrupt::Raise(e)) => self.callback_failed(&func, args, when, e),
                    Err(other) => self.interrupt(other),
                }
            }
            Handle::TaskStep {
                task,
                exc,
                wake_from,
            } => self.start_task_step(task, exc, wake_from),
        }
    }

    fn start_task_step(
        &mut self,
        task: Rc<FutureObj>,
        exc: Option<Value>,
        wake_from: Option<Rc<FutureObj>>,
    ) {
        let Some(td) = &task.task else { return };
        if task.done() {
            return;
        }
        let mut exc = exc;
        if let Some(f) = &wake_from {
            match self.vm.future_result(f) {
                Ok(_) => {}
                Err(Interrupt::Raise(e)) => exc = Some(e),
                Err(other) => return self.interrupt(other),
            }
        }
        if td.must_cancel.get() {
            let is_cancel = exc
                .as_ref()
                .map(|e| {
                    self.vm
                        .is_instance_of_kind(e, crate::vm::exceptions::ExcKind::CancelledError)
                })
                .unwrap_or(false);
            if !is_cancel {
                let msg = td.cancel_message();
                let args = match msg {
                    Some(m) if !m.is_none() => vec![m],
                    _ => vec![],
                };
                exc = Some(
                    self.vm.make_exc(
                        self.vm
                            .types
                            .exc(crate::vm::exceptions::ExcKind::CancelledError),
                        args,
                    ),
                );
            }
            td.must_cancel.set(false);
        }
        *td.fut_waiter.borrow_mut() = None;
        self.vm.asyncio.current_task = Some(task.clone());
        let now = self.vm.time();
        self.vm.trace.step_start(now, td.id);
        let Value::Generator(coro) = td.coro.clone() else {
            return;
        };
        let mut fiber = Fiber::default();
        let send = match exc {
            Some(e) => Err(e),
            None => Ok(Value::None),
        };
        match self
            .vm
            .push_generator(&mut fiber, &coro, ReturnCtx::Bottom, send)
        {
            Ok(()) => {}
            Err(Interrupt::Raise(e)) => {
                if fiber.entries.is_empty() {
                    self.finish_task_step(&task, FiberOutcome::Raised(e));
                    return;
                }
                fiber.resume = Some(Resume::Raise(e));
            }
            Err(other) => return self.interrupt(other),
        }
        self.thread.active = Some(Active {
            fiber,
            kind: ActiveKind::TaskStep(task.clone()),
            since: now,
        });
    }

    fn finish_active(&mut self, kind: ActiveKind, since: f64, out: FiberOutcome) {
        match kind {
            ActiveKind::Main if self.thread.sched.index > 0 => self.end_thread(out),
            ActiveKind::Main => {
                let now = self.vm.time();
                self.vm.trace.main_run(since, now);
                let status = match out {
                    FiberOutcome::Returned(_) => 0,
                    FiberOutcome::Raised(e) => match self.report_uncaught(&e) {
                        Ok(status) => status,
                        Err(i) => return self.interrupt(i),
                    },
                    _ => 1,
                };
                match self.threads.exiting {
                    // `threading._shutdown()` returned: its status is the code's.
                    Some(code) => self.finish(if status == 0 { code } else { status }),
                    None => self.shut_down(status),
                }
            }
            ActiveKind::TaskStep(task) => self.finish_task_step(&task, out),
            ActiveKind::Callback(func, args, when) => {
                if let FiberOutcome::Raised(e) = out {
                    self.callback_failed(&func, args, when, e);
                }
            }
        }
    }

    fn finish_task_step(&mut self, task: &Rc<FutureObj>, out: FiberOutcome) {
        let Some(td) = &task.task else { return };
        let now = self.vm.time();
        let line = match &td.coro {
            Value::Generator(g) => g.borrow().line,
            _ => 0,
        };
        let result: Result<StepOutcome, Interrupt> = (|| {
            Ok(match out {
                FiberOutcome::Returned(v) => {
                    if td.must_cancel.get() {
                        td.must_cancel.set(false);
                        let msg = td.cancel_message();
                        self.vm.future_cancel(task, msg)?;
                        StepOutcome::Cancelled
                    } else {
                        let shown = self.vm.repr(&v)?;
                        self.vm.future_set_result(task, v)?;
                        StepOutcome::Returned { value: shown }
                    }
                }
                FiberOutcome::Raised(e) => {
                    if self
                        .vm
                        .is_instance_of_kind(&e, crate::vm::exceptions::ExcKind::CancelledError)
                    {
                        let msg = match &e {
                            Value::Instance(i) => i
                                .exc
                                .as_ref()
                                .and_then(|d| d.borrow().args.first().cloned()),
                            _ => None,
                        };
                        // The task itself is cancelled, bypassing any cancel hook.
                        task.status.set(FutureStatus::Cancelled);
                        task.set_cancel_message(msg);
                        if let Some(td) = &task.task {
                            td.set_cancelled_exc(e);
                        }
                        self.vm.schedule_callbacks(task);
                        StepOutcome::Cancelled
                    } else {
                        let shown = self.vm.exception_line(&e)?;
                        self.vm.future_set_exception(task, e)?;
                        StepOutcome::Raised { exception: shown }
                    }
                }
                FiberOutcome::Yielded(v) => self.task_yielded(task, v)?,
                _ => StepOutcome::Yielded,
            })
        })();
        self.vm.asyncio.current_task = None;
        match result {
            Ok(outcome) => {
                self.vm.trace.step_end(now, td.id, line, outcome);
            }
            Err(i) => self.interrupt(i),
        }
        if let Err(i) = self.vm.notice_deaths() {
            self.interrupt(i);
        }
    }

    /// What a task's step yielded decides how it waits.
    fn task_yielded(&mut self, task: &Rc<FutureObj>, v: Value) -> Result<StepOutcome, Interrupt> {
        let td = task.task.as_ref().expect("task");
        let loop_id = task.loop_id();
        let bad = |vm: &mut Vm, msg: String| -> Result<StepOutcome, Interrupt> {
            let exc = match vm.new_exc(crate::vm::exceptions::ExcKind::RuntimeError, msg) {
                Interrupt::Raise(e) => e,
                other => return Err(other),
            };
            let id = td.id;
            let now = vm.time();
            vm.trace.ready(now, id);
            vm.asyncio.call_soon(
                loop_id,
                Handle::TaskStep {
                    task: task.clone(),
                    exc: Some(exc),
                    wake_from: None,
                },
            );
            Ok(StepOutcome::Yielded)
        };
        match &v {
            Value::Future(f) => {
                if !f.blocking.get() {
                    let (tr, fr) = (
                        crate::asyncio::future_repr(&mut self.vm, task)?,
                        crate::asyncio::future_repr(&mut self.vm, f)?,
                    );
                    return bad(
                        &mut self.vm,
                        format!("yield was used instead of yield from in task {tr} with {fr}"),
                    );
                }
                if Rc::ptr_eq(f, task) {
                    let tr = crate::asyncio::future_repr(&mut self.vm, task)?;
                    return bad(&mut self.vm, format!("Task cannot await on itself: {tr}"));
                }
                f.blocking.set(false);
                let cb = self.vm.task_wakeup_callback(task);
                self.vm.add_done_callback(f, cb);
                *td.fut_waiter.borrow_mut() = Some(f.clone());
                let label = wait_label(f, &mut self.last_wait_label);
                if td.must_cancel.get() && self.vm.cancel_any(f, td.cancel_message())? {
                    td.must_cancel.set(false);
                }
                Ok(StepOutcome::Waiting { on: label })
            }
            Value::None => {
                let now = self.vm.time();
                self.vm.trace.ready(now, td.id);
                self.vm.asyncio.call_soon(
                    loop_id,
                    Handle::TaskStep {
                        task: task.clone(),
                        exc: None,
                        wake_from: None,
                    },
                );
                Ok(StepOutcome::Yielded)
            }
            other => {
                let r = self.vm.repr(other)?;
                bad(&mut self.vm, format!("Task got bad yield: {r}"))
            }
        }
    }

    /// asyncio's report of a callback that raised: the callback named as
    /// CPython names it (`_callback_source` in lib/_asyncio.py), its handle,
    /// the traceback.
    fn callback_failed(&mut self, func: &Value, args: Vec<Value>, when: Option<f64>, exc: Value) {
        let source = self
            .vm
            .call_asyncio("_callback_source", vec![func.clone(), Value::tuple(args)]);
        let name = match source {
            Some(Value::Str(s)) => s.to_string(),
            _ => self.vm.repr(func).unwrap_or_default(),
        };
        // `call_soon`'s handle has no time (-1).
        let handle = match when.filter(|t| *t >= 0.0) {
            Some(t) => format!("TimerHandle when={}", crate::numeric::float::float_repr(t)),
            None => "Handle".to_string(),
        };
        let tb = self.vm.format_exception(&exc).unwrap_or_default();
        let report = format!("Exception in callback {name}\nhandle: <{handle} {name}>\n{tb}");
        let _ = self.vm.write_output(true, &report);
    }

    /// Print an exception that ended the program; the exit status it gives.
    /// SystemExit prints no traceback: its code is the status (a non-int
    /// code is printed and gives 1), as CPython does.
    fn report_uncaught(&mut self, exc: &Value) -> Result<i32, Interrupt> {
        if self
            .vm
            .is_instance_of_kind(exc, crate::vm::exceptions::ExcKind::SystemExit)
        {
            return match self.vm.get_attr(exc, "code")? {
                Value::None => Ok(0),
                // A C int, as CPython takes it; too big for a C long is -1.
                Value::Int(i) => Ok(i as i32),
                Value::Bool(b) => Ok(b as i32),
                Value::BigInt(_) => Ok(-1),
                other => {
                    let s = self.vm.str_of(&other)?;
                    self.vm.write_output(true, &format!("{s}\n"))?;
                    Ok(1)
                }
            };
        }
        let text = self.vm.format_exception(exc)?;
        self.vm.write_output(true, &text)?;
        Ok(1)
    }

    fn interrupt(&mut self, i: Interrupt) {
        match i {
            Interrupt::Fatal(f) => self.fatal(f),
            Interrupt::Raise(e) => {
                let status = self.report_uncaught(&e).unwrap_or(1);
                self.finish(status);
            }
            Interrupt::Suspend(_) => {
                self.fatal(Fatal::Internal("suspension outside a fiber".into()));
            }
        }
    }

    fn fatal(&mut self, f: Fatal) {
        match f {
            Fatal::Budget(msg) => {
                self.vm
                    .append_output(true, &format!("Stopped by the playground: {msg}\n"));
                self.finish(1);
            }
            Fatal::Time(msg) => {
                self.vm
                    .append_output(true, &format!("Stopped by the playground: {msg}\n"));
                self.finish(TIMED_OUT);
            }
            Fatal::Internal(msg) => {
                let _ = self
                    .vm
                    .write_output(true, &format!("Internal error in the playground: {msg}\n"));
                self.finish(70);
            }
        }
    }

    /// End the program: release everything (as interpreter shutdown does,
    /// which is when CPython reports never-awaited coroutines and pending
    /// tasks), then record the end.
    fn finish(&mut self, code: i32) {
        if matches!(self.thread.phase, Phase::Finished(_)) {
            return;
        }
        self.thread.phase = Phase::Finished(code);
        self.thread.active = None;
        self.thread.main = None;
        // Threads still running die with the program, as daemon threads do.
        self.threads.parked.clear();
        let _ = self.vm.notice_deaths();
        self.vm.shutting_down = true;
        self.vm.asyncio.current_task = None;
        let ids: Vec<usize> = (0..self.vm.asyncio.loops.len()).collect();
        for id in ids {
            self.vm.asyncio.close(id);
        }
        let globals: Vec<Value> = self
            .vm
            .main_globals
            .borrow_mut()
            .drain()
            .map(|(_, v)| v)
            .collect();
        // A task a global still held at exit outlives CPython's first
        // collection, which puts it ahead of its coroutine in the collector's
        // order: it is finalized while the coroutine still runs. Tasks that
        // were garbage already have their coroutine closed first.
        let held: Vec<*const FutureObj> = globals
            .iter()
            .filter_map(|v| match v {
                Value::Future(f) => Some(Rc::as_ptr(f)),
                _ => None,
            })
            .collect();
        crate::vm::value::release(globals);
        self.vm.modules.clear();
        // Pending tasks kept alive only by reference cycles die here, as
        // CPython's garbage collector collects them at exit.
        let leftover: Vec<Rc<FutureObj>> = self
            .vm
            .asyncio
            .tasks
            .iter()
            .filter_map(|w| w.upgrade())
            .collect();
        for t in leftover {
            if t.task.is_some() && t.status.get() == FutureStatus::Pending {
                let repr = Rc::from(crate::asyncio::reprs::pending_task_repr(
                    &t,
                    !held.contains(&Rc::as_ptr(&t)),
                ));
                crate::vm::object::DESTROYED_PENDING.with(|d| {
                    d.borrow_mut().push(crate::vm::object::owned(
                        crate::vm::object::DestroyedTask { repr },
                    ))
                });
                t.status.set(FutureStatus::Cancelled);
            }
        }
        // Its own, whoever noticed that something died last.
        let _ = crate::asyncio::report_deaths(&mut self.vm);
        let now = self.vm.time();
        self.vm.trace.program_end(now, code);
    }
}

/// The threads that do not hold the GIL, and the scheduler's counters.
#[derive(Default)]
struct Threads {
    parked: Vec<ThreadState>,
    /// A thread that becomes ready takes the next number; the lowest
    /// number runs next (first come, first served).
    seq: u64,
    /// The running thread gives the GIL to a ready one at this instruction
    /// count (`None` while no thread waits for it).
    gil_deadline: Option<u64>,
    /// The main thread's code ended with this status and
    /// `threading._shutdown()` is waiting for the other threads.
    exiting: Option<i32>,
}

/// What a thread waiting on a lock is doing, for the timeline: the library
/// call the program made (`Thread.join`, `Queue.get`, `Event.wait`); in a
/// thread that runs only library code (a pool's worker), the innermost
/// public call above the locks (`SimpleQueue.get`).
fn wait_site(fiber: &Fiber) -> Rc<str> {
    let frames = &fiber.entries;
    if let Some(k) = frames.iter().rposition(|e| !e.frame.code.hidden) {
        // Past the Python versions of builtins and library generators
        // (`list(executor.map(...))` waits in `Future.result`).
        let called = frames.part(k + 1..).iter().find(|e| {
            let code = &e.frame.code;
            let method = code.qualname.rsplit('.').next().unwrap_or("");
            let private = method.starts_with('_') && !method.starts_with("__");
            &*code.filename != "<builtins>"
                && code.kind != crate::compiler::CodeKind::Generator
                && !private
        });
        if let Some(called) = called {
            return called.frame.code.qualname.clone();
        }
    }
    let primitive = |name: &str| {
        name.starts_with("lock.") || name.starts_with("RLock.") || name.starts_with("Condition.")
    };
    frames
        .iter()
        .rev()
        .map(|e| &e.frame.code.qualname)
        .find(|q| {
            let method = q.rsplit('.').next().unwrap_or(q);
            !primitive(q) && !method.starts_with('_')
        })
        .cloned()
        .unwrap_or_else(|| Rc::from("lock"))
}

/// What a task waits on, as the trace labels it. Labels are shared: many
/// tasks waiting on the same thing (`sleep 1s`) hold one string.
fn wait_label(f: &Rc<FutureObj>, last: &mut Option<Rc<str>>) -> Rc<str> {
    if let Some(td) = &f.task {
        return td.name.borrow().clone();
    }
    let text = match &*f.label.borrow() {
        WaitLabel::Sleep(d) => {
            let repr = crate::numeric::float::float_repr(*d);
            let mut number = repr.as_str();
            while let Some(rest) = number.strip_suffix(".0") {
                number = rest;
            }
            format!("sleep {number}s")
        }
        WaitLabel::Task(n) => return n.clone(),
        WaitLabel::Other(s) => return s.clone(),
        WaitLabel::None | WaitLabel::Future => "future".to_string(),
    };
    match last {
        Some(l) if **l == *text => l.clone(),
        _ => {
            let label: Rc<str> = Rc::from(text);
            *last = Some(label.clone());
            label
        }
    }
}

impl Drop for Program {
    fn drop(&mut self) {
        // What dies from now on is this program's (`Deaths`).
        let running = crate::vm::object::RUNNING_VM.with(|r| r.replace(self.vm.id));
        self.deaths = Deaths(Some((self.vm.id, running)));
        // Free what the program's objects keep alive among themselves
        // (`vm::teardown`), ended or stopped mid-run.
        let mut roots: Vec<Value> = Vec::new();
        let mut fibers: Vec<Fiber> = Vec::new();
        for t in std::iter::once(&mut self.thread).chain(&mut self.threads.parked) {
            fibers.extend(t.main.take());
            fibers.extend(t.active.take().map(|a| a.fiber));
            roots.extend(t.sched.current_task.take().map(Value::Future));
        }
        for mut fiber in fibers {
            for mut e in fiber.entries.drain(..) {
                crate::vm::teardown::frame_values(&mut e.frame, &mut roots);
                roots.extend(e.owner.take().map(Value::Generator));
            }
        }
        crate::vm::teardown::vm_roots(&mut self.vm, &mut roots);
        crate::vm::teardown::break_cycles(roots);
    }
}
