//! The print pack's files (issue #18) as the site knows them: which PDFs a
//! build makes and where they live, so that the home page can link them and
//! the print output ([`crate::print::PrintPack`]) writes exactly those.

use super::Site;

/// The print pack's folder in the output.
pub const PRINT_DIR: &str = "print";

/// One PDF of the print pack.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PrintDocument {
    /// The A4 catalogue in a language (`catalogue.vi.pdf`).
    Catalogue(String),
    /// The shelf cards, 99 × 140 mm, four to an A4 sheet, in the default
    /// language with the other language's names (`shelf-cards.pdf`).
    ShelfCards,
    /// The price list in a language (`price-list.vi.pdf`).
    PriceList(String),
}

impl PrintDocument {
    /// The file name in the print folder (`catalogue.vi.pdf`).
    pub fn file_name(&self) -> String {
        match self {
            PrintDocument::Catalogue(lang) => format!("catalogue.{lang}.pdf"),
            PrintDocument::ShelfCards => "shelf-cards.pdf".to_owned(),
            PrintDocument::PriceList(lang) => format!("price-list.{lang}.pdf"),
        }
    }

    /// The path in the output (`print/catalogue.vi.pdf`).
    pub fn rel(&self) -> String {
        format!("{PRINT_DIR}/{}", self.file_name())
    }

    /// What it is, as the interface strings name it (`print.<kind>`):
    /// `catalogue`, `shelf_cards`, `price_list`.
    pub fn kind(&self) -> &'static str {
        match self {
            PrintDocument::Catalogue(_) => "catalogue",
            PrintDocument::ShelfCards => "shelf_cards",
            PrintDocument::PriceList(_) => "price_list",
        }
    }

    /// The language it is written in; `None` for the shelf cards, which
    /// carry the default language and the other language's names.
    pub fn lang(&self) -> Option<&str> {
        match self {
            PrintDocument::Catalogue(lang) | PrintDocument::PriceList(lang) => Some(lang),
            PrintDocument::ShelfCards => None,
        }
    }

    /// Every document of a site in `languages`: the catalogue of each
    /// language, the shelf cards, the price list of each language.
    pub fn all(languages: &[String]) -> Vec<PrintDocument> {
        languages
            .iter()
            .cloned()
            .map(PrintDocument::Catalogue)
            .chain([PrintDocument::ShelfCards])
            .chain(languages.iter().cloned().map(PrintDocument::PriceList))
            .collect()
    }
}

impl Site {
    /// The documents a build makes: all of them, or none with `[print]
    /// enabled = false` or when the site has more products than `[print]
    /// max_products`.
    pub fn print_documents(&self) -> Vec<PrintDocument> {
        if !self.config().print.enabled || self.print_pack_left_out() {
            return Vec::new();
        }
        PrintDocument::all(&self.config().languages)
    }

    /// The documents of [`Self::print_documents`] for readers of `lang`:
    /// the catalogue and price list in `lang`, and the shelf cards (the
    /// home page of each language and the kiosk's README link them).
    pub fn print_documents_in(&self, lang: &str) -> Vec<PrintDocument> {
        self.print_documents()
            .into_iter()
            .filter(|d| d.lang().is_none_or(|l| l == lang))
            .collect()
    }

    /// True when the print pack is on but the site has more products than
    /// `[print] max_products`, so the build makes no PDF (a fair makes its
    /// own with `ocop print --products`).
    pub fn print_pack_left_out(&self) -> bool {
        let settings = self.config().print;
        settings.enabled && self.catalog().products.len() > settings.max_products
    }
}
