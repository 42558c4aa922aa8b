//! Load: finds the records under `content/`, reads them as text and splits
//! each into TOML front matter and a Markdown body. It knows files and syntax,
//! nothing of the OCOP domain (that is `model`): `FieldReader` reads a
//! front-matter table field by field, for `model` and `config`.

mod fields;
mod front_matter;
mod noise;
mod read;
mod syntax;
mod vi_keys;
mod walk;

pub(crate) use fields::FieldReader;
pub(crate) use front_matter::parse_front_matter;
pub(crate) use noise::is_editor_noise;
pub use read::decode_text;
pub(crate) use read::{TextCache, read_text};
pub(crate) use syntax::{DateGuess, date_diagnostic, date_guess, plain_number, ungrouped};
pub(crate) use vi_keys::key_for;
pub use walk::load;
pub(crate) use walk::{BundleDir, load_bundle, missing_content, scan};

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::diagnostics::{Code, Diagnostic, Diagnostics};
use crate::text::{Certainty, LegacyText, detect_legacy_encoding};

/// The four kinds of record, each a folder of page bundles under `content/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Section {
    /// `content/products/` — OCOP products.
    Products,
    /// `content/producers/` — producers (chủ thể).
    Producers,
    /// `content/communes/` — communes, wards, special zones and former units.
    Communes,
    /// `content/tourism/` — tourism points (OCOP group 6).
    Tourism,
}

impl Section {
    /// Every section, in the order they are resolved and listed.
    pub const ALL: [Section; 4] = [
        Section::Products,
        Section::Producers,
        Section::Communes,
        Section::Tourism,
    ];

    /// The folder name under `content/`, which is also the URL path segment
    /// (the same in every language).
    pub fn dir_name(self) -> &'static str {
        match self {
            Section::Products => "products",
            Section::Producers => "producers",
            Section::Communes => "communes",
            Section::Tourism => "tourism",
        }
    }
}

/// One text file of a bundle: `index.md` (default language) or
/// `index.<lang>.md` (a translation).
#[derive(Debug, Clone)]
pub struct Document {
    /// Path relative to the project root, e.g. `content/products/xoai/index.en.md`.
    pub path: PathBuf,
    /// `None` for `index.md`, `Some("en")` for `index.en.md`.
    pub lang: Option<String>,
    /// The whole file: UTF-8, NFC, LF line endings, no BOM.
    pub text: Arc<str>,
    /// Byte range of the TOML between the `+++` lines.
    pub front_matter: Range<usize>,
    /// Byte range of the Markdown after the closing `+++` line.
    pub body: Range<usize>,
}

impl Document {
    /// Makes a document of the decoded `text` of the file at `path`
    /// (relative to the project root; `lang` as in [`Document::lang`]).
    ///
    /// Errors: text certainly typed with a legacy Vietnamese font (TCVN3,
    /// VNI), a missing opening `+++` line or an unclosed front matter. Text
    /// that only may be typed with one gets a warning, added to `warnings`.
    pub fn parse(
        path: PathBuf,
        lang: Option<String>,
        text: Arc<str>,
        warnings: &mut Diagnostics,
    ) -> Result<Self, Diagnostic> {
        if let Some(found) = detect_legacy_encoding(&text) {
            let d = legacy_diagnostic(&path, &found);
            match found.certainty {
                Certainty::Certain => return Err(d),
                Certainty::Possible => warnings.push(d),
            }
        }
        let (front_matter, body) = front_matter::split(&text, &path)?;
        Ok(Self {
            path,
            lang,
            text,
            front_matter,
            body,
        })
    }

    /// The TOML front matter text.
    pub(crate) fn front_matter_text(&self) -> &str {
        &self.text[self.front_matter.clone()]
    }

    /// The Markdown body text.
    pub(crate) fn body_text(&self) -> &str {
        &self.text[self.body.clone()]
    }
}

/// A page bundle: the folder of one record, named by its slug.
#[derive(Debug, Clone)]
pub struct Bundle {
    /// Which kind of record.
    pub section: Section,
    /// The folder name, which is the record's permanent slug.
    pub slug: String,
    /// Folder path relative to the project root.
    pub dir: PathBuf,
    /// Its text files, `index.md` first then translations by language code.
    pub documents: Vec<Document>,
    /// Names of the other files in the folder (photos, attachments), sorted,
    /// in Unicode NFC: the names records use and the output publishes.
    pub files: Vec<String>,
    /// The name on disk of each file of `files` whose name on disk is not
    /// NFC (a file copied from a Mac is NFD: "ả" as "a" + U+0309), keyed by
    /// its NFC name.
    pub disk_names: BTreeMap<String, String>,
}

/// Everything read from `content/`.
#[derive(Debug, Default)]
pub struct Content {
    /// `content/site.toml`, if it could be read.
    pub site: Option<SiteFile>,
    /// All bundles, sorted by section then slug.
    pub bundles: Vec<Bundle>,
}

/// The text of `content/site.toml`.
#[derive(Debug, Clone)]
pub struct SiteFile {
    /// Path relative to the project root.
    pub path: PathBuf,
    /// The file text (UTF-8, NFC, LF).
    pub text: Arc<str>,
}

impl SiteFile {
    /// `content/site.toml`'s decoded `text`, read from `path`. Text typed
    /// with a legacy Vietnamese font gets the `legacy-encoding` error (or
    /// its `maybe` warning) in `diags`, as a record's would; the settings
    /// are still read, so that one run reports every problem.
    pub(crate) fn new(path: PathBuf, text: Arc<str>, diags: &mut Diagnostics) -> Self {
        if let Some(found) = detect_legacy_encoding(&text) {
            diags.push(legacy_diagnostic(&path, &found));
        }
        Self { path, text }
    }
}

/// The error of a text certainly typed with a legacy font, or the warning
/// of one that may be (the `legacy-encoding-maybe` message).
fn legacy_diagnostic(shown: &Path, found: &LegacyText) -> Diagnostic {
    match found.certainty {
        Certainty::Certain => Diagnostic::error(Code::LegacyEncoding),
        Certainty::Possible => Diagnostic::warning(Code::LegacyEncoding).variant("maybe"),
    }
    .arg("encoding", found.encoding.to_string())
    .arg("word", found.word.as_str())
    .at(shown, found.span.clone())
}
