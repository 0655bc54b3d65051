//! The generator's leaves: the literal values most likely to find a defect
//! (the edges of i64 and u64, bigints, special floats, strings whose case
//! mapping or digit value is special, numeric strings on the grammar's edges).
use super::rng::Rng;

/// Ints around every boundary lython's representation has: i64, u64, the
/// small-int cache, and bigints.
const EDGE_INTS: &[&str] = &[
    "0",
    "1",
    "-1",
    "2",
    "-2",
    "3",
    "7",
    "10",
    "255",
    "256",
    "-256",
    "257",
    "2147483647",
    "-2147483648",
    "4294967295",
    "4294967296",
    "9223372036854775807",
    "-9223372036854775807",
    "-9223372036854775808",
    "9223372036854775808",
    "(2**63)",
    "(-2**63)",
    "(2**63 - 1)",
    "(-2**63 - 1)",
    "(2**63 + 1)",
    "18446744073709551615",
    "18446744073709551616",
    "(2**64)",
    "(-2**64)",
    "(2**64 - 1)",
    "(-2**64 + 1)",
    "(2**62)",
    "(2**53)",
    "(2**53 + 1)",
    "(2**100)",
    "(-2**100)",
    "(10**20)",
    "(10**30 + 7)",
    "(3**80)",
    "0x7fffffffffffffff",
    "0xffffffffffffffff",
    "0o17",
    "0b1011",
    "1_000_000",
    "sys.maxsize",
    "(-sys.maxsize - 1)",
    "True",
    "False",
];

const EDGE_FLOATS: &[&str] = &[
    "0.0",
    "-0.0",
    "1.0",
    "-1.0",
    "0.5",
    "1.5",
    "2.5",
    "-2.5",
    "0.1",
    "0.3",
    "1e16",
    "1e22",
    "1e23",
    "1e-7",
    "1e-5",
    "123456789.125",
    "621588008619387.25",
    "9007199254740993.0",
    "4503599627370496.5",
    "5e-324",
    "-5e-324",
    "2.2250738585072014e-308",
    "2.225073858507201e-308",
    "1.7976931348623157e+308",
    "-1.7976931348623157e+308",
    "float('nan')",
    "float('-nan')",
    "float('inf')",
    "float('-inf')",
    "-float('inf')",
    "1e300",
    "1e-300",
    "3.141592653589793",
    "0.30000000000000004",
    "1e308",
    "100.0",
    "9.995",
    "0.125",
    "2.675",
    "1.005",
    "(2.0**63)",
    "(2.0**64)",
    "(-2.0**63)",
    "1e15",
];

/// Strings whose case mapping, title-casing, digit value or line breaking is
/// special in Unicode.
const EDGE_STRS: &[&str] = &[
    "",
    "a",
    "A",
    "abc",
    "ABC",
    "Hello World",
    "hello world",
    "ß",
    "ẞ",
    "ﬁ",
    "ﬃ",
    "Σ",
    "ΣΑΣ",
    "ὈΔΥΣΣΕΎΣ",
    "aΣ b",
    "İ",
    "ı",
    "i̇",
    "ǅ",
    "ǆ",
    "Ǆ",
    "ŉ",
    "ΐ",
    "١٢٣",
    "½",
    "²",
    "Ⅻ",
    "٣.٥",
    "  padded  ",
    "\t\n x \x0b\x0c",
    "a\rb",
    "a\r\nb\nc",
    "a\x1cb\x1dc\x1ed\u{85}e\u{2028}f",
    "a,b,,c",
    "1,234",
    "x y  z",
    "ÄÖÜ äöü",
    "straße",
    "ﬀ ligature",
    "DŽungla",
    "ΆΈΉ",
    "σς",
    "日本語",
    "é",
    "e\u{301}",
    "0",
    "-12",
    "+7",
    "3.5",
    "1e5",
    "nan",
    "inf",
    "True",
    "None",
    "'quoted'",
    "\"dq\"",
    "back\\slash",
    "tab\tend",
    "\x00nul",
    "mIxEd CaSe",
    "o'neil mcdonald",
    "hello_world-foo bar",
    "αβγ δεζ",
    "ǉubljana",
    "ɐ",
    "Ω",
    "K",
    "Å",
];

/// Strings on the edges of the grammar `int()` and `float()` accept.
const NUMERIC_STRS: &[&str] = &[
    "0",
    "-0",
    "+0",
    "00",
    "007",
    "0_7",
    "1_000",
    "1__000",
    "_1",
    "1_",
    "+-1",
    "-+1",
    "--1",
    " 12 ",
    "\t7\n",
    "12\n",
    "1 2",
    "",
    " ",
    "+",
    "-",
    "0x1f",
    "0X1F",
    "0b101",
    "0o17",
    "0x",
    "0b",
    "1f",
    "ff",
    "z",
    "Z",
    "zz",
    "١٢٣",
    "٣",
    "½",
    "²",
    "１２",
    "9223372036854775807",
    "9223372036854775808",
    "-9223372036854775809",
    "18446744073709551616",
    "123456789012345678901234567890",
    "1e5",
    "1E5",
    "1e",
    "e5",
    ".5",
    "5.",
    ".",
    "1._5",
    "1_.5",
    "1.5_0",
    "1_0.5",
    "inf",
    "-iNF",
    "+Infinity",
    "infinit",
    "nan",
    "-NaN",
    "nAn",
    "1e400",
    "-1e400",
    "1e-400",
    "2.5e-324",
    "0x1p3",
    "1.7976931348623157e308",
    "1.7976931348623159e308",
    "4.9e-324",
    "0.1",
    "   -0.0   ",
    "١.٥",
    "1\u{a0}",
    "\u{2003}5",
];

/// Format specs: each part of `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`
/// is chosen on its own, so some specs are invalid on purpose.
pub fn format_spec(rng: &mut Rng, types: &str) -> String {
    let mut spec = String::new();
    if rng.chance(35) {
        if rng.chance(40) {
            spec.push(*rng.pick(&['*', '0', ' ', 'ß', '_', ',', 'x']));
        }
        spec.push(*rng.pick(&['<', '>', '^', '=']));
    }
    if rng.chance(30) {
        spec.push(*rng.pick(&['+', '-', ' ']));
    }
    if rng.chance(5) {
        spec.push('z');
    }
    if rng.chance(15) {
        spec.push('#');
    }
    if rng.chance(20) {
        spec.push('0');
    }
    if rng.chance(50) {
        spec.push_str(rng.pick_str(&["1", "5", "8", "10", "12", "20"]));
    }
    if rng.chance(20) {
        spec.push(*rng.pick(&[',', '_']));
    }
    if rng.chance(40) {
        spec.push_str(rng.pick_str(&[".0", ".1", ".2", ".3", ".6", ".10", ".17", ".20"]));
    }
    if rng.chance(75) {
        let types: Vec<char> = types.chars().collect();
        spec.push(*rng.pick(&types));
    }
    spec
}

/// A `%` conversion: `%[flags][width][.precision]type`.
pub fn percent_spec(rng: &mut Rng, types: &str) -> String {
    let mut spec = String::from("%");
    for flag in ['-', '+', ' ', '#', '0'] {
        if rng.chance(12) {
            spec.push(flag);
        }
    }
    if rng.chance(40) {
        spec.push_str(rng.pick_str(&["1", "5", "10", "20"]));
    }
    if rng.chance(30) {
        spec.push_str(rng.pick_str(&[".0", ".2", ".5", ".12"]));
    }
    let types: Vec<char> = types.chars().collect();
    spec.push(*rng.pick(&types));
    spec
}

pub fn int_literal(rng: &mut Rng) -> String {
    match rng.below(10) {
        0..=4 => rng.pick(EDGE_INTS).to_string(),
        5..=6 => (rng.below(201) as i64 - 100).to_string(),
        7 => {
            let v = rng.next_u64() as i64;
            if v < 0 {
                format!("({v})")
            } else {
                v.to_string()
            }
        }
        8 => {
            let digits = 19 + rng.below(40);
            let mut s: String = (0..digits)
                .map(|_| char::from(b'0' + rng.below(10) as u8))
                .collect();
            if s.starts_with('0') {
                s.replace_range(0..1, "9");
            }
            if rng.chance(30) {
                format!("(-{s})")
            } else {
                s
            }
        }
        _ => {
            let shift = rng.below(130);
            let delta = rng.below(3) as i64 - 1;
            let sign = if rng.chance(30) { "-" } else { "" };
            format!("({sign}2**{shift} + {delta})")
        }
    }
}

pub fn small_int(rng: &mut Rng) -> String {
    (rng.below(21) as i64 - 5).to_string()
}

pub fn float_literal(rng: &mut Rng) -> String {
    match rng.below(10) {
        0..=5 => rng.pick(EDGE_FLOATS).to_string(),
        6..=7 => {
            let bits = rng.next_u64();
            let value = f64::from_bits(bits);
            if value.is_finite() {
                wrap_negative(format!("{value:e}"))
            } else {
                "1e-310".to_string()
            }
        }
        8 => {
            let mantissa = rng.below(100_000) as f64;
            let scale = [1.0, 2.0, 4.0, 8.0, 100.0, 1000.0, 3.0][rng.below(7)];
            wrap_negative(format!("{:?}", mantissa / scale))
        }
        _ => format!("{}.{}", rng.below(1000), rng.below(1000)),
    }
}

/// A float literal that is not a NaN (see `hashable` in the generator).
pub fn float_literal_not_nan(rng: &mut Rng) -> String {
    loop {
        let text = float_literal(rng);
        if !text.contains("nan") {
            return text;
        }
    }
}

fn wrap_negative(text: String) -> String {
    if text.starts_with('-') {
        format!("({text})")
    } else {
        text
    }
}

pub fn str_literal(rng: &mut Rng) -> String {
    py_str(&str_text(rng))
}

/// A string constant for a set display or a dict key: never a name-like
/// one, since CPython orders a set display of constants by whether it
/// interned them (appendix B, "A fresh name-like string in a set display
/// of constants"), and a trailing '-' keeps a string one no one interns.
/// One name character counts too: whether CPython swaps it depends on the
/// constants compiled before it.
pub fn set_member_str_literal(rng: &mut Rng) -> String {
    let mut text = str_text(rng);
    let one_name_char = text.len() == 1 && text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
    if is_name_like(&text) || one_name_char {
        text.push('-');
    }
    py_str(&text)
}

fn str_text(rng: &mut Rng) -> String {
    if rng.chance(80) {
        return rng.pick(EDGE_STRS).to_string();
    }
    let pool: Vec<char> = "aAzZ09 _-.ßΣσςİıǅﬁ١½éÅ日\t".chars().collect();
    let mut random: String = (0..rng.below(8)).map(|_| *rng.pick(&pool)).collect();
    // Random strings stay out of the interning question everywhere.
    if is_name_like(&random) {
        random.push('-');
    }
    random
}

fn is_name_like(text: &str) -> bool {
    text.len() > 1 && text.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

pub fn numeric_str(rng: &mut Rng) -> String {
    py_str(rng.pick_str(NUMERIC_STRS))
}

pub fn bytes_literal(rng: &mut Rng) -> String {
    rng.pick(&[
        "b''",
        "b'a'",
        "b'abc'",
        "b'ABC def'",
        "b'\\x00\\xff'",
        "b'\\x80abc'",
        "b'hello world'",
        "b'12'",
        "b'\\t x \\n'",
        "b'a,b'",
    ])
    .to_string()
}

/// A Python string literal for `text` (UTF-8 source, control characters
/// escaped).
pub fn py_str(text: &str) -> String {
    let mut out = String::from("'");
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f || (0x80..0xa0).contains(&(c as u32)) => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            '\u{2028}' => out.push_str("\\u2028"),
            c => out.push(c),
        }
    }
    out.push('\'');
    out
}
