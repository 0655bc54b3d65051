//! A fence's info string: the language, then `key=value` attributes.
//!
//! Values are a run of non-blank characters, or a double-quoted string that
//! may hold spaces (`reason="not on CPython"`). There are no escapes.
use std::ops::Range;

/// One `key=value`; `at` is its byte range in the info string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attr {
    pub key: String,
    pub value: String,
    pub at: Range<usize>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Info {
    pub lang: String,
    pub attrs: Vec<Attr>,
}

/// A malformed part of an info string, with its byte range in it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InfoError {
    pub message: String,
    pub at: Range<usize>,
}

/// Splits an info string into its language and attributes.
pub fn parse_info(info: &str) -> Result<Info, Vec<InfoError>> {
    let mut words = Words { text: info, pos: 0 };
    let mut result = Info::default();
    let mut errors = Vec::new();
    if let Some(first) = words.next_bare() {
        if info[first.clone()].contains('=') {
            errors.push(InfoError {
                message: format!(
                    "`{}` comes before the language: a fence starts with its language",
                    &info[first.clone()]
                ),
                at: first,
            });
        } else {
            result.lang = info[first].to_string();
        }
    }
    while let Some(word) = words.next_attr() {
        match word {
            Ok(attr) => result.attrs.push(attr),
            Err(e) => errors.push(e),
        }
    }
    if errors.is_empty() {
        Ok(result)
    } else {
        Err(errors)
    }
}

struct Words<'a> {
    text: &'a str,
    pos: usize,
}

impl Words<'_> {
    fn skip_blanks(&mut self) {
        let rest = &self.text[self.pos..];
        self.pos += rest.len() - rest.trim_start().len();
    }

    /// The next run of non-blank characters.
    fn next_bare(&mut self) -> Option<Range<usize>> {
        self.skip_blanks();
        let start = self.pos;
        let rest = &self.text[start..];
        let len = rest.find(char::is_whitespace).unwrap_or(rest.len());
        self.pos += len;
        (len > 0).then_some(start..start + len)
    }

    /// The next `key=value`, or what is wrong with it.
    fn next_attr(&mut self) -> Option<Result<Attr, InfoError>> {
        self.skip_blanks();
        let start = self.pos;
        let rest = &self.text[start..];
        if rest.is_empty() {
            return None;
        }
        let key_len = rest
            .find(|c: char| c == '=' || c.is_whitespace())
            .unwrap_or(rest.len());
        let key = rest[..key_len].to_string();
        if !rest[key_len..].starts_with('=') || key.is_empty() {
            let word = self.next_bare().unwrap_or(start..start);
            let message = format!(
                "`{}` is not a `key=value` attribute",
                &self.text[word.clone()]
            );
            return Some(Err(InfoError { message, at: word }));
        }
        self.pos += key_len + 1;
        Some(self.value(start).map(|value| Attr {
            key,
            value,
            at: start..self.pos,
        }))
    }

    fn value(&mut self, attr_start: usize) -> Result<String, InfoError> {
        let rest = &self.text[self.pos..];
        if let Some(quoted) = rest.strip_prefix('"') {
            let Some(len) = quoted.find('"') else {
                self.pos = self.text.len();
                let at = attr_start..self.pos;
                return Err(InfoError {
                    message: "this quoted value is never closed".into(),
                    at,
                });
            };
            self.pos += len + 2;
            let after = &self.text[self.pos..];
            if after.starts_with(|c: char| !c.is_whitespace()) {
                let end = self.next_bare().map_or(self.pos, |r| r.end);
                let at = attr_start..end;
                return Err(InfoError {
                    message: "a blank must follow a quoted value".into(),
                    at,
                });
            }
            return Ok(quoted[..len].to_string());
        }
        let len = rest.find(char::is_whitespace).unwrap_or(rest.len());
        self.pos += len;
        Ok(rest[..len].to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_then_attributes() {
        let info = parse_info("python example=x cpython=skip reason=\"not on CPython\"").unwrap();
        assert_eq!(info.lang, "python");
        let pairs: Vec<_> = info
            .attrs
            .iter()
            .map(|a| (a.key.as_str(), a.value.as_str()))
            .collect();
        assert_eq!(
            pairs,
            [
                ("example", "x"),
                ("cpython", "skip"),
                ("reason", "not on CPython")
            ]
        );
        assert_eq!(info.attrs[2].at, 30..53);
    }

    #[test]
    fn bare_words_and_open_quotes_are_errors() {
        let errors = parse_info("rust file=src/a.rs ignore reason=\"open").unwrap_err();
        assert_eq!(errors.len(), 2);
        assert_eq!(errors[0].at, 19..25);
        assert!(errors[1].message.contains("never closed"));
    }

    #[test]
    fn attribute_first_is_an_error() {
        let errors = parse_info("file=src/a.rs").unwrap_err();
        assert!(errors[0].message.contains("starts with its language"));
    }

    #[test]
    fn empty_and_plain_languages() {
        assert_eq!(parse_info("").unwrap(), Info::default());
        assert_eq!(parse_info("rust,ignore").unwrap().lang, "rust,ignore");
    }
}
