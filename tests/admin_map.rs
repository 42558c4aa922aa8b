//! Today's administrative map in the content (issue #15, step 1): former
//! units (`merged_into`, `merged_on`), `former_commune`, the `special_zone`
//! kind, and what `check` says about them, in both languages. Every expected
//! text, line and column is worked out by hand from the records below.

mod common;

use common::*;
use ocop::messages::Lang;
use serde_json::{Value, json};

/// A one-language site on a real address, so nothing else is translated.
const SITE: &str =
    "title = \"Thử nghiệm\"\nbase_url = \"https://ocop.ninhson.gov.vn\"\nlanguages = [\"vi\"]\n";

/// Xã Anh Dũng, a current unit of Khánh Hòa (Resolution 1667/NQ-UBTVQH15).
const ANH_DUNG: &str =
    "+++\nname = \"Xã Anh Dũng\"\nkind = \"commune\"\nprovince = \"Tỉnh Khánh Hòa\"\n+++\nXã.\n";

/// Xã Ma Nới, merged into Anh Dũng on 1 July 2025: `merged_into` on line 5
/// (its value's quote in column 15), `merged_on` on line 6 (column 13).
const MA_NOI: &str = "+++\nname = \"Xã Ma Nới\"\nkind = \"commune\"\nprovince = \"Tỉnh Ninh Thuận\"\nmerged_into = \"anh-dung\"\nmerged_on = 2025-07-01\n+++\nXã cũ.\n";

/// Xã Hòa Sơn, merged into Anh Dũng too.
const HOA_SON: &str = "+++\nname = \"Xã Hòa Sơn\"\nkind = \"commune\"\nprovince = \"Tỉnh Ninh Thuận\"\nmerged_into = \"anh-dung\"\nmerged_on = 2025-07-01\n+++\nXã cũ.\n";

/// Xã Lâm Sơn, which kept its name: a current unit.
const LAM_SON: &str =
    "+++\nname = \"Xã Lâm Sơn\"\nkind = \"commune\"\nprovince = \"Tỉnh Khánh Hòa\"\n+++\nXã.\n";

/// A product whose lines from line 4 on are `lines`: `commune = "` puts
/// the value's quote in column 11, `former_commune = "` in column 18.
fn product(lines: &str) -> String {
    format!("+++\nname = \"Hạt điều rang muối\"\ngroup = \"food\"\n{lines}\n+++\nHạt điều.\n")
}

/// A commune record `name` of `kind` with `more` lines after `kind` (line 3).
fn commune(name: &str, kind: &str, more: &str) -> String {
    format!("+++\nname = \"{name}\"\nkind = \"{kind}\"\n{more}+++\nXã.\n")
}

const PRODUCT_FILE: &str = "content/products/hat-dieu/index.md";

/// The Ma Nới catalogue: Anh Dũng, Hòa Sơn and Ma Nới, and a product with
/// the given lines.
fn ma_noi_catalogue(product_lines: &str) -> Project {
    Project::new(&[
        ("site.toml", SITE),
        ("communes/anh-dung/index.md", ANH_DUNG),
        ("communes/ma-noi/index.md", MA_NOI),
        ("communes/hoa-son/index.md", HOA_SON),
        ("products/hat-dieu/index.md", &product(product_lines)),
    ])
}

/// The codes of this rules, and `unknown-reference`.
const MAP_CODES: &[&str] = &[
    "incomplete-merger",
    "current-township",
    "unknown-reference",
    "merger-cycle",
    "former-commune-mismatch",
    "former-commune-current",
    "former-unit",
    "abolished-unit",
];

/// The diagnostics of `check` in `lang` whose code is one of [`MAP_CODES`],
/// as `check --format json` writes them.
fn map_report(project: &Project, lang: Lang) -> Vec<Value> {
    let report = ocop::check(&project.options());
    let mut out = Vec::new();
    report.diagnostics.emit_json(&mut out, lang).unwrap();
    String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .filter(|v| MAP_CODES.contains(&v["code"].as_str().unwrap()))
        .collect()
}

/// A diagnostic as `check --format json` gives it.
fn diag(
    severity: &str,
    code: &str,
    file: &str,
    at: Option<(u64, u64)>,
    message: &str,
    help: &str,
) -> Value {
    json!({
        "severity": severity,
        "code": code,
        "file": file,
        "line": at.map(|a| a.0),
        "column": at.map(|a| a.1),
        "message": message,
        "help": help,
    })
}

/// The catalogue `check` builds for `project` (its diagnostics left out).
fn catalog(project: &Project) -> ocop::model::Catalog {
    let mut diags = ocop::diagnostics::Diagnostics::new();
    let content = ocop::content::load(project.root(), &mut diags);
    ocop::model::resolve(&content, None, today(), &mut diags).unwrap()
}

fn slugs(communes: Vec<&ocop::model::Commune>) -> Vec<&str> {
    communes.iter().map(|c| c.slug.as_str()).collect()
}

#[test]
fn a_ma_noi_product_gets_former_unit_naming_anh_dung_and_the_date() {
    let project = ma_noi_catalogue("commune = \"ma-noi\"");
    assert_eq!(
        map_report(&project, Lang::En),
        [diag(
            "warning",
            "former-unit",
            PRODUCT_FILE,
            Some((4, 11)),
            "commune = \"ma-noi\" names Xã Ma Nới, a former unit: since 01/07/2025 it is part of Xã Anh Dũng",
            "write commune = \"anh-dung\" and former_commune = \"ma-noi\" (to keep the unit it was recorded under)",
        )]
    );
    assert_eq!(
        map_report(&project, Lang::Vi),
        [diag(
            "warning",
            "former-unit",
            PRODUCT_FILE,
            Some((4, 11)),
            "commune = \"ma-noi\" ghi Xã Ma Nới, là đơn vị cũ: từ ngày 01/07/2025 đã thuộc Xã Anh Dũng",
            "sửa thành commune = \"anh-dung\" và thêm dòng former_commune = \"ma-noi\" (để ghi lại xã, phường cũ)",
        )]
    );
    assert_eq!(ocop::check(&project.options()).diagnostics.error_count(), 0);
}

#[test]
fn a_producer_in_a_former_unit_is_told_only_the_commune_line() {
    let project = ma_noi_catalogue("commune = \"anh-dung\"");
    project.write(
        "producers/dieu/index.md",
        "+++\nname = \"Tổ hợp tác điều\"\nkind = \"cooperative_group\"\ncommune = \"ma-noi\"\n+++\nTổ.\n",
    );
    let expected = |lang, message: &str, help: &str| {
        (
            lang,
            vec![diag(
                "warning",
                "former-unit",
                "content/producers/dieu/index.md",
                Some((4, 11)),
                message,
                help,
            )],
        )
    };
    for (lang, want) in [
        expected(
            Lang::En,
            "commune = \"ma-noi\" names Xã Ma Nới, a former unit: since 01/07/2025 it is part of Xã Anh Dũng",
            "write commune = \"anh-dung\" (and the address with the new name)",
        ),
        expected(
            Lang::Vi,
            "commune = \"ma-noi\" ghi Xã Ma Nới, là đơn vị cũ: từ ngày 01/07/2025 đã thuộc Xã Anh Dũng",
            "sửa thành commune = \"anh-dung\" (và ghi địa chỉ theo tên mới)",
        ),
    ] {
        assert_eq!(map_report(&project, lang), want);
    }
}

#[test]
fn anh_dung_formerly_ma_noi_gets_nothing_and_the_model_knows_the_map() {
    let project = ma_noi_catalogue("commune = \"anh-dung\"\nformer_commune = \"ma-noi\"");
    assert_eq!(map_report(&project, Lang::En), Vec::<Value>::new());
    assert_eq!(ocop::check(&project.options()).diagnostics.error_count(), 0);
    let catalog = catalog(&project);
    let current = |slug| catalog.current_commune(slug).map(|c| c.slug.as_str());
    assert_eq!(current("ma-noi"), Some("anh-dung"));
    assert_eq!(current("hoa-son"), Some("anh-dung"));
    assert_eq!(current("anh-dung"), Some("anh-dung"));
    assert_eq!(current("lam-son"), None);
    // In Vietnamese order of their names: Hòa Sơn, then Ma Nới.
    assert_eq!(
        slugs(catalog.former_communes("anh-dung")),
        ["hoa-son", "ma-noi"]
    );
    assert!(catalog.former_communes("ma-noi").is_empty());
}

#[test]
fn a_chain_of_mergers_is_followed_to_the_current_unit() {
    let project = Project::new(&[
        ("site.toml", SITE),
        (
            "communes/a/index.md",
            &commune(
                "Xã An",
                "commune",
                "merged_into = \"b\"\nmerged_on = 2020-01-01\n",
            ),
        ),
        (
            "communes/b/index.md",
            &commune(
                "Xã Bình",
                "commune",
                "merged_into = \"c\"\nmerged_on = 2025-07-01\n",
            ),
        ),
        ("communes/c/index.md", &commune("Xã Cát", "commune", "")),
        ("products/hat-dieu/index.md", &product("commune = \"a\"")),
    ]);
    let catalog = catalog(&project);
    for slug in ["a", "b", "c"] {
        assert_eq!(catalog.current_commune(slug).unwrap().slug, "c", "{slug}");
    }
    assert_eq!(slugs(catalog.former_communes("c")), ["a", "b"]);
    assert!(catalog.former_communes("b").is_empty());
    // The warning names the end of the chain, and the day `a` was merged.
    assert_eq!(
        map_report(&project, Lang::En),
        [diag(
            "warning",
            "former-unit",
            PRODUCT_FILE,
            Some((4, 11)),
            "commune = \"a\" names Xã An, a former unit: since 01/01/2020 it is part of Xã Cát",
            "write commune = \"c\" and former_commune = \"a\" (to keep the unit it was recorded under)",
        )]
    );
}

#[test]
fn a_cycle_of_mergers_is_an_error_at_each_merged_into() {
    let project = Project::new(&[
        ("site.toml", SITE),
        (
            "communes/a/index.md",
            &commune(
                "Xã An",
                "commune",
                "merged_into = \"b\"\nmerged_on = 2025-07-01\n",
            ),
        ),
        (
            "communes/b/index.md",
            &commune(
                "Xã Bình",
                "commune",
                "merged_into = \"a\"\nmerged_on = 2025-07-01\n",
            ),
        ),
    ]);
    // `merged_into = "` on line 4: the quote is column 15.
    let cycle = |slug: &str, chain: &str, lang| {
        let (message, help) = match lang {
            Lang::En => (
                format!("the merged_into of \"{slug}\" goes round in a circle: {chain}"),
                "the unit that exists today ends the chain and has no merged_into: delete merged_into and merged_on from its record",
            ),
            Lang::Vi => (
                format!(
                    "dòng merged_into của \"{slug}\" đi thành vòng tròn, không dẫn tới đơn vị hiện nay: {chain}"
                ),
                "đơn vị đang tồn tại hiện nay là đơn vị cuối cùng và không có merged_into: xóa hai dòng merged_into và merged_on trong hồ sơ của đơn vị đó",
            ),
        };
        diag(
            "error",
            "merger-cycle",
            &format!("content/communes/{slug}/index.md"),
            Some((4, 15)),
            &message,
            help,
        )
    };
    for lang in [Lang::En, Lang::Vi] {
        assert_eq!(
            map_report(&project, lang),
            [cycle("a", "a → b → a", lang), cycle("b", "b → a → b", lang)]
        );
    }
    let catalog = catalog(&project);
    assert!(catalog.current_commune("a").is_none());
    assert!(catalog.former_communes("a").is_empty());
}

#[test]
fn a_missing_merger_target_is_an_unknown_reference_at_its_place() {
    let project = ma_noi_catalogue("commune = \"anh-dung\"");
    project.write(
        "communes/ma-noi/index.md",
        &MA_NOI.replace("\"anh-dung\"", "\"anh-dug\""),
    );
    project.write(
        "communes/hoa-son/index.md",
        &HOA_SON.replace("\"anh-dung\"", "\"thon-moi\""),
    );
    assert_eq!(
        map_report(&project, Lang::En),
        [
            diag(
                "error",
                "unknown-reference",
                "content/communes/hoa-son/index.md",
                Some((5, 15)),
                "`merged_into` names \"thon-moi\", but there is no content/communes/thon-moi/",
                "use the folder name of a record in content/communes/; if it has no record yet, create one with: ocop new commune \"Xã …\"",
            ),
            diag(
                "error",
                "unknown-reference",
                "content/communes/ma-noi/index.md",
                Some((5, 15)),
                "`merged_into` names \"anh-dug\", but there is no content/communes/anh-dug/",
                "did you mean \"anh-dung\"?",
            ),
        ]
    );
    let catalog = catalog(&project);
    assert!(catalog.current_commune("ma-noi").is_none());
}

#[test]
fn merged_into_and_merged_on_go_together() {
    let project = ma_noi_catalogue("commune = \"anh-dung\"");
    project.write(
        "communes/ma-noi/index.md",
        &MA_NOI.replace("merged_on = 2025-07-01\n", ""),
    );
    project.write(
        "communes/hoa-son/index.md",
        &HOA_SON.replace("merged_into = \"anh-dung\"\n", ""),
    );
    assert_eq!(
        map_report(&project, Lang::En),
        [
            // Hòa Sơn, no longer saying where it went, is also a current
            // record named after an abolished unit: the warning names the
            // `merged_into` to write.
            diag(
                "warning",
                "abolished-unit",
                "content/communes/hoa-son/index.md",
                None,
                "Xã Hòa Sơn no longer exists: since 01/07/2025 it is part of Xã Anh Dũng",
                "keep this record for the former unit: add merged_into = \"anh-dung\" and merged_on = 2025-07-01; products and producers there write commune = \"anh-dung\"",
            ),
            // `merged_on = ` on line 5: the date starts in column 13.
            diag(
                "error",
                "incomplete-merger",
                "content/communes/hoa-son/index.md",
                Some((5, 13)),
                "merged_on says when this unit was merged, but not into which unit",
                "add the line merged_into = \"…\" with the folder name (in content/communes/) of the commune or ward it became part of; if the unit still exists, delete the merged_on line",
            ),
            diag(
                "error",
                "incomplete-merger",
                "content/communes/ma-noi/index.md",
                Some((5, 15)),
                "merged_into = \"anh-dung\" says this unit was merged into another, but not since when",
                "add the line merged_on = 2025-07-01 (the day the merger took effect, without quotes)",
            ),
        ]
    );
    let vi = map_report(&project, Lang::Vi);
    assert_eq!(
        vi[2]["message"],
        "có dòng merged_into = \"anh-dung\" (đơn vị này đã sáp nhập vào đơn vị khác) nhưng chưa ghi từ ngày nào"
    );
    assert_eq!(
        vi[2]["help"],
        "thêm dòng merged_on = 2025-07-01 (ngày việc sáp nhập có hiệu lực, viết không có dấu nháy)"
    );
    assert_eq!(
        vi[1]["message"],
        "có dòng merged_on (ngày sáp nhập) nhưng chưa ghi đơn vị này sáp nhập vào đâu"
    );
}

#[test]
fn a_former_commune_whose_chain_ends_elsewhere_is_an_error() {
    let project = ma_noi_catalogue("commune = \"lam-son\"\nformer_commune = \"ma-noi\"");
    project.write("communes/lam-son/index.md", LAM_SON);
    let expected = [diag(
        "error",
        "former-commune-mismatch",
        PRODUCT_FILE,
        Some((5, 18)),
        "former_commune = \"ma-noi\" became part of Xã Anh Dũng (\"anh-dung\"), but commune = \"lam-son\"",
        "write commune = \"anh-dung\", or correct former_commune to a former unit of \"lam-son\"",
    )];
    assert_eq!(map_report(&project, Lang::En), expected);
    let vi = map_report(&project, Lang::Vi);
    assert_eq!(
        vi[0]["message"],
        "former_commune = \"ma-noi\" đã sáp nhập vào Xã Anh Dũng (\"anh-dung\"), nhưng commune lại ghi \"lam-son\""
    );
    assert_eq!(
        vi[0]["help"],
        "sửa thành commune = \"anh-dung\", hoặc sửa former_commune thành một xã, phường cũ đã sáp nhập vào \"lam-son\""
    );
}

#[test]
fn a_former_commune_naming_a_current_unit_is_an_error() {
    let project = ma_noi_catalogue("commune = \"anh-dung\"\nformer_commune = \"lam-son\"");
    project.write("communes/lam-son/index.md", LAM_SON);
    assert_eq!(
        map_report(&project, Lang::En),
        [diag(
            "error",
            "former-commune-current",
            PRODUCT_FILE,
            Some((5, 18)),
            "former_commune = \"lam-son\" names Xã Lâm Sơn, a unit that exists today (its record has no merged_into)",
            "former_commune names the unit a record was listed under before a merger: delete the line; if Xã Lâm Sơn was merged into another unit, add merged_into and merged_on to its record",
        )]
    );
    assert_eq!(
        map_report(&project, Lang::Vi)[0]["message"],
        "former_commune = \"lam-son\" ghi Xã Lâm Sơn, là đơn vị hiện nay vẫn còn (hồ sơ của nó không có merged_into)"
    );
}

#[test]
fn a_current_township_warns_and_a_former_one_does_not() {
    let project = Project::new(&[
        ("site.toml", SITE),
        (
            "communes/tan-son/index.md",
            &commune("Thị trấn Tân Sơn", "township", ""),
        ),
        (
            "communes/dao/index.md",
            &commune("Đặc khu Trường Sa", "special_zone", ""),
        ),
    ]);
    // `kind = "` on line 3: the quote is column 8.
    assert_eq!(
        map_report(&project, Lang::En),
        [diag(
            "warning",
            "current-township",
            "content/communes/tan-son/index.md",
            Some((3, 8)),
            "kind = \"township\": since 1 July 2025 there are no townships (thị trấn) any more",
            "if this township was merged into another unit, as most were, keep the kind and add merged_into = \"…\" and merged_on = 2025-07-01; if it is a unit of its own today, write kind = \"commune\" (xã) or kind = \"ward\" (phường)",
        )]
    );
    assert_eq!(
        map_report(&project, Lang::Vi),
        [diag(
            "warning",
            "current-township",
            "content/communes/tan-son/index.md",
            Some((3, 8)),
            "kind = \"township\" (thị trấn): từ ngày 01/07/2025 không còn thị trấn nữa",
            "nếu thị trấn này đã sáp nhập vào đơn vị khác (như phần lớn thị trấn) thì giữ nguyên kind và thêm hai dòng merged_into = \"…\" và merged_on = 2025-07-01; nếu nay là một đơn vị riêng thì ghi kind = \"commune\" (xã) hoặc kind = \"ward\" (phường)",
        )]
    );
    project.write(
        "communes/tan-son/index.md",
        &commune(
            "Thị trấn Tân Sơn",
            "township",
            "merged_into = \"dao\"\nmerged_on = 2025-07-01\n",
        ),
    );
    assert_eq!(map_report(&project, Lang::En), Vec::<Value>::new());
}

#[test]
fn a_commune_named_after_an_abolished_unit_warns_with_its_successor() {
    // Ma Nới without merged_into, and no record of Anh Dũng yet; Lâm Sơn
    // kept its name, so it gets nothing.
    let project = Project::new(&[
        ("site.toml", SITE),
        (
            "communes/ma-noi/index.md",
            &commune("Xã Ma Nới", "commune", "province = \"Tỉnh Ninh Thuận\"\n"),
        ),
        (
            "communes/lam-son/index.md",
            &commune("Xã Lâm Sơn", "commune", "province = \"Tỉnh Ninh Thuận\"\n"),
        ),
    ]);
    let file = "content/communes/ma-noi/index.md";
    assert_eq!(
        map_report(&project, Lang::En),
        [diag(
            "warning",
            "abolished-unit",
            file,
            None,
            "Xã Ma Nới no longer exists: since 01/07/2025 it is part of xã Anh Dũng",
            "keep this record for the former unit: add merged_into = \"anh-dung\" and merged_on = 2025-07-01, and create the record of xã Anh Dũng in content/communes/anh-dung/ (with its kind, name and province)",
        )]
    );
    assert_eq!(
        map_report(&project, Lang::Vi),
        [diag(
            "warning",
            "abolished-unit",
            file,
            None,
            "Xã Ma Nới không còn nữa: từ ngày 01/07/2025 đã thuộc xã Anh Dũng",
            "giữ hồ sơ này cho đơn vị cũ: thêm hai dòng merged_into = \"anh-dung\" và merged_on = 2025-07-01, rồi tạo hồ sơ của xã Anh Dũng trong thư mục content/communes/anh-dung/ (ghi kind, name và province)",
        )]
    );
    // Once Anh Dũng has a record, the warning names it and asks for no new one.
    project.write("communes/anh-dung/index.md", ANH_DUNG);
    assert_eq!(
        map_report(&project, Lang::En),
        [diag(
            "warning",
            "abolished-unit",
            file,
            None,
            "Xã Ma Nới no longer exists: since 01/07/2025 it is part of Xã Anh Dũng",
            "keep this record for the former unit: add merged_into = \"anh-dung\" and merged_on = 2025-07-01; products and producers there write commune = \"anh-dung\"",
        )]
    );
    assert_eq!(
        map_report(&project, Lang::Vi)[0]["help"],
        "giữ hồ sơ này cho đơn vị cũ: thêm hai dòng merged_into = \"anh-dung\" và merged_on = 2025-07-01; sản phẩm và chủ thể ở đó thì ghi commune = \"anh-dung\""
    );
}

#[test]
fn the_province_of_site_toml_is_used_when_the_commune_names_none() {
    let project = Project::new(&[
        (
            "site.toml",
            &format!("{SITE}province = \"Tỉnh Ninh Thuận\"\n"),
        ),
        (
            "communes/ma-noi/index.md",
            &commune("Xã Ma Nới", "commune", ""),
        ),
    ]);
    let report = map_report(&project, Lang::En);
    assert_eq!(report.len(), 1, "{report:#?}");
    assert_eq!(report[0]["code"], "abolished-unit");
    // Without any province, nothing is known about the name.
    let project = Project::new(&[
        ("site.toml", SITE),
        (
            "communes/ma-noi/index.md",
            &commune("Xã Ma Nới", "commune", ""),
        ),
    ]);
    assert_eq!(map_report(&project, Lang::En), Vec::<Value>::new());
}

#[test]
fn a_missing_commune_named_like_a_former_unit_says_which_current_unit_to_use() {
    // No Ma Nới record: the table says Ma Nới is now Anh Dũng, whose record
    // exists.
    let project = Project::new(&[
        ("site.toml", SITE),
        ("communes/anh-dung/index.md", ANH_DUNG),
        (
            "products/hat-dieu/index.md",
            &product("commune = \"ma-noi\""),
        ),
    ]);
    assert_eq!(
        map_report(&project, Lang::En),
        [diag(
            "error",
            "unknown-reference",
            PRODUCT_FILE,
            Some((4, 11)),
            "`commune` names \"ma-noi\", but there is no content/communes/ma-noi/: xã Ma Nới is a former unit, now part of Xã Anh Dũng",
            "write commune = \"anh-dung\"",
        )]
    );
    assert_eq!(
        map_report(&project, Lang::Vi),
        [diag(
            "error",
            "unknown-reference",
            PRODUCT_FILE,
            Some((4, 11)),
            "commune ghi \"ma-noi\", nhưng không có thư mục content/communes/ma-noi/: xã Ma Nới là đơn vị cũ, nay đã thuộc Xã Anh Dũng",
            "sửa thành commune = \"anh-dung\"",
        )]
    );
    // Nor an Anh Dũng record: the province comes from site.toml, and the
    // help says which record to create.
    let project = Project::new(&[
        (
            "site.toml",
            &format!("{SITE}province = \"Tỉnh Ninh Thuận\"\n"),
        ),
        ("communes/lam-son/index.md", LAM_SON),
        (
            "products/hat-dieu/index.md",
            &product("commune = \"Xã Ma Nới\""),
        ),
    ]);
    assert_eq!(
        map_report(&project, Lang::En),
        [diag(
            "error",
            "unknown-reference",
            PRODUCT_FILE,
            Some((4, 11)),
            "`commune` names \"Xã Ma Nới\", but there is no content/communes/Xã Ma Nới/: xã Ma Nới is a former unit, now part of xã Anh Dũng",
            "create the record of xã Anh Dũng in content/communes/anh-dung/ (with its kind, name and province), then write commune = \"anh-dung\"",
        )]
    );
    assert_eq!(
        map_report(&project, Lang::Vi)[0]["help"],
        "tạo hồ sơ của xã Anh Dũng trong thư mục content/communes/anh-dung/ (ghi kind, name và province), rồi ghi commune = \"anh-dung\""
    );
    // A unit that kept its name is only a record to create.
    project.write(
        "products/hat-dieu/index.md",
        &product("commune = \"my-son\""),
    );
    let report = map_report(&project, Lang::En);
    assert_eq!(
        report[0]["message"],
        "`commune` names \"my-son\", but there is no content/communes/my-son/"
    );
}

#[test]
fn catalog_json_carries_the_map() {
    let project = ma_noi_catalogue("commune = \"anh-dung\"\nformer_commune = \"ma-noi\"");
    project.write(
        "communes/dao/index.md",
        &commune("Đặc khu Trường Sa", "special_zone", ""),
    );
    project.write(
        "tourism/vuon-dieu/index.md",
        "+++\nname = \"Vườn điều\"\ncommune = \"anh-dung\"\nformer_commune = \"hoa-son\"\n+++\nVườn.\n",
    );
    let (_, sink) = ocop::build::render_to_memory(&project.options()).unwrap();
    let files = sink.into_files();
    let export: Value = serde_json::from_slice(&files["feeds/catalog.json"]).unwrap();
    let find = |list: &str, slug: &str| {
        export[list]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["slug"] == slug)
            .unwrap()
            .clone()
    };
    let ma_noi = find("communes", "ma-noi");
    assert_eq!(ma_noi["merged_into"], "anh-dung");
    assert_eq!(ma_noi["merged_on"], "2025-07-01");
    let anh_dung = find("communes", "anh-dung");
    assert_eq!(anh_dung["merged_into"], Value::Null);
    assert_eq!(anh_dung["merged_on"], Value::Null);
    assert_eq!(find("communes", "dao")["kind"], "special_zone");
    assert_eq!(find("products", "hat-dieu")["former_commune"], "ma-noi");
    assert_eq!(
        find("tourism_points", "vuon-dieu")["former_commune"],
        "hoa-son"
    );
    // The schema knows the keys and the new kind, and the export passes it.
    let schema: Value = serde_json::from_slice(&files["feeds/catalog.schema.json"]).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&export)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let text = schema.to_string();
    for key in [
        "\"merged_into\"",
        "\"merged_on\"",
        "\"former_commune\"",
        "\"special_zone\"",
    ] {
        assert!(text.contains(key), "{key} is not in the schema");
    }
    // A kind the schema does not know is refused.
    let mut bad = export.clone();
    bad["communes"][0]["kind"] = "district".into();
    assert!(!validator.is_valid(&bad));
}

#[test]
fn check_says_it_in_vietnamese_on_the_command_line() {
    let project = ma_noi_catalogue("commune = \"ma-noi\"");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_ocop"))
        .args(["--lang", "vi", "check", "--format", "json", "--root"])
        .arg(project.root())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "warnings only");
    let lines: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .filter(|v: &Value| v["code"] == "former-unit")
        .collect();
    assert_eq!(
        lines,
        [diag(
            "warning",
            "former-unit",
            PRODUCT_FILE,
            Some((4, 11)),
            "commune = \"ma-noi\" ghi Xã Ma Nới, là đơn vị cũ: từ ngày 01/07/2025 đã thuộc Xã Anh Dũng",
            "sửa thành commune = \"anh-dung\" và thêm dòng former_commune = \"ma-noi\" (để ghi lại xã, phường cũ)",
        )]
    );
}

/// The shipped catalogue still describes the 2025 plan's communes as they
/// were: each abolished one is told its successor, as the table of
/// Resolution 1667/NQ-UBTVQH15 gives it (Lâm Sơn and Mỹ Sơn kept their
/// names), Tân Sơn that thị trấn are gone, and `check` finds no error.
#[test]
fn the_shipped_communes_are_told_their_successors() {
    let report = ocop::check(&shipped());
    assert_eq!(report.diagnostics.error_count(), 0);
    let mut out = Vec::new();
    report.diagnostics.emit_json(&mut out, Lang::En).unwrap();
    let found: Vec<(String, String)> = String::from_utf8(out)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .filter(|v| MAP_CODES.contains(&v["code"].as_str().unwrap()))
        .map(|v| {
            (
                v["file"].as_str().unwrap().to_owned(),
                v["message"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let expected = [
        (
            "hoa-son",
            "Xã Hòa Sơn no longer exists: since 01/07/2025 it is part of xã Anh Dũng",
        ),
        (
            "luong-son",
            "Xã Lương Sơn no longer exists: since 01/07/2025 it is part of Xã Lâm Sơn",
        ),
        (
            "ma-noi",
            "Xã Ma Nới no longer exists: since 01/07/2025 it is part of xã Anh Dũng",
        ),
        (
            "nhon-son",
            "Xã Nhơn Sơn no longer exists: since 01/07/2025 it is part of phường Đô Vinh",
        ),
        (
            "quang-son",
            "Xã Quảng Sơn no longer exists: since 01/07/2025 it is part of xã Ninh Sơn",
        ),
        (
            "tan-son",
            "Thị trấn Tân Sơn no longer exists: since 01/07/2025 it is part of xã Ninh Sơn",
        ),
        (
            "tan-son",
            "kind = \"township\": since 1 July 2025 there are no townships (thị trấn) any more",
        ),
    ]
    .map(|(slug, message)| {
        (
            format!("content/communes/{slug}/index.md"),
            message.to_owned(),
        )
    });
    assert_eq!(found, expected);
}

/// Search finds a product by its current and its former unit, and by the
/// province: the cashews recorded under Ma Nới (now Anh Dũng), and a
/// product still recorded under Hòa Sơn (merged into Anh Dũng).
#[test]
fn search_finds_products_by_former_and_current_units() {
    let project = ma_noi_catalogue("commune = \"anh-dung\"\nformer_commune = \"ma-noi\"");
    project.write(
        "products/mang-tay/index.md",
        "+++\nname = \"Măng tây\"\ngroup = \"food\"\ncommune = \"hoa-son\"\n+++\nMăng.\n",
    );
    project.write("communes/lam-son/index.md", LAM_SON);
    project.write(
        "products/nho/index.md",
        "+++\nname = \"Nho\"\ngroup = \"food\"\ncommune = \"lam-son\"\n+++\nNho.\n",
    );
    let root = project.root();
    let mut diags = ocop::diagnostics::Diagnostics::new();
    let content = ocop::content::load(root, &mut diags);
    let catalog = ocop::model::resolve(&content, None, today(), &mut diags).unwrap();
    let images = ocop::images::Images::probe(root, &catalog, &mut diags);
    let theme = ocop::theme::Theme::load(
        root,
        std::path::Path::new(ocop::theme::DEFAULT_THEME),
        &catalog.site,
        &mut diags,
    )
    .unwrap();
    let site = ocop::site::Site::new(root, catalog, images, theme.i18n().clone());
    let index = ocop::search::SearchIndex::build(&site, &ocop::model::Selection::every());
    let found = |query: &str| -> Vec<String> {
        let mut slugs: Vec<String> = index
            .search(query)
            .into_iter()
            .map(|(doc, _)| index.docs[doc].slug.clone())
            .collect();
        slugs.sort();
        slugs
    };
    assert_eq!(found("ma noi"), ["hat-dieu"]);
    // Every word counts, as a word's beginning: "hoa" is also in Khánh
    // Hòa and "son" in Lâm Sơn, so the grapes of Lâm Sơn match too.
    assert_eq!(found("hoa son"), ["mang-tay", "nho"]);
    assert_eq!(found("anh dung"), ["hat-dieu", "mang-tay"]);
    // Anh Dũng's and Lâm Sơn's records say Khánh Hòa; Ma Nới's and Hòa
    // Sơn's, Ninh Thuận.
    assert_eq!(found("khanh hoa"), ["hat-dieu", "mang-tay", "nho"]);
    assert_eq!(found("ninh thuan"), ["hat-dieu", "mang-tay"]);
    assert_eq!(found("lam son"), ["nho"]);
}

/// A record that already names its former unit is told to change only
/// `commune`, and gets no mismatch on top: Ma Nới merged into Hòa Sơn,
/// Hòa Sơn into Anh Dũng (a chain of three), or `commune` and
/// `former_commune` both Ma Nới; and a `commune` that names no record has
/// only its own error.
#[test]
fn a_former_unit_already_named_is_kept_and_not_reported_twice() {
    let chain = |lines: &str| {
        let project = ma_noi_catalogue(lines);
        project.write(
            "communes/ma-noi/index.md",
            &MA_NOI.replace("\"anh-dung\"", "\"hoa-son\""),
        );
        project
    };
    let project = chain("commune = \"hoa-son\"\nformer_commune = \"ma-noi\"");
    assert_eq!(
        map_report(&project, Lang::En),
        [diag(
            "warning",
            "former-unit",
            PRODUCT_FILE,
            Some((4, 11)),
            "commune = \"hoa-son\" names Xã Hòa Sơn, a former unit: since 01/07/2025 it is part of Xã Anh Dũng",
            "write commune = \"anh-dung\" (and keep former_commune = \"ma-noi\")",
        )]
    );
    assert_eq!(
        map_report(&project, Lang::Vi)[0]["help"],
        "sửa thành commune = \"anh-dung\" (giữ nguyên dòng former_commune = \"ma-noi\")"
    );
    let project = ma_noi_catalogue("commune = \"ma-noi\"\nformer_commune = \"ma-noi\"");
    assert_eq!(
        map_report(&project, Lang::En),
        [diag(
            "warning",
            "former-unit",
            PRODUCT_FILE,
            Some((4, 11)),
            "commune = \"ma-noi\" names Xã Ma Nới, a former unit: since 01/07/2025 it is part of Xã Anh Dũng",
            "write commune = \"anh-dung\" (and keep former_commune = \"ma-noi\")",
        )]
    );
    let project = ma_noi_catalogue("commune = \"tan-son-2\"\nformer_commune = \"ma-noi\"");
    let codes: Vec<Value> = map_report(&project, Lang::En)
        .into_iter()
        .map(|d| d["code"].clone())
        .collect();
    assert_eq!(codes, [json!("unknown-reference")]);
}

/// `merged_into` naming the record itself is said so, not as a circle.
#[test]
fn a_unit_merged_into_itself_is_said_so() {
    let project = ma_noi_catalogue("commune = \"anh-dung\"");
    project.write(
        "communes/ma-noi/index.md",
        &MA_NOI.replace("\"anh-dung\"", "\"ma-noi\""),
    );
    assert_eq!(
        map_report(&project, Lang::Vi),
        [diag(
            "error",
            "merger-cycle",
            "content/communes/ma-noi/index.md",
            Some((5, 15)),
            "merged_into = \"ma-noi\" ghi chính hồ sơ này",
            "ghi tên thư mục (trong content/communes/) của xã, phường mà đơn vị này đã sáp nhập vào; nếu đơn vị này vẫn còn thì xóa hai dòng merged_into và merged_on",
        )]
    );
}
