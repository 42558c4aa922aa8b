//! Write: puts the rendered site on disk without ever leaving a half-written
//! output folder, and without rewriting what did not change.
//!
//! The output is double-buffered: beside `output/` lives `output.staging/`,
//! which holds the build before the current one. A build brings the staging
//! folder up to date — writing only the files whose bytes differ and
//! deleting the ones that are gone — and then swaps the two folders in one
//! atomic `renameat2(RENAME_EXCHANGE)`. The previous output is whole until
//! that instant, and becomes the staging folder of the next build. When the
//! new site is byte-identical to the current output, nothing is written at
//! all, neither in the output nor in the staging folder: a file that equals
//! the output's is only put into the staging folder (as a hard link to the
//! output's, else a copy) when some other file changed and the folders are
//! swapped. Files in the staging folder are therefore never rewritten in
//! place, only replaced.
//!
//! (The original design hard-linked unchanged files into a fresh staging
//! folder. On this project's reference machine deleting a 20,000-page tree
//! takes a minute, far more than rendering it; double buffering never
//! deletes a tree. See docs/ARCHITECTURE.md, "Where the code differs from
//! the original design"; the guarantees users get are in docs/OUTPUT.md,
//! "Writing".)
//!
//! Each folder carries a marker file, [`MARKER`], with a manifest of its
//! files (BLAKE3 hash, size, modification time) so that unchanged files are
//! recognised without reading them. The tool refuses to replace any
//! non-empty folder without the marker.

use crate::messages::Message;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::fs;
use std::io::{self, Write as _};
use std::path::{Component, Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};
use std::time::UNIX_EPOCH;

use thiserror::Error;

/// Name of the marker (and manifest) file in every folder the tool writes.
pub const MARKER: &str = ".ocop-output";

/// First line of the marker file.
const MARKER_HEADER: &str = "ocop output folder: generated, replaced at each build; manifest v1";

/// Somewhere rendered files go. Implementations are shared between threads.
pub trait Sink: Sync {
    /// Stores `bytes` at `rel` (a `/`-separated path inside the output).
    fn put(&self, rel: &str, bytes: &[u8]) -> io::Result<()>;

    /// Stores a copy of the file at `src` at `rel`.
    fn copy(&self, rel: &str, src: &Path) -> io::Result<()> {
        self.put(rel, &fs::read(src)?)
    }
}

/// Errors of the write stage ([`WriteError::message`] says them in the
/// user's language; `Display` in English).
#[derive(Debug, Error)]
#[error("{}", self.message().render(crate::messages::Lang::En))]
pub enum WriteError {
    /// The output folder is one the tool must never replace.
    Refused {
        /// The folder.
        path: PathBuf,
        /// Why: `root`, `home`, `project`, `file`, `foreign` (a non-empty
        /// folder ocop did not make) or `staging` (such a folder in the way
        /// of the staging folder), the `$reason` of `write-refused`.
        reason: &'static str,
    },
    /// The output folder is inside a folder the build reads (`content/`,
    /// `themes/`): the next build would read its own output as content,
    /// and cleaning it would delete the office's files.
    InsideSource {
        /// The output folder.
        path: PathBuf,
        /// The folder it is inside.
        folder: PathBuf,
    },
    /// A file system operation failed.
    Io {
        /// What was being done: `reading`, `creating`, `linking`, `moving`,
        /// `removing`, `swapping`, `manifest` (the `$action` of
        /// `write-io`).
        action: &'static str,
        /// On which path.
        path: PathBuf,
        /// The error.
        source: io::Error,
    },
}

impl WriteError {
    /// The error as a message of the catalogue.
    pub fn message(&self) -> Message {
        match self {
            WriteError::Refused { path, reason } => Message::new("write-refused")
                .arg("path", path.display().to_string())
                .arg("reason", *reason),
            WriteError::InsideSource { path, folder } => Message::new("write-inside-source")
                .arg("path", path.display().to_string())
                .arg("folder", folder.display().to_string()),
            WriteError::Io {
                action,
                path,
                source,
            } => Message::new("write-io")
                .arg("action", *action)
                .arg("path", path.display().to_string())
                .arg("error", source.to_string()),
        }
    }
}

fn io_err(action: &'static str, path: &Path) -> impl FnOnce(io::Error) -> WriteError {
    let path = path.to_path_buf();
    move |source| WriteError::Io {
        action,
        path,
        source,
    }
}

/// Counts of what a commit did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WriteSummary {
    /// Files in the new output.
    pub files: usize,
    /// Files whose bytes differ from the previous output (new or changed).
    pub changed: usize,
    /// Files of the previous output that are gone.
    pub removed: usize,
    /// Total size of the output, in bytes.
    pub bytes: u64,
}

/// What the manifest knows of one file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Entry {
    hash: [u8; 32],
    len: u64,
    /// Modification time in nanoseconds since 1970, to detect hand edits.
    mtime_ns: i128,
}

type Manifest = HashMap<String, Entry>;

/// The staging folder being brought up to date, to replace `output` on
/// [`Staging::commit`].
pub struct Staging {
    output: PathBuf,
    dir: PathBuf,
    output_exists: bool,
    current: Manifest,
    buffer: Manifest,
    new: Mutex<Vec<(String, Entry)>>,
    /// Files equal to the output's but missing or different in the staging
    /// folder: linked in only if the folders are swapped.
    pending: Mutex<Vec<String>>,
    /// The staging folder and its marker exist.
    dir_ready: std::sync::OnceLock<io::Result<()>>,
    /// Folders of the staging folder known to exist (one `mkdir` each, not
    /// one per file).
    made_dirs: Mutex<HashSet<PathBuf>>,
    changed: AtomicUsize,
    bytes: AtomicU64,
}

impl Staging {
    /// Prepares the staging folder for `output`, after checking that
    /// `output` is safe to replace: not `/`, not the home folder, not inside
    /// `protected` (the project root and content folder), not inside
    /// `sources` (the folders the build reads: `content/`, `themes/`), and
    /// either absent, empty, or made by this tool (it holds [`MARKER`]).
    pub fn create(
        output: &Path,
        protected: &[&Path],
        sources: &[&Path],
    ) -> Result<Self, WriteError> {
        let output = absolute(output);
        check_output(&output, protected, sources)?;
        let dir = sibling(&output, "staging");
        if dir.exists() && !is_ours_or_empty(&dir)? {
            return Err(WriteError::Refused {
                path: dir,
                reason: "staging",
            });
        }
        Ok(Self {
            output_exists: output.is_dir(),
            current: read_manifest(&output),
            buffer: read_manifest(&dir),
            output,
            dir,
            new: Mutex::new(Vec::new()),
            pending: Mutex::new(Vec::new()),
            dir_ready: std::sync::OnceLock::new(),
            made_dirs: Mutex::new(HashSet::new()),
            changed: AtomicUsize::new(0),
            bytes: AtomicU64::new(0),
        })
    }

    /// Makes the staging folder exactly the new site and swaps it in as the
    /// output, unless the output already has exactly these files.
    pub fn commit(self) -> Result<WriteSummary, WriteError> {
        let mut new: BTreeMap<String, Entry> =
            std::mem::take(&mut *self.new.lock().unwrap_or_else(|e| e.into_inner()))
                .into_iter()
                .collect();
        // A walk, not the manifest, here too: a file added to the output by
        // hand is not part of the site and goes at the next build.
        let removed = if self.output_exists {
            files_of(&self.output)
                .map_err(io_err("reading", &self.output))?
                .iter()
                .filter(|rel| !new.contains_key(*rel))
                .count()
        } else {
            0
        };
        let summary = WriteSummary {
            files: new.len(),
            changed: self.changed.load(Ordering::Relaxed),
            removed,
            bytes: self.bytes.load(Ordering::Relaxed),
        };
        if self.output_exists && summary.changed == 0 && removed == 0 {
            return Ok(summary);
        }
        self.ready().map_err(io_err("creating", &self.dir))?;
        let pending = std::mem::take(&mut *self.pending.lock().unwrap_or_else(|e| e.into_inner()));
        for rel in pending {
            let target = self.dir.join(&rel);
            self.link_or_copy(&self.output.join(&rel), &target)
                .map_err(io_err("linking", &target))?;
            test_stop::at("linking", &rel);
            let meta = fs::metadata(&target).map_err(io_err("reading", &target))?;
            if let Some(entry) = new.get_mut(&rel) {
                entry.mtime_ns = mtime_ns(&meta);
            }
        }
        for rel in files_of(&self.dir).map_err(io_err("reading", &self.dir))? {
            if !new.contains_key(&rel) {
                let path = self.dir.join(&rel);
                fs::remove_file(&path).map_err(io_err("removing", &path))?;
                remove_empty_parents(&self.dir, &path);
                test_stop::at("removing", &rel);
            }
        }
        write_manifest(&self.dir, &new).map_err(io_err("manifest", &self.dir))?;
        test_stop::at("before-swap", "");
        if self.output_exists {
            exchange(&self.dir, &self.output).map_err(io_err("swapping", &self.output))?;
        } else {
            fs::rename(&self.dir, &self.output).map_err(io_err("moving", &self.dir))?;
        }
        test_stop::at("swapped", "");
        Ok(summary)
    }

    /// Creates the staging folder and its marker, once.
    fn ready(&self) -> io::Result<()> {
        self.dir_ready
            .get_or_init(|| {
                fs::create_dir_all(&self.dir)?;
                if !self.dir.join(MARKER).is_file() {
                    write_manifest(&self.dir, &BTreeMap::new())?;
                }
                Ok(())
            })
            .as_ref()
            .map(|_| ())
            .map_err(|e| io::Error::new(e.kind(), e.to_string()))
    }

    /// Gives up: the output stays as it was (the staging folder, never
    /// served, keeps whatever was written and is corrected next time).
    pub fn abort(self) {}

    /// Path of `rel` inside `base`, refusing anything but plain names.
    fn inside(base: &Path, rel: &str) -> io::Result<PathBuf> {
        let rel_path = Path::new(rel);
        if rel.is_empty()
            || rel_path
                .components()
                .any(|c| !matches!(c, Component::Normal(_)))
        {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!("unsafe output path {rel}"),
            ));
        }
        Ok(base.join(rel_path))
    }
}

impl Sink for Staging {
    fn put(&self, rel: &str, bytes: &[u8]) -> io::Result<()> {
        let hash = *blake3::hash(bytes).as_bytes();
        let len = bytes.len() as u64;
        let output_entry = self.current.get(rel);
        let unchanged = self.output_exists
            && same_file(
                &Self::inside(&self.output, rel)?,
                output_entry,
                &hash,
                bytes,
            )?;
        let target = Self::inside(&self.dir, rel)?;
        let in_staging = same_file(&target, self.buffer.get(rel), &hash, bytes)?;
        let mtime_ns = if in_staging {
            mtime_ns(&fs::metadata(&target)?)
        } else if unchanged {
            // Linked from the output at commit, if the folders are swapped.
            self.pending
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .push(rel.to_owned());
            0
        } else {
            self.ready()?;
            self.write_file(&target, bytes)?;
            mtime_ns(&fs::metadata(&target)?)
        };
        if !unchanged {
            self.changed.fetch_add(1, Ordering::Relaxed);
        }
        self.bytes.fetch_add(len, Ordering::Relaxed);
        self.new.lock().unwrap_or_else(|e| e.into_inner()).push((
            rel.to_owned(),
            Entry {
                hash,
                len,
                mtime_ns,
            },
        ));
        Ok(())
    }
}

impl Staging {
    /// Puts the output's file `from` at `to` in the staging folder: a hard
    /// link (both folders then share the file until one of them replaces
    /// it), or a copy where the file system has no hard links.
    fn link_or_copy(&self, from: &Path, to: &Path) -> io::Result<()> {
        self.prepare_target(to)?;
        fs::hard_link(from, to).or_else(|_| fs::copy(from, to).map(|_| ()))
    }

    /// Writes `bytes` at `path` as a new file (the old one may be shared
    /// with the output through a hard link, so it is replaced, never
    /// rewritten).
    fn write_file(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        self.prepare_target(path)?;
        if test_stop::claim("mid-file") {
            fs::write(path, &bytes[..bytes.len() / 2])?;
            test_stop::wait(
                "mid-file",
                &path
                    .strip_prefix(&self.dir)
                    .unwrap_or(path)
                    .display()
                    .to_string(),
            );
        }
        fs::write(path, bytes)
    }

    /// Makes way for a new file at `path`: creates its parent folders and
    /// removes what is there (inside the staging folder only, which is ours).
    fn prepare_target(&self, path: &Path) -> io::Result<()> {
        if let Some(parent) = path.parent() {
            let known = self
                .made_dirs
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .contains(parent);
            if !known {
                if fs::create_dir_all(parent).is_err() {
                    // A file of an older site is in the way of a folder.
                    let mut ancestors: Vec<&Path> = parent
                        .ancestors()
                        .take_while(|a| a.starts_with(&self.dir) && *a != self.dir)
                        .collect();
                    ancestors.reverse();
                    for a in ancestors {
                        if fs::symlink_metadata(a).is_ok_and(|m| !m.is_dir()) {
                            match fs::remove_file(a) {
                                Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
                                _ => {}
                            }
                        }
                    }
                    fs::create_dir_all(parent)?;
                }
                self.made_dirs
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .insert(parent.to_owned());
            }
        }
        match fs::symlink_metadata(path) {
            Ok(meta) if meta.is_dir() => fs::remove_dir_all(path),
            Ok(_) => fs::remove_file(path),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(e),
        }
    }
}

/// True when the file at `path` holds `bytes`. The manifest entry answers
/// without reading when hash, size and modification time all agree.
fn same_file(
    path: &Path,
    known: Option<&Entry>,
    hash: &[u8; 32],
    bytes: &[u8],
) -> io::Result<bool> {
    let meta = match fs::metadata(path) {
        Ok(meta) if meta.is_file() => meta,
        _ => return Ok(false),
    };
    if meta.len() != bytes.len() as u64 {
        return Ok(false);
    }
    if let Some(entry) = known
        && entry.len == meta.len()
        && entry.mtime_ns == mtime_ns(&meta)
    {
        return Ok(entry.hash == *hash);
    }
    Ok(fs::read(path)? == bytes)
}

fn mtime_ns(meta: &fs::Metadata) -> i128 {
    meta.modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos() as i128)
}

/// Swaps two folders atomically (Linux `renameat2(RENAME_EXCHANGE)`); on
/// systems without it, three renames leave a moment with no output folder.
fn exchange(a: &Path, b: &Path) -> io::Result<()> {
    #[cfg(target_os = "linux")]
    {
        use rustix::fs::{CWD, RenameFlags, renameat_with};
        match renameat_with(CWD, a, CWD, b, RenameFlags::EXCHANGE) {
            Ok(()) => return Ok(()),
            Err(e) if e == rustix::io::Errno::INVAL || e == rustix::io::Errno::NOSYS => {}
            Err(e) => return Err(e.into()),
        }
    }
    let aside = a.with_extension("swap");
    fs::rename(b, &aside)?;
    fs::rename(a, b)?;
    fs::rename(&aside, a)
}

/// Every file of `dir` relative to it, without the marker (a walk: the
/// manifest may not match the folder after a killed build or a hand).
fn files_of(dir: &Path) -> io::Result<Vec<String>> {
    let mut out = Vec::new();
    if !dir.is_dir() {
        return Ok(out);
    }
    for entry in walkdir::WalkDir::new(dir).min_depth(1) {
        let entry = entry.map_err(io::Error::other)?;
        if entry.file_type().is_file() {
            let rel = entry.path().strip_prefix(dir).map_err(io::Error::other)?;
            let rel = crate::diagnostics::display_path(rel);
            if rel != MARKER {
                out.push(rel);
            }
        }
    }
    Ok(out)
}

fn remove_empty_parents(base: &Path, file: &Path) {
    let mut dir = file.parent();
    while let Some(d) = dir {
        if d == base || fs::remove_dir(d).is_err() {
            break;
        }
        dir = d.parent();
    }
}

/// Reads the manifest in `dir`'s marker; empty when absent or unreadable
/// (files are then compared by reading them).
fn read_manifest(dir: &Path) -> Manifest {
    let Ok(text) = fs::read_to_string(dir.join(MARKER)) else {
        return Manifest::new();
    };
    let mut lines = text.lines();
    if lines.next() != Some(MARKER_HEADER) {
        return Manifest::new();
    }
    lines
        .filter_map(|line| {
            let mut parts = line.splitn(4, ' ');
            let hash = blake3::Hash::from_hex(parts.next()?).ok()?;
            let len = parts.next()?.parse().ok()?;
            let mtime_ns = parts.next()?.parse().ok()?;
            let rel = parts.next()?.to_owned();
            Some((
                rel,
                Entry {
                    hash: *hash.as_bytes(),
                    len,
                    mtime_ns,
                },
            ))
        })
        .collect()
}

/// Writes the marker with the manifest of `files`, atomically.
fn write_manifest(dir: &Path, files: &BTreeMap<String, Entry>) -> io::Result<()> {
    let tmp = dir.join(format!("{MARKER}.tmp"));
    {
        let mut out = io::BufWriter::new(fs::File::create(&tmp)?);
        writeln!(out, "{MARKER_HEADER}")?;
        for (rel, e) in files {
            writeln!(
                out,
                "{} {} {} {rel}",
                blake3::Hash::from(e.hash).to_hex(),
                e.len,
                e.mtime_ns
            )?;
        }
        out.flush()?;
    }
    fs::rename(tmp, dir.join(MARKER))
}

/// Writes `files` (file name → bytes) into the folder `dir`, made if
/// missing, for a command whose folder may hold the user's own files
/// (`ocop print --out`): nothing else in `dir` is touched, and nothing is
/// ever half-written. Each file is first written to a hidden temporary
/// file beside its place (`.<name>.ocop-tmp`) and flushed to disk; only
/// when every one is written are they renamed over their names, each in
/// one step. When a file cannot be written, the temporary files are
/// removed and the folder is as it was (a rename that fails, which a
/// temporary file beside its place makes rare, leaves the files renamed
/// before it).
pub fn place_files(dir: &Path, files: &[(String, Vec<u8>)]) -> Result<(), WriteError> {
    fs::create_dir_all(dir).map_err(io_err("creating", dir))?;
    let temporary = |name: &str| dir.join(format!(".{name}.ocop-tmp"));
    let mut written: Vec<PathBuf> = Vec::new();
    let mut result = Ok(());
    for (name, bytes) in files {
        let tmp = temporary(name);
        let write = || -> io::Result<()> {
            let mut file = fs::File::create(&tmp)?;
            file.write_all(bytes)?;
            file.sync_all()
        };
        let outcome = write();
        if tmp.exists() {
            written.push(tmp.clone());
        }
        if let Err(e) = outcome {
            result = Err(io_err("creating", &dir.join(name))(e));
            break;
        }
    }
    if result.is_ok() {
        for (name, _) in files {
            let target = dir.join(name);
            if let Err(e) = fs::rename(temporary(name), &target) {
                result = Err(io_err("moving", &target)(e));
                break;
            }
        }
    }
    if result.is_err() {
        for tmp in written {
            let _ = fs::remove_file(tmp);
        }
    }
    result
}

/// A sink that keeps nothing: `check` renders everything to find problems
/// but writes nothing, and `serve` makes photo variants only for the cache.
/// Copies still check that the source file can be read.
#[derive(Debug, Default, Clone, Copy)]
pub struct NullSink;

impl Sink for NullSink {
    fn put(&self, _rel: &str, _bytes: &[u8]) -> io::Result<()> {
        Ok(())
    }

    fn copy(&self, _rel: &str, src: &Path) -> io::Result<()> {
        fs::metadata(src).map(|_| ())
    }
}

/// An in-memory sink, for tests.
#[derive(Debug, Default)]
pub struct MemorySink {
    files: Mutex<BTreeMap<String, Vec<u8>>>,
}

impl MemorySink {
    /// An empty sink.
    pub fn new() -> Self {
        Self::default()
    }

    /// The stored files, by output path.
    pub fn into_files(self) -> BTreeMap<String, Vec<u8>> {
        self.files.into_inner().unwrap_or_else(|e| e.into_inner())
    }
}

impl Sink for MemorySink {
    fn put(&self, rel: &str, bytes: &[u8]) -> io::Result<()> {
        self.files
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(rel.to_owned(), bytes.to_vec());
        Ok(())
    }
}

fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

fn sibling(output: &Path, what: &str) -> PathBuf {
    let name = output
        .file_name()
        .map_or_else(|| "output".into(), |n| n.to_string_lossy().into_owned());
    output.with_file_name(format!("{name}.{what}"))
}

fn is_ours_or_empty(dir: &Path) -> Result<bool, WriteError> {
    if dir.join(MARKER).is_file() {
        return Ok(true);
    }
    let mut entries = fs::read_dir(dir).map_err(io_err("reading", dir))?;
    Ok(entries.next().is_none())
}

fn check_output(output: &Path, protected: &[&Path], sources: &[&Path]) -> Result<(), WriteError> {
    let refuse = |reason: &'static str| {
        Err(WriteError::Refused {
            path: output.to_path_buf(),
            reason,
        })
    };
    let canonical = fs::canonicalize(output).unwrap_or_else(|_| output.to_path_buf());
    if canonical.parent().is_none() {
        return refuse("root");
    }
    if let Some(home) = std::env::home_dir()
        && fs::canonicalize(&home).is_ok_and(|h| h == canonical)
    {
        return refuse("home");
    }
    for p in protected {
        let p = fs::canonicalize(p).unwrap_or_else(|_| absolute(p));
        if p == canonical || p.starts_with(&canonical) {
            return refuse("project");
        }
    }
    for folder in sources {
        let source = fs::canonicalize(folder).unwrap_or_else(|_| absolute(folder));
        if canonical.starts_with(&source) {
            return Err(WriteError::InsideSource {
                path: output.to_path_buf(),
                folder: folder.to_path_buf(),
            });
        }
    }
    if canonical.is_file() {
        return refuse("file");
    }
    if canonical.is_dir() && !is_ours_or_empty(&canonical)? {
        return refuse("foreign");
    }
    Ok(())
}

/// A test hook: named moments of a build at which `tests/sigkill.rs` kills
/// it (issue #22). In debug builds only, when the environment variable
/// `OCOP_TEST_STOP_AT` names a moment, the first thread to reach it prints
/// `ocop-test-stop: <moment> <detail>` on standard error and waits there
/// to be killed. Moments: `rendered` (build.rs: every page is in the
/// staging folder, before the commit), `mid-file` (half a file written),
/// `linking` (a file shared with the output linked in), `removing` (a file
/// of an older site removed from the staging folder), `before-swap` (the
/// staging folder is complete, with its manifest), `swapped` (the folders
/// are exchanged, the build has not returned). Release builds have no hook.
#[cfg(debug_assertions)]
pub(crate) mod test_stop {
    use std::sync::OnceLock;
    use std::sync::atomic::{AtomicBool, Ordering};

    /// True for the first caller at `moment` when the hook names it.
    pub fn claim(moment: &str) -> bool {
        static NAMED: OnceLock<Option<String>> = OnceLock::new();
        static CLAIMED: AtomicBool = AtomicBool::new(false);
        NAMED
            .get_or_init(|| std::env::var("OCOP_TEST_STOP_AT").ok())
            .as_deref()
            == Some(moment)
            && !CLAIMED.swap(true, Ordering::SeqCst)
    }

    /// Announces `moment` and waits to be killed.
    pub fn wait(moment: &str, detail: &str) -> ! {
        eprintln!("ocop-test-stop: {moment} {detail}");
        loop {
            std::thread::park();
        }
    }

    /// Stops at `moment` when the hook names it.
    pub fn at(moment: &str, detail: &str) {
        if claim(moment) {
            wait(moment, detail);
        }
    }
}

/// Release builds: no hook (see the debug version).
#[cfg(not(debug_assertions))]
pub(crate) mod test_stop {
    #[inline(always)]
    pub fn claim(_: &str) -> bool {
        false
    }
    #[inline(always)]
    pub fn wait(_: &str, _: &str) {}
    #[inline(always)]
    pub fn at(_: &str, _: &str) {}
}

#[cfg(test)]
mod tests {
    use super::*;

    fn build(output: &Path, files: &[(&str, &str)]) -> WriteSummary {
        let staging = Staging::create(output, &[], &[]).unwrap();
        for (rel, text) in files {
            staging.put(rel, text.as_bytes()).unwrap();
        }
        staging.commit().unwrap()
    }

    fn tree(dir: &Path) -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = files_of(dir)
            .unwrap()
            .into_iter()
            .map(|rel| {
                let text = fs::read_to_string(dir.join(&rel)).unwrap();
                (rel, text)
            })
            .collect();
        out.sort();
        out
    }

    #[test]
    fn second_identical_build_writes_nothing() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("output");
        let first = build(&out, &[("index.html", "a"), ("en/index.html", "b")]);
        assert_eq!(first.changed, 2);
        let marker = fs::read_to_string(out.join(MARKER)).unwrap();
        let before = fs::metadata(out.join("index.html"))
            .unwrap()
            .modified()
            .unwrap();
        let second = build(&out, &[("index.html", "a"), ("en/index.html", "b")]);
        assert_eq!((second.changed, second.removed), (0, 0));
        assert_eq!(
            fs::metadata(out.join("index.html"))
                .unwrap()
                .modified()
                .unwrap(),
            before
        );
        assert_eq!(fs::read_to_string(out.join(MARKER)).unwrap(), marker);
        // Not even the staging folder was written.
        assert!(!tmp.path().join("output.staging").exists());
    }

    #[test]
    fn files_shared_with_the_output_are_replaced_not_rewritten() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("output");
        let staging = tmp.path().join("output.staging");
        build(&out, &[("a.html", "a1"), ("b.html", "b1")]);
        build(&out, &[("a.html", "a1"), ("b.html", "b1")]);
        // b changes: a is linked into the staging folder, which is swapped in.
        let s = build(&out, &[("a.html", "a1"), ("b.html", "b2")]);
        assert_eq!((s.changed, s.removed), (1, 0));
        assert_eq!(
            tree(&out),
            [
                ("a.html".into(), "a1".into()),
                ("b.html".into(), "b2".into())
            ]
        );
        assert_eq!(
            tree(&staging),
            [
                ("a.html".into(), "a1".into()),
                ("b.html".into(), "b1".into())
            ]
        );
        // Now a changes: its file in the staging folder (shared with the
        // output) is replaced; the output keeps a1 until the swap.
        let staging_run = Staging::create(&out, &[], &[]).unwrap();
        staging_run.put("a.html", b"a2").unwrap();
        staging_run.put("b.html", b"b2").unwrap();
        assert_eq!(fs::read_to_string(out.join("a.html")).unwrap(), "a1");
        staging_run.commit().unwrap();
        assert_eq!(
            tree(&out),
            [
                ("a.html".into(), "a2".into()),
                ("b.html".into(), "b2".into())
            ]
        );
        assert_eq!(
            tree(&staging),
            [
                ("a.html".into(), "a1".into()),
                ("b.html".into(), "b2".into())
            ]
        );
        // And a build with nothing changed finds both folders in order.
        let s = build(&out, &[("a.html", "a2"), ("b.html", "b2")]);
        assert_eq!((s.changed, s.removed), (0, 0));
    }

    #[test]
    fn builds_alternate_between_two_folders_and_stay_exact() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("output");
        build(
            &out,
            &[
                ("index.html", "1"),
                ("old.html", "x"),
                ("a/b/c.html", "deep"),
            ],
        );
        let s = build(&out, &[("index.html", "2"), ("new.html", "n")]);
        assert_eq!((s.changed, s.removed), (2, 2));
        assert_eq!(
            tree(&out),
            [
                ("index.html".into(), "2".into()),
                ("new.html".into(), "n".into())
            ]
        );
        // The staging folder now holds the first build; the third build
        // brings it up to date (removing old.html and a/b/c.html there).
        let s = build(&out, &[("index.html", "3"), ("new.html", "n")]);
        assert_eq!((s.changed, s.removed), (1, 0));
        assert_eq!(
            tree(&out),
            [
                ("index.html".into(), "3".into()),
                ("new.html".into(), "n".into())
            ]
        );
        assert!(!out.join("a").exists());
        assert_eq!(
            tree(&tmp.path().join("output.staging")),
            [
                ("index.html".into(), "2".into()),
                ("new.html".into(), "n".into())
            ]
        );
    }

    #[test]
    fn a_hand_edited_file_is_noticed() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("output");
        build(&out, &[("index.html", "good")]);
        build(&out, &[("index.html", "good")]);
        fs::write(out.join("index.html"), "hand").unwrap();
        let s = build(&out, &[("index.html", "good")]);
        assert_eq!(s.changed, 1);
        assert_eq!(fs::read_to_string(out.join("index.html")).unwrap(), "good");
    }

    #[test]
    fn refuses_foreign_non_empty_folders_and_the_project() {
        let tmp = tempfile::tempdir().unwrap();
        let foreign = tmp.path().join("docs");
        fs::create_dir(&foreign).unwrap();
        fs::write(foreign.join("notes.txt"), "mine").unwrap();
        assert!(matches!(
            Staging::create(&foreign, &[], &[]),
            Err(WriteError::Refused { .. })
        ));
        assert_eq!(
            fs::read_to_string(foreign.join("notes.txt")).unwrap(),
            "mine"
        );
        assert!(matches!(
            Staging::create(tmp.path(), &[tmp.path()], &[]),
            Err(WriteError::Refused { .. })
        ));
        assert!(matches!(
            Staging::create(Path::new("/"), &[], &[]),
            Err(WriteError::Refused { .. })
        ));
    }

    /// `ocop build --output content/output` (or inside `themes/`): the next
    /// build would read the output as content; refused, nothing made.
    #[test]
    fn an_output_inside_content_or_themes_is_refused() {
        let tmp = tempfile::tempdir().unwrap();
        let content = tmp.path().join("content");
        let themes = tmp.path().join("themes");
        fs::create_dir_all(content.join("products")).unwrap();
        fs::create_dir_all(themes.join("default")).unwrap();
        for (out, folder) in [
            (content.join("output"), &content),
            (content.join("products/site"), &content),
            (themes.join("default/out"), &themes),
        ] {
            match Staging::create(&out, &[tmp.path()], &[&content, &themes]) {
                Err(WriteError::InsideSource { path, folder: f }) => {
                    assert_eq!((&path, &f), (&out, folder));
                }
                Err(e) => panic!("{e}"),
                Ok(_) => panic!("{} accepted", out.display()),
            }
            assert!(!out.exists() && !sibling(&out, "staging").exists());
        }
        let Err(err) = Staging::create(&content.join("output"), &[], &[&content]) else {
            panic!("accepted");
        };
        assert_eq!(
            err.message().render(crate::messages::Lang::En),
            format!(
                "refusing to use {} as the output folder: it is inside {}, which the build reads; choose a folder of its own, e.g. ./output",
                content.join("output").display(),
                content.display()
            )
        );
        // Next to content/ is fine.
        assert!(Staging::create(&tmp.path().join("output"), &[], &[&content, &themes]).is_ok());
    }

    #[test]
    fn aborting_keeps_the_previous_output() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("output");
        build(&out, &[("index.html", "a")]);
        let staging = Staging::create(&out, &[], &[]).unwrap();
        staging.put("index.html", b"half").unwrap();
        staging.abort();
        assert_eq!(fs::read_to_string(out.join("index.html")).unwrap(), "a");
        // The next build corrects the staging folder.
        build(&out, &[("index.html", "b")]);
        assert_eq!(fs::read_to_string(out.join("index.html")).unwrap(), "b");
    }

    #[test]
    fn unsafe_paths_are_rejected() {
        let tmp = tempfile::tempdir().unwrap();
        let staging = Staging::create(&tmp.path().join("output"), &[], &[]).unwrap();
        assert!(staging.put("../escape.html", b"x").is_err());
        assert!(staging.put("/etc/passwd", b"x").is_err());
        assert!(!tmp.path().join("escape.html").exists());
    }

    #[test]
    fn files_missing_from_the_staging_folder_do_not_fail_the_build() {
        // A build killed while removing files, or someone tidying the
        // staging folder by hand, leaves its manifest listing files that
        // are gone.
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("output");
        build(&out, &[("index.html", "1"), ("old.html", "x")]);
        build(&out, &[("index.html", "2"), ("old.html", "x")]);
        fs::remove_file(tmp.path().join("output.staging/old.html")).unwrap();
        let s = build(&out, &[("index.html", "3")]);
        assert_eq!((s.changed, s.removed), (1, 1));
        assert_eq!(tree(&out), [("index.html".into(), "3".into())]);
    }

    #[test]
    fn files_added_to_the_output_by_hand_go_at_the_next_build() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("output");
        build(&out, &[("index.html", "1")]);
        fs::write(out.join("extra.html"), "by hand").unwrap();
        let s = build(&out, &[("index.html", "1")]);
        assert_eq!((s.changed, s.removed), (0, 1));
        assert_eq!(tree(&out), [("index.html".into(), "1".into())]);
        let s = build(&out, &[("index.html", "1")]);
        assert_eq!((s.changed, s.removed), (0, 0));
    }

    #[test]
    fn a_file_can_become_a_folder_and_back() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("output");
        let sites: [&[(&str, &str)]; 9] = [
            &[("i", "0"), ("a", "file")],
            &[("i", "1"), ("a/b/c.html", "deep")],
            &[("i", "2"), ("a", "file")],
            &[("i", "3"), ("a/b/c.html", "deep")],
            &[("i", "4"), ("a/b/c.html", "deep")],
            &[("i", "5"), ("a", "file")],
            &[("i", "6"), ("a", "file")],
            &[("i", "7"), ("a/b/c.html", "deep")],
            &[("i", "8"), ("a/b/c.html", "deep")],
        ];
        for site in sites {
            build(&out, site);
            let mut want: Vec<(String, String)> = site
                .iter()
                .map(|(r, t)| ((*r).to_owned(), (*t).to_owned()))
                .collect();
            want.sort();
            assert_eq!(tree(&out), want);
        }
    }

    #[test]
    fn files_left_in_the_staging_folder_by_a_killed_build_are_removed() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("output");
        build(&out, &[("a", "1")]);
        build(&out, &[("a", "1"), ("b", "1")]);
        // A build that adds c is killed after writing it to the staging
        // folder, before the commit.
        let killed = Staging::create(&out, &[], &[]).unwrap();
        killed.put("a", b"1").unwrap();
        killed.put("b", b"1").unwrap();
        killed.put("c", b"1").unwrap();
        std::mem::forget(killed);
        // c is dropped from the content again; b changes.
        build(&out, &[("a", "1"), ("b", "2")]);
        assert_eq!(
            tree(&out),
            [("a".into(), "1".into()), ("b".into(), "2".into())]
        );
    }

    #[test]
    fn placed_files_replace_their_names_and_nothing_else() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("print");
        fs::create_dir(&dir).unwrap();
        fs::write(dir.join("mine.txt"), "the user's").unwrap();
        fs::write(dir.join("a.pdf"), "old").unwrap();
        let files = vec![
            ("a.pdf".to_owned(), b"new a".to_vec()),
            ("b.pdf".to_owned(), b"new b".to_vec()),
        ];
        place_files(&dir, &files).unwrap();
        let mut names: Vec<String> = fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        assert_eq!(names, ["a.pdf", "b.pdf", "mine.txt"]);
        assert_eq!(fs::read(dir.join("a.pdf")).unwrap(), b"new a");
        assert_eq!(fs::read(dir.join("mine.txt")).unwrap(), b"the user's");
        // A folder that does not exist yet is made.
        place_files(&tmp.path().join("new/deep"), &files).unwrap();
        assert_eq!(
            fs::read(tmp.path().join("new/deep/b.pdf")).unwrap(),
            b"new b"
        );
    }

    #[test]
    fn a_file_that_cannot_be_written_leaves_the_folder_as_it_was() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        fs::write(dir.join("a.pdf"), "old").unwrap();
        // The second name's folder does not exist: its temporary file
        // cannot be made, so the first is not put in place either.
        let files = vec![
            ("a.pdf".to_owned(), b"new a".to_vec()),
            ("missing/b.pdf".to_owned(), b"new b".to_vec()),
        ];
        let err = place_files(dir, &files).unwrap_err();
        assert!(matches!(
            err,
            WriteError::Io {
                action: "creating",
                ..
            }
        ));
        let names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["a.pdf"]);
        assert_eq!(fs::read(dir.join("a.pdf")).unwrap(), b"old");
    }
}
