//! The object protocol: attribute access, truthiness, operators,
//! comparisons, hashing, subscripts, iteration, repr/str and formatting.

use crate::at::{At, Part, VecAt};
use crate::cell::RefCell;
use crate::numeric::bigint::BigInt;
use crate::numeric::elementary;
use crate::numeric::float as pyfloat;
use crate::numeric::format as pyformat;
use crate::syntax::ast::{BinOp, CmpOp, UnaryOp};
use crate::vm::exceptions::ExcKind;
use crate::vm::frame::{Fiber, FiberOutcome, ReturnCtx};
use crate::vm::interp::Vm;
use crate::vm::object::*;
use crate::vm::value::{Dict, Key, Value};
use crate::vm::{Interrupt, PyResult};
use std::cmp::Ordering;
use std::rc::Rc;

/// Normalise a big result back to a small int when it fits.
pub fn int_value(b: BigInt) -> Value {
    match b.to_i64() {
        Some(i) => Value::Int(i),
        None => Value::BigInt(Rc::new(b)),
    }
}

pub fn ascii_escape(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else if (c as u32) < 0x100 {
            out.push_str(&format!("\\x{:02x}", c as u32));
        } else if (c as u32) < 0x10000 {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push_str(&format!("\\U{:08x}", c as u32));
        }
    }
    out
}

/// `str.isprintable()` for one character. Rust's debug escaping uses the
/// same rule (categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs but the space are
/// not printable); a leading letter keeps it from escaping combining marks.
pub fn is_printable(c: char) -> bool {
    let mut buf = [0u8; 8];
    let pair = {
        buf[0] = b'a';
        let n = c.encode_utf8(&mut buf[1..]).len();
        std::str::from_utf8(&buf[..n + 1]).unwrap_or("a")
    };
    !pair.escape_debug().any(|e| e == '\\')
}

/// Python's repr of a str: single quotes unless the text has single quotes and no double ones.
pub fn str_repr(s: &str) -> String {
    let quote = if s.as_bytes().contains(&b'\'') && !s.as_bytes().contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if (0x80..0xa0).contains(&(c as u32)) => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if (c as u32) >= 0xa0 && !is_printable(c) => {
                let n = c as u32;
                out.push_str(&if n < 0x100 {
                    format!("\\x{n:02x}")
                } else if n < 0x10000 {
                    format!("\\u{n:04x}")
                } else {
                    format!("\\U{n:08x}")
                })
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}

pub fn addr(v: &Value) -> String {
    // As CPython's %p: no padding, so it is hex(id(v)) on every host.
    format!("0x{:x}", v.identity())
}

/// The types with some of their methods written in Python: bytes'
/// (lib/_bytes.py), int's (lib/_int.py), str's and float's.
#[derive(Clone, Copy)]
pub enum LibMethods {
    Bytes,
    Int,
    Str,
    Float,
}

impl Vm {
    pub fn class_of(&self, v: &Value) -> Rc<Class> {
        let t = &self.types;
        match v {
            Value::None => t.none.clone(),
            Value::Ellipsis => t.ellipsis.clone(),
            Value::NotImplemented => t.not_implemented.clone(),
            Value::Bool(_) => t.bool_.clone(),
            Value::Int(_) | Value::BigInt(_) => t.int.clone(),
            Value::Float(_) => t.float.clone(),
            Value::Str(_) => t.str_.clone(),
            Value::Bytes(_) => t.bytes.clone(),
            Value::Tuple(_) => t.tuple.clone(),
            Value::List(_) => t.list.clone(),
            Value::Dict(_) => t.dict.clone(),
            Value::Set(_) => t.set.clone(),
            Value::FrozenSet(_) => t.frozenset.clone(),
            Value::Range(_) => t.range.clone(),
            Value::Slice(_) => t.slice.clone(),
            Value::Function(_) => t.function.clone(),
            Value::Native(_) => t.builtin_function.clone(),
            Value::BoundMethod(_) => t.method.clone(),
            Value::Class(c) => c.meta.clone().unwrap_or_else(|| t.type_.clone()),
            Value::Instance(i) => i.class.clone(),
            Value::Module(_) => t.module.clone(),
            Value::Generator(g) => match g.borrow().code.kind {
                crate::compiler::CodeKind::Coroutine => t.coroutine.clone(),
                crate::compiler::CodeKind::AsyncGenerator => t.async_generator.clone(),
                _ => t.generator.clone(),
            },
            Value::Iterator(_) => {
                let name = self.type_name(v);
                let mut kinds = t.iterator_kinds.borrow_mut();
                if let Some(c) = kinds.iter().find(|c| *c.name == *name) {
                    return c.clone();
                }
                let c = crate::vm::exceptions::new_class(
                    &name,
                    "builtins",
                    vec![t.iterator.clone()],
                    ClassKind::Builtin,
                );
                kinds.push(c.clone());
                c
            }
            Value::Code(_) => t.code.clone(),
            Value::Cell(_) => t.cell.clone(),
            Value::Future(f) => match &f.task {
                Some(_) => t.task.clone(),
                None => t.future.clone(),
            },
            Value::Loop(_) => t.event_loop.clone(),
            // `call_soon`'s handles have no time (-1).
            Value::TimerHandle(h) if h.when < 0.0 => t.handle.clone(),
            Value::TimerHandle(_) => t.timer_handle.clone(),
            Value::Null => t.none.clone(),
        }
    }

    pub fn type_name(&self, v: &Value) -> String {
        match v {
            Value::Iterator(i) => match &*i.borrow() {
                IterObj::Seq {
                    seq: Value::Tuple(_),
                    ..
                } => "tuple_iterator".into(),
                IterObj::Seq { .. } => "list_iterator".into(),
                IterObj::Range { .. } => "range_iterator".into(),
                IterObj::Str { .. } => "str_ascii_iterator".into(),
                IterObj::Dict { what: 0, .. } => "dict_keyiterator".into(),
                IterObj::Dict { what: 1, .. } => "dict_valueiterator".into(),
                IterObj::Dict { .. } => "dict_itemiterator".into(),
                IterObj::Enumerate { .. } => "enumerate".into(),
                IterObj::Zip { .. } => "zip".into(),
                IterObj::Map { .. } => "map".into(),
                IterObj::Filter { .. } => "filter".into(),
                IterObj::Reversed { .. } => "list_reverseiterator".into(),
                _ => "iterator".into(),
            },
            Value::Future(_) => format!("_asyncio.{}", self.class_of(v).name),
            _ => self.class_of(v).name.to_string(),
        }
    }

    /// Look a name up on the value's type (not the instance).
    pub fn type_lookup(&self, v: &Value, name: &str) -> Option<Value> {
        self.class_of(v).lookup(name)
    }

    fn bind(&self, receiver: &Value, attr: Value) -> Value {
        match &attr {
            Value::Function(_) | Value::Native(_) => Value::BoundMethod(Rc::new(BoundMethod {
                receiver: receiver.clone(),
                func: attr,
            })),
            _ => attr,
        }
    }

    /// A descriptor found on a class: property, classmethod, staticmethod.
    fn descriptor_get(
        &mut self,
        attr: &Value,
        obj: Option<&Value>,
        owner: &Rc<Class>,
    ) -> PyResult<Option<Value>> {
        if let Value::Instance(d) = attr {
            if Rc::ptr_eq(&d.class, &self.types.property) {
                return match obj {
                    Some(o) => {
                        let getter = d.get_attr("fget").unwrap_or(Value::None);
                        if getter.is_none() {
                            return Err(
                                self.new_exc(ExcKind::AttributeError, "property has no getter")
                            );
                        }
                        Ok(Some(self.call(&getter, vec![o.clone()])?))
                    }
                    None => Ok(Some(attr.clone())),
                };
            }
            if Rc::ptr_eq(&d.class, &self.types.classmethod) {
                let f = d.get_attr("__func__").unwrap_or(Value::None);
                return Ok(Some(Value::BoundMethod(Rc::new(BoundMethod {
                    receiver: Value::Class(owner.clone()),
                    func: f,
                }))));
            }
            if Rc::ptr_eq(&d.class, &self.types.staticmethod) {
                return Ok(Some(d.get_attr("__func__").unwrap_or(Value::None)));
            }
            // A descriptor class written in Python.
            if d.class.kind == ClassKind::Object {
                if let Some(get) = d.class.lookup("__get__") {
                    let o = obj.cloned().unwrap_or(Value::None);
                    let r = self.call(&get, vec![attr.clone(), o, Value::Class(owner.clone())])?;
                    return Ok(Some(r));
                }
            }
        }
        Ok(None)
    }

    pub fn get_attr(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        match self.get_attr_opt(obj, name)? {
            Some(v) => Ok(v),
            None => Err(self.attribute_error(obj, name)),
        }
    }

    pub fn attribute_error(&self, obj: &Value, name: &str) -> Interrupt {
        let msg = match obj {
            Value::Module(m) => format!("module '{}' has no attribute '{}'", m.name, name),
            Value::Class(c) => format!("type object '{}' has no attribute '{}'", c.name, name),
            _ => format!(
                "'{}' object has no attribute '{}'",
                self.type_name(obj),
                name
            ),
        };
        let mut candidates: Vec<Rc<str>> = Vec::new();
        match obj {
            Value::Instance(i) => {
                candidates.extend(i.attrs.borrow().iter().map(|(k, _)| k.clone()));
                candidates.extend(i.class.dict.borrow().keys().cloned());
                for c in &i.class.mro {
                    candidates.extend(c.dict.borrow().keys().cloned());
                }
            }
            Value::Module(m) => candidates.extend(m.globals.borrow().keys().cloned()),
            Value::Class(c) => candidates.extend(c.dict.borrow().keys().cloned()),
            _ => candidates.extend(self.class_of(obj).dict.borrow().keys().cloned()),
        }
        let suggestion = crate::vm::exceptions::suggest(name, &candidates);
        self.exc_with_suggestion(ExcKind::AttributeError, msg, suggestion)
    }

    /// The attribute, or None where looking it up raises AttributeError
    /// (as CPython's probes for `keys`).
    pub fn get_attr_probe(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        match self.get_attr_opt(obj, name) {
            Err(Interrupt::Raise(e)) if self.is_instance_of_kind(&e, ExcKind::AttributeError) => {
                Ok(None)
            }
            other => other,
        }
    }

    pub fn get_attr_opt(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        if let Some(which) = self.lib_methods_of(obj) {
            if self.lib_methods_type(which).lookup(name).is_none() {
                self.install_lib_methods(which)?;
            }
        }
        match obj {
            // Every object has a class (an instance's may be a property).
            _ if name == "__class__" && !matches!(obj, Value::Instance(_) | Value::Class(_)) => {
                Ok(Some(Value::Class(self.class_of(obj))))
            }
            Value::Instance(inst) => {
                if Rc::ptr_eq(&inst.class, &self.types.super_) {
                    return self.super_get(inst, name);
                }
                if let Some(v) = inst.get_attr(name) {
                    return Ok(Some(v));
                }
                if let Some(attr) = inst.class.lookup(name) {
                    match self.descriptor_get(&attr, Some(obj), &inst.class.clone()) {
                        Ok(Some(v)) => return Ok(Some(v)),
                        Ok(None) => return Ok(Some(self.bind(obj, attr))),
                        // A getter's AttributeError goes on to `__getattr__`.
                        Err(Interrupt::Raise(e))
                            if self.is_instance_of_kind(&e, ExcKind::AttributeError)
                                && inst.class.lookup("__getattr__").is_some() => {}
                        Err(e) => return Err(e),
                    }
                }
                if inst.exc.is_some() {
                    if let Some(v) = self.exception_attr(inst, name) {
                        return Ok(Some(v));
                    }
                }
                match name {
                    "__class__" => return Ok(Some(Value::Class(inst.class.clone()))),
                    "__module__" => return Ok(Some(Value::Str(inst.class.module.clone()))),
                    "__dict__" => {
                        let (slots, has_dict) = self.slots_of(&inst.class)?;
                        if has_dict {
                            let slots: Vec<&str> = slots.iter().filter_map(Value::as_str).collect();
                            return Ok(Some(str_dict(&inst.attrs.borrow(), &slots)));
                        }
                    }
                    _ => {}
                }
                // `__getattr__`'s own AttributeError (and its message) stands.
                if let Some(getattr) = inst.class.lookup("__getattr__") {
                    return self
                        .call(&getattr, vec![obj.clone(), Value::str(name)])
                        .map(Some);
                }
                Ok(None)
            }
            Value::Class(c) => {
                // A class's own module, not one a base was given later.
                if name == "__module__" && !c.dict.borrow().contains_key(name) {
                    return Ok(Some(Value::Str(c.module.clone())));
                }
                if let Some(attr) = c.lookup(name) {
                    if let Some(v) = self.descriptor_get(&attr, None, c)? {
                        return Ok(Some(v));
                    }
                    return Ok(Some(attr));
                }
                // Then the metaclass's (`type`'s: `cls.mro()`).
                let meta = c.meta.as_ref().unwrap_or(&self.types.type_).clone();
                if let Some(attr) = meta.lookup(name) {
                    if let Some(v) = self.descriptor_get(&attr, Some(obj), &meta)? {
                        return Ok(Some(v));
                    }
                    return Ok(Some(self.bind(obj, attr)));
                }
                Ok(match name {
                    "__name__" => Some(Value::Str(c.name.clone())),
                    "__qualname__" => Some(Value::Str(c.qualname.borrow().clone())),
                    "__module__" => Some(Value::Str(c.module.clone())),
                    "__bases__" => Some(Value::tuple(
                        c.bases.iter().map(|b| Value::Class(b.clone())).collect(),
                    )),
                    "__mro__" => {
                        let mut v = vec![Value::Class(c.clone())];
                        v.extend(c.mro.iter().map(|b| Value::Class(b.clone())));
                        Some(Value::tuple(v))
                    }
                    "__class__" => Some(Value::Class(self.class_of(obj))),
                    "__doc__" => Some(Value::None),
                    "__dict__" => {
                        let items: Vec<(Rc<str>, Value)> = c
                            .dict
                            .borrow()
                            .iter()
                            .map(|(k, v)| (k.clone(), v.clone()))
                            .collect();
                        Some(str_dict(&items, &[]))
                    }
                    _ => None,
                })
            }
            Value::Module(m) => {
                let found = m.globals.borrow().get(name).cloned();
                if found.is_some() {
                    return Ok(found);
                }
                let getattr = m.globals.borrow().get("__getattr__").cloned();
                match getattr {
                    Some(getattr) => self.module_getattr(&getattr, name),
                    None => Ok(None),
                }
            }
            Value::Function(f) => {
                // Attributes set on the function (`__doc__` by `wraps`) come first.
                let set = f
                    .attrs
                    .borrow()
                    .iter()
                    .find(|(k, _)| &**k == name)
                    .map(|(_, v)| v.clone());
                if set.is_some() {
                    return Ok(set);
                }
                self.function_attr(f, name)
            }
            Value::BoundMethod(bm) => Ok(match name {
                "__self__" => Some(bm.receiver.clone()),
                "__func__" => Some(bm.func.clone()),
                _ => return self.get_attr_opt(&bm.func.clone(), name),
            }),
            Value::Native(n) => Ok(match name {
                "__name__" | "__qualname__" => Some(Value::Str(n.name.clone())),
                "__self__" => n.bound.clone(),
                _ => None,
            }),
            Value::Generator(g) => {
                let g2 = g.borrow();
                Ok(match name {
                    "__name__" => Some(Value::Str(g2.name().clone())),
                    "__qualname__" => Some(Value::Str(g2.qualname().clone())),
                    "cr_running" | "gi_running" => Some(Value::Bool(g2.state == GenState::Running)),
                    "cr_code" | "gi_code" | "ag_code" => Some(Value::Code(g2.code.clone())),
                    _ => {
                        drop(g2);
                        self.type_lookup(obj, name).map(|a| self.bind(obj, a))
                    }
                })
            }
            // A closure's cell (`f.__closure__[0]`); an empty one has no contents.
            Value::Cell(c) if name == "cell_contents" => match c.borrow().clone() {
                Some(v) => Ok(Some(v)),
                None => Err(self.new_exc(ExcKind::ValueError, "Cell is empty")),
            },
            Value::Code(c) => Ok(match name {
                "co_name" => Some(Value::Str(c.name.clone())),
                "co_filename" => Some(Value::Str(c.filename.clone())),
                "co_firstlineno" => Some(Value::Int(c.first_line as i64)),
                "co_argcount" => Some(Value::Int(c.argcount as i64)),
                "co_posonlyargcount" => Some(Value::Int(c.posonlyargcount as i64)),
                "co_kwonlyargcount" => Some(Value::Int(c.kwonlyargcount as i64)),
                "co_varnames" => Some(Value::tuple(
                    c.varnames.iter().map(|n| Value::Str(n.clone())).collect(),
                )),
                // CPython's flag bits, for `inspect`.
                "co_flags" => {
                    use crate::compiler::CodeKind as K;
                    let kind = match c.kind {
                        K::Generator => 0x20,
                        K::Coroutine => 0x80,
                        K::AsyncGenerator => 0x200,
                        _ => 0,
                    };
                    let args = if c.has_varargs { 4 } else { 0 } | if c.has_varkw { 8 } else { 0 };
                    Some(Value::Int(3 | args | kind))
                }
                _ => None,
            }),
            _ => {
                if let Some(v) = crate::vm::methods::value_attribute(self, obj, name)? {
                    return Ok(Some(v));
                }
                Ok(self.type_lookup(obj, name).map(|a| self.bind(obj, a)))
            }
        }
    }

    /// A function's own attributes (after those set on it).
    fn function_attr(&self, f: &PyFunction, name: &str) -> PyResult<Option<Value>> {
        Ok(match name {
            "__name__" => Some(Value::Str(f.name.borrow().clone())),
            "__qualname__" => Some(Value::Str(f.qualname.borrow().clone())),
            "__module__" => Some(Value::Str(f.module.clone())),
            "__doc__" => Some(f.code.doc.clone().map_or(Value::None, Value::Str)),
            "__code__" => Some(Value::Code(f.code.clone())),
            "__closure__" if f.closure.is_empty() => Some(Value::None),
            "__closure__" => Some(Value::tuple(
                f.closure.iter().cloned().map(Value::Cell).collect(),
            )),
            "__defaults__" => {
                if f.defaults.is_empty() {
                    Some(Value::None)
                } else {
                    Some(Value::tuple(f.defaults.clone()))
                }
            }
            "__kwdefaults__" if f.kwdefaults.is_empty() => Some(Value::None),
            "__kwdefaults__" => {
                let mut d = crate::vm::value::Dict::new();
                for (k, v) in &f.kwdefaults {
                    d.insert(
                        crate::vm::value::Key::Str(k.clone()),
                        Value::Str(k.clone()),
                        v.clone(),
                    );
                }
                Some(Value::Dict(Rc::new(crate::cell::RefCell::new(d))))
            }
            "__annotations__" => Some(Value::Dict(Default::default())),
            "__dict__" => Some(str_dict(
                &f.attrs.borrow(),
                &["__annotations__", "__doc__", "__module__"],
            )),
            _ => None,
        })
    }

    fn exception_attr(&self, inst: &Instance, name: &str) -> Option<Value> {
        let d = inst.exc.as_ref()?.borrow();
        Some(match name {
            "args" => Value::tuple(d.args.clone()),
            "__cause__" => d.cause.clone().unwrap_or(Value::None),
            "__context__" => d.context.clone().unwrap_or(Value::None),
            "__suppress_context__" => Value::Bool(d.suppress_context),
            "__traceback__" => self.traceback_object(&d.traceback),
            "code"
                if inst
                    .class
                    .is_subclass_of(&self.types.exc(ExcKind::SystemExit)) =>
            {
                match d.args.len() {
                    0 => Value::None,
                    1 => d.args.at(0).clone(),
                    _ => Value::tuple(d.args.clone()),
                }
            }
            "errno" | "strerror" | "filename" | "filename2"
                if inst.class.is_subclass_of(&self.types.exc(ExcKind::OSError)) =>
            {
                match (name, d.args.as_slice()) {
                    ("errno", [errno, _]) => errno.clone(),
                    ("strerror", [_, text]) => text.clone(),
                    _ => Value::None,
                }
            }
            "value"
                if inst
                    .class
                    .is_subclass_of(&self.types.exc(ExcKind::StopIteration)) =>
            {
                d.args.first().cloned().unwrap_or(Value::None)
            }
            _ => return None,
        })
    }

    fn super_get(&mut self, sup: &Instance, name: &str) -> PyResult<Option<Value>> {
        let this = match sup.get_attr("__thisclass__") {
            Some(Value::Class(c)) => c,
            _ => return Ok(None),
        };
        let obj = sup.get_attr("__self__").unwrap_or(Value::None);
        let start = match &obj {
            Value::Class(c) => c.clone(),
            other => self.class_of(other),
        };
        let mut chain = vec![start.clone()];
        chain.extend(start.mro.iter().cloned());
        // `super()` in a metaclass method: the class is an instance of `this`.
        if matches!(obj, Value::Class(_)) && !chain.iter().any(|c| Rc::ptr_eq(c, &this)) {
            let meta = self.class_of(&obj);
            chain = vec![meta.clone()];
            chain.extend(meta.mro.iter().cloned());
            let pos = chain
                .iter()
                .position(|c| Rc::ptr_eq(c, &this))
                .map_or(chain.len(), |p| p + 1);
            for c in chain.part(pos..) {
                let found = c.dict.borrow().get(name).cloned();
                if let Some(attr) = found {
                    if let Some(v) = self.descriptor_get(&attr, Some(&obj), &meta)? {
                        return Ok(Some(v));
                    }
                    return Ok(Some(self.bind(&obj, attr)));
                }
            }
            return Ok(None);
        }
        let pos = chain
            .iter()
            .position(|c| Rc::ptr_eq(c, &this))
            .map(|p| p + 1)
            .unwrap_or(chain.len());
        for c in chain.part(pos..) {
            let found = c.dict.borrow().get(name).cloned();
            if let Some(attr) = found {
                if let Some(v) = self.descriptor_get(&attr, Some(&obj), &start)? {
                    return Ok(Some(v));
                }
                if let Value::Class(_) = obj {
                    return Ok(Some(attr));
                }
                return Ok(Some(self.bind(&obj, attr)));
            }
        }
        Ok(None)
    }

    /// The `__slots__` of `class` and its bases, and whether its instances
    /// have a `__dict__` (some class of its MRO but `object` has no
    /// `__slots__`, or lists `__dict__`).
    fn slots_of(&mut self, class: &Rc<Class>) -> PyResult<(Vec<Value>, bool)> {
        let (mut names, mut has_dict) = (Vec::new(), false);
        for c in std::iter::once(class).chain(class.mro.iter()) {
            let slots = c.dict.borrow().get("__slots__").cloned();
            match slots {
                _ if Rc::ptr_eq(c, &self.types.object) => {}
                None => has_dict = true,
                Some(one @ Value::Str(_)) => names.push(one),
                Some(many) => names.extend(self.iterate(&many)?),
            }
        }
        has_dict |= names.iter().any(|n| n.as_str() == Some("__dict__"));
        Ok((names, has_dict))
    }

    /// A module's own `__getattr__` (PEP 562) for a name it lacks; its
    /// AttributeError gives way to the usual message and suggestion.
    fn module_getattr(&mut self, getattr: &Value, name: &str) -> PyResult<Option<Value>> {
        match self.call(getattr, vec![Value::str(name)]) {
            Ok(v) => Ok(Some(v)),
            Err(Interrupt::Raise(e)) if self.is_instance_of_kind(&e, ExcKind::AttributeError) => {
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    /// The type among bytes and int (a bool too) whose lib/ methods `obj`
    /// (an instance or the type itself) would find.
    fn lib_methods_of(&self, obj: &Value) -> Option<LibMethods> {
        match obj {
            Value::Bytes(_) => Some(LibMethods::Bytes),
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => Some(LibMethods::Int),
            Value::Class(c) if Rc::ptr_eq(c, &self.types.bytes) => Some(LibMethods::Bytes),
            Value::Class(c) if Rc::ptr_eq(c, &self.types.int) => Some(LibMethods::Int),
            Value::Str(_) => Some(LibMethods::Str),
            Value::Class(c) if Rc::ptr_eq(c, &self.types.str_) => Some(LibMethods::Str),
            Value::Float(_) => Some(LibMethods::Float),
            Value::Class(c) if Rc::ptr_eq(c, &self.types.float) => Some(LibMethods::Float),
            _ => None,
        }
    }

    fn lib_methods_type(&self, which: LibMethods) -> &Rc<Class> {
        match which {
            LibMethods::Bytes => &self.types.bytes,
            LibMethods::Int => &self.types.int,
            LibMethods::Str => &self.types.str_,
            LibMethods::Float => &self.types.float,
        }
    }

    /// Puts the public names of `which`'s lib/ file (and bytes' codecs) in
    /// its type, once: the first time a method is missing (a page that has
    /// not fetched the file keeps the native methods alone).
    pub fn install_lib_methods(&mut self, which: LibMethods) -> PyResult<()> {
        let bit = 1 << which as u8;
        if self.lib_methods_installed & bit != 0 {
            return Ok(());
        }
        self.lib_methods_installed |= bit;
        let file = match which {
            LibMethods::Bytes => "_bytes",
            LibMethods::Int => "_int",
            LibMethods::Str => "_str",
            LibMethods::Float => "_float",
        };
        if crate::modules::library_source(file).is_none() {
            return Ok(());
        }
        if let Some(Value::Module(m)) = crate::modules::load(self, file)? {
            let class = self.lib_methods_type(which).clone();
            for (k, v) in m.globals.borrow().iter() {
                let codec = matches!(&**k, "_decode" | "_encode");
                if (codec || !k.starts_with('_')) && !matches!(v, Value::Module(_)) {
                    class.dict.borrow_mut().insert(k.clone(), v.clone());
                }
            }
        }
        Ok(())
    }

    /// For `obj.name(...)`: avoid allocating a bound method where possible.
    pub fn load_method(&mut self, obj: &Value, name: &str) -> PyResult<(Value, Value)> {
        match obj {
            Value::Instance(inst) if !Rc::ptr_eq(&inst.class, &self.types.super_) => {
                let found = if inst.get_attr(name).is_none() {
                    inst.class.lookup(name)
                } else {
                    None
                };
                if let Some(attr @ (Value::Function(_) | Value::Native(_))) = found {
                    return Ok((attr, obj.clone()));
                }
            }
            Value::List(_)
            | Value::Str(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::Tuple(_)
            | Value::Future(_) => {
                if let Some(attr @ Value::Native(_)) = self.type_lookup(obj, name) {
                    return Ok((attr, obj.clone()));
                }
            }
            _ => {}
        }
        let v = self.get_attr(obj, name)?;
        Ok((Value::Null, v))
    }

    pub fn set_attr(&mut self, obj: &Value, name: Rc<str>, v: Value) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                if let Some(f @ Value::Function(_)) = inst.class.lookup("__setattr__") {
                    self.call(&f, vec![obj.clone(), Value::Str(name), v])?;
                    return Ok(());
                }
                if let Some(Value::Instance(d)) = inst.class.lookup(&name) {
                    if Rc::ptr_eq(&d.class, &self.types.property) {
                        let setter = d.get_attr("fset").unwrap_or(Value::None);
                        if setter.is_none() {
                            return Err(self.new_exc(
                                ExcKind::AttributeError,
                                format!("can't set attribute '{name}'"),
                            ));
                        }
                        self.call(&setter, vec![obj.clone(), v])?;
                        return Ok(());
                    }
                    // A data descriptor written in Python.
                    if let (ClassKind::Object, Some(set)) =
                        (d.class.kind, d.class.lookup("__set__"))
                    {
                        self.call(&set, vec![Value::Instance(d), obj.clone(), v])?;
                        return Ok(());
                    }
                }
                if let Some(data) = &inst.exc {
                    match &*name {
                        "__cause__" => {
                            let mut d = data.borrow_mut();
                            d.cause = if v.is_none() { None } else { Some(v) };
                            d.suppress_context = true;
                            return Ok(());
                        }
                        "__context__" => {
                            data.borrow_mut().context = if v.is_none() { None } else { Some(v) };
                            return Ok(());
                        }
                        "__suppress_context__" => {
                            data.borrow_mut().suppress_context = self.truthy(&v)?;
                            return Ok(());
                        }
                        // Another exception's traceback (lib/_exceptiongroup.py).
                        "__traceback__" => {
                            let tb = match &v {
                                Value::Instance(i) => {
                                    i.exc.as_ref().map(|d| d.borrow().traceback.clone())
                                }
                                _ => None,
                            };
                            data.borrow_mut().traceback = tb.unwrap_or_default();
                            return Ok(());
                        }
                        "args" => {
                            data.borrow_mut().args = self.iterate(&v)?;
                            return Ok(());
                        }
                        _ => {}
                    }
                }
                // A new attribute: only a class declaring `__slots__` itself
                // can lack a `__dict__`.
                if inst.get_attr(&name).is_none()
                    && inst.class.dict.borrow().contains_key("__slots__")
                {
                    let (slots, has_dict) = self.slots_of(&inst.class)?;
                    if !has_dict && !slots.iter().any(|n| n.as_str() == Some(&name)) {
                        return Err(self.attribute_error(obj, &name));
                    }
                }
                inst.set_attr(name, v);
                Ok(())
            }
            Value::Class(c) => {
                if let Some(f @ Value::Function(_)) =
                    c.meta.as_ref().and_then(|m| m.lookup("__setattr__"))
                {
                    self.call(&f, vec![obj.clone(), Value::Str(name), v])?;
                    return Ok(());
                }
                c.dict.borrow_mut().insert(name, v);
                Ok(())
            }
            Value::Module(m) => {
                m.globals.borrow_mut().insert(name, v);
                Ok(())
            }
            Value::Function(f) => {
                match &*name {
                    "__name__" => {
                        if let Value::Str(s) = &v {
                            *f.name.borrow_mut() = s.clone();
                        }
                    }
                    "__qualname__" => {
                        if let Value::Str(s) = &v {
                            *f.qualname.borrow_mut() = s.clone();
                        }
                    }
                    _ => {
                        let mut attrs = f.attrs.borrow_mut();
                        match attrs.iter_mut().find(|(k, _)| *k == name) {
                            Some(slot) => slot.1 = v,
                            None => attrs.push((name, v)),
                        }
                    }
                }
                Ok(())
            }
            _ => Err(self.new_exc(
                ExcKind::AttributeError,
                format!(
                    "'{}' object has no attribute '{}'",
                    self.type_name(obj),
                    name
                ),
            )),
        }
    }

    pub fn del_attr(&mut self, obj: &Value, name: &str) -> PyResult<()> {
        if let Value::Instance(inst) = obj {
            if let Some(f @ Value::Function(_)) = inst.class.lookup("__delattr__") {
                self.call(&f, vec![obj.clone(), Value::str(name)])?;
                return Ok(());
            }
        }
        let ok = match obj {
            Value::Instance(inst) => inst.del_attr(name),
            Value::Class(c) => c.dict.borrow_mut().remove(name).is_some(),
            Value::Module(m) => m.globals.borrow_mut().remove(name).is_some(),
            _ => false,
        };
        if ok {
            Ok(())
        } else {
            Err(self.attribute_error(obj, name))
        }
    }

    // ---- truthiness ----

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

    fn to_big(&self, v: &Value) -> Option<BigInt> {
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

    fn is_int(v: &Value) -> bool {
        matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
    }

    fn int_binop(&self, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
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

    fn float_binop(&self, x: f64, y: f64, op: BinOp) -> PyResult<Option<Value>> {
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

    fn repeat_count(&self, n: &Value) -> PyResult<usize> {
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
    fn check_size(&self, n: usize) -> PyResult<()> {
        self.check_alloc(crate::vm::items_bytes(n))
    }

    fn sequence_binop(
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
            (
                BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor,
                Value::Set(x),
                Value::Set(y),
            ) => {
                let r = set_op(&x.borrow(), &y.borrow(), op);
                if inplace {
                    *x.borrow_mut() = r;
                    return Ok(Some(a.clone()));
                }
                Value::Set(Rc::new(RefCell::new(r)))
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

    fn container_eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
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

    fn seq_eq(&mut self, x: &[Value], y: &[Value]) -> PyResult<bool> {
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
    fn number_cmp(&self, a: &Value, b: &Value) -> PyResult<Option<Option<Ordering>>> {
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
            (Value::Set(x), Value::Set(y)) => {
                let (x, y) = (x.borrow(), y.borrow());
                let sub = x.hash_keys().all(|k| y.contains(k));
                let sup = y.hash_keys().all(|k| x.contains(k));
                Ok(match op {
                    CmpOp::Lt => sub && x.len() < y.len(),
                    CmpOp::LtE => sub,
                    CmpOp::Gt => sup && x.len() > y.len(),
                    _ => sup,
                })
            }
            _ => {
                let r = self.rich_compare(a, b, op)?;
                self.truthy(&r)
            }
        }
    }

    fn seq_items(&self, v: &Value) -> Vec<Value> {
        match v {
            Value::Tuple(t) => t.to_vec(),
            Value::List(l) => l.borrow().clone(),
            _ => Vec::new(),
        }
    }

    /// User-defined comparison methods with reflection, else CPython's errors.
    fn rich_compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
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
            Value::Str(s) => match item {
                Value::Str(sub) => Ok(crate::search::contains(s, sub)),
                other => Err(self.type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    self.type_name(other)
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
    fn key_among(&mut self, v: &Value, stored: &dyn Fn(&Key) -> Option<Value>) -> PyResult<Key> {
        let k = self.hash_key(v)?;
        let Key::Obj(h, _) = k else { return Ok(k) };
        let mut n = 0;
        while let Some(c) = stored(&Key::Obj(h, n)) {
            if c.is(v) || self.eq(&c, v)? {
                break;
            }
            n += 1;
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

    fn index_of(&self, idx: &Value, len: usize, what: &str) -> PyResult<usize> {
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

    fn slice_positions(&self, s: &[Value; 3], len: usize) -> PyResult<Vec<usize>> {
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

    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::List(_) | Value::Tuple(_) | Value::Dict(_) | Value::Set(_) => self
                .guarded(" while getting the repr of an object", |vm| {
                    vm.repr_inner(v)
                }),
            _ => self.repr_inner(v),
        }
    }

    fn repr_inner(&mut self, v: &Value) -> PyResult<String> {
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
            Value::Future(f) => crate::asyncio::future_repr(self, f)?,
            Value::Loop(_) => {
                "<_UnixSelectorEventLoop running=False closed=False debug=False>".to_string()
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

    fn repr_guard_enter(&mut self, v: &Value) -> bool {
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

    fn repr_guard_exit(&mut self) {
        REPR_STACK.with(|s| {
            s.borrow_mut().pop();
        });
    }

    fn join_reprs(&mut self, items: &[Value]) -> PyResult<String> {
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
        let (items, mapping) = match args {
            Value::Tuple(t) => (t.to_vec(), None),
            Value::Dict(_) => (vec![args.clone()], Some(args.clone())),
            other => (vec![other.clone()], None),
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

thread_local! {
    static REPR_STACK: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

pub fn range_len(start: i64, stop: i64, step: i64) -> i64 {
    if step > 0 && start < stop {
        (stop - start - 1) / step + 1
    } else if step < 0 && start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    }
}

fn order_matches(o: Ordering, op: CmpOp) -> bool {
    match op {
        CmpOp::Lt => o == Ordering::Less,
        CmpOp::LtE => o != Ordering::Greater,
        CmpOp::Gt => o == Ordering::Greater,
        CmpOp::GtE => o != Ordering::Less,
        CmpOp::Eq => o == Ordering::Equal,
        CmpOp::NotEq => o != Ordering::Equal,
        _ => false,
    }
}

fn cmp_big_float(i: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let fi = BigInt::from_f64(f.trunc())?;
    match i.cmp(&fi) {
        Ordering::Equal => {
            let frac = f - f.trunc();
            Some(if frac > 0.0 {
                Ordering::Less
            } else if frac < 0.0 {
                Ordering::Greater
            } else {
                Ordering::Equal
            })
        }
        o => Some(o),
    }
}

fn set_op(x: &Dict, y: &Dict, op: BinOp) -> Dict {
    let mut r = Dict::new();
    // Work on hash keys directly for the other operations.
    let pairs = |d: &Dict| -> Vec<(Key, Value)> {
        let keys: Vec<Key> = d.hash_keys().cloned().collect();
        keys.into_iter().zip(d.keys()).collect()
    };
    match op {
        BinOp::BitOr => {
            for (k, v) in pairs(x).into_iter().chain(pairs(y)) {
                r.insert(k, v, Value::None);
            }
        }
        BinOp::BitAnd => {
            for (k, v) in pairs(x) {
                if y.contains(&k) {
                    r.insert(k, v, Value::None);
                }
            }
        }
        BinOp::Sub => {
            for (k, v) in pairs(x) {
                if !y.contains(&k) {
                    r.insert(k, v, Value::None);
                }
            }
        }
        BinOp::BitXor => {
            for (k, v) in pairs(x) {
                if !y.contains(&k) {
                    r.insert(k, v, Value::None);
                }
            }
            for (k, v) in pairs(y) {
                if !x.contains(&k) {
                    r.insert(k, v, Value::None);
                }
            }
        }
        _ => {}
    }
    r
}

fn dunder_names(op: BinOp) -> (&'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__"),
        BinOp::Sub => ("__sub__", "__rsub__"),
        BinOp::Mult => ("__mul__", "__rmul__"),
        BinOp::MatMult => ("__matmul__", "__rmatmul__"),
        BinOp::Div => ("__truediv__", "__rtruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__"),
        BinOp::Pow => ("__pow__", "__rpow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__"),
        BinOp::BitOr => ("__or__", "__ror__"),
        BinOp::BitXor => ("__xor__", "__rxor__"),
        BinOp::BitAnd => ("__and__", "__rand__"),
    }
}

/// Look into the table behind a set or frozenset.
fn with_set<R>(v: &Value, f: impl FnOnce(&Dict) -> R) -> R {
    match v {
        Value::Set(d) => f(&d.borrow()),
        Value::FrozenSet(d) => f(d),
        _ => f(&Dict::new()),
    }
}

/// A dict of name/value pairs (an object's `__dict__`), leaving out `skip`.
fn str_dict(items: &[(Rc<str>, Value)], skip: &[&str]) -> Value {
    let mut d = Dict::new();
    for (k, v) in items {
        if !skip.contains(&&**k) {
            d.insert(Key::Str(k.clone()), Value::Str(k.clone()), v.clone());
        }
    }
    Value::Dict(Rc::new(RefCell::new(d)))
}
