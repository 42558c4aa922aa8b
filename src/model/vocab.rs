//! The closed vocabularies of the content format: OCOP product groups,
//! availability, kinds of producer, commune and shop link. Each value is
//! written in the records as its snake_case name; its display label lives in
//! the theme's i18n files under `<vocabulary>.<name>` (e.g. `group.food`).

use serde::{Deserialize, Serialize};

macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident, $i18n:literal { $($(#[$vmeta:meta])* $variant:ident = $text:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, schemars::JsonSchema)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $text)] $variant,)+
        }

        impl $name {
            /// Every value, in the order of the content format's documentation.
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// The value as written in records and URLs.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text,)+ }
            }

            /// The i18n key of the value's display label.
            pub fn label_key(self) -> String {
                format!("{}.{}", $i18n, self.as_str())
            }
        }
    };
}

vocabulary! {
    /// The six OCOP product groups (Decision 919/QĐ-TTg 2022; the plan's II.1).
    Group, "group" {
        /// 1. Thực phẩm: fresh and processed farm and aquatic products.
        Food = "food",
        /// 2. Đồ uống: alcoholic and non-alcoholic drinks.
        Beverages = "beverages",
        /// 3. Dược liệu và sản phẩm từ dược liệu.
        Herbal = "herbal",
        /// 4. Thủ công mỹ nghệ: wood, fibre, rattan/bamboo, metal, ceramics, textiles.
        Handicrafts = "handicrafts",
        /// 5. Sinh vật cảnh: flowers, ornamental plants and animals.
        Ornamental = "ornamental",
        /// 6. Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch.
        Tourism = "tourism",
    }
}

impl Group {
    /// The OCOP group number, 1–6.
    pub fn number(self) -> u8 {
        Self::ALL
            .iter()
            .position(|&g| g == self)
            .map_or(0, |i| i as u8 + 1)
    }

    /// The subgroups allowed in this group (the plan's section II.1).
    pub fn subgroups(self) -> &'static [&'static str] {
        match self {
            Group::Food => &[
                "fresh",
                "preliminary",
                "processed",
                "spices",
                "tea",
                "coffee_cocoa",
            ],
            Group::Beverages => &["alcoholic", "non_alcoholic"],
            Group::Herbal => &["medicinal", "cosmetics", "herbs"],
            Group::Handicrafts => &[
                "wood",
                "fibre",
                "rattan_bamboo",
                "metal",
                "ceramics",
                "textiles",
                "other",
            ],
            Group::Ornamental => &["flowers", "ornamental_plants", "ornamental_animals"],
            Group::Tourism => &["community", "eco", "tourist_site"],
        }
    }
}

vocabulary! {
    /// Whether a product can be bought now (Google Merchant `availability`).
    Availability, "availability" {
        /// In stock (the default).
        InStock = "in_stock",
        /// Out of stock.
        OutOfStock = "out_of_stock",
        /// Can be ordered now, delivered when available (seasonal fruit).
        Preorder = "preorder",
        /// Temporarily out of stock, orders accepted.
        Backorder = "backorder",
    }
}

vocabulary! {
    /// Legal form of a producer (chủ thể OCOP).
    ProducerKind, "producer_kind" {
        /// Hợp tác xã.
        Cooperative = "cooperative",
        /// Tổ hợp tác.
        CooperativeGroup = "cooperative_group",
        /// Doanh nghiệp.
        Enterprise = "enterprise",
        /// Trang trại.
        Farm = "farm",
        /// Hộ sản xuất có đăng ký kinh doanh.
        Household = "household",
        /// Hội / hiệp hội (tourism products).
        Association = "association",
    }
}

vocabulary! {
    /// Kind of local administrative unit (the commune level).
    CommuneKind, "commune_kind" {
        /// Xã.
        Commune = "commune",
        /// Phường.
        Ward = "ward",
        /// Đặc khu: a special zone (island units), since 1 July 2025
        /// (Resolution 202/2025/QH15).
        SpecialZone = "special_zone",
        /// Thị trấn. None exist since 1 July 2025: accepted for former units
        /// (a current unit of this kind gets a `current-township` warning).
        Township = "township",
    }
}

vocabulary! {
    /// Where a product can be bought online.
    BuyKind, "buy_kind" {
        /// Shopee.
        Shopee = "shopee",
        /// Lazada.
        Lazada = "lazada",
        /// Tiki.
        Tiki = "tiki",
        /// TikTok Shop.
        TiktokShop = "tiktok_shop",
        /// Sendo.
        Sendo = "sendo",
        /// Postmart (Vietnam Post's marketplace for farm products).
        Postmart = "postmart",
        /// Facebook page or shop.
        Facebook = "facebook",
        /// Zalo Official Account or shop.
        Zalo = "zalo",
        /// The producer's own web shop.
        Website = "website",
        /// Any other shop.
        Other = "other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_are_numbered_as_in_the_ocop_programme() {
        assert_eq!(Group::Food.number(), 1);
        assert_eq!(Group::Tourism.number(), 6);
        assert_eq!(Group::Handicrafts.label_key(), "group.handicrafts");
    }
}
