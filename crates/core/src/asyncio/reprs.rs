//! Reprs of futures and tasks exactly as CPython 3.11 writes them, e.g.
//! `<Task pending name='Task-1' coro=<main() running at main.py:4>>`.

use super::library::place;
use crate::at::{At, VecAt};
use crate::vm::interp::Vm;
use crate::vm::object::*;
use crate::vm::value::Value;
use crate::vm::PyResult;
use std::rc::Rc;

pub fn state_name(f: &FutureObj) -> &'static str {
    match f.status.get() {
        FutureStatus::Pending => "PENDING",
        FutureStatus::Cancelled => "CANCELLED",
        FutureStatus::Finished => "FINISHED",
    }
}

/// `name() running at file:line` / `name() done, defined at file:line`.
pub fn coro_repr(coro: &Value) -> String {
    coro_repr_as(coro, false)
}

/// `closed`: show the coroutine as finished whatever its state.
fn coro_repr_as(coro: &Value, closed: bool) -> String {
    match coro {
        Value::Generator(g) => {
            let g = g.borrow();
            match g.state {
                s if closed || s == GenState::Finished => format!(
                    "{}() done, defined at {}",
                    g.qualname(),
                    place(&g.code, g.code.first_line)
                ),
                GenState::Created => format!(
                    "{}() running at {}",
                    g.qualname(),
                    place(&g.code, g.code.first_line)
                ),
                _ => format!("{}() running at {}", g.qualname(), place(&g.code, g.line)),
            }
        }
        _ => "?".to_string(),
    }
}

fn callbacks_repr(vm: &mut Vm, f: &FutureObj) -> PyResult<Option<String>> {
    let cbs = f.callbacks.borrow().clone();
    if cbs.is_empty() {
        return Ok(None);
    }
    let mut names = Vec::new();
    for cb in &cbs {
        names.push(callback_name(vm, cb)?);
    }
    // CPython shows at most the first and last when there are more than two.
    let shown = if names.len() > 2 {
        format!(
            "{}, <{} more>, {}",
            *names.at(0),
            names.len() - 2,
            *names.at(names.len() - 1)
        )
    } else {
        names.join(", ")
    };
    Ok(Some(format!("cb=[{shown}]")))
}

/// `name() at file:line`, as a callback shows in a future's repr.
fn function_at(f: &PyFunction) -> String {
    format!(
        "{}() at {}",
        f.qualname.borrow(),
        place(&f.code, f.code.first_line)
    )
}

/// A native callback standing for a CPython function (the loop's
/// `_run_until_complete_cb`) shows where CPython keeps it.
fn native_at(name: &str) -> String {
    match super::library::function(name) {
        Some((path, line, _)) => format!("{name}() at {path}:{line}"),
        None => format!("{name}()"),
    }
}

fn callback_name(vm: &mut Vm, cb: &Value) -> PyResult<String> {
    Ok(match cb {
        Value::Future(t) if t.task.is_some() => "Task.task_wakeup()".to_string(),
        Value::Native(n) => native_at(&n.name),
        Value::Function(f) => function_at(f),
        Value::BoundMethod(bm) => match &bm.func {
            Value::Function(f) => function_at(f),
            other => callback_name(vm, &other.clone())?,
        },
        other => vm.repr(other)?,
    })
}

/// Static repr for a pending task dying without a VM at hand.
/// `coro_closed`: the garbage collector closed the coroutine before the
/// task (a task alive only through cycles at exit), so it reads as done.
pub fn pending_task_repr(f: &FutureObj, coro_closed: bool) -> String {
    let Some(td) = &f.task else {
        return "<Future pending>".to_string();
    };
    let coro = coro_repr_as(&td.coro, coro_closed);
    let mut s = format!("<Task pending name='{}' coro=<{}>", td.name.borrow(), coro);
    if let Some(w) = &*td.fut_waiter.borrow() {
        let cbs = w.callbacks.borrow();
        if cbs.is_empty() {
            s.push_str(" wait_for=<Future pending>");
        } else {
            let names: Vec<String> = cbs
                .iter()
                .map(|c| match c {
                    Value::Future(t) if t.task.is_some() => "Task.task_wakeup()".to_string(),
                    Value::Native(n) => native_at(&n.name),
                    Value::Function(fun) => function_at(fun),
                    _ => "?".to_string(),
                })
                .collect();
            s.push_str(&format!(
                " wait_for=<Future pending cb=[{}]>",
                names.join(", ")
            ));
        }
    }
    if let Some(made) = f
        .source_traceback()
        .as_ref()
        .and_then(super::library::created_at)
    {
        s.push(' ');
        s.push_str(&made);
    }
    s.push('>');
    s
}

pub fn future_repr(vm: &mut Vm, f: &Rc<FutureObj>) -> PyResult<String> {
    let mut info: Vec<String> = vec![state_name(f).to_ascii_lowercase()];
    if f.status.get() == FutureStatus::Finished {
        let exc = f.exception();
        match exc {
            Some(e) => info.push(format!("exception={}", vm.repr(&e)?)),
            None => {
                let r = f.result().unwrap_or(Value::None);
                info.push(format!("result={}", result_repr(vm, &r)?));
            }
        }
    }
    if let Some(cb) = callbacks_repr(vm, f)? {
        info.push(cb);
    }
    if let Some(made) = f
        .source_traceback()
        .as_ref()
        .and_then(super::library::created_at)
    {
        info.push(made);
    }
    match &f.task {
        None => Ok(format!("<Future {}>", info.join(" "))),
        Some(td) => {
            if td.num_cancels_requested.get() > 0 && !f.done() {
                *info.at_mut(0) = "cancelling".to_string();
            }
            info.insert_at(1, format!("name='{}'", td.name.borrow()));
            info.insert_at(2, format!("coro=<{}>", coro_repr(&td.coro)));
            let waiter = td.fut_waiter.borrow().clone();
            if let Some(w) = waiter {
                let wr = future_repr(vm, &w)?;
                info.insert_at(3, format!("wait_for={wr}"));
            }
            Ok(format!("<Task {}>", info.join(" ")))
        }
    }
}

/// A result as a future's repr shows it: `reprlib.repr` (lib/reprlib.py:
/// six items of a list, 30 characters of a string...), or the whole repr
/// where the page has not fetched that module.
fn result_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let short = vm
        .import_module("reprlib")
        .and_then(|m| vm.get_attr(&m, "repr"))
        .and_then(|f| vm.call(&f, vec![v.clone()]));
    match short {
        Ok(Value::Str(s)) => Ok(s.to_string()),
        _ => vm.repr(v),
    }
}

/// Data attributes of futures, tasks and timer handles.
pub fn loop_attribute(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    let f = match obj {
        Value::Future(f) => f,
        Value::TimerHandle(h) => return Ok(handle_attribute(vm, h, name)),
        _ => return Ok(None),
    };
    Ok(match name {
        "_asyncio_future_blocking" => Some(Value::Bool(f.blocking.get())),
        "_loop" => vm
            .asyncio
            .loops
            .get(f.loop_id())
            .map(|l| Value::Loop(l.obj.clone())),
        "_state" => Some(Value::str(state_name(f))),
        "_cancel_message" => Some(f.cancel_message().unwrap_or(Value::None)),
        _ => None,
    })
}

fn handle_attribute(vm: &Vm, h: &TimerHandleObj, name: &str) -> Option<Value> {
    Some(match name {
        // A cancelled handle lets its callback go, as CPython's does.
        "_callback" if !h.cancelled.get() => h.callback.clone(),
        "_args" if !h.cancelled.get() => Value::tuple(h.args.clone()),
        "_callback" | "_args" => Value::None,
        "_source_traceback" => match &h.source_traceback {
            Some(frames) => super::library::frame_tuples(vm, frames),
            None => Value::None,
        },
        _ => return None,
    })
}
