//! Issue #5: photos as responsive variants. Every photo here is generated
//! by the test (the image and jpeg-encoder crates, EXIF segments built by
//! hand), in a temporary project with the repository's theme.

mod common;

use ocop::messages::Lang;
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use common::*;
use image::{DynamicImage, ImageFormat, Rgb, RgbImage, Rgba, RgbaImage};
use ocop::diagnostics::{Diagnostics, Severity};

// ---------------------------------------------------------------- helpers --

/// A product record naming `images`.
fn product(images: &[&str]) -> String {
    let list: Vec<String> = images.iter().map(|i| format!("\"{i}\"")).collect();
    PRODUCT.replace(
        "price = 250000\n",
        &format!("price = 250000\nimages = [{}]\n", list.join(", ")),
    )
}

/// A valid project whose product (`thit-de-xong-khoi`) names `photos`
/// (file name → bytes).
fn project_with(photos: &[(&str, Vec<u8>)]) -> Project {
    let names: Vec<&str> = photos.iter().map(|(n, _)| *n).collect();
    let project = Project::new(&[
        ("communes/nhon-son/index.md", COMMUNE),
        ("producers/de-cuu/index.md", PRODUCER),
        ("products/thit-de-xong-khoi/index.md", &product(&names)),
    ]);
    for (name, bytes) in photos {
        put_photo(&project, "thit-de-xong-khoi", name, bytes);
    }
    project
}

fn put_photo(project: &Project, slug: &str, name: &str, bytes: &[u8]) {
    let path = project
        .root()
        .join("content/products")
        .join(slug)
        .join(name);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, bytes).unwrap();
}

fn encode(img: &DynamicImage, format: ImageFormat) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, format).unwrap();
    out.into_inner()
}

/// A JPEG at quality 100 without chroma subsampling (colours survive).
fn jpeg(img: &RgbImage) -> Vec<u8> {
    let mut out = Vec::new();
    let mut enc = jpeg_encoder::Encoder::new(&mut out, 100);
    enc.set_sampling_factor(jpeg_encoder::SamplingFactor::F_1_1);
    enc.encode(
        img.as_raw(),
        img.width() as u16,
        img.height() as u16,
        jpeg_encoder::ColorType::Rgb,
    )
    .unwrap();
    out
}

/// A photo-like gradient of `w` × `h` pixels (compresses like a photo, not
/// like a flat colour).
fn gradient(w: u32, h: u32) -> RgbImage {
    RgbImage::from_fn(w, h, |x, y| {
        Rgb([
            (x * 255 / w.max(1)) as u8,
            (y * 255 / h.max(1)) as u8,
            ((x * 7 + y * 13) % 256) as u8,
        ])
    })
}

/// A big-endian TIFF structure for an EXIF APP1 segment: IFD0 with the
/// orientation tag, and optionally a GPS IFD (latitude 11°N, as a phone
/// writes the producer's position).
fn tiff(orientation: u16, gps: bool) -> Vec<u8> {
    let mut t = b"MM\0\x2a\0\0\0\x08".to_vec();
    let entries: u16 = if gps { 2 } else { 1 };
    t.extend(entries.to_be_bytes());
    // 0x0112 Orientation, SHORT, 1, value
    t.extend([0x01, 0x12, 0, 3, 0, 0, 0, 1]);
    t.extend(orientation.to_be_bytes());
    t.extend([0, 0]);
    let gps_ifd = 8 + 2 + 12 * u32::from(entries) + 4;
    if gps {
        // 0x8825 GPSInfo IFD pointer, LONG, 1, offset
        t.extend([0x88, 0x25, 0, 4, 0, 0, 0, 1]);
        t.extend(gps_ifd.to_be_bytes());
    }
    t.extend([0, 0, 0, 0]); // no next IFD
    if gps {
        assert_eq!(t.len() as u32, gps_ifd);
        t.extend(1u16.to_be_bytes());
        // 0x0001 GPSLatitudeRef, ASCII, 2, "N\0"
        t.extend([0, 1, 0, 2, 0, 0, 0, 2, b'N', 0, 0, 0]);
        t.extend([0, 0, 0, 0]);
    }
    t
}

/// Inserts an APPn segment right after a JPEG's SOI marker.
fn with_segment(jpeg: &[u8], app: u8, payload: &[u8]) -> Vec<u8> {
    let mut out = jpeg[..2].to_vec();
    out.extend([0xFF, 0xE0 + app]);
    out.extend(((payload.len() + 2) as u16).to_be_bytes());
    out.extend(payload);
    out.extend(&jpeg[2..]);
    out
}

fn with_exif(jpeg: &[u8], orientation: u16, gps: bool) -> Vec<u8> {
    let mut payload = b"Exif\0\0".to_vec();
    payload.extend(tiff(orientation, gps));
    with_segment(jpeg, 1, &payload)
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

fn build(project: &Project) -> ocop::Report {
    ocop::build(&project.options()).unwrap_or_else(|e| match e {
        ocop::BuildError::Content(d) => panic!("build failed: {:#?}", d.items()),
        other => panic!("build failed: {other}"),
    })
}

fn build_fails(project: &Project) -> Diagnostics {
    match ocop::build(&project.options()) {
        Err(ocop::BuildError::Content(d)) => d,
        Err(other) => panic!("unexpected error {other}"),
        Ok(_) => panic!("the build should fail"),
    }
}

/// Output files of the product's bundle folder: name → bytes.
fn bundle_output(project: &Project) -> BTreeMap<String, Vec<u8>> {
    let dir = project.root().join("output/products/thit-de-xong-khoi");
    fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().unwrap().is_file())
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

/// The one output file whose name starts with `prefix` and ends with `ext`.
fn variant<'a>(files: &'a BTreeMap<String, Vec<u8>>, prefix: &str, ext: &str) -> &'a [u8] {
    let found: Vec<&String> = files
        .keys()
        .filter(|k| k.starts_with(prefix) && k.ends_with(ext))
        .collect();
    assert_eq!(found.len(), 1, "{prefix}*{ext} in {:?}", files.keys());
    &files[found[0]]
}

fn decode(bytes: &[u8]) -> DynamicImage {
    image::load_from_memory(bytes).unwrap()
}

fn close(a: [u8; 3], b: [u8; 3], tolerance: u8) -> bool {
    a.iter().zip(b).all(|(x, y)| x.abs_diff(y) <= tolerance)
}

/// Every file in the image cache's shard folders (entries and temporary
/// files).
fn cache_files(project: &Project) -> Vec<PathBuf> {
    let dir = project.root().join(".ocop-cache/images");
    if !dir.is_dir() {
        return vec![];
    }
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file() && e.depth() == 2)
        .map(|e| e.into_path())
        .collect()
}

fn errors(diags: &Diagnostics) -> Vec<(String, String, String)> {
    diags
        .items()
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| {
            (
                d.code.as_str().to_owned(),
                d.file
                    .as_deref()
                    .map(ocop::diagnostics::display_path)
                    .unwrap_or_default(),
                d.message(Lang::En),
            )
        })
        .collect()
}

const RED: [u8; 3] = [255, 0, 0];
const BLUE: [u8; 3] = [0, 0, 255];
const WHITE: [u8; 3] = [255, 255, 255];

// ------------------------------------------------------------ orientation --

#[test]
fn exif_rotate_90_comes_out_upright() {
    // 4 × 2, the top-left pixel red, the rest blue; EXIF says "rotate 90°
    // clockwise to view" (orientation 6).
    let mut img = RgbImage::from_pixel(4, 2, Rgb(BLUE));
    img.put_pixel(0, 0, Rgb(RED));
    let bytes = with_exif(&jpeg(&img), 6, false);
    let upright = ocop::images::process::decode(&bytes).unwrap();
    assert_eq!(upright.dimensions(), (2, 4));
    // Turned clockwise, the top-left corner becomes the top-right one.
    assert!(close(upright.get_pixel(1, 0).0, RED, 40), "{upright:?}");
    assert!(close(upright.get_pixel(0, 0).0, BLUE, 40), "{upright:?}");
    assert!(close(upright.get_pixel(1, 3).0, BLUE, 40), "{upright:?}");
    let header = ocop::images::process::read_header(&bytes).unwrap();
    assert_eq!((header.width, header.height), (2, 4));
}

#[test]
fn a_rotated_phone_photo_is_published_upright() {
    // 400 × 200 with its top-left quadrant red, tagged orientation 6.
    let img = RgbImage::from_fn(400, 200, |x, y| {
        Rgb(if x < 200 && y < 100 { RED } else { BLUE })
    });
    let project = project_with(&[("photo.jpg", with_exif(&jpeg(&img), 6, false))]);
    build(&project);
    let files = bundle_output(&project);
    let out = decode(variant(&files, "photo-200w.", ".jpg")).to_rgb8();
    assert_eq!(out.dimensions(), (200, 400));
    assert!(close(out.get_pixel(150, 50).0, RED, 40));
    assert!(close(out.get_pixel(50, 50).0, BLUE, 40));
    assert!(close(out.get_pixel(150, 350).0, BLUE, 40));
    // The page's width and height attributes are the upright ones.
    let html = fs::read_to_string(
        project
            .root()
            .join("output/products/thit-de-xong-khoi/index.html"),
    )
    .unwrap();
    assert!(html.contains("width=\"200\" height=\"400\""), "{html}");
}

// --------------------------------------------------------------- metadata --

#[test]
fn metadata_is_stripped_from_every_output_file() {
    let base = jpeg(&gradient(900, 600));
    let mut bytes = with_exif(&base, 1, true);
    bytes = with_segment(
        &bytes,
        1,
        b"http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>GPS 11.7N</x:xmpmeta>",
    );
    bytes = with_segment(&bytes, 2, b"ICC_PROFILE\0\x01\x01fake-profile");
    assert!(contains(&bytes, b"Exif\0\0"));
    let project = project_with(&[("photo.jpg", bytes)]);
    build(&project);
    let files = bundle_output(&project);
    assert!(
        !files.contains_key("photo.jpg"),
        "the original is not published"
    );
    let photos: Vec<&String> = files
        .keys()
        .filter(|k| k.ends_with(".jpg") || k.ends_with(".webp"))
        .collect();
    assert!(photos.len() >= 6, "{photos:?}");
    for name in photos {
        let b = &files[name];
        assert!(!contains(b, b"Exif\0\0"), "{name} has EXIF");
        assert!(!contains(b, b"EXIF"), "{name} has an EXIF chunk");
        assert!(!contains(b, b"http://ns.adobe.com/xap"), "{name} has XMP");
        assert!(!contains(b, b"XMP "), "{name} has an XMP chunk");
        assert!(!contains(b, b"ICC_PROFILE"), "{name} has an ICC profile");
        assert!(!contains(b, b"ICCP"), "{name} has an ICC chunk");
        assert!(!contains(b, b"GPS"), "{name} mentions GPS");
    }
}

/// A photo dropped into the bundle but not named in `images` (forgotten,
/// or taken off the list) is not published as the original with its GPS
/// position: not at all, with a warning; a body link to it is reported.
/// Editors' backup and swap files of the record are not published either.
#[test]
fn unlisted_photos_and_editor_backups_are_not_published() {
    let named = jpeg(&gradient(900, 600));
    let unlisted = with_exif(&jpeg(&gradient(700, 500)), 1, true);
    let project = project_with(&[("photo.jpg", named)]);
    put_photo(&project, "thit-de-xong-khoi", "IMG_2041.JPG", &unlisted);
    put_photo(
        &project,
        "thit-de-xong-khoi",
        "Ảnh cũ.png",
        &encode(
            &DynamicImage::ImageRgb8(gradient(300, 200)),
            ImageFormat::Png,
        ),
    );
    put_photo(
        &project,
        "thit-de-xong-khoi",
        "leaflet.pdf",
        b"%PDF-1.4 leaflet",
    );
    let record = project
        .root()
        .join("content/products/thit-de-xong-khoi/index.md");
    let text = fs::read_to_string(&record).unwrap() + "\n![ảnh](IMG_2041.JPG)\n";
    fs::write(&record, &text).unwrap();
    for backup in ["index.md~", "#index.md#", "4913", ".index.md.swp"] {
        put_photo(
            &project,
            "thit-de-xong-khoi",
            backup,
            b"private draft notes",
        );
    }
    let report = build(&project);
    let files = bundle_output(&project);
    let names: Vec<&String> = files.keys().collect();
    assert!(files.contains_key("leaflet.pdf"), "{names:?}");
    for absent in [
        "IMG_2041.JPG",
        "Ảnh cũ.png",
        "index.md~",
        "#index.md#",
        "4913",
        ".index.md.swp",
    ] {
        assert!(!files.contains_key(absent), "{absent} published: {names:?}");
    }
    for (name, bytes) in &files {
        assert!(!contains(bytes, b"GPS"), "{name} mentions GPS");
        assert!(!contains(bytes, b"private draft notes"), "{name}");
    }
    let warned: Vec<(&str, String)> = report
        .diagnostics
        .items()
        .iter()
        .map(|d| {
            (
                d.code.as_str(),
                d.file
                    .as_deref()
                    .map(ocop::diagnostics::display_path)
                    .unwrap_or_default(),
            )
        })
        .collect();
    for file in ["IMG_2041.JPG", "Ảnh cũ.png"] {
        let path = format!("content/products/thit-de-xong-khoi/{file}");
        assert!(
            warned.contains(&("unlisted-photo", path.clone())),
            "{path}: {warned:?}"
        );
    }
    // The body's image of it is reported as leading nowhere.
    assert!(
        warned.iter().any(|(code, _)| *code == "broken-link"),
        "{warned:?}"
    );
}

// ---------------------------------------------------------------- colours --

#[test]
fn a_transparent_pixel_becomes_white_in_jpeg() {
    let img = RgbaImage::from_fn(64, 64, |x, _| {
        if x < 32 {
            Rgba([0, 0, 0, 0])
        } else {
            Rgba([255, 0, 0, 255])
        }
    });
    let project = project_with(&[(
        "logo.png",
        encode(&DynamicImage::ImageRgba8(img), ImageFormat::Png),
    )]);
    build(&project);
    let files = bundle_output(&project);
    let out = decode(variant(&files, "logo-64w.", ".jpg"));
    assert_eq!(out.color(), image::ColorType::Rgb8);
    let out = out.to_rgb8();
    assert!(
        close(out.get_pixel(8, 32).0, WHITE, 6),
        "{:?}",
        out.get_pixel(8, 32)
    );
    assert!(close(out.get_pixel(56, 32).0, RED, 40));
}

#[test]
fn cmyk_16_bit_and_grey_photos_come_out_as_rgb() {
    // CMYK JPEG (as print shops send): pure magenta + yellow = red.
    let mut cmyk = Vec::new();
    jpeg_encoder::Encoder::new(&mut cmyk, 95)
        .encode(
            &[0u8, 255, 255, 0].repeat(64 * 64),
            64,
            64,
            jpeg_encoder::ColorType::Cmyk,
        )
        .unwrap();
    // 16-bit PNG.
    let deep = image::ImageBuffer::<Rgb<u16>, _>::from_pixel(64, 64, Rgb([0, 0, 65535]));
    let deep = encode(&DynamicImage::ImageRgb16(deep), ImageFormat::Png);
    // Greyscale JPEG.
    let grey = image::GrayImage::from_pixel(64, 64, image::Luma([128]));
    let grey = encode(&DynamicImage::ImageLuma8(grey), ImageFormat::Jpeg);
    let project = project_with(&[("cmyk.jpg", cmyk), ("deep.png", deep), ("grey.jpg", grey)]);
    build(&project);
    let files = bundle_output(&project);
    for (name, colour) in [
        ("cmyk-64w.", RED),
        ("deep-64w.", BLUE),
        ("grey-64w.", [128, 128, 128]),
    ] {
        for ext in [".jpg", ".webp"] {
            let out = decode(variant(&files, name, ext));
            assert_eq!(out.color(), image::ColorType::Rgb8, "{name}{ext}");
            let px = out.to_rgb8().get_pixel(32, 32).0;
            assert!(close(px, colour, 30), "{name}{ext}: {px:?}");
        }
    }
}

// ---------------------------------------------------------------- srcset --

#[test]
fn srcset_lists_the_widths_below_the_original() {
    let project = project_with(&[("photo.jpg", jpeg(&gradient(1600, 1200)))]);
    build(&project);
    let files = bundle_output(&project);
    let html = String::from_utf8(files["index.html"].clone()).unwrap();
    let doc = scraper::Html::parse_document(&html);
    let sel = |s: &str| scraper::Selector::parse(s).unwrap();
    let img = doc
        .select(&sel("img.photo-main"))
        .next()
        .expect("the main photo");
    let widths = |srcset: &str| -> Vec<String> {
        srcset
            .split(", ")
            .map(|c| c.rsplit(' ').next().unwrap().to_owned())
            .collect()
    };
    let srcset = img.value().attr("srcset").expect("a srcset");
    assert_eq!(widths(srcset), ["320w", "640w", "1280w", "1600w"]);
    assert_eq!(img.value().attr("width"), Some("1280"));
    assert_eq!(img.value().attr("height"), Some("960"));
    assert_eq!(
        img.value().attr("loading"),
        None,
        "the first photo is eager"
    );
    let source = doc
        .select(&sel("picture source[type='image/webp']"))
        .next()
        .expect("a WebP source");
    assert_eq!(
        widths(source.value().attr("srcset").unwrap()),
        ["320w", "640w", "1280w", "1600w"]
    );
    // Every URL of both srcsets exists, and WebP is never bigger than JPEG.
    for candidate in srcset
        .split(", ")
        .chain(source.value().attr("srcset").unwrap().split(", "))
    {
        let url = candidate.split(' ').next().unwrap();
        let name = url.rsplit('/').next().unwrap();
        assert!(files.contains_key(name), "{url} is not in the output");
    }
    for (name, webp) in files.iter().filter(|(k, _)| k.ends_with(".webp")) {
        let jpeg = &files[&name.replace(".webp", ".jpg")];
        assert!(
            webp.len() < jpeg.len(),
            "{name} is not smaller than its JPEG"
        );
    }
}

/// A WebP that is not smaller than its JPEG is dropped: the picture offers
/// the JPEG alone. Colour noise is what WebP compresses worse than JPEG
/// (measured with the pipeline's encoders: 640 × 480 of noise, JPEG q80
/// 197 KB, WebP q80 211 KB); a smooth gradient keeps its WebP.
#[test]
fn a_webp_that_is_not_smaller_than_its_jpeg_is_dropped() {
    let mut rng = fastrand::Rng::with_seed(7);
    let noise = RgbImage::from_fn(700, 500, |_, _| Rgb([rng.u8(..), rng.u8(..), rng.u8(..)]));
    let project = project_with(&[
        ("noise.png", encode(&noise.into(), ImageFormat::Png)),
        ("smooth.jpg", jpeg(&gradient(700, 500))),
    ]);
    let report = build(&project);
    // Noise: the 320 and 640 px widths and the thumbnail, all dropped.
    assert_eq!(report.images.webp_dropped, 3);
    let files = bundle_output(&project);
    let webps: Vec<&String> = files.keys().filter(|k| k.ends_with(".webp")).collect();
    assert!(webps.iter().all(|k| k.starts_with("smooth-")), "{webps:?}");
    assert_eq!(webps.len(), 3, "{webps:?}");
    assert!(
        files
            .keys()
            .any(|k| k.starts_with("noise-640w.") && k.ends_with(".jpg"))
    );
    let html = String::from_utf8(files["index.html"].clone()).unwrap();
    let doc = scraper::Html::parse_document(&html);
    let pictures: Vec<String> = doc
        .select(&scraper::Selector::parse("picture").unwrap())
        .map(|p| p.html())
        .collect();
    let noise_picture = pictures.iter().find(|p| p.contains("noise-640w.")).unwrap();
    assert!(!noise_picture.contains("image/webp"), "{noise_picture}");
    let smooth_picture = pictures.iter().find(|p| p.contains("smooth-")).unwrap();
    assert!(smooth_picture.contains("image/webp"), "{smooth_picture}");
}

// ------------------------------------------------------------------ cache --

#[test]
fn a_second_build_decodes_nothing_and_writes_nothing() {
    let project = project_with(&[
        ("photo.jpg", jpeg(&gradient(900, 700))),
        (
            "side.png",
            encode(&gradient(500, 300).into(), ImageFormat::Png),
        ),
    ]);
    let first = build(&project).images;
    assert_eq!(first.photos, 2);
    assert_eq!(first.decoded, 2);
    assert!(first.encoded > 0);
    let output = project.root().join("output");
    let cache = project.root().join(".ocop-cache");
    let before = (file_states(&output), file_states(&cache));
    let second = ocop::build(&project.options()).unwrap();
    // No output or cache file is written, replaced, added or removed: no
    // variant was made again.
    assert!(
        (file_states(&output), file_states(&cache)) == before,
        "the output or the cache was written"
    );
    assert_eq!(second.images.decoded, 0);
    assert_eq!(second.images.encoded, 0);
    assert_eq!(second.images.from_cache, first.encoded + first.from_cache);
    // Touching a photo (same bytes, a new modification time) re-hashes it
    // but makes nothing: only the cache's index (which remembers the time)
    // changes.
    let photo = project
        .root()
        .join("content/products/thit-de-xong-khoi/photo.jpg");
    fs::File::options()
        .write(true)
        .open(&photo)
        .unwrap()
        .set_modified(std::time::SystemTime::now() + std::time::Duration::from_secs(60))
        .unwrap();
    assert_eq!(build(&project).images.decoded, 0);
    assert!(file_states(&output) == before.0, "the output was written");
    let mut cache_after = file_states(&cache);
    let mut cache_before = before.1.clone();
    let index = "images/index.json";
    assert!(cache_after.remove(index).is_some() && cache_before.remove(index).is_some());
    assert!(cache_after == cache_before, "variants were made again");
}

#[test]
fn unused_cache_entries_are_pruned() {
    let project = project_with(&[("photo.jpg", jpeg(&gradient(700, 500)))]);
    build(&project);
    let old_entries = cache_files(&project);
    assert!(!old_entries.is_empty());
    assert!(project.root().join(".ocop-cache/CACHEDIR.TAG").is_file());
    // A file of the user's inside the cache folder is never deleted.
    let note = project.root().join(".ocop-cache/images/notes.txt");
    fs::write(&note, "mine").unwrap();
    // The photo is replaced: its old variants are no longer used.
    let mut other = gradient(700, 500);
    image::imageops::invert(&mut other);
    put_photo(&project, "thit-de-xong-khoi", "photo.jpg", &jpeg(&other));
    let report = build(&project);
    assert_eq!(report.images.decoded, 1);
    assert_eq!(report.images.pruned, old_entries.len());
    let new_entries = cache_files(&project);
    assert!(old_entries.iter().all(|e| !e.exists()));
    assert_eq!(new_entries.len(), old_entries.len(), "{new_entries:?}");
    assert!(note.is_file());
    // No temporary file is left behind.
    assert!(
        new_entries
            .iter()
            .all(|e| !e.to_string_lossy().ends_with(".tmp"))
    );
}

#[test]
fn check_reads_headers_only_and_warns_about_feed_photos() {
    let project = project_with(&[("photo.jpg", jpeg(&gradient(600, 400)))]);
    let report = ocop::check(&project.options());
    assert!(!report.diagnostics.has_errors());
    let warning = report
        .diagnostics
        .items()
        .iter()
        .find(|d| d.code == "photo-too-small-for-feeds")
        .expect("a warning for the feed photo");
    let message = warning.message(Lang::En);
    assert!(message.contains("600 × 400"), "{message}");
    assert_eq!(report.images.decoded, 0);
    assert!(cache_files(&project).is_empty(), "check writes no cache");
    assert!(!project.root().join("output").exists());
}

// -------------------------------------------------------------- bad input --

/// A project with one good product photo plus `bad` (name → bytes) on a
/// second product: the build must fail naming `bad`, while the good photo
/// is still processed (its variants reach the cache), and nothing is left
/// half-written.
fn bad_photo(name: &str, bytes: Vec<u8>) -> Vec<(String, String, String)> {
    let project = project_with(&[("photo.jpg", jpeg(&gradient(300, 200)))]);
    project.write(
        "products/hong/index.md",
        &product(&[name]).replace("Thịt dê xông khói", "Ảnh hỏng"),
    );
    put_photo(&project, "hong", name, &bytes);
    let diags = build_fails(&project);
    assert!(!project.root().join("output").exists());
    let cached = cache_files(&project);
    assert!(
        cached
            .iter()
            .all(|e| !e.to_string_lossy().ends_with(".tmp")),
        "{cached:?}"
    );
    let errors = errors(&diags);
    assert!(
        errors
            .iter()
            .all(|(_, file, _)| file == &format!("content/products/hong/{name}")),
        "{errors:?}"
    );
    errors
}

fn assert_one_error(errors: &[(String, String, String)], code: &str, words: &str) {
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].0, code, "{errors:?}");
    assert!(errors[0].2.contains(words), "{errors:?}");
}

#[test]
fn a_truncated_jpeg_is_an_error() {
    let bytes = jpeg(&gradient(300, 200));
    let errors = bad_photo("cut.jpg", bytes[..bytes.len() / 2].to_vec());
    assert_one_error(&errors, "bad-image", "cut short");
}

#[test]
fn a_truncated_png_is_an_error() {
    let bytes = encode(&gradient(300, 200).into(), ImageFormat::Png);
    let errors = bad_photo("cut.png", bytes[..bytes.len() / 2].to_vec());
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].0, "bad-image");
}

#[test]
fn a_corrupt_file_is_an_error() {
    // A JPEG start, then noise.
    let mut bytes = vec![0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10];
    bytes.extend((0..2000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8));
    let errors = bad_photo("noise.jpg", bytes);
    assert_one_error(&errors, "bad-image", "damaged");
}

#[test]
fn an_empty_file_is_an_error() {
    let errors = bad_photo("empty.jpg", Vec::new());
    assert_one_error(&errors, "bad-image", "empty file (0 bytes)");
}

#[test]
fn unsupported_formats_are_errors() {
    let mut tiff = b"II*\0\x08\0\0\0".to_vec();
    tiff.extend([0u8; 64]);
    let errors = bad_photo("scan.tif", tiff);
    assert_one_error(&errors, "bad-image", "TIF");
    let heic = b"\0\0\0\x18ftypheic\0\0\0\0mif1heic\0\0\0\0".to_vec();
    let errors = bad_photo("iphone.heic", heic);
    assert_one_error(&errors, "bad-image", "HEIC");
    let errors = bad_photo("notes.jpg", "Đây không phải là ảnh".as_bytes().to_vec());
    assert_one_error(&errors, "bad-image", "not really a photo");
}

/// A 50000 × 50000 greyscale PNG of a few hundred bytes: its header claims
/// 2.5 gigapixels.
fn png_bomb() -> Vec<u8> {
    fn chunk(out: &mut Vec<u8>, kind: &[u8], data: &[u8]) {
        out.extend((data.len() as u32).to_be_bytes());
        let mut crc_input = kind.to_vec();
        crc_input.extend(data);
        out.extend(&crc_input);
        out.extend(crc32(&crc_input).to_be_bytes());
    }
    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = 0xFFFF_FFFFu32;
        for &b in bytes {
            crc ^= u32::from(b);
            for _ in 0..8 {
                crc = if crc & 1 == 1 {
                    (crc >> 1) ^ 0xEDB8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    let mut ihdr = Vec::new();
    ihdr.extend(50_000u32.to_be_bytes());
    ihdr.extend(50_000u32.to_be_bytes());
    ihdr.extend([8, 0, 0, 0, 0]); // 8-bit grey
    chunk(&mut png, b"IHDR", &ihdr);
    // The start of a zlib stream of zeros: enough to look real.
    chunk(
        &mut png,
        b"IDAT",
        &[0x78, 0x9c, 0xed, 0xc1, 0x01, 0x0d, 0x00],
    );
    chunk(&mut png, b"IEND", &[]);
    png
}

#[test]
fn a_decompression_bomb_is_rejected_before_decoding() {
    let bomb = png_bomb();
    assert!(bomb.len() < 200);
    let errors = bad_photo("bomb.png", bomb);
    // Its pixel data is a few bytes: a decoder would call it damaged or cut
    // short. The size in the message comes from the header, read first.
    assert_one_error(&errors, "image-too-large", "50000 × 50000 pixels");
    assert!(errors[0].2.contains("at most 100 megapixels"), "{errors:?}");
}

#[test]
fn a_file_whose_extension_lies_is_read_by_content() {
    let png = encode(&gradient(300, 200).into(), ImageFormat::Png);
    let project = project_with(&[("photo.jpg", png)]);
    let report = build(&project);
    let warning = report
        .diagnostics
        .items()
        .iter()
        .find(|d| d.code == "image-extension-mismatch")
        .expect("a warning");
    assert!(
        warning.message(Lang::En).contains("is a PNG image"),
        "{}",
        warning.message(Lang::En)
    );
    let files = bundle_output(&project);
    let out = decode(variant(&files, "photo-300w.", ".jpg"));
    assert_eq!((out.width(), out.height()), (300, 200));
}

#[test]
fn every_bad_photo_is_reported_in_one_run() {
    let good = jpeg(&gradient(300, 200));
    let cut = good[..good.len() / 2].to_vec();
    let project = project_with(&[
        ("good.jpg", good),
        ("empty.jpg", Vec::new()),
        ("cut.jpg", cut),
    ]);
    let diags = build_fails(&project);
    let errors = errors(&diags);
    let files: Vec<&str> = errors.iter().map(|(_, f, _)| f.as_str()).collect();
    assert_eq!(
        files,
        [
            "content/products/thit-de-xong-khoi/cut.jpg",
            "content/products/thit-de-xong-khoi/empty.jpg"
        ],
        "{errors:?}"
    );
    // The good photo was still processed: a rebuild after the fix only
    // decodes nothing for it.
    assert!(!cache_files(&project).is_empty());
}

// --------------------------------------------------------------- shipped --

#[test]
fn the_shipped_catalogue_has_feed_ready_photos_and_no_originals() {
    let project_root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let report = ocop::check(&shipped());
    assert!(
        report
            .diagnostics
            .items()
            .iter()
            .all(|d| d.code != "photo-too-small-for-feeds"),
        "{:#?}",
        report.diagnostics.items()
    );
    let files = render_shipped();
    for slug in fs::read_dir(project_root.join("content/products")).unwrap() {
        let slug = slug.unwrap().file_name().to_string_lossy().into_owned();
        let dir = format!("products/{slug}/");
        assert!(
            !files.contains_key(&format!("{dir}photo.jpg")),
            "{dir}photo.jpg is published as it is"
        );
        let variants: Vec<&String> = files
            .keys()
            .filter(|k| k.starts_with(&dir) && k.ends_with(".jpg"))
            .collect();
        assert!(
            variants.iter().any(|k| k.contains("-1200w.")),
            "{slug}: {variants:?}"
        );
    }
}
