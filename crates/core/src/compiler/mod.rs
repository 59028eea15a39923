//! AST to code objects. `symtable` resolves every name's scope, `codegen`
//! emits the instructions of `bytecode`.

pub mod bytecode;
mod codegen;
pub mod symtable;

pub use bytecode::{Code, CodeKind, Op};
pub use codegen::{compile_eval, compile_module};

use crate::syntax::ast::Span;

/// A SyntaxError the compiler finds (rather than the parser): `'return'
/// outside function`, `'await' outside function`, ...
#[derive(Clone, Debug, PartialEq)]
pub struct CompileError {
    pub msg: String,
    pub span: Span,
}
