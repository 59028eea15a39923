//! The `builtins` namespace: its functions (`print`, `len`, `isinstance`,
//! `getattr`, `hex`, `dir`, ...) and the helpers natives share (`native`,
//! `method`, `check_args`). The builtins over iterables are `iterables`,
//! `exec`/`eval`/`compile` are `exec`, class creation is `classes`.

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

mod classes;
mod exec;
mod iterables;
pub use classes::*;
use exec::*;
pub use exec::{b_locals, dict_of, scope_items};
pub use iterables::*;

pub fn native(name: &str, func: NativeFn) -> Value {
    Value::Native(Rc::new(NativeFunction {
        name: Rc::from(name),
        func,
        bound: None,
        data: None,
        owner: None,
        spec: None,
    }))
}

/// A built-in function (`module`: of that module) with its argument spec.
pub fn native_function(module: Option<&str>, name: &str, func: NativeFn) -> Value {
    Value::Native(Rc::new(NativeFunction {
        name: Rc::from(name),
        func,
        bound: None,
        data: None,
        owner: None,
        spec: crate::vm::argspec::spec_of(module, name, false),
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
        spec: None,
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
        spec: crate::vm::argspec::spec_of(Some(&class.name), name, true),
    }));
    class.dict.borrow_mut().insert(Rc::from(name), v);
}

/// Check the positional argument count of a native function, which takes
/// no keywords (or has taken those it knows), in CPython's words: `abs()
/// takes exactly one argument (0 given)`, `atan2 expected 2 arguments, got 1`.
pub fn check_args(vm: &Vm, name: &str, args: &Args, min: usize, max: usize) -> PyResult<()> {
    crate::vm::argspec::ArgSpec::positional(name, min, max).check(vm, args)
}

/// A keyword left once a native has taken those it knows (`max(x=1)`).
pub fn invalid_keywords(vm: &Vm, name: &str, args: &Args) -> PyResult<()> {
    if let Some((k, _)) = args.kw.first() {
        return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for {name}()")));
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
        ("locals", b_locals),
        ("compile", b_compile),
        ("exec", b_exec),
        ("eval", b_eval),
        ("format", b_format),
        ("input", b_input),
        ("open", b_open),
        ("help", b_help),
        ("exit", b_exit),
        ("quit", b_exit),
        ("aiter", b_aiter),
        ("anext", b_anext),
        ("__build_class__", b_build_class),
        ("__import__", b_import),
    ];
    for (name, f) in funcs {
        add(name, native_function(None, name, *f));
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

pub fn is_instance(vm: &mut Vm, v: &Value, cls: &Value) -> PyResult<bool> {
    match cls {
        Value::Class(c) => {
            if vm.class_of(v).is_subclass_of(c) {
                return Ok(true);
            }
            // The class an object says it is (a `__class__` property, as
            // mocks with a spec have).
            if let Value::Instance(inst) = v {
                if inst.class.lookup("__class__").is_some() {
                    if let Some(Value::Class(said)) = vm.get_attr_opt(v, "__class__")? {
                        if said.is_subclass_of(c) {
                            return Ok(true);
                        }
                    }
                }
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
    let (a, b) = (args.at(0), args.at(1));
    // An object's own `__divmod__` or the other's `__rdivmod__`.
    if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
        for (x, y, name) in [(a, b, "__divmod__"), (b, a, "__rdivmod__")] {
            if let Some(m) = vm.type_lookup(x, name) {
                let r = vm.call(&m, vec![x.clone(), y.clone()])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        let (ta, tb) = (vm.type_name(a), vm.type_name(b));
        return Err(vm.type_error(format!(
            "unsupported operand type(s) for divmod(): '{ta}' and '{tb}'"
        )));
    }
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
            // A class's own three-argument `__pow__` (complex's refuses).
            if let Value::Instance(_) = args.at(0) {
                if let Some(pow) = vm.type_lookup(args.at(0), "__pow__") {
                    return vm.call(&pow, args.pos.to_vec());
                }
            }
            return Err(
                vm.type_error("pow() 3rd argument not allowed unless all arguments are integers")
            );
        };
        // A negative exponent: the base's inverse (lib/_int.py).
        if e.is_negative() && !m.is_zero() {
            let module = vm.import_module("_int")?;
            let f = vm.get_attr(&module, "_pow_inverse")?;
            return vm.call(&f, args.pos.to_vec());
        }
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
    if let Some(n) = vm.index_dunder(args.at(0))? {
        return radix_str(vm, &Args::new(vec![n]), name, radix, prefix);
    }
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
    Ok(Value::Bool(callable(vm, args.at(0))))
}

/// `callable(v)`.
pub fn callable(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Function(_) | Value::Native(_) | Value::BoundMethod(_) | Value::Class(_) => true,
        Value::Instance(_) => vm.type_lookup(v, "__call__").is_some(),
        _ => false,
    }
}

pub fn b_vars(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "vars", &args, 1, 1)?;
    vm.get_attr(args.at(0), "__dict__")
}

/// `dir()` in `frame`: the names bound in its scope, sorted.
pub fn dir_of_scope(frame: &crate::vm::frame::Frame) -> Value {
    let items = scope_items(frame);
    sorted_names(items.into_iter().map(|(n, _)| n.to_string()).collect())
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

/// A builtin written in Python: `module.name` called with the arguments.
/// Built-in names written in Python (`lib/`): bound on first use.
pub const LAZY_BUILTINS: [(&str, &str); 2] = [("complex", "_complex"), ("bytearray", "_bytearray")];

impl Vm {
    /// The built-in `name` of `LAZY_BUILTINS`, its module imported now.
    pub fn lazy_builtin(&mut self, name: &str) -> PyResult<Option<Value>> {
        let Some(&(_, module)) = LAZY_BUILTINS.iter().find(|(n, _)| *n == name) else {
            return Ok(None);
        };
        let module = self.import_module(module)?;
        let value = self.get_attr(&module, name)?;
        self.builtins
            .borrow_mut()
            .insert(Rc::from(name), value.clone());
        Ok(Some(value))
    }
}

fn call_lib(vm: &mut Vm, module: &str, name: &str, args: Args) -> PyResult<Value> {
    let m = vm.import_module(module)?;
    let f = vm.get_attr(&m, name)?;
    vm.call_args(&f, args)
}

/// `open()`: files live in memory for the run (`lib/io.py`); there is no file system.
fn b_open(vm: &mut Vm, args: Args) -> PyResult<Value> {
    call_lib(vm, "io", "open", args)
}

/// `help()`: pydoc's plain text (`lib/pydoc.py`).
fn b_help(vm: &mut Vm, args: Args) -> PyResult<Value> {
    call_lib(vm, "pydoc", "help", args)
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
