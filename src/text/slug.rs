//! Slugs: the ASCII folder names that become URL path segments.

/// Turns a Vietnamese name into a URL slug: lowercase ASCII letters and digits
/// joined by single hyphens, tones and diacritics removed, đ → d.
///
/// "Thịt dê xông khói" → `thit-de-xong-khoi`, "Đũa gỗ" → `dua-go`.
/// Transliteration is done by the `deunicode` tables (through the `slug`
/// crate), which map every Vietnamese letter to its base Latin letter.
/// Returns an empty string when the name has no letter or digit at all.
///
/// At most [`MAX_SLUG_BYTES`] long: a longer slug is cut after its last
/// whole word that fits (or, one very long word, at the limit).
pub fn slugify(name: &str) -> String {
    let mut slug = slug::slugify(name);
    if slug.len() > MAX_SLUG_BYTES {
        // ASCII: every byte is a character boundary.
        let cut = slug[..=MAX_SLUG_BYTES]
            .rfind('-')
            .filter(|&i| i > 0)
            .unwrap_or(MAX_SLUG_BYTES);
        slug.truncate(cut);
    }
    slug
}

/// The longest slug, in bytes (= ASCII characters): 80. A slug is a folder
/// name and a URL segment; Windows refuses paths over 260 characters
/// (`MAX_PATH`), and a catalogue copied into `C:\Users\<name>\Documents\`
/// with an output, a section, a slug and a photo variant name must stay
/// under it; 80 also keeps an address short enough to share and to fit a
/// small QR code.
pub const MAX_SLUG_BYTES: usize = 80;

#[cfg(test)]
mod tests {
    use super::slugify;

    #[test]
    fn vietnamese_names_become_ascii_slugs() {
        assert_eq!(slugify("Thịt dê xông khói"), "thit-de-xong-khoi");
        assert_eq!(slugify("Đũa gỗ"), "dua-go");
        assert_eq!(slugify("Dưa lưới"), "dua-luoi");
        assert_eq!(slugify("Nhung hươu tươi"), "nhung-huou-tuoi");
        assert_eq!(slugify("Rượu sâm ngọc cẩu"), "ruou-sam-ngoc-cau");
        assert_eq!(slugify("Trà thảo mộc Hibiscus"), "tra-thao-moc-hibiscus");
        assert_eq!(slugify("Thị trấn Tân Sơn"), "thi-tran-tan-son");
        assert_eq!(slugify("Xã Ma Nới"), "xa-ma-noi");
    }

    #[test]
    fn decomposed_input_gives_the_same_slug() {
        // "Đũa gỗ" typed in NFD (u + U+0303, o + U+0302 + U+0303).
        assert_eq!(slugify("Đu\u{0303}a go\u{0302}\u{0303}"), "dua-go");
    }

    #[test]
    fn long_slugs_are_cut_after_a_whole_word() {
        // 104 letters in full; "-boi" would end at byte 81.
        assert_eq!(
            slugify(
                "Nước mắm cá cơm truyền thống Phan Thiết ủ chượp mười hai tháng trong thùng gỗ bời lời đặc sản Bình Thuận"
            ),
            "nuoc-mam-ca-com-truyen-thong-phan-thiet-u-chuop-muoi-hai-thang-trong-thung-go"
        );
        // A hyphen right at byte 80 keeps all 80.
        let exact = format!("{} {}", "a".repeat(80), "b");
        assert_eq!(slugify(&exact), "a".repeat(80));
        // One word longer than 80: cut at 80.
        assert_eq!(slugify(&"x".repeat(100)), "x".repeat(80));
        assert_eq!(slugify(&"x".repeat(80)), "x".repeat(80));
    }

    #[test]
    fn punctuation_and_spaces_collapse_to_one_hyphen() {
        assert_eq!(
            slugify("  Hạt điều — rang muối (500 g)! "),
            "hat-dieu-rang-muoi-500-g"
        );
        assert_eq!(slugify("!!!"), "");
    }
}
