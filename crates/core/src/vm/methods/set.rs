//! set's and frozenset's constructors and methods.

use super::*;

pub(super) const SET_METHODS: &[(&str, NativeFn)] = &[
    ("add", set_add),
    ("discard", set_discard),
    ("remove", set_remove),
    ("pop", set_pop),
    ("clear", set_clear),
    ("copy", set_copy),
    ("update", set_update),
    ("union", set_union),
    ("intersection", set_intersection),
    ("difference", set_difference),
    ("symmetric_difference", set_symmetric_difference),
    ("intersection_update", set_intersection_update),
    ("difference_update", set_difference_update),
    (
        "symmetric_difference_update",
        set_symmetric_difference_update,
    ),
    ("issubset", set_issubset),
    ("issuperset", set_issuperset),
    ("isdisjoint", set_isdisjoint),
];

pub(super) fn set_dict(vm: &Vm, v: &Value) -> PyResult<Dict> {
    match v {
        Value::Set(d) => Ok(d.borrow().clone()),
        Value::FrozenSet(d) => Ok((**d).clone()),
        _ => Err(vm.type_error("descriptor requires a 'set' object")),
    }
}

pub(super) fn this_set(vm: &Vm, args: &Args) -> PyResult<Rc<RefCell<Dict>>> {
    match args.pos.first() {
        Some(Value::Set(d)) => Ok(d.clone()),
        _ => Err(vm.type_error("descriptor requires a 'set' object")),
    }
}

pub(super) fn wrap_like(orig: &Value, d: Dict) -> Value {
    match orig {
        Value::FrozenSet(_) => Value::FrozenSet(Rc::new(d)),
        _ => Value::Set(Rc::new(RefCell::new(d))),
    }
}

pub(super) fn other_set(vm: &mut Vm, v: &Value) -> PyResult<Dict> {
    match v {
        Value::Set(_) | Value::FrozenSet(_) => set_dict(vm, v),
        other => set_from(vm, Some(other)),
    }
}

pub(super) fn set_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "add", &args, 2, 2)?;
    let d = this_set(vm, &args)?;
    let k = vm.dict_key(&d, args.at(1))?;
    d.borrow_mut().insert(k, args.at(1).clone(), Value::None);
    Ok(Value::None)
}

pub(super) fn set_discard(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "discard", &args, 2, 2)?;
    let d = this_set(vm, &args)?;
    let k = vm.dict_key(&d, args.at(1))?;
    d.borrow_mut().remove(&k);
    Ok(Value::None)
}

pub(super) fn set_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "remove", &args, 2, 2)?;
    let d = this_set(vm, &args)?;
    let k = vm.dict_key(&d, args.at(1))?;
    let removed = d.borrow_mut().remove(&k);
    match removed {
        Some(_) => Ok(Value::None),
        None => Err(Interrupt::Raise(vm.make_exc(
            vm.types.exc(ExcKind::KeyError),
            vec![args.at(1).clone()],
        ))),
    }
}

pub(super) fn set_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this_set(vm, &args)?;
    let popped = d.borrow_mut().pop_set_first();
    match popped {
        Some(k) => Ok(k),
        None => Err(vm.new_exc(ExcKind::KeyError, "pop from an empty set")),
    }
}

pub(super) fn set_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this_set(vm, &args)?.borrow_mut().clear();
    Ok(Value::None)
}

pub(super) fn set_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = set_dict(vm, args.at(0))?;
    Ok(wrap_like(args.at(0), d))
}

pub(super) fn set_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this_set(vm, &args)?;
    for other in args.pos.part(1..) {
        let o = other_set(vm, other)?;
        let mut dm = d.borrow_mut();
        for (k, v) in o.hash_keys().cloned().zip(o.keys()) {
            dm.insert(k, v, Value::None);
        }
    }
    Ok(Value::None)
}

pub(super) fn combine(vm: &mut Vm, args: &Args, op: crate::syntax::ast::BinOp) -> PyResult<Value> {
    let mut acc = Value::Set(Rc::new(RefCell::new(set_dict(vm, args.at(0))?)));
    for other in args.pos.part(1..) {
        let o = Value::Set(Rc::new(RefCell::new(other_set(vm, other)?)));
        acc = vm.binary_op(&acc, &o, op, false)?;
    }
    let d = set_dict(vm, &acc)?;
    Ok(wrap_like(args.at(0), d))
}

pub(super) fn set_union(vm: &mut Vm, args: Args) -> PyResult<Value> {
    combine(vm, &args, crate::syntax::ast::BinOp::BitOr)
}

pub(super) fn set_intersection(vm: &mut Vm, args: Args) -> PyResult<Value> {
    combine(vm, &args, crate::syntax::ast::BinOp::BitAnd)
}

pub(super) fn set_difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    combine(vm, &args, crate::syntax::ast::BinOp::Sub)
}

pub(super) fn set_symmetric_difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    combine(vm, &args, crate::syntax::ast::BinOp::BitXor)
}

/// The in-place forms: the set becomes `set <op> others`.
pub(super) fn set_update_by(
    vm: &mut Vm,
    args: Args,
    op: crate::syntax::ast::BinOp,
) -> PyResult<Value> {
    let r = combine(vm, &args, op)?;
    let d = this_set(vm, &args)?;
    *d.borrow_mut() = set_dict(vm, &r)?;
    Ok(Value::None)
}

pub(super) fn set_intersection_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    set_update_by(vm, args, crate::syntax::ast::BinOp::BitAnd)
}

pub(super) fn set_difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    set_update_by(vm, args, crate::syntax::ast::BinOp::Sub)
}

pub(super) fn set_symmetric_difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "symmetric_difference_update", &args, 2, 2)?;
    set_update_by(vm, args, crate::syntax::ast::BinOp::BitXor)
}

pub(super) fn set_issubset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "issubset", &args, 2, 2)?;
    let a = set_dict(vm, args.at(0))?;
    let b = other_set(vm, args.at(1))?;
    let r = a.hash_keys().all(|k| b.contains(k));
    Ok(Value::Bool(r))
}

pub(super) fn set_issuperset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "issuperset", &args, 2, 2)?;
    let a = set_dict(vm, args.at(0))?;
    let b = other_set(vm, args.at(1))?;
    let r = b.hash_keys().all(|k| a.contains(k));
    Ok(Value::Bool(r))
}

pub(super) fn set_isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "isdisjoint", &args, 2, 2)?;
    let a = set_dict(vm, args.at(0))?;
    let b = other_set(vm, args.at(1))?;
    let r = !a.hash_keys().any(|k| b.contains(k));
    Ok(Value::Bool(r))
}

pub(super) fn set_from(vm: &mut Vm, v: Option<&Value>) -> PyResult<Dict> {
    let mut d = Dict::new();
    if let Some(v) = v {
        for it in vm.iterate(&v.clone())? {
            let k = vm.key_in(&it, &d)?;
            d.insert(k, it, Value::None);
        }
    }
    Ok(d)
}

pub(super) fn set_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = set_from(vm, args.pos.get(1))?;
    Ok(Value::Set(Rc::new(RefCell::new(d))))
}

pub(super) fn frozenset_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = set_from(vm, args.pos.get(1))?;
    Ok(Value::FrozenSet(Rc::new(d)))
}
