//! The browser host: drives programs on the page's real clock in short
//! slices (so the page never freezes), sleeps on real timers while every
//! program waits, and publishes consoles and timelines to the UI.
//!
//! - A busy program gets `SLICE_MS` of interpretation per turn of the
//!   browser's task queue, shared fairly between A and B, then the driver
//!   yields through a `MessageChannel` (no 4 ms clamp, unlike nested
//!   `setTimeout(0)`), so the page renders between slices.
//! - When nothing can run before some instant, the driver sets one timer
//!   for the earliest wake-up of either program.
//! - Each program has its own clock: the page's clock since both started,
//!   less the delays the host added (a timer that fired late, the other
//!   program's share of a slice, the page drawing between slices). So a
//!   `time.sleep(1)` takes 1 s of its clock even on a busy or throttled
//!   page, and the figures do not depend on what else the browser does.
//! - Deriving the timeline costs time proportional to the trace, so it is
//!   published at most every `publish_interval` (at least `MIN_PUBLISH_MS`,
//!   more for big traces), and always before sleeping and at the end.
//! - Step mode runs one program on the virtual clock, one event-loop turn
//!   per press, jumping the clock to the next timer.

use crate::replay::Replay;
use leptos::prelude::*;
use playground_core::program::{Options, Program, Step};
use playground_core::site::VirtualHost;
use playground_core::timeline::Timeline;
use std::cell::{Cell, RefCell};
use std::time::Duration;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Wall-clock milliseconds of interpretation before yielding to the page.
pub const SLICE_MS: f64 = 7.0;
/// Instructions per `run_slice` call inside a slice.
pub const INSTRUCTIONS_PER_CALL: u64 = 20_000;
/// Shortest interval between two timeline publications while busy.
pub const MIN_PUBLISH_MS: f64 = 60.0;
/// Seconds between redraws of open spans while programs sleep.
pub const EDGE_STEP: f64 = 0.05;
/// Bytes of output a console keeps; earlier output is dropped (and counted).
pub const CONSOLE_MAX: usize = 100_000;

pub fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(0.0)
}

fn page_hidden() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .map(|d| d.hidden())
        .unwrap_or(false)
}

/// Program A (the synchronous or naive one) or B (the asynchronous one).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Which {
    A,
    B,
}

impl Which {
    pub fn letter(self) -> &'static str {
        match self {
            Which::A => "a",
            Which::B => "b",
        }
    }
}

/// Where one program is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Status {
    Idle,
    Running,
    /// In step mode: turns run so far and the virtual clock.
    Stepping {
        turn: u64,
        time: f64,
    },
    Done {
        elapsed: f64,
        exit_code: i32,
    },
    Stopped {
        at: f64,
    },
}

impl Status {
    /// `data-status` for tests and styling.
    pub fn name(self) -> &'static str {
        match self {
            Status::Idle => "idle",
            Status::Running => "running",
            Status::Stepping { .. } => "stepping",
            Status::Done { .. } => "done",
            Status::Stopped { .. } => "stopped",
        }
    }

    pub fn elapsed(self) -> Option<f64> {
        match self {
            Status::Done { elapsed, .. } => Some(elapsed),
            _ => None,
        }
    }
}

/// What the UI shows of one program (A or B).
#[derive(Clone, Copy)]
pub struct Side {
    pub which: Which,
    pub source: RwSignal<String>,
    /// (stderr?, text) runs; consecutive output of one stream is merged.
    pub console: RwSignal<Vec<(bool, String)>>,
    /// Bytes of output dropped from the front of the console.
    pub console_dropped: RwSignal<usize>,
    pub timeline: RwSignal<Timeline>,
    /// Lines of every task over time (editor highlights).
    pub replay: RwSignal<Replay>,
    pub status: RwSignal<Status>,
    /// The trace hit its event limit (the run went on, the drawing stops).
    pub truncated: RwSignal<bool>,
}

impl Side {
    pub fn new(which: Which, source: String) -> Side {
        Side {
            which,
            source: RwSignal::new(source),
            console: RwSignal::new(Vec::new()),
            console_dropped: RwSignal::new(0),
            timeline: RwSignal::new(Timeline::default()),
            replay: RwSignal::new(Replay::default()),
            status: RwSignal::new(Status::Idle),
            truncated: RwSignal::new(false),
        }
    }

    pub fn clear(&self) {
        self.console.set(Vec::new());
        self.console_dropped.set(0);
        self.timeline.set(Timeline::default());
        self.replay.set(Replay::default());
        self.status.set(Status::Idle);
        self.truncated.set(false);
    }
}

/// Run state shared by the controls, the timelines and the event-loop panel.
#[derive(Clone, Copy)]
pub struct RunState {
    pub running: RwSignal<bool>,
    /// The playhead, in program seconds; moves every frame while running.
    pub playhead: RwSignal<f64>,
    /// The instant the event-loop panel and the editor highlights show:
    /// follows the playhead, but while running only at each publication.
    pub inspect: RwSignal<f64>,
    /// Whole seconds reached by the run in progress (for the time axis).
    pub reached: RwSignal<f64>,
    /// The playhead in steps of `EDGE_STEP` while running: open spans of
    /// running programs are drawn up to it (a sleeping program publishes
    /// nothing until it wakes).
    pub edge: RwSignal<f64>,
    /// The page was hidden during the run (timers were throttled).
    pub hidden_during_run: RwSignal<bool>,
    /// A program fetched from the demo site, answered inside the page.
    pub site_in_page: RwSignal<bool>,
    /// The program in step mode, if any.
    pub stepping: RwSignal<Option<Which>>,
}

impl RunState {
    pub fn new() -> RunState {
        RunState {
            running: RwSignal::new(false),
            playhead: RwSignal::new(0.0),
            inspect: RwSignal::new(0.0),
            reached: RwSignal::new(0.0),
            edge: RwSignal::new(0.0),
            hidden_during_run: RwSignal::new(false),
            site_in_page: RwSignal::new(false),
            stepping: RwSignal::new(None),
        }
    }

    /// Move the playhead (and what is inspected) to `t`.
    pub fn seek(&self, t: f64) {
        self.playhead.set(t);
        self.inspect.set(t);
    }
}

impl Default for RunState {
    fn default() -> Self {
        RunState::new()
    }
}

struct Slot {
    program: Program,
    side: Side,
    done: bool,
    /// Trace events already drawn.
    published: usize,
    /// Milliseconds the host kept from this program: timers that fired
    /// late, turns given to the other program and to drawing. Its clock is
    /// the page's clock since the start, less these.
    lag_ms: f64,
    /// Nothing can run before this program second (a timer or a blocking call).
    asleep_until: Option<f64>,
    /// When it last gave way although it could have gone on (page ms).
    paused_at: Option<f64>,
    /// The clock never reads less than this (the last wake-up instant).
    floor: f64,
    /// Output not yet shown.
    pending: Vec<(bool, String)>,
    /// Answers the demo site's requests in-process when no Service Worker
    /// can (see `net`), after the site's delays on the program's clock.
    site: VirtualHost,
    /// Real `fetch()` calls not yet answered.
    fetching: usize,
    /// Requests the site answers through the Service Worker: (id, program
    /// time the site's answer is due).
    worker_due: Vec<(u32, f64)>,
}

impl Slot {
    fn new(program: Program, side: Side) -> Slot {
        Slot {
            program,
            side,
            done: false,
            published: 0,
            lag_ms: 0.0,
            asleep_until: None,
            paused_at: None,
            floor: 0.0,
            pending: Vec::new(),
            site: VirtualHost::new(crate::net::settings().config),
            fetching: 0,
            worker_due: Vec::new(),
        }
    }

    /// This program's clock, in seconds since the run started.
    fn clock(&self, start_ms: f64) -> f64 {
        ((now_ms() - start_ms - self.lag_ms) / 1000.0).max(self.floor)
    }
}

struct Driver {
    generation: u64,
    start_ms: f64,
    slots: Vec<Slot>,
    state: RunState,
    stepping: bool,
    /// Which slot goes first in the next slice (fairness between A and B).
    first: usize,
    last_publish_ms: f64,
    publish_interval_ms: f64,
    /// The timer set for the next tick, if the driver sleeps on one.
    timer: Option<TimeoutHandle>,
    /// No tick is scheduled: the programs wait only for fetches.
    idle: bool,
}

/// When the driver ticks next.
enum Next {
    Now,
    After(f64),
    /// When an answer arrives (`wake`).
    OnAnswer,
}

thread_local! {
    static DRIVER: RefCell<Option<Driver>> = const { RefCell::new(None) };
    static GENERATION: Cell<u64> = const { Cell::new(0) };
    static YIELDER: RefCell<Option<Yielder>> = const { RefCell::new(None) };
    static VISIBILITY_WATCHED: Cell<bool> = const { Cell::new(false) };
    static WARMING: RefCell<Option<Program>> = const { RefCell::new(None) };
}

/// Posts a message to itself to resume the driver on the next task.
struct Yielder {
    port: web_sys::MessagePort,
    _channel: web_sys::MessageChannel,
    _handler: Closure<dyn FnMut()>,
}

fn next_generation() -> u64 {
    GENERATION.with(|g| {
        g.set(g.get() + 1);
        g.get()
    })
}

fn current_generation() -> u64 {
    GENERATION.with(|g| g.get())
}

/// Resume `tick` of the current run on the next turn of the task queue.
fn yield_now() {
    let posted = YIELDER.with(|y| {
        let mut y = y.borrow_mut();
        if y.is_none() {
            let channel = web_sys::MessageChannel::new().ok()?;
            let handler = Closure::<dyn FnMut()>::new(|| tick(current_generation()));
            channel
                .port1()
                .set_onmessage(Some(handler.as_ref().unchecked_ref()));
            *y = Some(Yielder {
                port: channel.port2(),
                _channel: channel,
                _handler: handler,
            });
        }
        y.as_ref()?.port.post_message(&JsValue::NULL).ok()
    });
    if posted.is_none() {
        let generation = current_generation();
        set_timeout(move || tick(generation), Duration::ZERO);
    }
}

/// Note when the page is hidden during a run: browsers throttle timers then.
fn watch_visibility() {
    if VISIBILITY_WATCHED.with(|w| w.replace(true)) {
        return;
    }
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let handler = Closure::<dyn FnMut()>::new(|| {
        if page_hidden() {
            DRIVER.with(|d| {
                if let Some(drv) = d.borrow().as_ref() {
                    if !drv.stepping && drv.state.running.get_untracked() {
                        drv.state.hidden_during_run.set(true);
                    }
                }
            });
        }
    });
    let _ =
        doc.add_event_listener_with_callback("visibilitychange", handler.as_ref().unchecked_ref());
    handler.forget();
}

/// Options for a program on the page's real clock.
pub fn real_clock_options() -> Options {
    Options {
        seconds_per_instruction: 0.0,
        epoch: js_sys::Date::now() / 1000.0,
        ..Options::default()
    }
}

/// A small program touching what lessons use (the asyncio library, tasks,
/// sleeps, a queue, formatting), run once on the virtual clock soon after
/// the page opens.
const WARM_UP: &str = "import asyncio, time, random\n\
async def w(q, n):\n    await asyncio.sleep(0.01 * n)\n    await q.put(f'{n}:{random.random():.3f}')\n    return n\n\
async def main():\n    q = asyncio.Queue()\n    t = asyncio.create_task(w(q, 1))\n    r = await asyncio.gather(t, w(q, 2), return_exceptions=True)\n    \
while not q.empty():\n        await q.get()\n    return r\n\
print(asyncio.run(main()), time.perf_counter() > 0)\n";

/// Run `WARM_UP` to the end on the virtual clock, output discarded, a few
/// milliseconds at a time: the browser compiles the interpreter's hot code
/// with its optimizing tier, so the learner's first run is not slower than
/// the next. Abandoned when a run or step starts. Marks
/// `performance.mark("warm")` when done.
pub fn warm_up() {
    warm_up_slice(None);
}

fn warm_up_slice(program: Option<Program>) {
    if DRIVER.with(|d| d.borrow().is_some()) {
        return;
    }
    let mut program = program.unwrap_or_else(|| Program::new(WARM_UP, Options::default()));
    let deadline = now_ms() + 4.0;
    while now_ms() < deadline {
        match program.run_slice(20_000) {
            Step::Continue => {}
            Step::Sleep { until, .. } => program.set_time(until),
            Step::Finished { .. } => {
                if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
                    let _ = p.mark("warm");
                }
                return;
            }
        }
    }
    WARMING.with(|w| *w.borrow_mut() = Some(program));
    set_timeout(
        || warm_up_slice(WARMING.with(|w| w.borrow_mut().take())),
        Duration::from_millis(5),
    );
}

/// Start A and B (an empty one is skipped) at the same instant on the real clock.
pub fn start(sides: &[Side], state: RunState) {
    // The `lib/` modules arrive within moments of the page's load (an
    // embedded page may run at once): a program importing them waits for
    // them, for a few seconds at most.
    let sources: Vec<String> = sides.iter().map(|s| s.source.get_untracked()).collect();
    if sources.iter().any(|s| crate::net::needs_libraries(s))
        && !crate::net::libraries_settled()
        && now_ms() < 10_000.0
    {
        let waiting = next_generation();
        for (side, src) in sides.iter().zip(&sources) {
            if !src.trim().is_empty() {
                side.status.set(Status::Running);
            }
        }
        state.running.set(true);
        let sides = sides.to_vec();
        set_timeout(
            move || {
                if current_generation() == waiting {
                    start(&sides, state)
                } else if DRIVER.with(|d| d.borrow().is_none()) {
                    // Stopped while waiting.
                    state.running.set(false);
                    for side in &sides {
                        side.status.set(Status::Idle);
                    }
                }
            },
            Duration::from_millis(20),
        );
        return;
    }
    let generation = next_generation();
    watch_visibility();
    let mut slots = Vec::new();
    for side in sides {
        side.clear();
        let src = side.source.get_untracked();
        if src.trim().is_empty() {
            continue;
        }
        side.status.set(Status::Running);
        slots.push(Slot::new(Program::new(&src, real_clock_options()), *side));
    }
    state.stepping.set(None);
    state.running.set(!slots.is_empty());
    state.seek(0.0);
    state.reached.set(0.0);
    state.edge.set(0.0);
    state.hidden_during_run.set(page_hidden());
    state.site_in_page.set(false);
    // Parsing is done: both programs start now.
    let start_ms = now_ms();
    DRIVER.with(|d| {
        *d.borrow_mut() = Some(Driver {
            generation,
            start_ms,
            slots,
            state,
            stepping: false,
            first: 0,
            last_publish_ms: start_ms,
            publish_interval_ms: MIN_PUBLISH_MS,
            timer: None,
            idle: false,
        })
    });
    tick(generation);
    animate(generation);
}

/// Stop whatever runs or steps; what was drawn stays.
pub fn stop() {
    next_generation();
    DRIVER.with(|d| {
        if let Some(mut drv) = d.borrow_mut().take() {
            let (stepping, start_ms) = (drv.stepping, drv.start_ms);
            for slot in drv.slots.iter_mut().filter(|s| !s.done) {
                publish(slot, true);
                let t = if stepping {
                    slot.program.time()
                } else {
                    slot.clock(start_ms)
                };
                slot.side.status.set(Status::Stopped { at: t });
            }
            drv.state.running.set(false);
            drv.state.stepping.set(None);
        }
    });
}

/// Whether a run (not step mode) is in progress.
pub fn is_running() -> bool {
    DRIVER.with(|d| matches!(d.borrow().as_ref(), Some(drv) if !drv.stepping))
}

/// Step mode: run `side` on the virtual clock, one event-loop turn per call.
/// The first call starts the program afresh (stopping any run).
pub fn step(side: Side, state: RunState) {
    let fresh = DRIVER.with(|d| {
        !matches!(d.borrow().as_ref(),
            Some(drv) if drv.stepping && drv.slots.first().is_some_and(|s| s.side.which == side.which))
    });
    if fresh {
        stop();
        let generation = next_generation();
        side.clear();
        state.running.set(false);
        state.stepping.set(Some(side.which));
        state.seek(0.0);
        state.reached.set(0.0);
        let program = Program::new(&side.source.get_untracked(), Options::default());
        let mut slot = Slot::new(program, side);
        slot.site.offline = "step mode runs on a virtual clock, without the network";
        DRIVER.with(|d| {
            *d.borrow_mut() = Some(Driver {
                generation,
                start_ms: now_ms(),
                slots: vec![slot],
                state,
                stepping: true,
                first: 0,
                last_publish_ms: 0.0,
                publish_interval_ms: 0.0,
                timer: None,
                idle: false,
            })
        });
    }
    DRIVER.with(|d| {
        let mut d = d.borrow_mut();
        let Some(drv) = d.as_mut() else { return };
        let slot = &mut drv.slots[0];
        let step = slot.program.step_turn();
        slot.site.take_requests(&mut slot.program);
        match step {
            Step::Sleep { until, .. } => {
                if !slot.site.advance(&mut slot.program, until) {
                    slot.program.stop_waiting_forever();
                }
            }
            Step::Finished { exit_code } => {
                slot.done = true;
                slot.side.status.set(Status::Done {
                    elapsed: slot.program.time(),
                    exit_code,
                });
            }
            Step::Continue => {}
        }
        publish(slot, true);
        let t = slot.program.time();
        if !slot.done {
            slot.side.status.set(Status::Stepping {
                turn: slot.program.turns(),
                time: t,
            });
        }
        state.seek(t);
        state.reached.set(t.ceil());
        if slot.done {
            state.stepping.set(None);
            *d = None;
        }
    });
}

/// Append `chunks` to console runs, merging runs of one stream, and drop
/// output from the front past `max` bytes. Returns the bytes dropped.
pub fn append_output(
    console: &mut Vec<(bool, String)>,
    chunks: impl IntoIterator<Item = (bool, String)>,
    max: usize,
) -> usize {
    for (stderr, text) in chunks {
        match console.last_mut() {
            Some((e, t)) if *e == stderr => t.push_str(&text),
            _ => console.push((stderr, text)),
        }
    }
    let mut total: usize = console.iter().map(|(_, t)| t.len()).sum();
    let mut dropped = 0;
    while total > max {
        let excess = total - max;
        let first = &mut console[0].1;
        if first.len() <= excess {
            total -= first.len();
            dropped += first.len();
            console.remove(0);
        } else {
            let mut cut = excess;
            while !first.is_char_boundary(cut) {
                cut += 1;
            }
            first.drain(..cut);
            total -= cut;
            dropped += cut;
        }
    }
    dropped
}

/// Collect new output and, when `full`, show it and re-derive the timeline.
/// Returns the milliseconds that took.
fn publish(slot: &mut Slot, full: bool) -> f64 {
    for chunk in slot.program.take_output() {
        match slot.pending.last_mut() {
            Some((e, t)) if *e == chunk.stderr => t.push_str(&chunk.text),
            _ => slot.pending.push((chunk.stderr, chunk.text)),
        }
    }
    if !full {
        return 0.0;
    }
    let t0 = now_ms();
    if !slot.pending.is_empty() {
        let pending = std::mem::take(&mut slot.pending);
        let mut dropped = 0;
        slot.side
            .console
            .update(|c| dropped = append_output(c, pending, CONSOLE_MAX));
        if dropped > 0 {
            slot.side.console_dropped.update(|d| *d += dropped);
        }
    }
    let trace = slot.program.trace();
    if trace.events.len() == slot.published && !slot.done {
        return now_ms() - t0;
    }
    slot.published = trace.events.len();
    let now = slot.program.time();
    slot.side
        .timeline
        .set(Timeline::from_events(&trace.events, now));
    slot.side.replay.set(Replay::from_events(&trace.events));
    if trace.truncated {
        slot.side.truncated.set(true);
    }
    now_ms() - t0
}

/// An answer to a fetch of run `generation` arrived: tick now if the
/// driver sleeps (the answer is taken at the next tick anyway otherwise).
pub fn wake(generation: u64) {
    let now = DRIVER.with(|d| {
        let mut d = d.borrow_mut();
        let Some(drv) = d.as_mut() else { return false };
        if drv.generation != generation || drv.stepping {
            return false;
        }
        if let Some(timer) = drv.timer.take() {
            timer.clear();
            return true;
        }
        std::mem::take(&mut drv.idle)
    });
    if now {
        yield_now();
    }
}

/// Perform the requests a program just made: in-process or by `fetch()`.
fn send_requests(slot: &mut Slot, generation: u64, index: usize, state: &RunState) {
    for req in slot.program.take_requests() {
        match crate::net::route(&req.url) {
            crate::net::Route::InPage => {
                state.site_in_page.set(true);
                slot.site.schedule(slot.program.time(), req);
            }
            crate::net::Route::Worker(path) => {
                slot.fetching += 1;
                let id = req.id;
                let delay = crate::net::fetch_from_worker(generation, index, req, &path);
                slot.worker_due.push((id, slot.program.time() + delay));
            }
            crate::net::Route::Fetch(url) => {
                slot.fetching += 1;
                crate::net::fetch(generation, index, req, &url);
            }
        }
    }
}

fn tick(generation: u64) {
    DRIVER.with(|d| -> Option<()> {
        let mut d = d.borrow_mut();
        let drv = d.as_mut()?;
        if drv.generation != generation || drv.stepping {
            return None;
        }
        drv.timer = None;
        drv.idle = false;
        if page_hidden() {
            drv.state.hidden_during_run.set(true);
        }
        let slice_start = now_ms();
        let start_ms = drv.start_ms;
        let live: Vec<usize> = (0..drv.slots.len())
            .filter(|&i| !drv.slots[i].done)
            .collect();
        let share = SLICE_MS / live.len().max(1) as f64;
        // Page milliseconds until the earliest wake-up of a sleeping program.
        let mut wake_in: Option<f64> = None;
        let mut wake = |ms: f64| wake_in = Some(wake_in.map_or(ms, |w: f64| w.min(ms)));
        let mut busy = false;
        let n = live.len();
        for k in 0..n {
            let i = live[(k + drv.first) % n];
            let deadline = slice_start + share * (k + 1) as f64;
            let slot = &mut drv.slots[i];
            if let Some(p) = slot.paused_at.take() {
                slot.lag_ms += now_ms() - p;
            }
            let answers = crate::net::take_answers(generation, i);
            if !answers.is_empty() {
                let t = slot.clock(start_ms);
                // The demo site's answers through the worker are due after
                // the site's delay on the program's clock: one back early
                // (the clock left out a delay meanwhile) waits until then;
                // one back late was held up by the trip through the worker
                // or a busy page, which, as for a late timer, is the page's
                // delay and not the program's.
                let mut ready = Vec::new();
                let mut late_since = f64::INFINITY;
                for (id, outcome) in answers {
                    slot.fetching -= 1;
                    let due = slot
                        .worker_due
                        .iter()
                        .position(|d| d.0 == id)
                        .map(|k| slot.worker_due.swap_remove(k).1);
                    match due {
                        Some(due) if due > t => slot.site.hold(due, id, outcome),
                        Some(due) => {
                            late_since = late_since.min(due);
                            ready.push((id, outcome));
                        }
                        None => ready.push((id, outcome)),
                    }
                }
                if let Some(until) = slot.asleep_until.take() {
                    let due = late_since.min(until);
                    if !ready.is_empty() && due.is_finite() && t > due && due >= slot.floor {
                        slot.lag_ms += (t - due) * 1000.0;
                        slot.floor = due;
                    }
                }
                slot.program.set_time(slot.clock(start_ms));
                for (id, outcome) in ready {
                    slot.program.complete_request(id, outcome);
                }
            }
            if let Some(until) = slot.asleep_until {
                let t = slot.clock(start_ms);
                if t + 1e-9 < until {
                    wake((until - t) * 1000.0);
                    continue;
                }
                // Woken late: the browser's delay, not the program's.
                slot.lag_ms += (t - until) * 1000.0;
                slot.floor = until;
                slot.asleep_until = None;
            }
            loop {
                slot.program.set_time(slot.clock(start_ms));
                slot.site.deliver_due(&mut slot.program);
                let step = slot.program.run_slice(INSTRUCTIONS_PER_CALL);
                send_requests(slot, generation, i, &drv.state);
                match step {
                    Step::Continue => {
                        if now_ms() >= deadline {
                            busy = true;
                            slot.paused_at = Some(now_ms());
                            break;
                        }
                    }
                    Step::Sleep { until, .. } => {
                        let t = slot.clock(start_ms);
                        let until = slot.site.wake_at(until);
                        if !until.is_finite() {
                            if slot.fetching > 0 {
                                // Only an answer can wake it (`wake`).
                                slot.asleep_until = Some(until);
                                break;
                            }
                            slot.program.stop_waiting_forever();
                            continue;
                        }
                        if until > t {
                            slot.asleep_until = Some(until);
                            wake((until - t) * 1000.0);
                            break;
                        }
                        if now_ms() >= deadline {
                            busy = true;
                            slot.paused_at = Some(now_ms());
                            break;
                        }
                    }
                    Step::Finished { exit_code } => {
                        slot.done = true;
                        publish(slot, true);
                        slot.side.status.set(Status::Done {
                            elapsed: slot.program.time(),
                            exit_code,
                        });
                        break;
                    }
                }
            }
        }
        drv.first = drv.first.wrapping_add(1);
        // Publish before sleeping, and otherwise now and then.
        let full = !busy || now_ms() - drv.last_publish_ms >= drv.publish_interval_ms;
        let mut cost: f64 = 0.0;
        for slot in drv.slots.iter_mut().filter(|s| !s.done) {
            cost += publish(slot, full);
        }
        let now = drv
            .slots
            .iter()
            .filter(|s| !s.done)
            .map(|s| s.clock(start_ms))
            .fold(0.0, f64::max);
        if full {
            drv.last_publish_ms = now_ms();
            // Keep drawing under about a sixth of the time.
            drv.publish_interval_ms = (cost * 6.0).max(MIN_PUBLISH_MS);
            drv.state.inspect.set(now);
        }
        if drv.slots.iter().all(|s| s.done) {
            let end = drv
                .slots
                .iter()
                .map(|s| s.program.time())
                .fold(0.0, f64::max);
            drv.state.running.set(false);
            drv.state.reached.set(end.ceil());
            drv.state.seek(end);
            *d = None;
            return None;
        }
        let next = match wake_in {
            _ if busy => Next::Now,
            Some(w) if w.is_finite() => Next::After(w.max(0.0)),
            Some(_) => Next::OnAnswer,
            None => Next::Now,
        };
        match next {
            Next::Now => yield_now(),
            Next::After(delay_ms) => {
                // Timers may fire a little early: the next tick sleeps again if so.
                drv.timer = set_timeout_with_handle(
                    move || tick(generation),
                    Duration::from_micros((delay_ms * 1000.0).ceil() as u64),
                )
                .ok();
            }
            Next::OnAnswer => drv.idle = true,
        }
        Some(())
    });
}

/// Whether the learner asked for less motion (the playhead then moves in
/// quarter-second steps instead of every frame).
pub fn reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .map(|m| m.matches())
        .unwrap_or(false)
}

/// Move the playhead at display rate while running.
fn animate(generation: u64) {
    let step = if reduced_motion() { 0.25 } else { 0.0 };
    animate_with(generation, step);
}

fn animate_with(generation: u64, step: f64) {
    let alive = DRIVER.with(|d| {
        let d = d.borrow();
        let Some(drv) = d.as_ref() else { return false };
        if drv.generation != generation || drv.stepping {
            return false;
        }
        // The furthest clock of the programs still running.
        let t = drv
            .slots
            .iter()
            .filter(|s| !s.done)
            .map(|s| s.clock(drv.start_ms))
            .fold(0.0, f64::max);
        let shown = if step > 0.0 {
            (t / step).floor() * step
        } else {
            t
        };
        if shown != drv.state.playhead.get_untracked() {
            drv.state.playhead.set(shown);
        }
        let edge = (t / EDGE_STEP).floor() * EDGE_STEP;
        if edge > drv.state.edge.get_untracked() {
            drv.state.edge.set(edge);
        }
        let whole = t.ceil();
        if drv.state.reached.get_untracked() < whole {
            drv.state.reached.set(whole);
        }
        true
    });
    if alive {
        request_animation_frame(move || animate_with(generation, step));
    }
}

#[cfg(test)]
mod tests {
    use super::append_output;

    #[test]
    fn output_runs_merge_by_stream_and_the_front_is_dropped_past_the_cap() {
        let mut c = Vec::new();
        let d = append_output(
            &mut c,
            [
                (false, "ab".into()),
                (false, "c\n".into()),
                (true, "E\n".into()),
            ],
            100,
        );
        assert_eq!(d, 0);
        assert_eq!(c, vec![(false, "abc\n".into()), (true, "E\n".into())]);
        let d = append_output(&mut c, [(false, "ü1234".into())], 8);
        assert_eq!(c, vec![(true, "E\n".into()), (false, "ü1234".into())]);
        assert_eq!(d, 4, "the first run went whole");
        let d = append_output(&mut c, [(false, "5".into())], 6);
        assert_eq!(
            d, 4,
            "E and its newline, then ü (two bytes): cut at a character boundary"
        );
        assert_eq!(c, vec![(false, "12345".into())]);
    }
}
