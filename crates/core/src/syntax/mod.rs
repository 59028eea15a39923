//! Source text to AST: tokens with positions, an indentation-aware lexer, a
//! recursive-descent parser, and syntax errors worded like CPython's.
//!
//! ```
//! use playground_core::syntax::parse;
//! let module = parse("print('hi')\n").unwrap();
//! assert_eq!(module.body.len(), 1);
//! let err = parse("print('hi'\n").unwrap_err();
//! assert_eq!(err.msg, "'(' was never closed");
//! ```

pub mod ast;
pub mod error;
pub mod lexer;
pub mod parser;
pub mod token;

#[cfg(test)]
mod tests;

pub use error::{SyntaxError, SyntaxErrorKind};
pub use parser::parse;
