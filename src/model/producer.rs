//! Producers (chủ thể OCOP): cooperatives, enterprises, farms, households.

use serde::Serialize;
use toml::Spanned;

use super::common::{Contact, read_contact, read_images, read_ref};
use super::kind::{
    Kind, Localized, Neutral, ReadContext, lang_of, local_optional, local_text, not_in,
};
use super::record::Local;
use super::vocab::ProducerKind as LegalForm;
use crate::content::FieldReader;
use crate::content::Section;
use crate::messages::Message;

/// Language-neutral producer fields.
#[derive(Debug, Clone)]
pub struct ProducerFields {
    /// Legal form.
    pub kind: LegalForm,
    /// Slug of the commune where it is based.
    pub commune: Spanned<String>,
    /// Phone, Zalo, e-mail, web site.
    pub contact: Contact,
    /// Photo file names in the bundle.
    pub images: Vec<String>,
    /// Invented example data.
    pub sample: bool,
}

/// Translatable producer fields.
#[derive(Debug, Clone, Serialize)]
pub struct ProducerText {
    /// Registered name.
    pub name: Local<String>,
    /// Postal address.
    pub address: Option<Local<String>>,
}

impl Localized for ProducerText {
    fn fields_not_in(&self, lang: &str) -> Vec<&'static str> {
        not_in(
            lang,
            &[
                ("name", Some(self.name.lang.as_str())),
                ("address", lang_of(&self.address)),
            ],
        )
    }

    fn name(&self) -> &Local<String> {
        &self.name
    }
}

impl Neutral for ProducerFields {
    fn images(&self) -> &[String] {
        &self.images
    }

    fn sample(&self) -> bool {
        self.sample
    }
}

/// The producer kind of record.
pub struct ProducerKind;

impl Kind for ProducerKind {
    type Fields = ProducerFields;
    type Text = ProducerText;
    const SECTION: Section = Section::Producers;
    const NEUTRAL: &'static [&'static str] = &[
        "kind", "commune", "phone", "zalo", "email", "website", "images", "sample",
    ];

    fn read_fields(r: &mut FieldReader<'_, '_>, cx: &ReadContext<'_>) -> Option<ProducerFields> {
        let kind = r.require::<LegalForm>("kind", Message::new("hint-producer-kind"));
        let commune = read_ref(r, "commune", Message::new("hint-commune"));
        let contact = read_contact(r);
        let images = read_images(r, cx.files);
        let sample = r.get::<bool>("sample").unwrap_or(false);
        Some(ProducerFields {
            kind: kind?,
            commune: commune?,
            contact,
            images,
            sample,
        })
    }

    fn read_text(
        r: &mut FieldReader<'_, '_>,
        lang: &str,
        fallback: Option<&ProducerText>,
    ) -> Option<ProducerText> {
        let name = local_text(
            r,
            "name",
            lang,
            fallback.map(|f| &f.name),
            Message::new("hint-name-producer"),
        );
        let address = local_optional(r, "address", lang, fallback.map(|f| &f.address));
        Some(ProducerText {
            name: name?,
            address,
        })
    }
}
