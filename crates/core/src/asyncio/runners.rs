//! Running a future on a loop, as CPython's `run_until_complete`
//! (base_events.py) and `asyncio.run` (runners.py) do: the thread enters the
//! loop with the future it waits for and leaves when the future is done;
//! `asyncio.run` first cancels the tasks left and waits for them, then
//! closes the loop.

use super::library::{code, Entry};
use crate::at::At;
use crate::compiler::Code;
use crate::program::{Phase, Program};
use crate::vm::exceptions::ExcKind;
use crate::vm::frame::{Fiber, Resume};
use crate::vm::object::{FutureObj, FutureStatus};
use crate::vm::value::Value;
use crate::vm::Interrupt;
use std::rc::Rc;

/// A thread's run of a loop.
pub(crate) struct LoopRun {
    pub(crate) loop_id: usize,
    pub(crate) future: Rc<FutureObj>,
    pub(crate) close_after: bool,
    /// How the thread entered it (asyncio.run, run_until_complete, ...).
    pub(crate) entry: Entry,
    /// Handles left in the current turn.
    pub(crate) batch: usize,
    /// Tasks cancelled by `asyncio.run` at shutdown.
    pub(crate) shutdown: Option<Vec<Rc<FutureObj>>>,
}

impl Program {
    /// `caller`: the fiber that runs the loop (its frames and how it
    /// entered show in stacks and tracebacks taken inside).
    pub(crate) fn enter_loop(
        &mut self,
        future: Rc<FutureObj>,
        loop_id: usize,
        close_after: bool,
        caller: &Fiber,
    ) {
        let through = caller.entries.last().filter(|e| e.frame.code.hidden);
        let entry = Entry::from_caller(through.map(|e| &*e.frame.code.qualname));
        let mut entered: Vec<(Rc<Code>, u32)> = caller
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
            .add_done_callback(&future, super::stop_callback(loop_id));
        self.thread.phase = Phase::Loop(LoopRun {
            loop_id,
            future,
            close_after,
            entry,
            batch: 0,
            shutdown: None,
        });
    }

    pub(crate) fn loop_stopped(&mut self) {
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
                    let repr = super::future_repr(&mut self.vm, &t).unwrap_or_default();
                    let tb = self.vm.format_exception(&exc).unwrap_or_default();
                    let _ = self.vm.write_output(
                        true,
                        &format!(
                            "unhandled exception during asyncio.run() shutdown\ntask: {repr}\n{tb}"
                        ),
                    );
                }
            }
            super::close_loop(&mut self.vm, loop_id);
            self.vm.asyncio.current = None;
        }
        let resume = if !future.done() {
            match self.vm.new_exc(
                ExcKind::RuntimeError,
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
                            let frames = out.map(|s| (code(*s), 0));
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
}
