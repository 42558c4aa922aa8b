//! In-process benchmarks of the build stages (issue #8), with criterion:
//! load, resolve, render of the pages, search index and kiosk, feeds, each
//! to a [`NullSink`] (no file is written, so the file system's share of a
//! real build is what `benches/scale.sh` measures beyond these), one QR
//! code, and a whole `build` with nothing changed.
//!
//! ```sh
//! cargo bench --bench stages                       # 1,000 products
//! OCOP_BENCH_PRODUCTS=5000 cargo bench --bench stages
//! ```
//!
//! The catalogue is generated once (seed 1, `examples/gen_catalog/`) into
//! `target/bench-catalog-N/` and reused.

use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use jiff::civil::date;
use ocop::build::{Options, build};
use ocop::content;
use ocop::diagnostics::Diagnostics;
use ocop::images::Images;
use ocop::model::{self, Catalog};
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
    let theme = Theme::load(
        &root,
        Path::new(theme::DEFAULT_THEME),
        &catalog.site,
        &mut Diagnostics::new(),
    )
    .expect("the default theme loads");
    drop(catalog);
    // Each stage alone, on a fresh site (nothing rendered yet: bodies and
    // QR codes are not shared between stages here), made outside the timing.
    let fresh = || {
        let catalog = resolved(&root);
        let images = Images::probe(&root, &catalog, &mut Diagnostics::new());
        Site::new(&root, catalog, images, theme.i18n().clone())
    };
    group.bench_function("render pages", |b| {
        b.iter_batched_ref(
            fresh,
            |site| {
                ocop::pages::render_site(site, &theme, &NullSink, &mut Diagnostics::new())
                    .expect("renders")
            },
            BatchSize::PerIteration,
        )
    });
    group.bench_function("search index and kiosk", |b| {
        b.iter_batched_ref(
            fresh,
            |site| {
                ocop::kiosk::render_search_and_kiosk(
                    site,
                    &theme,
                    &NullSink,
                    &mut Diagnostics::new(),
                )
                .expect("renders")
            },
            BatchSize::PerIteration,
        )
    });
    group.bench_function("feeds", |b| {
        b.iter_batched_ref(
            fresh,
            |site| {
                ocop::feeds::write_feeds(site, &NullSink, &mut Diagnostics::new()).expect("writes")
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
