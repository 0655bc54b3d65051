//! Compares a run on lython with a run on CPython: the snippets' printed
//! outcomes one by one, then the program's exit status and uncaught
//! exception.
use super::runner::{Run, Status};

/// What kind of failure a difference is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Kind {
    /// lython panicked, aborted or was killed by a signal.
    Crash,
    /// lython ran past the time limit where CPython finished.
    Hang,
    /// A snippet printed something else.
    Snippet,
    /// The exit status or the uncaught exception differs.
    Exit,
}

/// One difference between the two runs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Difference {
    pub kind: Kind,
    /// The snippet's label (`@s3 str.title`): the one that differs, or for a
    /// crash or hang the first one lython did not finish.
    pub label: Option<String>,
    /// lython's side: the snippet's outcome (`= repr` or `! Type: message`),
    /// or `exit N: last line of stderr`, or the panic message.
    pub lython: String,
    pub python: String,
}

impl Difference {
    /// The topic of the snippet (`str.title`), or the kind of failure.
    pub fn topic(&self) -> &str {
        match &self.label {
            Some(label) => label.split_once(' ').map_or(label.as_str(), |(_, t)| t),
            None => "program",
        }
    }

    /// What identifies this defect among findings: a crash by where lython
    /// panicked, a hang by its snippet's topic, a wrong output by its topic
    /// and the shape of both outcomes (value, or which exception).
    pub fn key(&self) -> String {
        match self.kind {
            Kind::Crash => format!("crash {}", self.lython),
            Kind::Hang => format!("hang {}", self.topic()),
            Kind::Snippet => format!(
                "{}: lython {} / python {}",
                self.topic(),
                shape(&self.lython),
                shape(&self.python)
            ),
            Kind::Exit => format!(
                "exit: lython {} / python {}",
                shape(&self.lython),
                shape(&self.python)
            ),
        }
    }
}

/// `=` for a value, `! Type` for an exception, `exit N Type` for a program's end.
fn shape(outcome: &str) -> String {
    if let Some(rest) = outcome.strip_prefix("! ") {
        return format!("! {}", rest.split(':').next().unwrap_or(""));
    }
    if let Some(rest) = outcome.strip_prefix("exit ") {
        let (status, line) = rest.split_once(": ").unwrap_or((rest, ""));
        let name = line.split(':').next().unwrap_or("");
        let is_exception = name.chars().all(|c| c.is_alphanumeric() || c == '_')
            && ["Error", "Exception", "Exit", "Interrupt"]
                .iter()
                .any(|end| name.ends_with(end));
        return match is_exception {
            true => format!("exit {status} {name}"),
            false => format!("exit {status}"),
        };
    }
    "=".to_string()
}

/// Why the pair is not worth comparing: CPython itself did not finish.
pub fn cpython_failed(python: &Run) -> bool {
    python.status == Status::TimedOut || killed(python)
}

/// The signal an uncaught `KeyboardInterrupt` ends the process with: CPython
/// (and lython after it) prints the traceback, then kills itself with
/// `SIGINT` so that a shell sees the interrupt (`exit_sigint` in CPython's
/// `Modules/main.c`).
const SIGINT: i32 = 2;

/// Whether a signal other than [`SIGINT`] ended `run`.
fn killed(run: &Run) -> bool {
    matches!(run.status, Status::Signalled(s) if s != SIGINT)
}

/// Every difference, crash or hang first, then snippet by snippet, then the
/// program's end. Empty when the runs agree.
pub fn compare(lython: &Run, python: &Run) -> Vec<Difference> {
    let ours = blocks(&lython.stdout);
    let theirs = blocks(&python.stdout);
    let first_unfinished = theirs
        .iter()
        .find(|(label, _)| !ours.iter().any(|(l, _)| l == label))
        .map(|(label, _)| label.clone());
    if let Some(detail) = crash_detail(lython) {
        return vec![Difference {
            kind: Kind::Crash,
            label: first_unfinished,
            lython: detail,
            python: exit_text(python),
        }];
    }
    if lython.status == Status::TimedOut {
        return vec![Difference {
            kind: Kind::Hang,
            label: first_unfinished,
            lython: "timed out".into(),
            python: exit_text(python),
        }];
    }
    let mut diffs = Vec::new();
    for (label, outcome) in &theirs {
        let mine = ours
            .iter()
            .find(|(l, _)| l == label)
            .map(|(_, o)| o.as_str());
        if mine != Some(outcome.as_str()) && mine.is_some() {
            diffs.push(Difference {
                kind: Kind::Snippet,
                label: Some(label.clone()),
                lython: mine.unwrap_or("").to_string(),
                python: outcome.clone(),
            });
        }
    }
    for (label, outcome) in &ours {
        if !theirs.iter().any(|(l, _)| l == label) {
            diffs.push(Difference {
                kind: Kind::Snippet,
                label: Some(label.clone()),
                lython: outcome.clone(),
                python: "(not printed)".into(),
            });
        }
    }
    let (mine, other) = (exit_text(lython), exit_text(python));
    if mine != other || (first_unfinished.is_some() && diffs.is_empty()) {
        diffs.push(Difference {
            kind: Kind::Exit,
            label: None,
            lython: mine,
            python: other,
        });
    }
    diffs
}

/// The program's end: `exit 0`, or `exit N: last line of stderr`.
pub fn exit_text(run: &Run) -> String {
    let last = || {
        run.stderr
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("")
    };
    match &run.status {
        Status::Exited(0) => "exit 0".into(),
        Status::Exited(code) => format!("exit {code}: {}", last()),
        Status::Signalled(SIGINT) => format!("signal {SIGINT}: {}", last()),
        Status::Signalled(signal) => format!("signal {signal}"),
        Status::TimedOut => "timed out".into(),
    }
}

/// For a crash: where lython panicked (file and line, without the column),
/// or what aborted it.
fn crash_detail(run: &Run) -> Option<String> {
    let crashed = killed(run) || matches!(run.status, Status::Exited(101) | Status::Exited(134));
    if !crashed {
        return None;
    }
    let lines: Vec<&str> = run.stderr.lines().collect();
    if let Some(i) = lines.iter().position(|l| l.contains("panicked at")) {
        let place = lines[i]
            .split("panicked at ")
            .nth(1)
            .unwrap_or("")
            .trim_end_matches(':');
        let place = place.rsplit_once(':').map_or(place, |(p, _)| p);
        let message = lines.get(i + 1).copied().unwrap_or("");
        return Some(format!("panic at {place}: {}", digits_to_n(message)));
    }
    if run.stderr.contains("overflowed its stack") {
        return Some("stack overflow".into());
    }
    if let Some(l) = lines.iter().find(|l| l.contains("memory allocation")) {
        return Some(digits_to_n(l));
    }
    Some(match &run.status {
        Status::Signalled(s) => format!("signal {s}"),
        other => format!("{other:?}"),
    })
}

/// Numbers replaced by `N`, so one defect has one description.
fn digits_to_n(text: &str) -> String {
    let mut out = String::new();
    let mut in_number = false;
    for c in text.chars() {
        if c.is_ascii_digit() {
            if !in_number {
                out.push('N');
            }
            in_number = true;
        } else {
            in_number = false;
            out.push(c);
        }
    }
    out
}

/// The snippets' outcomes from stdout: a block starts at a line `@sN topic
/// = ...` or `@sN topic ! ...` and runs to the next one.
pub fn blocks(stdout: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for line in stdout.lines() {
        if let Some(rest) = line.strip_prefix("@s") {
            let mut parts = rest.splitn(3, ' ');
            let (n, topic, outcome) = (
                parts.next().unwrap_or(""),
                parts.next().unwrap_or(""),
                parts.next().unwrap_or(""),
            );
            if n.chars().all(|c| c.is_ascii_digit()) && !n.is_empty() {
                out.push((format!("@s{n} {topic}"), mask_addresses(outcome)));
                continue;
            }
        }
        match out.last_mut() {
            Some((_, outcome)) => {
                outcome.push('\n');
                outcome.push_str(&mask_addresses(line));
            }
            None => out.push(("@prelude".into(), mask_addresses(line))),
        }
    }
    out
}

/// `text` with each object address (`at 0x7f...`) replaced by `0x…`: the
/// two interpreters place objects differently, and a repr like
/// `<generator object f at 0x…>` is otherwise equal.
fn mask_addresses(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(" at 0x") {
        let start = i + " at 0x".len();
        out.push_str(&rest[..start]);
        let digits = rest[start..].chars().take_while(char::is_ascii_hexdigit).count();
        out.push('…');
        rest = &rest[start + digits..];
    }
    out.push_str(rest);
    out
}
