//! asyncio, as CPython 3.11 behaves: event loops (ready queue, timers),
//! futures and tasks are native; the rest of the module (`gather`, `wait`,
//! queues, locks, ...) is Python in `lib/_asyncio.py`, written on top of them the
//! way CPython's own library is.

mod base_events;
pub mod library;
mod natives;
pub mod reprs;
mod runners;
mod task_step;

pub use crate::vm::loops::{Handle, LoopSet, LoopState};
pub use natives::{install_module, stop_callback};
pub use reprs::future_repr;
pub(crate) use runners::LoopRun;

/// What the VM asks of this library (see `vm::loops`).
impl crate::vm::loops::LoopLibrary for Vm {
    fn future_repr(&mut self, f: &Rc<FutureObj>) -> PyResult<String> {
        reprs::future_repr(self, f)
    }
    fn pending_task_repr(f: &FutureObj, coro_closed: bool) -> String {
        reprs::pending_task_repr(f, coro_closed)
    }
    fn loop_attribute(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        reprs::loop_attribute(self, obj, name)
    }
    fn caller_stack(&self, fiber: &Fiber) -> Vec<(Rc<Code>, u32)> {
        library::stack(self, fiber)
    }
    fn coroutine_origin(&self, fiber: &Fiber) -> Option<Frames> {
        library::coroutine_origin(self, fiber)
    }
    fn report_deaths(&mut self) -> PyResult<()> {
        report_deaths(self)
    }
    fn source_line(filename: &str, line: u32) -> Option<&'static str> {
        library::source_line(filename, line)
    }
}
use crate::vm::loops::Timer;

use crate::compiler::Code;
use crate::vm::exceptions::ExcKind;
use crate::vm::frame::Fiber;
use crate::vm::interp::Vm;
use crate::vm::object::*;
use crate::vm::value::Value;
use crate::vm::{Interrupt, PyResult};
use std::cmp::Ordering;
use std::collections::{BinaryHeap, VecDeque};
use std::rc::Rc;

/// An instant of a program's clock in whole nanoseconds: two instants a
/// rounding error apart are one (see `Timer`).
pub fn instant_ns(t: f64) -> i64 {
    (t * 1e9).round() as i64
}

impl PartialEq for Timer {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Timer {}
impl PartialOrd for Timer {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Timer {
    // Reversed: BinaryHeap is a max-heap; earliest (when, seq) first.
    fn cmp(&self, other: &Self) -> Ordering {
        (other.ns, other.seq).cmp(&(self.ns, self.seq))
    }
}

impl LoopSet {
    pub fn current_task_id(&self) -> Option<u32> {
        self.current_task
            .as_ref()
            .and_then(|t| t.task.as_ref().map(|d| d.id))
    }

    pub fn new_loop(&mut self) -> usize {
        let id = self.loops.len();
        self.loops.push(LoopState {
            obj: Rc::new(LoopObj { id }),
            ready: VecDeque::new(),
            timers: BinaryHeap::new(),
            closed: false,
            stopping: false,
            woken_for: None,
            debug: false,
            entered: Vec::new(),
            thread: None,
        });
        id
    }

    pub fn call_soon(&mut self, loop_id: usize, handle: Handle) {
        if let Some(l) = self.loops.get_mut(loop_id) {
            l.ready.push_back(handle);
        }
    }

    pub fn call_at(&mut self, loop_id: usize, handle: Rc<TimerHandleObj>) {
        self.timer_seq += 1;
        let seq = self.timer_seq;
        if let Some(l) = self.loops.get_mut(loop_id) {
            l.timers.push(Timer {
                when: handle.when,
                ns: instant_ns(handle.when),
                seq,
                handle,
            });
        }
    }

    /// The loop at `now` sleeps until the timer due at `until`. CPython's
    /// loop waits in `epoll`, whose timeout is whole milliseconds rounded
    /// up: it wakes up to 1 ms late, and runs every timer due by then in
    /// that turn (tasks sleeping the same second from instants a few
    /// microseconds apart all wake before any of them runs).
    pub fn sleep_until(&mut self, loop_id: usize, now: f64, until: f64) {
        if let Some(l) = self.loops.get_mut(loop_id) {
            let wake = now + ((until - now) * 1e3).ceil() / 1e3;
            l.woken_for = Some((until, wake.max(until)));
        }
    }

    /// Move timers due at `now` (or by the instant a wait for a timer
    /// would have ended: `sleep_until`) to the ready queue, dropping
    /// cancelled ones.
    pub fn collect_due(&mut self, loop_id: usize, now: f64) {
        let Some(l) = self.loops.get_mut(loop_id) else {
            return;
        };
        let due_by = match l.woken_for.take() {
            Some((until, wake)) if now + 1e-9 >= until => wake.max(now),
            _ => now,
        };
        while let Some(t) = l.timers.peek() {
            if t.handle.cancelled.get() {
                l.timers.pop();
                continue;
            }
            if t.when > due_by + 1e-9 {
                break;
            }
            let t = l.timers.pop().expect("peeked");
            l.ready.push_back(Handle::Callback {
                func: t.handle.callback.clone(),
                args: t.handle.args.clone(),
                timer: Some(t.handle.clone()),
            });
        }
    }

    /// When the earliest live timer fires.
    pub fn next_timer(&mut self, loop_id: usize) -> Option<f64> {
        let l = self.loops.get_mut(loop_id)?;
        while let Some(t) = l.timers.peek() {
            if t.handle.cancelled.get() {
                l.timers.pop();
                continue;
            }
            return Some(t.when);
        }
        None
    }

    pub fn close(&mut self, loop_id: usize) {
        if let Some(l) = self.loops.get_mut(loop_id) {
            l.closed = true;
            l.ready.clear();
            l.timers.clear();
        }
    }

    /// Drop finished and dead tasks from the list.
    pub fn compact_tasks(&mut self) {
        self.tasks
            .retain(|w| w.upgrade().is_some_and(|t| !t.done()));
        self.next_compact = self.tasks.len() * 2;
    }

    pub fn live_tasks(&mut self) -> Vec<Rc<FutureObj>> {
        self.tasks.retain(|w| w.strong_count() > 0);
        self.tasks.iter().filter_map(|w| w.upgrade()).collect()
    }
}

impl Vm {
    /// Schedule a future's done callbacks (`call_soon` each, with the future).
    pub fn schedule_callbacks(&mut self, fut: &Rc<FutureObj>) {
        let callbacks = std::mem::take(&mut *fut.callbacks.borrow_mut());
        for cb in callbacks {
            self.queue_callback(fut, cb);
        }
    }

    /// Queue `cb(fut)`; a task's wake-up becomes a task step directly.
    fn queue_callback(&mut self, fut: &Rc<FutureObj>, cb: Value) {
        if let Some(task) = wakeup_target(&cb) {
            if let Some(td) = &task.task {
                let now = self.time();
                self.trace.ready(now, td.id);
            }
            self.asyncio.call_soon(
                fut.loop_id(),
                Handle::TaskStep {
                    task,
                    exc: None,
                    wake_from: Some(fut.clone()),
                },
            );
            return;
        }
        self.asyncio.call_soon(
            fut.loop_id(),
            Handle::Callback {
                func: cb,
                args: vec![Value::Future(fut.clone())],
                timer: None,
            },
        );
    }

    pub fn future_set_result(&mut self, fut: &Rc<FutureObj>, v: Value) -> PyResult<()> {
        if fut.done() {
            // The wording of CPython's C futures (the pure-Python ones differ).
            return Err(self.new_exc(ExcKind::InvalidStateError, "invalid state"));
        }
        fut.set_result(v);
        fut.status.set(FutureStatus::Finished);
        self.schedule_callbacks(fut);
        Ok(())
    }

    pub fn future_set_exception(&mut self, fut: &Rc<FutureObj>, exc: Value) -> PyResult<()> {
        if fut.done() {
            // The wording of CPython's C futures (the pure-Python ones differ).
            return Err(self.new_exc(ExcKind::InvalidStateError, "invalid state"));
        }
        let exc = match &exc {
            Value::Class(_) => self.make_raisable(exc)?,
            _ => exc,
        };
        if self.is_instance_of_kind(&exc, ExcKind::StopIteration) {
            return Err(self.type_error(
                "StopIteration interacts badly with generators and cannot be raised into a Future",
            ));
        }
        fut.set_exception(exc);
        fut.status.set(FutureStatus::Finished);
        fut.log_traceback.set(true);
        let hint = future_repr(self, fut)?;
        fut.set_repr_hint(Rc::from(hint));
        self.schedule_callbacks(fut);
        Ok(())
    }

    pub fn future_cancel(&mut self, fut: &Rc<FutureObj>, msg: Option<Value>) -> PyResult<bool> {
        if fut.done() {
            return Ok(false);
        }
        let hook = fut.cancel_hook();
        if let Some(h) = hook {
            let r = self.call(&h, vec![msg.unwrap_or(Value::None)])?;
            return self.truthy(&r);
        }
        fut.status.set(FutureStatus::Cancelled);
        fut.set_cancel_message(msg);
        self.schedule_callbacks(fut);
        Ok(true)
    }

    /// `fut.cancel(msg)` for a future or a task.
    pub fn cancel_any(&mut self, fut: &Rc<FutureObj>, msg: Option<Value>) -> PyResult<bool> {
        if fut.task.is_some() {
            self.task_cancel(fut, msg)
        } else {
            self.future_cancel(fut, msg)
        }
    }

    pub fn cancelled_error(&self, fut: &FutureObj) -> Value {
        if let Some(exc) = fut.task.as_ref().and_then(|t| t.take_cancelled_exc()) {
            return exc;
        }
        let msg = fut.cancel_message();
        let args = match msg {
            Some(m) if !m.is_none() => vec![m],
            _ => vec![],
        };
        self.make_exc(self.types.exc(ExcKind::CancelledError), args)
    }

    /// `future.result()`: the value, or raise its exception / CancelledError.
    pub fn future_result(&mut self, fut: &Rc<FutureObj>) -> PyResult<Value> {
        match fut.status.get() {
            FutureStatus::Cancelled => Err(Interrupt::Raise(self.cancelled_error(fut))),
            FutureStatus::Pending => {
                Err(self.new_exc(ExcKind::InvalidStateError, "Result is not set."))
            }
            FutureStatus::Finished => {
                fut.log_traceback.set(false);
                if let Some(e) = fut.exception() {
                    return Err(Interrupt::Raise(e));
                }
                Ok(fut.result().unwrap_or(Value::None))
            }
        }
    }

    pub fn add_done_callback(&mut self, fut: &Rc<FutureObj>, cb: Value) {
        if fut.done() {
            self.queue_callback(fut, cb);
        } else {
            // Most futures get one callback: no room for more until needed.
            let mut cbs = fut.callbacks.borrow_mut();
            if cbs.capacity() == 0 {
                cbs.reserve_exact(1);
            }
            cbs.push(cb);
        }
    }

    /// `Task(coro)`: register it and schedule its first step.
    pub fn create_task(
        &mut self,
        coro: Value,
        name: Option<Value>,
        loop_id: usize,
    ) -> PyResult<Rc<FutureObj>> {
        let (def_line, is_coro) = match &coro {
            Value::Generator(g) => {
                let g = g.borrow();
                (
                    g.code.first_line,
                    g.code.kind == crate::compiler::CodeKind::Coroutine,
                )
            }
            _ => (0, false),
        };
        if !is_coro {
            let r = self.repr(&coro)?;
            return Err(self.type_error(format!("a coroutine was expected, got {r}")));
        }
        if self
            .asyncio
            .loops
            .get(loop_id)
            .map(|l| l.closed)
            .unwrap_or(true)
        {
            return Err(self.new_exc(ExcKind::RuntimeError, "Event loop is closed"));
        }
        // The list of tasks is an upper bound of the live ones; compact it
        // now and then (amortised), exactly when near the budget.
        if self.asyncio.tasks.len() >= self.asyncio.next_compact.max(1024) {
            self.asyncio.compact_tasks();
        }
        if self.asyncio.tasks.len() >= self.budgets.max_live_tasks {
            self.asyncio.compact_tasks();
            if self.asyncio.tasks.len() >= self.budgets.max_live_tasks {
                return Err(Interrupt::Fatal(crate::vm::Fatal::Budget(format!(
                    "the program has more than {} live tasks (task budget)",
                    self.budgets.max_live_tasks
                ))));
            }
        }
        self.asyncio.task_counter += 1;
        let id = self.asyncio.task_counter;
        let name: Rc<str> = match name {
            Some(Value::None) | None => Rc::from(format!("Task-{id}")),
            Some(Value::Str(s)) => s,
            Some(other) => Rc::from(self.str_of(&other)?),
        };
        let task = Rc::new(FutureObj::new(
            loop_id,
            Some(Box::new(TaskData {
                coro,
                name: crate::cell::RefCell::new(name.clone()),
                id,
                must_cancel: std::cell::Cell::new(false),
                fut_waiter: crate::cell::RefCell::new(None),
                num_cancels_requested: std::cell::Cell::new(0),
                def_line,
                cancelling: crate::cell::RefCell::new(None),
                context: crate::cell::RefCell::new(self.context_get()),
            })),
        ));
        self.asyncio.tasks.push(Rc::downgrade(&task));
        let now = self.time();
        let parent = self.asyncio.current_task_id();
        let line = self.user_line;
        self.trace.task_created(now, id, &name, parent, line);
        self.trace.ready(now, id);
        self.asyncio.call_soon(
            loop_id,
            Handle::TaskStep {
                task: task.clone(),
                exc: None,
                wake_from: None,
            },
        );
        Ok(task)
    }

    /// `task.cancel(msg)`
    pub fn task_cancel(&mut self, task: &Rc<FutureObj>, msg: Option<Value>) -> PyResult<bool> {
        let Some(td) = &task.task else {
            return self.future_cancel(task, msg);
        };
        if task.done() {
            return Ok(false);
        }
        td.num_cancels_requested
            .set(td.num_cancels_requested.get() + 1);
        let waiter = td.fut_waiter.borrow().clone();
        if let Some(w) = waiter {
            if self.cancel_any(&w, msg.clone())? {
                return Ok(true);
            }
        }
        td.must_cancel.set(true);
        td.set_cancel_message(msg);
        Ok(true)
    }

    /// The native wake-up callback a waiting task registers on its future.
    /// The task itself stands for its wake-up callback in a future's
    /// callback list (no closure per wait: tasks by the thousand wait at once).
    pub fn task_wakeup_callback(&self, task: &Rc<FutureObj>) -> Value {
        Value::Future(task.clone())
    }

    /// What `await x` drives: coroutines and futures as they are, objects with `__await__` through it.
    pub fn get_awaitable(&mut self, v: Value) -> PyResult<Value> {
        match &v {
            // `agen.__anext__()`: drive the async generator itself.
            Value::Tuple(t) if t.len() == 2 && matches!(t[0], Value::Null) => Ok(t[1].clone()),
            // `agen.athrow(exc)`: resolved by YieldFrom.
            Value::Tuple(t) if t.len() >= 3 && matches!(t[0], Value::Null) => Ok(v),
            Value::Generator(g) => {
                let kind = g.borrow().code.kind;
                let hidden = g.borrow().code.hidden;
                match kind {
                    crate::compiler::CodeKind::Coroutine => Ok(v),
                    crate::compiler::CodeKind::Generator if hidden => Ok(v),
                    _ => Err(self.type_error(format!(
                        "object {} can't be used in 'await' expression",
                        self.type_name(&v)
                    ))),
                }
            }
            Value::Future(_) => Ok(v),
            Value::Instance(_) => match self.type_lookup(&v, "__await__") {
                Some(m) => {
                    let it = self.call(&m, vec![v.clone()])?;
                    match &it {
                        Value::Generator(_) | Value::Iterator(_) | Value::Future(_) => Ok(it),
                        _ => Err(self.type_error(format!(
                            "__await__() returned non-iterator of type '{}'",
                            self.type_name(&it)
                        ))),
                    }
                }
                None => Err(self.type_error(format!(
                    "object {} can't be used in 'await' expression",
                    self.type_name(&v)
                ))),
            },
            _ => Err(self.type_error(format!(
                "object {} can't be used in 'await' expression",
                self.type_name(&v)
            ))),
        }
    }
}

/// `Task.__wakeup(future)`. Registered as a done callback so that futures
/// list it like CPython does; when it fires it is queued as a task step
/// (see `queue_callback`) and this body never runs.
/// The task a wake-up callback resumes, if `cb` is one.
pub fn wakeup_target(cb: &Value) -> Option<Rc<FutureObj>> {
    match cb {
        Value::Future(t) if t.task.is_some() => Some(t.clone()),
        _ => None,
    }
}

/// Drop the event loops and what died badly so far, without a word (a
/// child process leaving the module it ran quietly before its target).
pub fn forget_quietly(vm: &mut Vm) {
    vm.asyncio = LoopSet::default();
    forget_deaths(vm.id);
}

/// Drop what died badly in VM `id` (the others' stay). A generator to close
/// is dropped unclosed (marked finished, or it would ask to be closed
/// again); the coroutines it awaited can join the list as they die: until
/// none is left, a chain of any length in a loop.
pub fn forget_deaths(id: u32) {
    use crate::vm::object::{take_own, DESTROYED_PENDING, TO_CLOSE, UNAWAITED, UNRETRIEVED};
    loop {
        let mut to_close = TO_CLOSE.with(|u| take_own(u, id));
        let others = crate::vm::object::TO_FINALIZE
            .with(|u| take_own(u, id))
            .len()
            + UNAWAITED.with(|u| take_own(u, id)).len()
            + UNRETRIEVED.with(|u| take_own(u, id)).len()
            + DESTROYED_PENDING.with(|u| take_own(u, id)).len();
        if to_close.is_empty() && others == 0 {
            break;
        }
        for g in &mut to_close {
            g.state = crate::vm::object::GenState::Finished;
        }
    }
}

/// Whether the handler a program gave `loop.set_exception_handler` took
/// this report (`message`, the exception, and the task or handle as `key`:
/// its repr), as CPython's loop hands it every report.
pub fn handled_by_program(vm: &mut Vm, message: &str, exc: &Value, key: &str, what: &str) -> bool {
    let args = vec![
        Value::str(message),
        exc.clone(),
        Value::str(key),
        Value::str(what),
    ];
    matches!(
        vm.call_asyncio("_custom_exception", args),
        Some(Value::Bool(true))
    )
}

/// Warn about objects that died badly: never-awaited coroutines, unretrieved
/// task exceptions, pending tasks destroyed.
pub fn report_deaths(vm: &mut Vm) -> PyResult<()> {
    use crate::vm::object::take_own;
    vm.run_finalizers()?;
    let to_close: Vec<Generator> = TO_CLOSE.with(|t| take_own(t, vm.id));
    for g in to_close {
        let is_async = g.code.kind == crate::compiler::CodeKind::AsyncGenerator;
        let g = Rc::new(crate::cell::RefCell::new(g));
        // With a loop running, an async generator is closed by a task later
        // (the loop's finalizer hook, in the Python half).
        let hook = match (is_async, vm.asyncio.running, vm.modules.get("asyncio")) {
            (true, Some(_), Some(m)) => vm.get_attr(&m.clone(), "_asyncgen_finalizer_hook").ok(),
            _ => None,
        };
        // Exceptions while closing are reported by CPython as unraisable; skip them.
        let _ = match hook {
            Some(h) => vm.call(&h, vec![Value::Generator(g)]).map(drop),
            None => crate::vm::methods::close_generator(vm, &g),
        };
    }
    let unawaited: Vec<crate::vm::object::Unawaited> = UNAWAITED.with(|u| take_own(u, vm.id));
    // With `tracemalloc` tracing, where the coroutine was made (as CPython,
    // one frame: tracemalloc's default).
    let tracing = match vm.modules.get("tracemalloc").cloned() {
        Some(m) if !unawaited.is_empty() => vm
            .get_attr_opt(&m, "_tracing")?
            .is_some_and(|v| matches!(v, Value::Bool(true))),
        _ => false,
    };
    for (name, origin, made_by) in unawaited {
        // At shutdown there is no frame: CPython says `sys:1`.
        let run = library::HANDLE_RUN;
        let (file, line) = if vm.shutting_down {
            (Rc::from("sys"), 1)
        } else if vm.asyncio.dying_in_handle {
            (Rc::from(library::path(run.file)), run.line)
        } else {
            (vm.filename.clone(), vm.caller_line)
        };
        let key = (name.clone(), line);
        if vm.warned.contains(&key) {
            continue;
        }
        vm.warned.push(key);
        let src = if vm.shutting_down {
            None
        } else if vm.asyncio.dying_in_handle {
            Some(run.source.trim().to_string())
        } else {
            vm.source_lines
                .get(line.saturating_sub(1) as usize)
                .map(|s| s.trim().to_string())
        };
        let mut text =
            format!("{file}:{line}: RuntimeWarning: coroutine '{name}' was never awaited\n");
        // Debug mode: where it was made (`cr_origin`), in the message.
        if let Some(frames) = made_by {
            text.push_str("Coroutine created at (most recent call last)\n");
            text.push_str(library::format_frames(vm, &frames).trim_end_matches('\n'));
            text.push('\n');
        }
        if let Some(src) = src.filter(|s| !s.is_empty()) {
            text.push_str(&format!("  {src}\n"));
        }
        if tracing {
            let made = vm
                .source_lines
                .get(origin.saturating_sub(1) as usize)
                .map(|s| s.trim().to_string())
                .unwrap_or_default();
            text.push_str(&format!(
                "Object allocated at (most recent call last):\n  File \"{}\", lineno {origin}\n    {made}\n",
                vm.filename
            ));
        } else if !vm.shutting_down {
            // At shutdown CPython's warnings can no longer import tracemalloc.
            text.push_str(
                "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n",
            );
        }
        vm.write_output(true, &text)?;
    }
    let unretrieved: Vec<UnretrievedException> = UNRETRIEVED.with(|u| take_own(u, vm.id));
    for u in unretrieved {
        let head = if u.is_task {
            "Task exception was never retrieved"
        } else {
            "Future exception was never retrieved"
        };
        if handled_by_program(vm, head, &u.exception, "future", &u.repr) {
            continue;
        }
        let tb = vm.format_exception(&u.exception)?;
        let mut text = format!("{head}\nfuture: {}\n", u.repr);
        if let Some(frames) = &u.source_traceback {
            let made = library::format_frames(vm, frames);
            text.push_str("source_traceback: Object created at (most recent call last):\n");
            text.push_str(made.trim_end());
            text.push('\n');
        }
        text.push_str(&tb);
        vm.write_output(true, &text)?;
    }
    let destroyed: Vec<DestroyedTask> = DESTROYED_PENDING.with(|u| take_own(u, vm.id));
    for d in destroyed {
        vm.write_output(
            true,
            &format!("Task was destroyed but it is pending!\ntask: {}\n", d.repr),
        )?;
    }
    Ok(())
}

/// `loop.close()` (also asyncio.run's): a loop in debug mode says so at
/// DEBUG level first, as CPython's does, once.
pub fn close_loop(vm: &mut Vm, id: usize) {
    let Some(state) = vm.asyncio.loops.get(id) else {
        return;
    };
    if state.debug && !state.closed {
        let obj = Value::Loop(state.obj.clone());
        vm.call_asyncio("_log_close", vec![obj]);
    }
    vm.asyncio.close(id);
}

/// The loop `get_event_loop()` gives outside a running loop (created on first use).
pub fn current_loop(vm: &mut Vm) -> usize {
    if let Some(r) = vm.asyncio.running {
        return r;
    }
    match vm.asyncio.current {
        Some(c) => c,
        None => {
            let id = vm.asyncio.new_loop();
            vm.asyncio.current = Some(id);
            id
        }
    }
}

pub fn loop_of(vm: &Vm, v: &Value) -> PyResult<usize> {
    match v {
        Value::Loop(l) => Ok(l.id),
        _ => Err(vm.type_error("expected an event loop")),
    }
}

pub fn this_future(vm: &Vm, args: &Args) -> PyResult<Rc<FutureObj>> {
    match args.pos.first() {
        Some(Value::Future(f)) => Ok(f.clone()),
        _ => Err(vm.type_error("descriptor requires a Future")),
    }
}
