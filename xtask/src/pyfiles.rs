//! Finding Python sources: CPython's `Lib/`, and the `.py` files under paths.
use std::path::{Path, PathBuf};
use std::process::Command;

/// CPython's standard library directory, as `python3` reports it.
pub fn cpython_lib() -> Option<PathBuf> {
    let out = Command::new("python3")
        .args(["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"])
        .output()
        .ok()?;
    let path = String::from_utf8(out.stdout).ok()?;
    Some(PathBuf::from(path.trim()))
}

/// The `.py` files under `roots` (default: CPython's `Lib/`), sorted.
pub fn python_files(roots: &[&str]) -> Option<Vec<PathBuf>> {
    let roots: Vec<PathBuf> = if roots.is_empty() {
        vec![cpython_lib()?]
    } else {
        roots.iter().map(PathBuf::from).collect()
    };
    let mut files = Vec::new();
    for r in &roots {
        collect(r, &mut files);
    }
    files.sort();
    Some(files)
}

fn collect(path: &Path, out: &mut Vec<PathBuf>) {
    if path.is_file() {
        if path.extension().is_some_and(|e| e == "py") {
            out.push(path.to_path_buf());
        }
        return;
    }
    let Ok(entries) = std::fs::read_dir(path) else { return };
    for entry in entries.flatten() {
        let p = entry.path();
        let is_link = entry.file_type().is_ok_and(|t| t.is_symlink());
        // Third-party packages installed next to the standard library are not CPython's code.
        let is_site_packages = p.file_name().is_some_and(|n| n == "site-packages");
        if !is_link && !is_site_packages {
            collect(&p, out);
        }
    }
}
