//! Python's numbers without a VM: arbitrary-precision integers ([`bigint`]),
//! float repr, parsing, rounding and arithmetic corner cases ([`float`]), the
//! format-spec and printf-style mini-languages ([`mod@format`]), and the `random`
//! module's Mersenne Twister ([`random`]). Everything is checked against
//! CPython 3.11 by a differential test (`difftest.rs`, run by `cargo test`
//! whenever `python3` is on PATH).
//!
//! Fallible operations report a [`NumError`]: the Python exception class to
//! raise and its exact CPython 3.11 message. (`BigInt::true_div` returns a
//! `&'static str` instead: "division by zero" is a ZeroDivisionError, the
//! other message an OverflowError.) Operations returning `Option` document
//! the message the VM should raise for `None`; [`bigint`] exports those
//! messages as `MSG_*` constants.
//!
//! Quick map for the VM:
//! * `int` values: [`BigInt`] (`add`/`sub`/`mul`/`add_i64`/`divmod_floor`/
//!   `pow`/`pow_mod`/`shl`/`shr`/`bitand`/.../`true_div`/`to_f64`/`from_f64`,
//!   `parse_python_int` for `int(s, base)`, `to_decimal_checked` for `str(i)`
//!   under CPython's 4300-digit limit, `round_ndigits` for `round(i, n)`),
//!   [`int_hash`] / [`float_hash`] for `hash()`.
//! * `float`: [`float::float_repr`], [`float::parse_float`],
//!   [`float::round_float`], `float_floordiv`/`float_mod`/`float_divmod`/
//!   `float_truediv`/`float_pow`, `float_to_int`, `float_round_to_int`.
//! * `format(x, spec)`: [`format::format_int_spec`] (pass `"bool"` for
//!   bools), [`format::format_float_spec`], [`format::format_str_spec`].
//! * `template % args`: [`format::percent_format`] with a
//!   [`format::PercentArgs`] implementation.
//! * `random`: [`random::MersenneTwister`].

pub mod bigint;
pub mod float;
pub mod format;
pub mod random;
mod sha512;

pub use bigint::{float_hash, int_hash, BigInt};

use std::fmt;

/// The Python exception class a [`NumError`] stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExcKind {
    ValueError,
    TypeError,
    OverflowError,
    ZeroDivisionError,
    IndexError,
}

impl ExcKind {
    /// The exception class name, e.g. `"ValueError"`.
    pub fn name(self) -> &'static str {
        match self {
            ExcKind::ValueError => "ValueError",
            ExcKind::TypeError => "TypeError",
            ExcKind::OverflowError => "OverflowError",
            ExcKind::ZeroDivisionError => "ZeroDivisionError",
            ExcKind::IndexError => "IndexError",
        }
    }
}

/// An error to raise as `kind(message)`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NumError {
    pub kind: ExcKind,
    pub message: String,
}

impl NumError {
    pub fn new(kind: ExcKind, message: impl Into<String>) -> NumError {
        NumError {
            kind,
            message: message.into(),
        }
    }
    pub fn value(message: impl Into<String>) -> NumError {
        NumError::new(ExcKind::ValueError, message)
    }
    pub fn type_error(message: impl Into<String>) -> NumError {
        NumError::new(ExcKind::TypeError, message)
    }
    pub fn overflow(message: impl Into<String>) -> NumError {
        NumError::new(ExcKind::OverflowError, message)
    }
    pub fn zero_div(message: impl Into<String>) -> NumError {
        NumError::new(ExcKind::ZeroDivisionError, message)
    }
}

impl fmt::Display for NumError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind.name(), self.message)
    }
}

impl std::error::Error for NumError {}

#[cfg(test)]
mod difftest;

#[cfg(test)]
mod tests;
