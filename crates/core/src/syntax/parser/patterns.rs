//! `match` statements (PEP 634): the subject, the `case` clauses and their
//! patterns. `match` and `case` are soft keywords: `stmt.rs` hands over a
//! line that starts with `match` and ends with a colon.

use super::{PResult, Parser};
use crate::syntax::ast::*;
use crate::syntax::error::SyntaxErrorKind;
use crate::syntax::token::{Kw, Op, Tok};

impl Parser {
    pub(super) fn match_stmt(&mut self) -> PResult<Stmt> {
        let start = self.advance();
        let subject = self.star_expressions()?;
        self.header_colon(false)?;
        if !matches!(self.tok(), Tok::Newline) {
            return Err(self.invalid_syntax());
        }
        self.advance();
        if !matches!(self.tok(), Tok::Indent) {
            let msg = format!(
                "expected an indented block after 'match' statement on line {}",
                start.line
            );
            let mut e = self.error_span(msg, self.span());
            e.kind = SyntaxErrorKind::IndentationError;
            return Err(e);
        }
        self.advance();
        let mut cases = Vec::new();
        while matches!(self.tok(), Tok::Name(n) if n == "case") {
            cases.push(self.case_clause()?);
        }
        if cases.is_empty() || !matches!(self.tok(), Tok::Dedent | Tok::EndMarker) {
            return Err(self.invalid_syntax());
        }
        self.eat_dedent();
        let end = cases.last().map_or(start, |c| c.span);
        Ok(Stmt {
            kind: StmtKind::Match { subject, cases },
            span: start.to(end),
        })
    }

    fn case_clause(&mut self) -> PResult<MatchCase> {
        let start = self.advance();
        let first = self.span();
        let pattern = self.open_patterns()?;
        let pattern_span = first.to(self.prev_span());
        let guard = if self.eat_kw(Kw::If) {
            Some(self.named_expression()?)
        } else {
            None
        };
        self.header_colon(false)?;
        let body = self.block("'case' statement", start.line)?;
        let span = start.to(Self::end_of(&body, start));
        Ok(MatchCase {
            pattern,
            pattern_span,
            guard,
            body,
            span,
        })
    }

    /// `case a, *rest:` is a sequence without brackets.
    fn open_patterns(&mut self) -> PResult<Pattern> {
        let first = self.star_or_pattern()?;
        if !self.at_op(Op::Comma) {
            if matches!(first, Pattern::Star(_)) {
                return Err(self.invalid_syntax());
            }
            return Ok(first);
        }
        let mut items = vec![first];
        while self.eat_op(Op::Comma) {
            if self.at_op(Op::Colon) || self.at_kw(Kw::If) {
                break;
            }
            items.push(self.star_or_pattern()?);
        }
        Ok(Pattern::Sequence(items))
    }

    fn star_or_pattern(&mut self) -> PResult<Pattern> {
        if self.eat_op(Op::Star) {
            let (n, _) = self.name()?;
            return Ok(Pattern::Star((n != "_").then_some(n)));
        }
        self.pattern()
    }

    /// `p | q | ...`, optionally `as name`.
    fn pattern(&mut self) -> PResult<Pattern> {
        self.enter()?;
        let mut alts = vec![self.closed_pattern()?];
        while self.eat_op(Op::VBar) {
            alts.push(self.closed_pattern()?);
        }
        let mut p = if alts.len() == 1 {
            alts.remove(0)
        } else {
            Pattern::Or(alts)
        };
        if self.eat_kw(Kw::As) {
            let (n, span) = self.name()?;
            if n == "_" {
                return Err(self.error_span("cannot use '_' as a target", span));
            }
            p = Pattern::As(Box::new(p), n);
        }
        self.leave();
        Ok(p)
    }

    /// Items up to `close`, each maybe starred.
    fn pattern_items(&mut self, close: Op) -> PResult<Vec<Pattern>> {
        let mut items = Vec::new();
        while !self.at_op(close) {
            items.push(self.star_or_pattern()?);
            if !self.eat_op(Op::Comma) {
                break;
            }
        }
        self.expect_op(close)?;
        Ok(items)
    }

    fn closed_pattern(&mut self) -> PResult<Pattern> {
        match self.tok() {
            Tok::Op(Op::Minus) | Tok::Int { .. } | Tok::Float(_) | Tok::Imag(_) | Tok::Str(_) => {
                Ok(Pattern::Value(self.literal_pattern()?))
            }
            Tok::Kw(Kw::None | Kw::True | Kw::False) => Ok(Pattern::Singleton(self.atom()?)),
            Tok::Op(Op::LPar) => {
                self.advance();
                if self.eat_op(Op::RPar) {
                    return Ok(Pattern::Sequence(Vec::new()));
                }
                let first = self.star_or_pattern()?;
                if !matches!(first, Pattern::Star(_)) && self.eat_op(Op::RPar) {
                    return Ok(first);
                }
                self.expect_op(Op::Comma)?;
                let mut items = vec![first];
                items.extend(self.pattern_items(Op::RPar)?);
                Ok(Pattern::Sequence(items))
            }
            Tok::Op(Op::LSqb) => {
                self.advance();
                Ok(Pattern::Sequence(self.pattern_items(Op::RSqb)?))
            }
            Tok::Op(Op::LBrace) => self.mapping_pattern(),
            Tok::Name(_) => {
                let (n, span) = self.name()?;
                let mut e = Expr {
                    kind: ExprKind::Name(n.clone()),
                    span,
                };
                let mut dotted = false;
                while self.eat_op(Op::Dot) {
                    let (attr, end) = self.name()?;
                    e = Expr {
                        kind: ExprKind::Attribute {
                            value: Box::new(e),
                            attr,
                        },
                        span: span.to(end),
                    };
                    dotted = true;
                }
                if self.at_op(Op::LPar) {
                    return self.class_pattern(e);
                }
                Ok(if dotted {
                    Pattern::Value(e)
                } else if n == "_" {
                    Pattern::Wildcard
                } else {
                    Pattern::Capture(n)
                })
            }
            _ => Err(self.invalid_syntax()),
        }
    }

    /// A number (maybe negative), a complex one (`-1+2j`) or strings.
    fn literal_pattern(&mut self) -> PResult<Expr> {
        if matches!(self.tok(), Tok::Str(_)) {
            return self.strings();
        }
        let start = self.span();
        let negative = self.eat_op(Op::Minus);
        if !matches!(self.tok(), Tok::Int { .. } | Tok::Float(_) | Tok::Imag(_)) {
            return Err(self.invalid_syntax());
        }
        let imaginary = matches!(self.tok(), Tok::Imag(_));
        let mut number = self.atom()?;
        if negative {
            number = Expr {
                span: start.to(number.span),
                kind: ExprKind::UnaryOp {
                    op: UnaryOp::Neg,
                    operand: Box::new(number),
                },
            };
        }
        let op = match self.tok() {
            Tok::Op(Op::Plus) => BinOp::Add,
            Tok::Op(Op::Minus) => BinOp::Sub,
            _ => return Ok(number),
        };
        if imaginary {
            return Err(self.error_span("real number required in complex literal", number.span));
        }
        self.advance();
        let imag = self.atom()?;
        if !matches!(imag.kind, ExprKind::Constant(Constant::Imaginary(_))) {
            return Err(self.error_span("imaginary number required in complex literal", imag.span));
        }
        Ok(Expr {
            span: start.to(imag.span),
            kind: ExprKind::BinOp {
                left: Box::new(number),
                op,
                right: Box::new(imag),
            },
        })
    }

    /// `{"key": p, Color.RED: q, **rest}`.
    fn mapping_pattern(&mut self) -> PResult<Pattern> {
        self.advance();
        let (mut keys, mut values, mut rest) = (Vec::new(), Vec::new(), None);
        while !self.at_op(Op::RBrace) {
            if self.eat_op(Op::DoubleStar) {
                let (n, _) = self.name()?;
                rest = Some(n);
                self.eat_op(Op::Comma);
                break;
            }
            let key = match self.closed_pattern()? {
                Pattern::Value(e) | Pattern::Singleton(e) => e,
                _ => return Err(self.invalid_syntax()),
            };
            self.expect_op(Op::Colon)?;
            keys.push(key);
            values.push(self.pattern()?);
            if !self.eat_op(Op::Comma) {
                break;
            }
        }
        self.expect_op(Op::RBrace)?;
        Ok(Pattern::Mapping { keys, values, rest })
    }

    /// `Point(x, y=0)`: positional patterns, then keyword ones.
    fn class_pattern(&mut self, cls: Expr) -> PResult<Pattern> {
        self.advance();
        let (mut args, mut kwargs) = (Vec::new(), Vec::new());
        while !self.at_op(Op::RPar) {
            if matches!(self.tok(), Tok::Name(_)) && self.nth(1).is_op(Op::Equal) {
                let (name, _) = self.name()?;
                self.advance();
                kwargs.push((name, self.pattern()?));
            } else if !kwargs.is_empty() {
                return Err(
                    self.error_span("positional patterns follow keyword patterns", self.span())
                );
            } else {
                args.push(self.pattern()?);
            }
            if !self.eat_op(Op::Comma) {
                break;
            }
        }
        self.expect_op(Op::RPar)?;
        Ok(Pattern::Class { cls, args, kwargs })
    }
}
