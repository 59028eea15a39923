//! The VM's state and its dispatch loop, one `match` over the opcodes as
//! CPython's `ceval.c` has it. The call machinery is `calls`, exceptions'
//! unwinding `unwind`, imports `imports`.
//!
//! Python-to-Python calls push frames on the running fiber instead of
//! recursing in Rust, so a coroutine can be suspended at any `await` and a
//! long computation can be paused at any instruction. Native code that calls
//! back into Python (a `key=` function, a `__repr__`) runs a nested fiber,
//! which cannot be suspended.

use crate::at::{At, Part, VecAt};
use crate::cell::RefCell;
use crate::compiler::bytecode::AT_CALL;
use crate::compiler::{Code, CodeKind, Op};
use crate::syntax::ast::{BinOp, UnaryOp};
use crate::vm::exceptions::ExcKind;
use crate::vm::frame::{Block, Entry, Fiber, FiberOutcome, Frame, Resume, ReturnCtx, EXCEPT_BODY};
use crate::vm::object::*;
use crate::vm::value::{discard, CellRef, Dict, Value};
use crate::vm::{Fatal, Interrupt, PyResult, Suspension};
use std::rc::Rc;

pub use crate::vm::exceptions::Types;

mod calls;
mod imports;
mod unwind;

/// Limits that stop runaway programs with a message instead of freezing.
#[derive(Clone, Debug)]
pub struct Budgets {
    pub max_instructions: u64,
    pub max_live_tasks: usize,
    pub max_threads: usize,
    pub max_output_bytes: usize,
    pub max_recursion: usize,
    /// Steps one regular-expression call may take (it cannot pause).
    pub max_match_steps: u64,
    /// Machine stack that calls from native code back into Python may use.
    pub max_native_stack: usize,
    /// Real seconds the interpreter may work (hosts with a real clock only:
    /// the page has none to read, and a stop button instead).
    pub max_seconds: Option<f64>,
}

impl Default for Budgets {
    fn default() -> Budgets {
        Budgets {
            max_instructions: 2_000_000_000,
            max_live_tasks: 200_000,
            max_threads: 10_000,
            max_output_bytes: 4 << 20,
            max_recursion: 1000,
            max_match_steps: 50_000_000,
            max_native_stack: 384 << 10,
            max_seconds: None,
        }
    }
}

/// Text the program wrote, with when and by whom.
#[derive(Clone, Debug, PartialEq)]
pub struct OutputChunk {
    pub stderr: bool,
    pub text: String,
    pub time: f64,
    /// The task that wrote it (`None` outside any task).
    pub task: Option<u32>,
}

/// How far a real clock may run ahead of the host's within a slice (see
/// `Vm::time`): about the resolution of a page's clock.
const AHEAD_S: f64 = 0.001;

/// About what CPython takes for one of our instructions: a virtual clock
/// charges it for each, and a real one moves at that pace within a slice.
pub const CPYTHON_SECONDS_PER_INSTRUCTION: f64 = 25e-9;

pub struct Vm {
    /// This VM among the programs of the thread (death notices' owner).
    pub id: u32,
    /// The `LibMethods` whose lib/ file was put in its type (or was not there).
    pub lib_methods_installed: u8,
    pub types: Types,
    pub builtins: Globals,
    pub modules: crate::vm::value::NameMap,
    /// Every module's globals, kept weakly (for `Program`'s teardown).
    pub module_globals: Vec<std::rc::Weak<RefCell<crate::vm::value::NameMap>>>,
    /// Closure cells made (`note_cells`), kept weakly.
    pub cells: Vec<std::rc::Weak<RefCell<Option<Value>>>>,
    cells_compact_at: usize,
    pub main_globals: Globals,
    pub filename: Rc<str>,
    pub source_lines: Vec<String>,
    pub output: Vec<OutputChunk>,
    pub output_bytes: usize,
    pub budgets: Budgets,
    /// Instructions executed so far.
    pub instructions: u64,
    /// When `instructions` reaches this, a top-level fiber pauses.
    pub slice_end: u64,
    /// Nesting of Python frames across fibers (RecursionError).
    pub depth: usize,
    /// Nested (non-suspendable) fibers currently running.
    pub nested: usize,
    /// The program's clock in seconds at `time_base` instructions: virtual,
    /// or set from the real clock by the host.
    pub now: f64,
    pub time_base: u64,
    /// A real clock (host milliseconds), and its reading when the outermost
    /// call that cannot give way (a nested call) began: the program's clock
    /// moves while such a call computes (the host sets it between slices,
    /// but a nested call runs to its end inside one).
    pub host_clock: Option<fn() -> f64>,
    nested_since: Option<f64>,
    /// The real clock's reading at `time_base`, and where it would read
    /// when the host's reading of the program's clock was 0 (see `time`).
    based_at: f64,
    host_origin: f64,
    /// Virtual clocks charge this many seconds per instruction, so work
    /// takes time as it does under CPython (0 for a real clock).
    pub seconds_per_instruction: f64,
    pub asyncio: crate::vm::loops::LoopSet,
    /// HTTP requests waiting for the host.
    pub http: crate::http::Requests,
    pub trace: crate::trace::Trace,
    pub rng: crate::numeric::random::MersenneTwister,
    pub entropy: u64,
    /// Interned attribute names used by the VM itself.
    pub names: Names,
    /// Unix time at the program's start (`time.time()` adds the clock to it).
    pub epoch_base: f64,
    /// The line of the Python code that made the latest call (for warnings).
    pub caller_line: u32,
    /// The line of the latest call made from the program's own code (not the
    /// library's): where the trace says a task was created.
    pub user_line: u32,
    /// The exception an `except` body is handling (`sys.exc_info()`).
    pub handled_exc: Option<Value>,
    /// The `contextvars` mapping outside tasks (tasks keep their own).
    pub context: Value,
    /// Set while the program's objects are released at its end.
    pub shutting_down: bool,
    /// lib/_exceptiongroup.py is drawing an exception group's boxes.
    pub drawing_group: bool,
    /// Never-awaited warnings given: (coroutine, line), each once, as
    /// Python's warnings registry shows a warning once per place.
    pub warned: Vec<(Rc<str>, u32)>,
    /// Tracked objects and the cycle collector's counters (`vm::gc`).
    pub gc: crate::vm::gc::Collector,
    /// Stack address at the start of the current slice (see `stack_used`).
    pub stack_base: usize,
    /// Locks, thread starts and the current thread, shared with `_thread`'s natives.
    pub threads: crate::threads::VmThreads,
    /// `os.cpu_count()`: the CLI's virtual cores, or the browser's.
    pub cpu_count: u32,
    /// The Python versions of consuming builtins, once needed (see `generator_calls`).
    pub generator_calls: Option<Globals>,
    /// `sys.set_int_max_str_digits` (0: no limit).
    pub int_max_str_digits: usize,
    /// When the program started, for `Budgets::max_seconds`.
    pub started: Option<std::time::Instant>,
    /// Which process of the run this program is.
    pub process: crate::processes::ProcessInfo,
}

pub struct Names {
    pub init: Rc<str>,
    pub dunder_name: Rc<str>,
}

impl Vm {
    pub fn new(filename: &str, source: &str) -> Vm {
        let types = Types::new();
        let builtins: Globals = Rc::new(RefCell::new(crate::vm::value::NameMap::default()));
        let main_globals: Globals = Rc::new(RefCell::new(crate::vm::value::NameMap::default()));
        let mut vm = Vm {
            id: NEXT_VM_ID.with(|n| {
                n.set(n.get() + 1);
                n.get()
            }),
            lib_methods_installed: 0,
            types,
            builtins,
            modules: crate::vm::value::NameMap::default(),
            module_globals: Vec::new(),
            cells: Vec::new(),
            cells_compact_at: 64,
            main_globals,
            filename: Rc::from(filename),
            source_lines: source.lines().map(|l| l.to_string()).collect(),
            output: Vec::new(),
            output_bytes: 0,
            budgets: Budgets::default(),
            instructions: 0,
            slice_end: u64::MAX,
            depth: 0,
            nested: 0,
            now: 0.0,
            time_base: 0,
            host_clock: None,
            nested_since: None,
            based_at: 0.0,
            host_origin: 0.0,
            seconds_per_instruction: 0.0,
            asyncio: crate::vm::loops::LoopSet::default(),
            http: crate::http::Requests::default(),
            trace: crate::trace::Trace::default(),
            rng: crate::numeric::random::MersenneTwister::new(),
            entropy: 0x5eed,
            names: Names {
                init: Rc::from("__init__"),
                dunder_name: Rc::from("__name__"),
            },
            epoch_base: 1_767_225_600.0,
            caller_line: 0,
            shutting_down: false,
            drawing_group: false,
            warned: Vec::new(),
            gc: Default::default(),
            user_line: 0,
            handled_exc: None,
            context: Value::None,
            stack_base: 0,
            threads: crate::threads::VmThreads::default(),
            cpu_count: 4,
            generator_calls: None,
            int_max_str_digits: 4300,
            started: None,
            process: crate::processes::ProcessInfo::default(),
        };
        vm.mark_stack_base();
        crate::vm::builtins::install(&mut vm);
        vm.main_globals
            .borrow_mut()
            .insert(Rc::from("__name__"), Value::str("__main__"));
        vm.main_globals
            .borrow_mut()
            .insert(Rc::from("__file__"), Value::str(filename));
        // `import __main__` (unittest.main() finds the tests there).
        let main = Value::Module(Rc::new(crate::vm::object::ModuleObj {
            name: Rc::from("__main__"),
            globals: vm.main_globals.clone(),
        }));
        vm.modules.insert(Rc::from("__main__"), main);
        vm
    }

    /// The current `contextvars` mapping: the running task's, or the program's.
    pub fn context_get(&self) -> Value {
        match self
            .asyncio
            .current_task
            .as_ref()
            .and_then(|t| t.task.as_ref())
        {
            Some(td) => td.context.borrow().clone(),
            None => self.context.clone(),
        }
    }

    pub fn context_set(&mut self, v: Value) {
        match self
            .asyncio
            .current_task
            .as_ref()
            .and_then(|t| t.task.as_ref())
        {
            Some(td) => *td.context.borrow_mut() = v,
            None => self.context = v,
        }
    }

    /// The program's clock, in seconds.
    pub fn time(&self) -> f64 {
        let ran = (self.instructions - self.time_base) as f64;
        match (self.nested_since, self.host_clock) {
            (Some(since), Some(clock)) => self.now + (clock() - since) / 1000.0,
            // Between the host's settings, a real clock moves at CPython's
            // pace, as the CLI's does: a short computation takes time, the
            // interpreter's own slowness is left out, and the page's coarse
            // clock cannot order events differently from the CLI. It runs
            // ahead of the host's reading by `AHEAD_S` at most.
            (None, Some(clock)) => {
                let host = (clock() - self.host_origin) / 1000.0 + AHEAD_S;
                (self.now + ran * CPYTHON_SECONDS_PER_INSTRUCTION)
                    .min(host)
                    .max(self.now)
            }
            _ => self.now + ran * self.seconds_per_instruction,
        }
    }

    /// Move the clock forward to `t` (never backward): on a real clock, the
    /// host's reading.
    pub fn set_time(&mut self, t: f64) {
        let current = self.time();
        self.rewind_time(t);
        self.now = current.max(t);
    }

    /// The clock reads `t` now.
    fn rebase(&mut self, t: f64) {
        self.now = t;
        self.time_base = self.instructions;
        if let Some(clock) = self.host_clock {
            self.based_at = clock();
        }
    }

    /// Set the clock to `t`, even backward (a forked child's start).
    pub fn rewind_time(&mut self, t: f64) {
        self.rebase(t);
        self.host_origin = self.based_at - t * 1000.0;
        if self.nested_since.is_some() {
            self.nested_since = Some(self.based_at);
        }
    }

    // ---- output ----

    pub fn write_output(&mut self, stderr: bool, text: &str) -> PyResult<()> {
        self.output_bytes += text.len();
        if self.output_bytes > self.budgets.max_output_bytes {
            return Err(Interrupt::Fatal(Fatal::Budget(format!(
                "the program printed more than {} bytes (output budget)",
                self.budgets.max_output_bytes
            ))));
        }
        self.append_output(stderr, text);
        Ok(())
    }

    /// Output that bypasses the budget (the playground's own final messages).
    pub fn append_output(&mut self, stderr: bool, text: &str) {
        if self.process.quiet {
            return;
        }
        let task = self.asyncio.current_task_id().or(self.threads.lane);
        let time = self.time();
        if let Some(last) = self.output.last_mut() {
            if last.stderr == stderr
                && last.task == task
                && last.time == time
                && !last.text.ends_with('\n')
            {
                last.text.push_str(text);
                return;
            }
        }
        self.output.push(OutputChunk {
            stderr,
            text: text.to_string(),
            time,
            task,
        });
        self.trace.output(time, task, stderr, text);
    }

    // ---- exceptions ----

    pub fn new_exc(&self, kind: ExcKind, msg: impl Into<String>) -> Interrupt {
        let class = self.types.exc(kind);
        Interrupt::Raise(self.make_exc(class, vec![Value::Str(Rc::from(msg.into().as_str()))]))
    }

    /// An exception whose traceback line ends with `. Did you mean: 's'?`.
    pub fn exc_with_suggestion(&self, kind: ExcKind, msg: String, s: Option<Rc<str>>) -> Interrupt {
        let exc = self.make_exc(self.types.exc(kind), vec![Value::str(&msg)]);
        if let Value::Instance(inst) = &exc {
            if let Some(d) = &inst.exc {
                d.borrow_mut().suggestion = s;
            }
        }
        Interrupt::Raise(exc)
    }

    pub fn make_exc(&self, class: Rc<Class>, args: Vec<Value>) -> Value {
        let inst = Instance::new(class);
        if let Some(e) = &inst.exc {
            e.borrow_mut().args = args;
        }
        Value::Instance(Rc::new(inst))
    }

    /// CPython's bare MemoryError when `bytes` exceed `MAX_ALLOC_BYTES`.
    pub fn check_alloc(&self, bytes: usize) -> PyResult<()> {
        if bytes > crate::vm::MAX_ALLOC_BYTES {
            return Err(self.memory_error());
        }
        Ok(())
    }

    pub fn memory_error(&self) -> Interrupt {
        Interrupt::Raise(self.make_exc(self.types.exc(ExcKind::MemoryError), vec![]))
    }

    pub fn type_error(&self, msg: impl Into<String>) -> Interrupt {
        self.new_exc(ExcKind::TypeError, msg)
    }

    pub fn value_error(&self, msg: impl Into<String>) -> Interrupt {
        self.new_exc(ExcKind::ValueError, msg)
    }

    // ---- running ----

    /// Run a fiber until its bottom frame returns, raises or yields, or it suspends.
    pub fn run_fiber(&mut self, fiber: &mut Fiber) -> FiberOutcome {
        if let Some(resume) = fiber.resume.take() {
            match resume {
                Resume::Push(v) => {
                    if let Some(e) = fiber.entries.last_mut() {
                        e.frame.stack.push(v);
                    }
                }
                Resume::Raise(exc) => {
                    if let Some(out) = self.unwind(fiber, exc, true) {
                        return out;
                    }
                }
                Resume::Continue => {}
            }
        }
        loop {
            match self.dispatch(fiber) {
                Ok(out) => return out,
                Err(Interrupt::Raise(exc)) => {
                    if let Some(out) = self.unwind(fiber, exc, true) {
                        return out;
                    }
                }
                Err(Interrupt::Suspend(s)) => {
                    if self.nested > 0 {
                        match s {
                            Suspension::Slice => continue,
                            Suspension::Block { seconds, what } => {
                                // Cannot pause inside a nested call: the clock jumps instead.
                                self.block_in_place(seconds, &what);
                                if let Some(e) = fiber.entries.last_mut() {
                                    e.frame.stack.push(Value::None);
                                }
                                continue;
                            }
                            Suspension::RunLoop { .. }
                            | Suspension::Request { .. }
                            | Suspension::Acquire { .. } => {
                                let exc = self.new_exc(
                                    ExcKind::RuntimeError,
                                    "the playground cannot run an event loop or wait for a blocking request or a lock from inside this call",
                                );
                                if let Interrupt::Raise(e) = exc {
                                    if let Some(out) = self.unwind(fiber, e, true) {
                                        return out;
                                    }
                                }
                                continue;
                            }
                        }
                    }
                    return FiberOutcome::Suspended(s);
                }
                Err(Interrupt::Fatal(f)) => return FiberOutcome::Fatal(f),
            }
        }
    }

    /// Start a nested (Rust-recursive) run: bounded by depth and stack use.
    pub fn enter_nested(&mut self) -> PyResult<()> {
        if self.nested >= 200 || self.stack_used() > self.budgets.max_native_stack {
            return Err(self.new_exc(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        if self.nested == 0 && self.host_clock.is_some() {
            // The clock goes on from where it is.
            let t = self.time();
            self.rebase(t);
            self.nested_since = Some(self.based_at);
        }
        self.nested += 1;
        Ok(())
    }

    /// A nested call returns: leaving the outermost, the time it took on a
    /// real clock joins the program's clock.
    pub fn leave_nested(&mut self) {
        if self.nested == 1 {
            let t = self.time();
            self.nested_since = None;
            self.rebase(t);
        }
        self.nested -= 1;
    }

    /// Bytes of machine stack used since the top-level slice started
    /// (an estimate from the addresses of locals).
    pub fn stack_used(&self) -> usize {
        self.stack_base.saturating_sub(crate::stack::here())
    }

    /// Remember where the stack is at the top of a slice.
    pub fn mark_stack_base(&mut self) {
        self.stack_base = crate::stack::here();
        crate::stack::set_floor(self.stack_base, self.budgets.max_native_stack);
    }

    /// Native recursion through nested containers (repr, ==, hash) counts
    /// against the recursion limit, as in CPython, and stops before the
    /// machine stack runs out. `what` ends the message (" in comparison").
    pub fn guarded<T>(
        &mut self,
        what: &str,
        f: impl FnOnce(&mut Vm) -> PyResult<T>,
    ) -> PyResult<T> {
        if self.depth >= self.budgets.max_recursion
            || self.stack_used() > self.budgets.max_native_stack
        {
            return Err(self.new_exc(
                ExcKind::RecursionError,
                format!("maximum recursion depth exceeded{what}"),
            ));
        }
        self.depth += 1;
        let r = f(self);
        self.depth -= 1;
        r
    }

    /// A blocking call in a place that cannot pause: advance the program clock.
    pub fn block_in_place(&mut self, seconds: f64, what: &str) {
        let start = self.time();
        self.set_time(start + seconds);
        let task = self.asyncio.current_task_id();
        // (No fiber at hand: the line is not known.)
        self.trace.blocked(start, seconds, task, what, 0);
    }

    fn dispatch(&mut self, fiber: &mut Fiber) -> PyResult<FiberOutcome> {
        // What dies from here on is this program's (see `object::owned`).
        crate::vm::object::RUNNING_VM.with(|r| r.set(self.id));
        loop {
            let entry = match fiber.entries.last_mut() {
                Some(e) => e,
                None => return Err(Interrupt::Fatal(Fatal::Internal("empty fiber".into()))),
            };
            let frame = &mut entry.frame;
            // Budgets are checked before an instruction starts, so a pause
            // resumes exactly at it.
            if self.instructions >= self.slice_end {
                self.check_budget(frame)?;
            }
            // An object with `__del__` that died in the last instruction is
            // finalized before the next, as CPython finalizes it on the spot.
            if crate::vm::object::FINALIZE_NOTICE.with(|d| d.get()) {
                self.run_finalizers()?;
            }
            let op = *frame.code.ops.at(frame.pc);
            frame.lasti = frame.pc;
            frame.pc += 1;
            self.instructions += 1;
            match op {
                Op::Nop => {}
                Op::LoadConst(i) => {
                    let v = frame.code.consts.at(i as usize).clone();
                    frame.stack.push(v);
                }
                Op::LoadFast(i) => match frame.locals.at(i as usize) {
                    Some(v) => {
                        let v = v.clone();
                        frame.stack.push(v);
                    }
                    None => {
                        let name = frame.code.varnames.at(i as usize).clone();
                        return Err(self.new_exc(
                            ExcKind::UnboundLocalError,
                            format!("cannot access local variable '{name}' where it is not associated with a value"),
                        ));
                    }
                },
                Op::StoreFast(i) => {
                    let v = frame.pop();
                    discard(frame.locals.at_mut(i as usize).replace(v));
                }
                Op::DeleteFast(i) => {
                    let old = frame.locals.at_mut(i as usize).take();
                    if old.is_some() {
                        discard(old);
                    } else {
                        let name = frame.code.varnames.at(i as usize).clone();
                        return Err(self.new_exc(
                            ExcKind::UnboundLocalError,
                            format!("cannot access local variable '{name}' where it is not associated with a value"),
                        ));
                    }
                }
                Op::LoadDeref(i) => {
                    let v = frame.cells.at(i as usize).borrow().clone();
                    match v {
                        Some(v) => frame.stack.push(v),
                        None => {
                            let name = self.cell_name(&frame.code, i);
                            return Err(self.new_exc(
                                ExcKind::NameError,
                                format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
                            ));
                        }
                    }
                }
                Op::StoreDeref(i) => {
                    let v = frame.pop();
                    *frame.cells.at(i as usize).borrow_mut() = Some(v);
                }
                Op::DeleteDeref(i) => {
                    *frame.cells.at(i as usize).borrow_mut() = None;
                }
                Op::LoadClosure(i) => {
                    let c = frame.cells.at(i as usize).clone();
                    frame.stack.push(Value::Cell(c));
                }
                Op::LoadGlobal(i) => {
                    let name = frame.code.names.at(i as usize);
                    let found = frame.globals.borrow().get(name).cloned();
                    let v = match found {
                        Some(v) => v,
                        None => {
                            let builtin = self.builtins.borrow().get(name).cloned();
                            match builtin {
                                Some(v) => v,
                                None => {
                                    let name = name.clone();
                                    match self.lazy_builtin(&name)? {
                                        Some(v) => v,
                                        None => {
                                            let locals = frame.code.varnames.clone();
                                            let globals = Some(&frame.globals);
                                            return Err(self.name_error(&name, &locals, globals));
                                        }
                                    }
                                }
                            }
                        }
                    };
                    frame.stack.push(v);
                }
                Op::StoreGlobal(i) => {
                    let v = frame.pop();
                    let name = frame.name(i);
                    let old = frame.globals.borrow_mut().insert(name, v);
                    discard(old);
                }
                Op::DeleteGlobal(i) => {
                    let name = frame.name(i);
                    let old = frame.globals.borrow_mut().remove(&name);
                    if old.is_none() {
                        return Err(self.name_error(&name, &[], None));
                    }
                    discard(old);
                }
                Op::LoadName(i) => {
                    let name = frame.name(i);
                    let local = frame
                        .namespace
                        .as_ref()
                        .and_then(|ns| ns.borrow().get(&name).cloned());
                    let v = match local {
                        Some(v) => v,
                        None => {
                            let g = frame.globals.borrow().get(&name).cloned();
                            let g = g.or_else(|| self.builtins.borrow().get(&name).cloned());
                            match g.map_or_else(|| self.lazy_builtin(&name), |v| Ok(Some(v)))? {
                                Some(v) => v,
                                None => {
                                    let locals = frame.code.varnames.clone();
                                    return Err(self.name_error(
                                        &name,
                                        &locals,
                                        Some(&frame.globals),
                                    ));
                                }
                            }
                        }
                    };
                    frame.stack.push(v);
                }
                Op::StoreName(i) => {
                    let v = frame.pop();
                    let name = frame.name(i);
                    match &frame.namespace {
                        Some(ns) => {
                            ns.borrow_mut().insert(name, v);
                        }
                        None => {
                            let old = frame.globals.borrow_mut().insert(name, v);
                            discard(old);
                        }
                    }
                }
                Op::DeleteName(i) => {
                    let name = frame.name(i);
                    let removed = match &frame.namespace {
                        Some(ns) => ns.borrow_mut().remove(&name).is_some(),
                        None => frame.globals.borrow_mut().remove(&name).is_some(),
                    };
                    if !removed {
                        return Err(self.name_error(&name, &[], None));
                    }
                }
                Op::LoadAttr(i) => {
                    let name = frame.name(i);
                    let obj = frame.pop();
                    if let Some(getter) = self.python_property(&obj, &name, "fget") {
                        self.call_from_dispatch(fiber, getter, Args::new(vec![obj]))?;
                    } else if let Some(getattr) = python_getattr(&obj, &name) {
                        let args = Args::new(vec![obj, Value::str(&name)]);
                        self.call_from_dispatch(fiber, getattr, args)?;
                    } else {
                        let v = self.get_attr(&obj, &name)?;
                        fiber.top_entry().frame.stack.push(v);
                    }
                }
                Op::StoreAttr(i) => {
                    let name = frame.name(i);
                    let obj = frame.pop();
                    let v = frame.pop();
                    if let Some(setter) = self.python_property(&obj, &name, "fset") {
                        let args = Args::new(vec![obj, v]);
                        self.invoke(fiber, setter, args, ReturnCtx::Discard)?;
                    } else if let Some(setattr) = python_method(&obj, "__setattr__") {
                        let args = Args::new(vec![obj, Value::str(&name), v]);
                        self.invoke(fiber, setattr, args, ReturnCtx::Discard)?;
                    } else {
                        self.set_attr(&obj, name, v)?;
                    }
                }
                Op::DeleteAttr(i) => {
                    let name = frame.name(i);
                    let obj = frame.pop();
                    self.del_attr(&obj, &name)?;
                }
                Op::LoadMethod(i) => {
                    let name = frame.name(i);
                    let obj = frame.pop();
                    let (a, b) = self.load_method(&obj, &name)?;
                    let frame = &mut fiber.top_entry().frame;
                    frame.stack.push(a);
                    frame.stack.push(b);
                }
                Op::CallMethod(argc) => {
                    let n = argc as usize;
                    let len = frame.stack.len();
                    let mut pos: Vec<Value> = frame.stack.drain(len - n..).collect();
                    let second = frame.pop();
                    let first = frame.pop();
                    let func = if let Value::Null = first {
                        second
                    } else {
                        pos.insert_at(0, second);
                        first
                    };
                    self.call_from_dispatch(fiber, func, Args::new(pos))?;
                }
                Op::Call(argc) => {
                    let n = argc as usize;
                    let len = frame.stack.len();
                    // Fast path: a plain Python function with exactly its positional parameters.
                    if let Value::Function(f) = frame.stack.at(len - n - 1) {
                        let code = &f.code;
                        if code.argcount as usize == n
                            && !code.has_varargs
                            && !code.has_varkw
                            && code.kwonlyargcount == 0
                            && code.cellvars.is_empty()
                            && code.kind == CodeKind::Function
                        {
                            let f = f.clone();
                            let mut locals: Vec<Option<Value>> =
                                Vec::with_capacity(code.varnames.len());
                            locals.extend(frame.stack.drain(len - n..).map(Some));
                            locals.resize(f.code.varnames.len(), None);
                            frame.stack.pop();
                            let new = Frame::new(
                                f.code.clone(),
                                f.globals.clone(),
                                locals,
                                f.closure.clone(),
                            );
                            self.push_frame(fiber, new, None, ReturnCtx::Call)?;
                            continue;
                        }
                    }
                    let pos: Vec<Value> = frame.stack.drain(len - n..).collect();
                    let func = frame.pop();
                    self.call_from_dispatch(fiber, func, Args::new(pos))?;
                }
                Op::CallKw(argc) => {
                    let names = match frame.stack.pop() {
                        Some(Value::Tuple(t)) => t,
                        _ => {
                            return Err(Interrupt::Fatal(Fatal::Internal(
                                "CallKw without names".into(),
                            )))
                        }
                    };
                    let n = argc as usize;
                    let len = frame.stack.len();
                    let mut all: Vec<Value> = frame.stack.drain(len - n..).collect();
                    let func = frame.pop();
                    let kwvals = all.split_off(n - names.len());
                    let kw = names
                        .iter()
                        .zip(kwvals)
                        .map(|(k, v)| match k {
                            Value::Str(s) => (s.clone(), v),
                            _ => (Rc::from(""), v),
                        })
                        .collect();
                    self.call_from_dispatch(fiber, func, Args { pos: all, kw })?;
                }
                Op::CallEx(has_kw) => {
                    let kwargs = if has_kw == 1 { frame.stack.pop() } else { None };
                    let args = frame.pop();
                    let func = frame.pop();
                    let pos = match args {
                        Value::Tuple(t) => t.to_vec(),
                        other => self.iterate(&other)?,
                    };
                    let mut kw = Vec::new();
                    if let Some(k) = kwargs {
                        match k {
                            Value::Dict(d) => {
                                for (key, v) in d.borrow().iter() {
                                    match key {
                                        Value::Str(s) => kw.push((s.clone(), v.clone())),
                                        _ => {
                                            return Err(self.type_error("keywords must be strings"))
                                        }
                                    }
                                }
                            }
                            other => {
                                return Err(self.type_error(format!(
                                    "argument after ** must be a mapping, not {}",
                                    self.type_name(&other)
                                )))
                            }
                        }
                    }
                    self.call_from_dispatch(fiber, func, Args { pos, kw })?;
                }
                Op::Return => {
                    let v = frame.stack.pop().unwrap_or(Value::None);
                    self.notice_deaths_at(frame)?;
                    if let Some(out) = self.do_return(fiber, v)? {
                        return Ok(out);
                    }
                }
                Op::BinarySubscr => {
                    let idx = frame.pop();
                    let obj = frame.pop();
                    if let Some(f) = python_method(&obj, "__getitem__") {
                        self.call_from_dispatch(fiber, f, Args::new(vec![obj, idx]))?;
                    } else {
                        let v = self.get_item(&obj, &idx)?;
                        fiber.top_entry().frame.stack.push(v);
                    }
                }
                Op::StoreSubscr => {
                    let idx = frame.pop();
                    let obj = frame.pop();
                    let v = frame.pop();
                    if let Some(f) = python_method(&obj, "__setitem__") {
                        self.invoke(fiber, f, Args::new(vec![obj, idx, v]), ReturnCtx::Discard)?;
                    } else {
                        self.set_item(&obj, idx, v)?;
                    }
                }
                Op::DeleteSubscr => {
                    let idx = frame.pop();
                    let obj = frame.pop();
                    if let Some(f) = python_method(&obj, "__delitem__") {
                        self.invoke(fiber, f, Args::new(vec![obj, idx]), ReturnCtx::Discard)?;
                    } else {
                        self.del_item(&obj, &idx)?;
                    }
                }
                Op::Pop => {
                    frame.stack.pop();
                    self.notice_deaths_at(frame)?;
                }
                Op::Dup => {
                    let v = frame.top().clone();
                    frame.stack.push(v);
                }
                Op::Dup2 => {
                    let len = frame.stack.len();
                    let a = frame.stack.at(len - 2).clone();
                    let b = frame.stack.at(len - 1).clone();
                    frame.stack.push(a);
                    frame.stack.push(b);
                }
                Op::Rot2 => {
                    let len = frame.stack.len();
                    frame.stack.swap(len - 1, len - 2);
                }
                Op::Rot3 => {
                    let v = frame.pop();
                    let len = frame.stack.len();
                    frame.stack.insert_at(len - 2, v);
                }
                Op::Rot4 => {
                    let v = frame.pop();
                    let len = frame.stack.len();
                    frame.stack.insert_at(len - 3, v);
                }
                Op::Binary(bop) | Op::InplaceBinary(bop) => {
                    let b = frame.pop();
                    let a = frame.pop();
                    // Fast paths for small ints.
                    if let (Value::Int(x), Value::Int(y)) = (&a, &b) {
                        let r = match bop {
                            BinOp::Add => x.checked_add(*y),
                            BinOp::Sub => x.checked_sub(*y),
                            BinOp::Mult => x.checked_mul(*y),
                            _ => None,
                        };
                        if let Some(r) = r {
                            frame.stack.push(Value::Int(r));
                            continue;
                        }
                    }
                    let inplace = matches!(op, Op::InplaceBinary(_));
                    // `proxy += items`: a manager's list changes at the broker.
                    let special = match bop {
                        BinOp::Add if inplace => "__iadd__",
                        BinOp::Mult if inplace => "__imul__",
                        _ => "",
                    };
                    if let Some(f) = waiting_method(&a, special) {
                        self.call_from_dispatch(fiber, f, Args::new(vec![a, b]))?;
                        continue;
                    }
                    let v = self.binary_op(&a, &b, bop, inplace)?;
                    fiber.top_entry().frame.stack.push(v);
                }
                Op::Unary(uop) => {
                    let a = frame.pop();
                    let v = match uop {
                        UnaryOp::Not => Value::Bool(!self.truthy(&a)?),
                        _ => self.unary_op(&a, uop)?,
                    };
                    fiber.top_entry().frame.stack.push(v);
                }
                Op::Compare(cop) => {
                    let b = frame.pop();
                    let a = frame.pop();
                    if let (Value::Int(x), Value::Int(y)) = (&a, &b) {
                        use crate::syntax::ast::CmpOp::*;
                        let r = match cop {
                            Lt => Some(x < y),
                            LtE => Some(x <= y),
                            Gt => Some(x > y),
                            GtE => Some(x >= y),
                            Eq => Some(x == y),
                            NotEq => Some(x != y),
                            _ => None,
                        };
                        if let Some(r) = r {
                            frame.stack.push(Value::Bool(r));
                            continue;
                        }
                    }
                    // `x in proxy`: a manager's proxy waits for the broker in
                    // its `__contains__` (`_not_contains` for `not in`; both
                    // return a bool), so it runs as a frame.
                    let contains = match cop {
                        crate::syntax::ast::CmpOp::In => "__contains__",
                        crate::syntax::ast::CmpOp::NotIn => "_not_contains",
                        _ => "",
                    };
                    if let Some(f) = waiting_method(&b, contains) {
                        self.call_from_dispatch(fiber, f, Args::new(vec![b, a]))?;
                        continue;
                    }
                    let v = self.compare_op(&a, &b, cop)?;
                    fiber.top_entry().frame.stack.push(v);
                }
                Op::BuildTuple(n) => {
                    let len = frame.stack.len();
                    let items: Vec<Value> = frame.stack.drain(len - n as usize..).collect();
                    frame.stack.push(Value::tuple(items));
                }
                Op::BuildList(n) => {
                    let len = frame.stack.len();
                    let items: Vec<Value> = frame.stack.drain(len - n as usize..).collect();
                    frame.stack.push(Value::list(items));
                }
                Op::BuildSet(n) => {
                    let len = frame.stack.len();
                    let items: Vec<Value> = frame.stack.drain(len - n as usize..).collect();
                    let mut d = Dict::new();
                    for it in items {
                        let k = self.key_in(&it, &d)?;
                        d.insert(k, it, Value::None);
                    }
                    fiber
                        .top_entry()
                        .frame
                        .stack
                        .push(Value::Set(Rc::new(RefCell::new(d))));
                }
                Op::BuildMap(n) => {
                    let len = frame.stack.len();
                    let items: Vec<Value> = frame.stack.drain(len - 2 * n as usize..).collect();
                    let mut d = Dict::new();
                    let mut it = items.into_iter();
                    while let (Some(k), Some(v)) = (it.next(), it.next()) {
                        let hk = self.key_in(&k, &d)?;
                        d.insert(hk, k, v);
                    }
                    fiber
                        .top_entry()
                        .frame
                        .stack
                        .push(Value::Dict(Rc::new(RefCell::new(d))));
                }
                Op::BuildSlice(n) => {
                    let step = if n == 3 { frame.pop() } else { Value::None };
                    let upper = frame.pop();
                    let lower = frame.pop();
                    frame
                        .stack
                        .push(Value::Slice(Rc::new([lower, upper, step])));
                }
                Op::BuildString(n) => {
                    let len = frame.stack.len();
                    let mut s = String::new();
                    for v in frame.stack.drain(len - n as usize..) {
                        if let Value::Str(p) = v {
                            s.push_str(&p);
                        }
                    }
                    frame.stack.push(Value::Str(Rc::from(s)));
                }
                Op::FormatValue(flags) => {
                    let spec = if flags & 4 != 0 {
                        frame.stack.pop()
                    } else {
                        None
                    };
                    let v = frame.pop();
                    let v = match flags & 3 {
                        1 => Value::Str(Rc::from(self.str_of(&v)?)),
                        2 => Value::Str(Rc::from(self.repr(&v)?)),
                        3 => Value::Str(Rc::from(crate::vm::ops::ascii_escape(&self.repr(&v)?))),
                        _ => v,
                    };
                    let spec = match spec {
                        Some(Value::Str(s)) => s,
                        _ => Rc::from(""),
                    };
                    let s = self.format_value(&v, &spec)?;
                    fiber.top_entry().frame.stack.push(Value::Str(Rc::from(s)));
                }
                Op::ListAppend(n) => {
                    let v = frame.pop();
                    let len = frame.stack.len();
                    if let Value::List(l) = frame.stack.at(len - n as usize) {
                        l.borrow_mut().push(v);
                    }
                }
                Op::SetAdd(n) => {
                    let v = frame.pop();
                    let len = frame.stack.len();
                    let target = frame.stack.at(len - n as usize).clone();
                    if let Value::Set(s) = target {
                        let k = self.dict_key(&s, &v)?;
                        s.borrow_mut().insert(k, v, Value::None);
                    }
                }
                Op::MapAdd(n) => {
                    let v = frame.pop();
                    let k = frame.pop();
                    let len = frame.stack.len();
                    let at_call = n & AT_CALL != 0 && !frame.code.hidden;
                    let n = (n & !AT_CALL) as usize;
                    let target = frame.stack.at(len - n).clone();
                    if let Value::Dict(d) = target {
                        let hk = self.dict_key(&d, &k)?;
                        if at_call && d.borrow().contains(&hk) {
                            let f = frame.stack.at(len - n - 2).clone();
                            return Err(self.repeated_keyword(&f, &k));
                        }
                        d.borrow_mut().insert(hk, k, v);
                    }
                }
                Op::ListExtend(n) => {
                    let v = frame.pop();
                    let len = frame.stack.len();
                    // The library's own calls stand for C code and its words.
                    if n & AT_CALL != 0 && !frame.code.hidden && !self.is_iterable(&v) {
                        let f = frame.stack.at(len - 2).clone();
                        let what = format!(
                            "argument after * must be an iterable, not {}",
                            self.type_name(&v)
                        );
                        return Err(self.call_error(&f, what));
                    }
                    let n = n & !AT_CALL;
                    if let Some(collect) = self.generator_collector(&v)? {
                        // List the generator in Python frames, then run this again.
                        frame.pc -= 1;
                        self.call_from_dispatch(fiber, collect, Args::new(vec![v]))?;
                        continue;
                    }
                    let len = frame.stack.len();
                    let target = frame.stack.at(len - n as usize).clone();
                    // The library's own `[*x]` stand for C code and its words.
                    let items = match frame.code.hidden {
                        true => self.iterate(&v)?,
                        false => self.unpack_items(&v, |t| {
                            format!("Value after * must be an iterable, not {t}")
                        })?,
                    };
                    if let Value::List(l) = target {
                        l.borrow_mut().extend(items);
                    }
                }
                Op::SetUpdate(n) => {
                    let v = frame.pop();
                    if let Some(collect) = self.generator_collector(&v)? {
                        frame.pc -= 1;
                        self.call_from_dispatch(fiber, collect, Args::new(vec![v]))?;
                        continue;
                    }
                    let len = frame.stack.len();
                    let target = frame.stack.at(len - n as usize).clone();
                    let items = self.iterate(&v)?;
                    if let Value::Set(s) = target {
                        for it in items {
                            let k = self.dict_key(&s, &it)?;
                            s.borrow_mut().insert(k, it, Value::None);
                        }
                    }
                }
                Op::DictMerge(n) => {
                    let v = frame.pop();
                    let len = frame.stack.len();
                    let at_call = n & AT_CALL != 0 && !frame.code.hidden;
                    let n = (n & !AT_CALL) as usize;
                    let f = frame.stack.at(len.saturating_sub(n + 2)).clone();
                    if at_call
                        && !matches!(v, Value::Dict(_))
                        && self.type_lookup(&v, "keys").is_none()
                    {
                        let what = format!(
                            "argument after ** must be a mapping, not {}",
                            self.type_name(&v)
                        );
                        return Err(self.call_error(&f, what));
                    }
                    let target = frame.stack.at(len - n).clone();
                    let items = self.mapping_items(&v)?;
                    if let Value::Dict(d) = target {
                        for (k, val) in items {
                            let hk = self.dict_key(&d, &k)?;
                            if at_call && d.borrow().contains(&hk) {
                                return Err(self.repeated_keyword(&f, &k));
                            }
                            d.borrow_mut().insert(hk, k, val);
                        }
                    }
                }
                Op::ListToTuple => {
                    if let Some(Value::List(l)) = frame.stack.pop() {
                        let items = l.borrow().clone();
                        frame.stack.push(Value::tuple(items));
                    }
                }
                Op::UnpackSequence(n) => {
                    let v = frame.pop();
                    let items = self
                        .unpack_items(&v, |t| format!("cannot unpack non-iterable {t} object"))?;
                    let n = n as usize;
                    if items.len() != n {
                        if items.len() > n {
                            return Err(self
                                .value_error(format!("too many values to unpack (expected {n})")));
                        }
                        return Err(self.value_error(format!(
                            "not enough values to unpack (expected {}, got {})",
                            n,
                            items.len()
                        )));
                    }
                    let frame = &mut fiber.top_entry().frame;
                    frame.stack.extend(items.into_iter().rev());
                }
                Op::UnpackEx(arg) => {
                    let before = (arg & 0xffff) as usize;
                    let after = (arg >> 16) as usize;
                    let v = frame.pop();
                    let items = self
                        .unpack_items(&v, |t| format!("cannot unpack non-iterable {t} object"))?;
                    if items.len() < before + after {
                        return Err(self.value_error(format!(
                            "not enough values to unpack (expected at least {}, got {})",
                            before + after,
                            items.len()
                        )));
                    }
                    let mut out = Vec::new();
                    out.extend_from_slice(&items[..before]);
                    out.push(Value::list(items[before..items.len() - after].to_vec()));
                    out.extend_from_slice(items.part(items.len() - after..));
                    let frame = &mut fiber.top_entry().frame;
                    frame.stack.extend(out.into_iter().rev());
                }
                Op::Jump(t) => frame.pc = t as usize,
                Op::PopJumpIfFalse(t) => {
                    let v = frame.pop();
                    let b = match v {
                        Value::Bool(b) => b,
                        other => self.truthy(&other)?,
                    };
                    if !b {
                        fiber.top_entry().frame.pc = t as usize;
                    }
                }
                Op::PopJumpIfTrue(t) => {
                    let v = frame.pop();
                    let b = match v {
                        Value::Bool(b) => b,
                        other => self.truthy(&other)?,
                    };
                    if b {
                        fiber.top_entry().frame.pc = t as usize;
                    }
                }
                Op::JumpIfFalseOrPop(t) => {
                    let v = frame.top().clone();
                    let b = self.truthy(&v)?;
                    let frame = &mut fiber.top_entry().frame;
                    if !b {
                        frame.pc = t as usize;
                    } else {
                        frame.stack.pop();
                    }
                }
                Op::JumpIfTrueOrPop(t) => {
                    let v = frame.top().clone();
                    let b = self.truthy(&v)?;
                    let frame = &mut fiber.top_entry().frame;
                    if b {
                        frame.pc = t as usize;
                    } else {
                        frame.stack.pop();
                    }
                }
                Op::GetIter => {
                    let v = frame.pop();
                    if let Some(f) = python_method(&v, "__iter__") {
                        self.call_from_dispatch(fiber, f, Args::new(vec![v]))?;
                    } else {
                        let it = self.get_iter(&v)?;
                        fiber.top_entry().frame.stack.push(it);
                    }
                }
                Op::ForIter(target) => {
                    let it = frame.top().clone();
                    let next = match it {
                        Value::Iterator(ref i) => Some(self.iter_next_native(i)?),
                        Value::Generator(ref g) => {
                            frame.pc = frame.lasti;
                            self.push_generator(fiber, g, ReturnCtx::ForIter, Ok(Value::None))?;
                            None
                        }
                        ref other => Some(self.call_next(other)?),
                    };
                    let frame = &mut fiber.top_entry().frame;
                    match next {
                        // A generator's frame runs next.
                        None => {}
                        Some(Some(v)) => frame.stack.push(v),
                        Some(None) => {
                            frame.stack.pop();
                            frame.pc = target as usize;
                            // What the loop held dies on its line (a
                            // never-awaited coroutine warns there).
                            drop(it);
                            self.notice_deaths_at(frame)?;
                        }
                    }
                }
                Op::GetAIter => {
                    let v = frame.pop();
                    let it = match self.type_lookup(&v, "__aiter__") {
                        Some(f) => self.call(&f, vec![v])?,
                        None => {
                            return Err(self.type_error(format!(
                                "'async for' requires an object with __aiter__ method, got {}",
                                self.type_name(&v)
                            )))
                        }
                    };
                    fiber.top_entry().frame.stack.push(it);
                }
                Op::GetANext => {
                    let it = frame.top().clone();
                    let aw = match self.type_lookup(&it, "__anext__") {
                        Some(f) => self.call(&f, vec![it])?,
                        None => {
                            return Err(self.type_error(format!(
                                "'async for' requires an iterator with __anext__ method, got {}",
                                self.type_name(&it)
                            )))
                        }
                    };
                    fiber.top_entry().frame.stack.push(aw);
                }
                Op::EndAsyncFor(_) => {
                    let exc = frame.pop();
                    if self.is_instance_of_kind(&exc, ExcKind::StopAsyncIteration) {
                        let frame = &mut fiber.top_entry().frame;
                        frame.stack.pop(); // the async iterator
                        if let Some(b) = frame.blocks.pop() {
                            if b.handler == EXCEPT_BODY {
                                frame.handled.pop();
                            }
                        }
                    } else {
                        return Err(Interrupt::Raise(self.reraise_value(exc)));
                    }
                }
                Op::MakeFunction(flags) => {
                    let code = match frame.stack.pop() {
                        Some(Value::Code(c)) => c,
                        _ => {
                            return Err(Interrupt::Fatal(Fatal::Internal(
                                "MakeFunction without code".into(),
                            )))
                        }
                    };
                    let closure = if flags & 4 != 0 {
                        match frame.stack.pop() {
                            Some(Value::Tuple(t)) => t
                                .iter()
                                .filter_map(|c| {
                                    if let Value::Cell(c) = c {
                                        Some(c.clone())
                                    } else {
                                        None
                                    }
                                })
                                .collect(),
                            _ => Vec::new(),
                        }
                    } else {
                        Vec::new()
                    };
                    let annotations = if flags & 8 != 0 {
                        frame.stack.pop()
                    } else {
                        None
                    };
                    let kwdefaults = if flags & 2 != 0 {
                        match frame.stack.pop() {
                            Some(Value::Dict(d)) => d
                                .borrow()
                                .iter()
                                .filter_map(|(k, v)| {
                                    if let Value::Str(s) = k {
                                        Some((s.clone(), v.clone()))
                                    } else {
                                        None
                                    }
                                })
                                .collect(),
                            _ => Vec::new(),
                        }
                    } else {
                        Vec::new()
                    };
                    let defaults = if flags & 1 != 0 {
                        match frame.stack.pop() {
                            Some(Value::Tuple(t)) => t.to_vec(),
                            _ => Vec::new(),
                        }
                    } else {
                        Vec::new()
                    };
                    let module = match frame.globals.borrow().get("__name__") {
                        Some(Value::Str(s)) => s.clone(),
                        _ => Rc::from("__main__"),
                    };
                    let f = PyFunction {
                        name: RefCell::new(code.name.clone()),
                        qualname: RefCell::new(code.qualname.clone()),
                        code,
                        globals: frame.globals.clone(),
                        defaults,
                        kwdefaults,
                        closure,
                        module,
                        attrs: RefCell::new(
                            annotations
                                .map(|a| vec![(Rc::from("__annotations__"), a)])
                                .unwrap_or_default(),
                        ),
                    };
                    let f = Rc::new(f);
                    self.track_function(&f);
                    frame.stack.push(Value::Function(f));
                }
                Op::AsyncGenWrap => {
                    let v = frame.pop();
                    frame.stack.push(Value::tuple(vec![Value::Null, v]));
                }
                Op::YieldValue => {
                    let v = frame.pop();
                    if let Some(out) = self.do_yield(fiber, v)? {
                        return Ok(out);
                    }
                }
                Op::YieldFrom => {
                    let sent = frame.pop();
                    let delegate = frame.top().clone();
                    match delegate {
                        Value::Generator(g) => {
                            frame.pc = frame.lasti;
                            self.push_generator(fiber, &g, ReturnCtx::YieldFrom, Ok(sent))?;
                        }
                        // `agen.athrow(exc)`: throw in first, then drive the generator.
                        // `agen.asend(v)` (four items): send `v` in.
                        Value::Tuple(t) if t.len() >= 3 && matches!(t[0], Value::Null) => {
                            let Value::Generator(g) = t[1].clone() else {
                                return Err(self.type_error("athrow() needs a generator"));
                            };
                            frame.pc = frame.lasti;
                            *frame.top_mut() = t.at(1).clone();
                            let v = t.at(2).clone();
                            let sent = if t.len() == 3 { Err(v) } else { Ok(v) };
                            self.push_generator(fiber, &g, ReturnCtx::YieldFrom, sent)?;
                        }
                        Value::Future(fut) => {
                            if fut.done() {
                                frame.stack.pop();
                                let r = self.future_result(&fut)?;
                                fiber.top_entry().frame.stack.push(r);
                            } else if fut.blocking.get() {
                                // Resumed while the future is still pending.
                                return Err(self.new_exc(
                                    ExcKind::RuntimeError,
                                    "await wasn't used with future",
                                ));
                            } else {
                                fut.blocking.set(true);
                                frame.pc = frame.lasti;
                                if let Some(out) =
                                    self.do_yield(fiber, Value::Future(fut.clone()))?
                                {
                                    return Ok(out);
                                }
                            }
                        }
                        other => {
                            // A native iterator driven by `yield from`.
                            match self.call_next(&other)? {
                                Some(v) => {
                                    frame.pc = frame.lasti;
                                    let frame = &mut fiber.top_entry().frame;
                                    frame.pc = frame.lasti;
                                    if let Some(out) = self.do_yield(fiber, v)? {
                                        return Ok(out);
                                    }
                                }
                                None => {
                                    let frame = &mut fiber.top_entry().frame;
                                    frame.stack.pop();
                                    frame.stack.push(Value::None);
                                }
                            }
                        }
                    }
                }
                Op::GetAwaitable => {
                    let v = frame.pop();
                    let aw = self.get_awaitable(v)?;
                    fiber.top_entry().frame.stack.push(aw);
                }
                Op::SetupFinally(h) => {
                    let depth = frame.stack.len() as u32;
                    frame.blocks.push(Block { handler: h, depth });
                }
                Op::PopBlock => {
                    frame.blocks.pop();
                }
                Op::SetHandled => {
                    let exc = frame.pop();
                    if let Some(top) = frame.handled.last_mut() {
                        *top = exc.clone();
                    }
                    self.handled_exc = Some(exc);
                }
                Op::PopExcept => {
                    if let Some(b) = frame.blocks.pop() {
                        if b.handler == EXCEPT_BODY {
                            frame.handled.pop();
                            self.handled_exc = Self::handled_exception(fiber);
                            // The exception handled may go now, and what its
                            // traceback kept with it.
                            let frame = &fiber.top_entry().frame;
                            self.notice_deaths_at(frame)?;
                        }
                    }
                }
                Op::Raise(n) => {
                    let exc = match n {
                        0 => match Self::handled_exception(fiber) {
                            // A bare `raise` keeps the traceback as it was: this
                            // frame is already in it (CPython's RERAISE).
                            Some(e) => {
                                let e = self.reraise_value(e);
                                if let Some(out) = self.unwind(fiber, e, false) {
                                    return Ok(out);
                                }
                                continue;
                            }
                            None => {
                                return Err(self.new_exc(
                                    ExcKind::RuntimeError,
                                    "No active exception to reraise",
                                ))
                            }
                        },
                        1 => {
                            let e = frame.pop();
                            self.make_raisable(e)?
                        }
                        _ => {
                            let cause = frame.pop();
                            let e = frame.pop();
                            let e = self.make_raisable(e)?;
                            let cause = if cause.is_none() {
                                None
                            } else {
                                Some(self.make_raisable(cause)?)
                            };
                            self.set_cause(&e, cause, false);
                            e
                        }
                    };
                    if let Some(ctx) = Self::handled_exception(fiber) {
                        if !ctx.is(&exc) {
                            self.set_context_if_unset(&exc, ctx);
                        }
                    }
                    return Err(Interrupt::Raise(exc));
                }
                Op::Reraise => {
                    let exc = frame.pop();
                    // Leave the handler block before re-raising.
                    if let Some(b) = frame.blocks.pop() {
                        if b.handler == EXCEPT_BODY {
                            frame.handled.pop();
                        } else {
                            frame.blocks.push(b);
                        }
                    }
                    if let Some(out) = self.unwind(fiber, exc, false) {
                        return Ok(out);
                    }
                }
                Op::CheckExcMatch => {
                    let typ = frame.pop();
                    let exc = frame.top().clone();
                    let m = self.exception_matches(&exc, &typ)?;
                    fiber.top_entry().frame.stack.push(Value::Bool(m));
                }
                Op::BeforeWith | Op::BeforeAsyncWith => {
                    let ctx = frame.pop();
                    self.enter_context(fiber, ctx, op == Op::BeforeAsyncWith)?;
                }
                Op::CallExitNone => {
                    let exit = frame.pop();
                    self.call_from_dispatch(
                        fiber,
                        exit,
                        Args::new(vec![Value::None, Value::None, Value::None]),
                    )?;
                }
                Op::CallExitExc => {
                    let len = frame.stack.len();
                    let exc = frame.stack.at(len - 1).clone();
                    let exit = frame.stack.at(len - 2).clone();
                    let typ = Value::Class(self.class_of(&exc));
                    let tb = self.get_attr(&exc, "__traceback__")?;
                    self.call_from_dispatch(fiber, exit, Args::new(vec![typ, exc, tb]))?;
                }
                Op::ExitSuppressOrReraise(target) => {
                    let result = frame.pop();
                    let suppress = self.truthy(&result)?;
                    let frame = &mut fiber.top_entry().frame;
                    let exc = frame.pop();
                    frame.stack.pop(); // exit
                    if let Some(b) = frame.blocks.pop() {
                        if b.handler == EXCEPT_BODY {
                            frame.handled.pop();
                        }
                    }
                    if suppress {
                        frame.pc = target as usize;
                    } else if let Some(out) = self.unwind(fiber, exc, false) {
                        return Ok(out);
                    }
                }
                Op::ImportName(i) => {
                    let name = frame.name(i);
                    let m = self.import_module(&name)?;
                    fiber.top_entry().frame.stack.push(m);
                }
                Op::ImportFrom(i) => {
                    let name = frame.name(i);
                    let m = frame.top().clone();
                    let v = match self.get_attr(&m, &name) {
                        Ok(v) => v,
                        Err(Interrupt::Raise(_)) => {
                            let mname = match &m {
                                Value::Module(md) => md.name.clone(),
                                _ => Rc::from("?"),
                            };
                            // `from package import submodule`
                            let sub = format!("{mname}.{name}");
                            if crate::modules::is_library(&sub) {
                                self.import_module(&sub)?;
                                self.get_attr(&m, &name)?
                            } else {
                                return Err(self.import_error(&mname, &name));
                            }
                        }
                        Err(e) => return Err(e),
                    };
                    fiber.top_entry().frame.stack.push(v);
                }
                Op::ImportStar => {
                    let m = frame.pop();
                    if let Value::Module(md) = m {
                        let items: Vec<(Rc<str>, Value)> = md
                            .globals
                            .borrow()
                            .iter()
                            .filter(|(k, _)| !k.starts_with('_'))
                            .map(|(k, v)| (k.clone(), v.clone()))
                            .collect();
                        let frame = &mut fiber.top_entry().frame;
                        for (k, v) in items {
                            frame.globals.borrow_mut().insert(k, v);
                        }
                    }
                }
                Op::LoadBuildClass => {
                    let v = self
                        .builtins
                        .borrow()
                        .get("__build_class__")
                        .cloned()
                        .unwrap_or(Value::None);
                    frame.stack.push(v);
                }
                Op::LoadAssertionError => {
                    frame
                        .stack
                        .push(Value::Class(self.types.exc(ExcKind::AssertionError)));
                }
            }
        }
    }

    /// `with` / `async with`: push the bound exit method, call the enter one.
    fn enter_context(&mut self, fiber: &mut Fiber, ctx: Value, is_async: bool) -> PyResult<()> {
        let (enter_name, exit_name, what) = if is_async {
            ("__aenter__", "__aexit__", "asynchronous context manager")
        } else {
            ("__enter__", "__exit__", "context manager")
        };
        let (Some(enter), Some(exit)) = (
            self.type_lookup(&ctx, enter_name),
            self.type_lookup(&ctx, exit_name),
        ) else {
            let tn = self.type_name(&ctx);
            return Err(self.type_error(format!(
                "'{tn}' object does not support the {what} protocol"
            )));
        };
        let bound_exit = Value::BoundMethod(Rc::new(BoundMethod {
            receiver: ctx.clone(),
            func: exit,
        }));
        fiber.top_entry().frame.stack.push(bound_exit);
        self.call_from_dispatch(fiber, enter, Args::new(vec![ctx]))
    }

    fn cell_name(&self, code: &Code, i: u32) -> Rc<str> {
        let i = i as usize;
        if i < code.cellvars.len() {
            code.cellvars.at(i).clone()
        } else {
            code.freevars
                .get(i - code.cellvars.len())
                .cloned()
                .unwrap_or_else(|| Rc::from("?"))
        }
    }

    fn check_budget(&mut self, frame: &Frame) -> PyResult<()> {
        if self.instructions >= self.budgets.max_instructions {
            return Err(Interrupt::Fatal(Fatal::Budget(format!(
                "the program ran more than {} instructions (line {} was running): is there an endless loop?",
                self.budgets.max_instructions,
                frame.line()
            ))));
        }
        // Nested calls come here at every instruction once their slice is
        // over: they read the clock every million.
        if let (Some(limit), Some(start)) = (self.budgets.max_seconds, self.started) {
            if (self.nested == 0 || self.instructions & 0xfffff == 0)
                && start.elapsed().as_secs_f64() > limit
            {
                return Err(Interrupt::Fatal(Fatal::Time(format!(
                    "the program ran for more than {limit} second{} (line {} was running): is there an endless loop?",
                    if limit == 1.0 { "" } else { "s" },
                    frame.line()
                ))));
            }
        }
        if self.nested == 0 {
            // Pause here; the slice owner sets a new end.
            self.slice_end = self.budgets.max_instructions;
            return Err(Interrupt::Suspend(Suspension::Slice));
        }
        // Nested calls cannot pause: the slice ends when they return.
        Ok(())
    }

    /// Call from inside the dispatch loop: Python frames are pushed, natives run now.
    /// A property of `obj`'s class whose `accessor` (`fget`, `fset`) is
    /// written in Python, where nothing else on the class takes over the
    /// attribute: it runs as a frame of the fiber, so it may block (a
    /// `multiprocessing.Value` asks another process) and shows in tracebacks.
    fn python_property(&self, obj: &Value, name: &str, accessor: &str) -> Option<Value> {
        let Value::Instance(inst) = obj else {
            return None;
        };
        let Some(Value::Instance(d)) = inst.class.lookup(name) else {
            return None;
        };
        if !Rc::ptr_eq(&d.class, &self.types.property) {
            return None;
        }
        let f @ Value::Function(_) = d.get_attr(accessor)? else {
            return None;
        };
        // `__getattr__` runs when a getter raises AttributeError.
        let hooks: &[&str] = if accessor == "fget" {
            &["__getattribute__", "__getattr__"]
        } else {
            &["__setattr__"]
        };
        let overridden = hooks.iter().any(|hook| python_method(obj, hook).is_some());
        (!overridden).then_some(f)
    }

    fn call_from_dispatch(&mut self, fiber: &mut Fiber, func: Value, args: Args) -> PyResult<()> {
        if let Some(top) = fiber.entries.last() {
            // Deaths noticed in our library's code are placed on the
            // program's latest line.
            if !top.frame.code.hidden {
                self.user_line = top.frame.line();
            }
            self.caller_line = self.user_line;
        }
        // Keep a running coroutine's line current for reprs of its task.
        if let Some(first) = fiber.entries.first() {
            if let Some(g) = &first.owner {
                if let Ok(mut g) = g.try_borrow_mut() {
                    g.line = first.frame.line();
                }
            }
        }
        // The Python versions hand their collected items to the natives.
        let in_versions = match (&self.generator_calls, fiber.entries.last()) {
            (Some(g), Some(top)) => Rc::ptr_eq(g, &top.frame.globals),
            _ => false,
        };
        let python = if in_versions {
            None
        } else {
            self.generator_call(&func, &args)?
        };
        let func = match python {
            Some(python) => python,
            None => func,
        };
        if let Some(v) = self.invoke(fiber, func, args, ReturnCtx::Call)? {
            fiber.top_entry().frame.stack.push(v);
        }
        Ok(())
    }

    fn do_return(&mut self, fiber: &mut Fiber, value: Value) -> PyResult<Option<FiberOutcome>> {
        let entry = self.pop_entry(fiber);
        if let Some(g) = &entry.owner {
            let mut g = g.borrow_mut();
            g.state = GenState::Finished;
            g.frame = None;
        }
        // An async generator that finishes ends the `async for` awaiting it.
        if entry.frame.code.kind == CodeKind::AsyncGenerator
            && matches!(entry.ctx, ReturnCtx::YieldFrom)
        {
            return Err(Interrupt::Raise(
                self.make_exc(self.types.exc(ExcKind::StopAsyncIteration), vec![]),
            ));
        }
        match entry.ctx {
            ReturnCtx::Bottom => Ok(Some(FiberOutcome::Returned(value))),
            ReturnCtx::Call => {
                fiber.top_entry().frame.stack.push(value);
                Ok(None)
            }
            ReturnCtx::Discard => Ok(None),
            ReturnCtx::Init(obj) => {
                self.check_init_result(&value)?;
                fiber.top_entry().frame.stack.push(obj);
                Ok(None)
            }
            ReturnCtx::YieldFrom => {
                let parent = &mut fiber.top_entry().frame;
                parent.stack.pop();
                parent.stack.push(value);
                parent.pc += 1;
                Ok(None)
            }
            ReturnCtx::ForIter => {
                let parent = &mut fiber.top_entry().frame;
                parent.stack.pop();
                if let Op::ForIter(t) = *parent.code.ops.at(parent.pc) {
                    parent.pc = t as usize;
                }
                Ok(None)
            }
        }
    }

    fn do_yield(&mut self, fiber: &mut Fiber, value: Value) -> PyResult<Option<FiberOutcome>> {
        loop {
            let entry = self.pop_entry(fiber);
            // An async generator's own `yield`: the awaiting `__anext__` gets the value.
            let unwrapped = match (&value, &entry.ctx) {
                (Value::Tuple(t), ReturnCtx::YieldFrom)
                    if t.len() == 2
                        && matches!(t[0], Value::Null)
                        && entry.frame.code.kind == CodeKind::AsyncGenerator =>
                {
                    Some(t[1].clone())
                }
                _ => None,
            };
            let Some(gen) = entry.owner else {
                return Err(Interrupt::Fatal(Fatal::Internal(
                    "yield outside a generator frame".into(),
                )));
            };
            {
                let mut g = gen.borrow_mut();
                g.line = entry.frame.line();
                let mut frame = entry.frame;
                // Suspended coroutines can be many (a task each) and wait long:
                // give back the spare room of a stack that grew.
                if frame.stack.capacity() > frame.stack.len() + 4 {
                    frame.stack.shrink_to_fit();
                }
                g.frame = Some(frame);
                g.state = GenState::Suspended;
            }
            if let Some(v) = unwrapped {
                let parent = &mut fiber.top_entry().frame;
                parent.stack.pop();
                parent.stack.push(v);
                parent.pc += 1;
                return Ok(None);
            }
            match entry.ctx {
                ReturnCtx::Bottom => return Ok(Some(FiberOutcome::Yielded(value))),
                ReturnCtx::YieldFrom => continue,
                ReturnCtx::ForIter => {
                    let parent = &mut fiber.top_entry().frame;
                    parent.pc += 1;
                    parent.stack.push(value);
                    return Ok(None);
                }
                ReturnCtx::Call | ReturnCtx::Discard | ReturnCtx::Init(_) => {
                    return Err(Interrupt::Fatal(Fatal::Internal(
                        "generator frame called directly".into(),
                    )))
                }
            }
        }
    }

    /// What died by `frame`'s instruction is seen to: warnings given (at
    /// its line, or the program's latest if it is our library's),
    /// finalizers run.
    #[inline]
    fn notice_deaths_at(&mut self, frame: &Frame) -> PyResult<()> {
        if DEATH_NOTICE.with(|d| d.get()) {
            self.caller_line = match frame.code.hidden {
                true => self.user_line,
                false => frame.line(),
            };
            self.notice_deaths()?;
        }
        Ok(())
    }

    /// Emit warnings for objects that died since the last check.
    pub fn notice_deaths(&mut self) -> PyResult<()> {
        if !DEATH_NOTICE.with(|d| d.replace(false)) {
            return Ok(());
        }
        crate::vm::loops::LoopLibrary::report_deaths(self)
    }
}

fn name_list(names: &[Rc<str>]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted.at(0).clone(),
        2 => format!("{} and {}", *quoted.at(0), *quoted.at(1)),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), *quoted.at(n - 1)),
    }
}

thread_local!(static NEXT_VM_ID: std::cell::Cell<u32> = const { std::cell::Cell::new(0) });

/// `obj`'s special method `name`, written in Python, when its class says
/// its reads wait (`_waits`, a manager's proxy).
fn waiting_method(obj: &Value, name: &str) -> Option<Value> {
    match obj {
        Value::Instance(inst) if inst.class.lookup("_waits").is_some() => python_method(obj, name),
        _ => None,
    }
}

/// `obj`'s `__getattr__` written in Python when `name` is found nowhere
/// else (so that it is what answers): run as a frame, like the others.
fn python_getattr(obj: &Value, name: &str) -> Option<Value> {
    let Value::Instance(inst) = obj else {
        return None;
    };
    let absent = inst.exc.is_none()
        && inst.get_attr(name).is_none()
        && inst.class.lookup(name).is_none()
        && !matches!(name, "__class__" | "__module__" | "__dict__")
        && python_method(obj, "__getattribute__").is_none();
    absent.then(|| python_method(obj, "__getattr__")).flatten()
}

/// `obj`'s special method `name` when its class has one written in Python:
/// the dispatch loop runs it as a frame of the fiber (so it may block, and
/// shows in tracebacks) instead of a nested call.
fn python_method(obj: &Value, name: &str) -> Option<Value> {
    match obj {
        Value::Instance(inst) => match inst.class.lookup(name) {
            f @ Some(Value::Function(_)) => f,
            _ => None,
        },
        _ => None,
    }
}
