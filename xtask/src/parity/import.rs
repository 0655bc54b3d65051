//! `cargo xtask parity import [--jobs N] [NAME…]`: does `lython -S -c
//! 'import NAME'` succeed where `python3 -S -c 'import NAME'` does?
//!
//! The names are the top-level modules and packages of CPython's `Lib/`
//! (issue 10's list): every `NAME.py` and every directory with an
//! `__init__.py`, less the packages the issue leaves out (`test`,
//! `idlelib`, `tkinter`, `turtledemo`, `lib2to3`, `ensurepip`, `venv`)
//! and `antigravity`, whose import opens a web browser. A name CPython
//! itself cannot import is not counted. Both interpreters run with
//! `PYTHONHASHSEED=0`, without writing bytecode, `--jobs` names at a time.
//! The report gives the share that imports, then each failing name with
//! the last line lython printed, and the required list apart.
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Duration;
use xtask::fuzz::runner::{run, Status};

const USAGE: &str = "usage: cargo xtask parity import [--jobs N] [NAME...]";
const TIME_LIMIT: Duration = Duration::from_secs(60);
const LEFT_OUT: [&str; 8] = ["test", "idlelib", "tkinter", "turtledemo", "lib2to3", "ensurepip", "venv", "antigravity"];
/// The modules issue 10 requires all of.
const REQUIRED: &str = "abc argparse array ast base64 bisect collections contextlib copy csv dataclasses datetime \
    decimal difflib dis enum fnmatch fractions functools glob gzip hashlib heapq inspect io itertools json logging \
    math operator os pathlib pickle pprint queue random re shutil statistics string struct tempfile textwrap \
    threading time tokenize traceback types typing unittest warnings weakref zipfile";

pub fn parity_import(root: &Path, args: &[&str]) -> ExitCode {
    let Some((jobs, names)) = super::dis::parse_args(args) else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let Some(lython) = super::build_lython(root) else { return ExitCode::FAILURE };
    let names = if names.is_empty() { top_level_names() } else { Some(names.iter().map(|n| n.to_string()).collect()) };
    let Some(names) = names else {
        eprintln!("error: cannot locate CPython's Lib/ through python3");
        return ExitCode::FAILURE;
    };
    eprintln!("parity import: {} names, {jobs} at a time", names.len());
    let outcomes = try_all(&lython, &names, jobs);
    // The required modules CPython builds in or as extensions (`math`,
    // `time`, ...) are not files of `Lib/`: tried apart, not in the share.
    let extra: Vec<String> = REQUIRED.split_whitespace().filter(|n| !names.iter().any(|m| m == n)).map(String::from).collect();
    let extra_outcomes = try_all(&lython, &extra, jobs);
    print!("{}", render(&names, &outcomes, &extra, &extra_outcomes));
    ExitCode::SUCCESS
}

/// The top-level module and package names of `Lib/`, sorted.
fn top_level_names() -> Option<Vec<String>> {
    let lib = xtask::pyfiles::cpython_lib()?;
    let mut names: Vec<String> = std::fs::read_dir(&lib)
        .ok()?
        .flatten()
        .filter_map(|entry| module_name(&entry.path()))
        .filter(|name| !LEFT_OUT.contains(&name.as_str()))
        .collect();
    names.sort();
    Some(names)
}

fn module_name(path: &Path) -> Option<String> {
    let name = if path.is_dir() {
        path.join("__init__.py").is_file().then(|| path.file_name())??
    } else {
        (path.extension()? == "py").then(|| path.file_stem())??
    };
    let name = name.to_str()?;
    (name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') && !name.starts_with(|c: char| c.is_ascii_digit()))
        .then(|| name.to_string())
}

#[derive(Clone, Debug, PartialEq)]
enum Outcome {
    Imported,
    /// The last line of what lython printed, or how it ended.
    Failed(String),
    /// CPython cannot import it either.
    Skipped,
}

fn try_all(lython: &Path, names: &[String], jobs: usize) -> Vec<Outcome> {
    let results = Mutex::new(vec![Outcome::Skipped; names.len()]);
    let next = AtomicUsize::new(0);
    std::thread::scope(|s| {
        for _ in 0..jobs {
            s.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(name) = names.get(i) else { break };
                let outcome = try_one(lython, name);
                results.lock().expect("no worker panics")[i] = outcome;
            });
        }
    });
    results.into_inner().expect("no worker panics")
}

fn try_one(lython: &Path, name: &str) -> Outcome {
    let statement = PathBuf::from(format!("import {name}"));
    let import = |interpreter: &Path| run(interpreter, &["-S", "-B", "-c"], &statement, TIME_LIMIT);
    match import(&xtask::child::real_python3()) {
        Ok(r) if r.status == Status::Exited(0) => {}
        _ => return Outcome::Skipped,
    }
    match import(lython) {
        Ok(r) if r.status == Status::Exited(0) => Outcome::Imported,
        Ok(r) => {
            let last = r.stderr.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or_default();
            Outcome::Failed(format!("{:?}: {}", r.status, last.chars().take(160).collect::<String>()))
        }
        Err(e) => Outcome::Failed(format!("cannot run lython: {e}")),
    }
}

fn render(names: &[String], outcomes: &[Outcome], extra: &[String], extra_outcomes: &[Outcome]) -> String {
    let counted = outcomes.iter().filter(|o| **o != Outcome::Skipped).count();
    let imported = outcomes.iter().filter(|o| **o == Outcome::Imported).count();
    let share = 100.0 * imported as f64 / counted.max(1) as f64;
    let mut out = format!("parity import: {imported} of {counted} modules import ({share:.1}%)\n");
    let required: Vec<&str> = REQUIRED.split_whitespace().collect();
    let status_of = |name: &str| match names.iter().position(|n| n == name) {
        Some(i) => Some(&outcomes[i]),
        None => extra.iter().position(|n| n == name).map(|i| &extra_outcomes[i]),
    };
    let required_ok = required.iter().filter(|n| status_of(n) == Some(&Outcome::Imported)).count();
    out += &format!("required: {required_ok} of {} import\n\nfailures:\n", required.len());
    for (name, outcome) in names.iter().zip(outcomes).chain(extra.iter().zip(extra_outcomes)) {
        if let Outcome::Failed(why) = outcome {
            let mark = if required.contains(&name.as_str()) { "*" } else { " " };
            out += &format!("{mark} {name}: {why}\n");
        }
    }
    let skipped: Vec<&str> = names.iter().zip(outcomes).filter(|(_, o)| **o == Outcome::Skipped).map(|(n, _)| n.as_str()).collect();
    out += &format!("\n(* = required) skipped, CPython cannot import them either: {}\n", skipped.join(" "));
    out
}
