//! Publish readiness (issue #16): each warning with real values, from a
//! catalogue with nothing to warn about plus one mistake, at its file and
//! line, in both languages. Expected texts are written out by hand.

mod common;

use common::*;
use ocop::messages::Lang;
use serde_json::{Value, json};

/// `site.toml` with a real address (line 2) and the feeds on.
const SITE: &str = "title = \"Thử nghiệm\"\nbase_url = \"https://ocop.ninhson.gov.vn\"\nlanguages = [\"vi\", \"en\"]\n[translations.en]\ntitle = \"Test\"\n";

/// A product with everything the feeds need, its photo named on line 7:
/// line 1 `+++`, 2 name, 3 group, 4 producer, 5 commune, 6 price,
/// 7 images, 8 `+++`, 9 the body.
const FULL_PRODUCT: &str = "+++\nname = \"Thịt dê xông khói\"\ngroup = \"food\"\nproducer = \"de-cuu\"\ncommune = \"nhon-son\"\nprice = 250000\nimages = [\"photo.jpg\"]\n+++\nThịt dê.\n";

/// Its translation: line 1 `+++`, 2 name, 3 `+++`, 4 the body.
const PRODUCT_EN: &str = "+++\nname = \"Smoked goat meat\"\n+++\nGoat meat.\n";

/// A catalogue that `check` has nothing to say about: one commune, one
/// producer and one product, each translated, the product with a price and
/// a photo of 800 × 800 pixels (the feeds' minimum).
fn clean() -> Project {
    let project = Project::new(&[
        ("site.toml", SITE),
        ("communes/nhon-son/index.md", COMMUNE),
        (
            "communes/nhon-son/index.en.md",
            "+++\nname = \"Nhon Son commune\"\n+++\nA commune.\n",
        ),
        ("producers/de-cuu/index.md", PRODUCER),
        (
            "producers/de-cuu/index.en.md",
            "+++\nname = \"Goat and sheep cooperative group\"\n+++\nA group.\n",
        ),
    ]);
    add_product(&project, "thit-de-xong-khoi", FULL_PRODUCT);
    project
}

/// Writes the product `slug` (`index.md`, the English file and the photo).
fn add_product(project: &Project, slug: &str, index: &str) {
    project.write(&format!("products/{slug}/index.md"), index);
    project.write(&format!("products/{slug}/index.en.md"), PRODUCT_EN);
    image::RgbImage::from_pixel(800, 800, image::Rgb([90, 140, 60]))
        .save(
            project
                .root()
                .join(format!("content/products/{slug}/photo.jpg")),
        )
        .unwrap();
}

/// Every diagnostic of `check` on `options`, in `lang`, as JSON objects.
fn report_of(options: &ocop::Options, lang: Lang) -> Vec<Value> {
    let report = ocop::check(options);
    let mut out = Vec::new();
    report.diagnostics.emit_json(&mut out, lang).unwrap();
    String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

/// The diagnostics of `check` on `project` in English and in Vietnamese:
/// asserts that both have the same codes and places.
fn both(project: &Project) -> (Vec<Value>, Vec<Value>) {
    let (en, vi) = (
        report_of(&project.options(), Lang::En),
        report_of(&project.options(), Lang::Vi),
    );
    assert_eq!(en.len(), vi.len(), "{en:#?}\n{vi:#?}");
    for (e, v) in en.iter().zip(&vi) {
        for key in ["severity", "code", "file", "line", "column"] {
            assert_eq!(e[key], v[key], "{e} / {v}");
        }
    }
    (en, vi)
}

/// A warning as `check --format json` gives it.
fn warning(code: &str, file: &str, at: Option<(u64, u64)>, message: &str, help: &str) -> Value {
    json!({
        "severity": "warning",
        "code": code,
        "file": file,
        "line": at.map(|a| a.0),
        "column": at.map(|a| a.1),
        "message": message,
        "help": help,
    })
}

#[test]
fn the_clean_catalogue_has_nothing_to_warn_about() {
    let (en, _) = both(&clean());
    assert_eq!(en, Vec::<Value>::new());
}

#[test]
fn base_url_on_an_example_host_is_a_warning_at_its_line() {
    let project = clean();
    project.write(
        "site.toml",
        &SITE.replace("https://ocop.ninhson.gov.vn", "http://localhost:8000"),
    );
    let (en, vi) = both(&project);
    // `base_url = "` : the value's opening quote is column 12 of line 2.
    assert_eq!(
        en,
        [warning(
            "example-base-url",
            "content/site.toml",
            Some((2, 12)),
            "base_url \"http://localhost:8000\" is an example or local address: the QR codes, feeds and shared links would lead nowhere",
            "write the address where the site will be published, e.g. base_url = \"https://ocop.ninhson.gov.vn\"",
        )]
    );
    assert_eq!(
        vi,
        [warning(
            "example-base-url",
            "content/site.toml",
            Some((2, 12)),
            "base_url \"http://localhost:8000\" là địa chỉ ví dụ hoặc địa chỉ trong máy: mã QR, các tệp gửi sàn và đường dẫn chia sẻ sẽ không mở được",
            "ghi địa chỉ nơi trang web sẽ được đăng, ví dụ base_url = \"https://ocop.ninhson.gov.vn\"",
        )]
    );
    // The file's address is what is judged, also under --base-url.
    let mut options = project.options();
    options.base_url = Some("https://ocop.ninhson.gov.vn".to_owned());
    let codes: Vec<Value> = report_of(&options, Lang::En)
        .into_iter()
        .map(|d| d["code"].clone())
        .collect();
    assert_eq!(codes, [json!("example-base-url")]);
    // The other reserved names too: a subdomain of example.org, *.test.
    for host in ["https://www.example.org/ocop/", "https://ocop.test"] {
        project.write(
            "site.toml",
            &SITE.replace("https://ocop.ninhson.gov.vn", host),
        );
        let codes: Vec<Value> = report_of(&project.options(), Lang::En)
            .into_iter()
            .map(|d| d["code"].clone())
            .collect();
        assert_eq!(codes, [json!("example-base-url")], "{host}");
    }
}

/// `serve` publishes nothing: its own local address replaces base_url and
/// is not judged, so a real base_url gives no warning there.
#[test]
fn serve_does_not_warn_about_its_own_local_address() {
    let project = clean();
    let mut live = ocop::serve::LiveSite::new(
        project.root(),
        "http://127.0.0.1:8080".into(),
        Some(today()),
    );
    let ocop::serve::Outcome::Ready(_, warnings) = live.rebuild(None, true) else {
        panic!("the project serves");
    };
    assert_eq!(warnings.items().len(), 0, "{:?}", warnings.items());
}

#[test]
fn template_texts_left_in_a_record_are_warnings_at_their_line() {
    let project = clean();
    project.write(
        "products/thit-de-xong-khoi/index.md",
        &FULL_PRODUCT.replace(
            "Thịt dê.\n",
            "Mô tả sản phẩm: sản phẩm là gì, làm thế nào, dùng và bảo quản ra sao.\n",
        ),
    );
    project.write(
        "products/thit-de-xong-khoi/index.en.md",
        &PRODUCT_EN.replace(
            "Goat meat.\n",
            "Smoked.\n\nProduct description in English.\n",
        ),
    );
    let (en, vi) = both(&project);
    let en_file = "content/products/thit-de-xong-khoi/index.en.md";
    let vi_file = "content/products/thit-de-xong-khoi/index.md";
    assert_eq!(
        en,
        [
            warning(
                "template-text",
                en_file,
                Some((6, 1)),
                "the text \"Product description in English.\" written by `ocop new` is still here and would be published",
                "replace it with the record's own text (or delete it)",
            ),
            warning(
                "template-text",
                vi_file,
                Some((9, 1)),
                "the text \"Mô tả sản phẩm: sản phẩm là gì, làm thế nào, dùng và bảo quản ra sao.\" written by `ocop new` is still here and would be published",
                "replace it with the record's own text (or delete it)",
            ),
        ]
    );
    assert_eq!(
        vi[1]["message"],
        "dòng chữ mẫu \"Mô tả sản phẩm: sản phẩm là gì, làm thế nào, dùng và bảo quản ra sao.\" do ocop new viết sẵn vẫn còn ở đây và sẽ bị đăng lên"
    );
    assert_eq!(
        vi[1]["help"],
        "thay bằng nội dung thật của hồ sơ (hoặc xóa đi)"
    );
}

/// What `ocop new` writes is what the check looks for: a new record warns
/// about its two template texts (and that it is a draft) until they are
/// replaced.
#[test]
fn the_texts_that_ocop_new_writes_are_found() {
    let project = clean();
    let out = ocop_command()
        .args(["new", "commune", "Xã Lâm Sơn", "--root"])
        .arg(project.root())
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let (en, _) = both(&project);
    let found: Vec<(&str, &str, &Value)> = en
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap(),
                d["file"].as_str().unwrap(),
                &d["line"],
            )
        })
        .collect();
    // index.md: `+++`, name, kind, district, province, geo, `+++`, blank,
    // then the body on line 9; index.en.md: `+++`, name, district,
    // province, `+++`, blank, the body on line 7.
    assert!(
        found.contains(&(
            "template-text",
            "content/communes/lam-son/index.md",
            &json!(9)
        )),
        "{en:#?}"
    );
    assert!(
        found.contains(&(
            "template-text",
            "content/communes/lam-son/index.en.md",
            &json!(7)
        )),
        "{en:#?}"
    );
    let body =
        std::fs::read_to_string(project.root().join("content/communes/lam-son/index.md")).unwrap();
    assert!(body.ends_with("\nGiới thiệu xã.\n"), "{body}");
}

#[test]
fn a_draft_is_named() {
    let project = clean();
    add_product(
        &project,
        "mut-gung",
        &FULL_PRODUCT
            .replace("Thịt dê xông khói", "Mứt gừng")
            .replace("price = 250000", "price = 60000\ndraft = true"),
    );
    let (en, vi) = both(&project);
    assert_eq!(
        en,
        [warning(
            "draft-product",
            "content/products/mut-gung/index.md",
            None,
            "the product \"Mứt gừng\" is a draft (draft = true): it is published nowhere, neither site, feeds nor kiosk",
            "when the record is complete and its warnings are fixed, delete the line draft = true to publish it (what is still wrong then becomes an error)",
        )]
    );
    assert_eq!(
        vi[0]["message"],
        "sản phẩm \"Mứt gừng\" đang soạn (draft = true): chưa được đăng ở đâu cả, trang web, tệp gửi sàn hay máy trưng bày"
    );
    assert_eq!(
        vi[0]["help"],
        "khi hồ sơ đã đủ và các cảnh báo của nó đã sửa xong, xóa dòng draft = true để đăng sản phẩm (chỗ sai còn lại sẽ thành lỗi)"
    );
}

#[test]
fn check_lists_the_products_left_out_of_the_feeds_with_the_reason() {
    let project = clean();
    add_product(
        &project,
        "mut-gung",
        &FULL_PRODUCT
            .replace("Thịt dê xông khói", "Mứt gừng")
            .replace("price = 250000\n", ""),
    );
    add_product(
        &project,
        "dua-luoi",
        &FULL_PRODUCT
            .replace("Thịt dê xông khói", "Dưa lưới")
            .replace(
                "price = 250000",
                "price = 80000\navailability = \"preorder\"",
            ),
    );
    add_product(
        &project,
        "hat-dieu",
        &FULL_PRODUCT
            .replace("Thịt dê xông khói", "Hạt điều")
            .replace("producer = \"de-cuu\"\n", ""),
    );
    let (en, vi) = both(&project);
    assert_eq!(
        en,
        [
            warning(
                "not-in-feeds",
                "content/products/dua-luoi/index.md",
                None,
                "not in the Google Merchant feed: preorder/backorder without available_from",
                "add the date it can be shipped, e.g. available_from = 2026-03-20",
            ),
            warning(
                "not-in-feeds",
                "content/products/hat-dieu/index.md",
                None,
                "not in the Meta (Facebook) catalog: no producer (brand) and no gtin",
                "add producer = \"<folder name of the producer>\" or the barcode gtin = \"…\"",
            ),
            warning(
                "not-in-feeds",
                "content/products/mut-gung/index.md",
                None,
                "not in the Google and Meta (Facebook) feeds: no price",
                "add the retail price in đồng, e.g. price = 250000 (Google and Meta require one)",
            ),
        ]
    );
    assert_eq!(
        vi[0]["message"],
        "không có trong tệp gửi Google Merchant: ghi availability = \"preorder\" (đặt trước) hoặc \"backorder\" (tạm hết hàng) nhưng chưa ghi ngày có hàng available_from"
    );
    assert_eq!(
        vi[1]["message"],
        "không có trong danh mục Meta (Facebook): chưa có chủ thể (thương hiệu) và chưa có mã vạch gtin"
    );
    assert_eq!(
        vi[2]["message"],
        "không có trong các tệp gửi Google và Meta (Facebook): chưa có giá"
    );
    assert_eq!(
        vi[2]["help"],
        "thêm giá bán lẻ bằng đồng, ví dụ price = 250000 (Google và Meta bắt buộc có giá)"
    );
    // The build summary says the same, each reason once, in catalogue
    // order of the products (Dưa lưới, Hạt điều, Mứt gừng, Thịt dê…).
    let summary = ocop::check(&project.options()).feeds.unwrap().summary();
    assert_eq!(
        english(&summary),
        "feeds: 2 product(s) in Google Merchant Center, 2 in Meta; 3 left out\n  \
         left out, no price: 1 (mut-gung)\n  \
         left out of Google only, preorder/backorder without available_from: 1 (dua-luoi)\n  \
         left out of Meta only, no producer (brand) and no gtin: 1 (hat-dieu)"
    );
    assert_eq!(
        summary[2].render(Lang::Vi),
        "  chỉ không được đưa vào Google, ghi availability = \"preorder\" (đặt trước) hoặc \"backorder\" (tạm hết hàng) nhưng chưa ghi ngày có hàng available_from: 1 (dua-luoi)"
    );
    assert_eq!(
        summary[3].render(Lang::Vi),
        "  chỉ không được đưa vào Meta, chưa có chủ thể (thương hiệu) và chưa có mã vạch gtin: 1 (hat-dieu)"
    );
    // With the feeds off, nothing is left out of them.
    project.write("site.toml", &format!("{SITE}[feeds]\nenabled = false\n"));
    assert_eq!(report_of(&project.options(), Lang::En), Vec::<Value>::new());
}

#[test]
fn a_certificate_without_issuer_is_a_warning_at_the_certificate() {
    let project = clean();
    // Line 8 of index.md; `certificate = ` is 14 characters, so the table
    // starts in column 15.
    let without = FULL_PRODUCT.replace(
        "images = [\"photo.jpg\"]\n",
        "images = [\"photo.jpg\"]\ncertificate = { number = \"12/QĐ-UBND\", date = 2025-06-20 }\nstars = 4\n",
    );
    project.write("products/thit-de-xong-khoi/index.md", &without);
    let (en, vi) = both(&project);
    assert_eq!(
        en,
        [warning(
            "certificate-without-issuer",
            "content/products/thit-de-xong-khoi/index.md",
            Some((8, 15)),
            "the OCOP certificate 12/QĐ-UBND does not say who issued it",
            "add issuer = \"…\" inside certificate = { … }, the authority that signed the decision, e.g. issuer = \"Ủy ban nhân dân tỉnh Khánh Hòa\" (as printed on the decision)",
        )]
    );
    assert_eq!(
        vi[0]["message"],
        "quyết định công nhận OCOP số 12/QĐ-UBND chưa ghi cơ quan ký"
    );
    // A blank issuer names nobody either; a named one is enough.
    project.write(
        "products/thit-de-xong-khoi/index.md",
        &without.replace("2025-06-20 }", "2025-06-20, issuer = \" \" }"),
    );
    assert_eq!(report_of(&project.options(), Lang::En).len(), 1);
    project.write(
        "products/thit-de-xong-khoi/index.md",
        &without.replace(
            "2025-06-20 }",
            "2025-06-20, issuer = \"Ủy ban nhân dân tỉnh Ninh Thuận\" }",
        ),
    );
    assert_eq!(report_of(&project.options(), Lang::En), Vec::<Value>::new());
}

/// 25 products without a price: the summary names 10 and counts the other
/// 15 (25 − 10, by hand); `check` shows 20 of the warnings and counts the
/// other 5, and its JSON report lists all 25.
#[test]
fn long_lists_are_capped_in_the_summary_and_the_report() {
    let project = clean();
    for n in 1..=25 {
        add_product(
            &project,
            &format!("p{n:02}"),
            &FULL_PRODUCT
                .replace("Thịt dê xông khói", &format!("Sản phẩm {n:02}"))
                .replace("price = 250000\n", ""),
        );
    }
    let report = ocop::check(&project.options());
    let summary = report.feeds.expect("the site is assembled").summary();
    assert_eq!(
        english(&summary),
        "feeds: 1 product(s) in Google Merchant Center, 1 in Meta; 25 left out\n  \
         left out, no price: 25 (p01, p02, p03, p04, p05, p06, p07, p08, p09, p10 \
         … and 15 more products; `ocop check --format json` lists them all)"
    );
    assert_eq!(
        summary[1].render(Lang::Vi),
        "  không được đưa vào, chưa có giá: 25 (p01, p02, p03, p04, p05, p06, p07, p08, p09, p10 \
         … và 15 sản phẩm khác; ocop check --format json liệt kê đủ)"
    );

    let human = ocop_command()
        .args(["check", "--root"])
        .arg(project.root())
        .args(["--today", "2026-11-29"])
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&human.stdout).to_string()
        + &String::from_utf8_lossy(&human.stderr);
    assert_eq!(text.matches("warning[not-in-feeds]").count(), 20, "{text}");
    assert!(
        text.contains(
            "… and 5 more warnings [not-in-feeds]; `ocop check --format json` lists them all"
        ),
        "{text}"
    );
    assert_eq!(report_of(&project.options(), Lang::En).len(), 25);
}
