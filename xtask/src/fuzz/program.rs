//! A generated program as a tree the minimiser can cut: snippets made of
//! lines, each line an expression tree whose nodes can be replaced by one of
//! their children.
use std::path::Path;

/// An expression (or a whole line's text) as a tree: a leaf is plain text, a
/// node is text with holes filled by its children.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Expr {
    Leaf(String),
    Node(Vec<Piece>),
}

/// One piece of a [`Expr::Node`]: literal text or a child expression.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    Text(String),
    Kid(Expr),
}

impl Expr {
    pub fn leaf(text: impl Into<String>) -> Expr {
        Expr::Leaf(text.into())
    }

    /// A node from a template whose `{}` holes take `kids` in order.
    pub fn node(template: &str, kids: Vec<Expr>) -> Expr {
        let mut pieces = Vec::new();
        let mut kids = kids.into_iter();
        for (i, text) in template.split("{}").enumerate() {
            if i > 0 {
                pieces.push(Piece::Kid(kids.next().expect("a kid for each hole")));
            }
            if !text.is_empty() {
                pieces.push(Piece::Text(text.to_string()));
            }
        }
        assert!(
            kids.next().is_none(),
            "more kids than holes in {template:?}"
        );
        Expr::Node(pieces)
    }

    pub fn render(&self) -> String {
        let mut out = String::new();
        self.render_into(&mut out);
        out
    }

    fn render_into(&self, out: &mut String) {
        match self {
            Expr::Leaf(text) => out.push_str(text),
            Expr::Node(pieces) => {
                for piece in pieces {
                    match piece {
                        Piece::Text(text) => out.push_str(text),
                        Piece::Kid(kid) => kid.render_into(out),
                    }
                }
            }
        }
    }

    fn kids(&self) -> Vec<&Expr> {
        match self {
            Expr::Leaf(_) => Vec::new(),
            Expr::Node(pieces) => pieces
                .iter()
                .filter_map(|p| match p {
                    Piece::Kid(k) => Some(k),
                    Piece::Text(_) => None,
                })
                .collect(),
        }
    }

    /// The number of nodes in the tree (leaves included).
    pub fn size(&self) -> usize {
        1 + self.kids().iter().map(|k| k.size()).sum::<usize>()
    }

    /// Every tree obtained by replacing one node by one of its children, the
    /// biggest cuts (nearest the root) first.
    pub fn hoists(&self) -> Vec<Expr> {
        let mut out: Vec<Expr> = self.kids().into_iter().cloned().collect();
        out.extend(self.inner_hoists());
        out
    }

    /// The same, keeping the root: for a line, whose root is the statement
    /// (`return …`, `x = …`) that gives its value a meaning.
    pub fn inner_hoists(&self) -> Vec<Expr> {
        let mut out = Vec::new();
        if let Expr::Node(pieces) = self {
            for (i, piece) in pieces.iter().enumerate() {
                if let Piece::Kid(kid) = piece {
                    for smaller in kid.hoists() {
                        let mut copy = pieces.clone();
                        copy[i] = Piece::Kid(smaller);
                        out.push(Expr::Node(copy));
                    }
                }
            }
        }
        out
    }
}

/// One line of a snippet's body: its indentation (in levels) and its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    pub indent: usize,
    pub code: Expr,
}

impl Line {
    pub fn new(indent: usize, code: Expr) -> Line {
        Line { indent, code }
    }
}

/// What a snippet is: its body runs inside a function whose result (or
/// exception) is printed, or, for a `Bare` snippet, at module level where an
/// exception ends the program (to test exit statuses and messages).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Wrap {
    Function,
    Bare,
}

/// One independent test: a topic (for de-duplicating findings), a body,
/// and the modules of its own the body imports.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Snippet {
    pub topic: String,
    pub wrap: Wrap,
    pub lines: Vec<Line>,
    pub files: Vec<ModuleFile>,
}

/// A source file written next to the program before it runs: `path` is
/// relative to the program's directory (`m3a.py`, `m3p/__init__.py`), so
/// that the program imports it from `sys.path[0]`. Each snippet's modules
/// are named after its label, so that no two snippets share one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ModuleFile {
    pub path: String,
    pub text: String,
}

/// A whole program: snippets, each with its label `sN` fixed at generation
/// so that labels survive minimisation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Program {
    pub snippets: Vec<(usize, Snippet)>,
}

/// Runs each wrapped snippet, printing `@sN topic = repr(result)` or
/// `@sN topic ! Type: message`, flushed at once so that a run killed at the
/// time limit or by a crash still shows how far it got.
pub const PRELUDE: &str = "\
import sys
def _run(label, f):
    try:
        r = repr(f())
    except BaseException as e:
        print(label, '!', type(e).__name__ + ':', e, flush=True)
    else:
        print(label, '=', r, flush=True)
";

impl Program {
    pub fn render(&self) -> String {
        let mut out = String::from(PRELUDE);
        for (label, snippet) in &self.snippets {
            snippet.render_into(*label, &mut out);
        }
        out
    }

    /// The module files of every snippet, in order.
    pub fn files(&self) -> impl Iterator<Item = &ModuleFile> {
        self.snippets.iter().flat_map(|(_, s)| &s.files)
    }

    /// Writes the program to `file` and its modules beside it, in a
    /// directory emptied first: a module left from an earlier program (or
    /// its `__pycache__`) must not be imported instead of this one's.
    pub fn write(&self, file: &Path) -> std::io::Result<()> {
        let dir = file.parent().unwrap_or(Path::new("."));
        if dir.is_dir() {
            for entry in std::fs::read_dir(dir)? {
                let path = entry?.path();
                match path.is_dir() {
                    true => std::fs::remove_dir_all(&path)?,
                    false => std::fs::remove_file(&path)?,
                }
            }
        }
        std::fs::create_dir_all(dir)?;
        std::fs::write(file, self.render())?;
        for module in self.files() {
            let path = dir.join(&module.path);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)?;
            }
            std::fs::write(path, &module.text)?;
        }
        Ok(())
    }

    /// The program and its modules as one text, for a person to read: each
    /// module after a `# --- file: PATH` line.
    pub fn listing(&self) -> String {
        let mut out = self.render();
        for module in self.files() {
            out.push_str(&format!("# --- file: {}\n{}", module.path, module.text));
        }
        out
    }

    pub fn size(&self) -> usize {
        self.snippets
            .iter()
            .flat_map(|(_, s)| &s.lines)
            .map(|l| l.code.size())
            .sum()
    }
}

impl Snippet {
    fn render_into(&self, label: usize, out: &mut String) {
        let base = match self.wrap {
            Wrap::Function => {
                out.push_str(&format!("def _s{label}():\n"));
                1
            }
            Wrap::Bare => 0,
        };
        for line in &self.lines {
            out.push_str(&"    ".repeat(base + line.indent));
            out.push_str(&line.code.render());
            out.push('\n');
        }
        if self.lines.is_empty() && self.wrap == Wrap::Function {
            out.push_str("    pass\n");
        }
        if self.wrap == Wrap::Function {
            out.push_str(&format!("_run('@s{label} {}', _s{label})\n", self.topic));
        }
    }
}
