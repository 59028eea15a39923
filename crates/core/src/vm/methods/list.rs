//! list's constructor and methods (tuple's `count`/`index` are the sequences' in `mod.rs`).

use super::*;

pub(super) const LIST_METHODS: &[(&str, NativeFn)] = &[
    ("append", list_append),
    ("extend", list_extend),
    ("insert", list_insert),
    ("pop", list_pop),
    ("remove", list_remove),
    ("index", seq_index),
    ("count", seq_count),
    ("sort", list_sort),
    ("reverse", list_reverse),
    ("clear", list_clear),
    ("copy", list_copy),
];

pub(super) fn this_list(vm: &Vm, args: &Args) -> PyResult<Rc<RefCell<Vec<Value>>>> {
    match args.pos.first() {
        Some(Value::List(l)) => Ok(l.clone()),
        _ => Err(vm.type_error("descriptor requires a 'list' object")),
    }
}

pub(super) fn list_append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "list.append() takes exactly one argument ({} given)",
            args.pos.len() - 1
        )));
    }
    let l = this_list(vm, &args)?;
    let mut l = l.borrow_mut();
    vm.check_alloc(crate::vm::items_bytes(l.len() + 1))?;
    l.push(args.at(1).clone());
    Ok(Value::None)
}

pub(super) fn list_extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "list.extend", &args, 2, 2)?;
    let l = this_list(vm, &args)?;
    let items = vm.iterate(args.at(1))?;
    vm.check_alloc(crate::vm::items_bytes(l.borrow().len() + items.len()))?;
    l.borrow_mut().extend(items);
    Ok(Value::None)
}

pub(super) fn list_insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "insert", &args, 3, 3)?;
    let l = this_list(vm, &args)?;
    let len = l.borrow().len() as i64;
    let i = to_i64(vm, args.at(1))?;
    let i = if i < 0 { (i + len).max(0) } else { i.min(len) };
    l.borrow_mut().insert_at(i as usize, args.at(2).clone());
    Ok(Value::None)
}

pub(super) fn list_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "pop", &args, 1, 2)?;
    let l = this_list(vm, &args)?;
    let i = match args.pos.get(1) {
        Some(v) => to_i64(vm, v)?,
        None => -1,
    };
    let len = l.borrow().len() as i64;
    if len == 0 {
        return Err(vm.new_exc(ExcKind::IndexError, "pop from empty list"));
    }
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return Err(vm.new_exc(ExcKind::IndexError, "pop index out of range"));
    }
    let v = l.borrow_mut().remove_at(j as usize);
    Ok(v)
}

pub(super) fn list_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "remove", &args, 2, 2)?;
    let l = this_list(vm, &args)?;
    let items = l.borrow().clone();
    for (i, it) in items.iter().enumerate() {
        if vm.eq(it, args.at(1))? {
            l.borrow_mut().remove_at(i);
            return Ok(Value::None);
        }
    }
    Err(vm.value_error("list.remove(x): x not in list"))
}

pub(super) fn seq_items(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    vm.iterate(v)
}

pub(super) fn seq_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "index", &args, 2, 4)?;
    let items = seq_items(vm, args.at(0))?;
    let len = items.len() as i64;
    let norm = |v: Option<&Value>, d: i64| match v {
        None => Ok(d),
        Some(Value::Int(i)) => Ok(if *i < 0 {
            (*i + len).max(0)
        } else {
            (*i).min(len)
        }),
        Some(Value::Bool(b)) => Ok(i64::from(*b).min(len)),
        Some(_) => Err(vm.type_error("slice indices must be integers or have an __index__ method")),
    };
    let start = norm(args.pos.get(2), 0)?;
    let end = norm(args.pos.get(3), len)?;
    for i in start..end.max(start) {
        if vm.eq(items.at(i as usize), args.at(1))? {
            return Ok(Value::Int(i));
        }
    }
    let what = match args.at(0) {
        Value::Tuple(_) => "tuple.index(x): x not in tuple".to_string(),
        Value::List(_) => {
            let r = vm.repr(args.at(1))?;
            format!("{r} is not in list")
        }
        _ => "x not in sequence".to_string(),
    };
    Err(vm.value_error(what))
}

pub(super) fn seq_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "count", &args, 2, 2)?;
    let items = seq_items(vm, args.at(0))?;
    let mut n = 0;
    for it in &items {
        if vm.eq(it, args.at(1))? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

pub(super) fn list_sort(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let key = args.take_kw("key").filter(|k| !k.is_none());
    let reverse = match args.take_kw("reverse") {
        Some(r) => vm.truthy(&r)?,
        None => false,
    };
    if args.pos.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    crate::vm::builtins::invalid_keywords(vm, "sort", &args)?;
    let l = this_list(vm, &args)?;
    let items = std::mem::take(&mut *l.borrow_mut());
    match sort_values(vm, items.clone(), key, reverse) {
        Ok(sorted) => {
            *l.borrow_mut() = sorted;
            Ok(Value::None)
        }
        Err(e) => {
            *l.borrow_mut() = items;
            Err(e)
        }
    }
}

pub(super) fn list_reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this_list(vm, &args)?.borrow_mut().reverse();
    Ok(Value::None)
}

pub(super) fn list_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    this_list(vm, &args)?.borrow_mut().clear();
    Ok(Value::None)
}

pub(super) fn list_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let items = this_list(vm, &args)?.borrow().clone();
    Ok(Value::list(items))
}

pub(super) fn list_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos.get(1) {
        None => Ok(Value::list(vec![])),
        Some(v) => {
            let items = vm.iterate(&v.clone())?;
            Ok(Value::list(items))
        }
    }
}
