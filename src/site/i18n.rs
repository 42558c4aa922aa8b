//! Interface strings of the theme: `themes/<theme>/i18n/<lang>.toml`, flat
//! `key = "text"` tables, looked up in templates with Zola's
//! `trans(key="…", lang=lang)`.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::content::read_text;
use crate::diagnostics::{Code, Diagnostic, Diagnostics};

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
                diags.push(
                    Diagnostic::warning(
                        Code::MissingTranslation,
                        format!(
                            "{} interface string(s) have no `{lang}` translation: {}{}",
                            missing.len(),
                            shown.join(", "),
                            if missing.len() > shown.len() {
                                ", …"
                            } else {
                                ""
                            }
                        ),
                    )
                    .in_file(theme.join("i18n").join(format!("{lang}.toml")))
                    .help(format!(
                        "add the keys to {lang}.toml; until then the {default_lang} text is shown"
                    )),
                );
            }
            for key in missing {
                table.insert(key.clone(), default[key].clone());
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

    /// The string `key` in `lang`, or the key itself when missing (a theme
    /// bug that `check` reports through the template).
    pub fn text<'a>(&'a self, lang: &str, key: &'a str) -> &'a str {
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
            diags.push(d.help("every language of the site needs an i18n file in the theme"));
            return None;
        }
    };
    diags.add_source(shown, text.clone());
    match toml::from_str::<BTreeMap<String, String>>(&text) {
        Ok(table) => Some(table),
        Err(e) => {
            let d = Diagnostic::error(
                Code::TomlSyntax,
                format!("invalid i18n file: {}", e.message()),
            )
            .help("each line is key = \"text\"");
            diags.push(match e.span() {
                Some(span) => d.at(shown, span),
                None => d.in_file(shown),
            });
            None
        }
    }
}
