//! `playground run --max-seconds N`: endless programs stop after N seconds
//! of real time with a message and status 124, even inside a native call
//! that consumes an endless generator.

use std::process::Command;
use std::time::Instant;

fn run(source: &str, extra: &[&str]) -> (String, i32, f64) {
    let dir = std::env::temp_dir().join(format!("playground-time-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(format!("p{}.py", source.len()));
    std::fs::write(&file, source).unwrap();
    let start = Instant::now();
    let out = Command::new(env!("CARGO_BIN_EXE_playground"))
        .arg("run")
        .arg(&file)
        .args(extra)
        .output()
        .unwrap();
    let _ = std::fs::remove_file(&file);
    (
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status.code().unwrap_or(-1),
        start.elapsed().as_secs_f64(),
    )
}

#[test]
fn endless_programs_stop_after_max_seconds() {
    let cases = [
        "x = 0\nwhile True:\n    x += 1\n",
        "def gen():\n    while True:\n        yield 1\nprint(len(list(gen())))\n",
        "d = {i: i for i in range(10**8)}\n",
    ];
    for src in cases {
        let (stderr, code, secs) = run(src, &["--max-seconds", "1"]);
        assert_eq!(code, 124, "{src}: {stderr}");
        let expected = "Stopped by the playground: the program ran for more than 1 second (line ";
        assert!(stderr.starts_with(expected), "{src}: {stderr}");
        assert!(
            stderr.ends_with(" was running): is there an endless loop?\n"),
            "{stderr}"
        );
        assert!(secs < 30.0, "{src}: took {secs} s");
    }
}

#[test]
fn max_seconds_is_checked_and_listed_in_the_usage() {
    let (stderr, code, _) = run("print(1)\n", &["--max-seconds", "soon"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("--max-seconds: 'soon' is not a number of seconds"),
        "{stderr}"
    );
    let help = Command::new(env!("CARGO_BIN_EXE_playground"))
        .arg("--help")
        .output()
        .unwrap();
    let usage = String::from_utf8_lossy(&help.stderr);
    assert!(usage.contains("--max-seconds N"), "{usage}");
    let (stderr, code, _) = run("print(1)\n", &["--max-seconds", "0"]);
    assert_eq!((stderr.as_str(), code), ("", 0));
}
