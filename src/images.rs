//! Photos of the records: their pixel sizes (for `width`/`height` in the
//! HTML) and their copies in the output.

use std::collections::HashMap;
use std::path::Path;

use rayon::prelude::*;

use crate::content::Section;
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::model::Catalog;

/// Pixel sizes of every photo named in a record, keyed by site path
/// (`products/xoai/photo.jpg`).
#[derive(Debug, Default)]
pub struct Images {
    sizes: HashMap<String, (u32, u32)>,
}

impl Images {
    /// Reads the header of every photo named in `images = […]` of a record
    /// (under `root`). A file that is not a readable image of a supported
    /// format (JPEG, PNG, WebP, GIF) is an error naming the file.
    pub fn probe(root: &Path, catalog: &Catalog, diags: &mut Diagnostics) -> Self {
        type Probe = Result<(String, (u32, u32)), Diagnostic>;
        let results: Vec<Probe> = named_photos(catalog)
            .into_par_iter()
            .map(|(rel, dir)| {
                let file = rel.rsplit('/').next().unwrap_or_default().to_owned();
                let shown = dir.join(&file);
                image::ImageReader::open(root.join(&shown))
                    .and_then(|r| r.with_guessed_format())
                    .map_err(image::ImageError::IoError)
                    .and_then(|r| r.into_dimensions())
                    .map(|size| (rel, size))
                    .map_err(|e| {
                        Diagnostic::error("bad-image", format!("{} {}", shown.display(), describe(&e)))
                            .in_file(shown)
                            .help("save the photo again as JPEG or PNG (e.g. export it from the phone's gallery), then rebuild")
                    })
            })
            .collect();
        let mut sizes = HashMap::new();
        for result in results {
            match result {
                Ok((rel, size)) => {
                    sizes.insert(rel, size);
                }
                Err(d) => diags.push(d),
            }
        }
        Self { sizes }
    }

    /// Width and height in pixels of the photo at site path `rel`.
    pub fn dimensions(&self, rel: &str) -> Option<(u32, u32)> {
        self.sizes.get(rel).copied()
    }
}

/// What is wrong with a photo, in words for the user.
fn describe(e: &image::ImageError) -> String {
    match e {
        image::ImageError::Unsupported(_) => "is not a JPEG, PNG, WebP or GIF photo".to_owned(),
        image::ImageError::Decoding(_) => {
            "is damaged or is not really a photo (it cannot be decoded)".to_owned()
        }
        image::ImageError::Limits(_) => "is too large to process".to_owned(),
        image::ImageError::IoError(io) => format!("cannot be read: {io}"),
        other => format!("cannot be read as a photo: {other}"),
    }
}

/// (site path, bundle folder) of every photo named in a record.
fn named_photos(catalog: &Catalog) -> Vec<(String, std::path::PathBuf)> {
    let mut out = Vec::new();
    let mut add = |section: Section, slug: &str, dir: &Path, files: &[String]| {
        for f in files {
            out.push((
                format!("{}/{slug}/{f}", section.dir_name()),
                dir.to_path_buf(),
            ));
        }
    };
    for r in &catalog.products {
        add(Section::Products, &r.slug, &r.dir, &r.fields.images);
    }
    for r in &catalog.producers {
        add(Section::Producers, &r.slug, &r.dir, &r.fields.images);
    }
    for r in &catalog.communes {
        add(Section::Communes, &r.slug, &r.dir, &r.fields.images);
    }
    for r in &catalog.tourism {
        add(Section::Tourism, &r.slug, &r.dir, &r.fields.images);
    }
    out
}
