//! `math`: the common functions, with CPython's domain errors.

use super::native_module;
use crate::numeric::bigint::BigInt;
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
        ("degrees", degrees),
        ("radians", radians),
        ("isclose", isclose),
        ("isnan", isnan),
        ("isinf", isinf),
        ("isfinite", isfinite),
        ("gcd", gcd),
        ("lcm", lcm),
        ("copysign", copysign),
        ("factorial", factorial),
        ("isqrt", isqrt),
        ("prod", prod),
        ("fsum", fsum),
        ("comb", comb),
        ("perm", perm),
    ];
    native_module(
        "math",
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

fn arg_f64(vm: &Vm, v: &Value) -> PyResult<f64> {
    match vm.to_f64(v)? {
        Some(f) => Ok(f),
        None => Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v)))),
    }
}

fn domain(vm: &Vm) -> crate::vm::Interrupt {
    vm.value_error("math domain error")
}

fn one(vm: &mut Vm, args: &Args, name: &str) -> PyResult<f64> {
    check_args(vm, name, args, 1, 1)?;
    arg_f64(vm, &args.pos[0])
}

fn sqrt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one(vm, &args, "sqrt")?;
    if x < 0.0 {
        return Err(domain(vm));
    }
    Ok(Value::Float(x.sqrt()))
}

fn to_int(vm: &mut Vm, v: &Value, f: fn(f64) -> f64) -> PyResult<Value> {
    match v {
        Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        _ => {
            let x = arg_f64(vm, v)?;
            if x.is_nan() {
                return Err(vm.value_error("cannot convert float NaN to integer"));
            }
            if x.is_infinite() {
                return Err(vm.new_exc(
                    ExcKind::OverflowError,
                    "cannot convert float infinity to integer",
                ));
            }
            Ok(int_value(BigInt::from_f64(f(x)).unwrap_or_default()))
        }
    }
}

fn floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "floor", &args, 1, 1)?;
    to_int(vm, &args.pos[0], f64::floor)
}

fn ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "ceil", &args, 1, 1)?;
    to_int(vm, &args.pos[0], f64::ceil)
}

fn trunc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "trunc", &args, 1, 1)?;
    to_int(vm, &args.pos[0], f64::trunc)
}

fn fabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Float(one(vm, &args, "fabs")?.abs()))
}

fn exp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = one(vm, &args, "exp")?.exp();
    if r.is_infinite() {
        return Err(vm.new_exc(ExcKind::OverflowError, "math range error"));
    }
    Ok(Value::Float(r))
}

fn log(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "log", &args, 1, 2)?;
    let x = arg_f64(vm, &args.pos[0])?;
    if x <= 0.0 {
        return Err(domain(vm));
    }
    match args.pos.get(1) {
        Some(b) => {
            let b = arg_f64(vm, b)?;
            if b <= 0.0 {
                return Err(domain(vm));
            }
            Ok(Value::Float(x.ln() / b.ln()))
        }
        None => Ok(Value::Float(x.ln())),
    }
}

fn log2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one(vm, &args, "log2")?;
    if x <= 0.0 {
        return Err(domain(vm));
    }
    Ok(Value::Float(x.log2()))
}

fn log10(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one(vm, &args, "log10")?;
    if x <= 0.0 {
        return Err(domain(vm));
    }
    Ok(Value::Float(x.log10()))
}

fn pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "pow", &args, 2, 2)?;
    let x = arg_f64(vm, &args.pos[0])?;
    let y = arg_f64(vm, &args.pos[1])?;
    if x == 0.0 && y < 0.0 {
        return Err(domain(vm));
    }
    Ok(Value::Float(x.powf(y)))
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

unary_float!(sin, f64::sin);
unary_float!(cos, f64::cos);
unary_float!(tan, f64::tan);
unary_float!(atan, f64::atan);
unary_float!(degrees, f64::to_degrees);
unary_float!(radians, f64::to_radians);

fn atan2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "atan2", &args, 2, 2)?;
    Ok(Value::Float(
        arg_f64(vm, &args.pos[0])?.atan2(arg_f64(vm, &args.pos[1])?),
    ))
}

fn hypot(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut acc = 0.0f64;
    for a in &args.pos {
        let x = arg_f64(vm, a)?;
        acc = acc.hypot(x);
    }
    Ok(Value::Float(acc))
}

fn isclose(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let rel = match args.take_kw("rel_tol") {
        Some(v) => arg_f64(vm, &v)?,
        None => 1e-9,
    };
    let abs = match args.take_kw("abs_tol") {
        Some(v) => arg_f64(vm, &v)?,
        None => 0.0,
    };
    check_args(vm, "isclose", &args, 2, 2)?;
    let a = arg_f64(vm, &args.pos[0])?;
    let b = arg_f64(vm, &args.pos[1])?;
    if rel < 0.0 || abs < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(
        diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs,
    ))
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

fn int_arg(vm: &Vm, v: &Value) -> PyResult<BigInt> {
    match v {
        Value::Int(i) => Ok(BigInt::from_i64(*i)),
        Value::Bool(b) => Ok(BigInt::from_i64(*b as i64)),
        Value::BigInt(b) => Ok((**b).clone()),
        other => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(other)
        ))),
    }
}

fn gcd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut acc = BigInt::from_i64(0);
    for a in &args.pos {
        acc = acc.gcd(&int_arg(vm, a)?);
    }
    Ok(int_value(acc))
}

fn lcm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut acc = BigInt::from_i64(1);
    for a in &args.pos {
        let a = int_arg(vm, a)?;
        let g = acc.gcd(&a);
        acc = if g.is_zero() {
            g
        } else {
            let (q, _) = acc.mul(&a).abs().divmod_floor(&g).unwrap_or_default();
            q
        };
    }
    Ok(int_value(acc))
}

fn copysign(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "copysign", &args, 2, 2)?;
    let x = arg_f64(vm, &args.pos[0])?;
    let y = arg_f64(vm, &args.pos[1])?;
    Ok(Value::Float(x.copysign(y)))
}

fn factorial(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "factorial", &args, 1, 1)?;
    let n = int_arg(vm, &args.pos[0])?;
    let n = match n.to_i64() {
        Some(n) if n >= 0 => n,
        Some(_) => return Err(vm.value_error("factorial() not defined for negative values")),
        None => {
            return Err(vm.new_exc(
                ExcKind::OverflowError,
                "factorial() argument should not exceed 9223372036854775807",
            ))
        }
    };
    if n > 20_000 {
        return Err(vm.new_exc(
            ExcKind::MemoryError,
            "factorial too large for the playground",
        ));
    }
    let mut acc = BigInt::from_i64(1);
    for i in 2..=n {
        acc = acc.mul(&BigInt::from_i64(i));
    }
    Ok(int_value(acc))
}

fn isqrt(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "isqrt", &args, 1, 1)?;
    let n = int_arg(vm, &args.pos[0])?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    if n.is_zero() {
        return Ok(Value::Int(0));
    }
    // Newton's method on big integers.
    let two = BigInt::from_i64(2);
    let mut x = BigInt::from_i64(1).shl(n.bit_length().div_ceil(2));
    loop {
        let y = x
            .add(&n.divmod_floor(&x).map(|(q, _)| q).unwrap_or_default())
            .divmod_floor(&two)
            .map(|(q, _)| q)
            .unwrap_or_default();
        if y >= x {
            return Ok(int_value(x));
        }
        x = y;
    }
}

fn prod(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let start = args.take_kw("start").unwrap_or(Value::Int(1));
    check_args(vm, "prod", &args, 1, 1)?;
    let mut acc = start;
    for x in vm.iterate(&args.pos[0])? {
        acc = vm.binary_op(&acc, &x, crate::syntax::ast::BinOp::Mult, false)?;
    }
    Ok(acc)
}

fn fsum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "fsum", &args, 1, 1)?;
    // Neumaier summation: exact enough for the values programs feed it.
    let mut sum = 0.0f64;
    let mut c = 0.0f64;
    for x in vm.iterate(&args.pos[0])? {
        let x = arg_f64(vm, &x)?;
        let t = sum + x;
        if sum.abs() >= x.abs() {
            c += (sum - t) + x;
        } else {
            c += (x - t) + sum;
        }
        sum = t;
    }
    Ok(Value::Float(sum + c))
}

fn comb(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "comb", &args, 2, 2)?;
    let (n, k) = (int_arg(vm, &args.pos[0])?, int_arg(vm, &args.pos[1])?);
    let (Some(n), Some(k)) = (n.to_i64(), k.to_i64()) else {
        return Err(vm.new_exc(ExcKind::OverflowError, "arguments too large"));
    };
    if n < 0 || k < 0 {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k.min(n - k);
    let mut acc = BigInt::from_i64(1);
    for i in 0..k {
        acc = acc
            .mul(&BigInt::from_i64(n - i))
            .divmod_floor(&BigInt::from_i64(i + 1))
            .map(|(q, _)| q)
            .unwrap_or_default();
    }
    Ok(int_value(acc))
}

fn perm(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "perm", &args, 1, 2)?;
    let n = int_arg(vm, &args.pos[0])?.to_i64().unwrap_or(0);
    let k = match args.pos.get(1) {
        Some(v) if !v.is_none() => int_arg(vm, v)?.to_i64().unwrap_or(0),
        _ => n,
    };
    if n < 0 || k < 0 {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let mut acc = BigInt::from_i64(1);
    for i in 0..k {
        acc = acc.mul(&BigInt::from_i64(n - i));
    }
    Ok(int_value(acc))
}
