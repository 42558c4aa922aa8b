//! The shipped Ninh Sơn catalogue, built as a user would build it.

mod common;

use ocop::messages::Lang;
use std::collections::BTreeSet;

use common::*;
use scraper::{Html, Selector};

#[test]
fn every_product_has_a_page_in_both_languages() {
    let files = render_shipped();
    let count = |prefix: &str| {
        files
            .keys()
            .filter(|k| {
                k.starts_with(prefix)
                    && k.ends_with("/index.html")
                    && k.matches('/').count() == prefix.matches('/').count() + 1
            })
            .count()
    };
    assert_eq!(count("products/"), 23);
    assert_eq!(count("en/products/"), 23);
    assert_eq!(count("communes/"), 8);
    assert_eq!(count("en/communes/"), 8);
    assert_eq!(count("tourism/"), 2);
    assert_eq!(count("en/tourism/"), 2);
    assert_eq!(count("producers/"), 12);
    for group in [
        "food",
        "beverages",
        "herbal",
        "handicrafts",
        "ornamental",
        "tourism",
    ] {
        assert!(
            files.contains_key(&format!("groups/{group}/index.html")),
            "{group}"
        );
        assert!(
            files.contains_key(&format!("en/groups/{group}/index.html")),
            "{group}"
        );
    }
    for stars in [3, 4, 5] {
        assert!(files.contains_key(&format!("stars/{stars}/index.html")));
        assert!(files.contains_key(&format!("en/stars/{stars}/index.html")));
    }
    assert!(files.contains_key("index.html"));
    assert!(files.contains_key("en/index.html"));
    assert!(files.contains_key("404.html"));
}

/// Every href and src inside the site points at a file of the output.
#[test]
fn every_internal_link_resolves() {
    let files = render_shipped();
    let selector =
        Selector::parse("a[href], link[href], img[src], img[srcset], source[srcset]").unwrap();
    let mut checked = 0;
    for (path, bytes) in &files {
        if !path.ends_with(".html") {
            continue;
        }
        let html = Html::parse_document(std::str::from_utf8(bytes).unwrap());
        for el in html.select(&selector) {
            let v = el.value();
            // Every candidate of a srcset ("url 640w, url 1280w") counts.
            let srcset = v.attr("srcset").unwrap_or_default();
            let targets = v.attr("href").or(v.attr("src")).into_iter().chain(
                srcset
                    .split(',')
                    .filter_map(|c| c.split_whitespace().next()),
            );
            for target in targets {
                if !target.starts_with('/') || target.starts_with("//") {
                    continue;
                }
                let file = target
                    .split(['#', '?'])
                    .next()
                    .unwrap()
                    .trim_start_matches('/');
                let file = if file.is_empty() || file.ends_with('/') {
                    format!("{file}index.html")
                } else {
                    file.to_owned()
                };
                assert!(
                    files.contains_key(&file),
                    "{path} links to {target}, which is not in the output"
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 1000, "only {checked} links checked");
}

#[test]
fn english_smoked_goat_page_links_back_to_vietnamese() {
    let files = render_shipped();
    let html = Html::parse_document(&page(&files, "en/products/thit-de-xong-khoi/index.html"));
    let root = html.root_element();
    assert_eq!(root.value().attr("lang"), Some("en"));
    let sel = |s: &str| Selector::parse(s).unwrap();
    let canonical = html.select(&sel("link[rel=canonical]")).next().unwrap();
    assert_eq!(
        canonical.value().attr("href"),
        Some("https://ocop-ninhson.example.com/en/products/thit-de-xong-khoi/")
    );
    let alternates: BTreeSet<(String, String)> = html
        .select(&sel("link[rel=alternate][hreflang]"))
        .map(|e| {
            (
                e.value().attr("hreflang").unwrap().to_owned(),
                e.value().attr("href").unwrap().to_owned(),
            )
        })
        .collect();
    let expected: BTreeSet<(String, String)> = [
        (
            "vi",
            "https://ocop-ninhson.example.com/products/thit-de-xong-khoi/",
        ),
        (
            "en",
            "https://ocop-ninhson.example.com/en/products/thit-de-xong-khoi/",
        ),
        (
            "x-default",
            "https://ocop-ninhson.example.com/products/thit-de-xong-khoi/",
        ),
    ]
    .iter()
    .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
    .collect();
    assert_eq!(alternates, expected);
    // The visible language switch leads to the Vietnamese page.
    let switch = html
        .select(&sel("a[hreflang=vi]"))
        .next()
        .expect("a link to the Vietnamese page");
    assert_eq!(
        switch.value().attr("href"),
        Some("/products/thit-de-xong-khoi/")
    );
    // And the Vietnamese page links to the English one.
    let vi = Html::parse_document(&page(&files, "products/thit-de-xong-khoi/index.html"));
    assert_eq!(vi.root_element().value().attr("lang"), Some("vi"));
    assert!(
        vi.select(&sel(
            "a[hreflang=en][href='/en/products/thit-de-xong-khoi/']"
        ))
        .next()
        .is_some()
    );
}

/// The site path of an output file: `products/x/index.html` → `/products/x/`.
fn url_of(file: &str) -> String {
    format!("/{}", file.strip_suffix("index.html").unwrap_or(file))
}

/// Every page (but the kiosk's, and the bilingual 404 page) has a
/// counterpart in the other language and
/// links to it twice: a visible switch (`<a hreflang>`) and the alternates
/// of the head (`<link rel=alternate hreflang>`, with x-default: the
/// Vietnamese page); its canonical address is its own. The search pages,
/// kept out of search engines, have the switch only.
#[test]
fn every_page_links_to_its_counterpart() {
    let files = render_shipped();
    let base = "https://ocop-ninhson.example.com";
    let sel = |s: &str| Selector::parse(s).unwrap();
    let mut pages = 0;
    for (path, bytes) in &files {
        if !path.ends_with(".html") || path.starts_with("kiosk/") {
            continue;
        }
        if path == "404.html" {
            // One page for every address, in both languages: it leads to
            // both home pages.
            let html = Html::parse_document(std::str::from_utf8(bytes).unwrap());
            for home in ["/", "/en/"] {
                assert!(
                    html.select(&sel(&format!("a[href='{home}']")))
                        .next()
                        .is_some(),
                    "404.html does not lead to {home}"
                );
            }
            continue;
        }
        let (lang, other_lang, vi_file) = match path.strip_prefix("en/") {
            Some(vi) => ("en", "vi", vi.to_owned()),
            None => ("vi", "en", path.clone()),
        };
        let en_file = format!("en/{vi_file}");
        let other = if lang == "vi" { &en_file } else { &vi_file };
        assert!(files.contains_key(other), "{path}: no {other}");
        let html = Html::parse_document(std::str::from_utf8(bytes).unwrap());
        assert_eq!(
            html.root_element().value().attr("lang"),
            Some(lang),
            "{path}"
        );
        let switch: Vec<&str> = html
            .select(&sel(&format!("a[hreflang={other_lang}]")))
            .filter_map(|a| a.value().attr("href"))
            .collect();
        assert_eq!(switch, [url_of(other)], "{path}: the language switch");
        if html
            .select(&sel("meta[name=robots][content=noindex]"))
            .next()
            .is_some()
        {
            // Search pages are not for search engines: no canonical or
            // alternates, only the switch.
            assert!(path.ends_with("search/index.html"), "{path} is noindex");
            assert!(
                html.select(&sel("link[rel=canonical], link[rel=alternate][hreflang]"))
                    .next()
                    .is_none()
            );
            pages += 1;
            continue;
        }
        let alternates: BTreeSet<(String, String)> = html
            .select(&sel("link[rel=alternate][hreflang]"))
            .map(|e| {
                let v = e.value();
                (
                    v.attr("hreflang").unwrap().to_owned(),
                    v.attr("href").unwrap().to_owned(),
                )
            })
            .collect();
        let expected: BTreeSet<(String, String)> = [
            ("vi", url_of(&vi_file)),
            ("en", url_of(&en_file)),
            ("x-default", url_of(&vi_file)),
        ]
        .into_iter()
        .map(|(l, u)| (l.to_owned(), format!("{base}{u}")))
        .collect();
        assert_eq!(alternates, expected, "{path}: the alternates");
        let canonical = html
            .select(&sel("link[rel=canonical]"))
            .next()
            .and_then(|e| e.value().attr("href"));
        assert_eq!(
            canonical,
            Some(format!("{base}{}", url_of(path)).as_str()),
            "{path}"
        );
        pages += 1;
    }
    // 23 products, 12 producers, 8 communes, 2 tourism points, lists and
    // the home page, each in two languages.
    assert!(pages > 2 * (23 + 12 + 8 + 2), "{pages} pages");
}

/// Prices as the shipped records give them (`price = …` in whole VND),
/// written out by hand: "." groups and a no-break space before ₫ in
/// Vietnamese, "₫" first and "," groups in English.
#[test]
fn prices_are_formatted_per_language() {
    let files = render_shipped();
    for (slug, vi, en) in [
        ("thit-de-xong-khoi", "280.000\u{a0}₫", "₫280,000"),
        ("nhung-huou-tuoi", "2.500.000\u{a0}₫", "₫2,500,000"),
        ("tao-xanh-nhon-son", "35.000\u{a0}₫", "₫35,000"),
    ] {
        for (path, want) in [
            (format!("products/{slug}/index.html"), vi),
            (format!("en/products/{slug}/index.html"), en),
        ] {
            let html = Html::parse_document(&page(&files, &path));
            let price: String = html
                .select(&Selector::parse("main .price strong").unwrap())
                .next()
                .unwrap_or_else(|| panic!("{path}: no price"))
                .text()
                .collect();
            assert_eq!(price, want, "{path}");
        }
    }
}

#[test]
fn product_lists_are_in_vietnamese_alphabetical_order() {
    let files = render_shipped();
    let html = Html::parse_document(&page(&files, "products/index.html"));
    let names: Vec<String> = html
        .select(&Selector::parse(".card-title").unwrap())
        .map(|e| e.text().collect::<String>().trim().to_owned())
        .collect();
    assert!(names.len() >= 23, "{names:?}");
    // Worked out by hand from the alphabet a ă â b c d đ e ê g h …:
    // "Bưởi" < "Cao thảo dược" < "Dưa lưới" (d) < "Đũa gỗ" (đ) < "Hạt điều…".
    let pos = |n: &str| {
        names
            .iter()
            .position(|x| x == n)
            .unwrap_or_else(|| panic!("{n} not in {names:?}"))
    };
    assert!(pos("Bưởi") < pos("Cao thảo dược"));
    assert!(pos("Cao thảo dược") < pos("Dưa lưới"));
    assert!(pos("Dưa lưới") < pos("Đũa gỗ"));
    assert!(pos("Đũa gỗ") < pos("Hạt điều rang muối"));
    assert!(pos("Xoài") == names.len() - 1, "Xoài comes last");
}

#[test]
fn lapsed_certificates_show_no_stars() {
    let files = render_shipped();
    // nho-say-nguyen-hat: 3 stars, decision of 26/12/2022, lapsed on 26/12/2025.
    let lapsed = page(&files, "products/nho-say-nguyen-hat/index.html");
    let html = Html::parse_document(&lapsed);
    let info = html
        .select(&Selector::parse(".record-info").unwrap())
        .next()
        .unwrap()
        .html();
    assert!(!info.contains("★"), "a lapsed product shows stars: {info}");
    assert!(lapsed.contains("26/12/2025"));
    // hat-dieu-rang-muoi: 4 stars, decision of 20/12/2024, valid.
    let valid = page(&files, "products/hat-dieu-rang-muoi/index.html");
    assert!(valid.contains("★★★★☆"));
    let four = page(&files, "stars/4/index.html");
    assert!(four.contains("/products/hat-dieu-rang-muoi/"));
    let three = page(&files, "stars/3/index.html");
    assert!(!three.contains("/products/nho-say-nguyen-hat/"));
}

#[test]
fn untranslated_text_is_marked_vietnamese() {
    let project = Project::new(&[
        ("communes/nhon-son/index.md", COMMUNE),
        ("producers/de-cuu/index.md", PRODUCER),
        ("products/thit-de-xong-khoi/index.md", PRODUCT),
    ]);
    let (report, sink) = ocop::build::render_to_memory(&project.options()).unwrap();
    let files = sink.into_files();
    let en = page(&files, "en/products/thit-de-xong-khoi/index.html");
    assert!(
        en.contains("<h1><span lang=\"vi\">Thịt dê xông khói</span></h1>"),
        "{en}"
    );
    assert!(en.contains("note-untranslated"));
    let products = &report.sections[0];
    assert_eq!(products.translated, vec![("en".to_owned(), 0)]);
}

#[test]
fn markdown_tables_footnotes_and_bundle_links() {
    let project = Project::new(&[
        ("communes/nhon-son/index.md", COMMUNE),
        ("producers/de-cuu/index.md", PRODUCER),
        (
            "products/thit-de-xong-khoi/index.md",
            &PRODUCT.replace(
                "Thịt dê.\n",
                "# Cách dùng\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\nXem [xã](../../communes/nhon-son/) và \"ngon\"[^1].\n\n[^1]: Chú thích.\n\n<script>alert(1)</script>\n",
            ),
        ),
    ]);
    let (_, sink) = ocop::build::render_to_memory(&project.options()).unwrap();
    let files = sink.into_files();
    let vi = page(&files, "products/thit-de-xong-khoi/index.html");
    assert!(
        vi.contains("<h2>Cách dùng</h2>"),
        "headings move down a level"
    );
    assert!(vi.contains("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\"><table>"));
    assert!(vi.contains("id=\"fn-1\""), "footnote ids are prefixed");
    assert!(vi.contains("href=\"#fn-1\""));
    assert!(vi.contains("\u{201c}ngon\u{201d}"), "smart quotes");
    assert!(vi.contains("href=\"/communes/nhon-son/\""));
    assert!(!vi.contains("<script>alert"), "raw scripts are removed");
    let en = page(&files, "en/products/thit-de-xong-khoi/index.html");
    assert!(
        en.contains("href=\"/en/communes/nhon-son/\""),
        "links follow the page language"
    );
}

#[test]
fn bodies_that_start_at_h2_keep_their_levels() {
    let files = render_shipped();
    // thit-de-xong-khoi's body uses "## Cách làm".
    let vi = page(&files, "products/thit-de-xong-khoi/index.html");
    assert!(vi.contains("<h2>Cách làm</h2>"), "{vi}");
    assert!(!vi.contains("<h3>Cách làm</h3>"));
}

/// `draft = true`: the record is checked but not published anywhere (no
/// page, list, feed, sitemap entry, search entry or kiosk screen).
#[test]
fn drafts_are_checked_but_not_published() {
    let draft = PRODUCT
        .replace("Thịt dê xông khói", "Bản nháp chưa công bố")
        .replace("price = 250000", "price = 250000\ndraft = true");
    let project = Project::new(&[
        ("communes/nhon-son/index.md", COMMUNE),
        ("producers/de-cuu/index.md", PRODUCER),
        ("products/thit-de-xong-khoi/index.md", PRODUCT),
        ("products/ban-nhap/index.md", &draft),
    ]);
    let (report, sink) = ocop::build::render_to_memory(&project.options()).unwrap();
    let files = sink.into_files();
    assert!(files.contains_key("products/thit-de-xong-khoi/index.html"));
    assert!(page(&files, "products/index.html").contains("Thịt dê xông khói"));
    for (path, bytes) in &files {
        assert!(!path.contains("ban-nhap"), "{path} is published");
        let text = String::from_utf8_lossy(bytes);
        assert!(
            !text.contains("ban-nhap") && !text.contains("Bản nháp"),
            "{path} names the draft"
        );
    }
    assert_eq!(report.sections[0].total, 1, "one published product");

    // Its fields are checked all the same (its references are not: a new
    // draft from `ocop new` names no producer yet).
    project.write(
        "products/ban-nhap/index.md",
        &draft.replace("price = 250000", "prcie = 250000"),
    );
    let report = ocop::check(&project.options());
    let errors: Vec<String> = report
        .diagnostics
        .items()
        .iter()
        .filter(|d| d.severity == ocop::diagnostics::Severity::Error)
        .map(|d| format!("{} {}", d.code, d.message(Lang::En)))
        .collect();
    assert_eq!(errors, ["unknown-key unknown field `prcie`"]);
}

/// A translation that leaves fields and the body empty: the English page
/// shows the Vietnamese text marked `lang="vi"`, `check` warns
/// `incomplete-translation` naming what is missing, and the record does
/// not count as translated.
#[test]
fn an_incomplete_translation_is_reported_and_shown_in_vietnamese() {
    let project = Project::new(&[
        ("communes/nhon-son/index.md", COMMUNE),
        ("producers/de-cuu/index.md", PRODUCER),
        (
            "products/thit-de-xong-khoi/index.md",
            &PRODUCT.replace(
                "price = 250000",
                "price = 250000\nsummary = \"Thịt dê hun khói.\"\nunit = \"gói 500 g\"",
            ),
        ),
        (
            "products/thit-de-xong-khoi/index.en.md",
            "+++\nname = \"Smoked goat meat\"\nunit = \"500 g pack\"\n+++\n",
        ),
    ]);
    let (report, sink) = ocop::build::render_to_memory(&project.options()).unwrap();
    let warnings: Vec<String> = report
        .diagnostics
        .items()
        .iter()
        .filter(|d| d.code == "incomplete-translation")
        .map(|d| {
            format!(
                "{}: {}",
                d.file
                    .as_deref()
                    .map(ocop::diagnostics::display_path)
                    .unwrap_or_default(),
                d.message(Lang::En)
            )
        })
        .collect();
    assert_eq!(
        warnings,
        [
            "content/products/thit-de-xong-khoi/index.en.md: summary, the body not translated: the Vietnamese text is shown"
        ]
    );
    let vi: Vec<String> = report
        .diagnostics
        .items()
        .iter()
        .filter(|d| d.code == "incomplete-translation")
        .map(|d| d.message(Lang::Vi))
        .collect();
    assert_eq!(
        vi,
        ["tóm tắt (summary), phần giới thiệu chưa có bản dịch: trang này đang hiện chữ tiếng Việt"]
    );
    assert_eq!(report.sections[0].translated, [("en".to_owned(), 0)]);
    let files = sink.into_files();
    let en = Html::parse_document(&page(&files, "en/products/thit-de-xong-khoi/index.html"));
    let sel = |s: &str| Selector::parse(s).unwrap();
    let text = |css: &str| -> String {
        en.select(&sel(css))
            .next()
            .unwrap_or_else(|| panic!("no {css}"))
            .text()
            .collect()
    };
    assert_eq!(text("main h1"), "Smoked goat meat");
    assert_eq!(text("main .lead span[lang=vi]"), "Thịt dê hun khói.");
    assert_eq!(text("main .unit"), "/ 500 g pack");
    assert!(en.select(&sel(".note-untranslated")).next().is_some());
}

/// An interface string missing from the theme's en.toml falls back to the
/// Vietnamese one, and the build says which.
#[test]
fn a_missing_interface_string_falls_back_to_vietnamese() {
    let project = Project::new(&[
        ("communes/nhon-son/index.md", COMMUNE),
        ("producers/de-cuu/index.md", PRODUCER),
        ("products/thit-de-xong-khoi/index.md", PRODUCT),
    ]);
    let en_toml = project.root().join("themes/default/i18n/en.toml");
    let text = std::fs::read_to_string(&en_toml).unwrap();
    let line = "\"nav.skip\" = \"Skip to main content\"\n";
    assert!(text.contains(line));
    std::fs::write(&en_toml, text.replace(line, "")).unwrap();
    let (report, sink) = ocop::build::render_to_memory(&project.options()).unwrap();
    let warnings: Vec<String> = report
        .diagnostics
        .items()
        .iter()
        .filter(|d| d.code == "missing-translation" && d.message(Lang::En).contains("interface"))
        .map(|d| {
            format!(
                "{}: {}",
                d.file
                    .as_deref()
                    .map(ocop::diagnostics::display_path)
                    .unwrap_or_default(),
                d.message(Lang::En)
            )
        })
        .collect();
    assert_eq!(
        warnings,
        ["themes/default/i18n/en.toml: 1 interface string(s) have no `en` translation: nav.skip"]
    );
    let files = sink.into_files();
    let skip = |path: &str| -> String {
        Html::parse_document(&page(&files, path))
            .select(&Selector::parse("a.skip-link").unwrap())
            .next()
            .unwrap()
            .text()
            .collect()
    };
    assert_eq!(
        skip("en/products/thit-de-xong-khoi/index.html"),
        "Bỏ qua, đến nội dung chính"
    );
    assert_eq!(
        skip("products/thit-de-xong-khoi/index.html"),
        "Bỏ qua, đến nội dung chính"
    );
    assert_eq!(skip("en/index.html"), "Bỏ qua, đến nội dung chính");
}

/// The pager of a list page, as a reader sees it: the numbers and `…` in
/// order, the current page (`aria-current`), and the `rel` links.
struct Pager {
    shown: String,
    current: Vec<String>,
    prev: Option<String>,
    next: Option<String>,
    label: Option<String>,
}

fn pager(html: &str) -> Option<Pager> {
    let doc = Html::parse_document(html);
    let nav = doc.select(&Selector::parse("nav.pager").unwrap()).next()?;
    let all = |css: &str| -> Vec<scraper::ElementRef<'_>> {
        nav.select(&Selector::parse(css).unwrap()).collect()
    };
    let text = |e: &scraper::ElementRef<'_>| e.text().collect::<String>();
    let href = |css: &str| all(css).first().map(|a| a.attr("href").unwrap().to_owned());
    Some(Pager {
        shown: all("ol > li")
            .iter()
            .map(text)
            .collect::<Vec<_>>()
            .join(" "),
        current: all("[aria-current=page]").iter().map(text).collect(),
        prev: href("a[rel=prev]"),
        next: href("a[rel=next]"),
        label: nav.attr("aria-label").map(str::to_owned),
    })
}

/// The site of `n` food products (one commune, one producer) with
/// `per_page` records a list page.
fn food_products(n: usize, per_page: usize) -> std::collections::BTreeMap<String, Vec<u8>> {
    let project = Project::new(&[
        ("communes/nhon-son/index.md", COMMUNE),
        ("producers/de-cuu/index.md", PRODUCER),
    ]);
    project.write(
        "site.toml",
        &format!("title = \"Thử nghiệm\"\nbase_url = \"https://example.com\"\nlanguages = [\"vi\", \"en\"]\nper_page = {per_page}\n[translations.en]\ntitle = \"Test\"\n"),
    );
    for i in 1..=n {
        let text = PRODUCT.replace("Thịt dê xông khói", &format!("Sản phẩm {i:02}"));
        project.write(&format!("products/san-pham-{i:02}/index.md"), &text);
    }
    let (_, sink) = ocop::build::render_to_memory(&project.options()).unwrap();
    sink.into_files()
}

/// Issue #19: a long list shows a window of its pages (first, last, current
/// ± 2, `…` for the rest), in both languages; a short one shows them all.
#[test]
fn list_pages_show_a_window_of_page_numbers() {
    // 12 products at one a page: a product list of 12 pages.
    let files = food_products(12, 1);

    let at =
        |path: &str| pager(&page(&files, path)).unwrap_or_else(|| panic!("no pager in {path}"));
    let p = at("products/page/6/index.html");
    assert_eq!(p.shown, "1 … 4 5 6 7 8 … 12");
    assert_eq!(p.current, ["6"]);
    assert_eq!(p.prev.as_deref(), Some("/products/page/5/"));
    assert_eq!(p.next.as_deref(), Some("/products/page/7/"));
    assert_eq!(p.label.as_deref(), Some("Trang"));

    let p = at("products/index.html");
    assert_eq!(p.shown, "1 2 3 … 12");
    assert_eq!(p.current, ["1"]);
    assert_eq!(
        (p.prev, p.next.as_deref()),
        (None, Some("/products/page/2/"))
    );

    let p = at("products/page/2/index.html");
    assert_eq!(p.shown, "1 2 3 4 … 12");
    assert_eq!(p.prev.as_deref(), Some("/products/"));

    let p = at("en/products/page/12/index.html");
    assert_eq!(p.shown, "1 … 10 11 12");
    assert_eq!(p.current, ["12"]);
    assert_eq!(
        (p.prev.as_deref(), p.next),
        (Some("/en/products/page/11/"), None)
    );
    assert_eq!(p.label.as_deref(), Some("Pages"));
    let doc = Html::parse_document(&page(&files, "en/products/page/12/index.html"));
    let links: Vec<&str> = doc
        .select(&Selector::parse("nav.pager ol a").unwrap())
        .map(|a| a.attr("href").unwrap())
        .collect();
    assert_eq!(
        links,
        [
            "/en/products/",
            "/en/products/page/10/",
            "/en/products/page/11/"
        ]
    );

    // A list of one page (one producer) has no pager.
    assert!(pager(&page(&files, "producers/index.html")).is_none());
}

/// A list of five pages shows all five on every page.
#[test]
fn a_five_page_list_shows_every_page() {
    let files = food_products(10, 2);
    for (n, path) in [
        (1, "groups/food/index.html".to_owned()),
        (3, "groups/food/page/3/index.html".to_owned()),
        (5, "en/groups/food/page/5/index.html".to_owned()),
    ] {
        let p = pager(&page(&files, &path)).unwrap();
        assert_eq!(p.shown, "1 2 3 4 5", "{path}");
        assert_eq!(p.current, [n.to_string()], "{path}");
    }
    assert!(!files.contains_key("groups/food/page/6/index.html"));
}
