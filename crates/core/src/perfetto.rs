//! A run as a Chrome / Perfetto trace (the Trace Event Format's JSON, which
//! ui.perfetto.dev and chrome://tracing open), built from the timelines the
//! page draws, so the page's export and the CLI's `--perfetto` write the
//! same file:
//!
//! - a process per program (`pid` 1, 2, ...) and a thread per lane, that is
//!   per task or thread (`tid` 1 is the main program), named by `M` events
//!   (`process_name`, `thread_name`, with sort indexes keeping their order);
//! - a complete event (`X`) per span, named by its state and what it waited
//!   on (`waiting: sleep 1s`), with `state` and `on` in its arguments, and
//!   for a request its `method`, `url` and `status` (when answered);
//! - an instant event (`i`) per print, result, exception and cancellation,
//!   with its text.
//!
//! Times are microseconds of the program's clock.

use crate::numeric::dtoa::Fixed;
use crate::timeline::{MarkerKind, Timeline};
use crate::trace::json_str;
use std::fmt::Write;

/// The method, URL and status (if answered with one) of a request's label
/// (`GET http://host/path → 200 OK, 14 B`), `None` for other labels.
pub fn request(label: &str) -> Option<(&str, &str, Option<u16>)> {
    let (what, answer) = crate::search::split_once(label, " → ").unwrap_or((label, ""));
    let (method, url) = what.split_once(' ')?;
    let known = ["GET", "POST", "PUT", "DELETE", "HEAD", "PATCH", "OPTIONS"];
    if !known.contains(&method) || url.as_bytes().contains(&b' ') {
        return None;
    }
    let status = answer.split(' ').next().and_then(|s| s.parse().ok());
    Some((method, url, status))
}

/// The trace of `runs` (program name, timeline), as JSON.
pub fn perfetto(runs: &[(&str, &Timeline)]) -> String {
    let mut out = String::from("{\"displayTimeUnit\":\"ms\",\"traceEvents\":[");
    let us = |t: f64| Fixed(t * 1e6, 3);
    for (p, (name, timeline)) in runs.iter().enumerate() {
        let pid = p + 1;
        let _ = write!(
            out,
            "\n{{\"ph\":\"M\",\"pid\":{pid},\"tid\":0,\"name\":\"process_name\",\"args\":{{\"name\":{}}}}},\n{{\"ph\":\"M\",\"pid\":{pid},\"tid\":0,\"name\":\"process_sort_index\",\"args\":{{\"sort_index\":{pid}}}}},",
            json_str(name)
        );
        for (k, lane) in timeline.lanes.iter().enumerate() {
            let tid = k + 1;
            let _ = write!(
                out,
                "\n{{\"ph\":\"M\",\"pid\":{pid},\"tid\":{tid},\"name\":\"thread_name\",\"args\":{{\"name\":{}}}}},\n{{\"ph\":\"M\",\"pid\":{pid},\"tid\":{tid},\"name\":\"thread_sort_index\",\"args\":{{\"sort_index\":{tid}}}}},",
                json_str(&lane.name)
            );
            for s in &lane.spans {
                let state = s.state.name();
                let name = if s.label.is_empty() {
                    state.to_string()
                } else {
                    format!("{state}: {}", s.label)
                };
                let _ = write!(
                    out,
                    "\n{{\"ph\":\"X\",\"pid\":{pid},\"tid\":{tid},\"ts\":{},\"dur\":{},\"cat\":\"{state}\",\"name\":{},\"args\":{{\"state\":\"{state}\"",
                    us(s.start),
                    us(s.end - s.start),
                    json_str(&name)
                );
                if !s.label.is_empty() {
                    let _ = write!(out, ",\"on\":{}", json_str(&s.label));
                }
                if let Some((method, url, status)) = request(&s.label) {
                    let _ = write!(out, ",\"method\":\"{method}\",\"url\":{}", json_str(url));
                    if let Some(status) = status {
                        let _ = write!(out, ",\"status\":{status}");
                    }
                }
                out.push_str("}},");
            }
            for m in &lane.markers {
                let kind = match m.kind {
                    MarkerKind::Print => "print",
                    MarkerKind::Result => "result",
                    MarkerKind::Error => "error",
                    MarkerKind::Cancelled => "cancelled",
                };
                let _ = write!(
                    out,
                    "\n{{\"ph\":\"i\",\"s\":\"t\",\"pid\":{pid},\"tid\":{tid},\"ts\":{},\"cat\":\"{kind}\",\"name\":\"{kind}\",\"args\":{{\"text\":{}}}}},",
                    us(m.time),
                    json_str(&m.text)
                );
            }
        }
    }
    if out.ends_with(',') {
        out.pop();
    }
    out.push_str("\n]}\n");
    out
}
