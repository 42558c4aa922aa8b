//! Google Merchant Center product feed: RSS 2.0 with the `g:` namespace,
//! one file per language (`feeds/google-merchant.<lang>.xml`).
//!
//! Rules and limits from the Google Merchant Center product data
//! specification (support.google.com/merchants/answer/7052112 and the
//! per-attribute articles):
//! - `id` ≤ 50 characters, stable (`super::listing::GOOGLE_MAX_ID`);
//! - `title` ≤ 150 characters, `description` ≤ 5000 characters, plain text;
//! - `link`, `image_link` absolute URLs; `additional_image_link` at most 10;
//! - `availability` one of `in_stock`, `out_of_stock`, `preorder`,
//!   `backorder`; `availability_date` (ISO 8601) required with the last two;
//! - `price` "250000 VND" (number and ISO 4217 code);
//! - `condition` `new`;
//! - `brand` when the product has one; without a GTIN (and no MPN) the item
//!   carries `identifier_exists` = `no` (article 6324478);
//! - `google_product_category` a taxonomy id (`super::taxonomy`);
//! - `product_type` ≤ 750 characters, levels separated by " > ";
//! - `custom_label_0`…`4` ≤ 100 characters each: 0 = OCOP star rating,
//!   1 = commune.

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event};

use super::listing::{Item, Reason, google_reason, item, price_text};
use super::{FeedError, require_absolute};
use super::{listing::report, put_all};
use crate::diagnostics::{Code, Diagnostic};
use crate::messages::Message;
use crate::model::Availability;
use crate::output::Output;
use crate::site::Site;
use crate::text::{one_line, truncate};
use crate::write::Sink;

/// The `g:` namespace URI.
pub(crate) const NAMESPACE: &str = "http://base.google.com/ns/1.0";
/// Google Merchant spec: title ≤ 150 characters.
pub(crate) const MAX_TITLE: usize = 150;
/// Google Merchant spec: description ≤ 5000 characters.
pub(crate) const MAX_DESCRIPTION: usize = 5000;
/// Google Merchant spec: up to 10 additional images.
pub(crate) const MAX_ADDITIONAL_IMAGES: usize = 10;
/// Google Merchant spec: custom labels ≤ 100 characters.
pub(crate) const MAX_CUSTOM_LABEL: usize = 100;
/// Google Merchant spec: product_type ≤ 750 characters.
pub(crate) const MAX_PRODUCT_TYPE: usize = 750;

/// The output path of the feed in `lang`.
pub(crate) fn path(lang: &str) -> String {
    format!("feeds/google-merchant.{lang}.xml")
}

/// The Google Merchant Center feeds (`[feeds] enabled`): one per language.
/// Its summary lines tell what both merchant feeds list and leave out (Google
/// and Meta decide by the same rules, [`super::listing`]).
pub struct GoogleMerchant;

impl Output for GoogleMerchant {
    fn name(&self) -> &'static str {
        "google-merchant"
    }

    /// Every product the merchant feeds leave out, as a `not-in-feeds`
    /// warning with the reason and how to get it listed, so `check` names
    /// them too. Left out of these warnings: tourism services (never goods)
    /// and a photo too small, which has its own warning
    /// (`photo-too-small-for-feeds`).
    fn check(&self, site: &Site) -> Vec<Diagnostic> {
        report(site)
            .left_out
            .iter()
            .filter(|l| !matches!(l.reason, Reason::TourismService | Reason::ImageTooSmall))
            .filter_map(|l| {
                let p = site.catalog().product(&l.slug)?;
                Some(
                    Diagnostic::warning(Code::NotInFeeds)
                        .arg("feeds", l.reason.feeds())
                        .arg("reason", Message::new(l.reason.message_id()))
                        .help(Message::new(format!("{}.help", l.reason.message_id())))
                        .in_file(p.index_path()),
                )
            })
            .collect()
    }

    fn write(&self, site: &Site, sink: &dyn Sink) -> Result<Vec<Message>, Vec<Diagnostic>> {
        let config = site.config();
        if config.feeds.enabled {
            let files = config
                .languages
                .iter()
                .map(|lang| (path(lang), feed(site, lang)))
                .collect();
            put_all(sink, files)?;
        }
        Ok(report(site).summary())
    }
}

/// Google's availability value.
pub(crate) fn availability(a: Availability) -> &'static str {
    match a {
        Availability::InStock => "in_stock",
        Availability::OutOfStock => "out_of_stock",
        Availability::Preorder => "preorder",
        Availability::Backorder => "backorder",
    }
}

/// The feed in `lang`: every product that `google_reason` does not
/// leave out, in catalogue order.
pub fn feed(site: &Site, lang: &str) -> Result<Vec<u8>, FeedError> {
    let config = site.config();
    let items: Vec<Item> = site
        .catalog()
        .products
        .iter()
        .filter(|p| google_reason(site, p).is_none())
        .map(|p| item(site, p, lang))
        .collect::<Result<_, _>>()?;
    let home = require_absolute(site.urls().absolute(lang, ""))?;
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    w.create_element("rss")
        .with_attributes([("version", "2.0"), ("xmlns:g", NAMESPACE)])
        .write_inner_content(|w| {
            w.create_element("channel").write_inner_content(|w| {
                text(w, "title", &one_line(config.title.get(lang)))?;
                text(w, "link", &home)?;
                text(w, "description", &one_line(config.description.get(lang)))?;
                for it in &items {
                    write_item(w, it)?;
                }
                Ok(())
            })?;
            Ok(())
        })?;
    let mut bytes = w.into_inner();
    bytes.push(b'\n');
    Ok(bytes)
}

fn write_item(w: &mut Writer<Vec<u8>>, it: &Item) -> std::io::Result<()> {
    w.create_element("item").write_inner_content(|w| {
        text(w, "g:id", &it.id)?;
        text(w, "title", &truncate(&it.title, MAX_TITLE))?;
        text(
            w,
            "description",
            &truncate(&it.description, MAX_DESCRIPTION),
        )?;
        text(w, "link", &it.link)?;
        text(w, "g:image_link", &it.image)?;
        for extra in it.additional_images.iter().take(MAX_ADDITIONAL_IMAGES) {
            text(w, "g:additional_image_link", extra)?;
        }
        text(w, "g:availability", availability(it.availability))?;
        if matches!(
            it.availability,
            Availability::Preorder | Availability::Backorder
        ) && let Some(date) = it.available_from
        {
            // Midnight in Viet Nam (UTC+7, no daylight saving time).
            text(w, "g:availability_date", &format!("{date}T00:00+0700"))?;
        }
        text(w, "g:price", &price_text(it.price_vnd))?;
        text(w, "g:condition", "new")?;
        if let Some(brand) = &it.brand {
            text(w, "g:brand", &truncate(brand, 70))?;
        }
        match &it.gtin {
            Some(gtin) => text(w, "g:gtin", gtin)?,
            None => text(w, "g:identifier_exists", "no")?,
        }
        if let Some(id) = it.category {
            text(w, "g:google_product_category", &id.to_string())?;
        }
        text(
            w,
            "g:product_type",
            &truncate(&it.product_type, MAX_PRODUCT_TYPE),
        )?;
        text(
            w,
            "g:custom_label_0",
            &truncate(&it.rating, MAX_CUSTOM_LABEL),
        )?;
        if !it.commune.is_empty() {
            text(
                w,
                "g:custom_label_1",
                &truncate(&it.commune, MAX_CUSTOM_LABEL),
            )?;
        }
        Ok(())
    })?;
    Ok(())
}

/// `<name>text</name>`, the text escaped by quick-xml.
pub(crate) fn text(w: &mut Writer<Vec<u8>>, name: &str, value: &str) -> std::io::Result<()> {
    w.create_element(name)
        .write_text_content(BytesText::new(value))?;
    Ok(())
}
