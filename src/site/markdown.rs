//! The one Markdown path: every record body is parsed with the same
//! options ([`OPTIONS`]: CommonMark with tables, footnotes, strikethrough and
//! smart punctuation, pulldown-cmark). Links and images relative to a bundle
//! resolve to site URLs; the HTML is sanitised by ammonia.

use std::ops::Range;
use std::path::Path;

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd, html};

use crate::text::{nfc, one_line};

use super::urls::Urls;
use crate::content::Section;
use crate::diagnostics::{Code, Diagnostic};
use crate::images::Images;
use crate::model::{Catalog, Group};

/// The Markdown extensions of every body, wherever it is shown.
pub const OPTIONS: Options = Options::ENABLE_TABLES
    .union(Options::ENABLE_FOOTNOTES)
    .union(Options::ENABLE_SMART_PUNCTUATION)
    .union(Options::ENABLE_STRIKETHROUGH);

/// The events of `markdown` with their byte ranges.
fn parse(markdown: &str) -> pulldown_cmark::OffsetIter<'_> {
    Parser::new_ext(markdown, OPTIONS).into_offset_iter()
}

/// Where a body lives, to resolve its relative links.
pub struct LinkBase<'a> {
    /// The catalogue (to check that linked records exist).
    pub catalog: &'a Catalog,
    /// The photos (a record's photo is linked to its variant, never the
    /// original).
    pub images: &'a Images,
    /// URL builder.
    pub urls: &'a Urls,
    /// Language of the page the body is rendered into.
    pub lang: &'a str,
    /// Section of the record.
    pub section: Section,
    /// Slug of the record.
    pub slug: &'a str,
}

/// Renders `markdown` to sanitised HTML for the page of `base`. The body's
/// top heading level becomes `<h2>` (the page's `<h1>` is the record name),
/// footnote ids get an `fn-` prefix so they cannot clash with the page's
/// ids, and tables are wrapped for horizontal scrolling. Relative links that
/// lead nowhere are left as written ([`check_links`] reports them).
pub fn to_html(markdown: &str, base: &LinkBase<'_>) -> String {
    let events: Vec<(Event<'_>, Range<usize>)> = parse(markdown).collect();
    let top = events
        .iter()
        .filter_map(|(e, _)| match e {
            Event::Start(Tag::Heading { level, .. }) => Some(*level as usize),
            _ => None,
        })
        .min()
        .unwrap_or(2);
    let shift = 2usize.saturating_sub(top);
    let events = events
        .into_iter()
        .map(|(event, _)| rewrite(event, shift, base));
    let mut out = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut out, events);
    sanitize(&out)
        .replace(
            "<table>",
            "<div class=\"table-wrap\" role=\"region\" tabindex=\"0\"><table>",
        )
        .replace("</table>", "</table></div>")
}

/// The one plain-text path: the text of a Markdown body for feeds, the JSON
/// export and the search index. No HTML, no Markdown syntax; one line per
/// paragraph, heading, list item or table row, table cells separated by
/// " | "; images give their alt text, raw HTML and footnote markers are
/// dropped, and so is the content of an inline `<script>` or `<style>`
/// element (the page's sanitiser, ammonia, drops it too, and a feed's
/// description should not say more than the landing page). Controls are
/// removed.
pub fn to_text(markdown: &str) -> String {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut in_footnote = 0usize;
    // Inside an inline <script> or <style> element: its closing tag.
    let mut skip_until: Option<&'static str> = None;
    let flush = |line: &mut String, lines: &mut Vec<String>| {
        let clean = one_line(line);
        if !clean.is_empty() {
            lines.push(clean);
        }
        line.clear();
    };
    for (event, _) in parse(markdown) {
        match event {
            Event::Start(Tag::FootnoteDefinition(_)) => in_footnote += 1,
            Event::End(TagEnd::FootnoteDefinition) => in_footnote = in_footnote.saturating_sub(1),
            _ if in_footnote > 0 => {}
            Event::InlineHtml(html) => {
                let html = html.to_ascii_lowercase();
                skip_until = match skip_until {
                    Some(end) if html.contains(end) => None,
                    Some(end) => Some(end),
                    None => ["script", "style"].into_iter().find_map(|name| {
                        let opens = html.starts_with(&format!("<{name}"))
                            && html[name.len() + 1..]
                                .starts_with(|c: char| c == '>' || c.is_ascii_whitespace())
                            && !html.trim_end().ends_with("/>");
                        opens.then_some(if name == "script" {
                            "</script"
                        } else {
                            "</style"
                        })
                    }),
                };
            }
            Event::Text(_) | Event::Code(_) if skip_until.is_some() => {}
            Event::Text(t) | Event::Code(t) => line.push_str(&t),
            Event::SoftBreak => line.push(' '),
            Event::HardBreak => flush(&mut line, &mut lines),
            Event::End(TagEnd::TableCell) => line.push_str(" | "),
            Event::End(
                TagEnd::Paragraph
                | TagEnd::Heading(_)
                | TagEnd::Item
                | TagEnd::TableRow
                | TagEnd::TableHead
                | TagEnd::CodeBlock
                | TagEnd::BlockQuote(_),
            ) => {
                skip_until = None;
                let trimmed = line.trim_end().trim_end_matches('|').to_owned();
                line = trimmed;
                flush(&mut line, &mut lines);
            }
            Event::Rule => flush(&mut line, &mut lines),
            _ => {}
        }
    }
    flush(&mut line, &mut lines);
    lines.join("\n")
}

/// One warning per relative link or image of `markdown` (which starts at
/// byte `offset` of `path`) that leads to no page or file of the site. Only
/// parses: cheap enough for `check` and every save in `serve`.
pub fn check_links(
    markdown: &str,
    offset: usize,
    path: &Path,
    base: &LinkBase<'_>,
) -> Vec<Diagnostic> {
    // Every link and image of CommonMark has a `]`.
    if !markdown.contains(']') {
        return Vec::new();
    }
    let mut found = Vec::new();
    for (event, range) in parse(markdown) {
        let dest = match &event {
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => dest_url,
            _ => continue,
        };
        if is_relative(dest) && site_url(dest, base).is_none() {
            found.push(
                Diagnostic::warning(Code::BrokenLink)
                    .arg("link", dest.as_ref())
                    .at(path, offset + range.start..offset + range.end),
            );
        }
    }
    found
}

fn rewrite<'e>(event: Event<'e>, shift: usize, base: &LinkBase<'_>) -> Event<'e> {
    match event {
        Event::Start(Tag::Heading {
            level,
            id,
            classes,
            attrs,
        }) => Event::Start(Tag::Heading {
            level: demote(level, shift),
            id,
            classes,
            attrs,
        }),
        Event::End(pulldown_cmark::TagEnd::Heading(level)) => {
            Event::End(pulldown_cmark::TagEnd::Heading(demote(level, shift)))
        }
        Event::FootnoteReference(label) => Event::FootnoteReference(format!("fn-{label}").into()),
        Event::Start(Tag::FootnoteDefinition(label)) => {
            Event::Start(Tag::FootnoteDefinition(format!("fn-{label}").into()))
        }
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => Event::Start(Tag::Link {
            link_type,
            dest_url: resolve(dest_url, base),
            title,
            id,
        }),
        Event::Start(Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        }) => Event::Start(Tag::Image {
            link_type,
            dest_url: resolve(dest_url, base),
            title,
            id,
        }),
        other => other,
    }
}

/// `level` moved down by `shift` levels, at most to `<h6>`.
fn demote(level: HeadingLevel, shift: usize) -> HeadingLevel {
    HeadingLevel::try_from((level as usize + shift).min(6)).unwrap_or(HeadingLevel::H6)
}

/// Resolves a link target written relative to the record's bundle folder
/// (`../thit-cuu-xong-khoi/`, `../../communes/nhon-son/`, `photo.jpg`) to
/// the site URL in the page's language. Absolute URLs, root-relative paths
/// and fragments are left alone, and so are targets that lead nowhere.
fn resolve<'e>(dest: CowStr<'e>, base: &LinkBase<'_>) -> CowStr<'e> {
    if !is_relative(&dest) {
        return dest;
    }
    match site_url(&dest, base) {
        Some(url) => CowStr::from(url),
        None => dest,
    }
}

/// The site URL of the relative target `dest`, if a page or file lives
/// there.
fn site_url(dest: &str, base: &LinkBase<'_>) -> Option<String> {
    let split_at = dest.find(['#', '?']).unwrap_or(dest.len());
    let (target, suffix) = dest.split_at(split_at);
    let mut segments = vec![base.section.dir_name().to_owned(), base.slug.to_owned()];
    for part in target.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                segments.pop();
            }
            other => segments.push(link_segment(other)),
        }
    }
    let parts: Vec<&str> = segments.iter().map(String::as_str).collect();
    site_target(&parts, base).map(|url| format!("{url}{suffix}"))
}

/// One segment of a relative link as the file name it names: percent
/// escapes decoded (`my%20photo.jpg` is `my photo.jpg`, as a browser and
/// Word write a space) and composed to NFC, the form bundle file names are
/// kept in whatever the form on disk.
fn link_segment(part: &str) -> String {
    let decoded = percent_encoding::percent_decode_str(part).decode_utf8_lossy();
    nfc(&decoded).into_owned()
}

/// The characters of a bundle file's name escaped in its URL: controls,
/// space and the characters that end or quote a URL (non-ASCII is always
/// escaped, as UTF-8).
const FILE_NAME: &percent_encoding::AsciiSet = &percent_encoding::CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'`')
    .add(b'{')
    .add(b'}');

fn is_relative(dest: &str) -> bool {
    !dest.is_empty()
        && !dest.starts_with(['/', '#', '?'])
        && matches!(
            url::Url::parse(dest),
            Err(url::ParseError::RelativeUrlWithoutBase)
        )
}

/// The URL of the page or file at site path `parts`, if it exists.
fn site_target(parts: &[&str], base: &LinkBase<'_>) -> Option<String> {
    let catalog = base.catalog;
    let page = |rel: String| base.urls.page(base.lang, &rel);
    match parts {
        [] => Some(page(String::new())),
        [first] => section_named(first).map(|s| page(format!("{}/", s.dir_name()))),
        [first, second] | [first, second, "index.html"] => match (section_named(first), *first) {
            (Some(s), _) => catalog
                .contains(s, second)
                .then(|| page(Urls::record(s, second))),
            (None, "groups") => Group::ALL
                .iter()
                .any(|g| g.as_str() == *second)
                .then(|| page(format!("groups/{second}/"))),
            (None, "stars") => {
                matches!(*second, "3" | "4" | "5").then(|| page(format!("stars/{second}/")))
            }
            _ => None,
        },
        [first, slug, file] => {
            let section = section_named(first)?;
            let rel = format!("{first}/{slug}/{file}");
            if let Some(photo) = base.images.photo(&rel) {
                return Some(base.urls.asset(&photo.default_rendition().jpeg));
            }
            has_file(catalog, section, slug, file).then(|| {
                let escaped = percent_encoding::utf8_percent_encode(file, FILE_NAME);
                base.urls.asset(&format!("{first}/{slug}/{escaped}"))
            })
        }
        _ => None,
    }
}

fn section_named(name: &str) -> Option<Section> {
    Section::ALL.into_iter().find(|s| s.dir_name() == name)
}

fn has_file(catalog: &Catalog, section: Section, slug: &str, file: &str) -> bool {
    // A photo is published only as the variants of a named photo (above),
    // never as the file itself.
    catalog
        .find(section, slug)
        .is_some_and(|r| r.files().iter().any(|name| name == file))
        && !crate::images::is_photo_file(file)
}

/// Cleans rendered HTML with ammonia's allow-list: no scripts, no event
/// handlers, no `javascript:` URLs. Footnote ids and classes are kept.
pub fn sanitize(html: &str) -> String {
    allow_list().clean(html).to_string()
}

/// `html` (a body as [`to_html`] made it) without its links and images,
/// the text of a link kept: the kiosk's body, from which nothing may lead
/// out. Ammonia with `a` and `img` left out of the allow-list; the table
/// wrappers [`to_html`] added after sanitising keep their attributes.
pub fn without_links(html: &str) -> String {
    let mut allow = allow_list();
    allow
        .rm_tags(["a", "img"])
        .add_tag_attributes("div", &["role", "tabindex"]);
    allow.clean(html).to_string()
}

/// The tags and attributes a body may have.
fn allow_list() -> ammonia::Builder<'static> {
    let mut allow = ammonia::Builder::default();
    allow
        .link_rel(None)
        .add_tag_attributes("div", &["class", "id"])
        .add_tag_attributes("sup", &["class", "id"])
        .add_tag_attributes("li", &["id"])
        .add_tag_attributes("section", &["class"])
        .add_tags(["section"]);
    allow
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts_and_handlers_are_removed() {
        let clean = sanitize(
            "<p onclick=\"x()\">Hi<script>alert(1)</script><a href=\"javascript:alert(1)\">x</a></p>",
        );
        assert!(!clean.contains("script"), "{clean}");
        assert!(!clean.contains("onclick"), "{clean}");
        assert!(!clean.contains("javascript"), "{clean}");
        assert!(clean.contains("Hi"));
    }

    #[test]
    fn relative_detection() {
        assert!(is_relative("../xoai/"));
        assert!(is_relative("photo.jpg"));
        assert!(!is_relative("https://shopee.vn/x"));
        assert!(!is_relative("/products/xoai/"));
        assert!(!is_relative("#fn1"));
        assert!(!is_relative("mailto:a@example.com"));
    }

    #[test]
    fn markdown_becomes_plain_text() {
        let md = "Hello *world* & <b>friends</b>\nsame line.\n\n## Cách làm\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n![ảnh đẹp](x.jpg) [link](../y/)\n";
        assert_eq!(
            to_text(md),
            "Hello world & friends same line.\nCách làm\none\ntwo\na | b\n1 | 2\nảnh đẹp link"
        );
    }

    #[test]
    fn inline_scripts_styles_and_comments_leave_no_text() {
        let md = "Mật ong <script>alert(1)</script> <STYLE type=\"x\">b{}</STYLE> ngon \
                  <!-- chú\nthích --> <b>đậm</b> <br/> <scripts>x</scripts>.\n\nĐoạn hai <script>";
        assert_eq!(to_text(md), "Mật ong ngon đậm x.\nĐoạn hai");
        // An unclosed <script> ends with its paragraph.
        assert_eq!(to_text("a <script>b\n\nc"), "a\nc");
        // Only a table, only an image, only a comment, only raw HTML.
        assert_eq!(
            to_text("| Thành phần | Tỷ lệ |\n|---|---|\n| Mật | 100% |\n"),
            "Thành phần | Tỷ lệ\nMật | 100%"
        );
        assert_eq!(to_text("![Hũ mật ong](a.jpg)"), "Hũ mật ong");
        assert_eq!(to_text("![](a.jpg)"), "");
        assert_eq!(to_text("<!-- chỉ chú thích -->"), "");
        assert_eq!(to_text("<div>\n<script>alert(1)</script>\n</div>"), "");
    }

    #[test]
    fn kiosk_bodies_keep_the_text_of_links_and_lose_images() {
        assert_eq!(
            without_links(
                "<p>Ở <a href=\"/communes/nhon-son/\" title=\"a>b\">xã Nhơn Sơn</a>.<img src=\"/x.jpg\" alt=\"\"></p>"
            ),
            "<p>Ở xã Nhơn Sơn.</p>"
        );
        assert_eq!(without_links("<abbr>OCOP</abbr>"), "<abbr>OCOP</abbr>");
        let table = "<div class=\"table-wrap\" role=\"region\" tabindex=\"0\"><table><tbody><tr><td>1</td></tr></tbody></table></div>";
        assert_eq!(without_links(table), table);
        // Footnotes: the reference loses its link, keeps its number and ids.
        assert_eq!(
            without_links(
                "<sup class=\"footnote-reference\" id=\"r\"><a href=\"#fn-1\">1</a></sup>"
            ),
            "<sup class=\"footnote-reference\" id=\"r\">1</sup>"
        );
    }
}
