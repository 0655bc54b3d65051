//! The fenced code blocks of a chapter, with where each piece sits in the `.md`.
use pulldown_cmark::{CodeBlockKind, Event, Parser, Tag, TagEnd};
use std::ops::Range;

/// One line of a block's code, and the byte offset in the `.md` where it starts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodeLine {
    pub text: String,
    pub at: usize,
}

/// A fenced code block as written in the chapter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawBlock {
    /// The info string, and the byte offset in the `.md` where it starts.
    pub info: String,
    pub info_at: usize,
    /// The fence line (without its newline).
    pub fence: Range<usize>,
    /// The whole block, fences included.
    pub whole: Range<usize>,
    pub lines: Vec<CodeLine>,
    /// The `.md` byte ranges the code was read from: where to look for tabs,
    /// trailing blanks and carriage returns.
    pub source: Vec<Range<usize>>,
}

impl RawBlock {
    /// The code, one `\n`-terminated line per line.
    pub fn code(&self) -> String {
        self.lines.iter().map(|l| format!("{}\n", l.text)).collect()
    }
}

/// Every fenced code block of `text`, in order.
pub fn fenced_blocks(text: &str) -> Vec<RawBlock> {
    let mut out = Vec::new();
    let mut current: Option<(RawBlock, String, Vec<usize>)> = None;
    for (event, range) in Parser::new(text).into_offset_iter() {
        match event {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) => {
                current = Some((
                    start_block(text, &info, range.start),
                    String::new(),
                    Vec::new(),
                ));
            }
            Event::Text(t) => {
                if let Some((block, code, starts)) = current.as_mut() {
                    add_text(text, &t, range, block, code, starts);
                }
            }
            Event::End(TagEnd::CodeBlock) => {
                if let Some((mut block, code, starts)) = current.take() {
                    block.whole = block.fence.start..range.end;
                    block.lines = split_lines(&code, &starts);
                    out.push(block);
                }
            }
            _ => {}
        }
    }
    out
}

fn start_block(text: &str, info: &str, at: usize) -> RawBlock {
    let line_end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    let fence_line = &text[at..line_end];
    let fence_line = fence_line.strip_suffix('\r').unwrap_or(fence_line);
    let info = info.trim();
    let info_at = if info.is_empty() {
        None
    } else {
        fence_line.find(info)
    };
    RawBlock {
        info: info.to_string(),
        info_at: at + info_at.unwrap_or(0),
        fence: at..at + fence_line.len(),
        whole: at..at + fence_line.len(),
        lines: Vec::new(),
        source: Vec::new(),
    }
}

/// Appends one text event to the block's code, remembering the `.md` offset
/// of every line that starts in it.
fn add_text(
    text: &str,
    t: &str,
    range: Range<usize>,
    block: &mut RawBlock,
    code: &mut String,
    starts: &mut Vec<usize>,
) {
    let exact = text.get(range.clone()) == Some(t);
    for (i, _) in t
        .char_indices()
        .filter(|&(i, _)| i == 0 || t.as_bytes()[i - 1] == b'\n')
    {
        if i == 0 && !(code.is_empty() || code.ends_with('\n')) {
            continue;
        }
        starts.push(if exact { range.start + i } else { range.start });
    }
    code.push_str(t);
    block.source.push(range);
}

fn split_lines(code: &str, starts: &[usize]) -> Vec<CodeLine> {
    let body = code.strip_suffix('\n').unwrap_or(code);
    if code.is_empty() {
        return Vec::new();
    }
    body.split('\n')
        .zip(starts.iter().copied().chain(std::iter::repeat(0)))
        .map(|(line, at)| CodeLine {
            text: line.to_string(),
            at,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_know_their_offsets() {
        let md = "# T\n\n```rust file=src/a.rs\nfn a() {}\n// <<x>>\n```\n";
        let blocks = fenced_blocks(md);
        assert_eq!(blocks.len(), 1);
        let b = &blocks[0];
        assert_eq!(b.info, "rust file=src/a.rs");
        assert_eq!(&md[b.info_at..b.info_at + 4], "rust");
        assert_eq!(&md[b.fence.clone()], "```rust file=src/a.rs");
        assert_eq!(b.lines.len(), 2);
        assert_eq!(&md[b.lines[1].at..b.lines[1].at + 8], "// <<x>>");
        assert_eq!(b.code(), "fn a() {}\n// <<x>>\n");
    }

    #[test]
    fn blocks_in_list_items() {
        let md = "- item\n\n  ```rust chunk=c\n  let a = 1;\n  let b = 2;\n  ```\n";
        let b = &fenced_blocks(md)[0];
        assert_eq!(b.code(), "let a = 1;\nlet b = 2;\n");
        assert_eq!(&md[b.lines[1].at..b.lines[1].at + 3], "let");
    }

    #[test]
    fn empty_block() {
        let b = &fenced_blocks("```rust chunk=c\n```\n")[0];
        assert!(b.lines.is_empty());
    }
}
