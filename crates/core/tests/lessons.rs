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
    let snap = asynchronous.loop_at(0.5);
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
    let snap = b.loop_at(0.5);
    assert_eq!(
        snap.waiting.len(),
        5,
        "main task and four crawls wait together: {snap:?}"
    );
}

/// The page brings each program's timeline up to date after every slice
/// (`Program::update_timeline`, events since the last update only, the
/// main program's run in progress drawn to the present): what it built that
/// way is, at every instant and at the end, the timeline derived from the
/// whole trace at once, for every lesson's programs.
#[test]
fn timelines_kept_up_to_date_equal_timelines_derived_at_once() {
    use playground_core::driver::{run_to_end, Clock, Driver, Settings, SiteOnly, VirtualClock};
    /// A clock that moves as the host computes, as a real one does: slices
    /// end part-way through the main program's runs.
    struct Busy(VirtualClock);
    impl Clock for Busy {
        fn now_ms(&self) -> f64 {
            self.0.advance(0.25);
            self.0.now_ms()
        }
    }
    let (mut updates, mut lanes, mut open_main) = (0, 0, 0);
    for lesson in all() {
        for p in lesson.programs {
            let clock = VirtualClock::default();
            let settings = Settings {
                instructions_per_call: 1_000,
                closed: Some(playground_core::site::closed_port),
                ..Settings::default()
            };
            let program = playground_core::Program::new(p.source, Options::default());
            let mut driver = Driver::new(
                vec![program],
                Box::new(Busy(clock.clone())),
                Box::new(SiteOnly),
                settings,
            );
            let mut live = Timeline::default();
            run_to_end(&mut driver, &clock, usize::MAX, |d| {
                let (program, now) = (d.program(0), d.clock_of(0));
                program.update_timeline(&mut live, now);
                updates += 1;
                if updates % 5 == 0 {
                    let whole = program.timeline_at(now);
                    assert!(
                        live == whole,
                        "{}, at {now}: {live:?}\n{whole:?}",
                        lesson.id
                    );
                }
                open_main += usize::from(d.program(0).main_running_since().is_some());
            });
            let program = driver.program(0);
            program.update_timeline(&mut live, program.time());
            let whole = program.timeline_at(program.time());
            lanes += whole.lanes.len();
            assert!(
                live == whole,
                "{} ({}): kept up to date {:?}\nderived at the end {:?}",
                lesson.id,
                p.label_en,
                live.lanes,
                whole.lanes
            );
        }
    }
    assert!(
        updates > 1000 && lanes > 200 && open_main > 100,
        "{updates} updates, {lanes} lanes, {open_main} inside the main program's runs"
    );
}
