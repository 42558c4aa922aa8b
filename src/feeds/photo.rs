//! Which file of a photo the feeds, structured data and link previews
//! point at. Kept in this one function so that switching to the resized
//! "large" variant (work in progress on the images branch) is a one-line
//! change.

use crate::content::Section;
use crate::images::Images;
use crate::render::Urls;

/// A photo as seen from outside the site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Photo {
    /// Absolute URL.
    pub url: String,
    /// Width in pixels, when known.
    pub width: Option<u32>,
    /// Height in pixels, when known.
    pub height: Option<u32>,
}

/// The photo `file` of the record `slug` in `section`, as feeds and link
/// previews give it: for now the original file copied next to the record's
/// default-language page (`Urls::absolute_asset("products/<slug>/<file>")`).
/// When resized variants land, return the large variant's URL and size here.
pub fn feed_photo(urls: &Urls, images: &Images, section: Section, slug: &str, file: &str) -> Photo {
    let rel = format!("{}/{slug}/{file}", section.dir_name());
    let size = images.dimensions(&rel);
    Photo {
        url: urls.absolute_asset(&rel),
        width: size.map(|s| s.0),
        height: size.map(|s| s.1),
    }
}
