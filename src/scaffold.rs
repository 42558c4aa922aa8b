//! `ocop new`: creates a record bundle with the right slug and both
//! language files, ready to fill in.

use std::fs;
use std::path::{Path, PathBuf};

use thiserror::Error;

use crate::admin_units::fold_name;
use crate::content::{Document, Section};
use crate::diagnostics::{Diagnostics, closest};
use crate::messages::{Lang, Message};
use crate::text::{nfc, slugify};

/// Why a record could not be created ([`NewError::message`] says it in the
/// user's language; `Display` in English).
#[derive(Debug, Error)]
#[error("{}", self.message().render(crate::messages::Lang::En))]
pub enum NewError {
    /// The name has no letter or digit to make a slug from.
    EmptySlug(String),
    /// The slug is taken and no commune was given to tell the records apart.
    Taken {
        /// Section folder name.
        section: &'static str,
        /// The slug that is taken.
        slug: String,
    },
    /// `--commune` names no folder of content/communes/.
    UnknownCommune {
        /// The commune as given, made a slug.
        given: String,
        /// The existing commune folder closest to it, if any is close.
        best: Option<String>,
    },
    /// The folder is not a catalogue: it has no `content/site.toml`.
    NotCatalogue(PathBuf),
    /// Writing failed.
    Io {
        /// The path.
        path: PathBuf,
        /// The error.
        source: std::io::Error,
    },
}

impl NewError {
    /// The error as a message of the catalogue.
    pub fn message(&self) -> Message {
        match self {
            NewError::EmptySlug(name) => Message::new("new-empty-slug").arg("name", name),
            NewError::Taken { section, slug } => Message::new("new-taken")
                .arg("section", *section)
                .arg("slug", slug),
            NewError::UnknownCommune { given, best } => match best {
                Some(best) => Message::new("new-unknown-commune-suggest")
                    .arg("given", given)
                    .arg("best", best),
                None => Message::new("new-unknown-commune").arg("given", given),
            },
            NewError::NotCatalogue(root) => {
                Message::new("new-not-catalogue").arg("root", root.display().to_string())
            }
            NewError::Io { path, source } => Message::new("new-io")
                .arg("path", path.display().to_string())
                .arg("error", source.to_string()),
        }
    }
}

/// The slug a record named `name` gets in `section`: the name's slug, but a
/// commune's without its kind word ("Xã Anh Dũng" → `anh-dung`, "Phường Đô
/// Vinh" → `do-vinh`), as communes are named and referred to (`commune =
/// "anh-dung"`); the kind is the record's `kind`.
fn base_slug(section: Section, name: &str) -> String {
    match section {
        // fold_name's key is a slug without a leading kind word.
        Section::Communes => fold_name(name),
        _ => slugify(name),
    }
}

/// Picks the slug for a new record named `name` in `section` under
/// `content_dir`: the name's slug; on a clash the commune is added
/// (`dua-luoi-my-son`), then a number (`dua-luoi-my-son-2`).
pub fn choose_slug(
    content_dir: &Path,
    section: Section,
    name: &str,
    commune: Option<&str>,
) -> Result<String, NewError> {
    let base = base_slug(section, name);
    if base.is_empty() {
        return Err(NewError::EmptySlug(name.to_owned()));
    }
    let taken = |slug: &str| content_dir.join(section.dir_name()).join(slug).exists();
    if !taken(&base) {
        return Ok(base);
    }
    let Some(commune) = commune.map(slugify).filter(|c| !c.is_empty()) else {
        return Err(NewError::Taken {
            section: section.dir_name(),
            slug: base,
        });
    };
    let with_commune = if base.ends_with(&format!("-{commune}")) {
        base.clone()
    } else {
        format!("{base}-{commune}")
    };
    (1..)
        .map(|n| {
            if n == 1 {
                with_commune.clone()
            } else {
                format!("{with_commune}-{n}")
            }
        })
        .find(|slug| !taken(slug))
        .ok_or(NewError::Taken {
            section: section.dir_name(),
            slug: base,
        })
}

/// A record made by `ocop new`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Created {
    /// The new folder.
    pub dir: PathBuf,
    /// Folders of the same section that already hold a record of the same
    /// name in the same commune (`content/products/dua-luoi/`): most likely
    /// the same record, made twice.
    pub look_alikes: Vec<String>,
}

/// [`new_record`] in the catalogue at `root`, which must have a
/// `content/site.toml`: run anywhere else (a typo in `--root`, the wrong
/// folder), `ocop new` would leave a stray `content/` folder behind.
pub fn new_in_catalogue(
    root: &Path,
    section: Section,
    name: &str,
    commune: Option<&str>,
) -> Result<Created, NewError> {
    if !root.join("content").join("site.toml").is_file() {
        return Err(NewError::NotCatalogue(root.to_path_buf()));
    }
    new_record(root, section, name, commune)
}

/// Creates `content/<section>/<slug>/index.md` and `index.en.md` for a
/// record named `name` (Vietnamese). Returns the new folder, and the
/// records it may repeat.
pub fn new_record(
    root: &Path,
    section: Section,
    name: &str,
    commune: Option<&str>,
) -> Result<Created, NewError> {
    let name = nfc(name.trim()).into_owned();
    let content_dir = root.join("content");
    let commune = commune
        .map(|c| known_commune(&content_dir, c))
        .transpose()?;
    let commune = commune.as_deref();
    let slug = choose_slug(&content_dir, section, &name, commune)?;
    let look_alikes = if slug == base_slug(section, &name) {
        Vec::new()
    } else {
        same_name_and_commune(
            section,
            &content_dir.join(section.dir_name()),
            &name,
            commune,
        )
    };
    let dir = content_dir.join(section.dir_name()).join(&slug);
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| NewError::Io { path, source }
    };
    fs::create_dir_all(&dir).map_err(io(&dir))?;
    let commune = commune.unwrap_or_default();
    let quoted = toml_string(&name);
    for lang in Lang::ALL {
        let path = dir.join(file_name(lang));
        let text = format!(
            "{}\n{}\n",
            front_matter(section, lang, &quoted, commune),
            body_text(section, lang)
        );
        fs::write(&path, text).map_err(io(&path))?;
    }
    Ok(Created { dir, look_alikes })
}

/// The folders of `section_dir` whose slug begins as `name`'s does and whose
/// `index.md` has that `name` and that `commune` (none when `commune` is
/// `None`), by folder name. A folder that cannot be read is passed over:
/// this is a reminder, and `ocop check` reads them all.
fn same_name_and_commune(
    section: Section,
    section_dir: &Path,
    name: &str,
    commune: Option<&str>,
) -> Vec<String> {
    let base = base_slug(section, name);
    let Ok(entries) = fs::read_dir(section_dir) else {
        return Vec::new();
    };
    let mut found: Vec<String> = entries
        .flatten()
        .filter_map(|e| e.file_name().into_string().ok())
        .filter(|folder| folder.starts_with(&base))
        .filter(|folder| {
            let index = section_dir.join(folder).join("index.md");
            let Ok(text) = fs::read_to_string(&index) else {
                return false;
            };
            let mut warnings = Diagnostics::default();
            let Ok(doc) = Document::parse(index, None, text.into(), &mut warnings) else {
                return false;
            };
            let Ok(fields) = toml::from_str::<toml::Table>(doc.front_matter_text()) else {
                return false;
            };
            let text = |key: &str| fields.get(key).and_then(|v| v.as_str()).map(str::trim);
            text("name").is_some_and(|n| nfc(n) == name) && text("commune") == commune
        })
        .collect();
    found.sort();
    found
}

/// The folder of content/communes/ that `commune` names (a slug, or a
/// name with or without its kind: "Lâm Sơn" and "Xã Lâm Sơn" are
/// `lam-son`), so that the new record does not point nowhere; the closest
/// folder as a suggestion when there is none.
fn known_commune(content_dir: &Path, commune: &str) -> Result<String, NewError> {
    let given = slugify(commune);
    let communes = content_dir.join(Section::Communes.dir_name());
    // fold_name's key is already a slug (slugify's folding).
    let without_kind = fold_name(commune);
    for slug in [&given, &without_kind] {
        if !slug.is_empty() && communes.join(slug).is_dir() {
            return Ok(slug.clone());
        }
    }
    let folders: Vec<String> = fs::read_dir(&communes)
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.path().is_dir())
        .filter_map(|e| e.file_name().into_string().ok())
        .collect();
    let folders: Vec<&str> = folders.iter().map(String::as_str).collect();
    let best = closest(&given, &folders).map(str::to_owned);
    Err(NewError::UnknownCommune { given, best })
}

/// The file `ocop new` writes in `lang`: `index.md` in Vietnamese (the
/// default language), `index.<lang>.md` for a translation.
fn file_name(lang: Lang) -> String {
    match lang {
        Lang::Vi => "index.md".to_owned(),
        other => format!("index.{}.md", other.code()),
    }
}

/// One line of the front matter `ocop new` writes: the TOML, where
/// `{name}` and `{commune}` stand for the record's name and commune (as
/// TOML strings), and the catalogue id of the comment that ends the line
/// (with no TOML, the comment is the whole line).
type Line = (&'static str, Option<&'static str>);

/// The lines of a new record's front matter in `lang`: every field in
/// Vietnamese (`index.md`), only the translated ones in a translation.
fn lines(section: Section, lang: Lang) -> &'static [Line] {
    match (section, lang) {
        (Section::Products, Lang::Vi) => &[
            ("name = {name}", None),
            ("summary = \"\"", Some("template-note-summary")),
            ("unit = \"\"", Some("template-note-unit")),
            ("group = \"food\"", Some("template-note-group")),
            ("# subgroup = \"fresh\"", Some("template-note-subgroup")),
            ("producer = \"\"", Some("template-note-producer")),
            ("commune = {commune}", Some("template-note-commune")),
            ("# price = 250000", Some("template-note-price")),
            ("# stars = 3", Some("template-note-stars")),
            ("", Some("template-note-certificate")),
            (
                "# certificate = { number = \"…/QĐ-UBND\", date = 2025-01-31, issuer = \"Ủy ban nhân dân tỉnh …\" }",
                None,
            ),
            (
                "availability = \"in_stock\"",
                Some("template-note-availability"),
            ),
            ("images = []", Some("template-note-images")),
            ("draft = true", Some("template-note-draft")),
        ],
        (Section::Producers, Lang::Vi) => &[
            ("name = {name}", None),
            (
                "kind = \"cooperative\"",
                Some("template-note-producer-kind"),
            ),
            ("commune = {commune}", Some("template-note-commune")),
            ("address = \"\"", None),
            ("# phone = \"0259 …\"", None),
            ("# email = \"\"", None),
        ],
        (Section::Communes, Lang::Vi) => &[
            ("name = {name}", None),
            ("kind = \"commune\"", Some("template-note-commune-kind")),
            ("district = \"\"", None),
            ("province = \"\"", None),
            (
                "# geo = { lat = 11.7, lon = 108.8 }",
                Some("template-note-geo"),
            ),
        ],
        (Section::Tourism, Lang::Vi) => &[
            ("name = {name}", None),
            ("summary = \"\"", Some("template-note-summary")),
            ("commune = {commune}", Some("template-note-commune")),
            ("products = []", Some("template-note-products")),
            (
                "# geo = { lat = 11.7, lon = 108.8 }",
                Some("template-note-geo"),
            ),
            ("opening_hours = \"\"", None),
            ("images = []", Some("template-note-images")),
        ],
        (Section::Products, _) => &[
            ("name = \"\"", Some("template-note-translated-name")),
            ("summary = \"\"", Some("template-note-summary")),
            ("unit = \"\"", Some("template-note-unit")),
        ],
        (Section::Producers, _) => &[
            ("name = \"\"", Some("template-note-translated-name")),
            ("address = \"\"", None),
        ],
        (Section::Communes, _) => &[
            ("name = \"\"", Some("template-note-translated-name")),
            ("district = \"\"", None),
            ("province = \"\"", None),
        ],
        (Section::Tourism, _) => &[
            ("name = \"\"", Some("template-note-translated-name")),
            ("summary = \"\"", Some("template-note-summary")),
            ("opening_hours = \"\"", None),
        ],
    }
}

/// The front matter of a new record's file in `lang`, between its `+++`
/// lines, with its comments in `lang` too (the language of the file, not of
/// the tool), lined up one space after the longest commented line.
/// `quoted` is the name as a TOML string, `commune` the commune's slug (may
/// be empty).
fn front_matter(section: Section, lang: Lang, quoted: &str, commune: &str) -> String {
    let commune = toml_string(commune);
    let lines: Vec<(String, Option<&str>)> = lines(section, lang)
        .iter()
        .map(|(toml, note)| {
            // The commune first: a slug holds no braces, a name might.
            let toml = toml
                .replace("{commune}", &commune)
                .replace("{name}", quoted);
            (toml, *note)
        })
        .collect();
    let width = lines
        .iter()
        .filter(|(toml, note)| note.is_some() && !toml.is_empty())
        .map(|(toml, _)| toml.chars().count())
        .max()
        .unwrap_or(0);
    let mut text = "+++\n".to_owned();
    for (toml, note) in lines {
        text.push_str(&toml);
        if let Some(id) = note {
            // A note with no TOML is a comment line of its own, for the
            // line below it (too long to share a line with its note).
            let pad = if toml.is_empty() {
                0
            } else {
                width + 1 - toml.chars().count()
            };
            let note = Message::new(id).render(lang);
            text.push_str(&format!("{:pad$}# {note}", ""));
        }
        text.push('\n');
    }
    text.push_str("+++\n");
    text
}

/// The catalogue id of the body `ocop new` writes into a new record of
/// `section` for the office to replace (`template-body-products`…).
pub const fn body_text_id(section: Section) -> &'static str {
    match section {
        Section::Products => "template-body-products",
        Section::Producers => "template-body-producers",
        Section::Communes => "template-body-communes",
        Section::Tourism => "template-body-tourism",
    }
}

/// The body `ocop new` writes into a new record of `section` in `lang`
/// (NFC, as the loader reads it back).
pub fn body_text(section: Section, lang: Lang) -> String {
    nfc(&Message::new(body_text_id(section)).render(lang)).into_owned()
}

/// Every body `ocop new` writes, in every language the tool speaks: what
/// the publish-readiness check (`template-text`) looks for, so the
/// templates and the check use the very same strings.
pub fn template_texts() -> Vec<String> {
    Section::ALL
        .into_iter()
        .flat_map(|section| Lang::ALL.map(|lang| body_text(section, lang)))
        .collect()
}

/// A TOML basic string with quotes and backslashes escaped.
fn toml_string(value: &str) -> String {
    toml::Value::String(value.to_owned()).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clashing_names_get_the_commune_then_a_number() {
        let tmp = tempfile::tempdir().unwrap();
        let content = tmp.path().join("content");
        fs::create_dir_all(content.join("communes/my-son")).unwrap();
        let first = new_record(tmp.path(), Section::Products, "Dưa lưới", None)
            .unwrap()
            .dir;
        assert!(first.ends_with("products/dua-luoi"));
        assert!(matches!(
            choose_slug(&content, Section::Products, "Dưa lưới", None),
            Err(NewError::Taken { .. })
        ));
        let second = new_record(tmp.path(), Section::Products, "Dưa lưới", Some("my-son")).unwrap();
        // The first has no commune yet: not the same record, as far as
        // anyone can tell.
        assert_eq!(second.look_alikes, Vec::<String>::new());
        let second = second.dir;
        assert!(second.ends_with("products/dua-luoi-my-son"));
        // The same command again: the record of the second run is most
        // likely this one, made twice.
        let third = new_record(tmp.path(), Section::Products, "Dưa lưới", Some("my-son")).unwrap();
        assert!(third.dir.ends_with("products/dua-luoi-my-son-2"));
        assert_eq!(third.look_alikes, ["dua-luoi-my-son"]);
        let text = fs::read_to_string(second.join("index.md")).unwrap();
        assert!(text.contains("name = \"Dưa lưới\""), "{text}");
        assert!(text.contains("commune = \"my-son\""), "{text}");
        assert!(second.join("index.en.md").is_file());
    }

    /// A commune with no folder is refused before anything is written,
    /// with the closest folder as the suggestion.
    #[test]
    fn an_unknown_commune_is_refused_with_the_closest_folder() {
        let tmp = tempfile::tempdir().unwrap();
        fs::create_dir_all(tmp.path().join("content/communes/lam-son")).unwrap();
        let typo = new_record(tmp.path(), Section::Products, "Mật ong", Some("lam-so"));
        assert_eq!(
            typo.unwrap_err().message().render(Lang::Vi),
            "không có xã nào có thư mục content/communes/lam-so/; \
             có phải bạn định viết --commune lam-son không?"
        );
        let far = new_record(tmp.path(), Section::Products, "Mật ong", Some("Phước Hà"));
        assert!(matches!(
            far,
            Err(NewError::UnknownCommune { ref given, best: None }) if given == "phuoc-ha"
        ));
        assert!(!tmp.path().join("content/products").exists());
        // Her commune's name, with or without its kind, is its folder.
        let ok = new_record(tmp.path(), Section::Products, "Mật ong", Some("Lâm Sơn")).unwrap();
        assert!(ok.dir.ends_with("products/mat-ong"));
        let ok = new_record(tmp.path(), Section::Products, "Mật ong", Some("Xã Lâm Sơn")).unwrap();
        // The same product in the same commune twice: a reminder.
        assert_eq!(ok.look_alikes, ["mat-ong"]);
        let ok = ok.dir;
        assert!(ok.ends_with("products/mat-ong-lam-son"));
        let text = fs::read_to_string(ok.join("index.md")).unwrap();
        assert!(text.contains("commune = \"lam-son\""), "{text}");
    }

    /// The comments are in the language of the file, whatever the tool's,
    /// lined up one space after the longest commented line (the geo line:
    /// 35 characters, so 20 spaces after `kind = "commune"`, 16).
    #[test]
    fn each_file_has_comments_in_its_own_language() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = new_record(tmp.path(), Section::Communes, "Xã Lâm Sơn", None)
            .unwrap()
            .dir;
        // A commune's folder is its name without the kind word, as
        // `commune = "lam-son"` names it.
        assert!(dir.ends_with("communes/lam-son"), "{}", dir.display());
        assert_eq!(
            fs::read_to_string(dir.join("index.md")).unwrap(),
            concat!(
                "+++\n",
                "name = \"Xã Lâm Sơn\"\n",
                "kind = \"commune\"                    # commune (xã), ward (phường), special_zone (đặc khu)\n",
                "district = \"\"\n",
                "province = \"\"\n",
                "# geo = { lat = 11.7, lon = 108.8 } # vị trí trên bản đồ: vĩ độ, kinh độ\n",
                "+++\n",
                "\n",
                "Giới thiệu xã.\n",
            )
        );
        assert_eq!(
            fs::read_to_string(dir.join("index.en.md")).unwrap(),
            concat!(
                "+++\n",
                "name = \"\" # the name in English; left empty, the Vietnamese name is shown\n",
                "district = \"\"\n",
                "province = \"\"\n",
                "+++\n",
                "\n",
                "About the commune, in English.\n",
            )
        );
    }

    #[test]
    fn outside_a_catalogue_nothing_is_made() {
        let tmp = tempfile::tempdir().unwrap();
        let err = new_in_catalogue(tmp.path(), Section::Products, "Dưa lưới", None).unwrap_err();
        assert!(matches!(&err, NewError::NotCatalogue(root) if root == tmp.path()));
        assert_eq!(
            err.message().render(Lang::En),
            format!(
                "{} is not a catalogue (it has no content/site.toml): run ocop new in the catalogue's folder, or add --root <catalogue folder>",
                tmp.path().display()
            )
        );
        assert!(!tmp.path().join("content").exists());
        fs::create_dir(tmp.path().join("content")).unwrap();
        fs::write(tmp.path().join("content/site.toml"), "").unwrap();
        let dir = new_in_catalogue(tmp.path(), Section::Products, "Dưa lưới", None)
            .unwrap()
            .dir;
        assert!(dir.join("index.md").is_file());
    }

    /// A name of 22 words gives a slug of 104 letters: it is cut after the
    /// last whole word within 80.
    #[test]
    fn a_very_long_name_gives_a_slug_of_at_most_80_letters() {
        let tmp = tempfile::tempdir().unwrap();
        let name = "Nước mắm cá cơm truyền thống Phan Thiết ủ chượp mười hai tháng trong thùng gỗ bời lời đặc sản Bình Thuận";
        let dir = new_record(tmp.path(), Section::Products, name, None)
            .unwrap()
            .dir;
        assert!(
            dir.ends_with(
                "products/nuoc-mam-ca-com-truyen-thong-phan-thiet-u-chuop-muoi-hai-thang-trong-thung-go"
            ),
            "{}",
            dir.display()
        );
    }

    #[test]
    fn slug_of_a_name_with_d_stroke() {
        let tmp = tempfile::tempdir().unwrap();
        let dir = new_record(tmp.path(), Section::Products, "Đũa gỗ", None)
            .unwrap()
            .dir;
        assert!(dir.ends_with("products/dua-go"));
    }
}
