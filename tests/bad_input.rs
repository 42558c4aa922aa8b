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
            "the fields allowed here are: group, subgroup, producer, commune, stars, certificate, \
             price, availability, available_from, added, sku, gtin, images, buy, tourism, featured, \
             sample, draft, name, summary, unit, image_alt"
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

/// The help of a star rating written as text shows a star rating.
#[test]
fn stars_written_as_text_get_a_stars_example() {
    let found = product_report(
        "+++\nname = \"Dưa lưới\"\ngroup = \"food\"\ncommune = \"nhon-son\"\nstars = \"4\"\n+++\n",
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
