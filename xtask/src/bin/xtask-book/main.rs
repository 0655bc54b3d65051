//! `cargo xtask book`: the HTML book in `book/html`, built with mdBook as a
//! library. Tangle attributes become captions (see `xtask::render`), and the
//! build fails on a missing chapter, a broken link or any mdBook warning.
use mdbook_driver::MDBook;
use mdbook_preprocessor::book::{Book, BookItem};
use mdbook_preprocessor::{Preprocessor, PreprocessorContext};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

mod warnings;

/// The in-process preprocessor: rewrites tangled blocks' fences.
struct Captions;

impl Preprocessor for Captions {
    fn name(&self) -> &str {
        "tangle-captions"
    }

    fn run(
        &self,
        _ctx: &PreprocessorContext,
        mut book: Book,
    ) -> mdbook_preprocessor::errors::Result<Book> {
        book.for_each_mut(|item| {
            if let BookItem::Chapter(chapter) = item {
                chapter.content = xtask::render::rewrite_fences(&chapter.content);
            }
        });
        Ok(book)
    }
}

fn repo_root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().map_or(manifest.clone(), PathBuf::from)
}

fn main() -> ExitCode {
    let root = repo_root();
    let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let (diags, sources) = xtask::links::check_links(&root);
    if !diags.is_empty() {
        eprint!("{}", xtask::diagnostic::render(&diags, &sources, color));
        eprintln!("book: {} error(s); not built", diags.len());
        return ExitCode::FAILURE;
    }
    let counter = warnings::install();
    if let Err(e) = build(&root) {
        eprintln!("Error: building the book: {e:#}");
        return ExitCode::FAILURE;
    }
    let reported = counter.count();
    if reported > 0 {
        eprintln!("book: mdBook reported {reported} warning(s) or error(s); failing");
        return ExitCode::FAILURE;
    }
    eprintln!(
        "book: built {}",
        root.join("book/html/index.html").display()
    );
    ExitCode::SUCCESS
}

fn build(root: &std::path::Path) -> mdbook_preprocessor::errors::Result<()> {
    let mut book = MDBook::load(root.join("book"))?;
    book.with_preprocessor(Captions);
    book.build()?;
    Ok(())
}
