//! Markdown to plain text for feeds (summary and body as one description).

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use crate::text::one_line;

/// Plain text of a Markdown body: no HTML, no Markdown syntax; one line per
/// paragraph, heading, list item or table row, table cells separated by
/// " | "; images give their alt text, raw HTML and footnote markers are
/// dropped, and so is the content of an inline `<script>` or `<style>`
/// element (the page's sanitiser, ammonia, drops it too, and a feed's
/// description should not say more than the landing page). Controls are
/// removed.
pub fn markdown_to_text(markdown: &str) -> String {
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_FOOTNOTES);
    options.insert(Options::ENABLE_STRIKETHROUGH);
    options.insert(Options::ENABLE_SMART_PUNCTUATION);
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
    for event in Parser::new_ext(markdown, options) {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_becomes_plain_text() {
        let md = "Hello *world* & <b>friends</b>\nsame line.\n\n## Cách làm\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n![ảnh đẹp](x.jpg) [link](../y/)\n";
        assert_eq!(
            markdown_to_text(md),
            "Hello world & friends same line.\nCách làm\none\ntwo\na | b\n1 | 2\nảnh đẹp link"
        );
    }

    #[test]
    fn inline_scripts_styles_and_comments_leave_no_text() {
        let md = "Mật ong <script>alert(1)</script> <STYLE type=\"x\">b{}</STYLE> ngon \
                  <!-- chú\nthích --> <b>đậm</b> <br/> <scripts>x</scripts>.\n\nĐoạn hai <script>";
        assert_eq!(markdown_to_text(md), "Mật ong ngon đậm x.\nĐoạn hai");
        // An unclosed <script> ends with its paragraph.
        assert_eq!(markdown_to_text("a <script>b\n\nc"), "a\nc");
        // Only a table, only an image, only a comment, only raw HTML.
        assert_eq!(
            markdown_to_text("| Thành phần | Tỷ lệ |\n|---|---|\n| Mật | 100% |\n"),
            "Thành phần | Tỷ lệ\nMật | 100%"
        );
        assert_eq!(markdown_to_text("![Hũ mật ong](a.jpg)"), "Hũ mật ong");
        assert_eq!(markdown_to_text("![](a.jpg)"), "");
        assert_eq!(markdown_to_text("<!-- chỉ chú thích -->"), "");
        assert_eq!(
            markdown_to_text("<div>\n<script>alert(1)</script>\n</div>"),
            ""
        );
    }
}
