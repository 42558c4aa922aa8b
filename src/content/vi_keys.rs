//! Field names as an office writes them in Vietnamese: `giá = 150000` for
//! `price = 150000`. The content format's keys are English (docs/CONTENT.md);
//! a key typed in Vietnamese, with or without diacritics, is answered with
//! the key it means instead of the closest spelling (`gia` is not `gtin`).

use crate::text::slugify;

/// The Vietnamese words for the content format's keys, as slugs (no
/// diacritics, words joined by `-`), and the key each one means.
const WORDS: &[(&str, &str)] = &[
    ("gia", "price"),
    ("gia-ban", "price"),
    ("ten", "name"),
    ("ten-san-pham", "name"),
    ("sao", "stars"),
    ("so-sao", "stars"),
    ("hang-sao", "stars"),
    ("xa", "commune"),
    ("phuong", "commune"),
    ("anh", "images"),
    ("hinh-anh", "images"),
    ("chu-the", "producer"),
    ("don-vi", "unit"),
    ("quy-cach", "unit"),
    ("tom-tat", "summary"),
    ("mo-ta", "summary"),
    ("nhom", "group"),
    ("so", "number"),
    ("so-quyet-dinh", "number"),
    ("ngay", "date"),
    ("ngay-ky", "date"),
    ("co-quan", "issuer"),
    ("dia-chi", "address"),
    ("dien-thoai", "phone"),
    ("so-dien-thoai", "phone"),
];

/// The key that the Vietnamese word `word` means ("giá", "Gia", "số sao"),
/// if it is one of [`WORDS`].
pub(crate) fn key_for(word: &str) -> Option<&'static str> {
    let slug = slugify(word);
    WORDS.iter().find(|(w, _)| *w == slug).map(|(_, key)| *key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_words_with_or_without_diacritics_mean_the_key() {
        assert_eq!(key_for("giá"), Some("price"));
        assert_eq!(key_for("gia"), Some("price"));
        assert_eq!(key_for("Số sao"), Some("stars"));
        assert_eq!(key_for("chủ thể"), Some("producer"));
        assert_eq!(key_for("gtin"), None);
    }
}
