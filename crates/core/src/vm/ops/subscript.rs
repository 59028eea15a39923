//! Subscripts: indices and slices, `get_item`, `set_item`, `del_item`
//! (`__getitem__`... for instances, `__class_getitem__` for classes).

use super::*;

impl Vm {
    /// Resolve a slice against a length: (start, stop, step) as CPython's `slice.indices`.
    pub fn slice_indices(&self, s: &[Value; 3], len: usize) -> PyResult<(i64, i64, i64)> {
        let get = |v: &Value| -> PyResult<Option<i64>> {
            match v {
                Value::None => Ok(None),
                Value::Int(i) => Ok(Some(*i)),
                Value::Bool(b) => Ok(Some(*b as i64)),
                Value::BigInt(b) => Ok(Some(if b.is_negative() {
                    i64::MIN / 2
                } else {
                    i64::MAX / 2
                })),
                _ => Err(self.type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )),
            }
        };
        let step = get(&s[2])?.unwrap_or(1);
        if step == 0 {
            return Err(self.value_error("slice step cannot be zero"));
        }
        let len = len as i64;
        let clamp = |v: Option<i64>, default: i64| -> i64 {
            match v {
                None => default,
                Some(mut x) => {
                    if x < 0 {
                        x += len;
                        if x < 0 {
                            x = if step < 0 { -1 } else { 0 };
                        }
                    } else if x >= len {
                        x = if step < 0 { len - 1 } else { len };
                    }
                    x
                }
            }
        };
        let (start, stop) = if step > 0 {
            (clamp(get(&s[0])?, 0), clamp(get(&s[1])?, len))
        } else {
            (clamp(get(&s[0])?, len - 1), clamp(get(&s[1])?, -1))
        };
        Ok((start, stop, step))
    }

    pub(super) fn slice_positions(&self, s: &[Value; 3], len: usize) -> PyResult<Vec<usize>> {
        let (start, stop, step) = self.slice_indices(s, len)?;
        let mut out = Vec::new();
        let mut i = start;
        if step > 0 {
            while i < stop {
                out.push(i as usize);
                i += step;
            }
        } else {
            while i > stop {
                out.push(i as usize);
                i += step;
            }
        }
        Ok(out)
    }

    pub fn get_item(&mut self, obj: &Value, idx: &Value) -> PyResult<Value> {
        // An object that says what index it is (`__index__`) for a sequence.
        if let Value::List(_) | Value::Tuple(_) | Value::Str(_) = obj {
            if let Some(i) = self.index_dunder(idx)? {
                return self.get_item(obj, &i);
            }
        }
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = idx {
                    let l = l.borrow();
                    let pos = self.slice_positions(s, l.len())?;
                    return Ok(Value::list(
                        pos.into_iter().map(|i| l.at(i).clone()).collect(),
                    ));
                }
                let l = l.borrow();
                let i = self.index_of(idx, l.len(), "list")?;
                Ok(l.at(i).clone())
            }
            Value::Tuple(t) => {
                if let Value::Slice(s) = idx {
                    let pos = self.slice_positions(s, t.len())?;
                    return Ok(Value::tuple(
                        pos.into_iter().map(|i| t.at(i).clone()).collect(),
                    ));
                }
                let i = self.index_of(idx, t.len(), "tuple")?;
                Ok(t.at(i).clone())
            }
            Value::Str(s) => {
                let at = crate::vm::char_pos::of(s);
                if let Value::Slice(sl) = idx {
                    let (a, b, step) = self.slice_indices(sl, at.len())?;
                    if step == 1 {
                        let (a, b) = (at.byte(a as usize), at.byte((b.max(a)) as usize));
                        return Ok(Value::Str(Rc::from(s.part(a..b))));
                    }
                    let pos = self.slice_positions(sl, at.len())?;
                    let out: String = pos
                        .into_iter()
                        .map(|i| s.part(at.byte(i)..at.byte(i + 1)))
                        .collect();
                    return Ok(Value::Str(Rc::from(out)));
                }
                let i = self.index_of(idx, at.len(), "str")?;
                Ok(Value::Str(Rc::from(s.part(at.byte(i)..at.byte(i + 1)))))
            }
            Value::Bytes(b) => {
                if let Value::Slice(sl) = idx {
                    let pos = self.slice_positions(sl, b.len())?;
                    let out: Vec<u8> = pos.into_iter().map(|i| *b.at(i)).collect();
                    return Ok(Value::Bytes(Rc::from(out)));
                }
                let i = self.index_of(idx, b.len(), "index")?;
                Ok(Value::Int(*b.at(i) as i64))
            }
            Value::Range(r) => {
                let (start, _, step) = **r;
                let len = range_len(r.0, r.1, r.2);
                if let Value::Slice(sl) = idx {
                    let (a, b, s) = self.slice_indices(sl, len as usize)?;
                    return Ok(Value::Range(Rc::new((
                        start + a * step,
                        start + b * step,
                        step * s,
                    ))));
                }
                let i = self.index_of(idx, len as usize, "range object")?;
                Ok(Value::Int(start + i as i64 * step))
            }
            Value::Dict(d) => {
                let k = self.dict_key(d, idx)?;
                let found = d.borrow().get(&k).cloned();
                match found {
                    Some(v) => Ok(v),
                    None => {
                        let kr =
                            self.make_exc(self.types.exc(ExcKind::KeyError), vec![idx.clone()]);
                        Err(Interrupt::Raise(kr))
                    }
                }
            }
            Value::Instance(_) => match self.type_lookup(obj, "__getitem__") {
                Some(m) => self.call(&m, vec![obj.clone(), idx.clone()]),
                None => Err(self.type_error(format!(
                    "'{}' object is not subscriptable",
                    self.type_name(obj)
                ))),
            },
            Value::Class(c) => {
                if let Some(m) = c.meta.as_ref().and_then(|m| m.lookup("__getitem__")) {
                    return self.call(&m, vec![obj.clone(), idx.clone()]);
                }
                if let Some(f) = c.lookup("__class_getitem__") {
                    let f = match &f {
                        Value::Instance(i) => i.get_attr("__func__").unwrap_or(f.clone()),
                        _ => f,
                    };
                    return self.call(&f, vec![obj.clone(), idx.clone()]);
                }
                // `list[int]` style annotations evaluate to the class itself.
                Ok(Value::Class(c.clone()))
            }
            _ => Err(self.type_error(format!(
                "'{}' object is not subscriptable",
                self.type_name(obj)
            ))),
        }
    }

    pub fn set_item(&mut self, obj: &Value, idx: Value, v: Value) -> PyResult<()> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = &idx {
                    let items = self.iterate(&v)?;
                    let len = l.borrow().len();
                    let (start, stop, step) = self.slice_indices(s, len)?;
                    if step == 1 {
                        let stop = stop.max(start);
                        l.borrow_mut().splice(start as usize..stop as usize, items);
                        return Ok(());
                    }
                    let pos = self.slice_positions(s, len)?;
                    if pos.len() != items.len() {
                        return Err(self.value_error(format!(
                            "attempt to assign sequence of size {} to extended slice of size {}",
                            items.len(),
                            pos.len()
                        )));
                    }
                    let mut l = l.borrow_mut();
                    for (p, it) in pos.into_iter().zip(items) {
                        *l.at_mut(p) = it;
                    }
                    return Ok(());
                }
                let len = l.borrow().len();
                let i = self.index_of(&idx, len, "list").map_err(|e| match e {
                    Interrupt::Raise(_) if matches!(idx, Value::Int(_)) => {
                        self.new_exc(ExcKind::IndexError, "list assignment index out of range")
                    }
                    other => other,
                })?;
                *l.borrow_mut().at_mut(i) = v;
                Ok(())
            }
            Value::Dict(d) => {
                let k = self.dict_key(d, &idx)?;
                d.borrow_mut().insert(k, idx, v);
                Ok(())
            }
            Value::Instance(_) => match self.type_lookup(obj, "__setitem__") {
                Some(m) => {
                    self.call(&m, vec![obj.clone(), idx, v])?;
                    Ok(())
                }
                None => Err(self.type_error(format!(
                    "'{}' object does not support item assignment",
                    self.type_name(obj)
                ))),
            },
            _ => Err(self.type_error(format!(
                "'{}' object does not support item assignment",
                self.type_name(obj)
            ))),
        }
    }

    pub fn del_item(&mut self, obj: &Value, idx: &Value) -> PyResult<()> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = idx {
                    let len = l.borrow().len();
                    let mut pos = self.slice_positions(s, len)?;
                    crate::sort::sort(&mut pos);
                    let mut l = l.borrow_mut();
                    for p in pos.into_iter().rev() {
                        l.remove_at(p);
                    }
                    return Ok(());
                }
                let len = l.borrow().len();
                let i = self.index_of(idx, len, "list").map_err(|e| match e {
                    Interrupt::Raise(_) if matches!(idx, Value::Int(_)) => {
                        self.new_exc(ExcKind::IndexError, "list assignment index out of range")
                    }
                    other => other,
                })?;
                l.borrow_mut().remove_at(i);
                Ok(())
            }
            Value::Dict(d) => {
                let k = self.dict_key(d, idx)?;
                let removed = d.borrow_mut().remove(&k);
                match removed {
                    Some(_) => Ok(()),
                    None => Err(Interrupt::Raise(
                        self.make_exc(self.types.exc(ExcKind::KeyError), vec![idx.clone()]),
                    )),
                }
            }
            Value::Instance(_) => match self.type_lookup(obj, "__delitem__") {
                Some(m) => {
                    self.call(&m, vec![obj.clone(), idx.clone()])?;
                    Ok(())
                }
                None => Err(self.type_error(format!(
                    "'{}' object does not support item deletion",
                    self.type_name(obj)
                ))),
            },
            _ => Err(self.type_error(format!(
                "'{}' object does not support item deletion",
                self.type_name(obj)
            ))),
        }
    }

    // ---- iteration ----
}
