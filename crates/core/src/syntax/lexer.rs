//! Source text to tokens, following CPython 3.11's tokenizer: INDENT/DEDENT
//! from a stack of indentation widths (tabs to multiples of 8, and a second
//! width counting a tab as 1 to detect inconsistent tabs), implicit line
//! joining inside brackets, `\` continuation, and its error messages.
//!
//! The whole source is tokenized up front. A lexical error ends the token list
//! with `Tok::Error` and is kept in `Lexed::error`: the parser reports it only
//! when it gets there (or when it would otherwise say just "invalid syntax"),
//! which is the order in which CPython's lazily-pulled tokenizer reports it.

use super::ast::Span;
use super::error::{SyntaxError, SyntaxErrorKind};
use super::token::{Kw, Op, StrLit, Tok, Token};
use crate::at::Part;

/// CPython's limits: MAXLEVEL (brackets) and MAXINDENT.
const MAX_BRACKETS: usize = 200;
const MAX_INDENT: usize = 100;

pub struct Lexed {
    pub tokens: Vec<Token>,
    pub error: Option<SyntaxError>,
}

pub fn tokenize(src: &str) -> Lexed {
    let mut lx = Lexer {
        chars: src.chars().collect(),
        pos: 0,
        line: 1,
        line_start: 0,
        tokens: Vec::new(),
        indents: vec![(0, 0)],
        brackets: Vec::new(),
        at_line_start: true,
    };
    let error = lx.run().err();
    if error.is_some() {
        let span = lx.tokens.last().map(|t| t.span).unwrap_or_default();
        lx.tokens.push(Token {
            tok: Tok::Error,
            span: Span::new(span.end_line, span.end_col, span.end_line, span.end_col),
        });
    }
    Lexed {
        tokens: lx.tokens,
        error,
    }
}

struct Lexer {
    chars: Vec<char>,
    pos: usize,
    line: u32,
    line_start: usize,
    tokens: Vec<Token>,
    /// (width with tabs to 8, width with tabs as 1) of each open block.
    indents: Vec<(u32, u32)>,
    /// Open brackets: the character and where it was.
    brackets: Vec<(char, u32, u32)>,
    at_line_start: bool,
}

type LexResult<T> = Result<T, SyntaxError>;

fn err(
    kind: SyntaxErrorKind,
    msg: impl Into<String>,
    line: u32,
    col: u32,
    end_col: u32,
) -> SyntaxError {
    SyntaxError {
        end_col,
        ..SyntaxError::new(kind, msg, line, col)
    }
}

fn syntax(msg: impl Into<String>, line: u32, col: u32, end_col: u32) -> SyntaxError {
    err(SyntaxErrorKind::SyntaxError, msg, line, col, end_col)
}

pub fn is_id_start(c: char) -> bool {
    c == '_' || c.is_ascii_alphabetic() || (!c.is_ascii() && c.is_alphabetic())
}

pub fn is_id_continue(c: char) -> bool {
    c == '_' || c.is_ascii_alphanumeric() || (!c.is_ascii() && c.is_alphanumeric())
}

impl Lexer {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }
    fn peek_at(&self, n: usize) -> Option<char> {
        self.chars.get(self.pos + n).copied()
    }
    fn col(&self) -> u32 {
        (self.pos - self.line_start) as u32
    }
    fn col_of(&self, pos: usize) -> u32 {
        (pos - self.line_start) as u32
    }
    fn newline(&mut self) {
        self.line += 1;
        self.line_start = self.pos;
    }
    fn push(&mut self, tok: Tok, line: u32, col: u32) {
        let span = Span::new(line, col, self.line, self.col());
        self.tokens.push(Token { tok, span });
    }

    fn run(&mut self) -> LexResult<()> {
        loop {
            if self.at_line_start && self.brackets.is_empty() && !self.indentation()? {
                continue;
            }
            while matches!(self.peek(), Some(' ' | '\t' | '\x0c')) {
                self.pos += 1;
            }
            let (line, col) = (self.line, self.col());
            let Some(c) = self.peek() else {
                return self.end_of_file();
            };
            match c {
                '#' => self.skip_comment(),
                '\n' => {
                    self.pos += 1;
                    if self.brackets.is_empty() {
                        // Zero width, as CPython reports errors at a NEWLINE.
                        self.tokens.push(Token {
                            tok: Tok::Newline,
                            span: Span::new(line, col, line, col),
                        });
                        self.at_line_start = true;
                    }
                    self.newline();
                }
                '\\' => match self.peek_at(1) {
                    Some('\n') if self.pos + 2 >= self.chars.len() => {
                        return Err(syntax("unexpected EOF while parsing", line, col + 2, 0));
                    }
                    Some('\n') => {
                        self.pos += 2;
                        self.newline();
                    }
                    None => return Err(syntax("unexpected EOF while parsing", line, col + 2, 0)),
                    Some(_) => {
                        return Err(syntax(
                            "unexpected character after line continuation character",
                            line,
                            col + 2,
                            0,
                        ))
                    }
                },
                '\0' => {
                    return Err(syntax(
                        "source code cannot contain null bytes",
                        line,
                        col + 1,
                        0,
                    ))
                }
                '0'..='9' => self.number()?,
                '.' if matches!(self.peek_at(1), Some('0'..='9')) => self.number()?,
                '\'' | '"' => self.string(self.pos, false, false, false)?,
                c if is_id_start(c) => self.name()?,
                c => self.operator(c)?,
            }
        }
    }

    /// Measures a new line's indentation and emits INDENT/DEDENT tokens.
    /// Returns false for a blank or comment-only line (consumed whole).
    fn indentation(&mut self) -> LexResult<bool> {
        let (mut col, mut alt) = (0u32, 0u32);
        loop {
            match self.peek() {
                Some(' ') => {
                    col += 1;
                    alt += 1;
                }
                Some('\t') => {
                    col = (col / 8 + 1) * 8;
                    alt += 1;
                }
                Some('\x0c') => {
                    col = 0;
                    alt = 0;
                }
                _ => break,
            }
            self.pos += 1;
        }
        match self.peek() {
            Some('#') | Some('\n') | None => {
                // Blank lines take no part in indentation.
                if self.peek() == Some('#') {
                    self.skip_comment();
                }
                if self.peek() == Some('\n') {
                    self.pos += 1;
                    self.newline();
                    return Ok(false);
                }
                self.at_line_start = false;
                return Ok(true);
            }
            _ => {}
        }
        self.at_line_start = false;
        let (line, width) = (self.line, self.col());
        let tab_error = || {
            err(
                SyntaxErrorKind::TabError,
                "inconsistent use of tabs and spaces in indentation",
                line,
                1,
                0,
            )
        };
        let &(top, top_alt) = self.indents.last().unwrap();
        if col == top {
            if alt != top_alt {
                return Err(tab_error());
            }
        } else if col > top {
            if self.indents.len() >= MAX_INDENT {
                return Err(err(
                    SyntaxErrorKind::IndentationError,
                    "too many levels of indentation",
                    line,
                    1,
                    0,
                ));
            }
            if alt <= top_alt {
                return Err(tab_error());
            }
            self.indents.push((col, alt));
            self.tokens.push(Token {
                tok: Tok::Indent,
                span: Span::new(line, 0, line, width),
            });
        } else {
            while self.indents.len() > 1 && col < self.indents.last().unwrap().0 {
                self.indents.pop();
                self.tokens.push(Token {
                    tok: Tok::Dedent,
                    span: Span::new(line, width, line, width),
                });
            }
            let &(top, top_alt) = self.indents.last().unwrap();
            if col != top {
                // CPython's offset here is just past the end of the line.
                let len = self
                    .chars
                    .part(self.line_start..)
                    .iter()
                    .take_while(|&&c| c != '\n')
                    .count() as u32;
                return Err(err(
                    SyntaxErrorKind::IndentationError,
                    "unindent does not match any outer indentation level",
                    line,
                    len + 1,
                    0,
                ));
            }
            if alt != top_alt {
                return Err(tab_error());
            }
        }
        Ok(true)
    }

    fn skip_comment(&mut self) {
        while !matches!(self.peek(), Some('\n') | None) {
            self.pos += 1;
        }
    }

    fn end_of_file(&mut self) -> LexResult<()> {
        if let Some(&(open, line, col)) = self.brackets.last() {
            return Err(syntax(
                format!("'{open}' was never closed"),
                line,
                col + 1,
                0,
            ));
        }
        let (line, col) = (self.line, self.col());
        let needs_newline = !matches!(
            self.tokens.last().map(|t| &t.tok),
            None | Some(Tok::Newline) | Some(Tok::Dedent) | Some(Tok::Indent)
        );
        if needs_newline {
            self.tokens.push(Token {
                tok: Tok::Newline,
                span: Span::new(line, col, line, col),
            });
        }
        // CPython places DEDENTs and ENDMARKER on the line after the last.
        let end_line = if col == 0 { line } else { line + 1 };
        while self.indents.len() > 1 {
            self.indents.pop();
            self.tokens.push(Token {
                tok: Tok::Dedent,
                span: Span::new(end_line, 0, end_line, 0),
            });
        }
        self.tokens.push(Token {
            tok: Tok::EndMarker,
            span: Span::new(end_line, 0, end_line, 0),
        });
        Ok(())
    }

    fn name(&mut self) -> LexResult<()> {
        let start = self.pos;
        let (line, col) = (self.line, self.col());
        while self.peek().is_some_and(is_id_continue) {
            self.pos += 1;
        }
        if matches!(self.peek(), Some('\'' | '"')) && self.pos - start <= 2 {
            let prefix: String = self
                .chars
                .part(start..self.pos)
                .iter()
                .map(|c| c.to_ascii_lowercase())
                .collect();
            let flags = match prefix.as_str() {
                "r" => Some((true, false, false)),
                "u" => Some((false, false, false)),
                "b" => Some((false, true, false)),
                "f" => Some((false, false, true)),
                "br" | "rb" => Some((true, true, false)),
                "fr" | "rf" => Some((true, false, true)),
                _ => None,
            };
            if let Some((raw, bytes, fstring)) = flags {
                return self.string(start, raw, bytes, fstring);
            }
        }
        let text: String = self.chars.part(start..self.pos).iter().collect();
        let tok = match Kw::lookup(&text) {
            Some(kw) => Tok::Kw(kw),
            None => Tok::Name(text),
        };
        self.push(tok, line, col);
        Ok(())
    }

    /// A string literal whose prefix starts at `start`; `self.pos` is at the
    /// opening quote.
    fn string(&mut self, start: usize, raw: bool, bytes: bool, fstring: bool) -> LexResult<()> {
        let (line, col) = (self.line, self.col_of(start));
        let quote = self.peek().unwrap();
        let triple = self.peek_at(1) == Some(quote) && self.peek_at(2) == Some(quote);
        self.pos += if triple { 3 } else { 1 };
        let (body_line, body_col, body_start) = (self.line, self.col(), self.pos);
        let body_end;
        loop {
            match self.peek() {
                None => {
                    // The line CPython's tokenizer has reached at end of input.
                    let at = if self.chars.last() == Some(&'\n') {
                        self.line - 1
                    } else {
                        self.line
                    };
                    let what = if triple {
                        "unterminated triple-quoted string literal"
                    } else {
                        "unterminated string literal"
                    };
                    return Err(syntax(
                        format!("{what} (detected at line {at})"),
                        line,
                        col + 1,
                        col + 1,
                    ));
                }
                Some('\n') if !triple => {
                    let msg = format!(
                        "unterminated string literal (detected at line {})",
                        self.line
                    );
                    return Err(syntax(msg, line, col + 1, col + 1));
                }
                Some('\n') => {
                    self.pos += 1;
                    self.newline();
                }
                Some('\\') => {
                    self.pos += 1;
                    if self.peek() == Some('\n') {
                        self.pos += 1;
                        self.newline();
                    } else if self.peek().is_some() {
                        self.pos += 1;
                    }
                }
                Some(c) if c == quote => {
                    if !triple {
                        body_end = self.pos;
                        self.pos += 1;
                        break;
                    }
                    if self.peek_at(1) == Some(quote) && self.peek_at(2) == Some(quote) {
                        body_end = self.pos;
                        self.pos += 3;
                        break;
                    }
                    self.pos += 1;
                }
                Some(_) => self.pos += 1,
            }
        }
        let body: String = self.chars.part(body_start..body_end).iter().collect();
        let lit = StrLit {
            raw,
            bytes,
            fstring,
            triple,
            body,
            body_line,
            body_col,
        };
        self.push(Tok::Str(Box::new(lit)), line, col);
        Ok(())
    }

    fn operator(&mut self, c: char) -> LexResult<()> {
        let (line, col) = (self.line, self.col());
        let (n1, n2) = (self.peek_at(1), self.peek_at(2));
        let eq = n1 == Some('=');
        // `x` or `x=`: an operator and its augmented-assignment form.
        let with_eq = |plain: Op, aug: Op| if eq { (aug, 2) } else { (plain, 1) };
        let found = match c {
            '(' => Some((Op::LPar, 1)),
            ')' => Some((Op::RPar, 1)),
            '[' => Some((Op::LSqb, 1)),
            ']' => Some((Op::RSqb, 1)),
            '{' => Some((Op::LBrace, 1)),
            '}' => Some((Op::RBrace, 1)),
            ',' => Some((Op::Comma, 1)),
            ';' => Some((Op::Semi, 1)),
            '~' => Some((Op::Tilde, 1)),
            ':' => Some(with_eq(Op::Colon, Op::ColonEqual)),
            '=' => Some(with_eq(Op::Equal, Op::EqEqual)),
            '!' if eq => Some((Op::NotEqual, 2)),
            '.' if n1 == Some('.') && n2 == Some('.') => Some((Op::Ellipsis, 3)),
            '.' => Some((Op::Dot, 1)),
            '-' if n1 == Some('>') => Some((Op::RArrow, 2)),
            '-' => Some(with_eq(Op::Minus, Op::MinusEqual)),
            '+' => Some(with_eq(Op::Plus, Op::PlusEqual)),
            '%' => Some(with_eq(Op::Percent, Op::PercentEqual)),
            '&' => Some(with_eq(Op::Amper, Op::AmperEqual)),
            '|' => Some(with_eq(Op::VBar, Op::VBarEqual)),
            '^' => Some(with_eq(Op::Circumflex, Op::CircumflexEqual)),
            '@' => Some(with_eq(Op::At, Op::AtEqual)),
            '*' if n1 == Some('*') => Some(if n2 == Some('=') {
                (Op::DoubleStarEqual, 3)
            } else {
                (Op::DoubleStar, 2)
            }),
            '*' => Some(with_eq(Op::Star, Op::StarEqual)),
            '/' if n1 == Some('/') => Some(if n2 == Some('=') {
                (Op::DoubleSlashEqual, 3)
            } else {
                (Op::DoubleSlash, 2)
            }),
            '/' => Some(with_eq(Op::Slash, Op::SlashEqual)),
            '<' if n1 == Some('<') => Some(if n2 == Some('=') {
                (Op::LeftShiftEqual, 3)
            } else {
                (Op::LeftShift, 2)
            }),
            '<' => Some(with_eq(Op::Less, Op::LessEqual)),
            '>' if n1 == Some('>') => Some(if n2 == Some('=') {
                (Op::RightShiftEqual, 3)
            } else {
                (Op::RightShift, 2)
            }),
            '>' => Some(with_eq(Op::Greater, Op::GreaterEqual)),
            _ => None,
        };
        if let Some((op, len)) = found {
            self.pos += len;
            self.bracket(op, line, col)?;
            self.push(Tok::Op(op), line, col);
            return Ok(());
        }
        if c.is_ascii() {
            // `$`, `?`, `!`, a backtick: no token starts here, the parser says
            // "invalid syntax" at it.
            self.pos += 1;
            self.push(Tok::Unknown(c), line, col);
            return Ok(());
        }
        let msg = if c.is_whitespace() || c.is_control() {
            format!("invalid non-printable character U+{:04X}", c as u32)
        } else {
            format!("invalid character '{c}' (U+{:04X})", c as u32)
        };
        Err(syntax(msg, line, col + 1, col + 1))
    }

    /// Tracks bracket nesting for implicit line joining and its errors.
    fn bracket(&mut self, op: Op, line: u32, col: u32) -> LexResult<()> {
        let open = match op {
            Op::LPar => '(',
            Op::LSqb => '[',
            Op::LBrace => '{',
            Op::RPar | Op::RSqb | Op::RBrace => {
                let close = op.as_str().chars().next().unwrap();
                let Some((open, open_line, _)) = self.brackets.pop() else {
                    return Err(syntax(
                        format!("unmatched '{close}'"),
                        line,
                        col + 1,
                        col + 1,
                    ));
                };
                let expected = match open {
                    '(' => ')',
                    '[' => ']',
                    _ => '}',
                };
                if close != expected {
                    let mut msg = format!(
                        "closing parenthesis '{close}' does not match opening parenthesis '{open}'"
                    );
                    if open_line != line {
                        msg.push_str(&format!(" on line {open_line}"));
                    }
                    return Err(syntax(msg, line, col + 1, col + 1));
                }
                return Ok(());
            }
            _ => return Ok(()),
        };
        if self.brackets.len() >= MAX_BRACKETS {
            return Err(syntax(
                "too many nested parentheses",
                line,
                col + 1,
                col + 1,
            ));
        }
        self.brackets.push((open, line, col));
        Ok(())
    }

    fn number(&mut self) -> LexResult<()> {
        let start = self.pos;
        let (line, col) = (self.line, self.col());
        let c = self.peek().unwrap();
        if c == '0' {
            let radix = match self.peek_at(1) {
                Some('x' | 'X') => Some((16, "hexadecimal")),
                Some('o' | 'O') => Some((8, "octal")),
                Some('b' | 'B') => Some((2, "binary")),
                _ => None,
            };
            if let Some((radix, kind)) = radix {
                self.pos += 2;
                let digits = self.radix_digits(radix, kind)?;
                self.end_of_number(kind)?;
                self.push(Tok::Int { digits, radix }, line, col);
                return Ok(());
            }
        }
        let mut is_float = false;
        if c != '.' {
            if c == '0' {
                // Only zeros may follow a leading zero in a decimal integer.
                loop {
                    while self.peek() == Some('0') {
                        self.pos += 1;
                    }
                    if self.peek() != Some('_') {
                        break;
                    }
                    self.pos += 1;
                    if !self.peek().is_some_and(|c| c.is_ascii_digit()) {
                        return Err(self.error_here("invalid decimal literal"));
                    }
                }
                let nonzero = self.pos;
                if self.peek().is_some_and(|c| c.is_ascii_digit()) {
                    self.decimal_tail()?;
                }
                let continues = matches!(self.peek(), Some('.' | 'e' | 'E' | 'j' | 'J'));
                if !continues && nonzero != self.pos {
                    return Err(syntax(
                        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                        line,
                        col + 1,
                        self.col_of(nonzero) + 1,
                    ));
                }
            } else {
                self.decimal_tail()?;
            }
        }
        if self.peek() == Some('.') {
            is_float = true;
            self.pos += 1;
            if self.peek().is_some_and(|c| c.is_ascii_digit()) {
                self.decimal_tail()?;
            }
        }
        if matches!(self.peek(), Some('e' | 'E')) {
            let e = self.pos;
            self.pos += 1;
            let signed = matches!(self.peek(), Some('+' | '-'));
            if signed {
                self.pos += 1;
            }
            if self.peek().is_some_and(|c| c.is_ascii_digit()) {
                is_float = true;
                self.decimal_tail()?;
            } else if signed {
                return Err(self.error_here("invalid decimal literal"));
            } else {
                // Not an exponent: `1else` is `1 else`, `1e` is an error; the
                // end-of-number check below tells which.
                self.pos = e;
            }
        }
        let text: String = self
            .chars
            .part(start..self.pos)
            .iter()
            .filter(|&&c| c != '_')
            .collect();
        if matches!(self.peek(), Some('j' | 'J')) {
            self.pos += 1;
            self.end_of_number("imaginary")?;
            self.push(Tok::Imag(decimal(&text)), line, col);
        } else if is_float {
            self.end_of_number("decimal")?;
            self.push(Tok::Float(decimal(&text)), line, col);
        } else {
            self.end_of_number("decimal")?;
            let trimmed = text.trim_start_matches('0');
            let digits = if trimmed.is_empty() {
                "0".to_string()
            } else {
                trimmed.to_string()
            };
            self.push(Tok::Int { digits, radix: 10 }, line, col);
        }
        Ok(())
    }

    /// An error whose offset is the 0-based column of the current character,
    /// which is how CPython's tokenizer places most number errors.
    fn error_here(&self, msg: &str) -> SyntaxError {
        let col = self.col();
        syntax(msg, self.line, col, col)
    }

    /// Digits with single underscores between them.
    fn decimal_tail(&mut self) -> LexResult<()> {
        loop {
            while self.peek().is_some_and(|c| c.is_ascii_digit()) {
                self.pos += 1;
            }
            if self.peek() != Some('_') {
                return Ok(());
            }
            self.pos += 1;
            if !self.peek().is_some_and(|c| c.is_ascii_digit()) {
                return Err(self.error_here("invalid decimal literal"));
            }
        }
    }

    /// The digits after `0x`/`0o`/`0b`, underscores removed.
    fn radix_digits(&mut self, radix: u32, kind: &str) -> LexResult<String> {
        let mut digits = String::new();
        loop {
            if self.peek() == Some('_') {
                self.pos += 1;
            }
            match self.peek() {
                Some(c) if c.is_digit(radix) => {}
                Some(c) if c.is_ascii_digit() => return Err(self.invalid_digit(c, kind)),
                _ => return Err(self.error_here(&format!("invalid {kind} literal"))),
            }
            while let Some(c) = self.peek().filter(|c| c.is_digit(radix)) {
                digits.push(c);
                self.pos += 1;
            }
            if self.peek() != Some('_') {
                break;
            }
        }
        if let Some(c) = self.peek().filter(|c| c.is_ascii_digit()) {
            return Err(self.invalid_digit(c, kind));
        }
        let trimmed = digits.trim_start_matches('0');
        Ok(if trimmed.is_empty() {
            "0".to_string()
        } else {
            trimmed.to_string()
        })
    }

    fn invalid_digit(&self, c: char, kind: &str) -> SyntaxError {
        let col = self.col() + 1;
        syntax(
            format!("invalid digit '{c}' in {kind} literal"),
            self.line,
            col,
            col,
        )
    }

    /// A number may not run straight into a name, except into the keywords
    /// CPython still accepts there (`1if x else y`).
    fn end_of_number(&mut self, kind: &str) -> LexResult<()> {
        let Some(c) = self.peek() else { return Ok(()) };
        if !is_id_continue(c) {
            return Ok(());
        }
        let rest = self.chars.part(self.pos..);
        let starts = |kw: &str| kw.chars().zip(rest).filter(|(a, b)| a == *b).count() == kw.len();
        if ["and", "else", "for", "if", "in", "is", "not", "or"]
            .iter()
            .any(|kw| starts(kw))
        {
            return Ok(());
        }
        Err(self.error_here(&format!("invalid {kind} literal")))
    }
}

/// A float literal's value (the numeric module reads decimals without the
/// standard library's tables).
fn decimal(text: &str) -> f64 {
    crate::numeric::float::parse_decimal(text).unwrap_or(f64::INFINITY)
}
