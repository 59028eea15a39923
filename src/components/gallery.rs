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
/// The page does not carry the texts: they are lesson files it fetches
/// (`net::load_lessons`; `files` counts those arrived). Native builds
/// embed them.
#[component]
pub fn Explanation(
    #[prop(into)] lesson: Signal<&'static Lesson>,
    lang: RwSignal<Lang>,
    /// Lesson files arrived so far.
    #[prop(into)]
    files: Signal<usize>,
) -> impl IntoView {
    let text = move |zh: bool| {
        let l = lesson.get();
        let embedded = if zh { l.explain_zh } else { l.explain_en };
        if !embedded.is_empty() {
            return embedded.to_string();
        }
        files.track();
        let file = if zh {
            "explain.zh.txt"
        } else {
            "explain.en.txt"
        };
        crate::net::lesson_file(l.id, file)
            .map(|t| t.trim_end().to_string())
            .unwrap_or_default()
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
