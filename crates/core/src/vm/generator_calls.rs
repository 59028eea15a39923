//! Builtins that consume an iterable (`list`, `sum`, `sorted`, `enumerate`,
//! `zip`, ...) iterate it from native code, in a nested run that cannot
//! suspend. Once a program has started threads, a call of one of them on a
//! Python generator (or an object with `__iter__` in Python) goes to its
//! Python version instead
//! (`lib/_generator_calls.py`), whose loops run in the program's frames:
//! `list(executor.map(f, xs))` can then wait for the workers.

use crate::compiler::CodeKind;
use crate::vm::interp::Vm;
use crate::vm::object::Args;
use crate::vm::value::Value;
use crate::vm::PyResult;
use std::rc::Rc;

/// The native builtins that have a Python version.
const NATIVES: &[&str] = &[
    "sorted",
    "sum",
    "min",
    "max",
    "any",
    "all",
    "enumerate",
    "zip",
    "map",
    "filter",
    "next",
    "len",
    "repr",
    "print",
];

impl Vm {
    /// The Python version of builtin `func` when `args` hold something
    /// iterated in Python and threads may need to run while it is consumed.
    pub(crate) fn generator_call(&mut self, func: &Value, args: &Args) -> PyResult<Option<Value>> {
        if !self.threads_possible() || !args.pos.iter().any(iterates_in_python) {
            return Ok(None);
        }
        let t = &self.types;
        let name: &str = match func {
            Value::Class(c) => {
                let classes = [
                    ("list", &t.list),
                    ("tuple", &t.tuple),
                    ("set", &t.set),
                    ("frozenset", &t.frozenset),
                    ("dict", &t.dict),
                    ("str", &t.str_),
                ];
                match classes.iter().find(|(_, k)| Rc::ptr_eq(c, k)) {
                    Some((name, _)) => name,
                    None => return Ok(None),
                }
            }
            Value::Native(n) if n.owner.is_none() && NATIVES.contains(&&*n.name) => {
                let builtin = self.builtins.borrow().get(&n.name).cloned();
                match builtin {
                    Some(Value::Native(b)) if Rc::ptr_eq(&b, n) => {
                        NATIVES.iter().find(|k| **k == &*n.name).expect("listed")
                    }
                    _ => return Ok(None),
                }
            }
            _ => return Ok(None),
        };
        self.python_builtin(name)
    }

    /// `_collect`, which lists a generator's items, when `v` is a Python
    /// generator that a native loop (`f(*gen)`, `[*gen]`) would consume.
    pub(crate) fn generator_collector(&mut self, v: &Value) -> PyResult<Option<Value>> {
        if !self.threads_possible() || !iterates_in_python(v) {
            return Ok(None);
        }
        self.python_builtin("_collect")
    }

    /// Whether the program may have threads (it imported `_thread`, or
    /// `asyncio`, whose executors start them).
    fn threads_possible(&self) -> bool {
        self.threads.started > 1
            || self.modules.contains_key("_thread")
            || self.modules.contains_key("asyncio")
            || self.modules.contains_key("multiprocessing")
    }

    fn python_builtin(&mut self, name: &str) -> PyResult<Option<Value>> {
        let globals = match &self.generator_calls {
            Some(g) => g.clone(),
            None => {
                // Without lib/_generator_calls.py (a page offline), the natives serve.
                let Some(source) = crate::modules::library_source("_generator_calls") else {
                    return Ok(None);
                };
                let code = crate::modules::compile_library(self, "builtins", &source)?;
                let g = self.exec_module_code(code, "builtins")?;
                self.generator_calls = Some(g.clone());
                g
            }
        };
        let found = globals.borrow().get(name).cloned();
        Ok(found)
    }
}

/// A Python generator, or an object whose `__iter__` is written in Python
/// (a `multiprocessing.Array` reads another process's memory in it), or
/// whose reads may wait (a manager's proxy, marked `_waits`: `len()`,
/// `str()`, `repr()`, `print()` of it run their Python versions).
fn iterates_in_python(v: &Value) -> bool {
    match v {
        Value::Generator(g) => g
            .try_borrow()
            .is_ok_and(|g| g.code.kind == CodeKind::Generator),
        Value::Instance(i) => {
            matches!(i.class.lookup("__iter__"), Some(Value::Function(_)))
                || i.class.lookup("_waits").is_some()
        }
        _ => false,
    }
}
