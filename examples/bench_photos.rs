//! Generates a project for the photo benchmark (`benches/images.sh`):
//! N products, each with one phone-sized JPEG (default 200 photos of 12
//! megapixels, 4000 × 3000), deterministic: the same arguments give the
//! same bytes. Every fourth photo is a portrait shot stored sideways with
//! EXIF orientation 6, and every photo carries a GPS tag, as phones write.
//!
//! ```sh
//! cargo run --release --example bench_photos -- /tmp/ocop-bench 200 12
//! cargo run --release -- build --root /tmp/ocop-bench
//! ```

use std::fs;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = PathBuf::from(args.next().unwrap_or_else(|| {
        eprintln!("usage: bench_photos <project dir> [photos=200] [megapixels=12]");
        std::process::exit(2)
    }));
    let count: usize = args.next().map_or(200, |a| a.parse().expect("a count"));
    let megapixels: f64 = args.next().map_or(12.0, |a| a.parse().expect("megapixels"));
    let width = ((megapixels * 1e6 * 4.0 / 3.0).sqrt()).round() as u32;
    let height = width * 3 / 4;
    write_project(&dir, count);
    let started = std::time::Instant::now();
    let bytes: u64 = (0..count)
        .into_par_iter()
        .map(|i| {
            let jpeg = photo(i as u32, width, height);
            let path = dir.join(format!("content/products/sp-{i:04}/photo.jpg"));
            fs::write(&path, &jpeg).unwrap();
            jpeg.len() as u64
        })
        .sum();
    eprintln!(
        "{count} photos of {width} × {height} ({:.1} MB in all) in {} in {:.1} s",
        bytes as f64 / 1e6,
        dir.display(),
        started.elapsed().as_secs_f64()
    );
}

fn write_project(dir: &Path, count: usize) {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    copy_dir(&repo.join("themes"), &dir.join("themes"));
    let content = dir.join("content");
    let write = |rel: &str, text: &str| {
        let path = content.join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    };
    write(
        "site.toml",
        "title = \"Đo tốc độ ảnh\"\nbase_url = \"https://example.com\"\nlanguages = [\"vi\", \"en\"]\n[translations.en]\ntitle = \"Photo benchmark\"\n",
    );
    write(
        "communes/nhon-son/index.md",
        "+++\nname = \"Xã Nhơn Sơn\"\nkind = \"commune\"\n+++\nXã.\n",
    );
    write(
        "producers/de-cuu/index.md",
        "+++\nname = \"Tổ hợp tác dê cừu\"\nkind = \"cooperative_group\"\ncommune = \"nhon-son\"\n+++\nTổ.\n",
    );
    write(
        "communes/nhon-son/index.en.md",
        "+++\nname = \"Nhơn Sơn Commune\"\n+++\nA commune.\n",
    );
    write(
        "producers/de-cuu/index.en.md",
        "+++\nname = \"Goat and sheep group\"\n+++\nA group.\n",
    );
    for i in 0..count {
        write(
            &format!("products/sp-{i:04}/index.md"),
            &format!(
                "+++\nname = \"Sản phẩm {i}\"\ngroup = \"food\"\nproducer = \"de-cuu\"\ncommune = \"nhon-son\"\nimages = [\"photo.jpg\"]\n+++\nMô tả.\n"
            ),
        );
        write(
            &format!("products/sp-{i:04}/index.en.md"),
            &format!("+++\nname = \"Product {i}\"\n+++\nA product.\n"),
        );
    }
}

fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            fs::create_dir_all(&target).unwrap();
        } else {
            fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// A photo-like picture: smooth shapes and light sensor noise, so that it
/// compresses like a real photo (about 3–4 MB at 12 megapixels). Photo
/// `seed % 4 == 0` is stored sideways with EXIF orientation 6.
fn photo(seed: u32, width: u32, height: u32) -> Vec<u8> {
    let sideways = seed.is_multiple_of(4);
    let (w, h) = if sideways {
        (height, width)
    } else {
        (width, height)
    };
    let mut rng = seed.wrapping_mul(0x9E37_79B9) | 1;
    let f = 1.0 + f64::from(seed % 7);
    // Separable waves (sin/cos tables per column and per row) keep this fast.
    let table = |n: u32, k: f64, wave: fn(f64) -> f64| -> Vec<f64> {
        (0..n)
            .map(|i| wave(f64::from(i) / f64::from(n) * k))
            .collect()
    };
    let (su, cv) = (table(w, f * 6.3, f64::sin), table(h, 3.1, f64::cos));
    let (cu4, su4) = (table(w, f * 4.1, f64::cos), table(w, f * 4.1, f64::sin));
    let (cv4, sv4) = (table(h, f * 4.1, f64::cos), table(h, f * 4.1, f64::sin));
    let (su2, cu2) = (table(w, 2.0, f64::sin), table(w, 2.0, f64::cos));
    let (sv9, cv9) = (table(h, f * 9.7, f64::sin), table(h, f * 9.7, f64::cos));
    let mut pixels = Vec::with_capacity(w as usize * h as usize * 3);
    for y in 0..h as usize {
        for x in 0..w as usize {
            rng ^= rng << 13;
            rng ^= rng >> 17;
            rng ^= rng << 5;
            let noise = f64::from(rng % 17) - 8.0;
            let r = 128.0 + 90.0 * su[x] * cv[y] + noise;
            // cos(a + b) and sin(a + b) from the tables.
            let g = 128.0 + 80.0 * (cu4[x] * cv4[y] - su4[x] * sv4[y]) + noise;
            let b = 110.0 + 70.0 * (sv9[y] * cu2[x] + cv9[y] * su2[x]) + noise;
            pixels.extend([r, g, b].map(|c| c.clamp(0.0, 255.0) as u8));
        }
    }
    let mut out = Vec::new();
    let mut encoder = jpeg_encoder::Encoder::new(&mut out, 90);
    encoder
        .add_exif_metadata(&exif(if sideways { 6 } else { 1 }))
        .unwrap();
    encoder
        .encode(&pixels, w as u16, h as u16, jpeg_encoder::ColorType::Rgb)
        .unwrap();
    out
}

/// EXIF (big-endian TIFF) with an orientation and a GPS latitude reference.
fn exif(orientation: u16) -> Vec<u8> {
    let mut t = b"MM\0\x2a\0\0\0\x08\0\x02".to_vec();
    t.extend([0x01, 0x12, 0, 3, 0, 0, 0, 1]);
    t.extend(orientation.to_be_bytes());
    t.extend([0, 0]);
    t.extend([0x88, 0x25, 0, 4, 0, 0, 0, 1, 0, 0, 0, 38]);
    t.extend([0, 0, 0, 0]);
    t.extend([0, 1, 0, 1, 0, 2, 0, 0, 0, 2, b'N', 0, 0, 0, 0, 0, 0, 0]);
    t
}
