//! Attributes: lookup along the MRO with descriptors (`get_attr` and its
//! variants, bound methods, properties, `__getattr__`, super, modules'
//! `__getattr__`, the lazily installed methods written in Python),
//! `set_attr` and `del_attr`.

use super::*;

impl Vm {
    pub(super) fn bind(&self, receiver: &Value, attr: Value) -> Value {
        match &attr {
            Value::Function(_) | Value::Native(_) => Value::BoundMethod(Rc::new(BoundMethod {
                receiver: receiver.clone(),
                func: attr,
            })),
            _ => attr,
        }
    }

    /// A descriptor found on a class: property, classmethod, staticmethod.
    pub(super) fn descriptor_get(
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
                let Some(attr) = self.type_lookup(obj, name) else {
                    return Ok(None);
                };
                // `"x".maketrans`, `(1.0).fromhex`: the library's static and
                // class methods on the built-in types.
                if matches!(attr, Value::Instance(_)) {
                    let class = self.class_of(obj);
                    if let Some(v) = self.descriptor_get(&attr, Some(obj), &class)? {
                        return Ok(Some(v));
                    }
                }
                Ok(Some(self.bind(obj, attr)))
            }
        }
    }

    /// A function's own attributes (after those set on it).
    pub(super) fn function_attr(&self, f: &PyFunction, name: &str) -> PyResult<Option<Value>> {
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

    pub(super) fn exception_attr(&self, inst: &Instance, name: &str) -> Option<Value> {
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

    pub(super) fn super_get(&mut self, sup: &Instance, name: &str) -> PyResult<Option<Value>> {
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
    pub(super) fn slots_of(&mut self, class: &Rc<Class>) -> PyResult<(Vec<Value>, bool)> {
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
    pub(super) fn module_getattr(
        &mut self,
        getattr: &Value,
        name: &str,
    ) -> PyResult<Option<Value>> {
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
    pub(crate) fn lib_methods_of(&self, obj: &Value) -> Option<LibMethods> {
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

    pub(super) fn lib_methods_type(&self, which: LibMethods) -> &Rc<Class> {
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
                if &*name == "__del__" {
                    c.has_del.set(true);
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
}
