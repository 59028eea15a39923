//! Floats as CPython prints and rounds them.

use crate::at::Part;

/// `repr(float)`: the shortest digits that round-trip, in exponent form when
/// the decimal exponent is below -4 or at least 16.
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if x == 0.0 {
        return if x.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    let (digits, exp) = super::dtoa::shortest(x.abs());
    let sign = if x < 0.0 { "-" } else { "" };
    if !(-4..16).contains(&exp) {
        let m = if digits.len() > 1 {
            format!("{}.{}", digits.part(..1), digits.part(1..))
        } else {
            digits.clone()
        };
        let e = if exp < 0 {
            format!("-{:02}", -exp)
        } else {
            format!("+{exp:02}")
        };
        return format!("{sign}{m}e{e}");
    }
    let n = digits.len() as i32;
    let body = if exp >= 0 {
        if n - 1 <= exp {
            format!("{}{}.0", digits, "0".repeat((exp - (n - 1)) as usize))
        } else {
            let point = (exp + 1) as usize;
            format!("{}.{}", digits.part(..point), digits.part(point..))
        }
    } else {
        format!("0.{}{}", "0".repeat((-exp - 1) as usize), digits)
    };
    format!("{sign}{body}")
}

/// The f64 nearest a decimal numeral (`digits[.digits][e[+-]digits]`, no
/// sign), ties to even, as CPython reads it. Exact big-integer arithmetic:
/// the standard library's parser would bring its power-of-five tables
/// (over 10 KB) into the page's wasm.
pub fn parse_decimal(text: &str) -> Option<f64> {
    use super::bigint::BigInt;
    let (mantissa, exp) = match text.find(['e', 'E']) {
        Some(i) => (text.part(..i), parse_exponent(text.part(i + 1..))?),
        None => (text, 0),
    };
    let (int, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    if (int.is_empty() && frac.is_empty())
        || !int.bytes().chain(frac.bytes()).all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let all = format!("{int}{frac}");
    let digits = all.trim_start_matches('0');
    let significant = digits.trim_end_matches('0');
    if significant.is_empty() {
        return Some(0.0);
    }
    let e10 = exp - frac.len() as i64 + (digits.len() - significant.len()) as i64;
    // The value is below 10^magnitude and at least 10^(magnitude-1).
    let magnitude = significant.len() as i64 + e10;
    if magnitude > 310 {
        return Some(f64::INFINITY);
    }
    if magnitude < -325 {
        return Some(0.0);
    }
    let m = BigInt::parse(significant, 10)?;
    let ten = BigInt::from_u64(10);
    Some(if e10 >= 0 {
        m.mul(&ten.pow(e10 as u64))
            .to_f64()
            .unwrap_or(f64::INFINITY)
    } else {
        BigInt::true_div(&m, &ten.pow(e10.unsigned_abs())).unwrap_or(f64::INFINITY)
    })
}

/// An exponent's digits, saturated far beyond any float's range.
fn parse_exponent(s: &str) -> Option<i64> {
    let (neg, digits) = match s.as_bytes().first() {
        Some(b'-') => (true, s.part(1..)),
        Some(b'+') => (false, s.part(1..)),
        _ => (false, s),
    };
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let v = digits
        .bytes()
        .fold(0i64, |v, b| (v * 10 + i64::from(b - b'0')).min(1 << 40));
    Some(if neg { -v } else { v })
}

/// `float(text)`.
pub fn parse_float(text: &str) -> Option<f64> {
    let t = text.trim();
    let lower = t.to_ascii_lowercase();
    let (sign, body) = match lower.as_bytes().first() {
        Some(b'-') => (-1.0, lower.part(1..)),
        Some(b'+') => (1.0, lower.part(1..)),
        _ => (1.0, &lower[..]),
    };
    match body {
        "inf" | "infinity" => return Some(sign * f64::INFINITY),
        "nan" => return Some(f64::NAN),
        _ => {}
    }
    if body.is_empty()
        || body.starts_with('_')
        || body.ends_with('_')
        || crate::search::contains(body, "__")
    {
        return None;
    }
    if !body
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | '+' | '-' | '_'))
    {
        return None;
    }
    let cleaned: String = body.chars().filter(|&c| c != '_').collect();
    parse_decimal(&cleaned).map(|v| sign * v)
}

/// `round(x, ndigits)`: correctly rounded, half to even, on the exact value.
pub fn round_half_even(x: f64, ndigits: i64) -> f64 {
    if !x.is_finite() || x == 0.0 {
        return x;
    }
    if ndigits > 22 {
        return x;
    }
    if ndigits >= 0 {
        // Formatting rounds the exact binary value half to even.
        let s = super::dtoa::fixed(x.abs(), ndigits as usize);
        return parse_decimal(&s).map_or(x, |v| v.copysign(x));
    }
    let p = 10f64.powi((-ndigits) as i32);
    if !p.is_finite() {
        return 0.0 * x;
    }
    let y = x / p;
    let r = y.round();
    let r = if (y - y.trunc()).abs() == 0.5 {
        2.0 * (y / 2.0).round()
    } else {
        r
    };
    r * p
}

/// Python's `x // y` for floats.
pub fn float_floordiv(x: f64, y: f64) -> Result<f64, &'static str> {
    if y == 0.0 {
        return Err("float floor division by zero");
    }
    Ok(float_divmod(x, y).0)
}

/// Python's `x % y` for floats (sign of the divisor).
pub fn float_mod(x: f64, y: f64) -> Result<f64, &'static str> {
    if y == 0.0 {
        return Err("float modulo");
    }
    Ok(float_divmod(x, y).1)
}

/// CPython's float divmod algorithm.
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = crate::numeric::elementary::fmod(x, y);
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

/// What `float_pow` says when the power is a complex number.
pub const COMPLEX_POWER: &str = "a negative number to a fractional power";

/// `x ** y` for floats, with CPython's errors (`COMPLEX_POWER`: the result
/// is complex).
pub fn float_pow(x: f64, y: f64) -> Result<f64, &'static str> {
    if x == 0.0 && y < 0.0 {
        return Err("0.0 cannot be raised to a negative power");
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        return Err(COMPLEX_POWER);
    }
    Ok(super::elementary::pow(x, y))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reprs_match_cpython() {
        // Expected strings are CPython 3.11's repr().
        let cases = [
            (0.1 + 0.2, "0.30000000000000004"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (123.0, "123.0"),
            (-0.0, "-0.0"),
            (1.0 / 3.0, "0.3333333333333333"),
            (1.5e300, "1.5e+300"),
            (2.5e-7, "2.5e-07"),
            (f64::INFINITY, "inf"),
        ];
        for (x, want) in cases {
            assert_eq!(float_repr(x), want);
        }
    }

    #[test]
    fn rounding_and_modulo() {
        assert_eq!(round_half_even(2.675, 2), 2.67);
        assert_eq!(round_half_even(0.5, 0), 0.0);
        assert_eq!(round_half_even(1.5, 0), 2.0);
        assert_eq!(round_half_even(1234.5, -1), 1230.0);
        assert_eq!(float_mod(-7.5, 2.0), Ok(0.5));
        assert_eq!(float_mod(5.0, -3.0), Ok(-1.0));
        assert_eq!(float_floordiv(-7.5, 2.0), Ok(-4.0));
        assert_eq!(parse_float(" 1_000.5e3 "), Some(1000500.0));
        assert_eq!(parse_float("-Infinity"), Some(f64::NEG_INFINITY));
        assert_eq!(parse_float("abc"), None);
    }

    /// The table-free parser agrees with the standard library's correctly
    /// rounded one on edge cases and on many random numerals.
    #[test]
    fn parse_decimal_is_correctly_rounded() {
        let edge = [
            "0",
            "0.0",
            "1",
            "0.1",
            "0.3",
            "1.5",
            "2.5e-3",
            "123456789012345678901234567890",
            "1.7976931348623157e308",
            "1.7976931348623159e308",
            "1e309",
            "2.2250738585072014e-308",
            "2.2250738585072011e-308",
            "4.9406564584124654e-324",
            "2.4703282292062327e-324",
            "2.4703282292062328e-324",
            "5e-324",
            "1e-400",
            "9007199254740993",
            "9007199254740995",
            "0.000001",
            "1e22",
            "1e23",
            "8.98846567431158e307",
            "3.14159265358979323846",
            "1",
            "1.",
            ".5",
            "00012.50000e+0002",
            "7e-10",
        ];
        for text in edge {
            assert_eq!(parse_decimal(text), text.parse::<f64>().ok(), "{text}");
        }
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..20_000 {
            let digits = 1 + next() % 25;
            let mut text: String = (0..digits)
                .map(|_| char::from(b'0' + (next() % 10) as u8))
                .collect();
            if next() % 2 == 0 {
                let at = (next() % (digits + 1)) as usize;
                text.insert(at, '.');
            }
            if next() % 2 == 0 {
                text.push_str(&format!("e{}", (next() % 700) as i64 - 350));
            }
            if text == "." || text.starts_with(".e") {
                continue;
            }
            assert_eq!(parse_decimal(&text), text.parse::<f64>().ok(), "{text}");
        }
        // Exactly representable values near ties, printed with 17+ digits.
        for _ in 0..5_000 {
            let x = f64::from_bits(next() >> 2);
            if x.is_finite() {
                let text = format!("{x:.30e}");
                assert_eq!(parse_decimal(&text), Some(x), "{text}");
            }
        }
    }
}
