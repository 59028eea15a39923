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
}

pub use imp::*;
