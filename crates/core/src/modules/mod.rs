//! The standard-library modules programs can import. Each is native Rust,
//! Python source compiled at import (hidden from tracebacks), or both.

mod collections;
mod gc;
mod math;
mod random;
mod sre;
mod sys;
mod time;
mod tracemalloc;
mod weakref;

pub use sys::{stack_of, sys_stack};
pub use time::MONOTONIC_BASE;

use crate::at::Part;
use crate::cell::RefCell;
use crate::compiler::Code;
use crate::vm::builtins::native_function;
use crate::vm::interp::Vm;
use crate::vm::object::{Globals, ModuleObj, NativeFn};
use crate::vm::value::Value;
use crate::vm::{Fatal, Interrupt, PyResult};
use std::rc::Rc;

/// The native modules a program can import (the rest are `libraries()`).
const NATIVE: &[&str] = &["asyncio", "sys", "time"];

/// The modules a program can import, by name, for hints next to a
/// `ModuleNotFoundError` (never inside it: its text is CPython's).
pub fn available() -> Vec<&'static str> {
    // Both lists are sorted: merged, the names stay in order.
    let mut names: Vec<&'static str> = Vec::new();
    let mut native = NATIVE.iter().peekable();
    for (name, _) in libraries() {
        while let Some(n) = native.next_if(|n| **n < name) {
            names.push(n);
        }
        if !name.starts_with('_') && !crate::search::contains(name, "._") {
            names.push(name);
        }
    }
    names.extend(native);
    names
}

/// Create a module by name, or `None` if the playground does not have it.
pub fn load(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    Ok(Some(match name {
        "asyncio" => crate::asyncio::install_module(vm)?,
        // Clocks are native; struct_time and the formatting are `lib/_time.py`.
        "time" => {
            let native = time::module(vm);
            with_python_half(vm, native, "_time")
        }
        "_random" => random::module(vm),
        // version_info, float_info, path, stdin... are `lib/_sys.py`.
        "sys" => {
            let native = sys::module(vm);
            let module = with_python_half(vm, native, "_sys");
            // The rest of stdout's methods, now that the half sees it.
            if let Some(setup) = vm.get_attr_opt(&module, "_stream_methods")? {
                vm.call(&setup, Vec::new())?;
            }
            module
        }
        // The builtins themselves: names set on it are seen everywhere.
        "builtins" => {
            let globals = vm.builtins.clone();
            globals
                .borrow_mut()
                .insert(Rc::from("__name__"), Value::str("builtins"));
            Value::Module(Rc::new(ModuleObj {
                name: Rc::from("builtins"),
                globals,
            }))
        }
        "_math" => math::module(vm),
        "_collections" => collections::module(),
        "_gc" => gc::module(),
        "_weakref" => weakref::module(),
        "_tracemalloc" => tracemalloc::module(),
        "_sre" => sre::module(vm),
        "_json" => crate::json::module(),
        "_http" => crate::http::module(),
        "_thread_native" => crate::threads::native_module_value(),
        "_os" => crate::threads::os_module_value(),
        "_process" => crate::processes::module(),
        _ if is_library(name) => {
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

/// A native module with the names of its Python half (`lib/_time.py` for
/// `time`) added, the native ones kept; without the file (a page that has
/// not fetched it), the native names alone.
fn with_python_half(vm: &mut Vm, module: Value, half: &str) -> Value {
    let extra = load(vm, half).ok().flatten();
    if let (Value::Module(m), Some(Value::Module(e))) = (&module, &extra) {
        // The half's functions see the native names too (`time.time`).
        for (k, v) in m.globals.borrow().iter() {
            if !k.starts_with("__") && !e.globals.borrow().contains_key(k) {
                e.globals.borrow_mut().insert(k.clone(), v.clone());
            }
        }
        for (k, v) in e.globals.borrow().iter() {
            if !k.starts_with("__") && !m.globals.borrow().contains_key(k) {
                m.globals.borrow_mut().insert(k.clone(), v.clone());
            }
        }
    }
    module
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

/// The `lib/` modules provided so far (for a process in another worker).
pub fn provided_libraries() -> Vec<(String, Rc<str>)> {
    PROVIDED.with(|p| p.borrow().clone())
}

include!(concat!(env!("OUT_DIR"), "/libraries.rs"));

/// The `lib/` modules a source's import statements name, with what they
/// imply (`asyncio`'s Python half, the generator builtins' Python loops),
/// read off its lines as text: a superset is harmless. The page fetches
/// these before running a program, and a library's own imports when it
/// arrives.
pub fn library_imports(source: &str) -> Vec<&'static str> {
    let mut named: Vec<String> = Vec::new();
    for statement in source.lines().flat_map(|line| line.split(';')) {
        let statement = statement.trim();
        if let Some(rest) = statement.strip_prefix("import ") {
            for part in rest.split(',') {
                named.push(first_word(part).to_string());
            }
        } else if let Some(rest) = statement.strip_prefix("from ") {
            let module = first_word(rest);
            named.push(module.to_string());
            // `from package import submodule`
            if let Some((_, names)) = crate::search::split_once(rest, " import ") {
                for part in names.trim_matches(['(', ')', ' ']).split(',') {
                    named.push(format!("{module}.{}", first_word(part)));
                }
            }
        }
    }
    let mut found: Vec<&'static str> = Vec::new();
    let mut add = |name: &str| {
        if let Some((n, _)) = libraries().find(|(n, _)| *n == name) {
            if !found.contains(&n) {
                found.push(n);
            }
        }
    };
    // `open()` is `io.open` (files in memory).
    if crate::search::contains(source, "open(") {
        named.push("io".to_string());
    }
    // Files a source's words imply: bytes' methods besides decode, str's
    // and int's rarer methods, what subclasses of dict, list and str stand on, asyncio's streams, exception groups and `except*`
    // (asyncio's TaskGroup makes groups).
    const IMPLIED: [(&str, &[&str]); 11] = [
        // The complex type: by name, or a power whose result may be complex.
        ("_complex", &["complex", "**", "pow("]),
        ("_bytearray", &["bytearray"]),
        // `match` statements' cases.
        ("_match", &["match "]),
        // `help()` is pydoc's.
        ("pydoc", &["help("]),
        // A class deriving from a built-in type (`frozenset)` ends in `set)`).
        (
            "_builtin_bases",
            &[
                "dict)", "list)", "str)", "(str,", "tuple)", "int)", "float)", "bytes)", "set)",
            ],
        ),
        ("_bytes", &["b'", "b\"", "bytes", ".content", "encode("]),
        ("_str", &["translate", "format_map", "isascii", "istitle"]),
        ("_float", &["as_integer_ratio", "hex", "conjugate"]),
        (
            "_int",
            &[
                "to_bytes",
                "from_bytes",
                "as_integer_ratio",
                "bit_count",
                "pow(",
            ],
        ),
        (
            "_asyncio_streams",
            &[
                "start_server",
                "open_connection",
                "StreamReader",
                "StreamWriter",
            ],
        ),
        ("_exceptiongroup", &["Group", "except*", "except *"]),
    ];
    for (file, words) in IMPLIED {
        if words.iter().any(|w| crate::search::contains(source, w)) {
            named.push(file.to_string());
        }
    }
    if has_imaginary_literal(source) {
        named.push("_complex".to_string());
    }
    for name in &named {
        // A dotted name imports each package on the way.
        for (at, _) in name.match_indices('.') {
            add(name.part(..at));
        }
        add(name);
        match name.split('.').next() {
            Some("asyncio") => {
                add("_asyncio");
                add("_generator_calls");
                // A finished future's repr shows its result through reprlib.
                add("reprlib");
                add("itertools");
            }
            Some("_thread" | "multiprocessing") => add("_generator_calls"),
            Some("time") => add("_time"),
            Some("sys") => add("_sys"),
            _ => {}
        }
    }
    found
}

/// Whether `source` holds an imaginary literal (`4j`, `1.5e-3J`): a `j`
/// ending a word that starts with a digit or a point.
fn has_imaginary_literal(source: &str) -> bool {
    let bytes = source.as_bytes();
    let word = |b: u8| b.is_ascii_alphanumeric() || b == b'_' || b == b'.';
    (1..bytes.len()).any(|i| {
        if !matches!(bytes[i], b'j' | b'J') || !bytes[i - 1].is_ascii_digit() {
            return false;
        }
        if bytes.get(i + 1).is_some_and(|&b| word(b)) {
            return false;
        }
        let start = (0..i).rev().find(|&k| !word(bytes[k])).map_or(0, |k| k + 1);
        bytes[start].is_ascii_digit() || bytes[start] == b'.'
    })
}

fn first_word(text: &str) -> &str {
    text.split_whitespace().next().unwrap_or("")
}

/// The `lib/` modules, sorted by name, each with whether it is a package.
pub fn libraries() -> impl Iterator<Item = (&'static str, bool)> {
    LIBRARY_NAMES
        .split(' ')
        .map(|n| n.strip_suffix('/').map_or((n, false), |p| (p, true)))
}

/// Whether `name` is a `lib/` module.
pub fn is_library(name: &str) -> bool {
    libraries().any(|(n, _)| n == name)
}

/// The file under `lib/` of a `lib/` module (`concurrent.futures` is
/// `concurrent/futures/__init__.py`).
pub fn library_file(name: &str) -> Option<String> {
    let (_, package) = libraries().find(|(n, _)| *n == name)?;
    let path = name.replace('.', "/");
    Some(if package {
        path + "/__init__.py"
    } else {
        path + ".py"
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
        embedded_library(&library_file(name)?).map(Rc::from)
    }
    #[cfg(not(feature = "embedded-libraries"))]
    None
}

/// The standard library's directory, as a Debian or Ubuntu CPython 3.11
/// has it.
pub const STDLIB: &str = "/usr/lib/python3.11";

/// A line of our library that stands for a line of CPython's standard
/// library says which (`raise Empty  # 3.11: queue.py:179`, the text before
/// the mark being CPython's; a function's name follows when ours has
/// another): a traceback shows CPython's file, line and function for it.
/// Gives (path, line, function, our text without the mark).
pub fn cpython_place(code: &Code, line: u32) -> Option<(String, u32, Rc<str>, String)> {
    // Our library's code is `<name>`, from `name.py` or (`<asyncio>`, the
    // Python half of a native module) `_name.py`.
    let name = code.filename.strip_prefix('<')?;
    let name = name.get(..name.len().checked_sub(1)?)?;
    let source = library_source(name).or_else(|| library_source(&["_", name].concat()))?;
    let text = source.lines().nth(line.checked_sub(1)? as usize)?;
    let (ours, mark) = crate::search::split_once(text, "  # 3.11: ")?;
    let (file, rest) = mark.split_once(':')?;
    let (number, function) = rest.split_once(' ').unwrap_or((rest, &code.name));
    let at = number.bytes().try_fold(0, |n: u32, d| {
        d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0'))
    })?;
    Some((
        format!("{STDLIB}/{file}"),
        at,
        Rc::from(function),
        ours.into(),
    ))
}

/// A module made of native functions and values.
pub fn native_module(name: &str, funcs: &[(&str, NativeFn)], values: Vec<(&str, Value)>) -> Value {
    let globals: Globals = Rc::new(RefCell::new(crate::vm::value::NameMap::default()));
    {
        let mut g = globals.borrow_mut();
        g.insert(Rc::from("__name__"), Value::str(name));
        // `_math` is the native half of `math`, and named so in errors.
        let qualifier = name.trim_start_matches('_');
        for (fname, f) in funcs {
            g.insert(
                Rc::from(*fname),
                native_function(Some(qualifier), fname, *f),
            );
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

#[cfg(test)]
mod tests {
    use super::library_imports;

    #[test]
    fn imports_name_their_libraries_and_what_those_imply() {
        let source = "import asyncio, re as regex\nfrom concurrent import futures\n\
                      def f():\n    import requests; x = 1\nimport math\n";
        let found = library_imports(source);
        for name in [
            "_asyncio",
            "_generator_calls",
            "re",
            "concurrent",
            "concurrent.futures",
            "requests",
        ] {
            assert!(found.contains(&name), "{name} missing from {found:?}");
        }
        assert!(!found.contains(&"threading"), "{found:?}");
        assert!(library_imports("print('import')").is_empty());
        for source in ["z = 4j", "z = 1+2.5J\n", "(1e-3j)", "x = .5j"] {
            assert!(library_imports(source).contains(&"_complex"), "{source}");
        }
        for source in ["x1j = 2", "print('j')", "n = 0x1f"] {
            assert!(!library_imports(source).contains(&"_complex"), "{source}");
        }
        // `time`'s struct_time and formatting are a library file.
        assert!(library_imports("import time").contains(&"_time"));
        // `math`'s integer functions are a library file over native `_math`.
        assert!(library_imports("from math import gcd").contains(&"math"));
        let logging = library_imports("import logging.handlers");
        assert!(logging.contains(&"logging") && logging.contains(&"logging.handlers"));
    }

    #[test]
    fn available_modules_are_sorted_and_public() {
        let names = super::available();
        assert!(names.windows(2).all(|w| w[0] < w[1]), "{names:?}");
        for name in ["asyncio", "math", "random", "time", "concurrent.futures"] {
            assert!(names.contains(&name), "{name} missing from {names:?}");
        }
        assert!(names.iter().all(|n| !n.starts_with('_')), "{names:?}");
    }
}
