//! Errors CPython raises after parsing, from its symbol table and compiler:
//! statements in the wrong place (`'return' outside function`, `'break'
//! outside loop`, `'await' outside async function`, ...), duplicate
//! parameters, misplaced starred targets. Done here so the playground rejects
//! the program before running any of it, as CPython does.

use super::PResult;
use crate::at::At;
use crate::syntax::ast::*;
use crate::syntax::error::{SyntaxError, SyntaxErrorKind};

pub(super) fn check_module(m: &Module) -> PResult<()> {
    let mut c = Checker {
        scope: Scope::Module,
        in_loop: false,
        except_star: (false, false),
        comprehension: None,
    };
    c.symtable_body(&m.body, true)?;
    c.body(&m.body)
}

const EXCEPT_STAR_EXIT: &str = "'break', 'continue' and 'return' cannot appear in an except* block";

fn error(msg: impl Into<String>, s: Span) -> Box<SyntaxError> {
    Box::new(SyntaxError {
        kind: SyntaxErrorKind::SyntaxError,
        msg: msg.into(),
        line: s.line,
        col: s.col + 1,
        end_line: s.end_line,
        end_col: s.end_col + 1,
        text: None,
    })
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Scope {
    Module,
    Class,
    Function {
        is_async: bool,
        async_generator: bool,
    },
    Lambda,
}

#[derive(Clone, Copy)]
struct Checker {
    scope: Scope,
    in_loop: bool,
    /// In an `except*` body: (a `return` would leave it, a `break` or
    /// `continue` would leave it), CPython refuses both.
    except_star: (bool, bool),
    /// Inside a comprehension's element or conditions: its kind's name.
    comprehension: Option<&'static str>,
}

impl Checker {
    fn is_async(&self) -> bool {
        matches!(self.scope, Scope::Function { is_async: true, .. })
    }

    // ---- symbol-table errors: reported before any compiler error ---------

    fn symtable_body(&self, body: &[Stmt], module: bool) -> PResult<()> {
        for s in body {
            match &s.kind {
                StmtKind::Nonlocal(_) if module => {
                    return Err(error(
                        "nonlocal declaration not allowed at module level",
                        s.span,
                    ));
                }
                StmtKind::FunctionDef(f) => {
                    check_params(&f.params)?;
                    self.symtable_body(&f.body, false)?;
                }
                StmtKind::ClassDef(c) => self.symtable_body(&c.body, module)?,
                StmtKind::If { body, orelse, .. }
                | StmtKind::While { body, orelse, .. }
                | StmtKind::For { body, orelse, .. } => {
                    self.symtable_body(body, module)?;
                    self.symtable_body(orelse, module)?;
                }
                StmtKind::With { body, .. } => self.symtable_body(body, module)?,
                StmtKind::Match { cases, .. } => {
                    for c in cases {
                        self.symtable_body(&c.body, module)?;
                    }
                }
                StmtKind::Try {
                    body,
                    handlers,
                    orelse,
                    finalbody,
                } => {
                    self.symtable_body(body, module)?;
                    for h in handlers {
                        self.symtable_body(&h.body, module)?;
                    }
                    self.symtable_body(orelse, module)?;
                    self.symtable_body(finalbody, module)?;
                }
                _ => {}
            }
        }
        Ok(())
    }

    // ---- compiler errors, in source order --------------------------------

    fn body(&mut self, body: &[Stmt]) -> PResult<()> {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn nested<T>(&mut self, f: impl FnOnce(&mut Checker) -> T) -> T {
        let saved = *self;
        let r = f(self);
        *self = saved;
        r
    }

    fn stmt(&mut self, s: &Stmt) -> PResult<()> {
        match &s.kind {
            StmtKind::Expr(e) => {
                if let ExprKind::Starred(_) = e.kind {
                    return Err(error("can't use starred expression here", e.span));
                }
                self.expr(e)
            }
            StmtKind::Assign { targets, value } => {
                self.value(value)?;
                targets.iter().try_for_each(|t| self.target(t))
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target)?;
                self.value(value)
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
            } => {
                if let Some(v) = value {
                    self.value(v)?;
                }
                self.expr(target)?;
                self.expr(annotation)
            }
            StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.body(body)?;
                self.body(orelse)
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                for (k, c) in cases.iter().enumerate() {
                    // Only the last case may match whatever comes (no guard).
                    if k + 1 < cases.len() && c.guard.is_none() {
                        if let Some(what) = irrefutable(&c.pattern) {
                            return Err(error(
                                format!("{what} makes remaining patterns unreachable"),
                                c.pattern_span,
                            ));
                        }
                    }
                    if let Some(g) = &c.guard {
                        self.expr(g)?;
                    }
                    self.body(&c.body)?;
                }
                Ok(())
            }
            StmtKind::While { test, body, orelse } => {
                self.expr(test)?;
                self.nested(|c| {
                    c.in_loop = true;
                    c.except_star.1 = false;
                    c.body(body)
                })?;
                self.body(orelse)
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                if *is_async && !self.is_async() {
                    return Err(error("'async for' outside async function", s.span));
                }
                self.expr(iter)?;
                self.target(target)?;
                self.nested(|c| {
                    c.in_loop = true;
                    c.except_star.1 = false;
                    c.body(body)
                })?;
                self.body(orelse)
            }
            StmtKind::FunctionDef(f) => {
                f.decorators.iter().try_for_each(|d| self.expr(d))?;
                self.params(&f.params)?;
                let async_generator = f.is_async && contains_yield(&f.body);
                self.nested(|c| {
                    *c = Checker {
                        scope: Scope::Function {
                            is_async: f.is_async,
                            async_generator,
                        },
                        in_loop: false,
                        except_star: (false, false),
                        comprehension: None,
                    };
                    c.body(&f.body)
                })
            }
            StmtKind::ClassDef(cd) => {
                cd.decorators.iter().try_for_each(|d| self.expr(d))?;
                cd.bases.iter().try_for_each(|b| self.expr(b))?;
                cd.keywords.iter().try_for_each(|k| self.expr(&k.value))?;
                self.nested(|c| {
                    *c = Checker {
                        scope: Scope::Class,
                        in_loop: false,
                        except_star: (false, false),
                        comprehension: None,
                    };
                    c.body(&cd.body)
                })
            }
            StmtKind::Return(value) => {
                match self.scope {
                    Scope::Function {
                        async_generator: true,
                        ..
                    } if value.is_some() => {
                        return Err(error("'return' with value in async generator", s.span));
                    }
                    Scope::Function { .. } => {}
                    _ => return Err(error("'return' outside function", s.span)),
                }
                if self.except_star.0 {
                    // Where CPython's compiler stands: on a constant value
                    // (folded, as `-1`), else on the statement.
                    let at = match value {
                        Some(v) if matches!(v.kind, ExprKind::Constant(_)) => v.span,
                        Some(Expr {
                            kind: ExprKind::UnaryOp { operand, .. },
                            span,
                        }) if matches!(operand.kind, ExprKind::Constant(_)) => *span,
                        _ => s.span,
                    };
                    return Err(error(EXCEPT_STAR_EXIT, at));
                }
                value.iter().try_for_each(|v| self.value(v))
            }
            StmtKind::Break if !self.in_loop => Err(error("'break' outside loop", s.span)),
            StmtKind::Continue if !self.in_loop => {
                Err(error("'continue' not properly in loop", s.span))
            }
            StmtKind::Break | StmtKind::Continue if self.except_star.1 => {
                Err(error(EXCEPT_STAR_EXIT, s.span))
            }
            StmtKind::Break | StmtKind::Continue | StmtKind::Pass => Ok(()),
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.body(body)?;
                for h in handlers {
                    h.typ.iter().try_for_each(|t| self.expr(t))?;
                    self.nested(|c| {
                        if h.star {
                            c.except_star = (true, true);
                        }
                        c.body(&h.body)
                    })?;
                }
                self.body(orelse)?;
                self.body(finalbody)
            }
            StmtKind::Raise { exc, cause } => {
                exc.iter().try_for_each(|e| self.expr(e))?;
                cause.iter().try_for_each(|e| self.expr(e))
            }
            StmtKind::With {
                items,
                body,
                is_async,
            } => {
                if *is_async && !self.is_async() {
                    return Err(error("'async with' outside async function", s.span));
                }
                for item in items {
                    self.expr(&item.context)?;
                    item.target.iter().try_for_each(|t| self.target(t))?;
                }
                self.body(body)
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                msg.iter().try_for_each(|m| self.expr(m))
            }
            StmtKind::Delete(targets) => targets.iter().try_for_each(|t| self.expr(t)),
            StmtKind::Global(_)
            | StmtKind::Nonlocal(_)
            | StmtKind::Import(_)
            | StmtKind::ImportFrom { .. } => Ok(()),
        }
    }

    /// An assigned value: a bare `*x` is not allowed.
    fn value(&mut self, e: &Expr) -> PResult<()> {
        if let ExprKind::Starred(_) = e.kind {
            return Err(error("can't use starred expression here", e.span));
        }
        self.expr(e)
    }

    /// An assignment target: starred only inside a tuple or list, once.
    fn target(&mut self, t: &Expr) -> PResult<()> {
        match &t.kind {
            ExprKind::Starred(_) => Err(error(
                "starred assignment target must be in a list or tuple",
                t.span,
            )),
            ExprKind::Tuple(elts) | ExprKind::List(elts) => {
                let starred = elts
                    .iter()
                    .filter(|e| matches!(e.kind, ExprKind::Starred(_)))
                    .count();
                if starred > 1 {
                    return Err(error("multiple starred expressions in assignment", t.span));
                }
                for e in elts {
                    match &e.kind {
                        ExprKind::Starred(inner) => self.target(inner)?,
                        _ => self.target(e)?,
                    }
                }
                Ok(())
            }
            _ => self.expr(t),
        }
    }

    fn params(&mut self, p: &Params) -> PResult<()> {
        let all = p.posonly.iter().chain(&p.args).chain(&p.kwonly);
        all.filter_map(|a| a.default.as_ref())
            .try_for_each(|d| self.expr(d))
    }

    fn comprehension(
        &mut self,
        kind: &'static str,
        e: &Expr,
        parts: &[&Expr],
        gens: &[Comprehension],
    ) -> PResult<()> {
        let is_async = gens.iter().any(|g| g.is_async) || parts.iter().any(|p| contains_await(p));
        if is_async && kind != "generator expression" && !self.is_async() {
            return Err(error(
                "asynchronous comprehension outside of an asynchronous function",
                e.span,
            ));
        }
        // The first iterable is evaluated outside the comprehension.
        self.expr(&gens.at(0).iter)?;
        self.nested(|c| {
            c.comprehension = Some(kind);
            for (i, g) in gens.iter().enumerate() {
                if i > 0 {
                    c.expr(&g.iter)?;
                }
                c.target(&g.target)?;
                g.ifs.iter().try_for_each(|x| c.expr(x))?;
            }
            parts.iter().try_for_each(|p| c.expr(p))
        })
    }

    fn expr(&mut self, e: &Expr) -> PResult<()> {
        match &e.kind {
            ExprKind::Name(_) | ExprKind::Constant(_) => Ok(()),
            ExprKind::JoinedStr(parts) => self.fstring_parts(parts),
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::BoolOp { values, .. } => values.iter().try_for_each(|v| self.expr(v)),
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left)?;
                comparators.iter().try_for_each(|c| self.expr(c))
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func)?;
                args.iter().try_for_each(|a| self.expr(a))?;
                keywords.iter().try_for_each(|k| self.expr(&k.value))
            }
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)
            }
            ExprKind::Slice { lower, upper, step } => [lower, upper, step]
                .into_iter()
                .flatten()
                .try_for_each(|x| self.expr(x)),
            ExprKind::List(elts) | ExprKind::Tuple(elts) | ExprKind::Set(elts) => {
                elts.iter().try_for_each(|x| self.expr(x))
            }
            ExprKind::Dict { keys, values } => {
                keys.iter().flatten().try_for_each(|k| self.expr(k))?;
                values.iter().try_for_each(|v| self.expr(v))
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension("list comprehension", e, &[elt], generators)
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension("set comprehension", e, &[elt], generators)
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension("generator expression", e, &[elt], generators)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension("dict comprehension", e, &[key, value], generators),
            ExprKind::Lambda { params, body } => {
                self.params(params)?;
                self.nested(|c| {
                    *c = Checker {
                        scope: Scope::Lambda,
                        in_loop: false,
                        except_star: (false, false),
                        comprehension: None,
                    };
                    c.expr(body)
                })
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)
            }
            ExprKind::Await(value) => {
                match self.scope {
                    Scope::Function { is_async: true, .. } => {}
                    Scope::Function { .. } | Scope::Lambda => {
                        return Err(error("'await' outside async function", e.span))
                    }
                    _ if self.comprehension.is_some() => {}
                    _ => return Err(error("'await' outside function", e.span)),
                }
                self.expr(value)
            }
            ExprKind::Yield(_) | ExprKind::YieldFrom(_) => {
                if let Some(kind) = self.comprehension {
                    return Err(error(format!("'yield' inside {kind}"), e.span));
                }
                if matches!(self.scope, Scope::Module | Scope::Class) {
                    return Err(error("'yield' outside function", e.span));
                }
                if matches!(e.kind, ExprKind::YieldFrom(_)) && self.is_async() {
                    return Err(error("'yield from' inside async function", e.span));
                }
                match &e.kind {
                    ExprKind::Yield(Some(v)) | ExprKind::YieldFrom(v) => self.expr(v),
                    _ => Ok(()),
                }
            }
            ExprKind::Starred(value) => self.expr(value),
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.expr(target)
            }
        }
    }

    fn fstring_parts(&mut self, parts: &[FStringPart]) -> PResult<()> {
        for p in parts {
            if let FStringPart::Formatted {
                value, format_spec, ..
            } = p
            {
                self.expr(value)?;
                if let Some(spec) = format_spec {
                    self.fstring_parts(spec)?;
                }
            }
        }
        Ok(())
    }
}

/// `def f(x, x)`: CPython's symbol table rejects the second `x`.
fn check_params(p: &Params) -> PResult<()> {
    let all: Vec<&Param> = p
        .posonly
        .iter()
        .chain(&p.args)
        .chain(p.vararg.iter())
        .chain(&p.kwonly)
        .chain(p.kwarg.iter())
        .collect();
    for (i, a) in all.iter().enumerate() {
        if all[..i].iter().any(|b| b.name == a.name) {
            return Err(error(
                format!("duplicate argument '{}' in function definition", a.name),
                a.span,
            ));
        }
    }
    Ok(())
}

/// Does a function body yield (not counting nested functions and classes)?
fn contains_yield(body: &[Stmt]) -> bool {
    let mut found = false;
    visit_stmts(body, &mut |e| {
        found |= matches!(e.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_));
    });
    found
}

fn contains_await(e: &Expr) -> bool {
    let mut found = false;
    visit_expr(e, &mut |x| found |= matches!(x.kind, ExprKind::Await(_)));
    found
}

/// Calls `f` on every expression in the statements of one scope.
fn visit_stmts(body: &[Stmt], f: &mut dyn FnMut(&Expr)) {
    for s in body {
        match &s.kind {
            StmtKind::Expr(e) | StmtKind::Return(Some(e)) => visit_expr(e, f),
            StmtKind::Assign { targets, value } => {
                targets.iter().for_each(|t| visit_expr(t, f));
                visit_expr(value, f);
            }
            StmtKind::AugAssign { target, value, .. } => {
                visit_expr(target, f);
                visit_expr(value, f);
            }
            StmtKind::AnnAssign { target, value, .. } => {
                visit_expr(target, f);
                value.iter().for_each(|v| visit_expr(v, f));
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                visit_expr(test, f);
                visit_stmts(body, f);
                visit_stmts(orelse, f);
            }
            StmtKind::Match { subject, cases } => {
                visit_expr(subject, f);
                for c in cases {
                    c.guard.iter().for_each(|g| visit_expr(g, f));
                    visit_stmts(&c.body, f);
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                visit_expr(target, f);
                visit_expr(iter, f);
                visit_stmts(body, f);
                visit_stmts(orelse, f);
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                visit_stmts(body, f);
                for h in handlers {
                    h.typ.iter().for_each(|t| visit_expr(t, f));
                    visit_stmts(&h.body, f);
                }
                visit_stmts(orelse, f);
                visit_stmts(finalbody, f);
            }
            StmtKind::Raise { exc, cause } => {
                exc.iter()
                    .chain(cause.iter())
                    .for_each(|e| visit_expr(e, f));
            }
            StmtKind::With { items, body, .. } => {
                for i in items {
                    visit_expr(&i.context, f);
                    i.target.iter().for_each(|t| visit_expr(t, f));
                }
                visit_stmts(body, f);
            }
            StmtKind::Assert { test, msg } => {
                visit_expr(test, f);
                msg.iter().for_each(|m| visit_expr(m, f));
            }
            StmtKind::Delete(ts) => ts.iter().for_each(|t| visit_expr(t, f)),
            _ => {}
        }
    }
}

/// Calls `f` on `e` and its subexpressions, not entering lambdas.
fn visit_expr(e: &Expr, f: &mut dyn FnMut(&Expr)) {
    f(e);
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Constant(_) | ExprKind::Lambda { .. } => {}
        ExprKind::JoinedStr(parts) => visit_fstring(parts, f),
        ExprKind::BinOp { left, right, .. } => {
            visit_expr(left, f);
            visit_expr(right, f);
        }
        ExprKind::UnaryOp { operand, .. } => visit_expr(operand, f),
        ExprKind::BoolOp { values, .. } => values.iter().for_each(|v| visit_expr(v, f)),
        ExprKind::Compare {
            left, comparators, ..
        } => {
            visit_expr(left, f);
            comparators.iter().for_each(|c| visit_expr(c, f));
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            visit_expr(func, f);
            args.iter().for_each(|a| visit_expr(a, f));
            keywords.iter().for_each(|k| visit_expr(&k.value, f));
        }
        ExprKind::Attribute { value, .. }
        | ExprKind::Await(value)
        | ExprKind::YieldFrom(value)
        | ExprKind::Starred(value)
        | ExprKind::Yield(Some(value)) => visit_expr(value, f),
        ExprKind::Yield(None) => {}
        ExprKind::Subscript { value, index } => {
            visit_expr(value, f);
            visit_expr(index, f);
        }
        ExprKind::Slice { lower, upper, step } => {
            [lower, upper, step]
                .into_iter()
                .flatten()
                .for_each(|x| visit_expr(x, f));
        }
        ExprKind::List(elts) | ExprKind::Tuple(elts) | ExprKind::Set(elts) => {
            elts.iter().for_each(|x| visit_expr(x, f))
        }
        ExprKind::Dict { keys, values } => {
            keys.iter().flatten().for_each(|k| visit_expr(k, f));
            values.iter().for_each(|v| visit_expr(v, f));
        }
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            visit_expr(elt, f);
            visit_generators(generators, f);
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            visit_expr(key, f);
            visit_expr(value, f);
            visit_generators(generators, f);
        }
        ExprKind::IfExp { test, body, orelse } => {
            visit_expr(test, f);
            visit_expr(body, f);
            visit_expr(orelse, f);
        }
        ExprKind::NamedExpr { target, value } => {
            visit_expr(target, f);
            visit_expr(value, f);
        }
    }
}

fn visit_generators(gens: &[Comprehension], f: &mut dyn FnMut(&Expr)) {
    for g in gens {
        visit_expr(&g.target, f);
        visit_expr(&g.iter, f);
        g.ifs.iter().for_each(|x| visit_expr(x, f));
    }
}

fn visit_fstring(parts: &[FStringPart], f: &mut dyn FnMut(&Expr)) {
    for p in parts {
        if let FStringPart::Formatted {
            value, format_spec, ..
        } = p
        {
            visit_expr(value, f);
            if let Some(spec) = format_spec {
                visit_fstring(spec, f);
            }
        }
    }
}

/// What makes a pattern match anything: "wildcard" or "name capture 'x'".
fn irrefutable(p: &Pattern) -> Option<String> {
    match p {
        Pattern::Wildcard => Some("wildcard".into()),
        Pattern::Capture(n) => Some(format!("name capture '{n}'")),
        Pattern::As(inner, _) => irrefutable(inner),
        Pattern::Or(alts) => alts.iter().find_map(irrefutable),
        _ => None,
    }
}
