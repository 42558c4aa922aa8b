//! Benchmarks of the administrative-unit table (issue #15): the one-time
//! parse of the embedded table on first use, printed once, and the lookups
//! `check` and search make per record.
//!
//! ```sh
//! cargo bench --bench admin_units
//! ```

use std::hint::black_box;
use std::time::Instant;

use criterion::{Criterion, criterion_group};
use ocop::admin_units::{find_current, fold_name, provinces, successor_of};

fn lookups(c: &mut Criterion) {
    c.bench_function("admin_units/fold_name", |b| {
        b.iter(|| fold_name(black_box("Xã Ma Nới")))
    });
    c.bench_function("admin_units/successor_of", |b| {
        b.iter(|| successor_of(black_box("xa ma noi"), black_box("Ninh Thuận")))
    });
    c.bench_function("admin_units/find_current", |b| {
        b.iter(|| find_current(black_box("Anh Dũng"), black_box("Khánh Hòa")))
    });
}

criterion_group!(benches, lookups);

fn main() {
    // The table is parsed once per process: time that first use by hand,
    // since criterion can only time what repeats.
    let start = Instant::now();
    black_box(provinces());
    eprintln!(
        "admin_units/first use (parsing the embedded table): {:.1} ms",
        start.elapsed().as_secs_f64() * 1e3
    );
    benches();
    Criterion::default().configure_from_args().final_summary();
}
