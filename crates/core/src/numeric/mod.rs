//! Python's numbers without a VM: arbitrary-precision integers ([`bigint`]),
//! float repr, parsing, rounding and arithmetic corner cases ([`float`]), the
//! format-spec and printf-style mini-languages ([`format`]), and the `random`
//! module's Mersenne Twister ([`random`]).
//!
//! Fallible operations report a [`NumError`]: the Python exception class to
//! raise and its exact CPython 3.11 message.

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
