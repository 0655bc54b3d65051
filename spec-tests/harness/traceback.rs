//! Reading an uncaught exception from a traceback in CPython's format:
//!
//! ```text
//! Traceback (most recent call last):
//!   File "/path/case.py", line 3, in <module>
//!     1 / 0
//!     ~~^~~
//! ZeroDivisionError: division by zero
//! ```
//!
//! or, for a syntax error, `  File "/path/case.py", line N`, the source line,
//! a caret line, then `SyntaxError: msg`.

use crate::outcome::Exception;
use std::path::Path;

/// The exception a traceback on `stderr` reports, with the line of the
/// innermost frame that belongs to `case`.
pub fn parse(stderr: &str, case: &Path) -> Result<Exception, String> {
    let lines: Vec<&str> = stderr.lines().collect();
    let mut last_file_entry = None;
    let mut case_line = None;
    for (index, line) in lines.iter().enumerate() {
        if let Some((file, number)) = file_entry(line) {
            last_file_entry = Some(index);
            if names_case(file, case) {
                case_line = Some(number);
            }
        }
    }

    // The exception text starts at the first unindented line after the last
    // frame (frames are followed by indented source and marker lines).
    let start = match last_file_entry {
        Some(index) => (index + 1..lines.len())
            .find(|&i| !lines[i].starts_with(' '))
            .ok_or("the traceback ends without an exception line")?,
        None => lines
            .iter()
            .rposition(|l| !l.trim().is_empty())
            .ok_or("stderr is empty: no traceback")?,
    };
    let text = lines[start..].join("\n");
    let (type_name, message) = match text.split_once(": ") {
        Some((t, m)) if !t.contains('\n') => (t, m),
        _ => (text.as_str(), ""),
    };
    let type_name = type_name.trim_end_matches(':');
    if type_name.is_empty() || !type_name.chars().all(|c| c.is_alphanumeric() || c == '_' || c == '.') {
        return Err(format!("cannot read an exception type from `{}`", lines[start]));
    }
    let line = case_line.ok_or("no traceback entry names the case file")?;
    Ok(Exception { line, type_name: type_name.to_owned(), message: message.to_owned() })
}

/// `  File "name", line N[, in scope]` → (name, N).
fn file_entry(line: &str) -> Option<(&str, u32)> {
    let rest = line.strip_prefix("  File \"")?;
    let (file, rest) = rest.rsplit_once("\", line ")?;
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let after = &rest[digits.len()..];
    if !(after.is_empty() || after.starts_with(", in ")) {
        return None;
    }
    Some((file, digits.parse().ok()?))
}

fn names_case(file: &str, case: &Path) -> bool {
    let file = Path::new(file);
    file == case || std::fs::canonicalize(file).is_ok_and(|f| f == case)
}
