//! Every statement and expression span equals CPython's `lineno`,
//! `col_offset`, `end_lineno`, `end_col_offset` (for ASCII sources, where
//! CPython's byte columns and our character columns agree). Nodes inside
//! f-strings are left out: CPython 3.11 gives them the whole string's span.

use super::roundtrip::CORPUS;
use super::support::{python, TempFile};
use crate::syntax::ast::*;
use crate::syntax::parse;

const CPYTHON_SPANS: &str = r#"
import ast, sys
class Strip(ast.NodeTransformer):
    def visit_arg(self, node):
        node.annotation = None
        return node
    def visit_FunctionDef(self, node):
        self.generic_visit(node)
        node.returns = None
        return node
    visit_AsyncFunctionDef = visit_FunctionDef
for path in sys.argv[1:]:
    tree = Strip().visit(ast.parse(open(path, encoding='utf-8').read()))
    inside = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            inside.update(id(n) for n in ast.walk(node) if n is not node)
    out = [f"{type(n).__name__} {n.lineno}:{n.col_offset}-{n.end_lineno}:{n.end_col_offset}"
           for n in ast.walk(tree) if isinstance(n, (ast.stmt, ast.expr)) and id(n) not in inside]
    print("|".join(sorted(out)))
"#;

fn record(out: &mut Vec<String>, name: &str, s: Span) {
    out.push(format!(
        "{name} {}:{}-{}:{}",
        s.line, s.col, s.end_line, s.end_col
    ));
}

fn stmts(out: &mut Vec<String>, body: &[Stmt]) {
    for s in body {
        stmt(out, s);
    }
}

fn stmt(out: &mut Vec<String>, s: &Stmt) {
    let name = match &s.kind {
        StmtKind::Expr(e) => {
            expr(out, e);
            "Expr"
        }
        StmtKind::Assign { targets, value } => {
            targets.iter().chain([value]).for_each(|e| expr(out, e));
            "Assign"
        }
        StmtKind::AugAssign { target, value, .. } => {
            expr(out, target);
            expr(out, value);
            "AugAssign"
        }
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
        } => {
            [target, annotation]
                .into_iter()
                .chain(value)
                .for_each(|e| expr(out, e));
            "AnnAssign"
        }
        StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
            expr(out, test);
            stmts(out, body);
            stmts(out, orelse);
            if matches!(s.kind, StmtKind::If { .. }) {
                "If"
            } else {
                "While"
            }
        }
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
            is_async,
        } => {
            expr(out, target);
            expr(out, iter);
            stmts(out, body);
            stmts(out, orelse);
            if *is_async {
                "AsyncFor"
            } else {
                "For"
            }
        }
        StmtKind::FunctionDef(f) => {
            f.decorators.iter().for_each(|e| expr(out, e));
            params(out, &f.params);
            stmts(out, &f.body);
            if f.is_async {
                "AsyncFunctionDef"
            } else {
                "FunctionDef"
            }
        }
        StmtKind::ClassDef(c) => {
            c.decorators
                .iter()
                .chain(&c.bases)
                .for_each(|e| expr(out, e));
            c.keywords.iter().for_each(|k| expr(out, &k.value));
            stmts(out, &c.body);
            "ClassDef"
        }
        StmtKind::Return(v) => {
            v.iter().for_each(|e| expr(out, e));
            "Return"
        }
        StmtKind::Break => "Break",
        StmtKind::Continue => "Continue",
        StmtKind::Pass => "Pass",
        StmtKind::Match { subject, cases } => {
            expr(out, subject);
            for c in cases {
                c.guard.iter().for_each(|e| expr(out, e));
                stmts(out, &c.body);
            }
            "Match"
        }
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            stmts(out, body);
            for h in handlers {
                h.typ.iter().for_each(|e| expr(out, e));
                stmts(out, &h.body);
            }
            stmts(out, orelse);
            stmts(out, finalbody);
            "Try"
        }
        StmtKind::Raise { exc, cause } => {
            exc.iter().chain(cause).for_each(|e| expr(out, e));
            "Raise"
        }
        StmtKind::With {
            items,
            body,
            is_async,
        } => {
            for i in items {
                expr(out, &i.context);
                i.target.iter().for_each(|e| expr(out, e));
            }
            stmts(out, body);
            if *is_async {
                "AsyncWith"
            } else {
                "With"
            }
        }
        StmtKind::Assert { test, msg } => {
            expr(out, test);
            msg.iter().for_each(|e| expr(out, e));
            "Assert"
        }
        StmtKind::Delete(ts) => {
            ts.iter().for_each(|e| expr(out, e));
            "Delete"
        }
        StmtKind::Global(_) => "Global",
        StmtKind::Nonlocal(_) => "Nonlocal",
        StmtKind::Import(_) => "Import",
        StmtKind::ImportFrom { .. } => "ImportFrom",
    };
    record(out, name, s.span);
}

fn params(out: &mut Vec<String>, p: &Params) {
    let all = p.posonly.iter().chain(&p.args).chain(&p.kwonly);
    all.filter_map(|a| a.default.as_ref())
        .for_each(|e| expr(out, e));
}

fn generators(out: &mut Vec<String>, gens: &[Comprehension]) {
    for g in gens {
        expr(out, &g.target);
        expr(out, &g.iter);
        g.ifs.iter().for_each(|e| expr(out, e));
    }
}

fn expr(out: &mut Vec<String>, e: &Expr) {
    let name = match &e.kind {
        ExprKind::Name(_) => "Name",
        ExprKind::Constant(_) => "Constant",
        ExprKind::JoinedStr(_) => "JoinedStr",
        ExprKind::BinOp { left, right, .. } => {
            expr(out, left);
            expr(out, right);
            "BinOp"
        }
        ExprKind::UnaryOp { operand, .. } => {
            expr(out, operand);
            "UnaryOp"
        }
        ExprKind::BoolOp { values, .. } => {
            values.iter().for_each(|v| expr(out, v));
            "BoolOp"
        }
        ExprKind::Compare {
            left, comparators, ..
        } => {
            expr(out, left);
            comparators.iter().for_each(|v| expr(out, v));
            "Compare"
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            expr(out, func);
            args.iter().for_each(|v| expr(out, v));
            keywords.iter().for_each(|k| expr(out, &k.value));
            "Call"
        }
        ExprKind::Attribute { value, .. } => {
            expr(out, value);
            "Attribute"
        }
        ExprKind::Subscript { value, index } => {
            expr(out, value);
            expr(out, index);
            "Subscript"
        }
        ExprKind::Slice { lower, upper, step } => {
            [lower, upper, step]
                .into_iter()
                .flatten()
                .for_each(|v| expr(out, v));
            "Slice"
        }
        ExprKind::List(elts) | ExprKind::Tuple(elts) | ExprKind::Set(elts) => {
            elts.iter().for_each(|v| expr(out, v));
            match e.kind {
                ExprKind::List(_) => "List",
                ExprKind::Tuple(_) => "Tuple",
                _ => "Set",
            }
        }
        ExprKind::Dict { keys, values } => {
            keys.iter()
                .flatten()
                .chain(values)
                .for_each(|v| expr(out, v));
            "Dict"
        }
        ExprKind::ListComp { elt, generators: g }
        | ExprKind::SetComp { elt, generators: g }
        | ExprKind::GeneratorExp { elt, generators: g } => {
            expr(out, elt);
            generators(out, g);
            match e.kind {
                ExprKind::ListComp { .. } => "ListComp",
                ExprKind::SetComp { .. } => "SetComp",
                _ => "GeneratorExp",
            }
        }
        ExprKind::DictComp {
            key,
            value,
            generators: g,
        } => {
            expr(out, key);
            expr(out, value);
            generators(out, g);
            "DictComp"
        }
        ExprKind::Lambda { params: p, body } => {
            params(out, p);
            expr(out, body);
            "Lambda"
        }
        ExprKind::IfExp { test, body, orelse } => {
            [test, body, orelse].into_iter().for_each(|v| expr(out, v));
            "IfExp"
        }
        ExprKind::Await(v) => {
            expr(out, v);
            "Await"
        }
        ExprKind::Yield(v) => {
            v.iter().for_each(|v| expr(out, v));
            "Yield"
        }
        ExprKind::YieldFrom(v) => {
            expr(out, v);
            "YieldFrom"
        }
        ExprKind::Starred(v) => {
            expr(out, v);
            "Starred"
        }
        ExprKind::NamedExpr { target, value } => {
            expr(out, target);
            expr(out, value);
            "NamedExpr"
        }
    };
    record(out, name, e.span);
}

fn our_spans(src: &str) -> Vec<String> {
    let mut out = Vec::new();
    stmts(&mut out, &parse(src).unwrap().body);
    out.sort();
    out
}

/// A few spans checked without CPython, values as CPython 3.11 reports them.
#[test]
fn spans_of_sample_statements() {
    let spans = our_spans("x = (1, 2)\nif a:\n    f(y for y in z)\nelse:\n    pass\n");
    for expected in [
        "Assign 1:0-1:10",
        "Tuple 1:4-1:10",
        "If 2:0-5:8",
        "GeneratorExp 3:5-3:19",
        "Call 3:4-3:19",
        "Pass 5:4-5:8",
    ] {
        assert!(
            spans.contains(&expected.to_string()),
            "missing {expected} in {spans:?}"
        );
    }
}

#[test]
fn spans_match_cpython() {
    let ascii: Vec<&(&str, &str)> = CORPUS.iter().filter(|(_, src)| src.is_ascii()).collect();
    let files: Vec<TempFile> = ascii
        .iter()
        .map(|(name, src)| TempFile::new(&format!("spans-{name}"), src))
        .collect();
    let paths: Vec<&str> = files.iter().map(|f| f.path()).collect();
    let Some(out) = python(CPYTHON_SPANS, &paths) else {
        return;
    };
    let mut failures = Vec::new();
    for ((name, src), line) in ascii.iter().zip(out.lines()) {
        let theirs: Vec<&str> = line.split('|').collect();
        let ours = our_spans(src);
        let missing: Vec<&&str> = theirs
            .iter()
            .filter(|t| !ours.iter().any(|o| o == **t))
            .collect();
        let extra: Vec<&String> = ours
            .iter()
            .filter(|o| !theirs.contains(&o.as_str()))
            .collect();
        if !missing.is_empty() || !extra.is_empty() {
            failures.push(format!(
                "{name}:\n  CPython only: {missing:?}\n  ours only: {extra:?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
