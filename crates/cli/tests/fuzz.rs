//! `playground fuzz`: the public suite's programs, mutated by a seed, run in
//! worker processes; CI runs 3,000 and none may abort, panic, hang or run
//! out of memory. The faults a worker can meet (an abort, a panic, a hang,
//! memory past its limit) are injected to show each is caught, named by its
//! case and written out, and that the run goes on after it.

use std::path::{Path, PathBuf};
use std::process::Command;

fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Runs `playground fuzz ARGS` from the repository: (stdout, stderr, status).
fn fuzz(args: &[&str], fault: Option<&str>, out: &Path) -> (String, String, i32) {
    let mut command = Command::new(env!("CARGO_BIN_EXE_playground"));
    command
        .current_dir(repository())
        .arg("fuzz")
        .args(args)
        .arg("--out")
        .arg(out);
    if let Some(f) = fault {
        command.env("PLAYGROUND_FUZZ_FAULT", f);
    }
    let output = command.output().expect("run playground fuzz");
    (
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
        output.status.code().unwrap_or(-1),
    )
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("playground-fuzz-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

#[test]
fn three_thousand_mutated_programs_end_cleanly() {
    let out = scratch("ci");
    let (stdout, stderr, status) = fuzz(&["--count", "3000", "--seed", "7"], None, &out);
    assert_eq!(status, 0, "{stdout}\n{stderr}");
    assert!(
        stdout.starts_with("fuzz: 3000 programs (seed 7, ") && stdout.ends_with(": 0 failures\n"),
        "{stdout}"
    );
    // The corpus is the public suite: conformance programs and lessons.
    let corpus: usize = stdout
        .split(", ")
        .nth(1)
        .and_then(|s| s.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    assert!(corpus > 400, "{stdout}");
}

#[test]
fn each_kind_of_failure_is_named_by_its_case_and_written_out() {
    for (fault, kind) in [
        ("abort:5", "abort"),
        ("panic:5", "panic"),
        ("hang:5", "hang"),
        ("alloc:5", "memory past its limit"),
    ] {
        let out = scratch(fault.split(':').next().unwrap_or("x"));
        // A corpus of tiny programs, whose cases end in milliseconds even on
        // a busy machine: only the injected hang meets the 2 s limit.
        let corpus = out.join("corpus");
        std::fs::create_dir_all(&corpus).expect("a corpus folder");
        std::fs::write(corpus.join("a.py"), "x = 1\nprint(x + 1)\n").expect("a program");
        let corpus = corpus.display().to_string();
        let (stdout, stderr, status) = fuzz(
            &[
                "--count",
                "12",
                "--jobs",
                "1",
                "--case-seconds",
                "2",
                "--memory-mb",
                "1024",
                "--corpus",
                &corpus,
            ],
            Some(fault),
            &out,
        );
        assert_eq!(status, 1, "{fault}: {stdout}\n{stderr}");
        assert!(stdout.ends_with(": 1 failure\n"), "{fault}: {stdout}");
        assert!(
            stderr.contains(&format!("fuzz: case 5: {kind} -> ")),
            "{fault}: {stderr}"
        );
        // The program that failed, with how, ready to run again.
        let written = std::fs::read_to_string(out.join("case-1-5.py")).unwrap_or_default();
        assert!(
            written.starts_with(&format!("# playground fuzz --seed 1 : case 5: {kind}")),
            "{fault}: {written}"
        );
        let _ = std::fs::remove_dir_all(&out);
    }
}

#[test]
fn a_seed_gives_the_same_programs() {
    let same = |seed: u64| playground_core::fuzz::case(seed, 41, &["print(1)\n".repeat(20)]);
    assert_eq!(same(3), same(3));
    let differ = (0..20).filter(|i| same(*i) != same(i + 100)).count();
    assert!(differ > 10, "seeds change the programs");
}
