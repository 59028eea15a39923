//! The page's network: where each HTTP request of a program goes, and the
//! real `fetch()` calls that perform it (the promise plumbing is in
//! `net.js`, the demo site's Service Worker in `public/site-sw.js`).
//!
//! - The demo site (`./site/...`, and `http://127.0.0.1:8090/...` or
//!   `localhost:8090` unless the learner points those at a real server) is
//!   fetched for real through the Service Worker, which asks this page's
//!   handler for the answer and waits the site's delay: the requests show in
//!   the network panel and the browser's six-connections-per-host cap does
//!   not apply. Without a Service Worker (file://, a blocked iframe, a
//!   private window, the first moments after the first visit) the host
//!   answers in-process on the program's clock, and the page says so.
//! - Every other URL is fetched for real; a failure becomes the answer
//!   `ConnectError` or `Timeout`, which the Python side turns into its
//!   library's exception with the browser's reason.

use playground_core::cell::RefCell;
use playground_core::http::{HttpOutcome, HttpRequest};
use playground_core::site::{self, SiteConfig};
use std::cell::Cell;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(module = "/src/net.js")]
extern "C" {
    #[wasm_bindgen(js_name = startSiteWorker)]
    fn start_site_worker(answer: &JsValue);
    #[wasm_bindgen(js_name = siteWorkerActive)]
    fn site_worker_active() -> bool;
    #[wasm_bindgen(js_name = fetchText)]
    fn fetch_text(url: &str, done: JsValue);
    #[wasm_bindgen(js_name = httpFetch)]
    fn http_fetch(
        method: &str,
        url: &str,
        headers: js_sys::Array,
        body: Vec<u8>,
        timeout_ms: f64,
        done: JsValue,
        site_reply: &JsValue,
    );
}

/// How the demo site behaves, as set on the page.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct SiteSettings {
    pub config: SiteConfig,
    /// Send `127.0.0.1:8090`/`localhost:8090` URLs to a real server (`playground serve`).
    pub real_server: bool,
}

/// An answer that came back for request `id` of slot `slot` of run `generation`.
struct Answer {
    generation: u64,
    slot: usize,
    id: u32,
    outcome: HttpOutcome,
}

thread_local! {
    static SETTINGS: Cell<SiteSettings> = Cell::new(SiteSettings::default());
    static ANSWERS: RefCell<Vec<Answer>> = const { RefCell::new(Vec::new()) };
    /// Requests the Service Worker had answered (the error rate counts them).
    static WORKER_ANSWERED: Cell<u64> = const { Cell::new(0) };
    /// `lib/` modules asked for (fetched, on their way or given up on).
    static LIBRARIES_ASKED: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
    /// `lib/` modules on their way.
    static LIBRARIES_PENDING: Cell<usize> = const { Cell::new(0) };
}

/// Fetch the `lib/` modules a program's imports name (files next to the
/// page, not part of its WebAssembly), and theirs as they arrive; a module
/// already asked for is not fetched again.
pub fn load_libraries_for(source: &str) {
    for name in playground_core::modules::library_imports(source) {
        load_library(name);
    }
}

fn load_library(name: &'static str) {
    let asked = LIBRARIES_ASKED.with(|a| {
        let mut a = a.borrow_mut();
        let asked = a.contains(&name);
        if !asked {
            a.push(name);
        }
        asked
    });
    let Some(file) = playground_core::modules::library_file(name) else {
        return;
    };
    if asked {
        return;
    }
    LIBRARIES_PENDING.with(|n| n.set(n.get() + 1));
    fetch_text_or_not(&format!("lib/{file}"), move |text| {
        if let Some(text) = text {
            playground_core::modules::provide_library(name, &text);
            // Its own imports are asked for before it counts as arrived.
            load_libraries_for(&text);
        }
        LIBRARIES_PENDING.with(|n| n.set(n.get().saturating_sub(1)));
    });
}

thread_local! {
    /// Lesson files fetched so far: (lesson id, file name, text).
    static LESSON_FILES: RefCell<Vec<(&'static str, &'static str, String)>> =
        const { RefCell::new(Vec::new()) };
    /// The lesson of each file asked for and not yet fetched or given up on.
    static LESSONS_PENDING: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
}

/// The files of lesson `id` the page fetches rather than carries in its
/// WebAssembly: its programs (two to four) and its explanation in each
/// language.
fn files_of_lesson(id: &str) -> Vec<&'static str> {
    let programs = playground_core::lessons::find(id).map_or(2, |l| l.programs.len());
    let mut files = ["a.py", "b.py", "c.py", "d.py"][..programs].to_vec();
    files.extend(["explain.en.txt", "explain.zh.txt"]);
    files
}

/// Fetch every lesson's files (`lessons/<id>/<file>`, next to the page):
/// `first`'s, then, once they and the libraries their programs import are
/// in (so that those are not queued behind sixty files), the others; `arrived` is told
/// of each (lesson id, file name).
pub fn load_lessons(first: &'static str, arrived: impl Fn(&'static str, &'static str) + 'static) {
    let arrived: Arrived = std::rc::Rc::new(arrived);
    let rest: Vec<&'static str> = playground_core::lessons::all()
        .iter()
        .map(|l| l.id)
        .filter(|id| *id != first)
        .collect();
    let first_left = std::rc::Rc::new(Cell::new(files_of_lesson(first).len()));
    let then = arrived.clone();
    load_lesson(
        first,
        arrived,
        std::rc::Rc::new(move || {
            first_left.set(first_left.get() - 1);
            if first_left.get() == 0 {
                load_after_libraries(rest.clone(), then.clone());
            }
        }),
    );
}

type Arrived = std::rc::Rc<dyn Fn(&'static str, &'static str)>;

/// The other lessons' files, once the libraries asked for so far are in.
fn load_after_libraries(ids: Vec<&'static str>, arrived: Arrived) {
    if libraries_settled() {
        for id in ids {
            load_lesson(id, arrived.clone(), std::rc::Rc::new(|| {}));
        }
    } else {
        crate::dom::set_timeout(
            move || load_after_libraries(ids, arrived),
            std::time::Duration::from_millis(10),
        );
    }
}

/// Fetch one lesson's files; `settled` after each arrives or fails.
fn load_lesson(id: &'static str, arrived: Arrived, settled: std::rc::Rc<dyn Fn()>) {
    for file in files_of_lesson(id) {
        let arrived = arrived.clone();
        let settled = settled.clone();
        LESSONS_PENDING.with(|p| p.borrow_mut().push(id));
        fetch_text_or_not(&format!("lessons/{id}/{file}"), move |text| {
            if let Some(text) = text {
                provide_lesson_file(id, file, &text);
                arrived(id, file);
            }
            LESSONS_PENDING.with(|p| {
                let mut p = p.borrow_mut();
                if let Some(k) = p.iter().position(|i| *i == id) {
                    p.swap_remove(k);
                }
            });
            settled();
        });
    }
}

/// Hand over a lesson file as if fetched (for hosts without the files).
pub fn provide_lesson_file(id: &'static str, file: &'static str, text: &str) {
    LESSON_FILES.with(|s| s.borrow_mut().push((id, file, text.to_string())));
}

/// A lesson file fetched by `load_lessons`.
pub fn lesson_file(id: &str, file: &str) -> Option<String> {
    LESSON_FILES.with(|s| {
        s.borrow()
            .iter()
            .find(|(i, f, _)| *i == id && *f == file)
            .map(|(_, _, text)| text.clone())
    })
}

/// Whether some of lesson `id`'s files are still on the way.
pub fn lesson_pending(id: &str) -> bool {
    LESSONS_PENDING.with(|p| p.borrow().contains(&id))
}

fn fetch_text_or_not(url: &str, then: impl FnOnce(Option<String>) + 'static) {
    fetch_text(url, Closure::once_into_js(then));
}

/// Whether every `lib/` module asked for has arrived (or failed to).
pub fn libraries_settled() -> bool {
    LIBRARIES_PENDING.with(|n| n.get()) == 0
}

pub fn settings() -> SiteSettings {
    SETTINGS.with(|s| s.get())
}

pub fn set_settings(settings: SiteSettings) {
    SETTINGS.with(|s| s.set(settings));
}

/// Register the demo site's Service Worker (where the browser allows one).
pub fn start() {
    let answer =
        Closure::<dyn FnMut(String, String) -> JsValue>::new(|method: String, path: String| {
            site_reply(&method, &path)
        });
    start_site_worker(answer.as_ref());
    // Answers for as long as the page lives.
    answer.forget();
}

/// The site's answer to `method path` as the worker takes it:
/// `[status, reason, headers (flat), body, delay ms]`.
fn site_reply(method: &str, path: &str) -> JsValue {
    let config = settings().config;
    let nth = WORKER_ANSWERED.with(|n| n.replace(n.get() + 1));
    let r = site::answer(&config, method, path, nth);
    let headers = js_sys::Array::new();
    for (name, value) in r.headers() {
        // The worker's response is not a connection.
        if name != "Connection" {
            headers.push(&name.into());
            headers.push(&value.into());
        }
    }
    let reply = js_sys::Array::new();
    reply.push(&r.status.into());
    reply.push(&r.reason.into());
    reply.push(&headers);
    reply.push(&js_sys::Uint8Array::from(r.body.as_slice()));
    reply.push(&(r.delay_ms as f64).into());
    reply.into()
}

/// Where a request goes.
pub enum Route {
    /// The demo site's handler, in-process on the program's clock.
    InPage,
    /// Through the Service Worker: this path under `./site/`.
    Worker(String),
    /// A real `fetch()` of this URL.
    Fetch(String),
}

pub fn route(url: &str) -> Route {
    let absolute = url.starts_with("http://") || url.starts_with("https://");
    match site::site_target(url) {
        Some(_) if absolute && settings().real_server => Route::Fetch(url.into()),
        Some(path) if site_worker_active() => Route::Worker(path.trim_start_matches('/').into()),
        Some(_) => Route::InPage,
        None => Route::Fetch(url.into()),
    }
}

/// Fetch `./site/<path>` through the Service Worker for request `req`. The
/// answer goes to the worker ahead of the request, so the worker answers
/// after the site's delay without asking the page (which may be busy).
/// Returns the site's delay in seconds.
pub fn fetch_from_worker(generation: u64, slot: usize, req: HttpRequest, path: &str) -> f64 {
    let reply = site_reply(&req.method, path);
    let delay_ms = js_sys::Reflect::get_u32(&reply, 4)
        .ok()
        .and_then(|d| d.as_f64())
        .unwrap_or(0.0);
    let url = format!("site/{path}");
    fetch_with(generation, slot, req, &url, &reply);
    delay_ms / 1000.0
}

/// Fetch `url` for request `req` of slot `slot` of run `generation`; the
/// answer is queued for `take_answers` and the run is woken.
pub fn fetch(generation: u64, slot: usize, req: HttpRequest, url: &str) {
    fetch_with(generation, slot, req, url, &JsValue::NULL);
}

fn fetch_with(
    generation: u64,
    slot: usize,
    req: HttpRequest,
    fetch_url: &str,
    site_reply: &JsValue,
) {
    let headers = js_sys::Array::new();
    for (name, value) in &req.headers {
        headers.push(&name.into());
        headers.push(&value.into());
    }
    // The program sees the URL it asked for unless the site redirected it.
    let asked = req.url.clone();
    let rewritten = asked != fetch_url;
    let id = req.id;
    let done = Closure::once_into_js(
        move |status: u16,
              reason: String,
              headers: js_sys::Array,
              body: js_sys::Uint8Array,
              url: String| {
            let outcome = match (status, reason.as_str()) {
                (0, "timeout") => HttpOutcome::Timeout,
                // The browser says little ("Failed to fetch"): name the likely causes.
                (0, _) => HttpOutcome::ConnectError(format!(
                    "{reason}: unreachable, or not readable from this page (CORS)"
                )),
                _ => HttpOutcome::Response {
                    status,
                    // HTTP/2 answers carry no reason phrase.
                    reason: if reason.is_empty() {
                        site::reason(status).into()
                    } else {
                        reason
                    },
                    headers: headers
                        .to_vec()
                        .chunks(2)
                        .map(|p| {
                            let s = |v: &JsValue| v.as_string().unwrap_or_default();
                            (s(&p[0]), p.get(1).map(s).unwrap_or_default())
                        })
                        .collect(),
                    body: body.to_vec(),
                    url: if rewritten { asked } else { url },
                },
            };
            ANSWERS.with(|a| {
                a.borrow_mut().push(Answer {
                    generation,
                    slot,
                    id,
                    outcome,
                })
            });
            crate::host::wake(generation);
        },
    );
    let timeout_ms = req
        .timeout
        .filter(|_| req.blocking)
        .map_or(0.0, |t| t * 1000.0);
    http_fetch(
        &req.method,
        fetch_url,
        headers,
        req.body,
        timeout_ms,
        done,
        site_reply,
    );
}

/// The answers that came back for slot `slot` of run `generation` (answers
/// of earlier runs are dropped).
pub fn take_answers(generation: u64, slot: usize) -> Vec<(u32, HttpOutcome)> {
    ANSWERS.with(|a| {
        let mut a = a.borrow_mut();
        if a.is_empty() {
            return Vec::new();
        }
        a.retain(|x| x.generation >= generation);
        let mut taken = Vec::new();
        a.retain_mut(|x| {
            if x.slot == slot {
                taken.push((
                    x.id,
                    std::mem::replace(&mut x.outcome, HttpOutcome::Timeout),
                ));
                false
            } else {
                true
            }
        });
        taken
    })
}
