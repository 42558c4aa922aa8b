//! Field readers shared by several kinds of record: photos, coordinates,
//! references to other records, dates, contact details.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::content::FieldReader;
use crate::diagnostics::{Code, Diagnostic};
use crate::messages::Message;

/// A point on the map, WGS 84 decimal degrees.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Geo {
    /// Latitude, −90 to 90 (north positive).
    pub lat: f64,
    /// Longitude, −180 to 180 (east positive).
    pub lon: f64,
}

/// Reads `images = ["a.jpg", …]`: plain file names of photos in the bundle.
///
/// Errors: a name with a folder part (`../x.jpg`, `/x.jpg`, `sub/x.jpg`) or
/// a file that is not in the bundle (with the closest existing name).
pub(super) fn read_images(r: &mut FieldReader<'_, '_>, files: &[String]) -> Vec<String> {
    let Some(images) = r.spanned::<Vec<String>>("images") else {
        return Vec::new();
    };
    let span = images.span();
    let path = r.path();
    let mut ok = Vec::new();
    for name in images.into_inner() {
        if name.contains('/') || name.contains('\\') || name == ".." || name == "." {
            r.report(
                Diagnostic::error(Code::ImageOutsideBundle)
                    .arg("name", name)
                    .at(path, span.clone()),
            );
        } else if !files.contains(&name) {
            let candidates: Vec<&str> = files.iter().map(String::as_str).collect();
            let d = Diagnostic::error(Code::MissingImage)
                .arg("name", name.as_str())
                .at(path, span.clone());
            r.report(match crate::diagnostics::closest(&name, &candidates) {
                Some(best) => d.variant("suggest").arg("best", best),
                None => d,
            });
        } else {
            ok.push(name);
        }
    }
    ok
}

/// Reads `geo = { lat = …, lon = … }` and checks the ranges.
pub(super) fn read_geo(r: &mut FieldReader<'_, '_>) -> Option<Geo> {
    let geo = r.spanned::<Geo>("geo")?;
    let Geo { lat, lon } = *geo.get_ref();
    if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
        let path = r.path();
        r.report(
            Diagnostic::error(Code::BadGeo)
                .arg("lat", lat.to_string())
                .arg("lon", lon.to_string())
                .at(path, geo.span()),
        );
        return None;
    }
    Some(geo.into_inner())
}

/// Reads a required reference to another record by slug.
pub(super) fn read_ref(
    r: &mut FieldReader<'_, '_>,
    key: &str,
    help: Message,
) -> Option<Spanned<String>> {
    r.require_spanned::<String>(key, help)
}

/// Reads a list of references; each keeps the span of the whole list.
pub(super) fn read_refs(r: &mut FieldReader<'_, '_>, key: &str) -> Vec<Spanned<String>> {
    let Some(list) = r.spanned::<Vec<String>>(key) else {
        return Vec::new();
    };
    let span = list.span();
    list.into_inner()
        .into_iter()
        .map(|slug| Spanned::new(span.clone(), slug))
        .collect()
}

/// Reads an optional TOML date field (`added = 2025-03-01`, no quotes).
pub(super) fn read_date(r: &mut FieldReader<'_, '_>, key: &str) -> Option<Date> {
    let value = r.spanned::<toml::value::Datetime>(key)?;
    calendar_date(r, key, value)
}

/// A TOML date without time as a calendar date; anything else is reported.
pub(super) fn calendar_date(
    r: &mut FieldReader<'_, '_>,
    key: &str,
    value: Spanned<toml::value::Datetime>,
) -> Option<Date> {
    let span = value.span();
    let value = value.into_inner();
    let parsed = match (value.date, value.time) {
        (Some(date), None) => Date::new(date.year as i16, date.month as i8, date.day as i8).ok(),
        _ => None,
    };
    if parsed.is_none() {
        let path = r.path();
        let short = key.rsplit('.').next().unwrap_or(key);
        r.report(
            Diagnostic::error(Code::BadDate)
                .arg("key", key)
                .arg("value", value.to_string())
                .arg("short", short)
                .at(path, span),
        );
    }
    parsed
}

/// Contact details shared by producers and tourism points.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Contact {
    /// Phone number as written (digits, spaces, leading +84 or 0).
    pub phone: Option<String>,
    /// Zalo phone number or Zalo OA link.
    pub zalo: Option<String>,
    /// E-mail address.
    pub email: Option<String>,
    /// Web site (absolute https URL).
    pub website: Option<String>,
}

/// Reads `phone`, `zalo`, `email` and `website`, checking their form.
pub(super) fn read_contact(r: &mut FieldReader<'_, '_>) -> Contact {
    let phone = read_checked(r, "phone", is_phone);
    let zalo = read_checked(r, "zalo", |v| is_phone(v) || is_https(v));
    let email = read_checked(r, "email", is_email);
    let website = read_checked(r, "website", is_https);
    Contact {
        phone,
        zalo,
        email,
        website,
    }
}

fn read_checked(
    r: &mut FieldReader<'_, '_>,
    key: &str,
    valid: impl Fn(&str) -> bool,
) -> Option<String> {
    let value = r.spanned::<String>(key)?;
    if valid(value.get_ref().trim()) {
        return Some(value.into_inner().trim().to_owned());
    }
    let path = r.path();
    // The message `bad-contact-<key>` and its help say how to write it.
    r.report(
        Diagnostic::error(Code::BadContact)
            .variant(key)
            .arg("key", key)
            .arg("value", value.get_ref())
            .at(path, value.span()),
    );
    None
}

/// A Vietnamese phone number: 10 digits for mobiles (09x…), 11 for landlines
/// (area code 02xx + 7 digits), starting with 0 or +84 in place of the 0;
/// spaces, dots and hyphens between digits are allowed.
pub(super) fn is_phone(value: &str) -> bool {
    let digits: String = value
        .chars()
        .filter(|c| !matches!(c, ' ' | '.' | '-'))
        .collect();
    let national = match digits.strip_prefix("+84") {
        Some(rest) => format!("0{rest}"),
        None => digits,
    };
    matches!(national.len(), 10 | 11)
        && national.starts_with('0')
        && national.chars().all(|c| c.is_ascii_digit())
}

/// An absolute https URL with a host.
pub(super) fn is_https(value: &str) -> bool {
    url::Url::parse(value)
        .is_ok_and(|u| u.scheme() == "https" && u.host_str().is_some_and(|h| !h.is_empty()))
}

fn is_email(value: &str) -> bool {
    match value.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !value.chars().any(|c| c.is_whitespace())
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_numbers() {
        assert!(is_phone("0259 3123 456"));
        assert!(is_phone("+84 259 312 3456"));
        assert!(is_phone("0912.345.678"));
        assert!(!is_phone("12345"));
        assert!(!is_phone("091234567"));
        assert!(!is_phone("0259 3123 45a"));
    }

    #[test]
    fn https_urls() {
        assert!(is_https("https://shopee.vn/abc"));
        assert!(!is_https("http://shopee.vn/abc"));
        assert!(!is_https("shopee.vn/abc"));
        assert!(!is_https("javascript:alert(1)"));
    }
}
