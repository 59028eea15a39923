//! CPython differential conformance: every program in `tests/conformance/`
//! and every lesson program runs under CPython 3.11 and under our CLI, and
//! the results must agree:
//!
//! - stdout byte for byte, after masking memory addresses (`0x7f...` ->
//!   `0xADDR`) and the directory CPython prints before `main.py`;
//! - the exit status;
//! - on stderr: the same warning lines, the same user-code traceback frames
//!   (`File "main.py", line N, in f` and the source line after it; frames in
//!   CPython's own library files are dropped, as are `^^^` caret lines and
//!   "[Previous line repeated N more times]", and runs of identical frames
//!   count once), and the same final line.
//!
//! `known_failures.txt` lists programs that do not agree yet (with a reason).
//! A listed program that fails is reported; a listed program that passes
//! fails the test ("remove it from the list"), so the list only shrinks.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;
use std::time::Instant;

/// CPython programs run this many at a time (they mostly sleep).
const PARALLEL: usize = 16;

/// A program's name, whether it agrees with CPython, and our run of it.
type Checked = (String, Result<(), String>, Outcome);

struct Outcome {
    stdout: String,
    stderr: String,
    status: i32,
}

fn run(cmd: &mut Command) -> Outcome {
    match cmd.output() {
        Ok(o) => Outcome {
            stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
            status: o.status.code().unwrap_or(-1),
        },
        Err(e) => Outcome {
            stdout: String::new(),
            stderr: format!("could not run: {e}"),
            status: -100,
        },
    }
}

/// Mask addresses and the directory before `main.py`.
fn normalise(text: &str, dir: &Path) -> String {
    let dir = format!("{}/", dir.display());
    let text = text.replace(&dir, "");
    let mut out = String::with_capacity(text.len());
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'0'
            && i + 1 < b.len()
            && b[i + 1] == b'x'
            && i + 2 < b.len()
            && b[i + 2].is_ascii_hexdigit()
        {
            out.push_str("0xADDR");
            i += 2;
            while i < b.len() && b[i].is_ascii_hexdigit() {
                i += 1;
            }
        } else {
            let ch = text[i..].chars().next().unwrap_or(' ');
            out.push(ch);
            i += ch.len_utf8();
        }
    }
    out
}

/// The parts of stderr that must agree.
#[derive(Debug, PartialEq)]
struct StderrShape {
    warnings: Vec<String>,
    frames: Vec<String>,
    last_line: String,
}

fn stderr_shape(stderr: &str) -> StderrShape {
    let lines: Vec<&str> = stderr.lines().collect();
    let mut warnings = Vec::new();
    let mut frames: Vec<String> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let l = lines[i];
        if l.contains("Warning:") {
            warnings.push(l.to_string());
        }
        let t = l.trim_start();
        if t.starts_with("File \"") {
            let user = t.starts_with("File \"main.py\"");
            let mut frame = t.to_string();
            // The source line, if any, follows indented.
            if i + 1 < lines.len()
                && lines[i + 1].starts_with("    ")
                && !lines[i + 1].trim_start().starts_with("File \"")
            {
                let src = lines[i + 1].trim();
                if !src.chars().all(|c| c == '^' || c == '~') {
                    frame.push_str(" | ");
                    frame.push_str(src);
                    i += 1;
                }
            }
            if user && frames.last() != Some(&frame) {
                frames.push(frame);
            }
        }
        i += 1;
    }
    let last_line = lines
        .iter()
        .rev()
        .find(|l| !l.trim().is_empty())
        .map(|l| l.to_string())
        .unwrap_or_default();
    StderrShape {
        warnings,
        frames,
        last_line,
    }
}

fn programs(root: &Path) -> Vec<(String, PathBuf)> {
    let mut out = Vec::new();
    let dir = root.join("tests/conformance");
    if let Ok(rd) = std::fs::read_dir(&dir) {
        for e in rd.flatten() {
            let p = e.path();
            if p.extension().is_some_and(|x| x == "py") {
                let name = p
                    .file_name()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .into_owned();
                out.push((name, p));
            }
        }
    }
    let lessons = root.join("../core/lessons");
    if let Ok(rd) = std::fs::read_dir(&lessons) {
        for e in rd.flatten() {
            for which in ["a.py", "b.py"] {
                let p = e.path().join(which);
                // Lessons that fetch the demo site need the real packages and
                // server: `http_conformance.rs` runs them.
                if p.exists() && !fetches(&p) {
                    let name = format!("lesson:{}/{}", e.file_name().to_string_lossy(), which);
                    out.push((name, p));
                }
            }
        }
    }
    out.sort();
    out
}

/// Does the program use `aiohttp` or `requests`?
fn fetches(path: &Path) -> bool {
    std::fs::read_to_string(path)
        .is_ok_and(|s| s.contains("import aiohttp") || s.contains("import requests"))
}

fn known_failures(root: &Path) -> BTreeMap<String, String> {
    let mut m = BTreeMap::new();
    if let Ok(text) = std::fs::read_to_string(root.join("tests/conformance/known_failures.txt")) {
        for line in text.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (name, reason) = line.split_once('#').unwrap_or((line, ""));
            m.insert(name.trim().to_string(), reason.trim().to_string());
        }
    }
    m
}

fn compare(name: &str, dir: &Path, py: &Outcome, us: &Outcome) -> Result<(), String> {
    let (po, uo) = (normalise(&py.stdout, dir), normalise(&us.stdout, dir));
    if po != uo {
        let (pl, ul): (Vec<&str>, Vec<&str>) = (po.lines().collect(), uo.lines().collect());
        let k = pl
            .iter()
            .zip(&ul)
            .position(|(a, b)| a != b)
            .unwrap_or(pl.len().min(ul.len()));
        return Err(format!(
            "{name}: stdout differs at line {}\n  CPython: {:?}\n  ours:    {:?}",
            k + 1,
            pl.get(k).copied().unwrap_or("<end>"),
            ul.get(k).copied().unwrap_or("<end>")
        ));
    }
    if py.status != us.status {
        return Err(format!(
            "{name}: exit status CPython {} vs ours {}\n  our stderr: {}",
            py.status,
            us.status,
            us.stderr.lines().last().unwrap_or("")
        ));
    }
    let (ps, us_) = (
        stderr_shape(&normalise(&py.stderr, dir)),
        stderr_shape(&normalise(&us.stderr, dir)),
    );
    if ps != us_ {
        return Err(format!(
            "{name}: stderr differs\n  CPython: {ps:?}\n  ours:    {us_:?}"
        ));
    }
    Ok(())
}

#[test]
fn programs_agree_with_cpython() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let version = run(Command::new("python3").arg("--version"));
    assert!(
        version.stdout.starts_with("Python 3.11"),
        "the referee must be CPython 3.11 on PATH as python3 (found: {:?} {:?})",
        version.stdout,
        version.stderr
    );
    let ours = env!("CARGO_BIN_EXE_playground");
    let list = programs(&root);
    assert!(!list.is_empty(), "no conformance programs found");
    let known = known_failures(&root);
    let started = Instant::now();
    let scratch = std::env::temp_dir().join(format!("conformance-{}", std::process::id()));
    let dir_of = |name: &str| scratch.join(name.replace(['/', ':'], "_"));
    // CPython first, many at once (its programs mostly sleep, and their
    // printed timings must not suffer from our CPU-heavy runs)...
    let cpython: Mutex<BTreeMap<String, Outcome>> = Mutex::new(BTreeMap::new());
    for chunk in list.chunks(PARALLEL) {
        std::thread::scope(|s| {
            for (name, path) in chunk {
                let cpython = &cpython;
                let dir = dir_of(name);
                s.spawn(move || {
                    let _ = std::fs::create_dir_all(&dir);
                    let _ = std::fs::copy(path, dir.join("main.py"));
                    let py = run(Command::new("python3")
                        .arg("main.py")
                        .current_dir(&dir)
                        .env("PYTHONHASHSEED", "0")
                        .env("PYTHONDONTWRITEBYTECODE", "1"));
                    cpython
                        .lock()
                        .unwrap_or_else(|e| e.into_inner())
                        .insert(name.clone(), py);
                });
            }
        });
    }
    let cpython = cpython.into_inner().unwrap_or_else(|e| e.into_inner());
    // ...then ours, on the virtual clock, as many as there are cores.
    let results: Mutex<Vec<Checked>> = Mutex::new(Vec::new());
    let cores = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2);
    for chunk in list.chunks(cores) {
        std::thread::scope(|s| {
            for (name, _) in chunk {
                let results = &results;
                let cpython = &cpython;
                let dir = dir_of(name);
                s.spawn(move || {
                    let us = run(Command::new(ours)
                        .args(["run", "main.py"])
                        .current_dir(&dir));
                    let r = match cpython.get(name) {
                        Some(py) => compare(name, &dir, py, &us),
                        None => Err(format!("{name}: CPython did not run")),
                    };
                    results
                        .lock()
                        .unwrap_or_else(|e| e.into_inner())
                        .push((name.clone(), r, us));
                });
            }
        });
    }
    // CPython's timings suffer when the machine is busy (its programs print
    // rounded elapsed times): a disagreement is checked again with CPython
    // running alone, twice at most, before it counts.
    let mut results: Vec<(String, Result<(), String>)> = results
        .into_inner()
        .unwrap_or_else(|e| e.into_inner())
        .into_iter()
        .map(|(name, r, us)| {
            let mut r = r;
            for _ in 0..2 {
                if r.is_ok() {
                    break;
                }
                let dir = dir_of(&name);
                let py = run(Command::new("python3")
                    .arg("main.py")
                    .current_dir(&dir)
                    .env("PYTHONHASHSEED", "0")
                    .env("PYTHONDONTWRITEBYTECODE", "1"));
                r = compare(&name, &dir, &py, &us);
            }
            (name, r)
        })
        .collect();
    let _ = std::fs::remove_dir_all(&scratch);
    results.sort_by(|a, b| a.0.cmp(&b.0));
    let mut failures = Vec::new();
    let mut pass = 0;
    let mut known_failed = 0;
    for (name, r) in &results {
        match (r, known.get(name)) {
            (Ok(()), None) => pass += 1,
            (Ok(()), Some(_)) => failures.push(format!(
                "{name} now agrees with CPython: remove it from known_failures.txt"
            )),
            (Err(e), Some(reason)) => {
                known_failed += 1;
                eprintln!(
                    "known failure ({reason}): {}",
                    e.lines().next().unwrap_or("")
                );
            }
            (Err(e), None) => failures.push(e.clone()),
        }
    }
    for name in known.keys() {
        if !results.iter().any(|(n, _)| n == name) {
            failures.push(format!(
                "{name} is listed in known_failures.txt but no such program exists"
            ));
        }
    }
    eprintln!(
        "conformance: {} programs, {} pass, {} known failures, {:.1} s",
        results.len(),
        pass,
        known_failed,
        started.elapsed().as_secs_f64()
    );
    assert!(
        failures.is_empty(),
        "{} program(s) disagree with CPython:\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );
}

#[test]
fn stderr_shape_keeps_user_frames_and_drops_library_ones() {
    let cpython = "Traceback (most recent call last):\n  File \"main.py\", line 9, in <module>\n    asyncio.run(main())\n  File \"/usr/lib/python3.11/asyncio/runners.py\", line 190, in run\n    return runner.run(main)\n           ^^^^^^^^^^^^^^^^\n  File \"main.py\", line 4, in main\n    return 1 / 0\n           ~~^~~\nZeroDivisionError: division by zero\n";
    let shape = stderr_shape(cpython);
    assert_eq!(
        shape.frames,
        vec![
            "File \"main.py\", line 9, in <module> | asyncio.run(main())".to_string(),
            "File \"main.py\", line 4, in main | return 1 / 0".to_string()
        ]
    );
    assert_eq!(shape.last_line, "ZeroDivisionError: division by zero");
    assert_eq!(
        normalise("at 0x7f3a2b1c and /tmp/x/main.py", Path::new("/tmp/x")),
        "at 0xADDR and main.py"
    );
}
