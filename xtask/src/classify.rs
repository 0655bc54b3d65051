//! What a fenced block is for: a root of a generated file, a named chunk, an
//! example, or display only. Every rule about attributes and names lives here.
use crate::blocks::RawBlock;
use crate::diagnostic::{Diagnostic, Span};
use crate::fence::{parse_info, Attr, Info};

/// The attributes a fence may carry.
pub const KNOWN_ATTRS: [&str; 5] = ["file", "chunk", "example", "cpython", "reason"];

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Role {
    Display,
    Root {
        file: String,
    },
    Chunk {
        name: String,
    },
    Example {
        name: String,
        lython_only: Option<String>,
    },
}

/// Decides a block's role; every problem with its fence goes to `diags`.
/// A block whose fence is wrong is treated as display only.
pub fn classify(md_path: &str, block: &RawBlock, diags: &mut Vec<Diagnostic>) -> Role {
    let span = |r: std::ops::Range<usize>| {
        Span::new(md_path, block.info_at + r.start..block.info_at + r.end)
    };
    let info = match parse_info(&block.info) {
        Ok(info) => info,
        Err(errors) => {
            for e in errors {
                diags.push(Diagnostic::at(span(e.at), e.message, "in this fence"));
            }
            return Role::Display;
        }
    };
    let before = diags.len();
    check_keys(&info, &span, diags);
    let role = role_of(&info, &span, diags);
    if diags.len() > before {
        Role::Display
    } else {
        role
    }
}

fn check_keys(
    info: &Info,
    span: &impl Fn(std::ops::Range<usize>) -> Span,
    diags: &mut Vec<Diagnostic>,
) {
    for (i, attr) in info.attrs.iter().enumerate() {
        if !KNOWN_ATTRS.contains(&attr.key.as_str()) {
            let d = Diagnostic::at(
                span(attr.at.clone()),
                format!("unknown attribute `{}`", attr.key),
                "not a tangle attribute",
            );
            diags.push(d.with_note(format!(
                "a fence may carry {}",
                KNOWN_ATTRS.join("=, ") + "="
            )));
        } else if let Some(first) = info.attrs[..i].iter().find(|a| a.key == attr.key) {
            let d = Diagnostic::at(
                span(attr.at.clone()),
                format!("`{}=` is given twice", attr.key),
                "again here",
            );
            diags.push(d.with_also(span(first.at.clone()), "first here"));
        }
    }
    let roles: Vec<&Attr> = info
        .attrs
        .iter()
        .filter(|a| ["file", "chunk", "example"].contains(&a.key.as_str()))
        .collect();
    if roles.len() > 1 && roles[0].key != roles[1].key {
        let d = Diagnostic::at(
            span(roles[1].at.clone()),
            "a block is one of `file=`, `chunk=` or `example=`",
            "second role",
        );
        diags.push(d.with_also(span(roles[0].at.clone()), "first role"));
    }
}

fn role_of(
    info: &Info,
    span: &impl Fn(std::ops::Range<usize>) -> Span,
    diags: &mut Vec<Diagnostic>,
) -> Role {
    let get = |key: &str| info.attrs.iter().find(|a| a.key == key);
    let role = if let Some(file) = get("file") {
        check_file(file, span, diags);
        Role::Root {
            file: file.value.clone(),
        }
    } else if let Some(chunk) = get("chunk") {
        check_name(chunk, span, diags);
        Role::Chunk {
            name: chunk.value.clone(),
        }
    } else if let Some(example) = get("example") {
        check_name(example, span, diags);
        if info.lang != "python" {
            let d = Diagnostic::at(
                span(example.at.clone()),
                "an example is a `python` block",
                "on a non-python block",
            );
            diags.push(d);
        }
        let lython_only = lython_only(get("cpython"), get("reason"), span, diags);
        Role::Example {
            name: example.value.clone(),
            lython_only,
        }
    } else {
        Role::Display
    };
    if !matches!(role, Role::Example { .. }) {
        for attr in [get("cpython"), get("reason")].into_iter().flatten() {
            let message = format!("`{}=` belongs on an `example=` block", attr.key);
            diags.push(Diagnostic::at(
                span(attr.at.clone()),
                message,
                "not an example",
            ));
        }
    }
    role
}

/// `cpython=skip reason="..."`: the example does not run on CPython, and why.
fn lython_only(
    cpython: Option<&Attr>,
    reason: Option<&Attr>,
    span: &impl Fn(std::ops::Range<usize>) -> Span,
    diags: &mut Vec<Diagnostic>,
) -> Option<String> {
    match (cpython, reason) {
        (None, None) => None,
        (Some(c), _) if c.value != "skip" => {
            diags.push(Diagnostic::at(
                span(c.at.clone()),
                "`cpython=` takes only `skip`",
                "unknown value",
            ));
            None
        }
        (Some(_), Some(r)) if !r.value.trim().is_empty() => Some(r.value.trim().to_string()),
        (Some(c), _) => {
            let d = Diagnostic::at(
                span(c.at.clone()),
                "`cpython=skip` needs a `reason=\"...\"`",
                "no reason given",
            );
            diags.push(d);
            None
        }
        (None, Some(r)) => {
            diags.push(Diagnostic::at(
                span(r.at.clone()),
                "`reason=` goes with `cpython=skip`",
                "nothing to explain",
            ));
            None
        }
    }
}

/// Chunk and example names are `[a-z0-9_/-]+`, with no empty `/` segment.
pub fn valid_name(name: &str) -> bool {
    let chars_ok = name
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "_/-".contains(c));
    chars_ok && name.split('/').all(|s| !s.is_empty())
}

fn check_name(
    attr: &Attr,
    span: &impl Fn(std::ops::Range<usize>) -> Span,
    diags: &mut Vec<Diagnostic>,
) {
    if !valid_name(&attr.value) {
        let d = Diagnostic::at(
            span(attr.at.clone()),
            format!("invalid name `{}`", attr.value),
            "bad name",
        );
        diags.push(
            d.with_note("names are made of a-z, 0-9, `_`, `-` and `/` (between non-empty parts)"),
        );
    }
}

fn check_file(
    attr: &Attr,
    span: &impl Fn(std::ops::Range<usize>) -> Span,
    diags: &mut Vec<Diagnostic>,
) {
    let path = &attr.value;
    let Some(inside) = path.strip_prefix("src/") else {
        let d = Diagnostic::at(
            span(attr.at.clone()),
            format!("`file={path}` is outside `src/`"),
            "not under src/",
        );
        diags.push(
            d.with_note("the book generates only `src/` (and `spec-tests/cases/` from examples)"),
        );
        return;
    };
    let part_ok = |p: &str| {
        !p.is_empty()
            && p != "."
            && p != ".."
            && p.chars()
                .all(|c| c.is_ascii_alphanumeric() || "_.-".contains(c))
    };
    if !inside.split('/').all(part_ok) {
        let d = Diagnostic::at(
            span(attr.at.clone()),
            format!("invalid file path `{path}`"),
            "bad path",
        );
        diags.push(d.with_note("paths are `src/` then parts of letters, digits, `_`, `-` and `.`"));
    }
}
