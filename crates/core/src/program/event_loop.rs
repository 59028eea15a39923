//! The event loop's turn, as CPython's `BaseEventLoop._run_once` and
//! `Task.__step` take it: a thread entering `run_until_complete`, the ready
//! handles started one by one, a task stepped until it yields, awaits or
//! ends, callbacks' errors reported, and what a waiting task waits on.

use super::*;
use crate::vm::object::TimerHandleObj;

/// A callback the loop ran: its function, arguments and handle.
type Callback = (Value, Vec<Value>, Option<Rc<TimerHandleObj>>);

impl Program {
    pub(super) fn finished_step(&self) -> Step {
        match self.thread.phase {
            Phase::Finished(c) => Step::Finished { exit_code: c },
            _ => Step::Continue,
        }
    }

    /// `caller`: the fiber that runs the loop (its frames and how it
    /// entered show in stacks and tracebacks taken inside).
    pub(super) fn enter_loop(
        &mut self,
        future: Rc<FutureObj>,
        loop_id: usize,
        close_after: bool,
        caller: &Fiber,
    ) {
        use crate::asyncio::library::{code, Entry};
        let through = caller.entries.last().filter(|e| e.frame.code.hidden);
        let entry = Entry::from_caller(through.map(|e| &*e.frame.code.qualname));
        let mut entered: Vec<(Rc<crate::compiler::Code>, u32)> = caller
            .entries
            .iter()
            .filter(|e| !e.frame.code.hidden)
            .map(|e| (e.frame.code.clone(), e.frame.lasti as u32))
            .collect();
        entered.extend(entry.into_loop().iter().map(|s| (code(*s), 0)));
        self.vm.asyncio.running = Some(loop_id);
        let state = self.vm.asyncio.loops.at_mut(loop_id);
        state.stopping = false;
        state.entered = entered;
        state.thread = Some(self.vm.threads.current);
        self.vm
            .add_done_callback(&future, crate::asyncio::stop_callback(loop_id));
        self.thread.phase = Phase::Loop(LoopRun {
            loop_id,
            future,
            close_after,
            entry,
            batch: 0,
            shutdown: None,
        });
    }

    pub(super) fn loop_stopped(&mut self) {
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
        let state = self.vm.asyncio.loops.at_mut(loop_id);
        state.entered.clear();
        state.thread = None;
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
            crate::asyncio::close_loop(&mut self.vm, loop_id);
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
                Err(Interrupt::Raise(e)) => {
                    // The frames it passes through on its way out
                    // (`run_until_complete`'s `future.result()`, ...).
                    if let Value::Instance(inst) = &e {
                        if let Some(data) = &inst.exc {
                            let out = run.entry.out_of_loop().iter().rev();
                            let frames = out.map(|s| (crate::asyncio::library::code(*s), 0));
                            data.borrow_mut().traceback.extend(frames);
                        }
                    }
                    Resume::Raise(e)
                }
                Err(_) => Resume::Continue,
            }
        };
        if let Some(main) = &mut self.thread.main {
            main.resume = Some(resume);
        }
    }

    pub(super) fn start_handle(&mut self, handle: Handle) {
        match handle {
            Handle::Callback { func, args, timer } => {
                if timer.as_ref().map(|t| t.cancelled.get()).unwrap_or(false) {
                    return;
                }
                let mut fiber = Fiber::default();
                let since = self.vm.time();
                match self.vm.invoke(
                    &mut fiber,
                    func.clone(),
                    crate::vm::object::Args::new(args.clone()),
                    ReturnCtx::Bottom,
                ) {
                    Ok(Some(left)) => self.callback_left(left),
                    Ok(None) => {
                        self.thread.active = Some(Active {
                            fiber,
                            kind: ActiveKind::Callback(func, args, timer),
                            since,
                        })
                    }
                    Err(Interrupt::Raise(e)) => self.callback_failed(&func, args, timer, e),
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

    pub(super) fn start_task_step(
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

    pub(super) fn finish_active(&mut self, kind: ActiveKind, since: f64, out: FiberOutcome) {
        // Debug mode times each handle the loop runs.
        let timed = match &kind {
            ActiveKind::Main => None,
            _ if !crate::asyncio::library::debugging(&self.vm) => None,
            ActiveKind::TaskStep(task) => Some(Err(task.clone())),
            ActiveKind::Callback(func, args, handle) => {
                Some(Ok((func.clone(), args.clone(), handle.clone())))
            }
        };
        self.finish_handle(kind, since, out);
        if let Some(handle) = timed {
            self.report_if_slow(handle, since);
        }
    }

    /// Debug mode's warning for a handle that held the loop
    /// `slow_callback_duration` (0.1 s) or longer: the task (its repr after
    /// the step) or the callback's handle, and the seconds, logged by the
    /// `asyncio` logger as CPython's `_run_once` logs them.
    fn report_if_slow(&mut self, handle: Result<Callback, Rc<FutureObj>>, since: f64) {
        const SLOW_CALLBACK_DURATION: f64 = 0.1;
        let took = self.vm.time() - since;
        if took < SLOW_CALLBACK_DURATION {
            return;
        }
        let shown = match handle {
            Err(task) => crate::asyncio::future_repr(&mut self.vm, &task).unwrap_or_default(),
            Ok((func, args, handle)) => self.handle_text(&func, args, handle.as_ref()).1,
        };
        self.vm
            .call_asyncio("_slow_handle", vec![Value::str(&shown), Value::Float(took)]);
    }

    fn finish_handle(&mut self, kind: ActiveKind, since: f64, out: FiberOutcome) {
        match kind {
            ActiveKind::Main if self.thread.sched.index > 0 => self.end_thread(out),
            ActiveKind::Main => {
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
            ActiveKind::TaskStep(task) => self.finish_task_step(&task, out),
            ActiveKind::Callback(func, args, handle) => {
                if let FiberOutcome::Returned(left) = out {
                    self.callback_left(left);
                } else if let FiberOutcome::Raised(e) = out {
                    self.callback_failed(&func, args, handle, e);
                }
            }
        }
    }

    pub(super) fn finish_task_step(&mut self, task: &Rc<FutureObj>, out: FiberOutcome) {
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
    pub(super) fn task_yielded(
        &mut self,
        task: &Rc<FutureObj>,
        v: Value,
    ) -> Result<StepOutcome, Interrupt> {
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
    pub(super) fn callback_failed(
        &mut self,
        func: &Value,
        args: Vec<Value>,
        made: Option<Rc<TimerHandleObj>>,
        exc: Value,
    ) {
        use crate::asyncio::library;
        // Raised inside CPython's `Handle._run`, which shows in its traceback.
        if let Value::Instance(inst) = &exc {
            if let Some(data) = &inst.exc {
                let run = library::code(library::HANDLE_RUN);
                data.borrow_mut().traceback.push((run, 0));
            }
        }
        let (name, handle) = self.handle_text(func, args, made.as_ref());
        let message = format!("Exception in callback {name}");
        if crate::asyncio::handled_by_program(&mut self.vm, &message, &exc, "handle", &handle) {
            return;
        }
        let mut text = format!("{message}\nhandle: {handle}\n");
        // Debug mode: where the handle was made.
        if let Some(frames) = made.and_then(|h| h.source_traceback.clone()) {
            let frames = library::format_frames(&self.vm, &frames);
            text.push_str("source_traceback: Object created at (most recent call last):\n");
            text.push_str(frames.trim_end());
            text.push('\n');
        }
        text.push_str(&self.vm.format_exception(&exc).unwrap_or_default());
        let _ = self.vm.write_output(true, &text);
    }

    /// What a callback returned dies in CPython's `Handle._run` (a
    /// coroutine a callback made and left warns there).
    fn callback_left(&mut self, left: Value) {
        drop(left);
        self.vm.asyncio.dying_in_handle = true;
        let noticed = self.vm.notice_deaths();
        self.vm.asyncio.dying_in_handle = false;
        if let Err(e) = noticed {
            self.interrupt(e);
        }
    }

    /// A callback named as CPython names it (`_callback_source` in
    /// lib/_asyncio.py), and its handle's repr.
    fn handle_text(
        &mut self,
        func: &Value,
        args: Vec<Value>,
        made: Option<&Rc<TimerHandleObj>>,
    ) -> (String, String) {
        let source = self
            .vm
            .call_asyncio("_callback_source", vec![func.clone(), Value::tuple(args)]);
        let name = match source {
            Some(Value::Str(s)) => s.to_string(),
            _ => self.vm.repr(func).unwrap_or_default(),
        };
        // The handle's repr (`_handle_repr`); a handle the loop made itself
        // (a done callback's) as CPython's `<Handle ...>`.
        let shown = made.and_then(|h| {
            let h = Value::TimerHandle(h.clone());
            self.vm.call_asyncio("_handle_repr", vec![h])
        });
        let handle = match shown {
            Some(Value::Str(s)) => s.to_string(),
            _ => format!("<Handle {name}>"),
        };
        (name, handle)
    }

    /// Print an exception that ended the program; the exit status it gives.
    /// SystemExit prints no traceback: its code is the status (a non-int
    /// code is printed and gives 1), as CPython does.
    pub(super) fn report_uncaught(&mut self, exc: &Value) -> Result<i32, Interrupt> {
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
}

/// What a thread waiting on a lock is doing, for the timeline: the library
/// call the program made (`Thread.join`, `Queue.get`, `Event.wait`); in a
/// thread that runs only library code (a pool's worker), the innermost
/// public call above the locks (`SimpleQueue.get`).
pub(super) fn wait_site(fiber: &Fiber) -> Rc<str> {
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
pub(super) fn wait_label(f: &Rc<FutureObj>, last: &mut Option<Rc<str>>) -> Rc<str> {
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
