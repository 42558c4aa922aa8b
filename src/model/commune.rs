//! Communes, townships and wards: where products come from.

use serde::Serialize;

use super::common::{Geo, read_geo, read_images};
use super::kind::{
    Kind, Localized, Neutral, ReadContext, lang_of, local_optional, local_text, not_in,
};
use super::record::Local;
use super::vocab::CommuneKind as UnitKind;
use crate::content::FieldReader;
use crate::content::Section;
use crate::messages::Message;

/// Language-neutral commune fields.
#[derive(Debug, Clone)]
pub struct CommuneFields {
    /// Xã, thị trấn or phường.
    pub kind: UnitKind,
    /// Approximate centre.
    pub geo: Option<Geo>,
    /// Photo file names in the bundle.
    pub images: Vec<String>,
    /// Invented example data.
    pub sample: bool,
}

/// Translatable commune fields. The district is a label only: since 1 July
/// 2025 Viet Nam has no district level, so nothing depends on it.
#[derive(Debug, Clone, Serialize)]
pub struct CommuneText {
    /// Name with its kind, e.g. "Xã Nhơn Sơn".
    pub name: Local<String>,
    /// District label, e.g. "Huyện Ninh Sơn".
    pub district: Option<Local<String>>,
    /// Province, e.g. "Tỉnh Ninh Thuận".
    pub province: Option<Local<String>>,
}

impl Localized for CommuneText {
    fn fields_not_in(&self, lang: &str) -> Vec<&'static str> {
        not_in(
            lang,
            &[
                ("name", Some(self.name.lang.as_str())),
                ("district", lang_of(&self.district)),
                ("province", lang_of(&self.province)),
            ],
        )
    }

    fn name(&self) -> &Local<String> {
        &self.name
    }
}

impl Neutral for CommuneFields {
    fn images(&self) -> &[String] {
        &self.images
    }

    fn sample(&self) -> bool {
        self.sample
    }
}

/// The commune kind of record.
pub struct CommuneKind;

impl Kind for CommuneKind {
    type Fields = CommuneFields;
    type Text = CommuneText;
    const SECTION: Section = Section::Communes;
    const NEUTRAL: &'static [&'static str] = &["kind", "geo", "images", "sample"];

    fn read_fields(r: &mut FieldReader<'_, '_>, cx: &ReadContext<'_>) -> Option<CommuneFields> {
        let kind = r.require::<UnitKind>("kind", Message::new("hint-commune-kind"));
        let geo = read_geo(r);
        let images = read_images(r, cx.files);
        let sample = r.get::<bool>("sample").unwrap_or(false);
        Some(CommuneFields {
            kind: kind?,
            geo,
            images,
            sample,
        })
    }

    fn read_text(
        r: &mut FieldReader<'_, '_>,
        lang: &str,
        fallback: Option<&CommuneText>,
    ) -> Option<CommuneText> {
        let name = local_text(
            r,
            "name",
            lang,
            fallback.map(|f| &f.name),
            Message::new("hint-name-commune"),
        );
        let district = local_optional(r, "district", lang, fallback.map(|f| &f.district));
        let province = local_optional(r, "province", lang, fallback.map(|f| &f.province));
        Some(CommuneText {
            name: name?,
            district,
            province,
        })
    }
}
