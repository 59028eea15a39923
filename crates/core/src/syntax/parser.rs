//! Tokens to AST: a recursive-descent parser (precedence climbing for binary
//! operators, so deep expressions use little stack) with CPython 3.11's
//! messages for the mistakes learners make.

use super::ast::*;
use super::error::{SyntaxError, SyntaxErrorKind};
use super::lexer::{tokenize, StrTok, Tok, Token};
use std::rc::Rc;

/// Nesting of expressions/blocks accepted before "too complex"; the parser
/// recurses, and the browser's stack is small.
const MAX_DEPTH: usize = 100;

/// Longest chain of binary operators or trailers (`a + b + ...`, `f()()...`).
const MAX_CHAIN: usize = 250;

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

type PResult<T> = Result<T, SyntaxError>;

pub fn parse_module(source: &str) -> PResult<Module> {
    let tokens = tokenize(source)?;
    let mut p = Parser {
        tokens,
        pos: 0,
        depth: 0,
    };
    let mut body = Vec::new();
    loop {
        match p.tok() {
            Tok::End => break,
            Tok::Newline => {
                p.pos += 1;
            }
            _ => body.extend(p.statement().map_err(|e| e.with_source(source))?),
        }
    }
    Ok(Module { body })
}

struct Parser {
    tokens: Vec<Token>,
    pos: usize,
    depth: usize,
}

fn span_of(t: &Token) -> Span {
    Span::new(t.line, t.col, t.end_line, t.end_col)
}

fn is_keyword(s: &str) -> bool {
    KEYWORDS.contains(&s)
}

impl Parser {
    fn cur(&self) -> &Token {
        &self.tokens[self.pos.min(self.tokens.len() - 1)]
    }

    fn tok(&self) -> &Tok {
        &self.cur().tok
    }

    fn peek_tok(&self, k: usize) -> &Tok {
        &self.tokens[(self.pos + k).min(self.tokens.len() - 1)].tok
    }

    fn prev(&self) -> &Token {
        &self.tokens[self.pos.saturating_sub(1)]
    }

    fn advance(&mut self) -> Token {
        let t = self.cur().clone();
        if self.pos < self.tokens.len() - 1 {
            self.pos += 1;
        }
        t
    }

    fn is_op(&self, op: &str) -> bool {
        matches!(self.tok(), Tok::Op(o) if *o == op)
    }

    fn is_kw(&self, kw: &str) -> bool {
        matches!(self.tok(), Tok::Name(n) if n == kw)
    }

    fn eat_op(&mut self, op: &str) -> bool {
        if self.is_op(op) {
            self.advance();
            true
        } else {
            false
        }
    }

    fn eat_kw(&mut self, kw: &str) -> bool {
        if self.is_kw(kw) {
            self.advance();
            true
        } else {
            false
        }
    }

    fn err_at(&self, msg: impl Into<String>, t: &Token) -> SyntaxError {
        let end = if t.end_line == t.line {
            t.end_col + 1
        } else {
            0
        };
        SyntaxError::new(msg, t.line, t.col + 1, t.end_line, end)
    }

    fn err_span(&self, msg: impl Into<String>, s: Span) -> SyntaxError {
        let end = if s.end_line == s.line {
            s.end_col + 1
        } else {
            0
        };
        SyntaxError::new(msg, s.line, s.col + 1, s.end_line, end)
    }

    fn invalid(&self) -> SyntaxError {
        let t = self.cur();
        if matches!(t.tok, Tok::Indent) {
            return SyntaxError::new("unexpected indent", t.line, t.end_col, t.line, 0)
                .with_kind(SyntaxErrorKind::IndentationError)
                .without_caret();
        }
        if matches!(t.tok, Tok::Newline | Tok::End) {
            return SyntaxError::new("invalid syntax", t.line, t.col + 1, t.line, t.col + 1);
        }
        self.err_at("invalid syntax", t)
    }

    fn expect_op(&mut self, op: &str) -> PResult<Token> {
        if self.is_op(op) {
            return Ok(self.advance());
        }
        if op == ":" {
            // CPython points just past the previous token.
            let p = self.prev();
            return Err(SyntaxError::new(
                "expected ':'",
                p.end_line,
                p.end_col + 1,
                p.end_line,
                p.end_col + 1,
            ));
        }
        Err(self.invalid())
    }

    fn name(&mut self) -> PResult<(String, Span)> {
        match self.tok().clone() {
            Tok::Name(n) if !is_keyword(&n) => {
                let t = self.advance();
                Ok((n, span_of(&t)))
            }
            _ => Err(self.invalid()),
        }
    }

    /// Each operator in a chain nests the tree one level deeper, and later
    /// stages recurse over it.
    fn too_deep(&self) -> SyntaxError {
        let t = self.cur();
        SyntaxError::new(
            format!(
                "the playground does not support expressions nested more than {MAX_CHAIN} levels deep (line {})",
                t.line
            ),
            t.line,
            t.col + 1,
            t.line,
            t.end_col + 1,
        )
        .with_kind(SyntaxErrorKind::Unsupported)
    }

    fn enter(&mut self) -> PResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            let t = self.cur();
            return Err(self.err_at("too many nested parentheses", t));
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    // ---- statements ----

    fn statement(&mut self) -> PResult<Vec<Stmt>> {
        if matches!(self.tok(), Tok::Indent) {
            return Err(self.invalid());
        }
        if let Tok::Name(n) = self.tok().clone() {
            match n.as_str() {
                "if" => return Ok(vec![self.if_stmt()?]),
                "while" => return Ok(vec![self.while_stmt()?]),
                "for" => return Ok(vec![self.for_stmt(false, None)?]),
                "try" => return Ok(vec![self.try_stmt()?]),
                "with" => return Ok(vec![self.with_stmt(false, None)?]),
                "def" => return Ok(vec![self.funcdef(Vec::new(), false, None)?]),
                "class" => return Ok(vec![self.classdef(Vec::new())?]),
                "async" => {
                    let start = self.advance();
                    return Ok(vec![match self.tok() {
                        Tok::Name(k) if k == "def" => {
                            self.funcdef(Vec::new(), true, Some(span_of(&start)))?
                        }
                        Tok::Name(k) if k == "for" => self.for_stmt(true, Some(span_of(&start)))?,
                        Tok::Name(k) if k == "with" => {
                            self.with_stmt(true, Some(span_of(&start)))?
                        }
                        _ => return Err(self.invalid()),
                    }]);
                }
                "match" if self.looks_like_match() => {
                    let t = self.cur().clone();
                    return Err(SyntaxError::new(
                        format!(
                            "the playground does not support 'match' statements (line {})",
                            t.line
                        ),
                        t.line,
                        t.col + 1,
                        t.line,
                        t.end_col + 1,
                    )
                    .with_kind(SyntaxErrorKind::Unsupported));
                }
                _ => {}
            }
        }
        if self.is_op("@") {
            return Ok(vec![self.decorated()?]);
        }
        self.simple_stmts()
    }

    /// `match subject:` followed by an indented `case`.
    fn looks_like_match(&self) -> bool {
        let mut k = 1;
        loop {
            match self.peek_tok(k) {
                Tok::Newline | Tok::End => break,
                _ => k += 1,
            }
        }
        k > 2
            && matches!(self.peek_tok(k - 1), Tok::Op(":"))
            && matches!(self.peek_tok(k + 1), Tok::Indent)
            && matches!(self.peek_tok(k + 2), Tok::Name(n) if n == "case")
    }

    fn simple_stmts(&mut self) -> PResult<Vec<Stmt>> {
        let mut out = vec![self.small_stmt()?];
        while self.eat_op(";") {
            if matches!(self.tok(), Tok::Newline | Tok::End) {
                break;
            }
            out.push(self.small_stmt()?);
        }
        match self.tok() {
            Tok::Newline => {
                self.advance();
            }
            Tok::End => {}
            _ => return Err(self.invalid()),
        }
        Ok(out)
    }

    fn small_stmt(&mut self) -> PResult<Stmt> {
        let start = self.cur().clone();
        let sp = span_of(&start);
        let kw = match &start.tok {
            Tok::Name(n) => n.clone(),
            _ => String::new(),
        };
        let kind = match kw.as_str() {
            "pass" => {
                self.advance();
                StmtKind::Pass
            }
            "break" => {
                self.advance();
                StmtKind::Break
            }
            "continue" => {
                self.advance();
                StmtKind::Continue
            }
            "return" => {
                self.advance();
                if self.at_stmt_end() {
                    StmtKind::Return(None)
                } else {
                    StmtKind::Return(Some(self.star_expressions()?))
                }
            }
            "raise" => {
                self.advance();
                if self.at_stmt_end() {
                    StmtKind::Raise {
                        exc: None,
                        cause: None,
                    }
                } else {
                    let exc = self.test()?;
                    let cause = if self.eat_kw("from") {
                        Some(self.test()?)
                    } else {
                        None
                    };
                    StmtKind::Raise {
                        exc: Some(exc),
                        cause,
                    }
                }
            }
            "global" | "nonlocal" => {
                self.advance();
                let mut names = vec![self.name()?.0];
                while self.eat_op(",") {
                    names.push(self.name()?.0);
                }
                if kw == "global" {
                    StmtKind::Global(names)
                } else {
                    StmtKind::Nonlocal(names)
                }
            }
            "del" => {
                self.advance();
                let mut targets = vec![self.bitor_expr()?];
                while self.eat_op(",") {
                    if self.at_stmt_end() {
                        break;
                    }
                    targets.push(self.bitor_expr()?);
                }
                for t in &targets {
                    self.check_target(t, TargetCtx::Del)?;
                }
                StmtKind::Delete(targets)
            }
            "assert" => {
                self.advance();
                let test = self.test()?;
                let msg = if self.eat_op(",") {
                    Some(self.test()?)
                } else {
                    None
                };
                StmtKind::Assert { test, msg }
            }
            "import" => {
                self.advance();
                let mut names = vec![self.import_alias(true)?];
                while self.eat_op(",") {
                    names.push(self.import_alias(true)?);
                }
                StmtKind::Import(names)
            }
            "from" => {
                self.advance();
                let mut level = 0;
                loop {
                    if self.eat_op(".") {
                        level += 1;
                    } else if self.eat_op("...") {
                        level += 3;
                    } else {
                        break;
                    }
                }
                let module = if self.is_kw("import") {
                    String::new()
                } else {
                    self.dotted_name()?
                };
                if !self.eat_kw("import") {
                    return Err(self.invalid());
                }
                let mut names = Vec::new();
                if self.is_op("*") {
                    let t = self.advance();
                    names.push(Alias {
                        name: "*".into(),
                        asname: None,
                        span: span_of(&t),
                    });
                } else {
                    let paren = self.eat_op("(");
                    names.push(self.import_alias(false)?);
                    while self.eat_op(",") {
                        if paren && self.is_op(")") {
                            break;
                        }
                        names.push(self.import_alias(false)?);
                    }
                    if paren {
                        self.expect_op(")")?;
                    }
                }
                StmtKind::ImportFrom {
                    module,
                    names,
                    level,
                }
            }
            "print"
                if matches!(
                    self.peek_tok(1),
                    Tok::Str(_) | Tok::Int { .. } | Tok::Float(_)
                ) || matches!(self.peek_tok(1), Tok::Name(n) if !is_keyword(n)) =>
            {
                let mut last = self.cur().clone();
                while !matches!(self.tok(), Tok::Newline | Tok::End) {
                    last = self.advance();
                }
                return Err(SyntaxError::new(
                    "Missing parentheses in call to 'print'. Did you mean print(...)?",
                    start.line,
                    start.col + 1,
                    last.end_line,
                    last.end_col + 1,
                ));
            }
            "yield" => {
                let y = self.yield_expr()?;
                if self.is_op("=") {
                    return Err(
                        self.err_span("assignment to yield expression not possible", y.span)
                    );
                }
                StmtKind::Expr(y)
            }
            _ => return self.expr_stmt(),
        };
        let end = self.prev().clone();
        Ok(Stmt {
            kind,
            span: Span::new(sp.line, sp.col, end.end_line, end.end_col),
        })
    }

    fn at_stmt_end(&self) -> bool {
        matches!(self.tok(), Tok::Newline | Tok::End) || self.is_op(";")
    }

    fn dotted_name(&mut self) -> PResult<String> {
        let mut name = self.name()?.0;
        while self.eat_op(".") {
            name.push('.');
            name.push_str(&self.name()?.0);
        }
        Ok(name)
    }

    fn import_alias(&mut self, dotted: bool) -> PResult<Alias> {
        let start = self.cur().clone();
        let name = if dotted {
            self.dotted_name()?
        } else {
            self.name()?.0
        };
        let asname = if self.eat_kw("as") {
            Some(self.name()?.0)
        } else {
            None
        };
        let end = self.prev().clone();
        Ok(Alias {
            name,
            asname,
            span: Span::new(start.line, start.col, end.end_line, end.end_col),
        })
    }

    fn expr_stmt(&mut self) -> PResult<Stmt> {
        let start = self.cur().clone();
        let first = self.star_expressions()?;
        let kind = if self.is_op("=") {
            let mut targets = vec![first];
            let mut value;
            loop {
                self.advance();
                value = if self.is_kw("yield") {
                    self.yield_expr()?
                } else {
                    self.star_expressions()?
                };
                if self.is_op("=") {
                    targets.push(value);
                } else {
                    break;
                }
            }
            for t in &targets {
                self.check_target(t, TargetCtx::Assign)?;
            }
            StmtKind::Assign { targets, value }
        } else if let Some(op) = self.augassign_op() {
            let tok = self.advance();
            let _ = tok;
            self.check_target(&first, TargetCtx::Aug)?;
            let value = if self.is_kw("yield") {
                self.yield_expr()?
            } else {
                self.star_expressions()?
            };
            StmtKind::AugAssign {
                target: first,
                op,
                value,
            }
        } else if self.is_op(":") {
            self.advance();
            self.check_target(&first, TargetCtx::Ann)?;
            let annotation = self.test()?;
            let value = if self.eat_op("=") {
                Some(self.star_expressions()?)
            } else {
                None
            };
            StmtKind::AnnAssign {
                target: first,
                annotation,
                value,
            }
        } else {
            if !self.at_stmt_end() {
                return Err(self.juxtaposed_error(&first));
            }
            StmtKind::Expr(first)
        };
        let end = self.prev().clone();
        Ok(Stmt {
            kind,
            span: Span::new(start.line, start.col, end.end_line, end.end_col),
        })
    }

    /// Two expressions side by side: "Perhaps you forgot a comma?" inside
    /// brackets, plain "invalid syntax" otherwise.
    fn juxtaposed_error(&self, _prev: &Expr) -> SyntaxError {
        self.invalid()
    }

    fn augassign_op(&self) -> Option<BinOp> {
        let Tok::Op(o) = self.tok() else { return None };
        Some(match *o {
            "+=" => BinOp::Add,
            "-=" => BinOp::Sub,
            "*=" => BinOp::Mult,
            "@=" => BinOp::MatMult,
            "/=" => BinOp::Div,
            "//=" => BinOp::FloorDiv,
            "%=" => BinOp::Mod,
            "**=" => BinOp::Pow,
            "<<=" => BinOp::LShift,
            ">>=" => BinOp::RShift,
            "|=" => BinOp::BitOr,
            "^=" => BinOp::BitXor,
            "&=" => BinOp::BitAnd,
            _ => return None,
        })
    }

    fn check_target(&self, e: &Expr, ctx: TargetCtx) -> PResult<()> {
        match &e.kind {
            ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => Ok(()),
            ExprKind::Tuple(items) | ExprKind::List(items)
                if ctx != TargetCtx::Aug && ctx != TargetCtx::Ann =>
            {
                for i in items {
                    self.check_target(i, ctx)?;
                }
                Ok(())
            }
            ExprKind::Starred(inner) if ctx == TargetCtx::Assign || ctx == TargetCtx::For => {
                self.check_target(inner, ctx)
            }
            _ => {
                let what = match &e.kind {
                    ExprKind::Call { .. } => "function call",
                    ExprKind::Constant(Constant::None) => "None",
                    ExprKind::Constant(Constant::True) => "True",
                    ExprKind::Constant(Constant::False) => "False",
                    ExprKind::Constant(_) | ExprKind::JoinedStr(_) => "literal",
                    ExprKind::Compare { .. } => "comparison",
                    ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } | ExprKind::BoolOp { .. } => {
                        "expression"
                    }
                    ExprKind::Lambda { .. } => "lambda",
                    ExprKind::IfExp { .. } => "conditional expression",
                    ExprKind::Await(_) => "await expression",
                    ExprKind::Tuple(_) => "tuple",
                    ExprKind::List(_) => "list",
                    ExprKind::Dict { .. } => "dict literal",
                    ExprKind::Set(_) => "set display",
                    ExprKind::ListComp { .. } => "list comprehension",
                    ExprKind::GeneratorExp { .. } => "generator expression",
                    ExprKind::NamedExpr { .. } => "named expression",
                    _ => "expression",
                };
                let msg = match ctx {
                    TargetCtx::Assign
                        if matches!(
                            e.kind,
                            ExprKind::Constant(Constant::None | Constant::True | Constant::False)
                        ) =>
                    {
                        format!("cannot assign to {what}")
                    }
                    TargetCtx::Assign => format!(
                        "cannot assign to {what} here. Maybe you meant '==' instead of '='?"
                    ),
                    TargetCtx::Aug => {
                        format!("'{what}' is an illegal expression for augmented assignment")
                    }
                    TargetCtx::Ann => "illegal target for annotation".to_string(),
                    TargetCtx::Del => format!("cannot delete {what}"),
                    TargetCtx::For => format!("cannot assign to {what}"),
                };
                Err(self.err_span(msg, e.span))
            }
        }
    }

    /// `:` then either an indented block or statements on the same line.
    fn block(&mut self, what: &str, header_line: u32) -> PResult<Vec<Stmt>> {
        self.expect_op(":")?;
        if matches!(self.tok(), Tok::Newline) {
            self.advance();
            if !matches!(self.tok(), Tok::Indent) {
                let t = self.cur().clone();
                let msg = format!("expected an indented block after {what} on line {header_line}");
                let e = if matches!(t.tok, Tok::End) {
                    SyntaxError::new(msg, header_line, t.col + 1, header_line, 0).without_caret()
                } else {
                    self.err_at(
                        msg,
                        &self.tokens[self.pos..]
                            .iter()
                            .find(|x| !matches!(x.tok, Tok::Dedent))
                            .cloned()
                            .unwrap_or(t),
                    )
                };
                return Err(e.with_kind(SyntaxErrorKind::IndentationError));
            }
            self.advance();
            self.enter()?;
            let mut body = Vec::new();
            loop {
                match self.tok() {
                    Tok::Dedent => {
                        self.advance();
                        break;
                    }
                    Tok::End => break,
                    Tok::Newline => {
                        self.advance();
                    }
                    _ => body.extend(self.statement()?),
                }
            }
            self.leave();
            Ok(body)
        } else {
            self.simple_stmts()
        }
    }

    fn if_stmt(&mut self) -> PResult<Stmt> {
        let start = self.advance();
        let test = self.named_expr()?;
        let body = self.block("'if' statement", start.line)?;
        let orelse = self.else_chain()?;
        Ok(Stmt {
            kind: StmtKind::If { test, body, orelse },
            span: span_of(&start),
        })
    }

    fn else_chain(&mut self) -> PResult<Vec<Stmt>> {
        if self.is_kw("elif") {
            let start = self.advance();
            let test = self.named_expr()?;
            let body = self.block("'elif' statement", start.line)?;
            let orelse = self.else_chain()?;
            return Ok(vec![Stmt {
                kind: StmtKind::If { test, body, orelse },
                span: span_of(&start),
            }]);
        }
        if self.is_kw("else") {
            let start = self.advance();
            return self.block("'else' statement", start.line);
        }
        Ok(Vec::new())
    }

    fn while_stmt(&mut self) -> PResult<Stmt> {
        let start = self.advance();
        let test = self.named_expr()?;
        let body = self.block("'while' statement", start.line)?;
        let orelse = if self.is_kw("else") {
            let e = self.advance();
            self.block("'else' statement", e.line)?
        } else {
            Vec::new()
        };
        Ok(Stmt {
            kind: StmtKind::While { test, body, orelse },
            span: span_of(&start),
        })
    }

    fn for_stmt(&mut self, is_async: bool, async_span: Option<Span>) -> PResult<Stmt> {
        let start = self.advance();
        let target = self.target_list()?;
        self.check_target(&target, TargetCtx::For)?;
        if !self.eat_kw("in") {
            return Err(self.invalid());
        }
        let iter = self.star_expressions()?;
        let body = self.block("'for' statement", start.line)?;
        let orelse = if self.is_kw("else") {
            let e = self.advance();
            self.block("'else' statement", e.line)?
        } else {
            Vec::new()
        };
        Ok(Stmt {
            kind: StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            },
            span: async_span.unwrap_or_else(|| span_of(&start)),
        })
    }

    /// Targets of `for` and comprehensions: stops before `in`.
    fn target_list(&mut self) -> PResult<Expr> {
        let start = self.cur().clone();
        let first = self.star_or_bitor()?;
        if !self.is_op(",") {
            return Ok(first);
        }
        let mut items = vec![first];
        while self.eat_op(",") {
            if self.is_kw("in") {
                break;
            }
            items.push(self.star_or_bitor()?);
        }
        let end = self.prev().clone();
        Ok(Expr {
            kind: ExprKind::Tuple(items),
            span: Span::new(start.line, start.col, end.end_line, end.end_col),
        })
    }

    fn star_or_bitor(&mut self) -> PResult<Expr> {
        if self.is_op("*") {
            let t = self.advance();
            let inner = self.bitor_expr()?;
            let span = span_of(&t).to(inner.span);
            return Ok(Expr {
                kind: ExprKind::Starred(Box::new(inner)),
                span,
            });
        }
        self.bitor_expr()
    }

    fn try_stmt(&mut self) -> PResult<Stmt> {
        let start = self.advance();
        let body = self.block("'try' statement", start.line)?;
        let mut handlers = Vec::new();
        while self.is_kw("except") {
            let ex = self.advance();
            if self.is_op("*") {
                return Err(SyntaxError::new(
                    format!(
                        "the playground does not support 'except*' (line {})",
                        ex.line
                    ),
                    ex.line,
                    ex.col + 1,
                    ex.line,
                    ex.end_col + 2,
                )
                .with_kind(SyntaxErrorKind::Unsupported));
            }
            let (typ, name) = if self.is_op(":") {
                (None, None)
            } else {
                let t = self.test()?;
                let t = if self.is_op(",") {
                    // `except A, B:` is Python 2.
                    return Err(
                        self.err_span("multiple exception types must be parenthesized", t.span)
                    );
                } else {
                    t
                };
                let name = if self.eat_kw("as") {
                    Some(self.name()?.0)
                } else {
                    None
                };
                (Some(t), name)
            };
            let hbody = self.block("'except' statement", ex.line)?;
            handlers.push(ExceptHandler {
                typ,
                name,
                body: hbody,
                span: span_of(&ex),
            });
        }
        let orelse = if self.is_kw("else") {
            if handlers.is_empty() {
                return Err(self.invalid());
            }
            let e = self.advance();
            self.block("'else' statement", e.line)?
        } else {
            Vec::new()
        };
        let finalbody = if self.is_kw("finally") {
            let f = self.advance();
            self.block("'finally' statement", f.line)?
        } else {
            Vec::new()
        };
        if handlers.is_empty() && finalbody.is_empty() {
            let t = self.cur().clone();
            return Err(self.err_at("expected 'except' or 'finally' block", &t));
        }
        Ok(Stmt {
            kind: StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            },
            span: span_of(&start),
        })
    }

    fn with_stmt(&mut self, is_async: bool, async_span: Option<Span>) -> PResult<Stmt> {
        let start = self.advance();
        let mut items = Vec::new();
        // Parenthesized items: `with (a as b, c as d):`
        let save = self.pos;
        let mut parsed = false;
        if self.is_op("(") {
            self.advance();
            let attempt: PResult<Vec<WithItem>> = (|| {
                let mut its = vec![self.with_item()?];
                while self.eat_op(",") {
                    if self.is_op(")") {
                        break;
                    }
                    its.push(self.with_item()?);
                }
                self.expect_op(")")?;
                if !self.is_op(":") {
                    return Err(self.invalid());
                }
                Ok(its)
            })();
            match attempt {
                Ok(its) => {
                    items = its;
                    parsed = true;
                }
                Err(_) => self.pos = save,
            }
        }
        if !parsed {
            items.push(self.with_item()?);
            while self.eat_op(",") {
                items.push(self.with_item()?);
            }
        }
        let body = self.block("'with' statement", start.line)?;
        Ok(Stmt {
            kind: StmtKind::With {
                items,
                body,
                is_async,
            },
            span: async_span.unwrap_or_else(|| span_of(&start)),
        })
    }

    fn with_item(&mut self) -> PResult<WithItem> {
        let context = self.test()?;
        let target = if self.eat_kw("as") {
            let t = self.star_or_bitor()?;
            self.check_target(&t, TargetCtx::Assign)?;
            Some(t)
        } else {
            None
        };
        Ok(WithItem { context, target })
    }

    fn decorated(&mut self) -> PResult<Stmt> {
        let mut decorators = Vec::new();
        while self.eat_op("@") {
            decorators.push(self.named_expr()?);
            match self.tok() {
                Tok::Newline => {
                    self.advance();
                }
                _ => return Err(self.invalid()),
            }
        }
        if self.is_kw("def") {
            return self.funcdef(decorators, false, None);
        }
        if self.is_kw("async") && matches!(self.peek_tok(1), Tok::Name(n) if n == "def") {
            let a = self.advance();
            return self.funcdef(decorators, true, Some(span_of(&a)));
        }
        if self.is_kw("class") {
            return self.classdef(decorators);
        }
        Err(self.invalid())
    }

    fn funcdef(
        &mut self,
        decorators: Vec<Expr>,
        is_async: bool,
        async_span: Option<Span>,
    ) -> PResult<Stmt> {
        let start = self.advance();
        let (name, _) = self.name()?;
        self.expect_op("(")?;
        let params = self.params(")", true)?;
        self.expect_op(")")?;
        if self.eat_op("->") {
            self.test()?;
        }
        let header_end = self.cur().clone();
        let span = Span::new(
            async_span.map(|s| s.line).unwrap_or(start.line),
            async_span.map(|s| s.col).unwrap_or(start.col),
            header_end.end_line,
            header_end.end_col,
        );
        let body = self.block("function definition", start.line)?;
        let f = FunctionDef {
            name,
            params,
            body,
            decorators,
            is_async,
            span,
        };
        Ok(Stmt {
            kind: StmtKind::FunctionDef(Rc::new(f)),
            span,
        })
    }

    fn classdef(&mut self, decorators: Vec<Expr>) -> PResult<Stmt> {
        let start = self.advance();
        let (name, _) = self.name()?;
        let (bases, keywords) = if self.eat_op("(") {
            let (a, k) = self.call_args()?;
            self.expect_op(")")?;
            (a, k)
        } else {
            (Vec::new(), Vec::new())
        };
        let span = span_of(&start);
        let body = self.block("class definition", start.line)?;
        let c = ClassDef {
            name,
            bases,
            keywords,
            body,
            decorators,
            span,
        };
        Ok(Stmt {
            kind: StmtKind::ClassDef(Rc::new(c)),
            span,
        })
    }

    /// Parameters up to `close` (`)` for def, `:` for lambda).
    fn params(&mut self, close: &str, annotations: bool) -> PResult<Params> {
        let mut p = Params::default();
        let mut seen_star = false;
        let mut seen_default = false;
        while !self.is_op(close) {
            if self.eat_op("/") {
                p.posonly = std::mem::take(&mut p.args);
            } else if self.is_op("**") {
                self.advance();
                let (n, s) = self.name()?;
                if annotations && self.eat_op(":") {
                    self.test()?;
                }
                p.kwarg = Some(Param {
                    name: n,
                    default: None,
                    span: s,
                });
            } else if self.is_op("*") {
                self.advance();
                seen_star = true;
                if !self.is_op(",") && !self.is_op(close) {
                    let (n, s) = self.name()?;
                    if annotations && self.eat_op(":") {
                        self.test()?;
                    }
                    p.vararg = Some(Param {
                        name: n,
                        default: None,
                        span: s,
                    });
                }
            } else {
                let (n, s) = self.name()?;
                if annotations && self.eat_op(":") {
                    self.test()?;
                }
                let default = if self.eat_op("=") {
                    Some(self.test()?)
                } else {
                    None
                };
                if default.is_some() {
                    seen_default = true;
                } else if seen_default && !seen_star {
                    return Err(self.err_span("non-default argument follows default argument", s));
                }
                let param = Param {
                    name: n,
                    default,
                    span: s,
                };
                if seen_star {
                    p.kwonly.push(param);
                } else {
                    p.args.push(param);
                }
            }
            if !self.eat_op(",") {
                break;
            }
        }
        let names: Vec<&String> = p
            .posonly
            .iter()
            .chain(&p.args)
            .chain(&p.kwonly)
            .chain(p.vararg.iter())
            .chain(p.kwarg.iter())
            .map(|x| &x.name)
            .collect();
        for (i, n) in names.iter().enumerate() {
            if names[..i].contains(n) {
                let t = self.cur().clone();
                return Err(self.err_at(
                    format!("duplicate argument '{n}' in function definition"),
                    &t,
                ));
            }
        }
        Ok(p)
    }

    // ---- expressions ----

    /// Comma-separated expressions (with `*x`), a tuple when there is a comma.
    fn star_expressions(&mut self) -> PResult<Expr> {
        let start = self.cur().clone();
        let first = self.star_named()?;
        if !self.is_op(",") {
            return Ok(first);
        }
        let mut items = vec![first];
        while self.eat_op(",") {
            if self.at_expr_end() {
                break;
            }
            items.push(self.star_named()?);
        }
        let end = self.prev().clone();
        Ok(Expr {
            kind: ExprKind::Tuple(items),
            span: Span::new(start.line, start.col, end.end_line, end.end_col),
        })
    }

    fn at_expr_end(&self) -> bool {
        matches!(self.tok(), Tok::Newline | Tok::End)
            || matches!(self.tok(), Tok::Op(o) if matches!(*o, "=" | ")" | "]" | "}" | ":" | ";") || o.ends_with('=') && o.len() > 1 && *o != "==" && *o != "<=" && *o != ">=" && *o != "!=")
            || self.is_kw("in")
    }

    fn star_named(&mut self) -> PResult<Expr> {
        if self.is_op("*") {
            let t = self.advance();
            let inner = self.bitor_expr()?;
            let span = span_of(&t).to(inner.span);
            return Ok(Expr {
                kind: ExprKind::Starred(Box::new(inner)),
                span,
            });
        }
        self.named_expr()
    }

    fn named_expr(&mut self) -> PResult<Expr> {
        if let Tok::Name(n) = self.tok() {
            if !is_keyword(n) && matches!(self.peek_tok(1), Tok::Op(":=")) {
                let (n, s) = self.name()?;
                self.advance();
                let value = self.test()?;
                let span = s.to(value.span);
                return Ok(Expr {
                    kind: ExprKind::NamedExpr {
                        target: Box::new(Expr {
                            kind: ExprKind::Name(n),
                            span: s,
                        }),
                        value: Box::new(value),
                    },
                    span,
                });
            }
        }
        self.test()
    }

    fn test(&mut self) -> PResult<Expr> {
        self.enter()?;
        let r = self.test_inner();
        self.leave();
        r
    }

    fn test_inner(&mut self) -> PResult<Expr> {
        if self.is_kw("lambda") {
            let t = self.advance();
            let params = self.params(":", false)?;
            self.expect_op(":")?;
            let body = self.test()?;
            let span = span_of(&t).to(body.span);
            return Ok(Expr {
                kind: ExprKind::Lambda {
                    params: Box::new(params),
                    body: Box::new(body),
                },
                span,
            });
        }
        let body = self.or_test()?;
        if self.is_kw("if") {
            // Not a conditional expression when `if` starts a comprehension clause.
            self.advance();
            let test = self.or_test()?;
            if !self.eat_kw("else") {
                let t = self.cur().clone();
                return Err(self.err_at("expected 'else' after 'if' expression", &t));
            }
            let orelse = self.test()?;
            let span = body.span.to(orelse.span);
            return Ok(Expr {
                kind: ExprKind::IfExp {
                    test: Box::new(test),
                    body: Box::new(body),
                    orelse: Box::new(orelse),
                },
                span,
            });
        }
        Ok(body)
    }

    /// `test` without conditional expressions (comprehension conditions).
    fn test_no_cond(&mut self) -> PResult<Expr> {
        if self.is_kw("lambda") {
            return self.test();
        }
        self.or_test()
    }

    fn or_test(&mut self) -> PResult<Expr> {
        let first = self.and_test()?;
        if !self.is_kw("or") {
            return Ok(first);
        }
        let mut values = vec![first];
        while self.eat_kw("or") {
            values.push(self.and_test()?);
        }
        let span = values[0].span.to(values[values.len() - 1].span);
        Ok(Expr {
            kind: ExprKind::BoolOp {
                op: BoolOp::Or,
                values,
            },
            span,
        })
    }

    fn and_test(&mut self) -> PResult<Expr> {
        let first = self.not_test()?;
        if !self.is_kw("and") {
            return Ok(first);
        }
        let mut values = vec![first];
        while self.eat_kw("and") {
            values.push(self.not_test()?);
        }
        let span = values[0].span.to(values[values.len() - 1].span);
        Ok(Expr {
            kind: ExprKind::BoolOp {
                op: BoolOp::And,
                values,
            },
            span,
        })
    }

    fn not_test(&mut self) -> PResult<Expr> {
        if self.is_kw("not") {
            let t = self.advance();
            self.enter()?;
            let operand = self.not_test();
            self.leave();
            let operand = operand?;
            let span = span_of(&t).to(operand.span);
            return Ok(Expr {
                kind: ExprKind::UnaryOp {
                    op: UnaryOp::Not,
                    operand: Box::new(operand),
                },
                span,
            });
        }
        self.comparison()
    }

    fn comp_op(&mut self) -> Option<CmpOp> {
        let op = match self.tok() {
            Tok::Op("<") => CmpOp::Lt,
            Tok::Op(">") => CmpOp::Gt,
            Tok::Op("==") => CmpOp::Eq,
            Tok::Op(">=") => CmpOp::GtE,
            Tok::Op("<=") => CmpOp::LtE,
            Tok::Op("!=") => CmpOp::NotEq,
            Tok::Name(n) if n == "in" => CmpOp::In,
            Tok::Name(n) if n == "not" && matches!(self.peek_tok(1), Tok::Name(m) if m == "in") => {
                self.advance();
                CmpOp::NotIn
            }
            Tok::Name(n) if n == "is" => {
                if matches!(self.peek_tok(1), Tok::Name(m) if m == "not") {
                    self.advance();
                    CmpOp::IsNot
                } else {
                    CmpOp::Is
                }
            }
            _ => return None,
        };
        self.advance();
        Some(op)
    }

    fn comparison(&mut self) -> PResult<Expr> {
        let left = self.bitor_expr()?;
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        while let Some(op) = self.comp_op() {
            ops.push(op);
            comparators.push(self.bitor_expr()?);
        }
        if ops.is_empty() {
            return Ok(left);
        }
        let span = left.span.to(comparators[comparators.len() - 1].span);
        Ok(Expr {
            kind: ExprKind::Compare {
                left: Box::new(left),
                ops,
                comparators,
            },
            span,
        })
    }

    fn binop_info(&self) -> Option<(BinOp, u8)> {
        let Tok::Op(o) = self.tok() else { return None };
        Some(match *o {
            "|" => (BinOp::BitOr, 1),
            "^" => (BinOp::BitXor, 2),
            "&" => (BinOp::BitAnd, 3),
            "<<" => (BinOp::LShift, 4),
            ">>" => (BinOp::RShift, 4),
            "+" => (BinOp::Add, 5),
            "-" => (BinOp::Sub, 5),
            "*" => (BinOp::Mult, 6),
            "/" => (BinOp::Div, 6),
            "//" => (BinOp::FloorDiv, 6),
            "%" => (BinOp::Mod, 6),
            "@" => (BinOp::MatMult, 6),
            _ => return None,
        })
    }

    fn bitor_expr(&mut self) -> PResult<Expr> {
        self.binary(1)
    }

    /// Precedence climbing over the left-associative binary operators.
    fn binary(&mut self, min_prec: u8) -> PResult<Expr> {
        let mut left = self.unary()?;
        let mut chain = 0;
        while let Some((op, prec)) = self.binop_info() {
            if prec < min_prec {
                break;
            }
            chain += 1;
            if chain > MAX_CHAIN {
                return Err(self.too_deep());
            }
            self.advance();
            if matches!(self.tok(), Tok::Newline | Tok::End) {
                return Err(self.invalid());
            }
            let right = self.binary(prec + 1)?;
            let span = left.span.to(right.span);
            left = Expr {
                kind: ExprKind::BinOp {
                    left: Box::new(left),
                    op,
                    right: Box::new(right),
                },
                span,
            };
        }
        Ok(left)
    }

    fn unary(&mut self) -> PResult<Expr> {
        let op = match self.tok() {
            Tok::Op("-") => Some(UnaryOp::Neg),
            Tok::Op("+") => Some(UnaryOp::Pos),
            Tok::Op("~") => Some(UnaryOp::Invert),
            _ => None,
        };
        if let Some(op) = op {
            let t = self.advance();
            self.enter()?;
            let operand = self.unary();
            self.leave();
            let operand = operand?;
            let span = span_of(&t).to(operand.span);
            return Ok(Expr {
                kind: ExprKind::UnaryOp {
                    op,
                    operand: Box::new(operand),
                },
                span,
            });
        }
        self.power()
    }

    fn power(&mut self) -> PResult<Expr> {
        let base = if self.is_kw("await") {
            let t = self.advance();
            let inner = self.primary()?;
            let span = span_of(&t).to(inner.span);
            Expr {
                kind: ExprKind::Await(Box::new(inner)),
                span,
            }
        } else {
            self.primary()?
        };
        if self.eat_op("**") {
            self.enter()?;
            let exp = self.unary();
            self.leave();
            let exp = exp?;
            let span = base.span.to(exp.span);
            return Ok(Expr {
                kind: ExprKind::BinOp {
                    left: Box::new(base),
                    op: BinOp::Pow,
                    right: Box::new(exp),
                },
                span,
            });
        }
        Ok(base)
    }

    fn primary(&mut self) -> PResult<Expr> {
        let mut e = self.atom()?;
        let mut chain = 0;
        loop {
            chain += 1;
            if chain > MAX_CHAIN {
                return Err(self.too_deep());
            }
            if self.is_op("(") {
                self.advance();
                let (args, keywords) = self.call_args()?;
                let close = self.expect_op(")")?;
                let span = Span::new(e.span.line, e.span.col, close.end_line, close.end_col);
                e = Expr {
                    kind: ExprKind::Call {
                        func: Box::new(e),
                        args,
                        keywords,
                    },
                    span,
                };
            } else if self.is_op("[") {
                self.advance();
                let index = self.subscript_list()?;
                let close = self.expect_op("]")?;
                let span = Span::new(e.span.line, e.span.col, close.end_line, close.end_col);
                e = Expr {
                    kind: ExprKind::Subscript {
                        value: Box::new(e),
                        index: Box::new(index),
                    },
                    span,
                };
            } else if self.is_op(".") {
                self.advance();
                let (attr, s) = self.name()?;
                let span = e.span.to(s);
                e = Expr {
                    kind: ExprKind::Attribute {
                        value: Box::new(e),
                        attr,
                    },
                    span,
                };
            } else {
                return Ok(e);
            }
        }
    }

    fn subscript_list(&mut self) -> PResult<Expr> {
        let start = self.cur().clone();
        let first = self.subscript()?;
        if !self.is_op(",") {
            return Ok(first);
        }
        let mut items = vec![first];
        while self.eat_op(",") {
            if self.is_op("]") {
                break;
            }
            items.push(self.subscript()?);
        }
        let end = self.prev().clone();
        Ok(Expr {
            kind: ExprKind::Tuple(items),
            span: Span::new(start.line, start.col, end.end_line, end.end_col),
        })
    }

    fn subscript(&mut self) -> PResult<Expr> {
        let start = self.cur().clone();
        let lower = if self.is_op(":") {
            None
        } else {
            Some(self.named_expr()?)
        };
        if !self.is_op(":") {
            return lower.ok_or_else(|| self.invalid());
        }
        self.advance();
        let upper = if self.is_op(":") || self.is_op("]") || self.is_op(",") {
            None
        } else {
            Some(Box::new(self.test()?))
        };
        let step = if self.eat_op(":") {
            if self.is_op("]") || self.is_op(",") {
                None
            } else {
                Some(Box::new(self.test()?))
            }
        } else {
            None
        };
        let end = self.prev().clone();
        Ok(Expr {
            kind: ExprKind::Slice {
                lower: lower.map(Box::new),
                upper,
                step,
            },
            span: Span::new(start.line, start.col, end.end_line, end.end_col),
        })
    }

    fn call_args(&mut self) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
        let mut args = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        while !self.is_op(")") {
            let start = self.cur().clone();
            if self.is_op("**") {
                self.advance();
                let value = self.test()?;
                let span = span_of(&start).to(value.span);
                keywords.push(Keyword {
                    arg: None,
                    value,
                    span,
                });
            } else if self.is_op("*") {
                self.advance();
                let inner = self.test()?;
                let span = span_of(&start).to(inner.span);
                args.push(Expr {
                    kind: ExprKind::Starred(Box::new(inner)),
                    span,
                });
            } else if matches!(self.tok(), Tok::Name(n) if !is_keyword(n))
                && matches!(self.peek_tok(1), Tok::Op("="))
            {
                let (name, s) = self.name()?;
                self.advance();
                let value = self.test()?;
                let span = s.to(value.span);
                keywords.push(Keyword {
                    arg: Some(name),
                    value,
                    span,
                });
            } else {
                let e = self.named_expr()?;
                if self.is_kw("for") || self.is_kw("async") {
                    let generators = self.comp_for()?;
                    let end = self.prev().clone();
                    let span = Span::new(e.span.line, e.span.col, end.end_line, end.end_col);
                    args.push(Expr {
                        kind: ExprKind::GeneratorExp {
                            elt: Box::new(e),
                            generators,
                        },
                        span,
                    });
                } else {
                    if !keywords.is_empty() && keywords.iter().any(|k| k.arg.is_some()) {
                        return Err(
                            self.err_span("positional argument follows keyword argument", e.span)
                        );
                    }
                    if self.is_op("=") {
                        return Err(self.err_span(
                            "expression cannot contain assignment, perhaps you meant \"==\"?",
                            e.span,
                        ));
                    }
                    args.push(e);
                }
            }
            if !self.eat_op(",") {
                if !self.is_op(")") {
                    return Err(self.missing_comma(args.last().map(|a| a.span)));
                }
                break;
            }
        }
        Ok((args, keywords))
    }

    /// Inside brackets, an element followed by something that starts another
    /// expression: CPython suggests a forgotten comma.
    fn missing_comma(&self, prev: Option<Span>) -> SyntaxError {
        let starts_expr = match self.tok() {
            Tok::Name(n) => {
                !is_keyword(n)
                    || matches!(
                        n.as_str(),
                        "None" | "True" | "False" | "lambda" | "not" | "await"
                    )
            }
            Tok::Int { .. } | Tok::Float(_) | Tok::Imag(_) | Tok::Str(_) => true,
            Tok::Op(o) => matches!(*o, "(" | "[" | "{" | "-" | "+" | "~"),
            _ => false,
        };
        match prev {
            Some(p) if starts_expr => {
                let t = self.cur();
                SyntaxError::new(
                    "invalid syntax. Perhaps you forgot a comma?",
                    p.line,
                    p.col + 1,
                    t.end_line,
                    t.end_col + 1,
                )
            }
            _ => self.invalid(),
        }
    }

    fn comp_for(&mut self) -> PResult<Vec<Comprehension>> {
        let mut gens = Vec::new();
        loop {
            let is_async =
                if self.is_kw("async") && matches!(self.peek_tok(1), Tok::Name(n) if n == "for") {
                    self.advance();
                    true
                } else {
                    false
                };
            if !self.eat_kw("for") {
                break;
            }
            let target = self.target_list()?;
            self.check_target(&target, TargetCtx::For)?;
            if !self.eat_kw("in") {
                return Err(self.invalid());
            }
            let iter = self.or_test()?;
            let mut ifs = Vec::new();
            while self.eat_kw("if") {
                ifs.push(self.test_no_cond()?);
            }
            gens.push(Comprehension {
                target,
                iter,
                ifs,
                is_async,
            });
            if !self.is_kw("for") && !self.is_kw("async") {
                break;
            }
        }
        Ok(gens)
    }

    fn yield_expr(&mut self) -> PResult<Expr> {
        let t = self.advance();
        if self.eat_kw("from") {
            let v = self.test()?;
            let span = span_of(&t).to(v.span);
            return Ok(Expr {
                kind: ExprKind::YieldFrom(Box::new(v)),
                span,
            });
        }
        if self.at_expr_end() || self.is_op(")") {
            return Ok(Expr {
                kind: ExprKind::Yield(None),
                span: span_of(&t),
            });
        }
        let v = self.star_expressions()?;
        let span = span_of(&t).to(v.span);
        Ok(Expr {
            kind: ExprKind::Yield(Some(Box::new(v))),
            span,
        })
    }

    fn atom(&mut self) -> PResult<Expr> {
        let t = self.cur().clone();
        let sp = span_of(&t);
        let c = |k: Constant| Expr {
            kind: ExprKind::Constant(k),
            span: sp,
        };
        match &t.tok {
            Tok::Name(n) => {
                let n = n.clone();
                match n.as_str() {
                    "None" => {
                        self.advance();
                        Ok(c(Constant::None))
                    }
                    "True" => {
                        self.advance();
                        Ok(c(Constant::True))
                    }
                    "False" => {
                        self.advance();
                        Ok(c(Constant::False))
                    }
                    "yield" => Err(self.invalid()),
                    n if is_keyword(n) => Err(self.invalid()),
                    _ => {
                        self.advance();
                        Ok(Expr {
                            kind: ExprKind::Name(n),
                            span: sp,
                        })
                    }
                }
            }
            Tok::Int { digits, radix } => {
                let k = Constant::Int {
                    digits: digits.clone(),
                    radix: *radix,
                };
                self.advance();
                Ok(c(k))
            }
            Tok::Float(f) => {
                let f = *f;
                self.advance();
                Ok(c(Constant::Float(f)))
            }
            Tok::Imag(f) => {
                let f = *f;
                self.advance();
                Ok(c(Constant::Imaginary(f)))
            }
            Tok::Str(_) => self.strings(),
            Tok::Op("...") => {
                self.advance();
                Ok(c(Constant::Ellipsis))
            }
            Tok::Op("(") => {
                self.advance();
                self.enter()?;
                let r = self.paren_rest(&t);
                self.leave();
                r
            }
            Tok::Op("[") => {
                self.advance();
                self.enter()?;
                let r = self.list_rest(&t);
                self.leave();
                r
            }
            Tok::Op("{") => {
                self.advance();
                self.enter()?;
                let r = self.brace_rest(&t);
                self.leave();
                r
            }
            _ => Err(self.invalid()),
        }
    }

    fn close_span(&self, open: &Token) -> Span {
        let end = self.prev();
        Span::new(open.line, open.col, end.end_line, end.end_col)
    }

    fn paren_rest(&mut self, open: &Token) -> PResult<Expr> {
        if self.eat_op(")") {
            return Ok(Expr {
                kind: ExprKind::Tuple(Vec::new()),
                span: self.close_span(open),
            });
        }
        if self.is_kw("yield") {
            let y = self.yield_expr()?;
            self.expect_op(")")?;
            return Ok(Expr {
                kind: y.kind,
                span: self.close_span(open),
            });
        }
        let first = self.star_named()?;
        if self.is_kw("for") || self.is_kw("async") {
            let generators = self.comp_for()?;
            self.expect_op(")")?;
            return Ok(Expr {
                kind: ExprKind::GeneratorExp {
                    elt: Box::new(first),
                    generators,
                },
                span: self.close_span(open),
            });
        }
        if self.eat_op(")") {
            if matches!(first.kind, ExprKind::Starred(_)) {
                return Err(self.err_span("cannot use starred expression here", first.span));
            }
            // Parentheses keep the inner node; the span widens to them.
            return Ok(Expr {
                kind: first.kind,
                span: self.close_span(open),
            });
        }
        let items = self.rest_of_display(first, ")")?;
        Ok(Expr {
            kind: ExprKind::Tuple(items),
            span: self.close_span(open),
        })
    }

    /// The elements after `first` in a display, up to and including `close`.
    fn rest_of_display(&mut self, first: Expr, close: &str) -> PResult<Vec<Expr>> {
        let mut items = vec![first];
        while self.eat_op(",") {
            if self.is_op(close) {
                break;
            }
            items.push(self.star_named()?);
        }
        if !self.is_op(close) {
            return Err(self.missing_comma(items.last().map(|i| i.span)));
        }
        self.advance();
        Ok(items)
    }

    fn list_rest(&mut self, open: &Token) -> PResult<Expr> {
        if self.eat_op("]") {
            return Ok(Expr {
                kind: ExprKind::List(Vec::new()),
                span: self.close_span(open),
            });
        }
        let first = self.star_named()?;
        if self.is_kw("for") || self.is_kw("async") {
            let generators = self.comp_for()?;
            self.expect_op("]")?;
            return Ok(Expr {
                kind: ExprKind::ListComp {
                    elt: Box::new(first),
                    generators,
                },
                span: self.close_span(open),
            });
        }
        let items = self.rest_of_display(first, "]")?;
        Ok(Expr {
            kind: ExprKind::List(items),
            span: self.close_span(open),
        })
    }

    fn brace_rest(&mut self, open: &Token) -> PResult<Expr> {
        if self.eat_op("}") {
            return Ok(Expr {
                kind: ExprKind::Dict {
                    keys: Vec::new(),
                    values: Vec::new(),
                },
                span: self.close_span(open),
            });
        }
        // Dict (`k: v`, `**m`) or set.
        if self.is_op("**") {
            return self.dict_rest(open, None);
        }
        let first = self.star_named()?;
        if self.is_op(":") {
            return self.dict_rest(open, Some(first));
        }
        if self.is_kw("for") || self.is_kw("async") {
            let generators = self.comp_for()?;
            self.expect_op("}")?;
            return Ok(Expr {
                kind: ExprKind::SetComp {
                    elt: Box::new(first),
                    generators,
                },
                span: self.close_span(open),
            });
        }
        let items = self.rest_of_display(first, "}")?;
        Ok(Expr {
            kind: ExprKind::Set(items),
            span: self.close_span(open),
        })
    }

    fn dict_rest(&mut self, open: &Token, first_key: Option<Expr>) -> PResult<Expr> {
        let mut keys = Vec::new();
        let mut values = Vec::new();
        let mut pending = first_key;
        loop {
            match pending.take() {
                Some(k) => {
                    self.expect_op(":")?;
                    let v = self.test()?;
                    if keys.is_empty() && (self.is_kw("for") || self.is_kw("async")) {
                        let generators = self.comp_for()?;
                        self.expect_op("}")?;
                        return Ok(Expr {
                            kind: ExprKind::DictComp {
                                key: Box::new(k),
                                value: Box::new(v),
                                generators,
                            },
                            span: self.close_span(open),
                        });
                    }
                    keys.push(Some(k));
                    values.push(v);
                }
                None => {
                    if self.eat_op("**") {
                        keys.push(None);
                        values.push(self.bitor_expr()?);
                    } else {
                        let k = self.test()?;
                        if !self.is_op(":") {
                            let t = self.cur().clone();
                            return Err(SyntaxError::new(
                                "':' expected after dictionary key",
                                t.line,
                                t.col + 1,
                                t.line,
                                0,
                            ));
                        }
                        pending = Some(k);
                        continue;
                    }
                }
            }
            if !self.eat_op(",") || self.is_op("}") {
                break;
            }
        }
        if !self.is_op("}") {
            return Err(self.missing_comma(values.last().map(|v| v.span)));
        }
        self.advance();
        Ok(Expr {
            kind: ExprKind::Dict { keys, values },
            span: self.close_span(open),
        })
    }

    /// Adjacent string literals concatenate; any f-string makes a JoinedStr.
    fn strings(&mut self) -> PResult<Expr> {
        let start = self.cur().clone();
        let mut parts: Vec<FStringPart> = Vec::new();
        let mut any_f = false;
        let mut bytes: Option<Vec<u8>> = None;
        let mut saw_str = false;
        while let Tok::Str(s) = self.tok().clone() {
            let t = self.advance();
            if let Some(b) = &s.bytes {
                if saw_str {
                    return Err(self.err_at("cannot mix bytes and nonbytes literals", &t));
                }
                bytes.get_or_insert_with(Vec::new).extend_from_slice(b);
                continue;
            }
            if bytes.is_some() {
                return Err(self.err_at("cannot mix bytes and nonbytes literals", &t));
            }
            saw_str = true;
            if s.is_f {
                any_f = true;
                let fparts = self.fstring(&s, &t)?;
                for p in fparts {
                    push_part(&mut parts, p);
                }
            } else {
                push_part(&mut parts, FStringPart::Literal(s.value.clone()));
            }
        }
        let end = self.prev().clone();
        let span = Span::new(start.line, start.col, end.end_line, end.end_col);
        if let Some(b) = bytes {
            return Ok(Expr {
                kind: ExprKind::Constant(Constant::Bytes(b)),
                span,
            });
        }
        if !any_f {
            let text = match parts.pop() {
                Some(FStringPart::Literal(s)) => s,
                _ => String::new(),
            };
            return Ok(Expr {
                kind: ExprKind::Constant(Constant::Str(text)),
                span,
            });
        }
        Ok(Expr {
            kind: ExprKind::JoinedStr(parts),
            span,
        })
    }

    fn fstring(&mut self, s: &StrTok, tok: &Token) -> PResult<Vec<FStringPart>> {
        let chars: Vec<char> = s.value.chars().collect();
        let mut i = 0;
        fstring_parts(&chars, &mut i, s, tok, false, self.depth)
    }
}

fn push_part(parts: &mut Vec<FStringPart>, p: FStringPart) {
    if let FStringPart::Literal(new) = &p {
        if new.is_empty() {
            return;
        }
        if let Some(FStringPart::Literal(prev)) = parts.last_mut() {
            prev.push_str(new);
            return;
        }
    }
    parts.push(p);
}

/// Parse f-string content from `i` (up to the closing `}` of a format spec
/// when `in_spec`).
fn fstring_parts(
    chars: &[char],
    i: &mut usize,
    s: &StrTok,
    tok: &Token,
    in_spec: bool,
    depth: usize,
) -> PResult<Vec<FStringPart>> {
    let fail = |msg: &str| {
        let end = if tok.end_line == tok.line {
            tok.end_col + 1
        } else {
            0
        };
        SyntaxError::new(
            format!("f-string: {msg}"),
            tok.line,
            tok.col + 1,
            tok.end_line,
            end,
        )
    };
    if depth > MAX_DEPTH {
        return Err(fail("expressions nested too deeply"));
    }
    let mut parts = Vec::new();
    let mut lit = String::new();
    while *i < chars.len() {
        let c = chars[*i];
        if c == '{' {
            if !in_spec && chars.get(*i + 1) == Some(&'{') {
                lit.push('{');
                *i += 2;
                continue;
            }
            if !lit.is_empty() {
                let text = if s.raw {
                    std::mem::take(&mut lit)
                } else {
                    super::lexer::decode_escapes(&std::mem::take(&mut lit), false)
                };
                push_part(&mut parts, FStringPart::Literal(text));
            }
            *i += 1;
            parts.push(fstring_field(chars, i, s, tok, depth)?);
            continue;
        }
        if c == '}' {
            if in_spec {
                break;
            }
            if chars.get(*i + 1) == Some(&'}') {
                lit.push('}');
                *i += 2;
                continue;
            }
            return Err(fail("single '}' is not allowed"));
        }
        lit.push(c);
        *i += 1;
    }
    if !lit.is_empty() {
        let text = if s.raw {
            lit
        } else {
            super::lexer::decode_escapes(&lit, false)
        };
        push_part(&mut parts, FStringPart::Literal(text));
    }
    Ok(parts)
}

/// One `{expr[=][!c][:spec]}` field; `i` is just past the `{`.
fn fstring_field(
    chars: &[char],
    i: &mut usize,
    s: &StrTok,
    tok: &Token,
    depth: usize,
) -> PResult<FStringPart> {
    let fail = |msg: &str| {
        let end = if tok.end_line == tok.line {
            tok.end_col + 1
        } else {
            0
        };
        SyntaxError::new(
            format!("f-string: {msg}"),
            tok.line,
            tok.col + 1,
            tok.end_line,
            end,
        )
    };
    let start = *i;
    let mut nest: Vec<char> = Vec::new();
    let mut quote: Option<char> = None;
    while *i < chars.len() {
        let c = chars[*i];
        if let Some(q) = quote {
            if c == q {
                quote = None;
            }
            *i += 1;
            continue;
        }
        match c {
            '\'' | '"' => quote = Some(c),
            '(' | '[' | '{' => nest.push(c),
            ')' | ']' | '}' if !nest.is_empty() => {
                nest.pop();
            }
            '}' | ':' if nest.is_empty() => break,
            '!' if nest.is_empty() && chars.get(*i + 1) != Some(&'=') => break,
            '=' if nest.is_empty()
                && chars.get(*i + 1) != Some(&'=')
                && !matches!(
                    chars.get(i.wrapping_sub(1)),
                    Some('=') | Some('!') | Some('<') | Some('>')
                ) =>
            {
                break
            }
            _ => {}
        }
        *i += 1;
    }
    if *i >= chars.len() {
        return Err(fail("expecting '}'"));
    }
    let expr_text: String = chars[start..*i].iter().collect();
    if expr_text.trim().is_empty() {
        return Err(fail("empty expression not allowed"));
    }
    let mut debug_text = None;
    if chars[*i] == '=' {
        *i += 1;
        let mut t = expr_text.clone();
        t.push('=');
        // Whitespace after `=` is part of the debug text.
        while *i < chars.len() && chars[*i] == ' ' {
            t.push(' ');
            *i += 1;
        }
        debug_text = Some(t);
    }
    let mut conversion = None;
    if *i < chars.len() && chars[*i] == '!' {
        *i += 1;
        match chars.get(*i) {
            Some(&c @ ('r' | 's' | 'a')) => {
                conversion = Some(c);
                *i += 1;
            }
            _ => {
                return Err(fail(
                    "invalid conversion character: expected 's', 'r', or 'a'",
                ))
            }
        }
    }
    let mut format_spec = None;
    if *i < chars.len() && chars[*i] == ':' {
        *i += 1;
        format_spec = Some(fstring_parts(chars, i, s, tok, true, depth + 1)?);
    }
    if *i >= chars.len() || chars[*i] != '}' {
        return Err(fail("expecting '}'"));
    }
    *i += 1;
    // Parse the expression in its own parser, shifted to its place in the file.
    let value = parse_fstring_expr(&expr_text, s, start, tok)?;
    Ok(FStringPart::Formatted {
        value: Box::new(value),
        conversion,
        format_spec,
        debug_text,
    })
}

fn parse_fstring_expr(text: &str, s: &StrTok, offset: usize, tok: &Token) -> PResult<Expr> {
    let wrapped = format!("({})", text.trim());
    let mut tokens = tokenize(&wrapped).map_err(|mut e| {
        e.msg = format!("f-string: {}", e.msg);
        e.line = tok.line;
        e
    })?;
    // Place the expression's tokens where the field sits in the source.
    let line = s.content_line;
    let col = s.content_col + offset as u32;
    for t in &mut tokens {
        if t.line == 1 {
            t.col = (t.col + col).saturating_sub(1);
        }
        if t.end_line == 1 {
            t.end_col = (t.end_col + col).saturating_sub(1);
        }
        t.line += line - 1;
        t.end_line += line - 1;
    }
    let mut p = Parser {
        tokens,
        pos: 0,
        depth: 0,
    };
    let e = p.star_expressions().map_err(|mut e| {
        e.msg = format!("f-string: {}", e.msg);
        e
    })?;
    if !matches!(p.tok(), Tok::Newline | Tok::End) {
        return Err(p.invalid());
    }
    Ok(e)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum TargetCtx {
    Assign,
    Aug,
    Ann,
    Del,
    For,
}
