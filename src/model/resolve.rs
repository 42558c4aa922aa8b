//! Building the catalogue: reading every bundle, checking references between
//! records and the OCOP certification rules, sorting in Vietnamese order.

use std::collections::{HashMap, HashSet};

use jiff::civil::Date;
use rayon::prelude::*;

use super::kind::read_record;
use super::vocab::Group;
use super::{
    Commune, CommuneKind, Producer, ProducerKind, Product, ProductKind, TourismKind, TourismPoint,
};
use super::{mergers, readiness, rules, selection};
use crate::config::{SiteConfig, read_site};
use crate::content::{Bundle, Content, Section};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::text::sort_by_name;

/// Days before a certificate lapses from which `check` warns about it.
pub(super) const CERTIFICATE_WARNING_DAYS: i64 = 90;

/// The resolved catalogue: every published record, cross-referenced.
///
/// Lists are in Vietnamese alphabetical order of the default-language name
/// (slug as tie-breaker). Draft products are checked but not included.
#[derive(Debug)]
pub struct Catalog {
    /// Site settings.
    pub site: SiteConfig,
    /// The date the build treats as today (certificate validity).
    pub today: Date,
    /// Published products.
    pub products: Vec<Product>,
    /// Producers.
    pub producers: Vec<Producer>,
    /// Communes.
    pub communes: Vec<Commune>,
    /// Tourism points.
    pub tourism: Vec<TourismPoint>,
    /// The slugs of the draft products (`draft = true`: checked, not
    /// published), so that a command naming one can say it is a draft.
    pub drafts: HashSet<String>,
    /// Position of each slug, per section (looked up without allocating).
    index: HashMap<Section, HashMap<String, usize>>,
    products_by_producer: HashMap<String, Vec<usize>>,
    products_by_commune: HashMap<String, Vec<usize>>,
    tourism_by_commune: HashMap<String, Vec<usize>>,
    tourism_by_product: HashMap<String, Vec<usize>>,
    products_by_tourism: HashMap<String, Vec<usize>>,
    current_commune: HashMap<String, usize>,
    former_communes: HashMap<String, Vec<usize>>,
}

/// Where a product stands with its OCOP certificate on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CertificateStatus {
    /// No star rating, or 1–2 stars (not an OCOP certification).
    NotCertified,
    /// Certified with this many stars (3–5).
    Certified(u8),
    /// Certified, lapsing within `CERTIFICATE_WARNING_DAYS`.
    Expiring(u8),
    /// The certificate is more than 36 months old: shown with no stars.
    Lapsed,
}

impl Catalog {
    /// The product with this slug.
    pub fn product(&self, slug: &str) -> Option<&Product> {
        self.lookup(Section::Products, slug)
            .map(|i| &self.products[i])
    }

    /// The producer with this slug.
    pub fn producer(&self, slug: &str) -> Option<&Producer> {
        self.lookup(Section::Producers, slug)
            .map(|i| &self.producers[i])
    }

    /// The commune with this slug.
    pub fn commune(&self, slug: &str) -> Option<&Commune> {
        self.lookup(Section::Communes, slug)
            .map(|i| &self.communes[i])
    }

    /// The tourism point with this slug.
    pub fn tourism_point(&self, slug: &str) -> Option<&TourismPoint> {
        self.lookup(Section::Tourism, slug)
            .map(|i| &self.tourism[i])
    }

    /// True when a published record of `section` has this slug.
    pub fn contains(&self, section: Section, slug: &str) -> bool {
        self.lookup(section, slug).is_some()
    }

    /// The position of the record `slug` in its section's list.
    pub fn position(&self, section: Section, slug: &str) -> Option<usize> {
        self.lookup(section, slug)
    }

    fn lookup(&self, section: Section, slug: &str) -> Option<usize> {
        self.index.get(&section)?.get(slug).copied()
    }

    /// Products of a producer, in catalogue order.
    pub fn products_of_producer(&self, slug: &str) -> Vec<&Product> {
        self.pick(&self.products_by_producer, slug, &self.products)
    }

    /// Products from a commune.
    pub fn products_in_commune(&self, slug: &str) -> Vec<&Product> {
        self.pick(&self.products_by_commune, slug, &self.products)
    }

    /// Tourism points in a commune.
    pub fn tourism_in_commune(&self, slug: &str) -> Vec<&TourismPoint> {
        self.pick(&self.tourism_by_commune, slug, &self.tourism)
    }

    /// The current unit of the commune `slug`: the commune itself when it
    /// has no `merged_into`, else the end of its chain of mergers (Ma Nới →
    /// Anh Dũng). `None` when no commune has that slug or its chain is broken
    /// (a missing target or a cycle: an error of `check`).
    pub fn current_commune(&self, slug: &str) -> Option<&Commune> {
        self.current_commune.get(slug).map(|&i| &self.communes[i])
    }

    /// The former units whose chain of mergers ends at the current unit
    /// `slug` (Anh Dũng: Hòa Sơn and Ma Nới), in catalogue order; empty for
    /// a former unit or an unknown slug.
    pub fn former_communes(&self, slug: &str) -> Vec<&Commune> {
        self.pick(&self.former_communes, slug, &self.communes)
    }

    /// Tourism points that showcase a product (named on either side).
    pub fn tourism_of_product(&self, slug: &str) -> Vec<&TourismPoint> {
        self.pick(&self.tourism_by_product, slug, &self.tourism)
    }

    /// Products showcased at a tourism point (named on either side).
    pub fn products_of_tourism(&self, slug: &str) -> Vec<&Product> {
        self.pick(&self.products_by_tourism, slug, &self.products)
    }

    /// Products in an OCOP group.
    pub fn products_in_group(&self, group: Group) -> Vec<&Product> {
        self.products
            .iter()
            .filter(|p| p.fields.group == group)
            .collect()
    }

    /// Products currently certified with exactly `stars` stars.
    pub fn products_with_stars(&self, stars: u8) -> Vec<&Product> {
        self.products
            .iter()
            .filter(|p| self.rating(p) == Some(stars))
            .collect()
    }

    /// Featured products.
    pub fn featured(&self) -> Vec<&Product> {
        self.products.iter().filter(|p| p.fields.featured).collect()
    }

    /// The product's certificate status today.
    pub fn certificate_status(&self, product: &Product) -> CertificateStatus {
        certificate_status(product, self.today)
    }

    /// The star rating to show: `Some(3..=5)` only while certified.
    pub fn rating(&self, product: &Product) -> Option<u8> {
        match self.certificate_status(product) {
            CertificateStatus::Certified(n) | CertificateStatus::Expiring(n) => Some(n),
            _ => None,
        }
    }

    fn pick<'a, T>(
        &self,
        map: &HashMap<String, Vec<usize>>,
        slug: &str,
        items: &'a [T],
    ) -> Vec<&'a T> {
        map.get(slug)
            .map(|ids| ids.iter().map(|&i| &items[i]).collect())
            .unwrap_or_default()
    }
}

pub(super) fn certificate_status(product: &Product, today: Date) -> CertificateStatus {
    let (Some(stars), Some(cert)) = (product.fields.stars, &product.fields.certificate) else {
        return CertificateStatus::NotCertified;
    };
    if stars < 3 {
        return CertificateStatus::NotCertified;
    }
    if cert.is_lapsed(today) {
        return CertificateStatus::Lapsed;
    }
    let days_left = (cert.lapses_on() - today).get_days();
    if i64::from(days_left) <= CERTIFICATE_WARNING_DAYS {
        CertificateStatus::Expiring(stars)
    } else {
        CertificateStatus::Certified(stars)
    }
}

/// Resolves loaded content into a catalogue.
///
/// Every problem goes to `diags`; the catalogue holds the records that could
/// be read (records with errors are left out). Returns `None` only when
/// `site.toml` is unusable. `base_url` (from `--base-url`) overrides the
/// setting; `today` decides certificate validity.
pub fn resolve(
    content: &Content,
    base_url: Option<&str>,
    today: Date,
    diags: &mut Diagnostics,
) -> Option<Catalog> {
    let mut found = Vec::new();
    let site = content
        .site
        .as_ref()
        .and_then(|file| read_site(file, base_url, &mut found));
    diags.extend(found);
    let site = site?;

    let results: Vec<(Option<AnyRecord>, Vec<Diagnostic>)> = content
        .bundles
        .par_iter()
        .map(|b| read_bundle(b, &site))
        .collect();
    let mut records = Vec::with_capacity(results.len());
    for (record, found) in results {
        records.extend(record);
        diags.extend(found);
    }
    Some(assemble(site, records, &Folders::of(content), today, diags))
}

/// A record of any kind, as read from its bundle.
#[derive(Debug, Clone)]
pub(crate) enum AnyRecord {
    /// A product.
    Product(Product),
    /// A producer.
    Producer(Producer),
    /// A commune.
    Commune(Commune),
    /// A tourism point.
    Tourism(TourismPoint),
}

/// Reads one bundle as a record of its section's kind; the problems found
/// are returned beside it (the record is `None` when its `index.md` has
/// errors). Bundles are independent, so this runs in parallel and `serve`
/// re-reads only the bundles that changed.
pub(crate) fn read_bundle(
    bundle: &Bundle,
    site: &SiteConfig,
) -> (Option<AnyRecord>, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let record = match bundle.section {
        Section::Products => {
            read_record::<ProductKind>(bundle, site, &mut diags).map(AnyRecord::Product)
        }
        Section::Producers => {
            read_record::<ProducerKind>(bundle, site, &mut diags).map(AnyRecord::Producer)
        }
        Section::Communes => {
            read_record::<CommuneKind>(bundle, site, &mut diags).map(AnyRecord::Commune)
        }
        Section::Tourism => {
            read_record::<TourismKind>(bundle, site, &mut diags).map(AnyRecord::Tourism)
        }
    };
    diags.extend(readiness::template_texts(bundle));
    (record, diags)
}

/// The folder names (slugs) of every bundle per section, readable or not:
/// a reference to a broken record is not reported as a missing one.
#[derive(Debug, Clone, Default)]
pub(crate) struct Folders(HashMap<Section, Vec<String>>);

impl Folders {
    /// The bundles of `content`.
    pub(crate) fn of(content: &Content) -> Self {
        let mut map: HashMap<Section, Vec<String>> = HashMap::new();
        for b in &content.bundles {
            map.entry(b.section).or_default().push(b.slug.clone());
        }
        Self(map)
    }

    pub(super) fn slugs(&self, section: Section) -> Vec<&str> {
        self.0
            .get(&section)
            .map(|v| v.iter().map(String::as_str).collect())
            .unwrap_or_default()
    }
}

/// Builds the catalogue from records read with [`read_bundle`]: drops
/// drafts, sorts in Vietnamese order, checks references and certificates,
/// links the relations.
pub(crate) fn assemble(
    site: SiteConfig,
    records: Vec<AnyRecord>,
    folders: &Folders,
    today: Date,
    diags: &mut Diagnostics,
) -> Catalog {
    let mut catalog = Catalog {
        site,
        today,
        products: Vec::new(),
        producers: Vec::new(),
        communes: Vec::new(),
        tourism: Vec::new(),
        drafts: HashSet::new(),
        index: HashMap::new(),
        products_by_producer: HashMap::new(),
        products_by_commune: HashMap::new(),
        tourism_by_commune: HashMap::new(),
        tourism_by_product: HashMap::new(),
        products_by_tourism: HashMap::new(),
        current_commune: HashMap::new(),
        former_communes: HashMap::new(),
    };
    let mut drafts: HashSet<String> = HashSet::new();
    let mut draft_products = Vec::new();
    for record in records {
        match record {
            AnyRecord::Product(p) if p.fields.draft => {
                drafts.insert(p.slug.clone());
                draft_products.push(p);
            }
            AnyRecord::Product(p) => catalog.products.push(p),
            AnyRecord::Producer(p) => catalog.producers.push(p),
            AnyRecord::Commune(c) => catalog.communes.push(c),
            AnyRecord::Tourism(t) => catalog.tourism.push(t),
        }
    }
    sort_records(&mut catalog);
    build_index(&mut catalog);
    rules::check_references(folders, &catalog, &draft_products, diags);
    mergers::check(&catalog, diags);
    selection::check_kiosk_products(folders, &catalog, &drafts, diags);
    rules::check_certificates(&catalog, diags);
    rules::check_feed_ids(&catalog, diags);
    rules::check_control_characters(&catalog, diags);
    readiness::drafts(&draft_products, &catalog.site.default_language, diags);
    readiness::certificates_without_issuer(&catalog, diags);
    link(&mut catalog);
    catalog.drafts = drafts;
    catalog
}

fn sort_records(catalog: &mut Catalog) {
    let lang = catalog.site.default_language.clone();
    sort_by_name(
        &mut catalog.products,
        |r| &r.version(&lang).text.name.value,
        |r| &r.slug,
    );
    sort_by_name(
        &mut catalog.producers,
        |r| &r.version(&lang).text.name.value,
        |r| &r.slug,
    );
    sort_by_name(
        &mut catalog.communes,
        |r| &r.version(&lang).text.name.value,
        |r| &r.slug,
    );
    sort_by_name(
        &mut catalog.tourism,
        |r| &r.version(&lang).text.name.value,
        |r| &r.slug,
    );
}

fn build_index(catalog: &mut Catalog) {
    catalog.index = Section::ALL
        .iter()
        .map(|&section| {
            let positions = catalog
                .records(section)
                .iter()
                .enumerate()
                .map(|(i, r)| (r.slug().to_owned(), i))
                .collect();
            (section, positions)
        })
        .collect();
}

/// Fills the relation maps. Slugs that do not resolve are skipped (they were
/// reported by [`check_references`]).
fn link(catalog: &mut Catalog) {
    let mut by_producer: HashMap<String, Vec<usize>> = HashMap::new();
    let mut by_commune: HashMap<String, Vec<usize>> = HashMap::new();
    let mut tourism_by_commune: HashMap<String, Vec<usize>> = HashMap::new();
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for (i, p) in catalog.products.iter().enumerate() {
        if let Some(producer) = &p.fields.producer {
            by_producer
                .entry(producer.get_ref().clone())
                .or_default()
                .push(i);
        }
        by_commune
            .entry(p.fields.commune.get_ref().clone())
            .or_default()
            .push(i);
        for t in &p.fields.tourism {
            if let Some(j) = catalog.lookup(Section::Tourism, t.get_ref()) {
                pairs.push((i, j));
            }
        }
    }
    for (j, t) in catalog.tourism.iter().enumerate() {
        tourism_by_commune
            .entry(t.fields.commune.get_ref().clone())
            .or_default()
            .push(j);
        for p in &t.fields.products {
            if let Some(i) = catalog.lookup(Section::Products, p.get_ref()) {
                pairs.push((i, j));
            }
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    let mut tourism_by_product: HashMap<String, Vec<usize>> = HashMap::new();
    let mut products_by_tourism: HashMap<String, Vec<usize>> = HashMap::new();
    for &(i, j) in &pairs {
        tourism_by_product
            .entry(catalog.products[i].slug.clone())
            .or_default()
            .push(j);
        products_by_tourism
            .entry(catalog.tourism[j].slug.clone())
            .or_default()
            .push(i);
    }
    for list in products_by_tourism
        .values_mut()
        .chain(tourism_by_product.values_mut())
    {
        list.sort_unstable();
    }
    catalog.products_by_producer = by_producer;
    catalog.products_by_commune = by_commune;
    catalog.tourism_by_commune = tourism_by_commune;
    catalog.tourism_by_product = tourism_by_product;
    catalog.products_by_tourism = products_by_tourism;
    (catalog.current_commune, catalog.former_communes) = mergers::link(catalog);
}
