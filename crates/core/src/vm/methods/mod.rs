//! Constructors and methods of the built-in types, a file per type as
//! CPython's `Objects/*object.c`: `number` (int, bool, float), `string`
//! (str and formatting), `list`, `dict` (and its views), `set`,
//! `generator` (generators, coroutines, async generators), `object`
//! (object, type, property, super). Here: `install`, which puts every
//! native method in its type, and the rest: bytes, tuple, range, slice,
//! module and exceptions. The protocols every type shares (number,
//! sequence, mapping, iteration, comparison) are `vm::ops`'.

use crate::at::{At, Part, VecAt};
use crate::cell::RefCell;
use crate::numeric::bigint::BigInt;
use crate::numeric::float as pyfloat;
use crate::search;
use crate::vm::builtins::{check_args, len_of, make_class, method, sort_values};
use crate::vm::exceptions::ExcKind;
use crate::vm::frame::{Fiber, FiberOutcome, ReturnCtx};
use crate::vm::interp::Vm;
use crate::vm::loops::LoopLibrary;
use crate::vm::object::*;
use crate::vm::ops::int_value;
use crate::vm::value::{Dict, Key, Value};
use crate::vm::{Interrupt, PyResult};
use std::rc::Rc;

mod dict;
mod generator;
mod list;
mod number;
mod object;
mod set;
mod string;
pub use dict::*;
pub use generator::*;
use list::*;
use number::*;
use object::*;
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
        (Value::Future(_) | Value::TimerHandle(_), _) => vm.loop_attribute(obj, name)?,
        _ => None,
    })
}

// ---- constructors ----

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
