//! Examples become conformance cases: `spec-tests/cases/<chapter>/<name>.py`.
use crate::header::header;
use crate::summary::Chapter;

/// Where the example `name` of `chapter` is written.
pub fn example_path(chapter: &Chapter, name: &str) -> String {
    let dir = chapter.rel.strip_suffix(".md").unwrap_or(&chapter.rel);
    format!("spec-tests/cases/{dir}/{name}.py")
}

/// The generated case: a `# lython-only: <reason>` line first when the
/// example may not run on CPython, then the header, then the program.
pub fn example_text(chapter: &Chapter, code: &str, lython_only: Option<&str>) -> String {
    let mut text = String::new();
    if let Some(reason) = lython_only {
        text.push_str(&format!("# lython-only: {reason}\n"));
    }
    text.push_str(&header("#", &chapter.path()));
    text.push_str(code);
    text
}
