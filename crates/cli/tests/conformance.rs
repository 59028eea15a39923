//! CPython differential conformance, one test per program: every program in
//! the topic folders of `tests/conformance/` (`asyncio/`, `errors/`,
//! `lang/`, ...; any new subfolder is picked up) and every lesson program
//! that does not fetch runs under CPython 3.11 and under our CLI, and the
//! results must agree:
//!
//! - stdout byte for byte, after masking memory addresses (`0x7f...` ->
//!   `0xADDR`) and the directory CPython prints before `main.py`;
//! - the exit status;
//! - on stderr: the same warning lines (and asyncio's `Exception in
//!   callback` reports with their `handle:` lines), the same user-code traceback frames
//!   (`File "main.py", line N, in f` and the source line after it; frames in
//!   CPython's own library files are dropped, with their `^^^` marker
//!   lines, as is "[Previous line repeated N more times]", and runs of
//!   identical frames count once; a user frame's markers must agree column
//!   for column), and the same final line; for the programs in `stderr/`,
//!   all of stderr, CPython's library frames included.
//!
//! CPython's library directory is masked too: its tracebacks and reprs name
//! its own installation's, the playground names `/usr/lib/python3.11`.
//!
//! Tests are named by path without `.py` (`asyncio/gather_order`,
//! `lessons/count-sleep/a`), so one runs alone with
//! `cargo test -p playground-cli --test conformance -- asyncio/gather_order`;
//! a failure shows a diff of the part that disagrees.
//!
//! `known_failures.txt` lists programs that do not agree yet (with a reason).
//! A listed program that fails passes, saying so; a listed program that
//! agrees fails ("remove it from the list"), so the list only shrinks.
//!
//! CPython's outputs are cached in `target/cpython-cache/conformance/`, keyed
//! by the program's bytes and `python3 --version`: an unchanged program does
//! not start CPython again. Only a CPython run that agreed with ours is
//! cached, so a disagreement is judged by a fresh CPython run every time.
//! Our CLI always runs.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex, RwLock};

use libtest_mimic::{Arguments, Failed, Trial};

mod common;
use common::{diff, run, Cache, Outcome};

/// CPython programs run this many at a time (they mostly sleep).
const PARALLEL: usize = 16;

/// Bumped when what is cached or how CPython is started changes.
const CACHE_FORMAT: &[u8] =
    b"conformance cache 2: normalised output (library directory too), PYTHONHASHSEED=0";

/// Where the playground says CPython's library is (`asyncio/library.rs`).
const OUR_STDLIB: &str = "/usr/lib/python3.11";

/// The referee's library directory, which its tracebacks and reprs name.
fn cpython_stdlib() -> &'static str {
    static DIR: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DIR.get_or_init(|| {
        let o = run(Command::new("python3").args([
            "-c",
            "import sysconfig; print(sysconfig.get_paths()['stdlib'])",
        ]));
        o.stdout.trim().to_string()
    })
}

/// Mask addresses, the directory before `main.py` and where CPython's
/// library is.
fn normalise(text: &str, dir: &Path) -> String {
    let dir = format!("{}/", dir.display());
    let mut text = text.replace(&dir, "");
    let stdlib = cpython_stdlib();
    if !stdlib.is_empty() && stdlib != OUR_STDLIB {
        text = text.replace(stdlib, OUR_STDLIB);
    }
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
        if l.contains("Warning:") || l.starts_with("Exception in callback ") {
            warnings.push(l.to_string());
        }
        // asyncio's handle line; a timer's time is the machine's clock.
        if let Some(rest) = l.strip_prefix("handle: <TimerHandle when=") {
            let after = rest.split_once(' ').map_or("", |(_, a)| a);
            warnings.push(format!("handle: <TimerHandle when=T {after}"));
        } else if l.starts_with("handle: <") {
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
            // Then 3.11's markers under it, if any, column for column.
            let markers = lines
                .get(i + 1)
                .filter(|m| m.contains('^') && m.chars().all(|c| matches!(c, ' ' | '^' | '~')));
            if let Some(m) = markers {
                frame.push_str(" | ");
                frame.push_str(m);
                i += 1;
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

/// A program to check: its test name and its source.
struct Program {
    name: String,
    source: Vec<u8>,
}

/// Every `.py` file in `tests/conformance/` and its topic subfolders, and
/// the lesson programs that do not fetch, sorted by name.
fn programs(root: &Path) -> Vec<Program> {
    let mut out = Vec::new();
    let base = root.join("tests/conformance");
    let mut dirs = vec![base.clone()];
    while let Some(dir) = dirs.pop() {
        let Ok(rd) = std::fs::read_dir(&dir) else {
            continue;
        };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                dirs.push(p);
            } else if p.extension().is_some_and(|x| x == "py") {
                let rel = p.strip_prefix(&base).unwrap_or(&p).with_extension("");
                let name = rel.to_string_lossy().replace('\\', "/");
                let source = std::fs::read(&p).unwrap_or_default();
                out.push(Program { name, source });
            }
        }
    }
    let lessons = root.join("../core/lessons");
    if let Ok(rd) = std::fs::read_dir(&lessons) {
        for e in rd.flatten() {
            for which in ["a", "b"] {
                let p = e.path().join(format!("{which}.py"));
                let Ok(source) = std::fs::read(&p) else {
                    continue;
                };
                // Lessons that fetch the demo site need the real packages and
                // server: `http_conformance.rs` runs them.
                if !fetches(&source) {
                    let name = format!("lessons/{}/{which}", e.file_name().to_string_lossy());
                    out.push(Program { name, source });
                }
            }
        }
    }
    out.sort_by(|a, b| a.name.cmp(&b.name));
    out
}

/// Does the program use `aiohttp` or `requests`?
fn fetches(source: &[u8]) -> bool {
    let s = String::from_utf8_lossy(source);
    s.contains("import aiohttp") || s.contains("import requests")
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

/// Programs in this folder have their whole stderr compared: library
/// frames, warnings' extra lines, debug mode's reports.
const WHOLE_STDERR: &str = "stderr/";

/// Both sides already normalised. `whole`: all of stderr must agree (times
/// in seconds within the rounding allowance), not only its shape.
fn compare(py: &Outcome, us: &Outcome, whole: bool) -> Result<(), String> {
    if py.stdout != us.stdout && !common::same_but_rounding(&py.stdout, &us.stdout) {
        return Err(format!("stdout differs:\n{}", diff(&py.stdout, &us.stdout)));
    }
    if py.status != us.status {
        return Err(format!(
            "exit status: CPython {}, ours {}\nour stderr ends: {}",
            py.status,
            us.status,
            us.stderr.lines().last().unwrap_or("")
        ));
    }
    if whole {
        // A timer's time is the machine's clock.
        let (pe, oe) = (
            timer_times_masked(&py.stderr),
            timer_times_masked(&us.stderr),
        );
        if pe != oe && !common::same_but_rounding(&pe, &oe) {
            return Err(format!("stderr differs:\n{}", diff(&pe, &oe)));
        }
        return Ok(());
    }
    let (ps, os) = (stderr_shape(&py.stderr), stderr_shape(&us.stderr));
    if ps != os {
        let show = |s: &StderrShape| {
            let mut t = String::new();
            for w in &s.warnings {
                t.push_str(&format!("warning: {w}\n"));
            }
            for f in &s.frames {
                t.push_str(&format!("frame: {f}\n"));
            }
            t.push_str(&format!("last line: {}\n", s.last_line));
            t
        };
        return Err(format!(
            "stderr differs (warnings, user frames, last line):\n{}",
            diff(&show(&ps), &show(&os))
        ));
    }
    Ok(())
}

/// `<TimerHandle when=11803.72 ...>` as `when=T`.
fn timer_times_masked(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("TimerHandle when=") {
        let (head, tail) = rest.split_at(at + "TimerHandle when=".len());
        out.push_str(head);
        out.push('T');
        rest = tail.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.');
    }
    out.push_str(rest);
    out
}

/// Runs `main.py` in `dir` under CPython; the output comes back normalised.
/// Unbuffered, as on a terminal (the playground's console is one): a child
/// process's prints show when made, not when its buffer is flushed.
fn cpython(dir: &Path) -> Outcome {
    let o = run(Command::new("python3")
        .arg("main.py")
        .current_dir(dir)
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONUNBUFFERED", "1")
        .env("PYTHONDONTWRITEBYTECODE", "1"));
    normalised(o, dir)
}

fn ours(dir: &Path) -> Outcome {
    let o = run(Command::new(env!("CARGO_BIN_EXE_playground"))
        .args(["run", "main.py"])
        .current_dir(dir));
    normalised(o, dir)
}

fn normalised(o: Outcome, dir: &Path) -> Outcome {
    Outcome {
        stdout: normalise(&o.stdout, dir),
        stderr: normalise(&o.stderr, dir),
        status: o.status,
    }
}

/// The program's own directory, with the program in it as `main.py`.
fn prepare(scratch: &Path, p: &Program) -> PathBuf {
    let dir = scratch.join(p.name.replace(['/', ':'], "_"));
    let _ = std::fs::create_dir_all(&dir);
    let _ = std::fs::write(dir.join("main.py"), &p.source);
    dir
}

/// Trials take this shared; a CPython run checking a disagreement again
/// takes it alone, so that it runs with nothing of ours beside it.
static QUIET: RwLock<()> = RwLock::new(());

/// `py` is CPython's output and whether it came from the cache.
fn check(
    dir: &Path,
    py: Option<(Outcome, bool)>,
    cache: &Cache,
    key: &str,
    whole: bool,
) -> Result<(), String> {
    let shared = QUIET.read().unwrap_or_else(|e| e.into_inner());
    let us = ours(dir);
    let Some((mut py, mut cached)) = py else {
        return Err("CPython did not run".into());
    };
    let mut verdict = compare(&py, &us, whole);
    drop(shared);
    // CPython's timings suffer when the machine is busy (its programs print
    // rounded elapsed times): a disagreement is checked again with CPython
    // running alone, twice at most, before it counts.
    for _ in 0..2 {
        if verdict.is_ok() {
            break;
        }
        let _alone = QUIET.write().unwrap_or_else(|e| e.into_inner());
        py = cpython(dir);
        cached = false;
        verdict = compare(&py, &us, whole);
    }
    // Only a run that agrees is cached: a disagreement is judged again by a
    // fresh CPython run next time, as if there were no cache.
    if verdict.is_ok() && !cached {
        cache.put(key, &py);
    }
    verdict
}

fn main() {
    let args = Arguments::from_args();
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let version = run(Command::new("python3").arg("--version"));
    assert!(
        version.stdout.starts_with("Python 3.11"),
        "the referee must be CPython 3.11 on PATH as python3 (found: {:?} {:?})",
        version.stdout,
        version.stderr
    );
    let list = programs(&root);
    assert!(!list.is_empty(), "no conformance programs found");
    let known = known_failures(&root);
    let cache = Arc::new(Cache::new("conformance"));
    let scratch = std::env::temp_dir().join(format!("conformance-{}", std::process::id()));
    let key_of =
        |p: &Program| Cache::key(&[CACHE_FORMAT, version.stdout.trim().as_bytes(), &p.source]);

    // CPython first, for the selected programs it has not run before, many at
    // once (they mostly sleep, and their printed timings must not suffer from
    // our CPU-heavy runs); then the trials, which run ours.
    let mut reference: BTreeMap<String, (Outcome, bool)> = BTreeMap::new();
    let mut missing = Vec::new();
    for p in list.iter().filter(|p| common::selected(&args, &p.name)) {
        match cache.get(&key_of(p)) {
            Some(o) => {
                reference.insert(p.name.clone(), (o, true));
            }
            None => missing.push(p),
        }
    }
    // A pool of PARALLEL workers taking the next program as each finishes
    // (no batch waits for its slowest program).
    let ran = Mutex::new(Vec::new());
    let queue = Mutex::new(missing.iter());
    std::thread::scope(|s| {
        for _ in 0..PARALLEL.min(missing.len()) {
            s.spawn(|| loop {
                let Some(p) = queue.lock().unwrap_or_else(|e| e.into_inner()).next() else {
                    break;
                };
                let py = cpython(&prepare(&scratch, p));
                ran.lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .push((p.name.clone(), (py, false)));
            });
        }
    });
    reference.extend(ran.into_inner().unwrap_or_else(|e| e.into_inner()));
    eprintln!(
        "conformance: CPython ran {} program(s), {} came from {}",
        missing.len(),
        reference.len() - missing.len(),
        common::target_dir().join("cpython-cache").display()
    );
    if common::whole_suite(&args) {
        let keys: Vec<String> = list.iter().map(key_of).collect();
        cache.prune(&keys);
    }

    let mut trials = vec![
        Trial::test("self-check/stderr_shape", || {
            stderr_shape_check().map_err(Failed::from)
        }),
        Trial::test("self-check/diff", || {
            common::diff_check().map_err(Failed::from)
        }),
        Trial::test("self-check/rounding", || {
            common::rounding_allowance().map_err(Failed::from)
        }),
    ];
    let stale: Vec<&String> = known
        .keys()
        .filter(|k| !list.iter().any(|p| &p.name == *k))
        .collect();
    if !stale.is_empty() {
        let msg = format!("listed in known_failures.txt but no such program exists: {stale:?}");
        trials.push(Trial::test("self-check/known_failures", move || {
            Err(msg.into())
        }));
    }
    for p in list {
        let py = reference.remove(&p.name);
        let reason = known.get(&p.name).cloned();
        let (cache, scratch) = (Arc::clone(&cache), scratch.clone());
        let key = key_of(&p);
        trials.push(Trial::test(p.name.clone(), move || {
            let dir = prepare(&scratch, &p);
            let whole = p.name.starts_with(WHOLE_STDERR);
            let verdict = check(&dir, py, &cache, &key, whole);
            let _ = std::fs::remove_dir_all(&dir);
            match (verdict, reason) {
                (Ok(()), None) => Ok(()),
                (Ok(()), Some(_)) => Err(format!(
                    "{} now agrees with CPython: remove it from known_failures.txt",
                    p.name
                )
                .into()),
                (Err(e), Some(reason)) => {
                    eprintln!(
                        "{}: known failure ({reason}): {}",
                        p.name,
                        e.lines().next().unwrap_or("")
                    );
                    Ok(())
                }
                (Err(e), None) => Err(format!("{} disagrees with CPython: {e}", p.name).into()),
            }
        }));
    }
    let conclusion = libtest_mimic::run(&args, trials);
    let _ = std::fs::remove_dir_all(&scratch);
    conclusion.exit();
}

fn stderr_shape_check() -> Result<(), String> {
    let cpython = "Traceback (most recent call last):\n  File \"main.py\", line 9, in <module>\n    asyncio.run(main())\n  File \"/usr/lib/python3.11/asyncio/runners.py\", line 190, in run\n    return runner.run(main)\n           ^^^^^^^^^^^^^^^^\n  File \"main.py\", line 4, in main\n    return 1 / 0\n           ~~^~~\nZeroDivisionError: division by zero\n";
    let shape = stderr_shape(cpython);
    let frames = vec![
        "File \"main.py\", line 9, in <module> | asyncio.run(main())".to_string(),
        "File \"main.py\", line 4, in main | return 1 / 0 |            ~~^~~".to_string(),
    ];
    if shape.frames != frames {
        return Err(format!("frames: {:?}", shape.frames));
    }
    if shape.last_line != "ZeroDivisionError: division by zero" {
        return Err(format!("last line: {:?}", shape.last_line));
    }
    let masked = normalise("at 0x7f3a2b1c and /tmp/x/main.py", Path::new("/tmp/x"));
    if masked != "at 0xADDR and main.py" {
        return Err(format!("normalise: {masked:?}"));
    }
    Ok(())
}
