//! Communes, wards and special zones: where products come from; and the
//! former units merged into them (`merged_into`, `merged_on`).

use jiff::civil::Date;
use serde::Serialize;
use toml::Spanned;

use super::common::{Geo, read_date, read_geo, read_images};
use super::kind::{
    Kind, Localized, Neutral, ReadContext, lang_of, local_optional, local_text, not_in,
};
use super::record::Local;
use super::vocab::CommuneKind as UnitKind;
use crate::content::FieldReader;
use crate::content::Section;
use crate::diagnostics::{Code, Diagnostic};
use crate::messages::Message;

/// Language-neutral commune fields.
#[derive(Debug, Clone)]
pub struct CommuneFields {
    /// Xã, phường, đặc khu (or thị trấn, for a former unit).
    pub kind: UnitKind,
    /// For a former unit: the slug of the commune record it became part of.
    /// That one may itself have been merged: the chain ends at the current
    /// unit ([`super::Catalog::current_commune`]).
    pub merged_into: Option<Spanned<String>>,
    /// For a former unit: the day the merger took effect (1 July 2025 for
    /// the reform of Resolution 1667/NQ-UBTVQH15 and its siblings).
    pub merged_on: Option<Date>,
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
    const NEUTRAL: &'static [&'static str] = &[
        "kind",
        "merged_into",
        "merged_on",
        "geo",
        "images",
        "sample",
    ];

    fn read_fields(r: &mut FieldReader<'_, '_>, cx: &ReadContext<'_>) -> Option<CommuneFields> {
        let kind = r.require_spanned::<UnitKind>("kind", Message::new("hint-commune-kind"));
        let (merged_into, merged_on) = read_merger(r);
        if let Some(kind) = &kind
            && *kind.get_ref() == UnitKind::Township
            && merged_into.is_none()
        {
            let path = r.path();
            r.report(Diagnostic::warning(Code::CurrentTownship).at(path, kind.span()));
        }
        let geo = read_geo(r);
        let images = read_images(r, cx.files);
        let sample = r.get::<bool>("sample").unwrap_or(false);
        Some(CommuneFields {
            kind: kind?.into_inner(),
            merged_into,
            merged_on,
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

/// Reads `merged_into` and `merged_on`, which go together: one without the
/// other is an `incomplete-merger` error saying which line to add.
fn read_merger(r: &mut FieldReader<'_, '_>) -> (Option<Spanned<String>>, Option<Date>) {
    let into = r.spanned::<String>("merged_into");
    let on_span = r.span("merged_on");
    let on = read_date(r, "merged_on");
    let path = r.path();
    match (&into, &on_span) {
        (Some(into), None) => r.report(
            Diagnostic::error(Code::IncompleteMerger)
                .variant("date")
                .arg("slug", into.get_ref())
                .at(path, into.span()),
        ),
        (None, Some(span)) => r.report(
            Diagnostic::error(Code::IncompleteMerger)
                .variant("target")
                .at(path, span.clone()),
        ),
        _ => {}
    }
    (into, on)
}
