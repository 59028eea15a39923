//! Async Playground, the browser app. The interpreter lives in
//! `playground-core`; this crate hosts it on the page's real clock
//! (`host`) and draws what it reports (`components`: editors, timelines,
//! consoles, the event-loop panel, the lesson gallery). Text is in Chinese
//! and English (`i18n`); links choose the lesson, the language and
//! embedding (`params`); edits are kept in localStorage (`storage`); share
//! links carry programs and settings in their fragment (`share`).

pub mod components;
pub mod dom;
pub mod highlight;
pub mod host;
pub mod i18n;
pub mod net;
pub mod params;
pub mod processes;
pub mod reactive;
pub mod share;
pub mod storage;

use components::console::{console, totals, traceback_line};
use components::editor::editor;
use components::gallery::{explanation, gallery};
use components::loop_panel::loop_panel;
use components::timeline::{legend, timeline_view};
use components::{effect, notice, on, rx};
use dom::{el, event_target_value, fragment, request_animation_frame, window_listener};
use host::{RunState, Side, Status, Which};
use i18n::{t, t_named, tr, Key, Lang};
use playground_core::lessons::{self, Lesson};
use playground_core::numeric::dtoa::{Fixed, Plain};
use reactive::{Callback, Memo, RwSignal, Signal};
use wasm_bindgen::JsCast;

/// Name of the project as shown in the header, in English.
pub const TITLE_EN: &str = "Async Playground";
/// Name of the project as shown in the header, in Chinese.
pub const TITLE_ZH: &str = "异步游乐场";

fn edit_key(lesson: &str, which: Which) -> String {
    format!("async-playground.edit.{lesson}.{}", which.letter())
}

/// The file of a lesson's program.
fn program_file(which: Which) -> String {
    format!("{}.py", which.letter())
}

/// A lesson's program: embedded in native builds, fetched by the page
/// (empty until it arrives, and for a program the lesson does not have).
fn lesson_source(lesson: &Lesson, which: Which) -> String {
    let Some(program) = lesson.programs.get(which.index()) else {
        return String::new();
    };
    if !program.source.is_empty() {
        return program.source.to_string();
    }
    net::lesson_file(lesson.id, &program_file(which)).unwrap_or_default()
}

/// The learner's saved edit of a lesson's program, or the lesson's own.
pub fn initial_source(lesson: &Lesson, which: Which) -> String {
    if which.index() >= lesson.programs.len() {
        return String::new();
    }
    storage::get(&edit_key(lesson.id, which)).unwrap_or_else(|| lesson_source(lesson, which))
}

fn lesson_or_default(id: &str) -> &'static Lesson {
    lessons::find(id)
        .or_else(|| lessons::find(params::DEFAULT_LESSON))
        .unwrap_or(&lessons::all()[0])
}

/// The whole page: header, gallery, the lesson's explanation and the runner.
/// With `?embed=1`, only the runner and a link to the full page.
#[allow(non_snake_case)]
pub fn App() -> web_sys::Node {
    let params = params::current();
    let lang = RwSignal::new(Lang::detect());
    let first = lesson_or_default(params.lesson);
    let lesson_id = RwSignal::new(first.id);
    let lesson = Signal::derive(move || lesson_or_default(lesson_id.get()));
    let sides = Which::ALL.map(|w| Side::new(w, initial_source(first, w)));
    // How many programs the lesson has: the sides past them stay hidden.
    let count = Signal::derive(move || lesson.with(|l| l.programs.len()));
    let state = RunState::new();
    state.lesson.set(Some(first.id));
    install_playback();
    let embed = params.embed;
    // Counts lesson files arrived (the explanation follows it); a
    // program arriving fills its editor if it is still empty.
    let lesson_files = RwSignal::new(0usize);
    net::load_lessons(first.id, move |id, file| {
        lesson_files.update(|n| *n += 1);
        if lesson_id.get_untracked() != id {
            return;
        }
        for side in sides {
            if program_file(side.which) == file && side.source.with_untracked(|s| s.is_empty()) {
                side.source
                    .set(initial_source(lesson_or_default(id), side.which));
            }
        }
    });

    // The libraries the editors' programs import are fetched as they appear
    // (a lesson's programs arriving, a switch, an edit), before Run.
    for side in sides {
        effect(move || side.source.with(|s| net::load_libraries_for(s)));
    }

    // Keep edits per lesson across reloads (only what differs from the
    // lesson, and not programs as a share link showed them).
    for (k, side) in sides.into_iter().enumerate() {
        effect(move || {
            let text = side.source.get();
            if share::held(k, &text) {
                return;
            }
            let l = lesson_or_default(lesson_id.get_untracked());
            let key = edit_key(l.id, side.which);
            if text == lesson_source(l, side.which) {
                storage::remove(&key);
            } else {
                storage::set(&key, &text);
            }
        });
    }
    effect(move || {
        let l = lang.get();
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            if let Some(root) = doc.document_element() {
                let _ = root.set_attribute("lang", l.code());
            }
            let title = lesson.with(|x| {
                if l == Lang::Zh {
                    x.title_zh
                } else {
                    x.title_en
                }
            });
            doc.set_title(&format!("{title} · {TITLE_EN} · {TITLE_ZH}"));
        }
    });

    // A share link: once it is read and the lesson's own programs are in,
    // its programs replace the editors' (saved edits only if the learner
    // says so); a broken one shows the lesson's own programs and says why.
    let keys: Vec<String> = sides[..first.programs.len()]
        .iter()
        .map(|side| edit_key(first.id, side.which))
        .collect();
    let question = t(lang.get_untracked(), Key::ShareReplace);
    let linked = share::open(keys, question, move || lesson_files.update(|n| *n += 1));
    let autorun = params.autorun;
    effect(move || {
        lesson_files.track();
        if !share::pending() {
            return;
        }
        let l = lesson_or_default(lesson_id.get_untracked());
        let arrived = Which::ALL[..l.programs.len()]
            .iter()
            .all(|w| !lesson_source(l, *w).is_empty())
            || !net::lesson_pending(l.id);
        if !arrived {
            return;
        }
        let Some((problem, programs, latency, errors, real)) = share::take() else {
            return;
        };
        let words = lang.get_untracked();
        let programs = match problem.as_str() {
            "" => {
                // Saved as the learner's edits, as any edit is.
                share::hold(None);
                let mut settings = net::SiteSettings::default();
                settings.config.latency_ms = latency as u64;
                settings.config.error_percent = errors as u8;
                settings.real_server = real;
                net::set_settings(settings);
                Some(programs)
            }
            "share-kept" => {
                share::link_notice(t(words, Key::ShareKept));
                None
            }
            _ => {
                share::link_notice(&format!(
                    "{}{}",
                    t_named(words, &problem),
                    t(words, Key::ShareOwn)
                ));
                // Shown, not saved: saved edits stay as they were.
                let own: Vec<String> = Which::ALL[..l.programs.len()]
                    .iter()
                    .map(|w| lesson_source(l, *w))
                    .collect();
                share::hold(Some(own.clone()));
                Some(own)
            }
        };
        for (side, p) in sides.into_iter().zip(programs.into_iter().flatten()) {
            side.source.set(p);
        }
        // A link that autoruns runs what it opened.
        if autorun {
            host::start(&sides[..count.get_untracked()], state);
        }
    });

    let run = Callback::new(move |_: ()| {
        host::start(&sides[..count.get_untracked()], state);
        request_animation_frame(show_race);
    });
    let open = move |id: &'static str, push: bool| {
        host::stop();
        // A link not yet read is for the lesson it named, not this one.
        let _ = share::take();
        share::hold(None);
        share::link_notice("");
        let l = lesson_or_default(id);
        lesson_id.set(l.id);
        state.lesson.set(Some(l.id));
        for side in sides {
            side.source.set(initial_source(l, side.which));
            side.clear();
        }
        state.seek(0.0);
        state.reached.set(0.0);
        if push {
            if let Some(h) = web_sys::window().and_then(|w| w.history().ok()) {
                let url = params::link(l.id, embed);
                let _ = h.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
            }
        }
    };
    let choose = Callback::new(move |id: &'static str| open(id, true));
    // Back and forward move between lessons opened here.
    window_listener(
        "popstate",
        Box::new(move |_| open(params::current().lesson, false)),
    );
    // Ctrl/Cmd+Enter runs from anywhere on the page (the editors handle
    // their own, and say so by preventing the default); Esc stops a run or
    // step mode.
    window_listener(
        "keydown",
        on(move |ev: web_sys::KeyboardEvent| {
            let key = ev.key();
            if key == "Enter" && (ev.ctrl_key() || ev.meta_key()) && !ev.default_prevented() {
                ev.prevent_default();
                run.run(());
            } else if key == "Escape"
                && (state.running.get_untracked() || state.stepping.get_untracked().is_some())
            {
                host::stop();
            }
        }),
    );
    if params.autorun && !linked {
        request_animation_frame(move || run.run(()));
    }
    let problems = params.problems.clone();
    let param_notice = (!problems.is_empty()).then(|| {
        el("p")
            .attr("class", "notice")
            .attr("role", "status")
            .attr("data-testid", "param-notice")
            .text_rx(tr(lang, Key::UnknownParam))
            .text(" ")
            .child(el("code").text(&problems.join(" · ")).node())
            .node()
    });
    let lesson_area = el("main")
        .attr("class", "lesson-area")
        .attr("data-testid", "lesson-area")
        .attr_rx("aria-label", tr(lang, Key::Lesson))
        .attr_rx("data-count", rx(move || count.get().to_string()))
        .attr_rx("data-runs", rx(move || state.runs.get().to_string()))
        // While programs run: compact editors, controls greyed (style/main.css).
        .class_rx("running", rx(move || state.running.get()))
        .child_opt((!embed).then(|| explanation(lesson, lang, lesson_files)))
        .child(toolbar(
            sides, count, state, lang, lesson_id, embed, run, choose,
        ))
        .child(runner(sides, count, state, lang, lesson, run));
    el("div")
        .attr("class", if embed { "shell embed" } else { "shell" })
        .child_opt((!embed).then(|| header(lang)))
        .child_opt(param_notice)
        .child(
            el("div")
                .attr("class", "page")
                .child_opt((!embed).then(|| gallery(lesson_id, lang, choose)))
                .child(lesson_area.node())
                .node(),
        )
        .child_opt((!embed).then(footer))
        .node()
}

#[wasm_bindgen::prelude::wasm_bindgen(module = "/src/race.js")]
extern "C" {
    /// Bring the race into view once a run started (see `race.js`).
    #[wasm_bindgen(js_name = showRace)]
    fn show_race();
}

#[wasm_bindgen::prelude::wasm_bindgen(module = "/src/playback.js")]
extern "C" {
    /// Play and event-to-event steps over a finished run, their controls
    /// put in `.playback` once it is there (see `playback.js`).
    #[wasm_bindgen(js_name = installPlayback)]
    fn install_playback();
}

/// Lesson picker, run / stop / reset / step, and (embedded) the way out.
#[allow(clippy::too_many_arguments)]
pub fn toolbar(
    sides: [Side; 4],
    count: Signal<usize>,
    state: RunState,
    lang: RwSignal<Lang>,
    lesson_id: RwSignal<&'static str>,
    embed: bool,
    run: Callback<()>,
    choose: Callback<&'static str>,
) -> web_sys::Node {
    let reset = on(move |_: web_sys::MouseEvent| {
        let l = lesson_or_default(lesson_id.get_untracked());
        let shown = &sides[..count.get_untracked()];
        let edited = shown.iter().any(|side| {
            side.source
                .with_untracked(|s| *s != lesson_source(l, side.which))
        });
        // Edits are thrown away only when the learner says so.
        let sure = || {
            web_sys::window()
                .and_then(|w| {
                    w.confirm_with_message(t(lang.get_untracked(), Key::ResetConfirm))
                        .ok()
                })
                .unwrap_or(true)
        };
        if edited && !sure() {
            return;
        }
        host::stop();
        for side in shown {
            storage::remove(&edit_key(l.id, side.which));
            // Typed over the edit, so that Ctrl+Z in the editor undoes the reset.
            let original = lesson_source(l, side.which);
            if side.source.with_untracked(|s| *s != original)
                && !components::editor::replace_as_typed(side.which.editor_id(), &original)
            {
                side.source.set(original);
            }
            side.clear();
        }
        state.seek(0.0);
        state.reached.set(0.0);
    });
    let stepping = move || state.stepping.get();
    let running = rx(move || state.running.get());
    let step_button = move |w: Which| {
        el("span")
            .attr("class", "step")
            .attr("data-which", w.letter())
            .child(button(
                lang,
                w.step_key(),
                Some(Key::StepLabel),
                None,
                rx(move || stepping() == Some(w)),
                rx(move || state.running.get()),
                on(move |_: web_sys::MouseEvent| host::step(sides[w.index()], state)),
            ))
            .node()
    };
    let share = on(move |_: web_sys::MouseEvent| {
        let query = format!(
            "?lesson={}&lang={}",
            lesson_id.get_untracked(),
            if lang.get_untracked() == Lang::Zh {
                "zh"
            } else {
                "en"
            }
        );
        let s = net::settings();
        let l = lang.get_untracked();
        let words = t(l, Key::ShareWords);
        let programs: Vec<String> = sides[..count.get_untracked()]
            .iter()
            .map(|side| side.source.get_untracked())
            .collect();
        share::pack_link(
            &programs,
            s.config.latency_ms as f64,
            s.config.error_percent as f64,
            s.real_server,
            &query,
            words,
        );
    });
    let picker = el("select")
        .attr("data-testid", "lesson-picker")
        .html_rx(rx(move || options_html(lang.get(), lesson_id.get())))
        .on(
            "change",
            Box::new(move |ev: web_sys::Event| {
                if let Some(l) = lessons::find(&event_target_value(&ev)) {
                    choose.run(l.id);
                }
            }),
        );
    let never = || rx(|| false);
    let mut bar = el("div")
        .attr("class", "toolbar")
        .attr("role", "toolbar")
        .attr_rx("aria-label", tr(lang, Key::Lesson))
        .child(
            el("label")
                .attr("class", "picker")
                .child(el("span").text_rx(tr(lang, Key::Lesson)).node())
                .child(picker.node())
                .node(),
        )
        .child(button(
            lang,
            Key::Run,
            None,
            Some("primary"),
            never(),
            running,
            on(move |_: web_sys::MouseEvent| run.run(())),
        ))
        .child(button(
            lang,
            Key::Stop,
            None,
            None,
            never(),
            rx(move || !state.running.get() && stepping().is_none()),
            on(move |_: web_sys::MouseEvent| host::stop()),
        ))
        .child(button(
            lang,
            Key::Reset,
            Some(Key::ResetLabel),
            None,
            never(),
            never(),
            reset,
        ));
    for w in Which::ALL {
        bar = bar.child(step_button(w));
    }
    let bar = if embed {
        bar.child(lang_switch(lang)).child(
            el("a")
                .attr("class", "full-link")
                .attr("target", "_blank")
                .attr("rel", "noopener")
                .attr("data-testid", "open-full")
                .attr_rx("href", rx(move || params::link(lesson_id.get(), false)))
                .text_rx(tr(lang, Key::OpenFull))
                .node(),
        )
    } else {
        bar.child(button(
            lang,
            Key::Share,
            None,
            None,
            never(),
            never(),
            share,
        ))
        .child(export_menu(sides, count, lang, lesson_id))
    };
    fragment(vec![
        bar.node(),
        notice(
            lang,
            rx(move || stepping().is_some()),
            "hint stepping",
            Some("status"),
            "step-notice",
            Key::Stepping,
        ),
    ])
}

/// The export menu: the run as a Perfetto trace, the timelines as SVG or
/// PNG, the consoles as text, each a download (one click handler for its
/// buttons, which are HTML).
fn export_menu(
    sides: [Side; 4],
    count: Signal<usize>,
    lang: RwSignal<Lang>,
    lesson_id: RwSignal<&'static str>,
) -> web_sys::Node {
    let click = on(move |ev: web_sys::MouseEvent| {
        let Some(kind) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|e| e.get_attribute("data-export"))
        else {
            return;
        };
        let l = lang.get_untracked();
        let lesson = lesson_or_default(lesson_id.get_untracked());
        let file = |what: &str| format!("{}-{what}", lesson.id);
        let shown = &sides[..count.get_untracked()];
        let names: Vec<&str> = shown.iter().map(|s| t(l, s.which.program_key())).collect();
        if kind == "text" {
            share::download("consoles", &names.join("|"), &file("consoles.txt"));
            return;
        }
        // Borrowed together, not copied (a crowded run's lanes are many).
        let cells: Vec<_> = shown.iter().map(|s| s.timeline.shared()).collect();
        let timelines: Vec<_> = cells.iter().map(|c| c.borrow()).collect();
        let runs: Vec<(&str, &playground_core::timeline::Timeline)> = names
            .iter()
            .copied()
            .zip(timelines.iter().map(|t| &**t))
            .filter(|r| !r.1.lanes.is_empty())
            .collect();
        if kind == "trace" {
            let json = playground_core::perfetto::perfetto(&runs);
            share::download("application/json", &json, &file("trace.json"));
            return;
        }
        let title = if l == Lang::Zh {
            lesson.title_zh
        } else {
            lesson.title_en
        };
        let svg = playground_core::draw::svg(title, &runs, &|k| t_named(l, k));
        if kind == "png" {
            share::download("png", &svg, &file("timelines.png"));
        } else {
            share::download("image/svg+xml", &svg, &file("timelines.svg"));
        }
    });
    let items = rx(move || {
        let mut out = String::new();
        for (k, text) in ["trace", "svg", "png", "text"]
            .into_iter()
            .zip(t(lang.get(), Key::ExportItems).split('|'))
        {
            out.push_str(&format!(
                "<button data-export=\"{k}\" data-testid=\"export-{k}\">{text}</button>"
            ));
        }
        out
    });
    el("details")
        .attr("class", "export")
        .attr("data-testid", "export")
        .child(el("summary").text_rx(tr(lang, Key::Export)).node())
        .child(
            el("div")
                .attr("class", "export-menu")
                .html_rx(items)
                .on("click", click)
                .node(),
        )
        .node()
}

/// A toolbar button: `key` names its test id and its text; one function
/// for all of them.
fn button(
    lang: RwSignal<Lang>,
    key: Key,
    title: Option<Key>,
    class: Option<&'static str>,
    active: components::Rx<bool>,
    disabled: components::Rx<bool>,
    click: dom::Handler,
) -> web_sys::Node {
    let b = el("button")
        .attr("data-testid", key.name())
        .attr_opt("class", class);
    let b = match title {
        Some(k) => b.attr_rx("title", tr(lang, k)),
        None => b,
    };
    b.class_rx("active", active)
        .flag_rx("disabled", disabled)
        .on("click", click)
        .text_rx(tr(lang, key))
        .node()
}

/// The lesson picker's options, the current lesson selected.
pub fn options_html(lang: Lang, current: &str) -> String {
    let mut out = String::new();
    for l in lessons::all() {
        out.push_str("<option value=\"");
        components::timeline::escape(l.id, &mut out);
        out.push('"');
        if l.id == current {
            out.push_str(" selected");
        }
        out.push('>');
        out.push_str(&l.number.to_string());
        out.push_str(". ");
        components::timeline::escape(
            if lang == Lang::Zh {
                l.title_zh
            } else {
                l.title_en
            },
            &mut out,
        );
        out.push_str("</option>");
    }
    out
}

/// Language switch (remembered).
pub fn lang_switch(lang: RwSignal<Lang>) -> web_sys::Node {
    el("button")
        .attr("class", "lang-switch")
        .attr("data-testid", "lang-switch")
        .attr_rx("aria-label", tr(lang, Key::LanguageLabel))
        .attr_rx("lang", rx(move || lang.get().other().code().to_string()))
        .on(
            "click",
            Box::new(move |_| {
                let l = lang.get().other();
                l.remember();
                lang.set(l);
            }),
        )
        .text_rx(tr(lang, Key::Language))
        .node()
}

/// What the elapsed-time badge says.
fn status_text(status: Status, lang: Lang) -> String {
    match status {
        Status::Idle => t(lang, Key::NotRun).to_string(),
        Status::Running => t(lang, Key::Running).to_string(),
        Status::Stepping { turn, time } => match lang {
            Lang::En => format!("turn {turn} · {}", Fixed(time, 2)),
            Lang::Zh => format!("第 {turn} 轮 · {}", Fixed(time, 2)),
        },
        Status::Done {
            elapsed,
            exit_code: 0,
        } => format!("{} s", Fixed(elapsed, 2)),
        Status::Done { elapsed, exit_code } => {
            format!(
                "{} {exit_code} · {} s",
                t(lang, Key::Exit),
                Fixed(elapsed, 2)
            )
        }
        Status::Stopped { at } => format!("{} · {} s", t(lang, Key::Stopped), Fixed(at, 2)),
    }
}

/// Editors with their consoles, the totals, the timelines on one shared
/// time axis with the playhead, and the event-loop panel.
pub fn runner(
    sides: [Side; 4],
    count: Signal<usize>,
    state: RunState,
    lang: RwSignal<Lang>,
    lesson: Signal<&'static Lesson>,
    run: Callback<()>,
) -> web_sys::Node {
    // The shared axis changes rarely (whole seconds while running), so the
    // timelines are not redrawn every frame.
    let axis = Memo::new(move || {
        let expected = lesson.with(|l| {
            l.programs
                .iter()
                .map(|p| p.expected_elapsed_s)
                .fold(0.0, f64::max)
        });
        let end = sides[..count.get()]
            .iter()
            .map(|s| s.timeline.with(|t| t.end))
            .fold(0.0, f64::max);
        if state.running.get() || state.stepping.get().is_some() {
            expected.max(state.reached.get()).max(1.0)
        } else if end > 0.0 {
            end.max(0.05) * 1.02
        } else {
            expected.max(1.0) * 1.02
        }
    });
    let side_view = move |side: Side| {
        let which = side.which.letter();
        let current = Memo::new(move || {
            let t = state.inspect.get();
            side.timeline.with(|tl| tl.lines_at(t))
        });
        let error = Memo::new(move || side.console.with(|c| traceback_line(c)));
        let key = side.which.program_key();
        let program_label = rx(move || {
            lesson.with(|l| {
                l.programs
                    .get(side.which.index())
                    .map_or("", |p| {
                        if lang.get() == Lang::Zh {
                            p.label_zh
                        } else {
                            p.label_en
                        }
                    })
                    .to_string()
            })
        });
        let heading = el("h2")
            .attr("id", &format!("side-{which}"))
            .text_rx(tr(lang, key))
            .text(" · ")
            .child(
                el("span")
                    .attr("class", "program-label")
                    .text_rx(program_label)
                    .node(),
            )
            .child(
                el("span")
                    .attr("class", "elapsed")
                    .attr("data-testid", &format!("elapsed-{which}"))
                    .attr_rx(
                        "data-status",
                        rx(move || side.status.get().name().to_string()),
                    )
                    .text_rx(rx(move || status_text(side.status.get(), lang.get())))
                    .node(),
            );
        el("section")
            .attr("class", "side")
            .attr("aria-labelledby", &format!("side-{which}"))
            .attr("data-which", which)
            .child(heading.node())
            .child(editor(
                side.source,
                side.which.editor_id(),
                Signal::derive(move || t(lang.get(), key)),
                current.into(),
                error.into(),
                run,
            ))
            .child(console(side, lang))
            .child(components::console::import_notes(side, lang))
            .node()
    };
    let timeline_run = move |side: Side| {
        let key = side.which.program_key();
        el("div")
            .attr("class", "run")
            .attr("data-which", side.which.letter())
            .child(el("h3").text_rx(tr(lang, key)).node())
            .child(timeline_view(
                side.timeline,
                axis.into(),
                state,
                side.which.timeline_id(),
                Signal::derive(move || t(lang.get(), key)),
                side.truncated.into(),
                Signal::derive(move || side.status.get() == Status::Running),
                lang,
            ))
            .node()
    };
    let slider = el("input")
        .attr("type", "range")
        .attr("min", "0")
        .attr("step", "any")
        .attr("data-testid", "playhead-slider")
        .flag_rx("disabled", rx(move || state.running.get()))
        .attr_rx("max", rx(move || Plain(axis.get()).to_string()))
        .value_rx(rx(move || Plain(state.playhead.get()).to_string()))
        .on(
            "input",
            Box::new(move |ev| {
                if let Some(v) =
                    playground_core::numeric::float::parse_float(&event_target_value(&ev))
                {
                    state.seek(v)
                }
            }),
        );
    // Play, its speed and ‹ › come first in `.playback` (playback.js adds them).
    let playback = el("div").attr("class", "playback").child(
        el("label")
            .attr("class", "scrub")
            .child(el("span").text_rx(tr(lang, Key::Playhead)).node())
            .child(slider.node())
            .child(
                el("output")
                    .attr("data-testid", "playhead-time")
                    .text_rx(rx(move || format!("{} s", Fixed(state.playhead.get(), 2))))
                    .node(),
            )
            .node(),
    );
    let mut timelines = el("section")
        .attr("class", "timelines")
        .attr("aria-labelledby", "timelines-title")
        .child(
            el("h2")
                .attr("id", "timelines-title")
                .attr("class", "sr-only")
                .text_rx(tr(lang, Key::Timeline))
                .node(),
        )
        .child(legend(lang));
    let mut editors = el("div").attr("class", "sides");
    for side in sides {
        editors = editors.child(side_view(side));
        timelines = timelines.child(timeline_run(side));
    }
    let timelines = timelines.child(playback.node()).child(
        el("p")
            .attr("class", "hint")
            .text_rx(tr(lang, Key::ScrubHint))
            .node(),
    );
    fragment(vec![
        editors.node(),
        el("p")
            .attr("class", "hint")
            .text_rx(rx(move || {
                format!(
                    "{} · {}",
                    t(lang.get(), Key::EditorHint),
                    t(lang.get(), Key::EmptyProgram)
                )
            }))
            .node(),
        notice(
            lang,
            rx(move || lesson.with(|l| l.computes)),
            "hint",
            Some("status"),
            "one-at-a-time",
            Key::OneAtATime,
        ),
        totals(sides, count, lang),
        notice(
            lang,
            rx(move || state.hidden_during_run.get()),
            "notice",
            Some("status"),
            "hidden-notice",
            Key::HiddenTab,
        ),
        notice(
            lang,
            rx(move || state.site_in_page.get()),
            "notice",
            Some("status"),
            "site-notice",
            Key::SiteInPage,
        ),
        components::site_settings::site_settings(lang),
        timelines.node(),
        loop_panel(sides.to_vec(), state, lang),
    ])
}

/// The header's title: the project's name in English and Chinese.
const TITLE_HTML: &str = concat!(
    "<span lang=\"en\">Async Playground</span>",
    "<span class=\"shell-title-sep\" aria-hidden=\"true\"> · </span>",
    "<span lang=\"zh-Hans\">异步游乐场</span>"
);

/// The page header with the project's name in English and Chinese.
pub fn header(lang: RwSignal<Lang>) -> web_sys::Node {
    el("header")
        .attr("class", "shell-header")
        .attr("data-testid", "shell-header")
        .child(
            el("h1")
                .attr("class", "shell-title")
                .attr("data-testid", "shell-title")
                .html(TITLE_HTML)
                .node(),
        )
        .child(
            el("p")
                .attr("class", "shell-tagline")
                .text_rx(tr(lang, Key::Tagline))
                .node(),
        )
        .child(lang_switch(lang))
        .node()
}

/// The page footer.
pub fn footer() -> web_sys::Node {
    el("footer")
        .attr("class", "shell-footer")
        .attr("data-testid", "shell-footer")
        .text("Python runs in your browser with the playground's own interpreter; nothing is sent anywhere. · Python 由游乐场自己的解释器在浏览器中运行，不会发送任何数据。")
        .node()
}

/// Installs a panic hook that logs the panic to the console and
/// also shows it in the page, so that an internal error never leaves the
/// learner with a blank page.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        // Put together here: the hook info's own Display costs the wasm more.
        let place = info.location().map_or(String::new(), |l| {
            format!(" at {}:{}:{}", l.file(), l.line(), l.column())
        });
        let what = info.payload_as_str().unwrap_or("Box<dyn Any>");
        let message = format!("panicked{place}:\n{what}");
        console_error(&message);
        show_fatal_error(&message);
    }));
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// `console.error`: a panic's message in the browser's console too.
    #[wasm_bindgen(js_namespace = console, js_name = error)]
    fn console_error(message: &str);
}

/// Shows `message` in a box at the top of the page (`data-testid="fatal-error"`).
/// Uses the DOM alone, no signals: it must work when the app itself is broken.
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
