//! What every record has, whatever its kind, so that code that treats the
//! four sections alike is written once: [`Catalog::records`] gives a
//! section's records as [`Entry`]s.

use std::path::{Path, PathBuf};

use super::alias::Alias;
use super::kind::{Localized, Neutral};
use super::record::{Body, Local, Record};
use super::{Catalog, Commune, Producer, Product, TourismPoint};
use crate::content::Section;

/// What every record has: a slug, a bundle folder and its files, photos, a
/// name and a body in each language.
pub trait Entry: Sync {
    /// Permanent slug (the folder name).
    fn slug(&self) -> &str;
    /// The bundle folder, relative to the project root.
    fn dir(&self) -> &Path;
    /// Names of the other files in the bundle (photos…), in NFC.
    fn files(&self) -> &[String];
    /// The file on disk (relative to the project root) of the bundle file
    /// `file`, one of [`Entry::files`]: its name on disk may be NFD.
    fn source(&self, file: &str) -> PathBuf;
    /// Photo file names (`images`), main photo first.
    fn images(&self) -> &[String];
    /// Invented example data.
    fn sample(&self) -> bool;
    /// The name in `lang` (falling back to the default language).
    fn name(&self, lang: &str) -> &Local<String>;
    /// The photos' alternative texts in `lang`, when the kind has them.
    fn image_alt(&self, lang: &str) -> Option<&Local<Vec<String>>>;
    /// The body in `lang` (the default language's when untranslated).
    fn body(&self, lang: &str) -> &Body;
    /// True when the record is completely translated into `lang`.
    fn translated(&self, lang: &str) -> bool;
    /// The old addresses of its page in `lang` (`aliases`).
    fn aliases(&self, lang: &str) -> &[Alias];
}

impl<F: Neutral + Sync, T: Localized + Sync> Entry for Record<F, T> {
    fn slug(&self) -> &str {
        &self.slug
    }

    fn dir(&self) -> &Path {
        &self.dir
    }

    fn files(&self) -> &[String] {
        &self.files
    }

    fn source(&self, file: &str) -> PathBuf {
        Record::source(self, file)
    }

    fn images(&self) -> &[String] {
        self.fields.images()
    }

    fn sample(&self) -> bool {
        self.fields.sample()
    }

    fn name(&self, lang: &str) -> &Local<String> {
        self.version(lang).text.name()
    }

    fn image_alt(&self, lang: &str) -> Option<&Local<Vec<String>>> {
        self.version(lang).text.image_alt()
    }

    fn body(&self, lang: &str) -> &Body {
        &self.version(lang).body
    }

    fn translated(&self, lang: &str) -> bool {
        self.version(lang).translated
    }

    fn aliases(&self, lang: &str) -> &[Alias] {
        &self.version(lang).aliases
    }
}

/// The records of one section, in catalogue order.
#[derive(Debug, Clone, Copy)]
pub enum Records<'a> {
    /// Products.
    Products(&'a [Product]),
    /// Producers.
    Producers(&'a [Producer]),
    /// Communes.
    Communes(&'a [Commune]),
    /// Tourism points.
    Tourism(&'a [TourismPoint]),
}

impl<'a> Records<'a> {
    /// Number of records.
    pub fn len(self) -> usize {
        match self {
            Records::Products(r) => r.len(),
            Records::Producers(r) => r.len(),
            Records::Communes(r) => r.len(),
            Records::Tourism(r) => r.len(),
        }
    }

    /// True when the section has no record.
    pub fn is_empty(self) -> bool {
        self.len() == 0
    }

    /// Record `i`. Panics when `i` is out of range (a programming error).
    pub fn get(self, i: usize) -> &'a dyn Entry {
        match self {
            Records::Products(r) => &r[i],
            Records::Producers(r) => &r[i],
            Records::Communes(r) => &r[i],
            Records::Tourism(r) => &r[i],
        }
    }

    /// Every record, in order.
    pub fn iter(self) -> impl Iterator<Item = &'a dyn Entry> {
        (0..self.len()).map(move |i| self.get(i))
    }
}

impl Catalog {
    /// The records of `section`.
    pub fn records(&self, section: Section) -> Records<'_> {
        match section {
            Section::Products => Records::Products(&self.products),
            Section::Producers => Records::Producers(&self.producers),
            Section::Communes => Records::Communes(&self.communes),
            Section::Tourism => Records::Tourism(&self.tourism),
        }
    }

    /// The record `slug` of `section`, if it is published.
    pub fn find(&self, section: Section, slug: &str) -> Option<&dyn Entry> {
        self.position(section, slug)
            .map(|i| self.records(section).get(i))
    }
}
