//! The data document a template reads (`/data.json`), with only the
//! characters the layouts' fonts can draw.
//!
//! PDF/A forbids text drawn with a font's "missing glyph" box (ISO 19005-2,
//! 6.2.11.8, the `.notdef` glyph), and Typst refuses to export such a PDF.
//! So a product named "Mật ong 🍯" would stop the whole build, though the
//! website shows it (the reader's browser has an emoji font). Here every
//! character that no font of `<theme>/print/fonts/` has is left out of the
//! text, with the rest of its grapheme cluster (an emoji's joiners and skin
//! tone), and the build summary names them; so are the control characters
//! that feeds leave out (the content check warns about those:
//! `control-character`). A text left with nothing to show prints as U+FFFD
//! "�", the Unicode mark of a character that cannot be shown, so that a
//! name made only of emoji leaves a mark, not a hole.

use std::collections::BTreeSet;

use serde_json::Value;
use unicode_segmentation::UnicodeSegmentation;

use super::data::Edition;
use super::theme::PrintTheme;
use crate::text::strip_controls;

/// What a text made only of characters the fonts lack prints as: U+FFFD
/// REPLACEMENT CHARACTER, which Noto Sans has.
const REPLACEMENT: &str = "\u{fffd}";

/// `edition` as the JSON document the templates read, every character the
/// fonts cannot draw left out; and the characters left out (control
/// characters not counted).
pub(crate) fn document(theme: &PrintTheme, edition: &Edition) -> (Vec<u8>, BTreeSet<char>) {
    let mut value = serde_json::to_value(edition).expect("print data serialises");
    let mut dropped = BTreeSet::new();
    keep_printable(theme, &mut value, &mut dropped);
    let json = serde_json::to_vec(&value).expect("a JSON value serialises");
    (json, dropped)
}

/// Removes from every string of `value` the control characters and the
/// grapheme clusters holding a character no font of `theme` has; those
/// characters go to `dropped`. Where a cluster was left out, runs of spaces
/// become one and the ends are trimmed; a text left empty becomes "�".
fn keep_printable(theme: &PrintTheme, value: &mut Value, dropped: &mut BTreeSet<char>) {
    match value {
        Value::String(s) => {
            let text = strip_controls(s);
            if text.chars().all(|c| printable(theme, c)) {
                if text.len() != s.len() {
                    *s = text.into_owned();
                }
                return;
            }
            let mut kept = String::with_capacity(text.len());
            for cluster in text.graphemes(true) {
                let missing: Vec<char> =
                    cluster.chars().filter(|&c| !printable(theme, c)).collect();
                if missing.is_empty() {
                    kept.push_str(cluster);
                }
                dropped.extend(missing);
            }
            let words: Vec<&str> = kept.split(' ').filter(|w| !w.is_empty()).collect();
            *s = if words.iter().all(|w| w.trim().is_empty()) {
                REPLACEMENT.to_owned()
            } else {
                words.join(" ")
            };
        }
        Value::Array(items) => {
            for item in items {
                keep_printable(theme, item, dropped);
            }
        }
        Value::Object(map) => {
            for item in map.values_mut() {
                keep_printable(theme, item, dropped);
            }
        }
        Value::Null | Value::Bool(_) | Value::Number(_) => {}
    }
}

/// True when the layout can show `c`: a space, tab or line break, or a
/// character one of the fonts has.
fn printable(theme: &PrintTheme, c: char) -> bool {
    matches!(c, ' ' | '\n' | '\t') || theme.has_glyph(c)
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::theme::DEFAULT_THEME;

    #[test]
    fn emoji_and_controls_are_left_out_vietnamese_and_prices_stay() {
        let theme = PrintTheme::load(
            Path::new(env!("CARGO_MANIFEST_DIR")),
            Path::new(DEFAULT_THEME),
        )
        .expect("the default layouts load");
        let mut value = serde_json::json!({
            "name": "Mật ong 🍯\u{7} mới 👍🏽",
            "list": ["👨\u{200d}👩", "Ỷ Lan\tỹ\n"],
            "price": "280.000\u{a0}₫",
            "stars": 4,
        });
        let mut dropped = BTreeSet::new();
        keep_printable(&theme, &mut value, &mut dropped);
        assert_eq!(
            value,
            serde_json::json!({
                "name": "Mật ong mới",
                "list": ["\u{fffd}", "Ỷ Lan\tỹ\n"],
                "price": "280.000\u{a0}₫",
                "stars": 4,
            })
        );
        // The bell (U+0007) is a control character: left out, not listed.
        // The joiner (U+200D) goes with its emoji's cluster, but Noto Sans
        // has it: not listed either. In code point order (a set):
        // U+1F36F, U+1F3FD, U+1F44D, U+1F468, U+1F469.
        assert_eq!(
            dropped.into_iter().collect::<Vec<char>>(),
            ['🍯', '🏽', '👍', '👨', '👩']
        );
    }
}
