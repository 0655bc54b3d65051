//! Disassembly cases: `spec-tests/dis/**.py` are compiled, not run. The case
//! passes when `lython -m dis FILE` prints what `python3 -m dis FILE` prints,
//! with every `0x…` address (of code objects) masked.

use crate::failure::Failure;
use crate::{cpython, lython, process};
use std::path::Path;

/// Replaces the hex digits of every `0x…` with `?`.
fn without_addresses(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find("0x") {
        out.push_str(&rest[..i + 2]);
        rest = rest[i + 2..].trim_start_matches(|c: char| c.is_ascii_hexdigit());
        out.push('?');
    }
    out.push_str(rest);
    out
}

/// `program -m dis NAME` in the case's directory, its stdout masked.
fn listing(program: &Path, case: &Path) -> Result<String, String> {
    let dir = case.parent().expect("a case file has a directory");
    let name = case.file_name().expect("a case file has a name");
    let done = process::run(program, &["-m".as_ref(), "dis".as_ref(), name], dir)?;
    if done.status != Some(0) {
        return Err(format!("{} -m dis failed ({:?}):\n{}", program.display(), done.status, done.stderr));
    }
    Ok(without_addresses(&done.stdout))
}

pub fn compare(case: &Path) -> Result<(), Failure> {
    let python = match cpython::interpreter() {
        cpython::Interpreter::Found(python) => python,
        cpython::Interpreter::Missing(why) if std::env::var("CI").as_deref() == Ok("true") => {
            return Err(Failure::new(format!("CPython 3.11 is required in CI: {why}")));
        }
        cpython::Interpreter::Missing(_) => return Ok(()),
    };
    let ours = listing(&lython::binary(), case).map_err(Failure::new)?;
    let theirs = listing(python, case).map_err(Failure::new)?;
    if ours == theirs {
        return Ok(());
    }
    let (a, b): (Vec<&str>, Vec<&str>) = (ours.lines().collect(), theirs.lines().collect());
    let first = a.iter().zip(&b).position(|(x, y)| x != y).unwrap_or(a.len().min(b.len()));
    let show = |lines: &[&str]| lines.iter().skip(first.saturating_sub(3)).take(12).map(|l| format!("    | {l}\n")).collect::<String>();
    Err(Failure::new(format!(
        "-m dis differs from line {}:\n  [lython]\n{}  [CPython]\n{}",
        first + 1,
        show(&a),
        show(&b)
    )))
}
