//! Child processes run elsewhere (as the page runs them in Web Workers):
//! each child in a driver of its own, talking to its parent's driver only
//! through encoded messages, as `postMessage` carries them. Every program
//! of the processes conformance suite prints what it prints when its
//! children run beside it in one driver (which the suite compares with
//! CPython 3.11).

use playground_core::driver::{run_virtual, Clock, Driver, Next, Settings, SiteOnly, VirtualClock};
use playground_core::program::{Options, Program};
use playground_core::remote::{Report, ToChild};
use std::path::PathBuf;

/// A child's clock: its parent's host clock, from the child's origin.
struct ChildClock {
    host: VirtualClock,
    origin_ms: f64,
}

impl Clock for ChildClock {
    fn now_ms(&self) -> f64 {
        self.host.now_ms() - self.origin_ms
    }
}

/// A child running "elsewhere": its own driver, and whether it ended.
struct Elsewhere {
    slot: usize,
    driver: Driver,
    ended: bool,
}

/// Carry the parent's messages to its children (through their bytes, as
/// `postMessage` carries them), starting each child's driver on the clock
/// `clock_for(its clock's reading now)` gives, and the real clock
/// `host_clock` (if any) its program reads. Returns how many there were.
fn deliver_to_children(
    parent: &mut Driver,
    children: &mut Vec<Elsewhere>,
    settings: &Settings,
    host_clock: Option<fn() -> f64>,
    clock_for: impl Fn(f64) -> Box<dyn Clock>,
) -> usize {
    let messages = parent.take_child_messages();
    for (slot, message) in &messages {
        let message = ToChild::decode(&message.encode()).expect("a message to a child");
        let child = children.iter_mut().find(|c| c.slot == *slot);
        match (message, child) {
            (ToChild::Start { mut spec, clock }, None) => {
                // Not sent: the child's host gives its own.
                spec.options.host_clock = host_clock;
                let driver = Driver::for_child(
                    &spec,
                    clock_for(clock),
                    Box::new(SiteOnly),
                    settings.clone(),
                );
                children.push(Elsewhere {
                    slot: *slot,
                    driver,
                    ended: false,
                });
            }
            (ToChild::Kill, Some(c)) => c.ended = true,
            (answer @ ToChild::Answer { .. }, Some(c)) if !c.ended => c.driver.deliver(answer),
            (message, child) => assert!(
                child.is_some_and(|c| c.ended),
                "{message:?} to child {slot}, which was not started"
            ),
        }
    }
    messages.len()
}

struct Outcome {
    stdout: String,
    stderr: String,
    exit_code: Option<i32>,
    /// Children started, and messages exchanged with them.
    children: usize,
    messages: usize,
}

/// Run `source` with its children elsewhere, on one virtual clock that
/// moves only when every driver sleeps (instructions take no time, as on
/// the page's real clock when the machine has cores to spare).
fn run_with_children_elsewhere(source: &str) -> Outcome {
    let clock = VirtualClock::default();
    let settings = Settings {
        instructions_per_call: 1_000_000,
        processes_elsewhere: true,
        closed: Some(playground_core::site::closed_port),
        ..Settings::default()
    };
    let options = Options::default();
    let mut parent = Driver::new(
        vec![Program::new(source, options)],
        Box::new(clock.clone()),
        Box::new(SiteOnly),
        settings.clone(),
    );
    let mut children: Vec<Elsewhere> = Vec::new();
    let mut out = Vec::new();
    let mut messages = 0;
    for _ in 0..200_000 {
        let mut next = parent.tick();
        out.extend(parent.take_output(0));
        if parent.is_done(0) {
            break;
        }
        let sent = deliver_to_children(&mut parent, &mut children, &settings, None, |at| {
            Box::new(ChildClock {
                host: clock.clone(),
                origin_ms: clock.now_ms() - at * 1000.0,
            })
        });
        messages += sent;
        if sent > 0 {
            next = Next::Now;
        }
        for c in children.iter_mut().filter(|c| !c.ended) {
            let child_next = c.driver.tick();
            let report = c.driver.report();
            c.ended = report.exit.is_some();
            let said_something = report
                != Report {
                    time: report.time,
                    asleep_until: report.asleep_until,
                    answers_seen: report.answers_seen,
                    ..Report::default()
                };
            messages += 1;
            parent.receive(
                c.slot,
                Report::decode(&report.encode()).expect("a report from a child"),
            );
            next = match (next, child_next) {
                _ if said_something || c.ended => Next::Now,
                (Next::Now, _) | (_, Next::Now) => Next::Now,
                (Next::After(a), Next::After(b)) => Next::After(a.min(b)),
                (Next::After(a), _) | (_, Next::After(a)) => Next::After(a),
                (a, _) => a,
            };
        }
        match next {
            Next::Now => {}
            Next::After(ms) => clock.advance(ms),
            Next::OnAnswer | Next::Done => {
                if children.iter().all(|c| c.ended) {
                    parent.stop_waiting_for_answers();
                } else {
                    // A child waits for its parent, which waits for it:
                    // let a little time pass (a timeout may be due).
                    clock.advance(1.0);
                }
            }
        }
    }
    out.extend(parent.take_output(0));
    let program = parent.into_programs().pop().expect("the parent");
    let text = |stderr: bool| {
        out.iter()
            .filter(|c| c.stderr == stderr)
            .map(|c| c.text.as_str())
            .collect::<String>()
    };
    Outcome {
        stdout: text(false),
        stderr: text(true),
        exit_code: program.exit_code(),
        children: children.len(),
        messages,
    }
}

fn suite() -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../cli/tests/conformance/processes");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("the processes suite")
        .map(|e| e.expect("an entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    files.sort();
    files
}

#[test]
fn the_processes_suite_prints_the_same_with_children_elsewhere() {
    let mut failures = Vec::new();
    let mut children = 0;
    let files = suite();
    assert!(files.len() >= 40, "{} programs", files.len());
    for file in &files {
        let source = std::fs::read_to_string(file).expect("a program");
        if std::env::var("ONLY").is_ok_and(|o| !file.ends_with(&o)) {
            continue;
        }
        let (program, here) = run_virtual(&source, Options::default());
        let text = |stderr: bool| {
            here.iter()
                .filter(|c| c.stderr == stderr)
                .map(|c| c.text.as_str())
                .collect::<String>()
        };
        let elsewhere = run_with_children_elsewhere(&source);
        children += elsewhere.children;
        let name = file.file_name().unwrap().to_string_lossy().to_string();
        if elsewhere.stdout != text(false)
            || elsewhere.stderr != text(true)
            || elsewhere.exit_code != program.exit_code()
        {
            failures.push(format!(
                "{name}: exit {:?} vs {:?}\n--- here\n{}{}\n--- elsewhere ({} messages)\n{}{}",
                program.exit_code(),
                elsewhere.exit_code,
                text(false),
                text(true),
                elsewhere.messages,
                elsewhere.stdout,
                elsewhere.stderr
            ));
        }
    }
    assert!(children >= 100, "only {children} children ran elsewhere");
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// Milliseconds on this machine's clock since the first call.
fn real_ms() -> f64 {
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    START
        .get_or_init(std::time::Instant::now)
        .elapsed()
        .as_secs_f64()
        * 1000.0
}

#[derive(Clone)]
struct RealClock {
    origin_ms: f64,
}

impl Clock for RealClock {
    fn now_ms(&self) -> f64 {
        real_ms() - self.origin_ms
    }
}

const TIMED_POOL: &str = r#"
import time
from multiprocessing import Pool

def work(n):
    total = 0
    for i in range(n):
        total += i * i % 7
    return total

def timed(n):
    start = time.perf_counter()
    work(n)
    return time.perf_counter() - start

if __name__ == "__main__":
    print(" ".join(f"{t:.4f}" for t in [timed(20_000)] + Pool(2).map(timed, [20_000] * 2)))
"#;

/// Run `source` on this machine's clock with its children elsewhere (in
/// one thread, taking turns): what it prints.
fn run_on_a_real_clock(source: &str) -> String {
    let settings = Settings {
        processes_elsewhere: true,
        ..Settings::default()
    };
    let options = Options {
        seconds_per_instruction: 0.0,
        host_clock: Some(real_ms),
        ..Options::default()
    };
    let clock = RealClock { origin_ms: 0.0 };
    let mut parent = Driver::new(
        vec![Program::new(source, options)],
        Box::new(clock),
        Box::new(SiteOnly),
        settings.clone(),
    );
    let mut children: Vec<Elsewhere> = Vec::new();
    let mut out = String::new();
    let started = std::time::Instant::now();
    while !parent.is_done(0) {
        assert!(
            started.elapsed().as_secs() < 60,
            "the run took too long: {out}"
        );
        parent.tick();
        out.extend(parent.take_output(0).into_iter().map(|c| c.text));
        deliver_to_children(&mut parent, &mut children, &settings, Some(real_ms), |at| {
            Box::new(RealClock {
                origin_ms: real_ms() - at * 1000.0,
            })
        });
        for c in children.iter_mut().filter(|c| !c.ended) {
            c.driver.tick();
            let report = c.driver.report();
            c.ended = report.exit.is_some();
            parent.receive(c.slot, report);
        }
    }
    out.extend(parent.take_output(0).into_iter().map(|c| c.text));
    out
}

/// On a real clock (the page's), a child's clock moves while it computes,
/// even inside a call that runs to its end without giving way (the pool
/// calls its function from `list(map(...))`, as CPython's does).
#[test]
fn a_child_on_a_real_clock_takes_the_time_its_work_takes() {
    let out = run_on_a_real_clock(TIMED_POOL);
    let times: Vec<f64> = out
        .split_whitespace()
        .map(|t| t.parse().expect("a time"))
        .collect();
    assert_eq!(times.len(), 3, "{out}");
    // A clock that stood still would say 0; the same work takes about as
    // long in each, but a loaded machine (two cores, the suite's other
    // tests) pauses one more than another: a fifth was seen.
    for t in &times[1..] {
        assert!(
            *t > times[0] * 0.05,
            "the work took {} s in the parent and {t} s in a child",
            times[0]
        );
    }
}

const SLEEPING_POOL: &str = r#"
import time
from multiprocessing import Pool, current_process

def fetch(n):
    time.sleep(0.3)
    return current_process().name

if __name__ == "__main__":
    start = time.perf_counter()
    with Pool(3) as pool:
        names = pool.map(fetch, range(6))
    print(sorted(names))
    # Waves of 0.3 s (the debug build and a loaded machine add a little).
    print("waves:", round((time.perf_counter() - start) / 0.3))
"#;

/// A worker's sleep inside the pool's call (which cannot give way) takes
/// its time on a real clock: the worker's next request waits for that
/// instant, so six sleeps of 0.3 s in a pool of three take two waves.
#[test]
fn a_pool_of_three_sleeps_in_two_waves_on_a_real_clock() {
    assert_eq!(
        run_on_a_real_clock(SLEEPING_POOL),
        "['ForkPoolWorker-1', 'ForkPoolWorker-1', 'ForkPoolWorker-2', \
         'ForkPoolWorker-2', 'ForkPoolWorker-3', 'ForkPoolWorker-3']\nwaves: 2\n"
    );
}

/// Run `source` as the page runs it, on a virtual clock: its children
/// elsewhere, each message between a child and its parent taking
/// `latency_ms` (a busy page's main thread), and each child's worker
/// `boot_ms` to load. What it prints.
fn run_with_slow_messages(source: &str, latency_ms: f64, boot_ms: f64) -> String {
    let clock = VirtualClock::default();
    let settings = Settings {
        processes_elsewhere: true,
        ..Settings::default()
    };
    let options = Options {
        seconds_per_instruction: 0.0,
        ..Options::default()
    };
    let mut parent = Driver::new(
        vec![Program::new(source, options)],
        Box::new(clock.clone()),
        Box::new(SiteOnly),
        settings.clone(),
    );
    // When each driver ticks next (the parent's first), and the messages
    // under way: (instant, child slot, to the child or from it).
    let mut parent_due = 0.0;
    let mut children: Vec<(Elsewhere, f64)> = Vec::new();
    let mut to_children: Vec<(f64, usize, ToChild)> = Vec::new();
    let mut reports: Vec<(f64, usize, Report)> = Vec::new();
    let due_after = |now: f64, next: Next| match next {
        Next::Now => now,
        Next::After(ms) => now + ms,
        Next::OnAnswer | Next::Done => f64::INFINITY,
    };
    let mut out = String::new();
    for _ in 0..100_000 {
        let now = clock.now_ms();
        let earliest = to_children
            .iter()
            .map(|m| m.0)
            .chain(reports.iter().map(|r| r.0))
            .chain(children.iter().filter(|c| !c.0.ended).map(|c| c.1))
            .fold(parent_due, f64::min);
        assert!(earliest.is_finite(), "every driver waits: {out}");
        clock.advance(earliest - now);
        let now = clock.now_ms();
        for (_, slot, report) in take_due(&mut reports, now) {
            parent.receive(slot, report);
            parent_due = now;
        }
        for (_, slot, message) in take_due(&mut to_children, now) {
            match message {
                ToChild::Start { spec, clock: at } => {
                    // The child's clock reads `at` when its parent starts it.
                    let origin_ms = now - boot_ms - latency_ms - at * 1000.0;
                    let driver = Driver::for_child(
                        &spec,
                        Box::new(ChildClock {
                            host: clock.clone(),
                            origin_ms,
                        }),
                        Box::new(SiteOnly),
                        settings.clone(),
                    );
                    let child = Elsewhere {
                        slot,
                        driver,
                        ended: false,
                    };
                    children.push((child, now));
                }
                ToChild::Kill => {
                    if let Some(c) = children.iter_mut().find(|c| c.0.slot == slot) {
                        c.0.ended = true;
                    }
                }
                answer => {
                    if let Some(c) = children.iter_mut().find(|c| c.0.slot == slot) {
                        c.0.driver.deliver(answer);
                        c.1 = now;
                    }
                }
            }
        }
        if parent_due <= now {
            parent_due = due_after(now, parent.tick());
            out.extend(parent.take_output(0).into_iter().map(|c| c.text));
            if parent.is_done(0) {
                return out;
            }
            for (slot, message) in parent.take_child_messages() {
                // A new worker loads before the start reaches it.
                let boot = if matches!(message, ToChild::Start { .. }) {
                    boot_ms
                } else {
                    0.0
                };
                to_children.push((now + latency_ms + boot, slot, message));
            }
        }
        for (c, due) in children.iter_mut().filter(|c| !c.0.ended && c.1 <= now) {
            *due = due_after(now, c.driver.tick());
            let report = c.driver.report();
            c.ended = report.exit.is_some();
            reports.push((now + latency_ms, c.slot, report));
        }
    }
    panic!("the run did not end: {out}");
}

/// The messages among `queue` due by `now`, in the order they were sent.
fn take_due<T>(queue: &mut Vec<(f64, usize, T)>, now: f64) -> Vec<(f64, usize, T)> {
    let (due, later) = std::mem::take(queue).into_iter().partition(|m| m.0 <= now);
    *queue = later;
    due
}

/// Lesson pools/c (nine 0.5 s pages through a pool of three processes):
/// the time a worker takes to load and a busy page takes to pass messages
/// is the page's, not the program's, as when its children run beside it.
#[test]
fn a_pool_keeps_its_figures_when_messages_take_time() {
    let lesson = playground_core::lessons::find("pools").expect("lesson pools");
    let program = &lesson.programs[2];
    assert!(program.source.contains("Pool(3)"), "{}", program.source);
    for (latency_ms, boot_ms) in [
        (0.0, 150.0),
        (30.0, 0.0),
        (10.0, 0.0),
        (0.0, 0.0),
        (5.0, 80.0),
        (30.0, 150.0),
    ] {
        assert_eq!(
            run_with_slow_messages(program.source, latency_ms, boot_ms),
            program.expected_stdout,
            "messages taking {latency_ms} ms, workers {boot_ms} ms to load"
        );
    }
}
