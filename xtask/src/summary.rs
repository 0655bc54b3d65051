//! The book's chapters, in the order `SUMMARY.md` lists them.
use crate::diagnostic::{Diagnostic, Span};
use pulldown_cmark::{Event, Parser, Tag};
use std::collections::BTreeMap;
use std::path::Path;

pub const SUMMARY: &str = "book/src/SUMMARY.md";

/// A chapter: its path under `book/src` (`parsing/ast.md`) and its text.
#[derive(Clone, Debug)]
pub struct Chapter {
    pub rel: String,
    pub text: String,
}

impl Chapter {
    /// Its path from the repository root: `book/src/parsing/ast.md`.
    pub fn path(&self) -> String {
        format!("book/src/{}", self.rel)
    }
}

/// Reads `SUMMARY.md` and every chapter it lists. Missing chapters and
/// repeated entries are reported in `diags`; `sources` receives every text read.
pub fn read_chapters(
    root: &Path,
    sources: &mut BTreeMap<String, String>,
    diags: &mut Vec<Diagnostic>,
) -> Vec<Chapter> {
    let summary = match std::fs::read_to_string(root.join(SUMMARY)) {
        Ok(text) => text,
        Err(e) => {
            diags.push(Diagnostic::bare(format!("cannot read {SUMMARY}: {e}")));
            return Vec::new();
        }
    };
    let mut chapters: Vec<Chapter> = Vec::new();
    let mut seen: BTreeMap<String, Span> = BTreeMap::new();
    for (rel, span) in summary_links(&summary) {
        if let Some(first) = seen.get(&rel) {
            let d = Diagnostic::at(
                span,
                format!("`{rel}` is listed twice in SUMMARY.md"),
                "listed again here",
            );
            diags.push(d.with_also(first.clone(), "first listed here"));
            continue;
        }
        seen.insert(rel.clone(), span.clone());
        match std::fs::read_to_string(root.join("book/src").join(&rel)) {
            Ok(text) => {
                sources.insert(format!("book/src/{rel}"), text.clone());
                chapters.push(Chapter { rel, text });
            }
            Err(e) => diags.push(Diagnostic::at(
                span,
                format!("SUMMARY.md lists `{rel}`, which cannot be read: {e}"),
                "this chapter is missing",
            )),
        }
    }
    sources.insert(SUMMARY.to_string(), summary);
    chapters
}

/// The chapter links of `SUMMARY.md` (drafts, with an empty target, skipped),
/// each with the span of the link.
fn summary_links(summary: &str) -> Vec<(String, Span)> {
    let mut out = Vec::new();
    for (event, range) in Parser::new(summary).into_offset_iter() {
        if let Event::Start(Tag::Link { dest_url, .. }) = event {
            let dest = dest_url.split('#').next().unwrap_or("");
            let rel = dest.trim_start_matches("./").to_string();
            if !rel.is_empty() {
                out.push((rel, Span::new(SUMMARY, range)));
            }
        }
    }
    out
}
