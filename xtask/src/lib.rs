//! The project's tasks. The tangler is a library so that it can be tested on
//! small books: [`tangle::tangle`] reads a book and returns what it generates,
//! [`sync`] compares that with the disk and writes it, [`run::run_tangle`]
//! ties them together as `cargo xtask tangle [--check]` does.
pub mod blocks;
pub mod child;
pub mod classify;
pub mod diagnostic;
pub mod examples;
pub mod expand;
pub mod fence;
pub mod fuzz;
pub mod header;
pub mod links;
pub mod memcheck;
pub mod pyfiles;
pub mod render;
pub mod run;
pub mod summary;
pub mod stats;
pub mod sync;
pub mod tangle;
pub mod unicode_tables;
pub mod unlisted;
pub mod whitespace;
