//! How many arguments the built-in functions and methods take, as data,
//! and CPython's words when a call gives the wrong number: each way CPython
//! parses arguments words it its own way (Argument Clinic's `replace
//! expected at least 2 arguments, got 1`, a one-argument method's
//! `str.join() takes exactly one argument (0 given)`, `PyArg_ParseTuple`'s
//! `find() takes at least 1 argument (0 given)`, keyword parsing's `pow()
//! missing required argument 'exp' (pos 2)`).
//!
//! A native gets its spec when it is registered (`spec_of`) and the call
//! is checked before the native runs; the native still converts the
//! values it is given.

use crate::vm::interp::Vm;
use crate::vm::object::Args;
use crate::vm::PyResult;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// Argument Clinic's positional check; `keywords`: whether the
    /// function takes any (the native checks their names).
    Clinic { keywords: bool },
    /// A method of one argument or none (`METH_O`, `METH_NOARGS`).
    Exact,
    /// `PyArg_ParseTuple`.
    Tuple,
    /// Keyword parsing (`_PyArg_UnpackKeywords`): the parameters' names,
    /// each one positional or keyword ("": positional only).
    Keywords(&'static [&'static str]),
}

/// A native's parameters: between `min` and `max` positional arguments
/// (the receiver of a method not counted). Kept small: the page's
/// WebAssembly holds the table.
#[derive(Debug, PartialEq, Eq)]
pub struct ArgSpec {
    /// Index in `OWNERS` of the type a method belongs to (0: none, a
    /// built-in function).
    owner: u8,
    pub name: &'static str,
    min: u8,
    max: u8,
    style: Style,
}

/// The types whose methods have specs.
const OWNERS: &[&str] = &[
    "", "str", "list", "tuple", "dict", "set", "float", "bool", "int",
];

const fn spec(owner: &'static str, name: &'static str, min: u8, max: u8, style: Style) -> ArgSpec {
    let mut at = 0;
    while at < OWNERS.len() && !same(OWNERS[at], owner) {
        at += 1;
    }
    assert!(at < OWNERS.len(), "an owner missing from OWNERS");
    ArgSpec {
        owner: at as u8,
        name,
        min,
        max,
        style,
    }
}

const fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

const NO_KW: Style = Style::Clinic { keywords: false };
const ANY_KW: Style = Style::Clinic { keywords: true };
const EXACT: Style = Style::Exact;
const TUPLE: Style = Style::Tuple;

/// CPython 3.11's, function by function ("" owner: a built-in function;
/// `__new__`: the type called).
const SPECS: &[ArgSpec] = &[
    spec("str", "replace", 2, 3, NO_KW),
    spec("str", "center", 1, 2, NO_KW),
    spec("str", "ljust", 1, 2, NO_KW),
    spec("str", "rjust", 1, 2, NO_KW),
    spec("str", "strip", 0, 1, NO_KW),
    spec("str", "lstrip", 0, 1, NO_KW),
    spec("str", "rstrip", 0, 1, NO_KW),
    spec("str", "zfill", 1, 1, EXACT),
    spec("str", "partition", 1, 1, EXACT),
    spec("str", "rpartition", 1, 1, EXACT),
    spec("str", "join", 1, 1, EXACT),
    spec("str", "format_map", 1, 1, EXACT),
    spec("str", "removeprefix", 1, 1, EXACT),
    spec("str", "removesuffix", 1, 1, EXACT),
    spec("str", "upper", 0, 0, EXACT),
    spec("str", "lower", 0, 0, EXACT),
    spec("str", "casefold", 0, 0, EXACT),
    spec("str", "title", 0, 0, EXACT),
    spec("str", "capitalize", 0, 0, EXACT),
    spec("str", "swapcase", 0, 0, EXACT),
    spec("str", "isdigit", 0, 0, EXACT),
    spec("str", "isdecimal", 0, 0, EXACT),
    spec("str", "isnumeric", 0, 0, EXACT),
    spec("str", "isalpha", 0, 0, EXACT),
    spec("str", "isalnum", 0, 0, EXACT),
    spec("str", "isspace", 0, 0, EXACT),
    spec("str", "isupper", 0, 0, EXACT),
    spec("str", "islower", 0, 0, EXACT),
    spec("str", "istitle", 0, 0, EXACT),
    spec("str", "isascii", 0, 0, EXACT),
    spec("str", "isidentifier", 0, 0, EXACT),
    spec("str", "isprintable", 0, 0, EXACT),
    spec("str", "find", 1, 3, TUPLE),
    spec("str", "rfind", 1, 3, TUPLE),
    spec("str", "index", 1, 3, TUPLE),
    spec("str", "rindex", 1, 3, TUPLE),
    spec("str", "count", 1, 3, TUPLE),
    spec("str", "split", 0, 2, Style::Keywords(&["sep", "maxsplit"])),
    spec("str", "rsplit", 0, 2, Style::Keywords(&["sep", "maxsplit"])),
    spec("str", "splitlines", 0, 1, Style::Keywords(&["keepends"])),
    spec(
        "str",
        "encode",
        0,
        2,
        Style::Keywords(&["encoding", "errors"]),
    ),
    spec("str", "expandtabs", 0, 1, Style::Keywords(&["tabsize"])),
    spec("list", "insert", 2, 2, NO_KW),
    spec("list", "index", 1, 3, NO_KW),
    spec("list", "pop", 0, 1, NO_KW),
    spec("list", "append", 1, 1, EXACT),
    spec("list", "count", 1, 1, EXACT),
    spec("list", "extend", 1, 1, EXACT),
    spec("list", "remove", 1, 1, EXACT),
    spec("list", "reverse", 0, 0, EXACT),
    spec("list", "copy", 0, 0, EXACT),
    spec("list", "clear", 0, 0, EXACT),
    spec("list", "__new__", 0, 1, NO_KW),
    spec("tuple", "__new__", 0, 1, NO_KW),
    spec("dict", "get", 1, 2, NO_KW),
    spec("dict", "pop", 1, 2, NO_KW),
    spec("dict", "setdefault", 1, 2, NO_KW),
    spec("dict", "update", 0, 1, ANY_KW),
    spec("dict", "keys", 0, 0, EXACT),
    spec("dict", "values", 0, 0, EXACT),
    spec("dict", "items", 0, 0, EXACT),
    spec("dict", "popitem", 0, 0, EXACT),
    spec("dict", "copy", 0, 0, EXACT),
    spec("dict", "clear", 0, 0, EXACT),
    spec("dict", "__new__", 0, 1, ANY_KW),
    spec("set", "add", 1, 1, EXACT),
    spec("set", "remove", 1, 1, EXACT),
    spec("set", "discard", 1, 1, EXACT),
    spec("set", "pop", 0, 0, EXACT),
    spec("set", "clear", 0, 0, EXACT),
    spec("set", "__new__", 0, 1, NO_KW),
    spec("float", "__new__", 0, 1, NO_KW),
    spec("bool", "__new__", 0, 1, NO_KW),
    spec("int", "__new__", 0, 2, Style::Keywords(&["", "base"])),
    spec("", "len", 1, 1, EXACT),
    spec("", "sorted", 1, 1, ANY_KW),
    spec("", "reversed", 1, 1, NO_KW),
    spec("", "isinstance", 2, 2, NO_KW),
    spec("", "issubclass", 2, 2, NO_KW),
    spec("", "divmod", 2, 2, NO_KW),
    spec("", "hasattr", 2, 2, NO_KW),
    spec("", "setattr", 3, 3, NO_KW),
    spec("", "delattr", 2, 2, NO_KW),
    spec("", "filter", 2, 2, NO_KW),
    spec("", "iter", 1, 2, NO_KW),
    spec("", "input", 0, 1, NO_KW),
    spec("", "vars", 0, 1, NO_KW),
    spec("", "pow", 2, 3, Style::Keywords(&["base", "exp", "mod"])),
    spec("", "round", 1, 2, Style::Keywords(&["number", "ndigits"])),
    spec("", "sum", 1, 2, Style::Keywords(&["", "start"])),
    spec(
        "",
        "enumerate",
        0,
        2,
        Style::Keywords(&["iterable", "start"]),
    ),
];

/// The spec of `owner.name` (a method) or of the built-in function `name`.
pub fn spec_of(owner: Option<&str>, name: &str) -> Option<&'static ArgSpec> {
    let owner = OWNERS.iter().position(|o| *o == owner.unwrap_or(""))?;
    SPECS
        .iter()
        .find(|s| usize::from(s.owner) == owner && s.name == name)
}

/// `find() takes at least 1 argument (0 given)`.
fn takes(name: &str, bound: &str, n: usize, keyword: &str, given: usize) -> String {
    format!(
        "{name}() takes {bound} {n} {keyword}argument{} ({given} given)",
        plural(n)
    )
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

impl ArgSpec {
    fn owner(&self) -> Option<&'static str> {
        match self.owner {
            0 => None,
            at => Some(OWNERS[usize::from(at)]),
        }
    }

    /// `str.join`, `len`; a type's `__new__` as the type (`list`).
    fn qualified(&self) -> String {
        match (self.owner(), self.name) {
            (Some(owner), "__new__") => owner.to_string(),
            (Some(owner), name) => format!("{owner}.{name}"),
            (None, name) => name.to_string(),
        }
    }

    /// The name Argument Clinic's and keyword parsing's words use.
    fn short(&self) -> &'static str {
        match (self.owner(), self.name) {
            (Some(owner), "__new__") => owner,
            (_, name) => name,
        }
    }

    /// CPython's TypeError when `args` does not fit, before the native runs.
    pub fn check(&self, vm: &Vm, args: &Args) -> PyResult<()> {
        let receiver = usize::from(self.owner != 0);
        let (min, max) = (usize::from(self.min), usize::from(self.max));
        let given = args.pos.len().saturating_sub(receiver);
        let keywords = args.kw.len();
        let takes_keywords = matches!(
            self.style,
            Style::Clinic { keywords: true } | Style::Keywords(_)
        );
        if keywords > 0 && !takes_keywords {
            let msg = format!("{}() takes no keyword arguments", self.qualified());
            return Err(vm.type_error(msg));
        }
        let msg = match self.style {
            _ if (min..=max).contains(&given) && !matches!(self.style, Style::Keywords(_)) => {
                return Ok(())
            }
            Style::Clinic { .. } => {
                let (bound, n) = match () {
                    _ if min == max => ("", min),
                    _ if given < min => ("at least ", min),
                    _ => ("at most ", max),
                };
                format!(
                    "{} expected {bound}{n} argument{}, got {given}",
                    self.short(),
                    plural(n)
                )
            }
            Style::Exact => {
                let takes = if min == 0 {
                    "no arguments"
                } else {
                    "exactly one argument"
                };
                format!("{}() takes {takes} ({given} given)", self.qualified())
            }
            Style::Tuple => match given < min {
                true => takes(self.name, "at least", min, "", given),
                false => takes(self.name, "at most", max, "", given),
            },
            Style::Keywords(names) => return self.check_keywords(vm, args, given, names),
        };
        Err(vm.type_error(msg))
    }

    fn check_keywords(&self, vm: &Vm, args: &Args, given: usize, names: &[&str]) -> PyResult<()> {
        let name = self.short();
        let (min, max) = (usize::from(self.min), usize::from(self.max));
        let total = given + args.kw.len();
        if total > max {
            let keyword = if given == 0 { "keyword " } else { "" };
            return Err(vm.type_error(takes(name, "at most", max, keyword, total)));
        }
        for (k, _) in &args.kw {
            match names.iter().position(|n| **n == **k) {
                None => {
                    let msg = format!("'{k}' is an invalid keyword argument for {name}()");
                    return Err(vm.type_error(msg));
                }
                Some(i) if i < given => {
                    let msg = format!(
                        "argument for {name}() given by name ('{k}') and position ({})",
                        i + 1
                    );
                    return Err(vm.type_error(msg));
                }
                Some(_) => {}
            }
        }
        for (i, param) in names.iter().enumerate().take(min).skip(given) {
            if param.is_empty() {
                // `sum() takes at least 1 positional argument (0 given)`
                return Err(vm.type_error(takes(name, "at least", min, "positional ", given)));
            }
            if !args.kw.iter().any(|(k, _)| **k == **param) {
                let msg = format!(
                    "{name}() missing required argument '{param}' (pos {})",
                    i + 1
                );
                return Err(vm.type_error(msg));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_function_is_listed_once() {
        for (i, s) in SPECS.iter().enumerate() {
            assert!(s.min <= s.max, "{s:?}");
            if let Style::Keywords(names) = s.style {
                assert_eq!(names.len(), usize::from(s.max), "{s:?}");
            }
            let again = SPECS
                .iter()
                .skip(i + 1)
                .find(|t| t.owner == s.owner && t.name == s.name);
            assert!(again.is_none(), "{s:?} listed twice");
        }
    }
}
