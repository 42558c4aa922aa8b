//! Photos of the records: responsive variants, cached.
//!
//! For every photo named in a record (`images = […]`) the build makes
//! (see [`plan`]): JPEG and WebP variants at fixed widths (320, 640, 1280,
//! 2048, never upscaled), a square thumbnail for lists, a 1200×630 crop for
//! Open Graph previews. The originals are never copied into the output
//! (they carry EXIF, often the GPS position of the producer's home): every
//! variant is re-encoded from pixels, EXIF orientation applied first.
//!
//! Two steps, so that `check` stays cheap:
//! - [`Images::probe`] (build and check) reads each photo's header (or finds
//!   it in the cache index), hashes its bytes and plans its variants;
//! - `Images::generate` (build only) takes each variant from the cache
//!   (`<root>/.ocop-cache/images/`, see `cache`) or decodes the photo once
//!   and makes the missing ones, in parallel over all cores with a memory
//!   budget, and puts them into the output sink.
//!
//! Templates get the variants through the `picture()` function
//! (`crate::theme::picture`).

pub(crate) mod cache;
pub mod plan;
pub mod process;
mod progress;

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::{Condvar, Mutex};

use rayon::prelude::*;

use self::cache::Cache;
pub use self::plan::Rendition;
pub use self::progress::ProgressMode;

use self::cache::IndexEntry;
use self::plan::{FEED_MIN_SHORT_SIDE, Format, Shape};
use self::process::{Header, PhotoError};
use crate::content::Section;
use crate::diagnostics::{Code, Diagnostic, Diagnostics, display_path};
use crate::model::Catalog;
use crate::write::Sink;

/// Diagnostic codes of errors in photos. A build with no other errors still
/// processes every readable photo, so that all bad photos are reported in
/// one run.
pub(crate) const PHOTO_ERROR_CODES: [Code; 2] = [Code::BadImage, Code::ImageTooLarge];

/// Photos being decoded at the same time may together claim at most this
/// much memory (estimated from their size); a bigger photo runs alone.
pub(crate) const MEMORY_BUDGET: u64 = 1 << 30;

/// One photo named in a record, and what is made of it.
#[derive(Debug, Clone)]
pub struct Photo {
    /// The source file, relative to the project root.
    pub file: PathBuf,
    /// Width of the upright (EXIF-oriented) original.
    pub width: u32,
    /// Height of the upright original.
    pub height: u32,
    /// BLAKE3 of the source bytes.
    pub hash: blake3::Hash,
    /// Responsive widths (ascending), then the thumbnail, then the Open
    /// Graph crop. After `Images::generate`, `webp` is `None` where the
    /// WebP was not smaller than the JPEG.
    pub renditions: Vec<Rendition>,
}

impl Photo {
    /// The responsive variants, narrowest first (never empty).
    pub fn responsive(&self) -> &[Rendition] {
        let n = self
            .renditions
            .iter()
            .take_while(|r| matches!(r.shape, Shape::Width(_)))
            .count();
        &self.renditions[..n]
    }

    /// The square thumbnail.
    pub fn thumb(&self) -> &Rendition {
        &self.renditions[self.renditions.len() - 2]
    }

    /// The 1200×630 Open Graph crop (smaller for small photos).
    pub fn og(&self) -> &Rendition {
        &self.renditions[self.renditions.len() - 1]
    }

    /// The largest JPEG variant: for zoom, structured data and feeds.
    pub fn largest(&self) -> &Rendition {
        let r = self.responsive();
        &r[r.len() - 1]
    }

    /// The variant for a plain `<img src>`: the widest up to 1280 px.
    pub fn default_rendition(&self) -> &Rendition {
        let r = self.responsive();
        r.iter()
            .rev()
            .find(|v| v.width <= plan::DEFAULT_MAX_WIDTH)
            .unwrap_or(&r[0])
    }
}

/// The photo a merchant feed should use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FeedImage {
    /// Site path of the JPEG (`products/xoai/photo-1280w.1a2b3c4d.jpg`);
    /// `Urls::absolute_asset` makes the absolute URL.
    pub path: String,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// True when its short side is at least 800 px, as merchant feeds want.
    pub listable: bool,
}

/// What `Images::generate` did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ImageStats {
    /// Photos named in records.
    pub photos: usize,
    /// Photos decoded (0 when every variant came from the cache).
    pub decoded: usize,
    /// Variant files encoded.
    pub encoded: usize,
    /// Variant files taken from the cache.
    pub from_cache: usize,
    /// WebP variants left out because they were not smaller than the JPEG.
    pub webp_dropped: usize,
    /// Unused cache entries deleted.
    pub pruned: usize,
}

/// Every photo named in a record, by site path (`products/xoai/photo.jpg`).
#[derive(Debug)]
pub struct Images {
    photos: HashMap<String, Photo>,
    /// Site paths of every photo named in a record, readable or not.
    named: HashSet<String>,
    index: BTreeMap<String, IndexEntry>,
    cache: Cache,
    /// Cache entries this build uses (the rest is pruned).
    keep: HashSet<PathBuf>,
    stats: ImageStats,
}

/// Extensions (lower case) of the files treated as photos: a bundle's
/// photo is published only as variants, when a record names it in
/// `images`; otherwise not at all (the original carries its EXIF/GPS data).
pub(crate) const PHOTO_EXTENSIONS: &[&str] = &[
    "jpg", "jpeg", "jpe", "jfif", "png", "webp", "gif", "heic", "heif", "avif", "tif", "tiff",
    "dng", "bmp",
];

/// True when the file `name` of a bundle is a photo by its extension
/// ([`PHOTO_EXTENSIONS`]): such files are never copied to the output as
/// they are.
pub(crate) fn is_photo_file(name: &str) -> bool {
    Path::new(name)
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| PHOTO_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
}

/// One named photo: site path, file relative to the root, and whether it
/// is the main photo of a product (the one feeds use).
struct Named {
    rel: String,
    file: PathBuf,
    feed: bool,
}

impl Images {
    /// Reads the header of every photo named in `images = […]` of a record
    /// (under `root`), or finds it in the cache index, and plans its
    /// variants. A file that is not a readable image of a supported format
    /// (JPEG, PNG, WebP, GIF), or that is too large, is an error naming the
    /// file. A product whose main photo is too small for merchant feeds gets
    /// a warning.
    pub fn probe(root: &Path, catalog: &Catalog, diags: &mut Diagnostics) -> Self {
        let cache = Cache::new(root, "images");
        let old_index = cache.load_index();
        let named = named_photos(catalog);
        type Probe = (String, Result<(IndexEntry, Option<Diagnostic>), Diagnostic>);
        let results: Vec<Probe> = named
            .par_iter()
            .map(|n| {
                let key = display_path(&n.file);
                let result = probe_one(root, &n.file, old_index.get(&key));
                (key, result)
            })
            .collect();
        let mut images = Images {
            photos: HashMap::new(),
            named: named.iter().map(|n| n.rel.clone()).collect(),
            index: BTreeMap::new(),
            cache,
            keep: HashSet::new(),
            stats: ImageStats::default(),
        };
        for (n, (key, result)) in named.iter().zip(results) {
            let entry = match result {
                Ok((entry, warning)) => {
                    diags.extend(warning);
                    entry
                }
                Err(d) => {
                    diags.push(d);
                    continue;
                }
            };
            let Some(hash) = blake3::Hash::from_hex(&entry.hash).ok() else {
                continue;
            };
            let photo = Photo {
                file: n.file.clone(),
                width: entry.width,
                height: entry.height,
                hash,
                renditions: plan::renditions(&n.rel, entry.width, entry.height, &hash),
            };
            if n.feed {
                let largest = photo.largest();
                if largest.width.min(largest.height) < FEED_MIN_SHORT_SIDE {
                    diags.push(
                        Diagnostic::warning(Code::PhotoTooSmallForFeeds)
                            .arg("file", display_path(&n.file))
                            .arg("width", entry.width)
                            .arg("height", entry.height)
                            .arg("largest_width", largest.width)
                            .arg("largest_height", largest.height)
                            .arg("min", FEED_MIN_SHORT_SIDE)
                            .in_file(n.file.clone()),
                    );
                }
            }
            images.index.insert(key, entry);
            images.photos.insert(n.rel.clone(), photo);
        }
        images.stats.photos = named.len();
        for file in unlisted_photos(catalog, &images.named) {
            diags.push(
                Diagnostic::warning(Code::UnlistedPhoto)
                    .arg("file", display_path(&file))
                    .in_file(file),
            );
        }
        images
    }

    /// Makes every variant of every probed photo (from the cache when it
    /// has them) and puts it into `sink` at its site path. Photos that
    /// cannot be decoded are errors in `diags`; the others are still made.
    /// The cache index is updated.
    pub(crate) fn generate(
        &mut self,
        root: &Path,
        sink: &dyn Sink,
        mode: ProgressMode,
        diags: &mut Diagnostics,
    ) {
        if !self.cache.usable() && !self.photos.is_empty() {
            diags.push(Diagnostic::warning(Code::ForeignCache).arg("folder", cache::CACHE_DIR));
        }
        let mut jobs: Vec<(&String, &Photo, bool)> = self
            .photos
            .iter()
            .map(|(rel, p)| (rel, p, !self.all_cached(p)))
            .collect();
        // Big photos first: the tail of the run is then short ones.
        jobs.sort_by(|a, b| {
            (b.2, u64::from(b.1.width) * u64::from(b.1.height), b.0).cmp(&(
                a.2,
                u64::from(a.1.width) * u64::from(a.1.height),
                a.0,
            ))
        });
        let to_decode = jobs.iter().filter(|j| j.2).count();
        let progress = progress::Progress::start(mode, to_decode, jobs.len() - to_decode);
        let budget = Budget::new(MEMORY_BUDGET);
        let cache = &self.cache;
        let outcomes: Vec<(String, Result<Outcome, Diagnostic>)> = jobs
            .par_iter()
            .with_max_len(1)
            .map(|(rel, photo, decode)| {
                let result = produce(root, cache, sink, photo, *decode, &budget);
                if *decode {
                    progress.done(&display_path(&photo.file));
                }
                ((*rel).clone(), result)
            })
            .collect();
        progress.finish();
        for (rel, outcome) in outcomes {
            match outcome {
                Ok(o) => {
                    let s = &mut self.stats;
                    s.decoded += usize::from(o.decoded);
                    s.encoded += o.encoded;
                    s.from_cache += o.from_cache;
                    s.webp_dropped += o.webp_kept.iter().filter(|k| !**k).count();
                    diags.extend(o.warnings);
                    self.keep.extend(o.keep);
                    if let Some(photo) = self.photos.get_mut(&rel) {
                        for (r, kept) in photo.renditions.iter_mut().zip(o.webp_kept) {
                            if !kept {
                                r.webp = None;
                            }
                        }
                    }
                }
                Err(d) => {
                    if let Some(photo) = self.photos.remove(&rel) {
                        self.index.remove(&display_path(&photo.file));
                    }
                    diags.push(d);
                }
            }
        }
        if let Err(e) = self.cache.save_index(std::mem::take(&mut self.index)) {
            diags.push(cache_warning(&self.cache, &e));
        }
    }

    /// Deletes the cache entries this build did not use. Call it at the end
    /// of a successful build.
    pub(crate) fn prune_cache(&mut self, diags: &mut Diagnostics) {
        match self.cache.prune(&self.keep) {
            Ok(n) => self.stats.pruned = n,
            Err(e) => diags.push(cache_warning(&self.cache, &e)),
        }
    }

    fn all_cached(&self, photo: &Photo) -> bool {
        photo.renditions.iter().all(|r| {
            self.cache.get(&r.jpeg_key, Format::Jpeg.ext()).is_some()
                && (r.webp.is_none() || self.cache.get(&r.webp_key, Format::Webp.ext()).is_some())
        })
    }

    /// The photo at site path `rel` (`products/xoai/photo.jpg`), if it
    /// could be read.
    pub fn photo(&self, rel: &str) -> Option<&Photo> {
        self.photos.get(rel)
    }

    /// True when a record names the file at site path `rel` as a photo
    /// (such files are never copied to the output as they are).
    pub(crate) fn is_named(&self, rel: &str) -> bool {
        self.named.contains(rel)
    }

    /// The feed variant of the photo at site path `rel`: its largest JPEG,
    /// with its size and whether merchant feeds accept it (short side at
    /// least 800 px).
    pub(crate) fn feed_image(&self, rel: &str) -> Option<FeedImage> {
        let largest = self.photos.get(rel)?.largest();
        Some(FeedImage {
            path: largest.jpeg.clone(),
            width: largest.width,
            height: largest.height,
            listable: largest.width.min(largest.height) >= FEED_MIN_SHORT_SIDE,
        })
    }

    /// The file in the image cache that holds the JPEG of `rendition` (after
    /// [`Self::generate`]), for a stage that copies variants elsewhere (the
    /// offline kiosk bundle). `None` when the cache is not usable.
    pub(crate) fn jpeg_file(&self, rendition: &Rendition) -> Option<PathBuf> {
        self.cache.get(&rendition.jpeg_key, Format::Jpeg.ext())
    }

    /// The cached file of the variant published at site path `rel` (a JPEG
    /// or WebP of [`Photo::renditions`]), after `Self::generate`: how
    /// `serve` answers for variants without keeping them in memory.
    pub fn variant_file(&self, rel: &str) -> Option<PathBuf> {
        self.photos
            .values()
            .flat_map(|p| &p.renditions)
            .find_map(|r| {
                if r.jpeg == rel {
                    self.cache.get(&r.jpeg_key, Format::Jpeg.ext())
                } else if r.webp.as_deref() == Some(rel) {
                    self.cache.get(&r.webp_key, Format::Webp.ext())
                } else {
                    None
                }
            })
    }

    /// What the last `Self::generate` and `Self::prune_cache` did.
    pub fn stats(&self) -> ImageStats {
        self.stats
    }
}

fn cache_warning(cache: &Cache, e: &std::io::Error) -> Diagnostic {
    Diagnostic::warning(Code::ImageCache)
        .arg("folder", cache.dir().display().to_string())
        .arg("error", e.to_string())
}

/// Header (from the index when the file's size and modification time are
/// unchanged, else from its bytes) and a warning when its extension lies.
fn probe_one(
    root: &Path,
    file: &Path,
    known: Option<&IndexEntry>,
) -> Result<(IndexEntry, Option<Diagnostic>), Diagnostic> {
    let error = |e: PhotoError| e.diagnostic(file);
    let path = root.join(file);
    let meta = fs::metadata(&path).map_err(|e| error(PhotoError::Io(e.to_string())))?;
    let (len, mtime_ns) = (meta.len(), cache::mtime_ns(&meta));
    let entry = match known {
        Some(k) if k.len == len && k.mtime_ns == mtime_ns && mtime_ns != 0 => k.clone(),
        _ => {
            let bytes = fs::read(&path).map_err(|e| error(PhotoError::Io(e.to_string())))?;
            let header = process::read_header(&bytes).map_err(error)?;
            IndexEntry {
                len,
                mtime_ns,
                hash: blake3::hash(&bytes).to_hex().to_string(),
                format: format_name(&header).to_owned(),
                width: header.width,
                height: header.height,
            }
        }
    };
    let ext = file
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let format = image::ImageFormat::from_extension(&entry.format);
    let warning = match format {
        Some(f) if !f.extensions_str().contains(&ext.as_str()) => Some(
            Diagnostic::warning(Code::ImageExtensionMismatch)
                .arg("file", display_path(file))
                .arg("format", entry.format.to_uppercase())
                .arg("ext", ext.as_str())
                .arg("right", *f.extensions_str().first().unwrap_or(&""))
                .in_file(file.to_path_buf()),
        ),
        _ => None,
    };
    Ok((entry, warning))
}

fn format_name(header: &Header) -> &'static str {
    match header.format {
        image::ImageFormat::Png => "png",
        image::ImageFormat::WebP => "webp",
        image::ImageFormat::Gif => "gif",
        _ => "jpeg",
    }
}

/// What became of one photo.
struct Outcome {
    decoded: bool,
    encoded: usize,
    from_cache: usize,
    /// Per rendition: false when its planned WebP was dropped.
    webp_kept: Vec<bool>,
    /// Cache entries used.
    keep: Vec<PathBuf>,
    warnings: Vec<Diagnostic>,
}

/// One encoded file: in the cache, or only in memory.
enum Encoded {
    Cached(PathBuf, u64),
    Fresh(Vec<u8>),
}

impl Encoded {
    fn len(&self) -> u64 {
        match self {
            Encoded::Cached(_, len) => *len,
            Encoded::Fresh(b) => b.len() as u64,
        }
    }

    fn put(&self, sink: &dyn Sink, rel: &str) -> std::io::Result<()> {
        match self {
            Encoded::Cached(path, _) => sink.copy(rel, path),
            Encoded::Fresh(bytes) => sink.put(rel, bytes),
        }
    }
}

/// Makes (or takes from the cache) every variant of `photo` and puts them
/// into the sink.
fn produce(
    root: &Path,
    cache: &Cache,
    sink: &dyn Sink,
    photo: &Photo,
    decode: bool,
    budget: &Budget,
) -> Result<Outcome, Diagnostic> {
    let file = &photo.file;
    let error = |e: PhotoError| e.diagnostic(file);
    let mut out = Outcome {
        decoded: false,
        encoded: 0,
        from_cache: 0,
        webp_kept: Vec::new(),
        keep: Vec::new(),
        warnings: Vec::new(),
    };
    let cached = |key: &plan::Key, format: Format| {
        cache
            .get(key, format.ext())
            .and_then(|p| fs::metadata(&p).ok().map(|m| (p, m.len())))
            .filter(|(_, len)| *len > 0)
    };
    // Pixels of every rendition, when something is missing from the cache.
    let pixels = if decode {
        let _permit = budget.acquire(u64::from(photo.width) * u64::from(photo.height) * 12);
        let bytes = fs::read(root.join(file)).map_err(|e| error(PhotoError::Io(e.to_string())))?;
        if blake3::hash(&bytes) != photo.hash {
            return Err(Diagnostic::error(Code::BadImage)
                .variant("changed")
                .arg("file", display_path(file))
                .in_file(file.clone()));
        }
        let upright = process::decode(&bytes).map_err(error)?;
        drop(bytes);
        out.decoded = true;
        Some(render_all(&upright, &photo.renditions))
    } else {
        None
    };
    let mut cache_failed = None;
    for (i, r) in photo.renditions.iter().enumerate() {
        let mut get = |key: &plan::Key, format: Format| -> Result<Encoded, Diagnostic> {
            if let Some((path, len)) = cached(key, format) {
                out.from_cache += 1;
                out.keep.push(path.clone());
                return Ok(Encoded::Cached(path, len));
            }
            let img = pixels.as_ref().map(|p| &p[i]).ok_or_else(|| {
                Diagnostic::error(Code::ImageCache)
                    .variant("vanished")
                    .arg("file", display_path(file))
            })?;
            let bytes = match format {
                Format::Jpeg => process::encode_jpeg(img),
                Format::Webp => process::encode_webp(img),
            }
            .map_err(|e| {
                Diagnostic::error(Code::ImageEncode)
                    .arg("file", display_path(file))
                    .arg("error", e.to_string())
                    .in_file(file.clone())
            })?;
            out.encoded += 1;
            if cache.usable() {
                match cache.put(key, format.ext(), &bytes) {
                    Ok(path) => out.keep.push(path),
                    Err(e) => cache_failed = Some(e),
                }
            }
            Ok(Encoded::Fresh(bytes))
        };
        let jpeg = get(&r.jpeg_key, Format::Jpeg)?;
        let webp = match &r.webp {
            Some(_) => Some(get(&r.webp_key, Format::Webp)?),
            None => None,
        };
        jpeg.put(sink, &r.jpeg)
            .map_err(|e| Diagnostic::write_error(&r.jpeg, &e))?;
        let kept = match (&r.webp, webp) {
            (Some(rel), Some(webp)) if webp.len() < jpeg.len() => {
                webp.put(sink, rel)
                    .map_err(|e| Diagnostic::write_error(rel, &e))?;
                true
            }
            (None, _) => true,
            _ => false,
        };
        out.webp_kept.push(kept);
    }
    if let Some(e) = cache_failed {
        out.warnings.push(cache_warning(cache, &e));
    }
    Ok(out)
}

/// Pixels of every rendition of an upright photo, in the renditions'
/// order. Each is scaled from the smallest already-made full-frame variant
/// that is still at least `CHAIN_RATIO` times larger than it (else from
/// the original): as sharp, and much faster than scaling 12 megapixels
/// every time.
pub fn render_all(upright: &image::RgbImage, renditions: &[Rendition]) -> Vec<image::RgbImage> {
    let mut resizer = fast_image_resize::Resizer::new();
    let mut made: Vec<Option<image::RgbImage>> = vec![None; renditions.len()];
    let mut order: Vec<usize> = (0..renditions.len()).collect();
    // Widest full-frame variants first, so narrower ones can be made from them.
    order.sort_by_key(|&i| match renditions[i].shape {
        Shape::Width(w) => (0, u32::MAX - w),
        _ => (1, 0),
    });
    for i in order {
        let r = &renditions[i];
        let source = renditions
            .iter()
            .zip(&made)
            .filter_map(|(other, img)| match (other.shape, img) {
                (Shape::Width(_), Some(img)) => Some(img),
                _ => None,
            })
            .filter(|img| {
                let (_, _, cw, _) = r.source_rect(img.width(), img.height());
                cw >= f64::from(r.width) * CHAIN_RATIO
            })
            .min_by_key(|img| img.width())
            .unwrap_or(upright);
        let img = process::render(&mut resizer, source, r);
        made[i] = Some(img);
    }
    made.into_iter()
        .map(|m| m.expect("every rendition made"))
        .collect()
}

/// See [`render_all`].
pub(crate) const CHAIN_RATIO: f64 = 2.0;

/// A memory budget shared by the photo workers.
struct Budget {
    left: Mutex<u64>,
    freed: Condvar,
    total: u64,
}

struct Permit<'a> {
    budget: &'a Budget,
    amount: u64,
}

impl Budget {
    fn new(total: u64) -> Self {
        Self {
            left: Mutex::new(total),
            freed: Condvar::new(),
            total,
        }
    }

    /// Waits until `amount` (at most the whole budget) is free and takes it.
    fn acquire(&self, amount: u64) -> Permit<'_> {
        let amount = amount.min(self.total);
        let mut left = self.left.lock().unwrap_or_else(|e| e.into_inner());
        while *left < amount {
            left = self.freed.wait(left).unwrap_or_else(|e| e.into_inner());
        }
        *left -= amount;
        Permit {
            budget: self,
            amount,
        }
    }
}

impl Drop for Permit<'_> {
    fn drop(&mut self) {
        let mut left = self.budget.left.lock().unwrap_or_else(|e| e.into_inner());
        *left += self.amount;
        self.budget.freed.notify_all();
    }
}

/// The photo files of records' bundles that no record names in `images`
/// (`named` holds the site paths of the named ones).
fn unlisted_photos(catalog: &Catalog, named: &HashSet<String>) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for section in Section::ALL {
        for r in catalog.records(section).iter() {
            for f in r.files().iter().filter(|f| is_photo_file(f)) {
                if !named.contains(&format!("{}/{}/{f}", section.dir_name(), r.slug())) {
                    out.push(r.source(f));
                }
            }
        }
    }
    out
}

/// Every photo named in a record, once.
fn named_photos(catalog: &Catalog) -> Vec<Named> {
    let mut out: Vec<Named> = Vec::new();
    let mut seen = HashSet::new();
    for section in Section::ALL {
        for r in catalog.records(section).iter() {
            for (i, f) in r.images().iter().enumerate() {
                let rel = format!("{}/{}/{f}", section.dir_name(), r.slug());
                if seen.insert(rel.clone()) {
                    out.push(Named {
                        rel,
                        file: r.source(f),
                        feed: section == Section::Products && i == 0,
                    });
                }
            }
        }
    }
    out
}
