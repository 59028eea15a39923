//! The thread scheduler under one GIL: threads start, contend for the
//! interpreter, are switched every `sys.getswitchinterval()` of their
//! running or when they wait (sleep, a lock, a join, I/O), and end;
//! `run_thread` runs the one holding the GIL for a slice.

use super::*;

impl Program {
    /// Threads the program started since the last look join the ready ones.
    pub(super) fn start_threads(&mut self) {
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
    pub(super) fn contend(&mut self) {
        if self.threads.gil_deadline.is_none() {
            self.threads.gil_deadline =
                Some(self.vm.instructions + self.vm.threads.switch_instructions());
        }
    }

    /// Threads whose wait is over become ready, earliest first.
    pub(super) fn wake_threads(&mut self) {
        let now = self.vm.time();
        let handoffs = std::mem::take(&mut self.vm.threads.handoffs);
        let mut woken: Vec<(i64, u32)> = Vec::new();
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
            woken.push((crate::asyncio::instant_ns(when), index));
        }
        if woken.is_empty() {
            return;
        }
        // Few threads wake at once: an insertion sort keeps the sort
        // routines of the standard library out of the page.
        for k in 1..woken.len() {
            let mut j = k;
            while j > 0 && woken.at(j - 1) > woken.at(j) {
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
    pub(super) fn next_ready(&self) -> Option<usize> {
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
    pub(super) fn next_due_instruction(&self) -> Option<u64> {
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
    pub(super) fn switch_to(&mut self, k: usize) {
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
    pub(super) fn preempt(&mut self, k: usize) {
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
    pub(super) fn take_cpu(&mut self) {
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
    pub(super) fn announce(&mut self) {
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
    pub(super) fn apply_rename(&mut self) {
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
    pub(super) fn thread_line(&self) -> u32 {
        self.thread
            .active
            .as_ref()
            .and_then(|a| a.fiber.top_line())
            .unwrap_or(0)
    }

    /// The running thread cannot go on before `until`.
    pub(super) fn begin_wait(&mut self, until: f64, blocked: bool) {
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
    pub(super) fn all_waiting(&mut self) -> Step {
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
    pub(crate) fn end_thread(&mut self, out: FiberOutcome) {
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

    pub(super) fn thread_failed(&mut self, exc: &Value) {
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
    pub(super) fn drop_ended_thread(&mut self) {
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
    pub(super) fn shut_down(&mut self, status: i32) {
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
    pub(super) fn run_thread(&mut self) -> Step {
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
                        self.enter_loop(future, loop_id, close_after, &active.fiber);
                        self.thread.main = Some(active.fiber);
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
                Phase::Loop(_) => {
                    if let Some(step) = self.run_once() {
                        return step;
                    }
                }
            }
        }
    }
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
