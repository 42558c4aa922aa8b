//! `ocop`: the static site generator for Vietnamese OCOP ("Mỗi xã một sản
//! phẩm") catalogues: a bilingual website, an offline kiosk and feeds for
//! marketplaces, from Markdown/TOML records in `content/`.
//!
//! # The pipeline
//!
//! Data flows one way:
//!
//! ```text
//! content/ ─load─► Content ─resolve─► Catalog ─photos─► Site ─check─► every Output ─write─► Sink ─► output/
//! ```
//!
//! 1. [`content::load`] reads `content/`: files and syntax only.
//! 2. [`model::resolve`] builds the typed [`model::Catalog`] and runs every
//!    content rule, those across records included: what reaches the outputs
//!    is valid.
//! 3. [`images::Images::probe`] plans the photos' variants (a build then
//!    makes them); [`theme::Theme::load`] parses the templates once.
//! 4. [`site::Site`], built once and then only read: the catalogue, the
//!    URLs, the interface strings, the photos, every record body as HTML and
//!    plain text (made on first use, shared) and the QR codes. Outputs may
//!    run in any order, or in parallel.
//! 5. Every [`output::Output`] of the one list, [`build::outputs`], checks
//!    what it needs ([`output::Output::check`]) and then writes its files
//!    ([`output::Output::write`]) into a [`write::Sink`].
//! 6. [`write::Staging`] swaps the new output in atomically.
//!
//! [`build()`] runs all of it; [`check()`] stops after the checks and writes
//! nothing; [`serve::serve`] runs every check after each save and renders the
//! pages on request ([`output::Preview`]); [`build::render_to_memory`] builds
//! into a [`write::MemorySink`] for tests; [`print_command::print`] runs the
//! same checks, then makes only the print pack's PDFs asked for (`ocop
//! print`). Problems are collected as
//! [`diagnostics::Diagnostic`]s, each with a stable [`diagnostics::Code`];
//! every word the tool says comes from [`messages`] (Vietnamese and English
//! Fluent catalogues), in the language the user chose.
//! The CLI in `main.rs` only parses arguments and calls these.
//!
//! # The outputs
//!
//! In the order of [`build::outputs`]:
//!
//! - [`pages::Pages`]: every page in every language, the theme's static files
//!   and the bundles' files;
//! - [`search::Search`]: the search index, for the website and the kiosk;
//! - [`kiosk::Kiosk`]: the offline kiosk, `output/kiosk/`;
//! - [`feeds::google_merchant::GoogleMerchant`]: Google Merchant Center feeds;
//! - [`feeds::meta_catalog::MetaCatalog`]: Meta catalog feeds;
//! - [`feeds::json::JsonExport`]: the whole catalogue as JSON, and its schema;
//! - [`feeds::sitemap::Sitemap`]: `sitemap.xml` and `robots.txt`;
//! - [`feeds::atom::Atom`]: Atom feeds of new and newly certified products;
//! - [`print::PrintPack`]: the print pack, PDF catalogues, shelf cards and
//!   price lists (Typst), `output/print/`; not made by `serve`.
//!
//! Adding an output is one module that implements [`output::Output`] and one
//! line in [`build::outputs`]. docs/ARCHITECTURE.md has the whole map (which
//! file each output writes, which module imports which, a worked example of
//! a new output); docs/CONTENT.md, docs/CLI.md and docs/OUTPUT.md the
//! contract with users.

#![warn(missing_docs)]

pub mod admin_units;
pub mod build;
pub mod cli;
pub mod config;
pub mod content;
pub mod diagnostics;
pub mod feeds;
pub mod images;
pub mod kiosk;
pub mod messages;
pub mod model;
pub mod output;
pub mod pages;
pub mod print;
pub mod print_command;
pub mod qr;
pub mod redirects;
pub mod search;
pub mod site;
pub mod text;
pub mod theme;
pub mod write;

pub use build::{BuildError, Options, Report, build, check};
pub mod scaffold;
pub mod serve;
