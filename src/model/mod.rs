//! Resolve: turns loaded documents into a typed, cross-referenced catalogue,
//! checking the OCOP rules and collecting every problem.

mod alias;
mod common;
mod commune;
mod entry;
mod kind;
mod mergers;
mod producer;
mod product;
mod readiness;
mod record;
mod resolve;
mod rules;
mod selection;
mod tourism;
mod vocab;

pub use alias::Alias;
pub use common::{Contact, Geo};
pub use commune::{CommuneFields, CommuneKind, CommuneText};
pub use entry::{Entry, Records};
pub use kind::{Kind, Localized, Neutral, RecordOf};
pub use producer::{ProducerFields, ProducerKind, ProducerText};
pub use product::{
    BuyLink, CERTIFICATE_VALID_MONTHS, Certificate, MAX_SKU_CHARS, ProductFields, ProductKind,
    ProductText, is_valid_gtin,
};
pub use record::{Body, Local, Record, Version};
pub(crate) use resolve::{AnyRecord, Folders, assemble, read_bundle};
pub use resolve::{Catalog, CertificateStatus, resolve};
pub use selection::{Selection, check_requested, requested_slugs};
pub use tourism::{TourismFields, TourismKind, TourismText};
pub use vocab::{Availability, BuyKind, CommuneKind as UnitKind, Group, ProducerKind as LegalForm};

/// A product record.
pub type Product = RecordOf<ProductKind>;
/// A producer (chủ thể) record.
pub type Producer = RecordOf<ProducerKind>;
/// A commune record.
pub type Commune = RecordOf<CommuneKind>;
/// A tourism point record.
pub type TourismPoint = RecordOf<TourismKind>;
