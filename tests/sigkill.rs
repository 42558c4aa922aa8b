//! Killing `ocop build` (SIGKILL) at any moment of the write leaves an
//! output folder that is whole: the previous build, or the new one, never a
//! mix (issue #9). Each moment is reached through the debug build's test
//! hook (`OCOP_TEST_STOP_AT`, src/write.rs `test_stop`): the build says
//! where it stopped, is killed there, and the folders show that the kill
//! landed there (issue #22).

mod common;

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use common::*;

type Tree = BTreeMap<String, Vec<u8>>;

/// The files of `dir` (without the manifest), by relative path.
fn snapshot(dir: &Path) -> Tree {
    if !dir.exists() {
        return Tree::new();
    }
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

fn command(project: &Project) -> Command {
    let mut command = ocop_command();
    command
        .args(["build", "--today", "2026-11-29", "--root"])
        .arg(project.root());
    command
}

fn build(project: &Project) {
    let out = command(project).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn site(title: &str) -> String {
    format!(
        "title = \"{title}\"\nbase_url = \"https://example.com\"\nlanguages = [\"vi\", \"en\"]\n[translations.en]\ntitle = \"Test\"\n"
    )
}

/// What one killed build left, and the builds around it.
struct Killed {
    /// What the hook named (a file, for some moments).
    detail: String,
    /// The output and the staging folder just after the kill.
    output: Tree,
    staging: Tree,
    /// The output before the killed build, and after the next whole build.
    old: Tree,
    new: Tree,
}

/// Builds site 1 and site 2 (the output is site 2, the staging folder site
/// 1), changes the content to site 3, runs a build that stops at `moment`
/// and kills it there, then builds site 3 whole.
///
/// Site 2 adds a photo to product 0 (its variants are missing from the
/// staging folder: linked in at the commit); site 3 removes product 19
/// (its pages, in the staging folder, are removed at the commit) and
/// changes the style sheet (a file the two folders share); each site
/// changes the title, so every page changes.
fn kill_at(moment: &str) -> Killed {
    if !cfg!(debug_assertions) {
        panic!("the stop points exist in debug builds only: run this test without --release");
    }
    let mut files: Vec<(String, String)> = vec![
        ("communes/nhon-son/index.md".into(), COMMUNE.into()),
        ("producers/de-cuu/index.md".into(), PRODUCER.into()),
    ];
    for i in 0..20 {
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
    project.write("site.toml", &site("Site 1"));
    build(&project);

    project.write("site.toml", &site("Site 2"));
    image::RgbImage::from_fn(600, 400, |x, y| image::Rgb([x as u8, y as u8, 90]))
        .save(project.root().join("content/products/san-pham-0/photo.png"))
        .unwrap();
    project.write(
        "products/san-pham-0/index.md",
        &PRODUCT
            .replace("Thịt dê xông khói", "Sản phẩm số 0")
            .replace("price = 250000", "price = 250000\nimages = [\"photo.png\"]"),
    );
    build(&project);
    let output = project.root().join("output");
    let staging = project.root().join("output.staging");
    let old = snapshot(&output);

    project.write("site.toml", &site("Site 3"));
    std::fs::remove_dir_all(project.root().join("content/products/san-pham-19")).unwrap();
    // The style sheet, unchanged from site 1 to 2 (so the output and the
    // staging folder share it, hard-linked), changes.
    let css = project.root().join("themes/default/static/css/site.css");
    let mut text = std::fs::read_to_string(&css).unwrap();
    text.push_str("\n/* site 3 */\n");
    std::fs::write(&css, text).unwrap();
    let mut child = command(&project)
        .env("OCOP_TEST_STOP_AT", moment)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let (tx, rx) = mpsc::channel();
    let stderr = child.stderr.take().unwrap();
    std::thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            let _ = tx.send(line);
        }
    });
    let marker = format!("ocop-test-stop: {moment} ");
    let mut seen = Vec::new();
    let detail = loop {
        // A generous deadline: it only matters when the moment never comes.
        match rx.recv_timeout(Duration::from_secs(300)) {
            Ok(line) => match line.strip_prefix(&marker) {
                Some(detail) => break detail.to_owned(),
                None => seen.push(line),
            },
            Err(_) => panic!(
                "the build never stopped at {moment} (exit {:?}):\n{}",
                child.try_wait().unwrap(),
                seen.join("\n")
            ),
        }
    };
    child.kill().unwrap();
    child.wait().unwrap();
    let killed = Killed {
        detail,
        output: snapshot(&output),
        staging: snapshot(&staging),
        old,
        new: Tree::new(),
    };
    build(&project);
    let new = snapshot(&output);
    assert_ne!(killed.old, new);
    // The build after the kill is exact: a second one finds nothing to do.
    build(&project);
    assert!(
        snapshot(&output) == new,
        "a second build changed the output"
    );
    Killed { new, ..killed }
}

#[test]
fn killed_after_rendering_into_the_staging_folder() {
    let k = kill_at("rendered");
    assert!(k.output == k.old, "the output changed");
    // The new home page was already in the staging folder.
    assert_eq!(k.staging["index.html"], k.new["index.html"]);
}

#[test]
fn killed_in_the_middle_of_writing_a_file() {
    let k = kill_at("mid-file");
    assert!(k.output == k.old, "the output changed");
    let whole = &k.new[&k.detail];
    assert!(whole.len() >= 2, "{}", k.detail);
    assert_eq!(
        k.staging[&k.detail],
        whole[..whole.len() / 2],
        "{} is half-written in the staging folder",
        k.detail
    );
}

#[test]
fn killed_while_linking_unchanged_files_into_the_staging_folder() {
    let k = kill_at("linking");
    assert!(k.output == k.old, "the output changed");
    // A photo variant of site 2, unchanged in site 3 and missing from the
    // staging folder (site 1), has just been linked in.
    assert!(
        k.detail.starts_with("products/san-pham-0/photo-"),
        "{}",
        k.detail
    );
    assert_eq!(k.staging[&k.detail], k.new[&k.detail]);
    assert_eq!(k.old[&k.detail], k.new[&k.detail]);
}

#[test]
fn killed_while_removing_old_files_from_the_staging_folder() {
    let k = kill_at("removing");
    assert!(k.output == k.old, "the output changed");
    // A page of the removed product has just gone from the staging folder;
    // the output still has it.
    assert!(k.detail.contains("san-pham-19/"), "{}", k.detail);
    assert!(!k.staging.contains_key(&k.detail));
    assert!(k.old.contains_key(&k.detail));
    assert!(!k.new.contains_key(&k.detail));
}

#[test]
fn killed_between_staging_and_swap() {
    let k = kill_at("before-swap");
    assert!(k.output == k.old, "the output changed");
    assert!(k.staging == k.new, "the staging folder is not the new site");
}

#[test]
fn killed_just_after_the_swap() {
    let k = kill_at("swapped");
    assert!(k.output == k.new, "the output is not the new site");
    assert!(k.staging == k.old, "the staging folder is not the old site");
}
