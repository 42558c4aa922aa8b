//! Folding administrative-unit names for comparison: "Xã Ma Nới", "xa ma noi"
//! and "MA NOI" are the same name.

use super::UnitKind;
use crate::text::{nfc, slugify};

/// Words that may stand before a unit's or province's name, lowercase NFC,
/// longest first where one begins another. Each is recognised followed by
/// white space, or (the abbreviations ending in ".") by anything.
const PREFIXES: &[(&str, Option<UnitKind>)] = &[
    ("thị trấn", Some(UnitKind::Township)),
    ("thị xã", None),
    ("đặc khu", Some(UnitKind::SpecialZone)),
    ("phường", Some(UnitKind::Ward)),
    ("xã", Some(UnitKind::Commune)),
    ("huyện", Some(UnitKind::District)),
    ("quận", None),
    ("thành phố", None),
    ("thủ đô", None),
    ("tỉnh", None),
    ("tp.", None),
    ("tx.", None),
    ("tt.", Some(UnitKind::Township)),
    ("tp", None),
    ("tx", None),
    // Typed without diacritics.
    ("thi tran", Some(UnitKind::Township)),
    ("thi xa", None),
    ("dac khu", Some(UnitKind::SpecialZone)),
    ("phuong", Some(UnitKind::Ward)),
    ("xa", Some(UnitKind::Commune)),
    ("huyen", Some(UnitKind::District)),
    ("quan", None),
    ("thanh pho", None),
    ("thu do", None),
    ("tinh", None),
];

/// The words of an administrative kind written before a Vietnamese place
/// name, in full and with their diacritics, lowercase NFC: "thị trấn",
/// "thị xã", "đặc khu", "phường", "xã", "huyện", "quận", "thành phố",
/// "thủ đô", "tỉnh" (no abbreviation, nothing typed without diacritics:
/// "Xa Dung" is a xã's whole name).
pub fn kind_words() -> impl Iterator<Item = &'static str> {
    PREFIXES
        .iter()
        .map(|(word, _)| *word)
        .filter(|word| !word.is_ascii())
}

/// The comparison key of an administrative unit's or province's name: NFC,
/// then one leading kind word removed ("xã", "phường", "thị trấn", "đặc khu",
/// "huyện", "quận", "thị xã", "tỉnh", "thành phố", "thủ đô", "TP.", "TX.",
/// "TT.", with or without diacritics, any case), then the project's slug
/// folding ([`slugify`]: lowercase, diacritics removed, đ → d, punctuation and
/// spaces to single hyphens).
///
/// "Xã Ma Nới", "xa ma noi" and "MA NỚI" give `ma-noi`; "TP. Phan Rang–Tháp
/// Chàm" gives `phan-rang-thap-cham`. Distinct names can share a key ("Văn
/// Lang" and "Văn Lăng" both give `van-lang`): the lookups of this module
/// then prefer the name spelled exactly as asked.
pub fn fold_name(name: &str) -> String {
    Query::new(name).key
}

/// The key of a name without kind, as the table holds it: [`slugify`]'s
/// folding, no word removed ("Phường Đúc" was a phường's whole name).
pub(super) fn name_key(name: &str) -> String {
    slugify(name)
}

/// A name as asked: its key, the kind its leading word names, and the key of
/// the whole text in case that word is part of the name itself ("Phường Đúc"
/// was a phường of Huế, "Xa Dung" is a xã of Điện Biên).
pub(super) struct Query {
    /// [`fold_name`]'s key.
    pub key: String,
    /// Lowercase NFC text after the kind word, spaces collapsed, for
    /// preferring the exact spelling among names with the same key.
    pub exact: String,
    /// The whole text, lowercase NFC, spaces collapsed.
    pub text: String,
    /// The kind the leading word names, if it names a unit's kind.
    pub kind: Option<UnitKind>,
    /// The key of the whole text, when a leading word was removed.
    pub whole: Option<String>,
}

impl Query {
    pub fn new(name: &str) -> Query {
        let lower = nfc(name).to_lowercase();
        let lower = lower.split_whitespace().collect::<Vec<_>>().join(" ");
        for &(prefix, kind) in PREFIXES {
            let Some(rest) = lower.strip_prefix(prefix) else {
                continue;
            };
            if !prefix.ends_with('.') && !rest.starts_with(' ') {
                continue;
            }
            let key = slugify(rest);
            if key.is_empty() {
                continue;
            }
            return Query {
                key,
                exact: rest.trim().to_owned(),
                kind,
                whole: Some(slugify(&lower)),
                text: lower,
            };
        }
        Query {
            key: slugify(&lower),
            exact: lower.clone(),
            kind: None,
            whole: None,
            text: lower,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kind_words_case_and_diacritics_are_ignored() {
        for name in [
            "Xã Ma Nới",
            "xã Ma Nới",
            "XÃ MA NỚI",
            "xa ma noi",
            "Ma Nới",
            "ma noi",
            "  Xã   Ma  Nới ",
            // NFD, as typed on macOS: "ơ" + U+0301.
            "Xa\u{303} Ma No\u{31B}\u{301}i",
        ] {
            assert_eq!(fold_name(name), "ma-noi", "{name:?}");
        }
        assert_eq!(fold_name("Phường Đô Vinh"), "do-vinh");
        assert_eq!(fold_name("phuong do vinh"), "do-vinh");
        assert_eq!(fold_name("Thị trấn Tân Sơn"), "tan-son");
        assert_eq!(fold_name("Đặc khu Trường Sa"), "truong-sa");
        assert_eq!(fold_name("Huyện Ninh Sơn"), "ninh-son");
        assert_eq!(fold_name("Tỉnh Ninh Thuận"), "ninh-thuan");
        assert_eq!(fold_name("Thành phố Hồ Chí Minh"), "ho-chi-minh");
        assert_eq!(fold_name("TP.Hồ Chí Minh"), "ho-chi-minh");
        assert_eq!(fold_name("TX. Ninh Hòa"), "ninh-hoa");
        assert_eq!(
            fold_name("TP. Phan Rang–Tháp Chàm"),
            fold_name("Phan Rang - Tháp Chàm")
        );
    }

    #[test]
    fn a_kind_word_alone_or_inside_a_name_is_kept() {
        // No name after the word: nothing to strip.
        assert_eq!(fold_name("Xã"), "xa");
        // "Xà Hồ" is a name, not "xã Hồ": only "xã"/"xa" are the kind word.
        assert_eq!(fold_name("Xà Hồ"), "xa-ho");
        // "Tịnh Phong", "Phương Mai": words that fold like kind words.
        assert_eq!(fold_name("Tịnh Phong"), "tinh-phong");
        assert_eq!(fold_name("Phương Mai"), "phuong-mai");
        // "Tpx" does not start with the abbreviation "tp" plus a space.
        assert_eq!(fold_name("Tpx"), "tpx");
    }

    #[test]
    fn the_query_keeps_the_kind_and_the_whole_text() {
        let q = Query::new("Thị trấn Lịch Hội Thượng");
        assert_eq!(q.kind, Some(UnitKind::Township));
        assert_eq!(q.whole.as_deref(), Some("thi-tran-lich-hoi-thuong"));
        assert_eq!(q.exact, "lịch hội thượng");
        assert_eq!(q.text, "thị trấn lịch hội thượng");
        let q = Query::new("Ma Nới");
        assert_eq!((q.kind, q.whole), (None, None));
    }
}
