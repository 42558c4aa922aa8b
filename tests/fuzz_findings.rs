//! Inputs found by the fuzzers (fuzz/), replayed as regular tests. Each file
//! of tests/fixtures/fuzz/ is a `record` target input: a product's index.md,
//! then (after the first 0xFF byte, if any) its index.en.md, which the target
//! drops when it is not UTF-8. The replay builds it in a project that has the
//! commune, producer, tourism points and photos it names, so it must build
//! without errors, and then every page must be inert: no script but the
//! theme's, no event handler, no unsafe URL (`common::assert_inert_html`).

mod common;

use common::*;

/// A hand-made hostile record replayed with the findings, so that the
/// replay is shown to catch what the fuzz target looks for (a finding may
/// be harmless text, like `javascript:` in a sentence).
const CONTROL: &[u8] = b"+++\nname = \"Thit de\"\ngroup = \"food\"\ncommune = \"nhon-son\"\n+++\n\
<script>alert(1)</script>\n\n<img src=x onerror=\"alert(2)\">\n\n\
[a link](javascript:alert(3)) <a href=\"data:text/html,x\">data</a>\n";

/// The string or strings of `key` in a front matter table.
fn names(table: &toml::Table, key: &str) -> Vec<String> {
    match table.get(key) {
        Some(toml::Value::String(s)) => vec![s.clone()],
        Some(toml::Value::Array(list)) => list
            .iter()
            .filter_map(|v| v.as_str().map(str::to_owned))
            .collect(),
        _ => Vec::new(),
    }
}

/// Builds `bytes` as product `x` and checks every page; returns how many
/// pages were checked.
fn replay(name: &str, bytes: &[u8]) -> usize {
    let (vi, en) = match bytes.iter().position(|&b| b == 0xFF) {
        Some(i) => (&bytes[..i], Some(&bytes[i + 1..])),
        None => (bytes, None),
    };
    let vi = std::str::from_utf8(vi).unwrap_or_else(|e| panic!("{name}: index.md: {e}"));
    let front = vi
        .strip_prefix("+++\n")
        .and_then(|rest| rest.split("\n+++").next())
        .unwrap_or_else(|| panic!("{name}: no front matter"));
    let fields: toml::Table =
        toml::from_str(front).unwrap_or_else(|e| panic!("{name}: front matter: {e}"));

    let project = Project::new(&[("products/x/index.md", vi)]);
    let mut communes = names(&fields, "commune");
    communes.push("nhon-son".into());
    for slug in communes {
        project.write(
            &format!("communes/{slug}/index.md"),
            "+++\nname = \"Xã\"\nkind = \"commune\"\n+++\nXã.\n",
        );
    }
    for slug in names(&fields, "producer") {
        project.write(&format!("producers/{slug}/index.md"), PRODUCER);
    }
    for slug in names(&fields, "tourism") {
        project.write(
            &format!("tourism/{slug}/index.md"),
            "+++\nname = \"Du lịch\"\ncommune = \"nhon-son\"\n+++\nDu lịch.\n",
        );
    }
    for photo in names(&fields, "images") {
        image::RgbImage::from_pixel(800, 800, image::Rgb([90, 140, 60]))
            .save(project.root().join("content/products/x").join(photo))
            .unwrap();
    }
    if let Some(Ok(en)) = en.map(std::str::from_utf8) {
        project.write("products/x/index.en.md", en);
    }

    let (_, sink) = ocop::build::render_to_memory(&project.options())
        .unwrap_or_else(|diags| panic!("{name} does not build: {:?}", diags.items()));
    let files = sink.into_files();
    assert!(
        files.contains_key("products/x/index.html"),
        "{name}: no page"
    );
    let mut pages = 0;
    for (file, body) in &files {
        if file.ends_with(".html") {
            assert_inert_html(&format!("{name}: {file}"), &String::from_utf8_lossy(body));
            pages += 1;
        }
    }
    pages
}

#[test]
fn fuzz_findings_stay_fixed() {
    let mut findings = 0;
    for entry in std::fs::read_dir(repo().join("tests/fixtures/fuzz")).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        assert!(replay(&name, &std::fs::read(&path).unwrap()) > 10, "{name}");
        findings += 1;
    }
    assert!(findings >= 1);
}

#[test]
fn the_replay_catches_a_hostile_record() {
    assert!(replay("control", CONTROL) > 10);
}
