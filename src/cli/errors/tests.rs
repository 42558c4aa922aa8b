use std::ffi::OsString;

use super::*;
use crate::cli::help::localise;
use crate::cli::tool::tool;

/// What `ocop` says, in `lang`, about the command line `words`; `None`
/// when it leaves the words to clap.
fn said(lang: Lang, words: &[&str]) -> Option<String> {
    let mut cmd = localise(tool(), lang);
    cmd.build();
    let args: Vec<OsString> = words.iter().map(OsString::from).collect();
    let error = cmd
        .try_get_matches_from_mut(&args)
        .expect_err("the command line is wrong");
    explain(&error, &cmd, &args).map(|e| e.render(lang))
}

fn vi(words: &[&str]) -> String {
    said(Lang::Vi, words).expect("said in our words")
}

#[test]
fn an_unknown_option_with_clap_suggestion() {
    assert_eq!(
        vi(&["ocop", "build", "--outptu", "x"]),
        "lỗi: lệnh ocop build không có tùy chọn --outptu\n\
         cách sửa: có phải bạn định gõ --output không?\n\
         xem hướng dẫn: ocop build --help\n"
    );
    assert_eq!(
        said(Lang::En, &["ocop", "build", "--outptu", "x"]).unwrap(),
        "error: the command ocop build has no option --outptu\n\
         help: did you mean --output?\n\
         for help: ocop build --help\n"
    );
    // Nothing like it: no suggestion.
    assert_eq!(
        vi(&["ocop", "build", "--fo"]),
        "lỗi: lệnh ocop build không có tùy chọn --fo\n\
         xem hướng dẫn: ocop build --help\n"
    );
}

#[test]
fn a_name_with_spaces_without_quotes() {
    assert_eq!(
        vi(&["ocop", "new", "product", "Dưa", "lưới"]),
        "lỗi: thừa \"lưới\" trong lệnh ocop new\n\
         cách sửa: nếu chữ này là một phần của tên thì đặt cả tên trong dấu nháy kép, ví dụ: ocop new product \"Thịt dê xông khói\"\n\
         xem hướng dẫn: ocop new --help\n"
    );
}

/// Quotes and dashes as Zalo and Word write them: the shell keeps curly
/// quotes in the words, and a long dash is not an option's "--".
#[test]
fn curly_quotes_and_a_long_dash_copied_from_zalo() {
    assert_eq!(
        vi(&[
            "ocop",
            "new",
            "product",
            "“Mật",
            "ong",
            "rừng”",
            "–commune",
            "lam-son"
        ]),
        "lỗi: thừa \"ong\" trong lệnh ocop new\n\
         cách sửa: tên đang nằm trong dấu nháy cong “ ” (Zalo, Word tự đổi), dòng lệnh không hiểu là dấu nháy; gõ lại bằng dấu nháy thẳng: ocop new product \"Mật ong rừng\" --commune lam-son\n\
         xem hướng dẫn: ocop new --help\n"
    );
    assert_eq!(
        vi(&[
            "ocop",
            "new",
            "product",
            "Mật ong rừng",
            "–commune",
            "lam-son"
        ]),
        "lỗi: \"–commune\" bắt đầu bằng dấu gạch dài (Word, Zalo, điện thoại tự đổi hai dấu trừ thành dấu này)\n\
         cách sửa: gõ hai dấu trừ: --commune\n\
         xem hướng dẫn: ocop new --help\n"
    );
    assert_eq!(
        said(Lang::En, &["ocop", "build", "—output", "x"]).unwrap(),
        "error: \"—output\" begins with a long dash, which Word, Zalo and phones make of two minus signs\n\
         help: type two minus signs: --output\n\
         for help: ocop build --help\n"
    );
}

#[test]
fn a_value_not_allowed_a_value_missing_a_name_missing() {
    assert_eq!(
        vi(&["ocop", "build", "--lang", "fr"]),
        "lỗi: --lang <NGÔN_NGỮ> không nhận giá trị \"fr\"\n\
         cách sửa: chọn một trong: vi, en\n\
         xem hướng dẫn: ocop build --help\n"
    );
    assert_eq!(
        vi(&["ocop", "build", "--root"]),
        "lỗi: --root <THƯ_MỤC> cần một giá trị ghi ngay sau nó\n\
         cách sửa: --root <THƯ_MỤC>: Thư mục của bộ dữ liệu, nơi có content/ và themes/ (dấu chấm là thư mục hiện tại). [mặc định: .]\n\
         xem hướng dẫn: ocop build --help\n"
    );
    assert_eq!(
        vi(&["ocop", "new", "product"]),
        "lỗi: lệnh ocop new còn thiếu <TÊN>\n\
         cách sửa: ví dụ: ocop new product \"Thịt dê xông khói\" --commune nhon-son\n\
         xem hướng dẫn: ocop new --help\n"
    );
    // The example of the kind she typed.
    assert_eq!(
        vi(&["ocop", "new", "commune"]),
        "lỗi: lệnh ocop new còn thiếu <TÊN>\n\
         cách sửa: ví dụ: ocop new commune \"Xã Lâm Sơn\"\n\
         xem hướng dẫn: ocop new --help\n"
    );
    assert_eq!(
        vi(&["ocop", "build", "--output", "a", "--output", "b"]),
        "lỗi: --output <THƯ_MỤC> chỉ được ghi một lần\n\
         xem hướng dẫn: ocop build --help\n"
    );
}

#[test]
fn a_command_misspelt_unknown_or_missing() {
    assert_eq!(
        vi(&["ocop", "biuld"]),
        "lỗi: ocop không có lệnh \"biuld\"\n\
         cách sửa: có phải bạn định gõ build không?\n\
         xem hướng dẫn: ocop --help\n"
    );
    assert_eq!(
        vi(&["ocop", "xuat"]),
        "lỗi: ocop không có lệnh \"xuat\"\n\
         cách sửa: các lệnh: build, new, help\n\
         xem hướng dẫn: ocop --help\n"
    );
    assert_eq!(
        vi(&["ocop", "--lang", "vi"]),
        "lỗi: cần ghi tên một lệnh sau ocop\n\
         cách sửa: các lệnh: build, new, help\n\
         xem hướng dẫn: ocop --help\n"
    );
}

#[test]
fn help_and_version_are_left_to_clap() {
    assert_eq!(said(Lang::Vi, &["ocop", "build", "--help"]), None);
    assert_eq!(said(Lang::Vi, &["ocop", "-V"]), None);
}
