//! The virtual machine: values, frames, the dispatch loop, built-in types
//! and functions, exceptions.

pub mod argspec;
pub mod builtins;
pub mod casemap;
pub mod char_pos;
pub mod exceptions;
pub mod frame;
pub mod gc;
pub mod generator_calls;
pub mod interp;
pub mod loops;
pub mod methods;
pub mod object;
pub mod ops;
pub mod set_order;
pub mod teardown;
pub mod value;

use crate::vm::object::FutureObj;
use std::rc::Rc;

/// The most bytes one allocation sized by the program may take (`'x' * n`,
/// `bytes(n)`, a format width): beyond it the program gets CPython's bare
/// MemoryError instead of a failed allocation, which aborts. The page's
/// wasm memory is smaller.
pub const MAX_ALLOC_BYTES: usize = if cfg!(target_arch = "wasm32") {
    256 << 20
} else {
    1 << 30
};

/// Bytes a list or tuple of `n` items takes.
pub fn items_bytes(n: usize) -> usize {
    n.saturating_mul(std::mem::size_of::<value::Value>())
}

/// Why control leaves an operation early.
#[derive(Debug)]
pub enum Interrupt {
    /// A Python exception (the exception instance).
    Raise(value::Value),
    /// The whole program must pause (only possible at the fiber level).
    Suspend(Suspension),
    /// The program ends now, uncatchably.
    Fatal(Fatal),
}

pub type PyResult<T> = Result<T, Interrupt>;

#[derive(Debug)]
pub enum Suspension {
    /// The time slice is used up; continue later.
    Slice,
    /// A blocking call (`time.sleep`, `requests.get`) holds the whole
    /// program for `seconds`; `what` describes it for the trace.
    Block { seconds: f64, what: Rc<str> },
    /// A blocking HTTP request (`requests.get`): the whole program waits
    /// for the host's answer to request `id`.
    Request { id: u32, what: Rc<str> },
    /// `Lock.acquire` on a held lock: the thread waits until the lock is
    /// handed to it (resumes with True) or `timeout` seconds pass (False).
    Acquire { lock: u32, timeout: f64 },
    /// `asyncio.run` / `loop.run_until_complete`: run the event loop until
    /// the future is done, then continue with its result.
    RunLoop {
        future: Rc<FutureObj>,
        loop_id: usize,
        close_after: bool,
    },
}

/// Uncatchable ends of a program.
#[derive(Clone, Debug, PartialEq)]
pub enum Fatal {
    /// A budget (instructions, tasks, output, memory) was exceeded.
    Budget(String),
    /// The real-time budget (`Budgets::max_seconds`) was exceeded.
    Time(String),
    /// An internal error the program could not cause on purpose.
    Internal(String),
}
