//! Killing `ocop build` (SIGKILL) at any moment leaves an output folder that
//! is whole: the previous build, or the new one, never a mix (issue #9).

mod common;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

use common::*;

fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file() && e.file_name() != ocop::write::MARKER)
        .map(|e| {
            let rel = e.path().strip_prefix(dir).unwrap().display().to_string();
            (rel, std::fs::read(e.path()).unwrap())
        })
        .collect()
}

fn build(project: &Project) -> std::process::Child {
    Command::new(env!("CARGO_BIN_EXE_ocop"))
        .args(["build", "--today", "2026-11-29", "--root"])
        .arg(project.root())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap()
}

#[test]
fn sigkill_at_any_moment_leaves_a_whole_output() {
    let mut files: Vec<(String, String)> = vec![
        ("communes/nhon-son/index.md".into(), COMMUNE.into()),
        ("producers/de-cuu/index.md".into(), PRODUCER.into()),
    ];
    for i in 0..300 {
        files.push((
            format!("products/san-pham-{i}/index.md"),
            PRODUCT.replace("Thịt dê xông khói", &format!("Sản phẩm số {i}")),
        ));
    }
    let refs: Vec<(&str, &str)> = files
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    let project = Project::new(&refs);
    assert!(build(&project).wait().unwrap().success());
    let output = project.root().join("output");
    let old = snapshot(&output);

    // A change that touches every page.
    project.write(
        "site.toml",
        "title = \"Thử nghiệm mới\"\nbase_url = \"https://example.com\"\nlanguages = [\"vi\", \"en\"]\n[translations.en]\ntitle = \"Test\"\n",
    );
    let mut seen = Vec::new();
    for delay_ms in [5, 20, 40, 80, 120, 160, 220, 300, 400, 550] {
        let mut child = build(&project);
        std::thread::sleep(Duration::from_millis(delay_ms));
        let _ = child.kill();
        let _ = child.wait();
        seen.push((delay_ms, snapshot(&output)));
    }
    assert!(build(&project).wait().unwrap().success());
    let new = snapshot(&output);
    assert_ne!(old, new);
    for (delay_ms, state) in &seen {
        assert!(
            *state == old || *state == new,
            "killed after {delay_ms} ms: the output is neither build"
        );
    }
}
