//! The two programs memcheck needs: valgrind, found on `PATH`, and lython,
//! built by cargo when it is missing or older than its sources.
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::SystemTime;

/// `valgrind`'s full path: the runs have an empty environment, so it is
/// looked up once here, on this process's `PATH`.
pub fn find_valgrind() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join("valgrind"))
        .find(|p| p.is_file())
}

/// `target/debug/lython` (or `target/release/lython`), rebuilt first with
/// `cargo build [--release] --bin lython` if it is missing or older than any
/// file of `src/`, `Cargo.toml` or `Cargo.lock`.
pub fn fresh_lython(root: &Path, release: bool) -> Result<PathBuf, String> {
    let profile = if release { "release" } else { "debug" };
    let binary = root.join("target").join(profile).join("lython");
    let built = modified(&binary);
    let sources = newest_source(root);
    if built.is_some() && built >= sources {
        return Ok(binary);
    }
    eprintln!(
        "memcheck: {} is missing or older than src/: building it",
        binary.display()
    );
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut build = Command::new(cargo);
    build.current_dir(root).args(["build", "--bin", "lython"]);
    if release {
        build.arg("--release");
    }
    match build.status() {
        Ok(status) if status.success() && binary.is_file() => Ok(binary),
        Ok(status) => Err(format!("cargo build failed ({status})")),
        Err(e) => Err(format!("cannot run cargo: {e}")),
    }
}

fn modified(path: &Path) -> Option<SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

/// The latest modification time among lython's sources.
fn newest_source(root: &Path) -> Option<SystemTime> {
    let mut newest = [root.join("Cargo.toml"), root.join("Cargo.lock")]
        .iter()
        .filter_map(|p| modified(p))
        .max();
    let mut pending = vec![root.join("src")];
    while let Some(dir) = pending.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else {
                newest = newest.max(modified(&path));
            }
        }
    }
    newest
}
