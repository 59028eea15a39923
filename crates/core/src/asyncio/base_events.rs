//! The loop's turn, as CPython's `BaseEventLoop._run_once` takes it
//! (base_events.py): the timers due are made ready, the handles ready at the
//! start of the turn run one by one (a task's step, or a callback), and
//! when nothing is ready the thread sleeps until the next timer. Here too
//! what a callback's error or a slow handle (debug mode) reports.

use super::library;
use super::Handle;
use crate::at::At;
use crate::program::{Active, ActiveKind, Phase, Program, Step};
use crate::vm::frame::{Fiber, FiberOutcome, ReturnCtx};
use crate::vm::object::{Args, FutureObj, TimerHandleObj};
use crate::vm::value::Value;
use crate::vm::{Fatal, Interrupt};
use std::rc::Rc;

/// A callback the loop ran: its function, arguments and handle.
type Callback = (Value, Vec<Value>, Option<Rc<TimerHandleObj>>);

impl Program {
    /// One step of the turn: the next handle of the turn's batch, or, once
    /// the batch is done, a new turn (or the loop's end, or a sleep until
    /// the next timer). `Some` when the thread stops here.
    pub(crate) fn run_once(&mut self) -> Option<Step> {
        let Phase::Loop(run) = &mut self.thread.phase else {
            return None;
        };
        let loop_id = run.loop_id;
        if run.batch > 0 {
            run.batch -= 1;
            let handle = self.vm.asyncio.loops.at_mut(loop_id).ready.pop_front();
            if let Some(h) = handle {
                self.start_handle(h);
            }
            return None;
        }
        let shutdown_done = run
            .shutdown
            .as_ref()
            .map(|ts| ts.iter().all(|t| t.done()))
            .unwrap_or(false);
        if self.vm.asyncio.loops.at(loop_id).stopping || shutdown_done {
            self.loop_stopped();
            return None;
        }
        let now = self.vm.time();
        self.vm.asyncio.collect_due(loop_id, now);
        let n = self.vm.asyncio.loops.at(loop_id).ready.len();
        if n == 0 {
            match self.vm.asyncio.next_timer(loop_id) {
                Some(t) => {
                    self.vm.asyncio.sleep_until(loop_id, now, t);
                    return Some(Step::Sleep {
                        until: t,
                        blocked: false,
                    });
                }
                // Another thread may still call_soon_threadsafe.
                None if self.vm.http.outstanding() > 0
                    || !self.threads.parked.is_empty()
                    || !self.vm.threads.spawn.is_empty() =>
                {
                    return Some(Step::Sleep {
                        until: f64::INFINITY,
                        blocked: false,
                    })
                }
                None => {
                    self.fatal(Fatal::Budget(
                        "the event loop has nothing left to run, yet the program waits for a future nobody will complete: it would wait forever (deadlock)".into(),
                    ));
                    return Some(self.finished_step());
                }
            }
        }
        if self.stop_at_turn.is_some_and(|t| self.turns >= t) {
            self.stop_at_turn = None;
            return Some(Step::Continue);
        }
        self.turns += 1;
        let now = self.vm.time();
        self.vm.trace.loop_turn(now, n);
        if let Phase::Loop(run) = &mut self.thread.phase {
            run.batch = n;
        }
        None
    }

    pub(crate) fn start_handle(&mut self, handle: Handle) {
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
                    Args::new(args.clone()),
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

    pub(crate) fn finish_active(&mut self, kind: ActiveKind, since: f64, out: FiberOutcome) {
        // Debug mode times each handle the loop runs.
        let timed = match &kind {
            ActiveKind::Main => None,
            _ if !library::debugging(&self.vm) => None,
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
            Err(task) => super::future_repr(&mut self.vm, &task).unwrap_or_default(),
            Ok((func, args, handle)) => self.handle_text(&func, args, handle.as_ref()).1,
        };
        self.vm
            .call_asyncio("_slow_handle", vec![Value::str(&shown), Value::Float(took)]);
    }

    fn finish_handle(&mut self, kind: ActiveKind, since: f64, out: FiberOutcome) {
        match kind {
            ActiveKind::Main if self.thread.sched.index > 0 => self.end_thread(out),
            ActiveKind::Main => self.main_ended(since, out),
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

    /// asyncio's report of a callback that raised: the callback named as
    /// CPython names it (`_callback_source` in lib/_asyncio.py), its handle,
    /// the traceback.
    pub(crate) fn callback_failed(
        &mut self,
        func: &Value,
        args: Vec<Value>,
        made: Option<Rc<TimerHandleObj>>,
        exc: Value,
    ) {
        use super::library;
        // Raised inside CPython's `Handle._run`, which shows in its traceback.
        if let Value::Instance(inst) = &exc {
            if let Some(data) = &inst.exc {
                let run = library::code(library::HANDLE_RUN);
                data.borrow_mut().traceback.push((run, 0));
            }
        }
        let (name, handle) = self.handle_text(func, args, made.as_ref());
        let message = format!("Exception in callback {name}");
        if super::handled_by_program(&mut self.vm, &message, &exc, "handle", &handle) {
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
}
