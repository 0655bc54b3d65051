//! Reading a case's expectations from its comments.
//!
//! - `# expect: TEXT` — the next line of stdout is TEXT (taken in source order);
//! - `# raises: Type: message` / `# raises: Type` — the uncaught exception,
//!   raised at the line holding the comment;
//! - `# lython-only: reason` on the first line — not run on CPython.

use crate::outcome::{Exception, Outcome};

pub struct Expected {
    pub outcome: Outcome,
    pub lython_only: Option<String>,
}

/// Directive words; a comment starting with one of these (or a near miss)
/// must be well formed, so that a typo cannot silently drop an expectation.
const DIRECTIVES: &[&str] = &["expect", "raises", "lython-only"];
const NEAR_MISSES: &[&str] = &["expects", "expected", "raise", "raised", "lython_only", "lythononly"];

pub fn parse(source: &str) -> Result<Expected, String> {
    let mut outcome = Outcome::default();
    let mut lython_only = None;
    let mut errors = Vec::new();

    for (index, comment) in comments(source) {
        let line = index as u32 + 1;
        let body = comment.trim_start();
        let word: String = body
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
            .collect();
        let is_directive = DIRECTIVES.contains(&word.as_str());
        if !is_directive && !NEAR_MISSES.contains(&word.as_str()) {
            continue;
        }
        let Some(rest) = body[word.len()..].strip_prefix(':').filter(|_| is_directive) else {
            errors.push(format!(
                "line {line}: malformed directive `#{comment}` (write `# expect: TEXT`, `# raises: Type: message` or `# lython-only: reason`)"
            ));
            continue;
        };
        let text = rest.strip_prefix(' ').unwrap_or(rest);
        match word.as_str() {
            "expect" => outcome.stdout.push(text.to_owned()),
            "raises" => {
                if let Some(previous) = &outcome.exception {
                    errors.push(format!(
                        "line {line}: a second `# raises:` (the first is on line {})",
                        previous.line
                    ));
                    continue;
                }
                let text = text.trim_end();
                let (type_name, message) = match text.split_once(':') {
                    Some((t, m)) => (t, m.strip_prefix(' ').unwrap_or(m)),
                    None => (text, ""),
                };
                if type_name.is_empty() || type_name.contains(char::is_whitespace) {
                    errors.push(format!("line {line}: `# raises:` needs an exception type, got `{text}`"));
                    continue;
                }
                outcome.exception = Some(Exception {
                    line,
                    type_name: type_name.to_owned(),
                    message: message.to_owned(),
                });
            }
            _ => {
                if line != 1 {
                    errors.push(format!("line {line}: `# lython-only:` must be the first line"));
                } else if text.trim().is_empty() {
                    errors.push("line 1: `# lython-only:` needs a reason".to_owned());
                } else {
                    lython_only = Some(text.trim().to_owned());
                }
            }
        }
    }

    if outcome.stdout.is_empty() && outcome.exception.is_none() {
        errors.push("the case has no `# expect:` or `# raises:` comment, so it would assert nothing".into());
    }
    if errors.is_empty() {
        Ok(Expected { outcome, lython_only })
    } else {
        Err(format!("bad expectations:\n  {}", errors.join("\n  ")))
    }
}

/// The comments of a Python source, as (0-based line index, text after `#`).
/// Knows enough of Python's tokens to skip `#` inside string literals,
/// including triple-quoted strings that span lines.
fn comments(source: &str) -> Vec<(usize, &str)> {
    let mut found = Vec::new();
    // The open string, if any: its quote character and whether it is triple-quoted.
    let mut open: Option<(char, bool)> = None;
    for (index, line) in source.lines().enumerate() {
        let mut chars = line.char_indices().peekable();
        while let Some((at, c)) = chars.next() {
            match open {
                Some((quote, triple)) => {
                    if c == '\\' {
                        chars.next();
                    } else if c == quote {
                        if !triple {
                            open = None;
                        } else if line[at..].starts_with(&quote.to_string().repeat(3)) {
                            chars.next();
                            chars.next();
                            open = None;
                        }
                    }
                }
                None => {
                    if c == '#' {
                        found.push((index, &line[at + 1..]));
                        break;
                    } else if c == '\'' || c == '"' {
                        let triple = line[at..].starts_with(&c.to_string().repeat(3));
                        if triple {
                            chars.next();
                            chars.next();
                        }
                        open = Some((c, triple));
                    }
                }
            }
        }
        // A one-quote string ends with its line unless the line ends in a backslash.
        if let Some((_, false)) = open {
            if !line.ends_with('\\') {
                open = None;
            }
        }
    }
    found
}
