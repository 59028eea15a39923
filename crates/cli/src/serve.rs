//! `playground serve`: the demo site (see `playground_core::site`) over real
//! HTTP/1.1 on 127.0.0.1, with real delays, one thread per connection, so
//! that CPython with real `requests`/`aiohttp` and the browser (with its
//! six-connections-per-host cap) can be measured against it.
//!
//! It faces whatever connects, so it holds under abuse: at most
//! `MAX_CONNECTIONS` connections are served at once (more are answered
//! `503` and closed), a request's head must arrive whole within
//! `HEAD_DEADLINE` (a deadline, not a timeout per byte: a client trickling
//! bytes is cut off too), and heads are bounded (`414` for a request line
//! over `MAX_REQUEST_LINE` bytes, `431` for headers over `MAX_HEADER_BYTES`
//! or `MAX_HEADER_LINES` lines, `400` for what is not HTTP/1.x at all).
//! Request bodies (with a Content-Length, or chunked) are read and thrown
//! away, up to `MAX_BODY` (`413` past it), and a response must be taken
//! within `WRITE_TIMEOUT` in all.

use playground_core::site::{answer as site_answer, bodiless, SiteConfig, METHODS};
use std::io::{ErrorKind, Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::mpsc::{sync_channel, SyncSender};
use std::time::{Duration, Instant};

/// Connections served at once; more are answered 503.
pub const MAX_CONNECTIONS: usize = 256;
/// The longest request line (method, target, version), in bytes.
pub const MAX_REQUEST_LINE: usize = 8 * 1024;
/// The most header bytes after the request line, and the most header lines.
pub const MAX_HEADER_BYTES: usize = 8 * 1024;
pub const MAX_HEADER_LINES: usize = 100;
/// The largest request body read (and thrown away: the site ignores bodies).
pub const MAX_BODY: usize = 1 << 20;
/// Time for a request's whole head to arrive, from the connection's accept.
pub const HEAD_DEADLINE: Duration = Duration::from_secs(10);
/// Time for a body to arrive after its head, in all.
const BODY_DEADLINE: Duration = Duration::from_secs(10);
/// Time for a response to be taken by the client, in all.
const WRITE_TIMEOUT: Duration = Duration::from_secs(30);
/// After an error answer, how long the rest of a request is read and thrown
/// away before closing, so that the client reads the answer instead of a reset.
const LINGER: Duration = Duration::from_secs(2);

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
/// Connections being served.
static ACTIVE: AtomicUsize = AtomicUsize::new(0);

/// A place among the `MAX_CONNECTIONS`, given back when dropped.
struct Slot;

impl Drop for Slot {
    fn drop(&mut self) {
        ACTIVE.fetch_sub(1, Ordering::SeqCst);
    }
}

/// Accept connections on `listener` forever.
pub fn run(listener: TcpListener, config: SiteConfig) {
    // Connections over the cap are answered 503 by one thread, a few at a
    // time; past that they are closed unanswered.
    let (refuse, refused) = sync_channel::<TcpStream>(16);
    std::thread::spawn(move || {
        for stream in refused {
            let _ = fail(stream, 503, "too many connections at once; try again");
        }
    });
    for stream in listener.incoming() {
        let stream = match stream {
            Ok(s) => s,
            Err(_) => {
                // Out of file descriptors, say: let some connections end.
                std::thread::sleep(Duration::from_millis(10));
                continue;
            }
        };
        accept(stream, config, &refuse);
    }
}

fn accept(stream: TcpStream, config: SiteConfig, refuse: &SyncSender<TcpStream>) {
    if ACTIVE.fetch_add(1, Ordering::SeqCst) >= MAX_CONNECTIONS {
        ACTIVE.fetch_sub(1, Ordering::SeqCst);
        let _ = refuse.try_send(stream);
        return;
    }
    let slot = Slot;
    // A thread that cannot start drops its closure, and so the slot.
    let _ = std::thread::Builder::new().spawn(move || {
        let _slot = slot;
        let _ = answer(stream, &config);
    });
}

/// Why a request gets no site answer.
enum Refusal {
    /// Answer with this status and explanation, then close.
    Status(u16, &'static str),
    /// Close without a word (the client sent nothing, or went away).
    Close,
}

/// A parsed request head.
struct Head {
    method: String,
    target: String,
    content_length: usize,
    /// `Transfer-Encoding: chunked`: the body comes in chunks.
    chunked: bool,
}

fn answer(mut stream: TcpStream, config: &SiteConfig) -> std::io::Result<()> {
    stream.set_write_timeout(Some(WRITE_TIMEOUT))?;
    let (head, rest) = match read_head(&mut stream, Instant::now() + HEAD_DEADLINE) {
        Ok(h) => h,
        Err(Refusal::Status(code, why)) => return fail(stream, code, why),
        Err(Refusal::Close) => return Ok(()),
    };
    if let Err(refusal) = read_body(&mut stream, &head, rest) {
        return match refusal {
            Refusal::Status(code, why) => fail(stream, code, why),
            Refusal::Close => Ok(()),
        };
    }
    let method = head.method.as_str();
    if method == "OPTIONS" {
        // A browser's preflight, e.g. a page on another origin (Private
        // Network Access asks before a public page reaches 127.0.0.1).
        return write!(
            stream,
            "HTTP/1.1 204 No Content\r\nAccess-Control-Allow-Origin: *\r\n\
             Access-Control-Allow-Methods: {METHODS}\r\nAccess-Control-Allow-Headers: *\r\n\
             Access-Control-Allow-Private-Network: true\r\nConnection: close\r\n\r\n"
        );
    }
    let nth = ANSWERED.fetch_add(1, Ordering::Relaxed);
    let response = site_answer(config, method, &head.target, nth);
    std::thread::sleep(Duration::from_millis(response.delay_ms));
    let mut out = format!("HTTP/1.1 {} {}\r\n", response.status, response.reason);
    for (name, value) in response.headers() {
        out.push_str(&format!("{name}: {value}\r\n"));
    }
    out.push_str("\r\n");
    let mut out = out.into_bytes();
    if method != "HEAD" && !bodiless(response.status) {
        out.extend_from_slice(&response.body);
    }
    // The answer must be taken within WRITE_TIMEOUT in all, however slowly
    // the client reads.
    let deadline = Instant::now() + WRITE_TIMEOUT;
    for piece in out.chunks(16 * 1024) {
        match deadline.checked_duration_since(Instant::now()) {
            Some(left) if !left.is_zero() => stream.set_write_timeout(Some(left))?,
            _ => return Err(ErrorKind::TimedOut.into()),
        }
        stream.write_all(piece)?;
    }
    stream.flush()
}

/// The reason phrase of `code`, with those only this server answers (the
/// site's table is in the page too, where code is counted).
fn reason(code: u16) -> &'static str {
    match code {
        408 => "Request Timeout",
        413 => "Content Too Large",
        414 => "URI Too Long",
        431 => "Request Header Fields Too Large",
        501 => "Not Implemented",
        505 => "HTTP Version Not Supported",
        _ => playground_core::site::reason(code),
    }
}

/// Answer `code` (with `why` as the text) and close, reading what the client
/// still sends for a moment so that it gets the answer, not a reset.
fn fail(mut stream: TcpStream, code: u16, why: &str) -> std::io::Result<()> {
    let _ = stream.set_write_timeout(Some(Duration::from_secs(1)));
    let body = format!("{code} {}: {why}\n", reason(code));
    let mut head = format!(
        "HTTP/1.1 {code} {}\r\nContent-Type: text/plain; charset=utf-8\r\n\
         Content-Length: {}\r\nAccess-Control-Allow-Origin: *\r\nConnection: close\r\n",
        reason(code),
        body.len()
    );
    if code == 503 {
        head.push_str("Retry-After: 1\r\n");
    }
    head.push_str("\r\n");
    let sent = stream.write_all((head + &body).as_bytes());
    let _ = stream.shutdown(Shutdown::Write);
    let until = Instant::now() + LINGER;
    let mut scratch = [0u8; 16 * 1024];
    while let Some(left) = until.checked_duration_since(Instant::now()) {
        if left.is_zero() || stream.set_read_timeout(Some(left)).is_err() {
            break;
        }
        match stream.read(&mut scratch) {
            Ok(0) | Err(_) => break,
            Ok(_) => {}
        }
    }
    sent
}

/// Read into `buf` until `deadline`: the bytes read, 0 at the end of input.
fn read_until(stream: &mut TcpStream, buf: &mut Vec<u8>, deadline: Instant) -> Option<usize> {
    let left = deadline.checked_duration_since(Instant::now())?;
    if left.is_zero() {
        return None;
    }
    stream.set_read_timeout(Some(left)).ok()?;
    let mut chunk = [0u8; 4096];
    loop {
        match stream.read(&mut chunk) {
            Ok(n) => {
                buf.extend_from_slice(&chunk[..n]);
                return Some(n);
            }
            Err(e) if e.kind() == ErrorKind::Interrupted => continue,
            Err(_) => return None,
        }
    }
}

/// Read and check the request head: the head, and the bytes after it.
fn read_head(stream: &mut TcpStream, deadline: Instant) -> Result<(Head, Vec<u8>), Refusal> {
    let mut buf = Vec::new();
    // Where the request line starts (blank lines before it are allowed).
    let mut start = 0;
    let mut line_end = None;
    loop {
        if line_end.is_none() {
            while buf[start..].starts_with(b"\r\n") || buf[start..].starts_with(b"\n") {
                start += if buf[start] == b'\r' { 2 } else { 1 };
            }
            match buf[start..].iter().position(|&b| b == b'\n') {
                Some(i) => {
                    line_end = Some(start + i);
                    check_request_line(trim_cr(&buf[start..start + i]))?;
                }
                None => {
                    let so_far = &buf[start..];
                    if !could_be_request_line(so_far) {
                        return Err(Refusal::Status(400, "not an HTTP request"));
                    }
                    if so_far.len() > MAX_REQUEST_LINE + 1 {
                        return Err(Refusal::Status(414, "the request line is over 8 KB"));
                    }
                }
            }
        }
        if let Some(end) = line_end {
            let headers = &buf[end + 1..];
            if let Some((len, lines)) = header_block(headers) {
                if len > MAX_HEADER_BYTES || lines > MAX_HEADER_LINES {
                    return Err(too_many_headers());
                }
                let head = parse_head(trim_cr(&buf[start..end]), &headers[..len])?;
                return Ok((head, headers[len..].to_vec()));
            }
            let lines = headers.iter().filter(|&&b| b == b'\n').count();
            if headers.len() > MAX_HEADER_BYTES + 4 || lines > MAX_HEADER_LINES {
                return Err(too_many_headers());
            }
        }
        match read_until(stream, &mut buf, deadline) {
            Some(0) if buf.iter().all(u8::is_ascii_whitespace) => return Err(Refusal::Close),
            Some(0) => return Err(Refusal::Status(400, "the request ended inside its head")),
            Some(_) => {}
            // Out of time: a client that sent something is told so.
            None if buf.is_empty() => return Err(Refusal::Close),
            None => {
                return Err(Refusal::Status(
                    408,
                    "the request head did not arrive within 10 s",
                ))
            }
        }
    }
}

fn too_many_headers() -> Refusal {
    Refusal::Status(431, "the headers are over 8 KB or 100 lines")
}

fn trim_cr(line: &[u8]) -> &[u8] {
    line.strip_suffix(b"\r").unwrap_or(line)
}

/// The header block at the start of `bytes` (up to and with its empty
/// line): its length and how many header lines it has; `None` if incomplete.
fn header_block(bytes: &[u8]) -> Option<(usize, usize)> {
    let mut at = 0;
    let mut lines = 0;
    loop {
        let i = bytes[at..].iter().position(|&b| b == b'\n')?;
        if trim_cr(&bytes[at..at + i]).is_empty() {
            return Some((at + i + 1, lines));
        }
        lines += 1;
        at += i + 1;
    }
}

/// A token's characters (RFC 9110): methods and header names.
fn is_tchar(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b)
}

/// Whether `so_far` (no line end yet) can begin a request line: a method
/// token, then a space and target characters (no controls).
fn could_be_request_line(so_far: &[u8]) -> bool {
    let method_len = so_far.iter().take_while(|&&b| is_tchar(b)).count();
    match so_far.get(method_len) {
        None => method_len <= 32,
        Some(b' ') => {
            method_len > 0
                && so_far[method_len + 1..]
                    .iter()
                    .all(|&b| b == b' ' || b == b'\r' || (b > b' ' && b != 0x7f))
        }
        Some(_) => false,
    }
}

/// `METHOD SP TARGET SP HTTP/1.x`, strictly.
fn check_request_line(line: &[u8]) -> Result<(), Refusal> {
    if line.len() > MAX_REQUEST_LINE {
        return Err(if could_be_request_line(line) {
            Refusal::Status(414, "the request line is over 8 KB")
        } else {
            Refusal::Status(400, "not an HTTP request")
        });
    }
    let bad = || Refusal::Status(400, "not an HTTP request line");
    let parts: Vec<&[u8]> = line.split(|&b| b == b' ').collect();
    let [method, target, version] = parts.as_slice() else {
        return Err(bad());
    };
    if method.is_empty()
        || !method.iter().all(|&b| is_tchar(b))
        || target.is_empty()
        || !target.iter().all(|&b| b > b' ' && b != 0x7f)
        || std::str::from_utf8(target).is_err()
    {
        return Err(bad());
    }
    match *version {
        b"HTTP/1.1" | b"HTTP/1.0" => Ok(()),
        [b'H', b'T', b'T', b'P', b'/', major, b'.', minor]
            if major.is_ascii_digit() && minor.is_ascii_digit() =>
        {
            Err(Refusal::Status(505, "this server speaks HTTP/1.1"))
        }
        _ => Err(bad()),
    }
}

/// The request line (checked) and the header block, as a `Head`.
fn parse_head(line: &[u8], headers: &[u8]) -> Result<Head, Refusal> {
    let line = String::from_utf8_lossy(line);
    let mut parts = line.split(' ');
    let method = parts.next().unwrap_or_default().to_string();
    let mut target = parts.next().unwrap_or_default();
    // The absolute form (`GET http://host/path`, as to a proxy): its path.
    for scheme in ["http://", "https://"] {
        if let Some(rest) = target.strip_prefix(scheme) {
            target = rest.find('/').map_or("/", |i| &rest[i..]);
        }
    }
    if !(target.starts_with('/') || target == "*" && method == "OPTIONS") {
        return Err(Refusal::Status(400, "the target is not a path"));
    }
    let mut content_length: Option<usize> = None;
    let mut chunked = false;
    for raw in headers.split(|&b| b == b'\n') {
        let raw = trim_cr(raw);
        if raw.is_empty() {
            continue;
        }
        let bad = Refusal::Status(400, "a header line is not `Name: value`");
        // A line folded onto the previous one is obsolete; refused too.
        let colon = raw.iter().position(|&b| b == b':').ok_or(bad)?;
        let name = &raw[..colon];
        if name.is_empty() || !name.iter().all(|&b| is_tchar(b)) {
            return Err(Refusal::Status(400, "a header line is not `Name: value`"));
        }
        let value = &raw[colon + 1..];
        if value.iter().any(|&b| b == 0 || b == b'\r') {
            return Err(Refusal::Status(400, "a header value has a NUL or CR"));
        }
        let value = String::from_utf8_lossy(value);
        let value = value.trim();
        if name.eq_ignore_ascii_case(b"content-length") {
            if value.is_empty() || !value.bytes().all(|b| b.is_ascii_digit()) {
                return Err(Refusal::Status(400, "Content-Length is not a number"));
            }
            // Too large to count is too large to take.
            let n = value.parse::<usize>().unwrap_or(usize::MAX);
            if content_length.is_some_and(|m| m != n) {
                return Err(Refusal::Status(400, "two different Content-Lengths"));
            }
            content_length = Some(n);
        } else if name.eq_ignore_ascii_case(b"transfer-encoding") {
            if !value.eq_ignore_ascii_case("chunked") {
                return Err(Refusal::Status(501, "only chunked bodies are understood"));
            }
            chunked = true;
        }
    }
    if chunked && content_length.is_some() {
        return Err(Refusal::Status(400, "both Content-Length and chunked"));
    }
    Ok(Head {
        method,
        target: target.to_string(),
        content_length: content_length.unwrap_or(0),
        chunked,
    })
}

/// Read the request's body (the site ignores it) so that closing does not
/// reset the connection under the client.
fn read_body(stream: &mut TcpStream, head: &Head, got: Vec<u8>) -> Result<(), Refusal> {
    let too_large = Refusal::Status(413, "the body is over 1 MB");
    if head.content_length > MAX_BODY {
        return Err(too_large);
    }
    let mut body = Body {
        stream,
        buf: got,
        at: 0,
        deadline: Instant::now() + BODY_DEADLINE,
    };
    if !head.chunked {
        return body.skip(head.content_length);
    }
    // Chunks: a hexadecimal size (and extensions) on a line, that many
    // bytes and a line end; size 0 ends them, then trailer lines, then an
    // empty line.
    let mut total = 0usize;
    loop {
        let line = body.line()?;
        let hex = line.split(|&b| b == b';').next().unwrap_or_default();
        let hex = std::str::from_utf8(hex).unwrap_or_default().trim();
        let size = match usize::from_str_radix(hex, 16) {
            Ok(n) if !hex.is_empty() && !hex.starts_with('+') => n,
            _ if !hex.is_empty() && hex.bytes().all(|b| b.is_ascii_hexdigit()) => {
                return Err(too_large)
            }
            _ => return Err(Refusal::Status(400, "a chunk size is not hexadecimal")),
        };
        if size == 0 {
            while !body.line()?.is_empty() {}
            return Ok(());
        }
        total = total.saturating_add(size);
        if total > MAX_BODY {
            return Err(too_large);
        }
        body.skip(size)?;
        if !body.line()?.is_empty() {
            return Err(Refusal::Status(400, "a chunk is longer than its size"));
        }
    }
}

/// A request body being read: what has come (`buf`, read up to `at`) and
/// the connection, until `deadline`.
struct Body<'a> {
    stream: &'a mut TcpStream,
    buf: Vec<u8>,
    at: usize,
    deadline: Instant,
}

impl Body<'_> {
    /// Read more; refused when the client stops or is too late.
    fn more(&mut self) -> Result<(), Refusal> {
        self.buf.drain(..self.at);
        self.at = 0;
        match read_until(self.stream, &mut self.buf, self.deadline) {
            Some(0) => Err(Refusal::Close),
            Some(_) => Ok(()),
            None => Err(Refusal::Status(408, "the body did not arrive within 10 s")),
        }
    }

    /// Pass over `n` bytes.
    fn skip(&mut self, mut n: usize) -> Result<(), Refusal> {
        loop {
            let here = n.min(self.buf.len() - self.at);
            self.at += here;
            n -= here;
            if n == 0 {
                return Ok(());
            }
            self.more()?;
        }
    }

    /// The next line, without its line end (a chunk's size, a trailer).
    fn line(&mut self) -> Result<Vec<u8>, Refusal> {
        loop {
            if let Some(i) = self.buf[self.at..].iter().position(|&b| b == b'\n') {
                let line = trim_cr(&self.buf[self.at..self.at + i]).to_vec();
                self.at += i + 1;
                return Ok(line);
            }
            if self.buf.len() - self.at > 4096 {
                return Err(Refusal::Status(400, "a chunk line is over 4 KB"));
            }
            self.more()?;
        }
    }
}
