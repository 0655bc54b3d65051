//! Snippets for built-in functions and types beyond the expression
//! generator's: `eval`, `exec` and `compile`, the iterator builtins,
//! `bytes`, `complex`, `round`, `pow`, `format`, `ascii`, `divmod`, dict
//! views and operators, list slice assignment, `frozenset`, and the limit
//! on int/str conversion.
//!
//! Each snippet is a few trials of one kind, run one by one so that an
//! exception ends only its own trial: an expression runs as
//! `t(lambda: …)`, a statement (a template starting with `!`) in a `try`
//! of its own; the results, values or `(type, message)` pairs, are
//! returned in order.
use super::{leaf, Gen};
use crate::fuzz::program::{Expr, Line, Piece};
use crate::fuzz::values::{bytes_literal, py_str, small_int};

/// One kind of trial: the lines that set it up and the templates of its
/// trials. In both, `{}` is a hole for the kind's `fill`, `{name}` one for
/// a value of the named sort (see [`Gen::named`]), and `⟨` `⟩` stand for
/// literal braces.
pub(super) struct Kind {
    pub(super) name: &'static str,
    pub(super) setup: &'static str,
    pub(super) trials: &'static [&'static str],
    pub(super) fill: fn(&mut Gen) -> Expr,
}

const HEADER: &str = "
    r = []
    def t(f):
        try: r.append(f())
        except Exception as e: r.append((type(e).__name__, str(e)))";

const CATCH: &str = "except Exception as e: r.append((type(e).__name__, str(e)))";

const KINDS: &[Kind] = &[
    EVAL,
    EXEC,
    ITERATORS,
    BYTES,
    COMPLEX,
    ROUND_POW,
    FORMAT_DIVMOD,
    DICT_VIEWS,
    DICT_OPERATORS,
    SLICE_ASSIGN,
    FROZENSET,
    INT_DIGITS,
];

const EVAL: Kind = Kind {
    name: "eval",
    setup: "
        g = ⟨'x': 3, 'y': [1, 2]⟩
        l = ⟨'x': 'local'⟩
        class M:
            def __getitem__(self, k):
                if k == 'z': return 'from M'
                raise KeyError(k)",
    trials: &[
        "eval({})",
        "eval({}, g)",
        "eval({}, g, l)",
        "eval({}, ⟨⟩)",
        "eval({}, g, M())",
        "eval({}, None, l)",
        "eval(compile({}, 'c', 'eval'), g)",
        "eval(compile({}, 'c', 'eval'), g, l)",
        "compile({}, 'c', {mode})",
        "(lambda c: (c.co_filename, c.co_name, c.co_names))(compile({}, 'c', {mode}))",
        "eval(compile({}, 'c', 'single'), g)",
        "eval(b'x + 1', g)",
        "eval(5)",
        "eval('x', [])",
        "eval('x', ⟨⟩, 5)",
        "eval('1\\x00')",
        "compile('1', 'c', 'bad')",
        "compile(5, 'c', 'eval')",
        "compile('1', 'c')",
        "eval({}, ⟨'__builtins__': ⟨⟩⟩)",
        "sorted(k for k in g if k != '__builtins__')",
    ],
    fill: eval_source,
};

const EXEC: Kind = Kind {
    name: "exec",
    setup: "
        g = ⟨'x': 3, 'y': [1, 2]⟩
        l = ⟨⟩",
    trials: &[
        "!exec({}, g); r.append(sorted(k for k in g if k != '__builtins__'))",
        "!exec({}, g, l); r.append((sorted(l), '__builtins__' in g))",
        "!exec(compile({}, 'c', 'exec'), g); r.append(g.get('b'))",
        "exec({})",
        "exec({}, ⟨⟩)",
        "!exec({}, g, g); r.append(g.get('f') and g['f']())",
        "exec('x', g, [])",
        "exec(compile('x', 'c', 'eval'), g)",
    ],
    fill: exec_source,
};

/// `Call` raises `StopIteration` after eight calls, which ends its
/// `iter(callable, sentinel)` when the sentinel never comes.
const ITERATORS: Kind = Kind {
    name: "iterators",
    setup: "
        c = iter(range(10))
        class Call:
            def __init__(self): self.n = 0
            def __call__(self):
                self.n += 1
                if self.n > 8: raise StopIteration
                return self.n",
    trials: &[
        "list(map({f}, {seq}))",
        "list(map(pow, {intlist}, {exponents}))",
        "list(map(lambda a, b: (a, b), {seq}, {seq}))",
        "list(filter(None, {seq}))",
        "list(filter({f}, {seq}))",
        "map(abs)",
        "filter(None)",
        "list(map(abs, 5))",
        "next(map(abs, []), 'empty')",
        "list(zip({seq}, {seq}, strict=True))",
        "list(zip({seq}, {seq}, {seq}, strict=True))",
        "list(zip(strict=True))",
        "list(zip({seq}, strict=False))",
        "list(map(sum, zip({intlist}, {intlist}, strict=True)))",
        "list(iter(lambda: next(c), {small}))",
        "list(iter(lambda: next(c, 'end'), 'end'))",
        "list(iter(Call(), {small}))",
        "iter(5, 3)",
        "list(iter(lambda: 1 / 0, 2))",
        "next(iter(int, 0), 'stop')",
        "(lambda i: (next(i, None), list(i)))(iter(Call(), 2))",
    ],
    fill: |g| g.sequence(1),
};

const BYTES: Kind = Kind {
    name: "bytes",
    setup: "",
    trials: &[
        "bytes({})",
        "bytes()",
        "{bytes}[{slice}]",
        "{bytes} + {bytes}",
        "{bytes} * {repeat}",
        "{small} in {bytes}",
        "{bytes} in {bytes}",
        "list({bytes})",
        "{bytes} < {bytes}",
        "{bytes} == {str}",
        "len(bytes({}))",
        "repr(bytes({}))",
        "str({bytes})",
        "b'%s|%d|%r' % ({bytes}, {small}, {bytes})",
        "sorted({bytes})",
        "max({bytes})",
        "{bytes} + 'a'",
        "hash({bytes}) == hash(bytes(list({bytes})))",
        "[x for x in reversed({bytes})]",
        "bytes(bytes({}))",
        "bytearray({})",
        "bytes(bytearray({})) == bytes({})",
    ],
    fill: bytes_source,
};

const COMPLEX: Kind = Kind {
    name: "complex",
    setup: "
        class Cx:
            def __complex__(self): return 2j
        class Fl:
            def __float__(self): return 1.5",
    trials: &[
        "complex({}, {})",
        "complex({cstr})",
        "complex({cstr}, 1)",
        "complex(1, '2')",
        "complex(Cx())",
        "complex(Fl(), Cx())",
        "{} + {}",
        "{} - {}",
        "{} * {}",
        "{} / {}",
        "{} ** {cexp}",
        "abs({})",
        "repr({})",
        "str({})",
        "{} == {}",
        "{} < {}",
        "({}).conjugate()",
        "(({}).real, ({}).imag)",
        "-{}",
        "bool({})",
        "(-8) ** 0.5",
        "(-8) ** (1/3)",
        "pow(-1, 0.5)",
        "{} // {}",
        "{} % {}",
        "divmod({}, {})",
        "int({})",
        "float({})",
        // A NaN hashes by its address in CPython 3.11.
        "(lambda c: 'nan' if c != c else hash(c))({})",
        "format({}, {cspec})",
        "'%s|%r' % ({}, {})",
        "round({})",
        "0j ** -1",
        "(1+1j) ** {small}",
        "complex(1e308, 1e308) * 10",
    ],
    fill: complex_value,
};

const ROUND_POW: Kind = Kind {
    name: "round-pow",
    setup: "
        class Rd:
            def __round__(self, *a): return ('rounded', a)",
    trials: &[
        "round({num}, {ndigits})",
        "round({num})",
        "round(Rd())",
        "round(Rd(), {ndigits})",
        "round({num}, 1.5)",
        "round('x')",
        "round(2.675, 2)",
        "round({halves})",
        "round({int}, -{small})",
        "round(number={num}, ndigits=None)",
        "type(round({num}, None)).__name__",
        "round(float('inf'))",
        "round(float('nan'), 2)",
        "round(True, 1)",
        "pow({int}, {negative})",
        "pow({num}, {negative})",
        "pow({int}, {negative}, {int})",
        "pow(3, -1, 7)",
        "pow(-3, -1, 7)",
        "pow(3, -1, -7)",
        "pow(2, -1, 4)",
        "pow(0, -1)",
        "pow(0.0, -1)",
        "pow(2, 3, 0)",
        "pow(2.0, 3, 5)",
        "pow(2, 0.5, 5)",
        "pow(-8, 1/3)",
        "pow(2**100, -1, 2**61 - 1)",
        "pow(1, -1, 1)",
        "pow(base=2, exp=3, mod=5)",
        "pow(2, 3, None)",
    ],
    fill: |g| g.number(1),
};

const FORMAT_DIVMOD: Kind = Kind {
    name: "format-divmod",
    setup: "
        class Fx:
            def __format__(self, spec): return 'Fx[' + spec + ']'
        class Bad:
            def __format__(self, spec): return 5
        class Dv:
            def __divmod__(self, o): return ('divmod', o)
            def __rdivmod__(self, o): return ('rdivmod', o)",
    trials: &[
        "ascii({})",
        "ascii([{}, {str}])",
        "ascii({str})",
        "format({})",
        "format({}, {spec})",
        "format(Fx(), {spec})",
        "format(Bad())",
        "format(1, 5)",
        "format(object(), 'x')",
        "format(object(), '')",
        "f'⟨Fx():>3⟩⟨Fx()⟩'",
        "divmod({num}, {num})",
        "divmod({num}, 0)",
        "divmod({int}, {int})",
        "divmod(-7, 2)",
        "divmod(7.5, -2)",
        "divmod(-0.0, 1)",
        "divmod('a', 1)",
        "divmod(True, 2)",
        "divmod(2**100, -3)",
        "divmod(Dv(), 3)",
        "divmod(3, Dv())",
        "divmod(1e308, 1e-308)",
    ],
    fill: |g| g.any(1),
};

const DICT_VIEWS: Kind = Kind {
    name: "dict-views",
    setup: "
        d = {}
        k, v, i = d.keys(), d.values(), d.items()",
    trials: &[
        "(list(k), list(v), list(i))",
        "!d[{hashable}] = {small}; r.append((list(k), list(v), len(i)))",
        "!d.pop({hashable}, None); r.append(list(i))",
        "!d.clear(); r.append((list(k), list(v), list(i)))",
        "k & {set}",
        "k | {set}",
        "k - {set}",
        "k ^ {set}",
        "{set} - k",
        "{set} & k",
        "i & ⟨(1, 'a'), (2, 2)⟩",
        "i | [(2, 'b')]",
        "i - ⟨(1, 'a')⟩",
        "k == {set}",
        "k <= {set}",
        "k < k",
        "i == i",
        "v == v",
        "d.keys() == d.keys()",
        "len(k)",
        "{hashable} in k",
        "({hashable}, {hashable}) in i",
        "k.isdisjoint({set})",
        "i.isdisjoint([(1, 2)])",
        "list(reversed(k))",
        "list(reversed(i))",
        "k.mapping == d",
        "repr(k)",
        "repr(i)",
        "k & [[1]]",
        "⟨1: [2]⟩.items() | set()",
        "d.update(((x, 'new'), 0) for x in k)",
        "!r.append([x for x in i if d.setdefault(x[0], 9)])",
    ],
    // The items view's set operations hash every `(key, value)`, so no
    // value may hash by address (a `None`, a NaN): the order of the set
    // they make would be CPython's address, not a value.
    fill: |g| g.dict_of(1, Gen::item_value),
};

const DICT_OPERATORS: Kind = Kind {
    name: "dict-operators",
    setup: "
        d = {}
        class D2(dict): pass",
    trials: &[
        "d | {}",
        "{} | d",
        "d | [(1, 2)]",
        "[(1, 2)] | d",
        "!d |= {}; r.append(d)",
        "!d |= [(1, 2), ('k', 'v')]; r.append(d)",
        "!d |= 5",
        "!d |= [[1]]",
        "!d |= ['ab']; r.append(d)",
        "type(D2(d) | d).__name__",
        "type(d | D2(a=1)).__name__",
        "dict.fromkeys({seq})",
        "dict.fromkeys({seq}, {small})",
        "dict.fromkeys([[1]])",
        "D2.fromkeys('ab')",
        "type(D2.fromkeys('ab')).__name__",
        "(lambda f: (f, f[1] is f[2]))(dict.fromkeys([1, 2], []))",
        "dict.fromkeys()",
        "dict.fromkeys(5)",
        "dict.fromkeys(d, 0) == dict.fromkeys(d.keys(), 0)",
    ],
    fill: |g| g.dict(1),
};

const SLICE_ASSIGN: Kind = Kind {
    name: "slice-assign",
    setup: "
        a = list(range({length}))",
    trials: &[
        "!a[{slice}] = {}; r.append(a[:])",
        "!a[{slice}] = {}; r.append(a[:])",
        "!del a[{slice}]; r.append(a[:])",
        "!a[::{step}] = {}; r.append(a[:])",
        "!a[{small}:{small}] = {}; r.append(a[:])",
        "!a[:] = a; r.append(a[:])",
        "!a[1::3] = a[:len(a[1::3])]; r.append(a[:])",
        "!a[::-1] = a; r.append(a[:])",
    ],
    fill: slice_value,
};

const FROZENSET: Kind = Kind {
    name: "frozenset",
    setup: "
        fs = frozenset({set})
        class FS(frozenset): pass",
    trials: &[
        "fs {setop} {}",
        "{} {setop} fs",
        "frozenset({}) {setop} {}",
        "type(fs | set({})).__name__",
        "type(set({}) | fs).__name__",
        "fs == set(fs)",
        "hash(frozenset({intlist})) == hash(frozenset(reversed({intlist})))",
        "fs.union({}, {})",
        "fs.intersection({}, [1, 2])",
        "fs.symmetric_difference({})",
        "fs.copy() is fs",
        "repr(frozenset({}))",
        "frozenset([[1]])",
        "set(fs) in ⟨fs⟩",
        "⟨fs: 1⟩[set(fs)]",
        "FS([1, 2]) | ⟨3⟩",
        "type(FS([1, 2]) | ⟨3⟩).__name__",
        "repr(FS([2, 1]))",
        "sorted(fs, key=repr)",
        "fs.issubset({})",
        "fs.isdisjoint({})",
        "fs <= {}",
        "len(fs - {})",
        "frozenset(fs) is fs",
    ],
    fill: |g| g.set(1),
};

const INT_DIGITS: Kind = Kind {
    name: "int-digits",
    setup: "",
    trials: &[
        "int('1' * {digits})",
        "len(str(10 ** {digits}))",
        "len(repr(-10 ** {digits}))",
        "len('%d' % (10 ** {digits}))",
        "len(f'⟨10 ** {digits}⟩')",
        "len(format(10 ** {digits}, 'd'))",
        "len(format(10 ** {digits}, 'x'))",
        "int('1' * 5000, 16).bit_length()",
        "len(hex(10 ** 5000))",
        "int('1' * {digits}, 36) % 1000",
        "int('-' + '1' * 4300) % 1000",
        "int('1_' * 2200 + '1') % 1000",
        "int(b'1' * {digits}) % 1000",
        "int(' ' * 5000 + '1')",
        "str(2 ** 14000)[:5]",
        "sys.get_int_max_str_digits()",
        "!sys.set_int_max_str_digits({limit}); r.append((sys.get_int_max_str_digits(), len(str(10 ** 700))))",
        "!sys.set_int_max_str_digits(maxdigits={limit}); r.append(int('7' * 800) % 10)",
        "sys.set_int_max_str_digits()",
    ],
    fill: |g| g.int(1),
};

impl Gen {
    /// A few trials of one kind of built-in.
    pub(super) fn library_snippet(&mut self) -> (String, Vec<Line>) {
        let kind = self.rng.pick(KINDS);
        self.trials_snippet("library", kind)
    }

    /// A few trials of `kind`, its topic `family.name`. A `$` in its
    /// texts stands for the snippet's own module prefix
    /// ([`Gen::module_prefix`]).
    pub(super) fn trials_snippet(&mut self, family: &str, kind: &Kind) -> (String, Vec<Line>) {
        let mut lines = super::block(HEADER, vec![]);
        let setup = self.renamed(kind.setup);
        lines.extend(self.template_lines(&setup, kind.fill));
        for _ in 0..2 + self.rng.below(4) {
            let picked = self.rng.pick_str(kind.trials);
            let trial = self.renamed(picked);
            match trial.strip_prefix('!') {
                Some(statement) => {
                    let code = self.template(statement, kind.fill);
                    lines.push(Line::new(0, prefixed("try: ", code)));
                    lines.push(super::text_line(0, CATCH));
                }
                None => {
                    let code = self.template(&trial, kind.fill);
                    lines.push(Line::new(0, super::around("t(lambda: ", code, ")")));
                }
            }
        }
        if kind.name == "int-digits" {
            // The limit is the process's: later snippets need the default.
            lines.push(super::text_line(0, "sys.set_int_max_str_digits(4300)"));
        }
        lines.push(super::text_line(0, "return r"));
        (format!("{family}.{}", kind.name), lines)
    }

    /// The lines of `source` (as [`super::block`] reads them) with their
    /// holes filled as in [`Gen::template`].
    pub(super) fn template_lines(&mut self, source: &str, fill: fn(&mut Gen) -> Expr) -> Vec<Line> {
        super::rows(source)
            .into_iter()
            .map(|(indent, code)| Line::new(indent, self.template(code, fill)))
            .collect()
    }

    /// `text` with each `{}` filled by `fill` and each `{name}` by
    /// [`Gen::named`], every value a child the minimiser can cut.
    pub(super) fn template(&mut self, text: &str, fill: fn(&mut Gen) -> Expr) -> Expr {
        let mut pieces = Vec::new();
        let mut rest = text;
        while let Some(open) = rest.find('{') {
            let close = open + rest[open..].find('}').expect("a hole is closed");
            pieces.push(Piece::Text(unbrace(&rest[..open])));
            let name = &rest[open + 1..close];
            let kid = match name {
                "" => fill(self),
                _ => self.named(name),
            };
            pieces.push(Piece::Kid(kid));
            rest = &rest[close + 1..];
        }
        pieces.push(Piece::Text(unbrace(rest)));
        pieces.retain(|p| !matches!(p, Piece::Text(t) if t.is_empty()));
        if pieces.iter().all(|p| matches!(p, Piece::Text(_))) {
            return leaf(unbrace(text));
        }
        Expr::Node(pieces)
    }

    /// A value of the sort `name` names in a template.
    fn named(&mut self, name: &str) -> Expr {
        let pick = |g: &mut Gen, items: &[&str]| leaf(g.rng.pick_str(items));
        match name {
            "seq" => self.sequence(1),
            "intlist" => self.int_list(1),
            "set" => self.set(1),
            "hashable" => self.hashable(0),
            "str" => self.string(0),
            "int" => self.int(1),
            "num" => self.number(1),
            "small" => leaf(small_int(&mut self.rng)),
            "exponents" => {
                let n = self.rng.below(4);
                let items = (0..n).map(|_| leaf(small_int(&mut self.rng))).collect();
                super::list_display("[", "]", items)
            }
            "slice" => self.slice_or_index(),
            "repeat" => leaf(self.repeat_count()),
            "bytes" => leaf(bytes_literal(&mut self.rng)),
            "spec" => leaf(py_str(&crate::fuzz::values::format_spec(
                &mut self.rng,
                "bcdoxXneEfFgG%s",
            ))),
            "cexp" => pick(
                self,
                &[
                    "2", "0.5", "-1", "1j", "(1+1j)", "0", "-0.5", "3", "(2+0j)", "1e3", "-2",
                ],
            ),
            "mode" => pick(self, &["'eval'", "'exec'", "'single'"]),
            "f" => pick(
                self,
                &[
                    "abs",
                    "str",
                    "len",
                    "bool",
                    "lambda v: v * 2",
                    "None",
                    "int",
                    "repr",
                    "ord",
                    "lambda v: v % 2",
                ],
            ),
            "cstr" => pick(
                self,
                &[
                    "'1+2j'",
                    "'  3j '",
                    "'(1-1j)'",
                    "'bad'",
                    "'1 + 2j'",
                    "'inf-infj'",
                    "'nanj'",
                    "''",
                    "'1e5'",
                    "'-j'",
                    "'j'",
                    "'1_0j'",
                    "'(1'",
                ],
            ),
            "cspec" => pick(
                self,
                &[
                    "''", "'.2f'", "'>20'", "'e'", "'g'", "'%'", "'d'", "'^30.3'", "'+'",
                ],
            ),
            "ndigits" => pick(
                self,
                &[
                    "0", "1", "2", "-1", "-2", "20", "-20", "400", "-400", "None", "(2**63)",
                    "True",
                ],
            ),
            "halves" => pick(
                self,
                &[
                    "0.5",
                    "1.5",
                    "2.5",
                    "-0.5",
                    "-1.5",
                    "0.49999999999999994",
                    "2**53 + 1.0",
                ],
            ),
            "negative" => pick(self, &["-1", "-2", "-3", "-100", "-0"]),
            "setop" => pick(self, &["|", "&", "-", "^", "<=", "<", "==", ">="]),
            "length" => pick(self, &["0", "1", "3", "5", "8"]),
            "step" => pick(self, &["2", "-1", "-2", "3", "0", "1"]),
            "digits" => pick(self, &["4299", "4300", "4301", "5000", "640", "10000"]),
            "limit" => pick(
                self,
                &["0", "640", "641", "639", "5000", "-1", "1.5", "True"],
            ),
            other => self
                .stdlib_sort(other)
                .unwrap_or_else(|| panic!("no value of the sort {other:?}")),
        }
    }
}

/// `text` with `⟨` and `⟩` turned into braces.
fn unbrace(text: &str) -> String {
    text.replace('⟨', "{").replace('⟩', "}")
}

/// `code` with `before` in front of it.
fn prefixed(before: &str, code: Expr) -> Expr {
    match code {
        Expr::Leaf(t) => Expr::Leaf(format!("{before}{t}")),
        Expr::Node(mut pieces) => {
            pieces.insert(0, Piece::Text(before.into()));
            Expr::Node(pieces)
        }
    }
}

/// Sources for `eval`: names from the globals and locals it is given,
/// comprehensions (which see the globals, not the locals), and errors.
fn eval_source(g: &mut Gen) -> Expr {
    leaf(py_str(g.rng.pick_str(&[
        "x",
        "x * 2",
        "y + [x]",
        "z",
        "len(y)",
        "[i * x for i in y]",
        "(lambda: x)()",
        "1/0",
        "(",
        "x = 1",
        "  1 + 1",
        "1 +\n 2",
        "import sys",
        "__name__",
        "sorted(dir())",
        "sorted(locals())",
        "globals() is not None",
        "'%s' % (x,)",
        "abs(-4)",
        "(yield)",
        "x if y else z",
        "[*y, *'ab']",
        "1;2",
        "2 ** 10\n",
    ])))
}

/// Sources for `exec`: bindings, definitions, deletions, and errors.
fn exec_source(g: &mut Gen) -> Expr {
    leaf(py_str(g.rng.pick_str(&[
        "a = x + 1",
        "def f(): return x\nb = f()",
        "del x",
        "global q\nq = 5",
        "for i in y: x += i",
        "class K: v = x\nb = K.v",
        "import sys\nb = sys.maxsize > 0",
        "raise ValueError(x)",
        "return 1",
        "nonlocal x",
        "x = 1\n  y = 2",
        "if x:\n    b = 'yes'\nelse:\n    b = 'no'",
        "b = [v for v in y if v != x]",
        "b = (yield)",
        "f = lambda: x * 2",
        "",
        "try:\n    1/0\nexcept ZeroDivisionError as e:\n    b = str(e)",
        "b = __name__",
        "x: int = 4",
        "print(x)",
    ])))
}

/// Arguments for `bytes()`, with the errors of each kind.
fn bytes_source(g: &mut Gen) -> Expr {
    if g.rng.chance(20) {
        return g.int_list(1);
    }
    leaf(g.rng.pick_str(&[
        "3",
        "0",
        "-1",
        "[1, 2, 255]",
        "[256]",
        "[-1]",
        "range(5)",
        "b'ab'",
        "'abc'",
        "(2**63)",
        "[1.5]",
        "[True]",
        "iter([65, 66])",
        "None",
        "{1: 2}",
        "b'' * 3",
        "(x for x in b'hi')",
        "1.0",
    ]))
}

/// Operands for complex arithmetic: complex numbers of every sign and
/// size, and the ints and floats they meet.
pub(super) fn complex_value(g: &mut Gen) -> Expr {
    if g.rng.chance(30) {
        return g.number(0);
    }
    leaf(g.rng.pick_str(&[
        "1j",
        "(1+2j)",
        "complex(-0.0, 1)",
        "(-8)",
        "0j",
        "complex('inf')",
        "2.5",
        "3",
        "(3-4j)",
        "complex(1e300, 1e300)",
        "(-1-0j)",
        "complex(0, -0.0)",
        "(2**64)",
        "1e-320j",
        "complex('nan')",
        "True",
    ]))
}

/// What a slice is given: lists of each length, other iterables, and
/// things that are not iterable.
fn slice_value(g: &mut Gen) -> Expr {
    if g.rng.chance(25) {
        return g.int_list(1);
    }
    leaf(g.rng.pick_str(&[
        "[]",
        "[9]",
        "[7, 8]",
        "'xy'",
        "range(3)",
        "a",
        "a[::-1]",
        "(5,)",
        "5",
        "None",
        "iter([1, 2])",
        "{3: 4}",
        "[0] * 4",
        "(x for x in 'abc')",
    ]))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The code of `e` outside its string and bytes literals.
    fn code_outside_literals(e: &Expr, out: &mut String) {
        match e {
            Expr::Leaf(t) if t.starts_with(['\'', '"']) || t.starts_with("b'") => {}
            Expr::Leaf(t) => out.push_str(t),
            Expr::Node(pieces) => {
                for piece in pieces {
                    match piece {
                        Piece::Text(t) => out.push_str(t),
                        Piece::Kid(kid) => code_outside_literals(kid, out),
                    }
                }
            }
        }
    }

    /// The dict whose items view the dict-views trials hash holds no value
    /// that hashes by address: no `None`, no NaN.
    #[test]
    fn view_dict_values_hash_by_value() {
        let mut g = Gen::new(7, super::super::Mix::default());
        for _ in 0..3000 {
            let mut code = String::new();
            code_outside_literals(&(DICT_VIEWS.fill)(&mut g), &mut code);
            assert!(!code.contains("None") && !code.contains("nan"), "{code}");
        }
    }

    /// Every hole of every template names a sort [`Gen::named`] makes.
    #[test]
    fn every_template_fills() {
        let mut g = Gen::new(1, super::super::Mix::default());
        for kind in KINDS {
            g.template_lines(kind.setup, kind.fill);
            for trial in kind.trials {
                let text = g
                    .template(trial.trim_start_matches('!'), kind.fill)
                    .render();
                assert!(!text.contains(['⟨', '⟩']), "{text}");
            }
        }
    }
}
