//! object's and type's constructors and slots, and the descriptors
//! (property, classmethod/staticmethod) and super.

use super::*;

pub(super) fn identity_method(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.pos.first().cloned().unwrap_or(Value::None))
}

pub(super) fn identity_first(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.pos.first().cloned().unwrap_or(Value::None))
}

pub(super) fn object_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() > 1 || !args.kw.is_empty() {
        return Err(vm.type_error("object() takes no arguments"));
    }
    // `object.__new__(cls)` from a `__new__` written in Python.
    let class = match args.pos.first() {
        Some(Value::Class(c)) if c.kind != ClassKind::Builtin => c.clone(),
        _ => vm.types.object.clone(),
    };
    let inst = Rc::new(Instance::new(class));
    vm.track_instance(&inst);
    Ok(Value::Instance(inst))
}

/// `int.__new__(cls, ...)` (float's, str's, tuple's) with `cls` a class
/// written in Python, as a `__new__` of its own calls it: an instance of
/// `cls` standing on the value made (`lib/_builtin_bases.py`).
pub(super) fn of_class(
    vm: &mut Vm,
    args: Args,
    new: fn(&mut Vm, Args) -> PyResult<Value>,
) -> PyResult<Value> {
    let class = match args.pos.first() {
        Some(Value::Class(c)) if c.kind != ClassKind::Builtin => Some(c.clone()),
        _ => None,
    };
    let value = new(vm, args)?;
    Ok(match class {
        Some(class) => {
            let inst = Rc::new(Instance::new(class));
            inst.set_attr(Rc::from("_builtin_value"), value);
            vm.track_instance(&inst);
            Value::Instance(inst)
        }
        None => value,
    })
}

pub(super) fn no_op(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

/// `object.__init__`: extra arguments are an error unless `__new__` was overridden.
pub(super) fn object_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() <= 1 && args.kw.is_empty() {
        return Ok(Value::None);
    }
    let class = vm.class_of(args.pos.first().unwrap_or(&Value::None));
    let own_init = !matches!(class.lookup("__init__"), Some(Value::Native(_)));
    if own_init {
        return Err(vm.type_error(
            "object.__init__() takes exactly one argument (the instance to initialize)",
        ));
    }
    let own_new = matches!(class.lookup("__new__"), Some(Value::Function(_)));
    if own_new || class.kind != ClassKind::Object || class.is_subclass_of(&vm.types.type_) {
        return Ok(Value::None);
    }
    Err(vm.type_error(format!("{}() takes no arguments", class.name)))
}

/// `cls.mro()`: `__mro__` as a list.
pub(super) fn type_mro(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.pos.first().cloned().unwrap_or(Value::None);
    let mro = vm.get_attr(&cls, "__mro__")?;
    Ok(Value::list(vm.iterate(&mro)?))
}

pub(super) fn type_call(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    match args.pos.first() {
        Some(Value::Class(c)) => {
            let c = c.clone();
            args.pos.remove_at(0);
            vm.instantiate_plain(c, args)
        }
        _ => Err(vm.type_error("descriptor '__call__' requires a 'type' object")),
    }
}

/// `object.__setattr__(obj, name, value)` and `object.__delattr__(obj, name)`:
/// the plain store or removal, past any hook the object's class defines.
pub(super) fn object_setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "__setattr__", &args, 2, 3)?;
    let (obj, value) = (args.at(0), args.pos.get(2));
    let Value::Str(name) = args.at(1) else {
        return Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(args.at(1))
        )));
    };
    match (obj, value) {
        (Value::Instance(i), Some(v)) => i.set_attr(name.clone(), v.clone()),
        (Value::Class(c), Some(v)) => {
            c.dict.borrow_mut().insert(name.clone(), v.clone());
        }
        (Value::Instance(i), None) if i.del_attr(name) => {}
        _ => return Err(vm.attribute_error(obj, name)),
    }
    Ok(Value::None)
}

pub(super) fn type_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos.len() {
        2 => Ok(Value::Class(vm.class_of(args.at(1)))),
        4 => {
            let name = match args.at(1) {
                Value::Str(s) => s.clone(),
                _ => return Err(vm.type_error("type.__new__() argument 1 must be str")),
            };
            let bases = vm.iterate(args.at(2))?;
            let mut ns = crate::vm::value::NameMap::default();
            for (k, v) in vm.mapping_items(args.at(3))? {
                if let Value::Str(s) = k {
                    ns.insert(s, v);
                }
            }
            let meta = match args.at(0) {
                Value::Class(m) => Some(m.clone()),
                _ => None,
            };
            make_class(vm, &name, bases, None, Some(ns), meta, args.kw)
        }
        _ => Err(vm.type_error("type() takes 1 or 3 arguments")),
    }
}

pub(super) fn property_init(_vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let fget = args.take_kw("fget");
    let fset = args.take_kw("fset");
    let doc = args.take_kw("doc");
    if let Some(Value::Instance(p)) = args.pos.first() {
        let fget = fget
            .or_else(|| args.pos.get(1).cloned())
            .unwrap_or(Value::None);
        // Its doc, else the getter's docstring.
        let doc = doc.unwrap_or_else(|| match &fget {
            Value::Function(f) => f.code.doc.clone().map_or(Value::None, Value::Str),
            _ => Value::None,
        });
        p.set_attr(Rc::from("fget"), fget);
        p.set_attr(
            Rc::from("fset"),
            fset.or_else(|| args.pos.get(2).cloned())
                .unwrap_or(Value::None),
        );
        p.set_attr(Rc::from("__doc__"), doc);
    }
    Ok(Value::None)
}

pub(super) fn property_copy(vm: &mut Vm, args: &Args, slot: &str) -> PyResult<Value> {
    let Some(Value::Instance(p)) = args.pos.first() else {
        return Err(vm.type_error("descriptor requires a property"));
    };
    let new = Instance::new(vm.types.property.clone());
    for (k, v) in p.attrs.borrow().iter() {
        new.set_attr(k.clone(), v.clone());
    }
    new.set_attr(
        Rc::from(slot),
        args.pos.get(1).cloned().unwrap_or(Value::None),
    );
    Ok(Value::Instance(Rc::new(new)))
}

pub(super) fn property_setter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_copy(vm, &args, "fset")
}

pub(super) fn property_getter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_copy(vm, &args, "fget")
}

pub(super) fn wrapper_init(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(Value::Instance(w)) = args.pos.first() {
        w.set_attr(Rc::from("__func__"), args.at(1).clone());
    }
    Ok(Value::None)
}

pub(super) fn super_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() != 3 {
        return Err(vm.new_exc(ExcKind::RuntimeError, "super(): no arguments"));
    }
    if let Some(Value::Instance(sp)) = args.pos.first() {
        sp.set_attr(Rc::from("__thisclass__"), args.at(1).clone());
        sp.set_attr(Rc::from("__self__"), args.at(2).clone());
    }
    Ok(Value::None)
}
