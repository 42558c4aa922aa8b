//! The theme: `themes/<theme>/templates/*.html` parsed once into tera, with
//! the functions templates call: `trans(key, lang)` and `get_url(path)`
//! (Zola's conventions) and `picture(img=…)` (see `picture`).
//!
//! The pages and the kiosk render with it; the feeds never need it. Its
//! interface strings (`themes/<theme>/i18n/<lang>.toml`) belong to the
//! [`Site`](crate::site::Site), which every output reads.

mod picture;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use tera::Tera;

use crate::config::SiteConfig;
use crate::diagnostics::{Code, Diagnostic, Diagnostics, display_path};
use crate::site::{I18n, Urls};
use crate::text::{escape_html, first_control, strip_controls};

/// The default theme's folder, relative to the project root.
pub const DEFAULT_THEME: &str = "themes/default";

/// A loaded theme: parsed templates and the site's interface strings, ready
/// to render any catalogue of the site it was loaded for. Loading parses
/// every template once; rendering never parses again.
pub struct Theme {
    dir: PathBuf,
    i18n: Arc<I18n>,
    tera: Tera,
}

impl Theme {
    /// Loads the theme at `<root>/<dir>` for `site`: its interface strings
    /// ([`I18n::load`]) and its templates. Template syntax errors are
    /// reported with the template's file name; `None` when the theme cannot
    /// be used.
    pub fn load(
        root: &Path,
        dir: &Path,
        site: &SiteConfig,
        diags: &mut Diagnostics,
    ) -> Option<Self> {
        let i18n = Arc::new(I18n::load(root, dir, &site.languages, diags));
        let mut tera = load_templates(root, dir, diags)?;
        tera.register_function("trans", Trans(i18n.clone()));
        tera.register_function("get_url", GetUrl(Urls::new(site)));
        tera.register_function("picture", picture::PictureFn);
        Some(Self {
            dir: dir.to_path_buf(),
            i18n,
            tera,
        })
    }

    /// The theme folder, relative to the project root.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The interface strings loaded with the theme (the site's).
    pub fn i18n(&self) -> &Arc<I18n> {
        &self.i18n
    }

    /// One `missing-template` error per template of `names` that the
    /// theme lacks.
    pub fn missing_templates(&self, names: &[&str]) -> Vec<Diagnostic> {
        names
            .iter()
            .filter(|name| !self.tera.get_template_names().any(|t| t == **name))
            .map(|name| {
                Diagnostic::error(Code::MissingTemplate)
                    .arg("name", *name)
                    .in_file(self.dir.join("templates"))
            })
            .collect()
    }

    /// Renders the template `name` with `cx` into the output file `target`
    /// (named in the error): a template that fails is a `template-error`
    /// naming the template's file. The page has no control character (C0
    /// but tab and newline, DEL, C1), whatever the content held.
    pub fn render(
        &self,
        name: &str,
        cx: &tera::Context,
        target: &str,
    ) -> Result<String, Diagnostic> {
        // No control character reaches a page, whatever a template does
        // with the text it is given.
        let rendered = self.tera.render(name, cx).map(|html| {
            if first_control(&html).is_some() {
                strip_controls(&html).into_owned()
            } else {
                html
            }
        });
        rendered.map_err(|e| {
            Diagnostic::error(Code::TemplateError)
                .variant("render")
                .arg("target", target)
                .arg("name", name)
                .arg("error", error_chain(&e))
                .in_file(self.dir.join("templates").join(name))
        })
    }
}

fn load_templates(root: &Path, theme: &Path, diags: &mut Diagnostics) -> Option<Tera> {
    let dir = root.join(theme).join("templates");
    let mut files: Vec<(PathBuf, Option<String>)> = Vec::new();
    for entry in walkdir::WalkDir::new(&dir).sort_by_file_name() {
        match entry {
            Ok(e) if e.file_type().is_file() && !crate::content::is_editor_noise(e.path()) => {
                let name = e
                    .path()
                    .strip_prefix(&dir)
                    .map(display_path)
                    .unwrap_or_default();
                files.push((e.path().to_path_buf(), Some(name)));
            }
            Ok(_) => {}
            Err(e) => {
                diags.push(
                    Diagnostic::error(Code::MissingTheme)
                        .arg("folder", theme.display().to_string())
                        .arg("error", e.to_string()),
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
            Diagnostic::error(Code::TemplateError)
                .variant("parse")
                .arg("error", error_chain(&e))
                .in_file(theme.join("templates")),
        );
        return None;
    }
    Some(tera)
}

/// A tera error with all its causes, on one line.
fn error_chain(e: &dyn std::error::Error) -> String {
    let mut out = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        out.push_str(": ");
        out.push_str(&s.to_string());
        source = s.source();
    }
    out
}

/// The tera function `trans(key, lang)`: an interface string.
struct Trans(Arc<I18n>);

impl tera::Function for Trans {
    fn call(&self, args: &HashMap<String, tera::Value>) -> tera::Result<tera::Value> {
        let key = args
            .get("key")
            .and_then(tera::Value::as_str)
            .ok_or("trans() needs key=\"…\"")?;
        let lang = args
            .get("lang")
            .and_then(tera::Value::as_str)
            .unwrap_or(self.0.default_language());
        match self.0.get(lang, key) {
            Some(text) => Ok(tera::Value::String(text.to_owned())),
            None => Err(format!("trans(): no interface string `{key}` in i18n/{lang}.toml").into()),
        }
    }

    fn is_safe(&self) -> bool {
        false
    }
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
