//! The lesson gallery: every lesson of the registry as a link that opens it
//! (`?lesson=<id>`), with its title in both languages and how long each of
//! its two programs takes; and the current lesson's explanation, in the
//! page's language with the other one a click away.

use crate::components::{effect, on, rx};
use crate::dom::el;
use crate::i18n::{tr, Key, Lang};
use crate::params;
use crate::reactive::{Callback, RwSignal, Signal};
use playground_core::lessons::{self, Lesson};
use playground_core::numeric::dtoa::fixed;

fn secs(s: f64) -> String {
    if s.fract() == 0.0 {
        format!("{} s", fixed(s, 0))
    } else {
        format!("{} s", fixed(s, 1))
    }
}

/// The cards of every lesson, as HTML (`current` marked).
pub fn cards_html(lang: Lang, current: &str) -> String {
    use crate::components::timeline::escape;
    let mut out = String::new();
    for l in lessons::all() {
        let (title, alt) = if lang == Lang::Zh {
            (l.title_zh, l.title_en)
        } else {
            (l.title_en, l.title_zh)
        };
        let here = l.id == current;
        out.push_str("<li><a href=\"");
        escape(&params::link(l.id, false), &mut out);
        out.push_str(if here {
            "\" class=\"card current\" aria-current=\"page"
        } else {
            "\" class=\"card"
        });
        out.push_str("\" data-testid=\"lesson-card\" data-lesson=\"");
        escape(l.id, &mut out);
        out.push_str("\"><span class=\"card-num\">");
        out.push_str(&l.number.to_string());
        out.push_str("</span><span class=\"card-title\">");
        escape(title, &mut out);
        out.push_str("</span><span class=\"card-alt\" lang=\"");
        out.push_str(lang.other().code());
        out.push_str("\">");
        escape(alt, &mut out);
        out.push_str("</span><span class=\"card-times\">");
        for (k, p) in l.programs.iter().enumerate() {
            if k > 0 {
                out.push_str(" · ");
            }
            out.push_str(["A ", "B ", "C ", "D "][k]);
            out.push_str(&secs(p.expected_elapsed_s));
        }
        out.push_str("</span></a></li>");
    }
    out
}

/// Every lesson, as links (drawn as one HTML string; one listener on the
/// list opens the card clicked).
pub fn gallery(
    // The lesson shown.
    current: RwSignal<&'static str>,
    lang: RwSignal<Lang>,
    // Called with a lesson's id when the learner opens it.
    on_choose: Callback<&'static str>,
) -> web_sys::Node {
    let list = el("ol")
        .html_rx(rx(move || cards_html(lang.get(), current.get_untracked())))
        .on(
            "click",
            on(move |ev: web_sys::MouseEvent| {
                if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.button() != 0 {
                    return;
                }
                let card = ev
                    .target()
                    .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
                    .and_then(|el| el.closest("[data-lesson]").ok().flatten());
                let Some(l) = card
                    .and_then(|c| c.get_attribute("data-lesson"))
                    .and_then(|id| lessons::find(&id))
                else {
                    return;
                };
                ev.prevent_default();
                on_choose.run(l.id);
            }),
        );
    // The current card is marked in place, so focus stays on a card; in
    // the sideways strip of a narrow screen it is scrolled into the strip.
    let ol = list.0.clone();
    effect(move || {
        let id = current.get();
        let mut li = ol.first_element_child();
        while let Some(item) = li {
            if let Some(card) = item.first_element_child() {
                let here = card.get_attribute("data-lesson").as_deref() == Some(id);
                card.set_class_name(if here { "card current" } else { "card" });
                let _ = if here {
                    if let Some(li) = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlElement>(&item) {
                        // The list is positioned: offsets are within it.
                        ol.set_scroll_left(li.offset_left() - 8);
                    }
                    card.set_attribute("aria-current", "page")
                } else {
                    card.remove_attribute("aria-current")
                };
            }
            li = item.next_element_sibling();
        }
    });
    el("nav")
        .attr("class", "gallery")
        .attr("data-testid", "gallery")
        .attr("aria-labelledby", "gallery-title")
        .child(
            el("h2")
                .attr("id", "gallery-title")
                .text_rx(tr(lang, Key::Lessons))
                .node(),
        )
        .child(list.node())
        .node()
}

/// The lesson's explanation in the page's language, the other one folded.
/// The page does not carry the texts: they are lesson files it fetches
/// (`net::load_lessons`; `files` counts those arrived). Native builds
/// embed them.
pub fn explanation(
    lesson: Signal<&'static Lesson>,
    lang: RwSignal<Lang>,
    // Lesson files arrived so far.
    files: RwSignal<usize>,
) -> web_sys::Node {
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
    // The page's language (`primary`) or the other one.
    let paragraph = |primary: bool| {
        let lang_code = rx(move || {
            let l = lang.get();
            if primary { l } else { l.other() }.code().to_string()
        });
        el("p")
            .attr_rx("lang", lang_code)
            .text_rx(rx(move || text((lang.get() == Lang::Zh) == primary)))
            .node()
    };
    el("section")
        .attr("class", "explain")
        .attr("data-testid", "explain")
        .child(
            el("h2")
                .attr("class", "lesson-title")
                .text_rx(rx(move || {
                    lesson.with(|l| {
                        format!(
                            "{}. {}",
                            l.number,
                            if lang.get() == Lang::Zh {
                                l.title_zh
                            } else {
                                l.title_en
                            }
                        )
                    })
                }))
                .node(),
        )
        .child(paragraph(true))
        .child(
            el("details")
                .child(
                    el("summary")
                        .text_rx(tr(lang, Key::OtherLangExplain))
                        .node(),
                )
                .child(paragraph(false))
                .node(),
        )
        .node()
}
