//! Every lesson's programs run on the virtual clock and must print what
//! CPython printed (stored beside them), take the time the lesson says, and
//! draw the timeline the lesson is about.

use playground_core::lessons::{all, find, Program, LETTERS};
use playground_core::program::Options;
use playground_core::run_virtual;
use playground_core::timeline::{State, Timeline};

fn mask(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find("0x") {
        out.push_str(&rest[..i]);
        let tail = &rest[i + 2..];
        let n = tail.chars().take_while(|c| c.is_ascii_hexdigit()).count();
        if n == 0 {
            out.push_str("0x");
        } else {
            out.push_str("0xADDR");
        }
        rest = &tail[n..];
    }
    out.push_str(rest);
    out
}

fn run(p: &Program) -> (String, String, f64, Timeline) {
    let (program, output) = run_virtual(p.source, Options::default());
    let stdout: String = output
        .iter()
        .filter(|c| !c.stderr)
        .map(|c| c.text.as_str())
        .collect();
    let stderr: String = output
        .iter()
        .filter(|c| c.stderr)
        .map(|c| c.text.as_str())
        .collect();
    let timeline = Timeline::from_events(&program.trace().events, program.time());
    (mask(&stdout), mask(&stderr), program.time(), timeline)
}

#[test]
fn every_lesson_prints_what_cpython_printed_in_the_expected_time() {
    let mut failures = Vec::new();
    for lesson in all() {
        for (which, p) in LETTERS.iter().zip(lesson.programs) {
            let (stdout, stderr, elapsed, _) = run(p);
            if stdout != p.expected_stdout {
                failures.push(format!(
                    "{}/{which}: stdout\n--- CPython\n{}--- ours\n{}",
                    lesson.id, p.expected_stdout, stdout
                ));
            }
            if stderr != p.expected_stderr {
                failures.push(format!(
                    "{}/{which}: stderr\n--- CPython\n{}--- ours\n{}",
                    lesson.id, p.expected_stderr, stderr
                ));
            }
            if (elapsed - p.expected_elapsed_s).abs() > p.expected_elapsed_s * 0.05 + 0.05 {
                failures.push(format!(
                    "{}/{which}: took {elapsed:.3} s, expected {}",
                    lesson.id, p.expected_elapsed_s
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

fn lane_states(t: &Timeline, name: &str) -> Vec<State> {
    let lane = t
        .lanes
        .iter()
        .find(|l| l.name == name)
        .unwrap_or_else(|| panic!("no lane {name}"));
    lane.spans
        .iter()
        .filter(|s| s.end > s.start)
        .map(|s| s.state)
        .collect()
}

#[test]
fn count_sleep_timelines_show_blocking_versus_waiting() {
    let lesson = find("count-sleep").expect("lesson");
    let (_, _, _, sync) = run(&lesson.programs[0]);
    // One lane (the main program), blocked three times for a second each.
    assert_eq!(sync.lanes.len(), 1);
    let blocked: Vec<f64> = sync.lanes[0]
        .spans
        .iter()
        .filter(|s| s.state == State::Blocked)
        .map(|s| s.end - s.start)
        .collect();
    assert_eq!(blocked.len(), 3, "{blocked:?}");
    assert!(
        blocked.iter().all(|d| (d - 1.0).abs() < 1e-9),
        "{blocked:?}"
    );
    let (_, _, _, asynchronous) = run(&lesson.programs[1]);
    // main + asyncio.run's main task + three gathered counts.
    assert_eq!(asynchronous.lanes.len(), 5);
    for name in ["Task-2", "Task-3", "Task-4"] {
        // Scheduled, runs to its sleep, waits a second, is woken, runs to its end.
        let states = lane_states(&asynchronous, name);
        assert_eq!(
            states,
            vec![
                State::Ready,
                State::Running,
                State::Waiting,
                State::Ready,
                State::Running
            ],
            "{name}"
        );
        let lane = asynchronous
            .lanes
            .iter()
            .find(|l| l.name == name)
            .expect("lane");
        let waiting = lane
            .spans
            .iter()
            .find(|s| s.state == State::Waiting)
            .expect("waiting span");
        assert!(
            waiting.start < 0.001 && (waiting.end - waiting.start - 1.0).abs() < 0.001,
            "{waiting:?}"
        );
        assert_eq!(waiting.label, "sleep 1s");
    }
    let snap = asynchronous.snapshot(0.5);
    assert_eq!(
        snap.waiting.len(),
        4,
        "the three counts and main waiting on gather: {snap:?}"
    );
}

#[test]
fn sequential_await_waits_one_lane_at_a_time() {
    let lesson = find("sequential-await").expect("lesson");
    let (_, _, _, a) = run(&lesson.programs[0]);
    assert_eq!(
        a.lanes.len(),
        2,
        "only main and its task: the crawls run inside it"
    );
    let (_, _, _, b) = run(&lesson.programs[1]);
    assert_eq!(b.lanes.len(), 6);
    let snap = b.snapshot(0.5);
    assert_eq!(
        snap.waiting.len(),
        5,
        "main task and four crawls wait together: {snap:?}"
    );
}
