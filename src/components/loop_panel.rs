//! The event loop at the inspected instant (lesson 18 made visible): the
//! task running, the ready queue and the waiting set, for each program,
//! and the program's other threads with what each does.

use crate::host::{RunState, Side, Status};
use crate::i18n::{t, tr, Lang};
use leptos::prelude::*;
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

#[component]
pub fn LoopPanel(a: Side, b: Side, state: RunState, lang: RwSignal<Lang>) -> impl IntoView {
    let panel = move |side: Side| {
        let which = side.which.letter();
        view! {
            <div class="loop" data-testid=format!("loop-{which}")>
                <h4>{if which == "a" { tr(lang, "program-a") } else { tr(lang, "program-b") }}</h4>
                {move || {
                    let l = lang.get();
                    let at = state.inspect.get();
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
                        side.replay.with(|r| r.loop_at(tl, at))
                    });
                    let none = t(l, "nothing");
                    let count = |n: usize| if n > 0 { format!(" ({n})") } else { String::new() };
                    let ready = if snap.ready.is_empty() { none.to_string() } else { some_names(&snap.ready) };
                    let waiting: Vec<String> = snap.waiting.iter().map(|(n, w)| format!("{n} ({w})")).collect();
                    let (nr, nw) = (snap.ready.len(), waiting.len());
                    let waiting = if waiting.is_empty() { none.to_string() } else { some_names(&waiting) };
                    view! {
                        <dl>
                            <dt>{t(l, "now-running")}</dt>
                            <dd data-testid=format!("running-{which}")>{snap.running.unwrap_or_else(|| none.to_string())}</dd>
                            <dt>{t(l, "ready")}{count(nr)}</dt>
                            <dd data-testid=format!("ready-{which}")>{ready}</dd>
                            <dt>{t(l, "waiting")}{count(nw)}</dt>
                            <dd data-testid=format!("waiting-{which}")>{waiting}</dd>
                            {snap.blocked.map(|b| view! {
                                <dt>{t(l, "blocked")}</dt><dd data-testid=format!("blocked-{which}")>{b}</dd>
                            })}
                            {(!snap.threads.is_empty()).then(|| {
                                let threads: Vec<String> = snap.threads.iter().map(|(n, doing)| {
                                    let doing = match doing.as_str() {
                                        "running" => t(l, "thread-running").to_string(),
                                        "ready" => t(l, "thread-ready").to_string(),
                                        other => other.to_string(),
                                    };
                                    format!("{n} ({doing})")
                                }).collect();
                                view! {
                                    <dt>{t(l, "threads")}{count(threads.len())}</dt>
                                    <dd data-testid=format!("threads-{which}")>{some_names(&threads)}</dd>
                                }
                            })}
                        </dl>
                    }
                }}
            </div>
        }
    };
    view! {
        <section class="loop-panel" aria-labelledby="loop-title">
            <h3 id="loop-title">
                {tr(lang, "loop-panel")}" · "
                <span data-testid="inspect-time">{move || format!("{} s", Fixed(state.inspect.get(), 2))}</span>
            </h3>
            <div class="loops">{panel(a)}{panel(b)}</div>
        </section>
    }
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
