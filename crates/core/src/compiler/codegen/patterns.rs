//! `match` statements. Each `case` builds a description of its pattern as
//! nested tuples (its values and classes evaluated where the case is
//! reached, as CPython evaluates them) and hands it with the subject to
//! `case()` of `lib/_match.py`, which gives the captured values in the
//! order this compiler numbered them, or None when the pattern fails.
//!
//! The descriptions: `("_",)` wildcard, `("c", slot)` capture, `("v", x)`
//! equal to x, `("s", x)` is x, `("q", items)` sequence (with `("*", slot)`
//! for a star, slot -1 for `*_`), `("m", keys, patterns, rest_slot)`,
//! `("k", cls, positional, names, keyword_patterns)`, `("o", alternatives)`,
//! `("a", pattern, slot)`.

use super::*;

impl<'a> Builder<'a> {
    pub(super) fn match_stmt(
        &mut self,
        ctx: &mut Ctx,
        subject: &'a Expr,
        cases: &'a [MatchCase],
    ) -> CResult<()> {
        let (subject_temp, case_temp, result) =
            (self.new_temp(ctx), self.new_temp(ctx), self.new_temp(ctx));
        self.expr(ctx, subject)?;
        self.store_temp(ctx, &subject_temp);
        let import = self.name_idx("__import__");
        self.emit(Op::LoadGlobal(import));
        let m = self.add_const(Value::str("_match"));
        self.emit(Op::LoadConst(m));
        self.emit(Op::Call(1));
        self.attr("case");
        self.store_temp(ctx, &case_temp);
        let mut ends = Vec::new();
        for case in cases {
            self.at = case.pattern_span;
            let mut slots: Vec<&'a str> = Vec::new();
            self.load_temp(ctx, &case_temp);
            self.load_temp(ctx, &subject_temp);
            self.pattern_desc(ctx, &case.pattern, &mut slots)?;
            self.constant(Value::Int(slots.len() as i64));
            self.emit(Op::Call(3));
            self.store_temp(ctx, &result);
            self.load_temp(ctx, &result);
            self.constant(Value::None);
            self.emit(Op::Compare(CmpOp::IsNot));
            let mut fails = vec![self.emit(Op::PopJumpIfFalse(0))];
            if !slots.is_empty() {
                self.load_temp(ctx, &result);
                self.emit(Op::UnpackSequence(slots.len() as u32));
                for name in &slots {
                    self.store_name(ctx, name);
                }
            }
            if let Some(guard) = &case.guard {
                self.at = guard.span;
                self.expr(ctx, guard)?;
                fails.push(self.emit(Op::PopJumpIfFalse(0)));
            }
            self.body(ctx, &case.body)?;
            ends.push(self.emit(Op::Jump(0)));
            let next = self.here();
            for f in fails {
                self.patch(f, next);
            }
        }
        let end = self.here();
        for j in ends {
            self.patch(j, end);
        }
        Ok(())
    }

    pub(super) fn constant(&mut self, v: Value) {
        let c = self.add_const(v);
        self.emit(Op::LoadConst(c));
    }

    /// The slot of a captured name (numbered in the order first met).
    fn slot(slots: &mut Vec<&'a str>, name: &'a str) -> i64 {
        let k = match slots.iter().position(|s| *s == name) {
            Some(k) => k,
            None => {
                slots.push(name);
                slots.len() - 1
            }
        };
        k as i64
    }

    /// Pushes the description of `p` (see the module's comment).
    fn pattern_desc(
        &mut self,
        ctx: &mut Ctx,
        p: &'a Pattern,
        slots: &mut Vec<&'a str>,
    ) -> CResult<()> {
        ctx.enter(self.at)?;
        let items = match p {
            Pattern::Wildcard => {
                self.constant(Value::str("_"));
                1
            }
            Pattern::Capture(n) => {
                self.constant(Value::str("c"));
                self.constant(Value::Int(Self::slot(slots, n)));
                2
            }
            Pattern::Value(e) | Pattern::Singleton(e) => {
                let tag = if matches!(p, Pattern::Value(_)) {
                    "v"
                } else {
                    "s"
                };
                self.constant(Value::str(tag));
                self.expr(ctx, e)?;
                2
            }
            Pattern::Star(name) => {
                self.constant(Value::str("*"));
                let k = name.as_deref().map_or(-1, |n| Self::slot(slots, n));
                self.constant(Value::Int(k));
                2
            }
            Pattern::Sequence(ps) | Pattern::Or(ps) => {
                let tag = if matches!(p, Pattern::Sequence(_)) {
                    "q"
                } else {
                    "o"
                };
                self.constant(Value::str(tag));
                self.pattern_list(ctx, ps, slots)?;
                2
            }
            Pattern::Mapping { keys, values, rest } => {
                self.constant(Value::str("m"));
                for k in keys {
                    self.expr(ctx, k)?;
                }
                self.emit(Op::BuildTuple(keys.len() as u32));
                self.pattern_list(ctx, values, slots)?;
                let k = rest.as_deref().map_or(-1, |n| Self::slot(slots, n));
                self.constant(Value::Int(k));
                4
            }
            Pattern::Class { cls, args, kwargs } => {
                self.constant(Value::str("k"));
                self.expr(ctx, cls)?;
                self.pattern_list(ctx, args, slots)?;
                for (name, _) in kwargs {
                    self.constant(Value::str(name));
                }
                self.emit(Op::BuildTuple(kwargs.len() as u32));
                for (_, kp) in kwargs {
                    self.pattern_desc(ctx, kp, slots)?;
                }
                self.emit(Op::BuildTuple(kwargs.len() as u32));
                5
            }
            Pattern::As(inner, name) => {
                self.constant(Value::str("a"));
                self.pattern_desc(ctx, inner, slots)?;
                self.constant(Value::Int(Self::slot(slots, name)));
                3
            }
        };
        self.emit(Op::BuildTuple(items));
        ctx.depth -= 1;
        Ok(())
    }

    fn pattern_list(
        &mut self,
        ctx: &mut Ctx,
        ps: &'a [Pattern],
        slots: &mut Vec<&'a str>,
    ) -> CResult<()> {
        for p in ps {
            self.pattern_desc(ctx, p, slots)?;
        }
        self.emit(Op::BuildTuple(ps.len() as u32));
        Ok(())
    }
}
