//! The playground's pure core: everything that runs a Python asyncio program
//! without a browser. Source is parsed (`syntax`), compiled to code objects
//! (`compiler`), executed by a VM with explicit frames (`vm`) under an
//! asyncio-faithful event loop (`asyncio`) that talks to the outside world
//! only through `program::Program`'s slice-and-clock interface, which
//! `driver::Driver` drives for every host. Each run
//! records a `trace`, from which the `timeline` model the UI draws is derived;
//! `draw` turns timelines into SVG and `perfetto` into a Chrome/Perfetto trace.

pub(crate) mod asyncio;
pub mod at;
pub mod cell;
pub(crate) mod compiler;
pub mod draw;
pub mod driver;
pub mod fuzz;
pub mod http;
pub mod json;
pub mod lessons;
pub mod memory;
pub mod modules;
pub mod numeric;
pub mod perfetto;
pub mod processes;
pub mod program;
pub mod remote;
pub mod search;
pub mod site;
pub mod sort;
pub mod stack;
pub mod syntax;
pub mod threads;
pub mod timeline;
pub mod trace;
pub(crate) mod vm;

// The crate's API: `Program` (one program, its slices and clock) and
// `Driver` (the run loop every host shares); the interpreter (`compiler`,
// `vm`, `asyncio`) is the crate's own.
pub use driver::{run_virtual, Driver};
pub use program::{Options, Program, Step};
