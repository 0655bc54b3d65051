//! `cargo xtask memcheck`: every conformance case on the built `lython`
//! binary under valgrind's memcheck, reporting invalid reads and writes,
//! bad frees and uses of uninitialised memory.
//!
//! ```text
//! spec-tests/{cases,lang}/**.py ─ filter ─ skip list ─► N jobs:
//!     valgrind --tool=memcheck … target/debug/lython CASE ─► verdict
//!         clean │ errors (exit 99, an error phrase, a signal) │ timed out
//! ```
//!
//! Only valgrind's verdict counts, never the program's output: a case that
//! ends with a Python exception (exit 1) is clean if valgrind says so. The
//! command knows nothing of lython's internals; it runs the binary.
pub mod binary;
pub mod cases;
pub mod run;
pub mod verdict;

use cases::Case;
use std::path::Path;
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};
use verdict::{classify, excerpt, Verdict};

pub const USAGE: &str =
    "usage: cargo xtask memcheck [--release] [--jobs N] [--timeout SECS] [--no-skip] [FILTER]";

/// The command line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// Run `target/release/lython` instead of `target/debug/lython`.
    pub release: bool,
    pub jobs: usize,
    pub timeout: Duration,
    /// Run the cases of [`cases::SKIPPED`] too.
    pub no_skip: bool,
    /// Only the cases whose path (from the repository root) contains this.
    pub filter: Option<String>,
}

pub fn parse_options(args: &[&str]) -> Result<Options, String> {
    let mut o = Options {
        release: false,
        jobs: 2,
        timeout: Duration::from_secs(120),
        no_skip: false,
        filter: None,
    };
    let mut args = args.iter();
    while let Some(&arg) = args.next() {
        match arg {
            "--release" => o.release = true,
            "--no-skip" => o.no_skip = true,
            "--jobs" | "--timeout" => {
                let value = args.next().ok_or_else(|| format!("{arg} needs a value"))?;
                let n: u64 = value
                    .parse()
                    .map_err(|_| format!("{arg}: not a number: {value}"))?;
                if arg == "--jobs" {
                    o.jobs = n.max(1) as usize;
                } else {
                    o.timeout = Duration::from_secs(n.max(1));
                }
            }
            flag if flag.starts_with("--") => return Err(format!("unknown option {flag}")),
            filter if o.filter.is_none() => o.filter = Some(filter.to_string()),
            extra => return Err(format!("one filter only, not also {extra}")),
        }
    }
    Ok(o)
}

pub fn main(root: &Path, args: &[&str]) -> ExitCode {
    let options = match parse_options(args) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("error: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let Some(valgrind) = binary::find_valgrind() else {
        eprintln!("error: valgrind not found on PATH (Debian/Ubuntu: apt-get install valgrind)");
        return ExitCode::from(2);
    };
    let lython = match binary::fresh_lython(root, options.release) {
        Ok(path) => path,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let skip_list = if options.no_skip {
        &[][..]
    } else {
        cases::SKIPPED
    };
    let selection = cases::select(root, options.filter.as_deref(), skip_list);
    for (case, why) in &selection.skipped {
        println!("skipped   {}: {why}", case.name);
    }
    println!(
        "memcheck: {} case(s) ({} skipped) on {} under valgrind, {} job(s), {} s per case",
        selection.run.len(),
        selection.skipped.len(),
        lython.display(),
        options.jobs,
        options.timeout.as_secs()
    );
    let started = Instant::now();
    let results = run_all(&valgrind, &lython, &selection.run, &options);
    let summary = Summary::of(&results);
    print_failures(&results);
    println!(
        "memcheck: wall time {:.0} s",
        started.elapsed().as_secs_f64()
    );
    println!("{}", summary.line());
    if summary.with_errors > 0 {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// One case's verdict, with valgrind's excerpt when it failed.
struct Outcome {
    case: Case,
    verdict: Verdict,
    excerpt: Vec<String>,
}

/// Runs the cases on `options.jobs` threads, printing each verdict as it comes;
/// returns them in the cases' order.
fn run_all(valgrind: &Path, lython: &Path, cases: &[Case], options: &Options) -> Vec<Outcome> {
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<Outcome>>> = Mutex::new((0..cases.len()).map(|_| None).collect());
    std::thread::scope(|scope| {
        for _ in 0..options.jobs {
            scope.spawn(|| loop {
                let index = next.fetch_add(1, Ordering::Relaxed);
                let Some(case) = cases.get(index) else { break };
                let (outcome, seconds) = check(valgrind, lython, case, options.timeout);
                let finished = done.fetch_add(1, Ordering::Relaxed) + 1;
                println!(
                    "[{finished:>3}/{}] {:<7} {seconds:>6.1} s  {}",
                    cases.len(),
                    label(&outcome.verdict),
                    case.name
                );
                results.lock().unwrap_or_else(|e| e.into_inner())[index] = Some(outcome);
            });
        }
    });
    let results = results.into_inner().unwrap_or_else(|e| e.into_inner());
    results.into_iter().flatten().collect()
}

fn check(valgrind: &Path, lython: &Path, case: &Case, timeout: Duration) -> (Outcome, f64) {
    match run::run(valgrind, lython, &case.path, timeout) {
        Ok(run) => {
            let verdict = classify(&run.ending, &run.stderr);
            let excerpt = match verdict {
                Verdict::Errors { .. } => {
                    excerpt(&run.stderr).into_iter().map(String::from).collect()
                }
                _ => Vec::new(),
            };
            (
                Outcome {
                    case: case.clone(),
                    verdict,
                    excerpt,
                },
                run.elapsed.as_secs_f64(),
            )
        }
        Err(e) => {
            let verdict = Verdict::Errors {
                why: format!("cannot start valgrind: {e}"),
            };
            (
                Outcome {
                    case: case.clone(),
                    verdict,
                    excerpt: Vec::new(),
                },
                0.0,
            )
        }
    }
}

fn label(verdict: &Verdict) -> &'static str {
    match verdict {
        Verdict::Clean => "ok",
        Verdict::Errors { .. } => "ERRORS",
        Verdict::TimedOut => "TIMEOUT",
    }
}

fn print_failures(results: &[Outcome]) {
    for outcome in results {
        match &outcome.verdict {
            Verdict::Clean => {}
            Verdict::TimedOut => println!("\ntimed out: {}", outcome.case.name),
            Verdict::Errors { why } => {
                println!("\nerrors: {}: {why}", outcome.case.name);
                for line in &outcome.excerpt {
                    println!("    {line}");
                }
            }
        }
    }
}

/// The counts of the last line.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub cases: usize,
    pub clean: usize,
    pub with_errors: usize,
    pub timed_out: usize,
}

impl Summary {
    fn of(results: &[Outcome]) -> Summary {
        let mut s = Summary {
            cases: results.len(),
            ..Summary::default()
        };
        for outcome in results {
            match outcome.verdict {
                Verdict::Clean => s.clean += 1,
                Verdict::Errors { .. } => s.with_errors += 1,
                Verdict::TimedOut => s.timed_out += 1,
            }
        }
        s
    }

    pub fn line(&self) -> String {
        format!(
            "memcheck: {} cases, {} clean, {} with errors, {} timed out",
            self.cases, self.clean, self.with_errors, self.timed_out
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_and_flags() {
        let o = parse_options(&[]).unwrap();
        assert_eq!(
            (o.release, o.jobs, o.timeout.as_secs(), o.no_skip),
            (false, 2, 120, false)
        );
        assert_eq!(o.filter, None);
        let o = parse_options(&["--jobs", "4", "--timeout", "30", "--release", "memory/"]).unwrap();
        assert_eq!((o.release, o.jobs, o.timeout.as_secs()), (true, 4, 30));
        assert_eq!(o.filter.as_deref(), Some("memory/"));
    }

    #[test]
    fn bad_command_lines_are_refused() {
        assert!(parse_options(&["--jobs"]).is_err());
        assert!(parse_options(&["--jobs", "many"]).is_err());
        assert!(parse_options(&["--leak-check"]).is_err());
        assert!(parse_options(&["a", "b"]).is_err());
    }

    #[test]
    fn the_summary_line_has_the_documented_shape() {
        let s = Summary {
            cases: 5,
            clean: 3,
            with_errors: 1,
            timed_out: 1,
        };
        assert_eq!(
            s.line(),
            "memcheck: 5 cases, 3 clean, 1 with errors, 1 timed out"
        );
    }
}
