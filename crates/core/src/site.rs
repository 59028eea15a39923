//! The demo web site the crawler lessons fetch: slow on purpose, written
//! once here and served by every host (the page's Service Worker or
//! in-process fallback, the native CLI in virtual time, the real slow server).
//!
//! Routes, relative to the site's root:
//! - `delay/<ms>`: a small text page answered after `<ms>` milliseconds;
//! - `list` and `list?page=N`: a page of items linking to their detail pages;
//! - `detail/<id>`: an item's page with its title;
//! - `status/<code>`: an empty page with that status;
//! - `bytes/<n>`: `n` bytes of text;
//! - `json` and `json/<id>`: JSON documents.
//!
//! Every response also waits the site's latency (the tutorials' sites wait
//! 3 or 5 seconds); `delay/<ms>` and `?delay=<ms>` on any page add their own.

use crate::at::{Part, VecAt};

/// How the site behaves.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SiteConfig {
    /// Milliseconds added to every response.
    pub latency_ms: u64,
    /// Items in the catalogue.
    pub items: u32,
    /// Items per list page.
    pub per_page: u32,
    /// Percent of responses that fail with `500 Internal Server Error`.
    pub error_percent: u8,
}

impl Default for SiteConfig {
    fn default() -> SiteConfig {
        SiteConfig {
            latency_ms: 0,
            items: 25,
            per_page: 10,
            error_percent: 0,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Response {
    pub status: u16,
    pub reason: &'static str,
    pub content_type: &'static str,
    pub body: Vec<u8>,
    /// How long the site takes to answer, in milliseconds.
    pub delay_ms: u64,
}

/// The standard reason phrase of `status` (empty when unknown).
pub fn reason(status: u16) -> &'static str {
    match status {
        100 => "Continue",
        101 => "Switching Protocols",
        200 => "OK",
        201 => "Created",
        204 => "No Content",
        301 => "Moved Permanently",
        302 => "Found",
        304 => "Not Modified",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        418 => "I'm a Teapot",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "",
    }
}

/// The methods the site answers (a 405 names them in `Allow`).
pub const METHODS: &str = "GET, HEAD, POST";

/// Whether a response with `status` has no body (HTTP/1.1: 1xx, 204, 304).
pub fn bodiless(status: u16) -> bool {
    status < 200 || status == 204 || status == 304
}

/// Titles of the catalogue's items: film-like names a crawler can extract.
pub fn item_title(id: u32) -> String {
    const FIRST: [&str; 8] = [
        "Silent", "Golden", "Distant", "Hidden", "Frozen", "Electric", "Paper", "Midnight",
    ];
    const SECOND: [&str; 7] = [
        "River", "Harbor", "Garden", "Signal", "Lantern", "Orchard", "Tide",
    ];
    let i = id.wrapping_sub(1) as usize;
    format!(
        "{} {} {}",
        FIRST[i % FIRST.len()],
        SECOND[(i / FIRST.len()) % SECOND.len()],
        id
    )
}

/// Append `s` to `out` escaped for HTML text or a double-quoted attribute
/// (the page's editor, console and timeline use it too).
pub fn escape_html(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
}

fn html(title: &str, body: &str) -> Vec<u8> {
    format!(
        "<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>{title}</title></head>\n<body>\n<h1>{title}</h1>\n{body}</body></html>\n"
    )
    .into_bytes()
}

fn text(status: u16, content_type: &'static str, body: Vec<u8>, delay_ms: u64) -> Response {
    Response {
        status,
        reason: reason(status),
        content_type,
        body,
        delay_ms,
    }
}

/// The 404 page names the path asked for, escaped: it is the requester's
/// text, and the page is HTML any origin may read.
fn not_found(path: &str, delay_ms: u64) -> Response {
    let mut body = String::from("<p>No page at /");
    escape_html(path, &mut body);
    body.push_str("</p>\n");
    text(
        404,
        "text/html; charset=utf-8",
        html("Not Found", &body),
        delay_ms,
    )
}

/// Answer `method path?query` (path relative to the site's root, with or without a leading `/`).
pub fn handle(config: &SiteConfig, method: &str, target: &str) -> Response {
    let target = target.trim_start_matches('/');
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let param = |name: &str| {
        query.split('&').find_map(|kv| {
            let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
            (k == name).then(|| v.to_string())
        })
    };
    // `?delay=<ms>` slows any page (a lesson's own slow site).
    let extra = param("delay")
        .and_then(|ms| ms.parse::<u64>().ok())
        .unwrap_or(0);
    let delay = config.latency_ms.saturating_add(extra.min(60_000));
    if method != "GET" && method != "HEAD" && method != "POST" {
        return text(
            405,
            "text/plain; charset=utf-8",
            b"Method Not Allowed\n".to_vec(),
            delay,
        );
    }
    let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
    match parts.as_slice() {
        [] | ["index.html"] => text(
            200,
            "text/html; charset=utf-8",
            html("Demo site", "<p><a href=\"list\">The catalogue</a></p>\n"),
            delay,
        ),
        ["delay", ms] => match ms.parse::<u64>() {
            Ok(ms) if ms <= 60_000 => text(
                200,
                "text/plain; charset=utf-8",
                format!("waited {ms} ms\n").into_bytes(),
                delay.saturating_add(ms),
            ),
            _ => text(
                400,
                "text/plain; charset=utf-8",
                b"delay must be 0..60000 ms\n".to_vec(),
                delay,
            ),
        },
        ["list"] => {
            let pages = config.items.div_ceil(config.per_page.max(1)).max(1);
            let page = param("page")
                .and_then(|p| p.parse::<u32>().ok())
                .unwrap_or(1);
            if page == 0 || page > pages {
                return not_found(target, delay);
            }
            let first = (page - 1) * config.per_page + 1;
            let last = page.saturating_mul(config.per_page).min(config.items);
            let mut body = String::from("<ul class=\"items\">\n");
            for id in first..=last {
                body.push_str(&format!(
                    "<li><a href=\"detail/{id}\">{}</a></li>\n",
                    item_title(id)
                ));
            }
            body.push_str("</ul>\n");
            if page < pages {
                body.push_str(&format!(
                    "<a class=\"next\" href=\"list?page={}\">next</a>\n",
                    page + 1
                ));
            }
            text(
                200,
                "text/html; charset=utf-8",
                html(&format!("Catalogue, page {page} of {pages}"), &body),
                delay,
            )
        }
        ["detail", id] => match id.parse::<u32>() {
            Ok(id) if id >= 1 && id <= config.items => {
                let title = item_title(id);
                let body = format!("<p class=\"score\">score: {}.{}</p>\n", 5 + id % 5, id % 10);
                text(200, "text/html; charset=utf-8", html(&title, &body), delay)
            }
            _ => not_found(target, delay),
        },
        ["status", code] => match code.parse::<u16>() {
            Ok(code) if (100..600).contains(&code) => text(
                code,
                "text/plain; charset=utf-8",
                if bodiless(code) {
                    Vec::new()
                } else {
                    format!("{code} {}\n", reason(code)).into_bytes()
                },
                delay,
            ),
            _ => text(
                400,
                "text/plain; charset=utf-8",
                b"status must be 100..599\n".to_vec(),
                delay,
            ),
        },
        ["bytes", n] => match n.parse::<usize>() {
            Ok(n) if n <= 1 << 20 => text(
                200,
                "text/plain; charset=utf-8",
                (0..n)
                    .map(|i| b"abcdefghijklmnopqrstuvwxyz\n"[i % 27])
                    .collect(),
                delay,
            ),
            _ => text(
                400,
                "text/plain; charset=utf-8",
                b"bytes must be 0..1048576\n".to_vec(),
                delay,
            ),
        },
        ["json"] => {
            let items: Vec<String> = (1..=config.items)
                .map(|id| format!("{{\"id\": {id}, \"title\": \"{}\"}}", item_title(id)))
                .collect();
            text(
                200,
                "application/json",
                format!("{{\"items\": [{}]}}\n", items.join(", ")).into_bytes(),
                delay,
            )
        }
        ["json", id] => match id.parse::<u32>() {
            Ok(id) if id >= 1 && id <= config.items => text(
                200,
                "application/json",
                format!(
                    "{{\"id\": {id}, \"title\": \"{}\", \"score\": {}.{}}}\n",
                    item_title(id),
                    5 + id % 5,
                    id % 10
                )
                .into_bytes(),
                delay,
            ),
            _ => text(
                404,
                "application/json",
                b"{\"error\": \"not found\"}\n".to_vec(),
                delay,
            ),
        },
        _ => not_found(target, delay),
    }
}

/// The site's `nth` answer (counting from 0) to `method target`: as
/// `handle`, except that `error_percent` of answers fail with a 500. Which
/// ones depends only on `nth`, so a run is repeatable.
pub fn answer(config: &SiteConfig, method: &str, target: &str, nth: u64) -> Response {
    let r = handle(config, method, target);
    // A fixed scramble of `nth` (splitmix64's finaliser), read as a percentile.
    let mut x = nth.wrapping_add(0x9E37_79B9_7F4A_7C15);
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^= x >> 31;
    if x % 100 < u64::from(config.error_percent) {
        return text(
            500,
            "text/plain; charset=utf-8",
            b"Internal Server Error (the site's error rate)\n".to_vec(),
            r.delay_ms,
        );
    }
    r
}

impl Response {
    /// The headers every host sends with it (the real server's too).
    pub fn headers(&self) -> Vec<(String, String)> {
        let mut h = Vec::new();
        // 1xx, 204 and 304 carry no body, so no length or type either.
        if !bodiless(self.status) {
            h.push(("Content-Type".into(), self.content_type.into()));
            h.push(("Content-Length".into(), self.body.len().to_string()));
        }
        if self.status == 405 {
            h.push(("Allow".into(), METHODS.into()));
        }
        h.push(("Access-Control-Allow-Origin".into(), "*".into()));
        h.push(("Connection".into(), "close".into()));
        h
    }
}

/// The port the lessons name the site with (`playground serve`'s default).
pub const PORT: u16 = 8090;

/// The site's path for a URL on it, `None` for any other URL.
///
/// The site is `http://127.0.0.1:8090` and `http://localhost:8090` (scheme
/// and host in any case), and the page's own `site/...` (also `./site/...`
/// and `/site/...`). Other ports of this machine are closed (see
/// `closed_port`), as they are where `playground serve` alone listens.
pub fn site_target(url: &str) -> Option<&str> {
    for prefix in ["http://127.0.0.1:8090", "http://localhost:8090"] {
        if url
            .get(..prefix.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(prefix))
        {
            let rest = url.part(prefix.len()..);
            return (rest.is_empty() || rest.starts_with(['/', '?'])).then_some(rest);
        }
    }
    let mut relative = url;
    while let Some(rest) = relative.strip_prefix("./") {
        relative = rest;
    }
    let relative = relative.trim_start_matches('/');
    relative
        .strip_prefix("site/")
        .or((relative == "site").then_some(""))
}

/// Why a port of this machine that is not the site's fails: it is closed.
/// The Python side words it as CPython's libraries do.
pub const REFUSED: &str = "[Errno 111] Connection refused";

/// Whether an `http(s)` URL (not the site's) names this machine: `localhost`,
/// `127.x.y.z` or `[::1]`, where nothing but the site listens.
pub fn closed_port(url: &str) -> bool {
    let url = url.to_ascii_lowercase();
    let Some(rest) = url
        .strip_prefix("http://")
        .or_else(|| url.strip_prefix("https://"))
    else {
        return false;
    };
    let end = rest
        .bytes()
        .position(|b| matches!(b, b'/' | b'?' | b'#'))
        .unwrap_or(rest.len());
    let authority = &rest[..end];
    let host = &authority[authority.rfind('@').map_or(0, |i| i + 1)..];
    let name = &host[..host.find(':').unwrap_or(host.len())];
    name == "localhost"
        || host.starts_with("[::1]")
        || name.strip_prefix("127.").is_some_and(|r| {
            r.bytes().filter(|&b| b == b'.').count() == 2
                && r.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        })
}

/// Answers a program's HTTP requests on the program's clock: URLs on the
/// demo site get the site's responses after their delays; any other URL
/// fails to connect with `offline` as the reason.
pub struct VirtualHost {
    pub config: SiteConfig,
    /// Why other URLs cannot be reached from this host.
    pub offline: &'static str,
    /// Which of those are closed ports instead (the CLI's `closed_port`;
    /// the page leaves it out, and so its code).
    pub closed: Option<fn(&str) -> bool>,
    /// Requests answered so far (the error rate counts them).
    answered: u64,
    /// (program time due, request id, answer)
    due: Vec<(f64, u32, crate::http::HttpOutcome)>,
    /// The earliest due time of an answer still out (on the page, in the
    /// Service Worker): answers due from then on wait for it, so a busy
    /// machine handing answers back out of order cannot reorder them.
    still_out: f64,
}

impl Default for VirtualHost {
    fn default() -> VirtualHost {
        VirtualHost::new(SiteConfig::default())
    }
}

impl VirtualHost {
    pub fn new(config: SiteConfig) -> VirtualHost {
        VirtualHost {
            config,
            offline: "the playground's command line has no network",
            closed: None,
            answered: 0,
            due: Vec::new(),
            still_out: f64::INFINITY,
        }
    }

    /// Take the program's new requests and schedule their answers; how many.
    pub fn take_requests(&mut self, program: &mut crate::Program) -> usize {
        let now = program.time();
        let requests = program.take_requests();
        let taken = requests.len();
        for req in requests {
            self.schedule(now, req);
        }
        taken
    }

    /// Schedule the answer to `req`, made at program time `now`.
    pub fn schedule(&mut self, now: f64, req: crate::http::HttpRequest) {
        use crate::http::HttpOutcome;
        let (outcome, delay) = match site_target(&req.url) {
            Some(path) => {
                let r = answer(&self.config, &req.method, path, self.answered);
                self.answered += 1;
                let outcome = HttpOutcome::Response {
                    status: r.status,
                    reason: r.reason.into(),
                    headers: r.headers(),
                    body: if req.method == "HEAD" {
                        Vec::new()
                    } else {
                        r.body
                    },
                    url: req.url.clone(),
                };
                (outcome, r.delay_ms as f64 / 1000.0)
            }
            None if self.closed.is_some_and(|closed| closed(&req.url)) => {
                (HttpOutcome::ConnectError(REFUSED.into()), 0.0)
            }
            None => (HttpOutcome::ConnectError(self.offline.into()), 0.0),
        };
        // A blocking call gives up at its timeout; an aiohttp request's
        // timeout is the program's own (`wait_for`).
        let answer = match req.timeout {
            Some(t) if req.blocking && t < delay => (now + t, HttpOutcome::Timeout),
            _ => (now + delay, outcome),
        };
        self.due.push((answer.0, req.id, answer.1));
    }

    /// Deliver `outcome` for request `id` at program time `at` (an answer
    /// that came back before the program's clock reached it).
    pub fn hold(&mut self, at: f64, id: u32, outcome: crate::http::HttpOutcome) {
        self.due.push((at, id, outcome));
    }

    /// The program sleeps until `until`: move its clock to that instant or
    /// to an earlier answer, and deliver the answers due. False when nothing
    /// could ever wake it.
    pub fn advance(&mut self, program: &mut crate::Program, until: f64) -> bool {
        let next = self.wake_at(until);
        if !next.is_finite() {
            return false;
        }
        program.set_time(next.max(program.time()));
        self.deliver_due(program);
        true
    }

    /// The earliest due time of the answers still out (infinity: none).
    pub fn set_still_out(&mut self, earliest_due: f64) {
        self.still_out = earliest_due;
    }

    /// When a program sleeping until `until` must wake: then, or at the
    /// earliest answer due that does not wait for one still out.
    pub fn wake_at(&self, until: f64) -> f64 {
        self.due
            .iter()
            .map(|d| d.0)
            .filter(|&at| at < self.still_out)
            .fold(until, f64::min)
    }

    /// Deliver the answers due by the program's clock (on a real clock the
    /// host calls this before each slice).
    pub fn deliver_due(&mut self, program: &mut crate::Program) {
        let now = program.time();
        // In the order the answers come (ties: in the order requested).
        crate::sort::sort_by(&mut self.due, |a, b| {
            a.0.total_cmp(&b.0).then(a.1.cmp(&b.1))
        });
        let until = (now + 1e-9).min(self.still_out - 1e-9);
        while self.due.first().is_some_and(|d| d.0 <= until) {
            let (_, id, outcome) = self.due.remove_at(0);
            program.complete_request(id, outcome);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_on_the_site() {
        assert_eq!(site_target("http://127.0.0.1:8090/list"), Some("/list"));
        assert_eq!(
            site_target("HTTP://LocalHost:8090/delay/5"),
            Some("/delay/5")
        );
        assert_eq!(site_target("http://localhost:8090"), Some(""));
        assert_eq!(site_target("http://127.0.0.1:8090?page=2"), Some("?page=2"));
        assert_eq!(site_target("./site/detail/3"), Some("detail/3"));
        assert_eq!(site_target("/site/list"), Some("list"));
        assert_eq!(site_target("site"), Some(""));
        for other in [
            "http://127.0.0.1:1/x",
            "http://127.0.0.1:80900/x",
            "http://localhost/delay/5",
            "http://127.0.0.1/",
            "https://127.0.0.1:8090/",
            "http://127.0.0.2:8090/x",
            "http://127.0.0.10/x",
            "https://example.com/",
            "sites/x",
        ] {
            assert_eq!(site_target(other), None, "{other}");
        }
        for closed in [
            "http://127.0.0.1:1/x",
            "http://localhost/",
            "HTTPS://LOCALHOST:9/",
            "http://127.0.0.2:1",
            "http://u:p@127.0.0.1:5?q",
            "http://[::1]:1/",
        ] {
            assert!(closed_port(closed), "{closed}");
        }
        for away in [
            "http://127.0.0.1.example.com/",
            "http://example.com/127.0.0.1",
            "ftp://127.0.0.1/",
            "http://10.0.0.1/",
            "site/x",
        ] {
            assert!(!closed_port(away), "{away}");
        }
    }

    fn body(r: &Response) -> String {
        String::from_utf8(r.body.clone()).unwrap_or_default()
    }

    #[test]
    fn every_response_waits_the_latency_and_delay_adds_to_it() {
        let slow = SiteConfig {
            latency_ms: 3000,
            ..SiteConfig::default()
        };
        assert_eq!(handle(&slow, "GET", "/list").delay_ms, 3000);
        let r = handle(&slow, "GET", "delay/500");
        assert_eq!(
            (r.status, r.delay_ms, body(&r).as_str()),
            (200, 3500, "waited 500 ms\n")
        );
        assert_eq!(handle(&slow, "GET", "delay/x").status, 400);
        assert_eq!(handle(&slow, "GET", "detail/3?delay=250").delay_ms, 3250);
        // A latency near the largest number saturates instead of overflowing.
        let huge = SiteConfig {
            latency_ms: u64::MAX - 1,
            ..SiteConfig::default()
        };
        assert_eq!(handle(&huge, "GET", "delay/500?delay=9").delay_ms, u64::MAX);
    }

    #[test]
    fn list_pages_link_to_every_detail_page_once() {
        let cfg = SiteConfig::default();
        let mut links = Vec::new();
        let mut page = Some("list".to_string());
        while let Some(p) = page.take() {
            let r = handle(&cfg, "GET", &p);
            assert_eq!(r.status, 200, "{p}");
            let b = body(&r);
            for part in b.split("href=\"detail/").skip(1) {
                links.push(part.split('"').next().unwrap_or("").to_string());
            }
            page = b
                .split("class=\"next\" href=\"")
                .nth(1)
                .map(|s| s.split('"').next().unwrap_or("").to_string());
        }
        let expected: Vec<String> = (1..=cfg.items).map(|i| i.to_string()).collect();
        assert_eq!(links, expected);
        let detail = handle(&cfg, "GET", "detail/7");
        assert!(body(&detail).contains(&format!("<title>{}</title>", item_title(7))));
        assert_eq!(handle(&cfg, "GET", "detail/99").status, 404);
        assert_eq!(handle(&cfg, "GET", "list?page=9").status, 404);
    }

    #[test]
    fn the_error_rate_fails_that_share_of_answers_repeatably() {
        let cfg = SiteConfig {
            error_percent: 30,
            latency_ms: 100,
            ..SiteConfig::default()
        };
        let statuses: Vec<u16> = (0..1000)
            .map(|n| answer(&cfg, "GET", "detail/1", n).status)
            .collect();
        let failed = statuses.iter().filter(|&&s| s == 500).count();
        assert!((250..350).contains(&failed), "{failed} of 1000 failed");
        assert!(statuses.iter().all(|&s| s == 200 || s == 500));
        let again: Vec<u16> = (0..1000)
            .map(|n| answer(&cfg, "GET", "detail/1", n).status)
            .collect();
        assert_eq!(statuses, again);
        assert_eq!(answer(&cfg, "GET", "detail/1", 7).delay_ms, 100);
        let none = SiteConfig::default();
        assert!((0..1000).all(|n| answer(&none, "GET", "list", n).status == 200));
    }

    #[test]
    fn status_bytes_and_json_routes() {
        let cfg = SiteConfig::default();
        let r = handle(&cfg, "GET", "status/503");
        assert_eq!((r.status, r.reason), (503, "Service Unavailable"));
        assert_eq!(handle(&cfg, "GET", "bytes/100").body.len(), 100);
        let j = body(&handle(&cfg, "GET", "json/3"));
        assert!(
            j.starts_with("{\"id\": 3, \"title\": ") && j.contains("\"score\": 8.3"),
            "{j}"
        );
        assert_eq!(handle(&cfg, "GET", "json").content_type, "application/json");
        let r = handle(&cfg, "DELETE", "json");
        assert_eq!((r.status, r.reason), (405, "Method Not Allowed"));
        assert!(r
            .headers()
            .contains(&("Allow".into(), "GET, HEAD, POST".into())));
        for code in [100, 101, 150, 204, 304] {
            let r = handle(&cfg, "GET", &format!("status/{code}"));
            assert_eq!(r.status, code);
            assert!(r.body.is_empty(), "{code}");
            assert!(r.headers().iter().all(|(k, _)| k != "Content-Length"));
        }
        assert_eq!(handle(&cfg, "GET", "nowhere").status, 404);
    }

    #[test]
    fn the_not_found_page_escapes_the_path() {
        let cfg = SiteConfig::default();
        let r = handle(&cfg, "GET", "/x<script>alert(1)</script>&\"");
        assert_eq!(r.status, 404);
        let b = body(&r);
        assert!(!b.contains("<script>"), "{b}");
        assert!(
            b.contains("No page at /x&lt;script&gt;alert(1)&lt;/script&gt;&amp;&quot;"),
            "{b}"
        );
    }
}
