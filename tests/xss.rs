//! A record full of cross-site-scripting payloads: none may survive in any
//! page, feed, data file or kiosk screen (issue #9).

mod common;

use common::*;

/// Payloads that try to become markup, script or a dangerous URL.
const PAYLOADS: &[&str] = &[
    "<script>alert('name')</script>",
    "\"><img src=x onerror=alert('attr')>",
    "</script><script>alert('jsonld')</script>",
    "<svg onload=alert('svg')>",
    "javascript:alert('url')",
    "<iframe src=\"javascript:alert('frame')\"></iframe>",
    "]]><x>cdata</x>",
    "=HYPERLINK(\"https://evil.example/\",\"csv\")",
    "' onmouseover='alert(1)",
    "{{ 7*7 }} {% raw %}",
];

fn toml_string(s: &str) -> String {
    toml::Value::String(s.to_owned()).to_string()
}

#[test]
fn no_payload_survives_anywhere() {
    let all = PAYLOADS.join(" ");
    let product = format!(
        "+++\nname = {name}\nsummary = {summary}\nunit = {unit}\ngroup = \"food\"\nproducer = \"de-cuu\"\ncommune = \"nhon-son\"\nprice = 250000\nimages = [\"photo.png\"]\nimage_alt = [{alt}]\nfeatured = true\n+++\n\n\
         # <script>alert('heading')</script>\n\n\
         <script>alert('raw')</script>\n\n<img src=x onerror=\"alert('raw img')\">\n\n\
         <a href=\"javascript:alert('raw link')\">raw link</a> <a href=\"data:text/html,<script>alert(1)</script>\">data</a>\n\n\
         [md link](javascript:alert('md')) ![md img](javascript:alert('img'))\n\n\
         <div style=\"background:url(javascript:alert('css'))\" onclick=\"alert('div')\">div</div>\n\n\
         <object data=\"x.swf\"></object><embed src=\"x.swf\"><form action=\"https://evil.example\"><input></form>\n\n\
         {all}\n",
        name = toml_string(&format!("Thịt dê {}", PAYLOADS[1])),
        summary = toml_string(&all),
        unit = toml_string(PAYLOADS[2]),
        alt = toml_string(PAYLOADS[1]),
    );
    let project = Project::new(&[
        ("communes/nhon-son/index.md", COMMUNE),
        (
            "producers/de-cuu/index.md",
            &PRODUCER.replace(
                "Tổ hợp tác dê cừu",
                "Tổ hợp tác <script>alert('brand')</script>",
            ),
        ),
        ("products/thit-de/index.md", &product),
    ]);
    image::RgbImage::from_pixel(800, 800, image::Rgb([200, 120, 80]))
        .save(project.root().join("content/products/thit-de/photo.png"))
        .unwrap();
    let (_, sink) = ocop::build::render_to_memory(&project.options())
        .expect("the record builds: payloads are only text");
    let files = sink.into_files();
    let mut checked = 0;
    for (path, bytes) in &files {
        let text = String::from_utf8_lossy(bytes);
        let lower = text.to_ascii_lowercase();
        if path.ends_with(".html") {
            assert_inert_html(path, &text);
            checked += 1;
        } else if path.ends_with(".xml") {
            roxmltree::Document::parse(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
            assert!(
                !lower.contains("<script") && !lower.contains("<x>cdata"),
                "{path}: markup in XML"
            );
            checked += 1;
        } else if path.ends_with(".json") {
            serde_json::from_str::<serde_json::Value>(&text)
                .unwrap_or_else(|e| panic!("{path}: {e}"));
            checked += 1;
        } else if path.ends_with(".csv") {
            let mut reader = csv::Reader::from_reader(bytes.as_slice());
            for record in reader.records() {
                for cell in record.unwrap().iter() {
                    assert!(
                        !cell.trim_start().starts_with(['=', '+', '-', '@']),
                        "{path}: formula cell {cell:?}"
                    );
                }
            }
            checked += 1;
        } else if path.ends_with(".js") && (path.contains("/data/") || path.contains("search")) {
            // Data scripts: the payloads are inside JSON strings, where `<`
            // is escaped, so even inlined they could not close a script.
            assert!(!text.contains("</script"), "{path}: a raw </script>");
            checked += 1;
        }
    }
    assert!(checked > 20, "only {checked} files checked");

    // The kiosk inserts a record's body and its QR codes with `innerHTML`
    // (kiosk.js: `html: p.body`, `html: qr.svg`): each such string must be
    // inert HTML too.
    let mut inserted = 0;
    for lang in ["vi", "en"] {
        let path = format!("kiosk/data/{lang}/products-0.js");
        let data = kiosk_catalog(&files, lang);
        inner_html_fields(&data, &mut |key, html| {
            assert_inert_html(&format!("{path}: {key}"), html);
            inserted += 1;
        });
        let body = data["products"][0]["body"].as_str().unwrap();
        // Text stays text.
        assert!(body.contains("{{ 7*7 }} {% raw %}"), "{body}");
    }
    // Two languages: the product's body and QR code, at least.
    assert!(inserted >= 4, "{inserted} innerHTML strings");

    // What the payloads must look like: plain text, shown as typed.
    let html = scraper::Html::parse_document(&page(&files, "products/thit-de/index.html"));
    let text_of = |css: &str| -> String {
        let selector = scraper::Selector::parse(css).unwrap();
        let el = html
            .select(&selector)
            .next()
            .unwrap_or_else(|| panic!("no {css}"));
        el.text().collect()
    };
    assert_eq!(
        text_of("main h1"),
        "Thịt dê \"><img src=x onerror=alert('attr')>"
    );
    // `{{ 7*7 }}` is not a template: it is shown, not computed to 49.
    assert_eq!(text_of("main p.lead"), all);
    assert!(all.contains("{{ 7*7 }} {% raw %}"));
}

/// Calls `f` on every string the kiosk inserts as HTML: the `body` of a
/// record and the `svg` of a QR code.
fn inner_html_fields(v: &serde_json::Value, f: &mut dyn FnMut(&str, &str)) {
    match v {
        serde_json::Value::Object(map) => {
            for (key, x) in map {
                match (key.as_str(), x) {
                    ("body" | "svg", serde_json::Value::String(html)) => f(key, html),
                    _ => inner_html_fields(x, f),
                }
            }
        }
        serde_json::Value::Array(list) => list.iter().for_each(|x| inner_html_fields(x, f)),
        _ => {}
    }
}
