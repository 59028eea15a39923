//! A program's console (stdout, and stderr in red) and the totals line.

use crate::components::rx;
use crate::dom::el;
use crate::host::{Side, Status, Which};
use crate::i18n::{t, t_named, Key, Lang};
use crate::reactive::{bind, RwSignal, Signal};
use playground_core::numeric::dtoa::Fixed;

/// The line the last traceback frame in `main.py` points at.
pub fn traceback_line(console: &[(bool, String)]) -> Option<u32> {
    let (_, text) = console.iter().rev().find(|(stderr, _)| *stderr)?;
    let start =
        playground_core::search::rfind(text, "Traceback (most recent call last):").unwrap_or(0);
    let mut found = None;
    for line in text[start..].lines() {
        if let Some(rest) = line.trim_start().strip_prefix("File \"main.py\", line ") {
            let n: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
            found = n.parse().ok().or(found);
        }
    }
    found
}

/// Bytes of markup in one block of a console (`console_html`).
const PART: usize = 4096;

/// Close a block of console lines: its height until it is laid out is
/// what its lines take unwrapped.
fn push_part(out: &mut String, part: &mut String, lines: &mut usize) {
    if part.is_empty() {
        return;
    }
    out.push_str(&format!(
        "<div class=\"part\" style=\"contain-intrinsic-size:auto {}px\">",
        (*lines).max(1) * 19
    ));
    out.push_str(part);
    out.push_str("</div>");
    part.clear();
    *lines = 0;
}

/// The console's runs of output as HTML: stderr in `<span class="stderr">`,
/// after a note when earlier output was dropped.
pub fn console_html(console: &[(bool, String)], dropped: usize, lang: Lang) -> String {
    let mut out = String::new();
    if dropped > 0 {
        out.push_str(&format!(
            "<span class=\"dropped\" data-testid=\"console-dropped\">… {dropped} {}</span>\n",
            t(lang, Key::Dropped)
        ));
    }
    // In blocks of about PART bytes cut at line ends: a block out of view
    // is not laid out (`content-visibility: auto`), so keeping the newest
    // line in view costs what the visible lines cost (a console holding
    // 100 KB took 50-90 ms a drawing, every time output came).
    let mut part = String::new();
    let mut lines = 0;
    for (stderr, text) in console {
        let open = if *stderr {
            "<span class=\"stderr\">"
        } else {
            "<span>"
        };
        let mut rest = text.as_str();
        while !rest.is_empty() {
            let room = PART.saturating_sub(part.len());
            let cut = rest
                .match_indices('\n')
                .find(|(i, _)| *i >= room)
                .map_or(rest.len(), |(i, _)| i + 1);
            let (piece, tail) = rest.split_at(cut);
            part.push_str(open);
            crate::components::timeline::escape(piece, &mut part);
            part.push_str("</span>");
            lines += piece.matches('\n').count();
            rest = tail;
            if part.len() >= PART {
                push_part(&mut out, &mut part, &mut lines);
            }
        }
    }
    push_part(&mut out, &mut part, &mut lines);
    if let Some((true, text)) = console.last() {
        if text
            .trim_end()
            .lines()
            .last()
            .is_some_and(|l| l.starts_with("ModuleNotFoundError:"))
        {
            // Next to CPython's words, not in them.
            out.push_str("<span class=\"hint\" data-testid=\"console-hint\">");
            out.push_str(t(lang, Key::ModulesHint));
            out.push_str(&playground_core::modules::available().join(", "));
            out.push_str("</span>\n");
        }
    }
    out
}

pub fn console(side: Side, lang: RwSignal<Lang>) -> web_sys::Node {
    let which = side.which.letter();
    let pre = el("pre")
        .attr("class", "console")
        .html_rx(rx(move || {
            side.console
                .with(|c| console_html(c, side.console_dropped.get(), lang.get()))
        }))
        .attr("data-testid", &format!("console-{which}"))
        .attr("role", "log")
        .attr("aria-live", "polite")
        .attr_rx(
            "aria-label",
            rx(move || {
                format!(
                    "{} {}",
                    t(lang.get(), side.which.program_key()),
                    t(lang.get(), Key::Console)
                )
            }),
        );
    // Keep the newest output in view.
    let node = pre.0.clone();
    bind(move || {
        side.console.track();
        node.set_scroll_top(node.scroll_height());
    });
    pre.node()
}

/// Each finished program's time and the speed-up: for two programs
/// "3.00 s vs 1.00 s — 3.0× (B faster)"; for more, each time under its
/// letter and how much faster than A the fastest was.
pub fn totals_text(times: &[Option<f64>], lang: Lang) -> String {
    if times.len() > 2 {
        return totals_of_many(times, lang);
    }
    let (a, b) = (
        times.first().copied().flatten(),
        times.get(1).copied().flatten(),
    );
    match (a, b) {
        (Some(x), Some(y)) => {
            let base = format!("{} s vs {} s", Fixed(x, 2), Fixed(y, 2));
            let (fast, slow, who) = if x <= y { (x, y, "A") } else { (y, x, "B") };
            if fast < 0.01 {
                // A ratio to (almost) nothing means nothing.
                return base;
            }
            if slow / fast < 1.05 {
                return format!("{base} — {}", t(lang, Key::SameSpeed));
            }
            let ratio = slow / fast;
            match lang {
                Lang::En => format!(
                    "{base} — {}× ({who} {})",
                    Fixed(ratio, 1),
                    t(lang, Key::Faster)
                ),
                Lang::Zh => format!(
                    "{base} — {}×（{who} {}）",
                    Fixed(ratio, 1),
                    t(lang, Key::Faster)
                ),
            }
        }
        (Some(x), None) | (None, Some(x)) => format!("{} s", Fixed(x, 2)),
        _ => String::new(),
    }
}

/// "A 3.00 s · B 1.00 s · C 0.50 s — C fastest, 6.0× faster than A".
fn totals_of_many(times: &[Option<f64>], lang: Lang) -> String {
    let mut out = String::new();
    for (k, time) in times.iter().enumerate() {
        let Some(x) = time else { continue };
        if !out.is_empty() {
            out.push_str(" · ");
        }
        out.push_str(&format!("{} {} s", Which::ALL[k].upper(), Fixed(*x, 2)));
    }
    let fastest = (1..times.len())
        .filter_map(|k| Some((k, times[k]?)))
        .min_by(|x, y| x.1.total_cmp(&y.1));
    let (Some(a), Some((k, fast))) = (times[0], fastest) else {
        return out;
    };
    if fast < 0.01 || a / fast < 1.05 {
        return out;
    }
    let who = Which::ALL[k].upper();
    let ratio = Fixed(a / fast, 1);
    match lang {
        Lang::En => format!(
            "{out} — {who} {}, {ratio}× {} than A",
            t(lang, Key::Fastest),
            t(lang, Key::Faster)
        ),
        Lang::Zh => format!("{out} — {who} {}，比 A 快 {ratio}×", t(lang, Key::Fastest)),
    }
}

/// Under a program that imports nest_asyncio or uvloop, what they do here
/// (their imports are accepted and change nothing; the page says so once).
pub fn import_notes(side: Side, lang: RwSignal<Lang>) -> web_sys::Node {
    crate::dom::dynamic(rx(move || {
        let notes: Vec<&str> = side.source.with(|s| {
            let imported = playground_core::modules::library_imports(s);
            ["nest_asyncio", "uvloop"]
                .into_iter()
                .filter(|m| imported.contains(m))
                .collect()
        });
        (!notes.is_empty()).then(|| {
            let l = lang.get();
            let text: Vec<&str> = notes
                .iter()
                .map(|m| t_named(l, &format!("note-{m}")))
                .collect();
            el("p")
                .attr("class", "hint")
                .attr(
                    "data-testid",
                    &format!("import-note-{}", side.which.letter()),
                )
                .text(&text.join(" "))
                .node()
        })
    }))
}

/// Each program's time and the speed-up between them.
pub fn totals(sides: [Side; 4], count: Signal<usize>, lang: RwSignal<Lang>) -> web_sys::Node {
    el("p")
        .attr("class", "totals")
        .attr("data-testid", "totals")
        .attr("aria-live", "polite")
        .text_rx(rx(move || {
            let shown = &sides[..count.get()];
            if shown
                .iter()
                .any(|s| matches!(s.status.get(), Status::Running))
            {
                return String::new();
            }
            let times: Vec<Option<f64>> = shown.iter().map(|s| s.status.get().elapsed()).collect();
            totals_text(&times, lang.get())
        }))
        .node()
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
            "<div class=\"part\" style=\"contain-intrinsic-size:auto 38px\">\
             <span>&lt;b&gt;\n</span><span class=\"stderr\">Error &amp; co\n</span></div>"
        );
        assert!(console_html(&[], 12, Lang::En).contains("… 12 bytes of earlier output not shown"));
    }

    #[test]
    fn a_long_console_comes_in_blocks_cut_at_line_ends() {
        let text: String = (0..3000).map(|i| format!("{i}\n")).collect();
        let html = console_html(&[(false, text.clone())], 0, Lang::En);
        let blocks = html.matches("<div class=\"part\"").count();
        assert!((3..=6).contains(&blocks), "{blocks} blocks");
        // Every block ends with a whole line, and the text is all there.
        assert!(html
            .split("</div>")
            .filter(|b| !b.is_empty())
            .all(|b| b.ends_with("\n</span>")));
        let shown: String = html
            .split(['<', '>'])
            .enumerate()
            .filter(|(k, _)| k % 2 == 0)
            .map(|(_, t)| t)
            .collect();
        assert_eq!(shown, text);
    }

    #[test]
    fn speed_up_names_the_faster_program() {
        assert_eq!(
            totals_text(&[Some(3.0), Some(1.0)], Lang::En),
            "3.00 s vs 1.00 s — 3.0× (B faster)"
        );
        assert_eq!(
            totals_text(&[Some(3.0), Some(1.0)], Lang::Zh),
            "3.00 s vs 1.00 s — 3.0×（B 更快）"
        );
        assert_eq!(
            totals_text(&[Some(2.0), Some(2.01)], Lang::En),
            "2.00 s vs 2.01 s — same time"
        );
        assert_eq!(totals_text(&[Some(0.5), None], Lang::En), "0.50 s");
        assert_eq!(
            totals_text(&[Some(0.0002), Some(1.51)], Lang::En),
            "0.00 s vs 1.51 s"
        );
        assert_eq!(totals_text(&[None, None], Lang::En), "");
    }

    #[test]
    fn with_more_programs_the_fastest_is_compared_with_a() {
        let times = [Some(3.0), Some(2.9), Some(0.5), Some(1.0)];
        assert_eq!(
            totals_text(&times, Lang::En),
            "A 3.00 s · B 2.90 s · C 0.50 s · D 1.00 s — C fastest, 6.0× faster than A"
        );
        assert_eq!(
            totals_text(&times, Lang::Zh),
            "A 3.00 s · B 2.90 s · C 0.50 s · D 1.00 s — C 最快，比 A 快 6.0×"
        );
        // Not yet all done, or none faster than A: the times alone.
        assert_eq!(
            totals_text(&[Some(1.0), None, Some(1.02)], Lang::En),
            "A 1.00 s · C 1.02 s"
        );
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
