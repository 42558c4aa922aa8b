//! Which products a merchant feed may list, and the feed-neutral item each
//! feed formats in its own way.

use jiff::civil::Date;

use super::taxonomy::google_category;
use super::{FeedError, require_absolute};
use crate::content::Section;
use crate::messages::Message;
use crate::model::{Availability, CertificateStatus, Group, Product};
use crate::site::{Site, Urls};
use crate::text::{one_line, strip_unwanted};

/// Google Merchant spec: `id` is at most 50 characters.
pub(crate) const GOOGLE_MAX_ID: usize = crate::model::MAX_SKU_CHARS;

/// Why a product is not in a merchant feed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Reason {
    /// OCOP group 6 is services (tours, homestays), not goods: Google and
    /// Meta product feeds are for physical products.
    TourismService,
    /// `sample = true` while `[feeds] include_sample` is off.
    Sample,
    /// No `price`: both platforms require one.
    NoPrice,
    /// No photo: both platforms require `image_link`.
    NoImage,
    /// The certificate has lapsed and `[feeds] exclude_lapsed = true`.
    LapsedCertificate,
    /// Google only: `preorder`/`backorder` needs `availability_date`
    /// (Google Merchant spec), i.e. `available_from` in the record.
    NoAvailabilityDate,
    /// Google only: no `sku` and a slug longer than 50 characters.
    IdTooLong,
    /// The main photo's feed variant is under 800 px on its short side
    /// (`FEED_MIN_SHORT_SIDE` in `images`): too small for shopping ads
    /// (Google's own floor is 100 × 100, 250 × 250 for clothing).
    ImageTooSmall,
    /// Meta only: neither a producer (brand) nor a GTIN (Meta catalog
    /// fields: one of `brand`, `gtin`, `mpn` is required).
    NoBrandOrGtin,
}

impl Reason {
    /// The catalogue id of its words (`feed-reason-no-price`; the `.help`
    /// attribute says how to get the product listed).
    pub fn message_id(self) -> &'static str {
        match self {
            Reason::TourismService => "feed-reason-tourism-service",
            Reason::Sample => "feed-reason-sample",
            Reason::NoPrice => "feed-reason-no-price",
            Reason::NoImage => "feed-reason-no-image",
            Reason::LapsedCertificate => "feed-reason-lapsed-certificate",
            Reason::NoAvailabilityDate => "feed-reason-no-availability-date",
            Reason::IdTooLong => "feed-reason-id-too-long",
            Reason::ImageTooSmall => "feed-reason-image-too-small",
            Reason::NoBrandOrGtin => "feed-reason-no-brand-or-gtin",
        }
    }

    /// Which feeds the reason keeps the product out of: `both`, `google`
    /// or `meta` (the `$feeds` selector of the `not-in-feeds` warning and
    /// of the summary line).
    pub fn feeds(self) -> &'static str {
        match self {
            Reason::NoAvailabilityDate | Reason::IdTooLong => "google",
            Reason::NoBrandOrGtin => "meta",
            _ => "both",
        }
    }
}

/// The reason that keeps `p` out of every merchant feed, if any.
pub(crate) fn common_reason(site: &Site, p: &Product) -> Option<Reason> {
    let f = &p.fields;
    let settings = &site.config().feeds;
    if f.group == Group::Tourism {
        Some(Reason::TourismService)
    } else if f.sample && !settings.include_sample {
        Some(Reason::Sample)
    } else if f.price.is_none() {
        Some(Reason::NoPrice)
    } else if f.images.is_empty() {
        Some(Reason::NoImage)
    } else if main_photo_too_small(site, p) {
        Some(Reason::ImageTooSmall)
    } else if settings.exclude_lapsed
        && site.catalog().certificate_status(p) == CertificateStatus::Lapsed
    {
        Some(Reason::LapsedCertificate)
    } else {
        None
    }
}

/// The reason that keeps `p` out of the Google Merchant feed, if any.
pub(crate) fn google_reason(site: &Site, p: &Product) -> Option<Reason> {
    common_reason(site, p).or_else(|| {
        let f = &p.fields;
        if matches!(
            f.availability,
            Availability::Preorder | Availability::Backorder
        ) && f.available_from.is_none()
        {
            Some(Reason::NoAvailabilityDate)
        } else if f.sku.is_none() && p.slug.chars().count() > GOOGLE_MAX_ID {
            Some(Reason::IdTooLong)
        } else {
            None
        }
    })
}

/// True when the feed variant of `p`'s main photo is known and under 800 px
/// on its short side (issue #5: the merchant feeds' photo must be large
/// enough for shopping ads, or the product is not listable).
fn main_photo_too_small(site: &Site, p: &Product) -> bool {
    let Some(file) = p.fields.images.first() else {
        return false;
    };
    let rel = format!("{}/{}/{file}", Section::Products.dir_name(), p.slug);
    site.images().feed_image(&rel).is_some_and(|f| !f.listable)
}

/// The reason that keeps `p` out of the Meta catalog, if any.
pub(crate) fn meta_reason(site: &Site, p: &Product) -> Option<Reason> {
    common_reason(site, p).or_else(|| {
        let has_brand = brand(site, p).is_some();
        (!has_brand && p.fields.gtin.is_none()).then_some(Reason::NoBrandOrGtin)
    })
}

/// A product that a feed leaves out, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeftOut {
    /// The product's slug.
    pub slug: String,
    /// Why.
    pub reason: Reason,
}

/// What the merchant feeds listed and left out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FeedReport {
    /// False when `[feeds] enabled = false`: no file in `output/feeds/`.
    pub enabled: bool,
    /// Products in each Google Merchant feed (the same in every language).
    pub google: usize,
    /// Products in the Meta catalog.
    pub meta: usize,
    /// Products left out of one feed or both, in catalogue order; a product
    /// left out of each feed for a different reason is here twice.
    pub left_out: Vec<LeftOut>,
}

impl FeedReport {
    /// The report for the build summary: one line of counts, then one line
    /// per reason with the slugs, at most [`SUMMARY_NAMES`] of them
    /// ("… and 19,961 more products; `ocop check --format json` lists them
    /// all": every one is a `not-in-feeds` warning of `check`).
    pub fn summary(&self) -> Vec<Message> {
        if !self.enabled {
            return vec![Message::new("summary-feeds-off")];
        }
        // A product left out of each feed for its own reason has two
        // entries: count products, not entries.
        let mut products: Vec<&str> = self.left_out.iter().map(|l| l.slug.as_str()).collect();
        products.sort_unstable();
        products.dedup();
        let mut lines = vec![
            Message::new("summary-feeds")
                .count("google", self.google)
                .count("meta", self.meta)
                .count("left", products.len()),
        ];
        let mut reasons: Vec<Reason> = self.left_out.iter().map(|l| l.reason).collect();
        reasons.sort();
        reasons.dedup();
        for reason in reasons {
            let slugs: Vec<&str> = self
                .left_out
                .iter()
                .filter(|l| l.reason == reason)
                .map(|l| l.slug.as_str())
                .collect();
            lines.push(
                Message::new("summary-feeds-left-out")
                    .arg("feeds", reason.feeds())
                    .arg("reason", Message::new(reason.message_id()))
                    .count("count", slugs.len())
                    .arg("slugs", capped_list(&slugs)),
            );
        }
        lines
    }

    /// The reason `slug` is left out, if it is.
    pub fn reason(&self, slug: &str) -> Option<Reason> {
        self.left_out
            .iter()
            .find(|l| l.slug == slug)
            .map(|l| l.reason)
    }
}

/// How many names a summary line lists before "… and N more".
pub const SUMMARY_NAMES: usize = 10;

/// `names` joined with commas, at most [`SUMMARY_NAMES`] of them, then "…
/// and 19,961 more products; `ocop check --format json` lists them all".
fn capped_list(names: &[&str]) -> Message {
    let shown = names[..names.len().min(SUMMARY_NAMES)].join(", ");
    if names.len() <= SUMMARY_NAMES {
        return Message::new("summary-list").arg("names", shown);
    }
    Message::new("summary-list-more").arg("names", shown).arg(
        "more",
        Message::new("summary-more")
            .count("count", names.len() - SUMMARY_NAMES)
            .arg("what", Message::new("noun-products")),
    )
}

/// What the merchant feeds list and leave out (the build report).
pub fn report(site: &Site) -> FeedReport {
    let enabled = site.config().feeds.enabled;
    let mut report = FeedReport {
        enabled,
        ..FeedReport::default()
    };
    if !enabled {
        return report;
    }
    for p in &site.catalog().products {
        let google = google_reason(site, p);
        let meta = meta_reason(site, p);
        report.google += usize::from(google.is_none());
        report.meta += usize::from(meta.is_none());
        if let Some(reason) = google.or(meta) {
            report.left_out.push(LeftOut {
                slug: p.slug.clone(),
                reason,
            });
        }
        if let (Some(g), Some(m)) = (google, meta)
            && g != m
        {
            report.left_out.push(LeftOut {
                slug: p.slug.clone(),
                reason: m,
            });
        }
    }
    report
}

/// A product in a merchant feed, before each feed applies its own limits
/// and value formats. Text is one line (title, labels) or plain text
/// (description), with control characters removed, not yet cut.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Item {
    /// Stable id: the `sku`, else the slug.
    pub id: String,
    /// Name, with the sales unit when there is one ("Thịt dê xông khói – gói 500 g").
    pub title: String,
    /// Summary, then the body as plain text (the name when both are empty).
    pub description: String,
    /// Absolute URL of the product page in the feed's language.
    pub link: String,
    /// Absolute URL of the main photo.
    pub image: String,
    /// Absolute URLs of the other photos, in order.
    pub additional_images: Vec<String>,
    /// Stock state.
    pub availability: Availability,
    /// Shipping date for preorder/backorder.
    pub available_from: Option<Date>,
    /// Price in whole VND.
    pub price_vnd: u64,
    /// The producer's name in the feed's language.
    pub brand: Option<String>,
    /// GTIN digits.
    pub gtin: Option<String>,
    /// Google product taxonomy id.
    pub category: Option<u32>,
    /// "OCOP > Thực phẩm > Thực phẩm chế biến", labels from the theme's i18n.
    pub product_type: String,
    /// "4 sao" / "4 stars", or "chưa xếp hạng" / "not rated".
    pub rating: String,
    /// The commune's name.
    pub commune: String,
}

/// "250000 VND": whole đồng and the ISO 4217 code, as Google Merchant
/// (`price`) and Meta (`price`) both read it. The đồng has no minor unit.
pub(crate) fn price_text(vnd: u64) -> String {
    format!("{vnd} VND")
}

/// The producer's name in `lang`, one line.
pub(crate) fn brand(site: &Site, p: &Product) -> Option<String> {
    brand_in(site, p, &site.config().default_language)
}

fn brand_in(site: &Site, p: &Product, lang: &str) -> Option<String> {
    let slug = p.fields.producer.as_ref()?;
    let producer = site.catalog().producer(slug.get_ref())?;
    Some(one_line(&producer.version(lang).text.name.value)).filter(|s| !s.is_empty())
}

/// The OCOP star label ("4 sao", "not rated") in `lang`, from the theme's
/// `feeds.stars` and `feeds.not_rated` strings.
pub(crate) fn rating_label(site: &Site, p: &Product, lang: &str) -> String {
    match site.catalog().rating(p) {
        Some(n) => site
            .i18n()
            .text(lang, "feeds.stars")
            .replace("{n}", &n.to_string()),
        None => site.i18n().text(lang, "feeds.not_rated").to_owned(),
    }
}

/// "OCOP > Thực phẩm > Thực phẩm chế biến" in `lang`.
pub(crate) fn product_type(site: &Site, p: &Product, lang: &str) -> String {
    let mut parts = vec!["OCOP".to_owned()];
    parts.push(one_line(
        site.i18n().text(lang, &p.fields.group.label_key()),
    ));
    if let Some(sub) = &p.fields.subgroup {
        parts.push(one_line(site.i18n().text(lang, &format!("subgroup.{sub}"))));
    }
    // ">" separates levels; a label must not add one.
    parts
        .iter()
        .map(|s| s.replace('>', "-"))
        .collect::<Vec<_>>()
        .join(" > ")
}

/// The plain-text description of `p` in `lang`: summary, then body.
pub(crate) fn description(site: &Site, p: &Product, lang: &str) -> String {
    let version = p.version(lang);
    let mut parts = Vec::new();
    if let Some(summary) = &version.text.summary {
        let s = one_line(&summary.value);
        if !s.is_empty() {
            parts.push(s);
        }
    }
    let body = site
        .catalog()
        .position(Section::Products, &p.slug)
        .map_or("", |i| site.body_text(Section::Products, i, lang));
    if !body.is_empty() {
        parts.push(body.to_owned());
    }
    strip_unwanted(&parts.join("\n")).into_owned()
}

/// Builds the feed item of `p` in `lang`. Fails only on a URL that is not
/// absolute (feeds never carry relative links).
pub(crate) fn item(site: &Site, p: &Product, lang: &str) -> Result<Item, FeedError> {
    let f = &p.fields;
    let text = &p.version(lang).text;
    let name = one_line(&text.name.value);
    let title = match text.unit.as_ref().map(|u| one_line(&u.value)) {
        Some(unit) if !unit.is_empty() => format!("{name} – {unit}"),
        _ => name,
    };
    let photos: Vec<String> = f
        .images
        .iter()
        .map(|file| require_absolute(site.feed_photo(Section::Products, &p.slug, file).url))
        .collect::<Result<_, _>>()?;
    let (image, additional_images) = match photos.split_first() {
        Some((first, rest)) => (first.clone(), rest.to_vec()),
        None => (String::new(), Vec::new()),
    };
    Ok(Item {
        id: p.feed_id().to_owned(),
        title,
        // Both platforms require a description: the name stands in.
        description: Some(description(site, p, lang))
            .filter(|d| !d.trim().is_empty())
            .unwrap_or_else(|| one_line(&text.name.value)),
        link: require_absolute(
            site.urls()
                .absolute(lang, &Urls::record(Section::Products, &p.slug)),
        )?,
        image,
        additional_images,
        availability: f.availability,
        available_from: f.available_from,
        price_vnd: f.price.unwrap_or_default(),
        brand: brand_in(site, p, lang),
        gtin: f.gtin.clone(),
        category: google_category(f.group, f.subgroup.as_deref()),
        product_type: product_type(site, p, lang),
        rating: rating_label(site, p, lang),
        commune: site
            .catalog()
            .commune(f.commune.get_ref())
            .map(|c| one_line(&c.version(lang).text.name.value))
            .unwrap_or_default(),
    })
}
