//! `time`: every clock reads the program's clock (virtual in the CLI, real
//! in the browser); `sleep` blocks the whole program, as it blocks CPython's
//! event loop.

use super::native_module;
use crate::vm::builtins::check_args;
use crate::vm::interp::Vm;
use crate::vm::object::{Args, NativeFn};
use crate::vm::value::Value;
use crate::vm::{Interrupt, PyResult, Suspension};
use std::rc::Rc;

pub fn module(_vm: &mut Vm) -> Value {
    const FUNCS: &[(&str, NativeFn)] = &[
        ("sleep", sleep),
        ("time", time),
        ("perf_counter", monotonic),
        ("monotonic", monotonic),
        ("process_time", monotonic),
        ("time_ns", time_ns),
        ("perf_counter_ns", monotonic_ns),
        ("monotonic_ns", monotonic_ns),
        ("strftime", strftime),
        ("ctime", ctime),
    ];
    native_module("time", FUNCS, vec![])
}

fn sleep(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "sleep", &args, 1, 1)?;
    let seconds = match vm.to_f64(&args.pos[0])? {
        Some(s) => s,
        None => {
            return Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(&args.pos[0])
            )))
        }
    };
    if seconds < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    let shown = vm.repr(&args.pos[0])?;
    Err(Interrupt::Suspend(Suspension::Block {
        seconds,
        what: Rc::from(format!("time.sleep({shown})")),
    }))
}

fn time(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Float(vm.epoch_base + vm.time()))
}

fn time_ns(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(((vm.epoch_base + vm.time()) * 1e9) as i64))
}

/// Monotonic clocks start at an arbitrary point, like CPython's.
pub const MONOTONIC_BASE: f64 = 4242.0;

fn monotonic(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Float(MONOTONIC_BASE + vm.time()))
}

fn monotonic_ns(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(((MONOTONIC_BASE + vm.time()) * 1e9) as i64))
}

/// Civil time (UTC) from Unix seconds: (year, month, day, hour, minute, second, weekday).
fn civil(t: f64) -> (i64, i64, i64, i64, i64, i64, i64) {
    let secs = t.floor() as i64;
    let days = secs.div_euclid(86400);
    let rem = secs.rem_euclid(86400);
    // Days to civil date (proleptic Gregorian).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let weekday = (days + 3).rem_euclid(7); // 0 = Monday
    (
        if m <= 2 { y + 1 } else { y },
        m,
        d,
        rem / 3600,
        rem % 3600 / 60,
        rem % 60,
        weekday,
    )
}

fn strftime(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "strftime", &args, 1, 2)?;
    let Value::Str(fmt) = &args.pos[0] else {
        return Err(vm.type_error("strftime() argument 1 must be str"));
    };
    let (y, mo, d, h, mi, s, _) = civil(vm.epoch_base + vm.time());
    let mut out = String::new();
    let mut chars = fmt.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('Y') => out.push_str(&format!("{y:04}")),
            Some('m') => out.push_str(&format!("{mo:02}")),
            Some('d') => out.push_str(&format!("{d:02}")),
            Some('H') => out.push_str(&format!("{h:02}")),
            Some('M') => out.push_str(&format!("{mi:02}")),
            Some('S') => out.push_str(&format!("{s:02}")),
            Some('X') => out.push_str(&format!("{h:02}:{mi:02}:{s:02}")),
            Some('%') => out.push('%'),
            Some(other) => {
                out.push('%');
                out.push(other);
            }
            None => out.push('%'),
        }
    }
    Ok(Value::Str(Rc::from(out)))
}

fn ctime(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let (y, mo, d, h, mi, s, wd) = civil(vm.epoch_base + vm.time());
    const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    Ok(Value::Str(Rc::from(format!(
        "{} {} {:2} {:02}:{:02}:{:02} {}",
        DAYS[wd as usize],
        MONTHS[(mo - 1) as usize],
        d,
        h,
        mi,
        s,
        y
    ))))
}
