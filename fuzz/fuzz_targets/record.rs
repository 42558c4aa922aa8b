//! Fuzzes one product record: decoding, front matter, typed fields,
//! references, and the Markdown body rendered and sanitised in both
//! languages. Invariant: no script survives sanitising.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ocop::content::Section;
use ocop::site::Urls;
use ocop::site::markdown::{LinkBase, check_links, to_html};

#[path = "common.rs"]
mod common;

/// True when a tag carries an `on…=` attribute (onclick, onerror…).
fn has_event_handler(html: &str) -> bool {
    html.split('<').skip(1).any(|tag| {
        let tag = tag.split('>').next().unwrap_or_default();
        tag.split_whitespace().skip(1).any(|attr| attr.starts_with("on") && attr.contains('='))
    })
}

fuzz_target!(|bytes: &[u8]| {
    let Some((catalog, _diags)) = common::catalog(bytes) else {
        return;
    };
    let urls = Urls::new(&catalog.site);
    let images = ocop::images::Images::probe(std::path::Path::new("/nonexistent/ocop-fuzz"), &catalog, &mut ocop::diagnostics::Diagnostics::new());
    for product in &catalog.products {
        for (lang, version) in &product.versions {
            let base = LinkBase {
                catalog: &catalog,
                urls: &urls,
                images: &images,
                lang,
                section: Section::Products,
                slug: &product.slug,
            };
            let body = &version.body;
            let html = to_html(body.markdown(), &base);
            // Every link is checked without a panic, whatever the body.
            check_links(body.markdown(), body.range.start, &body.path, &base);
            let lower = html.to_ascii_lowercase();
            assert!(!lower.contains("<script"), "a script survived: {html}");
            for attr in ["href=\"", "src=\""] {
                for (i, _) in lower.match_indices(attr) {
                    let value = lower[i + attr.len()..].trim_start();
                    assert!(
                        !["javascript:", "vbscript:", "data:"].iter().any(|s| value.starts_with(s)),
                        "an unsafe URL survived: {html}"
                    );
                }
            }
            assert!(!lower.contains(" on") || !has_event_handler(&lower), "an event handler survived: {html}");
        }
    }
});
