//! Running a case on lython: `lython FILE`, reading its traceback from stderr.

use crate::outcome::{check_status, stdout_lines, Actual, Outcome};
use crate::{process, traceback};
use std::path::{Path, PathBuf};

/// The interpreter under test: `$LYTHON_BIN` if set (to try the harness
/// against another interpreter, e.g. the real path of a CPython 3.11), else
/// the `lython` binary cargo built for this test.
pub fn binary() -> PathBuf {
    match std::env::var_os("LYTHON_BIN") {
        Some(path) => PathBuf::from(path),
        None => PathBuf::from(env!("CARGO_BIN_EXE_lython")),
    }
}

pub fn run(case: &Path) -> Result<Actual, String> {
    let dir = case.parent().expect("a case file has a directory");
    // The expectations are CPython's output under `-S` (no `site`).
    let done = process::run(&binary(), &[std::ffi::OsStr::new("-S"), case.as_os_str()], dir)?;
    let exception = match done.status {
        Some(1) => Some(traceback::parse(&done.stderr, case).map_err(|why| {
            format!("{why}\n{}", process::describe_output(&done.stdout, &done.stderr))
        })?),
        _ => None,
    };
    check_status(done.status, &exception)
        .map_err(|why| format!("{why}\n{}", process::describe_output(&done.stdout, &done.stderr)))?;
    Ok(Actual {
        outcome: Outcome { stdout: stdout_lines(&done.stdout), exception },
        stdout: done.stdout,
        stderr: done.stderr,
    })
}
