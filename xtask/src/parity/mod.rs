//! `cargo xtask parity ast [PATH…]`: lython's `-m ast -a` against CPython's
//! (`parity dis`, in [`dis`], does the same for `-m dis`; `parity marshal`
//! runs in `xtask-lython`, which compiles in-process).
//!
//! CPython dumps every file in one process (a small driver reading the file
//! list from stdin); lython runs once per file, two at a time. The report
//! counts identical, different, lython-failed and both-failed files, then
//! shows the first differing lines of the first few differences.
mod dis;
mod import;
mod report;

use report::{Outcome, Report};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

/// Prints `ast.dump(..., include_attributes=True, indent=3)` of each file
/// named on stdin, framed so the outputs can be split apart again. The file is
/// read as bytes and parsed with type comments, as `python3 -m ast` does.
const CPYTHON_DRIVER: &str = r#"
import ast, sys
for line in sys.stdin:
    path = line.rstrip('\n')
    try:
        with open(path, 'rb') as f:
            text = ast.dump(ast.parse(f.read(), path, type_comments=True), include_attributes=True, indent=3) + '\n'
        status = 'ok'
    except BaseException as e:
        text, status = '%s: %s\n' % (type(e).__name__, e), 'failed'
    data = text.encode('utf-8', 'surrogatepass')
    sys.stdout.buffer.write(b'@@%s %d\n' % (status.encode(), len(data)) + data)
sys.stdout.flush()
"#;

pub fn run(root: &Path, args: &[&str]) -> ExitCode {
    match args {
        ["ast", paths @ ..] => parity_ast(root, paths),
        ["dis", rest @ ..] => dis::parity_dis(root, rest),
        ["import", rest @ ..] => import::parity_import(root, rest),
        ["syntax-errors"] => crate::run_lython_task(root, &["parity", "syntax-errors"]),
        ["marshal", paths @ ..] => crate::run_lython_task(root, &[&["parity", "marshal"], paths].concat()),
        _ => {
            eprintln!("usage: cargo xtask parity ast [PATH...] | cargo xtask parity dis [--jobs N] [PATH...] | cargo xtask parity syntax-errors | cargo xtask parity marshal [PATH...] | cargo xtask parity import [--jobs N] [NAME...]");
            ExitCode::from(2)
        }
    }
}

fn parity_ast(root: &Path, paths: &[&str]) -> ExitCode {
    let Some(lython) = build_lython(root) else { return ExitCode::FAILURE };
    let Some(files) = xtask::pyfiles::python_files(paths) else {
        eprintln!("error: cannot locate CPython's Lib/ through python3");
        return ExitCode::FAILURE;
    };
    eprintln!("parity ast: {} files", files.len());
    let Some(theirs) = cpython_dumps(&files) else { return ExitCode::FAILURE };
    let ours = lython_dumps(&lython, &files);
    let mut report = Report::default();
    for ((file, mine), cpython) in files.iter().zip(ours).zip(theirs) {
        report.add(file, Outcome::compare(mine, cpython));
    }
    print!("{}", report.render());
    ExitCode::SUCCESS
}

/// Builds the release `lython` binary; its path.
pub fn build_lython(root: &Path) -> Option<PathBuf> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = Command::new(cargo).current_dir(root).args(["build", "--release", "--quiet", "--bin", "lython"]).status();
    match status {
        Ok(s) if s.success() => Some(root.join("target/release/lython")),
        _ => {
            eprintln!("error: cannot build lython");
            None
        }
    }
}

/// `(succeeded, output)` for each file, from one CPython process.
fn cpython_dumps(files: &[PathBuf]) -> Option<Vec<(bool, String)>> {
    let mut child = Command::new("python3")
        .args(["-S", "-c", CPYTHON_DRIVER])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .ok()?;
    let list: String = files.iter().map(|f| format!("{}\n", f.display())).collect();
    let mut stdin = child.stdin.take()?;
    let writer = std::thread::spawn(move || stdin.write_all(list.as_bytes()));
    let out = child.wait_with_output().ok()?;
    writer.join().ok()?.ok()?;
    split_frames(&out.stdout, files.len())
}

fn split_frames(mut data: &[u8], n: usize) -> Option<Vec<(bool, String)>> {
    let mut out = Vec::with_capacity(n);
    while !data.is_empty() {
        let newline = data.iter().position(|b| *b == b'\n')?;
        let header = std::str::from_utf8(&data[..newline]).ok()?;
        let (status, len) = header.strip_prefix("@@")?.split_once(' ')?;
        let len: usize = len.parse().ok()?;
        let body = data.get(newline + 1..newline + 1 + len)?;
        out.push((status == "ok", String::from_utf8_lossy(body).into_owned()));
        data = &data[newline + 1 + len..];
    }
    (out.len() == n).then_some(out)
}

/// `(succeeded, output)` for each file, running lython two at a time.
fn lython_dumps(lython: &Path, files: &[PathBuf]) -> Vec<(bool, String)> {
    let results = Mutex::new(vec![(false, String::new()); files.len()]);
    let next = AtomicUsize::new(0);
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(file) = files.get(i) else { break };
                let r = run_lython(lython, file);
                results.lock().expect("no worker panics")[i] = r;
            });
        }
    });
    results.into_inner().expect("no worker panics")
}

fn run_lython(lython: &Path, file: &Path) -> (bool, String) {
    let out = Command::new(lython).args(["-m", "ast", "-a"]).arg(file).output();
    match out {
        Ok(o) if o.status.success() => (true, String::from_utf8_lossy(&o.stdout).into_owned()),
        Ok(o) => (false, String::from_utf8_lossy(&o.stderr).into_owned()),
        Err(e) => (false, e.to_string()),
    }
}
