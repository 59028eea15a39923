//! Built-in types, the exception hierarchy, and tracebacks printed the way
//! CPython prints them.

use crate::at::{At, Part, VecAt};
use crate::cell::RefCell;
use crate::compiler::Code;
use crate::vm::interp::Vm;
use crate::vm::loops::LoopLibrary;
use crate::vm::object::{Class, ClassKind, Instance};
use crate::vm::value::Value;
use crate::vm::PyResult;
use std::rc::Rc;

macro_rules! exc_kinds {
    ($( $kind:ident : $parent:ident ),* $(,)?) => {
        /// The built-in exception classes the VM raises itself.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum ExcKind { BaseException, $( $kind ),* }

        impl ExcKind {
            pub const ALL: &'static [(ExcKind, ExcKind)] = &[ $( (ExcKind::$kind, ExcKind::$parent) ),* ];

            pub fn name(self) -> &'static str {
                match self {
                    ExcKind::BaseException => "BaseException",
                    $( ExcKind::$kind => stringify!($kind), )*
                }
            }
        }
    };
}

exc_kinds! {
    Exception: BaseException,
    SystemExit: BaseException,
    KeyboardInterrupt: BaseException,
    GeneratorExit: BaseException,
    BaseExceptionGroup: BaseException,
    CancelledError: BaseException,
    ExceptionGroup: BaseExceptionGroup,
    ArithmeticError: Exception,
    ZeroDivisionError: ArithmeticError,
    OverflowError: ArithmeticError,
    FloatingPointError: ArithmeticError,
    AssertionError: Exception,
    AttributeError: Exception,
    BufferError: Exception,
    EOFError: Exception,
    ImportError: Exception,
    ModuleNotFoundError: ImportError,
    LookupError: Exception,
    IndexError: LookupError,
    KeyError: LookupError,
    MemoryError: Exception,
    NameError: Exception,
    UnboundLocalError: NameError,
    OSError: Exception,
    ConnectionError: OSError,
    BrokenPipeError: ConnectionError,
    ConnectionAbortedError: ConnectionError,
    ConnectionRefusedError: ConnectionError,
    ConnectionResetError: ConnectionError,
    FileNotFoundError: OSError,
    FileExistsError: OSError,
    IsADirectoryError: OSError,
    PermissionError: OSError,
    TimeoutError: OSError,
    BlockingIOError: OSError,
    ChildProcessError: OSError,
    InterruptedError: OSError,
    NotADirectoryError: OSError,
    ProcessLookupError: OSError,
    ReferenceError: Exception,
    RuntimeError: Exception,
    NotImplementedError: RuntimeError,
    RecursionError: RuntimeError,
    StopIteration: Exception,
    StopAsyncIteration: Exception,
    SyntaxError: Exception,
    IndentationError: SyntaxError,
    TabError: IndentationError,
    SystemError: Exception,
    TypeError: Exception,
    ValueError: Exception,
    UnicodeError: ValueError,
    UnicodeDecodeError: UnicodeError,
    UnicodeEncodeError: UnicodeError,
    InvalidStateError: Exception,
    QueueEmpty: Exception,
    QueueFull: Exception,
    Warning: Exception,
    UserWarning: Warning,
    DeprecationWarning: Warning,
    RuntimeWarning: Warning,
    PendingDeprecationWarning: Warning,
    FutureWarning: Warning,
    ImportWarning: Warning,
    ResourceWarning: Warning,
    SyntaxWarning: Warning,
    UnicodeWarning: Warning,
    BytesWarning: Warning,
    EncodingWarning: Warning,
}

/// Every built-in class the VM needs by handle.
pub struct Types {
    pub object: Rc<Class>,
    pub type_: Rc<Class>,
    pub none: Rc<Class>,
    pub bool_: Rc<Class>,
    pub int: Rc<Class>,
    pub float: Rc<Class>,
    pub str_: Rc<Class>,
    pub bytes: Rc<Class>,
    pub list: Rc<Class>,
    pub tuple: Rc<Class>,
    pub dict: Rc<Class>,
    pub set: Rc<Class>,
    pub frozenset: Rc<Class>,
    pub range: Rc<Class>,
    pub slice: Rc<Class>,
    pub function: Rc<Class>,
    pub builtin_function: Rc<Class>,
    pub method: Rc<Class>,
    pub module: Rc<Class>,
    pub generator: Rc<Class>,
    pub coroutine: Rc<Class>,
    pub async_generator: Rc<Class>,
    pub iterator: Rc<Class>,
    pub code: Rc<Class>,
    pub cell: Rc<Class>,
    pub ellipsis: Rc<Class>,
    pub not_implemented: Rc<Class>,
    pub property: Rc<Class>,
    pub classmethod: Rc<Class>,
    pub staticmethod: Rc<Class>,
    pub super_: Rc<Class>,
    pub traceback: Rc<Class>,
    pub frame: Rc<Class>,
    pub future: Rc<Class>,
    pub task: Rc<Class>,
    pub event_loop: Rc<Class>,
    /// `call_soon`'s handles (`TimerHandle` is a subclass, for timers).
    pub handle: Rc<Class>,
    pub timer_handle: Rc<Class>,
    /// The built-in exception classes, indexed by `ExcKind as usize`.
    pub exceptions: Vec<Rc<Class>>,
    /// `list_iterator`, `range_iterator`, ...: subclasses of `iterator` made on first use.
    pub iterator_kinds: RefCell<Vec<Rc<Class>>>,
}

pub fn new_class(name: &str, module: &str, bases: Vec<Rc<Class>>, kind: ClassKind) -> Rc<Class> {
    let mro = linearize(&bases).unwrap_or_default();
    Rc::new(Class {
        name: Rc::from(name),
        qualname: RefCell::new(Rc::from(name)),
        module: Rc::from(module),
        bases,
        mro,
        dict: RefCell::new(crate::vm::value::NameMap::default()),
        kind,
        meta: None,
        has_del: Default::default(),
    })
}

/// C3 linearization of the bases' MROs (the class itself excluded), or
/// CPython's message when there is none.
pub fn linearize(bases: &[Rc<Class>]) -> Result<Vec<Rc<Class>>, String> {
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|c| Rc::ptr_eq(c, b)) {
            return Err(format!("duplicate base class {}", b.name));
        }
    }
    let mut seqs: Vec<Vec<Rc<Class>>> = bases
        .iter()
        .map(|b| {
            let mut v = vec![b.clone()];
            v.extend(b.mro.iter().cloned());
            v
        })
        .collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<Rc<Class>> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut picked = None;
        for s in &seqs {
            let cand = s.at(0);
            let in_tail = seqs
                .iter()
                .any(|t| t.part(1..).iter().any(|c| Rc::ptr_eq(c, cand)));
            if !in_tail {
                picked = Some(cand.clone());
                break;
            }
        }
        let Some(cand) = picked else {
            let mut heads: Vec<&Rc<Class>> = Vec::new();
            for s in &seqs {
                if !heads.iter().any(|h| Rc::ptr_eq(h, s.at(0))) {
                    heads.push(s.at(0));
                }
            }
            let names: Vec<&str> = heads.iter().map(|c| &*c.name).collect();
            return Err(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            ));
        };
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(s.at(0), &cand) {
                s.remove_at(0);
            }
        }
        if !out.iter().any(|c| Rc::ptr_eq(c, &cand)) {
            out.push(cand);
        }
    }
}

impl Types {
    pub fn new() -> Types {
        let object = new_class("object", "builtins", vec![], ClassKind::Builtin);
        let b = |name: &str| new_class(name, "builtins", vec![object.clone()], ClassKind::Builtin);
        let int = b("int");
        let bool_ = new_class("bool", "builtins", vec![int.clone()], ClassKind::Builtin);
        let handle = new_class(
            "Handle",
            "asyncio.events",
            vec![object.clone()],
            ClassKind::Builtin,
        );
        let mut exceptions = Vec::with_capacity(ExcKind::ALL.len() + 1);
        let base_exc = new_class(
            "BaseException",
            "builtins",
            vec![object.clone()],
            ClassKind::Exception,
        );
        exceptions.push(base_exc);
        for (kind, parent) in ExcKind::ALL {
            let module = match kind {
                ExcKind::CancelledError | ExcKind::InvalidStateError => "asyncio.exceptions",
                ExcKind::QueueEmpty | ExcKind::QueueFull => "asyncio.queues",
                _ => "builtins",
            };
            let mut bases = vec![exceptions.at(*parent as usize).clone()];
            if *kind == ExcKind::ExceptionGroup {
                bases.push(exceptions.at(ExcKind::Exception as usize).clone());
            }
            debug_assert_eq!(exceptions.len(), *kind as usize);
            let cls = new_class(kind.name(), module, bases, ClassKind::Exception);
            exceptions.push(cls);
        }
        let future = new_class(
            "Future",
            "_asyncio",
            vec![object.clone()],
            ClassKind::Builtin,
        );
        let task = new_class("Task", "_asyncio", vec![future.clone()], ClassKind::Builtin);
        Types {
            type_: b("type"),
            none: b("NoneType"),
            bool_,
            int,
            float: b("float"),
            str_: b("str"),
            bytes: b("bytes"),
            list: b("list"),
            tuple: b("tuple"),
            dict: b("dict"),
            set: b("set"),
            frozenset: b("frozenset"),
            range: b("range"),
            slice: b("slice"),
            function: b("function"),
            builtin_function: b("builtin_function_or_method"),
            method: b("method"),
            module: b("module"),
            generator: b("generator"),
            coroutine: b("coroutine"),
            async_generator: b("async_generator"),
            iterator: b("iterator"),
            code: b("code"),
            cell: b("cell"),
            ellipsis: b("ellipsis"),
            not_implemented: b("NotImplementedType"),
            property: new_class(
                "property",
                "builtins",
                vec![object.clone()],
                ClassKind::Object,
            ),
            classmethod: new_class(
                "classmethod",
                "builtins",
                vec![object.clone()],
                ClassKind::Object,
            ),
            staticmethod: new_class(
                "staticmethod",
                "builtins",
                vec![object.clone()],
                ClassKind::Object,
            ),
            super_: new_class("super", "builtins", vec![object.clone()], ClassKind::Object),
            traceback: new_class(
                "traceback",
                "builtins",
                vec![object.clone()],
                ClassKind::Object,
            ),
            frame: new_class("frame", "builtins", vec![object.clone()], ClassKind::Object),
            future,
            task,
            event_loop: new_class(
                "_UnixSelectorEventLoop",
                "asyncio.unix_events",
                vec![object.clone()],
                ClassKind::Builtin,
            ),
            timer_handle: new_class(
                "TimerHandle",
                "asyncio.events",
                vec![handle.clone()],
                ClassKind::Builtin,
            ),
            handle,
            object,
            exceptions,
            iterator_kinds: RefCell::new(Vec::new()),
        }
    }

    pub fn exc(&self, kind: ExcKind) -> Rc<Class> {
        self.exceptions.at(kind as usize).clone()
    }
}

impl Default for Types {
    fn default() -> Self {
        Types::new()
    }
}

/// CPython 3.11's "Did you mean" suggestion for a misspelt name.
pub fn suggest(name: &str, candidates: &[Rc<str>]) -> Option<Rc<str>> {
    const MOVE_COST: usize = 2;
    let mut best: Option<(usize, Rc<str>)> = None;
    let mut sorted: Vec<&Rc<str>> = candidates.iter().collect();
    crate::sort::sort(&mut sorted);
    sorted.dedup();
    for cand in sorted {
        if &**cand == name {
            continue;
        }
        let max = (name.len() + cand.len() + 3) * MOVE_COST / 6;
        let d = levenshtein(name, cand, max + 1);
        if d > max {
            continue;
        }
        if best.as_ref().map(|(bd, _)| d < *bd).unwrap_or(true) {
            best = Some((d, cand.clone()));
        }
    }
    best.map(|(_, s)| s)
}

/// Edit distance with CPython's costs: a case change costs 1, anything else 2.
fn levenshtein(a: &str, b: &str, limit: usize) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) * 2 > limit {
        return limit + 1;
    }
    let mut prev: Vec<usize> = (0..=b.len()).map(|j| j * 2).collect();
    for i in 1..=a.len() {
        let mut cur = vec![i * 2; b.len() + 1];
        for j in 1..=b.len() {
            let sub = if *a.at(i - 1) == *b.at(j - 1) {
                0
            } else if a.at(i - 1).eq_ignore_ascii_case(b.at(j - 1)) {
                1
            } else {
                2
            };
            *cur.at_mut(j) = (*prev.at(j - 1) + sub)
                .min(*prev.at(j) + 2)
                .min(*cur.at(j - 1) + 2);
        }
        prev = cur;
    }
    *prev.at(b.len())
}

/// Does a traceback show this frame: the program's, or our library's where
/// it stands for a line of CPython's?
fn shown(code: &Code, pc: u32) -> bool {
    let line = code.line_at(pc as usize);
    !code.hidden || crate::modules::cpython_place(code, line).is_some()
}

/// 3.11's markers under a traceback's source line: `^` under the columns
/// `col..end` the failing instruction comes from (`end` is `MULTI_LINE` for
/// one ending on a later line: then to the line's end); a binary operation
/// or a subscript gets `~` under its operands and `^` under its operator or
/// index. Nothing when the markers would cover the whole line. Widths are
/// the terminal's: a wide character (CJK) takes two columns.
fn markers(line: &str, col: usize, end: usize) -> String {
    let chars: Vec<char> = line.chars().collect();
    let multi = end == crate::compiler::bytecode::MULTI_LINE as usize;
    let end = match multi {
        true => line.trim_end().chars().count(),
        false => end.min(chars.len()),
    };
    let start = col.min(end);
    let segment = &chars[start..end];
    let anchors = if multi { None } else { anchors(segment) };
    let stripped = line.trim().chars().count();
    if end - start >= stripped && anchors.is_none_or(|(l, r)| r <= l) {
        return String::new();
    }
    let lead = chars.len() - line.trim_start().chars().count();
    let width = |cs: &[char]| {
        cs.iter()
            .map(|&c| if wide(c) { 2 } else { 1 })
            .sum::<usize>()
    };
    let mut out = " ".repeat(4 + width(&chars[..start]) - width(&chars[..lead]));
    let (left, right) = anchors.unwrap_or((0, segment.len()));
    let (left, right) = (left.min(segment.len()), right.min(segment.len()).max(left));
    let (primary, secondary) = if anchors.is_some() {
        ('~', '^')
    } else {
        ('^', '^')
    };
    for (range, mark) in [
        (0..left, primary),
        (left..right, secondary),
        (right..segment.len(), primary),
    ] {
        out.extend(std::iter::repeat_n(mark, width(&segment[range])));
    }
    out.push('\n');
    out
}

/// Where a binary operation's operator or a subscript's index starts and
/// ends in `segment` (parsed as CPython's traceback parses it), if it is one.
fn anchors(segment: &[char]) -> Option<(usize, usize)> {
    use crate::syntax::ast::{ExprKind, StmtKind};
    let text: String = segment.iter().collect();
    let module = crate::syntax::parse(&text).ok()?;
    let [stmt] = &module.body[..] else {
        return None;
    };
    let StmtKind::Expr(expr) = &stmt.kind else {
        return None;
    };
    let at = |i: usize| segment.get(i).copied();
    match &expr.kind {
        ExprKind::BinOp { left, right, .. } => {
            // The operator: after the left operand's end, past spaces.
            let (from, to) = (left.span.end_col as usize, right.span.col as usize);
            let gap = &segment[from.min(to)..to];
            let skip = gap.iter().take_while(|c| c.is_whitespace()).count();
            let mut l = from + skip;
            let mut r = l + 1;
            if gap.get(skip + 1).is_some_and(|c| !c.is_whitespace()) {
                r += 1;
            }
            while at(l).is_some_and(|c| c.is_whitespace() || c == ')' || c == '#') {
                l += 1;
                r += 1;
            }
            Some((l, r))
        }
        ExprKind::Subscript { value, index } => {
            let mut l = value.span.end_col as usize;
            let mut r = index.span.end_col as usize + 1;
            while at(l).is_some_and(|c| c != '[') {
                l += 1;
            }
            while at(r).is_some_and(|c| c != ']') {
                r += 1;
            }
            if r < segment.len() {
                r += 1;
            }
            Some((l, r))
        }
        _ => None,
    }
}

/// Whether a terminal shows `c` two columns wide (the East Asian wide and
/// fullwidth blocks: CJK, kana, Hangul, fullwidth forms, emoji).
fn wide(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF | 0xA000..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF
        | 0xFE30..=0xFE4F | 0xFF00..=0xFF60 | 0xFFE0..=0xFFE6 | 0x1F300..=0x1F64F
        | 0x1F900..=0x1F9FF | 0x20000..=0x3FFFD)
}

/// The `OSError` subclass `OSError(errno, strerror)` makes (Linux's numbers).
pub fn os_error_kind(errno: &Value) -> ExcKind {
    use ExcKind::*;
    match errno {
        Value::Int(1 | 13) => PermissionError,
        Value::Int(2) => FileNotFoundError,
        Value::Int(3) => ProcessLookupError,
        Value::Int(4) => InterruptedError,
        Value::Int(10) => ChildProcessError,
        Value::Int(11 | 114 | 115) => BlockingIOError,
        Value::Int(17) => FileExistsError,
        Value::Int(20) => NotADirectoryError,
        Value::Int(21) => IsADirectoryError,
        Value::Int(32 | 108) => BrokenPipeError,
        Value::Int(103) => ConnectionAbortedError,
        Value::Int(104) => ConnectionResetError,
        Value::Int(110) => TimeoutError,
        Value::Int(111) => ConnectionRefusedError,
        _ => OSError,
    }
}

impl Vm {
    /// `Traceback (most recent call last): ...` for an uncaught exception,
    /// with its cause/context chain, as CPython prints it.
    pub fn format_exception(&mut self, exc: &Value) -> PyResult<String> {
        // An exception group in boxes, as CPython draws it: lib/_exceptiongroup.py
        // (which formats each exception in the boxes through here).
        let group = self.types.exc(ExcKind::BaseExceptionGroup);
        if !self.drawing_group
            && matches!(exc, Value::Instance(i) if i.class.is_subclass_of(&group))
        {
            self.drawing_group = true;
            let text = self
                .import_module("_exceptiongroup")
                .and_then(|m| self.get_attr(&m, "_format"))
                .and_then(|f| self.call(&f, vec![exc.clone()]));
            self.drawing_group = false;
            if let Ok(Value::Str(s)) = text {
                return Ok(s.to_string());
            }
        }
        let mut out = String::new();
        let mut seen: Vec<usize> = Vec::new();
        self.format_chain(exc, &mut out, &mut seen)?;
        Ok(out)
    }

    fn format_chain(
        &mut self,
        exc: &Value,
        out: &mut String,
        seen: &mut Vec<usize>,
    ) -> PyResult<()> {
        seen.push(exc.identity());
        let (cause, context, suppress) = match exc {
            Value::Instance(inst) => match &inst.exc {
                Some(d) => {
                    let d = d.borrow();
                    (d.cause.clone(), d.context.clone(), d.suppress_context)
                }
                None => (None, None, false),
            },
            _ => (None, None, false),
        };
        if let Some(c) = cause.filter(|c| !seen.contains(&c.identity())) {
            self.format_chain(&c, out, seen)?;
            out.push_str(
                "\nThe above exception was the direct cause of the following exception:\n\n",
            );
        } else if let Some(c) = context.filter(|c| !suppress && !seen.contains(&c.identity())) {
            self.format_chain(&c, out, seen)?;
            out.push_str(
                "\nDuring handling of the above exception, another exception occurred:\n\n",
            );
        }
        self.format_single(exc, out)
    }

    fn format_single(&mut self, exc: &Value, out: &mut String) -> PyResult<()> {
        let tb: Vec<(Rc<crate::compiler::Code>, u32)> = match exc {
            Value::Instance(inst) => inst
                .exc
                .as_ref()
                .map(|d| d.borrow().traceback.clone())
                .unwrap_or_default(),
            _ => Vec::new(),
        };
        let visible: Vec<&(Rc<crate::compiler::Code>, u32)> =
            tb.iter().rev().filter(|(c, pc)| shown(c, *pc)).collect();
        if !visible.is_empty() {
            out.push_str("Traceback (most recent call last):\n");
            let mut last: Option<(String, u32, String)> = None;
            let mut repeats = 0usize;
            for (code, pc) in visible {
                let line = code.line_at(*pc as usize);
                let key = (code.filename.to_string(), line, code.name.to_string());
                if last.as_ref() == Some(&key) {
                    repeats += 1;
                    if repeats >= 3 {
                        continue;
                    }
                } else {
                    if repeats >= 3 {
                        let n = repeats - 2;
                        out.push_str(&format!(
                            "  [Previous line repeated {} more time{}]\n",
                            n,
                            if n == 1 { "" } else { "s" }
                        ));
                    }
                    repeats = 0;
                }
                out.push_str(&self.frame_text(code, *pc));
                last = Some(key);
            }
            if repeats >= 3 {
                let n = repeats - 2;
                out.push_str(&format!(
                    "  [Previous line repeated {} more time{}]\n",
                    n,
                    if n == 1 { "" } else { "s" }
                ));
            }
        }
        if let Some((_, t)) = self.syntax_details(exc) {
            // The `File "<string>", line 1` block with the text and carets.
            let n = |v: &Value| if let Value::Int(i) = v { *i as u32 } else { 0 };
            let kind = crate::syntax::SyntaxErrorKind::SyntaxError;
            let mut e = crate::syntax::SyntaxError::new(kind, "", n(t.at(1)), n(t.at(2)));
            e.text = match t.at(3) {
                Value::Str(s) => Some(s.to_string()),
                _ => None,
            };
            if let [_, _, _, _, end_line, end_col, ..] = &t[..] {
                (e.end_line, e.end_col) = (n(end_line), n(end_col));
            }
            let block = e.render(&self.str_of(&t[0])?);
            if let Some((lines, _)) = block.trim_end().rsplit_once('\n') {
                out.push_str(lines);
                out.push('\n');
            }
        }
        out.push_str(&self.exception_line(exc)?);
        out.push('\n');
        // `add_note()`'s notes, a line each (a `__notes__` that is not a
        // sequence is shown by its repr, with no newline, as CPython does).
        if let Some(notes) = self.get_attr_opt(exc, "__notes__")? {
            match notes {
                Value::List(_) | Value::Tuple(_) | Value::Str(_) => {
                    for note in self.iterate(&notes)? {
                        out.push_str(&self.str_of(&note)?);
                        out.push('\n');
                    }
                }
                other => out.push_str(&self.repr(&other)?),
            }
        }
        Ok(())
    }

    /// A traceback's lines for one frame: where, the source line, and the
    /// markers under it.
    fn frame_text(&self, code: &Code, pc: u32) -> String {
        let line = code.line_at(pc as usize);
        // Where it is: CPython's place for a line of our library that stands
        // for one of CPython's (the text is the same), else its own.
        let (path, at, function, src) = match crate::modules::cpython_place(code, line) {
            Some((path, at, function, text)) => (path, at, function, Some(text)),
            None => (
                code.filename.to_string(),
                line,
                code.name.clone(),
                self.source_line(&code.filename, line),
            ),
        };
        let mut out = format!("  File \"{path}\", line {at}, in {function}\n");
        if let Some(src) = src {
            out.push_str(&format!("    {}\n", src.trim()));
            if let Some((col, end)) = code.cols_at(pc as usize) {
                out.push_str(&markers(&src, col as usize, end as usize));
            }
        }
        out
    }

    /// `exc.__traceback__`: a `traceback` object per frame the exception
    /// has passed through (outermost first, linked by `tb_next`), with its
    /// frame (`f_code`, `f_lineno`), line and instruction, and its lines as
    /// a traceback prints them (`_text`, for the `traceback` module).
    pub fn traceback_object(&self, entries: &[(Rc<Code>, u32)]) -> Value {
        let mut next = Value::None;
        for (code, pc) in entries.iter().filter(|(c, pc)| shown(c, *pc)) {
            let line = Value::Int(code.line_at(*pc as usize) as i64);
            let frame = Instance::new(self.types.frame.clone());
            frame.set_attr(Rc::from("f_code"), Value::Code(code.clone()));
            frame.set_attr(Rc::from("f_lineno"), line.clone());
            let tb = Instance::new(self.types.traceback.clone());
            for (name, value) in [
                ("tb_frame", Value::Instance(Rc::new(frame))),
                ("tb_lineno", line),
                ("tb_lasti", Value::Int(*pc as i64 * 2)),
                ("tb_next", next),
                ("_text", Value::str(&self.frame_text(code, *pc))),
            ] {
                tb.set_attr(Rc::from(name), value);
            }
            next = Value::Instance(Rc::new(tb));
        }
        next
    }

    /// A SyntaxError's message and its (filename, lineno, offset, text, ...).
    pub fn syntax_details(&self, exc: &Value) -> Option<(Value, Rc<[Value]>)> {
        let Value::Instance(inst) = exc else {
            return None;
        };
        if !inst
            .class
            .is_subclass_of(&self.types.exc(ExcKind::SyntaxError))
        {
            return None;
        }
        match inst.exc.as_ref()?.borrow().args.as_slice() {
            [msg, Value::Tuple(t)] if t.len() >= 4 => Some((msg.clone(), t.clone())),
            _ => None,
        }
    }

    fn source_line(&self, filename: &str, line: u32) -> Option<String> {
        if let Some(text) = <Vm as LoopLibrary>::source_line(filename, line) {
            return Some(text.to_string());
        }
        if filename != &*self.filename || line == 0 {
            return None;
        }
        self.source_lines
            .get(line as usize - 1)
            .map(|s| s.to_string())
            .filter(|s| !s.trim().is_empty())
    }

    /// The final `Type: message` line.
    pub fn exception_line(&mut self, exc: &Value) -> PyResult<String> {
        let cls = self.class_of(exc);
        let name = if matches!(&*cls.module, "builtins" | "__main__") {
            cls.qualname.borrow().to_string()
        } else {
            format!("{}.{}", cls.module, cls.qualname.borrow())
        };
        let mut msg = match self.syntax_details(exc) {
            Some((m, _)) => self.str_of(&m)?,
            None => self.str_of(exc)?,
        };
        if let Value::Instance(inst) = exc {
            if let Some(s) = inst
                .exc
                .as_ref()
                .and_then(|d| d.borrow().suggestion.clone())
            {
                msg.push_str(&format!(". Did you mean: '{s}'?"));
            }
        }
        Ok(if msg.is_empty() {
            name
        } else {
            format!("{name}: {msg}")
        })
    }
}
