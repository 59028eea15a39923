//! `random`: CPython's Mersenne Twister and its algorithms, so a seeded
//! program draws exactly the numbers it draws under CPython.

use super::native_module;
use crate::numeric::bigint::BigInt;
use crate::vm::builtins::{check_args, len_of};
use crate::vm::exceptions::ExcKind;
use crate::vm::interp::Vm;
use crate::vm::object::{Args, NativeFn};
use crate::vm::ops::int_value;
use crate::vm::value::Value;
use crate::vm::PyResult;

pub fn module(_vm: &mut Vm) -> Value {
    const FUNCS: &[(&str, NativeFn)] = &[
        ("seed", seed),
        ("random", random),
        ("uniform", uniform),
        ("randint", randint),
        ("randrange", randrange),
        ("choice", choice),
        ("choices", choices),
        ("shuffle", shuffle),
        ("sample", sample),
        ("getrandbits", getrandbits),
    ];
    native_module("random", FUNCS, vec![])
}

fn to_big(vm: &Vm, v: &Value, what: &str) -> PyResult<BigInt> {
    match v {
        Value::Int(i) => Ok(BigInt::from_i64(*i)),
        Value::Bool(b) => Ok(BigInt::from_i64(*b as i64)),
        Value::BigInt(b) => Ok((**b).clone()),
        Value::Float(f) if f.fract() == 0.0 && f.is_finite() => {
            Ok(BigInt::from_f64(*f).unwrap_or_default())
        }
        other => Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer{}",
            vm.type_name(other),
            what
        ))),
    }
}

fn randbelow(vm: &mut Vm, n: &BigInt) -> BigInt {
    vm.rng.randbelow(n)
}

fn seed(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    args.take_kw("version");
    match args.pos.first() {
        None | Some(Value::None) => {
            let e = vm.entropy;
            vm.rng.seed_from_int(&BigInt::from_u64(e));
        }
        Some(Value::Str(s)) => {
            let s = s.clone();
            vm.rng.seed_from_str(&s);
        }
        Some(v) => {
            let b = to_big(vm, v, "")?;
            vm.rng.seed_from_int(&b.abs());
        }
    }
    Ok(Value::None)
}

fn random(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "random", &args, 0, 0)?;
    Ok(Value::Float(vm.rng.random()))
}

fn uniform(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "uniform", &args, 2, 2)?;
    let a = vm.to_f64(&args.pos[0])?.unwrap_or(0.0);
    let b = vm.to_f64(&args.pos[1])?.unwrap_or(0.0);
    Ok(Value::Float(a + (b - a) * vm.rng.random()))
}

fn range_pick(vm: &mut Vm, start: BigInt, stop: Option<BigInt>, step: BigInt) -> PyResult<Value> {
    let one = BigInt::from_i64(1);
    let Some(stop) = stop else {
        if step != one {
            return Err(vm.type_error("Missing a non-None stop argument"));
        }
        if start > BigInt::from_i64(0) {
            return Ok(int_value(randbelow(vm, &start)));
        }
        return Err(vm.value_error("empty range for randrange()"));
    };
    let width = stop.sub(&start);
    if step == one {
        if width > BigInt::from_i64(0) {
            return Ok(int_value(start.add(&randbelow(vm, &width))));
        }
        return Err(vm.value_error(format!(
            "empty range for randrange() ({start}, {stop}, {width})"
        )));
    }
    let zero = BigInt::from_i64(0);
    let n = if step > zero {
        width
            .add(&step)
            .sub(&one)
            .divmod_floor(&step)
            .map(|(q, _)| q)
            .unwrap_or_default()
    } else if step < zero {
        width
            .add(&step)
            .add(&one)
            .divmod_floor(&step)
            .map(|(q, _)| q)
            .unwrap_or_default()
    } else {
        return Err(vm.value_error("zero step for randrange()"));
    };
    if n <= zero {
        return Err(vm.value_error("empty range for randrange()"));
    }
    let r = randbelow(vm, &n);
    Ok(int_value(start.add(&step.mul(&r))))
}

fn randrange(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "randrange", &args, 1, 3)?;
    let start = to_big(vm, &args.pos[0], "")?;
    let stop = match args.pos.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(to_big(vm, v, "")?),
    };
    let step = match args.pos.get(2) {
        Some(v) => to_big(vm, v, "")?,
        None => BigInt::from_i64(1),
    };
    range_pick(vm, start, stop, step)
}

fn randint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "randint", &args, 2, 2)?;
    let a = to_big(vm, &args.pos[0], "")?;
    let b = to_big(vm, &args.pos[1], "")?;
    range_pick(
        vm,
        a,
        Some(b.add(&BigInt::from_i64(1))),
        BigInt::from_i64(1),
    )
}

fn choice(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "choice", &args, 1, 1)?;
    let seq = args.pos[0].clone();
    let n = len_of(vm, &seq)?;
    if n == 0 {
        return Err(vm.new_exc(ExcKind::IndexError, "Cannot choose from an empty sequence"));
    }
    let i = randbelow(vm, &BigInt::from_u64(n as u64))
        .to_i64()
        .unwrap_or(0);
    vm.get_item(&seq, &Value::Int(i))
}

fn choices(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let weights = args
        .take_kw("weights")
        .or_else(|| args.pos.get(1).cloned())
        .filter(|w| !w.is_none());
    let cum = args.take_kw("cum_weights").filter(|w| !w.is_none());
    let k = match args.take_kw("k").or_else(|| args.pos.get(2).cloned()) {
        Some(Value::Int(k)) => k.max(0) as usize,
        _ => 1,
    };
    let population = vm.iterate(&args.pos[0])?;
    let n = population.len();
    let cum_weights: Option<Vec<f64>> = match (weights, cum) {
        (Some(_), Some(_)) => {
            return Err(vm.type_error("Cannot specify both weights and cumulative weights"))
        }
        (Some(w), None) => {
            let mut acc = 0.0;
            let mut out = Vec::new();
            for x in vm.iterate(&w)? {
                acc += vm.to_f64(&x)?.unwrap_or(0.0);
                out.push(acc);
            }
            Some(out)
        }
        (None, Some(c)) => Some(
            vm.iterate(&c)?
                .iter()
                .map(|x| vm.to_f64(x).ok().flatten().unwrap_or(0.0))
                .collect(),
        ),
        (None, None) => None,
    };
    let mut out = Vec::with_capacity(k);
    match cum_weights {
        None => {
            if n == 0 {
                return Err(vm.new_exc(ExcKind::IndexError, "list index out of range"));
            }
            for _ in 0..k {
                let i = (vm.rng.random() * n as f64).floor() as usize;
                out.push(population[i.min(n - 1)].clone());
            }
        }
        Some(cw) => {
            if cw.len() != n {
                return Err(vm.value_error("The number of weights does not match the population"));
            }
            let total = cw.last().copied().unwrap_or(0.0);
            if total <= 0.0 {
                return Err(vm.value_error("Total of weights must be greater than zero"));
            }
            let hi = n - 1;
            for _ in 0..k {
                let x = vm.rng.random() * total;
                // bisect_right over cw[0..hi]
                let (mut lo, mut h) = (0usize, hi);
                while lo < h {
                    let mid = (lo + h) / 2;
                    if x < cw[mid] {
                        h = mid;
                    } else {
                        lo = mid + 1;
                    }
                }
                out.push(population[lo].clone());
            }
        }
    }
    Ok(Value::list(out))
}

fn shuffle(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "shuffle", &args, 1, 1)?;
    let Value::List(l) = &args.pos[0] else {
        let seq = args.pos[0].clone();
        let n = len_of(vm, &seq)?;
        for i in (1..n).rev() {
            let j = randbelow(vm, &BigInt::from_u64(i as u64 + 1))
                .to_i64()
                .unwrap_or(0);
            let a = vm.get_item(&seq, &Value::Int(i as i64))?;
            let b = vm.get_item(&seq, &Value::Int(j))?;
            vm.set_item(&seq, Value::Int(i as i64), b)?;
            vm.set_item(&seq, Value::Int(j), a)?;
        }
        return Ok(Value::None);
    };
    let n = l.borrow().len();
    for i in (1..n).rev() {
        let j = randbelow(vm, &BigInt::from_u64(i as u64 + 1))
            .to_i64()
            .unwrap_or(0) as usize;
        l.borrow_mut().swap(i, j);
    }
    Ok(Value::None)
}

fn sample(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let k_kw = args.take_kw("k");
    args.take_kw("counts");
    let population = args.pos.first().cloned().unwrap_or(Value::None);
    if matches!(
        population,
        Value::Set(_) | Value::FrozenSet(_) | Value::Dict(_)
    ) {
        return Err(
            vm.type_error("Population must be a sequence.  For dicts or sets, use sorted(d).")
        );
    }
    let k = match k_kw.or_else(|| args.pos.get(1).cloned()) {
        Some(Value::Int(k)) => k,
        Some(other) => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(&other)
            )))
        }
        None => return Err(vm.type_error("sample() missing 1 required positional argument: 'k'")),
    };
    let n = len_of(vm, &population)? as i64;
    if k < 0 || k > n {
        return Err(vm.value_error("Sample larger than population or is negative"));
    }
    let k = k as usize;
    let n = n as usize;
    let mut setsize = 21usize;
    if k > 5 {
        let e = ((k * 3) as f64).ln() / 4f64.ln();
        setsize += 4usize.pow(e.ceil() as u32);
    }
    let mut result = Vec::with_capacity(k);
    if n <= setsize {
        let mut pool = vm.iterate(&population)?;
        for i in 0..k {
            let j = randbelow(vm, &BigInt::from_u64((n - i) as u64))
                .to_i64()
                .unwrap_or(0) as usize;
            result.push(pool[j].clone());
            pool[j] = pool[n - i - 1].clone();
        }
    } else {
        let mut selected = std::collections::HashSet::new();
        for _ in 0..k {
            let mut j = randbelow(vm, &BigInt::from_u64(n as u64))
                .to_i64()
                .unwrap_or(0);
            while selected.contains(&j) {
                j = randbelow(vm, &BigInt::from_u64(n as u64))
                    .to_i64()
                    .unwrap_or(0);
            }
            selected.insert(j);
            result.push(vm.get_item(&population, &Value::Int(j))?);
        }
    }
    Ok(Value::list(result))
}

fn getrandbits(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "getrandbits", &args, 1, 1)?;
    match args.pos[0] {
        Value::Int(k) if k >= 0 => Ok(int_value(vm.rng.getrandbits(k as u32))),
        Value::Int(_) => Err(vm.value_error("number of bits must be non-negative")),
        _ => Err(vm.type_error("getrandbits() requires an integer")),
    }
}
