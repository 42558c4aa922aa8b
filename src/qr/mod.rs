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

use crate::model::Geo;

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
    /// The QR code of `url`; `None` when `url` is too long for any QR code
    /// (see [`fits`]).
    pub fn new(url: &str) -> Option<Self> {
        Some(Self {
            url: url.to_owned(),
            svg: svg(url)?,
        })
    }

    /// The code as a standalone SVG document (with the SVG namespace, which
    /// an SVG file needs and inline HTML does not): for the print pack,
    /// whose templates place it as an image, so it stays vector in the PDF.
    pub fn standalone_svg(&self) -> String {
        self.svg
            .replacen("<svg ", "<svg xmlns=\"http://www.w3.org/2000/svg\" ", 1)
    }
}

/// Bytes a QR code of version 40 holds in byte mode at error correction
/// level M (ISO/IEC 18004, table 7): any text this long or shorter fits.
pub(crate) const MAX_BYTES_M: usize = 2331;

/// True when `text` fits in a QR code (version 40 at the most, error
/// correction level L at the least). Cheap: only a text longer than
/// `MAX_BYTES_M` is encoded to find out.
pub fn fits(text: &str) -> bool {
    text.len() <= MAX_BYTES_M || qrcode::bits::encode_auto(text.as_bytes(), EcLevel::L).is_ok()
}

/// QR codes encoded during one build, by address: a product page's code is
/// encoded once for the page and the kiosk. Only the modules are kept (one
/// bit each, about 150 bytes a code), not the SVG (4 KB), which is quick
/// to draw again: the cache stays small at 20,000 products.
#[derive(Debug, Default)]
pub(crate) struct QrCache(Mutex<HashMap<String, (usize, Vec<u8>)>>);

impl QrCache {
    /// The QR code of `url`, encoded on first use; `None` when `url` is too
    /// long for a QR code.
    pub fn get(&self, url: &str) -> Option<Qr> {
        let known = self
            .0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(url)
            .cloned();
        let (width, bits) = match known {
            Some(known) => known,
            None => {
                let (width, dark) = modules(url)?;
                let mut bits = vec![0u8; dark.len().div_ceil(8)];
                for (i, _) in dark.iter().enumerate().filter(|(_, d)| **d) {
                    bits[i / 8] |= 1 << (i % 8);
                }
                self.0
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .insert(url.to_owned(), (width, bits.clone()));
                (width, bits)
            }
        };
        Some(Qr {
            url: url.to_owned(),
            svg: draw(width, |i| (bits[i / 8] >> (i % 8)) & 1 == 1),
        })
    }
}

/// The modules of the QR code of `text`: (width, dark modules row by row).
///
/// The same code as `qrcode::QrCode::with_error_correction_level` (level M,
/// else L), bit for bit: the crate encodes and places the data; the mask is
/// chosen in `mask`, many times faster than the crate (whose scoring
/// made QR codes most of a product page's rendering time, issue #8).
/// `None` when `text` does not fit in any QR code.
pub fn modules(text: &str) -> Option<(usize, Vec<bool>)> {
    let (bits, level) = match qrcode::bits::encode_auto(text.as_bytes(), EcLevel::M) {
        Ok(bits) => (bits, EcLevel::M),
        Err(_) => (
            qrcode::bits::encode_auto(text.as_bytes(), EcLevel::L).ok()?,
            EcLevel::L,
        ),
    };
    Some(mask::best_masked(bits, level))
}

/// The QR code of `text` as an SVG element: white background with the
/// quiet zone, dark runs as one path. `None` when `text` does not fit.
pub fn svg(text: &str) -> Option<String> {
    let (width, dark) = modules(text)?;
    Some(draw(width, |i| dark[i]))
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

/// OpenStreetMap address of a point, with a marker.
pub(crate) fn osm_url(geo: Geo) -> String {
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
            assert_eq!(modules(&url), Some((code.width(), expected)), "{url}");
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
    fn an_address_too_long_for_any_code_has_none() {
        // Version 40-L holds 2,953 bytes of lower-case text (byte mode),
        // 4,296 characters of upper-case letters and digits.
        let longest = format!("https://shopee.vn/{}", "a".repeat(2953 - 18));
        assert!(fits(&longest));
        assert!(Qr::new(&longest).is_some());
        let too_long = format!("{longest}a");
        assert!(!fits(&too_long));
        assert_eq!(Qr::new(&too_long), None);
        assert_eq!(QrCache::default().get(&too_long), None);
        assert!(fits(&"A".repeat(4296)));
        assert!(!fits(&"A".repeat(4297)));
        assert!(fits(&"a".repeat(MAX_BYTES_M)));
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
