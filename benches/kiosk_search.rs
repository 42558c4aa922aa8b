//! Search speed in a real browser (README, "Search"): the index's size,
//! raw and gzipped, and the time of 100 queries typed key by key through
//! the kiosk's matcher (`js/search.js`) in headless Chromium, cold and
//! repeated. A benchmark, not a test: it measures and prints, it asserts
//! nothing about speed.
//!
//! `OCOP_BENCH_OUTPUT=/tmp/cat20k/output cargo bench --bench kiosk_search`
//! measures a built catalogue (`cargo run --release --example gen_catalog --
//! --products 20000 --out /tmp/cat20k`, then `ocop build --root
//! /tmp/cat20k`); without it, the shipped catalogue is built into a
//! temporary folder and measured. Needs Debian's `chromium` and `gzip`.

#[path = "../tests/browser/mod.rs"]
mod browser;

use std::path::Path;

use browser::Browser;
use serde_json::json;

/// Queries as typed: every prefix of these words, 100 in all.
const WORDS: [&str; 14] = [
    "thit de",
    "dua luoi",
    "ca phe",
    "nho say",
    "mat ong",
    "hat dieu rang muoi",
    "tra thao moc",
    "gao thom",
    "dried grapes",
    "smoked goat meat",
    "rice wine",
    "nuoc mam",
    "THỊT DÊ",
    "đũa gỗ",
];

fn main() {
    let built = tempfile::tempdir().unwrap();
    let output = browser::bench_output(built.path());
    let index = output.join("kiosk/data/search.js");
    let raw = std::fs::metadata(&index).unwrap().len();
    let gz = gzip_size(&index);

    // A page with only the index and the kiosk's matcher (at national scale
    // the kiosk's catalogue data dwarfs the index).
    let page_dir = tempfile::tempdir().unwrap();
    let page = page_dir.path().join("bench.html");
    std::fs::write(
        &page,
        format!(
            "<!doctype html><meta charset=\"utf-8\"><title>search benchmark</title>\n\
             <script>window.T0 = performance.now();</script>\n\
             <script src=\"file://{}\"></script>\n\
             <script>window.T1 = performance.now();</script>\n\
             <script src=\"file://{}\"></script>\n",
            index.display(),
            output.join("kiosk/js/search.js").display()
        ),
    )
    .unwrap();
    let mut queries: Vec<String> = Vec::new();
    for w in WORDS {
        let chars: Vec<char> = w.chars().collect();
        for n in 1..=chars.len() {
            queries.push(chars[..n].iter().collect());
        }
    }
    queries.truncate(100);
    while queries.len() < 100 {
        queries.push(WORDS[queries.len() % WORDS.len()].to_owned());
    }

    let mut b = Browser::launch(1920, 1080);
    b.navigate(&format!("file://{}", page.display()));
    let v = b.eval(&format!(
        "(() => {{
           const qs = {};
           let t0 = performance.now();
           const idx = new OcopSearch.Index(window.OCOP_SEARCH_INDEX);
           const build = performance.now() - t0;
           const cold = [], warm = [];
           for (const q of qs) {{ const t = performance.now(); idx.search(q); cold.push(performance.now() - t); }}
           for (const q of qs) {{ const t = performance.now(); idx.search(q); warm.push(performance.now() - t); }}
           const s = a => {{ const x = [...a].sort((p, q) => p - q); return {{ mean: a.reduce((p, q) => p + q, 0) / a.length, p50: x[x.length >> 1], p95: x[Math.floor(x.length * .95)], max: x[x.length - 1] }}; }};
           const slowest = qs.map((q, i) => [cold[i], q]).sort((a, b) => b[0] - a[0]).slice(0, 5);
           return {{ docs: idx.docs.length, terms: idx.terms.length, load_index_script_ms: T1 - T0, build_ms: build, cold_ms: s(cold), warm_ms: s(warm), slowest }};
         }})()",
        json!(queries)
    ));
    println!("search index: {raw} bytes, {gz} bytes gzipped (README limit: 3 MB gzipped)");
    println!(
        "100 queries typed key by key (README limit: 50 ms a query on first use):\n{}",
        serde_json::to_string_pretty(&v).unwrap()
    );
    let errors = b.errors();
    assert!(errors.is_empty(), "the page failed: {errors:?}");
}

fn gzip_size(path: &Path) -> u64 {
    let out = std::process::Command::new("gzip")
        .args(["-9", "-c"])
        .arg(path)
        .output()
        .expect("gzip runs");
    out.stdout.len() as u64
}
