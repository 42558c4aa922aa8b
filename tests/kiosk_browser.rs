//! The kiosk in a real browser (issue #7): Debian's Chromium, headless,
//! opening output/kiosk/index.html from file:// with the network cut off.
//!
//! `cargo test -- --ignored` runs these (`.ci/run` does, after installing
//! chromium). `KIOSK_SHOTS=/tmp/kiosk-shots` keeps screenshots of the home,
//! a product and the attract loop at 1920×1080 and 1280×800. Nothing here
//! waits for a fixed time: each step waits for the event it needs (a
//! `hashchange`, an element, the attract loop), with a generous deadline
//! that only matters when the event never comes. Search speed is measured
//! by `benches/kiosk_search.rs`, not here.

mod browser;
mod common;

use std::path::PathBuf;
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

/// Saves a screenshot when `KIOSK_SHOTS` asks for them, after letting the
/// screen's transitions end (only pictures wait for time).
fn shot(b: &mut Browser, name: &str) {
    if let Some(dir) = shots_dir() {
        b.pump(Duration::from_millis(1500));
        std::fs::write(dir.join(format!("{name}.png")), b.screenshot()).unwrap();
    }
}

/// Opens `url` and installs [`browser::KIOSK_HELPERS`].
fn open(b: &mut Browser, url: &str) {
    b.navigate(url);
    b.eval(browser::KIOSK_HELPERS);
}

/// Evaluates an async body: `(async () => { BODY })()`.
fn run(b: &mut Browser, body: &str) -> Value {
    b.eval(&format!("(async () => {{ {body} }})()"))
}

/// The slugs the kiosk's search screen lists for `query`.
fn search(b: &mut Browser, query: &str) -> Vec<String> {
    let v = run(
        b,
        &format!(
            "await __go('#/search');
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
    open(&mut b, &format!("{url}?idle=600"));
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
        "await __nav(document.getElementById('search-launch'));",
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
    same_ranking_as_the_rust_matcher(&mut b);

    // The language toggle shows English (it draws the screen again at once).
    search(&mut b, "nho say");
    // English is loaded when chosen.
    run(
        &mut b,
        "const p = __drawn(); document.getElementById('lang-toggle').click(); await p;",
    );
    assert_eq!(b.eval("document.documentElement.lang"), "en");
    let text = b.eval("document.body.innerText");
    let text = text.as_str().unwrap();
    assert!(text.contains("Dried seedless grapes"), "{text:.400}");
    assert!(text.contains("Tiếng Việt"), "{text:.400}");
    run(&mut b, "await __nav(document.getElementById('nav-home'));");
    let text = b.eval("document.body.innerText");
    assert!(text.as_str().unwrap().contains("Food"), "{text}");

    // Every screen in both languages: drawn, nothing that leads out, every
    // button a touch target of at least 48 px.
    let routes: Vec<String> = serde_json::from_value(b.eval(
        "(() => { const d = OCOP_KIOSK.data['index.vi'], c = OCOP_KIOSK.data.config;
           return ['#/', '#/communes', '#/stars', '#/tourism', '#/search']
           .concat(d.groups.map(g => '#/group/' + g.code), d.communes.map(c => '#/commune/' + c.slug),
                   d.stars.map(s => '#/stars/' + s.stars), c.products.map(s => '#/product/' + s),
                   c.tourism.map(s => '#/tourism/' + s)); })()",
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
                        "OcopKiosk.state.lang = {}; await __go({});
                         const main = document.querySelector('main');
                         const out = [...document.querySelectorAll('a[href]')].filter(a => !a.getAttribute('href').startsWith('#')).length;
                         const small = [...document.querySelectorAll('button, input')].filter(e => {{
                           const r = e.getBoundingClientRect(); return r.width > 0 && (r.width < 48 || r.height < 48); }})
                           .map(e => e.outerHTML.slice(0, 80));
                         const broken = [];
                         for (const img of document.images) {{ try {{ await img.decode(); }} catch (e) {{ broken.push(img.src); }} }}
                         const article = document.querySelector('article.record');
                         return {{ main: !!main && main.children.length > 0, out, small, broken, lang: document.documentElement.lang,
                                   record: article && article.dataset.slug }};",
                        json!(lang),
                        json!(route)
                    ),
                );
                assert_eq!(v["main"], true, "{route} {lang}");
                assert_eq!(v["lang"], lang, "{route}");
                // A record's screen shows that record (its slice loaded).
                if let Some(slug) = route
                    .strip_prefix("#/product/")
                    .or_else(|| route.strip_prefix("#/tourism/"))
                {
                    assert_eq!(v["record"], slug, "{route} {lang}");
                }
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
        "OcopKiosk.state.lang = 'vi'; await __go('#/product/nho-say-tach-hat');
         return { qr: document.querySelectorAll('.qr svg').length, text: document.querySelector('main').innerText };",
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
        run(&mut b, "OcopKiosk.state.lang = 'vi'; await __go('#/');");
        shot(&mut b, &format!("home-{vw}x{vh}"));
        run(&mut b, "await __go('#/product/nho-say-tach-hat');");
        shot(&mut b, &format!("product-{vw}x{vh}"));
        run(
            &mut b,
            "OcopKiosk.state.lang = 'en'; await __go('#/tourism/du-lich-vuon-trai-cay-lam-son');",
        );
        shot(&mut b, &format!("tourism-en-{vw}x{vh}"));
    }

    // The idle timer starts the attract loop, never before its 2 s (a timer
    // cannot fire early); a touch on "English" ends it on the English home
    // screen.
    b.viewport(1920, 1080);
    open(&mut b, &format!("{url}#idle=2"));
    let idle = |b: &mut Browser, since: &str| -> f64 {
        run(
            b,
            &format!(
                "const since = {since};
                 await __until(() => !document.getElementById('attract').hidden, 'attract loop');
                 return performance.now() - since;"
            ),
        )
        .as_f64()
        .unwrap()
    };
    assert_eq!(b.eval("document.getElementById('attract').hidden"), true);
    // Since the page started (the idle timer starts after that).
    let waited = idle(&mut b, "0");
    assert!(
        waited >= 2000.0,
        "the attract loop started after {waited} ms"
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
    shot(&mut b, "attract-1920x1080");
    b.viewport(1280, 800);
    shot(&mut b, "attract-1280x800");
    // The touch ends the loop and draws the home screen at once (the
    // address is already #/).
    b.eval(
        "window.__touched = performance.now();
         document.querySelector('#attract [data-lang=\"en\"]').click()",
    );
    assert_eq!(b.eval("document.getElementById('attract').hidden"), true);
    assert_eq!(b.eval("document.documentElement.lang"), "en");
    assert_eq!(b.eval("location.hash"), "#/");
    // …and after another idle spell, a touch anywhere returns in Vietnamese.
    let waited = idle(&mut b, "window.__touched");
    assert!(
        waited >= 2000.0,
        "the attract loop came back after {waited} ms"
    );
    b.eval("document.querySelector('#attract .slide.on').click()");
    assert_eq!(b.eval("document.getElementById('attract').hidden"), true);
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

/// The kiosk's matcher (search.js) gives exactly the ranking of the Rust
/// reference matcher (`ocop::search`) on the shipped catalogue: the same
/// documents in the same order, each with the same worst field, and the
/// search screen lists them in that order.
fn same_ranking_as_the_rust_matcher(b: &mut Browser) {
    let mut diags = ocop::diagnostics::Diagnostics::new();
    let root = common::repo();
    let content = ocop::content::load(&root, &mut diags);
    let catalog = ocop::model::resolve(&content, None, common::today(), &mut diags).unwrap();
    let images = ocop::images::Images::probe(&root, &catalog, &mut diags);
    let site = ocop::site::Site::new(&root, catalog, images, Default::default());
    let index = ocop::search::SearchIndex::build(&site, &ocop::model::Selection::every());
    let queries = [
        "nho say",
        "thit de",
        "THỊT DÊ",
        "thit d",
        "dua luoi",
        "ĐŨA GỖ",
        "dried grapes",
        "smoked goat",
        "nhon son",
        "ninh thuận",
        "mat ong",
        "ca",
        "t",
        "d",
        "x",
        "qqqq",
    ];
    let js: Vec<Vec<(usize, u8)>> = serde_json::from_value(b.eval(&format!(
        "(() => {{ const idx = new OcopSearch.Index(window.OCOP_SEARCH_INDEX);
           return {}.map(q => idx.search(q).map(h => [h.doc, h.field])); }})()",
        json!(queries)
    )))
    .unwrap();
    let mut compared = 0;
    for (query, js) in queries.iter().zip(js) {
        let rust = index.search(query);
        assert_eq!(js, rust, "search.js and ocop::search differ on {query:?}");
        compared += rust.len();
        let listed = search(b, query);
        let expected: Vec<&str> = rust
            .iter()
            .take(40)
            .map(|&(d, _)| index.docs[d].slug.as_str())
            .collect();
        assert_eq!(listed, expected, "the kiosk lists {query:?}");
    }
    assert!(compared > 50, "{compared} hits compared");
}
