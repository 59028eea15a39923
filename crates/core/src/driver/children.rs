//! Child processes under the driver: a child run here in lockstep with
//! its family (its output and trace forwarded to the root program's
//! timeline, its queues' messages through the broker), or run in another
//! worker (`remote`: the messages between its driver and its parent's).

use super::*;

impl Driver {
    /// Run the child process `spec` describes, whose parent runs elsewhere:
    /// `clock` reads the child's clock (its parent's idea of it) in ms.
    pub fn for_child(
        spec: &ChildSpec,
        clock: Box<dyn Clock>,
        network: Box<dyn Network>,
        settings: Settings,
    ) -> Driver {
        let mut driver = Driver::new(vec![Program::from_spec(spec)], clock, network, settings);
        driver.start_ms = 0.0;
        driver.outgoing = Some((Vec::new(), 0));
        let slot = driver.slots.at_mut(0);
        slot.floor = spec.at;
        slot.asleep_until = Some(spec.at);
        driver
    }

    /// What to send to the children running elsewhere (slot, message).
    pub fn take_child_messages(&mut self) -> Vec<(usize, ToChild)> {
        std::mem::take(&mut self.to_children)
    }

    /// Child `slot`, running elsewhere, reported; taken in at the next tick.
    pub fn receive(&mut self, slot: usize, report: Report) {
        if let Some(remote) = self.slots.get_mut(slot).and_then(|s| s.remote.as_mut()) {
            remote.reports.push(report);
        }
    }

    /// Child `slot` could not run elsewhere (its worker failed): it ends
    /// with `message` on its stderr and exit code 1.
    pub fn child_failed(&mut self, slot: usize, message: &str) {
        let time = self.clock_of(slot);
        self.receive(
            slot,
            Report {
                time,
                output: vec![OutputChunk {
                    stderr: true,
                    text: format!("{message}\n"),
                    time,
                    task: None,
                }],
                exit: Some(1),
                ..Report::default()
            },
        );
    }

    /// A message from this child's parent (see `for_child`).
    pub fn deliver(&mut self, message: ToChild) {
        if let (ToChild::Answer { id, due, outcome }, Some((_, seen))) =
            (message, self.outgoing.as_mut())
        {
            *seen += 1;
            self.slots.at_mut(0).inbox.push((id, due, outcome));
        }
    }

    /// What this child tells its parent since the last report (see `for_child`).
    pub fn report(&mut self) -> Report {
        let (requests, answers_seen) = match self.outgoing.as_mut() {
            Some((requests, seen)) => (std::mem::take(requests), *seen),
            None => (Vec::new(), 0),
        };
        let slot = self.slots.at_mut(0);
        let trace = &slot.program.trace().events;
        let events = trace.part(slot.forwarded.min(trace.len())..).to_vec();
        slot.forwarded = trace.len();
        Report {
            // Booting (running the module quietly), it is at its start.
            time: if slot.program.is_booting() {
                slot.program.started_at()
            } else {
                slot.program.time()
            },
            asleep_until: slot.asleep_until,
            answers_seen,
            events,
            output: slot.program.take_output(),
            requests,
            exit: slot.done.then(|| slot.program.exit_code().unwrap_or(1)),
        }
    }

    /// Child `i` runs elsewhere: take in its reports, pass its requests to
    /// the broker and the broker's answers to it.
    pub(super) fn run_remote(&mut self, i: usize) -> Ran {
        let here = self.clock_of(i);
        let slot = self.slots.at_mut(i);
        let remote = slot.remote.as_mut().expect("a remote child");
        let mut exit = None;
        for report in std::mem::take(&mut remote.reports) {
            if report.asleep_until.is_none() {
                remote.behind = Some((here - report.time).max(0.0));
            }
            let program = &mut slot.program;
            program.set_time(report.time.max(program.time()));
            program.trace_mut().events.extend(report.events);
            program.append_output(report.output);
            slot.fetching += report.requests.len();
            slot.deferred.extend(report.requests);
            remote.seen = report.answers_seen;
            remote.asleep_until = report.asleep_until;
            exit = exit.or(report.exit);
        }
        let t = self.clock_of(i);
        self.broker.time_out(i, t);
        // Its last requests go through before it counts as ended.
        self.route_broker();
        let slot = self.slots.at_mut(i);
        let remote = slot.remote.as_mut().expect("a remote child");
        for (id, due, outcome) in std::mem::take(&mut slot.inbox) {
            slot.fetching = slot.fetching.saturating_sub(1);
            remote.sent += 1;
            self.to_children
                .push((i, ToChild::Answer { id, due, outcome }));
        }
        // Woken by an answer it has not seen yet: it may act at once.
        slot.asleep_until = remote.asleep_until.filter(|_| remote.seen == remote.sent);
        if let Some(code) = exit {
            slot.program.finished_elsewhere(code);
            slot.done = true;
            return Ran::Finished;
        }
        let wake = self.broker.deadline_of(i);
        Ran::Asleep(if wake.is_finite() {
            ((wake - t) * 1000.0).max(0.0)
        } else {
            f64::INFINITY
        })
    }

    /// Deliver the broker's answers to their programs' inboxes, start the
    /// processes asked for, end those terminated.
    pub(super) fn route_broker(&mut self) {
        self.release_requests();
        self.deliver_broker_answers();
        for spawn in std::mem::take(&mut self.broker.spawns) {
            let parent = &self.slots.at(spawn.parent).program;
            let spec = parent.child_spec(spawn.pid, spawn.name, spawn.payload, spawn.at);
            let child = Program::from_spec(&spec);
            let mut slot = Slot::new(child, &self.settings, self.clock.now_ms());
            slot.parent = Some(spawn.parent);
            slot.daemon = spawn.daemon;
            // Its clock starts at the instant it was started, and reads the
            // host's clock as its parent's does (on a virtual clock the
            // programs' wake-ups then come in the order of their clocks);
            // waiting for its first turn is the host's delay.
            slot.paused_at = Some(self.clock.now_ms());
            slot.lag_ms = self.slots.at(spawn.parent).lag_ms;
            slot.floor = spawn.at;
            slot.asleep_until = Some(spawn.at);
            if self.settings.processes_elsewhere {
                // Its clock runs elsewhere: no delay here is its delay.
                slot.paused_at = None;
                slot.remote = Some(Remote::default());
                let k = self.slots.len();
                self.slots.push(slot);
                let clock = self.clock_raw(k);
                self.to_children.push((k, ToChild::Start { spec, clock }));
                continue;
            }
            self.slots.push(slot);
        }
        for pid in std::mem::take(&mut self.broker.kills) {
            if let Some(k) = self
                .slots
                .iter()
                .position(|s| s.pid == pid && s.parent.is_some())
            {
                if !self.slots.at(k).done {
                    // Ended at the instant its parent ended it (a child in a
                    // worker runs on a clock of its own, which the page's
                    // pauses do not hold back).
                    let parent = self.slots.at(k).parent.unwrap_or(k);
                    let at = self.clock_of(k).min(self.slots.at(parent).program.time());
                    if self.slots.at(k).remote.is_some() {
                        self.to_children.push((k, ToChild::Kill));
                    }
                    self.slots.at_mut(k).program.terminate();
                    self.forward_child(k);
                    self.slots.at_mut(k).done = true;
                    self.ended_with(k, crate::processes::TERMINATED, at);
                }
            }
        }
    }

    /// Put the broker's answers in their programs' inboxes (an answered
    /// program counts at its clock again in `horizon`).
    pub(super) fn deliver_broker_answers(&mut self) {
        for a in std::mem::take(&mut self.broker.answers) {
            if let Some(slot) = self.slots.get_mut(a.slot).filter(|s| !s.done) {
                slot.inbox.push((a.id, a.due, a.outcome));
            }
        }
    }

    /// Whether program `i` runs in lockstep with the others (virtual clocks).
    pub(super) fn lockstep(&self, i: usize) -> bool {
        self.settings.lockstep_s > 0.0 && self.slots.at(i).program.seconds_per_instruction() > 0.0
    }

    /// The slot of the program at the root of child `i`'s family.
    pub(super) fn root_of(&self, mut i: usize) -> usize {
        while let Some(p) = self.slots.at(i).parent {
            i = p;
        }
        i
    }

    /// Copy child `i`'s new output and trace events into its root
    /// program, on lanes of its own.
    pub(super) fn forward_child(&mut self, i: usize) {
        use crate::trace::Event;
        let root = self.root_of(i);
        let output = self.slots.at_mut(i).program.take_output();
        let (from, events) = {
            let trace = &self.slots.at(i).program.trace().events;
            let from = self.slots.at(i).forwarded.min(trace.len());
            (trace.len(), trace.part(from..).to_vec())
        };
        self.slots.at_mut(i).forwarded = from;
        let name = self.slots.at(i).program.process_name();
        let lane = |d: &mut Driver, inner: Option<u32>, at: f64, label: &str| -> u32 {
            if let Some(&(_, l)) = d.lanes.iter().find(|(k, _)| *k == (i, inner)) {
                return l;
            }
            let l = crate::processes::PROCESS_LANE_BASE + d.lanes.len() as u32;
            d.lanes.push(((i, inner), l));
            let shown = match inner {
                None => name.to_string(),
                Some(_) => format!("{name}: {label}"),
            };
            let main = d.lanes.iter().find(|(k, _)| *k == (i, None)).map(|x| x.1);
            let trace = d.slots.at_mut(root).program.trace_mut();
            trace.task_created(
                at,
                l,
                &std::rc::Rc::from(shown),
                main.filter(|_| inner.is_some()),
                0,
            );
            trace.ready(at, l);
            if inner.is_none() {
                // Its main thread runs from its start to its end; its
                // blocking calls split that span.
                trace.step_start(at, l);
            }
            l
        };
        let start = self.slots.at(i).program.started_at();
        let main = lane(self, None, start, "");
        // The lane of a child's task or thread, or of its main thread.
        let on = |d: &mut Driver, task: Option<u32>, time: f64| match task {
            Some(t) => lane(d, Some(t), time, ""),
            None => main,
        };
        let mut mapped = Vec::new();
        for e in events {
            match e {
                Event::TaskCreated {
                    time,
                    task,
                    name: n,
                    ..
                } => {
                    lane(self, Some(task), time, &n);
                }
                Event::Ready { time, task } => mapped.push(Event::Ready {
                    time,
                    task: lane(self, Some(task), time, ""),
                }),
                Event::StepStart { time, task } => mapped.push(Event::StepStart {
                    time,
                    task: lane(self, Some(task), time, ""),
                }),
                Event::StepEnd {
                    time,
                    task,
                    line,
                    outcome,
                } => mapped.push(Event::StepEnd {
                    time,
                    task: lane(self, Some(task), time, ""),
                    line,
                    outcome,
                }),
                Event::Output {
                    time,
                    task,
                    stderr,
                    text,
                } => mapped.push(Event::Output {
                    time,
                    task: Some(on(self, task, time)),
                    stderr,
                    text,
                }),
                Event::Blocked {
                    time,
                    task,
                    seconds,
                    what,
                    line,
                } => mapped.push(Event::Blocked {
                    time,
                    task: Some(on(self, task, time)),
                    seconds,
                    what,
                    line,
                }),
                Event::MainRun { .. }
                | Event::ProgramEnd { .. }
                | Event::MainReady { .. }
                | Event::LoopTurn { .. } => {}
            }
        }
        let root_program = &mut self.slots.at_mut(root).program;
        root_program.trace_mut().events.extend(mapped);
        root_program.append_output(output.into_iter().map(|mut c| {
            c.task = Some(main);
            c
        }));
    }
}
