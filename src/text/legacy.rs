//! Detecting Vietnamese typed with a legacy font encoding (TCVN3/ABC, VNI)
//! that was later read as Unicode: "Xu©n" for "Xuân" (TCVN3), "Vieät" for
//! "Việt" (VNI). Such text looks broken on every page and in every feed.
//!
//! Ordinary text must never be taken for it: typographic quotes and
//! guillemets (“ ” ‘ ’ « » ‹ ›), © ® ™, and French, German or Spanish words
//! ("crème brûlée", "Müller", "Größe", "naïf", "Noël", "año") all use some
//! of the same Latin-1 characters. So each word is weighed: *strong*
//! evidence is a sign that no language puts there (a TCVN3 letter such as
//! `¬` = ơ between letters; a VNI tone byte such as `ø` = huyền right after
//! a vowel); *weak* evidence is what a foreign word may also show (`naïf`,
//! `Noël`, a soft hyphen inside a word). A text is certainly legacy-encoded
//! ([`Certainty::Certain`]) with strong evidence in two words, or in one
//! word and weak evidence in two more; it only may be
//! ([`Certainty::Possible`]) with strong evidence in a single word; weak
//! evidence alone is nothing.
//!
//! The tables are those of TCVN 5712:1993 (VN3, the ".Vn" fonts) and of VNI
//! for Windows (the "VNI-" fonts), read as Windows-1252/Latin-1.

use std::ops::Range;

/// The Latin-1 signs that TCVN3 uses for Vietnamese letters, which no
/// Latin-script language uses as a letter: Ă Â Ê Ô Ơ Ư Đ (¡ ¢ £ ¤ ¥ ¦ §),
/// ă â ê ô ơ ư đ (¨ © ª « ¬ soft-hyphen ®), à ả ã á ạ (µ ¶ · ¸ ¹), ằ ẳ ẵ ắ
/// (» ¼ ½ ¾). TCVN3's other toned vowels fall on Latin-1 letters (ặ = Æ,
/// ậ = Ë, ẹ = Ñ…), which French or German also use, so they are no
/// evidence.
fn is_tcvn3_sign(c: char) -> bool {
    matches!(c, '\u{A1}'..='\u{AE}' | '\u{B5}'..='\u{B9}' | '\u{BB}'..='\u{BE}')
}

/// TCVN3 signs that ordinary typography puts next to a letter, at the start
/// or end of a word: © ® (Brand®), « » (« Xuân », German »Wort«), ª
/// (Nª), ¡ (¡Hola!), µ (µg), · (a middle dot). There they are no evidence.
fn is_typographic_at_edge(c: char) -> bool {
    matches!(c, '©' | '®' | '«' | '»' | 'ª' | '¡' | 'µ' | '·' | '\u{AD}')
}

/// What VNI writes after a letter, and how sure that is: VNI types a plain
/// letter followed by a byte for its hat or tone, shown in Latin-1 as
/// "Vieät" (Việt: e + `ä`), "Laø" (Là: a + `ø`), "Thieát" (Thiết: e +
/// `á`), "Nöôùc" (Nước: `ö` = ư, `ô` = ơ).
///
/// Strong: `ø` `å` `ä` after a vowel; `à` `á` `â` `ã` `ê` after a or e, `â`
/// after o (Vietnamese writes "hoà" and "quá", never "eá" or "aâ"); `ô`
/// after `ö` (ươ). Weak, because French or German also write them there:
/// `ï` `ë` `û` `ü` `ö` after a vowel ("naïf", "Noël", "goût"), `é` `è`
/// after a ("aéroport").
fn vni_pair(prev: char, c: char) -> Evidence {
    let upper = |x: char| x.to_uppercase().next().unwrap_or(x);
    let (p, m) = (upper(prev), upper(c));
    match (p, m) {
        ('Ö', 'Ô') => Evidence::Strong,
        (p, _) if !"AEIOUY".contains(p) => Evidence::None,
        (_, 'Ø' | 'Å' | 'Ä') => Evidence::Strong,
        ('A' | 'E', 'À' | 'Á' | 'Â' | 'Ã' | 'Ê') | ('O', 'Â') => Evidence::Strong,
        (_, 'Ï' | 'Ë' | 'Û' | 'Ü' | 'Ö') | ('A', 'É' | 'È') => Evidence::Weak,
        _ => Evidence::None,
    }
}

fn is_plain_vowel(c: char) -> bool {
    "aeiouyAEIOUY".contains(c)
}

/// A fast pre-check on the UTF-8 bytes: every sign and mark above is
/// U+00A1…U+00FF, encoded as 0xC2 or 0xC3 followed by one byte, so only
/// those lead bytes (found with `memchr`) need a look, and the byte or
/// character before them.
fn may_hold_legacy(text: &str) -> bool {
    let bytes = text.as_bytes();
    let latin1 = |i: usize| {
        let lead = *bytes.get(i)?;
        let next = *bytes.get(i + 1)?;
        if !matches!(lead, 0xC2 | 0xC3) {
            return None;
        }
        char::from_u32((u32::from(lead & 0x1F) << 6) | u32::from(next & 0x3F))
    };
    memchr::memchr2_iter(0xC2, 0xC3, bytes).any(|i| {
        let Some(c) = latin1(i) else {
            return false;
        };
        let prev = match i {
            0 => None,
            _ => char::from(bytes[i - 1])
                .is_ascii()
                .then(|| char::from(bytes[i - 1]))
                .or_else(|| i.checked_sub(2).and_then(latin1)),
        };
        is_tcvn3_sign(c)
            || matches!(c, 'ñ' | 'Ñ')
            || prev.is_some_and(|p| vni_pair(p, c) != Evidence::None)
    })
}

/// How sure the finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Certainty {
    /// Strong evidence in two words, or in one and weak evidence in two
    /// more: an error.
    Certain,
    /// Strong evidence in one word only: a warning.
    Possible,
}

/// A finding: where the first broken-looking word is, which encoding it
/// most likely came from and how sure that is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LegacyText {
    /// `"TCVN3 (ABC)"` or `"VNI"`.
    pub encoding: &'static str,
    /// The first word with strong evidence, as it appears.
    pub word: String,
    /// Byte range of that word in the text.
    pub span: Range<usize>,
    /// Certain (an error) or possible (a warning).
    pub certainty: Certainty,
}

/// What one word shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Evidence {
    None,
    Weak,
    Strong,
}

/// The evidence of one word (punctuation trimmed), and whether it points to
/// VNI rather than TCVN3.
fn weigh(chars: &[char]) -> (Evidence, bool) {
    let letter = |i: Option<usize>| {
        i.and_then(|i| chars.get(i))
            .is_some_and(|&c| c.is_alphabetic() || is_tcvn3_sign(c))
    };
    let mut tcvn3 = Evidence::None;
    let mut vni = Evidence::None;
    for (i, &c) in chars.iter().enumerate() {
        let before = letter(i.checked_sub(1));
        let after = letter(Some(i + 1));
        if is_tcvn3_sign(c) {
            let found = match (before, after) {
                (false, false) => Evidence::None,
                // Catalan's "l·l" and a soft hyphen inside a word are ordinary.
                (true, true) if c == '·' && chars[i - 1] == 'l' => Evidence::None,
                (true, true) if c == '·' || c == '\u{AD}' => Evidence::Weak,
                (true, true) => Evidence::Strong,
                // đ (®) and â (©) start many words; ® never starts a word in
                // typography, © may ("©Công ty").
                (false, true) if c == '®' => Evidence::Strong,
                (false, true) if c == '©' => Evidence::Weak,
                _ if is_typographic_at_edge(c) => Evidence::None,
                _ => Evidence::Strong,
            };
            tcvn3 = tcvn3.max(found);
        } else if i > 0 {
            vni = vni.max(vni_pair(chars[i - 1], c));
        } else if i == 0
            && matches!(c, 'ñ' | 'Ñ')
            && chars.get(1).copied().is_some_and(is_plain_vowel)
        {
            // VNI's đ: "ñaëc" is "đặc" (Spanish starts few words with ñ).
            vni = vni.max(Evidence::Weak);
        }
    }
    (tcvn3.max(vni), vni > tcvn3)
}

/// Looks for text typed with a legacy Vietnamese font; `None` for ordinary
/// Unicode text, whatever its language and typography.
pub fn detect_legacy_encoding(text: &str) -> Option<LegacyText> {
    if !may_hold_legacy(text) {
        return None;
    }
    let mut first: Option<(Range<usize>, &str)> = None;
    let (mut strong, mut weak, mut vni_votes) = (0usize, 0usize, 0i32);
    for (start, word) in words_with_offsets(text) {
        let chars: Vec<char> = word.chars().collect();
        let (evidence, vni) = weigh(&chars);
        match evidence {
            Evidence::None => continue,
            Evidence::Weak => weak += 1,
            Evidence::Strong => {
                strong += 1;
                if first.is_none() {
                    first = Some((start..start + word.len(), word));
                }
            }
        }
        vni_votes += if vni { 1 } else { -1 };
    }
    let (span, word) = first?;
    let certainty = if strong >= 2 || weak >= 2 {
        Certainty::Certain
    } else {
        Certainty::Possible
    };
    Some(LegacyText {
        encoding: if vni_votes > 0 { "VNI" } else { "TCVN3 (ABC)" },
        word: word.to_owned(),
        span,
        certainty,
    })
}

/// Whitespace-separated words with their byte offsets, punctuation and
/// quotes (ASCII, typographic, guillemets) trimmed.
fn words_with_offsets(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let outer = |c: char| {
        c.is_ascii_punctuation()
            || matches!(
                c,
                '“' | '”' | '‘' | '’' | '„' | '‚' | '‹' | '›' | '…' | '–' | '—'
            )
    };
    text.split_whitespace().map(move |w| {
        let start = w.as_ptr() as usize - text.as_ptr() as usize;
        let trimmed = w.trim_matches(outer);
        let lead = w.len() - w.trim_start_matches(outer).len();
        (start + lead, trimmed)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(text: &str) -> Option<(&'static str, String, Certainty)> {
        detect_legacy_encoding(text).map(|f| (f.encoding, f.word, f.certainty))
    }

    const TCVN3: &str = "TCVN3 (ABC)";

    #[test]
    fn tcvn3_text_is_detected() {
        // "Xuân Sơn đẹp" typed with a .VnTime (TCVN3) font: â = ©, ơ = ¬,
        // đ = ®, ẹ = Ñ.
        let found = detect_legacy_encoding("Xu©n S¬n ®Ñp").unwrap();
        assert_eq!(found.encoding, TCVN3);
        assert_eq!(found.word, "Xu©n");
        assert_eq!(found.span, 0.."Xu©n".len());
        assert_eq!(found.certainty, Certainty::Certain);
    }

    #[test]
    fn a_name_in_tcvn3_alone_may_be_and_a_sentence_certainly_is() {
        // "Nho Ninh Sơn" in TCVN3: ơ is 0xAC, shown as ¬. One word only: a
        // warning.
        assert_eq!(
            finding("Nho Ninh S¬n"),
            Some((TCVN3, "S¬n".to_owned(), Certainty::Possible))
        );
        // "Nho Ninh Sơn, đặc sản Ninh Thuận": đ = ® (0xAE), ặ = Æ (0xC6),
        // ả = ¶ (0xB6), ậ = Ë (0xCB).
        assert_eq!(
            finding("Nho Ninh S¬n, ®Æc s¶n Ninh ThuËn"),
            Some((TCVN3, "S¬n".to_owned(), Certainty::Certain))
        );
    }

    #[test]
    fn vni_text_is_detected() {
        // "Việt Nam, Đà Lạt" typed with a VNI-Times font: ệ = e + ä,
        // Đ = Ñ, à = a + ø, ạ = a + ï.
        let found = detect_legacy_encoding("Vieät Nam, Ñaø Laït").unwrap();
        assert_eq!(found.encoding, "VNI");
        assert_eq!(found.word, "Vieät");
        assert_eq!(found.certainty, Certainty::Certain);
        // "Nước mắm Phan Thiết": ư = ö, ớ = ô + ù, ắ = a + é, ế = e + á.
        assert_eq!(
            finding("Nöôùc maém Phan Thieát"),
            Some(("VNI", "Nöôùc".to_owned(), Certainty::Certain))
        );
    }

    #[test]
    fn a_name_in_vni_is_found_in_a_sentence() {
        // "Nho Ninh Sơn" in VNI is "Nho Ninh Sôn" (ơ = ô, 0xF4): ordinary
        // letters, which nothing can tell from a typo.
        assert_eq!(finding("Nho Ninh Sôn"), None);
        // "…, đặc sản Ninh Thuận": đ = ñ, ặ = a + ë, ả = a + û, ậ = a + ä.
        // One strong word (Thuaän) and two weak ones (ñaëc, saûn).
        assert_eq!(
            finding("Nho Ninh Sôn, ñaëc saûn Ninh Thuaän"),
            Some(("VNI", "Thuaän".to_owned(), Certainty::Certain))
        );
        assert_eq!(
            finding("Nho Ninh Sôn, Ninh Thuaän"),
            Some(("VNI", "Thuaän".to_owned(), Certainty::Possible))
        );
    }

    #[test]
    fn unicode_vietnamese_and_foreign_names_pass() {
        for text in [
            "Thịt dê xông khói, đặc sản Nhơn Sơn · 250.000 ₫ ©2025",
            "ẤM ĐẤT ÙN ÙN, Ỳ, Ò, Ì",
            "Xuân, quê, giá, già, quà, hoà, hoá, tiên, yêu, giúp, khoẻ, Đà Lạt",
            "Máy sấy của hãng Müller",
        ] {
            assert_eq!(finding(text), None, "{text}");
        }
    }

    #[test]
    fn typographic_and_foreign_text_is_never_taken_for_a_legacy_font() {
        for text in [
            // Word's quotes, guillemets both ways, © ® ™.
            "“Nho Ninh Sơn” – ‘ngọt’ «Xuân» »Wort« © Hợp tác xã® OCOP™ ©Công ty",
            "Bánh « crème brûlée » của đầu bếp Müller, Größe M, naïf, Noël, goût",
            "Haïti, Citroën, Raphaël, aéroport, año, Ñandú, Smørrebrød, Skåne",
            "col·lecció, 5µg, ¡Hola!, Nª Sra, 1½ kg, £5, Nhơn\u{AD}Sơn",
        ] {
            assert_eq!(finding(text), None, "{text}");
        }
    }

    /// The byte pre-check lets through every character that can be evidence
    /// in a word, after every kind of letter (cargo-mutants, issue #22).
    #[test]
    fn the_pre_check_never_misses_evidence() {
        for code in 0xA0..=0xFF_u32 {
            let c = char::from_u32(code).unwrap();
            for prev in ["", "x", "a", "E", "o", "ö"] {
                for next in ["", "n"] {
                    let text = format!("{prev}{c}{next}");
                    let chars: Vec<char> = text.chars().collect();
                    if weigh(&chars).0 != Evidence::None {
                        assert!(may_hold_legacy(&text), "{text:?}");
                    }
                }
            }
        }
        assert!(!may_hold_legacy("Thịt dê xông khói, Đà Lạt, quà, hoà"));
    }

    #[test]
    fn a_broken_letter_at_either_end_of_a_word_counts() {
        // "Anh đi đâu?" in TCVN3: đ = ®, â = © (the broken letter starts
        // the word).
        assert_eq!(detect_legacy_encoding("Anh ®i ®©u?").unwrap().word, "®i");
        // "cá mà" in TCVN3: á = ¸, à = µ. ¸ ends a word; µ may be the micro
        // sign there, so one word only.
        assert_eq!(
            finding("c¸ mµ"),
            Some((TCVN3, "c¸".to_owned(), Certainty::Possible))
        );
    }

    #[test]
    fn a_plain_vowel_before_a_tcvn3_letter_is_not_vni() {
        // "Xuân Quân": u before ©, which is not one of VNI's bytes.
        let found = detect_legacy_encoding("Xu©n Qu©n").unwrap();
        assert_eq!(found.encoding, TCVN3);
    }

    #[test]
    fn the_span_starts_after_leading_punctuation() {
        let found = detect_legacy_encoding("(Xu©n S¬n)").unwrap();
        assert_eq!(found.word, "Xu©n");
        assert_eq!(found.span, 1..1 + "Xu©n".len());
        let found = detect_legacy_encoding("“Xu©n S¬n”").unwrap();
        assert_eq!(found.span, "“".len().."“Xu©n".len());
    }
}
