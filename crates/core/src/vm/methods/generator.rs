//! The methods of generators and coroutines: `send`, `throw`, `close`,
//! and `next()` on them; async generators' `__anext__`, `asend`, `athrow`.

use super::*;

pub(super) fn this_gen(vm: &Vm, args: &Args) -> PyResult<Rc<RefCell<Generator>>> {
    match args.pos.first() {
        Some(Value::Generator(g)) => Ok(g.clone()),
        _ => Err(vm.type_error("descriptor requires a generator")),
    }
}

/// Drive a generator one step from native code: `Ok(Some(v))` yielded,
/// `Ok(None)`+value returned (as StopIteration).
pub(super) fn gen_step(
    vm: &mut Vm,
    g: &Rc<RefCell<Generator>>,
    send: Result<Value, Value>,
) -> PyResult<Value> {
    let mut fiber = Fiber::default();
    match vm.push_generator(&mut fiber, g, ReturnCtx::Bottom, send) {
        Ok(()) => {}
        // A throw: raised inside the generator's frame, where it can be caught.
        Err(Interrupt::Raise(e)) if !fiber.entries.is_empty() => {
            fiber.resume = Some(crate::vm::frame::Resume::Raise(e));
        }
        Err(e) => return Err(e),
    }
    vm.enter_nested()?;
    let out = vm.run_fiber(&mut fiber);
    vm.leave_nested();
    match out {
        FiberOutcome::Yielded(v) => Ok(v),
        FiberOutcome::Returned(v) => Err(vm.stop_iteration(v)),
        FiberOutcome::Raised(e) => Err(Interrupt::Raise(e)),
        FiberOutcome::Suspended(s) => Err(Interrupt::Suspend(s)),
        FiberOutcome::Fatal(f) => Err(Interrupt::Fatal(f)),
    }
}

pub(super) fn gen_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "send", &args, 2, 2)?;
    let g = this_gen(vm, &args)?;
    gen_step(vm, &g, Ok(args.at(1).clone()))
}

pub fn gen_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this_gen(vm, &args)?;
    gen_step(vm, &g, Ok(Value::None))
}

pub(super) fn gen_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "throw", &args, 2, 4)?;
    let g = this_gen(vm, &args)?;
    let exc = vm.make_raisable(args.at(1).clone())?;
    gen_step(vm, &g, Err(exc))
}

pub(super) fn gen_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this_gen(vm, &args)?;
    close_generator(vm, &g)?;
    Ok(Value::None)
}

/// `gen.close()`: throw GeneratorExit in so `finally` blocks run.
pub fn close_generator(vm: &mut Vm, g: &Rc<RefCell<Generator>>) -> PyResult<()> {
    let state = g.borrow().state;
    match state {
        GenState::Running => {
            return Err(vm.value_error("generator already executing"));
        }
        GenState::Created | GenState::Finished => {
            let mut g = g.borrow_mut();
            g.state = GenState::Finished;
            g.frame = None;
            return Ok(());
        }
        GenState::Suspended => {}
    }
    let exit = vm.make_exc(vm.types.exc(ExcKind::GeneratorExit), vec![]);
    match gen_step(vm, g, Err(exit)) {
        Ok(_) => Err(vm.new_exc(ExcKind::RuntimeError, "generator ignored GeneratorExit")),
        Err(Interrupt::Raise(e))
            if vm.is_instance_of_kind(&e, ExcKind::GeneratorExit)
                || vm.is_instance_of_kind(&e, ExcKind::StopIteration) =>
        {
            Ok(())
        }
        Err(e) => Err(e),
    }
}

pub(super) fn iterator_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let it = args.pos.first().cloned().unwrap_or(Value::None);
    match vm.call_next(&it)? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

/// `agen.__anext__()`: an awaitable that runs the generator to its next
/// `yield` (a marked pair the VM recognises; never visible to programs).
pub(super) fn async_gen_anext(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let g = this_gen(vm, &args)?;
    let state = g.borrow().state;
    if state == GenState::Finished {
        return Err(Interrupt::Raise(
            vm.make_exc(vm.types.exc(ExcKind::StopAsyncIteration), vec![]),
        ));
    }
    Ok(Value::tuple(vec![Value::Null, Value::Generator(g)]))
}

/// `agen.athrow(exc)`: an awaitable throwing `exc` in at the suspended `yield`.
pub(super) fn async_gen_athrow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "athrow", &args, 2, 4)?;
    let g = this_gen(vm, &args)?;
    let exc = vm.make_raisable(args.at(1).clone())?;
    if g.borrow().state != GenState::Suspended {
        let mut g = g.borrow_mut();
        g.state = GenState::Finished;
        g.frame = None;
        return Err(Interrupt::Raise(exc));
    }
    Ok(Value::tuple(vec![Value::Null, Value::Generator(g), exc]))
}

/// `agen.asend(value)`: an awaitable sending `value` in (resolved by YieldFrom).
pub(super) fn async_gen_asend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "asend", &args, 2, 2)?;
    async_gen_anext(vm, Args::new(vec![args.at(0).clone()]))?;
    let g = this_gen(vm, &args)?;
    let v = args.at(1).clone();
    Ok(Value::tuple(vec![
        Value::Null,
        Value::Generator(g),
        v,
        Value::Null,
    ]))
}
