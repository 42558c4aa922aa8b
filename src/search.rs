//! The search index output. Offline search (issue #7): a bilingual index
//! built here at build time and matched in the browser by
//! `themes/default/static/js/search.js`, on the website and in the kiosk,
//! with no server.
//!
//! **Folding.** Queries and text are compared after [`fold`]: Unicode NFD,
//! combining marks U+0300–U+036F removed (Vietnamese tones and the
//! circumflex, breve and horn), `đ`/`Đ` → `d`, then lower case. The browser
//! does exactly the same (`OcopSearch.fold`); both are tested against the
//! one table in `tests/fixtures/search/fold-cases.tsv`. Words are the runs of
//! letters and digits (`char::is_alphanumeric`, `[\p{Alphabetic}\p{N}]` in JS).
//!
//! **Index.** One index serves both languages: a document (a product or a
//! tourism point) is found by its Vietnamese or its English text. Each
//! folded word ("term") maps to the documents that contain it, with the best
//! field it appears in: 0 name, 1 summary (and the names and provinces of
//! the communes, current and former, and the producer's name), 2 body. The terms are sorted by UTF-16 code units (JavaScript's
//! string order), so a word prefix is a binary search away: typing "du"
//! finds "dua", "dua luoi" finds "Dưa lưới".
//!
//! Postings are `doc * 4 + field`, ascending, stored as deltas in a compact
//! base-32 text form (see `encode_postings`): a few bytes per posting,
//! decoded only for the terms a query touches.
//!
//! A one-letter query word (the first key typed) would expand to a large
//! share of all terms; it matches names only, through a small table of the
//! documents whose name has a word starting with that letter (`initials`).
//!
//! **Ranking** (the same in Rust's [`SearchIndex::search`] and in JS): every
//! query word must match (as a word prefix); a document ranks by the worst
//! field any query word needed (all words in the name first, then summary,
//! then body), then by the sum of per-word codes (`field * 2`, +1 for a
//! prefix rather than a whole word), then by catalogue order (Vietnamese
//! alphabetical order).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use icu_normalizer::DecomposingNormalizerBorrowed;
use rayon::prelude::*;
use serde::Serialize;

use crate::content::Section;
use crate::diagnostics::Diagnostic;
use crate::images::Images;
use crate::messages::Message;
use crate::model::{Catalog, Commune, Group, Selection};
use crate::output::Output;
use crate::site::Site;
use crate::write::Sink;

/// Where the website's search page loads the index from.
pub(crate) const PATH: &str = "search/search-index.js";

/// The kiosk's copy of the index (its `index.html` loads it from `file://`).
pub(crate) const KIOSK_PATH: &str = "kiosk/data/search.js";

/// The search index output: one index of every product and tourism point,
/// for the website's search page (`PATH`) and the kiosk (`KIOSK_PATH`).
/// With `[kiosk] products` the kiosk's index has only the products the
/// kiosk shows (and every tourism point).
pub struct Search;

impl Output for Search {
    fn name(&self) -> &'static str {
        "search"
    }

    fn write(&self, site: &Site, sink: &dyn Sink) -> Result<Vec<Message>, Vec<Diagnostic>> {
        let script = SearchIndex::build(site, &Selection::every()).to_script();
        let kiosk = site.kiosk_products();
        let kiosk_script = if kiosk.is_every() {
            None
        } else {
            Some(SearchIndex::build(site, kiosk).to_script())
        };
        let failed: Vec<Diagnostic> = [
            (PATH, &script),
            (KIOSK_PATH, kiosk_script.as_ref().unwrap_or(&script)),
        ]
        .into_iter()
        .filter_map(|(rel, script)| {
            let e = sink.put(rel, script.as_bytes()).err()?;
            Some(Diagnostic::write_error(rel, &e))
        })
        .collect();
        if failed.is_empty() {
            Ok(Vec::new())
        } else {
            Err(failed)
        }
    }
}

/// Longest word kept in the index (longer ones are cut to this).
pub(crate) const MAX_TERM_CHARS: usize = 32;

/// Field ranks.
const NAME: u8 = 0;
const SUMMARY: u8 = 1;
const BODY: u8 = 2;

/// Folds text for matching: NFD, combining marks U+0300–U+036F removed,
/// đ/Đ → d, lower case. "THỊT DÊ" → "thit de", "Dưa lưới" → "dua luoi".
pub fn fold(text: &str) -> String {
    let decomposed = DecomposingNormalizerBorrowed::new_nfd().normalize(text);
    let stripped: String = decomposed
        .chars()
        .filter(|c| !('\u{0300}'..='\u{036f}').contains(c))
        .map(|c| if matches!(c, 'đ' | 'Đ') { 'd' } else { c })
        .collect();
    stripped.to_lowercase()
}

/// The folded words of `text`, in order (duplicates kept).
pub fn words(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| w.chars().take(MAX_TERM_CHARS).collect())
        .collect()
}

/// What kind of record a search result is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum DocKind {
    /// A product (`products/<slug>/`).
    Product = 0,
    /// A tourism point (`tourism/<slug>/`).
    Tourism = 1,
}

/// One searchable record, with what a result list shows of it.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchDoc {
    /// Product or tourism point.
    pub kind: DocKind,
    /// Permanent slug.
    pub slug: String,
    /// Name in the default language.
    pub name: String,
    /// Name in the second language, when it differs.
    pub name_other: Option<String>,
    /// Site path of the main photo's square thumbnail
    /// (`products/xoai/photo-thumb.1a2b3c4d.jpg`).
    pub image: Option<String>,
    /// Index of the OCOP group in [`Group::ALL`] (tourism points: tourism).
    pub group: usize,
}

/// The search index of a catalogue.
#[derive(Debug, Clone)]
pub struct SearchIndex {
    /// Documents: products in catalogue order, then tourism points.
    pub docs: Vec<SearchDoc>,
    /// Folded words, sorted by UTF-16 code units.
    pub terms: Vec<String>,
    /// For each term, `doc * 4 + field`, ascending.
    pub postings: Vec<Vec<u32>>,
    /// For each first letter of a word of a name, the documents with such
    /// a word in their name (`doc * 4`, ascending).
    pub initials: BTreeMap<String, Vec<u32>>,
}

/// The texts of one document by field rank.
struct DocText<'a> {
    doc: SearchDoc,
    fields: [Vec<&'a str>; 3],
}

/// Site path of the square thumbnail of the first of `files` (a record's
/// photos), when the photo could be read.
fn thumb(images: &Images, section: Section, slug: &str, files: &[String]) -> Option<String> {
    let first = files.first()?;
    let photo = images.photo(&format!("{}/{slug}/{first}", section.dir_name()))?;
    Some(photo.thumb().jpeg.clone())
}

/// The communes a record's search text names (issue #15): its `commune`,
/// the current unit that one became part of (a record not yet moved to
/// today's map), and its `former_commune`; each once. So "ma noi" finds the
/// cashews now in xã Anh Dũng, and "anh dung" the products still recorded
/// under Ma Nới or Hòa Sơn.
fn places<'c>(catalog: &'c Catalog, commune: &str, former: Option<&str>) -> Vec<&'c Commune> {
    let mut found: Vec<&Commune> = Vec::new();
    let named = [
        catalog.commune(commune),
        catalog.current_commune(commune),
        former.and_then(|f| catalog.commune(f)),
    ];
    for c in named.into_iter().flatten() {
        if !found.iter().any(|x| x.slug == c.slug) {
            found.push(c);
        }
    }
    found
}

impl SearchIndex {
    /// Builds the index of the products of `products` and every tourism
    /// point of `site`, from all its languages: names, then summaries with
    /// the names and provinces of its communes (current and former) and
    /// the producer's name, then the bodies' plain text
    /// ([`Site::body_text`]).
    pub fn build(site: &Site, products: &Selection) -> Self {
        let catalog = site.catalog();
        let langs = &catalog.site.languages;
        let default = catalog.site.default_language.as_str();
        let other = langs.iter().find(|l| *l != default);
        let mut texts: Vec<DocText<'_>> = Vec::new();
        for section in [Section::Products, Section::Tourism] {
            for (i, record) in catalog.records(section).iter().enumerate() {
                if section == Section::Products && !products.contains(&catalog.products[i]) {
                    continue;
                }
                let (kind, group, commune, former, producer) = match section {
                    Section::Products => {
                        let p = &catalog.products[i];
                        let producer = p.fields.producer.as_ref().map(|s| s.get_ref());
                        (
                            DocKind::Product,
                            p.fields.group,
                            &p.fields.commune,
                            &p.fields.former_commune,
                            producer,
                        )
                    }
                    _ => {
                        let t = &catalog.tourism[i];
                        let (commune, former) = (&t.fields.commune, &t.fields.former_commune);
                        (DocKind::Tourism, Group::Tourism, commune, former, None)
                    }
                };
                let former = former.as_ref().map(|f| f.get_ref().as_str());
                let places = places(catalog, commune.get_ref(), former);
                let producer = producer.and_then(|slug| catalog.producer(slug));
                let mut fields: [Vec<&str>; 3] = Default::default();
                for lang in langs {
                    fields[0].push(&record.name(lang).value);
                    let summary = match section {
                        Section::Products => {
                            catalog.products[i].version(lang).text.summary.as_ref()
                        }
                        _ => catalog.tourism[i].version(lang).text.summary.as_ref(),
                    };
                    fields[1].extend(summary.map(|s| s.value.as_str()));
                    for c in &places {
                        let text = &c.version(lang).text;
                        fields[1].push(&text.name.value);
                        fields[1].extend(text.province.as_ref().map(|p| p.value.as_str()));
                    }
                    fields[1].extend(producer.map(|p| p.version(lang).text.name.value.as_str()));
                    fields[2].push(site.body_text(section, i, lang));
                }
                let name = record.name(default).value.clone();
                let name_other = other
                    .map(|l| record.name(l).value.clone())
                    .filter(|n| *n != name);
                texts.push(DocText {
                    doc: SearchDoc {
                        kind,
                        slug: record.slug().to_owned(),
                        name,
                        name_other,
                        image: thumb(site.images(), section, record.slug(), record.images()),
                        group: group_index(group),
                    },
                    fields,
                });
            }
        }
        Self::from_texts(texts)
    }

    fn from_texts(texts: Vec<DocText<'_>>) -> Self {
        let (docs, fields): (Vec<SearchDoc>, Vec<[Vec<&str>; 3]>) =
            texts.into_iter().map(|t| (t.doc, t.fields)).unzip();
        // Per document: each term with its best field, as a list (a hash
        // table per document would hold a few hundred MB at 20,000
        // products); each document's text is freed once read.
        let per_doc: Vec<Vec<(String, u8)>> = fields
            .into_par_iter()
            .map(|fields| {
                let mut best: HashMap<String, u8> = HashMap::new();
                for (rank, field) in [NAME, SUMMARY, BODY].into_iter().zip(fields) {
                    for text in field {
                        for w in words(text) {
                            best.entry(w).or_insert(rank);
                        }
                    }
                }
                best.into_iter().collect()
            })
            .collect();
        let mut by_term: HashMap<String, Vec<u32>> = HashMap::new();
        let mut initials: BTreeMap<String, BTreeSet<u32>> = BTreeMap::new();
        for (doc, terms) in per_doc.into_iter().enumerate() {
            let doc = u32::try_from(doc).expect("fewer than 2^30 documents");
            for (term, rank) in terms {
                if rank == NAME
                    && let Some(first) = term.chars().next()
                {
                    initials
                        .entry(first.to_string())
                        .or_default()
                        .insert(doc * 4);
                }
                by_term
                    .entry(term)
                    .or_default()
                    .push(doc * 4 + u32::from(rank));
            }
        }
        let mut entries: Vec<(Vec<u16>, String, Vec<u32>)> = by_term
            .into_iter()
            .map(|(term, mut list)| {
                list.sort_unstable();
                (term.encode_utf16().collect(), term, list)
            })
            .collect();
        entries.par_sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let (terms, postings) = entries.into_iter().map(|(_, t, p)| (t, p)).unzip();
        Self {
            docs,
            terms,
            postings,
            initials: initials
                .into_iter()
                .map(|(k, v)| (k, v.into_iter().collect()))
                .collect(),
        }
    }

    /// The index as JSON (what `search.js` reads), with the group codes it
    /// needs to label results:
    /// `{"v":1,"groups":[…],"docs":[[kind,slug,name,nameOther,image,group],…],"terms":[…],"post":[…],"initials":{…}}`.
    pub(crate) fn to_json(&self) -> String {
        #[derive(Serialize)]
        struct Out<'a> {
            v: u8,
            groups: Vec<&'static str>,
            docs: Vec<(u8, &'a str, &'a str, &'a str, &'a str, usize)>,
            terms: &'a [String],
            post: Vec<String>,
            initials: BTreeMap<&'a str, String>,
        }
        let out = Out {
            v: 1,
            groups: Group::ALL.iter().map(|g| g.as_str()).collect(),
            docs: self
                .docs
                .iter()
                .map(|d| {
                    (
                        d.kind as u8,
                        d.slug.as_str(),
                        d.name.as_str(),
                        d.name_other.as_deref().unwrap_or(""),
                        d.image.as_deref().unwrap_or(""),
                        d.group,
                    )
                })
                .collect(),
            terms: &self.terms,
            post: self.postings.iter().map(|p| encode_postings(p)).collect(),
            initials: self
                .initials
                .iter()
                .map(|(k, v)| (k.as_str(), encode_postings(v)))
                .collect(),
        };
        crate::text::script_json(&out)
    }

    /// The index as a script that sets the global `OCOP_SEARCH_INDEX`: it
    /// loads with a plain `<script src>`, also from `file://`.
    pub(crate) fn to_script(&self) -> String {
        format!("window.OCOP_SEARCH_INDEX={};\n", self.to_json())
    }

    /// The reference matcher (the browser's `search.js` does the same):
    /// documents matching every word of `query` as a word prefix, best
    /// first. Returns (document, worst field) pairs.
    pub fn search(&self, query: &str) -> Vec<(usize, u8)> {
        let query = words(query);
        if query.is_empty() {
            return Vec::new();
        }
        let n = self.docs.len();
        let mut worst = vec![0u8; n];
        let mut sum = vec![0u32; n];
        for word in &query {
            let mut best = vec![u8::MAX; n];
            if word.chars().count() == 1 {
                // One letter: names only (see the module documentation).
                for &v in self.initials.get(word).map_or(&[][..], Vec::as_slice) {
                    best[(v / 4) as usize] = 1;
                }
            }
            let start = if word.chars().count() == 1 {
                self.terms.len()
            } else {
                self.terms.partition_point(|t| utf16_lt(t, word))
            };
            for (i, term) in self.terms[start..].iter().enumerate() {
                if !term.starts_with(word.as_str()) {
                    break;
                }
                let exact = term == word;
                for &v in &self.postings[start + i] {
                    let doc = (v / 4) as usize;
                    let code = (v % 4) as u8 * 2 + u8::from(!exact);
                    best[doc] = best[doc].min(code);
                }
            }
            for d in 0..n {
                if best[d] == u8::MAX {
                    worst[d] = u8::MAX;
                } else if worst[d] != u8::MAX {
                    worst[d] = worst[d].max(best[d] / 2);
                    sum[d] += u32::from(best[d]);
                }
            }
        }
        let mut hits: Vec<(usize, u8)> = (0..n)
            .filter(|&d| worst[d] != u8::MAX)
            .map(|d| (d, worst[d]))
            .collect();
        hits.sort_by_key(|&(d, w)| (w, sum[d], d));
        hits
    }
}

fn utf16_lt(a: &str, b: &str) -> bool {
    a.encode_utf16().lt(b.encode_utf16())
}

fn group_index(group: Group) -> usize {
    Group::ALL.iter().position(|g| *g == group).unwrap_or(0)
}

/// Digits that end a number (values 0–31).
const LAST: &[u8; 32] = b"0123456789abcdefghijklmnopqrstuv";
/// Digits followed by more digits of the same number (values 0–31).
const MORE: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ()*+-.";

/// Encodes an ascending list as deltas, each in base 32 with the most
/// significant digit first: every digit but the last is taken from
/// [`MORE`], the last from [`LAST`]. `[3, 5, 40]` → `"32B3"`.
pub(crate) fn encode_postings(list: &[u32]) -> String {
    let mut out = String::with_capacity(list.len() * 2);
    let mut prev = 0u32;
    for &v in list {
        let mut delta = v - prev;
        prev = v;
        let mut digits = [0u8; 7];
        let mut len = 0;
        loop {
            digits[len] = (delta % 32) as u8;
            len += 1;
            delta /= 32;
            if delta == 0 {
                break;
            }
        }
        for i in (0..len).rev() {
            let table = if i == 0 { LAST } else { MORE };
            out.push(table[digits[i] as usize] as char);
        }
    }
    out
}

/// Decodes [`encode_postings`] (for tests; the browser has its own).
#[cfg(test)]
fn decode_postings(text: &str) -> Vec<u32> {
    let mut out = Vec::new();
    let mut prev = 0u32;
    let mut value = 0u32;
    for b in text.bytes() {
        if let Some(d) = MORE.iter().position(|&c| c == b) {
            value = value * 32 + d as u32;
        } else if let Some(d) = LAST.iter().position(|&c| c == b) {
            prev += value * 32 + d as u32;
            out.push(prev);
            value = 0;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The shared table: `input<TAB>folded` per line (`#` comments).
    pub(crate) fn fold_cases() -> Vec<(String, String)> {
        let text = include_str!("../tests/fixtures/search/fold-cases.tsv");
        text.lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .map(|l| {
                let (a, b) = l.split_once('\t').expect("input<TAB>folded");
                (a.to_owned(), b.to_owned())
            })
            .collect()
    }

    #[test]
    fn folding_matches_the_shared_table() {
        let cases = fold_cases();
        assert!(cases.len() >= 10);
        for (input, folded) in cases {
            assert_eq!(fold(&input), folded, "fold({input:?})");
        }
    }

    #[test]
    fn decomposed_input_folds_the_same() {
        assert_eq!(fold("Đu\u{0303}a go\u{0302}\u{0303}"), "dua go");
    }

    #[test]
    fn words_split_on_punctuation() {
        assert_eq!(
            words("Thịt dê (xông khói) – 500g!"),
            ["thit", "de", "xong", "khoi", "500g"]
        );
    }

    #[test]
    fn postings_round_trip() {
        let list = vec![0, 3, 5, 40, 41, 1_000, 80_000, 4_000_000];
        let text = encode_postings(&list);
        assert_eq!(&text[..5], "032B3");
        assert_eq!(decode_postings(&text), list);
        assert!(
            text.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"()*+-.".contains(&b))
        );
    }

    fn doc<'a>(slug: &str, name: &'a str, summary: &'a str, body: &'a str) -> DocText<'a> {
        DocText {
            doc: SearchDoc {
                kind: DocKind::Product,
                slug: slug.into(),
                name: name.into(),
                name_other: None,
                image: None,
                group: 0,
            },
            fields: [vec![name], vec![summary], vec![body]],
        }
    }

    #[test]
    fn ranking_name_then_summary_then_body() {
        let index = SearchIndex::from_texts(vec![
            doc("a", "Bưởi", "Trái ngọt", "Ăn kèm thịt dê"),
            doc("b", "Rượu", "Uống với thịt dê nướng", ""),
            doc("c", "Thịt dê xông khói", "", ""),
            doc("d", "Dưa lưới", "Cà phê sáng", "THỊT"),
        ]);
        let slugs = |q: &str| -> Vec<&str> {
            index
                .search(q)
                .into_iter()
                .map(|(d, _)| index.docs[d].slug.as_str())
                .collect()
        };
        assert_eq!(slugs("thit de"), ["c", "b", "a"]);
        assert_eq!(slugs("THỊT DÊ"), ["c", "b", "a"]);
        assert_eq!(slugs("dua luoi"), ["d"]);
        assert_eq!(slugs("ca phe"), ["d"]);
        assert_eq!(slugs("xong kh"), ["c"]);
        assert!(slugs("").is_empty());
        assert!(slugs("khong co").is_empty());
        // One letter: a word of the name starts with it.
        assert_eq!(slugs("thit d"), ["c", "d"]);
        assert_eq!(slugs("b"), ["a"]);
        assert_eq!(slugs("đ"), ["c", "d"]);
    }

    #[test]
    fn terms_are_in_javascript_order() {
        let index = SearchIndex::from_texts(vec![doc("a", "z é 𝒜 ｚ a", "", "")]);
        let mut sorted = index.terms.clone();
        sorted.sort_by(|a, b| a.encode_utf16().cmp(b.encode_utf16()));
        assert_eq!(index.terms, sorted);
    }
}
