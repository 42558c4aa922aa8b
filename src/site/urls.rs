//! URLs of every page: root-relative for links inside the site, absolute
//! (from `base_url`) for canonical, hreflang, Open Graph, feeds and sitemap.

use crate::config::SiteConfig;
use crate::content::Section;

/// Builds page URLs for one site.
#[derive(Debug, Clone)]
pub struct Urls {
    /// Scheme and host of `base_url`, e.g. `https://example.vn`.
    origin: String,
    /// Path part of `base_url`, e.g. `` or `/ocop`.
    prefix: String,
    default_lang: String,
}

impl Urls {
    /// The site path of each language's Atom feed (written by
    /// `feeds::atom`, linked from every page's head).
    pub const ATOM: &'static str = "atom.xml";

    /// URLs for `site`.
    pub fn new(site: &SiteConfig) -> Self {
        let prefix = site.path_prefix().trim_end_matches('/').to_owned();
        let origin = site.base_url[..site.base_url.len() - prefix.len()].to_owned();
        Self {
            origin,
            prefix,
            default_lang: site.default_language.clone(),
        }
    }

    /// The output path (relative to the output folder, `/`-separated, no
    /// leading slash) of the page at site path `rel` in `lang`:
    /// `("en", "products/xoai/")` → `en/products/xoai/index.html`.
    pub fn file(&self, lang: &str, rel: &str) -> String {
        let dir = self.lang_dir(lang);
        let mut path = format!("{dir}{rel}");
        if path.is_empty() || path.ends_with('/') {
            path.push_str("index.html");
        }
        path
    }

    /// Root-relative URL of the page at `rel` in `lang`:
    /// `("en", "products/xoai/")` → `/en/products/xoai/` (with the base_url
    /// path in front).
    pub fn page(&self, lang: &str, rel: &str) -> String {
        format!("{}/{}{rel}", self.prefix, self.lang_dir(lang))
    }

    /// Absolute URL of the page at `rel` in `lang`.
    pub fn absolute(&self, lang: &str, rel: &str) -> String {
        format!("{}{}", self.origin, self.page(lang, rel))
    }

    /// Root-relative URL of a language-neutral file (static asset, photo):
    /// `"products/xoai/photo.jpg"` → `/products/xoai/photo.jpg`.
    pub fn asset(&self, rel: &str) -> String {
        format!("{}/{rel}", self.prefix)
    }

    /// Absolute URL of a language-neutral file.
    pub fn absolute_asset(&self, rel: &str) -> String {
        format!("{}{}", self.origin, self.asset(rel))
    }

    /// Turns a root-relative URL made by this builder into an absolute one.
    pub fn to_absolute(&self, root_relative: &str) -> String {
        format!("{}{root_relative}", self.origin)
    }

    /// The site path of a record page: `products/xoai/`.
    pub fn record(section: Section, slug: &str) -> String {
        format!("{}/{slug}/", section.dir_name())
    }

    fn lang_dir(&self, lang: &str) -> String {
        if lang == self.default_lang {
            String::new()
        } else {
            format!("{lang}/")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn urls(base: &str) -> Urls {
        Urls {
            origin: base
                .split_inclusive('/')
                .take(3)
                .collect::<String>()
                .trim_end_matches('/')
                .to_owned(),
            prefix: base
                .splitn(4, '/')
                .nth(3)
                .map(|p| format!("/{p}"))
                .unwrap_or_default(),
            default_lang: "vi".into(),
        }
    }

    #[test]
    fn english_pages_live_under_en() {
        let u = urls("https://example.vn");
        assert_eq!(u.page("vi", "products/xoai/"), "/products/xoai/");
        assert_eq!(u.page("en", "products/xoai/"), "/en/products/xoai/");
        assert_eq!(u.page("en", ""), "/en/");
        assert_eq!(u.file("vi", ""), "index.html");
        assert_eq!(
            u.file("en", "products/xoai/"),
            "en/products/xoai/index.html"
        );
        assert_eq!(
            u.absolute("en", "products/xoai/"),
            "https://example.vn/en/products/xoai/"
        );
    }

    #[test]
    fn base_url_sub_path_prefixes_every_link() {
        let u = urls("https://example.vn/ocop");
        assert_eq!(u.page("vi", ""), "/ocop/");
        assert_eq!(u.page("en", "groups/food/"), "/ocop/en/groups/food/");
        assert_eq!(
            u.asset("products/xoai/photo.jpg"),
            "/ocop/products/xoai/photo.jpg"
        );
        assert_eq!(
            u.absolute("vi", "products/xoai/"),
            "https://example.vn/ocop/products/xoai/"
        );
    }
}
