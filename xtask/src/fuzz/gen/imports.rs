//! Snippets that import modules of their own: the snippet carries the
//! modules' files ([`ModuleFile`]), the fuzzer writes them next to the
//! program, and the snippet imports them from `sys.path[0]` and uses what
//! they define.
//!
//! A module's name starts with the snippet's prefix `m<label>_` (written
//! `$` in the texts below), so that no two snippets of a program share a
//! module or a `sys.modules` entry. Each kind is a set of files and a
//! [`Kind`] of trials; a file's text may have holes as a trial does, which
//! are filled once when the snippet is made.
use super::library::Kind;
use super::Gen;
use crate::fuzz::program::{Line, ModuleFile};

mod failing;
mod own;
mod package;

/// Modules and the trials that import them.
pub(super) struct Modules {
    pub(super) kind: Kind,
    /// `(path, text)`: a path relative to the program's directory.
    pub(super) files: &'static [(&'static str, &'static str)],
}

const ALL: &[&[Modules]] = &[own::ALL, package::ALL, failing::ALL];

/// The setup every import snippet starts with: `err` calls a function and
/// returns what it raised, with the `name` an `ImportError` carries and the
/// type of the exception it happened during.
const SETUP: &str = "
    import sys, importlib
    def err(f):
        try: return ('ok', f())
        except BaseException as e:
            return (type(e).__name__, str(e), getattr(e, 'name', '-'), type(e.__context__).__name__)";

/// The trials of every import kind, for the tests.
#[cfg(test)]
pub(super) fn kinds() -> impl Iterator<Item = &'static Kind> {
    ALL.iter().flat_map(|family| family.iter()).map(|m| &m.kind)
}

impl Gen {
    /// A snippet importing modules it brings along.
    pub(super) fn import_snippet(&mut self) -> (String, Vec<Line>) {
        let family = *self.rng.pick(ALL);
        let modules = self.rng.pick(family);
        for (path, text) in modules.files {
            let text = self.renamed(text);
            let mut text = unindent(&self.template(&text, modules.kind.fill).render());
            // A generated value may name `sys.maxsize`.
            if text.contains("sys.") && !text.contains("import sys") {
                text.insert_str(0, "import sys\n");
            }
            self.files.push(ModuleFile {
                path: self.renamed(path),
                text,
            });
        }
        let (topic, mut lines) = self.trials_snippet("import", &modules.kind);
        let setup = self.renamed(SETUP);
        let mut head = super::block(&setup, vec![]);
        head.append(&mut lines);
        (topic, head)
    }

    /// The prefix of the names of the modules of the snippet being made.
    pub(super) fn module_prefix(&self) -> String {
        format!("m{}_", self.label)
    }

    /// `text` with each `$` replaced by [`Gen::module_prefix`].
    pub(super) fn renamed(&self, text: &str) -> String {
        text.replace('$', &self.module_prefix())
    }
}

/// `text`, a module's source indented as it sits in the Rust source, with
/// the common indentation removed and a final newline.
fn unindent(text: &str) -> String {
    let mut out = String::new();
    for (indent, code) in super::rows(text) {
        out.push_str(&"    ".repeat(indent));
        out.push_str(code);
        out.push('\n');
    }
    out
}
