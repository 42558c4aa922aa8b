//! Typst compilation and PDF export of the print pack's documents, and the
//! cache key that tells whether a document must be made again.

use std::collections::BTreeSet;

use rayon::prelude::*;
use typst::WorldExt;
use typst::diag::{Severity as TypstSeverity, SourceDiagnostic};
use typst::foundations::Smart;
use typst_layout::PagedDocument;
use typst_pdf::{PdfOptions, PdfStandard, PdfStandards, Timestamp};

use super::data::{Edition, PrintData};
use super::printable;
use super::theme::PrintTheme;
use super::world::{PrintWorld, datetime};
use crate::diagnostics::{Code, Diagnostic, line_col};
use crate::messages::Message;
use crate::site::PrintDocument;

/// Bumped when the way documents are made changes without the templates,
/// fonts or data changing: part of every cache key.
const PIPELINE: &str = concat!(
    "ocop-print/2 ocop-",
    env!("CARGO_PKG_VERSION"),
    " typst-0.15 pdf-a-2b"
);

/// The theme's template that lays `doc` out (`catalogue.typ`).
pub fn template(doc: &PrintDocument) -> &'static str {
    match doc {
        PrintDocument::Catalogue(_) => "catalogue.typ",
        PrintDocument::ShelfCards => "shelf-cards.typ",
        PrintDocument::PriceList(_) => "price-list.typ",
    }
}

/// The place in `data.editions` of the edition `doc` prints: its
/// language's, the default language's for the shelf cards (the first).
fn edition_index(data: &PrintData, doc: &PrintDocument) -> Option<usize> {
    match doc.lang() {
        Some(lang) => data.editions.iter().position(|e| e.lang == lang),
        None => (!data.editions.is_empty()).then_some(0),
    }
}

/// The data document of `doc` as the template reads it (`/data.json`),
/// with only the characters `theme`'s fonts can draw.
fn data_json(theme: &PrintTheme, data: &PrintData, doc: &PrintDocument) -> Option<Vec<u8>> {
    let edition: &Edition = &data.editions[edition_index(data, doc)?];
    Some(printable::document(theme, edition).0)
}

/// Every edition's data document ([`printable::document`]), made once for
/// all the documents of a build: their cache keys, their renders and the
/// summary's characters left out share it (at 2,000 products one takes
/// about 0.15 s, README "Print pack").
pub(crate) struct DataDocuments {
    /// In the order of `data.editions`: the JSON and the characters left
    /// out.
    by_edition: Vec<(Vec<u8>, BTreeSet<char>)>,
}

impl DataDocuments {
    /// The data documents of every edition of `data`.
    pub(crate) fn of(theme: &PrintTheme, data: &PrintData) -> Self {
        Self {
            by_edition: data
                .editions
                .par_iter()
                .map(|e| printable::document(theme, e))
                .collect(),
        }
    }

    /// The data document `doc` reads.
    fn json(&self, data: &PrintData, doc: &PrintDocument) -> Option<&[u8]> {
        Some(&self.by_edition.get(edition_index(data, doc)?)?.0)
    }

    /// The characters left out of any edition.
    pub(crate) fn dropped(&self) -> BTreeSet<char> {
        self.by_edition
            .iter()
            .flat_map(|(_, d)| d.iter().copied())
            .collect()
    }
}

/// A BLAKE3 hash of everything `doc` is made from: its data document, the
/// theme's templates and fonts, the photos (by their variants' content
/// keys), and the version of ocop and of this pipeline. Equal keys give
/// byte-identical PDFs, so a build may keep the previous file.
pub fn cache_key(theme: &PrintTheme, data: &PrintData, doc: &PrintDocument) -> blake3::Hash {
    let json = data_json(theme, data, doc).unwrap_or_default();
    key(theme, data, doc, &json)
}

/// [`cache_key`] of `doc` from its data document, made already.
pub(crate) fn prepared_key(
    theme: &PrintTheme,
    data: &PrintData,
    doc: &PrintDocument,
    documents: &DataDocuments,
) -> blake3::Hash {
    key(
        theme,
        data,
        doc,
        documents.json(data, doc).unwrap_or_default(),
    )
}

fn key(theme: &PrintTheme, data: &PrintData, doc: &PrintDocument, json: &[u8]) -> blake3::Hash {
    let mut h = blake3::Hasher::new();
    h.update(PIPELINE.as_bytes());
    h.update(b"\0");
    h.update(doc.file_name().as_bytes());
    h.update(b"\0");
    h.update(data.today.to_string().as_bytes());
    h.update(b"\0");
    h.update(&(json.len() as u64).to_le_bytes());
    h.update(json);
    h.update(theme.hash.as_bytes());
    for (path, photo) in &data.photos {
        h.update(path.as_bytes());
        h.update(&photo.key);
    }
    h.finalize()
}

/// Makes the PDF of `doc`: the PDF, or the errors that stopped it, with
/// Typst's warnings in both cases (each naming the template, line and
/// column).
///
/// The PDF is PDF/A-2b, its fonts embedded as subsets; its creation date is
/// `data.today` (not the clock), so the same data gives the same bytes.
pub fn render(
    theme: &PrintTheme,
    data: &PrintData,
    doc: &PrintDocument,
) -> (Option<Vec<u8>>, Vec<Diagnostic>) {
    render_with(theme, data, doc, || data_json(theme, data, doc))
}

/// [`render`] with the data document from `json` (called once the
/// template is known to be there).
fn render_with(
    theme: &PrintTheme,
    data: &PrintData,
    doc: &PrintDocument,
    json: impl FnOnce() -> Option<Vec<u8>>,
) -> (Option<Vec<u8>>, Vec<Diagnostic>) {
    let missing = theme.missing_templates([template(doc)]);
    if !missing.is_empty() {
        return (None, missing);
    }
    // Every edition the site has; a document of another language is a
    // programming error.
    let json = json().expect("the print data has every language of the site");
    let world = PrintWorld::new(theme, template(doc), json, &data.photos, data.today);
    let mut found = Vec::new();
    let pdf = compile(&world, doc, data, &mut found);
    let diags = found.iter().map(|d| diagnostic(&world, doc, d)).collect();
    (pdf, diags)
}

/// Typst's part: layout, then PDF export. Its errors and warnings go to
/// `found`.
fn compile(
    world: &PrintWorld<'_>,
    doc: &PrintDocument,
    data: &PrintData,
    found: &mut Vec<SourceDiagnostic>,
) -> Option<Vec<u8>> {
    let compiled = typst::compile::<PagedDocument>(world);
    found.extend(compiled.warnings);
    let document = compiled
        .output
        .map_err(|errors| found.extend(errors))
        .ok()?;
    let options = PdfOptions {
        ident: Smart::Custom(format!("ocop-print/{}", doc.file_name())),
        creator: Smart::Custom(Some(format!("ocop {} (Typst)", env!("CARGO_PKG_VERSION")))),
        timestamp: datetime(data.today).map(Timestamp::new_utc),
        standards: PdfStandards::new(&[PdfStandard::A_2b])
            .expect("PDF/A-2b alone is a valid set of standards"),
        ..PdfOptions::default()
    };
    typst_pdf::pdf(&document, &options)
        .map_err(|errors| found.extend(errors))
        .ok()
}

/// Makes every document of `docs` (in parallel), in the order of `docs`:
/// each one's PDF (`None` when it failed) and diagnostics. Clears Typst's
/// memoisation cache afterwards, so that a long-running process (`ocop
/// serve`) does not keep it.
pub fn render_all(
    theme: &PrintTheme,
    data: &PrintData,
    docs: &[PrintDocument],
) -> Vec<(Option<Vec<u8>>, Vec<Diagnostic>)> {
    render_prepared(theme, data, docs, &DataDocuments::of(theme, data))
}

/// [`render_all`] with the data documents made already.
pub(crate) fn render_prepared(
    theme: &PrintTheme,
    data: &PrintData,
    docs: &[PrintDocument],
    documents: &DataDocuments,
) -> Vec<(Option<Vec<u8>>, Vec<Diagnostic>)> {
    let results = docs
        .par_iter()
        .map(|doc| {
            render_with(theme, data, doc, || {
                documents.json(data, doc).map(<[u8]>::to_vec)
            })
        })
        .collect();
    typst::comemo::evict(0);
    results
}

/// A Typst diagnostic as one of ours, naming the document and the template,
/// with the line and column in the message (an output's diagnostics carry
/// no source text for the report to show them from). Typst's own words
/// (its message and hints) are English.
fn diagnostic(world: &PrintWorld<'_>, doc: &PrintDocument, d: &SourceDiagnostic) -> Diagnostic {
    let source = d.span.id().and_then(|id| world.theme.sources.get(&id));
    let out = match d.severity {
        TypstSeverity::Error => Diagnostic::error(Code::TemplateError),
        TypstSeverity::Warning => Diagnostic::warning(Code::TemplateError),
    };
    let out = out
        .arg("target", doc.file_name())
        .arg("error", d.message.as_str());
    let out = match (source, world.range(d.span)) {
        (Some(source), Some(range)) => {
            let at = line_col(source.text(), range.start);
            out.variant("print-at")
                .arg("line", at.line)
                .arg("column", at.column)
        }
        _ => out.variant("print"),
    };
    let file = source.map_or_else(
        || template(doc).to_owned(),
        |s| s.id().vpath().get_without_slash().to_owned(),
    );
    let out = out.in_file(world.theme.dir().join(file));
    let hints: Vec<&str> = d.hints.iter().map(|h| h.v.as_str()).collect();
    if hints.is_empty() {
        out
    } else {
        out.help(Message::new("hint-print-layout").arg("hints", hints.join("; ")))
    }
}
