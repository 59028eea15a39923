//! The one run loop every host shares: it runs the programs of a run in
//! slices, keeps each program's clock, performs and answers their requests,
//! shares the host fairly between them, and steps one turn at a time. Hosts
//! plug in a `Clock` (virtual in the CLI and the tests, `performance.now()`
//! in the page) and a `Network` (the demo site in-process, or the page's
//! `fetch()` and Service Worker) and act on what `tick` says comes next.
//!
//! The accounting, in program seconds:
//! - each program's clock is the host's clock since the run started, less
//!   the delays the host added (`lag_ms`): a timer that fired late, turns
//!   given to the other program, the page drawing between slices. So
//!   `time.sleep(1)` takes one second of its clock even on a busy page;
//! - like CPython's `_run_once`, a program woken runs every timer due by
//!   the instant it woke, in that turn: the lateness that instant covers is
//!   given back as it reaches each deadline, so a run of many close
//!   deadlines costs as many wake-ups as the host's timers allow, not one
//!   per deadline; when the next deadline falls just after the instant it
//!   woke (`GIVE_BACK_S`), the rest of the lateness goes back too, so a
//!   dense run's wall time follows its program time instead of drifting by
//!   a fraction of a millisecond per wake-up; a wake-up within `RUN_ON_S` is
//!   not worth a timer at all;
//! - the demo site's answers through a Service Worker are due after the
//!   site's delay on the program's clock: one back early waits until then,
//!   one back late was held up by the page, and that is the page's delay;
//!   answers are delivered in the order due, one back before an earlier
//!   one waits for it (a loaded machine may hand them back out of order).

use crate::at::{At, Part, VecAt};
use crate::http::{HttpOutcome, HttpRequest};
use crate::processes::Broker;
use crate::program::{Options, Program, Step};
use crate::remote::{ChildSpec, Report, ToChild};
use crate::site::{SiteConfig, VirtualHost};
use crate::vm::interp::OutputChunk;
use std::cell::Cell;
use std::rc::Rc;

/// A wake-up this close (program seconds) runs on instead of setting a timer.
pub const RUN_ON_S: f64 = 0.001;
/// A program woken late whose next deadline is at most this far (program
/// seconds, about a browser timer's clamp) after the instant it woke gets
/// all of that lateness back: it would have waited that long anyway.
pub const GIVE_BACK_S: f64 = 0.004;

/// The host's clock.
pub trait Clock {
    /// Milliseconds since any fixed origin.
    fn now_ms(&self) -> f64;
}

/// A clock that moves only when told: the host "waits" by advancing it.
/// Clones share one reading.
#[derive(Clone, Default)]
pub struct VirtualClock(Rc<Cell<f64>>);

impl VirtualClock {
    pub fn advance(&self, ms: f64) {
        self.0.set(self.0.get() + ms.max(0.0));
    }
}

impl Clock for VirtualClock {
    fn now_ms(&self) -> f64 {
        self.0.get()
    }
}

/// How a request was sent.
pub enum Sent {
    /// The driver answers it with the demo site, in-process on the
    /// program's clock.
    InProcess,
    /// Sent out: its answer comes back through `take_answers`. `due` is the
    /// program second the site's answer is due at, when the site answers
    /// it (through a Service Worker) after its delay.
    Out { due: Option<f64> },
}

/// Where the programs' HTTP requests go.
pub trait Network {
    /// Send request `req` of program `slot`, made at program second `now`.
    fn send(&mut self, slot: usize, now: f64, req: HttpRequest) -> Sent;
    /// Answers that came back for program `slot` since the last call.
    fn take_answers(&mut self, slot: usize) -> Vec<(u32, HttpOutcome)>;
}

/// A network of the demo site alone, answered in-process; other URLs fail
/// to connect (the CLI, the tests, step mode).
pub struct SiteOnly;

impl Network for SiteOnly {
    fn send(&mut self, _: usize, _: f64, _: HttpRequest) -> Sent {
        Sent::InProcess
    }
    fn take_answers(&mut self, _: usize) -> Vec<(u32, HttpOutcome)> {
        Vec::new()
    }
}

/// How the driver slices and what the in-process site does.
#[derive(Clone, Debug)]
pub struct Settings {
    /// Host milliseconds of interpretation per tick, shared between the
    /// programs still running.
    pub slice_ms: f64,
    /// Instructions per `run_slice` call inside a slice.
    pub instructions_per_call: u64,
    pub site: SiteConfig,
    /// Why URLs off the demo site cannot be reached in-process.
    pub offline: &'static str,
    /// Processes of one program run in lockstep on their own clocks: none
    /// runs more than this many program seconds past the others' next
    /// event (virtual clocks; 0 on a real clock, which keeps them in step).
    pub lockstep_s: f64,
    /// Which of those are closed ports of this machine instead (see
    /// `VirtualHost::closed`).
    pub closed: Option<fn(&str) -> bool>,
    /// Child processes run elsewhere (the page's Web Workers): the driver
    /// keeps a mirror of each and says what to send it (`remote`).
    pub processes_elsewhere: bool,
    /// The programs take turns whole, in order: the next starts (its clock
    /// at 0) when the one before and its processes have finished. For
    /// programs that compute: running together, one's processes would share
    /// the machine's cores with the others' computing.
    pub one_at_a_time: bool,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            slice_ms: 7.0,
            instructions_per_call: 20_000,
            site: SiteConfig::default(),
            offline: VirtualHost::default().offline,
            closed: None,
            lockstep_s: 0.0002,
            processes_elsewhere: false,
            one_at_a_time: false,
        }
    }
}

/// What the host does after a tick.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Next {
    /// Some program could go on: yield to the host, then tick again.
    Now,
    /// Every program sleeps: tick again after this many milliseconds.
    After(f64),
    /// Only answers to requests can wake a program: tick when one arrives.
    OnAnswer,
    /// Every program has finished.
    Done,
}

/// One program of the run and its accounting.
struct Slot {
    program: Program,
    done: bool,
    /// Host milliseconds kept from this program (see the module's notes).
    lag_ms: f64,
    /// Nothing can run before this program second (a timer or a blocking call).
    asleep_until: Option<f64>,
    /// When it last gave way although it could have gone on (host ms).
    paused_at: Option<f64>,
    /// The clock never reads less than this (the last wake-up instant).
    floor: f64,
    /// Woken late: timers due by this instant (its clock before the
    /// lateness was left out) still run in this turn.
    catch_up: f64,
    /// Answers the demo site's requests in-process.
    site: VirtualHost,
    /// Requests sent out and not yet answered.
    fetching: usize,
    /// Requests out to the site: (id, program second its answer is due).
    worker_due: Vec<(u32, f64)>,
    /// The broker's answers for this program: (id, program second due, answer).
    inbox: Vec<(u32, f64, HttpOutcome)>,
    /// A child process: its parent's slot, pid, and whether it is a daemon.
    parent: Option<usize>,
    pid: i64,
    daemon: bool,
    /// Trace events already copied into the root program's trace.
    forwarded: usize,
    /// Requests to the broker made ahead of another process's clock:
    /// (program second made, request), handled once the others catch up.
    deferred: Vec<(f64, HttpRequest)>,
    /// It runs elsewhere: `program` is its mirror (see `remote`).
    remote: Option<Remote>,
}

/// What the driver knows of a child process running elsewhere.
#[derive(Default)]
struct Remote {
    /// Its reports not yet taken in.
    reports: Vec<Report>,
    /// Answers sent to it, and seen by it as of its latest report.
    sent: u32,
    seen: u32,
    /// It sleeps until then, as of its latest report.
    asleep_until: Option<f64>,
    /// How far its clock is behind its mirror's here (it left its worker's
    /// start-up out), as of its latest report while it ran; `None` before
    /// its first report (its worker is starting: it is at its start).
    behind: Option<f64>,
}

impl Slot {
    fn new(program: Program, settings: &Settings, start_ms: f64) -> Slot {
        let mut site = VirtualHost::new(settings.site);
        site.offline = settings.offline;
        site.closed = settings.closed;
        Slot {
            pid: program.pid(),
            program,
            done: false,
            lag_ms: 0.0,
            asleep_until: None,
            // Waiting for its first turn is the host's delay.
            paused_at: Some(start_ms),
            floor: 0.0,
            catch_up: f64::NEG_INFINITY,
            site,
            fetching: 0,
            worker_due: Vec::new(),
            inbox: Vec::new(),
            parent: None,
            daemon: false,
            forwarded: 0,
            deferred: Vec::new(),
            remote: None,
        }
    }

    /// Tell the site which answers must wait for one still out.
    fn note_still_out(&mut self) {
        let earliest = self
            .worker_due
            .iter()
            .map(|d| d.1)
            .fold(f64::INFINITY, f64::min);
        self.site.set_still_out(earliest);
    }
}

/// Runs the programs of one run (a lesson's A and B, or one program).
pub struct Driver {
    clock: Box<dyn Clock>,
    network: Box<dyn Network>,
    settings: Settings,
    start_ms: f64,
    slots: Vec<Slot>,
    /// Which program goes first in the next tick (fairness).
    first: usize,
    /// The queues, starts and exits of child processes.
    broker: Broker,
    /// Lanes of child processes in their root program's trace, by (slot,
    /// lane in the child's own trace; `None`: its main thread).
    lanes: Vec<((usize, Option<u32>), u32)>,
    /// Output of each program (and its processes) not yet handed out: it
    /// waits until no process can write something dated earlier.
    unsettled: Vec<Vec<OutputChunk>>,
    /// What to send to the children running elsewhere, by slot.
    to_children: Vec<(usize, ToChild)>,
    /// This driver runs a child process whose parent is elsewhere: its
    /// broker requests go out (`report`), and the answers seen so far.
    outgoing: Option<(Vec<(f64, HttpRequest)>, u32)>,
}

impl Driver {
    /// Start `programs` at this instant of `clock`: each program's clock
    /// reads 0 when it first runs, whichever goes first.
    pub fn new(
        programs: Vec<Program>,
        clock: Box<dyn Clock>,
        network: Box<dyn Network>,
        settings: Settings,
    ) -> Driver {
        let start_ms = clock.now_ms();
        let mut slots: Vec<Slot> = programs
            .into_iter()
            .map(|program| Slot::new(program, &settings, start_ms))
            .collect();
        if settings.one_at_a_time {
            // Waiting for its turn is kept from its clock, as a pause is.
            for slot in slots.iter_mut().skip(1) {
                slot.paused_at = Some(start_ms);
            }
        }
        Driver {
            clock,
            network,
            settings,
            start_ms,
            slots,
            first: 0,
            broker: Broker::default(),
            lanes: Vec::new(),
            unsettled: Vec::new(),
            to_children: Vec::new(),
            outgoing: None,
        }
    }

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

    /// Program `slot`'s output (its processes' included) that no process of
    /// the run can still precede, in the order of their clocks; all of it
    /// once the program and its processes are done.
    pub fn take_output(&mut self, slot: usize) -> Vec<OutputChunk> {
        if self.unsettled.len() <= slot {
            self.unsettled.resize_with(slot + 1, Vec::new);
        }
        let new = self.slots.at_mut(slot).program.take_output();
        let pending = self.unsettled.at_mut(slot);
        pending.extend(new);
        crate::sort::sort_by(pending, |a, b| a.time.total_cmp(&b.time));
        let until = if self.is_done(slot) {
            f64::INFINITY
        } else {
            self.settled_until()
        };
        let pending = self.unsettled.at_mut(slot);
        let n = pending.iter().take_while(|c| c.time <= until).count();
        pending.drain(..n).collect()
    }

    pub fn len(&self) -> usize {
        self.slots.len()
    }

    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }

    pub fn program(&self, slot: usize) -> &Program {
        &self.slots.at(slot).program
    }

    pub fn program_mut(&mut self, slot: usize) -> &mut Program {
        &mut self.slots.at_mut(slot).program
    }

    /// Whether program `slot` has finished, and the processes it started.
    pub fn is_done(&self, slot: usize) -> bool {
        self.slots.at(slot).done
            && (0..self.slots.len())
                .filter(|&c| self.slots.at(c).parent == Some(slot))
                .all(|c| self.is_done(c))
    }

    pub fn all_done(&self) -> bool {
        self.slots.iter().all(|s| s.done)
    }

    /// The programs, for their traces and output after the run (child
    /// processes left out: their output and lanes are in their root's).
    pub fn into_programs(self) -> Vec<Program> {
        self.slots
            .into_iter()
            .filter(|s| s.parent.is_none())
            .map(|s| s.program)
            .collect()
    }

    /// Program `slot`'s clock now, in seconds since the run started.
    pub fn clock_of(&self, slot: usize) -> f64 {
        self.clock_raw(slot).max(self.slots.at(slot).floor)
    }

    /// The furthest clock of the programs still running (0 when none), a
    /// paused one's where it paused: one at a time, a program waiting for
    /// its turn reads 0.
    pub fn furthest_clock(&self) -> f64 {
        (0..self.slots.len())
            .filter(|&i| !self.slots.at(i).done)
            .map(|i| {
                let slot = self.slots.at(i);
                match slot.paused_at {
                    Some(p) => ((p - self.start_ms - slot.lag_ms) / 1000.0).max(slot.floor),
                    None => self.clock_of(i),
                }
            })
            .fold(0.0, f64::max)
    }

    /// The host's clock since the start, less this program's lag.
    fn clock_raw(&self, slot: usize) -> f64 {
        (self.clock.now_ms() - self.start_ms - self.slots.at(slot).lag_ms) / 1000.0
    }

    /// Run each program still running for its share of a slice, and say
    /// when to tick again.
    pub fn tick(&mut self) -> Next {
        let slice_start = self.clock.now_ms();
        let slots_before = self.slots.len();
        // One at a time: the first program not finished, with its processes.
        let turn = (0..self.slots.len())
            .filter(|&i| self.slots.at(i).parent.is_none())
            .find(|&i| !self.is_done(i));
        let live: Vec<usize> = (0..self.slots.len())
            .filter(|&i| !self.slots.at(i).done)
            .filter(|&i| !self.settings.one_at_a_time || Some(self.root_of(i)) == turn)
            .collect();
        if live.is_empty() {
            return Next::Done;
        }
        let n = live.len();
        let share = self.settings.slice_ms / n as f64;
        // Host milliseconds until the earliest wake-up of a sleeping program.
        let mut wake_in: Option<f64> = None;
        let mut busy = false;
        for k in 0..n {
            let i = live[(k + self.first) % n];
            let deadline = slice_start + share * (k + 1) as f64;
            match self.run_slot(i, deadline) {
                Ran::Paused => busy = true,
                Ran::Asleep(ms) => wake_in = Some(wake_in.map_or(ms, |w: f64| w.min(ms))),
                Ran::Finished => {}
            }
        }
        self.first = self.first.wrapping_add(1);
        // A program may have answered one that already had its turn, or
        // let another's request through.
        self.route_broker();
        if let Some(ms) = self.held_request_in() {
            wake_in = Some(wake_in.map_or(ms, |w| w.min(ms)));
        }
        let answered = self.slots.iter().any(|s| !s.done && !s.inbox.is_empty());
        // A process started in this tick runs in the next one.
        let started = self.slots.len() != slots_before;
        match wake_in {
            _ if busy || answered || started => Next::Now,
            _ if self.all_done() => Next::Done,
            Some(w) if w.is_finite() => Next::After(w.max(0.0)),
            Some(_) => Next::OnAnswer,
            None => Next::Now,
        }
    }

    fn run_slot(&mut self, i: usize, deadline: f64) -> Ran {
        if let Some(p) = self.slots.at_mut(i).paused_at.take() {
            self.slots.at_mut(i).lag_ms += self.clock.now_ms() - p;
        }
        let ran = self.run_slot_inner(i, deadline);
        if self.slots.at(i).parent.is_some() {
            self.forward_child(i);
        }
        if matches!(ran, Ran::Finished) {
            self.ended(i);
        }
        ran
    }

    fn run_slot_inner(&mut self, i: usize, deadline: f64) -> Ran {
        if self.slots.at(i).done {
            return Ran::Finished;
        }
        if self.slots.at(i).remote.is_some() {
            return self.run_remote(i);
        }
        let t = self.clock_of(i);
        self.broker.time_out(i, t);
        self.route_broker();
        self.take_answers(i);
        if let Some(until) = self.slots.at(i).asleep_until {
            let t = self.clock_of(i);
            if t + 1e-9 < until {
                // Woken early (a timer, or another program's wake-up).
                return Ran::Asleep((until - t) * 1000.0);
            }
            // Woken late: the host's delay, not the program's; but every
            // timer due by now runs in this turn.
            let slot = self.slots.at_mut(i);
            slot.lag_ms += (t - until) * 1000.0;
            slot.floor = until;
            slot.asleep_until = None;
            slot.catch_up = t;
        }
        loop {
            if self.ahead_of_others(i) {
                let slot = self.slots.at_mut(i);
                slot.paused_at = Some(self.clock.now_ms());
                slot.catch_up = f64::NEG_INFINITY;
                return Ran::Paused;
            }
            let now = self.clock_of(i);
            let budget = self.slice_budget(i);
            let slot = self.slots.at_mut(i);
            slot.program.set_time(now);
            slot.site.deliver_due(&mut slot.program);
            let step = slot.program.run_slice(budget);
            if slot.program.take_booted() {
                // A forked child starts with its memory ready: the module it
                // ran first takes none of its time, its waits included
                // (`booted` set the program's clock back; this, the host's).
                let at = slot.program.started_at();
                slot.lag_ms = self.clock.now_ms() - self.start_ms - at * 1000.0;
                slot.floor = at;
            }
            self.send_requests(i);
            match step {
                Step::Continue => {}
                Step::Sleep { until, .. } => {
                    let until = self
                        .slots
                        .at(i)
                        .site
                        .wake_at(until)
                        .min(self.broker.deadline_of(i));
                    if !until.is_finite() {
                        let slot = self.slots.at_mut(i);
                        if slot.fetching > 0 {
                            slot.asleep_until = Some(until);
                            slot.catch_up = f64::NEG_INFINITY;
                            return Ran::Asleep(f64::INFINITY);
                        }
                        slot.program.stop_waiting_forever();
                        continue;
                    }
                    let mut raw = self.clock_raw(i);
                    let slot = self.slots.at_mut(i);
                    if until > slot.catch_up
                        && slot.catch_up > raw
                        && until - slot.catch_up <= GIVE_BACK_S
                    {
                        // Due just after the instant it woke: the rest of
                        // the lateness goes back too, or it would push every
                        // later deadline of a dense run back in wall time.
                        slot.lag_ms -= (slot.catch_up - raw) * 1000.0;
                        slot.floor = slot.floor.max(slot.catch_up);
                        raw = slot.catch_up;
                    }
                    if until <= slot.catch_up && until > raw {
                        // Due by the instant it woke: give back that much
                        // of the lateness left out.
                        slot.lag_ms -= (until - raw) * 1000.0;
                        slot.floor = slot.floor.max(until);
                    } else if until > raw + RUN_ON_S {
                        slot.asleep_until = Some(until);
                        slot.catch_up = f64::NEG_INFINITY;
                        return Ran::Asleep((until - raw) * 1000.0);
                    } else {
                        // Too close for a timer: run on, the clock reading
                        // at least that instant.
                        slot.floor = slot.floor.max(until);
                    }
                }
                Step::Finished { .. } => {
                    self.slots.at_mut(i).done = true;
                    return Ran::Finished;
                }
            }
            let now = self.clock.now_ms();
            if now >= deadline || self.ahead_of_others(i) {
                let slot = self.slots.at_mut(i);
                slot.paused_at = Some(now);
                slot.catch_up = f64::NEG_INFINITY;
                return Ran::Paused;
            }
        }
    }

    /// Child `i` runs elsewhere: take in its reports, pass its requests to
    /// the broker and the broker's answers to it.
    fn run_remote(&mut self, i: usize) -> Ran {
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

    /// Take the answers that came back for program `i`.
    fn take_answers(&mut self, i: usize) {
        let mut answers = self.network.take_answers(i);
        // The broker's answers come with their due time, as the site's do.
        for (id, due, outcome) in std::mem::take(&mut self.slots.at_mut(i).inbox) {
            self.slots.at_mut(i).worker_due.push((id, due));
            answers.push((id, outcome));
        }
        if answers.is_empty() {
            return;
        }
        // On a virtual clock a program's own clock may be ahead of the host's.
        let t = self.clock_of(i).max(self.slots.at(i).program.time());
        let slot = self.slots.at_mut(i);
        // Every answer goes through the site's queue at its due time (at
        // once when none is known), so answers due together are delivered
        // in the order requested, whichever came back first.
        let mut ready = false;
        let mut late_since = f64::INFINITY;
        for (id, outcome) in answers {
            slot.fetching = slot.fetching.saturating_sub(1);
            let due = slot
                .worker_due
                .iter()
                .position(|d| d.0 == id)
                .map(|k| slot.worker_due.swap_remove(k).1);
            match due {
                // Back before the program's clock reached its due time.
                Some(due) if due > t => {}
                Some(due) => {
                    late_since = late_since.min(due);
                    ready = true;
                }
                None => ready = true,
            }
            slot.site
                .hold(due.unwrap_or(f64::NEG_INFINITY), id, outcome);
        }
        slot.note_still_out();
        if let Some(until) = slot.asleep_until.take() {
            // Back late: as for a late timer, the delay is the page's.
            let due = late_since.min(until);
            if ready && due.is_finite() && t > due && due >= slot.floor {
                slot.lag_ms += (t - due) * 1000.0;
                slot.floor = due;
            }
        }
        let now = self.clock_of(i);
        let slot = self.slots.at_mut(i);
        slot.program.set_time(now);
        slot.site.deliver_due(&mut slot.program);
    }

    /// Send the requests program `i` just made.
    fn send_requests(&mut self, i: usize) {
        let slot = self.slots.at_mut(i);
        for req in slot.program.take_requests() {
            let now = slot.program.time();
            let id = req.id;
            if req.url.starts_with(crate::processes::SCHEME) {
                slot.fetching += 1;
                match self.outgoing.as_mut() {
                    // The broker is the parent's.
                    Some((out, _)) => out.push((now, req)),
                    None => slot.deferred.push((now, req)),
                }
                continue;
            }
            match self.network.send(i, now, req.clone()) {
                Sent::InProcess => slot.site.schedule(now, req),
                Sent::Out { due } => {
                    slot.fetching += 1;
                    if let Some(due) = due {
                        slot.worker_due.push((id, due));
                        slot.note_still_out();
                    }
                }
            }
        }
        self.route_broker();
    }

    /// Deliver the broker's answers to their programs' inboxes, start the
    /// processes asked for, end those terminated.
    fn route_broker(&mut self) {
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
    fn deliver_broker_answers(&mut self) {
        for a in std::mem::take(&mut self.broker.answers) {
            if let Some(slot) = self.slots.get_mut(a.slot).filter(|s| !s.done) {
                slot.inbox.push((a.id, a.due, a.outcome));
            }
        }
    }

    /// Hand the broker the requests no other process's clock is behind,
    /// earliest first, so that what processes put in a queue comes out in
    /// the order of their clocks (on a real clock, all of them at once).
    fn release_requests(&mut self) {
        loop {
            let earliest = (0..self.slots.len())
                .filter(|&j| !self.slots.at(j).done)
                .flat_map(|j| {
                    self.slots
                        .at(j)
                        .deferred
                        .iter()
                        .enumerate()
                        .map(move |(k, r)| (r.0, j, k))
                })
                .min_by(|a, b| a.0.total_cmp(&b.0));
            let Some((at, j, k)) = earliest else { return };
            if self.lockstep(j) && at > self.horizon(j) + 1e-9 {
                return;
            }
            if !self.lockstep(j) && self.held_for(j, at) > 0.0 {
                return;
            }
            let (at, req) = self.slots.at_mut(j).deferred.remove_at(k);
            let family = self.root_of(j);
            self.broker.request(j, family, at, &req);
            self.deliver_broker_answers();
        }
    }

    /// Program seconds a request of program `j` made at `at` is held on a
    /// real clock: one made ahead of the clock (after a blocking call
    /// inside a call that could not give way) waits for its instant; with
    /// processes in workers, also until no other process can act before it
    /// (a worker's start-up is left out of its child's clock, so their
    /// requests do not come in the order of their clocks).
    fn held_for(&self, j: usize, at: f64) -> f64 {
        let mut wait = at - self.clock_of(j) - RUN_ON_S;
        if self.settings.processes_elsewhere {
            wait = wait.max(at - self.real_horizon(j) - RUN_ON_S);
        }
        wait
    }

    /// On a real clock, the earliest instant another process of program
    /// `i`'s family could still act at: a sleeping one's wake-up, a running
    /// one's clock (a child in a worker: its mirror's, less what it is
    /// behind).
    fn real_horizon(&self, i: usize) -> f64 {
        let root = self.root_of(i);
        (0..self.slots.len())
            .filter(|&j| j != i && !self.slots.at(j).done && self.root_of(j) == root)
            .map(|j| {
                let s = &self.slots.at(j);
                if let Some(&(at, _)) = s.deferred.first() {
                    return at;
                }
                match (s.asleep_until, &s.remote) {
                    (Some(until), _) if s.inbox.is_empty() => until.min(self.broker.deadline_of(j)),
                    (_, Some(remote)) => match remote.behind {
                        Some(behind) => self.clock_of(j) - behind,
                        None => s.program.time(),
                    },
                    (_, None) => self.clock_of(j).max(s.program.time()),
                }
            })
            .fold(f64::INFINITY, f64::min)
    }

    /// Host milliseconds until the earliest request held on a real clock
    /// (see `held_for`) may go, if any (at least 2 ms: a child in a worker
    /// may move the horizon only with its next report).
    fn held_request_in(&self) -> Option<f64> {
        (0..self.slots.len())
            .filter(|&j| !self.slots.at(j).done && !self.lockstep(j))
            .flat_map(|j| self.slots.at(j).deferred.iter().map(move |r| (j, r.0)))
            .map(|(j, at)| self.held_for(j, at) * 1000.0)
            .reduce(f64::min)
            .map(|ms| ms.max(2.0))
    }

    /// Whether program `i` runs in lockstep with the others (virtual clocks).
    fn lockstep(&self, i: usize) -> bool {
        self.settings.lockstep_s > 0.0 && self.slots.at(i).program.seconds_per_instruction() > 0.0
    }

    /// No program of the run will write anything dated before this
    /// instant: output up to it can be shown in the order of its clocks.
    pub fn settled_until(&self) -> f64 {
        self.horizon(usize::MAX)
    }

    /// The earliest instant another process could still act at: a running
    /// one's clock, a sleeping one's wake-up; one waiting for an answer
    /// acts only once answered.
    fn horizon(&self, i: usize) -> f64 {
        (0..self.slots.len())
            .filter(|&j| j != i && !self.slots.at(j).done)
            .map(|j| {
                let s = &self.slots.at(j);
                if let Some(&(at, _)) = s.deferred.first() {
                    return at;
                }
                match s.asleep_until {
                    Some(until) if s.inbox.is_empty() => until.min(self.broker.deadline_of(j)),
                    _ => s.program.time(),
                }
            })
            .fold(f64::INFINITY, f64::min)
    }

    /// Program `i` finished: its parent learns its exit code; its daemon
    /// children end with it.
    fn ended(&mut self, i: usize) {
        let code = self.slots.at(i).program.exit_code().unwrap_or(1);
        let at = self.slots.at(i).program.time();
        self.ended_with(i, code, at);
    }

    fn ended_with(&mut self, i: usize, code: i32, at: f64) {
        self.broker.forget(i);
        self.slots.at_mut(i).inbox.clear();
        if self.slots.at(i).parent.is_some() {
            self.broker.exited(self.slots.at(i).pid, code, at);
            if let Some(&(_, lane)) = self.lanes.iter().find(|(k, _)| *k == (i, None)) {
                let root = self.root_of(i);
                let outcome = crate::trace::StepOutcome::Returned {
                    value: format!("exitcode {code}"),
                };
                self.slots
                    .at_mut(root)
                    .program
                    .trace_mut()
                    .step_end(at, lane, 0, outcome);
            }
        }
        let daemons: Vec<i64> = self
            .slots
            .iter()
            .filter(|s| s.parent == Some(i) && s.daemon && !s.done)
            .map(|s| s.pid)
            .collect();
        self.broker.kills.extend(daemons);
        self.route_broker();
    }

    /// Instructions for program `i`'s next `run_slice`: on a virtual clock
    /// beside other processes, about `lockstep_s` worth.
    fn slice_budget(&self, i: usize) -> u64 {
        let spi = self.slots.at(i).program.seconds_per_instruction();
        let others = self.slots.iter().filter(|s| !s.done).count() > 1;
        if others && spi > 0.0 && self.settings.lockstep_s > 0.0 {
            let n = (self.settings.lockstep_s / spi) as u64;
            n.clamp(1000, self.settings.instructions_per_call)
        } else {
            self.settings.instructions_per_call
        }
    }

    /// Program `i` ran `lockstep_s` past another process that could run too:
    /// it gives way (virtual clocks only). Sleeping processes are left out:
    /// the host's clock wakes them in order, and a program waiting for one
    /// of them could otherwise wait forever.
    fn ahead_of_others(&self, i: usize) -> bool {
        if self.settings.lockstep_s <= 0.0
            || self.slots.at(i).program.seconds_per_instruction() <= 0.0
        {
            return false;
        }
        let mine = self.slots.at(i).program.time();
        let slowest = (0..self.slots.len())
            .filter(|&j| j != i && !self.slots.at(j).done)
            .filter(|&j| {
                self.slots.at(j).asleep_until.is_none() || !self.slots.at(j).inbox.is_empty()
            })
            .map(|j| self.slots.at(j).program.time())
            .fold(f64::INFINITY, f64::min);
        mine > slowest + self.settings.lockstep_s
    }

    /// The slot of the program at the root of child `i`'s family.
    fn root_of(&self, mut i: usize) -> usize {
        while let Some(p) = self.slots.at(i).parent {
            i = p;
        }
        i
    }

    /// Copy child `i`'s new output and trace events into its root
    /// program, on lanes of its own.
    fn forward_child(&mut self, i: usize) {
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

    /// No answer will come (nothing sends one): end the programs waiting
    /// only for answers, with a message.
    pub fn stop_waiting_for_answers(&mut self) {
        for slot in self.slots.iter_mut().filter(|s| !s.done) {
            if slot.asleep_until == Some(f64::INFINITY) {
                slot.asleep_until = None;
                slot.fetching = 0;
                slot.program.stop_waiting_forever();
            }
        }
    }

    /// Step mode: run program `slot` up to its next event-loop turn on the
    /// virtual clock, jumping the clock to its next wake-up when it sleeps.
    /// Requests go to the in-process site only.
    pub fn step_turn(&mut self, slot: usize) -> Step {
        let s = self.slots.at_mut(slot);
        let step = s.program.step_turn();
        s.site.take_requests(&mut s.program);
        match step {
            Step::Sleep { until, .. } => {
                if !s.site.advance(&mut s.program, until) {
                    s.program.stop_waiting_forever();
                }
            }
            Step::Finished { .. } => s.done = true,
            Step::Continue => {}
        }
        step
    }
}

/// How a program's share of a tick ended.
enum Ran {
    /// It could go on, but its share is used.
    Paused,
    /// It sleeps for this many host milliseconds (infinite: until an answer).
    Asleep(f64),
    Finished,
}

/// Run `driver` on the virtual `clock` (which it must read) until every
/// program finishes or `max_ticks` ticks have run; `each_tick` sees the
/// driver after every tick (to stream output). Sleeps take no time; an
/// answer nothing will send ends the waiting program.
pub fn run_to_end(
    driver: &mut Driver,
    clock: &VirtualClock,
    max_ticks: usize,
    mut each_tick: impl FnMut(&mut Driver),
) {
    for _ in 0..max_ticks {
        let next = driver.tick();
        each_tick(driver);
        match next {
            Next::Now => {}
            Next::After(ms) => clock.advance(ms),
            Next::OnAnswer => driver.stop_waiting_for_answers(),
            Next::Done => return,
        }
    }
}

/// Run a whole program on the virtual clock (the CLI and the tests): its
/// output and the finished program.
pub fn run_virtual(source: &str, options: Options) -> (Program, Vec<OutputChunk>) {
    let program = Program::new(source, options);
    let clock = VirtualClock::default();
    let settings = Settings {
        instructions_per_call: 1_000_000,
        closed: Some(crate::site::closed_port),
        ..Settings::default()
    };
    let mut driver = Driver::new(
        vec![program],
        Box::new(clock.clone()),
        Box::new(SiteOnly),
        settings,
    );
    let mut out = Vec::new();
    run_to_end(&mut driver, &clock, usize::MAX, |d| {
        out.extend(d.take_output(0))
    });
    out.extend(driver.take_output(0));
    let program = driver.into_programs().pop().expect("one program");
    (program, out)
}
