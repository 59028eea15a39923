//! Syntax errors carrying CPython 3.11's wording and position, and the
//! traceback-style rendering `python3 main.py` prints for them.

use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// Valid Python that the playground does not run (`match`, `except*`, ...).
    Unsupported,
}

/// A rejected program. Positions follow CPython's `SyntaxError` attributes:
/// `line`/`end_line` are 1-based, `col`/`end_col` are 1-based character
/// offsets (`offset`/`end_offset`). An `end_col` of 0 means "no end" (CPython
/// reports 0 or -1 there); rendering then draws a single caret.
#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub line: u32,
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
    /// The source line the error is on, without its newline.
    pub text: Option<String>,
}

impl SyntaxError {
    pub fn new(kind: SyntaxErrorKind, msg: impl Into<String>, line: u32, col: u32) -> SyntaxError {
        SyntaxError {
            kind,
            msg: msg.into(),
            line,
            col,
            end_line: line,
            end_col: 0,
            text: None,
        }
    }

    /// A SyntaxError found by the compiler (`'return' outside function`, ...).
    pub fn from_compile(e: &crate::compiler::CompileError, source: &str) -> SyntaxError {
        let s = e.span;
        let kind = SyntaxErrorKind::SyntaxError;
        let mut err = SyntaxError::new(kind, e.msg.clone(), s.line, s.col + 1);
        err.end_line = s.end_line;
        err.end_col = if s.end_line == s.line {
            s.end_col + 1
        } else {
            0
        };
        err.text = source
            .lines()
            .nth(s.line.max(1) as usize - 1)
            .map(str::to_string);
        err
    }

    /// The exception type's name as Python would print it.
    pub fn type_name(&self) -> &'static str {
        match self.kind {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
            SyntaxErrorKind::Unsupported => "NotImplementedError",
        }
    }

    /// The block CPython prints for an uncaught syntax error:
    /// location line, the stripped source line, carets, then `Type: msg`.
    pub fn render(&self, filename: &str) -> String {
        let mut out = format!("  File \"{}\", line {}\n", filename, self.line);
        if let Some(text) = &self.text {
            let rtext = text.trim_end_matches(['\n', '\r']);
            let ltext = rtext.trim_start_matches([' ', '\t', '\x0c']);
            let spaces = (rtext.chars().count() - ltext.chars().count()) as i64;
            out.push_str("    ");
            out.push_str(ltext);
            out.push('\n');
            let offset = self.col as i64;
            let mut end = self.end_col as i64;
            if self.end_line > self.line {
                // A multi-line error is underlined to the end of its first line.
                end = rtext.chars().count() as i64 + 1;
            }
            // CPython draws a single caret for indentation errors.
            let indentation = matches!(
                self.kind,
                SyntaxErrorKind::IndentationError | SyntaxErrorKind::TabError
            );
            if end <= offset || indentation {
                end = offset + 1;
            }
            let colno = offset - 1 - spaces;
            let end_colno = end - 1 - spaces;
            if colno >= 0 {
                out.push_str("    ");
                // Keep tabs so the caret lines up under tab-indented code.
                for c in ltext.chars().take(colno as usize) {
                    out.push(if c.is_whitespace() { c } else { ' ' });
                }
                for _ in colno..end_colno.max(colno + 1) {
                    out.push('^');
                }
                out.push('\n');
            }
        }
        out.push_str(self.type_name());
        out.push_str(": ");
        out.push_str(&self.msg);
        out.push('\n');
        out
    }
}

impl fmt::Display for SyntaxError {
    /// Like `str(SyntaxError)`: `msg (main.py, line N)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} (main.py, line {})", self.msg, self.line)
    }
}

impl std::error::Error for SyntaxError {}
