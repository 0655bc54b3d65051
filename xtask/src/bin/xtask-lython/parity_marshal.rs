//! `cargo xtask parity marshal [PATH…]`: `marshal.dumps(compile(source,
//! path, 'exec'))` by lython against CPython's, byte for byte, on every `.py`
//! under CPython's `Lib/` (or the paths given).
//!
//! CPython compiles and dumps every file in one process (a driver reading the
//! file list from stdin and printing each dump in hex, the code object held
//! in a variable while it is dumped, as `importlib` holds it). lython compiles each file in-process and
//! dumps it with its `marshal` module. A file that differs is explained by
//! loading CPython's bytes with lython's `marshal` and comparing the two code
//! objects field by field: the first field that differs names the cause, and
//! a file whose fields are all equal differs only in its reference flags.
use lython::objects::code::{new_code_object, Code};
use lython::objects::ObjRef;
use lython::runtime::ThreadState;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::process::ExitCode;
use std::rc::Rc;

/// Prints, for each file named on stdin, `ok HEX` (the dump in hex) or
/// `failed`.
const CPYTHON_DRIVER: &str = r#"
import sys, marshal, warnings
warnings.simplefilter('ignore')
for line in sys.stdin:
    path = line.rstrip('\n')
    try:
        with open(path, 'rb') as f:
            source = f.read()
        code = compile(source, path, 'exec', dont_inherit=True)
        print('ok', marshal.dumps(code).hex())
    except BaseException:
        print('failed')
"#;

/// How many differing files are listed with their first difference.
const SHOWN: usize = 25;

enum Outcome {
    Identical,
    /// The first field that differs (or the flags), and the byte offset.
    Different(String, usize),
    LythonFailed(String),
    Skipped,
}

pub fn run(paths: &[&str]) -> ExitCode {
    let Some(files) = xtask::pyfiles::python_files(paths) else {
        eprintln!("error: cannot locate CPython's Lib/ through python3");
        return ExitCode::FAILURE;
    };
    eprintln!("parity marshal: {} files", files.len());
    let Some(theirs) = cpython_dumps(&files) else {
        eprintln!("error: the CPython driver failed");
        return ExitCode::FAILURE;
    };
    let work = move || {
        let mut ts = ThreadState::new(Vec::new());
        let outcomes: Vec<Outcome> = files.iter().zip(&theirs).map(|(f, t)| compare(&mut ts, f, t)).collect();
        print!("{}", render(&files, &outcomes));
    };
    let worker = std::thread::Builder::new().stack_size(512 << 20).spawn(work);
    match worker.map(|w| w.join()) {
        Ok(Ok(())) => ExitCode::SUCCESS,
        _ => ExitCode::FAILURE,
    }
}

/// `(succeeded, bytes)` for each file, from one CPython process.
fn cpython_dumps(files: &[PathBuf]) -> Option<Vec<(bool, Vec<u8>)>> {
    std::env::set_var("PYTHONHASHSEED", "0");
    let list: String = files.iter().map(|f| format!("{}\n", f.display())).collect();
    let out = crate::python(CPYTHON_DRIVER, &list)?;
    let dumps: Vec<(bool, Vec<u8>)> = out.lines().map(|l| match l.strip_prefix("ok ") {
        Some(hex) => (true, unhex(hex)),
        None => (false, Vec::new()),
    }).collect();
    (dumps.len() == files.len()).then_some(dumps)
}

fn unhex(hex: &str) -> Vec<u8> {
    (0..hex.len() / 2).filter_map(|i| u8::from_str_radix(&hex[2 * i..2 * i + 2], 16).ok()).collect()
}

fn compare(ts: &mut ThreadState, file: &std::path::Path, theirs: &(bool, Vec<u8>)) -> Outcome {
    let (true, cpython) = theirs else { return Outcome::Skipped };
    let path = file.display().to_string();
    let code = match std::panic::catch_unwind(|| compile(&path)) {
        Ok(Ok(code)) => code,
        Ok(Err(message)) => return Outcome::LythonFailed(message),
        Err(_) => return Outcome::LythonFailed("panic while compiling".into()),
    };
    let obj = new_code_object(code.clone());
    let held = obj.clone();
    let ours = match lython::modules::marshal::to_bytes(ts, &held, 4) {
        Ok(bytes) => bytes,
        Err(_) => return Outcome::LythonFailed("marshal.dumps failed".into()),
    };
    drop(obj);
    if &ours == cpython {
        return Outcome::Identical;
    }
    let offset = ours.iter().zip(cpython).position(|(a, b)| a != b).unwrap_or(ours.len().min(cpython.len()));
    let cause = match lython::modules::marshal::from_bytes(ts, cpython) {
        Ok(loaded) => match loaded.downcast_ref::<Rc<Code>>() {
            Some(theirs) => first_field_difference(ts, &code, theirs, "").unwrap_or_else(|| "reference flags".into()),
            None => "CPython's dump is not a code object".into(),
        },
        Err(_) => "lython cannot load CPython's dump".into(),
    };
    Outcome::Different(cause, offset)
}

fn compile(path: &str) -> Result<Rc<Code>, String> {
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    let source = lython::tokenizer::source::decode_source(&bytes).map_err(|e| e.msg.clone())?;
    match lython::compile::compile_source(&source, path, lython::compile::Mode::Exec) {
        Ok((code, _)) => Ok(code),
        Err(_) => Err("compile error".into()),
    }
}

/// The path of the first field of `ours` that differs from `theirs`, nested
/// code objects included: `f.<locals>.g: co_linetable`.
fn first_field_difference(ts: &mut ThreadState, ours: &Code, theirs: &Code, at: &str) -> Option<String> {
    let here = |field: &str| Some(format!("{at}{}: {field}", ours.qualname()));
    let counts = |c: &Code| [c.argcount, c.posonlyargcount, c.kwonlyargcount, c.stacksize, c.flags, c.firstlineno];
    if counts(ours) != counts(theirs) {
        return here("counts");
    }
    if ours.code() != theirs.code() {
        return here("co_code");
    }
    if ours.consts().len() != theirs.consts().len() {
        return here("co_consts");
    }
    for (a, b) in ours.consts().iter().zip(theirs.consts()) {
        match (a.downcast_ref::<Rc<Code>>(), b.downcast_ref::<Rc<Code>>()) {
            (Some(x), Some(y)) => {
                if let Some(d) = first_field_difference(ts, x, y, &format!("{at}{} > ", ours.qualname())) {
                    return Some(d);
                }
            }
            _ if !same_constant(ts, a, b) => return here("co_consts"),
            _ => {}
        }
    }
    let fields: [(&str, bool); 7] = [
        ("co_names", same_names(ours.names(), theirs.names())),
        ("co_localsplusnames", same_names(ours.localsplusnames(), theirs.localsplusnames())),
        ("co_localspluskinds", ours.localspluskinds() == theirs.localspluskinds()),
        ("co_name or co_qualname", ours.name() == theirs.name() && ours.qualname() == theirs.qualname()),
        ("co_filename", ours.filename() == theirs.filename()),
        ("co_linetable", ours.linetable() == theirs.linetable()),
        ("co_exceptiontable", ours.exceptiontable() == theirs.exceptiontable()),
    ];
    fields.iter().find(|(_, same)| !same).and_then(|(field, _)| here(field))
}

/// Two tuples of names with the same texts.
fn same_names(ours: &[ObjRef], theirs: &[ObjRef]) -> bool {
    use lython::objects::str::as_str;
    ours.iter().map(as_str).eq(theirs.iter().map(as_str))
}

/// Two constants with the same bytes in version 2 (no references).
fn same_constant(ts: &mut ThreadState, a: &ObjRef, b: &ObjRef) -> bool {
    let dump = |ts: &mut ThreadState, x: &ObjRef| lython::modules::marshal::to_bytes(ts, x, 2).ok();
    dump(ts, a) == dump(ts, b)
}

fn render(files: &[PathBuf], outcomes: &[Outcome]) -> String {
    let count = |f: fn(&Outcome) -> bool| outcomes.iter().filter(|o| f(o)).count();
    let identical = count(|o| matches!(o, Outcome::Identical));
    let different = count(|o| matches!(o, Outcome::Different(..)));
    let failed = count(|o| matches!(o, Outcome::LythonFailed(_)));
    let skipped = count(|o| matches!(o, Outcome::Skipped));
    let compiled = identical + different;
    let percent = if compiled == 0 { 0.0 } else { 100.0 * identical as f64 / compiled as f64 };
    let mut s = format!(
        "identical: {identical}\ndifferent: {different}\nlython-failed: {failed}\nskipped (CPython fails): {skipped}\n\
         identical among files lython compiles: {percent:.2}% ({identical} of {compiled})\n"
    );
    let mut causes: BTreeMap<String, usize> = BTreeMap::new();
    for o in outcomes {
        match o {
            Outcome::Different(cause, _) => *causes.entry(cause.rsplit(": ").next().unwrap_or(cause).to_string()).or_default() += 1,
            Outcome::LythonFailed(m) => *causes.entry(format!("lython failed: {m}")).or_default() += 1,
            _ => {}
        }
    }
    s.push_str("\nfirst differing field, by count:\n");
    let mut sorted: Vec<_> = causes.into_iter().collect();
    sorted.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    for (cause, n) in sorted {
        s.push_str(&format!("{n:>7}  {cause}\n"));
    }
    s.push('\n');
    let differing = files.iter().zip(outcomes).filter_map(|(f, o)| match o {
        Outcome::Different(cause, offset) => Some(format!("differs: {} (byte {offset}; {cause})\n", f.display())),
        _ => None,
    });
    s.extend(differing.take(SHOWN));
    s
}
