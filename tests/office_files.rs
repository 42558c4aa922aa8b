//! Files as offices really make them (issue #21): names copied from a Mac
//! (Unicode NFD), records saved by Word or Notepad (a BOM, CRLF, curly
//! quotes), editors' backups next to a record, odd addresses.

mod common;

use std::fs;

use common::*;
use icu_normalizer::DecomposingNormalizerBorrowed;
use ocop::diagnostics::{Diagnostics, Severity};

/// `text` decomposed (NFD), as macOS writes file names: "ả" becomes "a" +
/// U+0309.
fn nfd(text: &str) -> String {
    DecomposingNormalizerBorrowed::new_nfd()
        .normalize(text)
        .into_owned()
}

/// A small JPEG photo.
fn jpeg() -> Vec<u8> {
    let img = image::RgbImage::from_pixel(64, 48, image::Rgb([200, 120, 40]));
    let mut out = std::io::Cursor::new(Vec::new());
    img.write_to(&mut out, image::ImageFormat::Jpeg).unwrap();
    out.into_inner()
}

/// The codes of the diagnostics of `severity`, with their file.
fn codes(diags: &Diagnostics, severity: Severity) -> Vec<(String, String)> {
    diags
        .items()
        .iter()
        .filter(|d| d.severity == severity)
        .map(|d| {
            (
                d.code.as_str().to_owned(),
                d.file
                    .as_ref()
                    .map(|f| ocop::diagnostics::display_path(f))
                    .unwrap_or_default(),
            )
        })
        .collect()
}

const DIR: &str = "products/thit-de-xong-khoi";

/// The product record as Notepad on Windows saves it: a BOM and CRLF.
fn windows_record(front: &str, body: &str) -> String {
    let text = PRODUCT
        .replace("price = 250000\n", &format!("price = 250000\n{front}"))
        .replace("Thịt dê.\n", body);
    format!("\u{FEFF}{}", text.replace('\n', "\r\n"))
}

#[test]
fn names_copied_from_a_mac_resolve_and_are_published_in_nfc() {
    let project = Project::new(&[
        ("communes/nhon-son/index.md", COMMUNE),
        ("producers/de-cuu/index.md", PRODUCER),
    ]);
    project.write(
        &format!("{DIR}/index.md"),
        &windows_record(
            "images = [\"ảnh-sản-phẩm.jpg\"]\n",
            "Xem [bảng giá](bảng-giá.pdf) và [tờ rơi](tờ%20rơi.pdf).\n",
        ),
    );
    let dir = project.root().join("content").join(DIR);
    // The names on disk are NFD, as a Mac copies them; the record is NFC.
    let photo = nfd("ảnh-sản-phẩm.jpg");
    assert_ne!(photo, "ảnh-sản-phẩm.jpg");
    fs::write(dir.join(&photo), jpeg()).unwrap();
    fs::write(dir.join(nfd("bảng-giá.pdf")), b"%PDF-1.4 price list").unwrap();
    fs::write(dir.join(nfd("tờ rơi.pdf")), b"%PDF-1.4 leaflet").unwrap();

    let (report, sink) = ocop::build::render_to_memory(&project.options()).unwrap();
    assert_eq!(codes(&report.diagnostics, Severity::Error), vec![]);
    let files = sink.into_files();
    // Published under the NFC names, with the bytes of the NFD files.
    assert_eq!(
        files[&format!("{DIR}/bảng-giá.pdf")],
        b"%PDF-1.4 price list"
    );
    assert_eq!(files[&format!("{DIR}/tờ rơi.pdf")], b"%PDF-1.4 leaflet");
    assert!(!files.contains_key(&format!("{DIR}/{}", nfd("bảng-giá.pdf"))));
    // The photo's variants are made.
    assert!(
        files
            .keys()
            .any(|k| k.starts_with(&format!("{DIR}/anh-san-pham-")) && k.ends_with(".jpg")),
        "{:?}",
        files
            .keys()
            .filter(|k| k.starts_with(DIR))
            .collect::<Vec<_>>()
    );
    // The body links lead to the files, escaped in the address.
    let html = page(&files, &format!("{DIR}/index.html"));
    assert!(
        html.contains("href=\"/products/thit-de-xong-khoi/b%E1%BA%A3ng-gi%C3%A1.pdf\""),
        "{html}"
    );
    assert!(
        html.contains("href=\"/products/thit-de-xong-khoi/t%E1%BB%9D%20r%C6%A1i.pdf\""),
        "{html}"
    );
}

#[test]
fn two_files_that_windows_would_take_for_one_are_an_error() {
    let project = Project::new(&[
        ("communes/nhon-son/index.md", COMMUNE),
        ("producers/de-cuu/index.md", PRODUCER),
        (&format!("{DIR}/index.md"), PRODUCT),
    ]);
    let dir = project.root().join("content").join(DIR);
    fs::write(dir.join("Nhãn.pdf"), b"a").unwrap();
    fs::write(dir.join("nhãn.pdf"), b"b").unwrap();
    fs::write(dir.join("bảng-giá.pdf"), b"c").unwrap();
    fs::write(dir.join(nfd("bảng-giá.pdf")), b"d").unwrap();
    let report = ocop::check(&project.options());
    let found = codes(&report.diagnostics, Severity::Error);
    let clash = |name: &str| {
        (
            "file-name-clash".to_owned(),
            format!("content/{DIR}/{name}"),
        )
    };
    assert_eq!(
        found,
        vec![clash("bảng-giá.pdf"), clash("nhãn.pdf")],
        "{found:?}"
    );
    let messages: Vec<String> = report
        .diagnostics
        .items()
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| d.message(ocop::messages::Lang::En))
        .collect();
    assert!(
        messages[0].ends_with(
            "are the same name with the accents encoded two ways (one file copied from a Mac)"
        ),
        "{messages:?}"
    );
    assert!(
        messages[1].contains("differ only in letter case"),
        "{messages:?}"
    );
}

#[test]
fn editors_leftovers_are_never_published() {
    let project = Project::new(&[
        ("communes/nhon-son/index.md", COMMUNE),
        ("producers/de-cuu/index.md", PRODUCER),
        (&format!("{DIR}/index.md"), PRODUCT),
    ]);
    let clean = ocop::build::render_to_memory(&project.options()).unwrap();
    let leftovers = [
        "index.md~",
        "index.md.bak",
        "index.md.bck",
        "index.md.orig",
        "index.md.rej",
        ".index.md.swp",
        "index.md.swo",
        ".index.md.kate-swp",
        "#index.md#",
        ".#index.md",
        "~$bang-gia.docx",
        "~WRL0001.tmp",
        "sedX1b2Zq",
        ".goutputstream-8ZQ4X2",
        "4913",
        ".DS_Store",
        "Thumbs.db",
        "desktop.ini",
    ];
    let root = project.root();
    for dir in [
        root.join("content").join(DIR),
        root.join("content"),
        root.join("content/products"),
        root.join("themes/default/static"),
    ] {
        for name in leftovers {
            // A backup of a record is a record's text, half edited.
            fs::write(
                dir.join(name),
                PRODUCT.replace("price = 250000", "prcie = 1"),
            )
            .unwrap();
        }
    }
    // A template's backup, half edited, would not even parse.
    for name in [
        "base.html~",
        "base.html.bak",
        ".base.html.swp",
        "#base.html#",
    ] {
        fs::write(root.join("themes/default/templates").join(name), "{% if %}").unwrap();
    }
    let (report, sink) = ocop::build::render_to_memory(&project.options()).unwrap();
    let listed = |diags: &Diagnostics| -> Vec<String> {
        diags
            .items()
            .iter()
            .map(|d| format!("{} {:?}", d.code, d.file))
            .collect()
    };
    // Not one diagnostic more, not one file more.
    assert_eq!(listed(&report.diagnostics), listed(&clean.0.diagnostics));
    let names = |files: std::collections::BTreeMap<String, Vec<u8>>| -> Vec<String> {
        files.into_keys().collect()
    };
    assert_eq!(names(sink.into_files()), names(clean.1.into_files()));
}

/// The card titles of a list page, in order.
fn card_titles(html: &str) -> Vec<String> {
    let doc = scraper::Html::parse_document(html);
    let title = scraper::Selector::parse(".card-title").unwrap();
    doc.select(&title)
        .map(|e| e.text().collect::<String>())
        .collect()
}

#[test]
fn each_language_lists_its_own_names_in_its_own_order() {
    // (folder, Vietnamese name, English name)
    let products = [
        ("xoai", "Xoài", "Mango"),
        ("dua-go", "Đũa gỗ", "Bamboo chopsticks"),
        ("am-tra", "Ấm trà", "Teapot"),
        ("banh-trang", "Bánh tráng", "Rice paper"),
        ("dau-phong", "Đậu phộng rang", "Peanuts"),
    ];
    let project = Project::new(&[
        ("communes/nhon-son/index.md", COMMUNE),
        ("producers/de-cuu/index.md", PRODUCER),
    ]);
    for (slug, vi, en) in products {
        project.write(
            &format!("products/{slug}/index.md"),
            &PRODUCT.replace("Thịt dê xông khói", vi),
        );
        project.write(
            &format!("products/{slug}/index.en.md"),
            &format!("+++\nname = \"{en}\"\n+++\nIn English.\n"),
        );
    }
    let (_, sink) = ocop::build::render_to_memory(&project.options()).unwrap();
    let files = sink.into_files();
    // Vietnamese order: a ă â b c d đ … u ư … x. "Ấm" (â) comes before b;
    // đ is a letter of its own after d; "Đậu" before "Đũa" (â before u).
    assert_eq!(
        card_titles(&page(&files, "products/index.html")),
        ["Ấm trà", "Bánh tráng", "Đậu phộng rang", "Đũa gỗ", "Xoài"]
    );
    assert_eq!(
        card_titles(&page(&files, "en/products/index.html")),
        [
            "Bamboo chopsticks",
            "Mango",
            "Peanuts",
            "Rice paper",
            "Teapot"
        ]
    );
    // The group's list too (all five are food), and a record's own list
    // of products: the producer's and the commune's pages.
    for list in [
        "en/groups/food/index.html",
        "en/producers/de-cuu/index.html",
        "en/communes/nhon-son/index.html",
    ] {
        assert_eq!(
            card_titles(&page(&files, list)),
            [
                "Bamboo chopsticks",
                "Mango",
                "Peanuts",
                "Rice paper",
                "Teapot"
            ],
            "{list}"
        );
    }
    assert_eq!(
        card_titles(&page(&files, "producers/de-cuu/index.html")),
        ["Ấm trà", "Bánh tráng", "Đậu phộng rang", "Đũa gỗ", "Xoài"]
    );
    // The kiosk's lists, in each language's data: record numbers are the
    // catalogue's (Vietnamese) order, the lists each language's own.
    for (lang, names) in [
        (
            "vi",
            ["Ấm trà", "Bánh tráng", "Đậu phộng rang", "Đũa gỗ", "Xoài"],
        ),
        (
            "en",
            [
                "Bamboo chopsticks",
                "Mango",
                "Peanuts",
                "Rice paper",
                "Teapot",
            ],
        ),
    ] {
        let kiosk = kiosk_catalog(&files, lang);
        let cards = kiosk["products_cards"].as_array().unwrap();
        let named = |list: &serde_json::Value| -> Vec<String> {
            list.as_array()
                .unwrap()
                .iter()
                .map(|n| {
                    cards[n.as_u64().unwrap() as usize][0]
                        .as_str()
                        .unwrap()
                        .to_owned()
                })
                .collect()
        };
        let food = kiosk_group(&kiosk, "food");
        assert_eq!(named(&food["products"]), names, "{lang} group");
        assert_eq!(
            named(&kiosk["communes"][0]["products"]),
            names,
            "{lang} commune"
        );
    }
}

/// `check`'s `legacy-encoding` diagnostics of `project`: severity,
/// `file:line:column` and the English message.
fn legacy_fonts(project: &Project) -> Vec<(Severity, String, String)> {
    let report = ocop::check(&project.options());
    let diags = &report.diagnostics;
    diags
        .items()
        .iter()
        .filter(|d| d.code == "legacy-encoding")
        .map(|d| {
            let at = diags.line_col(d).unwrap();
            let file = ocop::diagnostics::display_path(d.file.as_deref().unwrap());
            (
                d.severity,
                format!("{file}:{}:{}", at.line, at.column),
                d.message(ocop::messages::Lang::En),
            )
        })
        .collect()
}

/// Text pasted from Word, a web page and Zalo into records saved by
/// Notepad: Word's quotes pass, a zero-width space and a right-to-left
/// override are warned about and kept out of the feeds, one TCVN3 word is
/// a warning, a TCVN3 sentence an error, a folder name over 80 letters an
/// error.
#[test]
fn pasted_text_is_judged_as_it_should_be() {
    let project = Project::new(&[
        ("communes/nhon-son/index.md", COMMUNE),
        ("producers/de-cuu/index.md", PRODUCER),
    ]);
    project.write(
        &format!("{DIR}/index.md"),
        &windows_record(
            "summary = \"Thịt dê “Nhơn Sơn” – «ngon» ©\u{202E}2025\"\n",
            "Món “crème brûlée” của bếp Müller.\n",
        )
        .replace("Thịt dê xông khói", "Thịt dê\u{200B} xông khói"),
    );
    project.write(
        "products/nho/index.md",
        &PRODUCT.replace("Thịt dê xông khói", "Nho Ninh S¬n"),
    );
    let long = "a".repeat(81);
    project.write(&format!("products/{long}/index.md"), PRODUCT);
    let report = ocop::check(&project.options());
    let warned = |code: &str| -> Vec<String> {
        report
            .diagnostics
            .items()
            .iter()
            .filter(|d| d.code == code)
            .map(|d| {
                format!(
                    "{:?} {}",
                    d.severity,
                    ocop::diagnostics::display_path(d.file.as_deref().unwrap())
                )
            })
            .collect()
    };
    assert_eq!(
        warned("invisible-character"),
        [format!("Warning content/{DIR}/index.md")]
    );
    assert_eq!(
        warned("legacy-encoding"),
        ["Warning content/products/nho/index.md"]
    );
    assert_eq!(
        warned("invalid-slug"),
        [format!("Error content/products/{long}")]
    );
    // A TCVN3 sentence is an error.
    project.write(
        "products/nho/index.md",
        &PRODUCT.replace("Thịt dê xông khói", "Nho Ninh S¬n, ®Æc s¶n Ninh ThuËn"),
    );
    assert_eq!(
        legacy_fonts(&project),
        [(
            Severity::Error,
            "content/products/nho/index.md:2:18".to_owned(),
            "the text looks typed with a TCVN3 (ABC) font, not Unicode (\"S¬n\")".to_owned()
        )]
    );
    // site.toml is judged as a record is: a title retyped from an old
    // TCVN3 document is an error at its line and column.
    project.write("products/nho/index.md", PRODUCT);
    project.write(
        "site.toml",
        "title = \"S¶n phÈm OCOP Ninh S¬n\"\nbase_url = \"https://example.com\"\n",
    );
    assert_eq!(
        legacy_fonts(&project),
        [(
            Severity::Error,
            "content/site.toml:1:10".to_owned(),
            "the text looks typed with a TCVN3 (ABC) font, not Unicode (\"S¶n\")".to_owned()
        )]
    );
}
