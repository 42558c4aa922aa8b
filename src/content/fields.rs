//! Typed reading of one front-matter table, field by field, so that every
//! wrong field of a record is reported in one run (serde's derive would stop
//! at the first one).

use std::ops::Range;
use std::path::Path;

use serde::de::DeserializeOwned;
use toml::Spanned;
use toml::de::{DeTable, DeValue, ValueDeserializer};

use crate::diagnostics::{Code, Diagnostic, closest};

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
                let (message, help) = type_error(&self.prefix, key, e.message(), value.get_ref());
                self.diags.push(
                    Diagnostic::error(Code::WrongType, message)
                        .at(self.path, at)
                        .help(help),
                );
                None
            }
        }
    }

    /// Reads a required `key`; records a `missing-field` error (with `help`)
    /// when it is absent.
    pub fn require<T: DeserializeOwned>(&mut self, key: &str, help: &str) -> Option<T> {
        self.require_spanned(key, help).map(Spanned::into_inner)
    }

    /// Like [`Self::require`], keeping the value's span.
    pub fn require_spanned<T: DeserializeOwned>(
        &mut self,
        key: &str,
        help: &str,
    ) -> Option<Spanned<T>> {
        if !self.table.contains_key(key) {
            self.known.push(key.to_owned());
            self.diags.push(
                Diagnostic::error(
                    Code::MissingField,
                    format!("missing required field `{}{key}`", self.prefix),
                )
                .at(self.path, self.missing_span.clone())
                .help(help.to_owned()),
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
                    Diagnostic::error(
                        Code::WrongType,
                        format!(
                            "`{}{key}` must be a table like {{ key = value, … }}, not {}",
                            self.prefix,
                            other.type_str()
                        ),
                    )
                    .at(self.path, span),
                );
                None
            }
        }
    }

    /// Reports every key that no getter asked for. `misplaced` lists keys
    /// that are valid elsewhere (e.g. language-neutral keys in a translation
    /// file) with the explanation to give for them.
    pub fn finish(&mut self, misplaced: Option<(&[&str], &str)>) {
        let known: Vec<&str> = self.known.iter().map(String::as_str).collect();
        for (key, _) in self.table.iter() {
            let name = key.get_ref().as_ref();
            if known.contains(&name) {
                continue;
            }
            let span = self.absolute(key.span());
            if let Some((keys, why)) = misplaced
                && keys.contains(&name)
            {
                self.diags.push(
                    Diagnostic::error(
                        Code::MisplacedKey,
                        format!("`{}{name}` cannot be set here", self.prefix),
                    )
                    .at(self.path, span)
                    .help(why.to_owned()),
                );
                continue;
            }
            let help = match closest(name, &known) {
                Some(best) => format!("did you mean `{best}`?"),
                None => format!("the fields allowed here are: {}", known.join(", ")),
            };
            self.diags.push(
                Diagnostic::error(
                    Code::UnknownKey,
                    format!("unknown field `{}{name}`", self.prefix),
                )
                .at(self.path, span)
                .help(help),
            );
        }
    }

    fn absolute(&self, span: Range<usize>) -> Range<usize> {
        self.offset + span.start..self.offset + span.end
    }
}

/// Turns serde's message about a value of `key` into words for district
/// staff, with the fix: "`price` must be a whole number (written without
/// quotes), not text".
fn type_error(
    prefix: &str,
    key: &str,
    serde_message: &str,
    value: &DeValue<'_>,
) -> (String, String) {
    let first = serde_message.lines().next().unwrap_or(serde_message).trim();
    if let Some(rest) = first.strip_prefix("unknown variant `") {
        let (given, expected) = rest.split_once('`').unwrap_or((rest, ""));
        let allowed: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
        let suggestion = closest(given, &allowed)
            .map(|b| format!("did you mean \"{b}\"? "))
            .unwrap_or_default();
        return (
            format!("`{prefix}{key}` = \"{given}\" is not an allowed value"),
            format!("{suggestion}allowed values: {}", allowed.join(", ")),
        );
    }
    if let Some(rest) = first.strip_prefix("unknown field `") {
        let (given, _) = rest.split_once('`').unwrap_or((rest, ""));
        return (
            format!("`{prefix}{key}` has an unknown field `{given}`"),
            "see the content format in README.md for the fields allowed here".to_owned(),
        );
    }
    let expected = first.rsplit("expected ").next().unwrap_or_default();
    let want = match expected {
        "i64" | "u64" | "u32" | "i32" | "u8" | "usize" => "a whole number (written without quotes)",
        "f64" | "f32" => "a number",
        "a string" | "a borrowed string" => "text in double quotes",
        "a boolean" => "true or false",
        e if e.starts_with("a sequence") => "a list in square brackets",
        e if e.starts_with("struct") || e.starts_with("a map") => "a table in braces",
        _ => "",
    };
    let given = match value.type_str() {
        "string" => "text",
        "integer" => "a whole number",
        "float" => "a decimal number",
        "boolean" => "true/false",
        "datetime" => "a date",
        "array" => "a list",
        "table" => "a table",
        other => other,
    };
    if value.type_str() == "integer" && want.starts_with("a whole number") {
        return (
            format!("`{prefix}{key}` is too large a number"),
            "check the number: prices are whole VND (e.g. 250000), stars 1 to 5".to_owned(),
        );
    }
    let message = if want.is_empty() {
        format!("`{prefix}{key}` has a wrong value: {first}")
    } else {
        format!("`{prefix}{key}` must be {want}, not {given}")
    };
    let help = match want {
        "a whole number (written without quotes)" => {
            "write digits only, without quotes, dots or spaces, e.g. 250000"
        }
        "text in double quotes" => "put the text in double quotes, e.g. name = \"Xoài\"",
        "true or false" => "write true or false without quotes",
        "a list in square brackets" => {
            "write a list in square brackets, e.g. [\"a.jpg\", \"b.jpg\"]"
        }
        "a table in braces" => "write a table in braces, e.g. geo = { lat = 11.7, lon = 108.8 }",
        _ => "see the content format in README.md",
    };
    (message, help.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::parse_front_matter;

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
        assert_eq!(diags[0].help.as_deref(), Some("did you mean `price`?"));
        // "prcie" starts on line 2 of the TOML: byte 4 + 15.
        assert_eq!(diags[0].span, Some(19..24));
    }

    #[test]
    fn wrong_type_and_missing_field_are_both_reported() {
        let (out, diags) = read_with("price = \"250000\"\n", |r| {
            (
                r.get::<u64>("price"),
                r.require::<String>("name", "give the name"),
            )
        });
        assert_eq!(out, (None, None));
        let codes: Vec<_> = diags.iter().map(|d| d.code).collect();
        assert_eq!(codes, [Code::WrongType, Code::MissingField]);
        assert!(diags[0].message.contains("`price`"), "{}", diags[0].message);
    }

    #[test]
    fn nested_tables_report_with_their_prefix() {
        let (_, diags) = read_with(
            "certificate = { number = \"1\", dat = 2024-01-01 }\n",
            |r| {
                let mut c = r.table("certificate").unwrap();
                c.get::<String>("number");
                c.require::<toml::value::Datetime>("date", "give the date");
                c.finish(None);
            },
        );
        let messages: Vec<_> = diags.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(
            messages,
            [
                "missing required field `certificate.date`",
                "unknown field `certificate.dat`"
            ]
        );
        assert_eq!(diags[1].help.as_deref(), Some("did you mean `date`?"));
    }
}
