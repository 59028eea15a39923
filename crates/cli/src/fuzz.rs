//! `playground fuzz`: runs N seeded mutations of the public suite's
//! programs (`playground_core::fuzz`) and fails on any abort, panic, hang
//! past its time or memory past its limit, each written out as a program
//! that reproduces it.
//!
//! The cases run in worker processes (this binary, `fuzz --worker`), each
//! under an address-space limit (`ulimit -v`), announcing every case before
//! and after it runs: a worker that dies names its case by the last one it
//! started, and a case that never ends is cut off by the parent's clock.
//! Then a new worker goes on from the next case.

use playground_core::fuzz::{case, run_case};
use std::io::{BufRead, BufReader, Read};
use std::path::PathBuf;
use std::process::{Child, Command, ExitCode, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

pub const USAGE: &str =
    "fuzz: runs seeded mutations of the conformance and lesson programs, failing on any
      abort, panic, hang or runaway memory; each failure is written to --out as a program.
  --count N          programs to run (default 10000)
  --seed N           the run's seed: the same seed gives the same programs (default 1)
  --jobs N           worker processes (default: the machine's cores)
  --corpus DIR       a folder of .py programs to mutate, searched recursively; repeatable
                     (default: crates/cli/tests/conformance and crates/core/lessons)
  --out DIR          where failing programs are written (default target/fuzz)
  --case-seconds N   a case running longer is a hang (default 30)
  --memory-mb N      each worker's address-space limit (default 4096)";

struct Config {
    count: u64,
    seed: u64,
    jobs: u64,
    corpus: Vec<PathBuf>,
    out: PathBuf,
    case_seconds: u64,
    memory_mb: u64,
}

/// A case that failed: how, and what the worker said.
struct Failure {
    index: u64,
    kind: &'static str,
    detail: String,
}

pub fn command(args: Vec<String>) -> ExitCode {
    if args.first().map(String::as_str) == Some("--worker") {
        return worker(&args[1..]);
    }
    let config = match parse(&args) {
        Ok(c) => c,
        Err(msg) => {
            eprintln!("{msg}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let corpus = match read_corpus(&config.corpus) {
        Ok(c) if !c.is_empty() => c,
        Ok(_) => {
            eprintln!("playground fuzz: no .py programs in {:?}", config.corpus);
            return ExitCode::from(2);
        }
        Err(e) => {
            eprintln!("playground fuzz: {e}");
            return ExitCode::from(2);
        }
    };
    let started = Instant::now();
    // Each job takes a contiguous share of the cases.
    let share = config.count.div_ceil(config.jobs.max(1));
    let config = &config;
    let failures: Vec<Failure> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..config.jobs)
            .map(|j| (j * share, ((j + 1) * share).min(config.count)))
            .filter(|(from, to)| from < to)
            .map(|(from, to)| scope.spawn(move || run_share(config, from, to)))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    });
    for f in &failures {
        let src = case(config.seed, f.index, &corpus);
        let file = config
            .out
            .join(format!("case-{}-{}.py", config.seed, f.index));
        let header: String = std::iter::once(format!(
            "# playground fuzz --seed {} : case {}: {}",
            config.seed, f.index, f.kind
        ))
        .chain(f.detail.lines().take(12).map(|l| format!("# {l}")))
        .map(|l| l + "\n")
        .collect();
        let written =
            std::fs::create_dir_all(&config.out).and_then(|_| std::fs::write(&file, header + &src));
        let place = match written {
            Ok(()) => file.display().to_string(),
            Err(e) => format!("(not written: {e})"),
        };
        eprintln!("fuzz: case {}: {} -> {place}", f.index, f.kind);
    }
    let secs = started.elapsed().as_secs_f64();
    println!(
        "fuzz: {} programs (seed {}, {} corpus programs, {} worker{}) in {:.1} s, {:.0} a second: {} failure{}",
        config.count,
        config.seed,
        corpus.len(),
        config.jobs,
        if config.jobs == 1 { "" } else { "s" },
        secs,
        config.count as f64 / secs.max(1e-9),
        failures.len(),
        if failures.len() == 1 { "" } else { "s" }
    );
    if failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

fn parse(args: &[String]) -> Result<Config, String> {
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get() as u64);
    let mut config = Config {
        count: 10_000,
        seed: 1,
        jobs: cores,
        corpus: Vec::new(),
        out: PathBuf::from("target/fuzz"),
        case_seconds: 30,
        memory_mb: 4096,
    };
    let mut it = args.iter();
    while let Some(flag) = it.next() {
        let value = it.next().ok_or(format!("{flag} needs a value"))?;
        let number = || {
            value
                .parse::<u64>()
                .map_err(|_| format!("{flag}: '{value}' is not a whole number"))
        };
        match flag.as_str() {
            "--count" => config.count = number()?,
            "--seed" => config.seed = number()?,
            "--jobs" => config.jobs = number()?.max(1),
            "--case-seconds" => config.case_seconds = number()?.max(1),
            "--memory-mb" => config.memory_mb = number()?.max(64),
            "--corpus" => config.corpus.push(PathBuf::from(value)),
            "--out" => config.out = PathBuf::from(value),
            _ => return Err(format!("unexpected argument '{flag}'")),
        }
    }
    if config.corpus.is_empty() {
        config.corpus = vec![
            PathBuf::from("crates/cli/tests/conformance"),
            PathBuf::from("crates/core/lessons"),
        ];
    }
    Ok(config)
}

/// The programs under the folders, in the order of their paths (so that a
/// seed names the same programs on every machine).
fn read_corpus(dirs: &[PathBuf]) -> Result<Vec<String>, String> {
    let mut files = Vec::new();
    for dir in dirs {
        if !dir.is_dir() {
            return Err(format!(
                "no folder {} (run from the repository, or give --corpus)",
                dir.display()
            ));
        }
        let mut stack = vec![dir.clone()];
        while let Some(d) = stack.pop() {
            for entry in std::fs::read_dir(&d).map_err(|e| e.to_string())?.flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|x| x == "py") {
                    files.push(path);
                }
            }
        }
    }
    files.sort();
    Ok(files
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect())
}

/// Runs cases `from..to` through workers, a new one after each that dies
/// or hangs, and gives back the failures.
fn run_share(config: &Config, from: u64, to: u64) -> Vec<Failure> {
    let mut failures = Vec::new();
    let mut next = from;
    while next < to {
        let mut child = match spawn_worker(config, next, to) {
            Ok(c) => c,
            Err(e) => {
                failures.push(Failure {
                    index: next,
                    kind: "no worker",
                    detail: e,
                });
                return failures;
            }
        };
        let stderr = collect(child.stderr.take());
        let (lines, rx) = mpsc::channel();
        if let Some(out) = child.stdout.take() {
            std::thread::spawn(move || {
                for line in BufReader::new(out).lines().map_while(Result::ok) {
                    if lines.send(line).is_err() {
                        break;
                    }
                }
            });
        }
        let limit = Duration::from_secs(config.case_seconds);
        let mut running: Option<u64> = None;
        let failure = loop {
            match rx.recv_timeout(limit) {
                Ok(line) => {
                    let (word, rest) = line.split_once(' ').unwrap_or((&line, ""));
                    let (index, message) = rest.split_once(' ').unwrap_or((rest, ""));
                    let Ok(index) = index.parse::<u64>() else {
                        continue;
                    };
                    match word {
                        "start" => running = Some(index),
                        "done" => {
                            running = None;
                            next = index + 1;
                        }
                        "panic" => failures.push(Failure {
                            index,
                            kind: "panic",
                            detail: message.replace("\\n", "\n"),
                        }),
                        _ => {}
                    }
                }
                Err(mpsc::RecvTimeoutError::Timeout) => {
                    let _ = child.kill();
                    let _ = child.wait();
                    break running.map(|index| Failure {
                        index,
                        kind: "hang",
                        detail: format!("still running after {} s", config.case_seconds),
                    });
                }
                Err(mpsc::RecvTimeoutError::Disconnected) => {
                    let status = child.wait().map(|s| s.to_string()).unwrap_or_default();
                    let said = stderr.join().unwrap_or_default();
                    break running.map(|index| {
                        let memory = said.contains("memory allocation of");
                        Failure {
                            index,
                            kind: if memory {
                                "memory past its limit"
                            } else {
                                "abort"
                            },
                            detail: format!("{status}\n{}", head(&said, 1500)),
                        }
                    });
                }
            }
        };
        match failure {
            Some(f) => {
                next = f.index + 1;
                failures.push(f);
            }
            // The worker ended between cases: it finished its share, or it
            // failed outside any case (then it is started again from there).
            None if next < to => {
                failures.push(Failure {
                    index: next,
                    kind: "worker failed between cases",
                    detail: String::new(),
                });
                next += 1;
            }
            None => {}
        }
    }
    failures
}

fn spawn_worker(config: &Config, from: u64, to: u64) -> Result<Child, String> {
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let mut args = vec![
        exe.display().to_string(),
        "fuzz".into(),
        "--worker".into(),
        config.seed.to_string(),
        from.to_string(),
        to.to_string(),
    ];
    args.extend(config.corpus.iter().map(|d| d.display().to_string()));
    // `ulimit -v` in a shell that then becomes the worker: std has no setrlimit.
    Command::new("sh")
        .arg("-c")
        .arg(format!(
            "ulimit -v {} && exec \"$0\" \"$@\"",
            config.memory_mb * 1024
        ))
        .args(&args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("starting a worker: {e}"))
}

/// Reads a pipe to its end on a thread of its own.
fn collect(pipe: Option<impl Read + Send + 'static>) -> std::thread::JoinHandle<String> {
    std::thread::spawn(move || {
        let mut text = String::new();
        if let Some(mut p) = pipe {
            let _ = p.read_to_string(&mut text);
        }
        text
    })
}

fn head(text: &str, bytes: usize) -> &str {
    let mut at = bytes.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    &text[..at]
}

/// `fuzz --worker SEED FROM TO DIR...`: runs the cases, saying `start N`
/// before each and `done N` after it (`panic N message` for a panic).
fn worker(args: &[String]) -> ExitCode {
    let number = |i: usize| args.get(i).and_then(|v| v.parse::<u64>().ok());
    let (Some(seed), Some(from), Some(to)) = (number(0), number(1), number(2)) else {
        eprintln!("fuzz --worker SEED FROM TO DIR...");
        return ExitCode::from(2);
    };
    let dirs: Vec<PathBuf> = args[3..].iter().map(PathBuf::from).collect();
    let corpus = match read_corpus(&dirs) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    // A panic is reported by its case, not printed by the default hook.
    std::panic::set_hook(Box::new(|_| {}));
    // `PLAYGROUND_FUZZ_FAULT=abort:N` (or panic, hang, alloc) makes case N
    // fail so, for the tests of this command.
    let fault = std::env::var("PLAYGROUND_FUZZ_FAULT").unwrap_or_default();
    let fault = fault
        .split_once(':')
        .and_then(|(kind, at)| Some((kind.to_string(), at.parse::<u64>().ok()?)));
    for index in from..to {
        println!("start {index}");
        let src = case(seed, index, &corpus);
        let result = match &fault {
            Some((kind, at)) if *at == index && kind == "panic" => Err("an injected panic".into()),
            Some((kind, at)) if *at == index => injected(kind),
            _ => run_case(&src),
        };
        if let Err(message) = result {
            println!("panic {index} {}", message.replace('\n', "\\n"));
        }
        println!("done {index}");
    }
    ExitCode::SUCCESS
}

/// A fault the tests ask for instead of a case.
fn injected(kind: &str) -> Result<(), String> {
    match kind {
        "abort" => std::process::abort(),
        "hang" => loop {
            std::thread::sleep(Duration::from_secs(1));
        },
        "alloc" => {
            let mut held = Vec::new();
            loop {
                // Zeroed: taken from the system untouched, so the limit is
                // met at once rather than after writing a gigabyte.
                held.push(vec![0u8; 64 << 20]);
                std::hint::black_box(&held);
            }
        }
        _ => Err(format!("no such fault: {kind}")),
    }
}
