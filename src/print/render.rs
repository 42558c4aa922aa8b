//! Typst compilation and PDF export of the print pack's documents, and the
//! cache key that tells whether a document must be made again.

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

/// The edition `doc` prints: its language's, the default language's for
/// the shelf cards (the first edition).
fn edition<'d>(data: &'d PrintData, doc: &PrintDocument) -> Option<&'d Edition> {
    match doc.lang() {
        Some(lang) => data.edition(lang),
        None => data.editions.first(),
    }
}

/// The data document of `doc` as the template reads it (`/data.json`),
/// with only the characters `theme`'s fonts can draw.
fn data_json(theme: &PrintTheme, data: &PrintData, doc: &PrintDocument) -> Option<Vec<u8>> {
    let edition = edition(data, doc)?;
    Some(printable::document(theme, edition).0)
}

/// A BLAKE3 hash of everything `doc` is made from: its data document, the
/// theme's templates and fonts, the photos (by their variants' content
/// keys), and the version of ocop and of this pipeline. Equal keys give
/// byte-identical PDFs, so a build may keep the previous file.
pub fn cache_key(theme: &PrintTheme, data: &PrintData, doc: &PrintDocument) -> blake3::Hash {
    let mut h = blake3::Hasher::new();
    h.update(PIPELINE.as_bytes());
    h.update(b"\0");
    h.update(doc.file_name().as_bytes());
    h.update(b"\0");
    h.update(data.today.to_string().as_bytes());
    h.update(b"\0");
    let json = data_json(theme, data, doc).unwrap_or_default();
    h.update(&(json.len() as u64).to_le_bytes());
    h.update(&json);
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
    let missing = theme.missing_templates([template(doc)]);
    if !missing.is_empty() {
        return (None, missing);
    }
    // Every edition the site has; a document of another language is a
    // programming error.
    let json = data_json(theme, data, doc).expect("the print data has every language of the site");
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
    let results = docs
        .par_iter()
        .map(|doc| render(theme, data, doc))
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
