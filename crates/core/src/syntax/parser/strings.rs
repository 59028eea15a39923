//! String literals: escape decoding, implicit concatenation, and f-strings.
//!
//! As in CPython 3.11 an f-string is one token; its replacement fields are
//! found here and each expression is parsed by a nested parser over the text
//! `(expr)`. Errors inside an expression are reported as CPython does: the
//! message prefixed with "f-string: ", the offset relative to `(expr)`.

use super::{PResult, Parser};
use crate::at::{At, Part};
use crate::syntax::ast::*;
use crate::syntax::error::{SyntaxError, SyntaxErrorKind};
use crate::syntax::lexer::tokenize;
use crate::syntax::token::{StrLit, Tok};

/// Where in the source a run of f-string body characters sits, so that
/// expression nodes get real positions.
struct Body<'a> {
    chars: Vec<char>,
    /// (line, col) of each char, plus one past the end.
    pos: Vec<(u32, u32)>,
    lit: &'a StrLit,
}

impl<'a> Body<'a> {
    fn new(lit: &'a StrLit) -> Body<'a> {
        let chars: Vec<char> = lit.body.chars().collect();
        let mut pos = Vec::with_capacity(chars.len() + 1);
        let (mut line, mut col) = (lit.body_line, lit.body_col);
        for &c in &chars {
            pos.push((line, col));
            if c == '\n' {
                line += 1;
                col = 0;
            } else {
                col += 1;
            }
        }
        pos.push((line, col));
        Body { chars, pos, lit }
    }
}

enum Decoded {
    Ok(String),
    /// A codec error: message and the byte range it covers in the body.
    Err(String),
}

impl Parser {
    /// One or more adjacent string tokens.
    pub(super) fn strings(&mut self) -> PResult<Expr> {
        let first = self.pos;
        while matches!(self.tok(), Tok::Str(_)) {
            self.advance();
        }
        let toks: Vec<(StrLit, Span)> = self
            .toks
            .part(first..self.pos)
            .iter()
            .map(|t| match &t.tok {
                Tok::Str(s) => ((**s).clone(), t.span),
                _ => unreachable!(),
            })
            .collect();
        let span = toks.at(0).1.to(toks.last().unwrap().1);
        let bytes = toks.iter().filter(|(s, _)| s.bytes).count();
        if bytes != 0 && bytes != toks.len() {
            return Err(self.error_span("cannot mix bytes and nonbytes literals", span));
        }
        if bytes != 0 {
            let mut out = Vec::new();
            for (s, tspan) in &toks {
                if !s.body.is_ascii() {
                    return Err(
                        self.error_span("bytes can only contain ASCII literal characters", *tspan)
                    );
                }
                match decode(&s.body, s.raw, true) {
                    Decoded::Ok(text) => out.extend(text.chars().map(|c| c as u32 as u8)),
                    Decoded::Err(msg) => return Err(self.after(msg, *tspan)),
                }
            }
            return Ok(Expr {
                kind: ExprKind::Constant(Constant::Bytes(out)),
                span,
            });
        }
        if !toks.iter().any(|(s, _)| s.fstring) {
            let mut out = String::new();
            for (s, tspan) in &toks {
                match decode(&s.body, s.raw, false) {
                    Decoded::Ok(text) => out.push_str(&text),
                    Decoded::Err(msg) => return Err(self.after(msg, *tspan)),
                }
            }
            return Ok(Expr {
                kind: ExprKind::Constant(Constant::Str(out)),
                span,
            });
        }
        let mut parts = Vec::new();
        for (s, tspan) in &toks {
            if s.fstring {
                let body = Body::new(s);
                let mut i = 0;
                self.fstring_body(&body, &mut i, 0, span, &mut parts)?;
            } else {
                match decode(&s.body, s.raw, false) {
                    Decoded::Ok(text) => push_literal(&mut parts, text),
                    Decoded::Err(msg) => return Err(self.after(msg, *tspan)),
                }
            }
        }
        Ok(Expr {
            kind: ExprKind::JoinedStr(parts),
            span,
        })
    }

    /// An error placed just after a string, where CPython puts errors found
    /// while decoding or splitting it.
    fn after(&self, msg: impl Into<String>, s: Span) -> Box<SyntaxError> {
        let col = s.end_col + 1;
        Box::new(SyntaxError {
            end_col: col,
            ..SyntaxError::new(SyntaxErrorKind::SyntaxError, msg, s.end_line, col)
        })
    }

    /// Literal text and fields up to the end of the body, or (inside a format
    /// spec, `depth > 0`) up to the `}` closing the field.
    fn fstring_body(
        &mut self,
        b: &Body,
        i: &mut usize,
        depth: u32,
        whole: Span,
        out: &mut Vec<FStringPart>,
    ) -> PResult<()> {
        let chars = &b.chars;
        let mut lit = String::new();
        while *i < chars.len() {
            let c = *chars.at(*i);
            if c == '\\' && !b.lit.raw {
                // Escapes are decoded with the literal; `\N{...}` braces are
                // part of the escape, not a field.
                lit.push(c);
                *i += 1;
                if chars.get(*i) == Some(&'N') && chars.get(*i + 1) == Some(&'{') {
                    while *i < chars.len() && *chars.at(*i) != '}' {
                        lit.push(*chars.at(*i));
                        *i += 1;
                    }
                } else if let Some(&n) = chars.get(*i).filter(|&&n| n != '{' && n != '}') {
                    lit.push(n);
                    *i += 1;
                }
                continue;
            }
            if c == '{' || c == '}' {
                if depth == 0 && chars.get(*i + 1) == Some(&c) {
                    lit.push(c);
                    *i += 2;
                    continue;
                }
                if c == '}' {
                    if depth == 0 {
                        return Err(self.after("f-string: single '}' is not allowed", whole));
                    }
                    break;
                }
                self.flush_literal(&mut lit, b.lit.raw, whole, out)?;
                self.fstring_field(b, i, depth, whole, out)?;
                continue;
            }
            lit.push(c);
            *i += 1;
        }
        self.flush_literal(&mut lit, b.lit.raw, whole, out)
    }

    fn flush_literal(
        &self,
        lit: &mut String,
        raw: bool,
        whole: Span,
        out: &mut Vec<FStringPart>,
    ) -> PResult<()> {
        if lit.is_empty() {
            return Ok(());
        }
        let text = std::mem::take(lit);
        match decode(&text, raw, false) {
            Decoded::Ok(text) => push_literal(out, text),
            Decoded::Err(msg) => return Err(self.after(msg, whole)),
        }
        Ok(())
    }

    /// A replacement field starting at the `{` at `*i`.
    fn fstring_field(
        &mut self,
        b: &Body,
        i: &mut usize,
        depth: u32,
        whole: Span,
        out: &mut Vec<FStringPart>,
    ) -> PResult<()> {
        let chars = &b.chars;
        let expecting = |p: &Parser| p.after("f-string: expecting '}'", whole);
        if depth >= 2 {
            return Err(self.after("f-string: expressions nested too deeply", whole));
        }
        *i += 1;
        let start = *i;
        let mut brackets: Vec<char> = Vec::new();
        let mut quote: Option<(char, bool)> = None;
        loop {
            let Some(&c) = chars.get(*i) else {
                if quote.is_some() {
                    return Err(self.after("f-string: unterminated string", whole));
                }
                return Err(expecting(self));
            };
            if c == '\\' {
                return Err(
                    self.after("f-string expression part cannot include a backslash", whole)
                );
            }
            if let Some((q, triple)) = quote {
                if c == q
                    && (!triple || (chars.get(*i + 1) == Some(&q) && chars.get(*i + 2) == Some(&q)))
                {
                    quote = None;
                    *i += if triple { 3 } else { 1 };
                } else {
                    *i += 1;
                }
                continue;
            }
            match c {
                '\'' | '"' => {
                    let triple = chars.get(*i + 1) == Some(&c) && chars.get(*i + 2) == Some(&c);
                    quote = Some((c, triple));
                    *i += if triple { 3 } else { 1 };
                    continue;
                }
                '(' | '[' | '{' => {
                    if brackets.len() >= 200 {
                        return Err(self.after("f-string: too many nested parenthesis", whole));
                    }
                    brackets.push(c);
                }
                ')' | ']' | '}' => {
                    if c == '}' && brackets.is_empty() {
                        break;
                    }
                    let Some(open) = brackets.pop() else {
                        return Err(self.after(format!("f-string: unmatched '{c}'"), whole));
                    };
                    let expected = match open {
                        '(' => ')',
                        '[' => ']',
                        _ => '}',
                    };
                    if c != expected {
                        let msg = format!("f-string: closing parenthesis '{c}' does not match opening parenthesis '{open}'");
                        return Err(self.after(msg, whole));
                    }
                }
                '#' => return Err(self.after("f-string expression part cannot include '#'", whole)),
                '!' | ':' | '=' if brackets.is_empty() => {
                    let next = chars.get(*i + 1).copied();
                    if c == '!' && next == Some('=') || c == '=' && next == Some('=') {
                        *i += 2;
                        continue;
                    }
                    let prev = if *i > start {
                        Some(*chars.at(*i - 1))
                    } else {
                        None
                    };
                    if c == '=' && matches!(prev, Some('<' | '>' | '=' | '!')) {
                        *i += 1;
                        continue;
                    }
                    break;
                }
                _ => {}
            }
            *i += 1;
        }
        let text: String = chars.part(start..*i).iter().collect();
        if text.trim().is_empty() {
            if *chars.at(*i) == '=' {
                return Err(self.after("f-string: expression required before '='", whole));
            }
            return Err(self.after("f-string: empty expression not allowed", whole));
        }
        let value = self.fstring_expr(&text, *b.pos.at(start))?;
        let mut debug_text = None;
        if *chars.at(*i) == '=' {
            *i += 1;
            while chars.get(*i).is_some_and(|c| c.is_whitespace()) {
                *i += 1;
            }
            debug_text = Some(chars.part(start..*i).iter().collect::<String>());
        }
        let mut conversion = None;
        if chars.get(*i) == Some(&'!') {
            *i += 1;
            let Some(&conv) = chars.get(*i) else {
                return Err(expecting(self));
            };
            if !matches!(conv, 's' | 'r' | 'a') {
                let msg = "f-string: invalid conversion character: expected 's', 'r', or 'a'";
                let mut e = self.after(msg, whole);
                e.end_col += 1;
                return Err(e);
            }
            conversion = Some(conv);
            *i += 1;
        }
        let mut format_spec = None;
        if chars.get(*i) == Some(&':') {
            *i += 1;
            let mut spec = Vec::new();
            self.fstring_body(b, i, depth + 1, whole, &mut spec)?;
            format_spec = Some(spec);
        }
        if chars.get(*i) != Some(&'}') {
            return Err(expecting(self));
        }
        *i += 1;
        if debug_text.is_some() && conversion.is_none() && format_spec.is_none() {
            conversion = Some('r');
        }
        out.push(FStringPart::Formatted {
            value: Box::new(value),
            conversion,
            format_spec,
            debug_text,
        });
        Ok(())
    }

    /// Parses one f-string expression with a nested parser over `(text)`.
    fn fstring_expr(&mut self, text: &str, (line, col): (u32, u32)) -> PResult<Expr> {
        let src = format!("({text})");
        let lexed = tokenize(&src);
        // Token positions are made real; error positions stay relative to
        // `(text)` except for the line, as CPython reports them.
        let mut tokens = lexed.tokens;
        let shift = |l: &mut u32, c: &mut u32| {
            if *l == 1 {
                *c = (*c + col).saturating_sub(1);
            }
            *l += line - 1;
        };
        for t in &mut tokens {
            shift(&mut t.span.line, &mut t.span.col);
            shift(&mut t.span.end_line, &mut t.span.end_col);
        }
        let mut sub = Parser::new(tokens, lexed.error, self.depth + 1);
        sub.chain = self.chain;
        let result = sub.star_expressions().and_then(|e| {
            if matches!(sub.tok(), Tok::Newline) {
                Ok(e)
            } else {
                Err(sub.invalid_syntax())
            }
        });
        result.map_err(|e| {
            let mut e = sub.prefer_lexer_error(*e);
            if sub.lex_error.as_ref() == Some(&e) {
                // The lexer saw `(text)` itself: only the line needs moving.
                e.line += line - 1;
                e.end_line += line - 1;
            } else {
                let unshift = |l: u32, c: u32| {
                    if l == line {
                        (c + 1).saturating_sub(col)
                    } else {
                        c
                    }
                };
                e.col = unshift(e.line, e.col);
                if e.end_col > 0 {
                    e.end_col = unshift(e.end_line, e.end_col);
                }
            }
            let rel = e.line + 1 - line;
            e.text = src
                .split('\n')
                .nth(rel.saturating_sub(1) as usize)
                .map(str::to_string);
            e.msg = format!("f-string: {}", e.msg);
            Box::new(e)
        })
    }
}

fn push_literal(parts: &mut Vec<FStringPart>, text: String) {
    if text.is_empty() {
        return;
    }
    if let Some(FStringPart::Literal(prev)) = parts.last_mut() {
        prev.push_str(&text);
    } else {
        parts.push(FStringPart::Literal(text));
    }
}

/// Decodes backslash escapes (unless `raw`). For bytes, each char of the
/// result is one byte value.
fn decode(body: &str, raw: bool, bytes: bool) -> Decoded {
    if raw || !body.as_bytes().contains(&b'\\') {
        return Decoded::Ok(body.to_string());
    }
    let chars: Vec<char> = body.chars().collect();
    let mut out = String::with_capacity(body.len());
    let mut i = 0;
    // Byte offset of chars[i] in the body, for codec-style messages.
    let byte_at = |i: usize| chars.part(..i).iter().map(|c| c.len_utf8()).sum::<usize>();
    let codec = if bytes {
        "(value error)"
    } else {
        "(unicode error) 'unicodeescape' codec can't decode bytes in position"
    };
    while i < chars.len() {
        let c = *chars.at(i);
        if c != '\\' || i + 1 >= chars.len() {
            out.push(c);
            i += 1;
            continue;
        }
        let start = i;
        let e = *chars.at(i + 1);
        i += 2;
        let simple = match e {
            '\n' => Some(None),
            '\\' => Some(Some('\\')),
            '\'' => Some(Some('\'')),
            '"' => Some(Some('"')),
            'a' => Some(Some('\x07')),
            'b' => Some(Some('\x08')),
            'f' => Some(Some('\x0c')),
            'n' => Some(Some('\n')),
            'r' => Some(Some('\r')),
            't' => Some(Some('\t')),
            'v' => Some(Some('\x0b')),
            _ => None,
        };
        if let Some(ch) = simple {
            out.extend(ch);
            continue;
        }
        match e {
            '0'..='7' => {
                let mut v = e.to_digit(8).unwrap();
                for _ in 0..2 {
                    match chars.get(i).and_then(|c| c.to_digit(8)) {
                        Some(d) => {
                            v = v * 8 + d;
                            i += 1;
                        }
                        None => break,
                    }
                }
                if bytes {
                    v &= 0xff;
                }
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            'x' | 'u' | 'U' if !(bytes && e != 'x') => {
                let n = match e {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let digits: String = chars
                    .part(i..)
                    .iter()
                    .take(n)
                    .take_while(|c| c.is_ascii_hexdigit())
                    .collect();
                if digits.len() < n {
                    let end = i + digits.len();
                    if bytes {
                        return Decoded::Err(format!(
                            "{codec} invalid \\x escape at position {}",
                            byte_at(start)
                        ));
                    }
                    let what = match e {
                        'x' => "truncated \\xXX escape",
                        'u' => "truncated \\uXXXX escape",
                        _ => "truncated \\UXXXXXXXX escape",
                    };
                    return Decoded::Err(format!(
                        "{codec} {}-{}: {what}",
                        byte_at(start),
                        byte_at(end) - 1
                    ));
                }
                i += n;
                let v = u32::from_str_radix(&digits, 16).unwrap();
                match char::from_u32(v) {
                    Some(ch) => out.push(ch),
                    // Lone surrogates cannot live in a Rust string.
                    None if v <= 0x10ffff => out.push('\u{fffd}'),
                    None => {
                        let msg = format!(
                            "{codec} {}-{}: illegal Unicode character",
                            byte_at(start),
                            byte_at(i) - 1
                        );
                        return Decoded::Err(msg);
                    }
                }
            }
            'N' if !bytes => {
                let close = chars.part(i..).iter().position(|&c| c == '}');
                if chars.get(i) != Some(&'{') || close.is_none() {
                    return Decoded::Err(format!(
                        "{codec} {}-{}: malformed \\N character escape",
                        byte_at(start),
                        byte_at(i) - 1
                    ));
                }
                let end = i + close.unwrap();
                let name: String = chars.part(i + 1..end).iter().collect();
                match char_by_name(&name) {
                    Some(ch) => out.push(ch),
                    None => {
                        let msg = format!(
                            "{codec} {}-{}: unknown Unicode character name",
                            byte_at(start),
                            byte_at(end)
                        );
                        return Decoded::Err(msg);
                    }
                }
                i = end + 1;
            }
            _ => {
                // Unknown escapes stay as written (CPython warns).
                out.push('\\');
                out.push(e);
            }
        }
    }
    Decoded::Ok(out)
}

/// `\N{...}` for a handful of names tutorials use; the full Unicode name
/// table is too big for the playground.
fn char_by_name(name: &str) -> Option<char> {
    let upper = name.to_ascii_uppercase();
    Some(match upper.as_str() {
        "BULLET" => '\u{2022}',
        "EM DASH" => '\u{2014}',
        "EN DASH" => '\u{2013}',
        "HORIZONTAL ELLIPSIS" => '\u{2026}',
        "DEGREE SIGN" => '\u{b0}',
        "NO-BREAK SPACE" => '\u{a0}',
        "CHECK MARK" => '\u{2713}',
        "HEAVY CHECK MARK" => '\u{2714}',
        "BALLOT X" => '\u{2717}',
        "MULTIPLICATION SIGN" => '\u{d7}',
        "RIGHTWARDS ARROW" => '\u{2192}',
        "LEFTWARDS ARROW" => '\u{2190}',
        "BLACK STAR" => '\u{2605}',
        "WHITE STAR" => '\u{2606}',
        "HOURGLASS" => '\u{231b}',
        "WATCH" => '\u{231a}',
        "ALARM CLOCK" => '\u{23f0}',
        "EURO SIGN" => '\u{20ac}',
        "POUND SIGN" => '\u{a3}',
        "COPYRIGHT SIGN" => '\u{a9}',
        "SNOWMAN" => '\u{2603}',
        "GREEK SMALL LETTER ALPHA" => '\u{3b1}',
        "GREEK SMALL LETTER BETA" => '\u{3b2}',
        "GREEK SMALL LETTER PI" => '\u{3c0}',
        "GREEK SMALL LETTER MU" => '\u{3bc}',
        "INFINITY" => '\u{221e}',
        "PLUS-MINUS SIGN" => '\u{b1}',
        "SPACE" => ' ',
        "LINE FEED" => '\n',
        "CHARACTER TABULATION" => '\t',
        "NULL" => '\0',
        "LATIN SMALL LETTER E WITH ACUTE" => '\u{e9}',
        _ => return None,
    })
}
