//! Fuzzes the feed writers with a product made of fuzzed text: the Google
//! Merchant XML must stay well-formed, the Meta CSV must parse back with a
//! constant number of columns and no formula-looking cells, and the JSON
//! export must parse.
#![no_main]

use std::path::Path;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use ocop::diagnostics::Diagnostics;
use ocop::images::Images;
use ocop::site::Site;
use ocop::theme::Theme;

#[path = "common.rs"]
mod common;

fn theme() -> &'static Theme {
    static THEME: OnceLock<Theme> = OnceLock::new();
    THEME.get_or_init(|| {
        let (catalog, _) = common::catalog(b"+++\nname = \"x\"\ngroup = \"food\"\ncommune = \"nhon-son\"\n+++\n").unwrap();
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut diags = Diagnostics::new();
        Theme::load(&root, Path::new(ocop::theme::DEFAULT_THEME), &catalog.site, &mut diags).expect("the default theme loads")
    })
}

fuzz_target!(|bytes: &[u8]| {
    let Some((catalog, _)) = common::catalog(bytes) else {
        return;
    };
    let root = Path::new("/nonexistent/ocop-fuzz");
    let images = Images::probe(root, &catalog, &mut Diagnostics::new());
    let r = Site::new(root, catalog, images, theme().i18n().clone());
    for lang in ["vi", "en"] {
        let xml = ocop::feeds::google_merchant::feed(&r, lang).expect("the feed is written");
        let mut reader = quick_xml::Reader::from_reader(xml.as_slice());
        let mut buf = Vec::new();
        loop {
            match reader.read_event_into(&mut buf) {
                Ok(quick_xml::events::Event::Eof) => break,
                Ok(_) => {}
                Err(e) => panic!("invalid XML ({e}):\n{}", String::from_utf8_lossy(&xml)),
            }
            buf.clear();
        }
    }
    let csv = ocop::feeds::meta_catalog::feed(&r).expect("the CSV is written");
    let mut reader = csv::Reader::from_reader(csv.as_slice());
    let columns = reader.headers().expect("a header row").len();
    for record in reader.records() {
        let record = record.expect("the CSV parses back");
        assert_eq!(record.len(), columns);
        for cell in record.iter() {
            assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r']), "formula-looking cell {cell:?}");
        }
    }
    let json = ocop::feeds::json::export_bytes(&r).expect("the export is written");
    serde_json::from_slice::<serde_json::Value>(&json).expect("the export parses");
});
