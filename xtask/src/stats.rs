//! `cargo xtask book --stats [CHAPTER…]`: how much a chapter explains its code.
//!
//! For every chapter (in `SUMMARY.md` order, or the chapters named), the Rust
//! blocks (every ```` ```rust ```` fence, tangled or display), the longest and
//! the median block in lines, how many are over [`LONG_BLOCK`] lines, the words
//! of prose (the text outside every fenced block), the lines of Rust, and the
//! words of prose per line of Rust; then the same for all of them together.
use crate::blocks::fenced_blocks;
use crate::diagnostic::Diagnostic;
use crate::fence::parse_info;
use crate::summary::{read_chapters, Chapter};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// A block longer than this no longer reads as a step of an explanation.
pub const LONG_BLOCK: usize = 60;

/// What is counted of one chapter (or of several, added together).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Stats {
    pub name: String,
    /// The length in lines of each Rust block, in order.
    pub rust_blocks: Vec<usize>,
    pub prose_words: usize,
}

impl Stats {
    /// Counts one chapter's text.
    pub fn of_chapter(name: &str, text: &str) -> Stats {
        let blocks = fenced_blocks(text);
        let rust_blocks = blocks
            .iter()
            .filter(|b| is_rust(&b.info))
            .map(|b| b.lines.len())
            .collect();
        let mut prose = String::new();
        let mut from = 0;
        for block in &blocks {
            prose.push_str(text.get(from..block.whole.start).unwrap_or(""));
            prose.push('\n');
            from = from.max(block.whole.end);
        }
        prose.push_str(text.get(from..).unwrap_or(""));
        Stats {
            name: name.to_string(),
            rust_blocks,
            prose_words: count_words(&prose),
        }
    }

    /// Several chapters counted as one.
    pub fn total(name: &str, parts: &[Stats]) -> Stats {
        Stats {
            name: name.to_string(),
            rust_blocks: parts.iter().flat_map(|s| s.rust_blocks.iter().copied()).collect(),
            prose_words: parts.iter().map(|s| s.prose_words).sum(),
        }
    }

    pub fn longest(&self) -> Option<usize> {
        self.rust_blocks.iter().copied().max()
    }

    /// The middle block length; the mean of the two middle ones for an even count.
    pub fn median(&self) -> Option<f64> {
        let mut sorted = self.rust_blocks.clone();
        sorted.sort_unstable();
        let n = sorted.len();
        match n {
            0 => None,
            _ if n % 2 == 1 => Some(sorted[n / 2] as f64),
            _ => Some((sorted[n / 2 - 1] + sorted[n / 2]) as f64 / 2.0),
        }
    }

    pub fn long_blocks(&self) -> usize {
        self.rust_blocks.iter().filter(|&&n| n > LONG_BLOCK).count()
    }

    pub fn rust_lines(&self) -> usize {
        self.rust_blocks.iter().sum()
    }

    /// Words of prose per line of Rust; none for a chapter without Rust.
    pub fn words_per_line(&self) -> Option<f64> {
        let lines = self.rust_lines();
        (lines > 0).then(|| self.prose_words as f64 / lines as f64)
    }
}

/// A ```` ```rust ```` fence, whatever its attributes (and even if they are
/// malformed: the tangler reports those, not this count).
fn is_rust(info: &str) -> bool {
    let lang = match parse_info(info) {
        Ok(info) => info.lang,
        Err(_) => info.split_whitespace().next().unwrap_or("").to_string(),
    };
    lang.split(',').next() == Some("rust")
}

/// Whitespace-separated tokens holding at least one letter or digit, so that
/// `#`, `-`, `|---|` and `→` are not words.
pub fn count_words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// The table: one row per chapter, then the total.
pub fn render(rows: &[Stats]) -> String {
    let total = Stats::total(&format!("total ({} chapters)", rows.len()), rows);
    let width = rows.iter().chain([&total]).map(|s| s.name.len()).max().unwrap_or(0);
    let header = [
        "chapter", "blocks", "longest", "median", &format!(">{LONG_BLOCK}"), "prose words", "Rust lines", "words/line",
    ]
    .map(String::from);
    let header = table_line(header, width);
    let mut out = header.clone();
    for row in rows {
        out.push_str(&table_line(cells(row), width));
    }
    out.push_str(&format!("{}\n", "-".repeat(header.trim_end().len())));
    out.push_str(&table_line(cells(&total), width));
    out
}

fn cells(s: &Stats) -> [String; 8] {
    let dash = || "-".to_string();
    [
        s.name.clone(),
        s.rust_blocks.len().to_string(),
        s.longest().map_or_else(dash, |n| n.to_string()),
        s.median().map_or_else(dash, |m| format!("{m:.1}")),
        s.long_blocks().to_string(),
        s.prose_words.to_string(),
        s.rust_lines().to_string(),
        s.words_per_line().map_or_else(dash, |r| format!("{r:.2}")),
    ]
}

/// The name left-aligned in `width`, the figures right-aligned.
fn table_line(cells: [String; 8], width: usize) -> String {
    let [name, rest @ ..] = cells;
    let widths = [6, 7, 6, 4, 11, 10, 10];
    let figures: Vec<String> = rest.iter().zip(widths).map(|(c, w)| format!("{c:>w$}")).collect();
    format!("{name:<width$}  {}\n", figures.join("  "))
}

/// `cargo xtask book --stats [PATH…]`: the table for the whole book, or for
/// the chapters (or directories of chapters) named.
pub fn run(root: &Path, paths: &[&str]) -> Result<String, String> {
    let mut diags: Vec<Diagnostic> = Vec::new();
    let chapters = read_chapters(root, &mut BTreeMap::new(), &mut diags);
    if let Some(d) = diags.first() {
        return Err(d.message.clone());
    }
    let chosen = if paths.is_empty() {
        chapters
    } else {
        select(root, &chapters, paths)?
    };
    let rows: Vec<Stats> = chosen.iter().map(|c| Stats::of_chapter(&c.rel, &c.text)).collect();
    Ok(render(&rows))
}

/// The chapters named by `paths`, in `SUMMARY.md` order; a `.md` file under
/// `book/src` that the summary does not list comes after them.
fn select(root: &Path, chapters: &[Chapter], paths: &[&str]) -> Result<Vec<Chapter>, String> {
    let src = root.join("book/src");
    let src = src.canonicalize().map_err(|e| format!("cannot read {}: {e}", src.display()))?;
    let mut wanted: Vec<String> = Vec::new();
    for path in paths {
        let rel = relative_to(&src, Path::new(path))?;
        if !wanted.contains(&rel) {
            wanted.push(rel);
        }
    }
    let within = |rel: &str, w: &str| rel == w || w.is_empty() || rel.starts_with(&format!("{w}/"));
    let mut out: Vec<Chapter> = chapters
        .iter()
        .filter(|c| wanted.iter().any(|w| within(&c.rel, w)))
        .cloned()
        .collect();
    for w in &wanted {
        if !out.iter().any(|c| within(&c.rel, w)) && w.ends_with(".md") {
            let text = std::fs::read_to_string(src.join(w)).map_err(|e| format!("cannot read {w}: {e}"))?;
            out.push(Chapter { rel: w.clone(), text });
        }
    }
    Ok(out)
}

/// `path` as a `/`-separated path under `book/src` (empty for `book/src` itself).
fn relative_to(src: &Path, path: &Path) -> Result<String, String> {
    let full: PathBuf = path
        .canonicalize()
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let rel = full
        .strip_prefix(src)
        .map_err(|_| format!("{} is not under book/src", path.display()))?;
    let parts: Vec<String> = rel.components().map(|c| c.as_os_str().to_string_lossy().into_owned()).collect();
    Ok(parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const CHAPTER: &str = "# A chapter\n\
        \n\
        Two words, then -- a dash.\n\
        \n\
        ```rust file=src/a.rs\n\
        fn a() {}\n\
        fn b() {}\n\
        ```\n\
        \n\
        ```python example=x\n\
        print(1)  # expect: 1 not prose\n\
        ```\n\
        \n\
        - a list item\n\
        \n\
          ```rust,ignore\n\
          let x = 1;\n\
          ```\n\
        \n\
        ```rust chunk=c\n\
        one\n\
        two\n\
        three\n\
        four\n\
        ```\n\
        Last.\n";

    #[test]
    fn counts_rust_blocks_and_prose() {
        let s = Stats::of_chapter("a.md", CHAPTER);
        assert_eq!(s.rust_blocks, [2, 1, 4]);
        // "A chapter" 2, "Two words, then a dash." 5 ("--" is no word),
        // "a list item" 3, "Last." 1; the Python block is not prose.
        assert_eq!(s.prose_words, 11);
        assert_eq!(s.longest(), Some(4));
        assert_eq!(s.median(), Some(2.0));
        assert_eq!(s.rust_lines(), 7);
        assert_eq!(s.long_blocks(), 0);
        assert_eq!(s.words_per_line(), Some(11.0 / 7.0));
    }

    #[test]
    fn totals_take_the_median_of_every_block() {
        let a = Stats::of_chapter("a.md", CHAPTER);
        let long = format!("Words here.\n\n```rust\n{}```\n", "x\n".repeat(61));
        let b = Stats::of_chapter("b.md", &long);
        assert_eq!(b.long_blocks(), 1);
        let t = Stats::total("total", &[a, b]);
        assert_eq!(t.rust_blocks, [2, 1, 4, 61]);
        assert_eq!(t.median(), Some(3.0));
        assert_eq!(t.long_blocks(), 1);
        assert_eq!(t.prose_words, 13);
    }

    #[test]
    fn a_chapter_without_rust() {
        let s = Stats::of_chapter("c.md", "Only → prose | here |\n");
        assert_eq!((s.median(), s.longest(), s.words_per_line()), (None, None, None));
        assert_eq!(s.prose_words, 3);
        let table = render(&[s]);
        assert!(table.contains("total (1 chapters)"), "{table}");
    }
}
