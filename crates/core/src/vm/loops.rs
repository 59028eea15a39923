//! What the VM holds of the asyncio library built on it: the state of a
//! program's event loops (ready queues, timers, tasks), declared here as
//! CPython's interpreter state declares its subsystems' and worked on by
//! `asyncio/`; and the interface through which the VM asks that library for
//! what only it knows (a task's repr, CPython's lines for its frames), which
//! the library implements: the VM names none of `asyncio`'s functions.

use crate::compiler::Code;
use crate::vm::frame::Fiber;
use crate::vm::object::{Frames, FutureObj, LoopObj, TimerHandleObj};
use crate::vm::value::Value;
use crate::vm::PyResult;
use std::collections::{BinaryHeap, VecDeque};
use std::rc::{Rc, Weak};

/// One queued callback.
pub enum Handle {
    /// A Python (or native) callable with arguments; `timer` links it to a
    /// `TimerHandle` that can cancel it.
    Callback {
        func: Value,
        args: Vec<Value>,
        timer: Option<Rc<TimerHandleObj>>,
    },
    /// Run one step of a task, throwing `exc` if given; `wake_from` is the
    /// future whose completion woke it (its exception is thrown in).
    TaskStep {
        task: Rc<FutureObj>,
        exc: Option<Value>,
        wake_from: Option<Rc<FutureObj>>,
    },
}

pub struct Timer {
    pub when: f64,
    /// `when` in whole nanoseconds: deadlines a rounding error apart (the
    /// page's clock starts anywhere, so `t + 0.1 + 0.1` and `t + 0.2` may
    /// differ in the last bit) are one instant, taken in the order set, as
    /// on the CLI's clock; under CPython the later-set one is also later.
    pub ns: i64,
    pub seq: u64,
    pub handle: Rc<TimerHandleObj>,
}

pub struct LoopState {
    pub obj: Rc<LoopObj>,
    pub ready: VecDeque<Handle>,
    pub timers: BinaryHeap<Timer>,
    pub closed: bool,
    pub stopping: bool,
    /// The loop sleeps until a timer (the first): (that instant, the
    /// instant CPython's loop would wake, see `sleep_until`).
    pub woken_for: Option<(f64, f64)>,
    /// `loop.set_debug()`: debug mode's checks and reports.
    pub debug: bool,
    /// While it runs: the frames of the thread that runs it, outermost
    /// first, down to its `_run_once` (the caller's, then CPython's), which
    /// every stack taken inside the loop starts with.
    pub entered: Vec<CodeAt>,
    /// The thread running it (`threading`'s index), while it runs.
    pub thread: Option<u32>,
}

/// All event loops of a program and the asyncio state around them.
#[derive(Default)]
pub struct LoopSet {
    pub loops: Vec<LoopState>,
    pub running: Option<usize>,
    /// `set_event_loop` / the loop `get_event_loop` returns.
    pub current: Option<usize>,
    pub current_task: Option<Rc<FutureObj>>,
    /// Some loop was put in debug mode: calls record where they were made.
    pub debug_any: bool,
    /// In debug mode, the stack of the latest native call from Python
    /// (hidden frames included), for what it makes (`library::note_creation`).
    pub caller_stack: Vec<CodeAt>,
    /// Set while what a callback left dies in CPython's `Handle._run`
    /// (where a never-awaited coroutine's warning points).
    pub dying_in_handle: bool,
    pub task_counter: u32,
    pub tasks: Vec<Weak<FutureObj>>,
    /// Compact `tasks` when it reaches this length.
    pub next_compact: usize,
    pub timer_seq: u64,
}

/// A frame's code and where it stands (an instruction, or a line).
type CodeAt = (Rc<Code>, u32);

/// What the VM asks of the asyncio library, which implements this for `Vm`
/// (in `asyncio/`).
pub trait LoopLibrary {
    /// A future's or a task's repr.
    fn future_repr(&mut self, f: &Rc<FutureObj>) -> PyResult<String>;
    /// A pending task's repr as it dies (no VM at hand); `coro_closed`: its
    /// coroutine was closed first.
    fn pending_task_repr(f: &FutureObj, coro_closed: bool) -> String;
    /// A future's, a task's or a timer handle's attribute (`_state`,
    /// `_source_traceback`...).
    fn loop_attribute(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>>;
    /// Debug mode: the stack of a call (the loop's frames, then the fiber's).
    fn caller_stack(&self, fiber: &Fiber) -> Vec<CodeAt>;
    /// Debug mode: where a coroutine was made.
    fn coroutine_origin(&self, fiber: &Fiber) -> Option<Frames>;
    /// Report what died since the last call (never-awaited coroutines,
    /// unretrieved exceptions, destroyed pending tasks).
    fn report_deaths(&mut self) -> PyResult<()>;
    /// The text of a line of CPython's library a frame stands on.
    fn source_line(filename: &str, line: u32) -> Option<&'static str>;
}
