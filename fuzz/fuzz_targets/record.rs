//! Fuzzes one product record: decoding, front matter, typed fields,
//! references, and the Markdown body rendered and sanitised in both
//! languages. Invariant: no script survives sanitising.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ocop::content::Section;
use ocop::render::Urls;
use ocop::render::markdown::{LinkBase, to_html};

#[path = "common.rs"]
mod common;

fuzz_target!(|bytes: &[u8]| {
    let Some((catalog, _diags)) = common::catalog(bytes) else {
        return;
    };
    let urls = Urls::new(&catalog.site);
    for product in &catalog.products {
        for (lang, version) in &product.versions {
            let base = LinkBase {
                catalog: &catalog,
                urls: &urls,
                lang,
                section: Section::Products,
                slug: &product.slug,
            };
            let body = &version.body;
            let (html, _) = to_html(body.markdown(), body.range.start, &body.path, &base);
            let lower = html.to_ascii_lowercase();
            assert!(!lower.contains("<script"), "a script survived: {html}");
            assert!(!lower.contains("javascript:"), "a javascript: URL survived: {html}");
        }
    }
});
