//! Python's two formatting mini-languages.
//!
//! # Format specs (`format(v, spec)`, `f"{v:spec}"`, `str.format`)
//!
//! ```text
//! [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
//! ```
//!
//! Parse once with [`FormatSpec::parse`], passing the Python type name of the
//! value (it appears in CPython's error messages: `"int"`, `"bool"`,
//! `"float"`, `"str"`, or a subclass's name), then call [`format_int`],
//! [`format_float`] or [`format_str`]. The one-step helpers
//! [`format_int_spec`], [`format_float_spec`] and [`format_str_spec`] do
//! both. The VM handles `format(x, "")` → `str(x)` for other objects and
//! bool's empty spec (`format(True, "") == "True"`) itself; a non-empty spec
//! on a bool goes through `format_int` with type name `"bool"`.
//!
//! Errors are [`NumError`]s: ValueError with CPython 3.11's exact message,
//! except `%c arg not in range(0x110000)` and `int too large to convert to
//! float`, which are OverflowErrors as in CPython.
//!
//! # printf-style (`template % args`)
//!
//! [`percent_format`] walks the template and asks the VM for arguments
//! through the [`PercentArgs`] trait:
//!
//! * [`PercentArgs::tuple_len`] — `Some(n)` when the right operand is a
//!   tuple of `n` items, `None` for any other single object;
//! * [`PercentArgs::is_mapping`] — the operand supports `__getitem__` and is
//!   neither a tuple nor a str (CPython's test), so `%(key)s` may be used and
//!   leftover arguments are not an error;
//! * [`PercentArgs::select_key`] — look up `args[key]` (raising KeyError as
//!   the VM likes); that value becomes the current single argument;
//! * [`PercentArgs::get`] — produce the argument `which` (a tuple index, the
//!   whole operand, or the selected mapping value) for conversion `conv`:
//!   for `s`, `r`, `a` return `PercentArg::Text(str(x) / repr(x) / ascii(x))`;
//!   for every other conversion (and `*` widths, requested with `conv ==
//!   '*'`) describe the object: `Int` for int and bool (and objects the VM
//!   converts via `__index__`/`__int__`), `Float` for float, `Str` for a str,
//!   `Other(type_name)` otherwise. Type errors are then worded here.
//!
//! The error type is the VM's own: it must implement `From<NumError>`.

use super::bigint::BigInt;
use super::float::{float_body, FloatCode};
use super::NumError;

/// A parsed format spec.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    /// Explicit fill character (only with an explicit align).
    pub fill: Option<char>,
    /// `<`, `>`, `^` or `=` when given.
    pub align: Option<char>,
    /// `+`, `-` or ` ` when given.
    pub sign: Option<char>,
    /// `z`: coerce negative zero.
    pub no_neg_0: bool,
    /// `#`: alternate form.
    pub alternate: bool,
    /// The `0` flag (zero padding) was given.
    pub zero_pad: bool,
    pub width: Option<usize>,
    /// `,` or `_`.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    /// The presentation type character, if any.
    pub ty: Option<char>,
    /// Python type name of the value, for error messages.
    pub type_name: String,
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '^' | '=')
}

/// CPython's `get_integer`: digits into a usize, erroring on overflow.
fn parse_int(chars: &[char], pos: &mut usize) -> Result<Option<usize>, NumError> {
    let start = *pos;
    let mut v: u64 = 0;
    while *pos < chars.len() {
        let Some(d) = chars[*pos].to_digit(10) else {
            break;
        };
        if v > (i64::MAX as u64 - d as u64) / 10 {
            return Err(NumError::value("Too many decimal digits in format string"));
        }
        v = v * 10 + d as u64;
        *pos += 1;
    }
    Ok(if *pos == start {
        None
    } else {
        Some(v as usize)
    })
}

fn sep_error(sep: char, ty: char) -> NumError {
    if (' '..='~').contains(&ty) && ty != ' ' {
        NumError::value(format!("Cannot specify '{sep}' with '{ty}'."))
    } else {
        NumError::value(format!("Cannot specify '{sep}' with '\\x{:x}'.", ty as u32))
    }
}

impl FormatSpec {
    /// Parse `spec` for a value whose Python type is `type_name`.
    pub fn parse(spec: &str, type_name: &str) -> Result<FormatSpec, NumError> {
        let chars: Vec<char> = spec.chars().collect();
        let mut fs = FormatSpec {
            fill: None,
            align: None,
            sign: None,
            no_neg_0: false,
            alternate: false,
            zero_pad: false,
            width: None,
            grouping: None,
            precision: None,
            ty: None,
            type_name: type_name.to_string(),
        };
        let n = chars.len();
        let mut pos = 0;
        if n >= 2 && is_align(chars[1]) {
            fs.fill = Some(chars[0]);
            fs.align = Some(chars[1]);
            pos = 2;
        } else if n >= 1 && is_align(chars[0]) {
            fs.align = Some(chars[0]);
            pos = 1;
        }
        if pos < n && matches!(chars[pos], '+' | '-' | ' ') {
            fs.sign = Some(chars[pos]);
            pos += 1;
        }
        if pos < n && chars[pos] == 'z' {
            fs.no_neg_0 = true;
            pos += 1;
        }
        if pos < n && chars[pos] == '#' {
            fs.alternate = true;
            pos += 1;
        }
        if fs.fill.is_none() && pos < n && chars[pos] == '0' {
            fs.zero_pad = true;
            pos += 1;
        }
        fs.width = parse_int(&chars, &mut pos)?;
        if pos < n && chars[pos] == ',' {
            fs.grouping = Some(',');
            pos += 1;
        }
        if pos < n && chars[pos] == '_' {
            if fs.grouping.is_some() {
                return Err(NumError::value("Cannot specify both ',' and '_'."));
            }
            fs.grouping = Some('_');
            pos += 1;
        }
        if pos < n && chars[pos] == ',' && fs.grouping == Some('_') {
            return Err(NumError::value("Cannot specify both ',' and '_'."));
        }
        if pos < n && chars[pos] == '.' {
            pos += 1;
            fs.precision = parse_int(&chars, &mut pos)?;
            if fs.precision.is_none() {
                return Err(NumError::value("Format specifier missing precision"));
            }
        }
        if n - pos > 1 {
            let rest: String = chars.iter().collect();
            return Err(NumError::value(format!(
                "Invalid format specifier '{rest}' for object of type '{type_name}'"
            )));
        }
        if n - pos == 1 {
            fs.ty = Some(chars[pos]);
        }
        if let Some(sep) = fs.grouping {
            match fs.ty {
                None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
                Some('b' | 'o' | 'x' | 'X') if sep == '_' => {}
                Some(t) => return Err(sep_error(sep, t)),
            }
        }
        Ok(fs)
    }

    fn unknown_code(&self, c: char) -> NumError {
        if (' '..='~').contains(&c) && c != ' ' {
            NumError::value(format!(
                "Unknown format code '{c}' for object of type '{}'",
                self.type_name
            ))
        } else {
            NumError::value(format!(
                "Unknown format code '\\x{:x}' for object of type '{}'",
                c as u32, self.type_name
            ))
        }
    }

    /// (fill, align) after defaults: numbers align right and `0` means
    /// fill '0' with '=' alignment; strings align left.
    fn fill_align(&self, numeric: bool) -> (char, char) {
        let default_align = if numeric { '>' } else { '<' };
        let fill = match self.fill {
            Some(f) => f,
            None if self.zero_pad => '0',
            None => ' ',
        };
        let align = match self.align {
            Some(a) => a,
            None if self.zero_pad && numeric => '=',
            None => default_align,
        };
        (fill, align)
    }
}

/// Group `digits` from the right with `sep` every `size` digits, padding
/// with zeros (also grouped) up to `min_width` characters, like CPython's
/// `_PyUnicode_InsertThousandsGrouping`.
fn group_digits(digits: &str, sep: char, size: i64, min_width: i64) -> String {
    let d = digits.as_bytes();
    let mut remaining = d.len() as i64;
    let mut min_width = min_width;
    let mut groups: Vec<String> = Vec::new();
    loop {
        let l = size.min(remaining.max(min_width).max(1));
        let zeros = (l - remaining).max(0);
        let nchars = remaining.min(l).max(0);
        let mut g = "0".repeat(zeros as usize);
        g.push_str(&digits[(remaining - nchars) as usize..remaining as usize]);
        groups.push(g);
        remaining -= nchars;
        min_width -= l;
        if remaining <= 0 && min_width <= 0 {
            break;
        }
        min_width -= 1;
    }
    groups.reverse();
    groups.join(&sep.to_string())
}

/// Lay out a formatted number: `sign prefix DIGITS rest`, with grouping of
/// DIGITS and padding per the spec (CPython's `calc_number_widths` /
/// `fill_number`).
fn assemble_number(
    spec: &FormatSpec,
    sign: &str,
    prefix: &str,
    digits: &str,
    rest: &str,
    grouping: Option<(char, i64)>,
) -> String {
    let (fill, align) = spec.fill_align(true);
    let width = spec.width.unwrap_or(0) as i64;
    let non_digit = (sign.chars().count() + prefix.chars().count() + rest.chars().count()) as i64;
    let grouped = match grouping {
        // no digits at all (nan, inf, %c): CPython skips grouping entirely
        Some(_) if digits.is_empty() => String::new(),
        Some((sep, size)) => {
            let min_width = if fill == '0' && align == '=' {
                width - non_digit
            } else {
                0
            };
            group_digits(digits, sep, size, min_width)
        }
        None => digits.to_string(),
    };
    let total = non_digit + grouped.chars().count() as i64;
    let pad = (width - total).max(0) as usize;
    let fills = |k: usize| std::iter::repeat_n(fill, k).collect::<String>();
    match align {
        '<' => format!("{sign}{prefix}{grouped}{rest}{}", fills(pad)),
        '^' => {
            let left = pad / 2;
            format!(
                "{}{sign}{prefix}{grouped}{rest}{}",
                fills(left),
                fills(pad - left)
            )
        }
        '=' => format!("{sign}{prefix}{}{grouped}{rest}", fills(pad)),
        _ => format!("{}{sign}{prefix}{grouped}{rest}", fills(pad)),
    }
}

fn sign_str(spec: &FormatSpec, negative: bool) -> &'static str {
    if negative {
        "-"
    } else {
        match spec.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    }
}

/// `format(int, spec)`.
pub fn format_int(v: &BigInt, spec: &FormatSpec) -> Result<String, NumError> {
    let ty = spec.ty;
    match ty {
        None | Some('d' | 'b' | 'o' | 'x' | 'X' | 'c' | 'n') => {}
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
            let x = v
                .to_f64()
                .ok_or_else(|| NumError::overflow("int too large to convert to float"))?;
            return format_float(x, spec);
        }
        Some(c) => return Err(spec.unknown_code(c)),
    }
    if spec.precision.is_some() {
        return Err(NumError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_0 {
        return Err(NumError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if ty == Some('c') {
        if spec.sign.is_some() {
            return Err(NumError::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(NumError::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let ch = v
            .to_i64()
            .filter(|c| (0..=0x10ffff).contains(c))
            .and_then(|c| char::from_u32(c as u32))
            .ok_or_else(|| NumError::overflow("%c arg not in range(0x110000)"))?;
        return Ok(assemble_number(spec, "", "", "", &ch.to_string(), None));
    }
    let (radix, prefix) = match ty {
        Some('b') => (2, "0b"),
        Some('o') => (8, "0o"),
        Some('x') => (16, "0x"),
        Some('X') => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = if radix == 10 {
        v.abs().to_decimal_checked()?
    } else {
        v.abs().to_str_radix(radix)
    };
    if ty == Some('X') {
        digits.make_ascii_uppercase();
    }
    let prefix = if spec.alternate { prefix } else { "" };
    let grouping = match spec.grouping {
        Some(',') => Some((',', 3)),
        Some(_) if radix == 10 => Some(('_', 3)),
        Some(_) => Some(('_', 4)),
        None => None,
    };
    Ok(assemble_number(
        spec,
        sign_str(spec, v.is_negative()),
        prefix,
        &digits,
        "",
        grouping,
    ))
}

/// Split a formatted float body into leading digits and the rest.
fn split_leading_digits(body: &str) -> (&str, &str) {
    let end = body
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(body.len());
    body.split_at(end)
}

fn is_rounded_zero(body: &str) -> bool {
    let mant = body.split(['e', 'E']).next().unwrap_or("");
    mant.chars().all(|c| c == '0' || c == '.')
}

/// `format(float, spec)`.
pub fn format_float(x: f64, spec: &FormatSpec) -> Result<String, NumError> {
    let ty = spec.ty;
    let (code, default_precision, add_dot_0, upper, percent) = match ty {
        None => (FloatCode::R, 0, true, false, false),
        Some('e') => (FloatCode::E, 6, false, false, false),
        Some('E') => (FloatCode::E, 6, false, true, false),
        Some('f') => (FloatCode::F, 6, false, false, false),
        Some('F') => (FloatCode::F, 6, false, true, false),
        Some('g' | 'n') => (FloatCode::G, 6, false, false, false),
        Some('G') => (FloatCode::G, 6, false, true, false),
        Some('%') => (FloatCode::F, 6, false, false, true),
        Some(c) => return Err(spec.unknown_code(c)),
    };
    let (code, precision) = match spec.precision {
        None => (code, default_precision),
        Some(p) => {
            if p > i32::MAX as usize {
                return Err(NumError::value("precision too big"));
            }
            (
                if code == FloatCode::R {
                    FloatCode::G
                } else {
                    code
                },
                p,
            )
        }
    };
    let val = if percent { x * 100.0 } else { x };
    let mut body = float_body(val, code, precision, spec.alternate, add_dot_0, upper);
    let mut negative = val.is_sign_negative() && !val.is_nan();
    if negative && spec.no_neg_0 && is_rounded_zero(&body) {
        negative = false;
    }
    if percent {
        body.push('%');
    }
    let (digits, rest) = split_leading_digits(&body);
    let grouping = match spec.grouping {
        Some(c) if ty != Some('n') => Some((c, 3)),
        _ => None,
    };
    Ok(assemble_number(
        spec,
        sign_str(spec, negative),
        "",
        digits,
        rest,
        grouping,
    ))
}

/// `format(str, spec)`.
pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, NumError> {
    match spec.ty {
        None | Some('s') => {}
        Some(c) => return Err(spec.unknown_code(c)),
    }
    // str's default presentation type is 's', which takes no grouping
    if let Some(sep) = spec.grouping {
        return Err(sep_error(sep, 's'));
    }
    if let Some(sign) = spec.sign {
        return Err(NumError::value(if sign == ' ' {
            "Space not allowed in string format specifier"
        } else {
            "Sign not allowed in string format specifier"
        }));
    }
    if spec.no_neg_0 {
        return Err(NumError::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(NumError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if spec.align == Some('=') {
        return Err(NumError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let (fill, align) = spec.fill_align(false);
    let text: String = match spec.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    };
    let len = text.chars().count();
    let width = spec.width.unwrap_or(0);
    if width <= len {
        return Ok(text);
    }
    let pad = width - len;
    let fills = |k: usize| std::iter::repeat_n(fill, k).collect::<String>();
    Ok(match align {
        '>' => format!("{}{text}", fills(pad)),
        '^' => {
            let left = pad / 2;
            format!("{}{text}{}", fills(left), fills(pad - left))
        }
        _ => format!("{text}{}", fills(pad)),
    })
}

/// Parse `spec` and format an int (type name for messages: `"int"`, `"bool"`, ...).
pub fn format_int_spec(v: &BigInt, spec: &str, type_name: &str) -> Result<String, NumError> {
    format_int(v, &FormatSpec::parse(spec, type_name)?)
}

/// Parse `spec` and format a float.
pub fn format_float_spec(x: f64, spec: &str) -> Result<String, NumError> {
    format_float(x, &FormatSpec::parse(spec, "float")?)
}

/// Parse `spec` and format a str.
pub fn format_str_spec(s: &str, spec: &str) -> Result<String, NumError> {
    format_str(s, &FormatSpec::parse(spec, "str")?)
}

// ---------------------------------------------------------------------------
// printf-style formatting
// ---------------------------------------------------------------------------

/// Which argument [`PercentArgs::get`] should produce.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgRef {
    /// Item `i` of the tuple operand.
    Index(usize),
    /// The (non-tuple) operand itself.
    Whole,
    /// The value selected by the last [`PercentArgs::select_key`].
    Selected,
}

/// An argument as the VM hands it over (see the module docs).
#[derive(Clone, Debug, PartialEq)]
pub enum PercentArg {
    /// `str(x)`, `repr(x)` or `ascii(x)` for conversions `s`, `r`, `a`.
    Text(String),
    /// An int (or bool, or an object the VM converted with `__index__`/`__int__`).
    Int(BigInt),
    /// A float.
    Float(f64),
    /// A str object given to a numeric or `%c` conversion.
    Str(String),
    /// Any other object, by type name.
    Other(String),
}

/// The VM's view of the right operand of `template % args`.
pub trait PercentArgs {
    type Error: From<NumError>;
    /// `Some(len)` when the operand is a tuple.
    fn tuple_len(&self) -> Option<usize>;
    /// The operand is a mapping (has `__getitem__`, not a tuple or str).
    fn is_mapping(&self) -> bool;
    /// Look up `operand[key]`; it becomes [`ArgRef::Selected`].
    fn select_key(&mut self, key: &str) -> Result<(), Self::Error>;
    /// Produce an argument for conversion `conv` (`'*'` for a star width or
    /// precision).
    fn get(&mut self, which: ArgRef, conv: char) -> Result<PercentArg, Self::Error>;
}

struct ArgCursor {
    /// (index, len) over the current argument list; a single object has
    /// len -1 and starts at -2 like CPython.
    idx: i64,
    len: i64,
    selected: bool,
}

impl ArgCursor {
    fn next(&mut self) -> Result<ArgRef, NumError> {
        if self.idx < self.len {
            if self.len < 0 {
                self.idx = -1;
                return Ok(if self.selected {
                    ArgRef::Selected
                } else {
                    ArgRef::Whole
                });
            }
            let i = self.idx as usize;
            self.idx += 1;
            return Ok(ArgRef::Index(i));
        }
        Err(NumError::type_error(
            "not enough arguments for format string",
        ))
    }
}

fn type_name_of(arg: &PercentArg) -> String {
    match arg {
        PercentArg::Text(_) | PercentArg::Str(_) => "str".into(),
        PercentArg::Int(_) => "int".into(),
        PercentArg::Float(_) => "float".into(),
        PercentArg::Other(t) => t.clone(),
    }
}

const F_LJUST: u8 = 1;
const F_SIGN: u8 = 2;
const F_BLANK: u8 = 4;
const F_ALT: u8 = 8;
const F_ZERO: u8 = 16;

/// `template % args` (printf-style formatting), see the module docs.
pub fn percent_format<A: PercentArgs>(template: &str, args: &mut A) -> Result<String, A::Error> {
    let chars: Vec<char> = template.chars().collect();
    let n = chars.len();
    let mut out = String::with_capacity(template.len() + 16);
    let mapping = args.is_mapping();
    let mut cur = match args.tuple_len() {
        Some(len) => ArgCursor {
            idx: 0,
            len: len as i64,
            selected: false,
        },
        None => ArgCursor {
            idx: -2,
            len: -1,
            selected: false,
        },
    };
    let incomplete = || NumError::value("incomplete format");
    let mut pos = 0;
    while pos < n {
        let c = chars[pos];
        if c != '%' {
            out.push(c);
            pos += 1;
            continue;
        }
        pos += 1;
        if pos >= n {
            return Err(incomplete().into());
        }
        if chars[pos] == '%' {
            out.push('%');
            pos += 1;
            continue;
        }
        // mapping key
        if chars[pos] == '(' {
            if !mapping {
                return Err(NumError::type_error("format requires a mapping").into());
            }
            let mut depth = 1;
            pos += 1;
            let start = pos;
            while pos < n && depth > 0 {
                match chars[pos] {
                    ')' => depth -= 1,
                    '(' => depth += 1,
                    _ => {}
                }
                pos += 1;
            }
            if depth > 0 {
                return Err(NumError::value("incomplete format key").into());
            }
            let key: String = chars[start..pos - 1].iter().collect();
            args.select_key(&key)?;
            cur = ArgCursor {
                idx: -2,
                len: -1,
                selected: true,
            };
        }
        // flags
        let mut flags = 0u8;
        while pos < n {
            match chars[pos] {
                '-' => flags |= F_LJUST,
                '+' => flags |= F_SIGN,
                ' ' => flags |= F_BLANK,
                '#' => flags |= F_ALT,
                '0' => flags |= F_ZERO,
                _ => break,
            }
            pos += 1;
        }
        // width
        let mut width: i64 = -1;
        if pos < n && chars[pos] == '*' {
            let which = cur.next()?;
            let w = star_value(args.get(which, '*')?)?;
            if w < 0 {
                flags |= F_LJUST;
                width = -w;
            } else {
                width = w;
            }
            pos += 1;
        } else if pos < n && chars[pos].is_ascii_digit() {
            width = read_number(&chars, &mut pos, "width too big")?;
        }
        // precision
        let mut prec: i64 = -1;
        if pos < n && chars[pos] == '.' {
            pos += 1;
            if pos < n && chars[pos] == '*' {
                let which = cur.next()?;
                prec = star_value(args.get(which, '*')?)?.max(0);
                pos += 1;
            } else if pos < n && chars[pos].is_ascii_digit() {
                prec = read_number(&chars, &mut pos, "precision too big")?;
            } else {
                prec = 0;
            }
        }
        if pos < n && matches!(chars[pos], 'h' | 'l' | 'L') {
            pos += 1;
        }
        if pos >= n {
            return Err(incomplete().into());
        }
        let conv = chars[pos];
        pos += 1;
        let which = cur.next()?;
        let piece = format_one(args, which, conv, flags, width, prec, pos - 1)?;
        out.push_str(&piece);
    }
    if cur.idx < cur.len && !mapping {
        return Err(
            NumError::type_error("not all arguments converted during string formatting").into(),
        );
    }
    Ok(out)
}

fn read_number(chars: &[char], pos: &mut usize, too_big: &str) -> Result<i64, NumError> {
    let mut v: i64 = 0;
    while *pos < chars.len() && chars[*pos].is_ascii_digit() {
        let d = chars[*pos].to_digit(10).unwrap() as i64;
        if v > (i32::MAX as i64 - d) / 10 {
            return Err(NumError::value(too_big));
        }
        v = v * 10 + d;
        *pos += 1;
    }
    Ok(v)
}

fn star_value(arg: PercentArg) -> Result<i64, NumError> {
    match arg {
        PercentArg::Int(i) => i
            .to_i64()
            .filter(|v| v.unsigned_abs() <= i32::MAX as u64)
            .ok_or_else(|| NumError::overflow("Python int too large to convert to C ssize_t")),
        _ => Err(NumError::type_error("* wants int")),
    }
}

/// Format one conversion. `index` is the conversion character's position.
fn format_one<A: PercentArgs>(
    args: &mut A,
    which: ArgRef,
    conv: char,
    flags: u8,
    width: i64,
    prec: i64,
    index: usize,
) -> Result<String, A::Error> {
    let arg = args.get(which, conv)?;
    let mut numeric = false;
    let mut fill_zero = false;
    let text: String = match conv {
        's' | 'r' | 'a' => {
            let t = match arg {
                PercentArg::Text(t) | PercentArg::Str(t) => t,
                other => {
                    return Err(NumError::type_error(format!(
                        "VM supplied {} for %{conv}",
                        type_name_of(&other)
                    ))
                    .into())
                }
            };
            if prec >= 0 {
                t.chars().take(prec as usize).collect()
            } else {
                t
            }
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            numeric = true;
            fill_zero = flags & F_ZERO != 0;
            let v = match arg {
                PercentArg::Int(v) => v,
                PercentArg::Float(f) if matches!(conv, 'd' | 'i' | 'u') => {
                    super::float::float_to_int(f)?
                }
                other => {
                    let what = if matches!(conv, 'o' | 'x' | 'X') {
                        "an integer"
                    } else {
                        "a real number"
                    };
                    return Err(NumError::type_error(format!(
                        "%{conv} format: {what} is required, not {}",
                        type_name_of(&other)
                    ))
                    .into());
                }
            };
            format_long(&v, conv, flags & F_ALT != 0, prec)?
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            numeric = true;
            fill_zero = flags & F_ZERO != 0;
            let x = match arg {
                PercentArg::Float(f) => f,
                PercentArg::Int(v) => v
                    .to_f64()
                    .ok_or_else(|| NumError::overflow("int too large to convert to float"))?,
                other => {
                    return Err(NumError::type_error(format!(
                        "must be real number, not {}",
                        type_name_of(&other)
                    ))
                    .into())
                }
            };
            let prec = if prec < 0 { 6 } else { prec as usize };
            let (code, upper) = match conv {
                'e' => (FloatCode::E, false),
                'E' => (FloatCode::E, true),
                'f' => (FloatCode::F, false),
                'F' => (FloatCode::F, true),
                'g' => (FloatCode::G, false),
                _ => (FloatCode::G, true),
            };
            let body = float_body(x, code, prec, flags & F_ALT != 0, false, upper);
            if x.is_sign_negative() && !x.is_nan() {
                format!("-{body}")
            } else {
                body
            }
        }
        'c' => match arg {
            PercentArg::Int(v) => v
                .to_i64()
                .filter(|c| (0..=0x10ffff).contains(c))
                .and_then(|c| char::from_u32(c as u32))
                .ok_or_else(|| NumError::overflow("%c arg not in range(0x110000)"))?
                .to_string(),
            PercentArg::Str(s) | PercentArg::Text(s) if s.chars().count() == 1 => s,
            _ => return Err(NumError::type_error("%c requires int or char").into()),
        },
        _ => {
            let shown = if (' '..='~').contains(&conv) {
                conv
            } else {
                '?'
            };
            return Err(NumError::value(format!(
                "unsupported format character '{shown}' (0x{:x}) at index {index}",
                conv as u32
            ))
            .into());
        }
    };
    Ok(pad_output(&text, conv, flags, width, numeric, fill_zero))
}

/// CPython's `_PyUnicode_FormatLong`: digits with at least `prec` digits,
/// a '-' for negatives and, with `alt`, the 0x/0X/0o prefix.
fn format_long(v: &BigInt, conv: char, alt: bool, prec: i64) -> Result<String, NumError> {
    let radix = match conv {
        'o' => 8,
        'x' | 'X' => 16,
        _ => 10,
    };
    let mut digits = if radix == 10 {
        v.abs().to_decimal_checked()?
    } else {
        v.abs().to_str_radix(radix)
    };
    if conv == 'X' {
        digits.make_ascii_uppercase();
    }
    let mut s = String::new();
    if v.is_negative() {
        s.push('-');
    }
    if alt {
        match conv {
            'o' => s.push_str("0o"),
            'x' => s.push_str("0x"),
            'X' => s.push_str("0X"),
            _ => {}
        }
    }
    if prec > digits.len() as i64 {
        for _ in 0..(prec as usize - digits.len()) {
            s.push('0');
        }
    }
    s.push_str(&digits);
    Ok(s)
}

/// CPython's `unicode_format_arg_output`: sign, alternate prefix and padding.
fn pad_output(
    s: &str,
    conv: char,
    flags: u8,
    width: i64,
    numeric: bool,
    fill_zero: bool,
) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut len = chars.len() as i64;
    let mut pindex = 0usize;
    let mut sign_char: Option<char> = None;
    if numeric {
        if let Some(&c) = chars.first().filter(|c| **c == '-' || **c == '+') {
            sign_char = Some(c);
            len -= 1;
            pindex = 1;
        } else if flags & F_SIGN != 0 {
            sign_char = Some('+');
        } else if flags & F_BLANK != 0 {
            sign_char = Some(' ');
        }
    }
    let ljust = flags & F_LJUST != 0;
    let fill = if fill_zero && !ljust { '0' } else { ' ' };
    let mut width = width.max(len);
    let mut out = String::with_capacity(width as usize + 2);
    if let Some(sc) = sign_char {
        if fill != ' ' {
            out.push(sc);
        }
        if width > len {
            width -= 1;
        }
    }
    let has_prefix = flags & F_ALT != 0 && matches!(conv, 'x' | 'X' | 'o');
    if has_prefix {
        if fill != ' ' {
            out.push(chars[pindex]);
            out.push(chars[pindex + 1]);
            pindex += 2;
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && !ljust {
        for _ in 0..(width - len) {
            out.push(fill);
        }
        width = len;
    }
    if fill == ' ' {
        if let Some(sc) = sign_char {
            out.push(sc);
        }
        if has_prefix {
            out.push(chars[pindex]);
            out.push(chars[pindex + 1]);
            pindex += 2;
        }
    }
    out.extend(&chars[pindex..]);
    if width > len {
        for _ in 0..(width - len) {
            out.push(' ');
        }
    }
    out
}
