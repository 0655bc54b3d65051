//! `data/unicode_tables.rs` and `data/unicodedata_tables.rs` are what
//! `xtask/unicode_tables.py` and `xtask/unicodedata_tables.py` print from
//! python3's Unicode 14.0 database: nobody edits the tables by hand.
use std::path::PathBuf;

#[test]
fn unicode_tables_match_python3() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    let up_to_date = xtask::unicode_tables::is_up_to_date(&root).unwrap_or_else(|e| panic!("{e}"));
    assert!(
        up_to_date,
        "the tables in data/ are stale: run `cargo xtask unicode-tables`"
    );
}
