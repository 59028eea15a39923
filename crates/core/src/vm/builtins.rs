//! The `builtins` namespace: functions (`print`, `len`, `sorted`, ...),
//! the constructors of built-in types, and class creation.

use crate::at::{At, Part, VecAt};
use crate::cell::RefCell;
use crate::compiler::Op;
use crate::numeric::bigint::BigInt;
use crate::numeric::float as pyfloat;
use crate::syntax::ast::{BinOp, CmpOp};
use crate::vm::exceptions::{linearize, ExcKind};
use crate::vm::interp::Vm;
use crate::vm::object::*;
use crate::vm::ops::{int_value, range_len};
use crate::vm::value::{Dict, Value};
use crate::vm::{Interrupt, PyResult};
use std::rc::Rc;

pub fn native(name: &str, func: NativeFn) -> Value {
    Value::Native(Rc::new(NativeFunction {
        name: Rc::from(name),
        func,
        bound: None,
        data: None,
        owner: None,
    }))
}

/// A native closure (`data` is its state). Such closures are made per task
/// and per timer, so their few names are shared rather than allocated each time.
pub fn native_with_data(name: &str, func: NativeFn, data: Value) -> Value {
    thread_local! {
        static NAMES: RefCell<Vec<Rc<str>>> = const { RefCell::new(Vec::new()) };
    }
    let name = NAMES.with(|names| {
        let mut names = names.borrow_mut();
        if let Some(n) = names.iter().find(|n| ***n == *name) {
            return n.clone();
        }
        let n: Rc<str> = Rc::from(name);
        names.push(n.clone());
        n
    });
    Value::Native(Rc::new(NativeFunction {
        name,
        func,
        bound: None,
        data: Some(data),
        owner: None,
    }))
}

/// Register a native method on a class.
pub fn method(class: &Rc<Class>, name: &str, func: NativeFn) {
    let v = Value::Native(Rc::new(NativeFunction {
        name: Rc::from(name),
        func,
        bound: None,
        data: None,
        owner: Some(class.name.clone()),
    }));
    class.dict.borrow_mut().insert(Rc::from(name), v);
}

/// Check the positional argument count of a native function.
pub fn check_args(vm: &Vm, name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    let n = args.pos.len();
    if n < min || n > max {
        let msg = if min == max {
            match min {
                0 => format!("{name}() takes no arguments ({n} given)"),
                1 => format!("{name}() takes exactly one argument ({n} given)"),
                _ => format!("{name}() takes exactly {min} arguments ({n} given)"),
            }
        } else if n < min {
            format!(
                "{name} expected at least {min} argument{}, got {n}",
                if min == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{name} expected at most {max} argument{}, got {n}",
                if max == 1 { "" } else { "s" }
            )
        };
        return Err(vm.type_error(msg));
    }
    Ok(())
}

pub fn no_kwargs(vm: &Vm, name: &str, args: &Args) -> PyResult<()> {
    if let Some((k, _)) = args.kw.first() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments (got '{k}')")));
    }
    Ok(())
}

pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    let mut b = crate::vm::value::NameMap::default();
    let mut add = |name: &str, v: Value| {
        b.insert(Rc::from(name), v);
    };
    for (name, cls) in [
        ("object", &t.object),
        ("type", &t.type_),
        ("int", &t.int),
        ("bool", &t.bool_),
        ("float", &t.float),
        ("str", &t.str_),
        ("bytes", &t.bytes),
        ("list", &t.list),
        ("tuple", &t.tuple),
        ("dict", &t.dict),
        ("set", &t.set),
        ("frozenset", &t.frozenset),
        ("range", &t.range),
        ("slice", &t.slice),
        ("property", &t.property),
        ("classmethod", &t.classmethod),
        ("staticmethod", &t.staticmethod),
        ("super", &t.super_),
    ] {
        add(name, Value::Class(cls.clone()));
    }
    let kinds = std::iter::once(ExcKind::BaseException).chain(ExcKind::ALL.iter().map(|k| k.0));
    for (kind, cls) in kinds.zip(&t.exceptions) {
        if !matches!(
            kind,
            ExcKind::CancelledError
                | ExcKind::InvalidStateError
                | ExcKind::QueueEmpty
                | ExcKind::QueueFull
        ) {
            add(kind.name(), Value::Class(cls.clone()));
        }
    }
    add("EnvironmentError", Value::Class(t.exc(ExcKind::OSError)));
    add("IOError", Value::Class(t.exc(ExcKind::OSError)));
    add("None", Value::None);
    add("Ellipsis", Value::Ellipsis);
    add("NotImplemented", Value::NotImplemented);
    let funcs: &[(&str, NativeFn)] = &[
        ("print", b_print),
        ("len", b_len),
        ("repr", b_repr),
        ("ascii", b_ascii),
        ("abs", b_abs),
        ("sum", b_sum),
        ("min", b_min),
        ("max", b_max),
        ("round", b_round),
        ("sorted", b_sorted),
        ("reversed", b_reversed),
        ("enumerate", b_enumerate),
        ("zip", b_zip),
        ("map", b_map),
        ("filter", b_filter),
        ("any", b_any),
        ("all", b_all),
        ("isinstance", b_isinstance),
        ("issubclass", b_issubclass),
        ("id", b_id),
        ("hash", b_hash),
        ("hasattr", b_hasattr),
        ("getattr", b_getattr),
        ("setattr", b_setattr),
        ("delattr", b_delattr),
        ("iter", b_iter),
        ("next", b_next),
        ("divmod", b_divmod),
        ("pow", b_pow),
        ("chr", b_chr),
        ("ord", b_ord),
        ("hex", b_hex),
        ("bin", b_bin),
        ("oct", b_oct),
        ("callable", b_callable),
        ("vars", b_vars),
        ("dir", b_dir),
        ("globals", b_globals),
        ("compile", b_compile),
        ("exec", b_exec),
        ("eval", b_eval),
        ("format", b_format),
        ("input", b_input),
        ("open", b_open),
        ("exit", b_exit),
        ("quit", b_exit),
        ("aiter", b_aiter),
        ("anext", b_anext),
        ("__build_class__", b_build_class),
        ("__import__", b_import),
    ];
    for (name, f) in funcs {
        add(name, native(name, *f));
    }
    *vm.builtins.borrow_mut() = b;
    crate::vm::methods::install(vm);
}

fn out_stream(vm: &mut Vm, file: Option<Value>) -> PyResult<Option<Value>> {
    // `print()` without `file=` writes to `sys.stdout`, which a program may replace.
    let file = match file {
        None | Some(Value::None) => match vm.modules.get("sys") {
            Some(Value::Module(m)) => m.globals.borrow().get("stdout").cloned(),
            _ => None,
        },
        f => f,
    };
    match file {
        None | Some(Value::None) => Ok(None),
        Some(f) => {
            if let Value::Instance(inst) = &f {
                if let Some(Value::Int(fd)) = inst.get_attr("_fd") {
                    return Ok(Some(Value::Int(fd)));
                }
            }
            let _ = vm;
            Ok(Some(f))
        }
    }
}

pub fn write_to(vm: &mut Vm, file: Option<Value>, text: &str) -> PyResult<()> {
    match out_stream(vm, file)? {
        None => vm.write_output(false, text),
        Some(Value::Int(fd)) => vm.write_output(fd == 2, text),
        Some(f) => {
            let w = vm.get_attr(&f, "write")?;
            vm.call(&w, vec![Value::str(text)])?;
            Ok(())
        }
    }
}

fn b_print(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let sep = args.take_kw("sep");
    let end = args.take_kw("end");
    let file = args.take_kw("file");
    args.take_kw("flush");
    if let Some((k, _)) = args.kw.first() {
        return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for print()")));
    }
    let sep = match sep {
        None | Some(Value::None) => " ".to_string(),
        Some(Value::Str(s)) => s.to_string(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "sep must be None or a string, not {}",
                vm.type_name(&other)
            )))
        }
    };
    let end = match end {
        None | Some(Value::None) => "\n".to_string(),
        Some(Value::Str(s)) => s.to_string(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "end must be None or a string, not {}",
                vm.type_name(&other)
            )))
        }
    };
    let mut text = String::new();
    for (i, a) in args.pos.iter().enumerate() {
        if i > 0 {
            text.push_str(&sep);
        }
        text.push_str(&vm.str_of(a)?);
    }
    text.push_str(&end);
    write_to(vm, file, &text)?;
    Ok(Value::None)
}

/// `len(v)`: a `u64`, so that a `__len__` up to `sys.maxsize` is kept
/// whole on 32-bit WebAssembly too.
pub fn len_of(vm: &mut Vm, v: &Value) -> PyResult<u64> {
    Ok(match v {
        Value::Str(s) => {
            if s.is_ascii() {
                s.len() as u64
            } else {
                s.chars().count() as u64
            }
        }
        Value::Bytes(b) => b.len() as u64,
        Value::List(l) => l.borrow().len() as u64,
        Value::Tuple(t) => t.len() as u64,
        Value::Dict(d) | Value::Set(d) => d.borrow().len() as u64,
        Value::FrozenSet(d) => d.len() as u64,
        Value::Range(r) => range_len(r.0, r.1, r.2) as u64,
        Value::Instance(_) | Value::Class(_) if !matches!(v, Value::Class(c) if c.meta.is_none()) => {
            match vm.type_lookup(v, "__len__") {
                Some(m) => {
                    let r = vm.call(&m, vec![v.clone()])?;
                    match r {
                        Value::Int(i) if i >= 0 => i as u64,
                        Value::Bool(b) => b as u64,
                        Value::Int(_) => return Err(vm.value_error("__len__() should return >= 0")),
                        Value::BigInt(b) if b.is_negative() => {
                            return Err(vm.value_error("__len__() should return >= 0"))
                        }
                        Value::BigInt(_) => {
                            return Err(vm.new_exc(
                                ExcKind::OverflowError,
                                "cannot fit 'int' into an index-sized integer",
                            ))
                        }
                        other => {
                            return Err(vm.type_error(format!(
                                "'{}' object cannot be interpreted as an integer",
                                vm.type_name(&other)
                            )))
                        }
                    }
                }
                None => {
                    return Err(
                        vm.type_error(format!("object of type '{}' has no len()", vm.type_name(v)))
                    )
                }
            }
        }
        _ => {
            return Err(vm.type_error(format!("object of type '{}' has no len()", vm.type_name(v))))
        }
    })
}

fn b_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "len", &args, 1, 1)?;
    Ok(Value::Int(len_of(vm, args.at(0))? as i64))
}

fn b_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "repr", &args, 1, 1)?;
    Ok(Value::Str(Rc::from(vm.repr(args.at(0))?)))
}

fn b_ascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "ascii", &args, 1, 1)?;
    let r = vm.repr(args.at(0))?;
    Ok(Value::Str(Rc::from(crate::vm::ops::ascii_escape(&r))))
}

fn b_abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "abs", &args, 1, 1)?;
    let v = args.at(0);
    Ok(match v {
        Value::Int(i) => match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => int_value(BigInt::from_i64(*i).abs()),
        },
        Value::Bool(b) => Value::Int(*b as i64),
        Value::BigInt(b) => int_value(b.abs()),
        Value::Float(f) => Value::Float(f.abs()),
        _ => match vm.type_lookup(v, "__abs__") {
            Some(m) => vm.call(&m, vec![v.clone()])?,
            None => {
                return Err(
                    vm.type_error(format!("bad operand type for abs(): '{}'", vm.type_name(v)))
                )
            }
        },
    })
}

fn b_sum(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let start = args.take_kw("start");
    check_args(vm, "sum", &args, 1, 2)?;
    let mut acc = start
        .or_else(|| args.pos.get(1).cloned())
        .unwrap_or(Value::Int(0));
    if let Value::Str(_) = acc {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    let it = vm.get_iter(args.at(0))?;
    while let Some(x) = vm.call_next(&it)? {
        if let (Value::Int(a), Value::Int(b)) = (&acc, &x) {
            if let Some(s) = a.checked_add(*b) {
                acc = Value::Int(s);
                continue;
            }
        }
        acc = vm.binary_op(&acc, &x, BinOp::Add, false)?;
    }
    Ok(acc)
}

fn min_max(vm: &mut Vm, mut args: Args, name: &str, op: CmpOp) -> PyResult<Value> {
    let key = args.take_kw("key").filter(|k| !k.is_none());
    let default = args.take_kw("default");
    no_kwargs(vm, name, &args)?;
    let items = match args.pos.len() {
        0 => return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => vm.iterate(args.at(0))?,
        _ => args.pos,
    };
    if items.is_empty() {
        return match default {
            Some(d) => Ok(d),
            None => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
        };
    }
    let mut best = items.at(0).clone();
    let mut best_key = match &key {
        Some(k) => vm.call(k, vec![best.clone()])?,
        None => best.clone(),
    };
    for it in items.into_iter().skip(1) {
        let k = match &key {
            Some(kf) => vm.call(kf, vec![it.clone()])?,
            None => it.clone(),
        };
        if vm.compare_order(&k, &best_key, op)? {
            best = it;
            best_key = k;
        }
    }
    Ok(best)
}

fn b_min(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "min", CmpOp::Lt)
}

fn b_max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "max", CmpOp::Gt)
}

fn b_round(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let nd = args.take_kw("ndigits");
    check_args(vm, "round", &args, 1, 2)?;
    let ndigits = nd
        .or_else(|| args.pos.get(1).cloned())
        .filter(|v| !v.is_none());
    let x = args.at(0);
    match (x, ndigits) {
        (Value::Float(f), None) => {
            if f.is_nan() {
                return Err(vm.value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(vm.new_exc(
                    ExcKind::OverflowError,
                    "cannot convert float infinity to integer",
                ));
            }
            let r = pyfloat::round_half_even(*f, 0);
            Ok(int_value(BigInt::from_f64(r).unwrap_or_default()))
        }
        (Value::Float(f), Some(n)) => {
            let n = match n {
                Value::Int(i) => i,
                _ => {
                    return Err(vm.type_error("'float' object cannot be interpreted as an integer"))
                }
            };
            Ok(Value::Float(pyfloat::round_half_even(*f, n)))
        }
        (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), None) => Ok(match x {
            Value::Bool(b) => Value::Int(*b as i64),
            other => other.clone(),
        }),
        (Value::Int(i), Some(Value::Int(n))) => {
            if n >= 0 {
                return Ok(Value::Int(*i));
            }
            // Round to a power of ten, half to even.
            let p = BigInt::from_i64(10).pow((-n) as u64);
            let x = BigInt::from_i64(*i);
            let (q, r) = x.divmod_floor(&p).unwrap_or_default();
            let twice = r.add(&r);
            let q = match twice.cmp(&p) {
                std::cmp::Ordering::Greater => q.add(&BigInt::from_i64(1)),
                std::cmp::Ordering::Equal => {
                    let (_, odd) = q.divmod_floor(&BigInt::from_i64(2)).unwrap_or_default();
                    if odd.is_zero() {
                        q
                    } else {
                        q.add(&BigInt::from_i64(1))
                    }
                }
                std::cmp::Ordering::Less => q,
            };
            Ok(int_value(q.mul(&p)))
        }
        (v, _) => match vm.type_lookup(v, "__round__") {
            Some(m) => vm.call(&m, args.pos.clone()),
            None => Err(vm.type_error(format!(
                "type {} doesn't define __round__ method",
                vm.type_name(v)
            ))),
        },
    }
}

/// A stable merge sort that only asks `less(a, b)` and lets it fail.
pub fn merge_sort<T: Clone>(
    vm: &mut Vm,
    items: Vec<T>,
    less: &mut dyn FnMut(&mut Vm, &T, &T) -> PyResult<bool>,
) -> PyResult<Vec<T>> {
    if items.len() <= 1 {
        return Ok(items);
    }
    // Insertion sort for short runs.
    if items.len() <= 16 {
        let mut out: Vec<T> = Vec::with_capacity(items.len());
        for it in items {
            let mut pos = out.len();
            while pos > 0 && less(vm, &it, out.at(pos - 1))? {
                pos -= 1;
            }
            out.insert_at(pos, it);
        }
        return Ok(out);
    }
    let mut left = items;
    let right = left.split_off(left.len() / 2);
    let left = merge_sort(vm, left, less)?;
    let right = merge_sort(vm, right, less)?;
    let mut out = Vec::with_capacity(left.len() + right.len());
    let (mut i, mut j) = (0, 0);
    while i < left.len() && j < right.len() {
        if less(vm, right.at(j), left.at(i))? {
            out.push(right.at(j).clone());
            j += 1;
        } else {
            out.push(left.at(i).clone());
            i += 1;
        }
    }
    out.extend_from_slice(left.part(i..));
    out.extend_from_slice(right.part(j..));
    Ok(out)
}

/// Sort values like `list.sort(key=..., reverse=...)`.
pub fn sort_values(
    vm: &mut Vm,
    items: Vec<Value>,
    key: Option<Value>,
    reverse: bool,
) -> PyResult<Vec<Value>> {
    let mut keyed: Vec<(Value, Value)> = Vec::with_capacity(items.len());
    for it in items {
        let k = match &key {
            Some(f) => vm.call(f, vec![it.clone()])?,
            None => it.clone(),
        };
        keyed.push((k, it));
    }
    if reverse {
        // Reverse stability: sort reversed input, then reverse the output.
        keyed.reverse();
        let mut sorted = merge_sort(vm, keyed, &mut |vm, a, b| {
            vm.compare_order(&a.0, &b.0, CmpOp::Lt)
        })?;
        sorted.reverse();
        return Ok(sorted.into_iter().map(|(_, v)| v).collect());
    }
    let sorted = merge_sort(vm, keyed, &mut |vm, a, b| {
        vm.compare_order(&a.0, &b.0, CmpOp::Lt)
    })?;
    Ok(sorted.into_iter().map(|(_, v)| v).collect())
}

fn b_sorted(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let key = args.take_kw("key").filter(|k| !k.is_none());
    let reverse = match args.take_kw("reverse") {
        Some(r) => vm.truthy(&r)?,
        None => false,
    };
    no_kwargs(vm, "sorted", &args)?;
    check_args(vm, "sorted", &args, 1, 1)?;
    let items = vm.iterate(args.at(0))?;
    Ok(Value::list(sort_values(vm, items, key, reverse)?))
}

fn iter_value(it: IterObj) -> Value {
    Value::Iterator(Rc::new(RefCell::new(it)))
}

fn b_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "reversed", &args, 1, 1)?;
    let v = args.at(0);
    Ok(match v {
        Value::List(l) => iter_value(IterObj::Reversed {
            seq: v.clone(),
            index: l.borrow().len(),
        }),
        Value::Tuple(t) => iter_value(IterObj::Reversed {
            seq: v.clone(),
            index: t.len(),
        }),
        Value::Range(r) => {
            let n = range_len(r.0, r.1, r.2);
            let last = r.0 + (n - 1) * r.2;
            iter_value(IterObj::Range {
                next: last,
                stop: r.0 - r.2,
                step: -r.2,
            })
        }
        Value::Str(_) | Value::Dict(_) => {
            let mut items = vm.iterate(v)?;
            items.reverse();
            iter_value(IterObj::Vec { items, index: 0 })
        }
        _ => match vm.type_lookup(v, "__reversed__") {
            Some(m) => vm.call(&m, vec![v.clone()])?,
            // The sequence protocol: `__len__` and `__getitem__` from the end.
            None if vm.type_lookup(v, "__getitem__").is_some() => {
                let mut items = Vec::new();
                for i in (0..len_of(vm, v)?).rev() {
                    items.push(vm.get_item(v, &Value::Int(i as i64))?);
                }
                iter_value(IterObj::Vec { items, index: 0 })
            }
            None => {
                return Err(vm.type_error(format!("'{}' object is not reversible", vm.type_name(v))))
            }
        },
    })
}

fn b_enumerate(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let start = args.take_kw("start");
    check_args(vm, "enumerate", &args, 1, 2)?;
    let start = start
        .or_else(|| args.pos.get(1).cloned())
        .unwrap_or(Value::Int(0));
    let inner = vm.get_iter(args.at(0))?;
    Ok(iter_value(IterObj::Enumerate {
        inner,
        count: start,
    }))
}

fn b_zip(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    args.take_kw("strict");
    let mut iters = Vec::new();
    for a in &args.pos {
        iters.push(vm.get_iter(a)?);
    }
    Ok(iter_value(IterObj::Zip { iters }))
}

fn b_map(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut iters = Vec::new();
    for a in args.pos.part(1..) {
        iters.push(vm.get_iter(a)?);
    }
    Ok(iter_value(IterObj::Map {
        func: args.at(0).clone(),
        iters,
    }))
}

fn b_filter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "filter", &args, 2, 2)?;
    let inner = vm.get_iter(args.at(1))?;
    Ok(iter_value(IterObj::Filter {
        func: args.at(0).clone(),
        inner,
    }))
}

fn b_any(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "any", &args, 1, 1)?;
    let it = vm.get_iter(args.at(0))?;
    while let Some(x) = vm.call_next(&it)? {
        if vm.truthy(&x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn b_all(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "all", &args, 1, 1)?;
    let it = vm.get_iter(args.at(0))?;
    while let Some(x) = vm.call_next(&it)? {
        if !vm.truthy(&x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

pub fn is_instance(vm: &mut Vm, v: &Value, cls: &Value) -> PyResult<bool> {
    match cls {
        Value::Class(c) => {
            if vm.class_of(v).is_subclass_of(c) {
                return Ok(true);
            }
            Ok(hook(vm, cls, "__instancecheck__", v)? == Some(true))
        }
        Value::Tuple(t) => {
            for c in t.iter() {
                if is_instance(vm, v, c)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => {
            match hook(vm, cls, "__instancecheck__", v)? {
                Some(found) => Ok(found),
                None => Err(vm
                    .type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")),
            }
        }
    }
}

/// `__instancecheck__`/`__subclasscheck__` on the type of `target`: a
/// metaclass's for a class (ABCs' virtual subclasses), an object's own
/// class's otherwise (`typing.List`). None when there is none.
fn hook(vm: &mut Vm, target: &Value, name: &str, arg: &Value) -> PyResult<Option<bool>> {
    let Some(check) = vm.type_lookup(target, name) else {
        return Ok(None);
    };
    let r = vm.call(&check, vec![target.clone(), arg.clone()])?;
    Ok(Some(vm.truthy(&r)?))
}

fn b_isinstance(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "isinstance", &args, 2, 2)?;
    Ok(Value::Bool(is_instance(vm, args.at(0), args.at(1))?))
}

fn b_issubclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "issubclass", &args, 2, 2)?;
    let Value::Class(c) = args.at(0) else {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    };
    let targets: Vec<Value> = match args.at(1) {
        Value::Tuple(t) => t.to_vec(),
        other => vec![other.clone()],
    };
    for t in targets {
        match t {
            Value::Class(tc) => {
                let class = Value::Class(tc.clone());
                if c.is_subclass_of(&tc)
                    || hook(vm, &class, "__subclasscheck__", args.at(0))? == Some(true)
                {
                    return Ok(Value::Bool(true));
                }
            }
            other => match hook(vm, &other, "__subclasscheck__", args.at(0))? {
                Some(true) => return Ok(Value::Bool(true)),
                Some(false) => {}
                None => {
                    return Err(vm.type_error(
                        "issubclass() arg 2 must be a class, a tuple of classes, or a union",
                    ))
                }
            },
        }
    }
    Ok(Value::Bool(false))
}

fn b_id(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "id", &args, 1, 1)?;
    Ok(Value::Int(args.at(0).identity() as i64 & i64::MAX))
}

fn b_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "hash", &args, 1, 1)?;
    let v = args.at(0);
    Ok(Value::Int(match v {
        Value::Int(i) => crate::numeric::bigint::int_hash(&BigInt::from_i64(*i)),
        Value::Bool(b) => *b as i64,
        Value::BigInt(b) => crate::numeric::bigint::int_hash(b),
        Value::Float(f) => crate::numeric::bigint::float_hash(*f),
        Value::None => 0x5f5e_1000,
        _ => {
            let k = vm.hash_key(v)?;
            // An object's own `__hash__` result.
            if let crate::vm::value::Key::Tuple(t) = &k {
                if let [crate::vm::value::Key::Id(usize::MAX), crate::vm::value::Key::Int(h)] =
                    &t[..]
                {
                    return Ok(Value::Int(*h));
                }
            }
            if let Some(h) = crate::vm::set_order::stable_hash(&k) {
                return Ok(Value::Int(h));
            }
            use std::hash::{Hash, Hasher};
            let mut h = std::collections::hash_map::DefaultHasher::new();
            k.hash(&mut h);
            (h.finish() >> 2) as i64
        }
    }))
}

fn attr_name(vm: &Vm, v: &Value, func: &str) -> PyResult<Rc<str>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        other => Err(vm.type_error(format!(
            "{func}(): attribute name must be string, not '{}'",
            vm.type_name(other)
        ))),
    }
}

fn b_hasattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "hasattr", &args, 2, 2)?;
    let name = attr_name(vm, args.at(1), "hasattr")?;
    match vm.get_attr(args.at(0), &name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(Interrupt::Raise(e)) if vm.is_instance_of_kind(&e, ExcKind::AttributeError) => {
            Ok(Value::Bool(false))
        }
        Err(e) => Err(e),
    }
}

fn b_getattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "getattr", &args, 2, 3)?;
    let name = attr_name(vm, args.at(1), "getattr")?;
    match vm.get_attr(args.at(0), &name) {
        Ok(v) => Ok(v),
        Err(Interrupt::Raise(e))
            if args.pos.len() == 3 && vm.is_instance_of_kind(&e, ExcKind::AttributeError) =>
        {
            Ok(args.at(2).clone())
        }
        Err(e) => Err(e),
    }
}

fn b_setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "setattr", &args, 3, 3)?;
    let name = attr_name(vm, args.at(1), "setattr")?;
    vm.set_attr(args.at(0), name, args.at(2).clone())?;
    Ok(Value::None)
}

fn b_delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "delattr", &args, 2, 2)?;
    let name = attr_name(vm, args.at(1), "delattr")?;
    vm.del_attr(args.at(0), &name)?;
    Ok(Value::None)
}

fn b_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "iter", &args, 1, 1)?;
    vm.get_iter(args.at(0))
}

fn b_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "next", &args, 1, 2)?;
    let it = args.at(0);
    if !matches!(it, Value::Iterator(_) | Value::Generator(_))
        && vm.type_lookup(it, "__next__").is_none()
    {
        return Err(vm.type_error(format!("'{}' object is not an iterator", vm.type_name(it))));
    }
    // A generator's StopIteration keeps the value it returned.
    if let (Value::Generator(_), None) = (it, args.pos.get(1)) {
        return crate::vm::methods::gen_next(vm, Args::new(vec![it.clone()]));
    }
    match vm.call_next(it)? {
        Some(v) => Ok(v),
        None => match args.pos.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.stop_iteration(Value::None)),
        },
    }
}

fn b_divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "divmod", &args, 2, 2)?;
    let q = vm.binary_op(args.at(0), args.at(1), BinOp::FloorDiv, false)?;
    let r = vm.binary_op(args.at(0), args.at(1), BinOp::Mod, false)?;
    Ok(Value::tuple(vec![q, r]))
}

fn b_pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "pow", &args, 2, 3)?;
    if let Some(m) = args.pos.get(2).filter(|m| !m.is_none()) {
        let to_big = |v: &Value| match v {
            Value::Int(i) => Some(BigInt::from_i64(*i)),
            Value::BigInt(b) => Some((**b).clone()),
            Value::Bool(b) => Some(BigInt::from_i64(*b as i64)),
            _ => None,
        };
        let (Some(b), Some(e), Some(m)) = (to_big(args.at(0)), to_big(args.at(1)), to_big(m))
        else {
            return Err(
                vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
            );
        };
        return match b.pow_mod(&e, &m) {
            Some(r) => Ok(int_value(r)),
            None => Err(vm.value_error("pow() 3rd argument cannot be 0")),
        };
    }
    vm.binary_op(args.at(0), args.at(1), BinOp::Pow, false)
}

fn b_chr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "chr", &args, 1, 1)?;
    match args.at(0) {
        Value::Int(i) => match u32::try_from(*i).ok().and_then(char::from_u32) {
            Some(c) => Ok(Value::Str(Rc::from(c.to_string()))),
            None => Err(vm.value_error("chr() arg not in range(0x110000)")),
        },
        other => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(other)
        ))),
    }
}

fn b_ord(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "ord", &args, 1, 1)?;
    match args.at(0) {
        Value::Str(s) => {
            let mut chars = s.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => Ok(Value::Int(c as i64)),
                _ => Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.chars().count()
                ))),
            }
        }
        other => Err(vm.type_error(format!(
            "ord() expected string of length 1, but {} found",
            vm.type_name(other)
        ))),
    }
}

fn radix_str(vm: &mut Vm, args: &Args, name: &str, radix: u32, prefix: &str) -> PyResult<Value> {
    check_args(vm, name, args, 1, 1)?;
    let b = match args.at(0) {
        Value::Int(i) => BigInt::from_i64(*i),
        Value::Bool(x) => BigInt::from_i64(*x as i64),
        Value::BigInt(b) => (**b).clone(),
        other => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(other)
            )))
        }
    };
    let s = if b.is_negative() {
        format!("-{}{}", prefix, b.abs().to_str_radix(radix))
    } else {
        format!("{}{}", prefix, b.to_str_radix(radix))
    };
    Ok(Value::Str(Rc::from(s)))
}

fn b_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix_str(vm, &args, "hex", 16, "0x")
}

fn b_bin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix_str(vm, &args, "bin", 2, "0b")
}

fn b_oct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix_str(vm, &args, "oct", 8, "0o")
}

fn b_callable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "callable", &args, 1, 1)?;
    Ok(Value::Bool(match args.at(0) {
        Value::Function(_) | Value::Native(_) | Value::BoundMethod(_) | Value::Class(_) => true,
        v @ Value::Instance(_) => vm.type_lookup(v, "__call__").is_some(),
        _ => false,
    }))
}

fn b_vars(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "vars", &args, 1, 1)?;
    vm.get_attr(args.at(0), "__dict__")
}

/// `dir()` in `frame`: its local names (the module's names at top level), sorted.
#[inline(never)]
pub fn dir_of_scope(frame: &crate::vm::frame::Frame) -> Value {
    let names: Vec<String> = if let Some(ns) = &frame.namespace {
        ns.borrow().keys().map(|k| k.to_string()).collect()
    } else if frame.code.kind == crate::compiler::CodeKind::Module {
        frame
            .globals
            .borrow()
            .keys()
            .map(|k| k.to_string())
            .collect()
    } else {
        let code = &frame.code;
        let bound = code
            .varnames
            .iter()
            .zip(&frame.locals)
            .filter(|(_, v)| v.is_some());
        bound
            .map(|(n, _)| n.to_string())
            .chain(
                code.cellvars
                    .iter()
                    .chain(&code.freevars)
                    .map(|n| n.to_string()),
            )
            .collect()
    };
    sorted_names(names)
}

/// A sorted list of distinct names, as `dir` returns.
fn sorted_names(mut names: Vec<String>) -> Value {
    crate::sort::sort(&mut names);
    names.dedup();
    Value::list(names.into_iter().map(|n| Value::str(&n)).collect())
}

pub fn b_dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "dir", &args, 1, 1)?;
    let v = args.at(0);
    let mut names: Vec<String> = Vec::new();
    match v {
        Value::Module(m) => names.extend(m.globals.borrow().keys().map(|k| k.to_string())),
        Value::Instance(i) => {
            names.extend(i.attrs.borrow().iter().map(|(k, _)| k.to_string()));
            names.extend(i.class.dict.borrow().keys().map(|k| k.to_string()));
            for c in &i.class.mro {
                names.extend(c.dict.borrow().keys().map(|k| k.to_string()));
            }
        }
        // A class lists its own attributes and its bases'.
        Value::Class(cls) => {
            names.extend(cls.dict.borrow().keys().map(|k| k.to_string()));
            for c in &cls.mro {
                names.extend(c.dict.borrow().keys().map(|k| k.to_string()));
            }
        }
        _ => {
            let c = vm.class_of(v);
            names.extend(c.dict.borrow().keys().map(|k| k.to_string()));
        }
    }
    Ok(sorted_names(names))
}

fn b_globals(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let mut d = Dict::new();
    let mut items: Vec<(Rc<str>, Value)> = vm
        .main_globals
        .borrow()
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    crate::sort::sort_by(&mut items, |a, b| a.0.cmp(&b.0));
    for (k, v) in items {
        d.insert(crate::vm::value::Key::Str(k.clone()), Value::Str(k), v);
    }
    Ok(Value::Dict(Rc::new(RefCell::new(d))))
}

fn b_compile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = &args.pos;
    if let Some(n) = ["source", "filename", "mode"].get(pos.len()) {
        return Err(vm.type_error(format!(
            "compile() missing required argument '{n}' (pos {})",
            pos.len() + 1
        )));
    }
    let src = source_text(vm, pos.at(0), "compile")?;
    let (Value::Str(filename), Value::Str(mode)) = (pos.at(1), pos.at(2)) else {
        return Err(vm.type_error("compile() arguments 2 and 3 must be str"));
    };
    if !matches!(&**mode, "exec" | "eval" | "single") {
        return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'"));
    }
    Ok(Value::Code(compile_text(
        vm,
        &src,
        filename,
        &**mode == "eval",
    )?))
}

fn source_text(vm: &Vm, v: &Value, func: &str) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.to_string()),
        Value::Bytes(b) => match std::str::from_utf8(b) {
            Ok(s) => Ok(s.to_string()),
            Err(_) => Err(vm.new_exc(ExcKind::SyntaxError, "source code is not valid UTF-8")),
        },
        _ => Err(vm.type_error(format!(
            "{func}() arg 1 must be a string, bytes or code object"
        ))),
    }
}

/// Compile program text handed to `compile`/`exec`/`eval`; its errors are
/// SyntaxErrors carrying `filename`, as CPython raises them.
fn compile_text(
    vm: &Vm,
    src: &str,
    filename: &str,
    eval: bool,
) -> PyResult<Rc<crate::compiler::Code>> {
    use crate::syntax::{ast::StmtKind, SyntaxError, SyntaxErrorKind};
    let src = if eval {
        src.trim_start_matches([' ', '\t'])
    } else {
        src
    };
    let module = crate::syntax::parse(src).map_err(|e| {
        match e.msg == crate::stack::TOO_DEEP_TO_COMPILE {
            true => vm.new_exc(ExcKind::RecursionError, e.msg),
            false => syntax_exc(vm, &e, filename),
        }
    })?;
    let code = if eval {
        let extra = match module.body.as_slice() {
            [s] if matches!(s.kind, StmtKind::Expr(_)) => None,
            [] => Some(0),
            [s] | [_, s, ..] => Some(s.span.line),
        };
        if let Some(line) = extra {
            let mut e = SyntaxError::new(SyntaxErrorKind::SyntaxError, "invalid syntax", line, 1);
            e.text = src
                .lines()
                .nth(line.max(1) as usize - 1)
                .map(str::to_string);
            return Err(syntax_exc(vm, &e, filename));
        }
        crate::compiler::compile_eval(&module, filename)
    } else {
        crate::compiler::compile_module(&module, filename, false)
    };
    code.map_err(|e| match e.msg == crate::stack::TOO_DEEP_TO_COMPILE {
        true => vm.new_exc(ExcKind::RecursionError, e.msg),
        false => syntax_exc(vm, &SyntaxError::from_compile(&e, src), filename),
    })
}

fn syntax_exc(vm: &Vm, e: &crate::syntax::SyntaxError, filename: &str) -> Interrupt {
    use crate::syntax::SyntaxErrorKind as K;
    let kind = match e.kind {
        K::SyntaxError => ExcKind::SyntaxError,
        K::IndentationError => ExcKind::IndentationError,
        K::TabError => ExcKind::TabError,
        K::Unsupported => return vm.new_exc(ExcKind::NotImplementedError, e.msg.clone()),
    };
    let n = |n: u32| Value::Int(n as i64);
    let text = e.text.as_deref().map_or(Value::None, Value::str);
    let details = [
        Value::str(filename),
        n(e.line),
        n(e.col),
        text,
        n(e.end_line),
        n(e.end_col),
    ];
    let exc = vm.make_exc(
        vm.types.exc(kind),
        vec![Value::str(&e.msg), Value::tuple(details.to_vec())],
    );
    if let Value::Instance(inst) = &exc {
        inst.set_attr(Rc::from("msg"), Value::str(&e.msg));
        let names = [
            "filename",
            "lineno",
            "offset",
            "text",
            "end_lineno",
            "end_offset",
        ];
        for (name, v) in names.into_iter().zip(details) {
            inst.set_attr(Rc::from(name), v);
        }
    }
    Interrupt::Raise(exc)
}

fn b_exec(vm: &mut Vm, args: Args) -> PyResult<Value> {
    run_source(vm, args, "exec").map(|_| Value::None)
}

fn b_eval(vm: &mut Vm, args: Args) -> PyResult<Value> {
    run_source(vm, args, "eval")
}

/// `exec`/`eval`: without dicts the code runs in the program's globals.
/// Dicts are not name maps: the code runs in a copy of their names, and the
/// names it binds are copied back (into `locals` when given).
fn run_source(vm: &mut Vm, args: Args, func: &str) -> PyResult<Value> {
    check_args(vm, func, &args, 1, 3)?;
    let code = match args.at(0) {
        Value::Code(c) => c.clone(),
        v => {
            let src = source_text(vm, v, func)?;
            compile_text(vm, &src, "<string>", func == "eval")?
        }
    };
    let dict = |i: usize| match args.pos.get(i) {
        None | Some(Value::None) => Ok(None),
        Some(Value::Dict(d)) => Ok(Some(d.clone())),
        Some(_) => {
            Err(vm.type_error(["globals must be a dict", "locals must be a mapping"][i - 1]))
        }
    };
    let (globals, locals) = (dict(1)?, dict(2)?);
    let Some(target) = locals.clone().or(globals.clone()) else {
        return vm.run_code(code, vm.main_globals.clone());
    };
    let str_key = |k: &Rc<str>| crate::vm::value::Key::Str(k.clone());
    let mut names = match &globals {
        Some(g) => {
            let key = str_key(&Rc::from("__builtins__"));
            if !g.borrow().contains(&key) {
                let module = Value::Module(Rc::new(ModuleObj {
                    name: Rc::from("builtins"),
                    globals: vm.builtins.clone(),
                }));
                g.borrow_mut()
                    .insert(key, Value::str("__builtins__"), module);
            }
            crate::vm::value::NameMap::default()
        }
        None => vm.main_globals.borrow().clone(),
    };
    for d in globals.iter().chain(locals.iter()) {
        for (k, v) in d.borrow().iter() {
            if let Value::Str(k) = k {
                names.insert(k.clone(), v.clone());
            }
        }
    }
    let ns: Globals = Rc::new(RefCell::new(names));
    let result = vm.run_code(code.clone(), ns.clone());
    let after = ns.borrow();
    let mut t = target.borrow_mut();
    // The names the code binds or deletes, in the order it does.
    for op in &code.ops {
        if let Op::StoreGlobal(i) | Op::DeleteGlobal(i) = *op {
            let k = code.names.at(i as usize);
            match after.get(k) {
                Some(v) => t.insert(str_key(k), Value::Str(k.clone()), v.clone()),
                None => drop(t.remove(&str_key(k))),
            }
        }
    }
    result
}

fn b_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "format", &args, 1, 2)?;
    let spec = match args.pos.get(1) {
        Some(Value::Str(s)) => s.clone(),
        Some(other) => {
            return Err(vm.type_error(format!(
                "format() argument 2 must be str, not {}",
                vm.type_name(other)
            )))
        }
        None => Rc::from(""),
    };
    Ok(Value::Str(Rc::from(vm.format_value(args.at(0), &spec)?)))
}

fn b_input(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.new_exc(
        ExcKind::NotImplementedError,
        "input() is not available in the playground: programs run without a keyboard",
    ))
}

/// `open()`: files live in memory for the run (`lib/io.py`); there is no file system.
fn b_open(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let io = vm.import_module("io")?;
    let open = vm.get_attr(&io, "open")?;
    vm.call_args(&open, args)
}

/// `sys.exit(code)`: raises SystemExit; the program ends with it unless caught.
pub fn b_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "exit", &args, 0, 1)?;
    let class = vm.types.exc(ExcKind::SystemExit);
    Err(Interrupt::Raise(vm.make_exc(class, args.pos)))
}

fn b_aiter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "aiter", &args, 1, 1)?;
    match vm.type_lookup(args.at(0), "__aiter__") {
        Some(m) => vm.call(&m, vec![args.at(0).clone()]),
        None => Err(vm.type_error(format!(
            "'{}' object is not an async iterable",
            vm.type_name(args.at(0))
        ))),
    }
}

fn b_anext(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "anext", &args, 1, 2)?;
    match vm.type_lookup(args.at(0), "__anext__") {
        // With a default: asyncio's `_anext_default` coroutine.
        Some(_) if args.pos.len() == 2 => {
            let m = vm.import_module("asyncio")?;
            let f = vm.get_attr(&m, "_anext_default")?;
            vm.call(&f, args.pos)
        }
        Some(m) => vm.call(&m, vec![args.at(0).clone()]),
        None => Err(vm.type_error(format!(
            "'{}' object is not an async iterator",
            vm.type_name(args.at(0))
        ))),
    }
}

fn b_import(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "__import__", &args, 1, 5)?;
    match args.at(0) {
        Value::Str(s) => {
            let s = s.clone();
            vm.import_module(&s)
        }
        _ => Err(vm.type_error("__import__() argument 1 must be str")),
    }
}

/// `class Name(bases): body` — run the body, then build the class (through
/// the metaclass when there is one other than `type`).
fn b_build_class(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let explicit_meta = args.take_kw("metaclass");
    let Some(Value::Function(body)) = args.pos.first().cloned() else {
        return Err(vm.type_error("__build_class__: func must be a function"));
    };
    let name = match args.pos.get(1) {
        Some(Value::Str(s)) => s.clone(),
        _ => return Err(vm.type_error("__build_class__: name is not a string")),
    };
    // A base that is not a class (`Generic[T]`, `List[int]`) names the
    // classes it stands for with `__mro_entries__`.
    let written: Vec<Value> = args.pos.part(2..).to_vec();
    let mut bases = Vec::new();
    for b in &written {
        match vm.type_lookup(b, "__mro_entries__") {
            Some(f) if !matches!(b, Value::Class(_)) => {
                let entries = vm.call(&f, vec![b.clone(), Value::tuple(written.clone())])?;
                bases.extend(vm.iterate(&entries)?);
            }
            _ => bases.push(b.clone()),
        }
    }
    let meta = match explicit_meta {
        Some(Value::Class(m)) => Some(m),
        Some(other) => {
            let r = vm.repr(&other)?;
            return Err(vm.type_error(format!("metaclass must be a class (got {r})")));
        }
        // The most derived metaclass among the bases'.
        None => bases
            .iter()
            .fold(None, |best: Option<Rc<Class>>, b| match b {
                Value::Class(c) => match (&best, &c.meta) {
                    (Some(m), Some(cm)) if cm.is_subclass_of(m) => Some(cm.clone()),
                    (None, Some(cm)) => Some(cm.clone()),
                    _ => best,
                },
                _ => best,
            }),
    };
    match meta {
        Some(m) if !Rc::ptr_eq(&m, &vm.types.type_) => {
            let ns: crate::vm::frame::Namespace = Rc::new(RefCell::new(Default::default()));
            ns.borrow_mut()
                .insert(Rc::from("__module__"), Value::Str(body.module.clone()));
            vm.run_class_body(&body, ns.clone())?;
            // The metaclass sees the names in the order the body stored them.
            let ns = ns.borrow();
            let mut d = Dict::new();
            let stored = body.code.ops.iter().filter_map(|op| match op {
                crate::compiler::Op::StoreName(i) => body.code.names.get(*i as usize),
                _ => None,
            });
            for k in stored.chain(ns.keys()) {
                if let Some(v) = ns.get(k) {
                    let key = crate::vm::value::Key::Str(k.clone());
                    d.insert(key, Value::Str(k.clone()), v.clone());
                }
            }
            let call_args = Args {
                pos: vec![
                    Value::Str(name),
                    Value::tuple(bases),
                    Value::Dict(Rc::new(RefCell::new(d))),
                ],
                kw: args.kw,
            };
            vm.call_args(&Value::Class(m), call_args)
        }
        _ => make_class(vm, &name, bases, Some(body), None, None, args.kw),
    }
}

pub fn make_class(
    vm: &mut Vm,
    name: &str,
    bases: Vec<Value>,
    body: Option<Rc<PyFunction>>,
    namespace: Option<crate::vm::value::NameMap>,
    meta: Option<Rc<Class>>,
    kw: Vec<(Rc<str>, Value)>,
) -> PyResult<Value> {
    let mut base_classes = Vec::new();
    for b in &bases {
        match b {
            Value::Class(c) => base_classes.push(c.clone()),
            other => {
                let r = vm.repr(other).unwrap_or_default();
                return Err(vm.type_error(format!("bases must be types (got {r})")));
            }
        }
    }
    let mut kind = ClassKind::Object;
    for c in &base_classes {
        if c.kind == ClassKind::Exception {
            kind = ClassKind::Exception;
        } else if c.kind == ClassKind::Builtin && !Rc::ptr_eq(c, &vm.types.object) {
            let allowed = Rc::ptr_eq(c, &vm.types.future)
                || Rc::ptr_eq(c, &vm.types.task)
                || Rc::ptr_eq(c, &vm.types.type_);
            if !allowed {
                return Err(vm.new_exc(
                    ExcKind::NotImplementedError,
                    format!(
                        "the playground does not support subclassing the built-in type '{}'",
                        c.name
                    ),
                ));
            }
        }
    }
    if base_classes.is_empty() {
        base_classes.push(vm.types.object.clone());
    }
    let ns: crate::vm::frame::Namespace = Rc::new(RefCell::new(namespace.unwrap_or_default()));
    let module = body
        .as_ref()
        .map(|b| b.module.clone())
        .unwrap_or_else(|| Rc::from("__main__"));
    ns.borrow_mut()
        .entry(Rc::from("__module__"))
        .or_insert_with(|| Value::Str(module.clone()));
    if let Some(body) = &body {
        vm.run_class_body(body, ns.clone())?;
    }
    let mut dict = ns.borrow().clone();
    let classcell = dict.remove("__classcell__");
    let qualname = match dict.remove("__qualname__") {
        Some(Value::Str(s)) => s,
        _ => Rc::from(name),
    };
    let module = match dict.remove("__module__") {
        Some(Value::Str(s)) => s,
        _ => module,
    };
    let mro = linearize(&base_classes).map_err(|m| vm.type_error(m))?;
    let class = Rc::new(Class {
        name: Rc::from(name),
        qualname: RefCell::new(qualname),
        module,
        bases: base_classes,
        mro,
        dict: RefCell::new(dict),
        kind,
        meta: meta.filter(|m| !Rc::ptr_eq(m, &vm.types.type_)),
    });
    if let Some(Value::Cell(c)) = classcell {
        *c.borrow_mut() = Some(Value::Class(class.clone()));
    }
    let cls = Value::Class(class.clone());
    // Descriptors learn their names, then the parents hear of the subclass.
    let attrs: Vec<(Rc<str>, Value)> = class
        .dict
        .borrow()
        .iter()
        .filter(|(_, v)| matches!(v, Value::Instance(_)))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    for (k, v) in attrs {
        if let Some(f) = vm.type_lookup(&v, "__set_name__") {
            vm.call(&f, vec![v, cls.clone(), Value::Str(k)])?;
        }
    }
    let hook = class
        .mro
        .iter()
        .find_map(|c| c.dict.borrow().get("__init_subclass__").cloned());
    match hook.filter(|h| !matches!(h, Value::Native(_))) {
        Some(h) => {
            let f = match &h {
                Value::Instance(i) => i.get_attr("__func__").unwrap_or(h.clone()),
                _ => h,
            };
            vm.call_args(
                &f,
                Args {
                    pos: vec![cls.clone()],
                    kw,
                },
            )?;
        }
        None if !kw.is_empty() => {
            return Err(vm.type_error(format!(
                "{}.__init_subclass__() takes no keyword arguments",
                class.name
            )))
        }
        None => {}
    }
    Ok(cls)
}
