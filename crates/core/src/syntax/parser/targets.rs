//! What may be assigned to or deleted, and CPython's wording when something
//! else is: "cannot assign to function call", with a "here. Maybe you meant
//! '==' instead of '='?" hint in the single-`=` cases where CPython gives it.

use super::expr::{here_eligible, is_bitwise_level};
use super::{PResult, Parser};
use crate::at::At;
use crate::syntax::ast::*;

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum TargetUse {
    Assign,
    Delete,
}

/// CPython's name for a kind of expression in error messages.
pub(crate) fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred(_) => "starred",
        ExprKind::Name(_) => "name",
        ExprKind::List(_) => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::JoinedStr(_) => "f-string expression",
        ExprKind::Constant(Constant::None) => "None",
        ExprKind::Constant(Constant::True) => "True",
        ExprKind::Constant(Constant::False) => "False",
        ExprKind::Constant(Constant::Ellipsis) => "ellipsis",
        ExprKind::Constant(_) => "literal",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// The first part of `e` that cannot be a target, depth first.
fn invalid_part(e: &Expr, use_: TargetUse) -> Option<&Expr> {
    match &e.kind {
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) if use_ == TargetUse::Assign => Some(e),
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        ExprKind::Starred(inner) if use_ == TargetUse::Assign => invalid_part(inner, use_),
        ExprKind::Tuple(elts) | ExprKind::List(elts) => {
            elts.iter().find_map(|x| invalid_part(x, use_))
        }
        _ => Some(e),
    }
}

/// A tuple written without brackets starts where its first element does.
fn is_bare_tuple(e: &Expr) -> bool {
    matches!(&e.kind, ExprKind::Tuple(elts) if elts.first().is_some_and(|f| f.span.line == e.span.line && f.span.col == e.span.col))
}

/// The leftmost `bitwise_or`-level operand of `e`.
fn leading_operand(e: &Expr) -> &Expr {
    match &e.kind {
        ExprKind::Tuple(elts) if is_bare_tuple(e) => leading_operand(elts.at(0)),
        ExprKind::Compare { left, .. } => leading_operand(left),
        ExprKind::BoolOp { values, .. } => leading_operand(values.at(0)),
        ExprKind::IfExp { body, .. } => leading_operand(body),
        _ => e,
    }
}

impl Parser {
    pub(crate) fn check_target(&self, e: &Expr, use_: TargetUse) -> PResult<()> {
        if let Some(bad) = invalid_part(e, use_) {
            if matches!(bad.kind, ExprKind::Yield(_) | ExprKind::YieldFrom(_)) {
                return Err(
                    self.error_span("assignment to yield expression not possible", bad.span)
                );
            }
            let verb = if use_ == TargetUse::Assign {
                "assign to"
            } else {
                "delete"
            };
            return Err(self.error_span(format!("cannot {verb} {}", expr_name(bad)), bad.span));
        }
        Ok(())
    }

    /// `lhs = rhs` with a single `=`: CPython reads it as a mistyped
    /// comparison when the last element before the `=` is the problem.
    pub(crate) fn check_single_assignment(&self, target: &Expr, value: &Expr) -> PResult<()> {
        if invalid_part(target, TargetUse::Assign).is_none() {
            return Ok(());
        }
        let last = match &target.kind {
            ExprKind::Tuple(elts) if is_bare_tuple(target) => elts.last().unwrap(),
            _ => target,
        };
        if matches!(last.kind, ExprKind::Name(_)) {
            let rhs = leading_operand(value);
            if is_bitwise_level(rhs) {
                let msg = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
                return Err(self.error_span(msg, last.span.to(rhs.span)));
            }
        }
        if here_eligible(last) && invalid_part(last, TargetUse::Assign).is_some() {
            let msg = format!(
                "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                expr_name(last)
            );
            return Err(self.error_span(msg, last.span));
        }
        Ok(())
    }

    /// `x = a and b = 1`: CPython reads `x = a` as a mistyped comparison.
    pub(crate) fn check_chained_assignment(&self, targets: &[Expr]) -> PResult<()> {
        if targets
            .iter()
            .all(|t| invalid_part(t, TargetUse::Assign).is_none())
        {
            return Ok(());
        }
        let rhs = leading_operand(&targets[1]);
        if matches!(targets[0].kind, ExprKind::Name(_))
            && !std::ptr::eq(rhs, &targets[1])
            && is_bitwise_level(rhs)
        {
            let msg = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
            return Err(self.error_span(msg, targets[0].span.to(rhs.span)));
        }
        Ok(())
    }

    pub(crate) fn check_annotation_target(&self, e: &Expr) -> PResult<()> {
        let msg = match e.kind {
            ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
                return Ok(())
            }
            ExprKind::Tuple(_) => "only single target (not tuple) can be annotated",
            ExprKind::List(_) => "only single target (not list) can be annotated",
            _ => "illegal target for annotation",
        };
        Err(self.error_span(msg, e.span))
    }
}
