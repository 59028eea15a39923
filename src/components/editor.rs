//! A small code editor: a textarea over a syntax-coloured copy of its text,
//! with line numbers, Tab indentation and Enter keeping the indentation
//! (both through the browser's own editing, so undo and redo keep working),
//! Ctrl/Cmd+Enter to run, and highlighted lines (where tasks stand, the
//! failing line of a traceback).
//!
//! Keyboard users leave the editor with Shift+Tab, or Escape then Tab.

use crate::components::{on, rx};
use crate::dom::{el, event_target_value};
use crate::reactive::{bind, Callback, RwSignal, Signal, StoredValue};
use playground_core::numeric::dtoa::Plain;
use wasm_bindgen::JsCast;

/// Pixel height of a line; the CSS uses the same value.
pub const LINE_PX: f64 = 20.0;

/// Insert `text` at the caret as if typed, keeping the undo history.
fn insert_as_typed(text: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.dyn_into::<web_sys::HtmlDocument>().ok())
        .and_then(|d| {
            d.exec_command_with_show_ui_and_value("insertText", false, text)
                .ok()
        })
        .unwrap_or(false)
}

/// Replace the whole text of the editor `testid` as if typed, so that the
/// learner's undo (Ctrl+Z) brings the old text back; false where the
/// browser cannot (the caller then sets the text itself).
pub fn replace_as_typed(testid: &str, text: &str) -> bool {
    let Some(ta) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| {
            d.query_selector(&format!("[data-testid=\"{testid}\"] textarea"))
                .ok()
                .flatten()
        })
        .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
    else {
        return false;
    };
    let _ = ta.focus();
    ta.select();
    insert_as_typed(text) && ta.value() == text
}

/// The indentation for a new line after `before` (the text before the
/// caret): the current line's, one level deeper after a colon.
pub fn indent_after(before: &str) -> String {
    let line = before.rsplit('\n').next().unwrap_or("");
    let mut indent: String = line
        .chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .collect();
    let code = line.split('#').next().unwrap_or("").trim_end();
    if code.ends_with(':') {
        indent.push_str("    ");
    }
    indent
}

/// Text of the textarea before its caret (selection offsets count UTF-16 units).
fn text_before_caret(ta: &web_sys::HtmlTextAreaElement) -> String {
    let start = ta.selection_start().ok().flatten().unwrap_or(0) as usize;
    let units: Vec<u16> = ta.value().encode_utf16().take(start).collect();
    String::from_utf16_lossy(&units)
}

/// Line numbers, marking lines where tasks stand and the failing line.
pub fn gutter_html(lines: usize, current: &[u32], error: Option<u32>) -> String {
    let mut out = String::with_capacity(lines * 32);
    for n in 1..=lines as u32 {
        out.push_str("<div class=\"lineno");
        if current.contains(&n) {
            out.push_str(" current");
        }
        if error == Some(n) {
            out.push_str(" error");
        }
        out.push_str(&format!("\">{n}</div>"));
    }
    out
}

/// Bands behind the code on lines where tasks stand and on the failing line.
pub fn bands_html(current: &[u32], error: Option<u32>) -> String {
    let band = |n: u32, kind: &str, testid: &str| {
        format!(
            "<div class=\"line-band {kind}\" data-testid=\"{testid}\" data-line=\"{n}\" style=\"top:{}px\"></div>",
            Plain((n as f64 - 1.0) * LINE_PX)
        )
    };
    let mut out: String = current
        .iter()
        .map(|n| band(*n, "current", "current-line"))
        .collect();
    if let Some(n) = error {
        out.push_str(&band(n, "error", "error-line"));
    }
    out
}

pub fn editor(
    // The program text (edited in place).
    source: RwSignal<String>,
    // `editor-a` or `editor-b`.
    testid: &'static str,
    // Accessible name of the editor.
    label: Signal<&'static str>,
    // Lines where tasks currently are (1-based).
    current_lines: Signal<Vec<u32>>,
    // The line a traceback points at, if any.
    error_line: Signal<Option<u32>>,
    // Called on Ctrl/Cmd+Enter.
    on_run: Callback<()>,
) -> web_sys::Node {
    let lines = move || source.with(|s| s.split('\n').count().max(1));
    let widest =
        move || source.with(|s| s.split('\n').map(|l| l.chars().count()).max().unwrap_or(0));
    // After Escape, Tab moves focus instead of indenting.
    let tab_leaves = StoredValue::new(false);
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        let key = ev.key();
        if key == "Escape" {
            tab_leaves.set_value(true);
            return;
        }
        let leaving = tab_leaves.get_value();
        tab_leaves.set_value(false);
        let Some(ta) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
        else {
            return;
        };
        if key == "Enter" && (ev.ctrl_key() || ev.meta_key()) {
            ev.prevent_default();
            source.set(ta.value());
            on_run.run(());
        } else if key == "Tab" && !ev.shift_key() && !leaving && !ev.ctrl_key() && !ev.alt_key() {
            ev.prevent_default();
            if !insert_as_typed("    ") {
                let before = text_before_caret(&ta);
                let after: String = ta.value()[before.len()..].to_string();
                ta.set_value(&format!("{before}    {after}"));
                let caret = before.encode_utf16().count() as u32 + 4;
                let _ = ta.set_selection_range(caret, caret);
                source.set(ta.value());
            }
        } else if key == "Enter" && !ev.shift_key() && !ev.alt_key() && !ev.is_composing() {
            let indent = indent_after(&text_before_caret(&ta));
            if !indent.is_empty() && insert_as_typed(&format!("\n{indent}")) {
                ev.prevent_default();
            }
        }
    };
    let textarea = el("textarea")
        .attr_rx("aria-label", rx(move || label.get().to_string()))
        .attr("spellcheck", "false")
        .attr("autocapitalize", "off")
        .attr("autocomplete", "off")
        .attr("wrap", "off")
        .on(
            "input",
            Box::new(move |ev| source.set(event_target_value(&ev))),
        )
        .on("keydown", on(on_keydown));
    let ta: web_sys::HtmlTextAreaElement = textarea.0.clone().unchecked_into();
    // Write the text into the textarea only when it differs from what is
    // there (a lesson switch, a reset): rewriting it on every keystroke
    // would cost the browser's undo history.
    let area = ta.clone();
    bind(move || {
        let text = source.get();
        if area.value() != text {
            area.set_value(&text);
        }
    });
    let gutter = rx(move || gutter_html(lines(), &current_lines.get(), error_line.get()));
    let bands = rx(move || bands_html(&current_lines.get(), error_line.get()));
    let frame = el("div")
        .attr("class", "editor")
        .attr("data-testid", testid)
        .child(
            el("div")
                .attr("class", "gutter")
                .attr("aria-hidden", "true")
                .html_rx(gutter)
                .node(),
        )
        .child(
            el("div")
                .attr("class", "code")
                .attr_rx(
                    "style",
                    rx(move || {
                        format!(
                            "height:{}px;min-width:calc({}ch + 24px)",
                            Plain((lines() as f64 + 1.0) * LINE_PX),
                            widest()
                        )
                    }),
                )
                .child(
                    el("div")
                        .attr("class", "bands")
                        .attr("aria-hidden", "true")
                        .html_rx(bands)
                        .node(),
                )
                .child(
                    el("pre")
                        .attr("class", "highlighted")
                        .attr("aria-hidden", "true")
                        .html_rx(rx(move || source.with(|s| crate::highlight::highlight(s))))
                        .node(),
                )
                .child(textarea.node())
                .node(),
        );
    // Bring the first highlighted line into view, unless the learner is typing.
    let div = frame.0.clone();
    // Only when that line changes: reading the scroll position forces a
    // layout, which every step of a running program would pay otherwise.
    let shown_first = std::cell::Cell::new(None);
    crate::reactive::effect(move || {
        let first = current_lines.get().first().copied().or(error_line.get());
        if shown_first.replace(first) == first {
            return;
        }
        let Some(n) = first else {
            return;
        };
        let typing = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element())
            .is_some_and(|a| a == **ta);
        let top = (n as f64 - 1.0) * LINE_PX;
        let (scroll, height) = (div.scroll_top() as f64, div.client_height() as f64);
        if !typing && (top < scroll || top + 2.0 * LINE_PX > scroll + height) {
            div.set_scroll_top((top - height / 3.0).max(0.0) as i32);
        }
    });
    frame.node()
}

#[cfg(test)]
mod tests {
    use super::{bands_html, gutter_html, indent_after};

    #[test]
    fn gutter_marks_current_and_failing_lines() {
        let g = gutter_html(3, &[2], Some(3));
        assert_eq!(
            g,
            "<div class=\"lineno\">1</div><div class=\"lineno current\">2</div><div class=\"lineno error\">3</div>"
        );
        let b = bands_html(&[1, 4], None);
        assert_eq!(b.matches("current-line").count(), 2);
        assert!(b.contains("top:60px"));
    }

    #[test]
    fn keeps_indentation_and_deepens_after_a_colon() {
        assert_eq!(indent_after("async def main():"), "    ");
        assert_eq!(indent_after("x\n    await f()"), "    ");
        assert_eq!(indent_after("    for i in range(3):  # loop"), "        ");
        assert_eq!(indent_after("print(1)"), "");
        assert_eq!(indent_after(""), "");
    }
}
