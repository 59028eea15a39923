//! Arbitrary-precision integers with Python's semantics (floor division,
//! two's-complement bitwise operations on negatives, CPython's hash).
//! Sign and magnitude; the magnitude is little-endian base-2^32 limbs with
//! no trailing zero limbs (zero is the empty vector).

use crate::at::{At, Part};
use std::cmp::Ordering;
use std::fmt;

#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub struct BigInt {
    neg: bool,
    mag: Vec<u32>,
}

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

#[allow(clippy::needless_range_loop)]
fn add_mag(a: &[u32], b: &[u32]) -> Vec<u32> {
    let (a, b) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let mut out = Vec::with_capacity(a.len() + 1);
    let mut carry = 0u64;
    for i in 0..a.len() {
        let s = a[i] as u64 + *b.get(i).unwrap_or(&0) as u64 + carry;
        out.push(s as u32);
        carry = s >> 32;
    }
    if carry > 0 {
        out.push(carry as u32);
    }
    out
}

/// a - b where |a| >= |b|.
#[allow(clippy::needless_range_loop)]
fn sub_mag(a: &[u32], b: &[u32]) -> Vec<u32> {
    let mut out = Vec::with_capacity(a.len());
    let mut borrow = 0i64;
    for i in 0..a.len() {
        let mut d = a[i] as i64 - *b.get(i).unwrap_or(&0) as i64 - borrow;
        if d < 0 {
            d += 1 << 32;
            borrow = 1;
        } else {
            borrow = 0;
        }
        out.push(d as u32);
    }
    trim(&mut out);
    out
}

fn mul_mag(a: &[u32], b: &[u32]) -> Vec<u32> {
    if a.is_empty() || b.is_empty() {
        return Vec::new();
    }
    let mut out = vec![0u32; a.len() + b.len()];
    for (i, &x) in a.iter().enumerate() {
        let mut carry = 0u64;
        for (j, &y) in b.iter().enumerate() {
            let t = x as u64 * y as u64 + *out.at(i + j) as u64 + carry;
            *out.at_mut(i + j) = t as u32;
            carry = t >> 32;
        }
        let mut k = i + b.len();
        while carry > 0 {
            let t = *out.at(k) as u64 + carry;
            *out.at_mut(k) = t as u32;
            carry = t >> 32;
            k += 1;
        }
    }
    trim(&mut out);
    out
}

/// Divide by a small divisor: (quotient, remainder).
fn divmod_small(a: &[u32], d: u32) -> (Vec<u32>, u32) {
    let mut out = vec![0u32; a.len()];
    let mut rem = 0u64;
    for i in (0..a.len()).rev() {
        let cur = (rem << 32) | a[i] as u64;
        *out.at_mut(i) = (cur / d as u64) as u32;
        rem = cur % d as u64;
    }
    trim(&mut out);
    (out, rem as u32)
}

/// Long division of magnitudes (Knuth D): (quotient, remainder).
fn divmod_mag(a: &[u32], b: &[u32]) -> (Vec<u32>, Vec<u32>) {
    if cmp_mag(a, b) == Ordering::Less {
        return (Vec::new(), a.to_vec());
    }
    if b.len() == 1 {
        let (q, r) = divmod_small(a, b[0]);
        let mut r = vec![r];
        trim(&mut r);
        return (q, r);
    }
    let s = b.at(b.len() - 1).leading_zeros();
    let b = shl_mag(b, s as u64);
    let mut a = shl_mag(a, s as u64);
    // One extra top limb so every quotient digit has a window of n+1 limbs.
    a.push(0);
    let n = b.len();
    let m = a.len() - n;
    let mut q = vec![0u32; m];
    let btop = *b.at(n - 1) as u64;
    let bnext = *b.at(n - 2) as u64;
    for j in (0..m).rev() {
        let num = ((*a.at(j + n) as u64) << 32) | *a.at(j + n - 1) as u64;
        let mut qhat = num / btop;
        let mut rhat = num % btop;
        while qhat >= (1 << 32) || qhat * bnext > ((rhat << 32) | *a.at(j + n - 2) as u64) {
            qhat -= 1;
            rhat += btop;
            if rhat >= (1 << 32) {
                break;
            }
        }
        // Multiply and subtract.
        let mut borrow = 0i64;
        let mut carry = 0u64;
        for i in 0..n {
            let p = qhat * *b.at(i) as u64 + carry;
            carry = p >> 32;
            let t = *a.at(i + j) as i64 - borrow - (p & 0xffff_ffff) as i64;
            *a.at_mut(i + j) = t as u32;
            borrow = if t < 0 { 1 } else { 0 };
        }
        let t = *a.at(j + n) as i64 - borrow - carry as i64;
        *a.at_mut(j + n) = t as u32;
        if t < 0 {
            // Add back.
            qhat -= 1;
            let mut c = 0u64;
            for i in 0..n {
                let s = *a.at(i + j) as u64 + *b.at(i) as u64 + c;
                *a.at_mut(i + j) = s as u32;
                c = s >> 32;
            }
            *a.at_mut(j + n) = a.at(j + n).wrapping_add(c as u32);
        }
        *q.at_mut(j) = qhat as u32;
    }
    trim(&mut q);
    a.truncate(n);
    trim(&mut a);
    let r = shr_mag(&a, s as u64);
    (q, r)
}

fn shl_mag(a: &[u32], bits: u64) -> Vec<u32> {
    if a.is_empty() {
        return Vec::new();
    }
    let words = (bits / 32) as usize;
    let b = (bits % 32) as u32;
    let mut out = vec![0u32; words];
    if b == 0 {
        out.extend_from_slice(a);
    } else {
        let mut carry = 0u32;
        for &x in a {
            out.push((x << b) | carry);
            carry = x >> (32 - b);
        }
        if carry > 0 {
            out.push(carry);
        }
    }
    trim(&mut out);
    out
}

fn shr_mag(a: &[u32], bits: u64) -> Vec<u32> {
    let words = (bits / 32) as usize;
    if words >= a.len() {
        return Vec::new();
    }
    let b = (bits % 32) as u32;
    let mut out: Vec<u32> = a[words..].to_vec();
    if b > 0 {
        for i in 0..out.len() {
            let hi = if i + 1 < out.len() {
                *out.at(i + 1) << (32 - b)
            } else {
                0
            };
            *out.at_mut(i) = (*out.at(i) >> b) | hi;
        }
    }
    trim(&mut out);
    out
}

impl BigInt {
    fn from_parts(neg: bool, mut mag: Vec<u32>) -> BigInt {
        trim(&mut mag);
        let neg = neg && !mag.is_empty();
        BigInt { neg, mag }
    }

    pub fn from_u64(v: u64) -> BigInt {
        BigInt::from_parts(false, vec![v as u32, (v >> 32) as u32])
    }

    pub fn from_i64(v: i64) -> BigInt {
        let mut b = BigInt::from_u64(v.unsigned_abs());
        b.neg = v < 0;
        b
    }

    pub fn to_i64(&self) -> Option<i64> {
        if self.mag.len() > 2 {
            return None;
        }
        let m = self.mag.first().copied().unwrap_or(0) as u64
            | (self.mag.get(1).copied().unwrap_or(0) as u64) << 32;
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

    pub fn is_zero(&self) -> bool {
        self.mag.is_empty()
    }

    pub fn is_negative(&self) -> bool {
        self.neg
    }

    pub fn signum(&self) -> i32 {
        if self.mag.is_empty() {
            0
        } else if self.neg {
            -1
        } else {
            1
        }
    }

    pub fn abs(&self) -> BigInt {
        BigInt {
            neg: false,
            mag: self.mag.clone(),
        }
    }

    pub fn neg(&self) -> BigInt {
        BigInt::from_parts(!self.neg, self.mag.clone())
    }

    pub fn bit_length(&self) -> u64 {
        match self.mag.last() {
            None => 0,
            Some(&top) => (self.mag.len() as u64 - 1) * 32 + (32 - top.leading_zeros()) as u64,
        }
    }

    pub fn add(&self, o: &BigInt) -> BigInt {
        if self.neg == o.neg {
            return BigInt::from_parts(self.neg, add_mag(&self.mag, &o.mag));
        }
        match cmp_mag(&self.mag, &o.mag) {
            Ordering::Less => BigInt::from_parts(o.neg, sub_mag(&o.mag, &self.mag)),
            _ => BigInt::from_parts(self.neg, sub_mag(&self.mag, &o.mag)),
        }
    }

    pub fn sub(&self, o: &BigInt) -> BigInt {
        self.add(&o.neg())
    }

    pub fn mul(&self, o: &BigInt) -> BigInt {
        BigInt::from_parts(self.neg != o.neg, mul_mag(&self.mag, &o.mag))
    }

    /// Python's `divmod`: quotient rounded toward negative infinity, remainder with the divisor's sign.
    pub fn divmod_floor(&self, o: &BigInt) -> Option<(BigInt, BigInt)> {
        if o.is_zero() {
            return None;
        }
        let (q, r) = divmod_mag(&self.mag, &o.mag);
        let mut q = BigInt::from_parts(self.neg != o.neg, q);
        let mut r = BigInt::from_parts(self.neg, r);
        if !r.is_zero() && r.neg != o.neg {
            q = q.sub(&BigInt::from_i64(1));
            r = r.add(o);
        }
        Some((q, r))
    }

    pub fn pow(&self, mut e: u64) -> BigInt {
        let mut base = self.clone();
        let mut acc = BigInt::from_i64(1);
        while e > 0 {
            if e & 1 == 1 {
                acc = acc.mul(&base);
            }
            e >>= 1;
            if e > 0 {
                base = base.mul(&base);
            }
        }
        acc
    }

    pub fn pow_mod(&self, e: &BigInt, m: &BigInt) -> Option<BigInt> {
        if m.is_zero() {
            return None;
        }
        if e.is_negative() {
            return None;
        }
        let mut result = BigInt::from_i64(1).divmod_floor(m)?.1;
        let mut base = self.divmod_floor(m)?.1;
        let bits = e.bit_length();
        for i in 0..bits {
            if (*e.mag.at((i / 32) as usize) >> (i % 32)) & 1 == 1 {
                result = result.mul(&base).divmod_floor(m)?.1;
            }
            base = base.mul(&base).divmod_floor(m)?.1;
        }
        Some(result)
    }

    pub fn shl(&self, bits: u64) -> BigInt {
        BigInt::from_parts(self.neg, shl_mag(&self.mag, bits))
    }

    /// Arithmetic shift: rounds toward negative infinity, as Python does.
    pub fn shr(&self, bits: u64) -> BigInt {
        if !self.neg {
            return BigInt::from_parts(false, shr_mag(&self.mag, bits));
        }
        // -((-x - 1) >> n) - 1
        let m = self.neg().sub(&BigInt::from_i64(1));
        BigInt::from_parts(false, shr_mag(&m.mag, bits))
            .neg()
            .sub(&BigInt::from_i64(1))
    }

    /// Two's-complement words (enough for both operands plus a sign word).
    fn twos(&self, words: usize) -> Vec<u32> {
        let mut v = self.mag.clone();
        v.resize(words, 0);
        if self.neg {
            for w in v.iter_mut() {
                *w = !*w;
            }
            for w in v.iter_mut() {
                let (s, c) = w.overflowing_add(1);
                *w = s;
                if !c {
                    break;
                }
            }
        }
        v
    }

    fn from_twos(mut v: Vec<u32>) -> BigInt {
        let neg = v.last().is_some_and(|&w| w & 0x8000_0000 != 0);
        if neg {
            for w in v.iter_mut() {
                *w = !*w;
            }
            for w in v.iter_mut() {
                let (s, c) = w.overflowing_add(1);
                *w = s;
                if !c {
                    break;
                }
            }
        }
        BigInt::from_parts(neg, v)
    }

    fn bitwise(&self, o: &BigInt, f: fn(u32, u32) -> u32) -> BigInt {
        let words = self.mag.len().max(o.mag.len()) + 1;
        let a = self.twos(words);
        let b = o.twos(words);
        BigInt::from_twos(a.iter().zip(&b).map(|(x, y)| f(*x, *y)).collect())
    }

    pub fn bitand(&self, o: &BigInt) -> BigInt {
        self.bitwise(o, |x, y| x & y)
    }

    pub fn bitor(&self, o: &BigInt) -> BigInt {
        self.bitwise(o, |x, y| x | y)
    }

    pub fn bitxor(&self, o: &BigInt) -> BigInt {
        self.bitwise(o, |x, y| x ^ y)
    }

    /// `~x == -x - 1`
    pub fn not(&self) -> BigInt {
        self.neg().sub(&BigInt::from_i64(1))
    }

    pub fn gcd(&self, o: &BigInt) -> BigInt {
        let mut a = self.abs();
        let mut b = o.abs();
        while !b.is_zero() {
            let r = a.divmod_floor(&b).map(|(_, r)| r).unwrap_or_default();
            a = b;
            b = r;
        }
        a
    }

    /// Correctly rounded conversion (round-half-even on the top 54 bits), None on overflow.
    pub fn to_f64(&self) -> Option<f64> {
        let bits = self.bit_length();
        if bits <= 63 {
            let m = self.mag.first().copied().unwrap_or(0) as u64
                | (self.mag.get(1).copied().unwrap_or(0) as u64) << 32;
            let f = m as f64;
            return Some(if self.neg { -f } else { f });
        }
        if bits > 1024 {
            return None;
        }
        // Keep 55 significant bits plus a sticky bit, then let the FPU round.
        let shift = bits - 55;
        let top = shr_mag(&self.mag, shift);
        let mut m = top.first().copied().unwrap_or(0) as u64
            | (top.get(1).copied().unwrap_or(0) as u64) << 32;
        let lost = shl_mag(&top, shift);
        if cmp_mag(&lost, &self.mag) != Ordering::Equal {
            m |= 1;
        }
        let f = (m as f64) * 2f64.powi(shift as i32);
        if f.is_infinite() {
            return None;
        }
        Some(if self.neg { -f } else { f })
    }

    pub fn from_f64(f: f64) -> Option<BigInt> {
        if !f.is_finite() {
            return None;
        }
        let t = f.trunc();
        if t.abs() < 9.0e18 {
            return Some(BigInt::from_i64(t as i64));
        }
        let bits = t.abs().to_bits();
        let exp = ((bits >> 52) & 0x7ff) as i64 - 1075;
        let mant = (bits & ((1 << 52) - 1)) | (1 << 52);
        let b = BigInt::from_u64(mant).shl(exp as u64);
        Some(if t < 0.0 { b.neg() } else { b })
    }

    /// Digits only (no sign, prefix or underscores).
    pub fn parse(digits: &str, radix: u32) -> Option<BigInt> {
        if digits.is_empty() {
            return None;
        }
        let mut mag: Vec<u32> = Vec::new();
        for c in digits.chars() {
            let d = c.to_digit(radix)?;
            // mag = mag * radix + d
            let mut carry = d as u64;
            for w in mag.iter_mut() {
                let t = *w as u64 * radix as u64 + carry;
                *w = t as u32;
                carry = t >> 32;
            }
            if carry > 0 {
                mag.push(carry as u32);
            }
        }
        Some(BigInt::from_parts(false, mag))
    }

    /// What `int(text, base)` accepts: surrounding whitespace, a sign,
    /// underscores between digits, and a prefix matching the base (base 0: any).
    pub fn parse_python_int(text: &str, base: u32) -> Option<BigInt> {
        let t = text.trim();
        let (neg, t) = match t.as_bytes().first() {
            Some(b'-') => (true, t.part(1..)),
            Some(b'+') => (false, t.part(1..)),
            _ => (false, t),
        };
        let lower = t.to_ascii_lowercase();
        let (radix, body) = match (base, lower.get(..2)) {
            (0 | 16, Some("0x")) => (16, t.part(2..)),
            (0 | 8, Some("0o")) => (8, t.part(2..)),
            (0 | 2, Some("0b")) => (2, t.part(2..)),
            (0, _) => {
                if t.len() > 1 && t.starts_with('0') && t.chars().any(|c| c != '0' && c != '_') {
                    return None;
                }
                (10, t)
            }
            (b, _) => (b, t),
        };
        let body = body
            .strip_prefix('_')
            .filter(|_| radix != 10 && base != 10)
            .unwrap_or(body);
        if body.is_empty()
            || body.starts_with('_')
            || body.ends_with('_')
            || crate::search::contains(body, "__")
        {
            return None;
        }
        let digits: String = body.chars().filter(|&c| c != '_').collect();
        let b = BigInt::parse(&digits, radix)?;
        Some(if neg { b.neg() } else { b })
    }

    pub fn to_str_radix(&self, radix: u32) -> String {
        if self.mag.is_empty() {
            return "0".to_string();
        }
        let mut out = String::new();
        if radix == 10 {
            // Peel off nine digits at a time.
            let mut chunks = Vec::new();
            let mut cur = self.mag.clone();
            while !cur.is_empty() {
                let (q, r) = divmod_small(&cur, 1_000_000_000);
                chunks.push(r);
                cur = q;
            }
            out.push_str(&chunks.last().copied().unwrap_or(0).to_string());
            for c in chunks.iter().rev().skip(1) {
                out.push_str(&format!("{c:09}"));
            }
        } else {
            let mut digits = Vec::new();
            let mut cur = self.mag.clone();
            while !cur.is_empty() {
                let (q, r) = divmod_small(&cur, radix);
                digits.push(std::char::from_digit(r, radix).unwrap_or('?'));
                cur = q;
            }
            out.extend(digits.iter().rev());
        }
        if self.neg {
            out.insert(0, '-');
        }
        out
    }

    /// `a / b` for ints, correctly rounded like CPython's int true division.
    pub fn true_div(a: &BigInt, b: &BigInt) -> Result<f64, &'static str> {
        if b.is_zero() {
            return Err("division by zero");
        }
        if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
            if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
                return Ok(x as f64 / y as f64);
            }
        }
        // Scale so the quotient has 55+ significant bits, then round via f64.
        let neg = a.neg != b.neg;
        let (an, bn) = (a.abs(), b.abs());
        let shift = 55i64 - (an.bit_length() as i64 - bn.bit_length() as i64);
        if shift > 1076 {
            // A subnormal (or zero) quotient: round once, at 2^-1074.
            let scaled = an.shl(1076);
            let (q, r) = divmod_mag(&scaled.mag, &bn.mag);
            let q = BigInt::from_parts(false, q).to_i64().unwrap_or(0) as u64;
            let (units, guard, sticky) = (q >> 2, q & 2 != 0, q & 1 != 0 || !r.is_empty());
            let rounded = units + u64::from(guard && (sticky || units & 1 == 1));
            let f = rounded as f64 * f64::from_bits(1);
            return Ok(if neg { -f } else { f });
        }
        let (num, den) = if shift >= 0 {
            (an.shl(shift as u64), bn)
        } else {
            (an, bn.shl((-shift) as u64))
        };
        let (q, r) = divmod_mag(&num.mag, &den.mag);
        let mut q = BigInt::from_parts(false, q);
        if !r.is_empty() {
            q = q.bitor(&BigInt::from_i64(1));
        }
        let qf = q
            .to_f64()
            .ok_or("integer division result too large for a float")?;
        // In two steps: 2^-shift alone may be below the smallest float.
        let half = (shift / 2) as i32;
        let f = qf * 2f64.powi(-half) * 2f64.powi(half - shift as i32);
        if f.is_infinite() {
            return Err("integer division result too large for a float");
        }
        Ok(if neg { -f } else { f })
    }
}

impl PartialOrd for BigInt {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for BigInt {
    fn cmp(&self, o: &Self) -> Ordering {
        match (self.neg, o.neg) {
            (false, true) => Ordering::Greater,
            (true, false) => Ordering::Less,
            (false, false) => cmp_mag(&self.mag, &o.mag),
            (true, true) => cmp_mag(&o.mag, &self.mag),
        }
    }
}

impl fmt::Display for BigInt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_str_radix(10))
    }
}

const HASH_MODULUS: u64 = (1 << 61) - 1;

/// CPython's `hash(int)`.
pub fn int_hash(b: &BigInt) -> i64 {
    let mut h: u64 = 0;
    for &w in b.mag.iter().rev() {
        // h = (h * 2^32 + w) mod (2^61 - 1)
        h = ((h << 32) | (h >> 29)) & HASH_MODULUS;
        h = ((h as u128 + w as u128) % HASH_MODULUS as u128) as u64;
    }
    let mut r = h as i64;
    if b.neg {
        r = -r;
    }
    if r == -1 {
        -2
    } else {
        r
    }
}

/// CPython's `hash(float)` (so `hash(1.0) == hash(1)`).
pub fn float_hash(f: f64) -> i64 {
    if f.is_nan() {
        return 0;
    }
    if f.is_infinite() {
        return if f > 0.0 { 314159 } else { -314159 };
    }
    let (mut m, mut e) = frexp(f.abs());
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS) | x >> (61 - 28);
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS {
            x -= HASH_MODULUS;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    x = ((x << e) & HASH_MODULUS) | x >> (61 - e);
    let mut r = x as i64;
    if f < 0.0 {
        r = -r;
    }
    if r == -1 {
        -2
    } else {
        r
    }
}

fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 {
        return (0.0, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * 2f64.powi(54));
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn big(s: &str) -> BigInt {
        let (neg, d) = s.strip_prefix('-').map(|d| (true, d)).unwrap_or((false, s));
        let b = BigInt::parse(d, 10).unwrap();
        if neg {
            b.neg()
        } else {
            b
        }
    }

    #[test]
    fn arithmetic_matches_python() {
        // Values computed with CPython 3.11.
        let a = big("123456789012345678901234567890");
        let b = big("-987654321098765432");
        assert_eq!(a.add(&b).to_string(), "123456789011358024580135802458");
        assert_eq!(
            a.mul(&b).to_string(),
            "-121932631137021795212620027521140070120989178480"
        );
        let (q, r) = a.divmod_floor(&b).unwrap();
        assert_eq!(
            (q.to_string(), r.to_string()),
            ("-124999998861".into(), "-61728367271605062".into())
        );
        assert_eq!(
            BigInt::from_i64(2).pow(100).to_string(),
            "1267650600228229401496703205376"
        );
        assert_eq!(big("-7").shr(1).to_string(), "-4");
        assert_eq!(big("-12").bitand(&big("10")).to_string(), "0");
        assert_eq!(big("-12").bitor(&big("10")).to_string(), "-2");
        assert_eq!(big("-12").bitxor(&big("10")).to_string(), "-2");
        assert_eq!(BigInt::from_i64(255).to_str_radix(16), "ff");
        assert_eq!(int_hash(&BigInt::from_i64(2).pow(100)), 549755813888);
        assert_eq!(float_hash(1.5), 1152921504606846977);
        assert_eq!(
            BigInt::true_div(&BigInt::from_i64(10).pow(30), &BigInt::from_i64(3)).unwrap(),
            3.333333333333333e29
        );
    }

    #[test]
    fn conversions() {
        assert_eq!(BigInt::from_i64(i64::MIN).to_i64(), Some(i64::MIN));
        assert_eq!(BigInt::from_i64(2).pow(64).to_i64(), None);
        assert_eq!(
            BigInt::from_i64(2).pow(64).to_f64(),
            Some(18446744073709551616.0)
        );
        assert_eq!(
            BigInt::from_f64(1e20).unwrap().to_string(),
            "100000000000000000000"
        );
        assert_eq!(
            BigInt::parse_python_int(" -1_000 ", 10)
                .unwrap()
                .to_string(),
            "-1000"
        );
        assert_eq!(
            BigInt::parse_python_int("0x1f", 0).unwrap().to_string(),
            "31"
        );
        assert!(BigInt::parse_python_int("1__0", 10).is_none());
        assert!(BigInt::parse_python_int("x", 10).is_none());
    }
}
