//! The kiosk output: the offline kiosk bundle, `output/kiosk/` (issue #7).
//!
//! The kiosk is a single-page app: one `index.html` (the theme's
//! `templates/kiosk.html`) whose `js/kiosk.js` draws every screen from data
//! scripts: browsers refuse `fetch()` of local files under `file://`, but
//! load `<script src>` from the same folder. Screens are addressed by the
//! URL fragment (`#/product/<slug>`), so there is exactly one HTML file and
//! no link to resolve as a folder. Every path in the bundle is relative;
//! the photos it shows are copied into `kiosk/photos/`; fonts are the
//! system's. Shop, producer web site and map addresses appear only as QR
//! codes (in the data), never as links.
//!
//! **Data split, loaded on demand (issue #19).** At 20,000 products the
//! full records (body, QR codes) are about 14 KB each, 280 MB for two
//! languages: too much to load at start. So the data is cut in three:
//!
//! - `data/config.js`: settings and every product's and tourism point's
//!   slug, in catalogue order (a record's number is its place there);
//! - `data/index.<lang>.js`: what the home and list screens show, a card
//!   per record (name, price, stars, first photo, …) and the lists (groups,
//!   communes, stars, featured, the attract loop) as record numbers;
//! - `data/<lang>/products-<n>.js`, `data/<lang>/tourism-<n>.js`: the full
//!   records, [`SLICE`] a file, loaded when a record's screen opens.
//!
//! Each data file is one call, `OcopKioskData("<name>", <JSON>);`, of the
//! registration function of `js/load.js` (the theme's), which also loads a
//! file by adding a `<script>`. The start loads `config.js` and the
//! default language's index; `data/search.js` (the search index, which the
//! search output writes) is loaded when the search screen first opens.
//!
//! Everything is sorted and formatted here, in Rust: each language's lists
//! in that language's order of the names in that language
//! ([`Site::order`]; record numbers stay catalogue order), prices as on the
//! website.
//!
//! **A stand's own products (issue #18).** With `[kiosk] products` in
//! `content/site.toml` the kiosk shows only those products
//! ([`Site::kiosk_products`], in catalogue order): its data names no other
//! (cards, full records, lists, featured, the attract loop, the tourism
//! points' product lists, the photos copied, and its search index, which
//! [`crate::search::Search`] writes). The tourism points are all shown.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use rayon::prelude::*;
use serde::Serialize;
use tera::Context;

use crate::content::Section;
use crate::diagnostics::{Code, Diagnostic};
use crate::messages::Message;
use crate::model::{Catalog, Group, Product, TourismPoint};
use crate::output::Output;
use crate::qr::{self, Qr};
use crate::site::i18n::KIOSK_STRINGS;
use crate::site::photo::alt_text;
use crate::site::{STAR_PAGES, Site, Urls};
use crate::text::format_price;
use crate::theme::Theme;
use crate::write::Sink;

/// The bundle's folder in the output.
pub const DIR: &str = "kiosk";

/// The search matcher, in the theme, shared with the website's search page.
const SEARCH_JS: &str = "static/js/search.js";

/// The notes for the stand's operator in the bundle (`kiosk/README.txt`),
/// from the theme's template `kiosk-readme.txt`.
const README: &str = "README.txt";

/// Most slides in the attract loop.
const MAX_SLIDES: usize = 24;

/// Full records a data file holds (`data/<lang>/products-<n>.js`): at about
/// 14 KB a record, 1.4 MB a file, which Chromium loads and parses in tens
/// of milliseconds when a record's screen opens (README, "Kiosk").
pub const SLICE: usize = 100;

/// A photo in the bundle.
#[derive(Debug, Clone, Serialize)]
struct Photo {
    /// Path relative to `kiosk/index.html`.
    src: String,
    alt: String,
    w: u32,
    h: u32,
}

/// The photo file the kiosk shows for image `file` of a record, and where it
/// goes in the bundle: the photo's default variant (the widest JPEG up to
/// 1280 px, no metadata) from the image cache. The ONE place that chooses
/// the file. `None` when the photo could not be read or the cache is not
/// usable (both reported by the images stage): the kiosk then shows no photo
/// rather than an original with its EXIF/GPS data.
fn photo_source(
    site: &Site,
    section: Section,
    slug: &str,
    file: &str,
) -> Option<(PathBuf, String, (u32, u32))> {
    let site_rel = format!("{}/{slug}/{file}", section.dir_name());
    let rendition = site.images().photo(&site_rel)?.default_rendition();
    let cached = site.images().jpeg_file(rendition)?;
    Some((
        cached,
        format!("photos/{}", rendition.jpeg),
        (rendition.width, rendition.height),
    ))
}

#[derive(Debug, Serialize)]
struct ProducerInfo {
    name: String,
    kind: String,
    address: Option<String>,
    phone: Option<String>,
    /// The producer's web site, as a QR code.
    website: Option<Qr>,
}

#[derive(Debug, Serialize)]
struct BuyQr {
    label: String,
    qr: Qr,
}

#[derive(Debug, Serialize)]
struct KProduct {
    slug: String,
    name: String,
    /// Language of the text when it is not the screen's (untranslated).
    text_lang: Option<String>,
    summary: Option<String>,
    unit: Option<String>,
    price: Option<String>,
    stars: Option<u8>,
    group: &'static str,
    group_label: String,
    commune: String,
    commune_name: Option<String>,
    availability: String,
    producer: Option<ProducerInfo>,
    photos: Vec<Photo>,
    body: String,
    /// The page's (or first shop link's) QR code; `null` when the address
    /// is too long for one.
    qr: Option<Qr>,
    qr_is_shop: bool,
    buy: Vec<BuyQr>,
    tourism: Vec<String>,
    sample: bool,
}

#[derive(Debug, Serialize)]
struct KTourism {
    slug: String,
    name: String,
    text_lang: Option<String>,
    summary: Option<String>,
    commune: String,
    commune_name: Option<String>,
    opening_hours: Option<String>,
    phone: Option<String>,
    photos: Vec<Photo>,
    body: String,
    products: Vec<String>,
    /// The page's QR code; `null` when its address is too long for one.
    qr: Option<Qr>,
    map: Option<Qr>,
    sample: bool,
}

/// A product as its card on the list screens, written as a JSON array
/// (about 150 bytes, against 14 KB for the full record): `[name,
/// text_lang, group, commune_name, stars, price, unit, photo, sample]`,
/// the fields of [`KProduct`] of the same names (`photo` its first photo,
/// `sample` 0 or 1).
#[derive(Debug, Serialize)]
struct ProductCard(
    String,
    Option<String>,
    &'static str,
    Option<String>,
    Option<u8>,
    Option<String>,
    Option<String>,
    Option<Photo>,
    u8,
);

/// A tourism point as its card, a JSON array: `[name, text_lang,
/// commune_name, photo, sample]` (see [`ProductCard`]).
#[derive(Debug, Serialize)]
struct TourismCard(String, Option<String>, Option<String>, Option<Photo>, u8);

/// Lists name records by number: their place in the catalogue
/// (`config.products`, `config.tourism`).
#[derive(Debug, Serialize)]
struct KGroup {
    code: &'static str,
    number: u8,
    label: String,
    products: Vec<usize>,
}

#[derive(Debug, Serialize)]
struct KCommune {
    slug: String,
    name: String,
    products: Vec<usize>,
    tourism: Vec<usize>,
}

#[derive(Debug, Serialize)]
struct KStars {
    stars: u8,
    products: Vec<usize>,
}

#[derive(Debug, Serialize)]
struct Slide {
    /// `product` or `tourism`.
    kind: &'static str,
    slug: String,
}

/// What the home and list screens of one language show
/// (`data/index.<lang>.js`): cards, not full records.
#[derive(Debug, Serialize)]
struct KioskIndex {
    lang: String,
    title: String,
    district: String,
    strings: BTreeMap<&'static str, String>,
    groups: Vec<KGroup>,
    communes: Vec<KCommune>,
    stars: Vec<KStars>,
    featured: Vec<usize>,
    /// Every shown product's card, in catalogue order.
    products: Vec<ProductCard>,
    /// Every tourism point's card, in catalogue order.
    tourism: Vec<TourismCard>,
    /// Every tourism point's number, in `lang`'s order.
    tourism_order: Vec<usize>,
    slides: Vec<Slide>,
}

/// Language-neutral settings of the kiosk, and every record's slug
/// (`data/config.js`).
#[derive(Debug, Serialize)]
struct KioskConfig<'a> {
    idle_seconds: u32,
    default_lang: &'a str,
    languages: &'a [String],
    /// Each language's name in itself (`lang_name`), for the language
    /// button: the other language's index is loaded only once chosen.
    lang_names: BTreeMap<&'a str, &'a str>,
    /// Records a slice file holds ([`SLICE`]).
    slice: usize,
    /// Every shown product's slug, in catalogue order.
    products: Vec<&'a str>,
    /// Every tourism point's slug, in catalogue order.
    tourism: Vec<&'a str>,
}

/// The products the kiosk shows ([`Site::kiosk_products`]) and their
/// numbers: a product's number is its place among them (`config.products`
/// of the data), which every list of the data uses.
struct Shown {
    /// The catalogue positions of the products shown, in catalogue order.
    products: Vec<usize>,
    /// For each product of the catalogue, its number, when it is shown.
    numbers: Vec<Option<usize>>,
}

impl Shown {
    fn of(site: &Site) -> Self {
        let c = site.catalog();
        let products: Vec<usize> = site.kiosk_products().products(c).map(|(i, _)| i).collect();
        let mut numbers = vec![None; c.products.len()];
        for (n, &i) in products.iter().enumerate() {
            numbers[i] = Some(n);
        }
        Self { products, numbers }
    }

    /// The number of `p`, when it is shown.
    fn number(&self, c: &Catalog, p: &Product) -> Option<usize> {
        self.numbers[c.position(Section::Products, &p.slug)?]
    }
}

/// The kiosk bundle, `kiosk/` (its search index, `data/search.js`, is
/// written by [`crate::search::Search`]).
pub struct Kiosk {
    theme: Arc<Theme>,
}

impl Kiosk {
    /// The kiosk, with the templates and files of `theme`.
    pub fn new(theme: Arc<Theme>) -> Self {
        Self { theme }
    }
}

impl Output for Kiosk {
    fn name(&self) -> &'static str {
        "kiosk"
    }

    /// The theme has what the bundle is made of: `templates/kiosk.html`
    /// and `templates/kiosk-readme.txt`, the `kiosk/` folder (script and
    /// style) and `static/js/search.js` (the search matcher shared with the
    /// website).
    fn check(&self, site: &Site) -> Vec<Diagnostic> {
        let mut found = self
            .theme
            .missing_templates(&["kiosk.html", "kiosk-readme.txt"]);
        let theme_dir = site.root().join(self.theme.dir());
        for (path, variant) in [("kiosk", "kiosk"), (SEARCH_JS, "search")] {
            if !theme_dir.join(path).exists() {
                found.push(
                    Diagnostic::error(Code::MissingTheme)
                        .variant(variant)
                        .arg("path", path)
                        .in_file(self.theme.dir().join(path)),
                );
            }
        }
        found
    }

    fn write(&self, site: &Site, sink: &dyn Sink) -> Result<Vec<Message>, Vec<Diagnostic>> {
        let config = site.config();
        let mut cx = Context::new();
        cx.insert("lang", &config.default_language);
        cx.insert("title", config.title.get(&config.default_language));
        cx.insert("languages", &config.languages);
        cx.insert("idle_seconds", &config.kiosk.idle_seconds);
        let index = format!("{DIR}/index.html");
        let html = self
            .theme
            .render("kiosk.html", &cx, &index)
            .map_err(|d| vec![d])?;
        let c = site.catalog();
        let shown = Shown::of(site);
        let settings = KioskConfig {
            idle_seconds: config.kiosk.idle_seconds,
            default_lang: &config.default_language,
            languages: &config.languages,
            lang_names: config
                .languages
                .iter()
                .map(|l| (l.as_str(), site.i18n().text(l, "lang_name")))
                .collect(),
            slice: SLICE,
            products: shown
                .products
                .iter()
                .map(|&i| c.products[i].slug.as_str())
                .collect(),
            tourism: c.tourism.iter().map(|t| t.slug.as_str()).collect(),
        };
        let files: Vec<(String, Vec<u8>)> = vec![
            (index, html.into_bytes()),
            (
                format!("{DIR}/{README}"),
                self.readme(site).map_err(|d| vec![d])?,
            ),
            (
                format!("{DIR}/data/config.js"),
                data_file("config", &settings),
            ),
        ];
        drop(settings);
        let put = |name: String, bytes: Vec<u8>| -> Option<Diagnostic> {
            let rel = format!("{DIR}/data/{name}.js");
            let e = sink.put(&rel, &bytes).err()?;
            Some(Diagnostic::write_error(&rel, &e))
        };
        // Each file is written as soon as it is made: no language's data is
        // ever whole in memory (about 140 MB a language at 20,000 products).
        let mut failed: Vec<Diagnostic> = Vec::new();
        for lang in &config.languages {
            let name = format!("index.{lang}");
            failed.extend(put(
                name.clone(),
                data_file(&name, &kiosk_index(site, &shown, lang)),
            ));
            failed.par_extend(slices(shown.products.len(), |n, range| {
                let records: Vec<KProduct> = shown.products[range]
                    .iter()
                    .map(|&i| product(site, i, &c.products[i], lang))
                    .collect();
                let name = format!("{lang}/products-{n}");
                put(name.clone(), data_file(&name, &records))
            }));
            failed.par_extend(slices(c.tourism.len(), |n, range| {
                let records: Vec<KTourism> = range
                    .map(|i| tourism_point(site, &shown, i, &c.tourism[i], lang))
                    .collect();
                let name = format!("{lang}/tourism-{n}");
                put(name.clone(), data_file(&name, &records))
            }));
        }
        let copies = self.copies(site, &shown);
        failed.par_extend(
            files
                .par_iter()
                .filter_map(|(rel, bytes)| {
                    let e = sink.put(rel, bytes).err()?;
                    Some(Diagnostic::write_error(rel, &e))
                })
                .chain(copies.par_iter().filter_map(|(rel, src)| {
                    let e = sink.copy(rel, src).err()?;
                    Some(Diagnostic::copy_error(src, rel, &e))
                })),
        );
        if failed.is_empty() {
            Ok(Vec::new())
        } else {
            Err(failed)
        }
    }
}

/// One language's part of the kiosk's README.
#[derive(Debug, Serialize)]
struct ReadmeEdition<'a> {
    lang: &'a str,
    title: &'a str,
    /// The print pack's PDFs for readers of the language, when the build
    /// makes them.
    print: Vec<ReadmeLink>,
}

/// A PDF of the print pack as the README names it.
#[derive(Debug, Serialize)]
struct ReadmeLink {
    /// Its interface string is `print.<kind>` (`PrintDocument::kind`).
    kind: &'static str,
    /// Its path from the kiosk's folder (`../print/catalogue.vi.pdf`).
    path: String,
}

impl Kiosk {
    /// The kiosk's README (`kiosk/README.txt`, issue #18): how to open and
    /// copy the kiosk, and, when the build makes the print pack, the paths
    /// of its PDFs from the kiosk's folder, in every language of the site.
    /// A byte-order mark and CR LF line ends, so that every Windows
    /// Notepad shows the Vietnamese letters and the lines.
    fn readme(&self, site: &Site) -> Result<Vec<u8>, Diagnostic> {
        let config = site.config();
        let editions: Vec<ReadmeEdition<'_>> = config
            .languages
            .iter()
            .map(|lang| ReadmeEdition {
                lang,
                title: config.title.get(lang),
                print: site
                    .print_documents_in(lang)
                    .iter()
                    .map(|d| ReadmeLink {
                        kind: d.kind(),
                        path: format!("../{}", d.rel()),
                    })
                    .collect(),
            })
            .collect();
        let mut cx = Context::new();
        cx.insert("editions", &editions);
        let text = self
            .theme
            .render("kiosk-readme.txt", &cx, &format!("{DIR}/{README}"))?;
        let mut bytes = "\u{feff}".as_bytes().to_vec();
        bytes.extend_from_slice(text.replace("\r\n", "\n").replace('\n', "\r\n").as_bytes());
        Ok(bytes)
    }

    /// The files the bundle copies: the photos it shows (once each), the
    /// theme's `kiosk/` folder and the search matcher.
    fn copies(&self, site: &Site, shown: &Shown) -> Vec<(String, PathBuf)> {
        let mut copies: Vec<(String, PathBuf)> = Vec::new();
        let c = site.catalog();
        for section in [Section::Products, Section::Tourism] {
            for (i, record) in c.records(section).iter().enumerate() {
                if section == Section::Products && shown.numbers[i].is_none() {
                    continue;
                }
                for file in record.images() {
                    if let Some((src, rel, _)) = photo_source(site, section, record.slug(), file) {
                        copies.push((format!("{DIR}/{rel}"), src));
                    }
                }
            }
        }
        let theme_dir = site.root().join(self.theme.dir());
        copies.push((format!("{DIR}/js/search.js"), theme_dir.join(SEARCH_JS)));
        let kiosk_static = theme_dir.join("kiosk");
        for entry in walkdir::WalkDir::new(&kiosk_static).sort_by_file_name() {
            let Ok(entry) = entry else { continue };
            if entry.file_type().is_file()
                && !crate::content::is_editor_noise(entry.path())
                && let Ok(rel) = entry.path().strip_prefix(&kiosk_static)
            {
                copies.push((
                    format!("{DIR}/{}", crate::diagnostics::display_path(rel)),
                    entry.path().to_path_buf(),
                ));
            }
        }
        copies
    }
}

/// Calls `write(n, records)` for every slice `n` of a list of `len`
/// records (records `n * SLICE ..`), in parallel; gives what the calls
/// return (the write errors).
fn slices<F>(len: usize, write: F) -> impl ParallelIterator<Item = Diagnostic>
where
    F: Fn(usize, std::ops::Range<usize>) -> Option<Diagnostic> + Send + Sync,
{
    (0..len.div_ceil(SLICE))
        .into_par_iter()
        .filter_map(move |n| write(n, n * SLICE..((n + 1) * SLICE).min(len)))
}

/// A data file: `OcopKioskData("<name>", <value as JSON>);` (the
/// registration function of the theme's `kiosk/js/load.js`), `<name>` its
/// path under `data/` without `.js`.
fn data_file(name: &str, value: &impl Serialize) -> Vec<u8> {
    let mut bytes = b"OcopKioskData(".to_vec();
    crate::text::write_script_json(&mut bytes, &name);
    bytes.push(b',');
    crate::text::write_script_json(&mut bytes, value);
    bytes.extend_from_slice(b");\n");
    bytes
}

fn kiosk_index(site: &Site, shown: &Shown, lang: &str) -> KioskIndex {
    let c = site.catalog();
    let t = |key: &str| site.i18n().text(lang, key).to_owned();
    // Every list in `lang`'s order of the names in `lang` (issue #21).
    let numbers = |list: Vec<&Product>| -> Vec<usize> {
        site.in_order(lang, Section::Products, list)
            .into_iter()
            .filter_map(|p| shown.number(c, p))
            .collect()
    };
    let places = |list: Vec<&TourismPoint>| -> Vec<usize> {
        site.in_order(lang, Section::Tourism, list)
            .into_iter()
            .filter_map(|t| c.position(Section::Tourism, &t.slug))
            .collect()
    };
    let groups = Group::ALL
        .iter()
        .map(|&g| KGroup {
            code: g.as_str(),
            number: g.number(),
            label: t(&g.label_key()),
            products: numbers(c.products_in_group(g)),
        })
        .collect();
    let communes = site
        .order(lang, Section::Communes)
        .iter()
        .map(|&i| &c.communes[i])
        .map(|x| KCommune {
            slug: x.slug.clone(),
            name: x.version(lang).text.name.value.clone(),
            products: numbers(c.products_in_commune(&x.slug)),
            tourism: places(c.tourism_in_commune(&x.slug)),
        })
        .filter(|x| !x.products.is_empty() || !x.tourism.is_empty())
        .collect();
    let stars = STAR_PAGES
        .iter()
        .rev()
        .map(|&n| KStars {
            stars: n,
            products: numbers(c.products_with_stars(n)),
        })
        .collect();
    let products: Vec<ProductCard> = shown
        .products
        .par_iter()
        .map(|&i| product_card(site, &c.products[i], lang))
        .collect();
    let tourism: Vec<TourismCard> = c
        .tourism
        .par_iter()
        .map(|x| tourism_card(site, x, lang))
        .collect();
    KioskIndex {
        lang: lang.to_owned(),
        title: c.site.title.get(lang).to_owned(),
        district: c.site.district.get(lang).to_owned(),
        strings: KIOSK_STRINGS.iter().map(|&k| (k, t(k))).collect(),
        groups,
        communes,
        stars,
        featured: numbers(c.featured()),
        tourism_order: places(c.tourism.iter().collect()),
        slides: slides(site, shown, &products, &tourism),
        products,
        tourism,
    }
}

/// The attract loop: the shown products with photos (featured first), with
/// a tourism point after every three products.
fn slides(
    site: &Site,
    shown: &Shown,
    products: &[ProductCard],
    tourism: &[TourismCard],
) -> Vec<Slide> {
    let c = site.catalog();
    let with_photo = |featured: bool| {
        shown
            .products
            .iter()
            .map(|&i| &c.products[i])
            .zip(products)
            .filter(move |(p, card)| card.7.is_some() && p.fields.featured == featured)
            .map(|(p, _)| p)
    };
    let mut points = c
        .tourism
        .iter()
        .zip(tourism)
        .filter(|(_, card)| card.3.is_some())
        .map(|(t, _)| t);
    let mut out = Vec::new();
    for (i, p) in with_photo(true).chain(with_photo(false)).enumerate() {
        if out.len() >= MAX_SLIDES {
            break;
        }
        out.push(Slide {
            kind: "product",
            slug: p.slug.clone(),
        });
        if i % 3 == 2
            && let Some(t) = points.next()
        {
            out.push(Slide {
                kind: "tourism",
                slug: t.slug.clone(),
            });
        }
    }
    out.extend(points.map(|t| Slide {
        kind: "tourism",
        slug: t.slug.clone(),
    }));
    out
}

fn photos(
    site: &Site,
    section: Section,
    slug: &str,
    files: &[String],
    alts: Option<&[String]>,
    name: &str,
) -> Vec<Photo> {
    files
        .iter()
        .enumerate()
        .filter_map(|(i, file)| {
            let (_, rel, (w, h)) = photo_source(site, section, slug, file)?;
            let alt = alt_text(alts, i, name);
            Some(Photo {
                src: rel,
                alt,
                w,
                h,
            })
        })
        .collect()
}

/// A record's body as kiosk HTML: rendered as on the website, then with
/// every link and image removed (the text of a link stays): nothing in the
/// kiosk may lead out of it.
fn body_html(site: &Site, section: Section, i: usize, lang: &str) -> String {
    crate::site::markdown::without_links(site.body_html(section, i, lang))
}

fn text_lang(lang: &str, translated: bool, default: &str) -> Option<String> {
    (!translated && lang != default).then(|| default.to_owned())
}

/// The name of commune `slug` in `lang`.
fn commune_name(site: &Site, slug: &str, lang: &str) -> Option<String> {
    let c = site.catalog();
    c.commune(slug)
        .map(|x| x.version(lang).text.name.value.clone())
}

fn product_photos(site: &Site, p: &Product, lang: &str) -> Vec<Photo> {
    let text = &p.version(lang).text;
    photos(
        site,
        Section::Products,
        &p.slug,
        &p.fields.images,
        text.image_alt.as_ref().map(|a| a.value.as_slice()),
        &text.name.value,
    )
}

fn tourism_photos(site: &Site, t: &TourismPoint, lang: &str) -> Vec<Photo> {
    let text = &t.version(lang).text;
    photos(
        site,
        Section::Tourism,
        &t.slug,
        &t.fields.images,
        text.image_alt.as_ref().map(|a| a.value.as_slice()),
        &text.name.value,
    )
}

fn product_card(site: &Site, p: &Product, lang: &str) -> ProductCard {
    let c = site.catalog();
    let version = p.version(lang);
    let text = &version.text;
    ProductCard(
        text.name.value.clone(),
        text_lang(lang, version.translated, &c.site.default_language),
        p.fields.group.as_str(),
        commune_name(site, p.fields.commune.get_ref(), lang),
        c.rating(p),
        p.fields.price.map(|vnd| format_price(vnd, lang)),
        text.unit.as_ref().map(|s| s.value.clone()),
        product_photos(site, p, lang).into_iter().next(),
        u8::from(p.fields.sample),
    )
}

fn tourism_card(site: &Site, t: &TourismPoint, lang: &str) -> TourismCard {
    let c = site.catalog();
    let version = t.version(lang);
    TourismCard(
        version.text.name.value.clone(),
        text_lang(lang, version.translated, &c.site.default_language),
        commune_name(site, t.fields.commune.get_ref(), lang),
        tourism_photos(site, t, lang).into_iter().next(),
        u8::from(t.fields.sample),
    )
}

fn product(site: &Site, i: usize, p: &Product, lang: &str) -> KProduct {
    let c = site.catalog();
    let version = p.version(lang);
    let text = &version.text;
    let f = &p.fields;
    let producer = f
        .producer
        .as_ref()
        .and_then(|s| c.producer(s.get_ref()))
        .map(|pr| {
            let pt = &pr.version(lang).text;
            ProducerInfo {
                name: pt.name.value.clone(),
                kind: site
                    .i18n()
                    .text(lang, &pr.fields.kind.label_key())
                    .to_owned(),
                address: pt.address.as_ref().map(|a| a.value.clone()),
                phone: pr.fields.contact.phone.clone(),
                website: pr
                    .fields
                    .contact
                    .website
                    .as_deref()
                    .and_then(|w| site.qr(w)),
            }
        });
    let qr_url = site.product_qr_target(p, lang);
    // Shop links show only as QR codes: one too long for a code is left out.
    let buy: Vec<BuyQr> = f
        .buy
        .iter()
        .filter_map(|b| {
            Some(BuyQr {
                label: site
                    .i18n()
                    .text(lang, &format!("buy_kind.{}", b.kind.as_str()))
                    .to_owned(),
                qr: site.qr(&b.url)?,
            })
        })
        .collect();
    let qr_is_shop = f.buy.first().is_some_and(|b| b.url == qr_url);
    KProduct {
        slug: p.slug.clone(),
        name: text.name.value.clone(),
        text_lang: text_lang(lang, version.translated, &c.site.default_language),
        summary: text.summary.as_ref().map(|s| s.value.clone()),
        unit: text.unit.as_ref().map(|s| s.value.clone()),
        price: f.price.map(|vnd| format_price(vnd, lang)),
        stars: c.rating(p),
        group: f.group.as_str(),
        group_label: site.i18n().text(lang, &f.group.label_key()).to_owned(),
        commune: f.commune.get_ref().clone(),
        commune_name: commune_name(site, f.commune.get_ref(), lang),
        availability: site
            .i18n()
            .text(lang, &format!("availability.{}", f.availability.as_str()))
            .to_owned(),
        producer,
        photos: product_photos(site, p, lang),
        body: body_html(site, Section::Products, i, lang),
        qr: site.qr(&qr_url),
        qr_is_shop,
        buy,
        tourism: site
            .in_order(lang, Section::Tourism, c.tourism_of_product(&p.slug))
            .into_iter()
            .map(|t| t.slug.clone())
            .collect(),
        sample: f.sample,
    }
}

fn tourism_point(site: &Site, shown: &Shown, i: usize, t: &TourismPoint, lang: &str) -> KTourism {
    let c = site.catalog();
    let version = t.version(lang);
    let text = &version.text;
    let f = &t.fields;
    KTourism {
        slug: t.slug.clone(),
        name: text.name.value.clone(),
        text_lang: text_lang(lang, version.translated, &c.site.default_language),
        summary: text.summary.as_ref().map(|s| s.value.clone()),
        commune: f.commune.get_ref().clone(),
        commune_name: commune_name(site, f.commune.get_ref(), lang),
        opening_hours: text.opening_hours.as_ref().map(|s| s.value.clone()),
        phone: f.contact.phone.clone(),
        photos: tourism_photos(site, t, lang),
        body: body_html(site, Section::Tourism, i, lang),
        products: site
            .in_order(lang, Section::Products, c.products_of_tourism(&t.slug))
            .into_iter()
            .filter(|p| shown.number(c, p).is_some())
            .map(|p| p.slug.clone())
            .collect(),
        qr: site.qr(&site
            .urls()
            .absolute(lang, &Urls::record(Section::Tourism, &t.slug))),
        map: f.geo.and_then(|g| site.qr(&qr::osm_url(g))),
        sample: f.sample,
    }
}
