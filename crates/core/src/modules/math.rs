//! `_math`: the float functions of `math`, with CPython's domain errors;
//! the integer and composite ones are `lib/math.py`.

use super::native_module;
use crate::numeric::bigint::BigInt;
use crate::numeric::elementary;
use crate::vm::builtins::check_args;
use crate::vm::exceptions::ExcKind;
use crate::vm::interp::Vm;
use crate::vm::object::{Args, NativeFn};
use crate::vm::ops::int_value;
use crate::vm::value::Value;
use crate::vm::PyResult;

pub fn module(_vm: &mut Vm) -> Value {
    const FUNCS: &[(&str, NativeFn)] = &[
        ("sqrt", sqrt),
        ("floor", floor),
        ("ceil", ceil),
        ("trunc", trunc),
        ("fabs", fabs),
        ("exp", exp),
        ("log", log),
        ("log2", log2),
        ("log10", log10),
        ("pow", pow),
        ("sin", sin),
        ("cos", cos),
        ("tan", tan),
        ("atan", atan),
        ("atan2", atan2),
        ("hypot", hypot),
        ("isnan", isnan),
        ("isinf", isinf),
        ("isfinite", isfinite),
        ("copysign", copysign),
        ("_libm", libm),
    ];
    native_module(
        "_math",
        FUNCS,
        vec![
            ("pi", Value::Float(std::f64::consts::PI)),
            ("e", Value::Float(std::f64::consts::E)),
            ("tau", Value::Float(std::f64::consts::TAU)),
            ("inf", Value::Float(f64::INFINITY)),
            ("nan", Value::Float(f64::NAN)),
        ],
    )
}

fn arg_f64(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(f) = vm.to_f64(v)? {
        return Ok(f);
    }
    // An object that converts itself (a Fraction), as CPython's
    // PyFloat_AsDouble asks `__float__`.
    if let Some(method) = vm.type_lookup(v, "__float__") {
        let r = vm.call(&method, vec![v.clone()])?;
        if let Some(f) = vm.to_f64(&r)? {
            return Ok(f);
        }
    }
    Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v))))
}

fn domain(vm: &Vm) -> crate::vm::Interrupt {
    vm.value_error("math domain error")
}

fn one(vm: &mut Vm, args: &Args, name: &str) -> PyResult<f64> {
    check_args(vm, name, args, 1, 1)?;
    arg_f64(vm, args.at(0))
}

fn sqrt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one(vm, &args, "sqrt")?;
    if x < 0.0 {
        return Err(domain(vm));
    }
    Ok(Value::Float(x.sqrt()))
}

/// `floor`, `ceil`, `trunc`: an object's own `dunder` first (a Fraction's
/// is exact where its float is not).
fn to_int(vm: &mut Vm, v: &Value, f: fn(f64) -> f64, dunder: &str) -> PyResult<Value> {
    match v {
        Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        _ => {
            let own = match v {
                Value::Float(_) => None,
                _ => vm.type_lookup(v, dunder),
            };
            if let Some(method) = own {
                return vm.call(&method, vec![v.clone()]);
            }
            let x = arg_f64(vm, v)?;
            vm.check_integral(x)?;
            Ok(int_value(BigInt::from_f64(f(x)).unwrap_or_default()))
        }
    }
}

fn floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "floor", &args, 1, 1)?;
    to_int(vm, args.at(0), f64::floor, "__floor__")
}

fn ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "ceil", &args, 1, 1)?;
    to_int(vm, args.at(0), f64::ceil, "__ceil__")
}

fn trunc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "trunc", &args, 1, 1)?;
    to_int(vm, args.at(0), f64::trunc, "__trunc__")
}

fn fabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Float(one(vm, &args, "fabs")?.abs()))
}

fn exp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = elementary::exp(one(vm, &args, "exp")?);
    if r.is_infinite() {
        return Err(vm.new_exc(ExcKind::OverflowError, "math range error"));
    }
    Ok(Value::Float(r))
}

fn log(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // `log(x, base)` is `lib/math.py`.
    let x = one(vm, &args, "log")?;
    if x <= 0.0 {
        return Err(domain(vm));
    }
    Ok(Value::Float(elementary::ln(x)))
}

fn log2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one(vm, &args, "log2")?;
    if x <= 0.0 {
        return Err(domain(vm));
    }
    Ok(Value::Float(elementary::log2(x)))
}

fn log10(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one(vm, &args, "log10")?;
    if x <= 0.0 {
        return Err(domain(vm));
    }
    Ok(Value::Float(elementary::log10(x)))
}

fn pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "pow", &args, 2, 2)?;
    let x = arg_f64(vm, args.at(0))?;
    let y = arg_f64(vm, args.at(1))?;
    let r = elementary::pow(x, y);
    // From finite arguments, NaN is a negative number to a fraction and
    // infinity is zero to a negative power (a pole) or an overflow.
    if x.is_finite() && y.is_finite() && !r.is_finite() {
        if r.is_nan() || x == 0.0 {
            return Err(domain(vm));
        }
        return Err(vm.new_exc(ExcKind::OverflowError, "math range error"));
    }
    Ok(Value::Float(r))
}

macro_rules! unary_float {
    ($name:ident, $f:expr) => {
        fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
            let x = one(vm, &args, stringify!($name))?;
            let f: fn(f64) -> f64 = $f;
            Ok(Value::Float(f(x)))
        }
    };
}

unary_float!(sin, elementary::sin);
unary_float!(cos, elementary::cos);
unary_float!(tan, elementary::tan);
unary_float!(atan, elementary::atan);

fn atan2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "atan2", &args, 2, 2)?;
    Ok(Value::Float(elementary::atan2(
        arg_f64(vm, args.at(0))?,
        arg_f64(vm, args.at(1))?,
    )))
}

fn hypot(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut acc = 0.0f64;
    for a in &args.pos {
        let x = arg_f64(vm, a)?;
        acc = acc.hypot(x);
    }
    Ok(Value::Float(acc))
}

fn isnan(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(one(vm, &args, "isnan")?.is_nan()))
}

fn isinf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(one(vm, &args, "isinf")?.is_infinite()))
}

fn isfinite(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(one(vm, &args, "isfinite")?.is_finite()))
}

fn copysign(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "copysign", &args, 2, 2)?;
    let x = arg_f64(vm, args.at(0))?;
    let y = arg_f64(vm, args.at(1))?;
    Ok(Value::Float(x.copysign(y)))
}

/// `_libm(k, x)`: the C library's function number `k` (see
/// `elementary::libm`) of a float, unchecked: `lib/math.py` turns NaN and
/// infinite results into CPython's errors.
fn libm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "_libm", &args, 2, 2)?;
    let k = vm.to_f64(args.at(0))?.unwrap_or(-1.0) as u32;
    Ok(Value::Float(elementary::libm(k, arg_f64(vm, args.at(1))?)))
}
