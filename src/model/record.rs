//! What every kind of record shares: a slug, a bundle folder, language-neutral
//! fields, and per-language text with the Vietnamese fallback.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::PathBuf;
use std::sync::Arc;

use serde::Serialize;

use super::alias::Alias;

/// A translatable value together with the language it is actually written in.
///
/// On an English page a field that has no English translation holds the
/// Vietnamese text with `lang = "vi"`, so templates can mark it
/// (`<span lang="vi">`) for screen readers, search engines and the reader.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Local<T> {
    /// The value.
    pub value: T,
    /// BCP 47 code of the language the value is in (`vi`, `en`).
    pub lang: String,
}

/// The Markdown body of one language version of a record.
#[derive(Debug, Clone)]
pub struct Body {
    /// The record file's whole text (the body is a range of it).
    pub text: Arc<str>,
    /// Byte range of the Markdown in `text`.
    pub range: Range<usize>,
    /// File the body comes from, relative to the project root.
    pub path: PathBuf,
    /// Language the body is written in.
    pub lang: String,
}

impl Body {
    /// The Markdown source.
    pub fn markdown(&self) -> &str {
        &self.text[self.range.clone()]
    }

    /// True when the body has no text at all.
    pub fn is_empty(&self) -> bool {
        self.markdown().trim().is_empty()
    }
}

/// One language version of a record.
#[derive(Debug, Clone)]
pub struct Version<T> {
    /// The translatable fields, each falling back to the default language.
    pub text: T,
    /// The Markdown body (the default language's body when untranslated).
    pub body: Body,
    /// False when this language has no translation file, or the file leaves
    /// a translatable field or the body empty (marked untranslated:
    /// docs/CONTENT.md, "Language-neutral and translatable fields").
    pub translated: bool,
    /// Old addresses of this language's page (`aliases` of this
    /// language's file; none when it has no file).
    pub aliases: Vec<Alias>,
}

/// A resolved record: `F` holds the language-neutral fields, `T` the
/// translatable ones.
#[derive(Debug, Clone)]
pub struct Record<F, T> {
    /// Permanent slug = folder name.
    pub slug: String,
    /// The bundle folder, relative to the project root.
    pub dir: PathBuf,
    /// Names of the other files in the bundle (photos…), in NFC.
    pub files: Vec<String>,
    /// The name on disk of each file whose name on disk is not NFC
    /// ([`crate::content::Bundle::disk_names`]).
    pub disk_names: BTreeMap<String, String>,
    /// Language-neutral fields (from `index.md`).
    pub fields: F,
    /// Every configured language, default language included.
    pub versions: BTreeMap<String, Version<T>>,
}

impl<F, T> Record<F, T> {
    /// The version in `lang`; every configured language has one.
    ///
    /// Panics if `lang` is not a configured language (a programming error).
    pub fn version(&self, lang: &str) -> &Version<T> {
        &self.versions[lang]
    }

    /// The file on disk, relative to the project root, of the bundle file
    /// published as `file` (an NFC name of [`Record::files`]).
    pub fn source(&self, file: &str) -> PathBuf {
        self.dir
            .join(self.disk_names.get(file).map_or(file, String::as_str))
    }

    /// Path of the default-language file, relative to the project root.
    pub fn index_path(&self) -> PathBuf {
        self.dir.join("index.md")
    }
}
