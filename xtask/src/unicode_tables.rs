//! `cargo xtask unicode-tables [--check]`: lython's Unicode 14.0 tables,
//! printed by `xtask/unicode_tables.py` and `xtask/unicodedata_tables.py`
//! from python3's `unicodedata` and kept in `data/` (outside `src/`, which
//! only the book writes). `src/objects/unicode.rs` and
//! `src/modules/unicodedata.rs` pull the files in with `include!`.
use std::path::Path;
use std::process::Command;

/// The str methods' tables, from the repository root.
pub const TABLES: &str = "data/unicode_tables.rs";
/// The script that prints them, from the repository root.
pub const SCRIPT: &str = "xtask/unicode_tables.py";

/// Each generated file and the script that prints it.
pub const FILES: &[(&str, &str)] = &[(TABLES, SCRIPT), ("data/unicodedata_tables.rs", "xtask/unicodedata_tables.py")];

/// A file's tables as its script prints them with `python3`.
pub fn generate(root: &Path, script: &str) -> Result<String, String> {
    let output = Command::new("python3")
        .arg(root.join(script))
        .output()
        .map_err(|e| format!("cannot run python3: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "python3 {script} failed (it needs CPython 3.11's Unicode 14.0.0):\n{}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    String::from_utf8(output.stdout).map_err(|e| format!("python3 {script} printed non-UTF-8: {e}"))
}

/// The generated files that differ from what their scripts print now.
pub fn stale(root: &Path) -> Result<Vec<&'static str>, String> {
    let mut out = Vec::new();
    for &(file, script) in FILES {
        let expected = generate(root, script)?;
        let on_disk = std::fs::read_to_string(root.join(file)).unwrap_or_default();
        if on_disk != expected {
            out.push(file);
        }
    }
    Ok(out)
}

/// Whether every generated file holds what its script prints now.
pub fn is_up_to_date(root: &Path) -> Result<bool, String> {
    Ok(stale(root)?.is_empty())
}

/// Regenerates the tables, or with `check` only compares them; the message
/// says what happened.
pub fn run(root: &Path, check: bool) -> Result<String, String> {
    if check {
        let stale = stale(root)?;
        if stale.is_empty() {
            return Ok("the Unicode tables are up to date".into());
        }
        return Err(format!(
            "{} differ from what their scripts print: run `cargo xtask unicode-tables`",
            stale.join(", ")
        ));
    }
    std::fs::create_dir_all(root.join("data")).map_err(|e| format!("cannot create data/: {e}"))?;
    for &(file, script) in FILES {
        let text = generate(root, script)?;
        std::fs::write(root.join(file), text).map_err(|e| format!("cannot write {file}: {e}"))?;
    }
    Ok(format!("wrote {}", FILES.iter().map(|f| f.0).collect::<Vec<_>>().join(", ")))
}
