//! Choosing a QR code's mask, exactly as the `qrcode` crate does
//! (`Canvas::apply_best_mask`) but with rows as 64-bit words.
//!
//! The crate tries the eight masks on copies of the canvas and scores each
//! module by module, allocating as it goes: about 0.5 ms a code. Masking is
//! an XOR of the data modules, so here the code with mask `p` is
//! `template[p] ^ data`: `template[p]` is the crate's own masked canvas of
//! all-light data (functional patterns and the format information of `p`
//! included), made once per version and level; `data` is the dark data
//! modules of this code. The penalty (ISO 18004 §7.8.3, with the crate's
//! 16-bit sums) is then counted on words. Codes wider than 64 modules
//! (addresses of more than about 250 characters) use the crate itself.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use qrcode::bits::Bits;
use qrcode::canvas::{Canvas, MaskPattern};
use qrcode::{Color, EcLevel, QrCode, Version};

/// The masks in the crate's order: the first with the lowest score wins.
const MASKS: [MaskPattern; 8] = [
    MaskPattern::Checkerboard,
    MaskPattern::HorizontalLines,
    MaskPattern::VerticalLines,
    MaskPattern::DiagonalLines,
    MaskPattern::LargeCheckerboard,
    MaskPattern::Fields,
    MaskPattern::Diamonds,
    MaskPattern::Meadow,
];

/// A grid of at most 64 × 64 modules: bit `x` of `rows[y]` is module
/// (x, y), dark when set; `cols` is the same grid transposed.
#[derive(Clone)]
struct Grid {
    rows: Vec<u64>,
    cols: Vec<u64>,
}

impl Grid {
    fn from_colors(colors: &[Color], width: usize) -> Self {
        let mut rows = vec![0u64; width];
        let mut cols = vec![0u64; width];
        for (i, c) in colors.iter().enumerate() {
            if *c == Color::Dark {
                let (x, y) = (i % width, i / width);
                rows[y] |= 1 << x;
                cols[x] |= 1 << y;
            }
        }
        Self { rows, cols }
    }

    fn xor(&self, other: &Grid) -> Grid {
        let x = |a: &[u64], b: &[u64]| a.iter().zip(b).map(|(a, b)| a ^ b).collect();
        Grid {
            rows: x(&self.rows, &other.rows),
            cols: x(&self.cols, &other.cols),
        }
    }
}

/// Per version and level: the unmasked canvas of all-light data, and the
/// eight masked templates.
struct Templates {
    blank: Grid,
    masked: Vec<Grid>,
}

type TemplateCache = Mutex<HashMap<(i16, u8), Arc<Templates>>>;

fn templates(version: Version, level: EcLevel, data: usize, ec: usize) -> Arc<Templates> {
    static CACHE: OnceLock<TemplateCache> = OnceLock::new();
    let Version::Normal(v) = version else {
        unreachable!("encode_auto makes normal QR codes only")
    };
    let key = (v, level as u8);
    let cache = CACHE.get_or_init(Default::default);
    if let Some(t) = cache.lock().expect("no panic holding the lock").get(&key) {
        return t.clone();
    }
    let width = version.width() as usize;
    let mut canvas = Canvas::new(version, level);
    canvas.draw_all_functional_patterns();
    canvas.draw_data(&vec![0; data], &vec![0; ec]);
    let masked = MASKS
        .iter()
        .map(|&p| {
            let mut c = canvas.clone();
            c.apply_mask(p);
            Grid::from_colors(&c.into_colors(), width)
        })
        .collect();
    let t = Arc::new(Templates {
        blank: Grid::from_colors(&canvas.into_colors(), width),
        masked,
    });
    cache
        .lock()
        .expect("no panic holding the lock")
        .insert(key, t.clone());
    t
}

/// The finished code of `bits` at `level`: (width, dark modules row by row).
pub(super) fn best_masked(bits: Bits, level: EcLevel) -> (usize, Vec<bool>) {
    let version = bits.version();
    let width = version.width() as usize;
    if width > 64 {
        let code = QrCode::with_bits(bits, level).expect("a valid QR code");
        let dark = code.to_colors().into_iter().map(|c| c == Color::Dark);
        return (width, dark.collect());
    }
    let (data, ec) = qrcode::ec::construct_codewords(&bits.into_bytes(), version, level)
        .expect("codewords of a valid version");
    let t = templates(version, level, data.len(), ec.len());
    let mut canvas = Canvas::new(version, level);
    canvas.draw_all_functional_patterns();
    canvas.draw_data(&data, &ec);
    let dark_data = Grid::from_colors(&canvas.into_colors(), width).xor(&t.blank);
    let mut best: Option<(u16, Grid)> = None;
    for template in &t.masked {
        let code = template.xor(&dark_data);
        let score = penalty(&code, width);
        if best.as_ref().is_none_or(|(s, _)| score < *s) {
            best = Some((score, code));
        }
    }
    let (_, code) = best.expect("eight masks");
    let dark = (0..width * width)
        .map(|i| (code.rows[i / width] >> (i % width)) & 1 == 1)
        .collect();
    (width, dark)
}

/// The crate's `compute_total_penalty_scores` on a grid.
fn penalty(g: &Grid, width: usize) -> u16 {
    let mut score: u16 = 0;
    for lines in [&g.rows, &g.cols] {
        let mut finders: u16 = 0;
        for &line in lines.iter() {
            score = score.wrapping_add(run_penalty(line, width));
            finders = finders.wrapping_add(finder_penalty(line, width));
        }
        // The three real finder patterns count 360 in each direction.
        score = score.wrapping_add(finders.wrapping_sub(360));
    }
    // 2 × 2 blocks of one colour: 3 points each.
    let pairs = ones(width - 1);
    for pair in g.rows.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let same = !(a ^ b) & !(a ^ (a >> 1)) & !(b ^ (b >> 1)) & pairs;
        score = score.wrapping_add(3 * same.count_ones() as u16);
    }
    // Balance of dark and light modules.
    let dark: usize = g.rows.iter().map(|r| r.count_ones() as usize).sum();
    let ratio = dark * 200 / (width * width);
    score.wrapping_add(ratio.abs_diff(100) as u16)
}

/// The lowest `n` bits set.
fn ones(n: usize) -> u64 {
    if n >= 64 { u64::MAX } else { (1 << n) - 1 }
}

/// Runs of five or more same-coloured modules: 3 points for five, one more
/// for each further module. A run of `n` is `n - 1` neighbours alike; its
/// points are the number of places where four such follow each other
/// (`n - 4`) plus 2.
fn run_penalty(line: u64, width: usize) -> u16 {
    let alike = !(line ^ (line >> 1)) & ones(width - 1);
    let four = alike & (alike >> 1) & (alike >> 2) & (alike >> 3);
    let runs = four & !(four << 1);
    (four.count_ones() + 2 * runs.count_ones()) as u16
}

/// 40 points for each finder-like pattern (dark, light, three dark, light,
/// dark) without four light modules on one of its sides.
fn finder_penalty(line: u64, width: usize) -> u16 {
    const PATTERN: [bool; 7] = [true, false, true, true, true, false, true];
    let mut starts = ones(width - 6);
    for (k, dark) in PATTERN.iter().enumerate() {
        starts &= (if *dark { line } else { !line }) >> k;
    }
    let mut score: u16 = 0;
    while starts != 0 {
        let j = starts.trailing_zeros() as usize;
        starts &= starts - 1;
        let before = ones(j) & !ones(j.saturating_sub(4));
        let after = ones((j + 11).min(width)) & !ones(j + 7);
        if line & before == 0 || line & after == 0 {
            score = score.wrapping_add(40);
        }
    }
    score
}
