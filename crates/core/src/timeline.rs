//! The timeline model the UI draws, derived from a trace: one lane per task
//! (plus the main program), spans of running / ready / waiting / blocked,
//! and markers for prints, results, errors and cancellations.
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
}

impl Lane {
    /// The lane of a thread other than the main one (not an asyncio task).
    pub fn is_thread(&self) -> bool {
        self.task
            .is_some_and(|t| t >= crate::threads::THREAD_LANE_BASE)
    }
}

/// Lanes in the order they were created on the program's clock (a child
/// process in another worker reports its lanes when it can, after lanes
/// its parent made later), and each child process's lanes (its main
/// thread, then its tasks and threads, named "Process-1: Thread-1")
/// following one another from where its main thread's lane is: processes
/// started together would otherwise interleave their lanes.
fn group_by_process(lanes: &mut Vec<Lane>) {
    use crate::processes::PROCESS_LANE_BASE;
    crate::sort::sort_by(lanes, |a, b| a.created.total_cmp(&b.created));
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
    if keys.iter().all(|(group, i)| group == i) {
        return;
    }
    let mut keyed: Vec<((usize, usize), Lane)> = keys.into_iter().zip(lanes.drain(..)).collect();
    crate::sort::sort_by_key(&mut keyed, |(key, _)| *key);
    lanes.extend(keyed.into_iter().map(|(_, lane)| lane));
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Timeline {
    pub lanes: Vec<Lane>,
    pub end: f64,
}

/// What the event loop holds at an instant (lesson 18 made visible).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct LoopSnapshot {
    pub running: Option<String>,
    pub ready: Vec<String>,
    /// (task name, what it waits on)
    pub waiting: Vec<(String, String)>,
    pub blocked: Option<String>,
}

struct Open {
    state: State,
    since: f64,
    label: String,
}

impl Timeline {
    /// Derive the timeline from trace events. `now` closes spans still open
    /// (a run in progress is drawn up to the present).
    pub fn from_events(events: &[Event], now: f64) -> Timeline {
        Timeline::with_open_main(events, now, None)
    }

    /// The same, with the main program running (or blocked in a call)
    /// since `open_main` and still at it: its run is traced only when it
    /// ends, yet a program that computes or blocks is drawn as it goes.
    pub fn with_open_main(events: &[Event], now: f64, open_main: Option<f64>) -> Timeline {
        let mut lanes: Vec<Lane> = vec![Lane {
            task: None,
            name: "main".to_string(),
            parent: None,
            created: 0.0,
            spans: Vec::new(),
            markers: Vec::new(),
            line: 0,
        }];
        let mut open: Vec<Option<Open>> = vec![None];
        // Task ids to lane positions, sorted by id (a hash map type of its
        // own would cost the page's wasm a copy of the hashing code).
        let mut index: Vec<(u32, usize)> = Vec::new();
        let lane_of = |index: &[(u32, usize)], t: u32| {
            index
                .binary_search_by_key(&t, |e| e.0)
                .ok()
                .map(|k| index[k].1)
        };
        let mut end = now;
        // Parts of a running span held elsewhere: blocking calls, and the
        // main thread waiting for the GIL (start, end, task, state, what).
        let mut blocks: Vec<(f64, f64, Option<u32>, State, String)> = Vec::new();
        let close = |lane: &mut Lane, o: &mut Option<Open>, t: f64| {
            if let Some(prev) = o.take() {
                lane.spans.push(Span {
                    start: prev.since,
                    end: t,
                    state: prev.state,
                    label: prev.label,
                });
            }
        };
        for e in events {
            match e {
                Event::TaskCreated {
                    time,
                    task,
                    name,
                    parent,
                    line,
                } => {
                    match index.binary_search_by_key(task, |e| e.0) {
                        Ok(k) => index[k].1 = lanes.len(),
                        Err(k) => index.insert(k, (*task, lanes.len())),
                    }
                    lanes.push(Lane {
                        task: Some(*task),
                        name: name.to_string(),
                        parent: *parent,
                        created: *time,
                        spans: Vec::new(),
                        markers: Vec::new(),
                        line: *line,
                    });
                    open.push(None);
                }
                Event::Ready { time, task } => {
                    if let Some(i) = lane_of(&index, *task) {
                        close(lanes.at_mut(i), open.at_mut(i), *time);
                        *open.at_mut(i) = Some(Open {
                            state: State::Ready,
                            since: *time,
                            label: String::new(),
                        });
                    }
                }
                Event::StepStart { time, task } => {
                    if let Some(i) = lane_of(&index, *task) {
                        close(lanes.at_mut(i), open.at_mut(i), *time);
                        *open.at_mut(i) = Some(Open {
                            state: State::Running,
                            since: *time,
                            label: String::new(),
                        });
                    }
                }
                Event::StepEnd {
                    time,
                    task,
                    line,
                    outcome,
                } => {
                    if let Some(i) = lane_of(&index, *task) {
                        close(lanes.at_mut(i), open.at_mut(i), *time);
                        lanes.at_mut(i).line = *line;
                        match outcome {
                            StepOutcome::Waiting { on } => {
                                *open.at_mut(i) = Some(Open {
                                    state: State::Waiting,
                                    since: *time,
                                    label: on.to_string(),
                                });
                            }
                            StepOutcome::Yielded => {}
                            StepOutcome::Returned { value } => {
                                lanes.at_mut(i).markers.push(Marker {
                                    time: *time,
                                    kind: MarkerKind::Result,
                                    text: value.clone(),
                                })
                            }
                            StepOutcome::Raised { exception } => {
                                lanes.at_mut(i).markers.push(Marker {
                                    time: *time,
                                    kind: MarkerKind::Error,
                                    text: exception.clone(),
                                })
                            }
                            StepOutcome::Cancelled => lanes.at_mut(i).markers.push(Marker {
                                time: *time,
                                kind: MarkerKind::Cancelled,
                                text: "cancelled".to_string(),
                            }),
                        }
                    }
                }
                Event::MainRun { start, end: stop } => {
                    lanes.at_mut(0).spans.push(Span {
                        start: *start,
                        end: *stop,
                        state: State::Running,
                        label: String::new(),
                    });
                }
                Event::Output {
                    time,
                    task,
                    text,
                    stderr,
                } => {
                    let i = task.and_then(|t| lane_of(&index, t)).unwrap_or(0);
                    let kind = if *stderr {
                        MarkerKind::Error
                    } else {
                        MarkerKind::Print
                    };
                    lanes.at_mut(i).markers.push(Marker {
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
                    ..
                } => {
                    // A block still going on is drawn up to now.
                    let until = (time + seconds).min(now.max(*time));
                    blocks.push((*time, until, *task, State::Blocked, what.clone()));
                }
                Event::MainReady { start, end: stop } => {
                    blocks.push((*start, *stop, None, State::Ready, String::new()));
                }
                Event::LoopTurn { .. } => {}
                Event::ProgramEnd { time, .. } => {
                    end = end.max(*time);
                }
            }
        }
        if let Some(since) = open_main {
            lanes.at_mut(0).spans.push(Span {
                start: since,
                end: now.max(since),
                state: State::Running,
                label: String::new(),
            });
        }
        for (i, o) in open.iter_mut().enumerate() {
            close(lanes.at_mut(i), o, end);
        }
        // Main program: waiting on the event loop between its runs.
        let main_runs = lanes.at(0).spans.clone();
        let mut main_spans = Vec::new();
        for (k, s) in main_runs.iter().enumerate() {
            main_spans.push(s.clone());
            if let Some(next) = main_runs.get(k + 1) {
                if next.start > s.end {
                    main_spans.push(Span {
                        start: s.end,
                        end: next.start,
                        state: State::Waiting,
                        label: "event loop".to_string(),
                    });
                }
            }
        }
        lanes.at_mut(0).spans = main_spans;
        // Blocking calls split the running span that contains them.
        for (start, stop, task, state, what) in blocks {
            let i = task.and_then(|t| lane_of(&index, t)).unwrap_or(0);
            let mut spans = Vec::new();
            for s in std::mem::take(&mut lanes.at_mut(i).spans) {
                if s.state == State::Running && s.start <= start && stop <= s.end && stop > start {
                    if start > s.start {
                        spans.push(Span {
                            start: s.start,
                            end: start,
                            state: State::Running,
                            label: String::new(),
                        });
                    }
                    spans.push(Span {
                        start,
                        end: stop,
                        state,
                        label: what.clone(),
                    });
                    if s.end > stop {
                        spans.push(Span {
                            start: stop,
                            end: s.end,
                            state: State::Running,
                            label: String::new(),
                        });
                    }
                } else {
                    spans.push(s);
                }
            }
            lanes.at_mut(i).spans = spans;
        }
        group_by_process(&mut lanes);
        Timeline { lanes, end }
    }

    /// The loop's ready queue and waiting set at instant `t`.
    pub fn snapshot(&self, t: f64) -> LoopSnapshot {
        let mut snap = LoopSnapshot::default();
        for lane in self.lanes.iter().filter(|l| !l.is_thread()) {
            for s in &lane.spans {
                let inside = s.start <= t && (t < s.end || (s.start == s.end && s.start == t));
                if !inside {
                    continue;
                }
                match s.state {
                    State::Running if lane.task.is_some() => snap.running = Some(lane.name.clone()),
                    // The main thread waiting for the GIL is not in the loop's queue.
                    State::Ready if lane.task.is_none() => {}
                    State::Ready => snap.ready.push(lane.name.clone()),
                    State::Waiting if lane.task.is_some() => {
                        snap.waiting.push((lane.name.clone(), s.label.clone()))
                    }
                    State::Blocked => snap.blocked = Some(format!("{}: {}", lane.name, s.label)),
                    _ => {}
                }
                break;
            }
        }
        snap
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
    fn open_spans_run_to_now_and_snapshot_sees_them() {
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
        let snap = t.snapshot(1.0);
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
}
