//! Feeds: everything the site publishes for machines rather than people,
//! one output each:
//! - [`google_merchant`]: Google Merchant Center RSS feed per language;
//! - [`meta_catalog`]: Meta Commerce Manager CSV and its language overrides;
//! - [`json`]: the whole catalogue as JSON, with its JSON Schema;
//! - [`sitemap`]: `sitemap.xml` with hreflang alternates, `robots.txt`;
//! - [`atom`]: an Atom feed of new and newly certified products per language.
//!
//! [`listing`] decides which products the merchant feeds (Google, Meta) list
//! and what they say of each; [`report`] is what the build summary tells
//! of them.
//!
//! `[feeds] enabled = false` in `content/site.toml` switches off the files
//! in `output/feeds/` only; the sitemap, robots.txt and Atom feeds are
//! always written.
//!
//! Every feed is deterministic (catalogue order, no clock, no hash-map
//! order) and refuses relative URLs (`require_absolute`).

pub mod atom;
pub mod google_merchant;
pub mod json;
pub mod listing;
pub mod meta_catalog;
pub mod sitemap;
mod taxonomy;

pub use listing::{FeedReport, LeftOut, Reason, report};

use thiserror::Error;

use crate::diagnostics::{Code, Diagnostic};
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
pub(crate) fn require_absolute(url: String) -> Result<String, FeedError> {
    match url::Url::parse(&url) {
        Ok(u) if matches!(u.scheme(), "http" | "https") && u.host_str().is_some() => Ok(url),
        _ => Err(FeedError::RelativeUrl(url)),
    }
}

/// Puts each feed file into `sink`; every file that could not be made or
/// written is an error.
fn put_all(
    sink: &dyn Sink,
    files: Vec<(String, Result<Vec<u8>, FeedError>)>,
) -> Result<(), Vec<Diagnostic>> {
    let failed: Vec<Diagnostic> = files
        .into_iter()
        .filter_map(|(path, bytes)| {
            let e = bytes
                .and_then(|b| sink.put(&path, &b).map_err(FeedError::from))
                .err()?;
            Some(
                Diagnostic::error(Code::FeedError)
                    .arg("file", path)
                    .arg("error", e.to_string()),
            )
        })
        .collect();
    if failed.is_empty() {
        Ok(())
    } else {
        Err(failed)
    }
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
