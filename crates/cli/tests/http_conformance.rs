//! HTTP conformance: the programs in `tests/conformance_http/` and the
//! lesson programs that fetch (`crates/core/lessons/*/[ab].py`) run under
//! CPython 3.11 with the real `aiohttp` and `requests` (installed from PyPI
//! into `target/tmp/http-venv` on first use) against the real slow server
//! (`playground serve`, real delays), and under our CLI, whose demo site
//! answers in virtual time. Stdout, the exit status and the last stderr line
//! must agree. The programs name the site `http://127.0.0.1:8090`; both runs
//! get the server's actual address instead.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

/// Versions the programs were checked with.
const PACKAGES: &[&str] = &["aiohttp==3.14.5", "requests==2.34.2"];

/// A Python with the packages, made on first use.
fn python_with_packages() -> PathBuf {
    let venv = Path::new(env!("CARGO_TARGET_TMPDIR")).join("http-venv");
    let python = venv.join("bin/python");
    let ready = |python: &Path| {
        Command::new(python)
            .args(["-c", "import aiohttp, requests"])
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

struct Run {
    stdout: String,
    status: i32,
    last_stderr: String,
}

fn run(cmd: &mut Command) -> Run {
    let o = cmd.output().expect("run");
    let stderr = String::from_utf8_lossy(&o.stderr);
    Run {
        stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
        status: o.status.code().unwrap_or(-1),
        last_stderr: stderr.lines().last().unwrap_or("").to_string(),
    }
}

fn differs(py: &Run, us: &Run) -> Option<String> {
    if py.stdout != us.stdout {
        return Some(format!(
            "stdout differs\n--- CPython\n{}--- ours\n{}",
            py.stdout, us.stdout
        ));
    }
    if (py.status, &py.last_stderr) != (us.status, &us.last_stderr) {
        return Some(format!(
            "exit {} / {:?} vs ours {} / {:?}",
            py.status, py.last_stderr, us.status, us.last_stderr
        ));
    }
    None
}

#[test]
fn http_programs_agree_with_cpython_and_the_real_packages() {
    let python = python_with_packages();
    let server = Server::start();
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/conformance_http");
    let scratch = Path::new(env!("CARGO_TARGET_TMPDIR")).join("http-conformance");
    std::fs::create_dir_all(&scratch).expect("scratch dir");
    let mut names: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/conformance_http")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    let lessons = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../core/lessons");
    for lesson in std::fs::read_dir(&lessons).expect("lessons").flatten() {
        for which in ["a.py", "b.py"] {
            let p = lesson.path().join(which);
            let source = std::fs::read_to_string(&p).unwrap_or_default();
            if source.contains("import aiohttp") || source.contains("import requests") {
                names.push(p);
            }
        }
    }
    names.sort();
    assert!(
        names.len() >= 9,
        "expected the HTTP programs in {}",
        dir.display()
    );
    let mut failures = Vec::new();
    for path in &names {
        let parent = path
            .parent()
            .and_then(|p| p.file_name())
            .unwrap_or_default();
        let name = format!(
            "{}_{}",
            parent.to_string_lossy(),
            path.file_name().unwrap_or_default().to_string_lossy()
        );
        let source = std::fs::read_to_string(path).expect("program");
        let program = scratch.join(&name);
        std::fs::write(
            &program,
            source.replace("http://127.0.0.1:8090", &server.base),
        )
        .expect("write program");
        let ours = run(Command::new(env!("CARGO_BIN_EXE_playground"))
            .arg("run")
            .arg(&program));
        // One at a time: CPython's printed timings are real. A disagreement
        // is run once more before it counts (a busy machine can be late).
        let mut verdict = None;
        for _ in 0..2 {
            let cpython = run(Command::new(&python).arg(&program));
            verdict = differs(&cpython, &ours);
            if verdict.is_none() {
                break;
            }
        }
        match verdict {
            None => eprintln!("agrees: {name}"),
            Some(why) => failures.push(format!("{name}: {why}")),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
