//! A small code editor: a textarea over a syntax-coloured copy of its text,
//! with line numbers, Tab indentation (kept in the undo history),
//! Ctrl/Cmd+Enter to run, and highlighted lines (current task lines, the
//! failing line of a traceback).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Pixel height of a line; the CSS uses the same value.
pub const LINE_PX: f64 = 20.0;

#[component]
pub fn Editor(
    /// The program text (edited in place).
    source: RwSignal<String>,
    /// `editor-a` or `editor-b`.
    testid: &'static str,
    /// Accessible name of the editor.
    #[prop(into)]
    label: Signal<&'static str>,
    /// Lines where tasks currently are (1-based).
    #[prop(into)]
    current_lines: Signal<Vec<u32>>,
    /// The line a traceback points at, if any.
    #[prop(into)]
    error_line: Signal<Option<u32>>,
    /// Called on Ctrl/Cmd+Enter.
    on_run: Callback<()>,
) -> impl IntoView {
    let lines = move || source.with(|s| s.split('\n').count().max(1));
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        if ev.key() == "Enter" && (ev.ctrl_key() || ev.meta_key()) {
            ev.prevent_default();
            on_run.run(());
            return;
        }
        if ev.key() == "Tab" && !ev.shift_key() {
            ev.prevent_default();
            // execCommand keeps the edit in the textarea's undo history.
            let inserted = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.dyn_into::<web_sys::HtmlDocument>().ok())
                .map(|d| {
                    d.exec_command_with_show_ui_and_value("insertText", false, "    ")
                        .unwrap_or(false)
                })
                .unwrap_or(false);
            if !inserted {
                if let Some(ta) = ev
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
                {
                    let start = ta.selection_start().ok().flatten().unwrap_or(0) as usize;
                    let mut v = ta.value();
                    let at = v
                        .char_indices()
                        .nth(start)
                        .map(|(i, _)| i)
                        .unwrap_or(v.len());
                    v.insert_str(at, "    ");
                    ta.set_value(&v);
                    let _ = ta.set_selection_range((start + 4) as u32, (start + 4) as u32);
                    source.set(v);
                }
            }
        }
    };
    view! {
        <div class="editor" data-testid=testid>
            <div class="gutter" aria-hidden="true">
                {move || (1..=lines()).map(|n| {
                    let n = n as u32;
                    let cls = move || {
                        let mut c = String::from("lineno");
                        if current_lines.get().contains(&n) { c.push_str(" current"); }
                        if error_line.get() == Some(n) { c.push_str(" error"); }
                        c
                    };
                    view! { <div class=cls>{n}</div> }
                }).collect_view()}
            </div>
            <div class="code" style=move || format!("height:{}px", (lines() as f64 + 1.0) * LINE_PX)>
                {move || current_lines.get().into_iter().map(|n| view! {
                    <div class="line-band current" style=format!("top:{}px", (n as f64 - 1.0) * LINE_PX)></div>
                }).collect_view()}
                {move || error_line.get().map(|n| view! {
                    <div class="line-band error" style=format!("top:{}px", (n as f64 - 1.0) * LINE_PX)></div>
                })}
                <pre class="highlighted" aria-hidden="true" inner_html=move || source.with(|s| crate::highlight::highlight(s))></pre>
                <textarea
                    aria-label=move || label.get()
                    spellcheck="false"
                    autocapitalize="off"
                    autocomplete="off"
                    wrap="off"
                    prop:value=move || source.get()
                    on:input=move |ev| source.set(event_target_value(&ev))
                    on:keydown=on_keydown
                ></textarea>
            </div>
        </div>
    }
}
