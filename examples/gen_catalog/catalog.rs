//! The synthetic OCOP catalogue of `gen_catalog` (issue #8), in the real
//! content format: the generator itself, shared by the example's command
//! line (`main.rs`), `benches/stages.rs` and `tests/digest.rs` (included with
//! `#[path]`, so there is one copy of it).
//!
//! `hugo` also writes the same catalogue as a Hugo site (issue #8's
//! comparison): page bundles `index.md`/`index.en.md` for products and
//! tourism points, producers and communes as taxonomy term pages
//! (`_index.md`/`_index.en.md`, so that their pages list their products as
//! ocop's do), the layouts of `benches/hugo/`. Hugo repeats the
//! language-neutral fields in each language's file (it has no fallback).
//!
//! The same seed and size always give the same files. Every product has a
//! Vietnamese `index.md` and an English `index.en.md` with realistic text
//! (about 250 words each), a producer, a commune, and for one in ten a
//! star rating with its certificate; one producer per three products, one
//! commune per twenty, one tourism point per hundred. No photos.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

const FOODS: &[(&str, &str, &str)] = &[
    ("Thịt dê", "goat meat", "food"),
    ("Thịt cừu", "lamb", "food"),
    ("Dưa lưới", "netted melon", "food"),
    ("Xoài", "mango", "food"),
    ("Bưởi", "pomelo", "food"),
    ("Nho", "grapes", "food"),
    ("Táo xanh", "green jujube", "food"),
    ("Hạt điều", "cashew nuts", "food"),
    ("Gạo thơm", "fragrant rice", "food"),
    ("Nước mắm", "fish sauce", "food"),
    ("Mật ong", "honey", "food"),
    ("Cà phê", "coffee", "food"),
    ("Chè", "tea", "food"),
    ("Rượu cần", "rice wine", "beverages"),
    ("Nước ép nho", "grape juice", "beverages"),
    ("Cao thảo dược", "herbal extract", "herbal"),
    ("Trà thảo mộc", "herbal tea", "herbal"),
    ("Tinh dầu sả", "lemongrass oil", "herbal"),
    ("Đũa gỗ", "wooden chopsticks", "handicrafts"),
    ("Giỏ mây", "rattan basket", "handicrafts"),
    ("Thổ cẩm", "brocade", "handicrafts"),
    ("Gốm", "pottery", "handicrafts"),
    ("Lan rừng", "wild orchid", "ornamental"),
    ("Bonsai", "bonsai", "ornamental"),
];
const STYLES: &[(&str, &str)] = &[
    ("xông khói", "smoked"),
    ("sấy dẻo", "soft-dried"),
    ("rang muối", "salt-roasted"),
    ("hữu cơ", "organic"),
    ("đặc sản", "specialty"),
    ("truyền thống", "traditional"),
    ("cao cấp", "premium"),
    ("tươi", "fresh"),
];
const PLACES: &[&str] = &[
    "Nhơn Sơn",
    "Lâm Sơn",
    "Mỹ Sơn",
    "Quảng Sơn",
    "Hòa Sơn",
    "Lương Sơn",
    "Ma Nới",
    "Tân Sơn",
    "Phước Hà",
    "Bắc Sơn",
    "Đắk Mil",
    "Ea Kar",
    "Cư Jút",
    "Tam Nông",
    "Đồng Văn",
    "Mường Tè",
    "Bảo Lạc",
    "Ý Yên",
    "Hải Hậu",
    "Đức Trọng",
    "Lạc Dương",
    "Ấn Nhơn",
    "Ô Môn",
    "Ương Bí",
];
const VI_SENTENCES: &[&str] = &[
    "Sản phẩm được làm từ nguyên liệu của bà con trong xã, thu hoạch đúng vụ và sơ chế ngay trong ngày.",
    "Khí hậu khô, nhiều nắng và gió của vùng giúp nguyên liệu có hương vị đậm đà, khác hẳn nơi khác.",
    "Chủ thể áp dụng quy trình sản xuất theo hướng VietGAP, ghi chép nhật ký và truy xuất được nguồn gốc.",
    "Bao bì có nhãn ghi rõ thành phần, khối lượng, ngày sản xuất, hạn dùng và mã truy xuất.",
    "Sản phẩm thích hợp làm quà biếu dịp lễ Tết hoặc mang về sau chuyến du lịch.",
    "Bảo quản nơi khô ráo, thoáng mát, tránh ánh nắng trực tiếp; sau khi mở nên dùng hết trong vài ngày.",
    "Mỗi mẻ hàng đều được kiểm tra cảm quan trước khi đóng gói và đưa ra thị trường.",
    "Nghề làm sản phẩm này đã có từ nhiều đời, được các gia đình truyền lại cho con cháu.",
    "Hợp tác xã liên kết với hàng chục hộ dân, bao tiêu đầu ra và hỗ trợ kỹ thuật cho bà con.",
    "Sản phẩm đã có mặt tại các hội chợ OCOP, điểm bán hàng đặc sản và sàn thương mại điện tử.",
];
const EN_SENTENCES: &[&str] = &[
    "The product is made from raw materials grown by local households, harvested in season and processed the same day.",
    "The dry, sunny and windy climate gives the raw materials a rich flavour unlike anywhere else.",
    "The producer follows VietGAP-oriented practices, keeps production records and can trace every batch.",
    "The label states the ingredients, net weight, production date, best-before date and a traceability code.",
    "It makes a good gift for the Lunar New Year or a souvenir to take home after a trip.",
    "Store in a cool, dry place out of direct sunlight; once opened, use within a few days.",
    "Every batch is checked by taste and smell before it is packed and sold.",
    "The craft has been practised here for generations and handed down from parents to children.",
    "The cooperative works with dozens of households, buys their harvest and gives them technical support.",
    "The product is sold at OCOP fairs, specialty shops and on e-commerce marketplaces.",
];

/// What to generate.
#[derive(Debug, Clone)]
pub struct Options {
    /// Number of products.
    pub products: usize,
    /// Random seed: the same seed and size always give the same files.
    pub seed: u64,
    /// The ocop project folder to write (its content/ is replaced).
    pub out: PathBuf,
    /// Also write the same catalogue as a Hugo site here.
    pub hugo: Option<PathBuf>,
}

/// Where the records go: the ocop project, and optionally the same
/// catalogue as a Hugo site.
struct Out {
    ocop: PathBuf,
    hugo: Option<PathBuf>,
}

impl Out {
    /// Writes an ocop record (`rel` under `content/`).
    fn ocop(&self, rel: &str, text: &str) {
        write(&self.ocop.join("content").join(rel), text);
    }

    /// Writes a Hugo content file (`rel` under `content/`), when asked for.
    fn hugo(&self, rel: &str, front_matter: &str, body: &str) {
        if let Some(dir) = &self.hugo {
            write(
                &dir.join("content").join(rel),
                &format!("+++\n{front_matter}+++\n\n{body}"),
            );
        }
    }
}

/// Writes the catalogue `options` asks for and returns a one-line summary
/// of what it wrote.
pub fn generate(options: &Options) -> String {
    let mut rng = fastrand::Rng::with_seed(options.seed);
    let out = Out {
        ocop: options.out.clone(),
        hugo: options.hugo.clone(),
    };
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    if out.ocop.join("content").exists() {
        fs::remove_dir_all(out.ocop.join("content")).unwrap();
    }
    copy_dir(&repo.join("themes"), &out.ocop.join("themes"));
    if let Some(hugo) = &out.hugo {
        if hugo.join("content").exists() {
            fs::remove_dir_all(hugo.join("content")).unwrap();
        }
        copy_dir(&repo.join("benches/hugo"), hugo);
        copy_dir(&repo.join("themes/default/static"), &hugo.join("static"));
        write(&hugo.join("hugo.toml"), HUGO_CONFIG);
    }
    out.ocop(
        "site.toml",
        "title = \"Sản phẩm OCOP (dữ liệu tổng hợp)\"\nbase_url = \"https://ocop.example.com\"\nlanguages = [\"vi\", \"en\"]\n\
         district = \"Toàn quốc\"\n[translations.en]\ntitle = \"OCOP products (synthetic data)\"\n[feeds]\ninclude_sample = true\n",
    );
    let n = options.products;
    let communes = (n / 20).max(1);
    let producers = (n / 3).max(1);
    let tourism = (n / 100).max(1);
    for c in 0..communes {
        let place = PLACES[c % PLACES.len()];
        let name = format!("Xã {place} {}", c + 1);
        let body = paragraphs(&mut rng, VI_SENTENCES, 2);
        let geo = format!(
            "geo = {{ lat = {:.4}, lon = {:.4} }}\n",
            8.5 + rng.f64() * 14.0,
            102.5 + rng.f64() * 7.0
        );
        let vi = format!(
            "name = \"{name}\"\nkind = \"commune\"\ndistrict = \"Huyện {place}\"\nprovince = \"Tỉnh {place}\"\n{geo}"
        );
        out.ocop(
            &format!("communes/xa-{c}/index.md"),
            &format!("+++\n{vi}+++\n\n{body}"),
        );
        out.hugo(
            &format!("communes/xa-{c}/_index.md"),
            &format!("title = \"{name}\"\n{vi}"),
            &body,
        );
        let en_body = paragraphs(&mut rng, EN_SENTENCES, 2);
        let en = format!(
            "name = \"{place} Commune {}\"\ndistrict = \"{place} District\"\nprovince = \"{place} Province\"\n",
            c + 1
        );
        out.ocop(
            &format!("communes/xa-{c}/index.en.md"),
            &format!("+++\n{en}+++\n\n{en_body}"),
        );
        out.hugo(
            &format!("communes/xa-{c}/_index.en.md"),
            &format!("title = \"{place} Commune {}\"\n{en}{geo}", c + 1),
            &en_body,
        );
    }
    for p in 0..producers {
        let commune = p % communes;
        let place = PLACES[commune % PLACES.len()];
        let neutral = format!(
            "kind = \"cooperative\"\ncommune = \"xa-{commune}\"\nemail = \"htx-{p}@example.com\"\nsample = true\n"
        );
        let body = paragraphs(&mut rng, VI_SENTENCES, 1);
        let vi = format!(
            "name = \"Hợp tác xã nông nghiệp số {p}\"\naddress = \"Xã {place} {}\"\n",
            commune + 1
        );
        out.ocop(
            &format!("producers/chu-the-{p}/index.md"),
            &format!("+++\n{vi}{neutral}+++\n\n{body}"),
        );
        out.hugo(
            &format!("producers/chu-the-{p}/_index.md"),
            &format!("title = \"Hợp tác xã nông nghiệp số {p}\"\n{vi}{neutral}"),
            &body,
        );
        let en_body = paragraphs(&mut rng, EN_SENTENCES, 1);
        let en = format!(
            "name = \"Agricultural cooperative no. {p}\"\naddress = \"{place} Commune {}\"\n",
            commune + 1
        );
        out.ocop(
            &format!("producers/chu-the-{p}/index.en.md"),
            &format!("+++\n{en}+++\n\n{en_body}"),
        );
        out.hugo(
            &format!("producers/chu-the-{p}/_index.en.md"),
            &format!("title = \"Agricultural cooperative no. {p}\"\n{en}{neutral}"),
            &en_body,
        );
    }
    for i in 0..n {
        let (vi_food, en_food, group) = FOODS[rng.usize(..FOODS.len())];
        let (vi_style, en_style) = STYLES[rng.usize(..STYLES.len())];
        let producer = rng.usize(..producers);
        let commune = producer % communes;
        let place = PLACES[commune % PLACES.len()];
        let price = rng.u64(20..2000) * 1000;
        let vi_text = format!(
            "name = \"{vi_food} {vi_style} {place}\"\nsummary = \"{vi_food} {vi_style} của bà con xã {place}, sản phẩm tham gia Chương trình OCOP.\"\nunit = \"hộp 500 g\"\n"
        );
        let mut neutral = format!(
            "group = \"{group}\"\nproducer = \"chu-the-{producer}\"\ncommune = \"xa-{commune}\"\nprice = {price}\nsku = \"SYN-{i:06}\"\nfeatured = {}\nsample = true\n",
            i < 8
        );
        // Hugo: the same fields, with the references as taxonomy terms
        // (groups, stars, producer and commune pages list their products).
        let mut hugo = format!(
            "groups = [\"{group}\"]\nproducers = [\"chu-the-{producer}\"]\ncommunes = [\"xa-{commune}\"]\nprice = {price}\nsku = \"SYN-{i:06}\"\nfeatured = {}\nsample = true\n",
            i < 8
        );
        if i % 10 == 0 {
            let stars = 3 + rng.u8(..3);
            let certificate = format!(
                "certificate = {{ number = \"{}/QĐ-UBND\", date = 2025-{:02}-{:02}, issuer = \"Ủy ban nhân dân tỉnh {place}\" }}",
                1000 + i,
                1 + rng.u8(..12),
                1 + rng.u8(..28)
            );
            let _ = writeln!(neutral, "stars = {stars}\n{certificate}");
            let _ = writeln!(hugo, "stars = [\"{stars}\"]\n{certificate}");
        }
        if i % 100 == 0 {
            let line = format!("tourism = [\"diem-{}\"]", (i / 100) % tourism);
            let _ = writeln!(neutral, "{line}");
            let _ = writeln!(hugo, "{line}");
        }
        let body_vi = body(&mut rng, VI_SENTENCES, "Thông tin", "Chi tiết");
        out.ocop(
            &format!("products/san-pham-{i}/index.md"),
            &format!("+++\n{vi_text}{neutral}+++\n\n{body_vi}"),
        );
        out.hugo(
            &format!("products/san-pham-{i}/index.md"),
            &format!("title = \"{vi_food} {vi_style} {place}\"\n{vi_text}{hugo}"),
            &body_vi,
        );
        let en_name = format!("{} {en_food} from {place}", capitalise(en_style));
        let en_text = format!(
            "name = \"{en_name}\"\nsummary = \"{en_style} {en_food} made by households of {place}, an OCOP programme product.\"\nunit = \"500 g box\"\n"
        );
        let body_en = body(&mut rng, EN_SENTENCES, "Detail", "Value");
        out.ocop(
            &format!("products/san-pham-{i}/index.en.md"),
            &format!("+++\n{en_text}+++\n\n{body_en}"),
        );
        out.hugo(
            &format!("products/san-pham-{i}/index.en.md"),
            &format!("title = \"{en_name}\"\n{en_text}{hugo}"),
            &body_en,
        );
    }
    for t in 0..tourism {
        let commune = t % communes;
        let place = PLACES[commune % PLACES.len()];
        let products: Vec<String> = (0..5)
            .map(|k| format!("\"san-pham-{}\"", (t * 37 + k * 11) % n))
            .collect();
        let products = products.join(", ");
        let name = format!("Điểm du lịch sinh thái {place} {t}");
        let summary =
            format!("summary = \"Tham quan vườn, trải nghiệm và mua đặc sản tại xã {place}.\"\n");
        let body_vi = paragraphs(&mut rng, VI_SENTENCES, 3);
        out.ocop(
            &format!("tourism/diem-{t}/index.md"),
            &format!(
                "+++\nname = \"{name}\"\n{summary}commune = \"xa-{commune}\"\nproducts = [{products}]\nsample = true\n+++\n\n{body_vi}"
            ),
        );
        let hugo =
            format!("communes = [\"xa-{commune}\"]\nproducts = [{products}]\nsample = true\n");
        out.hugo(
            &format!("tourism/diem-{t}/index.md"),
            &format!("title = \"{name}\"\n{summary}{hugo}"),
            &body_vi,
        );
        let en_name = format!("{place} eco-tourism site {t}");
        let en_summary = format!(
            "summary = \"Visit the gardens, try the crafts and buy local specialties in {place}.\"\n"
        );
        let body_en = paragraphs(&mut rng, EN_SENTENCES, 3);
        out.ocop(
            &format!("tourism/diem-{t}/index.en.md"),
            &format!("+++\nname = \"{en_name}\"\n{en_summary}+++\n\n{body_en}"),
        );
        out.hugo(
            &format!("tourism/diem-{t}/index.en.md"),
            &format!("title = \"{en_name}\"\n{en_summary}{hugo}"),
            &body_en,
        );
    }
    format!(
        "{}: {n} products, {producers} producers, {communes} communes, {tourism} tourism points (seed {}){}",
        out.ocop.display(),
        options.seed,
        out.hugo
            .as_ref()
            .map(|h| format!("; Hugo site in {}", h.display()))
            .unwrap_or_default()
    )
}

/// The Hugo site's settings: Vietnamese at the root, English under /en/,
/// lists paginated by 24 like ocop's, groups, stars, producers and communes
/// as taxonomies, one RSS feed (the home page's) as ocop has one Atom feed.
const HUGO_CONFIG: &str = r#"baseURL = "https://ocop.example.com/"
title = "Sản phẩm OCOP (dữ liệu tổng hợp)"
defaultContentLanguage = "vi"
enableRobotsTXT = true

[pagination]
pagerSize = 24

[taxonomies]
group = "groups"
star = "stars"
producer = "producers"
commune = "communes"

[outputs]
home = ["HTML", "RSS"]
section = ["HTML"]
taxonomy = ["HTML"]
term = ["HTML"]

[params]
district = "Toàn quốc"

[languages.vi]
weight = 1
label = "Tiếng Việt"

[languages.en]
weight = 2
label = "English"
title = "OCOP products (synthetic data)"

[markup.goldmark.extensions]
typographer = true
table = true
footnote = true
"#;

/// A product body: three paragraphs, two headings and a small table
/// (about 250 words).
fn body(rng: &mut fastrand::Rng, sentences: &[&str], key: &str, value: &str) -> String {
    format!(
        "{}## {}\n\n{}| {key} | {value} |\n|---|---|\n| 1 | {} |\n| 2 | {} |\n\n{}",
        paragraphs(rng, sentences, 1),
        sentences[0]
            .split(' ')
            .take(3)
            .collect::<Vec<_>>()
            .join(" "),
        paragraphs(rng, sentences, 1),
        rng.u32(100..999),
        rng.u32(100..999),
        paragraphs(rng, sentences, 1)
    )
}

/// `count` paragraphs of four to six sentences.
fn paragraphs(rng: &mut fastrand::Rng, sentences: &[&str], count: usize) -> String {
    let mut out = String::new();
    for _ in 0..count {
        let k = rng.usize(4..7);
        let para: Vec<&str> = (0..k)
            .map(|_| sentences[rng.usize(..sentences.len())])
            .collect();
        out.push_str(&para.join(" "));
        out.push_str("\n\n");
    }
    out
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

fn write(path: &Path, text: &str) {
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    fs::write(path, text).unwrap();
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
