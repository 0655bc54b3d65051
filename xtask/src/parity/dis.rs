//! `cargo xtask parity dis [--jobs N] [PATH…]`: lython's `-m dis` against
//! CPython's, on every `.py` under CPython's `Lib/` (or the paths given).
//!
//! Each file is disassembled by `python3 -m dis FILE` and by
//! `target/release/lython -m dis FILE`, both with `PYTHONHASHSEED=0` and a
//! time limit, `--jobs` files at a time. The addresses in
//! `<code object NAME at 0x…, file …>` are masked, then stdout is compared.
//! A file CPython cannot compile is skipped; a file lython stops on (nonzero
//! exit, or a message on stderr CPython did not print) counts as failed, and
//! the failures are grouped by their message.
use super::report::first_difference;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Duration;
use xtask::fuzz::runner::{run_keeping, Run, Status};

const USAGE: &str = "usage: cargo xtask parity dis [--jobs N] [PATH...]";
/// Each interpreter gets this long per file.
const TIME_LIMIT: Duration = Duration::from_secs(10);
/// Far more than the disassembly of the largest module of `Lib/`.
const KEEP_BYTES: usize = 256 << 20;
/// How many differences are shown in detail, with how many lines of each side;
/// how many failure messages the histogram lists.
const SHOWN: usize = 8;
const CONTEXT: usize = 3;
const MESSAGES: usize = 30;

pub fn parity_dis(root: &Path, args: &[&str]) -> ExitCode {
    let Some((jobs, paths)) = parse_args(args) else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let Some(lython) = super::build_lython(root) else { return ExitCode::FAILURE };
    let Some(files) = xtask::pyfiles::python_files(&paths) else {
        eprintln!("error: cannot locate CPython's Lib/ through python3");
        return ExitCode::FAILURE;
    };
    eprintln!("parity dis: {} files, {jobs} at a time", files.len());
    let outcomes = compare_all(&lython, &files, jobs);
    let mut report = DisReport::default();
    for (file, outcome) in files.iter().zip(outcomes) {
        report.add(file, outcome);
    }
    print!("{}", report.render());
    ExitCode::SUCCESS
}

/// `--jobs N` (default 2) and the paths.
pub(super) fn parse_args<'a>(args: &[&'a str]) -> Option<(usize, Vec<&'a str>)> {
    let (mut jobs, mut paths) = (2, Vec::new());
    let mut it = args.iter();
    while let Some(&arg) = it.next() {
        match arg {
            "--jobs" | "-j" => jobs = it.next()?.parse().ok().filter(|&n| n > 0)?,
            _ if arg.starts_with('-') => return None,
            _ => paths.push(arg),
        }
    }
    Some((jobs, paths))
}

#[derive(Debug, PartialEq)]
enum DisOutcome {
    Identical,
    /// The first differing line, with some lines after it on each side.
    Different(String),
    /// What lython said when it stopped.
    LythonFailed(String),
    /// CPython itself cannot disassemble the file.
    Skipped,
}

/// Every file's outcome, in order, from `jobs` workers.
fn compare_all(lython: &Path, files: &[PathBuf], jobs: usize) -> Vec<DisOutcome> {
    let results: Mutex<Vec<Option<DisOutcome>>> = Mutex::new(files.iter().map(|_| None).collect());
    let (next, done) = (AtomicUsize::new(0), AtomicUsize::new(0));
    std::thread::scope(|s| {
        for _ in 0..jobs {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(file) = files.get(i) else { break };
                let outcome = compare_file(lython, file);
                results.lock().expect("no worker panics")[i] = Some(outcome);
                let finished = done.fetch_add(1, Ordering::Relaxed) + 1;
                if finished % 100 == 0 {
                    eprintln!("parity dis: {finished}/{}", files.len());
                }
            });
        }
    });
    let results = results.into_inner().expect("no worker panics");
    results.into_iter().map(|r| r.unwrap_or(DisOutcome::Skipped)).collect()
}

fn compare_file(lython: &Path, file: &Path) -> DisOutcome {
    let disassemble = |interpreter: &Path| run_keeping(interpreter, &["-m", "dis"], file, TIME_LIMIT, KEEP_BYTES);
    let cpython = match disassemble(&xtask::child::real_python3()) {
        Ok(run) if run.status == Status::Exited(0) => run,
        _ => return DisOutcome::Skipped,
    };
    let ours = match disassemble(lython) {
        Ok(run) => run,
        Err(e) => return DisOutcome::LythonFailed(format!("cannot run lython: {e}")),
    };
    classify(&ours, &cpython)
}

/// Compares two runs of which CPython's succeeded.
fn classify(ours: &Run, cpython: &Run) -> DisOutcome {
    let stopped = ours.status != Status::Exited(0);
    if stopped || (!ours.stderr.is_empty() && ours.stderr != cpython.stderr) {
        return DisOutcome::LythonFailed(failure_message(ours));
    }
    let (a, b) = (mask_addresses(&ours.stdout), mask_addresses(&cpython.stdout));
    if a == b {
        DisOutcome::Identical
    } else {
        DisOutcome::Different(difference(&a, &b))
    }
}

/// One line saying why lython stopped: a panic's location and message, or
/// the last line of stderr (the exception, after a `File …` and a caret line).
fn failure_message(run: &Run) -> String {
    let lines: Vec<&str> = run.stderr.lines().map(str::trim_end).collect();
    if let Some(i) = lines.iter().position(|l| l.contains("panicked at")) {
        let place = lines[i].split("panicked at").nth(1).unwrap_or("").trim().trim_end_matches(':');
        let message = lines.get(i + 1).copied().unwrap_or("");
        return format!("panic at {place} {message}");
    }
    let last = lines.iter().rev().find(|l| !l.trim().is_empty());
    match (&run.status, last) {
        (Status::TimedOut, _) => format!("timed out after {} s", TIME_LIMIT.as_secs()),
        (Status::Signalled(n), _) => format!("killed by signal {n}"),
        (_, Some(line)) => line.trim().to_string(),
        (Status::Exited(code), None) => format!("exit status {code}, nothing on stderr"),
    }
}

/// `text` with the address of every `<code object NAME at 0x…` replaced by
/// `0x…`: the addresses are where each interpreter happened to allocate.
fn mask_addresses(text: &str) -> String {
    const CODE: &str = "<code object ";
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(CODE) {
        let (before, from) = rest.split_at(i);
        out.push_str(before);
        let line = &from[..from.find('\n').unwrap_or(from.len())];
        match address(line) {
            Some(hex) => {
                out.push_str(&from[..hex.start]);
                out.push('…');
                rest = &from[hex.end..];
            }
            None => {
                out.push_str(CODE);
                rest = &from[CODE.len()..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Where the hex digits are in `<code object NAME at 0xHEX, file "…`.
fn address(line: &str) -> Option<std::ops::Range<usize>> {
    let start = line.find(" at 0x")? + " at 0x".len();
    let len = line[start..].bytes().take_while(u8::is_ascii_hexdigit).count();
    (len > 0 && line[start + len..].starts_with(", file ")).then_some(start..start + len)
}

/// The first difference, after the `Disassembly of <code object …>:` heading
/// of the code object it is in.
fn difference(ours: &str, theirs: &str) -> String {
    let shown = first_difference(ours, theirs, CONTEXT);
    let line: usize = shown
        .trim_start()
        .strip_prefix("at line ")
        .and_then(|r| r.split(':').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or(1);
    let heading = theirs.lines().take(line).filter(|l| l.starts_with("Disassembly of ")).last();
    match heading {
        Some(h) => format!("  in {}\n{shown}", h.trim_end_matches(':')),
        None => format!("  in the module\n{shown}"),
    }
}

/// What each side has at the first differing line, to group differences by:
/// `lython OPNAME / cpython OPNAME` (or the one opcode, when only its
/// argument or line number differs), where a side may have a blank line, a
/// line without an opcode, or no line left.
fn difference_kind(shown: &str) -> String {
    let side = |mark: &str| {
        let Some(line) = shown.lines().find_map(|l| l.strip_prefix(mark)) else { return "(end)".to_string() };
        let opcode = line.split_whitespace().find(|w| w.len() > 2 && w.chars().all(|c| c.is_ascii_uppercase() || c == '_'));
        match opcode {
            Some(op) => op.to_string(),
            None if line.trim().is_empty() => "(blank line)".to_string(),
            None => "(no opcode)".to_string(),
        }
    };
    let (ours, theirs) = (side("    lython "), side("    cpython "));
    if ours == theirs {
        format!("{ours} with another argument or line number")
    } else {
        format!("lython {ours} / cpython {theirs}")
    }
}

#[derive(Default)]
struct DisReport {
    identical: usize,
    different: Vec<(PathBuf, String)>,
    failed: Vec<(PathBuf, String)>,
    skipped: Vec<PathBuf>,
}

impl DisReport {
    fn add(&mut self, file: &Path, outcome: DisOutcome) {
        match outcome {
            DisOutcome::Identical => self.identical += 1,
            DisOutcome::Different(d) => self.different.push((file.to_path_buf(), d)),
            DisOutcome::LythonFailed(m) => self.failed.push((file.to_path_buf(), m)),
            DisOutcome::Skipped => self.skipped.push(file.to_path_buf()),
        }
    }

    fn render(&self) -> String {
        let compiled = self.identical + self.different.len();
        let compiled_by_cpython = compiled + self.failed.len();
        let percent = |n: usize, of: usize| if of == 0 { 0.0 } else { 100.0 * n as f64 / of as f64 };
        let mut s = format!(
            "identical: {}\ndifferent: {}\nlython-failed: {}\nskipped (CPython fails): {}\n\
             identical among files lython compiles: {:.2}% ({} of {compiled})\n\
             identical among files CPython compiles: {:.2}% ({} of {compiled_by_cpython})\n",
            self.identical,
            self.different.len(),
            self.failed.len(),
            self.skipped.len(),
            percent(self.identical, compiled),
            self.identical,
            percent(self.identical, compiled_by_cpython),
            self.identical,
        );
        s.push_str(&histogram("files lython stops on, by message", self.failed.iter().map(|(_, m)| m.clone())));
        let kinds = self.different.iter().map(|(_, d)| difference_kind(d));
        s.push_str(&histogram("differences, by what each side has at the first differing line", kinds));
        for file in &self.skipped {
            s.push_str(&format!("\nskipped: {}", file.display()));
        }
        for (file, diff) in &self.different {
            s.push_str(&format!("\ndiffers: {} ({})", file.display(), difference_kind(diff)));
        }
        for (file, diff) in self.different.iter().take(SHOWN) {
            s.push_str(&format!("\n\ndifferent: {}\n{diff}", file.display()));
        }
        s.push('\n');
        s
    }
}

/// The messages with how many times each occurs, the most frequent first.
fn histogram(title: &str, messages: impl Iterator<Item = String>) -> String {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for m in messages {
        *counts.entry(m).or_default() += 1;
    }
    let mut sorted: Vec<(String, usize)> = counts.into_iter().collect();
    sorted.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let mut s = format!("\n{title}:\n");
    for (message, n) in sorted.iter().take(MESSAGES) {
        s.push_str(&format!("{n:>7}  {message}\n"));
    }
    if sorted.len() > MESSAGES {
        let rest: usize = sorted[MESSAGES..].iter().map(|(_, n)| n).sum();
        s.push_str(&format!("{rest:>7}  ({} other messages)\n", sorted.len() - MESSAGES));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(stdout: &str, stderr: &str, status: Status) -> Run {
        Run { stdout: stdout.into(), stderr: stderr.into(), status }
    }

    #[test]
    fn addresses_of_code_objects_are_masked() {
        let text = "  6 LOAD_CONST 1 (<code object f at 0x7f6fc62c6e80, file \"t.py\", line 2>)\n\
                    Disassembly of <code object <lambda> at 0x55de36e1f4c0, file \"t.py\", line 3>:\n\
                    LOAD_CONST 2 ('<code object at 0x12')\n";
        let masked = mask_addresses(text);
        assert!(masked.contains("(<code object f at 0x…, file \"t.py\", line 2>)"), "{masked}");
        assert!(masked.contains("of <code object <lambda> at 0x…, file"), "{masked}");
        assert!(masked.contains("('<code object at 0x12')"), "{masked}");
    }

    #[test]
    fn outcomes() {
        let ok = |out: &str| run(out, "", Status::Exited(0));
        let a = "<code object f at 0x1, file \"x\">\n";
        let b = "<code object f at 0x2, file \"x\">\n";
        assert_eq!(classify(&ok(a), &ok(b)), DisOutcome::Identical);
        let class = "  File \"c.py\", line 1\n    class A:\n    ^^^^\nSyntaxError: lython cannot compile class definitions yet\n";
        assert_eq!(
            classify(&run("", class, Status::Exited(1)), &ok(a)),
            DisOutcome::LythonFailed("SyntaxError: lython cannot compile class definitions yet".into())
        );
        let panic = "thread 'main' panicked at src/x.rs:3:4:\nboom\nnote: run with `RUST_BACKTRACE=1`\n";
        assert_eq!(
            classify(&run("", panic, Status::Exited(101)), &ok(a)),
            DisOutcome::LythonFailed("panic at src/x.rs:3:4 boom".into())
        );
        // A warning CPython prints too is no failure.
        let warned = |out: &str| run(out, "<x>:1: SyntaxWarning: hm\n", Status::Exited(0));
        assert_eq!(classify(&warned(a), &warned(a)), DisOutcome::Identical);
        let DisOutcome::Different(d) = classify(&ok("Disassembly of <code object g>:\n 2 NOP\n"), &ok("Disassembly of <code object g>:\n 2 POP_TOP\n")) else {
            panic!("not a difference")
        };
        assert!(d.starts_with("  in Disassembly of <code object g>\n  at line 2:"), "{d}");
        assert_eq!(difference_kind(&d), "lython NOP / cpython POP_TOP");
        let shorter = first_difference("A\n\n", "A\n", 3);
        assert_eq!(difference_kind(&shorter), "lython (blank line) / cpython (end)");
    }

    #[test]
    fn jobs_and_paths() {
        assert_eq!(parse_args(&["--jobs", "4", "a.py"]), Some((4, vec!["a.py"])));
        assert_eq!(parse_args(&[]), Some((2, vec![])));
        assert_eq!(parse_args(&["--jobs", "0"]), None);
        assert_eq!(parse_args(&["--bogus"]), None);
    }

    #[test]
    fn histogram_most_frequent_first() {
        let h = histogram("t", ["b", "a", "b"].into_iter().map(String::from));
        assert_eq!(h, "\nt:\n      2  b\n      1  a\n");
    }
}
