//! The list of outputs (issue #13): every file of a build comes from
//! exactly one output; `check` and `serve` report what `build` reports; an
//! output that fails is named.

mod common;

use ocop::messages::Lang;
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use common::*;
use ocop::BuildError;
use ocop::diagnostics::Diagnostics;
use ocop::output::Preview;
use ocop::write::MemorySink;

/// (code, file, message) of every diagnostic, in order.
fn listed(diags: &Diagnostics) -> Vec<(String, String, String)> {
    diags
        .items()
        .iter()
        .map(|d| {
            (
                d.code.as_str().to_owned(),
                d.file
                    .as_deref()
                    .map(ocop::diagnostics::display_path)
                    .unwrap_or_default(),
                d.message(Lang::En),
            )
        })
        .collect()
}

/// The shipped catalogue's site and theme, as `build` makes them.
fn shipped_site() -> (ocop::site::Site, Arc<ocop::theme::Theme>) {
    let root = repo();
    let mut diags = Diagnostics::new();
    let content = ocop::content::load(&root, &mut diags);
    let catalog = ocop::model::resolve(&content, None, today(), &mut diags).unwrap();
    let images = ocop::images::Images::probe(&root, &catalog, &mut diags);
    let theme = ocop::theme::Theme::load(
        &root,
        Path::new(ocop::theme::DEFAULT_THEME),
        &catalog.site,
        &mut diags,
    )
    .unwrap();
    let theme = Arc::new(theme);
    let site = ocop::site::Site::new(&root, catalog, images, theme.i18n().clone());
    (site, theme)
}

#[test]
fn every_file_comes_from_exactly_one_output() {
    let built = render_shipped();
    let (site, theme) = shipped_site();
    let outputs = ocop::build::outputs(&theme);
    let names: Vec<&str> = outputs.iter().map(|o| o.name()).collect();
    assert_eq!(
        names,
        [
            "pages",
            "redirects",
            "search",
            "kiosk",
            "google-merchant",
            "meta-catalog",
            "json",
            "sitemap",
            "atom",
            "print"
        ]
    );
    let mut owner: BTreeMap<String, &str> = BTreeMap::new();
    for output in &outputs {
        let sink = MemorySink::new();
        output.write(&site, &sink).expect("the output writes");
        let files = sink.into_files();
        // The shipped catalogue keeps no old address (tests/redirects.rs).
        assert!(
            !files.is_empty() || output.name() == "redirects",
            "{} wrote nothing",
            output.name()
        );
        for (path, bytes) in files {
            assert_eq!(
                built.get(&path),
                Some(&bytes),
                "{path} of {} is not the built file",
                output.name()
            );
            if let Some(other) = owner.insert(path.clone(), output.name()) {
                panic!("{path} is written by {other} and {}", output.name());
            }
        }
    }
    // The rest are the photo variants, written by the photo stage.
    let rest: Vec<&String> = built.keys().filter(|p| !owner.contains_key(*p)).collect();
    assert!(rest.len() > 100, "{}", rest.len());
    for path in rest {
        assert!(
            path.ends_with(".jpg") || path.ends_with(".webp"),
            "{path} comes from no output"
        );
        assert!(site.images().variant_file(path).is_some(), "{path}");
    }
    assert_eq!(owner["search/search-index.js"], "search");
    assert_eq!(owner["kiosk/data/search.js"], "search");
    assert_eq!(owner["kiosk/index.html"], "kiosk");
    assert_eq!(owner["products/nho-say-tach-hat/index.html"], "pages");
    assert_eq!(owner["print/shelf-cards.pdf"], "print");
    // `serve` renders the pages itself, writes the others on request, and
    // never makes the print pack.
    for output in &outputs {
        let expected = match output.name() {
            "pages" => Preview::OnRequest,
            "print" => Preview::BuildOnly,
            _ => Preview::InMemory,
        };
        assert_eq!(output.preview(), expected, "{}", output.name());
    }
}

#[test]
fn the_build_times_each_output() {
    let (report, _) = ocop::build::render_to_memory(&shipped()).unwrap();
    let timed: Vec<&str> = report.timings.outputs.iter().map(|(n, _)| *n).collect();
    assert_eq!(timed.len(), 10, "{timed:?}");
    assert_eq!(timed[0], "pages");
    assert_eq!(timed[1], "redirects");
    assert_eq!(timed[8], "atom");
    assert_eq!(timed[9], "print");
    // The summary lines come from the outputs, in list order: 45 records
    // and 13 one-page lists (4 sections, 6 groups, 3 star ratings) in two
    // languages, two home and two search pages and one 404 page; then the
    // merchant feeds (23 products, two without a price).
    assert_eq!(
        english(&report.summary[..2]),
        "pages: 90 record pages, 26 list pages, 5 others\n\
         feeds: 19 product(s) in Google Merchant Center, 21 in Meta; 4 left out"
    );
}

/// A project with a broken body link (found by the pages' check) and a
/// control character (a rule of resolve that ran in the feeds stage).
fn warned_project() -> Project {
    Project::new(&[
        ("communes/nhon-son/index.md", COMMUNE),
        ("producers/de-cuu/index.md", PRODUCER),
        (
            "products/thit-de/index.md",
            &PRODUCT.replace(
                "Thịt dê.\n",
                "Thịt dê, xem [dê cừu](../khong-co/) và [xã](../../communes/nhon-son/).\n",
            ),
        ),
        (
            "products/thit-cuu/index.md",
            &PRODUCT
                .replace("Thịt dê xông khói", "Thịt cừu")
                .replace("Thịt dê.\n", "Thịt cừu.\u{7}\n"),
        ),
    ])
}

#[test]
fn serve_reports_what_check_and_build_report() {
    let project = warned_project();
    let check = ocop::check(&project.options());
    let (built, _) = ocop::build::render_to_memory(&project.options()).unwrap();
    let mut live =
        ocop::serve::LiveSite::new(project.root(), "https://example.com".into(), Some(today()));
    let ocop::serve::Outcome::Ready(_, served) = live.rebuild(None, true) else {
        panic!("the project serves");
    };
    let expected = listed(&check.diagnostics);
    let codes: Vec<&str> = expected.iter().map(|(c, _, _)| c.as_str()).collect();
    assert!(codes.contains(&"broken-link"), "{codes:?}");
    assert!(codes.contains(&"control-character"), "{codes:?}");
    assert_eq!(listed(&built.diagnostics), expected);
    assert_eq!(listed(&served), expected);
    // An error of a rule that ran in the feeds stage before reaches serve.
    project.write(
        "products/thit-cuu/index.md",
        &PRODUCT
            .replace("Thịt dê xông khói", "Thịt cừu")
            .replace("price = 250000", "price = 250000\nsku = \"THIT-DE\""),
    );
    project.write(
        "products/thit-de/index.md",
        &PRODUCT.replace("price = 250000", "price = 250000\nsku = \"thit-de\""),
    );
    let errors = match live.rebuild(None, false) {
        ocop::serve::Outcome::Failed(errors) => errors,
        ocop::serve::Outcome::Ready(_, d) => {
            panic!(
                "a duplicate feed id stops serve's rebuild: {:?}",
                listed(&d)
            )
        }
    };
    assert!(
        errors.items().iter().any(|d| d.code == "duplicate-feed-id"),
        "{:?}",
        listed(&errors)
    );
}

#[test]
fn a_kiosk_failure_is_reported_as_a_kiosk_failure() {
    let project = Project::new(&[
        ("communes/nhon-son/index.md", COMMUNE),
        ("producers/de-cuu/index.md", PRODUCER),
        ("products/thit-de/index.md", PRODUCT),
    ]);
    let template = project.root().join("themes/default/templates/kiosk.html");
    // A template that parses but cannot render: `check` cannot see it.
    std::fs::write(&template, "{{ no_such_variable }}").unwrap();
    let check = ocop::check(&project.options());
    assert!(
        !check.diagnostics.has_errors(),
        "{:?}",
        listed(&check.diagnostics)
    );
    let output = project.root().join("output");
    let mut options = project.options();
    options.output = Some(output.clone());
    match ocop::build(&options) {
        Err(BuildError::Output {
            output: name,
            diagnostics,
        }) => {
            assert_eq!(name, "kiosk");
            let errors = listed(&diagnostics.errors_only());
            assert_eq!(errors.len(), 1, "{errors:?}");
            assert_eq!(errors[0].0, "template-error");
            assert_eq!(errors[0].1, "themes/default/templates/kiosk.html");
            assert!(
                errors[0]
                    .2
                    .starts_with("rendering kiosk/index.html with kiosk.html failed"),
                "{}",
                errors[0].2
            );
        }
        other => panic!("expected a kiosk failure, got {other:?}"),
    }
    assert!(!output.exists(), "a failed build wrote the output");
    // Without the template, `check` (and so `serve`) names it.
    std::fs::remove_file(&template).unwrap();
    let check = ocop::check(&project.options());
    let errors = listed(&check.diagnostics.errors_only());
    assert_eq!(
        errors,
        [(
            "missing-template".to_owned(),
            "themes/default/templates".to_owned(),
            "the theme has no template kiosk.html".to_owned()
        )]
    );
}

#[test]
fn search_and_feeds_read_the_one_plain_text_of_a_body() {
    let (site, _) = shipped_site();
    let products = ocop::content::Section::Products;
    let i = site
        .catalog()
        .position(products, "tao-xanh-nhon-son")
        .unwrap();
    // The English body says "the fruit of the Indian jujube tree[^1]", and
    // its footnote "Scientific name *Ziziphus mauritiana*…": the plain text
    // keeps the text and leaves the footnote out, for every reader.
    let text = site.body_text(products, i, "en");
    assert!(text.contains("fruit of the Indian jujube tree:"), "{text}");
    assert!(!text.contains("Scientific"), "{text}");
    let index = ocop::search::SearchIndex::build(&site, &ocop::model::Selection::every());
    let found = |q: &str| -> Vec<String> {
        index
            .search(q)
            .into_iter()
            .map(|(d, _)| index.docs[d].slug.clone())
            .collect()
    };
    assert!(found("jujube").contains(&"tao-xanh-nhon-son".to_owned()));
    assert!(found("scientific").is_empty());
    let (_, sink) = ocop::build::render_to_memory(&shipped()).unwrap();
    let files = sink.into_files();
    let export: serde_json::Value = serde_json::from_slice(&files["feeds/catalog.json"]).unwrap();
    let product = export["products"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["slug"] == "tao-xanh-nhon-son")
        .unwrap();
    assert_eq!(product["description"]["en"], text);
}

#[test]
fn an_address_too_long_for_a_qr_code_gets_a_warning_and_no_code() {
    // Version 40-L holds 2,953 bytes: this shop link has 3,018.
    let long_shop = format!("https://shopee.vn/{}", "a".repeat(3000));
    let product = PRODUCT.replace(
        "price = 250000",
        &format!(
            "price = 250000\nbuy = [{{ kind = \"shopee\", url = \"{long_shop}\" }}, {{ kind = \"lazada\", url = \"https://www.lazada.vn/thit-de\" }}]"
        ),
    );
    let project = Project::new(&[
        ("communes/nhon-son/index.md", COMMUNE),
        ("producers/de-cuu/index.md", PRODUCER),
        ("products/thit-de/index.md", &product),
    ]);
    // The product's code would carry its first shop link.
    project.write(
        "site.toml",
        "title = \"Thử nghiệm\"\nbase_url = \"https://example.com\"\nlanguages = [\"vi\", \"en\"]\n[translations.en]\ntitle = \"Test\"\n[kiosk]\nqr_target = \"marketplace\"\n",
    );
    let (report, sink) = ocop::build::render_to_memory(&project.options()).unwrap();
    let warned: Vec<_> = listed(&report.diagnostics)
        .into_iter()
        .filter(|(code, _, _)| code == "url-too-long-for-qr")
        .collect();
    assert_eq!(
        warned,
        [(
            "url-too-long-for-qr".to_owned(),
            "content/products/thit-de/index.md".to_owned(),
            "the shop link in `buy` (shopee) is 3018 characters long, more than a QR code can hold: it gets no QR code".to_owned()
        )]
    );
    let files = sink.into_files();
    // The page's code falls back to the page itself.
    let html = page(&files, "en/products/thit-de/index.html");
    assert!(
        html.contains("<figure class=\"qr-block\"><svg"),
        "no QR code"
    );
    assert!(html.contains("Scan to open this page on your phone"));
    // The kiosk shows the lazada link's code only.
    let data = kiosk_catalog(&files, "en");
    let p = &data["products"][0];
    assert_eq!(p["qr"]["url"], "https://example.com/en/products/thit-de/");
    assert_eq!(p["qr_is_shop"], false);
    let shops: Vec<&str> = p["buy"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["qr"]["url"].as_str().unwrap())
        .collect();
    assert_eq!(shops, ["https://www.lazada.vn/thit-de"]);
    // A base_url so long that no page address fits: no code anywhere, and
    // still no panic.
    let base = format!("https://example.com/{}", "o".repeat(3000));
    project.write(
        "site.toml",
        &format!("title = \"Thử nghiệm\"\nbase_url = \"{base}\"\nlanguages = [\"vi\", \"en\"]\n[translations.en]\ntitle = \"Test\"\n"),
    );
    let (report, sink) = ocop::build::render_to_memory(&project.options()).unwrap();
    let pages_warned = listed(&report.diagnostics)
        .into_iter()
        .filter(|(_, _, message)| message.starts_with("the address of its"))
        .count();
    assert_eq!(pages_warned, 2, "one per language of the one product");
    let files = sink.into_files();
    assert!(!page(&files, "products/thit-de/index.html").contains("qr-block"));
    assert_eq!(
        kiosk_catalog(&files, "vi")["products"][0]["qr"],
        serde_json::Value::Null
    );
}
