//! The print layouts of a theme: `<theme>/print/*.typ` (Typst templates)
//! and the fonts of `<theme>/print/fonts/`, read once per build.

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

use typst::Library;
use typst::LibraryExt;
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;

use crate::content::decode_text;
use crate::diagnostics::{Code, Diagnostic};

/// Font files Typst can read (it reads no WOFF/WOFF2).
const FONT_EXTENSIONS: &[&str] = &["ttf", "otf", "ttc", "otc"];

/// A theme's print layouts and fonts.
pub struct PrintTheme {
    /// `<theme>/print`, relative to the project root.
    pub(crate) dir: PathBuf,
    /// Templates by virtual path (`/catalogue.typ`), parsed.
    pub(crate) sources: HashMap<FileId, Source>,
    /// Every face of every font file.
    pub(crate) fonts: Vec<Font>,
    /// What Typst knows about `fonts`.
    pub(crate) book: LazyHash<FontBook>,
    /// Typst's standard library.
    pub(crate) library: LazyHash<Library>,
    /// BLAKE3 of every template and font file (names and bytes).
    pub(crate) hash: blake3::Hash,
}

impl std::fmt::Debug for PrintTheme {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PrintTheme")
            .field("dir", &self.dir)
            .field("templates", &self.sources.len())
            .field("fonts", &self.fonts.len())
            .finish()
    }
}

/// The file id of the virtual path `path` (`/catalogue.typ`) of the print
/// pack's own files.
pub(crate) fn file_id(path: &str) -> FileId {
    RootedPath::new(
        VirtualRoot::Project,
        VirtualPath::new(path).expect("the print pack's virtual paths are absolute and plain"),
    )
    .intern()
}

impl PrintTheme {
    /// Reads the templates (`*.typ`) of `<root>/<theme>/print/` and the fonts
    /// of its `fonts/` folder. Every unreadable file, a template that is not
    /// UTF-8, a font file Typst cannot parse and a theme without fonts are
    /// errors naming the file, all of them returned.
    pub fn load(root: &Path, theme: &Path) -> Result<Self, Vec<Diagnostic>> {
        let dir = theme.join("print");
        let mut diags = Vec::new();
        let mut hasher = blake3::Hasher::new();
        let mut sources = HashMap::new();
        for (name, bytes) in read_dir(root, &dir, &["typ"], &mut diags) {
            hasher.update(name.as_bytes());
            hasher.update(&(bytes.len() as u64).to_le_bytes());
            hasher.update(&bytes);
            match decode_text(&bytes, &dir.join(&name)) {
                Ok(text) => {
                    let id = file_id(&format!("/{name}"));
                    sources.insert(id, Source::new(id, text.to_string()));
                }
                Err(d) => diags.push(d),
            }
        }
        let font_dir = dir.join("fonts");
        let mut fonts = Vec::new();
        for (name, bytes) in read_dir(root, &font_dir, FONT_EXTENSIONS, &mut diags) {
            hasher.update(name.as_bytes());
            hasher.update(&(bytes.len() as u64).to_le_bytes());
            hasher.update(&bytes);
            let faces: Vec<Font> = Font::iter(typst::foundations::Bytes::new(bytes)).collect();
            if faces.is_empty() {
                let file = font_dir.join(&name);
                diags.push(
                    Diagnostic::error(Code::BadFont)
                        .arg("file", file.display().to_string())
                        .in_file(file),
                );
            }
            fonts.extend(faces);
        }
        if fonts.is_empty() && diags.is_empty() {
            diags.push(
                Diagnostic::error(Code::MissingFont)
                    .arg("folder", font_dir.display().to_string())
                    .in_file(&font_dir),
            );
        }
        if !diags.is_empty() {
            return Err(diags);
        }
        Ok(Self {
            dir,
            sources,
            book: LazyHash::new(FontBook::from_fonts(&fonts)),
            fonts,
            library: LazyHash::new(Library::default()),
            hash: hasher.finalize(),
        })
    }

    /// The templates of `names` (`catalogue.typ`) the theme does not have:
    /// one `missing-template` error each.
    pub(crate) fn missing_templates<'n>(
        &self,
        names: impl IntoIterator<Item = &'n str>,
    ) -> Vec<Diagnostic> {
        names
            .into_iter()
            .filter(|name| self.source(name).is_none())
            .map(|name| {
                Diagnostic::error(Code::MissingTemplate)
                    .variant("print")
                    .arg("name", name)
                    .in_file(self.dir.join(name))
            })
            .collect()
    }

    /// True when one of the fonts has a glyph for `c`.
    pub(crate) fn has_glyph(&self, c: char) -> bool {
        self.fonts
            .iter()
            .any(|font| font.info().coverage.contains(u32::from(c)))
    }

    /// The theme's print folder, relative to the project root.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The template at virtual path `/<name>`, if the theme has it.
    pub(crate) fn source(&self, name: &str) -> Option<&Source> {
        self.sources.get(&file_id(&format!("/{name}")))
    }
}

/// The files of `<root>/<dir>` with one of `extensions` (lower case), in
/// name order, as (file name, bytes). Reading errors go to `diags`.
fn read_dir(
    root: &Path,
    dir: &Path,
    extensions: &[&str],
    diags: &mut Vec<Diagnostic>,
) -> Vec<(String, Vec<u8>)> {
    let entries = match fs::read_dir(root.join(dir)) {
        Ok(entries) => entries,
        Err(e) => {
            diags.push(
                Diagnostic::error(Code::MissingTheme)
                    .variant("print")
                    .arg("folder", dir.display().to_string())
                    .arg("error", e.to_string())
                    .in_file(dir),
            );
            return Vec::new();
        }
    };
    let mut names: Vec<String> = entries
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|name| {
            Path::new(name)
                .extension()
                .and_then(|x| x.to_str())
                .is_some_and(|x| extensions.contains(&x.to_ascii_lowercase().as_str()))
        })
        .collect();
    names.sort();
    names
        .into_iter()
        .filter_map(|name| match fs::read(root.join(dir).join(&name)) {
            Ok(bytes) => Some((name, bytes)),
            Err(e) => {
                let file = dir.join(&name);
                diags.push(
                    Diagnostic::error(Code::UnreadableFile)
                        .arg("file", file.display().to_string())
                        .arg("error", e.to_string())
                        .in_file(file),
                );
                None
            }
        })
        .collect()
}
