//! Snippets for the standard library's modules whose results do not depend
//! on the machine, the time or the addresses of objects: numbers (`math`,
//! `cmath`, `fractions`, `decimal`, `statistics`, `random` seeded), text
//! and bytes (`string`, `re`, `json`, `textwrap`, `struct`, `base64`,
//! `binascii`, `zlib`, `hashlib`, `io`, `array`), and data and functions
//! (`itertools`, `functools`, `operator`, `collections`, `bisect`,
//! `heapq`, `copy`, `dataclasses`, `enum`, `types`, `typing`).
//!
//! Each is a [`Kind`] as the built-ins' snippets are: the snippet imports
//! the module in its setup (inside its function, so that the import itself
//! is exercised each time) and runs a few trials, each caught on its own.
//! The values the trials are given are the sorts [`Gen::stdlib_sort`]
//! names, besides the built-ins' ones.

use super::{leaf, Gen};
use crate::fuzz::program::{Expr, Line};
use crate::fuzz::values::py_str;

mod data;
mod numbers;
mod text;

impl Gen {
    /// A few trials of one standard-library module.
    pub(super) fn stdlib_snippet(&mut self) -> (String, Vec<Line>) {
        let kinds = [numbers::KINDS, text::KINDS, data::KINDS];
        let family = *self.rng.pick(&kinds);
        let kind = self.rng.pick(family);
        self.trials_snippet("stdlib", kind)
    }

    /// A value of one of the standard library's sorts, if `name` is one.
    pub(super) fn stdlib_sort(&mut self, name: &str) -> Option<Expr> {
        let pick = |g: &mut Gen, items: &[&str]| Some(leaf(g.rng.pick_str(items)));
        match name {
            "float" => Some(self.float(1)),
            "complex" => Some(super::library::complex_value(self)),
            "floats" => {
                let n = self.rng.below(5);
                let items = (0..n).map(|_| self.float(0)).collect();
                Some(super::list_display("[", "]", items))
            }
            "dstr" => pick(self, numbers::DECIMAL_TEXTS),
            "fstr" => pick(self, numbers::FRACTION_TEXTS),
            "seedv" => pick(self, numbers::SEEDS),
            "pattern" => Some(leaf(py_str(self.rng.pick_str(text::PATTERNS)))),
            "text" => Some(leaf(py_str(self.rng.pick_str(text::TEXTS)))),
            "repl" => pick(self, text::REPLACEMENTS),
            "json" => pick(self, text::JSON_TEXTS),
            "jsonval" => match self.rng.chance(50) {
                true => pick(self, text::JSON_VALUES),
                false => Some(self.sequence(1)),
            },
            "template" => Some(leaf(py_str(self.rng.pick_str(text::TEMPLATES)))),
            "para" => Some(leaf(py_str(self.rng.pick_str(text::PARAGRAPHS)))),
            "width" => pick(self, &["1", "5", "10", "12", "20", "40", "0", "-1"]),
            "structfmt" => Some(leaf(py_str(self.rng.pick_str(text::STRUCT_FORMATS)))),
            "b64" => pick(self, text::BASE64_TEXTS),
            "level" => pick(self, &["0", "1", "6", "9", "-1", "10"]),
            "hashname" => Some(leaf(py_str(self.rng.pick_str(text::HASH_NAMES)))),
            "typecode" => Some(leaf(py_str(self.rng.pick_str(text::TYPECODES)))),
            "tname" => pick(self, data::TYPE_NAMES),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every hole of every standard-library and import template names a
    /// sort that is made, and no placeholder is left in the text.
    #[test]
    fn every_template_fills() {
        let mut g = Gen::new(3, super::super::Mix::default());
        let kinds = [numbers::KINDS, text::KINDS, data::KINDS]
            .into_iter()
            .flatten()
            .chain(super::super::imports::kinds());
        for kind in kinds {
            let setup = g.renamed(kind.setup);
            g.template_lines(&setup, kind.fill);
            for trial in kind.trials {
                let renamed = g.renamed(trial.trim_start_matches('!'));
                assert!(!renamed.contains('$'), "{renamed}");
                let text = g.template(&renamed, kind.fill).render();
                assert!(!text.contains(['⟨', '⟩']), "{text}");
            }
        }
    }
}
