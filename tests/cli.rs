//! The `ocop` binary: exit codes and output formats.

mod common;

use common::*;

fn ocop(args: &[&str]) -> std::process::Output {
    ocop_command().args(args).output().unwrap()
}

#[test]
fn check_exit_codes() {
    let shipped = repo();
    let ok = ocop(&[
        "check",
        "--root",
        shipped.to_str().unwrap(),
        "--today",
        "2026-11-29",
    ]);
    assert_eq!(
        ok.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    let strict = ocop(&[
        "check",
        "--root",
        shipped.to_str().unwrap(),
        "--today",
        "2026-11-29",
        "--deny-warnings",
    ]);
    assert_eq!(
        strict.status.code(),
        Some(1),
        "the shipped demo has a lapsed certificate on that date"
    );

    let broken = fixture("broken");
    let out = ocop(&[
        "check",
        "--root",
        broken.root().to_str().unwrap(),
        "--today",
        "2026-11-29",
        "--format",
        "json",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = String::from_utf8(out.stdout).unwrap();
    // One JSON object a line, every key present, and the lines are the
    // report written by hand for this fixture (tests/check.rs).
    let expected =
        std::fs::read_to_string(repo().join("tests/fixtures/broken/expected.jsonl")).unwrap();
    assert_eq!(stdout.lines().count(), expected.lines().count(), "{stdout}");
    for (line, want) in stdout.lines().zip(expected.lines()) {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        for key in [
            "severity", "code", "file", "line", "column", "message", "help",
        ] {
            assert!(v.get(key).is_some(), "{key} missing in {line}");
        }
        assert_eq!(line, want);
    }

    let missing = ocop(&["check", "--root", "/nonexistent/ocop-root"]);
    assert_eq!(missing.status.code(), Some(2));
    let bad_args = ocop(&["check", "--format", "xml"]);
    assert_eq!(bad_args.status.code(), Some(2));
}

#[test]
fn human_report_shows_the_line_and_the_fix() {
    let broken = fixture("broken");
    let out = ocop(&[
        "check",
        "--root",
        broken.root().to_str().unwrap(),
        "--today",
        "2026-11-29",
    ]);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("error[unknown-key]: unknown field `prcie`"),
        "{stderr}"
    );
    assert!(
        stderr.contains("content/products/sai-ten-truong/index.md:5:1"),
        "{stderr}"
    );
    assert!(
        stderr.contains("prcie = 100000"),
        "the offending line is shown"
    );
    assert!(stderr.contains("help: did you mean `price`?"));
    assert!(stderr.contains("translated into English:"));
}

#[test]
fn build_fails_with_exit_code_1_and_writes_nothing() {
    let broken = fixture("broken");
    let out = ocop(&["build", "--root", broken.root().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(!broken.root().join("output").exists());
}

#[test]
fn build_summary_says_which_products_the_feeds_left_out() {
    let project = fixture("awkward");
    let out = ocop(&[
        "build",
        "--root",
        project.root().to_str().unwrap(),
        "--today",
        "2026-11-29",
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("feeds: 5 product(s) in Google Merchant Center, 4 in Meta; 6 left out"),
        "{stdout}"
    );
    assert!(
        stdout.contains("left out, no photo: 1 (khong-anh)"),
        "{stdout}"
    );
    assert!(
        project
            .root()
            .join("output/feeds/google-merchant.en.xml")
            .is_file()
    );
    assert!(project.root().join("output/en/atom.xml").is_file());
}

#[test]
fn new_scaffolds_a_bundle() {
    let project = Project::new(&[(
        "communes/my-son/index.md",
        "+++\nname = \"Xã Mỹ Sơn\"\nkind = \"commune\"\n+++\n",
    )]);
    let root = project.root().to_str().unwrap();
    let out = ocop(&[
        "new",
        "product",
        "Dưa lưới",
        "--commune",
        "my-son",
        "--root",
        root,
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        project
            .root()
            .join("content/products/dua-luoi/index.md")
            .is_file()
    );
    assert!(
        project
            .root()
            .join("content/products/dua-luoi/index.en.md")
            .is_file()
    );
    let again = ocop(&[
        "new",
        "product",
        "Dưa lưới",
        "--commune",
        "my-son",
        "--root",
        root,
    ]);
    assert_eq!(again.status.code(), Some(0));
    assert!(
        project
            .root()
            .join("content/products/dua-luoi-my-son/index.md")
            .is_file()
    );
    // The scaffold is a draft: it checks without errors until it is published.
    let check = ocop(&["check", "--root", root]);
    let stderr = String::from_utf8(check.stderr).unwrap();
    assert_eq!(check.status.code(), Some(0), "{stderr}");
    assert!(!stderr.contains("error["), "{stderr}");
    assert!(stderr.contains("0 error(s)"), "{stderr}");
}

#[test]
fn help_has_examples() {
    for cmd in ["build", "check", "serve", "new"] {
        let out = ocop(&[cmd, "--help"]);
        assert_eq!(out.status.code(), Some(0), "{cmd} --help");
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(text.contains("Examples:"), "{cmd}: {text}");
    }
}

/// The diagnostics of `ocop check --format json` whose code starts with
/// `prefix`: (code, message) pairs.
fn json_diagnostics(out: &std::process::Output, prefix: &str) -> Vec<(String, String)> {
    String::from_utf8(out.stdout.clone())
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str::<serde_json::Value>(line).unwrap())
        .filter(|v| v["code"].as_str().unwrap().starts_with(prefix))
        .map(|v| {
            (
                v["code"].as_str().unwrap().to_owned(),
                v["message"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

/// A one-product project whose product has 4 stars from a decision of
/// `decided` (YYYY-MM-DD).
fn certified(decided: &str) -> Project {
    let product = PRODUCT.replace(
        "price = 250000",
        &format!(
            "price = 250000\nstars = 4\ncertificate = {{ number = \"12/QĐ-UBND\", date = {decided}, issuer = \"UBND tỉnh Ninh Thuận\" }}"
        ),
    );
    Project::new(&[
        ("communes/nhon-son/index.md", COMMUNE),
        ("producers/de-cuu/index.md", PRODUCER),
        ("products/thit-de-xong-khoi/index.md", &product),
    ])
}

/// The stars the product page shows after `ocop build` with `args`.
fn stars_shown(project: &Project, args: &[&str]) -> bool {
    let root = project.root().to_str().unwrap();
    let mut all = vec!["build", "--root", root];
    all.extend_from_slice(args);
    let out = ocop(&all);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let html = std::fs::read_to_string(
        project
            .root()
            .join("output/products/thit-de-xong-khoi/index.html"),
    )
    .unwrap();
    let doc = scraper::Html::parse_document(&html);
    let info = doc
        .select(&scraper::Selector::parse(".record-info").unwrap())
        .next()
        .unwrap()
        .html();
    info.contains("★★★★☆")
}

/// A certificate decided on 15/03/2023 lapses on 15/03/2026 (36 months);
/// `check` warns from 90 days before (15/12/2025, counted by hand: 17 days
/// of December, 31 of January, 28 of February, 14 of March), not 91 days
/// before, and the stars go on the lapse day itself.
#[test]
fn the_certificate_warning_starts_90_days_before_the_lapse() {
    let project = certified("2023-03-15");
    let root = project.root().to_str().unwrap();
    let expiring = || {
        vec![(
            "certificate-expiring".to_owned(),
            "the OCOP certificate 12/QĐ-UBND lapses on 15/03/2026".to_owned(),
        )]
    };
    for (today, expected) in [
        ("2025-12-14", vec![]),
        ("2025-12-15", expiring()),
        ("2026-03-14", expiring()),
        (
            "2026-03-15",
            vec![(
                "certificate-lapsed".to_owned(),
                "the OCOP certificate 12/QĐ-UBND lapsed on 15/03/2026".to_owned(),
            )],
        ),
    ] {
        let out = ocop(&[
            "check", "--root", root, "--format", "json", "--today", today,
        ]);
        assert_eq!(out.status.code(), Some(0), "{today}: warnings only");
        assert_eq!(json_diagnostics(&out, "certificate-"), expected, "{today}");
    }
    assert!(stars_shown(&project, &["--today", "2026-03-14"]));
    assert!(!stars_shown(&project, &["--today", "2026-03-15"]));
}

/// Without `--today`, "today" is `SOURCE_DATE_EPOCH` (seconds since 1970,
/// UTC): a certificate decided on 26/12/2022 lapses on 26/12/2025, which
/// starts at 1766707200 (worked out by hand: 20,448 days × 86,400 s).
/// `--today` wins over it; builds with the same content and date are
/// byte-identical.
#[test]
fn source_date_epoch_is_today_unless_today_is_given() {
    let project = certified("2022-12-26");
    let root = project.root().to_str().unwrap();
    let check = |epoch: &str, extra: &[&str]| {
        let mut args = vec!["check", "--root", root, "--format", "json"];
        args.extend_from_slice(extra);
        let out = ocop_command()
            .args(&args)
            .env("SOURCE_DATE_EPOCH", epoch)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        json_diagnostics(&out, "certificate-")
    };
    assert_eq!(
        check("1766707199", &[]),
        [(
            "certificate-expiring".to_owned(),
            "the OCOP certificate 12/QĐ-UBND lapses on 26/12/2025".to_owned()
        )]
    );
    assert_eq!(
        check("1766707200", &[]),
        [(
            "certificate-lapsed".to_owned(),
            "the OCOP certificate 12/QĐ-UBND lapsed on 26/12/2025".to_owned()
        )]
    );
    assert_eq!(check("1766707200", &["--today", "2025-01-01"]), []);

    let build = |output: &str| {
        let out = ocop_command()
            .args(["build", "--root", root, "--output"])
            .arg(project.root().join(output))
            .env("SOURCE_DATE_EPOCH", "1766707200")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        let dir = project.root().join(output);
        let files: std::collections::BTreeMap<String, Vec<u8>> = walkdir::WalkDir::new(&dir)
            .into_iter()
            .map(Result::unwrap)
            .filter(|e| e.file_type().is_file() && e.file_name() != ocop::write::MARKER)
            .map(|e| {
                let rel = e.path().strip_prefix(&dir).unwrap().display().to_string();
                (rel, std::fs::read(e.path()).unwrap())
            })
            .collect();
        files
    };
    let first = build("a");
    assert!(first == build("b"), "two builds differ");
    let page = String::from_utf8(first["products/thit-de-xong-khoi/index.html"].clone()).unwrap();
    assert!(!page.contains("★★★★☆"), "lapsed on that day: no stars");
}

/// The language of the messages: `--lang`, else `OCOP_LANG`, else the
/// catalogue's `default_language` (vi for the broken fixture).
#[test]
fn messages_follow_lang_then_ocop_lang_then_the_catalogue() {
    let root = repo().join("tests/fixtures/broken");
    let check = |args: &[&str], env: Option<&str>| {
        let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_ocop"));
        command
            .args(args)
            .args(["check", "--today", "2026-11-29", "--root"])
            .arg(&root)
            .env_remove("OCOP_LANG")
            .env("LANG", "en_US.UTF-8");
        if let Some(lang) = env {
            command.env("OCOP_LANG", lang);
        }
        let out = command.output().unwrap();
        assert_eq!(out.status.code(), Some(1));
        String::from_utf8(out.stderr).unwrap()
    };
    let vi = check(&["--lang", "vi"], Some("en"));
    assert!(
        vi.contains("price = 0 phải là số tiền lớn hơn 0 đồng"),
        "{vi}"
    );
    assert!(vi.contains("cách sửa: "), "{vi}");
    assert!(vi.contains("lỗi, ") && vi.contains(" cảnh báo"), "{vi}");
    let en = check(&[], Some("en"));
    assert!(
        en.contains("price = 0 must be a positive number of đồng"),
        "{en}"
    );
    assert!(en.contains(" error(s), "), "{en}");
    // No flag, no OCOP_LANG: the catalogue's language (vi) before LANG (en).
    let catalogue = check(&[], None);
    assert!(catalogue.contains("phải là số tiền"), "{catalogue}");
}

/// `ocop new` says what it made in Vietnamese, and refuses outside a
/// catalogue (issue #21) without making a stray `content/`.
#[test]
fn new_speaks_vietnamese() {
    let tmp = tempfile::tempdir().unwrap();
    let new = || {
        std::process::Command::new(env!("CARGO_BIN_EXE_ocop"))
            .args(["--lang", "vi", "new", "product", "Dưa lưới", "--root"])
            .arg(tmp.path())
            .output()
            .unwrap()
    };
    let refused = new();
    assert_eq!(refused.status.code(), Some(1));
    let stderr = String::from_utf8(refused.stderr).unwrap();
    assert!(
        stderr.contains("không phải thư mục của bộ dữ liệu (không có tệp content/site.toml)"),
        "{stderr}"
    );
    assert!(!tmp.path().join("content").exists());
    std::fs::create_dir(tmp.path().join("content")).unwrap();
    std::fs::write(tmp.path().join("content/site.toml"), "").unwrap();
    let out = new();
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stdout.contains("đã tạo ") && stdout.contains("products/dua-luoi/index.md"),
        "{stdout}"
    );
    assert!(stdout.contains("tiếp theo: "), "{stdout}");
}
