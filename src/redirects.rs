//! The redirects output: old addresses that must keep working (issue #15).
//!
//! Every source of redirects is gathered here ([`redirects`]; today the
//! records' `aliases`), and written twice over:
//!
//! - a small page at each old address, which any host serves: a
//!   `<meta http-equiv="refresh">` to the new page, its canonical link, a
//!   visible link, `noindex`; no script;
//! - one line per redirect in `_redirects`, the rule file Netlify and
//!   Cloudflare Pages read (`/old/ /new/ 301`, both with `base_url`'s path),
//!   for a real HTTP 301 where the host offers it. Hosts cap their rules
//!   (Cloudflare Pages: 2,000 static rules; Netlify asks to keep the file
//!   small), so above [`MANY_REDIRECTS`] lines there is a warning; the
//!   pages still work.
//!
//! An old address where a page of the site, another old address or one of
//! the site's own files or folders is, is an error: either would be lost.

use std::collections::BTreeMap;
use std::sync::Arc;

use crate::content::Section;
use crate::diagnostics::{Code, Diagnostic};
use crate::messages::Message;
use crate::model::Alias;
use crate::output::Output;
use crate::site::{Site, Urls};
use crate::text::escape_html;
use crate::theme::Theme;
use crate::write::Sink;

/// The rule file, at the root of the output.
pub const RULES_FILE: &str = "_redirects";

/// Above this many rules, a warning (Cloudflare Pages reads 2,000 static
/// rules and 100 dynamic ones; Netlify's docs ask for fewer than 1,000).
pub const MANY_REDIRECTS: usize = 1_000;

/// Top-level names of the output that other outputs write (the kiosk, the
/// feeds, the print pack, the search page and index, the sitemap…): an old
/// address may not begin with one.
const RESERVED: &[&str] = &[
    "kiosk",
    "feeds",
    "print",
    "search",
    "404.html",
    "index.html",
    "atom.xml",
    "sitemap.xml",
    "robots.txt",
    RULES_FILE,
];

/// One old address and the page it leads to.
#[derive(Debug, Clone)]
pub struct Redirect<'a> {
    /// Where it was read.
    pub alias: &'a Alias,
    /// The language of the page it leads to.
    pub lang: &'a str,
    /// The page's site path (`products/nho-say/`).
    pub to: String,
    /// The record's name in `lang`, which the redirect page shows.
    pub name: &'a str,
}

/// Every redirect of the site, in section, record and language order.
pub fn redirects(site: &Site) -> Vec<Redirect<'_>> {
    let mut found = Vec::new();
    for section in Section::ALL {
        for record in site.catalog().records(section).iter() {
            for lang in &site.config().languages {
                found.extend(record.aliases(lang).iter().map(|alias| Redirect {
                    alias,
                    lang,
                    to: Urls::record(section, record.slug()),
                    name: &record.name(lang).value,
                }));
            }
        }
    }
    found
}

/// The redirects output: pages at old addresses and `_redirects`.
pub struct Redirects {
    theme: Arc<Theme>,
}

impl Redirects {
    /// The output, for a site whose theme `theme` publishes its `static/`
    /// folder at the root (its top-level names are taken too).
    pub fn new(theme: Arc<Theme>) -> Self {
        Self { theme }
    }

    /// The top-level names of the output that an old address may not begin
    /// with: [`RESERVED`] and the theme's `static/` entries (`css`, `js`).
    fn taken(&self, site: &Site) -> Vec<String> {
        let dir = site.root().join(self.theme.dir()).join("static");
        let theme_static = std::fs::read_dir(dir).into_iter().flatten().flatten();
        RESERVED
            .iter()
            .map(|s| (*s).to_owned())
            .chain(theme_static.map(|e| e.file_name().to_string_lossy().into_owned()))
            .collect()
    }
}

impl Output for Redirects {
    fn name(&self) -> &'static str {
        "redirects"
    }

    fn check(&self, site: &Site) -> Vec<Diagnostic> {
        let taken = self.taken(site);
        let urls = site.urls();
        let root = urls.page(&site.config().default_language, "");
        let mut found = Vec::new();
        // By lowercase path: on Windows and macOS, `Products/Xoai/` and
        // `products/xoai/` are one folder, so one page would replace the
        // other when the output is copied there.
        let mut seen: BTreeMap<String, &Redirect<'_>> = BTreeMap::new();
        let all = redirects(site);
        for r in &all {
            let at = |d: Diagnostic| {
                d.arg("path", r.alias.written.as_str())
                    .at(&r.alias.file, r.alias.span.clone())
            };
            let lower = r.alias.path.to_lowercase();
            let page = site
                .page_at(&format!("{root}{}", r.alias.path))
                .or_else(|| site.page_at(&format!("{root}{lower}")));
            if let Some((lang, page)) = page {
                let target = urls.page(&lang, &page.rel(site));
                let variant = if target == urls.page(r.lang, &r.to) {
                    "own"
                } else {
                    "page"
                };
                found.push(at(Diagnostic::error(Code::AliasClash)
                    .variant(variant)
                    .arg("page", target)));
            } else if taken
                .iter()
                .any(|t| lower.split('/').next() == Some(t.to_lowercase().as_str()))
            {
                found.push(at(Diagnostic::error(Code::AliasClash).variant("reserved")));
            } else if let Some(first) = seen.insert(lower, r) {
                let variant = if first.alias.file == r.alias.file {
                    "repeated"
                } else if first.alias.file.parent() == r.alias.file.parent() {
                    "translation"
                } else {
                    "alias"
                };
                found.push(at(Diagnostic::error(Code::AliasClash)
                    .variant(variant)
                    .arg("other", crate::diagnostics::display_path(&first.alias.file))));
            }
        }
        if all.len() > MANY_REDIRECTS {
            found.push(
                Diagnostic::warning(Code::ManyRedirects)
                    .arg("count", all.len())
                    .arg("limit", MANY_REDIRECTS),
            );
        }
        found
    }

    fn write(&self, site: &Site, sink: &dyn Sink) -> Result<Vec<Message>, Vec<Diagnostic>> {
        let all = redirects(site);
        let urls = site.urls();
        let root = urls.page(&site.config().default_language, "");
        let mut rules = String::new();
        let mut failed = Vec::new();
        for r in &all {
            let to = urls.page(r.lang, &r.to);
            rules.push_str(&format!("{root}{} {to} 301\n", r.alias.path));
            let file = if r.alias.path.ends_with('/') {
                format!("{}index.html", r.alias.path)
            } else {
                r.alias.path.clone()
            };
            let page = redirect_page(
                r,
                &to,
                &urls.to_absolute(&to),
                site.text(r.lang, "redirect.moved"),
            );
            if let Err(e) = sink.put(&file, page.as_bytes()) {
                failed.push(Diagnostic::write_error(&file, &e));
            }
        }
        if !all.is_empty()
            && let Err(e) = sink.put(RULES_FILE, rules.as_bytes())
        {
            failed.push(Diagnostic::write_error(RULES_FILE, &e));
        }
        if failed.is_empty() {
            Ok(Vec::new())
        } else {
            Err(failed)
        }
    }
}

/// The page left at the old address of `r`: it sends the browser to `to`
/// (root-relative, so that a preview or staging copy stays on its own
/// host) and names `canonical` (absolute) as the page; a phone that does
/// not follow sees "<name> <moved>." with the name as the link.
fn redirect_page(r: &Redirect<'_>, to: &str, canonical: &str, moved: &str) -> String {
    let (lang, name) = (r.lang, escape_html(r.name));
    let (to, canonical, moved) = (escape_html(to), escape_html(canonical), escape_html(moved));
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"robots\" content=\"noindex\">\n\
         <meta http-equiv=\"refresh\" content=\"0; url={to}\">\n\
         <link rel=\"canonical\" href=\"{canonical}\">\n<title>{name} {moved}</title>\n</head>\n\
         <body>\n<p><a href=\"{to}\">{name}</a> {moved}.</p>\n</body>\n</html>\n"
    )
}
