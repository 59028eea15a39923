//! Truthiness, numbers as floats, and the operators: `binary_op` (ints,
//! floats, sequences, sets, then `__add__`/`__radd__`...) and `unary_op`.

use super::*;

impl Vm {
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::None | Value::Null => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::BigInt(b) => !b.is_zero(),
            Value::Float(f) => *f != 0.0,
            Value::Str(s) => !s.is_empty(),
            Value::Bytes(b) => !b.is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::List(l) => !l.borrow().is_empty(),
            Value::Dict(d) | Value::Set(d) => !d.borrow().is_empty(),
            Value::FrozenSet(d) => !d.is_empty(),
            Value::Range(r) => range_len(r.0, r.1, r.2) > 0,
            Value::Instance(inst) => {
                if let Some(f) = inst.class.lookup("__bool__") {
                    let r = self.call(&f, vec![v.clone()])?;
                    return match r {
                        Value::Bool(b) => Ok(b),
                        other => Err(self.type_error(format!(
                            "__bool__ should return bool, returned {}",
                            self.type_name(&other)
                        ))),
                    };
                }
                if inst.class.lookup("__len__").is_some() {
                    return Ok(crate::vm::builtins::len_of(self, v)? != 0);
                }
                true
            }
            _ => true,
        })
    }

    // ---- numbers ----

    pub(super) fn to_big(&self, v: &Value) -> Option<BigInt> {
        match v {
            Value::Int(i) => Some(BigInt::from_i64(*i)),
            Value::Bool(b) => Some(BigInt::from_i64(*b as i64)),
            Value::BigInt(b) => Some((**b).clone()),
            _ => None,
        }
    }

    pub fn to_f64(&self, v: &Value) -> PyResult<Option<f64>> {
        Ok(match v {
            Value::Float(f) => Some(*f),
            Value::Int(i) => Some(*i as f64),
            Value::Bool(b) => Some(*b as i64 as f64),
            Value::BigInt(b) => match b.to_f64() {
                Some(f) => Some(f),
                None => {
                    return Err(
                        self.new_exc(ExcKind::OverflowError, "int too large to convert to float")
                    )
                }
            },
            _ => None,
        })
    }

    pub(super) fn is_int(v: &Value) -> bool {
        matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
    }

    pub(super) fn int_binop(&self, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
        // Small-int paths first.
        let small = match (a, b) {
            (Value::Int(x), Value::Int(y)) => Some((*x, *y)),
            (Value::Bool(x), Value::Int(y)) => Some((*x as i64, *y)),
            (Value::Int(x), Value::Bool(y)) => Some((*x, *y as i64)),
            (Value::Bool(x), Value::Bool(y)) => Some((*x as i64, *y as i64)),
            _ => None,
        };
        if let Some((x, y)) = small {
            let r = match op {
                BinOp::Add => x.checked_add(y),
                BinOp::Sub => x.checked_sub(y),
                BinOp::Mult => x.checked_mul(y),
                BinOp::FloorDiv => {
                    if y == 0 {
                        return Err(self.new_exc(
                            ExcKind::ZeroDivisionError,
                            "integer division or modulo by zero",
                        ));
                    }
                    if x == i64::MIN && y == -1 {
                        None
                    } else {
                        Some(x.div_euclid(y) - if y < 0 && x.rem_euclid(y) != 0 { 1 } else { 0 })
                    }
                }
                BinOp::Mod => {
                    if y == 0 {
                        return Err(
                            self.new_exc(ExcKind::ZeroDivisionError, "integer modulo by zero")
                        );
                    }
                    if y == -1 {
                        Some(0)
                    } else {
                        let r = x % y;
                        Some(if r != 0 && ((r < 0) != (y < 0)) {
                            r + y
                        } else {
                            r
                        })
                    }
                }
                BinOp::BitAnd => Some(x & y),
                BinOp::BitOr => Some(x | y),
                BinOp::BitXor => Some(x ^ y),
                BinOp::LShift => {
                    if y < 0 {
                        return Err(self.value_error("negative shift count"));
                    }
                    if y < 63 && (x.abs() < (1i64 << (62 - y))) {
                        Some(x << y)
                    } else {
                        None
                    }
                }
                BinOp::RShift => {
                    if y < 0 {
                        return Err(self.value_error("negative shift count"));
                    }
                    Some(if y >= 64 {
                        if x < 0 {
                            -1
                        } else {
                            0
                        }
                    } else {
                        x >> y
                    })
                }
                BinOp::Div => {
                    if y == 0 {
                        return Err(self.new_exc(ExcKind::ZeroDivisionError, "division by zero"));
                    }
                    if x.unsigned_abs() < (1u64 << 53) && y.unsigned_abs() < (1u64 << 53) {
                        return Ok(Some(Value::Float(x as f64 / y as f64)));
                    }
                    None
                }
                BinOp::Pow => {
                    if y < 0 {
                        if x == 0 {
                            return Err(self.new_exc(
                                ExcKind::ZeroDivisionError,
                                "0.0 cannot be raised to a negative power",
                            ));
                        }
                        return Ok(Some(Value::Float(elementary::pow(x as f64, y as f64))));
                    }
                    if y <= u32::MAX as i64 {
                        x.checked_pow(y as u32)
                    } else {
                        None
                    }
                }
                BinOp::MatMult => return Ok(None),
            };
            if let Some(r) = r {
                return Ok(Some(Value::Int(r)));
            }
            if op == BinOp::FloorDiv && y == -1 {
                return Ok(Some(int_value(BigInt::from_i64(x).neg())));
            }
        }
        let (Some(x), Some(y)) = (self.to_big(a), self.to_big(b)) else {
            return Ok(None);
        };
        Ok(Some(match op {
            BinOp::Add => int_value(x.add(&y)),
            BinOp::Sub => int_value(x.sub(&y)),
            BinOp::Mult => {
                if x.bit_length() + y.bit_length() > 8_000_000 {
                    return Err(
                        self.new_exc(ExcKind::MemoryError, "integer too large for the playground")
                    );
                }
                int_value(x.mul(&y))
            }
            BinOp::FloorDiv | BinOp::Mod => match x.divmod_floor(&y) {
                Some((q, r)) => int_value(if op == BinOp::FloorDiv { q } else { r }),
                None => {
                    let msg = if op == BinOp::Mod {
                        "integer modulo by zero"
                    } else {
                        "integer division or modulo by zero"
                    };
                    return Err(self.new_exc(ExcKind::ZeroDivisionError, msg));
                }
            },
            BinOp::Div => match BigInt::true_div(&x, &y) {
                Ok(f) => Value::Float(f),
                Err(msg) => {
                    let kind = if crate::search::contains(msg, "zero") {
                        ExcKind::ZeroDivisionError
                    } else {
                        ExcKind::OverflowError
                    };
                    return Err(self.new_exc(kind, msg));
                }
            },
            BinOp::Pow => {
                if y.is_negative() {
                    let xf = self.to_f64(a)?.unwrap_or(0.0);
                    let yf = self.to_f64(b)?.unwrap_or(0.0);
                    return Ok(Some(Value::Float(elementary::pow(xf, yf))));
                }
                let e = y.to_i64().unwrap_or(i64::MAX) as u64;
                if (x.bit_length() as u128) * (e as u128) > 8_000_000 && x.bit_length() > 1 {
                    return Err(
                        self.new_exc(ExcKind::MemoryError, "integer too large for the playground")
                    );
                }
                int_value(x.pow(e))
            }
            BinOp::LShift => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                let s = y.to_i64().unwrap_or(i64::MAX) as u64;
                if s > 8_000_000 {
                    return Err(
                        self.new_exc(ExcKind::MemoryError, "integer too large for the playground")
                    );
                }
                int_value(x.shl(s))
            }
            BinOp::RShift => {
                if y.is_negative() {
                    return Err(self.value_error("negative shift count"));
                }
                int_value(x.shr(y.to_i64().unwrap_or(i64::MAX) as u64))
            }
            BinOp::BitAnd => int_value(x.bitand(&y)),
            BinOp::BitOr => int_value(x.bitor(&y)),
            BinOp::BitXor => int_value(x.bitxor(&y)),
            BinOp::MatMult => return Ok(None),
        }))
    }

    pub(super) fn float_binop(&mut self, x: f64, y: f64, op: BinOp) -> PyResult<Option<Value>> {
        let r = match op {
            BinOp::Add => x + y,
            BinOp::Sub => x - y,
            BinOp::Mult => x * y,
            BinOp::Div => {
                if y == 0.0 {
                    return Err(self.new_exc(ExcKind::ZeroDivisionError, "float division by zero"));
                }
                x / y
            }
            BinOp::FloorDiv => match pyfloat::float_floordiv(x, y) {
                Ok(v) => v,
                Err(m) => return Err(self.new_exc(ExcKind::ZeroDivisionError, m)),
            },
            BinOp::Mod => match pyfloat::float_mod(x, y) {
                Ok(v) => v,
                Err(m) => return Err(self.new_exc(ExcKind::ZeroDivisionError, m)),
            },
            BinOp::Pow => match pyfloat::float_pow(x, y) {
                Ok(v) => v,
                Err(pyfloat::COMPLEX_POWER) => {
                    let module = self.import_module("_complex")?;
                    let power = self.get_attr(&module, "_float_power")?;
                    let args = vec![Value::Float(x), Value::Float(y)];
                    return self.call(&power, args).map(Some);
                }
                Err(m) => {
                    let kind = if crate::search::contains(m, "zero")
                        || crate::search::contains(m, "negative power")
                    {
                        ExcKind::ZeroDivisionError
                    } else {
                        ExcKind::ValueError
                    };
                    return Err(self.new_exc(kind, m));
                }
            },
            _ => return Ok(None),
        };
        Ok(Some(Value::Float(r)))
    }

    pub fn binary_op(&mut self, a: &Value, b: &Value, op: BinOp, inplace: bool) -> PyResult<Value> {
        if Self::is_int(a) && Self::is_int(b) {
            if let Some(v) = self.int_binop(a, b, op)? {
                return Ok(v);
            }
        }
        if matches!(a, Value::Float(_)) || matches!(b, Value::Float(_)) {
            if let (Some(x), Some(y)) = (self.to_f64(a)?, self.to_f64(b)?) {
                if let Some(v) = self.float_binop(x, y, op)? {
                    return Ok(v);
                }
            }
        }
        if let Some(v) = self.sequence_binop(a, b, op, inplace)? {
            return Ok(v);
        }
        // User-defined operators.
        let (name, rname) = dunder_names(op);
        if let Value::Instance(_) = a {
            let method = if inplace {
                self.type_lookup(a, &format!("__i{}", name.part(2..)))
            } else {
                None
            };
            if let Some(m) = method.or_else(|| self.type_lookup(a, name)) {
                let r = self.call(&m, vec![a.clone(), b.clone()])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        if let Value::Instance(_) = b {
            if let Some(m) = self.type_lookup(b, rname) {
                let r = self.call(&m, vec![b.clone(), a.clone()])?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        if op == BinOp::Mod {
            if let Value::Str(s) = a {
                return Ok(Value::Str(Rc::from(self.percent_format(s, b)?)));
            }
        }
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        if op == BinOp::Add {
            match a {
                Value::Str(_) => {
                    return Err(
                        self.type_error(format!("can only concatenate str (not \"{tb}\") to str"))
                    );
                }
                Value::List(_) => {
                    return Err(self
                        .type_error(format!("can only concatenate list (not \"{tb}\") to list")));
                }
                Value::Tuple(_) => {
                    return Err(self.type_error(format!(
                        "can only concatenate tuple (not \"{tb}\") to tuple"
                    )));
                }
                _ => {}
            }
        }
        // `int | None` in annotations: a tuple of the types (isinstance takes it).
        let is_type = |v: &Value| matches!(v, Value::Class(_) | Value::None);
        if op == BinOp::BitOr && (is_type(a) || matches!(a, Value::Tuple(_))) && is_type(b) {
            let mut types = match a {
                Value::Tuple(t) => t.to_vec(),
                _ => vec![a.clone()],
            };
            types.push(b.clone());
            let types = types
                .into_iter()
                .map(|t| match t {
                    Value::None => Value::Class(self.types.none.clone()),
                    t => t,
                })
                .collect();
            return Ok(Value::tuple(types));
        }
        if op == BinOp::Mult
            && matches!(
                a,
                Value::Str(_) | Value::Bytes(_) | Value::List(_) | Value::Tuple(_)
            )
            && !Self::is_int(b)
        {
            return Err(
                self.type_error(format!("can't multiply sequence by non-int of type '{tb}'"))
            );
        }
        let sym = if inplace {
            format!("{}=", op.symbol())
        } else {
            op.symbol().to_string()
        };
        let sym = if op == BinOp::Pow && !inplace {
            "** or pow()".to_string()
        } else {
            sym
        };
        Err(self.type_error(format!(
            "unsupported operand type(s) for {sym}: '{ta}' and '{tb}'"
        )))
    }

    pub(super) fn repeat_count(&self, n: &Value) -> PyResult<usize> {
        let count = match n {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            _ => {
                return Err(self.new_exc(
                    ExcKind::OverflowError,
                    "cannot fit 'int' into an index-sized integer",
                ))
            }
        };
        // Counts past a 32-bit usize (wasm) saturate: the size check refuses them.
        Ok(usize::try_from(count.max(0)).unwrap_or(usize::MAX))
    }

    /// A list or tuple of `n` items must fit the memory budget.
    pub(super) fn check_size(&self, n: usize) -> PyResult<()> {
        self.check_alloc(crate::vm::items_bytes(n))
    }

    pub(super) fn sequence_binop(
        &mut self,
        a: &Value,
        b: &Value,
        op: BinOp,
        inplace: bool,
    ) -> PyResult<Option<Value>> {
        Ok(Some(match (op, a, b) {
            (BinOp::Add, Value::Str(x), Value::Str(y)) => {
                self.check_alloc(x.len() + y.len())?;
                let mut s = String::with_capacity(x.len() + y.len());
                s.push_str(x);
                s.push_str(y);
                Value::Str(Rc::from(s))
            }
            (BinOp::Add, Value::List(x), Value::List(y)) => {
                self.check_size(x.borrow().len() + y.borrow().len())?;
                if inplace {
                    let add = y.borrow().clone();
                    x.borrow_mut().extend(add);
                    return Ok(Some(a.clone()));
                }
                let mut v = x.borrow().clone();
                v.extend(y.borrow().iter().cloned());
                Value::list(v)
            }
            (BinOp::Add, Value::List(x), other) if inplace => {
                let items = self.iterate(other)?;
                x.borrow_mut().extend(items);
                return Ok(Some(a.clone()));
            }
            (BinOp::Add, Value::Tuple(x), Value::Tuple(y)) => {
                self.check_size(x.len() + y.len())?;
                let mut v = x.to_vec();
                v.extend(y.iter().cloned());
                Value::tuple(v)
            }
            (BinOp::Add, Value::Bytes(x), Value::Bytes(y)) => {
                self.check_alloc(x.len() + y.len())?;
                let mut v = x.to_vec();
                v.extend_from_slice(y);
                Value::Bytes(Rc::from(v))
            }
            (BinOp::Mult, Value::Str(s), n) | (BinOp::Mult, n, Value::Str(s))
                if Self::is_int(n) =>
            {
                let c = self.repeat_count(n)?;
                self.check_alloc(s.len().saturating_mul(c))?;
                Value::Str(Rc::from(s.repeat(c)))
            }
            (BinOp::Mult, Value::Bytes(b), n) | (BinOp::Mult, n, Value::Bytes(b))
                if Self::is_int(n) =>
            {
                let c = self.repeat_count(n)?;
                self.check_alloc(b.len().saturating_mul(c))?;
                Value::Bytes(Rc::from(b.repeat(c)))
            }
            (BinOp::Mult, Value::List(l), n) | (BinOp::Mult, n, Value::List(l))
                if Self::is_int(n) =>
            {
                let c = self.repeat_count(n)?;
                let items = l.borrow().clone();
                self.check_size(items.len().saturating_mul(c))?;
                let mut v = Vec::with_capacity(items.len() * c);
                for _ in 0..c {
                    v.extend(items.iter().cloned());
                }
                if inplace {
                    *l.borrow_mut() = v;
                    return Ok(Some(a.clone()));
                }
                Value::list(v)
            }
            (BinOp::Mult, Value::Tuple(t), n) | (BinOp::Mult, n, Value::Tuple(t))
                if Self::is_int(n) =>
            {
                let c = self.repeat_count(n)?;
                self.check_size(t.len().saturating_mul(c))?;
                let mut v = Vec::with_capacity(t.len() * c);
                for _ in 0..c {
                    v.extend(t.iter().cloned());
                }
                Value::tuple(v)
            }
            // Sets and frozensets: the result is of the left operand's kind.
            (
                BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor,
                Value::Set(_) | Value::FrozenSet(_),
                Value::Set(_) | Value::FrozenSet(_),
            ) => {
                let r = with_set(a, |x| with_set(b, |y| set_op(x, y, op)));
                match a {
                    Value::Set(x) if inplace => {
                        *x.borrow_mut() = r;
                        return Ok(Some(a.clone()));
                    }
                    Value::Set(_) => Value::Set(Rc::new(RefCell::new(r))),
                    _ => Value::FrozenSet(Rc::new(r)),
                }
            }
            (BinOp::BitOr, Value::Dict(x), Value::Dict(y)) => {
                let mut r = x.borrow().clone();
                for (k, v) in y.borrow().clone().iter() {
                    let hk = self.key_in(k, &r)?;
                    r.insert(hk, k.clone(), v.clone());
                }
                if inplace {
                    *x.borrow_mut() = r;
                    return Ok(Some(a.clone()));
                }
                Value::Dict(Rc::new(RefCell::new(r)))
            }
            _ => return Ok(None),
        }))
    }

    pub fn unary_op(&mut self, a: &Value, op: UnaryOp) -> PyResult<Value> {
        match (op, a) {
            (UnaryOp::Neg, Value::Int(i)) => Ok(match i.checked_neg() {
                Some(n) => Value::Int(n),
                None => int_value(BigInt::from_i64(*i).neg()),
            }),
            (UnaryOp::Neg, Value::Bool(b)) => Ok(Value::Int(-(*b as i64))),
            (UnaryOp::Neg, Value::BigInt(b)) => Ok(int_value(b.neg())),
            (UnaryOp::Neg, Value::Float(f)) => Ok(Value::Float(-f)),
            (UnaryOp::Pos, Value::Int(_) | Value::BigInt(_) | Value::Float(_)) => Ok(a.clone()),
            (UnaryOp::Pos, Value::Bool(b)) => Ok(Value::Int(*b as i64)),
            (UnaryOp::Invert, Value::Int(i)) => Ok(Value::Int(!i)),
            (UnaryOp::Invert, Value::Bool(b)) => Ok(Value::Int(!(*b as i64))),
            (UnaryOp::Invert, Value::BigInt(b)) => Ok(int_value(b.not())),
            _ => {
                let name = match op {
                    UnaryOp::Neg => "__neg__",
                    UnaryOp::Pos => "__pos__",
                    UnaryOp::Invert => "__invert__",
                    UnaryOp::Not => "__bool__",
                };
                if let Some(m) = self.type_lookup(a, name) {
                    return self.call(&m, vec![a.clone()]);
                }
                let sym = match op {
                    UnaryOp::Neg => "-",
                    UnaryOp::Pos => "+",
                    _ => "~",
                };
                Err(self.type_error(format!(
                    "bad operand type for unary {}: '{}'",
                    sym,
                    self.type_name(a)
                )))
            }
        }
    }

    // ---- comparisons ----
}
