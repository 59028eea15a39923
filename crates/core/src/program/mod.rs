//! A running program: the main fiber, its threads and event loops, and the
//! host interface. The core never blocks: `run_slice` runs until its
//! instruction budget is used or nothing can run before some instant, and
//! says so; the host (virtual clock in the CLI, real timers in the browser)
//! advances the clock with `set_time` and calls again. Here: building a
//! program, the host interface, and how a program ends; `gil` schedules its
//! threads; `asyncio::{runners, base_events, task_step}` run their event
//! loops.

use crate::at::{At, Part};
use crate::trace::StepOutcome;
use crate::vm::frame::{Fiber, FiberOutcome, Frame, Resume, ReturnCtx};
use crate::vm::interp::Vm;
/// What a host sets (budgets) and takes (output) of a program.
pub use crate::vm::interp::{Budgets, OutputChunk};
use crate::vm::object::{FutureObj, FutureStatus, WaitLabel};
use crate::vm::value::Value;
use crate::vm::{Fatal, Interrupt, Suspension};
use std::rc::Rc;

mod gil;

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
            seconds_per_instruction: CPYTHON_SECONDS_PER_INSTRUCTION,
            record_trace: true,
            host_clock: None,
        }
    }
}

pub use crate::vm::interp::CPYTHON_SECONDS_PER_INSTRUCTION;

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

pub(crate) enum Phase {
    Main,
    Loop(crate::asyncio::LoopRun),
    Finished(i32),
}

pub(crate) enum ActiveKind {
    Main,
    TaskStep(Rc<FutureObj>),
    /// A callback: its function, arguments and handle (for a report).
    Callback(
        Value,
        Vec<Value>,
        Option<Rc<crate::vm::object::TimerHandleObj>>,
    ),
}

pub(crate) struct Active {
    pub(crate) fiber: Fiber,
    pub(crate) kind: ActiveKind,
    /// When the main fiber last started running (for the trace).
    pub(crate) since: f64,
}

pub struct Program {
    pub vm: Vm,
    /// The thread holding the GIL (the main thread unless the program
    /// started threads); the others wait in `threads`.
    pub(crate) thread: ThreadState,
    pub(crate) threads: Threads,
    /// Event-loop turns started so far.
    pub(crate) turns: u64,
    /// In step mode, `run_slice` returns once this many turns have started.
    pub(crate) stop_at_turn: Option<u64>,
    /// The last wait label made, shared by the trace events that repeat it.
    pub(crate) last_wait_label: Option<Rc<str>>,
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
    pub(crate) main: Option<Fiber>,
    pub(crate) phase: Phase,
    pub(crate) active: Option<Active>,
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
    /// in progress included (see `Timeline::update`).
    pub fn timeline_at(&self, now: f64) -> crate::timeline::Timeline {
        let mut timeline = crate::timeline::Timeline::default();
        self.update_timeline(&mut timeline, now);
        timeline
    }

    /// Bring `timeline` (this program's, from earlier calls) up to `now`:
    /// it takes in only the events traced since.
    pub fn update_timeline(&self, timeline: &mut crate::timeline::Timeline, now: f64) {
        let open_main = self.main_running_since();
        timeline.update(&self.vm.trace.events, now.max(self.time()), open_main);
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

    pub(crate) fn finished_step(&self) -> Step {
        match self.thread.phase {
            Phase::Finished(c) => Step::Finished { exit_code: c },
            _ => Step::Continue,
        }
    }

    /// The main thread's code ended (returned or raised): the program
    /// shuts down, with the status its exception gives.
    pub(crate) fn main_ended(&mut self, since: f64, out: FiberOutcome) {
        let now = self.vm.time();
        self.vm.trace.main_run(since, now);
        let status = match out {
            FiberOutcome::Returned(_) => 0,
            FiberOutcome::Raised(e) => {
                let status = self.report_uncaught(&e);
                // Kept until shutdown, as `sys.last_value`: what its
                // traceback's frames held dies then (`sys:1`).
                self.vm.handled_exc = Some(e);
                match status {
                    Ok(status) => status,
                    Err(i) => return self.interrupt(i),
                }
            }
            _ => 1,
        };
        match self.threads.exiting {
            // `threading._shutdown()` returned: its status is the code's.
            Some(code) => self.finish(if status == 0 { code } else { status }),
            None => self.shut_down(status),
        }
    }

    /// Print an exception that ended the program; the exit status it gives.
    /// SystemExit prints no traceback: its code is the status (a non-int
    /// code is printed and gives 1), as CPython does.
    pub(crate) fn report_uncaught(&mut self, exc: &Value) -> Result<i32, Interrupt> {
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

    pub(crate) fn interrupt(&mut self, i: Interrupt) {
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

    pub(crate) fn fatal(&mut self, f: Fatal) {
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
    pub(crate) fn finish(&mut self, code: i32) {
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
        // The last exception handled (an uncaught one's traceback keeps its
        // frames' locals alive until now, as CPython's does).
        self.vm.handled_exc = None;
        let ids: Vec<usize> = (0..self.vm.asyncio.loops.len()).collect();
        for id in ids {
            self.vm.asyncio.close(id);
        }
        self.vm.release_main_objects();
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
pub(crate) struct Threads {
    pub(crate) parked: Vec<ThreadState>,
    /// A thread that becomes ready takes the next number; the lowest
    /// number runs next (first come, first served).
    seq: u64,
    /// The running thread gives the GIL to a ready one at this instruction
    /// count (`None` while no thread waits for it).
    gil_deadline: Option<u64>,
    /// The main thread's code ended with this status and
    /// `threading._shutdown()` is waiting for the other threads.
    pub(crate) exiting: Option<i32>,
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
