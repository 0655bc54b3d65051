//! Known differences: the entries of the book's appendix B
//! (`book/src/appendix/differences.md`) that carry a marker
//!
//! ```text
//! <!-- fuzz-diff: lython `GLOB` python `GLOB` -->
//! ```
//!
//! on a line of its own. A difference found by the fuzzer is known when both sides of it match one
//! marker's globs (`*` matches any run of characters, everything else
//! itself). What a glob is matched against is a snippet's outcome
//! (`= repr` or `! Type: message`) or a program's end (`exit N: last line of
//! stderr`). Crashes and hangs are never known differences.
//!
//! A glob must name an outcome, not excuse any: it starts with the outcome's
//! kind written out (`= ` and at least one more character, `! Type: ` with
//! the exception's type in full, or `exit N`), so that `*`, `= *` or `! *`
//! stop the fuzzer rather than hide every finding.
use std::path::Path;

pub const APPENDIX: &str = "book/src/appendix/differences.md";

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Known {
    /// The line of the appendix the marker is on (1-based).
    pub line: usize,
    pub lython: String,
    pub python: String,
}

/// The markers in the appendix under `root`; an error names a marker that
/// does not parse, so that no marker is silently ignored.
pub fn load(root: &Path) -> Result<Vec<Known>, String> {
    let path = root.join(APPENDIX);
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    parse(&text)
}

pub fn parse(text: &str) -> Result<Vec<Known>, String> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let Some(after) = line.trim_start().strip_prefix("<!-- fuzz-diff:") else {
            continue;
        };
        let marker = after
            .find("-->")
            .and_then(|end| parse_marker(&after[..end], i + 1));
        match marker {
            Some(known) if is_narrow(&known.lython) && is_narrow(&known.python) => out.push(known),
            Some(_) => {
                return Err(format!(
                    "{APPENDIX}:{}: a fuzz-diff glob must name an outcome: `= ` and more, `! Type: ` with the type written out, or `exit N`",
                    i + 1
                ))
            }
            None => {
                return Err(format!(
                    "{APPENDIX}:{}: a fuzz-diff marker must read <!-- fuzz-diff: lython `GLOB` python `GLOB` -->",
                    i + 1
                ))
            }
        }
    }
    Ok(out)
}

/// `lython `A` python `B``.
fn parse_marker(body: &str, line: usize) -> Option<Known> {
    let ticked: Vec<&str> = body.split('`').collect();
    // [" lython ", A, " python ", B, " "]
    if ticked.len() < 4 || ticked[0].trim() != "lython" || ticked[2].trim() != "python" {
        return None;
    }
    Some(Known {
        line,
        lython: ticked[1].to_string(),
        python: ticked[3].to_string(),
    })
}

/// Whether `glob` names an outcome: what comes before its first `*` spells
/// out the outcome's kind (and an exception's type) as the fuzzer prints it.
fn is_narrow(glob: &str) -> bool {
    let fixed = glob.split('*').next().unwrap_or_default();
    if fixed.starts_with("! ") {
        fixed.contains(": ")
    } else if let Some(status) = fixed.strip_prefix("exit ") {
        status.starts_with(|c: char| c.is_ascii_digit() || c == '-')
    } else {
        fixed.starts_with("= ") && glob.replace('*', "").len() > "= ".len()
    }
}

/// lython's own words for a stopgap that stands in for CPython's behaviour
/// while it is being built: an outcome (or a program's end) containing one is
/// known whatever CPython did, so that the fuzzer's snippets can exercise
/// the area before the fix lands.
/// There is none today: the last one (a method changing the container
/// calling it) went when the containers stopped holding borrows across
/// Python calls.
pub const STOPGAPS: &[&str] = &[];

/// Whether lython's outcome is one of its [`STOPGAPS`].
pub fn is_stopgap(lython: &str) -> bool {
    STOPGAPS.iter().any(|words| lython.contains(words))
}

/// The marker that lists the difference `lython` / `python`, if any.
pub fn find<'a>(known: &'a [Known], lython: &str, python: &str) -> Option<&'a Known> {
    known
        .iter()
        .find(|k| glob(&k.lython, lython) && glob(&k.python, python))
}

/// `*` matches any run of characters (newlines included).
pub fn glob(pattern: &str, text: &str) -> bool {
    let parts: Vec<&str> = pattern.split('*').collect();
    if parts.len() == 1 {
        return pattern == text;
    }
    let (first, last) = (parts[0], parts[parts.len() - 1]);
    if !text.starts_with(first) || text.len() < first.len() + last.len() || !text.ends_with(last) {
        return false;
    }
    let mut rest = &text[first.len()..text.len() - last.len()];
    for middle in &parts[1..parts.len() - 1] {
        match rest.find(middle) {
            Some(at) => rest = &rest[at + middle.len()..],
            None => return false,
        }
    }
    true
}
