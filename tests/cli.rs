//! The `ocop` binary: exit codes and output formats.

mod common;

use std::process::Command;

use common::*;

fn ocop(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_ocop"))
        .args(args)
        .output()
        .unwrap()
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
    assert!(stderr.contains("translated into en:"));
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
