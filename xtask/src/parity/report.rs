//! Classifying and reporting parity results.
use std::path::{Path, PathBuf};

/// How many differences are shown in detail, and how many lines of each.
const SHOWN: usize = 5;
const CONTEXT: usize = 6;

pub enum Outcome {
    Identical,
    Different(String),
    LythonFailed(String),
    BothFailed,
    CpythonFailed,
}

impl Outcome {
    pub fn compare(ours: (bool, String), theirs: (bool, String)) -> Outcome {
        match (ours, theirs) {
            ((true, a), (true, b)) if a == b => Outcome::Identical,
            ((true, a), (true, b)) => Outcome::Different(first_difference(&a, &b, CONTEXT)),
            ((false, err), (true, _)) => Outcome::LythonFailed(err.lines().last().unwrap_or("").to_string()),
            ((false, _), (false, _)) => Outcome::BothFailed,
            ((true, _), (false, _)) => Outcome::CpythonFailed,
        }
    }
}

/// The first differing line, with `context` lines of each side from it on.
pub fn first_difference(ours: &str, theirs: &str, context: usize) -> String {
    let (a, b): (Vec<&str>, Vec<&str>) = (ours.lines().collect(), theirs.lines().collect());
    let i = a.iter().zip(&b).position(|(x, y)| x != y).unwrap_or(a.len().min(b.len()));
    let side = |v: &[&str], mark: &str| {
        v.iter().skip(i).take(context).map(|l| format!("    {mark} {l}\n")).collect::<String>()
    };
    format!("  at line {}:\n{}{}", i + 1, side(&a, "lython "), side(&b, "cpython"))
}

#[derive(Default)]
pub struct Report {
    identical: usize,
    different: Vec<(PathBuf, String)>,
    lython_failed: Vec<(PathBuf, String)>,
    both_failed: usize,
    cpython_failed: Vec<PathBuf>,
}

impl Report {
    pub fn add(&mut self, file: &Path, outcome: Outcome) {
        match outcome {
            Outcome::Identical => self.identical += 1,
            Outcome::Different(d) => self.different.push((file.to_path_buf(), d)),
            Outcome::LythonFailed(e) => self.lython_failed.push((file.to_path_buf(), e)),
            Outcome::BothFailed => self.both_failed += 1,
            Outcome::CpythonFailed => self.cpython_failed.push(file.to_path_buf()),
        }
    }

    pub fn render(&self) -> String {
        let parsed_by_cpython = self.identical + self.different.len() + self.lython_failed.len();
        let pct = if parsed_by_cpython == 0 { 0.0 } else { 100.0 * self.identical as f64 / parsed_by_cpython as f64 };
        let mut s = format!(
            "identical: {}\ndifferent: {}\nlython-failed: {}\nboth-failed: {}\ncpython-failed: {}\nidentical among files CPython parses: {pct:.2}%\n",
            self.identical,
            self.different.len(),
            self.lython_failed.len(),
            self.both_failed,
            self.cpython_failed.len(),
        );
        for (file, _) in &self.different {
            s.push_str(&format!("  differs: {}\n", file.display()));
        }
        for file in &self.cpython_failed {
            s.push_str(&format!("  only CPython fails: {}\n", file.display()));
        }
        for (file, diff) in self.different.iter().take(SHOWN) {
            s.push_str(&format!("\ndifferent: {}\n{diff}", file.display()));
        }
        for (file, err) in self.lython_failed.iter().take(SHOWN) {
            s.push_str(&format!("\nlython failed: {}\n  {err}\n", file.display()));
        }
        s
    }
}
