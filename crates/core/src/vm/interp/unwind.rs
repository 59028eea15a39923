//! Exceptions on their way: unwinding a fiber to the handler that takes
//! an exception (or out of its bottom frame), causes and contexts, what
//! `except` matches, and NameError's words.

use super::*;

impl Vm {
    pub fn stop_iteration(&self, value: Value) -> Interrupt {
        let class = self.types.exc(ExcKind::StopIteration);
        let args = if value.is_none() { vec![] } else { vec![value] };
        Interrupt::Raise(self.make_exc(class, args))
    }

    /// Unwind an exception through the fiber. Returns the outcome when it
    /// leaves the bottom frame, `None` when a handler took it.
    pub fn unwind(&mut self, fiber: &mut Fiber, exc: Value, add_tb: bool) -> Option<FiberOutcome> {
        let mut exc = exc;
        let mut add_tb = add_tb;
        loop {
            let Some(entry) = fiber.entries.last_mut() else {
                return Some(FiberOutcome::Raised(exc));
            };
            let frame = &mut entry.frame;
            if add_tb {
                if let Value::Instance(inst) = &exc {
                    if let Some(data) = &inst.exc {
                        data.borrow_mut()
                            .traceback
                            .push((frame.code.clone(), frame.lasti as u32));
                    }
                }
            }
            while let Some(block) = frame.blocks.pop() {
                if block.handler == EXCEPT_BODY {
                    frame.handled.pop();
                    continue;
                }
                frame.stack.truncate(block.depth as usize);
                frame.blocks.push(Block {
                    handler: EXCEPT_BODY,
                    depth: block.depth,
                });
                frame.handled.push(exc.clone());
                self.handled_exc = Some(exc.clone());
                frame.stack.push(exc);
                frame.pc = block.handler as usize;
                return None;
            }
            let mut entry = self.pop_entry(fiber);
            if let Value::Instance(inst) = &exc {
                if let Some(data) = &inst.exc {
                    let locals = std::mem::take(&mut entry.frame.locals);
                    data.borrow_mut()
                        .unwound
                        .extend(locals.into_iter().flatten());
                }
            }
            if let Some(g) = &entry.owner {
                let mut g = g.borrow_mut();
                g.state = GenState::Finished;
                g.frame = None;
            }
            if let ReturnCtx::Bottom = entry.ctx {
                return Some(FiberOutcome::Raised(exc));
            }
            // StopIteration escaping a generator becomes RuntimeError (PEP 479).
            if entry.owner.is_some() && self.is_instance_of_kind(&exc, ExcKind::StopIteration) {
                let is_coro = entry.frame.code.kind == CodeKind::Coroutine;
                let msg = if is_coro {
                    "coroutine raised StopIteration"
                } else {
                    "generator raised StopIteration"
                };
                let new =
                    self.make_exc(self.types.exc(ExcKind::RuntimeError), vec![Value::str(msg)]);
                self.set_cause(&new, Some(exc.clone()), false);
                exc = new;
            }
            add_tb = true;
        }
    }

    pub fn set_cause(&self, exc: &Value, cause: Option<Value>, context: bool) {
        if let Value::Instance(inst) = exc {
            if let Some(data) = &inst.exc {
                let mut d = data.borrow_mut();
                if context {
                    d.context = cause;
                } else {
                    d.cause = cause;
                    d.suppress_context = true;
                }
            }
        }
    }

    pub fn is_instance_of_kind(&self, v: &Value, kind: ExcKind) -> bool {
        match v {
            Value::Instance(i) => i.class.is_subclass_of(&self.types.exc(kind)),
            _ => false,
        }
    }

    /// The exception currently being handled anywhere on this fiber.
    pub(super) fn handled_exception(fiber: &Fiber) -> Option<Value> {
        fiber
            .entries
            .iter()
            .rev()
            .find_map(|e| e.frame.handled.last().cloned())
    }

    // ---- the dispatch loop ----

    pub(super) fn set_context_if_unset(&self, exc: &Value, ctx: Value) {
        if let Value::Instance(inst) = exc {
            if let Some(data) = &inst.exc {
                let mut d = data.borrow_mut();
                if d.context.is_none() {
                    d.context = Some(ctx);
                }
            }
        }
    }

    pub(super) fn reraise_value(&self, exc: Value) -> Value {
        exc
    }

    /// `raise X`: X may be a class (instantiate it) or an instance.
    pub fn make_raisable(&mut self, v: Value) -> PyResult<Value> {
        match &v {
            Value::Class(c) if c.kind == ClassKind::Exception => self.call(&v, vec![]),
            Value::Instance(i) if i.exc.is_some() => Ok(v),
            _ => Err(self.type_error("exceptions must derive from BaseException")),
        }
    }

    pub fn exception_matches(&mut self, exc: &Value, typ: &Value) -> PyResult<bool> {
        let cls = self.class_of(exc);
        match typ {
            Value::Class(c) => {
                if c.kind != ClassKind::Exception {
                    return Err(self.type_error(
                        "catching classes that do not inherit from BaseException is not allowed",
                    ));
                }
                Ok(cls.is_subclass_of(c))
            }
            Value::Tuple(items) => {
                for t in items.iter() {
                    if self.exception_matches(exc, t)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }

    /// NameError, with CPython's suggestion: the closest of the frame's
    /// local names, else of the globals, else of the builtins.
    pub fn name_error(
        &self,
        name: &str,
        locals: &[Rc<str>],
        globals: Option<&Globals>,
    ) -> Interrupt {
        let msg = format!("name '{name}' is not defined");
        let globals: Vec<Rc<str>> =
            globals.map_or(Vec::new(), |g| g.borrow().keys().cloned().collect());
        let mut builtins: Vec<Rc<str>> = self.builtins.borrow().keys().cloned().collect();
        builtins.extend(
            crate::vm::builtins::LAZY_BUILTINS
                .iter()
                .map(|(n, _)| Rc::from(*n)),
        );
        let suggestion = [locals, &globals[..], &builtins[..]]
            .into_iter()
            .find_map(|tier| crate::vm::exceptions::suggest(name, tier));
        self.exc_with_suggestion(ExcKind::NameError, msg, suggestion)
    }
}
