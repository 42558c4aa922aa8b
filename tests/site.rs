//! The shipped Ninh Sơn catalogue, built as a user would build it.

mod common;

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

#[test]
fn prices_are_formatted_per_language() {
    let files = render_shipped();
    // thit-de-xong-khoi costs 280000 VND in the shipped (sample) record.
    let vi = page(&files, "products/thit-de-xong-khoi/index.html");
    let en = page(&files, "en/products/thit-de-xong-khoi/index.html");
    let price = shipped_price("thit-de-xong-khoi");
    assert!(
        vi.contains(&ocop::text::format_price(price, "vi")),
        "vi price missing"
    );
    assert!(
        en.contains(&ocop::text::format_price(price, "en")),
        "en price missing"
    );
    assert!(
        vi.contains('\u{a0}'),
        "the Vietnamese price keeps its no-break space"
    );
}

fn shipped_price(slug: &str) -> u64 {
    let text =
        std::fs::read_to_string(repo().join(format!("content/products/{slug}/index.md"))).unwrap();
    let line = text.lines().find(|l| l.starts_with("price")).unwrap();
    line.split('=')
        .nth(1)
        .unwrap()
        .split('#')
        .next()
        .unwrap()
        .trim()
        .parse()
        .unwrap()
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
