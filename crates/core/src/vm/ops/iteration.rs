//! Iteration: `iter()` (`__iter__`, the sequence protocol), the native
//! iterators' `next`, `__next__`, and collecting an iterable or a
//! mapping's items.

use super::*;

impl Vm {
    /// Whether `get_iter` can iterate `v` (it has `__iter__`, or `__getitem__`).
    pub fn is_iterable(&self, v: &Value) -> bool {
        match v {
            Value::List(_)
            | Value::Tuple(_)
            | Value::Str(_)
            | Value::Bytes(_)
            | Value::Range(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::FrozenSet(_)
            | Value::Iterator(_)
            | Value::Generator(_) => true,
            Value::Class(c) if c.meta.is_none() => false,
            Value::Instance(_) | Value::Class(_) => {
                self.type_lookup(v, "__iter__").is_some()
                    || self.type_lookup(v, "__getitem__").is_some()
            }
            _ => false,
        }
    }

    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        let it = match v {
            Value::List(_) | Value::Tuple(_) => IterObj::Seq {
                seq: v.clone(),
                index: 0,
            },
            Value::Str(s) => IterObj::Str {
                s: s.clone(),
                pos: 0,
            },
            Value::Bytes(b) => IterObj::Vec {
                items: b.iter().map(|&x| Value::Int(x as i64)).collect(),
                index: 0,
            },
            Value::Range(r) => IterObj::Range {
                next: r.0,
                stop: r.1,
                step: r.2,
            },
            Value::Dict(d) => IterObj::Dict {
                dict: v.clone(),
                pos: 0,
                what: 0,
                len_at_start: d.borrow().len(),
            },
            Value::Set(d) => IterObj::Vec {
                items: d.borrow().set_keys(),
                index: 0,
            },
            Value::FrozenSet(d) => IterObj::Vec {
                items: d.set_keys(),
                index: 0,
            },
            Value::Iterator(_) | Value::Generator(_) => return Ok(v.clone()),
            Value::Instance(_) | Value::Class(_) if !matches!(v, Value::Class(c) if c.meta.is_none()) =>
            {
                if let Some(m) = self.type_lookup(v, "__iter__") {
                    return self.call(&m, vec![v.clone()]);
                }
                if self.type_lookup(v, "__getitem__").is_some() {
                    let mut items = Vec::new();
                    let mut i = 0;
                    loop {
                        match self.get_item(v, &Value::Int(i)) {
                            Ok(x) => items.push(x),
                            Err(Interrupt::Raise(e))
                                if self.is_instance_of_kind(&e, ExcKind::IndexError)
                                    || self.is_instance_of_kind(&e, ExcKind::StopIteration) =>
                            {
                                break
                            }
                            Err(e) => return Err(e),
                        }
                        i += 1;
                    }
                    IterObj::Vec { items, index: 0 }
                } else {
                    return Err(
                        self.type_error(format!("'{}' object is not iterable", self.type_name(v)))
                    );
                }
            }
            _ => {
                return Err(
                    self.type_error(format!("'{}' object is not iterable", self.type_name(v)))
                )
            }
        };
        Ok(Value::Iterator(Rc::new(RefCell::new(it))))
    }

    pub fn iter_next_native(&mut self, it: &Rc<RefCell<IterObj>>) -> PyResult<Option<Value>> {
        let mut state = it.borrow_mut();
        match &mut *state {
            IterObj::Seq { seq, index } => {
                let v = match seq {
                    Value::List(l) => l.borrow().get(*index).cloned(),
                    Value::Tuple(t) => t.get(*index).cloned(),
                    _ => None,
                };
                if v.is_some() {
                    *index += 1;
                } else {
                    *state = IterObj::Done;
                }
                Ok(v)
            }
            IterObj::Range { next, stop, step } => {
                if (*step > 0 && *next < *stop) || (*step < 0 && *next > *stop) {
                    let v = *next;
                    *next += *step;
                    Ok(Some(Value::Int(v)))
                } else {
                    Ok(None)
                }
            }
            IterObj::Str { s, pos } => match s.part(*pos..).chars().next() {
                Some(c) => {
                    let start = *pos;
                    *pos += c.len_utf8();
                    Ok(Some(Value::Str(Rc::from(s.part(start..*pos)))))
                }
                None => Ok(None),
            },
            IterObj::Dict {
                dict,
                pos,
                what,
                len_at_start,
            } => {
                let Value::Dict(d) = dict else {
                    return Ok(None);
                };
                let d = d.borrow();
                if d.len() != *len_at_start {
                    drop(d);
                    *state = IterObj::Done;
                    drop(state);
                    return Err(self.new_exc(
                        ExcKind::RuntimeError,
                        "dictionary changed size during iteration",
                    ));
                }
                while *pos < d.raw_len() {
                    let p = *pos;
                    *pos += 1;
                    if let Some((k, v)) = d.raw_entry(p) {
                        return Ok(Some(match what {
                            0 => k.clone(),
                            1 => v.clone(),
                            _ => Value::tuple(vec![k.clone(), v.clone()]),
                        }));
                    }
                }
                Ok(None)
            }
            IterObj::Vec { items, index } => {
                let v = items.get(*index).cloned();
                *index += 1;
                Ok(v)
            }
            IterObj::Reversed { seq, index } => {
                if *index == 0 {
                    return Ok(None);
                }
                *index -= 1;
                let v = match seq {
                    Value::List(l) => l.borrow().get(*index).cloned(),
                    Value::Tuple(t) => t.get(*index).cloned(),
                    _ => None,
                };
                Ok(v)
            }
            IterObj::Done => Ok(None),
            IterObj::Enumerate { inner, count } => {
                let inner = inner.clone();
                let n = count.clone();
                drop(state);
                match self.call_next(&inner)? {
                    Some(v) => {
                        let next = self.binary_op(&n, &Value::Int(1), BinOp::Add, false)?;
                        if let IterObj::Enumerate { count, .. } = &mut *it.borrow_mut() {
                            *count = next;
                        }
                        Ok(Some(Value::tuple(vec![n, v])))
                    }
                    None => Ok(None),
                }
            }
            IterObj::Zip { iters } => {
                let iters = iters.clone();
                drop(state);
                let mut out = Vec::with_capacity(iters.len());
                for i in &iters {
                    match self.call_next(i)? {
                        Some(v) => out.push(v),
                        None => return Ok(None),
                    }
                }
                if out.is_empty() {
                    return Ok(None);
                }
                Ok(Some(Value::tuple(out)))
            }
            IterObj::Map { func, iters } => {
                let (func, iters) = (func.clone(), iters.clone());
                drop(state);
                let mut args = Vec::with_capacity(iters.len());
                for i in &iters {
                    match self.call_next(i)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                Ok(Some(self.call(&func, args)?))
            }
            IterObj::Filter { func, inner } => {
                let (func, inner) = (func.clone(), inner.clone());
                drop(state);
                loop {
                    match self.call_next(&inner)? {
                        Some(v) => {
                            let keep = if func.is_none() {
                                self.truthy(&v)?
                            } else {
                                let r = self.call(&func, vec![v.clone()])?;
                                self.truthy(&r)?
                            };
                            if keep {
                                return Ok(Some(v));
                            }
                        }
                        None => return Ok(None),
                    }
                }
            }
        }
    }

    /// `next(it)` for any iterator: `None` when exhausted.
    pub fn call_next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it {
            Value::Iterator(i) => self.iter_next_native(i),
            Value::Generator(g) => {
                let mut fiber = Fiber::default();
                match self.push_generator(&mut fiber, g, ReturnCtx::Bottom, Ok(Value::None)) {
                    Ok(()) => {}
                    // An exhausted generator.
                    Err(Interrupt::Raise(exc))
                        if self.is_instance_of_kind(&exc, ExcKind::StopIteration) =>
                    {
                        return Ok(None)
                    }
                    Err(e) => return Err(e),
                }
                self.enter_nested()?;
                let out = self.run_fiber(&mut fiber);
                self.leave_nested();
                match out {
                    FiberOutcome::Yielded(v) => Ok(Some(v)),
                    FiberOutcome::Returned(_) => Ok(None),
                    FiberOutcome::Raised(e) => Err(Interrupt::Raise(e)),
                    FiberOutcome::Suspended(s) => Err(Interrupt::Suspend(s)),
                    FiberOutcome::Fatal(f) => Err(Interrupt::Fatal(f)),
                }
            }
            _ => match self.type_lookup(it, "__next__") {
                Some(m) => match self.call(&m, vec![it.clone()]) {
                    Ok(v) => Ok(Some(v)),
                    Err(Interrupt::Raise(e))
                        if self.is_instance_of_kind(&e, ExcKind::StopIteration) =>
                    {
                        Ok(None)
                    }
                    Err(e) => Err(e),
                },
                None => Err(self.type_error(format!(
                    "'{}' object is not an iterator",
                    self.type_name(it)
                ))),
            },
        }
    }

    /// Collect an iterable into a vector.
    pub fn iterate(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => return Ok(l.borrow().clone()),
            Value::Tuple(t) => return Ok(t.to_vec()),
            Value::Range(r) => {
                let n = range_len(r.0, r.1, r.2);
                self.check_size(n as usize)?;
                let mut out = Vec::with_capacity(n as usize);
                let mut i = r.0;
                for _ in 0..n {
                    out.push(Value::Int(i));
                    i += r.2;
                }
                return Ok(out);
            }
            _ => {}
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.call_next(&it)? {
            out.push(x);
            if out.len() & 0xffff == 0 {
                self.check_size(out.len())?;
            }
        }
        Ok(out)
    }

    pub fn mapping_items(&mut self, v: &Value) -> PyResult<Vec<(Value, Value)>> {
        match v {
            Value::Dict(d) => Ok(d.borrow().items()),
            _ => {
                let keys_fn = self.get_attr_probe(v, "keys")?;
                match keys_fn {
                    Some(kf) => {
                        let keys = self.call(&kf, vec![])?;
                        let keys = self.iterate(&keys)?;
                        let mut out = Vec::new();
                        for k in keys {
                            let val = self.get_item(v, &k)?;
                            out.push((k, val));
                        }
                        Ok(out)
                    }
                    None => {
                        Err(self
                            .type_error(format!("'{}' object is not a mapping", self.type_name(v))))
                    }
                }
            }
        }
    }

    // ---- repr / str / format ----
}
