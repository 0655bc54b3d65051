//! The command line against CPython 3.11: `-m dis` listings, error reports
//! and exit statuses must be what `python3` prints (addresses and the
//! program's own name aside).

use std::path::{Path, PathBuf};
use std::process::Output;

mod common;

use common::{cpython, interpreter, lython};

fn run(program: &Path, args: &[&str], dir: &Path) -> Output {
    interpreter(program).args(args).current_dir(dir).output().expect("the interpreter runs")
}

/// Replaces every `0x…` address with `0x?`.
fn without_addresses(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find("0x") {
        out.push_str(&rest[..i + 2]);
        rest = rest[i + 2..].trim_start_matches(|c: char| c.is_ascii_hexdigit());
        out.push('?');
    }
    out.push_str(rest);
    out
}

/// A scratch directory holding `files`.
fn scratch(name: &str, files: &[(&str, &str)]) -> PathBuf {
    common::scratch("cli", name, files)
}

const DIS_PROGRAMS: &[(&str, &str)] = &[
    ("add.py", "def add(x): return x + 3\n"),
    ("fib.py", "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n\nprint(fib(25))\n"),
    ("loops.py", "total = 0\nfor i in range(10):\n    if i % 2 == 0:\n        continue\n    total += i\n    if total > 20:\n        break\ni = 0\nwhile i < 3:\n    i += 1\nprint(total, i)\n"),
    ("calls.py", "import sys\nxs = [1, 2]\nxs.append(3)\nprint(sys.getrefcount(xs), end='')\nprint(len(xs), abs(-2), sep=', ')\n"),
    ("conds.py", "x = -1\nwhile True:\n    x += 1\n    if x > 3 and x < 10 or not x:\n        break\n    else:\n        continue\ny = 1 if x else 2\nz = 1 < x < 3\nprint(x in [1, 2], x is None, y, z)\n"),
    ("funcs.py", "g = 0\ndef f(a, b=2):\n    global g\n    g = a\n    c = a * b\n    return c\ndef h(x):\n    if x:\n        print(1)\nprint(f(3), f(1, b=5))\n"),
    ("closure.py", "def outer(a):\n    b = 1\n    def inner(c):\n        return a + b + c\n    return inner\nprint(outer(1)(2))\n"),
    ("displays.py", "d = {'a': 1, 'b': 2}\nk = 'z'\nf = {k: 1, 'y': 2}\ns = {1, 2, 3}\nt = {k}\nprint(2 in {1, 2, 3})\ndel d['a']\ndef g(n):\n    assert n > 0, 'positive'\n    m = n\n    del m\n    raise ValueError(n)\n"),
    ("exceptions.py", "def f(x):\n    try:\n        y = 1 / x\n    except ZeroDivisionError as e:\n        print('div', e)\n        y = 0\n    except (TypeError, ValueError):\n        y = -1\n    else:\n        y += 1\n    finally:\n        print('done')\n    return y\ndef g():\n    for i in range(3):\n        try:\n            if i == 1:\n                continue\n            if i == 2:\n                break\n        finally:\n            print('fin', i)\n    return 'g'\ndef h():\n    try:\n        return 'ret'\n    finally:\n        print('h')\n"),
    ("comprehensions.py", "def outer(n):\n    k = 3\n    return [n * k + i for i in range(n) if i % 2 == 0]\nsq = {x: x * x for x in [1, 2]}\ns = {c for c in 'ab' for d in 'cd'}\nf = lambda a, b=2: a + b\nprint([[j for j in range(i)] for i in range(4)])\nprint(f'{sq!r:>20}|{3.5:.2f}')\n"),
    ("starargs.py", "def f(a, b=2, *args, c, d=4, **kw):\n    return (a, b, args, c, d, kw)\ndef g(a, /, b):\n    return a\nargs = (1,)\nkw = {'c': 9}\nf(*args, **kw)\nf(0, *[1, 2], c=3, **{'z': 1})\nprint(*[1, 2], *'ab', sep='-')\nx = [*range(3), 9], (*'ab', *'cd'), {*[1, 1, 2]}, {**{'a': 1}, 'b': 2, **{'a': 3}}\nlam = lambda *a, **k: (a, k)\n"),
    ("misc.py", "from sys import argv, maxsize as m\nimport gc as g\na, *b = [1, 2, 3]\n*c, d = 'xyz'\nif (n := len(b)) > 1:\n    print(n)\ndef outer():\n    x = 1\n    def inner():\n        nonlocal x\n        x += 1\n        return x\n    return inner()\ndef counter():\n    total = 0\n    vals = [total := total + v for v in range(4)]\n    return total, vals\ntry:\n    1 / 0\nexcept ZeroDivisionError as exc:\n    raise ValueError('bad') from exc\n"),
    ("percent.py", "def greet(name, n):\n    return 'hello %s, %-4r!' % (name, n)\nx = 'a%%b%.2a%s' % (greet, 1)\ny = '%d' % (x,)\nz = '%s' % (1, 2)\nw = '%s%s' % (*x,)\n"),
    ("swaps.py", "def swap(a, b, c):\n    a, b = b, a\n    a, b, c = c, a, b\n    x, = a,\n    return a, b, c\ndef same_name(x, y):\n    a, a = x, y\n    a, b, a = x, y, a\n    return a, b\ndef mixed(o, x, y):\n    o.attr, y = x, y\n    (a, b), c = (x, y), 3\n    return a, b, c\ng = 0\ndef glob(x):\n    global g\n    g, x = x, g\n    return x\np, q = 1, 2\np, q = q, p\n"),
    ("folding.py", "a = (1,) * 256\nb = (1,) * 257\nc = 'ab' * -2\nd = '' * -2\ne = ~5\nf = ~True\ng = (1, 2) * 200\nh = ((1, 2),) * 600\ni = b'a' * 4096\nj = b'a' * 4097\nk = (1,) * -1\nl = (1, 2) * True\nm = ((1, 2, 3),) * 300\nn = ~1.5\n"),
    ("big-displays.py", "x = 1\nl = [x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x]\nt = (x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x)\ns = {x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x}\nm = [x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, *l]\nk = [x] * 30\nf = [1, 2, {}, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30]\n"),
    ("consts.py", "a = -1\nb = 2 ** 10\nc = (1, 2, 'x')\nd = [1, 2, 3]\ne = 'ab' * 3\nxs = [0]\nxs[0] += 1\na, b = 1, 2\nprint(a, b, c, d, e, xs)\n"),
    ("complex.py", "a = 1j\nb = -1j\nc = 1 + 2j\nd = (2j) ** 2\ne = 3.5J - 1\nx = (1, 2j, 0j, -0j)\nprint(a * b, c / d, abs(e), x)\n"),
];

#[test]
fn dis_matches_cpython() {
    let Some(python) = cpython() else { return };
    let dir = scratch("dis", DIS_PROGRAMS);
    for (file, _) in DIS_PROGRAMS {
        let ours = run(lython(), &["-m", "dis", file], &dir);
        let theirs = run(&python, &["-m", "dis", file], &dir);
        assert!(ours.status.success(), "lython -m dis {file} failed:\n{}", String::from_utf8_lossy(&ours.stderr));
        let (ours, theirs) = (String::from_utf8_lossy(&ours.stdout), String::from_utf8_lossy(&theirs.stdout));
        assert_eq!(without_addresses(&ours), without_addresses(&theirs), "dis listing of {file} differs");
    }
}

#[test]
fn fib_25() {
    let dir = scratch("fib", &[("fib.py", DIS_PROGRAMS[1].1)]);
    let out = run(lython(), &["fib.py"], &dir);
    assert_eq!(String::from_utf8_lossy(&out.stdout), "75025\n");
    assert!(out.status.success());
}

/// Runs the same command line on both interpreters and compares stdout,
/// stderr (with each program's own name removed) and the exit status.
fn same_as_cpython(name: &str, files: &[(&str, &str)], args: &[&str]) {
    let Some(python) = cpython() else { return };
    let dir = scratch(name, files);
    let ours = run(lython(), args, &dir);
    let theirs = run(&python, args, &dir);
    let clean = |o: &Output, program: &str| {
        let err = String::from_utf8_lossy(&o.stderr).replace(program, "PROGRAM");
        (String::from_utf8_lossy(&o.stdout).to_string(), err, o.status.code())
    };
    assert_eq!(clean(&ours, common::LYTHON), clean(&theirs, &python.display().to_string()), "{name}: {args:?}");
}

#[test]
fn uncaught_exception_from_c() {
    same_as_cpython("div", &[], &["-c", "1/0"]);
}

#[test]
fn syntax_error_from_c() {
    same_as_cpython("syntax", &[], &["-c", "x ="]);
}

#[test]
fn missing_file() {
    same_as_cpython("missing", &[], &["missing.py"]);
}

#[test]
fn traceback_with_source_lines() {
    let program = "def f(x):\n    return 1 / x\n\nprint('before')\nf(0)\n";
    same_as_cpython("traceback", &[("t.py", program)], &["t.py"]);
}

#[test]
fn method_call_tracebacks_underline_the_method() {
    let calls = [
        "s = frozenset()\ns.update([203, 288, 3280])\n",
        "xs = []\ny = (xs\n  .pop())\n",
        "xs = []\ny = (xs.\n  pop(\n  ))\n",
        "s = 1\ns.bit(1, k=2)\n",
    ];
    for (i, program) in calls.iter().enumerate() {
        same_as_cpython(&format!("method-carets-{i}"), &[("m.py", program)], &["m.py"]);
    }
}

#[test]
fn unbounded_recursion_is_a_recursion_error() {
    let program = "def f(n):\n    return f(n + 1)\n\nf(0)\n";
    same_as_cpython("recursion", &[("r.py", program)], &["r.py"]);
}

#[test]
fn deep_prefix_operators_are_a_memory_error() {
    let program = format!("x = {}1\n", "-".repeat(100_000));
    same_as_cpython("deep-minus", &[("d.py", &program)], &["d.py"]);
}

#[test]
fn deep_binary_chains_exceed_the_compiler_limit() {
    let program = format!("x = {}\n", vec!["1"; 100_000].join("+"));
    same_as_cpython("deep-plus", &[("d.py", &program)], &["d.py"]);
}

#[test]
fn chained_tracebacks() {
    let program = "def parse(text):\n    try:\n        return int(text)\n    except ValueError as e:\n        raise LookupError(text) from e\n\ndef load():\n    try:\n        parse('x')\n    except LookupError:\n        {}['k']\n\nload()\n";
    same_as_cpython("chained", &[("c.py", program)], &["c.py"]);
}

#[test]
fn exception_notes_in_tracebacks() {
    let shapes = [
        "e.add_note('first')\ne.__notes__.append(5)\ne.add_note('two\\nlines')",
        "e.__notes__ = 'xy'",
        "e.__notes__ = ('a', 3)",
        "e.__notes__ = 7",
        "e.__notes__ = {1: 2}",
    ];
    for (i, notes) in shapes.iter().enumerate() {
        let program = format!("e = ValueError('v')\n{notes}\nraise e\n");
        same_as_cpython(&format!("notes-{i}"), &[("n.py", &program)], &["n.py"]);
    }
}

/// Programs using every kind of node, whose `-m ast -a` dumps must be CPython's.
const AST_PROGRAMS: &[(&str, &str)] = &[
    ("grammar.py", "import os, sys\nfrom . import a as b, c\nfrom ...x.y import (p, q as r,)\nfrom .. import *\n@dec\n@dec2(1)\nclass C(B, metaclass=M):\n    x: int = 3\n    (y): str\n    def f(self, a, /, b, *args, c=1, d, **kw) -> None:\n        \"\"\"doc\"\"\"\n        try:\n            pass\n        except (A, B) as e:\n            raise X from e\n        except:\n            raise\n        else:\n            del a, b[1], (c, d)\n        finally:\n            assert x, \"m\"\n        with open(f) as g, h:\n            yield g\n        with (a as b, c):\n            pass\n        return lambda x, *y, z=3, **k: x\nasync def g():\n    async for i in x:\n        await f(*a, **k, z=1)\n    async with a:\n        pass\n    nonlocal q\nx = [i for i in range(3) if i if j]\ny = {k: v for k, v in d.items()}\nz = {a, *b}\nw = {**a, 'b': 1}\nv = (i async for i in y)\nu = sum(x for x in y)\nt = (yield)\ns = (n := 10)\na, *b = c\nprint(*a, sep='')\nx[1:2, *a]\nfor *a, b in c: pass\n"),
    ("fstrings.py", "x = f\"a{b+1!r:>{w}} {c=}\" u\"q\"\ny = (f\"\"\"\n{a}\"\"\", f\"{x}\" \"s\")\nz = u\"a\" f\"{x}\"\nf\"x{x} {x}\"\nf\"{ x }\"\nf'{a!r:{b}}'\nf'{a:}'\nf'{{}}{a}'\n's' f''\nf'' 's'\nf\"{a = }\"\nf\"{x:{y}x{z}}\"\nf\"\"\"{\n a}\"\"\"\nrf'\\d{a}'\nx = f\"\"\"ab\n  cd{a}\"\"\"\nf\"{a, b}\"\nf\"{d['k']!s:>10}\"\nf\"{x!r}\\n{y:%Y-%m-%d}\"\nu\"u\" \"v\"\n1j + 2.5j + 1e100j + 0j\n"),
    ("patterns.py", "match command.split():\n    case [action]:\n        pass\n    case [action, obj] if obj:\n        pass\n    case Point(x=0, y=0) | Point(1, y=_):\n        pass\n    case {\"x\": 1, **rest}:\n        pass\n    case (1 | -2 | 3+4j, \"s\" \"t\", None, True, *others) as whole:\n        pass\n    case Color.RED | a.b.c:\n        pass\n    case {}:\n        pass\n    case [*_, (a, b), []]:\n        pass\n    case _:\n        pass\nmatch = 1\nmatch(x)\n"),
    ("latin1.py", "# -*- coding: latin-1 -*-\ns = 'caf\u{e9}'\n"),
    ("surrogates.py", "a = '\\ud800'\nb = '\\ud83d\\ude00' 'x' \"'\"\nc = f'\\udc80{a}\\U0000dfff'\nd = '\\N{EM DASH}'\n"),
];

#[test]
fn ast_dump_matches_cpython() {
    let Some(python) = cpython() else { return };
    let dir = scratch("ast", AST_PROGRAMS);
    let latin1: Vec<u8> = AST_PROGRAMS[3].1.chars().map(|c| c as u8).collect();
    std::fs::write(dir.join("latin1.py"), latin1).unwrap();
    for (file, _) in AST_PROGRAMS {
        let ours = run(lython(), &["-m", "ast", "-a", file], &dir);
        let theirs = run(&python, &["-m", "ast", "-a", file], &dir);
        assert!(ours.status.success(), "lython -m ast {file} failed:\n{}", String::from_utf8_lossy(&ours.stderr));
        assert_eq!(String::from_utf8_lossy(&ours.stdout), String::from_utf8_lossy(&theirs.stdout), "ast of {file} differs");
    }
}

#[test]
fn deep_lambdas_are_a_memory_error() {
    let program = format!("f = {}1\n", "lambda: ".repeat(3000));
    same_as_cpython("deep-lambda", &[("d.py", &program)], &["d.py"]);
}

/// A KOI8-R source file (its bytes are not UTF-8) runs and prints as on CPython.
#[test]
fn koi8_r_source_is_decoded() {
    let Some(python) = cpython() else { return };
    let dir = scratch("koi8", &[]);
    let word = b"\xf0\xc9\xd4\xcf\xce"; // "Питон" in KOI8-R
    let mut source = b"# -*- coding: koi8-r -*-\nword = '".to_vec();
    source.extend_from_slice(word);
    source.extend_from_slice(b"'\nprint(len(word), word, word.upper())\n");
    std::fs::write(dir.join("koi8.py"), source).unwrap();
    let ours = run(lython(), &["koi8.py"], &dir);
    let theirs = run(&python, &["koi8.py"], &dir);
    assert_eq!(String::from_utf8_lossy(&ours.stdout), String::from_utf8_lossy(&theirs.stdout));
    assert_eq!(String::from_utf8_lossy(&theirs.stdout), "5 Питон ПИТОН\n");
}

/// Programs with type comments in every place the grammar takes one.
const TYPE_COMMENT_PROGRAMS: &[(&str, &str)] = &[
    ("typed.py", "# type: ignore\nimport os  # type: ignore[import]\ndef f(a,  # type: int\n      *args,  # type: str\n      b=1,  # type: float\n      **kw  # type: bool\n      ):\n    # type: (...) -> None\n    x = y = []  # type: List[int]\n    for i in x:  # type: int\n        pass\n    with open(a) as g, h:  # type: (IO, int)\n        pass\n    with (a, b):  # type: Tuple[int, int]\n        pass\nasync def g(p):  #type:(int)->str\n    async for q in p:  # type: str\n        pass\n    async with p as q:  # type:  ignored  \n        return ''  # type: ignore_me\n"),
    ("comments.py", "x = 1  # type : int\ny = 2  # type:\ndef h(): # type: () -> int\n    return 3 # types: int\n"),
];

#[test]
fn ast_dump_reads_type_comments_as_cpython_does() {
    let Some(python) = cpython() else { return };
    let dir = scratch("type-comments", TYPE_COMMENT_PROGRAMS);
    for (file, _) in TYPE_COMMENT_PROGRAMS {
        for flags in [&[][..], &["--no-type-comments"][..]] {
            let args = [&["-m", "ast", "-a"][..], flags, &[file]].concat();
            let ours = run(lython(), &args, &dir);
            let theirs = run(&python, &args, &dir);
            assert!(ours.status.success(), "lython {args:?} failed:\n{}", String::from_utf8_lossy(&ours.stderr));
            assert_eq!(String::from_utf8_lossy(&ours.stdout), String::from_utf8_lossy(&theirs.stdout), "{args:?}");
        }
    }
}

/// The `SyntaxError` part of a report, from its last `File` line on:
/// `python3 -m ast` prints the traceback of its own `ast.parse` call first.
fn syntax_error_report(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let start = text.rfind("  File \"").unwrap_or(0);
    text[start..].to_string()
}

#[test]
fn misplaced_type_comment_is_an_error_only_when_type_comments_are_read() {
    let Some(python) = cpython() else { return };
    let files = [
        ("misplaced.py", "x = 1\nif x:  # type: int\n    print('ran')\n"),
        ("double.py", "def f():  # type: () -> None\n    # type: () -> int\n    pass\n"),
        ("bare_star.py", "def f(*,  # type: int\n      b):\n    pass\n"),
    ];
    let dir = scratch("misplaced-type-comment", &files);
    for (file, _) in files {
        let ours = run(lython(), &["-m", "ast", "-a", file], &dir);
        let theirs = run(&python, &["-m", "ast", "-a", file], &dir);
        assert_eq!((ours.status.code(), theirs.status.code()), (Some(1), Some(1)), "{file}");
        assert_eq!(syntax_error_report(&ours.stderr), syntax_error_report(&theirs.stderr), "{file}");
        let args = ["-m", "ast", "-a", "--no-type-comments", file];
        let (ours, theirs) = (run(lython(), &args, &dir), run(&python, &args, &dir));
        assert!(ours.status.success(), "{file}: {}", String::from_utf8_lossy(&ours.stderr));
        assert_eq!(String::from_utf8_lossy(&ours.stdout), String::from_utf8_lossy(&theirs.stdout), "{file}");
    }
    // Running a program never reads type comments.
    same_as_cpython("misplaced-type-comment-run", &files[..1], &["misplaced.py"]);
}

/// `-m ast -m single`, `-m eval` and `-m func_type` print CPython's
/// `Interactive`, `Expression` and `FunctionType` trees, and its errors.
#[test]
fn ast_modes_match_cpython() {
    let Some(python) = cpython() else { return };
    let files = [
        ("one.py", "single", "x = 1; y = 2\n\n# done\n"),
        ("compound.py", "single", "for i in x:\n    pass\nelse:\n    pass\n"),
        ("two.py", "single", "x = 1\n# c\ny = 2\n"),
        ("after_block.py", "single", "if x:\n    pass\ny\n"),
        ("tuple.py", "eval", "1 + 2,\n\n"),
        ("mixed.py", "eval", "x if y else z, lambda: 1, (yield), [*a]\n"),
        ("starred.py", "eval", "*a, b\n"),
        ("signature.py", "func_type", "(int, *str, **float) -> bool\n"),
        ("no_args.py", "func_type", "() -> None\n"),
        ("only_star.py", "func_type", "(*int, **str) -> List[int]\n"),
        ("trailing.py", "func_type", "(a,) -> None\n"),
    ];
    let sources: Vec<(&str, &str)> = files.iter().map(|(file, _, text)| (*file, *text)).collect();
    let dir = scratch("ast-modes", &sources);
    for (file, mode, _) in files {
        let args = ["-m", "ast", "-a", "-m", mode, file];
        let ours = run(lython(), &args, &dir);
        let theirs = run(&python, &args, &dir);
        assert_eq!(ours.status.code(), theirs.status.code(), "{args:?}");
        assert_eq!(String::from_utf8_lossy(&ours.stdout), String::from_utf8_lossy(&theirs.stdout), "{args:?}");
        assert_eq!(syntax_error_report(&ours.stderr), syntax_error_report(&theirs.stderr), "{args:?}");
    }
}

/// An `IndentationError` is printed with one caret, though it has a range.
#[test]
fn indentation_errors_get_one_caret() {
    same_as_cpython("indentation-caret", &[("i.py", "async def f():\n    for x in y:\n    pass\n")], &["i.py"]);
}

/// The compiler's own errors carry no source line; CPython's printer reads it
/// from the file, so `-c` (file `<string>`) prints none.
#[test]
fn compiler_errors_from_c_print_no_line() {
    same_as_cpython("compiler-error-c", &[], &["-c", "f(a=1, a=2)"]);
    same_as_cpython("compiler-error-file", &[("r.py", "x = 1\nreturn x\n")], &["r.py"]);
}

/// An unterminated string later in the file wins over an earlier parser error.
#[test]
fn later_tokenizer_errors_win() {
    same_as_cpython("later-tokenizer-error", &[("t.py", "x = 1 +\ny = 2\nz = \"abc\n")], &["t.py"]);
}

/// On a terminal a syntax error is drawn by ariadne: the numbered line, the
/// range, the message. No position an error can carry makes it fail.
#[test]
fn rich_syntax_errors_for_terminals() {
    use lython::syntax_error::{SyntaxError, SyntaxErrorKind};
    let source = "x = 1\ny = (2 +\n";
    let err = lython::parser::parse_module(source).unwrap_err();
    let drawn = lython::cli::render_syntax_error(&err, source, "t.py", false);
    // ariadne colours a custom report kind's name even with colour off.
    let drawn = drawn.replace("\x1b[31m", "").replace("\x1b[0m", "");
    assert!(drawn.contains(&format!("SyntaxError: {}", err.msg)), "{drawn}");
    assert!(drawn.contains("y = (2 +") && drawn.contains("t.py"), "{drawn}");
    for (lineno, offset, end_lineno, end_offset) in [(0, 0, 0, 0), (9, 99, 1, -1), (2, 5, 1, 2), (1, -7, 40, 400)] {
        let err = SyntaxError { kind: SyntaxErrorKind::SyntaxError, msg: "m".into(), lineno, offset, end_lineno, end_offset, text: None };
        assert!(lython::cli::render_syntax_error(&err, source, "t.py", true).contains('m'));
        assert!(lython::cli::render_syntax_error(&err, "", "t.py", false).contains("SyntaxError: m"));
    }
}

/// A UTF-8 byte-order mark with a cookie naming another encoding: the bare
/// message when running the file, "line 0" when `-m ast` compiles its bytes.
#[test]
fn bom_with_another_cookie_is_an_encoding_problem() {
    let Some(python) = cpython() else { return };
    let dir = scratch("bom-cookie", &[]);
    std::fs::write(dir.join("b.py"), b"\xef\xbb\xbf# coding: latin_1\nprint(1)\n").unwrap();
    for args in [&["b.py"][..], &["-m", "ast", "b.py"][..]] {
        let ours = run(lython(), args, &dir);
        let theirs = run(&python, args, &dir);
        assert_eq!(ours.status.code(), theirs.status.code(), "{args:?}");
        assert_eq!(syntax_error_report(&ours.stderr), syntax_error_report(&theirs.stderr), "{args:?}");
    }
}

/// An error at the end of a line with a comment points at the comment, where
/// CPython's NEWLINE token starts.
#[test]
fn errors_before_a_comment_point_at_it() {
    same_as_cpython("comment-newline", &[("c.py", "x = 1\nif x    # why not\n    pass\n")], &["c.py"]);
}

#[test]
fn null_bytes_in_source_are_a_syntax_error() {
    let programs = [
        "print(1)\n# a\0b\nprint(2)\n",
        "x = (\n1,\0\n)\n",
        "s = '''\nabc\0\n'''\n",
        "x = 1 +\ny = 2\nz\0",
        "x = 'abc\ny\0\n",
        "\0",
    ];
    for (i, program) in programs.iter().enumerate() {
        same_as_cpython(&format!("nul-{i}"), &[("n.py", program)], &["n.py"]);
    }
}

#[test]
fn deep_elif_chains_are_a_memory_error() {
    let elifs: String = (1..10_000).map(|i| format!("elif x == {i}: pass\n")).collect();
    let program = format!("x = 1\nif x == 0: pass\n{elifs}print('ok')\n");
    same_as_cpython("deep-elif", &[("e.py", &program)], &["e.py"]);
}

#[test]
fn deep_nesting_within_the_compiler_limit_compiles() {
    let elifs: String = (1..2_900).map(|i| format!("elif x == {i}: pass\n")).collect();
    let programs = [
        format!("x = 1\nif x == 0: pass\n{elifs}print('ok')\n"),
        format!("x = {}1\nprint('ok')\n", "lambda: ".repeat(900)),
        format!("def f():\n    return f\nx = f{}\nprint(x is f)\n", "()".repeat(2_900)),
    ];
    for (i, program) in programs.iter().enumerate() {
        same_as_cpython(&format!("deep-{i}"), &[("d.py", program)], &["d.py"]);
    }
}

#[test]
fn walrus_targets_of_module_comprehensions_are_explicit_globals() {
    let Some(python) = cpython() else { return };
    let program = "x = 1\n[(x := 2) for y in range(1)]\ndef f():\n    global g\n    [(g := 7) for x in range(1)]\n";
    let dir = scratch("walrus-dis", &[("w.py", program)]);
    let ours = run(lython(), &["-m", "dis", "w.py"], &dir);
    let theirs = run(&python, &["-m", "dis", "w.py"], &dir);
    let (ours, theirs) = (String::from_utf8_lossy(&ours.stdout), String::from_utf8_lossy(&theirs.stdout));
    assert_eq!(without_addresses(&ours), without_addresses(&theirs));
}

const SYNTAX_WARNINGS: &str = "x = 1\ndef f():\n    a = x is -1\n    b = x is ()\n    c = x is ... or x is None or x is True\n    d = 1 if 0 else [1, 2]['a'] if 0 else 0\n    e = (lambda: 0)[0] if 0 else 0\n    g = f'{x}'(1) if 0 else 0\n    h = {1: 2}(3) if 0 else 0\n    i = [1, 2][1:2], 'abc'[x], (1, 2)[True], b'ab'['x'] if 0 else 0\n    j = [x for x in ()][()] if 0 else 0\n    k = None(1) if 0 else 0\n    m = {1, 2}[0] if 0 else 0\n    n = (x, 2)[(1,)] if 0 else 0\n    assert (x, 'message')\n    assert (1, 2)\n    o = x is not 'a' is 'b'\n    return x is 1, x is 1\nprint(f(), f())\nprint(2.5[0] if 0 else 1 is 1)\n";

#[test]
fn syntax_warnings_are_shown_before_the_program_runs() {
    same_as_cpython("warnings", &[("w.py", SYNTAX_WARNINGS)], &["w.py"]);
    same_as_cpython("warnings-c", &[], &["-c", "print(1 is 1, (1, 2)(3) if 0 else 0)"]);
    // A chained comparison as a condition (a `while` test is compiled twice).
    let conditions = "x = 2\nif 1 < x is 1: pass\nif x < 1 is 1: pass\nwhile x < 1 is 1: pass\n";
    same_as_cpython("warnings-conditions", &[("w.py", conditions)], &["w.py"]);
}

/// Deeply nested `with` blocks in generated source: indented, CPython's
/// tokenizer stops at 100 levels (2,000 levels here: indenting 100,000
/// would write 5 GB, and every level past 100 meets the same check); as
/// items of one statement, or nested 21 deep in a function, its compiler
/// stops at 20 blocks; 20 compile.
#[test]
fn deep_with_nesting_is_cpythons_error() {
    let indented: String = (0..2_000).map(|i| format!("{}with a:\n", " ".repeat(i))).collect();
    let items = format!("with {}:\n    pass\n", vec!["a"; 25].join(", "));
    let nested = |n: usize| {
        let body: String = (1..=n).map(|i| format!("{}with m:\n", " ".repeat(i))).collect();
        format!("class M:\n def __enter__(s): pass\n def __exit__(s, *a): print('x', end='')\nm = M()\ndef f():\n{body}{}return 1\nprint(f())\n", " ".repeat(n + 1))
    };
    let programs = [format!("{indented}{}pass\n", " ".repeat(2_000)), items, nested(21), nested(20)];
    for (i, program) in programs.iter().enumerate() {
        same_as_cpython(&format!("deep-with-{i}"), &[("w.py", program)], &["w.py"]);
    }
    // 100,000 items on one line: the same error (CPython's display of a
    // 300 KB line is not compared).
    let dir = scratch("deep-with-items", &[("w.py", &format!("with {}:\n    pass\n", vec!["a"; 100_000].join(", ")))]);
    let out = run(lython(), &["w.py"], &dir);
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(err.ends_with("SyntaxError: too many statically nested blocks\n"), "{}", &err[err.len().saturating_sub(200)..]);
}

/// Tracebacks through `with`: the body's exception re-raised by the
/// handler, one raised by `__exit__` while handling it, one from
/// `__enter__`, and a manager that is not one.
#[test]
fn with_tracebacks() {
    let manager = "class M:\n    def __init__(self, fail=''):\n        self.fail = fail\n    def __enter__(self):\n        if self.fail == 'enter':\n            raise KeyError('enter')\n        return self\n    def __exit__(self, kind, exc, tb):\n        if self.fail == 'exit':\n            raise ValueError('exit')\n";
    let uses = [
        "def f():\n    with M() as m:\n        return 1 / 0\nf()\n",
        "with M('exit'), M():\n    [][0]\n",
        "with M('exit'):\n    pass\n",
        "with M(), \\\n     M('enter'):\n    pass\n",
        "with M(), 3:\n    pass\n",
    ];
    for (i, program) in uses.iter().enumerate() {
        same_as_cpython(&format!("with-tb-{i}"), &[("t.py", &format!("{manager}{program}"))], &["t.py"]);
    }
}

/// Coroutines freed before they ran warn as CPython's `warnings` does:
/// once per line, with the source line and the tracemalloc hint, and as
/// `sys:1:` when freed at exit.
#[test]
fn never_awaited_coroutines_warn() {
    let program = "async def f():\n    return 1\nasync def g():\n    pass\ndef main():\n    f()\n    print('after')\nmain()\nfor i in range(3):\n    g()\nx = g()\nx = None\nclass C:\n    async def m(self): pass\nC().m()\ny = f()\nprint('end')\n";
    same_as_cpython("never-awaited", &[("w.py", program)], &["w.py"]);
}

/// A generator's `finally` that fails while the generator is closed on
/// being freed is reported as "Exception ignored in", with its own
/// traceback only (object addresses masked).
#[test]
fn failing_generator_finalizers_are_unraisable() {
    let Some(python) = cpython() else { return };
    let program = "def bad():\n    try:\n        yield 1\n    finally:\n        raise ValueError('boom')\ndef f():\n    b = bad(); next(b)\nf()\ndef noisy():\n    try:\n        yield 1\n    finally:\n        yield 2\nn = noisy(); next(n)\ndel n\nprint('end')\n";
    let dir = scratch("unraisable", &[("u.py", program)]);
    let mask = |o: &Output| {
        let err = String::from_utf8_lossy(&o.stderr).to_string();
        let masked: Vec<String> = err.lines().map(|l| match l.find(" at 0x") {
            Some(i) => format!("{}>", &l[..i]),
            None => l.to_string(),
        }).collect();
        (String::from_utf8_lossy(&o.stdout).to_string(), masked, o.status.code())
    };
    assert_eq!(mask(&run(lython(), &["u.py"], &dir)), mask(&run(&python, &["u.py"], &dir)));
}

/// Uncaught exception groups, drawn in CPython's boxes: a flat group, groups
/// nested in groups, chains inside and around them, notes, a group wider
/// than 15 and one nested deeper than 10.
const GROUP_PROGRAMS: &[(&str, &str)] = &[
    (
        "flat",
        "def f():\n    raise ValueError('one')\n\ndef g():\n    try:\n        f()\n    except ValueError as e:\n        return e\n\nraise ExceptionGroup('flat', [g(), TypeError('two')])\n",
    ),
    (
        "nested",
        "def leaf(n):\n    raise KeyError(n)\n\ndef collect(msg, n):\n    excs = []\n    for i in range(n):\n        try:\n            leaf(i)\n        except KeyError as e:\n            excs.append(e)\n    return ExceptionGroup(msg, excs)\n\ndef run():\n    raise ExceptionGroup('outer', [collect('inner', 2), ValueError('v'), ExceptionGroup('last', [collect('deep', 1)])])\n\nrun()\n",
    ),
    (
        "chained",
        "def rec(n):\n    if n == 0:\n        raise ValueError('deep')\n    rec(n - 1)\n\ndef sub():\n    try:\n        rec(6)\n    except ValueError as e:\n        raise TypeError('sub') from e\n\ndef ctx():\n    try:\n        {}['k']\n    except KeyError:\n        raise OSError('ctx')\n\ndef catch(f):\n    try:\n        f()\n    except Exception as e:\n        return e\n\ntry:\n    1 / 0\nexcept ZeroDivisionError as z:\n    inner = ExceptionGroup('inner', [catch(ctx)])\n    raise ExceptionGroup('top', [catch(sub), inner, SyntaxError('bad', ('f.py', 3, 5, 'x = (1 +\\n', 3, 7))]) from ExceptionGroup('cause', [z])\n",
    ),
    (
        "boxes-closed",
        "c = ExceptionGroup('causegroup', [KeyError('k'), ExceptionGroup('cc', [OSError(2)])])\nlast = ValueError('last')\nlast.__cause__ = c\ninner = ExceptionGroup('innerlast', [TypeError(1)])\ninner.__cause__ = ExceptionGroup('ic', [RuntimeError()])\nb = BaseExceptionGroup('base', [KeyboardInterrupt(), inner])\nraise BaseExceptionGroup('top', [b, last])\n",
    ),
    (
        "notes",
        "class Bad:\n    def __str__(self):\n        raise RuntimeError\ne1 = ValueError('a')\ne1.add_note('first note')\ne1.add_note('two\\nlines')\ne1.add_note('')\ne1.add_note('ends\\n')\ne1.__notes__.append(Bad())\ne1.__notes__.append(42)\ne2 = TypeError('b')\ne2.__notes__ = 7\ne3 = KeyError('c')\ne3.__notes__ = 'xy'\ng = ExceptionGroup('multi\\nline msg', [e1, e2, e3])\ng.add_note('group note')\nraise g\n",
    ),
    ("wide", "raise ExceptionGroup('wide', [ValueError(i) for i in range(17)] + [ExceptionGroup('x', [KeyError(1)])])\n"),
    ("wide-by-one", "raise ExceptionGroup('w16', [ValueError(i) for i in range(16)])\n"),
    ("deep", "e = ValueError('leaf')\nfor i in range(12):\n    e = ExceptionGroup(f'level {i}', [e, TypeError(i)])\nraise e\n"),
    (
        "tracebacklimit",
        "import sys\nsys.tracebacklimit = 1\ndef f():\n    raise ValueError('in f')\ndef g():\n    try:\n        f()\n    except ValueError as e:\n        raise ExceptionGroup('g', [e, TypeError('x')])\ntry:\n    g()\nexcept ExceptionGroup as eg:\n    raise ExceptionGroup('wrap', [eg])\n",
    ),
];

#[test]
fn uncaught_exception_groups_print_in_boxes() {
    for (name, program) in GROUP_PROGRAMS {
        same_as_cpython(&format!("group-{name}"), &[("g.py", program)], &["g.py"]);
    }
}

/// CPython follows a chain only while its next link is new: an exception
/// that is its own cause ends the chain, even with a context left.
#[test]
fn a_seen_cause_ends_the_chain() {
    let program = "a = ValueError('a')\na.__cause__ = a\na.__context__ = KeyError('c')\na.__suppress_context__ = False\nraise a\n";
    same_as_cpython("seen-cause", &[("s.py", program)], &["s.py"]);
}

/// An error raised while a module is imported shows the importing line and
/// the module's, with importlib's own frames removed; a syntax error in an
/// imported module and a failed `from` import, likewise.
#[test]
fn import_tracebacks_hide_importlib() {
    let files = [
        ("main.py", "import helper\n"),
        ("helper.py", "def boom():\n    return 1 / 0\nboom()\n"),
        ("syntax.py", "import broken\n"),
        ("broken.py", "x = (1,\n"),
        ("from.py", "from helper2 import nothing\n"),
        ("helper2.py", "y = 1\n"),
    ];
    same_as_cpython("import-tb", &files, &["main.py"]);
    same_as_cpython("import-syntax", &files, &["syntax.py"]);
    same_as_cpython("import-from", &files, &["from.py"]);
}

/// A `.pyc` written by CPython runs on lython, and one lython's importlib
/// wrote runs on CPython; a wrong magic number is CPython's one-line error.
#[test]
fn pyc_files_run_as_scripts() {
    let Some(python) = cpython() else { return };
    let dir = scratch("pyc-run", &[("p.py", "import sys\nprint('hi', __name__, sys.argv[1:])\n")]);
    let compiled = run(&python, &["-c", "import py_compile; py_compile.compile('p.py', cfile='p.cpython-311.pyc')"], &dir);
    assert!(compiled.status.success());
    std::fs::write(dir.join("bad.pyc"), b"not a pyc file at all").expect("scratch is writable");
    for args in [&["p.cpython-311.pyc", "x"][..], &["bad.pyc"][..]] {
        let ours = run(lython(), args, &dir);
        let theirs = run(&python, args, &dir);
        assert_eq!(ours.stdout, theirs.stdout, "{args:?}");
        assert_eq!(String::from_utf8_lossy(&ours.stderr), String::from_utf8_lossy(&theirs.stderr), "{args:?}");
        assert_eq!(ours.status.code(), theirs.status.code(), "{args:?}");
    }
    // The other way: the .pyc lython's importlib writes runs on CPython.
    let imported = run(lython(), &["-c", "import p"], &dir);
    assert!(imported.status.success(), "{}", String::from_utf8_lossy(&imported.stderr));
    let theirs = run(&python, &["__pycache__/p.lython-311.pyc", "y"], &dir);
    assert_eq!(String::from_utf8_lossy(&theirs.stdout), "hi __main__ ['y']\n");
}

/// The interactive prompt, typed at through a pseudo-terminal by
/// `tests/prompt_session.py` (a multi-line `def`, `_`, an exception, an
/// open bracket, a new `sys.ps1`, then Ctrl-D): the screen is CPython's,
/// with `-q` at the prompt and with `-i` after a script that fails.
#[test]
fn prompt_session_looks_like_cpythons() {
    let Some(python) = cpython() else { return };
    let driver = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/prompt_session.py");
    let dir = scratch("prompt", &[("s.py", "y = 5\nprint('script ran')\nraise ValueError('late')\n")]);
    for args in [&["-q"][..], &["-i", "s.py"][..]] {
        let screen = |program: &Path| {
            let mut all = vec![driver.to_str().expect("a UTF-8 path"), program.to_str().expect("a UTF-8 path")];
            all.extend_from_slice(args);
            let out = run(&python, &all, &dir);
            assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
            String::from_utf8_lossy(&out.stdout).into_owned()
        };
        let theirs = screen(&python);
        assert!(theirs.contains(">>> _ + 1\n43\n"), "{theirs}");
        assert_eq!(screen(lython()), theirs, "{args:?}");
    }
}

/// `-m unittest` runs a test module of ours (`setUp`/`tearDown`, assert
/// methods, `subTest`, `skip`, `expectedFailure`, a failure and an error)
/// with CPython's report, the run's duration masked, and its exit status.
#[test]
fn unittest_reports_as_cpython_does() {
    let Some(python) = cpython() else { return };
    let module = include_str!("data/test_counter.py");
    let dir = scratch("unittest", &[("test_counter.py", module)]);
    let report = |program: &Path| {
        let out = run(program, &["-m", "unittest", "-v", "test_counter"], &dir);
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        let masked: Vec<String> =
            stderr.lines().map(|l| if l.starts_with("Ran ") { l.split(" in ").next().unwrap_or(l).to_string() } else { l.to_string() }).collect();
        (String::from_utf8_lossy(&out.stdout).into_owned(), masked, out.status.code())
    };
    let theirs = report(&python);
    assert_eq!(theirs.2, Some(1), "{theirs:?}");
    assert_eq!(report(lython()), theirs);
}
