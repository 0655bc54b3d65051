//! The conformance harness: every `.py` file under `spec-tests/cases/` (generated
//! from the book's examples) and `spec-tests/lang/` (hand-written) is one test;
//! so is every file under `spec-tests/dis/`, whose disassembly is compared.
//! Each case runs on lython and on CPython 3.11; both normalised outcomes must
//! equal the expectations written in the case's comments.
//! See `spec-tests/README.md` for the format.

mod cpython;
mod dis;
mod expect;
mod failure;
mod lython;
mod outcome;
mod process;
mod traceback;

use datatest_stable::Utf8Path;

/// A book example: `spec-tests/cases/<chapter>/<example>.py`.
fn book(path: &Utf8Path, contents: String) -> datatest_stable::Result<()> {
    run_case(path, &contents)
}

/// A hand-written case: `spec-tests/lang/**.py`.
fn lang(path: &Utf8Path, contents: String) -> datatest_stable::Result<()> {
    run_case(path, &contents)
}

/// A disassembly case: `spec-tests/dis/**.py`, compiled but not run.
fn dis(path: &Utf8Path, _contents: String) -> datatest_stable::Result<()> {
    let case = std::fs::canonicalize(path)
        .map_err(|e| failure::Failure::new(format!("cannot resolve {path}: {e}")))?;
    Ok(dis::compare(&case)?)
}

fn run_case(path: &Utf8Path, contents: &str) -> datatest_stable::Result<()> {
    let case = std::fs::canonicalize(path)
        .map_err(|e| failure::Failure::new(format!("cannot resolve {path}: {e}")))?;
    let expected = expect::parse(contents).map_err(failure::Failure::new)?;

    let mut report = failure::Report::default();

    match lython::run(&case) {
        Ok(actual) => report.compare("lython", &expected.outcome, &actual),
        Err(why) => report.side_failed("lython", why),
    }

    match &expected.lython_only {
        Some(reason) => eprintln!("note: {path}: CPython half skipped (lython-only: {reason})"),
        None => match cpython::interpreter() {
            cpython::Interpreter::Found(python) => match cpython::run(python, &case) {
                Ok(actual) => report.compare("CPython", &expected.outcome, &actual),
                Err(why) => report.side_failed("CPython", why),
            },
            cpython::Interpreter::Missing(why) => {
                if std::env::var("CI").as_deref() == Ok("true") {
                    report.side_failed("CPython", format!("CPython 3.11 is required in CI: {why}"));
                }
            }
        },
    }

    report.into_result()
}

datatest_stable::harness! {
    { test = book, root = "spec-tests/cases", pattern = r"\.py$" },
    { test = lang, root = "spec-tests/lang", pattern = r"\.py$" },
    { test = dis, root = "spec-tests/dis", pattern = r"\.py$" },
}
