//! The kiosk's speed in a real browser (issue #19, README "Kiosk"): from
//! `file://` in headless Chromium, the time until the home screen is drawn,
//! the bytes loaded at start, the time to open product screens whose data
//! is not loaded yet (and again, loaded), the first search screen, the
//! first switch to the other language and the biggest group's list.
//! A benchmark, not a test: it measures and prints, it asserts nothing
//! about speed.
//!
//! `OCOP_BENCH_OUTPUT=/tmp/cat20k/output cargo bench --bench kiosk_open`
//! measures a built catalogue (`cargo run --release --example gen_catalog
//! -- --products 20000 --out /tmp/cat20k`, then `ocop build --root
//! /tmp/cat20k`); without it, the shipped catalogue is built into a
//! temporary folder and measured. Needs Debian's `chromium`.

#[path = "../tests/browser/mod.rs"]
mod browser;

use std::time::Instant;

use browser::{Browser, KIOSK_HELPERS};
use serde_json::Value;

/// Product screens opened (spread evenly over the catalogue, so each needs
/// a slice not loaded yet).
const PRODUCTS: usize = 20;

fn main() {
    let built = tempfile::tempdir().unwrap();
    let output = browser::bench_output(built.path());
    let kiosk = output.join("kiosk");
    let url = format!("file://{}/index.html?idle=3600", kiosk.display());

    let mut b = Browser::launch(1920, 1080);
    // Open: the page's scripts draw the home screen before the load event.
    let from = b.events.len();
    let t0 = Instant::now();
    b.navigate(&url);
    let wall_ms = t0.elapsed().as_secs_f64() * 1000.0;
    let timing = b.eval(
        "(() => { const n = performance.getEntriesByType('navigation')[0];
           return { dom_content_loaded_ms: n.domContentLoadedEventEnd, load_ms: n.loadEventEnd,
                    tiles: document.querySelectorAll('.tile').length }; })()",
    );
    let start_files = requested_files(&b.events[from..]);
    let start_bytes: u64 = start_files.iter().map(|(_, n)| n).sum();
    b.eval(KIOSK_HELPERS);

    let v = b.eval(&format!(
        "(async () => {{
           const c = OCOP_KIOSK.data.config, n = c.products.length, k = Math.min({PRODUCTS}, n);
           const slugs = [...Array(k).keys()].map(i => c.products[Math.floor((i + 0.5) * n / k)]);
           const time = async (hash) => {{ const t = performance.now(); await __go(hash); return performance.now() - t; }};
           const cold = [], warm = [];
           for (const s of slugs) cold.push(await time('#/product/' + s));
           for (const s of slugs) warm.push(await time('#/product/' + s));
           const ok = document.querySelector('article.record').dataset.slug === slugs[slugs.length - 1];
           const search = await time('#/search');
           await time('#/');
           const big = OCOP_KIOSK.data['index.vi'].groups.reduce((a, g) => g.products.length > a.products.length ? g : a);
           const group = await time('#/group/' + big.code);
           await time('#/');
           let t = performance.now(); const p = __drawn(); document.getElementById('lang-toggle').click(); await p;
           const lang = performance.now() - t;
           const s = a => {{ const x = [...a].sort((p, q) => p - q); return {{ p50: x[x.length >> 1], max: x[x.length - 1] }}; }};
           return {{ products: n, product_screen_not_loaded_ms: s(cold), product_screen_loaded_ms: s(warm), shown_right: ok,
                     first_search_screen_ms: search, biggest_group: [big.code, big.products.length], biggest_group_screen_ms: group,
                     first_switch_to_other_language_ms: lang }};
         }})()"
    ));
    let all_files = requested_files(&b.events[from..]);
    println!("kiosk at {}", kiosk.display());
    println!(
        "open: home screen drawn by DOMContentLoaded {:.0} ms (load event {:.0} ms; {:.0} ms wall from the benchmark, with the DevTools round trips); {} tiles",
        timing["dom_content_loaded_ms"].as_f64().unwrap_or(f64::NAN),
        timing["load_ms"].as_f64().unwrap_or(f64::NAN),
        wall_ms,
        timing["tiles"]
    );
    println!(
        "loaded at start: {} bytes in {} files:",
        start_bytes,
        start_files.len()
    );
    for (name, n) in &start_files {
        println!("  {n:>10}  {name}");
    }
    println!("{}", serde_json::to_string_pretty(&v).unwrap());
    println!(
        "loaded by the end: {} bytes in {} files",
        all_files.iter().map(|(_, n)| n).sum::<u64>(),
        all_files.len()
    );
    let errors = b.errors();
    assert!(errors.is_empty(), "the page failed: {errors:?}");
}

/// The `file:` URLs requested in `events` (each once), with the size of
/// the file on disk.
fn requested_files(events: &[(String, Value)]) -> Vec<(String, u64)> {
    let mut seen = std::collections::BTreeSet::new();
    let mut out = Vec::new();
    for (method, p) in events {
        if method != "Network.requestWillBeSent" {
            continue;
        }
        let Some(url) = p["request"]["url"].as_str() else {
            continue;
        };
        let Some(path) = url.strip_prefix("file://") else {
            continue;
        };
        let path = path.split(['?', '#']).next().unwrap_or(path);
        if seen.insert(path.to_owned()) {
            let size = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
            let name = path.rsplit("/kiosk/").next().unwrap_or(path);
            out.push((name.to_owned(), size));
        }
    }
    out
}
