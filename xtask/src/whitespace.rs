//! Tangled code is clean: no tabs, no trailing blanks, no carriage returns.
use crate::blocks::RawBlock;
use crate::diagnostic::{Diagnostic, Span};

/// Reports every tab, trailing blank run and carriage return in the code of
/// `block` (a block that is tangled), read from the chapter `text`.
pub fn check_whitespace(md_path: &str, text: &str, block: &RawBlock, diags: &mut Vec<Diagnostic>) {
    if let Some(i) = text[block.whole.clone()].find('\r') {
        let at = block.whole.start + i;
        let d = Diagnostic::at(
            Span::new(md_path, at..at + 1),
            "carriage return (CRLF) in a tangled block",
            "here",
        );
        diags.push(d.with_note("save the chapter with `\\n` line endings"));
    }
    for range in &block.source {
        let piece = &text[range.clone()];
        for (i, line) in lines_with_offsets(piece) {
            check_line(md_path, range.start + i, line, diags);
        }
    }
}

/// The lines of `piece` (without `\n`), each with its byte offset.
fn lines_with_offsets(piece: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut at = 0;
    piece.split_inclusive('\n').map(move |line| {
        let start = at;
        at += line.len();
        (start, line.strip_suffix('\n').unwrap_or(line))
    })
}

fn check_line(md_path: &str, at: usize, line: &str, diags: &mut Vec<Diagnostic>) {
    let body = line.trim_end_matches('\r');
    if let Some(i) = body.find('\t') {
        let d = Diagnostic::at(
            Span::new(md_path, at + i..at + i + 1),
            "tab in a tangled block",
            "a tab",
        );
        diags.push(d.with_note("indent with spaces"));
    }
    let trimmed = body.trim_end_matches([' ', '\t']).len();
    if trimmed < body.len() {
        let span = Span::new(md_path, at + trimmed..at + body.len());
        diags.push(Diagnostic::at(
            span,
            "trailing blanks in a tangled block",
            "remove these",
        ));
    }
}
