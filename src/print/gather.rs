//! The one place the print pack reads the rest of the pipeline: the
//! [`Site`] (catalogue, URLs, photo plan, interface strings, QR codes)
//! becomes a [`PrintData`] of plain values.

use std::collections::BTreeMap;

use crate::content::Section;
use crate::model::{CertificateStatus, Group, Local, Product, Selection, TourismPoint};
use crate::site::i18n::PRINT_STRINGS;
use crate::site::photo::alt_text;
use crate::site::{Site, Urls};
use crate::text::{Collation, format_date, format_price};

use super::data::{
    CertificateInfo, CommuneIndex, Edition, GroupSection, IndexEntry, PhotoFile, Price, PrintData,
    PrintPhoto, PrintProduct, PrintTourism, QrCode, Rating, SiteInfo,
};
use super::places::{self, Places};

/// Builds the print pack's data from `site`: one edition per language,
/// with the products of `products` (every product for a build's pack, a
/// fair's selection for `ocop print --products`). The tourism points are
/// all there, each listing only the chosen products it shows. The
/// interface strings are the theme's (a missing one is reported when they
/// are loaded, and shows its key).
pub fn gather(site: &Site, products: &Selection) -> PrintData {
    let mut photos = BTreeMap::new();
    let editions = site
        .config()
        .languages
        .iter()
        .map(|lang| Gatherer::new(site, products, lang, &mut photos).edition())
        .collect();
    PrintData {
        editions,
        photos,
        today: site.catalog().today,
    }
}

/// The strings of [`PRINT_STRINGS`] in `lang`.
fn strings(site: &Site, lang: &str) -> BTreeMap<&'static str, String> {
    PRINT_STRINGS
        .iter()
        .map(|&key| (key, site.text(lang, key).to_owned()))
        .collect()
}

/// Builds one edition.
struct Gatherer<'s, 'p> {
    site: &'s Site,
    chosen: &'s Selection,
    lang: &'s str,
    other: Option<&'s str>,
    collation: Collation,
    /// The place names kept on one line in every printed text.
    places: Places,
    photos: &'p mut BTreeMap<String, PhotoFile>,
}

impl<'s, 'p> Gatherer<'s, 'p> {
    fn new(
        site: &'s Site,
        chosen: &'s Selection,
        lang: &'s str,
        photos: &'p mut BTreeMap<String, PhotoFile>,
    ) -> Self {
        let config = site.config();
        // Under the default language's names the first translation's; under
        // a translation's, the default language's.
        let other = if lang == config.default_language {
            config.translations().next()
        } else {
            Some(config.default_language.as_str())
        };
        Self {
            site,
            chosen,
            lang,
            other,
            collation: Collation::for_language(lang),
            places: places_of(site),
            photos,
        }
    }

    /// `text` with its place names kept on one line.
    fn join(&self, text: &str) -> String {
        self.places.join(text)
    }

    fn t(&self, key: &str) -> String {
        self.site.text(self.lang, key).to_owned()
    }

    fn edition(mut self) -> Edition {
        let catalog = self.site.catalog();
        let mut groups: Vec<GroupSection> =
            Group::ALL.iter().filter_map(|&g| self.group(g)).collect();
        mark_namesakes(&mut groups);
        let mut tourism: Vec<PrintTourism> =
            catalog.tourism.iter().map(|t| self.tourism(t)).collect();
        tourism.sort_by(|a, b| {
            self.collation
                .compare(&a.name, &b.name)
                .then_with(|| a.slug.cmp(&b.slug))
        });
        let has_sample = self.chosen.products(catalog).any(|(_, p)| p.fields.sample)
            || catalog.tourism.iter().any(|t| t.fields.sample);
        let today = catalog.today;
        Edition {
            lang: self.lang.to_owned(),
            other_lang: self.other.map(str::to_owned),
            date: format_date(today, self.lang),
            year: self.site.config().print.year,
            site: self.site(),
            strings: strings(self.site, self.lang),
            other_strings: self
                .other
                .map(|o| strings(self.site, o))
                .unwrap_or_default(),
            has_sample,
            groups,
            tourism,
            communes: self.communes(),
        }
    }

    fn site(&self) -> SiteInfo {
        let site = self.site.config();
        let lang = self.lang;
        let title = site.title.get(lang);
        let rest = places::beyond_title(title, &[site.district.get(lang), site.province.get(lang)]);
        let title_line = if rest.is_empty() {
            title.to_owned()
        } else {
            format!("{title}, {rest}")
        };
        let home = self.site.urls().absolute(lang, "");
        SiteInfo {
            title: self.join(title),
            subtitle: self.join(&places::capitalised(&rest)),
            title_line: self.join(&title_line),
            office: self.join(site.contact.office.get(lang)),
            address: self.join(site.contact.address.get(lang)),
            email: site.contact.email.clone(),
            phone: site.contact.phone.clone(),
            qr: self.qr(&home, "print.scan_catalogue"),
        }
    }

    fn group(&mut self, group: Group) -> Option<GroupSection> {
        let mut members = self.site.catalog().products_in_group(group);
        members.retain(|p| self.chosen.contains(p));
        if members.is_empty() {
            return None;
        }
        let mut products: Vec<PrintProduct> = members.iter().map(|p| self.product(p)).collect();
        products.sort_by(|a, b| {
            self.collation
                .compare(&a.name, &b.name)
                .then_with(|| a.slug.cmp(&b.slug))
        });
        Some(GroupSection {
            key: group.as_str(),
            number: group.number(),
            label: self.t(&group.label_key()),
            count: self.count(products.len()),
            products,
        })
    }

    /// "17 sản phẩm" / "17 products", "1 product".
    fn count(&self, n: usize) -> String {
        let key = if n == 1 {
            "count.products_one"
        } else {
            "count.products"
        };
        self.t(key).replace("{n}", &n.to_string())
    }

    fn product(&mut self, p: &Product) -> PrintProduct {
        let catalog = self.site.catalog();
        let text = &p.version(self.lang).text;
        let other = self.other.map(|o| &p.version(o).text);
        let f = &p.fields;
        let url = self.site.product_qr_target(p, self.lang);
        let caption = if f.buy.first().is_some_and(|b| b.url == url) {
            "qr.scan_shop"
        } else {
            "print.scan_product"
        };
        let alt = alt_text(
            text.image_alt.as_ref().map(|a| a.value.as_slice()),
            0,
            &text.name.value,
        );
        let producer = f
            .producer
            .as_ref()
            .and_then(|s| catalog.producer(s.get_ref()));
        PrintProduct {
            slug: p.slug.clone(),
            name: self.join(&text.name.value),
            name_lang: text.name.lang.clone(),
            other_name: other
                .map(|o| o.name.value.clone())
                .filter(|n| *n != text.name.value)
                .map(|n| self.join(&n)),
            summary: value(&text.summary).map(|s| self.join(&s)),
            unit: value(&text.unit),
            other_unit: other
                .and_then(|o| value(&o.unit))
                .filter(|u| Some(u) != text.unit.as_ref().map(|l| &l.value)),
            producer: producer.map(|pr| self.join(&pr.version(self.lang).text.name.value)),
            producer_phone: producer.and_then(|pr| pr.fields.contact.phone.clone()),
            pack: value(&text.unit).map(|u| unbracketed(&u)),
            namesake: false,
            commune: self.commune_name(f.commune.get_ref()),
            rating: catalog.rating(p).map(|stars| Rating {
                stars,
                label: self.t("stars.ocop").replace("{n}", &stars.to_string()),
            }),
            certificate: self.certificate(p),
            price: f.price.map(|vnd| self.price(vnd)),
            sale_price: None,
            photo: self.photo(Section::Products, &p.slug, f.images.first(), alt),
            qr: self.qr(&url, caption),
            sample: f.sample,
        }
    }

    fn price(&self, vnd: u64) -> Price {
        Price {
            vnd,
            text: format_price(vnd, self.lang),
        }
    }

    /// The decision as the product page shows it; `None` when the product
    /// is not a certified OCOP product (no rating, or 1–2 stars).
    fn certificate(&self, p: &Product) -> Option<CertificateInfo> {
        let c = p.fields.certificate.as_ref()?;
        let lapsed = match self.site.catalog().certificate_status(p) {
            CertificateStatus::NotCertified => return None,
            CertificateStatus::Lapsed => true,
            CertificateStatus::Certified(_) | CertificateStatus::Expiring(_) => false,
        };
        let mut reference = format!("{}, {}", c.number, format_date(c.date, self.lang));
        if let Some(issuer) = &c.issuer {
            reference.push_str(" – ");
            reference.push_str(issuer);
        }
        let key = if lapsed {
            "certificate.lapsed"
        } else {
            "certificate.valid_until"
        };
        Some(CertificateInfo {
            reference,
            validity: self
                .t(key)
                .replace("{date}", &format_date(c.lapses_on(), self.lang)),
            lapsed,
        })
    }

    fn commune_name(&self, slug: &str) -> Option<String> {
        self.site
            .catalog()
            .commune(slug)
            .map(|c| self.join(&c.version(self.lang).text.name.value))
    }

    /// The photo `file` of a record: its default variant (the widest JPEG
    /// up to 1280 px, about 400 dpi across a catalogue's photo) from the
    /// image cache. `None` when the record has no photo, the photo could
    /// not be read or the cache is not usable (both reported by the images
    /// stage): the layout then closes up, and no original is ever used.
    fn photo(
        &mut self,
        section: Section,
        slug: &str,
        file: Option<&String>,
        alt: String,
    ) -> Option<PrintPhoto> {
        let rel = format!("{}/{slug}/{}", section.dir_name(), file?);
        let rendition = self.site.images().photo(&rel)?.default_rendition();
        let cached = self.site.images().jpeg_file(rendition)?;
        let path = format!("/photos/{}.jpg", rendition.jpeg_key.hex());
        self.photos.insert(
            path.clone(),
            PhotoFile {
                file: cached,
                key: rendition.jpeg_key.0,
            },
        );
        Some(PrintPhoto {
            path,
            alt,
            width: rendition.width,
            height: rendition.height,
        })
    }

    /// The QR code of `url`; `None` when the address is too long for one
    /// (`Site::check` reports it): the layouts then leave the code out.
    fn qr(&self, url: &str, caption_key: &str) -> Option<QrCode> {
        let qr = self.site.qr(url)?;
        Some(QrCode {
            url: url.to_owned(),
            svg: qr.standalone_svg(),
            caption: self.t(caption_key),
        })
    }

    fn tourism(&mut self, t: &TourismPoint) -> PrintTourism {
        let catalog = self.site.catalog();
        let text = &t.version(self.lang).text;
        let mut products: Vec<String> = catalog
            .products_of_tourism(&t.slug)
            .iter()
            .filter(|p| self.chosen.contains(p))
            .map(|p| self.join(&p.version(self.lang).text.name.value))
            .collect();
        products.sort_by(|a, b| self.collation.compare(a, b));
        let url = self
            .site
            .urls()
            .absolute(self.lang, &Urls::record(Section::Tourism, &t.slug));
        let alt = alt_text(
            text.image_alt.as_ref().map(|a| a.value.as_slice()),
            0,
            &text.name.value,
        );
        PrintTourism {
            slug: t.slug.clone(),
            name: self.join(&text.name.value),
            name_lang: text.name.lang.clone(),
            other_name: self
                .other
                .map(|o| t.version(o).text.name.value.clone())
                .filter(|n| *n != text.name.value)
                .map(|n| self.join(&n)),
            summary: value(&text.summary).map(|s| self.join(&s)),
            commune: self.commune_name(t.fields.commune.get_ref()),
            opening_hours: value(&text.opening_hours),
            phone: t.fields.contact.phone.clone(),
            products,
            photo: self.photo(Section::Tourism, &t.slug, t.fields.images.first(), alt),
            qr: self.qr(&url, "kiosk.scan_tourism"),
            sample: t.fields.sample,
        }
    }

    fn communes(&self) -> Vec<CommuneIndex> {
        let catalog = self.site.catalog();
        let mut communes: Vec<CommuneIndex> = catalog
            .communes
            .iter()
            .filter_map(|c| {
                let mut products: Vec<IndexEntry> = catalog
                    .products_in_commune(&c.slug)
                    .iter()
                    .filter(|p| self.chosen.contains(p))
                    .map(|p| IndexEntry {
                        slug: p.slug.clone(),
                        name: self.join(&p.version(self.lang).text.name.value),
                        detail: value(&p.version(self.lang).text.unit).map(|u| unbracketed(&u)),
                    })
                    .collect();
                if products.is_empty() {
                    return None;
                }
                let names: Vec<String> = products.iter().map(|e| e.name.clone()).collect();
                for e in &mut products {
                    if names.iter().filter(|n| **n == e.name).count() < 2 {
                        e.detail = None;
                    }
                }
                products.sort_by(|a, b| {
                    self.collation
                        .compare(&a.name, &b.name)
                        .then_with(|| a.slug.cmp(&b.slug))
                });
                Some(CommuneIndex {
                    name: self.join(&c.version(self.lang).text.name.value),
                    products,
                })
            })
            .collect();
        communes.sort_by(|a, b| self.collation.compare(&a.name, &b.name));
        communes
    }
}

fn value(v: &Option<Local<String>>) -> Option<String> {
    v.as_ref().map(|l| l.value.clone())
}

/// The place names of the site whose words stay on one line: every
/// commune's name in every language, the district's and the province's.
fn places_of(site: &Site) -> Places {
    let config = site.config();
    let catalog = site.catalog();
    let mut names: Vec<&str> = Vec::new();
    for lang in &config.languages {
        names.push(config.district.get(lang));
        names.push(config.province.get(lang));
        names.extend(
            catalog
                .communes
                .iter()
                .map(|c| c.version(lang).text.name.value.as_str()),
        );
    }
    Places::new(names)
}

/// Marks the products whose name another product of the edition has.
fn mark_namesakes(groups: &mut [GroupSection]) {
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for p in groups.iter().flat_map(|g| &g.products) {
        *seen.entry(p.name.clone()).or_default() += 1;
    }
    for p in groups.iter_mut().flat_map(|g| &mut g.products) {
        p.namesake = seen[&p.name] > 1;
    }
}

/// A sales unit whose last part is in brackets, without them, for a line
/// that has brackets or separators of its own: `quả (1,5–2 kg)` → `quả
/// 1,5–2 kg` (issue #16, review item 23: no nested brackets). Any other
/// unit as written.
fn unbracketed(unit: &str) -> String {
    match unit.strip_suffix(')').and_then(|u| u.split_once('(')) {
        Some((head, inner)) if !inner.contains(['(', ')']) && !head.contains(')') => {
            format!("{head}{inner}").trim().to_owned()
        }
        _ => unit.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;
    use std::sync::Arc;

    use super::*;
    use crate::diagnostics::Diagnostics;
    use crate::images::{Images, ProgressMode};
    use crate::site::I18n;
    use crate::theme::DEFAULT_THEME;
    use crate::write::NullSink;

    fn repo() -> &'static Path {
        Path::new(env!("CARGO_MANIFEST_DIR"))
    }

    /// The shipped catalogue's print data on 29 November 2026.
    fn shipped() -> PrintData {
        load(repo(), &Selection::every())
    }

    /// The print data of the products `chosen` of the project at `root` on
    /// 29 November 2026, with the strings of this repository's theme, its
    /// photo variants made as a build makes them.
    fn load(root: &Path, chosen: &Selection) -> PrintData {
        let mut diags = Diagnostics::new();
        let content = crate::content::load(root, &mut diags);
        let today = jiff::civil::date(2026, 11, 29);
        let catalog = crate::model::resolve(&content, None, today, &mut diags).unwrap();
        let mut images = Images::probe(root, &catalog, &mut diags);
        images.generate(root, &NullSink, ProgressMode::Off, &mut diags);
        let i18n = I18n::load(
            repo(),
            Path::new(DEFAULT_THEME),
            &catalog.site.languages,
            &mut diags,
        );
        assert!(!diags.has_errors(), "{:?}", diags.items());
        gather(&Site::new(root, catalog, images, Arc::new(i18n)), chosen)
    }

    fn product<'d>(data: &'d PrintData, lang: &str, slug: &str) -> &'d PrintProduct {
        data.edition(lang)
            .unwrap()
            .groups
            .iter()
            .flat_map(|g| &g.products)
            .find(|p| p.slug == slug)
            .unwrap()
    }

    #[test]
    fn smoked_goat_in_both_languages() {
        let data = shipped();
        let vi = product(&data, "vi", "thit-de-xong-khoi");
        assert_eq!(vi.name, "Thịt dê xông khói");
        assert_eq!(vi.other_name.as_deref(), Some("Smoked goat meat"));
        assert_eq!(
            vi.price,
            Some(Price {
                vnd: 280_000,
                text: "280.000\u{a0}₫".into()
            })
        );
        assert_eq!(vi.unit.as_deref(), Some("gói 500 g"));
        assert_eq!(vi.other_unit.as_deref(), Some("500 g pack"));
        // Place names on one line: no-break spaces inside them.
        assert_eq!(
            vi.producer.as_deref(),
            Some("Tổ hợp tác chăn nuôi dê cừu Nhơn\u{a0}Sơn")
        );
        assert_eq!(vi.commune.as_deref(), Some("Xã\u{a0}Nhơn\u{a0}Sơn"));
        assert_eq!(vi.pack.as_deref(), Some("gói 500 g"));
        assert!(!vi.namesake);
        // No stars: the record has no rating decision.
        assert_eq!((&vi.rating, &vi.certificate), (&None, &None));
        assert_eq!(vi.sale_price, None);
        assert!(vi.sample);
        assert_eq!(
            vi.qr.as_ref().unwrap().url,
            "https://ocop-ninhson.example.com/products/thit-de-xong-khoi/"
        );
        assert!(
            vi.qr
                .as_ref()
                .unwrap()
                .svg
                .starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\"")
        );

        let en = product(&data, "en", "thit-de-xong-khoi");
        assert_eq!(en.name, "Smoked goat meat");
        assert_eq!(en.other_name.as_deref(), Some("Thịt dê xông khói"));
        assert_eq!(en.price.as_ref().unwrap().text, "₫280,000");
        assert_eq!(en.unit.as_deref(), Some("500 g pack"));
        assert_eq!(en.commune.as_deref(), Some("Nhơn\u{a0}Sơn\u{a0}Commune"));
        assert_eq!(
            en.qr.as_ref().unwrap().url,
            "https://ocop-ninhson.example.com/en/products/thit-de-xong-khoi/"
        );
    }

    #[test]
    fn stars_and_validity_of_the_rating_decisions() {
        let data = shipped();
        // Decision 9168/QĐ-UBND of 28/12/2023: 36 months → lapses on
        // 28/12/2026, so still valid on 29/11/2026.
        let vi = product(&data, "vi", "nho-say-tach-hat");
        assert_eq!(
            vi.rating,
            Some(Rating {
                stars: 4,
                label: "Sản phẩm OCOP 4 sao".into()
            })
        );
        let cert = vi.certificate.as_ref().unwrap();
        assert_eq!(
            cert.reference,
            "9168/QĐ-UBND, 28/12/2023 – Ủy ban nhân dân tỉnh Ninh Thuận"
        );
        assert_eq!(cert.validity, "Hiệu lực đến 28/12/2026");
        assert!(!cert.lapsed);
        let en = product(&data, "en", "nho-say-tach-hat");
        assert_eq!(en.rating.as_ref().unwrap().label, "4-star OCOP product");
        assert_eq!(
            en.certificate.as_ref().unwrap().validity,
            "Valid until 28 December 2026"
        );
        assert_eq!(en.price.as_ref().unwrap().text, "₫150,000");

        // Decision 9047/QĐ-UBND of 26/12/2022 lapsed on 26/12/2025: no
        // stars, the decision shown as lapsed.
        let lapsed = product(&data, "vi", "nho-say-nguyen-hat");
        assert_eq!(lapsed.rating, None);
        let cert = lapsed.certificate.as_ref().unwrap();
        assert!(cert.lapsed);
        assert_eq!(
            cert.validity,
            "Đã hết hiệu lực từ 26/12/2025: chưa được công nhận lại"
        );
        // A price of 2.5 million đồng.
        let velvet = product(&data, "vi", "nhung-huou-tuoi");
        assert_eq!(velvet.price.as_ref().unwrap().text, "2.500.000\u{a0}₫");
        // No price: none is invented.
        assert_eq!(product(&data, "vi", "buoi").price, None);
    }

    #[test]
    fn groups_in_ocop_order_products_in_each_languages_order() {
        let data = shipped();
        let vi = data.edition("vi").unwrap();
        let groups: Vec<(u8, &str, usize)> = vi
            .groups
            .iter()
            .map(|g| (g.number, g.key, g.products.len()))
            .collect();
        // 17 food, 2 beverages, 3 herbal, 1 handicraft (content/products).
        assert_eq!(
            groups,
            [
                (1, "food", 17),
                (2, "beverages", 2),
                (3, "herbal", 3),
                (4, "handicrafts", 1)
            ]
        );
        assert_eq!(data.product_count(), 23);
        assert_eq!(vi.groups[0].count, "17 sản phẩm");
        assert_eq!(vi.groups[3].label, "Thủ công mỹ nghệ");
        let herbal: Vec<&str> = vi.groups[2]
            .products
            .iter()
            .map(|p| p.name.as_str())
            .collect();
        assert_eq!(
            herbal,
            [
                "Cao thảo dược",
                "Thảo dược ngâm chân",
                "Trà thảo mộc Hibiscus"
            ]
        );
        let en = data.edition("en").unwrap();
        let herbal: Vec<&str> = en.groups[2]
            .products
            .iter()
            .map(|p| p.name.as_str())
            .collect();
        assert_eq!(
            herbal,
            [
                "Herbal extract paste",
                "Herbal foot soak",
                "Hibiscus herbal tea"
            ]
        );
        assert_eq!(en.groups[3].count, "1 product");
        assert_eq!(en.date, "29 November 2026");
        assert_eq!(vi.date, "29/11/2026");
        // No `[print] year`: no big year on the cover.
        assert_eq!(vi.year, None);
        // The title names the district: the province only, in lower case
        // inside the line.
        assert_eq!(vi.site.subtitle, "Tỉnh\u{a0}Ninh\u{a0}Thuận");
        assert_eq!(
            vi.site.title_line,
            "Sản phẩm OCOP huyện Ninh\u{a0}Sơn, tỉnh Ninh\u{a0}Thuận"
        );
        assert_eq!(en.site.subtitle, "Ninh\u{a0}Thuận\u{a0}Province");
        assert_eq!(
            en.site.qr.as_ref().unwrap().url,
            "https://ocop-ninhson.example.com/en/"
        );
        assert_eq!(vi.other_lang.as_deref(), Some("en"));
        assert_eq!(en.other_lang.as_deref(), Some("vi"));
        assert!(vi.has_sample);
    }

    /// A fair's selection (`ocop print --products`): only its products, in
    /// their groups and communes; the tourism points all there, each with
    /// only the chosen products it shows.
    #[test]
    fn a_selection_prints_only_its_products() {
        let data = load(
            repo(),
            &Selection::of(["xoai", "cao-thao-duoc", "thit-de-xong-khoi"]),
        );
        assert_eq!(data.product_count(), 3);
        let vi = data.edition("vi").unwrap();
        let groups: Vec<(&str, Vec<&str>)> = vi
            .groups
            .iter()
            .map(|g| (g.key, g.products.iter().map(|p| p.name.as_str()).collect()))
            .collect();
        assert_eq!(
            groups,
            [
                ("food", vec!["Thịt dê xông khói", "Xoài"]),
                ("herbal", vec!["Cao thảo dược"])
            ]
        );
        assert_eq!(vi.groups[0].count, "2 sản phẩm");
        let tourism: Vec<(&str, Vec<&str>)> = vi
            .tourism
            .iter()
            .map(|t| {
                (
                    t.slug.as_str(),
                    t.products.iter().map(String::as_str).collect(),
                )
            })
            .collect();
        assert_eq!(
            tourism,
            [
                (
                    "du-lich-tham-quan-dac-san-nhon-son",
                    vec!["Thịt dê xông khói"]
                ),
                ("du-lich-vuon-trai-cay-lam-son", vec!["Xoài"])
            ]
        );
        let index: Vec<usize> = vi.communes.iter().map(|c| c.products.len()).collect();
        assert_eq!(index, [1, 1, 1], "three communes, one product each");
    }

    #[test]
    fn the_index_lists_each_commune_with_its_products() {
        let data = shipped();
        let vi = data.edition("vi").unwrap();
        let products: usize = vi.communes.iter().map(|c| c.products.len()).sum();
        assert_eq!(products, 23);
        let nhon_son = vi
            .communes
            .iter()
            .find(|c| c.name == "Xã\u{a0}Nhơn\u{a0}Sơn")
            .unwrap();
        let names: Vec<&str> = nhon_son.products.iter().map(|e| e.name.as_str()).collect();
        assert!(names.contains(&"Thịt dê xông khói"), "{names:?}");
        let tourism = &vi.tourism;
        assert_eq!(tourism.len(), 2);
        let nhon_son_tour = tourism
            .iter()
            .find(|t| t.slug == "du-lich-tham-quan-dac-san-nhon-son")
            .unwrap();
        assert!(
            nhon_son_tour
                .products
                .contains(&"Thịt dê xông khói".to_owned())
        );
        assert_eq!(
            nhon_son_tour.qr.as_ref().unwrap().url,
            "https://ocop-ninhson.example.com/tourism/du-lich-tham-quan-dac-san-nhon-son/"
        );
    }

    /// Four "Dưa lưới": the contents tell them apart by commune and pack,
    /// without nested brackets.
    #[test]
    fn namesakes_are_marked_and_packs_lose_their_brackets() {
        let data = shipped();
        let melon = product(&data, "vi", "dua-luoi-quang-son-2");
        assert!(melon.namesake);
        assert_eq!(melon.unit.as_deref(), Some("thùng 2 quả (3–4 kg)"));
        assert_eq!(melon.pack.as_deref(), Some("thùng 2 quả 3–4 kg"));
        assert_eq!(melon.commune.as_deref(), Some("Xã\u{a0}Quảng\u{a0}Sơn"));
        assert!(!product(&data, "vi", "xoai").namesake);
        let chicken = product(&data, "en", "thit-ga");
        assert_eq!(
            chicken.pack.as_deref(),
            Some("whole dressed bird 1.5–1.8 kg")
        );
        assert_eq!(unbracketed("kg"), "kg");
        assert_eq!(unbracketed("(1,5–2 kg)"), "1,5–2 kg");
        assert_eq!(unbracketed("hộp (2 (nhỏ))"), "hộp (2 (nhỏ))");
        let my_son = data
            .edition("vi")
            .unwrap()
            .communes
            .iter()
            .find(|c| c.name == "Xã\u{a0}Mỹ\u{a0}Sơn")
            .unwrap();
        let melons: Vec<Option<&str>> = my_son
            .products
            .iter()
            .filter(|e| e.name == "Dưa lưới")
            .map(|e| e.detail.as_deref())
            .collect();
        assert_eq!(melons, [Some("quả 1,5–2 kg"), Some("kg")], "by slug");
    }

    #[test]
    fn with_qr_target_marketplace_the_code_holds_the_first_shop_link() {
        let dir = tempfile::tempdir().unwrap();
        let write = |rel: &str, text: &str| {
            let path = dir.path().join("content").join(rel);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        };
        write(
            "site.toml",
            "title = \"Thử\"\nbase_url = \"https://example.com\"\nlanguages = [\"vi\", \"en\"]\n[kiosk]\nqr_target = \"marketplace\"\n",
        );
        write(
            "communes/nhon-son/index.md",
            "+++\nname = \"Xã Nhơn Sơn\"\nkind = \"commune\"\n+++\n",
        );
        write(
            "products/nho/index.md",
            "+++\nname = \"Nho\"\ngroup = \"food\"\ncommune = \"nhon-son\"\nbuy = [{ kind = \"shopee\", url = \"https://shopee.vn/nho-i.1.2\" }]\n+++\n",
        );
        write(
            "products/tao/index.md",
            "+++\nname = \"Táo\"\ngroup = \"food\"\ncommune = \"nhon-son\"\n+++\n",
        );
        let data = load(dir.path(), &Selection::every());
        let nho = product(&data, "en", "nho");
        assert_eq!(nho.qr.as_ref().unwrap().url, "https://shopee.vn/nho-i.1.2");
        assert_eq!(
            nho.qr.as_ref().unwrap().caption,
            "Scan to buy this product on your phone"
        );
        // Without a shop link, the page.
        let tao = product(&data, "en", "tao");
        assert_eq!(
            tao.qr.as_ref().unwrap().url,
            "https://example.com/en/products/tao/"
        );
        assert_eq!(
            tao.qr.as_ref().unwrap().caption,
            "Scan to open on your phone"
        );
    }
}
