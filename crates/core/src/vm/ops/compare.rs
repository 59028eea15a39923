//! Comparison and hashing: `==`, ordering, rich comparison with
//! `__eq__`/`__lt__`... and their reflections, `in`, and the keys of dicts
//! and sets (`hash_key`, `dict_key`, `__eq__` in lookups).

use super::*;

impl Vm {
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => Ok(x == y),
            (Value::Str(x), Value::Str(y)) => Ok(x == y),
            (Value::None, Value::None) => Ok(true),
            _ => {
                if let Some(o) = self.number_cmp(a, b)? {
                    return Ok(o == Some(Ordering::Equal));
                }
                match (a, b) {
                    (Value::Bytes(x), Value::Bytes(y)) => Ok(x == y),
                    (Value::Tuple(_), Value::Tuple(_))
                    | (Value::List(_), Value::List(_))
                    | (Value::Dict(_), Value::Dict(_)) => {
                        self.guarded(" in comparison", |vm| vm.container_eq(a, b))
                    }
                    (Value::Set(_) | Value::FrozenSet(_), Value::Set(_) | Value::FrozenSet(_)) => {
                        Ok(with_set(a, |x| {
                            with_set(b, |y| {
                                x.len() == y.len() && x.hash_keys().all(|k| y.contains(k))
                            })
                        }))
                    }
                    (Value::Range(x), Value::Range(y)) => Ok(x == y),
                    (Value::Instance(_), _) | (_, Value::Instance(_)) => {
                        let r = self.rich_compare(a, b, CmpOp::Eq)?;
                        self.truthy(&r)
                    }
                    _ => Ok(a.is(b)),
                }
            }
        }
    }

    pub(super) fn container_eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        match (a, b) {
            (Value::Tuple(x), Value::Tuple(y)) => self.seq_eq(x, y),
            (Value::List(x), Value::List(y)) => {
                if Rc::ptr_eq(x, y) {
                    return Ok(true);
                }
                let (x, y) = (x.borrow().clone(), y.borrow().clone());
                self.seq_eq(&x, &y)
            }
            (Value::Dict(x), Value::Dict(y)) => {
                let (x, y) = (x.borrow().clone(), y.borrow().clone());
                if x.len() != y.len() {
                    return Ok(false);
                }
                for (k, v) in x.iter() {
                    let hk = self.key_in(k, &y)?;
                    match y.get(&hk) {
                        Some(w) => {
                            if !self.eq(v, w)? {
                                return Ok(false);
                            }
                        }
                        None => return Ok(false),
                    }
                }
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    pub(super) fn seq_eq(&mut self, x: &[Value], y: &[Value]) -> PyResult<bool> {
        if x.len() != y.len() {
            return Ok(false);
        }
        for (p, q) in x.iter().zip(y) {
            if !p.is(q) && !self.eq(p, q)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Compare two numbers; `None` when either is not a number, `Some(None)` for NaN.
    pub(super) fn number_cmp(&self, a: &Value, b: &Value) -> PyResult<Option<Option<Ordering>>> {
        let num = |v: &Value| {
            matches!(
                v,
                Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_)
            )
        };
        if !num(a) || !num(b) {
            return Ok(None);
        }
        if Self::is_int(a) && Self::is_int(b) {
            if let (Value::Int(x), Value::Int(y)) = (a, b) {
                return Ok(Some(Some(x.cmp(y))));
            }
            let (x, y) = (
                self.to_big(a).unwrap_or_default(),
                self.to_big(b).unwrap_or_default(),
            );
            return Ok(Some(Some(x.cmp(&y))));
        }
        // Mixed int/float: compare exactly when the int is big.
        let (x, y) = match (a, b) {
            (Value::BigInt(i), Value::Float(f)) => return Ok(Some(cmp_big_float(i, *f))),
            (Value::Float(f), Value::BigInt(i)) => {
                return Ok(Some(cmp_big_float(i, *f).map(|o| o.reverse())))
            }
            _ => (
                self.to_f64(a)?.unwrap_or(0.0),
                self.to_f64(b)?.unwrap_or(0.0),
            ),
        };
        Ok(Some(x.partial_cmp(&y)))
    }

    /// Ordering for `<`-style comparisons and sorting.
    pub fn compare_order(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<bool> {
        if let Some(o) = self.number_cmp(a, b)? {
            return Ok(match o {
                None => false,
                Some(o) => order_matches(o, op),
            });
        }
        match (a, b) {
            (Value::Str(x), Value::Str(y)) => Ok(order_matches(x.cmp(y), op)),
            (Value::Bytes(x), Value::Bytes(y)) => Ok(order_matches(x.cmp(y), op)),
            (Value::Tuple(_), Value::Tuple(_)) | (Value::List(_), Value::List(_)) => {
                let x = self.seq_items(a);
                let y = self.seq_items(b);
                self.guarded(" in comparison", |vm| {
                    for (p, q) in x.iter().zip(&y) {
                        if !vm.eq(p, q)? {
                            return vm.compare_order(p, q, op);
                        }
                    }
                    Ok(order_matches(x.len().cmp(&y.len()), op))
                })
            }
            (Value::Set(_) | Value::FrozenSet(_), Value::Set(_) | Value::FrozenSet(_)) => {
                let (sub, sup, lens) = with_set(a, |x| {
                    with_set(b, |y| {
                        let sub = x.hash_keys().all(|k| y.contains(k));
                        let sup = y.hash_keys().all(|k| x.contains(k));
                        (sub, sup, (x.len(), y.len()))
                    })
                });
                let (x, y) = lens;
                Ok(match op {
                    CmpOp::Lt => sub && x < y,
                    CmpOp::LtE => sub,
                    CmpOp::Gt => sup && x > y,
                    _ => sup,
                })
            }
            _ => {
                let r = self.rich_compare(a, b, op)?;
                self.truthy(&r)
            }
        }
    }

    pub(super) fn seq_items(&self, v: &Value) -> Vec<Value> {
        match v {
            Value::Tuple(t) => t.to_vec(),
            Value::List(l) => l.borrow().clone(),
            _ => Vec::new(),
        }
    }

    /// User-defined comparison methods with reflection, else CPython's errors.
    pub(super) fn rich_compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        let (name, reflected) = match op {
            CmpOp::Eq => ("__eq__", "__eq__"),
            CmpOp::NotEq => ("__ne__", "__ne__"),
            CmpOp::Lt => ("__lt__", "__gt__"),
            CmpOp::LtE => ("__le__", "__ge__"),
            CmpOp::Gt => ("__gt__", "__lt__"),
            CmpOp::GtE => ("__ge__", "__le__"),
            _ => ("", ""),
        };
        if let Value::Instance(_) = a {
            if let Some(m) = self.type_lookup(a, name) {
                let r = self.call(&m, vec![a.clone(), b.clone()])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        if let Value::Instance(_) = b {
            if let Some(m) = self.type_lookup(b, reflected) {
                let r = self.call(&m, vec![b.clone(), a.clone()])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        match op {
            CmpOp::Eq => Ok(Value::Bool(a.is(b))),
            CmpOp::NotEq => {
                if let Value::Instance(_) = a {
                    if let Some(m) = self.type_lookup(a, "__eq__") {
                        let r = self.call(&m, vec![a.clone(), b.clone()])?;
                        if !matches!(r, Value::NotImplemented) {
                            return Ok(Value::Bool(!self.truthy(&r)?));
                        }
                    }
                }
                Ok(Value::Bool(!a.is(b)))
            }
            _ => Err(self.type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                self.type_name(a),
                self.type_name(b)
            ))),
        }
    }

    pub fn compare_op(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        Ok(Value::Bool(match op {
            CmpOp::Eq => self.eq(a, b)?,
            CmpOp::NotEq => {
                if let Value::Instance(_) = a {
                    let r = self.rich_compare(a, b, CmpOp::NotEq)?;
                    return Ok(Value::Bool(self.truthy(&r)?));
                }
                !self.eq(a, b)?
            }
            CmpOp::Is => a.is(b),
            CmpOp::IsNot => !a.is(b),
            CmpOp::In => self.contains(b, a)?,
            CmpOp::NotIn => !self.contains(b, a)?,
            _ => self.compare_order(a, b, op)?,
        }))
    }

    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        match container {
            Value::Str(s) => match item.text() {
                Some(sub) => Ok(crate::search::contains(s, &sub)),
                None => Err(self.type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    self.type_name(item)
                ))),
            },
            Value::Bytes(b) => match item {
                Value::Bytes(sub) => {
                    Ok(sub.is_empty() || b.windows(sub.len()).any(|w| w == &**sub))
                }
                Value::Int(i) if (0..256).contains(i) => Ok(b.contains(&(*i as u8))),
                Value::Int(_) => Err(self.value_error("byte must be in range(0, 256)")),
                other => Err(self.type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    self.type_name(other)
                ))),
            },
            Value::Dict(d) | Value::Set(d) => {
                let k = self.dict_key(d, item)?;
                Ok(d.borrow().contains(&k))
            }
            Value::FrozenSet(d) => {
                let k = self.key_in(item, d)?;
                Ok(d.contains(&k))
            }
            Value::Range(r) => {
                let (start, stop, step) = **r;
                match item {
                    Value::Int(i) => {
                        let i = *i;
                        let inside = if step > 0 {
                            i >= start && i < stop
                        } else {
                            i <= start && i > stop
                        };
                        Ok(inside && (i - start) % step == 0)
                    }
                    _ => Ok(false),
                }
            }
            Value::List(_) | Value::Tuple(_) => {
                let items = self.seq_items(container);
                for it in &items {
                    if it.is(item) || self.eq(it, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Instance(_) | Value::Class(_) if !matches!(container, Value::Class(c) if c.meta.is_none()) =>
            {
                if let Some(m) = self.type_lookup(container, "__contains__") {
                    let r = self.call(&m, vec![container.clone(), item.clone()])?;
                    return self.truthy(&r);
                }
                let items = self.iterate(container)?;
                for it in &items {
                    if self.eq(it, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => {
                let items = match self.iterate(container) {
                    Ok(items) => items,
                    Err(_) => {
                        return Err(self.type_error(format!(
                            "argument of type '{}' is not iterable",
                            self.type_name(container)
                        )))
                    }
                };
                for it in &items {
                    if self.eq(it, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        }
    }

    // ---- hashing ----

    pub fn hash_key(&mut self, v: &Value) -> PyResult<Key> {
        Ok(match v {
            Value::None => Key::None,
            Value::Bool(b) => Key::Int(*b as i64),
            Value::Int(i) => Key::Int(*i),
            Value::BigInt(b) => match b.to_i64() {
                Some(i) => Key::Int(i),
                None => Key::BigInt(b.clone()),
            },
            Value::Float(f) => {
                if f.fract() == 0.0 && f.is_finite() {
                    if f.abs() < 9.0e18 {
                        Key::Int(*f as i64)
                    } else {
                        match BigInt::from_f64(*f) {
                            Some(b) => Key::BigInt(Rc::new(b)),
                            None => Key::Float(f.to_bits()),
                        }
                    }
                } else {
                    Key::Float(if *f == 0.0 { 0 } else { f.to_bits() })
                }
            }
            Value::Str(s) => Key::Str(s.clone()),
            Value::Bytes(b) => Key::Bytes(b.clone()),
            Value::Tuple(t) => self.guarded("", |vm| {
                let mut keys = Vec::with_capacity(t.len());
                for item in t.iter() {
                    keys.push(vm.hash_key(item)?);
                }
                Ok(Key::Tuple(Rc::from(keys)))
            })?,
            Value::FrozenSet(d) => {
                let mut keys: Vec<Key> = d.hash_keys().cloned().collect();
                // Any order fixed by the elements alone makes equal sets equal keys.
                crate::sort::sort_by_key(&mut keys, |k| {
                    use std::hash::{Hash, Hasher};
                    let mut h = crate::vm::value::FastHasher::default();
                    k.hash(&mut h);
                    h.finish()
                });
                Key::FrozenSet(keys)
            }
            Value::Ellipsis => Key::Ellipsis,
            Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::Slice(_) => {
                return Err(self.type_error(format!("unhashable type: '{}'", self.type_name(v))))
            }
            Value::Instance(inst) => {
                // A str, tuple or number subclass's instance (without a
                // `__hash__` of its own) is the key its value is: the equal
                // str, tuple or number finds it.
                if let Some(
                    text @ (Value::Str(_)
                    | Value::Tuple(_)
                    | Value::Int(_)
                    | Value::BigInt(_)
                    | Value::Float(_)
                    | Value::Bytes(_)
                    | Value::FrozenSet(_)),
                ) = inst.get_attr("_builtin_value")
                {
                    let own = std::iter::once(&inst.class)
                        .chain(&inst.class.mro)
                        .find(|c| c.dict.borrow().contains_key("__hash__"));
                    if own.is_some_and(|c| &*c.module == "_builtin_bases") {
                        return self.hash_key(&text);
                    }
                }
                if let Some(h) = inst.class.lookup("__hash__") {
                    if h.is_none() {
                        return Err(
                            self.type_error(format!("unhashable type: '{}'", inst.class.name))
                        );
                    }
                    let h = match self.call(&h, vec![v.clone()])? {
                        Value::Int(i) => i,
                        Value::Bool(b) => b as i64,
                        Value::BigInt(b) => crate::numeric::bigint::int_hash(&b),
                        _ => {
                            return Err(self.type_error("__hash__ method should return an integer"))
                        }
                    };
                    // CPython reserves -1 for errors.
                    return Ok(Key::Obj(if h == -1 { -2 } else { h }, 0));
                }
                if inst.class.lookup("__eq__").is_some() {
                    return Err(self.type_error(format!("unhashable type: '{}'", inst.class.name)));
                }
                Key::Id(v.identity())
            }
            _ => Key::Id(v.identity()),
        })
    }

    /// The key `v` has among the keys `stored` looks up: an object with its
    /// own `__hash__` is the stored key with its hash that is it or that
    /// `__eq__` says equals it, as in CPython's lookup.
    pub(super) fn key_among(
        &mut self,
        v: &Value,
        stored: &dyn Fn(&Key) -> Option<Value>,
    ) -> PyResult<Key> {
        let k = self.hash_key(v)?;
        // A number and an object whose own `__hash__` gives the number's
        // hash (an IntEnum member, a Fraction) are one key when `__eq__`
        // says they are equal, whichever was stored first.
        let (h, number) = match k {
            Key::Obj(h, _) => (h, None),
            Key::Int(i) if stored(&k).is_none() => (if i == -1 { -2 } else { i }, Some(k)),
            Key::Float(bits) if stored(&k).is_none() => {
                let h = crate::numeric::bigint::float_hash(f64::from_bits(bits));
                (if h == -1 { -2 } else { h }, Some(k))
            }
            k => return Ok(k),
        };
        let mut n = 0;
        while let Some(c) = stored(&Key::Obj(h, n)) {
            if c.is(v) || self.eq(&c, v)? {
                return Ok(Key::Obj(h, n));
            }
            n += 1;
        }
        if let Some(k) = number {
            return Ok(k);
        }
        for i in [h, -1].into_iter().take(if h == -2 { 2 } else { 1 }) {
            if let Some(c) = stored(&Key::Int(i)) {
                if self.eq(&c, v)? {
                    return Ok(Key::Int(i));
                }
            }
        }
        // A stored float equal to it: the float it converts to.
        if let Some(to_float) = self.type_lookup(v, "__float__") {
            if let Value::Float(f) = self.call(&to_float, vec![v.clone()])? {
                let key = Key::Float(f.to_bits());
                if f.fract() != 0.0 {
                    if let Some(c) = stored(&key) {
                        if self.eq(&c, v)? {
                            return Ok(key);
                        }
                    }
                }
            }
        }
        Ok(Key::Obj(h, n))
    }

    /// `v`'s key in a dict no Python code can reach while it is looked up.
    pub fn key_in(&mut self, v: &Value, d: &Dict) -> PyResult<Key> {
        self.key_among(v, &|k| d.get_key(k).cloned())
    }

    /// `v`'s key in `d` (see `key_in`). Dicts and sets grow through here, so
    /// it also keeps them within the memory budget (an entry and its index
    /// take about twice a stored entry).
    pub fn dict_key(&mut self, d: &RefCell<Dict>, v: &Value) -> PyResult<Key> {
        let n = d.borrow().len();
        if n & 0xffff == 0xffff {
            self.check_alloc(n.saturating_mul(2 * std::mem::size_of::<(Key, Value, Value)>()))?;
        }
        self.key_among(v, &|k| d.borrow().get_key(k).cloned())
    }

    // ---- subscripts ----

    pub(super) fn index_of(&self, idx: &Value, len: usize, what: &str) -> PyResult<usize> {
        let i = match idx {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            Value::BigInt(_) => {
                return Err(self.new_exc(
                    ExcKind::IndexError,
                    "cannot fit 'int' into an index-sized integer",
                ))
            }
            other => {
                return Err(self.type_error(format!(
                    "{} indices must be integers or slices, not {}",
                    what,
                    self.type_name(other)
                )))
            }
        };
        let j = if i < 0 { i + len as i64 } else { i };
        if j < 0 || j >= len as i64 {
            let msg = match what {
                "str" => "string index out of range".to_string(),
                _ => format!("{what} index out of range"),
            };
            return Err(self.new_exc(ExcKind::IndexError, msg));
        }
        Ok(j as usize)
    }
}
