//! Tokens: what the lexer hands the parser. Strings stay whole (prefix, quotes
//! and raw body) as in CPython 3.11, so the parser decodes escapes and parses
//! f-string fields itself, knowing where the body starts in the source.

use super::ast::Span;

#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    pub tok: Tok,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Tok {
    /// An identifier, including the soft keywords `match`, `case`, `type`, `_`.
    Name(String),
    Kw(Kw),
    /// Digits without underscores or prefix, in `radix`.
    Int {
        digits: String,
        radix: u32,
    },
    Float(f64),
    Imag(f64),
    Str(Box<StrLit>),
    Op(Op),
    Newline,
    Indent,
    Dedent,
    EndMarker,
    /// A character that can start no token (`$`, `?`, a lone `!`): the parser
    /// reports `invalid syntax` at it, as CPython does for its ERRORTOKEN.
    Unknown(char),
    /// The point where the lexer failed; its error is in `Lexed::error`.
    Error,
}

/// A string literal as written: the parser decodes it.
#[derive(Clone, Debug, PartialEq)]
pub struct StrLit {
    pub raw: bool,
    pub bytes: bool,
    pub fstring: bool,
    pub triple: bool,
    /// The text between the quotes, undecoded.
    pub body: String,
    /// Where `body` starts: 1-based line, 0-based character column.
    pub body_line: u32,
    pub body_col: u32,
}

macro_rules! keywords {
    ($($variant:ident = $text:literal,)*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Kw { $($variant,)* }

        impl Kw {
            pub fn lookup(s: &str) -> Option<Kw> {
                match s { $($text => Some(Kw::$variant),)* _ => None }
            }
            pub fn as_str(self) -> &'static str {
                match self { $(Kw::$variant => $text,)* }
            }
        }
    };
}

keywords! {
    False = "False", None = "None", True = "True", And = "and", As = "as",
    Assert = "assert", Async = "async", Await = "await", Break = "break",
    Class = "class", Continue = "continue", Def = "def", Del = "del",
    Elif = "elif", Else = "else", Except = "except", Finally = "finally",
    For = "for", From = "from", Global = "global", If = "if", Import = "import",
    In = "in", Is = "is", Lambda = "lambda", Nonlocal = "nonlocal", Not = "not",
    Or = "or", Pass = "pass", Raise = "raise", Return = "return", Try = "try",
    While = "while", With = "with", Yield = "yield",
}

macro_rules! operators {
    ($($variant:ident = $text:literal,)*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Op { $($variant,)* }

        impl Op {
            pub fn as_str(self) -> &'static str {
                match self { $(Op::$variant => $text,)* }
            }
        }
    };
}

operators! {
    Ellipsis = "...", DoubleStarEqual = "**=", DoubleSlashEqual = "//=",
    LeftShiftEqual = "<<=", RightShiftEqual = ">>=",
    RArrow = "->", ColonEqual = ":=", EqEqual = "==", NotEqual = "!=",
    LessEqual = "<=", GreaterEqual = ">=", LeftShift = "<<", RightShift = ">>",
    DoubleStar = "**", DoubleSlash = "//", PlusEqual = "+=", MinusEqual = "-=",
    StarEqual = "*=", SlashEqual = "/=", PercentEqual = "%=", AmperEqual = "&=",
    VBarEqual = "|=", CircumflexEqual = "^=", AtEqual = "@=",
    LPar = "(", RPar = ")", LSqb = "[", RSqb = "]", LBrace = "{", RBrace = "}",
    Colon = ":", Comma = ",", Semi = ";", Plus = "+", Minus = "-", Star = "*",
    Slash = "/", VBar = "|", Amper = "&", Less = "<", Greater = ">", Equal = "=",
    Dot = ".", Percent = "%", Tilde = "~", Circumflex = "^", At = "@",
}

impl Tok {
    pub fn is_op(&self, op: Op) -> bool {
        matches!(self, Tok::Op(o) if *o == op)
    }
    pub fn is_kw(&self, kw: Kw) -> bool {
        matches!(self, Tok::Kw(k) if *k == kw)
    }
    pub fn is_name(&self, name: &str) -> bool {
        matches!(self, Tok::Name(n) if n == name)
    }
}
