//! `playground serve`: the demo site over real HTTP with real delays, many
//! requests at once.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

struct Server {
    child: Child,
    addr: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn start(latency_ms: u64) -> Server {
    let mut child = Command::new(env!("CARGO_BIN_EXE_playground"))
        .args(["serve", "--port", "0", "--latency", &latency_ms.to_string()])
        .stdout(Stdio::piped())
        .spawn()
        .expect("start the server");
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("stdout"))
        .read_line(&mut line)
        .expect("the server says where it listens");
    let addr = line
        .split("http://")
        .nth(1)
        .and_then(|s| s.split('/').next())
        .expect("an address")
        .to_string();
    Server { child, addr }
}

fn get(addr: &str, path: &str) -> (u16, String) {
    let mut s = TcpStream::connect(addr).expect("connect");
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .expect("send");
    let mut text = String::new();
    s.read_to_string(&mut text).expect("read");
    let status = text
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let body = text.split("\r\n\r\n").nth(1).unwrap_or("").to_string();
    (status, body)
}

#[test]
fn serves_the_site_routes() {
    let server = start(0);
    let (status, body) = get(&server.addr, "/list");
    assert_eq!(status, 200);
    assert!(
        body.contains("href=\"detail/1\"") && body.contains("class=\"next\""),
        "{body}"
    );
    assert_eq!(get(&server.addr, "/status/404").0, 404);
    assert_eq!(get(&server.addr, "/bytes/10").1.len(), 10);
}

#[test]
fn delayed_requests_overlap_instead_of_queueing() {
    let server = start(0);
    let started = Instant::now();
    let handles: Vec<_> = (0..12)
        .map(|_| {
            let addr = server.addr.clone();
            std::thread::spawn(move || {
                let t = Instant::now();
                let (status, body) = get(&addr, "/delay/400");
                (status, body, t.elapsed())
            })
        })
        .collect();
    for h in handles {
        let (status, body, took) = h.join().expect("request thread");
        assert_eq!((status, body.as_str()), (200, "waited 400 ms\n"));
        assert!(
            took >= Duration::from_millis(400),
            "answered too early: {took:?}"
        );
    }
    let total = started.elapsed();
    assert!(
        total < Duration::from_millis(1500),
        "12 requests of 400 ms took {total:?}: they queued"
    );
}

#[test]
fn latency_is_added_to_every_response() {
    let server = start(250);
    let t = Instant::now();
    assert_eq!(get(&server.addr, "/json/2").0, 200);
    assert!(t.elapsed() >= Duration::from_millis(250));
}

/// `playground serve ARGS...` that must refuse its arguments: (exit code, stderr).
fn refused(args: &[&str]) -> (Option<i32>, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_playground"))
        .arg("serve")
        .args(args)
        .output()
        .expect("run the server");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn every_option_is_checked_before_serving() {
    for (args, says) in [
        (
            &["--latency", "18446744073709551615"][..],
            "--latency: '18446744073709551615' is not a number of milliseconds from 0 to 600000",
        ),
        (&["--latency", "600001"], "--latency: '600001' is not"),
        (&["--latency", "-1"], "--latency: '-1' is not"),
        (&["--port", "65536"], "--port: '65536' is not a port number"),
        (
            &["--error-rate", "101"],
            "--error-rate: '101' is not a percentage",
        ),
        (&["--latency"], "--latency needs a value"),
        (&["--verbose"], "unexpected argument '--verbose'"),
    ] {
        let (code, stderr) = refused(args);
        assert_eq!(code, Some(2), "{args:?}: {stderr}");
        assert!(stderr.starts_with(says), "{args:?}: {stderr}");
        assert!(stderr.contains("usage: playground"), "{args:?}: {stderr}");
    }
}
