//! The findings of a run: counted by key, the first of each kind saved as a
//! directory (`repro.py`, `lython.txt`, `python.txt`) and a Markdown entry.
use super::compare::{exit_text, Difference};
use super::program::{Program, PRELUDE};
use super::runner::Run;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

pub struct Findings {
    dir: PathBuf,
    report: Option<PathBuf>,
    /// How often each key was seen.
    counts: BTreeMap<String, usize>,
    /// Saved findings: key and directory.
    saved: Vec<(String, PathBuf)>,
}

impl Findings {
    pub fn new(dir: &Path, report: Option<PathBuf>) -> std::io::Result<Findings> {
        std::fs::create_dir_all(dir)?;
        std::fs::write(dir.join("findings.md"), "# fuzz-diff findings\n")?;
        Ok(Findings {
            dir: dir.to_path_buf(),
            report,
            counts: BTreeMap::new(),
            saved: Vec::new(),
        })
    }

    pub fn is_empty(&self) -> bool {
        self.counts.is_empty()
    }

    pub fn seen(&self, key: &str) -> bool {
        self.counts.contains_key(key)
    }

    /// Counts `key`; true the first time.
    pub fn first_sight(&mut self, key: &str) -> bool {
        let count = self.counts.entry(key.to_string()).or_insert(0);
        *count += 1;
        *count == 1
    }

    /// Saves a minimised finding; the line to print about it.
    #[allow(clippy::too_many_arguments)]
    pub fn save(
        &mut self,
        key: &str,
        diff: &Difference,
        repro: &Program,
        lython: &Run,
        python: &Run,
        seed: u64,
        index: u64,
    ) -> Option<String> {
        let number = self.saved.len() + 1;
        let dir = self.dir.join(format!("{number:03}-{}", slug(key)));
        std::fs::create_dir_all(&dir).ok()?;
        let source = repro.listing();
        repro.write(&dir.join("repro.py")).ok()?;
        std::fs::write(dir.join("lython.txt"), describe(lython)).ok()?;
        std::fs::write(dir.join("python.txt"), describe(python)).ok()?;
        let entry = format!(
            "\n## {number}. {key}\n\nFound in program {index} of seed {seed} ({:?} difference; before minimising: lython `{}`, python `{}`). Saved in `{}` (`repro.py` there starts with the `_run` prelude; the modules it imports are beside it).\n\n```python\n{}```\n\nlython:\n\n```text\n{}```\n\npython3:\n\n```text\n{}```\n",
            diff.kind,
            one_line(&diff.lython),
            one_line(&diff.python),
            dir.display(),
            source.strip_prefix(PRELUDE).unwrap_or(&source),
            describe(lython),
            describe(python),
        );
        for file in std::iter::once(self.dir.join("findings.md")).chain(self.report.clone()) {
            if let Ok(mut f) = std::fs::OpenOptions::new()
                .create(true)
                .append(true)
                .open(&file)
            {
                let _ = f.write_all(entry.as_bytes());
            }
        }
        self.saved.push((key.to_string(), dir.clone()));
        Some(format!(
            "fuzz-diff: NEW #{number} {key}  ->  {}",
            dir.display()
        ))
    }

    /// Every finding with how often it was seen.
    pub fn summary(&self) -> String {
        let mut out = format!("fuzz-diff: {} distinct finding(s)\n", self.counts.len());
        for (key, count) in &self.counts {
            let dir = self
                .saved
                .iter()
                .find(|(k, _)| k == key)
                .map_or(String::from("(not saved)"), |(_, d)| {
                    d.display().to_string()
                });
            out.push_str(&format!("  {count:>5}x  {key}\n         {dir}\n"));
        }
        out
    }
}

/// Exit status, stdout and the end of stderr, for a finding's files.
fn describe(run: &Run) -> String {
    let mut out = format!("{}\n", exit_text(run));
    out.push_str(&format!("--- stdout\n{}", clip(&run.stdout, 3000)));
    if !run.stdout.ends_with('\n') && !run.stdout.is_empty() {
        out.push('\n');
    }
    let tail: Vec<&str> = run.stderr.lines().rev().take(8).collect();
    if !tail.is_empty() {
        out.push_str("--- stderr (end)\n");
        for line in tail.iter().rev() {
            out.push_str(&clip(line, 400));
            out.push('\n');
        }
    }
    out
}

fn clip(text: &str, max: usize) -> String {
    if text.len() <= max {
        return text.to_string();
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}… ({} bytes)\n", &text[..end], text.len())
}

fn one_line(text: &str) -> String {
    clip(&text.replace('\n', "\\n").replace('`', "'"), 200)
}

fn slug(key: &str) -> String {
    let s: String = key
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' {
                c
            } else {
                '-'
            }
        })
        .collect();
    let mut s = s
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    s.truncate(60);
    s
}
