//! How tangled blocks look in the HTML book: the attributes leave the fence
//! and become a small caption above the code.
//!
//! ````text
//! ```rust file=src/x.rs        ->  <div class="chunk-name">src/x.rs</div>
//!                                  ```rust,ignore
//! ```rust chunk=eval/dispatch  ->  <div class="chunk-name">⟨eval/dispatch⟩</div>
//!                                  ```rust,ignore
//! ```python example=floor      ->  <div class="chunk-name">example: floor</div>
//!                                  ```python
//! ````
//!
//! Only the fence line changes (and a caption plus a blank line go before
//! it); the rest of the chapter is kept byte for byte.
use crate::fence::{parse_info, Info};
use pulldown_cmark::{CodeBlockKind, Event, Parser, Tag};

const CAPTION_STYLE: &str =
    "font-family: monospace; font-size: 0.85em; opacity: 0.75; margin-bottom: 0.25em;";

/// Rewrites the fence of every tangled block of a chapter.
pub fn rewrite_fences(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 256);
    let mut copied = 0;
    for (event, range) in Parser::new(text).into_offset_iter() {
        let Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) = event else {
            continue;
        };
        let Some((caption, lang)) = parse_info(&info).ok().and_then(|i| caption_of(&i)) else {
            continue;
        };
        let line_start = text[..range.start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[range.start..]
            .find('\n')
            .map_or(text.len(), |i| range.start + i);
        let prefix = &text[line_start..range.start];
        let fence = &text[range.start..line_end];
        let marks = fence.len() - fence.trim_start_matches(['`', '~']).len();
        out.push_str(&text[copied..range.start]);
        out.push_str(&format!(
            "<div class=\"chunk-name\" style=\"{CAPTION_STYLE}\">{}</div>\n",
            escape(&caption)
        ));
        out.push_str(&format!(
            "{}\n{prefix}{}{lang}",
            prefix.trim_end(),
            &fence[..marks]
        ));
        copied = line_end;
    }
    out.push_str(&text[copied..]);
    out
}

/// The caption and the plain language of a tangled block; `None` for a
/// display-only block.
fn caption_of(info: &Info) -> Option<(String, String)> {
    let get = |key: &str| {
        info.attrs
            .iter()
            .find(|a| a.key == key)
            .map(|a| a.value.as_str())
    };
    let code_lang = if info.lang == "rust" {
        "rust,ignore".to_string()
    } else {
        info.lang.clone()
    };
    if let Some(file) = get("file") {
        return Some((file.to_string(), code_lang));
    }
    if let Some(chunk) = get("chunk") {
        return Some((format!("⟨{chunk}⟩"), code_lang));
    }
    let example = get("example")?;
    let caption = match get("reason").filter(|_| get("cpython") == Some("skip")) {
        Some(reason) => format!("example: {example} (lython only: {reason})"),
        None => format!("example: {example}"),
    };
    Some((caption, info.lang.clone()))
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_blocks_get_a_caption() {
        let md = "Text.\n\n```rust file=src/x.rs\nfn a() {}\n```\n";
        let out = rewrite_fences(md);
        assert!(
            out.contains(">src/x.rs</div>\n\n```rust,ignore\nfn a() {}\n```\n"),
            "{out}"
        );
    }

    #[test]
    fn chunks_examples_and_display_blocks() {
        let md = "```rust chunk=a/b\nx\n```\n\n```python example=e cpython=skip reason=\"a <b>\"\nprint(1)\n```\n\n```text\nplain\n```\n";
        let out = rewrite_fences(md);
        assert!(out.contains(">⟨a/b⟩</div>\n\n```rust,ignore\nx\n"), "{out}");
        assert!(
            out.contains(">example: e (lython only: a &lt;b&gt;)</div>\n\n```python\nprint(1)"),
            "{out}"
        );
        assert!(out.ends_with("```text\nplain\n```\n"), "{out}");
    }

    #[test]
    fn indented_blocks_keep_their_container() {
        let md = "- item\n\n  ```rust chunk=c\n  x\n  ```\n";
        let out = rewrite_fences(md);
        assert!(
            out.contains("- item\n\n  <div class=\"chunk-name\""),
            "{out}"
        );
        assert!(out.contains("</div>\n\n  ```rust,ignore\n  x\n"), "{out}");
    }
}
