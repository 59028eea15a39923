//! Statements: simple statements separated by `;`, compound statements and
//! their indented (or same-line) blocks.

use crate::at::{At, Part};
use std::rc::Rc;

use super::targets::TargetUse;
use super::{PResult, Parser};
use crate::syntax::ast::*;
use crate::syntax::error::{SyntaxError, SyntaxErrorKind};
use crate::syntax::token::{Kw, Op, Tok};

impl Parser {
    pub(super) fn file(&mut self) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        while !matches!(self.tok(), Tok::EndMarker) {
            self.statement(&mut body)?;
        }
        Ok(body)
    }

    fn statement(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        let stmt = match self.tok() {
            Tok::Kw(Kw::If) => self.if_stmt()?,
            Tok::Kw(Kw::While) => self.while_stmt()?,
            Tok::Kw(Kw::For) => self.for_stmt(None)?,
            Tok::Kw(Kw::Try) => self.try_stmt()?,
            Tok::Kw(Kw::With) => self.with_stmt(None)?,
            Tok::Kw(Kw::Def) => self.funcdef(Vec::new(), None)?,
            Tok::Kw(Kw::Class) => self.classdef(Vec::new())?,
            Tok::Op(Op::At) => self.decorated()?,
            Tok::Kw(Kw::Async) if !matches!(self.nth(1), Tok::Kw(Kw::Def | Kw::For | Kw::With)) => {
                self.advance();
                return Err(self.invalid_syntax());
            }
            Tok::Kw(Kw::Async) => {
                let start = self.advance();
                match self.tok() {
                    Tok::Kw(Kw::Def) => self.funcdef(Vec::new(), Some(start))?,
                    Tok::Kw(Kw::For) => self.for_stmt(Some(start))?,
                    _ => self.with_stmt(Some(start))?,
                }
            }
            Tok::Name(n) if n == "match" && self.looks_like_match() => self.match_stmt()?,
            Tok::Name(n)
                if n == "type"
                    && matches!(self.nth(1), Tok::Name(_))
                    && self.nth(2).is_op(Op::Equal) =>
            {
                return Err(self.unsupported("the 'type' statement", self.span()));
            }
            _ => return self.simple_stmts(out),
        };
        out.push(stmt);
        Ok(())
    }

    /// `match` is a soft keyword: a line starting with it is a match statement
    /// when it ends with a colon (an expression statement never does).
    fn looks_like_match(&self) -> bool {
        if matches!(
            self.nth(1),
            Tok::Op(Op::Colon | Op::Equal | Op::Dot | Op::Comma) | Tok::Newline
        ) {
            return false;
        }
        let mut i = self.pos + 1;
        while i + 1 < self.toks.len()
            && !matches!(
                self.toks.at(i).tok,
                Tok::Newline | Tok::Error | Tok::EndMarker
            )
        {
            i += 1;
        }
        self.toks.at(i - 1).tok.is_op(Op::Colon)
    }

    fn at_stmt_end(&self) -> bool {
        matches!(self.tok(), Tok::Newline | Tok::Op(Op::Semi))
    }

    fn simple_stmts(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        loop {
            let stmt = self.simple_stmt()?;
            out.push(stmt);
            if self.eat_op(Op::Semi) {
                if matches!(self.tok(), Tok::Newline) {
                    self.advance();
                    return Ok(());
                }
                continue;
            }
            if matches!(self.tok(), Tok::Newline) {
                self.advance();
                return Ok(());
            }
            return Err(self.statement_trailer_error(out.last().unwrap()));
        }
    }

    /// A simple statement ran into something it cannot continue with.
    fn statement_trailer_error(&mut self, _last: &Stmt) -> Box<SyntaxError> {
        self.legacy_print().unwrap_or_else(|| self.invalid_syntax())
    }

    /// `print "x"`: the previous token is the name `print` (or `exec`) and an
    /// expression follows it.
    pub(super) fn legacy_print(&mut self) -> Option<Box<SyntaxError>> {
        let prev = self.toks.get(self.pos.checked_sub(1)?)?;
        let Tok::Name(n) = &prev.tok else { return None };
        let after_dot = self.pos >= 2 && self.toks.at(self.pos - 2).tok.is_op(Op::Dot);
        if !(n == "print" || n == "exec") || after_dot || !self.starts_expression() {
            return None;
        }
        let (n, start) = (n.clone(), prev.span);
        let save = (self.pos, self.depth, self.chain, self.level);
        if let Ok(arg) = self.star_expressions() {
            let msg = format!("Missing parentheses in call to '{n}'. Did you mean {n}(...)?");
            return Some(self.error_span(msg, start.to(arg.span)));
        }
        (self.pos, self.depth, self.chain, self.level) = save;
        None
    }

    fn simple_stmt(&mut self) -> PResult<Stmt> {
        let start = self.span();
        let kind = match self.tok() {
            Tok::Kw(Kw::Pass) => {
                self.advance();
                StmtKind::Pass
            }
            Tok::Kw(Kw::Break) => {
                self.advance();
                StmtKind::Break
            }
            Tok::Kw(Kw::Continue) => {
                self.advance();
                StmtKind::Continue
            }
            Tok::Kw(Kw::Return) => {
                self.advance();
                let value = if self.at_stmt_end() {
                    None
                } else {
                    Some(self.star_expressions()?)
                };
                StmtKind::Return(value)
            }
            Tok::Kw(Kw::Raise) => {
                self.advance();
                let (mut exc, mut cause) = (None, None);
                if !self.at_stmt_end() {
                    exc = Some(self.expression()?);
                    if self.eat_kw(Kw::From) {
                        cause = Some(self.expression()?);
                    }
                }
                StmtKind::Raise { exc, cause }
            }
            Tok::Kw(Kw::Global) | Tok::Kw(Kw::Nonlocal) => {
                let global = self.at_kw(Kw::Global);
                self.advance();
                let mut names = vec![self.name()?.0];
                while self.eat_op(Op::Comma) {
                    names.push(self.name()?.0);
                }
                if global {
                    StmtKind::Global(names)
                } else {
                    StmtKind::Nonlocal(names)
                }
            }
            Tok::Kw(Kw::Del) => {
                self.advance();
                let mut targets = Vec::new();
                loop {
                    let t = self.bitwise_or()?;
                    self.check_target(&t, TargetUse::Delete)?;
                    targets.push(t);
                    if !self.eat_op(Op::Comma) || self.at_stmt_end() {
                        break;
                    }
                }
                StmtKind::Delete(targets)
            }
            Tok::Kw(Kw::Assert) => {
                self.advance();
                let test = self.expression()?;
                let msg = if self.eat_op(Op::Comma) {
                    Some(self.expression()?)
                } else {
                    None
                };
                StmtKind::Assert { test, msg }
            }
            Tok::Kw(Kw::Import) => {
                self.advance();
                let mut names = vec![self.dotted_as_name()?];
                while self.eat_op(Op::Comma) {
                    names.push(self.dotted_as_name()?);
                }
                StmtKind::Import(names)
            }
            Tok::Kw(Kw::From) => self.import_from()?,
            _ => return self.expr_stmt(),
        };
        Ok(Stmt {
            kind,
            span: start.to(self.prev_span()),
        })
    }

    fn dotted_name(&mut self) -> PResult<String> {
        let mut name = self.name()?.0;
        while self.eat_op(Op::Dot) {
            name.push('.');
            name.push_str(&self.name()?.0);
        }
        Ok(name)
    }

    fn dotted_as_name(&mut self) -> PResult<Alias> {
        let start = self.span();
        let name = self.dotted_name()?;
        let asname = if self.eat_kw(Kw::As) {
            Some(self.name()?.0)
        } else {
            None
        };
        Ok(Alias {
            name,
            asname,
            span: start.to(self.prev_span()),
        })
    }

    fn import_from(&mut self) -> PResult<StmtKind> {
        self.advance();
        let mut level = 0;
        loop {
            match self.tok() {
                Tok::Op(Op::Dot) => level += 1,
                Tok::Op(Op::Ellipsis) => level += 3,
                _ => break,
            }
            self.advance();
        }
        let module = if level > 0 && self.at_kw(Kw::Import) {
            String::new()
        } else {
            self.dotted_name()?
        };
        if !self.eat_kw(Kw::Import) {
            return Err(self.invalid_syntax());
        }
        let mut names = Vec::new();
        if self.at_op(Op::Star) {
            let span = self.advance();
            names.push(Alias {
                name: "*".into(),
                asname: None,
                span,
            });
        } else {
            let parens = self.eat_op(Op::LPar);
            loop {
                let start = self.span();
                let name = self.name()?.0;
                let asname = if self.eat_kw(Kw::As) {
                    Some(self.name()?.0)
                } else {
                    None
                };
                names.push(Alias {
                    name,
                    asname,
                    span: start.to(self.prev_span()),
                });
                if !self.eat_op(Op::Comma) {
                    break;
                }
                if parens && self.at_op(Op::RPar) {
                    break;
                }
            }
            if parens {
                self.expect_op(Op::RPar)?;
            }
        }
        Ok(StmtKind::ImportFrom {
            module,
            names,
            level,
        })
    }

    /// Expression statements and the three kinds of assignment.
    fn expr_stmt(&mut self) -> PResult<Stmt> {
        let start = self.span();
        let first = if self.at_kw(Kw::Yield) {
            self.yield_expr()?
        } else {
            self.star_expressions()?
        };
        match self.tok() {
            Tok::Op(Op::Equal) => {
                let mut targets = vec![first];
                let value = loop {
                    self.advance();
                    let rhs_starts_simple = !matches!(
                        self.tok(),
                        Tok::Kw(Kw::Yield | Kw::Lambda | Kw::Not) | Tok::Op(Op::Star)
                    );
                    let v = if self.at_kw(Kw::Yield) {
                        self.yield_expr()?
                    } else {
                        self.star_expressions()?
                    };
                    if self.at_op(Op::Equal) {
                        targets.push(v);
                        continue;
                    }
                    if targets.len() == 1 && rhs_starts_simple {
                        self.check_single_assignment(targets.at(0), &v)?;
                    }
                    break v;
                };
                if targets.len() > 1 {
                    self.check_chained_assignment(&targets)?;
                }
                for t in &targets {
                    self.check_target(t, TargetUse::Assign)?;
                }
                let span = start.to(self.prev_span());
                Ok(Stmt {
                    kind: StmtKind::Assign { targets, value },
                    span,
                })
            }
            Tok::Op(Op::Colon) => {
                self.check_annotation_target(&first)?;
                self.advance();
                let annotation = self.expression()?;
                let value = if self.eat_op(Op::Equal) {
                    Some(if self.at_kw(Kw::Yield) {
                        self.yield_expr()?
                    } else {
                        self.star_expressions()?
                    })
                } else {
                    None
                };
                let span = start.to(self.prev_span());
                Ok(Stmt {
                    kind: StmtKind::AnnAssign {
                        target: first,
                        annotation,
                        value,
                    },
                    span,
                })
            }
            Tok::Op(op) if augmented(*op).is_some() => {
                let op = augmented(*op).unwrap();
                if !matches!(
                    first.kind,
                    ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
                ) {
                    let msg = format!(
                        "'{}' is an illegal expression for augmented assignment",
                        super::targets::expr_name(&first)
                    );
                    return Err(self.error_span(msg, first.span));
                }
                self.advance();
                let value = if self.at_kw(Kw::Yield) {
                    self.yield_expr()?
                } else {
                    self.star_expressions()?
                };
                let span = start.to(self.prev_span());
                Ok(Stmt {
                    kind: StmtKind::AugAssign {
                        target: first,
                        op,
                        value,
                    },
                    span,
                })
            }
            _ => Ok(Stmt {
                span: start.to(self.prev_span()),
                kind: StmtKind::Expr(first),
            }),
        }
    }

    // ---- blocks -------------------------------------------------------

    /// The colon after a compound statement's header. CPython forces it (any
    /// other token: "expected ':'") after `def`, `try`, `else`, `finally`;
    /// elsewhere it says so only when the line ends there.
    pub(super) fn header_colon(&mut self, forced: bool) -> PResult<Span> {
        if self.at_op(Op::Colon) {
            return Ok(self.advance());
        }
        if matches!(self.tok(), Tok::Error) {
            return Err(self.invalid_syntax());
        }
        if forced || matches!(self.tok(), Tok::Newline) {
            return Err(self.error_span("expected ':'", self.span()));
        }
        Err(self.invalid_syntax())
    }

    /// A suite: an indented block, or simple statements on the header's line.
    /// `what` names the statement for "expected an indented block after ...".
    pub(super) fn block(&mut self, what: &str, header_line: u32) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        if !matches!(self.tok(), Tok::Newline) {
            self.simple_stmts(&mut body)?;
            return Ok(body);
        }
        self.advance();
        if !matches!(self.tok(), Tok::Indent) {
            if matches!(self.tok(), Tok::Error) {
                return Err(self.invalid_syntax());
            }
            let msg = format!("expected an indented block after {what} on line {header_line}");
            let s = self.span();
            let mut e = if matches!(self.tok(), Tok::Dedent | Tok::EndMarker) {
                SyntaxError::new(SyntaxErrorKind::IndentationError, msg, s.line, 0)
            } else {
                *self.error_span(msg, s)
            };
            e.kind = SyntaxErrorKind::IndentationError;
            return Err(Box::new(e));
        }
        self.advance();
        while !matches!(self.tok(), Tok::Dedent | Tok::EndMarker) {
            self.statement(&mut body)?;
        }
        self.eat_dedent();
        Ok(body)
    }

    pub(super) fn eat_dedent(&mut self) {
        if matches!(self.tok(), Tok::Dedent) {
            self.advance();
        }
    }

    pub(super) fn end_of(body: &[Stmt], fallback: Span) -> Span {
        body.last().map(|s| s.span).unwrap_or(fallback)
    }

    // ---- compound statements -----------------------------------------

    fn if_stmt(&mut self) -> PResult<Stmt> {
        let start = self.advance();
        let test = self.condition()?;
        self.header_colon(false)?;
        let body = self.block("'if' statement", start.line)?;
        let orelse = self.elif_or_else()?;
        let span = start.to(Self::end_of(&orelse, Self::end_of(&body, start)));
        Ok(Stmt {
            kind: StmtKind::If { test, body, orelse },
            span,
        })
    }

    /// `elif` chains nest as an `If` alone in the `orelse`, as in CPython.
    fn elif_or_else(&mut self) -> PResult<Vec<Stmt>> {
        if self.at_kw(Kw::Elif) {
            self.stack_guard()?;
            let start = self.advance();
            let test = self.condition()?;
            self.header_colon(false)?;
            let body = self.block("'elif' statement", start.line)?;
            let orelse = self.elif_or_else()?;
            let span = start.to(Self::end_of(&orelse, Self::end_of(&body, start)));
            return Ok(vec![Stmt {
                kind: StmtKind::If { test, body, orelse },
                span,
            }]);
        }
        self.else_block()
    }

    fn else_block(&mut self) -> PResult<Vec<Stmt>> {
        if !self.at_kw(Kw::Else) {
            return Ok(Vec::new());
        }
        let start = self.advance();
        self.header_colon(true)?;
        self.block("'else' statement", start.line)
    }

    fn while_stmt(&mut self) -> PResult<Stmt> {
        let start = self.advance();
        let test = self.condition()?;
        self.header_colon(false)?;
        let body = self.block("'while' statement", start.line)?;
        let orelse = self.else_block()?;
        let span = start.to(Self::end_of(&orelse, Self::end_of(&body, start)));
        Ok(Stmt {
            kind: StmtKind::While { test, body, orelse },
            span,
        })
    }

    fn for_stmt(&mut self, async_span: Option<Span>) -> PResult<Stmt> {
        let for_span = self.advance();
        let start = async_span.unwrap_or(for_span);
        let target = self.target_list()?;
        if !self.eat_kw(Kw::In) {
            return Err(self.invalid_syntax());
        }
        let iter = self.star_expressions()?;
        self.header_colon(false)?;
        let body = self.block("'for' statement", for_span.line)?;
        let orelse = self.else_block()?;
        let span = start.to(Self::end_of(&orelse, Self::end_of(&body, start)));
        let is_async = async_span.is_some();
        Ok(Stmt {
            kind: StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            },
            span,
        })
    }

    /// The targets of a `for` (or comprehension): `x`, `a, b`, `(a, b), *c`.
    pub(super) fn target_list(&mut self) -> PResult<Expr> {
        let start = self.span();
        let first = self.star_target_expr()?;
        let target = if self.at_op(Op::Comma) {
            let mut elts = vec![first];
            while self.eat_op(Op::Comma) {
                if self.at_kw(Kw::In) || self.at_op(Op::Equal) {
                    break;
                }
                elts.push(self.star_target_expr()?);
            }
            let span = start.to(self.prev_span());
            Expr {
                kind: ExprKind::Tuple(elts),
                span,
            }
        } else {
            first
        };
        self.check_target(&target, TargetUse::Assign)?;
        Ok(target)
    }

    fn star_target_expr(&mut self) -> PResult<Expr> {
        if self.at_op(Op::Star) {
            let star = self.advance();
            let inner = self.bitwise_or()?;
            let span = star.to(self.prev_span());
            return Ok(Expr {
                kind: ExprKind::Starred(Box::new(inner)),
                span,
            });
        }
        self.bitwise_or()
    }

    fn with_stmt(&mut self, async_span: Option<Span>) -> PResult<Stmt> {
        let with_span = self.advance();
        let start = async_span.unwrap_or(with_span);
        let items = self.with_items()?;
        self.header_colon(false)?;
        let body = self.block("'with' statement", with_span.line)?;
        let span = start.to(Self::end_of(&body, start));
        Ok(Stmt {
            kind: StmtKind::With {
                items,
                body,
                is_async: async_span.is_some(),
            },
            span,
        })
    }

    fn with_items(&mut self) -> PResult<Vec<WithItem>> {
        // `with (a as b, c):` -- parenthesized items, told apart from a
        // parenthesized expression by what follows the closing bracket.
        if self.at_op(Op::LPar) {
            let save = (self.pos, self.level);
            self.advance();
            self.level += 1;
            let mut items = Vec::new();
            let parsed: PResult<()> = (|| {
                loop {
                    items.push(self.with_item()?);
                    if !self.eat_op(Op::Comma) || self.at_op(Op::RPar) {
                        break;
                    }
                }
                self.expect_op(Op::RPar)?;
                Ok(())
            })();
            self.level -= 1;
            if parsed.is_ok() && self.at_op(Op::Colon) {
                return Ok(items);
            }
            (self.pos, self.level) = save;
        }
        let mut items = vec![self.with_item()?];
        while self.eat_op(Op::Comma) {
            items.push(self.with_item()?);
        }
        Ok(items)
    }

    fn with_item(&mut self) -> PResult<WithItem> {
        let context = self.expression()?;
        let target = if self.eat_kw(Kw::As) {
            let t = self.star_target_expr()?;
            self.check_target(&t, TargetUse::Assign)?;
            Some(t)
        } else {
            None
        };
        Ok(WithItem { context, target })
    }

    fn try_stmt(&mut self) -> PResult<Stmt> {
        let start = self.advance();
        self.header_colon(true)?;
        let body = self.block("'try' statement", start.line)?;
        let mut handlers = Vec::new();
        let mut stars = 0;
        while self.at_kw(Kw::Except) {
            let star = self.nth(1).is_op(Op::Star);
            let h = self.except_handler()?;
            if star {
                stars += 1;
            }
            if stars > 0 && stars <= handlers.len() {
                let msg = "cannot have both 'except' and 'except*' on the same 'try'";
                let mut at = h.span;
                (at.end_line, at.end_col) = (at.line, at.col + 6 + star as u32);
                return Err(self.error_span(msg, at));
            }
            handlers.push(h);
        }
        let orelse = if handlers.is_empty() {
            Vec::new()
        } else {
            self.else_block()?
        };
        let finalbody = if self.at_kw(Kw::Finally) {
            let fin = self.advance();
            self.header_colon(true)?;
            self.block("'finally' statement", fin.line)?
        } else {
            Vec::new()
        };
        if handlers.is_empty() && finalbody.is_empty() {
            if matches!(self.tok(), Tok::Error) {
                return Err(self.invalid_syntax());
            }
            let msg = "expected 'except' or 'finally' block";
            if matches!(self.tok(), Tok::EndMarker | Tok::Dedent) {
                // CPython points just past the end of the block's last line.
                let nl = self
                    .toks
                    .part(..self.pos)
                    .iter()
                    .rev()
                    .find(|t| matches!(t.tok, Tok::Newline))
                    .map(|t| t.span);
                let s = nl.unwrap_or(self.span());
                return Err(Box::new(SyntaxError::new(
                    SyntaxErrorKind::SyntaxError,
                    msg,
                    s.line,
                    s.col + 1,
                )));
            }
            return Err(self.error_span(msg, self.span()));
        }
        let last = if !finalbody.is_empty() {
            Self::end_of(&finalbody, start)
        } else if !orelse.is_empty() {
            Self::end_of(&orelse, start)
        } else {
            handlers.last().unwrap().span
        };
        let span = start.to(last);
        Ok(Stmt {
            kind: StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            },
            span,
        })
    }

    fn except_handler(&mut self) -> PResult<ExceptHandler> {
        let start = self.advance();
        let star = self.eat_op(Op::Star);
        if star && self.at_op(Op::Colon) {
            return Err(self.error_span("expected one or more exception types", self.span()));
        }
        let (mut typ, mut name) = (None, None);
        if !self.at_op(Op::Colon) && !matches!(self.tok(), Tok::Newline) {
            let t = self.expression()?;
            if self.at_op(Op::Comma) {
                // `except A, B:` is Python 2.
                let save = self.pos;
                self.advance();
                if let Ok(second) = self.expression() {
                    if self.at_op(Op::Colon) || self.at_kw(Kw::As) {
                        let msg = "multiple exception types must be parenthesized";
                        return Err(self.error_span(msg, t.span.to(second.span)));
                    }
                }
                self.pos = save;
            }
            typ = Some(t);
            if self.eat_kw(Kw::As) {
                name = Some(self.name()?.0);
            }
        }
        self.header_colon(false)?;
        let body = self.block("'except' statement", start.line)?;
        let span = start.to(Self::end_of(&body, start));
        Ok(ExceptHandler {
            typ,
            name,
            body,
            span,
            star,
        })
    }

    fn decorated(&mut self) -> PResult<Stmt> {
        let mut decorators = Vec::new();
        while self.eat_op(Op::At) {
            decorators.push(self.named_expression()?);
            if !matches!(self.tok(), Tok::Newline) {
                return Err(self.invalid_syntax());
            }
            self.advance();
        }
        match self.tok() {
            Tok::Kw(Kw::Def) => self.funcdef(decorators, None),
            Tok::Kw(Kw::Class) => self.classdef(decorators),
            Tok::Kw(Kw::Async) if self.nth(1).is_kw(Kw::Def) => {
                let start = self.advance();
                self.funcdef(decorators, Some(start))
            }
            _ => Err(self.invalid_syntax()),
        }
    }

    fn funcdef(&mut self, decorators: Vec<Expr>, async_span: Option<Span>) -> PResult<Stmt> {
        let def = self.advance();
        let start = async_span.unwrap_or(def);
        let (name, _) = self.name()?;
        if !self.at_op(Op::LPar) {
            return Err(self.error_span("expected '('", self.span()));
        }
        self.advance();
        self.level += 1;
        let params = self.params(Op::RPar)?;
        self.expect_op(Op::RPar)?;
        self.level -= 1;
        let returns = if self.eat_op(Op::RArrow) {
            Some(self.expression()?)
        } else {
            None
        };
        let colon = self.header_colon(true)?;
        let body = self.block("function definition", def.line)?;
        let span = start.to(Self::end_of(&body, start));
        let def = FunctionDef {
            name,
            params,
            body,
            decorators,
            is_async: async_span.is_some(),
            returns,
            span: start.to(colon),
        };
        Ok(Stmt {
            kind: StmtKind::FunctionDef(Rc::new(def)),
            span,
        })
    }

    fn classdef(&mut self, decorators: Vec<Expr>) -> PResult<Stmt> {
        let start = self.advance();
        let (name, _) = self.name()?;
        let (mut bases, mut keywords) = (Vec::new(), Vec::new());
        if self.at_op(Op::LPar) {
            let open = self.advance();
            let (args, kws) = self.call_args(open)?;
            bases = args;
            keywords = kws;
        }
        let colon = self.header_colon(false)?;
        let body = self.block("class definition", start.line)?;
        let span = start.to(Self::end_of(&body, start));
        let class = ClassDef {
            name,
            bases,
            keywords,
            body,
            decorators,
            span: start.to(colon),
        };
        Ok(Stmt {
            kind: StmtKind::ClassDef(Rc::new(class)),
            span,
        })
    }
}

fn augmented(op: Op) -> Option<BinOp> {
    Some(match op {
        Op::PlusEqual => BinOp::Add,
        Op::MinusEqual => BinOp::Sub,
        Op::StarEqual => BinOp::Mult,
        Op::AtEqual => BinOp::MatMult,
        Op::SlashEqual => BinOp::Div,
        Op::DoubleSlashEqual => BinOp::FloorDiv,
        Op::PercentEqual => BinOp::Mod,
        Op::DoubleStarEqual => BinOp::Pow,
        Op::LeftShiftEqual => BinOp::LShift,
        Op::RightShiftEqual => BinOp::RShift,
        Op::VBarEqual => BinOp::BitOr,
        Op::CircumflexEqual => BinOp::BitXor,
        Op::AmperEqual => BinOp::BitAnd,
        _ => return None,
    })
}
