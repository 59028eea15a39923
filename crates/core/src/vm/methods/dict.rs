//! dict's constructor, methods and views (`keys()`, `values()`, `items()`).

use super::*;

pub(super) const DICT_METHODS: &[(&str, NativeFn)] = &[
    ("get", dict_get),
    ("keys", dict_keys),
    ("values", dict_values),
    ("items", dict_items),
    ("setdefault", dict_setdefault),
    ("update", dict_update),
    ("pop", dict_pop),
    ("popitem", dict_popitem),
    ("clear", dict_clear),
    ("copy", dict_copy),
    ("fromkeys", dict_fromkeys),
];

pub(super) fn this_dict(vm: &Vm, args: &Args) -> PyResult<Rc<RefCell<Dict>>> {
    match args.pos.first() {
        Some(Value::Dict(d)) => Ok(d.clone()),
        _ => Err(vm.type_error("descriptor requires a 'dict' object")),
    }
}

pub(super) fn dict_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "get", &args, 2, 3)?;
    let d = this_dict(vm, &args)?;
    let k = vm.dict_key(&d, args.at(1))?;
    let v = d.borrow().get(&k).cloned();
    Ok(v.unwrap_or_else(|| args.pos.get(2).cloned().unwrap_or(Value::None)))
}

pub(super) fn dict_view(vm: &mut Vm, args: Args, what: u8) -> PyResult<Value> {
    let d = this_dict(vm, &args)?;
    Ok(crate::vm::methods::make_view(vm, Value::Dict(d), what))
}

pub(super) fn dict_keys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    dict_view(vm, args, 0)
}

pub(super) fn dict_values(vm: &mut Vm, args: Args) -> PyResult<Value> {
    dict_view(vm, args, 1)
}

pub(super) fn dict_items(vm: &mut Vm, args: Args) -> PyResult<Value> {
    dict_view(vm, args, 2)
}

pub(super) fn dict_setdefault(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "setdefault", &args, 2, 3)?;
    let d = this_dict(vm, &args)?;
    let k = vm.dict_key(&d, args.at(1))?;
    if let Some(v) = d.borrow().get(&k) {
        return Ok(v.clone());
    }
    let v = args.pos.get(2).cloned().unwrap_or(Value::None);
    d.borrow_mut().insert(k, args.at(1).clone(), v.clone());
    Ok(v)
}

pub(super) fn dict_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this_dict(vm, &args)?;
    let mut copy = d.borrow().clone();
    if let Some(src) = args.pos.get(1) {
        dict_update_from(vm, &mut copy, &src.clone())?;
    }
    for (k, v) in args.kw {
        copy.insert(Key::Str(k.clone()), Value::Str(k), v);
    }
    *d.borrow_mut() = copy;
    Ok(Value::None)
}

pub(super) fn dict_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "pop", &args, 2, 3)?;
    let d = this_dict(vm, &args)?;
    let k = vm.dict_key(&d, args.at(1))?;
    let removed = d.borrow_mut().remove(&k);
    match removed {
        Some((_, v)) => Ok(v),
        None => match args.pos.get(2) {
            Some(default) => Ok(default.clone()),
            None => Err(Interrupt::Raise(vm.make_exc(
                vm.types.exc(ExcKind::KeyError),
                vec![args.at(1).clone()],
            ))),
        },
    }
}

pub(super) fn dict_popitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this_dict(vm, &args)?;
    let popped = d.borrow_mut().pop_last();
    match popped {
        Some((k, v)) => Ok(Value::tuple(vec![k, v])),
        None => Err(vm.new_exc(ExcKind::KeyError, "popitem(): dictionary is empty")),
    }
}

pub(super) fn dict_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this_dict(vm, &args)?.borrow_mut().clear();
    Ok(Value::None)
}

pub(super) fn dict_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this_dict(vm, &args)?.borrow().clone();
    Ok(new_dict(d))
}

pub(super) fn dict_fromkeys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // Called on the class: `dict.fromkeys(keys, value)`.
    let (keys, value) = match args.pos.first() {
        Some(Value::Dict(_)) => (args.pos.get(1).cloned(), args.pos.get(2).cloned()),
        _ => (args.pos.first().cloned(), args.pos.get(1).cloned()),
    };
    let keys = keys.ok_or_else(|| vm.type_error("fromkeys expected at least 1 argument, got 0"))?;
    let value = value.unwrap_or(Value::None);
    let mut d = Dict::new();
    for k in vm.iterate(&keys)? {
        let hk = vm.key_in(&k, &d)?;
        d.insert(hk, k, value.clone());
    }
    Ok(new_dict(d))
}

/// `dict_keys([...])`-style views: live, iterable, sized, printable.
pub fn make_view(vm: &mut Vm, dict: Value, what: u8) -> Value {
    let class = view_class(vm, what);
    let inst = Instance::new(class);
    inst.set_attr(Rc::from("_dict"), dict);
    Value::Instance(Rc::new(inst))
}

pub(super) fn view_class(vm: &mut Vm, what: u8) -> Rc<Class> {
    let name = ["dict_keys", "dict_values", "dict_items"][what as usize];
    if let Some(Value::Class(c)) = vm.builtins.borrow().get(&*format!(".{name}")) {
        return c.clone();
    }
    let c = crate::vm::exceptions::new_class(
        name,
        "builtins",
        vec![vm.types.object.clone()],
        ClassKind::Object,
    );
    c.dict
        .borrow_mut()
        .insert(Rc::from("_what"), Value::Int(what as i64));
    method(&c, "__iter__", view_iter);
    method(&c, "__len__", view_len);
    method(&c, "__repr__", view_repr);
    method(&c, "__contains__", view_contains);
    vm.builtins
        .borrow_mut()
        .insert(Rc::from(format!(".{name}")), Value::Class(c.clone()));
    c
}

pub(super) fn view_parts(vm: &Vm, args: &Args) -> PyResult<(Value, u8)> {
    match args.pos.first() {
        Some(Value::Instance(i)) => {
            let d = i.get_attr("_dict").unwrap_or(Value::None);
            let what = match i.class.lookup("_what") {
                Some(Value::Int(w)) => w as u8,
                _ => 0,
            };
            Ok((d, what))
        }
        _ => Err(vm.type_error("bad dict view")),
    }
}

pub(super) fn view_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, what) = view_parts(vm, &args)?;
    let len = match &d {
        Value::Dict(dd) => dd.borrow().len(),
        _ => 0,
    };
    Ok(Value::Iterator(Rc::new(RefCell::new(IterObj::Dict {
        dict: d,
        pos: 0,
        what,
        len_at_start: len,
    }))))
}

pub(super) fn view_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (d, _) = view_parts(vm, &args)?;
    Ok(Value::Int(len_of(vm, &d)? as i64))
}

pub(super) fn view_items(vm: &mut Vm, args: &Args) -> PyResult<(Vec<Value>, u8)> {
    let (d, what) = view_parts(vm, args)?;
    let Value::Dict(dd) = d else {
        return Ok((vec![], what));
    };
    let dd = dd.borrow();
    Ok((
        match what {
            0 => dd.keys(),
            1 => dd.values(),
            _ => dd
                .items()
                .into_iter()
                .map(|(k, v)| Value::tuple(vec![k, v]))
                .collect(),
        },
        what,
    ))
}

pub(super) fn view_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (items, what) = view_items(vm, &args)?;
    let name = *["dict_keys", "dict_values", "dict_items"].at(what as usize);
    let inner = vm.repr(&Value::list(items))?;
    s(format!("{name}({inner})"))
}

pub(super) fn view_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (items, _) = view_items(vm, &args)?;
    let needle = args.pos.get(1).cloned().unwrap_or(Value::None);
    for it in &items {
        if vm.eq(it, &needle)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

pub fn new_dict(d: Dict) -> Value {
    Value::Dict(Rc::new(RefCell::new(d)))
}

pub(super) fn dict_update_from(vm: &mut Vm, d: &mut Dict, src: &Value) -> PyResult<()> {
    match src {
        Value::Dict(s) => {
            for (k, v) in s.borrow().clone().iter() {
                let hk = vm.key_in(k, d)?;
                d.insert(hk, k.clone(), v.clone());
            }
        }
        _ if vm.get_attr_probe(src, "keys")?.is_some()
            && !matches!(src, Value::List(_) | Value::Tuple(_)) =>
        {
            for (k, v) in vm.mapping_items(src)? {
                let hk = vm.key_in(&k, d)?;
                d.insert(hk, k, v);
            }
        }
        _ => {
            let items = vm.iterate(src)?;
            for (i, it) in items.into_iter().enumerate() {
                let pair = vm.iterate(&it).map_err(|_| {
                    vm.type_error(format!(
                        "cannot convert dictionary update sequence element #{} to a sequence",
                        i
                    ))
                })?;
                if pair.len() != 2 {
                    return Err(vm.value_error(format!(
                        "dictionary update sequence element #{} has length {}; 2 is required",
                        i,
                        pair.len()
                    )));
                }
                let hk = vm.key_in(pair.at(0), d)?;
                d.insert(hk, pair.at(0).clone(), pair.at(1).clone());
            }
        }
    }
    Ok(())
}

pub(super) fn dict_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut d = Dict::new();
    if let Some(src) = args.pos.get(1) {
        dict_update_from(vm, &mut d, &src.clone())?;
    }
    for (k, v) in args.kw {
        d.insert(Key::Str(k.clone()), Value::Str(k), v);
    }
    Ok(new_dict(d))
}
