//! `cargo xtask bench run [FILE...]`: whole programs (default:
//! `benchmarks/*.py`) on a release build of lython and on `python3`, in the
//! same run, reported as the median of a few wall-clock times and their ratio.
//! Both run with `-S`: `site`'s start-up work (its own figure, measured
//! apart) would otherwise weigh on the shortest programs.
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::Instant;

const RUNS: usize = 5;

pub fn run(root: &Path, files: &[&str]) -> ExitCode {
    let Some(lython) = crate::parity::build_lython(root) else { return ExitCode::FAILURE };
    let files: Vec<PathBuf> = if files.is_empty() {
        xtask::pyfiles::python_files(&[root.join("benchmarks").to_str().unwrap_or("benchmarks")]).unwrap_or_default()
    } else {
        files.iter().map(PathBuf::from).collect()
    };
    let python = xtask::child::real_python3();
    println!("{:<24} {:>10} {:>10} {:>8}", "benchmark", "lython s", "python3 s", "ratio");
    for file in &files {
        let ours = median_time(&lython, file);
        let theirs = median_time(&python, file);
        let name = file.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        match (ours, theirs) {
            (Some(a), Some(b)) => println!("{name:<24} {a:>10.3} {b:>10.3} {:>8.2}", a / b),
            _ => println!("{name:<24} failed"),
        }
    }
    ExitCode::SUCCESS
}

/// The median of `RUNS` wall-clock times, or `None` if a run fails.
fn median_time(program: &Path, file: &Path) -> Option<f64> {
    let mut times = Vec::with_capacity(RUNS);
    for _ in 0..RUNS {
        let start = Instant::now();
        let status = Command::new(program).arg("-S").arg(file).stdout(Stdio::null()).status().ok()?;
        if !status.success() {
            return None;
        }
        times.push(start.elapsed().as_secs_f64());
    }
    times.sort_by(f64::total_cmp);
    Some(times[RUNS / 2])
}

