//! `ocop print` (issue #18): the print pack for a fair's own selection, in a
//! folder of its own outside the build's output.
//!
//! It checks the project exactly as `ocop build` does (the same steps, one
//! function: `build::checked_site`), and checks the slugs of `--products`
//! ([`crate::model::check_requested`]). Any error stops it before anything
//! is written, with every problem reported. Then it makes only the
//! documents asked for ([`PrintKind`], in every language of the site where
//! the pack has one a language), with only the products asked for, by the
//! print pack's own code ([`PrintPack::make`]: the same layouts, cache and
//! summary lines as the build's), and puts them into the folder with
//! [`place_files`]: each file whole or not at all, nothing else in the
//! folder touched, never a file removed.
//!
//! `[print] enabled` and `max_products` are settings of the build: `ocop
//! print` makes what it is asked for whatever they say.

use std::path::PathBuf;

use thiserror::Error;

use crate::build::{self, Options};
use crate::diagnostics::Diagnostics;
use crate::messages::Message;
use crate::model::{Selection, check_requested, requested_slugs};
use crate::print::PrintPack;
use crate::site::{PRINT_DIR, PrintDocument};
use crate::write::{MemorySink, WriteError, place_files};

/// A kind of document of the print pack, as `ocop print --only` names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrintKind {
    /// `catalogue`: the A4 catalogue, one a language.
    Catalogue,
    /// `cards`: the shelf cards (one file, both languages' names).
    Cards,
    /// `prices`: the price list, one a language.
    Prices,
}

impl PrintKind {
    /// True when `doc` is of this kind.
    fn is_kind_of(self, doc: &PrintDocument) -> bool {
        matches!(
            (self, doc),
            (PrintKind::Catalogue, PrintDocument::Catalogue(_))
                | (PrintKind::Cards, PrintDocument::ShelfCards)
                | (PrintKind::Prices, PrintDocument::PriceList(_))
        )
    }
}

/// What `ocop print` makes, from which project, and where.
#[derive(Debug, Clone)]
pub struct PrintOptions {
    /// The project, "today" and the progress of the photos, as for a build
    /// (its `output` and `base_url` are not used: the QR codes lead to
    /// `base_url` of `content/site.toml`).
    pub project: Options,
    /// The kinds of document to make; empty: all three.
    pub only: Vec<PrintKind>,
    /// The slugs of the products to print; empty: every product.
    pub products: Vec<String>,
    /// The folder to write into; `<root>/print` when `None`.
    pub out: Option<PathBuf>,
}

impl PrintOptions {
    /// Every document of every product of the project at `root`, into
    /// `<root>/print/`.
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Self {
            project: Options::new(root),
            only: Vec::new(),
            products: Vec::new(),
            out: None,
        }
    }

    /// The folder the PDFs go into: `--out`, else `<root>/print` (beside
    /// `content/`, outside the build's `output/`).
    pub fn out_dir(&self) -> PathBuf {
        self.out
            .clone()
            .unwrap_or_else(|| self.project.root.join(PRINT_DIR))
    }
}

/// What a successful `ocop print` did.
#[derive(Debug)]
pub struct PrintReport {
    /// The warnings found (as `ocop build` finds them).
    pub diagnostics: Diagnostics,
    /// The files written into the folder, in the pack's order
    /// (`catalogue.vi.pdf`, …).
    pub files: Vec<String>,
    /// How many products they print.
    pub products: usize,
    /// The summary lines: the print pack's (files made and taken from the
    /// cache, characters the fonts lack…), then which files, how many
    /// products and where, put into words when shown.
    pub summary: Vec<Message>,
}

/// Why `ocop print` wrote nothing.
#[derive(Debug, Error)]
pub enum PrintError {
    /// Errors in the content or in `--products` (all of them are in the
    /// diagnostics, with the warnings).
    #[error("{} error(s) in the content or in --products; nothing was written", .0.error_count())]
    Content(Diagnostics),
    /// The PDFs could not be made (the print layouts cannot be read, a
    /// layout fails).
    #[error("the PDFs could not be made ({} error(s)); nothing was written", .0.error_count())]
    Output(Diagnostics),
    /// The folder or a file in it could not be written.
    #[error(transparent)]
    Write(#[from] WriteError),
}

/// Runs `ocop print`: see the module documentation.
pub fn print(options: &PrintOptions) -> Result<PrintReport, PrintError> {
    // `--products "xoai, nho"`: spaces around a slug are not part of it.
    let requested: Vec<String> = options
        .products
        .iter()
        .map(|s| s.trim().to_owned())
        .filter(|s| !s.is_empty())
        .collect();
    let (mut diags, site) = build::checked_site(&options.project);
    let Some((site, theme)) = site else {
        return Err(PrintError::Content(diags));
    };
    let requested = requested_slugs(site.catalog(), &requested);
    diags.extend(check_requested(site.catalog(), &requested));
    diags.sort();
    if diags.has_errors() {
        return Err(PrintError::Content(diags));
    }
    let products = if requested.is_empty() {
        Selection::every()
    } else {
        Selection::of(requested.iter().map(String::as_str))
    };
    let docs: Vec<PrintDocument> = PrintDocument::all(&site.config().languages)
        .into_iter()
        .filter(|d| options.only.is_empty() || options.only.iter().any(|k| k.is_kind_of(d)))
        .collect();
    let sink = MemorySink::new();
    let made = match PrintPack::new(&theme).make(&site, &docs, &products, &sink) {
        Ok(made) => made,
        Err(errors) => {
            diags.extend(errors);
            diags.sort();
            return Err(PrintError::Output(diags));
        }
    };
    let mut made_files = sink.into_files();
    let files: Vec<(String, Vec<u8>)> = docs
        .iter()
        .filter_map(|d| Some((d.file_name(), made_files.remove(&d.rel())?)))
        .collect();
    let out = options.out_dir();
    place_files(&out, &files)?;
    let names: Vec<String> = files.into_iter().map(|(name, _)| name).collect();
    let count = products.count(site.catalog());
    let mut summary = made.summary;
    summary.push(
        Message::new("print-written")
            .count("products", count)
            .arg("files", names.join(", "))
            .arg("folder", out.display().to_string()),
    );
    // Which folder holds which print versions: this one a stand's, the
    // build's output/print every product's (issue #16, review item 8).
    summary.push(Message::new("print-written-folder").arg("folder", out.display().to_string()));
    Ok(PrintReport {
        diagnostics: diags,
        files: names,
        products: count,
        summary,
    })
}
