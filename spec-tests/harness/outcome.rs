//! The normalised outcome of running a program: what the harness compares.

use std::fmt;

/// An uncaught exception as a traceback reports it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Exception {
    /// The line of the case file the exception was raised at.
    pub line: u32,
    /// The type as a traceback prints it: `ZeroDivisionError`, `mod.Error`.
    pub type_name: String,
    /// `str(exc)` (for `SyntaxError` and its subclasses, `exc.msg`: what the
    /// traceback's last line shows). Empty when the traceback shows only the type.
    pub message: String,
}

impl fmt::Display for Exception {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.message.is_empty() {
            write!(f, "line {}: {}", self.line, self.type_name)
        } else {
            write!(f, "line {}: {}: {}", self.line, self.type_name, self.message)
        }
    }
}

/// Stdout split into lines, then the uncaught exception, if any.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Outcome {
    pub stdout: Vec<String>,
    pub exception: Option<Exception>,
}

/// Splits a program's stdout into lines. A final newline ends the last line
/// rather than starting an empty one; a last line without a newline still counts.
pub fn stdout_lines(stdout: &str) -> Vec<String> {
    let mut lines: Vec<String> = stdout.split('\n').map(str::to_owned).collect();
    if lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    lines
}

/// How a run ended, before it is turned into an [`Outcome`].
pub fn check_status(status: Option<i32>, exception: &Option<Exception>) -> Result<(), String> {
    match (status, exception) {
        (Some(0), None) | (Some(1), Some(_)) => Ok(()),
        (Some(1), None) => Err("exit status 1 but no uncaught exception was reported".into()),
        (Some(code), Some(_)) => Err(format!("exit status {code} with an uncaught exception (expected 1)")),
        (Some(code), None) => Err(format!("exit status {code} (expected 0, or 1 with an uncaught exception)")),
        (None, _) => Err("killed by a signal".into()),
    }
}

/// One side's run: its normalised outcome and its raw output, for reports.
pub struct Actual {
    pub outcome: Outcome,
    pub stdout: String,
    pub stderr: String,
}
