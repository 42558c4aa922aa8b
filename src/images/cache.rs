//! The build's cache, `<root>/.ocop-cache/<folder>/`. The image cache
//! (`images/`) holds encoded variants keyed by [`Key`] (source bytes' hash +
//! variant parameters + pipeline version), and an index of the photos'
//! sizes and hashes keyed by path, size and modification time, so that a
//! rebuild neither decodes nor re-reads unchanged photos. The print pack
//! keeps its PDFs in `print/` the same way, keyed by a hash of everything a
//! PDF is made from (issue #18).
//!
//! Entries are written to a temporary file and renamed into place, so a
//! crash never leaves a half-written entry under an entry's name. The folder
//! is marked as ours ([`MARKER`]); only then is it ever pruned, and only of
//! files that look like our entries.

use std::collections::{BTreeMap, HashSet};
use std::fs;
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use super::plan::Key;

/// The cache folder under the project root.
pub(super) const CACHE_DIR: &str = ".ocop-cache";

/// The marker file in [`CACHE_DIR`] (the CACHEDIR.TAG convention, which
/// also keeps backup tools out).
pub(super) const MARKER: &str = "CACHEDIR.TAG";

const MARKER_TEXT: &str = "Signature: 8a477f597d28d172789f06886806bc55\n\
# This folder is the cache of ocop (photo variants, print pack). It is safe to delete;\n\
# ocop prunes unused entries at the end of every successful build.\n";

const INDEX: &str = "index.json";
const INDEX_VERSION: u32 = 1;
const TMP_SUFFIX: &str = ".tmp";

/// Leftover temporary files older than this are removed when pruning
/// (younger ones may belong to a build running at the same time).
const STALE_TMP: Duration = Duration::from_secs(3600);

/// What the index knows about one source photo.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(super) struct IndexEntry {
    /// File size in bytes.
    pub len: u64,
    /// Modification time, nanoseconds since 1970 (a cache hint only).
    pub mtime_ns: i128,
    /// BLAKE3 of the bytes, hex.
    pub hash: String,
    /// Format found from the content (`jpeg`, `png`, `webp`, `gif`).
    pub format: String,
    /// Width after EXIF orientation.
    pub width: u32,
    /// Height after EXIF orientation.
    pub height: u32,
}

#[derive(Debug, Default, Serialize, Deserialize)]
struct IndexFile {
    version: u32,
    photos: BTreeMap<String, IndexEntry>,
}

/// One folder of the cache of one project.
#[derive(Debug)]
pub(crate) struct Cache {
    /// `<root>/.ocop-cache`.
    root: PathBuf,
    /// `<root>/.ocop-cache/<folder>` (`images`, `print`).
    dir: PathBuf,
    /// False when `.ocop-cache` exists, is not empty and is not ours: then
    /// nothing is read from or written to it.
    usable: bool,
}

static TMP_COUNTER: AtomicU64 = AtomicU64::new(0);

impl Cache {
    /// The cache folder `folder` (`images`, `print`) of the project at
    /// `project_root`. Nothing is created yet.
    pub(crate) fn new(project_root: &Path, folder: &str) -> Self {
        let root = project_root.join(CACHE_DIR);
        let dir = root.join(folder);
        let usable = !root.exists() || is_ours(&root) || is_empty_dir(&root);
        Self { root, dir, usable }
    }

    /// False when the cache folder is someone else's (it is then left alone).
    pub(super) fn usable(&self) -> bool {
        self.usable
    }

    /// The folder of the image cache.
    pub(super) fn dir(&self) -> &Path {
        &self.dir
    }

    /// Where the entry `key` with extension `ext` lives.
    pub(super) fn path(&self, key: &Key, ext: &str) -> PathBuf {
        let hex = key.hex();
        self.dir.join(&hex[..2]).join(format!("{hex}.{ext}"))
    }

    /// The path of entry `key`, if it is in the cache.
    pub(crate) fn get(&self, key: &Key, ext: &str) -> Option<PathBuf> {
        if !self.usable {
            return None;
        }
        let path = self.path(key, ext);
        path.is_file().then_some(path)
    }

    /// Stores `bytes` as entry `key`, atomically.
    pub(crate) fn put(&self, key: &Key, ext: &str, bytes: &[u8]) -> io::Result<PathBuf> {
        if !self.usable {
            return Err(io::Error::other("the cache folder is not ocop's"));
        }
        self.mark()?;
        let path = self.path(key, ext);
        write_atomically(&path, bytes)?;
        Ok(path)
    }

    /// Creates the cache folder with its marker, if needed.
    fn mark(&self) -> io::Result<()> {
        let marker = self.root.join(MARKER);
        if !marker.is_file() {
            fs::create_dir_all(&self.root)?;
            write_atomically(&marker, MARKER_TEXT.as_bytes())?;
        }
        Ok(())
    }

    /// The photo index (empty when missing, unreadable or of another version).
    pub(super) fn load_index(&self) -> BTreeMap<String, IndexEntry> {
        if !self.usable {
            return BTreeMap::new();
        }
        fs::read(self.dir.join(INDEX))
            .ok()
            .and_then(|bytes| serde_json::from_slice::<IndexFile>(&bytes).ok())
            .filter(|f| f.version == INDEX_VERSION)
            .map(|f| f.photos)
            .unwrap_or_default()
    }

    /// Replaces the photo index, atomically.
    pub(super) fn save_index(&self, photos: BTreeMap<String, IndexEntry>) -> io::Result<()> {
        if !self.usable {
            return Ok(());
        }
        self.mark()?;
        let file = IndexFile {
            version: INDEX_VERSION,
            photos,
        };
        let bytes = serde_json::to_vec_pretty(&file).map_err(io::Error::other)?;
        let path = self.dir.join(INDEX);
        if fs::read(&path).is_ok_and(|old| old == bytes) {
            return Ok(());
        }
        write_atomically(&path, &bytes)
    }

    /// Deletes every entry not in `keep` (and stale temporary files).
    /// Returns how many files were deleted. Does nothing unless the folder
    /// carries our marker.
    pub(crate) fn prune(&self, keep: &HashSet<PathBuf>) -> io::Result<usize> {
        if !self.usable || !is_ours(&self.root) || !self.dir.is_dir() {
            return Ok(0);
        }
        let now = SystemTime::now();
        let mut removed = 0;
        for shard in fs::read_dir(&self.dir)? {
            let shard = shard?;
            let name = shard.file_name();
            let name = name.to_string_lossy();
            if !shard.file_type()?.is_dir()
                || name.len() != 2
                || !name.bytes().all(|b| b.is_ascii_hexdigit())
            {
                continue;
            }
            for entry in fs::read_dir(shard.path())? {
                let entry = entry?;
                let path = entry.path();
                let file = entry.file_name().to_string_lossy().into_owned();
                if !entry.file_type()?.is_file() || !looks_like_entry(&file) {
                    continue;
                }
                if file.ends_with(TMP_SUFFIX) {
                    let old = entry
                        .metadata()
                        .and_then(|m| m.modified())
                        .ok()
                        .and_then(|t| now.duration_since(t).ok())
                        .is_some_and(|age| age > STALE_TMP);
                    if !old {
                        continue;
                    }
                } else if keep.contains(&path) {
                    continue;
                }
                match fs::remove_file(&path) {
                    Ok(()) => removed += 1,
                    Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                    Err(e) => return Err(e),
                }
            }
            // Remove the shard when it became empty (fails harmlessly if not).
            let _ = fs::remove_dir(shard.path());
        }
        Ok(removed)
    }
}

/// `<64 hex>.<ext>` or a temporary file made from it.
fn looks_like_entry(name: &str) -> bool {
    name.len() > 65
        && name.as_bytes()[..64].iter().all(u8::is_ascii_hexdigit)
        && name.as_bytes()[64] == b'.'
}

fn is_ours(root: &Path) -> bool {
    fs::read_to_string(root.join(MARKER)).is_ok_and(|t| t.contains("cache of ocop"))
}

fn is_empty_dir(dir: &Path) -> bool {
    fs::read_dir(dir).is_ok_and(|mut d| d.next().is_none())
}

/// Writes `bytes` to a unique temporary file beside `path`, flushes it and
/// renames it over `path`: readers see the old file or the whole new one.
pub(super) fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let parent = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(parent)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = parent.join(format!(
        "{name}.{}-{}{TMP_SUFFIX}",
        std::process::id(),
        TMP_COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let result = (|| {
        let mut file = fs::File::create(&tmp)?;
        file.write_all(bytes)?;
        file.sync_data()?;
        drop(file);
        fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// Modification time in nanoseconds since 1970 (0 when unknown).
pub(super) fn mtime_ns(meta: &fs::Metadata) -> i128 {
    meta.modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos() as i128)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(n: u8) -> Key {
        Key([n; 32])
    }

    #[test]
    fn put_get_and_prune() {
        let tmp = tempfile::tempdir().unwrap();
        let cache = Cache::new(tmp.path(), "images");
        assert!(cache.usable());
        assert_eq!(cache.get(&key(1), "jpg"), None);
        let a = cache.put(&key(1), "jpg", b"aaa").unwrap();
        let b = cache.put(&key(2), "webp", b"bbb").unwrap();
        assert_eq!(cache.get(&key(1), "jpg"), Some(a.clone()));
        assert!(tmp.path().join(".ocop-cache/CACHEDIR.TAG").is_file());
        // A leftover temporary file younger than an hour is kept.
        let young_tmp = a.with_file_name(format!("{}.jpg.1-1.tmp", key(3).hex()));
        fs::write(&young_tmp, b"half").unwrap();
        let keep: HashSet<PathBuf> = [a.clone()].into_iter().collect();
        assert_eq!(cache.prune(&keep).unwrap(), 1);
        assert!(a.is_file());
        assert!(!b.exists());
        assert!(young_tmp.exists());
        // Files that are not entries are never touched.
        let note = cache.dir().join("README");
        fs::write(&note, "mine").unwrap();
        cache.prune(&HashSet::new()).unwrap();
        assert!(note.is_file());
        assert!(!a.exists());
    }

    #[test]
    fn a_foreign_cache_folder_is_left_alone() {
        let tmp = tempfile::tempdir().unwrap();
        let foreign = tmp.path().join(CACHE_DIR);
        fs::create_dir_all(foreign.join("images/aa")).unwrap();
        let entry = foreign
            .join("images/aa")
            .join(format!("{}.jpg", key(0xaa).hex()));
        fs::write(&entry, b"theirs").unwrap();
        let cache = Cache::new(tmp.path(), "images");
        assert!(!cache.usable());
        assert_eq!(cache.get(&key(0xaa), "jpg"), None);
        assert!(cache.put(&key(1), "jpg", b"x").is_err());
        assert_eq!(cache.prune(&HashSet::new()).unwrap(), 0);
        assert!(entry.is_file());
    }

    #[test]
    fn index_round_trip() {
        let tmp = tempfile::tempdir().unwrap();
        let cache = Cache::new(tmp.path(), "images");
        assert!(cache.load_index().is_empty());
        let mut photos = BTreeMap::new();
        photos.insert(
            "content/products/x/photo.jpg".to_owned(),
            IndexEntry {
                len: 3,
                mtime_ns: 42,
                hash: "ab".into(),
                format: "jpeg".into(),
                width: 4,
                height: 2,
            },
        );
        cache.save_index(photos.clone()).unwrap();
        assert_eq!(cache.load_index(), photos);
    }
}
