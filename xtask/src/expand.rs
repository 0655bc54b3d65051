//! Weaving chunks into their references: `// <<name>>` on a line of its own
//! becomes the chunk's code, indented like the reference.
use crate::blocks::CodeLine;
use crate::classify::valid_name;
use crate::diagnostic::{Diagnostic, Span};
use std::collections::{BTreeMap, BTreeSet};

/// One tangled block: the chapter it is in (`book/src/eval.md`), the span of
/// its fence, and its code.
#[derive(Clone, Debug)]
pub struct Piece {
    pub md: String,
    pub fence: Span,
    pub lines: Vec<CodeLine>,
}

/// Expands references against a set of chunks, remembering which chunks were
/// used and reporting undefined chunks and cycles.
pub struct Expander<'a> {
    chunks: &'a BTreeMap<String, Vec<Piece>>,
    used: BTreeSet<String>,
    stack: Vec<String>,
    comment: &'static str,
    pub diags: Vec<Diagnostic>,
}

/// What one expansion produced: the text, and the chapters it drew on, in
/// order of first use.
#[derive(Default)]
pub struct Expanded {
    pub text: String,
    pub chapters: Vec<String>,
}

impl Expanded {
    fn note_chapter(&mut self, md: &str) {
        if !self.chapters.iter().any(|c| c == md) {
            self.chapters.push(md.to_string());
        }
    }
}

impl<'a> Expander<'a> {
    pub fn new(chunks: &'a BTreeMap<String, Vec<Piece>>) -> Expander<'a> {
        Expander {
            chunks,
            used: BTreeSet::new(),
            stack: Vec::new(),
            comment: "//",
            diags: Vec::new(),
        }
    }

    /// Sets the comment leader of the markers (`//` for Rust, `#` for Python).
    pub fn set_comment(&mut self, comment: &'static str) {
        self.comment = comment;
    }

    /// The body of a generated file: each root piece after a blank line and a
    /// marker naming its chapter.
    pub fn expand_root(&mut self, pieces: &[Piece]) -> Expanded {
        let mut out = Expanded::default();
        for piece in pieces {
            out.note_chapter(&piece.md);
            out.text
                .push_str(&format!("\n{} ---- {} ----\n", self.comment, piece.md));
            self.expand_lines(piece, "", &mut out);
        }
        out
    }

    fn expand_lines(&mut self, piece: &Piece, indent: &str, out: &mut Expanded) {
        for line in &piece.lines {
            match reference(&line.text) {
                Some(name) => self.expand_reference(name, line, &piece.md, indent, out),
                None if line.text.is_empty() => out.text.push('\n'),
                None => out.text.push_str(&format!("{indent}{}\n", line.text)),
            }
        }
    }

    fn expand_reference(
        &mut self,
        name: &str,
        line: &CodeLine,
        md: &str,
        indent: &str,
        out: &mut Expanded,
    ) {
        let lead = line.text.len() - line.text.trim_start().len();
        let span = Span::new(md, line.at + lead..line.at + line.text.trim_end().len());
        if !valid_name(name) {
            self.diags.push(Diagnostic::at(
                span,
                format!("invalid chunk name `{name}` in a reference"),
                "bad name",
            ));
            return;
        }
        let Some(pieces) = self.chunks.get(name) else {
            let d = Diagnostic::at(span, format!("undefined chunk `{name}`"), "referenced here");
            self.diags.push(d.with_note(format!(
                "define it in a block fenced with `rust chunk={name}`"
            )));
            return;
        };
        self.used.insert(name.to_string());
        if self.stack.iter().any(|s| s == name) {
            let path = format!("{} -> {name}", self.stack.join(" -> "));
            let d = Diagnostic::at(
                span,
                format!("chunk `{name}` refers to itself: {path}"),
                "this reference closes the cycle",
            );
            self.diags.push(d);
            return;
        }
        let pad = format!("{indent}{}", &line.text[..lead]);
        self.stack.push(name.to_string());
        for piece in pieces {
            out.note_chapter(&piece.md);
            out.text.push_str(&format!(
                "{pad}{} ---- {}: {name} ----\n",
                self.comment, piece.md
            ));
            self.expand_lines(piece, &pad, out);
        }
        self.stack.pop();
    }

    /// Expands, for their errors only, the chunks no output reached, then
    /// reports every chunk that no block refers to.
    pub fn finish(mut self) -> Vec<Diagnostic> {
        let chunks = self.chunks;
        for (name, pieces) in chunks {
            if self.used.contains(name) {
                continue;
            }
            self.stack.push(name.clone());
            for piece in pieces {
                self.expand_lines(piece, "", &mut Expanded::default());
            }
            self.stack.pop();
        }
        for (name, pieces) in chunks.iter().filter(|(n, _)| !self.used.contains(*n)) {
            let d = Diagnostic::at(
                pieces[0].fence.clone(),
                format!("chunk `{name}` is never used"),
                "defined here",
            );
            self.diags.push(d.with_note(format!(
                "refer to it with a line `// <<{name}>>`, or delete it"
            )));
        }
        self.diags
    }
}

/// The chunk name of a reference line (`// <<name>>`, blanks around allowed).
pub fn reference(line: &str) -> Option<&str> {
    line.trim().strip_prefix("// <<")?.strip_suffix(">>")
}
