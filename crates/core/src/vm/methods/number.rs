//! int's, bool's and float's constructors and methods (their arithmetic is
//! the number protocol's, in `ops::operators`).

use super::*;

/// `x.__index__()`: the int (a bool's is 0 or 1).
pub(super) fn int_index(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(match args.pos.first() {
        Some(Value::Bool(b)) => Value::Int(*b as i64),
        Some(v) => v.clone(),
        None => Value::None,
    })
}

pub(super) fn int_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
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
            vm.check_integral(*f)?;
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
pub(super) fn ascii_digits(s: &str) -> std::borrow::Cow<'_, str> {
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

pub(super) fn parse_int(vm: &mut Vm, text: &str, base: u32) -> PyResult<Value> {
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

pub(super) fn bool_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos.get(1) {
        Some(v) => Ok(Value::Bool(vm.truthy(&v.clone())?)),
        None => Ok(Value::Bool(false)),
    }
}

pub(super) fn float_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
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
        Value::Bytes(b) => match std::str::from_utf8(b).ok().and_then(pyfloat::parse_float) {
            Some(f) => Ok(Value::Float(f)),
            None => {
                let r = vm.repr(&x)?;
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

pub(super) fn int_bit_length(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(match args.at(0) {
        Value::Int(i) => (64 - i.unsigned_abs().leading_zeros()) as i64,
        Value::Bool(b) => *b as i64,
        Value::BigInt(b) => b.bit_length() as i64,
        _ => 0,
    }))
}

pub(super) fn float_is_integer(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(
        matches!(args.at(0), Value::Float(f) if f.is_finite() && f.fract() == 0.0),
    ))
}
