//! A small book in a temporary directory, for the tangler's tests.
#![allow(dead_code)]
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use xtask::tangle::{tangle, Tangled};

static NEXT: AtomicUsize = AtomicUsize::new(0);

/// A repository root holding `book/src/<chapters>`; removed when dropped.
pub struct TempBook {
    pub root: PathBuf,
}

impl TempBook {
    /// A book whose `SUMMARY.md` lists `chapters` (name, text) in order.
    pub fn new(chapters: &[(&str, &str)]) -> TempBook {
        let summary: String = chapters
            .iter()
            .map(|(name, _)| format!("- [{name}]({name})\n"))
            .collect();
        let book = TempBook::empty();
        book.write("book/src/SUMMARY.md", &format!("# Summary\n\n{summary}"));
        for (name, text) in chapters {
            book.write(&format!("book/src/{name}"), text);
        }
        book
    }

    /// An empty root.
    pub fn empty() -> TempBook {
        let n = NEXT.fetch_add(1, Ordering::SeqCst);
        let root = std::env::temp_dir().join(format!("xtask-test-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(&root).expect("create temp dir");
        TempBook { root }
    }

    pub fn write(&self, rel: &str, text: &str) {
        let path = self.root.join(rel);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("create dirs");
        std::fs::write(path, text).expect("write");
    }

    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.root.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
    }

    pub fn exists(&self, rel: &str) -> bool {
        self.root.join(rel).exists()
    }

    pub fn path(&self) -> &Path {
        &self.root
    }

    pub fn tangle(&self) -> Tangled {
        tangle(&self.root)
    }

    /// Each error as `message @ file:line:col`.
    pub fn errors(&self) -> Vec<String> {
        let t = self.tangle();
        t.diagnostics
            .iter()
            .map(|d| {
                format!(
                    "{} @ {}",
                    d.message,
                    d.location(&t.sources).unwrap_or_default()
                )
            })
            .collect()
    }
}

impl Drop for TempBook {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

/// Asserts that the book has exactly one error, `message` at `location`, and
/// that ariadne renders it there.
pub fn assert_one_error(book: &TempBook, message: &str, location: &str) {
    let errors = book.errors();
    assert_eq!(errors, [format!("{message} @ {location}")]);
    let rendered = book.tangle().render_diagnostics(false);
    assert!(rendered.contains(message), "{rendered}");
    assert!(rendered.contains(location), "{rendered}");
}
