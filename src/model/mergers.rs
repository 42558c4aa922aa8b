//! The administrative map inside a catalogue (issue #15): former commune
//! records (`merged_into`, `merged_on`) and the current units they became
//! part of, `former_commune` on products and tourism points, and what the
//! embedded table of Viet Nam's units ([`crate::admin_units`]) says about the
//! names the catalogue's communes carry.
//!
//! A commune record without `merged_into` is a current unit; one with it is
//! a former unit, whose chain of mergers is followed to the current unit
//! ([`follow`]). [`super::Catalog::current_commune`] and
//! [`super::Catalog::former_communes`] answer from the maps [`link`] makes.

use std::collections::HashMap;

use super::{Catalog, Commune};
use crate::admin_units::{self, CurrentUnit, fold_name};
use crate::content::Section;
use crate::diagnostics::{Code, Diagnostic, Diagnostics};
use crate::text::{format_date, slugify};

/// Where a commune's `merged_into` chain ends.
#[derive(Debug)]
pub(super) enum Chain<'a> {
    /// At this current unit: the commune itself when it has no
    /// `merged_into`.
    Current(&'a Commune),
    /// At a slug that names no commune record (an `unknown-reference` error
    /// of that `merged_into`).
    Missing,
    /// Back at a commune already passed; the slugs passed, in order, the
    /// first one repeated at the end ("a → b → a").
    Cycle(Vec<&'a str>),
}

/// Follows `start`'s `merged_into` chain to its end.
pub(super) fn follow<'a>(catalog: &'a Catalog, start: &'a Commune) -> Chain<'a> {
    let mut passed: Vec<&str> = vec![&start.slug];
    let mut at = start;
    while let Some(next) = &at.fields.merged_into {
        let next = next.get_ref().as_str();
        if passed.contains(&next) {
            passed.push(next);
            return Chain::Cycle(passed);
        }
        let Some(commune) = catalog.commune(next) else {
            return Chain::Missing;
        };
        passed.push(next);
        at = commune;
    }
    Chain::Current(at)
}

/// The maps behind [`super::Catalog::current_commune`] (slug → position of
/// its current unit, for every commune whose chain ends) and
/// [`super::Catalog::former_communes`] (slug of a current unit → positions
/// of the former units whose chain ends there, in catalogue order).
pub(super) fn link(catalog: &Catalog) -> (HashMap<String, usize>, HashMap<String, Vec<usize>>) {
    let mut current = HashMap::new();
    let mut formers: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, c) in catalog.communes.iter().enumerate() {
        let Chain::Current(end) = follow(catalog, c) else {
            continue;
        };
        let Some(j) = catalog.position(Section::Communes, &end.slug) else {
            continue;
        };
        current.insert(c.slug.clone(), j);
        if i != j {
            formers.entry(end.slug.clone()).or_default().push(i);
        }
    }
    (current, formers)
}

/// Every rule of the map: cycles of mergers, `former_commune` values, a
/// `commune` naming a former unit, a current record named after an
/// abolished unit. (A `merged_into` or `former_commune` naming no record is
/// an `unknown-reference`, checked with the other references.)
pub(super) fn check(catalog: &Catalog, diags: &mut Diagnostics) {
    check_cycles(catalog, diags);
    check_former_communes(catalog, diags);
    check_former_units(catalog, diags);
    check_abolished_names(catalog, diags);
}

/// One `merger-cycle` error per commune of a cycle, at its `merged_into`.
fn check_cycles(catalog: &Catalog, diags: &mut Diagnostics) {
    for c in &catalog.communes {
        let (Chain::Cycle(passed), Some(into)) = (follow(catalog, c), &c.fields.merged_into) else {
            continue;
        };
        // A commune whose chain runs into a cycle it is not part of gets no
        // error of its own: the cycle's communes have theirs.
        if passed.last() != Some(&c.slug.as_str()) {
            continue;
        }
        let d = Diagnostic::error(Code::MergerCycle).arg("slug", c.slug.as_str());
        // `merged_into` naming the record itself is no circle to her.
        let d = if passed.len() == 2 {
            d.variant("self")
        } else {
            d.arg("chain", passed.join(" → "))
        };
        diags.push(d.at(c.index_path(), into.span()));
    }
}

/// A `former_commune` must name a former unit whose chain ends at the
/// record's `commune`.
fn check_former_communes(catalog: &Catalog, diags: &mut Diagnostics) {
    let products = catalog
        .products
        .iter()
        .map(|p| (p.index_path(), &p.fields.commune, &p.fields.former_commune));
    let tourism = catalog
        .tourism
        .iter()
        .map(|t| (t.index_path(), &t.fields.commune, &t.fields.former_commune));
    for (file, commune, former) in products.chain(tourism) {
        let Some(former) = former else { continue };
        let Some(record) = catalog.commune(former.get_ref()) else {
            continue;
        };
        // A `commune` that names no record has its `unknown-reference`
        // error; one that is on `former_commune`'s own chain (a former unit
        // too, or the same one) has its `former-unit` warning, which says
        // to write the current unit: no mismatch on top of either.
        let commune_known = catalog.commune(commune.get_ref()).is_some();
        let d = if record.fields.merged_into.is_none() {
            Diagnostic::error(Code::FormerCommuneCurrent)
                .arg("former", former.get_ref())
                .arg("name", name(catalog, record))
        } else if !commune_known || on_chain(catalog, record, commune.get_ref()) {
            continue;
        } else {
            match follow(catalog, record) {
                Chain::Current(end) if end.slug != *commune.get_ref() => {
                    Diagnostic::error(Code::FormerCommuneMismatch)
                        .arg("former", former.get_ref())
                        .arg("commune", commune.get_ref())
                        .arg("current", end.slug.as_str())
                        .arg("name", name(catalog, end))
                }
                _ => continue,
            }
        };
        diags.push(d.at(file, former.span()));
    }
}

/// True when `slug` is `start` or a unit `start`'s chain of mergers passes
/// through.
fn on_chain(catalog: &Catalog, start: &Commune, slug: &str) -> bool {
    let mut at = start;
    let mut steps = 0;
    loop {
        if at.slug == slug {
            return true;
        }
        // A cycle is bounded by the number of communes.
        steps += 1;
        let next = at
            .fields
            .merged_into
            .as_ref()
            .and_then(|n| catalog.commune(n.get_ref()));
        match next {
            Some(next) if steps <= catalog.communes.len() => at = next,
            _ => return false,
        }
    }
}

/// A `former-unit` warning for every product, tourism point and producer
/// whose `commune` names a former unit: it names the current unit and the
/// day the named unit was merged, and gives the lines to write.
fn check_former_units(catalog: &Catalog, diags: &mut Diagnostics) {
    // (file, commune, the kind has `former_commune`, its value)
    let products = catalog.products.iter().map(|p| {
        let former = p.fields.former_commune.as_ref();
        (p.index_path(), &p.fields.commune, true, former)
    });
    let tourism = catalog.tourism.iter().map(|t| {
        let former = t.fields.former_commune.as_ref();
        (t.index_path(), &t.fields.commune, true, former)
    });
    let producers = catalog
        .producers
        .iter()
        .map(|p| (p.index_path(), &p.fields.commune, false, None));
    for (file, commune, has_former, former) in products.chain(tourism).chain(producers) {
        let Some(record) = catalog.commune(commune.get_ref()) else {
            continue;
        };
        if record.fields.merged_into.is_none() {
            continue;
        }
        let Chain::Current(end) = follow(catalog, record) else {
            continue;
        };
        // Without `merged_on`, the record has its `incomplete-merger` error.
        let Some(date) = record.fields.merged_on else {
            continue;
        };
        let d = Diagnostic::warning(Code::FormerUnit)
            .arg("slug", commune.get_ref())
            .arg("former", name(catalog, record))
            .arg("date", format_date(date, "vi"))
            .arg("current", end.slug.as_str())
            .arg("name", name(catalog, end));
        // A record that already names its former unit keeps that line.
        let d = match (has_former, former) {
            (false, _) => d.variant("producer"),
            (true, Some(former)) => d.variant("keep").arg("kept", former.get_ref()),
            (true, None) => d,
        };
        diags.push(d.at(file, commune.span()));
    }
}

/// An `abolished-unit` warning for every current commune record (no
/// `merged_into`) whose name is, in its province, a former unit's and no
/// current unit's: it names the successor from the embedded table.
fn check_abolished_names(catalog: &Catalog, diags: &mut Diagnostics) {
    let lang = &catalog.site.default_language;
    let site_province = catalog.site.province.get(lang);
    let current = CurrentRecords::new(catalog);
    for c in &catalog.communes {
        if c.fields.merged_into.is_some() {
            continue;
        }
        let text = &c.version(lang).text;
        let province = text
            .province
            .as_ref()
            .map(|p| p.value.as_str())
            .filter(|p| !p.trim().is_empty())
            .unwrap_or(site_province);
        let own = text.name.value.as_str();
        if province.trim().is_empty() || admin_units::is_current(own, province) {
            continue;
        }
        let Some(succession) = admin_units::successor_of(own, province).into_iter().next() else {
            continue;
        };
        let d = Diagnostic::warning(Code::AbolishedUnit)
            .arg("name", own)
            .arg("date", format_date(succession.effective, "vi"))
            .arg("merged_on", succession.effective.to_string());
        let d = match current.record(succession.current) {
            Some(record) => d
                .arg("successor", name(catalog, record))
                .arg("slug", record.slug.as_str()),
            None => d
                .variant("new")
                .arg("successor", succession.current.full_name())
                .arg("slug", slugify(&succession.current.name)),
        };
        diags.push(d.in_file(c.index_path()));
    }
}

/// What to write instead of a commune slug that no record has, when it is a
/// former unit's name: see [`successor_hint`].
#[derive(Debug)]
pub(super) struct SuccessorHint {
    /// The former unit, kind and name: "xã Ma Nới".
    pub former: String,
    /// The current unit: its record's name, else the table's ("xã Anh Dũng").
    pub name: String,
    /// Its record's slug, else the slug its record would have (`anh-dung`).
    pub slug: String,
    /// Whether the catalogue has its record.
    pub exists: bool,
}

/// The current unit to name instead of `value`, a commune slug (or name)
/// that no record has, when `value` is, in a province of the catalogue (its
/// communes' `province`, else `site.toml`'s), the name of a former unit of
/// the embedded table: its successor (the default one of a split unit).
/// `None` when the successor would have `value` itself as slug (a unit that
/// kept its name: then `value` is only a record to create).
pub(super) fn successor_hint(catalog: &Catalog, value: &str) -> Option<SuccessorHint> {
    let succession = provinces(catalog)
        .into_iter()
        .find_map(|p| admin_units::successor_of(value, p).into_iter().next())?;
    let former = succession.former.full_name();
    let hint = match CurrentRecords::new(catalog).record(succession.current) {
        Some(record) => SuccessorHint {
            former,
            name: name(catalog, record),
            slug: record.slug.clone(),
            exists: true,
        },
        None => SuccessorHint {
            former,
            name: succession.current.full_name(),
            slug: slugify(&succession.current.name),
            exists: false,
        },
    };
    (hint.slug != value).then_some(hint)
}

/// The provinces the catalogue's communes name (default language), then
/// `site.toml`'s, without repeats or empty ones.
fn provinces(catalog: &Catalog) -> Vec<&str> {
    let lang = &catalog.site.default_language;
    let mut found: Vec<&str> = Vec::new();
    let named = catalog
        .communes
        .iter()
        .filter_map(|c| c.version(lang).text.province.as_ref())
        .map(|p| p.value.as_str())
        .chain([catalog.site.province.get(lang)]);
    for p in named {
        if !p.trim().is_empty() && !found.contains(&p) {
            found.push(p);
        }
    }
    found
}

/// The catalogue's current commune records (without `merged_into`) by
/// their name's [`fold_name`] key, the first in catalogue order for a key.
struct CurrentRecords<'a>(HashMap<String, &'a Commune>);

impl<'a> CurrentRecords<'a> {
    fn new(catalog: &'a Catalog) -> Self {
        let lang = &catalog.site.default_language;
        let mut map = HashMap::new();
        for c in catalog
            .communes
            .iter()
            .filter(|c| c.fields.merged_into.is_none())
        {
            map.entry(fold_name(&c.version(lang).text.name.value))
                .or_insert(c);
        }
        Self(map)
    }

    /// The record of the table's current unit `unit`: its name's.
    fn record(&self, unit: &CurrentUnit) -> Option<&'a Commune> {
        self.0.get(&fold_name(&unit.name)).copied()
    }
}

/// A commune's name in the default language, as its record writes it.
fn name(catalog: &Catalog, commune: &Commune) -> String {
    commune
        .version(&catalog.site.default_language)
        .text
        .name
        .value
        .clone()
}
