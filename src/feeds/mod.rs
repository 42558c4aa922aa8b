//! Feeds: everything the site publishes for machines rather than people.
//!
//! Run after the pages are rendered, writing through the same [`Sink`]:
//! - [`google_merchant`]: Google Merchant Center RSS feed per language;
//! - [`meta_catalog`]: Meta Commerce Manager CSV and its language overrides;
//! - [`json`]: the whole catalogue as JSON, with its JSON Schema;
//! - [`sitemap`]: `sitemap.xml` with hreflang alternates, `robots.txt`;
//! - [`atom`]: an Atom feed of new and newly certified products per language.
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
pub mod listing;
pub mod meta_catalog;
pub mod sitemap;
pub mod taxonomy;
pub mod text;

pub use listing::{FeedReport, LeftOut, Reason};

use thiserror::Error;

use crate::diagnostics::{Code, Diagnostic, Diagnostics};
use crate::site::Site;
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
/// in `diags`). Control characters are removed from the feeds (resolve
/// reports them).
pub fn write_feeds(site: &Site, sink: &dyn Sink, diags: &mut Diagnostics) -> Option<FeedReport> {
    let mut files: Vec<(String, Result<Vec<u8>, FeedError>)> = Vec::new();
    let config = site.config();
    let report = merchant_report(site);
    if config.feeds.enabled {
        for lang in &config.languages {
            files.push((
                google_merchant::path(lang),
                google_merchant::feed(site, lang),
            ));
        }
        files.push((meta_catalog::PATH.to_owned(), meta_catalog::feed(site)));
        for lang in config.translations() {
            files.push((
                meta_catalog::override_path(lang),
                meta_catalog::override_feed(site, lang),
            ));
        }
        files.push((json::PATH.to_owned(), json::export_bytes(site)));
        files.push((json::SCHEMA_PATH.to_owned(), json::schema_bytes(site)));
    }
    match sitemap::files(site, sitemap::MAX_URLS) {
        Ok(list) => files.extend(list.into_iter().map(|(p, b)| (p, Ok(b)))),
        Err(e) => files.push((sitemap::PATH.to_owned(), Err(e))),
    }
    files.push((sitemap::ROBOTS_PATH.to_owned(), sitemap::robots(site)));
    for lang in &config.languages {
        match atom::feed(site, lang) {
            Ok(Some(bytes)) => files.push((atom::path(site, lang), Ok(bytes))),
            Ok(None) => {}
            Err(e) => files.push((atom::path(site, lang), Err(e))),
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
pub fn merchant_report(site: &Site) -> FeedReport {
    let enabled = site.config().feeds.enabled;
    let mut report = FeedReport {
        enabled,
        ..FeedReport::default()
    };
    if !enabled {
        return report;
    }
    for p in &site.catalog().products {
        let google = listing::google_reason(site, p);
        let meta = listing::meta_reason(site, p);
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
