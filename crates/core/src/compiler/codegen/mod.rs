//! Emits bytecode for a module, walking the AST once per code object.
//! Here: the entry points, the `Builder` of one code object (emitting,
//! constants, names by scope, temporaries); `stmt`, `defs` and `expr`
//! compile statements, definitions and assignments, and expressions.

use super::bytecode::{Code, CodeKind, Op, AT_CALL};
use super::symtable::{analyze, node_key, NameScope, NameTable, ScopeKind, SymbolTable};
use super::CompileError;
use crate::at::At;
use crate::syntax::ast::*;
use crate::vm::value::Value;
use std::rc::Rc;

mod defs;
mod expr;
mod patterns;
mod stmt;

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
    let table = analyze(module).map_err(|(msg, span)| CompileError { msg, span })?;
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
