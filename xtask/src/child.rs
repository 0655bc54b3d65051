//! What the differential fuzzer and the memcheck runner share about a child
//! process: how it ended, and its output read with a cap, so that a program
//! printing without end cannot exhaust the task's memory.
use std::io::Read;

/// How a child process ended.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Ending {
    /// It exited with this status (a Python exception's 1 included).
    Exited(i32),
    /// It was killed by this signal.
    Signalled(i32),
    /// It was still running at the time limit, and was killed.
    TimedOut,
}

#[cfg(unix)]
pub fn ending_of(status: std::process::ExitStatus) -> Ending {
    use std::os::unix::process::ExitStatusExt;
    match (status.code(), status.signal()) {
        (Some(code), _) => Ending::Exited(code),
        (None, Some(signal)) => Ending::Signalled(signal),
        (None, None) => Ending::Exited(-1),
    }
}

#[cfg(not(unix))]
pub fn ending_of(status: std::process::ExitStatus) -> Ending {
    Ending::Exited(status.code().unwrap_or(-1))
}

/// Everything `pipe` yields, of which the first `keep` bytes are kept (as
/// text, invalid UTF-8 replaced) and the rest read and dropped.
pub fn read_capped(pipe: Option<impl Read>, keep: usize) -> String {
    let mut kept = Vec::new();
    if let Some(mut pipe) = pipe {
        let mut buf = [0u8; 8192];
        while let Ok(n) = pipe.read(&mut buf) {
            if n == 0 {
                break;
            }
            let room = keep.saturating_sub(kept.len());
            kept.extend_from_slice(&buf[..n.min(room)]);
        }
    }
    String::from_utf8_lossy(&kept).into_owned()
}

/// The absolute path of the `python3` on this shell's `PATH`: CPython
/// 3.11.7, the oracle. Children run with a cleared environment, where a
/// bare `python3` would be the system's (3.11.2 on Debian), and launchers
/// such as pyenv's shims need the environment they lose; so the real
/// executable is asked for once, here, with ours.
pub fn real_python3() -> std::path::PathBuf {
    static FOUND: std::sync::OnceLock<std::path::PathBuf> = std::sync::OnceLock::new();
    FOUND
        .get_or_init(|| {
            let out = std::process::Command::new("python3").args(["-c", "import sys; print(sys.executable)"]).output();
            match out {
                Ok(o) if o.status.success() => std::path::PathBuf::from(String::from_utf8_lossy(&o.stdout).trim()),
                _ => std::path::PathBuf::from("python3"),
            }
        })
        .clone()
}
