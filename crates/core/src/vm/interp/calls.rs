//! Calls: a callable's arguments bound to its parameters (CPython's
//! messages when they do not fit), Python functions pushed as frames on
//! the running fiber, natives called, classes instantiated (`__new__`,
//! `__init__`), generators and coroutines made, and nested fibers for
//! native code that calls back into Python.

use super::*;

impl Vm {
    /// Calls `name` from asyncio's Python half (its reports' words), if
    /// asyncio is loaded and the call succeeds.
    pub fn call_asyncio(&mut self, name: &str, args: Vec<Value>) -> Option<Value> {
        let module = self.modules.get("asyncio").cloned()?;
        let func = self.get_attr(&module, name).ok()?;
        self.call(&func, args).ok()
    }

    /// Call any callable from native code and run it to completion.
    pub fn call(&mut self, func: &Value, args: Vec<Value>) -> PyResult<Value> {
        self.call_args(func, Args::new(args))
    }

    pub fn call_args(&mut self, func: &Value, args: Args) -> PyResult<Value> {
        let mut fiber = Fiber::default();
        match self.invoke(&mut fiber, func.clone(), args, ReturnCtx::Bottom)? {
            Some(v) => Ok(v),
            None => self.run_nested(fiber),
        }
    }

    /// Run a fiber whose bottom frame is already pushed, without suspension.
    pub fn run_nested(&mut self, mut fiber: Fiber) -> PyResult<Value> {
        self.enter_nested()?;
        let out = self.run_fiber(&mut fiber);
        self.leave_nested();
        match out {
            FiberOutcome::Returned(v) => Ok(v),
            FiberOutcome::Raised(e) => Err(Interrupt::Raise(e)),
            FiberOutcome::Yielded(_) => {
                Err(self.new_exc(ExcKind::RuntimeError, "unexpected yield in a nested call"))
            }
            FiberOutcome::Suspended(s) => Err(Interrupt::Suspend(s)),
            FiberOutcome::Fatal(f) => Err(Interrupt::Fatal(f)),
        }
    }

    /// Start calling `func`. Native callables run at once (`Some(result)`);
    /// Python functions get a frame pushed on `fiber` with `ctx` (`None`).
    pub fn invoke(
        &mut self,
        fiber: &mut Fiber,
        func: Value,
        mut args: Args,
        ctx: ReturnCtx,
    ) -> PyResult<Option<Value>> {
        match func {
            Value::Function(f) => {
                let locals = self.bind_args(&f, args)?;
                self.push_function_frame(fiber, &f, locals, ctx)
            }
            Value::BoundMethod(bm) => {
                args.pos.insert_at(0, bm.receiver.clone());
                self.invoke(fiber, bm.func.clone(), args, ctx)
            }
            Value::Native(n) => {
                if let Some(b) = &n.bound {
                    args.pos.insert_at(0, b.clone());
                }
                if n.owner.is_some() {
                    self.unwrap_builtin_receiver(&n, &mut args);
                }
                if let Some(spec) = n.spec {
                    spec.check(self, &args)?;
                }
                // `dir()`, `locals()` and `vars()` without an argument read
                // the caller's scope.
                if let (true, Some(entry)) = (args.pos.is_empty(), fiber.entries.last()) {
                    use crate::vm::builtins::{b_dir, b_locals, b_vars, dict_of, scope_items};
                    let f = n.func as *const ();
                    if f == b_dir as *const () {
                        return Ok(Some(crate::vm::builtins::dir_of_scope(&entry.frame)));
                    }
                    if args.kw.is_empty()
                        && (f == b_locals as *const () || f == b_vars as *const ())
                    {
                        return Ok(Some(dict_of(scope_items(&entry.frame))));
                    }
                }
                // `sys._stack()` (warnings' stacklevel) reads this fiber's frames.
                if n.func as *const () == crate::modules::sys_stack as *const () {
                    return Ok(Some(crate::modules::stack_of(self, fiber)));
                }
                // Debug mode records where tasks and futures are made.
                if self.asyncio.debug_any {
                    self.asyncio.caller_stack =
                        crate::vm::loops::LoopLibrary::caller_stack(self, fiber);
                }
                (n.func)(self, args).map(Some)
            }
            Value::Class(c) => {
                // A metaclass's own `__call__` (its `super().__call__` instantiates).
                if let Some(call @ Value::Function(_)) =
                    c.meta.as_ref().and_then(|m| m.lookup("__call__"))
                {
                    args.pos.insert_at(0, Value::Class(c));
                    return self.invoke(fiber, call, args, ctx);
                }
                self.instantiate(fiber, c, args, ctx)
            }
            Value::Instance(ref inst) => {
                if let Some(call) = inst.class.lookup("__call__") {
                    args.pos.insert_at(0, func.clone());
                    return self.invoke(fiber, call, args, ctx);
                }
                Err(self.type_error(format!("'{}' object is not callable", inst.class.name)))
            }
            other => Err(self.type_error(format!(
                "'{}' object is not callable",
                self.type_name(&other)
            ))),
        }
    }

    pub(super) fn push_function_frame(
        &mut self,
        fiber: &mut Fiber,
        f: &Rc<PyFunction>,
        locals: Vec<Option<Value>>,
        ctx: ReturnCtx,
    ) -> PyResult<Option<Value>> {
        let code = &f.code;
        let mut cells: Vec<CellRef> = Vec::with_capacity(code.cellvars.len() + code.freevars.len());
        for _ in 0..code.cellvars.len() {
            cells.push(Rc::new(RefCell::new(None)));
        }
        self.note_cells(&cells);
        for &(ci, li) in &code.cell_params {
            *cells.at(ci as usize).borrow_mut() = locals.at(li as usize).clone();
        }
        cells.extend(f.closure.iter().cloned());
        let frame = Frame::new(code.clone(), f.globals.clone(), locals, cells);
        if code.is_generator_like() {
            let origin_line = fiber.top_line().unwrap_or(code.first_line);
            let mut gen = Generator::new(
                Box::new(frame),
                code.clone(),
                f.name.borrow().clone(),
                f.qualname.borrow().clone(),
                origin_line,
            );
            if self.asyncio.debug_any && code.kind == CodeKind::Coroutine {
                gen.origin = crate::vm::loops::LoopLibrary::coroutine_origin(self, fiber);
            }
            return Ok(Some(Value::Generator(Rc::new(RefCell::new(gen)))));
        }
        self.push_frame(fiber, frame, None, ctx)?;
        Ok(None)
    }

    pub fn push_frame(
        &mut self,
        fiber: &mut Fiber,
        frame: Frame,
        owner: Option<Rc<RefCell<Generator>>>,
        ctx: ReturnCtx,
    ) -> PyResult<()> {
        if self.depth >= self.budgets.max_recursion {
            return Err(self.new_exc(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        self.depth += 1;
        fiber.entries.push(Entry {
            frame: Box::new(frame),
            owner,
            ctx,
        });
        Ok(())
    }

    pub(super) fn pop_entry(&mut self, fiber: &mut Fiber) -> Entry {
        self.depth -= 1;
        fiber.entries.pop().expect("fiber has a frame")
    }

    /// Bind call arguments to a function's parameters, with CPython's errors.
    #[allow(clippy::needless_range_loop)]
    pub fn bind_args(&mut self, f: &PyFunction, args: Args) -> PyResult<Vec<Option<Value>>> {
        let code = &f.code;
        let nlocals = code.varnames.len();
        let argcount = code.argcount as usize;
        let Args { pos, kw } = args;
        // Fast path: exact positional call.
        if kw.is_empty()
            && pos.len() == argcount
            && !code.has_varargs
            && !code.has_varkw
            && code.kwonlyargcount == 0
        {
            let mut locals: Vec<Option<Value>> = pos.into_iter().map(Some).collect();
            locals.resize(nlocals, None);
            // The argument vector's spare room would live as long as the
            // coroutine or generator does.
            if code.is_generator_like() {
                locals.shrink_to_fit();
            }
            return Ok(locals);
        }
        let qual = f.qualname.borrow().clone();
        let mut locals: Vec<Option<Value>> = vec![None; nlocals];
        let npos = pos.len();
        let mut extra = Vec::new();
        for (i, v) in pos.into_iter().enumerate() {
            if i < argcount {
                *locals.at_mut(i) = Some(v);
            } else {
                extra.push(v);
            }
        }
        let kwonly = code.kwonlyargcount as usize;
        let mut slot = argcount + kwonly;
        if code.has_varargs {
            *locals.at_mut(slot) = Some(Value::tuple(extra));
            slot += 1;
        } else if !extra.is_empty() {
            let ndefaults = f.defaults.len();
            let given_kw = kw
                .iter()
                .filter(|(k, _)| code.varnames.part(..argcount).iter().any(|n| n == k))
                .count();
            let msg = if ndefaults > 0 {
                format!(
                    "{}() takes from {} to {} positional argument{} but {} {} given",
                    qual,
                    argcount - ndefaults,
                    argcount,
                    if argcount == 1 { "" } else { "s" },
                    npos,
                    if npos == 1 { "was" } else { "were" }
                )
            } else if given_kw > 0 {
                format!(
                    "{}() takes {} positional argument{} but {} positional argument{} (and {} keyword-only argument{}) were given",
                    qual,
                    argcount,
                    if argcount == 1 { "" } else { "s" },
                    npos,
                    if npos == 1 { "" } else { "s" },
                    given_kw,
                    if given_kw == 1 { "" } else { "s" }
                )
            } else {
                format!(
                    "{}() takes {} positional argument{} but {} {} given",
                    qual,
                    argcount,
                    if argcount == 1 { "" } else { "s" },
                    npos,
                    if npos == 1 { "was" } else { "were" }
                )
            };
            return Err(self.type_error(msg));
        }
        let mut varkw = if code.has_varkw {
            Some(Dict::new())
        } else {
            None
        };
        let posonly = code.posonlyargcount as usize;
        for (name, v) in kw {
            let idx = code
                .varnames
                .part(..argcount + kwonly)
                .iter()
                .position(|n| *n == name);
            match idx {
                Some(i) if i >= posonly => {
                    if locals.at(i).is_some() {
                        return Err(self.type_error(format!(
                            "{qual}() got multiple values for argument '{name}'"
                        )));
                    }
                    *locals.at_mut(i) = Some(v);
                }
                _ => match &mut varkw {
                    Some(d) => {
                        let key = Value::Str(name.clone());
                        d.insert(crate::vm::value::Key::Str(name), key, v);
                    }
                    None => {
                        if idx.is_some() {
                            return Err(self.type_error(format!(
                                "{qual}() got some positional-only arguments passed as keyword arguments: '{name}'"
                            )));
                        }
                        return Err(self.type_error(format!(
                            "{qual}() got an unexpected keyword argument '{name}'"
                        )));
                    }
                },
            }
        }
        if let Some(d) = varkw {
            *locals.at_mut(slot) = Some(Value::Dict(Rc::new(RefCell::new(d))));
        }
        // Defaults for missing positional parameters.
        let ndefaults = f.defaults.len();
        let first_default = argcount - ndefaults;
        let mut missing = Vec::new();
        for i in 0..argcount {
            if locals.at(i).is_none() {
                if i >= first_default {
                    *locals.at_mut(i) = Some(f.defaults.at(i - first_default).clone());
                } else {
                    missing.push(code.varnames.at(i).clone());
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.type_error(format!(
                "{}() missing {} required positional argument{}: {}",
                qual,
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            )));
        }
        let mut missing_kw = Vec::new();
        for i in argcount..argcount + kwonly {
            if locals.at(i).is_none() {
                let name = code.varnames.at(i);
                match f.kwdefaults.iter().find(|(k, _)| k == name) {
                    Some((_, v)) => *locals.at_mut(i) = Some(v.clone()),
                    None => missing_kw.push(name.clone()),
                }
            }
        }
        if !missing_kw.is_empty() {
            return Err(self.type_error(format!(
                "{}() missing {} required keyword-only argument{}: {}",
                qual,
                missing_kw.len(),
                if missing_kw.len() == 1 { "" } else { "s" },
                name_list(&missing_kw)
            )));
        }
        Ok(locals)
    }

    /// A method of dict, list or str called on a subclass's instance
    /// works on the value the instance stands on (`lib/_builtin_bases.py`);
    /// str's methods (but `format`, which may read attributes) take a str
    /// subclass's instances as their text.
    fn unwrap_builtin_receiver(&self, n: &NativeFunction, args: &mut Args) {
        let owner = n.owner.as_deref().unwrap_or("");
        if let Some(Value::Instance(inst)) = args.pos.first() {
            if let Some(v) = inst.get_attr("_builtin_value") {
                if *self.class_of(&v).name == *owner {
                    args.pos[0] = v;
                }
            }
        }
        if owner == "str" && &*n.name != "format" {
            for k in 1..args.pos.len() {
                if let (Value::Instance(_), Some(text)) = (&args.pos[k], args.pos[k].text()) {
                    args.pos[k] = Value::Str(text);
                }
            }
        }
    }

    pub(super) fn instantiate(
        &mut self,
        fiber: &mut Fiber,
        class: Rc<Class>,
        args: Args,
        ctx: ReturnCtx,
    ) -> PyResult<Option<Value>> {
        match class.kind {
            ClassKind::Builtin => {
                // Built-in types construct through their `__new__` native.
                let ctor = class.lookup("__new__");
                match ctor {
                    Some(Value::Native(n)) => {
                        let mut args = args;
                        args.pos.insert_at(0, Value::Class(class.clone()));
                        if let Some(spec) = n.spec {
                            spec.check(self, &args)?;
                        }
                        (n.func)(self, args).map(Some)
                    }
                    _ => Err(self.type_error(format!("cannot create '{}' instances", class.name))),
                }
            }
            ClassKind::Object | ClassKind::Exception => {
                // A class deriving from a native-backed class (asyncio.Future) builds through it.
                let native_base = class.is_subclass_of(&self.types.future)
                    || class.is_subclass_of(&self.types.type_);
                if let (true, Some(Value::Native(n))) = (native_base, class.lookup("__new__")) {
                    let mut new_args = Args::new(vec![Value::Class(class.clone())]);
                    new_args.pos.extend(args.pos.iter().cloned());
                    new_args.kw = args.kw.clone();
                    let obj = (n.func)(self, new_args)?;
                    return self.call_init(fiber, obj, class, args, ctx);
                }
                // Exception groups are made and split by lib/_exceptiongroup.py.
                if class.is_subclass_of(&self.types.exc(ExcKind::BaseExceptionGroup))
                    && !self.modules.contains_key("_exceptiongroup")
                {
                    // Without it (a page offline), groups are plain exceptions.
                    let _ = self.import_module("_exceptiongroup");
                }
                // A `__new__` written in Python makes the object (run nested:
                // it returns before `__init__` starts).
                if let Some(new @ Value::Function(_)) = class.lookup("__new__") {
                    let mut new_args = Args::new(vec![Value::Class(class.clone())]);
                    new_args.pos.extend(args.pos.iter().cloned());
                    new_args.kw = args.kw.clone();
                    let mut nested = Fiber::default();
                    let obj = match self.invoke(&mut nested, new, new_args, ReturnCtx::Bottom)? {
                        Some(v) => v,
                        None => self.run_nested(nested)?,
                    };
                    let made_here = match &obj {
                        Value::Instance(i) => i.class.is_subclass_of(&class),
                        Value::Class(c) => {
                            c.meta.as_ref().is_some_and(|m| m.is_subclass_of(&class))
                        }
                        _ => false,
                    };
                    if !made_here {
                        return Ok(Some(obj));
                    }
                    return self.call_init(fiber, obj, class, args, ctx);
                }
                // `OSError(errno, strerror)` makes the subclass for the errno,
                // as CPython's OSError.__new__ does (`exc_init` sets the rest).
                let os_error = self.types.exc(ExcKind::OSError);
                let class = match args.pos.first() {
                    Some(errno) if args.pos.len() > 1 && Rc::ptr_eq(&class, &os_error) => {
                        self.types.exc(crate::vm::exceptions::os_error_kind(errno))
                    }
                    _ => class,
                };
                let inst = Instance::new(class.clone());
                if let Some(e) = &inst.exc {
                    e.borrow_mut().args = args.pos.clone();
                }
                let inst = Rc::new(inst);
                if inst.exc.is_none() {
                    self.track_instance(&inst);
                }
                self.call_init(fiber, Value::Instance(inst), class, args, ctx)
            }
        }
    }

    /// `type.__call__(cls, ...)`: make an instance, bypassing the metaclass's `__call__`.
    pub fn instantiate_plain(&mut self, class: Rc<Class>, args: Args) -> PyResult<Value> {
        let mut fiber = Fiber::default();
        match self.instantiate(&mut fiber, class, args, ReturnCtx::Bottom)? {
            Some(v) => Ok(v),
            None => self.run_nested(fiber),
        }
    }

    pub(super) fn call_init(
        &mut self,
        fiber: &mut Fiber,
        obj: Value,
        class: Rc<Class>,
        mut args: Args,
        ctx: ReturnCtx,
    ) -> PyResult<Option<Value>> {
        match class.lookup("__init__") {
            Some(Value::Function(init)) => {
                args.pos.insert_at(0, obj.clone());
                let locals = self.bind_args(&init, args)?;
                let ctx = match ctx {
                    ReturnCtx::Bottom => {
                        // Called from native code: run __init__ nested, then return obj.
                        let mut nested = Fiber::default();
                        self.push_function_frame(&mut nested, &init, locals, ReturnCtx::Bottom)?;
                        let r = self.run_nested(nested)?;
                        self.check_init_result(&r)?;
                        return Ok(Some(obj));
                    }
                    _ => ReturnCtx::Init(obj),
                };
                self.push_function_frame(fiber, &init, locals, ctx)
            }
            Some(Value::Native(n)) => {
                args.pos.insert_at(0, obj.clone());
                if let Some(spec) = n.spec {
                    spec.check(self, &args)?;
                }
                (n.func)(self, args)?;
                Ok(Some(obj))
            }
            Some(other) => {
                args.pos.insert_at(0, obj.clone());
                self.call_args(&other, args)?;
                Ok(Some(obj))
            }
            None => {
                // Extra arguments are an error unless a `__new__` takes them.
                let own_new = matches!(class.lookup("__new__"), Some(Value::Function(_)));
                if class.kind == ClassKind::Object
                    && (!args.pos.is_empty() || !args.kw.is_empty())
                    && !own_new
                    && !class.is_subclass_of(&self.types.type_)
                {
                    return Err(self.type_error(format!("{}() takes no arguments", class.name)));
                }
                Ok(Some(obj))
            }
        }
    }

    pub(super) fn check_init_result(&self, r: &Value) -> PyResult<()> {
        if !r.is_none() {
            return Err(self.type_error(format!(
                "__init__() should return None, not '{}'",
                self.type_name(r)
            )));
        }
        Ok(())
    }

    /// Resume a generator on this fiber: Send pushes the value, Throw raises
    /// at the suspension point (delegating down `yield from` chains).
    pub fn push_generator(
        &mut self,
        fiber: &mut Fiber,
        gen: &Rc<RefCell<Generator>>,
        ctx: ReturnCtx,
        send: Result<Value, Value>,
    ) -> PyResult<()> {
        let (state, kind) = {
            let g = gen.borrow();
            (g.state, g.code.kind)
        };
        match state {
            GenState::Running => {
                let what = if kind == CodeKind::Coroutine {
                    "coroutine"
                } else {
                    "generator"
                };
                return Err(self.value_error(format!("{what} already executing")));
            }
            GenState::Finished => {
                if kind == CodeKind::Coroutine {
                    return Err(self.new_exc(
                        ExcKind::RuntimeError,
                        "cannot reuse already awaited coroutine",
                    ));
                }
                return match send {
                    Err(e) => Err(Interrupt::Raise(e)),
                    Ok(_) => Err(self.stop_iteration(Value::None)),
                };
            }
            _ => {}
        }
        let mut frame = gen
            .borrow_mut()
            .frame
            .take()
            .expect("suspended generator has a frame");
        gen.borrow_mut().state = GenState::Running;
        match send {
            Ok(v) => {
                if state == GenState::Created {
                    if !v.is_none() {
                        gen.borrow_mut().frame = Some(frame);
                        gen.borrow_mut().state = state;
                        let what = if kind == CodeKind::Coroutine {
                            "coroutine"
                        } else {
                            "generator"
                        };
                        return Err(self.type_error(format!(
                            "can't send non-None value to a just-started {what}"
                        )));
                    }
                } else {
                    frame.stack.push(v);
                }
                self.push_frame_boxed(fiber, frame, Some(gen.clone()), ctx)?;
                Ok(())
            }
            Err(exc) => {
                // Suspended in a `yield from` on another generator: throw into it.
                let delegate = if state == GenState::Suspended
                    && matches!(frame.code.ops.get(frame.pc), Some(Op::YieldFrom))
                {
                    match frame.stack.last() {
                        Some(Value::Generator(d)) if d.borrow().state == GenState::Suspended => {
                            Some(d.clone())
                        }
                        _ => None,
                    }
                } else {
                    None
                };
                if state == GenState::Suspended {
                    frame.lasti = if matches!(frame.code.ops.get(frame.pc), Some(Op::YieldFrom)) {
                        frame.pc
                    } else {
                        frame.pc.saturating_sub(1)
                    };
                }
                self.push_frame_boxed(fiber, frame, Some(gen.clone()), ctx)?;
                match delegate {
                    Some(d) => self.push_generator(fiber, &d, ReturnCtx::YieldFrom, Err(exc)),
                    None => Err(Interrupt::Raise(exc)),
                }
            }
        }
    }

    /// The items of `v` for an unpacking (`a, b = v`, `[*v]`); a value that
    /// is not iterable at all gets `message(its type)`, as CPython words it
    /// there.
    /// A function as CPython's errors name it: `print()`, `__main__.f()`.
    pub(super) fn function_str(&mut self, f: &Value) -> String {
        let text = |vm: &mut Vm, name| match vm.get_attr(f, name) {
            Ok(Value::Str(s)) => Some(s),
            _ => None,
        };
        match (text(self, "__qualname__"), text(self, "__module__")) {
            (Some(q), Some(m)) if &*m != "builtins" => format!("{m}.{q}() "),
            (Some(q), _) => format!("{q}() "),
            _ => format!("{} object ", self.type_name(f)),
        }
    }

    /// A TypeError about a call's arguments, naming the function.
    pub(super) fn call_error(&mut self, f: &Value, what: String) -> Interrupt {
        let head = self.function_str(f);
        self.type_error(format!("{head}{what}"))
    }

    pub(super) fn repeated_keyword(&mut self, f: &Value, key: &Value) -> Interrupt {
        match key {
            Value::Str(k) => {
                self.call_error(f, format!("got multiple values for keyword argument '{k}'"))
            }
            _ => self.type_error("keywords must be strings"),
        }
    }

    pub(super) fn unpack_items(
        &mut self,
        v: &Value,
        message: fn(&str) -> String,
    ) -> PyResult<Vec<Value>> {
        match v {
            Value::Tuple(t) => Ok(t.to_vec()),
            Value::List(l) => Ok(l.borrow().clone()),
            _ if !self.is_iterable(v) => Err(self.type_error(message(&self.type_name(v)))),
            _ => self.iterate(v),
        }
    }

    pub(super) fn push_frame_boxed(
        &mut self,
        fiber: &mut Fiber,
        frame: Box<Frame>,
        owner: Option<Rc<RefCell<Generator>>>,
        ctx: ReturnCtx,
    ) -> PyResult<()> {
        if self.depth >= self.budgets.max_recursion {
            if let Some(g) = &owner {
                let mut g = g.borrow_mut();
                g.frame = Some(frame);
                g.state = GenState::Suspended;
            }
            return Err(self.new_exc(ExcKind::RecursionError, "maximum recursion depth exceeded"));
        }
        self.depth += 1;
        fiber.entries.push(Entry { frame, owner, ctx });
        Ok(())
    }
}
