//! Hostile and broken input: each case must end with a clear diagnostic and
//! the right exit code, and must leave the previous output byte-identical
//! (issue #9). One fixture per case, built in a temporary project.

mod common;

use std::fs;
use std::os::unix::fs::symlink;
use std::path::Path;

use common::*;

/// A broken-input case: how to break a valid project, the CLI arguments to
/// add, the diagnostic code expected on stderr, the exit code, and what the
/// message must say (each text worked out from the input by hand).
struct Case {
    name: &'static str,
    breaks: fn(&Project),
    extra_args: fn(&Project) -> Vec<String>,
    code: &'static str,
    exit: i32,
    says: &'static [&'static str],
}

/// The folder the home-folder case uses as `HOME` (empty: only the check
/// of the home folder can refuse it).
const HOME: &str = "home";

const PRODUCT_DIR: &str = "products/thit-de-xong-khoi";

fn no_args(_: &Project) -> Vec<String> {
    Vec::new()
}

fn write_bytes(p: &Project, rel: &str, bytes: &[u8]) {
    let path = p.root().join("content").join(rel);
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, bytes).unwrap();
}

fn product_with(p: &Project, from: &str, to: &str) {
    p.write(
        &format!("{PRODUCT_DIR}/index.md"),
        &PRODUCT.replace(from, to),
    );
}

fn cases() -> Vec<Case> {
    vec![
        Case {
            name: "broken TOML",
            breaks: |p| product_with(p, "price = 250000", "price = 250.000 đồng"),
            extra_args: no_args,
            code: "toml-syntax",
            exit: 1,
            says: &[
                "error[toml-syntax]:",
                "content/products/thit-de-xong-khoi/index.md:6:",
            ],
        },
        Case {
            name: "invalid UTF-8",
            breaks: |p| {
                write_bytes(
                    p,
                    &format!("{PRODUCT_DIR}/index.md"),
                    b"+++\nname = \"Xu\xa9n\"\n+++\n",
                )
            },
            extra_args: no_args,
            code: "invalid-utf8",
            exit: 1,
            says: &[
                "error[invalid-utf8]: content/products/thit-de-xong-khoi/index.md is not valid UTF-8 (first bad byte on line 2)",
            ],
        },
        Case {
            name: "TCVN3 text",
            breaks: |p| product_with(p, "Thịt dê.", "Xu©n S¬n ®Ñp."),
            extra_args: no_args,
            code: "legacy-encoding",
            exit: 1,
            says: &[
                "error[legacy-encoding]: the text looks typed with a TCVN3 (ABC) font, not Unicode (\"Xu©n\")",
                "content/products/thit-de-xong-khoi/index.md:8:1",
            ],
        },
        Case {
            name: "a 3 MB record",
            breaks: |p| product_with(p, "Thịt dê.", &"Thịt dê. ".repeat(350_000)),
            extra_args: no_args,
            code: "file-too-large",
            exit: 1,
            says: &[
                "error[file-too-large]: content/products/thit-de-xong-khoi/index.md is 4200112 bytes; a record may be at most 2097152 bytes",
            ],
        },
        Case {
            name: "front matter nested 100,000 deep",
            breaks: |p| {
                product_with(
                    p,
                    "price = 250000",
                    &format!("x = {}{}", "[".repeat(100_000), "]".repeat(100_000)),
                )
            },
            extra_args: no_args,
            code: "toml-syntax",
            exit: 1,
            says: &[
                "error[toml-syntax]: invalid TOML",
                "content/products/thit-de-xong-khoi/index.md:6:",
            ],
        },
        Case {
            name: "integer overflow",
            breaks: |p| product_with(p, "price = 250000", "price = 99999999999999999999"),
            extra_args: no_args,
            code: "wrong-type",
            exit: 1,
            says: &[
                "error[wrong-type]",
                "content/products/thit-de-xong-khoi/index.md:6:9",
            ],
        },
        Case {
            name: "negative stars",
            breaks: |p| product_with(p, "price = 250000", "stars = -1"),
            extra_args: no_args,
            code: "bad-stars",
            exit: 1,
            says: &[
                "error[bad-stars]: stars = -1 is not an OCOP rating",
                "help: OCOP ratings are whole numbers from 1 to 5",
            ],
        },
        Case {
            name: "symlink loop",
            breaks: |p| symlink("loop", p.root().join("content/products/loop")).unwrap(),
            extra_args: no_args,
            code: "bad-symlink",
            exit: 1,
            says: &[
                "error[bad-symlink]: content/products/loop is a symbolic link that cannot be followed",
            ],
        },
        Case {
            name: "symlinked folder outside the project",
            breaks: |p| symlink("/etc", p.root().join("content/products/etc")).unwrap(),
            extra_args: no_args,
            code: "symlink-outside",
            exit: 1,
            says: &[
                "error[symlink-outside]: content/products/etc is a symbolic link to /etc, outside the project",
            ],
        },
        Case {
            name: "symlinked photo outside the project",
            breaks: |p| {
                symlink(
                    "/etc/hostname",
                    p.root().join("content").join(PRODUCT_DIR).join("photo.jpg"),
                )
                .unwrap();
                product_with(p, "price = 250000", "images = [\"photo.jpg\"]");
            },
            extra_args: no_args,
            code: "symlink-outside",
            exit: 1,
            says: &[
                "error[symlink-outside]: content/products/thit-de-xong-khoi/photo.jpg is a symbolic link to /etc/hostname, outside the project",
            ],
        },
        Case {
            name: "image path with ../",
            breaks: |p| product_with(p, "price = 250000", "images = [\"../../../../etc/passwd\"]"),
            extra_args: no_args,
            code: "image-outside-bundle",
            exit: 1,
            says: &[
                "error[image-outside-bundle]: image `../../../../etc/passwd` must be a file in the record's own folder",
            ],
        },
        Case {
            name: "absolute image path",
            breaks: |p| product_with(p, "price = 250000", "images = [\"/etc/passwd\"]"),
            extra_args: no_args,
            code: "image-outside-bundle",
            exit: 1,
            says: &[
                "error[image-outside-bundle]: image `/etc/passwd` must be a file in the record's own folder",
            ],
        },
        Case {
            name: "corrupt photo",
            breaks: |p| {
                write_bytes(
                    p,
                    &format!("{PRODUCT_DIR}/photo.jpg"),
                    b"\xff\xd8\xff\xe0 not really a jpeg",
                );
                product_with(p, "price = 250000", "images = [\"photo.jpg\"]");
            },
            extra_args: no_args,
            code: "bad-image",
            exit: 1,
            says: &["photo.jpg is damaged or is not really a photo (it cannot be decoded)"],
        },
        Case {
            name: "empty photo",
            breaks: |p| {
                write_bytes(p, &format!("{PRODUCT_DIR}/photo.jpg"), b"");
                product_with(p, "price = 250000", "images = [\"photo.jpg\"]");
            },
            extra_args: no_args,
            code: "bad-image",
            exit: 1,
            says: &["photo.jpg is an empty file (0 bytes)"],
        },
        Case {
            name: "unknown producer",
            breaks: |p| product_with(p, "producer = \"de-cuu\"", "producer = \"khong-co\""),
            extra_args: no_args,
            code: "unknown-reference",
            exit: 1,
            says: &[
                "error[unknown-reference]: `producer` names \"khong-co\", but there is no content/producers/khong-co/",
            ],
        },
        Case {
            name: "folder name in NFD that clashes",
            breaks: |p| {
                p.write(
                    "products/Thi\u{0323}t-de\u{0302}-xo\u{0302}ng-kho\u{0301}i/index.md",
                    PRODUCT,
                )
            },
            extra_args: no_args,
            code: "duplicate-slug",
            exit: 1,
            says: &["would both be published as `thit-de-xong-khoi`"],
        },
        Case {
            name: "folder without index.md",
            breaks: |p| write_bytes(p, "products/chi-co-anh/photo.jpg", b"x"),
            extra_args: no_args,
            code: "missing-index",
            exit: 1,
            says: &["error[missing-index]: content/products/chi-co-anh has no index.md"],
        },
        Case {
            name: "empty index.md",
            breaks: |p| p.write(&format!("{PRODUCT_DIR}/index.md"), ""),
            extra_args: no_args,
            code: "missing-front-matter",
            exit: 1,
            says: &[
                "error[missing-front-matter]: a record must start with a line containing only `+++`",
            ],
        },
        Case {
            name: "unclosed front matter",
            breaks: |p| p.write(&format!("{PRODUCT_DIR}/index.md"), "+++\nname = \"x\"\n"),
            extra_args: no_args,
            code: "unclosed-front-matter",
            exit: 1,
            says: &[
                "error[unclosed-front-matter]: the front matter is never closed",
                "help: add a line containing only `+++` after the last field",
            ],
        },
        Case {
            name: "a photo saved as index.md",
            breaks: |p| {
                write_bytes(
                    p,
                    &format!("{PRODUCT_DIR}/index.md"),
                    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe",
                )
            },
            extra_args: no_args,
            code: "invalid-utf8",
            exit: 1,
            says: &[
                "error[invalid-utf8]: content/products/thit-de-xong-khoi/index.md is not valid UTF-8 (first bad byte on line 1)",
            ],
        },
        Case {
            name: "a folder named index.md",
            breaks: |p| {
                fs::remove_file(p.root().join("content").join(PRODUCT_DIR).join("index.md"))
                    .unwrap();
                fs::create_dir(p.root().join("content").join(PRODUCT_DIR).join("index.md"))
                    .unwrap();
            },
            extra_args: no_args,
            code: "missing-index",
            exit: 1,
            says: &["error[missing-index]: content/products/thit-de-xong-khoi has no index.md"],
        },
        Case {
            name: "a record file outside a bundle",
            breaks: |p| p.write("products/ghi-chu.md", PRODUCT),
            extra_args: no_args,
            code: "record-outside-bundle",
            exit: 1,
            says: &[
                "error[record-outside-bundle]: content/products/ghi-chu.md is a record file directly in products/",
                "move it to content/products/ghi-chu/index.md",
            ],
        },
        Case {
            name: "no site.toml",
            breaks: |p| fs::remove_file(p.root().join("content/site.toml")).unwrap(),
            extra_args: no_args,
            code: "unreadable-file",
            exit: 1,
            says: &["error[unreadable-file]: cannot read content/site.toml"],
        },
        Case {
            name: "broken site.toml",
            breaks: |p| p.write("site.toml", "title = \"x\nbase_url = 1\n"),
            extra_args: no_args,
            code: "toml-syntax",
            exit: 1,
            says: &[
                "error[toml-syntax]: the text has no closing quote",
                "content/site.toml:1:",
            ],
        },
        Case {
            name: "javascript: base_url",
            breaks: |p| {
                p.write(
                    "site.toml",
                    "title = \"x\"\nbase_url = \"javascript:alert(1)\"\n",
                )
            },
            extra_args: no_args,
            code: "bad-base-url",
            exit: 1,
            says: &[
                "error[bad-base-url]: base_url \"javascript:alert(1)\" is not an absolute http(s) address",
            ],
        },
        Case {
            name: "translation sets the price",
            breaks: |p| {
                p.write(
                    &format!("{PRODUCT_DIR}/index.en.md"),
                    "+++\nname = \"Goat\"\nprice = 1\n+++\nGoat.\n",
                )
            },
            extra_args: no_args,
            code: "misplaced-key",
            exit: 1,
            says: &[
                "error[misplaced-key]: `price` cannot be set here",
                "content/products/thit-de-xong-khoi/index.en.md",
            ],
        },
        Case {
            name: "template syntax error",
            breaks: |p| {
                fs::write(
                    p.root().join("themes/default/templates/product.html"),
                    "{% if %}",
                )
                .unwrap()
            },
            extra_args: no_args,
            code: "template-error",
            exit: 1,
            says: &["error[template-error]: the theme's templates do not parse"],
        },
        Case {
            name: "broken i18n file",
            breaks: |p| {
                fs::write(
                    p.root().join("themes/default/i18n/en.toml"),
                    "lang_name = \n",
                )
                .unwrap()
            },
            extra_args: no_args,
            code: "toml-syntax",
            exit: 1,
            says: &[
                "error[toml-syntax]: invalid i18n file: string values must be quoted",
                "themes/default/i18n/en.toml:1:",
            ],
        },
        Case {
            name: "output is the content folder",
            breaks: |_| {},
            extra_args: |p| {
                vec![
                    "--output".into(),
                    p.root().join("content").display().to_string(),
                ]
            },
            code: "refusing",
            exit: 2,
            says: &[
                "/content as the output folder: it holds the project or its content; choose a folder of its own, e.g. ./output",
            ],
        },
        Case {
            name: "output is the project root",
            breaks: |_| {},
            extra_args: |p| vec!["--output".into(), p.root().display().to_string()],
            code: "refusing",
            exit: 2,
            says: &["as the output folder: it holds the project or its content"],
        },
        Case {
            name: "output is /",
            breaks: |_| {},
            extra_args: |_| vec!["--output".into(), "/".into()],
            code: "refusing",
            exit: 2,
            says: &["refusing to use / as the output folder: it is the root of the file system"],
        },
        Case {
            name: "a bundle file named index.html (it would replace the page)",
            breaks: |p| {
                write_bytes(
                    p,
                    &format!("{PRODUCT_DIR}/index.html"),
                    b"<script>alert(1)</script>",
                )
            },
            extra_args: no_args,
            code: "reserved-file-name",
            exit: 1,
            says: &[
                "error[reserved-file-name]: content/products/thit-de-xong-khoi/index.html would replace the record's own page (index.html) on the site",
            ],
        },
        Case {
            name: "output is someone else's folder",
            breaks: |p| {
                fs::create_dir_all(p.root().join("docs")).unwrap();
                fs::write(p.root().join("docs/notes.txt"), "mine").unwrap();
            },
            extra_args: |p| {
                vec![
                    "--output".into(),
                    p.root().join("docs").display().to_string(),
                ]
            },
            code: "refusing",
            exit: 2,
            says: &[
                "/docs as the output folder: it is not empty and was not made by ocop (no .ocop-output marker file); empty it or choose another folder",
            ],
        },
        Case {
            name: "output is the home folder",
            breaks: |p| fs::create_dir(p.root().join(HOME)).unwrap(),
            extra_args: |p| vec!["--output".into(), p.root().join(HOME).display().to_string()],
            code: "refusing",
            exit: 2,
            says: &["/home as the output folder: it is your home folder"],
        },
    ]
}

/// `ocop build` with `HOME` set to the project's `home` folder.
fn build(project: &Project, extra: &[String]) -> std::process::Output {
    ocop_command()
        .arg("build")
        .arg("--root")
        .arg(project.root())
        .args(["--today", "2026-11-29"])
        .args(extra)
        .env("HOME", project.root().join(HOME))
        .output()
        .unwrap()
}

fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    if !dir.exists() {
        return Vec::new();
    }
    walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file())
        .map(|e| (e.path().display().to_string(), fs::read(e.path()).unwrap()))
        .collect()
}

#[test]
fn hostile_inputs_are_stopped_and_lose_nothing() {
    let cases = cases();
    assert!(cases.len() >= 34, "{} cases", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let project = Project::new(&[
            ("communes/nhon-son/index.md", COMMUNE),
            ("producers/de-cuu/index.md", PRODUCER),
            (&format!("{PRODUCT_DIR}/index.md"), PRODUCT),
        ]);
        let first = build(&project, &[]);
        assert_eq!(
            first.status.code(),
            Some(0),
            "{}: the valid project must build",
            case.name
        );
        let output = project.root().join("output");
        let before = snapshot(&output);
        (case.breaks)(&project);
        // Folders the case made (someone's docs/, the home folder), taken
        // after it made them.
        let others_before = [
            snapshot(&project.root().join("docs")),
            snapshot(&project.root().join(HOME)),
        ];
        let out = build(&project, &(case.extra_args)(&project));
        let stderr = String::from_utf8_lossy(&out.stderr);
        let expected = if case.code == "refusing" {
            "refusing".to_owned()
        } else {
            format!("[{}]", case.code)
        };
        let missing: Vec<&str> = case
            .says
            .iter()
            .copied()
            .filter(|text| !stderr.contains(text))
            .collect();
        if out.status.code() != Some(case.exit)
            || !stderr.contains(&expected)
            || !missing.is_empty()
        {
            failures.push(format!(
                "{}: exit {:?}, expected {} with {expected} saying {missing:?}\n{stderr}",
                case.name,
                out.status.code(),
                case.exit
            ));
        }
        if snapshot(&output) != before {
            failures.push(format!("{}: the previous output changed", case.name));
        }
        let others_after = [
            snapshot(&project.root().join("docs")),
            snapshot(&project.root().join(HOME)),
        ];
        if others_after != others_before {
            failures.push(format!(
                "{}: a folder outside the output changed",
                case.name
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
