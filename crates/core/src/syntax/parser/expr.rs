//! Expressions, from the loosest binding (`lambda`, `x if c else y`) down to
//! atoms. Binary operators use precedence climbing so that one function
//! covers all six levels from `|` to `*`, which keeps the recursion (and so
//! the stack used per nested bracket) small.

use super::targets::expr_name;
use super::{PResult, Parser};
use crate::at::At;
use crate::syntax::ast::*;
use crate::syntax::token::{Kw, Op, Tok};

fn expr(kind: ExprKind, span: Span) -> Expr {
    Expr { kind, span }
}

// Binding strength, loosest first, from `or` to `**`.
const PREC_OR: u8 = 1;
const PREC_AND: u8 = 2;
const PREC_NOT: u8 = 3;
const PREC_COMPARE: u8 = 4;
const PREC_BITOR: u8 = 5;
const PREC_UNARY: u8 = 11;
const PREC_POWER: u8 = 12;

/// Binary operators from `|` (5) to `*` (10).
fn binary_op(tok: &Tok) -> Option<(BinOp, u8)> {
    let Tok::Op(op) = tok else { return None };
    Some(match op {
        Op::VBar => (BinOp::BitOr, 5),
        Op::Circumflex => (BinOp::BitXor, 6),
        Op::Amper => (BinOp::BitAnd, 7),
        Op::LeftShift => (BinOp::LShift, 8),
        Op::RightShift => (BinOp::RShift, 8),
        Op::Plus => (BinOp::Add, 9),
        Op::Minus => (BinOp::Sub, 9),
        Op::Star => (BinOp::Mult, 10),
        Op::Slash => (BinOp::Div, 10),
        Op::DoubleSlash => (BinOp::FloorDiv, 10),
        Op::Percent => (BinOp::Mod, 10),
        Op::At => (BinOp::MatMult, 10),
        _ => return None,
    })
}

/// Comparison operators spelled with symbols.
fn compare_op(tok: &Tok) -> Option<CmpOp> {
    let Tok::Op(op) = tok else { return None };
    Some(match op {
        Op::EqEqual => CmpOp::Eq,
        Op::NotEqual => CmpOp::NotEq,
        Op::Less => CmpOp::Lt,
        Op::LessEqual => CmpOp::LtE,
        Op::Greater => CmpOp::Gt,
        Op::GreaterEqual => CmpOp::GtE,
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
            let save = (self.pos, self.depth, self.chain);
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
            (self.pos, self.depth, self.chain) = save;
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

    pub(super) fn disjunction(&mut self) -> PResult<Expr> {
        self.operators(PREC_OR)
    }

    pub(super) fn bitwise_or(&mut self) -> PResult<Expr> {
        self.operators(PREC_BITOR)
    }

    /// Precedence climbing over every operator from `or` down to `**`:
    /// one function (rather than one per level) keeps the stack used per
    /// nested bracket small. Parses operators binding at least as tightly
    /// as `min`.
    fn operators(&mut self, min: u8) -> PResult<Expr> {
        let start = self.span();
        let mut left = self.prefixed(min)?;
        let mut chain = 0;
        loop {
            let tok = self.tok();
            let prec = match tok {
                Tok::Kw(Kw::Or) => PREC_OR,
                Tok::Kw(Kw::And) => PREC_AND,
                Tok::Kw(Kw::In | Kw::Is) => PREC_COMPARE,
                Tok::Kw(Kw::Not) if self.nth(1).is_kw(Kw::In) => PREC_COMPARE,
                Tok::Op(Op::DoubleStar) => PREC_POWER,
                t => match compare_op(t) {
                    Some(_) => PREC_COMPARE,
                    None => match binary_op(t) {
                        Some((_, p)) => p,
                        None => break,
                    },
                },
            };
            if prec < min {
                break;
            }
            self.link()?;
            chain += 1;
            let kind = match prec {
                PREC_OR | PREC_AND => {
                    let (kw, op) = if prec == PREC_OR {
                        (Kw::Or, BoolOp::Or)
                    } else {
                        (Kw::And, BoolOp::And)
                    };
                    let mut values = vec![left];
                    while self.eat_kw(kw) {
                        values.push(self.operators(prec + 1)?);
                    }
                    ExprKind::BoolOp { op, values }
                }
                PREC_COMPARE => {
                    let (mut ops, mut comparators) = (Vec::new(), Vec::new());
                    while let Some(op) = self.comparison_op() {
                        ops.push(op);
                        comparators.push(self.operators(PREC_COMPARE + 1)?);
                    }
                    ExprKind::Compare {
                        left: Box::new(left),
                        ops,
                        comparators,
                    }
                }
                PREC_POWER => {
                    self.advance();
                    // Right-associative, and the exponent may be unary: `2**-1`.
                    let right = self.operators(PREC_UNARY)?;
                    ExprKind::BinOp {
                        left: Box::new(left),
                        op: BinOp::Pow,
                        right: Box::new(right),
                    }
                }
                _ => {
                    let (op, _) = binary_op(self.tok()).unwrap();
                    self.advance();
                    let right = self.operators(prec + 1)?;
                    ExprKind::BinOp {
                        left: Box::new(left),
                        op,
                        right: Box::new(right),
                    }
                }
            };
            left = expr(kind, start.to(self.prev_span()));
        }
        self.chain -= chain;
        Ok(left)
    }

    /// `not x` and unary `+`, `-`, `~` (when allowed at this precedence),
    /// else an awaited primary. Unary minus binds more loosely than `**` on
    /// its right: `-2**2` is `-(2**2)`.
    fn prefixed(&mut self, min: u8) -> PResult<Expr> {
        let (op, prec) = match self.tok() {
            Tok::Kw(Kw::Not) if min <= PREC_NOT => (UnaryOp::Not, PREC_NOT),
            Tok::Op(Op::Minus) if min <= PREC_UNARY => (UnaryOp::Neg, PREC_UNARY),
            Tok::Op(Op::Plus) if min <= PREC_UNARY => (UnaryOp::Pos, PREC_UNARY),
            Tok::Op(Op::Tilde) if min <= PREC_UNARY => (UnaryOp::Invert, PREC_UNARY),
            _ => return self.await_primary(),
        };
        let start = self.advance();
        self.enter()?;
        let operand = self.operators(prec);
        self.leave();
        let operand = Box::new(operand?);
        Ok(expr(
            ExprKind::UnaryOp { op, operand },
            start.to(self.prev_span()),
        ))
    }

    /// Consumes a comparison operator (`not in` and `is not` are two tokens).
    fn comparison_op(&mut self) -> Option<CmpOp> {
        let op = match self.tok() {
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
            t => compare_op(t)?,
        };
        self.advance();
        Some(op)
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
            self.link()?;
            chain += 1;
        }
        self.chain -= chain;
        Ok(e)
    }

    /// Call arguments after `(`, through the closing `)`.
    pub(super) fn call_args(&mut self, open: Span) -> PResult<(Vec<Expr>, Vec<Keyword>)> {
        self.level += 1;
        let mut args: Vec<Expr> = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        let mut out_of_order = None;
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
                        // CPython points at the closing parenthesis.
                        out_of_order.get_or_insert(msg);
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
                return Err(match last {
                    Some(a) => self.missing_comma(a),
                    None => self.invalid_syntax(),
                });
            }
        }
        let close = self.expect_op(Op::RPar)?;
        if let Some(msg) = out_of_order {
            return Err(self.error_span(msg, close));
        }
        self.level -= 1;
        if let Some(span) = genexp_at {
            if count > 1 || self.toks.at(self.pos - 2).tok.is_op(Op::Comma) {
                return Err(self.error_span("Generator expression must be parenthesized", span));
            }
            // A sole generator argument shares the call's parentheses.
            args.at_mut(0).span = open.to(close);
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
            let save = (self.pos, self.depth, self.chain, self.level);
            if let Ok(second) = self.expression() {
                return self.error_span(
                    "invalid syntax. Perhaps you forgot a comma?",
                    first.span.to(second.span),
                );
            }
            (self.pos, self.depth, self.chain, self.level) = save;
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

    pub(super) fn atom(&mut self) -> PResult<Expr> {
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
        let comprehension =
            self.at_kw(Kw::For) || (self.at_kw(Kw::Async) && self.nth(1).is_kw(Kw::For));
        let first_key = match (first_key, comprehension) {
            (Some(key), true) => {
                let generators = self.comprehension_clauses()?;
                let close = self.closing(Op::RBrace, &first_value)?;
                return Ok(expr(
                    ExprKind::DictComp {
                        key: Box::new(key),
                        value: Box::new(first_value),
                        generators,
                    },
                    open.to(close),
                ));
            }
            (key, _) => key,
        };
        let mut keys = vec![first_key];
        let mut values = vec![first_value];
        loop {
            if !self.eat_op(Op::Comma) {
                if self.at_op(Op::RBrace) {
                    break;
                }
                return Err(self.missing_comma(values.last().unwrap()));
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
                return Err(self.missing_comma(elts.last().unwrap()));
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
        Err(self.missing_comma(last))
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
        let mut annotation = None;
        if !lambda && self.eat_op(Op::Colon) {
            if self.at_op(Op::Star) {
                self.star_expression()?;
            } else {
                annotation = Some(Box::new(self.expression()?));
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
            annotation,
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
