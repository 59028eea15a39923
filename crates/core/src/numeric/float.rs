//! Python's `float`: `repr`, `float(str)`, `round(x, n)`, and the arithmetic
//! operations whose signs, special values and error messages differ from
//! IEEE/C (`//`, `%`, `divmod`, `**`).
//!
//! Digit generation uses Rust's float formatting, which is exact: the
//! shortest round-trip digits for `{:e}`, and correct rounding of the exact
//! binary value (ties to even) for `{:.N}` / `{:.Ne}`, like David Gay's dtoa
//! that CPython uses. Layout of those digits follows CPython's
//! `PyOS_double_to_string` / `format_float_short`.

use super::bigint::BigInt;
use super::NumError;

/// Digits of `|x|` (finite) in a dtoa-like form: a digit string without
/// trailing zeros (`"0"` for zero... or empty when fixed-point rounding
/// leaves nothing) and the decimal point position `decpt`, meaning the value
/// is `0.DIGITS * 10**decpt`.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Digits {
    pub digits: String,
    pub decpt: i64,
}

fn split_exp(s: &str) -> Digits {
    // s looks like "d.ddde-5" or "de12"
    let (mant, exp) = s.split_once('e').expect("exponent form");
    let exp: i64 = exp.parse().unwrap();
    let mut digits: String = mant.chars().filter(|&c| c != '.').collect();
    while digits.len() > 1 && digits.ends_with('0') {
        digits.pop();
    }
    if digits == "0" {
        return Digits { digits, decpt: 1 };
    }
    Digits {
        digits,
        decpt: exp + 1,
    }
}

/// Shortest digits that round-trip (dtoa mode 0).
pub(crate) fn digits_shortest(x: f64) -> Digits {
    split_exp(&format!("{:e}", x.abs()))
}

/// `ndigits >= 1` significant digits, correctly rounded (dtoa mode 2).
pub(crate) fn digits_significant(x: f64, ndigits: usize) -> Digits {
    split_exp(&format!("{:.*e}", ndigits - 1, x.abs()))
}

/// Rounded to `ndigits >= 0` places after the point (dtoa mode 3). When the
/// result is zero the digit string is empty and `decpt == -ndigits`, except
/// for an exact zero input, which gives `"0"` and `decpt == 1`.
pub(crate) fn digits_fixed(x: f64, ndigits: usize) -> Digits {
    if x == 0.0 {
        return Digits {
            digits: "0".into(),
            decpt: 1,
        };
    }
    let s = format!("{:.*}", ndigits, x.abs());
    let point = s.find('.').unwrap_or(s.len()) as i64;
    let all: String = s.chars().filter(|&c| c != '.').collect();
    let lead = all.len() - all.trim_start_matches('0').len();
    let mut digits = all[lead..].to_string();
    while digits.ends_with('0') {
        digits.pop();
    }
    if digits.is_empty() {
        return Digits {
            digits,
            decpt: -(ndigits as i64),
        };
    }
    Digits {
        digits,
        decpt: point - lead as i64,
    }
}

/// The format codes `float_body` understands (after CPython's mapping of
/// `n`→`g`, `%`→`f`, none→`r`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FloatCode {
    E,
    F,
    G,
    /// repr: shortest digits
    R,
}

/// Format `|x|` like CPython's `format_float_short` (sign excluded). `x` may
/// be non-finite. Returns the text for the absolute value.
pub(crate) fn float_body(
    x: f64,
    code: FloatCode,
    precision: usize,
    alt: bool,
    add_dot_0: bool,
    upper: bool,
) -> String {
    if x.is_nan() {
        return if upper { "NAN" } else { "nan" }.into();
    }
    if x.is_infinite() {
        return if upper { "INF" } else { "inf" }.into();
    }
    let mut precision = precision as i64;
    let d = match code {
        FloatCode::E => digits_significant(x, precision as usize + 1),
        FloatCode::F => digits_fixed(x, precision as usize),
        FloatCode::G => {
            if precision == 0 {
                precision = 1;
            }
            digits_significant(x, precision as usize)
        }
        FloatCode::R => digits_shortest(x),
    };
    let digits = d.digits.as_bytes();
    let digits_len = digits.len() as i64;
    let mut decpt = d.decpt;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    let use_alt = alt;
    match code {
        FloatCode::E => {
            use_exp = true;
            vdigits_end = precision + 1;
        }
        FloatCode::F => {
            vdigits_end = decpt + precision;
        }
        FloatCode::G => {
            let limit = if add_dot_0 { precision - 1 } else { precision };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if use_alt {
                vdigits_end = precision;
            }
        }
        FloatCode::R => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }
    let mut out = String::with_capacity((vdigits_end - vdigits_start + 8).max(8) as usize);
    let push_zeros = |out: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    if decpt <= 0 {
        push_zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        push_zeros(&mut out, -decpt);
    } else {
        push_zeros(&mut out, -vdigits_start);
    }
    if 0 < decpt && decpt <= digits_len {
        out.push_str(&d.digits[..decpt as usize]);
        out.push('.');
        out.push_str(&d.digits[decpt as usize..]);
    } else {
        out.push_str(&d.digits);
    }
    if digits_len < decpt {
        push_zeros(&mut out, decpt - digits_len);
        out.push('.');
        push_zeros(&mut out, vdigits_end - decpt);
    } else {
        push_zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !use_alt {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let e = exp.unsigned_abs();
        if e < 10 {
            out.push('0');
        }
        out.push_str(&e.to_string());
    }
    out
}

/// Exactly CPython's `repr(float)` (also `str(float)`).
pub fn float_repr(x: f64) -> String {
    let body = float_body(x, FloatCode::R, 0, false, true, false);
    if x.is_sign_negative() && !x.is_nan() {
        format!("-{body}")
    } else {
        body
    }
}

/// What `float(text)` accepts: surrounding whitespace, a sign, decimal
/// literals with single underscores between digits, and case-insensitive
/// `inf`, `infinity`, `nan`. `None` means CPython raises
/// `ValueError: could not convert string to float: {text!r}`.
pub fn parse_float(text: &str) -> Option<f64> {
    let s = super::bigint::ascii_digits(text.trim_matches(|c: char| c.is_whitespace()));
    let s: &str = &s;
    let (neg, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = body.to_ascii_lowercase();
    let v = match lower.as_str() {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => parse_decimal_literal(body)?,
    };
    Some(if neg { -v } else { v })
}

/// digits [. digits] [e [sign] digits] with at least one mantissa digit;
/// underscores only between two digits.
fn parse_decimal_literal(s: &str) -> Option<f64> {
    let b = s.as_bytes();
    let mut clean = String::with_capacity(b.len());
    let mut i = 0;
    // returns number of digits consumed
    let digit_run = |i: &mut usize, clean: &mut String| -> Option<usize> {
        let mut n = 0;
        while *i < b.len() {
            let c = b[*i];
            if c.is_ascii_digit() {
                clean.push(c as char);
                n += 1;
                *i += 1;
            } else if c == b'_' {
                // must be between digits
                if n == 0 || *i + 1 >= b.len() || !b[*i + 1].is_ascii_digit() {
                    return None;
                }
                *i += 1;
            } else {
                break;
            }
        }
        Some(n)
    };
    let int_digits = digit_run(&mut i, &mut clean)?;
    let mut frac_digits = 0;
    if i < b.len() && b[i] == b'.' {
        clean.push('.');
        i += 1;
        frac_digits = digit_run(&mut i, &mut clean)?;
    }
    if int_digits + frac_digits == 0 {
        return None;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        clean.push('e');
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            clean.push(b[i] as char);
            i += 1;
        }
        if digit_run(&mut i, &mut clean)? == 0 {
            return None;
        }
    }
    if i != b.len() {
        return None;
    }
    if clean.starts_with('.') {
        clean.insert(0, '0');
    }
    clean.parse::<f64>().ok()
}

/// CPython's `round(x, ndigits)` for a float, ignoring the overflow case
/// (returns ±inf there; see [`round_float`]).
pub fn round_half_even(x: f64, ndigits: i64) -> f64 {
    match round_float(x, ndigits) {
        Ok(v) => v,
        Err(_) => {
            if x < 0.0 {
                f64::NEG_INFINITY
            } else {
                f64::INFINITY
            }
        }
    }
}

/// CPython's `round(x, ndigits)`: round the exact binary value to `ndigits`
/// decimal places, ties to even, then convert back correctly rounded.
/// Error: OverflowError "rounded value too large to represent".
pub fn round_float(x: f64, ndigits: i64) -> Result<f64, NumError> {
    // CPython's NDIGITS_MAX = (int)((DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103)
    // and NDIGITS_MIN = -(int)((DBL_MAX_EXP + 1) * 0.30103)
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if !x.is_finite() || x == 0.0 {
        return Ok(x);
    }
    if ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let (digits, decpt) = if ndigits >= 0 {
        let d = digits_fixed(x, ndigits as usize);
        (d.digits, d.decpt)
    } else {
        round_negative_ndigits(x, -ndigits)
    };
    // value = 0.DIGITS * 10**decpt  ==  DIGITS * 10**(decpt - len)
    let text = format!(
        "{}0{}e{}",
        if x < 0.0 { "-" } else { "" },
        digits,
        decpt - digits.len() as i64
    );
    let v: f64 = text.parse().unwrap();
    if v.is_infinite() {
        return Err(NumError::overflow("rounded value too large to represent"));
    }
    Ok(v)
}

/// Round `|x|` to a multiple of `10**k` (k >= 1), ties to even, on the exact
/// value. Returns dtoa-style digits (no trailing zeros) and decpt.
fn round_negative_ndigits(x: f64, k: i64) -> (String, i64) {
    let bits = x.abs().to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mant, e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | 1 << 52, exp - 1075)
    };
    let mut num = BigInt::from_u64(mant);
    let mut den = BigInt::from_u64(10).pow(k as u64);
    if e >= 0 {
        num = num.shl(e as u64);
    } else {
        den = den.shl((-e) as u64);
    }
    let (mut q, r) = num.divmod_floor(&den).unwrap();
    let twice = r.shl(1);
    if twice > den || (twice == den && q.is_odd()) {
        q = q.add(&BigInt::one());
    }
    if q.is_zero() {
        return (String::new(), -k + 1);
    }
    let mut s = q.to_string();
    let len = s.len() as i64;
    while s.ends_with('0') {
        s.pop();
    }
    (s, len + k)
}

/// Python's `a // b` for floats. Error: "float floor division by zero".
pub fn float_floordiv(a: f64, b: f64) -> Result<f64, NumError> {
    if b == 0.0 {
        return Err(NumError::zero_div("float floor division by zero"));
    }
    Ok(div_mod(a, b).0)
}

/// Python's `a % b` for floats (result has the sign of `b`). Error: "float modulo".
pub fn float_mod(a: f64, b: f64) -> Result<f64, NumError> {
    if b == 0.0 {
        return Err(NumError::zero_div("float modulo"));
    }
    let mut m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    Ok(m)
}

/// Python's `divmod(a, b)` for floats. Error: "float divmod()".
pub fn float_divmod(a: f64, b: f64) -> Result<(f64, f64), NumError> {
    if b == 0.0 {
        return Err(NumError::zero_div("float divmod()"));
    }
    Ok(div_mod(a, b))
}

/// Python's `a / b` for floats. Error: "float division by zero".
pub fn float_truediv(a: f64, b: f64) -> Result<f64, NumError> {
    if b == 0.0 {
        return Err(NumError::zero_div("float division by zero"));
    }
    Ok(a / b)
}

/// CPython's `_float_div_mod` (b != 0).
fn div_mod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

fn is_odd_integer(x: f64) -> bool {
    x.is_finite() && x % 2.0 != 0.0 && x.fract() == 0.0
}

/// The message used when a negative float is raised to a non-integer power.
/// CPython 3.11 returns a complex number there; the playground has no
/// complex type and raises `ValueError` with this text instead.
pub const NEGATIVE_FRACTIONAL_POWER: &str =
    "negative number cannot be raised to a fractional power";

/// Python's `a ** b` for floats (CPython's `float_pow`). Errors:
/// ZeroDivisionError "0.0 cannot be raised to a negative power";
/// OverflowError "(34, 'Numerical result out of range')";
/// ValueError [`NEGATIVE_FRACTIONAL_POWER`] where CPython would return a complex.
pub fn float_pow(iv: f64, iw: f64) -> Result<f64, NumError> {
    if iw == 0.0 {
        return Ok(1.0);
    }
    if iv.is_nan() {
        return Ok(iv);
    }
    if iw.is_nan() {
        return Ok(if iv == 1.0 { 1.0 } else { iw });
    }
    if iw.is_infinite() {
        let a = iv.abs();
        return Ok(if a == 1.0 {
            1.0
        } else if (iw > 0.0) == (a > 1.0) {
            iw.abs()
        } else {
            0.0
        });
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        return Ok(if iw > 0.0 {
            if odd {
                iv
            } else {
                iv.abs()
            }
        } else if odd {
            0.0f64.copysign(iv)
        } else {
            0.0
        });
    }
    if iv == 0.0 {
        let odd = is_odd_integer(iw);
        if iw < 0.0 {
            return Err(NumError::zero_div(
                "0.0 cannot be raised to a negative power",
            ));
        }
        return Ok(if odd { iv } else { 0.0 });
    }
    let mut base = iv;
    let mut negate = false;
    if iv < 0.0 {
        if iw != iw.floor() {
            return Err(NumError::value(NEGATIVE_FRACTIONAL_POWER));
        }
        base = -iv;
        negate = is_odd_integer(iw);
    }
    if base == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let r = base.powf(iw);
    if r.is_infinite() {
        return Err(NumError::overflow("(34, 'Numerical result out of range')"));
    }
    Ok(if negate { -r } else { r })
}

/// Python's `float.is_integer()`-style helper: `x` is finite and integral.
pub fn float_is_integer(x: f64) -> bool {
    x.is_finite() && x.fract() == 0.0
}

/// `int(x)` / `math.trunc(x)` for a float, with CPython's errors:
/// ValueError "cannot convert float NaN to integer", OverflowError
/// "cannot convert float infinity to integer".
pub fn float_to_int(x: f64) -> Result<BigInt, NumError> {
    if x.is_nan() {
        return Err(NumError::value("cannot convert float NaN to integer"));
    }
    BigInt::from_f64(x)
        .ok_or_else(|| NumError::overflow("cannot convert float infinity to integer"))
}

/// `round(x)` with no ndigits: the nearest int, ties to even.
pub fn float_round_to_int(x: f64) -> Result<BigInt, NumError> {
    float_to_int(x.round_ties_even())
}
