//! The lesson gallery: every lesson of the registry as a link that opens it
//! (`?lesson=<id>`), with its title in both languages and how long each of
//! its two programs takes; and the current lesson's explanation, in the
//! page's language with the other one a click away.

use crate::i18n::{tr, Lang};
use crate::params;
use leptos::prelude::*;
use playground_core::lessons::{self, Lesson};
use playground_core::numeric::dtoa::fixed;

fn secs(s: f64) -> String {
    if s.fract() == 0.0 {
        format!("{} s", fixed(s, 0))
    } else {
        format!("{} s", fixed(s, 1))
    }
}

/// Every lesson, as links.
#[component]
pub fn Gallery(
    /// The lesson shown.
    current: RwSignal<&'static str>,
    lang: RwSignal<Lang>,
    /// Called with a lesson's id when the learner opens it.
    on_choose: Callback<&'static str>,
) -> impl IntoView {
    let card = move |l: &'static Lesson| {
        let id = l.id;
        let is_current = move || current.get() == id;
        view! {
            <li>
                <a href=params::link(id, false) class="card" class:current=is_current
                    data-testid="lesson-card" data-lesson=id
                    aria-current=move || is_current().then_some("page")
                    on:click=move |ev| {
                        if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.button() != 0 {
                            return;
                        }
                        ev.prevent_default();
                        on_choose.run(id);
                    }>
                    <span class="card-num">{l.number}</span>
                    <span class="card-title">
                        {move || if lang.get() == Lang::Zh { l.title_zh } else { l.title_en }}
                    </span>
                    <span class="card-alt" lang=move || lang.get().other().code()>
                        {move || if lang.get() == Lang::Zh { l.title_en } else { l.title_zh }}
                    </span>
                    <span class="card-times">
                        {format!("A {} · B {}", secs(l.a.expected_elapsed_s), secs(l.b.expected_elapsed_s))}
                    </span>
                </a>
            </li>
        }
    };
    view! {
        <nav class="gallery" data-testid="gallery" aria-labelledby="gallery-title">
            <h2 id="gallery-title">{tr(lang, "lessons")}</h2>
            <ol>{lessons::all().iter().map(card).collect_view()}</ol>
        </nav>
    }
}

/// The lesson's explanation in the page's language, the other one folded.
/// The page does not carry the texts: they are fetched once per lesson
/// from `lessons/<id>/explain.<lang>.txt` (native builds embed them).
#[component]
pub fn Explanation(
    #[prop(into)] lesson: Signal<&'static Lesson>,
    lang: RwSignal<Lang>,
) -> impl IntoView {
    // (lesson id, English, Chinese) of the texts fetched so far.
    let fetched: RwSignal<Vec<(&'static str, String, String)>> = RwSignal::new(Vec::new());
    Effect::new(move |_| {
        let l = lesson.get();
        if !l.explain_en.is_empty() || fetched.with_untracked(|f| f.iter().any(|e| e.0 == l.id)) {
            return;
        }
        fetched.update(|f| f.push((l.id, String::new(), String::new())));
        for zh in [false, true] {
            let file = format!(
                "lessons/{}/explain.{}.txt",
                l.id,
                if zh { "zh" } else { "en" }
            );
            crate::net::fetch_text_then(&file, move |text| {
                fetched.update(|f| {
                    if let Some(e) = f.iter_mut().find(|e| e.0 == l.id) {
                        let slot = if zh { &mut e.2 } else { &mut e.1 };
                        *slot = text.trim_end().to_string();
                    }
                })
            });
        }
    });
    let text = move |zh: bool| {
        let l = lesson.get();
        if !l.explain_en.is_empty() {
            return (if zh { l.explain_zh } else { l.explain_en }).to_string();
        }
        fetched.with(|f| {
            f.iter()
                .find(|e| e.0 == l.id)
                .map(|e| if zh { e.2.clone() } else { e.1.clone() })
                .unwrap_or_default()
        })
    };
    view! {
        <section class="explain" data-testid="explain">
            <h2 class="lesson-title">
                {move || lesson.with(|l| format!("{}. {}", l.number,
                    if lang.get() == Lang::Zh { l.title_zh } else { l.title_en }))}
            </h2>
            <p lang=move || lang.get().code()>{move || text(lang.get() == Lang::Zh)}</p>
            <details>
                <summary>{tr(lang, "other-lang-explain")}</summary>
                <p lang=move || lang.get().other().code()>{move || text(lang.get() != Lang::Zh)}</p>
            </details>
        </section>
    }
}
