//! The one run loop every host shares: it runs the programs of a run in
//! slices, keeps each program's clock, performs and answers their requests,
//! shares the host fairly between them, and steps one turn at a time. Hosts
//! plug in a `Clock` (virtual in the CLI and the tests, `performance.now()`
//! in the page) and a `Network` (the demo site in-process, or the page's
//! `fetch()` and Service Worker) and act on what `tick` says comes next.
//! `children` runs child processes beside their parent.
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

mod children;

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

/// Run `program` to its end on a virtual clock, the demo site answering
/// its requests in virtual time and its other ports refusing connections
/// (the CLI, the tests): its output goes to `out` as it comes, in clock
/// order; gives the finished program.
pub fn run_on_virtual_clock(
    program: Program,
    instructions_per_call: u64,
    mut out: impl FnMut(Vec<OutputChunk>),
) -> Program {
    let clock = VirtualClock::default();
    let settings = Settings {
        instructions_per_call,
        closed: Some(crate::site::closed_port),
        ..Settings::default()
    };
    let mut driver = Driver::new(
        vec![program],
        Box::new(clock.clone()),
        Box::new(SiteOnly),
        settings,
    );
    run_to_end(&mut driver, &clock, usize::MAX, |d| out(d.take_output(0)));
    out(driver.take_output(0));
    driver.into_programs().pop().expect("one program")
}

/// Run a whole program on the virtual clock: its output and the finished
/// program.
pub fn run_virtual(source: &str, options: Options) -> (Program, Vec<OutputChunk>) {
    let mut out = Vec::new();
    let program = run_on_virtual_clock(Program::new(source, options), 1_000_000, |chunks| {
        out.extend(chunks)
    });
    (program, out)
}
