//! Expressions: constants, operators, sequences and displays, calls (with
//! `*args`/`**kwargs`), f-strings, comprehensions and generator
//! expressions.

use super::*;

impl<'a> Builder<'a> {
    pub(super) fn const_value(&mut self, c: &Constant, span: Span) -> CResult<Value> {
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
            // Not a constant: `imaginary` builds it.
            Constant::Imaginary(_) => return self.err("an imaginary literal", span),
            Constant::Str(s) => Value::Str(Rc::from(s.as_str())),
            Constant::Bytes(b) => Value::Bytes(Rc::from(b.as_slice())),
        })
    }

    /// `4j`: `complex(0.0, 4.0)` of `lib/_complex.py` (the type is written
    /// in Python, so its values are not constants).
    fn imaginary(&mut self, imag: f64) {
        let import = self.name_idx("__import__");
        self.emit(Op::LoadGlobal(import));
        self.constant(Value::str("_complex"));
        self.emit(Op::Call(1));
        self.attr("complex");
        self.constant(Value::Float(0.0));
        self.constant(Value::Float(imag));
        self.emit(Op::Call(2));
    }

    pub(super) fn expr(&mut self, ctx: &mut Ctx, e: &'a Expr) -> CResult<()> {
        ctx.enter(e.span)?;
        let saved = self.at;
        self.at = e.span;
        self.expr_inner(ctx, e)?;
        self.at = saved;
        ctx.depth -= 1;
        Ok(())
    }

    pub(super) fn expr_inner(&mut self, ctx: &mut Ctx, e: &'a Expr) -> CResult<()> {
        match &e.kind {
            ExprKind::Name(n) => self.load_name(ctx, n),
            ExprKind::Constant(Constant::Imaginary(f)) => self.imaginary(*f),
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
    pub(super) fn sequence(&mut self, ctx: &mut Ctx, items: &'a [Expr], kind: u8) -> CResult<()> {
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

    pub(super) fn call(
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

    pub(super) fn fstring(&mut self, ctx: &mut Ctx, parts: &'a [FStringPart]) -> CResult<()> {
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

    pub(super) fn comprehension(
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
    pub(super) fn comp_loop(
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
