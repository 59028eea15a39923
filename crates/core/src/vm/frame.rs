//! Frames and fibers. A frame is one activation of a code object; a fiber is
//! a stack of frames the dispatch loop runs (the main program, one task
//! step, or a nested call from native code). Generators own their frame
//! while suspended and lend it to a fiber while running.

use crate::at::At;
use crate::cell::RefCell;
use crate::compiler::Code;
use crate::vm::object::{Generator, Globals};
use crate::vm::value::{CellRef, NameMap, Value};
use std::rc::Rc;

/// A `try` handler or an active `except` body on the block stack.
#[derive(Clone, Copy, Debug)]
pub struct Block {
    /// Handler address, or `EXCEPT_BODY` for an active handler.
    pub handler: u32,
    pub depth: u32,
}

pub const EXCEPT_BODY: u32 = u32::MAX;

pub type Namespace = Rc<RefCell<NameMap>>;

#[derive(Debug)]
pub struct Frame {
    pub code: Rc<Code>,
    /// Next instruction.
    pub pc: usize,
    /// Instruction being executed (for line numbers).
    pub lasti: usize,
    pub stack: Vec<Value>,
    pub locals: Vec<Option<Value>>,
    pub cells: Vec<CellRef>,
    pub globals: Globals,
    /// Class bodies store names here.
    pub namespace: Option<Namespace>,
    pub blocks: Vec<Block>,
    /// Exceptions being handled (innermost last), for bare `raise` and `__context__`.
    pub handled: Vec<Value>,
}

impl Drop for Frame {
    fn drop(&mut self) {
        let locals = self.locals.iter().flatten();
        if locals.chain(&self.stack).any(crate::vm::value::dies_nested) {
            let mut values: Vec<Value> = self.locals.drain(..).flatten().collect();
            values.append(&mut self.stack);
            crate::vm::value::release(values);
        }
    }
}

impl Frame {
    /// Pops the value stack (the compiler never lets it run dry). Calls
    /// share this one `expect` and its source location.
    pub fn pop(&mut self) -> Value {
        self.stack.pop().expect("stack")
    }

    /// The value on top of the stack, to change in place.
    pub fn top_mut(&mut self) -> &mut Value {
        self.stack.last_mut().expect("stack")
    }

    /// The code's name `i` (globals, attributes, imports).
    pub fn name(&self, i: u32) -> Rc<str> {
        self.code.names.at(i as usize).clone()
    }

    /// The value on top of the stack.
    pub fn top(&self) -> &Value {
        self.stack.last().expect("stack")
    }

    pub fn new(
        code: Rc<Code>,
        globals: Globals,
        locals: Vec<Option<Value>>,
        cells: Vec<CellRef>,
    ) -> Frame {
        Frame {
            stack: Vec::with_capacity(4),
            code,
            pc: 0,
            lasti: 0,
            locals,
            cells,
            globals,
            namespace: None,
            blocks: Vec::new(),
            handled: Vec::new(),
        }
    }

    pub fn line(&self) -> u32 {
        self.code.line_at(self.lasti)
    }
}

/// Where a finished frame's result goes.
#[derive(Debug)]
pub enum ReturnCtx {
    /// The fiber's first frame: its result ends the run.
    Bottom,
    /// Push the result on the caller's stack.
    Call,
    /// Drop the result (a property's setter run by `StoreAttr`).
    Discard,
    /// An `__init__`: discard its `None`, push the new instance.
    Init(Value),
    /// A generator driven by the caller's `YieldFrom`.
    YieldFrom,
    /// A generator driven by the caller's `ForIter`.
    ForIter,
}

#[derive(Debug)]
pub struct Entry {
    pub frame: Box<Frame>,
    pub owner: Option<Rc<RefCell<Generator>>>,
    pub ctx: ReturnCtx,
}

/// How to continue a fiber that was suspended.
#[derive(Debug)]
pub enum Resume {
    /// Push this value on the top frame's stack and go on.
    Push(Value),
    /// Raise this exception in the top frame.
    Raise(Value),
    /// Nothing to deliver (a time slice ended).
    Continue,
}

#[derive(Debug, Default)]
pub struct Fiber {
    pub entries: Vec<Entry>,
    pub resume: Option<Resume>,
}

impl Fiber {
    /// The running frame's entry (a fiber being run has one). Calls share
    /// this one `expect` and its source location.
    pub fn top_entry(&mut self) -> &mut Entry {
        self.entries.last_mut().expect("frame")
    }

    pub fn top_line(&self) -> Option<u32> {
        self.entries.last().map(|e| e.frame.line())
    }

    /// The line of the innermost frame in the file of the bottom one: where
    /// the program stands when a library it called blocks (0: no frame).
    pub fn program_line(&self) -> u32 {
        let file = self.entries.first().map(|e| &e.frame.code.filename);
        self.entries
            .iter()
            .rev()
            .find(|e| Some(&e.frame.code.filename) == file)
            .map_or(0, |e| e.frame.line())
    }
}

/// How a fiber's run ended.
#[derive(Debug)]
pub enum FiberOutcome {
    Returned(Value),
    Raised(Value),
    /// The bottom generator frame yielded.
    Yielded(Value),
    /// Paused: time slice over, blocking call, or a request to run the loop.
    Suspended(crate::vm::Suspension),
    /// The program must stop (budget exhausted, `sys.exit`).
    Fatal(crate::vm::Fatal),
}
