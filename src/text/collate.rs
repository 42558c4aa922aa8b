//! Vietnamese alphabetical order (CLDR `vi` collation through ICU4X).

use std::cmp::Ordering;

use icu_collator::options::CollatorOptions;
use icu_collator::{Collator, CollatorBorrowed};
use icu_locale::locale;

/// Compares strings in Vietnamese dictionary order: a ă â b c d đ e ê g h i k l
/// m n o ô ơ p q r s t u ư v x y, tones compared after letters (CLDR `vi`
/// tailoring, as shipped in ICU4X's compiled data).
pub struct Collation {
    collator: CollatorBorrowed<'static>,
}

impl Collation {
    /// The Vietnamese collator. Its data is compiled into the binary, so it
    /// cannot fail at run time.
    pub fn vietnamese() -> Self {
        let collator = Collator::try_new(locale!("vi").into(), CollatorOptions::default())
            .expect("ICU4X compiled data includes the vi collation");
        Self { collator }
    }

    /// The collator of the language `lang` (a BCP 47 code: `vi`, `en`):
    /// English readers look for "Đà Lạt" among the D's, Vietnamese readers
    /// after them. A code ICU4X does not know gets the CLDR root order.
    pub fn for_language(lang: &str) -> Self {
        if lang == "vi" {
            return Self::vietnamese();
        }
        let locale = icu_locale::Locale::try_from_str(lang).unwrap_or(locale!("und"));
        let collator = Collator::try_new(locale.into(), CollatorOptions::default())
            .or_else(|_| Collator::try_new(locale!("und").into(), CollatorOptions::default()))
            .expect("ICU4X compiled data includes the root collation");
        Self { collator }
    }

    /// Orders `a` and `b` in this collator's order.
    pub fn compare(&self, a: &str, b: &str) -> Ordering {
        self.collator.compare(a, b)
    }
}

/// Sorts `items` in Vietnamese order of the name that `name` returns, breaking
/// ties with `tie` (e.g. the slug) so that the order is total and stable
/// across builds.
pub(crate) fn sort_by_name<T>(
    items: &mut [T],
    name: impl Fn(&T) -> &str,
    tie: impl Fn(&T) -> &str,
) {
    let collation = Collation::vietnamese();
    items.sort_by(|a, b| {
        collation
            .compare(name(a), name(b))
            .then_with(|| tie(a).cmp(tie(b)))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_letters_sort_in_alphabet_order() {
        // Byte order would put "Xoài" before "Ấm" and "Đũa gỗ" after "Xoài".
        // Vietnamese order: a/ă/â (Ấm), b (Bưởi), d (Dưa lưới), đ (Đũa gỗ), x (Xoài).
        let mut names = vec!["Đũa gỗ", "Dưa lưới", "Bưởi", "Xoài", "Ấm"];
        sort_by_name(&mut names, |s| s, |s| s);
        assert_eq!(names, ["Ấm", "Bưởi", "Dưa lưới", "Đũa gỗ", "Xoài"]);
    }

    #[test]
    fn english_order_files_d_stroke_among_the_ds() {
        let en = Collation::for_language("en");
        // English: "Đà Lạt" sorts with the D's, before "Dzung"; Vietnamese
        // puts đ after every d.
        assert_eq!(en.compare("Đà Lạt", "Dzung"), Ordering::Less);
        assert_eq!(
            Collation::for_language("vi").compare("Đà Lạt", "Dzung"),
            Ordering::Greater
        );
        assert_eq!(en.compare("apple", "Banana"), Ordering::Less);
    }

    #[test]
    fn base_letters_before_tones() {
        let c = Collation::vietnamese();
        // a < ă < â as letters of the alphabet.
        assert_eq!(c.compare("an", "ăn"), Ordering::Less);
        assert_eq!(c.compare("ăn", "ân"), Ordering::Less);
        // o < ô < ơ; u < ư.
        assert_eq!(c.compare("ôm", "ơn"), Ordering::Less);
        assert_eq!(c.compare("Ư", "V"), Ordering::Less);
        // d before đ even when the d-word is longer.
        assert_eq!(c.compare("dưa lưới", "đa"), Ordering::Less);
    }
}
