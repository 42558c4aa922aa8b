//! Tourism points (OCOP group 6): eco-tourism and community tourism sites.

use serde::Serialize;
use toml::Spanned;

use super::common::{Contact, Geo, read_contact, read_geo, read_images, read_ref, read_refs};
use super::kind::{
    Kind, Localized, Neutral, ReadContext, lang_of, local_optional, local_text, not_in,
};
use super::record::Local;
use crate::content::FieldReader;
use crate::content::Section;
use crate::messages::Message;

/// Language-neutral tourism point fields.
#[derive(Debug, Clone)]
pub struct TourismFields {
    /// Slug of the commune it is in: the current unit.
    pub commune: Spanned<String>,
    /// Slug of the former unit it was recorded under, merged into
    /// `commune` (issue #15).
    pub former_commune: Option<Spanned<String>>,
    /// Slugs of the products showcased there.
    pub products: Vec<Spanned<String>>,
    /// Location, for maps.
    pub geo: Option<Geo>,
    /// Phone, Zalo, e-mail, web site.
    pub contact: Contact,
    /// Photo file names in the bundle.
    pub images: Vec<String>,
    /// Invented example data.
    pub sample: bool,
}

/// Translatable tourism point fields.
#[derive(Debug, Clone, Serialize)]
pub struct TourismText {
    /// Name of the site.
    pub name: Local<String>,
    /// One-sentence summary.
    pub summary: Option<Local<String>>,
    /// Opening hours as free text.
    pub opening_hours: Option<Local<String>>,
    /// Alt texts of the photos.
    pub image_alt: Option<Local<Vec<String>>>,
}

impl Localized for TourismText {
    fn fields_not_in(&self, lang: &str) -> Vec<&'static str> {
        not_in(
            lang,
            &[
                ("name", Some(self.name.lang.as_str())),
                ("summary", lang_of(&self.summary)),
                ("opening_hours", lang_of(&self.opening_hours)),
                ("image_alt", lang_of(&self.image_alt)),
            ],
        )
    }

    fn name(&self) -> &Local<String> {
        &self.name
    }

    fn image_alt(&self) -> Option<&Local<Vec<String>>> {
        self.image_alt.as_ref()
    }
}

impl Neutral for TourismFields {
    fn images(&self) -> &[String] {
        &self.images
    }

    fn sample(&self) -> bool {
        self.sample
    }
}

/// The tourism point kind of record.
pub struct TourismKind;

impl Kind for TourismKind {
    type Fields = TourismFields;
    type Text = TourismText;
    const SECTION: Section = Section::Tourism;
    const NEUTRAL: &'static [&'static str] = &[
        "commune",
        "former_commune",
        "products",
        "geo",
        "phone",
        "zalo",
        "email",
        "website",
        "images",
        "sample",
    ];

    fn read_fields(r: &mut FieldReader<'_, '_>, cx: &ReadContext<'_>) -> Option<TourismFields> {
        let commune = read_ref(r, "commune", Message::new("hint-commune"));
        let former_commune = r.spanned::<String>("former_commune");
        let products = read_refs(r, "products");
        let geo = read_geo(r);
        let contact = read_contact(r);
        let images = read_images(r, cx.files);
        let sample = r.get::<bool>("sample").unwrap_or(false);
        Some(TourismFields {
            commune: commune?,
            former_commune,
            products,
            geo,
            contact,
            images,
            sample,
        })
    }

    fn read_text(
        r: &mut FieldReader<'_, '_>,
        lang: &str,
        fallback: Option<&TourismText>,
    ) -> Option<TourismText> {
        let name = local_text(
            r,
            "name",
            lang,
            fallback.map(|f| &f.name),
            Message::new("hint-name-tourism"),
        );
        let summary = local_optional(r, "summary", lang, fallback.map(|f| &f.summary));
        let opening_hours =
            local_optional(r, "opening_hours", lang, fallback.map(|f| &f.opening_hours));
        let image_alt = local_optional(r, "image_alt", lang, fallback.map(|f| &f.image_alt));
        Some(TourismText {
            name: name?,
            summary,
            opening_hours,
            image_alt,
        })
    }
}
