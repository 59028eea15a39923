//! Definitions and assignments: functions (defaults, annotations,
//! closures, decorators), classes, augmented assignment, unpacking
//! targets, `del`.

use super::*;

impl<'a> Builder<'a> {
    pub(super) fn function_def(&mut self, ctx: &mut Ctx, f: &'a Rc<FunctionDef>) -> CResult<()> {
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

    pub(super) fn child_qualname(&self, ctx: &Ctx, name: &str) -> String {
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
    pub(super) fn make_function(
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
                child.doc = docstring(stmts);
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

    pub(super) fn emit_closure(&mut self, freevars: &[String]) {
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
    pub(super) fn annotation(&mut self, ctx: &mut Ctx, e: &'a Expr) -> CResult<()> {
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
    pub(super) fn apply_decorators(&mut self, decorators: &[Expr]) {
        let made = self.at;
        for d in decorators.iter().rev() {
            self.at = d.span;
            self.emit(Op::Call(1));
        }
        self.at = made;
    }

    pub(super) fn class_def(&mut self, ctx: &mut Ctx, c: &'a Rc<ClassDef>) -> CResult<()> {
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
            // The docstring, as CPython stores it first thing.
            if let Some(doc) = docstring(&c.body) {
                let d = child.add_const(Value::Str(doc));
                child.emit(Op::LoadConst(d));
                let n = child.name_idx("__doc__");
                child.emit(Op::StoreName(n));
            }
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
                    | StmtKind::Match { .. }
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

    pub(super) fn aug_assign(
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
    pub(super) fn assign(&mut self, ctx: &mut Ctx, target: &'a Expr) -> CResult<()> {
        let saved = std::mem::replace(&mut self.at, target.span);
        self.assign_inner(ctx, target)?;
        self.at = saved;
        Ok(())
    }

    pub(super) fn assign_inner(&mut self, ctx: &mut Ctx, target: &'a Expr) -> CResult<()> {
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
    pub(super) fn delete(&mut self, ctx: &mut Ctx, target: &'a Expr) -> CResult<()> {
        let saved = std::mem::replace(&mut self.at, target.span);
        self.delete_inner(ctx, target)?;
        self.at = saved;
        Ok(())
    }

    pub(super) fn delete_inner(&mut self, ctx: &mut Ctx, target: &'a Expr) -> CResult<()> {
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
}

/// A body's docstring: its first statement, when that is a string.
fn docstring(body: &[Stmt]) -> Option<Rc<str>> {
    match &body.first()?.kind {
        StmtKind::Expr(Expr {
            kind: ExprKind::Constant(Constant::Str(doc)),
            ..
        }) => Some(Rc::from(doc.as_str())),
        _ => None,
    }
}
