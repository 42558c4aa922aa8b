//! A choice among the catalogue's products (issue #18): the kiosk's
//! `[kiosk] products` in `content/site.toml` and `ocop print --products`, so
//! that a fair stand's screen, shelf cards and price list show the same
//! products.
//!
//! A selection keeps the **catalogue's order** (Vietnamese alphabetical
//! order of the names, as every list of the site), whatever order the slugs
//! were written in: the kiosk and the PDFs list products by group and name
//! anyway, and a list written in any order gives the same result.
//!
//! The slugs are checked here, with the same "did you mean" suggestion as
//! the references between records (`rules::suggestion`): in
//! `content/site.toml` an unknown slug is an `unknown-reference` error at
//! its line and column, a draft a `draft-reference` warning (the kiosk
//! leaves it out); on the command line both are `unknown-product` errors.

use std::collections::HashSet;

use super::rules::{named, suggestion};
use super::{Catalog, Folders, Product};
use crate::content::Section;
use crate::diagnostics::{Code, Diagnostic, Diagnostics};

/// Some products of a catalogue, or all of them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    /// The chosen slugs; `None` for every product.
    slugs: Option<HashSet<String>>,
}

impl Selection {
    /// Every product.
    pub fn every() -> Self {
        Self { slugs: None }
    }

    /// The products with these slugs (a slug that names no published
    /// product selects nothing: check the slugs first).
    pub fn of<'s>(slugs: impl IntoIterator<Item = &'s str>) -> Self {
        Self {
            slugs: Some(slugs.into_iter().map(str::to_owned).collect()),
        }
    }

    /// The kiosk's products: `[kiosk] products` of `catalog`'s settings,
    /// else every product.
    pub fn kiosk(catalog: &Catalog) -> Self {
        match &catalog.site.kiosk.products {
            Some(list) => Self::of(list.slugs.iter().map(|s| s.get_ref().as_str())),
            None => Self::every(),
        }
    }

    /// True when every product is chosen.
    pub fn is_every(&self) -> bool {
        self.slugs.is_none()
    }

    /// True when `product` is chosen.
    pub fn contains(&self, product: &Product) -> bool {
        self.slugs
            .as_ref()
            .is_none_or(|s| s.contains(&product.slug))
    }

    /// The chosen products of `catalog` with their positions in it, in
    /// catalogue order.
    pub fn products<'c>(
        &'c self,
        catalog: &'c Catalog,
    ) -> impl Iterator<Item = (usize, &'c Product)> + 'c {
        catalog
            .products
            .iter()
            .enumerate()
            .filter(|(_, p)| self.contains(p))
    }

    /// How many products of `catalog` are chosen.
    pub fn count(&self, catalog: &Catalog) -> usize {
        match &self.slugs {
            None => catalog.products.len(),
            Some(_) => self.products(catalog).count(),
        }
    }
}

/// Checks `[kiosk] products` of `content/site.toml`: a slug that names no
/// product folder is an `unknown-reference` error at its place, with the
/// closest slug or the slug of the product so named; a draft a
/// `draft-reference` warning (the kiosk cannot show it). A folder whose
/// record has errors of its own is not reported again. `folders` are every
/// record folder, `drafts` the draft products' slugs.
pub(crate) fn check_kiosk_products(
    folders: &Folders,
    catalog: &Catalog,
    drafts: &HashSet<String>,
    diags: &mut Diagnostics,
) {
    let Some(list) = &catalog.site.kiosk.products else {
        return;
    };
    let known = folders.slugs(Section::Products);
    for slug in &list.slugs {
        let value = slug.get_ref();
        if catalog.contains(Section::Products, value) {
            continue;
        }
        if drafts.contains(value) {
            diags.push(
                Diagnostic::warning(Code::DraftReference)
                    .variant("kiosk")
                    .arg("key", "products")
                    .arg("slug", value.as_str())
                    .at(&list.file, slug.span()),
            );
            continue;
        }
        if known.contains(&value.as_str()) {
            continue; // its own errors are reported
        }
        let d = Diagnostic::error(Code::UnknownReference)
            .arg("key", "products")
            .arg("slug", value.as_str())
            .arg("section", Section::Products.dir_name())
            .at(&list.file, slug.span());
        diags.push(
            match suggestion(catalog, Section::Products, value, &known) {
                Some((best, true)) => d.variant("name").arg("best", best),
                Some((best, false)) => d.variant("suggest").arg("best", best),
                None => d,
            },
        );
    }
}

/// The products of `--products` as typed, each a product's folder name or,
/// when exactly one published product has that name in a language of the
/// site, its name ("Xoài" is `xoai`): the folder names, in the order given.
/// Anything else is kept as typed, for [`check_requested`] to report.
pub fn requested_slugs(catalog: &Catalog, given: &[String]) -> Vec<String> {
    given
        .iter()
        .map(|g| {
            if catalog.contains(Section::Products, g) {
                return g.clone();
            }
            match named(catalog, Section::Products, g).as_slice() {
                [only] => (*only).to_owned(),
                _ => g.clone(),
            }
        })
        .collect()
}

/// Checks the slugs given on the command line (`ocop print --products`):
/// one `unknown-product` error for each that names no published product of
/// `catalog`, saying whether it is a draft, else suggesting the closest
/// published product's slug (or the slug of the product so named). Empty
/// when every slug names a published product.
pub fn check_requested(catalog: &Catalog, slugs: &[String]) -> Vec<Diagnostic> {
    let known: Vec<&str> = catalog.products.iter().map(|p| p.slug.as_str()).collect();
    slugs
        .iter()
        .filter(|s| !catalog.contains(Section::Products, s))
        .map(|slug| {
            let d = Diagnostic::error(Code::UnknownProduct).arg("slug", slug.as_str());
            if catalog.drafts.contains(slug) {
                return d.variant("draft");
            }
            let products = named(catalog, Section::Products, slug);
            if products.len() > 1 {
                return d
                    .variant("several")
                    .arg("count", products.len())
                    .arg("slugs", products.join(", "));
            }
            match suggestion(catalog, Section::Products, slug, &known) {
                Some((best, true)) => d.variant("name").arg("best", best),
                Some((best, false)) => d.variant("suggest").arg("best", best),
                None => d,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::load;
    use crate::messages::Lang;

    /// The shipped catalogue on 29 November 2026.
    fn shipped() -> Catalog {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut diags = Diagnostics::new();
        let content = load(root, &mut diags);
        crate::model::resolve(&content, None, jiff::civil::date(2026, 11, 29), &mut diags).unwrap()
    }

    #[test]
    fn a_selection_keeps_the_catalogue_order() {
        let catalog = shipped();
        // Written Xoài first; the catalogue has Bưởi before Xoài.
        let chosen = Selection::of(["xoai", "buoi", "no-such-product"]);
        let slugs: Vec<&str> = chosen
            .products(&catalog)
            .map(|(_, p)| p.slug.as_str())
            .collect();
        assert_eq!(slugs, ["buoi", "xoai"]);
        assert_eq!(chosen.count(&catalog), 2);
        assert!(!chosen.is_every());
        assert_eq!(Selection::every().count(&catalog), 23);
        assert_eq!(Selection::kiosk(&catalog), Selection::every());
    }

    #[test]
    fn a_product_may_be_asked_for_by_its_name_when_it_is_the_only_one() {
        let catalog = shipped();
        let given: Vec<String> = ["Xoài", "mango", "xoai", "Dưa lưới", " táo  XANH"]
            .map(String::from)
            .into();
        // Xoài is one product (its English name is "Mango"); four products
        // are called Dưa lưới and two Táo xanh: they stay as typed.
        assert_eq!(
            requested_slugs(&catalog, &given),
            ["xoai", "xoai", "xoai", "Dưa lưới", " táo  XANH"]
        );
    }

    #[test]
    fn unknown_slugs_on_the_command_line_get_a_suggestion() {
        let catalog = shipped();
        let found: Vec<(String, Option<String>)> = check_requested(
            &catalog,
            &[
                "xoai".into(),
                "xoaii".into(),
                "Bưởi".into(),
                "zzzz-qqqq".into(),
                "Táo xanh".into(),
            ],
        )
        .iter()
        .map(|d| (d.message(Lang::En), d.help_text(Lang::En)))
        .collect();
        assert_eq!(
            found,
            [
                (
                    "--products names \"xoaii\", but there is no published product content/products/xoaii/".to_owned(),
                    Some("did you mean \"xoai\"?".to_owned())
                ),
                (
                    "--products names \"Bưởi\", but there is no published product content/products/Bưởi/".to_owned(),
                    Some("did you mean \"buoi\"?".to_owned())
                ),
                (
                    "--products names \"zzzz-qqqq\", but there is no published product content/products/zzzz-qqqq/".to_owned(),
                    Some("use the folder names of products in content/products/, separated by commas".to_owned())
                ),
                (
                    "--products names \"Táo xanh\", the name of 2 products".to_owned(),
                    Some("write the folder name of the one to print: tao-xanh-my-son, tao-xanh-nhon-son".to_owned())
                ),
            ]
        );
    }
}
