//! Unit tests with expected values taken from CPython 3.11.7 while writing
//! them (each literal below is what `python3` printed for the expression in
//! the neighbouring comment or assertion).

use super::bigint::*;
use super::float::*;
use super::format::*;
use super::{ExcKind, NumError};

fn b(s: &str) -> BigInt {
    BigInt::parse_python_int(s, 10).unwrap()
}

// ------------------------------------------------------------------ bigint

#[test]
fn bigint_basics_and_canonical_zero() {
    assert_eq!(
        BigInt::from_i64(0),
        BigInt::from_i64(5).sub(&BigInt::from_i64(5))
    );
    assert_eq!(
        BigInt::from_i64(-3).add(&BigInt::from_i64(3)),
        BigInt::zero()
    );
    assert!(!BigInt::from_i64(0).neg().is_negative());
    assert_eq!(BigInt::from_i64(i64::MIN).to_i64(), Some(i64::MIN));
    assert_eq!(
        BigInt::from_i64(i64::MIN).sub(&BigInt::one()).to_i64(),
        None
    );
    assert_eq!(
        BigInt::from_u64(u64::MAX).to_string(),
        "18446744073709551615"
    );
    assert_eq!(BigInt::from_i64(-42).signum(), -1);
    assert!(b("-5") < b("3") && b("-5") < b("-4") && b("100000000000000000000") > b("99"));
}

#[test]
fn bigint_division_and_shifts_follow_python() {
    let dm = |a: i64, c: i64| {
        let (q, r) = BigInt::from_i64(a)
            .divmod_floor(&BigInt::from_i64(c))
            .unwrap();
        (q.to_i64().unwrap(), r.to_i64().unwrap())
    };
    // divmod(-7, 2), divmod(7, -2), divmod(-7, -2)
    assert_eq!(dm(-7, 2), (-4, 1));
    assert_eq!(dm(7, -2), (-4, -1));
    assert_eq!(dm(-7, -2), (3, -1));
    // divmod(10**30, -7) == (-142857142857142857142857142858, -6)
    let (q, r) = b("1000000000000000000000000000000")
        .divmod_floor(&b("-7"))
        .unwrap();
    assert_eq!(
        (q.to_string().as_str(), r.to_string().as_str()),
        ("-142857142857142857142857142858", "-6")
    );
    assert!(b("5").divmod_floor(&BigInt::zero()).is_none());
    // -17 >> 3, -16 >> 4, -1 >> 100, 5 >> 1
    assert_eq!(b("-17").shr(3), b("-3"));
    assert_eq!(b("-16").shr(4), b("-1"));
    assert_eq!(b("-1").shr(100), b("-1"));
    assert_eq!(b("5").shr(1), b("2"));
    assert_eq!(b("-3").shl(70).to_string(), "-3541774862152233910272");
}

#[test]
fn bigint_bitwise_twos_complement() {
    // -5 & 3, -5 | 3, -5 ^ 3, ~5, -12 & -7
    assert_eq!(&b("-5") & &b("3"), b("3"));
    assert_eq!(&b("-5") | &b("3"), b("-5"));
    assert_eq!(&b("-5") ^ &b("3"), b("-8"));
    assert_eq!(b("5").not(), b("-6"));
    assert_eq!(&b("-12") & &b("-7"), b("-16"));
    // -(2**70) | 12345 ; (2**70-1) ^ -1
    let p70 = BigInt::from_i64(2).pow(70);
    assert_eq!(
        (&p70.neg() | &b("12345")).to_string(),
        "-1180591620717411291079"
    );
    assert_eq!(
        (&p70.sub(&BigInt::one()) ^ &b("-1")).to_string(),
        "-1180591620717411303424"
    );
}

#[test]
fn bigint_pow_mod() {
    // pow(3, 10**20, 10**9+7), pow(-3, 5, 7), pow(3, 2, -5), pow(3, -1, 7), pow(38, -1, 97)
    let pm = |a: &str, e: &str, m: &str| b(a).pow_mod(&b(e), &b(m)).map(|v| v.to_string());
    assert_eq!(
        pm("3", "100000000000000000000", "1000000007").as_deref(),
        Some("139421235")
    );
    assert_eq!(pm("-3", "5", "7").as_deref(), Some("2"));
    assert_eq!(pm("3", "2", "-5").as_deref(), Some("-1"));
    assert_eq!(pm("3", "-1", "7").as_deref(), Some("5"));
    assert_eq!(pm("38", "-1", "97").as_deref(), Some("23"));
    assert_eq!(pm("2", "-1", "4"), None); // not invertible
    assert_eq!(pm("2", "3", "0"), None);
}

#[test]
fn bigint_float_conversions() {
    // float(2**53+1) == 9007199254740992.0 (ties to even)
    let v = BigInt::from_i64(2).pow(53).add(&BigInt::one());
    assert_eq!(v.to_f64(), Some(9007199254740992.0));
    // float(2**1024 - 2**971) == 1.7976931348623157e+308 ; 2**1024 - 2**970 overflows
    let p1024 = BigInt::from_i64(2).pow(1024);
    assert_eq!(
        p1024.sub(&BigInt::from_i64(2).pow(971)).to_f64(),
        Some(f64::MAX)
    );
    assert_eq!(p1024.sub(&BigInt::from_i64(2).pow(970)).to_f64(), None);
    assert_eq!(
        p1024
            .sub(&BigInt::from_i64(2).pow(970))
            .sub(&BigInt::one())
            .to_f64(),
        Some(f64::MAX)
    );
    // 7/3, (10**400+1)/10**399, -1/3, 1/2**1074, 3/2**1075, 1/2**1075, (2**1075+1)/2**2149
    let td = |a: &BigInt, c: &BigInt| BigInt::true_div(a, c).unwrap();
    assert_eq!(td(&b("7"), &b("3")), 2.3333333333333335);
    let t400 = BigInt::from_i64(10).pow(400);
    assert_eq!(
        td(&t400.add(&BigInt::one()), &BigInt::from_i64(10).pow(399)),
        10.0
    );
    assert_eq!(td(&b("-1"), &b("3")), -0.3333333333333333);
    let two = BigInt::from_i64(2);
    assert_eq!(td(&b("1"), &two.pow(1074)), 5e-324);
    assert_eq!(td(&b("3"), &two.pow(1075)), 1e-323);
    assert_eq!(td(&b("1"), &two.pow(1075)), 0.0);
    assert_eq!(
        td(&two.pow(1075).add(&BigInt::one()), &two.pow(2149)),
        5e-324
    );
    assert_eq!(
        BigInt::true_div(&b("1"), &BigInt::zero()),
        Err(MSG_TRUEDIV_BY_ZERO)
    );
    assert_eq!(
        BigInt::true_div(&two.pow(2000), &b("3")),
        Err(MSG_TRUEDIV_OVERFLOW)
    );
    // int(-7.9), int(1e20), int(-2.5e-5)
    assert_eq!(BigInt::from_f64(-7.9), Some(b("-7")));
    assert_eq!(BigInt::from_f64(1e20), Some(b("100000000000000000000")));
    assert_eq!(BigInt::from_f64(-2.5e-5), Some(BigInt::zero()));
    assert_eq!(BigInt::from_f64(f64::NAN), None);
}

#[test]
fn bigint_small_operand_helpers() {
    let x = b("-18446744073709551616"); // -(2**64)
    assert_eq!(x.add_i64(1).to_string(), "-18446744073709551615");
    assert_eq!(x.add_i64(i64::MIN).to_string(), "-27670116110564327424");
    assert_eq!(b("5").add_i64(-5), BigInt::zero());
    assert_eq!(b("5").add_i64(-7), b("-2"));
    assert_eq!(BigInt::zero().add_i64(-3), b("-3"));
    assert_eq!(x.mul_i64(-3).to_string(), "55340232221128654848");
    assert_eq!(x.mul_i64(0), BigInt::zero());
    assert_eq!("  -1_000 ".parse::<BigInt>(), Ok(b("-1000")));
}

#[test]
fn bigint_hashes() {
    // hash(10**30), hash(-10**30), hash(2**64), hash(-(2**61-1)), hash(2**61), hash(-1)
    assert_eq!(int_hash(&BigInt::from_i64(10).pow(30)), 465258685558744706);
    assert_eq!(
        int_hash(&BigInt::from_i64(10).pow(30).neg()),
        -465258685558744706
    );
    assert_eq!(int_hash(&BigInt::from_i64(2).pow(64)), 8);
    assert_eq!(int_hash(&b("-2305843009213693951")), 0);
    assert_eq!(int_hash(&BigInt::from_i64(2).pow(61)), 1);
    assert_eq!(int_hash(&b("-1")), -2);
    // hash(1.5), hash(-0.5), hash(1e300), hash(0.1), hash(-1.0), hash(inf)
    assert_eq!(float_hash(1.5), 1152921504606846977);
    assert_eq!(float_hash(-0.5), -1152921504606846976);
    assert_eq!(float_hash(1e300), 1224995262755759164);
    assert_eq!(float_hash(0.1), 230584300921369408);
    assert_eq!(float_hash(-1.0), -2);
    assert_eq!(float_hash(f64::INFINITY), 314159);
    assert_eq!(float_hash(3.0 * 5e-324), 50331648);
    assert_eq!(float_hash(1e20), int_hash(&b("100000000000000000000")));
}

#[test]
fn bigint_parsing() {
    let p = |s: &str, base: u32| BigInt::parse_python_int(s, base).map(|v| v.to_string());
    assert_eq!(p("  -12_3 ", 10).as_deref(), Some("-123"));
    assert_eq!(p("0x1f", 0).as_deref(), Some("31"));
    assert_eq!(p("0x_1f", 16).as_deref(), Some("31"));
    assert_eq!(p("0o17", 8).as_deref(), Some("15"));
    assert_eq!(p("-0B1_01", 0).as_deref(), Some("-5"));
    assert_eq!(p("00", 0).as_deref(), Some("0"));
    assert_eq!(p("0_0", 0).as_deref(), Some("0"));
    assert_eq!(p("Zz", 36).as_deref(), Some("1295"));
    for (bad, base) in [
        ("010", 0),
        ("_1", 10),
        ("1__0", 10),
        ("1_", 10),
        ("0b", 0),
        ("1 0", 10),
        ("0xff", 10),
        ("", 10),
        ("-", 10),
    ] {
        assert_eq!(p(bad, base), None, "{bad:?} base {base}");
    }
    assert_eq!(BigInt::parse("ff", 16), Some(b("255")));
    // int('٣٤'), int('\u3000+１２\u2028'), float('٣.٥')
    assert_eq!(p("\u{663}\u{664}", 10).as_deref(), Some("34"));
    assert_eq!(
        p("\u{3000}+\u{ff11}\u{ff12}\u{2028}", 10).as_deref(),
        Some("12")
    );
    assert_eq!(parse_float("\u{663}.\u{665}"), Some(3.5));
    assert_eq!(p("\u{1c}5", 10), None);
    assert_eq!(BigInt::parse("-1", 10), None);
}

#[test]
fn bigint_ten_thousand_digits() {
    let digits: String = (0..10_000)
        .map(|i| char::from(b'1' + (i * 7 % 9) as u8))
        .collect();
    let start = std::time::Instant::now();
    let v = BigInt::parse(&digits, 10).unwrap();
    let back = v.to_string();
    assert_eq!(back, digits);
    let sq = v.mul(&v);
    assert_eq!(sq.divmod_floor(&v).unwrap(), (v.clone(), BigInt::zero()));
    assert_eq!(BigInt::parse(&sq.to_str_radix(16), 16), Some(sq.clone()));
    // generous bound even for unoptimized builds
    let took = start.elapsed();
    println!("10,000 digits: parse, print, square, divide, hex round trip in {took:?}");
    assert!(took.as_secs_f64() < 5.0, "took {took:?}");
    // CPython 3.11's str() limit
    assert_eq!(
        BigInt::from_i64(10)
            .pow(4299)
            .to_decimal_checked()
            .map(|s| s.len()),
        Ok(4300)
    );
    let e = BigInt::from_i64(10)
        .pow(4300)
        .to_decimal_checked()
        .unwrap_err();
    assert_eq!(
        e.message,
        "Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
    );
}

// ------------------------------------------------------------------- float

#[test]
fn float_repr_matches_cpython() {
    let cases: [(f64, &str); 16] = [
        (1e16, "1e+16"),
        (1.5e-5, "1.5e-05"),
        (123.0, "123.0"),
        (0.1, "0.1"),
        (f64::INFINITY, "inf"),
        (f64::NEG_INFINITY, "-inf"),
        (f64::NAN, "nan"),
        (-0.0, "-0.0"),
        (1e300, "1e+300"),
        (1234567890123456.0, "1234567890123456.0"),
        (0.0001, "0.0001"),
        (2e16 + 8.0, "2.000000000000001e+16"),
        (5e-324, "5e-324"),
        (f64::MAX, "1.7976931348623157e+308"),
        (0.30000000000000004, "0.30000000000000004"),
        (-2.5, "-2.5"),
    ];
    for (x, want) in cases {
        assert_eq!(float_repr(x), want);
    }
}

#[test]
fn float_parsing() {
    assert_eq!(parse_float("  1_000.5e3 "), Some(1000500.0));
    assert_eq!(parse_float("-Infinity"), Some(f64::NEG_INFINITY));
    assert!(parse_float("+nAn").unwrap().is_nan());
    assert_eq!(parse_float("1e1_0"), Some(1e10));
    assert_eq!(parse_float("1.e5"), Some(1e5));
    assert_eq!(parse_float(".5"), Some(0.5));
    assert_eq!(parse_float("1e500"), Some(f64::INFINITY));
    for bad in [
        "1._5", "1_.5", ".e5", "infinit", "1e", "0x10", "1e+_5", "1_e5", "", "in f", ".",
    ] {
        assert_eq!(parse_float(bad), None, "{bad:?}");
    }
}

#[test]
fn float_rounding() {
    assert_eq!(round_half_even(2.675, 2), 2.67);
    assert_eq!(round_half_even(0.5, 0), 0.0);
    assert_eq!(round_half_even(1.5, 0), 2.0);
    assert_eq!(round_half_even(2.5, 0), 2.0);
    assert_eq!(round_half_even(123.456, -1), 120.0);
    assert_eq!(round_half_even(125.0, -1), 120.0);
    assert_eq!(round_half_even(135.0, -1), 140.0);
    assert_eq!(round_half_even(1e300, -308), 0.0);
    assert_eq!(round_half_even(5e-324, 400), 5e-324);
    assert!(round_half_even(-0.4, 0).is_sign_negative());
    assert!(round_half_even(-1e-300, -1000).is_sign_negative());
    assert_eq!(
        round_float(1.7e308, -308).unwrap_err(),
        NumError::overflow("rounded value too large to represent")
    );
    assert_eq!(float_round_to_int(0.5).unwrap(), BigInt::zero());
    assert_eq!(float_round_to_int(-2.5).unwrap(), BigInt::from_i64(-2));
    assert_eq!(
        float_to_int(f64::NAN).unwrap_err().message,
        "cannot convert float NaN to integer"
    );
}

#[test]
fn float_arithmetic_corners() {
    assert_eq!(float_mod(-7.5, 2.0), Ok(0.5));
    assert_eq!(float_mod(5.0, -3.0), Ok(-1.0));
    assert!(float_mod(0.0, -1.0).unwrap().is_sign_negative());
    assert_eq!(float_floordiv(-7.0, 2.0), Ok(-4.0));
    assert_eq!(float_divmod(-1.0, f64::INFINITY), Ok((-1.0, f64::INFINITY)));
    let e = float_mod(7.5, 0.0).unwrap_err();
    assert_eq!(
        (e.kind, e.message.as_str()),
        (ExcKind::ZeroDivisionError, "float modulo")
    );
    assert_eq!(
        float_floordiv(7.5, 0.0).unwrap_err().message,
        "float floor division by zero"
    );
    assert_eq!(
        float_divmod(7.5, 0.0).unwrap_err().message,
        "float divmod()"
    );
    assert_eq!(
        float_truediv(7.5, 0.0).unwrap_err().message,
        "float division by zero"
    );
    assert_eq!(
        float_pow(0.0, -1.0).unwrap_err().message,
        "0.0 cannot be raised to a negative power"
    );
    assert_eq!(
        float_pow(10.0, 400.0).unwrap_err().message,
        "(34, 'Numerical result out of range')"
    );
    assert_eq!(
        float_pow(-8.0, 0.5).unwrap_err().message,
        NEGATIVE_FRACTIONAL_POWER
    );
    assert_eq!(float_pow(-2.0, f64::INFINITY), Ok(f64::INFINITY));
    assert_eq!(float_pow(f64::NAN, 0.0), Ok(1.0));
    assert_eq!(float_pow(2.0, -1080.0), Ok(0.0));
}

// ------------------------------------------------------------------ format

#[test]
fn format_spec_examples() {
    let fi = |v: i64, s: &str| format_int_spec(&BigInt::from_i64(v), s, "int");
    let ff = format_float_spec;
    let fs = format_str_spec;
    let ok = |r: Result<String, NumError>| r.unwrap();
    let msg = |r: Result<String, NumError>| r.unwrap_err().message;
    assert_eq!(ok(fi(255, "_b")), "1111_1111");
    assert_eq!(ok(fi(5, "#010x")), "0x00000005");
    assert_eq!(ok(fi(-5, "08")), "-0000005");
    assert_eq!(ok(fi(-5, "*<08")), "-5******");
    assert_eq!(ok(fi(5, "+010,")), "+0,000,005");
    assert_eq!(ok(fi(123456789, "020,")), "0,000,000,123,456,789");
    assert_eq!(ok(fi(123456789, "020_x")), "0_0000_0000_075b_cd15");
    assert_eq!(ok(fi(5, "%")), "500.000000%");
    assert_eq!(ok(fi(65, "c")), "A");
    assert_eq!(ok(ff(1234.5, "_")), "1_234.5");
    assert_eq!(ok(ff(-1234.5, "020,.2f")), "-0,000,000,001,234.50");
    assert_eq!(ok(ff(0.125, ".2f")), "0.12");
    assert_eq!(ok(ff(2.675, ".2f")), "2.67");
    assert_eq!(ok(ff(2.5, ".0f")), "2");
    assert_eq!(ok(ff(123.0, ".2")), "1.2e+02");
    assert_eq!(ok(ff(1.0, ".3")), "1.0");
    assert_eq!(ok(ff(1e16, "")), "1e+16");
    assert_eq!(ok(ff(1.0, "#.0")), "1.e+00");
    assert_eq!(ok(ff(-0.0, "z")), "0.0");
    assert_eq!(ok(ff(f64::NAN, "08")), "00000nan");
    assert_eq!(ok(ff(f64::NEG_INFINITY, "010")), "-000000inf");
    assert_eq!(ok(ff(0.5, ".0%")), "50%");
    assert_eq!(ok(ff(1.5, "z=+#010,.3f")), "+zzzz1.500");
    assert_eq!(ok(fs("abc", "^7.2")), "  ab   ");
    assert_eq!(ok(fs("ab", "05")), "ab000");
    assert_eq!(
        msg(ff(1.5, "d")),
        "Unknown format code 'd' for object of type 'float'"
    );
    assert_eq!(
        msg(fs("ab", "d")),
        "Unknown format code 'd' for object of type 'str'"
    );
    assert_eq!(
        msg(fi(5, "s")),
        "Unknown format code 's' for object of type 'int'"
    );
    assert_eq!(
        msg(fs("ab", "=5")),
        "'=' alignment not allowed in string format specifier"
    );
    assert_eq!(
        msg(fs("ab", "+")),
        "Sign not allowed in string format specifier"
    );
    assert_eq!(msg(fs("ab", ",")), "Cannot specify ',' with 's'.");
    assert_eq!(
        msg(fi(5, ".2d")),
        "Precision not allowed in integer format specifier"
    );
    assert_eq!(
        msg(fi(5, "xx")),
        "Invalid format specifier 'xx' for object of type 'int'"
    );
    assert_eq!(msg(fi(5, ",_")), "Cannot specify both ',' and '_'.");
    assert_eq!(msg(fi(5, "__")), "Cannot specify '_' with '_'.");
    assert_eq!(msg(fi(5, ".")), "Format specifier missing precision");
    assert_eq!(
        msg(fi(5, "99999999999999999999")),
        "Too many decimal digits in format string"
    );
    assert_eq!(
        msg(fi(5, "z")),
        "Negative zero coercion (z) not allowed in integer format specifier"
    );
    assert_eq!(
        msg(fi(5, "+c")),
        "Sign not allowed with integer format specifier 'c'"
    );
    let e = fi(1114112, "c").unwrap_err();
    assert_eq!(
        (e.kind, e.message.as_str()),
        (ExcKind::OverflowError, "%c arg not in range(0x110000)")
    );
    let e = format_int_spec(&BigInt::from_i64(10).pow(400), "e", "int").unwrap_err();
    assert_eq!(
        (e.kind, e.message.as_str()),
        (ExcKind::OverflowError, "int too large to convert to float")
    );
    assert_eq!(
        msg(format_int_spec(&BigInt::one(), "s", "bool")),
        "Unknown format code 's' for object of type 'bool'"
    );
}

/// A `%` operand for the printf-style tests.
enum Operand {
    Tuple(Vec<PercentArg>),
    Single(PercentArg),
    Map(Vec<(&'static str, PercentArg)>),
}

struct Ops {
    operand: Operand,
    selected: Option<PercentArg>,
}

impl PercentArgs for Ops {
    type Error = NumError;
    fn tuple_len(&self) -> Option<usize> {
        match &self.operand {
            Operand::Tuple(v) => Some(v.len()),
            _ => None,
        }
    }
    fn is_mapping(&self) -> bool {
        matches!(self.operand, Operand::Map(_))
    }
    fn select_key(&mut self, key: &str) -> Result<(), NumError> {
        let Operand::Map(m) = &self.operand else {
            unreachable!()
        };
        let v = m.iter().find(|(k, _)| *k == key).map(|(_, v)| v.clone());
        self.selected = Some(v.ok_or_else(|| NumError::value(format!("KeyError {key}")))?);
        Ok(())
    }
    fn get(&mut self, which: ArgRef, conv: char) -> Result<PercentArg, NumError> {
        let arg = match (which, &self.operand) {
            (ArgRef::Index(i), Operand::Tuple(v)) => v[i].clone(),
            (ArgRef::Whole, Operand::Single(a)) => a.clone(),
            (ArgRef::Whole, Operand::Map(_)) => PercentArg::Other("dict".into()),
            (ArgRef::Selected, _) => self.selected.clone().unwrap(),
            _ => unreachable!(),
        };
        // this test VM's str()/repr(): ints and strs only
        Ok(match (conv, arg) {
            ('s', PercentArg::Int(i)) => PercentArg::Text(i.to_string()),
            ('s', PercentArg::Str(s)) => PercentArg::Text(s),
            ('r', PercentArg::Str(s)) => PercentArg::Text(format!("'{s}'")),
            (_, a) => a,
        })
    }
}

fn pct(template: &str, operand: Operand) -> Result<String, NumError> {
    percent_format(
        template,
        &mut Ops {
            operand,
            selected: None,
        },
    )
}

#[test]
fn percent_format_examples() {
    use PercentArg::{Float, Int, Str};
    let i = |v: i64| Int(BigInt::from_i64(v));
    let t = Operand::Tuple;
    assert_eq!(
        pct(
            "%-5s|%05.2f|%d|%r|%%",
            t(vec![
                Str("ab".into()),
                Float(3.14158),
                i(7),
                Str("x".into())
            ])
        )
        .unwrap(),
        "ab   |03.14|7|'x'|%"
    );
    assert_eq!(
        pct("%#x %#o %#X", t(vec![i(255), i(8), i(255)])).unwrap(),
        "0xff 0o10 0XFF"
    );
    assert_eq!(
        pct("%+#010x", Operand::Single(i(-255))).unwrap(),
        "-0x00000ff"
    );
    assert_eq!(
        pct("%.5x|%#.5x", t(vec![i(-42), i(42)])).unwrap(),
        "-0002a|0x0002a"
    );
    assert_eq!(
        pct(
            "%*d|%-*d|%.*f",
            t(vec![i(5), i(3), i(-5), i(3), i(2), Float(3.14158)])
        )
        .unwrap(),
        "    3|3    |3.14"
    );
    assert_eq!(pct("%d", Operand::Single(Float(3.7))).unwrap(), "3");
    assert_eq!(pct("%c%c", t(vec![i(65), Str("B".into())])).unwrap(), "AB");
    assert_eq!(
        pct("%+f % f", t(vec![Float(f64::NAN), Float(1.0)])).unwrap(),
        "+nan  1.000000"
    );
    assert_eq!(
        pct("%#.0e %g", t(vec![Float(1.5), Float(123456789.0)])).unwrap(),
        "2.e+00 1.23457e+08"
    );
    assert_eq!(
        pct(
            "%(a)s %(b)05d",
            Operand::Map(vec![("a", Str("x".into())), ("b", i(42))])
        )
        .unwrap(),
        "x 00042"
    );
    let err = |r: Result<String, NumError>| {
        let e = r.unwrap_err();
        (e.kind, e.message)
    };
    use ExcKind::{OverflowError, TypeError, ValueError};
    assert_eq!(
        err(pct("%s %s", t(vec![i(1)]))),
        (TypeError, "not enough arguments for format string".into())
    );
    assert_eq!(
        err(pct("%s", t(vec![i(1), i(2)]))),
        (
            TypeError,
            "not all arguments converted during string formatting".into()
        )
    );
    assert_eq!(
        err(pct("%d", Operand::Single(Str("x".into())))),
        (
            TypeError,
            "%d format: a real number is required, not str".into()
        )
    );
    assert_eq!(
        err(pct("%x", Operand::Single(Float(1.5)))),
        (
            TypeError,
            "%x format: an integer is required, not float".into()
        )
    );
    assert_eq!(
        err(pct("%f", Operand::Single(Str("x".into())))),
        (TypeError, "must be real number, not str".into())
    );
    assert_eq!(
        err(pct("%c", Operand::Single(Str("ab".into())))),
        (TypeError, "%c requires int or char".into())
    );
    assert_eq!(
        err(pct("%c", Operand::Single(i(1114112)))),
        (OverflowError, "%c arg not in range(0x110000)".into())
    );
    assert_eq!(
        err(pct("abc%y", Operand::Single(i(1)))),
        (
            ValueError,
            "unsupported format character 'y' (0x79) at index 4".into()
        )
    );
    assert_eq!(
        err(pct("%\u{e9}", Operand::Single(i(1)))),
        (
            ValueError,
            "unsupported format character '?' (0xe9) at index 1".into()
        )
    );
    assert_eq!(
        err(pct("abc%", t(vec![]))),
        (ValueError, "incomplete format".into())
    );
    assert_eq!(
        err(pct("%(a", Operand::Map(vec![]))),
        (ValueError, "incomplete format key".into())
    );
    assert_eq!(
        err(pct("%(a)s", t(vec![i(1)]))),
        (TypeError, "format requires a mapping".into())
    );
    assert_eq!(
        err(pct("%*d", t(vec![Str("x".into()), i(3)]))),
        (TypeError, "* wants int".into())
    );
    assert_eq!(
        err(pct("%5%", t(vec![i(1)]))),
        (
            ValueError,
            "unsupported format character '%' (0x25) at index 2".into()
        )
    );
}

// ------------------------------------------------------------------- bench

/// `sum(i*i for i in range(10_000_000))` with BigInt arithmetic, three ways.
/// Run: `cargo test --release -p playground-core bench_sum_of_squares -- --ignored --nocapture`
#[test]
#[ignore]
fn bench_sum_of_squares() {
    use std::time::Instant;
    const N: i64 = 10_000_000;
    let expected = "333333283333335000000";

    // every addition allocates a fresh BigInt (`sum = sum + i*i`)
    let t = Instant::now();
    let mut sum = BigInt::zero();
    for i in 0..N {
        sum = &sum + &BigInt::from_i64(i * i);
    }
    let alloc_add = t.elapsed();
    assert_eq!(sum.to_string(), expected);

    // `sum.add_i64(i*i)`: no BigInt built for the small operand
    let t = Instant::now();
    let mut sum = BigInt::zero();
    for i in 0..N {
        sum = sum.add_i64(i * i);
    }
    let add_small = t.elapsed();
    assert_eq!(sum.to_string(), expected);

    // in-place `+=`
    let t = Instant::now();
    let mut sum = BigInt::zero();
    for i in 0..N {
        sum += &BigInt::from_i64(i * i);
    }
    let in_place = t.elapsed();
    assert_eq!(sum.to_string(), expected);

    // the VM's expected shape: i64 fast path, BigInt only once it overflows
    let t = Instant::now();
    let mut small: Option<i64> = Some(0);
    let mut big = BigInt::zero();
    for i in 0..N {
        let sq = i * i;
        match small.and_then(|s| s.checked_add(sq)) {
            Some(s) => small = Some(s),
            None => {
                if let Some(s) = small.take() {
                    big = BigInt::from_i64(s);
                }
                big = &big + &BigInt::from_i64(sq);
            }
        }
    }
    let hybrid = t.elapsed();
    assert_eq!(big.to_string(), expected);

    // BigInt multiplication too (`i*i` computed as BigInt)
    let t = Instant::now();
    let mut sum = BigInt::zero();
    for i in 0..N {
        let bi = BigInt::from_i64(i);
        sum = &sum + &(&bi * &bi);
    }
    let all_big = t.elapsed();
    assert_eq!(sum.to_string(), expected);

    println!(
        "sum of i*i for i < 10^7: fresh-alloc add {alloc_add:?}, add_i64 {add_small:?}, in-place += {in_place:?}, \
         i64 fast path then BigInt {hybrid:?}, BigInt mul+add {all_big:?}"
    );
}
