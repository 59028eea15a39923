//! The `random` module's generator: a Mersenne Twister (MT19937) that yields
//! exactly CPython's numbers for the same seed, and the algorithms of
//! CPython 3.11's `Lib/random.py` built on it (`randrange`, `randint`,
//! `choice`, `shuffle`, `sample`, `uniform`, `gauss`, ...).
//!
//! Seeding follows `random.seed(a)` (version 2):
//! * int: `|a|` split into little-endian 32-bit words, fed to `init_by_array`
//!   (0 gives the key `[0]`) — [`MersenneTwister::seed_from_int`];
//! * str/bytes: the UTF-8 bytes followed by their SHA-512 digest, read as a
//!   big-endian int — [`MersenneTwister::seed_from_str`] / `seed_from_bytes`;
//! * float and other hashables: `hash(a)` reinterpreted as an unsigned 64-bit
//!   int — [`MersenneTwister::seed_from_float`] / `seed_from_hash`;
//! * no argument: the host supplies entropy as a u64 — [`MersenneTwister::seed_from_entropy`].
//!
//! Errors carry CPython's exception class and message ([`NumError`]).

use super::bigint::BigInt;
use super::{ExcKind, NumError};

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// CPython's `random.Random` state.
#[derive(Clone)]
pub struct MersenneTwister {
    mt: [u32; N],
    index: usize,
    /// `Random.gauss`'s cached second value.
    gauss_next: Option<f64>,
}

impl std::fmt::Debug for MersenneTwister {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MersenneTwister")
            .field("index", &self.index)
            .finish_non_exhaustive()
    }
}

impl Default for MersenneTwister {
    fn default() -> Self {
        MersenneTwister::new(0)
    }
}

impl MersenneTwister {
    /// A generator seeded like `random.Random(seed)` with a small int seed.
    pub fn new(seed: u64) -> MersenneTwister {
        let mut mt = MersenneTwister {
            mt: [0; N],
            index: N + 1,
            gauss_next: None,
        };
        mt.seed_from_int(&BigInt::from_u64(seed));
        mt
    }

    fn init_genrand(&mut self, s: u32) {
        self.mt[0] = s;
        for i in 1..N {
            let prev = self.mt[i - 1];
            self.mt[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let mut i = 1usize;
        let mut j = 0usize;
        let mut k = N.max(key.len());
        while k > 0 {
            let prev = self.mt[i - 1];
            self.mt[i] = (self.mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
            k -= 1;
        }
        k = N - 1;
        while k > 0 {
            let prev = self.mt[i - 1];
            self.mt[i] = (self.mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
            k -= 1;
        }
        self.mt[0] = 0x8000_0000;
        self.index = N;
    }

    /// `random.seed(n)` for an int `n` (its absolute value is used).
    pub fn seed_from_int(&mut self, n: &BigInt) {
        let words = n.magnitude_u32();
        if words.is_empty() {
            self.init_by_array(&[0]);
        } else {
            self.init_by_array(words);
        }
        self.gauss_next = None;
    }

    /// `random.seed(s)` for a str `s` (version 2 seeding).
    pub fn seed_from_str(&mut self, s: &str) {
        self.seed_from_bytes(s.as_bytes());
    }

    /// `random.seed(b)` for bytes/bytearray `b` (version 2 seeding).
    pub fn seed_from_bytes(&mut self, b: &[u8]) {
        let digest = super::sha512::sha512(b);
        let mut all = Vec::with_capacity(b.len() + 64);
        all.extend_from_slice(b);
        all.extend_from_slice(&digest);
        self.seed_from_int(&BigInt::from_bytes_be(&all));
    }

    /// `random.seed(x)` for a float: CPython seeds with `hash(x)` taken as an
    /// unsigned 64-bit integer.
    pub fn seed_from_float(&mut self, x: f64) {
        self.seed_from_hash(super::bigint::float_hash(x));
    }

    /// `random.seed(obj)` for any other hashable object (`None` excluded):
    /// `hash(obj)` reinterpreted as unsigned.
    pub fn seed_from_hash(&mut self, hash: i64) {
        self.seed_from_int(&BigInt::from_u64(hash as u64));
    }

    /// `random.seed()` / `random.seed(None)`: CPython reads OS entropy; the
    /// host supplies it here.
    pub fn seed_from_entropy(&mut self, entropy: u64) {
        self.seed_from_int(&BigInt::from_u64(entropy));
    }

    fn twist(&mut self) {
        for kk in 0..N {
            let y = (self.mt[kk] & UPPER_MASK) | (self.mt[(kk + 1) % N] & LOWER_MASK);
            let mag = if y & 1 == 1 { MATRIX_A } else { 0 };
            self.mt[kk] = self.mt[(kk + M) % N] ^ (y >> 1) ^ mag;
        }
        self.index = 0;
    }

    /// The next raw 32-bit output (`genrand_uint32`).
    pub fn genrand_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.mt[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    /// `random.random()`: 53 random bits in [0, 1).
    pub fn random(&mut self) -> f64 {
        let a = (self.genrand_u32() >> 5) as f64;
        let b = (self.genrand_u32() >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `random.getrandbits(k)` for `k <= 64`, as a u64.
    pub fn getrandbits_u64(&mut self, k: u32) -> u64 {
        assert!(k <= 64);
        if k == 0 {
            0
        } else if k <= 32 {
            (self.genrand_u32() >> (32 - k)) as u64
        } else {
            let lo = self.genrand_u32() as u64;
            let hi = (self.genrand_u32() >> (64 - k)) as u64;
            lo | (hi << 32)
        }
    }

    /// `random.getrandbits(k)`. (CPython raises ValueError "number of bits
    /// must be non-negative" for k < 0; the VM checks that.)
    pub fn getrandbits(&mut self, k: u32) -> BigInt {
        if k <= 64 {
            return BigInt::from_u64(self.getrandbits_u64(k));
        }
        let k = k as u64;
        let words = (k - 1) / 32 + 1;
        let mut out = Vec::with_capacity(words as usize);
        let mut left = k;
        for _ in 0..words {
            let mut r = self.genrand_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            out.push(r);
            left = left.saturating_sub(32);
        }
        BigInt::from_u32_words(&out)
    }

    /// `_randbelow_with_getrandbits(n)` for `0 < n < 2**64`.
    pub fn randbelow_u64(&mut self, n: u64) -> u64 {
        if n == 0 {
            return 0;
        }
        let k = 64 - n.leading_zeros();
        loop {
            let r = self.getrandbits_u64(k);
            if r < n {
                return r;
            }
        }
    }

    /// `_randbelow_with_getrandbits(n)`: uniform in `[0, n)`. CPython would
    /// loop forever for `n == 0`; this returns 0 for `n <= 0`.
    pub fn randbelow(&mut self, n: &BigInt) -> BigInt {
        if n.signum() <= 0 {
            return BigInt::zero();
        }
        if let Some(small) = n.to_u64() {
            return BigInt::from_u64(self.randbelow_u64(small));
        }
        let k = u32::try_from(n.bit_length()).expect("randbelow bound below 2**(2**32)");
        loop {
            let r = self.getrandbits(k);
            if &r < n {
                return r;
            }
        }
    }

    /// `random.randrange(start[, stop[, step]])` with int arguments. Pass
    /// `stop = None` for the one-argument form and `step = None` when no step
    /// was given.
    pub fn randrange(
        &mut self,
        start: &BigInt,
        stop: Option<&BigInt>,
        step: Option<&BigInt>,
    ) -> Result<BigInt, NumError> {
        let one = BigInt::one();
        // CPython compares `step is not _ONE`; an explicit 1 is that object.
        let step = step.filter(|s| **s != one);
        let Some(stop) = stop else {
            if step.is_some() {
                return Err(NumError::type_error("Missing a non-None stop argument"));
            }
            if start.signum() > 0 {
                return Ok(self.randbelow(start));
            }
            return Err(NumError::value("empty range for randrange()"));
        };
        let width = stop.sub(start);
        let Some(step) = step else {
            if width.signum() > 0 {
                return Ok(start.add(&self.randbelow(&width)));
            }
            return Err(NumError::value(format!(
                "empty range for randrange() ({start}, {stop}, {width})"
            )));
        };
        let n = match step.signum() {
            1 => width.add(step).sub(&one).floordiv(step).unwrap(),
            -1 => width.add(step).add(&one).floordiv(step).unwrap(),
            _ => return Err(NumError::value("zero step for randrange()")),
        };
        if n.signum() <= 0 {
            return Err(NumError::value("empty range for randrange()"));
        }
        Ok(start.add(&step.mul(&self.randbelow(&n))))
    }

    /// `random.randint(a, b)` == `randrange(a, b + 1)`.
    pub fn randint(&mut self, a: &BigInt, b: &BigInt) -> Result<BigInt, NumError> {
        let stop = b.add(&BigInt::one());
        self.randrange(a, Some(&stop), None)
    }

    /// `randint` for small bounds: uses the same draws as the BigInt version.
    pub fn randint_i64(&mut self, a: i64, b: i64) -> Result<i64, NumError> {
        let width = (b as i128) - (a as i128) + 1;
        if width > 0 && width < (1i128 << 64) {
            let r = self.randbelow_u64(width as u64) as i128;
            return Ok((a as i128 + r) as i64);
        }
        let r = self.randint(&BigInt::from_i64(a), &BigInt::from_i64(b))?;
        Ok(r.to_i64().expect("randint result within bounds"))
    }

    /// `random.choice(seq)` for a sequence of length `len`: the chosen index.
    /// Error: IndexError "Cannot choose from an empty sequence".
    pub fn choice(&mut self, len: usize) -> Result<usize, NumError> {
        if len == 0 {
            return Err(NumError::new(
                ExcKind::IndexError,
                "Cannot choose from an empty sequence",
            ));
        }
        Ok(self.randbelow_u64(len as u64) as usize)
    }

    /// `random.shuffle(x)` in place.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = self.randbelow_u64(i as u64 + 1) as usize;
            items.swap(i, j);
        }
    }

    /// `random.sample(population, k)` for a population of length `n`: the
    /// selected indices, in selection order. Reproduces both of CPython
    /// 3.11's strategies (pool list vs. selected set). Error: ValueError
    /// "Sample larger than population or is negative".
    pub fn sample(&mut self, n: usize, k: i64) -> Result<Vec<usize>, NumError> {
        if k < 0 || k as u64 > n as u64 {
            return Err(NumError::value(
                "Sample larger than population or is negative",
            ));
        }
        let k = k as usize;
        let mut result = Vec::with_capacity(k);
        let mut setsize: f64 = 21.0;
        if k > 5 {
            let lg = ((k * 3) as f64).ln() / 4f64.ln();
            setsize += 4f64.powf(lg.ceil());
        }
        if n as f64 <= setsize {
            let mut pool: Vec<usize> = (0..n).collect();
            for i in 0..k {
                let j = self.randbelow_u64((n - i) as u64) as usize;
                result.push(pool[j]);
                pool[j] = pool[n - i - 1];
            }
        } else {
            let mut selected = std::collections::HashSet::with_capacity(k);
            for _ in 0..k {
                let mut j = self.randbelow_u64(n as u64) as usize;
                while selected.contains(&j) {
                    j = self.randbelow_u64(n as u64) as usize;
                }
                selected.insert(j);
                result.push(j);
            }
        }
        Ok(result)
    }

    /// `random.choices(population, k=k)` without weights: `k` indices drawn
    /// with replacement (`floor(random() * n)`).
    pub fn choices(&mut self, n: usize, k: usize) -> Vec<usize> {
        let nf = n as f64;
        (0..k)
            .map(|_| (self.random() * nf).floor() as usize)
            .collect()
    }

    /// One draw of `random.choices(population, cum_weights=cw)`: the index
    /// `bisect_right(cw, random() * total, 0, n - 1)`. The caller has checked
    /// CPython's errors (lengths, total > 0 and finite); `cum_weights` is
    /// non-empty.
    pub fn choice_cum_weights(&mut self, cum_weights: &[f64]) -> usize {
        let total = cum_weights[cum_weights.len() - 1];
        let x = self.random() * total;
        let hi = cum_weights.len() - 1;
        let (mut lo, mut hi) = (0usize, hi);
        while lo < hi {
            let mid = (lo + hi) / 2;
            if x < cum_weights[mid] {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        lo
    }

    /// `random.uniform(a, b)` == `a + (b - a) * random()`.
    pub fn uniform(&mut self, a: f64, b: f64) -> f64 {
        a + (b - a) * self.random()
    }

    /// `random.gauss(mu, sigma)` (caches the second value like CPython).
    pub fn gauss(&mut self, mu: f64, sigma: f64) -> f64 {
        let z = match self.gauss_next.take() {
            Some(z) => z,
            None => {
                let x2pi = self.random() * std::f64::consts::TAU;
                let g2rad = (-2.0 * (1.0 - self.random()).ln()).sqrt();
                self.gauss_next = Some(x2pi.sin() * g2rad);
                x2pi.cos() * g2rad
            }
        };
        mu + z * sigma
    }

    /// `random.normalvariate(mu, sigma)` (Kinderman and Monahan).
    pub fn normalvariate(&mut self, mu: f64, sigma: f64) -> f64 {
        let nv_magicconst = 4.0 * (-0.5f64).exp() / 2.0f64.sqrt();
        loop {
            let u1 = self.random();
            let u2 = 1.0 - self.random();
            let z = nv_magicconst * (u1 - 0.5) / u2;
            let zz = z * z / 4.0;
            if zz <= -(u2.ln()) {
                return mu + z * sigma;
            }
        }
    }

    /// `random.expovariate(lambd)` == `-log(1 - random()) / lambd`.
    pub fn expovariate(&mut self, lambd: f64) -> f64 {
        -(1.0 - self.random()).ln() / lambd
    }

    /// `random.triangular(low, high, mode)`; `mode = None` means the midpoint.
    pub fn triangular(&mut self, low: f64, high: f64, mode: Option<f64>) -> f64 {
        let u = self.random();
        let c = match mode {
            None => 0.5,
            Some(m) => {
                if high == low {
                    return low;
                }
                (m - low) / (high - low)
            }
        };
        let (mut u, mut c, mut low, mut high) = (u, c, low, high);
        if u > c {
            u = 1.0 - u;
            c = 1.0 - c;
            std::mem::swap(&mut low, &mut high);
        }
        low + (high - low) * (u * c).sqrt()
    }
}

#[cfg(test)]
mod tests {
    //! Expected values were produced with CPython 3.11.7 (`random.Random`)
    //! while writing these tests.
    use super::*;

    fn first(mt: &mut MersenneTwister) -> (Vec<f64>, Vec<u32>) {
        let f = (0..3).map(|_| mt.random()).collect();
        let b = (0..2).map(|_| mt.getrandbits_u64(32) as u32).collect();
        (f, b)
    }

    fn check(mt: &mut MersenneTwister, floats: [f64; 3], bits: [u32; 2]) {
        let (f, b) = first(mt);
        assert_eq!(f, floats.to_vec());
        assert_eq!(b, bits.to_vec());
    }

    fn int_seeded(seed: &BigInt) -> MersenneTwister {
        let mut mt = MersenneTwister::new(0);
        mt.seed_from_int(seed);
        mt
    }

    #[test]
    fn int_seeds() {
        let cases: [(BigInt, [f64; 3], [u32; 2]); 6] = [
            (
                BigInt::from_i64(0),
                [0.8444218515250481, 0.7579544029403025, 0.420571580830845],
                [1112038970, 4146640122],
            ),
            (
                BigInt::from_i64(1),
                [0.13436424411240122, 0.8474337369372327, 0.763774618976614],
                [1095513148, 506456969],
            ),
            (
                BigInt::from_i64(12345),
                [
                    0.41661987254534116,
                    0.010169169457068361,
                    0.8252065092537432,
                ],
                [1282648386, 3672791226],
            ),
            (
                BigInt::from_i64(-5),
                [0.6229016948897019, 0.7417869892607294, 0.7951935655656966],
                [4047793130, 3614262064],
            ),
            (
                BigInt::from_i64(2).pow(100),
                [0.7586581712996778, 0.22562004686918613, 0.9800682106697105],
                [559585301, 3077663165],
            ),
            (
                BigInt::from_i64(42),
                [
                    0.6394267984578837,
                    0.025010755222666936,
                    0.27502931836911926,
                ],
                [958682846, 599310825],
            ),
        ];
        for (seed, floats, bits) in cases {
            check(&mut int_seeded(&seed), floats, bits);
        }
    }

    #[test]
    fn str_and_float_seeds() {
        let mut mt = MersenneTwister::new(0);
        mt.seed_from_str("hello");
        check(
            &mut mt,
            [0.3537754404730722, 0.6631985810268619, 0.5476053663383964],
            [562021615, 1523350655],
        );
        mt.seed_from_str("");
        check(
            &mut mt,
            [0.9602256525641875, 0.595411957851699, 0.3880117152955401],
            [3150706554, 3233484678],
        );
        mt.seed_from_str("héllo wörld");
        check(
            &mut mt,
            [0.07829104647591212, 0.15883920433278742, 0.9617494468820221],
            [3187483961, 3912721381],
        );
        mt.seed_from_float(3.5);
        check(
            &mut mt,
            [0.3039190124834461, 0.23014450764056538, 0.9120431245165537],
            [2480598814, 344434483],
        );
        mt.seed_from_float(-2.25);
        check(
            &mut mt,
            [0.9236205677220981, 0.24405611968855534, 0.01264353211011815],
            [3132088488, 409467872],
        );
    }

    #[test]
    fn sequence_helpers() {
        let mut mt = MersenneTwister::new(42);
        let ri: Vec<i64> = (0..10).map(|_| mt.randint_i64(1, 10).unwrap()).collect();
        assert_eq!(ri, [2, 1, 5, 4, 4, 3, 2, 9, 2, 10]);

        let mut mt = MersenneTwister::new(42);
        let mut v: Vec<i32> = (0..10).collect();
        mt.shuffle(&mut v);
        assert_eq!(v, [7, 3, 2, 8, 5, 6, 9, 4, 0, 1]);

        // set-based branch (n=100 > setsize 85)
        let mut mt = MersenneTwister::new(42);
        assert_eq!(
            mt.sample(100, 10).unwrap(),
            [81, 14, 3, 94, 35, 31, 28, 17, 13, 86]
        );
        // pool-based branch
        let mut mt = MersenneTwister::new(42);
        assert_eq!(mt.sample(10, 8).unwrap(), [1, 0, 4, 9, 6, 5, 8, 2]);

        let mut mt = MersenneTwister::new(42);
        let c: Vec<usize> = (0..10).map(|_| mt.choice(7).unwrap()).collect();
        assert_eq!(c, [5, 0, 0, 5, 2, 1, 1, 1, 5, 0]);

        let mut mt = MersenneTwister::new(42);
        let b = |v: i64| BigInt::from_i64(v);
        assert_eq!(
            mt.randrange(&b(0), Some(&b(100)), Some(&b(7))).unwrap(),
            b(70)
        );
        assert_eq!(mt.randrange(&b(10), None, None).unwrap(), b(1));
        assert_eq!(
            mt.randrange(&b(50), Some(&b(-50)), Some(&b(-3))).unwrap(),
            b(47)
        );
        let big = BigInt::from_i64(10).pow(30);
        assert_eq!(
            mt.randrange(&big.neg(), Some(&big), None)
                .unwrap()
                .to_string(),
            "-426000530640127421780056456965"
        );

        let mut mt = MersenneTwister::new(42);
        assert_eq!(
            mt.getrandbits(100).to_string(),
            "873491343714207852616756591005"
        );
        assert_eq!(mt.getrandbits(64).to_string(), "4517457392071889495");
        assert_eq!(mt.getrandbits(33).to_string(), "958682846");
        assert_eq!(mt.getrandbits(1).to_string(), "1");

        let mut mt = MersenneTwister::new(42);
        assert_eq!(mt.uniform(1.5, 7.25), 5.176704091132832);
        assert_eq!(mt.gauss(0.0, 1.0), 0.7921447409497909);
        assert_eq!(mt.gauss(0.0, 1.0), 0.12551827570326066);
        assert_eq!(mt.gauss(10.0, 2.0), 10.547198013116766);
        assert_eq!(mt.normalvariate(0.0, 1.0), 2.811460417586422);
        assert_eq!(mt.expovariate(1.5), 0.06063493640437743);
        assert_eq!(mt.triangular(0.0, 10.0, Some(3.0)), 3.638752274747424);

        let mut mt = MersenneTwister::new(7);
        assert_eq!(
            mt.sample(1_000_000, 20).unwrap(),
            [
                339563, 993908, 158176, 414002, 682554, 50631, 75954, 861168, 561913, 98702,
                383452, 611097, 60816, 953893, 532084, 225127, 39317, 90122, 454710, 438485
            ]
        );
        assert_eq!(mt.sample(25, 6).unwrap(), [2, 7, 24, 17, 13, 1]);
        assert_eq!(
            mt.sample(86, 10).unwrap(),
            [72, 15, 28, 80, 74, 7, 73, 50, 6, 5]
        );

        let mut mt = MersenneTwister::new(7);
        assert_eq!(mt.choices(5, 8), [1, 0, 3, 0, 2, 1, 0, 2]);
    }

    #[test]
    fn errors() {
        let mut mt = MersenneTwister::new(1);
        let b = |v: i64| BigInt::from_i64(v);
        let e = mt.randrange(&b(0), None, None).unwrap_err();
        assert_eq!(e.message, "empty range for randrange()");
        let e = mt.randint(&b(5), &b(1)).unwrap_err();
        assert_eq!(e.message, "empty range for randrange() (5, 2, -3)");
        let e = mt.randrange(&b(0), Some(&b(10)), Some(&b(0))).unwrap_err();
        assert_eq!(e.message, "zero step for randrange()");
        let e = mt.randrange(&b(0), Some(&b(10)), Some(&b(-1))).unwrap_err();
        assert_eq!(e.message, "empty range for randrange()");
        let e = mt.randrange(&b(10), None, Some(&b(2))).unwrap_err();
        assert_eq!(
            (e.kind, e.message.as_str()),
            (ExcKind::TypeError, "Missing a non-None stop argument")
        );
        let e = mt.sample(3, 4).unwrap_err();
        assert_eq!(e.message, "Sample larger than population or is negative");
        assert!(mt.sample(3, -1).is_err());
        assert_eq!(mt.choice(0).unwrap_err().kind, ExcKind::IndexError);
    }
}
