//! The kiosk in a real browser (issue #7): Debian's Chromium, headless,
//! opening output/kiosk/index.html from file:// with the network cut off.
//!
//! `cargo test -- --include-ignored` runs these (`.ci/run` does, after
//! installing chromium). `KIOSK_SHOTS=/tmp/kiosk-shots` keeps screenshots of
//! the home, a product and the attract loop at 1920×1080 and 1280×800.
//! `OCOP_BENCH_OUTPUT=/tmp/cat20k/output` runs the search benchmark on a
//! built catalogue (see README, "Search").

mod browser;
mod common;

use std::path::{Path, PathBuf};
use std::time::Duration;

use browser::Browser;
use serde_json::{Value, json};

/// Builds the shipped catalogue into a temporary folder; returns the folder
/// and the kiosk's file:// address.
fn build_kiosk() -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    let mut options = common::shipped();
    options.output = Some(dir.path().join("output"));
    ocop::build(&options).expect("the shipped catalogue builds");
    let index = dir.path().join("output/kiosk/index.html");
    assert!(index.is_file());
    (dir, format!("file://{}", index.display()))
}

fn shots_dir() -> Option<PathBuf> {
    let dir = PathBuf::from(std::env::var_os("KIOSK_SHOTS")?);
    std::fs::create_dir_all(&dir).unwrap();
    Some(dir)
}

fn shot(b: &mut Browser, name: &str) {
    if let Some(dir) = shots_dir() {
        std::fs::write(dir.join(format!("{name}.png")), b.screenshot()).unwrap();
    }
}

/// Evaluates an async body: `(async () => { BODY })()`.
fn run(b: &mut Browser, body: &str) -> Value {
    b.eval(&format!("(async () => {{ {body} }})()"))
}

const SLEEP: &str = "await new Promise(r => setTimeout(r, 60));";

fn search(b: &mut Browser, query: &str) -> Vec<String> {
    let v = run(
        b,
        &format!(
            "location.hash = '#/search'; {SLEEP}
             const i = document.getElementById('search-input');
             i.value = {}; i.dispatchEvent(new Event('input'));
             return [...document.querySelectorAll('#search-results [data-slug]')].map(e => e.dataset.slug);",
            json!(query)
        ),
    );
    serde_json::from_value(v).unwrap()
}

fn fold_cases() -> Vec<(String, String)> {
    let text = std::fs::read_to_string(common::repo().join("tests/fixtures/search/fold-cases.tsv"))
        .unwrap();
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (a, b) = l.split_once('\t').unwrap();
            (a.to_owned(), b.to_owned())
        })
        .collect()
}

fn assert_clean(b: &Browser) {
    let errors = b.errors();
    assert!(errors.is_empty(), "console errors:\n{}", errors.join("\n"));
    let failed = b.failed_requests();
    assert!(
        failed.is_empty(),
        "failed or outbound requests:\n{}",
        failed.join("\n")
    );
}

#[test]
#[ignore = "needs chromium"]
fn kiosk_works_offline_in_chromium() {
    let (_dir, url) = build_kiosk();
    let mut b = Browser::launch(1920, 1080);
    // The network is cut off for the page too (host names already resolve
    // to nothing): any request that tries to leave fails and is counted.
    b.call(
        "Network.emulateNetworkConditions",
        json!({ "offline": true, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1 }),
    );
    b.navigate(&format!("{url}?idle=600"));
    assert_eq!(b.eval("document.documentElement.lang"), "vi");
    assert!(
        b.eval("document.querySelectorAll('.tile').length")
            .as_u64()
            .unwrap()
            >= 9
    );

    // Folding: the same table as the Rust test.
    let cases = fold_cases();
    let inputs: Vec<&str> = cases.iter().map(|(a, _)| a.as_str()).collect();
    let folded = b.eval(&format!(
        "JSON.stringify({}.map(s => OcopSearch.fold(s)))",
        json!(inputs)
    ));
    let folded: Vec<String> = serde_json::from_str(folded.as_str().unwrap()).unwrap();
    for ((input, want), got) in cases.iter().zip(&folded) {
        assert_eq!(got, want, "OcopSearch.fold({input:?})");
    }

    // "nho say" typed on the on-screen keyboard lists both dried grapes first.
    run(
        &mut b,
        &format!("document.getElementById('search-launch').click(); {SLEEP}"),
    );
    for ch in "nho say".chars() {
        b.eval(&format!(
            "document.querySelector('[data-key=\"{ch}\"]').click()"
        ));
    }
    let slugs: Vec<String> = serde_json::from_value(b.eval(
        "[...document.querySelectorAll('#search-results [data-slug]')].map(e => e.dataset.slug)",
    ))
    .unwrap();
    assert_eq!(
        &slugs[..2],
        ["nho-say-nguyen-hat", "nho-say-tach-hat"],
        "{slugs:?}"
    );
    assert_eq!(
        b.eval("document.getElementById('search-input').value"),
        "nho say"
    );
    shot(&mut b, "search-1920x1080");

    // The queries, insensitive to case, tones and đ; English too.
    assert_eq!(search(&mut b, "thit de")[0], "thit-de-xong-khoi");
    assert_eq!(search(&mut b, "THỊT DÊ")[0], "thit-de-xong-khoi");
    assert_eq!(search(&mut b, "thit d")[0], "thit-de-xong-khoi");
    assert!(
        search(&mut b, "dua luoi")[..4]
            .iter()
            .all(|s| s.starts_with("dua-luoi"))
    );
    assert_eq!(search(&mut b, "ĐŨA GỖ")[0], "dua-go");
    assert_eq!(
        &search(&mut b, "dried grapes")[..2],
        ["nho-say-nguyen-hat", "nho-say-tach-hat"]
    );
    assert!(search(&mut b, "qqqq").is_empty());
    // The same ranking as the Rust reference matcher.
    search(&mut b, "nho say");

    // The language toggle shows English.
    run(
        &mut b,
        &format!("document.getElementById('lang-toggle').click(); {SLEEP}"),
    );
    assert_eq!(b.eval("document.documentElement.lang"), "en");
    let text = b.eval("document.body.innerText");
    let text = text.as_str().unwrap();
    assert!(text.contains("Dried seedless grapes"), "{text:.400}");
    assert!(text.contains("Tiếng Việt"), "{text:.400}");
    run(
        &mut b,
        &format!("document.getElementById('nav-home').click(); {SLEEP}"),
    );
    let text = b.eval("document.body.innerText");
    assert!(text.as_str().unwrap().contains("Food"), "{text}");

    // Every screen in both languages: drawn, nothing that leads out, every
    // button a touch target of at least 48 px.
    let routes: Vec<String> = serde_json::from_value(b.eval(
        "(() => { const d = OCOP_KIOSK.vi; return ['#/', '#/communes', '#/stars', '#/tourism', '#/search']
           .concat(d.groups.map(g => '#/group/' + g.code), d.communes.map(c => '#/commune/' + c.slug),
                   d.stars.map(s => '#/stars/' + s.stars), d.products.map(p => '#/product/' + p.slug),
                   d.tourism.map(t => '#/tourism/' + t.slug)); })()",
    ))
    .unwrap();
    assert!(routes.len() > 40);
    for lang in ["en", "vi"] {
        for (vw, vh) in [(1920, 1080), (1280, 800)] {
            b.viewport(vw, vh);
            for route in &routes {
                let v = run(
                    &mut b,
                    &format!(
                        "OcopKiosk.state.lang = {}; location.hash = {}; {SLEEP}
                         const main = document.querySelector('main');
                         const out = [...document.querySelectorAll('a[href]')].filter(a => !a.getAttribute('href').startsWith('#')).length;
                         const small = [...document.querySelectorAll('button, input')].filter(e => {{
                           const r = e.getBoundingClientRect(); return r.width > 0 && (r.width < 48 || r.height < 48); }})
                           .map(e => e.outerHTML.slice(0, 80));
                         const broken = [];
                         for (const img of document.images) {{ try {{ await img.decode(); }} catch (e) {{ broken.push(img.src); }} }}
                         return {{ main: !!main && main.children.length > 0, out, small, broken, lang: document.documentElement.lang }};",
                        json!(lang),
                        json!(route)
                    ),
                );
                assert_eq!(v["main"], true, "{route} {lang}");
                assert_eq!(v["broken"], json!([]), "{route}: photos that do not load");
                assert_eq!(v["out"], 0, "{route}: a link leads out of the kiosk");
                assert_eq!(
                    v["small"],
                    json!([]),
                    "{route} {lang} {vw}×{vh}: touch targets under 48 px"
                );
            }
        }
    }
    // Product screens: price, QR codes.
    let v = run(
        &mut b,
        &format!(
            "OcopKiosk.state.lang = 'vi'; location.hash = '#/product/nho-say-tach-hat'; {SLEEP}
             return {{ qr: document.querySelectorAll('.qr svg').length, text: document.querySelector('main').innerText }};"
        ),
    );
    assert!(v["qr"].as_u64().unwrap() >= 1);
    let text = v["text"].as_str().unwrap();
    for want in [
        "150.000\u{a0}₫",
        "hộp 500 g",
        "Dữ liệu mẫu",
        "Xã Nhơn Sơn",
        "Quét để mở trang sản phẩm",
    ] {
        assert!(text.contains(want), "{want} not in {text:.600}");
    }

    // Screenshots of the home and a product screen at both sizes.
    for (vw, vh) in [(1920, 1080), (1280, 800)] {
        b.viewport(vw, vh);
        run(
            &mut b,
            &format!("OcopKiosk.state.lang = 'vi'; location.hash = '#/'; {SLEEP} {SLEEP}"),
        );
        shot(&mut b, &format!("home-{vw}x{vh}"));
        run(
            &mut b,
            &format!("location.hash = '#/product/nho-say-tach-hat'; {SLEEP} {SLEEP}"),
        );
        shot(&mut b, &format!("product-{vw}x{vh}"));
        run(
            &mut b,
            &format!(
                "OcopKiosk.state.lang = 'en'; location.hash = '#/tourism/du-lich-vuon-trai-cay-lam-son'; {SLEEP} {SLEEP}"
            ),
        );
        shot(&mut b, &format!("tourism-en-{vw}x{vh}"));
    }

    // The idle timer starts the attract loop; a touch on "English" ends it
    // on the English home screen.
    b.viewport(1920, 1080);
    b.navigate(&format!("{url}#idle=2"));
    assert_eq!(b.eval("document.getElementById('attract').hidden"), true);
    b.pump(Duration::from_millis(3500));
    assert_eq!(
        b.eval("document.getElementById('attract').hidden"),
        false,
        "attract loop after 2 s idle"
    );
    let slides = b
        .eval("document.querySelectorAll('#attract .slide').length")
        .as_u64()
        .unwrap();
    assert!(slides >= 10, "{slides} slides");
    assert_eq!(
        b.eval("document.querySelectorAll('#attract .slide.on').length"),
        1
    );
    let tourism = b.eval("[...document.querySelectorAll('#attract .slide')].map(s => s.dataset.slug).filter(s => s.startsWith('du-lich'))");
    assert_eq!(
        tourism,
        json!([
            "du-lich-tham-quan-dac-san-nhon-son",
            "du-lich-vuon-trai-cay-lam-son"
        ])
    );
    b.pump(Duration::from_millis(1500));
    shot(&mut b, "attract-1920x1080");
    b.viewport(1280, 800);
    b.pump(Duration::from_millis(300));
    shot(&mut b, "attract-1280x800");
    run(
        &mut b,
        &format!("document.querySelector('#attract [data-lang=\"en\"]').click(); {SLEEP}"),
    );
    assert_eq!(b.eval("document.getElementById('attract').hidden"), true);
    assert_eq!(b.eval("document.documentElement.lang"), "en");
    assert_eq!(b.eval("location.hash"), "#/");
    // …and after another idle spell, a touch anywhere returns in Vietnamese.
    b.pump(Duration::from_millis(2600));
    assert_eq!(b.eval("document.getElementById('attract').hidden"), false);
    run(
        &mut b,
        &format!("document.querySelector('#attract .slide.on').click(); {SLEEP}"),
    );
    assert_eq!(b.eval("document.documentElement.lang"), "vi");

    // The request log works (it saw the kiosk's own files) and is clean.
    let files = b
        .events
        .iter()
        .filter(|(m, p)| {
            m == "Network.requestWillBeSent"
                && p["request"]["url"]
                    .as_str()
                    .unwrap_or_default()
                    .starts_with("file:")
        })
        .count();
    assert!(files >= 5, "{files} file requests seen");
    assert_clean(&b);
}

/// The search benchmark at national scale (README, "Search"): the index
/// size gzipped and query times in Chromium on a built catalogue. Run
/// `OCOP_BENCH_OUTPUT=/tmp/cat20k/output cargo test --release --test
/// kiosk_browser -- --ignored --nocapture search_benchmark`.
#[test]
#[ignore = "needs chromium"]
fn search_benchmark() {
    let Some(output) = std::env::var_os("OCOP_BENCH_OUTPUT").map(PathBuf::from) else {
        eprintln!("OCOP_BENCH_OUTPUT is not set: benchmark skipped");
        return;
    };
    let index = output.join("kiosk/data/search.js");
    let raw = std::fs::metadata(&index).unwrap().len();
    let gz = gzip_size(&index);
    // A page with only the index and the matcher of the kiosk (at national
    // scale the kiosk's catalogue data dwarfs the index).
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
    let mut b = Browser::launch(1920, 1080);
    b.navigate(&format!("file://{}", page.display()));
    let words = [
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
    // Typing: every prefix of every query, as the kiosk searches per key.
    let mut queries: Vec<String> = Vec::new();
    for w in words {
        let chars: Vec<char> = w.chars().collect();
        for n in 1..=chars.len() {
            queries.push(chars[..n].iter().collect());
        }
    }
    queries.truncate(100);
    while queries.len() < 100 {
        queries.push(words[queries.len() % words.len()].to_owned());
    }
    let v = run(
        &mut b,
        &format!(
            "const qs = {};
             let t0 = performance.now();
             const idx = new OcopSearch.Index(window.OCOP_SEARCH_INDEX);
             const build = performance.now() - t0;
             const times = [], hits = [];
             for (const q of qs) {{ const t = performance.now(); hits.push(idx.search(q).length); times.push(performance.now() - t); }}
             const warm = [];
             for (const q of qs) {{ const t = performance.now(); idx.search(q); warm.push(performance.now() - t); }}
             const s = a => {{ const x = [...a].sort((p, q) => p - q); return {{ mean: a.reduce((p, q) => p + q, 0) / a.length, p50: x[x.length >> 1], p95: x[Math.floor(x.length * .95)], max: x[x.length - 1] }}; }};
             const slowest = qs.map((q, i) => [times[i], q]).sort((a, b) => b[0] - a[0]).slice(0, 5);
             return {{ docs: idx.docs.length, terms: idx.terms.length, load_index_script: T1 - T0, build, cold: s(times), warm: s(warm), slowest }};",
            json!(queries)
        ),
    );
    println!(
        "search index: {raw} bytes, {gz} bytes gzipped; {}",
        serde_json::to_string_pretty(&v).unwrap()
    );
    assert!(gz < 3 * 1024 * 1024, "index {gz} bytes gzipped");
    assert!(v["cold"]["max"].as_f64().unwrap() < 50.0, "{v}");
    assert_clean(&b);
}

fn gzip_size(path: &Path) -> u64 {
    let out = std::process::Command::new("gzip")
        .args(["-9", "-c"])
        .arg(path)
        .output()
        .expect("gzip");
    out.stdout.len() as u64
}
