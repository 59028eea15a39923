//! `time`: every clock reads the program's clock (virtual in the CLI, real
//! in the browser); `sleep` blocks the whole program, as it blocks CPython's
//! event loop.

use super::native_module;
use crate::vm::builtins::check_args;
use crate::vm::interp::Vm;
use crate::vm::object::{Args, NativeFn};
use crate::vm::value::Value;
use crate::vm::{Interrupt, PyResult, Suspension};
use std::rc::Rc;

pub fn module(_vm: &mut Vm) -> Value {
    const FUNCS: &[(&str, NativeFn)] = &[
        ("sleep", sleep),
        ("time", time),
        ("perf_counter", monotonic),
        ("monotonic", monotonic),
        ("process_time", monotonic),
        ("time_ns", time_ns),
        ("perf_counter_ns", monotonic_ns),
        ("monotonic_ns", monotonic_ns),
    ];
    native_module("time", FUNCS, vec![])
}

fn sleep(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "sleep", &args, 1, 1)?;
    let seconds = match vm.to_f64(args.at(0))? {
        Some(s) => s,
        None => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(args.at(0))
            )))
        }
    };
    if seconds < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    let shown = vm.repr(args.at(0))?;
    Err(Interrupt::Suspend(Suspension::Block {
        seconds,
        what: Rc::from(format!("time.sleep({shown})")),
    }))
}

fn time(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Float(vm.epoch_base + vm.time()))
}

fn time_ns(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(((vm.epoch_base + vm.time()) * 1e9) as i64))
}

/// Monotonic clocks start at an arbitrary point, like CPython's.
pub const MONOTONIC_BASE: f64 = 4242.0;

fn monotonic(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Float(MONOTONIC_BASE + vm.time()))
}

fn monotonic_ns(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(((MONOTONIC_BASE + vm.time()) * 1e9) as i64))
}
