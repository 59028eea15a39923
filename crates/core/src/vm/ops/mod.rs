//! The object protocol, as CPython's `Objects/abstract.c` and `object.c`
//! hold it: what every value answers whatever its type. Here: the reprs of
//! strings and bytes, `class_of`/`type_name`/`type_lookup`, and the helpers
//! the protocol files share. One file per protocol: `attributes`,
//! `operators` (truthiness, numbers, binary and unary operators), `compare`
//! (comparisons, `in`, hashing), `subscript`, `iteration`, `repr` (repr,
//! str, formatting).

use crate::at::{At, Part, VecAt};
use crate::cell::RefCell;
use crate::numeric::bigint::BigInt;
use crate::numeric::elementary;
use crate::numeric::float as pyfloat;
use crate::numeric::format as pyformat;
use crate::syntax::ast::{BinOp, CmpOp, UnaryOp};
use crate::vm::exceptions::ExcKind;
use crate::vm::frame::{Fiber, FiberOutcome, ReturnCtx};
use crate::vm::interp::Vm;
use crate::vm::object::*;
use crate::vm::value::{Dict, Key, Value};
use crate::vm::{Interrupt, PyResult};
use std::cmp::Ordering;
use std::rc::Rc;

mod attributes;
mod compare;
mod iteration;
mod operators;
mod repr;
mod subscript;

/// Normalise a big result back to a small int when it fits.
pub fn int_value(b: BigInt) -> Value {
    match b.to_i64() {
        Some(i) => Value::Int(i),
        None => Value::BigInt(Rc::new(b)),
    }
}

pub fn ascii_escape(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else if (c as u32) < 0x100 {
            out.push_str(&format!("\\x{:02x}", c as u32));
        } else if (c as u32) < 0x10000 {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push_str(&format!("\\U{:08x}", c as u32));
        }
    }
    out
}

/// `str.isprintable()` for one character. Rust's debug escaping uses the
/// same rule (categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs but the space are
/// not printable); a leading letter keeps it from escaping combining marks.
pub fn is_printable(c: char) -> bool {
    let mut buf = [0u8; 8];
    let pair = {
        buf[0] = b'a';
        let n = c.encode_utf8(&mut buf[1..]).len();
        std::str::from_utf8(&buf[..n + 1]).unwrap_or("a")
    };
    !pair.escape_debug().any(|e| e == '\\')
}

/// Python's repr of a str: single quotes unless the text has single quotes and no double ones.
pub fn str_repr(s: &str) -> String {
    let quote = if s.as_bytes().contains(&b'\'') && !s.as_bytes().contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if (0x80..0xa0).contains(&(c as u32)) => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if (c as u32) >= 0xa0 && !is_printable(c) => {
                let n = c as u32;
                out.push_str(&if n < 0x100 {
                    format!("\\x{n:02x}")
                } else if n < 0x10000 {
                    format!("\\u{n:04x}")
                } else {
                    format!("\\U{n:08x}")
                })
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}

pub fn addr(v: &Value) -> String {
    // As CPython's %p: no padding, so it is hex(id(v)) on every host.
    format!("0x{:x}", v.identity())
}

/// The types with some of their methods written in Python: bytes'
/// (lib/_bytes.py), int's (lib/_int.py), str's and float's.
#[derive(Clone, Copy)]
pub enum LibMethods {
    Bytes,
    Int,
    Str,
    Float,
}

impl Vm {
    pub fn class_of(&self, v: &Value) -> Rc<Class> {
        let t = &self.types;
        match v {
            Value::None => t.none.clone(),
            Value::Ellipsis => t.ellipsis.clone(),
            Value::NotImplemented => t.not_implemented.clone(),
            Value::Bool(_) => t.bool_.clone(),
            Value::Int(_) | Value::BigInt(_) => t.int.clone(),
            Value::Float(_) => t.float.clone(),
            Value::Str(_) => t.str_.clone(),
            Value::Bytes(_) => t.bytes.clone(),
            Value::Tuple(_) => t.tuple.clone(),
            Value::List(_) => t.list.clone(),
            Value::Dict(_) => t.dict.clone(),
            Value::Set(_) => t.set.clone(),
            Value::FrozenSet(_) => t.frozenset.clone(),
            Value::Range(_) => t.range.clone(),
            Value::Slice(_) => t.slice.clone(),
            Value::Function(_) => t.function.clone(),
            Value::Native(_) => t.builtin_function.clone(),
            Value::BoundMethod(_) => t.method.clone(),
            Value::Class(c) => c.meta.clone().unwrap_or_else(|| t.type_.clone()),
            Value::Instance(i) => i.class.clone(),
            Value::Module(_) => t.module.clone(),
            Value::Generator(g) => match g.borrow().code.kind {
                crate::compiler::CodeKind::Coroutine => t.coroutine.clone(),
                crate::compiler::CodeKind::AsyncGenerator => t.async_generator.clone(),
                _ => t.generator.clone(),
            },
            Value::Iterator(_) => {
                let name = self.type_name(v);
                let mut kinds = t.iterator_kinds.borrow_mut();
                if let Some(c) = kinds.iter().find(|c| *c.name == *name) {
                    return c.clone();
                }
                let c = crate::vm::exceptions::new_class(
                    &name,
                    "builtins",
                    vec![t.iterator.clone()],
                    ClassKind::Builtin,
                );
                kinds.push(c.clone());
                c
            }
            Value::Code(_) => t.code.clone(),
            Value::Cell(_) => t.cell.clone(),
            Value::Future(f) => match &f.task {
                Some(_) => t.task.clone(),
                None => t.future.clone(),
            },
            Value::Loop(_) => t.event_loop.clone(),
            // `call_soon`'s handles have no time (-1).
            Value::TimerHandle(h) if h.when < 0.0 => t.handle.clone(),
            Value::TimerHandle(_) => t.timer_handle.clone(),
            Value::Null => t.none.clone(),
        }
    }

    pub fn type_name(&self, v: &Value) -> String {
        match v {
            Value::Iterator(i) => match &*i.borrow() {
                IterObj::Seq {
                    seq: Value::Tuple(_),
                    ..
                } => "tuple_iterator".into(),
                IterObj::Seq { .. } => "list_iterator".into(),
                IterObj::Range { .. } => "range_iterator".into(),
                IterObj::Str { .. } => "str_ascii_iterator".into(),
                IterObj::Dict { what: 0, .. } => "dict_keyiterator".into(),
                IterObj::Dict { what: 1, .. } => "dict_valueiterator".into(),
                IterObj::Dict { .. } => "dict_itemiterator".into(),
                IterObj::Enumerate { .. } => "enumerate".into(),
                IterObj::Zip { .. } => "zip".into(),
                IterObj::Map { .. } => "map".into(),
                IterObj::Filter { .. } => "filter".into(),
                IterObj::Reversed { .. } => "list_reverseiterator".into(),
                _ => "iterator".into(),
            },
            Value::Future(_) => format!("_asyncio.{}", self.class_of(v).name),
            _ => self.class_of(v).name.to_string(),
        }
    }

    /// CPython's refusal to make an int of a NaN or an infinity (`int()`,
    /// `round()`, `math.floor`...).
    pub fn check_integral(&self, f: f64) -> PyResult<()> {
        if f.is_nan() {
            return Err(self.value_error("cannot convert float NaN to integer"));
        }
        if f.is_infinite() {
            return Err(self.new_exc(
                ExcKind::OverflowError,
                "cannot convert float infinity to integer",
            ));
        }
        Ok(())
    }

    /// Look a name up on the value's type (not the instance).
    pub fn type_lookup(&self, v: &Value, name: &str) -> Option<Value> {
        self.class_of(v).lookup(name)
    }

    /// What an instance's `__index__` says it is (None when it is no
    /// instance or has none).
    pub fn index_dunder(&mut self, v: &Value) -> PyResult<Option<Value>> {
        if !matches!(v, Value::Instance(_)) {
            return Ok(None);
        }
        match self.type_lookup(v, "__index__") {
            Some(index) => self.call(&index, vec![v.clone()]).map(Some),
            None => Ok(None),
        }
    }
}

pub fn range_len(start: i64, stop: i64, step: i64) -> i64 {
    if step > 0 && start < stop {
        (stop - start - 1) / step + 1
    } else if step < 0 && start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    }
}

fn order_matches(o: Ordering, op: CmpOp) -> bool {
    match op {
        CmpOp::Lt => o == Ordering::Less,
        CmpOp::LtE => o != Ordering::Greater,
        CmpOp::Gt => o == Ordering::Greater,
        CmpOp::GtE => o != Ordering::Less,
        CmpOp::Eq => o == Ordering::Equal,
        CmpOp::NotEq => o != Ordering::Equal,
        _ => false,
    }
}

fn cmp_big_float(i: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let fi = BigInt::from_f64(f.trunc())?;
    match i.cmp(&fi) {
        Ordering::Equal => {
            let frac = f - f.trunc();
            Some(if frac > 0.0 {
                Ordering::Less
            } else if frac < 0.0 {
                Ordering::Greater
            } else {
                Ordering::Equal
            })
        }
        o => Some(o),
    }
}

fn set_op(x: &Dict, y: &Dict, op: BinOp) -> Dict {
    let mut r = Dict::new();
    // Work on hash keys directly for the other operations.
    let pairs = |d: &Dict| -> Vec<(Key, Value)> {
        let keys: Vec<Key> = d.hash_keys().cloned().collect();
        keys.into_iter().zip(d.keys()).collect()
    };
    match op {
        BinOp::BitOr => {
            for (k, v) in pairs(x).into_iter().chain(pairs(y)) {
                r.insert(k, v, Value::None);
            }
        }
        BinOp::BitAnd => {
            // As CPython: the smaller set (the right one when they tie)
            // is walked, and its elements are kept.
            let (small, large) = if y.len() <= x.len() { (y, x) } else { (x, y) };
            for (k, v) in pairs(small) {
                if large.contains(&k) {
                    r.insert(k, v, Value::None);
                }
            }
        }
        BinOp::Sub => {
            for (k, v) in pairs(x) {
                if !y.contains(&k) {
                    r.insert(k, v, Value::None);
                }
            }
        }
        BinOp::BitXor => {
            for (k, v) in pairs(x) {
                if !y.contains(&k) {
                    r.insert(k, v, Value::None);
                }
            }
            for (k, v) in pairs(y) {
                if !x.contains(&k) {
                    r.insert(k, v, Value::None);
                }
            }
        }
        _ => {}
    }
    r
}

fn dunder_names(op: BinOp) -> (&'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__"),
        BinOp::Sub => ("__sub__", "__rsub__"),
        BinOp::Mult => ("__mul__", "__rmul__"),
        BinOp::MatMult => ("__matmul__", "__rmatmul__"),
        BinOp::Div => ("__truediv__", "__rtruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__"),
        BinOp::Pow => ("__pow__", "__rpow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__"),
        BinOp::BitOr => ("__or__", "__ror__"),
        BinOp::BitXor => ("__xor__", "__rxor__"),
        BinOp::BitAnd => ("__and__", "__rand__"),
    }
}

/// Look into the table behind a set or frozenset.
fn with_set<R>(v: &Value, f: impl FnOnce(&Dict) -> R) -> R {
    match v {
        Value::Set(d) => f(&d.borrow()),
        Value::FrozenSet(d) => f(d),
        _ => f(&Dict::new()),
    }
}

/// A dict of name/value pairs (an object's `__dict__`), leaving out `skip`.
fn str_dict(items: &[(Rc<str>, Value)], skip: &[&str]) -> Value {
    let mut d = Dict::new();
    for (k, v) in items {
        if !skip.contains(&&**k) {
            d.insert(Key::Str(k.clone()), Value::Str(k.clone()), v.clone());
        }
    }
    Value::Dict(Rc::new(RefCell::new(d)))
}
