//! `ocop check` on a fixture with a broken record for every rule: the whole
//! JSON report is compared with the one written by hand.

mod common;

use common::*;
use ocop::messages::Lang;

#[test]
fn every_broken_record_is_reported_in_one_run() {
    let project = fixture("broken");
    let report = ocop::check(&project.options());
    let mut out = Vec::new();
    report.diagnostics.emit_json(&mut out, Lang::En).unwrap();
    let actual = String::from_utf8(out).unwrap();
    let expected =
        std::fs::read_to_string(repo().join("tests/fixtures/broken/expected.jsonl")).unwrap();
    let actual_lines: Vec<&str> = actual.lines().collect();
    let expected_lines: Vec<&str> = expected.lines().collect();
    for (a, e) in actual_lines.iter().zip(&expected_lines) {
        assert_eq!(a, e);
    }
    assert_eq!(actual_lines.len(), expected_lines.len(), "{actual}");
}

#[test]
fn the_shipped_catalogue_checks_without_errors() {
    let report = ocop::check(&shipped());
    let errors: Vec<_> = report
        .diagnostics
        .items()
        .iter()
        .filter(|d| d.severity == ocop::diagnostics::Severity::Error)
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    // Coverage: every shipped record has its English translation.
    for s in &report.sections {
        assert_eq!(
            s.translated,
            vec![("en".to_owned(), s.total)],
            "{:?}",
            s.section
        );
    }
}

/// The Vietnamese report has the same problems, codes and places as the
/// English one, each with its own words.
#[test]
fn the_report_has_the_same_codes_in_both_languages() {
    let project = fixture("broken");
    let report = ocop::check(&project.options());
    let lines = |lang: Lang| -> Vec<serde_json::Value> {
        let mut out = Vec::new();
        report.diagnostics.emit_json(&mut out, lang).unwrap();
        String::from_utf8(out)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect()
    };
    let (vi, en) = (lines(Lang::Vi), lines(Lang::En));
    assert_eq!(vi.len(), en.len());
    for (v, e) in vi.iter().zip(&en) {
        for key in ["severity", "code", "file", "line", "column"] {
            assert_eq!(v[key], e[key], "{v} / {e}");
        }
        assert_ne!(v["message"], e["message"], "{v}");
    }
    let bad_price = vi.iter().find(|d| d["code"] == "bad-price").unwrap();
    assert_eq!(
        bad_price["message"],
        "price = 0 phải là số tiền lớn hơn 0 đồng"
    );
}
