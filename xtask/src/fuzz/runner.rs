//! Runs one program on one interpreter, in a small fixed environment, under a
//! time limit and a memory limit.
use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// How a run ended.
pub type Status = crate::child::Ending;

/// What a run printed and how it ended.
#[derive(Clone, Debug)]
pub struct Run {
    pub stdout: String,
    pub stderr: String,
    pub status: Status,
}

/// At most this much of each stream is kept; the rest is read and dropped.
const KEEP_BYTES: usize = 1 << 20;
/// Address-space limit for each run (KiB): a runaway allocation fails fast
/// instead of taking the shared machine's memory.
const MEMORY_KIB: u64 = 2 * 1024 * 1024;

/// Runs `interpreter [args] program` with `PYTHONHASHSEED=0` in an otherwise
/// almost empty environment, killing it after `limit`.
pub fn run(
    interpreter: &Path,
    args: &[&str],
    program: &Path,
    limit: Duration,
) -> std::io::Result<Run> {
    run_keeping(interpreter, args, program, limit, KEEP_BYTES)
}

/// [`run`], keeping up to `keep` bytes of each stream (a disassembly of a
/// large module is many megabytes, and a truncated one would compare equal).
pub fn run_keeping(
    interpreter: &Path,
    args: &[&str],
    program: &Path,
    limit: Duration,
    keep: usize,
) -> std::io::Result<Run> {
    let script = format!("ulimit -v {MEMORY_KIB} 2>/dev/null; exec \"$0\" \"$@\"");
    let mut child = Command::new("/bin/sh")
        .arg("-c")
        .arg(script)
        .arg(interpreter)
        .args(args)
        .arg(program)
        .env_clear()
        .env("PYTHONHASHSEED", "0")
        .env("PATH", "/usr/local/bin:/usr/bin:/bin")
        .env("LC_ALL", "C.UTF-8")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env("RUST_BACKTRACE", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;
    let stdout = reader(child.stdout.take(), keep);
    let stderr = reader(child.stderr.take(), keep);
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break crate::child::ending_of(status);
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            break Status::TimedOut;
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    Ok(Run {
        stdout: stdout.join().unwrap_or_default(),
        stderr: stderr.join().unwrap_or_default(),
        status,
    })
}

fn reader(pipe: Option<impl Read + Send + 'static>, keep: usize) -> std::thread::JoinHandle<String> {
    std::thread::spawn(move || crate::child::read_capped(pipe, keep))
}

