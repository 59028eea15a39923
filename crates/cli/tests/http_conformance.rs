//! HTTP conformance, one test per program: the programs in
//! `tests/conformance_http/` and the lesson programs that fetch
//! (`crates/core/lessons/*/[ab].py`) run under CPython 3.11 with the real
//! `aiohttp`, `requests`, `bs4`, `lxml`, `cssselect` and `aiofiles` (installed from PyPI into `target/tmp/http-venv`
//! on first use) against the real slow server (`playground serve`, real
//! delays), and under our CLI, whose demo site answers in virtual time.
//! Stdout, the exit status and the last stderr line must agree.
//!
//! Tests are named `conformance_http/<name>` and `lessons/<id>/<a|b>`; one
//! runs alone with `cargo test -p playground-cli --test http_conformance --
//! conformance_http/crawler_race`. A failure shows a diff.
//!
//! The programs name the site `http://127.0.0.1:8090`. CPython gets the real
//! server's address instead, and its output is read back with `8090`, so it
//! can be cached: in `target/cpython-cache/http/`, keyed by the program's
//! bytes, the Python version, the packages, and the sources of the site and
//! the server (`crates/core/src/site.rs`, `crates/cli/src/serve.rs`); only
//! a run that agreed with ours is cached. When
//! every selected program is cached, neither the packages nor the server are
//! needed. Our CLI always runs; its site is port 8090 (other ports of
//! 127.0.0.1 are closed, as under CPython).

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};

use libtest_mimic::{Arguments, Trial};

mod common;
use common::{diff, run, Cache, Outcome};

/// Versions the programs were checked with.
const PACKAGES: &[&str] = &[
    "aiohttp==3.14.5",
    "requests==2.34.2",
    "beautifulsoup4==4.15.0",
    "soupsieve==4.1.4",
    "lxml==6.2.0",
    "cssselect==1.6.0",
    "aiofiles==25.1.0",
];

/// The address the programs are written with.
const WRITTEN_BASE: &str = "http://127.0.0.1:8090";

/// Bumped when what is cached or how CPython is started changes.
const CACHE_FORMAT: &[u8] = b"http cache 1: outputs with the server's address as 8090";

/// A Python with the packages, made on first use.
fn python_with_packages() -> PathBuf {
    let venv = Path::new(env!("CARGO_TARGET_TMPDIR")).join("http-venv");
    let python = venv.join("bin/python");
    let ready = |python: &Path| {
        Command::new(python)
            .args([
                "-c",
                "import aiohttp, requests, bs4, lxml.etree, cssselect, aiofiles",
            ])
            .status()
            .is_ok_and(|s| s.success())
    };
    if !ready(&python) {
        eprintln!(
            "installing {} into {} (first run only)",
            PACKAGES.join(" "),
            venv.display()
        );
        let made = Command::new("python3")
            .args(["-m", "venv"])
            .arg(&venv)
            .status()
            .expect("python3 -m venv");
        assert!(made.success(), "could not make a virtual environment");
        let pip = Command::new(venv.join("bin/pip"))
            .args(["install", "--quiet", "--disable-pip-version-check"])
            .args(PACKAGES)
            .status()
            .expect("pip");
        assert!(
            pip.success(),
            "pip could not install {PACKAGES:?} from PyPI"
        );
    }
    python
}

/// The real slow server on a free port; stopped when dropped.
struct Server {
    child: Child,
    base: String,
}

impl Server {
    fn start() -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_playground"))
            .args(["serve", "--port", "0"])
            .stdout(Stdio::piped())
            .spawn()
            .expect("playground serve");
        let mut line = String::new();
        let stdout = child.stdout.take().expect("server stdout");
        BufReader::new(stdout)
            .read_line(&mut line)
            .expect("server banner");
        // "serving the demo site at http://127.0.0.1:PORT/ (latency 0 ms)"
        let base = line
            .split_whitespace()
            .find(|w| w.starts_with("http://"))
            .map(|w| w.trim_end_matches('/').to_string())
            .unwrap_or_else(|| panic!("unexpected server banner: {line:?}"));
        Server { child, base }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// CPython with the packages and the server, both made when first needed.
struct Referee {
    python: PathBuf,
    server: Server,
}

type LazyReferee = Arc<Mutex<Option<Referee>>>;

/// Runs the program under CPython against the real server, one at a time
/// (the lock is held throughout: CPython's printed timings are real).
fn cpython(referee: &LazyReferee, program: &Path, source: &str) -> Outcome {
    let mut guard = referee.lock().unwrap_or_else(|e| e.into_inner());
    let r = guard.get_or_insert_with(|| Referee {
        python: python_with_packages(),
        server: Server::start(),
    });
    let _ = std::fs::write(program, source.replace(WRITTEN_BASE, &r.server.base));
    // In the program's own folder: the files a program writes stay there.
    let o = run(Command::new(&r.python)
        .arg(program)
        .current_dir(program.parent().unwrap_or(Path::new("."))));
    Outcome {
        stdout: o.stdout.replace(&r.server.base, WRITTEN_BASE),
        stderr: o.stderr.replace(&r.server.base, WRITTEN_BASE),
        status: o.status,
    }
}

fn ours(program: &Path, source: &str) -> Outcome {
    let _ = std::fs::write(program, source);
    run(Command::new(env!("CARGO_BIN_EXE_playground"))
        .arg("run")
        .arg(program))
}

fn last_line(stderr: &str) -> &str {
    stderr.lines().last().unwrap_or("")
}

fn differs(py: &Outcome, us: &Outcome) -> Option<String> {
    if py.stdout != us.stdout && !common::same_but_rounding(&py.stdout, &us.stdout) {
        return Some(format!("stdout differs:\n{}", diff(&py.stdout, &us.stdout)));
    }
    if (py.status, last_line(&py.stderr)) != (us.status, last_line(&us.stderr)) {
        return Some(format!(
            "exit {} / {:?} vs ours {} / {:?}",
            py.status,
            last_line(&py.stderr),
            us.status,
            last_line(&us.stderr)
        ));
    }
    None
}

/// (test name, source) of every HTTP program, sorted by name.
fn programs() -> Vec<(String, String)> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    let dir = root.join("tests/conformance_http");
    for e in std::fs::read_dir(&dir)
        .expect("tests/conformance_http")
        .flatten()
    {
        let p = e.path();
        if p.extension().is_some_and(|x| x == "py") {
            let stem = p.file_stem().unwrap_or_default().to_string_lossy();
            let source = std::fs::read_to_string(&p).expect("program");
            out.push((format!("conformance_http/{stem}"), source));
        }
    }
    for lesson in std::fs::read_dir(root.join("../core/lessons"))
        .expect("lessons")
        .flatten()
    {
        for which in ["a", "b"] {
            let source = std::fs::read_to_string(lesson.path().join(format!("{which}.py")))
                .unwrap_or_default();
            if source.contains("import aiohttp") || source.contains("import requests") {
                let id = lesson.file_name().to_string_lossy().into_owned();
                out.push((format!("lessons/{id}/{which}"), source));
            }
        }
    }
    out.sort();
    out
}

fn main() {
    let mut args = Arguments::from_args();
    // One trial at a time: a CPython run checking a disagreement again then
    // has nothing of ours beside it (our runs take seconds in all).
    args.test_threads.get_or_insert(1);
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let list = programs();
    assert!(
        list.len() >= 9,
        "expected the HTTP programs in tests/conformance_http"
    );
    let cache = Arc::new(Cache::new("http"));
    let scratch = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("http-conformance-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).expect("scratch dir");
    // The venv's Python where it exists already, else the one it is made from.
    let venv_python = Path::new(env!("CARGO_TARGET_TMPDIR")).join("http-venv/bin/python");
    let version = run(Command::new(if venv_python.exists() {
        venv_python.as_os_str()
    } else {
        "python3".as_ref()
    })
    .arg("--version"));
    let site = std::fs::read(root.join("../core/src/site.rs")).unwrap_or_default();
    let serve = std::fs::read(root.join("src/serve.rs")).unwrap_or_default();
    let packages = PACKAGES.join(" ");
    let key_of = |source: &str| {
        Cache::key(&[
            CACHE_FORMAT,
            version.stdout.trim().as_bytes(),
            packages.as_bytes(),
            &site,
            &serve,
            source.as_bytes(),
        ])
    };
    let referee: LazyReferee = Arc::new(Mutex::new(None));

    // CPython first, for the selected programs not cached, one at a time.
    let mut trials = vec![
        Trial::test("self-check/diff", || {
            common::diff_check().map_err(Into::into)
        }),
        Trial::test("self-check/rounding", || {
            common::rounding_allowance().map_err(Into::into)
        }),
    ];
    for (name, source) in &list {
        let key = key_of(source);
        let program = scratch.join(name.replace('/', "_") + ".py");
        let cached = cache.get(&key);
        let reference = match cached {
            Some(py) => Some((py, true)),
            None if common::selected(&args, name) => {
                Some((cpython(&referee, &program, source), false))
            }
            None => None,
        };
        let (cache, referee, source) = (Arc::clone(&cache), Arc::clone(&referee), source.clone());
        trials.push(Trial::test(name.clone(), move || {
            let us = ours(&program, &source);
            let Some((mut py, mut cached)) = reference else {
                return Err("CPython did not run".into());
            };
            // A disagreement is run again, up to four times, before it counts:
            // a busy machine makes CPython late (five 0.2 s pages one by one
            // print 1.1 s instead of 1.0 s).
            let mut verdict = differs(&py, &us);
            for _ in 0..4 {
                if verdict.is_none() {
                    break;
                }
                py = cpython(&referee, &program, &source);
                cached = false;
                verdict = differs(&py, &us);
            }
            // Only a run that agrees is cached: a disagreement is judged
            // again by a fresh CPython run next time.
            if verdict.is_none() && !cached {
                cache.put(&key, &py);
            }
            match verdict {
                None => Ok(()),
                Some(why) => Err(why.into()),
            }
        }));
    }
    if common::whole_suite(&args) {
        let keys: Vec<String> = list.iter().map(|(_, s)| key_of(s)).collect();
        cache.prune(&keys);
    }
    let conclusion = libtest_mimic::run(&args, trials);
    drop(referee.lock().unwrap_or_else(|e| e.into_inner()).take());
    let _ = std::fs::remove_dir_all(&scratch);
    conclusion.exit();
}
