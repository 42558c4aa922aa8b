//! Feeds: everything the site publishes for machines rather than people.
//!
//! Run after the pages are rendered, writing through the same [`Sink`]:
//! - [`google_merchant`]: Google Merchant Center RSS feed per language;
//! - [`meta_catalog`]: Meta Commerce Manager CSV and its language overrides;
//! - [`json`]: the whole catalogue as JSON, with its JSON Schema;
//! - [`sitemap`]: `sitemap.xml` with hreflang alternates, `robots.txt`;
//! - [`atom`]: an Atom feed of new and newly certified products per language;
//! - [`jsonld`] and [`preview`]: structured data, Open Graph and Twitter
//!   card tags for every page (called by the page renderer).
//!
//! `[feeds] enabled = false` in `content/site.toml` switches off the files
//! in `output/feeds/` only; the sitemap, robots.txt and Atom feeds are
//! always written.
//!
//! Every feed is deterministic (catalogue order, no clock, no hash-map
//! order) and refuses relative URLs ([`require_absolute`]).

pub mod atom;
pub mod google_merchant;
pub mod json;
pub mod jsonld;
pub mod listing;
pub mod meta_catalog;
pub mod photo;
pub mod preview;
pub mod sitemap;
pub mod taxonomy;
pub mod text;

pub use listing::{FeedReport, LeftOut, Reason};

use std::path::PathBuf;

use thiserror::Error;

use crate::diagnostics::{Code, Diagnostic, Diagnostics};
use crate::render::Renderer;
use crate::write::Sink;

/// Why a feed could not be produced.
#[derive(Debug, Error)]
pub enum FeedError {
    /// A URL that is not absolute reached a feed.
    #[error("\"{0}\" is not an absolute http(s) address; feeds only carry absolute URLs")]
    RelativeUrl(String),
    /// Writing the feed's bytes failed.
    #[error(transparent)]
    Io(#[from] std::io::Error),
    /// The CSV writer failed.
    #[error(transparent)]
    Csv(#[from] csv::Error),
    /// JSON serialisation failed.
    #[error(transparent)]
    Json(#[from] serde_json::Error),
}

/// `url` when it is an absolute http(s) URL with a host; an error otherwise.
/// Google and Meta reject relative links, so no feed writes one.
pub fn require_absolute(url: String) -> Result<String, FeedError> {
    match url::Url::parse(&url) {
        Ok(u) if matches!(u.scheme(), "http" | "https") && u.host_str().is_some() => Ok(url),
        _ => Err(FeedError::RelativeUrl(url)),
    }
}

/// Writes every feed into `sink`; returns what the merchant feeds listed
/// and left out, or `None` when a feed could not be written (the reason is
/// in `diags`). Control characters in product text are reported as
/// warnings (they are removed from the feeds).
pub fn write_feeds(
    r: &Renderer<'_>,
    sink: &dyn Sink,
    diags: &mut Diagnostics,
) -> Option<FeedReport> {
    diags.extend(control_character_warnings(r));
    diags.extend(duplicate_id_errors(r));
    let mut files: Vec<(String, Result<Vec<u8>, FeedError>)> = Vec::new();
    let site = &r.catalog.site;
    let report = merchant_report(r);
    if site.feeds.enabled {
        for lang in &site.languages {
            files.push((google_merchant::path(lang), google_merchant::feed(r, lang)));
        }
        files.push((meta_catalog::PATH.to_owned(), meta_catalog::feed(r)));
        for lang in site.translations() {
            files.push((
                meta_catalog::override_path(lang),
                meta_catalog::override_feed(r, lang),
            ));
        }
        files.push((json::PATH.to_owned(), json::export_bytes(r)));
        files.push((json::SCHEMA_PATH.to_owned(), json::schema_bytes(r)));
    }
    match sitemap::files(r, sitemap::MAX_URLS) {
        Ok(list) => files.extend(list.into_iter().map(|(p, b)| (p, Ok(b)))),
        Err(e) => files.push((sitemap::PATH.to_owned(), Err(e))),
    }
    files.push((sitemap::ROBOTS_PATH.to_owned(), sitemap::robots(r)));
    for lang in &site.languages {
        match atom::feed(r, lang) {
            Ok(Some(bytes)) => files.push((atom::path(r, lang), Ok(bytes))),
            Ok(None) => {}
            Err(e) => files.push((atom::path(r, lang), Err(e))),
        }
    }
    let mut ok = true;
    for (path, bytes) in files {
        let result = bytes.and_then(|b| sink.put(&path, &b).map_err(FeedError::from));
        if let Err(e) = result {
            ok = false;
            diags.push(
                Diagnostic::error(Code::FeedError, format!("cannot write {path}: {e}"))
                    .help("check base_url in content/site.toml (an absolute https:// address), the disk space and the output folder's permissions"),
            );
        }
    }
    ok.then_some(report)
}

/// What the merchant feeds list and leave out (the build report).
pub fn merchant_report(r: &Renderer<'_>) -> FeedReport {
    let enabled = r.catalog.site.feeds.enabled;
    let mut report = FeedReport {
        enabled,
        ..FeedReport::default()
    };
    if !enabled {
        return report;
    }
    for p in &r.catalog.products {
        let google = listing::google_reason(r, p);
        let meta = listing::meta_reason(r, p);
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

/// One error per product whose feed id ([`listing::feed_id`]: the sku,
/// else the slug) is already the id of a product earlier in the catalogue,
/// ignoring upper and lower case. Google Merchant Center needs a unique id
/// per product and reads ids that differ only in case as the same ("ID
/// [id]", help article 6324405); Meta ignores every item of an id that is
/// repeated. Nothing when `[feeds] enabled = false`.
pub fn duplicate_id_errors(r: &Renderer<'_>) -> Vec<Diagnostic> {
    let c = r.catalog;
    if !c.site.feeds.enabled {
        return Vec::new();
    }
    let mut seen: std::collections::BTreeMap<String, &crate::model::Product> =
        std::collections::BTreeMap::new();
    let mut errors = Vec::new();
    for p in &c.products {
        let id = listing::feed_id(p);
        match seen.get(&id.to_lowercase()) {
            Some(first) => errors.push(
                Diagnostic::error(
                    Code::DuplicateFeedId,
                    format!(
                        "the feed id \"{id}\" is already the id of {} (\"{}\")",
                        crate::diagnostics::display_path(&first.dir.join("index.md")),
                        listing::feed_id(first)
                    ),
                )
                .in_file(p.dir.join("index.md"))
                .help("give each product its own sku: Google Merchant Center and Meta need one id per product (a product without a sku uses its folder name), and ids that differ only in upper and lower case count as the same"),
            ),
            None => {
                seen.insert(id.to_lowercase(), p);
            }
        }
    }
    errors
}

/// One warning per record file whose text has control characters (C0
/// except tab and newline, DEL, C1): feeds drop them, but they are almost
/// always a copy-paste accident worth fixing at the source.
pub fn control_character_warnings(r: &Renderer<'_>) -> Vec<Diagnostic> {
    let c = r.catalog;
    let default = &c.site.default_language;
    let mut found: Vec<(PathBuf, char)> = Vec::new();
    let mut check = |dir: &std::path::Path, lang: &str, texts: Vec<Option<&str>>| {
        let file = if lang == default {
            dir.join("index.md")
        } else {
            dir.join(format!("index.{lang}.md"))
        };
        if let Some(ch) = texts.into_iter().flatten().find_map(text::first_unwanted)
            && !found.iter().any(|(f, _)| *f == file)
        {
            found.push((file, ch));
        }
    };
    for lang in &c.site.languages {
        // A value written in another language is that file's problem.
        fn own<'a>(l: &'a crate::model::Local<String>, lang: &str) -> Option<&'a str> {
            (l.lang == lang).then_some(l.value.as_str())
        }
        let own = |l| own(l, lang);
        for p in &c.products {
            let v = p.version(lang);
            let t = &v.text;
            let mut texts = vec![own(&t.name)];
            texts.extend([&t.summary, &t.unit].map(|x| x.as_ref().and_then(own)));
            if v.body.lang == *lang {
                texts.push(Some(v.body.markdown()));
            }
            check(&p.dir, lang, texts);
        }
        for x in &c.producers {
            let v = x.version(lang);
            let texts = vec![own(&v.text.name), v.text.address.as_ref().and_then(own)];
            check(&x.dir, lang, texts);
        }
        for x in &c.communes {
            let v = x.version(lang);
            check(&x.dir, lang, vec![own(&v.text.name)]);
        }
        for x in &c.tourism {
            let v = x.version(lang);
            let texts = vec![own(&v.text.name), v.text.summary.as_ref().and_then(own)];
            check(&x.dir, lang, texts);
        }
    }
    found
        .into_iter()
        .map(|(file, ch)| {
            Diagnostic::warning(
                Code::ControlCharacter,
                format!(
                    "the text has an invisible control character (U+{:04X}); feeds leave it out",
                    u32::from(ch)
                ),
            )
            .in_file(file)
            .help("retype the text or paste it as plain text (Ctrl+Shift+V) to remove the hidden character")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feeds_refuse_relative_urls() {
        assert!(require_absolute("https://example.vn/ocop/products/x/".into()).is_ok());
        assert!(require_absolute("http://example.vn/".into()).is_ok());
        for bad in [
            "/products/x/",
            "products/x/",
            "//example.vn/x",
            "javascript:alert(1)",
            "",
        ] {
            assert!(
                matches!(require_absolute(bad.into()), Err(FeedError::RelativeUrl(_))),
                "{bad}"
            );
        }
    }
}
