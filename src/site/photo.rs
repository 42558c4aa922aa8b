//! Photos as the outputs name them: which file of a photo the feeds,
//! structured data and link previews point at ([`Site::feed_photo`]), and a
//! photo's alternative text on the website and in the kiosk ([`alt_text`]).

use std::borrow::Cow;

use super::Site;
use crate::content::Section;

/// A photo as seen from outside the site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Photo {
    /// Absolute URL, ASCII only (the file name percent-encoded by
    /// [`encode_path_segment`]).
    pub url: String,
    /// Width in pixels, when known.
    pub width: Option<u32>,
    /// Height in pixels, when known.
    pub height: Option<u32>,
}

impl Site {
    /// The photo `file` of the record `slug` in `section`, as feeds and
    /// structured data give it: its largest JPEG variant
    /// (`Images::feed_image`), whose file name is already ASCII.
    ///
    /// When the photo could not be read (an error the build reports), the
    /// original's name is given, percent-encoded: district staff name photos
    /// "Ảnh sản phẩm 1.jpg", and Google Merchant Center only accepts an
    /// `image_link` that is ASCII and RFC 3986 compliant, with spaces and commas
    /// encoded (Merchant Center help, "Image link \[image_link\]", article
    /// 6324350); Meta splits `additional_image_link` on commas.
    pub fn feed_photo(&self, section: Section, slug: &str, file: &str) -> Photo {
        let rel = format!("{}/{slug}/{file}", section.dir_name());
        match self.images().feed_image(&rel) {
            Some(f) => Photo {
                url: self.urls().absolute_asset(&f.path),
                width: Some(f.width),
                height: Some(f.height),
            },
            None => Photo {
                url: self.urls().absolute_asset(&format!(
                    "{}/{}/{}",
                    section.dir_name(),
                    encode_path_segment(slug),
                    encode_path_segment(file)
                )),
                width: None,
                height: None,
            },
        }
    }
}

/// The alt text of photo `i` of a record: its entry in `alts` (the record's
/// `image_alt`), or the record's name where that is missing or blank.
pub fn alt_text(alts: Option<&[String]>, i: usize, name: &str) -> String {
    alts.and_then(|a| a.get(i))
        .filter(|a| !a.trim().is_empty())
        .cloned()
        .unwrap_or_else(|| name.to_owned())
}

/// `segment` ready for one segment of a URL path: every byte of its UTF-8
/// form except the RFC 3986 "unreserved" characters (`A–Z a–z 0–9 - . _ ~`)
/// written as `%XX` (RFC 3986 §2.1, upper-case hex), so
/// `"Ảnh 1,2.jpg"` → `"%E1%BA%A2nh%201%2C2.jpg"`. A web server decodes it
/// back to the file name.
pub fn encode_path_segment(segment: &str) -> Cow<'_, str> {
    let unreserved = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~');
    if segment.bytes().all(unreserved) {
        return Cow::Borrowed(segment);
    }
    let mut out = String::with_capacity(segment.len() * 3);
    for b in segment.bytes() {
        if unreserved(b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_are_percent_encoded() {
        assert!(matches!(
            encode_path_segment("photo-2.jpg"),
            Cow::Borrowed("photo-2.jpg")
        ));
        assert_eq!(
            encode_path_segment("Ảnh 1,2.jpg"),
            "%E1%BA%A2nh%201%2C2.jpg"
        );
        assert_eq!(encode_path_segment("a&b#c?d%e+f"), "a%26b%23c%3Fd%25e%2Bf");
        // Round trip through a real URL parser.
        let url = url::Url::parse(&format!(
            "https://example.vn/ocop/products/x/{}",
            encode_path_segment("Ảnh sản phẩm, 1.jpg")
        ))
        .unwrap();
        assert!(url.as_str().is_ascii() && !url.as_str().contains([' ', ',']));
        let last = url.path_segments().unwrap().next_back().unwrap();
        assert_eq!(
            url::form_urlencoded::parse(format!("x={last}").as_bytes())
                .next()
                .unwrap()
                .1,
            "Ảnh sản phẩm, 1.jpg"
        );
    }
}
