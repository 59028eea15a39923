//! `_weakref`: weak references, under `lib/weakref.py`. A reference is a
//! slot of the VM's table holding a `Weak` to an instance, function or
//! future (a task); a
//! callback waits for an instance's drop (`Instance::watched`) and runs
//! before the next instruction, as `__del__` does (`Vm::run_finalizers`).

use super::native_module;
use crate::vm::builtins::check_args;
use crate::vm::gc::Tracked;
use crate::vm::interp::Vm;
use crate::vm::object::{Args, NativeFn};
use crate::vm::value::Value;
use crate::vm::PyResult;
use std::rc::Rc;

pub fn module() -> Value {
    const FUNCS: &[(&str, NativeFn)] = &[("new", new), ("get", get), ("watch", watch)];
    native_module("_weakref", FUNCS, vec![])
}

/// `new(obj)`: the slot of a new weak reference to `obj`.
fn new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "ref", &args, 1, 1)?;
    let target = match args.at(0) {
        Value::Instance(i) => Tracked::Instance(Rc::downgrade(i)),
        Value::Function(f) => Tracked::Function(Rc::downgrade(f)),
        Value::Future(f) => Tracked::Future(Rc::downgrade(f)),
        other => {
            let kind = vm.type_name(other);
            return Err(vm.type_error(format!("cannot create weak reference to '{kind}' object")));
        }
    };
    vm.gc.weak_refs.push(target);
    Ok(Value::Int(vm.gc.weak_refs.len() as i64 - 1))
}

/// `get(slot)`: the object, or None once it has died.
fn get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let slot = match args.pos.first() {
        Some(Value::Int(i)) => *i as usize,
        _ => return Ok(Value::None),
    };
    Ok(vm
        .gc
        .weak_refs
        .get(slot)
        .and_then(Tracked::upgrade)
        .unwrap_or(Value::None))
}

/// `watch(obj, callback, *args)`: call `callback(*args)` when the instance
/// `obj` dies (a function is never watched: it lives as long as the code
/// that made it, here).
fn watch(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "watch", &args, 2, usize::MAX)?;
    if let Value::Instance(inst) = args.at(0) {
        inst.watched.set(true);
        let address = Rc::as_ptr(inst) as usize;
        let rest = args.pos.iter().skip(2).cloned().collect();
        vm.gc
            .weak_callbacks
            .push((address, args.at(1).clone(), rest));
    }
    Ok(Value::None)
}
