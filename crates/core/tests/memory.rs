//! Runs that leave nothing behind: the heap after many runs of a lesson's
//! programs is the heap after the first few, and reference cycles are
//! collected during a run (a counting allocator measures what is live).

use playground_core::lessons;
use playground_core::memory::{live, peak, reset_peak, Counting};
use playground_core::program::Options;
use playground_core::run_virtual;

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The tests share the count: one at a time.
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Lessons' programs that wait, fetch, cancel, queue, gather and use
/// threads and process pools (the CPU-bound ones take long in a debug build).
const PROGRAMS: &[(&str, &str)] = &[
    ("count-sleep", "a"),
    ("count-sleep", "b"),
    ("cancel-and-exceptions", "b"),
    ("wait-timeout", "b"),
    ("producer-consumer", "b"),
    ("crawler-race", "b"),
    ("ways-to-fetch", "c"),
    ("limits", "b"),
    ("pools", "b"),
    ("pools", "c"),
    ("async-protocols", "b"),
    ("ready-and-waiting", "b"),
];

/// The programs of `PROGRAMS` whose heap grew over five runs made by `run`
/// (after two that fill what is made once, as the names of native
/// closures), with by how much.
fn grown_by(run: impl Fn(&str)) -> Vec<String> {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let mut grew = Vec::new();
    for (id, which) in PROGRAMS {
        let lesson = lessons::find(id).expect("a lesson");
        let k = lessons::LETTERS
            .iter()
            .position(|l| l == which)
            .expect("a letter");
        let source = lesson.programs[k].source;
        for _ in 0..2 {
            run(source);
        }
        let before = live();
        for _ in 0..5 {
            run(source);
        }
        let grown = live() - before;
        if grown > 0 {
            grew.push(format!("{id} {which}: {grown} B in 5 runs"));
        }
    }
    grew
}

#[test]
fn runs_of_the_lessons_leave_no_heap_behind() {
    let grew = grown_by(|source| drop(run_virtual(source, Options::default())));
    assert!(grew.is_empty(), "{grew:#?}");
}

#[test]
fn programs_stopped_mid_run_leave_no_heap_behind() {
    use playground_core::program::Program;
    // Stopped while its tasks wait, its threads block or its loop runs.
    let grew = grown_by(|source| {
        let mut program = Program::new(source, Options::default());
        for _ in 0..3 {
            program.run_slice(20_000);
        }
        drop(program);
    });
    assert!(grew.is_empty(), "{grew:#?}");
}

#[test]
fn reference_cycles_are_collected_during_a_run() {
    let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    // 100,000 pairs of objects that refer to each other, each pair dropped
    // at once; kept, they would take more than 30 MB.
    let source = "class Node:\n    pass\n\n\
        for i in range(100000):\n    a = Node(); b = Node()\n    a.other = b; b.other = a\n\
        print('made')\n";
    let before = live();
    reset_peak();
    let (_, output) = run_virtual(source, Options::default());
    let text: String = output.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(text, "made\n");
    let peak = peak() - before;
    assert!(peak < 4 << 20, "the run's heap peaked at {peak} B");
}
