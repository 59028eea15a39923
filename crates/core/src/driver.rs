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
//!   per deadline; a wake-up within `RUN_ON_S` is not worth a timer at all;
//! - the demo site's answers through a Service Worker are due after the
//!   site's delay on the program's clock: one back early waits until then,
//!   one back late was held up by the page, and that is the page's delay;
//!   answers are delivered in the order due, one back before an earlier
//!   one waits for it (a loaded machine may hand them back out of order).

use crate::http::{HttpOutcome, HttpRequest};
use crate::program::{Options, Program, Step};
use crate::site::{SiteConfig, VirtualHost};
use crate::vm::interp::OutputChunk;
use std::cell::Cell;
use std::rc::Rc;

/// A wake-up this close (program seconds) runs on instead of setting a timer.
pub const RUN_ON_S: f64 = 0.001;

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
    /// Which of those are closed ports of this machine instead (see
    /// `VirtualHost::closed`).
    pub closed: Option<fn(&str) -> bool>,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            slice_ms: 7.0,
            instructions_per_call: 20_000,
            site: SiteConfig::default(),
            offline: VirtualHost::default().offline,
            closed: None,
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
}

impl Slot {
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
        let slots = programs
            .into_iter()
            .map(|program| {
                let mut site = VirtualHost::new(settings.site);
                site.offline = settings.offline;
                site.closed = settings.closed;
                Slot {
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
                }
            })
            .collect();
        Driver {
            clock,
            network,
            settings,
            start_ms,
            slots,
            first: 0,
        }
    }

    pub fn len(&self) -> usize {
        self.slots.len()
    }

    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }

    pub fn program(&self, slot: usize) -> &Program {
        &self.slots[slot].program
    }

    pub fn program_mut(&mut self, slot: usize) -> &mut Program {
        &mut self.slots[slot].program
    }

    /// Whether program `slot` has finished.
    pub fn is_done(&self, slot: usize) -> bool {
        self.slots[slot].done
    }

    pub fn all_done(&self) -> bool {
        self.slots.iter().all(|s| s.done)
    }

    /// The programs, for their traces and output after the run.
    pub fn into_programs(self) -> Vec<Program> {
        self.slots.into_iter().map(|s| s.program).collect()
    }

    /// Program `slot`'s clock now, in seconds since the run started.
    pub fn clock_of(&self, slot: usize) -> f64 {
        self.clock_raw(slot).max(self.slots[slot].floor)
    }

    /// The furthest clock of the programs still running (0 when none).
    pub fn furthest_clock(&self) -> f64 {
        (0..self.slots.len())
            .filter(|&i| !self.slots[i].done)
            .map(|i| self.clock_of(i))
            .fold(0.0, f64::max)
    }

    /// The host's clock since the start, less this program's lag.
    fn clock_raw(&self, slot: usize) -> f64 {
        (self.clock.now_ms() - self.start_ms - self.slots[slot].lag_ms) / 1000.0
    }

    /// Run each program still running for its share of a slice, and say
    /// when to tick again.
    pub fn tick(&mut self) -> Next {
        let slice_start = self.clock.now_ms();
        let live: Vec<usize> = (0..self.slots.len())
            .filter(|&i| !self.slots[i].done)
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
        match wake_in {
            _ if busy => Next::Now,
            _ if self.all_done() => Next::Done,
            Some(w) if w.is_finite() => Next::After(w.max(0.0)),
            Some(_) => Next::OnAnswer,
            None => Next::Now,
        }
    }

    fn run_slot(&mut self, i: usize, deadline: f64) -> Ran {
        if let Some(p) = self.slots[i].paused_at.take() {
            self.slots[i].lag_ms += self.clock.now_ms() - p;
        }
        self.take_answers(i);
        if let Some(until) = self.slots[i].asleep_until {
            let t = self.clock_of(i);
            if t + 1e-9 < until {
                // Woken early (a timer, or another program's wake-up).
                return Ran::Asleep((until - t) * 1000.0);
            }
            // Woken late: the host's delay, not the program's; but every
            // timer due by now runs in this turn.
            let slot = &mut self.slots[i];
            slot.lag_ms += (t - until) * 1000.0;
            slot.floor = until;
            slot.asleep_until = None;
            slot.catch_up = t;
        }
        loop {
            let now = self.clock_of(i);
            let slot = &mut self.slots[i];
            slot.program.set_time(now);
            slot.site.deliver_due(&mut slot.program);
            let step = slot.program.run_slice(self.settings.instructions_per_call);
            self.send_requests(i);
            match step {
                Step::Continue => {}
                Step::Sleep { until, .. } => {
                    let until = self.slots[i].site.wake_at(until);
                    if !until.is_finite() {
                        let slot = &mut self.slots[i];
                        if slot.fetching > 0 {
                            slot.asleep_until = Some(until);
                            slot.catch_up = f64::NEG_INFINITY;
                            return Ran::Asleep(f64::INFINITY);
                        }
                        slot.program.stop_waiting_forever();
                        continue;
                    }
                    let raw = self.clock_raw(i);
                    let slot = &mut self.slots[i];
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
                    self.slots[i].done = true;
                    return Ran::Finished;
                }
            }
            let now = self.clock.now_ms();
            if now >= deadline {
                let slot = &mut self.slots[i];
                slot.paused_at = Some(now);
                slot.catch_up = f64::NEG_INFINITY;
                return Ran::Paused;
            }
        }
    }

    /// Take the answers that came back for program `i`.
    fn take_answers(&mut self, i: usize) {
        let answers = self.network.take_answers(i);
        if answers.is_empty() {
            return;
        }
        let t = self.clock_of(i);
        let slot = &mut self.slots[i];
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
        let slot = &mut self.slots[i];
        slot.program.set_time(now);
        slot.site.deliver_due(&mut slot.program);
    }

    /// Send the requests program `i` just made.
    fn send_requests(&mut self, i: usize) {
        let slot = &mut self.slots[i];
        for req in slot.program.take_requests() {
            let now = slot.program.time();
            let id = req.id;
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
        let s = &mut self.slots[slot];
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
    let clock = VirtualClock::default();
    let settings = Settings {
        instructions_per_call: 1_000_000,
        closed: Some(crate::site::closed_port),
        ..Settings::default()
    };
    let program = Program::new(source, options);
    let mut driver = Driver::new(
        vec![program],
        Box::new(clock.clone()),
        Box::new(SiteOnly),
        settings,
    );
    let mut out = Vec::new();
    run_to_end(&mut driver, &clock, usize::MAX, |d| {
        out.extend(d.program_mut(0).take_output())
    });
    let mut program = driver.into_programs().pop().expect("one program");
    out.extend(program.take_output());
    (program, out)
}
