//! Diagnostics: problems found in the content, collected rather than thrown,
//! each with its file, position and a hint that tells the user what to do.
//!
//! Rendered for a terminal by `codespan-reporting` (rustc-style snippets), or
//! as JSON lines `{severity, code, file, line, column, message, help}` with
//! 1-based line and column, the column counted in characters (docs/CLI.md,
//! "The JSON report").

use std::collections::BTreeMap;
use std::io::{self, Write};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use codespan_reporting::diagnostic::{Diagnostic as Report, Label, Severity as ReportSeverity};
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term::{self, termcolor::WriteColor};
use serde::Serialize;

use crate::messages::{Arg, Lang, Message};

/// How bad a problem is: errors stop the build, warnings do not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The build cannot go on: nothing is written.
    Error,
    /// Worth fixing; the build goes on.
    Warning,
}

/// Declares [`Code`]: each rule with its doc comment and its stable name.
macro_rules! codes {
    ($($(#[doc = $doc:literal])+ $variant:ident = $name:literal,)+) => {
        /// The rule a diagnostic reports. Its [`Code::as_str`] name is stable:
        /// it appears in `check --format json`, after `error[…]` in the
        /// terminal, in scripts that filter the report, and it is the key of
        /// the diagnostic's messages.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code {
            $($(#[doc = $doc])+ $variant,)+
        }

        impl Code {
            /// Every code, in declaration order.
            pub const ALL: &[Code] = &[$(Code::$variant),+];

            /// The stable kebab-case name, e.g. `unknown-key`.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Code::$variant => $name,)+
                }
            }
        }
    };
}

codes! {
    // Reading the files (`content`).
    /// The project root has no `content/` folder.
    MissingContent = "missing-content",
    /// A file or folder cannot be read.
    UnreadableFile = "unreadable-file",
    /// A record file is not UTF-8 text.
    InvalidUtf8 = "invalid-utf8",
    /// A record file is larger than a record may be.
    FileTooLarge = "file-too-large",
    /// Text typed with a legacy Vietnamese font (TCVN3, VNI), not Unicode.
    LegacyEncoding = "legacy-encoding",
    /// A record file does not start with a `+++` line.
    MissingFrontMatter = "missing-front-matter",
    /// The front matter has no closing `+++` line.
    UnclosedFrontMatter = "unclosed-front-matter",
    /// A TOML file (front matter, `site.toml`, an i18n file) does not parse.
    TomlSyntax = "toml-syntax",
    /// A file or folder in `content/` that ocop does not read.
    UnknownContentEntry = "unknown-content-entry",
    /// A record folder's name is not a slug.
    InvalidSlug = "invalid-slug",
    /// Two record folders would be published under the same slug.
    DuplicateSlug = "duplicate-slug",
    /// A record folder has no `index.md`.
    MissingIndex = "missing-index",
    /// A record file lies directly in a section folder, not in a record folder.
    RecordOutsideBundle = "record-outside-bundle",
    /// A bundle file would replace the record's own page (`index.html`).
    ReservedFileName = "reserved-file-name",
    /// Two bundle files whose names differ only in letter case or Unicode
    /// form: Windows and macOS would keep only one of them.
    FileNameClash = "file-name-clash",
    /// A symbolic link that cannot be followed.
    BadSymlink = "bad-symlink",
    /// A symbolic link that leads out of the project.
    SymlinkOutside = "symlink-outside",
    // Reading the records' fields (`config`, `model`).
    /// A required field is missing.
    MissingField = "missing-field",
    /// A required text field is empty.
    EmptyField = "empty-field",
    /// A field has a value of the wrong type.
    WrongType = "wrong-type",
    /// A field that this kind of record does not have.
    UnknownKey = "unknown-key",
    /// A field set where it may not be (a language-neutral field in a translation).
    MisplacedKey = "misplaced-key",
    /// `base_url` is not an absolute http(s) address.
    BadBaseUrl = "bad-base-url",
    /// A `[kiosk]` setting of `site.toml` is out of range.
    BadKioskSetting = "bad-kiosk-setting",
    /// A `[print]` setting of `site.toml` out of range.
    BadPrintSetting = "bad-print-setting",
    /// `[print] year` of `site.toml` is not a year of four digits.
    BadPrintYear = "bad-print-year",
    /// A translation file in a language the site does not have.
    UnknownLanguage = "unknown-language",
    /// A record, or the theme's interface strings, not translated into a language.
    MissingTranslation = "missing-translation",
    /// A translation file that leaves fields or the body untranslated.
    IncompleteTranslation = "incomplete-translation",
    /// A price that is not a positive number of đồng.
    BadPrice = "bad-price",
    /// A star rating that is not 1–5.
    BadStars = "bad-stars",
    /// A date that is not a calendar date.
    BadDate = "bad-date",
    /// A `sku` that is too long or has invisible characters or outer spaces.
    BadSku = "bad-sku",
    /// A `gtin` whose check digit or length is wrong.
    BadGtin = "bad-gtin",
    /// A shop link that is not an absolute https:// address.
    BadUrl = "bad-url",
    /// A phone number, Zalo, e-mail or web site that is not valid.
    BadContact = "bad-contact",
    /// Coordinates that are not on Earth.
    BadGeo = "bad-geo",
    /// A commune record with `merged_into` and no `merged_on`, or the reverse.
    IncompleteMerger = "incomplete-merger",
    /// A current commune record (no `merged_into`) of kind `township`: no
    /// thị trấn exist since 1 July 2025.
    CurrentTownship = "current-township",
    /// A subgroup that is not one of the product group's.
    UnknownSubgroup = "unknown-subgroup",
    /// Stars without the rating decision that awarded them.
    MissingCertificate = "missing-certificate",
    /// A photo named in `images` outside the record's folder.
    ImageOutsideBundle = "image-outside-bundle",
    /// A photo named in `images` that is not in the record's folder.
    MissingImage = "missing-image",
    /// A reference to a record that does not exist.
    UnknownReference = "unknown-reference",
    /// A reference to a draft product.
    DraftReference = "draft-reference",
    /// Communes whose `merged_into` chain comes back to where it started.
    MergerCycle = "merger-cycle",
    /// A `former_commune` whose `merged_into` chain does not end at the
    /// record's `commune`.
    FormerCommuneMismatch = "former-commune-mismatch",
    /// A `former_commune` naming a current unit (no `merged_into`).
    FormerCommuneCurrent = "former-commune-current",
    /// A `commune` naming a former unit (one with `merged_into`).
    FormerUnit = "former-unit",
    /// A current commune record named after a unit the 2025 reform
    /// abolished (the embedded table, `admin_units`).
    AbolishedUnit = "abolished-unit",
    /// A product named on the command line (`ocop print --products`) that
    /// is not a published product.
    UnknownProduct = "unknown-product",
    /// An OCOP certificate older than 36 months.
    CertificateLapsed = "certificate-lapsed",
    /// An OCOP certificate that lapses within 90 days.
    CertificateExpiring = "certificate-expiring",
    /// Two products with the same feed id (sku, else slug), ignoring case.
    DuplicateFeedId = "duplicate-feed-id",
    /// Invisible control characters in a record's text.
    ControlCharacter = "control-character",
    /// Invisible format characters (a right-to-left override, zero-width
    /// characters) in a record's name or summary.
    InvisibleCharacter = "invisible-character",
    // Photos (`images`).
    /// A photo that cannot be read or decoded, or is not a supported format.
    BadImage = "bad-image",
    /// A photo with more pixels than allowed.
    ImageTooLarge = "image-too-large",
    /// A photo whose file name ends in another format's extension.
    ImageExtensionMismatch = "image-extension-mismatch",
    /// A product's main photo too small for merchant feeds.
    PhotoTooSmallForFeeds = "photo-too-small-for-feeds",
    /// A photo in a record's folder that `images` does not name.
    UnlistedPhoto = "unlisted-photo",
    /// The image cache folder exists but was not made by ocop.
    ForeignCache = "foreign-cache",
    /// The image cache cannot be used.
    ImageCache = "image-cache",
    /// Encoding a photo variant failed.
    ImageEncode = "image-encode",
    // The theme and the outputs.
    /// The theme's templates cannot be read.
    MissingTheme = "missing-theme",
    /// A template does not parse or does not render.
    TemplateError = "template-error",
    /// A template the pages, the kiosk or the print pack need is not in the
    /// theme.
    MissingTemplate = "missing-template",
    /// A font file of the print layouts that Typst cannot read.
    BadFont = "bad-font",
    /// The print layouts have no font.
    MissingFont = "missing-font",
    /// An interface string the code needs is in no language of the theme.
    MissingInterfaceString = "missing-interface-string",
    /// A link in a record's body that leads to no page or file of the site.
    BrokenLink = "broken-link",
    /// An address too long for a QR code (it gets none).
    UrlTooLongForQr = "url-too-long-for-qr",
    /// A feed could not be made or written.
    FeedError = "feed-error",
    /// A file could not be written into the output.
    WriteError = "write-error",
    /// An `aliases` entry that is not a path of the site.
    BadAlias = "bad-alias",
    /// An `aliases` entry where a page, another alias or a file of the
    /// site already is.
    AliasClash = "alias-clash",
    /// More redirects than hosts' rule files take (`_redirects`).
    ManyRedirects = "many-redirects",
    // Publish readiness: warnings, blocking with `check --deny-warnings`.
    /// `base_url` on an example or local host (example.com, localhost…).
    ExampleBaseUrl = "example-base-url",
    /// `base_url` that is not `https://`: browsers mark the site "not
    /// secure" and merchant feeds want https.
    InsecureBaseUrl = "insecure-base-url",
    /// A text that `ocop new` writes for the office to replace, still there.
    TemplateText = "template-text",
    /// A product left as a draft (`draft = true`): not published.
    DraftProduct = "draft-product",
    /// A product that the merchant feeds leave out, and why.
    NotInFeeds = "not-in-feeds",
    /// An OCOP certificate that does not name its issuer.
    CertificateWithoutIssuer = "certificate-without-issuer",
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for Code {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// Codes compare with their names: `d.code == "unknown-key"`.
impl PartialEq<&str> for Code {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// One problem, at a place in one file (or in no file, for whole-site problems).
///
/// Its words are a [`Message`] of the catalogue, put into the user's language
/// only when shown ([`Diagnostic::message`]): the message id is the code's
/// name (or the name and a variant, [`Diagnostic::variant`]), and the help is
/// that message's `.help` attribute unless [`Diagnostic::help`] gives
/// another.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// The rule, e.g. [`Code::UnknownKey`] (`unknown-key`).
    pub code: Code,
    /// Path relative to the project root, with `/` separators.
    pub file: Option<PathBuf>,
    /// Byte range in the file's text (after NFC normalisation), if known.
    pub span: Option<Range<usize>>,
    /// What is wrong, one sentence.
    text: Message,
    /// How to fix it, one sentence, when not the message's `.help` (boxed:
    /// rare, and diagnostics travel in `Result`s).
    help: Option<Box<Message>>,
}

impl Diagnostic {
    /// An error of rule `code`; its message is the code's (add variables
    /// with [`Self::arg`]).
    pub fn error(code: Code) -> Self {
        Self::new(Severity::Error, code)
    }

    /// A warning of rule `code`.
    pub fn warning(code: Code) -> Self {
        Self::new(Severity::Warning, code)
    }

    fn new(severity: Severity, code: Code) -> Self {
        Self {
            severity,
            code,
            file: None,
            span: None,
            text: Message::new(code.as_str()),
            help: None,
        }
    }

    /// Uses the message `<code>-<variant>` (and its `.help`) instead of the
    /// code's own, keeping the variables given so far.
    pub fn variant(mut self, variant: &str) -> Self {
        self.text = self
            .text
            .with_id(format!("{}-{variant}", self.code.as_str()));
        self
    }

    /// Adds the variable `$name` to the message (and its `.help`).
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.text = self.text.arg(name, value);
        self
    }

    /// Adds the variable `$name`, a count shown with the language's grouping.
    pub fn count(mut self, name: &'static str, value: impl TryInto<u64>) -> Self {
        self.text = self.text.count(name, value);
        self
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

    /// Gives the help (how to fix the problem) another message than the
    /// `.help` of the diagnostic's own.
    pub fn help(mut self, help: Message) -> Self {
        self.help = Some(Box::new(help));
        self
    }

    /// What is wrong, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        self.text.render(lang)
    }

    /// How to fix it, in `lang`, when there is a help.
    pub fn help_text(&self, lang: Lang) -> Option<String> {
        self.help_message().map(|m| m.render(lang))
    }

    /// The message (id and variables) of what is wrong.
    pub fn message_id(&self) -> &Message {
        &self.text
    }

    fn help_message(&self) -> Option<Message> {
        if let Some(help) = &self.help {
            return Some((**help).clone());
        }
        let help = self.text.with_id(format!("{}.help", self.text.id()));
        help.exists().then_some(help)
    }

    /// The error of an output file (`rel`, inside the output) that could
    /// not be written.
    pub(crate) fn write_error(rel: &str, e: &io::Error) -> Self {
        Self::error(Code::WriteError)
            .arg("file", rel)
            .arg("error", e.to_string())
    }

    /// The error of a file (`src`) that could not be copied to `rel` in the
    /// output.
    pub(crate) fn copy_error(src: &Path, rel: &str, e: &io::Error) -> Self {
        Self::error(Code::WriteError)
            .variant("copy")
            .arg("source", src.display().to_string())
            .arg("file", rel)
            .arg("error", e.to_string())
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
        self.filtered(|d| d.severity == Severity::Error)
    }

    /// The diagnostics that `keep` accepts, with the sources they point
    /// into (e.g. `ocop print` leaves out the feed-only warnings).
    pub fn filtered(&self, keep: impl Fn(&Diagnostic) -> bool) -> Diagnostics {
        Diagnostics {
            sources: self.sources.clone(),
            items: self.items.iter().filter(|d| keep(d)).cloned().collect(),
        }
    }

    /// True when at least one error was found.
    pub fn has_errors(&self) -> bool {
        self.error_count() > 0
    }

    /// Orders the diagnostics by file, position, then message (id and
    /// variables, so the order is the same in every language), so that the
    /// report is the same whatever order the files were read in.
    pub fn sort(&mut self) {
        self.items.sort_by(|a, b| {
            (
                &a.file,
                a.span.as_ref().map(|s| s.start),
                a.severity,
                &a.text,
            )
                .cmp(&(
                    &b.file,
                    b.span.as_ref().map(|s| s.start),
                    b.severity,
                    &b.text,
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

    /// Writes rustc-style reports (with the offending line and a marker) in
    /// `lang` to `out`, coloured when `out` supports colour.
    pub fn emit_human(&self, out: &mut dyn WriteColor, lang: Lang) -> io::Result<()> {
        self.emit_human_limited(out, usize::MAX, lang)
    }

    /// Like [`Self::emit_human`], showing at most `per_code` warnings of
    /// each rule code, then one line saying how many more there are (a
    /// national catalogue can have thousands of the same warning; the JSON
    /// report lists them all). Errors are all shown, after the warnings:
    /// what stops the run is what she reads last, next to the prompt.
    pub fn emit_human_limited(
        &self,
        out: &mut dyn WriteColor,
        per_code: usize,
        lang: Lang,
    ) -> io::Result<()> {
        let mut files = SimpleFiles::new();
        let mut ids = BTreeMap::new();
        for (path, text) in &self.sources {
            ids.insert(path.as_path(), files.add(display_path(path), text.clone()));
        }
        let config = term::Config::default();
        let emit = |out: &mut dyn WriteColor, d: &Diagnostic| -> io::Result<()> {
            let severity = match d.severity {
                Severity::Error => ReportSeverity::Error,
                Severity::Warning => ReportSeverity::Warning,
            };
            let mut report = Report::new(severity)
                .with_code(d.code.as_str())
                .with_message(d.message(lang));
            let id = d.file.as_deref().and_then(|f| ids.get(f).copied());
            match (id, &d.span) {
                (Some(id), Some(span)) => {
                    report = report.with_labels(vec![Label::primary(id, span.clone())]);
                }
                _ => {
                    if let Some(file) = &d.file {
                        let note = Message::new("report-in-file").arg("file", display_path(file));
                        report = report.with_notes(vec![note.render(lang)]);
                    }
                }
            }
            if let Some(help) = d.help_text(lang) {
                let note = Message::new("report-help").arg("help", help);
                report.notes.push(note.render(lang));
            }
            term::emit_to_write_style(out, &config, &files, &report)
                .map_err(|e| io::Error::other(e.to_string()))
        };
        let mut shown: BTreeMap<&str, usize> = BTreeMap::new();
        for d in self
            .items
            .iter()
            .filter(|d| d.severity == Severity::Warning)
        {
            let count = shown.entry(d.code.as_str()).or_default();
            *count += 1;
            if *count <= per_code {
                emit(out, d)?;
            }
        }
        for (code, count) in shown {
            if count > per_code {
                let more = Message::new("report-more")
                    .count("count", count - per_code)
                    .arg("code", code);
                writeln!(out, "{}", more.render(lang))?;
            }
        }
        for d in self.items.iter().filter(|d| d.severity == Severity::Error) {
            emit(out, d)?;
        }
        Ok(())
    }

    /// Writes one JSON object per line, the message and help in `lang`:
    /// `{"severity","code","file","line","column","message","help"}`.
    pub fn emit_json(&self, out: &mut dyn Write, lang: Lang) -> io::Result<()> {
        #[derive(Serialize)]
        struct Line {
            severity: Severity,
            code: Code,
            file: Option<String>,
            line: Option<usize>,
            column: Option<usize>,
            message: String,
            help: Option<String>,
        }
        for d in &self.items {
            let pos = self.line_col(d);
            let line = Line {
                severity: d.severity,
                code: d.code,
                file: d.file.as_deref().map(display_path),
                line: pos.map(|p| p.line),
                column: pos.map(|p| p.column),
                message: d.message(lang),
                help: d.help_text(lang),
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
pub(crate) fn closest<'c>(word: &str, candidates: &[&'c str]) -> Option<&'c str> {
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
            Diagnostic::error(Code::UnknownKey)
                .variant("suggest")
                .arg("key", "prcie")
                .arg("best", "price")
                .at(&file, 4..9),
        );
        let mut out = Vec::new();
        diags.emit_json(&mut out, Lang::En).unwrap();
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "{\"severity\":\"error\",\"code\":\"unknown-key\",\"file\":\"content/products/x/index.md\",\
             \"line\":2,\"column\":1,\"message\":\"unknown field `prcie`\",\"help\":\"did you mean `price`?\"}\n"
        );
        let mut out = Vec::new();
        diags.emit_json(&mut out, Lang::Vi).unwrap();
        let vi = String::from_utf8(out).unwrap();
        assert!(vi.contains("\"code\":\"unknown-key\""), "{vi}");
        assert!(
            vi.contains("không có mục prcie") && vi.contains("price"),
            "{vi}"
        );
    }
}
