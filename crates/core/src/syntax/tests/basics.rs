//! Small direct checks of the tree shape, independent of CPython.

use crate::syntax::ast::*;
use crate::syntax::parse;

fn only_expr(src: &str) -> Expr {
    match parse(src).unwrap().body.remove(0).kind {
        StmtKind::Expr(e) => e,
        other => panic!("not an expression statement: {other:?}"),
    }
}

#[test]
fn empty_and_odd_line_endings() {
    assert!(parse("").unwrap().body.is_empty());
    assert!(parse("# only a comment\n\n   \n").unwrap().body.is_empty());
    assert_eq!(parse("x = 1").unwrap().body.len(), 1);
    let crlf = parse("if x:\r\n\tpass\r\nelse:\r\n\tpass\r\n").unwrap();
    assert!(matches!(crlf.body[0].kind, StmtKind::If { .. }));
}

#[test]
fn power_binds_tighter_than_unary_minus() {
    let e = only_expr("-2**2\n");
    let ExprKind::UnaryOp {
        op: UnaryOp::Neg,
        operand,
    } = e.kind
    else {
        panic!("{e:?}")
    };
    assert!(matches!(
        operand.kind,
        ExprKind::BinOp { op: BinOp::Pow, .. }
    ));
}

#[test]
fn fstring_parts() {
    let e = only_expr("f'a{x=}b{y!r:>{w}}'\n");
    let ExprKind::JoinedStr(parts) = e.kind else {
        panic!()
    };
    assert_eq!(parts.len(), 4);
    assert!(
        matches!(&parts[1], FStringPart::Formatted { conversion: Some('r'), debug_text: Some(t), .. } if t == "x=")
    );
    let FStringPart::Formatted {
        format_spec: Some(spec),
        ..
    } = &parts[3]
    else {
        panic!()
    };
    assert_eq!(spec.len(), 2);
}

#[test]
fn numbers() {
    let nums = only_expr("(0x_ff, 0o17, 0b101, 1_000, 1e-3, .5, 5., 2j)\n");
    let ExprKind::Tuple(elts) = nums.kind else {
        panic!()
    };
    let constants: Vec<Constant> = elts
        .into_iter()
        .map(|e| match e.kind {
            ExprKind::Constant(c) => c,
            _ => panic!(),
        })
        .collect();
    assert_eq!(
        constants[0],
        Constant::Int {
            digits: "ff".into(),
            radix: 16
        }
    );
    assert_eq!(
        constants[1],
        Constant::Int {
            digits: "17".into(),
            radix: 8
        }
    );
    assert_eq!(
        constants[2],
        Constant::Int {
            digits: "101".into(),
            radix: 2
        }
    );
    assert_eq!(
        constants[3],
        Constant::Int {
            digits: "1000".into(),
            radix: 10
        }
    );
    assert_eq!(constants[4], Constant::Float(1e-3));
    assert_eq!(constants[5], Constant::Float(0.5));
    assert_eq!(constants[6], Constant::Float(5.0));
    assert_eq!(constants[7], Constant::Imaginary(2.0));
}

#[test]
fn function_header_span() {
    let m = parse("@dec\nasync def f(a, *, b=1):\n    pass\n").unwrap();
    let StmtKind::FunctionDef(f) = &m.body[0].kind else {
        panic!()
    };
    assert!(f.is_async);
    assert_eq!(f.span, Span::new(2, 0, 2, 23));
    assert_eq!(m.body[0].span, Span::new(2, 0, 3, 8));
    assert_eq!(f.params.kwonly[0].name, "b");
}
