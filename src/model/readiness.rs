//! Publish readiness (issue #16): what should not reach the public site,
//! found before publishing. Warnings, so `ocop check --deny-warnings`
//! blocks them in CI: texts of the `ocop new` templates left in a record,
//! drafts (named, so none vanishes silently), certificates without issuer.
//! `base_url` on an example host is checked where it is read
//! (`config::is_example_host`), the products the feeds leave out by the
//! merchant feeds' check (`feeds::google_merchant`).

use std::sync::LazyLock;

use crate::content::Bundle;
use crate::diagnostics::{Code, Diagnostic, Diagnostics};
use crate::scaffold;

use super::{Catalog, Product};

/// One `template-text` warning for each body that `ocop new` writes
/// ([`scaffold::template_texts`], in every language the tool speaks) still
/// in a file of `bundle`, at its place (file and line).
pub(crate) fn template_texts(bundle: &Bundle) -> Vec<Diagnostic> {
    static TEXTS: LazyLock<Vec<String>> = LazyLock::new(scaffold::template_texts);
    let mut found = Vec::new();
    for doc in &bundle.documents {
        for text in TEXTS.iter() {
            if let Some(at) = doc.text.find(text.as_str()) {
                found.push(
                    Diagnostic::warning(Code::TemplateText)
                        .arg("text", text.as_str())
                        .at(&doc.path, at..at + text.len()),
                );
            }
        }
    }
    found
}

/// One `draft-product` warning per draft, naming it (its name in `lang`):
/// a draft is published nowhere (site, feeds, kiosk), which the office must
/// know before a fair.
pub(crate) fn drafts(drafts: &[Product], lang: &str, diags: &mut Diagnostics) {
    for p in drafts {
        diags.push(
            Diagnostic::warning(Code::DraftProduct)
                .arg("name", p.version(lang).text.name.value.as_str())
                .in_file(p.index_path()),
        );
    }
}

/// One `certificate-without-issuer` warning per certificate that does not
/// name the authority that issued it (the provincial or district People's
/// Committee, Decision 148/QĐ-TTg 2023): the product page shows the
/// decision, and a decision without its issuer cannot be verified.
pub(crate) fn certificates_without_issuer(catalog: &Catalog, diags: &mut Diagnostics) {
    for p in &catalog.products {
        if let Some(cert) = &p.fields.certificate
            && cert.issuer.as_deref().is_none_or(|i| i.trim().is_empty())
        {
            diags.push(
                Diagnostic::warning(Code::CertificateWithoutIssuer)
                    .arg("number", cert.number.as_str())
                    .at(p.index_path(), cert.span.clone()),
            );
        }
    }
}
