//! The lessons: one registry, `lessons/lessons.json` (ids, numbers,
//! titles, labels, CPython's times), drives the gallery, the URL
//! (`?lesson=<id>`) and the tests; build.rs makes it this module's table.
//! Each lesson is two to four programs run side by side on one time axis:
//! A, the synchronous or naive version, then B (and C, D), the concurrent
//! ones. Beside each program, `lessons/<id>/X.expected.txt` holds what
//! CPython 3.11 printed (`lessons/regenerate.py` rewrites them).

/// The programs' letters, in order: `lessons/<id>/<letter>.py`.
pub const LETTERS: [&str; 4] = ["a", "b", "c", "d"];

/// One program of a lesson.
#[derive(Debug)]
pub struct Program {
    pub label_en: &'static str,
    pub label_zh: &'static str,
    pub source: &'static str,
    /// CPython's stdout, memory addresses masked as `0xADDR`.
    pub expected_stdout: &'static str,
    /// CPython's stderr (warnings), empty when it wrote nothing.
    pub expected_stderr: &'static str,
    /// How long the program takes, in seconds.
    pub expected_elapsed_s: f64,
}

#[derive(Debug)]
pub struct Lesson {
    pub id: &'static str,
    /// The lesson's number in the curriculum.
    pub number: u32,
    /// Its programs compute (CPU-bound): their times depend on the machine,
    /// and the page runs them one after another, so that one's processes
    /// do not share the cores with the others' computing.
    pub computes: bool,
    pub title_en: &'static str,
    pub title_zh: &'static str,
    /// What to watch for on the timelines.
    pub explain_en: &'static str,
    pub explain_zh: &'static str,
    /// Two to four programs racing on one time axis, A first: typically
    /// the synchronous or naive version, then the others.
    pub programs: &'static [Program],
}

/// A lesson's file (`lessons/<id>/` and the parts of its name), built into
/// the CLI and the tests; the page fetches the programs and explanations as
/// files (`net::load_lessons`, `components::gallery`).
macro_rules! lesson_file {
    ($id:literal, $($part:literal),+) => {
        if cfg!(target_arch = "wasm32") {
            ""
        } else {
            include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/lessons/", $id, "/", $($part),+))
        }
    };
}

/// A lesson's explanation (`lessons/<id>/explain.<lang>.txt`).
macro_rules! explain {
    ($id:literal, $lang:literal) => {
        lesson_file!($id, "explain.", $lang, ".txt").trim_ascii_end()
    };
}

macro_rules! program {
    ($id:literal, $which:literal, $en:literal, $zh:literal, $secs:expr) => {
        program!($id, $which, $en, $zh, $secs, "")
    };
    ($id:literal, $which:literal, $en:literal, $zh:literal, $secs:expr, $stderr:expr) => {
        Program {
            label_en: $en,
            label_zh: $zh,
            // The page fetches the programs as files (`net::load_lessons`).
            source: lesson_file!($id, $which, ".py"),
            // The page does not show CPython's expected output; tests do.
            expected_stdout: lesson_file!($id, $which, ".expected.txt"),
            expected_stderr: $stderr,
            expected_elapsed_s: $secs,
        }
    };
}

// `static LESSONS`, made by build.rs from `lessons/lessons.json`.
include!(concat!(env!("OUT_DIR"), "/lessons.rs"));

/// Every lesson, in curriculum order.
pub fn all() -> &'static [Lesson] {
    LESSONS
}

pub fn find(id: &str) -> Option<&'static Lesson> {
    LESSONS.iter().find(|l| l.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registry_is_well_formed() {
        let mut ids = std::collections::HashSet::new();
        let mut last = 0;
        for l in all() {
            assert!(ids.insert(l.id), "duplicate lesson id {}", l.id);
            assert!(
                l.id.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                "id {} is not URL-safe",
                l.id
            );
            assert!(
                l.number > last,
                "lessons out of curriculum order at {}",
                l.id
            );
            last = l.number;
            for text in [l.title_en, l.title_zh, l.explain_en, l.explain_zh] {
                assert!(!text.trim().is_empty(), "{} has an empty text", l.id);
            }
            assert!(
                (2..=4).contains(&l.programs.len()),
                "{} has {} programs",
                l.id,
                l.programs.len()
            );
            for p in l.programs {
                assert!(
                    !p.source.trim().is_empty() && !p.expected_stdout.trim().is_empty(),
                    "{} program empty",
                    l.id
                );
                assert!(!p.label_en.is_empty() && !p.label_zh.is_empty());
            }
        }
        assert!(find("count-sleep").is_some() && find("nope").is_none());
    }
}
