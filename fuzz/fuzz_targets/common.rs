//! A one-product catalogue built in memory around fuzzed record text.

use std::path::PathBuf;
use std::sync::Arc;

use ocop::content::{Bundle, Content, Document, Section, SiteFile, decode_text};
use ocop::diagnostics::Diagnostics;
use ocop::model::Catalog;

/// The site settings every fuzzed catalogue uses.
pub const SITE: &str = "title = \"Fuzz\"\nbase_url = \"https://example.com/ocop\"\nlanguages = [\"vi\", \"en\"]\n[feeds]\ninclude_sample = true\n";

fn doc(path: &str, lang: Option<&str>, text: &str) -> Document {
    Document::parse(PathBuf::from(path), lang.map(str::to_owned), Arc::from(text), &mut Diagnostics::new()).expect("fixed records parse")
}

fn bundle(section: Section, slug: &str, documents: Vec<Document>, files: &[&str]) -> Bundle {
    Bundle {
        section,
        slug: slug.to_owned(),
        dir: PathBuf::from(format!("content/{}/{slug}", section.dir_name())),
        documents,
        files: files.iter().map(|f| (*f).to_owned()).collect(),
        disk_names: Default::default(),
    }
}

/// Resolves a catalogue whose product `x` has `bytes` as its `index.md`
/// (the first half) and `index.en.md` (after the first 0xFF byte, if any).
/// `None` when the text does not even make a document.
pub fn catalog(bytes: &[u8]) -> Option<(Catalog, Diagnostics)> {
    let (vi, en) = match bytes.iter().position(|&b| b == 0xFF) {
        Some(i) => (&bytes[..i], Some(&bytes[i + 1..])),
        None => (bytes, None),
    };
    let vi_path = PathBuf::from("content/products/x/index.md");
    let mut documents = vec![Document::parse(vi_path.clone(), None, decode_text(vi, &vi_path).ok()?, &mut Diagnostics::new()).ok()?];
    if let Some(en) = en {
        let en_path = PathBuf::from("content/products/x/index.en.md");
        if let Some(d) = decode_text(en, &en_path).ok().and_then(|t| Document::parse(en_path, Some("en".into()), t, &mut Diagnostics::new()).ok()) {
            documents.push(d);
        }
    }
    let content = Content {
        site: Some(SiteFile {
            path: PathBuf::from("content/site.toml"),
            text: Arc::from(SITE),
        }),
        bundles: vec![
            bundle(Section::Communes, "nhon-son", vec![doc("content/communes/nhon-son/index.md", None, "+++\nname = \"Xã Nhơn Sơn\"\nkind = \"commune\"\n+++\n")], &[]),
            bundle(Section::Producers, "de-cuu", vec![doc("content/producers/de-cuu/index.md", None, "+++\nname = \"Tổ hợp tác\"\nkind = \"farm\"\ncommune = \"nhon-son\"\n+++\n")], &[]),
            bundle(Section::Products, "x", documents, &["photo.jpg"]),
        ],
    };
    let mut diags = Diagnostics::new();
    let today = ocop::build::today(Some("2026-11-29".parse().unwrap()));
    let catalog = ocop::model::resolve(&content, None, today, &mut diags)?;
    Some((catalog, diags))
}
