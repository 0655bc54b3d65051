//! The differential fuzzer's pieces that do not need an interpreter: the
//! generator's determinism, the minimiser, the comparison and the known
//! differences.
use xtask::fuzz::compare::{compare, cpython_failed, Kind};
use xtask::fuzz::gen::program;
use xtask::fuzz::known::{self, glob};
use xtask::fuzz::minimise::{ddmin, minimise, Budgeted};
use xtask::fuzz::program::{Expr, Line, Program, Snippet, Wrap};
use xtask::fuzz::runner::{Run, Status};

#[test]
fn the_same_seed_gives_the_same_programs() {
    for index in 0..20 {
        assert_eq!(
            program(7, index, 30).listing(),
            program(7, index, 30).listing()
        );
    }
}

#[test]
fn seeds_and_indices_give_different_programs() {
    assert_ne!(program(7, 0, 30).render(), program(8, 0, 30).render());
    assert_ne!(program(7, 0, 30).render(), program(7, 1, 30).render());
}

#[test]
fn a_program_is_its_snippets_each_run_and_labelled() {
    let p = program(1, 0, 12);
    let text = p.render();
    assert!(p.snippets.len() >= 12);
    for (label, snippet) in &p.snippets {
        if snippet.wrap == Wrap::Function {
            assert!(
                text.contains(&format!("_run('@s{label} {}', _s{label})", snippet.topic)),
                "{text}"
            );
        }
    }
}

#[test]
fn ddmin_finds_the_two_items_that_matter() {
    let items: Vec<u32> = (0..40).collect();
    let mut tests = 0;
    let kept = ddmin(items, &mut |subset| {
        tests += 1;
        subset.contains(&3) && subset.contains(&31)
    });
    assert_eq!(kept, vec![3, 31]);
    assert!(tests < 60, "{tests} tests");
}

#[test]
fn ddmin_keeps_a_single_failing_item() {
    assert_eq!(
        ddmin(vec!["a", "b", "c"], &mut |s| s.contains(&"c")),
        vec!["c"]
    );
}

fn snippet(topic: &str, lines: Vec<Line>) -> Snippet {
    Snippet {
        topic: topic.into(),
        wrap: Wrap::Function,
        lines,
        files: Vec::new(),
    }
}

/// `return ((1 + BAD) * 2)` among unrelated snippets and lines.
fn haystack() -> Program {
    let bad = Expr::node(
        "(({} + {}) * {})",
        vec![Expr::leaf("1"), Expr::leaf("BAD"), Expr::leaf("2")],
    );
    let noise = |n: usize| Line::new(0, Expr::leaf(format!("x{n} = {n}")));
    Program {
        snippets: vec![
            (0, snippet("a", vec![noise(1), noise(2)])),
            (
                1,
                snippet(
                    "b",
                    vec![
                        noise(3),
                        Line::new(0, Expr::node("return {}", vec![bad])),
                        noise(4),
                    ],
                ),
            ),
            (2, snippet("c", vec![noise(5)])),
        ],
    }
}

/// Minimises the haystack for "the program still holds BAD" in at most
/// `budget` runs: the smallest program found and the runs used.
fn minimise_haystack(budget: usize) -> (Program, usize) {
    let mut fails = |p: &Program| p.render().contains("BAD");
    let mut tester = Budgeted {
        test: &mut fails,
        budget,
        used: 0,
    };
    let small = minimise(&haystack(), &mut tester);
    (small, tester.used)
}

#[test]
fn minimise_drops_snippets_lines_and_subexpressions() {
    let (small, _) = minimise_haystack(500);
    assert_eq!(small.snippets.len(), 1);
    assert_eq!(small.snippets[0].0, 1, "the label survives");
    let lines: Vec<String> = small.snippets[0]
        .1
        .lines
        .iter()
        .map(|l| l.code.render())
        .collect();
    assert_eq!(lines, vec!["return BAD"]);
}

#[test]
fn minimise_stops_at_its_budget() {
    let (_, used) = minimise_haystack(3);
    assert_eq!(used, 3);
}

#[test]
fn hoisting_replaces_a_node_by_one_of_its_parts() {
    let e = Expr::node(
        "({} + {})",
        vec![Expr::leaf("a"), Expr::node("-{}", vec![Expr::leaf("b")])],
    );
    let all: Vec<String> = e.hoists().iter().map(Expr::render).collect();
    assert_eq!(all, vec!["a", "-b", "(a + b)"]);
    let inner: Vec<String> = e.inner_hoists().iter().map(Expr::render).collect();
    assert_eq!(inner, vec!["(a + b)"]);
}

fn run(stdout: &str, status: Status, stderr: &str) -> Run {
    Run {
        stdout: stdout.into(),
        stderr: stderr.into(),
        status,
    }
}

#[test]
fn compare_names_the_snippet_that_differs() {
    let ours = run("@s0 t = 1\n@s1 u ! ValueError: x\n", Status::Exited(0), "");
    let theirs = run("@s0 t = 1\n@s1 u = 2\n", Status::Exited(0), "");
    let diffs = compare(&ours, &theirs);
    assert_eq!(diffs.len(), 1);
    assert_eq!(diffs[0].label.as_deref(), Some("@s1 u"));
    assert_eq!(diffs[0].key(), "u: lython ! ValueError / python =");
}

#[test]
fn a_panic_is_a_crash_at_the_first_unfinished_snippet() {
    let stderr = "\nthread 'main' (123) panicked at src/objects/int.rs:71:14:\nradix 37 bad\n";
    let ours = run("@s0 t = 1\n", Status::Exited(101), stderr);
    let theirs = run("@s0 t = 1\n@s1 u = 2\n", Status::Exited(0), "");
    let diffs = compare(&ours, &theirs);
    assert_eq!(diffs[0].kind, Kind::Crash);
    assert_eq!(diffs[0].label.as_deref(), Some("@s1 u"));
    assert_eq!(
        diffs[0].key(),
        "crash panic at src/objects/int.rs:71: radix N bad"
    );
}

#[test]
fn exit_statuses_and_uncaught_exceptions_are_compared() {
    let ours = run("", Status::Exited(1), "Traceback...\nSystemExit: 3\n");
    let theirs = run("", Status::Exited(3), "");
    let diffs = compare(&ours, &theirs);
    assert_eq!(diffs.len(), 1);
    assert_eq!(diffs[0].kind, Kind::Exit);
    assert_eq!(diffs[0].lython, "exit 1: SystemExit: 3");
}

/// An uncaught `KeyboardInterrupt` ends both interpreters by `SIGINT`:
/// an ending to compare, neither a crash nor a failed CPython run.
#[test]
fn death_by_sigint_is_an_uncaught_keyboard_interrupt() {
    let interrupted = |stderr| run("@s0 t = 1\n", Status::Signalled(2), stderr);
    let ours = interrupted("KeyboardInterrupt: x\n");
    let theirs = interrupted("KeyboardInterrupt\n");
    assert!(!cpython_failed(&theirs));
    let diffs = compare(&ours, &theirs);
    assert_eq!(diffs.len(), 1);
    assert_eq!(diffs[0].kind, Kind::Exit);
    assert_eq!(diffs[0].lython, "signal 2: KeyboardInterrupt: x");
    assert!(compare(&theirs, &theirs).is_empty());
    let segv = run("", Status::Signalled(11), "");
    assert!(cpython_failed(&segv));
    assert_eq!(compare(&segv, &theirs)[0].kind, Kind::Crash);
}

#[test]
fn markers_in_the_appendix_list_known_differences() {
    let text = "- **Complex.** No complex type.\n  <!-- fuzz-diff: lython `! ValueError: math domain error` python `= (*j)` -->\n";
    let known = known::parse(text).unwrap();
    assert_eq!(known.len(), 1);
    assert_eq!(known[0].line, 2);
    assert!(known::find(&known, "! ValueError: math domain error", "= (1+1.7j)").is_some());
    assert!(known::find(&known, "! ValueError: math domain error", "= 2.0").is_none());
}

#[test]
fn globs_match_stars_and_nothing_else() {
    assert!(glob("a*c", "abbbc"));
    assert!(glob("*", ""));
    assert!(glob("a*b*c", "a-b-c"));
    assert!(!glob("a*b*c", "a-c"));
    assert!(!glob("abc", "abcd"));
    assert!(!glob("ab*ba", "aba"));
}

#[test]
fn a_malformed_marker_is_an_error() {
    let err = known::parse("x\n<!-- fuzz-diff: lython `a` -->\n").unwrap_err();
    assert!(err.contains(":2:"), "{err}");
}

#[test]
fn markers_must_name_an_outcome() {
    for broad in ["*", "= *", "! *", "! Type*", "exit *", "*j)"] {
        let text = format!("<!-- fuzz-diff: lython `! ValueError: math domain error` python `{broad}` -->\n");
        assert!(known::parse(&text).is_err(), "{broad:?} is accepted");
        let swapped = format!("<!-- fuzz-diff: lython `{broad}` python `= 1` -->\n");
        assert!(known::parse(&swapped).is_err(), "{broad:?} is accepted");
    }
    for narrow in ["= *j", "! TypeError: *complex*", "exit 1: *", "= range(*)"] {
        let text = format!("<!-- fuzz-diff: lython `! ValueError: math domain error` python `{narrow}` -->\n");
        assert!(known::parse(&text).is_ok(), "{narrow:?} is refused");
    }
}

#[test]
fn the_appendix_markers_parse() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap();
    // The appendix may hold no marker at all (lone surrogates, the last
    // fuzz-visible difference, became exact); what it holds must parse.
    if let Err(e) = known::load(root) {
        panic!("the appendix's fuzz-diff markers do not parse: {e:?}");
    }
}

#[test]
fn no_stopgap_hides_a_difference_today() {
    let retired = "! RuntimeError: lython cannot yet let a method change the container that is calling it";
    assert!(!known::is_stopgap(retired));
    assert!(!known::is_stopgap("! RuntimeError: dictionary changed size during iteration"));
}

#[test]
fn metaclass_snippets_unless_left_out() {
    use xtask::fuzz::gen::{program_with, Mix};
    let topics = |mix: Mix| -> Vec<String> {
        (0..40)
            .flat_map(|i| program_with(3, i, 40, mix).snippets)
            .map(|(_, s)| s.topic)
            .collect()
    };
    let default = topics(Mix::default());
    let without = topics(Mix { metaclasses: false });
    assert!(default.iter().any(|t| t == "class-metaclass"));
    assert!(!without.iter().any(|t| t == "class-metaclass"));
    for kind in ["mutates.", "class-descriptor", "class-exception"] {
        assert!(default.iter().any(|t| t.starts_with(kind)), "no {kind} snippet");
    }
}

#[test]
fn match_library_and_except_star_snippets_are_made() {
    let topics: Vec<String> = (0..60)
        .flat_map(|i| program(5, i, 40).snippets)
        .map(|(_, s)| s.topic)
        .collect();
    for kind in [
        "match.cases",
        "match.one",
        "match.compile",
        "library.eval",
        "library.exec",
        "library.dict-views",
        "library.int-digits",
        "except-star.handlers",
        "except-star.methods",
        "except-star.compile",
    ] {
        assert!(topics.iter().any(|t| t.starts_with(kind)), "no {kind} snippet");
    }
}

/// The generated programs are Python CPython compiles: a template that
/// breaks the syntax would make every program it is in a finding.
#[test]
fn generated_programs_compile_under_cpython() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let check = "import sys\nfor i, src in enumerate(sys.stdin.read().split('\\0')):\n    compile(src, f'program {i}', 'exec')\n";
    let mut child = Command::new(xtask::child::real_python3())
        .args(["-W", "ignore", "-c", check])
        .stdin(Stdio::piped())
        .spawn()
        .expect("python3 runs");
    let mut programs: Vec<String> = (0..40).map(|i| program(11, i, 40).render()).collect();
    // The modules the programs import, but for the one that is a
    // `SyntaxError` on purpose.
    for i in 0..40 {
        let p = program(11, i, 40);
        programs.extend(
            p.files()
                .filter(|f| !f.path.ends_with("_s.py"))
                .map(|f| f.text.clone()),
        );
    }
    child
        .stdin
        .take()
        .expect("a pipe")
        .write_all(programs.join("\0").as_bytes())
        .expect("python3 reads");
    assert!(child.wait().expect("python3 ends").success());
}

#[test]
fn import_and_stdlib_snippets_are_made() {
    let topics: Vec<String> = (0..80)
        .flat_map(|i| program(9, i, 40).snippets)
        .map(|(_, s)| s.topic)
        .collect();
    for kind in [
        "import.own",
        "import.reload",
        "import.package",
        "import.raising",
        "import.circular",
        "stdlib.math",
        "stdlib.re",
        "stdlib.json",
        "stdlib.random",
        "stdlib.collections",
        "stdlib.enum",
        "stdlib.typing",
    ] {
        assert!(topics.iter().any(|t| t == kind), "no {kind} snippet");
    }
}

/// An import snippet brings its modules, named after its label, and no
/// other snippet does.
#[test]
fn import_snippets_carry_their_modules() {
    let mut seen = 0;
    for i in 0..40 {
        for (label, s) in program(13, i, 40).snippets {
            let prefix = format!("m{label}_");
            assert_eq!(s.topic.starts_with("import."), !s.files.is_empty(), "{}", s.topic);
            for file in &s.files {
                assert!(file.path.starts_with(&prefix), "{} in {}", file.path, s.topic);
                assert!(!file.text.contains(['$', '⟨', '⟩']), "{}", file.text);
                seen += 1;
            }
        }
    }
    assert!(seen > 0);
}

/// Writing a program empties its directory first (no module of an earlier
/// program stays importable) and puts each module beside the main file.
#[test]
fn a_program_is_written_with_its_modules() {
    let dir = std::env::temp_dir().join(format!("lython-fuzz-write-{}", std::process::id()));
    let file = dir.join("program.py");
    std::fs::create_dir_all(dir.join("old_pkg")).unwrap();
    std::fs::write(dir.join("stale.py"), "x = 1").unwrap();
    let p = (0..40)
        .map(|i| program(17, i, 40))
        .find(|p| p.files().any(|f| f.path.contains('/')))
        .expect("a program with a package");
    p.write(&file).unwrap();
    assert!(!dir.join("stale.py").exists() && !dir.join("old_pkg").exists());
    assert_eq!(std::fs::read_to_string(&file).unwrap(), p.render());
    for module in p.files() {
        assert_eq!(std::fs::read_to_string(dir.join(&module.path)).unwrap(), module.text);
    }
    std::fs::remove_dir_all(&dir).unwrap();
}
