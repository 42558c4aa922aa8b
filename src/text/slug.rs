//! Slugs: the ASCII folder names that become URL path segments.

/// Turns a Vietnamese name into a URL slug: lowercase ASCII letters and digits
/// joined by single hyphens, tones and diacritics removed, đ → d.
///
/// "Thịt dê xông khói" → `thit-de-xong-khoi`, "Đũa gỗ" → `dua-go`.
/// Transliteration is done by the `deunicode` tables (through the `slug`
/// crate), which map every Vietnamese letter to its base Latin letter.
/// Returns an empty string when the name has no letter or digit at all.
pub fn slugify(name: &str) -> String {
    slug::slugify(name)
}

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
    fn punctuation_and_spaces_collapse_to_one_hyphen() {
        assert_eq!(
            slugify("  Hạt điều — rang muối (500 g)! "),
            "hat-dieu-rang-muoi-500-g"
        );
        assert_eq!(slugify("!!!"), "");
    }
}
