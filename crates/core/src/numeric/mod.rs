//! Python's numbers without a VM: arbitrary-precision integers, float repr and
//! rounding, and the format-spec and printf-style formatting mini-languages.
pub mod bigint;
pub mod dtoa;
pub mod elementary;
pub mod float;
pub mod format;
pub mod random;
