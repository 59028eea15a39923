//! Our AST printed the way CPython's `ast.dump(tree)` prints its own, so the
//! two can be compared as text. Where ast.rs holds less than CPython's tree
//! the difference is made up here:
//! - expression contexts (`ctx=Load()/Store()/Del()`) follow from position;
//! - `AnnAssign.simple` is 1 for a plain name target (our AST does not record
//!   whether the name was parenthesized);
//! - parameter and return annotations are dropped by our parser, so the
//!   CPython side strips them before dumping (see `CPYTHON_DUMP`);
//! - `async` statements map to the `Async*` node names.

use crate::syntax::ast::*;

/// The CPython side: parse each file, drop the annotations our AST does not
/// keep, and print one `ast.dump` line per file.
pub const CPYTHON_DUMP: &str = r#"
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
    with open(path, encoding='utf-8') as f:
        tree = ast.parse(f.read())
    print(ast.dump(Strip().visit(tree)))
"#;

#[derive(Clone, Copy)]
enum Ctx {
    Load,
    Store,
    Del,
}

impl Ctx {
    fn dump(self) -> &'static str {
        match self {
            Ctx::Load => "Load()",
            Ctx::Store => "Store()",
            Ctx::Del => "Del()",
        }
    }
}

pub fn dump_module(m: &Module) -> String {
    format!("Module(body={}, type_ignores=[])", stmts(&m.body))
}

fn list<T>(items: &[T], f: impl Fn(&T) -> String) -> String {
    let parts: Vec<String> = items.iter().map(f).collect();
    format!("[{}]", parts.join(", "))
}

fn stmts(body: &[Stmt]) -> String {
    list(body, stmt)
}

fn load(e: &Expr) -> String {
    expr(e, Ctx::Load)
}

fn store(e: &Expr) -> String {
    expr(e, Ctx::Store)
}

fn opt(name: &str, e: &Option<Expr>) -> String {
    match e {
        Some(e) => format!(", {name}={}", load(e)),
        None => String::new(),
    }
}

fn stmt(s: &Stmt) -> String {
    match &s.kind {
        StmtKind::Expr(e) => format!("Expr(value={})", load(e)),
        StmtKind::Assign { targets, value } => {
            format!(
                "Assign(targets={}, value={})",
                list(targets, store),
                load(value)
            )
        }
        StmtKind::AugAssign { target, op, value } => {
            format!(
                "AugAssign(target={}, op={}, value={})",
                store(target),
                binop(*op),
                load(value)
            )
        }
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
        } => {
            let simple = matches!(target.kind, ExprKind::Name(_)) as u8;
            format!(
                "AnnAssign(target={}, annotation={}{}, simple={simple})",
                store(target),
                load(annotation),
                opt("value", value)
            )
        }
        StmtKind::If { test, body, orelse } => {
            format!(
                "If(test={}, body={}, orelse={})",
                load(test),
                stmts(body),
                stmts(orelse)
            )
        }
        StmtKind::While { test, body, orelse } => {
            format!(
                "While(test={}, body={}, orelse={})",
                load(test),
                stmts(body),
                stmts(orelse)
            )
        }
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
            is_async,
        } => format!(
            "{}For(target={}, iter={}, body={}, orelse={})",
            if *is_async { "Async" } else { "" },
            store(target),
            load(iter),
            stmts(body),
            stmts(orelse)
        ),
        StmtKind::FunctionDef(f) => format!(
            "{}FunctionDef(name='{}', args={}, body={}, decorator_list={})",
            if f.is_async { "Async" } else { "" },
            f.name,
            params(&f.params),
            stmts(&f.body),
            list(&f.decorators, load)
        ),
        StmtKind::ClassDef(c) => format!(
            "ClassDef(name='{}', bases={}, keywords={}, body={}, decorator_list={})",
            c.name,
            list(&c.bases, load),
            list(&c.keywords, keyword),
            stmts(&c.body),
            list(&c.decorators, load)
        ),
        StmtKind::Return(v) => format!(
            "Return({})",
            v.as_ref()
                .map(|v| format!("value={}", load(v)))
                .unwrap_or_default()
        ),
        StmtKind::Break => "Break()".into(),
        StmtKind::Continue => "Continue()".into(),
        StmtKind::Pass => "Pass()".into(),
        // Not in the corpus compared with `ast.dump` (patterns are not dumped).
        StmtKind::Match { subject, cases } => {
            format!("Match(subject={}, cases={})", load(subject), cases.len())
        }
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => format!(
            "Try(body={}, handlers={}, orelse={}, finalbody={})",
            stmts(body),
            list(handlers, handler),
            stmts(orelse),
            stmts(finalbody)
        ),
        StmtKind::Raise { exc, cause } => {
            let mut fields = Vec::new();
            if let Some(e) = exc {
                fields.push(format!("exc={}", load(e)));
            }
            if let Some(c) = cause {
                fields.push(format!("cause={}", load(c)));
            }
            format!("Raise({})", fields.join(", "))
        }
        StmtKind::With {
            items,
            body,
            is_async,
        } => format!(
            "{}With(items={}, body={})",
            if *is_async { "Async" } else { "" },
            list(items, |i| {
                let vars = i
                    .target
                    .as_ref()
                    .map(|t| format!(", optional_vars={}", store(t)))
                    .unwrap_or_default();
                format!("withitem(context_expr={}{vars})", load(&i.context))
            }),
            stmts(body)
        ),
        StmtKind::Assert { test, msg } => format!("Assert(test={}{})", load(test), opt("msg", msg)),
        StmtKind::Delete(targets) => {
            format!("Delete(targets={})", list(targets, |t| expr(t, Ctx::Del)))
        }
        StmtKind::Global(names) => format!("Global(names={})", list(names, |n| format!("'{n}'"))),
        StmtKind::Nonlocal(names) => {
            format!("Nonlocal(names={})", list(names, |n| format!("'{n}'")))
        }
        StmtKind::Import(names) => format!("Import(names={})", list(names, alias)),
        StmtKind::ImportFrom {
            module,
            names,
            level,
        } => {
            let module = if module.is_empty() {
                String::new()
            } else {
                format!("module='{module}', ")
            };
            format!(
                "ImportFrom({module}names={}, level={level})",
                list(names, alias)
            )
        }
    }
}

fn alias(a: &Alias) -> String {
    match &a.asname {
        Some(n) => format!("alias(name='{}', asname='{n}')", a.name),
        None => format!("alias(name='{}')", a.name),
    }
}

fn handler(h: &ExceptHandler) -> String {
    let mut fields = Vec::new();
    if let Some(t) = &h.typ {
        fields.push(format!("type={}", load(t)));
    }
    if let Some(n) = &h.name {
        fields.push(format!("name='{n}'"));
    }
    fields.push(format!("body={}", stmts(&h.body)));
    format!("ExceptHandler({})", fields.join(", "))
}

fn keyword(k: &Keyword) -> String {
    match &k.arg {
        Some(a) => format!("keyword(arg='{a}', value={})", load(&k.value)),
        None => format!("keyword(value={})", load(&k.value)),
    }
}

fn arg(p: &Param) -> String {
    format!("arg(arg='{}')", p.name)
}

fn params(p: &Params) -> String {
    let positional: Vec<&Param> = p.posonly.iter().chain(&p.args).collect();
    let defaults: Vec<String> = positional
        .iter()
        .filter_map(|a| a.default.as_ref().map(load))
        .collect();
    let kw_defaults: Vec<String> = p
        .kwonly
        .iter()
        .map(|a| a.default.as_ref().map(load).unwrap_or("None".into()))
        .collect();
    let vararg = p
        .vararg
        .as_ref()
        .map(|a| format!("vararg={}, ", arg(a)))
        .unwrap_or_default();
    let kwarg = p
        .kwarg
        .as_ref()
        .map(|a| format!("kwarg={}, ", arg(a)))
        .unwrap_or_default();
    format!(
        "arguments(posonlyargs={}, args={}, {vararg}kwonlyargs={}, kw_defaults=[{}], {kwarg}defaults=[{}])",
        list(&p.posonly, arg),
        list(&p.args, arg),
        list(&p.kwonly, arg),
        kw_defaults.join(", "),
        defaults.join(", ")
    )
}

fn comprehension(c: &Comprehension) -> String {
    format!(
        "comprehension(target={}, iter={}, ifs={}, is_async={})",
        store(&c.target),
        load(&c.iter),
        list(&c.ifs, load),
        c.is_async as u8
    )
}

fn expr(e: &Expr, ctx: Ctx) -> String {
    match &e.kind {
        ExprKind::Name(id) => format!("Name(id='{id}', ctx={})", ctx.dump()),
        ExprKind::Constant(c) => format!("Constant(value={})", constant(c)),
        ExprKind::JoinedStr(parts) => joined(parts),
        ExprKind::BinOp { left, op, right } => format!(
            "BinOp(left={}, op={}, right={})",
            load(left),
            binop(*op),
            load(right)
        ),
        ExprKind::UnaryOp { op, operand } => {
            let op = match op {
                UnaryOp::Not => "Not()",
                UnaryOp::Neg => "USub()",
                UnaryOp::Pos => "UAdd()",
                UnaryOp::Invert => "Invert()",
            };
            format!("UnaryOp(op={op}, operand={})", load(operand))
        }
        ExprKind::BoolOp { op, values } => {
            let op = if *op == BoolOp::And { "And()" } else { "Or()" };
            format!("BoolOp(op={op}, values={})", list(values, load))
        }
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => format!(
            "Compare(left={}, ops={}, comparators={})",
            load(left),
            list(ops, |o| cmpop(*o).to_string()),
            list(comparators, load)
        ),
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            format!(
                "Call(func={}, args={}, keywords={})",
                load(func),
                list(args, load),
                list(keywords, keyword)
            )
        }
        ExprKind::Attribute { value, attr } => format!(
            "Attribute(value={}, attr='{attr}', ctx={})",
            load(value),
            ctx.dump()
        ),
        ExprKind::Subscript { value, index } => {
            format!(
                "Subscript(value={}, slice={}, ctx={})",
                load(value),
                load(index),
                ctx.dump()
            )
        }
        ExprKind::Slice { lower, upper, step } => {
            let mut fields = Vec::new();
            for (name, v) in [("lower", lower), ("upper", upper), ("step", step)] {
                if let Some(v) = v {
                    fields.push(format!("{name}={}", load(v)));
                }
            }
            format!("Slice({})", fields.join(", "))
        }
        ExprKind::List(elts) => format!(
            "List(elts={}, ctx={})",
            list(elts, |x| expr(x, ctx)),
            ctx.dump()
        ),
        ExprKind::Tuple(elts) => format!(
            "Tuple(elts={}, ctx={})",
            list(elts, |x| expr(x, ctx)),
            ctx.dump()
        ),
        ExprKind::Set(elts) => format!("Set(elts={})", list(elts, load)),
        ExprKind::Dict { keys, values } => format!(
            "Dict(keys={}, values={})",
            list(keys, |k| k.as_ref().map(load).unwrap_or("None".into())),
            list(values, load)
        ),
        ExprKind::ListComp { elt, generators } => {
            format!(
                "ListComp(elt={}, generators={})",
                load(elt),
                list(generators, comprehension)
            )
        }
        ExprKind::SetComp { elt, generators } => {
            format!(
                "SetComp(elt={}, generators={})",
                load(elt),
                list(generators, comprehension)
            )
        }
        ExprKind::GeneratorExp { elt, generators } => {
            format!(
                "GeneratorExp(elt={}, generators={})",
                load(elt),
                list(generators, comprehension)
            )
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => format!(
            "DictComp(key={}, value={}, generators={})",
            load(key),
            load(value),
            list(generators, comprehension)
        ),
        ExprKind::Lambda { params: p, body } => {
            format!("Lambda(args={}, body={})", params(p), load(body))
        }
        ExprKind::IfExp { test, body, orelse } => {
            format!(
                "IfExp(test={}, body={}, orelse={})",
                load(test),
                load(body),
                load(orelse)
            )
        }
        ExprKind::Await(v) => format!("Await(value={})", load(v)),
        ExprKind::Yield(v) => format!(
            "Yield({})",
            v.as_ref()
                .map(|v| format!("value={}", load(v)))
                .unwrap_or_default()
        ),
        ExprKind::YieldFrom(v) => format!("YieldFrom(value={})", load(v)),
        ExprKind::Starred(v) => format!("Starred(value={}, ctx={})", expr(v, ctx), ctx.dump()),
        ExprKind::NamedExpr { target, value } => {
            format!("NamedExpr(target={}, value={})", store(target), load(value))
        }
    }
}

/// CPython folds an f-string's `{x=}` text into the literal before it.
fn joined(parts: &[FStringPart]) -> String {
    let mut values: Vec<String> = Vec::new();
    let mut pending = String::new();
    for p in parts {
        match p {
            FStringPart::Literal(s) => pending.push_str(s),
            FStringPart::Formatted {
                value,
                conversion,
                format_spec,
                debug_text,
            } => {
                if let Some(t) = debug_text {
                    pending.push_str(t);
                }
                if !pending.is_empty() {
                    values.push(format!(
                        "Constant(value={})",
                        py_str(&std::mem::take(&mut pending))
                    ));
                }
                let conv = conversion.map(|c| c as i32).unwrap_or(-1);
                let spec = format_spec
                    .as_ref()
                    .map(|s| format!(", format_spec={}", joined(s)))
                    .unwrap_or_default();
                values.push(format!(
                    "FormattedValue(value={}, conversion={conv}{spec})",
                    load(value)
                ));
            }
        }
    }
    if !pending.is_empty() {
        values.push(format!("Constant(value={})", py_str(&pending)));
    }
    format!("JoinedStr(values=[{}])", values.join(", "))
}

fn binop(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "Add()",
        BinOp::Sub => "Sub()",
        BinOp::Mult => "Mult()",
        BinOp::MatMult => "MatMult()",
        BinOp::Div => "Div()",
        BinOp::FloorDiv => "FloorDiv()",
        BinOp::Mod => "Mod()",
        BinOp::Pow => "Pow()",
        BinOp::LShift => "LShift()",
        BinOp::RShift => "RShift()",
        BinOp::BitOr => "BitOr()",
        BinOp::BitXor => "BitXor()",
        BinOp::BitAnd => "BitAnd()",
    }
}

fn cmpop(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "Eq()",
        CmpOp::NotEq => "NotEq()",
        CmpOp::Lt => "Lt()",
        CmpOp::LtE => "LtE()",
        CmpOp::Gt => "Gt()",
        CmpOp::GtE => "GtE()",
        CmpOp::Is => "Is()",
        CmpOp::IsNot => "IsNot()",
        CmpOp::In => "In()",
        CmpOp::NotIn => "NotIn()",
    }
}

fn constant(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::True => "True".into(),
        Constant::False => "False".into(),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Int { digits, radix } => to_decimal(digits, *radix),
        Constant::Float(f) => py_float(*f),
        Constant::Imaginary(f) => {
            let r = py_float(*f);
            format!("{}j", r.strip_suffix(".0").unwrap_or(&r))
        }
        Constant::Str(s) => py_str(s),
        Constant::Bytes(b) => py_bytes(b),
    }
}

/// Digits in any radix to decimal, with no integer size limit.
pub fn to_decimal(digits: &str, radix: u32) -> String {
    if radix == 10 {
        return digits.to_string();
    }
    // Little-endian base-10^9 limbs.
    let mut limbs: Vec<u64> = vec![0];
    for c in digits.chars() {
        let mut carry = c.to_digit(radix).unwrap() as u64;
        for limb in &mut limbs {
            let v = *limb * radix as u64 + carry;
            *limb = v % 1_000_000_000;
            carry = v / 1_000_000_000;
        }
        if carry > 0 {
            limbs.push(carry);
        }
    }
    let mut out = limbs.last().unwrap().to_string();
    for limb in limbs.iter().rev().skip(1) {
        out.push_str(&format!("{limb:09}"));
    }
    out
}

/// Python's `repr(float)`: shortest round-trip digits, scientific notation
/// outside 1e-4 <= |x| < 1e16.
pub fn py_float(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sci = format!("{f:e}");
    let (mantissa, exp) = sci.split_once('e').unwrap();
    let exp: i32 = exp.parse().unwrap();
    let (sign, mantissa) = mantissa
        .strip_prefix('-')
        .map(|m| ("-", m))
        .unwrap_or(("", mantissa));
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    if (-4..16).contains(&exp) {
        let point = exp + 1;
        let s = if point <= 0 {
            format!("0.{}{}", "0".repeat((-point) as usize), digits)
        } else if point as usize >= digits.len() {
            format!("{}{}.0", digits, "0".repeat(point as usize - digits.len()))
        } else {
            format!(
                "{}.{}",
                &digits[..point as usize],
                &digits[point as usize..]
            )
        };
        format!("{sign}{s}")
    } else {
        let m = if digits.len() > 1 {
            format!("{}.{}", &digits[..1], &digits[1..])
        } else {
            digits
        };
        format!(
            "{sign}{m}e{}{:02}",
            if exp < 0 { '-' } else { '+' },
            exp.abs()
        )
    }
}

/// Python's `repr(str)`: the VM's own.
pub fn py_str(s: &str) -> String {
    crate::vm::ops::str_repr(s)
}

/// Python's `repr(bytes)`.
fn py_bytes(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::from("b");
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote as char);
    out
}
