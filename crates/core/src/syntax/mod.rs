//! Source text to AST: tokens with positions, an indentation-aware lexer, a
//! recursive-descent parser, and syntax errors worded like CPython's.

pub mod ast;
// STUB
pub struct SyntaxError;
impl SyntaxError {
    pub fn render(&self, _: &str) -> String {
        todo!()
    }
    pub fn from_compile(_: &crate::compiler::CompileError, _: &str) -> Self {
        todo!()
    }
}
impl std::fmt::Display for SyntaxError {
    fn fmt(&self, _: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        todo!()
    }
}
pub fn parse(_: &str) -> Result<ast::Module, SyntaxError> {
    todo!()
}
