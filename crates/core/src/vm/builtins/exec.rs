//! Scopes and code given as text: `globals()`, `locals()`, `compile`,
//! `exec` and `eval`, with CPython's SyntaxError for the text's own
//! mistakes.

use super::*;
use crate::vm::frame::Frame;

/// The names of a map without an order of its own, sorted, with their values.
fn sorted_items(names: &crate::vm::value::NameMap) -> Vec<(Rc<str>, Value)> {
    let mut items: Vec<(Rc<str>, Value)> =
        names.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    crate::sort::sort_by(&mut items, |a, b| a.0.cmp(&b.0));
    items
}

/// The names bound in `frame`'s scope with their values, as CPython's
/// `locals()` has them: a function's variables in the order the code
/// names them, then its cells (a parameter a closure shares keeps its
/// place, with the cell's value); a class body's namespace; the module's
/// names at top level.
pub fn scope_items(frame: &Frame) -> Vec<(Rc<str>, Value)> {
    let code = &frame.code;
    if let Some(ns) = &frame.namespace {
        return sorted_items(&ns.borrow());
    }
    if code.kind == crate::compiler::CodeKind::Module {
        return sorted_items(&frame.globals.borrow());
    }
    let mut items = Vec::new();
    for (name, value) in code.varnames.iter().zip(&frame.locals) {
        if let Some(v) = value {
            items.push((name.clone(), v.clone()));
        }
    }
    let cells = code.cellvars.iter().chain(&code.freevars);
    for (name, cell) in cells.zip(&frame.cells) {
        if let Some(v) = &*cell.borrow() {
            items.push((name.clone(), v.clone()));
        }
    }
    items
}

/// A new dict of `items` (`locals()`, `globals()`: copies here).
pub fn dict_of(items: Vec<(Rc<str>, Value)>) -> Value {
    let mut d = Dict::new();
    for (k, v) in items {
        d.insert(crate::vm::value::Key::Str(k.clone()), Value::Str(k), v);
    }
    Value::Dict(Rc::new(RefCell::new(d)))
}

pub(super) fn b_globals(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(dict_of(sorted_items(&vm.main_globals.borrow())))
}

/// `locals()` with no frame at hand (the call is intercepted with one,
/// see `Vm::invoke`).
pub fn b_locals(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "locals", &args, 0, 0)?;
    b_globals(vm, args)
}

pub(super) fn b_compile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = &args.pos;
    if let Some(n) = ["source", "filename", "mode"].get(pos.len()) {
        return Err(vm.type_error(format!(
            "compile() missing required argument '{n}' (pos {})",
            pos.len() + 1
        )));
    }
    let src = source_text(vm, pos.at(0), "compile")?;
    let (Value::Str(filename), Value::Str(mode)) = (pos.at(1), pos.at(2)) else {
        return Err(vm.type_error("compile() arguments 2 and 3 must be str"));
    };
    if !matches!(&**mode, "exec" | "eval" | "single") {
        return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'"));
    }
    Ok(Value::Code(compile_text(
        vm,
        &src,
        filename,
        &**mode == "eval",
    )?))
}

pub(super) fn source_text(vm: &Vm, v: &Value, func: &str) -> PyResult<String> {
    match v {
        Value::Str(s) => Ok(s.to_string()),
        Value::Bytes(b) => match std::str::from_utf8(b) {
            Ok(s) => Ok(s.to_string()),
            Err(_) => Err(vm.new_exc(ExcKind::SyntaxError, "source code is not valid UTF-8")),
        },
        _ => Err(vm.type_error(format!(
            "{func}() arg 1 must be a string, bytes or code object"
        ))),
    }
}

/// Compile program text handed to `compile`/`exec`/`eval`; its errors are
/// SyntaxErrors carrying `filename`, as CPython raises them.
pub(super) fn compile_text(
    vm: &Vm,
    src: &str,
    filename: &str,
    eval: bool,
) -> PyResult<Rc<crate::compiler::Code>> {
    use crate::syntax::{ast::StmtKind, SyntaxError, SyntaxErrorKind};
    let src = if eval {
        src.trim_start_matches([' ', '\t'])
    } else {
        src
    };
    let module = crate::syntax::parse(src).map_err(|e| {
        match e.msg == crate::stack::TOO_DEEP_TO_COMPILE {
            true => vm.new_exc(ExcKind::RecursionError, e.msg),
            false => syntax_exc(vm, &e, filename),
        }
    })?;
    let code = if eval {
        let extra = match module.body.as_slice() {
            [s] if matches!(s.kind, StmtKind::Expr(_)) => None,
            [] => Some(0),
            [s] | [_, s, ..] => Some(s.span.line),
        };
        if let Some(line) = extra {
            let mut e = SyntaxError::new(SyntaxErrorKind::SyntaxError, "invalid syntax", line, 1);
            e.text = src
                .lines()
                .nth(line.max(1) as usize - 1)
                .map(str::to_string);
            return Err(syntax_exc(vm, &e, filename));
        }
        crate::compiler::compile_eval(&module, filename)
    } else {
        crate::compiler::compile_module(&module, filename, false)
    };
    code.map_err(|e| match e.msg == crate::stack::TOO_DEEP_TO_COMPILE {
        true => vm.new_exc(ExcKind::RecursionError, e.msg),
        false => syntax_exc(vm, &SyntaxError::from_compile(&e, src), filename),
    })
}

pub(super) fn syntax_exc(vm: &Vm, e: &crate::syntax::SyntaxError, filename: &str) -> Interrupt {
    use crate::syntax::SyntaxErrorKind as K;
    let kind = match e.kind {
        K::SyntaxError => ExcKind::SyntaxError,
        K::IndentationError => ExcKind::IndentationError,
        K::TabError => ExcKind::TabError,
        K::Unsupported => return vm.new_exc(ExcKind::NotImplementedError, e.msg.clone()),
    };
    let n = |n: u32| Value::Int(n as i64);
    let text = e.text.as_deref().map_or(Value::None, Value::str);
    let details = [
        Value::str(filename),
        n(e.line),
        n(e.col),
        text,
        n(e.end_line),
        n(e.end_col),
    ];
    let exc = vm.make_exc(
        vm.types.exc(kind),
        vec![Value::str(&e.msg), Value::tuple(details.to_vec())],
    );
    if let Value::Instance(inst) = &exc {
        inst.set_attr(Rc::from("msg"), Value::str(&e.msg));
        let names = [
            "filename",
            "lineno",
            "offset",
            "text",
            "end_lineno",
            "end_offset",
        ];
        for (name, v) in names.into_iter().zip(details) {
            inst.set_attr(Rc::from(name), v);
        }
    }
    Interrupt::Raise(exc)
}

pub(super) fn b_exec(vm: &mut Vm, args: Args) -> PyResult<Value> {
    run_source(vm, args, "exec").map(|_| Value::None)
}

pub(super) fn b_eval(vm: &mut Vm, args: Args) -> PyResult<Value> {
    run_source(vm, args, "eval")
}

/// `exec`/`eval`: without dicts the code runs in the program's globals.
/// Dicts are not name maps: the code runs in a copy of their names, and the
/// names it binds are copied back (into `locals` when given).
pub(super) fn run_source(vm: &mut Vm, args: Args, func: &str) -> PyResult<Value> {
    check_args(vm, func, &args, 1, 3)?;
    let code = match args.at(0) {
        Value::Code(c) => c.clone(),
        v => {
            let src = source_text(vm, v, func)?;
            compile_text(vm, &src, "<string>", func == "eval")?
        }
    };
    let dict = |i: usize| match args.pos.get(i) {
        None | Some(Value::None) => Ok(None),
        Some(Value::Dict(d)) => Ok(Some(d.clone())),
        Some(_) => {
            Err(vm.type_error(["globals must be a dict", "locals must be a mapping"][i - 1]))
        }
    };
    let (globals, locals) = (dict(1)?, dict(2)?);
    let Some(target) = locals.clone().or(globals.clone()) else {
        return vm.run_code(code, vm.main_globals.clone());
    };
    let str_key = |k: &Rc<str>| crate::vm::value::Key::Str(k.clone());
    let mut names = match &globals {
        Some(g) => {
            let key = str_key(&Rc::from("__builtins__"));
            if !g.borrow().contains(&key) {
                let module = Value::Module(Rc::new(ModuleObj {
                    name: Rc::from("builtins"),
                    globals: vm.builtins.clone(),
                }));
                g.borrow_mut()
                    .insert(key, Value::str("__builtins__"), module);
            }
            crate::vm::value::NameMap::default()
        }
        None => vm.main_globals.borrow().clone(),
    };
    for d in globals.iter().chain(locals.iter()) {
        for (k, v) in d.borrow().iter() {
            if let Value::Str(k) = k {
                names.insert(k.clone(), v.clone());
            }
        }
    }
    let ns: Globals = Rc::new(RefCell::new(names));
    let result = vm.run_code(code.clone(), ns.clone());
    let after = ns.borrow();
    let mut t = target.borrow_mut();
    // The names the code binds or deletes, in the order it does.
    for op in &code.ops {
        if let Op::StoreGlobal(i) | Op::DeleteGlobal(i) = *op {
            let k = code.names.at(i as usize);
            match after.get(k) {
                Some(v) => t.insert(str_key(k), Value::Str(k.clone()), v.clone()),
                None => drop(t.remove(&str_key(k))),
            }
        }
    }
    result
}
