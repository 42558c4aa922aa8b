//! Rules across records, checked once the catalogue is assembled: every
//! reference names a record, certificates are valid, every product has its
//! own feed id, no text carries control characters. The outputs rely on
//! them: the catalogue that reaches them is already valid.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

use toml::Spanned;

use super::mergers;
use super::resolve::{CertificateStatus, Folders, certificate_status};
use super::{Catalog, Local, Product};
use crate::content::Section;
use crate::diagnostics::{Code, Diagnostic, Diagnostics, Severity, closest, display_path};
use crate::text::{first_control, first_invisible, format_date, nfc, slugify};

/// Checks that every slug a record names exists; suggests the closest slug.
/// A draft product's wrong references are warnings, so that she sees them
/// before she publishes it; they become errors once `draft = true` goes.
pub(super) fn check_references(
    folders: &Folders,
    catalog: &Catalog,
    draft_products: &[Product],
    diags: &mut Diagnostics,
) {
    let drafts: HashSet<&str> = draft_products.iter().map(|p| p.slug.as_str()).collect();
    let all: HashMap<Section, Vec<&str>> = Section::ALL
        .iter()
        .map(|&s| (s, folders.slugs(s)))
        .collect();
    let mut check =
        |draft: bool, file: PathBuf, field: &str, target: Section, slug: &Spanned<String>| {
            let known = &all[&target];
            if catalog.contains(target, slug.get_ref()) {
                return;
            }
            let d = Diagnostic::error(Code::UnknownReference)
                .arg("key", field)
                .arg("section", target.dir_name());
            let d = if slug.get_ref().trim().is_empty() {
                d.variant("empty")
            } else if known.contains(&slug.get_ref().as_str()) {
                // The folder exists: a draft, or a record whose own errors
                // were reported already.
                if target == Section::Products && drafts.contains(slug.get_ref().as_str()) {
                    diags.push(
                        Diagnostic::warning(Code::DraftReference)
                            .arg("key", field)
                            .arg("slug", slug.get_ref())
                            .at(file, slug.span()),
                    );
                }
                return;
            } else {
                let value = slug.get_ref().as_str();
                let d = d.arg("slug", value);
                let suggested = suggestion(catalog, target, value, known);
                // A record's name or its slug written out is surer than a
                // former unit's name; that is surer than a near slug.
                let sure = suggested.is_some_and(|(best, named)| named || best == slugify(value));
                // `former_commune` names the former unit itself: its
                // successor is not what it means.
                let successor = (target == Section::Communes && field != "former_commune" && !sure)
                    .then(|| mergers::successor_hint(catalog, value))
                    .flatten();
                match (successor, suggested) {
                    (Some(hint), _) => d
                        .variant(if hint.exists { "former" } else { "former-new" })
                        .arg("former", hint.former)
                        .arg("name", hint.name)
                        .arg("best", hint.slug),
                    (None, Some((best, true))) => d.variant("name").arg("best", best),
                    (None, Some((best, false))) => d.variant("suggest").arg("best", best),
                    (None, None) => d,
                }
            };
            let mut d = d.at(file, slug.span());
            if draft {
                d.severity = Severity::Warning;
            }
            diags.push(d);
        };
    let products = catalog.products.iter().map(|p| (false, p));
    for (draft, p) in products.chain(draft_products.iter().map(|p| (true, p))) {
        if let Some(producer) = &p.fields.producer {
            check(
                draft,
                p.index_path(),
                "producer",
                Section::Producers,
                producer,
            );
        }
        check(
            draft,
            p.index_path(),
            "commune",
            Section::Communes,
            &p.fields.commune,
        );
        if let Some(former) = &p.fields.former_commune {
            check(
                draft,
                p.index_path(),
                "former_commune",
                Section::Communes,
                former,
            );
        }
        for t in &p.fields.tourism {
            check(draft, p.index_path(), "tourism", Section::Tourism, t);
        }
    }
    for p in &catalog.producers {
        check(
            false,
            p.index_path(),
            "commune",
            Section::Communes,
            &p.fields.commune,
        );
    }
    for t in &catalog.tourism {
        check(
            false,
            t.index_path(),
            "commune",
            Section::Communes,
            &t.fields.commune,
        );
        if let Some(former) = &t.fields.former_commune {
            check(
                false,
                t.index_path(),
                "former_commune",
                Section::Communes,
                former,
            );
        }
        for p in &t.fields.products {
            check(false, t.index_path(), "products", Section::Products, p);
        }
    }
    for c in &catalog.communes {
        if let Some(into) = &c.fields.merged_into {
            check(
                false,
                c.index_path(),
                "merged_into",
                Section::Communes,
                into,
            );
        }
    }
}

/// The slug a wrong reference `value` probably means, and whether `value`
/// is that record's name: the slug of `value` itself ("nhơn-sơn",
/// "Nhơn Sơn" → `nhon-son`), else a record whose name in any language is
/// `value` ("Tổ hợp tác dê cừu" → `de-cuu`), else the closest slug.
/// Also the suggestion for a product slug of a selection
/// ([`super::selection`]).
pub(super) fn suggestion<'k>(
    catalog: &Catalog,
    target: Section,
    value: &str,
    known: &[&'k str],
) -> Option<(&'k str, bool)> {
    let slug = slugify(value);
    if let Some(k) = known.iter().find(|k| **k == slug) {
        return Some((k, false));
    }
    if let Some(slug) = named(catalog, target, value).first()
        && let Some(k) = known.iter().find(|k| *k == slug)
    {
        return Some((k, true));
    }
    closest(value, known).map(|k| (k, false))
}

/// The slugs of `target`'s records whose name in a language of the site is
/// `value`, as typed: NFC, letter case and runs of spaces aside ("xoài"
/// and "Xoài" name `xoai`; "Dưa lưới" names four products of the shipped
/// catalogue).
pub(super) fn named<'c>(catalog: &'c Catalog, target: Section, value: &str) -> Vec<&'c str> {
    let folded = |s: &str| {
        nfc(s)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    let wanted = folded(value);
    catalog
        .records(target)
        .iter()
        .filter(|r| {
            catalog
                .site
                .languages
                .iter()
                .any(|l| folded(&r.name(l).value) == wanted)
        })
        .map(|r| r.slug())
        .collect()
}

pub(super) fn check_certificates(catalog: &Catalog, diags: &mut Diagnostics) {
    for p in &catalog.products {
        let file = p.index_path();
        let Some(cert) = &p.fields.certificate else {
            continue;
        };
        let lapses = format_date(cert.lapses_on(), "vi");
        match certificate_status(p, catalog.today) {
            CertificateStatus::Lapsed => diags.push(
                Diagnostic::warning(Code::CertificateLapsed)
                    .arg("number", cert.number.as_str())
                    .arg("date", lapses)
                    .at(&file, cert.span.clone()),
            ),
            CertificateStatus::Expiring(_) => diags.push(
                Diagnostic::warning(Code::CertificateExpiring)
                    .arg("number", cert.number.as_str())
                    .arg("date", lapses)
                    .at(&file, cert.span.clone()),
            ),
            _ => {}
        }
    }
}

/// One error per product whose feed id ([`Product::feed_id`]: the sku,
/// else the slug) is already the id of a product earlier in the catalogue,
/// ignoring upper and lower case. Google Merchant Center needs a unique id
/// per product and reads ids that differ only in case as the same ("ID
/// [id]", help article 6324405); Meta ignores every item of an id that is
/// repeated. Nothing when `[feeds] enabled = false`.
pub(super) fn check_feed_ids(c: &Catalog, diags: &mut Diagnostics) {
    if !c.site.feeds.enabled {
        return;
    }
    let mut seen: BTreeMap<String, &Product> = BTreeMap::new();
    for p in &c.products {
        let id = p.feed_id();
        match seen.get(&id.to_lowercase()) {
            Some(first) => diags.push(
                Diagnostic::error(Code::DuplicateFeedId)
                    .arg("id", id)
                    .arg("file", display_path(&first.dir.join("index.md")))
                    .arg("first", first.feed_id())
                    .in_file(p.dir.join("index.md")),
            ),
            None => {
                seen.insert(id.to_lowercase(), p);
            }
        }
    }
}

/// One warning per record file whose text has control characters (C0
/// except tab and newline, DEL, C1), and one per file whose names or
/// summaries have invisible format characters (Cf: a right-to-left
/// override, zero-width characters; the body may need them, in emoji): feeds
/// drop both, but they are almost always a copy-paste accident worth fixing
/// at the source.
pub(super) fn check_control_characters(c: &Catalog, diags: &mut Diagnostics) {
    let default = &c.site.default_language;
    let mut controls: Vec<(PathBuf, char)> = Vec::new();
    let mut invisible: Vec<(PathBuf, char)> = Vec::new();
    let mut check = |dir: &Path, lang: &str, fields: Vec<Option<&str>>, body: Option<&str>| {
        let file = if lang == default {
            dir.join("index.md")
        } else {
            dir.join(format!("index.{lang}.md"))
        };
        let fields = fields.into_iter().flatten();
        if let Some(ch) = fields.clone().chain(body).find_map(first_control)
            && !controls.iter().any(|(f, _)| *f == file)
        {
            controls.push((file.clone(), ch));
        }
        if let Some(ch) = fields.clone().find_map(first_invisible)
            && !invisible.iter().any(|(f, _)| *f == file)
        {
            invisible.push((file, ch));
        }
    };
    for lang in &c.site.languages {
        // A value written in another language is that file's problem.
        fn own<'a>(l: &'a Local<String>, lang: &str) -> Option<&'a str> {
            (l.lang == lang).then_some(l.value.as_str())
        }
        let own = |l| own(l, lang);
        for p in &c.products {
            let v = p.version(lang);
            let t = &v.text;
            let mut fields = vec![own(&t.name)];
            fields.extend([&t.summary, &t.unit].map(|x| x.as_ref().and_then(own)));
            let body = (v.body.lang == *lang).then(|| v.body.markdown());
            check(&p.dir, lang, fields, body);
        }
        for x in &c.producers {
            let v = x.version(lang);
            let fields = vec![own(&v.text.name), v.text.address.as_ref().and_then(own)];
            check(&x.dir, lang, fields, None);
        }
        for x in &c.communes {
            let v = x.version(lang);
            check(&x.dir, lang, vec![own(&v.text.name)], None);
        }
        for x in &c.tourism {
            let v = x.version(lang);
            let fields = vec![own(&v.text.name), v.text.summary.as_ref().and_then(own)];
            check(&x.dir, lang, fields, None);
        }
    }
    let warning = |code: Code, (file, ch): (PathBuf, char)| {
        Diagnostic::warning(code)
            .arg("char", format!("U+{:04X}", u32::from(ch)))
            .in_file(file)
    };
    diags.extend(
        controls
            .into_iter()
            .map(|found| warning(Code::ControlCharacter, found)),
    );
    diags.extend(
        invisible
            .into_iter()
            .map(|found| warning(Code::InvisibleCharacter, found)),
    );
}
