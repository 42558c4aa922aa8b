//! Products: the OCOP goods (and tourism services) of the catalogue.

use jiff::civil::Date;
use serde::Serialize;
use toml::Spanned;

use super::common::{calendar_date, is_https, read_date, read_images, read_ref, read_refs};
use super::kind::{
    Kind, Localized, Neutral, ReadContext, lang_of, local_optional, local_text, not_in,
};
use super::record::Local;
use super::vocab::{Availability, BuyKind, Group};
use crate::content::FieldReader;
use crate::content::Section;
use crate::diagnostics::{Code, Diagnostic, closest};
use crate::messages::Message;

/// Google Merchant spec: `id` is at most 50 characters.
pub const MAX_SKU_CHARS: usize = 50;

/// Language-neutral product fields (set in `index.md` only).
#[derive(Debug, Clone)]
pub struct ProductFields {
    /// OCOP product group.
    pub group: Group,
    /// Subgroup within the group (see [`Group::subgroups`]).
    pub subgroup: Option<String>,
    /// Slug of the producer (chủ thể), when known.
    pub producer: Option<Spanned<String>>,
    /// Slug of the commune the product comes from: the current unit.
    pub commune: Spanned<String>,
    /// Slug of the former unit the product was recorded under (the plan's
    /// "xã Ma Nới"), merged into `commune` (issue #15).
    pub former_commune: Option<Spanned<String>>,
    /// OCOP star rating, 1–5 (only 3–5 are certified OCOP products).
    pub stars: Option<u8>,
    /// The rating decision.
    pub certificate: Option<Certificate>,
    /// Retail price in whole VND.
    pub price: Option<u64>,
    /// Stock state.
    pub availability: Availability,
    /// For `preorder` and `backorder`: the day the product ships (Google
    /// Merchant spec: `availability_date` is required for those two states).
    pub available_from: Option<Date>,
    /// The day the product was added to the catalogue: dates its Atom feed
    /// entry and sitemap `lastmod` when it has no certificate.
    pub added: Option<Date>,
    /// Stable feed identifier, ≤ [`MAX_SKU_CHARS`] characters.
    pub sku: Option<String>,
    /// GTIN (EAN/UPC barcode digits).
    pub gtin: Option<String>,
    /// Photo file names in the bundle, first = main photo.
    pub images: Vec<String>,
    /// Shops and marketplaces selling the product.
    pub buy: Vec<BuyLink>,
    /// Slugs of tourism points where the product is showcased.
    pub tourism: Vec<Spanned<String>>,
    /// Shown on the home page.
    pub featured: bool,
    /// Invented example data (badge on pages; left out of feeds by default).
    pub sample: bool,
    /// Not published.
    pub draft: bool,
}

/// An OCOP rating decision (quyết định công nhận).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Certificate {
    /// Decision number, e.g. "1234/QĐ-UBND".
    pub number: String,
    /// Date of the decision.
    pub date: Date,
    /// Who issued it, e.g. "Ủy ban nhân dân tỉnh Ninh Thuận".
    pub issuer: Option<String>,
    /// Where the certificate is written in `index.md` (bytes), for diagnostics.
    #[serde(skip)]
    pub span: std::ops::Range<usize>,
}

/// OCOP certificates are valid for 36 months from the decision date
/// (Decision 148/QĐ-TTg 2023, art. on validity of OCOP recognition).
pub const CERTIFICATE_VALID_MONTHS: i32 = 36;

impl Certificate {
    /// The first day on which the certificate is no longer valid.
    pub fn lapses_on(&self) -> Date {
        self.date
            .checked_add(jiff::Span::new().months(CERTIFICATE_VALID_MONTHS))
            .unwrap_or(Date::MAX)
    }

    /// True when the certificate has lapsed on `today`.
    pub fn is_lapsed(&self, today: Date) -> bool {
        today >= self.lapses_on()
    }
}

/// A place to buy the product online.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BuyLink {
    /// Which marketplace or shop.
    pub kind: BuyKind,
    /// Absolute https URL of the product there.
    pub url: String,
}

/// Translatable product fields.
#[derive(Debug, Clone, Serialize)]
pub struct ProductText {
    /// Product name.
    pub name: Local<String>,
    /// One-sentence summary for lists and previews.
    pub summary: Option<Local<String>>,
    /// Sales unit / package, e.g. "hộp 500 g".
    pub unit: Option<Local<String>>,
    /// Alt texts of the photos, in the order of `images`.
    pub image_alt: Option<Local<Vec<String>>>,
}

impl Localized for ProductText {
    fn fields_not_in(&self, lang: &str) -> Vec<&'static str> {
        not_in(
            lang,
            &[
                ("name", Some(self.name.lang.as_str())),
                ("summary", lang_of(&self.summary)),
                ("unit", lang_of(&self.unit)),
                ("image_alt", lang_of(&self.image_alt)),
            ],
        )
    }

    fn name(&self) -> &Local<String> {
        &self.name
    }

    fn image_alt(&self) -> Option<&Local<Vec<String>>> {
        self.image_alt.as_ref()
    }
}

impl Neutral for ProductFields {
    fn images(&self) -> &[String] {
        &self.images
    }

    fn sample(&self) -> bool {
        self.sample
    }
}

/// The product kind of record.
pub struct ProductKind;

impl super::Product {
    /// The product's id in every feed (Google `g:id`, Meta `id`, the JSON
    /// export's `id`): its `sku`, else its slug. Stable as long as those are.
    pub fn feed_id(&self) -> &str {
        self.fields.sku.as_deref().unwrap_or(&self.slug)
    }

    /// The date the product last changed according to its data: the later
    /// of its certificate decision date and its `added` date (Atom entries,
    /// sitemap `lastmod`; never a file's time).
    pub fn data_date(&self) -> Option<Date> {
        let f = &self.fields;
        f.certificate.as_ref().map(|c| c.date).max(f.added)
    }
}

impl Kind for ProductKind {
    type Fields = ProductFields;
    type Text = ProductText;
    const SECTION: Section = Section::Products;
    const NEUTRAL: &'static [&'static str] = &[
        "group",
        "subgroup",
        "producer",
        "commune",
        "former_commune",
        "stars",
        "certificate",
        "price",
        "availability",
        "available_from",
        "added",
        "sku",
        "gtin",
        "images",
        "buy",
        "tourism",
        "featured",
        "sample",
        "draft",
    ];

    fn read_fields(r: &mut FieldReader<'_, '_>, cx: &ReadContext<'_>) -> Option<ProductFields> {
        let group = r.require::<Group>("group", Message::new("hint-group"));
        let subgroup = match group {
            Some(g) => read_subgroup(r, g),
            // A bad group is reported already; a subgroup is then not
            // "unknown", only not checkable.
            None => {
                r.has("subgroup");
                None
            }
        };
        let producer = r.spanned::<String>("producer");
        let commune = read_ref(r, "commune", Message::new("hint-commune"));
        let former_commune = r.spanned::<String>("former_commune");
        let stars = read_stars(r);
        let has_certificate = r.has("certificate");
        let certificate = read_certificate(r);
        if let Some(stars) = &stars
            && *stars.get_ref() >= 3
            && !has_certificate
        {
            let path = r.path();
            r.report(
                Diagnostic::error(Code::MissingCertificate)
                    .arg("stars", *stars.get_ref())
                    .at(path, stars.span()),
            );
        }
        let stars = stars.map(Spanned::into_inner);
        let price = read_price(r);
        let availability = r
            .get::<Availability>("availability")
            .unwrap_or(Availability::InStock);
        let available_from = read_date(r, "available_from");
        let added = read_date(r, "added");
        let sku = read_sku(r);
        let gtin = read_gtin(r);
        let images = read_images(r, cx.files);
        let buy = read_buy(r).unwrap_or_default();
        let tourism = read_refs(r, "tourism");
        let featured = r.get::<bool>("featured").unwrap_or(false);
        let sample = r.get::<bool>("sample").unwrap_or(false);
        let draft = r.get::<bool>("draft").unwrap_or(false);
        Some(ProductFields {
            group: group?,
            subgroup,
            producer,
            commune: commune?,
            former_commune,
            stars,
            certificate,
            price,
            availability,
            available_from,
            added,
            sku,
            gtin,
            images,
            buy,
            tourism,
            featured,
            sample,
            draft,
        })
    }

    fn read_text(
        r: &mut FieldReader<'_, '_>,
        lang: &str,
        fallback: Option<&ProductText>,
    ) -> Option<ProductText> {
        let name = local_text(
            r,
            "name",
            lang,
            fallback.map(|f| &f.name),
            Message::new("hint-name-product"),
        );
        let summary = local_optional(r, "summary", lang, fallback.map(|f| &f.summary));
        let unit = local_optional(r, "unit", lang, fallback.map(|f| &f.unit));
        let image_alt = local_optional(r, "image_alt", lang, fallback.map(|f| &f.image_alt));
        Some(ProductText {
            name: name?,
            summary,
            unit,
            image_alt,
        })
    }
}

fn read_subgroup(r: &mut FieldReader<'_, '_>, group: Group) -> Option<String> {
    let value = r.spanned::<String>("subgroup")?;
    let allowed = group.subgroups();
    if allowed.contains(&value.get_ref().as_str()) {
        return Some(value.into_inner());
    }
    let path = r.path();
    let d = Diagnostic::error(Code::UnknownSubgroup)
        .arg("value", value.get_ref())
        .arg("group", group.as_str())
        .arg("allowed", allowed.join(", "))
        .at(path, value.span());
    r.report(match closest(value.get_ref(), allowed) {
        Some(best) => d.variant("suggest").arg("best", best),
        None => d,
    });
    None
}

fn read_stars(r: &mut FieldReader<'_, '_>) -> Option<Spanned<u8>> {
    let stars = r.spanned::<i64>("stars")?;
    match u8::try_from(*stars.get_ref()) {
        Ok(n @ 1..=5) => Some(Spanned::new(stars.span(), n)),
        _ => {
            let path = r.path();
            r.report(
                Diagnostic::error(Code::BadStars)
                    .arg("stars", *stars.get_ref())
                    .at(path, stars.span()),
            );
            None
        }
    }
}

fn read_certificate(r: &mut FieldReader<'_, '_>) -> Option<Certificate> {
    let span = r.span("certificate")?;
    let mut c = r.table("certificate")?;
    let number = c.require::<String>("number", Message::new("hint-certificate-number"));
    let date =
        c.require_spanned::<toml::value::Datetime>("date", Message::new("hint-certificate-date"));
    let issuer = c.get::<String>("issuer");
    let date = date.and_then(|d| calendar_date(&mut c, "certificate.date", d));
    c.finish(None);
    Some(Certificate {
        number: number?,
        date: date?,
        issuer,
        span,
    })
}

fn read_price(r: &mut FieldReader<'_, '_>) -> Option<u64> {
    let price = r.spanned::<i64>("price")?;
    match u64::try_from(*price.get_ref()) {
        Ok(vnd) if vnd > 0 => Some(vnd),
        _ => {
            let path = r.path();
            r.report(
                Diagnostic::error(Code::BadPrice)
                    .arg("price", *price.get_ref())
                    .at(path, price.span()),
            );
            None
        }
    }
}

fn read_sku(r: &mut FieldReader<'_, '_>) -> Option<String> {
    let sku = r.spanned::<String>("sku")?;
    let count = sku.get_ref().chars().count();
    if count == 0 || count > MAX_SKU_CHARS {
        let path = r.path();
        r.report(
            Diagnostic::error(Code::BadSku)
                .variant("length")
                .arg("count", count)
                .arg("max", MAX_SKU_CHARS)
                .at(path, sku.span()),
        );
        return None;
    }
    let value = sku.get_ref();
    let d = Diagnostic::error(Code::BadSku).arg("sku", value.escape_debug().to_string());
    let problem = if let Some(c) = value.chars().find(|&c| is_invisible_in_id(c)) {
        Some(
            d.variant("invisible")
                .arg("char", format!("U+{:04X}", u32::from(c))),
        )
    } else if value.trim() != value || value.contains("  ") {
        Some(d.variant("spaces"))
    } else {
        None
    };
    if let Some(d) = problem {
        let path = r.path();
        r.report(d.at(path, sku.span()));
        return None;
    }
    Some(sku.into_inner())
}

/// True for a character Google Merchant Center refuses in an `id` ("ID
/// [id]", help article 6324405: control characters, format characters such
/// as U+200D, private-use characters, noncharacters) or that is white
/// space other than the ordinary space (U+0020), which it collapses.
fn is_invisible_in_id(c: char) -> bool {
    (c.is_whitespace() && c != ' ')
        || c.is_control()
        || matches!(c,
            // Format characters (general category Cf).
            '\u{ad}' | '\u{600}'..='\u{605}' | '\u{61c}' | '\u{6dd}' | '\u{70f}' | '\u{890}'..='\u{891}'
            | '\u{8e2}' | '\u{180e}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{206f}' | '\u{feff}' | '\u{fff9}'..='\u{fffb}'
            | '\u{110bd}' | '\u{110cd}' | '\u{13430}'..='\u{1343f}' | '\u{1bca0}'..='\u{1bca3}'
            | '\u{1d173}'..='\u{1d17a}' | '\u{e0001}' | '\u{e0020}'..='\u{e007f}'
            // Private use.
            | '\u{e000}'..='\u{f8ff}' | '\u{f0000}'..='\u{ffffd}' | '\u{100000}'..='\u{10fffd}'
            // Noncharacters.
            | '\u{fdd0}'..='\u{fdef}')
        || (u32::from(c) & 0xfffe) == 0xfffe
}

fn read_gtin(r: &mut FieldReader<'_, '_>) -> Option<String> {
    let gtin = r.spanned::<String>("gtin")?;
    if is_valid_gtin(gtin.get_ref()) {
        return Some(gtin.into_inner());
    }
    let path = r.path();
    r.report(
        Diagnostic::error(Code::BadGtin)
            .arg("gtin", gtin.get_ref())
            .at(path, gtin.span()),
    );
    None
}

/// True for a GTIN-8, -12, -13 or -14 whose last digit is the GS1 check
/// digit (weights 3,1,3,1… from the right, excluding the check digit).
pub fn is_valid_gtin(gtin: &str) -> bool {
    if !matches!(gtin.len(), 8 | 12 | 13 | 14) || !gtin.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let digits: Vec<u32> = gtin.bytes().map(|b| u32::from(b - b'0')).collect();
    let (body, check) = digits.split_at(digits.len() - 1);
    let sum: u32 = body
        .iter()
        .rev()
        .enumerate()
        .map(|(i, d)| if i % 2 == 0 { d * 3 } else { *d })
        .sum();
    (10 - sum % 10) % 10 == check[0]
}

fn read_buy(r: &mut FieldReader<'_, '_>) -> Option<Vec<BuyLink>> {
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct RawLink {
        kind: BuyKind,
        url: String,
    }
    let links = r.spanned::<Vec<RawLink>>("buy")?;
    let span = links.span();
    let path = r.path();
    let mut ok = Vec::new();
    for link in links.into_inner() {
        if is_https(&link.url) {
            ok.push(BuyLink {
                kind: link.kind,
                url: link.url,
            });
        } else {
            r.report(
                Diagnostic::error(Code::BadUrl)
                    .arg("url", link.url)
                    .at(path, span.clone()),
            );
        }
    }
    Some(ok)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gtin_check_digits() {
        assert!(is_valid_gtin("8934563138165")); // EAN-13
        assert!(!is_valid_gtin("8934563138164"));
        assert!(is_valid_gtin("96385074")); // EAN-8
        assert!(is_valid_gtin("036000291452")); // UPC-A
        assert!(is_valid_gtin("10036000291459")); // GTIN-14
        assert!(!is_valid_gtin("12345"));
        assert!(!is_valid_gtin("893456313816x"));
    }

    #[test]
    fn ids_refuse_invisible_characters() {
        for ok in ['A', '-', '_', '&', '<', ' ', 'Đ', 'ư', '🍯'] {
            assert!(!is_invisible_in_id(ok), "{ok:?}");
        }
        for bad in [
            '\u{0}',
            '\u{7}',
            '\t',
            '\n',
            '\r',
            '\u{85}',
            '\u{a0}',
            '\u{3000}',
            '\u{200b}',
            '\u{200d}',
            '\u{202e}',
            '\u{2066}',
            '\u{feff}',
            '\u{e000}',
            '\u{fdd0}',
            '\u{fffe}',
            '\u{1fffe}',
            '\u{10fffd}',
            '\u{e0041}',
        ] {
            assert!(is_invisible_in_id(bad), "{:04X}", u32::from(bad));
        }
    }

    #[test]
    fn certificates_lapse_after_36_months() {
        let c = Certificate {
            number: "1/QĐ-UBND".into(),
            date: Date::new(2022, 8, 31).unwrap(),
            issuer: None,
            span: 0..0,
        };
        assert_eq!(c.lapses_on(), Date::new(2025, 8, 31).unwrap());
        assert!(!c.is_lapsed(Date::new(2025, 8, 30).unwrap()));
        assert!(c.is_lapsed(Date::new(2025, 8, 31).unwrap()));
    }
}
