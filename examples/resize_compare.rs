//! Compares resize filters for the photo variants: speed, and quality as
//! PSNR and SSIM against a reference Lanczos3 resize by the `image` crate
//! (`image::imageops::resize`, f32 arithmetic).
//!
//! ```sh
//! cargo run --release --example resize_compare            # a generated 12 MP photo
//! cargo run --release --example resize_compare -- a.jpg   # a photo of yours
//! ```

use std::time::Instant;

use fast_image_resize as fir;
use image::{RgbImage, imageops};

const WIDTHS: [u32; 4] = [2048, 1280, 640, 320];

fn main() {
    let source = match std::env::args().nth(1) {
        Some(path) => image::open(&path).expect("a photo").to_rgb8(),
        None => synthetic(4000, 3000),
    };
    let (w, h) = source.dimensions();
    println!("source {w} × {h}; times are the best of 3 runs for all four widths {WIDTHS:?}\n");
    let height =
        |width: u32| ((u64::from(h) * u64::from(width) + u64::from(w) / 2) / u64::from(w)) as u32;

    let (reference, t_ref) = timed(|| {
        WIDTHS
            .iter()
            .map(|&tw| imageops::resize(&source, tw, height(tw), imageops::FilterType::Lanczos3))
            .collect::<Vec<_>>()
    });
    report(
        "image 0.25 Lanczos3 (reference)",
        t_ref,
        &reference,
        &reference,
    );

    let (triangle, t) = timed(|| {
        WIDTHS
            .iter()
            .map(|&tw| imageops::resize(&source, tw, height(tw), imageops::FilterType::Triangle))
            .collect::<Vec<_>>()
    });
    report("image 0.25 Triangle", t, &triangle, &reference);

    for (name, filter) in [
        ("fast_image_resize Lanczos3", fir::FilterType::Lanczos3),
        ("fast_image_resize CatmullRom", fir::FilterType::CatmullRom),
    ] {
        let (out, t) = timed(|| {
            let mut resizer = fir::Resizer::new();
            WIDTHS
                .iter()
                .map(|&tw| fir_resize(&mut resizer, &source, tw, height(tw), filter))
                .collect::<Vec<_>>()
        });
        report(name, t, &out, &reference);
    }

    // What ocop does: fast_image_resize Lanczos3, each width made from the
    // smallest larger variant that is at least twice as wide.
    let hash = blake3::hash(b"bench");
    let renditions = ocop::images::plan::renditions("p/x/photo.jpg", w, h, &hash);
    let (chained, t) = timed(|| ocop::images::render_all(&source, &renditions[..WIDTHS.len()]));
    let mut chained: Vec<RgbImage> = chained.into_iter().take(WIDTHS.len()).collect();
    chained.reverse();
    report("ocop: fir Lanczos3, chained", t, &chained, &reference);
}

fn fir_resize(
    resizer: &mut fir::Resizer,
    src: &RgbImage,
    w: u32,
    h: u32,
    filter: fir::FilterType,
) -> RgbImage {
    let view = fir::images::ImageRef::new(
        src.width(),
        src.height(),
        src.as_raw(),
        fir::PixelType::U8x3,
    )
    .unwrap();
    let mut dst = fir::images::Image::new(w, h, fir::PixelType::U8x3);
    resizer
        .resize(
            &view,
            &mut dst,
            &fir::ResizeOptions::new().resize_alg(fir::ResizeAlg::Convolution(filter)),
        )
        .unwrap();
    RgbImage::from_raw(w, h, dst.into_vec()).unwrap()
}

fn timed<T>(f: impl Fn() -> T) -> (T, f64) {
    let mut best = f64::MAX;
    let mut out = None;
    for _ in 0..3 {
        let started = Instant::now();
        out = Some(f());
        best = best.min(started.elapsed().as_secs_f64() * 1000.0);
    }
    (out.unwrap(), best)
}

fn report(name: &str, ms: f64, out: &[RgbImage], reference: &[RgbImage]) {
    let psnr: Vec<String> = out
        .iter()
        .zip(reference)
        .map(|(a, b)| {
            let p = psnr(a, b);
            if p.is_infinite() {
                "∞".to_owned()
            } else {
                format!("{p:.1}")
            }
        })
        .collect();
    let ssim: Vec<String> = out
        .iter()
        .zip(reference)
        .map(|(a, b)| format!("{:.4}", ssim(a, b)))
        .collect();
    println!(
        "{name:<34} {ms:>7.1} ms   PSNR dB [{}]   SSIM [{}]",
        psnr.join(", "),
        ssim.join(", ")
    );
}

fn psnr(a: &RgbImage, b: &RgbImage) -> f64 {
    assert_eq!(a.dimensions(), b.dimensions());
    let mse = a
        .as_raw()
        .iter()
        .zip(b.as_raw())
        .map(|(&x, &y)| (f64::from(x) - f64::from(y)).powi(2))
        .sum::<f64>()
        / a.as_raw().len() as f64;
    10.0 * (255.0f64.powi(2) / mse).log10()
}

/// Mean SSIM of the luma over 8 × 8 windows (step 4), the usual constants.
fn ssim(a: &RgbImage, b: &RgbImage) -> f64 {
    let luma = |img: &RgbImage| -> Vec<f64> {
        img.pixels()
            .map(|p| 0.299 * f64::from(p[0]) + 0.587 * f64::from(p[1]) + 0.114 * f64::from(p[2]))
            .collect()
    };
    let (w, h) = (a.width() as usize, a.height() as usize);
    let (la, lb) = (luma(a), luma(b));
    let (c1, c2) = ((0.01f64 * 255.0).powi(2), (0.03f64 * 255.0).powi(2));
    let (mut sum, mut n) = (0.0, 0usize);
    for y in (0..h.saturating_sub(8)).step_by(4) {
        for x in (0..w.saturating_sub(8)).step_by(4) {
            let (mut ma, mut mb) = (0.0, 0.0);
            for j in 0..8 {
                for i in 0..8 {
                    ma += la[(y + j) * w + x + i];
                    mb += lb[(y + j) * w + x + i];
                }
            }
            ma /= 64.0;
            mb /= 64.0;
            let (mut va, mut vb, mut cov) = (0.0, 0.0, 0.0);
            for j in 0..8 {
                for i in 0..8 {
                    let da = la[(y + j) * w + x + i] - ma;
                    let db = lb[(y + j) * w + x + i] - mb;
                    va += da * da;
                    vb += db * db;
                    cov += da * db;
                }
            }
            va /= 63.0;
            vb /= 63.0;
            cov /= 63.0;
            sum += ((2.0 * ma * mb + c1) * (2.0 * cov + c2))
                / ((ma * ma + mb * mb + c1) * (va + vb + c2));
            n += 1;
        }
    }
    sum / n.max(1) as f64
}

/// A 12 MP test picture with what makes resizing hard: fine stripes and a
/// zone plate (aliasing), sharp edges (ringing), noise and smooth areas.
fn synthetic(w: u32, h: u32) -> RgbImage {
    let mut rng: u32 = 0x1234_5678;
    RgbImage::from_fn(w, h, |x, y| {
        rng ^= rng << 13;
        rng ^= rng >> 17;
        rng ^= rng << 5;
        let noise = f64::from(rng % 13) - 6.0;
        let (u, v) = (f64::from(x) / f64::from(w), f64::from(y) / f64::from(h));
        let value = if u < 0.5 && v < 0.5 {
            // Zone plate.
            let (dx, dy) = (u - 0.25, v - 0.25);
            128.0 + 120.0 * ((dx * dx + dy * dy) * 4000.0).cos()
        } else if u >= 0.5 && v < 0.5 {
            // Stripes 3 px wide, and a hard-edged square.
            if (0.65..0.85).contains(&u) && (0.15..0.35).contains(&v) {
                240.0
            } else if (x / 3) % 2 == 0 {
                200.0
            } else {
                40.0
            }
        } else {
            110.0 + 60.0 * (u * 9.0).sin() * (v * 7.0).cos() + noise
        };
        let c = value.clamp(0.0, 255.0) as u8;
        image::Rgb([c, c.saturating_sub(30), 255 - c])
    })
}
