//! The embedded tables of `data/admin-units/`, parsed once on first use.

use std::collections::HashMap;
use std::sync::OnceLock;

use jiff::civil::Date;
use serde::Deserialize;
use serde::de::DeserializeOwned;

use super::names::{Query, name_key};
use super::{
    CurrentUnit, DistrictKind, FormerProvince, FormerUnit, Province, ProvinceKind,
    Reclassification, Share, UnitKind,
};

/// Everything in `data/admin-units/`, with indexes by folded name.
pub(super) struct Table {
    pub provinces: Vec<Province>,
    pub former_provinces: Vec<FormerProvince>,
    pub units: Vec<CurrentUnit>,
    pub former_units: Vec<FormerUnit>,
    /// One row per (former unit, current unit); a former unit's rows are
    /// together, in the order of `successions.tsv` (a split unit's default
    /// successor first).
    pub links: Vec<Link>,
    province_index: HashMap<String, usize>,
    former_province_index: HashMap<String, usize>,
    unit_index: HashMap<String, Vec<usize>>,
    former_unit_index: HashMap<String, Vec<usize>>,
}

/// A former unit's share in a current unit.
pub(super) struct Link {
    pub current: usize,
    pub share: Share,
    pub effective: Date,
}

/// The table, parsed on first use. Panics if the embedded files are malformed,
/// which the tests of this module rule out.
pub(super) fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(Table::load)
}

#[derive(Deserialize)]
struct ProvinceRow {
    code: String,
    kind: ProvinceKind,
    name: String,
    commune_resolution: String,
}

#[derive(Deserialize)]
struct FormerProvinceRow {
    code: String,
    kind: ProvinceKind,
    name: String,
    current_code: String,
    effective: Date,
}

#[derive(Deserialize)]
struct UnitRow {
    province_code: String,
    code: String,
    kind: UnitKind,
    name: String,
}

#[derive(Deserialize)]
struct SuccessionRow {
    former_province_code: String,
    former_district_kind: DistrictKind,
    former_district: String,
    former_code: String,
    former_kind: UnitKind,
    former_name: String,
    current_code: String,
    share: ShareColumn,
    effective: Date,
}

#[derive(Deserialize)]
#[serde(rename_all = "kebab-case")]
enum ShareColumn {
    Whole,
    PartDefault,
    Part,
}

#[derive(Deserialize)]
#[serde(rename_all = "lowercase")]
enum Level {
    Province,
    Unit,
}

/// A kind word of `reclassifications.tsv`: a unit's or a province's.
#[derive(Deserialize)]
#[serde(untagged)]
enum AnyKind {
    Unit(UnitKind),
    Province(ProvinceKind),
}

#[derive(Deserialize)]
struct ReclassificationRow {
    level: Level,
    code: String,
    from_kind: AnyKind,
    to_kind: AnyKind,
    resolution: String,
    resolution_date: Date,
}

/// Reads one embedded tab-separated file (header row, no quoting).
fn read<T: DeserializeOwned>(file: &str, text: &str) -> Vec<T> {
    csv::ReaderBuilder::new()
        .delimiter(b'\t')
        .quoting(false)
        .from_reader(text.as_bytes())
        .deserialize()
        .collect::<Result<_, _>>()
        .unwrap_or_else(|e| panic!("data/admin-units/{file}: {e}"))
}

fn position<T>(items: &[T], code: &str, code_of: impl Fn(&T) -> &str, what: &str) -> usize {
    items
        .iter()
        .position(|item| code_of(item) == code)
        .unwrap_or_else(|| panic!("data/admin-units: no {what} with code {code}"))
}

impl Table {
    fn load() -> Table {
        let mut provinces: Vec<Province> = read::<ProvinceRow>(
            "provinces.tsv",
            include_str!("../../data/admin-units/provinces.tsv"),
        )
        .into_iter()
        .map(|r| Province {
            code: r.code,
            kind: r.kind,
            name: r.name,
            commune_resolution: r.commune_resolution,
            reclassification: None,
            units: 0..0,
        })
        .collect();
        let former_provinces: Vec<FormerProvince> = read::<FormerProvinceRow>(
            "former-provinces.tsv",
            include_str!("../../data/admin-units/former-provinces.tsv"),
        )
        .into_iter()
        .map(|r| FormerProvince {
            successor: position(&provinces, &r.current_code, |p| &p.code, "province"),
            code: r.code,
            kind: r.kind,
            name: r.name,
            effective: r.effective,
        })
        .collect();

        let mut units: Vec<CurrentUnit> = read::<UnitRow>(
            "units.tsv",
            include_str!("../../data/admin-units/units.tsv"),
        )
        .into_iter()
        .map(|r| CurrentUnit {
            province: position(&provinces, &r.province_code, |p| &p.code, "province"),
            code: r.code,
            kind: r.kind,
            name: r.name,
            reclassification: None,
            predecessors: Vec::new(),
        })
        .collect();
        // Sorted by province (as the provinces are by code): each province's
        // units are one range.
        assert!(
            units.is_sorted_by_key(|u| u.province),
            "units.tsv: not sorted by province"
        );
        for (i, province) in provinces.iter_mut().enumerate() {
            province.units = units.partition_point(|u| u.province < i)
                ..units.partition_point(|u| u.province <= i);
        }
        let unit_by_code: HashMap<String, usize> = units
            .iter()
            .enumerate()
            .map(|(i, u)| (u.code.clone(), i))
            .collect();

        let mut former_units: Vec<FormerUnit> = Vec::new();
        let mut links = Vec::new();
        let mut predecessors: Vec<Vec<usize>> = vec![Vec::new(); units.len()];
        for r in read::<SuccessionRow>(
            "successions.tsv",
            include_str!("../../data/admin-units/successions.tsv"),
        ) {
            let current = unit_by_code[r.current_code.as_str()];
            if former_units.last().is_none_or(|f| f.code != r.former_code) {
                former_units.push(FormerUnit {
                    province: position(
                        &former_provinces,
                        &r.former_province_code,
                        |p| &p.code,
                        "former province",
                    ),
                    district_kind: r.former_district_kind,
                    district: r.former_district,
                    code: r.former_code,
                    kind: r.former_kind,
                    name: r.former_name,
                    links: links.len()..links.len(),
                });
            }
            let former = former_units.len() - 1;
            former_units[former].links.end += 1;
            predecessors[current].push(former);
            links.push(Link {
                current,
                share: match r.share {
                    ShareColumn::Whole => Share::Whole,
                    ShareColumn::PartDefault => Share::Part { default: true },
                    ShareColumn::Part => Share::Part { default: false },
                },
                effective: r.effective,
            });
        }
        for (unit, list) in units.iter_mut().zip(predecessors) {
            unit.predecessors = list;
        }

        for r in read::<ReclassificationRow>(
            "reclassifications.tsv",
            include_str!("../../data/admin-units/reclassifications.tsv"),
        ) {
            match (r.level, r.from_kind, r.to_kind) {
                (Level::Province, AnyKind::Province(from), AnyKind::Province(to)) => {
                    let p = position(&provinces, &r.code, |p| &p.code, "province");
                    assert_eq!(provinces[p].kind, to, "reclassifications.tsv: {}", r.code);
                    provinces[p].reclassification = Some(Reclassification {
                        from,
                        resolution: r.resolution,
                        resolution_date: r.resolution_date,
                    });
                }
                (Level::Unit, AnyKind::Unit(from), AnyKind::Unit(to)) => {
                    let u = unit_by_code[r.code.as_str()];
                    assert_eq!(units[u].kind, to, "reclassifications.tsv: {}", r.code);
                    units[u].reclassification = Some(Reclassification {
                        from,
                        resolution: r.resolution,
                        resolution_date: r.resolution_date,
                    });
                }
                _ => panic!(
                    "reclassifications.tsv: {}: kinds of the wrong level",
                    r.code
                ),
            }
        }

        Table {
            province_index: provinces
                .iter()
                .enumerate()
                .map(|(i, p)| (name_key(&p.name), i))
                .collect(),
            former_province_index: former_provinces
                .iter()
                .enumerate()
                .map(|(i, p)| (name_key(&p.name), i))
                .collect(),
            unit_index: index(units.iter().map(|u| u.name.as_str())),
            former_unit_index: index(former_units.iter().map(|u| u.name.as_str())),
            provinces,
            former_provinces,
            units,
            former_units,
            links,
        }
    }

    /// The current province of that name, else the one the former province
    /// of that name became.
    pub fn province(&self, name: &str) -> Option<usize> {
        self.current_province_named(name).or_else(|| {
            let former = self.former_province(name)?;
            Some(self.former_provinces[former].successor)
        })
    }

    /// The current province of that name (not a former one's successor).
    pub fn current_province_named(&self, name: &str) -> Option<usize> {
        lookup_province(&self.province_index, name)
    }

    /// The former province of that name.
    pub fn former_province(&self, name: &str) -> Option<usize> {
        lookup_province(&self.former_province_index, name)
    }

    /// Current units named `name` among those `keep` accepts.
    pub fn find_units(&self, name: &str, keep: impl Fn(&CurrentUnit) -> bool) -> Vec<usize> {
        find(&self.unit_index, &Query::new(name), |i| {
            let u = &self.units[i];
            keep(u).then_some((u.kind, u.name.as_str()))
        })
    }

    /// Former units named `name` among those `keep` accepts.
    pub fn find_former_units(&self, name: &str, keep: impl Fn(&FormerUnit) -> bool) -> Vec<usize> {
        find(&self.former_unit_index, &Query::new(name), |i| {
            let u = &self.former_units[i];
            keep(u).then_some((u.kind, u.name.as_str()))
        })
    }
}

/// A province by the query's key, else by its whole text's.
fn lookup_province(index: &HashMap<String, usize>, name: &str) -> Option<usize> {
    let query = Query::new(name);
    let whole = query.whole.as_ref();
    index.get(&query.key).or_else(|| index.get(whole?)).copied()
}

/// Indexes names (without kind) by their key.
fn index<'a>(names: impl Iterator<Item = &'a str>) -> HashMap<String, Vec<usize>> {
    let mut map: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, name) in names.enumerate() {
        map.entry(name_key(name)).or_default().push(i);
    }
    map
}

/// The entries matching `query`; `candidate` gives an entry's kind and name,
/// or `None` to leave it out. Entries spelled exactly as asked (ignoring case
/// and spacing) come first: by the name after the leading kind word, or by
/// the whole text where that word is part of the name ("Phường Đúc", "Quan
/// Hoa"). Else the entries whose key is the query's, narrowed to the kind
/// the leading word names where that leaves any; else those whose key is
/// the whole text's.
fn find<'t>(
    index: &HashMap<String, Vec<usize>>,
    query: &Query,
    candidate: impl Fn(usize) -> Option<(UnitKind, &'t str)>,
) -> Vec<usize> {
    let lookup = |key: &str| -> Vec<(usize, UnitKind, &'t str)> {
        index.get(key).map_or_else(Vec::new, |list| {
            list.iter()
                .filter_map(|&i| candidate(i).map(|(kind, name)| (i, kind, name)))
                .collect()
        })
    };
    let mut by_key = lookup(&query.key);
    if let Some(kind) = query.kind
        && by_key.iter().any(|&(_, k, _)| k == kind)
    {
        by_key.retain(|&(_, k, _)| k == kind);
    }
    let by_whole = query.whole.as_deref().map_or_else(Vec::new, lookup);
    let exact: Vec<usize> = by_key
        .iter()
        .filter(|&&(_, _, name)| name.to_lowercase() == query.exact)
        .chain(
            by_whole
                .iter()
                .filter(|&&(_, _, name)| name.to_lowercase() == query.text),
        )
        .map(|&(i, _, _)| i)
        .collect();
    let mut found = if !exact.is_empty() {
        exact
    } else if !by_key.is_empty() {
        by_key.into_iter().map(|(i, _, _)| i).collect()
    } else {
        by_whole.into_iter().map(|(i, _, _)| i).collect()
    };
    found.sort_unstable();
    found
}
