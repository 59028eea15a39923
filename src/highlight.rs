//! Python syntax colouring for the editor: source text to escaped HTML with
//! spans for keywords, strings, numbers, comments and builtins.

const BUILTINS: &[&str] = &[
    "print", "len", "range", "asyncio", "time", "random", "self", "super", "str", "int", "list",
];

use playground_core::site::escape_html as escape;
use playground_core::syntax::token::Kw;

fn span(class: &str, text: &str, out: &mut String) {
    out.push_str("<span class=\"tok-");
    out.push_str(class);
    out.push_str("\">");
    escape(text, out);
    out.push_str("</span>");
}

/// Highlight a whole program. A trailing newline keeps the overlay as tall as the textarea.
pub fn highlight(src: &str) -> String {
    let chars: Vec<char> = src.chars().collect();
    // Reads that cannot panic ('\0' past the end matches nothing): the
    // page's wasm carries no panic location for each.
    let at = |k: usize| chars.get(k).copied().unwrap_or('\0');
    let text = |a: usize, b: usize| chars.get(a..b).unwrap_or(&[]).iter().collect::<String>();
    let mut out = String::with_capacity(src.len() * 2);
    let mut i = 0;
    while i < chars.len() {
        let c = at(i);
        if c == '#' {
            let start = i;
            while i < chars.len() && at(i) != '\n' {
                i += 1;
            }
            span("comment", &text(start, i), &mut out);
        } else if c == '"' || c == '\'' {
            let start = i;
            let triple = i + 2 < chars.len() && at(i + 1) == c && at(i + 2) == c;
            i += if triple { 3 } else { 1 };
            while i < chars.len() {
                if at(i) == '\\' {
                    i += 2;
                    continue;
                }
                if triple {
                    if i + 2 < chars.len() && at(i) == c && at(i + 1) == c && at(i + 2) == c {
                        i += 3;
                        break;
                    }
                } else if at(i) == c || at(i) == '\n' {
                    i += 1;
                    break;
                }
                i += 1;
            }
            let end = i.min(chars.len());
            span("string", &text(start, end), &mut out);
        } else if c.is_ascii_digit() {
            let start = i;
            while i < chars.len() && (at(i).is_ascii_alphanumeric() || at(i) == '.' || at(i) == '_')
            {
                i += 1;
            }
            span("number", &text(start, i), &mut out);
        } else if c.is_alphabetic() || c == '_' {
            let start = i;
            while i < chars.len() && (at(i).is_alphanumeric() || at(i) == '_') {
                i += 1;
            }
            let word = text(start, i);
            // String prefixes: f"...", r'...'
            if i < chars.len()
                && (at(i) == '"' || at(i) == '\'')
                && word.len() <= 2
                && word
                    .chars()
                    .all(|c| matches!(c, 'r' | 'b' | 'f' | 'u' | 'R' | 'B' | 'F' | 'U'))
            {
                escape(&word, &mut out);
                continue;
            }
            // The lexer's own keywords.
            if Kw::lookup(&word).is_some() {
                span("keyword", &word, &mut out);
            } else if BUILTINS.contains(&word.as_str()) {
                span("builtin", &word, &mut out);
            } else if start > 0
                && chars
                    .get(..start)
                    .unwrap_or(&[])
                    .iter()
                    .rev()
                    .take_while(|c| **c == ' ')
                    .count()
                    > 0
                && chars
                    .get(..start)
                    .unwrap_or(&[])
                    .iter()
                    .collect::<String>()
                    .trim_end()
                    .ends_with("def")
            {
                span("function", &word, &mut out);
            } else {
                escape(&word, &mut out);
            }
        } else {
            let mut s = String::new();
            s.push(c);
            escape(&s, &mut out);
            i += 1;
        }
    }
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::highlight;

    #[test]
    fn colours_keywords_strings_and_comments() {
        let h = highlight("async def f(): # hi\n    return \"<b>\" + 1\n");
        assert!(h.contains("<span class=\"tok-keyword\">async</span>"));
        assert!(h.contains("<span class=\"tok-function\">f</span>"));
        assert!(h.contains("<span class=\"tok-comment\"># hi</span>"));
        assert!(h.contains("<span class=\"tok-string\">&quot;&lt;b&gt;&quot;</span>"));
        assert!(h.contains("<span class=\"tok-number\">1</span>"));
    }
}
