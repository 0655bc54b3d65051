//! The project's tasks: `cargo xtask tangle [--check]`.
mod blocks;
mod tangle;

use std::path::PathBuf;
use std::process::ExitCode;

fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = repo_root();
    match args.first().map(String::as_str) {
        Some("tangle") => {
            let check = args.iter().any(|a| a == "--check");
            tangle::run(&root, check)
        }
        _ => {
            eprintln!("usage: cargo xtask tangle [--check]");
            ExitCode::from(2)
        }
    }
}
