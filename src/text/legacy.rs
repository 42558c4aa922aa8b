//! Detecting Vietnamese typed with a legacy font encoding (TCVN3/ABC, VNI)
//! that was later read as Unicode: "Xu©n" for "Xuân" (TCVN3), "Vieät" for
//! "Việt" (VNI). Such text looks broken on every page and in every feed.

use std::ops::Range;

/// True for the Latin-1 letters and signs that legacy Vietnamese encodings
/// produce but that Vietnamese written in Unicode never uses. TCVN3 puts Vietnamese
/// letters on ¨ © ª « ¬ ® µ ¶ · ¸ ¹ … (e.g. © = â, ¬ = ơ, ® = đ); VNI writes a
/// base letter followed by a diacritic byte shown as ø ï û õ ä å ë ö ü …
/// (e.g. "aø" = à, "eä" = ệ, "Ñ" = Đ).
fn is_foreign(c: char) -> bool {
    matches!(
        c,
        '\u{A1}'..='\u{AE}'
            | '\u{B5}'..='\u{B9}'
            | '\u{BB}'..='\u{BE}'
            | 'Ä'..='Ç'
            | 'Ë'
            | 'Î'..='Ñ'
            | 'Ö'..='Ø'
            | 'Û'
            | 'Ü'
            | 'Þ'
            | 'ß'
            | 'ä'..='ç'
            | 'ë'
            | 'î'
            | 'ï'
            | 'ñ'
            | 'ö'..='ø'
            | 'û'
            | 'ü'
            | 'þ'
    )
}

/// A fast pre-check on the UTF-8 bytes: every character of [`is_foreign`]
/// is U+00A1…U+00FE, encoded as 0xC2 or 0xC3 followed by one byte, so only
/// those lead bytes (found with `memchr`) need a look.
fn may_hold_foreign(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr2_iter(0xC2, 0xC3, bytes).any(|i| {
        let Some(&next) = bytes.get(i + 1) else {
            return false;
        };
        let code = (u32::from(bytes[i] & 0x1F) << 6) | u32::from(next & 0x3F);
        char::from_u32(code).is_some_and(is_foreign)
    })
}

/// Minimum number of words with such characters before the text is
/// reported: one word may be a foreign name ("Müller"), two rarely are.
const MIN_WORDS: usize = 2;

/// A finding: where the first broken-looking word is, and which encoding
/// it most likely came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LegacyText {
    /// `"TCVN3 (ABC)"` or `"VNI"`.
    pub encoding: &'static str,
    /// The first suspicious word, as it appears.
    pub word: String,
    /// Byte range of that word in the text.
    pub span: Range<usize>,
}

/// Looks for words that contain a legacy-encoding character between
/// letters (or right after one); `None` for ordinary Unicode text.
pub fn detect_legacy_encoding(text: &str) -> Option<LegacyText> {
    if !may_hold_foreign(text) {
        return None;
    }
    let mut first: Option<(Range<usize>, &str)> = None;
    let mut words = 0;
    let mut vni_votes = 0i32;
    for (start, word) in words_with_offsets(text) {
        let chars: Vec<char> = word.chars().collect();
        let suspicious = chars.iter().enumerate().any(|(i, &c)| {
            is_foreign(c)
                && (i > 0 && chars[i - 1].is_alphabetic()
                    || chars.get(i + 1).is_some_and(|n| n.is_alphabetic()))
        });
        if !suspicious {
            continue;
        }
        words += 1;
        // VNI: diacritic bytes follow a plain vowel ("aø", "eä", "oï").
        let vni_like = chars
            .windows(2)
            .any(|w| "aeiouyAEIOUY".contains(w[0]) && "øïûõäåëöüùâ".contains(w[1]));
        vni_votes += if vni_like { 1 } else { -1 };
        if first.is_none() {
            first = Some((start..start + word.len(), word));
        }
    }
    let (span, word) = first?;
    (words >= MIN_WORDS).then(|| LegacyText {
        encoding: if vni_votes > 0 { "VNI" } else { "TCVN3 (ABC)" },
        word: word.to_owned(),
        span,
    })
}

/// Whitespace-separated words with their byte offsets, punctuation trimmed.
fn words_with_offsets(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_whitespace().map(move |w| {
        let start = w.as_ptr() as usize - text.as_ptr() as usize;
        let trimmed = w.trim_matches(|c: char| c.is_ascii_punctuation());
        let lead = w.len()
            - w.trim_start_matches(|c: char| c.is_ascii_punctuation())
                .len();
        (start + lead, trimmed)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tcvn3_text_is_detected() {
        // "Xuân Sơn đẹp" typed with a .VnTime (TCVN3) font.
        let found = detect_legacy_encoding("Xu©n S¬n ®Ñp").unwrap();
        assert_eq!(found.encoding, "TCVN3 (ABC)");
        assert_eq!(found.word, "Xu©n");
        assert_eq!(found.span, 0.."Xu©n".len());
    }

    #[test]
    fn vni_text_is_detected() {
        // "Việt Nam, Đà Lạt" typed with a VNI-Times font.
        let found = detect_legacy_encoding("Vieät Nam, Ñaø Laït").unwrap();
        assert_eq!(found.encoding, "VNI");
        assert_eq!(found.word, "Vieät");
    }

    #[test]
    fn unicode_vietnamese_and_foreign_names_pass() {
        assert_eq!(
            detect_legacy_encoding("Thịt dê xông khói, đặc sản Nhơn Sơn · 250.000 ₫ ©2025"),
            None
        );
        assert_eq!(detect_legacy_encoding("ẤM ĐẤT ÙN ÙN, Ỳ, Ò, Ì"), None);
        // One foreign name is not enough.
        assert_eq!(detect_legacy_encoding("Máy sấy của hãng Müller"), None);
    }

    /// The byte pre-check finds exactly the characters of `is_foreign`, at
    /// the start, the end and inside a text (cargo-mutants, issue #22).
    #[test]
    fn the_pre_check_agrees_with_the_character_test() {
        for code in 0xA0..=0xFF_u32 {
            let c = char::from_u32(code).unwrap();
            for text in [c.to_string(), format!("x{c}"), format!("{c}x")] {
                assert_eq!(may_hold_foreign(&text), is_foreign(c), "{text:?}");
            }
        }
        assert!(!may_hold_foreign("Thịt dê xông khói, Đà Lạt"));
    }

    #[test]
    fn a_broken_letter_at_either_end_of_a_word_counts() {
        // "Anh đi đâu?" in TCVN3: đ = ®, â = © (the broken letter starts
        // the word).
        assert_eq!(detect_legacy_encoding("Anh ®i ®©u?").unwrap().word, "®i");
        // "cá mà" in TCVN3: á = ¸, à = µ (it ends the word).
        let found = detect_legacy_encoding("c¸ mµ").unwrap();
        assert_eq!((found.encoding, found.word.as_str()), ("TCVN3 (ABC)", "c¸"));
    }

    #[test]
    fn a_plain_vowel_before_a_tcvn3_letter_is_not_vni() {
        // "Xuân Quân": u before ©, which is not one of VNI's diacritic bytes.
        let found = detect_legacy_encoding("Xu©n Qu©n").unwrap();
        assert_eq!(found.encoding, "TCVN3 (ABC)");
    }

    #[test]
    fn the_span_starts_after_leading_punctuation() {
        let found = detect_legacy_encoding("(Xu©n S¬n)").unwrap();
        assert_eq!(found.word, "Xu©n");
        assert_eq!(found.span, 1..1 + "Xu©n".len());
    }
}
