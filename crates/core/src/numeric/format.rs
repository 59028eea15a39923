//! The format-spec mini-language (`format(x, spec)`, f-strings,
//! `str.format`) and printf-style `%` formatting, with CPython's results
//! and error messages.

use super::bigint::BigInt;
use super::float::float_repr;
use crate::at::{At, Part};

/// The error of a width or precision too big to allocate (a MemoryError).
pub const NO_MEMORY: &str = "MemoryError";

/// Padding builds the fill, then the padded text: twice the width.
fn fits(n: usize) -> Result<usize, String> {
    match n.saturating_mul(2) > crate::vm::MAX_ALLOC_BYTES {
        true => Err(NO_MEMORY.into()),
        false => Ok(n),
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct FormatSpec {
    pub fill: Option<char>,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub alternate: bool,
    pub zero: bool,
    pub width: usize,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub kind: Option<char>,
}

impl FormatSpec {
    pub fn parse(spec: &str) -> Result<FormatSpec, String> {
        let c: Vec<char> = spec.chars().collect();
        let mut s = FormatSpec::default();
        let mut i = 0;
        let is_align = |ch: char| matches!(ch, '<' | '>' | '^' | '=');
        if c.len() >= 2 && is_align(*c.at(1)) {
            s.fill = Some(*c.at(0));
            s.align = Some(*c.at(1));
            i = 2;
        } else if !c.is_empty() && is_align(*c.at(0)) {
            s.align = Some(*c.at(0));
            i = 1;
        }
        if matches!(c.get(i), Some('+' | '-' | ' ')) {
            s.sign = Some(*c.at(i));
            i += 1;
        }
        if c.get(i) == Some(&'z') {
            i += 1;
        }
        if c.get(i) == Some(&'#') {
            s.alternate = true;
            i += 1;
        }
        if c.get(i) == Some(&'0') {
            s.zero = true;
            i += 1;
        }
        let start = i;
        while c.get(i).is_some_and(char::is_ascii_digit) {
            i += 1;
        }
        if i > start {
            s.width = fits(
                c.part(start..i)
                    .iter()
                    .collect::<String>()
                    .parse()
                    .map_err(|_| "Too many decimal digits in format string".to_string())?,
            )?;
        }
        if matches!(c.get(i), Some(',' | '_')) {
            s.grouping = Some(*c.at(i));
            i += 1;
        }
        if c.get(i) == Some(&'.') {
            i += 1;
            let start = i;
            while c.get(i).is_some_and(char::is_ascii_digit) {
                i += 1;
            }
            if i == start {
                return Err("Format specifier missing precision".into());
            }
            s.precision = Some(fits(
                c.part(start..i)
                    .iter()
                    .collect::<String>()
                    .parse()
                    .map_err(|_| "Too many decimal digits in format string".to_string())?,
            )?);
        }
        if i < c.len() {
            s.kind = Some(*c.at(i));
            i += 1;
        }
        if i < c.len() {
            return Err("Invalid format specifier".into());
        }
        Ok(s)
    }
}

/// Insert a separator every `every` digits from the right.
fn group(digits: &str, sep: char, every: usize) -> String {
    let n = digits.chars().count();
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (n - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(ch);
    }
    out
}

/// Pad `sign + prefix + body` to the spec's width.
fn pad(spec: &FormatSpec, sign: &str, prefix: &str, body: &str, default_align: char) -> String {
    let (fill, align) = if spec.zero && spec.align.is_none() {
        (spec.fill.unwrap_or('0'), '=')
    } else {
        (
            spec.fill.unwrap_or(' '),
            spec.align.unwrap_or(default_align),
        )
    };
    let len = sign.chars().count() + prefix.chars().count() + body.chars().count();
    if len >= spec.width {
        return format!("{sign}{prefix}{body}");
    }
    let n = spec.width - len;
    let f = |k: usize| fill.to_string().repeat(k);
    match align {
        '<' => format!("{sign}{prefix}{body}{}", f(n)),
        '^' => format!("{}{sign}{prefix}{body}{}", f(n / 2), f(n - n / 2)),
        '=' => format!("{sign}{prefix}{}{body}", f(n)),
        _ => format!("{}{sign}{prefix}{body}", f(n)),
    }
}

fn sign_str(negative: bool, sign: Option<char>) -> &'static str {
    match (negative, sign) {
        (true, _) => "-",
        (false, Some('+')) => "+",
        (false, Some(' ')) => " ",
        _ => "",
    }
}

pub fn format_int(v: &BigInt, spec: &FormatSpec) -> Result<String, String> {
    let kind = spec.kind.unwrap_or('d');
    if matches!(kind, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') {
        let f = v.to_f64().ok_or("int too large to convert to float")?;
        return format_float(f, spec);
    }
    if spec.precision.is_some() {
        return Err("Precision not allowed in integer format specifier".into());
    }
    let (radix, prefix) = match kind {
        'd' | 'n' => (10, ""),
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        'c' => {
            if spec.sign.is_some() {
                return Err("Sign not allowed with integer format specifier 'c'".into());
            }
            let ch = v
                .to_i64()
                .and_then(|i| u32::try_from(i).ok())
                .and_then(char::from_u32)
                .ok_or("%c arg not in range(0x110000)")?;
            return Ok(pad(spec, "", "", &ch.to_string(), '<'));
        }
        other => {
            return Err(format!(
                "Unknown format code '{other}' for object of type 'int'"
            ))
        }
    };
    let mut digits = v.abs().to_str_radix(radix);
    if kind == 'X' {
        digits = digits.to_ascii_uppercase();
    }
    if let Some(sep) = spec.grouping {
        if sep == ',' && radix != 10 {
            return Err(format!("Cannot specify ',' with '{kind}'."));
        }
        digits = group(&digits, sep, if radix == 10 { 3 } else { 4 });
    }
    let prefix = if spec.alternate { prefix } else { "" };
    Ok(pad(
        spec,
        sign_str(v.is_negative(), spec.sign),
        prefix,
        &digits,
        '>',
    ))
}

/// Exponent form with at least two exponent digits: `1.50e+03`.
fn exp_form(x: f64, prec: usize, upper: bool) -> String {
    let s = super::dtoa::exponent(x, prec);
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let e: i32 = e.parse().unwrap_or(0);
    let es = if e < 0 {
        format!("-{:02}", -e)
    } else {
        format!("+{e:02}")
    };
    let out = format!("{m}e{es}");
    if upper {
        out.to_ascii_uppercase()
    } else {
        out
    }
}

fn strip_zeros(s: &str) -> String {
    if let Some((m, e)) = s.split_once(['e', 'E']) {
        let sep = if s.as_bytes().contains(&b'E') {
            'E'
        } else {
            'e'
        };
        let m = if m.as_bytes().contains(&b'.') {
            m.trim_end_matches('0').trim_end_matches('.')
        } else {
            m
        };
        return format!("{m}{sep}{e}");
    }
    if s.as_bytes().contains(&b'.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s.to_string()
    }
}

/// The `g` rule: fixed or exponent form depending on the rounded exponent.
fn general(x: f64, p: usize, upper: bool, alternate: bool, sci_threshold: i32) -> String {
    let p = p.max(1);
    let exp = super::dtoa::significant(x, p - 1).1;
    let s = if exp >= -4 && exp < sci_threshold {
        super::dtoa::fixed(x, (p as i32 - 1 - exp).max(0) as usize)
    } else {
        exp_form(x, p - 1, upper)
    };
    if alternate {
        s
    } else {
        strip_zeros(&s)
    }
}

pub fn format_float(x: f64, spec: &FormatSpec) -> Result<String, String> {
    let kind = spec.kind;
    if let Some(k) = kind {
        if !matches!(k, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') {
            return Err(format!(
                "Unknown format code '{k}' for object of type 'float'"
            ));
        }
    }
    let negative = x.is_sign_negative() && !x.is_nan();
    let a = x.abs();
    let upper = matches!(kind, Some('E') | Some('F') | Some('G'));
    let mut body = if a.is_infinite() {
        if upper { "INF" } else { "inf" }.to_string()
    } else if a.is_nan() {
        if upper { "NAN" } else { "nan" }.to_string()
    } else {
        match kind {
            Some('f') | Some('F') => super::dtoa::fixed(a, spec.precision.unwrap_or(6)),
            Some('e') | Some('E') => exp_form(a, spec.precision.unwrap_or(6), upper),
            Some('g') | Some('G') | Some('n') => {
                let p = spec.precision.unwrap_or(6);
                general(a, p, upper, spec.alternate, p.max(1) as i32)
            }
            Some('%') => format!(
                "{}%",
                super::dtoa::fixed(a * 100.0, spec.precision.unwrap_or(6))
            ),
            _ => match spec.precision {
                None => float_repr(a),
                Some(p) => {
                    // Unlike 'g', exponent form starts one digit earlier.
                    let s = general(a, p, false, spec.alternate, p.max(1) as i32 - 1);
                    if s.contains(['.', 'e', 'n', 'i']) {
                        s
                    } else {
                        format!("{s}.0")
                    }
                }
            },
        }
    };
    if let Some(sep) = spec.grouping {
        let split = body
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(body.len());
        let (int_part, rest) = body.split_at(split);
        body = format!("{}{}", group(int_part, sep, 3), rest);
    }
    Ok(pad(spec, sign_str(negative, spec.sign), "", &body, '>'))
}

pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, String> {
    if let Some(k) = spec.kind {
        if k != 's' {
            return Err(format!(
                "Unknown format code '{k}' for object of type 'str'"
            ));
        }
    }
    if spec.sign.is_some() {
        return Err("Sign not allowed in string format specifier".into());
    }
    if spec.alternate {
        return Err("Alternate form (#) not allowed in string format specifier".into());
    }
    if spec.align == Some('=') {
        return Err("'=' alignment not allowed in string format specifier".into());
    }
    if spec.grouping.is_some() {
        return Err(format!(
            "Cannot specify '{}' with 's'.",
            spec.grouping.unwrap_or(',')
        ));
    }
    let text: String = match spec.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    };
    let mut sp = spec.clone();
    if sp.zero && sp.align.is_none() {
        sp.zero = false;
        sp.fill = Some(sp.fill.unwrap_or('0'));
        sp.align = Some('<');
    }
    Ok(pad(&sp, "", "", &text, '<'))
}

/// A value supplied for one `%` conversion, already converted by the VM:
/// `%s`/`%r`/`%a` get the str()/repr() text, numeric conversions a number.
pub enum PercentValue {
    Int(BigInt),
    Float(f64),
    Str(String),
}

/// `template % args`. `supply(key, conversion)` returns the next value
/// (`key` is the `%(name)s` mapping key, if any).
/// Supplies the value for each `%` conversion: `(mapping key, conversion)`.
pub type PercentSupply<'a> = dyn FnMut(Option<&str>, char) -> Result<PercentValue, String> + 'a;

/// The value a `*` in a `%` conversion takes from the arguments.
fn star_argument(supply: &mut PercentSupply, key: Option<&str>) -> Result<i64, String> {
    if key.is_some() {
        return Err("* wants int".into());
    }
    match supply(None, '*')? {
        PercentValue::Int(n) => n.to_i64().ok_or_else(|| "width too big".to_string()),
        _ => Err("* wants int".into()),
    }
}

pub fn percent_format(template: &str, supply: &mut PercentSupply) -> Result<String, String> {
    let c: Vec<char> = template.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < c.len() {
        if *c.at(i) != '%' {
            out.push(*c.at(i));
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        let mut key = None;
        if c.get(i) == Some(&'(') {
            let mut depth = 1;
            let k0 = i + 1;
            i += 1;
            while i < c.len() && depth > 0 {
                if *c.at(i) == '(' {
                    depth += 1;
                } else if *c.at(i) == ')' {
                    depth -= 1;
                }
                i += 1;
            }
            if depth > 0 {
                return Err("incomplete format key".into());
            }
            key = Some(c.part(k0..i - 1).iter().collect::<String>());
        }
        let mut spec = FormatSpec::default();
        let mut left = false;
        while matches!(c.get(i), Some('-' | '+' | ' ' | '#' | '0')) {
            match *c.at(i) {
                '-' => left = true,
                '+' => spec.sign = Some('+'),
                ' ' => {
                    if spec.sign.is_none() {
                        spec.sign = Some(' ')
                    }
                }
                '#' => spec.alternate = true,
                _ => spec.zero = true,
            }
            i += 1;
        }
        let ws = i;
        if c.get(i) == Some(&'*') {
            // `%*d`: the width is the next argument (negative: left-aligned).
            i += 1;
            let w = star_argument(supply, key.as_deref())?;
            if w < 0 {
                left = true;
            }
            spec.width = fits(w.unsigned_abs() as usize)?;
        } else {
            while c.get(i).is_some_and(char::is_ascii_digit) {
                i += 1;
            }
            if i > ws {
                spec.width = fits(
                    c.part(ws..i)
                        .iter()
                        .collect::<String>()
                        .parse()
                        .unwrap_or(0),
                )?;
            }
        }
        if c.get(i) == Some(&'.') {
            i += 1;
            if c.get(i) == Some(&'*') {
                i += 1;
                spec.precision =
                    Some(fits(star_argument(supply, key.as_deref())?.max(0) as usize)?);
            } else {
                let ps = i;
                while c.get(i).is_some_and(char::is_ascii_digit) {
                    i += 1;
                }
                spec.precision = Some(fits(
                    c.part(ps..i)
                        .iter()
                        .collect::<String>()
                        .parse()
                        .unwrap_or(0),
                )?);
            }
        }
        if matches!(c.get(i), Some('h' | 'l' | 'L')) {
            i += 1;
        }
        let Some(&conv) = c.get(i) else {
            return Err("incomplete format".into());
        };
        i += 1;
        if conv == '%' {
            out.push('%');
            continue;
        }
        if left {
            spec.align = Some('<');
            spec.zero = false;
        }
        if !matches!(
            conv,
            'd' | 'i'
                | 'u'
                | 'o'
                | 'x'
                | 'X'
                | 'e'
                | 'E'
                | 'f'
                | 'F'
                | 'g'
                | 'G'
                | 'c'
                | 'r'
                | 's'
                | 'a'
        ) {
            return Err(format!(
                "unsupported format character '{}' (0x{:x}) at index {}",
                conv,
                conv as u32,
                i - 1
            ));
        }
        let _ = start;
        let v = supply(key.as_deref(), conv)?;
        let piece = match conv {
            's' | 'r' | 'a' => {
                let text = match v {
                    PercentValue::Str(s) => s,
                    PercentValue::Int(b) => b.to_string(),
                    PercentValue::Float(f) => float_repr(f),
                };
                let mut sp = FormatSpec {
                    width: spec.width,
                    precision: spec.precision,
                    ..FormatSpec::default()
                };
                sp.align = Some(if left { '<' } else { '>' });
                format_str(&text, &sp)?
            }
            'c' => {
                let text = match v {
                    PercentValue::Str(s) => s,
                    PercentValue::Int(b) => b
                        .to_i64()
                        .and_then(|i| u32::try_from(i).ok())
                        .and_then(char::from_u32)
                        .ok_or("%c arg not in range(0x110000)")?
                        .to_string(),
                    PercentValue::Float(_) => return Err("%c requires int or char".into()),
                };
                let sp = FormatSpec {
                    width: spec.width,
                    align: Some(if left { '<' } else { '>' }),
                    ..FormatSpec::default()
                };
                format_str(&text, &sp)?
            }
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                let b = match v {
                    PercentValue::Int(b) => b,
                    PercentValue::Float(f) => {
                        BigInt::from_f64(f).ok_or("cannot convert float to integer")?
                    }
                    PercentValue::Str(_) => {
                        return Err(format!(
                            "%{conv} format: a real number is required, not str"
                        ))
                    }
                };
                let kind = match conv {
                    'o' => 'o',
                    'x' => 'x',
                    'X' => 'X',
                    _ => 'd',
                };
                let mut sp = spec.clone();
                sp.kind = Some(kind);
                let precision = sp.precision.take();
                let mut s = format_int(
                    &b,
                    &FormatSpec {
                        kind: Some(kind),
                        alternate: sp.alternate,
                        ..FormatSpec::default()
                    },
                )?;
                if let Some(p) = precision {
                    let (sign, digits) = if let Some(d) = s.strip_prefix('-') {
                        ("-", d.to_string())
                    } else {
                        ("", s.clone())
                    };
                    if digits.len() < p {
                        s = format!("{sign}{}{digits}", "0".repeat(p - digits.len()));
                    }
                }
                let (neg, body) = match s.strip_prefix('-') {
                    Some(rest) => (true, rest.to_string()),
                    None => (false, s),
                };
                pad(&sp, sign_str(neg, sp.sign), "", &body, '>')
            }
            _ => {
                let f = match v {
                    PercentValue::Float(f) => f,
                    PercentValue::Int(b) => {
                        b.to_f64().ok_or("int too large to convert to float")?
                    }
                    PercentValue::Str(_) => return Err("must be real number, not str".into()),
                };
                let mut sp = spec.clone();
                sp.kind = Some(conv);
                if sp.precision.is_none() {
                    sp.precision = Some(6);
                }
                format_float(f, &sp)?
            }
        };
        out.push_str(&piece);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(x: f64, spec: &str) -> String {
        format_float(x, &FormatSpec::parse(spec).unwrap()).unwrap()
    }

    fn i(x: i64, spec: &str) -> String {
        format_int(&BigInt::from_i64(x), &FormatSpec::parse(spec).unwrap()).unwrap()
    }

    #[test]
    fn specs_match_cpython() {
        // Expected strings are CPython 3.11's format() results.
        assert_eq!(f(1.0051, "0.2f"), "1.01");
        assert_eq!(f(0.125, ".2f"), "0.12");
        assert_eq!(f(2.5, ">10.3f"), "     2.500");
        assert_eq!(f(1234567.891, ",.2f"), "1,234,567.89");
        assert_eq!(f(0.5, ".1%"), "50.0%");
        assert_eq!(f(12345.678, "e"), "1.234568e+04");
        assert_eq!(f(0.0001234, "g"), "0.0001234");
        assert_eq!(f(1234567.0, "g"), "1.23457e+06");
        assert_eq!(f(1.0, ".3"), "1.0");
        assert_eq!(f(-2.5, "+08.2f"), "-0002.50");
        assert_eq!(i(1234567, ","), "1,234,567");
        assert_eq!(i(255, "#x"), "0xff");
        assert_eq!(i(42, "05d"), "00042");
        assert_eq!(i(-42, "^9"), "   -42   ");
        assert_eq!(i(5, "b"), "101");
        assert_eq!(
            format_str("ab", &FormatSpec::parse("*^6").unwrap()).unwrap(),
            "**ab**"
        );
        assert_eq!(
            format_str("ab", &FormatSpec::parse("d").unwrap()).unwrap_err(),
            "Unknown format code 'd' for object of type 'str'"
        );
    }

    #[test]
    fn percent() {
        let mut args = vec![
            PercentValue::Str("x".into()),
            PercentValue::Float(2.5),
            PercentValue::Int(BigInt::from_i64(7)),
        ];
        args.reverse();
        let out = percent_format("%-3s|%05.1f|%d%%", &mut |_, _| Ok(args.pop().unwrap())).unwrap();
        assert_eq!(out, "x  |002.5|7%");
        let err = percent_format("%y", &mut |_, _| Ok(PercentValue::Int(BigInt::from_i64(1))))
            .unwrap_err();
        assert_eq!(err, "unsupported format character 'y' (0x79) at index 1");
    }
}
