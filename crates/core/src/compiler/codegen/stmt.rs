//! Statements: control flow (`if`, loops, `break`/`continue`/`return`
//! through the blocks they leave), `try`/`except`/`finally`, `with` and
//! `async with`, `async for`.

use super::*;

impl<'a> Builder<'a> {
    pub(super) fn stmt(&mut self, ctx: &mut Ctx, stmt: &'a Stmt) -> CResult<()> {
        ctx.enter(stmt.span)?;
        self.stmt_inner(ctx, stmt)?;
        ctx.depth -= 1;
        Ok(())
    }

    pub(super) fn stmt_inner(&mut self, ctx: &mut Ctx, stmt: &'a Stmt) -> CResult<()> {
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
                | StmtKind::Match { .. }
        ) {
            self.at = running_on(stmt.span);
        }
        match &stmt.kind {
            StmtKind::Expr(e) => {
                self.expr(ctx, e)?;
                self.emit(Op::Pop);
            }
            StmtKind::Match { subject, cases } => self.match_stmt(ctx, subject, cases)?,
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

    pub(super) fn async_for(
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

    pub(super) fn await_tos(&mut self) {
        self.emit(Op::GetAwaitable);
        let c = self.add_const(Value::None);
        self.emit(Op::LoadConst(c));
        self.emit(Op::YieldFrom);
    }

    /// Emit what leaving the fblock at `index` needs (for break/continue/return).
    pub(super) fn unwind_fblock(&mut self, ctx: &mut Ctx, index: usize) -> CResult<()> {
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

    pub(super) fn return_with_unwind(&mut self, ctx: &mut Ctx) -> CResult<()> {
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

    pub(super) fn break_continue(
        &mut self,
        ctx: &mut Ctx,
        span: Span,
        is_break: bool,
    ) -> CResult<()> {
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

    pub(super) fn try_except(
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
            // The name goes first, so that the exception (and what its
            // traceback keeps) dies at PopExcept, on the body's last line.
            if let Some(n) = &handler.name {
                let c = self.add_const(Value::None);
                self.emit(Op::LoadConst(c));
                self.store_name(ctx, n);
                self.delete_name(ctx, n);
            }
            self.emit(Op::PopExcept);
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

    pub(super) fn try_finally(
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

    pub(super) fn with(
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
    pub(super) fn with_block(
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
}
