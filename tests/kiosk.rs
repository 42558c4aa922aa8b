//! The offline kiosk bundle, QR codes and the search index (issue #7),
//! checked on the shipped catalogue without a browser.

mod common;

use std::collections::BTreeMap;

use common::*;
use serde_json::Value;

fn kiosk_files() -> BTreeMap<String, Vec<u8>> {
    render_shipped()
        .into_iter()
        .filter(|(k, _)| k.starts_with("kiosk/"))
        .collect()
}

/// Every QR object (`{url, svg}`) in a data value.
fn qr_codes<'a>(v: &'a Value, out: &mut Vec<(&'a str, &'a str)>) {
    match v {
        Value::Object(map) => {
            if let (Some(Value::String(url)), Some(Value::String(svg))) =
                (map.get("url"), map.get("svg"))
            {
                out.push((url, svg));
            }
            map.values().for_each(|x| qr_codes(x, out));
        }
        Value::Array(list) => list.iter().for_each(|x| qr_codes(x, out)),
        _ => {}
    }
}

/// Fails on an outbound address anywhere but the `url` of a QR code, and on
/// any markup with a link or an image source inside the data.
fn check_strings(path: &str, key: &str, v: &Value, in_qr: bool, problems: &mut Vec<String>) {
    match v {
        Value::String(s) => {
            let outbound = s.contains("://");
            if outbound && !(in_qr && key == "url") {
                problems.push(format!("{path}: `{key}` holds an address: {s:.80}"));
            }
            if s.contains("href=") || s.contains("src=") {
                problems.push(format!("{path}: `{key}` holds a link: {s:.80}"));
            }
        }
        Value::Object(map) => {
            let qr = map.contains_key("svg") && map.contains_key("url");
            for (k, x) in map {
                check_strings(path, k, x, qr, problems);
            }
        }
        Value::Array(list) => {
            for x in list {
                check_strings(path, key, x, false, problems);
            }
        }
        _ => {}
    }
}

/// The values of `attr="…"` (and `attr='…'`) in a text.
fn attr_values<'a>(text: &'a str, attr: &str) -> Vec<&'a str> {
    let mut out = Vec::new();
    for quote in ['"', '\''] {
        let needle = format!("{attr}={quote}");
        let mut rest = text;
        while let Some(i) = rest.find(&needle) {
            let after = &rest[i + needle.len()..];
            let end = after.find(quote).unwrap_or(after.len());
            out.push(&after[..end]);
            rest = &after[end..];
        }
    }
    out
}

/// The static rule of the issue: every file of output/kiosk/ is checked for
/// absolute paths, outbound resources and network calls.
#[test]
fn kiosk_bundle_is_self_contained() {
    let files = kiosk_files();
    assert!(files.contains_key("kiosk/index.html"));
    assert!(files.len() > 10, "{:?}", files.keys().collect::<Vec<_>>());
    let mut problems = Vec::new();
    let mut checked = 0;
    for (path, bytes) in &files {
        let Ok(text) = std::str::from_utf8(bytes) else {
            continue; // photos
        };
        checked += 1;
        for banned in [
            "fetch(",
            "XMLHttpRequest",
            "import(",
            "navigator.sendBeacon",
            "WebSocket",
        ] {
            if text.contains(banned) {
                problems.push(format!("{path}: uses {banned}"));
            }
        }
        for attr in ["src", "href", "srcset", "action", "poster", "data"] {
            for v in attr_values(text, attr) {
                if v.starts_with('/') || v.contains("://") || v.starts_with("//") {
                    problems.push(format!("{path}: {attr}=\"{v}\" is not relative"));
                }
                if attr == "href" {
                    let page = v.split('#').next().unwrap_or_default();
                    let ok =
                        page.is_empty() || page.ends_with("index.html") || page.ends_with(".css");
                    if !ok {
                        problems.push(format!("{path}: href=\"{v}\" must end in index.html"));
                    }
                }
            }
        }
        // CSS url(…) and @import.
        let mut rest = text;
        while let Some(i) = rest.find("url(") {
            let after = rest[i + 4..].trim_start_matches(['"', '\'']);
            if after.starts_with('/') || after.starts_with("http") || after.starts_with("//") {
                problems.push(format!("{path}: url({after:.40}) is not relative"));
            }
            rest = &rest[i + 4..];
        }
        if text.contains("@import") {
            problems.push(format!("{path}: @import"));
        }
        if path.starts_with("kiosk/data/") {
            let json = data_json(path, text);
            check_strings(path, "", &json, false, &mut problems);
        } else if text.contains("http://") || text.contains("https://") {
            problems.push(format!("{path}: names an http(s) address"));
        }
    }
    assert!(checked >= 8);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn kiosk_index_is_noindex_and_loads_only_its_own_files() {
    let files = kiosk_files();
    let html = String::from_utf8(files["kiosk/index.html"].clone()).unwrap();
    assert!(html.contains("<meta name=\"robots\" content=\"noindex\">"));
    for attr in ["src", "href"] {
        for v in attr_values(&html, attr) {
            assert!(
                files.contains_key(&format!("kiosk/{v}")),
                "index.html loads {v}, which is not in the bundle"
            );
        }
    }
    // Every photo the data names is in the bundle; sample records are marked.
    let data = kiosk_catalog(&files, "vi");
    let products = data["products"].as_array().unwrap();
    assert_eq!(products.len(), 23);
    for p in products {
        for photo in p["photos"].as_array().unwrap() {
            let src = photo["src"].as_str().unwrap();
            assert!(files.contains_key(&format!("kiosk/{src}")), "{src}");
        }
    }
    let sample = products
        .iter()
        .find(|p| p["slug"] == "nho-say-tach-hat")
        .unwrap();
    assert_eq!(sample["sample"], true);
    assert_eq!(sample["price"], "150.000\u{a0}₫");
    // Vietnamese alphabetical order, as on the site: Bưởi … Xoài.
    let names: Vec<&str> = products
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(names.first(), Some(&"Bưởi"));
    assert_eq!(names.last(), Some(&"Xoài"));
    let d = names.iter().position(|n| n.starts_with("Dưa")).unwrap();
    let dd = names.iter().position(|n| n.starts_with("Đũa")).unwrap();
    assert!(d < dd, "d before đ: {names:?}");
    // The two tourism points are in the attract loop.
    let slides: Vec<&str> = data["slides"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s["kind"] == "tourism")
        .map(|s| s["slug"].as_str().unwrap())
        .collect();
    assert_eq!(
        slides,
        [
            "du-lich-tham-quan-dac-san-nhon-son",
            "du-lich-vuon-trai-cay-lam-son"
        ]
    );
    let config = String::from_utf8(files["kiosk/data/config.js"].clone()).unwrap();
    assert_eq!(data_json("config.js", &config)["idle_seconds"], 90);
}

/// Draws a QR SVG of the build as a browser would, with a real SVG
/// renderer (resvg, `scale` pixels a module), and returns it as a PNG.
fn render_png(svg: &str, scale: f32) -> Vec<u8> {
    // Inline SVG in HTML has no namespace; a file of its own needs one.
    let svg = svg.replacen("<svg ", "<svg xmlns=\"http://www.w3.org/2000/svg\" ", 1);
    let tree = resvg::usvg::Tree::from_str(&svg, &resvg::usvg::Options::default())
        .unwrap_or_else(|e| panic!("the SVG does not parse: {e}"));
    let size = tree.size();
    let (w, h) = (
        (size.width() * scale).round() as u32,
        (size.height() * scale).round() as u32,
    );
    let mut pixmap = resvg::tiny_skia::Pixmap::new(w, h).unwrap();
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    let rgba = image::RgbaImage::from_raw(w, h, pixmap.take()).unwrap();
    let mut png = std::io::Cursor::new(Vec::new());
    rgba.write_to(&mut png, image::ImageFormat::Png).unwrap();
    png.into_inner()
}

/// Decodes a QR SVG of the build as a phone camera would: drawn by resvg
/// into a PNG, the PNG read back, and the code found and read by `rqrr`.
fn decode(svg: &str) -> String {
    let img = image::load_from_memory(&render_png(svg, 4.0))
        .unwrap()
        .to_luma8();
    let mut prepared = rqrr::PreparedImage::prepare_from_greyscale(
        img.width() as usize,
        img.height() as usize,
        |x, y| img.get_pixel(x as u32, y as u32).0[0],
    );
    let grids = prepared.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code in the picture");
    grids[0].decode().expect("the code decodes").1
}

#[test]
fn qr_codes_decode_back_to_their_address() {
    for url in [
        "https://ocop-ninhson.example.com/products/nho-say-tach-hat/",
        "https://ocop-ninhson.example.com/en/products/tao-say-deo-tach-hat/",
        "https://shopee.vn/nho-say-tach-hat-ninh-thuan-500g-i.123456789.987654321",
        "https://www.openstreetmap.org/?mlat=11.835&mlon=108.67#map=14/11.835/108.67",
    ] {
        assert_eq!(decode(&ocop::qr::svg(url).unwrap()), url);
    }
}

/// At one pixel a module, the drawn SVG is exactly the code's modules
/// inside a white quiet zone of 4 modules.
#[test]
fn the_svg_draws_exactly_the_modules() {
    let url = "https://example.com/products/xoai/";
    let (width, dark) = ocop::qr::modules(url).unwrap();
    let img = image::load_from_memory(&render_png(&ocop::qr::svg(url).unwrap(), 1.0))
        .unwrap()
        .to_luma8();
    let quiet = ocop::qr::QUIET_ZONE as u32;
    assert_eq!(img.width(), width as u32 + 2 * quiet);
    for (x, y, px) in img.enumerate_pixels() {
        let inside = |v: u32| v >= quiet && v < quiet + width as u32;
        let want_dark =
            inside(x) && inside(y) && dark[(y - quiet) as usize * width + (x - quiet) as usize];
        assert_eq!(px.0[0], if want_dark { 0 } else { 255 }, "pixel {x},{y}");
    }
}

#[test]
fn every_kiosk_qr_code_decodes_to_its_address() {
    let files = kiosk_files();
    let mut all = 0;
    for lang in ["vi", "en"] {
        let data = kiosk_catalog(&files, lang);
        let mut codes = Vec::new();
        qr_codes(&data, &mut codes);
        for (url, svg) in &codes {
            assert_eq!(decode(svg), *url);
        }
        let en = if lang == "en" { "/en" } else { "" };
        let product = data["products"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["slug"] == "nho-say-tach-hat")
            .unwrap();
        assert_eq!(
            product["qr"]["url"],
            format!("https://ocop-ninhson.example.com{en}/products/nho-say-tach-hat/")
        );
        let tourism = &data["tourism"][0];
        assert!(
            tourism["map"]["url"]
                .as_str()
                .unwrap()
                .starts_with("https://www.openstreetmap.org/?mlat=")
        );
        assert_eq!(
            tourism["qr"]["url"],
            format!(
                "https://ocop-ninhson.example.com{en}/tourism/{}/",
                tourism["slug"].as_str().unwrap()
            )
        );
        all += codes.len();
    }
    assert!(all >= 2 * (23 + 2 * 2), "{all} codes");
}

#[test]
fn website_product_pages_have_a_qr_code_of_their_own_address() {
    let files = render_shipped();
    for (path, url) in [
        (
            "products/thit-de-xong-khoi/index.html",
            "https://ocop-ninhson.example.com/products/thit-de-xong-khoi/",
        ),
        (
            "en/products/thit-de-xong-khoi/index.html",
            "https://ocop-ninhson.example.com/en/products/thit-de-xong-khoi/",
        ),
    ] {
        let html = page(&files, path);
        let start = html.find("<figure class=\"qr-block\">").expect(path);
        let svg_start = start + html[start..].find("<svg").unwrap();
        let svg_end = svg_start + html[svg_start..].find("</svg>").unwrap() + 6;
        assert_eq!(decode(&html[svg_start..svg_end]), url);
        assert!(html[svg_end..].starts_with("<figcaption>"));
    }
}

#[test]
fn qr_target_marketplace_uses_the_first_shop_link() {
    let project = Project::new(&[
        ("communes/nhon-son/index.md", COMMUNE),
        ("producers/de-cuu/index.md", PRODUCER),
        (
            "products/thit-de/index.md",
            "+++\nname = \"Thịt dê\"\ngroup = \"food\"\ncommune = \"nhon-son\"\nbuy = [{ kind = \"shopee\", url = \"https://shopee.vn/thit-de-i.1.2\" }]\n+++\nThịt dê.\n",
        ),
        (
            "products/xoai/index.md",
            "+++\nname = \"Xoài\"\ngroup = \"food\"\ncommune = \"nhon-son\"\n+++\nXoài.\n",
        ),
    ]);
    let site = "title = \"Thử\"\nbase_url = \"https://example.com\"\nlanguages = [\"vi\", \"en\"]\n[kiosk]\nqr_target = \"marketplace\"\nidle_seconds = 30\n";
    project.write("site.toml", site);
    let (_, sink) = ocop::build::render_to_memory(&project.options()).expect("builds");
    let files = sink.into_files();
    let html = page(&files, "products/thit-de/index.html");
    let svg = &html[html.find("<svg class=\"qr-code\"").unwrap()..];
    assert_eq!(
        decode(&svg[..svg.find("</svg>").unwrap() + 6]),
        "https://shopee.vn/thit-de-i.1.2"
    );
    assert!(html.contains("Quét để mua sản phẩm này"));
    // Without a shop link the page itself.
    let html = page(&files, "en/products/xoai/index.html");
    let svg = &html[html.find("<svg class=\"qr-code\"").unwrap()..];
    assert_eq!(
        decode(&svg[..svg.find("</svg>").unwrap() + 6]),
        "https://example.com/en/products/xoai/"
    );
    let config = page(&files, "kiosk/data/config.js");
    assert!(config.contains("\"idle_seconds\":30"), "{config}");
}

#[test]
fn search_pages_and_index_are_published() {
    let files = render_shipped();
    let vi = page(&files, "search/index.html");
    let en = page(&files, "en/search/index.html");
    assert!(vi.contains("<script src=\"/search/search-index.js\" defer>"));
    assert!(en.contains("<h1>Search products</h1>"));
    // Every page's header links to its language's search page.
    assert!(
        page(&files, "products/xoai/index.html")
            .contains("class=\"header-search\" href=\"/search/\"")
    );
    assert!(page(&files, "en/index.html").contains("class=\"header-search\" href=\"/en/search/\""));
    // The website and the kiosk share one index.
    assert_eq!(
        files["search/search-index.js"],
        files["kiosk/data/search.js"]
    );
    assert_eq!(files["js/search.js"], files["kiosk/js/search.js"]);
}

/// The Rust reference matcher on the shipped catalogue (the browser test
/// runs the same queries through search.js).
#[test]
fn search_finds_the_issue_examples() {
    let (_, sink) = ocop::build::render_to_memory(&shipped()).unwrap();
    drop(sink);
    let content = ocop::content::load(&repo(), &mut ocop::diagnostics::Diagnostics::new());
    let catalog = ocop::model::resolve(
        &content,
        None,
        today(),
        &mut ocop::diagnostics::Diagnostics::new(),
    )
    .unwrap();
    let images = ocop::images::Images::probe(
        &repo(),
        &catalog,
        &mut ocop::diagnostics::Diagnostics::new(),
    );
    let site = ocop::site::Site::new(&repo(), catalog, images, Default::default());
    let index = ocop::search::SearchIndex::build(&site, &ocop::model::Selection::every());
    let top = |q: &str| -> Vec<String> {
        index
            .search(q)
            .into_iter()
            .map(|(d, _)| index.docs[d].slug.clone())
            .collect()
    };
    let nho = top("nho say");
    assert_eq!(&nho[..2], ["nho-say-nguyen-hat", "nho-say-tach-hat"]);
    assert_eq!(top("thit de")[0], "thit-de-xong-khoi");
    assert_eq!(top("THỊT DÊ")[0], "thit-de-xong-khoi");
    assert!(
        top("dua luoi")[..4]
            .iter()
            .all(|s| s.starts_with("dua-luoi"))
    );
    assert_eq!(
        top("dried grapes")[..2],
        ["nho-say-nguyen-hat", "nho-say-tach-hat"]
    );
    assert_eq!(top("smoked goat")[0], "thit-de-xong-khoi");
    // Prefixes while typing.
    assert_eq!(top("thit d")[0], "thit-de-xong-khoi");
    assert!(top("zzzz").is_empty());
}

/// Issue #19: the kiosk's data is split so that a national kiosk opens
/// fast. `index.html` loads the settings and the default language's index
/// (cards, lists of record numbers) only; the full records are in slices of
/// 100, each record at its number's place; another language's index is not
/// loaded at start.
#[test]
fn kiosk_data_is_split_into_an_index_and_slices_of_100_records() {
    let project = Project::new(&[
        ("communes/nhon-son/index.md", COMMUNE),
        ("producers/de-cuu/index.md", PRODUCER),
    ]);
    for i in 1..=201 {
        let text = PRODUCT
            .replace("Thịt dê xông khói", &format!("Sản phẩm {i:03}"))
            .replace("price = 250000", &format!("price = {}", 1000 * i));
        project.write(&format!("products/san-pham-{i:03}/index.md"), &text);
    }
    let (_, sink) = ocop::build::render_to_memory(&project.options()).unwrap();
    let files = sink.into_files();

    let html = page(&files, "kiosk/index.html");
    assert_eq!(
        attr_values(&html, "src"),
        [
            "js/load.js",
            "data/config.js",
            "data/index.vi.js",
            "js/search.js",
            "js/kiosk.js"
        ]
    );
    let mut slices: Vec<&str> = files
        .keys()
        .filter(|k| k.starts_with("kiosk/data/") && k.contains("/products-"))
        .map(String::as_str)
        .collect();
    slices.sort();
    assert_eq!(
        slices,
        [
            "kiosk/data/en/products-0.js",
            "kiosk/data/en/products-1.js",
            "kiosk/data/en/products-2.js",
            "kiosk/data/vi/products-0.js",
            "kiosk/data/vi/products-1.js",
            "kiosk/data/vi/products-2.js",
        ]
    );
    let config = data_json("config.js", &page(&files, "kiosk/data/config.js"));
    assert_eq!(config["slice"], 100);
    assert_eq!(config["products"][0], "san-pham-001");
    assert_eq!(config["products"][150], "san-pham-151");
    assert_eq!(config["products"].as_array().unwrap().len(), 201);
    assert_eq!(config["lang_names"]["en"], "English");

    // Record 151 is the 51st of slice 1, in both languages, with its price.
    let slice = data_json(
        "vi/products-1",
        &page(&files, "kiosk/data/vi/products-1.js"),
    );
    assert_eq!(slice[50]["slug"], "san-pham-151");
    assert_eq!(slice[50]["price"], "151.000\u{a0}₫");
    let slice = data_json(
        "en/products-2",
        &page(&files, "kiosk/data/en/products-2.js"),
    );
    assert_eq!(slice.as_array().unwrap().len(), 1);
    assert_eq!(slice[0]["slug"], "san-pham-201");
    assert_eq!(slice[0]["price"], "₫201,000");
    // kiosk_catalog checks every slice's length and order.
    let all = kiosk_catalog(&files, "vi");
    assert_eq!(all["products"][200]["name"], "Sản phẩm 201");

    // The index: a card per product (name, …, price), lists by number.
    let text = page(&files, "kiosk/data/index.vi.js");
    let index = data_json("index.vi", &text);
    let card = &index["products"][150];
    assert_eq!(card[0], "Sản phẩm 151");
    assert_eq!(card[2], "food");
    assert_eq!(card[3], "Xã Nhơn Sơn");
    assert_eq!(card[5], "151.000\u{a0}₫");
    let food = kiosk_group(&index, "food");
    let numbers: Vec<u64> = food["products"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n.as_u64().unwrap())
        .collect();
    assert_eq!(numbers, (0..201).collect::<Vec<u64>>());
    assert_eq!(
        index["communes"][0]["products"].as_array().unwrap().len(),
        201
    );
    // No full record in the index: no body, no QR code.
    assert!(!text.contains("Thịt dê."), "a body in the index");
    assert!(
        !text.contains("<svg") && !text.contains("\\u003csvg"),
        "a QR code in the index"
    );
}

/// Three products, one of them featured and two shown by a tourism point,
/// and the site settings with `extra` appended (`[kiosk] products`).
fn stand_project(extra: &str) -> Project {
    let de = PRODUCT.replace("price = 250000", "price = 250000\nfeatured = true");
    let cuu = PRODUCT.replace("Thịt dê xông khói", "Thịt cừu");
    let honey = PRODUCT
        .replace("Thịt dê xông khói", "Mật ong")
        .replace("price = 250000", "price = 120000\nfeatured = true");
    let tour = "+++\nname = \"Du lịch Nhơn Sơn\"\ncommune = \"nhon-son\"\nproducts = [\"thit-de\", \"mat-ong\"]\n+++\nTham quan.\n";
    let project = Project::new(&[
        ("communes/nhon-son/index.md", COMMUNE),
        ("producers/de-cuu/index.md", PRODUCER),
        ("products/thit-de/index.md", de.as_str()),
        ("products/thit-cuu/index.md", cuu.as_str()),
        ("products/mat-ong/index.md", honey.as_str()),
        ("tourism/du-lich/index.md", tour),
    ]);
    project.write(
        "site.toml",
        &format!("title = \"Thử nghiệm\"\nbase_url = \"https://example.com\"\nlanguages = [\"vi\", \"en\"]\n{extra}"),
    );
    project
}

/// The slugs of the search index's documents (`[kind, slug, …]`).
fn search_slugs(files: &BTreeMap<String, Vec<u8>>, path: &str) -> Vec<String> {
    data_json(path, &page(files, path))["docs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d[1].as_str().unwrap().to_owned())
        .collect()
}

/// `[kiosk] products` (issue #18): the kiosk's data names only the listed
/// products, in catalogue order (Mật ong before Thịt cừu, whatever the
/// order written), numbered 0 and 1 in every list; the tourism point keeps
/// only its listed product; the kiosk's search finds only them; the
/// website is unchanged.
#[test]
fn kiosk_products_limit_the_kiosk_to_the_listed_products() {
    let project = stand_project("[kiosk]\nproducts = [\"thit-cuu\", \"mat-ong\"]\n");
    let (report, sink) = ocop::build::render_to_memory(&project.options())
        .unwrap_or_else(|d| panic!("{:#?}", d.items()));
    assert!(
        report
            .diagnostics
            .items()
            .iter()
            .all(|d| d.code != "draft-reference" && d.code != "unknown-reference"),
        "{:#?}",
        report.diagnostics.items()
    );
    let files = sink.into_files();
    let config = data_json("config.js", &page(&files, "kiosk/data/config.js"));
    assert_eq!(
        config["products"],
        serde_json::json!(["mat-ong", "thit-cuu"])
    );
    for lang in ["vi", "en"] {
        let kiosk = kiosk_catalog(&files, lang);
        let slugs: Vec<&str> = kiosk["products"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["slug"].as_str().unwrap())
            .collect();
        assert_eq!(slugs, ["mat-ong", "thit-cuu"], "{lang}");
        let cards: Vec<&str> = kiosk["products_cards"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c[0].as_str().unwrap())
            .collect();
        // The test products have no English translation: Vietnamese names.
        assert_eq!(cards, ["Mật ong", "Thịt cừu"], "{lang}");
        let food = kiosk_group(&kiosk, "food");
        assert_eq!(food["products"], serde_json::json!([0, 1]));
        assert_eq!(kiosk["communes"][0]["products"], serde_json::json!([0, 1]));
        // Thịt dê is featured too, but not shown.
        assert_eq!(kiosk["featured"], serde_json::json!([0]));
        assert_eq!(
            kiosk["tourism"][0]["products"],
            serde_json::json!(["mat-ong"])
        );
    }
    assert_eq!(
        search_slugs(&files, "kiosk/data/search.js"),
        ["mat-ong", "thit-cuu", "du-lich"]
    );
    assert_eq!(
        search_slugs(&files, "search/search-index.js"),
        ["mat-ong", "thit-cuu", "thit-de", "du-lich"]
    );
    assert!(files.contains_key("products/thit-de/index.html"));
    // No kiosk file names the product left out.
    for (path, bytes) in files.iter().filter(|(k, _)| k.starts_with("kiosk/")) {
        let text = String::from_utf8_lossy(bytes);
        assert!(!text.contains("thit-de"), "{path} names thit-de");
    }
}

/// A slug of `[kiosk] products` that names no product is an error at its
/// line and column of content/site.toml, with the nearest slug; a draft a
/// warning; an empty list an error.
#[test]
fn kiosk_products_are_checked_with_their_place() {
    let project = stand_project("[kiosk]\nproducts = [\"mat-ong\", \"thit-cuuu\", \"nhap\"]\n");
    project.write(
        "products/nhap/index.md",
        &PRODUCT
            .replace("Thịt dê xông khói", "Nháp")
            .replace("+++\nThịt", "draft = true\n+++\nThịt"),
    );
    let out = ocop_command()
        .args([
            "check",
            "--format",
            "json",
            "--today",
            "2026-11-29",
            "--root",
        ])
        .arg(project.root())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let site_lines: Vec<&str> = stdout
        .lines()
        .filter(|l| l.contains("\"file\":\"content/site.toml\",\"line\":5,"))
        .collect();
    // `products = [` is 12 characters: "mat-ong" starts at column 13,
    // "thit-cuuu" at 13 + 9 + 2 = 24, "nhap" at 24 + 11 + 2 = 37; line 5
    // (the three lines of the site, then [kiosk]).
    assert_eq!(
        site_lines,
        [
            r#"{"severity":"error","code":"unknown-reference","file":"content/site.toml","line":5,"column":24,"message":"`products` names \"thit-cuuu\", but there is no content/products/thit-cuuu/","help":"did you mean \"thit-cuu\"?"}"#,
            r#"{"severity":"warning","code":"draft-reference","file":"content/site.toml","line":5,"column":37,"message":"`products` names \"nhap\", which is a draft","help":"the kiosk leaves it out until the product is published (remove `draft = true` from content/products/nhap/index.md)"}"#,
        ]
    );
    let empty = stand_project("[kiosk]\nproducts = []\n");
    let report = ocop::check(&empty.options());
    let found: Vec<(String, String)> = report
        .diagnostics
        .items()
        .iter()
        .filter(|d| d.severity == ocop::diagnostics::Severity::Error)
        .map(|d| (d.code.to_string(), d.message(ocop::messages::Lang::Vi)))
        .collect();
    assert_eq!(
        found,
        [(
            "bad-kiosk-setting".to_owned(),
            "products = [] không ghi sản phẩm nào".to_owned()
        )]
    );
}

/// The kiosk's README for the stand's operator (issue #18): in both
/// languages, with the print pack's PDFs by file name in the print folder
/// (issue #16: F11 for full screen, no path notation), which are the files
/// the build wrote, and where a stand's own `ocop print` files are; for
/// Windows Notepad, a byte-order mark and CR LF line ends.
#[test]
fn the_kiosk_readme_lists_the_print_pack() {
    let files = render_shipped();
    let bytes = &files["kiosk/README.txt"];
    let text = std::str::from_utf8(bytes).unwrap();
    let text = text.strip_prefix('\u{feff}').expect("a byte-order mark");
    assert!(!text.replace("\r\n", "").contains('\n'), "CR LF line ends");
    let expected = [
        "Sản phẩm OCOP huyện Ninh Sơn",
        "Máy trưng bày: hướng dẫn cho người trực quầy",
        "",
        "Mở tệp index.html trong thư mục này bằng trình duyệt (nhấp đúp là được); không cần mạng.",
        "Muốn hiện toàn màn hình: nhấn phím F11 (nhấn F11 lần nữa để thoát).",
        "Khi chép sang USB hay sang máy khác, chép cả thư mục kiosk.",
        "",
        "Bản in (PDF) có đủ mọi sản phẩm nằm trong thư mục print, bên cạnh thư mục kiosk (chép cả thư mục print nếu cần in ở hội chợ):",
        "  - Danh mục sản phẩm OCOP: tệp catalogue.vi.pdf trong thư mục print",
        "  - Thẻ giá sản phẩm OCOP: tệp shelf-cards.pdf trong thư mục print",
        "  - Bảng giá sản phẩm OCOP: tệp price-list.vi.pdf trong thư mục print",
        "Bản in riêng cho quầy, làm bằng lệnh ocop print, không nằm ở đây mà ở thư mục print bên cạnh thư mục content.",
        "",
        "----------------------------------------------------------------------",
        "",
        "Ninh Sơn District OCOP Products",
        "Kiosk: notes for the stand's operator",
        "",
        "Open index.html in this folder in a web browser (a double-click is enough); no network is needed.",
        "Full screen: press the F11 key (press F11 again to leave it).",
        "To put it on a USB stick or another computer, copy the whole kiosk folder.",
        "",
        "The print versions (PDF) with every product are in the print folder, next to the kiosk folder (copy it too to print at the fair):",
        "  - OCOP product catalogue: the file catalogue.en.pdf in the print folder",
        "  - OCOP shelf cards: the file shelf-cards.pdf in the print folder",
        "  - OCOP price list: the file price-list.en.pdf in the print folder",
        "A stand's own print versions, made with the ocop print command, are not here: they are in the print folder next to the content folder.",
    ];
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines, expected);
    // Every file named is one the build wrote into print/.
    let named: Vec<&str> = lines
        .iter()
        .filter_map(|l| {
            let rest = l.strip_prefix("  - ")?;
            let (_, file) = rest
                .split_once(": tệp ")
                .or(rest.split_once(": the file "))?;
            file.split(' ').next()
        })
        .collect();
    assert_eq!(named.len(), 6);
    for file in named {
        assert!(
            files.contains_key(&format!("print/{file}")),
            "{file} is not in the output"
        );
    }

    // Without the print pack, no PDF is named.
    let project = stand_project("[print]\nenabled = false\n");
    let (_, sink) = ocop::build::render_to_memory(&project.options()).unwrap();
    let readme = String::from_utf8(sink.into_files()["kiosk/README.txt"].clone()).unwrap();
    assert!(readme.contains("copy the whole kiosk folder"), "{readme}");
    assert!(
        !readme.contains("PDF") && !readme.contains("print folder"),
        "{readme}"
    );
}
