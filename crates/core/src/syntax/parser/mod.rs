//! Tokens to AST by recursive descent. The grammar is CPython 3.11's, but
//! instead of a PEG parser with a second "find a better message" pass, the
//! places where CPython has a specific message check for it directly; every
//! other failure is `invalid syntax` at the token where parsing stopped.
//!
//! Split by concept: `stmt.rs` (statements and blocks), `expr.rs`
//! (expressions), `patterns.rs` (`match` and its patterns), `strings.rs`
//! (literals and f-strings), `targets.rs`
//! (assignment-target validation), `checks.rs` (the errors CPython's compiler
//! raises after parsing: `'return' outside function`, ...).

mod checks;
mod expr;
mod patterns;
mod stmt;
mod strings;
mod targets;

use crate::at::At;
use std::cell::Cell;

use super::ast::{Module, Span};
use super::error::{SyntaxError, SyntaxErrorKind};
use super::lexer::{tokenize, Lexed};
use super::token::{Kw, Op, Tok, Token};

pub(crate) type PResult<T> = Result<T, Box<SyntaxError>>;

/// How deeply expressions may nest (brackets, unary operators, lambdas,
/// conditionals): each level costs about 2 KiB of stack in a release build,
/// and the playground runs in a 1 MiB wasm stack. CPython allows 200 nested
/// brackets; tutorial programs need far fewer.
const MAX_DEPTH: u32 = 100;

/// How long a left-nested chain (`a + b + ...`, `x.a.b(c)[d]...`) may grow:
/// parsed by loops, but the tree is as deep as the chain is long, and the
/// compiler and `Drop` walk it recursively. (CPython's compiler gives up
/// around here too, with a RecursionError.)
const MAX_CHAIN: u32 = 1000;

pub fn parse(source: &str) -> Result<Module, SyntaxError> {
    let normalized;
    let source = if source.as_bytes().contains(&b'\r') {
        normalized = crate::search::replacen(source, "\r\n", "\n", usize::MAX).replace('\r', "\n");
        normalized.as_str()
    } else {
        source
    };
    let Lexed { tokens, error } = tokenize(source);
    if let Some(e) = error.as_ref().filter(|e| !is_deferred(e)) {
        // This error wins whatever the parser would find (see
        // `prefer_lexer_error`), so the parse is skipped.
        let mut e = e.clone();
        e.text = source
            .split('\n')
            .nth(e.line.saturating_sub(1) as usize)
            .map(str::to_string);
        return Err(e);
    }
    let mut p = Parser::new(tokens, error, 0);
    let result = p.file().and_then(|body| {
        let module = Module { body };
        checks::check_module(&module)?;
        Ok(module)
    });
    result.map_err(|e| {
        let mut e = p.prefer_lexer_error(*e);
        if e.text.is_none() {
            e.text = source
                .split('\n')
                .nth(e.line.saturating_sub(1) as usize)
                .map(str::to_string);
        }
        e
    })
}

/// Tokenizer errors CPython reports only once the parser reaches them.
fn is_deferred(e: &SyntaxError) -> bool {
    e.kind != SyntaxErrorKind::SyntaxError
        || e.msg.ends_with("was never closed")
        || e.msg == "unexpected EOF while parsing"
        || e.msg
            .starts_with("unexpected character after line continuation")
}

pub(crate) struct Parser {
    toks: Vec<Token>,
    pos: usize,
    /// The furthest token looked at: CPython's tokenizer has reported any
    /// error at or before it.
    furthest: Cell<usize>,
    lex_error: Option<SyntaxError>,
    depth: u32,
    chain: u32,
    /// Open brackets around the current position (for "forgot a comma?").
    level: u32,
}

impl Parser {
    fn new(toks: Vec<Token>, lex_error: Option<SyntaxError>, depth: u32) -> Parser {
        Parser {
            toks,
            pos: 0,
            furthest: Cell::new(0),
            lex_error,
            depth,
            chain: 0,
            level: 0,
        }
    }

    /// After a parse error CPython tokenizes the rest of the source, and a
    /// tokenizer error raised there wins. Some tokenizer errors (indentation,
    /// a stray `\`, end of input) are only turned into exceptions when the
    /// parser reaches them; a bracket still open at the end wins only if the
    /// parser had looked past the bracket's line.
    fn prefer_lexer_error(&self, e: SyntaxError) -> SyntaxError {
        let Some(lex) = &self.lex_error else { return e };
        let reached_end = self.furthest.get() + 1 >= self.toks.len();
        if reached_end || !is_deferred(lex) {
            return lex.clone();
        }
        let furthest_line = self.toks.at(self.furthest.get()).span.line;
        if lex.msg.ends_with("was never closed") && furthest_line > lex.line {
            lex.clone()
        } else {
            e
        }
    }

    // ---- token access -------------------------------------------------

    fn tok(&self) -> &Tok {
        self.nth(0)
    }
    fn nth(&self, n: usize) -> &Tok {
        let i = (self.pos + n).min(self.toks.len() - 1);
        if i > self.furthest.get() {
            self.furthest.set(i);
        }
        &self.toks.at(i).tok
    }
    fn span(&self) -> Span {
        self.toks.at(self.pos.min(self.toks.len() - 1)).span
    }
    fn prev_span(&self) -> Span {
        self.toks.at(self.pos.saturating_sub(1)).span
    }
    fn advance(&mut self) -> Span {
        let span = self.span();
        if self.pos < self.toks.len() - 1 {
            self.pos += 1;
        }
        span
    }
    fn at_op(&self, op: Op) -> bool {
        self.tok().is_op(op)
    }
    fn at_kw(&self, kw: Kw) -> bool {
        self.tok().is_kw(kw)
    }
    fn eat_op(&mut self, op: Op) -> bool {
        let hit = self.at_op(op);
        if hit {
            self.advance();
        }
        hit
    }
    fn eat_kw(&mut self, kw: Kw) -> bool {
        let hit = self.at_kw(kw);
        if hit {
            self.advance();
        }
        hit
    }
    fn expect_op(&mut self, op: Op) -> PResult<Span> {
        if self.at_op(op) {
            Ok(self.advance())
        } else {
            Err(self.invalid_syntax())
        }
    }
    fn name(&mut self) -> PResult<(String, Span)> {
        if let Tok::Name(n) = self.tok() {
            let n = n.clone();
            Ok((n, self.advance()))
        } else {
            Err(self.invalid_syntax())
        }
    }

    // ---- errors -------------------------------------------------------

    /// "invalid syntax" at the current token, the generic error.
    fn invalid_syntax(&self) -> Box<SyntaxError> {
        let t = self.toks.at(self.pos.min(self.toks.len() - 1));
        match t.tok {
            Tok::Indent => {
                let mut e = SyntaxError::new(
                    SyntaxErrorKind::IndentationError,
                    "unexpected indent",
                    t.span.line,
                    t.span.end_col,
                );
                e.end_col = 0;
                Box::new(e)
            }
            Tok::Dedent => Box::new(SyntaxError::new(
                SyntaxErrorKind::IndentationError,
                "unexpected unindent",
                t.span.line,
                t.span.col + 1,
            )),
            _ => self.error_span("invalid syntax", t.span),
        }
    }

    /// An error over a node's span (0-based columns, as in the AST).
    fn error_span(&self, msg: impl Into<String>, s: Span) -> Box<SyntaxError> {
        self.error_range(msg, s.line, s.col, s.end_line, s.end_col)
    }

    /// An error from 0-based start/end columns, stored 1-based like CPython.
    fn error_range(
        &self,
        msg: impl Into<String>,
        line: u32,
        col: u32,
        end_line: u32,
        end_col: u32,
    ) -> Box<SyntaxError> {
        Box::new(SyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            msg: msg.into(),
            line,
            col: col + 1,
            end_line,
            end_col: end_col + 1,
            text: None,
        })
    }

    fn unsupported(&self, what: &str, s: Span) -> Box<SyntaxError> {
        let msg = format!("the playground does not support {what} (line {})", s.line);
        let mut e = self.error_span(msg, s);
        e.kind = SyntaxErrorKind::Unsupported;
        e
    }

    /// Guards recursion: every nested construct spends one unit.
    fn enter(&mut self) -> PResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.too_deep());
        }
        self.stack_guard()
    }

    /// Within CPython's limits but past this host's stack: CPython would
    /// parse it and its compiler give up, so its RecursionError (the
    /// page's stack is smaller than the CLI's).
    pub(super) fn stack_guard(&self) -> PResult<()> {
        if crate::stack::exhausted() {
            let s = self.span();
            return Err(self.error_range(
                crate::stack::TOO_DEEP_TO_COMPILE,
                s.line,
                s.col,
                s.line,
                s.col,
            ));
        }
        Ok(())
    }

    /// Counts one more link of a left-nested chain.
    fn link(&mut self) -> PResult<()> {
        self.chain += 1;
        if self.chain > MAX_CHAIN {
            let s = self.span();
            return Err(self.error_range(
                "expression too deeply nested",
                s.line,
                s.col,
                s.line,
                s.col,
            ));
        }
        Ok(())
    }

    fn too_deep(&self) -> Box<SyntaxError> {
        let s = self.span();
        let msg = match self.tok() {
            Tok::Op(Op::LPar | Op::LSqb | Op::LBrace) => "too many nested parentheses",
            _ => "expression too deeply nested",
        };
        self.error_range(msg, s.line, s.col, s.line, s.col)
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }
}
