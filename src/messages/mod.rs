//! The tool's own words, in Vietnamese and English: every diagnostic (message
//! and help), summary line, `--help` text, template and `serve` line comes
//! from the Project Fluent catalogues `vi.ftl` and `en.ftl`, embedded in the
//! binary (so `ocop` speaks both outside a catalogue too).
//!
//! A [`Message`] is an id and its variables; it is put into words only when
//! shown, in the [`Lang`] the user chose ([`Lang::choose`]). A diagnostic's
//! message id is its code's name (`unknown-key`), or the name and a variant
//! (`unknown-key-allowed`), and its help the `.help` attribute of the same
//! message, so codes and messages stay paired. The two files have the same
//! ids, attributes and variables (a test compares them).
//!
//! Numbers given with [`Message::count`] are written with the language's
//! grouping ("19.961" in Vietnamese, "19,961" in English); Fluent's Unicode
//! isolation marks are turned off, as they show as garbage in terminals and
//! JSON.

use std::borrow::Cow;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::{FluentNumber, FluentNumberOptions};
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// The Vietnamese catalogue.
pub const VI_FTL: &str = include_str!("vi.ftl");
/// The English catalogue.
pub const EN_FTL: &str = include_str!("en.ftl");

/// A language the tool speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// Vietnamese, the default.
    #[default]
    Vi,
    /// English.
    En,
}

impl Lang {
    /// Every language the tool speaks.
    pub const ALL: [Lang; 2] = [Lang::Vi, Lang::En];

    /// The language code, `vi` or `en`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    /// Reads a language code or a POSIX locale (`vi`, `en`, `vi_VN.UTF-8`,
    /// `en-GB`, any case); `None` for any other language and for `C` and
    /// `POSIX`, which express no preference.
    pub fn parse(value: &str) -> Option<Lang> {
        let value = value.trim().to_ascii_lowercase();
        let language = value.split(['_', '-', '.', '@']).next().unwrap_or_default();
        match language {
            "vi" => Some(Lang::Vi),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language of the tool's messages, from the first that gives one:
    /// the `--lang` flag, `OCOP_LANG`, the catalogue's `default_language`
    /// (inside a catalogue), the locale (`LC_ALL`, else `LC_MESSAGES`, else
    /// `LANG`, the POSIX order: the first one set decides, and `C`/`POSIX`
    /// or another language gives no preference), else Vietnamese.
    pub fn choose(
        flag: Option<Lang>,
        ocop_lang: Option<&str>,
        catalogue: Option<&str>,
        locale: [Option<&str>; 3],
    ) -> Lang {
        let locale = locale
            .into_iter()
            .flatten()
            .find(|v| !v.is_empty())
            .and_then(Lang::parse);
        flag.or_else(|| ocop_lang.and_then(Lang::parse))
            .or_else(|| catalogue.and_then(Lang::parse))
            .or(locale)
            .unwrap_or_default()
    }

    /// [`Lang::choose`] with the environment of this process (`OCOP_LANG`,
    /// `LC_ALL`, `LC_MESSAGES`, `LANG`).
    pub fn from_env(flag: Option<Lang>, catalogue: Option<&str>) -> Lang {
        let var = |name: &str| std::env::var(name).ok();
        let (ocop, all, messages, lang) = (
            var("OCOP_LANG"),
            var("LC_ALL"),
            var("LC_MESSAGES"),
            var("LANG"),
        );
        Lang::choose(
            flag,
            ocop.as_deref(),
            catalogue,
            [all.as_deref(), messages.as_deref(), lang.as_deref()],
        )
    }
}

/// The value of a message variable.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Arg {
    /// Text, shown as it is.
    Text(String),
    /// A number shown without grouping (a year, a size in pixels, a line).
    Int(i64),
    /// A count, shown with the language's grouping: 19.961 / 19,961.
    Count(u64),
    /// Another message, put into words in the same language.
    Message(Box<Message>),
}

impl From<&str> for Arg {
    fn from(v: &str) -> Self {
        Arg::Text(v.to_owned())
    }
}
impl From<String> for Arg {
    fn from(v: String) -> Self {
        Arg::Text(v)
    }
}
impl From<&String> for Arg {
    fn from(v: &String) -> Self {
        Arg::Text(v.clone())
    }
}
impl From<Cow<'_, str>> for Arg {
    fn from(v: Cow<'_, str>) -> Self {
        Arg::Text(v.into_owned())
    }
}
impl From<Message> for Arg {
    fn from(v: Message) -> Self {
        Arg::Message(Box::new(v))
    }
}
macro_rules! int_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(v: $t) -> Self {
                Arg::Int(i64::try_from(v).unwrap_or(i64::MAX))
            }
        }
    )*};
}
int_args!(i64, i32, u8, u16, u32, u64, usize);

/// A message of the catalogue: its id (`id` or `id.attribute`) and its
/// variables, put into words by [`Message::render`].
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Message {
    id: Cow<'static, str>,
    args: Vec<(&'static str, Arg)>,
}

impl Message {
    /// The message `id` (`name` or `name.attribute`), without variables.
    pub fn new(id: impl Into<Cow<'static, str>>) -> Self {
        Self {
            id: id.into(),
            args: Vec::new(),
        }
    }

    /// Adds the variable `$name`.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// Adds the variable `$name`, a count shown with the language's grouping
    /// (and usable for plural forms).
    pub fn count(mut self, name: &'static str, value: impl TryInto<u64>) -> Self {
        self.args
            .push((name, Arg::Count(value.try_into().unwrap_or(u64::MAX))));
        self
    }

    /// The id, `name` or `name.attribute`.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The same variables under another id (a message's `.help` attribute).
    pub fn with_id(&self, id: impl Into<Cow<'static, str>>) -> Self {
        Self {
            id: id.into(),
            args: self.args.clone(),
        }
    }

    /// True when the catalogue has this message (or attribute).
    pub fn exists(&self) -> bool {
        self.exists_in(Lang::Vi)
    }

    /// True when the catalogue of `lang` has this message (or attribute).
    pub fn exists_in(&self, lang: Lang) -> bool {
        pattern(&BUNDLES[lang as usize], &self.id).is_some()
    }

    /// The message in `lang`. A missing id or variable is a bug: it fails
    /// debug builds (and tests) and shows the id in release builds.
    pub fn render(&self, lang: Lang) -> String {
        let bundle = &BUNDLES[lang as usize];
        let Some(pattern) = pattern(bundle, &self.id) else {
            debug_assert!(false, "no message `{}` in {}.ftl", self.id, lang.code());
            return self.id.to_string();
        };
        let mut args = FluentArgs::new();
        for (name, value) in &self.args {
            let value = match value {
                Arg::Text(t) => FluentValue::from(t.as_str()),
                Arg::Int(n) => FluentValue::Number(FluentNumber::new(
                    *n as f64,
                    FluentNumberOptions {
                        use_grouping: false,
                        ..Default::default()
                    },
                )),
                Arg::Count(n) => FluentValue::Number(FluentNumber::new(
                    *n as f64,
                    FluentNumberOptions::default(),
                )),
                Arg::Message(m) => FluentValue::from(m.render(lang)),
            };
            args.set(*name, value);
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
        debug_assert!(
            errors.is_empty(),
            "message `{}` in {}.ftl: {errors:?}",
            self.id,
            lang.code()
        );
        text.into_owned()
    }
}

/// The pattern of `id` (`name` or `name.attribute`) in `bundle`.
fn pattern<'b>(
    bundle: &'b FluentBundle<FluentResource>,
    id: &str,
) -> Option<&'b fluent_syntax::ast::Pattern<&'b str>> {
    let (name, attribute) = match id.split_once('.') {
        Some((name, attribute)) => (name, Some(attribute)),
        None => (id, None),
    };
    let message = bundle.get_message(name)?;
    match attribute {
        Some(a) => Some(message.get_attribute(a)?.value()),
        None => message.value(),
    }
}

/// The two bundles, in the order of [`Lang`].
static BUNDLES: LazyLock<[FluentBundle<FluentResource>; 2]> =
    LazyLock::new(|| Lang::ALL.map(bundle));

fn bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let (source, formatter): (&str, fn(&FluentValue, &_) -> Option<String>) = match lang {
        Lang::Vi => (VI_FTL, |v, _| grouped(v, Lang::Vi)),
        Lang::En => (EN_FTL, |v, _| grouped(v, Lang::En)),
    };
    let id: LanguageIdentifier = lang.code().parse().expect("a valid language code");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(formatter));
    let resource = FluentResource::try_new(source.to_owned())
        .unwrap_or_else(|(_, e)| panic!("{}.ftl does not parse: {e:?}", lang.code()));
    bundle
        .add_resource(resource)
        .unwrap_or_else(|e| panic!("{}.ftl: {e:?}", lang.code()));
    bundle
}

/// Counts with the grouping of `lang`; other numbers as Fluent writes them.
fn grouped(value: &FluentValue, lang: Lang) -> Option<String> {
    match value {
        FluentValue::Number(n) if n.options.use_grouping && n.value >= 0.0 => {
            Some(crate::text::format_number(n.value as u64, lang.code()))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests;
