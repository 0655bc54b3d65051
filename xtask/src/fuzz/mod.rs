//! `cargo xtask fuzz-diff`: a differential fuzzer, lython against CPython.
//!
//! ```text
//! seed ─► gen ─► program.py ─┬─► lython  ─┐
//!                            └─► python3 ─┴─► compare ─► known? ─► minimise ─► reproducer
//! ```
//!
//! [`gen`] writes random programs of independent snippets, [`runner`] runs
//! one on each interpreter, [`compare`] lists the differences, [`known`]
//! drops those the book's appendix B lists, [`minimise`] cuts each new one
//! down, and [`findings`] de-duplicates and saves them.
pub mod compare;
pub mod findings;
pub mod gen;
pub mod known;
pub mod minimise;
pub mod program;
pub mod rng;
pub mod runner;
pub mod values;

use compare::{compare, cpython_failed, Difference, Kind};
use findings::Findings;
use program::Program;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

pub const USAGE: &str =
    "usage: cargo xtask fuzz-diff [--seconds N] [--seed S] [--jobs J] [--out DIR] \
[--programs N] [--snippets N] [--timeout SECS] [--report FILE] [--lython PATH] [--show N] [--no-minimise] \
[--no-metaclasses]";

/// The command line.
#[derive(Clone, Debug)]
pub struct Options {
    pub seconds: u64,
    pub seed: u64,
    pub jobs: usize,
    pub out: PathBuf,
    /// Stop after this many programs (else when time is up).
    pub programs: Option<u64>,
    pub snippets: usize,
    pub timeout: Duration,
    /// A Markdown file each new finding is appended to, besides `OUT/findings.md`.
    pub report: Option<PathBuf>,
    pub lython: PathBuf,
    /// Print program number N of the seed and stop.
    pub show: Option<u64>,
    /// Save findings as the whole program they were found in (faster).
    pub no_minimise: bool,
    /// Snippet kinds outside the default mix (`--metaclasses`).
    pub mix: gen::Mix,
}

pub fn parse_options(root: &Path, args: &[&str]) -> Result<Options, String> {
    let mut o = Options {
        seconds: 60,
        seed: std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs()),
        jobs: 2,
        out: root.join("target/fuzz-diff"),
        programs: None,
        snippets: 40,
        timeout: Duration::from_secs(5),
        report: None,
        lython: root.join("target/release/lython"),
        show: None,
        no_minimise: false,
        mix: gen::Mix::default(),
    };
    let mut args = args.iter();
    while let Some(flag) = args.next() {
        if *flag == "--no-minimise" {
            o.no_minimise = true;
            continue;
        }
        if *flag == "--no-metaclasses" {
            o.mix.metaclasses = false;
            continue;
        }
        let value = args.next().ok_or_else(|| format!("{flag} needs a value"))?;
        let number = || {
            value
                .parse::<u64>()
                .map_err(|_| format!("{flag}: not a number: {value}"))
        };
        match *flag {
            "--seconds" => o.seconds = number()?,
            "--seed" => o.seed = number()?,
            "--jobs" => o.jobs = number()?.max(1) as usize,
            "--out" => o.out = PathBuf::from(value),
            "--programs" => o.programs = Some(number()?),
            "--snippets" => o.snippets = number()?.max(1) as usize,
            "--timeout" => o.timeout = Duration::from_secs(number()?.max(1)),
            "--report" => o.report = Some(PathBuf::from(value)),
            "--lython" => o.lython = PathBuf::from(value),
            "--show" => o.show = Some(number()?),
            other => return Err(format!("unknown option {other}")),
        }
    }
    Ok(o)
}

pub fn main(root: &Path, args: &[&str]) -> ExitCode {
    let options = match parse_options(root, args) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("error: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    if let Some(index) = options.show {
        print!(
            "{}",
            gen::program_with(options.seed, index, options.snippets, options.mix).listing()
        );
        return ExitCode::SUCCESS;
    }
    if !options.lython.is_file() {
        eprintln!(
            "error: {} not found: build it first with `cargo build --release` (or pass --lython PATH)",
            options.lython.display()
        );
        return ExitCode::from(2);
    }
    let known = match known::load(root) {
        Ok(k) => k,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let findings = match Findings::new(
        &options.out.join(format!("seed-{}", options.seed)),
        options.report.clone(),
    ) {
        Ok(f) => Mutex::new(f),
        Err(e) => {
            eprintln!("error: cannot write to {}: {e}", options.out.display());
            return ExitCode::from(2);
        }
    };
    eprintln!(
        "fuzz-diff: seed {}, {} job(s), {} s, {} known difference(s) from {}, lython = {}",
        options.seed,
        options.jobs,
        options.seconds,
        known.len(),
        known::APPENDIX,
        options.lython.display()
    );
    let fuzzer = Fuzzer {
        options: &options,
        known: &known,
        findings: &findings,
        next: AtomicU64::new(0),
        ran: AtomicUsize::new(0),
        skipped: AtomicUsize::new(0),
        unsteady: AtomicUsize::new(0),
        pair_runs: AtomicUsize::new(0),
        known_hits: Mutex::new(BTreeMap::new()),
        deadline: Instant::now() + Duration::from_secs(options.seconds),
    };
    let started = Instant::now();
    std::thread::scope(|scope| {
        for worker in 0..options.jobs {
            let fuzzer = &fuzzer;
            scope.spawn(move || fuzzer.work(worker));
        }
    });
    let elapsed = started.elapsed().as_secs_f64();
    let ran = fuzzer.ran.load(Ordering::Relaxed);
    let skipped = fuzzer.skipped.load(Ordering::Relaxed);
    let unsteady = fuzzer.unsteady.load(Ordering::Relaxed);
    let pair_runs = fuzzer.pair_runs.load(Ordering::Relaxed);
    let known_hits = fuzzer
        .known_hits
        .into_inner()
        .unwrap_or_else(|e| e.into_inner());
    let findings = findings.into_inner().unwrap_or_else(|e| e.into_inner());
    eprintln!(
        "fuzz-diff: {ran} programs ({} snippets each) in {elapsed:.0} s, {:.1} programs/s; \
{pair_runs} runs of the pair, minimising included ({:.1}/s); \
{} skipped (CPython itself timed out); {unsteady} dropped (CPython's output changed between runs); {} known difference(s) seen",
        options.snippets,
        ran as f64 / elapsed.max(0.001),
        pair_runs as f64 / elapsed.max(0.001),
        skipped,
        known_hits.values().sum::<usize>(),
    );
    for (line, count) in &known_hits {
        match line {
            0 => eprintln!("  {count:>5}x  known: a stopgap of lython's (known::STOPGAPS)"),
            _ => eprintln!("  {count:>5}x  known: {}:{line}", known::APPENDIX),
        }
    }
    print!("{}", findings.summary());
    eprintln!("fuzz-diff: findings saved under {}", options.out.display());
    if findings.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

struct Fuzzer<'a> {
    options: &'a Options,
    known: &'a [known::Known],
    findings: &'a Mutex<Findings>,
    next: AtomicU64,
    ran: AtomicUsize,
    skipped: AtomicUsize,
    /// Differences dropped because CPython's own output changed between runs.
    unsteady: AtomicUsize,
    /// Runs of the pair (lython and CPython), minimisation included.
    pair_runs: AtomicUsize,
    /// Known differences seen, by the appendix line of their marker.
    known_hits: Mutex<BTreeMap<usize, usize>>,
    deadline: Instant,
}

/// How long past `--seconds` a minimisation may go on; after that the
/// findings in hand are saved as far as they were cut down.
const MINIMISING_GRACE: Duration = Duration::from_secs(30);

/// How many times one program is re-run after taking out a snippet that
/// crashed or hung, to test the snippets after it.
const MAX_ROUNDS: usize = 6;

impl Fuzzer<'_> {
    fn work(&self, worker: usize) {
        let dir = self.options.out.join(format!("work/{worker}"));
        if std::fs::create_dir_all(&dir).is_err() {
            return;
        }
        let file = dir.join("program.py");
        loop {
            let index = self.next.fetch_add(1, Ordering::Relaxed);
            if Instant::now() > self.deadline || self.options.programs.is_some_and(|n| index >= n) {
                break;
            }
            let program =
                gen::program_with(self.options.seed, index, self.options.snippets, self.options.mix);
            self.check(program, index, &file);
            self.ran.fetch_add(1, Ordering::Relaxed);
        }
    }

    /// Runs a program, handles its differences, and re-runs what is left of
    /// it after a crash or hang.
    fn check(&self, mut program: Program, index: u64, file: &Path) {
        for _ in 0..MAX_ROUNDS {
            let Some(diffs) = self.differences(&program, file) else {
                self.skipped.fetch_add(1, Ordering::Relaxed);
                return;
            };
            let mut stopped_at = None;
            for diff in diffs {
                if let Some(line) = self.known_line(&diff) {
                    *self
                        .known_hits
                        .lock()
                        .unwrap_or_else(|e| e.into_inner())
                        .entry(line)
                        .or_insert(0) += 1;
                    continue;
                }
                self.report(&program, &diff, index, file);
                if matches!(diff.kind, Kind::Crash | Kind::Hang) {
                    stopped_at = diff.label.clone();
                }
            }
            // After a crash or hang, test the snippets that did not run.
            let Some(label) = stopped_at else { return };
            let before = program.snippets.len();
            program
                .snippets
                .retain(|(n, s)| format!("@s{n} {}", s.topic) != label);
            if program.snippets.len() == before {
                return;
            }
        }
    }

    /// The appendix line whose marker lists `diff`, if one does; 0 for
    /// one of lython's stopgaps.
    fn known_line(&self, diff: &Difference) -> Option<usize> {
        if !matches!(diff.kind, Kind::Snippet | Kind::Exit) {
            return None;
        }
        if known::is_stopgap(&diff.lython) {
            return Some(0);
        }
        known::find(self.known, &diff.lython, &diff.python).map(|k| k.line)
    }

    fn is_known(&self, diff: &Difference) -> bool {
        self.known_line(diff).is_some()
    }

    /// The differences of one program, or `None` when CPython itself did not
    /// finish (the generator made something too slow).
    fn differences(&self, program: &Program, file: &Path) -> Option<Vec<Difference>> {
        let (lython, python) = self.run_both(program, file)?;
        if cpython_failed(&python) {
            return None;
        }
        Some(compare(&lython, &python))
    }

    fn run_both(&self, program: &Program, file: &Path) -> Option<(runner::Run, runner::Run)> {
        // Written again before each run: a program may rewrite its modules.
        program.write(file).ok()?;
        self.pair_runs.fetch_add(1, Ordering::Relaxed);
        let lython = runner::run(&self.options.lython, &[], file, self.options.timeout).ok()?;
        program.write(file).ok()?;
        let python = runner::run(&crate::child::real_python3(), &["-S"], file, self.options.timeout).ok()?;
        Some((lython, python))
    }

    /// Counts a difference under its key; a new one is minimised and saved.
    fn report(&self, program: &Program, diff: &Difference, index: u64, file: &Path) {
        let key = diff.key();
        if self.lock().seen(&key) {
            self.lock().first_sight(&key);
            return;
        }
        if !self.cpython_is_steady(program, diff, file) {
            self.unsteady.fetch_add(1, Ordering::Relaxed);
            return;
        }
        if !self.lock().first_sight(&key) {
            return;
        }
        let reproducer = match self.options.no_minimise {
            true => program.clone(),
            false => self.minimise(program, diff, file),
        };
        let Some((lython, python)) = self.run_both(&reproducer, file) else {
            return;
        };
        let mut findings = self.lock();
        if let Some(line) = findings.save(
            &key,
            diff,
            &reproducer,
            &lython,
            &python,
            self.options.seed,
            index,
        ) {
            eprintln!("{line}");
        }
    }

    /// Whether CPython prints the same again for the differing snippet (or
    /// ends the same way): an outcome that depends on addresses (the hash
    /// of `None` or of a NaN orders a set) is no finding.
    fn cpython_is_steady(&self, program: &Program, diff: &Difference, file: &Path) -> bool {
        if !matches!(diff.kind, Kind::Snippet | Kind::Exit)
            || program.write(file).is_err()
        {
            return true;
        }
        let Ok(again) = runner::run(&crate::child::real_python3(), &["-S"], file, self.options.timeout)
        else {
            return true;
        };
        match &diff.label {
            Some(label) if diff.kind == Kind::Snippet => compare::blocks(&again.stdout)
                .iter()
                .any(|(l, outcome)| l == label && *outcome == diff.python),
            _ => compare::exit_text(&again) == diff.python,
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Findings> {
        self.findings.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The smallest program that still shows a difference with `diff`'s key:
    /// first the difference's own snippet alone, then delta debugging.
    fn minimise(&self, program: &Program, diff: &Difference, file: &Path) -> Program {
        let key = diff.key();
        let mut still_fails = |candidate: &Program| -> bool {
            if Instant::now() > self.deadline + MINIMISING_GRACE {
                return false;
            }
            match self.differences(candidate, file) {
                Some(diffs) => diffs.iter().any(|d| d.key() == key && !self.is_known(d)),
                None => false,
            }
        };
        let alone = diff.label.as_ref().and_then(|label| {
            let only: Vec<_> = program
                .snippets
                .iter()
                .filter(|(n, s)| format!("@s{n} {}", s.topic) == *label)
                .cloned()
                .collect();
            let candidate = Program { snippets: only };
            (!candidate.snippets.is_empty() && still_fails(&candidate)).then_some(candidate)
        });
        let start = alone.unwrap_or_else(|| program.clone());
        let budget = if diff.kind == Kind::Hang { 12 } else { 150 };
        let mut tester = minimise::Budgeted {
            test: &mut still_fails,
            budget,
            used: 0,
        };
        minimise::minimise(&start, &mut tester)
    }
}
