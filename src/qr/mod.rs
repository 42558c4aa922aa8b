//! QR codes (issue #7): product pages, marketplace links and map links as
//! small inline SVGs, for the website's product pages and the kiosk.
//!
//! The `qrcode` crate encodes; the SVG is drawn here as one path of
//! horizontal runs (`M{x} {y}h{n}v1h-{n}z`), about a third of the size of
//! one square per module, crisp at any size. Error correction level M
//! (15 %) survives a glare spot on a kiosk screen or a scuffed print.

use std::collections::HashMap;
use std::sync::Mutex;

use qrcode::EcLevel;
use serde::Serialize;

use crate::config::QrTarget;
use crate::content::Section;
use crate::model::{Catalog, Geo, Product};
use crate::render::Urls;

mod mask;

/// Width of the white margin around the code, in modules (the standard's
/// quiet zone).
pub const QUIET_ZONE: usize = 4;

/// A QR code and the address it holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Qr {
    /// The encoded address (shown under the code, never as a link in the
    /// kiosk).
    pub url: String,
    /// Inline SVG markup (no XML namespace: for embedding in HTML).
    pub svg: String,
}

impl Qr {
    /// The QR code of `url`.
    pub fn new(url: &str) -> Self {
        Self {
            url: url.to_owned(),
            svg: svg(url),
        }
    }
}

/// QR codes encoded during one build, by address: a product page's code is
/// encoded once for the page and the kiosk. Only the modules are kept (one
/// bit each, about 150 bytes a code), not the SVG (4 KB), which is quick
/// to draw again: the cache stays small at 20,000 products.
#[derive(Debug, Default)]
pub struct QrCache(Mutex<HashMap<String, (usize, Vec<u8>)>>);

impl QrCache {
    /// The QR code of `url`, encoded on first use.
    pub fn get(&self, url: &str) -> Qr {
        let known = self
            .0
            .lock()
            .expect("no panic holding the lock")
            .get(url)
            .cloned();
        let (width, bits) = known.unwrap_or_else(|| {
            let (width, dark) = modules(url);
            let mut bits = vec![0u8; dark.len().div_ceil(8)];
            for (i, _) in dark.iter().enumerate().filter(|(_, d)| **d) {
                bits[i / 8] |= 1 << (i % 8);
            }
            self.0
                .lock()
                .expect("no panic holding the lock")
                .insert(url.to_owned(), (width, bits.clone()));
            (width, bits)
        });
        Qr {
            url: url.to_owned(),
            svg: draw(width, |i| (bits[i / 8] >> (i % 8)) & 1 == 1),
        }
    }
}

/// The modules of the QR code of `text`: (width, dark modules row by row).
///
/// The same code as `qrcode::QrCode::with_error_correction_level` (level M,
/// else L), bit for bit: the crate encodes and places the data; the mask is
/// chosen in [`mask`], many times faster than the crate (whose scoring
/// made QR codes most of a product page's rendering time, issue #8).
pub fn modules(text: &str) -> (usize, Vec<bool>) {
    let (bits, level) = match qrcode::bits::encode_auto(text.as_bytes(), EcLevel::M) {
        Ok(bits) => (bits, EcLevel::M),
        Err(_) => (
            qrcode::bits::encode_auto(text.as_bytes(), EcLevel::L)
                .expect("an address short enough for a QR code"),
            EcLevel::L,
        ),
    };
    mask::best_masked(bits, level)
}

/// The QR code of `text` as an SVG element: white background with the
/// quiet zone, dark runs as one path.
pub fn svg(text: &str) -> String {
    let (width, dark) = modules(text);
    draw(width, |i| dark[i])
}

/// The SVG of a code `width` modules wide; `dark(i)` tells whether module
/// `i` (row by row) is dark.
fn draw(width: usize, dark: impl Fn(usize) -> bool) -> String {
    let size = width + 2 * QUIET_ZONE;
    let mut path = String::with_capacity(width * width);
    for y in 0..width {
        let row = |x: usize| dark(y * width + x);
        let mut x = 0;
        while x < width {
            if !row(x) {
                x += 1;
                continue;
            }
            let start = x;
            while x < width && row(x) {
                x += 1;
            }
            // "M{x} {y}h{n}v1h-{n}z", without the formatting machinery.
            let n = x - start;
            path.push('M');
            push_number(&mut path, start + QUIET_ZONE);
            path.push(' ');
            push_number(&mut path, y + QUIET_ZONE);
            path.push('h');
            push_number(&mut path, n);
            path.push_str("v1h-");
            push_number(&mut path, n);
            path.push('z');
        }
    }
    format!(
        "<svg class=\"qr-code\" viewBox=\"0 0 {size} {size}\" role=\"img\" aria-label=\"QR\" shape-rendering=\"crispEdges\"><path fill=\"#fff\" d=\"M0 0h{size}v{size}H0z\"/><path fill=\"#000\" d=\"{path}\"/></svg>"
    )
}

fn push_number(out: &mut String, n: usize) {
    if n >= 10 {
        push_number(out, n / 10);
    }
    out.push(char::from(b'0' + (n % 10) as u8));
}

/// The address a product's QR code holds in `lang`: its page on the site
/// (absolute, that language's URL), or with `qr_target = "marketplace"` its
/// first shop link when it has one.
pub fn product_target(catalog: &Catalog, urls: &Urls, p: &Product, lang: &str) -> String {
    if catalog.site.kiosk.qr_target == QrTarget::Marketplace
        && let Some(buy) = p.fields.buy.first()
    {
        return buy.url.clone();
    }
    urls.absolute(lang, &Urls::record(Section::Products, &p.slug))
}

/// OpenStreetMap address of a point, with a marker.
pub fn osm_url(geo: Geo) -> String {
    format!(
        "https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=14/{lat}/{lon}",
        lat = geo.lat,
        lon = geo.lon
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_codes_as_the_qrcode_crate() {
        let mut rng = fastrand::Rng::with_seed(8);
        for n in 0..300 {
            let len = 10 + n % 150;
            let url: String = (0..len)
                .map(|_| {
                    rng.choice(b"abcdefghijklmnopqrstuvwxyz0123456789-/.:?=&%ABC".iter())
                        .map_or('a', |&b| b as char)
                })
                .collect();
            let code = qrcode::QrCode::with_error_correction_level(url.as_bytes(), EcLevel::M)
                .or_else(|_| {
                    qrcode::QrCode::with_error_correction_level(url.as_bytes(), EcLevel::L)
                })
                .unwrap();
            let expected: Vec<bool> = code
                .to_colors()
                .into_iter()
                .map(|c| c == qrcode::Color::Dark)
                .collect();
            assert_eq!(modules(&url), (code.width(), expected), "{url}");
        }
    }

    #[test]
    fn cached_codes_are_drawn_the_same() {
        let cache = QrCache::default();
        let url = "https://example.com/en/products/xoai/";
        for _ in 0..2 {
            assert_eq!(cache.get(url), Qr::new(url));
        }
    }

    #[test]
    fn osm_links_carry_a_marker() {
        assert_eq!(
            osm_url(Geo {
                lat: 11.7,
                lon: 108.8
            }),
            "https://www.openstreetmap.org/?mlat=11.7&mlon=108.8#map=14/11.7/108.8"
        );
    }
}
