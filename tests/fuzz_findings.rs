//! Inputs found by the fuzzers (fuzz/), replayed as regular tests: each is
//! a product's index.md, which must be checked without a panic and, when it
//! builds, render with no script, event handler or unsafe URL.

mod common;

use common::*;

#[test]
fn fuzz_findings_stay_fixed() {
    let dir = repo().join("tests/fixtures/fuzz");
    let mut count = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        let project = Project::new(&[
            ("communes/nhon-son/index.md", COMMUNE),
            ("producers/de-cuu/index.md", PRODUCER),
        ]);
        let target = project.root().join("content/products/x/index.md");
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::write(&target, &bytes).unwrap();
        let report = ocop::check(&project.options());
        if report.diagnostics.has_errors() {
            count += 1;
            continue;
        }
        let (_, sink) = ocop::build::render_to_memory(&project.options()).unwrap();
        for (file, body) in sink.into_files() {
            if !file.ends_with(".html") {
                continue;
            }
            let html = String::from_utf8_lossy(&body).to_ascii_lowercase();
            let body_html = html.split("<main").nth(1).unwrap_or_default();
            assert!(
                !body_html.contains("<script>"),
                "{}: a script in {file}",
                path.display()
            );
            for attr in ["href=\"", "src=\""] {
                for (i, _) in body_html.match_indices(attr) {
                    let value = body_html[i + attr.len()..].trim_start();
                    assert!(
                        !["javascript:", "vbscript:", "data:"]
                            .iter()
                            .any(|s| value.starts_with(s)),
                        "{}: unsafe URL in {file}",
                        path.display()
                    );
                }
            }
        }
        count += 1;
    }
    assert!(count >= 1);
}
