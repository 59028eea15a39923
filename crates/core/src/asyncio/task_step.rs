//! A task's step, as CPython's `Task.__step` takes it (tasks.py): the
//! coroutine is sent a value or thrown an exception, runs until it awaits,
//! returns or raises, and what it awaited decides how the task waits (a
//! future's done callback wakes it; a bare `yield` makes it ready again).

use super::Handle;
use crate::program::{Active, ActiveKind, Program};
use crate::trace::StepOutcome;
use crate::vm::exceptions::ExcKind;
use crate::vm::frame::{Fiber, FiberOutcome, Resume, ReturnCtx};
use crate::vm::interp::Vm;
use crate::vm::object::{FutureObj, FutureStatus, WaitLabel};
use crate::vm::value::Value;
use crate::vm::Interrupt;
use std::rc::Rc;

impl Program {
    pub(crate) fn start_task_step(
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
                .map(|e| self.vm.is_instance_of_kind(e, ExcKind::CancelledError))
                .unwrap_or(false);
            if !is_cancel {
                let msg = td.cancel_message();
                let args = match msg {
                    Some(m) if !m.is_none() => vec![m],
                    _ => vec![],
                };
                exc = Some(
                    self.vm
                        .make_exc(self.vm.types.exc(ExcKind::CancelledError), args),
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

    pub(crate) fn finish_task_step(&mut self, task: &Rc<FutureObj>, out: FiberOutcome) {
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
                    if self.vm.is_instance_of_kind(&e, ExcKind::CancelledError) {
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
    pub(crate) fn task_yielded(
        &mut self,
        task: &Rc<FutureObj>,
        v: Value,
    ) -> Result<StepOutcome, Interrupt> {
        let td = task.task.as_ref().expect("task");
        let loop_id = task.loop_id();
        let bad = |vm: &mut Vm, msg: String| -> Result<StepOutcome, Interrupt> {
            let exc = match vm.new_exc(ExcKind::RuntimeError, msg) {
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
                        super::future_repr(&mut self.vm, task)?,
                        super::future_repr(&mut self.vm, f)?,
                    );
                    return bad(
                        &mut self.vm,
                        format!("yield was used instead of yield from in task {tr} with {fr}"),
                    );
                }
                if Rc::ptr_eq(f, task) {
                    let tr = super::future_repr(&mut self.vm, task)?;
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
}

/// What a task waits on, as the trace labels it. Labels are shared: many
/// tasks waiting on the same thing (`sleep 1s`) hold one string.
pub(crate) fn wait_label(f: &Rc<FutureObj>, last: &mut Option<Rc<str>>) -> Rc<str> {
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
