//! Emits bytecode for a module, walking the AST once per code object.

use super::bytecode::{Code, CodeKind, Op, AT_CALL};
use super::symtable::{analyze, node_key, NameScope, NameTable, ScopeKind, SymbolTable};
use super::CompileError;
use crate::at::At;
use crate::syntax::ast::*;
use crate::vm::value::Value;
use std::rc::Rc;

type CResult<T> = Result<T, CompileError>;

/// Compile a parsed module. `hidden` marks code that tracebacks leave out
/// (the playground's own Python-written library modules).
pub fn compile_module(module: &Module, filename: &str, hidden: bool) -> CResult<Rc<Code>> {
    compile(module, filename, hidden, false)
}

/// `eval` mode: the module is one expression statement, whose value is returned.
pub fn compile_eval(module: &Module, filename: &str) -> CResult<Rc<Code>> {
    compile(module, filename, false, true)
}

fn compile(module: &Module, filename: &str, hidden: bool, eval: bool) -> CResult<Rc<Code>> {
    let table = analyze(module).map_err(|(msg, span)| CompileError {
        msg,
        span,
        unsupported: false,
    })?;
    let lazy_annotations = module.body.iter().any(|st| {
        matches!(&st.kind, StmtKind::ImportFrom { module, names, .. }
            if module == "__future__" && names.iter().any(|a| a.name == "annotations"))
    });
    let mut ctx = Ctx {
        table,
        filename: Rc::from(filename),
        hidden,
        lazy_annotations,
        depth: 0,
    };
    let mut b = Builder::new(&ctx, 0, CodeKind::Module, "<module>", "<module>", 1);
    for stmt in &module.body {
        match &stmt.kind {
            StmtKind::Expr(e) if eval => {
                b.at = stmt.span;
                b.expr(&mut ctx, e)?;
                b.emit(Op::Return);
            }
            _ => b.stmt(&mut ctx, stmt)?,
        }
    }
    let none = b.add_const(Value::None);
    b.emit(Op::LoadConst(none));
    b.emit(Op::Return);
    Ok(Rc::new(b.finish(&ctx, None)))
}

struct Ctx {
    table: SymbolTable,
    filename: Rc<str>,
    hidden: bool,
    /// `from __future__ import annotations`: annotations are kept as text.
    lazy_annotations: bool,
    depth: u32,
}

impl Ctx {
    /// One level deeper into nested statements and expressions.
    fn enter(&mut self, span: Span) -> CResult<()> {
        self.depth += 1;
        if self.depth > super::symtable::MAX_NESTING || crate::stack::exhausted() {
            return Err(CompileError {
                msg: crate::stack::TOO_DEEP_TO_COMPILE.into(),
                span,
                unsupported: false,
            });
        }
        Ok(())
    }
}

/// What a `break`, `continue` or `return` must undo on its way out.
#[derive(Clone)]
enum FBlock<'a> {
    Loop {
        start: usize,
        breaks: Vec<usize>,
        is_for: bool,
    },
    TryExcept,
    TryFinally {
        body: &'a [Stmt],
    },
    /// Inside an `except` body.
    ExceptHandler,
    /// Inside a `finally` body reached by an exception (the exception on the stack).
    FinallyHandler,
    With {
        is_async: bool,
    },
}

struct Builder<'a> {
    scope: usize,
    kind: CodeKind,
    name: String,
    qualname: String,
    ops: Vec<Op>,
    lines: Vec<u32>,
    consts: Vec<Value>,
    names: Vec<Rc<str>>,
    name_index: NameTable<u32>,
    varnames: Vec<Rc<str>>,
    var_index: NameTable<u32>,
    cellvars: Vec<String>,
    freevars: Vec<String>,
    /// Where the instructions being emitted come from: the innermost
    /// expression (or statement) being compiled, as CPython locates them.
    at: Span,
    /// Each instruction's columns (`Code::cols`).
    cols: Vec<u32>,
    first_line: u32,
    /// A function's docstring (`__doc__`).
    doc: Option<Rc<str>>,
    fblocks: Vec<FBlock<'a>>,
    temp_counter: u32,
    /// The first parameter's name (the implicit argument of `super()`).
    first_param: Option<String>,
}

impl<'a> Builder<'a> {
    fn new(
        ctx: &Ctx,
        scope: usize,
        kind: CodeKind,
        name: &str,
        qualname: &str,
        line: u32,
    ) -> Builder<'a> {
        let s = ctx.table.scopes.at(scope);
        let mut b = Builder {
            scope,
            kind,
            name: name.to_string(),
            qualname: qualname.to_string(),
            ops: Vec::new(),
            lines: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            name_index: NameTable::default(),
            varnames: Vec::new(),
            var_index: NameTable::default(),
            cellvars: s.cellvars.clone(),
            freevars: s.freevars.clone(),
            at: Span::new(line, 0, line, 0),
            cols: Vec::new(),
            first_line: line,
            fblocks: Vec::new(),
            temp_counter: 0,
            first_param: None,
            doc: None,
        };
        if s.kind == ScopeKind::Function {
            // Parameters come first, in declaration order (symtable keeps them so).
            for name in &s.bound {
                if s.resolved
                    .get(name)
                    .is_some_and(|r| matches!(r, NameScope::Local | NameScope::Cell))
                {
                    b.varname(name);
                }
            }
        }
        b
    }

    fn finish(self, ctx: &Ctx, params: Option<&Params>) -> Code {
        let (argcount, posonly, kwonly, varargs, varkw) = match params {
            Some(p) => (
                (p.posonly.len() + p.args.len()) as u32,
                p.posonly.len() as u32,
                p.kwonly.len() as u32,
                p.vararg.is_some(),
                p.kwarg.is_some(),
            ),
            None => (0, 0, 0, false, false),
        };
        let mut cell_params = Vec::new();
        for (ci, cname) in self.cellvars.iter().enumerate() {
            if let Some(&li) = self.var_index.get(cname) {
                cell_params.push((ci as u32, li));
            }
        }
        Code {
            name: Rc::from(self.name.as_str()),
            qualname: Rc::from(self.qualname.as_str()),
            filename: ctx.filename.clone(),
            kind: self.kind,
            ops: self.ops,
            lines: self.lines,
            cols: self.cols,
            consts: self.consts,
            names: self.names,
            varnames: self.varnames,
            cellvars: self.cellvars.iter().map(|s| Rc::from(s.as_str())).collect(),
            freevars: self.freevars.iter().map(|s| Rc::from(s.as_str())).collect(),
            cell_params,
            argcount,
            posonlyargcount: posonly,
            kwonlyargcount: kwonly,
            has_varargs: varargs,
            has_varkw: varkw,
            first_line: self.first_line,
            hidden: ctx.hidden,
            doc: self.doc,
        }
    }

    fn emit(&mut self, op: Op) -> usize {
        self.ops.push(op);
        self.lines.push(self.at.line);
        self.cols
            .push(crate::compiler::bytecode::pack_cols(self.at));
        self.ops.len() - 1
    }

    fn here(&self) -> usize {
        self.ops.len()
    }

    fn patch(&mut self, at: usize, target: usize) {
        let t = target as u32;
        *self.ops.at_mut(at) = match *self.ops.at(at) {
            Op::Jump(_) => Op::Jump(t),
            Op::PopJumpIfFalse(_) => Op::PopJumpIfFalse(t),
            Op::PopJumpIfTrue(_) => Op::PopJumpIfTrue(t),
            Op::JumpIfFalseOrPop(_) => Op::JumpIfFalseOrPop(t),
            Op::JumpIfTrueOrPop(_) => Op::JumpIfTrueOrPop(t),
            Op::ForIter(_) => Op::ForIter(t),
            Op::SetupFinally(_) => Op::SetupFinally(t),
            Op::ExitSuppressOrReraise(_) => Op::ExitSuppressOrReraise(t),
            other => other,
        };
    }

    fn add_const(&mut self, v: Value) -> u32 {
        // Reuse simple constants.
        for (i, c) in self.consts.iter().enumerate() {
            let same = match (c, &v) {
                (Value::None, Value::None) => true,
                (Value::Bool(a), Value::Bool(b)) => a == b,
                (Value::Int(a), Value::Int(b)) => a == b,
                (Value::Str(a), Value::Str(b)) => a == b,
                _ => false,
            };
            if same {
                return i as u32;
            }
        }
        self.consts.push(v);
        (self.consts.len() - 1) as u32
    }

    fn name_idx(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.name_index.get(name) {
            return i;
        }
        let i = self.names.len() as u32;
        self.names.push(Rc::from(name));
        self.name_index.insert(name.to_string(), i);
        i
    }

    fn varname(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.var_index.get(name) {
            return i;
        }
        let i = self.varnames.len() as u32;
        self.varnames.push(Rc::from(name));
        self.var_index.insert(name.to_string(), i);
        i
    }

    fn cell_idx(&self, name: &str) -> Option<u32> {
        if let Some(i) = self.cellvars.iter().position(|c| c == name) {
            return Some(i as u32);
        }
        self.freevars
            .iter()
            .position(|c| c == name)
            .map(|i| (i + self.cellvars.len()) as u32)
    }

    fn scope_kind(&self, ctx: &Ctx) -> ScopeKind {
        ctx.table.scopes.at(self.scope).kind
    }

    fn err<T>(&self, msg: impl Into<String>, span: Span) -> CResult<T> {
        Err(CompileError {
            msg: msg.into(),
            span,
            unsupported: false,
        })
    }

    // ---- names ----

    fn load_name(&mut self, ctx: &Ctx, name: &str) {
        let op = self.name_op(ctx, name, 0);
        self.emit(op);
    }

    fn store_name(&mut self, ctx: &Ctx, name: &str) {
        let op = self.name_op(ctx, name, 1);
        self.emit(op);
    }

    fn delete_name(&mut self, ctx: &Ctx, name: &str) {
        let op = self.name_op(ctx, name, 2);
        self.emit(op);
    }

    /// `action`: 0 load, 1 store, 2 delete.
    fn name_op(&mut self, ctx: &Ctx, name: &str, action: u8) -> Op {
        let scope = ctx.table.scopes.at(self.scope);
        let resolved = scope.resolved.get(name).copied();
        match scope.kind {
            ScopeKind::Module => {
                let i = self.name_idx(name);
                [Op::LoadGlobal(i), Op::StoreGlobal(i), Op::DeleteGlobal(i)][action as usize]
            }
            ScopeKind::Class => match resolved {
                Some(NameScope::Free) if action == 0 && !scope.bound.iter().any(|b| b == name) => {
                    let c = self.cell_idx(name).unwrap_or(0);
                    Op::LoadDeref(c)
                }
                Some(NameScope::Global) if scope.globals.contains(name) => {
                    let i = self.name_idx(name);
                    [Op::LoadGlobal(i), Op::StoreGlobal(i), Op::DeleteGlobal(i)][action as usize]
                }
                _ => {
                    let i = self.name_idx(name);
                    [Op::LoadName(i), Op::StoreName(i), Op::DeleteName(i)][action as usize]
                }
            },
            ScopeKind::Function => match resolved {
                Some(NameScope::Local) => {
                    let i = self.varname(name);
                    [Op::LoadFast(i), Op::StoreFast(i), Op::DeleteFast(i)][action as usize]
                }
                Some(NameScope::Cell) | Some(NameScope::Free) => {
                    let c = self.cell_idx(name).unwrap_or(0);
                    [Op::LoadDeref(c), Op::StoreDeref(c), Op::DeleteDeref(c)][action as usize]
                }
                _ => {
                    let i = self.name_idx(name);
                    [Op::LoadGlobal(i), Op::StoreGlobal(i), Op::DeleteGlobal(i)][action as usize]
                }
            },
        }
    }

    fn new_temp(&mut self, ctx: &Ctx) -> String {
        self.temp_counter += 1;
        let name = format!(".t{}", self.temp_counter);
        if self.scope_kind(ctx) == ScopeKind::Function {
            self.varname(&name);
        }
        name
    }

    fn store_temp(&mut self, ctx: &Ctx, name: &str) {
        if self.scope_kind(ctx) == ScopeKind::Function {
            let i = self.varname(name);
            self.emit(Op::StoreFast(i));
        } else {
            let i = self.name_idx(name);
            self.emit(if self.scope_kind(ctx) == ScopeKind::Module {
                Op::StoreGlobal(i)
            } else {
                Op::StoreName(i)
            });
        }
    }

    fn attr(&mut self, name: &str) {
        let a = self.name_idx(name);
        self.emit(Op::LoadAttr(a));
    }

    fn load_temp(&mut self, ctx: &Ctx, name: &str) {
        if self.scope_kind(ctx) == ScopeKind::Function {
            let i = self.varname(name);
            self.emit(Op::LoadFast(i));
        } else {
            let i = self.name_idx(name);
            self.emit(if self.scope_kind(ctx) == ScopeKind::Module {
                Op::LoadGlobal(i)
            } else {
                Op::LoadName(i)
            });
        }
    }

    fn in_function(&self) -> bool {
        !matches!(self.kind, CodeKind::Module | CodeKind::Class)
    }

    fn is_async_context(&self) -> bool {
        matches!(self.kind, CodeKind::Coroutine | CodeKind::AsyncGenerator)
    }

    // ---- statements ----

    fn body(&mut self, ctx: &mut Ctx, body: &'a [Stmt]) -> CResult<()> {
        for s in body {
            self.stmt(ctx, s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, ctx: &mut Ctx, stmt: &'a Stmt) -> CResult<()> {
        ctx.enter(stmt.span)?;
        self.stmt_inner(ctx, stmt)?;
        ctx.depth -= 1;
        Ok(())
    }

    fn stmt_inner(&mut self, ctx: &mut Ctx, stmt: &'a Stmt) -> CResult<()> {
        self.at = stmt.span;
        // A compound statement runs on through its body, where CPython's
        // locations end: none of its own instructions gets markers.
        if matches!(
            stmt.kind,
            StmtKind::For { .. }
                | StmtKind::While { .. }
                | StmtKind::If { .. }
                | StmtKind::With { .. }
                | StmtKind::Try { .. }
        ) {
            self.at = running_on(stmt.span);
        }
        match &stmt.kind {
            StmtKind::Expr(e) => {
                self.expr(ctx, e)?;
                self.emit(Op::Pop);
            }
            StmtKind::Assign { targets, value } => {
                self.expr(ctx, value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Op::Dup);
                    }
                    self.assign(ctx, t)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => {
                self.aug_assign(ctx, target, *op, value)?
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
            } => {
                if let Some(v) = value {
                    self.expr(ctx, v)?;
                    self.assign(ctx, target)?;
                }
                // A class body records `name: annotation` in `__annotations__`
                // (dataclasses read it).
                if let (CodeKind::Class, ExprKind::Name(n)) = (self.kind, &target.kind) {
                    self.annotation(ctx, annotation)?;
                    let a = self.name_idx("__annotations__");
                    self.emit(Op::LoadName(a));
                    let k = self.add_const(Value::Str(Rc::from(n.as_str())));
                    self.emit(Op::LoadConst(k));
                    self.emit(Op::StoreSubscr);
                }
            }
            StmtKind::If { test, body, orelse } => {
                // An elif chain is compiled in a loop, not by recursion.
                let (mut test, mut body, mut orelse) = (test, body, orelse);
                let mut ends = Vec::new();
                loop {
                    self.expr(ctx, test)?;
                    let jf = self.emit(Op::PopJumpIfFalse(0));
                    self.body(ctx, body)?;
                    if !orelse.is_empty() {
                        ends.push(self.emit(Op::Jump(0)));
                    }
                    let h = self.here();
                    self.patch(jf, h);
                    match &orelse[..] {
                        [s @ Stmt {
                            kind:
                                StmtKind::If {
                                    test: t,
                                    body: b,
                                    orelse: o,
                                },
                            ..
                        }] => {
                            self.at = s.span;
                            (test, body, orelse) = (t, b, o);
                        }
                        _ => break self.body(ctx, orelse)?,
                    }
                }
                let h = self.here();
                for je in ends {
                    self.patch(je, h);
                }
            }
            StmtKind::While { test, body, orelse } => {
                let start = self.here();
                self.expr(ctx, test)?;
                let jf = self.emit(Op::PopJumpIfFalse(0));
                self.fblocks.push(FBlock::Loop {
                    start,
                    breaks: Vec::new(),
                    is_for: false,
                });
                self.body(ctx, body)?;
                self.at = stmt.span;
                self.emit(Op::Jump(start as u32));
                let Some(FBlock::Loop { breaks, .. }) = self.fblocks.pop() else {
                    unreachable!()
                };
                let h = self.here();
                self.patch(jf, h);
                self.body(ctx, orelse)?;
                let end = self.here();
                for b in breaks {
                    self.patch(b, end);
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                is_async,
            } => {
                if *is_async {
                    self.async_for(ctx, stmt, target, iter, body, orelse)?;
                } else {
                    self.expr(ctx, iter)?;
                    self.at = stmt.span;
                    self.emit(Op::GetIter);
                    let start = self.here();
                    let fi = self.emit(Op::ForIter(0));
                    self.assign(ctx, target)?;
                    self.fblocks.push(FBlock::Loop {
                        start,
                        breaks: Vec::new(),
                        is_for: true,
                    });
                    self.body(ctx, body)?;
                    self.at = stmt.span;
                    self.emit(Op::Jump(start as u32));
                    let Some(FBlock::Loop { breaks, .. }) = self.fblocks.pop() else {
                        unreachable!()
                    };
                    let h = self.here();
                    self.patch(fi, h);
                    self.body(ctx, orelse)?;
                    let end = self.here();
                    for b in breaks {
                        self.patch(b, end);
                    }
                }
            }
            StmtKind::FunctionDef(f) => self.function_def(ctx, f)?,
            StmtKind::ClassDef(c) => self.class_def(ctx, c)?,
            StmtKind::Return(v) => {
                if !self.in_function() {
                    return self.err("'return' outside function", stmt.span);
                }
                if self.kind == CodeKind::AsyncGenerator && v.is_some() {
                    return self.err("'return' with value in async generator", stmt.span);
                }
                match v {
                    Some(v) => self.expr(ctx, v)?,
                    None => {
                        let c = self.add_const(Value::None);
                        self.emit(Op::LoadConst(c));
                    }
                }
                self.return_with_unwind(ctx)?;
            }
            StmtKind::Break => self.break_continue(ctx, stmt.span, true)?,
            StmtKind::Continue => self.break_continue(ctx, stmt.span, false)?,
            StmtKind::Pass => {}
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                if finalbody.is_empty() {
                    self.try_except(ctx, body, handlers, orelse)?;
                } else {
                    self.try_finally(ctx, body, handlers, orelse, finalbody)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.expr(ctx, e)?;
                    n = 1;
                    if let Some(c) = cause {
                        self.expr(ctx, c)?;
                        n = 2;
                    }
                }
                self.at = stmt.span;
                self.emit(Op::Raise(n));
            }
            StmtKind::With {
                items,
                body,
                is_async,
            } => {
                if *is_async && !self.is_async_context() {
                    return self.err("'async with' outside async function", stmt.span);
                }
                self.with(ctx, items, body, *is_async, stmt.span)?;
            }
            StmtKind::Assert { test, msg } => {
                self.expr(ctx, test)?;
                let jt = self.emit(Op::PopJumpIfTrue(0));
                self.emit(Op::LoadAssertionError);
                if let Some(m) = msg {
                    self.expr(ctx, m)?;
                    self.emit(Op::Call(1));
                }
                // A failed assert is located at its test when that is a
                // comparison (CPython's jump on a comparison keeps its
                // location); otherwise at the statement.
                if matches!(test.kind, ExprKind::Compare { .. }) {
                    self.at = test.span;
                }
                self.emit(Op::Raise(1));
                self.at = stmt.span;
                let h = self.here();
                self.patch(jt, h);
            }
            StmtKind::Delete(targets) => {
                for t in targets {
                    self.delete(ctx, t)?;
                }
            }
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let i = self.name_idx(&a.name);
                    self.emit(Op::ImportName(i));
                    match &a.asname {
                        Some(asname) => {
                            for part in a.name.split('.').skip(1) {
                                let p = self.name_idx(part);
                                self.emit(Op::LoadAttr(p));
                            }
                            self.store_name(ctx, asname);
                        }
                        None => {
                            let top = a.name.split('.').next().unwrap_or("").to_string();
                            self.store_name(ctx, &top);
                        }
                    }
                }
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                if *level > 0 {
                    return self.err(
                        "attempted relative import with no known parent package",
                        stmt.span,
                    );
                }
                let i = self.name_idx(module);
                self.emit(Op::ImportName(i));
                for part in module.split('.').skip(1) {
                    let p = self.name_idx(part);
                    self.emit(Op::LoadAttr(p));
                }
                if names.len() == 1 && names[0].name == "*" {
                    if self.in_function() {
                        return self.err("import * only allowed at module level", stmt.span);
                    }
                    self.emit(Op::ImportStar);
                } else {
                    for a in names {
                        let n = self.name_idx(&a.name);
                        self.emit(Op::ImportFrom(n));
                        let bind = a.asname.clone().unwrap_or_else(|| a.name.clone());
                        self.store_name(ctx, &bind);
                    }
                    self.emit(Op::Pop);
                }
            }
        }
        Ok(())
    }

    fn async_for(
        &mut self,
        ctx: &mut Ctx,
        stmt: &Stmt,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult<()> {
        if !self.is_async_context() {
            return self.err("'async for' outside async function", stmt.span);
        }
        self.expr(ctx, iter)?;
        self.at = stmt.span;
        self.emit(Op::GetAIter);
        let start = self.here();
        let setup = self.emit(Op::SetupFinally(0));
        self.emit(Op::GetANext);
        self.await_tos();
        self.emit(Op::PopBlock);
        self.assign(ctx, target)?;
        self.fblocks.push(FBlock::Loop {
            start,
            breaks: Vec::new(),
            is_for: true,
        });
        self.body(ctx, body)?;
        self.at = stmt.span;
        self.emit(Op::Jump(start as u32));
        let Some(FBlock::Loop { breaks, .. }) = self.fblocks.pop() else {
            unreachable!()
        };
        let h = self.here();
        self.patch(setup, h);
        self.emit(Op::EndAsyncFor(0));
        self.body(ctx, orelse)?;
        let end = self.here();
        for b in breaks {
            self.patch(b, end);
        }
        Ok(())
    }

    fn await_tos(&mut self) {
        self.emit(Op::GetAwaitable);
        let c = self.add_const(Value::None);
        self.emit(Op::LoadConst(c));
        self.emit(Op::YieldFrom);
    }

    /// Emit what leaving the fblock at `index` needs (for break/continue/return).
    fn unwind_fblock(&mut self, ctx: &mut Ctx, index: usize) -> CResult<()> {
        let block = self.fblocks.at(index).clone();
        match block {
            FBlock::Loop { is_for, .. } => {
                if is_for {
                    self.emit(Op::Pop);
                }
            }
            FBlock::TryExcept => {
                self.emit(Op::PopBlock);
            }
            FBlock::TryFinally { body } => {
                self.emit(Op::PopBlock);
                // Compile the finally body without this block in scope.
                let saved: Vec<FBlock<'a>> = self.fblocks.drain(index..).collect();
                let result = self.body(ctx, body);
                self.fblocks.extend(saved);
                result?;
            }
            FBlock::ExceptHandler => {
                self.emit(Op::PopExcept);
            }
            FBlock::FinallyHandler => {
                self.emit(Op::Pop);
                self.emit(Op::PopExcept);
            }
            FBlock::With { is_async } => {
                self.emit(Op::PopBlock);
                self.emit(Op::CallExitNone);
                if is_async {
                    self.await_tos();
                }
                self.emit(Op::Pop);
            }
        }
        Ok(())
    }

    fn return_with_unwind(&mut self, ctx: &mut Ctx) -> CResult<()> {
        let needs = self.fblocks.iter().any(|b| {
            matches!(
                b,
                FBlock::TryFinally { .. }
                    | FBlock::With { .. }
                    | FBlock::ExceptHandler
                    | FBlock::FinallyHandler
            )
        });
        if !needs {
            self.emit(Op::Return);
            return Ok(());
        }
        // Park the value, undo every block innermost first (popping loop
        // iterators too, so a `with`'s exit function is on top when needed).
        let tmp = self.new_temp(ctx);
        self.store_temp(ctx, &tmp);
        for i in (0..self.fblocks.len()).rev() {
            self.unwind_fblock(ctx, i)?;
        }
        self.load_temp(ctx, &tmp);
        self.emit(Op::Return);
        Ok(())
    }

    fn break_continue(&mut self, ctx: &mut Ctx, span: Span, is_break: bool) -> CResult<()> {
        let Some(loop_index) = self
            .fblocks
            .iter()
            .rposition(|b| matches!(b, FBlock::Loop { .. }))
        else {
            return self.err(
                if is_break {
                    "'break' outside loop"
                } else {
                    "'continue' not properly in loop"
                },
                span,
            );
        };
        for i in (loop_index + 1..self.fblocks.len()).rev() {
            self.unwind_fblock(ctx, i)?;
        }
        if is_break {
            if let FBlock::Loop { is_for: true, .. } = *self.fblocks.at(loop_index) {
                self.emit(Op::Pop);
            }
            let j = self.emit(Op::Jump(0));
            if let FBlock::Loop { breaks, .. } = self.fblocks.at_mut(loop_index) {
                breaks.push(j);
            }
        } else {
            let FBlock::Loop { start, .. } = *self.fblocks.at(loop_index) else {
                unreachable!()
            };
            self.emit(Op::Jump(start as u32));
        }
        Ok(())
    }

    fn try_except(
        &mut self,
        ctx: &mut Ctx,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult<()> {
        let setup = self.emit(Op::SetupFinally(0));
        self.fblocks.push(FBlock::TryExcept);
        self.body(ctx, body)?;
        self.fblocks.pop();
        self.emit(Op::PopBlock);
        let to_else = self.emit(Op::Jump(0));
        let h = self.here();
        self.patch(setup, h);
        let mut to_end = Vec::new();
        if handlers.first().is_some_and(|h| h.star) {
            // `except*`: a state of lib/_exceptiongroup.py splits the
            // exception; each matching clause runs in `with state as name:`
            // (which records what it raises); `end()` gives what is left.
            let state = self.new_temp(ctx);
            let import = self.name_idx("__import__");
            self.emit(Op::LoadGlobal(import));
            let m = self.add_const(Value::str("_exceptiongroup"));
            self.emit(Op::LoadConst(m));
            self.emit(Op::Call(1));
            self.attr("start");
            self.emit(Op::Rot2);
            self.emit(Op::Call(1));
            self.store_temp(ctx, &state);
            self.fblocks.push(FBlock::ExceptHandler);
            for handler in handlers {
                self.at = handler.span;
                self.load_temp(ctx, &state);
                self.attr("match");
                if let Some(t) = &handler.typ {
                    self.expr(ctx, t)?;
                }
                self.emit(Op::Call(1));
                let next = self.emit(Op::PopJumpIfFalse(0));
                self.load_temp(ctx, &state);
                self.emit(Op::BeforeWith);
                // The clause handles the part it matched (`sys.exc_info()`,
                // the context of what it raises), then the whole again.
                self.emit(Op::Dup);
                self.emit(Op::SetHandled);
                match &handler.name {
                    Some(n) => self.store_name(ctx, n),
                    None => {
                        self.emit(Op::Pop);
                    }
                }
                self.with_block(ctx, &[], &handler.body, false, handler.span)?;
                self.load_temp(ctx, &state);
                self.attr("orig");
                self.emit(Op::SetHandled);
                let h = self.here();
                self.patch(next, h);
            }
            self.fblocks.pop();
            self.load_temp(ctx, &state);
            self.attr("end");
            self.emit(Op::Call(0));
            self.emit(Op::Dup);
            let none = self.emit(Op::PopJumpIfFalse(0));
            self.emit(Op::Reraise);
            let h = self.here();
            self.patch(none, h);
            self.emit(Op::Pop);
            self.emit(Op::PopExcept);
            to_end.push(self.emit(Op::Jump(0)));
        }
        for handler in handlers.iter().filter(|h| !h.star) {
            self.at = handler.span;
            let mut next = None;
            if let Some(t) = &handler.typ {
                self.expr(ctx, t)?;
                self.emit(Op::CheckExcMatch);
                next = Some(self.emit(Op::PopJumpIfFalse(0)));
            }
            match &handler.name {
                Some(n) => self.store_name(ctx, n),
                None => {
                    self.emit(Op::Pop);
                }
            }
            self.fblocks.push(FBlock::ExceptHandler);
            self.body(ctx, &handler.body)?;
            self.fblocks.pop();
            self.emit(Op::PopExcept);
            if let Some(n) = &handler.name {
                let c = self.add_const(Value::None);
                self.emit(Op::LoadConst(c));
                self.store_name(ctx, n);
                self.delete_name(ctx, n);
            }
            to_end.push(self.emit(Op::Jump(0)));
            if let Some(nx) = next {
                let h = self.here();
                self.patch(nx, h);
            }
        }
        // No handler matched: the exception is still on the stack.
        self.emit(Op::Reraise);
        let h = self.here();
        self.patch(to_else, h);
        self.body(ctx, orelse)?;
        let end = self.here();
        for j in to_end {
            self.patch(j, end);
        }
        Ok(())
    }

    fn try_finally(
        &mut self,
        ctx: &mut Ctx,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> CResult<()> {
        let setup = self.emit(Op::SetupFinally(0));
        self.fblocks.push(FBlock::TryFinally { body: finalbody });
        if handlers.is_empty() {
            self.body(ctx, body)?;
            self.body(ctx, orelse)?;
        } else {
            self.try_except(ctx, body, handlers, orelse)?;
        }
        self.fblocks.pop();
        self.emit(Op::PopBlock);
        self.body(ctx, finalbody)?;
        let to_end = self.emit(Op::Jump(0));
        let h = self.here();
        self.patch(setup, h);
        self.fblocks.push(FBlock::FinallyHandler);
        self.body(ctx, finalbody)?;
        self.fblocks.pop();
        self.emit(Op::Reraise);
        let end = self.here();
        self.patch(to_end, end);
        Ok(())
    }

    fn with(
        &mut self,
        ctx: &mut Ctx,
        items: &'a [WithItem],
        body: &'a [Stmt],
        is_async: bool,
        span: Span,
    ) -> CResult<()> {
        let Some((first, rest)) = items.split_first() else {
            return self.body(ctx, body);
        };
        self.at = span;
        self.expr(ctx, &first.context)?;
        if is_async {
            self.emit(Op::BeforeAsyncWith);
            self.await_tos();
        } else {
            self.emit(Op::BeforeWith);
        }
        // The handler's stack depth must hold only the exit function, so
        // the entered value is stored (or dropped) before the block starts.
        match &first.target {
            Some(t) => self.assign(ctx, t)?,
            None => {
                self.emit(Op::Pop);
            }
        }
        self.with_block(ctx, rest, body, is_async, span)
    }

    /// A `with` block once its manager is entered: `[exit]` on the stack.
    fn with_block(
        &mut self,
        ctx: &mut Ctx,
        rest: &'a [WithItem],
        body: &'a [Stmt],
        is_async: bool,
        span: Span,
    ) -> CResult<()> {
        let setup = self.emit(Op::SetupFinally(0));
        self.fblocks.push(FBlock::With { is_async });
        if rest.is_empty() {
            self.body(ctx, body)?;
        } else {
            self.with(ctx, rest, body, is_async, span)?;
        }
        self.fblocks.pop();
        self.at = span;
        self.emit(Op::PopBlock);
        self.emit(Op::CallExitNone);
        if is_async {
            self.await_tos();
        }
        self.emit(Op::Pop);
        let to_end = self.emit(Op::Jump(0));
        let h = self.here();
        self.patch(setup, h);
        self.emit(Op::CallExitExc);
        if is_async {
            self.await_tos();
        }
        let sup = self.emit(Op::ExitSuppressOrReraise(0));
        let end = self.here();
        self.patch(sup, end);
        self.patch(to_end, end);
        Ok(())
    }

    fn function_def(&mut self, ctx: &mut Ctx, f: &'a Rc<FunctionDef>) -> CResult<()> {
        self.at = f.span;
        for d in &f.decorators {
            self.expr(ctx, d)?;
        }
        self.at = running_on(f.span);
        let key = node_key(&**f);
        self.make_function(
            ctx,
            key,
            &f.name,
            &f.params,
            FuncBody::Stmts(&f.body, f.returns.as_ref()),
            f.is_async,
            f.span,
        )?;
        self.apply_decorators(&f.decorators);
        self.store_name(ctx, &f.name);
        Ok(())
    }

    fn child_qualname(&self, ctx: &Ctx, name: &str) -> String {
        match self.kind {
            CodeKind::Module => name.to_string(),
            CodeKind::Class => format!("{}.{}", self.qualname, name),
            _ => {
                let _ = ctx;
                format!("{}.<locals>.{}", self.qualname, name)
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn make_function(
        &mut self,
        ctx: &mut Ctx,
        key: usize,
        name: &str,
        params: &'a Params,
        body: FuncBody<'a>,
        is_async: bool,
        span: Span,
    ) -> CResult<()> {
        let scope = ctx.table.scope_of(key);
        let mut flags = 0;
        // Defaults (positional) as a tuple.
        let positional: Vec<&Param> = params.posonly.iter().chain(&params.args).collect();
        let defaults: Vec<&Expr> = positional
            .iter()
            .filter_map(|p| p.default.as_ref())
            .collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.expr(ctx, d)?;
            }
            self.emit(Op::BuildTuple(defaults.len() as u32));
            flags |= 1;
        }
        let kwdefaults: Vec<&Param> = params
            .kwonly
            .iter()
            .filter(|p| p.default.is_some())
            .collect();
        if !kwdefaults.is_empty() {
            for p in &kwdefaults {
                let c = self.add_const(Value::Str(Rc::from(p.name.as_str())));
                self.emit(Op::LoadConst(c));
                if let Some(d) = &p.default {
                    self.expr(ctx, d)?;
                }
            }
            self.emit(Op::BuildMap(kwdefaults.len() as u32));
            flags |= 2;
        }
        // `__annotations__`: parameter annotations, then the return's.
        let mut annotated = 0;
        for p in crate::compiler::symtable::all_params(params) {
            if let Some(a) = &p.annotation {
                let c = self.add_const(Value::Str(Rc::from(p.name.as_str())));
                self.emit(Op::LoadConst(c));
                self.annotation(ctx, a)?;
                annotated += 1;
            }
        }
        if let FuncBody::Stmts(_, Some(r)) = &body {
            let c = self.add_const(Value::Str(Rc::from("return")));
            self.emit(Op::LoadConst(c));
            self.annotation(ctx, r)?;
            annotated += 1;
        }
        if annotated > 0 {
            self.emit(Op::BuildMap(annotated));
            flags |= 8;
        }
        let s = ctx.table.scopes.at(scope);
        let kind = match (is_async, s.is_generator, &body) {
            (true, true, _) => CodeKind::AsyncGenerator,
            (true, false, _) => CodeKind::Coroutine,
            (false, true, _) => CodeKind::Generator,
            (false, false, FuncBody::Lambda(_)) => CodeKind::Lambda,
            (false, false, _) => CodeKind::Function,
        };
        let qualname = self.child_qualname(ctx, name);
        let mut child = Builder::new(ctx, scope, kind, name, &qualname, span.line);
        child.first_param = params
            .posonly
            .first()
            .or(params.args.first())
            .map(|p| p.name.clone());
        match body {
            FuncBody::Stmts(stmts, _) => {
                if let Some(StmtKind::Expr(Expr {
                    kind: ExprKind::Constant(Constant::Str(doc)),
                    ..
                })) = stmts.first().map(|st| &st.kind)
                {
                    child.doc = Some(Rc::from(doc.as_str()));
                }
                for st in stmts {
                    child.stmt(ctx, st)?;
                }
                let c = child.add_const(Value::None);
                child.emit(Op::LoadConst(c));
                child.emit(Op::Return);
            }
            FuncBody::Lambda(e) => {
                child.at = e.span;
                child.expr(ctx, e)?;
                child.emit(Op::Return);
            }
        }
        let freevars = child.freevars.clone();
        let code = child.finish(ctx, Some(params));
        self.emit_closure(&freevars);
        if !freevars.is_empty() {
            flags |= 4;
        }
        let c = self.add_const(Value::Code(Rc::new(code)));
        self.emit(Op::LoadConst(c));
        self.emit(Op::MakeFunction(flags));
        Ok(())
    }

    fn emit_closure(&mut self, freevars: &[String]) {
        if freevars.is_empty() {
            return;
        }
        for fv in freevars {
            let idx = self.cell_idx(fv).unwrap_or(0);
            self.emit(Op::LoadClosure(idx));
        }
        self.emit(Op::BuildTuple(freevars.len() as u32));
    }

    /// An annotation's value: evaluated, or its text under `from __future__ import annotations`.
    fn annotation(&mut self, ctx: &mut Ctx, e: &'a Expr) -> CResult<()> {
        if !ctx.lazy_annotations {
            return self.expr(ctx, e);
        }
        let mut text = String::new();
        annotation_text(e, &mut text);
        let c = self.add_const(Value::Str(Rc::from(text)));
        self.emit(Op::LoadConst(c));
        Ok(())
    }

    /// Calls the decorators on the function or class made, innermost first,
    /// each located at its own line (as CPython's tracebacks show them).
    fn apply_decorators(&mut self, decorators: &[Expr]) {
        let made = self.at;
        for d in decorators.iter().rev() {
            self.at = d.span;
            self.emit(Op::Call(1));
        }
        self.at = made;
    }

    fn class_def(&mut self, ctx: &mut Ctx, c: &'a Rc<ClassDef>) -> CResult<()> {
        self.at = c.span;
        for d in &c.decorators {
            self.expr(ctx, d)?;
        }
        self.at = running_on(c.span);
        self.emit(Op::LoadBuildClass);
        let key = node_key(&**c);
        let scope = ctx.table.scope_of(key);
        let qualname = self.child_qualname(ctx, &c.name);
        let mut child = Builder::new(ctx, scope, CodeKind::Class, &c.name, &qualname, c.span.line);
        {
            let n = child.name_idx("__name__");
            child.emit(Op::LoadName(n));
            let m = child.name_idx("__module__");
            child.emit(Op::StoreName(m));
            let q = child.add_const(Value::Str(Rc::from(qualname.as_str())));
            child.emit(Op::LoadConst(q));
            let qn = child.name_idx("__qualname__");
            child.emit(Op::StoreName(qn));
        }
        // `__annotations__` exists before any `name: annotation` runs (one
        // nested in an `if` or loop included).
        let annotated = c.body.iter().any(|st| {
            matches!(
                &st.kind,
                StmtKind::AnnAssign { .. }
                    | StmtKind::If { .. }
                    | StmtKind::For { .. }
                    | StmtKind::While { .. }
                    | StmtKind::Try { .. }
                    | StmtKind::With { .. }
            )
        });
        if annotated {
            child.emit(Op::BuildMap(0));
            let a = child.name_idx("__annotations__");
            child.emit(Op::StoreName(a));
        }
        for st in &c.body {
            child.stmt(ctx, st)?;
        }
        if child.cellvars.iter().any(|c| c == "__class__") {
            let idx = child.cell_idx("__class__").unwrap_or(0);
            child.emit(Op::LoadClosure(idx));
            let n = child.name_idx("__classcell__");
            child.emit(Op::StoreName(n));
        }
        let none = child.add_const(Value::None);
        child.emit(Op::LoadConst(none));
        child.emit(Op::Return);
        let freevars = child.freevars.clone();
        let code = child.finish(ctx, None);
        self.emit_closure(&freevars);
        let k = self.add_const(Value::Code(Rc::new(code)));
        self.emit(Op::LoadConst(k));
        self.emit(Op::MakeFunction(if freevars.is_empty() { 0 } else { 4 }));
        let n = self.add_const(Value::Str(Rc::from(c.name.as_str())));
        self.emit(Op::LoadConst(n));
        for b in &c.bases {
            self.expr(ctx, b)?;
        }
        self.at = running_on(c.span);
        if c.keywords.is_empty() {
            self.emit(Op::Call(2 + c.bases.len() as u32));
        } else {
            let mut names = Vec::new();
            for k in &c.keywords {
                self.expr(ctx, &k.value)?;
                names.push(Value::Str(Rc::from(
                    k.arg.clone().unwrap_or_default().as_str(),
                )));
            }
            let kn = self.add_const(Value::Tuple(Rc::from(names)));
            self.emit(Op::LoadConst(kn));
            self.emit(Op::CallKw(2 + (c.bases.len() + c.keywords.len()) as u32));
        }
        self.apply_decorators(&c.decorators);
        self.store_name(ctx, &c.name);
        Ok(())
    }

    fn aug_assign(
        &mut self,
        ctx: &mut Ctx,
        target: &'a Expr,
        op: BinOp,
        value: &'a Expr,
    ) -> CResult<()> {
        match &target.kind {
            ExprKind::Name(n) => {
                self.load_name(ctx, n);
                self.expr(ctx, value)?;
                self.emit(Op::InplaceBinary(op));
                self.store_name(ctx, n);
            }
            // The target's load and store are located at it, the operation
            // at the statement (CPython's locations, for the markers).
            ExprKind::Attribute { value: obj, attr } => {
                let statement = std::mem::replace(&mut self.at, target.span);
                self.expr(ctx, obj)?;
                self.emit(Op::Dup);
                let a = self.name_idx(attr);
                self.emit(Op::LoadAttr(a));
                self.at = statement;
                self.expr(ctx, value)?;
                self.emit(Op::InplaceBinary(op));
                self.at = target.span;
                self.emit(Op::Rot2);
                self.emit(Op::StoreAttr(a));
                self.at = statement;
            }
            ExprKind::Subscript { value: obj, index } => {
                let statement = std::mem::replace(&mut self.at, target.span);
                self.expr(ctx, obj)?;
                self.expr(ctx, index)?;
                self.emit(Op::Dup2);
                self.emit(Op::BinarySubscr);
                self.at = statement;
                self.expr(ctx, value)?;
                self.emit(Op::InplaceBinary(op));
                self.at = target.span;
                self.emit(Op::Rot3);
                self.emit(Op::StoreSubscr);
                self.at = statement;
            }
            _ => {
                return self.err(
                    "'expression' is an illegal expression for augmented assignment",
                    target.span,
                )
            }
        }
        Ok(())
    }

    /// Stores the value on top into `target`, located at it (as CPython's
    /// stores are).
    fn assign(&mut self, ctx: &mut Ctx, target: &'a Expr) -> CResult<()> {
        let saved = std::mem::replace(&mut self.at, target.span);
        self.assign_inner(ctx, target)?;
        self.at = saved;
        Ok(())
    }

    fn assign_inner(&mut self, ctx: &mut Ctx, target: &'a Expr) -> CResult<()> {
        match &target.kind {
            ExprKind::Name(n) => self.store_name(ctx, n),
            ExprKind::Attribute { value, attr } => {
                self.expr(ctx, value)?;
                let a = self.name_idx(attr);
                self.emit(Op::StoreAttr(a));
            }
            ExprKind::Subscript { value, index } => {
                self.expr(ctx, value)?;
                self.expr(ctx, index)?;
                self.emit(Op::StoreSubscr);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let star = items
                    .iter()
                    .position(|e| matches!(e.kind, ExprKind::Starred(_)));
                match star {
                    Some(si) => {
                        if items
                            .iter()
                            .filter(|e| matches!(e.kind, ExprKind::Starred(_)))
                            .count()
                            > 1
                        {
                            return self
                                .err("multiple starred expressions in assignment", target.span);
                        }
                        let before = si as u32;
                        let after = (items.len() - si - 1) as u32;
                        self.emit(Op::UnpackEx(before | (after << 16)));
                    }
                    None => {
                        self.emit(Op::UnpackSequence(items.len() as u32));
                    }
                }
                for item in items {
                    match &item.kind {
                        ExprKind::Starred(inner) => self.assign(ctx, inner)?,
                        _ => self.assign(ctx, item)?,
                    }
                }
            }
            ExprKind::Starred(_) => {
                return self.err(
                    "starred assignment target must be in a list or tuple",
                    target.span,
                );
            }
            _ => return self.err("cannot assign to expression", target.span),
        }
        Ok(())
    }

    /// Deletes `target`, located at it (as CPython's deletions are).
    fn delete(&mut self, ctx: &mut Ctx, target: &'a Expr) -> CResult<()> {
        let saved = std::mem::replace(&mut self.at, target.span);
        self.delete_inner(ctx, target)?;
        self.at = saved;
        Ok(())
    }

    fn delete_inner(&mut self, ctx: &mut Ctx, target: &'a Expr) -> CResult<()> {
        match &target.kind {
            ExprKind::Name(n) => self.delete_name(ctx, n),
            ExprKind::Attribute { value, attr } => {
                self.expr(ctx, value)?;
                let a = self.name_idx(attr);
                self.emit(Op::DeleteAttr(a));
            }
            ExprKind::Subscript { value, index } => {
                self.expr(ctx, value)?;
                self.expr(ctx, index)?;
                self.emit(Op::DeleteSubscr);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.delete(ctx, i)?;
                }
            }
            _ => return self.err("cannot delete expression", target.span),
        }
        Ok(())
    }

    // ---- expressions ----

    fn const_value(&mut self, c: &Constant, span: Span) -> CResult<Value> {
        Ok(match c {
            Constant::None => Value::None,
            Constant::True => Value::Bool(true),
            Constant::False => Value::Bool(false),
            Constant::Ellipsis => Value::Ellipsis,
            Constant::Int { digits, radix } => match i64::from_str_radix(digits, *radix) {
                Ok(i) => Value::Int(i),
                Err(_) => match crate::numeric::bigint::BigInt::parse(digits, *radix) {
                    Some(b) => Value::BigInt(Rc::new(b)),
                    None => return self.err("invalid integer literal", span),
                },
            },
            Constant::Float(f) => Value::Float(*f),
            Constant::Imaginary(_) => {
                return Err(CompileError {
                    msg: format!(
                        "the playground does not support complex numbers (line {})",
                        span.line
                    ),
                    span,
                    unsupported: true,
                })
            }
            Constant::Str(s) => Value::Str(Rc::from(s.as_str())),
            Constant::Bytes(b) => Value::Bytes(Rc::from(b.as_slice())),
        })
    }

    fn expr(&mut self, ctx: &mut Ctx, e: &'a Expr) -> CResult<()> {
        ctx.enter(e.span)?;
        let saved = self.at;
        self.at = e.span;
        self.expr_inner(ctx, e)?;
        self.at = saved;
        ctx.depth -= 1;
        Ok(())
    }

    fn expr_inner(&mut self, ctx: &mut Ctx, e: &'a Expr) -> CResult<()> {
        match &e.kind {
            ExprKind::Name(n) => self.load_name(ctx, n),
            ExprKind::Constant(c) => {
                let v = self.const_value(c, e.span)?;
                let i = self.add_const(v);
                self.emit(Op::LoadConst(i));
            }
            ExprKind::JoinedStr(parts) => self.fstring(ctx, parts)?,
            ExprKind::BinOp { left, op, right } => {
                self.expr(ctx, left)?;
                self.expr(ctx, right)?;
                self.at = e.span;
                self.emit(Op::Binary(*op));
            }
            ExprKind::UnaryOp { op, operand } => {
                // Fold negative literals so `-1` is a constant (and `-9223372036854775808` fits).
                if let (UnaryOp::Neg, ExprKind::Constant(Constant::Int { digits, radix })) =
                    (op, &operand.kind)
                {
                    if let Ok(i) = i64::from_str_radix(&format!("-{digits}"), *radix) {
                        let c = self.add_const(Value::Int(i));
                        self.emit(Op::LoadConst(c));
                        return Ok(());
                    }
                }
                self.expr(ctx, operand)?;
                self.at = e.span;
                self.emit(Op::Unary(*op));
            }
            ExprKind::BoolOp { op, values } => {
                let mut jumps = Vec::new();
                for (i, v) in values.iter().enumerate() {
                    self.expr(ctx, v)?;
                    if i + 1 < values.len() {
                        jumps.push(self.emit(match op {
                            BoolOp::And => Op::JumpIfFalseOrPop(0),
                            BoolOp::Or => Op::JumpIfTrueOrPop(0),
                        }));
                    }
                }
                let end = self.here();
                for j in jumps {
                    self.patch(j, end);
                }
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.expr(ctx, left)?;
                if ops.len() == 1 {
                    self.expr(ctx, comparators.at(0))?;
                    self.at = e.span;
                    self.emit(Op::Compare(ops[0]));
                } else {
                    // a < b < c: keep b for the next comparison, short-circuit on false.
                    let mut cleanups = Vec::new();
                    for (i, (op, right)) in ops.iter().zip(comparators).enumerate() {
                        self.expr(ctx, right)?;
                        if i + 1 < ops.len() {
                            self.emit(Op::Dup);
                            self.emit(Op::Rot3);
                            self.emit(Op::Compare(*op));
                            cleanups.push(self.emit(Op::JumpIfFalseOrPop(0)));
                        } else {
                            self.emit(Op::Compare(*op));
                        }
                    }
                    let done = self.emit(Op::Jump(0));
                    let cleanup = self.here();
                    for c in cleanups {
                        self.patch(c, cleanup);
                    }
                    // Stack: [b, False] -> [False]
                    self.emit(Op::Rot2);
                    self.emit(Op::Pop);
                    let end = self.here();
                    self.patch(done, end);
                }
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(ctx, e, func, args, keywords)?,
            ExprKind::Attribute { value, attr } => {
                self.expr(ctx, value)?;
                self.at = e.span;
                let a = self.name_idx(attr);
                self.emit(Op::LoadAttr(a));
            }
            ExprKind::Subscript { value, index } => {
                self.expr(ctx, value)?;
                self.expr(ctx, index)?;
                self.at = e.span;
                self.emit(Op::BinarySubscr);
            }
            ExprKind::Slice { lower, upper, step } => {
                let none = self.add_const(Value::None);
                for part in [lower, upper] {
                    match part {
                        Some(p) => self.expr(ctx, p)?,
                        None => {
                            self.emit(Op::LoadConst(none));
                        }
                    }
                }
                match step {
                    Some(s) => {
                        self.expr(ctx, s)?;
                        self.emit(Op::BuildSlice(3));
                    }
                    None => {
                        self.emit(Op::BuildSlice(2));
                    }
                }
            }
            ExprKind::List(items) => self.sequence(ctx, items, 0)?,
            ExprKind::Tuple(items) => self.sequence(ctx, items, 1)?,
            ExprKind::Set(items) => self.sequence(ctx, items, 2)?,
            ExprKind::Dict { keys, values } => {
                let has_unpack = keys.iter().any(|k| k.is_none());
                if !has_unpack {
                    for (k, v) in keys.iter().zip(values) {
                        if let Some(k) = k {
                            self.expr(ctx, k)?;
                        }
                        self.expr(ctx, v)?;
                    }
                    self.emit(Op::BuildMap(keys.len() as u32));
                } else {
                    self.emit(Op::BuildMap(0));
                    for (k, v) in keys.iter().zip(values) {
                        match k {
                            Some(k) => {
                                self.expr(ctx, k)?;
                                self.expr(ctx, v)?;
                                self.emit(Op::MapAdd(1));
                            }
                            None => {
                                self.expr(ctx, v)?;
                                self.emit(Op::DictMerge(1));
                            }
                        }
                    }
                }
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(ctx, e, generators, CompKind::List(elt))?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(ctx, e, generators, CompKind::Set(elt))?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(ctx, e, generators, CompKind::Dict(key, value))?,
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(ctx, e, generators, CompKind::Gen(elt))?
            }
            ExprKind::Lambda { params, body } => {
                self.make_function(
                    ctx,
                    node_key(e),
                    "<lambda>",
                    params,
                    FuncBody::Lambda(body),
                    false,
                    e.span,
                )?;
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(ctx, test)?;
                let jf = self.emit(Op::PopJumpIfFalse(0));
                self.expr(ctx, body)?;
                let je = self.emit(Op::Jump(0));
                let h = self.here();
                self.patch(jf, h);
                self.expr(ctx, orelse)?;
                let end = self.here();
                self.patch(je, end);
            }
            ExprKind::Await(v) => {
                if !self.is_async_context() {
                    let msg = if self.in_function() && self.kind != CodeKind::Comprehension {
                        "'await' outside async function"
                    } else {
                        "'await' outside function"
                    };
                    if self.kind != CodeKind::Comprehension {
                        return self.err(msg, e.span);
                    }
                }
                self.expr(ctx, v)?;
                self.at = e.span;
                self.await_tos();
            }
            ExprKind::Yield(v) => {
                if !self.in_function() {
                    return self.err("'yield' outside function", e.span);
                }
                match v {
                    Some(v) => self.expr(ctx, v)?,
                    None => {
                        let c = self.add_const(Value::None);
                        self.emit(Op::LoadConst(c));
                    }
                }
                if self.kind == CodeKind::AsyncGenerator {
                    self.emit(Op::AsyncGenWrap);
                }
                self.emit(Op::YieldValue);
            }
            ExprKind::YieldFrom(v) => {
                if !self.in_function() {
                    return self.err("'yield' outside function", e.span);
                }
                if self.is_async_context() {
                    return self.err("'yield from' inside async function", e.span);
                }
                self.expr(ctx, v)?;
                self.emit(Op::GetIter);
                let c = self.add_const(Value::None);
                self.emit(Op::LoadConst(c));
                self.emit(Op::YieldFrom);
            }
            ExprKind::Starred(_) => return self.err("can't use starred expression here", e.span),
            ExprKind::NamedExpr { target, value } => {
                self.expr(ctx, value)?;
                self.emit(Op::Dup);
                self.assign(ctx, target)?;
            }
        }
        Ok(())
    }

    /// kind: 0 list, 1 tuple, 2 set.
    fn sequence(&mut self, ctx: &mut Ctx, items: &'a [Expr], kind: u8) -> CResult<()> {
        let has_star = items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_)));
        if !has_star {
            if kind == 1 && !items.is_empty() {
                // A tuple of constants becomes one constant.
                let mut consts = Vec::new();
                for i in items {
                    match &i.kind {
                        ExprKind::Constant(c) if !matches!(c, Constant::Imaginary(_)) => {
                            consts.push(self.const_value(c, i.span)?)
                        }
                        _ => break,
                    }
                }
                if consts.len() == items.len() {
                    let c = self.add_const(Value::Tuple(Rc::from(consts)));
                    self.emit(Op::LoadConst(c));
                    return Ok(());
                }
            }
            for i in items {
                self.expr(ctx, i)?;
            }
            let n = items.len() as u32;
            self.emit(match kind {
                0 => Op::BuildList(n),
                1 => Op::BuildTuple(n),
                _ => Op::BuildSet(n),
            });
            return Ok(());
        }
        self.emit(if kind == 2 {
            Op::BuildSet(0)
        } else {
            Op::BuildList(0)
        });
        for i in items {
            match &i.kind {
                ExprKind::Starred(inner) => {
                    self.expr(ctx, inner)?;
                    self.emit(if kind == 2 {
                        Op::SetUpdate(1)
                    } else {
                        Op::ListExtend(1)
                    });
                }
                _ => {
                    self.expr(ctx, i)?;
                    self.emit(if kind == 2 {
                        Op::SetAdd(1)
                    } else {
                        Op::ListAppend(1)
                    });
                }
            }
        }
        if kind == 1 {
            self.emit(Op::ListToTuple);
        }
        Ok(())
    }

    fn call(
        &mut self,
        ctx: &mut Ctx,
        e: &Expr,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CResult<()> {
        // Zero-argument super() becomes super(__class__, <first parameter>).
        if let ExprKind::Name(n) = &func.kind {
            if n == "super"
                && args.is_empty()
                && keywords.is_empty()
                && self.cell_idx("__class__").is_some()
            {
                if let Some(first) = self.first_param.clone() {
                    self.load_name(ctx, "super");
                    self.load_name(ctx, "__class__");
                    self.load_name(ctx, &first);
                    self.at = e.span;
                    self.emit(Op::Call(2));
                    return Ok(());
                }
            }
        }
        let simple_args = !args.iter().any(|a| matches!(a.kind, ExprKind::Starred(_)));
        let simple_kw = !keywords.iter().any(|k| k.arg.is_none());
        if simple_args && simple_kw {
            if keywords.is_empty() {
                if let ExprKind::Attribute { value, attr } = &func.kind {
                    self.expr(ctx, value)?;
                    // The attribute's place, from its name's line when the
                    // chain spans lines (CPython's location for the lookup
                    // and the call).
                    self.at = func.span;
                    if func.span.line != func.span.end_line {
                        let len = attr.chars().count() as u32;
                        self.at.line = func.span.end_line;
                        self.at.col = func.span.end_col.saturating_sub(len);
                    }
                    let a = self.name_idx(attr);
                    self.emit(Op::LoadMethod(a));
                    for a in args {
                        self.expr(ctx, a)?;
                    }
                    self.at = match func.span.line != func.span.end_line {
                        true => Span {
                            end_line: e.span.end_line,
                            end_col: e.span.end_col,
                            ..self.at
                        },
                        false => e.span,
                    };
                    self.emit(Op::CallMethod(args.len() as u32));
                    return Ok(());
                }
            }
            self.expr(ctx, func)?;
            for a in args {
                self.expr(ctx, a)?;
            }
            if keywords.is_empty() {
                self.at = e.span;
                self.emit(Op::Call(args.len() as u32));
            } else {
                let mut names = Vec::new();
                for k in keywords {
                    self.expr(ctx, &k.value)?;
                    names.push(Value::Str(Rc::from(
                        k.arg.clone().unwrap_or_default().as_str(),
                    )));
                }
                let kn = self.add_const(Value::Tuple(Rc::from(names)));
                self.emit(Op::LoadConst(kn));
                self.at = e.span;
                self.emit(Op::CallKw((args.len() + keywords.len()) as u32));
            }
            return Ok(());
        }
        // General form: build an args tuple and a kwargs dict.
        self.expr(ctx, func)?;
        self.emit(Op::BuildList(0));
        for a in args {
            match &a.kind {
                ExprKind::Starred(inner) => {
                    self.expr(ctx, inner)?;
                    let alone = if args.len() == 1 { AT_CALL } else { 0 };
                    self.emit(Op::ListExtend(1 | alone));
                }
                _ => {
                    self.expr(ctx, a)?;
                    self.emit(Op::ListAppend(1));
                }
            }
        }
        self.emit(Op::ListToTuple);
        if keywords.is_empty() {
            self.at = e.span;
            self.emit(Op::CallEx(0));
        } else {
            self.emit(Op::BuildMap(0));
            for k in keywords {
                match &k.arg {
                    Some(name) => {
                        let c = self.add_const(Value::Str(Rc::from(name.as_str())));
                        self.emit(Op::LoadConst(c));
                        self.expr(ctx, &k.value)?;
                        self.emit(Op::MapAdd(1 | AT_CALL));
                    }
                    None => {
                        self.expr(ctx, &k.value)?;
                        self.emit(Op::DictMerge(1 | AT_CALL));
                    }
                }
            }
            self.at = e.span;
            self.emit(Op::CallEx(1));
        }
        Ok(())
    }

    fn fstring(&mut self, ctx: &mut Ctx, parts: &'a [FStringPart]) -> CResult<()> {
        let mut n = 0;
        for p in parts {
            match p {
                FStringPart::Literal(s) => {
                    let c = self.add_const(Value::Str(Rc::from(s.as_str())));
                    self.emit(Op::LoadConst(c));
                }
                FStringPart::Formatted {
                    value,
                    conversion,
                    format_spec,
                    debug_text,
                } => {
                    if let Some(t) = debug_text {
                        let c = self.add_const(Value::Str(Rc::from(t.as_str())));
                        self.emit(Op::LoadConst(c));
                        n += 1;
                    }
                    self.expr(ctx, value)?;
                    let conv = match conversion {
                        Some('s') => 1,
                        Some('r') => 2,
                        Some('a') => 3,
                        // `f"{x=}"` without a spec uses repr.
                        None if debug_text.is_some() && format_spec.is_none() => 2,
                        _ => 0,
                    };
                    let mut flags = conv;
                    if let Some(spec) = format_spec {
                        self.fstring(ctx, spec)?;
                        flags |= 4;
                    }
                    self.emit(Op::FormatValue(flags));
                }
            }
            n += 1;
        }
        if n != 1 {
            self.emit(Op::BuildString(n));
        } else if let Some(FStringPart::Literal(_)) = parts.first() {
            // A lone literal is already a str.
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        ctx: &mut Ctx,
        e: &'a Expr,
        generators: &'a [Comprehension],
        kind: CompKind<'a>,
    ) -> CResult<()> {
        let key = node_key(e);
        let scope = ctx.table.scope_of(key);
        let s = ctx.table.scopes.at(scope);
        let (name, code_kind) = match kind {
            CompKind::List(_) => ("<listcomp>", CodeKind::Comprehension),
            CompKind::Set(_) => ("<setcomp>", CodeKind::Comprehension),
            CompKind::Dict(..) => ("<dictcomp>", CodeKind::Comprehension),
            CompKind::Gen(_) => ("<genexpr>", CodeKind::Generator),
        };
        let is_async = s.has_await || generators.iter().any(|g| g.is_async);
        let code_kind = match (is_async, code_kind) {
            (true, CodeKind::Generator) => CodeKind::AsyncGenerator,
            (true, _) => CodeKind::Coroutine,
            (false, k) => k,
        };
        if is_async && !self.is_async_context() && !matches!(code_kind, CodeKind::AsyncGenerator) {
            return self.err(
                "asynchronous comprehension outside of an asynchronous function",
                e.span,
            );
        }
        let qualname = self.child_qualname(ctx, name);
        let mut child = Builder::new(ctx, scope, code_kind, name, &qualname, e.span.line);
        child.at = e.span;
        let dot0 = child.varname(".0");
        match kind {
            CompKind::List(_) => {
                child.emit(Op::BuildList(0));
            }
            CompKind::Set(_) => {
                child.emit(Op::BuildSet(0));
            }
            CompKind::Dict(..) => {
                child.emit(Op::BuildMap(0));
            }
            CompKind::Gen(_) => {}
        }
        child.emit(Op::LoadFast(dot0));
        child.comp_loop(ctx, generators, 0, kind)?;
        if matches!(kind, CompKind::Gen(_)) {
            let c = child.add_const(Value::None);
            child.emit(Op::LoadConst(c));
        }
        child.emit(Op::Return);
        let freevars = child.freevars.clone();
        let mut code = child.finish(ctx, None);
        code.argcount = 1;
        self.emit_closure(&freevars);
        let c = self.add_const(Value::Code(Rc::new(code)));
        self.emit(Op::LoadConst(c));
        self.emit(Op::MakeFunction(if freevars.is_empty() { 0 } else { 4 }));
        self.expr(ctx, &generators.at(0).iter)?;
        self.emit(if generators[0].is_async {
            Op::GetAIter
        } else {
            Op::GetIter
        });
        self.emit(Op::Call(1));
        if is_async && !matches!(code_kind, CodeKind::AsyncGenerator) {
            self.await_tos();
        }
        Ok(())
    }

    /// The loop for generator `i`; the iterator is on TOS already.
    fn comp_loop(
        &mut self,
        ctx: &mut Ctx,
        generators: &'a [Comprehension],
        i: usize,
        kind: CompKind<'a>,
    ) -> CResult<()> {
        let g = generators.at(i);
        let depth = (i + 2) as u32;
        let start = self.here();
        let (exit_patch, async_setup) = if g.is_async {
            let setup = self.emit(Op::SetupFinally(0));
            self.emit(Op::GetANext);
            self.await_tos();
            self.emit(Op::PopBlock);
            (None, Some(setup))
        } else {
            (Some(self.emit(Op::ForIter(0))), None)
        };
        self.assign(ctx, &g.target)?;
        let mut skips = Vec::new();
        for cond in &g.ifs {
            self.expr(ctx, cond)?;
            skips.push(self.emit(Op::PopJumpIfFalse(0)));
        }
        if i + 1 < generators.len() {
            let next = &generators[i + 1];
            self.expr(ctx, &next.iter)?;
            self.emit(if next.is_async {
                Op::GetAIter
            } else {
                Op::GetIter
            });
            self.comp_loop(ctx, generators, i + 1, kind)?;
        } else {
            match kind {
                CompKind::List(elt) => {
                    self.expr(ctx, elt)?;
                    self.emit(Op::ListAppend(depth));
                }
                CompKind::Set(elt) => {
                    self.expr(ctx, elt)?;
                    self.emit(Op::SetAdd(depth));
                }
                CompKind::Dict(k, v) => {
                    self.expr(ctx, k)?;
                    self.expr(ctx, v)?;
                    self.emit(Op::MapAdd(depth));
                }
                CompKind::Gen(elt) => {
                    self.expr(ctx, elt)?;
                    if self.kind == CodeKind::AsyncGenerator {
                        self.emit(Op::AsyncGenWrap);
                    }
                    self.emit(Op::YieldValue);
                    self.emit(Op::Pop);
                }
            }
        }
        for s in skips {
            self.patch(s, start);
        }
        self.emit(Op::Jump(start as u32));
        let end = self.here();
        if let Some(p) = exit_patch {
            self.patch(p, end);
        }
        if let Some(setup) = async_setup {
            self.patch(setup, end);
            self.emit(Op::EndAsyncFor(0));
        }
        Ok(())
    }
}

#[derive(Clone, Copy)]
enum CompKind<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Gen(&'a Expr),
}

enum FuncBody<'a> {
    /// A `def`'s body and its return annotation.
    Stmts(&'a [Stmt], Option<&'a Expr>),
    Lambda(&'a Expr),
}

/// The source form of the annotations programs write (names, `a.b`,
/// `X[...]`, `A | B`, constants, lists and tuples).
fn annotation_text(e: &Expr, out: &mut String) {
    match &e.kind {
        ExprKind::Name(n) => out.push_str(n),
        ExprKind::Attribute { value, attr } => {
            annotation_text(value, out);
            out.push('.');
            out.push_str(attr);
        }
        ExprKind::Subscript { value, index } => {
            annotation_text(value, out);
            out.push('[');
            match &index.kind {
                ExprKind::Tuple(items) if !items.is_empty() => join_text(items, out),
                _ => annotation_text(index, out),
            }
            out.push(']');
        }
        ExprKind::BinOp { left, op, right } => {
            annotation_text(left, out);
            out.push_str(&format!(" {} ", op.symbol()));
            annotation_text(right, out);
        }
        ExprKind::List(items) => {
            out.push('[');
            join_text(items, out);
            out.push(']');
        }
        ExprKind::Tuple(items) => {
            out.push('(');
            join_text(items, out);
            out.push(')');
        }
        ExprKind::Constant(Constant::Str(s)) => out.push_str(&crate::vm::ops::str_repr(s)),
        ExprKind::Constant(Constant::None) => out.push_str("None"),
        ExprKind::Constant(Constant::Ellipsis) => out.push_str("..."),
        ExprKind::Constant(Constant::Int { digits, .. }) => out.push_str(digits),
        _ => out.push_str("..."),
    }
}

fn join_text(items: &[Expr], out: &mut String) {
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        annotation_text(item, out);
    }
}

/// `span` as if it went on to the next line: the markers under such a
/// location run to the end of its first line.
fn running_on(span: Span) -> Span {
    Span {
        end_line: span.end_line.max(span.line + 1),
        ..span
    }
}
