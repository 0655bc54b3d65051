//! `cargo xtask bench parse`: tokenizing and parsing CPython's `Lib/` with
//! lython's parser, against CPython's `ast.parse` of the same files in one
//! process, as lines per second and a ratio, with peak memory.
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

/// How many times each file is parsed; the fastest time counts, on both
/// sides, so that a moment of load on a shared machine does not decide the
/// ratio.
const ROUNDS: usize = 3;

/// Parses each file named on stdin `ROUNDS` times and reports, per file,
/// whether it parsed, its line count and the fewest seconds `ast.parse` took;
/// then the peak RSS.
const CPYTHON_BENCH: &str = r#"
import ast, sys, time, resource
rounds = ROUNDS
for line in sys.stdin:
    path = line.rstrip('\n')
    with open(path, 'rb') as f:
        src = f.read()
    best = None
    for _ in range(rounds):
        t0 = time.perf_counter()
        try:
            ast.parse(src, path)
            ok = 1
        except BaseException:
            ok = 0
        dt = time.perf_counter() - t0
        best = dt if best is None else min(best, dt)
    print(ok, src.count(b'\n'), repr(best))
print('maxrss_kib', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"#;

struct Measure {
    parsed: bool,
    lines: usize,
    seconds: f64,
}

pub fn run(paths: &[&str]) -> ExitCode {
    let Some(files) = xtask::pyfiles::python_files(paths) else {
        eprintln!("error: cannot locate CPython's Lib/ through python3");
        return ExitCode::FAILURE;
    };
    let list: String = files.iter().map(|f| format!("{}\n", f.display())).collect();
    let Some(out) = crate::python(&CPYTHON_BENCH.replace("ROUNDS", &ROUNDS.to_string()), &list) else {
        eprintln!("error: the CPython side failed");
        return ExitCode::FAILURE;
    };
    let (theirs, cpython_rss) = parse_cpython(&out);
    let ours: Vec<Measure> = files.iter().map(measure_lython).collect();
    print!("{}", report(&files, &ours, &theirs, cpython_rss));
    ExitCode::SUCCESS
}

fn parse_cpython(out: &str) -> (Vec<Measure>, u64) {
    let mut measures = Vec::new();
    let mut rss = 0;
    for line in out.lines() {
        let parts: Vec<&str> = line.split(' ').collect();
        match parts.as_slice() {
            ["maxrss_kib", kib] => rss = kib.parse().unwrap_or(0),
            [ok, lines, secs] => measures.push(Measure {
                parsed: *ok == "1",
                lines: lines.parse().unwrap_or(0),
                seconds: secs.parse().unwrap_or(0.0),
            }),
            _ => {}
        }
    }
    (measures, rss)
}

fn measure_lython(file: &PathBuf) -> Measure {
    let bytes = std::fs::read(file).unwrap_or_default();
    let text = String::from_utf8_lossy(&bytes);
    let lines = bytes.iter().filter(|b| **b == b'\n').count();
    let mut parsed = false;
    let mut seconds = f64::INFINITY;
    for _ in 0..ROUNDS {
        let start = Instant::now();
        parsed = lython::parser::parse_module(&text).is_ok();
        seconds = seconds.min(start.elapsed().as_secs_f64());
    }
    Measure { parsed, lines, seconds }
}

/// Peak resident memory of this process, from `/proc/self/status`.
fn peak_rss_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

fn report(files: &[PathBuf], ours: &[Measure], theirs: &[Measure], cpython_rss: u64) -> String {
    let both: Vec<usize> = (0..files.len()).filter(|i| ours[*i].parsed && theirs.get(*i).is_some_and(|t| t.parsed)).collect();
    let lines: usize = both.iter().map(|i| theirs[*i].lines).sum();
    let time = |m: &[Measure]| both.iter().map(|i| m[*i].seconds).sum::<f64>();
    let (t_ours, t_theirs) = (time(ours), time(theirs));
    let rate = |t: f64| if t > 0.0 { lines as f64 / t } else { 0.0 };
    let total_lines: usize = theirs.iter().map(|m| m.lines).sum();
    let all_ours: f64 = ours.iter().map(|m| m.seconds).sum();
    format!(
        "bench parse: {} files, {total_lines} lines; both parse {} files, {lines} lines; fastest of {ROUNDS} parses per file\n\
         lython:  {:>10.0} lines/s ({t_ours:.3} s)\n\
         CPython: {:>10.0} lines/s ({t_theirs:.3} s, ast.parse)\n\
         ratio lython/CPython: {:.2}\n\
         lython on every file, errors included: {all_ours:.3} s\n\
         peak memory: lython {} MiB, CPython {} MiB\n",
        files.len(),
        both.len(),
        rate(t_ours),
        rate(t_theirs),
        if t_ours > 0.0 { t_theirs / t_ours } else { 0.0 },
        peak_rss_kib() / 1024,
        cpython_rss / 1024,
    )
}
