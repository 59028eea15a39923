//! Parser tests. Several compare against CPython 3.11 (`python3`) when it is
//! on PATH and skip those comparisons with a note when it is not.

mod basics;
mod dump;
mod errors;
mod probe;
mod robustness;
mod roundtrip;
mod spans;
mod speed;
mod support;
