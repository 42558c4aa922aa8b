//! Splitting a record into TOML front matter (between `+++` lines) and its
//! Markdown body, and parsing the TOML with spans.

use std::ops::Range;
use std::path::Path;

use toml::Spanned;
use toml::de::DeTable;

use crate::diagnostics::{Code, Diagnostic};

/// The line that opens and closes the front matter (Zola's TOML delimiter).
const DELIMITER: &str = "+++";

/// Finds the front matter of `text`: returns the byte ranges of the TOML and of
/// the Markdown body.
///
/// Errors: the file does not start with a `+++` line, or the closing `+++`
/// line is missing.
pub(super) fn split(text: &str, path: &Path) -> Result<(Range<usize>, Range<usize>), Diagnostic> {
    let first_line_end = text.find('\n').unwrap_or(text.len());
    if text[..first_line_end].trim_end() != DELIMITER {
        let shown = first_line_end.min(text.len());
        return Err(Diagnostic::error(Code::MissingFrontMatter).at(path, 0..shown));
    }
    let toml_start = (first_line_end + 1).min(text.len());
    let mut line_start = toml_start;
    while line_start < text.len() {
        let line_end = text[line_start..]
            .find('\n')
            .map_or(text.len(), |i| line_start + i);
        if text[line_start..line_end].trim_end() == DELIMITER {
            let body_start = (line_end + 1).min(text.len());
            return Ok((toml_start..line_start, body_start..text.len()));
        }
        line_start = line_end + 1;
    }
    Err(Diagnostic::error(Code::UnclosedFrontMatter).at(path, 0..DELIMITER.len()))
}

/// Parses front matter TOML that starts at byte `offset` of the file `path`.
///
/// Every syntax error is reported (the parser recovers and goes on); spans
/// in the returned table and diagnostics are relative to the TOML text, so add
/// `offset` for file positions (the diagnostics already have it added).
pub(crate) fn parse_front_matter<'t>(
    toml: &'t str,
    offset: usize,
    path: &Path,
) -> Result<Spanned<DeTable<'t>>, Vec<Diagnostic>> {
    let (table, errors) = DeTable::parse_recoverable(toml);
    if errors.is_empty() {
        return Ok(table);
    }
    let errors = errors
        .into_iter()
        .map(|e| (e.span().unwrap_or(0..0), e.message().to_owned()))
        .collect();
    Err(super::syntax::diagnose(toml, offset, path, errors))
}

#[cfg(test)]
mod tests {
    use super::*;

    const PATH: &str = "content/products/x/index.md";

    #[test]
    fn splits_front_matter_and_body() {
        let text = "+++\nname = \"Xoài\"\n+++\n\nNgọt.\n";
        let (fm, body) = split(text, Path::new(PATH)).unwrap();
        assert_eq!(&text[fm], "name = \"Xoài\"\n");
        assert_eq!(&text[body], "\nNgọt.\n");
    }

    #[test]
    fn body_may_be_absent() {
        let text = "+++\nname = \"Xoài\"\n+++";
        let (fm, body) = split(text, Path::new(PATH)).unwrap();
        assert_eq!(&text[fm], "name = \"Xoài\"\n");
        assert_eq!(&text[body], "");
    }

    #[test]
    fn missing_or_unclosed_delimiters_are_errors() {
        let e = split("name = 1\n", Path::new(PATH)).unwrap_err();
        assert_eq!(e.code, Code::MissingFrontMatter);
        let e = split("+++\nname = 1\n", Path::new(PATH)).unwrap_err();
        assert_eq!(e.code, Code::UnclosedFrontMatter);
    }

    #[test]
    fn syntax_errors_point_into_the_file() {
        // The TOML starts at byte 4 of the file ("+++\n").
        let errors = parse_front_matter("name = Xoài\n", 4, Path::new(PATH)).unwrap_err();
        assert_eq!(errors[0].code, Code::TomlSyntax);
        let span = errors[0].span.clone().unwrap();
        assert!(span.start >= 4 + 7, "{span:?}");
    }
}
