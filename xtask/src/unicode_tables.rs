//! `cargo xtask unicode-tables [--check]`: lython's Unicode 14.0 tables,
//! printed by `xtask/unicode_tables.py` from python3's `unicodedata` and kept
//! in `data/unicode_tables.rs` (outside `src/`, which only the book writes).
//! `src/objects/unicode.rs` pulls the file in with `include!`.
use std::path::Path;
use std::process::Command;

/// The generated file, from the repository root.
pub const TABLES: &str = "data/unicode_tables.rs";
/// The script that prints it, from the repository root.
pub const SCRIPT: &str = "xtask/unicode_tables.py";

/// The tables as the script prints them with `python3`.
pub fn generate(root: &Path) -> Result<String, String> {
    let output = Command::new("python3")
        .arg(root.join(SCRIPT))
        .output()
        .map_err(|e| format!("cannot run python3: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "python3 {SCRIPT} failed (it needs CPython 3.11's Unicode 14.0.0):\n{}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    String::from_utf8(output.stdout).map_err(|e| format!("python3 {SCRIPT} printed non-UTF-8: {e}"))
}

/// Whether `data/unicode_tables.rs` holds what the script prints now.
pub fn is_up_to_date(root: &Path) -> Result<bool, String> {
    let expected = generate(root)?;
    let on_disk = std::fs::read_to_string(root.join(TABLES)).unwrap_or_default();
    Ok(on_disk == expected)
}

/// Regenerates the tables, or with `check` only compares them; the message
/// says what happened.
pub fn run(root: &Path, check: bool) -> Result<String, String> {
    if check {
        if is_up_to_date(root)? {
            return Ok(format!("{TABLES} is up to date"));
        }
        return Err(format!(
            "{TABLES} differs from what {SCRIPT} prints: run `cargo xtask unicode-tables`"
        ));
    }
    let text = generate(root)?;
    std::fs::create_dir_all(root.join("data")).map_err(|e| format!("cannot create data/: {e}"))?;
    std::fs::write(root.join(TABLES), text).map_err(|e| format!("cannot write {TABLES}: {e}"))?;
    Ok(format!("wrote {TABLES}"))
}
