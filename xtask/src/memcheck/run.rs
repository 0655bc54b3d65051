//! Runs one case under valgrind, the way the spec harness runs it on lython:
//! `lython -S /abs/case.py` in the case's directory (the cases' expectations
//! come from `python3 -S`, and `site`'s imports would multiply the time a
//! case takes under valgrind by ten), no standard input, an empty
//! environment but `PYTHONHASHSEED=0`. The program's stdout is not kept (only
//! valgrind's verdict matters); stderr is, since valgrind writes there.
use super::verdict::Ending;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Valgrind's command line, before the program: memcheck, a distinct exit
/// status when it finds errors, and no leak checking (misuse of memory is
/// what is looked for, not memory still held at exit).
pub const VALGRIND_ARGS: [&str; 6] = [
    "--tool=memcheck",
    "--error-exitcode=99",
    "--errors-for-leak-kinds=none",
    "--leak-check=no",
    "--track-origins=no",
    "-q",
];

/// At most this much stderr is kept; the rest is read and dropped.
const KEEP_BYTES: usize = 1 << 20;

/// How one run ended and what it wrote to stderr.
pub struct Run {
    pub ending: Ending,
    pub stderr: String,
    pub elapsed: Duration,
}

pub fn run(valgrind: &Path, lython: &Path, case: &Path, limit: Duration) -> std::io::Result<Run> {
    let dir = case.parent().unwrap_or(Path::new("."));
    let mut child = Command::new(valgrind)
        .args(VALGRIND_ARGS)
        .arg(lython)
        .arg("-S")
        .arg(case)
        .current_dir(dir)
        .env_clear()
        .env("PYTHONHASHSEED", "0")
        // Every block from malloc, so that valgrind sees each one freed
        // (the free lists would hide a use after free).
        .env("LYTHON_MALLOC", "malloc")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()?;
    let stderr = child.stderr.take();
    let reader = std::thread::spawn(move || crate::child::read_capped(stderr, KEEP_BYTES));
    let started = Instant::now();
    let ending = loop {
        if let Some(status) = child.try_wait()? {
            break crate::child::ending_of(status);
        }
        if started.elapsed() > limit {
            // Valgrind runs the program in its own process, so this kills both.
            let _ = child.kill();
            let _ = child.wait();
            break Ending::TimedOut;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let elapsed = started.elapsed();
    Ok(Run {
        ending,
        stderr: reader.join().unwrap_or_default(),
        elapsed,
    })
}
