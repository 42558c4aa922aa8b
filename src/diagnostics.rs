//! Diagnostics: problems found in the content, collected rather than thrown,
//! each with its file, position and a hint that tells the user what to do.
//!
//! Rendered for a terminal by `codespan-reporting` (rustc-style snippets), or
//! as JSON lines `{severity, code, file, line, column, message, help}` with
//! 1-based line and column, the column counted in characters (DESIGN.md).

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use codespan_reporting::diagnostic::{Diagnostic as Report, Label, Severity as ReportSeverity};
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term::{self, termcolor::WriteColor};
use serde::Serialize;

/// How bad a problem is: errors stop the build, warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The build cannot go on: nothing is written.
    Error,
    /// Worth fixing; the build goes on.
    Warning,
}

/// One problem, at a place in one file (or in no file, for whole-site problems).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// Stable kebab-case identifier of the rule, e.g. `unknown-key`.
    pub code: &'static str,
    /// Path relative to the project root, with `/` separators.
    pub file: Option<PathBuf>,
    /// Byte range in the file's text (after NFC normalisation), if known.
    pub span: Option<Range<usize>>,
    /// What is wrong, one sentence.
    pub message: String,
    /// How to fix it, one sentence.
    pub help: Option<String>,
}

impl Diagnostic {
    /// An error with the given rule code and message.
    pub fn error(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(Severity::Error, code, message)
    }

    /// A warning with the given rule code and message.
    pub fn warning(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(Severity::Warning, code, message)
    }

    fn new(severity: Severity, code: &'static str, message: impl Into<String>) -> Self {
        Self {
            severity,
            code,
            file: None,
            span: None,
            message: message.into(),
            help: None,
        }
    }

    /// Places the diagnostic in `file` (relative to the project root).
    pub fn in_file(mut self, file: impl Into<PathBuf>) -> Self {
        self.file = Some(file.into());
        self
    }

    /// Places the diagnostic at `span` (bytes) of `file`.
    pub fn at(mut self, file: impl Into<PathBuf>, span: Range<usize>) -> Self {
        self.file = Some(file.into());
        self.span = Some(span);
        self
    }

    /// Adds the sentence that tells the user how to fix the problem.
    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
}

/// A 1-based line and column; the column counts characters, not bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LineCol {
    /// 1-based line number.
    pub line: usize,
    /// 1-based column, in Unicode scalar values.
    pub column: usize,
}

/// Every diagnostic of one run, with the texts of the files they point into.
#[derive(Debug, Default, Clone)]
pub struct Diagnostics {
    sources: BTreeMap<PathBuf, Arc<str>>,
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    /// An empty collection.
    pub fn new() -> Self {
        Self::default()
    }

    /// Remembers the text of `file`, so that spans in it can be shown.
    pub fn add_source(&mut self, file: impl Into<PathBuf>, text: Arc<str>) {
        self.sources.insert(file.into(), text);
    }

    /// Adds one diagnostic.
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.items.push(diagnostic);
    }

    /// Adds many diagnostics.
    pub fn extend(&mut self, diagnostics: impl IntoIterator<Item = Diagnostic>) {
        self.items.extend(diagnostics);
    }

    /// Moves all diagnostics and sources of `other` into `self`.
    pub fn append(&mut self, other: Diagnostics) {
        self.sources.extend(other.sources);
        self.items.extend(other.items);
    }

    /// The diagnostics, in file order then position order (call [`Self::sort`]).
    pub fn items(&self) -> &[Diagnostic] {
        &self.items
    }

    /// Number of errors.
    pub fn error_count(&self) -> usize {
        self.count(Severity::Error)
    }

    /// Number of warnings.
    pub fn warning_count(&self) -> usize {
        self.count(Severity::Warning)
    }

    fn count(&self, severity: Severity) -> usize {
        self.items.iter().filter(|d| d.severity == severity).count()
    }

    /// The errors alone (warnings left out), with the sources they point into.
    pub fn errors_only(&self) -> Diagnostics {
        Diagnostics {
            sources: self.sources.clone(),
            items: self
                .items
                .iter()
                .filter(|d| d.severity == Severity::Error)
                .cloned()
                .collect(),
        }
    }

    /// True when at least one error was found.
    pub fn has_errors(&self) -> bool {
        self.error_count() > 0
    }

    /// Orders the diagnostics by file, position, then message, so that the
    /// report is the same whatever order the files were read in.
    pub fn sort(&mut self) {
        self.items.sort_by(|a, b| {
            (
                &a.file,
                a.span.as_ref().map(|s| s.start),
                a.severity,
                &a.message,
            )
                .cmp(&(
                    &b.file,
                    b.span.as_ref().map(|s| s.start),
                    b.severity,
                    &b.message,
                ))
        });
        self.items.dedup();
    }

    /// The line and column where `diagnostic` starts, when it has a span in a
    /// known file.
    pub fn line_col(&self, diagnostic: &Diagnostic) -> Option<LineCol> {
        let text = self.sources.get(diagnostic.file.as_ref()?)?;
        let offset = diagnostic.span.as_ref()?.start.min(text.len());
        Some(line_col(text, offset))
    }

    /// Writes rustc-style reports (with the offending line and a marker) to
    /// `out`, coloured when `out` supports colour.
    pub fn emit_human(&self, out: &mut dyn WriteColor) -> io::Result<()> {
        self.emit_human_limited(out, usize::MAX)
    }

    /// Like [`Self::emit_human`], showing at most `per_code` diagnostics of
    /// each rule code, then one line saying how many more there are (a
    /// national catalogue can have thousands of the same warning).
    pub fn emit_human_limited(&self, out: &mut dyn WriteColor, per_code: usize) -> io::Result<()> {
        let mut files = SimpleFiles::new();
        let mut ids = BTreeMap::new();
        for (path, text) in &self.sources {
            ids.insert(path.as_path(), files.add(display_path(path), text.clone()));
        }
        let config = term::Config::default();
        let mut shown: BTreeMap<&str, usize> = BTreeMap::new();
        for d in &self.items {
            let count = shown.entry(d.code).or_default();
            *count += 1;
            if *count > per_code {
                continue;
            }
            let severity = match d.severity {
                Severity::Error => ReportSeverity::Error,
                Severity::Warning => ReportSeverity::Warning,
            };
            let mut report = Report::new(severity)
                .with_code(d.code)
                .with_message(&d.message);
            let id = d.file.as_deref().and_then(|f| ids.get(f).copied());
            match (id, &d.span) {
                (Some(id), Some(span)) => {
                    report = report.with_labels(vec![Label::primary(id, span.clone())]);
                }
                _ => {
                    if let Some(file) = &d.file {
                        report = report.with_notes(vec![format!("in {}", display_path(file))]);
                    }
                }
            }
            if let Some(help) = &d.help {
                report.notes.push(format!("help: {help}"));
            }
            term::emit_to_write_style(out, &config, &files, &report)
                .map_err(|e| io::Error::other(e.to_string()))?;
        }
        for (code, count) in shown {
            if count > per_code {
                writeln!(
                    out,
                    "… and {} more [{code}]; `ocop check` lists them all",
                    count - per_code
                )?;
            }
        }
        Ok(())
    }

    /// Writes one JSON object per line:
    /// `{"severity","code","file","line","column","message","help"}`.
    pub fn emit_json(&self, out: &mut dyn Write) -> io::Result<()> {
        #[derive(Serialize)]
        struct Line<'a> {
            severity: Severity,
            code: &'a str,
            file: Option<String>,
            line: Option<usize>,
            column: Option<usize>,
            message: &'a str,
            help: Option<&'a str>,
        }
        for d in &self.items {
            let pos = self.line_col(d);
            let line = Line {
                severity: d.severity,
                code: d.code,
                file: d.file.as_deref().map(display_path),
                line: pos.map(|p| p.line),
                column: pos.map(|p| p.column),
                message: &d.message,
                help: d.help.as_deref(),
            };
            serde_json::to_writer(&mut *out, &line)?;
            writeln!(out)?;
        }
        Ok(())
    }
}

/// The candidate closest to `word` in spelling, if it is close enough to be
/// what the user meant (a "did you mean" suggestion). Closeness is the
/// Jaro–Winkler similarity (≥ 0.8) or an edit distance of at most 2.
pub fn closest<'c>(word: &str, candidates: &[&'c str]) -> Option<&'c str> {
    let word = word.to_lowercase();
    candidates
        .iter()
        .map(|&c| {
            (
                c,
                strsim::jaro_winkler(&word, c),
                strsim::levenshtein(&word, c),
            )
        })
        .filter(|&(_, similarity, distance)| similarity >= 0.8 || distance <= 2)
        .max_by(|a, b| a.1.total_cmp(&b.1).then(b.2.cmp(&a.2)))
        .map(|(c, _, _)| c)
}

/// A path with `/` separators whatever the platform, as shown to users.
pub fn display_path(path: &Path) -> String {
    path.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// 1-based line and character column of byte `offset` in `text`.
pub fn line_col(text: &str, offset: usize) -> LineCol {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    LineCol {
        line: before.matches('\n').count() + 1,
        column: before[line_start..].chars().count() + 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggestions_for_misspelt_names() {
        let keys = ["name", "price", "producer", "commune", "stars"];
        assert_eq!(closest("prcie", &keys), Some("price"));
        assert_eq!(closest("Producer", &keys), Some("producer"));
        assert_eq!(closest("star", &keys), Some("stars"));
        assert_eq!(closest("weight", &keys), None);
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let text = "name = \"Thịt dê\"\nprice = -5\n";
        assert_eq!(line_col(text, 0), LineCol { line: 1, column: 1 });
        // "ị" and "ê" are two bytes each in UTF-8; the closing quote is char 16.
        let quote = text.find("\"\n").unwrap();
        assert_eq!(
            line_col(text, quote),
            LineCol {
                line: 1,
                column: 16
            }
        );
        let minus = text.find('-').unwrap();
        assert_eq!(line_col(text, minus), LineCol { line: 2, column: 9 });
    }

    #[test]
    fn json_lines_carry_position_and_help() {
        let mut diags = Diagnostics::new();
        let file = PathBuf::from("content/products/x/index.md");
        diags.add_source(&file, Arc::from("+++\nprcie = 5\n+++\n"));
        diags.push(
            Diagnostic::error("unknown-key", "unknown key `prcie`")
                .at(&file, 4..9)
                .help("did you mean `price`?"),
        );
        let mut out = Vec::new();
        diags.emit_json(&mut out).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "{\"severity\":\"error\",\"code\":\"unknown-key\",\"file\":\"content/products/x/index.md\",\
             \"line\":2,\"column\":1,\"message\":\"unknown key `prcie`\",\"help\":\"did you mean `price`?\"}\n"
        );
    }
}
