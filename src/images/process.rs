//! Pixels: reading a photo's header, decoding it safely (limits, truncation,
//! EXIF orientation, any colour type to 8-bit RGB on white), resizing and
//! encoding. Every output is re-encoded from pixels, so no metadata of the
//! source (EXIF, GPS, XMP, ICC, comments) can reach it.

use std::io::Cursor;
use std::path::Path;

use fast_image_resize as fir;
use image::metadata::Orientation;
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, RgbImage};

use super::plan::{JPEG_QUALITY, Rendition, WEBP_QUALITY};
use crate::diagnostics::{Code, Diagnostic, display_path};

/// Photos may have at most this many pixels (a decompression bomb of a few
/// kilobytes can claim billions).
pub(crate) const MAX_PIXELS: u64 = 100_000_000;

/// The decoder may allocate at most this much.
pub(crate) const MAX_ALLOC: u64 = 1 << 30;

/// What is wrong with a photo.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PhotoError {
    /// 0 bytes.
    Empty,
    /// The file could not be read.
    Io(String),
    /// HEIC/HEIF/AVIF (an iPhone's default): browsers cannot show it.
    Heic,
    /// A format that is recognised but not supported (TIFF, BMP, …).
    Unsupported(String),
    /// Not an image format at all.
    Unknown,
    /// More pixels than `MAX_PIXELS` (or more memory than `MAX_ALLOC`).
    TooLarge {
        /// Width in pixels.
        width: u32,
        /// Height in pixels.
        height: u32,
    },
    /// The file ends before the image does.
    Truncated,
    /// The decoder gave up.
    Damaged(String),
}

impl PhotoError {
    /// Diagnostic code.
    pub(crate) fn code(&self) -> Code {
        match self {
            PhotoError::TooLarge { .. } => Code::ImageTooLarge,
            _ => Code::BadImage,
        }
    }

    /// The error about the photo `file` (relative to the project root):
    /// the message `bad-image-<variant>` or `image-too-large` says what is
    /// wrong and how to fix it.
    pub(crate) fn diagnostic(&self, file: &Path) -> Diagnostic {
        let d = Diagnostic::error(self.code())
            .arg("file", display_path(file))
            .in_file(file);
        match self {
            PhotoError::Empty => d.variant("empty"),
            PhotoError::Io(e) => d.variant("unreadable").arg("error", e.as_str()),
            PhotoError::Heic => d.variant("heic"),
            PhotoError::Unsupported(f) => d.variant("unsupported").arg("format", f.as_str()),
            PhotoError::Unknown | PhotoError::Damaged(_) => d.variant("damaged"),
            PhotoError::TooLarge { width, height } => d
                .arg("width", *width)
                .arg("height", *height)
                .arg(
                    "megapixels",
                    u64::from(*width) * u64::from(*height) / 1_000_000,
                )
                .arg("max", MAX_PIXELS / 1_000_000),
            PhotoError::Truncated => d.variant("truncated"),
        }
    }
}

/// What the header of a photo says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Header {
    /// The format found from the content (not the file name).
    pub format: ImageFormat,
    /// Width after EXIF orientation.
    pub width: u32,
    /// Height after EXIF orientation.
    pub height: u32,
}

fn limits() -> image::Limits {
    // No strict width/height limits: the pixel count is checked by us, with
    // a message that says how big the image claims to be.
    let mut limits = image::Limits::no_limits();
    limits.max_alloc = Some(MAX_ALLOC);
    limits
}

/// Recognises the format from the first bytes.
fn guess(bytes: &[u8]) -> Result<ImageFormat, PhotoError> {
    if bytes.is_empty() {
        return Err(PhotoError::Empty);
    }
    if bytes.len() >= 12 && &bytes[4..8] == b"ftyp" {
        let brand = &bytes[8..12];
        if [
            b"heic", b"heix", b"hevc", b"heim", b"heis", b"mif1", b"msf1", b"avif", b"avis",
        ]
        .iter()
        .any(|b| brand == *b)
        {
            return Err(PhotoError::Heic);
        }
    }
    match image::guess_format(bytes) {
        Ok(f @ (ImageFormat::Jpeg | ImageFormat::Png | ImageFormat::WebP | ImageFormat::Gif)) => {
            Ok(f)
        }
        Ok(other) => Err(PhotoError::Unsupported(
            other
                .extensions_str()
                .first()
                .map_or_else(|| format!("{other:?}"), |e| e.to_uppercase()),
        )),
        Err(_) => Err(PhotoError::Unknown),
    }
}

fn decoder(bytes: &[u8]) -> Result<(ImageFormat, impl ImageDecoder + '_), PhotoError> {
    let format = guess(bytes)?;
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    reader.limits(limits());
    let decoder = reader.into_decoder().map_err(damaged)?;
    let (w, h) = decoder.dimensions();
    if u64::from(w) * u64::from(h) > MAX_PIXELS || decoder.total_bytes() > MAX_ALLOC {
        return Err(PhotoError::TooLarge {
            width: w,
            height: h,
        });
    }
    if w == 0 || h == 0 {
        return Err(PhotoError::Damaged("zero-sized image".to_owned()));
    }
    Ok((format, decoder))
}

fn damaged(e: image::ImageError) -> PhotoError {
    match e {
        image::ImageError::Limits(l) => PhotoError::Damaged(format!("over the limits: {l}")),
        image::ImageError::Unsupported(u) => PhotoError::Unsupported(u.to_string()),
        image::ImageError::IoError(io) if io.kind() == std::io::ErrorKind::UnexpectedEof => {
            PhotoError::Truncated
        }
        other => PhotoError::Damaged(other.to_string()),
    }
}

fn swaps_sides(o: Orientation) -> bool {
    matches!(
        o,
        Orientation::Rotate90
            | Orientation::Rotate270
            | Orientation::Rotate90FlipH
            | Orientation::Rotate270FlipH
    )
}

/// Reads only the header: format, size and orientation.
pub fn read_header(bytes: &[u8]) -> Result<Header, PhotoError> {
    let (format, mut decoder) = decoder(bytes)?;
    let (w, h) = decoder.dimensions();
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);
    let (width, height) = if swaps_sides(orientation) {
        (h, w)
    } else {
        (w, h)
    };
    Ok(Header {
        format,
        width,
        height,
    })
}

/// Decodes a photo to 8-bit RGB, upright (EXIF orientation applied), with
/// transparency flattened on white.
pub fn decode(bytes: &[u8]) -> Result<RgbImage, PhotoError> {
    let (format, mut decoder) = decoder(bytes)?;
    if format == ImageFormat::Jpeg && !jpeg_is_complete(bytes) {
        // zune-jpeg fills a cut-off scan with grey rather than failing.
        return Err(PhotoError::Truncated);
    }
    let orientation = decoder.orientation().unwrap_or(Orientation::NoTransforms);
    let image = DynamicImage::from_decoder(decoder).map_err(damaged)?;
    let mut rgb = DynamicImage::ImageRgb8(flatten_on_white(image));
    rgb.apply_orientation(orientation);
    Ok(rgb.into_rgb8())
}

/// 8-bit RGB of any colour type (grey, 16-bit, float), alpha composited on
/// white.
pub(crate) fn flatten_on_white(image: DynamicImage) -> RgbImage {
    if !image.color().has_alpha() {
        return image.into_rgb8();
    }
    let rgba = image.into_rgba8();
    let (w, h) = rgba.dimensions();
    let mut out = Vec::with_capacity(w as usize * h as usize * 3);
    for p in rgba.as_raw().chunks_exact(4) {
        let a = u32::from(p[3]);
        for &c in &p[..3] {
            out.push(((u32::from(c) * a + 255 * (255 - a) + 127) / 255) as u8);
        }
    }
    RgbImage::from_raw(w, h, out).expect("buffer of the right size")
}

/// True when a JPEG has its end-of-image marker after the first scan
/// (phones and cameras always write it; a cut-off copy lacks it).
pub(crate) fn jpeg_is_complete(bytes: &[u8]) -> bool {
    // Walk the marker segments up to the first start-of-scan.
    let mut i = 2;
    let sos = loop {
        if i + 4 > bytes.len() || bytes[i] != 0xFF {
            return false;
        }
        let marker = bytes[i + 1];
        if marker == 0xFF {
            i += 1;
            continue;
        }
        if marker == 0xDA {
            break i;
        }
        if (0xD0..=0xD9).contains(&marker) || marker == 0x01 {
            i += 2;
            continue;
        }
        let len = usize::from(u16::from_be_bytes([bytes[i + 2], bytes[i + 3]]));
        i += 2 + len;
    };
    // Inside scans 0xFF is always followed by 0x00 or a restart marker, so
    // FF D9 after the first scan can only be the end of the image.
    bytes[sos..].windows(2).any(|w| w == [0xFF, 0xD9])
}

/// Cuts `rendition` from `src` (an upright RGB photo) and scales it to the
/// rendition's size with a Lanczos3 filter.
pub(crate) fn render(
    resizer: &mut fir::Resizer,
    src: &RgbImage,
    rendition: &Rendition,
) -> RgbImage {
    let rect = rendition.source_rect(src.width(), src.height());
    resize(resizer, src, rect, rendition.width, rendition.height)
}

/// Scales the part `rect` (left, top, width, height) of `src` to `w` × `h`.
pub(crate) fn resize(
    resizer: &mut fir::Resizer,
    src: &RgbImage,
    rect: (f64, f64, f64, f64),
    w: u32,
    h: u32,
) -> RgbImage {
    let view = fir::images::ImageRef::new(
        src.width(),
        src.height(),
        src.as_raw(),
        fir::PixelType::U8x3,
    )
    .expect("an RGB8 buffer is a valid U8x3 image");
    let mut dst = fir::images::Image::new(w, h, fir::PixelType::U8x3);
    let (left, top, cw, ch) = rect;
    let options = fir::ResizeOptions::new()
        .resize_alg(fir::ResizeAlg::Convolution(fir::FilterType::Lanczos3))
        .crop(left, top, cw, ch);
    resizer
        .resize(&view, &mut dst, &options)
        .expect("same pixel type, non-empty sizes");
    RgbImage::from_raw(w, h, dst.into_vec()).expect("buffer of the right size")
}

/// Progressive JPEG, quality [`JPEG_QUALITY`], optimised Huffman tables,
/// 4:2:0 chroma by averaging. No metadata segment but the JFIF header.
pub(crate) fn encode_jpeg(img: &RgbImage) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(img.as_raw().len() / 8);
    let mut encoder = jpeg_encoder::Encoder::new(&mut out, JPEG_QUALITY);
    encoder.set_progressive(true);
    encoder.set_optimized_huffman_tables(true);
    encoder.set_chroma_subsampling_method(jpeg_encoder::ChromaSubsamplingMethod::Average);
    let (w, h) = img.dimensions();
    let (w, h) = (
        u16::try_from(w).map_err(|_| "too wide for JPEG")?,
        u16::try_from(h).map_err(|_| "too tall for JPEG")?,
    );
    encoder
        .encode(img.as_raw(), w, h, jpeg_encoder::ColorType::Rgb)
        .map_err(|e| e.to_string())?;
    Ok(out)
}

/// Lossy WebP through libwebp, quality [`WEBP_QUALITY`], method 4. No
/// metadata chunks.
pub(crate) fn encode_webp(img: &RgbImage) -> Result<Vec<u8>, String> {
    let mut config = webp::WebPConfig::new().map_err(|()| "libwebp configuration")?;
    config.lossless = 0;
    config.quality = WEBP_QUALITY;
    config.method = 4;
    let encoder = webp::Encoder::from_rgb(img.as_raw(), img.width(), img.height());
    encoder
        .encode_advanced(&config)
        .map(|m| m.to_vec())
        .map_err(|e| format!("{e:?}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transparent_pixels_become_white() {
        let mut rgba = image::RgbaImage::new(2, 1);
        rgba.put_pixel(0, 0, image::Rgba([10, 20, 30, 0]));
        rgba.put_pixel(1, 0, image::Rgba([200, 0, 0, 128]));
        let rgb = flatten_on_white(DynamicImage::ImageRgba8(rgba));
        assert_eq!(rgb.get_pixel(0, 0).0, [255, 255, 255]);
        assert_eq!(rgb.get_pixel(1, 0).0, [227, 127, 127]);
    }

    #[test]
    fn sixteen_bit_and_grey_become_rgb8() {
        let grey = image::GrayImage::from_pixel(1, 1, image::Luma([77]));
        assert_eq!(
            flatten_on_white(DynamicImage::ImageLuma8(grey))
                .get_pixel(0, 0)
                .0,
            [77, 77, 77]
        );
        let deep = image::ImageBuffer::<image::Rgb<u16>, _>::from_pixel(
            1,
            1,
            image::Rgb([65535, 0, 32896]),
        );
        assert_eq!(
            flatten_on_white(DynamicImage::ImageRgb16(deep))
                .get_pixel(0, 0)
                .0,
            [255, 0, 128]
        );
    }

    #[test]
    fn heic_and_unknown_files_are_named() {
        let heic = b"\0\0\0\x18ftypheic\0\0\0\0mif1heic";
        assert_eq!(guess(heic), Err(PhotoError::Heic));
        assert_eq!(guess(b"hello, world"), Err(PhotoError::Unknown));
        assert_eq!(guess(b""), Err(PhotoError::Empty));
        assert!(
            matches!(guess(b"BM\0\0\0\0\0\0\0\0\0\0\0\0"), Err(PhotoError::Unsupported(f)) if f == "BMP")
        );
    }
}
