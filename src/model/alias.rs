//! `aliases`: the old addresses of a record's page that must keep working
//! (a printed QR code, a link shared on Zalo), read from each language's
//! file. Zola's `aliases` convention: site paths, without the `base_url`.

use std::ops::Range;
use std::path::PathBuf;

use crate::content::FieldReader;
use crate::diagnostics::{Code, Diagnostic};
use crate::text::nfc;

/// One old address of a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alias {
    /// The site path, without a leading slash and without `base_url`'s
    /// path: `san-pham/nho-say/` (a folder, so a trailing slash) or
    /// `nho.html` (a file name ending `.html` or `.htm`).
    pub path: String,
    /// The record file that names it, relative to the project root.
    pub file: PathBuf,
    /// Byte range of the entry in `file`.
    pub span: Range<usize>,
    /// The entry as written (for messages: what she typed, not `path`).
    pub written: String,
}

/// Reads `aliases` from the file `r` reads; a wrong entry gets a
/// `bad-alias` error at its place and is left out.
pub(super) fn read_aliases(r: &mut FieldReader<'_, '_>) -> Vec<Alias> {
    let Some(list) = r.string_list("aliases") else {
        return Vec::new();
    };
    let mut aliases = Vec::new();
    for item in list.into_inner() {
        let span = item.span();
        match site_path(item.get_ref()) {
            Ok(path) => aliases.push(Alias {
                path,
                file: r.path().to_path_buf(),
                span,
                written: item.get_ref().trim().to_owned(),
            }),
            Err(variant) => {
                let d = Diagnostic::error(Code::BadAlias)
                    .variant(variant)
                    .arg("value", item.get_ref().as_str())
                    .at(r.path(), span);
                r.report(d);
            }
        }
    }
    aliases
}

/// `value` as a site path ([`Alias::path`]), or the `bad-alias` variant
/// that says what is wrong. `/nho-say` and `nho-say/` both give `nho-say/`:
/// a path whose last part has no `.html` ending is a folder, as every page
/// of the site is.
fn site_path(value: &str) -> Result<String, &'static str> {
    let value = value.trim();
    if value.contains("://") || value.starts_with("//") {
        return Err("absolute");
    }
    // An address copied from the browser's bar may be percent-encoded
    // (`/nho%20say/`, `/s%E1%BA%A3n-ph%E1%BA%A9m/`): the host serves the
    // decoded path's file, so the decoded path is the one judged and kept.
    let decoded = percent_encoding::percent_decode_str(value).decode_utf8_lossy();
    let value = decoded.as_ref();
    // Not in a URL path unescaped (RFC 3986), and they would break a
    // `_redirects` line or an nginx map.
    if value.contains(['"', '<', '>', '{', '}', '|', '^', '`']) {
        return Err("character");
    }
    if value.contains(['?', '#']) {
        return Err("query");
    }
    if value
        .chars()
        .any(|c| c.is_whitespace() || c == '\\' || c.is_control())
    {
        return Err("space");
    }
    let path = nfc(value.trim_start_matches('/')).into_owned();
    if path.is_empty() {
        return Err("root");
    }
    if path
        .trim_end_matches('/')
        .split('/')
        .any(|part| part.is_empty() || part == "." || part == "..")
    {
        return Err("dots");
    }
    let lower = path.to_ascii_lowercase();
    let is_file = lower.ends_with(".html") || lower.ends_with(".htm");
    Ok(if is_file || path.ends_with('/') {
        path
    } else {
        format!("{path}/")
    })
}

#[cfg(test)]
mod tests {
    use super::site_path;

    #[test]
    fn old_addresses_are_read_as_site_paths() {
        assert_eq!(
            site_path("/san-pham/nho-say/"),
            Ok("san-pham/nho-say/".into())
        );
        assert_eq!(
            site_path("san-pham/nho-say"),
            Ok("san-pham/nho-say/".into())
        );
        assert_eq!(site_path("/nho.html"), Ok("nho.html".into()));
        assert_eq!(site_path("/en/old/Page.HTM"), Ok("en/old/Page.HTM".into()));
        // A name typed on a Mac (NFD) is kept in NFC, as file names are.
        assert_eq!(site_path("/nho-nho\u{31b}n/"), Ok("nho-nhơn/".into()));
        assert_eq!(site_path("https://ocop.vn/nho/"), Err("absolute"));
        assert_eq!(site_path("//ocop.vn/nho/"), Err("absolute"));
        assert_eq!(site_path("/nho/?utm_source=zalo"), Err("query"));
        assert_eq!(site_path("/nho/#gia"), Err("query"));
        assert_eq!(site_path("/nho say/"), Err("space"));
        assert_eq!(site_path("/"), Err("root"));
        assert_eq!(site_path("/a/../b/"), Err("dots"));
        assert_eq!(site_path("/a//b/"), Err("dots"));
        // Percent-encoded as the browser's bar shows it: decoded.
        assert_eq!(
            site_path("/s%E1%BA%A3n-ph%E1%BA%A9m/"),
            Ok("sản-phẩm/".into())
        );
        assert_eq!(site_path("/nho%20say/"), Err("space"));
        assert_eq!(site_path("/x\"><script>/"), Err("character"));
        assert_eq!(site_path("/a|b/"), Err("character"));
    }
}
