//! Comparing outcomes with expectations, and reporting what differs.

use crate::outcome::{Actual, Exception, Outcome};
use std::fmt;

/// A test failure whose `Debug` is its plain text: datatest-stable prints
/// errors with `{:?}`, and a `String`'s `Debug` would escape every newline.
pub struct Failure(String);

impl Failure {
    pub fn new(text: impl Into<String>) -> Self {
        Failure(text.into())
    }
}

impl fmt::Debug for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Failure {}

/// What went wrong on each side of a case; it passes if nothing did.
#[derive(Default)]
pub struct Report {
    problems: Vec<String>,
}

/// Differing stdout lines shown before the rest is summarised.
const MAX_SHOWN: usize = 20;
/// Lines of the side's stderr shown with a mismatch.
const STDERR_TAIL: usize = 25;

impl Report {
    pub fn side_failed(&mut self, side: &str, why: String) {
        self.problems.push(format!("[{side}] did not run properly: {why}"));
    }

    pub fn compare(&mut self, side: &str, expected: &Outcome, actual: &Actual) {
        if *expected == actual.outcome {
            return;
        }
        let mut text = format!("[{side}] outcome differs from the expectations\n");
        text.push_str(&stdout_diff(&expected.stdout, &actual.outcome.stdout));
        if expected.exception != actual.outcome.exception {
            text.push_str(&format!(
                "  uncaught exception:\n    expected {}\n    actual   {}\n",
                show_exception(&expected.exception),
                show_exception(&actual.outcome.exception)
            ));
        }
        if actual.outcome.stdout.len() > MAX_SHOWN && actual.stdout.len() > 2000 {
            text.push_str("  (stdout is long; not shown in full)\n");
        }
        let stderr: Vec<&str> = actual.stderr.lines().collect();
        if !stderr.is_empty() {
            let from = stderr.len().saturating_sub(STDERR_TAIL);
            text.push_str(&format!("  {side}'s stderr{}:\n", if from > 0 { " (end)" } else { "" }));
            for line in &stderr[from..] {
                text.push_str(&format!("    | {line}\n"));
            }
        }
        self.problems.push(text);
    }

    pub fn into_result(self) -> datatest_stable::Result<()> {
        if self.problems.is_empty() {
            Ok(())
        } else {
            Err(Box::new(Failure(self.problems.join("\n"))))
        }
    }
}

fn show_exception(exception: &Option<Exception>) -> String {
    match exception {
        Some(e) => e.to_string(),
        None => "none (the program ends normally)".into(),
    }
}

/// The differing stdout lines, numbered; each shown quoted so that spacing is visible.
fn stdout_diff(expected: &[String], actual: &[String]) -> String {
    if expected == actual {
        return String::new();
    }
    let mut text = format!(
        "  stdout: expected {} line(s), got {}\n",
        expected.len(),
        actual.len()
    );
    let mut shown = 0;
    for i in 0..expected.len().max(actual.len()) {
        let (e, a) = (expected.get(i), actual.get(i));
        if e == a {
            continue;
        }
        if shown == MAX_SHOWN {
            text.push_str("    … more differences not shown\n");
            break;
        }
        shown += 1;
        let quote = |line: Option<&String>| match line {
            Some(line) => format!("{line:?}"),
            None => "(no line)".to_owned(),
        };
        let label = format!("    line {}: ", i + 1);
        text.push_str(&format!("{label}expected {}\n", quote(e)));
        text.push_str(&format!("{:width$}  actual {}\n", "", quote(a), width = label.len()));
    }
    text
}
