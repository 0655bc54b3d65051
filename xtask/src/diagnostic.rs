//! Problems found in the book, and how they are shown: with ariadne, at the
//! byte offsets of the `.md` file they are about.
use ariadne::{Color, Config, IndexType, Label as AriadneLabel, Report, ReportKind};
use std::collections::BTreeMap;
use std::ops::Range;

/// A byte range in one file, named relative to the repository root
/// (`book/src/eval.md`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    pub file: String,
    pub range: Range<usize>,
}

impl Span {
    pub fn new(file: &str, range: Range<usize>) -> Span {
        Span {
            file: file.to_string(),
            range,
        }
    }
}

/// A span with a short text pointing at it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Label {
    pub span: Span,
    pub text: String,
}

/// One error. `at` is where it is; `None` only for problems that are not in
/// any `.md` file (an unreadable directory, a hand-written file in `src/`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub message: String,
    pub at: Option<Label>,
    pub also: Vec<Label>,
    pub note: Option<String>,
}

impl Diagnostic {
    /// An error at `span`, labelled with `label`.
    pub fn at(span: Span, message: impl Into<String>, label: impl Into<String>) -> Diagnostic {
        let at = Some(Label {
            span,
            text: label.into(),
        });
        Diagnostic {
            message: message.into(),
            at,
            also: Vec::new(),
            note: None,
        }
    }

    /// An error that has no place in the book.
    pub fn bare(message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            message: message.into(),
            at: None,
            also: Vec::new(),
            note: None,
        }
    }

    pub fn with_note(mut self, note: impl Into<String>) -> Diagnostic {
        self.note = Some(note.into());
        self
    }

    /// A second place that explains the first (say, the earlier definition).
    pub fn with_also(mut self, span: Span, text: impl Into<String>) -> Diagnostic {
        self.also.push(Label {
            span,
            text: text.into(),
        });
        self
    }

    /// The `file:line:column` of the error (1-based), for messages and tests.
    pub fn location(&self, sources: &BTreeMap<String, String>) -> Option<String> {
        let at = self.at.as_ref()?;
        let text = sources.get(&at.span.file)?;
        let (line, col) = line_col(text, at.span.range.start);
        Some(format!("{}:{line}:{col}", at.span.file))
    }
}

/// 1-based line and byte column of `offset` in `text`.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text.as_bytes()[..offset.min(text.len())];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |i| i + 1);
    (line, offset - line_start + 1)
}

/// Renders every diagnostic, in order, as ariadne reports.
pub fn render(diags: &[Diagnostic], sources: &BTreeMap<String, String>, color: bool) -> String {
    let mut out = Vec::new();
    for d in diags {
        render_one(d, sources, color, &mut out);
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn render_one(d: &Diagnostic, sources: &BTreeMap<String, String>, color: bool, out: &mut Vec<u8>) {
    let Some(at) = d.at.as_ref().and_then(|l| clamp(l, sources)) else {
        out.extend(format!("Error: {}\n", d.message).bytes());
        if let Some(note) = &d.note {
            out.extend(format!("  note: {note}\n").bytes());
        }
        return;
    };
    let config = Config::default()
        .with_color(color)
        .with_index_type(IndexType::Byte);
    let mut report = Report::build(ReportKind::Error, report_span(&at.span))
        .with_config(config)
        .with_message(&d.message)
        .with_label(
            AriadneLabel::new(report_span(&at.span))
                .with_message(&at.text)
                .with_color(Color::Red),
        );
    for extra in d.also.iter().filter(|l| sources.contains_key(&l.span.file)) {
        let label = AriadneLabel::new(report_span(&extra.span)).with_message(&extra.text);
        report = report.with_label(label.with_color(Color::Blue));
    }
    if let Some(note) = &d.note {
        report = report.with_note(note);
    }
    let cache = ariadne::sources(sources.iter().map(|(k, v)| (k.clone(), v.clone())));
    if report.finish().write(cache, &mut *out).is_err() {
        out.extend(format!("Error: {}\n", d.message).bytes());
    }
}

/// The label with its span inside its source and on character boundaries,
/// or `None` if its source is unknown.
fn clamp(label: &Label, sources: &BTreeMap<String, String>) -> Option<Label> {
    let text = sources.get(&label.span.file)?;
    let fit = |mut i: usize| {
        i = i.min(text.len());
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let start = fit(label.span.range.start);
    let end = fit(label.span.range.end).max(start);
    let span = Span::new(&label.span.file, start..end);
    Some(Label {
        span,
        text: label.text.clone(),
    })
}

fn report_span(span: &Span) -> (String, Range<usize>) {
    (span.file.clone(), span.range.clone())
}
