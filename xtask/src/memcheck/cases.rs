//! Which conformance cases memcheck runs: every `.py` file under the two roots
//! the spec harness reads (`spec-tests/harness/main.rs`), minus [`SKIPPED`].
use crate::pyfiles::python_files;
use std::path::{Path, PathBuf};

/// The spec harness's roots: the book's examples, then the hand-written cases.
pub const ROOTS: [&str; 2] = ["spec-tests/cases", "spec-tests/lang"];

/// Cases not run under valgrind, each with its reason. Keep it short: a case
/// belongs here only when valgrind cannot give a verdict on it in the default
/// time limit (120 s), never because it reports errors. All three were clean
/// when run alone with `--no-skip --timeout 1500` (debug build, December 2026);
/// the CPU times are valgrind's, against about 3 s (1 s for the sort) natively.
/// The cases that test `MemoryError` need no entry: valgrind's allocator
/// refuses the impossible sizes at once, as the system's does.
pub const SKIPPED: &[(&str, &str)] = &[
    (
        "spec-tests/lang/containers/deep-free.py",
        "builds and frees 30,000-deep chains: 80 s of CPU under valgrind, over 120 s on a busy machine",
    ),
    (
        "spec-tests/lang/containers/deep-repr-compare.py",
        "repr and compare 5,000-deep nests, free a 50,000-deep one: 100 s of CPU under valgrind",
    ),
    (
        "spec-tests/lang/containers/sort-timsort-random.py",
        "40 sorts of up to 1,500 floats in interpreted loops: 60 s of CPU under valgrind",
    ),
];

/// A case to run: its path relative to the repository root (what the filter
/// and the report use) and its absolute path (what lython is given).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Case {
    pub name: String,
    pub path: PathBuf,
}

/// The selected cases, and the skipped ones with their reasons.
#[derive(Debug, Default)]
pub struct Selection {
    pub run: Vec<Case>,
    pub skipped: Vec<(Case, &'static str)>,
}

/// Every case under [`ROOTS`] whose relative path contains `filter`, sorted;
/// those in `skip_list` are set aside.
pub fn select(root: &Path, filter: Option<&str>, skip_list: &[(&str, &'static str)]) -> Selection {
    let mut selection = Selection::default();
    for case in all_cases(root) {
        if filter.is_some_and(|f| !case.name.contains(f)) {
            continue;
        }
        match skip_list.iter().find(|(name, _)| *name == case.name) {
            Some((_, why)) => selection.skipped.push((case, why)),
            None => selection.run.push(case),
        }
    }
    selection
}

fn all_cases(root: &Path) -> Vec<Case> {
    let roots: Vec<String> = ROOTS
        .iter()
        .map(|r| root.join(r).display().to_string())
        .collect();
    let roots: Vec<&str> = roots.iter().map(String::as_str).collect();
    let files = python_files(&roots).unwrap_or_default();
    files
        .into_iter()
        .map(|path| {
            let name = path
                .strip_prefix(root)
                .unwrap_or(&path)
                .display()
                .to_string();
            Case { name, path }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch_repo(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("xtask-memcheck-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        for file in [
            "spec-tests/cases/memory/a.py",
            "spec-tests/lang/errors/b.py",
            "spec-tests/lang/errors/notes.txt",
            "spec-tests/harness/main.py",
        ] {
            let path = dir.join(file);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, "print(1)  # expect: 1\n").unwrap();
        }
        dir
    }

    #[test]
    fn both_roots_are_read_and_nothing_else() {
        let dir = scratch_repo("roots");
        let names: Vec<String> = select(&dir, None, &[])
            .run
            .into_iter()
            .map(|c| c.name)
            .collect();
        assert_eq!(
            names,
            [
                "spec-tests/cases/memory/a.py",
                "spec-tests/lang/errors/b.py"
            ]
        );
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn the_filter_is_a_substring_and_the_skip_list_sets_cases_aside() {
        let dir = scratch_repo("filter");
        let only = select(&dir, Some("errors/"), &[]);
        assert_eq!(only.run.len(), 1);
        assert_eq!(only.run[0].name, "spec-tests/lang/errors/b.py");
        assert!(only.run[0].path.is_absolute() || !dir.is_absolute());
        let skipping = select(&dir, None, &[("spec-tests/cases/memory/a.py", "too slow")]);
        assert_eq!(skipping.run.len(), 1);
        assert_eq!(skipping.skipped[0].0.name, "spec-tests/cases/memory/a.py");
        assert_eq!(skipping.skipped[0].1, "too slow");
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn every_skipped_case_exists() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
        for (name, why) in SKIPPED {
            assert!(
                root.join(name).is_file(),
                "skip list names a missing case: {name}"
            );
            assert!(!why.is_empty(), "{name} is skipped without a reason");
        }
    }
}
