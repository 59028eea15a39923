//! str's constructor and methods, and the formatting that `format()`, f-strings and
//! `str.format` share.

use super::*;

pub(super) fn this_str(vm: &Vm, args: &Args, name: &str) -> PyResult<Rc<str>> {
    match args.pos.first() {
        Some(Value::Str(s)) => Ok(s.clone()),
        _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'str' object"))),
    }
}

/// How CPython words a str parameter given something else.
#[derive(Clone, Copy)]
pub(super) enum Wording {
    /// `must be str, not int` (find, count, partition).
    Str,
    /// `must be str or None, not int` (split's `sep`); None is no value.
    StrOrNone,
    /// `replace() argument 2 must be str, not int`.
    Argument(&'static str, usize),
    /// `removeprefix() argument must be str, not int`.
    OnlyArgument(&'static str),
    /// `lstrip arg must be None or str`; None is no value.
    Chars(&'static str),
}

/// Positional argument `i` as a str (None: not given, or None where the
/// parameter allows it).
pub(super) fn str_arg(
    vm: &Vm,
    args: &Args,
    i: usize,
    wording: Wording,
) -> PyResult<Option<Rc<str>>> {
    let other = match args.pos.get(i) {
        None => return Ok(None),
        Some(Value::Str(s)) => return Ok(Some(s.clone())),
        Some(Value::None) if matches!(wording, Wording::StrOrNone | Wording::Chars(_)) => {
            return Ok(None)
        }
        Some(other) => vm.type_name(other),
    };
    Err(vm.type_error(match wording {
        Wording::Str => format!("must be str, not {other}"),
        Wording::StrOrNone => format!("must be str or None, not {other}"),
        Wording::Argument(name, n) => format!("{name}() argument {n} must be str, not {other}"),
        Wording::OnlyArgument(name) => format!("{name}() argument must be str, not {other}"),
        Wording::Chars(name) => format!("{name} arg must be None or str"),
    }))
}

pub(super) fn s(v: String) -> PyResult<Value> {
    Ok(Value::Str(Rc::from(v)))
}

pub(super) const STR_METHODS: &[(&str, NativeFn)] = &[
    ("join", str_join),
    ("split", str_split),
    ("rsplit", str_rsplit),
    ("splitlines", str_splitlines),
    ("strip", str_strip),
    ("lstrip", str_lstrip),
    ("rstrip", str_rstrip),
    ("replace", str_replace),
    ("startswith", str_startswith),
    ("endswith", str_endswith),
    ("upper", str_upper),
    ("lower", str_lower),
    ("casefold", str_lower),
    ("title", str_title),
    ("capitalize", str_capitalize),
    ("swapcase", str_swapcase),
    ("find", str_find),
    ("rfind", str_rfind),
    ("index", str_index),
    ("rindex", str_rindex),
    ("count", str_count),
    ("format", str_format),
    ("isdigit", str_isdigit),
    ("isdecimal", str_isdigit),
    ("isnumeric", str_isdigit),
    ("isalpha", str_isalpha),
    ("isalnum", str_isalnum),
    ("isspace", str_isspace),
    ("isprintable", str_isprintable),
    ("isupper", str_isupper),
    ("islower", str_islower),
    ("isidentifier", str_isidentifier),
    ("center", str_center),
    ("ljust", str_ljust),
    ("rjust", str_rjust),
    ("zfill", str_zfill),
    ("partition", str_partition),
    ("rpartition", str_rpartition),
    ("encode", str_encode),
    ("removeprefix", str_removeprefix),
    ("removesuffix", str_removesuffix),
    ("expandtabs", str_expandtabs),
];

pub(super) fn str_join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "str.join", &args, 2, 2)?;
    let sep = this_str(vm, &args, "join")?;
    // Not iterable at all: CPython's own words (an error while iterating
    // is the iteration's).
    let it = match vm.get_iter(args.at(1)) {
        Err(Interrupt::Raise(e)) if vm.is_instance_of_kind(&e, ExcKind::TypeError) => {
            return Err(vm.type_error("can only join an iterable"))
        }
        other => other?,
    };
    let items = vm.iterate(&it)?;
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        vm.check_alloc(out.len())?;
        match it.text() {
            Some(p) => out.push_str(&p),
            None => {
                return Err(vm.type_error(format!(
                    "sequence item {}: expected str instance, {} found",
                    i,
                    vm.type_name(it)
                )))
            }
        }
    }
    s(out)
}

pub(super) fn split_impl(vm: &mut Vm, mut args: Args, right: bool) -> PyResult<Value> {
    let sep_kw = args.take_kw("sep");
    let max_kw = args.take_kw("maxsplit");
    let this = this_str(vm, &args, "split")?;
    if let Some(v) = sep_kw {
        args.pos.insert_at(1, v);
    }
    if let Some(v) = max_kw {
        if args.pos.len() < 2 {
            args.pos.push(Value::None);
        }
        args.pos.insert_at(2, v);
    }
    let sep = str_arg(vm, &args, 1, Wording::StrOrNone)?;
    let maxsplit = match args.pos.get(2) {
        Some(v) => to_i64(vm, v)?,
        None => -1,
    };
    let parts: Vec<String> = match sep {
        None => {
            let words: Vec<&str> = this.split_whitespace().collect();
            if maxsplit < 0 || (words.len() as i64) <= maxsplit {
                words.into_iter().map(String::from).collect()
            } else if !right {
                // Keep the remainder (leading whitespace stripped) as the last part.
                let mut out = Vec::new();
                let mut rest: &str = this.trim_start();
                for _ in 0..maxsplit {
                    let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                    out.push(rest.part(..end).to_string());
                    rest = rest.part(end..).trim_start();
                }
                if !rest.is_empty() {
                    out.push(rest.to_string());
                }
                out
            } else {
                let mut out = Vec::new();
                let mut rest: &str = this.trim_end();
                for _ in 0..maxsplit {
                    let start = rest.rfind(char::is_whitespace).map(|i| i + 1).unwrap_or(0);
                    out.push(rest.part(start..).to_string());
                    rest = rest.part(..start).trim_end();
                }
                if !rest.is_empty() {
                    out.push(rest.to_string());
                }
                out.reverse();
                out
            }
        }
        Some(sep) => {
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            // rsplit takes separators from the right (they may overlap: "aaa").
            let mut left = usize::try_from(maxsplit).unwrap_or(usize::MAX);
            let mut parts = Vec::new();
            let mut rest: &str = &this;
            while left > 0 {
                let found = if right {
                    search::rsplit_once(rest, &sep)
                } else {
                    search::split_once(rest, &sep)
                };
                let Some((before, after)) = found else {
                    break;
                };
                parts.push(String::from(if right { after } else { before }));
                rest = if right { before } else { after };
                left -= 1;
            }
            parts.push(String::from(rest));
            if right {
                parts.reverse();
            }
            parts
        }
    };
    Ok(Value::list(
        parts.into_iter().map(|p| Value::Str(Rc::from(p))).collect(),
    ))
}

pub(super) fn str_split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_impl(vm, args, false)
}

pub(super) fn str_rsplit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_impl(vm, args, true)
}

pub(super) fn str_splitlines(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let keep = args
        .take_kw("keepends")
        .or_else(|| args.pos.get(1).cloned())
        .is_some_and(|v| vm.truthy(&v).unwrap_or(false));
    let this = this_str(vm, &args, "splitlines")?;
    let mut out = Vec::new();
    let mut start = 0;
    let bytes = this.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'\n' || bytes[i] == b'\r' {
            let mut end = i + 1;
            if bytes[i] == b'\r' && i + 1 < bytes.len() && bytes[i + 1] == b'\n' {
                end += 1;
            }
            out.push(Value::str(this.part(start..if keep { end } else { i })));
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < bytes.len() {
        out.push(Value::str(this.part(start..)));
    }
    Ok(Value::list(out))
}

pub(super) fn strip_impl(vm: &mut Vm, args: Args, left: bool, right: bool) -> PyResult<Value> {
    let this = this_str(vm, &args, "strip")?;
    let name = match (left, right) {
        (true, false) => "lstrip",
        (false, true) => "rstrip",
        _ => "strip",
    };
    let chars = str_arg(vm, &args, 1, Wording::Chars(name))?;
    let r: &str = match &chars {
        None => match (left, right) {
            (true, true) => this.trim(),
            (true, false) => this.trim_start(),
            _ => this.trim_end(),
        },
        Some(cs) => {
            let f = |c: char| cs.chars().any(|x| x == c);
            match (left, right) {
                (true, true) => this.trim_matches(f),
                (true, false) => this.trim_start_matches(f),
                _ => this.trim_end_matches(f),
            }
        }
    };
    s(r.to_string())
}

pub(super) fn str_strip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, true, true)
}

pub(super) fn str_lstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, true, false)
}

pub(super) fn str_rstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, false, true)
}

pub(super) fn str_replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "replace", &args, 3, 4)?;
    let this = this_str(vm, &args, "replace")?;
    let (Some(old), Some(new)) = (
        str_arg(vm, &args, 1, Wording::Argument("replace", 1))?,
        str_arg(vm, &args, 2, Wording::Argument("replace", 2))?,
    ) else {
        return Err(vm.type_error("replace() argument must be str"));
    };
    // A negative count replaces every occurrence, as CPython's.
    let count = match args.pos.get(3) {
        Some(v) => usize::try_from(to_i64(vm, v)?).unwrap_or(usize::MAX),
        None => usize::MAX,
    };
    let found = search::matches(&this, &old)
        .count()
        .min(count)
        .saturating_add(old.is_empty() as usize);
    vm.check_alloc(found.saturating_mul(new.len()).saturating_add(this.len()))?;
    s(search::replacen(&this, &old, &new, count))
}

pub(super) fn affix_impl(vm: &mut Vm, args: Args, start: bool) -> PyResult<Value> {
    let whole = this_str(vm, &args, "startswith")?;
    let this: &str = if args.pos.len() > 2 {
        let at = crate::vm::char_pos::of(&whole);
        let (from, to) = char_bounds(vm, &args, at.len())?;
        if from > to {
            return Ok(Value::Bool(false));
        }
        whole.part(at.byte(from)..at.byte(to))
    } else {
        &whole
    };
    let candidates: Vec<Value> = match args.pos.get(1) {
        Some(Value::Tuple(t)) => t.to_vec(),
        Some(v) => vec![v.clone()],
        None => return Err(vm.type_error("startswith() takes at least 1 argument (0 given)")),
    };
    for c in candidates {
        match c {
            Value::Str(p) => {
                if (start && this.starts_with(&*p)) || (!start && this.ends_with(&*p)) {
                    return Ok(Value::Bool(true));
                }
            }
            other => {
                let which = if start { "startswith" } else { "endswith" };
                return Err(vm.type_error(format!(
                    "{which} first arg must be str or a tuple of str, not {}",
                    vm.type_name(&other)
                )));
            }
        }
    }
    Ok(Value::Bool(false))
}

pub(super) fn str_startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_impl(vm, args, true)
}

pub(super) fn str_endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_impl(vm, args, false)
}

pub(super) fn str_upper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    s(crate::vm::casemap::upper(&this_str(vm, &args, "upper")?))
}

pub(super) fn str_lower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    s(crate::vm::casemap::lower(&this_str(vm, &args, "lower")?))
}

pub(super) fn str_title(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = this_str(vm, &args, "title")?;
    let mut out = String::new();
    let mut prev_cased = false;
    for c in this.chars() {
        if prev_cased {
            crate::vm::casemap::push_lower(&mut out, c);
        } else {
            crate::vm::casemap::push_upper(&mut out, c);
        }
        prev_cased = c.is_alphabetic();
    }
    s(out)
}

pub(super) fn str_capitalize(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = this_str(vm, &args, "capitalize")?;
    let mut chars = this.chars();
    let mut out = String::new();
    if let Some(c) = chars.next() {
        crate::vm::casemap::push_upper(&mut out, c);
        out.push_str(&crate::vm::casemap::lower(chars.as_str()));
    }
    s(out)
}

pub(super) fn str_swapcase(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = this_str(vm, &args, "swapcase")?;
    let mut out = String::new();
    for c in this.chars() {
        if c.is_uppercase() {
            crate::vm::casemap::push_lower(&mut out, c);
        } else {
            crate::vm::casemap::push_upper(&mut out, c);
        }
    }
    s(out)
}

/// Character-index bounds from optional start/end arguments.
pub(super) fn char_bounds(vm: &Vm, args: &Args, len: usize) -> PyResult<(usize, usize)> {
    let norm = |v: Option<&Value>, default: usize| -> PyResult<usize> {
        match v {
            None | Some(Value::None) => Ok(default),
            Some(Value::Int(i)) => {
                let i = if *i < 0 { (*i + len as i64).max(0) } else { *i };
                Ok((i as usize).min(len))
            }
            Some(_) => Err(
                vm.type_error("slice indices must be integers or None or have an __index__ method")
            ),
        }
    };
    Ok((norm(args.pos.get(2), 0)?, norm(args.pos.get(3), len)?))
}

pub(super) fn find_impl(vm: &mut Vm, args: &Args, reverse: bool) -> PyResult<i64> {
    let this = this_str(vm, args, "find")?;
    let Some(sub) = str_arg(vm, args, 1, Wording::Str)? else {
        return Err(vm.type_error("must be str, not NoneType"));
    };
    let at = crate::vm::char_pos::of(&this);
    let (start, end) = char_bounds(vm, args, at.len())?;
    if start > end {
        return Ok(-1);
    }
    let from = at.byte(start);
    let hay = this.part(from..at.byte(end));
    let found = if reverse {
        search::rfind(hay, &sub)
    } else {
        search::find(hay, &sub)
    };
    Ok(match found {
        Some(byte) => at.char_at_byte(from + byte) as i64,
        None => -1,
    })
}

pub(super) fn str_find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, &args, false)?))
}

pub(super) fn str_rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, &args, true)?))
}

pub(super) fn str_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match find_impl(vm, &args, false)? {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

pub(super) fn str_rindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match find_impl(vm, &args, true)? {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

pub(super) fn str_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = this_str(vm, &args, "count")?;
    let Some(sub) = str_arg(vm, &args, 1, Wording::Str)? else {
        return Err(vm.type_error("must be str, not NoneType"));
    };
    let chars: Vec<char> = this.chars().collect();
    let (start, end) = char_bounds(vm, &args, chars.len())?;
    if start > end {
        return Ok(Value::Int(0));
    }
    let hay: String = chars.part(start..end).iter().collect();
    if sub.is_empty() {
        return Ok(Value::Int(hay.chars().count() as i64 + 1));
    }
    Ok(Value::Int(search::matches(&hay, &sub).count() as i64))
}

pub(super) fn str_pred(vm: &mut Vm, args: &Args, f: fn(char) -> bool) -> PyResult<Value> {
    let this = this_str(vm, args, "is")?;
    Ok(Value::Bool(!this.is_empty() && this.chars().all(f)))
}

pub(super) fn str_isdigit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    str_pred(vm, &args, |c| c.is_ascii_digit() || c.is_numeric())
}

pub(super) fn str_isalpha(vm: &mut Vm, args: Args) -> PyResult<Value> {
    str_pred(vm, &args, char::is_alphabetic)
}

pub(super) fn str_isalnum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    str_pred(vm, &args, char::is_alphanumeric)
}

pub(super) fn str_isspace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    str_pred(vm, &args, char::is_whitespace)
}

pub(super) fn str_isprintable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = this_str(vm, &args, "isprintable")?;
    Ok(Value::Bool(this.chars().all(|c| {
        let n = c as u32;
        if n < 0xa0 {
            n >= 0x20 && n != 0x7f
        } else {
            crate::vm::ops::is_printable(c)
        }
    })))
}

pub(super) fn str_isupper(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = this_str(vm, &args, "isupper")?;
    Ok(Value::Bool(
        this.chars().any(|c| c.is_uppercase()) && !this.chars().any(|c| c.is_lowercase()),
    ))
}

pub(super) fn str_islower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = this_str(vm, &args, "islower")?;
    Ok(Value::Bool(
        this.chars().any(|c| c.is_lowercase()) && !this.chars().any(|c| c.is_uppercase()),
    ))
}

pub(super) fn str_isidentifier(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = this_str(vm, &args, "isidentifier")?;
    let mut chars = this.chars();
    let ok = match chars.next() {
        Some(c) => {
            (c.is_alphabetic() || c == '_') && chars.all(|c| c.is_alphanumeric() || c == '_')
        }
        None => false,
    };
    Ok(Value::Bool(ok))
}

pub(super) fn pad_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(Rc<str>, usize, char)> {
    check_args(vm, name, args, 2, 3)?;
    let this = this_str(vm, args, name)?;
    let width = to_i64(vm, args.at(1))?.max(0) as usize;
    vm.check_alloc(width)?;
    let fill = match args.pos.get(2) {
        Some(Value::Str(f)) if f.chars().count() == 1 => f.chars().next().unwrap_or(' '),
        Some(Value::Str(_)) => {
            return Err(vm.type_error("The fill character must be exactly one character long"))
        }
        Some(other) => {
            let msg = format!(
                "The fill character must be a unicode character, not {}",
                vm.type_name(other)
            );
            return Err(vm.type_error(msg));
        }
        None => ' ',
    };
    Ok((this, width, fill))
}

pub(super) fn str_center(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, width, fill) = pad_args(vm, &args, "center")?;
    let len = this.chars().count();
    if width <= len {
        return Ok(Value::Str(this));
    }
    let total = width - len;
    // CPython puts the extra character on the left when the string length is odd.
    let left = total / 2 + (total & width & 1);
    let right = total - left;
    s(format!(
        "{}{}{}",
        fill.to_string().repeat(left),
        this,
        fill.to_string().repeat(right)
    ))
}

pub(super) fn str_ljust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, width, fill) = pad_args(vm, &args, "ljust")?;
    let len = this.chars().count();
    s(format!(
        "{}{}",
        this,
        fill.to_string().repeat(width.saturating_sub(len))
    ))
}

pub(super) fn str_rjust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (this, width, fill) = pad_args(vm, &args, "rjust")?;
    let len = this.chars().count();
    s(format!(
        "{}{}",
        fill.to_string().repeat(width.saturating_sub(len)),
        this
    ))
}

pub(super) fn str_zfill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "zfill", &args, 2, 2)?;
    let this = this_str(vm, &args, "zfill")?;
    let width = to_i64(vm, args.at(1))?.max(0) as usize;
    vm.check_alloc(width)?;
    let len = this.chars().count();
    if width <= len {
        return Ok(Value::Str(this));
    }
    let (sign, rest) = match this.chars().next() {
        Some(c @ ('+' | '-')) => (c.to_string(), this.part(1..)),
        _ => (String::new(), &this[..]),
    };
    s(format!("{}{}{}", sign, "0".repeat(width - len), rest))
}

pub(super) fn partition_impl(vm: &mut Vm, args: Args, right: bool) -> PyResult<Value> {
    let this = this_str(vm, &args, "partition")?;
    let Some(sep) = str_arg(vm, &args, 1, Wording::Str)? else {
        return Err(vm.type_error("must be str, not NoneType"));
    };
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if right {
        search::rfind(&this, &sep)
    } else {
        search::find(&this, &sep)
    };
    let parts = match found {
        Some(i) => [this.part(..i), &*sep, this.part(i + sep.len()..)],
        None if right => ["", "", &this[..]],
        None => [&this[..], "", ""],
    };
    Ok(Value::tuple(parts.iter().map(|p| Value::str(p)).collect()))
}

pub(super) fn str_partition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, false)
}

pub(super) fn str_rpartition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, true)
}

pub(super) fn str_encode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = this_str(vm, &args, "encode")?;
    if args.pos.len() == 1 && args.kw.is_empty() {
        return Ok(Value::Bytes(Rc::from(this.as_bytes())));
    }
    codec_in_python(vm, "_encode", args)
}

pub(super) fn bytes_decode(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // UTF-8 that decodes here; another codec, `errors` or a failure is
    // `_decode` of lib/_bytes.py (CPython's messages).
    if let ([Value::Bytes(b)], true) = (&args.pos[..], args.kw.is_empty()) {
        if let Ok(t) = std::str::from_utf8(b) {
            return s(t.to_string());
        }
    }
    codec_in_python(vm, "_decode", args)
}

/// `name` of lib/_bytes.py (put in the bytes type with bytes' methods).
pub(super) fn codec_in_python(vm: &mut Vm, name: &str, args: Args) -> PyResult<Value> {
    vm.install_lib_methods(crate::vm::ops::LibMethods::Bytes)?;
    match vm.types.bytes.lookup(name) {
        Some(f) => vm.call_args(&f, args),
        None => Err(vm.new_exc(
            ExcKind::UnicodeError,
            "the playground could not load lib/_bytes.py",
        )),
    }
}

pub(super) fn str_removeprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = this_str(vm, &args, "removeprefix")?;
    let p = str_arg(vm, &args, 1, Wording::OnlyArgument("removeprefix"))?;
    let p = p.unwrap_or_else(|| Rc::from(""));
    s(this.strip_prefix(&*p).unwrap_or(&this).to_string())
}

pub(super) fn str_removesuffix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = this_str(vm, &args, "removesuffix")?;
    let p = str_arg(vm, &args, 1, Wording::OnlyArgument("removesuffix"))?;
    let p = p.unwrap_or_else(|| Rc::from(""));
    s(this.strip_suffix(&*p).unwrap_or(&this).to_string())
}

pub(super) fn str_expandtabs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = this_str(vm, &args, "expandtabs")?;
    let size = match args.pos.get(1) {
        Some(v) => to_i64(vm, v)?.max(0) as usize,
        None => 8,
    };
    let tabs = this.matches('\t').count();
    vm.check_alloc(tabs.saturating_mul(size).saturating_add(this.len()))?;
    let mut out = String::new();
    let mut col = 0;
    for c in this.chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.push_str(&" ".repeat(n));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            c => {
                out.push(c);
                col += 1;
            }
        }
    }
    s(out)
}

/// `str.format`: `{}`, `{0}`, `{name}`, `{0.attr}`, `{0[key]}`, `!r`, `:spec`.
pub(super) fn str_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = this_str(vm, &args, "format")?;
    let pos = args.pos.part(1..);
    let chars: Vec<char> = this.chars().collect();
    let mut out = String::new();
    let mut auto = 0usize;
    let mut i = 0;
    while i < chars.len() {
        let c = *chars.at(i);
        if c == '{' {
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            // Find the matching close brace (nested braces in the spec).
            let mut depth = 1;
            let mut j = i + 1;
            while j < chars.len() && depth > 0 {
                match *chars.at(j) {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    _ => {}
                }
                if depth > 0 {
                    j += 1;
                }
            }
            if j >= chars.len() {
                return Err(vm.value_error("expected '}' before end of string"));
            }
            let field: String = chars.part(i + 1..j).iter().collect();
            out.push_str(&format_field(vm, &field, pos, &args.kw, &mut auto)?);
            i = j + 1;
        } else if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string"));
        } else {
            out.push(c);
            i += 1;
        }
    }
    s(out)
}

pub(super) fn format_field(
    vm: &mut Vm,
    field: &str,
    pos: &[Value],
    kw: &[(Rc<str>, Value)],
    auto: &mut usize,
) -> PyResult<String> {
    let (head, spec) = match field.find(':') {
        Some(k) => (field.part(..k), field.part(k + 1..)),
        None => (field, ""),
    };
    let (name, conv) = match head.find('!') {
        Some(k) => (head.part(..k), head.part(k + 1..).chars().next()),
        None => (head, None),
    };
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let key = name.part(..first_end);
    let mut value = if key.is_empty() {
        let v = pos.get(*auto).cloned();
        *auto += 1;
        match v {
            Some(v) => v,
            None => {
                return Err(vm.new_exc(
                    ExcKind::IndexError,
                    format!(
                        "Replacement index {} out of range for positional args tuple",
                        *auto - 1
                    ),
                ))
            }
        }
    } else if let Ok(n) = key.parse::<usize>() {
        match pos.get(n) {
            Some(v) => v.clone(),
            None => {
                return Err(vm.new_exc(
                    ExcKind::IndexError,
                    format!("Replacement index {n} out of range for positional args tuple"),
                ))
            }
        }
    } else {
        match kw.iter().find(|(k, _)| &**k == key) {
            Some((_, v)) => v.clone(),
            None => {
                return Err(Interrupt::Raise(
                    vm.make_exc(vm.types.exc(ExcKind::KeyError), vec![Value::str(key)]),
                ))
            }
        }
    };
    // Attribute and index lookups.
    let mut rest = name.part(first_end..);
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            value = vm.get_attr(&value, r.part(..end))?;
            rest = r.part(end..);
        } else if let Some(r) = rest.strip_prefix('[') {
            let end = r.find(']').unwrap_or(r.len());
            let k = r.part(..end);
            let idx = match k.parse::<i64>() {
                Ok(n) => Value::Int(n),
                Err(_) => Value::str(k),
            };
            value = vm.get_item(&value, &idx)?;
            rest = r.get(end + 1..).unwrap_or("");
        } else {
            break;
        }
    }
    let value = match conv {
        Some('r') => Value::Str(Rc::from(vm.repr(&value)?)),
        Some('s') => Value::Str(Rc::from(vm.str_of(&value)?)),
        Some('a') => Value::Str(Rc::from(crate::vm::ops::ascii_escape(&vm.repr(&value)?))),
        _ => value,
    };
    // Nested fields inside the spec.
    let spec = if spec.as_bytes().contains(&b'{') {
        let mut out = String::new();
        let mut chars = spec.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '{' {
                let mut inner = String::new();
                for d in chars.by_ref() {
                    if d == '}' {
                        break;
                    }
                    inner.push(d);
                }
                out.push_str(&format_field(vm, &inner, pos, kw, auto)?);
            } else {
                out.push(c);
            }
        }
        out
    } else {
        spec.to_string()
    };
    vm.format_value(&value, &spec)
}

pub(super) fn str_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.pos.get(1) {
        None => Ok(Value::str("")),
        // str(b, encoding, errors) is b.decode(encoding, errors).
        Some(Value::Bytes(_)) if args.pos.len() > 2 => {
            let decode = vm.get_attr(args.at(1), "decode")?;
            vm.call(&decode, args.pos.part(2..).to_vec())
        }
        Some(v) => {
            let v = v.clone();
            Ok(Value::Str(Rc::from(vm.str_of(&v)?)))
        }
    }
}
