//! Meta (Facebook, Instagram) catalog data feed for Commerce Manager:
//! `feeds/meta-catalog.csv` in the default language, plus a language
//! override feed per other language (`feeds/meta-catalog.en.csv`).
//!
//! Columns and values follow Meta's catalog fields reference
//! (developers.facebook.com/docs/commerce-platform/catalog/fields):
//! `id` ≤ 100 characters, `title` ≤ 200, `description` ≤ 9999 plain text,
//! `availability` "in stock" / "out of stock" / "preorder" /
//! "available for order", `condition` "new", `price` "250000 VND", `link`,
//! `image_link`, `brand` ≤ 100, `gtin`, `google_product_category`,
//! `product_type`, `additional_image_link` (up to 20 URLs separated by
//! commas, in one quoted cell), `custom_label_0`…`4` ≤ 100.
//!
//! The override feed follows "Localized Catalog Setup": an `id` matching
//! the main feed, an `override` column with Meta's language code
//! (`en_XX` for English), and only fields that may be localised in a
//! language feed (title, description, link, custom labels; never price or
//! availability).
//!
//! Quoting is done by the `csv` crate (RFC 4180: commas, quotes and line
//! breaks are quoted). Spreadsheet formula injection (OWASP "CSV
//! Injection"): a cell that begins with `=`, `+`, `-`, `@`, a tab or a
//! carriage return, also after leading white space, gets a leading `'` so
//! that a spreadsheet opening the file shows it as text instead of running
//! it (`cell`).

use super::FeedError;
use super::listing::{Item, item, meta_reason, price_text};
use super::put_all;
use crate::diagnostics::Diagnostic;
use crate::messages::Message;
use crate::model::Availability;
use crate::output::Output;
use crate::site::Site;
use crate::text::truncate;
use crate::write::Sink;

/// Output path of the main catalog feed.
pub(crate) const PATH: &str = "feeds/meta-catalog.csv";
/// Meta catalog fields: title ≤ 200 characters.
pub(crate) const MAX_TITLE: usize = 200;
/// Meta catalog fields: description ≤ 9999 characters.
pub(crate) const MAX_DESCRIPTION: usize = 9999;
/// Meta catalog fields: up to 20 additional images.
pub(crate) const MAX_ADDITIONAL_IMAGES: usize = 20;
/// Meta catalog fields: brand and custom labels ≤ 100 characters.
pub(crate) const MAX_SHORT: usize = 100;

/// Columns of the main feed, in order.
pub(crate) const COLUMNS: [&str; 15] = [
    "id",
    "title",
    "description",
    "availability",
    "condition",
    "price",
    "link",
    "image_link",
    "brand",
    "gtin",
    "google_product_category",
    "product_type",
    "additional_image_link",
    "custom_label_0",
    "custom_label_1",
];

/// Columns of a language override feed, in order.
pub(crate) const OVERRIDE_COLUMNS: [&str; 7] = [
    "id",
    "override",
    "title",
    "description",
    "link",
    "custom_label_0",
    "custom_label_1",
];

/// Output path of the override feed for `lang`.
pub(crate) fn override_path(lang: &str) -> String {
    format!("feeds/meta-catalog.{lang}.csv")
}

/// The Meta catalog feeds (`[feeds] enabled`): the main feed in the default
/// language and an override feed per other language.
pub struct MetaCatalog;

impl Output for MetaCatalog {
    fn name(&self) -> &'static str {
        "meta-catalog"
    }

    fn write(&self, site: &Site, sink: &dyn Sink) -> Result<Vec<Message>, Vec<Diagnostic>> {
        let config = site.config();
        if !config.feeds.enabled {
            return Ok(Vec::new());
        }
        let mut files = vec![(PATH.to_owned(), feed(site))];
        files.extend(
            config
                .translations()
                .map(|lang| (override_path(lang), override_feed(site, lang))),
        );
        put_all(sink, files)?;
        Ok(Vec::new())
    }
}

/// Meta's language code for a site language: `en` → `en_XX`
/// (Meta's code for English in every country), else `<lang>_XX`.
pub(crate) fn meta_language(lang: &str) -> String {
    format!("{lang}_XX")
}

/// Meta's availability value.
pub(crate) fn availability(a: Availability) -> &'static str {
    match a {
        Availability::InStock => "in stock",
        Availability::OutOfStock => "out of stock",
        Availability::Preorder => "preorder",
        Availability::Backorder => "available for order",
    }
}

/// Neutralises a cell against spreadsheet formula injection (OWASP "CSV
/// Injection"): a cell that begins with `=`, `+`, `-`, `@`, a tab or a
/// carriage return, also after leading white space (`" =cmd"`, a
/// no-break space then `+`: spreadsheets skip the blanks), gets a `'` in
/// front.
pub(crate) fn cell(value: &str) -> std::borrow::Cow<'_, str> {
    const TRIGGERS: [char; 4] = ['=', '+', '-', '@'];
    if value.starts_with(['\t', '\r']) || value.trim_start().starts_with(TRIGGERS) {
        std::borrow::Cow::Owned(format!("'{value}"))
    } else {
        std::borrow::Cow::Borrowed(value)
    }
}

fn items(site: &Site, lang: &str) -> Result<Vec<Item>, FeedError> {
    site.catalog()
        .products
        .iter()
        .filter(|p| meta_reason(site, p).is_none())
        .map(|p| item(site, p, lang))
        .collect()
}

fn finish(w: csv::Writer<Vec<u8>>) -> Result<Vec<u8>, FeedError> {
    w.into_inner()
        .map_err(|e| FeedError::Io(std::io::Error::other(e.to_string())))
}

/// The main feed, in the default language.
pub fn feed(site: &Site) -> Result<Vec<u8>, FeedError> {
    let lang = site.config().default_language.clone();
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(COLUMNS)?;
    for it in items(site, &lang)? {
        let category = it.category.map(|c| c.to_string()).unwrap_or_default();
        let extra = it
            .additional_images
            .iter()
            .take(MAX_ADDITIONAL_IMAGES)
            .cloned()
            .collect::<Vec<_>>()
            .join(",");
        let row: [String; 15] = [
            it.id.clone(),
            truncate(&it.title, MAX_TITLE).into_owned(),
            truncate(&it.description, MAX_DESCRIPTION).into_owned(),
            availability(it.availability).to_owned(),
            "new".to_owned(),
            price_text(it.price_vnd),
            it.link.clone(),
            it.image.clone(),
            it.brand
                .as_deref()
                .map(|b| truncate(b, MAX_SHORT).into_owned())
                .unwrap_or_default(),
            it.gtin.clone().unwrap_or_default(),
            category,
            truncate(&it.product_type, 750).into_owned(),
            extra,
            truncate(&it.rating, MAX_SHORT).into_owned(),
            truncate(&it.commune, MAX_SHORT).into_owned(),
        ];
        w.write_record(row.iter().map(|v| cell(v).into_owned()))?;
    }
    finish(w)
}

/// The language override feed for `lang` (not the default language).
pub(crate) fn override_feed(site: &Site, lang: &str) -> Result<Vec<u8>, FeedError> {
    let code = meta_language(lang);
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(OVERRIDE_COLUMNS)?;
    for it in items(site, lang)? {
        let row: [String; 7] = [
            it.id.clone(),
            code.clone(),
            truncate(&it.title, MAX_TITLE).into_owned(),
            truncate(&it.description, MAX_DESCRIPTION).into_owned(),
            it.link.clone(),
            truncate(&it.rating, MAX_SHORT).into_owned(),
            truncate(&it.commune, MAX_SHORT).into_owned(),
        ];
        w.write_record(row.iter().map(|v| cell(v).into_owned()))?;
    }
    finish(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_neutralised() {
        assert_eq!(cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(cell("+84 912"), "'+84 912");
        assert_eq!(cell("-5"), "'-5");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("\tx"), "'\tx");
        assert_eq!(cell("Thịt dê"), "Thịt dê");
        assert_eq!(cell("a=b"), "a=b");
        // After leading white space of any kind.
        assert_eq!(cell(" =cmd|' /C calc'!A0"), "' =cmd|' /C calc'!A0");
        assert_eq!(cell("\u{a0}+1"), "'\u{a0}+1");
        assert_eq!(cell("\n@SUM(A1)"), "'\n@SUM(A1)");
        assert_eq!(cell("\u{3000}-1"), "'\u{3000}-1");
        assert_eq!(cell("  Thịt dê"), "  Thịt dê");
        assert_eq!(cell(""), "");
    }
}
