//! `cargo xtask parity syntax-errors`: lython's SyntaxErrors against
//! CPython's on the doctest cases of `Lib/test/test_syntax.py` and the
//! `# raises: SyntaxError` cases of `spec-tests/`.
use std::process::ExitCode;

/// Prints one JSON-free record per case: CPython's error for each example of
/// test_syntax.py's doctests that expects a SyntaxError (or subclass),
/// compiled in "exec" mode. Fields are hex-encoded and space-separated.
const CPYTHON_CASES: &str = r#"
import doctest, test.test_syntax as t
def h(s): return s.encode('utf-8', 'surrogatepass').hex() or '-'
for e in doctest.DocTestParser().get_examples(t.__doc__):
    if 'Error' not in e.want:
        continue
    try:
        compile(e.source, '<doctest>', 'exec')
        continue
    except SyntaxError as err:
        print(h(e.source), type(err).__name__, h(err.msg), err.lineno or 0, err.offset or 0)
import sys
for line in sys.stdin:
    with open(line.rstrip('\n'), encoding='utf-8') as f:
        source = f.read()
    try:
        compile(source, '<case>', 'exec')
    except SyntaxError as err:
        print(h(source), type(err).__name__, h(err.msg), err.lineno or 0, err.offset or 0)
"#;

struct Case {
    source: String,
    kind: String,
    msg: String,
    lineno: u32,
    offset: i32,
}

fn unhex(s: &str) -> String {
    if s == "-" {
        return String::new();
    }
    let bytes: Vec<u8> = (0..s.len() / 2).filter_map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).ok()).collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

fn parse_cases(out: &str) -> Vec<Case> {
    out.lines()
        .filter_map(|l| {
            let p: Vec<&str> = l.split(' ').collect();
            let [src, kind, msg, line, off] = p.as_slice() else { return None };
            Some(Case {
                source: unhex(src),
                kind: kind.to_string(),
                msg: unhex(msg),
                lineno: line.parse().ok()?,
                offset: off.parse().ok()?,
            })
        })
        .collect()
}

/// lython's error for `source`: parse, then compile.
fn lython_error(source: &str) -> Option<(String, String, u32, i32)> {
    let err = match lython::parser::parse_module(source) {
        Err(e) => e,
        Ok(module) => match lython::compile::compile_module(&module, "<doctest>") {
            Err(lython::compile::CompileError::Syntax(e)) => e,
            _ => return None,
        },
    };
    Some((err.kind.name().to_string(), err.msg, err.lineno, err.offset))
}

/// The spec-tests cases that expect a syntax error, as a list of paths.
fn spec_cases() -> String {
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../spec-tests");
    let files = xtask::pyfiles::python_files(&[root.to_str().unwrap_or("spec-tests")]).unwrap_or_default();
    files
        .iter()
        .filter(|f| {
            let text = std::fs::read_to_string(f).unwrap_or_default();
            ["# raises: SyntaxError", "# raises: IndentationError", "# raises: TabError"].iter().any(|k| text.contains(k))
        })
        .map(|f| format!("{}\n", f.display()))
        .collect()
}

pub fn run() -> ExitCode {
    let Some(out) = crate::python(CPYTHON_CASES, &spec_cases()) else {
        eprintln!("error: cannot read test_syntax.py's cases through python3");
        return ExitCode::FAILURE;
    };
    let cases = parse_cases(&out);
    let (mut same, mut same_line_msg) = (0, 0);
    // How many differing cases to print: `PARITY_SHOW=N` (default 10).
    let limit: usize = std::env::var("PARITY_SHOW").ok().and_then(|v| v.parse().ok()).unwrap_or(10);
    let mut shown = 0;
    for c in &cases {
        let ours = lython_error(&c.source);
        let matches_msg = ours.as_ref().is_some_and(|(k, m, l, _)| *k == c.kind && *m == c.msg && *l == c.lineno);
        let matches_all = matches_msg && ours.as_ref().is_some_and(|o| o.3 == c.offset);
        same += matches_all as usize;
        same_line_msg += matches_msg as usize;
        // `PARITY_OFFSETS=1` also shows the cases that differ only in offset.
        let show_offsets = std::env::var_os("PARITY_OFFSETS").is_some();
        if (!matches_msg || (show_offsets && !matches_all)) && shown < limit {
            shown += 1;
            println!("differs: {:?}\n  CPython: {} {:?} line {} offset {}\n  lython:  {:?}", c.source, c.kind, c.msg, c.lineno, c.offset, ours);
        }
    }
    let pct = |n: usize| 100.0 * n as f64 / cases.len().max(1) as f64;
    println!(
        "syntax errors: {} cases (test_syntax.py doctests and spec-tests)\nsame type, message and line: {same_line_msg} ({:.1}%)\nsame type, message, line and offset: {same} ({:.1}%)",
        cases.len(),
        pct(same_line_msg),
        pct(same),
    );
    ExitCode::SUCCESS
}
