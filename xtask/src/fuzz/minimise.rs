//! Delta debugging: the smallest program that still shows a failure.
//!
//! Three passes, each keeping a change only when the failure is still there:
//! drop snippets, then lines of each snippet (both with Zeller's ddmin), then
//! replace sub-expressions by one of their own parts (`(a + b)` by `a`),
//! until no single replacement keeps the failure. A budget bounds the number
//! of test runs.
use super::program::{Line, Program};

/// `ddmin`: a 1-minimal subset of `items` for which `fails` holds, given that
/// it holds for `items`.
pub fn ddmin<T: Clone>(items: Vec<T>, fails: &mut dyn FnMut(&[T]) -> bool) -> Vec<T> {
    let mut items = items;
    let mut chunks = 2;
    while items.len() >= 2 {
        let size = items.len().div_ceil(chunks);
        let pieces: Vec<Vec<T>> = items.chunks(size).map(<[T]>::to_vec).collect();
        let mut reduced = false;
        for (i, piece) in pieces.iter().enumerate() {
            if fails(piece) {
                items = piece.clone();
                chunks = 2;
                reduced = true;
                break;
            }
            if pieces.len() > 2 {
                let rest: Vec<T> = pieces
                    .iter()
                    .enumerate()
                    .filter(|(j, _)| *j != i)
                    .flat_map(|(_, p)| p.clone())
                    .collect();
                if fails(&rest) {
                    items = rest;
                    chunks = (chunks - 1).max(2);
                    reduced = true;
                    break;
                }
            }
        }
        if !reduced {
            if chunks >= items.len() {
                break;
            }
            chunks = (chunks * 2).min(items.len());
        }
    }
    items
}

/// A test with a budget: once `budget` tests have run, every further test
/// says "no longer fails", which ends the minimisation where it is.
pub struct Budgeted<'a> {
    pub test: &'a mut dyn FnMut(&Program) -> bool,
    pub budget: usize,
    pub used: usize,
}

impl Budgeted<'_> {
    fn fails(&mut self, program: &Program) -> bool {
        if self.used >= self.budget {
            return false;
        }
        self.used += 1;
        (self.test)(program)
    }
}

/// The program cut down as far as the three passes get it.
pub fn minimise(program: &Program, tester: &mut Budgeted) -> Program {
    let snippets = ddmin(program.snippets.clone(), &mut |subset| {
        tester.fails(&Program {
            snippets: subset.to_vec(),
        })
    });
    let mut current = Program { snippets };
    for s in 0..current.snippets.len() {
        let lines = current.snippets[s].1.lines.clone();
        let kept = ddmin(lines, &mut |subset| {
            let mut candidate = current.clone();
            candidate.snippets[s].1.lines = subset.to_vec();
            tester.fails(&candidate)
        });
        current.snippets[s].1.lines = kept;
    }
    simplify_expressions(&mut current, tester);
    current
}

/// Replaces sub-expressions by their parts while the failure stays.
fn simplify_expressions(current: &mut Program, tester: &mut Budgeted) {
    for s in 0..current.snippets.len() {
        for l in 0..current.snippets[s].1.lines.len() {
            'again: loop {
                let line: &Line = &current.snippets[s].1.lines[l];
                for smaller in line.code.inner_hoists() {
                    let mut candidate = current.clone();
                    candidate.snippets[s].1.lines[l].code = smaller;
                    if tester.fails(&candidate) {
                        *current = candidate;
                        continue 'again;
                    }
                    if tester.used >= tester.budget {
                        return;
                    }
                }
                break;
            }
        }
    }
}
