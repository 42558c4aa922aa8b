//! Feeds, sitemap, Atom and structured data, parsed with real parsers and
//! checked rule by rule on the shipped catalogue and on a fixture full of
//! awkward text (`tests/fixtures/awkward/`).

mod common;

use ocop::messages::Lang;
use std::collections::{BTreeMap, BTreeSet};

use common::*;
use ocop::Options;
use ocop::build::Report;
use ocop::feeds::Reason;
use scraper::{Html, Selector};
use serde_json::Value;

const G: &str = "http://base.google.com/ns/1.0";
const SHIPPED_BASE: &str = "https://ocop-ninhson.example.com/";
const AWKWARD_BASE: &str = "https://example.com/ocop/";

type Files = BTreeMap<String, Vec<u8>>;

fn render(options: &Options) -> (Report, Files) {
    let (report, sink) = ocop::build::render_to_memory(options).expect("the site builds");
    (report, sink.into_files())
}

fn text(files: &Files, path: &str) -> String {
    page(files, path)
}

/// The output file an absolute URL of the site points at (the path
/// percent-decoded, as a web server does). Every URL must be ASCII.
fn file_of(url: &str, base: &str) -> String {
    assert!(
        url.is_ascii() && !url.contains([' ', ',', '"', '<', '>']),
        "{url} is not an RFC 3986 URL"
    );
    let rel = url
        .strip_prefix(base)
        .unwrap_or_else(|| panic!("{url} is not under {base}"));
    let rel = percent_decode(rel);
    if rel.is_empty() || rel.ends_with('/') {
        format!("{rel}index.html")
    } else {
        rel
    }
}

fn percent_decode(s: &str) -> String {
    let mut bytes = Vec::new();
    let mut rest = s.as_bytes();
    while let Some((&b, tail)) = rest.split_first() {
        if b == b'%' && tail.len() >= 2 {
            let hex = std::str::from_utf8(&tail[..2]).unwrap();
            bytes.push(u8::from_str_radix(hex, 16).expect("two hex digits after %"));
            rest = &tail[2..];
        } else {
            bytes.push(b);
            rest = tail;
        }
    }
    String::from_utf8(bytes).unwrap()
}

/// One `<item>` of a Google feed: element name (`g:` prefixed when in the
/// Google namespace) → values.
type GItem = BTreeMap<String, Vec<String>>;

fn google_items(xml: &str) -> Vec<GItem> {
    let doc = roxmltree::Document::parse(xml).expect("the Google feed is well-formed XML");
    let rss = doc.root_element();
    assert_eq!(rss.tag_name().name(), "rss");
    assert_eq!(rss.attribute("version"), Some("2.0"));
    let channel = rss.first_element_child().unwrap();
    assert_eq!(channel.tag_name().name(), "channel");
    for required in ["title", "link", "description"] {
        assert!(
            channel
                .children()
                .any(|c| c.tag_name().name() == required && c.tag_name().namespace().is_none()),
            "channel has no {required}"
        );
    }
    channel
        .children()
        .filter(|n| n.tag_name().name() == "item")
        .map(|item| {
            let mut map = GItem::new();
            for c in item.children().filter(|c| c.is_element()) {
                let name = match c.tag_name().namespace() {
                    Some(G) => format!("g:{}", c.tag_name().name()),
                    None => c.tag_name().name().to_owned(),
                    Some(other) => panic!("unexpected namespace {other}"),
                };
                map.entry(name)
                    .or_default()
                    .push(c.text().unwrap_or_default().to_owned());
            }
            map
        })
        .collect()
}

fn one<'a>(item: &'a GItem, key: &str) -> &'a str {
    let values = item
        .get(key)
        .unwrap_or_else(|| panic!("item {:?} has no {key}", item.get("g:id")));
    assert_eq!(values.len(), 1, "{key} repeated");
    &values[0]
}

fn no_controls(s: &str) {
    assert!(
        !s.chars()
            .any(|c| (c.is_control() && c != '\n' && c != '\t') || c == '\u{fffe}'),
        "control character in {s:?}"
    );
}

/// Every rule of the Google Merchant spec that the feed must follow.
fn check_google_feed(files: &Files, lang: &str, base: &str) -> Vec<GItem> {
    let xml = text(files, &format!("feeds/google-merchant.{lang}.xml"));
    let items = google_items(&xml);
    let mut ids = BTreeSet::new();
    for item in &items {
        for values in item.values() {
            for v in values {
                no_controls(v);
            }
        }
        let id = one(item, "g:id");
        assert!(!id.is_empty() && id.chars().count() <= 50, "id {id}");
        assert!(ids.insert(id.to_owned()), "duplicate id {id}");
        let title = one(item, "title");
        assert!(!title.is_empty() && title.chars().count() <= 150, "{title}");
        assert!(!title.contains('\n'));
        let description = one(item, "description");
        assert!(description.chars().count() <= 5000);
        assert!(!description.contains("<b>"), "HTML in {description}");
        let link = one(item, "link");
        assert!(link.starts_with(base), "{link}");
        if lang == "en" {
            assert!(link.contains("/en/products/"), "{link}");
        } else {
            assert!(!link.contains("/en/"), "{link}");
        }
        assert!(
            files.contains_key(&file_of(link, base)),
            "{link} is not a page of the site"
        );
        let mut images = vec![one(item, "g:image_link").to_owned()];
        images.extend(
            item.get("g:additional_image_link")
                .cloned()
                .unwrap_or_default(),
        );
        assert!(images.len() <= 11);
        for image in &images {
            assert!(image.starts_with(base), "{image}");
            assert!(
                files.contains_key(&file_of(image, base)),
                "{image} is not in the output"
            );
        }
        let availability = one(item, "g:availability");
        assert!(
            ["in_stock", "out_of_stock", "preorder", "backorder"].contains(&availability),
            "{availability}"
        );
        if ["preorder", "backorder"].contains(&availability) {
            let date = one(item, "g:availability_date");
            assert!(
                jiff::civil::Date::strptime("%Y-%m-%dT00:00+0700", date).is_ok(),
                "{date}"
            );
        }
        let price = one(item, "g:price");
        let (amount, currency) = price.split_once(' ').unwrap();
        assert!(
            amount.parse::<u64>().unwrap() > 0 && currency == "VND",
            "{price}"
        );
        assert_eq!(one(item, "g:condition"), "new");
        match item.get("g:gtin") {
            Some(_) => assert!(!item.contains_key("g:identifier_exists")),
            None => assert_eq!(one(item, "g:identifier_exists"), "no"),
        }
        if let Some(brand) = item.get("g:brand") {
            assert!(!brand[0].is_empty() && brand[0].chars().count() <= 70);
        }
        one(item, "g:google_product_category")
            .parse::<u32>()
            .unwrap();
        let product_type = one(item, "g:product_type");
        assert!(product_type.starts_with("OCOP > ") && product_type.chars().count() <= 750);
        let label = one(item, "g:custom_label_0");
        let rated = if lang == "vi" { " sao" } else { " stars" };
        let unrated = if lang == "vi" {
            "chưa xếp hạng"
        } else {
            "not rated"
        };
        assert!(label.ends_with(rated) || label == unrated, "{label}");
        assert!(one(item, "g:custom_label_1").chars().count() <= 100);
    }
    items
}

fn find<'a>(items: &'a [GItem], id: &str) -> Option<&'a GItem> {
    items.iter().find(|i| one(i, "g:id") == id)
}

#[test]
fn google_merchant_feeds_follow_the_spec_on_the_shipped_catalogue() {
    let (_, files) = render(&shipped());
    let vi = check_google_feed(&files, "vi", SHIPPED_BASE);
    let en = check_google_feed(&files, "en", SHIPPED_BASE);
    // 23 products: buoi and xoai have no price; dua-luoi-my-son-2 and
    // tao-xanh-nhon-son are pre-orders without an available_from date.
    assert_eq!(vi.len(), 19);
    assert_eq!(en.len(), 19);
    let goat = find(&vi, "NS-NHONSON-THITDE-500G").expect("smoked goat meat is listed");
    assert_eq!(one(goat, "g:price"), "280000 VND");
    assert_eq!(one(goat, "title"), "Thịt dê xông khói – gói 500 g");
    assert_eq!(
        one(goat, "link"),
        "https://ocop-ninhson.example.com/products/thit-de-xong-khoi/"
    );
    // The largest JPEG variant of the 1200 × 1200 photo (issue #5).
    assert_variant(
        &files,
        one(goat, "g:image_link"),
        "https://ocop-ninhson.example.com/products/thit-de-xong-khoi/photo-1200w.",
    );
    assert_eq!(one(goat, "g:availability"), "in_stock");
    assert_eq!(one(goat, "g:identifier_exists"), "no");
    assert_eq!(one(goat, "g:brand"), "Tổ hợp tác chăn nuôi dê cừu Nhơn Sơn");
    assert_eq!(one(goat, "g:google_product_category"), "422");
    assert_eq!(
        one(goat, "g:product_type"),
        "OCOP > Thực phẩm > Thực phẩm chế biến"
    );
    assert_eq!(one(goat, "g:custom_label_0"), "chưa xếp hạng");
    assert_eq!(one(goat, "g:custom_label_1"), "Xã Nhơn Sơn");
    assert!(one(goat, "description").starts_with("Thịt dê Nhơn Sơn tẩm ướp"));
    let goat_en = find(&en, "NS-NHONSON-THITDE-500G").unwrap();
    assert_eq!(one(goat_en, "title"), "Smoked goat meat – 500 g pack");
    assert_eq!(one(goat_en, "g:price"), "280000 VND");
    assert_eq!(
        one(goat_en, "g:product_type"),
        "OCOP > Food > Processed food"
    );
    assert_eq!(one(goat_en, "g:custom_label_0"), "not rated");
    // A certified product carries its stars.
    let certified: Vec<&GItem> = vi
        .iter()
        .filter(|i| one(i, "g:custom_label_0").ends_with(" sao"))
        .collect();
    assert!(!certified.is_empty());
    for id in ["NS-LAMSON-BUOI", "NS-LUONGSON-XOAI"] {
        assert!(find(&vi, id).is_none(), "{id} has no price");
    }
}

#[test]
fn the_build_report_says_which_products_were_left_out_and_why() {
    let (report, _) = render(&shipped());
    let feeds = report.feeds.expect("feeds were written");
    assert!(feeds.enabled);
    assert_eq!(feeds.google, 19);
    assert_eq!(feeds.meta, 21);
    assert_eq!(feeds.reason("buoi"), Some(Reason::NoPrice));
    assert_eq!(feeds.reason("xoai"), Some(Reason::NoPrice));
    assert_eq!(
        feeds.reason("dua-luoi-my-son-2"),
        Some(Reason::NoAvailabilityDate)
    );
    assert_eq!(
        feeds.reason("tao-xanh-nhon-son"),
        Some(Reason::NoAvailabilityDate)
    );
    assert_eq!(feeds.reason("thit-de-xong-khoi"), None);
    assert_eq!(feeds.left_out.len(), 4);
    let summary = english(&feeds.summary());
    assert!(summary.contains("no price: 2 (buoi, xoai)"), "{summary}");
}

fn csv_rows(bytes: &[u8]) -> (Vec<String>, Vec<BTreeMap<String, String>>) {
    let mut reader = csv::Reader::from_reader(bytes);
    let headers: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_owned)
        .collect();
    let rows = reader
        .records()
        .map(|r| {
            let r = r.expect("a well-formed CSV record");
            assert_eq!(r.len(), headers.len());
            headers
                .iter()
                .cloned()
                .zip(r.iter().map(str::to_owned))
                .collect()
        })
        .collect();
    (headers, rows)
}

fn check_meta(files: &Files, base: &str) -> Vec<BTreeMap<String, String>> {
    let (headers, rows) = csv_rows(&files["feeds/meta-catalog.csv"]);
    for required in [
        "id",
        "title",
        "description",
        "availability",
        "condition",
        "price",
        "link",
        "image_link",
        "brand",
    ] {
        assert!(
            headers.iter().any(|h| h == required),
            "no {required} column"
        );
    }
    let mut ids = BTreeSet::new();
    for row in &rows {
        for cell in row.values() {
            no_controls(cell);
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "formula-looking cell {cell:?}"
            );
        }
        assert!(ids.insert(row["id"].clone()));
        assert!(row["id"].chars().count() <= 100);
        assert!(row["title"].chars().count() <= 200);
        assert!(row["description"].chars().count() <= 9999);
        assert!(
            [
                "in stock",
                "out of stock",
                "preorder",
                "available for order"
            ]
            .contains(&row["availability"].as_str()),
            "{}",
            row["availability"]
        );
        assert_eq!(row["condition"], "new");
        assert!(row["price"].ends_with(" VND"));
        assert!(row["link"].starts_with(base) && !row["link"].contains("/en/"));
        assert!(files.contains_key(&file_of(&row["link"], base)));
        assert!(files.contains_key(&file_of(&row["image_link"], base)));
        assert!(!row["brand"].is_empty() || !row["gtin"].is_empty());
        for extra in row["additional_image_link"]
            .split(',')
            .filter(|s| !s.is_empty())
        {
            assert!(files.contains_key(&file_of(extra, base)), "{extra}");
        }
    }
    // The English override feed: same ids, Meta's language code, English links.
    let (headers, overrides) = csv_rows(&files["feeds/meta-catalog.en.csv"]);
    assert_eq!(&headers[..2], ["id", "override"]);
    assert!(!headers.iter().any(|h| h == "price" || h == "availability"));
    let override_ids: BTreeSet<String> = overrides.iter().map(|r| r["id"].clone()).collect();
    assert_eq!(override_ids, ids);
    for row in &overrides {
        assert_eq!(row["override"], "en_XX");
        assert!(row["link"].contains("/en/products/"), "{}", row["link"]);
        assert!(files.contains_key(&file_of(&row["link"], base)));
    }
    rows
}

#[test]
fn meta_catalog_has_the_commerce_manager_columns_and_values() {
    let (_, files) = render(&shipped());
    let rows = check_meta(&files, SHIPPED_BASE);
    assert_eq!(rows.len(), 21);
    let goat = rows
        .iter()
        .find(|r| r["id"] == "NS-NHONSON-THITDE-500G")
        .unwrap();
    assert_eq!(goat["price"], "280000 VND");
    assert_eq!(goat["availability"], "in stock");
    assert_eq!(goat["google_product_category"], "422");
    // Pre-orders need no date at Meta.
    let melon = rows
        .iter()
        .find(|r| r["link"].ends_with("/products/dua-luoi-my-son-2/"))
        .expect("the pre-order melon is in the Meta catalog");
    assert_eq!(melon["availability"], "preorder");
    assert!(!rows.iter().any(|r| r["link"].ends_with("/products/buoi/")));
}

fn validate_json_export(files: &Files) -> Value {
    let export: Value = serde_json::from_slice(&files["feeds/catalog.json"]).unwrap();
    let schema: Value = serde_json::from_slice(&files["feeds/catalog.schema.json"]).unwrap();
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    assert_eq!(export["$schema"], schema["$id"]);
    let validator = jsonschema::validator_for(&schema).expect("the schema is a valid JSON Schema");
    let errors: Vec<String> = validator
        .iter_errors(&export)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    // The schema is strict: an unknown field is rejected.
    let mut bad = export.clone();
    bad["products"][0]["colour"] = "red".into();
    assert!(!validator.is_valid(&bad));
    export
}

#[test]
fn json_export_validates_against_its_schema() {
    let (_, files) = render(&shipped());
    let export = validate_json_export(&files);
    assert_eq!(export["products"].as_array().unwrap().len(), 23);
    assert_eq!(export["producers"].as_array().unwrap().len(), 12);
    assert_eq!(export["communes"].as_array().unwrap().len(), 8);
    assert_eq!(export["tourism_points"].as_array().unwrap().len(), 2);
    assert_eq!(export["as_of"], "2026-11-29");
    let goat = export["products"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["slug"] == "thit-de-xong-khoi")
        .unwrap();
    assert_eq!(goat["price"]["amount"], 280000);
    assert_eq!(goat["price"]["currency"], "VND");
    assert_eq!(goat["name"]["vi"], "Thịt dê xông khói");
    assert_eq!(goat["name"]["en"], "Smoked goat meat");
    assert_eq!(
        goat["urls"]["en"],
        "https://ocop-ninhson.example.com/en/products/thit-de-xong-khoi/"
    );
    assert_eq!(goat["feeds"]["google_merchant"], "listed");
    let buoi = export["products"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["slug"] == "buoi")
        .unwrap();
    assert_eq!(buoi["feeds"]["google_merchant"], "no_price");
    let certified = export["products"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|p| p["rating"].is_u64())
        .count();
    assert!(certified > 0);
}

/// Parses a `<urlset>`: loc → (lastmod, hreflang → href).
type Urlset = BTreeMap<String, (Option<String>, BTreeMap<String, String>)>;

fn urlset(xml: &str) -> Urlset {
    let doc = roxmltree::Document::parse(xml).unwrap();
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "urlset");
    assert_eq!(
        root.tag_name().namespace(),
        Some("http://www.sitemaps.org/schemas/sitemap/0.9")
    );
    let mut out = Urlset::new();
    for url in root.children().filter(|n| n.is_element()) {
        let child = |name: &str| {
            url.children()
                .find(|c| {
                    c.tag_name().name() == name
                        && c.tag_name().namespace() == root.tag_name().namespace()
                })
                .and_then(|c| c.text())
                .map(str::to_owned)
        };
        let loc = child("loc").expect("every url has a loc");
        let alternates: BTreeMap<String, String> = url
            .children()
            .filter(|c| {
                c.tag_name().name() == "link"
                    && c.tag_name().namespace() == Some("http://www.w3.org/1999/xhtml")
            })
            .map(|c| {
                assert_eq!(c.attribute("rel"), Some("alternate"));
                (
                    c.attribute("hreflang").unwrap().to_owned(),
                    c.attribute("href").unwrap().to_owned(),
                )
            })
            .collect();
        assert!(
            out.insert(loc, (child("lastmod"), alternates)).is_none(),
            "duplicate loc"
        );
    }
    out
}

fn check_sitemap(urls: &Urlset, files: &Files, base: &str) {
    for (loc, (lastmod, alternates)) in urls {
        assert!(loc.starts_with(base), "{loc}");
        assert!(
            files.contains_key(&file_of(loc, base)),
            "{loc} is not a page"
        );
        assert_eq!(
            alternates.keys().map(String::as_str).collect::<Vec<_>>(),
            ["en", "vi", "x-default"],
            "{loc}"
        );
        assert!(
            alternates.values().any(|h| h == loc),
            "{loc} does not list itself"
        );
        assert_eq!(alternates["x-default"], alternates["vi"]);
        // Reciprocal: every alternate lists the same set.
        for (lang, href) in alternates {
            if lang == "x-default" {
                continue;
            }
            let (_, theirs) = urls
                .get(href)
                .unwrap_or_else(|| panic!("{href} not in the sitemap"));
            assert_eq!(theirs, alternates, "{href} and {loc} disagree");
        }
        if let Some(date) = lastmod {
            assert!(loc.contains("/products/"), "lastmod on {loc}");
            jiff::civil::Date::strptime("%Y-%m-%d", date).unwrap();
        }
    }
    // Every indexable page of the site is listed (the 404, search and kiosk
    // pages are not: they say noindex).
    let noindex = |path: &String| {
        String::from_utf8_lossy(&files[path]).contains("<meta name=\"robots\" content=\"noindex")
    };
    for path in files
        .keys()
        .filter(|p| p.ends_with("index.html") && !noindex(p))
    {
        let url = format!("{base}{}", path.trim_end_matches("index.html"));
        assert!(urls.contains_key(&url), "{url} is missing from the sitemap");
    }
    assert!(!urls.keys().any(|u| u.contains("404")));
}

/// `url` is `prefix` + an 8-hex-digit tag + `.jpg`, and that file is in the
/// output.
fn assert_variant(files: &BTreeMap<String, Vec<u8>>, url: &str, prefix: &str) {
    let tag = url
        .strip_prefix(prefix)
        .and_then(|rest| rest.strip_suffix(".jpg"))
        .unwrap_or_else(|| panic!("{url} is not {prefix}<tag>.jpg"));
    assert!(
        tag.len() == 8 && tag.bytes().all(|b| b.is_ascii_hexdigit()),
        "{url}"
    );
    let path = url.split_once("://").unwrap().1.split_once('/').unwrap().1;
    let path = path.strip_prefix("ocop/").unwrap_or(path);
    assert!(files.contains_key(path), "{path} is not in the output");
}

#[test]
fn sitemap_lists_every_page_with_reciprocal_hreflang_and_data_dates() {
    let (_, files) = render(&shipped());
    let urls = urlset(&text(&files, "sitemap.xml"));
    check_sitemap(&urls, &files, SHIPPED_BASE);
    // Certified 2024-12-20 (decision 9112/QĐ-UBND).
    let melon = &urls["https://ocop-ninhson.example.com/products/dua-luoi-quang-son/"];
    assert_eq!(melon.0.as_deref(), Some("2024-12-20"));
    assert_eq!(urls["https://ocop-ninhson.example.com/"].0, None);
    let robots = text(&files, "robots.txt");
    assert!(
        robots
            .lines()
            .any(|l| l == "Sitemap: https://ocop-ninhson.example.com/sitemap.xml"),
        "{robots}"
    );
}

#[test]
fn a_large_site_gets_a_sitemap_index() {
    let project = fixture("awkward");
    let root = project.root();
    let mut diags = ocop::diagnostics::Diagnostics::new();
    let content = ocop::content::load(root, &mut diags);
    let catalog = ocop::model::resolve(&content, None, today(), &mut diags).unwrap();
    let images = ocop::images::Images::probe(root, &catalog, &mut diags);
    let theme = ocop::theme::Theme::load(
        root,
        std::path::Path::new(ocop::theme::DEFAULT_THEME),
        &catalog.site,
        &mut diags,
    )
    .unwrap();
    let renderer = ocop::site::Site::new(root, catalog, images, theme.i18n().clone());
    let all = ocop::feeds::sitemap::entries(&renderer).unwrap().len();
    let files = ocop::feeds::sitemap::files(&renderer, 10).unwrap();
    assert_eq!(files.len(), 1 + all.div_ceil(10));
    let (name, index) = &files[0];
    assert_eq!(name, "sitemap.xml");
    let index = String::from_utf8(index.clone()).unwrap();
    let doc = roxmltree::Document::parse(&index).unwrap();
    assert_eq!(doc.root_element().tag_name().name(), "sitemapindex");
    let locs: Vec<&str> = doc
        .descendants()
        .filter(|n| n.tag_name().name() == "loc")
        .filter_map(|n| n.text())
        .collect();
    assert_eq!(locs.len(), files.len() - 1);
    let mut total = 0;
    for (i, (name, bytes)) in files.iter().skip(1).enumerate() {
        assert_eq!(name, &format!("sitemap-{}.xml", i + 1));
        assert_eq!(locs[i], format!("{AWKWARD_BASE}{name}"));
        let n = urlset(std::str::from_utf8(bytes).unwrap()).len();
        assert!(n <= 10);
        total += n;
    }
    assert_eq!(total, all);
    // The 50 MB rule: with a limit of 4,000 bytes a file, the URLs are
    // spread over more files, each within the limit, every URL once.
    let files = ocop::feeds::sitemap::files_within(&renderer, 1000, 4000).unwrap();
    assert!(files.len() > 2, "{}", files.len());
    let mut locs = Vec::new();
    for (name, bytes) in files.iter().skip(1) {
        assert!(bytes.len() <= 4000, "{name}: {} bytes", bytes.len());
        locs.extend(urlset(std::str::from_utf8(bytes).unwrap()).into_keys());
    }
    let mut sorted: Vec<String> = ocop::feeds::sitemap::entries(&renderer)
        .unwrap()
        .into_iter()
        .map(|e| e.loc)
        .collect();
    sorted.sort();
    locs.sort();
    assert_eq!(locs, sorted);
    // Under both limits: one sitemap.xml.
    let files = ocop::feeds::sitemap::files_within(&renderer, 1000, 10_000_000).unwrap();
    assert_eq!(files.len(), 1);
    assert_eq!(files[0].0, "sitemap.xml");
}

fn check_atom(files: &Files, path: &str, lang: &str) -> Vec<(String, String)> {
    let xml = text(files, path);
    let doc = roxmltree::Document::parse(&xml).unwrap();
    let feed = doc.root_element();
    const ATOM: &str = "http://www.w3.org/2005/Atom";
    assert_eq!(feed.tag_name().namespace(), Some(ATOM));
    assert_eq!(feed.tag_name().name(), "feed");
    let child = |n: roxmltree::Node<'_, '_>, name: &str| {
        n.children()
            .find(|c| c.tag_name().name() == name)
            .and_then(|c| c.text())
            .map(str::to_owned)
    };
    let updated = child(feed, "updated").unwrap();
    assert!(child(feed, "id").unwrap().starts_with("https://"));
    assert!(child(feed, "title").is_some());
    assert!(feed.children().any(|c| c.tag_name().name() == "author"));
    let entries: Vec<(String, String)> = feed
        .children()
        .filter(|c| c.tag_name().name() == "entry")
        .map(|e| {
            let id = child(e, "id").unwrap();
            if lang == "en" {
                assert!(id.contains("/en/products/"));
            }
            assert!(child(e, "title").is_some());
            (child(e, "updated").unwrap(), id)
        })
        .collect();
    assert!(!entries.is_empty());
    assert_eq!(updated, entries[0].0, "feed updated = newest entry");
    let mut sorted = entries.clone();
    sorted.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    assert_eq!(
        sorted.iter().map(|e| &e.0).collect::<Vec<_>>(),
        entries.iter().map(|e| &e.0).collect::<Vec<_>>()
    );
    for (date, _) in &entries {
        jiff::Timestamp::strptime("%Y-%m-%dT%H:%M:%S%:z", date).unwrap();
    }
    entries
}

#[test]
fn atom_feeds_list_new_and_newly_certified_products_by_data_date() {
    let (_, files) = render(&shipped());
    let vi = check_atom(&files, "atom.xml", "vi");
    let en = check_atom(&files, "en/atom.xml", "en");
    assert_eq!(vi.len(), en.len());
    // Dated by the newest decision of the plan, never by the clock.
    assert_eq!(vi[0].0, "2025-06-20T00:00:00+07:00");
    let html = text(&files, "en/index.html");
    assert!(
        html.contains(r#"type="application/atom+xml""#) && html.contains(r#"href="/en/atom.xml""#)
    );
}

/// The JSON-LD of an HTML page (exactly one script element in the page).
fn jsonld(html: &str) -> Value {
    let doc = Html::parse_document(html);
    let scripts: Vec<_> = doc.select(&Selector::parse("script").unwrap()).collect();
    assert_eq!(scripts.len(), 1, "one script element, the JSON-LD");
    assert_eq!(scripts[0].value().attr("type"), Some("application/ld+json"));
    serde_json::from_str(&scripts[0].inner_html()).expect("JSON-LD parses")
}

fn graph_node<'a>(data: &'a Value, kind: &str) -> Option<&'a Value> {
    data["@graph"]
        .as_array()?
        .iter()
        .find(|n| n["@type"] == kind)
}

fn meta_content(html: &str, property: &str) -> Option<String> {
    let doc = Html::parse_document(html);
    let sel = Selector::parse(&format!(
        r#"meta[property="{property}"], meta[name="{property}"]"#
    ))
    .unwrap();
    doc.select(&sel)
        .next()
        .and_then(|m| m.value().attr("content"))
        .map(str::to_owned)
}

#[test]
fn product_pages_carry_json_ld_and_link_previews() {
    let (_, files) = render(&shipped());
    let mut checked = 0;
    for (path, bytes) in &files {
        let is_product = (path.starts_with("products/") || path.starts_with("en/products/"))
            && path.matches('/').count() == if path.starts_with("en/") { 3 } else { 2 };
        if !is_product || !path.ends_with("index.html") {
            continue;
        }
        let html = std::str::from_utf8(bytes).unwrap();
        let data = jsonld(html);
        assert_eq!(data["@context"], "https://schema.org");
        let product = graph_node(&data, "Product").expect("a Product");
        assert!(product["name"].as_str().is_some_and(|n| !n.is_empty()));
        assert!(
            product["image"][0]
                .as_str()
                .unwrap()
                .starts_with(SHIPPED_BASE)
        );
        assert!(product.get("aggregateRating").is_none());
        if let Some(offer) = product.get("offers") {
            assert!(offer["price"].as_u64().is_some());
            assert_eq!(offer["priceCurrency"], "VND");
            assert!(
                offer["availability"]
                    .as_str()
                    .unwrap()
                    .starts_with("https://schema.org/")
            );
            assert_eq!(
                meta_content(html, "product:price:amount").unwrap(),
                offer["price"].to_string()
            );
        }
        if let Some(cert) = product.get("hasCertification") {
            assert_eq!(cert["@type"], "Certification");
            assert_eq!(cert["name"], "OCOP");
            assert_eq!(cert["certificationRating"]["bestRating"], 5);
            assert!(
                (3..=5).contains(&cert["certificationRating"]["ratingValue"].as_u64().unwrap())
            );
        }
        let crumbs = graph_node(&data, "BreadcrumbList").expect("breadcrumbs");
        assert_eq!(crumbs["itemListElement"].as_array().unwrap().len(), 3);
        assert_eq!(meta_content(html, "og:type").as_deref(), Some("product"));
        assert!(
            meta_content(html, "og:image")
                .unwrap()
                .starts_with("https://")
        );
        assert!(meta_content(html, "og:image:width").is_some());
        assert!(meta_content(html, "twitter:card").is_some());
        checked += 1;
    }
    assert_eq!(checked, 46);
    let goat = text(&files, "products/thit-de-xong-khoi/index.html");
    let data = jsonld(&goat);
    let product = graph_node(&data, "Product").unwrap();
    assert_eq!(product["name"], "Thịt dê xông khói");
    assert_eq!(product["offers"]["price"], 280000);
    assert_eq!(product["offers"]["priceCurrency"], "VND");
    assert_eq!(product["brand"]["@type"], "Organization");
    assert_eq!(meta_content(&goat, "og:locale").as_deref(), Some("vi_VN"));
    assert_eq!(
        meta_content(&goat, "og:locale:alternate").as_deref(),
        Some("en_US")
    );
    // A certified product: its rating is a certification.
    let certified = files
        .iter()
        .filter(|(p, _)| p.starts_with("products/") && p.ends_with("/index.html"))
        .map(|(_, b)| jsonld(std::str::from_utf8(b).unwrap()))
        .filter_map(|d| graph_node(&d, "Product").cloned())
        .find(|p| p.get("hasCertification").is_some())
        .expect("a certified product");
    assert_eq!(
        certified["hasCertification"]["validFrom"]
            .as_str()
            .unwrap()
            .len(),
        10
    );
}

#[test]
fn other_pages_carry_their_schema_org_types() {
    let (_, files) = render(&shipped());
    let home = jsonld(&text(&files, "index.html"));
    assert!(graph_node(&home, "WebSite").is_some());
    let tourism = files
        .keys()
        .find(|p| p.starts_with("tourism/") && p.matches('/').count() == 2)
        .unwrap();
    let data = jsonld(&text(&files, tourism));
    let place = graph_node(&data, "TouristAttraction").unwrap();
    assert_eq!(place["geo"]["@type"], "GeoCoordinates");
    assert!(graph_node(&data, "BreadcrumbList").is_some());
    let data = jsonld(&text(&files, "communes/nhon-son/index.html"));
    assert!(graph_node(&data, "AdministrativeArea").is_some());
    let producer = files
        .keys()
        .find(|p| p.starts_with("producers/") && p.matches('/').count() == 2)
        .unwrap();
    assert!(graph_node(&jsonld(&text(&files, producer)), "Organization").is_some());
    let list = jsonld(&text(&files, "groups/food/index.html"));
    assert!(graph_node(&list, "BreadcrumbList").is_some());
}

fn feed_files(files: &Files) -> Files {
    files
        .iter()
        .filter(|(p, _)| {
            p.starts_with("feeds/")
                || p.starts_with("sitemap")
                || p.ends_with("atom.xml")
                || *p == "robots.txt"
        })
        .map(|(p, b)| (p.clone(), b.clone()))
        .collect()
}

#[test]
fn two_builds_give_byte_identical_feeds() {
    let (_, first) = render(&shipped());
    let (_, second) = render(&shipped());
    let a = feed_files(&first);
    assert!(a.len() >= 10, "{:?}", a.keys());
    assert_eq!(a, feed_files(&second));
    let project = fixture("awkward");
    let (_, x) = render(&project.options());
    let (_, y) = render(&project.options());
    assert_eq!(feed_files(&x), feed_files(&y));
}

#[test]
fn feeds_can_be_switched_off() {
    let project = fixture("awkward");
    let site = std::fs::read_to_string(project.root().join("content/site.toml")).unwrap();
    project.write(
        "site.toml",
        &site.replace("[feeds]\n", "[feeds]\nenabled = false\n"),
    );
    let (report, files) = render(&project.options());
    assert!(!report.feeds.unwrap().enabled);
    assert!(!files.keys().any(|p| p.starts_with("feeds/")));
    assert!(files.contains_key("sitemap.xml") && files.contains_key("robots.txt"));
}

#[test]
fn awkward_text_comes_out_valid_everywhere() {
    let project = fixture("awkward");
    let (report, files) = render(&project.options());
    let warnings: Vec<String> = report
        .diagnostics
        .items()
        .iter()
        .filter(|d| d.code == "control-character")
        .map(|d| ocop::diagnostics::display_path(d.file.as_deref().unwrap()))
        .collect();
    assert!(
        warnings
            .iter()
            .any(|f| f.ends_with("products/ky-tu-kho/index.md")),
        "{warnings:?}"
    );
    let feeds = report.feeds.unwrap();
    assert_eq!(feeds.reason("tour"), Some(Reason::TourismService));
    assert_eq!(feeds.reason("mau"), Some(Reason::Sample));
    assert_eq!(feeds.reason("khong-anh"), Some(Reason::NoImage));
    assert_eq!(feeds.reason("het-han"), Some(Reason::LapsedCertificate));
    assert_eq!(
        feeds.reason("khong-thuong-hieu"),
        Some(Reason::NoAvailabilityDate)
    );
    assert_eq!(feeds.reason("the-script"), Some(Reason::NoBrandOrGtin));

    let vi = check_google_feed(&files, "vi", AWKWARD_BASE);
    check_google_feed(&files, "en", AWKWARD_BASE);
    assert_eq!(vi.len(), 5);
    // 7 products left out (khong-thuong-hieu of both feeds, each for its
    // own reason): the summary counts products, not reasons.
    assert!(
        english(&feeds.summary()[..1]).ends_with("; 6 left out"),
        "{:?}",
        english(&feeds.summary())
    );
    let kho = find(&vi, "KHO-&-<1>").expect("sku with & and < survives");
    assert_eq!(
        one(kho, "title"),
        "Mật ong & mứt <đặc biệt> \"Ngon\" 'ngọt' 🍯 mới – hũ 500 g"
    );
    assert_eq!(one(kho, "g:custom_label_0"), "4 sao");
    assert_eq!(kho["g:additional_image_link"].len(), 1);
    let description = one(kho, "description");
    assert!(description.starts_with("Dòng một Dòng hai, có dấu phẩy, \"ngoặc\" và ký tự C1.\n"));
    // Raw HTML in the body (tags, comments) is not text: it is dropped.
    assert!(description.contains("Mật ong & mứt"));
    assert!(!description.contains("<script>") && !description.contains("chú thích"));
    // Nor the text inside an inline <script> (the page drops it too).
    assert!(!description.contains("alert(1)"), "{description}");
    assert!(description.contains("🐝🍯"));
    assert!(!description.contains("HTML thô</b>") && description.contains("HTML thô bị bỏ."));
    // The 200-character name is cut on a word boundary, within 150.
    let long = find(&vi, "ten-rat-dai").unwrap();
    let title = one(long, "title");
    let full = std::fs::read_to_string(
        repo().join("tests/fixtures/awkward/content/products/ten-rat-dai/index.md"),
    )
    .unwrap();
    let full_name = full
        .lines()
        .nth(1)
        .unwrap()
        .trim_start_matches("name = \"")
        .trim_end_matches('"');
    assert_eq!(full_name.chars().count(), 200);
    let kept = title.strip_suffix('…').expect("a cut title ends with …");
    assert!(full_name.starts_with(kept));
    assert!(
        full_name[kept.len()..].starts_with(' '),
        "cut inside a word: {title}"
    );
    assert!(title.chars().count() <= 150 && title.chars().count() > 75);
    let description = one(long, "description");
    assert!(description.chars().count() <= 5000 && description.ends_with('…'));
    // The pre-order has its shipping date.
    let script = find(&vi, "the-script").unwrap();
    assert_eq!(one(script, "title"), "</script><script>alert(1)</script>");
    assert_eq!(one(script, "g:availability_date"), "2027-01-15T00:00+0700");
    assert!(!script.contains_key("g:brand"));
    assert_eq!(one(script, "g:identifier_exists"), "no");
    let formula = find(&vi, "cong-thuc").unwrap();
    assert_eq!(one(formula, "g:gtin"), "8934563138165");

    // A name of 30 family emoji (7 characters each, joined by ZWJ, no
    // space) is cut between two families, never inside one; a body that is
    // only a table gives its cells; photo names with Vietnamese letters,
    // spaces, commas, '#', '&' and '%' are percent-encoded.
    let family = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}\u{200D}\u{1F466}";
    let emoji = find(&vi, "bieu-tuong").expect("an emoji-only name is listed");
    assert_eq!(one(emoji, "title"), format!("{}…", family.repeat(21)));
    assert_eq!(
        one(emoji, "description"),
        "Thành phần | Tỷ lệ\nMật ong | 100%"
    );
    // Variant names are ASCII slugs of the photo names.
    assert_variant(
        &files,
        one(emoji, "g:image_link"),
        &format!("{AWKWARD_BASE}products/bieu-tuong/anh-san-pham-so-1-800w."),
    );
    assert_eq!(emoji["g:additional_image_link"].len(), 1);
    assert_variant(
        &files,
        &emoji["g:additional_image_link"][0],
        &format!("{AWKWARD_BASE}products/bieu-tuong/anh-2-100-800w."),
    );
    // The page's JSON-LD gives the same photos; its Open Graph tag the
    // 1200 × 630 preview crop (here smaller: the photo is 800 px wide).
    let html = text(&files, "products/bieu-tuong/index.html");
    assert_variant(
        &files,
        &meta_content(&html, "og:image").unwrap(),
        &format!("{AWKWARD_BASE}products/bieu-tuong/anh-san-pham-so-1-og."),
    );
    assert_eq!(
        graph_node(&jsonld(&html), "Product").unwrap()["image"][1],
        emoji["g:additional_image_link"][0]
    );

    // Meta: quoting and formula neutralisation.
    let rows = check_meta(&files, AWKWARD_BASE);
    assert_eq!(rows.len(), 4);
    let emoji = rows.iter().find(|r| r["id"] == "bieu-tuong").unwrap();
    // One URL in the comma-separated list: the comma of the file name is encoded.
    assert_eq!(emoji["additional_image_link"].split(',').count(), 1);
    let formula = rows.iter().find(|r| r["id"] == "cong-thuc").unwrap();
    assert!(
        formula["title"].starts_with("'=HYPERLINK(\"https://evil.example/\""),
        "{}",
        formula["title"]
    );
    assert!(
        formula["description"].starts_with("'+84 912 345 678\n@SUM"),
        "{}",
        formula["description"]
    );
    assert_eq!(formula["brand"], "");
    let kho = rows.iter().find(|r| r["id"] == "KHO-&-<1>").unwrap();
    assert!(kho["description"].contains('\n') && kho["description"].contains("\"ngoặc\""));
    assert_eq!(kho["brand"], "Hợp tác xã \"Ánh Dương\" & Cộng sự <HTX>");
    let raw = String::from_utf8(files["feeds/meta-catalog.csv"].clone()).unwrap();
    assert!(raw.contains("\"Hợp tác xã \"\"Ánh Dương\"\" & Cộng sự <HTX>\""));

    // JSON export and its schema.
    let export = validate_json_export(&files);
    let kho = export["products"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["slug"] == "ky-tu-kho")
        .unwrap();
    assert_eq!(
        kho["name"]["vi"],
        "Mật ong & mứt <đặc biệt> \"Ngon\" 'ngọt' 🍯 mới"
    );

    // Sitemap and Atom parse.
    check_sitemap(&urlset(&text(&files, "sitemap.xml")), &files, AWKWARD_BASE);
    check_atom(&files, "atom.xml", "vi");
    check_atom(&files, "en/atom.xml", "en");
    assert!(text(&files, "robots.txt").contains("Sitemap: https://example.com/ocop/sitemap.xml"));
    // base_url has a sub-path: every absolute URL carries it exactly once.
    for (path, bytes) in &files {
        let body = String::from_utf8_lossy(bytes);
        assert!(!body.contains("ocop/ocop"), "{path} repeats the sub-path");
        assert!(
            !body.contains("https://example.com/products")
                && !body.contains("https://example.com/en/"),
            "{path} has an absolute URL without the sub-path"
        );
    }
}

#[test]
fn a_script_tag_in_a_name_cannot_escape_the_json_ld() {
    let project = fixture("awkward");
    let (_, files) = render(&project.options());
    for path in [
        "products/the-script/index.html",
        "en/products/the-script/index.html",
    ] {
        let html = text(&files, path);
        // Exactly one script element: the JSON-LD; the name did not open one.
        let data = jsonld(&html);
        let product = graph_node(&data, "Product").unwrap();
        assert_eq!(product["name"], "</script><script>alert(1)</script>");
        assert_eq!(product["description"], "<!-- not a comment --> & </SCRIPT>");
        let start = html.find("application/ld+json").unwrap();
        let end = start + html[start..].find("</script>").unwrap();
        let inside = &html[start..end];
        assert!(
            !inside.contains("<!--") && !inside.contains("</"),
            "{inside}"
        );
        assert_eq!(
            meta_content(&html, "og:title").as_deref(),
            Some("</script><script>alert(1)</script>")
        );
    }
    let kho = jsonld(&text(&files, "products/ky-tu-kho/index.html"));
    let product = graph_node(&kho, "Product").unwrap();
    assert_eq!(
        product["hasCertification"]["certificationRating"]["ratingValue"],
        4
    );
    assert_eq!(product["hasCertification"]["validFrom"], "2025-06-01");
    assert_eq!(product["hasCertification"]["expires"], "2028-06-01");
    assert_eq!(product["offers"]["price"], 120000);
}

/// The sitemap schemas, vendored in tests/schemas/ (sitemaps.org's
/// sitemap.xsd and its licence: tests/schemas/README.md).
fn sitemap_schema() -> std::path::PathBuf {
    repo().join("tests/schemas/sitemap-hreflang.xsd")
}

#[test]
#[ignore = "needs xmllint"]
fn sitemap_validates_against_the_sitemaps_org_xsd() {
    let dir = tempfile::tempdir().unwrap();
    let (_, shipped_files) = render(&shipped());
    let project = fixture("awkward");
    let (_, awkward_files) = render(&project.options());
    for (name, files) in [("shipped", &shipped_files), ("awkward", &awkward_files)] {
        let target = dir.path().join(format!("{name}-sitemap.xml"));
        std::fs::write(&target, &files["sitemap.xml"]).unwrap();
        let out = std::process::Command::new("xmllint")
            .arg("--noout")
            .arg("--schema")
            .arg(sitemap_schema())
            .arg(&target)
            .output()
            .expect("xmllint runs (apt-get install libxml2-utils)");
        assert!(
            out.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    // The check is real: each of these breakages alone fails.
    let good = String::from_utf8(shipped_files["sitemap.xml"].clone()).unwrap();
    for (what, from, to) in [
        (
            "a relative loc",
            "<loc>https://ocop-ninhson.example.com/</loc>",
            "<loc>/</loc>",
        ),
        (
            "a priority above 1",
            "</loc>",
            "</loc><priority>2</priority>",
        ),
        ("an alternate without hreflang", " hreflang=\"vi\"", ""),
    ] {
        assert!(good.contains(from), "{what}: {from} not in the sitemap");
        let bad = dir.path().join("bad.xml");
        std::fs::write(&bad, good.replacen(from, to, 1)).unwrap();
        let out = std::process::Command::new("xmllint")
            .arg("--noout")
            .arg("--schema")
            .arg(sitemap_schema())
            .arg(&bad)
            .output()
            .unwrap();
        assert!(!out.status.success(), "xmllint accepted {what}");
    }
}

fn codes(report: &ocop::build::Report, code: &str) -> Vec<String> {
    report
        .diagnostics
        .items()
        .iter()
        .filter(|d| d.code == code)
        .map(|d| {
            format!(
                "{} {}",
                d.file
                    .as_deref()
                    .map(ocop::diagnostics::display_path)
                    .unwrap_or_default(),
                d.message(Lang::En)
            )
        })
        .collect()
}

#[test]
fn a_sku_with_invisible_characters_or_outer_spaces_is_an_error() {
    // Each of these once reached the feeds as it was: U+0007 made the
    // Google feed malformed XML, the others are ids Google refuses or
    // rewrites (so the id would not match the Meta catalog).
    for sku in [
        "AB\\u0007C",
        "AB\\u200dC",
        "AB\\u00a0C",
        "\\u202eCBA",
        " =cmd",
        "ABC ",
        "A  B",
        "A\\tB",
    ] {
        let product = PRODUCT.replace(
            "price = 250000",
            &format!("price = 250000\nsku = \"{sku}\""),
        );
        let project = Project::new(&[
            ("communes/nhon-son/index.md", COMMUNE),
            ("producers/de-cuu/index.md", PRODUCER),
            ("products/thit-de/index.md", &product),
        ]);
        let report = ocop::check(&project.options());
        let errors = codes(&report, "bad-sku");
        assert_eq!(errors.len(), 1, "{sku:?}: {errors:?}");
        assert!(ocop::build::render_to_memory(&project.options()).is_err());
    }
    // Visible Unicode, '&', '<' and single inner spaces are fine.
    let product = PRODUCT.replace(
        "price = 250000",
        "price = 250000\nsku = \"ĐẶC SẢN-&-<1> 🍯\"",
    );
    let project = Project::new(&[
        ("communes/nhon-son/index.md", COMMUNE),
        ("producers/de-cuu/index.md", PRODUCER),
        ("products/thit-de/index.md", &product),
    ]);
    let (report, files) = render(&project.options());
    assert!(codes(&report, "bad-sku").is_empty());
    let export: Value = serde_json::from_slice(&files["feeds/catalog.json"]).unwrap();
    assert_eq!(export["products"][0]["id"], "ĐẶC SẢN-&-<1> 🍯");
}

#[test]
fn two_products_with_one_feed_id_are_an_error() {
    let with_sku = |sku: &str| {
        PRODUCT.replace(
            "price = 250000",
            &format!("price = 250000\nsku = \"{sku}\""),
        )
    };
    // The same sku in different case, and a sku that is another product's
    // folder name (its id when it has no sku).
    let project = Project::new(&[
        ("communes/nhon-son/index.md", COMMUNE),
        ("producers/de-cuu/index.md", PRODUCER),
        (
            "products/a-mot/index.md",
            &with_sku("NS-DE-01").replace("Thịt dê", "A một"),
        ),
        (
            "products/b-hai/index.md",
            &with_sku("ns-de-01").replace("Thịt dê", "B hai"),
        ),
        (
            "products/c-ba/index.md",
            &PRODUCT.replace("Thịt dê", "C ba"),
        ),
        (
            "products/d-bon/index.md",
            &with_sku("C-BA").replace("Thịt dê", "D bốn"),
        ),
    ]);
    let report = ocop::check(&project.options());
    let errors = codes(&report, "duplicate-feed-id");
    assert_eq!(
        errors,
        [
            "content/products/b-hai/index.md the feed id \"ns-de-01\" is already the id of content/products/a-mot/index.md (\"NS-DE-01\")",
            "content/products/d-bon/index.md the feed id \"C-BA\" is already the id of content/products/c-ba/index.md (\"c-ba\")",
        ]
    );
    assert!(ocop::build::render_to_memory(&project.options()).is_err());
    // Without feeds there is no id to clash.
    project.write(
        "site.toml",
        "title = \"Thử nghiệm\"\nbase_url = \"https://example.com\"\nlanguages = [\"vi\", \"en\"]\n[translations.en]\ntitle = \"Test\"\n[feeds]\nenabled = false\n",
    );
    let report = ocop::check(&project.options());
    assert!(codes(&report, "duplicate-feed-id").is_empty());
}

#[test]
fn the_order_records_were_written_to_disk_does_not_change_the_output() {
    // The awkward fixture copied twice: once in path order, once with every
    // file and folder created in the reverse order (directory listings
    // follow creation order on many file systems).
    let source = repo().join("tests/fixtures/awkward/content");
    let mut paths: Vec<std::path::PathBuf> = walkdir::WalkDir::new(&source)
        .into_iter()
        .map(|e| e.unwrap().into_path())
        .filter(|p| p.is_file())
        .collect();
    paths.sort();
    let forward = fixture("awkward");
    let reverse = fixture("awkward");
    std::fs::remove_dir_all(reverse.root().join("content")).unwrap();
    for path in paths.iter().rev() {
        let target = reverse
            .root()
            .join("content")
            .join(path.strip_prefix(&source).unwrap());
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::copy(path, target).unwrap();
    }
    let (_, a) = render(&forward.options());
    let (_, b) = render(&reverse.options());
    assert_eq!(a.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>());
    for (path, bytes) in &a {
        assert!(b[path] == *bytes, "{path} differs");
    }
}

#[test]
fn feeds_leave_out_a_product_whose_main_photo_is_too_small() {
    let project = fixture("awkward");
    let photo = |rel: &str, w: u32, h: u32| {
        image::RgbImage::new(w, h)
            .save(project.root().join("content").join(rel))
            .unwrap();
    };
    // The feed variant must be at least 800 px on its short side (issue #5).
    // 799 × 2000: too small. Only the main photo counts.
    photo("products/ky-tu-kho/photo.png", 799, 2000);
    photo("products/cong-thuc/photo.png", 800, 800);
    photo("products/bieu-tuong/ảnh #2 & 100%.png", 10, 10);
    let (report, files) = render(&project.options());
    let feeds = report.feeds.unwrap();
    assert_eq!(feeds.reason("ky-tu-kho"), Some(Reason::ImageTooSmall));
    for slug in ["cong-thuc", "bieu-tuong"] {
        assert_eq!(feeds.reason(slug), None, "{slug}");
    }
    let summary = english(&feeds.summary());
    assert!(
        summary.contains("main photo under 800 px on its short side: 1 (ky-tu-kho)"),
        "{summary}"
    );
    let vi = check_google_feed(&files, "vi", AWKWARD_BASE);
    assert!(find(&vi, "KHO-&-<1>").is_none());
    assert!(find(&vi, "cong-thuc").is_some());
    let rows = check_meta(&files, AWKWARD_BASE);
    assert!(!rows.iter().any(|r| r["id"] == "KHO-&-<1>"));
    let export = validate_json_export(&files);
    let kho = export["products"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["slug"] == "ky-tu-kho")
        .unwrap();
    assert_eq!(kho["feeds"]["google_merchant"], "image_too_small");
    assert_eq!(kho["feeds"]["meta"], "image_too_small");
}
