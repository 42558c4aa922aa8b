//! Generates a synthetic OCOP catalogue in the real content format, for
//! benchmarks at provincial and national scale (issue #8).
//!
//! ```sh
//! cargo run --release --example gen_catalog -- --products 20000 --out /tmp/cat20k [--seed 7] [--hugo /tmp/hugo20k]
//! ocop build --root /tmp/cat20k
//! hugo --source /tmp/hugo20k
//! ```
//!
//! `--hugo DIR` also writes the same catalogue as a Hugo site. The generator
//! itself is `catalog.rs` (shared with the benchmarks and the digest test).

use std::path::PathBuf;

mod catalog;

/// What to generate.
#[derive(clap::Parser, Debug)]
#[command(about = "Generates a synthetic OCOP catalogue (issue #8)")]
struct Args {
    /// Number of products.
    #[arg(long, default_value_t = 1000)]
    products: usize,
    /// Random seed: the same seed and size always give the same files.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// The ocop project folder to write (its content/ is replaced).
    #[arg(long, default_value = "/tmp/ocop-catalog")]
    out: PathBuf,
    /// Also write the same catalogue as a Hugo site here.
    #[arg(long)]
    hugo: Option<PathBuf>,
}

fn main() {
    let args = <Args as clap::Parser>::parse();
    println!(
        "{}",
        catalog::generate(&catalog::Options {
            products: args.products,
            seed: args.seed,
            out: args.out,
            hugo: args.hugo,
        })
    );
}
