//! HTTP requests programs make (`aiohttp`, `requests`), performed by the host.
//!
//! The core never touches the network: a request is queued here, the host
//! takes it (`Program::take_requests`), performs it however it can (the demo
//! site's handler in virtual time, `fetch()` in the browser) and answers with
//! `Program::complete_request`. An `aiohttp` request is a future its task
//! awaits; a `requests` call blocks the whole program until its answer, as it
//! blocks CPython's event loop.
//!
//! The Python side (`aiohttp.py`, `requests.py`) sees the native module
//! `_http`: `request(...)` returns a future, `blocking(...)` returns the
//! answer. An answer is `(status, reason, headers, body, url)`, or
//! `(None, kind, message)` for a failure (`kind`: "connect" or "timeout"),
//! which the Python side turns into its library's exception.

use crate::at::At;
use crate::modules::native_module;
use crate::vm::builtins::check_args;
use crate::vm::interp::Vm;
use crate::vm::object::{Args, FutureObj, NativeFn, WaitLabel};
use crate::vm::value::Value;
use crate::vm::{Interrupt, PyResult, Suspension};
use std::rc::Rc;

/// A request for the host to perform.
#[derive(Clone, Debug, PartialEq)]
pub struct HttpRequest {
    pub id: u32,
    pub method: String,
    pub url: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
    /// Seconds the program is willing to wait (`timeout=`), if it said.
    pub timeout: Option<f64>,
    /// A `requests` call holding the whole program.
    pub blocking: bool,
}

/// The reason phrase of the process broker's answers (see `processes`).
pub const PROCESS_REASON: &str = "process";

/// Between a request and its answer in a span's label.
const ANSWERED: &str = " → ";

/// Whether a span labelled `label` ended in a failed request (an error
/// status, no connection, a timeout): the timeline draws it in red.
pub fn label_failed(label: &str) -> bool {
    match crate::search::rsplit_once(label, ANSWERED) {
        Some((_, answer)) => {
            let status = answer.split(' ').next().and_then(|s| s.parse::<u16>().ok());
            status.is_none_or(|s| s >= 400)
        }
        None => false,
    }
}

/// What the host answers.
#[derive(Clone, Debug, PartialEq)]
pub enum HttpOutcome {
    Response {
        status: u16,
        reason: String,
        headers: Vec<(String, String)>,
        body: Vec<u8>,
        /// The final URL (after redirects).
        url: String,
    },
    /// The connection failed (`message` gives the reason).
    ConnectError(String),
    /// No answer within the request's timeout.
    Timeout,
}

/// Requests made and not yet answered.
#[derive(Default)]
pub struct Requests {
    next_id: u32,
    /// Made, not yet taken by the host.
    queued: Vec<HttpRequest>,
    /// Taken by the host: the future an `aiohttp` request completes (`None`
    /// for a blocking request).
    in_flight: Vec<(u32, Option<Rc<FutureObj>>)>,
}

impl Requests {
    fn add(&mut self, mut request: HttpRequest, future: Option<Rc<FutureObj>>) -> u32 {
        self.next_id += 1;
        request.id = self.next_id;
        self.in_flight.push((request.id, future));
        self.queued.push(request);
        self.next_id
    }

    /// Hand the queued requests to the host.
    pub fn take(&mut self) -> Vec<HttpRequest> {
        std::mem::take(&mut self.queued)
    }

    /// Requests made and not yet answered.
    pub fn outstanding(&self) -> usize {
        self.in_flight.len()
    }

    /// Forget an answered request; its future, if it has one.
    pub fn finish(&mut self, id: u32) -> Option<Option<Rc<FutureObj>>> {
        let i = self.in_flight.iter().position(|(r, _)| *r == id)?;
        Some(self.in_flight.remove(i).1)
    }
}

impl HttpOutcome {
    /// How the answer reads on a timeline: `200 OK, 165 B`, `timed out`, ...
    pub fn summary(&self) -> String {
        match self {
            HttpOutcome::Response {
                status,
                reason,
                body,
                ..
            } => format!("{status} {reason}, {} B", body.len()),
            HttpOutcome::ConnectError(_) => "could not connect".into(),
            HttpOutcome::Timeout => "timed out".into(),
        }
    }

    /// `what → summary`: a request's label once answered (a request to
    /// another process keeps its own label).
    pub fn label(&self, what: &str) -> String {
        match self {
            HttpOutcome::Response { reason, .. } if reason == PROCESS_REASON => what.to_string(),
            _ => format!("{what}{ANSWERED}{}", self.summary()),
        }
    }

    /// The answer as the Python side receives it.
    pub fn to_value(&self) -> Value {
        match self {
            HttpOutcome::Response {
                status,
                reason,
                headers,
                body,
                url,
            } => Value::tuple(vec![
                Value::Int(i64::from(*status)),
                Value::str(reason),
                Value::list(
                    headers
                        .iter()
                        .map(|(k, v)| Value::tuple(vec![Value::str(k), Value::str(v)]))
                        .collect(),
                ),
                Value::Bytes(Rc::from(body.as_slice())),
                Value::str(url),
            ]),
            HttpOutcome::ConnectError(message) => Value::tuple(vec![
                Value::None,
                Value::str("connect"),
                Value::str(message),
            ]),
            HttpOutcome::Timeout => {
                Value::tuple(vec![Value::None, Value::str("timeout"), Value::str("")])
            }
        }
    }
}

/// The `_http` module.
pub fn module() -> Value {
    const FUNCS: &[(&str, NativeFn)] = &[("request", http_request), ("blocking", http_blocking)];
    native_module("_http", FUNCS, vec![])
}

/// `(method, url, headers, body, timeout)` from the Python side.
fn request_args(vm: &mut Vm, args: &Args, name: &str, blocking: bool) -> PyResult<HttpRequest> {
    check_args(vm, name, args, 5, 5)?;
    let text = |vm: &mut Vm, v: &Value| -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.to_string()),
            other => vm.str_of(other),
        }
    };
    let method = text(vm, args.at(0))?.to_ascii_uppercase();
    let url = text(vm, args.at(1))?;
    let mut headers = Vec::new();
    if let Value::List(items) = args.at(2) {
        let items = items.borrow().clone();
        for item in items {
            if let Value::Tuple(pair) = item {
                if pair.len() == 2 {
                    let k = text(vm, &pair[0])?;
                    let v = text(vm, pair.at(1))?;
                    headers.push((k, v));
                }
            }
        }
    }
    let body = match args.at(3) {
        Value::None => Vec::new(),
        Value::Bytes(b) => b.to_vec(),
        Value::Str(s) => s.as_bytes().to_vec(),
        other => text(vm, other)?.into_bytes(),
    };
    let timeout = match args.at(4) {
        Value::None => None,
        v => vm.to_f64(v)?,
    };
    Ok(HttpRequest {
        id: 0,
        method,
        url,
        headers,
        body,
        timeout,
        blocking,
    })
}

/// `_http.request(...)`: a future on the running loop the host completes.
fn http_request(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let request = request_args(vm, &args, "request", false)?;
    let loop_id = crate::asyncio::current_loop(vm);
    let future = Rc::new(FutureObj::new(loop_id, None));
    let label = format!("{} {}", request.method, request.url);
    *future.label.borrow_mut() = WaitLabel::Other(Rc::from(label));
    vm.http.add(request, Some(future.clone()));
    Ok(Value::Future(future))
}

/// `_http.blocking(...)`: the whole program waits for the answer.
fn http_blocking(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let request = request_args(vm, &args, "blocking", true)?;
    // A request to another process says what it waits for in a `label` header.
    let what = match request.headers.iter().find(|(k, _)| k == "label") {
        Some((_, label)) if request.url.starts_with(crate::processes::SCHEME) => {
            Rc::from(label.as_str())
        }
        _ => Rc::from(format!("{} {}", request.method, request.url)),
    };
    let id = vm.http.add(request, None);
    Err(Interrupt::Suspend(Suspension::Request { id, what }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::driver::run_virtual;
    use crate::program::Options;
    use crate::trace::{Event, StepOutcome};

    #[test]
    fn failed_answers_are_told_from_their_labels() {
        let ok = HttpOutcome::Response {
            status: 200,
            reason: "OK".into(),
            headers: Vec::new(),
            body: b"hi".to_vec(),
            url: String::new(),
        };
        assert_eq!(ok.label("GET u"), "GET u → 200 OK, 2 B");
        assert!(!label_failed(&ok.label("GET u")));
        assert!(label_failed("GET u → 404 Not Found, 0 B"));
        assert!(label_failed(&HttpOutcome::Timeout.label("GET u")));
        assert!(label_failed(
            &HttpOutcome::ConnectError("no".into()).label("GET u")
        ));
        assert!(!label_failed("GET u"));
        assert!(!label_failed("sleep 1s"));
    }

    #[test]
    fn a_request_wait_is_labelled_with_its_answer() {
        let src = "import asyncio, aiohttp\n\
                   async def main():\n    \
                       async with aiohttp.ClientSession() as s:\n        \
                           for path in ('delay/200', 'status/503'):\n            \
                               async with s.get('./site/' + path) as r:\n                \
                                   await r.text()\n\
                   asyncio.run(main())\n";
        let (p, _) = run_virtual(src, Options::default());
        let waits: Vec<String> = p
            .trace()
            .events
            .iter()
            .filter_map(|e| match e {
                Event::StepEnd {
                    outcome: StepOutcome::Waiting { on },
                    ..
                } if on.starts_with("GET") => Some(on.to_string()),
                _ => None,
            })
            .collect();
        assert_eq!(
            waits,
            [
                "GET ./site/delay/200 → 200 OK, 14 B",
                "GET ./site/status/503 → 503 Service Unavailable, 24 B"
            ]
        );
    }
}
