//! What a page's `<head>` tells machines: Open Graph and Twitter card tags
//! (the preview Zalo, Facebook and other apps show for a shared link:
//! photo, name, price), the JSON-LD structured data and the Atom feed link.
//! Templates receive it as `head` (see `partials/head_meta.html`).
//!
//! Open Graph protocol (ogp.me): `og:title`, `og:description`, `og:url`,
//! `og:image` with `og:image:width`/`height`/`alt`, `og:locale` (`vi_VN`,
//! `en_US`) and `og:locale:alternate`, `og:type` (`product` on product
//! pages, else `website`), `product:price:amount` and
//! `product:price:currency` (Facebook's product object). Twitter cards:
//! `summary_large_image` when there is a photo, else `summary`.

use serde::Serialize;

use super::jsonld::{page_data, script_text};
use crate::content::Section;
use crate::model::Entry;
use crate::site::{Page, Site, Urls};
use crate::text::one_line;

/// A preview image.
#[derive(Debug, Clone, Serialize)]
pub(super) struct PreviewImage {
    /// Absolute URL.
    pub url: String,
    /// Width in pixels.
    pub width: Option<u32>,
    /// Height in pixels.
    pub height: Option<u32>,
    /// Alternative text.
    pub alt: String,
}

/// A feed the page links to (`<link rel="alternate">`).
#[derive(Debug, Clone, Serialize)]
pub(super) struct FeedLink {
    /// Feed title.
    pub title: String,
    /// Root-relative URL.
    pub href: String,
    /// MIME type.
    pub mime: &'static str,
}

/// Everything `partials/head_meta.html` writes.
#[derive(Debug, Clone, Serialize)]
pub(super) struct HeadMeta {
    /// JSON-LD, already escaped for a `<script>` element ("" for none).
    pub jsonld: String,
    /// `og:type`.
    pub og_type: &'static str,
    /// `og:locale` of the page.
    pub locale: String,
    /// `og:locale:alternate`: the other languages.
    pub locale_alternates: Vec<String>,
    /// `og:site_name`.
    pub site_name: String,
    /// `og:title`.
    pub title: String,
    /// `og:description`.
    pub description: String,
    /// `og:url`: the canonical URL.
    pub url: String,
    /// `og:image`.
    pub image: Option<PreviewImage>,
    /// `product:price:amount` (whole VND).
    pub price_amount: Option<String>,
    /// `product:price:currency`.
    pub price_currency: Option<&'static str>,
    /// `twitter:card`.
    pub twitter_card: &'static str,
    /// Feeds to link from `<head>`.
    pub feeds: Vec<FeedLink>,
}

/// Open Graph locale of a site language: `vi` → `vi_VN`, `en` → `en_US`.
pub(super) fn og_locale(lang: &str) -> String {
    match lang {
        "vi" => "vi_VN".to_owned(),
        "en" => "en_US".to_owned(),
        other => other.to_owned(),
    }
}

/// The preview photo of a page: the record's first photo; on the home page
/// the first featured product's.
fn preview_image(site: &Site, lang: &str, page: Page) -> Option<PreviewImage> {
    let c = site.catalog();
    let (section, record, alt): (Section, &dyn Entry, String) = match page {
        Page::Record(section, i) => {
            let record = c.records(section).get(i);
            let alt = record
                .image_alt(lang)
                .and_then(|a| a.value.first().cloned())
                .unwrap_or_else(|| record.name(lang).value.clone());
            (section, record, alt)
        }
        Page::Home => {
            let p = c
                .featured()
                .into_iter()
                .find(|p| !p.fields.images.is_empty())?;
            (
                Section::Products,
                p,
                p.version(lang).text.name.value.clone(),
            )
        }
        Page::List(..) | Page::NotFound | Page::Search => return None,
    };
    let (slug, files) = (record.slug(), record.images());
    let file = files.first()?;
    let rel = format!("{}/{slug}/{file}", section.dir_name());
    // Link previews use the 1200 × 630 Open Graph crop (Facebook and Zalo
    // show 1.91:1 cards); the feed photo when the crop is not known.
    let (url, width, height) = match site.images().photo(&rel) {
        Some(photo) => {
            let og = photo.og();
            (
                site.urls().absolute_asset(&og.jpeg),
                Some(og.width),
                Some(og.height),
            )
        }
        None => {
            let photo = site.feed_photo(section, slug, file);
            (photo.url, photo.width, photo.height)
        }
    };
    Some(PreviewImage {
        url,
        width,
        height,
        alt: one_line(&alt),
    })
}

/// The head metadata of a page. `title` and `description` are the page's
/// own; `canonical` its absolute URL; `crumbs` (name, absolute URL) from
/// the home page to this page.
pub(super) fn head_meta(
    site: &Site,
    lang: &str,
    page: Page,
    title: &str,
    description: &str,
    canonical: &str,
    crumbs: &[(String, String)],
) -> HeadMeta {
    let config = site.config();
    let data = page_data(site, lang, page, canonical, crumbs);
    let jsonld = if data.is_null() {
        String::new()
    } else {
        script_text(&data)
    };
    let price = match page {
        Page::Record(Section::Products, i) => site.catalog().products[i].fields.price,
        _ => None,
    };
    let description = Some(one_line(description))
        .filter(|d| !d.is_empty())
        .unwrap_or_else(|| one_line(config.description.get(lang)));
    let image = preview_image(site, lang, page);
    let has_atom = site
        .catalog()
        .products
        .iter()
        .any(|p| p.data_date().is_some());
    let feeds = if !has_atom {
        Vec::new()
    } else {
        vec![FeedLink {
            title: format!(
                "{} – {}",
                one_line(config.title.get(lang)),
                site.i18n().text(lang, "atom.title")
            ),
            href: site.urls().page(lang, Urls::ATOM),
            mime: "application/atom+xml",
        }]
    };
    HeadMeta {
        jsonld,
        og_type: if matches!(page, Page::Record(Section::Products, _)) {
            "product"
        } else {
            "website"
        },
        locale: og_locale(lang),
        locale_alternates: config
            .languages
            .iter()
            .filter(|l| *l != lang)
            .map(|l| og_locale(l))
            .collect(),
        site_name: one_line(config.title.get(lang)),
        title: one_line(title),
        description,
        url: canonical.to_owned(),
        twitter_card: if image.is_some() {
            "summary_large_image"
        } else {
            "summary"
        },
        image,
        price_amount: price.map(|p| p.to_string()),
        price_currency: price.map(|_| "VND"),
        feeds,
    }
}
