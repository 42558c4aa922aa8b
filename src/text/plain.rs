//! Plain text for machines and one-line places (feeds, structured data,
//! titles): control characters out, white space folded, lengths cut on a
//! word boundary.
//!
//! Every length here is in Unicode scalar values ("characters"), which is
//! how Google Merchant Center and Meta count them; the content is NFC, so a
//! Vietnamese letter with its tone mark is one character.

use std::borrow::Cow;

use icu_properties::CodePointMapData;
use icu_properties::props::GeneralCategory;
use unicode_segmentation::UnicodeSegmentation;

/// True for the control characters: C0 controls except tab and line feed,
/// DEL, C1 controls (U+0080–U+009F), and the noncharacters U+FFFE/U+FFFF.
/// XML 1.0 forbids most of them even as character references, they break
/// CSV readers and spreadsheets, and no page shows them.
fn is_control(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{8}' | '\u{b}'..='\u{1f}' | '\u{7f}'..='\u{9f}' | '\u{fffe}' | '\u{ffff}')
}

/// True for the invisible format characters, Unicode general category Cf
/// (from ICU4X's tables): the right-to-left override U+202E (which shows
/// "gpj.exe" as "exe.jpg"), zero-width space U+200B, non-joiner U+200C,
/// joiner U+200D, the BOM U+FEFF pasted inside a line, the soft hyphen
/// U+00AD, bidirectional marks and isolates, emoji tags. Pasted from web
/// pages and chat apps, they hide in a name and change how it sorts,
/// matches and shows.
pub(crate) fn is_invisible(c: char) -> bool {
    !c.is_ascii() && CodePointMapData::<GeneralCategory>::new().get(c) == GeneralCategory::Format
}

/// True for the characters that may be left out of feeds: [`is_control`]
/// and [`is_invisible`] ([`stays`] says which are).
fn is_unwanted(c: char) -> bool {
    is_control(c) || is_invisible(c)
}

/// True for a part of an emoji sequence (Unicode TS #51): a symbol (So), an
/// emoji modifier (Sk), the emoji variation selector U+FE0F, a tag
/// character (U+E0020–U+E007F, a subdivision flag's).
fn is_emoji_part(c: char) -> bool {
    let gc = CodePointMapData::<GeneralCategory>::new().get(c);
    matches!(
        gc,
        GeneralCategory::OtherSymbol | GeneralCategory::ModifierSymbol
    ) || c == '\u{FE0F}'
        || ('\u{E0020}'..='\u{E007F}').contains(&c)
}

/// Whether `c`, between `prev` and `next`, stays in a feed: a control never;
/// an invisible format character only when it holds an emoji together (a
/// zero-width joiner between two parts of an emoji, "👨‍👩‍👧"; the tags of a
/// subdivision flag).
fn stays(prev: Option<char>, c: char, next: Option<char>) -> bool {
    if is_control(c) {
        return false;
    }
    if !is_invisible(c) {
        return true;
    }
    match c {
        '\u{200D}' => prev.is_some_and(is_emoji_part) && next.is_some_and(is_emoji_part),
        '\u{E0020}'..='\u{E007F}' => prev.is_some_and(is_emoji_part),
        _ => false,
    }
}

/// Each character of `text` with its neighbours.
fn in_context(text: &str) -> impl Iterator<Item = (Option<char>, char, Option<char>)> + '_ {
    let mut prev = None;
    let mut rest = text.chars().peekable();
    std::iter::from_fn(move || {
        let c = rest.next()?;
        let here = (prev, c, rest.peek().copied());
        prev = Some(c);
        Some(here)
    })
}

/// The first control character of `text` (see [`is_control`]), if any.
pub(crate) fn first_control(text: &str) -> Option<char> {
    text.chars().find(|&c| is_control(c))
}

/// The first invisible format character of `text` (see [`is_invisible`])
/// that feeds leave out ([`stays`]: not an emoji's joiner), if any.
pub(crate) fn first_invisible(text: &str) -> Option<char> {
    in_context(text)
        .find(|&(prev, c, next)| is_invisible(c) && !stays(prev, c, next))
        .map(|(_, c, _)| c)
}

/// `text` without its control characters (see [`is_control`]): for HTML,
/// which keeps the invisible format characters an emoji or a word may need.
pub(crate) fn strip_controls(text: &str) -> Cow<'_, str> {
    if first_control(text).is_some() {
        Cow::Owned(text.chars().filter(|&c| !is_control(c)).collect())
    } else {
        Cow::Borrowed(text)
    }
}

/// `text` without its control and invisible format characters, an emoji's
/// joiners and tags kept ([`stays`]): for feeds, the JSON export and
/// one-line places.
pub(crate) fn strip_unwanted(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unwanted) {
        return Cow::Borrowed(text);
    }
    in_context(text)
        .filter(|&(prev, c, next)| stays(prev, c, next))
        .map(|(_, c, _)| c)
        .collect()
}

/// One line of text: controls removed, every run of white space (line
/// breaks included) turned into one space, trimmed. For titles, labels and
/// names.
pub(crate) fn one_line(text: &str) -> String {
    strip_unwanted(text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// `text` cut to at most `max` characters (Unicode scalar values, the
/// unit in which Google Merchant Center and Meta state their limits). A cut
/// text ends with "…" (which counts) and is cut at the last white space
/// that keeps at least half of the allowed length, so no word is split; a
/// text without such a space (one very long word) is cut between
/// characters. Either way the cut falls on an extended grapheme cluster
/// boundary (Unicode Standard Annex #29, via `unicode-segmentation`): a
/// letter keeps its combining marks (a decomposed "ế"), an emoji its
/// zero-width-joined parts, skin tone and variation selector, a flag both
/// of its regional indicators. Trailing punctuation before the "…" goes too.
pub(crate) fn truncate(text: &str, max: usize) -> Cow<'_, str> {
    if text.chars().count() <= max {
        return Cow::Borrowed(text);
    }
    if max == 0 {
        return Cow::Borrowed("");
    }
    let keep = max - 1;
    // Byte offset just past the last whole grapheme cluster that fits in
    // `keep` characters, and the last white space before it that keeps at
    // least half of them.
    let mut end = 0;
    let mut chars = 0;
    let mut word_end = None;
    for (i, g) in text.grapheme_indices(true) {
        let n = g.chars().count();
        if chars + n > keep {
            break;
        }
        if g.chars().all(char::is_whitespace) && chars * 2 >= keep {
            word_end = Some(i);
        }
        chars += n;
        end = i + g.len();
    }
    let end = word_end.unwrap_or(end);
    let kept = text[..end]
        .trim_end()
        .trim_end_matches([',', ';', ':', '-', '–', '—', '(', '/', '.', '…'])
        .trim_end();
    Cow::Owned(format!("{kept}…"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_go_tabs_and_newlines_stay() {
        assert_eq!(
            strip_controls("a\u{1}b\u{7}c\u{85}d\u{9f}\te\nf\u{7f}"),
            "abcd\te\nf"
        );
        assert_eq!(first_control("ok\u{1b}[31m"), Some('\u{1b}'));
        assert!(matches!(strip_controls("Thịt dê 🐐"), Cow::Borrowed(_)));
        assert_eq!(
            one_line("  Thịt\n dê\t xông\u{0}  khói "),
            "Thịt dê xông khói"
        );
    }

    /// What a name pasted from a web page or a chat app brings: a
    /// right-to-left override, zero-width characters, a BOM, a soft hyphen.
    #[test]
    fn invisible_format_characters_leave_feeds_but_not_pages() {
        let pasted = "\u{FEFF}Thịt\u{200B} dê\u{AD} xông\u{200C}\u{200D} khói \u{202E}gpj.exe";
        assert_eq!(first_invisible(pasted), Some('\u{FEFF}'));
        assert_eq!(first_control(pasted), None);
        assert_eq!(strip_unwanted(pasted), "Thịt dê xông khói gpj.exe");
        assert_eq!(one_line(pasted), "Thịt dê xông khói gpj.exe");
        // Pages keep them; controls go.
        assert_eq!(strip_controls(pasted), pasted);
        // An emoji keeps its joiners (a family) and tags (Scotland's flag).
        let family = "👨\u{200D}👩\u{200D}👧";
        let scotland = "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}";
        let name = format!("Mật ong {family} {scotland}\u{200D}");
        assert_eq!(
            strip_unwanted(&name),
            format!("Mật ong {family} {scotland}")
        );
        assert_eq!(first_invisible(&name), Some('\u{200D}'));
        assert_eq!(first_invisible(family), None);
        // Ordinary Vietnamese, Latin-1 signs and emoji are not format characters.
        for c in ['ế', 'Đ', '₫', '©', '«', '·', '🐐', '\u{301}', ' ', '\u{A0}'] {
            assert!(!is_invisible(c), "{c:?}");
        }
        for c in ['\u{200E}', '\u{2066}', '\u{2060}', '\u{E0067}', '\u{61C}'] {
            assert!(is_invisible(c), "{c:?}");
        }
    }

    #[test]
    fn cuts_on_a_word_boundary() {
        assert_eq!(truncate("short", 10), "short");
        assert_eq!(truncate("Thịt dê xông khói Nhơn Sơn", 12), "Thịt dê…");
        let cut = truncate("Thịt dê xông khói Nhơn Sơn", 12);
        assert!(cut.chars().count() <= 12);
        // One long word: cut between letters.
        assert_eq!(truncate("abcdefghij", 5), "abcd…");
        // A decomposed letter keeps its marks.
        let decomposed = "aaae\u{302}\u{301}zz";
        let cut = truncate(decomposed, 5);
        assert!(
            !cut.contains('\u{302}') || cut.contains("e\u{302}\u{301}"),
            "{cut}"
        );
        assert!(cut.chars().count() <= 5);
        assert_eq!(truncate("Một, hai, ba bốn năm", 11), "Một, hai…");
    }

    /// Every cut of `text` to 1…len characters stays within the limit and
    /// keeps only whole grapheme clusters of `text`.
    fn cuts_whole_clusters(text: &str) {
        let clusters: Vec<&str> = text.graphemes(true).collect();
        for max in 1..=text.chars().count() + 1 {
            let cut = truncate(text, max);
            assert!(cut.chars().count() <= max, "{max}: {cut}");
            let kept = cut.strip_suffix('…').unwrap_or(&cut);
            let mut rest = kept;
            for c in &clusters {
                match rest.strip_prefix(c) {
                    Some(r) => rest = r,
                    None => break,
                }
            }
            assert!(rest.is_empty(), "{max}: {cut:?} splits a cluster");
        }
    }

    #[test]
    fn cuts_never_split_a_grapheme_cluster() {
        // Family emoji (7 scalars joined by ZWJ), flags, skin tones, keycaps.
        let family = "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}\u{200D}\u{1F466}";
        cuts_whole_clusters(&family.repeat(30));
        cuts_whole_clusters("🇻🇳🇻🇳🇻🇳👍🏽👍🏽❤️❤️1️⃣2️⃣");
        // Decomposed Vietnamese letters (NFD), Thai and Devanagari marks,
        // right-to-left text with marks.
        cuts_whole_clusters("Vie\u{0323}\u{0302}t Nam  ngo\u{031B}\u{0300}i");
        cuts_whole_clusters("ภาษาไทยกำลังน้ำ");
        cuts_whole_clusters("हिन्दी क्षत्रिय");
        cuts_whole_clusters("مَرْحَبًا بِكُمْ");
        // A 210-character name of families: cut between families.
        let name = family.repeat(30);
        assert_eq!(truncate(&name, 150), format!("{}…", family.repeat(21)));
    }
}
