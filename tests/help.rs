//! `--help` and the mistakes on the command line, in the user's language
//! (issue #16): the language is chosen before parsing, from `--lang`,
//! `OCOP_LANG`, the catalogue under `--root`, the locale.

use std::process::{Command, Output};

/// `ocop` with `args`, `OCOP_LANG` set to `lang` (unset when `None`) and an
/// English locale, so that only what the test sets decides the language.
fn ocop(lang: Option<&str>, args: &[&str]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_ocop"));
    command
        .args(args)
        .env_remove("OCOP_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "en_US.UTF-8");
    if let Some(lang) = lang {
        command.env("OCOP_LANG", lang);
    }
    command.output().unwrap()
}

fn stdout(out: &Output) -> String {
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout.clone()).unwrap()
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).unwrap()
}

/// The lines of `text` without their indent and trailing spaces.
fn lines(text: &str) -> Vec<&str> {
    text.lines().map(str::trim).collect()
}

#[test]
fn the_help_of_ocop_is_in_vietnamese() {
    let text = stdout(&ocop(None, &["--lang", "vi", "--help"]));
    let lines = lines(&text);
    for line in [
        "Cách dùng: ocop [TÙY_CHỌN] <LỆNH>",
        "Các lệnh:",
        "Tùy chọn:",
    ] {
        assert!(lines.contains(&line), "{line}: {text}");
    }
    // Each command with what it is for.
    let build = lines
        .iter()
        .find(|l| l.starts_with("build "))
        .unwrap_or_else(|| panic!("{text}"));
    assert!(
        build.ends_with(" Kiểm tra mọi hồ sơ rồi tạo trang web vào thư mục kết quả."),
        "{build}"
    );
    let help = lines.iter().find(|l| l.starts_with("help ")).unwrap();
    assert!(
        help.ends_with(" Hiện hướng dẫn của ocop, hoặc của một lệnh: ocop help build."),
        "{help}"
    );
    for english in [
        "Usage",
        "Commands:",
        "Options:",
        "Print help",
        "Print version",
    ] {
        assert!(!text.contains(english), "{english}: {text}");
    }
}

#[test]
fn the_help_of_build_is_in_vietnamese_or_english() {
    let vi = stdout(&ocop(Some("vi"), &["build", "--help"]));
    let vi_lines = lines(&vi);
    assert_eq!(
        vi_lines[0],
        "Kiểm tra mọi hồ sơ rồi tạo trang web vào thư mục kết quả."
    );
    for line in [
        "Cách dùng: ocop build [TÙY_CHỌN]",
        "--output <THƯ_MỤC>",
        "--base-url <ĐỊA_CHỈ>",
        "Ví dụ:",
        "ocop build --base-url https://staging.example.vn/ocop",
    ] {
        assert!(vi_lines.contains(&line), "{line}: {vi}");
    }

    let en = stdout(&ocop(Some("vi"), &["--lang", "en", "build", "--help"]));
    let en_lines = lines(&en);
    assert_eq!(
        en_lines[0],
        "Check every record, then build the site into the output folder."
    );
    for line in [
        "Usage: ocop build [OPTIONS]",
        "Options:",
        "--output <DIR>",
        "Examples:",
    ] {
        assert!(en_lines.contains(&line), "{line}: {en}");
    }
}

/// `ocop help build` is `ocop build --help`, whatever comes around it.
#[test]
fn the_help_command_shows_the_help_of_a_command() {
    let flag = stdout(&ocop(Some("vi"), &["new", "--help"]));
    assert_eq!(stdout(&ocop(Some("vi"), &["help", "new"])), flag);
    assert_eq!(
        stdout(&ocop(Some("en"), &["--lang", "vi", "help", "new"])),
        flag
    );
    assert!(
        flag.contains("Cách dùng: ocop new [TÙY_CHỌN] <LOẠI> <TÊN>"),
        "{flag}"
    );
    assert_eq!(
        stdout(&ocop(Some("vi"), &["help"])),
        stdout(&ocop(Some("vi"), &["--help"]))
    );
}

#[test]
fn an_unknown_option_in_vietnamese_with_the_suggestion() {
    let out = ocop(Some("vi"), &["check", "--fo"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "lỗi: lệnh ocop check không có tùy chọn --fo\n\
         cách sửa: có phải bạn định gõ --format không?\n\
         xem hướng dẫn: ocop check --help\n"
    );
    // build has no option like it: no suggestion.
    let out = ocop(Some("vi"), &["build", "--fo"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "lỗi: lệnh ocop build không có tùy chọn --fo\n\
         xem hướng dẫn: ocop build --help\n"
    );
}

#[test]
fn other_mistakes_in_vietnamese() {
    let out = ocop(Some("vi"), &["check", "--format", "xml"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "lỗi: --format <DẠNG> không nhận giá trị \"xml\"\n\
         cách sửa: chọn một trong: human, json\n\
         xem hướng dẫn: ocop check --help\n"
    );
    let out = ocop(Some("vi"), &["biuld"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "lỗi: ocop không có lệnh \"biuld\"\n\
         cách sửa: có phải bạn định gõ build không?\n\
         xem hướng dẫn: ocop --help\n"
    );
    // `ocop help biuld` is `ocop biuld --help`: the same mistake.
    let out = ocop(Some("vi"), &["help", "biuld"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).starts_with("lỗi: ocop không có lệnh \"biuld\"\n"));
    let out = ocop(Some("vi"), &["serve", "--today", "20/3/2026"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "lỗi: --today <NGÀY> không nhận giá trị \"20/3/2026\"\n\
         cách sửa: viết ngày theo dạng năm-tháng-ngày: --today 2026-03-20\n\
         xem hướng dẫn: ocop serve --help\n"
    );
}

/// Without `--lang` and `OCOP_LANG`, the catalogue under `--root` decides
/// before the locale, for the mistakes too.
#[test]
fn the_catalogue_under_root_chooses_the_language_of_a_mistake() {
    let tmp = tempfile::tempdir().unwrap();
    std::fs::create_dir(tmp.path().join("content")).unwrap();
    std::fs::write(
        tmp.path().join("content/site.toml"),
        "default_language = \"vi\"\n",
    )
    .unwrap();
    let root = tmp.path().to_str().unwrap();
    let out = ocop(None, &["check", "--root", root, "--fo"]);
    assert!(
        stderr(&out).starts_with("lỗi: lệnh ocop check không có tùy chọn --fo\n"),
        "{}",
        stderr(&out)
    );
    let out = ocop(None, &["check", &format!("--root={root}"), "--fo"]);
    assert!(stderr(&out).starts_with("lỗi: "), "{}", stderr(&out));
    // Elsewhere (no catalogue in /), the English locale.
    let out = ocop(None, &["check", "--root", "/", "--fo"]);
    assert!(
        stderr(&out).starts_with("error: the command ocop check has no option --fo\n"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn the_version() {
    let out = ocop(Some("vi"), &["-V"]);
    assert_eq!(
        stdout(&out),
        format!("ocop {}\n", env!("CARGO_PKG_VERSION"))
    );
}
