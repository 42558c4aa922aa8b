//! Each section's records in the alphabetical order of a language: lists
//! on Vietnamese pages in Vietnamese order of the Vietnamese names, on
//! English pages in English order of the English names (issue #21), the
//! collator of [`Collation::for_language`]. Made once per language, when a
//! list first asks.

use std::sync::OnceLock;

use crate::content::Section;
use crate::model::Catalog;
use crate::text::Collation;

/// The orders, one per language of the site, each made on first use.
pub(super) struct Orders {
    langs: Vec<String>,
    orders: Vec<OnceLock<[Ordered; 4]>>,
}

/// One section's records in one language's order.
pub(super) struct Ordered {
    /// The records' indices in the catalogue, in order.
    pub(super) order: Vec<usize>,
    /// Each record's place in `order`, by its index in the catalogue (the
    /// inverse of `order`), to put any subset in order without a search.
    pub(super) rank: Vec<usize>,
}

impl Orders {
    /// Nothing made yet, for the site's `languages`.
    pub(super) fn new(langs: &[String]) -> Self {
        Self {
            langs: langs.to_vec(),
            orders: langs.iter().map(|_| OnceLock::new()).collect(),
        }
    }

    /// `section`'s records in `catalog`, in `lang`'s order of their names
    /// in `lang` (ties by slug).
    pub(super) fn get<'a>(
        &'a self,
        catalog: &Catalog,
        lang: &str,
        section: Section,
    ) -> &'a Ordered {
        let slot = self
            .langs
            .iter()
            .position(|l| l == lang)
            .expect("a language of the site");
        let all = self.orders[slot].get_or_init(|| {
            Section::ALL.map(|s| {
                let order = order(catalog, lang, s);
                let mut rank = vec![0; order.len()];
                for (place, &i) in order.iter().enumerate() {
                    rank[i] = place;
                }
                Ordered { order, rank }
            })
        });
        let at = Section::ALL.iter().position(|s| *s == section).unwrap_or(0);
        &all[at]
    }
}

/// `section`'s records sorted for `lang`. The catalogue is already in
/// Vietnamese order of the default language's names, so that order needs
/// no sorting.
fn order(catalog: &Catalog, lang: &str, section: Section) -> Vec<usize> {
    let records = catalog.records(section);
    let mut indices: Vec<usize> = (0..records.len()).collect();
    if lang == "vi" && lang == catalog.site.default_language {
        return indices;
    }
    let collation = Collation::for_language(lang);
    let name = |i: usize| records.get(i).name(lang).value.as_str();
    indices.sort_by(|&a, &b| {
        collation
            .compare(name(a), name(b))
            .then_with(|| records.get(a).slug().cmp(records.get(b).slug()))
    });
    indices
}
