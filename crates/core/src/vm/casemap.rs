//! `str.lower()` and `str.upper()` as CPython 3.11 maps them. The runs in
//! `casemap_data.rs` are generated from CPython itself (`casemap_gen.py`):
//! a quarter of the size of the standard library's case tables, which the
//! page's wasm no longer carries.

use crate::at::Part;

#[rustfmt::skip]
mod data {
    include!("casemap_data.rs");
}

/// Push `c` mapped by `table` (runs of first, count, stride, delta) or `multi`.
fn push_mapped(out: &mut String, c: char, table: &[(u32, u16, u8, i32)], multi: &[(u32, &str)]) {
    let cp = c as u32;
    let i = table.partition_point(|r| r.0 <= cp);
    if i > 0 {
        let (first, count, stride, delta) = table[i - 1];
        let offset = cp - first;
        if offset.is_multiple_of(u32::from(stride)) && offset / u32::from(stride) < u32::from(count)
        {
            if let Some(m) = char::from_u32((cp as i64 + i64::from(delta)) as u32) {
                out.push(m);
                return;
            }
        }
    }
    match multi.binary_search_by_key(&cp, |m| m.0) {
        Ok(k) => out.push_str(multi[k].1),
        Err(_) => out.push(c),
    }
}

pub fn push_lower(out: &mut String, c: char) {
    push_mapped(out, c, data::LOWER, data::LOWER_MULTI)
}

pub fn push_upper(out: &mut String, c: char) {
    push_mapped(out, c, data::UPPER, data::UPPER_MULTI)
}

/// `c`'s lowercase when it is one character (else `c`): `re`'s IGNORECASE.
pub fn lower_one(c: char) -> char {
    one(c, false)
}

/// `c`'s uppercase when it is one character (else `c`).
pub fn upper_one(c: char) -> char {
    one(c, true)
}

fn one(c: char, upper: bool) -> char {
    if c.is_ascii() {
        return if upper {
            c.to_ascii_uppercase()
        } else {
            c.to_ascii_lowercase()
        };
    }
    let mut s = String::new();
    if upper {
        push_upper(&mut s, c);
    } else {
        push_lower(&mut s, c);
    }
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(m), None) => m,
        _ => c,
    }
}

/// `str.upper()`.
pub fn upper(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_upper(&mut out, c);
    }
    out
}

/// `str.lower()`, with CPython's final-sigma rule: a capital sigma ending a
/// word becomes `ς`.
pub fn lower(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if c == 'Σ' && final_sigma(&chars, i) {
            out.push('ς');
        } else {
            push_lower(&mut out, c);
        }
    }
    out
}

/// Cased letters before, none after (skipping case-ignorable marks).
fn final_sigma(chars: &[char], i: usize) -> bool {
    let cased = |c: char| c.is_lowercase() || c.is_uppercase();
    let ignorable = |c: char| matches!(c, '\'' | '.' | ':' | '^' | '`' | '\u{b7}' | '\u{2019}');
    let before = chars.part(..i).iter().rev().find(|&&c| !ignorable(c));
    let after = chars.part(i + 1..).iter().find(|&&c| !ignorable(c));
    before.is_some_and(|&c| cased(c)) && !after.is_some_and(|&c| cased(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every code point maps as CPython 3.11 maps it (checked live).
    #[test]
    fn every_code_point_agrees_with_cpython() {
        let script = "import sys\n\
            for cp in range(sys.maxunicode + 1):\n\
            \x20   if 0xD800 <= cp < 0xE000: continue\n\
            \x20   c = chr(cp); l = c.lower(); u = c.upper()\n\
            \x20   if l != c or u != c: print(cp, ' '.join(str(ord(x)) for x in l), ' '.join(str(ord(x)) for x in u), sep='\\t')\n";
        let Ok(out) = std::process::Command::new("python3")
            .args(["-c", script])
            .output()
        else {
            eprintln!("python3 not found: the live comparison is skipped");
            return;
        };
        let expected = String::from_utf8_lossy(&out.stdout);
        let mut ours = String::new();
        let codes = |s: &str| {
            s.chars()
                .map(|c| (c as u32).to_string())
                .collect::<Vec<_>>()
                .join(" ")
        };
        for cp in 0..=0x10ffffu32 {
            let Some(c) = char::from_u32(cp) else {
                continue;
            };
            let (mut l, mut u) = (String::new(), String::new());
            push_lower(&mut l, c);
            push_upper(&mut u, c);
            if l.chars().ne([c]) || u.chars().ne([c]) {
                ours.push_str(&format!("{cp}\t{}\t{}\n", codes(&l), codes(&u)));
            }
        }
        assert!(
            expected.lines().count() > 2500,
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(ours, expected);
    }

    #[test]
    fn words() {
        assert_eq!(upper("straße ǆ ﬁ"), "STRASSE Ǆ FI");
        assert_eq!(lower("ΟΔΟΣ ΟΔΟΣ."), "οδος οδος.");
        assert_eq!(lower("Σ ΑΣΑ İ"), "σ ασα i\u{307}");
    }
}
