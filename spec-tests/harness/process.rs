//! Running one program: empty environment, captured output, a time limit.

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

/// A run that is still going after this long is killed and fails.
pub const TIMEOUT: Duration = Duration::from_secs(30);

pub struct Finished {
    pub stdout: String,
    pub stderr: String,
    /// `None` when killed by a signal.
    pub status: Option<i32>,
}

/// Runs `program args…` in `dir` with an empty environment except
/// `PYTHONHASHSEED=0`, and no standard input.
pub fn run(program: &Path, args: &[&std::ffi::OsStr], dir: &Path) -> Result<Finished, String> {
    let mut child = Command::new(program)
        .args(args)
        .current_dir(dir)
        .env_clear()
        .env("PYTHONHASHSEED", "0")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", program.display()))?;

    let stdout = drain(child.stdout.take().expect("piped stdout"));
    let stderr = drain(child.stderr.take().expect("piped stderr"));

    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if started.elapsed() >= TIMEOUT => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!(
                    "timed out: killed after {} s\n{}",
                    TIMEOUT.as_secs(),
                    describe_output(&join(stdout), &join(stderr))
                ));
            }
            Ok(None) => thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(format!("waiting for {}: {e}", program.display())),
        }
    };
    Ok(Finished { stdout: join(stdout), stderr: join(stderr), status: status.code() })
}

fn drain(mut pipe: impl Read + Send + 'static) -> thread::JoinHandle<String> {
    thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = pipe.read_to_end(&mut bytes);
        String::from_utf8_lossy(&bytes).into_owned()
    })
}

fn join(handle: thread::JoinHandle<String>) -> String {
    handle.join().unwrap_or_default()
}

/// The raw output of a run, for failure reports.
pub fn describe_output(stdout: &str, stderr: &str) -> String {
    let mut text = String::new();
    for (name, body) in [("stdout", stdout), ("stderr", stderr)] {
        if body.is_empty() {
            text.push_str(&format!("    ({name} empty)\n"));
        } else {
            text.push_str(&format!("    {name}:\n"));
            for line in body.lines() {
                text.push_str(&format!("    | {line}\n"));
            }
        }
    }
    text
}
