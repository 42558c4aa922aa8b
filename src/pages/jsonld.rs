//! schema.org structured data (JSON-LD) for every page, built as
//! `serde_json` values and serialised so that no text can end the
//! `<script>` element that holds it ([`script_text`]).
//!
//! Types and properties (schema.org vocabulary; Google Search Central
//! structured-data guides for Product, Breadcrumb, Organization):
//! - product page: `Product` with `Offer` (`price`, `priceCurrency` VND,
//!   `availability` as a schema.org URL, `url`, `seller`), `brand` and
//!   `manufacturer` as `Organization`, and the OCOP rating as
//!   `hasCertification` → `Certification` (`name` "OCOP",
//!   `certificationRating` → `Rating` with `ratingValue`/`bestRating` 5,
//!   `issuedBy`, `validFrom`, `expires`) while it is valid. Never
//!   `aggregateRating`: OCOP stars are an official rating, not reviews;
//! - producer page: `Organization`;
//! - tourism point: `TouristAttraction` with `GeoCoordinates`;
//! - commune page: `AdministrativeArea` (a `Place`) with `GeoCoordinates`;
//! - home page: `WebSite`;
//! - every page with breadcrumbs: `BreadcrumbList`.

use serde_json::{Map, Value, json};

use crate::content::Section;
use crate::model::{Availability, Local, Product};
use crate::site::{Page, Site, Urls};
use crate::text::one_line;

/// The schema.org URL of an availability.
pub(super) fn availability_url(a: Availability) -> &'static str {
    match a {
        Availability::InStock => "https://schema.org/InStock",
        Availability::OutOfStock => "https://schema.org/OutOfStock",
        Availability::Preorder => "https://schema.org/PreOrder",
        Availability::Backorder => "https://schema.org/BackOrder",
    }
}

/// Serialises JSON-LD for an HTML `<script>` element: `<`, `>` and `&` are
/// written as `\u003c`, `\u003e`, `\u0026`. They can only occur inside JSON
/// strings, where the escapes mean the same characters, so `</script>` or
/// `<!--` in any text cannot end or confuse the script element.
pub(super) fn script_text(value: &Value) -> String {
    crate::text::script_json(value)
}

fn text(local: &Local<String>) -> String {
    one_line(&local.value)
}

fn insert(map: &mut Map<String, Value>, key: &str, value: Option<impl Into<Value>>) {
    if let Some(v) = value {
        map.insert(key.to_owned(), v.into());
    }
}

fn photos(site: &Site, section: Section, slug: &str, files: &[String]) -> Vec<Value> {
    files
        .iter()
        .map(|f| Value::String(site.feed_photo(section, slug, f).url))
        .collect()
}

/// The structured data of a page: a `@graph` of the page's thing(s) plus
/// its `BreadcrumbList`. `crumbs` are (name, absolute URL) from the home
/// page to the current page, which comes last.
pub(super) fn page_data(
    site: &Site,
    lang: &str,
    page: Page,
    canonical: &str,
    crumbs: &[(String, String)],
) -> Value {
    let mut graph: Vec<Value> = Vec::new();
    match page {
        Page::Home => graph.push(website(site, lang, canonical)),
        Page::Record(Section::Products, i) => {
            graph.push(product(site, lang, &site.catalog().products[i], canonical));
        }
        Page::Record(Section::Producers, i) => graph.push(producer(site, lang, i, canonical)),
        Page::Record(Section::Communes, i) => graph.push(commune(site, lang, i, canonical)),
        Page::Record(Section::Tourism, i) => graph.push(tourism(site, lang, i, canonical)),
        Page::List(..) | Page::NotFound | Page::Search => {}
    }
    if crumbs.len() > 1 {
        let items: Vec<Value> = crumbs
            .iter()
            .enumerate()
            .map(|(i, (name, url))| {
                json!({
                    "@type": "ListItem",
                    "position": i + 1,
                    "name": one_line(name),
                    "item": url,
                })
            })
            .collect();
        graph.push(json!({
            "@type": "BreadcrumbList",
            "itemListElement": items,
        }));
    }
    if graph.is_empty() {
        return Value::Null;
    }
    json!({
        "@context": "https://schema.org",
        "@graph": graph,
    })
}

fn website(site: &Site, lang: &str, canonical: &str) -> Value {
    let config = site.config();
    let mut map = Map::new();
    map.insert("@type".into(), "WebSite".into());
    map.insert("@id".into(), format!("{canonical}#website").into());
    map.insert("url".into(), canonical.into());
    map.insert("name".into(), one_line(config.title.get(lang)).into());
    let description = one_line(config.description.get(lang));
    insert(
        &mut map,
        "description",
        Some(description).filter(|d| !d.is_empty()),
    );
    map.insert("inLanguage".into(), lang.into());
    let office = one_line(config.contact.office.get(lang));
    if !office.is_empty() {
        let mut publisher = json!({ "@type": "GovernmentOrganization", "name": office });
        if let Some(email) = &config.contact.email {
            publisher["email"] = email.clone().into();
        }
        map.insert("publisher".into(), publisher);
    }
    Value::Object(map)
}

/// A producer as the `Organization` that makes and sells a product.
fn organization_ref(site: &Site, lang: &str, p: &Product) -> Option<Value> {
    let slug = p.fields.producer.as_ref()?;
    let pr = site.catalog().producer(slug.get_ref())?;
    Some(json!({
        "@type": "Organization",
        "name": text(&pr.version(lang).text.name),
        "url": site.urls().absolute(lang, &Urls::record(Section::Producers, &pr.slug)),
    }))
}

fn product(site: &Site, lang: &str, p: &Product, canonical: &str) -> Value {
    let f = &p.fields;
    let t = &p.version(lang).text;
    let mut map = Map::new();
    map.insert("@type".into(), "Product".into());
    map.insert("@id".into(), format!("{canonical}#product").into());
    map.insert("name".into(), text(&t.name).into());
    insert(&mut map, "description", t.summary.as_ref().map(text));
    map.insert("url".into(), canonical.into());
    let images = photos(site, Section::Products, &p.slug, &f.images);
    if !images.is_empty() {
        map.insert("image".into(), Value::Array(images));
    }
    insert(&mut map, "sku", f.sku.clone());
    insert(&mut map, "gtin", f.gtin.clone());
    map.insert(
        "category".into(),
        site.i18n().text(lang, &f.group.label_key()).into(),
    );
    let org = organization_ref(site, lang, p);
    if let Some(org) = &org {
        map.insert("brand".into(), org.clone());
        map.insert("manufacturer".into(), org.clone());
    }
    if let Some(price) = f.price {
        let mut offer = Map::new();
        offer.insert("@type".into(), "Offer".into());
        offer.insert("price".into(), price.into());
        offer.insert("priceCurrency".into(), "VND".into());
        offer.insert(
            "availability".into(),
            availability_url(f.availability).into(),
        );
        offer.insert(
            "itemCondition".into(),
            "https://schema.org/NewCondition".into(),
        );
        offer.insert("url".into(), canonical.into());
        if matches!(
            f.availability,
            Availability::Preorder | Availability::Backorder
        ) {
            insert(
                &mut offer,
                "availabilityStarts",
                f.available_from.map(|d| d.to_string()),
            );
        }
        if let Some(org) = &org {
            offer.insert("seller".into(), org.clone());
        }
        map.insert("offers".into(), Value::Object(offer));
    }
    if let (Some(stars), Some(cert)) = (site.catalog().rating(p), &f.certificate) {
        let mut c = Map::new();
        c.insert("@type".into(), "Certification".into());
        c.insert("name".into(), "OCOP".into());
        c.insert(
            "certificationIdentification".into(),
            one_line(&cert.number).into(),
        );
        c.insert(
            "certificationRating".into(),
            json!({
                "@type": "Rating",
                "ratingValue": stars,
                "bestRating": 5,
                "worstRating": 1,
            }),
        );
        if let Some(issuer) = &cert.issuer {
            c.insert(
                "issuedBy".into(),
                json!({ "@type": "GovernmentOrganization", "name": one_line(issuer) }),
            );
        }
        c.insert("validFrom".into(), cert.date.to_string().into());
        c.insert("expires".into(), cert.lapses_on().to_string().into());
        map.insert("hasCertification".into(), Value::Object(c));
    }
    Value::Object(map)
}

fn geo(g: Option<crate::model::Geo>) -> Option<Value> {
    g.map(|g| json!({ "@type": "GeoCoordinates", "latitude": g.lat, "longitude": g.lon }))
}

fn producer(site: &Site, lang: &str, i: usize, canonical: &str) -> Value {
    let pr = &site.catalog().producers[i];
    let t = &pr.version(lang).text;
    let c = &pr.fields.contact;
    let mut map = Map::new();
    map.insert("@type".into(), "Organization".into());
    map.insert("@id".into(), format!("{canonical}#organization").into());
    map.insert("name".into(), text(&t.name).into());
    map.insert("url".into(), canonical.into());
    let images = photos(site, Section::Producers, &pr.slug, &pr.fields.images);
    if let Some(first) = images.first() {
        map.insert("image".into(), first.clone());
    }
    if let Some(address) = &t.address {
        map.insert(
            "address".into(),
            json!({ "@type": "PostalAddress", "streetAddress": text(address), "addressCountry": "VN" }),
        );
    }
    insert(&mut map, "telephone", c.phone.clone());
    insert(&mut map, "email", c.email.clone());
    if let Some(website) = &c.website {
        map.insert("sameAs".into(), website.clone().into());
    }
    if let Some(commune) = site.catalog().commune(pr.fields.commune.get_ref()) {
        map.insert("areaServed".into(), area_ref(site, lang, commune));
    }
    Value::Object(map)
}

fn area_ref(site: &Site, lang: &str, c: &crate::model::Commune) -> Value {
    json!({
        "@type": "AdministrativeArea",
        "name": text(&c.version(lang).text.name),
        "url": site.urls().absolute(lang, &Urls::record(Section::Communes, &c.slug)),
    })
}

fn commune(site: &Site, lang: &str, i: usize, canonical: &str) -> Value {
    let co = &site.catalog().communes[i];
    let t = &co.version(lang).text;
    let mut map = Map::new();
    map.insert("@type".into(), "AdministrativeArea".into());
    map.insert("@id".into(), format!("{canonical}#place").into());
    map.insert("name".into(), text(&t.name).into());
    map.insert("url".into(), canonical.into());
    insert(&mut map, "geo", geo(co.fields.geo));
    let images = photos(site, Section::Communes, &co.slug, &co.fields.images);
    if let Some(first) = images.first() {
        map.insert("photo".into(), first.clone());
    }
    if let Some(province) = &t.province {
        map.insert(
            "containedInPlace".into(),
            json!({ "@type": "AdministrativeArea", "name": text(province) }),
        );
    }
    Value::Object(map)
}

fn tourism(site: &Site, lang: &str, i: usize, canonical: &str) -> Value {
    let tp = &site.catalog().tourism[i];
    let t = &tp.version(lang).text;
    let mut map = Map::new();
    map.insert("@type".into(), "TouristAttraction".into());
    map.insert("@id".into(), format!("{canonical}#place").into());
    map.insert("name".into(), text(&t.name).into());
    insert(&mut map, "description", t.summary.as_ref().map(text));
    map.insert("url".into(), canonical.into());
    insert(&mut map, "geo", geo(tp.fields.geo));
    let images = photos(site, Section::Tourism, &tp.slug, &tp.fields.images);
    if !images.is_empty() {
        map.insert("image".into(), Value::Array(images));
    }
    insert(&mut map, "telephone", tp.fields.contact.phone.clone());
    if let Some(commune) = site.catalog().commune(tp.fields.commune.get_ref()) {
        map.insert("containedInPlace".into(), area_ref(site, lang, commune));
    }
    Value::Object(map)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_text_cannot_close_the_script() {
        let v = json!({ "name": "</script><script>alert(1)</script> <!-- & -->" });
        let s = script_text(&v);
        assert!(
            !s.contains('<') && !s.contains('>') && !s.contains('&'),
            "{s}"
        );
        let back: Value = serde_json::from_str(&s).unwrap();
        assert_eq!(back, v);
    }
}
