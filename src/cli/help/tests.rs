use clap::{Arg, Command};

use super::*;
use crate::cli::tool::tool;

/// The help of `ocop <sub>` (of `ocop` when `sub` is empty), `--help`
/// (`long`) or `-h`, in `lang`, as lines without trailing spaces.
fn help(lang: Lang, sub: &str, long: bool) -> Vec<String> {
    let mut cmd = localise(tool(), lang);
    cmd.build();
    let cmd = if sub.is_empty() {
        &mut cmd
    } else {
        cmd.find_subcommand_mut(sub).unwrap()
    };
    let text = if long {
        cmd.render_long_help()
    } else {
        cmd.render_help()
    };
    text.to_string()
        .lines()
        .map(|l| l.trim_end().to_owned())
        .collect()
}

/// The line of `lines` that starts (after its indent) with `start`.
fn line<'a>(lines: &'a [String], start: &str) -> &'a str {
    lines
        .iter()
        .find(|l| l.trim_start().starts_with(start))
        .unwrap_or_else(|| panic!("no line {start:?} in {lines:#?}"))
}

/// The line of `lines` that starts with `start`, with the help after the
/// spaces that line the helps up.
fn entry(lines: &[String], start: &str) -> (String, String) {
    let l = line(lines, start).trim_start();
    let (spec, help) = l.split_once("  ").unwrap_or((l, ""));
    (spec.to_owned(), help.trim_start().to_owned())
}

#[test]
fn the_help_of_a_command_is_in_vietnamese() {
    let lines = help(Lang::Vi, "build", false);
    assert_eq!(
        lines[0],
        "Kiểm tra mọi hồ sơ rồi tạo trang web vào thư mục kết quả."
    );
    assert!(
        lines.contains(&"Cách dùng: ocop build [TÙY_CHỌN]".to_owned()),
        "{lines:#?}"
    );
    assert!(lines.contains(&"Tùy chọn:".to_owned()), "{lines:#?}");
    assert_eq!(
        entry(&lines, "--root"),
        (
            "--root <THƯ_MỤC>".to_owned(),
            "Thư mục của bộ dữ liệu, nơi có content/ và themes/ (dấu chấm là thư mục hiện tại). [mặc định: .]".to_owned()
        )
    );
    assert_eq!(
        entry(&lines, "--lang"),
        (
            "--lang <NGÔN_NGỮ>".to_owned(),
            "Ngôn ngữ của các thông báo và của phần hướng dẫn này: vi (tiếng Việt) hoặc en (tiếng Anh). Mặc định: biến OCOP_LANG, rồi default_language của bộ dữ liệu, rồi ngôn ngữ của máy, cuối cùng là tiếng Việt. [chọn một trong: vi, en]".to_owned()
        )
    );
    // -h says that --help says more (build has a paragraph more).
    assert_eq!(
        entry(&lines, "-h, --help"),
        (
            "-h, --help".to_owned(),
            "Hiện phần hướng dẫn này (--help: bản đầy đủ).".to_owned()
        )
    );
    for english in ["Usage", "Options", "Print", "default:", "possible values"] {
        assert!(
            !lines.iter().any(|l| l.contains(english)),
            "{english}: {lines:#?}"
        );
    }
}

#[test]
fn the_long_help_adds_the_paragraph_and_the_examples() {
    let lines = help(Lang::Vi, "build", true);
    assert_eq!(
        lines[..3],
        [
            "Kiểm tra mọi hồ sơ rồi tạo trang web vào thư mục kết quả.",
            "",
            "Nếu có hồ sơ bị lỗi thì không ghi gì cả: trang web đã tạo lần trước vẫn giữ nguyên."
        ]
    );
    let examples = lines.iter().position(|l| l == "Ví dụ:").expect("examples");
    assert_eq!(
        lines[examples + 1..],
        [
            "  ocop build",
            "  ocop build --root ../ninh-son --output /var/www/ocop",
            "  ocop build --base-url https://staging.example.vn/ocop",
        ]
    );
    assert!(
        lines.contains(&"          Hiện phần hướng dẫn này (-h: bản tóm tắt).".to_owned()),
        "{lines:#?}"
    );
    assert!(
        lines.contains(&"          Thư mục để ghi trang web (mặc định: thư mục output/ trong thư mục của bộ dữ liệu).".to_owned()),
        "{lines:#?}"
    );
    assert!(!lines.iter().any(|l| l.contains("English")), "{lines:#?}");
}

#[test]
fn the_program_lists_its_commands_and_its_help_command() {
    let lines = help(Lang::Vi, "", false);
    assert!(
        lines.contains(&"Cách dùng: ocop [TÙY_CHỌN] <LỆNH>".to_owned()),
        "{lines:#?}"
    );
    assert!(lines.contains(&"Các lệnh:".to_owned()), "{lines:#?}");
    assert_eq!(
        entry(&lines, "help"),
        (
            "help".to_owned(),
            "Hiện hướng dẫn của ocop, hoặc của một lệnh: ocop help build.".to_owned()
        )
    );
    assert_eq!(
        entry(&lines, "-V, --version"),
        (
            "-V, --version".to_owned(),
            "Hiện số phiên bản của ocop.".to_owned()
        )
    );
}

#[test]
fn names_to_give_have_their_heading_and_placeholders() {
    let lines = help(Lang::Vi, "new", false);
    assert!(
        lines.contains(&"Cách dùng: ocop new [TÙY_CHỌN] <LOẠI> <TÊN>".to_owned()),
        "{lines:#?}"
    );
    assert!(lines.contains(&"Cần ghi:".to_owned()), "{lines:#?}");
    assert_eq!(
        entry(&lines, "<TÊN>").1,
        "Tên tiếng Việt, đặt trong dấu nháy kép: \"Thịt dê xông khói\"."
    );
    // The help command has no paragraph more: one help for -h and --help.
    let lines = help(Lang::Vi, "help", false);
    assert!(
        lines.contains(&"Cách dùng: ocop help [TÙY_CHỌN] [LỆNH]...".to_owned()),
        "{lines:#?}"
    );
    assert_eq!(entry(&lines, "-h, --help").1, "Hiện phần hướng dẫn này.");
}

#[test]
fn the_help_is_in_english_when_asked() {
    let lines = help(Lang::En, "new", false);
    assert!(
        lines.contains(&"Usage: ocop new [OPTIONS] <KIND> <NAME>".to_owned()),
        "{lines:#?}"
    );
    assert!(lines.contains(&"Arguments:".to_owned()), "{lines:#?}");
    assert_eq!(
        entry(&lines, "-h, --help").1,
        "Print help (see more with --help)."
    );
    let lines = help(Lang::En, "help", false);
    assert_eq!(entry(&lines, "-h, --help").1, "Print help.");
    let lines = help(Lang::En, "build", false);
    assert_eq!(
        entry(&lines, "--root").1,
        "Project root: the folder that holds content/ and themes/ (a dot is the current folder). [default: .]"
    );
}

#[test]
fn missing_words_are_named_in_each_language() {
    let cmd = tool()
        .mut_subcommand("build", |b| {
            b.arg(Arg::new("frobnicate").long("frobnicate"))
        })
        .subcommand(Command::new("frob").after_help("Examples:\n  ocop frob"));
    assert_eq!(
        missing(&cmd),
        [
            "en: cli-build-frobnicate (or cli-arg-frobnicate)",
            "en: cli-frob",
            "en: cli-frob.examples",
            "vi: cli-build-frobnicate (or cli-arg-frobnicate)",
            "vi: cli-frob",
            "vi: cli-frob.examples",
        ]
    );
    assert_eq!(missing(&tool()), Vec::<String>::new());
}
