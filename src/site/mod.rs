//! The read-only `Site`: everything the outputs read, built once after
//! resolve (and the photos' probe) and then only read.
//!
//! It holds the catalogue, the URL scheme ([`Urls`]), the interface strings
//! ([`I18n`]), the photo plan ([`Images`]), and what more than one output
//! needs and should be made only once: every record's body rendered as
//! sanitised HTML and as plain text ([`Site::body_html`],
//! [`Site::body_text`]: computed when first asked for, then shared) and the
//! QR codes ([`Site::qr`]). Nothing visible in it changes
//! while the outputs run, so they may run in any order or in parallel.
//!
//! Also here, because several outputs use them: which pages the site has
//! ([`layout`]), how a photo is named from outside the site ([`photo`]),
//! which PDFs the print pack makes ([`PrintDocument`]), the one
//! Markdown path ([`markdown`]), and the order of lists in each language
//! ([`Site::order`]).

pub(crate) mod i18n;
pub mod layout;
pub mod markdown;
mod order;
pub mod photo;
mod print;
mod urls;

pub use i18n::I18n;
pub use layout::{List, Page, STAR_PAGES};
pub use print::{PRINT_DIR, PrintDocument};
pub use urls::Urls;

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use crate::config::{QrTarget, SiteConfig};
use crate::content::Section;
use crate::diagnostics::{Code, Diagnostic};
use crate::images::Images;
use crate::model::{Catalog, Product, Record, Selection};
use crate::qr::{self, Qr, QrCache};

/// A record's body in one language, rendered when first asked for.
#[derive(Default)]
struct Body {
    html: OnceLock<String>,
    text: OnceLock<String>,
}

/// The site the outputs are made from. See the module documentation.
pub struct Site {
    root: PathBuf,
    catalog: Catalog,
    urls: Urls,
    i18n: Arc<I18n>,
    images: Images,
    /// The bodies by section, then record × language.
    bodies: [Vec<Body>; 4],
    qr: QrCache,
    /// The products the kiosk shows (`[kiosk] products`).
    kiosk_products: Selection,
    /// Each section's records in each language's order.
    orders: order::Orders,
}

impl Site {
    /// The site of `catalog` (read from the project at `root`), with its
    /// probed (or generated) photos and the interface strings of its theme.
    pub fn new(root: &Path, catalog: Catalog, images: Images, i18n: Arc<I18n>) -> Self {
        let langs = catalog.site.languages.len();
        let bodies = Section::ALL.map(|s| {
            (0..catalog.records(s).len() * langs)
                .map(|_| Body::default())
                .collect()
        });
        Self {
            root: root.to_path_buf(),
            urls: Urls::new(&catalog.site),
            kiosk_products: Selection::kiosk(&catalog),
            orders: order::Orders::new(&catalog.site.languages),
            catalog,
            i18n,
            images,
            bodies,
            qr: QrCache::default(),
        }
    }

    /// The project root (bundles' and the theme's files are relative to it).
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The catalogue.
    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    /// The site settings (`content/site.toml`).
    pub fn config(&self) -> &SiteConfig {
        &self.catalog.site
    }

    /// The products the kiosk shows and searches: those of `[kiosk]
    /// products`, else every product (issue #18).
    pub fn kiosk_products(&self) -> &Selection {
        &self.kiosk_products
    }

    /// The indices of `section`'s records in the catalogue, in `lang`'s
    /// alphabetical order of their names in `lang`: Vietnamese order of the
    /// Vietnamese names for `vi`, English order of the English names for
    /// `en` (CLDR collation, ICU4X). Made on the first call for `lang`.
    ///
    /// Panics if `lang` is not a language of the site (a programming
    /// error).
    pub fn order(&self, lang: &str, section: Section) -> &[usize] {
        &self.orders.get(&self.catalog, lang, section).order
    }

    /// `records` of `section` (a producer's products, a commune's tourism
    /// points…) in the order of [`Self::order`] for `lang`, as every list
    /// of a `lang` page is.
    pub fn in_order<'r, F, T>(
        &self,
        lang: &str,
        section: Section,
        mut records: Vec<&'r Record<F, T>>,
    ) -> Vec<&'r Record<F, T>> {
        let rank = &self.orders.get(&self.catalog, lang, section).rank;
        records.sort_by_key(|r| {
            self.catalog
                .position(section, &r.slug)
                .map_or(usize::MAX, |i| rank[i])
        });
        records
    }

    /// The URL of every page and file.
    pub fn urls(&self) -> &Urls {
        &self.urls
    }

    /// The interface strings.
    pub fn i18n(&self) -> &I18n {
        &self.i18n
    }

    /// The interface string `key` in `lang`.
    pub fn text<'a>(&'a self, lang: &str, key: &'a str) -> &'a str {
        self.i18n.text(lang, key)
    }

    /// The photos: their variants and where they are.
    pub fn images(&self) -> &Images {
        &self.images
    }

    /// Gives the photos back (a build prunes their cache once the outputs
    /// are written).
    pub fn into_images(self) -> Images {
        self.images
    }

    /// The body of record `i` of `section` in `lang` as sanitised HTML for
    /// that language's pages (links resolved to its URLs), rendered on the
    /// first call and shared by every later one. Links that lead nowhere
    /// are left as written ([`markdown::check_links`] reports them).
    pub fn body_html(&self, section: Section, i: usize, lang: &str) -> &str {
        self.body(section, i, lang).html.get_or_init(|| {
            let record = self.catalog.records(section).get(i);
            let body = record.body(lang);
            markdown::to_html(
                body.markdown(),
                &self.link_base(lang, section, record.slug()),
            )
        })
    }

    /// The body of record `i` of `section` in `lang` as plain text
    /// ([`markdown::to_text`]), made on the first call and shared.
    pub fn body_text(&self, section: Section, i: usize, lang: &str) -> &str {
        self.body(section, i, lang).text.get_or_init(|| {
            let record = self.catalog.records(section).get(i);
            markdown::to_text(record.body(lang).markdown())
        })
    }

    fn body(&self, section: Section, i: usize, lang: &str) -> &Body {
        &self.bodies[section as usize][i * self.languages() + self.lang_index(lang)]
    }

    /// Where the links of a body in `lang` of record `slug` lead from.
    pub fn link_base<'a>(
        &'a self,
        lang: &'a str,
        section: Section,
        slug: &'a str,
    ) -> markdown::LinkBase<'a> {
        markdown::LinkBase {
            catalog: &self.catalog,
            images: &self.images,
            urls: &self.urls,
            lang,
            section,
            slug,
        }
    }

    /// The QR code of `url`, encoded once per site and shared by every
    /// output that shows it; `None` when `url` is too long for a QR code
    /// ([`Site::check`] reports it).
    pub fn qr(&self, url: &str) -> Option<Qr> {
        self.qr.get(url)
    }

    /// The address a product's QR code holds in `lang`: its page on the
    /// site (absolute, that language's URL), or with `[kiosk] qr_target =
    /// "marketplace"` its first shop link when it has one that fits in a QR
    /// code.
    pub fn product_qr_target(&self, p: &Product, lang: &str) -> String {
        if self.config().kiosk.qr_target == QrTarget::Marketplace
            && let Some(buy) = p.fields.buy.first()
            && qr::fits(&buy.url)
        {
            return buy.url.clone();
        }
        self.urls
            .absolute(lang, &Urls::record(Section::Products, &p.slug))
    }

    /// What the site itself finds wrong: an address that QR codes carry (a
    /// product's or tourism point's page, a shop link, a producer's web
    /// site) too long for a QR code. Such an address gets no code, on the
    /// website and in the kiosk; a warning names the record's file and the
    /// field.
    pub fn check(&self) -> Vec<Diagnostic> {
        let mut found = Vec::new();
        // `what`: the message's variant (`page`, `buy`, `website`) and its
        // `$what` (the page's language, the shop's kind).
        let mut check = |file: &Path, (variant, what): (&str, &str), url: &str| {
            if !qr::fits(url) {
                found.push(
                    Diagnostic::warning(Code::UrlTooLongForQr)
                        .variant(variant)
                        .arg("what", what)
                        .arg("length", url.chars().count())
                        .in_file(file.join("index.md")),
                );
            }
        };
        for section in [Section::Products, Section::Tourism] {
            for record in self.catalog.records(section).iter() {
                for lang in &self.catalog.site.languages {
                    let url = self
                        .urls
                        .absolute(lang, &Urls::record(section, record.slug()));
                    check(record.dir(), ("page", lang), &url);
                }
            }
        }
        for p in &self.catalog.products {
            for b in &p.fields.buy {
                check(&p.dir, ("buy", b.kind.as_str()), &b.url);
            }
        }
        for pr in &self.catalog.producers {
            if let Some(website) = &pr.fields.contact.website {
                check(&pr.dir, ("website", ""), website);
            }
        }
        found
    }

    fn languages(&self) -> usize {
        self.catalog.site.languages.len()
    }

    /// Position of `lang` among the site's languages. Panics for another
    /// language (a programming error: records have exactly these).
    fn lang_index(&self, lang: &str) -> usize {
        self.catalog
            .site
            .languages
            .iter()
            .position(|l| l == lang)
            .expect("one of the site's languages")
    }
}
