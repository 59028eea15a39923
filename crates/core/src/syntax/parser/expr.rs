//! Expressions, from the loosest binding (`lambda`, `x if c else y`) down to
//! atoms. Binary operators use precedence climbing so that one function
//! covers all six levels from `|` to `*`, which keeps the recursion (and so
//! the stack used per nested bracket) small.

use super::targets::expr_name;
use super::{PResult, Parser};
use crate::syntax::ast::*;
use crate::syntax::token::{Kw, Op, Tok};

fn expr(kind: ExprKind, span: Span) -> Expr {
    Expr { kind, span }
}

/// Binary operators between `|` (loosest) and `*` (tightest).
fn binary_op(tok: &Tok) -> Option<(BinOp, u8)> {
    let Tok::Op(op) = tok else { return None };
    Some(match op {
        Op::VBar => (BinOp::BitOr, 1),
        Op::Circumflex => (BinOp::BitXor, 2),
        Op::Amper => (BinOp::BitAnd, 3),
        Op::LeftShift => (BinOp::LShift, 4),
        Op::RightShift => (BinOp::RShift, 4),
        Op::Plus => (BinOp::Add, 5),
        Op::Minus => (BinOp::Sub, 5),
        Op::Star => (BinOp::Mult, 6),
        Op::Slash => (BinOp::Div, 6),
        Op::DoubleSlash => (BinOp::FloorDiv, 6),
        Op::Percent => (BinOp::Mod, 6),
        Op::At => (BinOp::MatMult, 6),
        _ => return None,
    })
}

impl Parser {
    /// Could the current token begin an expression?
    pub(super) fn starts_expression(&self) -> bool {
        match self.tok() {
            Tok::Name(_) | Tok::Int { .. } | Tok::Float(_) | Tok::Imag(_) | Tok::Str(_) => true,
            Tok::Kw(kw) => matches!(
                kw,
                Kw::True | Kw::False | Kw::None | Kw::Not | Kw::Lambda | Kw::Await
            ),
            Tok::Op(op) => matches!(
                op,
                Op::LPar | Op::LSqb | Op::LBrace | Op::Minus | Op::Plus | Op::Tilde | Op::Ellipsis
            ),
            _ => false,
        }
    }

    /// `a, *b, c` (a tuple when there is a comma) or a single expression.
    pub(super) fn star_expressions(&mut self) -> PResult<Expr> {
        let start = self.span();
        let first = self.star_expression()?;
        if !self.at_op(Op::Comma) {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat_op(Op::Comma) {
            if !self.starts_expression() && !self.at_op(Op::Star) {
                break;
            }
            elts.push(self.star_expression()?);
        }
        let span = start.to(self.prev_span());
        Ok(expr(ExprKind::Tuple(elts), span))
    }

    fn star_expression(&mut self) -> PResult<Expr> {
        if self.at_op(Op::Star) {
            let star = self.advance();
            let value = self.bitwise_or()?;
            let span = star.to(self.prev_span());
            return Ok(expr(ExprKind::Starred(Box::new(value)), span));
        }
        self.expression()
    }

    /// An element of a list, set or tuple display: `*x` or `name := value`.
    fn star_named_expression(&mut self) -> PResult<Expr> {
        if self.at_op(Op::Star) {
            return self.star_expression();
        }
        self.named_expression()
    }

    pub(super) fn named_expression(&mut self) -> PResult<Expr> {
        if matches!(self.tok(), Tok::Name(_)) && self.nth(1).is_op(Op::ColonEqual) {
            let (name, name_span) = self.name()?;
            self.advance();
            let value = self.expression()?;
            let span = name_span.to(self.prev_span());
            let target = Box::new(expr(ExprKind::Name(name), name_span));
            return Ok(expr(
                ExprKind::NamedExpr {
                    target,
                    value: Box::new(value),
                },
                span,
            ));
        }
        let e = self.expression()?;
        if self.at_op(Op::ColonEqual) {
            let msg = format!("cannot use assignment expressions with {}", expr_name(&e));
            return Err(self.error_span(msg, e.span));
        }
        Ok(e)
    }

    /// The test of `if`/`elif`/`while`, where `=` is a likely typo for `==`.
    pub(super) fn condition(&mut self) -> PResult<Expr> {
        let e = self.named_expression()?;
        if self.at_op(Op::Equal) && is_bitwise_level(&e) {
            let save = (self.pos, self.depth);
            self.advance();
            let rhs = self.bitwise_or();
            if let Ok(rhs) = rhs {
                if !self.at_op(Op::Equal) && !self.at_op(Op::ColonEqual) {
                    if matches!(e.kind, ExprKind::Name(_)) {
                        let msg = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
                        return Err(self.error_span(msg, e.span.to(rhs.span)));
                    }
                    if here_eligible(&e) {
                        let msg = format!(
                            "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                            expr_name(&e)
                        );
                        return Err(self.error_span(msg, e.span));
                    }
                }
            }
            (self.pos, self.depth) = save;
        }
        Ok(e)
    }

    /// `x if c else y`, `lambda`, or a disjunction.
    pub(super) fn expression(&mut self) -> PResult<Expr> {
        self.enter()?;
        let result = self.expression_inner();
        self.leave();
        result
    }

    fn expression_inner(&mut self) -> PResult<Expr> {
        let start = self.span();
        if self.at_kw(Kw::Lambda) {
            return self.lambda();
        }
        let body = self.disjunction()?;
        if !self.at_kw(Kw::If) {
            return Ok(body);
        }
        self.advance();
        let test = self.disjunction()?;
        if !self.eat_kw(Kw::Else) {
            if self.at_op(Op::Colon) || matches!(self.tok(), Tok::Error) {
                return Err(self.invalid_syntax());
            }
            return Err(self.error_span(
                "expected 'else' after 'if' expression",
                body.span.to(test.span),
            ));
        }
        let orelse = self.expression()?;
        let span = start.to(self.prev_span());
        Ok(expr(
            ExprKind::IfExp {
                test: Box::new(test),
                body: Box::new(body),
                orelse: Box::new(orelse),
            },
            span,
        ))
    }

    fn lambda(&mut self) -> PResult<Expr> {
        let start = self.advance();
        let params = self.params(Op::Colon)?;
        self.expect_op(Op::Colon)?;
        let body = self.expression()?;
        let span = start.to(self.prev_span());
        Ok(expr(
            ExprKind::Lambda {
                params: Box::new(params),
                body: Box::new(body),
            },
            span,
        ))
    }

    fn disjunction(&mut self) -> PResult<Expr> {
        self.bool_chain(Kw::Or)
    }

    fn bool_chain(&mut self, kw: Kw) -> PResult<Expr> {
        let start = self.span();
        let first = if kw == Kw::Or {
            self.bool_chain(Kw::And)?
        } else {
            self.inversion()?
        };
        if !self.at_kw(kw) {
            return Ok(first);
        }
        let mut values = vec![first];
        while self.eat_kw(kw) {
            values.push(if kw == Kw::Or {
                self.bool_chain(Kw::And)?
            } else {
                self.inversion()?
            });
        }
        let span = start.to(self.prev_span());
        let op = if kw == Kw::Or {
            BoolOp::Or
        } else {
            BoolOp::And
        };
        Ok(expr(ExprKind::BoolOp { op, values }, span))
    }

    /// `not not x`: the operators are gathered in a loop, not by recursion.
    fn inversion(&mut self) -> PResult<Expr> {
        let mut nots = Vec::new();
        while self.at_kw(Kw::Not) {
            nots.push(self.advance());
            self.enter()?;
        }
        let mut e = self.comparison()?;
        while let Some(start) = nots.pop() {
            self.leave();
            let span = start.to(self.prev_span());
            e = expr(
                ExprKind::UnaryOp {
                    op: UnaryOp::Not,
                    operand: Box::new(e),
                },
                span,
            );
        }
        Ok(e)
    }

    fn comparison(&mut self) -> PResult<Expr> {
        let start = self.span();
        let left = self.bitwise_or()?;
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        loop {
            let op = match self.tok() {
                Tok::Op(Op::EqEqual) => CmpOp::Eq,
                Tok::Op(Op::NotEqual) => CmpOp::NotEq,
                Tok::Op(Op::Less) => CmpOp::Lt,
                Tok::Op(Op::LessEqual) => CmpOp::LtE,
                Tok::Op(Op::Greater) => CmpOp::Gt,
                Tok::Op(Op::GreaterEqual) => CmpOp::GtE,
                Tok::Kw(Kw::In) => CmpOp::In,
                Tok::Kw(Kw::Is) if self.nth(1).is_kw(Kw::Not) => {
                    self.advance();
                    CmpOp::IsNot
                }
                Tok::Kw(Kw::Is) => CmpOp::Is,
                Tok::Kw(Kw::Not) if self.nth(1).is_kw(Kw::In) => {
                    self.advance();
                    CmpOp::NotIn
                }
                _ => break,
            };
            self.advance();
            ops.push(op);
            comparators.push(self.bitwise_or()?);
        }
        if ops.is_empty() {
            return Ok(left);
        }
        let span = start.to(self.prev_span());
        Ok(expr(
            ExprKind::Compare {
                left: Box::new(left),
                ops,
                comparators,
            },
            span,
        ))
    }

    pub(super) fn bitwise_or(&mut self) -> PResult<Expr> {
        self.binary(1)
    }

    /// Precedence climbing over the binary operators binding at least as
    /// tightly as `min`; all are left-associative.
    fn binary(&mut self, min: u8) -> PResult<Expr> {
        let start = self.span();
        let mut left = self.factor()?;
        let mut chain = 0;
        while let Some((op, prec)) = binary_op(self.tok()) {
            if prec < min {
                break;
            }
            self.advance();
            let right = self.binary(prec + 1)?;
            // A long `a + b + c ...` nests as deeply as brackets would.
            self.enter()?;
            chain += 1;
            let span = start.to(self.prev_span());
            left = expr(
                ExprKind::BinOp {
                    left: Box::new(left),
                    op,
                    right: Box::new(right),
                },
                span,
            );
        }
        self.depth -= chain;
        Ok(left)
    }

    /// Unary `+`, `-`, `~`, which bind more loosely than `**` to their right:
    /// `-2**2` is `-(2**2)`.
    fn factor(&mut self) -> PResult<Expr> {
        let op = match self.tok() {
            Tok::Op(Op::Minus) => UnaryOp::Neg,
            Tok::Op(Op::Plus) => UnaryOp::Pos,
            Tok::Op(Op::Tilde) => UnaryOp::Invert,
            _ => return self.power(),
        };
        let start = self.advance();
        self.enter()?;
        let operand = self.factor();
        self.leave();
        let operand = operand?;
        let span = start.to(self.prev_span());
        Ok(expr(
            ExprKind::UnaryOp {
                op,
                operand: Box::new(operand),
            },
            span,
        ))
    }

    /// `a ** b` is right-associative and its right side may be unary: `2**-1`.
    fn power(&mut self) -> PResult<Expr> {
        let start = self.span();
        let base = self.await_primary()?;
        if !self.at_op(Op::DoubleStar) {
            return Ok(base);
        }
        self.advance();
        self.enter()?;
        let exp = self.factor();
        self.leave();
        let exp = exp?;
        let span = start.to(self.prev_span());
        Ok(expr(
            ExprKind::BinOp {
                left: Box::new(base),
                op: BinOp::Pow,
                right: Box::new(exp),
            },
            span,
        ))
    }

    fn await_primary(&mut self) -> PResult<Expr> {
        if self.at_kw(Kw::Await) {
            let start = self.advance();
            let value = self.primary()?;
            let span = start.to(self.prev_span());
            return Ok(expr(ExprKind::Await(Box::new(value)), span));
        }
        self.primary()
    }

    /// An atom followed by any number of `.name`, `(args)` and `[index]`.
    fn primary(&mut self) -> PResult<Expr> {
        let start = self.span();
        let mut e = self.atom()?;
        let mut chain = 0;
        loop {
            match self.tok() {
                Tok::Op(Op::Dot) => {
                    self.advance();
                    let (attr, _) = self.name()?;
                    let span = start.to(self.prev_span());
                    e = expr(
                        ExprKind::Attribute {
                            value: Box::new(e),
                            attr,
                        },
                        span,
                    );
                }
                Tok::Op(Op::LPar) => {
                    let open = self.advance();
                    let (args, keywords) = self.call_args(open)?;
                    let span = start.to(self.prev_span());
                    e = expr(
                        ExprKind::Call {
                            func: Box::new(e),
                            args,
                            keywords,
                        },
                        span,
                    );
                }
                Tok::Op(Op::LSqb) => {
                    self.advance();
                    self.level += 1;
                    let index = self.slices()?;
                    self.level -= 1;
                    let span = start.to(self.prev_span());
                    e = expr(
                        ExprKind::Subscript {
                            value: Box::new(e),
                            index: Box::new(index),
                        },
                        span,
                    );
                }
                _ => break,
            }
            self.enter()?;
            chain += 1;
        }
        self.depth -= chain;
        Ok(e)
    }

    /// Call arguments after `(`, through the closing `)`.
    pub(super) fn call_args(&mut self, open: Span) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
        self.level += 1;
        let mut args: Vec<Expr> = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        let mut genexp_at: Option<Span> = None;
        let mut count = 0;
        while !self.at_op(Op::RPar) {
            count += 1;
            // Which list this argument goes to, for the missing-comma error.
            let last_was_keyword = matches!(self.tok(), Tok::Op(Op::DoubleStar))
                || (matches!(self.tok(), Tok::Name(_)) && self.nth(1).is_op(Op::Equal));
            let start = self.span();
            if self.at_op(Op::Star) {
                if keywords.iter().any(|k| k.arg.is_none()) {
                    let msg = "iterable argument unpacking follows keyword argument unpacking";
                    return Err(self.error_span(msg, start));
                }
                let e = self.star_expression()?;
                if self.at_kw(Kw::For) || self.at_kw(Kw::Async) {
                    let msg = "iterable unpacking cannot be used in comprehension";
                    return Err(self.error_span(msg, e.span));
                }
                args.push(e);
            } else if self.at_op(Op::DoubleStar) {
                self.advance();
                let value = self.expression()?;
                let span = start.to(self.prev_span());
                keywords.push(Keyword {
                    arg: None,
                    value,
                    span,
                });
            } else if matches!(self.tok(), Tok::Name(_)) && self.nth(1).is_op(Op::Equal) {
                let (name, _) = self.name()?;
                self.advance();
                let value = self.expression()?;
                let span = start.to(self.prev_span());
                if keywords
                    .iter()
                    .any(|k| k.arg.as_deref() == Some(name.as_str()))
                {
                    return Err(self.error_span(format!("keyword argument repeated: {name}"), span));
                }
                keywords.push(Keyword {
                    arg: Some(name),
                    value,
                    span,
                });
            } else {
                let e = self.named_expression()?;
                if self.at_kw(Kw::For) || (self.at_kw(Kw::Async) && self.nth(1).is_kw(Kw::For)) {
                    let generators = self.comprehension_clauses()?;
                    let span = start.to(self.prev_span());
                    genexp_at.get_or_insert(span);
                    args.push(expr(
                        ExprKind::GeneratorExp {
                            elt: Box::new(e),
                            generators,
                        },
                        span,
                    ));
                } else if self.at_op(Op::Equal) {
                    let eq = self.advance();
                    if let ExprKind::Constant(
                        c @ (Constant::True | Constant::False | Constant::None),
                    ) = &e.kind
                    {
                        let name = match c {
                            Constant::True => "True",
                            Constant::False => "False",
                            _ => "None",
                        };
                        return Err(
                            self.error_span(format!("cannot assign to {name}"), e.span.to(eq))
                        );
                    }
                    let msg = "expression cannot contain assignment, perhaps you meant \"==\"?";
                    return Err(self.error_span(msg, e.span.to(eq)));
                } else {
                    if !keywords.is_empty() {
                        let msg = if keywords.iter().any(|k| k.arg.is_none()) {
                            "positional argument follows keyword argument unpacking"
                        } else {
                            "positional argument follows keyword argument"
                        };
                        // CPython points at the token after the argument.
                        return Err(self.error_span(msg, self.span()));
                    }
                    args.push(e);
                }
            }
            if !self.eat_op(Op::Comma) {
                if self.at_op(Op::RPar) {
                    break;
                }
                let last = if last_was_keyword {
                    keywords.last().map(|k| &k.value)
                } else {
                    args.last()
                };
                let last = last.cloned();
                return Err(match last {
                    Some(a) => self.missing_comma(&a),
                    None => self.invalid_syntax(),
                });
            }
        }
        let close = self.expect_op(Op::RPar)?;
        self.level -= 1;
        if let Some(span) = genexp_at {
            if count > 1 || self.toks[self.pos - 2].tok.is_op(Op::Comma) {
                return Err(self.error_span("Generator expression must be parenthesized", span));
            }
            // A sole generator argument shares the call's parentheses.
            args[0].span = open.to(close);
        }
        Ok((args, keywords))
    }

    /// Two expressions side by side inside brackets: CPython suggests a
    /// missing comma, pointing from the first to the end of the second.
    pub(super) fn missing_comma(&mut self, first: &Expr) -> Box<crate::syntax::SyntaxError> {
        let name_then_string =
            matches!(first.kind, ExprKind::Name(_)) && matches!(self.tok(), Tok::Str(_));
        let soft_keyword =
            matches!(&first.kind, ExprKind::Name(n) if n == "match" || n == "case" || n == "_");
        let disjunction = !matches!(
            first.kind,
            ExprKind::Lambda { .. }
                | ExprKind::IfExp { .. }
                | ExprKind::Starred(_)
                | ExprKind::NamedExpr { .. }
        );
        if let Some(e) = self.legacy_print() {
            return e;
        }
        if self.level > 0
            && self.starts_expression()
            && !name_then_string
            && !soft_keyword
            && disjunction
        {
            let save = (self.pos, self.depth, self.level);
            if let Ok(second) = self.expression() {
                return self.error_span(
                    "invalid syntax. Perhaps you forgot a comma?",
                    first.span.to(second.span),
                );
            }
            (self.pos, self.depth, self.level) = save;
        }
        self.invalid_syntax()
    }

    /// The inside of `a[...]`, through the `]`.
    fn slices(&mut self) -> PResult<Expr> {
        let start = self.span();
        let first = self.slice()?;
        let result = if self.at_op(Op::Comma) {
            let mut elts = vec![first];
            while self.eat_op(Op::Comma) {
                if self.at_op(Op::RSqb) {
                    break;
                }
                elts.push(self.slice()?);
            }
            let span = start.to(self.prev_span());
            expr(ExprKind::Tuple(elts), span)
        } else {
            first
        };
        if !self.at_op(Op::RSqb) {
            return Err(self.missing_comma(&result));
        }
        self.advance();
        Ok(result)
    }

    fn slice(&mut self) -> PResult<Expr> {
        let start = self.span();
        let mut lower = None;
        if !self.at_op(Op::Colon) {
            let e = self.star_named_expression()?;
            if !self.at_op(Op::Colon) {
                return Ok(e);
            }
            lower = Some(Box::new(e));
        }
        self.advance();
        let ends = |p: &Parser| matches!(p.tok(), Tok::Op(Op::Colon | Op::Comma | Op::RSqb));
        let upper = if ends(self) {
            None
        } else {
            Some(Box::new(self.expression()?))
        };
        let mut step = None;
        if self.eat_op(Op::Colon) && !ends(self) {
            step = Some(Box::new(self.expression()?));
        }
        Ok(expr(
            ExprKind::Slice { lower, upper, step },
            start.to(self.prev_span()),
        ))
    }

    fn atom(&mut self) -> PResult<Expr> {
        let span = self.span();
        let kind = match self.tok() {
            Tok::Name(n) => ExprKind::Name(n.clone()),
            Tok::Kw(Kw::True) => ExprKind::Constant(Constant::True),
            Tok::Kw(Kw::False) => ExprKind::Constant(Constant::False),
            Tok::Kw(Kw::None) => ExprKind::Constant(Constant::None),
            Tok::Op(Op::Ellipsis) => ExprKind::Constant(Constant::Ellipsis),
            Tok::Int { digits, radix } => ExprKind::Constant(Constant::Int {
                digits: digits.clone(),
                radix: *radix,
            }),
            Tok::Float(f) => ExprKind::Constant(Constant::Float(*f)),
            Tok::Imag(f) => ExprKind::Constant(Constant::Imaginary(*f)),
            Tok::Str(_) => return self.strings(),
            Tok::Op(Op::LPar) => return self.paren_atom(),
            Tok::Op(Op::LSqb) => return self.list_atom(),
            Tok::Op(Op::LBrace) => return self.brace_atom(),
            _ => return Err(self.invalid_syntax()),
        };
        self.advance();
        Ok(expr(kind, span))
    }

    /// `()`, `(x)`, `(x,)`, `(yield)`, `(x for x in y)`.
    fn paren_atom(&mut self) -> PResult<Expr> {
        let open = self.advance();
        self.level += 1;
        if self.at_op(Op::RPar) {
            let close = self.advance();
            self.level -= 1;
            return Ok(expr(ExprKind::Tuple(Vec::new()), open.to(close)));
        }
        if self.at_kw(Kw::Yield) {
            let y = self.yield_expr()?;
            self.expect_op(Op::RPar)?;
            self.level -= 1;
            return Ok(y);
        }
        let first = self.star_named_expression()?;
        let result = if self.at_kw(Kw::For) || (self.at_kw(Kw::Async) && self.nth(1).is_kw(Kw::For))
        {
            self.no_starred_element(&first)?;
            let generators = self.comprehension_clauses()?;
            let close = self.closing(Op::RPar, &first)?;
            expr(
                ExprKind::GeneratorExp {
                    elt: Box::new(first),
                    generators,
                },
                open.to(close),
            )
        } else if self.at_op(Op::Comma) {
            let elts = self.display_elements(first, Op::RPar)?;
            let close = self.advance();
            expr(ExprKind::Tuple(elts), open.to(close))
        } else {
            self.closing(Op::RPar, &first)?;
            first
        };
        self.level -= 1;
        Ok(result)
    }

    fn list_atom(&mut self) -> PResult<Expr> {
        let open = self.advance();
        self.level += 1;
        if self.at_op(Op::RSqb) {
            let close = self.advance();
            self.level -= 1;
            return Ok(expr(ExprKind::List(Vec::new()), open.to(close)));
        }
        let first = self.star_named_expression()?;
        let result = if self.at_kw(Kw::For) || (self.at_kw(Kw::Async) && self.nth(1).is_kw(Kw::For))
        {
            self.no_starred_element(&first)?;
            let generators = self.comprehension_clauses()?;
            let close = self.closing(Op::RSqb, &first)?;
            expr(
                ExprKind::ListComp {
                    elt: Box::new(first),
                    generators,
                },
                open.to(close),
            )
        } else {
            let elts = self.display_elements(first, Op::RSqb)?;
            let close = self.advance();
            expr(ExprKind::List(elts), open.to(close))
        };
        self.level -= 1;
        Ok(result)
    }

    /// `{}`, dicts, sets and their comprehensions.
    fn brace_atom(&mut self) -> PResult<Expr> {
        let open = self.advance();
        self.level += 1;
        let result = self.brace_inner(open);
        self.level -= 1;
        result
    }

    fn brace_inner(&mut self, open: Span) -> PResult<Expr> {
        if self.at_op(Op::RBrace) {
            let close = self.advance();
            return Ok(expr(
                ExprKind::Dict {
                    keys: Vec::new(),
                    values: Vec::new(),
                },
                open.to(close),
            ));
        }
        let (first_key, first_value) = if self.eat_op(Op::DoubleStar) {
            (None, self.bitwise_or()?)
        } else {
            let first = self.star_named_expression()?;
            if !self.at_op(Op::Colon) {
                return self.set_rest(open, first);
            }
            self.advance();
            (Some(first), self.expression()?)
        };
        if first_key.is_some()
            && (self.at_kw(Kw::For) || (self.at_kw(Kw::Async) && self.nth(1).is_kw(Kw::For)))
        {
            let generators = self.comprehension_clauses()?;
            let close = self.closing(Op::RBrace, &first_value)?;
            let key = Box::new(first_key.unwrap());
            return Ok(expr(
                ExprKind::DictComp {
                    key,
                    value: Box::new(first_value),
                    generators,
                },
                open.to(close),
            ));
        }
        let mut keys = vec![first_key];
        let mut values = vec![first_value];
        loop {
            if !self.eat_op(Op::Comma) {
                if self.at_op(Op::RBrace) {
                    break;
                }
                let last = values.last().unwrap().clone();
                return Err(self.missing_comma(&last));
            }
            if self.at_op(Op::RBrace) {
                break;
            }
            if self.eat_op(Op::DoubleStar) {
                keys.push(None);
                values.push(self.bitwise_or()?);
                continue;
            }
            let key = self.expression()?;
            if !self.eat_op(Op::Colon) {
                if matches!(self.tok(), Tok::Error) {
                    return Err(self.invalid_syntax());
                }
                let mut e = self.error_span("':' expected after dictionary key", key.span);
                e.end_line = e.line;
                e.end_col = 0;
                return Err(e);
            }
            keys.push(Some(key));
            values.push(self.expression()?);
        }
        let close = self.advance();
        Ok(expr(ExprKind::Dict { keys, values }, open.to(close)))
    }

    fn set_rest(&mut self, open: Span, first: Expr) -> PResult<Expr> {
        if self.at_kw(Kw::For) || (self.at_kw(Kw::Async) && self.nth(1).is_kw(Kw::For)) {
            self.no_starred_element(&first)?;
            let generators = self.comprehension_clauses()?;
            let close = self.closing(Op::RBrace, &first)?;
            return Ok(expr(
                ExprKind::SetComp {
                    elt: Box::new(first),
                    generators,
                },
                open.to(close),
            ));
        }
        let elts = self.display_elements(first, Op::RBrace)?;
        let close = self.advance();
        Ok(expr(ExprKind::Set(elts), open.to(close)))
    }

    /// Comma-separated elements after `first`, stopping at (not consuming)
    /// `close`.
    fn display_elements(&mut self, first: Expr, close: Op) -> PResult<Vec<Expr>> {
        let mut elts = vec![first];
        loop {
            if !self.eat_op(Op::Comma) {
                if self.at_op(close) {
                    return Ok(elts);
                }
                let last = elts.last().unwrap().clone();
                return Err(self.missing_comma(&last));
            }
            if self.at_op(close) {
                return Ok(elts);
            }
            elts.push(self.star_named_expression()?);
        }
    }

    fn closing(&mut self, close: Op, last: &Expr) -> PResult<Span> {
        if self.at_op(close) {
            return Ok(self.advance());
        }
        let last = last.clone();
        Err(self.missing_comma(&last))
    }

    fn no_starred_element(&self, e: &Expr) -> PResult<()> {
        if matches!(e.kind, ExprKind::Starred(_)) {
            return Err(
                self.error_span("iterable unpacking cannot be used in comprehension", e.span)
            );
        }
        Ok(())
    }

    /// `for x in xs if c ...` clauses, one or more.
    fn comprehension_clauses(&mut self) -> PResult<Vec<Comprehension>> {
        let mut generators = Vec::new();
        loop {
            let is_async = self.at_kw(Kw::Async) && self.nth(1).is_kw(Kw::For);
            if is_async {
                self.advance();
            }
            if !self.eat_kw(Kw::For) {
                break;
            }
            let target = self.target_list()?;
            if !self.eat_kw(Kw::In) {
                return Err(self.invalid_syntax());
            }
            let iter = self.disjunction()?;
            let mut ifs = Vec::new();
            while self.eat_kw(Kw::If) {
                ifs.push(self.disjunction()?);
            }
            generators.push(Comprehension {
                target,
                iter,
                ifs,
                is_async,
            });
        }
        Ok(generators)
    }

    pub(super) fn yield_expr(&mut self) -> PResult<Expr> {
        let start = self.advance();
        if self.eat_kw(Kw::From) {
            let value = self.expression()?;
            let span = start.to(self.prev_span());
            return Ok(expr(ExprKind::YieldFrom(Box::new(value)), span));
        }
        if self.starts_expression() || self.at_op(Op::Star) {
            let value = self.star_expressions()?;
            let span = start.to(self.prev_span());
            return Ok(expr(ExprKind::Yield(Some(Box::new(value))), span));
        }
        Ok(expr(ExprKind::Yield(None), start))
    }

    /// Parameters of a `def` (annotations allowed) or `lambda`, up to `end`.
    pub(super) fn params(&mut self, end: Op) -> PResult<Params> {
        let lambda = end == Op::Colon;
        let mut p = Params::default();
        let (mut seen_default, mut star, mut slash, mut kwarg) = (false, false, false, false);
        while !self.at_op(end) {
            if kwarg {
                return Err(
                    self.error_span("arguments cannot follow var-keyword argument", self.span())
                );
            }
            match self.tok() {
                Tok::Op(Op::Slash) => {
                    let s = self.span();
                    if slash {
                        return Err(self.error_span("/ may appear only once", s));
                    }
                    if star {
                        return Err(self.error_span("/ must be ahead of *", s));
                    }
                    if p.args.is_empty() {
                        return Err(self.error_span("at least one argument must precede /", s));
                    }
                    self.advance();
                    slash = true;
                    p.posonly = std::mem::take(&mut p.args);
                }
                Tok::Op(Op::Star) => {
                    let s = self.advance();
                    if star {
                        return Err(self.error_span("* argument may appear only once", s));
                    }
                    star = true;
                    if matches!(self.tok(), Tok::Name(_)) {
                        p.vararg = Some(self.param(lambda, false)?);
                    } else if self.at_op(end)
                        || (self.at_op(Op::Comma) && self.nth(1).is_op(Op::DoubleStar))
                    {
                        let at = if lambda { self.span() } else { s };
                        return Err(self.error_span("named arguments must follow bare *", at));
                    }
                }
                Tok::Op(Op::DoubleStar) => {
                    self.advance();
                    p.kwarg = Some(self.param(lambda, false)?);
                    kwarg = true;
                }
                _ => {
                    let param = self.param(lambda, true)?;
                    if star {
                        p.kwonly.push(param);
                    } else {
                        if param.default.is_some() {
                            seen_default = true;
                        } else if seen_default {
                            let msg = "non-default argument follows default argument";
                            return Err(self.error_span(msg, param.span));
                        }
                        p.args.push(param);
                    }
                }
            }
            if !self.eat_op(Op::Comma) {
                break;
            }
        }
        Ok(p)
    }

    fn param(&mut self, lambda: bool, with_default: bool) -> PResult<Param> {
        let (name, start) = self.name()?;
        if !lambda && self.eat_op(Op::Colon) {
            // Annotations are parsed and dropped.
            if self.at_op(Op::Star) {
                self.star_expression()?;
            } else {
                self.expression()?;
            }
        }
        let span = start.to(self.prev_span());
        let default = if with_default && self.eat_op(Op::Equal) {
            Some(self.expression()?)
        } else {
            None
        };
        Ok(Param {
            name,
            default,
            span,
        })
    }
}

/// Is `e` something CPython's `bitwise_or` rule could have produced (no
/// comparison, `not`, `and`/`or`, conditional, lambda)?
pub(super) fn is_bitwise_level(e: &Expr) -> bool {
    !matches!(
        e.kind,
        ExprKind::Compare { .. }
            | ExprKind::BoolOp { .. }
            | ExprKind::UnaryOp {
                op: UnaryOp::Not,
                ..
            }
            | ExprKind::IfExp { .. }
            | ExprKind::Lambda { .. }
            | ExprKind::NamedExpr { .. }
            | ExprKind::Starred(_)
    )
}

/// Targets for which CPython says "cannot assign to X here. Maybe you meant
/// '==' instead of '='?" rather than plain "cannot assign to X".
pub(super) fn here_eligible(e: &Expr) -> bool {
    is_bitwise_level(e)
        && !matches!(
            e.kind,
            ExprKind::List(_)
                | ExprKind::Tuple(_)
                | ExprKind::GeneratorExp { .. }
                | ExprKind::Constant(Constant::True | Constant::False | Constant::None)
        )
}
