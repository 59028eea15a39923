//! The standard-library modules programs can import. Each is native Rust,
//! Python source compiled at import (hidden from tracebacks), or both.

mod math;
mod random;
mod sys;
mod time;

pub use time::MONOTONIC_BASE;

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
    "_thread",
    "aiohttp",
    "asyncio",
    "concurrent.futures",
    "functools",
    "math",
    "multiprocessing",
    "os",
    "queue",
    "random",
    "re",
    "requests",
    "sys",
    "threading",
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
        "_http" => crate::http::module(),
        "_thread_native" => crate::threads::native_module_value(),
        "_os" => crate::threads::os_module_value(),
        _ if LIBRARIES.iter().any(|(n, _)| *n == name) => {
            let Some(source) = library_source(name) else {
                return Err(vm.new_exc(
                    crate::vm::exceptions::ExcKind::ModuleNotFoundError,
                    format!("No module named '{name}': the playground could not load it (is the page offline?)"),
                ));
            };
            python_module(vm, name, &source)?
        }
        _ => return Ok(None),
    }))
}

thread_local! {
    /// Sources of `lib/` modules the host provided (`provide_library`).
    static PROVIDED: RefCell<Vec<(String, Rc<str>)>> = const { RefCell::new(Vec::new()) };
}

/// Give the source of a `lib/` module (`re`, `aiohttp`, `requests`,
/// `_httputil`): the page fetches them as files rather than carrying them
/// in its WebAssembly.
pub fn provide_library(name: &str, source: &str) {
    PROVIDED.with(|p| {
        let mut p = p.borrow_mut();
        p.retain(|(n, _)| n != name);
        p.push((name.to_string(), Rc::from(source)));
    });
}

/// The `lib/` modules: name, and file under `lib/`.
pub const LIBRARIES: &[(&str, &str)] = &[
    ("_asyncio", "_asyncio.py"),
    ("_generator_calls", "_generator_calls.py"),
    ("_httputil", "_httputil.py"),
    ("_thread", "_thread.py"),
    ("aiohttp", "aiohttp.py"),
    ("concurrent", "concurrent/__init__.py"),
    ("concurrent.futures", "concurrent/futures.py"),
    ("functools", "functools.py"),
    ("multiprocessing", "multiprocessing.py"),
    ("os", "os.py"),
    ("queue", "queue.py"),
    ("re", "re.py"),
    ("requests", "requests.py"),
    ("threading", "threading.py"),
    ("typing", "typing.py"),
];

/// Whether a program's source may import a `lib/` module (the page waits
/// for them before running it).
pub fn needs_libraries(source: &str) -> bool {
    LIBRARIES
        .iter()
        .map(|(name, _)| name.split('.').next().unwrap_or(name))
        .chain(["asyncio"])
        .any(|word| {
            source.match_indices(word).any(|(at, _)| {
                let before = source[..at].chars().next_back();
                let after = source[at + word.len()..].chars().next();
                let edge = |c: Option<char>| !c.is_some_and(|c| c.is_alphanumeric() || c == '_');
                edge(before) && edge(after)
            })
        })
}

pub fn library_source(name: &str) -> Option<Rc<str>> {
    if let Some(s) = PROVIDED.with(|p| {
        p.borrow()
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, s)| s.clone())
    }) {
        return Some(s);
    }
    #[cfg(feature = "embedded-libraries")]
    {
        macro_rules! embedded {
            ($($file:literal),*) => {{
                let file = LIBRARIES.iter().find(|(n, _)| *n == name)?.1;
                match file {
                    $($file => include_str!(concat!(env!("OUT_DIR"), "/lib/", $file)),)*
                    _ => return None,
                }
            }};
        }
        let source = embedded!(
            "_asyncio.py",
            "_generator_calls.py",
            "_httputil.py",
            "_thread.py",
            "aiohttp.py",
            "concurrent/__init__.py",
            "concurrent/futures.py",
            "functools.py",
            "multiprocessing.py",
            "os.py",
            "queue.py",
            "re.py",
            "requests.py",
            "threading.py",
            "typing.py"
        );
        Some(Rc::from(source))
    }
    #[cfg(not(feature = "embedded-libraries"))]
    None
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
