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
//! a caret line, then `SyntaxError: msg`. An exception group is drawn in
//! boxes, and its own lines are read with the margin of its box taken off:
//!
//! ```text
//!   + Exception Group Traceback (most recent call last):
//!   |   File "/path/case.py", line 1, in <module>
//!   |     raise ExceptionGroup('eg', [ValueError(1)])
//!   | ExceptionGroup: eg (1 sub-exception)
//!   +-+---------------- 1 ----------------
//!     | ValueError: 1
//!     +------------------------------------
//! ```

use crate::outcome::Exception;
use std::path::Path;

/// The exception a traceback on `stderr` reports, with the line of the
/// innermost frame that belongs to `case`.
pub fn parse(stderr: &str, case: &Path) -> Result<Exception, String> {
    let all: Vec<&str> = stderr.lines().collect();
    let lines = outermost_group(&all).unwrap_or(all);
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

/// When the report ends with an exception group's boxes (no line after the
/// first box of the outermost group is at the left edge), the group's own
/// lines, before that box, without the box's margin; `None` otherwise.
fn outermost_group<'a>(lines: &[&'a str]) -> Option<Vec<&'a str>> {
    let boxes = lines.iter().rposition(|l| l.starts_with("  +-+"))?;
    if lines[boxes..].iter().any(|l| l.starts_with(|c: char| !c.is_whitespace())) {
        return None;
    }
    // A folded recursion's summary is written without the margin.
    let unmargined = |l: &'a str| l.strip_prefix("  | ").or_else(|| l.strip_prefix("  + ")).or_else(|| l.starts_with("  [Previous line repeated").then_some(l));
    let start = lines[..boxes].iter().rposition(|l| unmargined(l).is_none()).map_or(0, |i| i + 1);
    lines[start..boxes].iter().map(|l| unmargined(l)).collect()
}
