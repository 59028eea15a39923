//! Arbitrary-precision integers with Python's semantics.
//!
//! `BigInt` is a sign plus a magnitude of little-endian `u32` limbs. The
//! magnitude never has trailing zero limbs and zero is always `{neg: false,
//! mag: []}`, so the derived `PartialEq`/`Hash` agree with numeric equality.
//!
//! Everything follows Python: floor division and modulo take the divisor's
//! sign, shifts and bitwise operators act on an infinite two's-complement
//! representation, conversions to `float` are correctly rounded, and
//! [`int_hash`] / [`float_hash`] reproduce CPython's numeric hash (modulus
//! 2**61 - 1) so that `hash(1) == hash(1.0)`.
//!
//! Note for the VM: CPython 3.11 refuses to convert ints of more than 4300
//! decimal digits to or from text (see [`INT_MAX_STR_DIGITS`] and
//! [`str_digits_limit_message`]); this module itself has no limit.

use std::cmp::Ordering;
use std::fmt;

/// CPython 3.11's ZeroDivisionError message for `a // 0` and `divmod(a, 0)`.
pub const MSG_FLOORDIV_BY_ZERO: &str = "integer division or modulo by zero";
/// CPython 3.11's ZeroDivisionError message for `a % 0`.
pub const MSG_MOD_BY_ZERO: &str = "integer modulo by zero";
/// ZeroDivisionError for `a / 0` ([`BigInt::true_div`] returns it too).
pub const MSG_TRUEDIV_BY_ZERO: &str = "division by zero";
/// OverflowError from [`BigInt::true_div`].
pub const MSG_TRUEDIV_OVERFLOW: &str = "integer division result too large for a float";
/// OverflowError when [`BigInt::to_f64`] returns `None`.
pub const MSG_INT_TOO_LARGE_FOR_FLOAT: &str = "int too large to convert to float";
/// ValueError for `pow(a, b, 0)`.
pub const MSG_POW_MOD_ZERO: &str = "pow() 3rd argument cannot be 0";
/// ValueError for `pow(a, -n, m)` without an inverse.
pub const MSG_POW_NOT_INVERTIBLE: &str = "base is not invertible for the given modulus";
/// ValueError for `a << -n` / `a >> -n`.
pub const MSG_NEGATIVE_SHIFT: &str = "negative shift count";
/// ZeroDivisionError for `0 ** -n` (int or float).
pub const MSG_ZERO_NEGATIVE_POWER: &str = "0.0 cannot be raised to a negative power";

/// CPython 3.11's default `sys.get_int_max_str_digits()`.
pub const INT_MAX_STR_DIGITS: usize = 4300;

/// The `ValueError` message CPython 3.11 gives when `str(i)` would exceed the
/// digit limit (`parsing == false`) or `int(s)` is given `digits` digits
/// (`parsing == true`).
pub fn str_digits_limit_message(parsing: bool, digits: usize) -> String {
    if parsing {
        format!(
            "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion: \
             value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
        )
    } else {
        format!(
            "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion; \
             use sys.set_int_max_str_digits() to increase the limit"
        )
    }
}

/// An arbitrary-precision signed integer.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub struct BigInt {
    neg: bool,
    mag: Vec<u32>,
}

// ---------------------------------------------------------------------------
// Magnitude helpers (little-endian u32 limbs, normalized = no trailing zeros)
// ---------------------------------------------------------------------------

fn trim(v: &mut Vec<u32>) {
    while v.last() == Some(&0) {
        v.pop();
    }
}

fn cmp_mag(a: &[u32], b: &[u32]) -> Ordering {
    if a.len() != b.len() {
        return a.len().cmp(&b.len());
    }
    for i in (0..a.len()).rev() {
        if a[i] != b[i] {
            return a[i].cmp(&b[i]);
        }
    }
    Ordering::Equal
}

fn add_mag(a: &[u32], b: &[u32]) -> Vec<u32> {
    let (a, b) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let mut out = Vec::with_capacity(a.len() + 1);
    let mut carry = 0u64;
    for (&x, &y) in a.iter().zip(b) {
        let s = x as u64 + y as u64 + carry;
        out.push(s as u32);
        carry = s >> 32;
    }
    for &x in &a[b.len()..] {
        let s = x as u64 + carry;
        out.push(s as u32);
        carry = s >> 32;
    }
    if carry != 0 {
        out.push(carry as u32);
    }
    out
}

/// In-place `a += b` on magnitudes.
fn add_mag_in_place(a: &mut Vec<u32>, b: &[u32]) {
    if a.len() < b.len() {
        a.resize(b.len(), 0);
    }
    let mut carry = 0u64;
    for i in 0..a.len() {
        if i >= b.len() && carry == 0 {
            return;
        }
        let s = a[i] as u64 + if i < b.len() { b[i] as u64 } else { 0 } + carry;
        a[i] = s as u32;
        carry = s >> 32;
    }
    if carry != 0 {
        a.push(carry as u32);
    }
}

/// `a - b` for `a >= b`.
fn sub_mag(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut out = a.to_vec();
    sub_mag_in_place(&mut out, b);
    out
}

/// In-place `a -= b` for `a >= b`.
fn sub_mag_in_place(a: &mut Vec<u32>, b: &[u32]) {
    let mut borrow = 0i64;
    for i in 0..a.len() {
        if i >= b.len() && borrow == 0 {
            break;
        }
        let t = a[i] as i64 - if i < b.len() { b[i] as i64 } else { 0 } - borrow;
        if t < 0 {
            a[i] = (t + (1i64 << 32)) as u32;
            borrow = 1;
        } else {
            a[i] = t as u32;
            borrow = 0;
        }
    }
    debug_assert_eq!(borrow, 0);
    trim(a);
}

const KARATSUBA_THRESHOLD: usize = 48;

fn mul_mag(a: &[u32], b: &[u32]) -> Vec<u32> {
    if a.is_empty() || b.is_empty() {
        return Vec::new();
    }
    let mut out = if a.len().min(b.len()) >= KARATSUBA_THRESHOLD {
        karatsuba(a, b)
    } else {
        schoolbook(a, b)
    };
    trim(&mut out);
    out
}

fn schoolbook(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut out = vec![0u32; a.len() + b.len()];
    for (i, &x) in a.iter().enumerate() {
        if x == 0 {
            continue;
        }
        let mut carry = 0u64;
        for (j, &y) in b.iter().enumerate() {
            let t = x as u64 * y as u64 + out[i + j] as u64 + carry;
            out[i + j] = t as u32;
            carry = t >> 32;
        }
        let mut k = i + b.len();
        while carry != 0 {
            let t = out[k] as u64 + carry;
            out[k] = t as u32;
            carry = t >> 32;
            k += 1;
        }
    }
    out
}

/// Karatsuba multiplication; the result has length `a.len() + b.len()`
/// (possibly with trailing zeros).
fn karatsuba(a: &[u32], b: &[u32]) -> Vec<u32> {
    let n = a.len().max(b.len());
    if a.len().min(b.len()) < KARATSUBA_THRESHOLD {
        let mut r = schoolbook(a, b);
        r.resize(a.len() + b.len(), 0);
        return r;
    }
    let half = n / 2;
    let split = |x: &[u32]| -> (Vec<u32>, Vec<u32>) {
        if x.len() <= half {
            let mut lo = x.to_vec();
            trim(&mut lo);
            (lo, Vec::new())
        } else {
            let mut lo = x[..half].to_vec();
            trim(&mut lo);
            let mut hi = x[half..].to_vec();
            trim(&mut hi);
            (lo, hi)
        }
    };
    let (a0, a1) = split(a);
    let (b0, b1) = split(b);
    let z0 = mul_mag(&a0, &b0);
    let z2 = mul_mag(&a1, &b1);
    let sa = add_mag(&a0, &a1);
    let sb = add_mag(&b0, &b1);
    let mut z1 = mul_mag(&sa, &sb);
    sub_mag_in_place(&mut z1, &z0);
    sub_mag_in_place(&mut z1, &z2);
    let mut out = vec![0u32; a.len() + b.len() + 1];
    add_at(&mut out, &z0, 0);
    add_at(&mut out, &z1, half);
    add_at(&mut out, &z2, 2 * half);
    out.truncate(a.len() + b.len());
    out
}

fn add_at(out: &mut [u32], x: &[u32], shift: usize) {
    let mut carry = 0u64;
    let mut i = 0;
    while i < x.len() || carry != 0 {
        let t = out[shift + i] as u64 + if i < x.len() { x[i] as u64 } else { 0 } + carry;
        out[shift + i] = t as u32;
        carry = t >> 32;
        i += 1;
    }
}

/// Divide a magnitude by a single limb, returning (quotient, remainder).
fn divmod_small(a: &[u32], d: u32) -> (Vec<u32>, u32) {
    let mut q = vec![0u32; a.len()];
    let mut r = 0u64;
    let d = d as u64;
    for i in (0..a.len()).rev() {
        let cur = (r << 32) | a[i] as u64;
        q[i] = (cur / d) as u32;
        r = cur % d;
    }
    trim(&mut q);
    (q, r as u32)
}

/// In-place division by a single limb, returning the remainder.
fn divmod_small_in_place(a: &mut Vec<u32>, d: u32) -> u32 {
    let mut r = 0u64;
    let d = d as u64;
    for i in (0..a.len()).rev() {
        let cur = (r << 32) | a[i] as u64;
        a[i] = (cur / d) as u32;
        r = cur % d;
    }
    trim(a);
    r as u32
}

/// `a = a * m + c` in place.
fn mul_small_add(a: &mut Vec<u32>, m: u32, c: u32) {
    let mut carry = c as u64;
    for limb in a.iter_mut() {
        let t = *limb as u64 * m as u64 + carry;
        *limb = t as u32;
        carry = t >> 32;
    }
    if carry != 0 {
        a.push(carry as u32);
    }
}

fn shl_mag(a: &[u32], n: u64) -> Vec<u32> {
    if a.is_empty() {
        return Vec::new();
    }
    let limbs = (n / 32) as usize;
    let bits = (n % 32) as u32;
    let mut out = vec![0u32; limbs];
    out.reserve(a.len() + 1);
    if bits == 0 {
        out.extend_from_slice(a);
    } else {
        let mut carry = 0u32;
        for &x in a {
            out.push((x << bits) | carry);
            carry = x >> (32 - bits);
        }
        if carry != 0 {
            out.push(carry);
        }
    }
    out
}

/// Shift a magnitude right; also reports whether any 1 bit was shifted out.
fn shr_mag(a: &[u32], n: u64) -> (Vec<u32>, bool) {
    let limbs = n / 32;
    if limbs >= a.len() as u64 {
        return (Vec::new(), !a.is_empty());
    }
    let limbs = limbs as usize;
    let bits = (n % 32) as u32;
    let mut lost = a[..limbs].iter().any(|&x| x != 0);
    let mut out = Vec::with_capacity(a.len() - limbs);
    if bits == 0 {
        out.extend_from_slice(&a[limbs..]);
    } else {
        lost |= a[limbs] & ((1u32 << bits) - 1) != 0;
        for i in limbs..a.len() {
            let hi = if i + 1 < a.len() {
                a[i + 1] << (32 - bits)
            } else {
                0
            };
            out.push((a[i] >> bits) | hi);
        }
    }
    trim(&mut out);
    (out, lost)
}

/// Knuth's algorithm D. Returns (quotient, remainder) of magnitudes; `b` non-empty.
fn divmod_mag(a: &[u32], b: &[u32]) -> (Vec<u32>, Vec<u32>) {
    debug_assert!(!b.is_empty());
    if cmp_mag(a, b) == Ordering::Less {
        return (Vec::new(), a.to_vec());
    }
    if b.len() == 1 {
        let (q, r) = divmod_small(a, b[0]);
        let r = if r == 0 { Vec::new() } else { vec![r] };
        return (q, r);
    }
    let s = b[b.len() - 1].leading_zeros() as u64;
    let b = shl_mag(b, s);
    let mut u = shl_mag(a, s);
    if u.len() == a.len() {
        u.push(0);
    }
    // u has exactly a.len() + 1 limbs now (the shift cannot add two limbs)
    let n = b.len();
    let m = u.len() - n;
    let mut q = vec![0u32; m];
    let btop = b[n - 1] as u64;
    let bsec = b[n - 2] as u64;
    for j in (0..m).rev() {
        let num = ((u[j + n] as u64) << 32) | u[j + n - 1] as u64;
        let mut qhat = num / btop;
        let mut rhat = num % btop;
        while qhat >= (1u64 << 32) || qhat * bsec > ((rhat << 32) | u[j + n - 2] as u64) {
            qhat -= 1;
            rhat += btop;
            if rhat >= (1u64 << 32) {
                break;
            }
        }
        // u[j..j+n+1] -= qhat * b
        let mut borrow = 0i64;
        let mut carry = 0u64;
        for i in 0..n {
            let p = qhat * b[i] as u64 + carry;
            carry = p >> 32;
            let t = u[i + j] as i64 - borrow - (p & 0xffff_ffff) as i64;
            u[i + j] = t as u32;
            borrow = if t < 0 { 1 } else { 0 };
        }
        let t = u[j + n] as i64 - borrow - carry as i64;
        u[j + n] = t as u32;
        if t < 0 {
            qhat -= 1;
            let mut c = 0u64;
            for i in 0..n {
                let s2 = u[i + j] as u64 + b[i] as u64 + c;
                u[i + j] = s2 as u32;
                c = s2 >> 32;
            }
            u[j + n] = u[j + n].wrapping_add(c as u32);
        }
        q[j] = qhat as u32;
    }
    trim(&mut q);
    u.truncate(n);
    trim(&mut u);
    let (r, _) = shr_mag(&u, s);
    (q, r)
}

fn bit_length_mag(a: &[u32]) -> u64 {
    match a.last() {
        None => 0,
        Some(&top) => (a.len() as u64 - 1) * 32 + (32 - top.leading_zeros() as u64),
    }
}

/// Build the f64 nearest to `m * 2**exp` (`sticky` = the true value is a bit
/// more than that), rounding half to even, including subnormals. Returns
/// `None` on overflow.
pub(crate) fn round_to_f64(m: u128, exp: i64, sticky: bool) -> Option<f64> {
    if m == 0 {
        return Some(0.0);
    }
    let nb = 128 - m.leading_zeros() as i64; // bits in m
    let top = nb - 1 + exp; // exponent of the leading bit
    if top >= 1024 {
        return None;
    }
    // bits of precision available at this magnitude
    let prec = if top >= -1022 { 53 } else { 53 - (-1022 - top) };
    let drop = nb - prec;
    let (mut mant, mut e) = (m, exp);
    if drop > 0 {
        if drop > 127 {
            return Some(0.0);
        }
        let d = drop as u32;
        let kept = m >> d;
        let rem = m & ((1u128 << d) - 1);
        let half = 1u128 << (d - 1);
        let round_up = rem > half || (rem == half && (sticky || kept & 1 == 1));
        mant = kept + round_up as u128;
        e = exp + drop;
    }
    if mant == 0 {
        return Some(0.0);
    }
    // mant < 2**54 now; mant * 2**e is exactly representable (or overflows)
    let nb2 = 128 - mant.leading_zeros() as i64;
    if nb2 - 1 + e >= 1024 {
        return None;
    }
    Some(ldexp_exact(mant as f64, e))
}

/// `x * 2**e` for a result that is exactly representable (no rounding).
pub(crate) fn ldexp_exact(mut x: f64, mut e: i64) -> f64 {
    while e > 1000 {
        x *= f64::powi(2.0, 1000);
        e -= 1000;
    }
    while e < -1000 {
        // keep the intermediate normal: multiply by 2**-1000 only while large
        if e < -1022 - 60 {
            x *= f64::powi(2.0, -1000);
            e += 1000;
        } else {
            break;
        }
    }
    if e < -1022 {
        x *= f64::powi(2.0, -1022);
        e += 1022;
    }
    x * pow2(e)
}

fn pow2(e: i64) -> f64 {
    // 2**e for -1022 <= e <= 1023 built from bits
    debug_assert!((-1022..=1023).contains(&e));
    f64::from_bits(((e + 1023) as u64) << 52)
}

impl BigInt {
    /// Zero.
    pub fn zero() -> BigInt {
        BigInt::default()
    }

    /// One.
    pub fn one() -> BigInt {
        BigInt::from_u64(1)
    }

    fn from_parts(neg: bool, mut mag: Vec<u32>) -> BigInt {
        trim(&mut mag);
        let neg = neg && !mag.is_empty();
        BigInt { neg, mag }
    }

    pub fn from_i64(v: i64) -> BigInt {
        let mut b = BigInt::from_u64(v.unsigned_abs());
        b.neg = v < 0;
        b
    }

    pub fn from_u64(v: u64) -> BigInt {
        BigInt::from_parts(false, vec![v as u32, (v >> 32) as u32])
    }

    pub fn from_u128(v: u128) -> BigInt {
        BigInt::from_parts(
            false,
            vec![
                v as u32,
                (v >> 32) as u32,
                (v >> 64) as u32,
                (v >> 96) as u32,
            ],
        )
    }

    pub fn from_i128(v: i128) -> BigInt {
        let mut b = BigInt::from_u128(v.unsigned_abs());
        b.neg = v < 0 && !b.mag.is_empty();
        b
    }

    /// The little-endian 32-bit words of `|self|` (empty for zero).
    pub fn magnitude_u32(&self) -> &[u32] {
        &self.mag
    }

    /// Build a non-negative integer from little-endian 32-bit words.
    pub fn from_u32_words(words: &[u32]) -> BigInt {
        BigInt::from_parts(false, words.to_vec())
    }

    /// Build a non-negative integer from big-endian bytes (`int.from_bytes(b)`).
    pub fn from_bytes_be(bytes: &[u8]) -> BigInt {
        let mut mag = Vec::with_capacity(bytes.len() / 4 + 1);
        let mut i = bytes.len();
        while i > 0 {
            let lo = i.saturating_sub(4);
            let mut w = 0u32;
            for &b in &bytes[lo..i] {
                w = (w << 8) | b as u32;
            }
            mag.push(w);
            i = lo;
        }
        BigInt::from_parts(false, mag)
    }

    pub fn to_i64(&self) -> Option<i64> {
        let m = self.to_u64_mag()?;
        if self.neg {
            if m <= 1u64 << 63 {
                Some((m as i64).wrapping_neg())
            } else {
                None
            }
        } else if m < 1u64 << 63 {
            Some(m as i64)
        } else {
            None
        }
    }

    /// `|self|` as u64 when it fits.
    fn to_u64_mag(&self) -> Option<u64> {
        match self.mag.len() {
            0 => Some(0),
            1 => Some(self.mag[0] as u64),
            2 => Some(self.mag[0] as u64 | (self.mag[1] as u64) << 32),
            _ => None,
        }
    }

    /// The value as u64 when it is non-negative and fits.
    pub fn to_u64(&self) -> Option<u64> {
        if self.neg {
            None
        } else {
            self.to_u64_mag()
        }
    }

    /// The value as usize when it is non-negative and fits.
    pub fn to_usize(&self) -> Option<usize> {
        self.to_u64().and_then(|v| usize::try_from(v).ok())
    }

    /// Correctly rounded conversion (CPython's `int.__float__`); `None` when the
    /// result would overflow ("int too large to convert to float").
    pub fn to_f64(&self) -> Option<f64> {
        let bl = self.bit_length();
        let v = if bl <= 64 {
            self.to_u64_mag().unwrap() as f64
        } else {
            let shift = bl - 64;
            let (top, lost) = shr_mag(&self.mag, shift);
            let top = top[0] as u128 | (top.get(1).copied().unwrap_or(0) as u128) << 32;
            round_to_f64(top, shift as i64, lost)?
        };
        Some(if self.neg { -v } else { v })
    }

    /// Truncate a float toward zero; `None` for nan and infinities.
    pub fn from_f64(x: f64) -> Option<BigInt> {
        if !x.is_finite() {
            return None;
        }
        let bits = x.to_bits();
        let neg = bits >> 63 == 1;
        let exp = ((bits >> 52) & 0x7ff) as i64;
        let frac = bits & ((1u64 << 52) - 1);
        if exp == 0 {
            return Some(BigInt::zero()); // zero or subnormal: |x| < 1
        }
        let mant = frac | (1u64 << 52);
        let e = exp - 1075; // x = mant * 2**e
        let mag = if e >= 0 {
            BigInt::from_u64(mant).shl(e as u64)
        } else if e > -64 {
            BigInt::from_u64(mant >> (-e))
        } else {
            BigInt::zero()
        };
        Some(if neg { mag.neg() } else { mag })
    }

    /// Parse bare digits (no sign, prefix, underscores or whitespace) in `radix`
    /// (2..=36).
    pub fn parse(digits: &str, radix: u32) -> Option<BigInt> {
        if !(2..=36).contains(&radix) || digits.is_empty() {
            return None;
        }
        let bytes = digits.as_bytes();
        let mut vals = Vec::with_capacity(bytes.len());
        for &c in bytes {
            let d = (c as char).to_digit(36)?;
            if d >= radix {
                return None;
            }
            vals.push(d);
        }
        if radix.is_power_of_two() {
            let bits = radix.trailing_zeros() as u64;
            let total = bits * vals.len() as u64;
            let mut mag = vec![0u32; (total as usize).div_ceil(32)];
            for (i, &d) in vals.iter().rev().enumerate() {
                let pos = i as u64 * bits;
                let limb = (pos / 32) as usize;
                let off = (pos % 32) as u32;
                mag[limb] |= d << off;
                if off + bits as u32 > 32 {
                    mag[limb + 1] |= d >> (32 - off);
                }
            }
            return Some(BigInt::from_parts(false, mag));
        }
        // chunks of k digits where radix**k fits in u32
        let (k, big) = chunk_for_radix(radix);
        let mut mag: Vec<u32> = Vec::with_capacity(vals.len() / 9 + 1);
        let first = vals.len() % k;
        let mut pos = 0;
        let push_chunk = |chunk: &[u32], mag: &mut Vec<u32>| {
            let mut c = 0u32;
            let mut mult = 1u32;
            for &d in chunk {
                c = c * radix + d;
                mult *= radix;
            }
            mul_small_add(mag, mult, c);
        };
        if first > 0 {
            push_chunk(&vals[..first], &mut mag);
            pos = first;
        }
        while pos < vals.len() {
            let chunk = &vals[pos..pos + k];
            let mut c = 0u32;
            for &d in chunk {
                c = c * radix + d;
            }
            mul_small_add(&mut mag, big, c);
            pos += k;
        }
        Some(BigInt::from_parts(false, mag))
    }

    /// What `int(text, base)` accepts: surrounding whitespace, a sign,
    /// underscores between digits (and after a base prefix), and a
    /// `0x`/`0o`/`0b` prefix when `base` is 0 or matches. `base` is 0 or
    /// 2..=36. With base 0, a decimal literal may not have leading zeros
    /// (except for zero itself), as in Python source.
    pub fn parse_python_int(text: &str, base: u32) -> Option<BigInt> {
        if base == 1 || base > 36 {
            return None;
        }
        let s = ascii_digits(text.trim_matches(|c: char| c.is_whitespace()));
        let s: &str = &s;
        let (neg, s) = match s.as_bytes().first() {
            Some(b'-') => (true, &s[1..]),
            Some(b'+') => (false, &s[1..]),
            _ => (false, s),
        };
        let lower = s.get(..2).map(|p| p.to_ascii_lowercase());
        let prefix_base = match lower.as_deref() {
            Some("0x") => 16,
            Some("0o") => 8,
            Some("0b") => 2,
            _ => 0,
        };
        let orig_base = base;
        let (base, body, had_prefix) = if prefix_base != 0 && (base == 0 || base == prefix_base) {
            (prefix_base, &s[2..], true)
        } else if base == 0 {
            (10, s, false)
        } else {
            (base, s, false)
        };
        // underscores: only single ones between digits, or one right after a prefix
        let bytes = body.as_bytes();
        if bytes.is_empty() {
            return None;
        }
        let mut digits = String::with_capacity(bytes.len());
        let mut prev_underscore = !had_prefix; // a leading '_' is allowed only after a prefix
        for &c in bytes {
            if c == b'_' {
                if prev_underscore {
                    return None;
                }
                prev_underscore = true;
            } else {
                prev_underscore = false;
                digits.push(c as char);
            }
        }
        if prev_underscore || digits.is_empty() {
            return None;
        }
        let v = BigInt::parse(&digits, base)?;
        // base 0 forbids leading zeros in non-zero decimal literals
        if orig_base == 0 && !had_prefix && digits.starts_with('0') && !v.is_zero() {
            return None;
        }
        Some(if neg { v.neg() } else { v })
    }

    /// The digits of `self` in `radix` (2..=36), lowercase, with a leading `-`
    /// for negatives and no prefix.
    pub fn to_str_radix(&self, radix: u32) -> String {
        assert!((2..=36).contains(&radix), "radix out of range");
        if self.mag.is_empty() {
            return "0".to_string();
        }
        let mut out: Vec<u8> = Vec::new();
        if radix.is_power_of_two() {
            let bits = radix.trailing_zeros() as u64;
            let total = self.bit_length();
            let ndig = total.div_ceil(bits);
            for i in 0..ndig {
                let pos = i * bits;
                let limb = (pos / 32) as usize;
                let off = (pos % 32) as u32;
                let mut d = self.mag[limb] >> off;
                if off + bits as u32 > 32 && limb + 1 < self.mag.len() {
                    d |= self.mag[limb + 1] << (32 - off);
                }
                d &= radix - 1;
                out.push(DIGITS[d as usize]);
            }
        } else {
            let (k, big) = chunk_for_radix(radix);
            let mut mag = self.mag.clone();
            while !mag.is_empty() {
                let mut r = divmod_small_in_place(&mut mag, big);
                for _ in 0..k {
                    out.push(DIGITS[(r % radix) as usize]);
                    r /= radix;
                    if mag.is_empty() && r == 0 {
                        break;
                    }
                }
            }
            while out.len() > 1 && out.last() == Some(&b'0') {
                out.pop();
            }
        }
        if self.neg {
            out.push(b'-');
        }
        out.reverse();
        String::from_utf8(out).unwrap()
    }

    /// `str(self)` under CPython 3.11's default limit: more than
    /// [`INT_MAX_STR_DIGITS`] decimal digits (sign not counted) is a
    /// ValueError.
    pub fn to_decimal_checked(&self) -> Result<String, super::NumError> {
        // a cheap bound first: 2**14340 already has more than 4300 digits
        if self.bit_length() > 14_340 {
            return Err(super::NumError::value(str_digits_limit_message(false, 0)));
        }
        let s = self.to_str_radix(10);
        let digits = s.len() - self.neg as usize;
        if digits > INT_MAX_STR_DIGITS {
            return Err(super::NumError::value(str_digits_limit_message(
                false, digits,
            )));
        }
        Ok(s)
    }

    /// `int(text, base)` under CPython 3.11's digit limit: `Ok(None)` for
    /// invalid text, `Err` (ValueError) for more than 4300 digits in a base
    /// that is not a power of two.
    pub fn parse_python_int_checked(
        text: &str,
        base: u32,
    ) -> Result<Option<BigInt>, super::NumError> {
        let v = BigInt::parse_python_int(text, base);
        if let Some(v) = &v {
            let digits = text.chars().filter(|c| c.is_ascii_alphanumeric()).count();
            let eff_base = if base == 0 { 10 } else { base };
            if !eff_base.is_power_of_two() && digits > INT_MAX_STR_DIGITS {
                let _ = v;
                return Err(super::NumError::value(str_digits_limit_message(
                    true, digits,
                )));
            }
        }
        Ok(v)
    }

    pub fn is_zero(&self) -> bool {
        self.mag.is_empty()
    }

    pub fn is_negative(&self) -> bool {
        self.neg
    }

    pub fn is_one(&self) -> bool {
        !self.neg && self.mag.len() == 1 && self.mag[0] == 1
    }

    /// -1, 0 or 1.
    pub fn signum(&self) -> i32 {
        if self.neg {
            -1
        } else if self.mag.is_empty() {
            0
        } else {
            1
        }
    }

    pub fn is_odd(&self) -> bool {
        self.mag.first().is_some_and(|&x| x & 1 == 1)
    }

    pub fn abs(&self) -> BigInt {
        BigInt {
            neg: false,
            mag: self.mag.clone(),
        }
    }

    #[allow(clippy::should_implement_trait)]
    pub fn neg(&self) -> BigInt {
        BigInt {
            neg: !self.neg && !self.mag.is_empty(),
            mag: self.mag.clone(),
        }
    }

    #[allow(clippy::should_implement_trait)]
    pub fn add(&self, other: &BigInt) -> BigInt {
        if self.neg == other.neg {
            return BigInt {
                neg: self.neg,
                mag: add_mag(&self.mag, &other.mag),
            };
        }
        match cmp_mag(&self.mag, &other.mag) {
            Ordering::Equal => BigInt::zero(),
            Ordering::Greater => BigInt::from_parts(self.neg, sub_mag(&self.mag, &other.mag)),
            Ordering::Less => BigInt::from_parts(other.neg, sub_mag(&other.mag, &self.mag)),
        }
    }

    /// `self + v` for a machine int, without building a BigInt for `v`.
    pub fn add_i64(&self, v: i64) -> BigInt {
        let m = v.unsigned_abs();
        let limbs = [m as u32, (m >> 32) as u32];
        let len = if m >> 32 != 0 {
            2
        } else if m != 0 {
            1
        } else {
            0
        };
        let other = &limbs[..len];
        let vneg = v < 0;
        if self.neg == vneg {
            return BigInt {
                neg: self.neg && !(self.mag.is_empty() && len == 0),
                mag: add_mag(&self.mag, other),
            };
        }
        match cmp_mag(&self.mag, other) {
            Ordering::Equal => BigInt::zero(),
            Ordering::Greater => BigInt::from_parts(self.neg, sub_mag(&self.mag, other)),
            Ordering::Less => BigInt::from_parts(vneg, sub_mag(other, &self.mag)),
        }
    }

    /// `self * v` for a machine int.
    pub fn mul_i64(&self, v: i64) -> BigInt {
        let m = v.unsigned_abs();
        let mut limbs = vec![m as u32, (m >> 32) as u32];
        trim(&mut limbs);
        BigInt::from_parts(self.neg != (v < 0), mul_mag(&self.mag, &limbs))
    }

    /// `self += other` without allocating when the signs agree.
    pub fn add_assign_ref(&mut self, other: &BigInt) {
        if self.neg == other.neg {
            add_mag_in_place(&mut self.mag, &other.mag);
        } else {
            *self = BigInt::add(self, other);
        }
    }

    #[allow(clippy::should_implement_trait)]
    pub fn sub(&self, other: &BigInt) -> BigInt {
        if self.neg != other.neg {
            return BigInt::from_parts(self.neg, add_mag(&self.mag, &other.mag));
        }
        match cmp_mag(&self.mag, &other.mag) {
            Ordering::Equal => BigInt::zero(),
            Ordering::Greater => BigInt::from_parts(self.neg, sub_mag(&self.mag, &other.mag)),
            Ordering::Less => BigInt::from_parts(!self.neg, sub_mag(&other.mag, &self.mag)),
        }
    }

    #[allow(clippy::should_implement_trait)]
    pub fn mul(&self, other: &BigInt) -> BigInt {
        BigInt::from_parts(self.neg != other.neg, mul_mag(&self.mag, &other.mag))
    }

    /// Truncating division (toward zero), like C. `None` on a zero divisor.
    pub fn divmod_trunc(&self, other: &BigInt) -> Option<(BigInt, BigInt)> {
        if other.is_zero() {
            return None;
        }
        let (q, r) = divmod_mag(&self.mag, &other.mag);
        Some((
            BigInt::from_parts(self.neg != other.neg, q),
            BigInt::from_parts(self.neg, r),
        ))
    }

    /// Python's `divmod(a, b)`: the quotient is floored and the remainder has
    /// the divisor's sign. `None` on a zero divisor.
    pub fn divmod_floor(&self, other: &BigInt) -> Option<(BigInt, BigInt)> {
        let (q, r) = self.divmod_trunc(other)?;
        if !r.is_zero() && r.neg != other.neg {
            Some((q.sub(&BigInt::one()), r.add(other)))
        } else {
            Some((q, r))
        }
    }

    /// Python's `a // b`.
    pub fn floordiv(&self, other: &BigInt) -> Option<BigInt> {
        self.divmod_floor(other).map(|(q, _)| q)
    }

    /// Python's `a % b`.
    pub fn modulo(&self, other: &BigInt) -> Option<BigInt> {
        self.divmod_floor(other).map(|(_, r)| r)
    }

    /// `self ** exp`.
    pub fn pow(&self, mut exp: u64) -> BigInt {
        let mut result = BigInt::one();
        let mut base = self.clone();
        while exp > 0 {
            if exp & 1 == 1 {
                result = result.mul(&base);
            }
            exp >>= 1;
            if exp > 0 {
                base = base.mul(&base);
            }
        }
        result
    }

    /// Python's three-argument `pow(self, exp, m)`; the result takes `m`'s sign.
    /// A negative `exp` uses the modular inverse. `None` when `m` is zero
    /// (CPython: "pow() 3rd argument cannot be 0") or the inverse does not
    /// exist ("base is not invertible for the given modulus").
    pub fn pow_mod(&self, exp: &BigInt, m: &BigInt) -> Option<BigInt> {
        if m.is_zero() {
            return None;
        }
        let am = m.abs();
        let mut base = self.modulo(&am)?;
        if exp.is_negative() {
            base = base.mod_inverse(&am)?;
        }
        let mut result = BigInt::one().modulo(&am)?;
        let bits = exp.bit_length();
        for i in (0..bits).rev() {
            result = result.mul(&result).modulo(&am)?;
            if exp.mag[(i / 32) as usize] >> (i % 32) & 1 == 1 {
                result = result.mul(&base).modulo(&am)?;
            }
        }
        if m.neg && !result.is_zero() {
            result = result.add(m);
        }
        Some(result)
    }

    /// Inverse of `self` modulo `m > 0`, if it exists.
    fn mod_inverse(&self, m: &BigInt) -> Option<BigInt> {
        // extended Euclid on (a, m)
        let (mut old_r, mut r) = (self.modulo(m)?, m.clone());
        let (mut old_s, mut s) = (BigInt::one(), BigInt::zero());
        while !r.is_zero() {
            let (q, rem) = old_r.divmod_floor(&r)?;
            old_r = std::mem::replace(&mut r, rem);
            let new_s = old_s.sub(&q.mul(&s));
            old_s = std::mem::replace(&mut s, new_s);
        }
        if !old_r.is_one() {
            return None;
        }
        old_s.modulo(m)
    }

    /// Python's `round(int, ndigits)`: for negative `ndigits`, round to a
    /// multiple of `10**-ndigits`, ties to even; otherwise unchanged.
    pub fn round_ndigits(&self, ndigits: i64) -> BigInt {
        if ndigits >= 0 {
            return self.clone();
        }
        let p = BigInt::from_u64(10).pow(ndigits.unsigned_abs());
        let (q, r) = self.divmod_floor(&p).unwrap();
        let twice = r.shl(1);
        let q = match twice.cmp(&p) {
            Ordering::Greater => q.add_i64(1),
            Ordering::Equal if q.is_odd() => q.add_i64(1),
            _ => q,
        };
        q.mul(&p)
    }

    /// `self << n`.
    pub fn shl(&self, n: u64) -> BigInt {
        BigInt::from_parts(self.neg, shl_mag(&self.mag, n))
    }

    /// `self >> n`, rounding toward negative infinity like Python.
    pub fn shr(&self, n: u64) -> BigInt {
        let (mag, lost) = shr_mag(&self.mag, n);
        if self.neg && lost {
            let mut mag = mag;
            add_mag_in_place(&mut mag, &[1]);
            BigInt::from_parts(true, mag)
        } else {
            BigInt::from_parts(self.neg, mag)
        }
    }

    /// Two's-complement limbs of length `len` (sign-extended).
    fn twos(&self, len: usize) -> Vec<u32> {
        let mut v = self.mag.clone();
        v.resize(len, 0);
        if self.neg {
            let mut carry = 1u64;
            for x in v.iter_mut() {
                let t = (!*x) as u64 + carry;
                *x = t as u32;
                carry = t >> 32;
            }
        }
        v
    }

    fn from_twos(mut v: Vec<u32>) -> BigInt {
        let neg = v.last().is_some_and(|&x| x >> 31 == 1);
        if neg {
            let mut carry = 1u64;
            for x in v.iter_mut() {
                let t = (!*x) as u64 + carry;
                *x = t as u32;
                carry = t >> 32;
            }
        }
        BigInt::from_parts(neg, v)
    }

    fn bitop(&self, other: &BigInt, f: impl Fn(u32, u32) -> u32) -> BigInt {
        let len = self.mag.len().max(other.mag.len()) + 1;
        let a = self.twos(len);
        let b = other.twos(len);
        BigInt::from_twos(a.iter().zip(&b).map(|(&x, &y)| f(x, y)).collect())
    }

    /// `self & other` (two's complement semantics for negatives).
    pub fn bitand(&self, other: &BigInt) -> BigInt {
        self.bitop(other, |x, y| x & y)
    }

    /// `self | other`.
    pub fn bitor(&self, other: &BigInt) -> BigInt {
        self.bitop(other, |x, y| x | y)
    }

    /// `self ^ other`.
    pub fn bitxor(&self, other: &BigInt) -> BigInt {
        self.bitop(other, |x, y| x ^ y)
    }

    /// `~self` == `-(self + 1)`.
    #[allow(clippy::should_implement_trait)]
    pub fn not(&self) -> BigInt {
        self.add(&BigInt::one()).neg()
    }

    /// `int.bit_length()`: bits in `|self|`.
    pub fn bit_length(&self) -> u64 {
        bit_length_mag(&self.mag)
    }

    /// `math.gcd(a, b)` (non-negative).
    pub fn gcd(&self, other: &BigInt) -> BigInt {
        let mut a = self.abs();
        let mut b = other.abs();
        while !b.is_zero() {
            let (_, r) = divmod_mag(&a.mag, &b.mag);
            a = std::mem::replace(&mut b, BigInt::from_parts(false, r));
        }
        a
    }

    /// Python's `a / b` for ints, correctly rounded. Errors are CPython's
    /// messages: "division by zero" (ZeroDivisionError) and "integer division
    /// result too large for a float" (OverflowError).
    pub fn true_div(a: &BigInt, b: &BigInt) -> Result<f64, &'static str> {
        if b.is_zero() {
            return Err("division by zero");
        }
        let neg = a.neg != b.neg;
        if a.is_zero() {
            return Ok(if neg { -0.0 } else { 0.0 });
        }
        let (abits, bbits) = (a.bit_length(), b.bit_length());
        if abits <= 53 && bbits <= 53 {
            // both exact as floats: IEEE division is correctly rounded
            let q = a.to_f64().unwrap() / b.to_f64().unwrap();
            return Ok(q);
        }
        let diff = abits as i64 - bbits as i64;
        if diff > 1025 {
            return Err("integer division result too large for a float");
        }
        if diff < -1080 {
            return Ok(if neg { -0.0 } else { 0.0 });
        }
        // q = floor(|a| * 2**s / |b|) with 2**62 < q < 2**64
        let s = 63 - diff;
        let (num, den) = if s >= 0 {
            (shl_mag(&a.mag, s as u64), b.mag.clone())
        } else {
            (a.mag.clone(), shl_mag(&b.mag, (-s) as u64))
        };
        let (q, r) = divmod_mag(&num, &den);
        let qv = q.first().copied().unwrap_or(0) as u128
            | (q.get(1).copied().unwrap_or(0) as u128) << 32
            | (q.get(2).copied().unwrap_or(0) as u128) << 64;
        let v = round_to_f64(qv, -s, !r.is_empty())
            .ok_or("integer division result too large for a float")?;
        Ok(if neg { -v } else { v })
    }
}

/// The zero of every run of ten Unicode decimal digits (category Nd, as of
/// CPython 3.11's Unicode 14 database); `int()` and `float()` accept them.
const UNICODE_DIGIT_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// Replace non-ASCII Unicode decimal digits with their ASCII equivalents.
pub(crate) fn ascii_digits(s: &str) -> std::borrow::Cow<'_, str> {
    if s.is_ascii() {
        return std::borrow::Cow::Borrowed(s);
    }
    let mapped = s
        .chars()
        .map(|c| {
            let cp = c as u32;
            let i = UNICODE_DIGIT_ZEROS.partition_point(|&z| z <= cp);
            if i > 0 && cp - UNICODE_DIGIT_ZEROS[i - 1] < 10 {
                char::from(b'0' + (cp - UNICODE_DIGIT_ZEROS[i - 1]) as u8)
            } else {
                c
            }
        })
        .collect();
    std::borrow::Cow::Owned(mapped)
}

const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

/// (digits per chunk, radix**digits) such that the power fits in a u32.
fn chunk_for_radix(radix: u32) -> (usize, u32) {
    let mut k = 1;
    let mut p = radix;
    while let Some(n) = p.checked_mul(radix) {
        p = n;
        k += 1;
    }
    (k, p)
}

impl Ord for BigInt {
    fn cmp(&self, other: &Self) -> Ordering {
        match (self.neg, other.neg) {
            (false, true) => Ordering::Greater,
            (true, false) => Ordering::Less,
            (false, false) => cmp_mag(&self.mag, &other.mag),
            (true, true) => cmp_mag(&other.mag, &self.mag),
        }
    }
}

impl PartialOrd for BigInt {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for BigInt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_str_radix(10))
    }
}

impl std::str::FromStr for BigInt {
    type Err = ();
    /// Parses like `int(s)` (base 10, whitespace, sign and underscores allowed).
    fn from_str(s: &str) -> Result<Self, ()> {
        BigInt::parse_python_int(s, 10).ok_or(())
    }
}

impl From<i64> for BigInt {
    fn from(v: i64) -> Self {
        BigInt::from_i64(v)
    }
}

impl From<u64> for BigInt {
    fn from(v: u64) -> Self {
        BigInt::from_u64(v)
    }
}

impl From<i32> for BigInt {
    fn from(v: i32) -> Self {
        BigInt::from_i64(v as i64)
    }
}

impl From<usize> for BigInt {
    fn from(v: usize) -> Self {
        BigInt::from_u64(v as u64)
    }
}

macro_rules! ref_binop {
    ($trait:ident, $method:ident, $imp:expr) => {
        impl std::ops::$trait<&BigInt> for &BigInt {
            type Output = BigInt;
            fn $method(self, rhs: &BigInt) -> BigInt {
                $imp(self, rhs)
            }
        }
        impl std::ops::$trait<BigInt> for BigInt {
            type Output = BigInt;
            fn $method(self, rhs: BigInt) -> BigInt {
                $imp(&self, &rhs)
            }
        }
    };
}

ref_binop!(Add, add, BigInt::add);
ref_binop!(Sub, sub, BigInt::sub);
ref_binop!(Mul, mul, BigInt::mul);
ref_binop!(BitAnd, bitand, BigInt::bitand);
ref_binop!(BitOr, bitor, BigInt::bitor);
ref_binop!(BitXor, bitxor, BigInt::bitxor);
// `/` and `%` follow Python's floor semantics and panic on a zero divisor.
ref_binop!(Div, div, |a: &BigInt, b: &BigInt| a
    .floordiv(b)
    .expect("BigInt division by zero"));
ref_binop!(Rem, rem, |a: &BigInt, b: &BigInt| a
    .modulo(b)
    .expect("BigInt modulo by zero"));

impl std::ops::Neg for &BigInt {
    type Output = BigInt;
    fn neg(self) -> BigInt {
        BigInt::neg(self)
    }
}

impl std::ops::Neg for BigInt {
    type Output = BigInt;
    fn neg(self) -> BigInt {
        BigInt::neg(&self)
    }
}

impl std::ops::Not for &BigInt {
    type Output = BigInt;
    fn not(self) -> BigInt {
        BigInt::not(self)
    }
}

impl std::ops::Shl<u64> for &BigInt {
    type Output = BigInt;
    fn shl(self, n: u64) -> BigInt {
        BigInt::shl(self, n)
    }
}

impl std::ops::Shr<u64> for &BigInt {
    type Output = BigInt;
    fn shr(self, n: u64) -> BigInt {
        BigInt::shr(self, n)
    }
}

impl std::ops::AddAssign<&BigInt> for BigInt {
    fn add_assign(&mut self, rhs: &BigInt) {
        self.add_assign_ref(rhs);
    }
}

/// The Mersenne prime CPython's numeric hash reduces by.
const HASH_MODULUS: u64 = (1u64 << 61) - 1;

/// CPython's `hash(int)`.
pub fn int_hash(v: &BigInt) -> i64 {
    let mut h: u64 = 0;
    for &limb in v.mag.iter().rev() {
        // h = (h * 2**32 + limb) mod P
        let t = ((h as u128) << 32) | limb as u128;
        h = (t % HASH_MODULUS as u128) as u64;
    }
    let mut r = h as i64;
    if v.neg {
        r = -r;
    }
    if r == -1 {
        -2
    } else {
        r
    }
}

/// CPython's `hash(float)`: equal to `int_hash` for integral values. Infinities
/// hash to ±314159. CPython 3.11 hashes a NaN by object identity; this returns
/// 0 for NaN and the VM should substitute an identity-based hash.
pub fn float_hash(x: f64) -> i64 {
    if x.is_nan() {
        return 0;
    }
    if x.is_infinite() {
        return if x > 0.0 { 314159 } else { -314159 };
    }
    if x == 0.0 {
        return 0;
    }
    let bits = x.to_bits();
    let neg = bits >> 63 == 1;
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mant, e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | 1 << 52, exp - 1075)
    };
    // value = mant * 2**e; 2**61 == 1 (mod P), so 2**e == 2**(e mod 61)
    let k = e.rem_euclid(61) as u32;
    let h = ((mant as u128 % HASH_MODULUS as u128) << k) % HASH_MODULUS as u128;
    let mut r = h as i64;
    if neg {
        r = -r;
    }
    if r == -1 {
        -2
    } else {
        r
    }
}
