//! repr(), str(), and formatting (`format()` with a spec, `%`).

use super::*;

impl Vm {
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::List(_) | Value::Tuple(_) | Value::Dict(_) | Value::Set(_) => self
                .guarded(" while getting the repr of an object", |vm| {
                    vm.repr_inner(v)
                }),
            _ => self.repr_inner(v),
        }
    }

    pub(super) fn repr_inner(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::None => "None".into(),
            Value::Null => "<NULL>".into(),
            Value::Ellipsis => "Ellipsis".into(),
            Value::NotImplemented => "NotImplemented".into(),
            Value::Bool(b) => if *b { "True" } else { "False" }.into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => self.int_to_decimal(b)?,
            Value::Float(f) => pyfloat::float_repr(*f),
            Value::Str(s) => str_repr(s),
            Value::Bytes(b) => bytes_repr(b),
            Value::List(l) => {
                if self.repr_guard_enter(v) {
                    return Ok("[...]".into());
                }
                let items = l.borrow().clone();
                let r = self.join_reprs(&items);
                self.repr_guard_exit();
                format!("[{}]", r?)
            }
            Value::Tuple(t) => {
                let r = self.join_reprs(t)?;
                if t.len() == 1 {
                    format!("({r},)")
                } else {
                    format!("({r})")
                }
            }
            Value::Dict(d) => {
                if self.repr_guard_enter(v) {
                    return Ok("{...}".into());
                }
                let items = d.borrow().items();
                let mut parts = Vec::with_capacity(items.len());
                for (k, val) in items {
                    let kr = self.repr(&k);
                    let vr = self.repr(&val);
                    match (kr, vr) {
                        (Ok(kr), Ok(vr)) => parts.push(format!("{kr}: {vr}")),
                        (Err(e), _) | (_, Err(e)) => {
                            self.repr_guard_exit();
                            return Err(e);
                        }
                    }
                }
                self.repr_guard_exit();
                format!("{{{}}}", parts.join(", "))
            }
            Value::Set(d) => {
                let keys = d.borrow().set_keys();
                if keys.is_empty() {
                    "set()".into()
                } else {
                    format!("{{{}}}", self.join_reprs(&keys)?)
                }
            }
            Value::FrozenSet(d) => {
                let keys = d.set_keys();
                if keys.is_empty() {
                    "frozenset()".into()
                } else {
                    format!("frozenset({{{}}})", self.join_reprs(&keys)?)
                }
            }
            Value::Range(r) => {
                if r.2 == 1 {
                    format!("range({}, {})", r.0, r.1)
                } else {
                    format!("range({}, {}, {})", r.0, r.1, r.2)
                }
            }
            Value::Slice(s) => {
                let s = s.clone();
                format!(
                    "slice({}, {}, {})",
                    self.repr(&s[0])?,
                    self.repr(&s[1])?,
                    self.repr(&s[2])?
                )
            }
            Value::Function(f) => format!("<function {} at {}>", f.qualname.borrow(), addr(v)),
            Value::Native(n) => match (&n.bound, &n.owner) {
                (Some(b), _) => format!(
                    "<built-in method {} of {} object at {}>",
                    n.name,
                    self.type_name(b),
                    addr(b)
                ),
                (None, Some(o)) if &**o == crate::vm::object::PYTHON_LEVEL => {
                    format!("<function {} at {}>", n.name, addr(v))
                }
                _ => format!("<built-in function {}>", n.name),
            },
            Value::BoundMethod(bm) => {
                let fname = match &bm.func {
                    Value::Function(f) => f.qualname.borrow().to_string(),
                    Value::Native(n) => n.name.to_string(),
                    other => self.repr(other)?,
                };
                if let Value::Native(n) = &bm.func {
                    format!(
                        "<built-in method {} of {} object at {}>",
                        n.name,
                        self.type_name(&bm.receiver),
                        addr(&bm.receiver)
                    )
                } else {
                    let r = self.repr(&bm.receiver.clone())?;
                    format!("<bound method {fname} of {r}>")
                }
            }
            Value::Class(c) => {
                if let Some(m) = c.meta.as_ref().and_then(|m| m.lookup("__repr__")) {
                    let r = self.call(&m, vec![v.clone()])?;
                    return self.str_of(&r);
                }
                if &*c.module == "builtins" {
                    format!("<class '{}'>", c.qualname.borrow())
                } else {
                    format!("<class '{}.{}'>", c.module, c.qualname.borrow())
                }
            }
            Value::Module(m) => format!("<module '{}' (built-in)>", m.name),
            Value::Generator(g) => {
                let g = g.borrow();
                let kind = match g.code.kind {
                    crate::compiler::CodeKind::Coroutine => "coroutine",
                    crate::compiler::CodeKind::AsyncGenerator => "async_generator",
                    _ => "generator",
                };
                format!("<{} object {} at {}>", kind, g.qualname(), addr(v))
            }
            Value::Iterator(_) => format!("<{} object at {}>", self.type_name(v), addr(v)),
            Value::Code(c) => {
                format!(
                    "<code object {} at {}, file \"{}\", line {}>",
                    c.name,
                    addr(v),
                    c.filename,
                    c.first_line
                )
            }
            Value::Cell(c) => match &*c.borrow() {
                Some(x) => format!(
                    "<cell at {}: {} object at {}>",
                    addr(v),
                    self.type_name(x),
                    addr(x)
                ),
                None => format!("<cell at {}: empty>", addr(v)),
            },
            Value::Future(f) => crate::vm::loops::LoopLibrary::future_repr(self, f)?,
            Value::Loop(l) => {
                let state = self.asyncio.loops.get(l.id);
                let flag = |b: bool| if b { "True" } else { "False" };
                format!(
                    "<_UnixSelectorEventLoop running={} closed={} debug={}>",
                    flag(self.asyncio.running == Some(l.id)),
                    flag(state.is_some_and(|s| s.closed)),
                    flag(state.is_some_and(|s| s.debug))
                )
            }
            // As CPython words it, callback and all (`_handle_repr` in lib/_asyncio.py).
            Value::TimerHandle(_) => match self.call_asyncio("_handle_repr", vec![v.clone()]) {
                Some(Value::Str(s)) => s.to_string(),
                _ => "<Handle>".to_string(),
            },
            Value::Instance(inst) => {
                if let Some(m) = inst.class.lookup("__repr__") {
                    let r = self.call(&m, vec![v.clone()])?;
                    return match r {
                        Value::Str(s) => Ok(s.to_string()),
                        other => Err(self.type_error(format!(
                            "__repr__ returned non-string (type {})",
                            self.type_name(&other)
                        ))),
                    };
                }
                if let Some(data) = &inst.exc {
                    let args = data.borrow().args.clone();
                    let name = inst.class.name.clone();
                    let inner = self.join_reprs(&args)?;
                    return Ok(format!("{name}({inner})"));
                }
                let c = &inst.class;
                if &*c.module == "builtins" {
                    format!("<{} object at {}>", c.qualname.borrow(), addr(v))
                } else {
                    format!(
                        "<{}.{} object at {}>",
                        c.module,
                        c.qualname.borrow(),
                        addr(v)
                    )
                }
            }
        })
    }

    pub(super) fn repr_guard_enter(&mut self, v: &Value) -> bool {
        REPR_STACK.with(|s| {
            let id = v.identity();
            let mut s = s.borrow_mut();
            if s.contains(&id) {
                true
            } else {
                s.push(id);
                false
            }
        })
    }

    pub(super) fn repr_guard_exit(&mut self) {
        REPR_STACK.with(|s| {
            s.borrow_mut().pop();
        });
    }

    pub(super) fn join_reprs(&mut self, items: &[Value]) -> PyResult<String> {
        let mut parts = Vec::with_capacity(items.len());
        for it in items {
            parts.push(self.repr(it)?);
        }
        Ok(parts.join(", "))
    }

    pub fn str_of(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.to_string()),
            Value::Instance(inst) => {
                if let Some(m) = inst.class.lookup("__str__") {
                    let r = self.call(&m, vec![v.clone()])?;
                    return match r {
                        Value::Str(s) => Ok(s.to_string()),
                        other => Err(self.type_error(format!(
                            "__str__ returned non-string (type {})",
                            self.type_name(&other)
                        ))),
                    };
                }
                if let Some(data) = &inst.exc {
                    let args = data.borrow().args.clone();
                    if let Some((m, t)) = self.syntax_details(v) {
                        let (m, f, l) = (
                            self.str_of(&m)?,
                            self.str_of(t.at(0))?,
                            self.str_of(t.at(1))?,
                        );
                        return Ok(format!("{m} ({f}, line {l})"));
                    }
                    if let [errno, text] = &args[..] {
                        if inst.class.is_subclass_of(&self.types.exc(ExcKind::OSError)) {
                            let mut s =
                                format!("[Errno {}] {}", self.str_of(errno)?, self.str_of(text)?);
                            for (name, sep) in [("filename", ": "), ("filename2", " -> ")] {
                                if let Some(f) = inst.get_attr(name).filter(|f| !f.is_none()) {
                                    s.push_str(sep);
                                    s.push_str(&self.repr(&f)?);
                                }
                            }
                            return Ok(s);
                        }
                    }
                    let is_key_error = inst
                        .class
                        .is_subclass_of(&self.types.exc(ExcKind::KeyError));
                    return match args.len() {
                        0 => Ok(String::new()),
                        1 if is_key_error => self.repr(args.at(0)),
                        1 => self.str_of(args.at(0)),
                        _ => self.repr(&Value::tuple(args)),
                    };
                }
                self.repr(v)
            }
            _ => self.repr(v),
        }
    }

    /// `str(b)`, within `sys.set_int_max_str_digits`'s limit.
    pub fn int_to_decimal(&self, b: &BigInt) -> PyResult<String> {
        let limit = self.int_max_str_digits;
        let too_long = |digits: usize| limit > 0 && digits > limit;
        // Decide from the size first: converting a huge int takes long.
        let mut s = String::new();
        if !too_long((b.bit_length() as f64 * std::f64::consts::LOG10_2) as usize) {
            s = b.to_string();
        }
        if s.is_empty() || too_long(s.trim_start_matches('-').len()) {
            return Err(self.int_digits_error(""));
        }
        Ok(s)
    }

    pub fn int_digits_error(&self, has: &str) -> Interrupt {
        self.value_error(format!("Exceeds the limit ({} digits) for integer string conversion{has}; use sys.set_int_max_str_digits() to increase the limit", self.int_max_str_digits))
    }

    pub fn format_value(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        if spec.is_empty() {
            return self.str_of(v);
        }
        let fmt_err = |vm: &Vm, m: String| match m == pyformat::NO_MEMORY {
            true => vm.memory_error(),
            false => vm.value_error(m),
        };
        match v {
            Value::Bool(_) | Value::Int(_) | Value::BigInt(_) => {
                let parsed = pyformat::FormatSpec::parse(spec).map_err(|m| fmt_err(self, m))?;
                let b = self.to_big(v).unwrap_or_default();
                if matches!(parsed.kind, None | Some('d' | 'n')) && b.to_i64().is_none() {
                    self.int_to_decimal(&b)?;
                }
                pyformat::format_int(&b, &parsed).map_err(|m| fmt_err(self, m))
            }
            Value::Float(f) => {
                let parsed = pyformat::FormatSpec::parse(spec).map_err(|m| fmt_err(self, m))?;
                pyformat::format_float(*f, &parsed).map_err(|m| fmt_err(self, m))
            }
            Value::Str(s) => {
                let parsed = pyformat::FormatSpec::parse(spec).map_err(|m| fmt_err(self, m))?;
                pyformat::format_str(s, &parsed).map_err(|m| fmt_err(self, m))
            }
            Value::Instance(inst) if inst.class.lookup("__format__").is_some() => {
                let m = inst.class.lookup("__format__").unwrap_or(Value::None);
                let r = self.call(&m, vec![v.clone(), Value::str(spec)])?;
                self.str_of(&r)
            }
            _ => {
                let s = self.str_of(v)?;
                let _ = s;
                Err(self.type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    self.type_name(v)
                )))
            }
        }
    }

    /// `"..." % args`
    pub fn percent_format(&mut self, template: &str, args: &Value) -> PyResult<String> {
        // A tuple or dict subclass's instance is its tuple or dict (a
        // namedtuple, a defaultdict whose `__missing__` still answers).
        let standing_on = match args {
            Value::Instance(i) => i.get_attr("_builtin_value"),
            _ => None,
        };
        let (items, mapping) = match (args, &standing_on) {
            (Value::Tuple(t), _) | (_, Some(Value::Tuple(t))) => (t.to_vec(), None),
            (Value::Dict(_), _) | (_, Some(Value::Dict(_))) => {
                (vec![args.clone()], Some(args.clone()))
            }
            (other, _) => (vec![other.clone()], None),
        };
        let mut next = 0usize;
        let mut error: Option<Interrupt> = None;
        let result = {
            let mut supply = |key: Option<&str>,
                              conv: char|
             -> Result<pyformat::PercentValue, String> {
                let v = match key {
                    Some(k) => match &mapping {
                        Some(m) => match self.get_item(m, &Value::str(k)) {
                            Ok(v) => v,
                            Err(e) => {
                                error = Some(e);
                                return Err(String::new());
                            }
                        },
                        None => return Err("format requires a mapping".into()),
                    },
                    None => {
                        let Some(v) = items.get(next).cloned() else {
                            return Err("not enough arguments for format string".into());
                        };
                        next += 1;
                        v
                    }
                };
                let r = match conv {
                    's' => self.str_of(&v).map(pyformat::PercentValue::Str),
                    'r' => self.repr(&v).map(pyformat::PercentValue::Str),
                    'a' => self
                        .repr(&v)
                        .map(|r| pyformat::PercentValue::Str(ascii_escape(&r))),
                    'c' => match &v {
                        Value::Str(s) => Ok(pyformat::PercentValue::Str(s.to_string())),
                        _ => Ok(pyformat::PercentValue::Int(
                            self.to_big(&v).unwrap_or_default(),
                        )),
                    },
                    'd' | 'i' | 'u' if matches!(&v, Value::BigInt(_)) => self
                        .repr(&v)
                        .map(|_| pyformat::PercentValue::Int(self.to_big(&v).unwrap_or_default())),
                    _ => match &v {
                        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => Ok(
                            pyformat::PercentValue::Int(self.to_big(&v).unwrap_or_default()),
                        ),
                        Value::Float(f) => Ok(pyformat::PercentValue::Float(*f)),
                        // An object that says what number it is.
                        other @ Value::Instance(_)
                            if self.percent_number(other, conv).is_some() =>
                        {
                            let m = self.percent_number(other, conv).unwrap_or(Value::None);
                            match self.call(&m, vec![other.clone()]) {
                                Ok(Value::Float(f)) => Ok(pyformat::PercentValue::Float(f)),
                                Ok(n) => Ok(pyformat::PercentValue::Int(
                                    self.to_big(&n).unwrap_or_default(),
                                )),
                                Err(e) => Err(e),
                            }
                        }
                        other => {
                            let tn = self.type_name(other);
                            return Err(if conv == '*' {
                                "* wants int".to_string()
                            } else if matches!(conv, 'd' | 'i' | 'u') {
                                format!("%{conv} format: a real number is required, not {tn}")
                            } else if matches!(conv, 'x' | 'X' | 'o') {
                                format!("%{conv} format: an integer is required, not {tn}")
                            } else {
                                format!("must be real number, not {tn}")
                            });
                        }
                    },
                };
                match r {
                    Ok(v) => Ok(v),
                    Err(e) => {
                        error = Some(e);
                        Err(String::new())
                    }
                }
            };
            pyformat::percent_format(template, &mut supply)
        };
        if let Some(e) = error {
            return Err(e);
        }
        match result {
            Ok(s) => {
                if mapping.is_none() && next < items.len() {
                    return Err(
                        self.type_error("not all arguments converted during string formatting")
                    );
                }
                Ok(s)
            }
            Err(m) if m == pyformat::NO_MEMORY => Err(self.memory_error()),
            Err(m) => {
                if m.starts_with("unsupported format character")
                    || m.starts_with("incomplete format")
                {
                    Err(self.value_error(m))
                } else {
                    Err(self.type_error(m))
                }
            }
        }
    }
}

impl Vm {
    /// The method that makes `v` a number for `%conv`: `__index__` (then
    /// `__int__` for `%d`), `__float__` (then `__index__`) for `%f` and its kind.
    fn percent_number(&self, v: &Value, conv: char) -> Option<Value> {
        let names: &[&str] = match conv {
            'd' | 'i' | 'u' => &["__int__", "__index__"],
            'x' | 'X' | 'o' | '*' => &["__index__"],
            _ => &["__float__", "__index__"],
        };
        names.iter().find_map(|n| self.type_lookup(v, n))
    }
}

thread_local! {
    static REPR_STACK: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}
