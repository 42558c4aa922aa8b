//! Atom 1.0 feed (RFC 4287) of new and newly certified products, one per
//! language: `atom.xml` at the root of each language (`atom.xml`,
//! `en/atom.xml`).
//!
//! An entry is a product dated by the later of its certificate decision
//! date and its `added` date; products with neither are not in the feed
//! (a date from the clock would change at every build). The newest
//! `MAX_ENTRIES` entries are kept, newest first. The feed's `<updated>`
//! is its newest entry's date; a site with no dated product gets no feed
//! (Atom requires `<updated>`, and the clock is never used).
//! Dates are midnight in Viet Nam (UTC+07:00), RFC 3339.

use jiff::civil::Date;
use quick_xml::Writer;
use quick_xml::events::{BytesDecl, Event};

use super::google_merchant::text;
use super::put_all;
use super::{FeedError, require_absolute};
use crate::content::Section;
use crate::diagnostics::Diagnostic;
use crate::messages::Message;
use crate::model::Product;
use crate::output::Output;
use crate::site::{Site, Urls};
use crate::text::one_line;
use crate::write::Sink;

/// The Atom namespace.
pub(crate) const NAMESPACE: &str = "http://www.w3.org/2005/Atom";
/// Entries kept in a feed.
pub(crate) const MAX_ENTRIES: usize = 50;

/// The Atom feed of each language (none when no product is dated).
pub struct Atom;

impl Output for Atom {
    fn name(&self) -> &'static str {
        "atom"
    }

    fn write(&self, site: &Site, sink: &dyn Sink) -> Result<Vec<Message>, Vec<Diagnostic>> {
        let files = site
            .config()
            .languages
            .iter()
            .filter_map(|lang| match feed(site, lang) {
                Ok(Some(bytes)) => Some((path(site, lang), Ok(bytes))),
                Ok(None) => None,
                Err(e) => Some((path(site, lang), Err(e))),
            })
            .collect();
        put_all(sink, files)?;
        Ok(Vec::new())
    }
}

/// Output path of the feed in `lang`.
pub(crate) fn path(site: &Site, lang: &str) -> String {
    site.urls().file(lang, Urls::ATOM)
}

/// RFC 3339 timestamp of midnight, Viet Nam time.
pub(crate) fn timestamp(d: Date) -> String {
    format!("{d}T00:00:00+07:00")
}

/// Dated products, newest first (slug breaks ties), at most [`MAX_ENTRIES`].
pub(crate) fn entries(site: &Site) -> Vec<(&Product, Date)> {
    let mut dated: Vec<(&Product, Date)> = site
        .catalog()
        .products
        .iter()
        .filter_map(|p| p.data_date().map(|d| (p, d)))
        .collect();
    dated.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.slug.cmp(&b.0.slug)));
    dated.truncate(MAX_ENTRIES);
    dated
}

/// The feed in `lang`, or `None` when no product is dated.
pub(crate) fn feed(site: &Site, lang: &str) -> Result<Option<Vec<u8>>, FeedError> {
    let entries = entries(site);
    let Some(newest) = entries.first().map(|e| e.1) else {
        return Ok(None);
    };
    let config = site.config();
    let self_url = require_absolute(site.urls().absolute(lang, Urls::ATOM))?;
    let home = require_absolute(site.urls().absolute(lang, ""))?;
    let title = format!(
        "{} – {}",
        one_line(config.title.get(lang)),
        site.i18n().text(lang, "atom.title")
    );
    let author = Some(one_line(config.contact.office.get(lang)))
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| one_line(config.title.get(lang)));
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    w.create_element("feed")
        .with_attributes([("xmlns", NAMESPACE), ("xml:lang", lang)])
        .write_inner_content(|w| {
            text(w, "id", &self_url)?;
            text(w, "title", &title)?;
            text(w, "updated", &timestamp(newest))?;
            w.create_element("link")
                .with_attributes([("rel", "self"), ("href", self_url.as_str())])
                .write_empty()?;
            w.create_element("link")
                .with_attributes([("rel", "alternate"), ("href", home.as_str())])
                .write_empty()?;
            w.create_element("author")
                .write_inner_content(|w| text(w, "name", &author))?;
            for (p, date) in &entries {
                write_entry(site, w, p, *date, lang)?;
            }
            Ok(())
        })?;
    let mut bytes = w.into_inner();
    bytes.push(b'\n');
    Ok(Some(bytes))
}

fn write_entry(
    site: &Site,
    w: &mut Writer<Vec<u8>>,
    p: &Product,
    date: Date,
    lang: &str,
) -> std::io::Result<()> {
    let rel = Urls::record(Section::Products, &p.slug);
    let url = site.urls().absolute(lang, &rel);
    let text_of = &p.version(lang).text;
    let mut summary = text_of
        .summary
        .as_ref()
        .map(|s| one_line(&s.value))
        .unwrap_or_default();
    if let Some(n) = site.catalog().rating(p) {
        let stars = site
            .i18n()
            .text(lang, "feeds.stars")
            .replace("{n}", &n.to_string());
        summary = if summary.is_empty() {
            format!("OCOP {stars}")
        } else {
            format!("OCOP {stars}. {summary}")
        };
    }
    w.create_element("entry").write_inner_content(|w| {
        text(w, "id", &url)?;
        text(w, "title", &one_line(&text_of.name.value))?;
        text(w, "updated", &timestamp(date))?;
        w.create_element("link")
            .with_attributes([("rel", "alternate"), ("href", url.as_str())])
            .write_empty()?;
        w.create_element("category")
            .with_attributes([
                ("term", p.fields.group.as_str()),
                ("label", site.i18n().text(lang, &p.fields.group.label_key())),
            ])
            .write_empty()?;
        if !summary.is_empty() {
            text(w, "summary", &summary)?;
        }
        Ok(())
    })?;
    Ok(())
}
