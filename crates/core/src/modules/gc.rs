//! `_gc`: the cycle collector's controls (`vm::gc`); `lib/gc.py` is the rest.

use super::native_module;
use crate::vm::builtins::check_args;
use crate::vm::interp::Vm;
use crate::vm::object::{Args, NativeFn};
use crate::vm::value::Value;
use crate::vm::PyResult;

pub fn module() -> Value {
    const FUNCS: &[(&str, NativeFn)] = &[
        ("collect", collect),
        ("enable", |vm, _| enable(vm, true)),
        ("disable", |vm, _| enable(vm, false)),
        ("isenabled", |vm, _| Ok(Value::Bool(vm.gc.enabled))),
        ("stats", stats),
    ];
    native_module("_gc", FUNCS, vec![])
}

/// `collect()`: how many objects were found unreachable.
fn collect(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "collect", &args, 0, 0)?;
    Ok(Value::Int(vm.gc_collect()? as i64))
}

fn enable(vm: &mut Vm, on: bool) -> PyResult<Value> {
    vm.gc.enabled = on;
    Ok(Value::None)
}

/// `stats()`: (collections run, objects collected).
fn stats(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let gc = &vm.gc;
    Ok(Value::tuple(vec![
        Value::Int(gc.collections as i64),
        Value::Int(gc.collected as i64),
    ]))
}
