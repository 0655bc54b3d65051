//! A chapter missing from `SUMMARY.md` is neither rendered nor tangled, so a
//! tangled block in it would be silently lost: that is an error.
use crate::blocks::fenced_blocks;
use crate::classify::{classify, Role};
use crate::diagnostic::{Diagnostic, Span};
use crate::summary::Chapter;
use std::collections::BTreeMap;
use std::path::Path;

/// Reports every tangled block of a `.md` file under `book/src` that
/// `SUMMARY.md` does not list.
pub fn check_unlisted(
    root: &Path,
    chapters: &[Chapter],
    sources: &mut BTreeMap<String, String>,
) -> Vec<Diagnostic> {
    let src = root.join("book/src");
    let mut files = Vec::new();
    markdown_files(&src, "", &mut files);
    let mut diags = Vec::new();
    for rel in files {
        if rel == "SUMMARY.md" || chapters.iter().any(|c| c.rel == rel) {
            continue;
        }
        let Ok(text) = std::fs::read_to_string(src.join(&rel)) else {
            continue;
        };
        let md = format!("book/src/{rel}");
        let before = diags.len();
        for block in fenced_blocks(&text) {
            if classify(&md, &block, &mut Vec::new()) != Role::Display {
                let d = Diagnostic::at(
                    Span::new(&md, block.fence.clone()),
                    format!("`{rel}` is not in SUMMARY.md, so this block is never tangled"),
                    "lost block",
                );
                diags.push(
                    d.with_note("list the chapter in SUMMARY.md, or make the block display only"),
                );
            }
        }
        if diags.len() > before {
            sources.insert(md, text);
        }
    }
    diags
}

/// The `.md` files under `dir`, as paths relative to `book/src`, sorted.
fn markdown_files(dir: &Path, prefix: &str, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let name = entry.file_name().to_string_lossy().into_owned();
        let rel = format!("{prefix}{name}");
        if entry.file_type().is_ok_and(|t| t.is_dir()) {
            markdown_files(&entry.path(), &format!("{rel}/"), out);
        } else if name.ends_with(".md") {
            out.push(rel);
        }
    }
}
