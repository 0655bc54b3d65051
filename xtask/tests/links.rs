//! The book's link check, run by `cargo xtask book` before mdBook builds.
mod common;
use common::TempBook;
use xtask::links::check_links;

fn link_errors(book: &TempBook) -> Vec<String> {
    let (diags, sources) = check_links(book.path());
    diags
        .iter()
        .map(|d| {
            format!(
                "{} @ {}",
                d.message,
                d.location(&sources).unwrap_or_default()
            )
        })
        .collect()
}

#[test]
fn links_between_chapters_are_fine() {
    let book = TempBook::new(&[
        ("a.md", "See [b](sub/b.md#part).\n"),
        (
            "sub/b.md",
            "Back to [a](../a.md), [web](https://x.org), [top](#b).\n",
        ),
    ]);
    assert_eq!(link_errors(&book), Vec::<String>::new());
}

#[test]
fn link_to_a_chapter_not_in_summary() {
    let book = TempBook::new(&[("a.md", "# A\n\nSee [b](b.md).\n")]);
    book.write("book/src/b.md", "# B\n");
    assert_eq!(
        link_errors(&book),
        ["broken link to `b.md`: `b.md` is not a chapter in SUMMARY.md @ book/src/a.md:3:5"]
    );
}

#[test]
fn link_to_a_missing_file() {
    let book = TempBook::new(&[("a.md", "![d](img/d.svg)\n")]);
    assert_eq!(
        link_errors(&book),
        ["broken link to `img/d.svg`: book/src/img/d.svg does not exist @ book/src/a.md:1:1"]
    );
}

#[test]
fn missing_chapters_are_reported_too() {
    let book = TempBook::new(&[("a.md", "# A\n")]);
    book.write(
        "book/src/SUMMARY.md",
        "# Summary\n\n- [A](a.md)\n- [B](b.md)\n",
    );
    let errors = link_errors(&book);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].contains("SUMMARY.md lists `b.md`"), "{errors:?}");
}
