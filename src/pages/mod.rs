//! The pages output: every page of the site (see [`crate::site::layout`]),
//! in every language, rendered in parallel through the theme's templates
//! straight into the sink, plus the theme's static files and the bundles'
//! files.
//!
//! A page's template gets a small context of its own (see `views`): `site`,
//! `lang`, `page`, `head` (Open Graph, JSON-LD: the fragments of `head`
//! and `jsonld`), plus `product`, `producer`, `commune`, `tourism_point`,
//! `list` or `home` depending on the page.

mod head;
mod jsonld;
mod pager;
mod views;

use pager::Paginator;

use views::*;

use std::path::PathBuf;
use std::sync::Arc;

use rayon::prelude::*;
use serde::Serialize;
use tera::Context;

use crate::content::Section;
use crate::diagnostics::{Diagnostic, display_path};
use crate::messages::Message;
use crate::model::{Catalog, Group, Local, Product};
use crate::output::{Output, Preview};
use crate::site::{I18n, List, Page, STAR_PAGES, Site, Urls, markdown};
use crate::theme::Theme;
use crate::write::Sink;

/// What rendering a page reads: the site and the theme.
#[derive(Clone, Copy)]
struct Render<'a> {
    site: &'a Site,
    theme: &'a Theme,
}

impl<'a> Render<'a> {
    fn catalog(&self) -> &'a Catalog {
        self.site.catalog()
    }

    fn urls(&self) -> &'a Urls {
        self.site.urls()
    }

    fn i18n(&self) -> &'a I18n {
        self.site.i18n()
    }
}

/// `<link rel="alternate" hreflang>` targets.
#[derive(Debug, Clone, Serialize)]
struct Alternate {
    lang: String,
    /// Absolute URL.
    url: String,
    /// Root-relative URL (for the language switcher).
    path: String,
    /// The language's own name ("Tiếng Việt", "English").
    name: String,
}

/// A breadcrumb step.
#[derive(Debug, Clone, Serialize)]
struct Crumb {
    name: String,
    url: String,
}

/// What every page knows about itself.
#[derive(Debug, Clone, Serialize)]
struct PageMeta {
    kind: &'static str,
    /// The main section the page belongs to (`products`, `producers`,
    /// `communes`, `tourism`), empty for the home and 404 pages.
    section: &'static str,
    title: String,
    description: String,
    path: String,
    canonical: String,
    alternates: Vec<Alternate>,
    x_default: String,
    breadcrumbs: Vec<Crumb>,
    image: Option<ImageView>,
    noindex: bool,
}

/// The site as every page of one language sees it.
#[derive(Debug, Clone, Serialize)]
struct SiteView {
    title: String,
    description: String,
    district: String,
    province: String,
    base_url: String,
    default_language: String,
    home_url: String,
    office: String,
    address: String,
    email: Option<String>,
    phone: Option<String>,
    groups: Vec<GroupLink>,
    stars: Vec<StarLink>,
    sections: Vec<SectionLink>,
}

#[derive(Debug, Clone, Serialize)]
struct GroupLink {
    code: &'static str,
    number: u8,
    label: String,
    url: String,
    count: usize,
}

#[derive(Debug, Clone, Serialize)]
struct StarLink {
    stars: u8,
    url: String,
    count: usize,
}

#[derive(Debug, Clone, Serialize)]
struct SectionLink {
    code: &'static str,
    label: String,
    url: String,
    count: usize,
}

/// A list page's content.
#[derive(Debug, Clone, Serialize)]
struct ListView {
    /// `products` (cards in `products`) or `records` (cards in `records`).
    kind: &'static str,
    title: String,
    products: Vec<ProductCard>,
    records: Vec<RecordCard>,
    paginator: Paginator,
}

/// The templates the pages are rendered with.
const TEMPLATES: [&str; 8] = [
    "index.html",
    "404.html",
    "search.html",
    "product.html",
    "producer.html",
    "commune.html",
    "tourism.html",
    "list.html",
];

/// The pages output: every page in every language, the theme's `static/`
/// files and the bundles' files.
pub struct Pages {
    theme: Arc<Theme>,
}

impl Pages {
    /// The pages, rendered with `theme`.
    pub fn new(theme: Arc<Theme>) -> Self {
        Self { theme }
    }

    /// Renders the page at `url_path` (root-relative, e.g.
    /// `/en/products/xoai/` or `/groups/food/page/2/index.html`), as
    /// `serve` does on request. `None` when no page lives there (photos,
    /// static files and feeds are not pages); `Some(Err)` when its template
    /// fails.
    pub fn render_path(
        &self,
        site: &Site,
        url_path: &str,
    ) -> Option<Result<RenderedPage, Diagnostic>> {
        let r = &Render {
            site,
            theme: &self.theme,
        };
        let (lang, page) = site.page_at(url_path)?;
        let view = site_view(r, &lang);
        Some(render_html(r, &view, &lang, page))
    }

    /// The files copied as they are: (output path, source file) for the
    /// theme's `static/` folder and every bundle's files.
    pub fn copied_files(&self, site: &Site) -> Vec<(String, PathBuf)> {
        let root = site.root();
        let static_dir = root.join(self.theme.dir()).join("static");
        let mut copies: Vec<(String, PathBuf)> = Vec::new();
        for entry in walkdir::WalkDir::new(&static_dir).sort_by_file_name() {
            let Ok(entry) = entry else { continue };
            if entry.file_type().is_file()
                && !crate::content::is_editor_noise(entry.path())
                && let Ok(rel) = entry.path().strip_prefix(&static_dir)
            {
                copies.push((display_path(rel), entry.path().to_path_buf()));
            }
        }
        for section in Section::ALL {
            for record in site.catalog().records(section).iter() {
                for f in record.files() {
                    let rel = format!("{}/{}/{f}", section.dir_name(), record.slug());
                    // Photos named in `images` are published as re-encoded
                    // variants only, and photos not named there not at all:
                    // the originals carry EXIF (often GPS) metadata.
                    if !site.images().is_named(&rel) && !crate::images::is_photo_file(f) {
                        copies.push((rel, root.join(record.source(f))));
                    }
                }
            }
        }
        copies
    }
}

impl Output for Pages {
    fn name(&self) -> &'static str {
        "pages"
    }

    fn preview(&self) -> Preview {
        Preview::OnRequest
    }

    /// Every template is there, and every body link leads to a page or file
    /// of the site (a warning per link that does not).
    fn check(&self, site: &Site) -> Vec<Diagnostic> {
        let mut found = self.theme.missing_templates(&TEMPLATES);
        let c = site.catalog();
        let work: Vec<(Section, usize, &str)> = Section::ALL
            .iter()
            .flat_map(|&s| (0..c.records(s).len()).map(move |i| (s, i)))
            .flat_map(|(s, i)| c.site.languages.iter().map(move |l| (s, i, l.as_str())))
            .collect();
        found.par_extend(work.par_iter().flat_map_iter(|&(section, i, lang)| {
            let record = c.records(section).get(i);
            let body = record.body(lang);
            markdown::check_links(
                body.markdown(),
                body.range.start,
                &body.path,
                &site.link_base(lang, section, record.slug()),
            )
        }));
        found
    }

    fn write(&self, site: &Site, sink: &dyn Sink) -> Result<Vec<Message>, Vec<Diagnostic>> {
        let r = &Render {
            site,
            theme: &self.theme,
        };
        let pages = site.pages();
        let languages = &site.config().languages;
        let sites: Vec<SiteView> = languages.iter().map(|l| site_view(r, l)).collect();
        let work: Vec<(usize, Page)> = (0..languages.len())
            .flat_map(|l| pages.iter().map(move |p| (l, *p)))
            .filter(|(l, page)| *l == 0 || *page != Page::NotFound)
            .collect();
        let results: Vec<Result<(), Diagnostic>> = work
            .par_iter()
            .map(|&(l, page)| render_job(r, &sites[l], &languages[l], page, sink))
            .collect();
        let mut failed = Vec::new();
        let (mut records, mut lists, mut other) = (0, 0, 0);
        for ((_, page), result) in work.iter().zip(results) {
            match result {
                Ok(()) => match page {
                    Page::Record(..) => records += 1,
                    Page::List(..) => lists += 1,
                    Page::Home | Page::NotFound | Page::Search => other += 1,
                },
                Err(d) => failed.push(d),
            }
        }
        let copies = self.copied_files(site);
        failed.par_extend(copies.par_iter().filter_map(|(rel, src)| {
            sink.copy(rel, src)
                .err()
                .map(|e| Diagnostic::copy_error(src, rel, &e))
        }));
        if !failed.is_empty() {
            return Err(failed);
        }
        Ok(vec![
            Message::new("summary-pages")
                .count("records", records)
                .count("lists", lists)
                .count("other", other),
        ])
    }
}

fn site_view(r: &Render<'_>, lang: &str) -> SiteView {
    let c = r.catalog();
    let s = &c.site;
    let t = |key: &str| r.i18n().text(lang, key).to_owned();
    SiteView {
        title: s.title.get(lang).to_owned(),
        description: s.description.get(lang).to_owned(),
        district: s.district.get(lang).to_owned(),
        province: s.province.get(lang).to_owned(),
        base_url: s.base_url.clone(),
        default_language: s.default_language.clone(),
        home_url: r.urls().page(lang, ""),
        office: s.contact.office.get(lang).to_owned(),
        address: s.contact.address.get(lang).to_owned(),
        email: s.contact.email.clone(),
        phone: s.contact.phone.clone(),
        groups: Group::ALL
            .iter()
            .map(|&g| GroupLink {
                code: g.as_str(),
                number: g.number(),
                label: t(&g.label_key()),
                url: r.urls().page(lang, &List::Group(g).rel()),
                count: List::Group(g).len(r.site),
            })
            .collect(),
        stars: STAR_PAGES
            .iter()
            .map(|&n| StarLink {
                stars: n,
                url: r.urls().page(lang, &List::Stars(n).rel()),
                count: List::Stars(n).len(r.site),
            })
            .collect(),
        sections: Section::ALL
            .iter()
            .map(|&sec| SectionLink {
                code: sec.dir_name(),
                label: t(&format!("section.{}", sec.dir_name())),
                url: r.urls().page(lang, &List::Section(sec).rel()),
                count: List::Section(sec).len(r.site),
            })
            .collect(),
    }
}

/// Renders one page and puts it into the sink; the error that stopped it.
fn render_job(
    r: &Render<'_>,
    site: &SiteView,
    lang: &str,
    page: Page,
    sink: &dyn Sink,
) -> Result<(), Diagnostic> {
    let page = render_html(r, site, lang, page)?;
    sink.put(&page.file, page.html.as_bytes())
        .map_err(|e| Diagnostic::write_error(&page.file, &e))
}

/// One rendered page.
#[derive(Debug, Clone)]
pub struct RenderedPage {
    /// Output path, e.g. `en/products/xoai/index.html`.
    pub file: String,
    /// The HTML.
    pub html: String,
}

fn render_html(
    r: &Render<'_>,
    site: &SiteView,
    lang: &str,
    job: Page,
) -> Result<RenderedPage, Diagnostic> {
    let mut cx = Context::new();
    cx.insert("site", site);
    cx.insert("lang", lang);
    let c = r.catalog();
    let t = |key: &str| r.i18n().text(lang, key).to_owned();
    let home = Crumb {
        name: t("nav.home"),
        url: r.urls().page(lang, ""),
    };
    let (template, rel, meta) = match job {
        Page::Home => {
            let featured: Vec<ProductCard> = c
                .featured()
                .into_iter()
                .map(|p| r.product_card(p, lang))
                .collect();
            let communes: Vec<RecordCard> =
                c.communes.iter().map(|x| r.commune_card(x, lang)).collect();
            let tourism: Vec<RecordCard> =
                c.tourism.iter().map(|x| r.tourism_card(x, lang)).collect();
            cx.insert(
                "home",
                &HomeView {
                    featured,
                    communes,
                    tourism,
                    print: print_links(r, lang),
                },
            );
            let meta = meta(
                r,
                lang,
                "home",
                site.title.clone(),
                site.description.clone(),
                "",
                vec![],
                None,
            );
            ("index.html", String::new(), meta)
        }
        Page::NotFound => {
            // One 404 page serves every language: its language links lead
            // to each language's home page.
            let mut meta = meta(
                r,
                lang,
                "404",
                t("notfound.title"),
                String::new(),
                "",
                vec![],
                None,
            );
            meta.noindex = true;
            meta.path = r.urls().page(lang, "404.html");
            ("404.html", "404.html".to_owned(), meta)
        }
        Page::Search => {
            // Internal search pages are not for search engines.
            let mut meta = meta(
                r,
                lang,
                "search",
                t("search.title"),
                site.description.clone(),
                "search/",
                vec![home],
                None,
            );
            meta.noindex = true;
            ("search.html", "search/".to_owned(), meta)
        }
        Page::Record(section, i) => {
            let rel = Urls::record(section, r.catalog().records(section).get(i).slug());
            let (template, title, description, image, crumbs) =
                record_context(r, lang, section, i, &mut cx);
            let mut trail = vec![home];
            trail.extend(crumbs);
            let mut meta = meta(
                r,
                lang,
                template.trim_end_matches(".html"),
                title,
                description,
                &rel,
                trail,
                image,
            );
            meta.section = section.dir_name();
            (template, rel, meta)
        }
        Page::List(kind, page) => {
            let list = list_view(r, lang, kind, page);
            let rel = kind.page_rel(page);
            let mut title = list.title.clone();
            if page > 1 {
                title = format!("{title} – {} {page}", t("pager.page"));
            }
            // Home › (Products ›) this list; later pages also link back to
            // the list's first page.
            let mut trail = vec![home];
            if matches!(kind, List::Group(_) | List::Stars(_)) {
                trail.push(Crumb {
                    name: t("section.products"),
                    url: r.urls().page(lang, &List::Section(Section::Products).rel()),
                });
            }
            if page > 1 {
                trail.push(Crumb {
                    name: list.title.clone(),
                    url: r.urls().page(lang, &kind.rel()),
                });
            }
            let mut meta = meta(
                r,
                lang,
                "list",
                title,
                site.description.clone(),
                &rel,
                trail,
                None,
            );
            meta.section = match kind {
                List::Section(s) => s.dir_name(),
                List::Group(_) | List::Stars(_) => Section::Products.dir_name(),
            };
            cx.insert("list", &list);
            ("list.html", rel, meta)
        }
    };
    cx.insert("page", &meta);
    let mut crumbs: Vec<(String, String)> = meta
        .breadcrumbs
        .iter()
        .map(|c| (c.name.clone(), r.urls().to_absolute(&c.url)))
        .collect();
    if crumbs.last().is_some_and(|(_, url)| *url == meta.canonical) {
        crumbs.pop();
    }
    crumbs.push((meta.title.clone(), meta.canonical.clone()));
    let head = head::head_meta(
        r.site,
        lang,
        job,
        &meta.title,
        &meta.description,
        &meta.canonical,
        &crumbs,
    );
    cx.insert("head", &head);
    let html = r.theme.render(template, &cx, &meta.path)?;
    let file = if matches!(job, Page::NotFound) {
        rel
    } else {
        r.urls().file(lang, &rel)
    };
    Ok(RenderedPage { file, html })
}

#[derive(Debug, Serialize)]
struct HomeView {
    featured: Vec<ProductCard>,
    communes: Vec<RecordCard>,
    tourism: Vec<RecordCard>,
    /// The print pack's PDFs for readers of this language ("Tải bản in").
    print: Vec<PrintLink>,
}

/// A PDF of the print pack, as the home page links it.
#[derive(Debug, Serialize)]
struct PrintLink {
    /// Root-relative URL (`/print/catalogue.vi.pdf`).
    url: String,
    /// Its interface string is `print.<kind>`: `catalogue`, `shelf_cards`,
    /// `price_list`.
    kind: &'static str,
}

/// The print pack's PDFs in `lang` (the catalogue and price list of the
/// language, the shelf cards), those the build makes.
fn print_links(r: &Render<'_>, lang: &str) -> Vec<PrintLink> {
    r.site
        .print_documents_in(lang)
        .into_iter()
        .map(|d| PrintLink {
            url: r.urls().asset(&d.rel()),
            kind: d.kind(),
        })
        .collect()
}

type RecordPage = (&'static str, String, String, Option<ImageView>, Vec<Crumb>);

/// Fills the context of a record page; returns the template, title,
/// description, preview image and the breadcrumbs after "home".
fn record_context(
    r: &Render<'_>,
    lang: &str,
    section: Section,
    i: usize,
    cx: &mut Context,
) -> RecordPage {
    let c = r.catalog();
    let slug = r.catalog().records(section).get(i).slug();
    let body = |body: &crate::model::Body| Local {
        value: r.site.body_html(section, i, lang).to_owned(),
        lang: body.lang.clone(),
    };
    let section_crumb = Crumb {
        name: r
            .i18n()
            .text(lang, &format!("section.{}", section.dir_name()))
            .to_owned(),
        url: r.urls().page(lang, &format!("{}/", section.dir_name())),
    };
    match section {
        Section::Products => {
            let p = &c.products[i];
            let version = p.version(lang);
            let html = body(&version.body);
            let view = r.product_view(p, lang, html.value);
            let title = view.card.name.value.clone();
            let description = view
                .card
                .summary
                .as_ref()
                .map(|s| s.value.clone())
                .unwrap_or_default();
            let image = view.images.first().cloned();
            let group_crumb = Crumb {
                name: view.card.group.label.clone(),
                url: view.group_url.clone(),
            };
            cx.insert("product", &view);
            ("product.html", title, description, image, vec![group_crumb])
        }
        Section::Producers => {
            let pr = &c.producers[i];
            let version = pr.version(lang);
            let view = ProducerView {
                summary: r.producer_summary(pr, lang),
                images: r.record_photos(section, pr, lang),
                body: body(&version.body),
                translated: version.translated,
                commune: c
                    .commune(pr.fields.commune.get_ref())
                    .map(|x| r.commune_link(x, lang)),
                products: r
                    .site
                    .in_order(lang, Section::Products, c.products_of_producer(slug))
                    .into_iter()
                    .map(|p| r.product_card(p, lang))
                    .collect(),
            };
            let title = view.summary.link.name.value.clone();
            let image = view.images.first().cloned();
            cx.insert("producer", &view);
            (
                "producer.html",
                title,
                String::new(),
                image,
                vec![section_crumb],
            )
        }
        Section::Communes => {
            let co = &c.communes[i];
            let version = co.version(lang);
            let text = &version.text;
            let view = CommuneView {
                name: text.name.clone(),
                kind: r.i18n().text(lang, &co.fields.kind.label_key()).to_owned(),
                district: text.district.clone(),
                province: text.province.clone(),
                geo: co.fields.geo,
                images: r.record_photos(section, co, lang),
                body: body(&version.body),
                translated: version.translated,
                products: r
                    .site
                    .in_order(lang, Section::Products, c.products_in_commune(slug))
                    .into_iter()
                    .map(|p| r.product_card(p, lang))
                    .collect(),
                tourism: r
                    .site
                    .in_order(lang, Section::Tourism, c.tourism_in_commune(slug))
                    .into_iter()
                    .map(|t| r.tourism_card(t, lang))
                    .collect(),
                sample: co.fields.sample,
            };
            let title = view.name.value.clone();
            let image = view.images.first().cloned();
            cx.insert("commune", &view);
            (
                "commune.html",
                title,
                String::new(),
                image,
                vec![section_crumb],
            )
        }
        Section::Tourism => {
            let tp = &c.tourism[i];
            let version = tp.version(lang);
            let text = &version.text;
            let view = TourismView {
                name: text.name.clone(),
                summary: text.summary.clone(),
                opening_hours: text.opening_hours.clone(),
                geo: tp.fields.geo,
                map_url: tp.fields.geo.map(crate::qr::osm_url),
                contact: tp.fields.contact.clone(),
                images: r.record_photos(section, tp, lang),
                body: body(&version.body),
                translated: version.translated,
                commune: c
                    .commune(tp.fields.commune.get_ref())
                    .map(|x| r.commune_link(x, lang)),
                products: r
                    .site
                    .in_order(lang, Section::Products, c.products_of_tourism(slug))
                    .into_iter()
                    .map(|p| r.product_card(p, lang))
                    .collect(),
                sample: tp.fields.sample,
            };
            let title = view.name.value.clone();
            let description = view
                .summary
                .as_ref()
                .map(|s| s.value.clone())
                .unwrap_or_default();
            let image = view.images.first().cloned();
            cx.insert("tourism_point", &view);
            (
                "tourism.html",
                title,
                description,
                image,
                vec![section_crumb],
            )
        }
    }
}

#[derive(Debug, Serialize)]
struct ProducerView {
    #[serde(flatten)]
    summary: views::ProducerSummary,
    images: Vec<ImageView>,
    body: Local<String>,
    translated: bool,
    commune: Option<LinkView>,
    products: Vec<ProductCard>,
}

#[derive(Debug, Serialize)]
struct CommuneView {
    name: Local<String>,
    kind: String,
    district: Option<Local<String>>,
    province: Option<Local<String>>,
    geo: Option<crate::model::Geo>,
    images: Vec<ImageView>,
    body: Local<String>,
    translated: bool,
    products: Vec<ProductCard>,
    tourism: Vec<RecordCard>,
    sample: bool,
}

#[derive(Debug, Serialize)]
struct TourismView {
    name: Local<String>,
    summary: Option<Local<String>>,
    opening_hours: Option<Local<String>>,
    geo: Option<crate::model::Geo>,
    map_url: Option<String>,
    contact: crate::model::Contact,
    images: Vec<ImageView>,
    body: Local<String>,
    translated: bool,
    commune: Option<LinkView>,
    products: Vec<ProductCard>,
    sample: bool,
}

fn list_view(r: &Render<'_>, lang: &str, kind: List, page: usize) -> ListView {
    let c = r.catalog();
    let per_page = c.site.per_page;
    let range = (page - 1) * per_page..page * per_page;
    let window = |n: usize| range.start.min(n)..range.end.min(n);
    let t = |key: &str| r.i18n().text(lang, key).to_owned();
    // Every list in the page's language order (issue #21).
    let ordered = |section: Section| r.site.order(lang, section);
    let products_where = |keep: &dyn Fn(&Product) -> bool| {
        ordered(Section::Products)
            .iter()
            .map(|&i| &c.products[i])
            .filter(|p| keep(p))
            .collect::<Vec<&Product>>()
    };
    let (title, products, records, total): (String, Vec<ProductCard>, Vec<RecordCard>, usize) =
        match kind {
            List::Section(Section::Products) => {
                let all = ordered(Section::Products);
                (
                    t("section.products"),
                    all[window(all.len())]
                        .iter()
                        .map(|&i| r.product_card(&c.products[i], lang))
                        .collect(),
                    vec![],
                    all.len(),
                )
            }
            List::Section(Section::Producers) => {
                let all = ordered(Section::Producers);
                (
                    t("section.producers"),
                    vec![],
                    all[window(all.len())]
                        .iter()
                        .map(|&i| r.producer_card(&c.producers[i], lang))
                        .collect(),
                    all.len(),
                )
            }
            List::Section(Section::Communes) => {
                let all = ordered(Section::Communes);
                (
                    t("section.communes"),
                    vec![],
                    all[window(all.len())]
                        .iter()
                        .map(|&i| r.commune_card(&c.communes[i], lang))
                        .collect(),
                    all.len(),
                )
            }
            List::Section(Section::Tourism) | List::Group(Group::Tourism) => {
                let all = ordered(Section::Tourism);
                let title = match kind {
                    List::Group(g) => t(&g.label_key()),
                    _ => t("section.tourism"),
                };
                let products = if page == 1 {
                    products_where(&|p: &Product| p.fields.group == Group::Tourism)
                        .into_iter()
                        .map(|p| r.product_card(p, lang))
                        .collect()
                } else {
                    vec![]
                };
                (
                    title,
                    products,
                    all[window(all.len())]
                        .iter()
                        .map(|&i| r.tourism_card(&c.tourism[i], lang))
                        .collect(),
                    kind.len(r.site),
                )
            }
            List::Group(g) => {
                let all = products_where(&|p: &Product| p.fields.group == g);
                let shown = &all[window(all.len())];
                (
                    t(&g.label_key()),
                    shown.iter().map(|p| r.product_card(p, lang)).collect(),
                    vec![],
                    all.len(),
                )
            }
            List::Stars(n) => {
                let all = products_where(&|p: &Product| c.rating(p) == Some(n));
                let shown = &all[window(all.len())];
                let title = r
                    .i18n()
                    .text(lang, "stars.title")
                    .replace("{n}", &n.to_string());
                (
                    title,
                    shown.iter().map(|p| r.product_card(p, lang)).collect(),
                    vec![],
                    all.len(),
                )
            }
        };
    let pages = crate::site::layout::page_count(total, per_page);
    let url = |p: usize| r.urls().page(lang, &kind.page_rel(p));
    ListView {
        kind: if products.is_empty() && !records.is_empty() {
            "records"
        } else {
            "products"
        },
        title,
        products,
        records,
        paginator: Paginator::new(page, pages, total, url),
    }
}

#[allow(clippy::too_many_arguments)]
fn meta(
    r: &Render<'_>,
    lang: &str,
    kind: &'static str,
    title: String,
    description: String,
    rel: &str,
    breadcrumbs: Vec<Crumb>,
    image: Option<ImageView>,
) -> PageMeta {
    let languages = &r.catalog().site.languages;
    let alternates = languages
        .iter()
        .map(|l| Alternate {
            lang: l.clone(),
            url: r.urls().absolute(l, rel),
            path: r.urls().page(l, rel),
            name: r.i18n().text(l, "lang_name").to_owned(),
        })
        .collect();
    PageMeta {
        kind,
        section: "",
        title,
        description,
        path: r.urls().page(lang, rel),
        canonical: r.urls().absolute(lang, rel),
        alternates,
        x_default: r.urls().absolute(&r.catalog().site.default_language, rel),
        breadcrumbs,
        image,
        noindex: false,
    }
}
