//! The print pack (issue #18): a bilingual A4 catalogue, shelf cards and
//! price lists as PDF (`output/print/`), made with Typst as a library (no
//! outside program, works offline).
//!
//! [`PrintPack`] is the output; [`PrintPack::make`] makes any documents of
//! it for any [`Selection`] of products (the build: all of them; `ocop
//! print`: a fair's). Inside it, three steps, each usable on its own:
//! - [`gather`] turns the [`Site`] into [`PrintData`]: plain,
//!   ready-to-print values, one [`Edition`] per language. It is the print
//!   pack's only contact with the rest of the pipeline.
//! - [`PrintTheme::load`] reads the layouts, Typst templates in
//!   `<theme>/print/` (`catalogue.typ`, `shelf-cards.typ`, `price-list.typ`
//!   and the shared `common.typ`), and the fonts of `<theme>/print/fonts/`.
//! - [`render`] compiles one [`PrintDocument`] into a PDF/A-2b file. The
//!   template reads its edition as a JSON document (`json("/data.json")`)
//!   and the photos as files (`/photos/<hex>.jpg`): data never becomes
//!   Typst source, so a product named `#set text(red)` or `$x$` prints
//!   as written. [`cache_key`] hashes everything a document is made from.
//!
//! The same data and "today" give byte-identical PDFs: the PDF's date is
//! the build's today, its identifier a hash of the file name. A PDF whose
//! cache key is unchanged is copied from `<root>/.ocop-cache/print/`, not
//! made again, so a build with nothing changed stays fast and writes
//! nothing.

mod data;
mod gather;
mod places;
mod printable;
mod render;
mod theme;
mod world;

use std::collections::{BTreeSet, HashSet};
use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

pub use data::{
    CertificateInfo, CommuneIndex, Edition, GroupSection, IndexEntry, PhotoFile, Price, PrintData,
    PrintPhoto, PrintProduct, PrintTourism, QrCode, Rating, SiteInfo,
};
pub use gather::gather;
pub use render::{cache_key, render, render_all, template};

use render::{DataDocuments, prepared_key, render_prepared};
pub use theme::PrintTheme;

use crate::diagnostics::{Diagnostic, Severity, display_path};
use crate::images::cache::Cache;
use crate::images::plan::Key;
use crate::messages::Message;
use crate::model::Selection;
use crate::output::{Output, Preview};
use crate::site::{PrintDocument, Site};
use crate::theme::Theme;
use crate::write::Sink;

/// The print pack as an output: `print/catalogue.<lang>.pdf`,
/// `print/shelf-cards.pdf`, `print/price-list.<lang>.pdf`
/// ([`Site::print_documents`]: none with `[print] enabled = false` or
/// above `[print] max_products`). `serve` does not make it
/// ([`Preview::BuildOnly`]).
pub struct PrintPack {
    /// The theme's folder, relative to the project root.
    theme_dir: PathBuf,
    /// The layouts and fonts, read on first use.
    layouts: OnceLock<Result<PrintTheme, Vec<Diagnostic>>>,
}

impl PrintPack {
    /// The print pack with the layouts of `theme` (`<theme>/print/`).
    pub fn new(theme: &Arc<Theme>) -> Self {
        Self {
            theme_dir: theme.dir().to_path_buf(),
            layouts: OnceLock::new(),
        }
    }

    fn layouts(&self, site: &Site) -> &Result<PrintTheme, Vec<Diagnostic>> {
        self.layouts
            .get_or_init(|| PrintTheme::load(site.root(), &self.theme_dir))
    }
}

/// The cache folder of the PDFs, `<root>/.ocop-cache/print/`.
const CACHE_FOLDER: &str = "print";

impl Output for PrintPack {
    fn name(&self) -> &'static str {
        "print"
    }

    fn preview(&self) -> Preview {
        Preview::BuildOnly
    }

    /// The layouts' folder is readable, its templates UTF-8, its fonts
    /// readable by Typst, and it has the template of every document.
    fn check(&self, site: &Site) -> Vec<Diagnostic> {
        let docs = site.print_documents();
        if docs.is_empty() {
            return Vec::new();
        }
        match self.layouts(site) {
            Ok(layouts) => {
                let mut names: Vec<&str> = docs.iter().map(template).collect();
                names.dedup();
                layouts.missing_templates(names)
            }
            Err(errors) => errors.clone(),
        }
    }

    /// Writes the documents of [`Site::print_documents`], every product,
    /// then prunes the cache of the PDFs it did not use.
    fn write(&self, site: &Site, sink: &dyn Sink) -> Result<Vec<Message>, Vec<Diagnostic>> {
        let docs = site.print_documents();
        let mut summary = Vec::new();
        if site.print_pack_left_out() {
            summary.push(
                Message::new("print-summary-too-many")
                    .count("count", site.catalog().products.len())
                    .arg("max", site.config().print.max_products),
            );
        }
        if docs.is_empty() {
            return Ok(summary);
        }
        let made = self.make(site, &docs, &Selection::every(), sink)?;
        summary.extend(made.summary);
        let cache = Cache::new(site.root(), CACHE_FOLDER);
        if let Err(e) = cache.prune(&made.cached) {
            summary.push(Message::new("print-summary-not-pruned").arg("error", e.to_string()));
        }
        Ok(summary)
    }
}

/// What [`PrintPack::make`] did.
#[derive(Debug)]
pub struct Made {
    /// The summary lines: the files, how many were made and how many
    /// taken from the cache (already up to date); warnings of the layouts; the
    /// characters the fonts lack.
    pub summary: Vec<Message>,
    /// The cache entries of the documents (the build prunes the others).
    pub cached: HashSet<PathBuf>,
}

impl PrintPack {
    /// Writes `docs` with the products of `products` into `sink` (each at
    /// [`PrintDocument::rel`]), from the cache when their key is unchanged,
    /// else made and cached. Gives the summary lines, or the errors that
    /// stopped it (the layouts cannot be read, a template fails, a file
    /// cannot be written). The build's pack ([`Output::write`]) and
    /// `ocop print` (a fair's selection) both make their PDFs here.
    pub fn make(
        &self,
        site: &Site,
        docs: &[PrintDocument],
        products: &Selection,
        sink: &dyn Sink,
    ) -> Result<Made, Vec<Diagnostic>> {
        let mut summary = Vec::new();
        let layouts = self.layouts(site).as_ref().map_err(Clone::clone)?;
        let data = gather(site, products);
        let documents = DataDocuments::of(layouts, &data);
        let cache = Cache::new(site.root(), CACHE_FOLDER);
        let keys: Vec<Key> = docs
            .iter()
            .map(|doc| Key(*prepared_key(layouts, &data, doc, &documents).as_bytes()))
            .collect();
        let mut kept = HashSet::new();
        let mut to_make = Vec::new();
        let mut errors = Vec::new();
        for (doc, key) in docs.iter().zip(&keys) {
            match cache.get(key, "pdf") {
                Some(cached) => {
                    if let Err(e) = sink.copy(&doc.rel(), &cached) {
                        errors.push(Diagnostic::copy_error(&cached, &doc.rel(), &e));
                    }
                    kept.insert(cached);
                }
                None => to_make.push((doc.clone(), *key)),
            }
        }
        let made_docs: Vec<PrintDocument> = to_make.iter().map(|(d, _)| d.clone()).collect();
        let made = render_prepared(layouts, &data, &made_docs, &documents);
        let mut warnings = Vec::new();
        for ((doc, key), (pdf, diags)) in to_make.iter().zip(made) {
            for d in diags {
                match d.severity {
                    Severity::Error => errors.push(d),
                    Severity::Warning => warnings.push(d),
                }
            }
            let Some(pdf) = pdf else { continue };
            if let Err(e) = sink.put(&doc.rel(), &pdf) {
                errors.push(Diagnostic::write_error(&doc.rel(), &e));
            }
            // The cache only saves time: a build whose cache cannot be
            // written makes the PDF again next time, and says so.
            match cache.put(key, "pdf", &pdf) {
                Ok(path) => {
                    kept.insert(path);
                }
                Err(e) => summary.push(
                    Message::new("print-summary-not-cached")
                        .arg("file", doc.file_name())
                        .arg("error", e.to_string()),
                ),
            }
        }
        if !errors.is_empty() {
            errors.extend(warnings);
            return Err(errors);
        }
        // An output's `Ok` carries no diagnostics: the layouts' warnings
        // go to the summary, with their place.
        summary.extend(warnings.iter().map(|w| {
            let file = w.file.as_deref().map(display_path).unwrap_or_default();
            Message::new("print-summary-warning")
                .arg("file", file)
                .arg("warning", w.message_id().clone())
        }));
        let dropped = documents.dropped();
        if !dropped.is_empty() {
            summary.push(
                Message::new("print-summary-unprintable")
                    .count("count", dropped.len())
                    .arg("chars", unprintable_list(&dropped)),
            );
        }
        let names: Vec<String> = docs.iter().map(PrintDocument::file_name).collect();
        // A PDF from the cache has exactly the content asked for now: it was
        // made from the same data by an earlier build or `ocop print`. It
        // may still differ from the one in the output folder, so it is
        // counted as taken again, never as "unchanged" (issue #16, review
        // item 7); what changed in the output the build's own line says.
        summary.push(
            Message::new("print-summary-files")
                .arg("files", names.join(", "))
                .count("made", to_make.len())
                .count("reused", docs.len() - to_make.len()),
        );
        Ok(Made {
            summary,
            cached: kept,
        })
    }
}

/// At most this many characters the fonts lack are named in the summary.
const UNPRINTABLE_SHOWN: usize = 10;

/// The characters the fonts lack as the summary names them, each with its
/// code point (an invisible joiner shows nothing else): `🍯 U+1F36F, …`.
fn unprintable_list(chars: &BTreeSet<char>) -> String {
    let mut shown: Vec<String> = chars
        .iter()
        .take(UNPRINTABLE_SHOWN)
        .map(|&c| format!("{c} U+{:04X}", u32::from(c)))
        .collect();
    if chars.len() > UNPRINTABLE_SHOWN {
        shown.push("…".to_owned());
    }
    shown.join(", ")
}
