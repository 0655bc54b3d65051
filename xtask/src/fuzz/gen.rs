//! The program generator: random snippets over what lython runs today.
//!
//! Expressions are built by type (`int`, `float`, `str`, a sequence, any), so
//! that most of them compute something rather than fail at once; some
//! choices mix types on purpose to compare the `TypeError`s. Every snippet's
//! result is printed by `repr`, so nothing nondeterministic (addresses,
//! iterator objects, functions) may be a result.
use super::program::{Expr, Line, ModuleFile, Program, Snippet, Wrap};
use super::rng::{program_seed, Rng};
use super::values::*;

mod dunders;
mod flow;
mod groups;
mod imports;
mod library;
mod matching;
mod stdlib;

/// Program number `index` of the run seeded `seed`: `snippets` independent
/// snippets, sometimes followed by a module-level statement that ends the
/// program (an uncaught exception or `sys.exit`).
pub fn program(seed: u64, index: u64, snippets: usize) -> Program {
    program_with(seed, index, snippets, Mix::default())
}

/// [`program`] with the snippet kinds `mix` adds to the default ones.
pub fn program_with(seed: u64, index: u64, snippets: usize, mix: Mix) -> Program {
    let mut g = Gen::new(program_seed(seed, index), mix);
    let mut list: Vec<(usize, Snippet)> = (0..snippets)
        .map(|i| {
            g.label = i;
            (i, g.snippet())
        })
        .collect();
    if g.rng.chance(15) {
        list.push((snippets, g.exit_snippet()));
    }
    Program { snippets: list }
}

/// Which snippet kinds are made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mix {
    /// Classes with a metaclass other than `type`: in the default mix now
    /// that lython has metaclasses (`--no-metaclasses` leaves them out).
    pub metaclasses: bool,
}

impl Default for Mix {
    fn default() -> Mix {
        Mix { metaclasses: true }
    }
}

struct Gen {
    rng: Rng,
    mix: Mix,
    /// The label of the snippet being made, which names its modules.
    label: usize,
    /// The modules the snippet being made imports, taken when it is done.
    files: Vec<ModuleFile>,
}

fn leaf(text: impl Into<String>) -> Expr {
    Expr::leaf(text)
}

fn node(template: &str, kids: Vec<Expr>) -> Expr {
    Expr::node(template, kids)
}

fn line(indent: usize, template: &str, kids: Vec<Expr>) -> Line {
    Line::new(indent, node(template, kids))
}

fn text_line(indent: usize, text: &str) -> Line {
    Line::new(indent, leaf(text))
}

/// The non-blank lines of `source`, each with its indentation in levels
/// of four spaces, counted from the least indented line.
fn rows(source: &str) -> Vec<(usize, &str)> {
    let rows: Vec<&str> = source.lines().filter(|l| !l.trim().is_empty()).collect();
    let margin = rows
        .iter()
        .map(|l| l.len() - l.trim_start().len())
        .min()
        .unwrap_or(0);
    rows.into_iter()
        .map(|row| {
            let code = row.trim_start();
            ((row.len() - code.len() - margin) / 4, code)
        })
        .collect()
}

/// The lines of `source`, a block of Python as it reads (four spaces a
/// level, the block's own indentation in the Rust source removed), whose
/// `{}` holes take `kids` in order; `⟨` and `⟩` stand for literal braces.
/// A line without a hole is a leaf, which the minimiser keeps whole.
fn block(source: &str, kids: Vec<Expr>) -> Vec<Line> {
    let mut kids = kids.into_iter();
    let mut lines = Vec::new();
    for (indent, code) in rows(source) {
        let holes = code.matches("{}").count();
        let expr = if holes == 0 {
            leaf(code)
        } else {
            node(code, kids.by_ref().take(holes).collect())
        };
        lines.push(Line::new(indent, unescape_braces(expr)));
    }
    assert!(kids.next().is_none(), "more kids than holes in {source:?}");
    lines
}

impl Gen {
    fn new(seed: u64, mix: Mix) -> Gen {
        Gen {
            rng: Rng::new(seed),
            mix,
            label: 0,
            files: Vec::new(),
        }
    }

    fn snippet(&mut self) -> Snippet {
        let (topic, lines) = match self.rng.below(44) {
            0..=2 => self.arith_snippet(),
            3 => self.compare_snippet(),
            4..=5 => self.builtin_snippet(),
            6..=7 => self.str_snippet(),
            8..=10 => self.format_snippet(),
            11 => self.parse_snippet(),
            12 => self.container_snippet(),
            13 => self.sort_snippet(),
            14 => self.hash_snippet(),
            15..=17 => self.statement_snippet(),
            18 => self.mutation_snippet(),
            19 => self.deep_snippet(),
            20 => self.dunder_mutates_snippet(),
            21 => self.descriptor_snippet(),
            22 => self.exception_class_snippet(),
            23 if self.mix.metaclasses => self.metaclass_snippet(),
            23 => self.exception_class_snippet(),
            24 => self.late_dunder_snippet(),
            25 => self.builtin_subclass_snippet(),
            26 => self.generator_snippet(),
            27 => self.with_snippet(),
            28 => self.coroutine_snippet(),
            29..=30 => self.match_snippet(),
            31..=33 => self.library_snippet(),
            34..=35 => self.group_snippet(),
            36..=38 => self.stdlib_snippet(),
            39..=40 => self.import_snippet(),
            _ => self.class_snippet(),
        };
        Snippet {
            topic,
            wrap: Wrap::Function,
            lines,
            files: std::mem::take(&mut self.files),
        }
    }

    fn ret(&self, e: Expr) -> Vec<Line> {
        vec![line(0, "return {}", vec![e])]
    }

    // ----- typed expressions -----

    fn int(&mut self, depth: usize) -> Expr {
        if depth == 0 || self.rng.chance(35) {
            return leaf(int_literal(&mut self.rng));
        }
        let d = depth - 1;
        match self.rng.below(12) {
            0..=3 => {
                let op = *self.rng.pick(&["+", "-", "*", "//", "%", "&", "|", "^"]);
                node(&format!("({{}} {op} {{}})"), vec![self.int(d), self.int(d)])
            }
            4 => {
                let exp = if self.rng.chance(90) {
                    small_int(&mut self.rng)
                } else {
                    String::from(*self.rng.pick(&["63", "64", "100", "-1"]))
                };
                node("({} ** {})", vec![self.int(d), leaf(exp)])
            }
            5 => {
                let op = *self.rng.pick(&["<<", ">>"]);
                let by = if self.rng.chance(95) {
                    self.rng.below(130).to_string()
                } else {
                    String::from(*self.rng.pick(&["-1", "(2**63)", "sys.maxsize", "(2**64)"]))
                };
                node(&format!("({{}} {op} {by})"), vec![self.int(d)])
            }
            6 => {
                let op = *self.rng.pick(&["-", "~", "+"]);
                node(&format!("({op}{{}})"), vec![self.int(d)])
            }
            7 => node("abs({})", vec![self.int(d)]),
            8 => node("int({})", vec![self.float(d)]),
            9 => node("len({})", vec![self.sized(d)]),
            10 => match self.rng.below(4) {
                0 => node("round({})", vec![self.float(d)]),
                1 => node(
                    "pow({}, {}, {})",
                    vec![self.int(d), leaf(small_int(&mut self.rng)), self.int(d)],
                ),
                2 => node("max({}, {})", vec![self.int(d), self.int(d)]),
                _ => node("min({}, {})", vec![self.int(d), self.int(d)]),
            },
            _ => node("sum({})", vec![self.int_list(d)]),
        }
    }

    fn float(&mut self, depth: usize) -> Expr {
        if depth == 0 || self.rng.chance(35) {
            return leaf(float_literal(&mut self.rng));
        }
        let d = depth - 1;
        match self.rng.below(9) {
            0..=2 => {
                let op = *self.rng.pick(&["+", "-", "*", "/", "//", "%"]);
                let (a, b) = if self.rng.chance(70) {
                    (self.float(d), self.float(d))
                } else {
                    (self.float(d), self.int(d))
                };
                node(&format!("({{}} {op} {{}})"), vec![a, b])
            }
            3 => node("({} / {})", vec![self.int(d), self.int(d)]),
            4 => node(
                "({} ** {})",
                vec![
                    self.float(d),
                    leaf(
                        self.rng
                            .pick(&["2", "0.5", "-1", "3", "0", "-0.5", "1e3", "float('inf')"])
                            .to_string(),
                    ),
                ],
            ),
            5 => node("float({})", vec![self.int(d)]),
            6 => node(
                "round({}, {})",
                vec![
                    self.float(d),
                    leaf(
                        self.rng
                            .pick(&[
                                "0", "1", "2", "-1", "-2", "15", "17", "-400", "400", "-308", "308",
                            ])
                            .to_string(),
                    ),
                ],
            ),
            7 => node("abs({})", vec![self.float(d)]),
            _ => node("(-{})", vec![self.float(d)]),
        }
    }

    fn number(&mut self, depth: usize) -> Expr {
        if self.rng.chance(50) {
            self.int(depth)
        } else {
            self.float(depth)
        }
    }

    fn string(&mut self, depth: usize) -> Expr {
        if depth == 0 || self.rng.chance(35) {
            return leaf(str_literal(&mut self.rng));
        }
        let d = depth - 1;
        match self.rng.below(10) {
            0 => node("({} + {})", vec![self.string(d), self.string(d)]),
            1 => node("({} * {})", vec![self.string(d), leaf(self.repeat_count())]),
            2 => {
                let m = *self.rng.pick(&[
                    "upper",
                    "lower",
                    "title",
                    "capitalize",
                    "swapcase",
                    "strip",
                    "lstrip",
                    "rstrip",
                ]);
                node(&format!("{{}}.{m}()"), vec![self.string(d)])
            }
            3 => {
                let m = *self.rng.pick(&["center", "ljust", "rjust"]);
                let width = leaf(self.rng.pick(&["0", "5", "10", "-3", "20"]).to_string());
                if self.rng.chance(50) {
                    node(&format!("{{}}.{m}({{}})"), vec![self.string(d), width])
                } else {
                    let fill = leaf(py_str(self.rng.pick_str(&["*", "ß", "ab", "", "日"])));
                    node(
                        &format!("{{}}.{m}({{}}, {{}})"),
                        vec![self.string(d), width, fill],
                    )
                }
            }
            4 => node(
                "{}.replace({}, {})",
                vec![self.string(d), self.string(0), self.string(0)],
            ),
            5 => node("{}.join({})", vec![self.string(0), self.str_list(d)]),
            6 => node("{}[{}]", vec![self.string(d), self.slice_or_index()]),
            7 => {
                let f = *self.rng.pick(&["str", "repr"]);
                node(&format!("{f}({{}})"), vec![self.any(d)])
            }
            8 => {
                let f = *self.rng.pick(&["bin", "oct", "hex"]);
                node(&format!("{f}({{}})"), vec![self.int(d)])
            }
            _ => self.formatted(d),
        }
    }

    fn repeat_count(&mut self) -> String {
        if self.rng.chance(96) {
            self.rng
                .pick(&["0", "1", "2", "3", "-1", "5", "True"])
                .to_string()
        } else {
            self.rng
                .pick(&["(2**62)", "(-2**70)", "(2**70)", "sys.maxsize", "(2**63)"])
                .to_string()
        }
    }

    fn slice_or_index(&mut self) -> Expr {
        let bound = |g: &mut Gen| -> String {
            if g.rng.chance(85) {
                g.rng
                    .pick(&["", "0", "1", "2", "-1", "-2", "3", "5", "10", "-10"])
                    .to_string()
            } else {
                g.rng
                    .pick(&[
                        "(2**63)",
                        "(-2**63)",
                        "(2**64)",
                        "sys.maxsize",
                        "(-sys.maxsize-1)",
                        "None",
                        "True",
                    ])
                    .to_string()
            }
        };
        match self.rng.below(4) {
            0 => {
                let i = bound(self);
                leaf(if i.is_empty() { "0".into() } else { i })
            }
            1 => leaf(format!("{}:{}", bound(self), bound(self))),
            _ => {
                let step = self
                    .rng
                    .pick(&[
                        "1",
                        "-1",
                        "2",
                        "-2",
                        "3",
                        "-3",
                        "0",
                        "(2**63)",
                        "(-2**63)",
                        "sys.maxsize",
                        "",
                    ])
                    .to_string();
                leaf(format!("{}:{}:{}", bound(self), bound(self), step))
            }
        }
    }

    fn int_list(&mut self, depth: usize) -> Expr {
        let n = self.rng.below(5);
        let items: Vec<Expr> = (0..n).map(|_| self.int(depth.min(1))).collect();
        list_display("[", "]", items)
    }

    fn str_list(&mut self, depth: usize) -> Expr {
        match self.rng.below(3) {
            0 => node("{}.split()", vec![self.string(depth)]),
            1 => node(
                "{}.split({})",
                vec![
                    self.string(depth),
                    leaf(py_str(self.rng.pick_str(&[",", " ", "ß", "a", "Σ"]))),
                ],
            ),
            _ => {
                let n = self.rng.below(4);
                let items: Vec<Expr> = (0..n).map(|_| self.string(0)).collect();
                list_display("[", "]", items)
            }
        }
    }

    fn range(&mut self) -> Expr {
        let arg = |g: &mut Gen| -> String {
            if g.rng.chance(60) {
                small_int(&mut g.rng)
            } else {
                int_literal(&mut g.rng)
            }
        };
        match self.rng.below(3) {
            0 => leaf(format!("range({})", arg(self))),
            1 => leaf(format!("range({}, {})", arg(self), arg(self))),
            _ => {
                let step = if self.rng.chance(70) {
                    self.rng.pick(&["1", "2", "-1", "-3", "0", "7"]).to_string()
                } else {
                    arg(self)
                };
                leaf(format!("range({}, {}, {step})", arg(self), arg(self)))
            }
        }
    }

    /// A range small enough to iterate over.
    fn small_range(&mut self) -> Expr {
        let a = self.rng.below(10) as i64 - 3;
        let b = self.rng.below(15) as i64 - 3;
        let step = *self.rng.pick(&[1, 2, -1, 3, -2]);
        leaf(match self.rng.below(3) {
            0 => format!("range({b})"),
            1 => format!("range({a}, {b})"),
            _ => format!("range({a}, {b}, {step})"),
        })
    }

    /// A sequence to index, slice or measure: its ranges may be huge.
    fn sized(&mut self, depth: usize) -> Expr {
        if self.rng.chance(25) {
            self.range()
        } else {
            self.sequence(depth)
        }
    }

    /// A sequence small enough to iterate over.
    fn sequence(&mut self, depth: usize) -> Expr {
        match self.rng.below(8) {
            0 => self.string(depth),
            1 => leaf(bytes_literal(&mut self.rng)),
            2 => self.small_range(),
            3 => self.tuple(depth),
            4 => self.dict(depth),
            5 => self.set(depth),
            _ => self.list(depth),
        }
    }

    fn list(&mut self, depth: usize) -> Expr {
        match self.rng.below(6) {
            0 => node("list({})", vec![self.small_range()]),
            1 => node("sorted({})", vec![self.int_list(depth)]),
            2 => node(
                "[{}] * {}",
                vec![self.any(depth.saturating_sub(1)), leaf(self.repeat_count())],
            ),
            3 => node("[x * 2 for x in {} if x % 3]", vec![self.small_range()]),
            _ => {
                let n = self.rng.below(5);
                let items: Vec<Expr> = (0..n).map(|_| self.any(depth.saturating_sub(1))).collect();
                list_display("[", "]", items)
            }
        }
    }

    fn tuple(&mut self, depth: usize) -> Expr {
        let n = self.rng.below(4);
        let items: Vec<Expr> = (0..n)
            .map(|_| self.hashable(depth.saturating_sub(1)))
            .collect();
        if n == 1 {
            node("({},)", items)
        } else {
            list_display("(", ")", items)
        }
    }

    fn dict(&mut self, depth: usize) -> Expr {
        self.dict_of(depth, Gen::any)
    }

    /// A dict display whose values come from `value`.
    fn dict_of(&mut self, depth: usize, value: fn(&mut Gen, usize) -> Expr) -> Expr {
        let n = self.rng.below(5);
        let mut items = Vec::new();
        for _ in 0..n {
            items.push(node(
                "{}: {}",
                vec![self.hashable(0), value(self, depth.saturating_sub(1))],
            ));
        }
        list_display("{", "}", items)
    }

    /// A dict value that may be hashed as part of a `(key, value)` pair
    /// (an items view's set operations do): what [`Gen::any`] makes, but
    /// never a value that hashes by address (see `hashable`). A list or
    /// a dict raises `unhashable type` the same way in both interpreters.
    fn item_value(&mut self, depth: usize) -> Expr {
        match self.rng.below(10) {
            0..=4 => self.hashable(depth),
            5..=6 => self.string(depth),
            7 => leaf(bytes_literal(&mut self.rng)),
            8 => list_display("[", "]", vec![self.hashable(0)]),
            _ => self.dict_of(0, |g, _| g.hashable(0)),
        }
    }

    fn set(&mut self, depth: usize) -> Expr {
        let n = 1 + self.rng.below(6);
        let items: Vec<Expr> = (0..n)
            .map(|_| self.hashable(depth.saturating_sub(1)))
            .collect();
        if self.rng.chance(20) {
            node("set({})", vec![list_display("[", "]", items)])
        } else {
            list_display("{", "}", items)
        }
    }

    /// A set element or dict key. Not `None` nor a NaN: CPython 3.11 hashes
    /// both by address, so a set holding one prints in a different order
    /// from run to run.
    fn hashable(&mut self, depth: usize) -> Expr {
        match self.rng.below(10) {
            0..=3 => self.int(depth),
            4..=5 => leaf(set_member_str_literal(&mut self.rng)),
            6..=7 => leaf(float_literal_not_nan(&mut self.rng)),
            8 => self.tuple(depth),
            _ => leaf(
                self.rng
                    .pick(&["True", "False", "(1, 2)", "range(3)", "-1", "-2"])
                    .to_string(),
            ),
        }
    }

    fn any(&mut self, depth: usize) -> Expr {
        match self.rng.below(10) {
            0..=2 => self.int(depth),
            3..=4 => self.float(depth),
            5..=6 => self.string(depth),
            7 => leaf(bytes_literal(&mut self.rng)),
            8 => self.sequence(depth),
            _ => leaf(self.rng.pick(&["None", "True", "False"]).to_string()),
        }
    }

    /// A value of a type the format spec chooses for.
    fn formattable(&mut self, depth: usize) -> (Expr, &'static str) {
        match self.rng.below(10) {
            0..=3 => (self.int(depth), "bcdoxXneEfFgG%s,"),
            4..=7 => (self.float(depth), "eEfFgGn%d"),
            8 => (self.string(depth.min(1)), "sdc"),
            _ => (
                leaf(
                    self.rng
                        .pick(&["True", "None", "[1, 2]", "(1,)"])
                        .to_string(),
                ),
                "sd",
            ),
        }
    }

    fn formatted(&mut self, depth: usize) -> Expr {
        let (value, types) = self.formattable(depth);
        let spec = format_spec(&mut self.rng, types);
        match self.rng.below(5) {
            0 => node("format({}, {})", vec![value, leaf(py_str(&spec))]),
            1 => node(&format!("'{{:{spec}}}'.format({{}})"), vec![value]),
            2 => {
                let conv = *self.rng.pick(&["", "", "!r", "!s"]);
                // A lambda parameter, because a 3.11 f-string cannot hold
                // the literal's quotes or backslashes.
                node(
                    &format!("(lambda v: f'{{v{conv}:{spec}}}')({{}})"),
                    vec![value],
                )
            }
            3 => {
                let pspec = percent_spec(&mut self.rng, "diouxXeEfFgGcrs%a");
                if self.rng.chance(80) {
                    node(&format!("{} % ({{}},)", py_str(&pspec)), vec![value])
                } else {
                    node(&format!("{} % {{}}", py_str(&pspec)), vec![value])
                }
            }
            _ => {
                // A nested spec: the format's parts come from arguments.
                let align = py_str(self.rng.pick_str(&[">", "<", "^", "=", "", "0"]));
                let width = self.rng.pick(&["5", "0", "12", "'3'"]).to_string();
                around("'{:{}{}}'.format(", value, &format!(", {align}, {width})"))
            }
        }
    }

    // ----- snippets -----

    fn arith_snippet(&mut self) -> (String, Vec<Line>) {
        let e = match self.rng.below(3) {
            0 => self.int(3),
            1 => self.float(3),
            _ => {
                let op = *self
                    .rng
                    .pick(&["+", "-", "*", "/", "//", "%", "**", "divmod"]);
                let (a, b) = (self.number(2), self.number(2));
                if op == "divmod" {
                    node("divmod({}, {})", vec![a, b])
                } else if op == "**" {
                    node(
                        "({} ** {})",
                        vec![
                            a,
                            leaf(
                                self.rng
                                    .pick(&["2", "-1", "0.5", "-2", "3", "0", "1.5"])
                                    .to_string(),
                            ),
                        ],
                    )
                } else {
                    node(&format!("({{}} {op} {{}})"), vec![a, b])
                }
            }
        };
        ("arith".into(), self.ret(e))
    }

    fn compare_snippet(&mut self) -> (String, Vec<Line>) {
        let op = *self.rng.pick(&["<", "<=", "==", "!=", ">", ">="]);
        let e = match self.rng.below(5) {
            0 => node(&format!("({{}} {op} {{}})"), vec![self.int(1), self.int(1)]),
            1 => node(
                &format!("({{}} {op} {{}})"),
                vec![self.number(1), self.number(1)],
            ),
            2 => node(&format!("({{}} {op} {{}})"), vec![self.any(1), self.any(1)]),
            3 => node(
                &format!("({{}} {op} {{}} {op} {{}})"),
                vec![self.number(0), self.number(0), self.number(0)],
            ),
            _ => {
                let f = *self.rng.pick(&["max", "min"]);
                node(
                    &format!("{f}({{}}, {{}}, {{}})"),
                    vec![self.number(1), self.number(1), self.number(0)],
                )
            }
        };
        (format!("compare.{op}"), self.ret(e))
    }

    fn builtin_snippet(&mut self) -> (String, Vec<Line>) {
        let name = *self.rng.pick(&[
            "int",
            "float",
            "round",
            "pow",
            "divmod",
            "min",
            "max",
            "sorted",
            "enumerate",
            "range",
            "len",
            "abs",
            "repr",
            "str",
            "chr",
            "ord",
            "bool",
            "sum",
            "zip",
            "reversed",
            "all",
            "any",
            "tuple",
            "list",
            "set",
            "dict",
            "isinstance",
            "hex",
        ]);
        let e = match name {
            "int" => match self.rng.below(3) {
                0 => node("int({})", vec![self.any(1)]),
                1 => node(
                    "int({}, {})",
                    vec![leaf(numeric_str(&mut self.rng)), leaf(self.base())],
                ),
                _ => node("int({})", vec![self.float(1)]),
            },
            "float" => node(
                "float({})",
                vec![if self.rng.chance(50) {
                    self.number(1)
                } else {
                    self.string(0)
                }],
            ),
            "round" => match self.rng.below(3) {
                0 => node("round({})", vec![self.number(1)]),
                // An int rounded to -2**63 digits makes CPython compute
                // 10**(2**63), which never ends: only a float gets it.
                1 => node("round({}, {})", vec![self.int(1), leaf(self.ndigits())]),
                _ => {
                    let ndigits = match self.rng.chance(10) {
                        true => "(-2**63)".into(),
                        false => self.ndigits(),
                    };
                    node("round({}, {})", vec![self.float(1), leaf(ndigits)])
                }
            },
            "pow" => match self.rng.below(2) {
                0 => node(
                    "pow({}, {})",
                    vec![
                        self.number(1),
                        leaf(
                            self.rng
                                .pick(&["2", "-1", "0", "0.5", "-2", "3", "100"])
                                .to_string(),
                        ),
                    ],
                ),
                _ => node(
                    "pow({}, {}, {})",
                    vec![
                        self.int(1),
                        leaf(
                            self.rng
                                .pick(&["-1", "-2", "0", "2", "100", "(2**64)"])
                                .to_string(),
                        ),
                        self.int(0),
                    ],
                ),
            },
            "divmod" => node("divmod({}, {})", vec![self.number(1), self.number(1)]),
            "min" | "max" => match self.rng.below(3) {
                0 => node(&format!("{name}({{}})"), vec![self.sequence(1)]),
                1 => node(&format!("{name}({{}}, key=abs)"), vec![self.int_list(1)]),
                _ => node(
                    &format!("{name}({{}}, {{}}, {{}})"),
                    vec![self.number(1), self.number(1), self.number(1)],
                ),
            },
            "sorted" => node("sorted({})", vec![self.sequence(1)]),
            "enumerate" => node(
                "list(enumerate({}, {}))",
                vec![self.string(0), leaf(int_literal(&mut self.rng))],
            ),
            "range" => {
                let r = self.range();
                match self.rng.below(6) {
                    0 => node("len({})", vec![r]),
                    1 => node("{}[{}]", vec![r, self.slice_or_index()]),
                    2 => node("({} in {})", vec![leaf(int_literal(&mut self.rng)), r]),
                    3 => node("({} == {})", vec![r, self.range()]),
                    4 => node("{}.index({})", vec![r, leaf(small_int(&mut self.rng))]),
                    _ => node("{}.count({})", vec![r, leaf(small_int(&mut self.rng))]),
                }
            }
            "len" => node("len({})", vec![self.sized(1)]),
            "abs" => node("abs({})", vec![self.number(1)]),
            "repr" | "str" => node(&format!("{name}({{}})"), vec![self.any(2)]),
            "chr" => node(
                "chr({})",
                vec![leaf(
                    self.rng
                        .pick(&[
                            "0", "65", "223", "931", "304", "1114111", "1114112", "-1", "(2**63)",
                            "55296", "8232",
                        ])
                        .to_string(),
                )],
            ),
            "ord" => node("ord({})", vec![self.string(0)]),
            "bool" => node("bool({})", vec![self.any(1)]),
            "sum" => match self.rng.below(3) {
                0 => node("sum({})", vec![self.int_list(1)]),
                1 => node("sum({}, {})", vec![self.int_list(1), self.number(0)]),
                _ => {
                    let n = 1 + self.rng.below(4);
                    let items = (0..n).map(|_| self.float(0)).collect();
                    node("sum({})", vec![list_display("[", "]", items)])
                }
            },
            "zip" => node(
                "list(zip({}, {}))",
                vec![self.sequence(0), self.sequence(0)],
            ),
            "reversed" => node("list(reversed({}))", vec![self.sequence(1)]),
            "all" | "any" => node(&format!("{name}({{}})"), vec![self.sequence(1)]),
            "tuple" | "list" => node(&format!("{name}({{}})"), vec![self.sequence(1)]),
            // Only hashables that hash by value: see `hashable`.
            "set" => node("set({})", vec![self.set(1)]),
            "dict" => node("dict({})", vec![self.dict(1)]),
            "isinstance" => node(
                "isinstance({}, {})",
                vec![
                    self.any(1),
                    leaf(
                        self.rng
                            .pick(&[
                                "int",
                                "float",
                                "str",
                                "bool",
                                "(int, float)",
                                "list",
                                "tuple",
                            ])
                            .to_string(),
                    ),
                ],
            ),
            _ => node("hex({})", vec![self.int(1)]),
        };
        (format!("builtin.{name}"), self.ret(e))
    }

    /// A `round()` digit count an int can take too.
    fn ndigits(&mut self) -> String {
        self.rng
            .pick(&[
                "0", "1", "-1", "2", "-2", "20", "-20", "400", "-400", "(2**63)", "None",
            ])
            .to_string()
    }

    fn base(&mut self) -> String {
        self.rng
            .pick(&[
                "0", "1", "2", "8", "10", "16", "36", "37", "-1", "(2**64)", "True",
            ])
            .to_string()
    }

    fn str_snippet(&mut self) -> (String, Vec<Line>) {
        let m = *self.rng.pick(&[
            "upper",
            "lower",
            "title",
            "capitalize",
            "swapcase",
            "split",
            "splitlines",
            "find",
            "rfind",
            "replace",
            "count",
            "startswith",
            "endswith",
            "isdigit",
            "isalpha",
            "isalnum",
            "isspace",
            "strip",
            "index",
            "center",
            "join",
            "slice",
            "in",
            "mul",
            "cmp",
        ]);
        let s = self.string(1);
        let e = match m {
            "split" => match self.rng.below(3) {
                0 => node("{}.split()", vec![s]),
                1 => node("{}.split({})", vec![s, self.string(0)]),
                _ => node(
                    "{}.split({}, {})",
                    vec![s, self.string(0), leaf(small_int(&mut self.rng))],
                ),
            },
            "splitlines" => node(
                if self.rng.chance(50) {
                    "{}.splitlines()"
                } else {
                    "{}.splitlines(True)"
                },
                vec![s],
            ),
            "find" | "rfind" | "count" | "startswith" | "endswith" | "index" => {
                if self.rng.chance(60) {
                    node(&format!("{{}}.{m}({{}})"), vec![s, self.string(0)])
                } else {
                    node(
                        &format!("{{}}.{m}({{}}, {{}})"),
                        vec![
                            s,
                            self.string(0),
                            leaf(
                                self.rng
                                    .pick(&["1", "-1", "0", "(2**63)", "(-2**64)", "None"])
                                    .to_string(),
                            ),
                        ],
                    )
                }
            }
            "replace" => node(
                "{}.replace({}, {}, {})",
                vec![
                    s,
                    self.string(0),
                    self.string(0),
                    leaf(small_int(&mut self.rng)),
                ],
            ),
            "strip" => node("{}.strip({})", vec![s, self.string(0)]),
            "center" => node(
                "{}.center({}, {})",
                vec![
                    s,
                    leaf(small_int(&mut self.rng)),
                    leaf(py_str(self.rng.pick_str(&["*", "ß", "ab", ""]))),
                ],
            ),
            "join" => node("{}.join({})", vec![s, self.sequence(0)]),
            "slice" => node("{}[{}]", vec![s, self.slice_or_index()]),
            "in" => node("({} in {})", vec![self.string(0), s]),
            "mul" => node("({} * {})", vec![s, leaf(self.repeat_count())]),
            "cmp" => node(
                &format!("({{}} {} {{}})", self.rng.pick(&["<", "==", ">="])),
                vec![s, self.string(0)],
            ),
            _ => node(&format!("{{}}.{m}()"), vec![s]),
        };
        (format!("str.{m}"), self.ret(e))
    }

    fn format_snippet(&mut self) -> (String, Vec<Line>) {
        let e = self.formatted(2);
        let kind = match &e {
            Expr::Node(pieces) => match pieces.first() {
                Some(super::program::Piece::Text(t)) if t.starts_with("format(") => "format()",
                Some(super::program::Piece::Text(t)) if t.starts_with("(lambda v: f'") => {
                    "f-string"
                }
                Some(super::program::Piece::Text(t)) if t.contains(".format(") => "str.format",
                _ => "percent",
            },
            Expr::Leaf(_) => "other",
        };
        (format!("format.{kind}"), self.ret(e))
    }

    fn parse_snippet(&mut self) -> (String, Vec<Line>) {
        let s = leaf(numeric_str(&mut self.rng));
        let (topic, e) = match self.rng.below(3) {
            0 => ("int", node("int({})", vec![s])),
            1 => ("int-base", node("int({}, {})", vec![s, leaf(self.base())])),
            _ => ("float", node("float({})", vec![s])),
        };
        (format!("parse.{topic}"), self.ret(e))
    }

    fn container_snippet(&mut self) -> (String, Vec<Line>) {
        let op = *self.rng.pick(&[
            "index",
            "slice",
            "concat",
            "repeat",
            "in",
            "set-op",
            "dict-get",
            "eq",
            "unpack",
            "comprehension",
        ]);
        let e = match op {
            "index" | "slice" => node("{}[{}]", vec![self.sized(1), self.slice_or_index()]),
            "concat" => node("({} + {})", vec![self.sequence(1), self.sequence(1)]),
            "repeat" => node(
                "({} * {})",
                vec![self.sequence(1), leaf(self.repeat_count())],
            ),
            // Only an int is looked up in a range by arithmetic; anything
            // else is a scan, which must stay short.
            "in" if self.rng.chance(50) => node("({} in {})", vec![self.int(0), self.sized(1)]),
            "in" => node("({} in {})", vec![self.hashable(0), self.sequence(1)]),
            "set-op" => {
                let o = *self.rng.pick(&["|", "&", "-", "^", "<=", "<", "=="]);
                node(&format!("({{}} {o} {{}})"), vec![self.set(1), self.set(1)])
            }
            "dict-get" => node(
                "{}.get({}, 'missing')",
                vec![self.dict(1), self.hashable(0)],
            ),
            "eq" => node("({} == {})", vec![self.sized(1), self.sized(1)]),
            "unpack" => {
                return (
                    "container.unpack".into(),
                    vec![
                        line(0, "a, *b, c = {}", vec![self.sequence(1)]),
                        text_line(0, "return (a, b, c)"),
                    ],
                );
            }
            _ => {
                let var = self.rng.pick(&["x", "k"]).to_string();
                match self.rng.below(3) {
                    0 => node(
                        &format!("[{var} for {var} in {{}}]"),
                        vec![self.sequence(1)],
                    ),
                    1 => node(
                        &format!("{{{var}: {var} for {var} in {{}}}}"),
                        vec![self.sequence(1)],
                    ),
                    // Set items must hash by value (see `hashable`).
                    _ => node(
                        &format!("{{{var} for {var} in {{}}}}"),
                        vec![self.tuple(1)],
                    ),
                }
            }
        };
        (format!("container.{op}"), self.ret(e))
    }

    /// Classes: a number-like class with every operator dunder it needs,
    /// compared, sorted, hashed and printed; or a hierarchy using `super()`,
    /// properties and class attributes.
    fn class_snippet(&mut self) -> (String, Vec<Line>) {
        if self.rng.chance(50) {
            let kids = vec![self.int(2), self.int(2), self.int(1), self.int(1)];
            let lines = block(
                r#"
                class V:
                    def __init__(self, x): self.x = x
                    def __add__(self, o): return V(self.x + (o.x if isinstance(o, V) else o))
                    def __radd__(self, o): return V(o + self.x)
                    def __sub__(self, o): return NotImplemented if not isinstance(o, V) else V(self.x - o.x)
                    def __eq__(self, o): return isinstance(o, V) and self.x == o.x
                    def __hash__(self): return hash(self.x)
                    def __lt__(self, o): return self.x < o.x
                    def __bool__(self): return self.x != 0
                    def __repr__(self): return f"V({self.x!r})"
                a, b = V({}), V({})
                c = {} + a
                d = a + {}
                return [a + b, c, d, a == b, a != b, a < b, b > a, sorted([b, a, c]), len({a, b, c}), bool(a - a), repr(d)]
                "#,
                kids,
            );
            return ("class-numbers".into(), lines);
        }
        let kids = vec![self.int(1), self.int(1)];
        let lines = block(
            r#"
            class Base:
                count = 0
                def __init__(self, v):
                    self._v = v
                    Base.count += 1
                @property
                def v(self): return self._v
                def describe(self): return f"{type(self).__name__}:{self.v}"
            class Child(Base):
                def __init__(self, v, w):
                    super().__init__(v)
                    self.w = w
                def describe(self): return super().describe() + f"/{self.w}"
                @classmethod
                def make(cls): return cls(1, 2)
                @staticmethod
                def twice(x): return 2 * x
            c = Child({}, {})
            return [c.describe(), Child.make().describe(), Child.twice(c.v), Base.count, isinstance(c, Base), [k.__name__ for k in Child.__mro__], hasattr(c, "w"), getattr(c, "z", None)]
            "#,
            kids,
        );
        ("class-hierarchy".into(), lines)
    }

    fn sort_snippet(&mut self) -> (String, Vec<Line>) {
        let n = 2 + self.rng.below(10);
        let items: Vec<Expr> = (0..n)
            .map(|_| {
                if self.rng.chance(25) {
                    leaf("nan")
                } else {
                    self.number(0)
                }
            })
            .collect();
        let key = *self.rng.pick(&[
            "",
            ", key=abs",
            ", reverse=True",
            ", key=lambda v: -v",
            ", key=str",
        ]);
        let lines = vec![
            text_line(0, "nan = float('nan')"),
            line(0, "xs = {}", vec![list_display("[", "]", items)]),
            text_line(0, &format!("ys = sorted(xs{key})")),
            text_line(0, &format!("xs.sort({})", key.trim_start_matches(", "))),
            text_line(0, "return (xs, ys, xs == ys, min(xs), max(xs))"),
        ];
        ("sort".into(), lines)
    }

    fn hash_snippet(&mut self) -> (String, Vec<Line>) {
        let e = match self.rng.below(3) {
            0 => node("hash({})", vec![self.hashable(1)]),
            1 => node(
                "hash({})",
                vec![leaf(
                    self.rng
                        .pick(&[
                            "range(3)",
                            "slice(1, 2)",
                            "[1]",
                            "{}",
                            "(1, [2])",
                            "float('inf')",
                            "-1",
                            "-2",
                            "(2**61 - 1)",
                            "(2**61)",
                            "(-2**61 + 1)",
                            "0.5",
                            "-0.0",
                            "1e300",
                            "(1, 2.0, 'x')",
                            "''",
                            "b''",
                            "b'abc'",
                            "frozenset()",
                        ])
                        .to_string(),
                )],
            ),
            // A NaN hashes by its address in CPython (so two NaNs' hashes
            // depend on the allocator): it is reported, not hashed.
            _ => node(
                "(lambda a, b: 'nan' if a != a or b != b else hash(a) == hash(b))({}, {})",
                vec![self.number(1), self.number(1)],
            ),
        };
        ("hash".into(), self.ret(e))
    }

    fn statement_snippet(&mut self) -> (String, Vec<Line>) {
        match self.rng.below(10) {
            0 => self.loop_snippet(),
            1 => self.try_snippet(),
            2 => self.closure_snippet(),
            3 => self.finally_snippet(),
            4 => self.chain_snippet(),
            5 => self.recursion_snippet(),
            6 => self.call_snippet(),
            7 => self.augassign_snippet(),
            8 => self.while_snippet(),
            _ => self.expression_snippet(),
        }
    }

    /// The rest of the expression grammar: boolean operators, conditional
    /// expressions, `is`, the walrus, named and mapped format fields, star
    /// arguments, lambdas with defaults.
    fn expression_snippet(&mut self) -> (String, Vec<Line>) {
        let kind = *self.rng.pick(&[
            "and",
            "or",
            "not",
            "ifelse",
            "is",
            "walrus",
            "format-fields",
            "percent-mapping",
            "percent-star",
            "star-call",
            "lambda",
            "swap",
        ]);
        let e = match kind {
            "and" | "or" => node(
                &format!("({{}} {kind} {{}})"),
                vec![self.any(1), self.any(1)],
            ),
            "not" => node("(not {})", vec![self.any(1)]),
            "ifelse" => node(
                "({} if {} else {})",
                vec![self.any(1), self.any(1), self.any(1)],
            ),
            "is" => node(
                if self.rng.chance(50) {
                    "({} is None)"
                } else {
                    "({} is not None)"
                },
                vec![self.any(1)],
            ),
            "walrus" => node("[(y := {}), y, (y := {})]", vec![self.any(1), self.any(1)]),
            "format-fields" => {
                let template = *self.rng.pick(&[
                    "'{0}|{x}|{0!r}'",
                    "'{x}{x}{0:>4}'",
                    "'{0[0]}|{x!r:^9}'",
                    "'{}|{}'",
                    "'{1}{0}'",
                    "'{{}}{0}'",
                ]);
                let template = format!("{template}.format(");
                interleave(&[&template, ", x=", ")"], vec![self.any(1), self.any(1)])
            }
            "percent-mapping" => {
                let template = *self.rng.pick(&[
                    "'%(a)s|%(b)r'",
                    "'%(a)5s%(b)-5s|'",
                    "'%(a)d'",
                    "'%(b).3f'",
                    "'%(c)s'",
                ]);
                let template = format!("{template} % {{'a': ");
                interleave(
                    &[&template, ", 'b': ", "}"],
                    vec![self.any(1), self.number(1)],
                )
            }
            "percent-star" => {
                let template = *self
                    .rng
                    .pick(&["'%*d'", "'%-*d|'", "'%.*f'", "'%*.*f'", "'%*s'"]);
                let args = if template == "'%*.*f'" {
                    "({}, 3, {})"
                } else {
                    "({}, {})"
                };
                node(
                    &format!("{template} % {args}"),
                    vec![leaf(small_int(&mut self.rng)), self.number(1)],
                )
            }
            "star-call" => {
                let f = *self
                    .rng
                    .pick(&["max", "min", "divmod", "pow", "round", "sorted", "len"]);
                node(&format!("{f}(*{{}})"), vec![self.sequence(1)])
            }
            "lambda" => {
                let args = *self.rng.pick(&[
                    "1",
                    "1, 2",
                    "1, 2, 3",
                    "b=5, a=1",
                    "*[1, 2, 3, 4]",
                    "**{'a': 1, 'z': 2}",
                    "",
                ]);
                node(
                    &format!("(lambda a, b={{}}, *c, **d: (a, b, c, sorted(d)))({args})"),
                    vec![self.any(0)],
                )
            }
            _ => {
                let lines = block(
                    "
                    a, b = {}, {}
                    a, b = b, a
                    return (a, b)",
                    vec![self.any(1), self.any(1)],
                );
                return ("expr.swap".into(), lines);
            }
        };
        (format!("expr.{kind}"), self.ret(e))
    }

    fn loop_snippet(&mut self) -> (String, Vec<Line>) {
        let k = 2 + self.rng.below(3);
        let m = self.rng.below(8);
        let kids = vec![self.small_range(), node("(i, {})", vec![self.number(1)])];
        let lines = block(
            &format!(
                "
                acc = []
                for i in {{}}:
                    if i % {k} == 0:
                        continue
                    acc.append({{}})
                    if len(acc) > {m}:
                        break
                else:
                    acc.append('done')
                return acc"
            ),
            kids,
        );
        ("stmt.for".into(), lines)
    }

    fn while_snippet(&mut self) -> (String, Vec<Line>) {
        let n = self.rng.below(8);
        let a = self.rng.below(8);
        let lines = block(
            &format!(
                "
                n = 0
                log = []
                while n < {n}:
                    n += 1
                    try:
                        if n == {a}:
                            raise ValueError(n)
                        log.append({{}})
                    except ValueError as e:
                        log.append(('caught', str(e)))
                    finally:
                        log.append(n)
                return log"
            ),
            vec![self.any(1)],
        );
        ("stmt.while".into(), lines)
    }

    fn try_snippet(&mut self) -> (String, Vec<Line>) {
        let handler = *self.rng.pick(&[
            "ValueError",
            "TypeError",
            "(ZeroDivisionError, OverflowError)",
            "ArithmeticError",
            "LookupError",
            "Exception",
            "KeyError",
        ]);
        let lines = block(
            &format!(
                "
                try:
                    r = {{}}
                except {handler} as e:
                    r = ('caught', type(e).__name__, str(e))
                else:
                    r = ('ok', r)
                return r"
            ),
            vec![self.any(2)],
        );
        ("stmt.try".into(), lines)
    }

    fn finally_snippet(&mut self) -> (String, Vec<Line>) {
        let in_finally = *self.rng.pick(&[
            "return 'finally'",
            "pass",
            "log.append('f')",
            "raise KeyError('k')",
        ]);
        let lines = block(
            &format!(
                "
                log = []
                def f():
                    try:
                        return {{}}
                    finally:
                        {in_finally}
                try:
                    log.append(f())
                except KeyError as e:
                    log.append(('KeyError', str(e), type(e.__context__).__name__))
                return log"
            ),
            vec![self.any(1)],
        );
        ("stmt.finally".into(), lines)
    }

    fn chain_snippet(&mut self) -> (String, Vec<Line>) {
        let from = *self.rng.pick(&[" from e", " from None", ""]);
        let lines = block(
            &format!(
                "
                try:
                    try:
                        x = {{}}
                        raise ValueError('plain', x)
                    except Exception as e:
                        raise KeyError(str(e)){from}
                except KeyError as k:
                    return (str(k), type(k.__cause__).__name__, type(k.__context__).__name__, k.__suppress_context__)"
            ),
            vec![self.any(2)],
        );
        ("stmt.chain".into(), lines)
    }

    fn closure_snippet(&mut self) -> (String, Vec<Line>) {
        let op = *self.rng.pick(&["+", "*", "-", "//", "%"]);
        let kids = vec![self.int_list(1), self.number(1)];
        let lines = block(
            &format!(
                "
                count = 0
                def make(k):
                    def inner(x):
                        nonlocal count
                        count += 1
                        return x {op} k
                    return inner
                fs = [make(v) for v in {{}}]
                return ([f({{}}) for f in fs], count)"
            ),
            kids,
        );
        ("stmt.closure".into(), lines)
    }

    fn recursion_snippet(&mut self) -> (String, Vec<Line>) {
        let n = *self
            .rng
            .pick(&["0", "5", "30", "100", "500", "900", "2000", "-1"]);
        let lines = block(
            &format!(
                "
                def fact(n):
                    return 1 if n <= 1 else n * fact(n - 1)
                return fact({n}) % (2**61 - 1)"
            ),
            vec![],
        );
        ("stmt.recursion".into(), lines)
    }

    fn call_snippet(&mut self) -> (String, Vec<Line>) {
        let args = *self.rng.pick(&[
            "1",
            "1, 2",
            "1, 2, 3, 4",
            "b=2",
            "1, b=2, c=3",
            "1, 2, b=3",
            "*[1, 2]",
            "**{'a': 1}",
            "*(), **{}",
            "1, *[2, 3], d=4",
            "1, a=2",
            "**{'a': 1, 'b': 2}",
            "",
            "1, **{1: 2}",
        ]);
        let mut lines = block(
            "
            def f(a, b=10, *args, **kw):
                return (a, b, args, sorted(kw.items()))",
            vec![],
        );
        // Not through `block`: the arguments may hold a literal `{}`.
        lines.push(text_line(0, &format!("return f({args})")));
        ("stmt.call".into(), lines)
    }

    fn augassign_snippet(&mut self) -> (String, Vec<Line>) {
        let op = *self.rng.pick(&[
            "+=", "-=", "*=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "/=",
        ]);
        let lines = vec![
            line(0, "x = {}", vec![self.any(1)]),
            line(
                0,
                &format!("x {op} {{}}"),
                vec![if matches!(op, "**=" | "<<=") {
                    leaf(small_int(&mut self.rng))
                } else {
                    self.any(1)
                }],
            ),
            text_line(0, "return x"),
        ];
        (format!("stmt.augassign{op}"), lines)
    }

    fn mutation_snippet(&mut self) -> (String, Vec<Line>) {
        let kind = self.rng.below(3);
        let mut lines = Vec::new();
        let (topic, init, ops): (&str, Expr, &[&str]) = match kind {
            0 => (
                "list",
                self.int_list(1),
                &[
                    "v.append({})",
                    "v.insert({i}, {})",
                    "v.pop()",
                    "v.pop({i})",
                    "del v[{i}]",
                    "del v[{i}:{i}]",
                    "v[{i}:{i}] = [{}]",
                    "v.remove({})",
                    "v.sort()",
                    "v.reverse()",
                    "v.extend([{}])",
                    "v[{i}] = {}",
                    "v[::2] = [{}]",
                    "v.clear()",
                    "v += [{}]",
                    "v *= 2",
                    "v.index({})",
                    "v.count({})",
                ],
            ),
            1 => (
                "dict",
                self.dict(1),
                &[
                    "v[{}] = 1",
                    "del v[{}]",
                    "v.pop({}, None)",
                    "v.pop({})",
                    "v.setdefault({}, [])",
                    "v.update(⟨1: 2⟩)",
                    "v.popitem()",
                    "v.clear()",
                    "v.get({})",
                    "v.update(a=1)",
                ],
            ),
            _ => (
                "set",
                self.set(1),
                &[
                    "v.add({})",
                    "v.discard({})",
                    "v.remove({})",
                    "v |= ⟨{}⟩",
                    "v &= ⟨1, 2, 3⟩",
                    "v -= ⟨{}⟩",
                    "v ^= ⟨{}⟩",
                    "v.pop()",
                    "v.clear()",
                    "v.update([{}])",
                ],
            ),
        };
        lines.push(line(0, "v = {}", vec![init]));
        for _ in 0..1 + self.rng.below(5) {
            let template = self.rng.pick(ops).to_string();
            let i = self.rng.pick(&["0", "1", "-1", "2", "5", "-5"]).to_string();
            let template = template.replace("{i}", &i);
            let holes = template.matches("{}").count();
            let kids = (0..holes).map(|_| self.hashable(0)).collect();
            let code = node(&template, kids);
            lines.push(Line::new(0, unescape_braces(code)));
        }
        lines.push(text_line(0, "return v"));
        (format!("mutate.{topic}"), lines)
    }

    fn deep_snippet(&mut self) -> (String, Vec<Line>) {
        let n = *self.rng.pick(&["10", "100", "1000", "5000", "100000"]);
        let (topic, lines) = match self.rng.below(6) {
            0 => {
                let depth = *self.rng.pick(&[10, 50, 100, 180]);
                let e = format!("{}1{}", "(-".repeat(depth), ")".repeat(depth));
                ("deep.parens", vec![text_line(0, &format!("return {e}"))])
            }
            1 => (
                "deep.list-repr",
                nest(n, "x = []", "x = [x]", "return len(repr(x))"),
            ),
            2 => (
                "deep.tuple-hash",
                nest(n, "x = ()", "x = (x,)", "return hash(x) == hash(x)"),
            ),
            3 => (
                "deep.list-eq",
                nest(
                    n,
                    "x = []\ny = []",
                    "x = [x]\ny = [y]",
                    "return x == y",
                ),
            ),
            4 => (
                "deep.dict-repr",
                nest(n, "x = ⟨⟩", "x = ⟨'k': x⟩", "return len(str(x))"),
            ),
            _ => {
                let depth = *self.rng.pick(&[5, 15, 19]);
                let mut lines = Vec::new();
                for level in 0..depth {
                    lines.push(text_line(level, &format!("for i{level} in range(1):")));
                }
                lines.push(text_line(depth, "pass"));
                lines.push(text_line(0, "return 'nested'"));
                ("deep.blocks", lines)
            }
        };
        (topic.into(), lines)
    }

    fn exit_snippet(&mut self) -> Snippet {
        let code = *self.rng.pick(&[
            "raise SystemExit(3)",
            "raise SystemExit(0)",
            "raise SystemExit('bye')",
            "raise SystemExit(None)",
            "raise SystemExit(256)",
            "raise SystemExit(-1)",
            "raise SystemExit(2**70)",
            "sys.exit(4)",
            "sys.exit('message')",
            "sys.exit()",
            "raise ValueError('bad value')",
            "raise KeyboardInterrupt",
            "raise KeyError('k')",
            "1 / 0",
            "raise SystemExit(3, 4)",
            "raise SystemExit(True)",
        ]);
        Snippet {
            topic: "exit".into(),
            wrap: Wrap::Bare,
            lines: vec![text_line(0, code)],
            files: Vec::new(),
        }
    }
}

/// A value nested `n` times: `start`, then `step` in a loop of `n`, then
/// `end` (each may be several lines).
fn nest(n: &str, start: &str, step: &str, end: &str) -> Vec<Line> {
    let mut source = format!("{start}\nfor _ in range({n}):\n");
    for row in step.lines() {
        source.push_str(&format!("    {row}\n"));
    }
    source.push_str(end);
    block(&source, vec![])
}

/// `[a, b, c]`-style display with each item a child.
fn list_display(open: &str, close: &str, items: Vec<Expr>) -> Expr {
    use super::program::Piece;
    let mut pieces = vec![Piece::Text(open.into())];
    for (i, item) in items.into_iter().enumerate() {
        if i > 0 {
            pieces.push(Piece::Text(", ".into()));
        }
        pieces.push(Piece::Kid(item));
    }
    pieces.push(Piece::Text(close.into()));
    Expr::Node(pieces)
}

/// Braces doubled in a template meant for [`Expr::node`] come back single.
fn unescape_braces(e: Expr) -> Expr {
    match e {
        Expr::Leaf(t) => Expr::Leaf(t.replace('⟨', "{").replace('⟩', "}")),
        Expr::Node(pieces) => Expr::Node(
            pieces
                .into_iter()
                .map(|p| match p {
                    super::program::Piece::Text(t) => {
                        super::program::Piece::Text(t.replace('⟨', "{").replace('⟩', "}"))
                    }
                    kid => kid,
                })
                .collect(),
        ),
    }
}

/// `texts[0] kids[0] texts[1] kids[1] …`, for text that itself contains
/// `{}`.
fn interleave(texts: &[&str], kids: Vec<Expr>) -> Expr {
    use super::program::Piece;
    let mut pieces = Vec::new();
    let mut kids = kids.into_iter();
    for (i, text) in texts.iter().enumerate() {
        if i > 0 {
            pieces.push(Piece::Kid(kids.next().expect("a kid between texts")));
        }
        pieces.push(Piece::Text(text.to_string()));
    }
    Expr::Node(pieces)
}

/// `before` + `kid` + `after`, for text that itself contains `{}`.
fn around(before: &str, kid: Expr, after: &str) -> Expr {
    use super::program::Piece;
    Expr::Node(vec![
        Piece::Text(before.into()),
        Piece::Kid(kid),
        Piece::Text(after.into()),
    ])
}
