//! `content/site.toml`: the site's settings.
//!
//! Top-level text (title, description, district, province, contact office
//! and address) is in the default language; `[translations.<code>]` tables give
//! the translations, with the same keys.

use std::collections::BTreeMap;
use std::path::PathBuf;

use serde::Serialize;
use toml::Spanned;

use crate::content::FieldReader;
use crate::content::{SiteFile, parse_front_matter};
use crate::diagnostics::{Code, Diagnostic};
use crate::messages::Message;

/// Default number of products on one page of a list.
pub(crate) const DEFAULT_PER_PAGE: usize = 24;

/// A text setting in every language of the site.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Translations {
    default: String,
    by_lang: BTreeMap<String, String>,
}

impl Translations {
    /// The text in `lang`, or in the default language when untranslated.
    pub fn get(&self, lang: &str) -> &str {
        self.by_lang.get(lang).unwrap_or(&self.default)
    }
}

/// Site contact, shown in every page footer.
#[derive(Debug, Clone, Default)]
pub struct SiteContact {
    /// The office publishing the catalogue.
    pub office: Translations,
    /// Its postal address.
    pub address: Translations,
    /// E-mail.
    pub email: Option<String>,
    /// Phone.
    pub phone: Option<String>,
}

/// Feed settings (`[feeds]`).
#[derive(Debug, Clone)]
pub struct FeedSettings {
    /// Write the product feeds of `output/feeds/` (Google Merchant, Meta,
    /// JSON export). Default `true`. The sitemap, robots.txt, Atom feeds and
    /// structured data on pages do not depend on it.
    pub enabled: bool,
    /// Include `sample = true` records in feeds. Only for demonstrations.
    pub include_sample: bool,
    /// Leave products whose OCOP certificate has lapsed out of the merchant
    /// feeds. Default `false` (they are listed, without stars).
    pub exclude_lapsed: bool,
}

impl Default for FeedSettings {
    fn default() -> Self {
        Self {
            enabled: true,
            include_sample: false,
            exclude_lapsed: false,
        }
    }
}

/// Default seconds without a touch before the kiosk starts its attract loop.
pub(crate) const DEFAULT_IDLE_SECONDS: u32 = 90;

/// What the QR code of a product leads to (`[kiosk] qr_target`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum QrTarget {
    /// The product's public page in the language shown (the default).
    #[default]
    Page,
    /// The product's first marketplace link (`buy`), else its page.
    Marketplace,
}

/// Kiosk settings (`[kiosk]`, issue #7).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KioskSettings {
    /// Seconds without a touch before the attract loop starts.
    pub idle_seconds: u32,
    /// What product QR codes lead to (kiosk and website).
    pub qr_target: QrTarget,
    /// `[kiosk] products` (issue #18): the only products the kiosk shows;
    /// `None` (the setting left out) shows every product. The slugs are
    /// checked against the catalogue when it is assembled
    /// (`model::selection`).
    pub products: Option<ProductList>,
}

impl Default for KioskSettings {
    fn default() -> Self {
        Self {
            idle_seconds: DEFAULT_IDLE_SECONDS,
            qr_target: QrTarget::Page,
            products: None,
        }
    }
}

/// A list of product slugs written in a settings file, each with its place
/// (for the diagnostics of a slug that names no product).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProductList {
    /// The file, relative to the project root (`content/site.toml`).
    pub file: PathBuf,
    /// The slugs as written, each with its byte span in the file.
    pub slugs: Vec<Spanned<String>>,
}

/// Default of `[print] max_products`: above this many products the build
/// makes no print pack (issue #18; README "Print pack", "What it costs").
///
/// Why 1,000, from the measurements of December 2026 (release build, a
/// shared 2-core machine): at 2,000 generated products the two catalogues
/// take 8.3 s to make (386 A4 pages, 8 MB each without photos; about
/// 150 MB each with a 74 kB photo a product) and the shelf cards 10.5 s.
/// At 1,000 that is about 9 s on every change, some 190 pages and 75 MB a
/// catalogue: still a pack an office can print or put online. Beyond it
/// nobody prints the whole pack, while it grows to most of every changing
/// build (about two minutes of shelf cards at 20,000); a fair prints its
/// own selection with `ocop print --products`.
pub const DEFAULT_PRINT_MAX_PRODUCTS: usize = 1000;

/// Print pack settings (`[print]`, issue #18).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PrintSettings {
    /// Make the print pack (`output/print/*.pdf`) in every build. Default
    /// `true`.
    pub enabled: bool,
    /// Above this many products the build makes no PDF, and its summary
    /// says so.
    pub max_products: usize,
    /// The year printed large on the catalogue's cover (`year = 2025`: the
    /// OCOP round the catalogue lists). Default: none, only the date of
    /// the update (issue #16: the build's year is not the round's).
    pub year: Option<i16>,
}

impl Default for PrintSettings {
    fn default() -> Self {
        Self {
            enabled: true,
            max_products: DEFAULT_PRINT_MAX_PRODUCTS,
            year: None,
        }
    }
}

/// The settings of one site.
#[derive(Debug, Clone)]
pub struct SiteConfig {
    /// Site title.
    pub title: Translations,
    /// One-sentence description (meta description of the home page).
    pub description: Translations,
    /// Absolute URL of the site root without a trailing slash, e.g.
    /// `https://ocop.example.vn` or `https://example.vn/ocop`.
    pub base_url: String,
    /// The language at the site root (`vi`).
    pub default_language: String,
    /// All languages, the default first.
    pub languages: Vec<String>,
    /// District label (a label only: docs/CONTENT.md, `content/site.toml`).
    pub district: Translations,
    /// Province label.
    pub province: Translations,
    /// Footer contact.
    pub contact: SiteContact,
    /// Feed settings.
    pub feeds: FeedSettings,
    /// Products per list page.
    pub per_page: usize,
    /// Kiosk bundle and QR codes.
    pub kiosk: KioskSettings,
    /// The print pack.
    pub print: PrintSettings,
}

impl SiteConfig {
    /// The path part of `base_url` ("" or "/ocop"), prefixed to every
    /// root-relative link.
    pub(crate) fn path_prefix(&self) -> &str {
        match self.base_url.find("://") {
            Some(scheme_end) => {
                let after = &self.base_url[scheme_end + 3..];
                after.find('/').map_or("", |i| &after[i..])
            }
            None => "",
        }
    }

    /// The languages other than the default.
    pub fn translations(&self) -> impl Iterator<Item = &str> {
        self.languages
            .iter()
            .map(String::as_str)
            .filter(move |l| *l != self.default_language)
    }
}

/// The catalogue's `default_language` under `root` (`"vi"` when
/// `content/site.toml` leaves it out), or `None` outside a catalogue or when
/// the file cannot be read: the tool's messages follow it (the file's own
/// problems are reported by `check`).
pub fn default_language(root: &std::path::Path) -> Option<String> {
    let text = std::fs::read_to_string(root.join("content").join("site.toml")).ok()?;
    let table: toml::Table = text.parse().ok()?;
    match table.get("default_language") {
        Some(toml::Value::String(lang)) => Some(lang.clone()),
        Some(_) => None,
        None => Some("vi".to_owned()),
    }
}

/// Reads `site.toml`; `base_url_override` (from `--base-url`) replaces the
/// file's `base_url`. Returns `None` when a required setting is missing or
/// wrong (the diagnostics say which).
pub(crate) fn read_site(
    file: &SiteFile,
    base_url_override: Option<&str>,
    diags: &mut Vec<Diagnostic>,
) -> Option<SiteConfig> {
    let table = match parse_front_matter(&file.text, 0, &file.path) {
        Ok(table) => table,
        Err(errors) => {
            diags.extend(errors);
            return None;
        }
    };
    let mut r = FieldReader::new(table.get_ref(), 0, 0..0, &file.path, diags);
    let title = r.require::<String>("title", Message::new("hint-title"));
    let description = r.get::<String>("description").unwrap_or_default();
    let base_url = read_base_url(&mut r, base_url_override);
    let default_language = r
        .get::<String>("default_language")
        .unwrap_or_else(|| "vi".to_owned());
    let mut languages = r
        .get::<Vec<String>>("languages")
        .unwrap_or_else(|| vec![default_language.clone()]);
    languages.retain(|l| *l != default_language);
    languages.insert(0, default_language.clone());
    let district = r.get::<String>("district").unwrap_or_default();
    let province = r.get::<String>("province").unwrap_or_default();
    let per_page = r
        .get::<usize>("per_page")
        .filter(|&n| n > 0)
        .unwrap_or(DEFAULT_PER_PAGE);
    let (office, address, email, phone) = match r.table("contact") {
        Some(mut c) => {
            let office = c.get::<String>("office").unwrap_or_default();
            let address = c.get::<String>("address").unwrap_or_default();
            let email = c.get::<String>("email");
            let phone = c.get::<String>("phone");
            c.finish(None);
            (office, address, email, phone)
        }
        None => Default::default(),
    };
    let feeds = match r.table("feeds") {
        Some(mut f) => {
            let defaults = FeedSettings::default();
            let settings = FeedSettings {
                enabled: f.get::<bool>("enabled").unwrap_or(defaults.enabled),
                include_sample: f
                    .get::<bool>("include_sample")
                    .unwrap_or(defaults.include_sample),
                exclude_lapsed: f
                    .get::<bool>("exclude_lapsed")
                    .unwrap_or(defaults.exclude_lapsed),
            };
            f.finish(None);
            settings
        }
        None => FeedSettings::default(),
    };
    let kiosk = read_kiosk(&mut r);
    let print = read_print(&mut r);
    let mut config = SiteConfig {
        title: plain(title.clone().unwrap_or_default()),
        description: plain(description),
        base_url: base_url.clone().unwrap_or_default(),
        default_language,
        languages,
        district: plain(district),
        province: plain(province),
        contact: SiteContact {
            office: plain(office),
            address: plain(address),
            email,
            phone,
        },
        feeds,
        per_page,
        kiosk,
        print,
    };
    read_language_tables(&mut r, &mut config);
    r.finish(None);
    title?;
    base_url?;
    Some(config)
}

/// Reads `[kiosk]`: `idle_seconds` (10–3600), `qr_target` (`page` or
/// `marketplace`) and `products` (a list of slugs, not empty). Wrong values
/// are errors; absent ones take the defaults.
fn read_kiosk(r: &mut FieldReader<'_, '_>) -> KioskSettings {
    let mut settings = KioskSettings::default();
    let Some(mut k) = r.table("kiosk") else {
        return settings;
    };
    let path = k.path();
    if let Some(idle) = k.spanned::<i64>("idle_seconds") {
        match u32::try_from(*idle.get_ref()) {
            Ok(n) if (10..=3600).contains(&n) => settings.idle_seconds = n,
            _ => k.report(
                Diagnostic::error(Code::BadKioskSetting)
                    .variant("idle")
                    .arg("value", *idle.get_ref())
                    .at(path, idle.span()),
            ),
        }
    }
    if let Some(target) = k.spanned::<String>("qr_target") {
        match target.get_ref().as_str() {
            "page" => settings.qr_target = QrTarget::Page,
            "marketplace" => settings.qr_target = QrTarget::Marketplace,
            other => k.report(
                Diagnostic::error(Code::BadKioskSetting)
                    .variant("qr-target")
                    .arg("value", other)
                    .at(path, target.span()),
            ),
        }
    }
    if let Some(list) = k.string_list("products") {
        if list.get_ref().is_empty() {
            k.report(
                Diagnostic::error(Code::BadKioskSetting)
                    .variant("products-empty")
                    .at(path, list.span()),
            );
        } else {
            settings.products = Some(ProductList {
                file: path.to_path_buf(),
                slugs: list.into_inner(),
            });
        }
    }
    k.finish(None);
    settings
}

/// Reads `[print]`: `enabled`, `max_products` (at least 1) and `year`
/// (four digits, [`PRINT_YEARS`]). A wrong value is an error; absent ones
/// take the defaults.
fn read_print(r: &mut FieldReader<'_, '_>) -> PrintSettings {
    let mut settings = PrintSettings::default();
    let Some(mut p) = r.table("print") else {
        return settings;
    };
    let path = p.path();
    if let Some(enabled) = p.get::<bool>("enabled") {
        settings.enabled = enabled;
    }
    if let Some(max) = p.spanned::<i64>("max_products") {
        match usize::try_from(*max.get_ref()) {
            Ok(n) if n >= 1 => settings.max_products = n,
            _ => p.report(
                Diagnostic::error(Code::BadPrintSetting)
                    .arg("value", *max.get_ref())
                    .arg("default", DEFAULT_PRINT_MAX_PRODUCTS)
                    .at(path, max.span()),
            ),
        }
    }
    if let Some(year) = p.spanned::<i64>("year") {
        match i16::try_from(*year.get_ref()) {
            Ok(y) if PRINT_YEARS.contains(&y) => settings.year = Some(y),
            _ => p.report(
                Diagnostic::error(Code::BadPrintYear)
                    .arg("value", *year.get_ref())
                    .at(path, year.span()),
            ),
        }
    }
    p.finish(None);
    settings
}

/// The years `[print] year` accepts: four digits (a year written `25` is
/// a mistake, not the year 25).
pub const PRINT_YEARS: std::ops::RangeInclusive<i16> = 1000..=9999;

fn plain(default: String) -> Translations {
    Translations {
        default,
        by_lang: BTreeMap::new(),
    }
}

/// Reads `base_url`, or takes `override_url` (`--base-url`, `serve`'s own
/// address) instead. The address written in the file, when there is one,
/// is what the `example-base-url` and `insecure-base-url` warnings judge,
/// with or without an override: `content/site.toml` is where the office
/// sets it, and `serve` (whose override is the preview's local address)
/// then warns as `build` does.
///
/// The address kept is the URL as the `url` crate writes it (WHATWG URL
/// standard): an international domain name in punycode (`sơn.vn` →
/// `xn--sn-2ya.vn`, IDNA/UTS #46), the path percent-encoded, no trailing
/// slash.
fn read_base_url(r: &mut FieldReader<'_, '_>, override_url: Option<&str>) -> Option<String> {
    let written = match override_url {
        Some(_) => r.peek::<String>("base_url"),
        None => Some(r.require_spanned::<String>("base_url", Message::new("hint-base-url"))?),
    };
    if let Some(written) = &written
        && let Some(host) = site_address(written.get_ref())
            .ok()
            .and_then(|u| u.host_str().map(str::to_owned))
    {
        let value = written.get_ref().as_str();
        let d = if is_example_host(&host) {
            Some(Diagnostic::warning(Code::ExampleBaseUrl))
        } else if !value.to_ascii_lowercase().starts_with("https:") {
            Some(Diagnostic::warning(Code::InsecureBaseUrl))
        } else {
            None
        };
        if let Some(d) = d {
            r.report(d.arg("value", value).at(r.path(), written.span()));
        }
    }
    let (value, span) = match (override_url, written) {
        (Some(url), _) => {
            if is_published_over_http(url) {
                r.report(
                    Diagnostic::warning(Code::InsecureBaseUrl)
                        .variant("option")
                        .arg("value", url),
                );
            }
            (url.to_owned(), None)
        }
        (None, Some(written)) => (written.get_ref().clone(), Some(written.span())),
        (None, None) => return None,
    };
    match site_address(&value) {
        Ok(url) => Some(url.as_str().trim_end_matches('/').to_owned()),
        Err(variant) => {
            let mut d = Diagnostic::error(Code::BadBaseUrl);
            d = match variant {
                // The address is not shown: it holds a password.
                Some("credentials") => d.variant("credentials"),
                Some(variant) => d.variant(variant).arg("value", value.as_str()),
                None => d.arg("value", value.as_str()),
            };
            if let Some(span) = span {
                d = d.at(r.path(), span);
            }
            r.report(d);
            None
        }
    }
}

/// `value` as a URL when it can be a site's address: absolute http(s) with
/// a host, and no spaces, user name or password, query or fragment (a
/// `?…` or `#…` would be glued to every address the site makes). The error
/// is the `bad-base-url` message's variant (`None`: not an absolute web
/// address).
fn site_address(value: &str) -> Result<url::Url, Option<&'static str>> {
    if value.chars().any(char::is_whitespace) {
        return Err(Some("space"));
    }
    let url = url::Url::parse(value).map_err(|_| None)?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return Err(None);
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(Some("credentials"));
    }
    if url.query().is_some() {
        return Err(Some("query"));
    }
    if url.fragment().is_some() {
        return Err(Some("fragment"));
    }
    Ok(url)
}

/// True for `--base-url http://<domain name>`: a published address without
/// https. An IP address is not judged: it is `serve`'s own local address
/// (`http://127.0.0.1:1111`) or a test machine's on the office's network.
fn is_published_over_http(value: &str) -> bool {
    site_address(value).is_ok_and(|url| {
        url.scheme() == "http"
            && matches!(url.host(), Some(url::Host::Domain(host)) if !is_example_host(host))
    })
}

/// True for a host that cannot be the published site: the reserved example
/// domains and top-level domains (RFC 2606, RFC 6761: `example.com`,
/// `.org`, `.net`, `*.example`, `*.test`, `*.invalid`, `localhost`), `.local`
/// (multicast DNS, RFC 6762) and loopback addresses. QR codes and feeds
/// carrying such an address lead nowhere.
pub fn is_example_host(host: &str) -> bool {
    let host = host.trim_end_matches('.').to_ascii_lowercase();
    let ends = |suffix: &str| host == suffix || host.ends_with(&format!(".{suffix}"));
    [
        "example.com",
        "example.org",
        "example.net",
        "example",
        "test",
        "invalid",
        "localhost",
        "local",
    ]
    .iter()
    .any(|s| ends(s))
        || host.starts_with("127.")
        || host == "[::1]"
        || host == "0.0.0.0"
}

fn read_language_tables(r: &mut FieldReader<'_, '_>, config: &mut SiteConfig) {
    let Some(mut languages) = r.table("translations") else {
        return;
    };
    for lang in config.languages.clone().iter().skip(1) {
        let Some(mut t) = languages.table(lang) else {
            continue;
        };
        let fields: [(&str, &mut Translations); 4] = [
            ("title", &mut config.title),
            ("description", &mut config.description),
            ("district", &mut config.district),
            ("province", &mut config.province),
        ];
        for (key, target) in fields {
            if let Some(v) = t.get::<String>(key) {
                target.by_lang.insert(lang.clone(), v);
            }
        }
        if let Some(mut c) = t.table("contact") {
            for (key, target) in [
                ("office", &mut config.contact.office),
                ("address", &mut config.contact.address),
            ] {
                if let Some(v) = c.get::<String>(key) {
                    target.by_lang.insert(lang.clone(), v);
                }
            }
            c.finish(Some((
                &["email", "phone"],
                Message::new("hint-neutral-contact"),
            )));
        }
        t.finish(Some((
            &[
                "base_url",
                "default_language",
                "languages",
                "feeds",
                "per_page",
                "kiosk",
                "print",
            ],
            Message::new("hint-neutral-setting"),
        )));
    }
    languages.finish(None);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::messages::Lang;
    use std::path::PathBuf;
    use std::sync::Arc;

    fn site(text: &str) -> (Option<SiteConfig>, Vec<Diagnostic>) {
        let file = SiteFile {
            path: PathBuf::from("content/site.toml"),
            text: Arc::from(text),
        };
        let mut diags = Vec::new();
        (read_site(&file, None, &mut diags), diags)
    }

    #[test]
    fn translations_fall_back_to_the_default_language() {
        let (config, diags) = site(
            "title = \"Sản phẩm OCOP\"\nbase_url = \"https://ocop.ninhson.gov.vn/ocop/\"\nlanguages = [\"vi\", \"en\"]\n\
             district = \"Huyện Ninh Sơn\"\n[translations.en]\ntitle = \"OCOP products\"\n",
        );
        assert!(diags.is_empty(), "{diags:?}");
        let config = config.unwrap();
        assert_eq!(config.title.get("en"), "OCOP products");
        assert_eq!(config.title.get("vi"), "Sản phẩm OCOP");
        assert_eq!(config.district.get("en"), "Huyện Ninh Sơn");
        assert_eq!(config.base_url, "https://ocop.ninhson.gov.vn/ocop");
        assert_eq!(config.path_prefix(), "/ocop");
        assert_eq!(config.languages, ["vi", "en"]);
        assert!(config.feeds.enabled);
        assert!(!config.feeds.include_sample);
        assert!(!config.feeds.exclude_lapsed);
    }

    #[test]
    fn an_example_base_url_is_a_warning() {
        let (config, diags) =
            site("title = \"X\"\nbase_url = \"https://ocop-ninhson.example.com\"\n");
        assert!(config.is_some());
        let codes: Vec<Code> = diags.iter().map(|d| d.code).collect();
        assert_eq!(codes, [Code::ExampleBaseUrl]);
        for host in [
            "example.com",
            "shop.example.org",
            "example.net",
            "ocop.example",
            "localhost",
            "127.0.0.1",
            "ocop.local",
            "site.test",
            "x.invalid",
            "[::1]",
        ] {
            assert!(is_example_host(host), "{host}");
        }
        for host in [
            "ocop.ninhson.gov.vn",
            "example.vn",
            "myexample.com",
            "localhost.vn",
        ] {
            assert!(!is_example_host(host), "{host}");
        }
    }

    #[test]
    fn feed_switches() {
        let (config, diags) = site(
            "title = \"X\"\nbase_url = \"https://ocop.ninhson.gov.vn\"\n[feeds]\nenabled = false\n\
             include_sample = true\nexclude_lapsed = true\n",
        );
        assert!(diags.is_empty(), "{diags:?}");
        let feeds = config.unwrap().feeds;
        assert!(!feeds.enabled && feeds.include_sample && feeds.exclude_lapsed);
    }

    #[test]
    fn kiosk_settings_have_defaults_and_are_checked() {
        let (config, diags) = site("title = \"X\"\nbase_url = \"https://ocop.ninhson.gov.vn\"\n");
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(config.unwrap().kiosk, KioskSettings::default());
        let (config, diags) = site(
            "title = \"X\"\nbase_url = \"https://ocop.ninhson.gov.vn\"\n[kiosk]\nidle_seconds = 30\nqr_target = \"marketplace\"\n",
        );
        assert!(diags.is_empty(), "{diags:?}");
        let kiosk = config.unwrap().kiosk;
        assert_eq!(kiosk.idle_seconds, 30);
        assert_eq!(kiosk.qr_target, QrTarget::Marketplace);
        let (_, diags) = site(
            "title = \"X\"\nbase_url = \"https://ocop.ninhson.gov.vn\"\n[kiosk]\nidle_seconds = 2\nqr_target = \"shop\"\n",
        );
        let codes: Vec<Code> = diags.iter().map(|d| d.code).collect();
        assert_eq!(codes, [Code::BadKioskSetting, Code::BadKioskSetting]);
    }

    #[test]
    fn print_settings_have_defaults_and_are_checked() {
        let (config, diags) = site("title = \"X\"\nbase_url = \"https://ocop.ninhson.gov.vn\"\n");
        assert!(diags.is_empty(), "{diags:?}");
        let print = config.unwrap().print;
        assert!(print.enabled);
        assert_eq!(print.max_products, 1000);
        let (config, diags) = site(
            "title = \"X\"\nbase_url = \"https://ocop.ninhson.gov.vn\"\n[print]\nenabled = false\nmax_products = 40\n",
        );
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(
            config.unwrap().print,
            PrintSettings {
                enabled: false,
                max_products: 40,
                year: None
            }
        );
        let (config, diags) = site(
            "title = \"X\"\nbase_url = \"https://ocop.ninhson.gov.vn\"\n[print]\nyear = 2025\n",
        );
        assert!(diags.is_empty(), "{diags:?}");
        assert_eq!(config.unwrap().print.year, Some(2025));
        for bad in ["25", "20250"] {
            let (_, diags) = site(&format!(
                "title = \"X\"\nbase_url = \"https://ocop.ninhson.gov.vn\"\n[print]\nyear = {bad}\n"
            ));
            let found: Vec<(Code, String)> = diags
                .iter()
                .map(|d| (d.code, d.message(Lang::Vi)))
                .collect();
            assert_eq!(
                found,
                [(
                    Code::BadPrintYear,
                    format!("year = {bad} không phải một năm viết đủ bốn chữ số")
                )]
            );
        }
        for bad in ["0", "-3"] {
            let (_, diags) = site(&format!(
                "title = \"X\"\nbase_url = \"https://ocop.ninhson.gov.vn\"\n[print]\nmax_products = {bad}\n"
            ));
            let found: Vec<(Code, String, Option<String>)> = diags
                .iter()
                .map(|d| (d.code, d.message(Lang::En), d.help_text(Lang::Vi)))
                .collect();
            assert_eq!(
                found,
                [(
                    Code::BadPrintSetting,
                    format!("max_products = {bad} is not a number of products"),
                    Some("ghi số sản phẩm tối đa để còn làm cuốn danh mục PDF, từ 1 trở lên (mặc định 1000); muốn bỏ hẳn các bản in thì ghi enabled = false trong mục [print]".to_owned())
                )]
            );
        }
        // A misspelt key is named.
        let (_, diags) = site(
            "title = \"X\"\nbase_url = \"https://ocop.ninhson.gov.vn\"\n[print]\nmax_product = 5\n",
        );
        assert_eq!(diags[0].code, Code::UnknownKey);
    }

    /// The `bad-base-url` variant (or `insecure-base-url`, or nothing) of a
    /// `base_url`, and the address kept.
    fn judged(base_url: &str) -> (Vec<String>, Option<String>) {
        let (config, diags) = site(&format!("title = \"X\"\nbase_url = {base_url:?}\n"));
        let codes = diags
            .iter()
            .map(|d| format!("{}:{}", d.code, d.message(Lang::En)))
            .collect();
        (codes, config.map(|c| c.base_url))
    }

    #[test]
    fn base_url_mistakes_of_copy_and_paste_are_refused() {
        let refused = |url: &str, message: &str| {
            let (found, config) = judged(url);
            assert_eq!(found, vec![format!("bad-base-url:{message}")], "{url}");
            assert_eq!(config, None, "{url}");
        };
        refused(
            "https://ocop.ninhson.gov.vn/san pham",
            "base_url \"https://ocop.ninhson.gov.vn/san pham\" has a space in it",
        );
        refused(
            " https://ocop.ninhson.gov.vn",
            "base_url \" https://ocop.ninhson.gov.vn\" has a space in it",
        );
        refused(
            "https://ocop.ninhson.gov.vn/?utm_source=zalo",
            "base_url \"https://ocop.ninhson.gov.vn/?utm_source=zalo\" ends with a query (?…), which would be glued to every address of the site",
        );
        refused(
            "https://ocop.ninhson.gov.vn/#san-pham",
            "base_url \"https://ocop.ninhson.gov.vn/#san-pham\" ends with a fragment (#…), which would be glued to every address of the site",
        );
        // The password is not repeated in the message.
        refused(
            "https://admin:matkhau@ocop.ninhson.gov.vn",
            "base_url has a user name or password in it: it would be published on every page",
        );
        refused(
            "ftp://ocop.ninhson.gov.vn",
            "base_url \"ftp://ocop.ninhson.gov.vn\" is not an absolute http(s) address",
        );
    }

    #[test]
    fn an_http_base_url_is_a_warning_and_an_international_name_is_punycode() {
        let (found, kept) = judged("http://ocop.ninhson.gov.vn/");
        assert_eq!(
            found,
            vec![
                "insecure-base-url:base_url \"http://ocop.ninhson.gov.vn/\" is not https://: browsers mark the site \"Not secure\" and merchant feeds may refuse its links"
                    .to_owned()
            ]
        );
        assert_eq!(kept.as_deref(), Some("http://ocop.ninhson.gov.vn"));
        // "sơn" in punycode (RFC 3492), worked out by hand: the basic
        // letters "sn", then ơ (U+01A1) encoded as "2ya".
        let (found, kept) = judged("https://sơn.vn/Sản-phẩm/");
        assert_eq!(found, Vec::<String>::new());
        assert_eq!(
            kept.as_deref(),
            Some("https://xn--sn-2ya.vn/S%E1%BA%A3n-ph%E1%BA%A9m")
        );
    }

    #[test]
    fn an_http_base_url_option_is_a_warning_unless_it_is_a_local_address() {
        let file = SiteFile {
            path: PathBuf::from("content/site.toml"),
            text: Arc::from("title = \"X\"\nbase_url = \"https://ocop.ninhson.gov.vn\"\n"),
        };
        let judged = |option: &str| {
            let mut diags = Vec::new();
            let config = read_site(&file, Some(option), &mut diags);
            let found: Vec<String> = diags
                .iter()
                .map(|d| format!("{}:{}", d.code, d.message(Lang::En)))
                .collect();
            (found, config.map(|c| c.base_url))
        };
        let (found, kept) = judged("http://staging.ninhson.gov.vn/ocop/");
        assert_eq!(
            found,
            [
                "insecure-base-url:--base-url \"http://staging.ninhson.gov.vn/ocop/\" is not https://: browsers mark the site \"Not secure\" and merchant feeds may refuse its links"
            ]
        );
        assert_eq!(kept.as_deref(), Some("http://staging.ninhson.gov.vn/ocop"));
        // `serve`'s address, a machine of the office's network, https.
        for quiet in [
            "http://127.0.0.1:1111",
            "http://192.168.1.20:8080",
            "http://localhost:1111",
            "https://ocop.ninhson.gov.vn",
        ] {
            assert_eq!(judged(quiet).0, Vec::<String>::new(), "{quiet}");
        }
    }

    #[test]
    fn base_url_is_required_and_absolute() {
        let (config, diags) = site("title = \"X\"\nbase_url = \"ocop.example.com\"\n");
        assert!(config.is_none());
        assert_eq!(diags[0].code, Code::BadBaseUrl);
        let (_, diags) = site("title = \"X\"\n");
        assert_eq!(diags[0].code, Code::MissingField);
    }
}
