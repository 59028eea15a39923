//! Decimal digits of floats, computed exactly with big integers: fixed
//! (`%.2f`), exponent (`%.3e`) and shortest round-trip (`repr`). The
//! standard library's formatting (Grisu and Dragon with their tables) would
//! cost the page's wasm several kilobytes; these few functions do the same
//! job, slower but fast enough for printing.

use super::bigint::BigInt;
use crate::at::{At, Part};
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
    let mut k = decimal_exponent(&num, &den);
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
    // One exact division gives 25 digits and whether any follow; rounding
    // them to each shorter length is then exact (half to even).
    const KEEP: usize = 25;
    let (num, den) = fraction(x);
    let k = decimal_exponent(&num, &den);
    let shift = KEEP as i32 - 1 - k;
    let (q, r) = if shift >= 0 {
        num.mul(&pow10(shift as u32)).divmod_floor(&den)
    } else {
        num.divmod_floor(&den.mul(&pow10((-shift) as u32)))
    }
    .unwrap_or((BigInt::from_u64(0), BigInt::from_u64(0)));
    let all = q.to_string().into_bytes();
    let sticky = !r.is_zero();
    for prec in 0..17 {
        let (head, tail) = all.split_at(prec + 1);
        let rest_nonzero = sticky || tail.part(1..).iter().any(|&d| d != b'0');
        let odd = *head.at(prec) % 2 == 1;
        let up = *tail.at(0) > b'5' || (tail[0] == b'5' && (rest_nonzero || odd));
        let (digits, exp) = round_digits(head, up, k);
        let reads_back = |d: &str| reads_as(d, exp - prec as i32) == Some(x);
        if reads_back(&digits) {
            return (strip_trailing_zeros(digits), exp);
        }
        // Next to a power of two the gaps below and above differ: the
        // neighbour on the wide side may read back when the closest does not.
        if let Ok(q) = digits.parse::<u64>() {
            for n in [q + 1, q.wrapping_sub(1)] {
                let d = n.to_string();
                if d.len() == digits.len() && reads_back(&d) {
                    return (strip_trailing_zeros(d), exp);
                }
            }
        }
    }
    significant(x, 16)
}

/// The exponent k with 10^k <= num/den < 10^(k+1).
fn decimal_exponent(num: &BigInt, den: &BigInt) -> i32 {
    let bits = num.bit_length() as i64 - den.bit_length() as i64;
    let mut k = (bits as f64 * std::f64::consts::LOG10_2).floor() as i32;
    let at_least = |k: i32| -> bool {
        if k >= 0 {
            *num >= den.mul(&pow10(k as u32))
        } else {
            num.mul(&pow10((-k) as u32)) >= *den
        }
    };
    while !at_least(k) {
        k -= 1;
    }
    while at_least(k + 1) {
        k += 1;
    }
    k
}

/// `head` (decimal digits, first at exponent `k`) rounded up by one unit in
/// its last place when `up`; a carry past the first digit raises `k`.
fn round_digits(head: &[u8], up: bool, k: i32) -> (String, i32) {
    let mut d = head.to_vec();
    if up {
        let mut i = d.len();
        loop {
            if i == 0 {
                d.insert(0, b'1');
                d.pop();
                return (String::from_utf8(d).unwrap_or_default(), k + 1);
            }
            i -= 1;
            if *d.at(i) == b'9' {
                *d.at_mut(i) = b'0';
            } else {
                *d.at_mut(i) += 1;
                break;
            }
        }
    }
    (String::from_utf8(d).unwrap_or_default(), k)
}

/// The f64 nearest `digits × 10^exp`: one correctly rounded operation when
/// both factors are exact in a double (the usual case), else exactly.
fn reads_as(digits: &str, exp: i32) -> Option<f64> {
    const POW10: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];
    if let Ok(m) = digits.parse::<u64>() {
        if m < 1 << 53 && exp.unsigned_abs() < 23 {
            let m = m as f64;
            let p = POW10[exp.unsigned_abs() as usize];
            return Some(if exp >= 0 { m * p } else { m / p });
        }
    }
    super::float::parse_decimal(&format!("{digits}e{exp}"))
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
            // The standard library breaks ties between two equally close
            // shortest strings its own way; CPython (and we) to even, which
            // `shortest_is_cpythons_repr` checks. So: as short, and at most
            // one unit apart in the last digit.
            let (d, k) = shortest(x);
            let std = format!("{x:e}");
            let (m, e) = std.split_once('e').unwrap();
            let m = m.replace('.', "");
            assert_eq!((d.len(), k), (m.len(), e.parse().unwrap()), "{x:e}");
            let (a, b): (u64, u64) = (d.parse().unwrap(), m.parse().unwrap());
            assert!(a.abs_diff(b) <= 1, "{x:e}: {d}");
            for prec in [0, 1, 2, 3, 6, 10, 17] {
                assert_eq!(exponent(x, prec), format!("{x:.prec$e}"), "{x:e} {prec}");
                if x < 1e30 && x > 1e-30 {
                    assert_eq!(fixed(x, prec), format!("{x:.prec$}"), "{x:e} {prec}");
                }
            }
        }
        for x in samples().into_iter().filter(|x| *x > 1e-30 && *x < 1e30) {
            // Ties aside (see above), the same text.
            let (ours, std) = (Plain(x).to_string(), format!("{x}"));
            assert!(
                ours == std || (ours.len() == std.len() && ours.parse() == Ok(x)),
                "{std}"
            );
            assert_eq!(Plain(-x).to_string(), format!("-{ours}"));
        }
        assert_eq!(Plain(0.0).to_string(), "0");
        assert_eq!(Fixed(2.5, 0).to_string(), "2");
        assert_eq!(fixed(-0.0, 2), "-0.00");
        assert_eq!(fixed(0.0, 0), "0");
        assert_eq!(exponent(0.0, 2), "0.00e0");
        assert_eq!(fixed(-1.005, 2), format!("{:.2}", -1.005));
    }

    #[test]
    fn shortest_is_cpythons_repr() {
        let xs: Vec<f64> = samples().into_iter().filter(|&x| x > 0.0).collect();
        // Exactly halfway between two 17-digit strings: 1052730259603333.25.
        let mut ties = vec![1.0527302596033333e15];
        ties.extend(xs);
        let script = "import sys\nfor line in sys.stdin: print(repr(float.fromhex(line.strip())))";
        let mut child = std::process::Command::new("python3")
            .args(["-c", script])
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("python3 (CPython 3.11) is needed to check float repr");
        let input: String = ties.iter().map(|x| format!("{}\n", hex(*x))).collect();
        let mut stdin = child.stdin.take().unwrap();
        // Written from another thread: the answers may fill the pipe first.
        let writer = std::thread::spawn(move || {
            use std::io::Write;
            stdin.write_all(input.as_bytes()).unwrap();
        });
        let out = child.wait_with_output().unwrap();
        writer.join().unwrap();
        let expected = String::from_utf8(out.stdout).unwrap();
        for (x, want) in ties.iter().zip(expected.lines()) {
            assert_eq!(super::super::float::float_repr(*x), want, "{}", hex(*x));
        }
        assert_eq!(expected.lines().count(), ties.len());
    }

    /// `x` as `float.hex()` reads it: exact.
    fn hex(x: f64) -> String {
        let bits = x.to_bits();
        let e = ((bits >> 52) & 0x7ff) as i64;
        let m = bits & ((1u64 << 52) - 1);
        if e == 0 {
            format!("0x0.{m:013x}p-1022")
        } else {
            format!("0x1.{m:013x}p{}", e - 1023)
        }
    }
}
