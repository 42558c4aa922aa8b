//! Times the offline stage (search index + kiosk bundle, issue #7) on a
//! catalogue made by `gen_catalog`:
//!
//! ```sh
//! cargo run --release --example bench_offline -- /tmp/cat20k
//! WITH_PAGES=1 cargo run --release --example bench_offline -- /tmp/cat20k  # pages first, as in a build
//! QR_ONLY=1 cargo run --release --example bench_offline   # QR drawing alone
//! ```

use std::time::Instant;

use ocop::diagnostics::Diagnostics;

fn main() {
    if std::env::var_os("QR_ONLY").is_some() {
        qr_timing();
        return;
    }
    let root = std::path::PathBuf::from(std::env::args().nth(1).expect("project root"));
    let mut diags = Diagnostics::new();
    let content = ocop::content::load(&root, &mut diags);
    let today = jiff::civil::Date::new(2026, 11, 29).unwrap();
    let catalog = ocop::model::resolve(&content, None, today, &mut diags).expect("resolves");
    let images = ocop::images::Images::probe(&root, &catalog, &mut diags);
    let theme = std::path::Path::new(ocop::render::DEFAULT_THEME);
    let theme = ocop::render::Theme::load(&root, theme, &catalog.site, &mut diags)
        .expect("the theme loads");
    let renderer = ocop::render::Renderer::new(&theme, &catalog, &images);
    if std::env::var_os("WITH_PAGES").is_some() {
        // As in a build: the pages first (they draw the product QR codes
        // the kiosk then reuses).
        let t = Instant::now();
        let pages = ocop::write::MemorySink::new();
        ocop::render::render_site(&renderer, &root, &pages, &mut diags).unwrap();
        println!("pages: {:?}", t.elapsed());
    }
    let t = Instant::now();
    let index = ocop::search::SearchIndex::build(&catalog, &images);
    let script = index.to_script();
    println!("search index: {:?}, {} bytes", t.elapsed(), script.len());
    let sink = ocop::write::MemorySink::new();
    let t = Instant::now();
    ocop::kiosk::render_search_and_kiosk(&renderer, &root, &sink, &mut diags).unwrap();
    let files = sink.into_files();
    let bytes: usize = files.values().map(Vec::len).sum();
    println!(
        "search index + kiosk: {:?}, {} files, {} bytes",
        t.elapsed(),
        files.len(),
        bytes
    );
}

/// Time to draw 2000 product-page QR codes.
fn qr_timing() {
    let t = Instant::now();
    for i in 0..2000 {
        let _ = ocop::qr::Qr::new(&format!(
            "https://ocop-ninhson.example.com/en/products/san-pham-so-{i}-dac-san/"
        ));
    }
    println!("2000 QR codes: {:?}", t.elapsed());
    let t = Instant::now();
    for i in 0..2000 {
        let _ = ocop::qr::modules(&format!(
            "https://ocop-ninhson.example.com/en/products/san-pham-so-{i}-dac-san/"
        ));
    }
    println!("2000 QR encodings: {:?}", t.elapsed());
}
