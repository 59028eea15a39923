//! The instruction set and code objects the VM executes.
//!
//! A stack machine in the spirit of CPython 3.8's (a block stack for `try`
//! and `with`), chosen because it keeps the compiler and the VM small and
//! makes suspension at `await` a matter of saving a frame.

use crate::syntax::ast::{BinOp, CmpOp, UnaryOp};
use crate::vm::value::Value;
use std::rc::Rc;

/// One instruction. Operands index the code object's tables (`consts`,
/// `names`, locals, cells) or are jump targets (instruction indices).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Op {
    Nop,
    LoadConst(u32),
    /// Push a local; `UnboundLocalError` if unset.
    LoadFast(u32),
    StoreFast(u32),
    DeleteFast(u32),
    /// Cells: the code's cell variables, then its free variables.
    LoadDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    /// Push the cell itself (for building closures).
    LoadClosure(u32),
    LoadGlobal(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),
    /// Name lookups through a namespace (class bodies): local namespace, then globals, then builtins.
    LoadName(u32),
    StoreName(u32),
    DeleteName(u32),
    LoadAttr(u32),
    StoreAttr(u32),
    DeleteAttr(u32),
    /// Push `[callable, self]` when the attribute is a method found on the
    /// type (saves allocating a bound method), else `[Null, attr]`.
    LoadMethod(u32),
    /// `[callable, self_or_null, args...]`
    CallMethod(u32),
    BinarySubscr,
    StoreSubscr,
    DeleteSubscr,

    Pop,
    Dup,
    /// Duplicate the top two values.
    Dup2,
    Rot2,
    Rot3,
    Rot4,

    Binary(BinOp),
    InplaceBinary(BinOp),
    Unary(UnaryOp),
    Compare(CmpOp),

    BuildTuple(u32),
    BuildList(u32),
    BuildSet(u32),
    /// `2 * n` values: key, value, key, value...
    BuildMap(u32),
    /// 2 or 3 values.
    BuildSlice(u32),
    /// Concatenate n strings (f-strings).
    BuildString(u32),
    /// f-string field: operand bits: 0-1 conversion (0 none, 1 str, 2 repr, 3 ascii), 4 has spec.
    FormatValue(u32),
    /// Append TOS to the list at stack depth `n` (counted after popping TOS).
    ListAppend(u32),
    SetAdd(u32),
    /// Pops value then key.
    MapAdd(u32),
    /// Extend the list at depth n with the iterable TOS (`| AT_CALL`: the
    /// only argument of a call, `f(*x)`, whose error names the function).
    ListExtend(u32),
    SetUpdate(u32),
    /// Update the dict at depth n with the mapping TOS (`**` in displays;
    /// `| AT_CALL` in calls: errors name the function, a key given twice is one).
    DictMerge(u32),
    ListToTuple,
    UnpackSequence(u32),
    /// Star unpacking: operand = before | (after << 16).
    UnpackEx(u32),

    Jump(u32),
    PopJumpIfFalse(u32),
    PopJumpIfTrue(u32),
    JumpIfFalseOrPop(u32),
    JumpIfTrueOrPop(u32),

    GetIter,
    /// Push the next item of the iterator on TOS, or pop it and jump when exhausted.
    ForIter(u32),
    GetAIter,
    /// Push an awaitable for the next item of the async iterator on TOS.
    GetANext,
    /// In the `StopAsyncIteration` handler of an `async for`: ends the loop
    /// when the exception is `StopAsyncIteration`, else re-raises.
    EndAsyncFor(u32),

    /// Operand bits: 1 defaults tuple, 2 kw-defaults dict, 4 closure tuple.
    /// Stack: [defaults?, kwdefaults?, closure?, code-const]
    MakeFunction(u32),
    Call(u32),
    /// `[callable, args..., kwnames-tuple]`, operand = total argument count.
    CallKw(u32),
    /// `[callable, args-tuple, kwargs-dict?]`, operand 1 when kwargs present.
    CallEx(u32),
    Return,

    YieldValue,
    /// Mark the value an async generator yields (as opposed to the futures
    /// its awaits pass up to the task).
    AsyncGenWrap,
    /// Delegate to the iterator/awaitable below TOS, sending TOS.
    YieldFrom,
    /// Turn TOS into something `YieldFrom` can drive (`await` operand check).
    GetAwaitable,

    /// Push a handler block: on an exception, unwind to the recorded stack
    /// depth, push the exception and jump.
    SetupFinally(u32),
    PopBlock,
    /// Leave an except handler: forget the exception being handled.
    PopExcept,
    /// The exception being handled becomes TOS (popped): an `except*`
    /// clause handles the part it matched.
    SetHandled,
    /// Raise: 0 operands re-raises, 1 raises TOS, 2 raises TOS1 from TOS.
    Raise(u32),
    /// Re-raise the exception on TOS (end of a `finally` or unmatched handler).
    Reraise,
    /// `[exc, type]` -> `[exc, bool]`: does exc match the type or tuple of types?
    CheckExcMatch,
    /// `[ctx]` -> `[exit, enter_result]` (sync) / `[aexit, awaitable]` (async).
    BeforeWith,
    BeforeAsyncWith,
    /// `[exit]` -> `[exit(None, None, None)]`
    CallExitNone,
    /// `[exit, exc]` -> `[exit, exc, exit(type, exc, tb)]`
    CallExitExc,
    /// `[exit, exc, result]`: if result is true, suppress (pop all three,
    /// leave the handler) and jump; else re-raise exc.
    ExitSuppressOrReraise(u32),

    ImportName(u32),
    ImportFrom(u32),
    ImportStar,
    /// Push the class-building helper.
    LoadBuildClass,
    LoadAssertionError,
}

/// What kind of function a code object belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeKind {
    Module,
    Class,
    Function,
    Generator,
    Coroutine,
    AsyncGenerator,
    Lambda,
    Comprehension,
}

/// A compiled function body, module or class body.
#[derive(Debug)]
pub struct Code {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub filename: Rc<str>,
    pub kind: CodeKind,
    pub ops: Vec<Op>,
    /// Source line of each instruction (same length as `ops`).
    pub lines: Vec<u32>,
    /// The columns each instruction comes from (`pack_cols`), for the
    /// markers under a traceback's lines.
    pub cols: Vec<u32>,
    pub consts: Vec<Value>,
    pub names: Vec<Rc<str>>,
    /// Local variable names; parameters first.
    pub varnames: Vec<Rc<str>>,
    pub cellvars: Vec<Rc<str>>,
    pub freevars: Vec<Rc<str>>,
    /// For each cell variable that is also a parameter: (cell index, local index).
    pub cell_params: Vec<(u32, u32)>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub has_varargs: bool,
    pub has_varkw: bool,
    pub first_line: u32,
    /// The docstring a function body starts with.
    pub doc: Option<Rc<str>>,
    /// True for code that must not show in user tracebacks (the asyncio prelude).
    pub hidden: bool,
}

/// A span's first and last columns in one `u32` (16 bits each); a span
/// ending on a later line has `MULTI_LINE` as its last column.
pub fn pack_cols(span: crate::syntax::ast::Span) -> u32 {
    let end = match span.end_line == span.line {
        true => span.end_col.min(MULTI_LINE - 1),
        false => MULTI_LINE,
    };
    span.col.min(0xFFFF) << 16 | end
}

pub const MULTI_LINE: u32 = 0xFFFF;

impl Code {
    pub fn line_at(&self, pc: usize) -> u32 {
        self.lines.get(pc).copied().unwrap_or(self.first_line)
    }

    /// The instruction's first and last columns (`pack_cols`).
    pub fn cols_at(&self, pc: usize) -> Option<(u32, u32)> {
        self.cols.get(pc).map(|c| (c >> 16, c & 0xFFFF))
    }

    pub fn is_generator_like(&self) -> bool {
        matches!(
            self.kind,
            CodeKind::Generator | CodeKind::Coroutine | CodeKind::AsyncGenerator
        )
    }

    /// Number of positional + keyword-only parameters plus `*args`/`**kw` slots.
    pub fn total_params(&self) -> usize {
        (self.argcount + self.kwonlyargcount) as usize
            + self.has_varargs as usize
            + self.has_varkw as usize
    }
}

/// The flag on `ListExtend`/`DictMerge` operands building a call's arguments.
pub const AT_CALL: u32 = 1 << 31;
