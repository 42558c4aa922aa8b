//! Old addresses (`aliases`) keep working: a redirect page at each and a
//! line in `_redirects` (issue #15).

mod common;

use common::*;

const SITE: &str = "title = \"Thử nghiệm\"\nbase_url = \"https://ocop.khanhhoa.gov.vn/ninh-son\"\n\
languages = [\"vi\", \"en\"]\n[translations.en]\ntitle = \"Test\"\n";

/// A product whose Vietnamese file keeps two old addresses and whose
/// English file keeps one.
fn project() -> Project {
    Project::new(&[
        ("site.toml", SITE),
        ("communes/nhon-son/index.md", COMMUNE),
        ("producers/de-cuu/index.md", PRODUCER),
        (
            "products/thit-de/index.md",
            &PRODUCT.replace(
                "price = 250000\n",
                "price = 250000\naliases = [\"/san-pham/thit-de-xong-khoi/\", \"thitde.html\"]\n",
            ),
        ),
        (
            "products/thit-de/index.en.md",
            "+++\nname = \"Smoked goat\"\naliases = [\"/en/smoked-goat\"]\n+++\nGoat.\n",
        ),
    ])
}

#[test]
fn an_old_address_gets_a_redirect_page_and_a_rule() {
    let (_, sink) = ocop::build::render_to_memory(&project().options()).unwrap();
    let files = sink.into_files();
    // Every path with base_url's path in front; the English alias leads to
    // the English page.
    assert_eq!(
        page(&files, "_redirects"),
        "/ninh-son/san-pham/thit-de-xong-khoi/ /ninh-son/products/thit-de/ 301\n\
         /ninh-son/thitde.html /ninh-son/products/thit-de/ 301\n\
         /ninh-son/en/smoked-goat/ /ninh-son/en/products/thit-de/ 301\n"
    );
    let html = page(&files, "san-pham/thit-de-xong-khoi/index.html");
    // The browser goes on within the host it is on (a preview stays a
    // preview); search engines are told the published page.
    let canonical = "https://ocop.khanhhoa.gov.vn/ninh-son/products/thit-de/";
    let to = "/ninh-son/products/thit-de/";
    for part in [
        "<html lang=\"vi\">".to_owned(),
        format!("<meta http-equiv=\"refresh\" content=\"0; url={to}\">"),
        format!("<link rel=\"canonical\" href=\"{canonical}\">"),
        "<meta name=\"robots\" content=\"noindex\">".to_owned(),
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">".to_owned(),
        "<title>Thịt dê xông khói đã chuyển sang địa chỉ mới</title>".to_owned(),
        format!("<p><a href=\"{to}\">Thịt dê xông khói</a> đã chuyển sang địa chỉ mới.</p>"),
    ] {
        assert!(html.contains(&part), "{part}\n{html}");
    }
    assert!(!html.contains("<script"), "{html}");
    assert!(files.contains_key("thitde.html"));
    let en = page(&files, "en/smoked-goat/index.html");
    assert!(en.contains("<html lang=\"en\">"), "{en}");
    assert!(en.contains("url=/ninh-son/en/products/thit-de/\""), "{en}");
    assert!(
        en.contains("<a href=\"/ninh-son/en/products/thit-de/\">Smoked goat</a> has moved to a new address.</p>"),
        "{en}"
    );
    // The sitemap lists current pages only.
    let sitemap = page(&files, "sitemap.xml");
    assert!(sitemap.contains("/ninh-son/products/thit-de/"));
    assert!(!sitemap.contains("thit-de-xong-khoi"), "{sitemap}");
    assert!(!sitemap.contains("smoked-goat"), "{sitemap}");
}

#[test]
fn a_site_without_aliases_has_no_rule_file() {
    let project = Project::new(&[
        ("communes/nhon-son/index.md", COMMUNE),
        ("producers/de-cuu/index.md", PRODUCER),
        ("products/thit-de/index.md", PRODUCT),
    ]);
    let (_, sink) = ocop::build::render_to_memory(&project.options()).unwrap();
    assert!(!sink.into_files().contains_key("_redirects"));
}

/// `check --format json` lines of `code`: (line, column, message).
fn reported(project: &Project, code: &str) -> Vec<(String, u64, u64, String)> {
    let out = ocop_command()
        .args(["check", "--format", "json", "--root"])
        .arg(project.root())
        .output()
        .unwrap();
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .filter(|d| d["code"] == code)
        .map(|d| {
            (
                d["file"].as_str().unwrap_or_default().to_owned(),
                d["line"].as_u64().unwrap_or(0),
                d["column"].as_u64().unwrap_or(0),
                d["message"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

#[test]
fn an_old_address_where_something_already_is_is_an_error() {
    let project = project();
    // Line 7 of the producer's file: an alias on the product's page, one
    // on the kiosk, one the product already has, and a full URL.
    project.write(
        "producers/de-cuu/index.md",
        &PRODUCER.replace(
            "commune = \"nhon-son\"\n",
            "commune = \"nhon-son\"\naliases = [\"/products/thit-de/\", \"/kiosk/\", \"/css/old/\", \"/thitde.html\", \"https://zalo.me/x\"]\n",
        ),
    );
    let file = "content/producers/de-cuu/index.md".to_owned();
    let mut found = reported(&project, "alias-clash");
    found.extend(reported(&project, "bad-alias"));
    assert_eq!(
        found,
        [
            (
                file.clone(),
                5,
                12,
                "aliases: \"/products/thit-de/\" is the address of a page of the site (/ninh-son/products/thit-de/), which it would replace".to_owned()
            ),
            (
                file.clone(),
                5,
                34,
                "aliases: \"/kiosk/\" is in a folder or file the site makes itself (the kiosk, the feeds, the print pack, the search page, the theme's files)".to_owned()
            ),
            (
                file.clone(),
                5,
                45,
                "aliases: \"/css/old/\" is in a folder or file the site makes itself (the kiosk, the feeds, the print pack, the search page, the theme's files)".to_owned()
            ),
            (
                file.clone(),
                5,
                58,
                "aliases: \"/thitde.html\" is named by two records (the other one is content/products/thit-de/index.md)".to_owned()
            ),
            (
                file,
                5,
                74,
                "aliases: \"https://zalo.me/x\" is a full web address; an old address is a path of this site".to_owned()
            ),
        ]
    );
}

/// An alias on the record's own page, written twice, in both language
/// files, or differing from a page only in letter case: each said as it is.
#[test]
fn an_old_address_said_twice_or_on_its_own_page_is_said_so() {
    let project = project();
    project.write(
        "products/thit-de/index.md",
        &PRODUCT.replace(
            "price = 250000\n",
            "price = 250000\naliases = [\"/products/thit-de/\", \"/cu/\", \"/cu\", \"/en/smoked-goat/\", \"/Producers/De-Cuu/\"]\n",
        ),
    );
    let vi = "content/products/thit-de/index.md".to_owned();
    let en = "content/products/thit-de/index.en.md".to_owned();
    let found: Vec<(String, u64, u64, String)> = reported(&project, "alias-clash");
    assert_eq!(
        found,
        [
            (
                en,
                3,
                12,
                "aliases: \"/en/smoked-goat\" is in both language files of this record (the other one is content/products/thit-de/index.md)".to_owned()
            ),
            (
                vi.clone(),
                7,
                12,
                "aliases: \"/products/thit-de/\" is this page's own address (/ninh-son/products/thit-de/)".to_owned()
            ),
            (vi.clone(), 7, 42, "aliases: \"/cu\" is written twice in this list".to_owned()),
            (
                vi,
                7,
                69,
                "aliases: \"/Producers/De-Cuu/\" is the address of a page of the site (/ninh-son/producers/de-cuu/), which it would replace".to_owned()
            ),
        ]
    );
}

#[test]
fn over_a_thousand_rules_is_a_warning() {
    let project = project();
    let many: Vec<String> = (0..1_001).map(|n| format!("\"/cu/{n}/\"")).collect();
    project.write(
        "producers/de-cuu/index.md",
        &PRODUCER.replace(
            "commune = \"nhon-son\"\n",
            &format!("commune = \"nhon-son\"\naliases = [{}]\n", many.join(", ")),
        ),
    );
    // 1,001 here and 3 on the product.
    assert_eq!(
        reported(&project, "many-redirects"),
        [(
            String::new(),
            0,
            0,
            "the site has 1004 old addresses (aliases): some hosts read only about 1000 rules from _redirects".to_owned()
        )]
    );
}
