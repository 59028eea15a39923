//! Where every task stands at any instant of a run, for highlighting task
//! lines in the editor and for the event-loop panel, while running and
//! while scrubbing afterwards.
//!
//! Derived once per published trace (not per frame): for each task, the
//! line it stood on after each of its steps, the instant it ended, and when
//! it joined the ready queue (so the panel lists the queue in its order).

use playground_core::at::At;
use playground_core::timeline::{State, Timeline};
use playground_core::trace::{Event, StepOutcome};

#[derive(Clone, Debug, Default, PartialEq)]
struct TaskLines {
    created: f64,
    /// When the task returned, raised or was cancelled.
    ended: Option<f64>,
    /// (instant, line), in time order.
    points: Vec<(f64, u32)>,
}

/// Line history of every task of one run.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Replay {
    tasks: Vec<TaskLines>,
    /// Indexed by `slot(lane id)`: (instant, position in the trace) of
    /// each time the task was put in the ready queue.
    readied: Vec<Vec<(f64, usize)>>,
    /// `slot(lane id)` to its index in `tasks`.
    ids: Vec<Option<usize>>,
    /// Blocking calls that held the whole program: (start, end, task, line).
    blocks: Vec<(f64, f64, Option<u32>, u32)>,
}

/// A dense index for a lane id: task ids count up from 1 and thread lanes
/// from `THREAD_LANE_BASE`, so the two interleave.
fn slot(id: u32) -> usize {
    use playground_core::threads::THREAD_LANE_BASE;
    match id.checked_sub(THREAD_LANE_BASE) {
        Some(thread) => thread as usize * 2 + 1,
        None => id as usize * 2,
    }
}

/// What the event loop holds at an instant.
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

impl Replay {
    pub fn from_events(events: &[Event]) -> Replay {
        let mut tasks: Vec<TaskLines> = Vec::new();
        let mut readied: Vec<Vec<(f64, usize)>> = Vec::new();
        let mut ids: Vec<Option<usize>> = Vec::new();
        let mut blocks = Vec::new();
        for (seq, e) in events.iter().enumerate() {
            match e {
                Event::Blocked {
                    time,
                    task,
                    seconds,
                    line,
                    ..
                } => blocks.push((*time, time + seconds, *task, *line)),
                Event::Ready { time, task } => {
                    let i = slot(*task);
                    if readied.len() <= i {
                        readied.resize_with(i + 1, Vec::new);
                    }
                    readied.at_mut(i).push((*time, seq));
                }
                Event::TaskCreated {
                    time, task, line, ..
                } => {
                    let i = slot(*task);
                    if ids.len() <= i {
                        ids.resize(i + 1, None);
                    }
                    *ids.at_mut(i) = Some(tasks.len());
                    tasks.push(TaskLines {
                        created: *time,
                        ended: None,
                        points: vec![(*time, *line)],
                    });
                }
                Event::StepEnd {
                    time,
                    task,
                    line,
                    outcome,
                } => {
                    if let Some(i) = ids.get(slot(*task)).copied().flatten() {
                        let t = tasks.at_mut(i);
                        t.points.push((*time, *line));
                        if matches!(
                            outcome,
                            StepOutcome::Returned { .. }
                                | StepOutcome::Raised { .. }
                                | StepOutcome::Cancelled
                        ) {
                            t.ended = Some(*time);
                        }
                    }
                }
                _ => {}
            }
        }
        Replay {
            tasks,
            readied,
            ids,
            blocks,
        }
    }

    /// When task `id` returned, raised or was cancelled.
    fn ended(&self, id: u32) -> Option<f64> {
        self.ids
            .get(slot(id))
            .copied()
            .flatten()
            .and_then(|i| self.tasks.at(i).ended)
    }

    /// Where in the trace `task` last joined the ready queue at or before
    /// `t` (the trace is in time order, so this orders the queue).
    fn readied_at(&self, task: Option<u32>, t: f64) -> usize {
        task.and_then(|id| self.readied.get(slot(id)))
            .and_then(|marks| {
                let n = marks.partition_point(|(time, _)| *time <= t + 1e-9);
                marks[..n].last().map(|(_, seq)| *seq)
            })
            .unwrap_or(usize::MAX)
    }

    /// The event loop at instant `t`: each lane's state is that of its last
    /// span holding `t`, i.e. where the task stands once that instant's
    /// steps are done (several steps can share an instant, and step mode
    /// stops at such instants); the ready queue in the order it was filled.
    pub fn loop_at(&self, timeline: &Timeline, t: f64) -> LoopState {
        use playground_core::processes::PROCESS_LANE_BASE;
        let mut state = LoopState::default();
        let mut ready: Vec<(usize, String)> = Vec::new();
        for lane in &timeline.lanes {
            let Some(span) = lane
                .spans
                .iter()
                .rev()
                .find(|s| s.start <= t + 1e-9 && t <= s.end + 1e-9)
            else {
                continue;
            };
            // A task whose last step ended it is gone from that instant on.
            if let Some(ended) = lane.task.and_then(|id| self.ended(id)) {
                if t >= ended - 1e-9 {
                    continue;
                }
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
                State::Ready => ready.push((self.readied_at(lane.task, t), lane.name.clone())),
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
        playground_core::sort::sort_by_key(&mut ready, |(seq, _)| *seq);
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
            self.tasks
                .iter()
                .filter(|k| k.created <= t && k.ended.is_none_or(|e| t < e))
                .filter_map(|k| {
                    let n = k.points.partition_point(|(time, _)| *time <= t);
                    k.points[..n].last().map(|(_, line)| *line)
                }),
        );
        out.retain(|l| *l > 0);
        playground_core::sort::sort(&mut out);
        out.dedup();
        out
    }

    /// Number of tasks seen.
    pub fn len(&self) -> usize {
        self.tasks.len()
    }

    pub fn is_empty(&self) -> bool {
        self.tasks.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn created(task: u32, time: f64, line: u32) -> Event {
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
            created(1, 0.0, 10),
            created(2, 0.0, 11),
            step_end(1, 0.0, 4, wait()),
            step_end(2, 0.0, 4, wait()),
            step_end(1, 1.0, 6, StepOutcome::Returned { value: "1".into() }),
            step_end(2, 2.0, 6, StepOutcome::Cancelled),
        ];
        let r = Replay::from_events(&events);
        assert_eq!(r.len(), 2);
        assert_eq!(r.lines_at(0.5), vec![4]);
        assert_eq!(r.lines_at(1.0), vec![4], "task 1 ended at 1.0");
        assert_eq!(r.lines_at(1.5), vec![4]);
        assert_eq!(r.lines_at(2.5), Vec::<u32>::new());
    }

    #[test]
    fn thread_lanes_are_listed_as_threads_not_tasks() {
        use playground_core::threads::THREAD_LANE_BASE;
        let (a, b) = (THREAD_LANE_BASE + 1, THREAD_LANE_BASE + 2);
        let events = vec![
            created(1, 0.0, 3),
            created(a, 0.0, 5),
            created(b, 0.0, 5),
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
        let r = Replay::from_events(&events);
        let timeline = Timeline::from_events(&events, 0.5);
        let state = r.loop_at(&timeline, 0.25);
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
        let (program, _) =
            playground_core::run_virtual(source, playground_core::program::Options::default());
        let events = &program.trace().events;
        let r = Replay::from_events(events);
        let timeline = Timeline::from_events(events, program.time());
        // In the function it called: its line, not the call's.
        assert_eq!(r.lines_at(0.5), vec![5]);
        assert_eq!(
            r.loop_at(&timeline, 0.5).blocked,
            Some(("main: time.sleep(1)".to_string(), 5))
        );
        assert_eq!(r.lines_at(1.2), vec![9]);
        // Done: it stands nowhere.
        assert_eq!(r.lines_at(1.6), Vec::<u32>::new());
    }

    #[test]
    fn process_lanes_are_listed_as_processes() {
        use playground_core::processes::PROCESS_LANE_BASE;
        let p = PROCESS_LANE_BASE + 1;
        let events = vec![
            created(p, 0.0, 0),
            Event::StepStart { time: 0.0, task: p },
            Event::Blocked {
                time: 0.1,
                task: Some(p),
                seconds: 0.5,
                what: "sleep 0.5s".into(),
                line: 0,
            },
        ];
        let r = Replay::from_events(&events);
        let timeline = Timeline::from_events(&events, 1.0);
        let name = format!("Task-{p}");
        assert_eq!(
            r.loop_at(&timeline, 0.05).processes,
            vec![(name.clone(), "running".to_string())]
        );
        assert_eq!(
            r.loop_at(&timeline, 0.3).processes,
            vec![(name, "sleep 0.5s".to_string())]
        );
        assert!(r.loop_at(&timeline, 0.3).threads.is_empty());
    }

    #[test]
    fn a_task_created_later_is_not_there_before() {
        let events = vec![
            created(1, 0.0, 3),
            created(2, 1.0, 8),
            step_end(
                1,
                0.0,
                5,
                StepOutcome::Waiting {
                    on: "Task-2".into(),
                },
            ),
        ];
        let r = Replay::from_events(&events);
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
            created(1, 0.0, 1),
            created(2, 0.0, 1),
            created(3, 0.0, 1),
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
        let r = Replay::from_events(&events);
        let tl = Timeline::from_events(&events, 1.0);
        let mut ended = events.clone();
        ended.push(start(1.0, 2));
        ended.push(step_end(
            2,
            1.0,
            5,
            StepOutcome::Returned { value: "2".into() },
        ));
        let r2 = Replay::from_events(&ended);
        let at_end = r2.loop_at(&Timeline::from_events(&ended, 1.0), 1.0);
        assert_eq!(at_end.running, None, "Task-2 ended at 1.0: {at_end:?}");
        assert_eq!(at_end.ready, vec!["Task-1"]);
        let at0 = r.loop_at(&tl, 0.0);
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
        let at1 = r.loop_at(&tl, 1.0);
        assert_eq!(at1.ready, vec!["Task-2", "Task-1"], "FIFO, not lane order");
        assert_eq!(at1.waiting.len(), 1);
    }

    #[test]
    fn empty_trace_has_no_lines() {
        assert!(Replay::from_events(&[]).lines_at(1.0).is_empty());
    }
}
