//! In-process benchmarks of the build stages (issue #8), with criterion:
//! load, resolve, the outputs (the pages; the search index and the kiosk;
//! the feeds), each to a [`NullSink`] (no file is written, so the file
//! system's share of a real build is what `benches/scale.sh` measures beyond
//! these), every output's check, one QR code, and a whole `build` with
//! nothing changed.
//!
//! ```sh
//! cargo bench --bench stages                       # 1,000 products
//! OCOP_BENCH_PRODUCTS=5000 cargo bench --bench stages
//! ```
//!
//! The catalogue is generated once (seed 1, `examples/gen_catalog/`) into
//! `target/bench-catalog-N/` and reused.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use jiff::civil::date;
use ocop::build::{Options, build};
use ocop::content;
use ocop::diagnostics::Diagnostics;
use ocop::images::Images;
use ocop::model::{self, Catalog};
use ocop::output::Output;
use ocop::site::Site;
use ocop::theme::{self, Theme};
use ocop::write::NullSink;

#[path = "../examples/gen_catalog/catalog.rs"]
mod gen_catalog;

const TODAY: jiff::civil::Date = date(2026, 1, 15);

/// The generated project of `products` products, made on first use.
fn project(products: usize) -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target")
        .join(format!("bench-catalog-{products}"));
    if !root.join("content/site.toml").is_file() {
        gen_catalog::generate(&gen_catalog::Options {
            products,
            seed: 1,
            out: root.clone(),
            hugo: None,
        });
    }
    root
}

fn resolved(root: &Path) -> Catalog {
    let mut diags = Diagnostics::new();
    let content = content::load(root, &mut diags);
    let catalog = model::resolve(&content, None, TODAY, &mut diags);
    assert!(!diags.has_errors(), "the generated catalogue has errors");
    catalog.expect("resolves")
}

fn stages(c: &mut Criterion) {
    let products = std::env::var("OCOP_BENCH_PRODUCTS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(1000);
    let root = project(products);
    let mut group = c.benchmark_group(format!("{products} products"));
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(20));

    group.bench_function("load", |b| {
        b.iter(|| content::load(&root, &mut Diagnostics::new()))
    });
    let content = content::load(&root, &mut Diagnostics::new());
    group.bench_function("resolve", |b| {
        b.iter(|| model::resolve(&content, None, TODAY, &mut Diagnostics::new()))
    });
    drop(content);

    let catalog = resolved(&root);
    let theme = Arc::new(
        Theme::load(
            &root,
            Path::new(theme::DEFAULT_THEME),
            &catalog.site,
            &mut Diagnostics::new(),
        )
        .expect("the default theme loads"),
    );
    drop(catalog);
    // Each stage alone, on a fresh site (nothing rendered yet: bodies and
    // QR codes are not shared between stages here), made outside the timing.
    let fresh = || {
        let catalog = resolved(&root);
        let images = Images::probe(&root, &catalog, &mut Diagnostics::new());
        Site::new(&root, catalog, images, theme.i18n().clone())
    };
    // The outputs in the groups of the first measurements (issue #8), so
    // that the numbers compare: the pages; the search index and the kiosk;
    // the machine-readable files. And every output's check.
    let outputs = ocop::build::outputs(&theme);
    let stages: [(&str, &[&str]); 3] = [
        ("render pages", &["pages"]),
        ("search index and kiosk", &["search", "kiosk"]),
        (
            "feeds",
            &["google-merchant", "meta-catalog", "json", "sitemap", "atom"],
        ),
    ];
    for (stage, names) in stages {
        let chosen: Vec<&dyn Output> = outputs
            .iter()
            .map(|o| o.as_ref())
            .filter(|o| names.contains(&o.name()))
            .collect();
        assert_eq!(chosen.len(), names.len(), "{stage}: an output was renamed");
        group.bench_function(stage, |b| {
            b.iter_batched_ref(
                fresh,
                |site| {
                    for output in &chosen {
                        output.write(site, &NullSink).expect("writes");
                    }
                },
                BatchSize::PerIteration,
            )
        });
    }
    group.bench_function("every output's check", |b| {
        b.iter_batched_ref(
            fresh,
            |site| {
                for output in &outputs {
                    output.check(site);
                }
            },
            BatchSize::PerIteration,
        )
    });

    group.bench_function("QR code of a product page", |b| {
        b.iter(|| ocop::qr::Qr::new("https://ocop.example.com/en/products/thit-de-xong-khoi/"))
    });

    // A whole build into target/bench-catalog-N/output, which is up to
    // date after the first: reading, checking, rendering and comparing
    // every file, writing none.
    let mut options = Options::new(&root);
    options.today = Some(TODAY);
    build(&options).expect("builds");
    group.bench_function("build, nothing changed", |b| {
        b.iter(|| {
            let report = build(&options).expect("builds");
            let written = report.written.expect("written");
            assert_eq!(written.changed, 0, "a file was written");
        })
    });
    group.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
