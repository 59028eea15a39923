//! `sys`: standard streams, version information, exit.

use super::native_module;
use crate::vm::builtins::{b_exit, check_args, method, write_to};
use crate::vm::exceptions::{new_class, ExcKind};
use crate::vm::interp::Vm;
use crate::vm::object::{Args, ClassKind, Instance, NativeFn};
use crate::vm::value::Value;
use crate::vm::PyResult;
use std::rc::Rc;

pub fn module(vm: &mut Vm) -> Value {
    let stream_class = new_class(
        "TextIOWrapper",
        "_io",
        vec![vm.types.object.clone()],
        ClassKind::Object,
    );
    method(&stream_class, "write", stream_write);
    method(&stream_class, "flush", stream_flush);
    method(&stream_class, "__repr__", stream_repr);
    let stream = |fd: i64| {
        let inst = Instance::new(stream_class.clone());
        inst.set_attr(Rc::from("_fd"), Value::Int(fd));
        Value::Instance(Rc::new(inst))
    };
    let (stdout, stderr) = (stream(1), stream(2));
    const FUNCS: &[(&str, NativeFn)] = &[
        ("exit", b_exit),
        ("getrecursionlimit", getrecursionlimit),
        ("setrecursionlimit", setrecursionlimit),
        ("getswitchinterval", getswitchinterval),
        ("setswitchinterval", setswitchinterval),
        ("exc_info", exc_info),
        ("_format_exception", format_exception),
        ("_caller", caller),
        ("_context_get", context_get),
        ("_stack", sys_stack),
        ("_source", source),
        ("_context_set", context_set),
        ("get_int_max_str_digits", get_int_max_str_digits),
        ("set_int_max_str_digits", set_int_max_str_digits),
    ];
    native_module(
        "sys",
        FUNCS,
        vec![
            ("stdout", stdout.clone()),
            ("stderr", stderr.clone()),
            ("__stdout__", stdout),
            ("__stderr__", stderr),
            ("version", Value::str("3.11.7 (Async Playground)")),
            ("platform", Value::str("linux")),
            ("argv", Value::list(vec![Value::str(&vm.filename.clone())])),
            ("maxsize", Value::Int(i64::MAX)),
        ],
    )
}

fn stream_write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "write", &args, 2, 2)?;
    let text = match args.at(1) {
        Value::Str(s) => s.clone(),
        other => {
            return Err(vm.type_error(format!(
                "write() argument must be str, not {}",
                vm.type_name(other)
            )))
        }
    };
    write_to(vm, Some(args.at(0).clone()), &text)?;
    Ok(Value::Int(text.chars().count() as i64))
}

fn stream_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = match vm.get_attr(args.at(0), "_fd")? {
        Value::Int(2) => "stderr",
        _ => "stdout",
    };
    Ok(Value::str(&format!(
        "<_io.TextIOWrapper name='<{name}>' mode='w' encoding='utf-8'>"
    )))
}

fn stream_flush(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn getrecursionlimit(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(vm.budgets.max_recursion as i64))
}

fn setrecursionlimit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "sys.setrecursionlimit", &args, 1, 1)?;
    let n = match *args.at(0) {
        Value::Int(n) if n <= i32::MAX as i64 => n,
        Value::Bool(b) => b as i64,
        Value::Int(_) | Value::BigInt(_) => {
            return Err(vm.new_exc(
                ExcKind::OverflowError,
                "Python int too large to convert to C int",
            ))
        }
        ref other => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(other)
            )))
        }
    };
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    let n = n as usize;
    if n <= vm.depth {
        return Err(vm.new_exc(
            ExcKind::RecursionError,
            format!(
                "cannot set the recursion limit to {n} at the recursion depth {}: the limit is too low",
                vm.depth
            ),
        ));
    }
    // Python frames live on the heap; a million of them is plenty.
    vm.budgets.max_recursion = n.min(1_000_000);
    Ok(Value::None)
}

fn get_int_max_str_digits(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "get_int_max_str_digits", &args, 0, 0)?;
    Ok(Value::Int(vm.int_max_str_digits as i64))
}

fn set_int_max_str_digits(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let name = "set_int_max_str_digits";
    if let Some(v) = args.take_kw("maxdigits") {
        args.pos.push(v);
    }
    let Some(v) = args.pos.first() else {
        return Err(vm.type_error(format!(
            "{name}() missing required argument 'maxdigits' (pos 1)"
        )));
    };
    check_args(vm, name, &args, 1, 1)?;
    match *v {
        Value::Int(n) if n == 0 || n >= 640 => vm.int_max_str_digits = n as usize,
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            return Err(vm.value_error("maxdigits must be 0 or larger than 640"))
        }
        _ => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            )))
        }
    }
    Ok(Value::None)
}

/// How long a thread holds the GIL while another wants it (seconds of the
/// virtual clock's pace; see `threads`).
fn getswitchinterval(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "getswitchinterval", &args, 0, 0)?;
    Ok(Value::Float(vm.threads.switch_interval))
}

fn setswitchinterval(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "setswitchinterval", &args, 1, 1)?;
    let Some(seconds) = vm.to_f64(args.at(0))? else {
        return Err(vm.type_error(format!(
            "must be real number, not {}",
            vm.type_name(args.at(0))
        )));
    };
    if seconds <= 0.0 {
        return Err(vm.value_error("switch interval must be strictly positive"));
    }
    vm.threads.switch_interval = seconds;
    Ok(Value::None)
}

fn exc_info(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(match vm.handled_exc.clone() {
        Some(e) => {
            let tb = vm.get_attr(&e, "__traceback__")?;
            Value::tuple(vec![Value::Class(vm.class_of(&e)), e, tb])
        }
        None => Value::tuple(vec![Value::None, Value::None, Value::None]),
    })
}

/// An exception's traceback text as the interpreter prints it (`traceback`).
fn format_exception(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "_format_exception", &args, 1, 1)?;
    let text = vm.format_exception(args.at(0))?;
    Ok(Value::str(&text))
}

/// Line of the program's latest call, and its source (where `sys._stack()`
/// finds no frame of the program).
fn caller(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let line = vm
        .source_lines
        .get((vm.user_line as usize).wrapping_sub(1))
        .map(|l| Value::str(l.trim()))
        .unwrap_or(Value::None);
    Ok(Value::tuple(vec![
        Value::Int(vm.user_line as i64),
        Value::str("<module>"),
        line,
    ]))
}

/// `contextvars`' current mapping (see `Vm::context_get`).
fn context_get(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.context_get())
}

fn context_set(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "_context_set", &args, 1, 1)?;
    vm.context_set(args.at(0).clone());
    Ok(Value::None)
}

/// `sys._stack()`: `(line, function, source line or None, file)` for each
/// frame a stack taken here shows, outermost first (inside a running loop,
/// CPython's own frames down to the task; None for our library's hidden
/// frames); the interpreter answers it (see `Vm::invoke`).
pub fn sys_stack(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::list(Vec::new()))
}

#[inline(never)]
pub fn stack_of(vm: &Vm, fiber: &crate::vm::frame::Fiber) -> Value {
    let frames = crate::asyncio::library::stack(vm, fiber);
    let frame = |(code, line): &(Rc<crate::compiler::Code>, u32)| {
        let src = if code.hidden {
            None
        } else if let Some(text) = crate::asyncio::library::source_line(&code.filename, *line) {
            Some(text)
        } else {
            vm.source_lines
                .get((*line as usize).wrapping_sub(1))
                .map(|s| s.as_str())
        };
        Value::tuple(vec![
            Value::Int(*line as i64),
            Value::Str(code.name.clone()),
            src.map_or(Value::None, |s| Value::str(s.trim())),
            Value::Str(code.filename.clone()),
        ])
    };
    Value::list(frames.iter().map(frame).collect())
}

/// The program's own source: `main.py` is a file it can open.
fn source(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let mut text = vm.source_lines.join("\n");
    text.push('\n');
    Ok(Value::str(&text))
}
