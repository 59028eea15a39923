//! Where every task stands at any instant of a run, for highlighting task
//! lines in the editor while running and while scrubbing afterwards.
//!
//! Derived once per published trace (not per frame): for each task, the
//! line it stood on after each of its steps, and the instant it ended.

use playground_core::trace::{Event, StepOutcome};
use std::collections::HashMap;

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
}

impl Replay {
    pub fn from_events(events: &[Event]) -> Replay {
        let mut index: HashMap<u32, usize> = HashMap::new();
        let mut tasks: Vec<TaskLines> = Vec::new();
        for e in events {
            match e {
                Event::TaskCreated {
                    time, task, line, ..
                } => {
                    index.insert(*task, tasks.len());
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
                    if let Some(&i) = index.get(task) {
                        let t = &mut tasks[i];
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
        Replay { tasks }
    }

    /// Lines (1-based, sorted, without repeats) where live tasks stand at
    /// instant `t`. A task that has ended by `t` stands nowhere.
    pub fn lines_at(&self, t: f64) -> Vec<u32> {
        let t = t + 1e-9;
        let mut out: Vec<u32> = self
            .tasks
            .iter()
            .filter(|k| k.created <= t && k.ended.is_none_or(|e| t < e))
            .filter_map(|k| {
                let n = k.points.partition_point(|(time, _)| *time <= t);
                k.points[..n].last().map(|(_, line)| *line)
            })
            .filter(|l| *l > 0)
            .collect();
        out.sort_unstable();
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
            name: format!("Task-{task}"),
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
    fn empty_trace_has_no_lines() {
        assert!(Replay::from_events(&[]).lines_at(1.0).is_empty());
    }
}
