//! Reading one record of any kind from its bundle: the default-language file
//! gives every field, each translation file only the translatable ones.

use std::collections::BTreeMap;

use serde::de::DeserializeOwned;

use super::alias::read_aliases;
use super::record::{Body, Local, Record, Version};
use crate::config::SiteConfig;
use crate::content::FieldReader;
use crate::content::{Bundle, Document, Section, parse_front_matter};
use crate::diagnostics::{Code, Diagnostic};
use crate::messages::Message;

/// What is known while reading one bundle.
pub struct ReadContext<'a> {
    /// Names of the non-record files in the bundle (photos…).
    pub files: &'a [String],
}

/// One kind of record (product, producer, commune, tourism point).
pub trait Kind {
    /// Language-neutral fields.
    type Fields;
    /// Translatable fields.
    type Text: Clone + Localized;
    /// The section the kind lives in.
    const SECTION: Section;
    /// Keys that only the default-language file may set.
    const NEUTRAL: &'static [&'static str];

    /// Reads the language-neutral fields of the default-language file.
    fn read_fields(r: &mut FieldReader<'_, '_>, cx: &ReadContext<'_>) -> Option<Self::Fields>;

    /// Reads the translatable fields in `lang`; `fallback` is the default
    /// language's text (absent when reading the default language itself).
    fn read_text(
        r: &mut FieldReader<'_, '_>,
        lang: &str,
        fallback: Option<&Self::Text>,
    ) -> Option<Self::Text>;
}

/// Translatable text that can tell which of its fields are not in a language.
pub trait Localized {
    /// Names of the translatable fields present but not written in `lang`
    /// (they fall back to the default language).
    fn fields_not_in(&self, lang: &str) -> Vec<&'static str>;

    /// The record's name.
    fn name(&self) -> &Local<String>;

    /// Alternative texts of the photos, in the order of `images` (only
    /// products and tourism points have them).
    fn image_alt(&self) -> Option<&Local<Vec<String>>> {
        None
    }
}

/// The language-neutral fields every kind of record has.
pub trait Neutral {
    /// Photo file names, main photo first.
    fn images(&self) -> &[String];
    /// Invented example data (`sample = true`).
    fn sample(&self) -> bool;
}

/// A record of kind `K`.
pub type RecordOf<K> = Record<<K as Kind>::Fields, <K as Kind>::Text>;

/// Reads `bundle` as a record of kind `K`, in every language of `site`.
/// Returns `None` when the default-language file has errors (all of them are
/// in `diags`).
pub(super) fn read_record<K: Kind>(
    bundle: &Bundle,
    site: &SiteConfig,
    diags: &mut Vec<Diagnostic>,
) -> Option<RecordOf<K>> {
    let default_lang = site.default_language.as_str();
    let cx = ReadContext {
        files: &bundle.files,
    };
    let index = bundle.documents.iter().find(|d| d.lang.is_none())?;
    let (fields, default_text, aliases) = with_reader(index, diags, |r| {
        let fields = K::read_fields(r, &cx);
        let text = K::read_text(r, default_lang, None);
        let aliases = read_aliases(r);
        r.finish(None);
        Some((fields?, text?, aliases))
    })??;

    let mut versions = BTreeMap::new();
    versions.insert(
        default_lang.to_owned(),
        Version {
            text: default_text.clone(),
            body: body_of(index, default_lang),
            translated: true,
            aliases,
        },
    );
    for doc in bundle.documents.iter().filter(|d| d.lang.is_some()) {
        let lang = doc.lang.as_deref().unwrap_or_default();
        if !site.languages.iter().any(|l| l == lang) || lang == default_lang {
            diags.push(
                Diagnostic::warning(Code::UnknownLanguage)
                    .arg("lang", lang)
                    .arg("languages", site.languages.join(", "))
                    .in_file(&doc.path),
            );
        }
    }
    for lang in site.languages.iter().filter(|l| *l != default_lang) {
        let doc = bundle
            .documents
            .iter()
            .find(|d| d.lang.as_deref() == Some(lang.as_str()));
        let version = match doc {
            None => {
                diags.push(
                    Diagnostic::warning(Code::MissingTranslation)
                        .arg("lang", lang)
                        .arg("default", default_lang)
                        .in_file(&index.path),
                );
                Version {
                    text: default_text.clone(),
                    body: body_of(index, default_lang),
                    translated: false,
                    aliases: Vec::new(),
                }
            }
            Some(doc) => {
                let (text, aliases) = with_reader(doc, diags, |r| {
                    let text = K::read_text(r, lang, Some(&default_text));
                    let aliases = read_aliases(r);
                    r.finish(Some((K::NEUTRAL, Message::new("hint-neutral"))));
                    (text, aliases)
                })
                .unwrap_or_default();
                let text = text.unwrap_or_else(|| default_text.clone());
                let own_body = !doc.body_text().trim().is_empty();
                let body = if own_body {
                    body_of(doc, lang)
                } else {
                    body_of(index, default_lang)
                };
                let missing = text.fields_not_in(lang);
                let body_missing = !own_body && !body.is_empty();
                if !missing.is_empty() || body_missing {
                    let parts = match (missing.is_empty(), body_missing) {
                        (false, false) => "fields",
                        (true, _) => "body",
                        (false, true) => "both",
                    };
                    diags.push(
                        Diagnostic::warning(Code::IncompleteTranslation)
                            .arg("fields", field_list(&missing))
                            .arg("parts", parts)
                            .arg("default", default_lang)
                            .in_file(&doc.path),
                    );
                }
                Version {
                    translated: missing.is_empty() && !body_missing,
                    text,
                    body,
                    aliases,
                }
            }
        };
        versions.insert(lang.clone(), version);
    }
    Some(Record {
        slug: bundle.slug.clone(),
        dir: bundle.dir.clone(),
        files: bundle.files.clone(),
        disk_names: bundle.disk_names.clone(),
        fields,
        versions,
    })
}

/// Parses `doc`'s front matter and runs `f` on a reader over it; `None` when
/// the TOML does not parse (the syntax errors are in `diags`).
fn with_reader<R>(
    doc: &Document,
    diags: &mut Vec<Diagnostic>,
    f: impl FnOnce(&mut FieldReader<'_, '_>) -> R,
) -> Option<R> {
    let offset = doc.front_matter.start;
    let table = match parse_front_matter(doc.front_matter_text(), offset, &doc.path) {
        Ok(table) => table,
        Err(errors) => {
            diags.extend(errors);
            return None;
        }
    };
    // A missing field is reported on the opening `+++` line.
    let mut reader = FieldReader::new(table.get_ref(), offset, 0..3, &doc.path, diags);
    Some(f(&mut reader))
}

fn body_of(doc: &Document, lang: &str) -> Body {
    Body {
        text: doc.text.clone(),
        range: doc.body.clone(),
        path: doc.path.clone(),
        lang: lang.to_owned(),
    }
}

/// Reads a translatable text field: required in the default language
/// (`fallback` is `None`), falling back to the default language's value in
/// translations when absent or empty.
pub(super) fn local_text(
    r: &mut FieldReader<'_, '_>,
    key: &str,
    lang: &str,
    fallback: Option<&Local<String>>,
    help: Message,
) -> Option<Local<String>> {
    let given = match fallback {
        None => r.require::<String>(key, help.clone()),
        Some(_) => r.get::<String>(key),
    };
    match given {
        Some(value) if !value.trim().is_empty() => Some(Local {
            value: value.trim().to_owned(),
            lang: lang.to_owned(),
        }),
        Some(_) if fallback.is_none() => {
            let span = r.span(key).unwrap_or(0..0);
            let path = r.path();
            r.report(
                Diagnostic::error(Code::EmptyField)
                    .arg("key", key)
                    .at(path, span)
                    .help(help),
            );
            None
        }
        _ => fallback.cloned(),
    }
}

/// Reads an optional translatable field of any type, falling back like
/// [`local_text`]. Empty strings and empty lists count as absent.
pub(super) fn local_optional<T: DeserializeOwned + Clone + IsBlank>(
    r: &mut FieldReader<'_, '_>,
    key: &str,
    lang: &str,
    fallback: Option<&Option<Local<T>>>,
) -> Option<Local<T>> {
    match r.get::<T>(key) {
        Some(value) if !value.is_blank() => Some(Local {
            value,
            lang: lang.to_owned(),
        }),
        _ => fallback.cloned().flatten(),
    }
}

/// Values that can be present but empty.
pub(super) trait IsBlank {
    /// True for an empty or whitespace-only string, or an empty list.
    fn is_blank(&self) -> bool;
}

impl IsBlank for String {
    fn is_blank(&self) -> bool {
        self.trim().is_empty()
    }
}

impl IsBlank for Vec<String> {
    fn is_blank(&self) -> bool {
        self.iter().all(|s| s.trim().is_empty())
    }
}

/// Names of the fields among `fields` that are present but not in `lang`.
pub(super) fn not_in(lang: &str, fields: &[(&'static str, Option<&str>)]) -> Vec<&'static str> {
    fields
        .iter()
        .filter(|(_, field_lang)| field_lang.is_some_and(|l| l != lang))
        .map(|(name, _)| *name)
        .collect()
}

/// The language of an optional translatable field.
pub(super) fn lang_of<T>(local: &Option<Local<T>>) -> Option<&str> {
    local.as_ref().map(|l| l.lang.as_str())
}

/// The fields `keys` as the catalogue names them in the user's language
/// ("tên (name), tóm tắt (summary)"), joined with commas.
fn field_list(keys: &[&str]) -> Message {
    let label = |key: &str| Message::new("field-label").arg("key", key);
    let (last, rest) = keys.split_last().unwrap_or((&"", &[]));
    rest.iter().rev().fold(label(last), |tail, key| {
        Message::new("field-list-more")
            .arg("first", label(key))
            .arg("rest", tail)
    })
}
