//! `playground run --cpus N`: the cores `os.cpu_count()` reports, which
//! `Pool()` and `ProcessPoolExecutor()` size themselves by.

mod common;

use std::process::Command;

/// Run `source` with `extra` arguments: (stdout, stderr, status).
fn run(source: &str, extra: &[&str]) -> (String, String, i32) {
    let dir = std::env::temp_dir().join(format!("playground-cpus-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(format!("p{}.py", source.len()));
    std::fs::write(&file, source).unwrap();
    let out = common::run(
        Command::new(env!("CARGO_BIN_EXE_playground"))
            .arg("run")
            .arg(&file)
            .args(extra),
    );
    let _ = std::fs::remove_file(&file);
    (out.stdout, out.stderr, out.status)
}

const POOL: &str = r#"
import os
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import Pool, current_process

def name(_):
    return current_process().name

if __name__ == "__main__":
    with Pool() as pool:
        names = set(pool.map(name, range(32), chunksize=1))
    with ProcessPoolExecutor() as executor:
        workers = executor._max_workers
    print(os.cpu_count(), len(names), workers)
"#;

#[test]
fn pools_take_a_worker_a_core() {
    assert_eq!(run(POOL, &[]).0, "4 4 4\n", "four cores by default");
    assert_eq!(run(POOL, &["--cpus", "2"]).0, "2 2 2\n");
    assert_eq!(run(POOL, &["--cpus", "8"]).0, "8 8 8\n");
}

#[test]
fn a_bad_number_of_cores_is_refused() {
    let (_, stderr, code) = run("print(1)\n", &["--cpus", "0"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("--cpus: '0' is not a number of cores from 1 to 1024"),
        "{stderr}"
    );
}
