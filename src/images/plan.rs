//! What to make of one photo: the renditions (sizes and crops), their file
//! names in the output and their cache keys. Pure functions of the photo's
//! (oriented) size and source hash, so `check` can plan without decoding.

use std::fmt::Write as _;

/// Fixed widths of the responsive variants, in pixels.
pub(crate) const WIDTHS: [u32; 4] = [320, 640, 1280, 2048];

/// Side of the square thumbnail used in lists.
pub(crate) const THUMB_SIDE: u32 = 480;

/// Size of the Open Graph (link preview) crop.
pub(crate) const OG_SIZE: (u32, u32) = (1200, 630);

/// The feed variant (the largest JPEG) must be at least this many pixels on
/// its short side for merchant feeds to list the product.
pub(crate) const FEED_MIN_SHORT_SIDE: u32 = 800;

/// The widest plain `<img src>` fallback (the `src` of the `<img>`).
pub(crate) const DEFAULT_MAX_WIDTH: u32 = 1280;

/// JPEG quality (1–100).
pub(crate) const JPEG_QUALITY: u8 = 80;

/// Lossy WebP quality (0–100, libwebp's scale).
pub(crate) const WEBP_QUALITY: f32 = 80.0;

/// Everything that changes the bytes of a variant for the same source and
/// size: bump it when the resize filter, an encoder or its settings change.
/// It is part of every cache key and of the tag in output file names.
pub(crate) const PIPELINE: &str = "ocop-images/1 resize=fir-6.1-lanczos3 \
     jpeg=jpeg-encoder-0.7-q80-progressive-optimised-420avg \
     webp=libwebp-q80-m4 flatten=white";

/// The shape of a rendition.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Shape {
    /// The whole photo scaled to this width.
    Width(u32),
    /// A centred square crop, scaled to this side.
    Square(u32),
    /// A centred crop of this aspect ratio (`(w, h)`), scaled to `w` wide
    /// at most.
    Crop(u32, u32),
}

/// One rendition of a photo: a size and crop, encoded as JPEG and (unless
/// it is an Open Graph crop) as WebP.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendition {
    /// How it is cut from the photo.
    pub shape: Shape,
    /// Pixel width of the result.
    pub width: u32,
    /// Pixel height of the result.
    pub height: u32,
    /// Site path of the JPEG (`products/xoai/photo-640w.1a2b3c4d.jpg`).
    pub jpeg: String,
    /// Site path of the WebP, when there is one: planned for every
    /// rendition but the Open Graph crop, and dropped after encoding when it
    /// is not smaller than the JPEG.
    pub webp: Option<String>,
    /// Cache key of the JPEG.
    pub jpeg_key: Key,
    /// Cache key of the WebP.
    pub webp_key: Key,
}

impl Rendition {
    /// The part of the source (left, top, width, height) that this
    /// rendition shows, for a source of `w` × `h` pixels.
    pub fn source_rect(&self, w: u32, h: u32) -> (f64, f64, f64, f64) {
        let (w, h) = (f64::from(w), f64::from(h));
        let centred = |cw: f64, ch: f64| ((w - cw) / 2.0, (h - ch) / 2.0, cw, ch);
        match self.shape {
            Shape::Width(_) => (0.0, 0.0, w, h),
            Shape::Square(_) => {
                let side = w.min(h);
                centred(side, side)
            }
            Shape::Crop(aw, ah) => {
                let (aw, ah) = (f64::from(aw), f64::from(ah));
                if w / h > aw / ah {
                    centred(h * aw / ah, h)
                } else {
                    centred(w, w * ah / aw)
                }
            }
        }
    }
}

/// A cache key: BLAKE3 of the pipeline version, the source bytes' hash and
/// the variant's parameters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Key(pub [u8; 32]);

impl Key {
    /// Lowercase hex.
    pub(crate) fn hex(&self) -> String {
        let mut s = String::with_capacity(64);
        for b in self.0 {
            let _ = write!(s, "{b:02x}");
        }
        s
    }
}

/// Output file format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// Baseline-compatible progressive JPEG.
    Jpeg,
    /// Lossy WebP.
    Webp,
}

impl Format {
    /// File extension.
    pub(crate) fn ext(self) -> &'static str {
        match self {
            Format::Jpeg => "jpg",
            Format::Webp => "webp",
        }
    }
}

/// Cache key of one encoded variant.
pub(crate) fn key(
    source: &blake3::Hash,
    shape: Shape,
    width: u32,
    height: u32,
    format: Format,
) -> Key {
    let mut h = blake3::Hasher::new();
    h.update(PIPELINE.as_bytes());
    h.update(b"\0");
    h.update(source.as_bytes());
    let params = match format {
        Format::Jpeg => format!("{shape:?} {width}x{height} jpeg q{JPEG_QUALITY}"),
        Format::Webp => format!("{shape:?} {width}x{height} webp q{WEBP_QUALITY}"),
    };
    h.update(params.as_bytes());
    Key(*h.finalize().as_bytes())
}

/// The version tag in output file names: changes when the photo or the
/// pipeline changes, so variants can be cached by browsers for ever.
pub(crate) fn tag(source: &blake3::Hash) -> String {
    let mut h = blake3::Hasher::new();
    h.update(PIPELINE.as_bytes());
    h.update(source.as_bytes());
    h.finalize().to_hex()[..8].to_owned()
}

/// Widths of the responsive variants of a photo `original` pixels wide: the
/// fixed [`WIDTHS`] below it, plus the original width itself (capped at the
/// largest fixed width) unless it is within 10 % of the largest fixed width
/// already taken. Never upscaled, never empty.
pub(crate) fn responsive_widths(original: u32) -> Vec<u32> {
    let original = original.max(1);
    let cap = original.min(WIDTHS[WIDTHS.len() - 1]);
    let mut widths: Vec<u32> = WIDTHS.iter().copied().filter(|&w| w < cap).collect();
    match widths.last() {
        Some(&last) if u64::from(cap) * 10 <= u64::from(last) * 11 => {}
        _ => widths.push(cap),
    }
    widths
}

/// Height of a `width`-wide variant of a `w` × `h` photo.
pub(crate) fn scaled_height(w: u32, h: u32, width: u32) -> u32 {
    let height = (u64::from(h) * u64::from(width) + u64::from(w) / 2) / u64::from(w.max(1));
    (height as u32).max(1)
}

/// Every rendition of the photo at site path `rel` (`products/xoai/photo.jpg`),
/// `w` × `h` pixels after EXIF orientation, with source hash `source`:
/// responsive widths (ascending), then the square thumbnail, then the Open
/// Graph crop.
pub fn renditions(rel: &str, w: u32, h: u32, source: &blake3::Hash) -> Vec<Rendition> {
    let (dir, stem) = split(rel);
    // Variant names are ASCII slugs ("Ảnh sản phẩm 1.jpg" → "anh-san-pham-1-…"):
    // safe in srcset (which splits on spaces and commas) and in feeds.
    let stem = match crate::text::slugify(stem) {
        s if s.is_empty() => "photo".to_owned(),
        s => s,
    };
    let tag = tag(source);
    let name =
        |suffix: &str, format: Format| format!("{dir}{stem}-{suffix}.{tag}.{}", format.ext());
    let make = |shape: Shape, width: u32, height: u32, suffix: &str, webp: bool| Rendition {
        shape,
        width,
        height,
        jpeg: name(suffix, Format::Jpeg),
        webp: webp.then(|| name(suffix, Format::Webp)),
        jpeg_key: key(source, shape, width, height, Format::Jpeg),
        webp_key: key(source, shape, width, height, Format::Webp),
    };
    let mut out: Vec<Rendition> = responsive_widths(w)
        .into_iter()
        .map(|width| {
            make(
                Shape::Width(width),
                width,
                scaled_height(w, h, width),
                &format!("{width}w"),
                true,
            )
        })
        .collect();
    let side = THUMB_SIDE.min(w).min(h).max(1);
    out.push(make(Shape::Square(side), side, side, "thumb", true));
    let (ow, oh) = OG_SIZE;
    let probe = make(Shape::Crop(ow, oh), 0, 0, "og", false);
    let (_, _, cw, _) = probe.source_rect(w, h);
    let og_w = ow.min(cw.floor() as u32).max(1);
    let og_h = scaled_height(ow, oh, og_w);
    out.push(make(Shape::Crop(ow, oh), og_w, og_h, "og", false));
    out
}

/// (`products/xoai/`, `photo`) from `products/xoai/photo.jpg`.
fn split(rel: &str) -> (&str, &str) {
    let (dir, file) = match rel.rfind('/') {
        Some(i) => rel.split_at(i + 1),
        None => ("", rel),
    };
    let stem = match file.rfind('.') {
        Some(i) if i > 0 => &file[..i],
        _ => file,
    };
    (dir, stem)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn srcset_widths_for_original_widths() {
        assert_eq!(responsive_widths(4000), vec![320, 640, 1280, 2048]);
        assert_eq!(responsive_widths(2048), vec![320, 640, 1280, 2048]);
        assert_eq!(responsive_widths(1600), vec![320, 640, 1280, 1600]);
        assert_eq!(responsive_widths(1280), vec![320, 640, 1280]);
        assert_eq!(responsive_widths(1300), vec![320, 640, 1280]);
        assert_eq!(responsive_widths(1200), vec![320, 640, 1200]);
        assert_eq!(responsive_widths(700), vec![320, 640]);
        assert_eq!(responsive_widths(640), vec![320, 640]);
        assert_eq!(responsive_widths(330), vec![320]);
        assert_eq!(responsive_widths(200), vec![200]);
        assert_eq!(responsive_widths(1), vec![1]);
    }

    #[test]
    fn renditions_of_a_landscape_phone_photo() {
        let hash = blake3::hash(b"photo");
        let all = renditions("products/xoai/photo.jpg", 4000, 3000, &hash);
        let sizes: Vec<(u32, u32)> = all.iter().map(|r| (r.width, r.height)).collect();
        assert_eq!(
            sizes,
            vec![
                (320, 240),
                (640, 480),
                (1280, 960),
                (2048, 1536),
                (480, 480),
                (1200, 630)
            ]
        );
        let t = tag(&hash);
        assert_eq!(all[1].jpeg, format!("products/xoai/photo-640w.{t}.jpg"));
        assert_eq!(
            all[1].webp.as_deref(),
            Some(format!("products/xoai/photo-640w.{t}.webp").as_str())
        );
        assert_eq!(all[4].jpeg, format!("products/xoai/photo-thumb.{t}.jpg"));
        assert_eq!(all[5].jpeg, format!("products/xoai/photo-og.{t}.jpg"));
        assert_eq!(all[5].webp, None);
        // A 4:3 photo loses its top and bottom for the 1200×630 crop.
        let (l, t, w, h) = all[5].source_rect(4000, 3000);
        assert_eq!((l, w), (0.0, 4000.0));
        assert!((h - 2100.0).abs() < 1e-9 && (t - 450.0).abs() < 1e-9);
    }

    #[test]
    fn variant_names_are_ascii_slugs() {
        let hash = blake3::hash(b"x");
        let t = tag(&hash);
        let all = renditions("products/xoai/Ảnh sản phẩm 1,2.JPG", 300, 300, &hash);
        assert_eq!(
            all[0].jpeg,
            format!("products/xoai/anh-san-pham-1-2-300w.{t}.jpg")
        );
        let all = renditions("products/xoai/ảnh.jpg", 300, 300, &hash);
        assert_eq!(all[0].jpeg, format!("products/xoai/anh-300w.{t}.jpg"));
        let all = renditions("products/xoai/…\u{200B}.jpg", 300, 300, &hash);
        assert_eq!(all[0].jpeg, format!("products/xoai/photo-300w.{t}.jpg"));
    }

    #[test]
    fn small_photos_are_never_upscaled() {
        let hash = blake3::hash(b"small");
        let all = renditions("tourism/a/b.png", 300, 500, &hash);
        let sizes: Vec<(u32, u32)> = all.iter().map(|r| (r.width, r.height)).collect();
        assert_eq!(sizes, vec![(300, 500), (300, 300), (300, 158)]);
    }

    #[test]
    fn keys_differ_by_every_parameter() {
        let a = blake3::hash(b"a");
        let b = blake3::hash(b"b");
        let k = key(&a, Shape::Width(640), 640, 480, Format::Jpeg);
        assert_ne!(k, key(&b, Shape::Width(640), 640, 480, Format::Jpeg));
        assert_ne!(k, key(&a, Shape::Width(320), 320, 240, Format::Jpeg));
        assert_ne!(k, key(&a, Shape::Width(640), 640, 480, Format::Webp));
        assert_ne!(k, key(&a, Shape::Square(640), 640, 480, Format::Jpeg));
        assert_eq!(k, key(&a, Shape::Width(640), 640, 480, Format::Jpeg));
        assert_eq!(k.hex().len(), 64);
    }
}
