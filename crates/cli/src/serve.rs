//! `playground serve`: the demo site (see `playground_core::site`) over real
//! HTTP/1.1 on 127.0.0.1, with real delays, one thread per connection, so
//! that CPython with real `requests`/`aiohttp` and the browser (with its
//! six-connections-per-host cap) can be measured against it.

use playground_core::site::{answer as site_answer, SiteConfig};
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

/// Bind 127.0.0.1:`port` (0: any free port) and serve until the process ends.
pub fn serve(port: u16, config: SiteConfig) -> std::io::Result<()> {
    let listener = TcpListener::bind(("127.0.0.1", port))?;
    let addr = listener.local_addr()?;
    println!(
        "serving the demo site at http://{addr}/ (latency {} ms, error rate {} %)",
        config.latency_ms, config.error_percent
    );
    let _ = std::io::stdout().flush();
    run(listener, config);
    Ok(())
}

/// Requests answered so far (which ones fail depends on this count).
static ANSWERED: AtomicU64 = AtomicU64::new(0);

/// Accept connections on `listener` forever.
pub fn run(listener: TcpListener, config: SiteConfig) {
    for stream in listener.incoming().flatten() {
        std::thread::spawn(move || {
            let _ = answer(stream, &config);
        });
    }
}

fn answer(stream: TcpStream, config: &SiteConfig) -> std::io::Result<()> {
    stream.set_read_timeout(Some(Duration::from_secs(30)))?;
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    // Skip the headers (the site ignores them).
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 || line == "\r\n" || line == "\n" {
            break;
        }
    }
    let mut parts = request_line.split_whitespace();
    let (method, target) = (parts.next().unwrap_or("GET"), parts.next().unwrap_or("/"));
    let mut out = stream;
    if method == "OPTIONS" {
        // A browser's preflight, e.g. a page on another origin (Private
        // Network Access asks before a public page reaches 127.0.0.1).
        return write!(
            out,
            "HTTP/1.1 204 No Content\r\nAccess-Control-Allow-Origin: *\r\n\
             Access-Control-Allow-Methods: GET, HEAD, POST\r\nAccess-Control-Allow-Headers: *\r\n\
             Access-Control-Allow-Private-Network: true\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        );
    }
    let nth = ANSWERED.fetch_add(1, Ordering::Relaxed);
    let response = site_answer(config, method, target, nth);
    std::thread::sleep(Duration::from_millis(response.delay_ms));
    write!(out, "HTTP/1.1 {} {}\r\n", response.status, response.reason)?;
    for (name, value) in response.headers() {
        write!(out, "{name}: {value}\r\n")?;
    }
    write!(out, "\r\n")?;
    if method != "HEAD" {
        out.write_all(&response.body)?;
    }
    out.flush()
}
