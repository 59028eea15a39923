//! How much machine stack recursive walks may still use. The page runs on a
//! wasm stack of about 1 MiB, so the parser, the compiler and native
//! recursion in the VM (repr, ==, hash of nested containers) stop at a floor
//! measured in bytes instead of trusting a call count alone.

use std::cell::Cell;

thread_local!(static FLOOR: Cell<usize> = const { Cell::new(0) });

/// The current stack address (an estimate from a local's address).
pub fn here() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}

/// Let the stack grow `bytes` below `base`, and no further.
pub fn set_floor(base: usize, bytes: usize) {
    FLOOR.with(|f| f.set(base.saturating_sub(bytes)));
}

/// True once the stack has grown past the floor.
pub fn exhausted() -> bool {
    here() < FLOOR.with(|f| f.get())
}

/// The message of CPython's RecursionError for code nested too deeply to compile.
pub const TOO_DEEP_TO_COMPILE: &str = "maximum recursion depth exceeded during compilation";
