//! `sitemap.xml` (sitemaps.org protocol 0.9) with hreflang alternates, and
//! `robots.txt` naming it.
//!
//! Rules (sitemaps.org protocol; Google Search Central "Localized
//! versions of your page"):
//! - every page in every language is a `<url>` whose `<loc>` is absolute;
//! - each `<url>` lists every language version of itself, itself included,
//!   as `<xhtml:link rel="alternate" hreflang>` plus `x-default` (the
//!   default language), so the alternates are reciprocal;
//! - one file holds at most 50,000 URLs (`MAX_URLS`) and 50 MiB
//!   uncompressed (`MAX_BYTES`); above either the URLs go to
//!   `sitemap-1.xml`, `sitemap-2.xml`, … and `sitemap.xml` becomes a
//!   sitemap index pointing at them;
//! - `<lastmod>` only from data (a product's certificate decision date or
//!   `added` date, the later of the two), never from file times; pages
//!   without such a date have none.

use jiff::civil::Date;
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, Event};

use super::google_merchant::text;
use super::put_all;
use super::{FeedError, require_absolute};
use crate::content::Section;
use crate::diagnostics::Diagnostic;
use crate::messages::Message;
use crate::output::Output;
use crate::site::{Page, Site};
use crate::write::Sink;

/// sitemaps.org protocol: at most 50,000 URLs per sitemap file.
pub(crate) const MAX_URLS: usize = 50_000;
/// sitemaps.org protocol: a sitemap file is at most 50 MiB (52,428,800
/// bytes) uncompressed. With two languages an entry is about 600 bytes, so
/// 50,000 URLs fit; every extra language adds an alternate to each entry
/// and can push a full file over.
pub(crate) const MAX_BYTES: usize = 52_428_800;
/// The sitemap namespace.
pub(crate) const NAMESPACE: &str = "http://www.sitemaps.org/schemas/sitemap/0.9";
/// The XHTML namespace of `xhtml:link`.
pub(crate) const XHTML: &str = "http://www.w3.org/1999/xhtml";
/// Output path of the sitemap (or sitemap index).
pub(crate) const PATH: &str = "sitemap.xml";
/// Output path of robots.txt.
pub(crate) const ROBOTS_PATH: &str = "robots.txt";

/// The sitemap (or sitemap index and its parts) and robots.txt.
pub struct Sitemap;

impl Output for Sitemap {
    fn name(&self) -> &'static str {
        "sitemap"
    }

    fn write(&self, site: &Site, sink: &dyn Sink) -> Result<Vec<Message>, Vec<Diagnostic>> {
        let mut files: Vec<(String, Result<Vec<u8>, FeedError>)> = match files(site, MAX_URLS) {
            Ok(list) => list.into_iter().map(|(p, b)| (p, Ok(b))).collect(),
            Err(e) => vec![(PATH.to_owned(), Err(e))],
        };
        files.push((ROBOTS_PATH.to_owned(), robots(site)));
        put_all(sink, files)?;
        Ok(Vec::new())
    }
}

/// One `<url>` entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Absolute URL of the page.
    pub loc: String,
    /// Date of the last change known from the data.
    pub lastmod: Option<Date>,
    /// (hreflang, absolute URL) of every language version, then `x-default`.
    pub alternates: Vec<(String, String)>,
}

/// The date a page last changed according to the data: a product's
/// [`data_date`](crate::model::Product::data_date).
fn lastmod(site: &Site, page: Page) -> Option<Date> {
    match page {
        Page::Record(Section::Products, i) => site.catalog().products[i].data_date(),
        _ => None,
    }
}

/// Every entry of the sitemap: each page in each language (the 404 and
/// search pages have nothing to index).
pub fn entries(site: &Site) -> Result<Vec<Entry>, FeedError> {
    let config = site.config();
    let mut out = Vec::new();
    for page in site.pages() {
        if matches!(page, Page::NotFound | Page::Search) {
            continue;
        }
        let rel = page.rel(site);
        let mut alternates = config
            .languages
            .iter()
            .map(|l| Ok((l.clone(), require_absolute(site.urls().absolute(l, &rel))?)))
            .collect::<Result<Vec<_>, FeedError>>()?;
        alternates.push((
            "x-default".to_owned(),
            require_absolute(site.urls().absolute(&config.default_language, &rel))?,
        ));
        let date = lastmod(site, page);
        for lang in &config.languages {
            out.push(Entry {
                loc: require_absolute(site.urls().absolute(lang, &rel))?,
                lastmod: date,
                alternates: alternates.clone(),
            });
        }
    }
    Ok(out)
}

fn start(w: &mut Writer<Vec<u8>>) -> std::io::Result<()> {
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))
}

fn finish(w: Writer<Vec<u8>>) -> Vec<u8> {
    let mut bytes = w.into_inner();
    bytes.push(b'\n');
    bytes
}

/// A `<urlset>` file of `entries`.
pub(crate) fn urlset(entries: &[Entry]) -> Result<Vec<u8>, FeedError> {
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    start(&mut w)?;
    w.create_element("urlset")
        .with_attributes([("xmlns", NAMESPACE), ("xmlns:xhtml", XHTML)])
        .write_inner_content(|w| {
            for e in entries {
                w.create_element("url").write_inner_content(|w| {
                    text(w, "loc", &e.loc)?;
                    if let Some(d) = e.lastmod {
                        text(w, "lastmod", &d.to_string())?;
                    }
                    for (lang, href) in &e.alternates {
                        w.create_element("xhtml:link")
                            .with_attributes([
                                ("rel", "alternate"),
                                ("hreflang", lang.as_str()),
                                ("href", href.as_str()),
                            ])
                            .write_empty()?;
                    }
                    Ok(())
                })?;
            }
            Ok(())
        })?;
    Ok(finish(w))
}

/// A `<sitemapindex>` pointing at `locs`.
pub(crate) fn index(locs: &[String]) -> Result<Vec<u8>, FeedError> {
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    start(&mut w)?;
    w.create_element("sitemapindex")
        .with_attribute(("xmlns", NAMESPACE))
        .write_inner_content(|w| {
            for loc in locs {
                w.create_element("sitemap")
                    .write_inner_content(|w| text(w, "loc", loc))?;
            }
            Ok(())
        })?;
    Ok(finish(w))
}

/// The sitemap files: `sitemap.xml` alone when the site has at most
/// `max_urls` URLs and they fit in `MAX_BYTES`, else `sitemap.xml` as an
/// index of `sitemap-1.xml`… (`max_urls` is `MAX_URLS` in a build; tests
/// pass a small number).
pub fn files(site: &Site, max_urls: usize) -> Result<Vec<(String, Vec<u8>)>, FeedError> {
    files_within(site, max_urls, MAX_BYTES)
}

/// [`files`] with a size limit in bytes per file too (tests pass a small
/// one). The URLs go in order, at most `max_urls` per file; a file that
/// would be larger than `max_bytes` is halved until it fits.
pub fn files_within(
    site: &Site,
    max_urls: usize,
    max_bytes: usize,
) -> Result<Vec<(String, Vec<u8>)>, FeedError> {
    let entries = entries(site)?;
    let mut sets = Vec::new();
    for chunk in entries.chunks(max_urls.max(1)) {
        split_to_fit(chunk, max_bytes, &mut sets)?;
    }
    if sets.len() <= 1 {
        let only = match sets.pop() {
            Some(bytes) => bytes,
            None => urlset(&[])?,
        };
        return Ok(vec![(PATH.to_owned(), only)]);
    }
    let mut out = Vec::new();
    let mut locs = Vec::new();
    for (i, bytes) in sets.into_iter().enumerate() {
        let name = format!("sitemap-{}.xml", i + 1);
        locs.push(require_absolute(site.urls().absolute_asset(&name))?);
        out.push((name, bytes));
    }
    out.insert(0, (PATH.to_owned(), index(&locs)?));
    Ok(out)
}

/// Appends the `<urlset>` of `entries` to `out`, halved (recursively) while
/// it is larger than `max_bytes` and has more than one entry.
fn split_to_fit(
    entries: &[Entry],
    max_bytes: usize,
    out: &mut Vec<Vec<u8>>,
) -> Result<(), FeedError> {
    let bytes = urlset(entries)?;
    if bytes.len() <= max_bytes || entries.len() <= 1 {
        out.push(bytes);
        return Ok(());
    }
    let (first, second) = entries.split_at(entries.len() / 2);
    split_to_fit(first, max_bytes, out)?;
    split_to_fit(second, max_bytes, out)
}

/// `robots.txt`: everything may be crawled; names the sitemap's absolute
/// URL. (Crawlers read robots.txt only at the host root: a site published
/// under a sub-path should copy this line into the host's own robots.txt.)
pub(crate) fn robots(site: &Site) -> Result<Vec<u8>, FeedError> {
    let sitemap = require_absolute(site.urls().absolute_asset(PATH))?;
    Ok(format!("User-agent: *\nAllow: /\n\nSitemap: {sitemap}\n").into_bytes())
}
