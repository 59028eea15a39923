//! The page's link parameters: `?lesson=<id>`, `embed=1`, `autorun=1`,
//! `lang=zh|en`, `theme=light|dark|auto` (read by a script in
//! `index.html`, before the page is drawn) and `origins=<origin>,…` (read
//! by the message API in `public/embed-api.js`: the host pages that may
//! drive an embedded page).
//! Anything not understood is ignored and listed, so the page can say so
//! instead of going blank.

use crate::i18n::Lang;
use playground_core::lessons;

/// The lesson shown when a link names none (or one that does not exist).
pub const DEFAULT_LESSON: &str = "count-sleep";

#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub lesson: &'static str,
    pub embed: bool,
    pub autorun: bool,
    pub lang: Option<Lang>,
    /// Parameters that were not understood (shown as a notice).
    pub problems: Vec<String>,
}

fn default_lesson() -> &'static str {
    lessons::find(DEFAULT_LESSON)
        .or_else(|| lessons::all().first())
        .map(|l| l.id)
        .unwrap_or(DEFAULT_LESSON)
}

fn flag(v: &str) -> Option<bool> {
    match v {
        "1" | "true" | "yes" | "" => Some(true),
        "0" | "false" | "no" => Some(false),
        _ => None,
    }
}

/// Decode `%XX` escapes and `+` (for showing what was not understood).
fn decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < b.len() => {
                let hex = |c: u8| (c as char).to_digit(16);
                match (hex(b[i + 1]), hex(b[i + 2])) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 2;
                    }
                    _ => out.push(b'%'),
                }
            }
            c => out.push(c),
        }
        i += 1;
    }
    // Escapes that are not UTF-8 are shown as written.
    String::from_utf8(out).unwrap_or_else(|_| s.to_string())
}

/// Parse a query string (with or without the leading `?`).
pub fn parse(query: &str) -> Params {
    let mut p = Params {
        lesson: default_lesson(),
        embed: false,
        autorun: false,
        lang: None,
        problems: Vec::new(),
    };
    for pair in query
        .trim_start_matches('?')
        .split('&')
        .filter(|s| !s.is_empty())
    {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        let v = decode(v);
        let ok = match decode(k).as_str() {
            "lesson" => lessons::find(v.trim()).map(|l| p.lesson = l.id).is_some(),
            "embed" => flag(&v).map(|f| p.embed = f).is_some(),
            "autorun" => flag(&v).map(|f| p.autorun = f).is_some(),
            "origins" => true,
            "theme" => matches!(v.as_str(), "light" | "dark" | "auto"),
            "lang" => match v.to_ascii_lowercase().as_str() {
                "zh" | "zh-cn" | "zh-hans" | "cn" => {
                    p.lang = Some(Lang::Zh);
                    true
                }
                "en" => {
                    p.lang = Some(Lang::En);
                    true
                }
                _ => false,
            },
            _ => false,
        };
        if !ok {
            p.problems.push(decode(pair).chars().take(60).collect());
        }
    }
    p
}

/// The parameters of the page's own address.
pub fn current() -> Params {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    parse(&search)
}

/// The query string that opens `lesson` with the same embedding.
pub fn link(lesson: &str, embed: bool) -> String {
    if embed {
        format!("?lesson={lesson}&embed=1")
    } else {
        format!("?lesson={lesson}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_query_gives_the_default_lesson() {
        let p = parse("");
        assert_eq!(p.lesson, DEFAULT_LESSON);
        assert!(!p.embed && !p.autorun && p.problems.is_empty() && p.lang.is_none());
    }

    #[test]
    fn every_registered_lesson_opens_by_id() {
        for l in lessons::all() {
            assert_eq!(parse(&format!("?lesson={}", l.id)).lesson, l.id);
        }
    }

    #[test]
    fn embed_autorun_and_lang() {
        let p = parse(
            "?embed=1&lesson=sequential-await&autorun=true&lang=zh&origins=https%3A%2F%2Fa.example&theme=dark",
        );
        assert_eq!(p.lesson, "sequential-await");
        assert!(p.embed && p.autorun);
        assert_eq!(p.lang, Some(Lang::Zh));
        assert!(p.problems.is_empty());
    }

    #[test]
    fn malformed_parameters_fall_back_and_are_listed() {
        let p = parse("?lesson=nope&embed=maybe&%E4%BD%A0=1&lesson&autorun=%ZZ&&=&theme=pink");
        assert_eq!(p.lesson, DEFAULT_LESSON);
        assert!(!p.embed && !p.autorun);
        assert_eq!(
            p.problems,
            vec![
                "lesson=nope",
                "embed=maybe",
                "你=1",
                "lesson",
                "autorun=%ZZ",
                "=",
                "theme=pink"
            ]
        );
    }

    #[test]
    fn links_keep_embedding() {
        assert_eq!(link("callbacks", false), "?lesson=callbacks");
        assert_eq!(link("callbacks", true), "?lesson=callbacks&embed=1");
    }
}
