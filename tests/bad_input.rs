//! Bad records stop the build with a diagnostic naming the file and line,
//! and leave the previous output exactly as it was.

mod common;

use ocop::messages::Lang;
use std::fs;

use common::*;
use ocop::BuildError;
use ocop::diagnostics::Diagnostics;

fn valid_project() -> Project {
    Project::new(&[
        ("communes/nhon-son/index.md", COMMUNE),
        ("producers/de-cuu/index.md", PRODUCER),
        ("products/thit-de-xong-khoi/index.md", PRODUCT),
    ])
}

/// Builds, expecting failure; returns the diagnostics.
fn build_fails(project: &Project) -> Diagnostics {
    match ocop::build(&project.options()) {
        Err(BuildError::Content(diags)) => diags,
        Err(e) => panic!("unexpected error {e}"),
        Ok(_) => panic!("the build succeeded"),
    }
}

/// (code, file, line) of every error.
fn errors(diags: &Diagnostics) -> Vec<(String, String, Option<usize>)> {
    diags
        .items()
        .iter()
        .filter(|d| d.severity == ocop::diagnostics::Severity::Error)
        .map(|d| {
            (
                d.code.as_str().to_owned(),
                d.file
                    .as_ref()
                    .map(|f| ocop::diagnostics::display_path(f))
                    .unwrap_or_default(),
                diags.line_col(d).map(|p| p.line),
            )
        })
        .collect()
}

fn first_error(diags: &Diagnostics) -> &ocop::diagnostics::Diagnostic {
    diags
        .items()
        .iter()
        .find(|d| d.severity == ocop::diagnostics::Severity::Error)
        .expect("an error")
}

const PRODUCT_FILE: &str = "content/products/thit-de-xong-khoi/index.md";

#[test]
fn a_good_project_builds() {
    let project = valid_project();
    let report = ocop::build(&project.options()).unwrap();
    assert_eq!(report.diagnostics.error_count(), 0);
    assert!(
        project
            .root()
            .join("output/products/thit-de-xong-khoi/index.html")
            .is_file()
    );
}

#[test]
fn unknown_key_with_suggestion() {
    let project = valid_project();
    project.write(
        "products/thit-de-xong-khoi/index.md",
        &PRODUCT.replace("price = 250000", "prcie = 250000"),
    );
    let diags = build_fails(&project);
    assert_eq!(
        errors(&diags),
        [("unknown-key".into(), PRODUCT_FILE.into(), Some(6))]
    );
    assert_eq!(
        first_error(&diags).help_text(Lang::En).as_deref(),
        Some("did you mean `price`?")
    );
}

#[test]
fn missing_required_field() {
    let project = valid_project();
    project.write(
        "products/thit-de-xong-khoi/index.md",
        &PRODUCT.replace("group = \"food\"\n", ""),
    );
    let diags = build_fails(&project);
    assert_eq!(
        errors(&diags),
        [("missing-field".into(), PRODUCT_FILE.into(), Some(1))]
    );
    assert!(first_error(&diags).message(Lang::En).contains("`group`"));
}

#[test]
fn unknown_producer_and_commune_references() {
    let project = valid_project();
    project.write(
        "products/thit-de-xong-khoi/index.md",
        &PRODUCT
            .replace("producer = \"de-cuu\"", "producer = \"de-cu\"")
            .replace("commune = \"nhon-son\"", "commune = \"lam-son\""),
    );
    let diags = build_fails(&project);
    assert_eq!(
        errors(&diags),
        [
            ("unknown-reference".into(), PRODUCT_FILE.into(), Some(4)),
            ("unknown-reference".into(), PRODUCT_FILE.into(), Some(5)),
        ]
    );
    assert_eq!(
        first_error(&diags).help_text(Lang::En).as_deref(),
        Some("did you mean \"de-cuu\"?")
    );
}

#[test]
fn a_folder_name_that_is_not_a_slug() {
    // "Thịt-dê" would clash with thit-de once slugified: two records never share a slug.
    let project = valid_project();
    project.write("products/Thịt-dê/index.md", PRODUCT);
    let diags = build_fails(&project);
    let errs = errors(&diags);
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert_eq!(errs[0].0, "invalid-slug");
    assert!(
        first_error(&diags)
            .help_text(Lang::En)
            .as_deref()
            .unwrap()
            .contains("`thit-de`")
    );
}

#[test]
fn a_translation_may_not_set_language_neutral_fields() {
    let project = valid_project();
    project.write(
        "products/thit-de-xong-khoi/index.en.md",
        "+++\nname = \"Smoked goat meat\"\nprice = 1\n+++\nGoat.\n",
    );
    let diags = build_fails(&project);
    assert_eq!(
        errors(&diags),
        [(
            "misplaced-key".into(),
            "content/products/thit-de-xong-khoi/index.en.md".into(),
            Some(3)
        )]
    );
}

#[test]
fn broken_toml_is_reported_with_its_line() {
    let project = valid_project();
    project.write(
        "products/thit-de-xong-khoi/index.md",
        &PRODUCT.replace("price = 250000", "price = 250.000 đồng"),
    );
    let diags = build_fails(&project);
    let errs = errors(&diags);
    assert!(
        errs.iter().all(|e| e.0 == "toml-syntax" && e.2 == Some(6)),
        "{errs:?}"
    );
}

#[test]
fn many_problems_are_reported_in_one_run() {
    let project = valid_project();
    project.write(
        "products/thit-de-xong-khoi/index.md",
        &PRODUCT.replace("price = 250000", "price = -5\nstars = 7"),
    );
    project.write(
        "producers/de-cuu/index.md",
        &PRODUCER.replace("cooperative_group", "coop"),
    );
    let diags = build_fails(&project);
    let codes: Vec<String> = errors(&diags).into_iter().map(|e| e.0).collect();
    assert_eq!(codes, ["wrong-type", "bad-price", "bad-stars"]);
}

#[test]
fn a_failed_build_leaves_the_previous_output_untouched() {
    let project = valid_project();
    ocop::build(&project.options()).unwrap();
    let out = project.root().join("output");
    let snapshot = snapshot(&out);
    project.write(
        "products/thit-de-xong-khoi/index.md",
        &PRODUCT.replace("group = \"food\"", "group = \"fod\""),
    );
    build_fails(&project);
    assert_eq!(snapshot, self::snapshot(&out));
}

#[test]
fn a_second_build_with_nothing_changed_writes_nothing() {
    let project = valid_project();
    ocop::build(&project.options()).unwrap();
    let output = project.root().join("output");
    let staging = project.root().join("output.staging");
    let before = (file_states(&output), file_states(&staging));
    assert!(before.0.len() > 20, "{} files", before.0.len());
    let report = ocop::build(&project.options()).unwrap();
    // Every file keeps its inode, modification time and bytes; the staging
    // folder is not even made.
    assert!(
        (file_states(&output), file_states(&staging)) == before,
        "the output or the staging folder was written"
    );
    assert!(!staging.exists());
    let written = report.written.unwrap();
    assert_eq!((written.changed, written.removed), (0, 0));
}

fn snapshot(dir: &std::path::Path) -> Vec<(String, Vec<u8>)> {
    walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file())
        .map(|e| (e.path().display().to_string(), fs::read(e.path()).unwrap()))
        .collect()
}

/// Check reports for one product written as `text`, in English.
fn product_report(text: &str) -> Vec<(String, String, Option<String>)> {
    let project = valid_project();
    project.write("products/thit-de-xong-khoi/index.md", text);
    let report = ocop::check(&project.options());
    report
        .diagnostics
        .items()
        .iter()
        .filter(|d| d.severity == ocop::diagnostics::Severity::Error)
        .map(|d| {
            (
                d.code.as_str().to_owned(),
                d.message(Lang::En),
                d.help_text(Lang::En),
            )
        })
        .collect()
}

/// A bad group is one error: the subgroup is not also "unknown" (issue #16).
#[test]
fn a_bad_group_does_not_make_the_subgroup_unknown() {
    let found = product_report(
        "+++\nname = \"Dưa lưới\"\ngroup = \"fod\"\nsubgroup = \"fresh\"\ncommune = \"nhon-son\"\n+++\n",
    );
    assert_eq!(
        found,
        [(
            "wrong-type".to_owned(),
            "`group` = \"fod\" is not an allowed value".to_owned(),
            Some(
                "did you mean \"food\"? allowed values: food, beverages, herbal, handicrafts, ornamental, tourism"
                    .to_owned()
            )
        )]
    );
}

/// The list of allowed fields names each once, `subgroup` included.
#[test]
fn the_allowed_fields_are_listed_once_each() {
    let found = product_report(
        "+++\nname = \"Dưa lưới\"\ngroup = \"food\"\ncommune = \"nhon-son\"\nkhoi_luong = 500\n+++\n",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, "unknown field `khoi_luong`");
    assert_eq!(
        found[0].2.as_deref(),
        Some(
            "the fields allowed here are: group, subgroup, producer, commune, former_commune, stars, certificate, \
             price, availability, available_from, added, sku, gtin, images, buy, tourism, featured, \
             sample, draft, name, summary, unit, image_alt, aliases"
        )
    );
}

/// `producer = ""` says to fill it in or delete the line.
#[test]
fn an_empty_reference_says_fill_it_in_or_delete_the_line() {
    let found = product_report(
        "+++\nname = \"Dưa lưới\"\ngroup = \"food\"\nproducer = \"\"\ncommune = \"nhon-son\"\n+++\n",
    );
    assert_eq!(
        found,
        [(
            "unknown-reference".to_owned(),
            "`producer` is empty".to_owned(),
            Some(
                "write the folder name of a record in content/producers/ between the quotes, or delete the line"
                    .to_owned()
            )
        )]
    );
}

/// A star rating in quotes gets its own number back unquoted; one written
/// in words gets a star rating as the example.
#[test]
fn stars_written_as_text_get_a_stars_example() {
    let found = product_report(
        "+++\nname = \"Dưa lưới\"\ngroup = \"food\"\ncommune = \"nhon-son\"\nstars = \"4\"\n+++\n",
    );
    assert_eq!(
        found,
        one(
            "wrong-type",
            "`stars` = \"4\": a number is written in digits only, without quotes or words",
            "stars = 4"
        )
    );
    let found = product_report(
        "+++\nname = \"Dưa lưới\"\ngroup = \"food\"\ncommune = \"nhon-son\"\nstars = \"bốn\"\n+++\n",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        found[0].1,
        "`stars` must be a whole number (written without quotes), not text"
    );
    assert_eq!(
        found[0].2.as_deref(),
        Some("write digits only, without quotes, dots or spaces, e.g. stars = 4")
    );
}

/// Check reports (code, message, help) for one product written as `text`,
/// in both languages: (Vietnamese, English).
type Found = Vec<(String, String, Option<String>)>;
fn product_report_both(text: &str) -> (Found, Found) {
    let project = valid_project();
    project.write("products/thit-de-xong-khoi/index.md", text);
    let report = ocop::check(&project.options());
    let errors = |lang| {
        report
            .diagnostics
            .items()
            .iter()
            .filter(|d| d.severity == ocop::diagnostics::Severity::Error)
            .map(|d| {
                (
                    d.code.as_str().to_owned(),
                    d.message(lang),
                    d.help_text(lang),
                )
            })
            .collect()
    };
    (errors(Lang::Vi), errors(Lang::En))
}

fn one(code: &str, message: &str, help: &str) -> Found {
    vec![(code.to_owned(), message.to_owned(), Some(help.to_owned()))]
}

/// A value in curly quotes, as Word and Zalo type them, is one error that
/// names the quotes and shows the line with straight quotes (issue #16).
#[test]
fn curly_quotes_are_one_error_naming_them() {
    let (vi, en) = product_report_both(
        "+++\nname = “Dưa lưới Mỹ Sơn”\ngroup = \"food\"\ncommune = \"nhon-son\"\n+++\n",
    );
    assert_eq!(
        vi,
        one(
            "toml-syntax",
            "giá trị đang nằm trong dấu nháy cong “ ” (Word và Zalo tự đổi dấu \" thành dấu này)",
            "dùng dấu nháy thẳng \" ở cả hai đầu: name = \"Dưa lưới Mỹ Sơn\""
        )
    );
    assert_eq!(
        en,
        one(
            "toml-syntax",
            "the value is in curly quotes “ ” (Word and Zalo type these in place of \")",
            "use straight quotes \" at both ends: name = \"Dưa lưới Mỹ Sơn\""
        )
    );
}

/// A date written 20/3/2026 (or 20/03/2026, quoted or not) is answered
/// with that very date written the right way.
#[test]
fn a_day_month_year_date_gets_the_date_rewritten_as_the_example() {
    let (vi, en) = product_report_both(
        "+++\nname = \"Dưa lưới\"\ngroup = \"food\"\ncommune = \"nhon-son\"\nadded = 20/3/2026\n+++\n",
    );
    assert_eq!(
        vi,
        one(
            "toml-syntax",
            "ngày 20/3/2026 chưa viết đúng dạng năm-tháng-ngày (năm đủ 4 chữ số, tháng và ngày đủ 2 chữ số)",
            "viết ngày theo dạng 2026-03-20, không có dấu nháy: added = 2026-03-20"
        )
    );
    assert_eq!(
        en,
        one(
            "toml-syntax",
            "the date 20/3/2026 is not written year-month-day",
            "write the date as 2026-03-20, without quotes: added = 2026-03-20"
        )
    );
    // Inside the certificate's braces, with a leading zero: the key is `date`.
    let (vi, _) = product_report_both(
        "+++\nname = \"Dưa lưới\"\ngroup = \"food\"\ncommune = \"nhon-son\"\nstars = 4\n\
         certificate = { number = \"12/QĐ-UBND\", date = 05/11/2025, issuer = \"UBND huyện Ninh Sơn\" }\n+++\n",
    );
    assert_eq!(
        vi,
        one(
            "toml-syntax",
            "ngày 05/11/2025 chưa viết đúng dạng năm-tháng-ngày (năm đủ 4 chữ số, tháng và ngày đủ 2 chữ số)",
            "viết ngày theo dạng 2025-11-05, không có dấu nháy: date = 2025-11-05"
        )
    );
    // In quotes, the field reader answers the same way.
    let (vi, en) = product_report_both(
        "+++\nname = \"Dưa lưới\"\ngroup = \"food\"\ncommune = \"nhon-son\"\nadded = \"20/03/2026\"\n+++\n",
    );
    assert_eq!(
        vi,
        one(
            "wrong-type",
            "added = \"20/03/2026\": ngày phải viết theo dạng năm-tháng-ngày, không có dấu nháy",
            "viết ngày theo dạng 2026-03-20: added = 2026-03-20"
        )
    );
    assert_eq!(
        en,
        one(
            "wrong-type",
            "`added` = \"20/03/2026\": a date is written year-month-day, without quotes",
            "write the date as 2026-03-20: added = 2026-03-20"
        )
    );
    // No 31 February: no invented example.
    let (vi, _) = product_report_both(
        "+++\nname = \"Dưa lưới\"\ngroup = \"food\"\ncommune = \"nhon-son\"\nadded = 31/2/2026\n+++\n",
    );
    assert_eq!(
        vi,
        one(
            "toml-syntax",
            "31/2/2026 không phải một ngày có thật",
            "viết một ngày có thật theo dạng năm-tháng-ngày, không có dấu nháy, ví dụ 2026-03-20"
        )
    );
}

/// A reference written as the record's name, or as its folder name with
/// diacritics, points to the folder name.
#[test]
fn a_reference_by_name_or_with_diacritics_suggests_the_folder() {
    let (vi, en) = product_report_both(
        "+++\nname = \"Dưa lưới\"\ngroup = \"food\"\nproducer = \"Tổ hợp tác dê cừu\"\ncommune = \"nhon-son\"\n+++\n",
    );
    assert_eq!(
        vi,
        one(
            "unknown-reference",
            "producer ghi \"Tổ hợp tác dê cừu\", là tên của hồ sơ, không phải tên thư mục của nó",
            "có phải bạn định viết producer = \"de-cuu\" không? (thư mục content/producers/de-cuu/)"
        )
    );
    assert_eq!(
        en,
        one(
            "unknown-reference",
            "`producer` names \"Tổ hợp tác dê cừu\", the name of a record, not its folder",
            "did you mean producer = \"de-cuu\"? (the folder content/producers/de-cuu/)"
        )
    );
    let (vi, en) = product_report_both(
        "+++\nname = \"Dưa lưới\"\ngroup = \"food\"\ncommune = \"nhơn-sơn\"\n+++\n",
    );
    assert_eq!(
        vi,
        one(
            "unknown-reference",
            "commune ghi \"nhơn-sơn\", nhưng không có thư mục content/communes/nhơn-sơn/",
            "có phải bạn định viết \"nhon-son\" không?"
        )
    );
    assert_eq!(
        en,
        one(
            "unknown-reference",
            "`commune` names \"nhơn-sơn\", but there is no content/communes/nhơn-sơn/",
            "did you mean \"nhon-son\"?"
        )
    );
    // The commune's name with another case and spacing: its folder too.
    let (_, en) = product_report_both(
        "+++\nname = \"Dưa lưới\"\ngroup = \"food\"\ncommune = \"xã  nhơn sơn\"\n+++\n",
    );
    assert_eq!(
        en[0].2.as_deref(),
        Some("did you mean commune = \"nhon-son\"? (the folder content/communes/nhon-son/)")
    );
}

/// The parser's English is replaced by our words for the common mistakes:
/// a price with dots and a currency word, text without quotes.
#[test]
fn common_syntax_mistakes_are_said_in_our_words() {
    let (vi, en) = product_report_both(
        "+++\nname = \"Dưa lưới\"\ngroup = \"food\"\ncommune = \"nhon-son\"\nprice = 250.000 đồng\n+++\n",
    );
    assert_eq!(
        vi,
        one(
            "toml-syntax",
            "số 250.000 đồng viết chưa đúng: chỉ ghi chữ số, không dấu chấm hay dấu phẩy tách hàng nghìn, không kèm chữ như \"đ\", \"đồng\", \"k\", \"tr\"",
            "price = 250000"
        )
    );
    assert_eq!(
        en,
        one(
            "toml-syntax",
            "the number 250.000 đồng is not written plainly: digits only, no thousands separators, no words such as \"đ\", \"đồng\", \"k\" or \"tr\"",
            "price = 250000"
        )
    );
    // As `ocop new` writes the line, with its comment after the value: the
    // comment is not part of the number, and every way of writing the
    // thousands gets the plain number (the parser trips on each
    // differently).
    for written in ["150000đ", "150.000đ", "150,000", "150 000"] {
        let (vi, _) = product_report_both(&format!(
            "+++\nname = \"Dưa lưới\"\ngroup = \"food\"\ncommune = \"nhon-son\"\n\
             price = {written}          # giá bán lẻ, tính bằng đồng\n+++\n"
        ));
        assert_eq!(vi.len(), 1, "{written}: {vi:?}");
        assert!(
            vi[0].1.starts_with(&format!("số {written} viết chưa đúng")),
            "{vi:?}"
        );
        assert_eq!(vi[0].2.as_deref(), Some("price = 150000"), "{written}");
    }
    // A number in quotes, with its word: her own number back, unquoted.
    let (vi, en) = product_report_both(
        "+++\nname = \"Dưa lưới\"\ngroup = \"food\"\ncommune = \"nhon-son\"\nstars = \"3 sao\"\n+++\n",
    );
    assert_eq!(
        vi,
        one(
            "wrong-type",
            "stars = \"3 sao\": số chỉ ghi bằng chữ số, không dấu nháy, không kèm chữ",
            "stars = 3"
        )
    );
    assert_eq!(
        en,
        one(
            "wrong-type",
            "`stars` = \"3 sao\": a number is written in digits only, without quotes or words",
            "stars = 3"
        )
    );
    let (vi, _) = product_report_both(
        "+++\nname = Dưa lưới\ngroup = \"food\"\ncommune = \"nhon-son\"\n+++\n",
    );
    assert_eq!(
        vi,
        one(
            "toml-syntax",
            "chữ Dưa lưới chưa được đặt trong dấu nháy kép",
            "đặt chữ vào giữa hai dấu nháy kép: name = \"Dưa lưới\""
        )
    );
    let (vi, _) = product_report_both(
        "+++\nname = \"Dưa lưới\"\ngroup = \"food\"\ncommune = \"nhon-son\"\nimages = [\"a.jpg\" \"b.jpg\"]\n+++\n",
    );
    assert_eq!(
        vi,
        one(
            "toml-syntax",
            "thiếu dấu phẩy giữa hai giá trị",
            "ngăn các giá trị bằng dấu phẩy: images = [\"a.jpg\", \"b.jpg\"]"
        )
    );
}

/// A draft's wrong references are reported as warnings, so she sees them
/// before publishing; without `draft = true` the same lines are errors.
#[test]
fn a_draft_shows_its_wrong_references_as_warnings() {
    let project = valid_project();
    let text = "+++\nname = \"Mật ong hoa cà phê\"\ngroup = \"food\"\nproducer = \"Ong mật ABC\"\n\
                commune = \"Nhơn Sơn\"\ndraft = true\n+++\n";
    project.write("products/thit-de-xong-khoi/index.md", text);
    let report = ocop::check(&project.options());
    let refs: Vec<(ocop::diagnostics::Severity, String, Option<String>)> = report
        .diagnostics
        .items()
        .iter()
        .filter(|d| d.code.as_str() == "unknown-reference")
        .map(|d| (d.severity, d.message(Lang::En), d.help_text(Lang::Vi)))
        .collect();
    let warning = ocop::diagnostics::Severity::Warning;
    assert_eq!(
        refs,
        [
            (
                warning,
                "`producer` names \"Ong mật ABC\", but there is no content/producers/Ong mật ABC/"
                    .to_owned(),
                Some(
                    "ghi tên thư mục của một hồ sơ trong content/producers/; nếu chưa có hồ sơ, \
                     tạo bằng lệnh: ocop new producer \"Tên chủ thể\""
                        .to_owned()
                )
            ),
            (
                warning,
                "`commune` names \"Nhơn Sơn\", but there is no content/communes/Nhơn Sơn/"
                    .to_owned(),
                Some("có phải bạn định viết \"nhon-son\" không?".to_owned())
            ),
        ]
    );
    assert_eq!(report.diagnostics.error_count(), 0);
    let found = product_report(&text.replace("draft = true\n", ""));
    let codes: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
    assert_eq!(codes, ["unknown-reference", "unknown-reference"]);
}

/// The second review's mistakes (issue #16): shorthand prices, a price as
/// Excel shows it, a number in curly quotes, a key in Vietnamese, a colon
/// or a doubled `=`, each answered with the line written right, once.
#[test]
fn an_officers_ways_of_writing_a_line_get_the_line_written_right() {
    let cases = [
        ("price = 150k", "toml-syntax", "price = 150000"),
        ("price = 1,5tr   # giá", "toml-syntax", "price = 1500000"),
        ("price = 150.000", "wrong-type", "price = 150000"),
        ("price = “150.000”", "toml-syntax", "price = 150000"),
        ("giá = 150000", "toml-syntax", "price = 150000"),
        ("price: 150000", "toml-syntax", "price = 150000"),
        ("price == 150000", "toml-syntax", "price = 150000"),
        ("stars = 3 sao", "toml-syntax", "stars = 3"),
    ];
    for (line, code, fixed) in cases {
        let (vi, _) = product_report_both(&format!(
            "+++\nname = \"Dưa lưới\"\ngroup = \"food\"\ncommune = \"nhon-son\"\n{line}\n+++\n"
        ));
        assert_eq!(vi.len(), 1, "{line}: {vi:?}");
        assert_eq!(
            (vi[0].0.as_str(), vi[0].2.as_deref()),
            (code, Some(fixed)),
            "{line}"
        );
        assert!(!vi[0].1.contains("expected"), "{line}: {}", vi[0].1);
    }
    let (vi, _) = product_report_both(
        "+++\nname = \"Dưa lưới\"\ngroup = \"food\"\ncommune = \"nhon-son\"\nstars = 3 sao\n+++\n",
    );
    assert_eq!(
        vi[0].1,
        "số sao 3 sao viết chưa đúng: chỉ ghi con số, không kèm chữ \"sao\""
    );
    let (vi, _) = product_report_both(
        "+++\nname = \"Dưa lưới\"\ngroup = \"food\"\ncommune = \"nhon-son\"\ngiá = 150000\n+++\n",
    );
    assert_eq!(
        vi[0].1,
        "tên mục \"giá\" viết bằng tiếng Việt: tên mục phải viết đúng như trong mẫu, bằng tiếng Anh không dấu; \"giá\" là price"
    );
    // Without diacritics it is a key the parser reads: the unknown key is
    // price, not the closest spelling (gtin).
    let found = product_report(
        "+++\nname = \"Dưa lưới\"\ngroup = \"food\"\ncommune = \"nhon-son\"\ngia = 150000\n+++\n",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].2.as_deref(), Some("did you mean `price`?"));
}
