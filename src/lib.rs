//! `ocop`: the static site generator for Vietnamese OCOP ("Mỗi xã một sản
//! phẩm") catalogues.
//!
//! The pipeline (DESIGN.md) flows one way: [`content::load`] reads the files,
//! [`model::resolve`] builds the typed [`model::Catalog`], [`render`] turns it
//! into pages, [`feeds`] adds the machine-readable files (merchant feeds,
//! JSON export, sitemap, Atom) and [`write`] swaps the result into the output folder. The CLI
//! in `main.rs` only parses arguments and calls [`build()`] / [`check()`].

pub mod admin_units;
pub mod build;
pub mod config;
pub mod content;
pub mod diagnostics;
pub mod feeds;
pub mod images;
pub mod kiosk;
pub mod model;
pub mod qr;
pub mod render;
pub mod search;
pub mod text;
pub mod write;

pub use build::{BuildError, Options, Report, build, check};
pub mod scaffold;
pub mod serve;
