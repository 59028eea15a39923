//! A program's console (stdout, and stderr in red) and the totals line.

use crate::components::{effect, rx};
use crate::host::{Side, Status};
use crate::i18n::{t, Lang};
use leptos::prelude::*;
use playground_core::numeric::dtoa::Fixed;

/// The line the last traceback frame in `main.py` points at.
pub fn traceback_line(console: &[(bool, String)]) -> Option<u32> {
    let (_, text) = console.iter().rev().find(|(stderr, _)| *stderr)?;
    let start = text
        .rfind("Traceback (most recent call last):")
        .unwrap_or(0);
    let mut found = None;
    for line in text[start..].lines() {
        if let Some(rest) = line.trim_start().strip_prefix("File \"main.py\", line ") {
            let n: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
            found = n.parse().ok().or(found);
        }
    }
    found
}

/// The console's runs of output as HTML: stderr in `<span class="stderr">`,
/// after a note when earlier output was dropped.
pub fn console_html(console: &[(bool, String)], dropped: usize, lang: Lang) -> String {
    let mut out = String::new();
    if dropped > 0 {
        out.push_str(&format!(
            "<span class=\"dropped\" data-testid=\"console-dropped\">… {dropped} {}</span>\n",
            t(lang, "dropped")
        ));
    }
    for (stderr, text) in console {
        out.push_str(if *stderr {
            "<span class=\"stderr\">"
        } else {
            "<span>"
        });
        crate::components::timeline::escape(text, &mut out);
        out.push_str("</span>");
    }
    if let Some((true, text)) = console.last() {
        if text
            .trim_end()
            .lines()
            .last()
            .is_some_and(|l| l.starts_with("ModuleNotFoundError:"))
        {
            // Next to CPython's words, not in them.
            out.push_str("<span class=\"hint\" data-testid=\"console-hint\">");
            out.push_str(t(lang, "modules-hint"));
            out.push_str(&playground_core::modules::available().join(", "));
            out.push_str("</span>\n");
        }
    }
    out
}

pub fn console(side: Side, lang: RwSignal<Lang>) -> impl IntoView {
    let which = side.which.letter();
    let node = NodeRef::<leptos::html::Pre>::new();
    // Keep the newest output in view.
    effect(move || {
        side.console.track();
        if let Some(el) = node.get() {
            el.set_scroll_top(el.scroll_height());
        }
    });
    view! {
        <pre node_ref=node class="console" inner_html=rx(move || side.console.with(|c| console_html(c, side.console_dropped.get(), lang.get()))) data-testid=format!("console-{which}") role="log"
            aria-live="polite" aria-label=rx(move || format!("{} {}", t(lang.get(),
                if which == "a" { "program-a" } else { "program-b" }), t(lang.get(), "console")))>
        </pre>
    }
}

/// "3.00 s vs 1.00 s — 3.0×" and which program was faster.
pub fn totals_text(a: Option<f64>, b: Option<f64>, lang: Lang) -> String {
    match (a, b) {
        (Some(x), Some(y)) => {
            let base = format!("{} s vs {} s", Fixed(x, 2), Fixed(y, 2));
            let (fast, slow, who) = if x <= y { (x, y, "A") } else { (y, x, "B") };
            if fast < 0.01 {
                // A ratio to (almost) nothing means nothing.
                return base;
            }
            if slow / fast < 1.05 {
                return format!("{base} — {}", t(lang, "same-speed"));
            }
            let ratio = slow / fast;
            match lang {
                Lang::En => format!(
                    "{base} — {}× ({who} {})",
                    Fixed(ratio, 1),
                    t(lang, "faster")
                ),
                Lang::Zh => format!(
                    "{base} — {}×（{who} {}）",
                    Fixed(ratio, 1),
                    t(lang, "faster")
                ),
            }
        }
        (Some(x), None) | (None, Some(x)) => format!("{} s", Fixed(x, 2)),
        _ => String::new(),
    }
}

/// Each program's time and the speed-up between them.
pub fn totals(a: Side, b: Side, lang: RwSignal<Lang>) -> impl IntoView {
    view! {
        <p class="totals" data-testid="totals" aria-live="polite">
            {rx(move || {
                let (sa, sb) = (a.status.get(), b.status.get());
                if matches!(sa, Status::Running) || matches!(sb, Status::Running) {
                    return String::new();
                }
                totals_text(sa.elapsed(), sb.elapsed(), lang.get())
            })}
        </p>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn console_text_is_escaped() {
        let html = console_html(
            &[(false, "<b>\n".into()), (true, "Error & co\n".into())],
            0,
            Lang::En,
        );
        assert_eq!(
            html,
            "<span>&lt;b&gt;\n</span><span class=\"stderr\">Error &amp; co\n</span>"
        );
        assert!(console_html(&[], 12, Lang::En).contains("… 12 bytes of earlier output not shown"));
    }

    #[test]
    fn speed_up_names_the_faster_program() {
        assert_eq!(
            totals_text(Some(3.0), Some(1.0), Lang::En),
            "3.00 s vs 1.00 s — 3.0× (B faster)"
        );
        assert_eq!(
            totals_text(Some(3.0), Some(1.0), Lang::Zh),
            "3.00 s vs 1.00 s — 3.0×（B 更快）"
        );
        assert_eq!(
            totals_text(Some(2.0), Some(2.01), Lang::En),
            "2.00 s vs 2.01 s — same time"
        );
        assert_eq!(totals_text(Some(0.5), None, Lang::En), "0.50 s");
        assert_eq!(
            totals_text(Some(0.0002), Some(1.51), Lang::En),
            "0.00 s vs 1.51 s"
        );
        assert_eq!(totals_text(None, None, Lang::En), "");
    }

    #[test]
    fn the_failing_line_is_the_last_main_py_frame() {
        let tb = "Traceback (most recent call last):\n  File \"main.py\", line 9, in <module>\n    asyncio.run(main())\n  File \"main.py\", line 4, in main\n    return 1 / 0\nZeroDivisionError: division by zero\n";
        let console = vec![(false, "hi\n".to_string()), (true, tb.to_string())];
        assert_eq!(traceback_line(&console), Some(4));
        assert_eq!(traceback_line(&[(false, "x\n".into())]), None);
        let syntax = "  File \"main.py\", line 1\n    print(\"unclosed\"\n         ^\nSyntaxError: '(' was never closed\n";
        assert_eq!(traceback_line(&[(true, syntax.into())]), Some(1));
    }
}
