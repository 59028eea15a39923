//! The timeline model the UI draws, kept up to date from a trace as it
//! grows (`Timeline::update` takes in only the events added since the last
//! call): one lane per task (plus the main program), spans of running /
//! ready / waiting / blocked, markers for prints, results, errors and
//! cancellations, the line each task stood on after each step, and what the
//! event loop held at any instant (`loop_at`, `lines_at`). The page, the
//! CLI's `--timeline` and `--svg`, and the tests all read this one model.
//!
//! Derivation rules:
//! - a task is `Ready` from each `Ready` event until its next `StepStart`;
//! - `Running` from `StepStart` to `StepEnd`, except where a blocking call
//!   inside the step holds the program (`Blocked`);
//! - `Waiting` (labelled with what it waits on) from a `StepEnd` that
//!   suspended until its next `Ready`;
//! - a step ending in a result, exception or cancellation ends the lane with a marker;
//! - the main program's lane is `Running` during `MainRun`s and `Waiting`
//!   (on the event loop) between them while tasks exist.
//!
//! A lane's spans are final up to `settled`; the state it is in now (and
//! the main program's run in progress) is drawn up to the present and
//! redrawn at each update.

use crate::at::At;
use crate::trace::{Event, StepOutcome};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    Running,
    Ready,
    Waiting,
    Blocked,
}

impl State {
    pub fn name(self) -> &'static str {
        match self {
            State::Running => "running",
            State::Ready => "ready",
            State::Waiting => "waiting",
            State::Blocked => "blocked",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Span {
    pub start: f64,
    pub end: f64,
    pub state: State,
    pub label: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MarkerKind {
    Print,
    Result,
    Error,
    Cancelled,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Marker {
    pub time: f64,
    pub kind: MarkerKind,
    pub text: String,
}

/// The state a lane is in now, not yet ended by an event.
#[derive(Clone, Debug, PartialEq)]
struct Open {
    state: State,
    since: f64,
    /// The event that opened it, whose label it wears: read when drawn, as
    /// a request's wait is relabelled in the trace when its answer comes.
    event: usize,
    /// A blocking call's end, after which the step runs on.
    until: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Lane {
    /// `None` for the main program (module-level code).
    pub task: Option<u32>,
    pub name: String,
    pub parent: Option<u32>,
    pub created: f64,
    pub spans: Vec<Span>,
    pub markers: Vec<Marker>,
    /// The task's last suspension line, or its creation line.
    pub line: u32,
    /// (instant, line) where the task stood after each of its steps, from
    /// the line that created it, in time order.
    pub lines: Vec<(f64, u32)>,
    /// When its last step returned, raised or was cancelled.
    pub ended: Option<f64>,
    /// (instant, position in the trace) of each time it joined the ready
    /// queue (the trace's order is the queue's).
    pub readied: Vec<(f64, usize)>,
    /// `spans[..settled]` are final.
    settled: usize,
    open: Option<Open>,
    /// Orders lanes created at one instant as they were.
    seq: usize,
}

impl Lane {
    pub fn new(task: Option<u32>, name: &str, created: f64) -> Lane {
        Lane {
            task,
            name: name.to_string(),
            parent: None,
            created,
            spans: Vec::new(),
            markers: Vec::new(),
            line: 0,
            lines: Vec::new(),
            ended: None,
            readied: Vec::new(),
            settled: 0,
            open: None,
            seq: 0,
        }
    }

    /// The lane of a thread other than the main one (not an asyncio task).
    pub fn is_thread(&self) -> bool {
        self.task
            .is_some_and(|t| t >= crate::threads::THREAD_LANE_BASE)
    }

    fn push(&mut self, start: f64, end: f64, state: State, label: String) {
        self.spans.push(Span {
            start,
            end,
            state,
            label,
        });
    }

    /// The spans of state `o` up to `t`, a blocking call in it cut at `cut`.
    fn push_open(&mut self, o: &Open, cut: f64, t: f64, events: &[Event]) {
        let label = match events.get(o.event) {
            Some(Event::StepEnd {
                outcome: StepOutcome::Waiting { on },
                ..
            }) => on.to_string(),
            Some(Event::Blocked { what, .. }) => what.clone(),
            _ => String::new(),
        };
        if o.state == State::Blocked {
            let stop = o.until.min(cut).max(o.since);
            self.push(o.since, stop, State::Blocked, label);
            if t > stop {
                self.push(stop, t, State::Running, String::new());
            }
        } else {
            self.push(o.since, t, o.state, label);
        }
    }

    /// End the state the lane is in at `t`, for good.
    fn close(&mut self, t: f64, events: &[Event]) {
        self.spans.truncate(self.settled);
        if let Some(o) = self.open.take() {
            self.push_open(&o, t, t, events);
        }
        self.settled = self.spans.len();
    }

    /// Close the present state at `since` and enter `state`.
    fn enter(&mut self, state: State, since: f64, event: usize, events: &[Event]) {
        self.close(since, events);
        self.open = Some(Open {
            state,
            since,
            event,
            until: since,
        });
    }

    /// A blocking call from `time` to `until` in the running step splits
    /// its span (one outside a running step, or taking no time, is not drawn).
    fn block(&mut self, time: f64, until: f64, event: usize, events: &[Event]) {
        match &self.open {
            // (Within an earlier call that still holds it: drawn already.)
            Some(o)
                if (o.state == State::Running && o.since <= time
                    || o.state == State::Blocked && o.until <= time)
                    && until > time =>
            {
                if o.state == State::Running && o.since == time {
                    self.open = None;
                }
                self.close(time, events);
                self.open = Some(Open {
                    state: State::Blocked,
                    since: time,
                    event,
                    until,
                });
            }
            _ => {}
        }
    }

    /// Draw the present state up to `end`, a blocking call in it up to `now`.
    fn draw_open(&mut self, now: f64, end: f64, events: &[Event]) {
        if let Some(o) = self.open.take() {
            self.spans.truncate(self.settled);
            self.push_open(&o, now.max(o.since), end, events);
            self.open = Some(o);
        }
    }
}

/// A blocking call or GIL wait of the main program: (start, end, state, what).
type MainBlock = (f64, f64, State, String);

/// The main program's run from `start` to `stop`, split by the blocking
/// calls and GIL waits in it (drawn up to `now`).
fn push_run(lane: &mut Lane, start: f64, stop: f64, blocks: &[MainBlock], now: f64) {
    if let Some(last) = lane.spans.last() {
        if start > last.end {
            let from = last.end;
            lane.push(from, start, State::Waiting, "event loop".to_string());
        }
    }
    let before = lane.spans.len();
    let mut from = start;
    for (begin, end, state, what) in blocks {
        let end = end.min(now.max(*begin));
        if *begin >= from && end <= stop && end > *begin {
            if *begin > from {
                lane.push(from, *begin, State::Running, String::new());
            }
            lane.push(*begin, end, *state, what.clone());
            from = end;
        }
    }
    if stop > from || lane.spans.len() == before {
        lane.push(from, stop, State::Running, String::new());
    }
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Timeline {
    pub lanes: Vec<Lane>,
    pub end: f64,
    /// Blocking calls that held the whole program: (start, end, task, line).
    pub blocks: Vec<(f64, f64, Option<u32>, u32)>,
    /// Events of the trace taken in.
    seen: usize,
    /// Task ids to lane positions, sorted by id (a hash map type of its own
    /// would cost the page's wasm a copy of the hashing code).
    index: Vec<(u32, usize)>,
    /// The main program's blocking calls and GIL waits not yet in one of its runs.
    main_blocks: Vec<MainBlock>,
    program_end: f64,
    latest_created: f64,
}

/// What the event loop holds at an instant (lesson 18 made visible).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LoopState {
    /// The task (or `main`, module-level code) running.
    pub running: Option<String>,
    /// The ready queue, first to run first.
    pub ready: Vec<String>,
    /// (task, what it waits on)
    pub waiting: Vec<(String, String)>,
    /// A blocking call holding the whole program: ("who: what", its line
    /// or 0).
    pub blocked: Option<(String, u32)>,
    /// Threads other than the main one, with what each does: "running"
    /// (holds the GIL), "ready" (wants it) or what it waits on.
    pub threads: Vec<(String, String)>,
    /// Child processes alive (their threads and tasks too, named after
    /// them), with what each does, as for threads.
    pub processes: Vec<(String, String)>,
}

impl Timeline {
    /// A timeline of these lanes (drawn or exported as they are).
    pub fn of(lanes: Vec<Lane>, end: f64) -> Timeline {
        Timeline {
            lanes,
            end,
            ..Timeline::default()
        }
    }

    /// Derive the timeline from trace events. `now` closes spans still open
    /// (a run in progress is drawn up to the present).
    pub fn from_events(events: &[Event], now: f64) -> Timeline {
        let mut timeline = Timeline::default();
        timeline.update(events, now, None);
        timeline
    }

    fn lane_of(&self, task: u32) -> Option<usize> {
        let k = self.index.binary_search_by_key(&task, |e| e.0).ok()?;
        Some(self.index.at(k).1)
    }

    /// Take in the events of the trace added since the last update (`events`
    /// is the whole trace, which only grows), and draw the lanes' present
    /// states up to `now`. `open_main`: the main program has been running
    /// (or blocked in a call) since then and is still at it; its run is
    /// traced only when it ends, yet a program that computes or blocks is
    /// drawn as it goes.
    pub fn update(&mut self, events: &[Event], now: f64, open_main: Option<f64>) {
        if self.lanes.is_empty() {
            self.lanes.push(Lane::new(None, "main", 0.0));
        }
        let mut regroup = false;
        let first = self.seen.min(events.len());
        for (seq, e) in events.iter().enumerate().skip(first) {
            match e {
                Event::TaskCreated {
                    time,
                    task,
                    name,
                    parent,
                    line,
                } => {
                    let i = self.lanes.len();
                    match self.index.binary_search_by_key(task, |e| e.0) {
                        Ok(k) => self.index.at_mut(k).1 = i,
                        Err(k) => self.index.insert(k, (*task, i)),
                    }
                    let mut lane = Lane::new(Some(*task), name, *time);
                    lane.parent = *parent;
                    lane.line = *line;
                    lane.lines.push((*time, *line));
                    lane.seq = seq + 1;
                    use crate::processes::PROCESS_LANE_BASE;
                    let child = *task >= PROCESS_LANE_BASE
                        && parent.is_some_and(|p| p >= PROCESS_LANE_BASE);
                    regroup |= child || *time < self.latest_created;
                    self.latest_created = self.latest_created.max(*time);
                    self.lanes.push(lane);
                }
                Event::Ready { time, task } => {
                    if let Some(i) = self.lane_of(*task) {
                        let lane = self.lanes.at_mut(i);
                        lane.enter(State::Ready, *time, seq, events);
                        lane.readied.push((*time, seq));
                    }
                }
                Event::StepStart { time, task } => {
                    if let Some(i) = self.lane_of(*task) {
                        self.lanes
                            .at_mut(i)
                            .enter(State::Running, *time, seq, events);
                    }
                }
                Event::StepEnd {
                    time,
                    task,
                    line,
                    outcome,
                } => {
                    if let Some(i) = self.lane_of(*task) {
                        let lane = self.lanes.at_mut(i);
                        lane.close(*time, events);
                        lane.line = *line;
                        lane.lines.push((*time, *line));
                        let (kind, text) = match outcome {
                            StepOutcome::Waiting { .. } => {
                                lane.enter(State::Waiting, *time, seq, events);
                                continue;
                            }
                            StepOutcome::Yielded => continue,
                            StepOutcome::Returned { value } => (MarkerKind::Result, value.clone()),
                            StepOutcome::Raised { exception } => {
                                (MarkerKind::Error, exception.clone())
                            }
                            StepOutcome::Cancelled => {
                                (MarkerKind::Cancelled, "cancelled".to_string())
                            }
                        };
                        lane.ended = Some(*time);
                        lane.markers.push(Marker {
                            time: *time,
                            kind,
                            text,
                        });
                    }
                }
                Event::MainRun { start, end: stop } => {
                    let main = self.lanes.at_mut(0);
                    main.spans.truncate(main.settled);
                    push_run(main, *start, *stop, &self.main_blocks, *stop);
                    main.settled = main.spans.len();
                    self.main_blocks.retain(|b| b.0 >= *stop);
                }
                Event::Output {
                    time,
                    task,
                    text,
                    stderr,
                } => {
                    let i = task.and_then(|t| self.lane_of(t)).unwrap_or(0);
                    let kind = if *stderr {
                        MarkerKind::Error
                    } else {
                        MarkerKind::Print
                    };
                    self.lanes.at_mut(i).markers.push(Marker {
                        time: *time,
                        kind,
                        text: text.trim_end_matches('\n').to_string(),
                    });
                }
                Event::Blocked {
                    time,
                    task,
                    seconds,
                    what,
                    line,
                } => {
                    let until = time + seconds;
                    self.blocks.push((*time, until, *task, *line));
                    match task.and_then(|t| self.lane_of(t)).filter(|i| *i > 0) {
                        Some(i) => self.lanes.at_mut(i).block(*time, until, seq, events),
                        None => self
                            .main_blocks
                            .push((*time, until, State::Blocked, what.clone())),
                    }
                }
                Event::MainReady { start, end: stop } => {
                    self.main_blocks
                        .push((*start, *stop, State::Ready, String::new()));
                }
                Event::LoopTurn { .. } => {}
                Event::ProgramEnd { time, .. } => {
                    self.program_end = self.program_end.max(*time);
                }
            }
        }
        self.seen = events.len();
        if regroup {
            self.group_by_process();
        }
        self.end = now.max(self.program_end);
        let end = self.end;
        for lane in self.lanes.iter_mut().skip(1) {
            lane.draw_open(now, end, events);
        }
        let main = self.lanes.at_mut(0);
        main.spans.truncate(main.settled);
        if let Some(since) = open_main {
            push_run(main, since, now.max(since), &self.main_blocks, now);
        }
    }

    /// Lanes in the order they were created on the program's clock (a
    /// child process in another worker reports its lanes when it can,
    /// after lanes its parent made later), and each child process's lanes
    /// (its main thread, then its tasks and threads, named "Process-1:
    /// Thread-1") following one another from where its main thread's lane
    /// is: processes started together would otherwise interleave their
    /// lanes.
    fn group_by_process(&mut self) {
        use crate::processes::PROCESS_LANE_BASE;
        let lanes = &mut self.lanes;
        crate::sort::sort_by(lanes, |a, b| {
            a.created.total_cmp(&b.created).then(a.seq.cmp(&b.seq))
        });
        let position = |task: u32| lanes.iter().position(|l| l.task == Some(task));
        let keys: Vec<(usize, usize)> = (0..lanes.len())
            .map(|i| {
                let group = lanes[i]
                    .task
                    .filter(|t| *t >= PROCESS_LANE_BASE)
                    .and_then(|_| lanes[i].parent.filter(|p| *p >= PROCESS_LANE_BASE))
                    .and_then(position)
                    .unwrap_or(i);
                (group, i)
            })
            .collect();
        if keys.iter().any(|(group, i)| group != i) {
            let mut keyed: Vec<((usize, usize), Lane)> =
                keys.into_iter().zip(lanes.drain(..)).collect();
            crate::sort::sort_by_key(&mut keyed, |(key, _)| *key);
            lanes.extend(keyed.into_iter().map(|(_, lane)| lane));
        }
        self.index.clear();
        for (i, lane) in self.lanes.iter().enumerate() {
            let Some(task) = lane.task else { continue };
            match self.index.binary_search_by_key(&task, |e| e.0) {
                // A task id seen twice stands for its latest lane.
                Ok(k) if self.lanes.at(self.index.at(k).1).seq < lane.seq => {
                    self.index.at_mut(k).1 = i
                }
                Ok(_) => {}
                Err(k) => self.index.insert(k, (task, i)),
            }
        }
    }

    /// The event loop at instant `t`: each lane's state is that of its last
    /// span holding `t`, i.e. where the task stands once that instant's
    /// steps are done (several steps can share an instant, and step mode
    /// stops at such instants); the ready queue in the order it was filled.
    pub fn loop_at(&self, t: f64) -> LoopState {
        use crate::processes::PROCESS_LANE_BASE;
        let mut state = LoopState::default();
        let mut ready: Vec<(usize, String)> = Vec::new();
        for lane in &self.lanes {
            let Some(span) = lane
                .spans
                .iter()
                .rev()
                .find(|s| s.start <= t + 1e-9 && t <= s.end + 1e-9)
            else {
                continue;
            };
            // A task whose last step ended it is gone from that instant on.
            if lane.ended.is_some_and(|ended| t >= ended - 1e-9) {
                continue;
            }
            if lane.is_thread() {
                let doing = match span.state {
                    State::Running => "running".to_string(),
                    State::Ready => "ready".to_string(),
                    _ => span.label.clone(),
                };
                let process = lane.task.is_some_and(|t| t >= PROCESS_LANE_BASE);
                let list = if process {
                    &mut state.processes
                } else {
                    &mut state.threads
                };
                list.push((lane.name.clone(), doing));
                continue;
            }
            match span.state {
                // The main thread wants the GIL another thread holds.
                State::Ready if lane.task.is_none() => {
                    state.threads.push((lane.name.clone(), "ready".to_string()))
                }
                State::Running => state.running = Some(lane.name.clone()),
                State::Ready => {
                    // Where in the trace it last joined the queue by `t`.
                    let n = lane.readied.partition_point(|(time, _)| *time <= t + 1e-9);
                    let seq = lane.readied[..n].last().map_or(usize::MAX, |r| r.1);
                    ready.push((seq, lane.name.clone()))
                }
                State::Waiting if lane.task.is_some() => {
                    state.waiting.push((lane.name.clone(), span.label.clone()))
                }
                State::Waiting => {}
                State::Blocked => {
                    let line = (self.blocks.iter())
                        .find(|b| b.2 == lane.task && b.0 <= t + 1e-9 && t <= b.1 + 1e-9)
                        .map_or(0, |b| b.3);
                    state.blocked = Some((format!("{}: {}", lane.name, span.label), line));
                }
            }
        }
        crate::sort::sort_by_key(&mut ready, |(seq, _)| *seq);
        state.ready = ready.into_iter().map(|(_, name)| name).collect();
        state
    }

    /// Lines (1-based, sorted, without repeats) where live tasks stand at
    /// instant `t`, and the line of a blocking call holding the program. A
    /// task that has ended by `t` stands nowhere.
    pub fn lines_at(&self, t: f64) -> Vec<u32> {
        let mut out: Vec<u32> = (self.blocks.iter())
            .filter(|b| b.0 <= t + 1e-9 && t < b.1 - 1e-9)
            .map(|b| b.3)
            .collect();
        let t = t + 1e-9;
        out.extend(
            self.lanes
                .iter()
                .filter(|k| k.created <= t && k.ended.is_none_or(|e| t < e))
                .filter_map(|k| {
                    let n = k.lines.partition_point(|(time, _)| *time <= t);
                    k.lines[..n].last().map(|(_, line)| *line)
                }),
        );
        out.retain(|l| *l > 0);
        crate::sort::sort(&mut out);
        out.dedup();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn created(task: u32, name: &str) -> Event {
        Event::TaskCreated {
            time: 0.0,
            task,
            name: name.into(),
            parent: None,
            line: 1,
        }
    }

    #[test]
    fn ready_running_waiting_then_result() {
        let events = vec![
            created(1, "Task-1"),
            Event::Ready { time: 0.0, task: 1 },
            Event::StepStart { time: 0.0, task: 1 },
            Event::StepEnd {
                time: 0.0,
                task: 1,
                line: 3,
                outcome: StepOutcome::Waiting {
                    on: "sleep 1s".into(),
                },
            },
            Event::Ready { time: 1.0, task: 1 },
            Event::StepStart { time: 1.0, task: 1 },
            Event::StepEnd {
                time: 1.0,
                task: 1,
                line: 4,
                outcome: StepOutcome::Returned { value: "3".into() },
            },
            Event::ProgramEnd {
                time: 1.0,
                exit_code: 0,
            },
        ];
        let t = Timeline::from_events(&events, 0.0);
        let lane = &t.lanes[1];
        let states: Vec<(State, f64, f64)> = lane
            .spans
            .iter()
            .map(|s| (s.state, s.start, s.end))
            .collect();
        assert_eq!(
            states,
            vec![
                (State::Ready, 0.0, 0.0),
                (State::Running, 0.0, 0.0),
                (State::Waiting, 0.0, 1.0),
                (State::Ready, 1.0, 1.0),
                (State::Running, 1.0, 1.0)
            ]
        );
        assert_eq!(lane.spans[2].label, "sleep 1s");
        assert_eq!(
            lane.markers,
            vec![Marker {
                time: 1.0,
                kind: MarkerKind::Result,
                text: "3".into()
            }]
        );
        assert_eq!(lane.line, 4);
        assert_eq!(t.end, 1.0);
    }

    #[test]
    fn blocking_call_splits_the_running_span() {
        let events = vec![
            created(1, "Task-1"),
            Event::StepStart { time: 0.0, task: 1 },
            Event::Blocked {
                time: 0.0,
                task: Some(1),
                seconds: 3.0,
                what: "time.sleep(3)".into(),
                line: 0,
            },
            Event::StepEnd {
                time: 3.0,
                task: 1,
                line: 2,
                outcome: StepOutcome::Returned {
                    value: "None".into(),
                },
            },
        ];
        let t = Timeline::from_events(&events, 3.0);
        let spans = &t.lanes[1].spans;
        assert_eq!(spans.len(), 1);
        assert_eq!(spans[0].state, State::Blocked);
        assert_eq!((spans[0].start, spans[0].end), (0.0, 3.0));
        assert_eq!(spans[0].label, "time.sleep(3)");
    }

    #[test]
    fn open_spans_run_to_now_and_the_loop_state_sees_them() {
        let events = vec![
            created(1, "Task-1"),
            created(2, "Task-2"),
            Event::Ready { time: 0.0, task: 1 },
            Event::Ready { time: 0.0, task: 2 },
            Event::StepStart { time: 0.0, task: 1 },
            Event::StepEnd {
                time: 0.0,
                task: 1,
                line: 5,
                outcome: StepOutcome::Waiting {
                    on: "queue get".into(),
                },
            },
        ];
        let t = Timeline::from_events(&events, 2.0);
        assert_eq!(
            t.lanes[1].spans.last().map(|s| (s.state, s.end)),
            Some((State::Waiting, 2.0))
        );
        let snap = t.loop_at(1.0);
        assert_eq!(snap.ready, vec!["Task-2".to_string()]);
        assert_eq!(
            snap.waiting,
            vec![("Task-1".to_string(), "queue get".to_string())]
        );
        assert_eq!(snap.running, None);
    }

    #[test]
    fn prints_land_on_their_task_lane_and_main_waits_between_runs() {
        let events = vec![
            Event::MainRun {
                start: 0.0,
                end: 0.0,
            },
            created(1, "Task-1"),
            Event::StepStart { time: 0.0, task: 1 },
            Event::Output {
                time: 0.0,
                task: Some(1),
                stderr: false,
                text: "One\n".into(),
            },
            Event::StepEnd {
                time: 0.0,
                task: 1,
                line: 2,
                outcome: StepOutcome::Cancelled,
            },
            Event::Output {
                time: 1.0,
                task: None,
                stderr: false,
                text: "done\n".into(),
            },
            Event::MainRun {
                start: 1.0,
                end: 1.0,
            },
        ];
        let t = Timeline::from_events(&events, 1.0);
        assert_eq!(
            t.lanes[1].markers[0],
            Marker {
                time: 0.0,
                kind: MarkerKind::Print,
                text: "One".into()
            }
        );
        assert_eq!(t.lanes[1].markers[1].kind, MarkerKind::Cancelled);
        assert_eq!(t.lanes[0].markers[0].text, "done");
        let main: Vec<State> = t.lanes[0].spans.iter().map(|s| s.state).collect();
        assert_eq!(main, vec![State::Running, State::Waiting, State::Running]);
    }

    // Where tasks stand and what the loop holds at an instant.

    fn created_at(task: u32, time: f64, line: u32) -> Event {
        Event::TaskCreated {
            time,
            task,
            name: format!("Task-{task}").into(),
            parent: None,
            line,
        }
    }

    fn step_end(task: u32, time: f64, line: u32, outcome: StepOutcome) -> Event {
        Event::StepEnd {
            time,
            task,
            line,
            outcome,
        }
    }

    #[test]
    fn tasks_move_from_line_to_line_and_vanish_when_done() {
        let wait = || StepOutcome::Waiting {
            on: "sleep 1s".into(),
        };
        let events = vec![
            created_at(1, 0.0, 10),
            created_at(2, 0.0, 11),
            step_end(1, 0.0, 4, wait()),
            step_end(2, 0.0, 4, wait()),
            step_end(1, 1.0, 6, StepOutcome::Returned { value: "1".into() }),
            step_end(2, 2.0, 6, StepOutcome::Cancelled),
        ];
        let r = Timeline::from_events(&events, 10.0);
        assert_eq!(r.lanes.len(), 3, "main and two tasks");
        assert_eq!(r.lines_at(0.5), vec![4]);
        assert_eq!(r.lines_at(1.0), vec![4], "task 1 ended at 1.0");
        assert_eq!(r.lines_at(1.5), vec![4]);
        assert_eq!(r.lines_at(2.5), Vec::<u32>::new());
    }

    #[test]
    fn thread_lanes_are_listed_as_threads_not_tasks() {
        use crate::threads::THREAD_LANE_BASE;
        let (a, b) = (THREAD_LANE_BASE + 1, THREAD_LANE_BASE + 2);
        let events = vec![
            created_at(1, 0.0, 3),
            created_at(a, 0.0, 5),
            created_at(b, 0.0, 5),
            Event::Ready { time: 0.0, task: b },
            Event::StepStart { time: 0.0, task: a },
            Event::StepStart { time: 0.0, task: 1 },
            step_end(
                1,
                0.0,
                3,
                StepOutcome::Waiting {
                    on: "sleep 1s".into(),
                },
            ),
        ];
        let timeline = Timeline::from_events(&events, 0.5);
        let state = timeline.loop_at(0.25);
        assert_eq!(
            state.waiting,
            vec![("Task-1".to_string(), "sleep 1s".to_string())]
        );
        assert!(
            state.ready.is_empty() && state.running.is_none(),
            "{state:?}"
        );
        let name = |t: u32| format!("Task-{t}");
        assert_eq!(
            state.threads,
            vec![
                (name(a), "running".to_string()),
                (name(b), "ready".to_string())
            ]
        );
    }

    #[test]
    fn a_blocked_program_stands_at_the_line_that_blocks_it() {
        let source = "import time\n\ndef count():\n    print('One')\n    time.sleep(1)\n    print('Two')\n\ncount()\ntime.sleep(0.5)\nprint('done')\n";
        let (program, _) = crate::run_virtual(source, crate::program::Options::default());
        let events = &program.trace().events;
        let r = Timeline::from_events(events, 10.0);
        let timeline = Timeline::from_events(events, program.time());
        // In the function it called: its line, not the call's.
        assert_eq!(r.lines_at(0.5), vec![5]);
        assert_eq!(
            timeline.loop_at(0.5).blocked,
            Some(("main: time.sleep(1)".to_string(), 5))
        );
        assert_eq!(r.lines_at(1.2), vec![9]);
        // Done: it stands nowhere.
        assert_eq!(r.lines_at(1.6), Vec::<u32>::new());
    }

    #[test]
    fn process_lanes_are_listed_as_processes() {
        use crate::processes::PROCESS_LANE_BASE;
        let p = PROCESS_LANE_BASE + 1;
        let events = vec![
            created_at(p, 0.0, 0),
            Event::StepStart { time: 0.0, task: p },
            Event::Blocked {
                time: 0.1,
                task: Some(p),
                seconds: 0.5,
                what: "sleep 0.5s".into(),
                line: 0,
            },
        ];
        let timeline = Timeline::from_events(&events, 1.0);
        let name = format!("Task-{p}");
        assert_eq!(
            timeline.loop_at(0.05).processes,
            vec![(name.clone(), "running".to_string())]
        );
        assert_eq!(
            timeline.loop_at(0.3).processes,
            vec![(name, "sleep 0.5s".to_string())]
        );
        assert!(timeline.loop_at(0.3).threads.is_empty());
    }

    #[test]
    fn a_task_created_later_is_not_there_before() {
        let events = vec![
            created_at(1, 0.0, 3),
            created_at(2, 1.0, 8),
            step_end(
                1,
                0.0,
                5,
                StepOutcome::Waiting {
                    on: "Task-2".into(),
                },
            ),
        ];
        let r = Timeline::from_events(&events, 10.0);
        assert_eq!(r.lines_at(0.2), vec![5]);
        assert_eq!(r.lines_at(1.0), vec![5, 8]);
    }

    #[test]
    fn the_loop_at_an_instant_shows_where_tasks_end_up_and_the_queue_in_order() {
        let ready = |time: f64, task: u32| Event::Ready { time, task };
        let start = |time: f64, task: u32| Event::StepStart { time, task };
        let wait = |on: &str| StepOutcome::Waiting { on: on.into() };
        // Task-2 is readied before Task-1 at 1.0; Task-3 runs, then waits.
        let events = vec![
            created_at(1, 0.0, 1),
            created_at(2, 0.0, 1),
            created_at(3, 0.0, 1),
            ready(0.0, 3),
            start(0.0, 3),
            step_end(3, 0.0, 4, wait("sleep 2s")),
            ready(0.0, 1),
            ready(0.0, 2),
            start(0.0, 1),
            step_end(1, 0.0, 4, wait("sleep 1s")),
            start(0.0, 2),
            step_end(2, 0.0, 4, wait("sleep 1s")),
            ready(1.0, 2),
            ready(1.0, 1),
        ];
        let tl = Timeline::from_events(&events, 1.0);
        let mut ended = events.clone();
        ended.push(start(1.0, 2));
        ended.push(step_end(
            2,
            1.0,
            5,
            StepOutcome::Returned { value: "2".into() },
        ));
        let at_end = Timeline::from_events(&ended, 1.0).loop_at(1.0);
        assert_eq!(at_end.running, None, "Task-2 ended at 1.0: {at_end:?}");
        assert_eq!(at_end.ready, vec!["Task-1"]);
        let at0 = tl.loop_at(0.0);
        assert_eq!(at0.running, None);
        assert!(
            at0.ready.is_empty(),
            "every task ran its first step and waits: {at0:?}"
        );
        assert_eq!(
            at0.waiting,
            vec![
                ("Task-1".into(), "sleep 1s".into()),
                ("Task-2".into(), "sleep 1s".into()),
                ("Task-3".into(), "sleep 2s".into())
            ]
        );
        let at1 = tl.loop_at(1.0);
        assert_eq!(at1.ready, vec!["Task-2", "Task-1"], "FIFO, not lane order");
        assert_eq!(at1.waiting.len(), 1);
    }

    #[test]
    fn empty_trace_has_no_lines() {
        assert!(Timeline::from_events(&[], 10.0).lines_at(1.0).is_empty());
    }
}
