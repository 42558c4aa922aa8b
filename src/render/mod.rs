//! Render: the catalogue → HTML pages through the theme's tera templates.
//!
//! Templates (`themes/<theme>/templates/*.html`) are parsed once; every page
//! is then rendered in parallel with a small context of its own (see
//! `views`): `site`, `lang`, `page`, plus `product`, `producer`, `commune`,
//! `tourism_point`, `list` or `home` depending on the page. The functions
//! `trans(key, lang)` and `get_url(path)` follow Zola's conventions.

mod i18n;
pub mod markdown;
mod pages;
mod urls;
mod views;

pub use i18n::I18n;
pub use pages::{
    PageCounts, RenderedPage, STAR_PAGES, SitePage, copied_files, render_path, render_site,
    site_pages,
};
pub use urls::Urls;
pub use views::*;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use tera::Tera;

use crate::config::SiteConfig;
use crate::content::Section;
use crate::diagnostics::{Code, Diagnostic, Diagnostics};
use crate::images::Images;
use crate::model::Catalog;

/// The default theme's folder, relative to the project root.
pub const DEFAULT_THEME: &str = "themes/default";

/// A loaded theme: parsed templates and interface strings, ready to render
/// any catalogue of the site it was loaded for. Loading parses every
/// template once; rendering never parses again.
pub struct Theme {
    /// The theme folder, relative to the project root.
    pub dir: PathBuf,
    /// Interface strings.
    pub i18n: Arc<I18n>,
    pub(crate) tera: Tera,
}

impl Theme {
    /// Loads the theme at `<root>/<dir>` for `site`: its templates and i18n
    /// strings. Template syntax errors are reported with the template's file
    /// name; `None` when the theme cannot be used.
    pub fn load(
        root: &Path,
        dir: &Path,
        site: &SiteConfig,
        diags: &mut Diagnostics,
    ) -> Option<Self> {
        let i18n = Arc::new(I18n::load(root, dir, &site.languages, diags));
        let mut tera = load_templates(root, dir, diags)?;
        tera.register_function("trans", i18n::Trans(i18n.clone()));
        tera.register_function("get_url", GetUrl(Urls::new(site)));
        tera.register_function("picture", crate::images::picture::PictureFn);
        Some(Self {
            dir: dir.to_path_buf(),
            i18n,
            tera,
        })
    }
}

/// Everything needed to render pages of one catalogue: cheap to make.
pub struct Renderer<'a> {
    /// The catalogue.
    pub catalog: &'a Catalog,
    /// URL builder.
    pub urls: Urls,
    /// Interface strings (the theme's).
    pub i18n: Arc<I18n>,
    /// Photo sizes.
    pub images: &'a Images,
    /// The theme.
    pub theme: &'a Theme,
    /// QR codes drawn so far (issue #7).
    pub qr: crate::qr::QrCache,
    /// Body HTML of product and tourism pages, for the kiosk (issue #8).
    pub bodies: BodyCache,
}

/// Sanitised body HTML of products and tourism points by (section, record,
/// language): rendered for the website's pages, then taken by the kiosk,
/// which shows the same HTML without links, instead of rendering and
/// sanitising every body a second time.
#[derive(Debug, Default)]
pub struct BodyCache(Mutex<HashMap<(Section, usize, String), String>>);

impl BodyCache {
    /// Keeps the HTML of record `i` of `section` in `lang`.
    pub fn put(&self, section: Section, i: usize, lang: &str, html: String) {
        if matches!(section, Section::Products | Section::Tourism) {
            self.0
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .insert((section, i, lang.to_owned()), html);
        }
    }

    /// Takes the HTML kept for record `i` of `section` in `lang`.
    pub fn take(&self, section: Section, i: usize, lang: &str) -> Option<String> {
        self.0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(&(section, i, lang.to_owned()))
    }
}

impl<'a> Renderer<'a> {
    /// A renderer of `catalog` with `theme` (loaded for the same site).
    pub fn new(theme: &'a Theme, catalog: &'a Catalog, images: &'a Images) -> Self {
        Self {
            catalog,
            urls: Urls::new(&catalog.site),
            i18n: theme.i18n.clone(),
            images,
            theme,
            qr: crate::qr::QrCache::default(),
            bodies: BodyCache::default(),
        }
    }
}

impl Renderer<'_> {
    /// Renders one of the theme's templates with `cx` (the kiosk's
    /// `kiosk.html`, issue #7).
    pub fn render_template(&self, name: &str, cx: &tera::Context) -> tera::Result<String> {
        self.theme.tera.render(name, cx)
    }
}

fn load_templates(root: &Path, theme: &Path, diags: &mut Diagnostics) -> Option<Tera> {
    let dir = root.join(theme).join("templates");
    let mut files: Vec<(PathBuf, Option<String>)> = Vec::new();
    for entry in walkdir::WalkDir::new(&dir).sort_by_file_name() {
        match entry {
            Ok(e) if e.file_type().is_file() => {
                let name = e
                    .path()
                    .strip_prefix(&dir)
                    .map(crate::diagnostics::display_path)
                    .unwrap_or_default();
                files.push((e.path().to_path_buf(), Some(name)));
            }
            Ok(_) => {}
            Err(e) => {
                diags.push(
                    Diagnostic::error(Code::MissingTheme, format!("cannot read the theme's templates in {}: {e}", theme.display()))
                        .help("the project needs themes/default/templates/; copy it from the ocop repository"),
                );
                return None;
            }
        }
    }
    let mut tera = Tera::default();
    tera.autoescape_on(vec![".html", ".xml"]);
    tera.set_escape_fn(escape_html);
    if let Err(e) = tera.add_template_files(files) {
        diags.push(
            Diagnostic::error(Code::TemplateError, format!("the theme's templates do not parse: {}", error_chain(&e)))
                .in_file(theme.join("templates"))
                .help("fix the template named above; see https://keats.github.io/tera/docs/ for the syntax"),
        );
        return None;
    }
    Some(tera)
}

/// Escapes text for HTML element content and quoted attribute values:
/// `& < > " '`. (Tera's default also escapes `/`, which bloats every URL
/// without making anything safer inside quoted attributes.)
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut plain = 0;
    // Byte scan: the five characters are ASCII, so every other byte
    // (UTF-8 continuation bytes included) is copied in runs.
    for (i, b) in text.bytes().enumerate() {
        let entity = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.push_str(&text[plain..i]);
        out.push_str(entity);
        plain = i + 1;
    }
    out.push_str(&text[plain..]);
    out
}

/// `value` as JSON that is safe inside an HTML `<script>` element or a
/// script file: `<`, `>` and `&` are written as `\u003c`, `\u003e`,
/// `\u0026` (they only ever occur inside JSON strings, where the escapes
/// mean the same), so no text can close the element or open a comment.
pub fn script_json(value: &impl serde::Serialize) -> String {
    let mut out = Vec::new();
    write_script_json(&mut out, value);
    String::from_utf8(out).expect("JSON is UTF-8")
}

/// Appends `value` to `out` as [`script_json`] does, escaping while it
/// serialises: no second copy of the text, which matters for the kiosk's
/// data files (about 130 MB a language at 20,000 products). A value that
/// cannot be serialised (a map with non-string keys) is written `null`.
pub fn write_script_json(out: &mut Vec<u8>, value: &impl serde::Serialize) {
    /// Copies JSON bytes, escaping `<`, `>` and `&`.
    struct Escaping<'a>(&'a mut Vec<u8>);
    impl std::io::Write for Escaping<'_> {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            let mut plain = 0;
            for (i, b) in buf.iter().enumerate() {
                let escape: &[u8] = match b {
                    b'<' => b"\\u003c",
                    b'>' => b"\\u003e",
                    b'&' => b"\\u0026",
                    _ => continue,
                };
                self.0.extend_from_slice(&buf[plain..i]);
                self.0.extend_from_slice(escape);
                plain = i + 1;
            }
            self.0.extend_from_slice(&buf[plain..]);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let start = out.len();
    if serde_json::to_writer(Escaping(out), value).is_err() {
        out.truncate(start);
        out.extend_from_slice(b"null");
    }
}

/// A tera error with all its causes, on one line.
pub fn error_chain(e: &dyn std::error::Error) -> String {
    let mut out = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        out.push_str(": ");
        out.push_str(&s.to_string());
        source = s.source();
    }
    out
}

/// The tera function `get_url(path)`: root-relative URL of a static file.
struct GetUrl(Urls);

impl tera::Function for GetUrl {
    fn call(&self, args: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
        let path = args
            .get("path")
            .and_then(tera::Value::as_str)
            .ok_or("get_url() needs path=\"…\"")?;
        Ok(tera::Value::String(
            self.0.asset(path.trim_start_matches('/')),
        ))
    }

    fn is_safe(&self) -> bool {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_json_cannot_close_a_script() {
        let text = "a </script><!-- & b";
        let json = script_json(&text);
        assert_eq!(json, r#""a \u003c/script\u003e\u003c!-- \u0026 b""#);
        assert_eq!(serde_json::from_str::<String>(&json).unwrap(), text);
    }

    #[test]
    fn write_script_json_appends() {
        let mut out = b"x=".to_vec();
        write_script_json(&mut out, &["<b>", "ok"]);
        assert_eq!(out, br#"x=["\u003cb\u003e","ok"]"#);
        let map: HashMap<(u8, u8), u8> = [((1, 2), 3)].into();
        write_script_json(&mut out, &map);
        assert!(out.ends_with(b"]null"));
    }
}
