//! The event loop at the inspected instant (lesson 18 made visible): the
//! task running, the ready queue and the waiting set, for each program,
//! and the program's other threads with what each does.

use crate::components::rx;
use crate::dom::el;
use crate::host::{RunState, Side, Status};
use crate::i18n::{t, tr, Key, Lang};
use crate::reactive::RwSignal;
use playground_core::numeric::dtoa::Fixed;

/// Names listed before "+N".
pub const MAX_NAMES: usize = 8;

/// `names` joined, at most `MAX_NAMES` of them, then how many more.
pub fn some_names(names: &[String]) -> String {
    let mut s = names
        .iter()
        .take(MAX_NAMES)
        .cloned()
        .collect::<Vec<_>>()
        .join(", ");
    if names.len() > MAX_NAMES {
        s.push_str(&format!(" … +{}", names.len() - MAX_NAMES));
    }
    s
}

/// The loop's contents at `at` for one side, as the `<dl>`'s HTML.
fn loop_html(side: Side, at: f64, l: Lang) -> String {
    use crate::components::timeline::escape;
    let which = side.which.letter();
    // A running program's trace ends at its last publication:
    // nothing has changed since.
    let status = side.status.get();
    let live = status == Status::Running;
    let done = matches!(status, Status::Done { .. });
    let snap = side.timeline.with(|tl| {
        if done && at >= tl.end - 1e-9 {
            // The program has ended: its loop holds nothing.
            return Default::default();
        }
        let at = if live { at.min(tl.end) } else { at };
        tl.loop_at(at)
    });
    let none = t(l, Key::Nothing);
    let mut out = String::new();
    let mut row = |key: Key, n: Option<usize>, id: &str, text: &str| {
        out.push_str("<dt>");
        out.push_str(t(l, key));
        if let Some(n) = n.filter(|n| *n > 0) {
            out.push_str(&format!(" ({n})"));
        }
        out.push_str("</dt><dd data-testid=\"");
        out.push_str(id);
        out.push('-');
        out.push_str(which);
        out.push_str("\">");
        escape(text, &mut out);
        out.push_str("</dd>");
    };
    let or_none = |names: &[String]| {
        if names.is_empty() {
            none.to_string()
        } else {
            some_names(names)
        }
    };
    let waiting: Vec<String> = snap
        .waiting
        .iter()
        .map(|(n, w)| format!("{n} ({w})"))
        .collect();
    row(
        Key::NowRunning,
        None,
        "running",
        snap.running.as_deref().unwrap_or(none),
    );
    row(
        Key::Ready,
        Some(snap.ready.len()),
        "ready",
        &or_none(&snap.ready),
    );
    row(
        Key::Waiting,
        Some(waiting.len()),
        "waiting",
        &or_none(&waiting),
    );
    if let Some((b, line)) = &snap.blocked {
        let b = match line {
            0 => b.clone(),
            n => format!("{b}, {} {n}", t(l, Key::Line)),
        };
        row(Key::Blocked, None, "blocked", &b);
    }
    for (key, list) in [
        (Key::Threads, &snap.threads),
        (Key::Processes, &snap.processes),
    ] {
        if list.is_empty() {
            continue;
        }
        let names: Vec<String> = list
            .iter()
            .map(|(n, doing)| {
                let doing = match doing.as_str() {
                    "running" => t(l, Key::ThreadRunning),
                    "ready" => t(l, Key::ThreadReady),
                    other => other,
                };
                format!("{n} ({doing})")
            })
            .collect();
        row(key, Some(names.len()), key.name(), &some_names(&names));
    }
    out
}

/// The event loop of each program of `sides` (those past the lesson's
/// programs are hidden by the page's style, by their `data-which`).
pub fn loop_panel(sides: Vec<Side>, state: RunState, lang: RwSignal<Lang>) -> web_sys::Node {
    let loops = el("div").attr("class", "loops");
    let loops = sides.into_iter().fold(loops, |loops, side| {
        let which = side.which.letter();
        loops.child(
            el("div")
                .attr("class", "loop")
                .attr("data-testid", &format!("loop-{which}"))
                .attr("data-which", which)
                .child(el("h4").text_rx(tr(lang, side.which.program_key())).node())
                .child(
                    el("dl")
                        .html_rx(rx(move || loop_html(side, state.inspect.get(), lang.get())))
                        .node(),
                )
                .node(),
        )
    });
    el("section")
        .attr("class", "loop-panel")
        .attr("aria-labelledby", "loop-title")
        .child(
            el("h3")
                .attr("id", "loop-title")
                .text_rx(tr(lang, Key::LoopPanel))
                .text(" · ")
                .child(
                    el("span")
                        .attr("data-testid", "inspect-time")
                        .text_rx(rx(move || format!("{} s", Fixed(state.inspect.get(), 2))))
                        .node(),
                )
                .node(),
        )
        .child(loops.node())
        .node()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lists_are_cut_with_a_count() {
        let names: Vec<String> = (1..=10_000).map(|k| format!("Task-{k}")).collect();
        let s = some_names(&names);
        assert!(s.starts_with("Task-1, Task-2"));
        assert!(s.ends_with(" … +9992"), "{s}");
        assert_eq!(some_names(&names[..2]), "Task-1, Task-2");
    }
}
