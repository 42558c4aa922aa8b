//! What the print pack shows, as plain values: one [`Edition`] per language,
//! serialised to the JSON document the templates read with
//! `json("/data.json")`, and the photos it names.
//!
//! Every text arrives ready to print (prices, dates and star labels already
//! formatted for the edition's language), so the templates only lay out.
//! Nothing here is Typst source: a product name is a string value, and
//! `#set`, `*`, `$x$` or `]` in it print as themselves.

use std::collections::BTreeMap;
use std::path::PathBuf;

use jiff::civil::Date;
use serde::Serialize;

/// Everything the print pack needs, for every language of the site.
#[derive(Debug, Clone)]
pub struct PrintData {
    /// One edition per language of the site, the default language first.
    pub editions: Vec<Edition>,
    /// The photos the editions name, by virtual path (`/photos/<hex>.jpg`).
    pub photos: BTreeMap<String, PhotoFile>,
    /// The build's "today" (`--today`, `SOURCE_DATE_EPOCH` or the clock):
    /// the creation date written into every PDF.
    pub today: Date,
}

impl PrintData {
    /// The edition in `lang`.
    pub fn edition(&self, lang: &str) -> Option<&Edition> {
        self.editions.iter().find(|e| e.lang == lang)
    }

    /// Number of products (the same in every edition).
    pub fn product_count(&self) -> usize {
        self.editions.first().map_or(0, |e| {
            e.groups.iter().map(|g| g.products.len()).sum::<usize>()
        })
    }
}

/// A photo as the print pack uses it: a cached JPEG variant made by the
/// images stage (re-encoded from pixels, so without EXIF/GPS data), never
/// the original.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhotoFile {
    /// The variant's file (in the image cache).
    pub file: PathBuf,
    /// The variant's cache key (BLAKE3 of the photo's bytes and the
    /// variant's parameters): stands for the file's bytes in the print
    /// pack's cache key without reading them.
    pub key: [u8; 32],
}

/// The print pack in one language: the catalogue and price list of that
/// language read it; the shelf cards read the default language's.
#[derive(Debug, Clone, Serialize)]
pub struct Edition {
    /// BCP 47 code (`vi`, `en`).
    pub lang: String,
    /// The language of the names printed under each name (`en` under `vi`,
    /// `vi` under the others); `None` on a one-language site.
    pub other_lang: Option<String>,
    /// "Today", formatted for the language (`29/11/2026`, `29 November 2026`).
    pub date: String,
    /// The big year on the cover, from `[print] year` (the year of the
    /// OCOP round the catalogue lists); `None`, the default, prints none:
    /// the build's year is not the round's (issue #16, review item 25).
    pub year: Option<i16>,
    /// The site: title, region, office.
    pub site: SiteInfo,
    /// Interface strings of the language, by i18n key (`print.contents`,
    /// `group.food`, …), from the theme's `i18n/<lang>.toml`.
    pub strings: BTreeMap<&'static str, String>,
    /// The same strings in `other_lang` (bilingual labels of the shelf
    /// cards); empty on a one-language site.
    pub other_strings: BTreeMap<&'static str, String>,
    /// True when some record is invented sample data (`sample = true`).
    pub has_sample: bool,
    /// The OCOP groups that have products, in group order (1–6).
    pub groups: Vec<GroupSection>,
    /// Tourism points, in alphabetical order of their name.
    pub tourism: Vec<PrintTourism>,
    /// Communes with products, in alphabetical order: the catalogue's index.
    pub communes: Vec<CommuneIndex>,
}

/// The site as the cover and the page footers show it.
#[derive(Debug, Clone, Serialize)]
pub struct SiteInfo {
    /// Site title (`Sản phẩm OCOP huyện Ninh Sơn`).
    pub title: String,
    /// The district and province the title does not already name, for a
    /// line of its own (`Tỉnh Ninh Thuận` under `Sản phẩm OCOP huyện Ninh
    /// Sơn`); empty when the title names them all or the site sets
    /// neither.
    pub subtitle: String,
    /// The title followed by the rest of the region, as one line:
    /// `Sản phẩm OCOP huyện Ninh Sơn, tỉnh Ninh Thuận` (administrative
    /// words in lower case inside a line, issue #16, review item 24).
    pub title_line: String,
    /// The office publishing the catalogue.
    pub office: String,
    /// Its postal address.
    pub address: String,
    /// E-mail.
    pub email: Option<String>,
    /// Phone.
    pub phone: Option<String>,
    /// QR code of the home page in this language (`None` when the address
    /// is too long for one).
    pub qr: Option<QrCode>,
}

/// One OCOP group and its products.
#[derive(Debug, Clone, Serialize)]
pub struct GroupSection {
    /// The group's code (`food`).
    pub key: &'static str,
    /// The OCOP group number, 1–6.
    pub number: u8,
    /// Its label in the language (`Thực phẩm`).
    pub label: String,
    /// "17 sản phẩm" / "17 products".
    pub count: String,
    /// Products, in alphabetical order of their name in the language.
    pub products: Vec<PrintProduct>,
}

/// A product as printed.
#[derive(Debug, Clone, Serialize)]
pub struct PrintProduct {
    /// Permanent slug.
    pub slug: String,
    /// Name in the edition's language (the default language's when
    /// untranslated).
    pub name: String,
    /// The language `name` is written in.
    pub name_lang: String,
    /// The name in the other language, when it differs from `name`.
    pub other_name: Option<String>,
    /// One-sentence summary.
    pub summary: Option<String>,
    /// Sales unit (`hộp 500 g`).
    pub unit: Option<String>,
    /// The unit in the other language, when it differs.
    pub other_unit: Option<String>,
    /// Producer (chủ thể) name.
    pub producer: Option<String>,
    /// The producer's phone, printed where the product has no price
    /// (`Giá: liên hệ 0912 345 678`, issue #16, review item 26).
    pub producer_phone: Option<String>,
    /// The sales unit without its brackets, for a line that has its own
    /// (`quả 1,5–2 kg` for `quả (1,5–2 kg)`, issue #16, review item 23).
    pub pack: Option<String>,
    /// True when another product of the edition has the same name: the
    /// catalogue's contents then add its commune (`Dưa lưới – Xã Mỹ Sơn ·
    /// quả 1,5–2 kg`).
    pub namesake: bool,
    /// Commune name.
    pub commune: Option<String>,
    /// OCOP stars while certified (3–5), with their label
    /// (`Sản phẩm OCOP 4 sao`); `None` when not rated or lapsed.
    pub rating: Option<Rating>,
    /// The rating decision, also when it has lapsed.
    pub certificate: Option<CertificateInfo>,
    /// Retail price.
    pub price: Option<Price>,
    /// The fair's price (shelf cards print it beside the struck-out
    /// retail price). The content format has no sale price yet (issue #17
    /// adds `sale_price`): [`super::gather`] leaves it `None`.
    pub sale_price: Option<Price>,
    /// Main photo; `None` when the product has none (the layouts then
    /// close up, leaving no hole).
    pub photo: Option<PrintPhoto>,
    /// The QR code: the product's page, or its first shop link with
    /// `[kiosk] qr_target = "marketplace"`; `None` when the address is too
    /// long for a QR code (a warning says so).
    pub qr: Option<QrCode>,
    /// Invented example data: printed with the site's "sample data" badge.
    pub sample: bool,
}

/// A star rating.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Rating {
    /// 3–5.
    pub stars: u8,
    /// `Sản phẩm OCOP 4 sao` / `4-star OCOP product`.
    pub label: String,
}

/// An OCOP rating decision (quyết định công nhận).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CertificateInfo {
    /// Number and date, and the issuer when known:
    /// `9168/QĐ-UBND, 28/12/2023 – Ủy ban nhân dân tỉnh Ninh Thuận`.
    pub reference: String,
    /// `Hiệu lực đến 28/12/2026`, or when lapsed `Đã hết hiệu lực từ …`.
    pub validity: String,
    /// True when the certificate is more than 36 months old.
    pub lapsed: bool,
}

/// A price in whole VND.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Price {
    /// Whole VND.
    pub vnd: u64,
    /// Formatted for the language (`150.000 ₫`, `₫150,000`).
    pub text: String,
}

/// A photo in a layout.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PrintPhoto {
    /// Virtual path of the JPEG (a key of [`PrintData::photos`]).
    pub path: String,
    /// Alternative text (the record's `image_alt`, else its name).
    pub alt: String,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
}

/// A QR code, drawn as vectors.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QrCode {
    /// The address it holds.
    pub url: String,
    /// A standalone SVG document of its modules (the template places it
    /// with `image(bytes(qr.svg))`).
    pub svg: String,
    /// What scanning it does (`Quét mã để xem trên điện thoại`).
    pub caption: String,
}

/// A tourism point as printed.
#[derive(Debug, Clone, Serialize)]
pub struct PrintTourism {
    /// Permanent slug.
    pub slug: String,
    /// Name in the edition's language.
    pub name: String,
    /// The language `name` is written in.
    pub name_lang: String,
    /// The name in the other language, when it differs.
    pub other_name: Option<String>,
    /// One-sentence summary.
    pub summary: Option<String>,
    /// Commune name.
    pub commune: Option<String>,
    /// Opening hours.
    pub opening_hours: Option<String>,
    /// Phone.
    pub phone: Option<String>,
    /// Names of the products showcased there.
    pub products: Vec<String>,
    /// Main photo.
    pub photo: Option<PrintPhoto>,
    /// QR code of its page (`None` when the address is too long for one).
    pub qr: Option<QrCode>,
    /// Invented example data.
    pub sample: bool,
}

/// A commune and its products, for the catalogue's index.
#[derive(Debug, Clone, Serialize)]
pub struct CommuneIndex {
    /// Commune name.
    pub name: String,
    /// Its products, in alphabetical order.
    pub products: Vec<IndexEntry>,
}

/// A product in the index: the template finds its page by the slug.
#[derive(Debug, Clone, Serialize)]
pub struct IndexEntry {
    /// Slug (the label of its catalogue entry is `product-<slug>`).
    pub slug: String,
    /// Name.
    pub name: String,
    /// The sales unit without its brackets, when another product of the
    /// commune has the same name (four "Dưa lưới" are told apart by their
    /// packs).
    pub detail: Option<String>,
}
