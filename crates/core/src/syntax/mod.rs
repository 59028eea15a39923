//! Source text to AST: tokens with positions, an indentation-aware lexer, a
//! recursive-descent parser, and syntax errors worded like CPython's.

pub mod ast;
