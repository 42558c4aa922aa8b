//! Vietnamese text: Unicode normalisation, slugs, collation, the
//! number/price/date formats used on Vietnamese and English pages, and
//! plain text for feeds and one-line places, escaping for HTML and scripts.

mod collate;
mod escape;
mod format;
mod legacy;
mod plain;
mod slug;

pub use collate::Collation;
pub(crate) use collate::sort_by_name;
pub(crate) use escape::{escape_html, script_json, write_script_json};
pub use format::format_price;
pub(crate) use format::{format_date, format_number};
pub use legacy::{Certainty, LegacyText, detect_legacy_encoding};
pub(crate) use plain::{
    first_control, first_invisible, one_line, strip_controls, strip_unwanted, truncate,
};
pub use slug::{MAX_SLUG_BYTES, slugify};

use std::borrow::Cow;

use icu_normalizer::ComposingNormalizerBorrowed;

/// Returns `text` in Unicode Normalization Form C.
///
/// Files typed on macOS often arrive decomposed (NFD: "ê" as "e" + U+0302); every
/// piece of text is composed on load so that comparison, slugs and search treat
/// both spellings as the same word. Borrowed when the text is already NFC.
pub fn nfc(text: &str) -> Cow<'_, str> {
    ComposingNormalizerBorrowed::new_nfc().normalize(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nfc_composes_decomposed_vietnamese() {
        // "Xuân" typed as X u a U+0302 n (NFD) becomes the single code point â.
        let decomposed = "Xua\u{0302}n";
        assert_eq!(decomposed.chars().count(), 5);
        let composed = nfc(decomposed);
        assert_eq!(composed, "Xuân");
        assert_eq!(composed.chars().count(), 4);
    }

    #[test]
    fn nfc_borrows_text_that_is_already_composed() {
        assert!(matches!(nfc("Thịt dê"), Cow::Borrowed(_)));
    }
}
