//! Running a case on CPython 3.11, the oracle.
//!
//! The case runs under a small driver (`python3 -S -c DRIVER FILE`) that
//! executes it in a fresh `__main__` module, with `sys.argv == [FILE]`, and on
//! an uncaught exception prints the traceback and then a machine-readable
//! trailer line to stderr: type, line (innermost frame in the case file) and
//! the message in hex, so any message survives the trip.

use crate::outcome::{check_status, stdout_lines, Actual, Exception, Outcome};
use crate::process;
use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

pub enum Interpreter {
    Found(&'static Path),
    Missing(&'static str),
}

const TRAILER: &str = "@@lython-spec-exception@@ ";

const DRIVER: &str = r#"
import sys
_path = sys.argv[1]
sys.argv[:] = [_path]
sys.path[0] = _path.rpartition('/')[0] or '.'
with open(_path, 'rb') as _f:
    _source = _f.read()
_main = type(sys)('__main__')
_main.__file__ = _path
_main.__builtins__ = __builtins__
sys.modules['__main__'] = _main
try:
    exec(compile(_source, _path, 'exec'), _main.__dict__)
except SystemExit:
    raise
except BaseException as _e:
    import traceback as _tb
    _tb.print_exception(type(_e), _e, _e.__traceback__.tb_next)
    _t = type(_e)
    _name = _t.__qualname__ if _t.__module__ in ('builtins', '__main__') else _t.__module__ + '.' + _t.__qualname__
    _line = 0
    _frame = _e.__traceback__
    while _frame is not None:
        if _frame.tb_frame.f_code.co_filename == _path:
            _line = _frame.tb_lineno
        _frame = _frame.tb_next
    if isinstance(_e, SyntaxError):
        _message = '' if _e.msg is None else str(_e.msg)
        if _line == 0 and _e.filename == _path:
            _line = _e.lineno or 0
    else:
        try:
            _message = str(_e)
        except BaseException:
            _message = '<exception str() failed>'
    sys.stdout.flush()
    sys.stderr.write('\n@@lython-spec-exception@@ %s %d %s\n' % (_name, _line, _message.encode('utf-8', 'surrogatepass').hex()))
    sys.stderr.flush()
    raise SystemExit(1)
"#;

/// Finds CPython 3.11 once: `$LYTHON_SPEC_PYTHON` if set, else `python3` or
/// `python3.11` on `PATH`. Launchers such as pyenv shims need the environment,
/// so the real executable (`sys.executable`) is resolved before the
/// environment is cleared, then checked to run as 3.11 in an empty one.
pub fn interpreter() -> Interpreter {
    static FOUND: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    let found = FOUND.get_or_init(|| {
        let found = discover();
        if let Err(why) = &found {
            let ci = std::env::var("CI").as_deref() == Ok("true");
            eprintln!(
                "warning: CPython 3.11 not found ({why}); {}",
                if ci { "CI=true, so every case fails" } else { "the CPython half of every case is skipped" }
            );
        }
        found
    });
    match found {
        Ok(path) => Interpreter::Found(path),
        Err(why) => Interpreter::Missing(why),
    }
}

fn discover() -> Result<PathBuf, String> {
    let candidates: Vec<PathBuf> = match std::env::var_os("LYTHON_SPEC_PYTHON") {
        Some(path) => vec![PathBuf::from(path)],
        None => ["python3", "python3.11"].iter().filter_map(|name| on_path(name)).collect(),
    };
    if candidates.is_empty() {
        return Err("neither python3 nor python3.11 is on PATH".into());
    }
    let mut tried = Vec::new();
    for candidate in candidates {
        match check(&candidate) {
            Ok(real) => return Ok(real),
            Err(why) => tried.push(format!("{}: {why}", candidate.display())),
        }
    }
    Err(tried.join("; "))
}

fn on_path(name: &str) -> Option<PathBuf> {
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|dir| dir.join(name))
        .find(|path| path.is_file())
}

const PROBE: &str = "import sys; print(sys.executable); print(sys.version_info[:2] == (3, 11))";

fn check(candidate: &Path) -> Result<PathBuf, String> {
    let probe = |command: &mut Command| -> Result<(String, bool), String> {
        let out = command.args(["-S", "-c", PROBE]).output().map_err(|e| e.to_string())?;
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        let mut lines = text.lines();
        match (lines.next(), lines.next()) {
            (Some(exe), Some(ok)) if out.status.success() => Ok((exe.to_owned(), ok == "True")),
            _ => Err(format!("probe failed: {}", String::from_utf8_lossy(&out.stderr).trim())),
        }
    };
    let (real, is_311) = probe(&mut Command::new(candidate))?;
    if !is_311 {
        return Err("not CPython 3.11".into());
    }
    let real = PathBuf::from(real);
    let (_, is_311) = probe(Command::new(&real).env_clear().env("PYTHONHASHSEED", "0"))
        .map_err(|why| format!("{} does not run in an empty environment: {why}", real.display()))?;
    if !is_311 {
        return Err(format!("{} is not 3.11 in an empty environment", real.display()));
    }
    Ok(real)
}

pub fn run(python: &Path, case: &Path) -> Result<Actual, String> {
    let dir = case.parent().expect("a case file has a directory");
    let args = [OsStr::new("-S"), OsStr::new("-c"), OsStr::new(DRIVER), case.as_os_str()];
    let done = process::run(python, &args, dir)?;
    let with_output = |why: String| format!("{why}\n{}", process::describe_output(&done.stdout, &done.stderr));

    let (stderr, exception) = match done.stderr.rfind(TRAILER) {
        Some(at) => {
            let trailer = done.stderr[at + TRAILER.len()..].trim_end();
            (done.stderr[..at].trim_end().to_owned(), Some(parse_trailer(trailer).map_err(&with_output)?))
        }
        None => (done.stderr.clone(), None),
    };
    check_status(done.status, &exception).map_err(&with_output)?;
    Ok(Actual {
        outcome: Outcome { stdout: stdout_lines(&done.stdout), exception },
        stdout: done.stdout,
        stderr,
    })
}

/// `TYPE LINE HEXMESSAGE` (the message may be empty).
fn parse_trailer(trailer: &str) -> Result<Exception, String> {
    let mut parts = trailer.splitn(3, ' ');
    let bad = || format!("malformed driver trailer `{trailer}`");
    let type_name = parts.next().filter(|t| !t.is_empty()).ok_or_else(bad)?;
    let line: u32 = parts.next().and_then(|l| l.parse().ok()).ok_or_else(bad)?;
    let hex = parts.next().unwrap_or("");
    let bytes = (0..hex.len() / 2)
        .map(|i| u8::from_str_radix(hex.get(2 * i..2 * i + 2)?, 16).ok())
        .collect::<Option<Vec<u8>>>()
        .filter(|_| hex.len().is_multiple_of(2))
        .ok_or_else(bad)?;
    if line == 0 {
        return Err("the exception was not raised in the case file (no frame of it in the traceback)".into());
    }
    Ok(Exception { line, type_name: type_name.to_owned(), message: String::from_utf8_lossy(&bytes).into_owned() })
}
