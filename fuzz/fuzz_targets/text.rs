//! Fuzzes Vietnamese text handling: NFC, slugs, legacy-encoding detection,
//! collation and number formatting. Invariants: NFC is idempotent, slugs
//! are lowercase ASCII words joined by single hyphens, collation is
//! reflexive and antisymmetric.
#![no_main]

use std::cmp::Ordering;

use libfuzzer_sys::fuzz_target;
use ocop::text::{Collation, detect_legacy_encoding, format_price, nfc, slugify};

fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    let once = nfc(text).into_owned();
    assert_eq!(nfc(&once), once.as_str());
    let slug = slugify(text);
    assert!(slug.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'), "{slug}");
    assert!(!slug.starts_with('-') && !slug.ends_with('-') && !slug.contains("--"), "{slug}");
    assert_eq!(slugify(&slug), slug, "slugs are fixed points");
    if let Some(found) = detect_legacy_encoding(text) {
        assert!(text.get(found.span.clone()) == Some(found.word.as_str()));
    }
    let (a, b) = text.split_at(text.char_indices().nth(text.chars().count() / 2).map_or(0, |(i, _)| i));
    let c = Collation::vietnamese();
    assert_eq!(c.compare(a, a), Ordering::Equal);
    assert_eq!(c.compare(a, b), c.compare(b, a).reverse());
    let n = bytes.iter().fold(0u64, |acc, &x| acc.wrapping_mul(31).wrapping_add(u64::from(x)));
    let vi = format_price(n, "vi");
    let digits: String = vi.chars().filter(char::is_ascii_digit).collect();
    assert_eq!(digits, n.to_string());
});
