//! OCOP groups and subgroups → Google product taxonomy ids
//! (`google_product_category`, also read by Meta).
//!
//! Source: Google's `taxonomy-with-ids.en-US.txt`, version 2021-09-21 (the
//! file linked from Merchant Center help article 6324436). Each OCOP
//! subgroup gets the most specific category that fits every product the
//! subgroup can hold; where a subgroup mixes kinds of goods (fresh produce
//! is fruit, vegetables, meat and eggs) it stays at the common parent:
//!
//! | OCOP group / subgroup | id | Google category |
//! |---|---|---|
//! | food (fresh, preliminary, processed, none) | 422 | Food, Beverages & Tobacco > Food Items |
//! | food / spices | 4608 | … > Food Items > Seasonings & Spices |
//! | food / tea | 2073 | … > Beverages > Tea & Infusions |
//! | food / coffee_cocoa | 1868 | … > Beverages > Coffee |
//! | beverages / alcoholic | 499676 | … > Beverages > Alcoholic Beverages (required by Google's alcohol policy) |
//! | beverages (non_alcoholic, none) | 413 | Food, Beverages & Tobacco > Beverages |
//! | herbal / medicinal | 525 | Health & Beauty > Health Care > Fitness & Nutrition > Vitamins & Supplements |
//! | herbal / cosmetics | 473 | Health & Beauty > Personal Care > Cosmetics |
//! | herbal (herbs, none) | 491 | Health & Beauty > Health Care |
//! | handicrafts / textiles | 166 | Apparel & Accessories |
//! | handicrafts (wood, fibre, rattan_bamboo, metal, ceramics, other, none) | 536 | Home & Garden |
//! | ornamental / ornamental_animals | 3237 | Animals & Pet Supplies > Live Animals |
//! | ornamental (flowers, ornamental_plants, none) | 985 | Home & Garden > Plants |
//! | tourism | — | services: not in the product feeds |

use crate::model::Group;

/// The Google product category id for a product of `group` and `subgroup`;
/// `None` for tourism services, which the feeds leave out.
pub(super) fn google_category(group: Group, subgroup: Option<&str>) -> Option<u32> {
    let id = match (group, subgroup.unwrap_or("")) {
        (Group::Food, "spices") => 4608,
        (Group::Food, "tea") => 2073,
        (Group::Food, "coffee_cocoa") => 1868,
        (Group::Food, _) => 422,
        (Group::Beverages, "alcoholic") => 499676,
        (Group::Beverages, _) => 413,
        (Group::Herbal, "medicinal") => 525,
        (Group::Herbal, "cosmetics") => 473,
        (Group::Herbal, _) => 491,
        (Group::Handicrafts, "textiles") => 166,
        (Group::Handicrafts, _) => 536,
        (Group::Ornamental, "ornamental_animals") => 3237,
        (Group::Ornamental, _) => 985,
        (Group::Tourism, _) => return None,
    };
    Some(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_subgroup_has_a_category_except_tourism() {
        for &group in Group::ALL {
            for sub in group.subgroups().iter().map(|s| Some(*s)).chain([None]) {
                assert_eq!(
                    google_category(group, sub).is_some(),
                    group != Group::Tourism,
                    "{group:?} {sub:?}"
                );
            }
        }
        assert_eq!(
            google_category(Group::Beverages, Some("alcoholic")),
            Some(499676)
        );
        assert_eq!(google_category(Group::Food, Some("processed")), Some(422));
    }
}
