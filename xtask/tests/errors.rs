//! One test per kind of error the tangler reports: a small book in, the
//! message and its place in the `.md` out.
mod common;
use common::{assert_one_error, TempBook};

#[test]
fn undefined_chunk_is_reported_at_the_reference() {
    let book = TempBook::new(&[(
        "a.md",
        "# A\n\n```rust file=src/a.rs\nfn a() {\n    // <<missing>>\n}\n```\n",
    )]);
    assert_one_error(&book, "undefined chunk `missing`", "book/src/a.md:5:5");
}

#[test]
fn unused_chunk_is_reported_at_its_fence() {
    let book = TempBook::new(&[(
        "a.md",
        "# A\n\n```rust file=src/a.rs\n```\n\n```rust chunk=lonely\nx\n```\n",
    )]);
    assert_one_error(&book, "chunk `lonely` is never used", "book/src/a.md:6:1");
}

#[test]
fn reference_cycle() {
    let md = "```rust file=src/a.rs\n// <<one>>\n```\n\n```rust chunk=one\n// <<two>>\n```\n\n```rust chunk=two\n  // <<one>>\n```\n";
    let book = TempBook::new(&[("a.md", md)]);
    assert_one_error(
        &book,
        "chunk `one` refers to itself: one -> two -> one",
        "book/src/a.md:10:3",
    );
}

#[test]
fn cycle_among_chunks_no_file_uses() {
    let md = "```rust chunk=one\n// <<one>>\n```\n";
    let book = TempBook::new(&[("a.md", md)]);
    assert_one_error(
        &book,
        "chunk `one` refers to itself: one -> one",
        "book/src/a.md:2:1",
    );
}

#[test]
fn duplicate_example_names_across_chapters() {
    let a = "```python example=same\nprint(1)  # expect: 1\n```\n";
    let b = "# B\n\n```python example=same\nprint(2)  # expect: 2\n```\n";
    let book = TempBook::new(&[("a.md", a), ("b/b.md", b)]);
    assert_one_error(
        &book,
        "duplicate example name `same`",
        "book/src/b/b.md:3:1",
    );
    let rendered = book.tangle().render_diagnostics(false);
    assert!(rendered.contains("first defined here"), "{rendered}");
}

#[test]
fn invalid_chunk_name() {
    let book = TempBook::new(&[("a.md", "```rust chunk=Eval.Dispatch\nx\n```\n")]);
    assert_one_error(&book, "invalid name `Eval.Dispatch`", "book/src/a.md:1:9");
}

#[test]
fn invalid_example_name() {
    let book = TempBook::new(&[("a.md", "```python example=a//b\nx\n```\n")]);
    assert_one_error(&book, "invalid name `a//b`", "book/src/a.md:1:11");
}

#[test]
fn duplicate_attribute() {
    let book = TempBook::new(&[("a.md", "```rust file=src/a.rs file=src/b.rs\nx\n```\n")]);
    assert_one_error(&book, "`file=` is given twice", "book/src/a.md:1:23");
}

#[test]
fn two_roles_on_one_block() {
    let book = TempBook::new(&[("a.md", "```rust file=src/a.rs chunk=c\nx\n```\n")]);
    assert_one_error(
        &book,
        "a block is one of `file=`, `chunk=` or `example=`",
        "book/src/a.md:1:23",
    );
}

#[test]
fn file_outside_src() {
    let book = TempBook::new(&[("a.md", "```rust file=build.rs\nx\n```\n")]);
    assert_one_error(
        &book,
        "`file=build.rs` is outside `src/`",
        "book/src/a.md:1:9",
    );
}

#[test]
fn file_path_escaping_src() {
    let book = TempBook::new(&[("a.md", "```rust file=src/../Cargo.toml\nx\n```\n")]);
    assert_one_error(
        &book,
        "invalid file path `src/../Cargo.toml`",
        "book/src/a.md:1:9",
    );
}

#[test]
fn unknown_attribute() {
    let book = TempBook::new(&[("a.md", "```rust file=src/a.rs tangle=yes\nx\n```\n")]);
    assert_one_error(&book, "unknown attribute `tangle`", "book/src/a.md:1:23");
}

#[test]
fn bare_word_in_a_fence() {
    let book = TempBook::new(&[("a.md", "```rust file=src/a.rs ignore\nx\n```\n")]);
    assert_one_error(
        &book,
        "`ignore` is not a `key=value` attribute",
        "book/src/a.md:1:23",
    );
}

#[test]
fn unclosed_quote_in_a_fence() {
    let book = TempBook::new(&[(
        "a.md",
        "```python example=e cpython=skip reason=\"oops\nx\n```\n",
    )]);
    assert_one_error(
        &book,
        "this quoted value is never closed",
        "book/src/a.md:1:34",
    );
}

#[test]
fn tab_in_a_tangled_block() {
    let book = TempBook::new(&[("a.md", "```rust file=src/a.rs\nfn a() {\n\tx\n}\n```\n")]);
    assert_one_error(&book, "tab in a tangled block", "book/src/a.md:3:1");
}

#[test]
fn trailing_blanks_in_a_tangled_block() {
    let book = TempBook::new(&[(
        "a.md",
        "```rust chunk=c\nlet x = 1;  \n```\n\n```rust file=src/a.rs\n// <<c>>\n```\n",
    )]);
    assert_one_error(
        &book,
        "trailing blanks in a tangled block",
        "book/src/a.md:2:11",
    );
}

#[test]
fn crlf_in_a_tangled_block() {
    let book = TempBook::new(&[("a.md", "# A\n\n```python example=e\r\nprint(1)\r\n```\r\n")]);
    let errors = book.errors();
    assert!(
        errors.contains(
            &"carriage return (CRLF) in a tangled block @ book/src/a.md:3:20".to_string()
        ),
        "{errors:?}"
    );
}

#[test]
fn display_blocks_are_not_checked() {
    let book = TempBook::new(&[(
        "a.md",
        "```text\n\tanything  \n```\n\n```rust,ignore\n// <<nothing>>\n```\n",
    )]);
    assert_eq!(book.errors(), Vec::<String>::new());
}

#[test]
fn summary_entry_for_a_missing_file() {
    let book = TempBook::new(&[("a.md", "# A\n")]);
    book.write(
        "book/src/SUMMARY.md",
        "# Summary\n\n- [A](a.md)\n- [Gone](gone.md)\n",
    );
    let errors = book.errors();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(
        errors[0].starts_with("SUMMARY.md lists `gone.md`, which cannot be read"),
        "{errors:?}"
    );
    assert!(
        errors[0].ends_with("@ book/src/SUMMARY.md:4:3"),
        "{errors:?}"
    );
}

#[test]
fn missing_summary() {
    let book = TempBook::empty();
    let errors = book.errors();
    assert_eq!(errors.len(), 1);
    assert!(
        errors[0].starts_with("cannot read book/src/SUMMARY.md"),
        "{errors:?}"
    );
}

#[test]
fn example_must_be_python() {
    let book = TempBook::new(&[("a.md", "```rust example=e\nx\n```\n")]);
    assert_one_error(&book, "an example is a `python` block", "book/src/a.md:1:9");
}

#[test]
fn cpython_skip_needs_a_reason() {
    let book = TempBook::new(&[("a.md", "```python example=e cpython=skip\nx\n```\n")]);
    assert_one_error(
        &book,
        "`cpython=skip` needs a `reason=\"...\"`",
        "book/src/a.md:1:21",
    );
}

#[test]
fn reason_only_on_examples() {
    let book = TempBook::new(&[("a.md", "```rust file=src/a.rs reason=\"why\"\nx\n```\n")]);
    assert_one_error(
        &book,
        "`reason=` belongs on an `example=` block",
        "book/src/a.md:1:23",
    );
}

#[test]
fn every_error_is_collected() {
    let a = "```rust file=lib.rs\nx\n```\n\n```rust file=src/a.rs\n// <<nope>>\n```\n";
    let b = "```python example=e colour=red\nx\t\n```\n";
    let book = TempBook::new(&[("a.md", a), ("b.md", b)]);
    let errors = book.errors();
    assert_eq!(errors.len(), 3, "{errors:?}");
    assert!(
        errors[0].starts_with("`file=lib.rs` is outside `src/` @ book/src/a.md:1"),
        "{errors:?}"
    );
    assert!(
        errors[1].starts_with("undefined chunk `nope` @ book/src/a.md:6"),
        "{errors:?}"
    );
    assert!(
        errors[2].starts_with("unknown attribute `colour` @ book/src/b.md:1"),
        "{errors:?}"
    );
}

#[test]
fn columns_are_bytes() {
    let md = "```rust file=src/a.rs\n// héllo\n    // <<gone>>\n```\n";
    let book = TempBook::new(&[("é.md", md)]);
    assert_one_error(&book, "undefined chunk `gone`", "book/src/é.md:3:5");
}

#[test]
fn tangled_block_in_a_chapter_missing_from_summary() {
    let book = TempBook::new(&[("a.md", "# A\n")]);
    book.write(
        "book/src/extra/b.md",
        "# B\n\n```rust file=src/b.rs\nfn b() {}\n```\n\n```text\nfine\n```\n",
    );
    assert_one_error(
        &book,
        "`extra/b.md` is not in SUMMARY.md, so this block is never tangled",
        "book/src/extra/b.md:3:1",
    );
}
