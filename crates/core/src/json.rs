//! The one JSON codec: `json.dumps`/`json.loads`' fast paths (the module
//! `_json` under `lib/json.py`, so also requests' and aiohttp's `.json()`)
//! and the strings of the trace and Perfetto writers. It takes the plain
//! cases, CPython's output exactly; anything else (hooks, `default=`,
//! objects of other types, errors and their messages, very deep nesting)
//! is left to `lib/json.py`, which gets `None` back.

use crate::cell::RefCell;
use crate::numeric::bigint::BigInt;
use crate::numeric::float::{float_repr, parse_float};
use crate::vm::builtins::check_args;
use crate::vm::interp::Vm;
use crate::vm::object::{Args, NativeFn};
use crate::vm::ops::int_value;
use crate::vm::value::{Dict, Key, Value};
use crate::vm::PyResult;
use std::fmt::Write;
use std::rc::Rc;

/// Nesting deeper than this goes to the Python codec (which reports
/// circular references and recursion as CPython does).
const MAX_DEPTH: usize = 200;

pub fn module() -> Value {
    const FUNCS: &[(&str, NativeFn)] = &[("loads", loads), ("dumps", dumps)];
    crate::modules::native_module("_json", FUNCS, vec![])
}

/// Appends `s` as a JSON string, as `json.dumps` writes it.
pub fn quote(s: &str, ensure_ascii: bool, out: &mut String) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\x08' => out.push_str("\\b"),
            '\x0c' => out.push_str("\\f"),
            c if c < ' ' || (ensure_ascii && c > '~') => {
                let mut units = [0u16; 2];
                for u in c.encode_utf16(&mut units) {
                    let _ = write!(out, "\\u{u:04x}");
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// `loads(text)`: the value, or None where the Python decoder must look.
fn loads(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "loads", &args, 1, 1)?;
    let Value::Str(text) = args.at(0) else {
        return Ok(Value::None);
    };
    let mut d = Decoder {
        s: text.as_bytes(),
        i: 0,
    };
    charge(vm, text.len());
    let value = d.value(0).filter(|_| {
        d.skip();
        d.i == d.s.len()
    });
    Ok(value.unwrap_or(Value::None))
}

struct Decoder<'a> {
    s: &'a [u8],
    i: usize,
}

impl Decoder<'_> {
    fn skip(&mut self) {
        while matches!(self.s.get(self.i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    fn eat(&mut self, b: u8) -> bool {
        self.skip();
        let found = self.s.get(self.i) == Some(&b);
        self.i += found as usize;
        found
    }

    fn word(&mut self, w: &str, v: Value) -> Option<Value> {
        self.s.get(self.i..)?.starts_with(w.as_bytes()).then(|| {
            self.i += w.len();
            v
        })
    }

    fn value(&mut self, depth: usize) -> Option<Value> {
        self.skip();
        if depth > MAX_DEPTH {
            return None;
        }
        Some(match *self.s.get(self.i)? {
            b'"' => {
                self.i += 1;
                Value::Str(Rc::from(self.string()?))
            }
            b'[' => {
                self.i += 1;
                let mut items = Vec::new();
                if !self.eat(b']') {
                    loop {
                        items.push(self.value(depth + 1)?);
                        if self.eat(b']') {
                            break;
                        }
                        if !self.eat(b',') {
                            return None;
                        }
                    }
                }
                Value::list(items)
            }
            b'{' => {
                self.i += 1;
                let mut d = Dict::new();
                if !self.eat(b'}') {
                    loop {
                        if !self.eat(b'"') {
                            return None;
                        }
                        let key: Rc<str> = Rc::from(self.string()?);
                        if !self.eat(b':') {
                            return None;
                        }
                        let v = self.value(depth + 1)?;
                        d.insert(Key::Str(key.clone()), Value::Str(key), v);
                        if self.eat(b'}') {
                            break;
                        }
                        if !self.eat(b',') {
                            return None;
                        }
                    }
                }
                Value::Dict(Rc::new(RefCell::new(d)))
            }
            b'n' => self.word("null", Value::None)?,
            b't' => self.word("true", Value::Bool(true))?,
            b'f' => self.word("false", Value::Bool(false))?,
            _ => self.number()?,
        })
    }

    /// A number as JSON writes them (`-Infinity` and the like go to Python).
    fn number(&mut self) -> Option<Value> {
        let start = self.i;
        let digits = |d: &mut Self| {
            let from = d.i;
            while d.s.get(d.i).is_some_and(u8::is_ascii_digit) {
                d.i += 1;
            }
            d.i - from
        };
        self.i += (self.s.get(self.i) == Some(&b'-')) as usize;
        let first = self.s.get(self.i).copied();
        let n = digits(self);
        if n == 0 || (first == Some(b'0') && n > 1) {
            return None;
        }
        let mut float = false;
        if self.s.get(self.i) == Some(&b'.')
            && self.s.get(self.i + 1).is_some_and(u8::is_ascii_digit)
        {
            self.i += 1;
            digits(self);
            float = true;
        }
        if matches!(self.s.get(self.i), Some(b'e' | b'E')) {
            let mark = self.i;
            self.i += 1;
            self.i += matches!(self.s.get(self.i), Some(b'+' | b'-')) as usize;
            if digits(self) == 0 {
                self.i = mark;
            } else {
                float = true;
            }
        }
        let text = std::str::from_utf8(self.s.get(start..self.i)?).ok()?;
        Some(if float {
            Value::Float(parse_float(text)?)
        } else {
            match text.parse::<i64>() {
                Ok(i) => Value::Int(i),
                Err(_) => int_value(BigInt::parse_python_int(text, 10)?),
            }
        })
    }

    /// The rest of a string after its opening quote.
    fn string(&mut self) -> Option<String> {
        let mut out = String::new();
        loop {
            let from = self.i;
            while let Some(&b) = self.s.get(self.i) {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.i += 1;
            }
            out.push_str(std::str::from_utf8(self.s.get(from..self.i)?).ok()?);
            match *self.s.get(self.i)? {
                b'"' => {
                    self.i += 1;
                    return Some(out);
                }
                b'\\' => {
                    let e = *self.s.get(self.i + 1)?;
                    self.i += 2;
                    out.push(match e {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\x08',
                        b'f' => '\x0c',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let mut n = self.hex4()?;
                            if (0xd800..0xdc00).contains(&n)
                                && self.s.get(self.i..self.i + 2) == Some(b"\\u")
                            {
                                let mark = self.i;
                                self.i += 2;
                                let low = self.hex4()?;
                                if (0xdc00..0xe000).contains(&low) {
                                    n = 0x10000 + ((n - 0xd800) << 10 | (low - 0xdc00));
                                } else {
                                    self.i = mark;
                                }
                            }
                            // A lone surrogate cannot be in a string here.
                            char::from_u32(n).unwrap_or('\u{fffd}')
                        }
                        _ => return None,
                    });
                }
                // A control character: the Python decoder words the error.
                _ => return None,
            }
        }
    }

    fn hex4(&mut self) -> Option<u32> {
        let digits = std::str::from_utf8(self.s.get(self.i..self.i + 4)?).ok()?;
        self.i += 4;
        if !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        u32::from_str_radix(digits, 16).ok()
    }
}

/// The program's clock is charged an instruction (25 ns) a byte: about
/// what CPython's C codec takes.
fn charge(vm: &mut Vm, bytes: usize) {
    vm.instructions += bytes as u64;
}

/// How `dumps` was asked to write.
struct Style<'a> {
    ensure_ascii: bool,
    sort_keys: bool,
    indent: Option<&'a str>,
    item_sep: &'a str,
    key_sep: &'a str,
}

/// `dumps(obj, ensure_ascii, sort_keys, indent, item_separator,
/// key_separator)`: the text, or None where the Python encoder must write.
fn dumps(vm: &mut Vm, args: Args) -> PyResult<Value> {
    check_args(vm, "dumps", &args, 6, 6)?;
    let text = |i: usize| match args.at(i) {
        Value::Str(s) => Some(&**s),
        _ => None,
    };
    let (Some(item_sep), Some(key_sep)) = (text(4), text(5)) else {
        return Ok(Value::None);
    };
    let style = Style {
        ensure_ascii: matches!(args.at(1), Value::Bool(true)),
        sort_keys: matches!(args.at(2), Value::Bool(true)),
        indent: text(3),
        item_sep,
        key_sep,
    };
    let mut out = String::new();
    let done = encode(args.at(0), &style, 0, &mut out);
    charge(vm, out.len());
    Ok(if done { Value::str(&out) } else { Value::None })
}

/// A new line and the indent of `level`, when indenting.
fn newline(style: &Style, level: usize, out: &mut String) {
    if let Some(indent) = style.indent {
        out.push('\n');
        for _ in 0..level {
            out.push_str(indent);
        }
    }
}

fn encode(v: &Value, style: &Style, level: usize, out: &mut String) -> bool {
    if level > MAX_DEPTH {
        return false;
    }
    match v {
        Value::Str(s) => quote(s, style.ensure_ascii, out),
        Value::None => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Int(i) => {
            let _ = write!(out, "{i}");
        }
        Value::BigInt(b) => {
            let _ = write!(out, "{b}");
        }
        Value::Float(f) if f.is_finite() => out.push_str(&float_repr(*f)),
        Value::List(items) => return sequence(&items.borrow(), style, level, out),
        Value::Tuple(items) => return sequence(items, style, level, out),
        Value::Dict(d) => {
            let d = d.borrow();
            let mut pairs: Vec<(&Value, &Value)> = d.iter().collect();
            if style.sort_keys {
                if !pairs.iter().all(|(k, _)| matches!(k, Value::Str(_))) {
                    return false;
                }
                crate::sort::sort_by(&mut pairs, |a, b| {
                    let (Value::Str(a), Value::Str(b)) = (a.0, b.0) else {
                        return std::cmp::Ordering::Equal;
                    };
                    a.cmp(b)
                });
            }
            return container(b"{}", pairs.len(), style, level, out, &mut |i, out| {
                let (k, v) = pairs
                    .get(i)
                    .copied()
                    .unwrap_or((&Value::None, &Value::None));
                let key = match k {
                    Value::Str(s) => s.to_string(),
                    Value::Float(_)
                    | Value::Int(_)
                    | Value::BigInt(_)
                    | Value::Bool(_)
                    | Value::None => {
                        let mut s = String::new();
                        if !encode(k, style, level, &mut s) {
                            return false;
                        }
                        s
                    }
                    _ => return false,
                };
                quote(&key, style.ensure_ascii, out);
                out.push_str(style.key_sep);
                encode(v, style, level + 1, out)
            });
        }
        // A subclass of dict, list or str: the value it stands on.
        Value::Instance(i) => {
            return i
                .get_attr("_builtin_value")
                .is_some_and(|b| encode(&b, style, level, out))
        }
        _ => return false,
    }
    true
}

fn sequence(items: &[Value], style: &Style, level: usize, out: &mut String) -> bool {
    container(b"[]", items.len(), style, level, out, &mut |i, out| {
        items
            .get(i)
            .is_some_and(|v| encode(v, style, level + 1, out))
    })
}

/// `[...]` or `{...}` of `n` items, each written by `item`.
fn container(
    brackets: &[u8; 2],
    n: usize,
    style: &Style,
    level: usize,
    out: &mut String,
    item: &mut dyn FnMut(usize, &mut String) -> bool,
) -> bool {
    out.push(brackets[0] as char);
    if n > 0 {
        for i in 0..n {
            if i > 0 {
                out.push_str(style.item_sep);
            }
            newline(style, level + 1, out);
            if !item(i, out) {
                return false;
            }
        }
        newline(style, level, out);
    }
    out.push(brackets[1] as char);
    true
}
