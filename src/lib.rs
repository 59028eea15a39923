//! Async Playground, the browser app. The interpreter lives in
//! `playground-core`; this crate hosts it on the page's real clock
//! (`host`) and draws what it reports: editors (`editor`), timelines
//! (`timeline_view`), consoles and the event-loop panel. Text is in Chinese
//! and English (`i18n`); links choose the lesson and embedding (`params`).

pub mod editor;
pub mod highlight;
pub mod host;
pub mod i18n;
pub mod params;
pub mod storage;
pub mod timeline_view;

use editor::Editor;
use host::{RunState, Side};
use i18n::{tr, Lang};
use leptos::prelude::*;
use playground_core::lessons::{self, Lesson};
use playground_core::timeline::{MarkerKind, Timeline};
use timeline_view::{Legend, TimelineView};
use wasm_bindgen::JsCast;

/// Name of the project as shown in the header, in English.
pub const TITLE_EN: &str = "Async Playground";
/// Name of the project as shown in the header, in Chinese.
pub const TITLE_ZH: &str = "异步游乐场";

fn edit_key(lesson: &str, which: &str) -> String {
    format!("async-playground.edit.{lesson}.{which}")
}

/// The saved edit of a lesson's program, or the lesson's own.
fn initial_source(lesson: &Lesson, which: &str) -> String {
    storage::get(&edit_key(lesson.id, which)).unwrap_or_else(|| {
        if which == "a" {
            lesson.a.source
        } else {
            lesson.b.source
        }
        .to_string()
    })
}

/// The line the last traceback frame in `main.py` points at.
fn traceback_line(console: &[(bool, String)]) -> Option<u32> {
    let text: String = console
        .iter()
        .filter(|(e, _)| *e)
        .map(|(_, t)| t.as_str())
        .collect();
    let mut found = None;
    for line in text.lines() {
        let l = line.trim_start();
        if let Some(rest) = l.strip_prefix("File \"main.py\", line ") {
            let n: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
            found = n.parse().ok();
        }
    }
    found
}

/// Lines where tasks stand at instant `t` (tasks that have ended excluded).
fn lines_at(lines: &[(f64, String, u32)], timeline: &Timeline, t: f64) -> Vec<u32> {
    let mut latest: std::collections::BTreeMap<&str, u32> = std::collections::BTreeMap::new();
    for (time, name, line) in lines {
        if *time <= t + 1e-9 {
            latest.insert(name, *line);
        }
    }
    for lane in &timeline.lanes {
        let ended = lane.markers.iter().any(|m| {
            m.time <= t && matches!(m.kind, MarkerKind::Result | MarkerKind::Cancelled)
                || (m.kind == MarkerKind::Error
                    && m.text.contains("Error")
                    && lane.task.is_some()
                    && m.time <= t)
        });
        if ended {
            latest.remove(lane.name.as_str());
        }
    }
    let mut v: Vec<u32> = latest.into_values().collect();
    v.sort_unstable();
    v.dedup();
    v
}

/// The whole page.
#[component]
pub fn App() -> impl IntoView {
    let params = params::current();
    let lang = RwSignal::new(Lang::detect());
    let lesson_id = RwSignal::new(params.lesson);
    let lesson = move || lessons::find(lesson_id.get()).unwrap_or(&lessons::all()[0]);
    let first = lessons::find(params.lesson).unwrap_or(&lessons::all()[0]);
    let a = Side::new(initial_source(first, "a"));
    let b = Side::new(initial_source(first, "b"));
    let state = RunState {
        running: RwSignal::new(false),
        now: RwSignal::new(0.0),
        playhead: RwSignal::new(0.0),
        hidden_during_run: RwSignal::new(false),
    };
    // Keep edits per lesson across reloads.
    Effect::new(move |_| {
        let l = lesson_id.get_untracked();
        let (sa, sb) = (a.source.get(), b.source.get());
        if let Some(lesson) = lessons::find(l) {
            if sa != lesson.a.source {
                storage::set(&edit_key(l, "a"), &sa);
            }
            if sb != lesson.b.source {
                storage::set(&edit_key(l, "b"), &sb);
            }
        }
    });
    Effect::new(move |_| {
        let l = lang.get();
        if let Some(doc) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = doc.set_attribute("lang", l.code());
        }
    });
    let run = Callback::new(move |_| host::start(&[a, b], state));
    let stop = move |_| host::stop();
    let reset = move |_| {
        host::stop();
        let l = lesson();
        storage::remove(&edit_key(l.id, "a"));
        storage::remove(&edit_key(l.id, "b"));
        a.source.set(l.a.source.to_string());
        b.source.set(l.b.source.to_string());
        a.clear();
        b.clear();
    };
    let choose = move |id: String| {
        host::stop();
        if let Some(l) = lessons::find(&id) {
            lesson_id.set(l.id);
            a.source.set(initial_source(l, "a"));
            b.source.set(initial_source(l, "b"));
            a.clear();
            b.clear();
            state.playhead.set(0.0);
            if let Some(w) = web_sys::window() {
                let embed = if params.embed { "&embed=1" } else { "" };
                let _ = w.history().and_then(|h| {
                    h.replace_state_with_url(
                        &wasm_bindgen::JsValue::NULL,
                        "",
                        Some(&format!("?lesson={}{embed}", l.id)),
                    )
                });
            }
        }
    };
    if params.autorun {
        request_animation_frame(move || run.run(()));
    }
    let problems = params.problems.clone();
    let embed = params.embed;
    view! {
        <div class="shell" class:embed=embed>
            {(!embed).then(|| view! { <Header lang=lang/> })}
            {(!problems.is_empty()).then(|| {
                let text = problems.join(", ");
                view! {
                    <p class="notice" role="status" data-testid="param-notice">
                        {tr(lang, "unknown-param")}" "{text}
                    </p>
                }
            })}
            <main class="lesson-area" data-testid="lesson-area" aria-label="Lesson">
                <div class="toolbar">
                    <label class="picker">
                        <span>{tr(lang, "lesson")}</span>
                        <select data-testid="lesson-picker"
                            on:change=move |ev| choose(event_target_value(&ev))>
                            {lessons::all().iter().map(|l| {
                                let id = l.id;
                                view! {
                                    <option value=id selected=move || lesson_id.get() == id>
                                        {move || format!("{}. {}", l.number, if lang.get() == Lang::Zh { l.title_zh } else { l.title_en })}
                                    </option>
                                }
                            }).collect_view()}
                        </select>
                    </label>
                    <button data-testid="run" class="primary" on:click=move |_| run.run(())
                        disabled=move || state.running.get()>{tr(lang, "run")}</button>
                    <button data-testid="stop" on:click=stop disabled=move || !state.running.get()>{tr(lang, "stop")}</button>
                    <button data-testid="reset" on:click=reset>{tr(lang, "reset")}</button>
                    <button data-testid="step" on:click=move |_| host::step(b, state)
                        disabled=move || state.running.get()>{tr(lang, "step")}</button>
                    {embed.then(|| view! {
                        <a class="full-link" target="_blank" rel="noopener"
                            href=move || format!("./?lesson={}", lesson_id.get())>{tr(lang, "open-full")}</a>
                    })}
                    {embed.then(|| view! { <LangSwitch lang=lang/> })}
                </div>
                {(!embed).then(|| view! {
                    <p class="explain" data-testid="explain">
                        {move || if lang.get() == Lang::Zh { lesson().explain_zh } else { lesson().explain_en }}
                    </p>
                })}
                <Runner a=a b=b state=state lang=lang lesson=Signal::derive(lesson) run=run/>
                <p class="hint">{tr(lang, "editor-hint")}" "{tr(lang, "empty-b")}</p>
            </main>
            {(!embed).then(|| view! { <Footer/> })}
        </div>
    }
}

/// Language switch (remembered).
#[component]
pub fn LangSwitch(lang: RwSignal<Lang>) -> impl IntoView {
    view! {
        <button class="lang-switch" data-testid="lang-switch" aria-label=tr(lang, "language-label")
            on:click=move |_| {
                let l = lang.get().other();
                l.remember();
                lang.set(l);
            }>{tr(lang, "language")}</button>
    }
}

/// Editors, timelines on a shared axis, the event-loop panel and consoles.
#[component]
pub fn Runner(
    a: Side,
    b: Side,
    state: RunState,
    lang: RwSignal<Lang>,
    lesson: Signal<&'static Lesson>,
    run: Callback<()>,
) -> impl IntoView {
    let axis = Signal::derive(move || {
        let ends = [
            a.timeline.with(|t| t.end),
            b.timeline.with(|t| t.end),
            state.now.get(),
        ];
        let expected = lesson.with(|l| l.a.expected_elapsed_s.max(l.b.expected_elapsed_s));
        let m = ends.iter().fold(0.0f64, |x, y| x.max(*y));
        if m > 0.0 {
            m.max(0.5) * 1.02
        } else {
            expected.max(1.0)
        }
    });
    let side_view = move |side: Side, which: &'static str| {
        let current = Signal::derive(move || {
            let t = state.playhead.get();
            side.lines
                .with(|l| side.timeline.with(|tl| lines_at(l, tl, t)))
        });
        let error = Signal::derive(move || side.console.with(|c| traceback_line(c)));
        let label = if which == "a" {
            tr(lang, "program-a")
        } else {
            tr(lang, "program-b")
        };
        let program_label = move || {
            lesson.with(|l| {
                let p = if which == "a" { &l.a } else { &l.b };
                if lang.get() == Lang::Zh {
                    p.label_zh
                } else {
                    p.label_en
                }
            })
        };
        view! {
            <section class="side" aria-label=label>
                <h2>{label}" · "<span class="program-label">{program_label}</span>
                    <span class="elapsed" data-testid=format!("elapsed-{which}")>
                        {move || match side.elapsed.get() {
                            Some(s) => format!("{s:.2} s"),
                            None if state.running.get() => tr(lang, "running")().to_string(),
                            None => tr(lang, "not-run")().to_string(),
                        }}
                    </span>
                </h2>
                <Editor source=side.source testid=if which == "a" { "editor-a" } else { "editor-b" }
                    label=Signal::derive(label) current_lines=current error_line=error on_run=run/>
                <div class="console" data-testid=format!("console-{which}") role="log" aria-label=tr(lang, "console")>
                    {move || side.console.get().into_iter().map(|(stderr, text)| view! {
                        <span class:stderr=stderr>{text}</span>
                    }).collect_view()}
                </div>
            </section>
        }
    };
    view! {
        <div class="sides">
            {side_view(a, "a")}
            {side_view(b, "b")}
        </div>
        <Totals a=a b=b lang=lang/>
        <section class="timelines" aria-label=tr(lang, "timeline")>
            <Legend lang=lang/>
            <h3>{tr(lang, "program-a")}</h3>
            <TimelineView timeline=a.timeline axis=axis playhead=state.playhead testid="timeline-a" lang=lang/>
            <h3>{tr(lang, "program-b")}</h3>
            <TimelineView timeline=b.timeline axis=axis playhead=state.playhead testid="timeline-b" lang=lang/>
            <label class="scrub">
                <span>{tr(lang, "playhead")}</span>
                <input type="range" min="0" step="0.01" data-testid="playhead-slider"
                    max=move || format!("{:.2}", axis.get())
                    prop:value=move || format!("{:.2}", state.playhead.get())
                    on:input=move |ev| {
                        if let Ok(v) = event_target_value(&ev).parse::<f64>() { state.playhead.set(v) }
                    }/>
                <output>{move || format!("{:.2} s", state.playhead.get())}</output>
            </label>
            {move || state.hidden_during_run.get().then(|| view! {
                <p class="notice" role="status" data-testid="hidden-notice">{tr(lang, "hidden-tab")}</p>
            })}
        </section>
        <LoopPanel a=a b=b state=state lang=lang/>
    }
}

/// Each program's time and the speed-up between them.
#[component]
pub fn Totals(a: Side, b: Side, lang: RwSignal<Lang>) -> impl IntoView {
    view! {
        <p class="totals" data-testid="totals">
            {move || match (a.elapsed.get(), b.elapsed.get()) {
                (Some(x), Some(y)) if y > 0.0 && x > 0.0 => {
                    let (fast, slow) = if x >= y { (y, x) } else { (x, y) };
                    format!("{x:.2} s vs {y:.2} s — {:.1}× {}", slow / fast, tr(lang, "speedup")())
                }
                (Some(x), Some(y)) => format!("{x:.2} s vs {y:.2} s"),
                _ => String::new(),
            }}
        </p>
    }
}

/// The event loop's ready queue and waiting set at the playhead (lesson 18).
#[component]
pub fn LoopPanel(a: Side, b: Side, state: RunState, lang: RwSignal<Lang>) -> impl IntoView {
    let panel = move |side: Side, which: &'static str| {
        view! {
            <div class="loop" data-testid=format!("loop-{which}")>
                <h4>{if which == "a" { tr(lang, "program-a") } else { tr(lang, "program-b") }}</h4>
                {move || {
                    let snap = side.timeline.with(|t| t.snapshot(state.playhead.get()));
                    let ready = if snap.ready.is_empty() { tr(lang, "nothing")().to_string() } else { snap.ready.join(", ") };
                    let waiting = if snap.waiting.is_empty() {
                        tr(lang, "nothing")().to_string()
                    } else {
                        snap.waiting.iter().map(|(n, w)| format!("{n} ({w})")).collect::<Vec<_>>().join(", ")
                    };
                    view! {
                        <dl>
                            <dt>{tr(lang, "now-running")}</dt><dd>{snap.running.unwrap_or_else(|| tr(lang, "nothing")().to_string())}</dd>
                            <dt>{tr(lang, "ready")}</dt><dd data-testid=format!("ready-{which}")>{ready}</dd>
                            <dt>{tr(lang, "waiting")}</dt><dd data-testid=format!("waiting-{which}")>{waiting}</dd>
                            {snap.blocked.map(|b| view! { <dt>{tr(lang, "blocked")}</dt><dd>{b}</dd> })}
                        </dl>
                    }
                }}
            </div>
        }
    };
    view! {
        <section class="loop-panel" aria-label=tr(lang, "loop-panel")>
            <h3>{tr(lang, "loop-panel")}</h3>
            <div class="loops">{panel(a, "a")}{panel(b, "b")}</div>
        </section>
    }
}

/// The page header with the project's name in English and Chinese.
#[component]
pub fn Header(lang: RwSignal<Lang>) -> impl IntoView {
    view! {
        <header class="shell-header" data-testid="shell-header">
            <h1 class="shell-title" data-testid="shell-title">
                <span lang="en">{TITLE_EN}</span>
                <span class="shell-title-sep" aria-hidden="true">" · "</span>
                <span lang="zh-Hans">{TITLE_ZH}</span>
            </h1>
            <p class="shell-tagline">{tr(lang, "tagline")}</p>
            <LangSwitch lang=lang/>
        </header>
    }
}

/// The page footer.
#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="shell-footer" data-testid="shell-footer">
            "Python runs in your browser with the playground's own interpreter; nothing is sent anywhere. · Python 由游乐场自己的解释器在浏览器中运行，不会发送任何数据。"
        </footer>
    }
}

/// Installs a panic hook that logs the panic to the console (with a stack) and
/// also shows it in the page, so that an internal error never leaves the
/// learner with a blank page.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_fatal_error(&info.to_string());
    }));
}

/// Shows `message` in a box at the top of the page (`data-testid="fatal-error"`).
/// Uses the DOM directly, not leptos: it must work when the app itself is broken.
/// Calling it again replaces the message.
pub fn show_fatal_error(message: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = document.body() else {
        return;
    };
    let existing = document
        .query_selector("[data-testid=\"fatal-error\"]")
        .ok()
        .flatten();
    let fatal = match existing {
        Some(el) => el,
        None => {
            let Ok(el) = document.create_element("div") else {
                return;
            };
            let _ = el.set_attribute("data-testid", "fatal-error");
            let _ = el.set_attribute("role", "alert");
            el.set_class_name("fatal-error");
            let _ = body.insert_before(&el, body.first_child().as_ref());
            el
        }
    };
    fatal.set_inner_html("");
    if let Ok(heading) = document.create_element("strong") {
        heading.set_text_content(Some(
            "The playground stopped because of an internal error. Reload the page to start again.",
        ));
        let _ = fatal.append_child(&heading);
    }
    if let Ok(pre) = document.create_element("pre") {
        pre.set_text_content(Some(message));
        let _ = fatal.append_child(&pre);
    }
    if let Some(el) = fatal.dyn_ref::<web_sys::HtmlElement>() {
        let _ = el.focus();
    }
}
