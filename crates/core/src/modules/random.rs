//! `_random`: CPython's Mersenne Twister (seeding, `random()`,
//! `getrandbits`), so a seeded program draws exactly the numbers it draws
//! under CPython. The algorithms over these draws are `lib/random.py`.

use super::native_module;
use crate::numeric::bigint::BigInt;
use crate::vm::builtins::check_args;
use crate::vm::interp::Vm;
use crate::vm::object::{Args, NativeFn};
use crate::vm::ops::int_value;
use crate::vm::value::Value;
use crate::vm::PyResult;

pub fn module(_vm: &mut Vm) -> Value {
    const FUNCS: &[(&str, NativeFn)] = &[
        ("seed", seed),
        ("random", random),
        ("getrandbits", getrandbits),
    ];
    native_module("_random", FUNCS, vec![])
}

/// `seed(a)`: None from the host's entropy, an int by its absolute value,
/// str and bytes by their bytes and SHA-512 digest (version 2).
fn seed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "seed", &args, 0, 1)?;
    match args.pos.first() {
        None | Some(Value::None) => {
            let e = vm.entropy;
            vm.rng.seed_from_int(&BigInt::from_u64(e));
        }
        Some(Value::Str(s)) => {
            let s = s.clone();
            vm.rng.seed_from_bytes(s.as_bytes());
        }
        Some(Value::Bytes(b)) => {
            let b = b.clone();
            vm.rng.seed_from_bytes(&b);
        }
        Some(Value::Float(f)) if f.fract() == 0.0 && f.is_finite() => {
            let b = BigInt::from_f64(*f).unwrap_or_default();
            vm.rng.seed_from_int(&b.abs());
        }
        Some(Value::Int(i)) => vm.rng.seed_from_int(&BigInt::from_i64(*i).abs()),
        Some(Value::Bool(b)) => vm.rng.seed_from_int(&BigInt::from_i64(*b as i64)),
        Some(Value::BigInt(b)) => vm.rng.seed_from_int(&b.abs()),
        Some(other) => {
            return Err(vm.type_error(format!(
                "seed of type '{}' is not supported here",
                vm.type_name(other)
            )))
        }
    }
    Ok(Value::None)
}

fn random(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "Random.random", &args, 0, 0)?;
    Ok(Value::Float(vm.rng.random()))
}

fn getrandbits(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "Random.getrandbits", &args, 1, 1)?;
    match *args.at(0) {
        Value::Int(k) if k >= 0 => Ok(int_value(vm.rng.getrandbits(k as u32))),
        Value::Int(_) => Err(vm.value_error("number of bits must be non-negative")),
        _ => Err(vm.type_error("getrandbits() requires an integer")),
    }
}
