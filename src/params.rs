//! The page's link parameters: `?lesson=<id>`, `?embed=1`, `&autorun=1`.

use playground_core::lessons;

#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    pub lesson: &'static str,
    pub embed: bool,
    pub autorun: bool,
    /// Parameters that were not understood (shown as a notice).
    pub problems: Vec<String>,
}

/// Parse a query string (with or without the leading `?`).
pub fn parse(query: &str) -> Params {
    let default = lessons::all()
        .iter()
        .find(|l| l.id == "count-sleep")
        .map(|l| l.id)
        .unwrap_or("count-sleep");
    let mut p = Params {
        lesson: default,
        embed: false,
        autorun: false,
        problems: Vec::new(),
    };
    for pair in query
        .trim_start_matches('?')
        .split('&')
        .filter(|s| !s.is_empty())
    {
        let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
        match k {
            "lesson" => match lessons::find(v) {
                Some(l) => p.lesson = l.id,
                None => p.problems.push(format!("lesson={v}")),
            },
            "embed" => match v {
                "1" | "true" | "" => p.embed = true,
                "0" | "false" => p.embed = false,
                _ => p.problems.push(format!("embed={v}")),
            },
            "autorun" => match v {
                "1" | "true" | "" => p.autorun = true,
                "0" | "false" => p.autorun = false,
                _ => p.problems.push(format!("autorun={v}")),
            },
            other => p.problems.push(other.chars().take(40).collect()),
        }
    }
    p
}

pub fn current() -> Params {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    parse(&search)
}
