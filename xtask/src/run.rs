//! `cargo xtask tangle [--check]`: tangle, report, then write or compare.
use crate::sync::{apply, compare, Difference};
use crate::tangle::tangle;
use std::path::Path;

/// What a run says, and whether it succeeded.
#[derive(Debug)]
pub struct Report {
    pub ok: bool,
    /// For stderr: the rendered diagnostics, or the list of differences, or a
    /// one-line summary.
    pub text: String,
}

/// Tangles the book under `root`. With `check`, compares with the disk and
/// writes nothing; otherwise brings the disk up to date. Nothing is written
/// when the book has errors.
pub fn run_tangle(root: &Path, check: bool, color: bool) -> Report {
    let tangled = tangle(root);
    if !tangled.diagnostics.is_empty() {
        let text = tangled.render_diagnostics(color) + &error_count(tangled.diagnostics.len());
        return Report { ok: false, text };
    }
    let (diffs, hand_written) = compare(root, &tangled.outputs);
    if !hand_written.is_empty() {
        let text = crate::diagnostic::render(&hand_written, &tangled.sources, color);
        return Report {
            ok: false,
            text: text + &error_count(hand_written.len()),
        };
    }
    if check {
        return check_report(&diffs, tangled.outputs.len());
    }
    match apply(root, &tangled.outputs, &diffs) {
        Ok(()) => Report {
            ok: true,
            text: write_summary(&diffs, tangled.outputs.len()),
        },
        Err(e) => Report {
            ok: false,
            text: format!("Error: writing the generated files: {e}\n"),
        },
    }
}

fn error_count(n: usize) -> String {
    format!(
        "tangle: {n} error{} in the book; nothing was written\n",
        if n == 1 { "" } else { "s" }
    )
}

fn check_report(diffs: &[Difference], total: usize) -> Report {
    if diffs.is_empty() {
        return Report {
            ok: true,
            text: format!("tangle --check: all {total} generated files match the book\n"),
        };
    }
    let mut text: String = diffs
        .iter()
        .map(|d| format!("Error: {}\n", d.message()))
        .collect();
    text.push_str(&format!(
        "tangle --check: {} generated file(s) out of date\n",
        diffs.len()
    ));
    Report { ok: false, text }
}

fn write_summary(diffs: &[Difference], total: usize) -> String {
    let deleted = diffs
        .iter()
        .filter(|d| matches!(d, Difference::Stale { .. }))
        .count();
    let written = diffs.len() - deleted;
    let unchanged = total - written;
    let mut text: String = diffs
        .iter()
        .map(|d| match d {
            Difference::Stale { path, .. } => format!("  deleted {path}\n"),
            other => format!("  wrote {}\n", other.path()),
        })
        .collect();
    text.push_str(&format!(
        "tangle: {written} written, {deleted} deleted, {unchanged} unchanged\n"
    ));
    text
}
