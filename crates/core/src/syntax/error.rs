//! Syntax errors, worded and positioned like CPython 3.11's, and rendered the
//! way CPython prints them (file/line header, the line, carets, message).

use crate::compiler::CompileError;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
    /// Valid Python the playground does not support (named in the message).
    Unsupported,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column offset, as CPython's `SyntaxError.offset`.
    pub col: u32,
    pub end_line: u32,
    /// 1-based end offset; 0 when unknown.
    pub end_col: u32,
    /// The source line, without its newline.
    pub text: Option<String>,
    /// CPython prints no caret line for some indentation errors.
    pub caret: bool,
}

impl SyntaxError {
    pub fn new(
        msg: impl Into<String>,
        line: u32,
        col: u32,
        end_line: u32,
        end_col: u32,
    ) -> SyntaxError {
        SyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            msg: msg.into(),
            line,
            col,
            end_line,
            end_col,
            text: None,
            caret: true,
        }
    }

    pub fn with_kind(mut self, kind: SyntaxErrorKind) -> SyntaxError {
        self.kind = kind;
        self
    }

    pub fn without_caret(mut self) -> SyntaxError {
        self.caret = false;
        self
    }

    /// Attach the source line the error points at.
    pub fn with_source(mut self, source: &str) -> SyntaxError {
        if self.text.is_none() && self.line > 0 {
            self.text = source
                .lines()
                .nth(self.line as usize - 1)
                .map(|l| l.to_string());
        }
        self
    }

    /// A SyntaxError found by the compiler (`'return' outside function`, ...).
    pub fn from_compile(e: &CompileError, source: &str) -> SyntaxError {
        let s = e.span;
        let end_col = if s.end_line == s.line {
            s.end_col + 1
        } else {
            0
        };
        let err = SyntaxError::new(e.msg.clone(), s.line, s.col + 1, s.end_line, end_col)
            .with_source(source);
        if e.unsupported {
            err.with_kind(SyntaxErrorKind::Unsupported)
        } else {
            err
        }
    }

    pub fn type_name(&self) -> &'static str {
        match self.kind {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
            SyntaxErrorKind::Unsupported => "NotImplementedError",
        }
    }

    /// CPython's rendering, e.g.
    /// ```text
    ///   File "main.py", line 3
    ///     print("a"
    ///          ^
    /// SyntaxError: '(' was never closed
    /// ```
    pub fn render(&self, filename: &str) -> String {
        let mut out = format!("  File \"{}\", line {}\n", filename, self.line);
        if let Some(text) = &self.text {
            let trimmed = text.trim_start_matches([' ', '\t', '\x0c']);
            let lead = (text.chars().count() - trimmed.chars().count()) as i64;
            let shown = trimmed.trim_end();
            out.push_str(&format!("    {shown}\n"));
            let col = self.col as i64 - 1 - lead;
            if self.caret && col >= 0 {
                let len = shown.chars().count() as i64;
                let col = col.min(len);
                let count = if self.end_line == self.line && self.end_col > self.col {
                    let end = (self.end_col as i64 - 1 - lead).min(len + 1);
                    (end - col).max(1)
                } else {
                    1
                };
                out.push_str(&format!(
                    "    {}{}\n",
                    " ".repeat(col as usize),
                    "^".repeat(count as usize)
                ));
            }
        }
        out.push_str(&format!("{}: {}\n", self.type_name(), self.msg));
        out
    }
}

impl std::fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} (main.py, line {})", self.msg, self.line)
    }
}

impl std::error::Error for SyntaxError {}
