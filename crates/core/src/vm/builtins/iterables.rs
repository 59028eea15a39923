//! The builtins over iterables: `sum`, `min`/`max`, `round`, `sorted` (the
//! VM's one merge sort), `reversed`, `enumerate`, `zip`, `map`, `filter`,
//! `any`, `all`.

use super::*;

pub(super) fn b_sum(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    // (How many: `argspec`.)
    let start = args.take_kw("start");
    let mut acc = start
        .or_else(|| args.pos.get(1).cloned())
        .unwrap_or(Value::Int(0));
    if let Value::Str(_) = acc {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    let it = vm.get_iter(args.at(0))?;
    while let Some(x) = vm.call_next(&it)? {
        if let (Value::Int(a), Value::Int(b)) = (&acc, &x) {
            if let Some(s) = a.checked_add(*b) {
                acc = Value::Int(s);
                continue;
            }
        }
        acc = vm.binary_op(&acc, &x, BinOp::Add, false)?;
    }
    Ok(acc)
}

pub(super) fn min_max(vm: &mut Vm, mut args: Args, name: &str, op: CmpOp) -> PyResult<Value> {
    let key = args.take_kw("key").filter(|k| !k.is_none());
    let default = args.take_kw("default");
    if args.pos.is_empty() {
        return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    invalid_keywords(vm, name, &args)?;
    let items = match args.pos.len() {
        1 => vm.iterate(args.at(0))?,
        _ => args.pos,
    };
    if items.is_empty() {
        return match default {
            Some(d) => Ok(d),
            None => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
        };
    }
    let mut best = items.at(0).clone();
    let mut best_key = match &key {
        Some(k) => vm.call(k, vec![best.clone()])?,
        None => best.clone(),
    };
    for it in items.into_iter().skip(1) {
        let k = match &key {
            Some(kf) => vm.call(kf, vec![it.clone()])?,
            None => it.clone(),
        };
        if vm.compare_order(&k, &best_key, op)? {
            best = it;
            best_key = k;
        }
    }
    Ok(best)
}

pub(super) fn b_min(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "min", CmpOp::Lt)
}

pub(super) fn b_max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "max", CmpOp::Gt)
}

pub(super) fn b_round(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let nd = args.take_kw("ndigits");
    check_args(vm, "round", &args, 1, 2)?;
    let ndigits = nd
        .or_else(|| args.pos.get(1).cloned())
        .filter(|v| !v.is_none());
    let x = args.at(0);
    match (x, ndigits) {
        (Value::Float(f), None) => {
            vm.check_integral(*f)?;
            let r = pyfloat::round_half_even(*f, 0);
            Ok(int_value(BigInt::from_f64(r).unwrap_or_default()))
        }
        (Value::Float(f), Some(n)) => {
            let n = match n {
                Value::Int(i) => i,
                _ => {
                    return Err(vm.type_error("'float' object cannot be interpreted as an integer"))
                }
            };
            Ok(Value::Float(pyfloat::round_half_even(*f, n)))
        }
        (Value::Int(_) | Value::Bool(_) | Value::BigInt(_), None) => Ok(match x {
            Value::Bool(b) => Value::Int(*b as i64),
            other => other.clone(),
        }),
        (Value::Int(i), Some(Value::Int(n))) => {
            if n >= 0 {
                return Ok(Value::Int(*i));
            }
            // Round to a power of ten, half to even.
            let p = BigInt::from_i64(10).pow((-n) as u64);
            let x = BigInt::from_i64(*i);
            let (q, r) = x.divmod_floor(&p).unwrap_or_default();
            let twice = r.add(&r);
            let q = match twice.cmp(&p) {
                std::cmp::Ordering::Greater => q.add(&BigInt::from_i64(1)),
                std::cmp::Ordering::Equal => {
                    let (_, odd) = q.divmod_floor(&BigInt::from_i64(2)).unwrap_or_default();
                    if odd.is_zero() {
                        q
                    } else {
                        q.add(&BigInt::from_i64(1))
                    }
                }
                std::cmp::Ordering::Less => q,
            };
            Ok(int_value(q.mul(&p)))
        }
        (v, _) => match vm.type_lookup(v, "__round__") {
            Some(m) => vm.call(&m, args.pos.clone()),
            None => Err(vm.type_error(format!(
                "type {} doesn't define __round__ method",
                vm.type_name(v)
            ))),
        },
    }
}

/// A stable merge sort that only asks `less(a, b)` and lets it fail.
pub fn merge_sort<T: Clone>(
    vm: &mut Vm,
    items: Vec<T>,
    less: &mut dyn FnMut(&mut Vm, &T, &T) -> PyResult<bool>,
) -> PyResult<Vec<T>> {
    if items.len() <= 1 {
        return Ok(items);
    }
    // Insertion sort for short runs.
    if items.len() <= 16 {
        let mut out: Vec<T> = Vec::with_capacity(items.len());
        for it in items {
            let mut pos = out.len();
            while pos > 0 && less(vm, &it, out.at(pos - 1))? {
                pos -= 1;
            }
            out.insert_at(pos, it);
        }
        return Ok(out);
    }
    let mut left = items;
    let right = left.split_off(left.len() / 2);
    let left = merge_sort(vm, left, less)?;
    let right = merge_sort(vm, right, less)?;
    let mut out = Vec::with_capacity(left.len() + right.len());
    let (mut i, mut j) = (0, 0);
    while i < left.len() && j < right.len() {
        if less(vm, right.at(j), left.at(i))? {
            out.push(right.at(j).clone());
            j += 1;
        } else {
            out.push(left.at(i).clone());
            i += 1;
        }
    }
    out.extend_from_slice(left.part(i..));
    out.extend_from_slice(right.part(j..));
    Ok(out)
}

/// Sort values like `list.sort(key=..., reverse=...)`.
pub fn sort_values(
    vm: &mut Vm,
    items: Vec<Value>,
    key: Option<Value>,
    reverse: bool,
) -> PyResult<Vec<Value>> {
    let mut keyed: Vec<(Value, Value)> = Vec::with_capacity(items.len());
    for it in items {
        let k = match &key {
            Some(f) => vm.call(f, vec![it.clone()])?,
            None => it.clone(),
        };
        keyed.push((k, it));
    }
    if reverse {
        // Reverse stability: sort reversed input, then reverse the output.
        keyed.reverse();
        let mut sorted = merge_sort(vm, keyed, &mut |vm, a, b| {
            vm.compare_order(&a.0, &b.0, CmpOp::Lt)
        })?;
        sorted.reverse();
        return Ok(sorted.into_iter().map(|(_, v)| v).collect());
    }
    let sorted = merge_sort(vm, keyed, &mut |vm, a, b| {
        vm.compare_order(&a.0, &b.0, CmpOp::Lt)
    })?;
    Ok(sorted.into_iter().map(|(_, v)| v).collect())
}

pub(super) fn b_sorted(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let key = args.take_kw("key").filter(|k| !k.is_none());
    let reverse = match args.take_kw("reverse") {
        Some(r) => vm.truthy(&r)?,
        None => false,
    };
    // (sorted() is list.sort's, words included.)
    invalid_keywords(vm, "sort", &args)?;
    check_args(vm, "sorted", &args, 1, 1)?;
    let items = vm.iterate(args.at(0))?;
    Ok(Value::list(sort_values(vm, items, key, reverse)?))
}

pub(super) fn iter_value(it: IterObj) -> Value {
    Value::Iterator(Rc::new(RefCell::new(it)))
}

pub(super) fn b_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "reversed", &args, 1, 1)?;
    let v = args.at(0);
    Ok(match v {
        Value::List(l) => iter_value(IterObj::Reversed {
            seq: v.clone(),
            index: l.borrow().len(),
        }),
        Value::Tuple(t) => iter_value(IterObj::Reversed {
            seq: v.clone(),
            index: t.len(),
        }),
        Value::Range(r) => {
            let n = range_len(r.0, r.1, r.2);
            let last = r.0 + (n - 1) * r.2;
            iter_value(IterObj::Range {
                next: last,
                stop: r.0 - r.2,
                step: -r.2,
            })
        }
        Value::Str(_) | Value::Dict(_) => {
            let mut items = vm.iterate(v)?;
            items.reverse();
            iter_value(IterObj::Vec { items, index: 0 })
        }
        _ => match vm.type_lookup(v, "__reversed__") {
            Some(m) => vm.call(&m, vec![v.clone()])?,
            // The sequence protocol: `__len__` and `__getitem__` from the end.
            None if vm.type_lookup(v, "__getitem__").is_some() => {
                let mut items = Vec::new();
                for i in (0..len_of(vm, v)?).rev() {
                    items.push(vm.get_item(v, &Value::Int(i as i64))?);
                }
                iter_value(IterObj::Vec { items, index: 0 })
            }
            None => {
                return Err(vm.type_error(format!("'{}' object is not reversible", vm.type_name(v))))
            }
        },
    })
}

pub(super) fn b_enumerate(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let start = args.take_kw("start");
    let iterable = args.take_kw("iterable");
    if let Some(v) = iterable {
        args.pos.insert_at(0, v);
    }
    if args.pos.is_empty() {
        return Err(vm.type_error("enumerate() missing required argument 'iterable'"));
    }
    let start = start
        .or_else(|| args.pos.get(1).cloned())
        .unwrap_or(Value::Int(0));
    let inner = vm.get_iter(args.at(0))?;
    Ok(iter_value(IterObj::Enumerate {
        inner,
        count: start,
    }))
}

pub(super) fn b_zip(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    args.take_kw("strict");
    invalid_keywords(vm, "zip", &args)?;
    let mut iters = Vec::new();
    for a in &args.pos {
        iters.push(vm.get_iter(a)?);
    }
    Ok(iter_value(IterObj::Zip { iters }))
}

pub(super) fn b_map(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut iters = Vec::new();
    for a in args.pos.part(1..) {
        iters.push(vm.get_iter(a)?);
    }
    Ok(iter_value(IterObj::Map {
        func: args.at(0).clone(),
        iters,
    }))
}

pub(super) fn b_filter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "filter", &args, 2, 2)?;
    let inner = vm.get_iter(args.at(1))?;
    Ok(iter_value(IterObj::Filter {
        func: args.at(0).clone(),
        inner,
    }))
}

pub(super) fn b_any(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "any", &args, 1, 1)?;
    let it = vm.get_iter(args.at(0))?;
    while let Some(x) = vm.call_next(&it)? {
        if vm.truthy(&x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

pub(super) fn b_all(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "all", &args, 1, 1)?;
    let it = vm.get_iter(args.at(0))?;
    while let Some(x) = vm.call_next(&it)? {
        if !vm.truthy(&x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}
