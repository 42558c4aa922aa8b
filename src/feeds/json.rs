//! JSON export of the whole catalogue (`feeds/catalog.json`) for
//! marketplace importers and a future national OCOP database, and its JSON
//! Schema (`feeds/catalog.schema.json`, draft 2020-12) generated from the
//! export types below with `schemars`, so the two cannot drift apart.
//!
//! Translatable text is an object keyed by language code holding only the
//! languages the text is really written in (`{"vi": "…", "en": "…"}`); a
//! missing language means "not translated: use the default language".
//! Records are in catalogue order (Vietnamese alphabetical), every map is
//! sorted by key: two builds of the same content give the same bytes.

use std::borrow::Cow;
use std::collections::BTreeMap;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::Serialize;

use super::listing::{self, Reason};
use super::put_all;
use super::taxonomy::google_category;
use super::{FeedError, require_absolute};
use crate::content::Section;
use crate::diagnostics::Diagnostic;
use crate::messages::Message;
use crate::model::{
    Availability, BuyKind, CertificateStatus, Contact, Group, LegalForm, Local, Record, UnitKind,
};
use crate::output::Output;
use crate::site::{Site, Urls};
use crate::text::{one_line, strip_unwanted};
use crate::write::Sink;

/// Output path of the export.
pub(crate) const PATH: &str = "feeds/catalog.json";
/// Output path of its schema.
pub(crate) const SCHEMA_PATH: &str = "feeds/catalog.schema.json";

/// The JSON export and its schema (`[feeds] enabled`).
pub struct JsonExport;

impl Output for JsonExport {
    fn name(&self) -> &'static str {
        "json"
    }

    fn write(&self, site: &Site, sink: &dyn Sink) -> Result<Vec<Message>, Vec<Diagnostic>> {
        if !site.config().feeds.enabled {
            return Ok(Vec::new());
        }
        put_all(
            sink,
            vec![
                (PATH.to_owned(), export_bytes(site)),
                (SCHEMA_PATH.to_owned(), schema_bytes(site)),
            ],
        )?;
        Ok(Vec::new())
    }
}

/// Text by language code, only the languages it is written in.
pub(crate) type Texts = BTreeMap<String, String>;

/// A calendar date, ISO 8601 `YYYY-MM-DD`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct IsoDate(pub String);

impl JsonSchema for IsoDate {
    fn schema_name() -> Cow<'static, str> {
        "IsoDate".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A calendar date, ISO 8601 YYYY-MM-DD.",
            "type": "string",
            "format": "date",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
        })
    }
}

/// An absolute http(s) URL.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct AbsoluteUrl(pub String);

impl JsonSchema for AbsoluteUrl {
    fn schema_name() -> Cow<'static, str> {
        "AbsoluteUrl".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "An absolute http(s) URL.",
            "type": "string",
            "format": "uri",
            "pattern": "^https?://[^/]+"
        })
    }
}

fn url(u: String) -> Result<AbsoluteUrl, FeedError> {
    require_absolute(u).map(AbsoluteUrl)
}

fn date(d: jiff::civil::Date) -> IsoDate {
    IsoDate(d.to_string())
}

/// The whole OCOP catalogue of one site.
#[derive(Debug, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct CatalogExport {
    /// Absolute URL of the JSON Schema this document follows.
    #[serde(rename = "$schema")]
    pub schema: AbsoluteUrl,
    /// The program and version that wrote the file.
    pub generator: String,
    /// The day the export describes: certificate status and current star
    /// ratings are as of this date.
    pub as_of: IsoDate,
    /// Site settings.
    pub site: SiteExport,
    /// Published products.
    pub products: Vec<ProductExport>,
    /// Producers (chủ thể OCOP).
    pub producers: Vec<ProducerExport>,
    /// Communes, wards and special zones, and the former units merged into them.
    pub communes: Vec<CommuneExport>,
    /// Tourism points (OCOP group 6 sites).
    pub tourism_points: Vec<TourismExport>,
}

/// The publishing site.
#[derive(Debug, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct SiteExport {
    /// Site title.
    pub title: Texts,
    /// One-sentence description.
    pub description: Texts,
    /// Absolute URL of the site root.
    pub base_url: AbsoluteUrl,
    /// The default language (at the site root).
    pub default_language: String,
    /// Every language, the default first.
    pub languages: Vec<String>,
    /// District label (a label only: Viet Nam has had no districts since 1 July 2025).
    pub district: Texts,
    /// Province label.
    pub province: Texts,
    /// The office publishing the catalogue.
    pub office: Texts,
    /// Its postal address.
    pub address: Texts,
    /// Contact e-mail.
    pub email: Option<String>,
    /// Contact phone.
    pub phone: Option<String>,
    /// Home page URL by language.
    pub urls: BTreeMap<String, AbsoluteUrl>,
}

/// A photo.
#[derive(Debug, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct ImageExport {
    /// Absolute URL of the file.
    pub url: AbsoluteUrl,
    /// Width in pixels.
    pub width: Option<u32>,
    /// Height in pixels.
    pub height: Option<u32>,
    /// Alternative text.
    pub alt: Texts,
}

/// Certificate status on `as_of`.
#[derive(Debug, Clone, Copy, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub(crate) enum CertificateState {
    /// Valid, more than 90 days left.
    Certified,
    /// Valid, lapsing within 90 days.
    Expiring,
    /// More than 36 months old: the product shows no stars.
    Lapsed,
    /// 1–2 stars: not an OCOP certification.
    NotCertified,
}

/// An OCOP rating decision (quyết định công nhận).
#[derive(Debug, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct CertificateExport {
    /// Decision number, e.g. "1234/QĐ-UBND".
    pub number: String,
    /// Decision date.
    pub date: IsoDate,
    /// Issuing authority.
    pub issuer: Option<String>,
    /// First day on which it is no longer valid (36 months after `date`).
    pub lapses_on: IsoDate,
    /// Status on `as_of`.
    pub status: CertificateState,
    /// Stars awarded by the decision, 1–5.
    pub stars: Option<u8>,
}

/// A price.
#[derive(Debug, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct PriceExport {
    /// Amount in whole units of the currency (the đồng has no minor unit).
    pub amount: u64,
    /// ISO 4217 code: always "VND".
    pub currency: String,
}

/// A shop selling the product.
#[derive(Debug, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct BuyExport {
    /// Marketplace or shop kind.
    pub kind: BuyKind,
    /// Absolute URL of the product there.
    pub url: AbsoluteUrl,
}

/// Whether a merchant feed lists the product, or why not.
#[derive(Debug, Clone, Copy, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub(crate) enum ListingState {
    /// In the feed.
    Listed,
    /// Feeds are switched off (`[feeds] enabled = false`).
    FeedsOff,
    /// A tourism service, not a product.
    TourismService,
    /// Invented sample data.
    Sample,
    /// No price.
    NoPrice,
    /// No photo.
    NoImage,
    /// Lapsed certificate, excluded by configuration.
    LapsedCertificate,
    /// Pre-order or back-order without a shipping date (Google).
    NoAvailabilityDate,
    /// No sku and a slug over 50 characters (Google).
    IdTooLong,
    /// The main photo's feed variant is under 800 px on its short side
    /// (both feeds; see `listing::Reason::ImageTooSmall`).
    ImageTooSmall,
    /// No brand (producer) and no GTIN (Meta).
    NoBrandOrGtin,
}

fn listing_state(enabled: bool, reason: Option<Reason>) -> ListingState {
    match (enabled, reason) {
        (false, _) => ListingState::FeedsOff,
        (true, None) => ListingState::Listed,
        (true, Some(r)) => match r {
            Reason::TourismService => ListingState::TourismService,
            Reason::Sample => ListingState::Sample,
            Reason::NoPrice => ListingState::NoPrice,
            Reason::NoImage => ListingState::NoImage,
            Reason::LapsedCertificate => ListingState::LapsedCertificate,
            Reason::NoAvailabilityDate => ListingState::NoAvailabilityDate,
            Reason::IdTooLong => ListingState::IdTooLong,
            Reason::ImageTooSmall => ListingState::ImageTooSmall,
            Reason::NoBrandOrGtin => ListingState::NoBrandOrGtin,
        },
    }
}

/// A product in the merchant feeds.
#[derive(Debug, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct ListingExport {
    /// Google Merchant Center feed.
    pub google_merchant: ListingState,
    /// Meta catalog.
    pub meta: ListingState,
}

/// An OCOP product.
#[derive(Debug, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct ProductExport {
    /// Permanent slug (folder name, part of every URL).
    pub slug: String,
    /// Stable feed id: the sku, else the slug (Google Merchant and Meta `id`).
    pub id: String,
    /// Stock-keeping unit, ≤ 50 characters.
    pub sku: Option<String>,
    /// GTIN barcode digits.
    pub gtin: Option<String>,
    /// Name.
    pub name: Texts,
    /// One-sentence summary.
    pub summary: Texts,
    /// Sales unit, e.g. "gói 500 g".
    pub unit: Texts,
    /// Body as plain text.
    pub description: Texts,
    /// OCOP product group.
    pub group: Group,
    /// OCOP group number, 1–6.
    pub group_number: u8,
    /// Subgroup code.
    pub subgroup: Option<String>,
    /// Google product taxonomy id.
    pub google_product_category: Option<u32>,
    /// Producer slug.
    pub producer: Option<String>,
    /// Commune slug: the current unit.
    pub commune: String,
    /// Slug of the former unit it was recorded under (merged into
    /// `commune`), if any.
    pub former_commune: Option<String>,
    /// Slugs of the tourism points showcasing it.
    pub tourism_points: Vec<String>,
    /// Stars shown on `as_of` (3–5), null when not certified or lapsed.
    pub rating: Option<u8>,
    /// The rating decision.
    pub certificate: Option<CertificateExport>,
    /// Retail price.
    pub price: Option<PriceExport>,
    /// Stock state.
    pub availability: Availability,
    /// Shipping date of a pre-order or back-order.
    pub available_from: Option<IsoDate>,
    /// Day the product was added to the catalogue.
    pub added: Option<IsoDate>,
    /// Photos, main first.
    pub images: Vec<ImageExport>,
    /// Product page URL by language.
    pub urls: BTreeMap<String, AbsoluteUrl>,
    /// Online shops.
    pub buy: Vec<BuyExport>,
    /// Shown on the home page.
    pub featured: bool,
    /// Invented example data.
    pub sample: bool,
    /// Merchant feed listing.
    pub feeds: ListingExport,
}

/// Phone, Zalo, e-mail, web site.
#[derive(Debug, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct ContactExport {
    /// Phone number as written.
    pub phone: Option<String>,
    /// Zalo phone number or link.
    pub zalo: Option<String>,
    /// E-mail.
    pub email: Option<String>,
    /// Web site.
    pub website: Option<String>,
}

impl From<&Contact> for ContactExport {
    fn from(c: &Contact) -> Self {
        Self {
            phone: c.phone.clone(),
            zalo: c.zalo.clone(),
            email: c.email.clone(),
            website: c.website.clone(),
        }
    }
}

/// A producer (chủ thể OCOP).
#[derive(Debug, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct ProducerExport {
    /// Permanent slug.
    pub slug: String,
    /// Registered name.
    pub name: Texts,
    /// Legal form.
    pub kind: LegalForm,
    /// Commune slug.
    pub commune: String,
    /// Postal address.
    pub address: Texts,
    /// Contact details.
    pub contact: ContactExport,
    /// Photos.
    pub images: Vec<ImageExport>,
    /// Page URL by language.
    pub urls: BTreeMap<String, AbsoluteUrl>,
    /// Slugs of its products.
    pub products: Vec<String>,
    /// Invented example data.
    pub sample: bool,
}

/// A point on the map, WGS 84 decimal degrees.
#[derive(Debug, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct GeoExport {
    /// Latitude, −90…90.
    pub lat: f64,
    /// Longitude, −180…180.
    pub lon: f64,
}

/// A commune, ward or special zone; or a former unit (`merged_into`).
#[derive(Debug, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct CommuneExport {
    /// Permanent slug.
    pub slug: String,
    /// Name with its kind, e.g. "Xã Nhơn Sơn".
    pub name: Texts,
    /// Kind of unit.
    pub kind: UnitKind,
    /// For a former unit: the slug of the commune it was merged into (which
    /// may itself have been merged); null for a current unit.
    pub merged_into: Option<String>,
    /// For a former unit: the day the merger took effect.
    pub merged_on: Option<IsoDate>,
    /// District label.
    pub district: Texts,
    /// Province label.
    pub province: Texts,
    /// Approximate centre.
    pub geo: Option<GeoExport>,
    /// Photos.
    pub images: Vec<ImageExport>,
    /// Page URL by language.
    pub urls: BTreeMap<String, AbsoluteUrl>,
    /// Slugs of its products.
    pub products: Vec<String>,
    /// Invented example data.
    pub sample: bool,
}

/// A tourism point.
#[derive(Debug, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct TourismExport {
    /// Permanent slug.
    pub slug: String,
    /// Name.
    pub name: Texts,
    /// One-sentence summary.
    pub summary: Texts,
    /// Opening hours as free text.
    pub opening_hours: Texts,
    /// Commune slug: the current unit.
    pub commune: String,
    /// Slug of the former unit it was recorded under (merged into
    /// `commune`), if any.
    pub former_commune: Option<String>,
    /// Location.
    pub geo: Option<GeoExport>,
    /// Contact details.
    pub contact: ContactExport,
    /// Photos.
    pub images: Vec<ImageExport>,
    /// Page URL by language.
    pub urls: BTreeMap<String, AbsoluteUrl>,
    /// Slugs of the products showcased there.
    pub products: Vec<String>,
    /// Invented example data.
    pub sample: bool,
}

/// The JSON Schema of [`CatalogExport`], with `$id` set to its absolute URL.
pub(crate) fn schema(site: &Site) -> Result<Schema, FeedError> {
    let mut schema = schemars::generate::SchemaSettings::draft2020_12()
        .into_generator()
        .into_root_schema_for::<CatalogExport>();
    let id = url(site.urls().absolute_asset(SCHEMA_PATH))?;
    schema.insert("$id".to_owned(), serde_json::Value::String(id.0));
    Ok(schema)
}

/// The schema file's bytes.
pub(crate) fn schema_bytes(site: &Site) -> Result<Vec<u8>, FeedError> {
    let mut bytes = serde_json::to_vec_pretty(&schema(site)?)?;
    bytes.push(b'\n');
    Ok(bytes)
}

/// The export file's bytes.
pub fn export_bytes(site: &Site) -> Result<Vec<u8>, FeedError> {
    let mut bytes = serde_json::to_vec_pretty(&export(site)?)?;
    bytes.push(b'\n');
    Ok(bytes)
}

/// Values of a translatable field in the languages they are written in.
fn texts<F, T>(record: &Record<F, T>, get: impl Fn(&T) -> Option<&Local<String>>) -> Texts {
    record
        .versions
        .iter()
        .filter_map(|(lang, v)| {
            let local = get(&v.text)?;
            (local.lang == *lang && !local.value.trim().is_empty())
                .then(|| (lang.clone(), strip_unwanted(&local.value).into_owned()))
        })
        .collect()
}

/// The body of product `i` as plain text in the languages it is written in.
fn body_texts(site: &Site, i: usize) -> Texts {
    site.catalog().products[i]
        .versions
        .iter()
        .filter(|(lang, v)| v.body.lang == **lang && !v.body.is_empty())
        .map(|(lang, _)| {
            (
                lang.clone(),
                site.body_text(Section::Products, i, lang).to_owned(),
            )
        })
        .collect()
}

/// A site setting in each language; a translation equal to the default
/// text counts as untranslated (the setting fell back to it).
fn site_texts(t: &crate::config::Translations, langs: &[String]) -> Texts {
    let default = langs.first().map_or("", |l| t.get(l));
    langs
        .iter()
        .enumerate()
        .map(|(i, l)| (i, l.clone(), strip_unwanted(t.get(l)).into_owned()))
        .filter(|(i, _, v)| !v.is_empty() && (*i == 0 || v != default))
        .map(|(_, l, v)| (l, v))
        .collect()
}

fn page_urls(site: &Site, rel: &str) -> Result<BTreeMap<String, AbsoluteUrl>, FeedError> {
    site.catalog()
        .site
        .languages
        .iter()
        .map(|l| Ok((l.clone(), url(site.urls().absolute(l, rel))?)))
        .collect()
}

fn images<F, T>(
    site: &Site,
    section: Section,
    record: &Record<F, T>,
    files: &[String],
    alts: impl Fn(&T) -> Option<&Local<Vec<String>>>,
) -> Result<Vec<ImageExport>, FeedError> {
    files
        .iter()
        .enumerate()
        .map(|(i, file)| {
            let photo = site.feed_photo(section, &record.slug, file);
            let alt = record
                .versions
                .iter()
                .filter_map(|(lang, v)| {
                    let a = alts(&v.text)?;
                    let text = a.value.get(i)?;
                    (a.lang == *lang && !text.trim().is_empty())
                        .then(|| (lang.clone(), one_line(text)))
                })
                .collect();
            Ok(ImageExport {
                url: url(photo.url)?,
                width: photo.width,
                height: photo.height,
                alt,
            })
        })
        .collect()
}

fn geo(g: Option<crate::model::Geo>) -> Option<GeoExport> {
    g.map(|g| GeoExport {
        lat: g.lat,
        lon: g.lon,
    })
}

/// Builds the export of the whole catalogue.
pub(crate) fn export(site: &Site) -> Result<CatalogExport, FeedError> {
    let c = site.catalog();
    let config = &c.site;
    let langs = &config.languages;
    let enabled = config.feeds.enabled;
    let products = c
        .products
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let f = &p.fields;
            let certificate = f.certificate.as_ref().map(|cert| CertificateExport {
                number: cert.number.clone(),
                date: date(cert.date),
                issuer: cert.issuer.clone(),
                lapses_on: date(cert.lapses_on()),
                status: match c.certificate_status(p) {
                    CertificateStatus::Certified(_) => CertificateState::Certified,
                    CertificateStatus::Expiring(_) => CertificateState::Expiring,
                    CertificateStatus::Lapsed => CertificateState::Lapsed,
                    CertificateStatus::NotCertified => CertificateState::NotCertified,
                },
                stars: f.stars,
            });
            Ok(ProductExport {
                slug: p.slug.clone(),
                id: p.feed_id().to_owned(),
                sku: f.sku.clone(),
                gtin: f.gtin.clone(),
                name: texts(p, |t| Some(&t.name)),
                summary: texts(p, |t| t.summary.as_ref()),
                unit: texts(p, |t| t.unit.as_ref()),
                description: body_texts(site, i),
                group: f.group,
                group_number: f.group.number(),
                subgroup: f.subgroup.clone(),
                google_product_category: google_category(f.group, f.subgroup.as_deref()),
                producer: f.producer.as_ref().map(|s| s.get_ref().clone()),
                commune: f.commune.get_ref().clone(),
                former_commune: f.former_commune.as_ref().map(|s| s.get_ref().clone()),
                tourism_points: c
                    .tourism_of_product(&p.slug)
                    .into_iter()
                    .map(|t| t.slug.clone())
                    .collect(),
                rating: c.rating(p),
                certificate,
                price: f.price.map(|amount| PriceExport {
                    amount,
                    currency: "VND".to_owned(),
                }),
                availability: f.availability,
                available_from: f.available_from.map(date),
                added: f.added.map(date),
                images: images(site, Section::Products, p, &f.images, |t| {
                    t.image_alt.as_ref()
                })?,
                urls: page_urls(site, &Urls::record(Section::Products, &p.slug))?,
                buy: f
                    .buy
                    .iter()
                    .map(|b| {
                        Ok(BuyExport {
                            kind: b.kind,
                            url: url(b.url.clone())?,
                        })
                    })
                    .collect::<Result<_, FeedError>>()?,
                featured: f.featured,
                sample: f.sample,
                feeds: ListingExport {
                    google_merchant: listing_state(enabled, listing::google_reason(site, p)),
                    meta: listing_state(enabled, listing::meta_reason(site, p)),
                },
            })
        })
        .collect::<Result<_, FeedError>>()?;
    let slugs = |ps: Vec<&crate::model::Product>| ps.into_iter().map(|p| p.slug.clone()).collect();
    let producers = c
        .producers
        .iter()
        .map(|x| {
            Ok(ProducerExport {
                slug: x.slug.clone(),
                name: texts(x, |t| Some(&t.name)),
                kind: x.fields.kind,
                commune: x.fields.commune.get_ref().clone(),
                address: texts(x, |t| t.address.as_ref()),
                contact: (&x.fields.contact).into(),
                images: images(site, Section::Producers, x, &x.fields.images, |_| None)?,
                urls: page_urls(site, &Urls::record(Section::Producers, &x.slug))?,
                products: slugs(c.products_of_producer(&x.slug)),
                sample: x.fields.sample,
            })
        })
        .collect::<Result<_, FeedError>>()?;
    let communes = c
        .communes
        .iter()
        .map(|x| {
            Ok(CommuneExport {
                slug: x.slug.clone(),
                name: texts(x, |t| Some(&t.name)),
                kind: x.fields.kind,
                merged_into: x.fields.merged_into.as_ref().map(|s| s.get_ref().clone()),
                merged_on: x.fields.merged_on.map(date),
                district: texts(x, |t| t.district.as_ref()),
                province: texts(x, |t| t.province.as_ref()),
                geo: geo(x.fields.geo),
                images: images(site, Section::Communes, x, &x.fields.images, |_| None)?,
                urls: page_urls(site, &Urls::record(Section::Communes, &x.slug))?,
                products: slugs(c.products_in_commune(&x.slug)),
                sample: x.fields.sample,
            })
        })
        .collect::<Result<_, FeedError>>()?;
    let tourism_points = c
        .tourism
        .iter()
        .map(|x| {
            Ok(TourismExport {
                slug: x.slug.clone(),
                name: texts(x, |t| Some(&t.name)),
                summary: texts(x, |t| t.summary.as_ref()),
                opening_hours: texts(x, |t| t.opening_hours.as_ref()),
                commune: x.fields.commune.get_ref().clone(),
                former_commune: x
                    .fields
                    .former_commune
                    .as_ref()
                    .map(|s| s.get_ref().clone()),
                geo: geo(x.fields.geo),
                contact: (&x.fields.contact).into(),
                images: images(site, Section::Tourism, x, &x.fields.images, |t| {
                    t.image_alt.as_ref()
                })?,
                urls: page_urls(site, &Urls::record(Section::Tourism, &x.slug))?,
                products: slugs(c.products_of_tourism(&x.slug)),
                sample: x.fields.sample,
            })
        })
        .collect::<Result<_, FeedError>>()?;
    Ok(CatalogExport {
        schema: url(site.urls().absolute_asset(SCHEMA_PATH))?,
        generator: format!("ocop {}", env!("CARGO_PKG_VERSION")),
        as_of: date(c.today),
        site: SiteExport {
            title: site_texts(&config.title, langs),
            description: site_texts(&config.description, langs),
            base_url: url(config.base_url.clone())?,
            default_language: config.default_language.clone(),
            languages: langs.clone(),
            district: site_texts(&config.district, langs),
            province: site_texts(&config.province, langs),
            office: site_texts(&config.contact.office, langs),
            address: site_texts(&config.contact.address, langs),
            email: config.contact.email.clone(),
            phone: config.contact.phone.clone(),
            urls: page_urls(site, "")?,
        },
        products,
        producers,
        communes,
        tourism_points,
    })
}
