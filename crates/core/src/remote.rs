//! Processes that run elsewhere (the page's Web Workers): what a parent's
//! driver and a child's driver tell each other, and the bytes that carry it.
//!
//! The parent's driver keeps a *mirror* of each such child: a `Program`
//! that never runs, whose trace, output, clock and exit code are filled
//! from the child's reports, so the broker, the output's ordering and the
//! timeline treat it as any other process. The child's driver runs the
//! real program on its own clock (aligned with its parent's) and sends
//! its broker requests out instead of answering them.
//!
//! parent → child: `Start` (who it is and what it runs), `Answer` (the
//! broker's answer to one of its requests), `Kill` (the host ends it).
//! child → parent: `Report` (after each of its driver's ticks).

use crate::http::{HttpOutcome, HttpRequest};
use crate::program::Options;
use crate::trace::{Event, StepOutcome};
use crate::vm::interp::{Budgets, OutputChunk};
use std::rc::Rc;

/// Who a child process is and what it runs: enough to build it anywhere.
#[derive(Clone, Debug)]
pub struct ChildSpec {
    /// The program's source (the child runs its module quietly first).
    pub source: Rc<str>,
    pub options: Options,
    pub pid: i64,
    pub ppid: i64,
    pub name: Rc<str>,
    /// Its pickled start-up payload.
    pub payload: Rc<[u8]>,
    /// The program second it was started at.
    pub at: f64,
    pub cpu_count: u32,
}

/// What a parent's driver tells a child running elsewhere.
#[derive(Clone, Debug)]
pub enum ToChild {
    /// Build and run the child; `clock` is its clock's reading now (the
    /// host aligns the child's clock with it).
    Start { spec: ChildSpec, clock: f64 },
    /// The broker's answer to request `id`, due at program second `due`.
    Answer {
        id: u32,
        due: f64,
        outcome: HttpOutcome,
    },
    /// The child was terminated: the host ends it.
    Kill,
}

/// What a child running elsewhere tells its parent after each tick.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Report {
    /// Its clock (program seconds): it acts at no earlier instant from now on.
    pub time: f64,
    /// It sleeps until then, unless an answer wakes it.
    pub asleep_until: Option<f64>,
    /// Answers it has received so far (a report sent before the latest
    /// answer arrived says nothing of what that answer woke).
    pub answers_seen: u32,
    /// New trace events of its own trace.
    pub events: Vec<Event>,
    pub output: Vec<OutputChunk>,
    /// Requests to the broker: (program second made, request).
    pub requests: Vec<(f64, HttpRequest)>,
    /// It ended with this exit code (at `time`).
    pub exit: Option<i32>,
}

/// Appends values to a message.
#[derive(Default)]
struct Writer(Vec<u8>);

impl Writer {
    fn u8(&mut self, v: u8) {
        self.0.push(v);
    }
    fn uint(&mut self, mut v: u64) {
        // LEB128: small numbers (ids, lanes, lengths) take a byte.
        loop {
            let low = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                return self.0.push(low);
            }
            self.0.push(low | 0x80);
        }
    }
    fn int(&mut self, v: i64) {
        self.uint(((v << 1) ^ (v >> 63)) as u64);
    }
    fn f64(&mut self, v: f64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn bytes(&mut self, b: &[u8]) {
        self.uint(b.len() as u64);
        self.0.extend_from_slice(b);
    }
    fn str(&mut self, s: &str) {
        self.bytes(s.as_bytes());
    }
    fn opt_f64(&mut self, v: Option<f64>) {
        self.f64(v.unwrap_or(f64::NAN));
    }
    fn opt_u32(&mut self, v: Option<u32>) {
        self.uint(v.map_or(0, |v| v as u64 + 1));
    }
    fn pairs(&mut self, pairs: &[(String, String)]) {
        self.uint(pairs.len() as u64);
        for (k, v) in pairs {
            self.str(k);
            self.str(v);
        }
    }
}

/// Reads values back; `None` when the message ends too soon or is not one.
struct Reader<'a> {
    buf: &'a [u8],
}

impl<'a> Reader<'a> {
    fn u8(&mut self) -> Option<u8> {
        let (&b, rest) = self.buf.split_first()?;
        self.buf = rest;
        Some(b)
    }
    fn uint(&mut self) -> Option<u64> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.u8()?;
            v |= ((b & 0x7f) as u64) << shift;
            if b & 0x80 == 0 {
                return Some(v);
            }
        }
        None
    }
    fn u32(&mut self) -> Option<u32> {
        u32::try_from(self.uint()?).ok()
    }
    fn len(&mut self) -> Option<usize> {
        // A length never exceeds what is left: a bad message cannot make
        // the reader reserve more than that.
        usize::try_from(self.uint()?)
            .ok()
            .filter(|&n| n <= self.buf.len())
    }
    fn int(&mut self) -> Option<i64> {
        let v = self.uint()?;
        Some((v >> 1) as i64 ^ -((v & 1) as i64))
    }
    fn f64(&mut self) -> Option<f64> {
        let (head, rest) = self.buf.split_first_chunk::<8>()?;
        self.buf = rest;
        Some(f64::from_le_bytes(*head))
    }
    fn bytes(&mut self) -> Option<&'a [u8]> {
        let n = self.len()?;
        let (head, rest) = self.buf.split_at(n);
        self.buf = rest;
        Some(head)
    }
    fn string(&mut self) -> Option<String> {
        String::from_utf8(self.bytes()?.to_vec()).ok()
    }
    fn opt_f64(&mut self) -> Option<Option<f64>> {
        let v = self.f64()?;
        Some((!v.is_nan()).then_some(v))
    }
    fn opt_u32(&mut self) -> Option<Option<u32>> {
        let v = self.u32()?;
        Some(v.checked_sub(1))
    }
    fn pairs(&mut self) -> Option<Vec<(String, String)>> {
        self.many(|r| Some((r.string()?, r.string()?)))
    }
    /// `n` items read by `item` (each takes at least a byte).
    fn many<T>(&mut self, item: fn(&mut Self) -> Option<T>) -> Option<Vec<T>> {
        let n = self.len()?;
        let mut items = Vec::new();
        for _ in 0..n {
            items.push(item(self)?);
        }
        Some(items)
    }
}

impl ChildSpec {
    fn write(&self, w: &mut Writer) {
        w.str(&self.source);
        let o = &self.options;
        w.str(&o.filename);
        w.uint(o.seed);
        let b = &o.budgets;
        for n in [
            b.max_instructions,
            b.max_live_tasks as u64,
            b.max_threads as u64,
            b.max_output_bytes as u64,
            b.max_recursion as u64,
            b.max_match_steps,
            b.max_native_stack as u64,
        ] {
            w.uint(n);
        }
        w.opt_f64(b.max_seconds);
        w.f64(o.epoch);
        w.f64(o.seconds_per_instruction);
        w.u8(o.record_trace as u8);
        w.int(self.pid);
        w.int(self.ppid);
        w.str(&self.name);
        w.bytes(&self.payload);
        w.f64(self.at);
        w.uint(self.cpu_count as u64);
    }

    fn read(r: &mut Reader) -> Option<ChildSpec> {
        let source = Rc::from(r.string()?);
        let filename = r.string()?;
        let seed = r.uint()?;
        let mut n = || -> Option<usize> { usize::try_from(r.uint()?).ok() };
        let max_instructions = n()? as u64;
        let budgets = Budgets {
            max_instructions,
            max_live_tasks: n()?,
            max_threads: n()?,
            max_output_bytes: n()?,
            max_recursion: n()?,
            max_match_steps: n()? as u64,
            max_native_stack: n()?,
            max_seconds: r.opt_f64()?,
        };
        let options = Options {
            filename,
            seed,
            budgets,
            epoch: r.f64()?,
            seconds_per_instruction: r.f64()?,
            record_trace: r.u8()? != 0,
            // Not sent: the child's host gives its own.
            host_clock: None,
        };
        Some(ChildSpec {
            source,
            options,
            pid: r.int()?,
            ppid: r.int()?,
            name: Rc::from(r.string()?),
            payload: Rc::from(r.bytes()?),
            at: r.f64()?,
            cpu_count: r.u32()?,
        })
    }
}

fn write_outcome(w: &mut Writer, o: &HttpOutcome) {
    match o {
        HttpOutcome::Response {
            status,
            reason,
            headers,
            body,
            url,
        } => {
            w.u8(0);
            w.uint(*status as u64);
            w.str(reason);
            w.pairs(headers);
            w.bytes(body);
            w.str(url);
        }
        HttpOutcome::ConnectError(message) => {
            w.u8(1);
            w.str(message);
        }
        HttpOutcome::Timeout => w.u8(2),
    }
}

fn read_outcome(r: &mut Reader) -> Option<HttpOutcome> {
    Some(match r.u8()? {
        0 => HttpOutcome::Response {
            status: u16::try_from(r.uint()?).ok()?,
            reason: r.string()?,
            headers: r.pairs()?,
            body: r.bytes()?.to_vec(),
            url: r.string()?,
        },
        1 => HttpOutcome::ConnectError(r.string()?),
        2 => HttpOutcome::Timeout,
        _ => return None,
    })
}

fn write_request(w: &mut Writer, at: f64, q: &HttpRequest) {
    w.f64(at);
    w.uint(q.id as u64);
    w.str(&q.method);
    w.str(&q.url);
    w.pairs(&q.headers);
    w.bytes(&q.body);
    w.opt_f64(q.timeout);
    w.u8(q.blocking as u8);
}

fn read_request(r: &mut Reader) -> Option<(f64, HttpRequest)> {
    Some((
        r.f64()?,
        HttpRequest {
            id: r.u32()?,
            method: r.string()?,
            url: r.string()?,
            headers: r.pairs()?,
            body: r.bytes()?.to_vec(),
            timeout: r.opt_f64()?,
            blocking: r.u8()? != 0,
        },
    ))
}

fn write_event(w: &mut Writer, e: &Event) {
    match e {
        Event::TaskCreated {
            time,
            task,
            name,
            parent,
            line,
        } => {
            w.u8(0);
            w.f64(*time);
            w.uint(*task as u64);
            w.str(name);
            w.opt_u32(*parent);
            w.uint(*line as u64);
        }
        Event::Ready { time, task } => {
            w.u8(1);
            w.f64(*time);
            w.uint(*task as u64);
        }
        Event::StepStart { time, task } => {
            w.u8(2);
            w.f64(*time);
            w.uint(*task as u64);
        }
        Event::StepEnd {
            time,
            task,
            line,
            outcome,
        } => {
            w.u8(3);
            w.f64(*time);
            w.uint(*task as u64);
            w.uint(*line as u64);
            match outcome {
                StepOutcome::Waiting { on } => {
                    w.u8(0);
                    w.str(on);
                }
                StepOutcome::Yielded => w.u8(1),
                StepOutcome::Returned { value } => {
                    w.u8(2);
                    w.str(value);
                }
                StepOutcome::Raised { exception } => {
                    w.u8(3);
                    w.str(exception);
                }
                StepOutcome::Cancelled => w.u8(4),
            }
        }
        Event::MainRun { start, end } | Event::MainReady { start, end } => {
            w.u8(if matches!(e, Event::MainRun { .. }) {
                4
            } else {
                5
            });
            w.f64(*start);
            w.f64(*end);
        }
        Event::Output {
            time,
            task,
            stderr,
            text,
        } => {
            w.u8(6);
            w.f64(*time);
            w.opt_u32(*task);
            w.u8(*stderr as u8);
            w.str(text);
        }
        Event::Blocked {
            time,
            task,
            seconds,
            what,
            line,
        } => {
            w.u8(7);
            w.f64(*time);
            w.opt_u32(*task);
            w.f64(*seconds);
            w.str(what);
            w.uint(u64::from(*line));
        }
        Event::LoopTurn { time, ready } => {
            w.u8(8);
            w.f64(*time);
            w.uint(*ready as u64);
        }
        Event::ProgramEnd { time, exit_code } => {
            w.u8(9);
            w.f64(*time);
            w.int(*exit_code as i64);
        }
    }
}

fn read_event(r: &mut Reader) -> Option<Event> {
    Some(match r.u8()? {
        0 => Event::TaskCreated {
            time: r.f64()?,
            task: r.u32()?,
            name: Rc::from(r.string()?),
            parent: r.opt_u32()?,
            line: r.u32()?,
        },
        1 => Event::Ready {
            time: r.f64()?,
            task: r.u32()?,
        },
        2 => Event::StepStart {
            time: r.f64()?,
            task: r.u32()?,
        },
        3 => Event::StepEnd {
            time: r.f64()?,
            task: r.u32()?,
            line: r.u32()?,
            outcome: match r.u8()? {
                0 => StepOutcome::Waiting {
                    on: Rc::from(r.string()?),
                },
                1 => StepOutcome::Yielded,
                2 => StepOutcome::Returned { value: r.string()? },
                3 => StepOutcome::Raised {
                    exception: r.string()?,
                },
                4 => StepOutcome::Cancelled,
                _ => return None,
            },
        },
        4 => Event::MainRun {
            start: r.f64()?,
            end: r.f64()?,
        },
        5 => Event::MainReady {
            start: r.f64()?,
            end: r.f64()?,
        },
        6 => Event::Output {
            time: r.f64()?,
            task: r.opt_u32()?,
            stderr: r.u8()? != 0,
            text: r.string()?,
        },
        7 => Event::Blocked {
            time: r.f64()?,
            task: r.opt_u32()?,
            seconds: r.f64()?,
            what: r.string()?,
            line: r.u32()?,
        },
        8 => Event::LoopTurn {
            time: r.f64()?,
            ready: usize::try_from(r.uint()?).ok()?,
        },
        9 => Event::ProgramEnd {
            time: r.f64()?,
            exit_code: i32::try_from(r.int()?).ok()?,
        },
        _ => return None,
    })
}

impl ToChild {
    pub fn encode(&self) -> Vec<u8> {
        let mut w = Writer::default();
        match self {
            ToChild::Start { spec, clock } => {
                w.u8(0);
                spec.write(&mut w);
                w.f64(*clock);
            }
            ToChild::Answer { id, due, outcome } => {
                w.u8(1);
                w.uint(*id as u64);
                w.f64(*due);
                write_outcome(&mut w, outcome);
            }
            ToChild::Kill => w.u8(2),
        }
        w.0
    }

    pub fn decode(bytes: &[u8]) -> Option<ToChild> {
        let r = &mut Reader { buf: bytes };
        let message = match r.u8()? {
            0 => ToChild::Start {
                spec: ChildSpec::read(r)?,
                clock: r.f64()?,
            },
            1 => ToChild::Answer {
                id: r.u32()?,
                due: r.f64()?,
                outcome: read_outcome(r)?,
            },
            2 => ToChild::Kill,
            _ => return None,
        };
        r.buf.is_empty().then_some(message)
    }
}

impl Report {
    pub fn encode(&self) -> Vec<u8> {
        let mut w = Writer::default();
        w.f64(self.time);
        w.opt_f64(self.asleep_until);
        w.uint(self.answers_seen as u64);
        w.uint(self.events.len() as u64);
        for e in &self.events {
            write_event(&mut w, e);
        }
        w.uint(self.output.len() as u64);
        for c in &self.output {
            w.u8(c.stderr as u8);
            w.str(&c.text);
            w.f64(c.time);
            w.opt_u32(c.task);
        }
        w.uint(self.requests.len() as u64);
        for (at, q) in &self.requests {
            write_request(&mut w, *at, q);
        }
        w.opt_u32(self.exit.map(|c| c as u32));
        w.0
    }

    pub fn decode(bytes: &[u8]) -> Option<Report> {
        let r = &mut Reader { buf: bytes };
        let report = Report {
            time: r.f64()?,
            asleep_until: r.opt_f64()?,
            answers_seen: r.u32()?,
            events: r.many(read_event)?,
            output: r.many(|r| {
                Some(OutputChunk {
                    stderr: r.u8()? != 0,
                    text: r.string()?,
                    time: r.f64()?,
                    task: r.opt_u32()?,
                })
            })?,
            requests: r.many(read_request)?,
            exit: r.opt_u32()?.map(|c| c as i32),
        };
        r.buf.is_empty().then_some(report)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec() -> ChildSpec {
        ChildSpec {
            source: Rc::from("import multiprocessing\nprint('é')\n"),
            options: Options {
                seconds_per_instruction: 0.0,
                budgets: Budgets {
                    max_seconds: Some(2.5),
                    ..Budgets::default()
                },
                ..Options::default()
            },
            pid: 5002,
            ppid: 4242,
            name: Rc::from("ForkPoolWorker-2"),
            payload: Rc::from(&b"\x00\xffpayload"[..]),
            at: 0.125,
            cpu_count: 8,
        }
    }

    #[test]
    fn messages_to_a_child_come_back_as_they_went() {
        let messages = [
            ToChild::Start {
                spec: spec(),
                clock: 0.5,
            },
            ToChild::Answer {
                id: 300,
                due: 1.25,
                outcome: HttpOutcome::Response {
                    status: 200,
                    reason: "process".into(),
                    headers: vec![("label".into(), "queue get".into())],
                    body: vec![1, 2, 3],
                    url: "proc:queue/1".into(),
                },
            },
            ToChild::Answer {
                id: 1,
                due: f64::INFINITY,
                outcome: HttpOutcome::ConnectError("no".into()),
            },
            ToChild::Answer {
                id: 2,
                due: 0.0,
                outcome: HttpOutcome::Timeout,
            },
            ToChild::Kill,
        ];
        for m in messages {
            let back = ToChild::decode(&m.encode()).expect("decoded");
            assert_eq!(format!("{back:?}"), format!("{m:?}"));
        }
    }

    #[test]
    fn reports_come_back_as_they_went() {
        let on: Rc<str> = Rc::from("sleep 1s");
        let report = Report {
            time: 2.5,
            asleep_until: Some(3.0),
            answers_seen: 7,
            events: vec![
                Event::TaskCreated {
                    time: 0.1,
                    task: 70_000,
                    name: Rc::from("Thread-1 (work)"),
                    parent: None,
                    line: 3,
                },
                Event::Ready { time: 0.1, task: 1 },
                Event::StepStart { time: 0.2, task: 1 },
                Event::StepEnd {
                    time: 0.3,
                    task: 1,
                    line: 9,
                    outcome: StepOutcome::Waiting { on },
                },
                Event::StepEnd {
                    time: 0.3,
                    task: 1,
                    line: 9,
                    outcome: StepOutcome::Raised {
                        exception: "ValueError('x')".into(),
                    },
                },
                Event::MainRun {
                    start: 0.0,
                    end: 0.5,
                },
                Event::MainReady {
                    start: 0.5,
                    end: 0.6,
                },
                Event::Output {
                    time: 0.7,
                    task: Some(2),
                    stderr: true,
                    text: "Traceback\n".into(),
                },
                Event::Blocked {
                    time: 0.8,
                    task: None,
                    seconds: 1.0,
                    what: "time.sleep(1)".into(),
                    line: 7,
                },
                Event::LoopTurn {
                    time: 0.9,
                    ready: 3,
                },
                Event::ProgramEnd {
                    time: 1.0,
                    exit_code: -15,
                },
            ],
            output: vec![OutputChunk {
                stderr: false,
                text: "三\n".into(),
                time: 0.7,
                task: None,
            }],
            requests: vec![(
                0.4,
                HttpRequest {
                    id: 9,
                    method: "GET".into(),
                    url: "proc:queue/2".into(),
                    headers: vec![],
                    body: vec![],
                    timeout: Some(0.5),
                    blocking: true,
                },
            )],
            exit: Some(-15),
        };
        assert_eq!(Report::decode(&report.encode()), Some(report));
        assert_eq!(
            Report::decode(&Report::default().encode()),
            Some(Report::default())
        );
    }

    #[test]
    fn a_cut_or_padded_message_is_refused() {
        let bytes = ToChild::Start {
            spec: spec(),
            clock: 0.0,
        }
        .encode();
        for n in 0..bytes.len() {
            assert!(ToChild::decode(&bytes[..n]).is_none(), "cut at {n}");
        }
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(ToChild::decode(&longer).is_none());
        // A length past the end is refused before anything is reserved.
        assert_eq!(
            Report::decode(
                &[0; 16]
                    .iter()
                    .chain(&[0xff; 10])
                    .copied()
                    .collect::<Vec<u8>>()
            ),
            None
        );
    }
}
