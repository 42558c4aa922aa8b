//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use ocop::Options;

/// The repository root (where Cargo.toml is).
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The `ocop` binary with its messages pinned to English (`--lang en`): the
/// tests compare its words.
pub fn ocop_command() -> std::process::Command {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_ocop"));
    command.args(["--lang", "en"]);
    command
}

/// The fixed "today" of the tests, so certificate states do not drift.
pub fn today() -> Date {
    Date::new(2026, 11, 29).unwrap()
}

/// Options for the shipped catalogue, with the fixed date.
pub fn shipped() -> Options {
    let mut o = Options::new(repo());
    o.today = Some(today());
    o
}

/// Renders the shipped catalogue in memory: output path → bytes. Rendered
/// once per test binary (the tests only read it; photo variants are made
/// once).
pub fn render_shipped() -> BTreeMap<String, Vec<u8>> {
    static SHIPPED: std::sync::OnceLock<BTreeMap<String, Vec<u8>>> = std::sync::OnceLock::new();
    SHIPPED
        .get_or_init(|| {
            let (_, sink) =
                ocop::build::render_to_memory(&shipped()).expect("the shipped catalogue builds");
            sink.into_files()
        })
        .clone()
}

/// A page of a rendered site as text.
pub fn page(files: &BTreeMap<String, Vec<u8>>, path: &str) -> String {
    let bytes = files
        .get(path)
        .unwrap_or_else(|| panic!("no {path} in the output"));
    String::from_utf8(bytes.clone()).unwrap()
}

/// A temporary project: the repository's theme plus the given content
/// files (path under content/ → text).
pub struct Project {
    pub dir: tempfile::TempDir,
}

impl Project {
    /// A project with a minimal valid site.toml and the given files.
    pub fn new(files: &[(&str, &str)]) -> Self {
        let dir = tempfile::tempdir().unwrap();
        copy_dir(&repo().join("themes"), &dir.path().join("themes"));
        let mut all: Vec<(&str, &str)> = vec![(
            "site.toml",
            "title = \"Thử nghiệm\"\nbase_url = \"https://example.com\"\nlanguages = [\"vi\", \"en\"]\n[translations.en]\ntitle = \"Test\"\n",
        )];
        all.extend_from_slice(files);
        let project = Self { dir };
        for (rel, text) in all {
            project.write(rel, text);
        }
        project
    }

    /// Writes (or overwrites) `content/<rel>`.
    pub fn write(&self, rel: &str, text: &str) {
        let path = self.dir.path().join("content").join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn options(&self) -> Options {
        let mut o = Options::new(self.root());
        o.today = Some(today());
        o
    }
}

fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            fs::create_dir_all(&target).unwrap();
        } else {
            fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// A tiny valid catalogue: one commune, one producer, one product.
pub const COMMUNE: &str = "+++\nname = \"Xã Nhơn Sơn\"\nkind = \"commune\"\n+++\nXã.\n";
pub const PRODUCER: &str = "+++\nname = \"Tổ hợp tác dê cừu\"\nkind = \"cooperative_group\"\ncommune = \"nhon-son\"\n+++\nTổ.\n";
pub const PRODUCT: &str = "+++\nname = \"Thịt dê xông khói\"\ngroup = \"food\"\nproducer = \"de-cuu\"\ncommune = \"nhon-son\"\nprice = 250000\n+++\nThịt dê.\n";

/// Copies a fixture site (`tests/fixtures/<name>/content`) into a temporary
/// project that has the repository's theme.
pub fn fixture(name: &str) -> Project {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&repo().join("themes"), &dir.path().join("themes"));
    copy_dir(
        &repo().join("tests/fixtures").join(name).join("content"),
        &dir.path().join("content"),
    );
    Project { dir }
}

/// Fails unless `html` (a page, or a fragment the kiosk inserts with
/// `innerHTML`), parsed as a browser would, holds no script but the
/// theme's (`src=`) and JSON-LD, no event handler, no dangerous URL or
/// element, and no form but the theme's search form.
pub fn assert_inert_html(path: &str, html: &str) {
    let doc = scraper::Html::parse_document(html);
    for el in doc
        .root_element()
        .descendants()
        .filter_map(scraper::ElementRef::wrap)
    {
        let v = el.value();
        let name = v.name();
        assert!(
            !matches!(name, "iframe" | "object" | "embed" | "base"),
            "{path}: a <{name}> element survived"
        );
        // The theme's own search form posts to the site; a form from a
        // record would post elsewhere.
        if name == "form" {
            assert!(
                v.attr("class") == Some("search-form"),
                "{path}: a form from content survived"
            );
        }
        if name == "script" {
            let json_ld = v.attr("type") == Some("application/ld+json");
            assert!(
                json_ld || v.attr("src").is_some(),
                "{path}: an inline script that is not ours"
            );
            let body: String = el.text().collect();
            // Payload text may be data inside JSON-LD strings, but never
            // with a raw `<` that could close the element.
            assert!(
                !body.contains('<'),
                "{path}: a raw < inside a script element"
            );
            if json_ld {
                serde_json::from_str::<serde_json::Value>(&body)
                    .unwrap_or_else(|e| panic!("{path}: JSON-LD does not parse: {e}"));
            }
        }
        if name == "svg" && v.attr("onload").is_some() {
            panic!("{path}: <svg onload> survived");
        }
        for (attr, value) in v.attrs() {
            assert!(
                !attr.starts_with("on"),
                "{path}: event handler {attr} on <{name}>"
            );
            let value = value.trim().to_ascii_lowercase();
            if matches!(
                attr,
                "href" | "src" | "action" | "formaction" | "srcset" | "poster"
            ) {
                assert!(
                    !value.starts_with("javascript:")
                        && !value.starts_with("data:text")
                        && !value.starts_with("vbscript:"),
                    "{path}: dangerous URL {value} in <{name} {attr}>"
                );
            }
            if attr == "style" {
                assert!(
                    !value.contains("javascript"),
                    "{path}: javascript in a style"
                );
            }
        }
    }
}

/// The JSON a data script holds: a kiosk data file's
/// `OcopKioskData("<name>",…);` (issue #19), or the search index's
/// `window.OCOP_SEARCH_INDEX=…;`.
pub fn data_json(path: &str, text: &str) -> serde_json::Value {
    let json = if let Some(call) = text.strip_prefix("OcopKioskData(\"") {
        let (_, rest) = call
            .split_once("\",")
            .unwrap_or_else(|| panic!("{path}: no data after the name"));
        rest.trim_end()
            .strip_suffix(");")
            .unwrap_or_else(|| panic!("{path}: does not end in `);`"))
    } else {
        let start = text
            .find("INDEX=")
            .unwrap_or_else(|| panic!("{path}: no assignment"))
            + "INDEX=".len();
        text[start..].trim_end().trim_end_matches(';')
    };
    serde_json::from_str(json).unwrap_or_else(|e| panic!("{path}: not JSON: {e}"))
}

/// The kiosk's data of one language put back together (issue #19): its
/// index (`kiosk/data/index.<lang>.js`) with `products` and `tourism`
/// replaced by the full records of every slice file, in order, and the
/// cards kept as `product_cards` and `tourism_cards`. Panics when a slice
/// is missing or holds the wrong number of records.
pub fn kiosk_catalog(files: &BTreeMap<String, Vec<u8>>, lang: &str) -> serde_json::Value {
    let read = |path: &str| {
        let text = std::str::from_utf8(files.get(path).unwrap_or_else(|| panic!("no {path}")))
            .unwrap()
            .to_owned();
        data_json(path, &text)
    };
    let config = read("kiosk/data/config.js");
    let slice = config["slice"].as_u64().unwrap() as usize;
    let mut index = read(&format!("kiosk/data/index.{lang}.js"));
    for (key, file) in [("products", "products"), ("tourism", "tourism")] {
        let count = config[key].as_array().unwrap().len();
        let mut records = Vec::new();
        for n in 0..count.div_ceil(slice) {
            let part = read(&format!("kiosk/data/{lang}/{file}-{n}.js"));
            let part = part.as_array().unwrap();
            assert_eq!(
                part.len(),
                slice.min(count - n * slice),
                "{lang}/{file}-{n}"
            );
            records.extend(part.iter().cloned());
        }
        assert!(
            !files.contains_key(&format!(
                "kiosk/data/{lang}/{file}-{}.js",
                count.div_ceil(slice)
            )),
            "a slice too many"
        );
        let cards = index[key].take();
        index[format!("{key}_cards")] = cards;
        index[key] = serde_json::Value::Array(records);
    }
    index
}

/// The group `code` of a kiosk index (`data/index.<lang>.js`).
pub fn kiosk_group<'a>(index: &'a serde_json::Value, code: &str) -> &'a serde_json::Value {
    index["groups"]
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["code"] == code)
        .unwrap_or_else(|| panic!("no group {code}"))
}

/// What a file is on disk: inode, modification time and bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileState {
    pub inode: u64,
    pub modified: std::time::SystemTime,
    pub bytes: Vec<u8>,
}

/// Every file under `dir` (relative path → state); empty when `dir` does
/// not exist. Two equal results mean no file was written, replaced,
/// added or removed in between.
pub fn file_states(dir: &Path) -> BTreeMap<String, FileState> {
    use std::os::unix::fs::MetadataExt as _;
    if !dir.exists() {
        return BTreeMap::new();
    }
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let meta = e.metadata().unwrap();
            let state = FileState {
                inode: meta.ino(),
                modified: meta.modified().unwrap(),
                bytes: fs::read(e.path()).unwrap(),
            };
            let rel = e.path().strip_prefix(dir).unwrap().display().to_string();
            (rel, state)
        })
        .collect()
}

/// Summary lines in English, one per line.
pub fn english(lines: &[ocop::messages::Message]) -> String {
    lines
        .iter()
        .map(|l| l.render(ocop::messages::Lang::En))
        .collect::<Vec<_>>()
        .join("\n")
}
