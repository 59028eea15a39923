//! `_tracemalloc`: the allocation count `lib/tracemalloc.py` reads
//! (`crate::memory`).

use super::native_module;
use crate::vm::object::NativeFn;
use crate::vm::value::Value;

pub fn module() -> Value {
    const FUNCS: &[(&str, NativeFn)] = &[
        ("live", |_, _| Ok(Value::Int(crate::memory::live() as i64))),
        ("peak", |_, _| Ok(Value::Int(crate::memory::peak() as i64))),
        ("reset_peak", |_, _| {
            crate::memory::reset_peak();
            Ok(Value::None)
        }),
    ];
    native_module("_tracemalloc", FUNCS, vec![])
}
