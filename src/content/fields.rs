//! Typed reading of one front-matter table, field by field, so that every
//! wrong field of a record is reported in one run (serde's derive would stop
//! at the first one).

use std::ops::Range;
use std::path::Path;

use serde::de::DeserializeOwned;
use toml::Spanned;
use toml::de::{DeTable, DeValue, ValueDeserializer};

use super::{date_diagnostic, date_guess, key_for, plain_number, ungrouped};
use crate::diagnostics::{Code, Diagnostic, closest};
use crate::messages::Message;

/// Reads fields from one TOML table at a known place in a file.
///
/// Each getter remembers the key as known; [`FieldReader::finish`] then
/// reports every key that was never asked for as unknown, with a
/// "did you mean" suggestion.
pub struct FieldReader<'a, 't> {
    table: &'a DeTable<'t>,
    /// Byte offset of the TOML text in the file (spans are relative to it).
    offset: usize,
    /// Span (in the file) that a missing field is reported at.
    missing_span: Range<usize>,
    path: &'a Path,
    /// Prefix for nested tables, e.g. `certificate.`.
    prefix: String,
    known: Vec<String>,
    diags: &'a mut Vec<Diagnostic>,
}

impl<'a, 't> FieldReader<'a, 't> {
    /// A reader for `table`, whose TOML text starts at byte `offset` of
    /// `path`; missing fields are reported at `missing_span`.
    pub fn new(
        table: &'a DeTable<'t>,
        offset: usize,
        missing_span: Range<usize>,
        path: &'a Path,
        diags: &'a mut Vec<Diagnostic>,
    ) -> Self {
        Self {
            table,
            offset,
            missing_span,
            path,
            prefix: String::new(),
            known: Vec::new(),
            diags,
        }
    }

    /// The file being read.
    pub fn path(&self) -> &'a Path {
        self.path
    }

    /// Records a diagnostic found while reading.
    pub fn report(&mut self, diagnostic: Diagnostic) {
        self.diags.push(diagnostic);
    }

    /// True when the table has `key` (the key counts as known).
    pub fn has(&mut self, key: &str) -> bool {
        self.known.push(key.to_owned());
        self.table.contains_key(key)
    }

    /// The span in the file of the value of `key`, if present.
    pub fn span(&self, key: &str) -> Option<Range<usize>> {
        self.table.get(key).map(|v| self.absolute(v.span()))
    }

    /// Reads `key` as a `T`; `None` when absent or of the wrong type (then an
    /// error is recorded).
    pub fn get<T: DeserializeOwned>(&mut self, key: &str) -> Option<T> {
        self.spanned(key).map(Spanned::into_inner)
    }

    /// Like [`Self::get`], keeping the value's span in the file.
    pub fn spanned<T: DeserializeOwned>(&mut self, key: &str) -> Option<Spanned<T>> {
        self.known.push(key.to_owned());
        let value = self.table.get(key)?;
        let span = self.absolute(value.span());
        match T::deserialize(ValueDeserializer::from(value.clone())) {
            Ok(v) => Some(Spanned::new(span, v)),
            Err(e) => {
                let at = e.span().map_or(span, |s| self.absolute(s));
                let key = format!("{}{key}", self.prefix);
                self.diags
                    .push(type_error(&key, e.message(), value.get_ref()).at(self.path, at));
                None
            }
        }
    }

    /// Reads `key` as a list of strings, each with its own span in the file
    /// (so that a wrong item can be reported at its place), the list with
    /// the span of the whole value; `None` when absent or not a list of
    /// strings (then an error is recorded).
    pub fn string_list(&mut self, key: &str) -> Option<Spanned<Vec<Spanned<String>>>> {
        let list = self.spanned::<Vec<String>>(key)?;
        let Some(DeValue::Array(items)) = self.table.get(key).map(Spanned::get_ref) else {
            return None; // a list was read: not reached
        };
        let spans: Vec<Range<usize>> = items.iter().map(|i| self.absolute(i.span())).collect();
        let span = list.span();
        let items = spans
            .into_iter()
            .zip(list.into_inner())
            .map(|(span, s)| Spanned::new(span, s))
            .collect();
        Some(Spanned::new(span, items))
    }

    /// Like [`Self::spanned`], but a value of the wrong type gives `None`
    /// silently: for a setting that something else replaces (`base_url`
    /// under `--base-url`), whose value is only looked at.
    pub fn peek<T: DeserializeOwned>(&mut self, key: &str) -> Option<Spanned<T>> {
        self.known.push(key.to_owned());
        let value = self.table.get(key)?;
        let span = self.absolute(value.span());
        T::deserialize(ValueDeserializer::from(value.clone()))
            .ok()
            .map(|v| Spanned::new(span, v))
    }

    /// Reads a required `key`; records a `missing-field` error (with `help`,
    /// how to fill it in) when it is absent.
    pub fn require<T: DeserializeOwned>(&mut self, key: &str, help: Message) -> Option<T> {
        self.require_spanned(key, help).map(Spanned::into_inner)
    }

    /// Like [`Self::require`], keeping the value's span.
    pub fn require_spanned<T: DeserializeOwned>(
        &mut self,
        key: &str,
        help: Message,
    ) -> Option<Spanned<T>> {
        if !self.table.contains_key(key) {
            self.known.push(key.to_owned());
            self.diags.push(
                Diagnostic::error(Code::MissingField)
                    .arg("key", format!("{}{key}", self.prefix))
                    .at(self.path, self.missing_span.clone())
                    .help(help),
            );
            return None;
        }
        self.spanned(key)
    }

    /// A reader for the inline table at `key`, or `None` (with an error)
    /// when `key` holds something else. Absent keys give `None` silently.
    pub fn table(&mut self, key: &str) -> Option<FieldReader<'_, 't>> {
        self.known.push(key.to_owned());
        let value = self.table.get(key)?;
        let span = self.absolute(value.span());
        match value.get_ref() {
            DeValue::Table(table) => Some(FieldReader {
                table,
                offset: self.offset,
                missing_span: span,
                path: self.path,
                prefix: format!("{}{key}.", self.prefix),
                known: Vec::new(),
                diags: self.diags,
            }),
            other => {
                self.diags.push(
                    Diagnostic::error(Code::WrongType)
                        .variant("table")
                        .arg("key", format!("{}{key}", self.prefix))
                        .arg("given", other.type_str())
                        .at(self.path, span),
                );
                None
            }
        }
    }

    /// Reports every key that no getter asked for. `misplaced` lists keys
    /// that are valid elsewhere (e.g. language-neutral keys in a translation
    /// file) with the explanation to give for them.
    pub fn finish(&mut self, misplaced: Option<(&[&str], Message)>) {
        // Each key once, in the order the kind reads them (`certificate` is
        // asked for twice: whether it is there, then its table).
        let mut known: Vec<&str> = Vec::new();
        for k in &self.known {
            if !known.contains(&k.as_str()) {
                known.push(k);
            }
        }
        for (key, _) in self.table.iter() {
            let name = key.get_ref().as_ref();
            if known.contains(&name) {
                continue;
            }
            let span = self.absolute(key.span());
            let key = format!("{}{name}", self.prefix);
            if let Some((keys, why)) = &misplaced
                && keys.contains(&name)
            {
                self.diags.push(
                    Diagnostic::error(Code::MisplacedKey)
                        .arg("key", key)
                        .at(self.path, span)
                        .help(why.clone()),
                );
                continue;
            }
            let d = Diagnostic::error(Code::UnknownKey)
                .arg("key", key)
                .at(self.path, span);
            // A key typed in Vietnamese means its key, whatever its spelling
            // is closest to (`gia` is price, not gtin).
            let meant = key_for(name).filter(|k| known.contains(k));
            self.diags
                .push(match meant.or_else(|| closest(name, &known)) {
                    Some(best) => d.variant("suggest").arg("best", best),
                    None => d.variant("allowed").arg("allowed", known.join(", ")),
                });
        }
    }

    fn absolute(&self, span: Range<usize>) -> Range<usize> {
        self.offset + span.start..self.offset + span.end
    }
}

/// Turns serde's message about a value of `key` into words for district
/// staff, with the fix: "`price` must be a whole number (written without
/// quotes), not text". The message's `$want` and `$given` name the kinds of
/// value (`whole`, `text`, …; `given` is the TOML type's name).
fn type_error(key: &str, serde_message: &str, value: &DeValue<'_>) -> Diagnostic {
    let first = serde_message.lines().next().unwrap_or(serde_message).trim();
    let d = Diagnostic::error(Code::WrongType).arg("key", key);
    if let Some(rest) = first.strip_prefix("unknown variant `") {
        let (given, expected) = rest.split_once('`').unwrap_or((rest, ""));
        let allowed: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
        let d = d.arg("given", given).arg("allowed", allowed.join(", "));
        return match closest(given, &allowed) {
            Some(best) => d.variant("value-suggest").arg("best", best),
            None => d.variant("value"),
        };
    }
    if let Some(rest) = first.strip_prefix("unknown field `") {
        let (given, _) = rest.split_once('`').unwrap_or((rest, ""));
        return d.variant("field").arg("given", given);
    }
    let expected = first.rsplit("expected ").next().unwrap_or_default();
    if expected == "a TOML datetime"
        && let DeValue::String(text) = value
        && let Some(guess) = date_guess(text.trim())
    {
        return date_diagnostic(d, text.trim(), &guess, key);
    }
    let want = match expected {
        "a TOML datetime" => "date",
        "i64" | "u64" | "u32" | "i32" | "u8" | "usize" => "whole",
        "f64" | "f32" => "number",
        "a string" | "a borrowed string" => "text",
        "a boolean" => "bool",
        e if e.starts_with("a sequence") => "list",
        e if e.starts_with("struct") || e.starts_with("a map") => "table",
        _ => return d.variant("other").arg("detail", first),
    };
    if let ("whole" | "number", DeValue::String(text)) = (want, value) {
        let text = text.trim();
        let digits = match plain_number(text) {
            Some(plain) => Some(plain),
            None => text.parse::<f64>().is_ok().then(|| text.to_owned()),
        };
        if let Some(digits) = digits {
            let short = key.rsplit('.').next().unwrap_or(key);
            return d
                .variant("quoted-number")
                .arg("given", text)
                .arg("fixed", format!("{short} = {digits}"));
        }
    }
    // `price = 150.000`, as Excel shows a price: a thousands separator,
    // which TOML reads as a decimal point.
    if let ("whole", DeValue::Float(f)) = (want, value)
        && let Some(digits) = ungrouped(f.as_str())
    {
        let short = key.rsplit('.').next().unwrap_or(key);
        return d
            .variant("separated-number")
            .arg("given", f.as_str())
            .arg("fixed", format!("{short} = {digits}"));
    }
    if value.type_str() == "integer" && want == "whole" {
        return d.variant("too-large");
    }
    d.arg("want", want).arg("given", value.type_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::parse_front_matter;
    use crate::messages::Lang;

    fn read_with<R>(
        toml: &str,
        f: impl FnOnce(&mut FieldReader<'_, '_>) -> R,
    ) -> (R, Vec<Diagnostic>) {
        let path = Path::new("index.md");
        let table = parse_front_matter(toml, 4, path).unwrap();
        let mut diags = Vec::new();
        let mut reader = FieldReader::new(table.get_ref(), 4, 0..3, path, &mut diags);
        let out = f(&mut reader);
        reader.finish(None);
        (out, diags)
    }

    #[test]
    fn reads_typed_values_and_reports_unknown_keys() {
        let (price, diags) = read_with("price = 250000\nprcie = 1\n", |r| r.get::<u64>("price"));
        assert_eq!(price, Some(250_000));
        assert_eq!(diags.len(), 1);
        assert_eq!(diags[0].code, Code::UnknownKey);
        assert_eq!(
            diags[0].help_text(Lang::En).as_deref(),
            Some("did you mean `price`?")
        );
        // "prcie" starts on line 2 of the TOML: byte 4 + 15.
        assert_eq!(diags[0].span, Some(19..24));
    }

    #[test]
    fn wrong_type_and_missing_field_are_both_reported() {
        let (out, diags) = read_with("price = \"250000\"\n", |r| {
            (
                r.get::<u64>("price"),
                r.require::<String>("name", Message::new("hint-name-product")),
            )
        });
        assert_eq!(out, (None, None));
        let codes: Vec<_> = diags.iter().map(|d| d.code).collect();
        assert_eq!(codes, [Code::WrongType, Code::MissingField]);
        let message = diags[0].message(Lang::En);
        assert!(message.contains("`price`"), "{message}");
    }

    #[test]
    fn nested_tables_report_with_their_prefix() {
        let (_, diags) = read_with(
            "certificate = { number = \"1\", dat = 2024-01-01 }\n",
            |r| {
                let mut c = r.table("certificate").unwrap();
                c.get::<String>("number");
                c.require::<toml::value::Datetime>("date", Message::new("hint-certificate-date"));
                c.finish(None);
            },
        );
        let messages: Vec<_> = diags.iter().map(|d| d.message(Lang::En)).collect();
        assert_eq!(
            messages,
            [
                "missing required field `certificate.date`",
                "unknown field `certificate.dat`"
            ]
        );
        assert_eq!(
            diags[1].help_text(Lang::En).as_deref(),
            Some("did you mean `date`?")
        );
    }
}
