//! Snippets for the `match` statement: random cases, each one pattern of
//! some kind (literal, value, group, sequence, mapping, class, or, as), some
//! with guards, tried in order against a list of mixed subjects; the errors
//! a class pattern raises at run time; and the patterns the compiler
//! rejects, compiled with `compile()` so that the rest of the program runs.
use super::{block, leaf, list_display, node, text_line, Gen};
use crate::fuzz::program::{Expr, Line};
use crate::fuzz::values::py_str;

/// Patterns that can stand in any case, with the names each binds.
const PATTERNS: &[(&str, &[&str])] = &[
    // Literals: `==` for numbers and strings, `is` for the singletons.
    ("0", &[]),
    ("1", &[]),
    ("-1", &[]),
    ("1.5", &[]),
    ("-0.0", &[]),
    ("2+3j", &[]),
    ("-1j", &[]),
    ("'a'", &[]),
    ("''", &[]),
    ("b'ab'", &[]),
    ("'a' 'bc'", &[]),
    ("True", &[]),
    ("False", &[]),
    ("None", &[]),
    // Values and groups.
    ("C.RED", &[]),
    ("C.BLUE", &[]),
    ("(0)", &[]),
    ("(C.RED)", &[]),
    // Sequences.
    ("[]", &[]),
    ("()", &[]),
    ("[x]", &["x"]),
    ("(x,)", &["x"]),
    ("[x, y]", &["x", "y"]),
    ("x, y", &["x", "y"]),
    ("[x, *rest]", &["x", "rest"]),
    ("(*rest, last)", &["rest", "last"]),
    ("[a, *_, b]", &["a", "b"]),
    ("[0, *mid, 0]", &["mid"]),
    ("[[x, *_], *_]", &["x"]),
    ("[_, _, _]", &[]),
    ("[*_]", &[]),
    ("[*every]", &["every"]),
    ("[1, 2] | (1, 2)", &[]),
    // Mappings.
    ("{}", &[]),
    ("{'k': v}", &["v"]),
    ("{'k': v, **rest}", &["v", "rest"]),
    ("{**rest}", &["rest"]),
    ("{0: _, 'a': [x, *_]}", &["x"]),
    ("{C.RED: v}", &["v"]),
    ("{'k': 1 | 2 as v}", &["v"]),
    ("{'j': _, 'k': _}", &[]),
    ("{None: v}", &["v"]),
    ("{True: v}", &["v"]),
    // Classes: the built-in ones match themselves with one positional
    // sub-pattern; keywords read attributes.
    ("int()", &[]),
    ("int(n)", &["n"]),
    ("int(real=n)", &["n"]),
    ("bool(b)", &["b"]),
    ("float(f)", &["f"]),
    ("str(s2)", &["s2"]),
    ("bytes(bb)", &["bb"]),
    ("list([x, *_])", &["x"]),
    ("list(seq)", &["seq"]),
    ("tuple(t)", &["t"]),
    ("tuple((x, y))", &["x", "y"]),
    ("dict({'k': v})", &["v"]),
    ("dict(d)", &["d"]),
    ("complex(imag=i)", &["i"]),
    ("frozenset(fs)", &["fs"]),
    ("bytearray(ba)", &["ba"]),
    ("set()", &[]),
    ("object()", &[]),
    ("L([x, *_])", &["x"]),
    ("D(k=v)", &["v"]),
    ("D({'k': v})", &["v"]),
    // User classes, by `__match_args__` and by keyword.
    ("P(x, y)", &["x", "y"]),
    ("P(x)", &["x"]),
    ("P(x=0)", &[]),
    ("P(0, y=y)", &["y"]),
    ("P(x=P(x=q))", &["q"]),
    ("P(y=y, x=x)", &["x", "y"]),
    ("P(P(a, b), c)", &["a", "b", "c"]),
    ("P(z=z)", &["z"]),
    ("Q()", &[]),
    ("Q(a=a)", &["a"]),
    ("R(x=x)", &["x"]),
    ("R(y=y)", &["y"]),
    // Run-time errors: too many positional sub-patterns, a class without
    // `__match_args__`, an attribute twice, bad `__match_args__`, a
    // pattern that is not a class.
    ("P(x, y, z)", &["x", "y", "z"]),
    ("Q(a)", &["a"]),
    ("P(x, x=y)", &["x", "y"]),
    ("int(a, b)", &["a", "b"]),
    ("B(x)", &["x"]),
    ("S(x)", &["x"]),
    ("S(x, y)", &["x", "y"]),
    // Or-patterns and as-patterns.
    ("0 | 'a' | []", &[]),
    ("[x] | (x, _)", &["x"]),
    ("int(x) | str(x)", &["x"]),
    ("(1 | 2) as n", &["n"]),
    ("{'k': x} | P(x)", &["x"]),
    ("None | True", &[]),
    ("[x, *_] | {'k': x}", &["x"]),
    ("[x, *_] as whole", &["x", "whole"]),
    ("P() as p", &["p"]),
    ("str() as s2", &["s2"]),
];

/// A class pattern whose name is no class: every subject that reaches it
/// raises, so it is picked seldom.
const NOT_A_CLASS: (&str, &[&str]) = ("notclass()", &[]);

/// Patterns that match anything: only the last case may have one.
const IRREFUTABLE: &[(&str, &[&str])] = &[
    ("_", &[]),
    ("x", &["x"]),
    ("(x)", &["x"]),
    ("_ as w", &["w"]),
    ("x as y", &["x", "y"]),
];

/// Subjects for the cases above: one of each shape, and values equal to
/// others across types (`True == 1`, `1.0 == 1`).
const SUBJECTS: &[&str] = &[
    "0",
    "1",
    "-1",
    "1.0",
    "True",
    "False",
    "None",
    "1.5",
    "-0.0",
    "2+3j",
    "'a'",
    "''",
    "'abc'",
    "b'ab'",
    "bytearray(b'ab')",
    "[]",
    "()",
    "[1]",
    "[1, 2]",
    "(1, 2, 3)",
    "[0, 'a', 0]",
    "[[1, 2], 3]",
    "range(4)",
    "range(0)",
    "{}",
    "{'k': 1}",
    "{'k': [1, 2], 0: 'z'}",
    "{0: 1, 'a': [5]}",
    "{'k': 2, 'j': 3}",
    "{True: 'one'}",
    "{None: 0}",
    "P(1, 2)",
    "P(0, 5)",
    "P(P(1), 2)",
    "P(P(0, 0), [1])",
    "Q()",
    "Q(2)",
    "R()",
    "B()",
    "S()",
    "D(k=7)",
    "D(j=1)",
    "L([1, 2])",
    "L()",
    "C.RED",
    "'b'",
    "{1, 2}",
    "frozenset()",
    "[1, 2, 3, 4, 5]",
    "(None,)",
    "10**20",
    "float('nan')",
    "1j",
    "iter([1])",
];

/// The classes the patterns and subjects name. `D.get` logs: a mapping
/// pattern reads a subject's keys through its `get` method.
const CLASSES: &str = "
    log = []
    class P:
        __match_args__ = ('x', 'y')
        def __init__(self, x, y=0): self.x, self.y = x, y
        def __repr__(self): return f'P({self.x!r}, {self.y!r})'
    class Q:
        def __init__(self, a=1): self.a = a
        def __repr__(self): return f'Q({self.a!r})'
    class R:
        __match_args__ = ('x',)
        @property
        def x(self): raise ValueError('x property')
        @property
        def y(self): raise AttributeError('y property')
    class B:
        __match_args__ = ['x']
        x = 1
    class S:
        __match_args__ = ('x', 2)
        x = 1
    class C:
        RED = 1
        BLUE = 'b'
    class D(dict):
        def get(self, k, default=None):
            log.append(('get', k))
            return dict.get(self, k, default)
    class L(list): pass
    notclass = 5";

/// Guards that read the subject or log their own evaluation.
const SUBJECT_GUARDS: &[&str] = &[
    "s",
    "not s",
    "isinstance(s, (int, str))",
    "log.append('guard') is None",
    "1 / (s != 0)",
    "len(s) > 1",
];

impl Gen {
    /// A `match` snippet: mostly random cases over mixed subjects.
    pub(super) fn match_snippet(&mut self) -> (String, Vec<Line>) {
        match self.rng.below(5) {
            0..=2 => self.match_cases_snippet(),
            3 => self.match_one_pattern_snippet(),
            _ => self.match_compile_snippet(),
        }
    }

    /// A function of several random cases, called on random subjects: each
    /// call's result names the case and its bindings, or the exception.
    fn match_cases_snippet(&mut self) -> (String, Vec<Line>) {
        let count = 3 + self.rng.below(6);
        let mut cases: Vec<(&str, &[&str])> = (0..count)
            .map(|_| match self.rng.chance(3) {
                true => NOT_A_CLASS,
                false => *self.rng.pick(PATTERNS),
            })
            .collect();
        if self.rng.chance(60) {
            cases.push(*self.rng.pick(IRREFUTABLE));
        }
        let mut lines = block(CLASSES, vec![]);
        lines.push(text_line(0, "def f(s):"));
        lines.push(text_line(1, "match s:"));
        for (i, (pattern, names)) in cases.iter().enumerate() {
            let guard = self.guard(names);
            lines.push(text_line(2, &format!("case {pattern}{guard}:")));
            let mut values = vec![i.to_string()];
            values.extend(names.iter().map(|n| n.to_string()));
            lines.push(text_line(3, &format!("return ({},)", values.join(", "))));
        }
        lines.push(text_line(1, "return 'no case'"));
        lines.extend(self.match_calls());
        let topic = match cases.len() - count {
            0 => "match.cases",
            _ => "match.cases-default",
        };
        (topic.into(), lines)
    }

    /// ` if …` for a case whose pattern binds `names`, or nothing.
    fn guard(&mut self, names: &[&str]) -> String {
        if !self.rng.chance(30) {
            return String::new();
        }
        let guard = match names.first() {
            Some(name) if self.rng.chance(50) => {
                let form = *self
                    .rng
                    .pick(&["{}", "{} != 0", "len({}) > 1", "{} in (1, 'a')"]);
                form.replace("{}", name)
            }
            _ => self.rng.pick(SUBJECT_GUARDS).to_string(),
        };
        format!(" if {guard}")
    }

    /// `f` called on mixed subjects, its exceptions caught one by one.
    fn match_calls(&mut self) -> Vec<Line> {
        let n = 6 + self.rng.below(6);
        let mut subjects: Vec<Expr> = (0..n).map(|_| leaf(self.rng.pick_str(SUBJECTS))).collect();
        // A random value of depth 0: deeper ones may raise as the list is
        // built, and that would hide every call's result.
        if self.rng.chance(50) {
            subjects.push(self.any(0));
        }
        vec![
            text_line(0, "r = []"),
            Line::new(
                0,
                node("for s in {}:", vec![list_display("[", "]", subjects)]),
            ),
            text_line(1, "try: r.append(f(s))"),
            text_line(
                1,
                "except Exception as e: r.append((type(e).__name__, str(e)))",
            ),
            text_line(0, "return (r, log)"),
        ]
    }

    /// One pattern against one subject, with a subject `match` reads in a
    /// way of its own: a tuple of two, a star-unpacked display, a walrus.
    fn match_one_pattern_snippet(&mut self) -> (String, Vec<Line>) {
        let (pattern, names) = *self.rng.pick(PATTERNS);
        let subject = self.rng.pick_str(SUBJECTS);
        let form = *self.rng.pick(&[
            "{s}",
            "{s}, {s}",
            "[*{s}]",
            "(w := {s})",
            "{s} if log else None",
        ]);
        let subject = form.replace("{s}", subject);
        let mut lines = block(CLASSES, vec![]);
        let bound = names.join(", ");
        lines.extend([
            text_line(0, &format!("match {subject}:")),
            text_line(1, &format!("case {pattern}:")),
            text_line(2, &format!("return ('matched', [{bound}], log)")),
            text_line(1, "case other:"),
            text_line(2, "return ('other', other, log)"),
        ]);
        ("match.one".into(), lines)
    }

    /// A `match` statement the compiler may reject (an irrefutable pattern
    /// before others, names bound twice or differently by alternatives,
    /// duplicate mapping keys, two stars), compiled and run by `exec`. No
    /// complex literal with a real part that is not a number (`1+1`):
    /// lython's parser accepts it (appendix B, "The grammar").
    fn match_compile_snippet(&mut self) -> (String, Vec<Line>) {
        let (first, _) = *self.rng.pick(&[IRREFUTABLE, PATTERNS].concat());
        let second = *self.rng.pick(&[
            "[x, x]",
            "[x] | [y]",
            "x | 1",
            "_ | 1",
            "{'a': 1, 'a': 2}",
            "{'a': 1, 'b': 2}",
            "[*a, *b]",
            "x",
            "1 | x",
            "(a, b) | (b, a)",
            "P(x, x)",
            "P(a=1, a=2)",
            "{0: a, 0.0: b}",
            "{-0.0: a, 0: b}",
            "-1j",
            "1-1j",
            "(1 | 2) as _",
        ]);
        let source = format!(
            "match v:\n    case {first}:\n        r = 1\n    case {second}:\n        r = 2\n    case _:\n        r = 3"
        );
        let mut lines = block(CLASSES, vec![]);
        lines.extend(block(
            "
            g = dict(locals(), v={})
            try:",
            vec![self.any(1)],
        ));
        // Not through `block`: the source may hold braces of its own.
        let exec = format!("exec(compile({}, 'm', 'exec'), g)", py_str(&source));
        lines.push(text_line(1, &exec));
        lines.extend(block(
            "
            except SyntaxError as e:
                return ('SyntaxError', e.msg, e.lineno)
            except Exception as e:
                return (type(e).__name__, str(e))
            return g['r']",
            vec![],
        ));
        ("match.compile".into(), lines)
    }
}
