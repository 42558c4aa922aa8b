//! The print pack (issue #18): the catalogue, shelf cards and price list of
//! the shipped catalogue, made with Typst, and what a reader of the PDFs
//! finds in them.
//!
//! The tests that read the PDFs back need poppler-utils (`pdftotext`,
//! `pdffonts`, `pdftoppm`): they are `#[ignore = "needs poppler-utils"]`,
//! and `.ci/run` installs it and runs them.

mod common;

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;
use std::sync::OnceLock;

use common::{
    COMMUNE, PRODUCER, PRODUCT, Project, ocop_command, page, render_shipped, repo, today,
};
use ocop::diagnostics::Diagnostics;
use ocop::messages::Lang;
use ocop::model::Selection;
use ocop::print::{self, Price, PrintData, PrintTheme};
use ocop::site::{PrintDocument, Site};
use ocop::theme::DEFAULT_THEME;

/// The shipped catalogue's print data and layouts, and its PDFs as the
/// build wrote them, by file name.
struct Shipped {
    data: PrintData,
    theme: PrintTheme,
    pdfs: BTreeMap<String, Vec<u8>>,
}

fn shipped() -> &'static Shipped {
    static SHIPPED: OnceLock<Shipped> = OnceLock::new();
    SHIPPED.get_or_init(|| {
        let pdfs = print_files(&render_shipped());
        // After the build, whose photo variants are in the cache.
        let data = print::gather(&site_of(&repo()), &Selection::every());
        let theme = PrintTheme::load(&repo(), Path::new(DEFAULT_THEME)).expect("the layouts load");
        Shipped { data, theme, pdfs }
    })
}

/// The files of `print/` in a build's output, by file name.
fn print_files(files: &BTreeMap<String, Vec<u8>>) -> BTreeMap<String, Vec<u8>> {
    files
        .iter()
        .filter_map(|(path, bytes)| Some((path.strip_prefix("print/")?.to_owned(), bytes.clone())))
        .collect()
}

/// The `Site` of the project at `root` on the tests' today, as a build
/// assembles it (the photos only probed: their variants are in the cache
/// once the project was built).
fn site_of(root: &Path) -> Site {
    let mut diags = Diagnostics::new();
    let content = ocop::content::load(root, &mut diags);
    let catalog = ocop::model::resolve(&content, None, today(), &mut diags).unwrap();
    let images = ocop::images::Images::probe(root, &catalog, &mut diags);
    let theme = ocop::theme::Theme::load(root, Path::new(DEFAULT_THEME), &catalog.site, &mut diags)
        .unwrap();
    assert!(!diags.has_errors(), "{:?}", diags.items());
    Site::new(root, catalog, images, theme.i18n().clone())
}

/// Builds `project` into memory: its summary lines and its print files.
fn build(project: &Project) -> (Vec<String>, BTreeMap<String, Vec<u8>>) {
    let (report, sink) = ocop::build::render_to_memory(&project.options())
        .unwrap_or_else(|d| panic!("{:#?}", d.items()));
    let summary = report.summary.iter().map(|m| m.render(Lang::En)).collect();
    (summary, sink.into_files())
}

/// Every product of an edition.
fn products(data: &PrintData, lang: &str) -> Vec<print::PrintProduct> {
    data.edition(lang)
        .unwrap()
        .groups
        .iter()
        .flat_map(|g| g.products.clone())
        .collect()
}

#[test]
fn the_build_writes_five_pdfs() {
    let names: Vec<&str> = shipped().pdfs.keys().map(String::as_str).collect();
    assert_eq!(
        names,
        [
            "catalogue.en.pdf",
            "catalogue.vi.pdf",
            "price-list.en.pdf",
            "price-list.vi.pdf",
            "shelf-cards.pdf"
        ]
    );
    for (name, pdf) in &shipped().pdfs {
        assert!(pdf.starts_with(b"%PDF-1.7"), "{name} is a PDF 1.7 file");
        assert!(
            pdf.ends_with(b"%%EOF\n") || pdf.ends_with(b"%%EOF"),
            "{name} is complete"
        );
    }
}

/// The home page of each language links the PDFs of its language and the
/// shelf cards, under "Tải bản in" / "Print versions".
#[test]
fn the_home_pages_link_the_pdfs_of_their_language() {
    let files = render_shipped();
    let links = |html: &str| -> Vec<String> {
        let doc = scraper::Html::parse_document(html);
        let sel = scraper::Selector::parse("#print-h + ul a").unwrap();
        doc.select(&sel)
            .map(|a| {
                format!(
                    "{} {}",
                    a.value().attr("href").unwrap(),
                    a.text().collect::<String>()
                )
            })
            .collect()
    };
    let vi = page(&files, "index.html");
    assert!(vi.contains("<h2 id=\"print-h\">Tải bản in</h2>"));
    assert_eq!(
        links(&vi),
        [
            "/print/catalogue.vi.pdf Danh mục sản phẩm OCOP PDF",
            "/print/shelf-cards.pdf Thẻ giá sản phẩm OCOP PDF",
            "/print/price-list.vi.pdf Bảng giá sản phẩm OCOP PDF"
        ]
    );
    let en = page(&files, "en/index.html");
    assert!(en.contains("<h2 id=\"print-h\">Print versions</h2>"));
    assert_eq!(
        links(&en),
        [
            "/print/catalogue.en.pdf OCOP product catalogue PDF",
            "/print/shelf-cards.pdf OCOP shelf cards PDF",
            "/print/price-list.en.pdf OCOP price list PDF"
        ]
    );
}

/// `[print] enabled = false`: no PDF, no link. Above `[print] max_products`:
/// no PDF either (nor a link), and the summary says why and what to do.
#[test]
fn print_settings_switch_the_pack_off_or_leave_it_out_above_the_limit() {
    let second = PRODUCT.replace("Thịt dê xông khói", "Thịt cừu");
    let files = [
        ("communes/nhon-son/index.md", COMMUNE),
        ("producers/de-cuu/index.md", PRODUCER),
        ("products/thit-de/index.md", PRODUCT),
        ("products/thit-cuu/index.md", second.as_str()),
    ];
    let project = Project::new(&files);
    let site_toml = "title = \"Thử nghiệm\"\nbase_url = \"https://example.com\"\nlanguages = [\"vi\", \"en\"]\n";
    project.write(
        "site.toml",
        &format!("{site_toml}[print]\nenabled = false\n"),
    );
    let (summary, files) = build(&project);
    assert!(print_files(&files).is_empty());
    assert!(!page(&files, "index.html").contains("print-h"));
    assert!(
        !summary.iter().any(|l| l.starts_with("print")),
        "{summary:?}"
    );

    project.write(
        "site.toml",
        &format!("{site_toml}[print]\nmax_products = 1\n"),
    );
    let (summary, files) = build(&project);
    assert!(print_files(&files).is_empty());
    assert!(summary.contains(&"print: no PDF, the site has 2 products, more than [print] max_products = 1 (content/site.toml); for a fair, `ocop print --products …` makes its own".to_owned()), "{summary:?}");
    assert!(!page(&files, "index.html").contains("print-h"));
    // At the limit, all five are made.
    project.write(
        "site.toml",
        &format!("{site_toml}[print]\nmax_products = 2\n"),
    );
    let (_, files) = build(&project);
    assert_eq!(print_files(&files).len(), 5);
}

/// A second build with nothing changed takes every PDF from the cache and
/// writes nothing; a changed price makes again only the documents that
/// show it (all five), a changed today too.
#[test]
fn an_unchanged_pdf_is_not_made_again() {
    let project = Project::new(&[
        ("communes/nhon-son/index.md", COMMUNE),
        ("producers/de-cuu/index.md", PRODUCER),
        ("products/thit-de/index.md", PRODUCT),
    ]);
    let out = project.root().join("output");
    let mut options = project.options();
    options.output = Some(out.clone());
    let print_line = |report: &ocop::Report| {
        report
            .summary
            .iter()
            .map(|m| m.render(Lang::En))
            .find(|l| l.starts_with("print: catalogue"))
            .unwrap()
    };
    let first = ocop::build(&options).unwrap();
    assert_eq!(
        print_line(&first),
        "print: catalogue.vi.pdf, catalogue.en.pdf, shelf-cards.pdf, price-list.vi.pdf, price-list.en.pdf (5 made now; 0 taken from an earlier run with the same content, already up to date)"
    );
    let before = std::fs::read(out.join("print/catalogue.vi.pdf")).unwrap();
    let again = ocop::build(&options).unwrap();
    assert!(print_line(&again).ends_with(
        "(0 made now; 5 taken from an earlier run with the same content, already up to date)"
    ));
    let written = again.written.unwrap();
    assert_eq!((written.changed, written.removed), (0, 0), "a no-op build");
    assert_eq!(
        std::fs::read(out.join("print/catalogue.vi.pdf")).unwrap(),
        before
    );
    // Five PDFs in the cache, no more.
    let cached = walkdir::WalkDir::new(project.root().join(".ocop-cache/print"))
        .into_iter()
        .filter(|e| e.as_ref().unwrap().file_type().is_file())
        .count();
    assert_eq!(cached, 5);
    project.write(
        "products/thit-de/index.md",
        &PRODUCT.replace("price = 250000", "price = 260000"),
    );
    let changed = ocop::build(&options).unwrap();
    assert!(print_line(&changed).ends_with(
        "(5 made now; 0 taken from an earlier run with the same content, already up to date)"
    ));
    assert_ne!(
        std::fs::read(out.join("print/catalogue.vi.pdf")).unwrap(),
        before
    );
    // The old entries are pruned: still five.
    let cached = walkdir::WalkDir::new(project.root().join(".ocop-cache/print"))
        .into_iter()
        .filter(|e| e.as_ref().unwrap().file_type().is_file())
        .count();
    assert_eq!(cached, 5);
}

/// A name with an emoji and a control character, which the print fonts
/// cannot draw (and PDF/A forbids drawing as an empty box): the PDFs are
/// made without them, and the summary names the emoji.
#[test]
fn characters_the_fonts_lack_are_left_out_and_named() {
    let honey = PRODUCT.replace("Thịt dê xông khói", "Mật ong 🍯\\u0007 mới");
    let project = Project::new(&[
        ("communes/nhon-son/index.md", COMMUNE),
        ("producers/de-cuu/index.md", PRODUCER),
        ("products/mat-ong/index.md", honey.as_str()),
    ]);
    let (summary, files) = build(&project);
    assert_eq!(print_files(&files).len(), 5);
    assert!(
        summary.contains(
            &"print: left out of the PDFs, as the print fonts cannot draw them (1 character(s), e.g. emoji): 🍯 U+1F36F"
                .to_owned()
        ),
        "{summary:?}"
    );
}

#[test]
fn same_data_and_date_give_the_same_bytes() {
    let s = shipped();
    for doc in PrintDocument::all(&["vi".into(), "en".into()]) {
        let (again, diags) = print::render(&s.theme, &s.data, &doc);
        assert!(diags.is_empty(), "{diags:?}");
        assert!(
            again.unwrap() == s.pdfs[&doc.file_name()],
            "{} differs",
            doc.file_name()
        );
    }
}

/// The metadata a PDF carries: title, language, creator, creation date
/// from "today", and the PDF/A-2b identification (XMP).
#[test]
fn metadata_title_language_creator_date_and_pdf_a() {
    // The catalog dictionary and the XMP metadata are not compressed.
    let pdf = String::from_utf8_lossy(&shipped().pdfs["catalogue.en.pdf"]).into_owned();
    assert!(pdf.contains("<pdfaid:part>2</pdfaid:part>"), "PDF/A-2");
    assert!(
        pdf.contains("<pdfaid:conformance>B</pdfaid:conformance>"),
        "level B"
    );
    assert!(pdf.contains("/Lang(en)"), "document language");
    assert!(pdf.contains("<dc:language><rdf:Bag><rdf:li>en</rdf:li></rdf:Bag></dc:language>"));
    assert!(pdf.contains(
        "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">Ninh Sơn District OCOP Products – OCOP product catalogue</rdf:li>"
    ));
    assert!(pdf.contains("<xmp:CreatorTool>ocop 0.1.0 (Typst)</xmp:CreatorTool>"));
    // The build's today (29 November 2026), not the clock.
    assert!(pdf.contains("<xmp:CreateDate>2026-11-29T00:00:00+00:00</xmp:CreateDate>"));
    let vi = String::from_utf8_lossy(&shipped().pdfs["catalogue.vi.pdf"]).into_owned();
    assert!(vi.contains("/Lang(vi)"));
    let cards = String::from_utf8_lossy(&shipped().pdfs["shelf-cards.pdf"]).into_owned();
    assert!(
        cards.contains("/Lang(vi)"),
        "the cards are in the default language"
    );
}

#[test]
fn the_cache_key_follows_the_inputs() {
    let s = shipped();
    let doc = PrintDocument::ShelfCards;
    let key = print::cache_key(&s.theme, &s.data, &doc);
    assert_eq!(key, print::cache_key(&s.theme, &s.data, &doc));
    assert_ne!(
        key,
        print::cache_key(&s.theme, &s.data, &PrintDocument::Catalogue("vi".into()))
    );
    // A changed price changes the key of the documents that show it.
    let mut changed = s.data.clone();
    changed.editions[0].groups[0].products[0].price = Some(Price {
        vnd: 1,
        text: "1 ₫".into(),
    });
    assert_ne!(key, print::cache_key(&s.theme, &changed, &doc));
    // So does another day (the PDF's date), and another photo.
    let mut later = s.data.clone();
    later.today = jiff::civil::date(2026, 11, 30);
    assert_ne!(key, print::cache_key(&s.theme, &later, &doc));
    let mut photo = s.data.clone();
    photo.photos.values_mut().next().unwrap().key[0] ^= 1;
    assert_ne!(key, print::cache_key(&s.theme, &photo, &doc));
}

#[test]
fn every_photo_is_a_cached_variant_never_an_original() {
    let s = shipped();
    // 23 product photos and 2 tourism photos, all in the image cache; the
    // two melons of Mỹ Sơn share one photo, as do the two of Quảng Sơn
    // (byte-identical files), so the PDFs hold 23 different ones.
    assert_eq!(s.data.photos.len(), 23);
    for photo in s.data.photos.values() {
        assert!(
            photo.file.starts_with(repo().join(".ocop-cache/images")),
            "{:?}",
            photo.file
        );
        let bytes = std::fs::read(&photo.file).unwrap();
        // A JPEG without an APP1 (EXIF) segment.
        assert!(bytes.starts_with(&[0xFF, 0xD8]));
        assert!(!bytes.windows(6).any(|w| w == b"Exif\0\0"));
    }
}

/// A template error is reported with its template, line and column, and
/// no PDF is made; a missing template is named by the check.
#[test]
fn a_template_error_names_the_template_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let print_dir = dir.path().join("themes/default/print");
    std::fs::create_dir_all(print_dir.join("fonts")).unwrap();
    for entry in std::fs::read_dir(repo().join("themes/default/print/fonts")).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(
            entry.path(),
            print_dir.join("fonts").join(entry.file_name()),
        )
        .unwrap();
    }
    std::fs::write(
        print_dir.join("price-list.typ"),
        // The unknown field starts at line 3, column 9 ("  #data." before it).
        "#let data = json(\"/data.json\")\nTitle\n  #data.nothing-here\n",
    )
    .unwrap();
    let theme = PrintTheme::load(dir.path(), Path::new(DEFAULT_THEME)).unwrap();
    let (pdf, diags) = print::render(
        &theme,
        &shipped().data,
        &PrintDocument::PriceList("vi".into()),
    );
    assert!(pdf.is_none());
    let error = &diags[0];
    assert_eq!(error.code, "template-error");
    assert_eq!(
        error.file.as_deref(),
        Some(Path::new("themes/default/print/price-list.typ"))
    );
    assert_eq!(
        error.message(Lang::En),
        "cannot make price-list.vi.pdf: dictionary does not contain key \"nothing-here\" (line 3, column 9)"
    );
    assert_eq!(
        error.message(Lang::Vi),
        "không làm được price-list.vi.pdf: dictionary does not contain key \"nothing-here\" (dòng 3, cột 9)"
    );
    // A theme without the shelf cards' template says so.
    let (pdf, diags) = print::render(&theme, &shipped().data, &PrintDocument::ShelfCards);
    assert!(pdf.is_none());
    assert_eq!(diags[0].code, "missing-template");
    assert_eq!(
        diags[0].message(Lang::Vi),
        "giao diện không có mẫu bản in shelf-cards.typ"
    );
    assert_eq!(
        diags[0].help_text(Lang::En).as_deref(),
        Some("copy it from the ocop repository's themes/default/print/")
    );
}

/// A project whose layouts folder has no fonts: `check` (and so `build`)
/// stops with an error naming the folder.
#[test]
fn layouts_without_fonts_stop_the_check() {
    let project = Project::new(&[
        ("communes/nhon-son/index.md", COMMUNE),
        ("producers/de-cuu/index.md", PRODUCER),
        ("products/thit-de/index.md", PRODUCT),
    ]);
    std::fs::remove_dir_all(project.root().join("themes/default/print/fonts")).unwrap();
    std::fs::create_dir(project.root().join("themes/default/print/fonts")).unwrap();
    let report = ocop::check(&project.options());
    let found: Vec<(String, String)> = report
        .diagnostics
        .items()
        .iter()
        .filter(|d| d.severity == ocop::diagnostics::Severity::Error)
        .map(|d| {
            (
                d.code.to_string(),
                ocop::diagnostics::display_path(d.file.as_deref().unwrap()),
            )
        })
        .collect();
    assert_eq!(
        found,
        [(
            "missing-font".to_owned(),
            "themes/default/print/fonts".to_owned()
        )]
    );
    assert!(ocop::build::render_to_memory(&project.options()).is_err());
}

// ---------------------------------------------------------------------------
// `ocop print`: a fair's own documents and products, in a folder of its own.

/// Three published products (Thịt dê xông khói, Thịt cừu xông khói, Mật ong
/// rừng) and a draft (`nhap`).
fn fair_project() -> Project {
    let cuu = PRODUCT.replace("Thịt dê xông khói", "Thịt cừu xông khói");
    let honey = PRODUCT.replace("Thịt dê xông khói", "Mật ong rừng");
    let draft = PRODUCT
        .replace("Thịt dê xông khói", "Bản nháp")
        .replace("\n+++\nThịt", "\ndraft = true\n+++\nThịt");
    Project::new(&[
        ("communes/nhon-son/index.md", COMMUNE),
        ("producers/de-cuu/index.md", PRODUCER),
        ("products/thit-de/index.md", PRODUCT),
        ("products/thit-cuu/index.md", cuu.as_str()),
        ("products/mat-ong/index.md", honey.as_str()),
        ("products/nhap/index.md", draft.as_str()),
    ])
}

/// Runs `ocop print --today 2026-11-29 --root <project> <args>` (English
/// messages).
fn ocop_print(project: &Project, args: &[&str]) -> std::process::Output {
    ocop_command()
        .args(["print", "--today", "2026-11-29", "--root"])
        .arg(project.root())
        .args(args)
        .output()
        .unwrap()
}

/// The names of the files in `dir`, sorted.
fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// `--only cards --products a,b --out DIR`: exactly shelf-cards.pdf in
/// DIR, the user's own file there untouched, no build output; the second
/// run takes the PDF from the cache.
#[test]
fn print_makes_only_the_chosen_documents_into_out() {
    let project = fair_project();
    let out = project.root().join("hoi-cho");
    std::fs::create_dir(&out).unwrap();
    std::fs::write(out.join("ghi-chu.txt"), "của tôi").unwrap();
    let args = [
        "--only",
        "cards",
        "--products",
        "thit-de,mat-ong",
        "--out",
        out.to_str().unwrap(),
    ];
    let run = ocop_print(&project, &args);
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(0), "{stderr}");
    assert_eq!(names_in(&out), ["ghi-chu.txt", "shelf-cards.pdf"]);
    assert_eq!(
        std::fs::read_to_string(out.join("ghi-chu.txt")).unwrap(),
        "của tôi"
    );
    assert!(!project.root().join("output").exists());
    assert!(!project.root().join("print").exists());
    let stdout = String::from_utf8(run.stdout).unwrap();
    assert_eq!(
        stdout.lines().collect::<Vec<_>>(),
        [
            "print: shelf-cards.pdf (1 made now; 0 taken from an earlier run with the same content, already up to date)".to_owned(),
            format!(
                "print pack made for 2 product(s): shelf-cards.pdf (open them to print); written to {}",
                out.display()
            ),
            format!(
                "these print versions are in {}; the print folder in output holds the build's print versions with every product",
                out.display()
            )
        ]
    );
    // The feeds' warnings are no concern of a print run (check has them);
    // the example base_url gets the last word.
    let check = Command::new(env!("CARGO_BIN_EXE_ocop"))
        .args(["--lang", "en", "check", "--root"])
        .arg(project.root())
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&check.stderr).contains("warning[not-in-feeds]"));
    assert!(!stderr.contains("not-in-feeds"), "{stderr}");
    assert!(
        stderr.trim_end().ends_with(
            "NOTE: base_url in content/site.toml is still an example address (the \
             example-base-url warning above): the QR codes on the printed pages will open \
             nothing. Fix base_url and run the command again before printing."
        ),
        "{stderr}"
    );
    let first = std::fs::read(out.join("shelf-cards.pdf")).unwrap();
    assert!(first.starts_with(b"%PDF-"));
    let again = ocop_print(&project, &args);
    let stdout = String::from_utf8(again.stdout).unwrap();
    assert!(
        stdout.starts_with("print: shelf-cards.pdf (0 made now; 1 taken from an earlier run with the same content, already up to date)\n"),
        "{stdout}"
    );
    assert_eq!(std::fs::read(out.join("shelf-cards.pdf")).unwrap(), first);
}

/// Without --out, `<root>/print/`; `--only` repeated; every product; both
/// languages of the catalogue and the price list, whatever `[print]`
/// says (those are the build's settings).
#[test]
fn print_writes_into_root_print_by_default() {
    let project = fair_project();
    let site = std::fs::read_to_string(project.root().join("content/site.toml")).unwrap();
    project.write(
        "site.toml",
        &format!("{site}[print]\nenabled = false\nmax_products = 1\n"),
    );
    let run = ocop_print(&project, &["--only", "prices", "--only", "catalogue"]);
    assert_eq!(
        run.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let out = project.root().join("print");
    assert_eq!(
        names_in(&out),
        [
            "catalogue.en.pdf",
            "catalogue.vi.pdf",
            "price-list.en.pdf",
            "price-list.vi.pdf"
        ]
    );
    let stdout = String::from_utf8(run.stdout).unwrap();
    assert!(
        stdout.contains(&format!(
            "print pack made for 3 product(s): catalogue.vi.pdf, catalogue.en.pdf, price-list.vi.pdf, price-list.en.pdf (open them to print); written to {}",
            out.display()
        )),
        "{stdout}"
    );
}

/// An unknown slug is named with the nearest one, a draft is called a
/// draft, in the user's language; nothing is written; exit status 1.
#[test]
fn print_names_an_unknown_or_draft_product() {
    let project = fair_project();
    let out = project.root().join("hoi-cho");
    let run = ocop_print(
        &project,
        &[
            "--products",
            "thit-de, mat-ongg,nhap",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(run.status.code(), Some(1));
    let stderr = String::from_utf8(run.stderr).unwrap();
    for expected in [
        "error[unknown-product]: --products names \"mat-ongg\", but there is no published product content/products/mat-ongg/",
        "did you mean \"mat-ong\"?",
        "error[unknown-product]: --products names \"nhap\", a draft (draft = true): drafts are not printed",
        // Warnings: a missing English translation for each of the six
        // records, no photo for the three published products, the draft,
        // the example base_url.
        &format!(
            "error: 2 error(s) above, so nothing was written to {} (11 warning(s))",
            out.display()
        ),
    ] {
        assert!(stderr.contains(expected), "{expected:?} not in:\n{stderr}");
    }
    // The errors come after the warnings, next to the prompt.
    let last_warning = stderr.rfind("warning[").expect("warnings");
    let first_error = stderr.find("error[").expect("errors");
    assert!(last_warning < first_error, "{stderr}");
    assert!(!out.exists());
    assert!(String::from_utf8(run.stdout).unwrap().is_empty());
    let vi = Command::new(env!("CARGO_BIN_EXE_ocop"))
        .args(["--lang", "vi", "print", "--root"])
        .arg(project.root())
        .args(["--products", "mat-ongg"])
        .output()
        .unwrap();
    assert_eq!(vi.status.code(), Some(1));
    let stderr = String::from_utf8(vi.stderr).unwrap();
    assert!(
        stderr.contains("error[unknown-product]: --products ghi \"mat-ongg\", nhưng không có thư mục sản phẩm content/products/mat-ongg/")
            && stderr.contains("có phải bạn định viết \"mat-ong\" không?"),
        "{stderr}"
    );
    assert!(!project.root().join("print").exists());
}

// ---------------------------------------------------------------------------
// Reading the PDFs back with poppler-utils.

/// `pdftotext` of a PDF (UTF-8), with `-layout` or in reading order.
fn pdftotext(pdf: &[u8], layout: bool) -> String {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("in.pdf");
    std::fs::write(&file, pdf).unwrap();
    let mut cmd = Command::new("pdftotext");
    cmd.args(["-enc", "UTF-8"]);
    if layout {
        cmd.arg("-layout");
    }
    let out = cmd
        .arg(&file)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    assert!(out.status.success());
    String::from_utf8(out.stdout).expect("pdftotext writes UTF-8")
}

/// The text of a PDF in reading order, whitespace runs collapsed to one
/// space.
fn pdf_text(pdf: &[u8]) -> String {
    collapse(&pdftotext(pdf, false))
}

fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
#[ignore = "needs poppler-utils"]
fn every_product_name_prints_exactly_in_both_catalogues() {
    let s = shipped();
    for lang in ["vi", "en"] {
        let text = pdf_text(&s.pdfs[&format!("catalogue.{lang}.pdf")]);
        // Composed (NFC) letters, as the records hold them.
        assert_eq!(ocop::text::nfc(&text), text.as_str());
        for p in products(&s.data, lang) {
            assert!(
                text.contains(&collapse(&p.name)),
                "{lang}: {:?} is not in the catalogue",
                p.name
            );
            if let Some(other) = &p.other_name {
                assert!(
                    text.contains(&collapse(other)),
                    "{lang}: {other:?} is not in the catalogue"
                );
            }
            if let Some(price) = &p.price {
                assert!(
                    text.contains(&price.text.replace('\u{a0}', " ")),
                    "{lang}: {}",
                    price.text
                );
            }
        }
    }
    let vi = pdf_text(&s.pdfs["catalogue.vi.pdf"]);
    // Cover, contents and index, in Vietnamese.
    for expected in [
        "DANH MỤC SẢN PHẨM OCOP",
        // The title, then only the province it does not name; no big year
        // (no `[print] year`), the date of the update.
        "DANH MỤC SẢN PHẨM OCOP Sản phẩm OCOP huyện Ninh Sơn Tỉnh Ninh Thuận Cập nhật ngày 29/11/2026",
        "Mục lục",
        "1. Thực phẩm",
        "17 sản phẩm",
        "Điểm du lịch",
        "Tra cứu theo xã",
        "Sản phẩm OCOP 4 sao",
        "9168/QĐ-UBND, 28/12/2023",
        "Hiệu lực đến 28/12/2026",
        "Đã hết hiệu lực từ 26/12/2025",
        "280.000 ₫ / gói 500 g",
        "Dữ liệu mẫu",
        // Contents: look-alike products told apart, no nested brackets.
        "Dưa lưới – Xã Mỹ Sơn · quả 1,5–2 kg",
        "Dưa lưới – Xã Quảng Sơn · quả 1,5–2 kg",
        "Thịt gà · con làm sẵn 1,5–1,8 kg",
        "Quét mã để xem trên điện thoại",
    ] {
        assert!(
            vi.contains(expected),
            "{expected:?} is not in the Vietnamese catalogue"
        );
    }
    for unwanted in ["((", "Xã, thị trấn:", "Quét để mở trang sản phẩm"] {
        assert!(!vi.contains(unwanted), "{unwanted:?} in {vi}");
    }
    let en = pdf_text(&s.pdfs["catalogue.en.pdf"]);
    for expected in [
        "Scan to open on your phone",
        "Updated 29 November 2026",
        "₫280,000 / 500 g pack",
        "Index by commune",
        "Sample data",
    ] {
        assert!(
            en.contains(expected),
            "{expected:?} is not in the English catalogue"
        );
    }
}

#[test]
#[ignore = "needs poppler-utils"]
fn the_price_lists_list_every_priced_product_once() {
    let s = shipped();
    for lang in ["vi", "en"] {
        let text = pdf_text(&s.pdfs[&format!("price-list.{lang}.pdf")]);
        for p in products(&s.data, lang) {
            assert!(text.contains(&collapse(&p.name)), "{lang}: {:?}", p.name);
            if let Some(price) = &p.price {
                assert!(
                    text.contains(&price.text.replace('\u{a0}', " ")),
                    "{lang}: {}",
                    price.text
                );
            }
        }
    }
    // One row a product: name over unit and producer, with the commune and
    // the price between them.
    let vi = pdftotext(&s.pdfs["price-list.vi.pdf"], true);
    // The title, then only what it does not say, in lower case.
    assert!(
        collapse(&vi).contains(
            "Bảng giá sản phẩm OCOP Sản phẩm OCOP huyện Ninh Sơn, tỉnh Ninh Thuận Cập nhật ngày 29/11/2026"
        ),
        "{vi}"
    );
    let lines: Vec<&str> = vi.lines().collect();
    let row = lines
        .iter()
        .position(|l| l.contains("Thịt dê xông khói"))
        .unwrap();
    let middle = collapse(lines[row + 1]);
    assert_eq!(middle, "15 Xã Nhơn Sơn 280.000 ₫");
    assert_eq!(
        collapse(lines[row + 2]),
        "gói 500 g · Tổ hợp tác chăn nuôi dê cừu Nhơn Sơn"
    );
    // The two products without a price (buoi, xoai) say so.
    assert_eq!(
        vi.lines().filter(|l| l.contains("Liên hệ")).count(),
        2,
        "{vi}"
    );
    let en = pdftotext(&s.pdfs["price-list.en.pdf"], true);
    assert_eq!(
        en.lines().filter(|l| l.contains("On request")).count(),
        2,
        "{en}"
    );
}

/// What the shelf cards print for a product without a price (the
/// producer's phone, else "Giá: hỏi tại quầy"; the English under it, not
/// run together on one line) and for names with an emoji (left out, one
/// space left) or made only of emoji ("�", not nothing).
#[test]
#[ignore = "needs poppler-utils"]
fn shelf_cards_of_awkward_products() {
    let no_price = PRODUCT
        .replace("Thịt dê xông khói", "Bưởi")
        .replace("price = 250000\n", "");
    let honey = PRODUCT.replace("Thịt dê xông khói", "Mật ong 🍯 mới");
    let emoji = PRODUCT.replace("Thịt dê xông khói", "👨\u{200d}👩\u{200d}👧");
    let with_phone = PRODUCER.replace("commune = ", "phone = \"0912 345 678\"\ncommune = ");
    let mango = no_price
        .replace("Bưởi", "Xoài")
        .replace("producer = \"de-cuu\"", "producer = \"xoai\"");
    let project = Project::new(&[
        ("communes/nhon-son/index.md", COMMUNE),
        ("producers/de-cuu/index.md", PRODUCER),
        ("producers/xoai/index.md", with_phone.as_str()),
        ("products/xoai/index.md", mango.as_str()),
        ("products/buoi/index.md", no_price.as_str()),
        ("products/mat-ong/index.md", honey.as_str()),
        ("products/gia-dinh/index.md", emoji.as_str()),
    ]);
    let (_, files) = build(&project);
    let cards = pdf_text(&print_files(&files)["shelf-cards.pdf"]);
    // Two cards side by side: pdftotext reads across them.
    assert!(
        cards.contains("Giá: hỏi tại quầy Price: ask at the stand"),
        "{cards}"
    );
    assert!(!cards.contains("quầy · Price"), "{cards}");
    assert!(cards.contains("Giá: liên hệ 0912 345 678"), "{cards}");
    assert!(cards.contains("Price: call 0912 345 678"), "{cards}");
    assert!(
        // Beside it the mango's card: pdftotext reads across both.
        cards.contains("Mật ong mới Xoài Xã Nhơn Sơn Xã Nhơn Sơn 250.000 ₫"),
        "{cards}"
    );
    assert!(cards.split(' ').any(|w| w == "\u{fffd}"), "{cards}");
}

#[test]
#[ignore = "needs poppler-utils"]
fn every_font_is_embedded() {
    for (name, pdf) in &shipped().pdfs {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join(name);
        std::fs::write(&file, pdf).unwrap();
        let out = Command::new("pdffonts").arg(&file).output().unwrap();
        assert!(out.status.success());
        let listing = String::from_utf8(out.stdout).unwrap();
        let fonts: Vec<&str> = listing.lines().skip(2).collect();
        assert!(!fonts.is_empty(), "{name} has fonts");
        for line in fonts {
            // name type encoding emb sub uni object ID
            let cols: Vec<&str> = line.split_whitespace().collect();
            let n = cols.len();
            assert_eq!(&cols[n - 5..n - 2], ["yes", "yes", "yes"], "{name}: {line}");
            assert!(cols[0].contains("NotoSans"), "{name}: {line}");
        }
    }
}

#[test]
#[ignore = "needs poppler-utils"]
fn every_shelf_card_qr_code_decodes_to_its_product_page() {
    let s = shipped();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("cards.pdf");
    std::fs::write(&file, &s.pdfs["shelf-cards.pdf"]).unwrap();
    let status = Command::new("pdftoppm")
        .args(["-r", "150", "-gray", "-png"])
        .arg(&file)
        .arg(dir.path().join("page"))
        .status()
        .unwrap();
    assert!(status.success());
    let mut pages: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "png"))
        .collect();
    pages.sort();
    // 23 cards, four to a sheet.
    assert_eq!(pages.len(), 6);
    let mut decoded = Vec::new();
    for page in &pages {
        let img = image::open(page).unwrap().to_luma8();
        let (w, h) = (img.width() as usize, img.height() as usize);
        let mut prepared = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| {
            img.get_pixel(x as u32, y as u32)[0]
        });
        let grids = prepared.detect_grids();
        for grid in grids {
            decoded.push(grid.decode().expect("the code decodes").1);
        }
    }
    decoded.sort();
    let mut expected: Vec<String> = products(&s.data, "vi")
        .iter()
        .map(|p| format!("https://ocop-ninhson.example.com/products/{}/", p.slug))
        .collect();
    expected.sort();
    assert_eq!(decoded, expected);
}

/// A product whose name and texts hold Typst markup, HTML and all 134
/// composed Vietnamese letters: printed as written, and a fair price.
#[test]
#[ignore = "needs poppler-utils"]
fn hostile_names_and_every_vietnamese_letter_print_literally() {
    // Short enough to stay on one line of the price list's table.
    const HOSTILE: &str = "#set text(red) *đậm* $x$ ] </script>";
    // More markup, in the summary (catalogue only).
    const MARKUP: &str = "_nghiêng_ [ @ref <nhãn> \\\\ `mã` // chú thích #eval(\"1\")";
    // The 134 precomposed letters of Vietnamese: ă â đ ê ô ơ ư and the
    // five tones of a ă â e ê i o ô ơ u ư y, in both cases.
    const LOWER: [&str; 13] = [
        "àáảãạ",
        "ăằắẳẵặ",
        "âầấẩẫậ",
        "đ",
        "èéẻẽẹ",
        "êềếểễệ",
        "ìíỉĩị",
        "òóỏõọ",
        "ôồốổỗộ",
        "ơờớởỡợ",
        "ùúủũụ",
        "ưừứửữự",
        "ỳýỷỹỵ",
    ];
    let words: Vec<String> = LOWER
        .iter()
        .flat_map(|w| [w.to_string(), w.to_uppercase()])
        .collect();
    assert_eq!(words.iter().map(|w| w.chars().count()).sum::<usize>(), 134);
    let letters = format!("{MARKUP} {}", words.join(" "));
    let hostile_product = format!(
        "+++\nname = {name}\nsummary = {summary}\ngroup = \"food\"\nproducer = \"de-cuu\"\ncommune = \"nhon-son\"\nprice = 250000\nunit = \"hộp $5$\"\n+++\nThân bài.\n",
        name = toml_string(HOSTILE),
        summary = toml_string(&letters),
    );
    let project = Project::new(&[
        ("communes/nhon-son/index.md", COMMUNE),
        ("producers/de-cuu/index.md", PRODUCER),
        ("products/thit-de/index.md", PRODUCT),
        ("products/hostile/index.md", &hostile_product),
    ]);
    // The build's PDFs show the names as written…
    let (_, built) = build(&project);
    let built = print_files(&built);
    assert_eq!(built.len(), 5);
    for (name, pdf) in &built {
        let text = pdf_text(pdf);
        assert!(bare(&text).contains(&bare(HOSTILE)), "{name}: {text}");
    }
    // …and so do they with a fair price on the shelf card.
    let mut data = print::gather(&site_of(project.root()), &Selection::every());
    // The content format has no sale price yet: set one as a later issue
    // will, to see the shelf card's fair price.
    for edition in &mut data.editions {
        for g in &mut edition.groups {
            for p in &mut g.products {
                if p.slug == "hostile" {
                    p.sale_price = Some(Price {
                        vnd: 199_000,
                        text: ocop::text::format_price(199_000, &edition.lang),
                    });
                }
            }
        }
    }
    let theme = PrintTheme::load(project.root(), Path::new(DEFAULT_THEME)).unwrap();
    let docs = PrintDocument::all(&["vi".into(), "en".into()]);
    let pdfs: Vec<(PrintDocument, Vec<u8>)> = docs
        .iter()
        .cloned()
        .zip(print::render_all(&theme, &data, &docs))
        .map(|(doc, (pdf, diags))| {
            assert!(diags.is_empty(), "{diags:#?}");
            (doc, pdf.unwrap())
        })
        .collect();
    for (doc, pdf) in &pdfs {
        let text = pdf_text(pdf);
        assert!(
            bare(&text).contains(&bare(HOSTILE)),
            "{}: {text}",
            doc.file_name()
        );
        assert!(text.contains("hộp $5$"), "{}", doc.file_name());
        if let PrintDocument::Catalogue(_) = doc {
            assert!(
                bare(&text).contains(&bare(MARKUP)),
                "{}: {text}",
                doc.file_name()
            );
            for word in &words {
                assert!(text.contains(word.as_str()), "{}: {word}", doc.file_name());
            }
        }
    }
    let cards = pdf_text(
        &pdfs
            .iter()
            .find(|(d, _)| *d == PrintDocument::ShelfCards)
            .unwrap()
            .1,
    );
    assert!(
        cards
            .contains("Giá hội chợ · Fair price 199.000 ₫ Giá niêm yết · Regular price: 250.000 ₫"),
        "{cards}"
    );
}

/// `s` without white space: a long name wraps (after "</", say).
fn bare(s: &str) -> String {
    s.split_whitespace().collect()
}

fn toml_string(s: &str) -> String {
    toml::Value::String(s.to_owned()).to_string()
}

/// `ocop print --only cards --products thit-de,mat-ong`: the cards of
/// exactly those two products, not of the third.
#[test]
#[ignore = "needs poppler-utils"]
fn print_cards_hold_exactly_the_chosen_products() {
    let project = fair_project();
    let out = project.root().join("hoi-cho");
    let run = ocop_print(
        &project,
        &[
            "--only",
            "cards",
            "--products",
            "thit-de,mat-ong",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert_eq!(run.status.code(), Some(0));
    let text = pdf_text(&std::fs::read(out.join("shelf-cards.pdf")).unwrap());
    assert!(text.contains("Thịt dê xông khói"), "{text}");
    assert!(text.contains("Mật ong rừng"), "{text}");
    assert!(!text.contains("Thịt cừu"), "{text}");
    assert!(!text.contains("Bản nháp"), "{text}");
}
