//! The tangler: from a book root to the files it generates, or the reasons it
//! cannot. Nothing here writes to disk.
use crate::blocks::fenced_blocks;
use crate::classify::{classify, Role};
use crate::diagnostic::{Diagnostic, Span};
use crate::examples::{example_path, example_text};
use crate::expand::{Expander, Piece};
use crate::header::{comment_for, header};
use crate::summary::{read_chapters, Chapter};
use crate::unlisted::check_unlisted;
use crate::whitespace::check_whitespace;
use std::collections::BTreeMap;
use std::path::Path;

/// A generated file: its text, and the chapters it is made from (the first
/// is the one its header names).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Output {
    pub text: String,
    pub chapters: Vec<String>,
}

/// Everything tangling a book produced. If `diagnostics` is not empty, the
/// outputs are incomplete and must not be written.
#[derive(Debug, Default)]
pub struct Tangled {
    /// Generated files by path from the repository root (`src/eval.rs`).
    pub outputs: BTreeMap<String, Output>,
    pub diagnostics: Vec<Diagnostic>,
    /// Every file read, by path from the root: what diagnostics point into.
    pub sources: BTreeMap<String, String>,
}

impl Tangled {
    pub fn render_diagnostics(&self, color: bool) -> String {
        crate::diagnostic::render(&self.diagnostics, &self.sources, color)
    }
}

/// The blocks of the book, sorted by role, in book order.
#[derive(Default)]
struct Collected {
    roots: BTreeMap<String, Vec<Piece>>,
    chunks: BTreeMap<String, Vec<Piece>>,
    examples: BTreeMap<String, Span>,
}

/// Tangles the book under `root` (`root/book/src/SUMMARY.md` and its chapters).
pub fn tangle(root: &Path) -> Tangled {
    let mut t = Tangled::default();
    let chapters = read_chapters(root, &mut t.sources, &mut t.diagnostics);
    let mut collected = Collected::default();
    for chapter in &chapters {
        collect(chapter, &mut collected, &mut t);
    }
    let mut expander = Expander::new(&collected.chunks);
    for (file, pieces) in &collected.roots {
        expander.set_comment(comment_for(file));
        let body = expander.expand_root(pieces);
        let first = body.chapters.first().map_or("book/src", String::as_str);
        let text = header(comment_for(file), first) + &body.text;
        t.outputs.insert(
            file.clone(),
            Output {
                text,
                chapters: body.chapters,
            },
        );
    }
    t.diagnostics.extend(expander.finish());
    t.diagnostics
        .extend(check_unlisted(root, &chapters, &mut t.sources));
    dedup(&mut t.diagnostics);
    sort_in_book_order(&mut t.diagnostics, &chapters);
    t
}

/// Errors are shown in the order of the book: `SUMMARY.md`, then each
/// chapter, each by position.
fn sort_in_book_order(diags: &mut [Diagnostic], chapters: &[Chapter]) {
    let rank = |d: &Diagnostic| match &d.at {
        None => (0, 0),
        Some(l) => {
            let index = chapters.iter().position(|c| c.path() == l.span.file);
            (index.map_or(1, |i| i + 2), l.span.range.start)
        }
    };
    diags.sort_by_key(rank);
}

fn collect(chapter: &Chapter, collected: &mut Collected, t: &mut Tangled) {
    let md = chapter.path();
    for block in fenced_blocks(&chapter.text) {
        let role = classify(&md, &block, &mut t.diagnostics);
        if role != Role::Display {
            check_whitespace(&md, &chapter.text, &block, &mut t.diagnostics);
        }
        let fence = Span::new(&md, block.fence.clone());
        let piece = Piece {
            md: md.clone(),
            fence: fence.clone(),
            lines: block.lines.clone(),
        };
        match role {
            Role::Display => {}
            Role::Root { file } => collected.roots.entry(file).or_default().push(piece),
            Role::Chunk { name } => collected.chunks.entry(name).or_default().push(piece),
            Role::Example { name, lython_only } => {
                if let Some(first) = collected.examples.get(&name) {
                    let d = Diagnostic::at(
                        fence,
                        format!("duplicate example name `{name}`"),
                        "defined again here",
                    );
                    let d = d.with_also(first.clone(), "first defined here");
                    t.diagnostics
                        .push(d.with_note("example names are unique across the whole book"));
                    continue;
                }
                collected.examples.insert(name.clone(), fence);
                let text = example_text(chapter, &block.code(), lython_only.as_deref());
                let output = Output {
                    text,
                    chapters: vec![md.clone()],
                };
                t.outputs.insert(example_path(chapter, &name), output);
            }
        }
    }
}

/// The same problem can be found twice (a chunk expanded in two places).
fn dedup(diags: &mut Vec<Diagnostic>) {
    let mut seen = Vec::new();
    diags.retain(|d| {
        let key = (d.message.clone(), d.at.as_ref().map(|l| l.span.clone()));
        let fresh = !seen.contains(&key);
        seen.push(key);
        fresh
    });
}
