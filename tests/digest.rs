//! The rendered output does not change by accident (issue #13): the shipped
//! catalogue and a generated catalogue of 1,000 products are built into
//! memory with a fixed "today" (29/11/2026), and a BLAKE3 digest of every
//! output file is compared with the record committed in `tests/digests/`
//! (one `path hash` line per file, in path order).
//!
//! Photo variants (`photo-640w.1a2b3c4d.jpg`, `-thumb.`, `-og.`, and their
//! copies in `kiosk/photos/`) are compared by name only, written `path -`:
//! the name carries a tag of the photo's bytes and its variant's size, while
//! the encoded bytes may differ between processors (the encoders pick other
//! SIMD paths). So is a PDF of the print pack that embeds them (a
//! catalogue with photos: its JPEG streams are the variants' bytes).
//!
//! When an output changes on purpose, record the digests again:
//!
//! ```sh
//! OCOP_RECORD_DIGESTS=1 cargo test --test digest
//! ```
//!
//! and commit the new records in the commit that changes the output, saying
//! in its message which files changed and why. Never re-record to make an
//! unexplained difference go away.

mod common;

#[path = "../examples/gen_catalog/catalog.rs"]
mod gen_catalog;

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::PathBuf;

use common::{repo, today};

/// Set to re-record the digests instead of comparing with them.
const RECORD: &str = "OCOP_RECORD_DIGESTS";

/// The digest of every file: output path → BLAKE3 hex, or `-` for a photo
/// variant.
fn digests(files: &BTreeMap<String, Vec<u8>>) -> BTreeMap<String, String> {
    files
        .iter()
        .map(|(path, bytes)| {
            let digest = if is_photo_variant(path) || embeds_photo_variants(path, bytes) {
                "-".to_owned()
            } else {
                blake3::hash(bytes).to_hex().to_string()
            };
            (path.clone(), digest)
        })
        .collect()
}

/// True for the file name of a photo variant: `<stem>-<kind>.<8 hex>.<jpg|webp>`
/// with kind `<width>w`, `thumb` or `og`.
fn is_photo_variant(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    let mut parts = name.rsplitn(3, '.');
    let (Some(ext), Some(tag), Some(stem)) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    let kind = stem.rsplit('-').next().unwrap_or("");
    matches!(ext, "jpg" | "webp")
        && tag.len() == 8
        && tag.bytes().all(|b| b.is_ascii_hexdigit())
        && (kind == "thumb"
            || kind == "og"
            || kind
                .strip_suffix('w')
                .is_some_and(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit())))
}

/// True for a PDF of the print pack holding a JPEG (`/DCTDecode`, ISO
/// 32000-1 §7.4.8): the photo variants' bytes, embedded as they are.
fn embeds_photo_variants(path: &str, bytes: &[u8]) -> bool {
    path.starts_with("print/")
        && path.ends_with(".pdf")
        && bytes.windows(10).any(|w| w == b"/DCTDecode")
}

fn record_path(name: &str) -> PathBuf {
    repo().join("tests/digests").join(format!("{name}.txt"))
}

fn format_record(digests: &BTreeMap<String, String>) -> String {
    let mut out = String::new();
    for (path, digest) in digests {
        let _ = writeln!(out, "{path} {digest}");
    }
    out
}

fn parse_record(text: &str) -> BTreeMap<String, String> {
    text.lines()
        .filter_map(|line| line.rsplit_once(' '))
        .map(|(path, digest)| (path.to_owned(), digest.to_owned()))
        .collect()
}

/// Compares `files` with the record `name`, or records them when
/// [`RECORD`] is set. Panics with the paths that differ.
fn compare(name: &str, files: &BTreeMap<String, Vec<u8>>) {
    let actual = digests(files);
    let path = record_path(name);
    if std::env::var_os(RECORD).is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, format_record(&actual)).unwrap();
        eprintln!("recorded {} files in {}", actual.len(), path.display());
        return;
    }
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "cannot read {}: {e}; record it with {RECORD}=1 cargo test --test digest",
            path.display()
        )
    });
    let expected = parse_record(&text);
    let mut added = Vec::new();
    let mut removed = Vec::new();
    let mut changed = Vec::new();
    for (path, digest) in &actual {
        match expected.get(path) {
            None => added.push(path.as_str()),
            Some(old) if old != digest => changed.push(path.as_str()),
            Some(_) => {}
        }
    }
    for path in expected.keys() {
        if !actual.contains_key(path) {
            removed.push(path.as_str());
        }
    }
    if added.is_empty() && removed.is_empty() && changed.is_empty() {
        return;
    }
    let list = |what: &str, paths: &[&str]| -> String {
        if paths.is_empty() {
            return String::new();
        }
        let shown: Vec<&str> = paths.iter().take(40).copied().collect();
        let more = paths.len() - shown.len();
        format!(
            "\n{what} ({}):\n  {}{}",
            paths.len(),
            shown.join("\n  "),
            if more > 0 {
                format!("\n  … and {more} more")
            } else {
                String::new()
            }
        )
    };
    panic!(
        "the output of the {name} catalogue differs from {}:{}{}{}\n\
         If the change is intended, re-record with {RECORD}=1 cargo test --test digest \
         and say in the commit which files changed and why.",
        path.display(),
        list("changed", &changed),
        list("new", &added),
        list("gone", &removed),
    )
}

#[test]
fn photo_variants_are_told_by_name() {
    for variant in [
        "products/xoai/photo-640w.1a2b3c4d.jpg",
        "products/xoai/photo-2048w.1a2b3c4d.webp",
        "products/xoai/anh-1-thumb.0f0f0f0f.jpg",
        "tourism/vuon/photo-og.abcdef01.jpg",
        "kiosk/photos/photo-1280w.00000000.jpg",
    ] {
        assert!(is_photo_variant(variant), "{variant}");
    }
    for other in [
        "products/xoai/index.html",
        "css/site.css",
        "products/xoai/photo.jpg",
        "products/xoai/photo-640.1a2b3c4d.jpg",
        "products/xoai/photo-w.1a2b3c4d.jpg",
        "products/xoai/photo-640w.1a2b3c4.jpg",
        "products/xoai/photo-640w.1a2b3c4g.jpg",
        "products/xoai/photo-640w.1a2b3c4d.png",
        "products/xoai/bang-gia.pdf",
    ] {
        assert!(!is_photo_variant(other), "{other}");
    }
}

#[test]
fn the_shipped_catalogue_renders_as_recorded() {
    let files = common::render_shipped();
    assert!(files.len() > 300, "{} files", files.len());
    compare("shipped", &files);
}

#[test]
fn a_generated_catalogue_of_1000_products_renders_as_recorded() {
    let dir = tempfile::tempdir().unwrap();
    gen_catalog::generate(&gen_catalog::Options {
        products: 1000,
        seed: 1,
        out: dir.path().to_path_buf(),
        hugo: None,
    });
    let mut options = ocop::Options::new(dir.path());
    options.today = Some(today());
    let (_, sink) = ocop::build::render_to_memory(&options)
        .unwrap_or_else(|d| panic!("the generated catalogue builds: {:#?}", d.items()));
    let files = sink.into_files();
    assert!(files.len() > 2000, "{} files", files.len());
    compare("generated-1000", &files);
}
