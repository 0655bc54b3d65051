//! The opcode table's stack effects against CPython 3.11's
//! `dis.stack_effect`, the numbers its compiler uses for `co_stacksize`.
//! One `python3` process prints the effect of every opcode for a spread of
//! arguments, with the jump taken and not taken; each line must equal
//! lython's `Opcode::stack_effect` for the same question.
//!
//! Without CPython 3.11 the test is skipped with a warning, except under
//! `CI=true`, where it fails.

use lython::opcode::{Opcode, HAVE_ARGUMENT};

mod common;

use common::{cpython, interpreter};

/// Arguments that reach every branch of an effect: the flag bits of
/// `MAKE_FUNCTION` and `FORMAT_VALUE`, `BUILD_SLICE`'s 2 and 3, both bytes of
/// `UNPACK_EX`, and large counts.
const ARGS: [u32; 16] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 15, 16, 255, 256, 0x1234, 70_000];

/// Prints `number arg jump effect` for every opcode, argument and jump.
const CPYTHON_EFFECTS: &str = r#"
import dis, opcode
args = [int(a) for a in input().split()]
for op in sorted(opcode.opmap.values()):
    for arg in (args if op >= opcode.HAVE_ARGUMENT else [None]):
        for jump in (True, False):
            print(op, arg or 0, int(jump), dis.stack_effect(op, arg, jump=jump))
"#;

#[test]
fn stack_effects_are_cpythons() {
    let Some(python) = cpython() else { return };
    let args: Vec<String> = ARGS.iter().map(u32::to_string).collect();
    let mut child = interpreter(&python)
        .args(["-S", "-c", CPYTHON_EFFECTS])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("python3 runs");
    use std::io::Write;
    child.stdin.take().unwrap().write_all(format!("{}\n", args.join(" ")).as_bytes()).unwrap();
    let out = child.wait_with_output().expect("python3 answers");
    assert!(out.status.success(), "python3 failed");
    let expected = String::from_utf8(out.stdout).unwrap();
    let mut compared = 0;
    for line in expected.lines() {
        let fields: Vec<i64> = line.split(' ').map(|f| f.parse().unwrap()).collect();
        let [number, arg, jump, effect] = fields[..] else { panic!("bad line {line:?}") };
        let op = Opcode::from_byte(number as u8).unwrap_or_else(|| panic!("lython lacks opcode {number}"));
        let ours = op.stack_effect(arg as u32, jump == 1);
        assert_eq!(ours as i64, effect, "{} arg {arg} jump {jump}", op.name());
        compared += 1;
    }
    let numbered = (0..=255u8).filter_map(Opcode::from_byte).count();
    assert_eq!(numbered, 110, "3.11 has 110 opcodes");
    let with_arg = (0..=255u8).filter_map(Opcode::from_byte).filter(|op| *op as u8 >= HAVE_ARGUMENT).count();
    assert_eq!(compared, 2 * ((110 - with_arg) + with_arg * ARGS.len()));
}

#[test]
fn doc_is_the_declared_notation() {
    let (effect, meaning) = Opcode::BUILD_TUPLE.doc();
    assert_eq!(effect.split_whitespace().collect::<String>(), "(items[n]--tuple)");
    assert_eq!(meaning, "make a tuple");
    let (effect, _) = Opcode::NOP.doc();
    assert_eq!(effect.split_whitespace().collect::<String>(), "(--)");
}
