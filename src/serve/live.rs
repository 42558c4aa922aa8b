//! The site as `serve` keeps it in memory: rebuilt incrementally after each
//! burst of edits, and rendered page by page when the browser asks.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use jiff::civil::Date;
use rayon::prelude::*;

use crate::build;
use crate::build::today;
use crate::config::read_site;
use crate::content::{self, Bundle, BundleDir, Content, SiteFile, TextCache};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::images::Images;
use crate::images::ProgressMode;
use crate::messages::{Lang, Message};
use crate::model::{AnyRecord, Catalog, Folders, assemble, read_bundle};
use crate::output::{Output, Preview};
use crate::pages::Pages;
use crate::site::Site;
use crate::theme::{self, Theme};
use crate::write::{MemorySink, NullSink};

/// A record read from its bundle, kept until one of the bundle's files
/// changes.
struct CachedRecord {
    texts: Vec<Arc<str>>,
    files: Vec<String>,
    disk_names: BTreeMap<String, String>,
    site: Arc<str>,
    record: Option<AnyRecord>,
    diags: Vec<Diagnostic>,
}

/// A record folder as last read.
struct LoadedDir {
    bundle: Option<Bundle>,
    diags: Diagnostics,
}

/// Everything `serve` remembers between rebuilds.
pub struct LiveSite {
    root: PathBuf,
    base_url: String,
    today: Option<Date>,
    texts: TextCache,
    /// `site.toml` and the layout problems of the last full scan.
    site: Option<SiteFile>,
    scan_diags: Diagnostics,
    /// Every record folder of the last scan, by path.
    dirs: BTreeMap<PathBuf, (BundleDir, LoadedDir)>,
    scanned: bool,
    records: HashMap<PathBuf, CachedRecord>,
    theme: Option<Arc<Theme>>,
    /// What loading the theme reported.
    theme_diags: Diagnostics,
    theme_site: Option<Arc<str>>,
    /// The language of the error pages.
    lang: Lang,
}

/// What a rebuild gave.
pub enum Outcome {
    /// A consistent site to serve, with its warnings.
    Ready(Box<Snapshot>, Diagnostics),
    /// The content has errors: keep serving the previous snapshot.
    Failed(Diagnostics),
}

impl LiveSite {
    /// The site at `root`, published at `base_url` (the local server's
    /// address), with `today` as `build` takes it.
    pub fn new(root: &Path, base_url: String, today: Option<Date>) -> Self {
        Self {
            // The watcher names changed files by absolute path (inotify does,
            // even for a relative watch): with a relative root (`--root .`,
            // the default) they would never match the record folders.
            root: absolute(root),
            base_url,
            today,
            texts: TextCache::new(),
            site: None,
            scan_diags: Diagnostics::new(),
            dirs: BTreeMap::new(),
            scanned: false,
            records: HashMap::new(),
            theme: None,
            theme_diags: Diagnostics::new(),
            theme_site: None,
            lang: Lang::default(),
        }
    }

    /// The same, with the error pages (a template that fails) in `lang`.
    pub fn with_lang(mut self, lang: Lang) -> Self {
        self.lang = lang;
        self
    }

    /// Reads what changed and rebuilds the catalogue. `changed` lists the
    /// files and folders the watcher saw change; `None` (the first build)
    /// reads everything. Only the record folders named there are listed
    /// again (any change to the layout — a folder added, removed or
    /// renamed, `site.toml` — scans the whole of `content/`); files whose
    /// size and time are unchanged are not read again, and bundles whose
    /// files are unchanged are not parsed again. `theme_changed` loads the
    /// templates and interface strings again.
    pub fn rebuild(&mut self, changed: Option<&[PathBuf]>, theme_changed: bool) -> Outcome {
        match changed.and_then(|paths| self.dirty_dirs(paths)) {
            Some(dirty) => self.reload_dirs(&dirty),
            None => self.rescan(),
        }
        let mut diags = Diagnostics::new();
        diags.append(self.scan_diags.clone());
        let mut bundles = Vec::with_capacity(self.dirs.len());
        for (_, loaded) in self.dirs.values() {
            diags.append(loaded.diags.clone());
            bundles.extend(loaded.bundle.clone());
        }
        let content = Content {
            site: self.site.clone(),
            bundles,
        };
        let Some(site_file) = content.site.clone() else {
            diags.sort();
            return Outcome::Failed(diags);
        };
        let mut found = Vec::new();
        let site = read_site(&site_file, Some(&self.base_url), &mut found);
        diags.extend(found);
        let Some(site) = site else {
            diags.sort();
            return Outcome::Failed(diags);
        };
        let site_text = site_file.text.clone();
        let records = self.read_records(&content.bundles, &site, &site_text, &mut diags);
        let catalog = assemble(
            site,
            records,
            &Folders::of(&content),
            today(self.today),
            &mut diags,
        );
        let mut images = Images::probe(&self.root, &catalog, &mut diags);
        // Variants go to the image cache only; requests are answered from it.
        images.generate(&self.root, &NullSink, ProgressMode::Off, &mut diags);
        let theme_stale = theme_changed
            || self.theme.is_none()
            || !self
                .theme_site
                .as_ref()
                .is_some_and(|t| Arc::ptr_eq(t, &site_text));
        if theme_stale {
            let dir = Path::new(theme::DEFAULT_THEME);
            let mut found = Diagnostics::new();
            self.theme = Theme::load(&self.root, dir, &catalog.site, &mut found).map(Arc::new);
            self.theme_diags = found;
            self.theme_site = Some(site_text);
        }
        // What the theme's templates and strings said when they were loaded,
        // again: a rebuild reports what `build` would.
        diags.append(self.theme_diags.clone());
        let outcome = match &self.theme {
            Some(theme) if !diags.has_errors() => {
                let snapshot = Snapshot::new(&self.root, theme.clone(), catalog, images, self.lang);
                // Every output's check, as `build` runs them.
                diags.extend(snapshot.check());
                if diags.has_errors() {
                    Outcome::Failed(diags)
                } else {
                    Outcome::Ready(Box::new(snapshot), diags)
                }
            }
            _ => Outcome::Failed(diags),
        };
        match outcome {
            Outcome::Ready(snapshot, mut diags) => {
                diags.sort();
                Outcome::Ready(snapshot, diags)
            }
            Outcome::Failed(mut diags) => {
                diags.sort();
                Outcome::Failed(diags)
            }
        }
    }

    /// The record folders touched by `paths`, or `None` when the change
    /// needs a full scan (the layout changed, or a path is not inside a
    /// known record folder).
    fn dirty_dirs(&self, paths: &[PathBuf]) -> Option<Vec<PathBuf>> {
        if !self.scanned {
            return None;
        }
        let content_dir = self.root.join("content");
        let themes_dir = self.root.join("themes");
        let mut dirty = Vec::new();
        for path in paths {
            let path = absolute(path);
            let Ok(rel) = path.strip_prefix(&content_dir) else {
                if path.starts_with(&themes_dir) {
                    continue; // handled by `theme_changed`
                }
                return None; // a path we cannot place: read everything again
            };
            let parts: Vec<_> = rel.components().collect();
            if parts.len() < 3 {
                return None; // content/, site.toml, a section, a record folder itself
            }
            let dir = content_dir.join(parts[0]).join(parts[1]);
            if !self.dirs.contains_key(&dir) || !dir.is_dir() {
                return None;
            }
            if !dirty.contains(&dir) {
                dirty.push(dir);
            }
        }
        Some(dirty)
    }

    /// Lists `content/` again and reads every record folder.
    fn rescan(&mut self) {
        let mut scan_diags = Diagnostics::new();
        let (site, dirs) = content::scan(&self.root, &self.texts, &mut scan_diags);
        let root = &self.root;
        let texts = &self.texts;
        let loaded: Vec<(BundleDir, LoadedDir)> = dirs
            .into_par_iter()
            .map(|dir| {
                let mut diags = Diagnostics::new();
                let bundle = content::load_bundle(root, &dir, texts, &mut diags);
                (dir, LoadedDir { bundle, diags })
            })
            .collect();
        self.dirs = loaded
            .into_iter()
            .map(|(dir, l)| (dir.path.clone(), (dir, l)))
            .collect();
        self.site = site;
        self.scan_diags = scan_diags;
        self.scanned = true;
    }

    /// Reads the record folders `dirty` again.
    fn reload_dirs(&mut self, dirty: &[PathBuf]) {
        for path in dirty {
            if let Some((dir, loaded)) = self.dirs.get_mut(path) {
                let mut diags = Diagnostics::new();
                loaded.bundle = content::load_bundle(&self.root, dir, &self.texts, &mut diags);
                loaded.diags = diags;
            }
        }
    }

    /// Reads every bundle, reusing the cached record of a bundle whose texts
    /// (the same `Arc`s from the text cache), files and site settings are
    /// unchanged.
    fn read_records(
        &mut self,
        bundles: &[Bundle],
        site: &crate::config::SiteConfig,
        site_text: &Arc<str>,
        diags: &mut Diagnostics,
    ) -> Vec<AnyRecord> {
        let cache = &self.records;
        let fresh: Vec<(PathBuf, Option<CachedRecord>)> = bundles
            .par_iter()
            .map(|bundle| {
                let texts: Vec<Arc<str>> =
                    bundle.documents.iter().map(|d| d.text.clone()).collect();
                let unchanged = cache.get(&bundle.dir).is_some_and(|c| {
                    Arc::ptr_eq(&c.site, site_text)
                        && c.files == bundle.files
                        && c.disk_names == bundle.disk_names
                        && c.texts.len() == texts.len()
                        && c.texts.iter().zip(&texts).all(|(a, b)| Arc::ptr_eq(a, b))
                });
                if unchanged {
                    return (bundle.dir.clone(), None);
                }
                let (record, found) = read_bundle(bundle, site);
                let entry = CachedRecord {
                    texts,
                    files: bundle.files.clone(),
                    disk_names: bundle.disk_names.clone(),
                    site: site_text.clone(),
                    record,
                    diags: found,
                };
                (bundle.dir.clone(), Some(entry))
            })
            .collect();
        let mut next = HashMap::with_capacity(fresh.len());
        for (dir, entry) in fresh {
            let entry = match entry {
                Some(entry) => entry,
                None => match self.records.remove(&dir) {
                    Some(entry) => entry,
                    None => continue,
                },
            };
            next.insert(dir, entry);
        }
        self.records = next;
        let mut records = Vec::with_capacity(self.records.len());
        for entry in self.records.values() {
            diags.extend(entry.diags.iter().cloned());
            records.extend(entry.record.clone());
        }
        records
    }
}

/// A response body and its media type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Served {
    /// HTTP status code.
    pub status: u16,
    /// Media type, e.g. `text/html; charset=utf-8`.
    pub content_type: String,
    /// The bytes.
    pub body: Vec<u8>,
    /// Where to redirect (for a status of 301).
    pub location: Option<String>,
}

/// One consistent state of the site.
pub struct Snapshot {
    site: Site,
    /// The pages, rendered on request.
    pages: Pages,
    /// Every output (the pages too, for their check).
    outputs: Vec<Box<dyn Output>>,
    /// Files served as they are: output path → source file.
    files: HashMap<String, PathBuf>,
    /// The outputs previewed in memory, written on the first request of a
    /// file that is not a page.
    generated: OnceLock<BTreeMap<String, Vec<u8>>>,
    /// The language of the error pages.
    lang: Lang,
}

impl Snapshot {
    fn new(root: &Path, theme: Arc<Theme>, catalog: Catalog, images: Images, lang: Lang) -> Self {
        let site = Site::new(root, catalog, images, theme.i18n().clone());
        let pages = Pages::new(theme.clone());
        let files = pages.copied_files(&site).into_iter().collect();
        Self {
            site,
            pages,
            outputs: build::outputs(&theme),
            files,
            generated: OnceLock::new(),
            lang,
        }
    }

    /// The site's check and every output's, as `build` runs them.
    fn check(&self) -> Vec<Diagnostic> {
        let mut found = self.site.check();
        found.extend(self.outputs.iter().flat_map(|o| o.check(&self.site)));
        found
    }

    /// The catalogue being served.
    pub fn catalog(&self) -> &Catalog {
        self.site.catalog()
    }

    /// Answers a request for `url_path` (already percent-decoded; it must
    /// start with `/`). Only pages, the theme's and bundles' files, and
    /// generated files can be reached: paths are looked up, never joined
    /// onto the file system.
    pub fn get(&self, url_path: &str) -> Served {
        let site = &self.site;
        if let Some(page) = self.pages.render_path(site, url_path) {
            return match page {
                Ok(page) => html(200, page.html.into_bytes()),
                Err(d) => html(
                    500,
                    format!(
                        "<h1>{}</h1><pre>{}</pre>",
                        crate::text::escape_html(
                            &Message::new("serve-template-error").render(self.lang)
                        ),
                        crate::text::escape_html(&d.message(self.lang))
                    )
                    .into_bytes(),
                ),
            };
        }
        let rel = url_path.trim_start_matches('/');
        let source = self
            .files
            .get(rel)
            .cloned()
            .or_else(|| site.images().variant_file(rel));
        if let Some(src) = source
            && let Ok(body) = std::fs::read(src)
        {
            return file(rel, body);
        }
        let generated = self.generated.get_or_init(|| {
            let sink = MemorySink::new();
            for output in &self.outputs {
                if output.preview() == Preview::InMemory {
                    // Their problems were reported by the checks; a file
                    // that fails is simply not served.
                    let _ = output.write(site, &sink);
                }
            }
            sink.into_files()
        });
        let index = format!("{rel}index.html");
        for name in [rel, index.as_str()] {
            if let Some(body) = generated.get(name) {
                return file(name, body.clone());
            }
        }
        if !url_path.ends_with('/')
            && self
                .pages
                .render_path(site, &format!("{url_path}/"))
                .is_some()
        {
            // One leading slash: `//products` must not redirect to
            // `//products/`, which browsers read as the host `products`.
            return Served {
                status: 301,
                content_type: "text/plain; charset=utf-8".into(),
                body: Vec::new(),
                location: Some(format!("/{}/", url_path.trim_start_matches('/'))),
            };
        }
        let body = match self.pages.render_path(site, "/404.html") {
            Some(Ok(page)) => page.html.into_bytes(),
            _ => b"<h1>404</h1>".to_vec(),
        };
        html(404, body)
    }
}

fn html(status: u16, body: Vec<u8>) -> Served {
    Served {
        status,
        content_type: "text/html; charset=utf-8".into(),
        body,
        location: None,
    }
}

fn file(rel: &str, body: Vec<u8>) -> Served {
    let mime = mime_guess::from_path(rel).first_or_octet_stream();
    let content_type = if mime.type_() == "text" || mime.essence_str() == "application/xml" {
        format!("{}; charset=utf-8", mime.essence_str())
    } else {
        mime.essence_str().to_owned()
    };
    Served {
        status: 200,
        content_type,
        body,
        location: None,
    }
}

/// `path` made absolute against the current folder (without resolving
/// symbolic links, so that it keeps the spelling the watcher was given).
fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The watcher's paths are absolute: a relative root (the default `.`)
    /// is made absolute so that edits map to their record folders instead
    /// of forcing a full scan each time.
    #[test]
    fn a_relative_root_is_made_absolute() {
        let live = LiveSite::new(Path::new("."), "http://127.0.0.1:1".into(), None);
        assert!(live.root.is_absolute(), "{}", live.root.display());
        assert_eq!(live.root, std::env::current_dir().unwrap());
        assert!(!live.root.ends_with("."));
    }
}
