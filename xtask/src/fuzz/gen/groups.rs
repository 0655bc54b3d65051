//! Snippets for exception groups: random trees of `ExceptionGroup` and
//! `BaseExceptionGroup` raised into `except*` clauses whose handlers log,
//! re-raise, raise anew or nest another `try`/`except*`; the groups'
//! `split`, `subgroup` and `derive` with every kind of condition; and the
//! `except*` forms the compiler rejects.
//!
//! No handler adds a note before re-raising: lython's `PREP_RERAISE_STAR`
//! ignores `__notes__` when it tells a re-raised part from a new one
//! (appendix B, "An uncaught exception group"), and CPython counts a part
//! with new notes as new.
use super::{block, text_line, Gen};
use crate::fuzz::program::Line;
use crate::fuzz::values::py_str;

/// Leaves deriving from `Exception`.
const LEAVES: &[&str] = &[
    "ValueError(1)",
    "ValueError('v')",
    "TypeError('t')",
    "KeyError('k')",
    "IndexError(2)",
    "OSError(2, 'no')",
    "ZeroDivisionError('z')",
    "RuntimeError('r')",
    "MyErr('m')",
    "StopIteration(5)",
];

/// Leaves that only a `BaseExceptionGroup` may hold.
const BASE_LEAVES: &[&str] = &["KeyboardInterrupt()", "SystemExit(3)", "GeneratorExit()"];

/// What an `except*` clause names (the last is refused at run time).
const CLAUSE_TYPES: &[&str] = &[
    "ValueError",
    "TypeError",
    "(TypeError, KeyError)",
    "LookupError",
    "Exception",
    "OSError",
    "FileNotFoundError",
    "MyErr",
    "BaseException",
    "KeyboardInterrupt",
    "(SystemExit, ValueError)",
    "ArithmeticError",
    "RuntimeError",
    "StopIteration",
];

/// Conditions for `split` and `subgroup`: types, tuples, predicates
/// (one of which raises, one of which matches groups), and non-conditions.
const CONDITIONS: &[&str] = &[
    "ValueError",
    "(TypeError, KeyError)",
    "LookupError",
    "Exception",
    "BaseException",
    "KeyboardInterrupt",
    "MyErr",
    "ExceptionGroup",
    "BaseExceptionGroup",
    "MyEG",
    "lambda e: isinstance(e, ValueError)",
    "lambda e: isinstance(e, BaseExceptionGroup) and e.message == 'inner'",
    "lambda e: not isinstance(e, BaseExceptionGroup) and e.args[:1] == (1,)",
    "lambda e: 1 / 0",
    "lambda e: True",
    "lambda e: False",
    "5",
    "(ValueError, 5)",
    "'ValueError'",
];

/// The helpers every snippet shares: a user exception, a group subclass
/// whose `derive` keeps it, and `show`, a group's tree as lists.
const HELPERS: &str = "
    log = []
    class MyErr(Exception): pass
    class MyEG(ExceptionGroup):
        def derive(self, excs): return MyEG(self.message + '+', excs)
    def show(e):
        if isinstance(e, BaseExceptionGroup):
            return [type(e).__name__, e.message, *[show(x) for x in e.exceptions]]
        return repr(e)";

impl Gen {
    /// An exception-group snippet: `except*` handlers, the group methods,
    /// or the forms the compiler rejects.
    pub(super) fn group_snippet(&mut self) -> (String, Vec<Line>) {
        match self.rng.below(6) {
            0..=2 => self.except_star_snippet(),
            3..=4 => self.group_methods_snippet(),
            _ => self.except_star_compile_snippet(),
        }
    }

    /// A group tree `depth` levels deep at most, and whether it holds a
    /// leaf only a `BaseExceptionGroup` may hold.
    fn group_tree(&mut self, depth: usize) -> (String, bool) {
        let n = 1 + self.rng.below(3);
        let mut base = false;
        let mut items = Vec::new();
        for _ in 0..n {
            let (item, item_base) = if depth > 0 && self.rng.chance(30) {
                self.group_tree(depth - 1)
            } else if self.rng.chance(10) {
                (self.rng.pick_str(BASE_LEAVES).to_string(), true)
            } else {
                (self.rng.pick_str(LEAVES).to_string(), false)
            };
            base |= item_base;
            items.push(item);
        }
        let class = match base || self.rng.chance(10) {
            // An `ExceptionGroup` holding a base exception is refused
            // now and then, to compare the `TypeError`.
            true if self.rng.chance(95) => "BaseExceptionGroup",
            _ => self
                .rng
                .pick_str(&["ExceptionGroup", "ExceptionGroup", "MyEG"]),
        };
        let message = self.rng.pick_str(&["eg", "inner", "", "outer"]);
        let tree = format!("{class}({}, [{}])", py_str(message), items.join(", "));
        (tree, base)
    }

    /// What the `try` body raises: a group (perhaps with a cause), a
    /// naked exception, which `except*` wraps, or nothing.
    fn star_body(&mut self) -> String {
        match self.rng.below(10) {
            0 => "pass".into(),
            1 => format!("raise {}", self.rng.pick_str(LEAVES)),
            2 => format!("raise {} from KeyError('cause')", self.group_tree(2).0),
            _ => format!("raise {}", self.group_tree(2).0),
        }
    }

    /// A `try` with random `except*` clauses, perhaps an `else` and a
    /// `finally`, inside a function whose outcome is shown.
    fn except_star_snippet(&mut self) -> (String, Vec<Line>) {
        let mut lines = block(HELPERS, vec![]);
        lines.push(text_line(0, "def body():"));
        lines.push(text_line(1, "try:"));
        let body = self.star_body();
        lines.push(text_line(2, &body));
        let clauses = 1 + self.rng.below(3);
        for i in 0..clauses {
            let clause = match self.rng.chance(3) {
                true => "ExceptionGroup",
                false => self.rng.pick_str(CLAUSE_TYPES),
            };
            lines.push(text_line(1, &format!("except* {clause} as e:")));
            lines.push(text_line(2, &format!("log.append(({i}, show(e)))")));
            self.star_action(i, &mut lines);
        }
        if self.rng.chance(20) {
            lines.push(text_line(1, "else:"));
            lines.push(text_line(2, "log.append('else')"));
        }
        if self.rng.chance(30) {
            lines.push(text_line(1, "finally:"));
            lines.push(text_line(2, "log.append('finally')"));
        }
        lines.push(text_line(1, "return 'fell through'"));
        lines.extend(block(
            "
            try:
                r = body()
            except BaseException as e:
                r = (show(e), type(e.__cause__).__name__, type(e.__context__).__name__)
            return (r, log)",
            vec![],
        ));
        ("except-star.handlers".into(), lines)
    }

    /// The rest of handler `i`: nothing, a re-raise, a new exception
    /// (chained or not), a part of the match, or a nested `except*`.
    fn star_action(&mut self, i: usize, lines: &mut Vec<Line>) {
        let action: &[&str] = match self.rng.below(8) {
            0..=1 => &[],
            2 => &["raise"],
            3 => &["raise RuntimeError('handler')"],
            4 => &["raise e.exceptions[0]"],
            5 => &["raise ValueError('again') from e"],
            6 => &[
                "try:",
                "    raise ExceptionGroup('inner', [TypeError(9), e])",
                "except* TypeError as f:",
                "    log.append(('nested', show(f)))",
            ],
            _ => &["1 / 0"],
        };
        for row in action {
            let depth = (row.len() - row.trim_start().len()) / 4;
            lines.push(text_line(2 + depth, row.trim_start()));
        }
        if action.is_empty() && i % 2 == 1 {
            lines.push(text_line(2, "log.append(e.exceptions == e.exceptions)"));
        }
    }

    /// `split`, `subgroup` and `derive` of a random tree, which was raised
    /// once (so that its parts share a traceback, cause and context), and
    /// the constructor's checks.
    fn group_methods_snippet(&mut self) -> (String, Vec<Line>) {
        let (tree, _) = self.group_tree(2);
        let mut lines = block(HELPERS, vec![]);
        lines.extend(block(
            "
            r = []
            def t(f):
                try: r.append(f())
                except Exception as e: r.append((type(e).__name__, str(e)))
            try:",
            vec![],
        ));
        lines.push(text_line(1, &format!("raise {tree} from KeyError('c')")));
        lines.push(text_line(0, "except BaseException as caught: eg = caught"));
        if self.rng.chance(30) {
            lines.push(text_line(0, "eg.add_note('a note')"));
        }
        for _ in 0..2 + self.rng.below(4) {
            let cond = self.rng.pick_str(CONDITIONS);
            let trial = self.rng.pick_str(&[
                "show(eg)",
                "(repr(eg), str(eg), eg.args[0])",
                "[p and show(p) for p in eg.split({c})]",
                "(lambda s: s and show(s))(eg.subgroup({c}))",
                "[p and type(p.__cause__).__name__ for p in eg.split({c})]",
                "[p and p.__traceback__ is eg.__traceback__ for p in eg.split({c})]",
                "[p and getattr(p, '__notes__', None) for p in eg.split({c})]",
                "[p is eg for p in eg.split({c})]",
                "eg.subgroup({c}) is eg",
                "show(eg.derive([ValueError(0)]))",
                "eg.derive([KeyboardInterrupt()])",
                "type(eg.derive(eg.exceptions)).__name__",
                "ExceptionGroup('m', [])",
                "ExceptionGroup('m', 5)",
                "ExceptionGroup(5, [ValueError()])",
                "ExceptionGroup('m', [1])",
                "ExceptionGroup('m', [KeyboardInterrupt()])",
                "type(BaseExceptionGroup('m', [ValueError()])).__name__",
                "show(BaseExceptionGroup('m', (ValueError(1), KeyboardInterrupt())))",
                "ExceptionGroup('m')",
                "eg.split()",
                "eg.exceptions is eg.exceptions",
                "type(eg.exceptions).__name__",
            ]);
            let trial = trial.replace("{c}", cond);
            lines.push(text_line(0, &format!("t(lambda: {trial})")));
        }
        lines.push(text_line(0, "return r"));
        ("except-star.methods".into(), lines)
    }

    /// `except*` forms the compiler rejects (a bare `except*`, `except`
    /// and `except*` on one `try`, `return`, `break` or `continue` in a
    /// handler), and ones it accepts, compiled and run by `exec` inside a
    /// function.
    fn except_star_compile_snippet(&mut self) -> (String, Vec<Line>) {
        let handler = self.rng.pick_str(&[
            "except*:\n    r = 1",
            "except* ValueError:\n    r = 1\nexcept TypeError:\n    r = 2",
            "except TypeError:\n    r = 1\nexcept* ValueError:\n    r = 2",
            "except* ValueError:\n    return 1",
            "except* ValueError:\n    break",
            "except* ValueError:\n    continue",
            "except* ValueError:\n    for i in range(2):\n        continue\n    r = i",
            "except* ValueError:\n    def f():\n        return 1\n    r = f()",
            "except* (ValueError, TypeError) as e:\n    r = len(e.exceptions)",
            "except* ValueError as e:\n    r = 1\nelse:\n    r = 2",
            "except* ExceptionGroup:\n    r = 1",
            "except* ValueError, TypeError:\n    r = 1",
            "except* ValueError:\n    r = 1\nfinally:\n    return 3",
            "except* ValueError:\n    async def g():\n        return 1\n    r = 4",
        ]);
        let mut source = String::from(
            "def h():\n    r = 0\n    for _ in range(1):\n        try:\n            raise ExceptionGroup('g', [ValueError(1)])\n",
        );
        for row in handler.lines() {
            source.push_str(&format!("        {row}\n"));
        }
        source.push_str("    return r\nr = h()\n");
        let mut lines = block(
            "
            g = ⟨⟩
            try:",
            vec![],
        );
        lines.push(text_line(
            1,
            &format!("exec(compile({}, 'x', 'exec'), g)", py_str(&source)),
        ));
        lines.extend(block(
            "
            except SyntaxError as e:
                return ('SyntaxError', e.msg, e.lineno)
            except BaseException as e:
                return (type(e).__name__, str(e))
            return g.get('r')",
            vec![],
        ));
        ("except-star.compile".into(), lines)
    }
}
