//! What the integration tests that compare lython with CPython share: where
//! the two interpreters are, how a run of either is set up, and scratch
//! directories to run them in. Each test file takes it with `mod common;`
//! and uses only part of it.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

/// The lython binary Cargo built for these tests.
pub const LYTHON: &str = env!("CARGO_BIN_EXE_lython");

/// The lython binary as a path.
pub fn lython() -> &'static Path {
    Path::new(LYTHON)
}

/// CPython 3.11's real executable, or `None` (allowed only outside CI) when
/// it is missing.
pub fn cpython() -> Option<PathBuf> {
    let out = Command::new("python3")
        .args(["-c", "import sys; print(sys.version_info[:2] == (3, 11)); print(sys.executable)"])
        .output();
    let found = match out {
        Ok(o) if o.status.success() => {
            let text = String::from_utf8_lossy(&o.stdout).to_string();
            let mut lines = text.lines();
            (lines.next() == Some("True")).then(|| PathBuf::from(lines.next().unwrap_or("python3")))
        }
        _ => None,
    };
    if found.is_none() {
        assert!(std::env::var("CI").as_deref() != Ok("true"), "CI=true but CPython 3.11 is not available");
        eprintln!("warning: CPython 3.11 not found; skipping the comparison with CPython");
    }
    found
}

/// A command running `program` (either interpreter) with a clean
/// environment and a fixed hash seed, so both print the same set orders.
pub fn interpreter(program: &Path) -> Command {
    let mut cmd = Command::new(program);
    cmd.env_clear().env("PYTHONHASHSEED", "0");
    cmd
}

/// A scratch directory for test `name` of the test file `suite`, holding `files`.
pub fn scratch(suite: &str, name: &str, files: &[(&str, &str)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("lython-{suite}-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for (file, text) in files {
        std::fs::write(dir.join(file), text).unwrap();
    }
    dir
}
