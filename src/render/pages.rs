//! Every page of the site, in every language, rendered in parallel straight
//! into the output sink.

use std::path::Path;

use rayon::prelude::*;
use serde::Serialize;
use tera::Context;

use super::markdown::{LinkBase, to_html};
use super::urls::Urls;
use super::views::{ImageView, LinkView, ProductCard, RecordCard};
use super::{Renderer, error_chain};
use crate::content::Section;
use crate::diagnostics::{Code, Diagnostic, Diagnostics};
use crate::feeds::jsonld::PageKind;
use crate::feeds::preview::head_meta;
use crate::model::{Body, Group, Local};
use crate::write::Sink;

/// Star ratings that have a list page: the OCOP-certified ratings.
pub const STAR_PAGES: [u8; 3] = [3, 4, 5];

/// One page to render (in each language).
#[derive(Debug, Clone, Copy)]
enum Job {
    Home,
    Record(Section, usize),
    List(ListKind, usize),
    NotFound,
    /// The search page (issue #7).
    Search,
}

/// Paginated lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ListKind {
    Section(Section),
    Group(Group),
    Stars(u8),
}

/// Pages written, by kind.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PageCounts {
    /// Record pages (products, producers, communes, tourism points), all languages.
    pub records: usize,
    /// List pages, all languages, every page of each.
    pub lists: usize,
    /// Home pages, search pages and the 404 page.
    pub other: usize,
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

/// Zola-style paginator.
#[derive(Debug, Clone, Serialize)]
struct Paginator {
    current_index: usize,
    number_pagers: usize,
    total_items: usize,
    first: String,
    last: String,
    previous: Option<String>,
    next: Option<String>,
    pages: Vec<PagerLink>,
}

#[derive(Debug, Clone, Serialize)]
struct PagerLink {
    index: usize,
    url: String,
    current: bool,
}

/// Renders every page in every language into `sink`, and copies the
/// theme's static files and the bundles' files. Template errors and broken
/// body links go to `diags`; returns `None` when a page could not be
/// rendered or written.
pub fn render_site(
    r: &Renderer<'_>,
    root: &Path,
    sink: &dyn Sink,
    diags: &mut Diagnostics,
) -> Option<PageCounts> {
    let jobs = jobs(r);
    let languages = &r.catalog.site.languages;
    let sites: Vec<SiteView> = languages.iter().map(|l| site_view(r, l)).collect();
    let work: Vec<(usize, Job)> = (0..languages.len())
        .flat_map(|l| jobs.iter().map(move |j| (l, *j)))
        .collect();
    let results: Vec<Result<Vec<Diagnostic>, Diagnostic>> = work
        .par_iter()
        .filter(|(l, job)| *l == 0 || !matches!(job, Job::NotFound))
        .map(|&(l, job)| render_job(r, &sites[l], &languages[l], job, sink))
        .collect();
    let mut ok = true;
    let mut counts = PageCounts::default();
    for ((_, job), result) in work
        .iter()
        .filter(|(l, job)| *l == 0 || !matches!(job, Job::NotFound))
        .zip(results)
    {
        match result {
            Ok(found) => {
                diags.extend(found);
                match job {
                    Job::Record(..) => counts.records += 1,
                    Job::List(..) => counts.lists += 1,
                    Job::Home | Job::NotFound | Job::Search => counts.other += 1,
                }
            }
            Err(d) => {
                ok = false;
                diags.push(d);
            }
        }
    }
    if let Err(d) = copy_files(r, root, sink) {
        ok = false;
        diags.push(d);
    }
    ok.then_some(counts)
}

/// A page of the site, which exists in every language: what the sitemap
/// lists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SitePage {
    /// Site path: `""` for the home page, `products/xoai/`, `groups/food/page/2/`.
    pub rel: String,
    /// The record shown, for record pages.
    pub record: Option<(Section, usize)>,
}

/// Every page of the site except the 404 page, in rendering order.
pub fn site_pages(r: &Renderer<'_>) -> Vec<SitePage> {
    jobs(r)
        .into_iter()
        .filter_map(|job| match job {
            Job::Home => Some(SitePage {
                rel: String::new(),
                record: None,
            }),
            // The 404 and search pages have nothing to index.
            Job::NotFound | Job::Search => None,
            Job::Record(section, i) => Some(SitePage {
                rel: Urls::record(section, record_slug(r, section, i)),
                record: Some((section, i)),
            }),
            Job::List(kind, page) => Some(SitePage {
                rel: paged_rel(kind, page),
                record: None,
            }),
        })
        .collect()
}

fn jobs(r: &Renderer<'_>) -> Vec<Job> {
    let c = r.catalog;
    let mut jobs = vec![Job::Home, Job::NotFound, Job::Search];
    let counts = [
        (Section::Products, c.products.len()),
        (Section::Producers, c.producers.len()),
        (Section::Communes, c.communes.len()),
        (Section::Tourism, c.tourism.len()),
    ];
    for (section, n) in counts {
        jobs.extend((0..n).map(|i| Job::Record(section, i)));
    }
    let mut lists: Vec<ListKind> = Section::ALL.iter().map(|&s| ListKind::Section(s)).collect();
    lists.extend(Group::ALL.iter().map(|&g| ListKind::Group(g)));
    lists.extend(STAR_PAGES.iter().map(|&n| ListKind::Stars(n)));
    for kind in lists {
        let pages = page_count(list_len(r, kind), r.catalog.site.per_page);
        jobs.extend((1..=pages).map(|p| Job::List(kind, p)));
    }
    jobs
}

fn page_count(items: usize, per_page: usize) -> usize {
    items.div_ceil(per_page).max(1)
}

fn list_len(r: &Renderer<'_>, kind: ListKind) -> usize {
    let c = r.catalog;
    match kind {
        ListKind::Section(Section::Products) => c.products.len(),
        ListKind::Section(Section::Producers) => c.producers.len(),
        ListKind::Section(Section::Communes) => c.communes.len(),
        ListKind::Section(Section::Tourism) => {
            c.tourism.len() + c.products_in_group(Group::Tourism).len()
        }
        ListKind::Group(Group::Tourism) => {
            c.tourism.len() + c.products_in_group(Group::Tourism).len()
        }
        ListKind::Group(g) => c.products_in_group(g).len(),
        ListKind::Stars(n) => c.products_with_stars(n).len(),
    }
}

fn list_rel(kind: ListKind) -> String {
    match kind {
        ListKind::Section(s) => format!("{}/", s.dir_name()),
        ListKind::Group(g) => format!("groups/{}/", g.as_str()),
        ListKind::Stars(n) => format!("stars/{n}/"),
    }
}

fn paged_rel(kind: ListKind, page: usize) -> String {
    let base = list_rel(kind);
    if page <= 1 {
        base
    } else {
        format!("{base}page/{page}/")
    }
}

fn site_view(r: &Renderer<'_>, lang: &str) -> SiteView {
    let c = r.catalog;
    let s = &c.site;
    let t = |key: &str| r.i18n.text(lang, key).to_owned();
    SiteView {
        title: s.title.get(lang).to_owned(),
        description: s.description.get(lang).to_owned(),
        district: s.district.get(lang).to_owned(),
        province: s.province.get(lang).to_owned(),
        base_url: s.base_url.clone(),
        default_language: s.default_language.clone(),
        home_url: r.urls.page(lang, ""),
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
                url: r.urls.page(lang, &list_rel(ListKind::Group(g))),
                count: list_len(r, ListKind::Group(g)),
            })
            .collect(),
        stars: STAR_PAGES
            .iter()
            .map(|&n| StarLink {
                stars: n,
                url: r.urls.page(lang, &list_rel(ListKind::Stars(n))),
                count: list_len(r, ListKind::Stars(n)),
            })
            .collect(),
        sections: Section::ALL
            .iter()
            .map(|&sec| SectionLink {
                code: sec.dir_name(),
                label: t(&format!("section.{}", sec.dir_name())),
                url: r.urls.page(lang, &list_rel(ListKind::Section(sec))),
                count: list_len(r, ListKind::Section(sec)),
            })
            .collect(),
    }
}

/// Renders one page; returns the body-link warnings, or the error that
/// stopped it.
fn render_job(
    r: &Renderer<'_>,
    site: &SiteView,
    lang: &str,
    job: Job,
    sink: &dyn Sink,
) -> Result<Vec<Diagnostic>, Diagnostic> {
    let page = render_html(r, site, lang, job)?;
    sink.put(&page.file, page.html.as_bytes())
        .map_err(|e| Diagnostic::write_error(&page.file, &e))?;
    Ok(page.warnings)
}

/// One rendered page.
#[derive(Debug, Clone)]
pub struct RenderedPage {
    /// Output path, e.g. `en/products/xoai/index.html`.
    pub file: String,
    /// The HTML.
    pub html: String,
    /// Broken body links and the like.
    pub warnings: Vec<Diagnostic>,
}

fn render_html(
    r: &Renderer<'_>,
    site: &SiteView,
    lang: &str,
    job: Job,
) -> Result<RenderedPage, Diagnostic> {
    let mut found = Vec::new();
    let mut cx = Context::new();
    cx.insert("site", site);
    cx.insert("lang", lang);
    let c = r.catalog;
    let t = |key: &str| r.i18n.text(lang, key).to_owned();
    let home = Crumb {
        name: t("nav.home"),
        url: r.urls.page(lang, ""),
    };
    let (template, rel, meta) = match job {
        Job::Home => {
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
        Job::NotFound => {
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
            meta.path = r.urls.page(lang, "404.html");
            ("404.html", "404.html".to_owned(), meta)
        }
        Job::Search => {
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
        Job::Record(section, i) => {
            let rel = Urls::record(section, record_slug(r, section, i));
            let (template, title, description, image, crumbs) =
                record_context(r, lang, section, i, &mut cx, &mut found);
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
        Job::List(kind, page) => {
            let list = list_view(r, lang, kind, page);
            let rel = paged_rel(kind, page);
            let mut title = list.title.clone();
            if page > 1 {
                title = format!("{title} – {} {page}", t("pager.page"));
            }
            // Home › (Products ›) this list; later pages also link back to
            // the list's first page.
            let mut trail = vec![home];
            if matches!(kind, ListKind::Group(_) | ListKind::Stars(_)) {
                trail.push(Crumb {
                    name: t("section.products"),
                    url: r
                        .urls
                        .page(lang, &list_rel(ListKind::Section(Section::Products))),
                });
            }
            if page > 1 {
                trail.push(Crumb {
                    name: list.title.clone(),
                    url: r.urls.page(lang, &list_rel(kind)),
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
                ListKind::Section(s) => s.dir_name(),
                ListKind::Group(_) | ListKind::Stars(_) => Section::Products.dir_name(),
            };
            cx.insert("list", &list);
            ("list.html", rel, meta)
        }
    };
    cx.insert("page", &meta);
    let kind = match job {
        Job::Home => PageKind::Home,
        Job::Record(section, i) => PageKind::Record(section, i),
        Job::List(..) | Job::Search => PageKind::List,
        Job::NotFound => PageKind::NotFound,
    };
    let mut crumbs: Vec<(String, String)> = meta
        .breadcrumbs
        .iter()
        .map(|c| (c.name.clone(), r.urls.to_absolute(&c.url)))
        .collect();
    if crumbs.last().is_some_and(|(_, url)| *url == meta.canonical) {
        crumbs.pop();
    }
    crumbs.push((meta.title.clone(), meta.canonical.clone()));
    let head = head_meta(
        r,
        lang,
        kind,
        &meta.title,
        &meta.description,
        &meta.canonical,
        &crumbs,
    );
    cx.insert("head", &head);
    let html = r.theme.tera.render(template, &cx).map_err(|e| {
        Diagnostic::error(
            Code::TemplateError,
            format!(
                "rendering {} with {template} failed: {}",
                meta.path,
                error_chain(&e)
            ),
        )
        .in_file(r.theme.dir.join("templates").join(template))
        .help("fix the template; the error names the variable or filter at fault")
    })?;
    let file = if matches!(job, Job::NotFound) {
        rel
    } else {
        r.urls.file(lang, &rel)
    };
    Ok(RenderedPage {
        file,
        html,
        warnings: found,
    })
}

/// Renders the page at `url_path` (root-relative, e.g. `/en/products/xoai/`
/// or `/groups/food/page/2/index.html`), as `serve` does on request.
/// `None` when no page lives there (photos, static files and feeds are not
/// pages); `Some(Err)` when its template fails.
pub fn render_path(r: &Renderer<'_>, url_path: &str) -> Option<Result<RenderedPage, Diagnostic>> {
    let (lang, job) = route(r, url_path)?;
    let site = site_view(r, &lang);
    Some(render_html(r, &site, &lang, job))
}

/// Which page, in which language, lives at `url_path`.
fn route(r: &Renderer<'_>, url_path: &str) -> Option<(String, Job)> {
    let site = &r.catalog.site;
    let mut rest = url_path
        .strip_prefix(
            r.urls
                .page(&site.default_language, "")
                .trim_end_matches('/'),
        )?
        .trim_start_matches('/');
    if rest == "404.html" {
        return Some((site.default_language.clone(), Job::NotFound));
    }
    let mut lang = site.default_language.clone();
    for other in site.translations() {
        if rest == other {
            rest = "";
            lang = other.to_owned();
        } else if let Some(after) = rest.strip_prefix(other).and_then(|a| a.strip_prefix('/')) {
            rest = after;
            lang = other.to_owned();
        }
    }
    let rest = rest.strip_suffix("index.html").unwrap_or(rest);
    if !rest.is_empty() && !rest.ends_with('/') {
        return None;
    }
    let parts: Vec<&str> = rest.split('/').filter(|p| !p.is_empty()).collect();
    let c = r.catalog;
    let list = |kind: ListKind, page: usize| {
        (page >= 1 && page <= page_count(list_len(r, kind), c.site.per_page))
            .then_some(Job::List(kind, page))
    };
    let section = |name: &str| Section::ALL.into_iter().find(|s| s.dir_name() == name);
    let group = |code: &str| Group::ALL.iter().copied().find(|g| g.as_str() == code);
    let stars = |n: &str| n.parse::<u8>().ok().filter(|n| STAR_PAGES.contains(n));
    let job = match parts.as_slice() {
        [] => Some(Job::Home),
        ["search"] => Some(Job::Search),
        [s] => list(ListKind::Section(section(s)?), 1),
        [s, "page", n] => list(ListKind::Section(section(s)?), n.parse().ok()?),
        ["groups", g] => list(ListKind::Group(group(g)?), 1),
        ["groups", g, "page", n] => list(ListKind::Group(group(g)?), n.parse().ok()?),
        ["stars", n] => list(ListKind::Stars(stars(n)?), 1),
        ["stars", n, "page", p] => list(ListKind::Stars(stars(n)?), p.parse().ok()?),
        [s, slug] => {
            let s = section(s)?;
            c.position(s, slug).map(|i| Job::Record(s, i))
        }
        _ => None,
    }?;
    Some((lang, job))
}

#[derive(Debug, Serialize)]
struct HomeView {
    featured: Vec<ProductCard>,
    communes: Vec<RecordCard>,
    tourism: Vec<RecordCard>,
}

fn record_slug<'c>(r: &'c Renderer<'_>, section: Section, i: usize) -> &'c str {
    let c = r.catalog;
    match section {
        Section::Products => &c.products[i].slug,
        Section::Producers => &c.producers[i].slug,
        Section::Communes => &c.communes[i].slug,
        Section::Tourism => &c.tourism[i].slug,
    }
}

type RecordPage = (&'static str, String, String, Option<ImageView>, Vec<Crumb>);

/// Fills the context of a record page; returns the template, title,
/// description, preview image and the breadcrumbs after "home".
fn record_context(
    r: &Renderer<'_>,
    lang: &str,
    section: Section,
    i: usize,
    cx: &mut Context,
    found: &mut Vec<Diagnostic>,
) -> RecordPage {
    let c = r.catalog;
    let slug = record_slug(r, section, i);
    let mut body = |body: &Body| -> Local<String> {
        let base = LinkBase {
            catalog: c,
            images: r.images,
            urls: &r.urls,
            lang,
            section,
            slug,
        };
        let (html, diags) = to_html(body.markdown(), body.range.start, &body.path, &base);
        found.extend(diags);
        r.bodies.put(section, i, lang, html.clone());
        Local {
            value: html,
            lang: body.lang.clone(),
        }
    };
    let section_crumb = Crumb {
        name: r
            .i18n
            .text(lang, &format!("section.{}", section.dir_name()))
            .to_owned(),
        url: r.urls.page(lang, &format!("{}/", section.dir_name())),
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
                images: r.plain_images(section, slug, &pr.fields.images, &version.text.name.value),
                body: body(&version.body),
                translated: version.translated,
                commune: c
                    .commune(pr.fields.commune.get_ref())
                    .map(|x| r.commune_link(x, lang)),
                products: c
                    .products_of_producer(slug)
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
                kind: r.i18n.text(lang, &co.fields.kind.label_key()).to_owned(),
                district: text.district.clone(),
                province: text.province.clone(),
                geo: co.fields.geo,
                images: r.plain_images(section, slug, &co.fields.images, &text.name.value),
                body: body(&version.body),
                translated: version.translated,
                products: c
                    .products_in_commune(slug)
                    .into_iter()
                    .map(|p| r.product_card(p, lang))
                    .collect(),
                tourism: c
                    .tourism_in_commune(slug)
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
                images: r.tourism_images(tp, lang),
                body: body(&version.body),
                translated: version.translated,
                commune: c
                    .commune(tp.fields.commune.get_ref())
                    .map(|x| r.commune_link(x, lang)),
                products: c
                    .products_of_tourism(slug)
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
    summary: super::views::ProducerSummary,
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

fn list_view(r: &Renderer<'_>, lang: &str, kind: ListKind, page: usize) -> ListView {
    let c = r.catalog;
    let per_page = c.site.per_page;
    let range = (page - 1) * per_page..page * per_page;
    let window = |n: usize| range.start.min(n)..range.end.min(n);
    let t = |key: &str| r.i18n.text(lang, key).to_owned();
    let (title, products, records, total): (String, Vec<ProductCard>, Vec<RecordCard>, usize) =
        match kind {
            ListKind::Section(Section::Products) => {
                let all = &c.products[window(c.products.len())];
                (
                    t("section.products"),
                    all.iter().map(|p| r.product_card(p, lang)).collect(),
                    vec![],
                    c.products.len(),
                )
            }
            ListKind::Section(Section::Producers) => {
                let all = &c.producers[window(c.producers.len())];
                (
                    t("section.producers"),
                    vec![],
                    all.iter().map(|x| r.producer_card(x, lang)).collect(),
                    c.producers.len(),
                )
            }
            ListKind::Section(Section::Communes) => {
                let all = &c.communes[window(c.communes.len())];
                (
                    t("section.communes"),
                    vec![],
                    all.iter().map(|x| r.commune_card(x, lang)).collect(),
                    c.communes.len(),
                )
            }
            ListKind::Section(Section::Tourism) | ListKind::Group(Group::Tourism) => {
                let points = &c.tourism[window(c.tourism.len())];
                let services = c.products_in_group(Group::Tourism);
                let title = match kind {
                    ListKind::Group(g) => t(&g.label_key()),
                    _ => t("section.tourism"),
                };
                let products = if page == 1 {
                    services.iter().map(|p| r.product_card(p, lang)).collect()
                } else {
                    vec![]
                };
                (
                    title,
                    products,
                    points.iter().map(|x| r.tourism_card(x, lang)).collect(),
                    list_len(r, kind),
                )
            }
            ListKind::Group(g) => {
                let all = c.products_in_group(g);
                let shown = &all[window(all.len())];
                (
                    t(&g.label_key()),
                    shown.iter().map(|p| r.product_card(p, lang)).collect(),
                    vec![],
                    all.len(),
                )
            }
            ListKind::Stars(n) => {
                let all = c.products_with_stars(n);
                let shown = &all[window(all.len())];
                let title = r
                    .i18n
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
    let pages = page_count(total, per_page);
    let url = |p: usize| r.urls.page(lang, &paged_rel(kind, p));
    ListView {
        kind: if products.is_empty() && !records.is_empty() {
            "records"
        } else {
            "products"
        },
        title,
        products,
        records,
        paginator: Paginator {
            current_index: page,
            number_pagers: pages,
            total_items: total,
            first: url(1),
            last: url(pages),
            previous: (page > 1).then(|| url(page - 1)),
            next: (page < pages).then(|| url(page + 1)),
            pages: (1..=pages)
                .map(|p| PagerLink {
                    index: p,
                    url: url(p),
                    current: p == page,
                })
                .collect(),
        },
    }
}

#[allow(clippy::too_many_arguments)]
fn meta(
    r: &Renderer<'_>,
    lang: &str,
    kind: &'static str,
    title: String,
    description: String,
    rel: &str,
    breadcrumbs: Vec<Crumb>,
    image: Option<ImageView>,
) -> PageMeta {
    let languages = &r.catalog.site.languages;
    let alternates = languages
        .iter()
        .map(|l| Alternate {
            lang: l.clone(),
            url: r.urls.absolute(l, rel),
            path: r.urls.page(l, rel),
            name: r.i18n.text(l, "lang_name").to_owned(),
        })
        .collect();
    PageMeta {
        kind,
        section: "",
        title,
        description,
        path: r.urls.page(lang, rel),
        canonical: r.urls.absolute(lang, rel),
        alternates,
        x_default: r.urls.absolute(&r.catalog.site.default_language, rel),
        breadcrumbs,
        image,
        noindex: false,
    }
}

/// Copies the theme's `static/` folder to the output root and every
/// bundle's files next to its default-language page, except the photos
/// named in `images` (their variants are made by `images`).
fn copy_files(r: &Renderer<'_>, root: &Path, sink: &dyn Sink) -> Result<(), Diagnostic> {
    let copies = copied_files(r, root);
    copies.par_iter().try_for_each(|(rel, src)| {
        sink.copy(rel, src)
            .map_err(|e| Diagnostic::copy_error(src, rel, &e))
    })
}

/// The files copied as they are: (output path, source file) for the
/// theme's `static/` folder and every bundle's files.
pub fn copied_files(r: &Renderer<'_>, root: &Path) -> Vec<(String, std::path::PathBuf)> {
    let static_dir = root.join(&r.theme.dir).join("static");
    let mut copies: Vec<(String, std::path::PathBuf)> = Vec::new();
    for entry in walkdir::WalkDir::new(&static_dir).sort_by_file_name() {
        let Ok(entry) = entry else { continue };
        if entry.file_type().is_file()
            && let Ok(rel) = entry.path().strip_prefix(&static_dir)
        {
            copies.push((
                crate::diagnostics::display_path(rel),
                entry.path().to_path_buf(),
            ));
        }
    }
    let c = r.catalog;
    let bundles = c
        .products
        .iter()
        .map(|x| (Section::Products, &x.slug, &x.dir, &x.files))
        .chain(
            c.producers
                .iter()
                .map(|x| (Section::Producers, &x.slug, &x.dir, &x.files)),
        )
        .chain(
            c.communes
                .iter()
                .map(|x| (Section::Communes, &x.slug, &x.dir, &x.files)),
        )
        .chain(
            c.tourism
                .iter()
                .map(|x| (Section::Tourism, &x.slug, &x.dir, &x.files)),
        );
    for (section, slug, dir, files) in bundles {
        for f in files {
            let rel = format!("{}/{slug}/{f}", section.dir_name());
            // Photos named in `images` are published as re-encoded variants
            // only, and photos not named there not at all: the originals
            // carry EXIF (often GPS) metadata.
            if !r.images.is_named(&rel) && !crate::images::is_photo_file(f) {
                copies.push((rel, root.join(dir).join(f)));
            }
        }
    }
    copies
}
