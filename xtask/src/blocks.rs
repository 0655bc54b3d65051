//! Reading the book: chapters in SUMMARY.md order, and the fenced blocks of each.
use pulldown_cmark::{CodeBlockKind, Event, Parser, Tag, TagEnd};
use std::path::Path;

pub struct Chapter {
    /// Path relative to `book/src`, e.g. `parsing/tokenizer.md`.
    pub rel: String,
    pub text: String,
}

pub struct Block {
    pub lang: String,
    pub attrs: Vec<(String, String)>,
    pub code: String,
    /// Byte offset of the fence line in the chapter.
    pub fence_at: usize,
}

impl Block {
    pub fn attr(&self, key: &str) -> Option<&str> {
        self.attrs.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }
}

/// The chapters listed in `SUMMARY.md`, in book order.
pub fn chapters(book_src: &Path) -> Vec<Chapter> {
    let summary = std::fs::read_to_string(book_src.join("SUMMARY.md")).expect("book/src/SUMMARY.md");
    let mut out = Vec::new();
    for ev in Parser::new(&summary) {
        if let Event::Start(Tag::Link { dest_url, .. }) = ev {
            let rel = dest_url.to_string();
            let text = std::fs::read_to_string(book_src.join(&rel)).unwrap_or_default();
            out.push(Chapter { rel, text });
        }
    }
    out
}

/// The fenced code blocks of a chapter.
pub fn fenced_blocks(text: &str) -> Vec<Block> {
    let mut out = Vec::new();
    let mut current: Option<Block> = None;
    for (ev, range) in Parser::new(text).into_offset_iter() {
        match ev {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) => {
                let mut words = info.split_whitespace();
                let lang = words.next().unwrap_or("").to_string();
                let attrs = words
                    .map(|w| match w.split_once('=') {
                        Some((k, v)) => (k.to_string(), v.to_string()),
                        None => (w.to_string(), String::new()),
                    })
                    .collect();
                current = Some(Block { lang, attrs, code: String::new(), fence_at: range.start });
            }
            Event::Text(t) => {
                if let Some(b) = current.as_mut() {
                    b.code.push_str(&t);
                }
            }
            Event::End(TagEnd::CodeBlock) => out.extend(current.take()),
            _ => {}
        }
    }
    out
}
