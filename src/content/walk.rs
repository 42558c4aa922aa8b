//! Walking `content/`: which folders are bundles, which files are records.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use walkdir::WalkDir;

use super::{Bundle, Content, Document, Section, SiteFile, TextCache, is_editor_noise};
use crate::diagnostics::{Code, Diagnostic, Diagnostics};
use crate::text::{MAX_SLUG_BYTES, nfc, slugify};

/// Reads `<root>/content/`: `site.toml` and every bundle of every section.
///
/// Problems (unreadable or non-UTF-8 files, a record outside a bundle, a
/// folder name that is not a slug, missing `index.md`, broken `+++`
/// delimiters) are added to `diags`; the rest of the content is still read.
/// File texts are registered in `diags` so that later stages can point into
/// them.
pub fn load(root: &Path, diags: &mut Diagnostics) -> Content {
    load_cached(root, &TextCache::new(), diags)
}

/// [`load`], reading only the files that `cache` does not already hold
/// unchanged. Bundles are read in parallel.
pub(super) fn load_cached(root: &Path, cache: &TextCache, diags: &mut Diagnostics) -> Content {
    let (site, dirs) = scan(root, cache, diags);
    let loaded: Vec<(Option<Bundle>, Diagnostics)> = dirs
        .par_iter()
        .map(|dir| {
            let mut found = Diagnostics::new();
            (load_bundle(root, dir, cache, &mut found), found)
        })
        .collect();
    let mut bundles = Vec::with_capacity(loaded.len());
    for (bundle, found) in loaded {
        bundles.extend(bundle);
        diags.append(found);
    }
    Content { site, bundles }
}

/// A record folder found by [`scan`], not read yet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct BundleDir {
    /// Its section.
    pub section: Section,
    /// The folder name (the slug, when valid).
    pub name: String,
    /// The folder on disk.
    pub path: PathBuf,
}

/// Lists what `content/` holds without reading the records: the text of
/// `site.toml` and every record folder, in section then name order.
/// Problems of the layout itself (a record file outside a folder, folders
/// that would give the same slug, symbolic links out of the project,
/// entries the tool does not read) go to `diags`.
pub(crate) fn scan(
    root: &Path,
    cache: &TextCache,
    diags: &mut Diagnostics,
) -> (Option<SiteFile>, Vec<BundleDir>) {
    let content_dir = root.join("content");
    let site_path = PathBuf::from("content/site.toml");
    let site = match cache.read(&root.join(&site_path), &site_path) {
        Ok(text) => {
            diags.add_source(&site_path, text.clone());
            Some(SiteFile::new(site_path, text, diags))
        }
        Err(d) => {
            diags.push(d.variant("site"));
            None
        }
    };
    let mut dirs = Vec::new();
    for section in Section::ALL {
        let dir = content_dir.join(section.dir_name());
        if dir.is_dir() {
            scan_section(root, section, &dir, &mut dirs, diags);
        }
    }
    report_unknown_entries(root, &content_dir, diags);
    (site, dirs)
}

fn scan_section(
    root: &Path,
    section: Section,
    dir: &Path,
    dirs: &mut Vec<BundleDir>,
    diags: &mut Diagnostics,
) {
    let entries = WalkDir::new(dir)
        .min_depth(1)
        .max_depth(1)
        .sort_by_file_name()
        .into_iter();
    let mut folders: Vec<(String, PathBuf)> = Vec::new();
    for entry in entries {
        let entry = match entry {
            Ok(entry) => entry,
            Err(e) => {
                let shown = relative(root, e.path().unwrap_or(dir));
                diags.push(
                    Diagnostic::error(Code::UnreadableFile)
                        .arg("file", shown.display().to_string())
                        .arg("error", e.to_string())
                        .in_file(shown),
                );
                continue;
            }
        };
        let name = nfc(&entry.file_name().to_string_lossy()).into_owned();
        if is_editor_noise(Path::new(&name)) {
            continue; // hidden files, editors' leftovers
        }
        let kind = match entry_kind(root, entry.path(), entry.file_type()) {
            Ok(kind) => kind,
            Err(d) => {
                diags.push(d);
                continue;
            }
        };
        if kind == EntryKind::Dir {
            folders.push((name, entry.path().to_path_buf()));
        } else if name.ends_with(".md") {
            let shown = relative(root, entry.path());
            let slug = slugify(name.trim_end_matches(".md"));
            diags.push(
                Diagnostic::error(Code::RecordOutsideBundle)
                    .arg("file", shown.display().to_string())
                    .arg("section", section.dir_name())
                    .arg("slug", slug)
                    .in_file(&shown),
            );
        }
    }
    for (name, path) in &folders {
        let slug = slugify(name);
        // The folder already named by the slug wins; among misnamed ones, the first.
        let twin = (*name != slug)
            .then(|| {
                folders.iter().find(|(other, _)| {
                    other != name && slugify(other) == slug && (*other == slug || other < name)
                })
            })
            .flatten();
        if let Some((other, _)) = twin {
            diags.push(
                Diagnostic::error(Code::DuplicateSlug)
                    .arg("name", name)
                    .arg("other", other)
                    .arg("slug", slug)
                    .in_file(relative(root, path)),
            );
            continue;
        }
        dirs.push(BundleDir {
            section,
            name: name.clone(),
            path: path.clone(),
        });
    }
}

/// Reads one record folder found by [`scan`]: its text files (through
/// `cache`) and the names of its other files. `None`, with the problems in
/// `diags`, when the folder name is not a slug or it has no usable
/// `index.md`.
pub(crate) fn load_bundle(
    root: &Path,
    dir: &BundleDir,
    cache: &TextCache,
    diags: &mut Diagnostics,
) -> Option<Bundle> {
    let (section, name) = (dir.section, dir.name.as_str());
    let dir = dir.path.as_path();
    let shown_dir = relative(root, dir);
    let slug = slugify(name);
    if slug != name {
        diags.push(
            Diagnostic::error(Code::InvalidSlug)
                .variant(if slug.is_empty() {
                    "no-letters"
                } else if name.len() > MAX_SLUG_BYTES {
                    "too-long"
                } else {
                    "rename"
                })
                .arg("name", name)
                .arg("slug", slug)
                .arg("max", MAX_SLUG_BYTES)
                .in_file(&shown_dir),
        );
        return None;
    }
    let mut documents = Vec::new();
    let mut files = Vec::new();
    let mut disk_names = BTreeMap::new();
    let mut index_found = false;
    let mut entries: Vec<_> = match std::fs::read_dir(dir) {
        Ok(rd) => rd.filter_map(Result::ok).collect(),
        Err(e) => {
            diags.push(
                Diagnostic::error(Code::UnreadableFile)
                    .arg("file", shown_dir.display().to_string())
                    .arg("error", e.to_string())
                    .in_file(&shown_dir),
            );
            return None;
        }
    };
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let on_disk = entry.file_name().to_string_lossy().into_owned();
        let file_name = nfc(&on_disk).into_owned();
        if is_editor_noise(Path::new(&file_name)) {
            continue; // hidden files, editors' leftovers: never published
        }
        let Ok(file_type) = entry.file_type() else {
            continue;
        };
        match entry_kind(root, &entry.path(), file_type) {
            Ok(EntryKind::File) => {}
            Ok(_) => continue,
            Err(d) => {
                diags.push(d);
                continue;
            }
        }
        let Some(lang) = record_language(&file_name) else {
            if file_name == "index.html" {
                // Bundle files are published next to the record's page, which
                // is index.html: the file would silently replace the page.
                diags.push(
                    Diagnostic::error(Code::ReservedFileName)
                        .arg("file", shown_dir.join(&file_name).display().to_string())
                        .in_file(shown_dir.join(&file_name)),
                );
                continue;
            }
            if on_disk != file_name {
                disk_names.insert(file_name.clone(), on_disk);
            }
            files.push(file_name);
            continue;
        };
        index_found |= lang.is_none();
        let shown = shown_dir.join(&file_name);
        let text = match cache.read(&entry.path(), &shown) {
            Ok(text) => text,
            Err(d) => {
                diags.push(d);
                continue;
            }
        };
        diags.add_source(&shown, text.clone());
        match Document::parse(shown, lang, text, diags) {
            Ok(doc) => documents.push(doc),
            Err(d) => diags.push(d),
        }
    }
    if !documents.iter().any(|d| d.lang.is_none()) {
        if index_found {
            // index.md exists but could not be read; that error is reported.
            return None;
        }
        diags.push(
            Diagnostic::error(Code::MissingIndex)
                .arg("folder", shown_dir.display().to_string())
                .in_file(&shown_dir),
        );
        return None;
    }
    documents.sort_by(|a, b| a.lang.cmp(&b.lang));
    files.sort();
    report_clashing_names(&shown_dir, &files, diags);
    Some(Bundle {
        section,
        slug: slug.to_owned(),
        dir: shown_dir,
        documents,
        files,
        disk_names,
    })
}

/// Reports bundle files whose names differ only in letter case, or that
/// are the same name in two Unicode forms (one typed on a Mac, one on
/// Windows): Windows and macOS keep only one of them, and the output would
/// publish one over the other (`files` sorted, in NFC).
fn report_clashing_names(shown_dir: &Path, files: &[String], diags: &mut Diagnostics) {
    let mut seen: BTreeMap<String, &str> = BTreeMap::new();
    for (i, name) in files.iter().enumerate() {
        let same_form = i > 0 && files[i - 1] == *name;
        let key = name.to_lowercase();
        match seen.get(&key) {
            Some(other) => {
                let shown = shown_dir.join(name);
                diags.push(
                    Diagnostic::error(Code::FileNameClash)
                        .variant(if same_form { "unicode" } else { "case" })
                        .arg("file", shown.display().to_string())
                        .arg("other", *other)
                        .in_file(shown),
                );
            }
            None => {
                seen.insert(key, name);
            }
        }
    }
}

/// `index.md` → `Some(None)`, `index.en.md` → `Some(Some("en"))`, anything
/// else (photos, other files) → `None`.
fn record_language(file_name: &str) -> Option<Option<String>> {
    let stem = file_name.strip_prefix("index")?.strip_suffix(".md")?;
    match stem {
        "" => Some(None),
        _ => stem.strip_prefix('.').map(|lang| Some(lang.to_owned())),
    }
}

/// The error of a project root without a `content/` folder.
pub(crate) fn missing_content(root: &Path) -> Diagnostic {
    Diagnostic::error(Code::MissingContent).arg("root", root.display().to_string())
}

/// Warns about entries of `content/` that the tool does not read, so that a
/// misspelt folder (`product/`) does not silently drop records.
fn report_unknown_entries(root: &Path, content_dir: &Path, diags: &mut Diagnostics) {
    let Ok(entries) = std::fs::read_dir(content_dir) else {
        diags.push(missing_content(root));
        return;
    };
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let known: Vec<&str> = Section::ALL.iter().map(|s| s.dir_name()).collect();
    for name in names {
        if is_editor_noise(Path::new(&name))
            || name == "site.toml"
            || known.contains(&name.as_str())
        {
            continue;
        }
        let d = Diagnostic::warning(Code::UnknownContentEntry)
            .arg("name", name.as_str())
            .in_file(relative(root, &content_dir.join(&name)));
        diags.push(match crate::diagnostics::closest(&name, &known) {
            Some(best) => d.variant("suggest").arg("best", best),
            None => d,
        });
    }
}

/// What a folder entry is, once symbolic links are resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum EntryKind {
    File,
    Dir,
    Other,
}

/// Resolves a folder entry. Symbolic links are followed only when they stay
/// inside the project; a link out of it, a broken link or a loop is an error
/// (never followed, never a hang).
fn entry_kind(
    root: &Path,
    path: &Path,
    file_type: std::fs::FileType,
) -> Result<EntryKind, Diagnostic> {
    let kind_of = |t: std::fs::FileType| {
        if t.is_dir() {
            EntryKind::Dir
        } else if t.is_file() {
            EntryKind::File
        } else {
            EntryKind::Other
        }
    };
    if !file_type.is_symlink() {
        return Ok(kind_of(file_type));
    }
    let shown = relative(root, path);
    let target = std::fs::canonicalize(path).map_err(|e| {
        Diagnostic::error(Code::BadSymlink)
            .arg("file", shown.display().to_string())
            .arg("error", e.to_string())
            .in_file(&shown)
    })?;
    let inside = std::fs::canonicalize(root).is_ok_and(|r| target.starts_with(r));
    if !inside {
        return Err(Diagnostic::error(Code::SymlinkOutside)
            .arg("file", shown.display().to_string())
            .arg("target", target.display().to_string())
            .in_file(&shown));
    }
    Ok(std::fs::metadata(&target)
        .map(|m| kind_of(m.file_type()))
        .unwrap_or(EntryKind::Other))
}

fn relative(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root).unwrap_or(path).to_path_buf()
}

#[cfg(test)]
mod tests {
    use super::record_language;

    #[test]
    fn record_files_and_their_language() {
        assert_eq!(record_language("index.md"), Some(None));
        assert_eq!(record_language("index.en.md"), Some(Some("en".to_owned())));
        assert_eq!(record_language("photo.jpg"), None);
        assert_eq!(record_language("indexes.md"), None);
        assert_eq!(record_language("notes.md"), None);
    }
}
