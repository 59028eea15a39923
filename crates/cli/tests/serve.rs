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

/// Send `request` as it is and read the whole answer (the server closes).
fn raw(addr: &str, request: &[u8]) -> String {
    let mut s = TcpStream::connect(addr).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(20)))
        .expect("timeout");
    // The server may answer and close before taking it all.
    let _ = s.write_all(request);
    let mut answer = Vec::new();
    let _ = s.read_to_end(&mut answer);
    String::from_utf8_lossy(&answer).into_owned()
}

fn status_line(answer: &str) -> &str {
    answer.lines().next().unwrap_or("")
}

#[test]
fn the_not_found_page_escapes_the_requested_path() {
    let server = start(0);
    let answer = raw(
        &server.addr,
        b"GET /<script>alert(document.domain)</script> HTTP/1.1\r\nHost: x\r\n\r\n",
    );
    assert_eq!(status_line(&answer), "HTTP/1.1 404 Not Found");
    assert!(!answer.contains("<script>"), "{answer}");
    assert!(
        answer.contains("No page at /&lt;script&gt;alert(document.domain)&lt;/script&gt;"),
        "{answer}"
    );
}

#[test]
fn oversized_and_malformed_heads_are_refused() {
    let server = start(0);
    let addr = &server.addr;
    // A 1 MB request line: refused after 8 KB, and not echoed.
    let mut long = b"GET /".to_vec();
    long.extend(std::iter::repeat_n(b'a', 1 << 20));
    long.extend_from_slice(b" HTTP/1.1\r\nHost: x\r\n\r\n");
    let answer = raw(addr, &long);
    assert_eq!(status_line(&answer), "HTTP/1.1 414 URI Too Long");
    assert!(answer.len() < 1000, "{} bytes came back", answer.len());
    // A request line just under the limit is served (a 404 naming it).
    let mut under = b"GET /".to_vec();
    under.extend(std::iter::repeat_n(b'a', 8000));
    under.extend_from_slice(b" HTTP/1.1\r\n\r\n");
    assert_eq!(status_line(&raw(addr, &under)), "HTTP/1.1 404 Not Found");

    let many: String = (0..101).map(|i| format!("X-Header-{i}: {i}\r\n")).collect();
    let answer = raw(addr, format!("GET /list HTTP/1.1\r\n{many}\r\n").as_bytes());
    assert_eq!(
        status_line(&answer),
        "HTTP/1.1 431 Request Header Fields Too Large"
    );
    let big = format!("GET /list HTTP/1.1\r\nCookie: {}\r\n\r\n", "c".repeat(9000));
    assert_eq!(
        status_line(&raw(addr, big.as_bytes())),
        "HTTP/1.1 431 Request Header Fields Too Large"
    );
    let fine: String = (0..100).map(|i| format!("X-Header-{i}: {i}\r\n")).collect();
    let answer = raw(addr, format!("GET /list HTTP/1.1\r\n{fine}\r\n").as_bytes());
    assert_eq!(status_line(&answer), "HTTP/1.1 200 OK");

    for garbage in [
        &b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03"[..],
        b"hello there\r\n\r\n",
        b"GET /list\r\n\r\n",
        b"GET /list HTTP/1.1 extra\r\n\r\n",
        b"GET list HTTP/1.1\r\n\r\n",
        b"GET /list FTP/1.0\r\n\r\n",
        b"GET /list HTTP/1.1\r\nno colon here\r\n\r\n",
        b"GET /list HTTP/1.1\r\nContent-Length: lots\r\n\r\n",
    ] {
        let answer = raw(addr, garbage);
        assert_eq!(
            status_line(&answer),
            "HTTP/1.1 400 Bad Request",
            "{garbage:?}: {answer}"
        );
    }
    assert_eq!(
        status_line(&raw(addr, b"GET /list HTTP/2.0\r\n\r\n")),
        "HTTP/1.1 505 HTTP Version Not Supported"
    );
    let answer = raw(
        addr,
        b"POST /list HTTP/1.1\r\nContent-Length: 2000000\r\n\r\n",
    );
    assert_eq!(status_line(&answer), "HTTP/1.1 413 Content Too Large");
    let answer = raw(
        addr,
        b"POST /list HTTP/1.1\r\nContent-Length: 99999999999999999999999\r\n\r\n",
    );
    assert_eq!(status_line(&answer), "HTTP/1.1 413 Content Too Large");
    // A body is read and the request answered, chunked too.
    let answer = raw(
        addr,
        b"POST /json/1 HTTP/1.1\r\nContent-Length: 11\r\n\r\n{\"a\": true}",
    );
    assert_eq!(status_line(&answer), "HTTP/1.1 200 OK", "{answer}");
    let answer = raw(
        addr,
        b"POST /json/1 HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n\
          5;x=y\r\nhello\r\nA\r\n, world!!!\r\n0\r\nX-Trailer: 1\r\n\r\n",
    );
    assert_eq!(status_line(&answer), "HTTP/1.1 200 OK", "{answer}");
    for (request, status) in [
        (
            &b"POST /list HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"[..],
            "HTTP/1.1 400 Bad Request",
        ),
        (
            b"POST /list HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n200000\r\n",
            "HTTP/1.1 413 Content Too Large",
        ),
        (
            b"POST /list HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n",
            "HTTP/1.1 501 Not Implemented",
        ),
        (
            b"GET /list HTTP/1.1\r\nX-Bad: a\rb\r\n\r\n",
            "HTTP/1.1 400 Bad Request",
        ),
        (
            b"GET /list HTTP/1.1\r\nHost : x\r\n\r\n",
            "HTTP/1.1 400 Bad Request",
        ),
    ] {
        let answer = raw(addr, request);
        assert_eq!(status_line(&answer), status, "{request:?}: {answer}");
    }
}

#[test]
fn method_not_allowed_and_bodiless_statuses() {
    let server = start(0);
    let answer = raw(&server.addr, b"DELETE /json HTTP/1.1\r\nHost: x\r\n\r\n");
    assert_eq!(status_line(&answer), "HTTP/1.1 405 Method Not Allowed");
    assert!(
        answer.contains("\r\nAllow: GET, HEAD, POST\r\n"),
        "{answer}"
    );
    for code in ["100", "101", "199", "204", "304"] {
        let request = format!("GET /status/{code} HTTP/1.1\r\nHost: x\r\n\r\n");
        let answer = raw(&server.addr, request.as_bytes());
        assert!(answer.starts_with(&format!("HTTP/1.1 {code} ")), "{answer}");
        assert!(
            answer.ends_with("\r\n\r\n"),
            "{code} sent a body: {answer:?}"
        );
        assert!(!answer.contains("Content-Length"), "{answer}");
    }
    let answer = raw(&server.addr, b"HEAD /list HTTP/1.1\r\n\r\n");
    assert!(answer.ends_with("\r\n\r\n"), "{answer:?}");
}

/// A client that sends `head`, then one header line a second: (what came
/// back, how long the server let it go on).
fn trickle(addr: &str, head: &[u8]) -> (String, Duration) {
    let mut s = TcpStream::connect(addr).expect("connect");
    let started = Instant::now();
    s.set_read_timeout(Some(Duration::from_millis(1000)))
        .expect("timeout");
    let _ = s.write_all(head);
    let mut answer = Vec::new();
    let mut chunk = [0u8; 1024];
    while started.elapsed() < Duration::from_secs(20) {
        match s.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => answer.extend_from_slice(&chunk[..n]),
            Err(_) if !head.is_empty() => {
                let _ = s.write_all(b"X-Slow: 1\r\n");
            }
            Err(_) => {}
        }
    }
    (
        String::from_utf8_lossy(&answer).into_owned(),
        started.elapsed(),
    )
}

#[test]
fn a_request_head_has_ten_seconds_in_all() {
    let server = start(0);
    let addr = server.addr.clone();
    let silent = std::thread::spawn(move || trickle(&addr, b""));
    let (answer, took) = trickle(&server.addr, b"GET /list HTTP/1.1\r\n");
    assert_eq!(status_line(&answer), "HTTP/1.1 408 Request Timeout");
    assert!(
        (Duration::from_secs(9)..Duration::from_secs(13)).contains(&took),
        "{took:?}"
    );
    // A connection that sent nothing is closed without a word.
    let (answer, took) = silent.join().expect("silent client");
    assert_eq!(answer, "");
    assert!(
        (Duration::from_secs(9)..Duration::from_secs(13)).contains(&took),
        "{took:?}"
    );
}

#[test]
fn connections_over_the_cap_are_answered_503() {
    let server = start(0);
    // 256 idle connections fill the server.
    let idle: Vec<TcpStream> = (0..256)
        .map(|_| {
            let mut s = TcpStream::connect(&server.addr).expect("connect");
            let _ = s.write_all(b"GET /list HTTP/1.1\r\n");
            s
        })
        .collect();
    let answer = raw(&server.addr, b"GET /list HTTP/1.1\r\n\r\n");
    assert_eq!(status_line(&answer), "HTTP/1.1 503 Service Unavailable");
    assert!(answer.contains("\r\nRetry-After: 1\r\n"), "{answer}");
    drop(idle);
    // Their places free up as they close.
    let t = Instant::now();
    loop {
        let (status, _) = get(&server.addr, "/list");
        if status == 200 {
            break;
        }
        assert!(t.elapsed() < Duration::from_secs(3), "still {status}");
        std::thread::sleep(Duration::from_millis(50));
    }
}
