//! The numeric core against CPython 3.11, the oracle, in batches: each test
//! generates many inputs from a fixed seed, asks one `python3` process for
//! all of CPython's answers through a pipe, and compares them with lython's.
//!
//! - `float_repr_of_a_million_doubles`: `repr(float)` (David Gay's shortest,
//!   correctly rounded digits, ties to even) on 1,000,000 doubles: random bit
//!   patterns, doubles in the range where ties happen, and values next to
//!   powers of two and ten, subnormals and the extremes.
//! - `int_and_float_text`: `int(text, base)` and `float(text)` on strings that
//!   proptest builds from the pieces of numeric literals (signs, prefixes,
//!   underscores, spaces, non-ASCII digits and spaces, letters).
//! - `int_arithmetic_programs`: a generated Python program of int and mixed
//!   int/float expressions around the i64 boundary, run by lython and by
//!   python3, compared line by line.
//!
//! Without CPython 3.11 the tests are skipped with a warning, except under
//! `CI=true`, where they fail.

use lython::objects::float::float_repr;
use lython::objects::number_text::{parse_float, parse_int, to_ascii};
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::TestRunner;
use std::io::Write;
use std::path::Path;
use std::process::Stdio;
use std::time::Instant;

mod common;

use common::{cpython, interpreter, lython};

/// Runs `python -S -c script` with `input` on stdin; its stdout, split in lines.
fn python_lines(python: &Path, script: &str, input: Vec<u8>) -> Vec<String> {
    let mut child = interpreter(python)
        .args(["-S", "-c", script])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("python3 runs");
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || stdin.write_all(&input).expect("python3 reads its input"));
    let out = child.wait_with_output().expect("python3 answers");
    writer.join().unwrap();
    assert!(out.status.success(), "python3 failed");
    String::from_utf8(out.stdout).unwrap().lines().map(str::to_string).collect()
}

/// splitmix64: a small, fixed, seeded generator, so every run checks the
/// same doubles.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

/// A double with a random sign and mantissa and a biased exponent in `exps`.
fn with_exponent(rng: &mut SplitMix, exps: std::ops::Range<u64>) -> f64 {
    let sign = rng.next() & (1 << 63);
    let exp = exps.start + rng.below(exps.end - exps.start);
    f64::from_bits(sign | exp << 52 | (rng.next() & ((1 << 52) - 1)))
}

/// A double a few ulps from a power of two or of ten, or an extreme.
fn near_boundary(rng: &mut SplitMix) -> f64 {
    let base = match rng.below(4) {
        0 => f64::from_bits((1 + rng.below(2045)) << 52),
        1 => format!("1e{}", rng.below(630) as i64 - 315).parse().unwrap(),
        2 => f64::from_bits(rng.below(1 << 20)),
        _ => [f64::MAX, f64::MIN_POSITIVE, 5e-324, 9007199254740992.0, 1e16, 1e-4, 0.1][rng.below(7) as usize],
    };
    let ulps = rng.below(9) as i64 - 4;
    f64::from_bits((base.to_bits() as i64 + ulps).max(0) as u64)
}

fn doubles(count: usize) -> Vec<f64> {
    let mut rng = SplitMix(0x6c79_7468_6f6e);
    let mut out = Vec::with_capacity(count);
    while out.len() < count {
        let x = match rng.below(8) {
            0..=3 => f64::from_bits(rng.next()),
            // 2**20 .. 2**64: where a double has a short decimal expansion,
            // so where two shortest candidates can tie.
            4 | 5 => with_exponent(&mut rng, 1043..1087),
            6 => with_exponent(&mut rng, 1..2047),
            _ => near_boundary(&mut rng),
        };
        if x.is_finite() {
            out.push(x);
        }
    }
    out.extend([f64::INFINITY, f64::NEG_INFINITY, f64::NAN, 0.0, -0.0]);
    out
}

const REPR_SCRIPT: &str = "
import sys, array
a = array.array('d')
a.frombytes(sys.stdin.buffer.read())
sys.stdout.write('\\n'.join(map(repr, a)))
sys.stdout.write('\\n')
";

#[test]
fn float_repr_of_a_million_doubles() {
    let Some(python) = cpython() else { return };
    let xs = doubles(1_000_000);
    let bytes: Vec<u8> = xs.iter().flat_map(|x| x.to_le_bytes()).collect();
    // CPython works in its own process while lython computes its reprs.
    let cpython_run = std::thread::spawn(move || {
        let started = Instant::now();
        (python_lines(&python, REPR_SCRIPT, bytes), started.elapsed())
    });
    let started = Instant::now();
    let got: Vec<String> = xs.iter().map(|x| float_repr(*x)).collect();
    let lython_time = started.elapsed();
    let (expected, python_time) = cpython_run.join().expect("CPython's reprs");
    assert_eq!(expected.len(), xs.len());
    let wrong: Vec<String> = xs
        .iter()
        .zip(got.iter().zip(&expected))
        .filter(|(_, (g, e))| g != e)
        .map(|(x, (g, e))| format!("{:016x}: lython {g}, CPython {e}", x.to_bits()))
        .collect();
    println!(
        "float repr: {} doubles, {} differ; CPython {:.2?}, lython {:.2?}",
        xs.len(),
        wrong.len(),
        python_time,
        lython_time
    );
    assert!(wrong.is_empty(), "{} reprs differ from CPython's, first: {:#?}", wrong.len(), &wrong[..wrong.len().min(10)]);
}

/// Strings made of the pieces numeric literals are made of, and of a few
/// that they are not.
fn numeric_text() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "0", "1", "7", "9", "00", "123", "_", "__", "+", "-", " ", "\t", ".", "e", "E", "e-", "x", "X", "0x", "0o", "0b",
        "0B", "a", "f", "z", "inf", "Infinity", "nan", "\u{661}", "\u{966}", "\u{ff11}", "\u{3000}", "\u{a0}", "\u{1c}",
        "\u{b2}", "\0", "é",
    ]);
    let soup = prop::collection::vec(pieces, 0..7).prop_map(|v| v.concat());
    let space = prop::sample::select(vec!["", "", " ", "\t\n", "\u{2003}", "\u{85}"]);
    let sign = prop::sample::select(vec!["", "", "-", "+"]);
    let prefix = prop::sample::select(vec!["", "", "", "0x", "0o", "0b", "0X_", "0"]);
    let group = prop::sample::select(vec!["0", "1", "9", "12", "007", "9999999999", "\u{664}", "f", "Z"]);
    let groups = prop::collection::vec(group, 1..4).prop_map(|g| g.join("_"));
    let tail = prop::sample::select(vec!["", "", "", ".5", ".", "e3", "E-2_0", "._5", "_"]);
    let literal = (space.clone(), sign, prefix, groups, tail, space)
        .prop_map(|(a, b, c, d, e, f)| format!("{a}{b}{c}{d}{e}{f}"));
    prop_oneof![soup, literal]
}

/// A base for `int()`: mostly the usual ones.
fn int_base() -> impl Strategy<Value = u32> {
    prop_oneof![Just(10), Just(0), Just(16), Just(2), Just(8), 2..=36u32]
}

const TEXT_SCRIPT: &str = "
import sys
for line in sys.stdin.read().splitlines():
    kind, base, hex = line.split(' ')
    text = bytes.fromhex(hex).decode()
    try:
        print(repr(float(text)) if kind == 'f' else int(text, int(base)))
    except ValueError:
        print('ValueError')
";

#[test]
fn int_and_float_text() {
    let Some(python) = cpython() else { return };
    let mut runner = TestRunner::deterministic();
    let strategy = (numeric_text(), int_base(), any::<bool>());
    let cases: Vec<(String, u32, bool)> =
        (0..40_000).map(|_| strategy.new_tree(&mut runner).expect("a case").current()).collect();
    let input: String = cases
        .iter()
        .map(|(text, base, is_float)| {
            let hex: String = text.bytes().map(|b| format!("{b:02x}")).collect();
            format!("{} {base} {hex}\n", if *is_float { 'f' } else { 'i' })
        })
        .collect();
    let expected = python_lines(&python, TEXT_SCRIPT, input.into_bytes());
    assert_eq!(expected.len(), cases.len());
    let mut wrong = Vec::new();
    for ((text, base, is_float), want) in cases.iter().zip(&expected) {
        let ascii = to_ascii(text);
        let got = if *is_float {
            parse_float(&ascii).map_or("ValueError".to_string(), float_repr)
        } else {
            parse_int(&ascii, *base, 4300).map_or("ValueError".to_string(), |v| v.to_string())
        };
        if &got != want {
            wrong.push(format!("{}({text:?}, {base}): lython {got}, CPython {want}", if *is_float { "float" } else { "int" }));
        }
    }
    let valid = expected.iter().filter(|e| *e != "ValueError").count();
    println!("int()/float() text: {} strings ({valid} valid), {} differ", cases.len(), wrong.len());
    assert!(wrong.is_empty(), "{} parses differ from CPython's: {:#?}", wrong.len(), &wrong[..wrong.len().min(10)]);
}

/// Ints around the places where representations and conversions change:
/// zero, the i64 boundary, 2**53 and the double range.
fn interesting_int() -> impl Strategy<Value = String> {
    let around = |c: &'static str| (-3i64..=3).prop_map(move |d| format!("({c} + {d})"));
    prop_oneof![
        any::<i64>().prop_map(|v| v.to_string()),
        any::<i128>().prop_map(|v| v.to_string()),
        (-20i64..20).prop_map(|v| v.to_string()),
        around("2**63"),
        around("-2**63"),
        around("2**64"),
        around("-2**64"),
        around("2**53"),
        around("-2**53"),
        (0u32..1100).prop_map(|e| format!("(2**{e})")),
        (0u32..1100, any::<i64>()).prop_map(|(e, m)| format!("({m} * 2**{e})")),
    ]
}

fn interesting_float() -> impl Strategy<Value = String> {
    let literal = |x: f64| if x.is_finite() { format!("{x:?}") } else { format!("float('{x}')") };
    prop_oneof![
        any::<u64>().prop_map(move |b| literal(f64::from_bits(b))),
        (-1074i32..1024).prop_map(|e| format!("2.0**{e}")),
        (-1100i64..1100).prop_map(|e| format!("{}.5", e * 1_000_000_007)),
        Just("float('inf')".to_string()),
        Just("float('-inf')".to_string()),
        Just("9007199254740993.0".to_string()),
    ]
}

/// One line of the program: an expression whose value (or exception) is
/// printed by `t`.
fn expression() -> impl Strategy<Value = String> {
    let int_op = prop::sample::select(vec!["+", "-", "*", "//", "%", "/", "&", "|", "^", "<", "<=", "==", "!=", ">", ">="]);
    let mixed_op = prop::sample::select(vec!["<", "<=", "==", "!=", ">", ">=", "+", "-", "*", "/"]);
    prop_oneof![
        4 => (interesting_int(), int_op, interesting_int()).prop_map(|(a, op, b)| format!("{a} {op} {b}")),
        1 => (interesting_int(), 0u32..70).prop_map(|(a, n)| format!("({a} << {n}, {a} >> {n}, {a} ** {})", n % 5)),
        2 => (interesting_int(), mixed_op, interesting_float()).prop_map(|(a, op, x)| format!("{a} {op} {x}")),
        1 => interesting_int().prop_map(|a| format!("(float({a}), hash({a}), round({a}, -5))")),
        1 => (interesting_int(), interesting_int()).prop_map(|(a, b)| format!("(max({a}, {b}), sorted([{a}, {b}, 0]))")),
        1 => (interesting_int(), -5i64..5, interesting_int()).prop_map(|(a, e, m)| format!("pow({a}, {e}, {m})")),
        1 => (interesting_float(), -330i64..330).prop_map(|(x, n)| format!("(round({x}, {n}), round({x}, {}))", n / 20)),
        1 => interesting_float().prop_map(|x| format!("(round({x}), int({x}), {x} // 1, {x} % 7)")),
    ]
}

const PROGRAM_HEAD: &str = "def t(f):
    try:
        print(repr(f()))
    except (ArithmeticError, ValueError) as e:
        print(type(e).__name__ + ': ' + str(e))
";

#[test]
fn int_arithmetic_programs() {
    let Some(python) = cpython() else { return };
    let mut runner = TestRunner::deterministic();
    let strategy = expression();
    let mut program = String::from(PROGRAM_HEAD);
    let count = 6000;
    for _ in 0..count {
        let e = strategy.new_tree(&mut runner).expect("a case").current();
        program.push_str(&format!("t(lambda: {e})\n"));
    }
    let dir = common::scratch("numbers", "arith", &[("arith.py", &program)]);
    let file = dir.join("arith.py");
    let run = |exe: &std::path::Path, args: &[&std::ffi::OsStr]| {
        let out = interpreter(exe).args(args).output().expect("runs");
        (out.status.code(), String::from_utf8_lossy(&out.stdout).to_string(), String::from_utf8_lossy(&out.stderr).to_string())
    };
    let started = Instant::now();
    let (status, got, err) = run(lython(), &[file.as_os_str()]);
    let lython_time = started.elapsed();
    let (_, want, _) = run(&python, &["-S".as_ref(), file.as_os_str()]);
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(status, Some(0), "lython failed: {err}");
    let lines: Vec<&str> = program.lines().skip(PROGRAM_HEAD.lines().count()).collect();
    let wrong: Vec<String> = got
        .lines()
        .zip(want.lines())
        .zip(&lines)
        .filter(|((g, w), _)| g != w)
        .map(|((g, w), line)| format!("{line}\n  lython  {g}\n  CPython {w}"))
        .collect();
    println!("int arithmetic: {count} expressions, {} differ; lython ran them in {lython_time:.2?}", wrong.len());
    assert_eq!(got.lines().count(), want.lines().count(), "output lengths differ");
    assert!(wrong.is_empty(), "{} results differ from CPython's:\n{}", wrong.len(), wrong[..wrong.len().min(10)].join("\n"));
}
