//! `ocop check` on a fixture with a broken record for every rule: the whole
//! JSON report is compared with the one written by hand.

mod common;

use common::*;

#[test]
fn every_broken_record_is_reported_in_one_run() {
    let project = fixture("broken");
    let report = ocop::check(&project.options());
    let mut out = Vec::new();
    report.diagnostics.emit_json(&mut out).unwrap();
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
