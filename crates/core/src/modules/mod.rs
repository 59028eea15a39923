//! The standard-library modules programs can import. Each is native Rust,
//! Python source compiled at import (hidden from tracebacks), or both.

mod math;
mod random;
mod sys;
mod time;

use crate::compiler::Code;
use crate::vm::builtins::native;
use crate::vm::interp::Vm;
use crate::vm::object::{Globals, ModuleObj, NativeFn};
use crate::vm::value::Value;
use crate::vm::{Fatal, Interrupt, PyResult};
use std::cell::RefCell;
use std::rc::Rc;

/// Modules a program can import, for error messages.
pub const AVAILABLE: &[&str] = &[
    "aiohttp",
    "asyncio",
    "functools",
    "math",
    "random",
    "re",
    "requests",
    "sys",
    "time",
    "typing",
];

/// Create a module by name, or `None` if the playground does not have it.
pub fn load(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    Ok(Some(match name {
        "asyncio" => crate::asyncio::install_module(vm)?,
        "time" => time::module(vm),
        "random" => random::module(vm),
        "sys" => {
            let module = sys::module(vm);
            let extra = python_module(
                vm,
                "sys",
                include_str!(concat!(env!("OUT_DIR"), "/sys_version.py")),
            )?;
            if let (Value::Module(m), Value::Module(e)) = (&module, &extra) {
                if let Some(v) = e.globals.borrow().get("version_info") {
                    m.globals
                        .borrow_mut()
                        .insert(Rc::from("version_info"), v.clone());
                }
            }
            module
        }
        "math" => math::module(vm),
        "typing" => python_module(
            vm,
            "typing",
            include_str!(concat!(env!("OUT_DIR"), "/typing.py")),
        )?,
        "functools" => python_module(
            vm,
            "functools",
            include_str!(concat!(env!("OUT_DIR"), "/functools.py")),
        )?,
        "_http" => crate::http::module(),
        "_httputil" => python_module(
            vm,
            "_httputil",
            include_str!(concat!(env!("OUT_DIR"), "/_httputil.py")),
        )?,
        "requests" => python_module(
            vm,
            "requests",
            include_str!(concat!(env!("OUT_DIR"), "/requests.py")),
        )?,
        "re" => python_module(vm, "re", include_str!(concat!(env!("OUT_DIR"), "/re.py")))?,
        "aiohttp" => python_module(
            vm,
            "aiohttp",
            include_str!(concat!(env!("OUT_DIR"), "/aiohttp.py")),
        )?,
        _ => return Ok(None),
    }))
}

/// A module made of native functions and values.
pub fn native_module(name: &str, funcs: &[(&str, NativeFn)], values: Vec<(&str, Value)>) -> Value {
    let globals: Globals = Rc::new(RefCell::new(crate::vm::value::NameMap::default()));
    {
        let mut g = globals.borrow_mut();
        g.insert(Rc::from("__name__"), Value::str(name));
        for (fname, f) in funcs {
            g.insert(Rc::from(*fname), native(fname, *f));
        }
        for (vname, v) in values {
            g.insert(Rc::from(vname), v);
        }
    }
    Value::Module(Rc::new(ModuleObj {
        name: Rc::from(name),
        globals,
    }))
}

/// Parse and compile library source shipped with the playground.
pub fn compile_library(_vm: &mut Vm, name: &str, source: &str) -> PyResult<Rc<Code>> {
    let module = crate::syntax::parse(source).map_err(|e| {
        Interrupt::Fatal(Fatal::Internal(format!(
            "library module {name} does not parse: {e}"
        )))
    })?;
    crate::compiler::compile_module(&module, &format!("<{name}>"), true).map_err(|e| {
        Interrupt::Fatal(Fatal::Internal(format!(
            "library module {name} does not compile: {}",
            e.msg
        )))
    })
}

fn python_module(vm: &mut Vm, name: &str, source: &str) -> PyResult<Value> {
    let code = compile_library(vm, name, source)?;
    let globals = vm.exec_module_code(code, name)?;
    Ok(Value::Module(Rc::new(ModuleObj {
        name: Rc::from(name),
        globals,
    })))
}
