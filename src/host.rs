//! The browser host: plugs the page's clock (`performance.now()`) and
//! network (`net`) into the core's `Driver`, which owns the run loop and
//! each program's clock (see `playground_core::driver`), and acts on what
//! it says comes next; publishes consoles and timelines to the UI.
//!
//! - While a program could go on, the host yields through a
//!   `MessageChannel` (no 4 ms clamp, unlike nested `setTimeout(0)`), so
//!   the page renders between slices of `SLICE_MS`.
//! - When every program sleeps, it sets one timer for the earliest wake-up;
//!   when they wait only for fetches, an answer wakes it (`wake`).
//! - Showing the timeline costs time (the lanes' markup, and the timeline's
//!   update, proportional to the events since the last), so it is
//!   published at most every `publish_interval` (at least `MIN_PUBLISH_MS`,
//!   and six times what the last publication cost to derive and to show),
//!   and always before sleeping and at the end.
//! - The playhead moves, and open spans grow, at display rate while that is
//!   cheap: a frame waits six times what drawing the last one cost (twelve
//!   in a computing lesson, whose processes' workers want the cores).
//! - Step mode runs one program on the virtual clock, one event-loop turn
//!   per press, jumping the clock to the next timer.

use crate::dom::{request_animation_frame, set_timeout, set_timeout_with_handle, TimeoutHandle};
use crate::i18n::Key;
use crate::reactive::RwSignal;
use playground_core::at::At;
use playground_core::cell::RefCell;
use playground_core::driver::{Clock, Driver, Network, Next, Sent, Settings, SiteOnly};
use playground_core::http::{HttpOutcome, HttpRequest};
use playground_core::program::OutputChunk;
use playground_core::program::{Options, Program, Step};
use playground_core::timeline::Timeline;
use std::cell::Cell;
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
    crate::processes::performance_now()
}

fn page_hidden() -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .map(|d| d.hidden())
        .unwrap_or(false)
}

/// One of a lesson's programs: A (the synchronous or naive one), then B, C
/// and D (the concurrent ones; a lesson has two to four).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Which {
    A,
    B,
    C,
    D,
}

impl Which {
    pub const ALL: [Which; 4] = [Which::A, Which::B, Which::C, Which::D];

    /// Its place among a lesson's programs.
    pub fn index(self) -> usize {
        self as usize
    }

    /// Its file and test-id letter: "a" to "d".
    pub fn letter(self) -> &'static str {
        playground_core::lessons::LETTERS[self.index()]
    }

    /// Its name on the page: "A" to "D".
    pub fn upper(self) -> &'static str {
        ["A", "B", "C", "D"][self.index()]
    }

    /// The i18n key of its name ("Program A").
    pub fn program_key(self) -> Key {
        [Key::ProgramA, Key::ProgramB, Key::ProgramC, Key::ProgramD][self.index()]
    }

    /// The i18n key and test id of its step button.
    pub fn step_key(self) -> Key {
        [Key::StepA, Key::StepB, Key::StepC, Key::StepD][self.index()]
    }

    /// The test id of its editor.
    pub fn editor_id(self) -> &'static str {
        ["editor-a", "editor-b", "editor-c", "editor-d"][self.index()]
    }

    /// The test id of its timeline.
    pub fn timeline_id(self) -> &'static str {
        ["timeline-a", "timeline-b", "timeline-c", "timeline-d"][self.index()]
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

/// What the UI shows of one program.
#[derive(Clone, Copy)]
pub struct Side {
    pub which: Which,
    pub source: RwSignal<String>,
    /// (stderr?, text) runs; consecutive output of one stream is merged.
    pub console: RwSignal<Vec<(bool, String)>>,
    /// Bytes of output dropped from the front of the console.
    pub console_dropped: RwSignal<usize>,
    /// Kept up to date from the trace as it grows (also where every task
    /// stood when: the editor's highlights and the event-loop panel).
    pub timeline: RwSignal<Timeline>,
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
            status: RwSignal::new(Status::Idle),
            truncated: RwSignal::new(false),
        }
    }

    pub fn clear(&self) {
        self.console.set(Vec::new());
        self.console_dropped.set(0);
        self.timeline.set(Timeline::default());
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
    /// The lesson the editors show, if any: a run with an empty editor
    /// waits for that lesson's files still on the way (not every lesson's).
    pub lesson: RwSignal<Option<&'static str>>,
    /// Runs started so far (the page's `data-runs`, which the message API
    /// in `public/embed-api.js` watches: a short run's states may come and
    /// go between two drawings).
    pub runs: RwSignal<u32>,
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
            lesson: RwSignal::new(None),
            runs: RwSignal::new(0),
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

/// What the page keeps of one program of the run beside the driver.
struct View {
    side: Side,
    /// Its end is shown.
    done: bool,
    /// Trace events already drawn.
    published: usize,
    /// Output not yet shown.
    pending: Vec<(bool, String)>,
}

/// The page's clock.
struct PageClock;

impl Clock for PageClock {
    fn now_ms(&self) -> f64 {
        now_ms()
    }
}

/// The page's network (`net`): the demo site through its Service Worker or
/// in-process, other URLs by real `fetch()`.
struct PageNetwork {
    generation: u64,
    state: RunState,
}

impl Network for PageNetwork {
    fn send(&mut self, slot: usize, now: f64, req: HttpRequest) -> Sent {
        match crate::net::route(&req.url) {
            crate::net::Route::InPage => {
                self.state.site_in_page.set(true);
                Sent::InProcess
            }
            crate::net::Route::Worker(path) => {
                let delay = crate::net::fetch_from_worker(self.generation, slot, req, &path);
                Sent::Out {
                    due: Some(now + delay),
                }
            }
            crate::net::Route::Fetch(url) => {
                crate::net::fetch(self.generation, slot, req, &url);
                Sent::Out { due: None }
            }
        }
    }

    fn take_answers(&mut self, slot: usize) -> Vec<(u32, HttpOutcome)> {
        crate::net::take_answers(self.generation, slot)
    }
}

/// The run (or step mode) in progress.
struct Run {
    generation: u64,
    driver: Driver,
    views: Vec<View>,
    state: RunState,
    stepping: bool,
    last_publish_ms: f64,
    publish_interval_ms: f64,
    /// When the playhead may move again (`performance.now()`): a frame
    /// that costs more to draw is followed by fewer.
    next_frame_ms: f64,
    /// What drawing the last frame cost, style and layout included.
    frame_ms: f64,
    /// Drawing takes at most about one part in this many of the page's
    /// time (frames and publications wait this many times their cost).
    drawing_factor: f64,
    /// The timer set for the next tick, if the run sleeps on one.
    timer: Option<TimeoutHandle>,
    /// No tick is scheduled: the programs wait only for fetches.
    idle: bool,
    /// The Web Workers of its child processes.
    workers: crate::processes::Workers,
}

impl View {
    fn new(side: Side) -> View {
        View {
            side,
            done: false,
            published: 0,
            pending: Vec::new(),
        }
    }
}

impl Run {
    fn new(
        generation: u64,
        driver: Driver,
        views: Vec<View>,
        state: RunState,
        stepping: bool,
    ) -> Run {
        Run {
            generation,
            driver,
            views,
            state,
            stepping,
            last_publish_ms: now_ms(),
            publish_interval_ms: MIN_PUBLISH_MS,
            next_frame_ms: 0.0,
            frame_ms: 0.0,
            drawing_factor: 6.0,
            timer: None,
            idle: false,
            workers: Default::default(),
        }
    }

    /// Collect program `i`'s new output and, when `full`, show it and
    /// re-derive its timeline up to its clock. Returns the milliseconds that took.
    fn publish(&mut self, i: usize, full: bool) -> f64 {
        let done = self.driver.is_done(i);
        let output = self.driver.take_output(i);
        // A program sleeping or blocked is drawn up to its clock, which the
        // driver keeps running (step mode's clock is the program's own).
        let now = if done || self.stepping {
            self.driver.program(i).time()
        } else {
            self.driver.clock_of(i)
        };
        publish(
            self.driver.program_mut(i),
            output,
            self.views.at_mut(i),
            done,
            full,
            now,
        )
    }
}

thread_local! {
    static RUN: RefCell<Option<Run>> = const { RefCell::new(None) };
    static GENERATION: Cell<u64> = const { Cell::new(0) };
    static YIELDER: RefCell<Option<Yielder>> = const { RefCell::new(None) };
    static VISIBILITY_WATCHED: Cell<bool> = const { Cell::new(false) };
    static WARMING: RefCell<Option<Driver>> = const { RefCell::new(None) };
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
            RUN.with(|d| {
                if let Some(run) = d.borrow().as_ref() {
                    if !run.stepping && run.state.running.get_untracked() {
                        run.state.hidden_during_run.set(true);
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
        host_clock: Some(crate::processes::performance_now),
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

/// Run `WARM_UP` to the end with the driver, output discarded, a few
/// milliseconds at a time: the browser compiles the interpreter's hot code
/// with its optimizing tier, so the learner's first run is not slower than
/// the next. Abandoned when a run or step starts. Marks
/// `performance.mark("warm")` when done.
pub fn warm_up() {
    warm_up_slice(None);
}

fn warm_up_slice(driver: Option<Driver>) {
    if RUN.with(|d| d.borrow().is_some()) {
        return;
    }
    if driver.is_none() {
        crate::net::load_libraries_for(WARM_UP);
    }
    if driver.is_none() && !crate::net::libraries_settled() && now_ms() < 10_000.0 {
        // The asyncio library arrives as a file moments after the page.
        set_timeout(|| warm_up_slice(None), Duration::from_millis(20));
        return;
    }
    let mut driver = driver.unwrap_or_else(|| {
        let program = Program::new(WARM_UP, Options::default());
        // Slices of 4 ms on the page's clock; its sleeps take their time.
        let settings = Settings {
            slice_ms: 4.0,
            ..settings()
        };
        Driver::new(
            vec![program],
            Box::new(PageClock),
            Box::new(SiteOnly),
            settings,
        )
    });
    let after_ms = match driver.tick() {
        Next::Now => 5.0,
        Next::After(ms) => ms,
        Next::OnAnswer | Next::Done => {
            if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
                let _ = p.mark("warm");
            }
            return;
        }
    };
    WARMING.with(|w| *w.borrow_mut() = Some(driver));
    set_timeout(
        || warm_up_slice(WARMING.with(|w| w.borrow_mut().take())),
        Duration::from_micros((after_ms * 1000.0).ceil() as u64),
    );
}

thread_local! {
    /// When the run asked for now began waiting for its files.
    static START_WAIT: Cell<Option<f64>> = const { Cell::new(None) };
}

/// Start A and B (an empty one is skipped) at the same instant on the real clock.
pub fn start(sides: &[Side], state: RunState) {
    // The `lib/` modules a program imports are fetched when it first runs,
    // and an embedded page may run before its lesson's programs arrived:
    // the run waits for them, for a few seconds at most.
    let sources: Vec<String> = sides.iter().map(|s| s.source.get_untracked()).collect();
    crate::processes::prepare_for(&sources);
    let waiting_for_lessons = sources.iter().any(|s| s.trim().is_empty())
        && state
            .lesson
            .get_untracked()
            .is_some_and(crate::net::lesson_pending);
    for source in &sources {
        crate::net::load_libraries_for(source);
    }
    let waited_since = START_WAIT.with(|w| {
        let since = w.get().unwrap_or_else(now_ms);
        w.set(Some(since));
        since
    });
    if (waiting_for_lessons || !crate::net::libraries_settled())
        && now_ms() - waited_since < 10_000.0
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
                } else if RUN.with(|d| d.borrow().is_none()) {
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
    START_WAIT.with(|w| w.take());
    let generation = next_generation();
    watch_visibility();
    let mut programs = Vec::new();
    let mut views = Vec::new();
    for side in sides {
        side.clear();
        let src = side.source.get_untracked();
        if src.trim().is_empty() {
            continue;
        }
        side.status.set(Status::Running);
        let mut program = Program::new(&src, real_clock_options());
        program.set_cpu_count(crate::processes::cpu_count());
        programs.push(program);
        views.push(View::new(*side));
    }
    state.stepping.set(None);
    state.running.set(!programs.is_empty());
    state.runs.update(|n| *n += 1);
    state.seek(0.0);
    state.reached.set(0.0);
    state.edge.set(0.0);
    state.hidden_during_run.set(page_hidden());
    state.site_in_page.set(false);
    // Parsing is done: both programs start now.
    let computes = state
        .lesson
        .get_untracked()
        .and_then(playground_core::lessons::find)
        .is_some_and(|l| l.computes);
    let driver = Driver::new(
        programs,
        Box::new(PageClock),
        Box::new(PageNetwork { generation, state }),
        Settings {
            processes_elsewhere: crate::processes::available(),
            one_at_a_time: computes,
            ..settings()
        },
    );
    let mut run = Run::new(generation, driver, views, state, false);
    if computes {
        // The cores go to the programs (and their processes' workers,
        // which the page's thread answers): half as much drawing.
        run.drawing_factor = 12.0;
    }
    RUN.with(|d| *d.borrow_mut() = Some(run));
    tick(generation);
    animate(generation);
}

/// How the page's driver slices, with the demo site's settings.
fn settings() -> Settings {
    Settings {
        slice_ms: SLICE_MS,
        instructions_per_call: INSTRUCTIONS_PER_CALL,
        site: crate::net::settings().config,
        ..Settings::default()
    }
}

/// Stop whatever runs or steps; what was drawn stays.
pub fn stop() {
    next_generation();
    RUN.with(|d| {
        if let Some(mut run) = d.borrow_mut().take() {
            for i in 0..run.views.len() {
                if run.views.at(i).done {
                    continue;
                }
                run.publish(i, true);
                let at = if run.stepping {
                    run.driver.program(i).time()
                } else {
                    run.driver.clock_of(i)
                };
                run.views.at_mut(i).side.status.set(Status::Stopped { at });
            }
            run.state.running.set(false);
            run.state.stepping.set(None);
        }
    });
}

/// Whether a run (not step mode) is in progress.
pub fn is_running() -> bool {
    RUN.with(|d| matches!(d.borrow().as_ref(), Some(run) if !run.stepping))
}

/// Step mode: run `side` on the virtual clock, one event-loop turn per call.
/// The first call starts the program afresh (stopping any run).
pub fn step(side: Side, state: RunState) {
    let fresh = RUN.with(|d| {
        !matches!(d.borrow().as_ref(),
            Some(run) if run.stepping && run.views.first().is_some_and(|v| v.side.which == side.which))
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
        let driver = Driver::new(
            vec![program],
            Box::new(PageClock),
            Box::new(SiteOnly),
            Settings {
                offline: "step mode runs on a virtual clock, without the network",
                ..settings()
            },
        );
        let views = vec![View::new(side)];
        RUN.with(|d| *d.borrow_mut() = Some(Run::new(generation, driver, views, state, true)));
    }
    RUN.with(|d| {
        let mut d = d.borrow_mut();
        let Some(run) = d.as_mut() else { return };
        let step = run.driver.step_turn(0);
        let program = run.driver.program(0);
        let t = program.time();
        if let Step::Finished { exit_code } = step {
            run.views.at_mut(0).done = true;
            side.status.set(Status::Done {
                elapsed: t,
                exit_code: i32::from(exit_code as u8),
            });
        }
        let turn = program.turns();
        run.publish(0, true);
        let done = run.views.at(0).done;
        if !done {
            side.status.set(Status::Stepping { turn, time: t });
        }
        state.seek(t);
        state.reached.set(t.ceil());
        if done {
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
            // At the start of a line where there is one to cut at, so the
            // console never begins mid-line; else at a character.
            let mut cut = match first[excess - 1..].find('\n') {
                Some(at) if excess - 1 + at + 1 < first.len() => excess + at,
                _ => excess,
            };
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

/// Collect a program's new output and, when `full`, show it and bring the
/// timeline up to date (the events since the last publication). Returns
/// the milliseconds that took.
fn publish(
    program: &mut Program,
    output: Vec<OutputChunk>,
    view: &mut View,
    done: bool,
    full: bool,
    now: f64,
) -> f64 {
    for chunk in output {
        match view.pending.last_mut() {
            Some((e, t)) if *e == chunk.stderr => t.push_str(&chunk.text),
            _ => view.pending.push((chunk.stderr, chunk.text)),
        }
    }
    if !full {
        return 0.0;
    }
    let t0 = now_ms();
    if !view.pending.is_empty() {
        let pending = std::mem::take(&mut view.pending);
        let mut dropped = 0;
        view.side
            .console
            .update(|c| dropped = append_output(c, pending, CONSOLE_MAX));
        if dropped > 0 {
            view.side.console_dropped.update(|d| *d += dropped);
        }
    }
    let trace = program.trace();
    // Nothing new, unless the main program runs on (drawn as it goes).
    if trace.events.len() == view.published && !done && program.main_running_since().is_none() {
        return now_ms() - t0;
    }
    view.published = trace.events.len();
    view.side
        .timeline
        .update(|timeline| program.update_timeline(timeline, now));
    if trace.truncated {
        view.side.truncated.set(true);
    }
    now_ms() - t0
}

/// An answer to a fetch of run `generation` arrived: tick now if the
/// driver sleeps (the answer is taken at the next tick anyway otherwise).
pub fn wake(generation: u64) {
    let now = RUN.with(|d| {
        let mut d = d.borrow_mut();
        let Some(run) = d.as_mut() else { return false };
        if run.generation != generation || run.stepping {
            return false;
        }
        if let Some(timer) = run.timer.take() {
            timer.clear();
            return true;
        }
        std::mem::take(&mut run.idle)
    });
    if now {
        yield_now();
    }
}

/// Child `slot` of run `generation`, in a Web Worker, reported (or failed).
fn child_reported(
    generation: u64,
    slot: usize,
    report: Result<playground_core::remote::Report, String>,
) {
    let taken = RUN.with(|d| {
        let mut d = d.borrow_mut();
        let Some(run) = d.as_mut().filter(|r| r.generation == generation) else {
            return false;
        };
        match report {
            Ok(report) => run.driver.receive(slot, report),
            Err(why) => run
                .driver
                .child_failed(slot, &format!("this process's Web Worker failed: {why}")),
        }
        true
    });
    if taken {
        wake(generation);
    }
}

fn tick(generation: u64) {
    let Some(published_ms) = tick_inner(generation) else {
        return;
    };
    // What the page then pays to show it: the views' effects (the lanes'
    // and consoles' HTML), run now to be timed, and the style and layout
    // they cause, which the next frame does and times (forced here too,
    // they were done twice a frame, and the page's thread, which answers
    // the process workers, was busy two thirds of the time); the next
    // publication waits `drawing_factor` times all of it (a thread-switching run drew its
    // growing lanes at 16 a second, and the drawing took three times its
    // computing).
    let started = now_ms();
    crate::reactive::flush();
    let effects_ms = now_ms() - started;
    with_run(generation, |run| {
        let interval = (published_ms + effects_ms + run.frame_ms) * run.drawing_factor;
        run.publish_interval_ms = run.publish_interval_ms.max(interval);
    });
}

/// `f` on run `generation`, if it is still the one in progress.
fn with_run(generation: u64, f: impl FnOnce(&mut Run)) {
    RUN.with(|d| {
        if let Some(run) = d
            .borrow_mut()
            .as_mut()
            .filter(|r| r.generation == generation)
        {
            f(run);
        }
    });
}

/// A tick of the run; the milliseconds a full publication took, if there
/// was one and the run goes on.
fn tick_inner(generation: u64) -> Option<f64> {
    RUN.with(|d| -> Option<f64> {
        let mut d = d.borrow_mut();
        let run = d.as_mut()?;
        if run.generation != generation || run.stepping {
            return None;
        }
        run.timer = None;
        run.idle = false;
        if page_hidden() {
            run.state.hidden_during_run.set(true);
        }
        let next = run.driver.tick();
        run.workers.dispatch(&mut run.driver, move |slot, report| {
            child_reported(generation, slot, report)
        });
        for i in 0..run.views.len() {
            if run.driver.is_done(i) && !run.views.at(i).done {
                run.views.at_mut(i).done = true;
                run.publish(i, true);
                let program = run.driver.program(i);
                run.views.at_mut(i).side.status.set(Status::Done {
                    elapsed: program.time(),
                    exit_code: i32::from(program.exit_status().unwrap_or(1)),
                });
            }
        }
        // Publish now and then, and before a sleep long enough to be seen
        // (child processes in workers wake the run with every report: those
        // wake-ups are not worth a drawing each).
        let left_ms = run.publish_interval_ms - (now_ms() - run.last_publish_ms);
        let full = left_ms <= 0.0
            || match next {
                Next::Now => false,
                Next::After(ms) => ms >= left_ms,
                Next::OnAnswer => !run.workers.any(),
                Next::Done => true,
            };
        let mut cost: f64 = 0.0;
        for i in 0..run.views.len() {
            if !run.views.at(i).done {
                cost += run.publish(i, full);
            }
        }
        if full {
            run.last_publish_ms = now_ms();
            // Keep drawing under about a sixth of the time (`tick` adds
            // what showing it costs).
            run.publish_interval_ms = (cost * run.drawing_factor).max(MIN_PUBLISH_MS);
            run.state.inspect.set(run.driver.furthest_clock());
        }
        let drew = (full && !matches!(next, Next::Done)).then_some(cost);
        match next {
            Next::Done => {
                let end = (0..run.driver.len())
                    .map(|i| run.driver.program(i).time())
                    .fold(0.0, f64::max);
                run.state.running.set(false);
                run.state.reached.set(end.ceil());
                run.state.seek(end);
                *d = None;
            }
            Next::Now => yield_now(),
            Next::After(delay_ms) => {
                // Timers may fire a little early: the next tick sleeps again if so.
                run.timer = set_timeout_with_handle(
                    move || tick(generation),
                    Duration::from_micros((delay_ms * 1000.0).ceil() as u64),
                )
                .ok();
            }
            // What was left undrawn is drawn when the interval is up.
            Next::OnAnswer if !full => {
                run.timer = set_timeout_with_handle(
                    move || tick(generation),
                    Duration::from_micros((left_ms * 1000.0).ceil() as u64),
                )
                .ok();
            }
            Next::OnAnswer => run.idle = true,
        }
        drew
    })
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
    let mut moved = false;
    let alive = RUN.with(|d| {
        let d = d.borrow();
        let Some(run) = d.as_ref() else { return false };
        if run.generation != generation || run.stepping {
            return false;
        }
        if now_ms() < run.next_frame_ms {
            return true;
        }
        moved = true;
        // The furthest clock of the programs still running.
        let t = run.driver.furthest_clock();
        let shown = if step > 0.0 {
            (t / step).floor() * step
        } else {
            t
        };
        if shown != run.state.playhead.get_untracked() {
            run.state.playhead.set(shown);
        }
        let edge = (t / EDGE_STEP).floor() * EDGE_STEP;
        if edge > run.state.edge.get_untracked() {
            run.state.edge.set(edge);
        }
        let whole = t.ceil();
        if run.state.reached.get_untracked() < whole {
            run.state.reached.set(whole);
        }
        true
    });
    if moved {
        // The next frame that moves anything waits `drawing_factor` times
        // what drawing this one cost, so drawing takes at most about that
        // part of the page's time: open spans are redrawn with their whole lanes (a
        // thread-switching run's three ready threads had its lanes redrawn
        // twenty times a second, and the run took four times its time).
        let ms = drawing_ms();
        with_run(generation, |run| {
            run.frame_ms = ms;
            run.next_frame_ms = now_ms() + ms * run.drawing_factor;
        });
    }
    if alive {
        request_animation_frame(move || animate_with(generation, step));
    }
}

/// Milliseconds the page takes to show what changed: the views' effects
/// (markup) and the style and layout they cause, run now to be timed.
fn drawing_ms() -> f64 {
    let started = now_ms();
    crate::reactive::flush();
    if let Some(body) = crate::dom::document().body() {
        let _ = body.offset_height();
    }
    now_ms() - started
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
        let mut c = vec![(false, "line 1\nline 2\nline 3\n".into())];
        let d = append_output(&mut c, [], 12);
        assert_eq!(c, vec![(false, "line 3\n".into())], "cut at a line's start");
        assert_eq!(d, 14);
    }
}
