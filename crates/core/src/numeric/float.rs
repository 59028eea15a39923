//! Floats as CPython prints and rounds them.

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
    // Rust's `{:e}` gives the shortest round-trip digits: "d.ddde±x".
    let sci = format!("{:e}", x.abs());
    let (mant, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mant.chars().filter(|c| *c != '.').collect();
    let sign = if x < 0.0 { "-" } else { "" };
    if !(-4..16).contains(&exp) {
        let m = if digits.len() > 1 {
            format!("{}.{}", &digits[..1], &digits[1..])
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
            format!("{}.{}", &digits[..point], &digits[point..])
        }
    } else {
        format!("0.{}{}", "0".repeat((-exp - 1) as usize), digits)
    };
    format!("{sign}{body}")
}

/// `float(text)`.
pub fn parse_float(text: &str) -> Option<f64> {
    let t = text.trim();
    let lower = t.to_ascii_lowercase();
    let (sign, body) = match lower.as_bytes().first() {
        Some(b'-') => (-1.0, &lower[1..]),
        Some(b'+') => (1.0, &lower[1..]),
        _ => (1.0, &lower[..]),
    };
    match body {
        "inf" | "infinity" => return Some(sign * f64::INFINITY),
        "nan" => return Some(f64::NAN),
        _ => {}
    }
    if body.is_empty() || body.starts_with('_') || body.ends_with('_') || body.contains("__") {
        return None;
    }
    if !body
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | '+' | '-' | '_'))
    {
        return None;
    }
    let cleaned: String = body.chars().filter(|&c| c != '_').collect();
    cleaned.parse::<f64>().ok().map(|v| sign * v)
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
        let s = format!("{:.*}", ndigits as usize, x);
        return s.parse().unwrap_or(x);
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
    let mut m = x % y;
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

/// `x ** y` for floats, with CPython's errors.
pub fn float_pow(x: f64, y: f64) -> Result<f64, &'static str> {
    if x == 0.0 && y < 0.0 {
        return Err("0.0 cannot be raised to a negative power");
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        return Err("complex numbers are not supported by the playground (negative number raised to a fractional power)");
    }
    Ok(x.powf(y))
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
}
