//! Source text to tokens: indentation as INDENT/DEDENT, implicit line
//! joining inside brackets, all string and number forms.

use super::error::{SyntaxError, SyntaxErrorKind};

#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    Name(String),
    Int { digits: String, radix: u32 },
    Float(f64),
    Imag(f64),
    Str(StrTok),
    Op(&'static str),
    Newline,
    Indent,
    Dedent,
    End,
}

#[derive(Clone, Debug, PartialEq)]
pub struct StrTok {
    /// Decoded text (for f-strings: the raw source between the quotes).
    pub value: String,
    pub bytes: Option<Vec<u8>>,
    pub is_f: bool,
    pub raw: bool,
    /// Where the content starts (after the quotes), for f-string fields.
    pub content_line: u32,
    pub content_col: u32,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    pub tok: Tok,
    pub line: u32,
    /// 0-based character column.
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
}

const OPERATORS: &[&str] = &[
    "**=", "//=", ">>=", "<<=", "...", "->", ":=", "**", "//", "<<", ">>", "<=", ">=", "==", "!=",
    "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", "+", "-", "*", "/", "%", "@", "<", ">",
    "=", ".", ",", ":", ";", "(", ")", "[", "]", "{", "}", "&", "|", "^", "~",
];

/// Deepest bracket nesting accepted (CPython's tokenizer stops at 200).
pub const MAX_PARENS: usize = 200;

struct Lexer<'a> {
    chars: Vec<char>,
    pos: usize,
    line: u32,
    col: u32,
    tokens: Vec<Token>,
    indents: Vec<u32>,
    parens: Vec<(char, u32, u32)>,
    source: &'a str,
    at_line_start: bool,
}

pub fn tokenize(source: &str) -> Result<Vec<Token>, SyntaxError> {
    let mut lx = Lexer {
        chars: source.chars().collect(),
        pos: 0,
        line: 1,
        col: 0,
        tokens: Vec::new(),
        indents: vec![0],
        parens: Vec::new(),
        source,
        at_line_start: true,
    };
    lx.run().map_err(|e| e.with_source(source))?;
    Ok(lx.tokens)
}

fn is_id_start(c: char) -> bool {
    c.is_alphabetic() || c == '_'
}

fn is_id_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

impl<'a> Lexer<'a> {
    fn peek(&self, k: usize) -> Option<char> {
        self.chars.get(self.pos + k).copied()
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.chars.get(self.pos).copied()?;
        self.pos += 1;
        if c == '\n' {
            self.line += 1;
            self.col = 0;
        } else {
            self.col += 1;
        }
        Some(c)
    }

    fn push(&mut self, tok: Tok, line: u32, col: u32) {
        self.tokens.push(Token {
            tok,
            line,
            col,
            end_line: self.line,
            end_col: self.col,
        });
    }

    fn err(&self, msg: impl Into<String>, line: u32, col: u32) -> SyntaxError {
        SyntaxError::new(msg, line, col + 1, line, col + 1)
    }

    fn last_line(&self) -> u32 {
        let n = self.source.lines().count() as u32;
        n.max(1)
    }

    fn run(&mut self) -> Result<(), SyntaxError> {
        loop {
            if self.at_line_start && self.parens.is_empty() && self.indentation()? {
                continue;
            }
            let Some(c) = self.peek(0) else { break };
            let (line, col) = (self.line, self.col);
            match c {
                ' ' | '\t' | '\x0c' | '\r' => {
                    self.bump();
                }
                '#' => {
                    while let Some(c) = self.peek(0) {
                        if c == '\n' {
                            break;
                        }
                        self.bump();
                    }
                }
                '\n' => {
                    self.bump();
                    if self.parens.is_empty() {
                        self.tokens.push(Token {
                            tok: Tok::Newline,
                            line,
                            col,
                            end_line: line,
                            end_col: col + 1,
                        });
                        self.at_line_start = true;
                    }
                }
                '\\' => {
                    self.bump();
                    match self.peek(0) {
                        Some('\n') => {
                            self.bump();
                        }
                        Some('\r') if self.peek(1) == Some('\n') => {
                            self.bump();
                            self.bump();
                        }
                        None => {
                            return Err(self.err("unexpected EOF while parsing", line, col));
                        }
                        _ => {
                            return Err(self.err(
                                "unexpected character after line continuation character",
                                line,
                                col,
                            ));
                        }
                    }
                }
                c if c.is_ascii_digit()
                    || (c == '.' && self.peek(1).is_some_and(|d| d.is_ascii_digit())) =>
                {
                    self.number()?;
                }
                c if is_id_start(c) => {
                    if self.string_prefix_len().is_some() {
                        self.string()?;
                    } else {
                        let mut name = String::new();
                        while let Some(c) = self.peek(0) {
                            if !is_id_char(c) {
                                break;
                            }
                            name.push(c);
                            self.bump();
                        }
                        self.push(Tok::Name(name), line, col);
                    }
                }
                '"' | '\'' => self.string()?,
                _ => self.operator()?,
            }
        }
        // End of input.
        if let Some(&(p, pl, pc)) = self.parens.last() {
            return Err(SyntaxError::new(
                format!("'{p}' was never closed"),
                pl,
                pc + 1,
                pl,
                0,
            ));
        }
        if !self.tokens.is_empty()
            && !matches!(self.tokens.last().map(|t| &t.tok), Some(Tok::Newline))
        {
            let (line, col) = (self.line, self.col);
            self.tokens.push(Token {
                tok: Tok::Newline,
                line,
                col,
                end_line: line,
                end_col: col + 1,
            });
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            let (line, col) = (self.line, self.col);
            self.tokens.push(Token {
                tok: Tok::Dedent,
                line,
                col,
                end_line: line,
                end_col: col,
            });
        }
        let (line, col) = (self.line, self.col);
        self.tokens.push(Token {
            tok: Tok::End,
            line,
            col,
            end_line: line,
            end_col: col,
        });
        Ok(())
    }

    /// At the start of a line: measure indentation, skip blank and comment
    /// lines, emit INDENT/DEDENT. Returns true when it consumed a blank line.
    fn indentation(&mut self) -> Result<bool, SyntaxError> {
        let start = self.pos;
        let mut width: u32 = 0;
        let mut k = 0;
        while let Some(c) = self.peek(k) {
            match c {
                ' ' => width += 1,
                '\t' => width = (width / 8 + 1) * 8,
                '\x0c' => width = 0,
                _ => break,
            }
            k += 1;
        }
        match self.peek(k) {
            None => {
                // Trailing whitespace at end of file.
                for _ in 0..k {
                    self.bump();
                }
                self.at_line_start = false;
                return Ok(false);
            }
            Some('\n') | Some('#') | Some('\r') => {
                // Blank or comment-only line: no tokens.
                for _ in 0..k {
                    self.bump();
                }
                while let Some(c) = self.peek(0) {
                    self.bump();
                    if c == '\n' {
                        break;
                    }
                }
                return Ok(true);
            }
            Some('\\') if matches!(self.peek(k + 1), Some('\n')) && self.tokens.is_empty() => {}
            _ => {}
        }
        let _ = start;
        for _ in 0..k {
            self.bump();
        }
        self.at_line_start = false;
        let current = *self.indents.last().unwrap_or(&0);
        let (line, col) = (self.line, self.col);
        if width > current {
            self.indents.push(width);
            self.tokens.push(Token {
                tok: Tok::Indent,
                line,
                col: 0,
                end_line: line,
                end_col: col,
            });
        } else if width < current {
            while width < *self.indents.last().unwrap_or(&0) {
                self.indents.pop();
                self.tokens.push(Token {
                    tok: Tok::Dedent,
                    line,
                    col,
                    end_line: line,
                    end_col: col,
                });
            }
            if width != *self.indents.last().unwrap_or(&0) {
                let text_len = self
                    .source
                    .lines()
                    .nth(line as usize - 1)
                    .map(|l| l.chars().count())
                    .unwrap_or(0) as u32;
                return Err(SyntaxError::new(
                    "unindent does not match any outer indentation level",
                    line,
                    text_len + 1,
                    line,
                    0,
                )
                .with_kind(SyntaxErrorKind::IndentationError));
            }
        }
        Ok(false)
    }

    fn operator(&mut self) -> Result<(), SyntaxError> {
        let (line, col) = (self.line, self.col);
        for op in OPERATORS {
            let n = op.chars().count();
            if op.chars().enumerate().all(|(i, c)| self.peek(i) == Some(c)) {
                for _ in 0..n {
                    self.bump();
                }
                match *op {
                    "(" | "[" | "{" => {
                        if self.parens.len() >= MAX_PARENS {
                            return Err(self.err("too many nested parentheses", line, col));
                        }
                        self.parens
                            .push((op.chars().next().unwrap_or('('), line, col));
                    }
                    ")" | "]" | "}" => {
                        let close = op.chars().next().unwrap_or(')');
                        match self.parens.pop() {
                            None => {
                                return Err(self.err(format!("unmatched '{close}'"), line, col))
                            }
                            Some((open, ol, _)) => {
                                let expected = match open {
                                    '(' => ')',
                                    '[' => ']',
                                    _ => '}',
                                };
                                if expected != close {
                                    let msg = if ol == line {
                                        format!("closing parenthesis '{close}' does not match opening parenthesis '{open}'")
                                    } else {
                                        format!("closing parenthesis '{close}' does not match opening parenthesis '{open}' on line {ol}")
                                    };
                                    return Err(self.err(msg, line, col));
                                }
                            }
                        }
                    }
                    _ => {}
                }
                self.push(Tok::Op(op), line, col);
                return Ok(());
            }
        }
        let c = self.peek(0).unwrap_or(' ');
        let msg = if matches!(c, '$' | '?' | '`' | '!') {
            "invalid syntax".to_string()
        } else if !c.is_ascii() {
            format!("invalid character '{}' (U+{:04X})", c, c as u32)
        } else {
            format!("invalid non-printable character U+{:04X}", c as u32)
        };
        Err(self.err(msg, line, col))
    }

    fn number(&mut self) -> Result<(), SyntaxError> {
        let (line, col) = (self.line, self.col);
        let c0 = self.peek(0).unwrap_or('0');
        let c1 = self.peek(1).map(|c| c.to_ascii_lowercase());
        let radix = match (c0, c1) {
            ('0', Some('x')) => 16,
            ('0', Some('o')) => 8,
            ('0', Some('b')) => 2,
            _ => 10,
        };
        if radix != 10 {
            self.bump();
            self.bump();
            let mut digits = String::new();
            while let Some(c) = self.peek(0) {
                if c == '_' {
                    self.bump();
                    continue;
                }
                if c.is_digit(radix) {
                    digits.push(c);
                    self.bump();
                } else {
                    break;
                }
            }
            let name = match radix {
                16 => "hexadecimal",
                8 => "octal",
                _ => "binary",
            };
            if digits.is_empty() || self.peek(0).is_some_and(is_id_char) {
                return Err(self.err(format!("invalid {name} literal"), line, col));
            }
            self.push(Tok::Int { digits, radix }, line, col);
            return Ok(());
        }
        let mut text = String::new();
        let mut is_float = false;
        let digits = |lx: &mut Lexer, text: &mut String| {
            while let Some(c) = lx.peek(0) {
                if c.is_ascii_digit() {
                    text.push(c);
                    lx.bump();
                } else if c == '_' && lx.peek(1).is_some_and(|d| d.is_ascii_digit()) {
                    lx.bump();
                } else {
                    break;
                }
            }
        };
        digits(self, &mut text);
        if self.peek(0) == Some('.') {
            is_float = true;
            text.push('.');
            self.bump();
            digits(self, &mut text);
        }
        if matches!(self.peek(0), Some('e') | Some('E')) {
            let sign_ok = matches!(self.peek(1), Some('+') | Some('-'))
                && self.peek(2).is_some_and(|d| d.is_ascii_digit());
            if self.peek(1).is_some_and(|d| d.is_ascii_digit()) || sign_ok {
                is_float = true;
                text.push('e');
                self.bump();
                if sign_ok {
                    text.push(self.bump().unwrap_or('+'));
                }
                digits(self, &mut text);
            }
        }
        if matches!(self.peek(0), Some('j') | Some('J')) {
            self.bump();
            let v = crate::numeric::float::parse_decimal(&text).unwrap_or(0.0);
            self.push(Tok::Imag(v), line, col);
            return Ok(());
        }
        if self.peek(0).is_some_and(is_id_char) {
            return Err(self.err("invalid decimal literal", line, col));
        }
        if is_float {
            let v = crate::numeric::float::parse_decimal(&text).unwrap_or(0.0);
            self.push(Tok::Float(v), line, col);
        } else {
            if text.len() > 1 && text.starts_with('0') && text.chars().any(|c| c != '0') {
                return Err(self.err(
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    line,
                    col,
                ));
            }
            self.push(
                Tok::Int {
                    digits: text,
                    radix: 10,
                },
                line,
                col,
            );
        }
        Ok(())
    }

    /// Length of a string prefix (`rb`, `f`, ...) directly followed by a quote.
    fn string_prefix_len(&self) -> Option<usize> {
        let mut k = 0;
        while let Some(c) = self.peek(k) {
            if matches!(c.to_ascii_lowercase(), 'r' | 'b' | 'f' | 'u') && k < 3 {
                k += 1;
            } else {
                break;
            }
        }
        if k > 0 && matches!(self.peek(k), Some('"') | Some('\'')) {
            let prefix: String = (0..k)
                .filter_map(|i| self.peek(i))
                .map(|c| c.to_ascii_lowercase())
                .collect();
            let valid = matches!(
                prefix.as_str(),
                "r" | "b" | "f" | "u" | "rb" | "br" | "rf" | "fr"
            );
            if valid {
                return Some(k);
            }
        }
        None
    }

    fn string(&mut self) -> Result<(), SyntaxError> {
        let (line, col) = (self.line, self.col);
        let plen = self.string_prefix_len().unwrap_or(0);
        let mut raw = false;
        let mut bytes = false;
        let mut is_f = false;
        for _ in 0..plen {
            match self.bump().map(|c| c.to_ascii_lowercase()) {
                Some('r') => raw = true,
                Some('b') => bytes = true,
                Some('f') => is_f = true,
                _ => {}
            }
        }
        let quote = self.bump().unwrap_or('"');
        let triple = self.peek(0) == Some(quote) && self.peek(1) == Some(quote);
        if triple {
            self.bump();
            self.bump();
        }
        let (content_line, content_col) = (self.line, self.col);
        let mut content = String::new();
        loop {
            let Some(c) = self.peek(0) else {
                let msg = if triple {
                    format!(
                        "unterminated triple-quoted string literal (detected at line {})",
                        self.last_line()
                    )
                } else {
                    format!("unterminated string literal (detected at line {line})")
                };
                return Err(self.err(msg, line, col));
            };
            if c == '\n' && !triple {
                return Err(self.err(
                    format!("unterminated string literal (detected at line {line})"),
                    line,
                    col,
                ));
            }
            if c == '\\' {
                content.push(c);
                self.bump();
                if let Some(n) = self.peek(0) {
                    content.push(n);
                    self.bump();
                }
                continue;
            }
            if c == quote {
                if !triple {
                    self.bump();
                    break;
                }
                if self.peek(1) == Some(quote) && self.peek(2) == Some(quote) {
                    self.bump();
                    self.bump();
                    self.bump();
                    break;
                }
            }
            content.push(c);
            self.bump();
        }
        let tok = if is_f {
            StrTok {
                value: content,
                bytes: None,
                is_f: true,
                raw,
                content_line,
                content_col,
            }
        } else if bytes {
            let decoded = if raw {
                content.clone()
            } else {
                decode_escapes(&content, true)
            };
            StrTok {
                value: String::new(),
                bytes: Some(decoded.chars().map(|c| c as u32 as u8).collect()),
                is_f: false,
                raw,
                content_line,
                content_col,
            }
        } else {
            let value = if raw {
                content
            } else {
                decode_escapes(&content, false)
            };
            StrTok {
                value,
                bytes: None,
                is_f: false,
                raw,
                content_line,
                content_col,
            }
        };
        self.push(Tok::Str(tok), line, col);
        Ok(())
    }
}

/// Decode backslash escapes of a (non-raw) string literal.
pub fn decode_escapes(s: &str, bytes: bool) -> String {
    let mut out = String::with_capacity(s.len());
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c != '\\' || i + 1 >= chars.len() {
            out.push(c);
            i += 1;
            continue;
        }
        let n = chars[i + 1];
        i += 2;
        match n {
            '\n' => {}
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0b'),
            '0'..='7' => {
                let mut v = n.to_digit(8).unwrap_or(0);
                let mut k = 0;
                while k < 2 && i < chars.len() && chars[i].is_digit(8) {
                    v = v * 8 + chars[i].to_digit(8).unwrap_or(0);
                    i += 1;
                    k += 1;
                }
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            'x' => {
                let hex: String = chars[i..].iter().take(2).collect();
                match u32::from_str_radix(&hex, 16) {
                    Ok(v) if hex.len() == 2 => {
                        out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
                        i += 2;
                    }
                    _ => {
                        out.push('\\');
                        out.push('x');
                    }
                }
            }
            'u' | 'U' if !bytes => {
                let len = if n == 'u' { 4 } else { 8 };
                let hex: String = chars[i..].iter().take(len).collect();
                match u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                    Some(ch) if hex.len() == len => {
                        out.push(ch);
                        i += len;
                    }
                    _ => {
                        out.push('\\');
                        out.push(n);
                    }
                }
            }
            other => {
                out.push('\\');
                out.push(other);
            }
        }
    }
    out
}
