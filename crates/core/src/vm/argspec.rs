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
//! values it is given. The table is text: the page's WebAssembly holds it,
//! and text compresses to a third of what a table of structs does.

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
    /// separated by commas, each one positional or keyword ("_":
    /// positional only).
    Keywords(&'static str),
}

/// A native's parameters: between `min` and `max` positional arguments
/// (the receiver of a method not counted).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ArgSpec<'a> {
    /// `str.replace`, `len` (a built-in function), `int.__new__` (the type
    /// called).
    qualname: &'a str,
    /// A method: its first argument is the receiver, not counted.
    receiver: bool,
    min: u8,
    max: u8,
    style: Style,
}

/// CPython 3.11's, function by function, one a line in the byte order of
/// their names (looked up by halves): the qualified name
/// (a type's method, a module's function, or a built-in function),
/// then three characters: the least and the most positional arguments
/// (`*`: no bound, `*args`) and the style (`c` Argument Clinic taking no
/// keywords, `C` taking some, `e` one argument or none, `t`
/// `PyArg_ParseTuple`, `k` keyword parsing, followed by the parameters'
/// names, `_` for one that is positional only).
const SPECS: &str = "\
    bool.__new__ 01c\n\
    bytes.__new__ 03k source,encoding,errors\n\
    classmethod.__init__ 11c\n\
    delattr 22c\n\
    dict.__new__ 01C\n\
    dict.clear 00e\n\
    dict.copy 00e\n\
    dict.get 12c\n\
    dict.items 00e\n\
    dict.keys 00e\n\
    dict.pop 12c\n\
    dict.popitem 00e\n\
    dict.setdefault 12c\n\
    dict.update 01C\n\
    dict.values 00e\n\
    dir 01c\n\
    divmod 22c\n\
    enumerate 02k iterable,start\n\
    filter 22c\n\
    float.__new__ 01c\n\
    frozenset.__new__ 01c\n\
    globals 00e\n\
    hasattr 22c\n\
    input 01c\n\
    int.__new__ 02k _,base\n\
    isinstance 22c\n\
    issubclass 22c\n\
    iter 12c\n\
    len 11e\n\
    list.__new__ 01c\n\
    list.append 11e\n\
    list.clear 00e\n\
    list.copy 00e\n\
    list.count 11e\n\
    list.extend 11e\n\
    list.index 13c\n\
    list.insert 22c\n\
    list.pop 01c\n\
    list.remove 11e\n\
    list.reverse 00e\n\
    map 0*c\n\
    math.atan 11e\n\
    math.atan2 22c\n\
    math.ceil 11e\n\
    math.copysign 22c\n\
    math.cos 11e\n\
    math.exp 11e\n\
    math.fabs 11e\n\
    math.floor 11e\n\
    math.isfinite 11e\n\
    math.isinf 11e\n\
    math.isnan 11e\n\
    math.log10 11e\n\
    math.log2 11e\n\
    math.pow 22c\n\
    math.sin 11e\n\
    math.sqrt 11e\n\
    math.tan 11e\n\
    math.trunc 11e\n\
    pow 23k base,exp,mod\n\
    property.__init__ 04k fget,fset,fdel,doc\n\
    range.__new__ 13c\n\
    reversed 11c\n\
    round 12k number,ndigits\n\
    set.__new__ 01c\n\
    set.add 11e\n\
    set.clear 00e\n\
    set.difference 0*c\n\
    set.difference_update 0*c\n\
    set.discard 11e\n\
    set.intersection 0*c\n\
    set.intersection_update 0*c\n\
    set.isdisjoint 11e\n\
    set.issubset 11e\n\
    set.issuperset 11e\n\
    set.pop 00e\n\
    set.remove 11e\n\
    set.symmetric_difference 11e\n\
    set.symmetric_difference_update 11e\n\
    set.union 0*c\n\
    set.update 0*c\n\
    setattr 33c\n\
    slice.__new__ 13c\n\
    sorted 11C\n\
    staticmethod.__init__ 11c\n\
    str.__new__ 03k object,encoding,errors\n\
    str.capitalize 00e\n\
    str.casefold 00e\n\
    str.center 12c\n\
    str.count 13t\n\
    str.encode 02k encoding,errors\n\
    str.endswith 13t\n\
    str.expandtabs 01k tabsize\n\
    str.find 13t\n\
    str.format_map 11e\n\
    str.index 13t\n\
    str.isalnum 00e\n\
    str.isalpha 00e\n\
    str.isascii 00e\n\
    str.isdecimal 00e\n\
    str.isdigit 00e\n\
    str.isidentifier 00e\n\
    str.islower 00e\n\
    str.isnumeric 00e\n\
    str.isprintable 00e\n\
    str.isspace 00e\n\
    str.istitle 00e\n\
    str.isupper 00e\n\
    str.join 11e\n\
    str.ljust 12c\n\
    str.lower 00e\n\
    str.lstrip 01c\n\
    str.partition 11e\n\
    str.removeprefix 11e\n\
    str.removesuffix 11e\n\
    str.replace 23c\n\
    str.rfind 13t\n\
    str.rindex 13t\n\
    str.rjust 12c\n\
    str.rpartition 11e\n\
    str.rsplit 02k sep,maxsplit\n\
    str.rstrip 01c\n\
    str.split 02k sep,maxsplit\n\
    str.splitlines 01k keepends\n\
    str.startswith 13t\n\
    str.strip 01c\n\
    str.swapcase 00e\n\
    str.title 00e\n\
    str.upper 00e\n\
    str.zfill 11e\n\
    sum 12k _,start\n\
    time.monotonic 00e\n\
    time.monotonic_ns 00e\n\
    time.perf_counter 00e\n\
    time.perf_counter_ns 00e\n\
    time.process_time 00e\n\
    time.sleep 11e\n\
    time.time 00e\n\
    time.time_ns 00e\n\
    tuple.__new__ 01c\n\
    tuple.count 11e\n\
    tuple.index 13c\n\
    vars 01c\n";

thread_local! {
    /// The table's lines split once: (qualified name, the rest). Every
    /// native a program registers looks itself up here.
    static LINES: Vec<(&'static str, &'static str)> =
        SPECS.lines().filter_map(|line| line.split_once(' ')).collect();
}

/// The spec of `owner.name` (a method when `receiver`, else a module's
/// function) or of the built-in function `name`.
pub fn spec_of(owner: Option<&str>, name: &str, receiver: bool) -> Option<ArgSpec<'static>> {
    // `qualname` against `owner.name`, byte by byte.
    let wanted = |qualname: &str| match owner {
        Some(owner) => {
            let q = qualname.as_bytes();
            let (head, tail) = q.split_at(q.len().min(owner.len()));
            head.cmp(owner.as_bytes())
                .then_with(|| match tail.split_first() {
                    Some((dot, rest)) => dot.cmp(&b'.').then_with(|| rest.cmp(name.as_bytes())),
                    None => std::cmp::Ordering::Less,
                })
        }
        None => qualname.cmp(name),
    };
    let (qualname, rest) = LINES.with(|lines| {
        let at = lines
            .binary_search_by(|&(qualname, _)| wanted(qualname))
            .ok()?;
        Some(lines[at])
    })?;
    let &[min, max, style, ..] = rest.as_bytes() else {
        return None;
    };
    Some(ArgSpec {
        qualname,
        receiver,
        min: min - b'0',
        max: if max == b'*' { u8::MAX } else { max - b'0' },
        style: match style {
            b'c' => Style::Clinic { keywords: false },
            b'C' => Style::Clinic { keywords: true },
            b'e' => Style::Exact,
            b't' => Style::Tuple,
            _ => Style::Keywords(rest.get(4..)?),
        },
    })
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

impl<'a> ArgSpec<'a> {
    /// A native function's own count check, by CPython's words for one
    /// argument or none (`METH_O`, `METH_NOARGS`) or Argument Clinic's.
    pub fn positional(name: &'a str, min: usize, max: usize) -> ArgSpec<'a> {
        ArgSpec {
            qualname: name,
            receiver: false,
            min: min as u8,
            max: max.min(255) as u8,
            style: match min == max && min < 2 {
                true => Style::Exact,
                false => Style::Clinic { keywords: false },
            },
        }
    }

    /// `str.join`, `len`; a type's `__new__` or `__init__` as the type
    /// (`list`).
    fn qualified(&self) -> &'a str {
        match self.qualname.split_once('.') {
            Some((owner, "__new__" | "__init__")) => owner,
            _ => self.qualname,
        }
    }

    /// The name Argument Clinic's and keyword parsing's words use.
    fn short(&self) -> &'a str {
        match self.qualname.split_once('.') {
            Some((owner, "__new__" | "__init__")) => owner,
            Some((_, name)) => name,
            None => self.qualname,
        }
    }

    /// CPython's TypeError when `args` does not fit, before the native runs.
    pub fn check(&self, vm: &Vm, args: &Args) -> PyResult<()> {
        let receiver = usize::from(self.receiver);
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
                true => takes(self.short(), "at least", min, "", given),
                false => takes(self.short(), "at most", max, "", given),
            },
            Style::Keywords(names) => return self.check_keywords(vm, args, given, names),
        };
        Err(vm.type_error(msg))
    }

    fn check_keywords(&self, vm: &Vm, args: &Args, given: usize, names: &str) -> PyResult<()> {
        let name = self.short();
        let (min, max) = (usize::from(self.min), usize::from(self.max));
        let total = given + args.kw.len();
        if total > max {
            let keyword = if given == 0 { "keyword " } else { "" };
            return Err(vm.type_error(takes(name, "at most", max, keyword, total)));
        }
        for (i, param) in names.split(',').enumerate() {
            if i >= min {
                break;
            }
            if i < given {
                continue;
            }
            if param == "_" {
                // `sum() takes at least 1 positional argument (0 given)`
                return Err(vm.type_error(takes(name, "at least", min, "positional ", given)));
            }
            if !args.kw.iter().any(|(k, _)| **k == *param) {
                let msg = format!(
                    "{name}() missing required argument '{param}' (pos {})",
                    i + 1
                );
                return Err(vm.type_error(msg));
            }
        }
        // Keywords left over, checked last as CPython checks them.
        for (k, _) in &args.kw {
            match names.split(',').position(|n| n == &**k) {
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
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_function_is_listed_once_in_order_and_reads() {
        let lines: Vec<&str> = SPECS.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            let qualname = line.split(' ').next().unwrap_or_default();
            let (owner, name) = match qualname.split_once('.') {
                Some((o, n)) => (Some(o), n),
                None => (None, qualname),
            };
            let s = spec_of(owner, name, true).unwrap_or_else(|| panic!("{line} does not read"));
            assert_eq!(s.qualname, qualname);
            assert!(spec_of(owner, name, false).is_some());
            assert!(s.min <= s.max, "{line}");
            if let Style::Keywords(names) = s.style {
                assert_eq!(names.split(',').count(), usize::from(s.max), "{line}");
            }
            // In order (looked up by halves), each once.
            let next = lines.get(i + 1).and_then(|l| l.split(' ').next());
            assert!(
                next.is_none_or(|n| n > qualname),
                "{line}: out of order or twice"
            );
        }
    }
}
