//! Interface strings of the theme: `themes/<theme>/i18n/<lang>.toml`, flat
//! `key = "text"` tables, looked up in templates with Zola's
//! `trans(key="…", lang=lang)` (a missing key fails the template) and by the
//! code with [`I18n::text`] (the keys of [`code_keys`], each checked when
//! the strings are loaded: a missing one is a warning, never a silent key).

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::content::{Section, read_text};
use crate::diagnostics::{Code, Diagnostic, Diagnostics};
use crate::model::{Availability, BuyKind, Group, LegalForm, UnitKind};

/// Interface strings the code looks up by a fixed name.
const FIXED_KEYS: &[&str] = &[
    "lang_name",
    "nav.home",
    "notfound.title",
    "search.title",
    "pager.page",
    "stars.title",
    "atom.title",
    "feeds.stars",
    "feeds.not_rated",
];

/// The interface strings the kiosk's script shows (the kiosk copies them
/// into its data).
pub(crate) const KIOSK_STRINGS: &[&str] = &[
    "lang_name",
    "nav.home",
    "home.groups",
    "home.communes",
    "home.stars",
    "home.tourism",
    "home.featured",
    "buy.title",
    "buy.none",
    "tourism.products",
    "product.tourism",
    "count.products",
    "count.products_one",
    "price.on_request",
    "field.producer",
    "field.commune",
    "field.phone",
    "field.address",
    "field.opening_hours",
    "badge.sample",
    "badge.sample_note",
    "untranslated",
    "stars.ocop",
    "stars.title",
    "stars.label",
    "search.none",
    "search.count",
    "search.count_one",
    "section.tourism",
    "kiosk.back",
    "kiosk.search",
    "kiosk.search_hint",
    "kiosk.clear",
    "kiosk.space",
    "kiosk.delete",
    "kiosk.scan_page",
    "kiosk.scan_tourism",
    "kiosk.scan_shop",
    "kiosk.scan_website",
    "kiosk.scan_map",
    "kiosk.touch",
    "kiosk.more_results",
];

/// The interface strings the print pack's layouts show (the print pack
/// hands them to its Typst templates with the data, issue #18). The
/// `print.*` keys are its own; the others are the website's, so that both
/// say the same thing.
pub(crate) const PRINT_STRINGS: &[&str] = &[
    "print.catalogue",
    "print.price_list",
    "print.shelf_cards",
    "print.updated",
    "print.contents",
    "print.index",
    "print.page",
    "print.price_on_request",
    "print.fair_price",
    "print.regular_price",
    "print.col_no",
    "print.col_price",
    "print.scan_catalogue",
    "print.scan_short",
    "print.ocop",
    "print.scan_product",
    "print.price_call",
    "print.price_ask",
    "price.on_request",
    "section.products",
    "home.tourism",
    "badge.sample",
    "badge.sample_note",
    "field.producer",
    "field.commune",
    "field.certificate",
    "field.phone",
    "field.email",
    "field.opening_hours",
    "tourism.products",
    "footer.contact",
    "stars.ocop",
    "certificate.valid_until",
    "certificate.lapsed",
    "count.products",
    "count.products_one",
    "qr.scan_shop",
];

/// Every interface string the code (not a template) looks up: the fixed
/// names, the kiosk's, the print pack's, and the label of every value of the vocabularies
/// (`group.food`, `subgroup.tea`, `availability.in_stock`, `buy_kind.shopee`,
/// `producer_kind.farm`, `commune_kind.ward`, `section.products`).
pub(crate) fn code_keys() -> Vec<String> {
    let mut keys: Vec<String> = FIXED_KEYS
        .iter()
        .chain(KIOSK_STRINGS)
        .chain(PRINT_STRINGS)
        .map(|k| (*k).to_owned())
        .collect();
    keys.extend(
        Section::ALL
            .iter()
            .map(|s| format!("section.{}", s.dir_name())),
    );
    keys.extend(Group::ALL.iter().map(|g| g.label_key()));
    keys.extend(
        Group::ALL
            .iter()
            .flat_map(|g| g.subgroups())
            .map(|s| format!("subgroup.{s}")),
    );
    keys.extend(Availability::ALL.iter().map(|v| v.label_key()));
    keys.extend(BuyKind::ALL.iter().map(|v| v.label_key()));
    keys.extend(LegalForm::ALL.iter().map(|v| v.label_key()));
    keys.extend(UnitKind::ALL.iter().map(|v| v.label_key()));
    keys.sort();
    keys.dedup();
    keys
}

/// Interface strings for every language of the site.
#[derive(Debug, Default)]
pub struct I18n {
    strings: HashMap<String, BTreeMap<String, String>>,
    default_lang: String,
}

impl I18n {
    /// Loads `<theme>/i18n/<lang>.toml` for each of `languages` (the first
    /// is the default). A key missing in a translation falls back to the
    /// default language and is reported as a warning; a missing or broken
    /// default-language file is an error.
    pub fn load(root: &Path, theme: &Path, languages: &[String], diags: &mut Diagnostics) -> Self {
        let mut strings = HashMap::new();
        for lang in languages {
            let rel = theme.join("i18n").join(format!("{lang}.toml"));
            let table = read_strings(&root.join(&rel), &rel, diags).unwrap_or_default();
            strings.insert(lang.clone(), table);
        }
        let default_lang = languages.first().cloned().unwrap_or_default();
        let default = strings.get(&default_lang).cloned().unwrap_or_default();
        for lang in languages.iter().skip(1) {
            let table = strings.entry(lang.clone()).or_default();
            let missing: Vec<&String> =
                default.keys().filter(|k| !table.contains_key(*k)).collect();
            if !missing.is_empty() {
                let shown: Vec<&str> = missing.iter().take(8).map(|k| k.as_str()).collect();
                let more = if missing.len() > shown.len() {
                    ", …"
                } else {
                    ""
                };
                diags.push(
                    Diagnostic::warning(Code::MissingTranslation)
                        .variant("strings")
                        .count("count", missing.len())
                        .arg("lang", lang)
                        .arg("keys", format!("{}{more}", shown.join(", ")))
                        .arg("default", default_lang.as_str())
                        .in_file(theme.join("i18n").join(format!("{lang}.toml"))),
                );
            }
            for key in missing {
                table.insert(key.clone(), default[key].clone());
            }
        }
        // A key the code needs that the default language lacks is missing
        // in every language: each file says so.
        for key in code_keys().iter().filter(|k| !default.contains_key(*k)) {
            for lang in languages {
                if strings.get(lang).is_some_and(|t| t.contains_key(key)) {
                    continue;
                }
                diags.push(
                    Diagnostic::warning(Code::MissingInterfaceString)
                        .arg("key", key.as_str())
                        .arg("lang", lang)
                        .in_file(theme.join("i18n").join(format!("{lang}.toml"))),
                );
            }
        }
        Self {
            strings,
            default_lang,
        }
    }

    /// The string `key` in `lang`; `None` when the key does not exist.
    pub fn get(&self, lang: &str, key: &str) -> Option<&str> {
        self.strings
            .get(lang)
            .or_else(|| self.strings.get(&self.default_lang))
            .and_then(|t| t.get(key))
            .map(String::as_str)
    }

    /// The string `key` (one of `code_keys`) in `lang`, or the key itself
    /// when the theme lacks it ([`I18n::load`] reported that).
    pub fn text<'a>(&'a self, lang: &str, key: &'a str) -> &'a str {
        #[cfg(test)]
        tests::looked_up(key);
        self.get(lang, key).unwrap_or(key)
    }

    /// The default language (the first of the site's).
    pub fn default_language(&self) -> &str {
        &self.default_lang
    }
}

fn read_strings(
    path: &Path,
    shown: &PathBuf,
    diags: &mut Diagnostics,
) -> Option<BTreeMap<String, String>> {
    let text: Arc<str> = match read_text(path, shown) {
        Ok(text) => text,
        Err(d) => {
            diags.push(d.variant("i18n"));
            return None;
        }
    };
    diags.add_source(shown, text.clone());
    match toml::from_str::<BTreeMap<String, String>>(&text) {
        Ok(table) => Some(table),
        Err(e) => {
            let d = Diagnostic::error(Code::TomlSyntax)
                .variant("i18n")
                .arg("detail", e.message());
            diags.push(match e.span() {
                Some(span) => d.at(shown, span),
                None => d.in_file(shown),
            });
            None
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use std::collections::BTreeSet;
    use std::sync::Mutex;

    use super::*;

    /// Every key the code looked up with [`I18n::text`] in this test run.
    static LOOKED_UP: Mutex<BTreeSet<String>> = Mutex::new(BTreeSet::new());

    pub(crate) fn looked_up(key: &str) {
        LOOKED_UP
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(key.to_owned());
    }

    /// The keys looked up by the code so far that [`code_keys`] does not
    /// declare (and that `load` therefore does not check).
    pub(crate) fn undeclared() -> Vec<String> {
        let declared: BTreeSet<String> = code_keys().into_iter().collect();
        LOOKED_UP
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .iter()
            .filter(|k| !declared.contains(*k))
            .cloned()
            .collect()
    }

    fn theme_with(vi: &str, en: &str) -> (tempfile::TempDir, Diagnostics, I18n) {
        let dir = tempfile::tempdir().unwrap();
        let i18n = dir.path().join("t/i18n");
        std::fs::create_dir_all(&i18n).unwrap();
        std::fs::write(i18n.join("vi.toml"), vi).unwrap();
        std::fs::write(i18n.join("en.toml"), en).unwrap();
        let mut diags = Diagnostics::new();
        let strings = I18n::load(
            dir.path(),
            Path::new("t"),
            &["vi".to_owned(), "en".to_owned()],
            &mut diags,
        );
        (dir, diags, strings)
    }

    /// Every key the code needs, `key = "key text"`.
    fn complete() -> String {
        code_keys()
            .iter()
            .map(|k| format!("\"{k}\" = \"{k} text\"\n"))
            .collect()
    }

    #[test]
    fn a_missing_interface_string_is_a_warning_naming_key_and_language() {
        let (_dir, diags, _) = theme_with(&complete(), &complete());
        assert!(diags.items().is_empty(), "{:?}", diags.items());
        let vi = complete().replace("\"pager.page\" = \"pager.page text\"\n", "");
        let en = vi.replace("\"group.food\" = \"group.food text\"\n", "");
        let (_dir, diags, strings) = theme_with(&vi, &en);
        let found: Vec<(Code, String, String)> = diags
            .items()
            .iter()
            .map(|d| {
                (
                    d.code,
                    crate::diagnostics::display_path(d.file.as_deref().unwrap()),
                    d.message(crate::messages::Lang::En),
                )
            })
            .collect();
        assert_eq!(
            found,
            [
                (
                    Code::MissingTranslation,
                    "t/i18n/en.toml".to_owned(),
                    "1 interface string(s) have no `en` translation: group.food".to_owned()
                ),
                (
                    Code::MissingInterfaceString,
                    "t/i18n/vi.toml".to_owned(),
                    "the interface string `pager.page` is missing in vi.toml: ocop shows `pager.page` in its place".to_owned()
                ),
                (
                    Code::MissingInterfaceString,
                    "t/i18n/en.toml".to_owned(),
                    "the interface string `pager.page` is missing in en.toml: ocop shows `pager.page` in its place".to_owned()
                ),
            ]
        );
        // What the pages then show.
        assert_eq!(strings.text("en", "group.food"), "group.food text");
        assert_eq!(strings.text("en", "pager.page"), "pager.page");
    }

    #[test]
    fn the_shipped_theme_has_every_key_the_code_needs() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut diags = Diagnostics::new();
        I18n::load(
            root,
            Path::new("themes/default"),
            &["vi".to_owned(), "en".to_owned()],
            &mut diags,
        );
        assert!(diags.items().is_empty(), "{:?}", diags.items());
    }
}
