//! `cargo xtask tangle [--check]`, `cargo xtask book [--stats]`, `cargo xtask parity`,
//! `cargo xtask fuzz-diff`, `cargo xtask memcheck` and `cargo xtask unicode-tables [--check]`.
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::{Command, ExitCode};
use xtask::run::run_tangle;

mod bench_pyperformance;
mod bench_run;
mod parity;

const USAGE: &str = "usage: cargo xtask tangle [--check] | cargo xtask book [--stats [CHAPTER...]] | cargo xtask parity ast [PATH...] | cargo xtask parity dis [--jobs N] [PATH...] | cargo xtask parity syntax-errors | cargo xtask parity import [--jobs N] [NAME...] | cargo xtask bench parse | cargo xtask bench run [FILE...] | cargo xtask bench pyperformance [NAME...] | cargo xtask fuzz-diff [--seconds N] [--seed S] [--jobs J] [--out DIR] | cargo xtask memcheck [--release] [--jobs N] [--timeout SECS] [--no-skip] [FILTER] | cargo xtask unicode-tables [--check]";

fn repo_root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().map_or(manifest.clone(), PathBuf::from)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        ["tangle"] => tangle(false),
        ["tangle", "--check"] => tangle(true),
        ["book", "--stats", chapters @ ..] => book_stats(chapters),
        ["book", rest @ ..] => book(rest),
        ["parity", rest @ ..] => parity::run(&repo_root(), rest),
        ["fuzz-diff", rest @ ..] => xtask::fuzz::main(&repo_root(), rest),
        ["memcheck", rest @ ..] => xtask::memcheck::main(&repo_root(), rest),
        ["unicode-tables"] => unicode_tables(false),
        ["unicode-tables", "--check"] => unicode_tables(true),
        ["bench", "run", files @ ..] => bench_run::run(&repo_root(), files),
        ["bench", "pyperformance", names @ ..] => bench_pyperformance::run(&repo_root(), names),
        ["bench", rest @ ..] => run_lython_task(&repo_root(), &[&["bench"], rest].concat()),
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn tangle(check: bool) -> ExitCode {
    let color = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    let report = run_tangle(&repo_root(), check, color);
    eprint!("{}", report.text);
    if report.ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// The Unicode tables come from python3, not from the book: see
/// `xtask/src/unicode_tables.rs`.
fn unicode_tables(check: bool) -> ExitCode {
    match xtask::unicode_tables::run(&repo_root(), check) {
        Ok(message) => {
            eprintln!("{message}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The statistics need no mdBook: they read the chapters as the tangler does.
fn book_stats(chapters: &[&str]) -> ExitCode {
    match xtask::stats::run(&repo_root(), chapters) {
        Ok(table) => {
            print!("{table}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The book needs mdBook, which `tangle` should not have to compile: it is
/// built by its own binary, behind the `book` feature.
fn book(rest: &[&str]) -> ExitCode {
    run_feature_binary(&repo_root(), &["--features", "book", "--bin", "xtask-book"], rest)
}

/// Tasks that need the interpreter as a library run in their own binary,
/// `xtask-lython`, built in release mode behind the `lython` feature, so that
/// `cargo xtask tangle` never compiles the interpreter.
fn run_lython_task(root: &std::path::Path, args: &[&str]) -> ExitCode {
    run_feature_binary(root, &["--release", "--features", "lython", "--bin", "xtask-lython"], args)
}

/// `cargo run --package xtask SELECT -- ARGS`, reporting its status.
fn run_feature_binary(root: &std::path::Path, select: &[&str], args: &[&str]) -> ExitCode {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = Command::new(cargo)
        .current_dir(root)
        .args(["run", "--quiet", "--package", "xtask"])
        .args(select)
        .arg("--")
        .args(args)
        .status();
    match status {
        Ok(s) if s.success() => ExitCode::SUCCESS,
        Ok(_) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("error: cannot run cargo: {e}");
            ExitCode::FAILURE
        }
    }
}
