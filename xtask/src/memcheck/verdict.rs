//! What valgrind said about one run: clean, errors, or no verdict (timeout).
//!
//! Only valgrind's own lines count. Valgrind prefixes every message with
//! `==PID==` (or `--PID--` for its warnings), while the program's own stderr
//! (a Python traceback, say) has no such prefix; a case whose traceback
//! quotes a line saying "uninitialised" must not be reported as an error.

/// How a run under valgrind ended, as [`classify`] reads it.
pub use crate::child::Ending;

/// The verdict on one case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    Clean,
    /// Valgrind found errors; `why` says how we know.
    Errors {
        why: String,
    },
    TimedOut,
}

/// The exit status `--error-exitcode=` asks valgrind to use when it found errors.
pub const ERROR_EXIT_CODE: i32 = 99;

/// Phrases that open a memcheck error report, matched in valgrind's lines.
/// "uninitialised" covers "Conditional jump or move depends on uninitialised
/// value(s)", "Use of uninitialised value" and "Syscall param … points to
/// uninitialised byte(s)".
pub const ERROR_PHRASES: [&str; 5] = [
    "Invalid read",
    "Invalid write",
    "Invalid free",
    "Mismatched free",
    "uninitialised",
];

/// How many of valgrind's lines a failure report shows.
pub const EXCERPT_LINES: usize = 30;

/// Reads a run's ending and its stderr.
pub fn classify(ending: &Ending, stderr: &str) -> Verdict {
    if *ending == Ending::TimedOut {
        return Verdict::TimedOut;
    }
    if let Some(phrase) = first_error_phrase(stderr) {
        return Verdict::Errors {
            why: format!("valgrind reports \"{phrase}\""),
        };
    }
    match *ending {
        Ending::Exited(ERROR_EXIT_CODE) => Verdict::Errors {
            why: format!("valgrind exited with {ERROR_EXIT_CODE} (it counted errors)"),
        },
        // A guest killed by a signal (SIGSEGV on a stack overflow, say) is
        // never a Python outcome: CPython's rules allow exit statuses only.
        Ending::Signalled(signal) => Verdict::Errors {
            why: format!("killed by signal {signal}"),
        },
        _ => Verdict::Clean,
    }
}

/// Whether a stderr line was written by valgrind: `==123==` or `--123--`.
pub fn is_valgrind_line(line: &str) -> bool {
    ["==", "--"].iter().any(|mark| {
        line.strip_prefix(mark)
            .and_then(|rest| rest.split_once(mark))
            .is_some_and(|(pid, _)| !pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit()))
    })
}

/// The first of [`ERROR_PHRASES`] found in valgrind's lines.
pub fn first_error_phrase(stderr: &str) -> Option<&'static str> {
    stderr
        .lines()
        .filter(|line| is_valgrind_line(line))
        .find_map(|line| {
            ERROR_PHRASES
                .iter()
                .copied()
                .find(|phrase| line.contains(phrase))
        })
}

/// The first [`EXCERPT_LINES`] of valgrind's lines, or of the whole stderr if
/// valgrind wrote none (a signal, a valgrind that could not start).
pub fn excerpt(stderr: &str) -> Vec<&str> {
    let valgrind: Vec<&str> = stderr
        .lines()
        .filter(|line| is_valgrind_line(line))
        .take(EXCERPT_LINES)
        .collect();
    if valgrind.is_empty() {
        stderr.lines().take(EXCERPT_LINES).collect()
    } else {
        valgrind
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const INVALID_READ: &str = "\
==4242== Invalid read of size 8
==4242==    at 0x1A2B3C: lython::objects::list::get (list.rs:10)
==4242==    by 0x1A2C00: main (main.rs:5)
==4242==  Address 0x4a8b040 is 0 bytes after a block of size 16 alloc'd
==4242==    at 0x483B7F3: malloc (in /usr/libexec/valgrind/vgpreload_memcheck-amd64-linux.so)
";

    const UNINITIALISED: &str = "\
==77== Conditional jump or move depends on uninitialised value(s)
==77==    at 0x10F00A: lython::eval::step (eval.rs:99)
";

    const MISMATCHED: &str = "\
==9== Mismatched free() / delete / delete []
==9==    at 0x484B27F: free (vg_replace_malloc.c:872)
";

    const TRACEBACK: &str = "\
Traceback (most recent call last):
  File \"/cases/x.py\", line 3, in <module>
    raise ValueError('Invalid read of uninitialised memory')
ValueError: Invalid read of uninitialised memory
";

    const LARGE_RANGE_WARNING: &str = "\
==5== Warning: set address range perms: large range [0x59c8c040, 0x159c8c040) (undefined)
";

    #[test]
    fn invalid_read_is_an_error_even_with_the_programs_exit_status() {
        let verdict = classify(&Ending::Exited(1), INVALID_READ);
        assert_eq!(
            verdict,
            Verdict::Errors {
                why: "valgrind reports \"Invalid read\"".into()
            }
        );
    }

    #[test]
    fn uninitialised_values_and_mismatched_frees_are_errors() {
        assert_eq!(first_error_phrase(UNINITIALISED), Some("uninitialised"));
        assert_eq!(first_error_phrase(MISMATCHED), Some("Mismatched free"));
        assert!(matches!(
            classify(&Ending::Exited(0), UNINITIALISED),
            Verdict::Errors { .. }
        ));
    }

    #[test]
    fn a_python_traceback_is_not_valgrinds_word() {
        assert_eq!(classify(&Ending::Exited(1), TRACEBACK), Verdict::Clean);
        assert_eq!(classify(&Ending::Exited(0), ""), Verdict::Clean);
    }

    #[test]
    fn the_error_exit_code_alone_is_an_error() {
        let verdict = classify(&Ending::Exited(ERROR_EXIT_CODE), LARGE_RANGE_WARNING);
        assert!(matches!(verdict, Verdict::Errors { why } if why.contains("99")));
    }

    #[test]
    fn a_warning_is_not_an_error() {
        assert_eq!(
            classify(&Ending::Exited(0), LARGE_RANGE_WARNING),
            Verdict::Clean
        );
    }

    #[test]
    fn a_signal_is_an_error_and_a_timeout_is_neither() {
        assert!(matches!(
            classify(&Ending::Signalled(11), ""),
            Verdict::Errors { .. }
        ));
        assert_eq!(classify(&Ending::TimedOut, INVALID_READ), Verdict::TimedOut);
    }

    #[test]
    fn valgrind_lines_are_told_by_their_pid_prefix() {
        assert!(is_valgrind_line("==4242== Invalid read of size 8"));
        assert!(is_valgrind_line("--4242-- WARNING: unhandled syscall"));
        assert!(!is_valgrind_line("==== not a pid"));
        assert!(!is_valgrind_line("==12 no closing mark"));
        assert!(!is_valgrind_line("  File \"x.py\", line 1"));
    }

    #[test]
    fn the_excerpt_keeps_valgrinds_lines_only_and_at_most_thirty() {
        let mixed = format!("{TRACEBACK}{INVALID_READ}");
        assert_eq!(excerpt(&mixed), INVALID_READ.lines().collect::<Vec<_>>());
        let long: String = (0..50).map(|i| format!("==1== line {i}\n")).collect();
        assert_eq!(excerpt(&long).len(), EXCERPT_LINES);
        assert_eq!(excerpt(&long)[29], "==1== line 29");
    }

    #[test]
    fn without_valgrind_lines_the_excerpt_is_the_raw_stderr() {
        assert_eq!(
            excerpt("valgrind: cannot start\n"),
            vec!["valgrind: cannot start"]
        );
    }
}
