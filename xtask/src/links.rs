//! Links between chapters: every relative link of the book must reach a
//! chapter listed in `SUMMARY.md` (or, for other files, a file that exists).
//! mdBook itself does not check this, so `cargo xtask book` does.
use crate::diagnostic::{Diagnostic, Span};
use crate::summary::{read_chapters, Chapter};
use pulldown_cmark::{Event, Parser, Tag};
use std::collections::BTreeMap;
use std::ops::Range;
use std::path::Path;

/// The book's chapter problems (missing files) and broken links, with the
/// sources they point into.
pub fn check_links(root: &Path) -> (Vec<Diagnostic>, BTreeMap<String, String>) {
    let mut sources = BTreeMap::new();
    let mut diags = Vec::new();
    let chapters = read_chapters(root, &mut sources, &mut diags);
    let listed: Vec<&str> = chapters.iter().map(|c| c.rel.as_str()).collect();
    for chapter in &chapters {
        for (target, range) in local_links(&chapter.text) {
            if let Some(problem) = link_problem(root, chapter, &target, &listed) {
                let span = Span::new(&chapter.path(), range);
                diags.push(Diagnostic::at(
                    span,
                    format!("broken link to `{target}`: {problem}"),
                    "this link",
                ));
            }
        }
    }
    (diags, sources)
}

/// Links and images that point inside the book (no scheme, not a bare
/// `#fragment`), with their spans.
fn local_links(text: &str) -> Vec<(String, Range<usize>)> {
    let mut out = Vec::new();
    for (event, range) in Parser::new(text).into_offset_iter() {
        let dest = match event {
            Event::Start(Tag::Link { dest_url, .. })
            | Event::Start(Tag::Image { dest_url, .. }) => dest_url,
            _ => continue,
        };
        let external = dest.contains("://") || dest.starts_with("mailto:") || dest.starts_with('#');
        if !external && !dest.is_empty() {
            out.push((dest.to_string(), range));
        }
    }
    out
}

/// Why `target`, linked from `chapter`, leads nowhere; `None` if it is fine.
fn link_problem(root: &Path, chapter: &Chapter, target: &str, listed: &[&str]) -> Option<String> {
    let file = target.split('#').next().unwrap_or("");
    let Some(rel) = resolve(&chapter.rel, file) else {
        return Some("it leaves book/src".into());
    };
    if rel.ends_with(".md") {
        return (!listed.contains(&rel.as_str()))
            .then(|| format!("`{rel}` is not a chapter in SUMMARY.md"));
    }
    let exists = root.join("book/src").join(&rel).exists();
    (!exists).then(|| format!("book/src/{rel} does not exist"))
}

/// The path under `book/src` that `target` names from the chapter `from`.
fn resolve(from: &str, target: &str) -> Option<String> {
    let mut parts: Vec<&str> = match target.strip_prefix('/') {
        Some(_) => Vec::new(),
        None => from
            .split('/')
            .collect::<Vec<_>>()
            .split_last()
            .map_or(Vec::new(), |(_, dir)| dir.to_vec()),
    };
    for part in target.trim_start_matches('/').split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            _ => parts.push(part),
        }
    }
    Some(parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::resolve;

    #[test]
    fn resolving_relative_links() {
        assert_eq!(
            resolve("parsing/ast.md", "parser.md").as_deref(),
            Some("parsing/parser.md")
        );
        assert_eq!(
            resolve("parsing/ast.md", "../eval.md").as_deref(),
            Some("eval.md")
        );
        assert_eq!(
            resolve("eval.md", "./memory.md").as_deref(),
            Some("memory.md")
        );
        assert_eq!(resolve("eval.md", "../x.md"), None);
    }
}
