//! Searching text for text: `find`, `rfind`, `contains`, `split_once`,
//! `matches`, `replacen` and `split`, as `str`'s own methods with a `&str`
//! pattern, through one search over the bytes, forwards or backwards:
//! patterns of up to 16 bytes are compared where their first byte is,
//! longer ones go by Knuth–Morris–Pratt (linear in the text and the pattern
//! whatever they are). The standard library's substring search (Two-Way,
//! each direction its own code, and the wrappers of each method around it)
//! cost the page's gzipped wasm 3.0 KB more; the core, the CLI and the page
//! all search through this file instead. Patterns of a `char` or a closure
//! are another search and keep `str`'s, except `contains` of one character:
//! past ASCII it is a `&str` search, so the core asks the bytes for an ASCII
//! one (`s.as_bytes().contains(&b'.')`).

use crate::at::{At, Part};

/// The byte offset of the first `needle` in `hay` (`hay.find(needle)`).
pub fn find(hay: &str, needle: &str) -> Option<usize> {
    search(hay.as_bytes(), needle.as_bytes(), false)
}

/// The byte offset of the last `needle` in `hay` (`hay.rfind(needle)`).
pub fn rfind(hay: &str, needle: &str) -> Option<usize> {
    search(hay.as_bytes(), needle.as_bytes(), true)
}

/// `hay.contains(needle)`.
pub fn contains(hay: &str, needle: &str) -> bool {
    find(hay, needle).is_some()
}

/// `hay.split_once(needle)`.
pub fn split_once<'a>(hay: &'a str, needle: &str) -> Option<(&'a str, &'a str)> {
    let at = find(hay, needle)?;
    Some((hay.part(..at), hay.part(at + needle.len()..)))
}

/// `hay.rsplit_once(needle)`.
pub fn rsplit_once<'a>(hay: &'a str, needle: &str) -> Option<(&'a str, &'a str)> {
    let at = rfind(hay, needle)?;
    Some((hay.part(..at), hay.part(at + needle.len()..)))
}

/// The byte offsets of `needle`'s occurrences in `hay`, left to right and
/// not overlapping (`hay.match_indices(needle)`): an empty `needle` occurs
/// at every char boundary.
pub fn matches<'a>(hay: &'a str, needle: &'a str) -> Matches<'a> {
    Matches {
        hay,
        needle,
        from: 0,
    }
}

pub struct Matches<'a> {
    hay: &'a str,
    needle: &'a str,
    /// Where the search goes on (past the end: done).
    from: usize,
}

impl Iterator for Matches<'_> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        let rest = self.hay.get(self.from..)?;
        let at = self.from + find(rest, self.needle)?;
        self.from = at
            + match self.needle.len() {
                // The next boundary (past the end after the last).
                0 => self.hay.part(at..).chars().next().map_or(1, char::len_utf8),
                n => n,
            };
        Some(at)
    }
}

/// `hay.replacen(from, to, count)` (`usize::MAX`: `hay.replace(from, to)`).
pub fn replacen(hay: &str, from: &str, to: &str, count: usize) -> String {
    let mut out = String::with_capacity(hay.len());
    let mut last = 0;
    for at in matches(hay, from).take(count) {
        out.push_str(hay.part(last..at));
        out.push_str(to);
        last = at + from.len();
    }
    out.push_str(hay.part(last..));
    out
}

/// `hay.split(needle)` for a `needle` that is not empty, collected.
pub fn split<'a>(hay: &'a str, needle: &str) -> Vec<&'a str> {
    let mut parts = Vec::new();
    let mut rest = hay;
    while let Some((part, after)) = split_once(rest, needle) {
        parts.push(part);
        rest = after;
    }
    parts.push(rest);
    parts
}

/// Where `needle` first occurs in `hay` (`back`: last), in bytes.
#[inline(never)]
fn search(hay: &[u8], needle: &[u8], back: bool) -> Option<usize> {
    let (n, m) = (hay.len(), needle.len());
    if m > n {
        return None;
    }
    // Short patterns (the usual ones) are compared at each place where their
    // first byte is, without the table's allocation: at most 16 bytes a place.
    if m <= 16 {
        let at = |i: &usize| {
            needle.first().is_none_or(|b| hay.at(*i) == b) && hay.part(*i..*i + m) == needle
        };
        return if back {
            (0..=n - m).rev().find(at)
        } else {
            (0..=n - m).find(at)
        };
    }
    // Backwards, both are read from their ends.
    let h = |i: usize| *hay.at(if back { n - 1 - i } else { i });
    let p = |i: usize| *needle.at(if back { m - 1 - i } else { i });
    // fail[i]: the longest proper prefix of needle[..=i] that is also its suffix.
    let mut fail = vec![0usize; m];
    let mut k = 0;
    for i in 1..m {
        while k > 0 && p(i) != p(k) {
            k = *fail.at(k - 1);
        }
        if p(i) == p(k) {
            k += 1;
        }
        *fail.at_mut(i) = k;
    }
    let mut k = 0;
    for i in 0..n {
        while k > 0 && h(i) != p(k) {
            k = *fail.at(k - 1);
        }
        if h(i) == p(k) {
            k += 1;
            if k == m {
                return Some(if back { n - 1 - i } else { i + 1 - m });
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXTS: [&str; 12] = [
        "",
        "a",
        "aaa",
        "abcabcab",
        "aabaabaaab",
        "héllo wörld héllo",
        "中文中文字",
        "x, y, z",
        "abababab",
        "mississippi",
        "a\r\nb\r\n",
        "ab",
    ];
    const NEEDLES: [&str; 14] = [
        "",
        "a",
        "aa",
        "ab",
        "abc",
        "bca",
        "aab",
        "ll",
        "héllo",
        "文",
        "中文字",
        ", ",
        "issi",
        "\r\n",
    ];

    #[test]
    fn as_the_standard_library() {
        for hay in TEXTS {
            for needle in NEEDLES {
                assert_eq!(find(hay, needle), hay.find(needle), "{hay:?} {needle:?}");
                assert_eq!(rfind(hay, needle), hay.rfind(needle), "{hay:?} {needle:?}");
                assert_eq!(contains(hay, needle), hay.contains(needle));
                assert_eq!(split_once(hay, needle), hay.split_once(needle));
                assert_eq!(rsplit_once(hay, needle), hay.rsplit_once(needle));
                let ours: Vec<usize> = matches(hay, needle).collect();
                let std: Vec<usize> = hay.match_indices(needle).map(|(i, _)| i).collect();
                assert_eq!(ours, std, "{hay:?} {needle:?}");
                for count in [0, 1, 2, usize::MAX] {
                    assert_eq!(
                        replacen(hay, needle, "<>", count),
                        hay.replacen(needle, "<>", count),
                        "{hay:?} {needle:?} {count}"
                    );
                }
                assert_eq!(
                    replacen(hay, needle, "-", usize::MAX),
                    hay.replace(needle, "-")
                );
                if !needle.is_empty() {
                    assert_eq!(split(hay, needle), hay.split(needle).collect::<Vec<_>>());
                }
            }
        }
    }

    #[test]
    fn long_patterns_as_the_standard_library() {
        let texts = [
            "ab".repeat(40),
            format!("{}b{}", "a".repeat(30), "a".repeat(30)),
            "aab".repeat(20) + "aaab",
            "héllo wörld ".repeat(9),
        ];
        let needles = [
            "ab".repeat(9),
            "ab".repeat(9) + "b",
            "a".repeat(17) + "b",
            "aab".repeat(6),
            "aab".repeat(5) + "aaab",
            "wörld héllo ".repeat(2),
        ];
        for hay in &texts {
            for needle in &needles {
                assert_eq!(
                    find(hay, needle),
                    hay.find(needle.as_str()),
                    "{hay:?} {needle:?}"
                );
                assert_eq!(
                    rfind(hay, needle),
                    hay.rfind(needle.as_str()),
                    "{hay:?} {needle:?}"
                );
                let ours: Vec<usize> = matches(hay, needle).collect();
                let std: Vec<usize> = hay.match_indices(needle.as_str()).map(|(i, _)| i).collect();
                assert_eq!(ours, std, "{hay:?} {needle:?}");
            }
        }
    }

    #[test]
    fn long_patterns_take_linear_time() {
        // Past 16 bytes, a pattern is searched in one pass over the text.
        let hay = "a".repeat(200_000);
        let needle = format!("{}b", "a".repeat(50_000));
        assert_eq!(find(&hay, &needle), None);
        assert_eq!(rfind(&hay, &needle), None);
        let hay = format!("{hay}b");
        assert_eq!(find(&hay, &needle), Some(150_000));
    }
}
