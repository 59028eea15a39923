//! The run, as data: every task's creation, steps, suspensions (and on
//! what), wake-ups and end; blocking calls; printed text. The timeline the
//! UI draws is derived from this (see `timeline`).

use std::fmt::Write;

#[derive(Clone, Debug, PartialEq)]
pub enum StepOutcome {
    /// Suspended on a future; `on` says what it is (`sleep 1s`, `Task-2`, `queue get`).
    Waiting {
        on: std::rc::Rc<str>,
    },
    /// A bare yield (`asyncio.sleep(0)`): straight back to the ready queue.
    Yielded,
    Returned {
        value: String,
    },
    Raised {
        exception: String,
    },
    Cancelled,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Event {
    TaskCreated {
        time: f64,
        task: u32,
        name: std::rc::Rc<str>,
        parent: Option<u32>,
        line: u32,
    },
    /// The task was scheduled to run (its step is in the ready queue).
    Ready {
        time: f64,
        task: u32,
    },
    StepStart {
        time: f64,
        task: u32,
    },
    StepEnd {
        time: f64,
        task: u32,
        line: u32,
        outcome: StepOutcome,
    },
    /// Module-level code (outside any task) ran from `start` to `end`.
    MainRun {
        start: f64,
        end: f64,
    },
    Output {
        time: f64,
        task: Option<u32>,
        stderr: bool,
        text: String,
    },
    /// A blocking call held the whole program, at `line` of it (0: unknown).
    Blocked {
        time: f64,
        task: Option<u32>,
        seconds: f64,
        what: String,
        line: u32,
    },
    /// The main thread wanted the GIL from `start` to `end` while another
    /// thread held it.
    MainReady {
        start: f64,
        end: f64,
    },
    /// The event loop started a turn with `ready` handles in its ready queue.
    LoopTurn {
        time: f64,
        ready: usize,
    },
    ProgramEnd {
        time: f64,
        exit_code: i32,
    },
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Trace {
    pub events: Vec<Event>,
    /// Stop recording past this many events (the run goes on).
    pub limit: usize,
    pub truncated: bool,
    /// Record nothing (a run nobody will draw or save).
    pub off: bool,
}

impl Trace {
    fn push(&mut self, e: Event) {
        if self.off {
            return;
        }
        let limit = if self.limit == 0 {
            2_000_000
        } else {
            self.limit
        };
        if self.events.len() >= limit {
            self.truncated = true;
            return;
        }
        self.events.push(e);
    }

    pub fn task_created(
        &mut self,
        time: f64,
        task: u32,
        name: &std::rc::Rc<str>,
        parent: Option<u32>,
        line: u32,
    ) {
        self.push(Event::TaskCreated {
            time,
            task,
            name: name.clone(),
            parent,
            line,
        });
    }

    pub fn ready(&mut self, time: f64, task: u32) {
        self.push(Event::Ready { time, task });
    }

    pub fn step_start(&mut self, time: f64, task: u32) {
        self.push(Event::StepStart { time, task });
    }

    pub fn step_end(&mut self, time: f64, task: u32, line: u32, outcome: StepOutcome) {
        self.push(Event::StepEnd {
            time,
            task,
            line,
            outcome,
        });
    }

    pub fn main_run(&mut self, start: f64, end: f64) {
        self.push(Event::MainRun { start, end });
    }

    pub fn output(&mut self, time: f64, task: Option<u32>, stderr: bool, text: &str) {
        // Consecutive writes of one line from one task at one instant form one event.
        if let Some(Event::Output {
            time: t,
            task: k,
            stderr: s,
            text: prev,
        }) = self.events.last_mut()
        {
            if *t == time && *k == task && *s == stderr && !prev.ends_with('\n') {
                prev.push_str(text);
                return;
            }
        }
        self.push(Event::Output {
            time,
            task,
            stderr,
            text: text.to_string(),
        });
    }

    /// Tasks that waited on `old` waited on `new` (a request's label gains
    /// its answer when it comes).
    pub fn relabel_waits(&mut self, old: &std::rc::Rc<str>, new: &std::rc::Rc<str>) {
        for e in self.events.iter_mut().rev() {
            if let Event::StepEnd {
                outcome: StepOutcome::Waiting { on },
                ..
            } = e
            {
                if std::rc::Rc::ptr_eq(on, old) {
                    *on = new.clone();
                }
            }
        }
    }

    pub fn blocked(&mut self, time: f64, seconds: f64, task: Option<u32>, what: &str, line: u32) {
        self.push(Event::Blocked {
            time,
            task,
            seconds,
            what: what.to_string(),
            line,
        });
    }

    pub fn main_ready(&mut self, start: f64, end: f64) {
        self.push(Event::MainReady { start, end });
    }

    pub fn loop_turn(&mut self, time: f64, ready: usize) {
        self.push(Event::LoopTurn { time, ready });
    }

    pub fn program_end(&mut self, time: f64, exit_code: i32) {
        self.push(Event::ProgramEnd { time, exit_code });
    }

    /// The trace as JSON (an array of objects with a `type` field).
    pub fn to_json(&self) -> String {
        let mut out = String::from("[\n");
        for (i, e) in self.events.iter().enumerate() {
            if i > 0 {
                out.push_str(",\n");
            }
            out.push_str("  ");
            event_json(e, &mut out);
        }
        out.push_str("\n]\n");
        out
    }
}

/// `s` as a JSON string (the codec `json.dumps` uses).
pub fn json_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    crate::json::quote(s, false, &mut out);
    out
}

fn opt(v: Option<u32>) -> String {
    v.map(|x| x.to_string()).unwrap_or_else(|| "null".into())
}

fn num(x: f64) -> String {
    if x.is_finite() {
        crate::numeric::float::float_repr((x * 1e9).round() / 1e9)
    } else {
        "null".into()
    }
}

fn event_json(e: &Event, out: &mut String) {
    let _ = match e {
        Event::TaskCreated { time, task, name, parent, line } => write!(
            out,
            "{{\"type\":\"task_created\",\"time\":{},\"task\":{},\"name\":{},\"parent\":{},\"line\":{}}}",
            num(*time),
            task,
            json_str(name),
            opt(*parent),
            line
        ),
        Event::Ready { time, task } => write!(out, "{{\"type\":\"ready\",\"time\":{},\"task\":{}}}", num(*time), task),
        Event::StepStart { time, task } => {
            write!(out, "{{\"type\":\"step_start\",\"time\":{},\"task\":{}}}", num(*time), task)
        }
        Event::StepEnd { time, task, line, outcome } => {
            let (kind, detail) = match outcome {
                StepOutcome::Waiting { on } => ("waiting", on.to_string()),
                StepOutcome::Yielded => ("yielded", String::new()),
                StepOutcome::Returned { value } => ("returned", value.clone()),
                StepOutcome::Raised { exception } => ("raised", exception.clone()),
                StepOutcome::Cancelled => ("cancelled", String::new()),
            };
            write!(
                out,
                "{{\"type\":\"step_end\",\"time\":{},\"task\":{},\"line\":{},\"outcome\":\"{}\",\"detail\":{}}}",
                num(*time),
                task,
                line,
                kind,
                json_str(&detail)
            )
        }
        Event::MainRun { start, end } => {
            write!(out, "{{\"type\":\"main_run\",\"start\":{},\"end\":{}}}", num(*start), num(*end))
        }
        Event::Output { time, task, stderr, text } => write!(
            out,
            "{{\"type\":\"output\",\"time\":{},\"task\":{},\"stream\":\"{}\",\"text\":{}}}",
            num(*time),
            opt(*task),
            if *stderr { "stderr" } else { "stdout" },
            json_str(text)
        ),
        Event::Blocked { time, task, seconds, what, line } => write!(
            out,
            "{{\"type\":\"blocked\",\"time\":{},\"task\":{},\"seconds\":{},\"what\":{},\"line\":{line}}}",
            num(*time),
            opt(*task),
            num(*seconds),
            json_str(what)
        ),
        Event::MainReady { start, end } => write!(
            out,
            "{{\"type\":\"main_ready\",\"start\":{},\"end\":{}}}",
            num(*start),
            num(*end)
        ),
        Event::LoopTurn { time, ready } => write!(
            out,
            "{{\"type\":\"loop_turn\",\"time\":{},\"ready\":{}}}",
            num(*time),
            ready
        ),
        Event::ProgramEnd { time, exit_code } => {
            write!(out, "{{\"type\":\"program_end\",\"time\":{},\"exit_code\":{}}}", num(*time), exit_code)
        }
    };
}
