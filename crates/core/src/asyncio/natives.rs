//! Native functions of the `asyncio` module and methods of futures, tasks,
//! event loops and timer handles.

use super::{current_loop, library, loop_of, this_future, Handle};
use crate::at::{At, Part};
use crate::cell::RefCell;
use crate::vm::builtins::{check_args, method, native, native_with_data};
use crate::vm::exceptions::ExcKind;
use crate::vm::interp::Vm;
use crate::vm::object::*;
use crate::vm::value::{Dict, Value};
use crate::vm::{Interrupt, PyResult, Suspension};
use std::cell::Cell;
use std::rc::Rc;

/// Build the `asyncio` module: natives first, then the Python prelude on top.
pub fn install_module(vm: &mut Vm) -> PyResult<Value> {
    let t = &vm.types;
    for (name, f) in FUTURE_METHODS {
        method(&t.future, name, *f);
    }
    method(&t.future, "__new__", future_new);
    method(&t.task, "__new__", task_new);
    for (name, f) in TASK_METHODS {
        method(&t.task, name, *f);
    }
    for (name, f) in LOOP_METHODS {
        method(&t.event_loop, name, *f);
    }
    method(&t.handle, "cancel", timer_cancel);
    method(&t.handle, "cancelled", timer_cancelled);
    method(&t.timer_handle, "when", timer_when);

    let globals: Globals = Rc::new(RefCell::new(crate::vm::value::NameMap::default()));
    {
        let mut g = globals.borrow_mut();
        for (name, f) in MODULE_FUNCTIONS {
            let mut func = native(name, *f);
            // CPython writes most of these in Python: they print as functions.
            let in_c = [
                "get_event_loop",
                "get_running_loop",
                "_get_running_loop",
                "current_task",
            ];
            if let (Value::Native(n), false) = (&mut func, in_c.contains(name)) {
                if let Some(n) = Rc::get_mut(n) {
                    n.owner = Some(Rc::from(crate::vm::object::PYTHON_LEVEL));
                }
            }
            g.insert(Rc::from(*name), func);
        }
        g.insert(Rc::from("Future"), Value::Class(t.future.clone()));
        g.insert(Rc::from("Task"), Value::Class(t.task.clone()));
        g.insert(
            Rc::from("AbstractEventLoop"),
            Value::Class(t.event_loop.clone()),
        );
        g.insert(
            Rc::from("TimerHandle"),
            Value::Class(t.timer_handle.clone()),
        );
        g.insert(Rc::from("Handle"), Value::Class(t.handle.clone()));
        for kind in [
            ExcKind::CancelledError,
            ExcKind::InvalidStateError,
            ExcKind::QueueEmpty,
            ExcKind::QueueFull,
        ] {
            g.insert(Rc::from(kind.name()), Value::Class(t.exc(kind)));
        }
        g.insert(
            Rc::from("TimeoutError"),
            Value::Class(t.exc(ExcKind::TimeoutError)),
        );
        g.insert(Rc::from("__name__"), Value::str("asyncio"));
    }
    // The Python half (lib/_asyncio.py): embedded in the CLI, fetched by the page.
    let Some(source) = crate::modules::library_source("_asyncio") else {
        return Err(vm.new_exc(
            ExcKind::ModuleNotFoundError,
            "No module named 'asyncio': the playground could not load it (is the page offline?)",
        ));
    };
    let code = crate::modules::compile_library(vm, "asyncio", &source)?;
    let frame = crate::vm::frame::Frame::new(code, globals.clone(), Vec::new(), Vec::new());
    let mut fiber = crate::vm::frame::Fiber::default();
    vm.push_frame(&mut fiber, frame, None, crate::vm::frame::ReturnCtx::Bottom)?;
    vm.run_nested(fiber)?;
    // Loop methods written in Python (`_loop_<name>` in the prelude).
    // Methods written in Python: `_loop_<name>` for event loops,
    // `_agen_<name>` for async generators.
    let names: Vec<Rc<str>> = globals.borrow().keys().cloned().collect();
    for key in names {
        let class = if key.starts_with("_loop_") {
            &vm.types.event_loop
        } else if key.starts_with("_agen_") {
            &vm.types.async_generator
        } else {
            continue;
        };
        if let Some(func) = globals.borrow_mut().remove(&key) {
            class
                .dict
                .borrow_mut()
                .insert(Rc::from(key.part(6..)), func);
        }
    }
    Ok(Value::Module(Rc::new(ModuleObj {
        name: Rc::from("asyncio"),
        globals,
    })))
}

fn loop_value(vm: &Vm, id: usize) -> Value {
    Value::Loop(vm.asyncio.loops.at(id).obj.clone())
}

fn is_coroutine(v: &Value) -> bool {
    matches!(v, Value::Generator(g) if g.borrow().code.kind == crate::compiler::CodeKind::Coroutine)
}

const MODULE_FUNCTIONS: &[(&str, NativeFn)] = &[
    ("run", aio_run),
    ("get_event_loop", aio_get_event_loop),
    ("new_event_loop", aio_new_event_loop),
    ("set_event_loop", aio_set_event_loop),
    ("get_running_loop", aio_get_running_loop),
    ("_get_running_loop", aio_get_running_loop_opt),
    ("create_task", aio_create_task),
    ("ensure_future", aio_ensure_future),
    ("current_task", aio_current_task),
    ("all_tasks", aio_all_tasks),
    ("iscoroutine", aio_iscoroutine),
    ("iscoroutinefunction", aio_iscoroutinefunction),
    ("isfuture", aio_isfuture),
    ("_cpython_frames", aio_cpython_frames),
];

/// `_cpython_frames(exc, what)`: `exc` with the frames of CPython's library
/// under it (`library::frames_under`), as if raised there; our library
/// raises it next.
fn aio_cpython_frames(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "_cpython_frames", &args, 2, 2)?;
    let what = vm.str_of(args.at(1))?;
    let exc = Interrupt::Raise(args.at(0).clone());
    match library::raised_under(exc, library::frames_under(&what)) {
        Interrupt::Raise(v) => Ok(v),
        _ => Ok(Value::None),
    }
}

fn aio_run(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let debug = args.take_kw("debug");
    check_args(vm, "run", &args, 1, 1)?;
    if vm.asyncio.running.is_some() {
        let err = vm.new_exc(
            ExcKind::RuntimeError,
            "asyncio.run() cannot be called from a running event loop",
        );
        return Err(library::raised_under(err, &[library::RUN_IN_LOOP]));
    }
    let main = args.at(0).clone();
    if !is_coroutine(&main) {
        let r = vm.repr(&main)?;
        let err = vm.value_error(format!("a coroutine was expected, got {r}"));
        return Err(library::raised_under(
            err,
            &[library::RUN, library::RUNNER_NOT_CORO],
        ));
    }
    let loop_id = vm.asyncio.new_loop();
    vm.asyncio.current = Some(loop_id);
    if let Some(d) = debug.filter(|d| !d.is_none()) {
        let on = vm.truthy(&d)?;
        set_debug(vm, loop_id, on);
    }
    let task = vm.create_task(main, None, loop_id)?;
    // Made by the runner (asyncio.run -> Runner.run), wherever it was called.
    if !vm.asyncio.caller_stack.is_empty() {
        library::note_creation(vm, &task, &[library::RUNNER_TASK]);
    } else {
        library::note_creation(vm, &task, &[library::RUN, library::RUNNER_TASK]);
    }
    Err(Interrupt::Suspend(Suspension::RunLoop {
        future: task,
        loop_id,
        close_after: true,
    }))
}

fn aio_get_event_loop(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let id = current_loop(vm);
    Ok(loop_value(vm, id))
}

fn aio_new_event_loop(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let id = vm.asyncio.new_loop();
    Ok(loop_value(vm, id))
}

fn aio_set_event_loop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "set_event_loop", &args, 1, 1)?;
    vm.asyncio.current = match args.at(0) {
        Value::None => None,
        v => Some(loop_of(vm, v)?),
    };
    Ok(Value::None)
}

fn aio_get_running_loop(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    match vm.asyncio.running {
        Some(id) => Ok(loop_value(vm, id)),
        None => Err(vm.new_exc(ExcKind::RuntimeError, "no running event loop")),
    }
}

fn aio_get_running_loop_opt(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(match vm.asyncio.running {
        Some(id) => loop_value(vm, id),
        None => Value::None,
    })
}

fn aio_create_task(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let name = args.take_kw("name");
    let context = args.take_kw("context");
    check_args(vm, "create_task", &args, 1, 1)?;
    let Some(loop_id) = vm.asyncio.running else {
        // CPython closes the coroutine so no "never awaited" warning follows.
        if let Value::Generator(g) = args.at(0) {
            let mut g = g.borrow_mut();
            g.state = GenState::Finished;
            g.frame = None;
        }
        return Err(vm.new_exc(ExcKind::RuntimeError, "no running event loop"));
    };
    let task = vm.create_task(args.at(0).clone(), name, loop_id)?;
    task_context(vm, &task, context)?;
    let tail: &[library::Site] = match library::called_by_program(vm) {
        true => &[library::CREATE_TASK],
        false => &[],
    };
    library::note_creation(vm, &task, tail);
    Ok(Value::Future(task))
}

fn aio_ensure_future(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let loop_arg = args.take_kw("loop");
    check_args(vm, "ensure_future", &args, 1, 1)?;
    let v = args.at(0).clone();
    match &v {
        Value::Future(_) => Ok(v),
        _ if is_coroutine(&v) => {
            let loop_id = match loop_arg {
                Some(l) if !l.is_none() => loop_of(vm, &l)?,
                _ => current_loop(vm),
            };
            let task = vm.create_task(v, None, loop_id)?;
            let tail: &[library::Site] = match library::called_by_program(vm) {
                true => &[library::ENSURE_FUTURE, library::ENSURE_TASK],
                false => &[library::ENSURE_TASK],
            };
            library::note_creation(vm, &task, tail);
            Ok(Value::Future(task))
        }
        _ => match vm.type_lookup(&v, "__await__") {
            Some(_) => {
                let wrap = vm.get_attr(
                    &vm.modules.get("asyncio").cloned().unwrap_or(Value::None),
                    "_wrap_awaitable",
                )?;
                let coro = vm.call(&wrap, vec![v])?;
                let loop_id = current_loop(vm);
                Ok(Value::Future(vm.create_task(coro, None, loop_id)?))
            }
            None => {
                Err(vm.type_error("An asyncio.Future, a coroutine or an awaitable is required"))
            }
        },
    }
}

fn aio_current_task(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    if vm.asyncio.running.is_none() {
        return Err(vm.new_exc(ExcKind::RuntimeError, "no running event loop"));
    }
    Ok(match &vm.asyncio.current_task {
        Some(t) => Value::Future(t.clone()),
        None => Value::None,
    })
}

fn aio_all_tasks(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let loop_id = match args.pos.first().filter(|v| !v.is_none()) {
        Some(v) => loop_of(vm, v)?,
        None => match vm.asyncio.running {
            Some(id) => id,
            None => return Err(vm.new_exc(ExcKind::RuntimeError, "no running event loop")),
        },
    };
    let mut d = Dict::new();
    for t in vm.asyncio.live_tasks() {
        if !t.done() && t.loop_id() == loop_id {
            let v = Value::Future(t);
            let k = vm.hash_key(&v)?;
            d.insert(k, v, Value::None);
        }
    }
    Ok(Value::Set(Rc::new(RefCell::new(d))))
}

fn aio_iscoroutine(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "iscoroutine", &args, 1, 1)?;
    Ok(Value::Bool(is_coroutine(args.at(0))))
}

fn aio_iscoroutinefunction(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "iscoroutinefunction", &args, 1, 1)?;
    let f = match args.at(0) {
        Value::BoundMethod(bm) => bm.func.clone(),
        other => other.clone(),
    };
    Ok(Value::Bool(
        matches!(&f, Value::Function(func) if func.code.kind == crate::compiler::CodeKind::Coroutine),
    ))
}

fn aio_isfuture(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "isfuture", &args, 1, 1)?;
    Ok(Value::Bool(matches!(args.at(0), Value::Future(_))))
}

// ---- Future ----

const FUTURE_METHODS: &[(&str, NativeFn)] = &[
    ("result", fut_result),
    ("exception", fut_exception),
    ("done", fut_done),
    ("cancelled", fut_cancelled),
    ("cancel", fut_cancel),
    ("add_done_callback", fut_add_done_callback),
    ("remove_done_callback", fut_remove_done_callback),
    ("set_result", fut_set_result),
    ("set_exception", fut_set_exception),
    ("get_loop", fut_get_loop),
    ("_set_wait_label", fut_set_wait_label),
    ("_set_cancel_hook", fut_set_cancel_hook),
    ("_make_cancelled_error", fut_make_cancelled_error),
];

fn fut_set_cancel_hook(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "_set_cancel_hook", &args, 2, 2)?;
    let f = this_future(vm, &args)?;
    f.set_cancel_hook(args.at(1).clone());
    Ok(Value::None)
}

fn fut_make_cancelled_error(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this_future(vm, &args)?;
    Ok(vm.cancelled_error(&f))
}

fn future_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let loop_arg = args.take_kw("loop");
    let loop_id = match loop_arg {
        Some(l) if !l.is_none() => loop_of(vm, &l)?,
        _ => current_loop(vm),
    };
    let fut = Rc::new(FutureObj::new(loop_id, None));
    library::note_creation(vm, &fut, &[]);
    Ok(Value::Future(fut))
}

fn fut_result(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this_future(vm, &args)?;
    vm.future_result(&f)
}

fn fut_exception(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this_future(vm, &args)?;
    match f.status.get() {
        FutureStatus::Cancelled => Err(Interrupt::Raise(vm.cancelled_error(&f))),
        FutureStatus::Pending => {
            Err(vm.new_exc(ExcKind::InvalidStateError, "Exception is not set."))
        }
        FutureStatus::Finished => {
            f.log_traceback.set(false);
            Ok(f.exception().unwrap_or(Value::None))
        }
    }
}

fn fut_done(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(this_future(vm, &args)?.done()))
}

fn fut_cancelled(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(
        this_future(vm, &args)?.status.get() == FutureStatus::Cancelled,
    ))
}

fn fut_cancel(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let msg = args.take_kw("msg").or_else(|| args.pos.get(1).cloned());
    let f = this_future(vm, &args)?;
    Ok(Value::Bool(vm.cancel_any(&f, msg)?))
}

fn fut_add_done_callback(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    args.take_kw("context");
    check_args(vm, "add_done_callback", &args, 2, 2)?;
    let f = this_future(vm, &args)?;
    vm.add_done_callback(&f, args.at(1).clone());
    Ok(Value::None)
}

fn fut_remove_done_callback(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "remove_done_callback", &args, 2, 2)?;
    let f = this_future(vm, &args)?;
    let target = args.at(1).clone();
    let mut removed = 0;
    let cbs = f.callbacks.borrow().clone();
    let mut keep = Vec::new();
    for cb in cbs {
        if vm.eq(&cb, &target)? {
            removed += 1;
        } else {
            keep.push(cb);
        }
    }
    *f.callbacks.borrow_mut() = keep;
    Ok(Value::Int(removed))
}

fn fut_set_result(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "set_result", &args, 2, 2)?;
    let f = this_future(vm, &args)?;
    if f.task.is_some() {
        return Err(vm.new_exc(
            ExcKind::RuntimeError,
            "Task does not support set_result operation",
        ));
    }
    vm.future_set_result(&f, args.at(1).clone())?;
    Ok(Value::None)
}

fn fut_set_exception(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "set_exception", &args, 2, 2)?;
    let f = this_future(vm, &args)?;
    if f.task.is_some() {
        return Err(vm.new_exc(
            ExcKind::RuntimeError,
            "Task does not support set_exception operation",
        ));
    }
    vm.future_set_exception(&f, args.at(1).clone())?;
    Ok(Value::None)
}

fn fut_get_loop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this_future(vm, &args)?;
    Ok(loop_value(vm, f.loop_id()))
}

/// `fut._set_wait_label(kind, detail)`: what a task waiting on it is waiting for.
fn fut_set_wait_label(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this_future(vm, &args)?;
    let label = match (args.pos.get(1), args.pos.get(2)) {
        (Some(Value::Str(k)), Some(d)) if &**k == "sleep" => {
            WaitLabel::Sleep(vm.to_f64(d)?.unwrap_or(0.0))
        }
        (Some(Value::Str(k)), _) => WaitLabel::Other(k.clone()),
        _ => WaitLabel::Future,
    };
    *f.label.borrow_mut() = label;
    Ok(Value::None)
}

// ---- Task ----

const TASK_METHODS: &[(&str, NativeFn)] = &[
    ("get_name", task_get_name),
    ("set_name", task_set_name),
    ("get_coro", task_get_coro),
    ("cancelling", task_cancelling),
    ("uncancel", task_uncancel),
];

fn task_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let name = args.take_kw("name");
    let loop_arg = args.take_kw("loop");
    let coro = args.pos.get(1).cloned().unwrap_or(Value::None);
    let loop_id = match loop_arg {
        Some(l) if !l.is_none() => loop_of(vm, &l)?,
        _ => current_loop(vm),
    };
    Ok(Value::Future(vm.create_task(coro, name, loop_id)?))
}

fn task_data<'a>(vm: &Vm, f: &'a FutureObj) -> PyResult<&'a TaskData> {
    f.task
        .as_deref()
        .ok_or_else(|| vm.type_error("descriptor requires a Task"))
}

fn task_get_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this_future(vm, &args)?;
    let name = task_data(vm, &f)?.name.borrow().clone();
    Ok(Value::Str(name))
}

fn task_set_name(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "set_name", &args, 2, 2)?;
    let f = this_future(vm, &args)?;
    let name = vm.str_of(args.at(1))?;
    *task_data(vm, &f)?.name.borrow_mut() = Rc::from(name);
    Ok(Value::None)
}

fn task_get_coro(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this_future(vm, &args)?;
    Ok(task_data(vm, &f)?.coro.clone())
}

fn task_cancelling(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this_future(vm, &args)?;
    Ok(Value::Int(
        task_data(vm, &f)?.num_cancels_requested.get() as i64
    ))
}

fn task_uncancel(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = this_future(vm, &args)?;
    let td = task_data(vm, &f)?;
    let n = td.num_cancels_requested.get().saturating_sub(1);
    td.num_cancels_requested.set(n);
    Ok(Value::Int(n as i64))
}

// ---- event loop ----

const LOOP_METHODS: &[(&str, NativeFn)] = &[
    ("run_until_complete", loop_run_until_complete),
    ("create_task", loop_create_task),
    ("create_future", loop_create_future),
    ("call_soon", loop_call_soon),
    ("call_later", loop_call_later),
    ("call_at", loop_call_at),
    ("time", loop_time),
    ("close", loop_close),
    ("stop", loop_stop),
    ("is_running", loop_is_running),
    ("is_closed", loop_is_closed),
    ("call_soon_threadsafe", loop_call_soon_threadsafe),
    ("get_debug", loop_get_debug),
    ("set_debug", loop_set_debug),
];

fn loop_get_debug(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "get_debug", &args, 1, 1)?;
    let id = this_loop(vm, &args)?;
    Ok(Value::Bool(vm.asyncio.loops.at(id).debug))
}

fn loop_set_debug(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "set_debug", &args, 2, 2)?;
    let id = this_loop(vm, &args)?;
    let on = vm.truthy(args.at(1))?;
    set_debug(vm, id, on);
    Ok(Value::None)
}

/// Debug mode on or off for a loop (from then on, calls record where
/// they are made).
fn set_debug(vm: &mut Vm, id: usize, on: bool) {
    vm.asyncio.loops.at_mut(id).debug = on;
    vm.asyncio.debug_any |= on;
}

fn this_loop(vm: &Vm, args: &Args) -> PyResult<usize> {
    match args.pos.first() {
        Some(v) => loop_of(vm, v),
        None => Err(vm.type_error("descriptor requires an event loop")),
    }
}

fn loop_run_until_complete(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "run_until_complete", &args, 2, 2)?;
    let id = this_loop(vm, &args)?;
    if vm.asyncio.loops.at(id).closed {
        return Err(vm.new_exc(ExcKind::RuntimeError, "Event loop is closed"));
    }
    if vm.asyncio.running == Some(id) {
        return Err(vm.new_exc(ExcKind::RuntimeError, "This event loop is already running"));
    }
    if vm.asyncio.running.is_some() {
        return Err(vm.new_exc(
            ExcKind::RuntimeError,
            "Cannot run the event loop while another loop is running",
        ));
    }
    let fut = match args.at(1) {
        Value::Future(f) => f.clone(),
        v if is_coroutine(v) => {
            let task = vm.create_task(v.clone(), None, id)?;
            let tail = [
                library::UNTIL_COMPLETE_TASK,
                library::ENSURE_FUTURE,
                library::ENSURE_TASK,
            ];
            library::note_creation(vm, &task, &tail);
            task
        }
        _ => {
            return Err(vm.type_error("An asyncio.Future, a coroutine or an awaitable is required"))
        }
    };
    Err(Interrupt::Suspend(Suspension::RunLoop {
        future: fut,
        loop_id: id,
        close_after: false,
    }))
}

fn loop_create_task(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let name = args.take_kw("name");
    let context = args.take_kw("context");
    check_args(vm, "create_task", &args, 2, 2)?;
    let id = this_loop(vm, &args)?;
    let task = vm.create_task(args.at(1).clone(), name, id)?;
    task_context(vm, &task, context)?;
    library::note_creation(vm, &task, &[]);
    Ok(Value::Future(task))
}

/// `create_task(..., context=ctx)`: the task starts from that
/// `contextvars.Context`'s mapping instead of its creator's.
fn task_context(vm: &mut Vm, task: &Rc<FutureObj>, context: Option<Value>) -> PyResult<()> {
    if let (Some(ctx), Some(td)) = (context.filter(|c| !c.is_none()), &task.task) {
        *td.context.borrow_mut() = vm.get_attr(&ctx, "_data")?;
    }
    Ok(())
}

fn loop_create_future(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let id = this_loop(vm, &args)?;
    let fut = Rc::new(FutureObj::new(id, None));
    library::note_creation(vm, &fut, &[library::CREATE_FUTURE]);
    Ok(Value::Future(fut))
}

fn check_open(vm: &Vm, id: usize) -> PyResult<()> {
    if vm.asyncio.loops.at(id).closed {
        return Err(vm.new_exc(ExcKind::RuntimeError, "Event loop is closed"));
    }
    Ok(())
}

fn loop_call_soon(vm: &mut Vm, args: Args) -> PyResult<Value> {
    call_soon_as(vm, args, "call_soon")
}

/// From another thread: no thread check, even in debug mode.
fn loop_call_soon_threadsafe(vm: &mut Vm, args: Args) -> PyResult<Value> {
    call_soon_as(vm, args, "call_soon_threadsafe")
}

/// Debug mode's `_check_callback`: a coroutine (or its function) or
/// something not callable is refused when scheduled, not when run.
fn check_callback(vm: &mut Vm, callback: &Value, method: &str) -> PyResult<()> {
    let coroutine_function = matches!(callback, Value::Function(f) if f.code.kind == crate::compiler::CodeKind::Coroutine);
    if is_coroutine(callback) || coroutine_function {
        return Err(vm.type_error(format!("coroutines cannot be used with {method}()")));
    }
    if !crate::vm::builtins::callable(vm, callback) {
        let r = vm.repr(callback)?;
        return Err(vm.type_error(format!(
            "a callable object was expected by {method}(), got {r}"
        )));
    }
    Ok(())
}

/// Debug mode's `_check_thread`: only the thread running a loop may
/// schedule on it without `call_soon_threadsafe`.
fn check_thread(vm: &mut Vm, id: usize) -> PyResult<()> {
    match vm.asyncio.loops.at(id).thread {
        Some(t) if t != vm.threads.current => Err(vm.new_exc(
            ExcKind::RuntimeError,
            "Non-thread-safe operation invoked on an event loop other than the current one",
        )),
        _ => Ok(()),
    }
}

fn call_soon_as(vm: &mut Vm, mut args: Args, method: &str) -> PyResult<Value> {
    args.take_kw("context");
    if args.pos.len() < 2 {
        return Err(vm.type_error(format!(
            "{method}() missing 1 required positional argument: 'callback'"
        )));
    }
    let id = this_loop(vm, &args)?;
    check_open(vm, id)?;
    let func = args.at(1).clone();
    // Debug mode checks what is scheduled, and from which thread.
    if vm.asyncio.loops.at(id).debug {
        if method == "call_soon" {
            check_thread(vm, id)?;
        }
        check_callback(vm, &func, method)?;
    }
    let cb_args = args.pos.part(2..).to_vec();
    let handle = Rc::new(TimerHandleObj {
        cancelled: Cell::new(false),
        when: -1.0,
        callback: func.clone(),
        args: cb_args.clone(),
        // call_soon -> _call_soon -> Handle(): two frames CPython drops.
        source_traceback: library::handle_creation(vm, id, 2),
    });
    vm.asyncio.call_soon(
        id,
        Handle::Callback {
            func,
            args: cb_args,
            timer: Some(handle.clone()),
        },
    );
    Ok(Value::TimerHandle(handle))
}

/// `dropped`: the frames between the caller and the handle CPython
/// records and then drops (call_later -> call_at -> TimerHandle()).
fn schedule_at(vm: &mut Vm, args: &Args, when: f64, dropped: usize) -> PyResult<Value> {
    let id = this_loop(vm, args)?;
    check_open(vm, id)?;
    if vm.asyncio.loops.at(id).debug {
        check_thread(vm, id)?;
        check_callback(vm, args.at(2), "call_at")?;
    }
    let handle = Rc::new(TimerHandleObj {
        cancelled: Cell::new(false),
        when,
        callback: args.at(2).clone(),
        args: args.pos.part(3..).to_vec(),
        source_traceback: library::handle_creation(vm, id, dropped),
    });
    vm.asyncio.call_at(id, handle.clone());
    Ok(Value::TimerHandle(handle))
}

fn loop_call_later(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    args.take_kw("context");
    if args.pos.len() < 3 {
        return Err(
            vm.type_error("call_later() missing required arguments: 'delay' and 'callback'")
        );
    }
    let delay = match vm.to_f64(args.at(1))? {
        Some(d) => d,
        None => return Err(vm.type_error("'<' not supported between instances of 'str' and 'int'")),
    };
    let when = vm.time() + delay;
    schedule_at(vm, &args, when, 3)
}

fn loop_call_at(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    args.take_kw("context");
    if args.pos.len() < 3 {
        return Err(vm.type_error("call_at() missing required arguments: 'when' and 'callback'"));
    }
    // `loop.time()` reads the monotonic clock; timers run on the program's.
    let when = vm.to_f64(args.at(1))?.unwrap_or(0.0) - crate::modules::MONOTONIC_BASE;
    schedule_at(vm, &args, when, 2)
}

fn loop_time(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Float(crate::modules::MONOTONIC_BASE + vm.time()))
}

fn loop_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let id = this_loop(vm, &args)?;
    if vm.asyncio.running == Some(id) {
        return Err(vm.new_exc(ExcKind::RuntimeError, "Cannot close a running event loop"));
    }
    super::close_loop(vm, id);
    vm.notice_deaths()?;
    Ok(Value::None)
}

fn loop_stop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let id = this_loop(vm, &args)?;
    vm.asyncio.loops.at_mut(id).stopping = true;
    Ok(Value::None)
}

fn loop_is_running(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let id = this_loop(vm, &args)?;
    Ok(Value::Bool(vm.asyncio.running == Some(id)))
}

fn loop_is_closed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let id = this_loop(vm, &args)?;
    Ok(Value::Bool(vm.asyncio.loops.at(id).closed))
}

// ---- timer handles ----

fn this_timer(vm: &Vm, args: &Args) -> PyResult<Rc<TimerHandleObj>> {
    match args.pos.first() {
        Some(Value::TimerHandle(h)) => Ok(h.clone()),
        _ => Err(vm.type_error("descriptor requires a TimerHandle")),
    }
}

fn timer_cancel(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this_timer(vm, &args)?.cancelled.set(true);
    Ok(Value::None)
}

fn timer_cancelled(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(this_timer(vm, &args)?.cancelled.get()))
}

fn timer_when(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Float(
        crate::modules::MONOTONIC_BASE + this_timer(vm, &args)?.when,
    ))
}

/// The done callback `run_until_complete` adds: stop the loop.
pub fn stop_callback(loop_id: usize) -> Value {
    native_with_data(
        "_run_until_complete_cb",
        run_until_complete_cb,
        Value::Int(loop_id as i64),
    )
}

fn run_until_complete_cb(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(Value::Future(f)) = args.pos.first() {
        let id = f.loop_id();
        if let Some(l) = vm.asyncio.loops.get_mut(id) {
            l.stopping = true;
        }
    }
    Ok(Value::None)
}
