//! Source text to AST: tokens with positions, an indentation-aware lexer, a
//! recursive-descent parser, and syntax errors worded like CPython's.

pub mod ast;
mod error;
mod lexer;
mod parser;

pub use error::{SyntaxError, SyntaxErrorKind};

/// Parse a module. Errors carry CPython's message and position.
pub fn parse(source: &str) -> Result<ast::Module, SyntaxError> {
    parser::parse_module(source)
}
