//! `cargo xtask bench parse`, `cargo xtask parity syntax-errors` and
//! `cargo xtask parity marshal`: the tasks that call the interpreter's parser
//! and compiler in-process.
use std::process::ExitCode;

mod bench_parse;
mod parity_marshal;
mod syntax_errors;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args.as_slice() {
        ["bench", "parse", paths @ ..] => bench_parse::run(paths),
        ["parity", "syntax-errors"] => syntax_errors::run(),
        ["parity", "marshal", paths @ ..] => parity_marshal::run(paths),
        _ => {
            eprintln!("usage: xtask-lython bench parse [PATH...] | xtask-lython parity syntax-errors | xtask-lython parity marshal [PATH...]");
            ExitCode::from(2)
        }
    }
}

/// Runs a Python script with `python3 -S`, feeding `input`; its stdout.
pub fn python(script: &str, input: &str) -> Option<String> {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new("python3")
        .args(["-S", "-c", script])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .ok()?;
    let mut stdin = child.stdin.take()?;
    let input = input.to_string();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().ok()?;
    writer.join().ok()?.ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}
