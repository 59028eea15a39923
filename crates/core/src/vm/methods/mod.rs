//! Constructors and methods of the built-in types. Here: `install` (which
//! puts every native method in its type), the constructors (int, float,
//! str, bytes, list, tuple, dict, set, range, slice, ...), the numbers'
//! methods, and those of exceptions, property/classmethod/staticmethod and
//! super. Each container type has a file of its own: `string` (str and
//! formatting), `list`, `dict` (and its views), `set`, `generator`
//! (generators and coroutines).

use crate::at::{At, Part, VecAt};
use crate::cell::RefCell;
use crate::numeric::bigint::BigInt;
use crate::numeric::float as pyfloat;
use crate::search;
use crate::vm::builtins::{check_args, len_of, make_class, method, sort_values};
use crate::vm::exceptions::ExcKind;
use crate::vm::frame::{Fiber, FiberOutcome, ReturnCtx};
use crate::vm::interp::Vm;
use crate::vm::object::*;
use crate::vm::ops::int_value;
use crate::vm::value::{Dict, Key, Value};
use crate::vm::{Interrupt, PyResult};
use std::rc::Rc;

mod dict;
mod generator;
mod list;
mod set;
mod string;
pub use dict::*;
pub use generator::*;
use list::*;
use set::*;
use string::*;

pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    method(&t.object, "__new__", object_new);
    method(&t.type_, "__new__", type_new);
    method(&t.type_, "mro", type_mro);
    method(&t.type_, "__call__", type_call);
    method(&t.type_, "__init__", no_op);
    method(&t.object, "__init__", object_init);
    method(&t.object, "__init_subclass__", no_op);
    method(&t.object, "__setattr__", object_setattr);
    method(&t.object, "__delattr__", object_setattr);
    method(&t.int, "__new__", |vm, args| of_class(vm, args, int_new));
    method(&t.bool_, "__new__", bool_new);
    method(&t.float, "__new__", |vm, args| {
        of_class(vm, args, float_new)
    });
    method(&t.str_, "__new__", |vm, args| of_class(vm, args, str_new));
    method(&t.bytes, "__new__", bytes_new);
    method(&t.list, "__new__", list_new);
    method(&t.tuple, "__new__", |vm, args| {
        of_class(vm, args, tuple_new)
    });
    method(&t.dict, "__new__", dict_new);
    method(&t.set, "__new__", set_new);
    method(&t.frozenset, "__new__", frozenset_new);
    method(&t.range, "__new__", range_new);
    method(&t.slice, "__new__", slice_new);
    method(&t.module, "__new__", module_new);

    method(&t.int, "bit_length", int_bit_length);
    method(&t.int, "conjugate", identity_method);
    method(&t.int, "__index__", int_index);
    method(&t.float, "is_integer", float_is_integer);
    method(&t.float, "conjugate", identity_method);

    let s = &t.str_;
    for (name, f) in STR_METHODS {
        method(s, name, *f);
    }
    method(&t.bytes, "decode", bytes_decode);

    let l = &t.list;
    for (name, f) in LIST_METHODS {
        method(l, name, *f);
    }
    method(&t.tuple, "count", seq_count);
    method(&t.tuple, "index", seq_index);

    let d = &t.dict;
    for (name, f) in DICT_METHODS {
        method(d, name, *f);
    }
    let st = &t.set;
    for (name, f) in SET_METHODS {
        method(st, name, *f);
    }
    for name in [
        "union",
        "intersection",
        "difference",
        "symmetric_difference",
        "issubset",
        "issuperset",
        "isdisjoint",
        "copy",
    ] {
        if let Some(v) = st.dict.borrow().get(name).cloned() {
            t.frozenset.dict.borrow_mut().insert(Rc::from(name), v);
        }
    }
    method(&t.range, "count", seq_count);
    method(&t.range, "index", seq_index);

    for g in [&t.generator, &t.coroutine] {
        method(g, "send", gen_send);
        method(g, "throw", gen_throw);
        method(g, "close", gen_close);
        method(g, "__next__", gen_next);
        method(g, "__iter__", identity_method);
    }
    method(&t.coroutine, "__await__", identity_method);
    method(&t.async_generator, "__aiter__", identity_method);
    method(&t.async_generator, "__anext__", async_gen_anext);
    method(&t.async_generator, "athrow", async_gen_athrow);
    method(&t.async_generator, "asend", async_gen_asend);
    method(&t.iterator, "__next__", iterator_next);
    method(&t.iterator, "__iter__", identity_method);

    let base = t.exc(ExcKind::BaseException);
    method(&base, "__init__", exc_init);
    method(&base, "with_traceback", identity_first);
    method(&base, "add_note", exc_add_note);

    method(&t.property, "__init__", property_init);
    method(&t.property, "setter", property_setter);
    method(&t.property, "getter", property_getter);
    method(&t.classmethod, "__init__", wrapper_init);
    method(&t.staticmethod, "__init__", wrapper_init);
    method(&t.super_, "__init__", super_init);
}

/// Data attributes of built-in values that are not methods.
pub fn value_attribute(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    Ok(match (obj, name) {
        (Value::Int(_) | Value::BigInt(_), "real" | "numerator") => Some(obj.clone()),
        (Value::Bool(b), "real" | "numerator") => Some(Value::Int(*b as i64)),
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "imag") => Some(Value::Int(0)),
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "denominator") => Some(Value::Int(1)),
        (Value::Float(_), "real") => Some(obj.clone()),
        (Value::Float(_), "imag") => Some(Value::Float(0.0)),
        (Value::Range(r), "start") => Some(Value::Int(r.0)),
        (Value::Range(r), "stop") => Some(Value::Int(r.1)),
        (Value::Range(r), "step") => Some(Value::Int(r.2)),
        (Value::Slice(s), "start") => Some(s[0].clone()),
        (Value::Slice(s), "stop") => Some(s[1].clone()),
        (Value::Slice(s), "step") => Some(s[2].clone()),
        (Value::Future(_), _) => crate::asyncio::future_attribute(vm, obj, name)?,
        // A cancelled handle lets its callback go, as CPython's does.
        (Value::TimerHandle(h), "_callback") if !h.cancelled.get() => Some(h.callback.clone()),
        (Value::TimerHandle(h), "_args") if !h.cancelled.get() => {
            Some(Value::tuple(h.args.clone()))
        }
        (Value::TimerHandle(_), "_callback" | "_args") => Some(Value::None),
        (Value::TimerHandle(h), "_source_traceback") => Some(match &h.source_traceback {
            Some(frames) => crate::asyncio::library::frame_tuples(vm, frames),
            None => Value::None,
        }),
        _ => None,
    })
}

fn identity_method(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.pos.first().cloned().unwrap_or(Value::None))
}

/// `x.__index__()`: the int (a bool's is 0 or 1).
fn int_index(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(match args.pos.first() {
        Some(Value::Bool(b)) => Value::Int(*b as i64),
        Some(v) => v.clone(),
        None => Value::None,
    })
}

fn identity_first(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.pos.first().cloned().unwrap_or(Value::None))
}

// ---- constructors ----

fn object_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() > 1 {
        return Err(vm.type_error("object() takes no arguments"));
    }
    // `object.__new__(cls)` from a `__new__` written in Python.
    let class = match args.pos.first() {
        Some(Value::Class(c)) if c.kind != ClassKind::Builtin => c.clone(),
        _ => vm.types.object.clone(),
    };
    let inst = Rc::new(Instance::new(class));
    vm.track_instance(&inst);
    Ok(Value::Instance(inst))
}

/// `int.__new__(cls, ...)` (float's, str's, tuple's) with `cls` a class
/// written in Python, as a `__new__` of its own calls it: an instance of
/// `cls` standing on the value made (`lib/_builtin_bases.py`).
fn of_class(vm: &mut Vm, args: Args, new: fn(&mut Vm, Args) -> PyResult<Value>) -> PyResult<Value> {
    let class = match args.pos.first() {
        Some(Value::Class(c)) if c.kind != ClassKind::Builtin => Some(c.clone()),
        _ => None,
    };
    let value = new(vm, args)?;
    Ok(match class {
        Some(class) => {
            let inst = Rc::new(Instance::new(class));
            inst.set_attr(Rc::from("_builtin_value"), value);
            vm.track_instance(&inst);
            Value::Instance(inst)
        }
        None => value,
    })
}

fn no_op(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

/// `object.__init__`: extra arguments are an error unless `__new__` was overridden.
fn object_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() <= 1 && args.kw.is_empty() {
        return Ok(Value::None);
    }
    let class = vm.class_of(args.pos.first().unwrap_or(&Value::None));
    let own_init = !matches!(class.lookup("__init__"), Some(Value::Native(_)));
    if own_init {
        return Err(vm.type_error(
            "object.__init__() takes exactly one argument (the instance to initialize)",
        ));
    }
    let own_new = matches!(class.lookup("__new__"), Some(Value::Function(_)));
    if own_new || class.kind != ClassKind::Object || class.is_subclass_of(&vm.types.type_) {
        return Ok(Value::None);
    }
    Err(vm.type_error(format!("{}() takes no arguments", class.name)))
}

/// `cls.mro()`: `__mro__` as a list.
fn type_mro(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos.first().cloned().unwrap_or(Value::None);
    let mro = vm.get_attr(&cls, "__mro__")?;
    Ok(Value::list(vm.iterate(&mro)?))
}

fn type_call(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    match args.pos.first() {
        Some(Value::Class(c)) => {
            let c = c.clone();
            args.pos.remove_at(0);
            vm.instantiate_plain(c, args)
        }
        _ => Err(vm.type_error("descriptor '__call__' requires a 'type' object")),
    }
}

/// `object.__setattr__(obj, name, value)` and `object.__delattr__(obj, name)`:
/// the plain store or removal, past any hook the object's class defines.
fn object_setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "__setattr__", &args, 2, 3)?;
    let (obj, value) = (args.at(0), args.pos.get(2));
    let Value::Str(name) = args.at(1) else {
        return Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(args.at(1))
        )));
    };
    match (obj, value) {
        (Value::Instance(i), Some(v)) => i.set_attr(name.clone(), v.clone()),
        (Value::Class(c), Some(v)) => {
            c.dict.borrow_mut().insert(name.clone(), v.clone());
        }
        (Value::Instance(i), None) if i.del_attr(name) => {}
        _ => return Err(vm.attribute_error(obj, name)),
    }
    Ok(Value::None)
}

fn type_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos.len() {
        2 => Ok(Value::Class(vm.class_of(args.at(1)))),
        4 => {
            let name = match args.at(1) {
                Value::Str(s) => s.clone(),
                _ => return Err(vm.type_error("type.__new__() argument 1 must be str")),
            };
            let bases = vm.iterate(args.at(2))?;
            let mut ns = crate::vm::value::NameMap::default();
            for (k, v) in vm.mapping_items(args.at(3))? {
                if let Value::Str(s) = k {
                    ns.insert(s, v);
                }
            }
            let meta = match args.at(0) {
                Value::Class(m) => Some(m.clone()),
                _ => None,
            };
            make_class(vm, &name, bases, None, Some(ns), meta, args.kw)
        }
        _ => Err(vm.type_error("type() takes 1 or 3 arguments")),
    }
}

fn int_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let base_kw = args.take_kw("base");
    let x = args.pos.get(1).cloned().unwrap_or(Value::Int(0));
    let base = base_kw.or_else(|| args.pos.get(2).cloned());
    if let Some(base) = base {
        let b = match base {
            Value::Int(b) => b,
            _ => return Err(vm.type_error("'str' object cannot be interpreted as an integer")),
        };
        if b != 0 && !(2..=36).contains(&b) {
            return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        return match &x {
            Value::Str(s) => parse_int(vm, s, b as u32),
            _ => Err(vm.type_error("int() can't convert non-string with explicit base")),
        };
    }
    match &x {
        Value::Int(_) | Value::BigInt(_) => Ok(x.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => {
            vm.check_integral(*f)?;
            if f.abs() < 9.0e18 {
                return Ok(Value::Int(f.trunc() as i64));
            }
            Ok(int_value(BigInt::from_f64(*f).unwrap_or_default()))
        }
        Value::Str(s) => parse_int(vm, s, 10),
        Value::Bytes(b) => {
            // Bytes that are not UTF-8 are no number either.
            let s = std::str::from_utf8(b).unwrap_or("\u{fffd}");
            parse_int(vm, s, 10)
        }
        _ => {
            for name in ["__int__", "__index__", "__trunc__"] {
                if let Some(m) = vm.type_lookup(&x, name) {
                    return vm.call(&m, vec![x.clone()]);
                }
            }
            Err(vm.type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                vm.type_name(&x)
            )))
        }
    }
}

/// `s` with fullwidth digits (`１２`, as Chinese text writes them) made
/// ASCII: CPython's int() and float() read any Unicode decimal digit.
fn ascii_digits(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() {
        return s.into();
    }
    s.chars()
        .map(|c| match c {
            '\u{ff10}'..='\u{ff19}' => char::from(b'0' + (c as u32 - 0xff10) as u8),
            c => c,
        })
        .collect::<String>()
        .into()
}

fn parse_int(vm: &mut Vm, text: &str, base: u32) -> PyResult<Value> {
    let s = &ascii_digits(text);
    // CPython limits the digits of bases that are not powers of two.
    let t = s.trim();
    let t = t.strip_prefix(['+', '-']).unwrap_or(t);
    let prefixed =
        base == 0 && t.len() > 1 && t.starts_with('0') && t.as_bytes()[1].is_ascii_alphabetic();
    if vm.int_max_str_digits > 0 && !prefixed && !base.is_power_of_two() {
        let radix = if base == 0 { 10 } else { base };
        let n = t
            .chars()
            .take_while(|&c| c == '_' || c.is_digit(radix))
            .filter(|&c| c != '_')
            .count();
        if n > vm.int_max_str_digits {
            return Err(vm.int_digits_error(&format!(": value has {n} digits")));
        }
    }
    match BigInt::parse_python_int(s, base) {
        Some(b) => Ok(int_value(b)),
        None => {
            let r = crate::vm::ops::str_repr(text);
            Err(vm.value_error(format!("invalid literal for int() with base {base}: {r}")))
        }
    }
}

fn bool_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos.get(1) {
        Some(v) => Ok(Value::Bool(vm.truthy(&v.clone())?)),
        None => Ok(Value::Bool(false)),
    }
}

fn float_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = args.pos.get(1).cloned().unwrap_or(Value::Float(0.0));
    match &x {
        Value::Float(_) => Ok(x.clone()),
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            Ok(Value::Float(vm.to_f64(&x)?.unwrap_or(0.0)))
        }
        Value::Str(s) => match pyfloat::parse_float(&ascii_digits(s)) {
            Some(f) => Ok(Value::Float(f)),
            None => {
                let r = crate::vm::ops::str_repr(s);
                Err(vm.value_error(format!("could not convert string to float: {r}")))
            }
        },
        Value::Bytes(b) => match std::str::from_utf8(b).ok().and_then(pyfloat::parse_float) {
            Some(f) => Ok(Value::Float(f)),
            None => {
                let r = vm.repr(&x)?;
                Err(vm.value_error(format!("could not convert string to float: {r}")))
            }
        },
        _ => match vm.type_lookup(&x, "__float__") {
            Some(m) => vm.call(&m, vec![x.clone()]),
            None => Err(vm.type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                vm.type_name(&x)
            ))),
        },
    }
}

fn str_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos.get(1) {
        None => Ok(Value::str("")),
        // str(b, encoding, errors) is b.decode(encoding, errors).
        Some(Value::Bytes(_)) if args.pos.len() > 2 => {
            let decode = vm.get_attr(args.at(1), "decode")?;
            vm.call(&decode, args.pos.part(2..).to_vec())
        }
        Some(v) => {
            let v = v.clone();
            Ok(Value::Str(Rc::from(vm.str_of(&v)?)))
        }
    }
}

fn bytes_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos.get(1) {
        None => Ok(Value::Bytes(Rc::from(Vec::new()))),
        Some(Value::Str(s)) => Ok(Value::Bytes(Rc::from(s.as_bytes()))),
        Some(Value::Int(n)) if *n < 0 => Err(vm.value_error("negative count")),
        Some(Value::Int(n)) => {
            vm.check_alloc(*n as usize)?;
            Ok(Value::Bytes(Rc::from(vec![0u8; *n as usize])))
        }
        Some(v) => {
            let items = vm.iterate(&v.clone())?;
            let mut out = Vec::new();
            for it in items {
                match it {
                    Value::Int(i) if (0..256).contains(&i) => out.push(i as u8),
                    _ => return Err(vm.value_error("bytes must be in range(0, 256)")),
                }
            }
            Ok(Value::Bytes(Rc::from(out)))
        }
    }
}

fn list_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos.get(1) {
        None => Ok(Value::list(vec![])),
        Some(v) => {
            let items = vm.iterate(&v.clone())?;
            Ok(Value::list(items))
        }
    }
}

fn tuple_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos.get(1) {
        None => Ok(Value::tuple(vec![])),
        Some(Value::Tuple(t)) => Ok(Value::Tuple(t.clone())),
        Some(v) => {
            let items = vm.iterate(&v.clone())?;
            Ok(Value::tuple(items))
        }
    }
}

/// `types.ModuleType(name, doc=None)`: an empty module.
fn module_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "module", &args, 2, 3)?;
    let name = vm.str_of(args.at(1))?;
    let doc = args.pos.get(2).cloned().unwrap_or(Value::None);
    Ok(crate::modules::native_module(
        &name,
        &[],
        vec![("__doc__", doc)],
    ))
}

pub fn new_dict(d: Dict) -> Value {
    Value::Dict(Rc::new(RefCell::new(d)))
}

fn dict_update_from(vm: &mut Vm, d: &mut Dict, src: &Value) -> PyResult<()> {
    match src {
        Value::Dict(s) => {
            for (k, v) in s.borrow().clone().iter() {
                let hk = vm.key_in(k, d)?;
                d.insert(hk, k.clone(), v.clone());
            }
        }
        _ if vm.get_attr_probe(src, "keys")?.is_some()
            && !matches!(src, Value::List(_) | Value::Tuple(_)) =>
        {
            for (k, v) in vm.mapping_items(src)? {
                let hk = vm.key_in(&k, d)?;
                d.insert(hk, k, v);
            }
        }
        _ => {
            let items = vm.iterate(src)?;
            for (i, it) in items.into_iter().enumerate() {
                let pair = vm.iterate(&it).map_err(|_| {
                    vm.type_error(format!(
                        "cannot convert dictionary update sequence element #{} to a sequence",
                        i
                    ))
                })?;
                if pair.len() != 2 {
                    return Err(vm.value_error(format!(
                        "dictionary update sequence element #{} has length {}; 2 is required",
                        i,
                        pair.len()
                    )));
                }
                let hk = vm.key_in(pair.at(0), d)?;
                d.insert(hk, pair.at(0).clone(), pair.at(1).clone());
            }
        }
    }
    Ok(())
}

fn dict_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut d = Dict::new();
    if let Some(src) = args.pos.get(1) {
        dict_update_from(vm, &mut d, &src.clone())?;
    }
    for (k, v) in args.kw {
        d.insert(Key::Str(k.clone()), Value::Str(k), v);
    }
    Ok(new_dict(d))
}

fn set_from(vm: &mut Vm, v: Option<&Value>) -> PyResult<Dict> {
    let mut d = Dict::new();
    if let Some(v) = v {
        for it in vm.iterate(&v.clone())? {
            let k = vm.key_in(&it, &d)?;
            d.insert(k, it, Value::None);
        }
    }
    Ok(d)
}

fn set_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = set_from(vm, args.pos.get(1))?;
    Ok(Value::Set(Rc::new(RefCell::new(d))))
}

fn frozenset_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = set_from(vm, args.pos.get(1))?;
    Ok(Value::FrozenSet(Rc::new(d)))
}

fn to_i64(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Instance(_) if vm.type_lookup(v, "__index__").is_some() => {
            let n = vm.index_dunder(v)?.unwrap_or(Value::None);
            to_i64(vm, &n)
        }
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(_) => Err(vm.new_exc(
            ExcKind::OverflowError,
            "Python int too large to convert to C ssize_t",
        )),
        other => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(other)
        ))),
    }
}

fn range_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a: Vec<i64> = args
        .pos
        .part(1..)
        .iter()
        .map(|v| to_i64(vm, v))
        .collect::<PyResult<_>>()?;
    let (start, stop, step) = match a.len() {
        1 => (0, *a.at(0), 1),
        2 => (*a.at(0), *a.at(1), 1),
        3 => (*a.at(0), *a.at(1), *a.at(2)),
        0 => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        n => return Err(vm.type_error(format!("range expected at most 3 arguments, got {n}"))),
    };
    if step == 0 {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Range(Rc::new((start, stop, step))))
}

fn slice_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.pos.part(1..);
    let (s, e, st) = match a.len() {
        1 => (Value::None, a[0].clone(), Value::None),
        2 => (a[0].clone(), a[1].clone(), Value::None),
        3 => (a[0].clone(), a[1].clone(), a[2].clone()),
        _ => return Err(vm.type_error("slice expected at least 1 argument, got 0")),
    };
    Ok(Value::Slice(Rc::new([s, e, st])))
}

// ---- numbers ----

fn int_bit_length(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(match args.at(0) {
        Value::Int(i) => (64 - i.unsigned_abs().leading_zeros()) as i64,
        Value::Bool(b) => *b as i64,
        Value::BigInt(b) => b.bit_length() as i64,
        _ => 0,
    }))
}

fn float_is_integer(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(
        matches!(args.at(0), Value::Float(f) if f.is_finite() && f.fract() == 0.0),
    ))
}

// ---- exceptions, descriptors, super ----

fn exc_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(Value::Instance(inst)) = args.pos.first() {
        if let Some(d) = &inst.exc {
            let mut given = args.pos.part(1..).to_vec();
            // `OSError(errno, strerror, filename, winerror, filename2)`: the
            // file names are attributes and `args` the first two.
            if (3..=5).contains(&given.len())
                && inst.class.is_subclass_of(&vm.types.exc(ExcKind::OSError))
            {
                for (at, name) in [(2, "filename"), (4, "filename2")] {
                    if let Some(f) = given.get(at) {
                        inst.set_attr(Rc::from(name), f.clone());
                    }
                }
                given.truncate(2);
            }
            d.borrow_mut().args = given;
        }
    }
    Ok(Value::None)
}

fn exc_add_note(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "add_note", &args, 2, 2)?;
    let (exc, note) = (args.at(0), args.at(1));
    if !matches!(note, Value::Str(_)) {
        return Err(vm.type_error(format!("note must be a str, not '{}'", vm.type_name(note))));
    }
    let notes = match vm.get_attr_opt(exc, "__notes__")? {
        Some(notes) => notes,
        None => {
            let notes = Value::list(Vec::new());
            vm.set_attr(exc, Rc::from("__notes__"), notes.clone())?;
            notes
        }
    };
    match notes {
        Value::List(l) => l.borrow_mut().push(note.clone()),
        _ => return Err(vm.type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(Value::None)
}

fn property_init(_vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let fget = args.take_kw("fget");
    let fset = args.take_kw("fset");
    let doc = args.take_kw("doc");
    if let Some(Value::Instance(p)) = args.pos.first() {
        let fget = fget
            .or_else(|| args.pos.get(1).cloned())
            .unwrap_or(Value::None);
        // Its doc, else the getter's docstring.
        let doc = doc.unwrap_or_else(|| match &fget {
            Value::Function(f) => f.code.doc.clone().map_or(Value::None, Value::Str),
            _ => Value::None,
        });
        p.set_attr(Rc::from("fget"), fget);
        p.set_attr(
            Rc::from("fset"),
            fset.or_else(|| args.pos.get(2).cloned())
                .unwrap_or(Value::None),
        );
        p.set_attr(Rc::from("__doc__"), doc);
    }
    Ok(Value::None)
}

fn property_copy(vm: &mut Vm, args: &Args, slot: &str) -> PyResult<Value> {
    let Some(Value::Instance(p)) = args.pos.first() else {
        return Err(vm.type_error("descriptor requires a property"));
    };
    let new = Instance::new(vm.types.property.clone());
    for (k, v) in p.attrs.borrow().iter() {
        new.set_attr(k.clone(), v.clone());
    }
    new.set_attr(
        Rc::from(slot),
        args.pos.get(1).cloned().unwrap_or(Value::None),
    );
    Ok(Value::Instance(Rc::new(new)))
}

fn property_setter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_copy(vm, &args, "fset")
}

fn property_getter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_copy(vm, &args, "fget")
}

fn wrapper_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "classmethod", &args, 2, 2)?;
    if let Some(Value::Instance(w)) = args.pos.first() {
        w.set_attr(Rc::from("__func__"), args.at(1).clone());
    }
    Ok(Value::None)
}

fn super_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() != 3 {
        return Err(vm.new_exc(ExcKind::RuntimeError, "super(): no arguments"));
    }
    if let Some(Value::Instance(sp)) = args.pos.first() {
        sp.set_attr(Rc::from("__thisclass__"), args.at(1).clone());
        sp.set_attr(Rc::from("__self__"), args.at(2).clone());
    }
    Ok(Value::None)
}

/// `agen.__anext__()`: an awaitable that runs the generator to its next
/// `yield` (a marked pair the VM recognises; never visible to programs).
fn async_gen_anext(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this_gen(vm, &args)?;
    let state = g.borrow().state;
    if state == GenState::Finished {
        return Err(Interrupt::Raise(
            vm.make_exc(vm.types.exc(ExcKind::StopAsyncIteration), vec![]),
        ));
    }
    Ok(Value::tuple(vec![Value::Null, Value::Generator(g)]))
}

/// `agen.athrow(exc)`: an awaitable throwing `exc` in at the suspended `yield`.
fn async_gen_athrow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "athrow", &args, 2, 4)?;
    let g = this_gen(vm, &args)?;
    let exc = vm.make_raisable(args.at(1).clone())?;
    if g.borrow().state != GenState::Suspended {
        let mut g = g.borrow_mut();
        g.state = GenState::Finished;
        g.frame = None;
        return Err(Interrupt::Raise(exc));
    }
    Ok(Value::tuple(vec![Value::Null, Value::Generator(g), exc]))
}

/// `agen.asend(value)`: an awaitable sending `value` in (resolved by YieldFrom).
fn async_gen_asend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "asend", &args, 2, 2)?;
    async_gen_anext(vm, Args::new(vec![args.at(0).clone()]))?;
    let g = this_gen(vm, &args)?;
    let v = args.at(1).clone();
    Ok(Value::tuple(vec![
        Value::Null,
        Value::Generator(g),
        v,
        Value::Null,
    ]))
}
