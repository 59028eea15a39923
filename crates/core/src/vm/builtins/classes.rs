//! Class creation: `__build_class__` (metaclasses, `__prepare__`,
//! `__mro_entries__`) and `make_class` (the MRO, `__set_name__`,
//! `__init_subclass__`).

use super::*;

/// `class Name(bases): body` — run the body, then build the class (through
/// the metaclass when there is one other than `type`).
pub(super) fn b_build_class(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let explicit_meta = args.take_kw("metaclass");
    let Some(Value::Function(body)) = args.pos.first().cloned() else {
        return Err(vm.type_error("__build_class__: func must be a function"));
    };
    let name = match args.pos.get(1) {
        Some(Value::Str(s)) => s.clone(),
        _ => return Err(vm.type_error("__build_class__: name is not a string")),
    };
    // A base that is not a class (`Generic[T]`, `List[int]`) names the
    // classes it stands for with `__mro_entries__`.
    let written: Vec<Value> = args.pos.part(2..).to_vec();
    let mut bases = Vec::new();
    for b in &written {
        match vm.type_lookup(b, "__mro_entries__") {
            Some(f) if !matches!(b, Value::Class(_)) => {
                let entries = vm.call(&f, vec![b.clone(), Value::tuple(written.clone())])?;
                bases.extend(vm.iterate(&entries)?);
            }
            _ => bases.push(b.clone()),
        }
    }
    let meta = match explicit_meta {
        Some(Value::Class(m)) => Some(m),
        Some(other) => {
            let r = vm.repr(&other)?;
            return Err(vm.type_error(format!("metaclass must be a class (got {r})")));
        }
        // The most derived metaclass among the bases'.
        None => bases
            .iter()
            .fold(None, |best: Option<Rc<Class>>, b| match b {
                Value::Class(c) => match (&best, &c.meta) {
                    (Some(m), Some(cm)) if cm.is_subclass_of(m) => Some(cm.clone()),
                    (None, Some(cm)) => Some(cm.clone()),
                    _ => best,
                },
                _ => best,
            }),
    };
    match meta {
        Some(m) if !Rc::ptr_eq(&m, &vm.types.type_) => {
            let ns: crate::vm::frame::Namespace = Rc::new(RefCell::new(Default::default()));
            ns.borrow_mut()
                .insert(Rc::from("__module__"), Value::Str(body.module.clone()));
            vm.run_class_body(&body, ns.clone())?;
            // The metaclass sees the names in the order the body stored them.
            let ns = ns.borrow();
            let mut d = Dict::new();
            let stored = body.code.ops.iter().filter_map(|op| match op {
                crate::compiler::Op::StoreName(i) => body.code.names.get(*i as usize),
                _ => None,
            });
            for k in stored.chain(ns.keys()) {
                if let Some(v) = ns.get(k) {
                    let key = crate::vm::value::Key::Str(k.clone());
                    d.insert(key, Value::Str(k.clone()), v.clone());
                }
            }
            let call_args = Args {
                pos: vec![
                    Value::Str(name),
                    Value::tuple(bases),
                    Value::Dict(Rc::new(RefCell::new(d))),
                ],
                kw: args.kw,
            };
            vm.call_args(&Value::Class(m), call_args)
        }
        _ => make_class(vm, &name, bases, Some(body), None, None, args.kw),
    }
}

/// The built-in types CPython itself refuses as bases.
const NOT_A_BASE: [&str; 20] = [
    "bool",
    "range",
    "slice",
    "NoneType",
    "ellipsis",
    "NotImplementedType",
    "function",
    "builtin_function_or_method",
    "method",
    "generator",
    "coroutine",
    "async_generator",
    "code",
    "cell",
    "list_iterator",
    "tuple_iterator",
    "str_ascii_iterator",
    "range_iterator",
    "dict_keyiterator",
    "memoryview",
];

/// For a base that is dict, list, str, tuple, int, float, bytes, set or
/// frozenset, the class of
/// `lib/_builtin_bases.py`
/// that a subclass's instances stand on.
fn builtin_base(vm: &mut Vm, c: &Rc<Class>) -> PyResult<Option<Rc<Class>>> {
    let t = &vm.types;
    let name = if Rc::ptr_eq(c, &t.dict) {
        "_dict"
    } else if Rc::ptr_eq(c, &t.list) {
        "_list"
    } else if Rc::ptr_eq(c, &t.str_) {
        "_str"
    } else if Rc::ptr_eq(c, &t.tuple) {
        "_tuple"
    } else if Rc::ptr_eq(c, &t.int) {
        "_int"
    } else if Rc::ptr_eq(c, &t.float) {
        "_float"
    } else if Rc::ptr_eq(c, &t.bytes) {
        "_bytes"
    } else if Rc::ptr_eq(c, &t.set) {
        "_set"
    } else if Rc::ptr_eq(c, &t.frozenset) {
        "_frozenset"
    } else {
        return Ok(None);
    };
    let module = vm.import_module("_builtin_bases")?;
    match vm.get_attr_opt(&module, name)? {
        Some(Value::Class(base)) => Ok(Some(base)),
        _ => Ok(None),
    }
}

pub fn make_class(
    vm: &mut Vm,
    name: &str,
    bases: Vec<Value>,
    body: Option<Rc<PyFunction>>,
    namespace: Option<crate::vm::value::NameMap>,
    meta: Option<Rc<Class>>,
    kw: Vec<(Rc<str>, Value)>,
) -> PyResult<Value> {
    let mut base_classes = Vec::new();
    for b in &bases {
        match b {
            Value::Class(c) => base_classes.push(c.clone()),
            other => {
                let r = vm.repr(other).unwrap_or_default();
                return Err(vm.type_error(format!("bases must be types (got {r})")));
            }
        }
    }
    let mut kind = ClassKind::Object;
    let mut k = 0;
    while k < base_classes.len() {
        let c = base_classes[k].clone();
        k += 1;
        if c.kind == ClassKind::Exception {
            kind = ClassKind::Exception;
        } else if c.kind == ClassKind::Builtin && !Rc::ptr_eq(&c, &vm.types.object) {
            let allowed = Rc::ptr_eq(&c, &vm.types.future)
                || Rc::ptr_eq(&c, &vm.types.task)
                || Rc::ptr_eq(&c, &vm.types.type_);
            if let Some(base) = builtin_base(vm, &c)? {
                // The type's methods written in Python are found through
                // the subclass's bases from now on.
                if let Some(which) = vm.lib_methods_of(&Value::Class(c.clone())) {
                    vm.install_lib_methods(which)?;
                }
                // What its instances stand on goes first (`lib/_builtin_bases.py`),
                // unless another base brings it.
                if !base_classes.iter().any(|b| b.is_subclass_of(&base)) {
                    base_classes.insert(k - 1, base);
                    k += 1;
                }
            } else if !allowed && NOT_A_BASE.contains(&&*c.name) {
                return Err(
                    vm.type_error(format!("type '{}' is not an acceptable base type", c.name))
                );
            } else if !allowed {
                return Err(vm.new_exc(
                    ExcKind::NotImplementedError,
                    format!(
                        "the playground does not support subclassing the built-in type '{}'",
                        c.name
                    ),
                ));
            }
        }
    }
    if base_classes.is_empty() {
        base_classes.push(vm.types.object.clone());
    }
    let ns: crate::vm::frame::Namespace = Rc::new(RefCell::new(namespace.unwrap_or_default()));
    let module = body
        .as_ref()
        .map(|b| b.module.clone())
        .unwrap_or_else(|| Rc::from("__main__"));
    ns.borrow_mut()
        .entry(Rc::from("__module__"))
        .or_insert_with(|| Value::Str(module.clone()));
    if let Some(body) = &body {
        vm.run_class_body(body, ns.clone())?;
    }
    let mut dict = ns.borrow().clone();
    let classcell = dict.remove("__classcell__");
    let qualname = match dict.remove("__qualname__") {
        Some(Value::Str(s)) => s,
        _ => Rc::from(name),
    };
    let module = match dict.remove("__module__") {
        Some(Value::Str(s)) => s,
        _ => module,
    };
    let mro = linearize(&base_classes).map_err(|m| vm.type_error(m))?;
    let class = Rc::new(Class {
        name: Rc::from(name),
        qualname: RefCell::new(qualname),
        module,
        bases: base_classes,
        mro,
        dict: RefCell::new(dict),
        kind,
        meta: meta.filter(|m| !Rc::ptr_eq(m, &vm.types.type_)),
        has_del: Default::default(),
    });
    class.has_del.set(class.lookup("__del__").is_some());
    if let Some(Value::Cell(c)) = classcell {
        *c.borrow_mut() = Some(Value::Class(class.clone()));
    }
    let cls = Value::Class(class.clone());
    // Descriptors learn their names, then the parents hear of the subclass.
    let attrs: Vec<(Rc<str>, Value)> = class
        .dict
        .borrow()
        .iter()
        .filter(|(_, v)| matches!(v, Value::Instance(_)))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    for (k, v) in attrs {
        if let Some(f) = vm.type_lookup(&v, "__set_name__") {
            vm.call(&f, vec![v, cls.clone(), Value::Str(k)])?;
        }
    }
    let hook = class
        .mro
        .iter()
        .find_map(|c| c.dict.borrow().get("__init_subclass__").cloned());
    match hook.filter(|h| !matches!(h, Value::Native(_))) {
        Some(h) => {
            let f = match &h {
                Value::Instance(i) => i.get_attr("__func__").unwrap_or(h.clone()),
                _ => h,
            };
            vm.call_args(
                &f,
                Args {
                    pos: vec![cls.clone()],
                    kw,
                },
            )?;
        }
        None if !kw.is_empty() => {
            return Err(vm.type_error(format!(
                "{}.__init_subclass__() takes no keyword arguments",
                class.name
            )))
        }
        None => {}
    }
    Ok(cls)
}
