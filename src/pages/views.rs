//! What templates see: small serialisable views of records, built per page
//! and per language, holding only what that page shows (never the whole
//! catalogue, so a page's context stays small at national scale).

use serde::Serialize;

use super::Render;
use crate::content::Section;
use crate::images::Rendition;
use crate::model::{
    CertificateStatus, Commune, Contact, Entry, Local, Producer, Product, TourismPoint,
};
use crate::site::Urls;
use crate::site::photo::alt_text;
use crate::text::{format_date, format_price};

/// A photo as templates use it: its responsive variants (see the
/// `picture()` function in `images::picture`, which turns this into a
/// `<picture>` element).
#[derive(Debug, Clone, Serialize)]
pub(super) struct ImageView {
    /// Root-relative URL of the JPEG for a plain `<img src>` (the widest
    /// variant up to 1280 px).
    pub src: String,
    /// Absolute URL of the largest JPEG variant (JSON-LD, zoom).
    pub absolute: String,
    /// Alternative text.
    pub alt: String,
    /// Width in pixels of `src`.
    pub width: u32,
    /// Height in pixels of `src`.
    pub height: u32,
    /// `srcset` of the JPEG variants (`/…/photo-320w.1a2b3c4d.jpg 320w, …`).
    pub srcset: String,
    /// `srcset` of the WebP variants (a width whose WebP was not smaller
    /// falls back to its JPEG), `None` when no WebP is smaller.
    pub srcset_webp: Option<String>,
    /// The square thumbnail for lists.
    pub thumb: VariantView,
    /// The Open Graph crop (1200×630 unless the photo is smaller).
    pub og: VariantView,
    /// The largest JPEG variant (merchant feeds, zoom).
    pub large: VariantView,
}

/// One variant of a photo.
#[derive(Debug, Clone, Serialize)]
pub(super) struct VariantView {
    /// Root-relative URL of the JPEG.
    pub src: String,
    /// Absolute URL of the JPEG (`og:image`, JSON-LD).
    pub absolute: String,
    /// Root-relative URL of the WebP, when it is smaller than the JPEG.
    pub webp: Option<String>,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
}

/// A link to another page.
#[derive(Debug, Clone, Serialize)]
pub(super) struct LinkView {
    /// Link text, with the language it is written in.
    pub name: Local<String>,
    /// Root-relative URL.
    pub url: String,
}

/// A label from the theme's i18n strings, with the code it stands for.
#[derive(Debug, Clone, Serialize)]
pub(super) struct Label {
    /// The code as written in records (`food`, `in_stock`).
    pub code: String,
    /// The label in the page's language.
    pub label: String,
}

/// A product in a list.
#[derive(Debug, Clone, Serialize)]
pub(super) struct ProductCard {
    /// Permanent slug.
    pub slug: String,
    /// Root-relative URL of its page.
    pub url: String,
    /// Name.
    pub name: Local<String>,
    /// One-sentence summary.
    pub summary: Option<Local<String>>,
    /// Formatted price ("250.000 ₫" / "₫250,000"), if known.
    pub price: Option<String>,
    /// Sales unit.
    pub unit: Option<Local<String>>,
    /// Current OCOP stars (3–5), only while certified.
    pub stars: Option<u8>,
    /// Main photo.
    pub image: Option<ImageView>,
    /// Commune name.
    pub commune: Option<Local<String>>,
    /// OCOP group.
    pub group: Label,
    /// Invented example data.
    pub sample: bool,
}

/// A producer, commune or tourism point in a list.
#[derive(Debug, Clone, Serialize)]
pub(super) struct RecordCard {
    /// Permanent slug.
    pub slug: String,
    /// Root-relative URL of its page.
    pub url: String,
    /// Name.
    pub name: Local<String>,
    /// A short line under the name (summary, kind, address).
    pub detail: Option<Local<String>>,
    /// Main photo.
    pub image: Option<ImageView>,
    /// Number of products linked to it.
    pub product_count: usize,
    /// Invented example data.
    pub sample: bool,
}

/// The rating decision as shown on a product page.
#[derive(Debug, Clone, Serialize)]
pub(super) struct CertificateView {
    /// Decision number.
    pub number: String,
    /// Decision date, formatted for the page's language.
    pub date: String,
    /// Decision date, ISO 8601.
    pub date_iso: String,
    /// Issuer.
    pub issuer: Option<String>,
    /// Date it lapses, formatted.
    pub lapses: String,
    /// `certified`, `expiring` or `lapsed`.
    pub status: &'static str,
    /// Stars of the decision (shown struck through when lapsed).
    pub stars: u8,
}

/// A shop link.
#[derive(Debug, Clone, Serialize)]
pub(super) struct BuyView {
    /// Marketplace code and label.
    pub kind: Label,
    /// Absolute URL.
    pub url: String,
}

/// Everything a product page shows.
#[derive(Debug, Clone, Serialize)]
pub(super) struct ProductView {
    /// The list view of the product.
    #[serde(flatten)]
    pub card: ProductCard,
    /// All photos, main first.
    pub images: Vec<ImageView>,
    /// Body HTML (sanitised) and its language.
    pub body: Local<String>,
    /// False when the page shows Vietnamese text in place of a translation.
    pub translated: bool,
    /// Its producer.
    pub producer: Option<ProducerSummary>,
    /// Its commune.
    pub commune_link: Option<LinkView>,
    /// OCOP group and its list page.
    pub group_url: String,
    /// Subgroup label.
    pub subgroup: Option<Label>,
    /// Rating decision.
    pub certificate: Option<CertificateView>,
    /// Stock state.
    pub availability: Label,
    /// Online shops.
    pub buy: Vec<BuyView>,
    /// Tourism points showcasing it.
    pub tourism: Vec<LinkView>,
    /// Stable id.
    pub sku: Option<String>,
    /// GTIN.
    pub gtin: Option<String>,
    /// Price in whole VND, unformatted (structured data).
    pub price_vnd: Option<u64>,
    /// Other products of the same producer.
    pub related: Vec<ProductCard>,
    /// QR code of the page (or of the first shop link, `[kiosk] qr_target`);
    /// `None` when the address is too long for a QR code.
    pub qr: Option<crate::qr::Qr>,
    /// True when `qr` holds a shop link rather than the page.
    pub qr_is_shop: bool,
}

/// A producer as shown on its products' pages.
#[derive(Debug, Clone, Serialize)]
pub(super) struct ProducerSummary {
    /// Name and URL.
    #[serde(flatten)]
    pub link: LinkView,
    /// Legal form.
    pub kind: Label,
    /// Address.
    pub address: Option<Local<String>>,
    /// Phone, Zalo, e-mail, web site.
    pub contact: Contact,
    /// Invented example data.
    pub sample: bool,
}

impl Render<'_> {
    fn image(&self, section: Section, slug: &str, file: &str, alt: String) -> Option<ImageView> {
        let rel = format!("{}/{slug}/{file}", section.dir_name());
        let photo = self.site.images().photo(&rel)?;
        let variant = |r: &Rendition| VariantView {
            src: self.urls().asset(&r.jpeg),
            absolute: self.urls().absolute_asset(&r.jpeg),
            webp: r.webp.as_deref().map(|w| self.urls().asset(w)),
            width: r.width,
            height: r.height,
        };
        let responsive = photo.responsive();
        let srcset = |webp: bool| -> String {
            let items: Vec<String> = responsive
                .iter()
                .map(|r| {
                    let file = if webp {
                        r.webp.as_ref().unwrap_or(&r.jpeg)
                    } else {
                        &r.jpeg
                    };
                    format!("{} {}w", self.urls().asset(file), r.width)
                })
                .collect();
            items.join(", ")
        };
        let default = photo.default_rendition();
        Some(ImageView {
            src: self.urls().asset(&default.jpeg),
            absolute: self.urls().absolute_asset(&photo.largest().jpeg),
            alt,
            width: default.width,
            height: default.height,
            srcset: srcset(false),
            srcset_webp: responsive
                .iter()
                .any(|r| r.webp.is_some())
                .then(|| srcset(true)),
            thumb: variant(photo.thumb()),
            og: variant(photo.og()),
            large: variant(photo.largest()),
        })
    }

    /// Photos of a record with their alt texts; a missing alt text falls back
    /// to the record's name.
    fn photos(
        &self,
        section: Section,
        slug: &str,
        files: &[String],
        alts: Option<&Local<Vec<String>>>,
        name: &str,
    ) -> Vec<ImageView> {
        files
            .iter()
            .enumerate()
            .filter_map(|(i, file)| {
                let alt = alt_text(alts.map(|a| a.value.as_slice()), i, name);
                self.image(section, slug, file, alt)
            })
            .collect()
    }

    fn label(&self, lang: &str, prefix: &str, code: &str) -> Label {
        Label {
            code: code.to_owned(),
            label: self
                .i18n()
                .text(lang, &format!("{prefix}.{code}"))
                .to_owned(),
        }
    }

    /// The card of a product in `lang`.
    pub(super) fn product_card(&self, p: &Product, lang: &str) -> ProductCard {
        let text = &p.version(lang).text;
        let images = self.photos(
            Section::Products,
            &p.slug,
            &p.fields.images[..p.fields.images.len().min(1)],
            text.image_alt.as_ref(),
            &text.name.value,
        );
        ProductCard {
            slug: p.slug.clone(),
            url: self
                .urls()
                .page(lang, &Urls::record(Section::Products, &p.slug)),
            name: text.name.clone(),
            summary: text.summary.clone(),
            price: p.fields.price.map(|vnd| format_price(vnd, lang)),
            unit: text.unit.clone(),
            stars: self.catalog().rating(p),
            image: images.into_iter().next(),
            commune: self
                .catalog()
                .commune(p.fields.commune.get_ref())
                .map(|c| c.version(lang).text.name.clone()),
            group: self.label(lang, "group", p.fields.group.as_str()),
            sample: p.fields.sample,
        }
    }

    /// Everything the product page of `p` shows in `lang`; `body_html` is
    /// the rendered body.
    pub(super) fn product_view(&self, p: &Product, lang: &str, body_html: String) -> ProductView {
        let version = p.version(lang);
        let f = &p.fields;
        let producer = f
            .producer
            .as_ref()
            .and_then(|slug| self.catalog().producer(slug.get_ref()))
            .map(|pr| self.producer_summary(pr, lang));
        let certificate = f.certificate.as_ref().and_then(|c| {
            let status = match self.catalog().certificate_status(p) {
                CertificateStatus::Certified(_) => "certified",
                CertificateStatus::Expiring(_) => "expiring",
                CertificateStatus::Lapsed => "lapsed",
                CertificateStatus::NotCertified => return None,
            };
            Some(CertificateView {
                number: c.number.clone(),
                date: format_date(c.date, lang),
                date_iso: c.date.to_string(),
                issuer: c.issuer.clone(),
                lapses: format_date(c.lapses_on(), lang),
                status,
                stars: f.stars.unwrap_or_default(),
            })
        });
        let related = f
            .producer
            .as_ref()
            .map(|slug| self.catalog().products_of_producer(slug.get_ref()))
            .unwrap_or_default()
            .into_iter()
            .filter(|other| other.slug != p.slug)
            .take(8)
            .map(|other| self.product_card(other, lang))
            .collect();
        let qr_url = self.site.product_qr_target(p, lang);
        let qr_is_shop = f.buy.first().is_some_and(|b| b.url == qr_url);
        ProductView {
            qr: self.site.qr(&qr_url),
            qr_is_shop,
            card: self.product_card(p, lang),
            images: self.record_photos(Section::Products, p, lang),
            body: Local {
                value: body_html,
                lang: version.body.lang.clone(),
            },
            translated: version.translated,
            producer,
            commune_link: self
                .catalog()
                .commune(f.commune.get_ref())
                .map(|c| self.commune_link(c, lang)),
            group_url: self
                .urls()
                .page(lang, &format!("groups/{}/", f.group.as_str())),
            subgroup: f
                .subgroup
                .as_deref()
                .map(|s| self.label(lang, "subgroup", s)),
            certificate,
            availability: self.label(lang, "availability", f.availability.as_str()),
            buy: f
                .buy
                .iter()
                .map(|b| BuyView {
                    kind: self.label(lang, "buy_kind", b.kind.as_str()),
                    url: b.url.clone(),
                })
                .collect(),
            tourism: self
                .catalog()
                .tourism_of_product(&p.slug)
                .into_iter()
                .map(|t| self.tourism_link(t, lang))
                .collect(),
            sku: f.sku.clone(),
            gtin: f.gtin.clone(),
            price_vnd: f.price,
            related,
        }
    }

    /// A producer as shown on product pages.
    pub(super) fn producer_summary(&self, pr: &Producer, lang: &str) -> ProducerSummary {
        let text = &pr.version(lang).text;
        ProducerSummary {
            link: LinkView {
                name: text.name.clone(),
                url: self
                    .urls()
                    .page(lang, &Urls::record(Section::Producers, &pr.slug)),
            },
            kind: self.label(lang, "producer_kind", pr.fields.kind.as_str()),
            address: text.address.clone(),
            contact: pr.fields.contact.clone(),
            sample: pr.fields.sample,
        }
    }

    /// Name and URL of a commune.
    pub(super) fn commune_link(&self, c: &Commune, lang: &str) -> LinkView {
        LinkView {
            name: c.version(lang).text.name.clone(),
            url: self
                .urls()
                .page(lang, &Urls::record(Section::Communes, &c.slug)),
        }
    }

    /// Name and URL of a tourism point.
    pub(super) fn tourism_link(&self, t: &TourismPoint, lang: &str) -> LinkView {
        LinkView {
            name: t.version(lang).text.name.clone(),
            url: self
                .urls()
                .page(lang, &Urls::record(Section::Tourism, &t.slug)),
        }
    }

    /// The card of a producer.
    pub(super) fn producer_card(&self, pr: &Producer, lang: &str) -> RecordCard {
        let kind = Local {
            value: self
                .i18n()
                .text(lang, &pr.fields.kind.label_key())
                .to_owned(),
            lang: lang.to_owned(),
        };
        let products = self.catalog().products_of_producer(&pr.slug).len();
        self.record_card(Section::Producers, pr, lang, Some(kind), products)
    }

    /// The card of a commune.
    pub(super) fn commune_card(&self, c: &Commune, lang: &str) -> RecordCard {
        let district = c.version(lang).text.district.clone();
        let products = self.catalog().products_in_commune(&c.slug).len();
        self.record_card(Section::Communes, c, lang, district, products)
    }

    /// The card of a tourism point.
    pub(super) fn tourism_card(&self, t: &TourismPoint, lang: &str) -> RecordCard {
        let summary = t.version(lang).text.summary.clone();
        let products = self.catalog().products_of_tourism(&t.slug).len();
        self.record_card(Section::Tourism, t, lang, summary, products)
    }

    /// The card of `record` of `section`: `detail` is the short line under
    /// its name, `products` the number of products linked to it.
    fn record_card(
        &self,
        section: Section,
        record: &dyn Entry,
        lang: &str,
        detail: Option<Local<String>>,
        products: usize,
    ) -> RecordCard {
        RecordCard {
            slug: record.slug().to_owned(),
            url: self
                .urls()
                .page(lang, &Urls::record(section, record.slug())),
            name: record.name(lang).clone(),
            detail,
            image: self.record_photos(section, record, lang).into_iter().next(),
            product_count: products,
            sample: record.sample(),
        }
    }

    /// Every photo of `record` of `section`, with its alt text in `lang`.
    pub(super) fn record_photos(
        &self,
        section: Section,
        record: &dyn Entry,
        lang: &str,
    ) -> Vec<ImageView> {
        self.photos(
            section,
            record.slug(),
            record.images(),
            record.image_alt(lang),
            &record.name(lang).value,
        )
    }
}
