//! Heap objects behind `Value`: classes and instances, functions, modules,
//! generators/coroutines, iterators, and the asyncio objects the event loop
//! implements natively (futures, tasks, loops, timer handles).

use crate::at::{At, VecAt};
use crate::cell::RefCell;
use crate::compiler::Code;
use crate::vm::frame::Frame;
use crate::vm::interp::Vm;
use crate::vm::value::{CellRef, NameMap, Value};
use crate::vm::PyResult;
use std::cell::Cell;
use std::rc::Rc;

pub type Globals = Rc<RefCell<NameMap>>;

/// Arguments of a native call: positional (with `self` first for methods) and keyword.
#[derive(Default, Debug)]
pub struct Args {
    pub pos: Vec<Value>,
    pub kw: Vec<(Rc<str>, Value)>,
}

impl Args {
    pub fn new(pos: Vec<Value>) -> Args {
        Args {
            pos,
            kw: Vec::new(),
        }
    }

    /// Positional argument `i`, which the caller has checked is there.
    /// Calls share this one bounds check and its source location.
    pub fn at(&self, i: usize) -> &Value {
        self.pos.at(i)
    }

    /// Take a keyword argument by name.
    pub fn take_kw(&mut self, name: &str) -> Option<Value> {
        let i = self.kw.iter().position(|(k, _)| &**k == name)?;
        Some(self.kw.remove_at(i).1)
    }
}

pub type NativeFn = fn(&mut Vm, Args) -> PyResult<Value>;

/// `NativeFunction::owner` of natives standing in for functions CPython
/// writes in Python (their repr is `<function NAME at 0x...>`).
pub const PYTHON_LEVEL: &str = "<python>";

pub struct NativeFunction {
    pub name: Rc<str>,
    pub func: NativeFn,
    /// Prepended to the positional arguments (bound methods of native objects).
    pub bound: Option<Value>,
    /// Extra state a native closure needs (e.g. the task a wake-up callback resumes).
    pub data: Option<Value>,
    /// Owning type's name, for reprs like `<built-in method append of list object>`.
    pub owner: Option<Rc<str>>,
    /// How many arguments it takes, checked before it runs (`argspec`).
    pub spec: Option<crate::vm::argspec::ArgSpec<'static>>,
}

impl std::fmt::Debug for NativeFunction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<native {}>", self.name)
    }
}

#[derive(Debug)]
pub struct PyFunction {
    pub code: Rc<Code>,
    pub globals: Globals,
    pub defaults: Vec<Value>,
    pub kwdefaults: Vec<(Rc<str>, Value)>,
    pub closure: Vec<CellRef>,
    pub name: RefCell<Rc<str>>,
    pub qualname: RefCell<Rc<str>>,
    pub module: Rc<str>,
    pub attrs: RefCell<Vec<(Rc<str>, Value)>>,
}

#[derive(Debug)]
pub struct BoundMethod {
    pub receiver: Value,
    pub func: Value,
}

#[derive(Debug)]
pub struct ModuleObj {
    pub name: Rc<str>,
    pub globals: Globals,
}

/// Which built-in behaviour a class's instances get.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClassKind {
    /// A plain Python class (instances are `Instance`).
    Object,
    /// `BaseException` or a subclass: instances carry `ExcData`.
    Exception,
    /// A built-in type whose values are not `Instance`s (int, list, ...).
    Builtin,
}

pub struct Class {
    pub name: Rc<str>,
    pub qualname: RefCell<Rc<str>>,
    pub module: Rc<str>,
    pub bases: Vec<Rc<Class>>,
    /// Method resolution order, excluding the class itself.
    pub mro: Vec<Rc<Class>>,
    pub dict: RefCell<NameMap>,
    pub kind: ClassKind,
    /// The metaclass, when it is not `type`.
    pub meta: Option<Rc<Class>>,
    /// It or a base defines `__del__` (asked on every instance's death).
    pub has_del: Cell<bool>,
}

impl std::fmt::Debug for Class {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<class '{}'>", self.name)
    }
}

impl Class {
    /// Look an attribute up along the MRO.
    pub fn lookup(&self, name: &str) -> Option<Value> {
        if let Some(v) = self.dict.borrow().get(name) {
            return Some(v.clone());
        }
        for c in &self.mro {
            if let Some(v) = c.dict.borrow().get(name) {
                return Some(v.clone());
            }
        }
        None
    }

    pub fn is_subclass_of(self: &Rc<Class>, other: &Rc<Class>) -> bool {
        Rc::ptr_eq(self, other) || self.mro.iter().any(|c| Rc::ptr_eq(c, other))
    }
}

/// A caught or raised exception's state.
#[derive(Debug, Default)]
pub struct ExcData {
    pub args: Vec<Value>,
    /// (code, instruction) pairs, innermost first (printed reversed).
    pub traceback: Vec<(Rc<Code>, u32)>,
    pub cause: Option<Value>,
    pub context: Option<Value>,
    pub suppress_context: bool,
    /// "Did you mean" for NameError/AttributeError: shown in tracebacks
    /// only, not in `str(exc)`, as CPython does.
    pub suggestion: Option<Rc<str>>,
    /// What the frames it left held (their locals), alive while it is, as
    /// CPython's traceback keeps its frames: a coroutine only they hold
    /// warns when the exception goes (after an uncaught one's traceback).
    pub unwound: Vec<Value>,
}

pub struct Instance {
    pub class: Rc<Class>,
    pub attrs: RefCell<Vec<(Rc<str>, Value)>>,
    pub exc: Option<RefCell<ExcData>>,
    /// Its `__del__` has run (it runs once, as PEP 442 has it).
    pub finalized: Cell<bool>,
    /// A weak reference's callback waits for its death (`_weakref`).
    pub watched: Cell<bool>,
}

impl Drop for Instance {
    fn drop(&mut self) {
        if self.watched.get() {
            WEAK_DIED.with(|d| d.borrow_mut().push(owned(self as *const Instance as usize)));
            FINALIZE_NOTICE.with(|d| d.set(true));
        }
        // An object with `__del__` is revived under a new `Rc` (same class,
        // attributes and exception data) for the VM to call it at its next
        // instruction: a drop cannot run Python code.
        if self.class.has_del.get() && !self.finalized.get() {
            let revived = Instance {
                class: self.class.clone(),
                attrs: RefCell::new(std::mem::take(self.attrs.get_mut())),
                exc: self.exc.take(),
                finalized: Cell::new(true),
                watched: Cell::new(false),
            };
            TO_FINALIZE.with(|f| f.borrow_mut().push(owned(Rc::new(revived))));
            DEATH_NOTICE.with(|d| d.set(true));
            FINALIZE_NOTICE.with(|d| d.set(true));
            return;
        }
        let attrs = self.attrs.get_mut();
        if attrs.iter().any(|a| crate::vm::value::dies_within(&a.1)) {
            crate::vm::value::release(attrs.drain(..).map(|a| a.1).collect());
        }
    }
}

impl std::fmt::Debug for Instance {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<{} instance>", self.class.name)
    }
}

impl Instance {
    pub fn new(class: Rc<Class>) -> Instance {
        let exc = if class.kind == ClassKind::Exception {
            Some(RefCell::new(ExcData::default()))
        } else {
            None
        };
        Instance {
            class,
            attrs: RefCell::new(Vec::new()),
            exc,
            finalized: Cell::new(false),
            watched: Cell::new(false),
        }
    }

    pub fn get_attr(&self, name: &str) -> Option<Value> {
        self.attrs
            .borrow()
            .iter()
            .find(|(k, _)| &**k == name)
            .map(|(_, v)| v.clone())
    }

    pub fn set_attr(&self, name: Rc<str>, value: Value) {
        let mut attrs = self.attrs.borrow_mut();
        if let Some(slot) = attrs.iter_mut().find(|(k, _)| **k == *name) {
            slot.1 = value;
        } else {
            attrs.push((name, value));
        }
    }

    pub fn del_attr(&self, name: &str) -> bool {
        let mut attrs = self.attrs.borrow_mut();
        match attrs.iter().position(|(k, _)| &**k == name) {
            Some(i) => {
                attrs.remove_at(i);
                true
            }
            None => false,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenState {
    Created,
    Suspended,
    Running,
    Finished,
}

pub struct Generator {
    pub frame: Option<Box<Frame>>,
    pub state: GenState,
    pub code: Rc<Code>,
    /// `__name__` and `__qualname__` when they differ from the code's
    /// (a renamed function); most generators share the code's.
    renamed: Option<Box<(Rc<str>, Rc<str>)>>,
    /// Line where it is suspended (or its `def` line before it starts).
    pub line: u32,
    /// The location that created it (for "was never awaited" warnings).
    pub origin_line: u32,
    /// `cr_origin`: the frames that made it, while a debug-mode loop runs.
    pub origin: Option<Frames>,
}

impl Generator {
    pub fn new(
        frame: Box<Frame>,
        code: Rc<Code>,
        name: Rc<str>,
        qualname: Rc<str>,
        origin_line: u32,
    ) -> Generator {
        let renamed =
            (name != code.name || qualname != code.qualname).then(|| Box::new((name, qualname)));
        Generator {
            frame: Some(frame),
            state: GenState::Created,
            line: code.first_line,
            code,
            renamed,
            origin_line,
            origin: None,
        }
    }

    pub fn name(&self) -> &Rc<str> {
        self.renamed.as_ref().map_or(&self.code.name, |r| &r.0)
    }

    pub fn qualname(&self) -> &Rc<str> {
        self.renamed.as_ref().map_or(&self.code.qualname, |r| &r.1)
    }
}

impl std::fmt::Debug for Generator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<generator {}>", self.qualname())
    }
}

/// A coroutine never awaited: its qualified name, the line that made it
/// and, in debug mode, the frames that did.
pub type Unawaited = (Rc<str>, u32, Option<Frames>);

// What died badly, by the VM whose code was running (`RUNNING_VM`): the
// programs of a page share one thread, and each warns about its own only.
thread_local! {
    /// Coroutines that died without ever running, waiting for the VM to warn.
    pub static UNAWAITED: RefCell<Vec<(u32, Unawaited)>> = const { RefCell::new(Vec::new()) };
    /// Futures that died holding an exception nobody retrieved.
    pub static UNRETRIEVED: RefCell<Vec<(u32, UnretrievedException)>> = const { RefCell::new(Vec::new()) };
    /// Tasks that died while still pending.
    pub static DESTROYED_PENDING: RefCell<Vec<(u32, DestroyedTask)>> = const { RefCell::new(Vec::new()) };
    /// Objects with `__del__` that died, revived for it to run.
    pub static TO_FINALIZE: RefCell<Vec<(u32, Rc<Instance>)>> = const { RefCell::new(Vec::new()) };
    /// Suspended generators that died inside try/finally, to be closed.
    pub static TO_CLOSE: RefCell<Vec<(u32, Generator)>> = const { RefCell::new(Vec::new()) };
    /// Watched objects (`Instance::watched`) that died, by address.
    pub static WEAK_DIED: RefCell<Vec<(u32, usize)>> = const { RefCell::new(Vec::new()) };
    /// Set when any of the lists above gained an entry.
    pub static DEATH_NOTICE: Cell<bool> = const { Cell::new(false) };
    /// Set when `TO_FINALIZE` or `WEAK_DIED` gained one.
    pub static FINALIZE_NOTICE: Cell<bool> = const { Cell::new(false) };
    /// The VM whose code runs now (its `id`).
    pub static RUNNING_VM: Cell<u32> = const { Cell::new(0) };
}

/// `item` tagged with the VM running now.
pub fn owned<T>(item: T) -> (u32, T) {
    (RUNNING_VM.with(|r| r.get()), item)
}

/// Take `list`'s entries of VM `id`, leaving the others'.
pub fn take_own<T>(list: &RefCell<Vec<(u32, T)>>, id: u32) -> Vec<T> {
    let mut list = list.borrow_mut();
    let (own, others): (Vec<_>, Vec<_>) = std::mem::take(&mut *list)
        .into_iter()
        .partition(|(k, _)| *k == id);
    *list = others;
    own.into_iter().map(|(_, t)| t).collect()
}

impl Drop for Generator {
    fn drop(&mut self) {
        if self.state == GenState::Created && self.code.kind == crate::compiler::CodeKind::Coroutine
        {
            let q = self.qualname().clone();
            let origin = self.origin.take();
            UNAWAITED.with(|u| u.borrow_mut().push(owned((q, self.origin_line, origin))));
            DEATH_NOTICE.with(|d| d.set(true));
        }
        // A suspended generator inside try/finally or with is closed when it
        // dies (GeneratorExit thrown in), as CPython does: hand its frame on.
        if self.state == GenState::Suspended {
            if let Some(frame) = self.frame.take() {
                if frame
                    .blocks
                    .iter()
                    .any(|b| b.handler != crate::vm::frame::EXCEPT_BODY)
                {
                    let orphan = Generator {
                        frame: Some(frame),
                        state: GenState::Suspended,
                        code: self.code.clone(),
                        renamed: self.renamed.take(),
                        line: self.line,
                        origin_line: self.origin_line,
                        origin: self.origin.take(),
                    };
                    TO_CLOSE.with(|t| t.borrow_mut().push(owned(orphan)));
                    DEATH_NOTICE.with(|d| d.set(true));
                }
            }
        }
    }
}

/// Native iterators over built-in containers and lazy builtins.
#[derive(Debug)]
pub enum IterObj {
    /// Lists, tuples (by index; sees list mutation like CPython).
    Seq {
        seq: Value,
        index: usize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    /// Characters of a string (byte offset).
    Str {
        s: Rc<str>,
        pos: usize,
    },
    /// Dict/set entries by raw position; `what`: 0 keys, 1 values, 2 items.
    Dict {
        dict: Value,
        pos: usize,
        what: u8,
        len_at_start: usize,
    },
    Enumerate {
        inner: Value,
        count: Value,
    },
    Zip {
        iters: Vec<Value>,
    },
    Map {
        func: Value,
        iters: Vec<Value>,
    },
    Filter {
        func: Value,
        inner: Value,
    },
    Reversed {
        seq: Value,
        index: usize,
    },
    /// Values computed ahead of time (sorted(), set snapshots, ...).
    Vec {
        items: Vec<Value>,
        index: usize,
    },
    Done,
}

/// A Future's (or Task's) lifecycle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FutureStatus {
    Pending,
    Cancelled,
    Finished,
}

/// What a task is waiting on, for the trace and the timeline labels.
#[derive(Clone, Debug, PartialEq)]
pub enum WaitLabel {
    None,
    Sleep(f64),
    Task(Rc<str>),
    Future,
    Other(Rc<str>),
}

pub struct TaskData {
    pub coro: Value,
    pub name: RefCell<Rc<str>>,
    pub id: u32,
    pub must_cancel: Cell<bool>,
    /// The future this task waits on (to cancel it with the task).
    pub fut_waiter: RefCell<Option<Rc<FutureObj>>>,
    pub num_cancels_requested: Cell<u32>,
    /// The coroutine's `def` line, for reprs.
    pub def_line: u32,
    /// Rarely set (cancellation), so out of line.
    pub cancelling: RefCell<Option<Box<TaskCancelling>>>,
    /// The task's `contextvars` mapping: its creator's at creation, as a
    /// task runs in a copy of the context (the mappings are never mutated).
    pub context: RefCell<Value>,
}

/// A task's cancellation state, kept only once it is cancelled.
#[derive(Default)]
pub struct TaskCancelling {
    /// The message of the pending `cancel(msg)`.
    pub message: Option<Value>,
    /// The CancelledError the coroutine ended with: `result()` raises this
    /// very object once (with its traceback through the task), as CPython does.
    pub exc: Option<Value>,
}

impl TaskData {
    pub fn cancel_message(&self) -> Option<Value> {
        self.cancelling
            .borrow()
            .as_ref()
            .and_then(|c| c.message.clone())
    }

    pub fn set_cancel_message(&self, msg: Option<Value>) {
        self.cancelling
            .borrow_mut()
            .get_or_insert_with(Default::default)
            .message = msg;
    }

    pub fn set_cancelled_exc(&self, exc: Value) {
        self.cancelling
            .borrow_mut()
            .get_or_insert_with(Default::default)
            .exc = Some(exc);
    }

    /// Take the CancelledError the coroutine ended with (once).
    pub fn take_cancelled_exc(&self) -> Option<Value> {
        self.cancelling
            .borrow_mut()
            .as_mut()
            .and_then(|c| c.exc.take())
    }
}

pub struct FutureObj {
    pub status: Cell<FutureStatus>,
    /// The result, or the exception when `failed`: one slot for both.
    outcome: RefCell<Option<Value>>,
    failed: Cell<bool>,
    pub callbacks: RefCell<Vec<Value>>,
    /// Its event loop (u32: packs with the flags; futures are many).
    loop_id: u32,
    /// An exception was set and nobody has looked at it yet.
    pub log_traceback: Cell<bool>,
    /// `_asyncio_future_blocking`: set while a task waits on it.
    pub blocking: Cell<bool>,
    pub label: RefCell<WaitLabel>,
    /// Boxed: most futures are not tasks, and they are many.
    pub task: Option<Box<TaskData>>,
    /// Fields few futures use, out of line: programs hold many futures.
    rare: RefCell<Option<Box<FutureRare>>>,
}

#[derive(Default)]
struct FutureRare {
    cancel_message: Option<Value>,
    repr_hint: Option<Rc<str>>,
    cancel_hook: Option<Value>,
    /// Debug mode's `_source_traceback`: where it was made.
    source_traceback: Option<Frames>,
}

/// Frames as (code, line), outermost first: where a coroutine or future
/// was made, in debug mode.
pub type Frames = Rc<[(Rc<Code>, u32)]>;

impl std::fmt::Debug for FutureObj {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<Future {:?}>", self.status.get())
    }
}

impl FutureObj {
    pub fn new(loop_id: usize, task: Option<Box<TaskData>>) -> FutureObj {
        FutureObj {
            status: Cell::new(FutureStatus::Pending),
            outcome: RefCell::new(None),
            failed: Cell::new(false),
            callbacks: RefCell::new(Vec::new()),
            loop_id: loop_id as u32,
            log_traceback: Cell::new(false),
            blocking: Cell::new(false),
            label: RefCell::new(WaitLabel::None),
            task,
            rare: RefCell::new(None),
        }
    }

    pub fn loop_id(&self) -> usize {
        self.loop_id as usize
    }

    /// The result set on it (not its exception).
    pub fn result(&self) -> Option<Value> {
        match self.failed.get() {
            true => None,
            false => self.outcome.borrow().clone(),
        }
    }

    pub fn set_result(&self, v: Value) {
        self.failed.set(false);
        *self.outcome.borrow_mut() = Some(v);
    }

    /// The exception set on it.
    pub fn exception(&self) -> Option<Value> {
        match self.failed.get() {
            true => self.outcome.borrow().clone(),
            false => None,
        }
    }

    pub fn set_exception(&self, exc: Value) {
        self.failed.set(true);
        *self.outcome.borrow_mut() = Some(exc);
    }

    fn rare<R>(&self, f: impl FnOnce(&FutureRare) -> R) -> R {
        match &*self.rare.borrow() {
            Some(r) => f(r),
            None => f(&FutureRare::default()),
        }
    }

    fn rare_mut(&self, f: impl FnOnce(&mut FutureRare)) {
        f(self.rare.borrow_mut().get_or_insert_with(Default::default))
    }

    /// The message `cancel(msg)` gave (the CancelledError's argument).
    pub fn cancel_message(&self) -> Option<Value> {
        self.rare(|r| r.cancel_message.clone())
    }

    pub fn set_cancel_message(&self, msg: Option<Value>) {
        self.rare_mut(|r| r.cancel_message = msg)
    }

    /// Repr snapshot used when the future dies with an unretrieved exception.
    pub fn repr_hint(&self) -> Option<Rc<str>> {
        self.rare(|r| r.repr_hint.clone())
    }

    pub fn set_repr_hint(&self, hint: Rc<str>) {
        self.rare_mut(|r| r.repr_hint = Some(hint))
    }

    /// Where it was made (debug mode only).
    pub fn source_traceback(&self) -> Option<Frames> {
        self.rare(|r| r.source_traceback.clone())
    }

    pub fn set_source_traceback(&self, frames: Frames) {
        self.rare_mut(|r| r.source_traceback = Some(frames))
    }

    /// Replaces `cancel()` (gather's outer future cancels its children instead).
    pub fn cancel_hook(&self) -> Option<Value> {
        self.rare(|r| r.cancel_hook.clone())
    }

    pub fn set_cancel_hook(&self, hook: Value) {
        self.rare_mut(|r| r.cancel_hook = Some(hook))
    }

    pub fn done(&self) -> bool {
        self.status.get() != FutureStatus::Pending
    }

    /// What the future holds, taken out of it (`teardown`).
    pub fn take_values(&self) -> Vec<Value> {
        let mut out = std::mem::take(&mut *self.callbacks.borrow_mut());
        out.extend(self.outcome.borrow_mut().take());
        if let Some(rare) = self.rare.borrow_mut().take() {
            out.extend(rare.cancel_message);
            out.extend(rare.cancel_hook);
        }
        if let Some(t) = &self.task {
            out.push(t.coro.clone());
            out.extend(t.fut_waiter.borrow_mut().take().map(Value::Future));
            out.push(std::mem::replace(&mut *t.context.borrow_mut(), Value::None));
            if let Some(c) = t.cancelling.borrow_mut().take() {
                out.extend(c.message);
                out.extend(c.exc);
            }
        }
        out
    }
}

pub struct UnretrievedException {
    pub is_task: bool,
    pub repr: Rc<str>,
    pub exception: Value,
    pub source_traceback: Option<Frames>,
}

pub struct DestroyedTask {
    pub repr: Rc<str>,
}

impl Drop for FutureObj {
    fn drop(&mut self) {
        if self.task.is_some() && self.status.get() == FutureStatus::Pending {
            let repr = Rc::from(
                <crate::vm::interp::Vm as crate::vm::loops::LoopLibrary>::pending_task_repr(
                    self, false,
                ),
            );
            DESTROYED_PENDING.with(|u| u.borrow_mut().push(owned(DestroyedTask { repr })));
            DEATH_NOTICE.with(|d| d.set(true));
        }
        if self.log_traceback.get() {
            if let (Some(exc), Some(repr)) = (self.exception(), self.repr_hint()) {
                let is_task = self.task.is_some();
                UNRETRIEVED.with(|u| {
                    u.borrow_mut().push(owned(UnretrievedException {
                        is_task,
                        repr,
                        exception: exc,
                        source_traceback: self.source_traceback(),
                    }))
                });
                DEATH_NOTICE.with(|d| d.set(true));
            }
        }
    }
}

#[derive(Debug)]
pub struct LoopObj {
    pub id: usize,
}

#[derive(Debug)]
pub struct TimerHandleObj {
    pub cancelled: Cell<bool>,
    pub when: f64,
    pub callback: Value,
    pub args: Vec<Value>,
    /// Debug mode's `_source_traceback`: where it was made.
    pub source_traceback: Option<Frames>,
}
