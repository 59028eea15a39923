//! Decimal digits of floats, computed exactly with big integers: fixed
//! (`%.2f`), exponent (`%.3e`) and shortest round-trip (`repr`). The
//! standard library's formatting (Grisu and Dragon with their tables) would
//! cost the page's wasm several kilobytes; these few functions do the same
//! job, slower but fast enough for printing.

use super::bigint::BigInt;
use std::cmp::Ordering;

/// `x` (finite, positive) as an exact fraction `num / den`.
fn fraction(x: f64) -> (BigInt, BigInt) {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (m, e) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    };
    let one = BigInt::from_u64(1);
    if e >= 0 {
        (BigInt::from_u64(m).shl(e as u64), one)
    } else {
        (BigInt::from_u64(m), one.shl((-e) as u64))
    }
}

fn pow10(k: u32) -> BigInt {
    BigInt::from_u64(10).pow(u64::from(k))
}

/// `num / den` rounded to an integer, ties to even.
fn div_round(num: &BigInt, den: &BigInt) -> BigInt {
    let Some((q, r)) = num.divmod_floor(den) else {
        return BigInt::from_u64(0);
    };
    let up = match r.shl(1).cmp(den) {
        Ordering::Greater => true,
        Ordering::Less => false,
        Ordering::Equal => !q.bitand(&BigInt::from_u64(1)).is_zero(),
    };
    if up {
        q.add(&BigInt::from_u64(1))
    } else {
        q
    }
}

/// `x` with `prec` digits after the point, rounded half to even on the
/// exact value (as `format!("{:.prec$}")` and CPython's `%f` do).
pub fn fixed(x: f64, prec: usize) -> String {
    if !x.is_finite() {
        return if x.is_nan() {
            "NaN".into()
        } else if x > 0.0 {
            "inf".into()
        } else {
            "-inf".into()
        };
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    let digits = if x == 0.0 {
        "0".to_string()
    } else {
        let (num, den) = fraction(x.abs());
        div_round(&num.mul(&pow10(prec as u32)), &den).to_string()
    };
    let digits = if digits.len() <= prec {
        format!("{}{digits}", "0".repeat(prec + 1 - digits.len()))
    } else {
        digits
    };
    let (int, frac) = digits.split_at(digits.len() - prec);
    if prec == 0 {
        format!("{sign}{int}")
    } else {
        format!("{sign}{int}.{frac}")
    }
}

/// The `prec + 1` significant digits of `x` (finite, positive), rounded
/// half to even, and the decimal exponent of the first: `x ≈ d.ddd × 10^exp`.
pub fn significant(x: f64, prec: usize) -> (String, i32) {
    if x == 0.0 || !x.is_finite() {
        return ("0".repeat(prec + 1), 0);
    }
    let (num, den) = fraction(x);
    // The exponent k with 10^k <= x < 10^(k+1): estimated from the binary
    // exponent, then corrected.
    let bits = num.bit_length() as i64 - den.bit_length() as i64;
    let mut k = (bits as f64 * std::f64::consts::LOG10_2).floor() as i32;
    let at_least = |k: i32| -> bool {
        // x >= 10^k
        if k >= 0 {
            num >= den.mul(&pow10(k as u32))
        } else {
            num.mul(&pow10((-k) as u32)) >= den
        }
    };
    while !at_least(k) {
        k -= 1;
    }
    while at_least(k + 1) {
        k += 1;
    }
    let shift = prec as i32 - k;
    let q = if shift >= 0 {
        div_round(&num.mul(&pow10(shift as u32)), &den)
    } else {
        div_round(&num, &den.mul(&pow10((-shift) as u32)))
    };
    let mut digits = q.to_string();
    if digits.len() > prec + 1 {
        // Rounded up to the next power of ten.
        digits.truncate(prec + 1);
        k += 1;
    }
    (digits, k)
}

/// `x` in exponent form with `prec` digits after the point, as Rust's
/// `{:.prec$e}` writes it: `1.50e3`, `2e-7`.
pub fn exponent(x: f64, prec: usize) -> String {
    let sign = if x.is_sign_negative() { "-" } else { "" };
    let (digits, k) = if x == 0.0 {
        ("0".repeat(prec + 1), 0)
    } else {
        significant(x.abs(), prec)
    };
    let (first, rest) = digits.split_at(1);
    if rest.is_empty() {
        format!("{sign}{first}e{k}")
    } else {
        format!("{sign}{first}.{rest}e{k}")
    }
}

/// The fewest significant digits that read back as `x` (finite, positive),
/// the closest such if several, and the decimal exponent of the first.
pub fn shortest(x: f64) -> (String, i32) {
    if x == 0.0 || !x.is_finite() {
        return ("0".into(), 0);
    }
    for prec in 0..17 {
        let (digits, k) = significant(x, prec);
        let reads_back =
            |d: &str| super::float::parse_decimal(&format!("{d}e{}", k - prec as i32)) == Some(x);
        if reads_back(&digits) {
            return (strip_trailing_zeros(digits), k);
        }
        // Next to a power of two the gaps below and above differ: the
        // neighbour on the wide side may read back when the closest does not.
        if let Ok(q) = digits.parse::<u64>() {
            for n in [q + 1, q.wrapping_sub(1)] {
                let d = n.to_string();
                if d.len() == digits.len() && reads_back(&d) {
                    return (strip_trailing_zeros(d), k);
                }
            }
        }
    }
    significant(x, 16)
}

/// Displays `x` with `prec` digits after the point (as `{:.prec$}` would).
pub struct Fixed(pub f64, pub usize);

impl std::fmt::Display for Fixed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&fixed(self.0, self.1))
    }
}

/// Displays `x` as `{}` would: the shortest digits, never an exponent.
pub struct Plain(pub f64);

impl std::fmt::Display for Plain {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let x = self.0;
        if !x.is_finite() {
            return f.write_str(if x.is_nan() {
                "NaN"
            } else if x > 0.0 {
                "inf"
            } else {
                "-inf"
            });
        }
        if x.is_sign_negative() {
            f.write_str("-")?;
        }
        let (digits, k) = shortest(x.abs());
        let n = digits.len() as i32;
        if x == 0.0 {
            f.write_str("0")
        } else if k < 0 {
            write!(f, "0.{}{digits}", "0".repeat((-k - 1) as usize))
        } else if k + 1 >= n {
            write!(f, "{digits}{}", "0".repeat((k + 1 - n) as usize))
        } else {
            let (a, b) = digits.split_at((k + 1) as usize);
            write!(f, "{a}.{b}")
        }
    }
}

fn strip_trailing_zeros(mut digits: String) -> String {
    while digits.len() > 1 && digits.ends_with('0') {
        digits.pop();
    }
    digits
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Floats across the range: simple decimals, powers of two, subnormals,
    /// extremes, and a deterministic spray of bit patterns.
    fn samples() -> Vec<f64> {
        let mut v = vec![
            0.1,
            0.5,
            1.0,
            2.5,
            3.25159,
            100.0,
            1e16,
            1e22,
            1e23,
            123456789.125,
            0.3,
            2.0 / 3.0,
            5e-324,
            2.2250738585072014e-308,
            1.7976931348623157e308,
            9007199254740993.0,
            0.125,
            0.375,
            1.5e-7,
            4.35,
            2.675,
            1e-5,
            0.000123,
        ];
        for e in (-1074..1024).step_by(37) {
            v.push(2f64.powi(e));
        }
        let mut s: u64 = 0x9E37_79B9_7F4A_7C15;
        for _ in 0..400 {
            s ^= s << 13;
            s ^= s >> 7;
            s ^= s << 17;
            let x = f64::from_bits(s & 0x7FEF_FFFF_FFFF_FFFF);
            if x.is_finite() && x > 0.0 {
                v.push(x);
            }
        }
        v
    }

    #[test]
    fn agrees_with_the_standard_library() {
        for x in samples().into_iter().filter(|&x| x > 0.0) {
            let (d, k) = shortest(x);
            let std = format!("{x:e}");
            let (m, e) = std.split_once('e').unwrap();
            assert_eq!(
                (d.as_str(), k),
                (m.replace('.', "").as_str(), e.parse().unwrap()),
                "{x:e}"
            );
            for prec in [0, 1, 2, 3, 6, 10, 17] {
                assert_eq!(exponent(x, prec), format!("{x:.prec$e}"), "{x:e} {prec}");
                if x < 1e30 && x > 1e-30 {
                    assert_eq!(fixed(x, prec), format!("{x:.prec$}"), "{x:e} {prec}");
                }
            }
        }
        for x in samples().into_iter().filter(|x| *x > 1e-30 && *x < 1e30) {
            assert_eq!(Plain(x).to_string(), format!("{x}"));
            assert_eq!(Plain(-x).to_string(), format!("{}", -x));
        }
        assert_eq!(Plain(0.0).to_string(), "0");
        assert_eq!(Fixed(2.5, 0).to_string(), "2");
        assert_eq!(fixed(-0.0, 2), "-0.00");
        assert_eq!(fixed(0.0, 0), "0");
        assert_eq!(exponent(0.0, 2), "0.00e0");
        assert_eq!(fixed(-1.005, 2), format!("{:.2}", -1.005));
    }
}
