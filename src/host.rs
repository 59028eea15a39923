//! The browser host: drives programs on the page's real clock in short
//! slices (so the page never freezes), sleeps on real timers while a
//! program waits, and publishes consoles and timelines to the UI.

use leptos::prelude::*;
use playground_core::program::{Options, Program, Step};
use playground_core::timeline::Timeline;
use std::cell::RefCell;
use std::time::Duration;

/// Wall-clock milliseconds to spend interpreting before yielding to the page.
const SLICE_MS: f64 = 8.0;
/// Instructions per `run_slice` call inside a slice.
const INSTRUCTIONS_PER_CALL: u64 = 20_000;

pub fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(0.0)
}

/// What the UI shows of one program (A or B).
#[derive(Clone, Copy)]
pub struct Side {
    pub source: RwSignal<String>,
    pub console: RwSignal<Vec<(bool, String)>>,
    pub timeline: RwSignal<Timeline>,
    /// Seconds the program took (set when it finishes).
    pub elapsed: RwSignal<Option<f64>>,
    pub exit_code: RwSignal<Option<i32>>,
    /// Trace events behind the timeline (for scrubbing: current lines).
    pub lines: RwSignal<Vec<(f64, String, u32)>>,
}

impl Side {
    pub fn new(source: String) -> Side {
        Side {
            source: RwSignal::new(source),
            console: RwSignal::new(Vec::new()),
            timeline: RwSignal::new(Timeline::default()),
            elapsed: RwSignal::new(None),
            exit_code: RwSignal::new(None),
            lines: RwSignal::new(Vec::new()),
        }
    }

    pub fn clear(&self) {
        self.console.set(Vec::new());
        self.timeline.set(Timeline::default());
        self.elapsed.set(None);
        self.exit_code.set(None);
        self.lines.set(Vec::new());
    }
}

/// Shared run state the controls and the playhead read.
#[derive(Clone, Copy)]
pub struct RunState {
    pub running: RwSignal<bool>,
    /// Seconds since the run started (the playhead while running).
    pub now: RwSignal<f64>,
    pub playhead: RwSignal<f64>,
    /// The page was hidden during the run (timers were throttled).
    pub hidden_during_run: RwSignal<bool>,
}

struct Slot {
    program: Program,
    side: Side,
    done: bool,
    published: usize,
}

struct Driver {
    generation: u64,
    start_ms: f64,
    slots: Vec<Slot>,
    state: RunState,
    /// Step mode runs on the virtual clock instead.
    stepping: bool,
}

thread_local! {
    static DRIVER: RefCell<Option<Driver>> = const { RefCell::new(None) };
    static GENERATION: RefCell<u64> = const { RefCell::new(0) };
}

fn next_generation() -> u64 {
    GENERATION.with(|g| {
        *g.borrow_mut() += 1;
        *g.borrow()
    })
}

fn real_clock_options() -> Options {
    let epoch = js_sys::Date::now() / 1000.0;
    Options {
        seconds_per_instruction: 0.0,
        epoch,
        ..Options::default()
    }
}

/// Start A and B (B may be empty) at the same instant on the real clock.
pub fn start(sides: &[Side], state: RunState) {
    let generation = next_generation();
    let mut slots = Vec::new();
    for side in sides {
        side.clear();
        let src = side.source.get_untracked();
        if src.trim().is_empty() {
            continue;
        }
        slots.push(Slot {
            program: Program::new(&src, real_clock_options()),
            side: *side,
            done: false,
            published: 0,
        });
    }
    state.running.set(true);
    state.now.set(0.0);
    state.playhead.set(0.0);
    state.hidden_during_run.set(false);
    let start_ms = now_ms();
    DRIVER.with(|d| {
        *d.borrow_mut() = Some(Driver {
            generation,
            start_ms,
            slots,
            state,
            stepping: false,
        })
    });
    tick(generation);
    animate(generation);
}

/// Stop whatever runs; what was drawn stays.
pub fn stop() {
    next_generation();
    DRIVER.with(|d| {
        if let Some(drv) = d.borrow_mut().as_mut() {
            drv.state.running.set(false);
        }
    });
}

/// Step mode: run `side` on the virtual clock one event-loop turn per call.
pub fn step(side: Side, state: RunState) {
    let fresh = DRIVER.with(
        |d| !matches!(d.borrow().as_ref(), Some(drv) if drv.stepping && !drv.slots.is_empty()),
    );
    if fresh {
        next_generation();
        side.clear();
        let program = Program::new(&side.source.get_untracked(), Options::default());
        let generation = GENERATION.with(|g| *g.borrow());
        DRIVER.with(|d| {
            *d.borrow_mut() = Some(Driver {
                generation,
                start_ms: now_ms(),
                slots: vec![Slot {
                    program,
                    side,
                    done: false,
                    published: 0,
                }],
                state,
                stepping: true,
            })
        });
    }
    DRIVER.with(|d| {
        let mut d = d.borrow_mut();
        let Some(drv) = d.as_mut() else { return };
        let slot = &mut drv.slots[0];
        if slot.done {
            return;
        }
        match slot.program.step_turn() {
            Step::Sleep { until, .. } => slot.program.set_time(until),
            Step::Finished { exit_code } => {
                slot.done = true;
                slot.side.exit_code.set(Some(exit_code));
                slot.side.elapsed.set(Some(slot.program.time()));
            }
            Step::Continue => {}
        }
        publish(slot);
        let t = slot.program.time();
        state.now.set(t);
        state.playhead.set(t);
        if slot.done {
            *d = None;
        }
    });
}

fn publish(slot: &mut Slot) {
    let output = slot.program.take_output();
    if !output.is_empty() {
        slot.side.console.update(|c| {
            for chunk in output {
                match c.last_mut() {
                    Some((stderr, text)) if *stderr == chunk.stderr && !text.ends_with('\n') => {
                        text.push_str(&chunk.text)
                    }
                    _ => c.push((chunk.stderr, chunk.text)),
                }
            }
        });
    }
    let events = &slot.program.trace().events;
    if events.len() != slot.published || slot.done {
        slot.published = events.len();
        let now = slot.program.time();
        slot.side.timeline.set(Timeline::from_events(events, now));
        slot.side.lines.set(step_lines(events));
    }
}

/// (time, task name, line) at every step end: where each task stands.
fn step_lines(events: &[playground_core::trace::Event]) -> Vec<(f64, String, u32)> {
    use playground_core::trace::Event;
    let mut names = std::collections::HashMap::new();
    let mut out = Vec::new();
    for e in events {
        match e {
            Event::TaskCreated {
                task,
                name,
                line,
                time,
                ..
            } => {
                names.insert(*task, name.clone());
                out.push((*time, name.clone(), *line));
            }
            Event::StepEnd {
                time, task, line, ..
            } => {
                if let Some(n) = names.get(task) {
                    out.push((*time, n.clone(), *line));
                }
            }
            _ => {}
        }
    }
    out
}

fn tick(generation: u64) {
    let next = DRIVER.with(|d| {
        let mut d = d.borrow_mut();
        let drv = d.as_mut()?;
        if drv.generation != generation || drv.stepping {
            return None;
        }
        if web_sys::window()
            .and_then(|w| w.document())
            .map(|doc| doc.hidden())
            .unwrap_or(false)
        {
            drv.state.hidden_during_run.set(true);
        }
        let deadline = now_ms() + SLICE_MS;
        let mut wake_at: Option<f64> = None;
        let mut busy = false;
        for slot in drv.slots.iter_mut().filter(|s| !s.done) {
            let now = (now_ms() - drv.start_ms) / 1000.0;
            slot.program.set_time(now);
            loop {
                match slot.program.run_slice(INSTRUCTIONS_PER_CALL) {
                    Step::Continue => {
                        if now_ms() > deadline {
                            busy = true;
                            break;
                        }
                    }
                    Step::Sleep { until, .. } => {
                        let now = (now_ms() - drv.start_ms) / 1000.0;
                        if until <= now {
                            slot.program.set_time(now);
                            if now_ms() > deadline {
                                busy = true;
                                break;
                            }
                            continue;
                        }
                        wake_at = Some(wake_at.map_or(until, |w: f64| w.min(until)));
                        break;
                    }
                    Step::Finished { exit_code } => {
                        slot.done = true;
                        slot.side.exit_code.set(Some(exit_code));
                        slot.side.elapsed.set(Some(slot.program.time()));
                        break;
                    }
                }
            }
            publish(slot);
        }
        if drv.slots.iter().all(|s| s.done) {
            let end = drv
                .slots
                .iter()
                .map(|s| s.program.time())
                .fold(0.0, f64::max);
            drv.state.running.set(false);
            drv.state.now.set(end);
            drv.state.playhead.set(end);
            return None;
        }
        let now = (now_ms() - drv.start_ms) / 1000.0;
        Some(if busy {
            0.0
        } else {
            wake_at
                .map(|w| ((w - now) * 1000.0).max(0.0))
                .unwrap_or(0.0)
        })
    });
    if let Some(delay_ms) = next {
        set_timeout(
            move || tick(generation),
            Duration::from_micros((delay_ms * 1000.0) as u64),
        );
    }
}

/// Move the playhead at display rate while running.
fn animate(generation: u64) {
    let alive = DRIVER.with(|d| {
        let d = d.borrow();
        let Some(drv) = d.as_ref() else { return false };
        if drv.generation != generation || !drv.state.running.get_untracked() {
            return false;
        }
        let t = (now_ms() - drv.start_ms) / 1000.0;
        drv.state.now.set(t);
        drv.state.playhead.set(t);
        true
    });
    if alive {
        request_animation_frame(move || animate(generation));
    }
}
