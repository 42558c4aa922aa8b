//! Expected values are worked out by hand, not read from the table: the eight
//! localities from issue #15's table (the content of Resolution
//! 1667/NQ-UBTVQH15), codes and the other units' facts from the statistics
//! office's catalogue as printed in its notes (e.g. "Đổi tên từ xã Ma Nới thành
//! xã Anh Dũng, hợp nhất xã Ma Nới, xã Hòa Sơn … Số: 1667/NQ-UBTVQH15"), and the
//! national totals announced for 1 July 2025 (34 provinces; 3,321 communes:
//! 2,621 xã, 687 phường, 13 đặc khu).

use jiff::civil::date;

use super::*;
use crate::text::nfc;

const REFORM: Date = date(2025, 7, 1);

/// (full name, code, share) of each current unit `successor_of(former, province)`
/// gives, checking that each is in Khánh Hòa from 1 July 2025.
fn successors(former: &str, province: &str) -> Vec<(String, String, Share)> {
    successor_of(former, province)
        .iter()
        .map(|s| {
            assert_eq!(s.effective, REFORM, "{former}");
            assert_eq!(s.current.province().name, "Khánh Hòa", "{former}");
            (s.current.full_name(), s.current.code.to_owned(), s.share)
        })
        .collect()
}

fn whole(name: &str, code: &str) -> Vec<(String, String, Share)> {
    vec![(name.to_owned(), code.to_owned(), Share::Whole)]
}

#[test]
fn the_eight_localities_of_the_2025_plan_went_where_the_issue_says() {
    let cases = [
        ("thị trấn Tân Sơn", "xã Ninh Sơn", "22810"),
        ("xã Quảng Sơn", "xã Ninh Sơn", "22810"),
        ("xã Lâm Sơn", "xã Lâm Sơn", "22813"),
        ("xã Lương Sơn", "xã Lâm Sơn", "22813"),
        ("xã Ma Nới", "xã Anh Dũng", "22828"),
        ("xã Hòa Sơn", "xã Anh Dũng", "22828"),
        ("xã Mỹ Sơn", "xã Mỹ Sơn", "22822"),
        ("xã Phước Trung", "xã Mỹ Sơn", "22822"),
        ("xã Nhơn Sơn", "phường Đô Vinh", "22738"),
        ("phường Đô Vinh", "phường Đô Vinh", "22738"),
    ];
    for (former, current, code) in cases {
        assert_eq!(
            successors(former, "Ninh Thuận"),
            whole(current, code),
            "{former}"
        );
    }
    // The former units' own districts (Phước Trung was in Bác Ái, Đô Vinh
    // in the city of Phan Rang–Tháp Chàm).
    let [s] = successor_of("Phước Trung", "Ninh Thuận")[..] else {
        panic!("one Phước Trung in Ninh Thuận")
    };
    assert_eq!(
        (s.former.district_kind, s.former.district.as_str()),
        (DistrictKind::Rural, "Bác Ái")
    );
    assert_eq!(s.former.province().name, "Ninh Thuận");
    let [s] = successor_of("Đô Vinh", "Ninh Thuận")[..] else {
        panic!("one Đô Vinh in Ninh Thuận")
    };
    assert_eq!(s.former.district_kind, DistrictKind::City);
    assert_eq!(fold_name(&s.former.district), "phan-rang-thap-cham");
}

#[test]
fn a_current_unit_lists_its_former_units() {
    let names = |name: &str| -> Vec<String> {
        let [unit] = find_current(name, "Khánh Hòa")[..] else {
            panic!("one {name} in Khánh Hòa")
        };
        unit.predecessors().iter().map(|f| f.full_name()).collect()
    };
    // By code: Hòa Sơn 22825, Ma Nới 22828; Đô Vinh 22738, Nhơn Sơn 22831.
    assert_eq!(names("Anh Dũng"), ["xã Hòa Sơn", "xã Ma Nới"]);
    assert_eq!(names("Đô Vinh"), ["phường Đô Vinh", "xã Nhơn Sơn"]);
    assert_eq!(names("Ninh Sơn"), ["thị trấn Tân Sơn", "xã Quảng Sơn"]);
}

#[test]
fn ninh_thuan_became_part_of_khanh_hoa() {
    let khanh_hoa = current_province("Ninh Thuận").expect("Ninh Thuận is known");
    assert_eq!(khanh_hoa.name, "Khánh Hòa");
    assert_eq!(khanh_hoa.code, "56");
    assert_eq!(khanh_hoa.kind, ProvinceKind::Province);
    assert_eq!(khanh_hoa.commune_resolution, "1667/NQ-UBTVQH15");
    assert_eq!(khanh_hoa.reclassification, None);
    let formers: Vec<_> = khanh_hoa
        .former_provinces()
        .iter()
        .map(|p| (p.code.as_str(), p.name.as_str()))
        .collect();
    assert_eq!(formers, [("56", "Khánh Hòa"), ("58", "Ninh Thuận")]);

    let ninh_thuan = former_province("Tỉnh Ninh Thuận").expect("a former province");
    assert_eq!(ninh_thuan.code, "58");
    assert_eq!(ninh_thuan.kind, ProvinceKind::Province);
    assert_eq!(ninh_thuan.successor().name, "Khánh Hòa");
    assert_eq!(ninh_thuan.effective, REFORM);
    assert!(current_province("Bình Thuận").is_some_and(|p| p.name == "Lâm Đồng"));
    // No current province is called Ninh Thuận.
    assert!(provinces().iter().all(|p| p.name != "Ninh Thuận"));
}

#[test]
fn khanh_hoa_has_65_communes_since_1_july_2025() {
    let units = current_units("Khánh Hòa").expect("Khánh Hòa is a province");
    let count = |kind| units.iter().filter(|u| u.kind == kind).count();
    assert_eq!(units.len(), 65);
    assert_eq!(
        (
            count(UnitKind::Commune),
            count(UnitKind::Ward),
            count(UnitKind::SpecialZone)
        ),
        (48, 16, 1)
    );
    assert!(units.iter().any(|u| u.full_name() == "đặc khu Trường Sa"));
    // A former province's name stands for the province it became.
    assert_eq!(current_units("tỉnh Ninh Thuận").map(<[_]>::len), Some(65));
    assert!(current_units("Atlantis").is_none());
}

#[test]
fn names_match_without_diacritics_case_or_kind_words() {
    let expected = whole("xã Anh Dũng", "22828");
    for (name, province) in [
        ("Xã Ma Nới", "Tỉnh Ninh Thuận"),
        ("xa ma noi", "ninh thuan"),
        ("MA NỚI", "NINH THUẬN"),
        ("Ma Noi", "Khánh Hòa"),
        ("xã Ma Nới", "khanh hoa"),
    ] {
        assert_eq!(successors(name, province), expected, "{name}, {province}");
    }
    assert!(is_current("Anh Dung", "khanh hoa"));
    assert!(is_current("XÃ ANH DŨNG", "Tỉnh Khánh Hòa"));
    assert!(is_current("phuong do vinh", "Ninh Thuận"));
}

#[test]
fn unknown_names_and_provinces_find_nothing() {
    assert!(successor_of("Ma Nơi Mới", "Ninh Thuận").is_empty());
    assert!(successor_of("Ma Nới", "Bình Thuận").is_empty());
    assert!(successor_of("Ma Nới", "Atlantis").is_empty());
    assert!(successor_of("", "Ninh Thuận").is_empty());
    assert!(!is_current("Anh Dũng", "Bình Thuận"));
    assert!(!is_current("Atlantis", "Khánh Hòa"));
    assert!(current_province("Atlantis").is_none());
    assert!(former_province("Khánh Ninh").is_none());
}

#[test]
fn abolished_units_are_not_current() {
    for name in ["Ma Nới", "Hòa Sơn", "Quảng Sơn", "Lương Sơn", "Nhơn Sơn"] {
        assert!(!is_current(name, "Khánh Hòa"), "{name}");
    }
    // Tân Sơn was a thị trấn; the name now belongs to no unit of Khánh Hòa.
    assert!(!is_current("Tân Sơn", "Khánh Hòa"));
}

#[test]
fn lam_son_and_my_son_kept_their_name_and_code() {
    for (name, code) in [("Lâm Sơn", "22813"), ("Mỹ Sơn", "22822")] {
        assert!(is_current(name, "Khánh Hòa"), "{name}");
        let [unit] = find_current(name, "Khánh Hòa")[..] else {
            panic!("one {name}")
        };
        assert_eq!((unit.kind, unit.code.as_str()), (UnitKind::Commune, code));
        let [s] = successor_of(name, "Ninh Thuận")[..] else {
            panic!("one former {name}")
        };
        assert_eq!(s.former.code, code);
        assert!(std::ptr::eq(s.current, unit));
    }
}

#[test]
fn a_split_ward_lists_both_successors_default_first() {
    // Phường Đông Hải (22768) of Phan Rang–Tháp Chàm: most of it, with Mỹ
    // Bình, Mỹ Đông and Mỹ Hải, is the new phường Đông Hải (code 22780, Mỹ
    // Bình's); "1 phần" went with An Hải and Phước Dinh into xã Phước Dinh
    // (22888, An Hải's).
    assert_eq!(
        successors("phường Đông Hải", "Ninh Thuận"),
        [
            (
                "phường Đông Hải".to_owned(),
                "22780".to_owned(),
                Share::Part { default: true }
            ),
            (
                "xã Phước Dinh".to_owned(),
                "22888".to_owned(),
                Share::Part { default: false }
            ),
        ]
    );
    for s in successor_of("Đông Hải", "Ninh Thuận") {
        assert_eq!(s.former.code, "22768");
    }
    // The name lives on, under another code.
    assert!(is_current("Đông Hải", "Khánh Hòa"));
}

#[test]
fn names_that_differ_only_in_diacritics_prefer_the_exact_spelling() {
    // Thái Nguyên has xã Văn Lang (02143) and xã Văn Lăng (05665).
    let codes = |name| -> Vec<&str> {
        find_current(name, "Thái Nguyên")
            .iter()
            .map(|u| u.code.as_str())
            .collect()
    };
    assert_eq!(codes("Van Lang"), ["02143", "05665"]);
    assert_eq!(codes("Văn Lăng"), ["05665"]);
    assert_eq!(codes("xã Văn Lang"), ["02143"]);
}

#[test]
fn a_kind_word_chooses_between_units_of_the_same_name() {
    // Huyện Trần Đề (Sóc Trăng) had xã (31678) and thị trấn (31679) Lịch
    // Hội Thượng; both are now xã Lịch Hội Thượng (31679) of Cần Thơ.
    let formers = |name| -> Vec<String> {
        successor_of(name, "Sóc Trăng")
            .iter()
            .map(|s| {
                assert_eq!(s.current.full_name(), "xã Lịch Hội Thượng");
                assert_eq!(s.current.province().name, "Cần Thơ");
                s.former.code.to_owned()
            })
            .collect()
    };
    assert_eq!(formers("Lịch Hội Thượng"), ["31678", "31679"]);
    assert_eq!(formers("thị trấn Lịch Hội Thượng"), ["31679"]);
    assert_eq!(formers("xa lich hoi thuong"), ["31678"]);
}

#[test]
fn a_kind_word_that_is_part_of_the_name_is_still_found() {
    // "Phường Đúc" was the name of a phường of Huế, now in phường Thuận Hóa.
    let [s] = successor_of("Phường Đúc", "Huế")[..] else {
        panic!("one Phường Đúc")
    };
    assert_eq!(s.former.full_name(), "phường Phường Đúc");
    assert_eq!(s.current.full_name(), "phường Thuận Hóa");
    assert_eq!(successor_of("phường Phường Đúc", "Huế").len(), 1);
}

#[test]
fn an_island_district_became_a_special_zone_of_another_province() {
    let [s] = successor_of("huyện Côn Đảo", "Bà Rịa - Vũng Tàu")[..] else {
        panic!("one Côn Đảo")
    };
    assert_eq!(s.former.kind, UnitKind::District);
    assert_eq!(s.current.full_name(), "đặc khu Côn Đảo");
    assert_eq!(s.current.province().name, "Hồ Chí Minh");
}

#[test]
fn kinds_changed_in_2026_are_recorded_with_their_resolution() {
    // Resolution 237/NQ-UBTVQH16 of 14 April 2026 made xã Tân Phú (26116) of
    // Đồng Nai a phường; Resolution 30/2026/QH16 of 24 April 2026 made Đồng
    // Nai a centrally governed city.
    let [tan_phu] = find_current("Tân Phú", "Đồng Nai")[..] else {
        panic!("one Tân Phú")
    };
    assert_eq!(tan_phu.code, "26116");
    assert_eq!(tan_phu.full_name(), "phường Tân Phú");
    assert_eq!(
        tan_phu.reclassification.as_ref(),
        Some(&Reclassification {
            from: UnitKind::Commune,
            resolution: "237/NQ-UBTVQH16".to_owned(),
            resolution_date: date(2026, 4, 14),
        })
    );
    let dong_nai = current_province("Thành phố Đồng Nai").expect("Đồng Nai");
    assert_eq!(dong_nai.kind, ProvinceKind::City);
    assert_eq!(
        dong_nai.reclassification.as_ref(),
        Some(&Reclassification {
            from: ProvinceKind::Province,
            resolution: "30/2026/QH16".to_owned(),
            resolution_date: date(2026, 4, 24),
        })
    );
}

#[test]
fn the_whole_country_is_covered() {
    assert_eq!(provinces().len(), 34);
    let units: Vec<&CurrentUnit> = provinces().iter().flat_map(|p| p.units()).collect();
    assert_eq!(units.len(), 3321);
    // Kinds on 1 July 2025, and today (22 xã became phường in 2026).
    let count = |kind, then: bool| {
        units
            .iter()
            .filter(|u| {
                let k = match (then, &u.reclassification) {
                    (true, Some(r)) => r.from,
                    _ => u.kind,
                };
                k == kind
            })
            .count()
    };
    assert_eq!(
        [UnitKind::Commune, UnitKind::Ward, UnitKind::SpecialZone].map(|k| count(k, true)),
        [2621, 687, 13]
    );
    assert_eq!(
        [UnitKind::Commune, UnitKind::Ward, UnitKind::SpecialZone].map(|k| count(k, false)),
        [2599, 709, 13]
    );
    let mut former_provinces = 0;
    let mut former_units = std::collections::BTreeSet::new();
    for p in provinces() {
        former_provinces += p.former_provinces().len();
        assert!(p.commune_resolution.ends_with("/NQ-UBTVQH15"));
        for u in p.units() {
            assert!(!u.predecessors().is_empty(), "{}", u.code);
            for f in u.predecessors() {
                former_units.insert(f.code.as_str());
                assert!(
                    f.successions().iter().any(|s| std::ptr::eq(s.current, u)),
                    "{} -> {}",
                    f.code,
                    u.code
                );
            }
        }
    }
    assert_eq!(former_provinces, 63);
    assert_eq!(former_units.len(), 10040);
}

#[test]
fn every_name_in_the_table_is_nfc_and_findable() {
    for p in provinces() {
        assert_eq!(nfc(&p.name), p.name);
        for u in p.units() {
            assert_eq!(nfc(&u.name), u.name);
            assert!(
                find_current(&u.name, &p.name)
                    .iter()
                    .any(|v| std::ptr::eq(*v, u)),
                "{} in {}",
                u.name,
                p.name
            );
            for f in u.predecessors() {
                assert_eq!(nfc(&f.name), f.name);
                assert_eq!(nfc(&f.district), f.district);
                assert!(
                    successor_of(&f.full_name(), &f.province().name)
                        .iter()
                        .any(|s| std::ptr::eq(s.former, f)),
                    "{} in {}",
                    f.full_name(),
                    f.province().name
                );
            }
        }
    }
}
