//! `cargo xtask bench pyperformance [NAME...]`: seventeen programs of
//! pyperformance 1.14.0 on a release build of lython and on `python3`.
//!
//! The programs are not part of this repository: pip fetches the package
//! into `target/pyperformance` the first time. They import `pyperf`, which
//! is replaced by the project's stand-in (`xtask/pyperf`): it runs each
//! benchmark a fixed number of loops in one process, prints one line that
//! must be the same on both interpreters, and reports the time the
//! benchmark measured on stderr. The loop count is calibrated on `python3`,
//! as pyperf calibrates, and then used for both.
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};

const VERSION: &str = "1.14.0";

/// The programs issue 10 names, each `bm_NAME/run_benchmark.py`.
const PROGRAMS: [&str; 17] = [
    "chaos",
    "comprehensions",
    "coroutines",
    "deltablue",
    "fannkuch",
    "float",
    "generators",
    "go",
    "hexiom",
    "meteor_contest",
    "nbody",
    "nqueens",
    "pidigits",
    "raytrace",
    "richards",
    "spectral_norm",
    "unpack_sequence",
];

/// Runs of each interpreter, interleaved; the median is reported.
const RUNS: usize = 5;

/// Loops double until `python3` spends this long in the benchmark.
const CALIBRATION_SECONDS: f64 = 0.1;

pub fn run(root: &Path, names: &[&str]) -> ExitCode {
    let Some(benchmarks) = fetch(root) else { return ExitCode::FAILURE };
    let Some(lython) = crate::parity::build_lython(root) else { return ExitCode::FAILURE };
    let python = xtask::child::real_python3();
    let names: Vec<&str> = if names.is_empty() { PROGRAMS.to_vec() } else { names.to_vec() };
    let bench = Bench { standin: root.join("xtask"), scratch: root.join("target/pyperformance/out") };
    if std::fs::create_dir_all(&bench.scratch).is_err() {
        eprintln!("error: cannot create {}", bench.scratch.display());
        return ExitCode::FAILURE;
    }
    println!(
        "{:<16} {:>6} {:>6} {:>10} {:>10} {:>7} {:>9} {:>9}",
        "program", "stdout", "loops", "lython s", "python3 s", "ratio", "lython MB", "python3 MB"
    );
    let mut ratios = Vec::new();
    let mut all_well = true;
    for name in names {
        let script = benchmarks.join(format!("bm_{name}")).join("run_benchmark.py");
        match bench.compare(&lython, &python, &script) {
            Ok(c) => {
                let ratio = c.ours.seconds / c.theirs.seconds;
                println!(
                    "{name:<16} {:>6} {:>6} {:>10.4} {:>10.4} {ratio:>7.2} {:>9.1} {:>9.1}",
                    if c.same_stdout { "same" } else { "DIFF" },
                    c.loops,
                    c.ours.seconds,
                    c.theirs.seconds,
                    c.ours.peak_rss_mb,
                    c.theirs.peak_rss_mb
                );
                all_well &= c.same_stdout;
                ratios.push(ratio);
            }
            Err(why) => {
                println!("{name:<16} failed: {why}");
                all_well = false;
            }
        }
    }
    if !ratios.is_empty() {
        let mean = (ratios.iter().map(|r| r.ln()).sum::<f64>() / ratios.len() as f64).exp();
        println!("geometric mean of the time ratios (lython / python3): {mean:.2} over {} programs", ratios.len());
    }
    if all_well { ExitCode::SUCCESS } else { ExitCode::FAILURE }
}

/// The directory of pyperformance's benchmarks, fetched with pip if absent.
fn fetch(root: &Path) -> Option<PathBuf> {
    let target = root.join("target/pyperformance");
    let benchmarks = target.join("pyperformance/data-files/benchmarks");
    if benchmarks.is_dir() {
        return Some(benchmarks);
    }
    let status = Command::new(xtask::child::real_python3())
        .args(["-m", "pip", "install", "--quiet", "--no-deps", "--disable-pip-version-check", "--root-user-action=ignore", "--target"])
        .arg(&target)
        .arg(format!("pyperformance=={VERSION}"))
        .status();
    if !matches!(status, Ok(s) if s.success()) || !benchmarks.is_dir() {
        eprintln!("error: pip could not fetch pyperformance=={VERSION} into {}", target.display());
        return None;
    }
    Some(benchmarks)
}

struct Bench {
    /// The directory that holds the `pyperf` stand-in, put on `PYTHONPATH`.
    standin: PathBuf,
    /// Where a run's stdout and stderr are written.
    scratch: PathBuf,
}

/// One program on both interpreters: medians of `RUNS` interleaved runs.
struct Comparison {
    loops: u64,
    same_stdout: bool,
    ours: Figures,
    theirs: Figures,
}

struct Figures {
    seconds: f64,
    peak_rss_mb: f64,
}

/// What one run of one program gave.
struct Run {
    stdout: String,
    seconds: f64,
    peak_rss_kib: i64,
}

impl Bench {
    fn compare(&self, lython: &Path, python: &Path, script: &Path) -> Result<Comparison, String> {
        let loops = self.calibrate(python, script)?;
        let (mut ours, mut theirs) = (Vec::new(), Vec::new());
        for _ in 0..RUNS {
            ours.push(self.run_once(lython, script, loops).map_err(|e| format!("lython: {e}"))?);
            theirs.push(self.run_once(python, script, loops).map_err(|e| format!("python3: {e}"))?);
        }
        let expected = &theirs[0].stdout;
        let same_stdout = ours.iter().chain(&theirs).all(|r| &r.stdout == expected);
        Ok(Comparison { loops, same_stdout, ours: figures(&ours), theirs: figures(&theirs) })
    }

    /// The smallest power of two of loops for which `python3` spends at
    /// least `CALIBRATION_SECONDS` in the benchmark.
    fn calibrate(&self, python: &Path, script: &Path) -> Result<u64, String> {
        let mut loops = 1;
        loop {
            let run = self.run_once(python, script, loops).map_err(|e| format!("python3: {e}"))?;
            if run.seconds >= CALIBRATION_SECONDS || loops >= 1 << 20 {
                return Ok(loops);
            }
            loops *= 2;
        }
    }

    fn run_once(&self, program: &Path, script: &Path, loops: u64) -> Result<Run, String> {
        let out_path = self.scratch.join("stdout");
        let err_path = self.scratch.join("stderr");
        let file = |p: &Path| std::fs::File::create(p).map_err(|e| format!("{}: {e}", p.display()));
        let child = Command::new(program)
            .arg("-S")
            .arg(script)
            .env_clear()
            .env("PYTHONPATH", &self.standin)
            .env("PYTHONHASHSEED", "0")
            .env("PYPERF_STANDIN_LOOPS", loops.to_string())
            .stdin(Stdio::null())
            .stdout(file(&out_path)?)
            .stderr(file(&err_path)?)
            .spawn()
            .map_err(|e| format!("cannot start {}: {e}", program.display()))?;
        let (status, peak_rss_kib) = wait_with_peak_rss(child.id())?;
        let stdout = std::fs::read_to_string(&out_path).unwrap_or_default();
        let stderr = std::fs::read_to_string(&err_path).unwrap_or_default();
        if status != 0 {
            let last = stderr.lines().last().unwrap_or("");
            return Err(format!("exit status {status}: {last}"));
        }
        let seconds = measured_seconds(&stderr).ok_or("the stand-in reported no time")?;
        Ok(Run { stdout, seconds, peak_rss_kib })
    }
}

/// The benchmark time the stand-in reported: the sum of its lines, for a
/// program that runs more than one benchmark.
fn measured_seconds(stderr: &str) -> Option<f64> {
    let times: Vec<f64> =
        stderr.lines().filter_map(|l| l.strip_prefix("pyperf-standin seconds ")?.trim().parse().ok()).collect();
    (!times.is_empty()).then(|| times.iter().sum())
}

fn figures(runs: &[Run]) -> Figures {
    let mut seconds: Vec<f64> = runs.iter().map(|r| r.seconds).collect();
    seconds.sort_by(f64::total_cmp);
    let peak = runs.iter().map(|r| r.peak_rss_kib).max().unwrap_or(0);
    Figures { seconds: seconds[seconds.len() / 2], peak_rss_mb: peak as f64 / 1024.0 }
}

/// Waits for the child `pid` with `wait4`, which alone reports the child's
/// peak resident set size (`ru_maxrss`, in KiB on Linux) along with its
/// status. The `Child` handle is then dropped unwaited: it was reaped here.
fn wait_with_peak_rss(pid: u32) -> Result<(i32, i64), String> {
    let mut status = 0;
    // SAFETY: `rusage` is plain data that wait4 fills in; an all-zero value
    // is a valid one to start from.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: wait4 writes only through the two pointers, which point at
    // live locals of the right types.
    let reaped = unsafe { libc::wait4(pid as libc::pid_t, &mut status, 0, &mut usage) };
    if reaped < 0 {
        return Err(format!("wait4: {}", std::io::Error::last_os_error()));
    }
    let code = if libc::WIFEXITED(status) { libc::WEXITSTATUS(status) } else { 128 + libc::WTERMSIG(status) };
    Ok((code, usage.ru_maxrss))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_measured_time_sums_the_stand_ins_lines() {
        let stderr = "warning: x\npyperf-standin seconds 0.25\npyperf-standin seconds 0.5\n";
        assert_eq!(measured_seconds(stderr), Some(0.75));
        assert_eq!(measured_seconds("Traceback ...\n"), None);
    }

    #[test]
    fn the_median_and_the_peak_are_taken_over_the_runs() {
        let run = |seconds, peak_rss_kib| Run { stdout: String::new(), seconds, peak_rss_kib };
        let f = figures(&[run(3.0, 2048), run(1.0, 4096), run(2.0, 1024)]);
        assert_eq!(f.seconds, 2.0);
        assert_eq!(f.peak_rss_mb, 4.0);
    }
}
