//! The float functions WebAssembly has no instruction for: sin, exp, log,
//! pow, ... Natively they are the system's, as CPython's are. In the page
//! they are the browser's `Math` (whose results differ from CPython's in
//! the last digit about as often as a Rust copy's would), so the `.wasm`
//! does not carry 15 KB of its own. The remainder `fmod` (Rust's `%` of
//! floats) is exact, so JavaScript's `%` gives the very same results; the
//! page's `.wasm` does without Rust's copy (with the 128-bit division it
//! needs, 1.2 KB gzipped).

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    pub fn sin(x: f64) -> f64 {
        x.sin()
    }
    pub fn cos(x: f64) -> f64 {
        x.cos()
    }
    pub fn tan(x: f64) -> f64 {
        x.tan()
    }
    pub fn atan(x: f64) -> f64 {
        x.atan()
    }
    pub fn atan2(y: f64, x: f64) -> f64 {
        y.atan2(x)
    }
    pub fn exp(x: f64) -> f64 {
        x.exp()
    }
    pub fn ln(x: f64) -> f64 {
        x.ln()
    }
    pub fn log2(x: f64) -> f64 {
        x.log2()
    }
    pub fn log10(x: f64) -> f64 {
        x.log10()
    }
    pub fn pow(x: f64, y: f64) -> f64 {
        x.powf(y)
    }
    /// C's `fmod`: `x - n * y` for `n` the quotient truncated toward zero.
    pub fn fmod(x: f64, y: f64) -> f64 {
        x % y
    }

    extern "C" {
        // The C library's, as CPython's are: Rust's own asinh, acosh and
        // atanh are other formulas and differ in the last digit.
        fn asinh(x: f64) -> f64;
        fn acosh(x: f64) -> f64;
        fn atanh(x: f64) -> f64;
        fn erf(x: f64) -> f64;
        fn erfc(x: f64) -> f64;
    }

    /// `math`'s other one-argument functions, by their index in
    /// `LIBM_NAMES`: asin, acos, sinh, cosh, tanh, asinh, acosh, atanh,
    /// expm1, log1p, exp2, erf, erfc.
    pub fn libm(k: u32, x: f64) -> f64 {
        match k {
            0 => x.asin(),
            1 => x.acos(),
            2 => x.sinh(),
            3 => x.cosh(),
            4 => x.tanh(),
            // SAFETY: pure functions of a double, in the C library std links.
            5 => unsafe { asinh(x) },
            6 => unsafe { acosh(x) },
            7 => unsafe { atanh(x) },
            8 => x.exp_m1(),
            9 => x.ln_1p(),
            10 => x.exp2(),
            11 => unsafe { erf(x) },
            12 => unsafe { erfc(x) },
            _ => f64::NAN,
        }
    }
}

#[cfg(target_arch = "wasm32")]
mod imp {
    pub use js_sys::Math::{atan, atan2, cos, exp, log as ln, log10, log2, sin, tan};

    pub fn pow(x: f64, y: f64) -> f64 {
        // C's pow, unlike JavaScript's, gives 1 for 1 ** nan and (-1) ** inf.
        if x == 1.0 || (x == -1.0 && y.is_infinite()) {
            return 1.0;
        }
        js_sys::Math::pow(x, y)
    }

    #[wasm_bindgen::prelude::wasm_bindgen(
        inline_js = "export function fmod(x, y) { return x % y; }"
    )]
    extern "C" {
        /// C's `fmod`: `x - n * y` for `n` the quotient truncated toward zero.
        pub fn fmod(x: f64, y: f64) -> f64;
    }

    // Browsers have no erf: these are CPython's own (Modules/mathmodule.c,
    // for C libraries without one): a series below 1.5, a continued
    // fraction above. They differ from the C library's in the last digit
    // or two for about one argument in three.
    #[wasm_bindgen::prelude::wasm_bindgen(inline_js = "const M = Math; \
        const SQRTPI = 1.772453850905516; \
        function series(x) { const x2 = x * x; let acc = 0, fk = 25.5; \
          for (let i = 0; i < 25; i++) { acc = 2 + x2 * acc / fk; fk -= 1; } \
          return acc * x * M.exp(-x2) / SQRTPI; } \
        function contfrac(x) { if (x >= 30) return 0; const x2 = x * x; \
          let a = 0, da = 0.5, p = 1, pl = 0, q = da + x2, ql = 1; \
          for (let i = 0; i < 50; i++) { a += da; da += 2; const b = da + x2; \
            [p, pl] = [b * p - a * pl, p]; [q, ql] = [b * q - a * ql, q]; } \
          return p / q * x * M.exp(-x2) / SQRTPI; } \
        function erf(x) { if (x !== x) return x; const ax = M.abs(x); \
          if (ax < 1.5) return series(x); const cf = contfrac(ax); return x > 0 ? 1 - cf : cf - 1; } \
        function erfc(x) { if (x !== x) return x; const ax = M.abs(x); \
          if (ax < 1.5) return 1 - series(x); const cf = contfrac(ax); return x > 0 ? cf : 2 - cf; } \
        const F = [M.asin, M.acos, M.sinh, M.cosh, M.tanh, M.asinh, M.acosh, M.atanh, \
          M.expm1, M.log1p, (x) => 2 ** x, erf, erfc]; \
        export function libm(k, x) { return F[k](x); }")]
    extern "C" {
        /// `math`'s other one-argument functions, by index (the native
        /// `libm` lists them): one import for the thirteen.
        pub fn libm(k: u32, x: f64) -> f64;
    }
}

pub use imp::*;
