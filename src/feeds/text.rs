//! Text for feeds: control characters out, Markdown to plain text, and
//! lengths cut on a word boundary.
//!
//! Every length here is in Unicode scalar values ("characters"), which is
//! how Google Merchant Center and Meta count them; the content is NFC, so a
//! Vietnamese letter with its tone mark is one character.

use std::borrow::Cow;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// True for the characters that feeds never carry: C0 controls except tab
/// and line feed, DEL, C1 controls (U+0080–U+009F), and the noncharacters
/// U+FFFE/U+FFFF. XML 1.0 forbids most of them even as character
/// references, and they break CSV readers and spreadsheets.
pub fn is_unwanted(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{8}' | '\u{b}'..='\u{1f}' | '\u{7f}'..='\u{9f}' | '\u{fffe}' | '\u{ffff}')
}

/// The first unwanted character of `text` (see [`is_unwanted`]), if any.
pub fn first_unwanted(text: &str) -> Option<char> {
    text.chars().find(|&c| is_unwanted(c))
}

/// `text` without its unwanted characters (see [`is_unwanted`]).
pub fn strip_controls(text: &str) -> Cow<'_, str> {
    if first_unwanted(text).is_none() {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.chars().filter(|&c| !is_unwanted(c)).collect())
    }
}

/// One line of text: controls removed, every run of white space (line
/// breaks included) turned into one space, trimmed. For titles, labels and
/// names.
pub fn one_line(text: &str) -> String {
    strip_controls(text)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Plain text of a Markdown body: no HTML, no Markdown syntax; one line per
/// paragraph, heading, list item or table row, table cells separated by
/// " | "; images give their alt text, raw HTML and footnote markers are
/// dropped. Controls are removed.
pub fn markdown_to_text(markdown: &str) -> String {
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_FOOTNOTES);
    options.insert(Options::ENABLE_STRIKETHROUGH);
    options.insert(Options::ENABLE_SMART_PUNCTUATION);
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut in_footnote = 0usize;
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

/// True for combining marks that must stay with the letter before them
/// (Combining Diacritical Marks, U+0300–U+036F, and their supplement).
fn is_combining(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36f}' | '\u{1ab0}'..='\u{1aff}' | '\u{1dc0}'..='\u{1dff}' | '\u{20d0}'..='\u{20ff}' | '\u{fe20}'..='\u{fe2f}')
}

/// `text` cut to at most `max` characters. A cut text ends with "…" (which
/// counts) and is cut at the last white space that keeps at least half of
/// the allowed length, so no word is split; a text without such a space
/// (one very long word) is cut between characters, never inside a letter
/// and its combining marks. Trailing punctuation before the "…" goes too.
pub fn truncate(text: &str, max: usize) -> Cow<'_, str> {
    if text.chars().count() <= max {
        return Cow::Borrowed(text);
    }
    if max == 0 {
        return Cow::Borrowed("");
    }
    let keep = max - 1;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    // Byte offset just past `keep` characters.
    let mut end = chars.get(keep).map_or(text.len(), |(i, _)| *i);
    let head = &text[..end];
    let word_cut = head
        .char_indices()
        .filter(|(_, c)| c.is_whitespace())
        .map(|(i, _)| i)
        .next_back()
        .filter(|&i| head[..i].chars().count() * 2 >= keep);
    if let Some(i) = word_cut {
        end = i;
    } else {
        // Back off so the first dropped character is not a combining mark.
        let mut n = keep;
        while n > 0 && chars.get(n).is_some_and(|(_, c)| is_combining(*c)) {
            n -= 1;
        }
        end = chars.get(n).map_or(text.len(), |(i, _)| *i);
    }
    let kept = text[..end]
        .trim_end()
        .trim_end_matches([',', ';', ':', '-', '–', '—', '(', '/', '.', '…'])
        .trim_end();
    Cow::Owned(format!("{kept}…"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_go_tabs_and_newlines_stay() {
        assert_eq!(
            strip_controls("a\u{1}b\u{7}c\u{85}d\u{9f}\te\nf\u{7f}"),
            "abcd\te\nf"
        );
        assert_eq!(first_unwanted("ok\u{1b}[31m"), Some('\u{1b}'));
        assert!(matches!(strip_controls("Thịt dê 🐐"), Cow::Borrowed(_)));
        assert_eq!(
            one_line("  Thịt\n dê\t xông\u{0}  khói "),
            "Thịt dê xông khói"
        );
    }

    #[test]
    fn markdown_becomes_plain_text() {
        let md = "Hello *world* & <b>friends</b>\nsame line.\n\n## Cách làm\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n![ảnh đẹp](x.jpg) [link](../y/)\n";
        assert_eq!(
            markdown_to_text(md),
            "Hello world & friends same line.\nCách làm\none\ntwo\na | b\n1 | 2\nảnh đẹp link"
        );
    }

    #[test]
    fn cuts_on_a_word_boundary() {
        assert_eq!(truncate("short", 10), "short");
        assert_eq!(truncate("Thịt dê xông khói Nhơn Sơn", 12), "Thịt dê…");
        let cut = truncate("Thịt dê xông khói Nhơn Sơn", 12);
        assert!(cut.chars().count() <= 12);
        // One long word: cut between letters.
        assert_eq!(truncate("abcdefghij", 5), "abcd…");
        // A decomposed letter keeps its marks.
        let decomposed = "aaae\u{302}\u{301}zz";
        let cut = truncate(decomposed, 5);
        assert!(
            !cut.contains('\u{302}') || cut.contains("e\u{302}\u{301}"),
            "{cut}"
        );
        assert!(cut.chars().count() <= 5);
        assert_eq!(truncate("Một, hai, ba bốn năm", 11), "Một, hai…");
    }
}
