//! Constructors and methods of the built-in types: int, float, str, bytes,
//! list, tuple, dict (and its views), set, range, generators, exceptions,
//! property/classmethod/staticmethod/super.

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
    method(&t.int, "__new__", int_new);
    method(&t.bool_, "__new__", bool_new);
    method(&t.float, "__new__", float_new);
    method(&t.str_, "__new__", str_new);
    method(&t.bytes, "__new__", bytes_new);
    method(&t.list, "__new__", list_new);
    method(&t.tuple, "__new__", tuple_new);
    method(&t.dict, "__new__", dict_new);
    method(&t.set, "__new__", set_new);
    method(&t.frozenset, "__new__", frozenset_new);
    method(&t.range, "__new__", range_new);
    method(&t.slice, "__new__", slice_new);
    method(&t.module, "__new__", module_new);

    method(&t.int, "bit_length", int_bit_length);
    method(&t.int, "conjugate", identity_method);
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
        _ => None,
    })
}

fn identity_method(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.pos.first().cloned().unwrap_or(Value::None))
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
    Ok(Value::Instance(Rc::new(Instance::new(class))))
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
            if f.is_nan() {
                return Err(vm.value_error("cannot convert float NaN to integer"));
            }
            if f.is_infinite() {
                return Err(vm.new_exc(
                    ExcKind::OverflowError,
                    "cannot convert float infinity to integer",
                ));
            }
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

fn to_i64(vm: &Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
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

// ---- str ----

fn this_str(vm: &Vm, args: &Args, name: &str) -> PyResult<Rc<str>> {
    match args.pos.first() {
        Some(Value::Str(s)) => Ok(s.clone()),
        _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'str' object"))),
    }
}

fn str_arg(vm: &Vm, args: &Args, i: usize, what: &str) -> PyResult<Option<Rc<str>>> {
    match args.pos.get(i) {
        None | Some(Value::None) => Ok(None),
        Some(Value::Str(s)) => Ok(Some(s.clone())),
        Some(other) => Err(vm.type_error(format!(
            "{what} arg must be None or str, not {}",
            vm.type_name(other)
        ))),
    }
}

fn s(v: String) -> PyResult<Value> {
    Ok(Value::Str(Rc::from(v)))
}

const STR_METHODS: &[(&str, NativeFn)] = &[
    ("join", str_join),
    ("split", str_split),
    ("rsplit", str_rsplit),
    ("splitlines", str_splitlines),
    ("strip", str_strip),
    ("lstrip", str_lstrip),
    ("rstrip", str_rstrip),
    ("replace", str_replace),
    ("startswith", str_startswith),
    ("endswith", str_endswith),
    ("upper", str_upper),
    ("lower", str_lower),
    ("casefold", str_lower),
    ("title", str_title),
    ("capitalize", str_capitalize),
    ("swapcase", str_swapcase),
    ("find", str_find),
    ("rfind", str_rfind),
    ("index", str_index),
    ("rindex", str_rindex),
    ("count", str_count),
    ("format", str_format),
    ("isdigit", str_isdigit),
    ("isdecimal", str_isdigit),
    ("isnumeric", str_isdigit),
    ("isalpha", str_isalpha),
    ("isalnum", str_isalnum),
    ("isspace", str_isspace),
    ("isprintable", str_isprintable),
    ("isupper", str_isupper),
    ("islower", str_islower),
    ("isidentifier", str_isidentifier),
    ("center", str_center),
    ("ljust", str_ljust),
    ("rjust", str_rjust),
    ("zfill", str_zfill),
    ("partition", str_partition),
    ("rpartition", str_rpartition),
    ("encode", str_encode),
    ("removeprefix", str_removeprefix),
    ("removesuffix", str_removesuffix),
    ("expandtabs", str_expandtabs),
];

fn str_join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "str.join", &args, 2, 2)?;
    let sep = this_str(vm, &args, "join")?;
    let items = vm.iterate(args.at(1))?;
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        vm.check_alloc(out.len())?;
        match it {
            Value::Str(p) => out.push_str(p),
            other => {
                return Err(vm.type_error(format!(
                    "sequence item {}: expected str instance, {} found",
                    i,
                    vm.type_name(other)
                )))
            }
        }
    }
    s(out)
}

fn split_impl(vm: &mut Vm, mut args: Args, right: bool) -> PyResult<Value> {
    let sep_kw = args.take_kw("sep");
    let max_kw = args.take_kw("maxsplit");
    let this = this_str(vm, &args, "split")?;
    if let Some(v) = sep_kw {
        args.pos.insert_at(1, v);
    }
    if let Some(v) = max_kw {
        if args.pos.len() < 2 {
            args.pos.push(Value::None);
        }
        args.pos.insert_at(2, v);
    }
    let sep = str_arg(vm, &args, 1, "sep")?;
    let maxsplit = match args.pos.get(2) {
        Some(Value::Int(i)) => *i,
        _ => -1,
    };
    let parts: Vec<String> = match sep {
        None => {
            let words: Vec<&str> = this.split_whitespace().collect();
            if maxsplit < 0 || (words.len() as i64) <= maxsplit {
                words.into_iter().map(String::from).collect()
            } else if !right {
                // Keep the remainder (leading whitespace stripped) as the last part.
                let mut out = Vec::new();
                let mut rest: &str = this.trim_start();
                for _ in 0..maxsplit {
                    let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                    out.push(rest.part(..end).to_string());
                    rest = rest.part(end..).trim_start();
                }
                if !rest.is_empty() {
                    out.push(rest.to_string());
                }
                out
            } else {
                let mut out = Vec::new();
                let mut rest: &str = this.trim_end();
                for _ in 0..maxsplit {
                    let start = rest.rfind(char::is_whitespace).map(|i| i + 1).unwrap_or(0);
                    out.push(rest.part(start..).to_string());
                    rest = rest.part(..start).trim_end();
                }
                if !rest.is_empty() {
                    out.push(rest.to_string());
                }
                out.reverse();
                out
            }
        }
        Some(sep) => {
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            // rsplit takes separators from the right (they may overlap: "aaa").
            let mut left = usize::try_from(maxsplit).unwrap_or(usize::MAX);
            let mut parts = Vec::new();
            let mut rest: &str = &this;
            while left > 0 {
                let found = if right {
                    search::rsplit_once(rest, &sep)
                } else {
                    search::split_once(rest, &sep)
                };
                let Some((before, after)) = found else {
                    break;
                };
                parts.push(String::from(if right { after } else { before }));
                rest = if right { before } else { after };
                left -= 1;
            }
            parts.push(String::from(rest));
            if right {
                parts.reverse();
            }
            parts
        }
    };
    Ok(Value::list(
        parts.into_iter().map(|p| Value::Str(Rc::from(p))).collect(),
    ))
}

fn str_split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_impl(vm, args, false)
}

fn str_rsplit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_impl(vm, args, true)
}

fn str_splitlines(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let keep = args
        .take_kw("keepends")
        .or_else(|| args.pos.get(1).cloned())
        .is_some_and(|v| vm.truthy(&v).unwrap_or(false));
    let this = this_str(vm, &args, "splitlines")?;
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = this.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'\n' || bytes[i] == b'\r' {
            let mut end = i + 1;
            if bytes[i] == b'\r' && i + 1 < bytes.len() && bytes[i + 1] == b'\n' {
                end += 1;
            }
            out.push(Value::str(this.part(start..if keep { end } else { i })));
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < bytes.len() {
        out.push(Value::str(this.part(start..)));
    }
    Ok(Value::list(out))
}

fn strip_impl(vm: &mut Vm, args: Args, left: bool, right: bool) -> PyResult<Value> {
    let this = this_str(vm, &args, "strip")?;
    let chars = str_arg(vm, &args, 1, "strip")?;
    let r: &str = match &chars {
        None => match (left, right) {
            (true, true) => this.trim(),
            (true, false) => this.trim_start(),
            _ => this.trim_end(),
        },
        Some(cs) => {
            let f = |c: char| cs.chars().any(|x| x == c);
            match (left, right) {
                (true, true) => this.trim_matches(f),
                (true, false) => this.trim_start_matches(f),
                _ => this.trim_end_matches(f),
            }
        }
    };
    s(r.to_string())
}

fn str_strip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, true, true)
}

fn str_lstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, true, false)
}

fn str_rstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, false, true)
}

fn str_replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "replace", &args, 3, 4)?;
    let this = this_str(vm, &args, "replace")?;
    let (Some(old), Some(new)) = (
        str_arg(vm, &args, 1, "replace")?,
        str_arg(vm, &args, 2, "replace")?,
    ) else {
        return Err(vm.type_error("replace() argument must be str"));
    };
    // A negative count replaces every occurrence, as CPython's.
    let count = match args.pos.get(3) {
        Some(v) => usize::try_from(to_i64(vm, v)?).unwrap_or(usize::MAX),
        None => usize::MAX,
    };
    let found = search::matches(&this, &old)
        .count()
        .min(count)
        .saturating_add(old.is_empty() as usize);
    vm.check_alloc(found.saturating_mul(new.len()).saturating_add(this.len()))?;
    s(search::replacen(&this, &old, &new, count))
}

fn affix_impl(vm: &mut Vm, args: Args, start: bool) -> PyResult<Value> {
    let whole = this_str(vm, &args, "startswith")?;
    let this: &str = if args.pos.len() > 2 {
        let at = crate::vm::char_pos::of(&whole);
        let (from, to) = char_bounds(vm, &args, at.len())?;
        if from > to {
            return Ok(Value::Bool(false));
        }
        whole.part(at.byte(from)..at.byte(to))
    } else {
        &whole
    };
    let candidates: Vec<Value> = match args.pos.get(1) {
        Some(Value::Tuple(t)) => t.to_vec(),
        Some(v) => vec![v.clone()],
        None => return Err(vm.type_error("startswith() takes at least 1 argument (0 given)")),
    };
    for c in candidates {
        match c {
            Value::Str(p) => {
                if (start && this.starts_with(&*p)) || (!start && this.ends_with(&*p)) {
                    return Ok(Value::Bool(true));
                }
            }
            other => {
                let which = if start { "startswith" } else { "endswith" };
                return Err(vm.type_error(format!(
                    "{which} first arg must be str or a tuple of str, not {}",
                    vm.type_name(&other)
                )));
            }
        }
    }
    Ok(Value::Bool(false))
}

fn str_startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_impl(vm, args, true)
}

fn str_endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_impl(vm, args, false)
}

fn str_upper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    s(crate::vm::casemap::upper(&this_str(vm, &args, "upper")?))
}

fn str_lower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    s(crate::vm::casemap::lower(&this_str(vm, &args, "lower")?))
}

fn str_title(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = this_str(vm, &args, "title")?;
    let mut out = String::new();
    let mut prev_cased = false;
    for c in this.chars() {
        if prev_cased {
            crate::vm::casemap::push_lower(&mut out, c);
        } else {
            crate::vm::casemap::push_upper(&mut out, c);
        }
        prev_cased = c.is_alphabetic();
    }
    s(out)
}

fn str_capitalize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = this_str(vm, &args, "capitalize")?;
    let mut chars = this.chars();
    let mut out = String::new();
    if let Some(c) = chars.next() {
        crate::vm::casemap::push_upper(&mut out, c);
        out.push_str(&crate::vm::casemap::lower(chars.as_str()));
    }
    s(out)
}

fn str_swapcase(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = this_str(vm, &args, "swapcase")?;
    let mut out = String::new();
    for c in this.chars() {
        if c.is_uppercase() {
            crate::vm::casemap::push_lower(&mut out, c);
        } else {
            crate::vm::casemap::push_upper(&mut out, c);
        }
    }
    s(out)
}

/// Character-index bounds from optional start/end arguments.
fn char_bounds(vm: &Vm, args: &Args, len: usize) -> PyResult<(usize, usize)> {
    let norm = |v: Option<&Value>, default: usize| -> PyResult<usize> {
        match v {
            None | Some(Value::None) => Ok(default),
            Some(Value::Int(i)) => {
                let i = if *i < 0 { (*i + len as i64).max(0) } else { *i };
                Ok((i as usize).min(len))
            }
            Some(other) => Err(vm.type_error(format!(
                "slice indices must be integers or None or have an __index__ method, not {}",
                vm.type_name(other)
            ))),
        }
    };
    Ok((norm(args.pos.get(2), 0)?, norm(args.pos.get(3), len)?))
}

fn find_impl(vm: &mut Vm, args: &Args, reverse: bool) -> PyResult<i64> {
    let this = this_str(vm, args, "find")?;
    let Some(sub) = str_arg(vm, args, 1, "find")? else {
        return Err(vm.type_error("must be str, not NoneType"));
    };
    let at = crate::vm::char_pos::of(&this);
    let (start, end) = char_bounds(vm, args, at.len())?;
    if start > end {
        return Ok(-1);
    }
    let from = at.byte(start);
    let hay = this.part(from..at.byte(end));
    let found = if reverse {
        search::rfind(hay, &sub)
    } else {
        search::find(hay, &sub)
    };
    Ok(match found {
        Some(byte) => at.char_at_byte(from + byte) as i64,
        None => -1,
    })
}

fn str_find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, &args, false)?))
}

fn str_rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, &args, true)?))
}

fn str_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match find_impl(vm, &args, false)? {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn str_rindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match find_impl(vm, &args, true)? {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn str_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = this_str(vm, &args, "count")?;
    let Some(sub) = str_arg(vm, &args, 1, "count")? else {
        return Err(vm.type_error("must be str, not NoneType"));
    };
    let chars: Vec<char> = this.chars().collect();
    let (start, end) = char_bounds(vm, &args, chars.len())?;
    if start > end {
        return Ok(Value::Int(0));
    }
    let hay: String = chars.part(start..end).iter().collect();
    if sub.is_empty() {
        return Ok(Value::Int(hay.chars().count() as i64 + 1));
    }
    Ok(Value::Int(search::matches(&hay, &sub).count() as i64))
}

fn str_pred(vm: &mut Vm, args: &Args, f: fn(char) -> bool) -> PyResult<Value> {
    let this = this_str(vm, args, "is")?;
    Ok(Value::Bool(!this.is_empty() && this.chars().all(f)))
}

fn str_isdigit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    str_pred(vm, &args, |c| c.is_ascii_digit() || c.is_numeric())
}

fn str_isalpha(vm: &mut Vm, args: Args) -> PyResult<Value> {
    str_pred(vm, &args, char::is_alphabetic)
}

fn str_isalnum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    str_pred(vm, &args, char::is_alphanumeric)
}

fn str_isspace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    str_pred(vm, &args, char::is_whitespace)
}

fn str_isprintable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = this_str(vm, &args, "isprintable")?;
    Ok(Value::Bool(this.chars().all(|c| {
        let n = c as u32;
        if n < 0xa0 {
            n >= 0x20 && n != 0x7f
        } else {
            crate::vm::ops::is_printable(c)
        }
    })))
}

fn str_isupper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = this_str(vm, &args, "isupper")?;
    Ok(Value::Bool(
        this.chars().any(|c| c.is_uppercase()) && !this.chars().any(|c| c.is_lowercase()),
    ))
}

fn str_islower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = this_str(vm, &args, "islower")?;
    Ok(Value::Bool(
        this.chars().any(|c| c.is_lowercase()) && !this.chars().any(|c| c.is_uppercase()),
    ))
}

fn str_isidentifier(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = this_str(vm, &args, "isidentifier")?;
    let mut chars = this.chars();
    let ok = match chars.next() {
        Some(c) => {
            (c.is_alphabetic() || c == '_') && chars.all(|c| c.is_alphanumeric() || c == '_')
        }
        None => false,
    };
    Ok(Value::Bool(ok))
}

fn pad_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(Rc<str>, usize, char)> {
    check_args(vm, name, args, 2, 3)?;
    let this = this_str(vm, args, name)?;
    let width = to_i64(vm, args.at(1))?.max(0) as usize;
    vm.check_alloc(width)?;
    let fill = match args.pos.get(2) {
        Some(Value::Str(f)) if f.chars().count() == 1 => f.chars().next().unwrap_or(' '),
        Some(_) => {
            return Err(vm.type_error("The fill character must be exactly one character long"))
        }
        None => ' ',
    };
    Ok((this, width, fill))
}

fn str_center(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, width, fill) = pad_args(vm, &args, "center")?;
    let len = this.chars().count();
    if width <= len {
        return Ok(Value::Str(this));
    }
    let total = width - len;
    // CPython puts the extra character on the left when the string length is odd.
    let left = total / 2 + (total & width & 1);
    let right = total - left;
    s(format!(
        "{}{}{}",
        fill.to_string().repeat(left),
        this,
        fill.to_string().repeat(right)
    ))
}

fn str_ljust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, width, fill) = pad_args(vm, &args, "ljust")?;
    let len = this.chars().count();
    s(format!(
        "{}{}",
        this,
        fill.to_string().repeat(width.saturating_sub(len))
    ))
}

fn str_rjust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, width, fill) = pad_args(vm, &args, "rjust")?;
    let len = this.chars().count();
    s(format!(
        "{}{}",
        fill.to_string().repeat(width.saturating_sub(len)),
        this
    ))
}

fn str_zfill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "zfill", &args, 2, 2)?;
    let this = this_str(vm, &args, "zfill")?;
    let width = to_i64(vm, args.at(1))?.max(0) as usize;
    vm.check_alloc(width)?;
    let len = this.chars().count();
    if width <= len {
        return Ok(Value::Str(this));
    }
    let (sign, rest) = match this.chars().next() {
        Some(c @ ('+' | '-')) => (c.to_string(), this.part(1..)),
        _ => (String::new(), &this[..]),
    };
    s(format!("{}{}{}", sign, "0".repeat(width - len), rest))
}

fn partition_impl(vm: &mut Vm, args: Args, right: bool) -> PyResult<Value> {
    let this = this_str(vm, &args, "partition")?;
    let Some(sep) = str_arg(vm, &args, 1, "partition")? else {
        return Err(vm.type_error("must be str, not NoneType"));
    };
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if right {
        search::rfind(&this, &sep)
    } else {
        search::find(&this, &sep)
    };
    let parts = match found {
        Some(i) => [this.part(..i), &*sep, this.part(i + sep.len()..)],
        None if right => ["", "", &this[..]],
        None => [&this[..], "", ""],
    };
    Ok(Value::tuple(parts.iter().map(|p| Value::str(p)).collect()))
}

fn str_partition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, false)
}

fn str_rpartition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, true)
}

fn str_encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = this_str(vm, &args, "encode")?;
    if args.pos.len() == 1 && args.kw.is_empty() {
        return Ok(Value::Bytes(Rc::from(this.as_bytes())));
    }
    codec_in_python(vm, "_encode", args)
}

fn bytes_decode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // UTF-8 that decodes here; another codec, `errors` or a failure is
    // `_decode` of lib/_bytes.py (CPython's messages).
    if let ([Value::Bytes(b)], true) = (&args.pos[..], args.kw.is_empty()) {
        if let Ok(t) = std::str::from_utf8(b) {
            return s(t.to_string());
        }
    }
    codec_in_python(vm, "_decode", args)
}

/// `name` of lib/_bytes.py (put in the bytes type with bytes' methods).
fn codec_in_python(vm: &mut Vm, name: &str, args: Args) -> PyResult<Value> {
    vm.install_lib_methods(crate::vm::ops::LibMethods::Bytes)?;
    match vm.types.bytes.lookup(name) {
        Some(f) => vm.call_args(&f, args),
        None => Err(vm.new_exc(
            ExcKind::UnicodeError,
            "the playground could not load lib/_bytes.py",
        )),
    }
}

fn str_removeprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = this_str(vm, &args, "removeprefix")?;
    let p = str_arg(vm, &args, 1, "removeprefix")?.unwrap_or_else(|| Rc::from(""));
    s(this.strip_prefix(&*p).unwrap_or(&this).to_string())
}

fn str_removesuffix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = this_str(vm, &args, "removesuffix")?;
    let p = str_arg(vm, &args, 1, "removesuffix")?.unwrap_or_else(|| Rc::from(""));
    s(this.strip_suffix(&*p).unwrap_or(&this).to_string())
}

fn str_expandtabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = this_str(vm, &args, "expandtabs")?;
    let size = match args.pos.get(1) {
        Some(Value::Int(i)) => (*i).max(0) as usize,
        _ => 8,
    };
    let tabs = this.matches('\t').count();
    vm.check_alloc(tabs.saturating_mul(size).saturating_add(this.len()))?;
    let mut out = String::new();
    let mut col = 0;
    for c in this.chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.push_str(&" ".repeat(n));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            c => {
                out.push(c);
                col += 1;
            }
        }
    }
    s(out)
}

/// `str.format`: `{}`, `{0}`, `{name}`, `{0.attr}`, `{0[key]}`, `!r`, `:spec`.
fn str_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = this_str(vm, &args, "format")?;
    let pos = args.pos.part(1..);
    let chars: Vec<char> = this.chars().collect();
    let mut out = String::new();
    let mut auto = 0usize;
    let mut i = 0;
    while i < chars.len() {
        let c = *chars.at(i);
        if c == '{' {
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            // Find the matching close brace (nested braces in the spec).
            let mut depth = 1;
            let mut j = i + 1;
            while j < chars.len() && depth > 0 {
                match *chars.at(j) {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    _ => {}
                }
                if depth > 0 {
                    j += 1;
                }
            }
            if j >= chars.len() {
                return Err(vm.value_error("expected '}' before end of string"));
            }
            let field: String = chars.part(i + 1..j).iter().collect();
            out.push_str(&format_field(vm, &field, pos, &args.kw, &mut auto)?);
            i = j + 1;
        } else if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        } else {
            out.push(c);
            i += 1;
        }
    }
    s(out)
}

fn format_field(
    vm: &mut Vm,
    field: &str,
    pos: &[Value],
    kw: &[(Rc<str>, Value)],
    auto: &mut usize,
) -> PyResult<String> {
    let (head, spec) = match field.find(':') {
        Some(k) => (field.part(..k), field.part(k + 1..)),
        None => (field, ""),
    };
    let (name, conv) = match head.find('!') {
        Some(k) => (head.part(..k), head.part(k + 1..).chars().next()),
        None => (head, None),
    };
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let key = name.part(..first_end);
    let mut value = if key.is_empty() {
        let v = pos.get(*auto).cloned();
        *auto += 1;
        match v {
            Some(v) => v,
            None => {
                return Err(vm.new_exc(
                    ExcKind::IndexError,
                    format!(
                        "Replacement index {} out of range for positional args tuple",
                        *auto - 1
                    ),
                ))
            }
        }
    } else if let Ok(n) = key.parse::<usize>() {
        match pos.get(n) {
            Some(v) => v.clone(),
            None => {
                return Err(vm.new_exc(
                    ExcKind::IndexError,
                    format!("Replacement index {n} out of range for positional args tuple"),
                ))
            }
        }
    } else {
        match kw.iter().find(|(k, _)| &**k == key) {
            Some((_, v)) => v.clone(),
            None => {
                return Err(Interrupt::Raise(
                    vm.make_exc(vm.types.exc(ExcKind::KeyError), vec![Value::str(key)]),
                ))
            }
        }
    };
    // Attribute and index lookups.
    let mut rest = name.part(first_end..);
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            value = vm.get_attr(&value, r.part(..end))?;
            rest = r.part(end..);
        } else if let Some(r) = rest.strip_prefix('[') {
            let end = r.find(']').unwrap_or(r.len());
            let k = r.part(..end);
            let idx = match k.parse::<i64>() {
                Ok(n) => Value::Int(n),
                Err(_) => Value::str(k),
            };
            value = vm.get_item(&value, &idx)?;
            rest = r.get(end + 1..).unwrap_or("");
        } else {
            break;
        }
    }
    let value = match conv {
        Some('r') => Value::Str(Rc::from(vm.repr(&value)?)),
        Some('s') => Value::Str(Rc::from(vm.str_of(&value)?)),
        Some('a') => Value::Str(Rc::from(crate::vm::ops::ascii_escape(&vm.repr(&value)?))),
        _ => value,
    };
    // Nested fields inside the spec.
    let spec = if spec.as_bytes().contains(&b'{') {
        let mut out = String::new();
        let mut chars = spec.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '{' {
                let mut inner = String::new();
                for d in chars.by_ref() {
                    if d == '}' {
                        break;
                    }
                    inner.push(d);
                }
                out.push_str(&format_field(vm, &inner, pos, kw, auto)?);
            } else {
                out.push(c);
            }
        }
        out
    } else {
        spec.to_string()
    };
    vm.format_value(&value, &spec)
}

// ---- list ----

const LIST_METHODS: &[(&str, NativeFn)] = &[
    ("append", list_append),
    ("extend", list_extend),
    ("insert", list_insert),
    ("pop", list_pop),
    ("remove", list_remove),
    ("index", seq_index),
    ("count", seq_count),
    ("sort", list_sort),
    ("reverse", list_reverse),
    ("clear", list_clear),
    ("copy", list_copy),
];

fn this_list(vm: &Vm, args: &Args) -> PyResult<Rc<RefCell<Vec<Value>>>> {
    match args.pos.first() {
        Some(Value::List(l)) => Ok(l.clone()),
        _ => Err(vm.type_error("descriptor requires a 'list' object")),
    }
}

fn list_append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "list.append() takes exactly one argument ({} given)",
            args.pos.len() - 1
        )));
    }
    let l = this_list(vm, &args)?;
    let mut l = l.borrow_mut();
    vm.check_alloc(crate::vm::items_bytes(l.len() + 1))?;
    l.push(args.at(1).clone());
    Ok(Value::None)
}

fn list_extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "list.extend", &args, 2, 2)?;
    let l = this_list(vm, &args)?;
    let items = vm.iterate(args.at(1))?;
    vm.check_alloc(crate::vm::items_bytes(l.borrow().len() + items.len()))?;
    l.borrow_mut().extend(items);
    Ok(Value::None)
}

fn list_insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "insert", &args, 3, 3)?;
    let l = this_list(vm, &args)?;
    let len = l.borrow().len() as i64;
    let i = to_i64(vm, args.at(1))?;
    let i = if i < 0 { (i + len).max(0) } else { i.min(len) };
    l.borrow_mut().insert_at(i as usize, args.at(2).clone());
    Ok(Value::None)
}

fn list_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "pop", &args, 1, 2)?;
    let l = this_list(vm, &args)?;
    let len = l.borrow().len() as i64;
    if len == 0 {
        return Err(vm.new_exc(ExcKind::IndexError, "pop from empty list"));
    }
    let i = match args.pos.get(1) {
        Some(v) => to_i64(vm, v)?,
        None => -1,
    };
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return Err(vm.new_exc(ExcKind::IndexError, "pop index out of range"));
    }
    let v = l.borrow_mut().remove_at(j as usize);
    Ok(v)
}

fn list_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "remove", &args, 2, 2)?;
    let l = this_list(vm, &args)?;
    let items = l.borrow().clone();
    for (i, it) in items.iter().enumerate() {
        if vm.eq(it, args.at(1))? {
            l.borrow_mut().remove_at(i);
            return Ok(Value::None);
        }
    }
    Err(vm.value_error("list.remove(x): x not in list"))
}

fn seq_items(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    vm.iterate(v)
}

fn seq_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "index", &args, 2, 4)?;
    let items = seq_items(vm, args.at(0))?;
    let len = items.len() as i64;
    let norm = |v: Option<&Value>, d: i64| match v {
        Some(Value::Int(i)) => {
            if *i < 0 {
                (*i + len).max(0)
            } else {
                (*i).min(len)
            }
        }
        _ => d,
    };
    let start = norm(args.pos.get(2), 0);
    let end = norm(args.pos.get(3), len);
    for i in start..end.max(start) {
        if vm.eq(items.at(i as usize), args.at(1))? {
            return Ok(Value::Int(i));
        }
    }
    let what = match args.at(0) {
        Value::Tuple(_) => "tuple.index(x): x not in tuple".to_string(),
        Value::List(_) => {
            let r = vm.repr(args.at(1))?;
            format!("{r} is not in list")
        }
        _ => "x not in sequence".to_string(),
    };
    Err(vm.value_error(what))
}

fn seq_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "count", &args, 2, 2)?;
    let items = seq_items(vm, args.at(0))?;
    let mut n = 0;
    for it in &items {
        if vm.eq(it, args.at(1))? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn list_sort(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let key = args.take_kw("key").filter(|k| !k.is_none());
    let reverse = match args.take_kw("reverse") {
        Some(r) => vm.truthy(&r)?,
        None => false,
    };
    if args.pos.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let l = this_list(vm, &args)?;
    let items = std::mem::take(&mut *l.borrow_mut());
    match sort_values(vm, items.clone(), key, reverse) {
        Ok(sorted) => {
            *l.borrow_mut() = sorted;
            Ok(Value::None)
        }
        Err(e) => {
            *l.borrow_mut() = items;
            Err(e)
        }
    }
}

fn list_reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this_list(vm, &args)?.borrow_mut().reverse();
    Ok(Value::None)
}

fn list_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this_list(vm, &args)?.borrow_mut().clear();
    Ok(Value::None)
}

fn list_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let items = this_list(vm, &args)?.borrow().clone();
    Ok(Value::list(items))
}

// ---- dict ----

const DICT_METHODS: &[(&str, NativeFn)] = &[
    ("get", dict_get),
    ("keys", dict_keys),
    ("values", dict_values),
    ("items", dict_items),
    ("setdefault", dict_setdefault),
    ("update", dict_update),
    ("pop", dict_pop),
    ("popitem", dict_popitem),
    ("clear", dict_clear),
    ("copy", dict_copy),
    ("fromkeys", dict_fromkeys),
];

fn this_dict(vm: &Vm, args: &Args) -> PyResult<Rc<RefCell<Dict>>> {
    match args.pos.first() {
        Some(Value::Dict(d)) => Ok(d.clone()),
        _ => Err(vm.type_error("descriptor requires a 'dict' object")),
    }
}

fn dict_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "get", &args, 2, 3)?;
    let d = this_dict(vm, &args)?;
    let k = vm.dict_key(&d, args.at(1))?;
    let v = d.borrow().get(&k).cloned();
    Ok(v.unwrap_or_else(|| args.pos.get(2).cloned().unwrap_or(Value::None)))
}

fn dict_view(vm: &mut Vm, args: Args, what: u8) -> PyResult<Value> {
    let d = this_dict(vm, &args)?;
    Ok(crate::vm::methods::make_view(vm, Value::Dict(d), what))
}

fn dict_keys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    dict_view(vm, args, 0)
}

fn dict_values(vm: &mut Vm, args: Args) -> PyResult<Value> {
    dict_view(vm, args, 1)
}

fn dict_items(vm: &mut Vm, args: Args) -> PyResult<Value> {
    dict_view(vm, args, 2)
}

fn dict_setdefault(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "setdefault", &args, 2, 3)?;
    let d = this_dict(vm, &args)?;
    let k = vm.dict_key(&d, args.at(1))?;
    if let Some(v) = d.borrow().get(&k) {
        return Ok(v.clone());
    }
    let v = args.pos.get(2).cloned().unwrap_or(Value::None);
    d.borrow_mut().insert(k, args.at(1).clone(), v.clone());
    Ok(v)
}

fn dict_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this_dict(vm, &args)?;
    let mut copy = d.borrow().clone();
    if let Some(src) = args.pos.get(1) {
        dict_update_from(vm, &mut copy, &src.clone())?;
    }
    for (k, v) in args.kw {
        copy.insert(Key::Str(k.clone()), Value::Str(k), v);
    }
    *d.borrow_mut() = copy;
    Ok(Value::None)
}

fn dict_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "pop", &args, 2, 3)?;
    let d = this_dict(vm, &args)?;
    let k = vm.dict_key(&d, args.at(1))?;
    let removed = d.borrow_mut().remove(&k);
    match removed {
        Some((_, v)) => Ok(v),
        None => match args.pos.get(2) {
            Some(default) => Ok(default.clone()),
            None => Err(Interrupt::Raise(vm.make_exc(
                vm.types.exc(ExcKind::KeyError),
                vec![args.at(1).clone()],
            ))),
        },
    }
}

fn dict_popitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this_dict(vm, &args)?;
    let popped = d.borrow_mut().pop_last();
    match popped {
        Some((k, v)) => Ok(Value::tuple(vec![k, v])),
        None => Err(vm.new_exc(ExcKind::KeyError, "popitem(): dictionary is empty")),
    }
}

fn dict_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this_dict(vm, &args)?.borrow_mut().clear();
    Ok(Value::None)
}

fn dict_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this_dict(vm, &args)?.borrow().clone();
    Ok(new_dict(d))
}

fn dict_fromkeys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // Called on the class: `dict.fromkeys(keys, value)`.
    let (keys, value) = match args.pos.first() {
        Some(Value::Dict(_)) => (args.pos.get(1).cloned(), args.pos.get(2).cloned()),
        _ => (args.pos.first().cloned(), args.pos.get(1).cloned()),
    };
    let keys = keys.ok_or_else(|| vm.type_error("fromkeys expected at least 1 argument, got 0"))?;
    let value = value.unwrap_or(Value::None);
    let mut d = Dict::new();
    for k in vm.iterate(&keys)? {
        let hk = vm.key_in(&k, &d)?;
        d.insert(hk, k, value.clone());
    }
    Ok(new_dict(d))
}

/// `dict_keys([...])`-style views: live, iterable, sized, printable.
pub fn make_view(vm: &mut Vm, dict: Value, what: u8) -> Value {
    let class = view_class(vm, what);
    let inst = Instance::new(class);
    inst.set_attr(Rc::from("_dict"), dict);
    Value::Instance(Rc::new(inst))
}

fn view_class(vm: &mut Vm, what: u8) -> Rc<Class> {
    let name = ["dict_keys", "dict_values", "dict_items"][what as usize];
    if let Some(Value::Class(c)) = vm.builtins.borrow().get(&*format!(".{name}")) {
        return c.clone();
    }
    let c = crate::vm::exceptions::new_class(
        name,
        "builtins",
        vec![vm.types.object.clone()],
        ClassKind::Object,
    );
    c.dict
        .borrow_mut()
        .insert(Rc::from("_what"), Value::Int(what as i64));
    method(&c, "__iter__", view_iter);
    method(&c, "__len__", view_len);
    method(&c, "__repr__", view_repr);
    method(&c, "__contains__", view_contains);
    vm.builtins
        .borrow_mut()
        .insert(Rc::from(format!(".{name}")), Value::Class(c.clone()));
    c
}

fn view_parts(vm: &Vm, args: &Args) -> PyResult<(Value, u8)> {
    match args.pos.first() {
        Some(Value::Instance(i)) => {
            let d = i.get_attr("_dict").unwrap_or(Value::None);
            let what = match i.class.lookup("_what") {
                Some(Value::Int(w)) => w as u8,
                _ => 0,
            };
            Ok((d, what))
        }
        _ => Err(vm.type_error("bad dict view")),
    }
}

fn view_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, what) = view_parts(vm, &args)?;
    let len = match &d {
        Value::Dict(dd) => dd.borrow().len(),
        _ => 0,
    };
    Ok(Value::Iterator(Rc::new(RefCell::new(IterObj::Dict {
        dict: d,
        pos: 0,
        what,
        len_at_start: len,
    }))))
}

fn view_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, _) = view_parts(vm, &args)?;
    Ok(Value::Int(len_of(vm, &d)? as i64))
}

fn view_items(vm: &mut Vm, args: &Args) -> PyResult<(Vec<Value>, u8)> {
    let (d, what) = view_parts(vm, args)?;
    let Value::Dict(dd) = d else {
        return Ok((vec![], what));
    };
    let dd = dd.borrow();
    Ok((
        match what {
            0 => dd.keys(),
            1 => dd.values(),
            _ => dd
                .items()
                .into_iter()
                .map(|(k, v)| Value::tuple(vec![k, v]))
                .collect(),
        },
        what,
    ))
}

fn view_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (items, what) = view_items(vm, &args)?;
    let name = *["dict_keys", "dict_values", "dict_items"].at(what as usize);
    let inner = vm.repr(&Value::list(items))?;
    s(format!("{name}({inner})"))
}

fn view_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (items, _) = view_items(vm, &args)?;
    let needle = args.pos.get(1).cloned().unwrap_or(Value::None);
    for it in &items {
        if vm.eq(it, &needle)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

// ---- set ----

const SET_METHODS: &[(&str, NativeFn)] = &[
    ("add", set_add),
    ("discard", set_discard),
    ("remove", set_remove),
    ("pop", set_pop),
    ("clear", set_clear),
    ("copy", set_copy),
    ("update", set_update),
    ("union", set_union),
    ("intersection", set_intersection),
    ("difference", set_difference),
    ("symmetric_difference", set_symmetric_difference),
    ("intersection_update", set_intersection_update),
    ("difference_update", set_difference_update),
    (
        "symmetric_difference_update",
        set_symmetric_difference_update,
    ),
    ("issubset", set_issubset),
    ("issuperset", set_issuperset),
    ("isdisjoint", set_isdisjoint),
];

fn set_dict(vm: &Vm, v: &Value) -> PyResult<Dict> {
    match v {
        Value::Set(d) => Ok(d.borrow().clone()),
        Value::FrozenSet(d) => Ok((**d).clone()),
        _ => Err(vm.type_error("descriptor requires a 'set' object")),
    }
}

fn this_set(vm: &Vm, args: &Args) -> PyResult<Rc<RefCell<Dict>>> {
    match args.pos.first() {
        Some(Value::Set(d)) => Ok(d.clone()),
        _ => Err(vm.type_error("descriptor requires a 'set' object")),
    }
}

fn wrap_like(orig: &Value, d: Dict) -> Value {
    match orig {
        Value::FrozenSet(_) => Value::FrozenSet(Rc::new(d)),
        _ => Value::Set(Rc::new(RefCell::new(d))),
    }
}

fn other_set(vm: &mut Vm, v: &Value) -> PyResult<Dict> {
    match v {
        Value::Set(_) | Value::FrozenSet(_) => set_dict(vm, v),
        other => set_from(vm, Some(other)),
    }
}

fn set_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "add", &args, 2, 2)?;
    let d = this_set(vm, &args)?;
    let k = vm.dict_key(&d, args.at(1))?;
    d.borrow_mut().insert(k, args.at(1).clone(), Value::None);
    Ok(Value::None)
}

fn set_discard(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "discard", &args, 2, 2)?;
    let d = this_set(vm, &args)?;
    let k = vm.dict_key(&d, args.at(1))?;
    d.borrow_mut().remove(&k);
    Ok(Value::None)
}

fn set_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "remove", &args, 2, 2)?;
    let d = this_set(vm, &args)?;
    let k = vm.dict_key(&d, args.at(1))?;
    let removed = d.borrow_mut().remove(&k);
    match removed {
        Some(_) => Ok(Value::None),
        None => Err(Interrupt::Raise(vm.make_exc(
            vm.types.exc(ExcKind::KeyError),
            vec![args.at(1).clone()],
        ))),
    }
}

fn set_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this_set(vm, &args)?;
    let popped = d.borrow_mut().pop_set_first();
    match popped {
        Some(k) => Ok(k),
        None => Err(vm.new_exc(ExcKind::KeyError, "pop from an empty set")),
    }
}

fn set_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this_set(vm, &args)?.borrow_mut().clear();
    Ok(Value::None)
}

fn set_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = set_dict(vm, args.at(0))?;
    Ok(wrap_like(args.at(0), d))
}

fn set_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this_set(vm, &args)?;
    for other in args.pos.part(1..) {
        let o = other_set(vm, other)?;
        let mut dm = d.borrow_mut();
        for (k, v) in o.hash_keys().cloned().zip(o.keys()) {
            dm.insert(k, v, Value::None);
        }
    }
    Ok(Value::None)
}

fn combine(vm: &mut Vm, args: &Args, op: crate::syntax::ast::BinOp) -> PyResult<Value> {
    let mut acc = Value::Set(Rc::new(RefCell::new(set_dict(vm, args.at(0))?)));
    for other in args.pos.part(1..) {
        let o = Value::Set(Rc::new(RefCell::new(other_set(vm, other)?)));
        acc = vm.binary_op(&acc, &o, op, false)?;
    }
    let d = set_dict(vm, &acc)?;
    Ok(wrap_like(args.at(0), d))
}

fn set_union(vm: &mut Vm, args: Args) -> PyResult<Value> {
    combine(vm, &args, crate::syntax::ast::BinOp::BitOr)
}

fn set_intersection(vm: &mut Vm, args: Args) -> PyResult<Value> {
    combine(vm, &args, crate::syntax::ast::BinOp::BitAnd)
}

fn set_difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    combine(vm, &args, crate::syntax::ast::BinOp::Sub)
}

fn set_symmetric_difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    combine(vm, &args, crate::syntax::ast::BinOp::BitXor)
}

/// The in-place forms: the set becomes `set <op> others`.
fn set_update_by(vm: &mut Vm, args: Args, op: crate::syntax::ast::BinOp) -> PyResult<Value> {
    let r = combine(vm, &args, op)?;
    let d = this_set(vm, &args)?;
    *d.borrow_mut() = set_dict(vm, &r)?;
    Ok(Value::None)
}

fn set_intersection_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    set_update_by(vm, args, crate::syntax::ast::BinOp::BitAnd)
}

fn set_difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    set_update_by(vm, args, crate::syntax::ast::BinOp::Sub)
}

fn set_symmetric_difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "symmetric_difference_update", &args, 2, 2)?;
    set_update_by(vm, args, crate::syntax::ast::BinOp::BitXor)
}

fn set_issubset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "issubset", &args, 2, 2)?;
    let a = set_dict(vm, args.at(0))?;
    let b = other_set(vm, args.at(1))?;
    let r = a.hash_keys().all(|k| b.contains(k));
    Ok(Value::Bool(r))
}

fn set_issuperset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "issuperset", &args, 2, 2)?;
    let a = set_dict(vm, args.at(0))?;
    let b = other_set(vm, args.at(1))?;
    let r = b.hash_keys().all(|k| a.contains(k));
    Ok(Value::Bool(r))
}

fn set_isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "isdisjoint", &args, 2, 2)?;
    let a = set_dict(vm, args.at(0))?;
    let b = other_set(vm, args.at(1))?;
    let r = !a.hash_keys().any(|k| b.contains(k));
    Ok(Value::Bool(r))
}

// ---- generators and coroutines ----

fn this_gen(vm: &Vm, args: &Args) -> PyResult<Rc<RefCell<Generator>>> {
    match args.pos.first() {
        Some(Value::Generator(g)) => Ok(g.clone()),
        _ => Err(vm.type_error("descriptor requires a generator")),
    }
}

/// Drive a generator one step from native code: `Ok(Some(v))` yielded,
/// `Ok(None)`+value returned (as StopIteration).
fn gen_step(
    vm: &mut Vm,
    g: &Rc<RefCell<Generator>>,
    send: Result<Value, Value>,
) -> PyResult<Value> {
    let mut fiber = Fiber::default();
    match vm.push_generator(&mut fiber, g, ReturnCtx::Bottom, send) {
        Ok(()) => {}
        // A throw: raised inside the generator's frame, where it can be caught.
        Err(Interrupt::Raise(e)) if !fiber.entries.is_empty() => {
            fiber.resume = Some(crate::vm::frame::Resume::Raise(e));
        }
        Err(e) => return Err(e),
    }
    vm.enter_nested()?;
    let out = vm.run_fiber(&mut fiber);
    vm.leave_nested();
    match out {
        FiberOutcome::Yielded(v) => Ok(v),
        FiberOutcome::Returned(v) => Err(vm.stop_iteration(v)),
        FiberOutcome::Raised(e) => Err(Interrupt::Raise(e)),
        FiberOutcome::Suspended(s) => Err(Interrupt::Suspend(s)),
        FiberOutcome::Fatal(f) => Err(Interrupt::Fatal(f)),
    }
}

fn gen_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "send", &args, 2, 2)?;
    let g = this_gen(vm, &args)?;
    gen_step(vm, &g, Ok(args.at(1).clone()))
}

pub fn gen_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this_gen(vm, &args)?;
    gen_step(vm, &g, Ok(Value::None))
}

fn gen_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "throw", &args, 2, 4)?;
    let g = this_gen(vm, &args)?;
    let exc = vm.make_raisable(args.at(1).clone())?;
    gen_step(vm, &g, Err(exc))
}

fn gen_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this_gen(vm, &args)?;
    close_generator(vm, &g)?;
    Ok(Value::None)
}

/// `gen.close()`: throw GeneratorExit in so `finally` blocks run.
pub fn close_generator(vm: &mut Vm, g: &Rc<RefCell<Generator>>) -> PyResult<()> {
    let state = g.borrow().state;
    match state {
        GenState::Running => {
            return Err(vm.value_error("generator already executing"));
        }
        GenState::Created | GenState::Finished => {
            let mut g = g.borrow_mut();
            g.state = GenState::Finished;
            g.frame = None;
            return Ok(());
        }
        GenState::Suspended => {}
    }
    let exit = vm.make_exc(vm.types.exc(ExcKind::GeneratorExit), vec![]);
    match gen_step(vm, g, Err(exit)) {
        Ok(_) => Err(vm.new_exc(ExcKind::RuntimeError, "generator ignored GeneratorExit")),
        Err(Interrupt::Raise(e))
            if vm.is_instance_of_kind(&e, ExcKind::GeneratorExit)
                || vm.is_instance_of_kind(&e, ExcKind::StopIteration) =>
        {
            Ok(())
        }
        Err(e) => Err(e),
    }
}

fn iterator_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let it = args.pos.first().cloned().unwrap_or(Value::None);
    match vm.call_next(&it)? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::None)),
    }
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
    if let Some(Value::Instance(p)) = args.pos.first() {
        p.set_attr(
            Rc::from("fget"),
            fget.or_else(|| args.pos.get(1).cloned())
                .unwrap_or(Value::None),
        );
        p.set_attr(
            Rc::from("fset"),
            fset.or_else(|| args.pos.get(2).cloned())
                .unwrap_or(Value::None),
        );
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
