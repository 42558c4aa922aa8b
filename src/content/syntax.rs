//! TOML syntax errors put in the user's words (issue #16). The parser's own
//! messages ("string values must be quoted, expected literal string") are
//! English and name the grammar, not the fix; for the mistakes office staff
//! make (quotes typed by Word or Zalo, a date written 20/3/2026, a price
//! written 250.000 đồng, a missing quote or bracket) the line is read again
//! and the diagnostic names the value and shows the corrected line. Other
//! errors keep the parser's text (`toml-syntax` without variant).

use std::ops::Range;
use std::path::Path;

use jiff::civil::Date;

use crate::diagnostics::{Code, Diagnostic};

/// Quotation marks that word processors and chat apps type in place of `"`
/// and `'` ("smart quotes").
const CURLY_DOUBLE: [char; 4] = ['\u{201C}', '\u{201D}', '\u{201E}', '\u{201F}'];
const CURLY_SINGLE: [char; 3] = ['\u{2018}', '\u{2019}', '\u{201A}'];

/// The diagnostics for the parser's `errors` (span in `toml`, message) in
/// the TOML text `toml`, which starts at byte `offset` of `path`. A line
/// with curly quotes gives one diagnostic, whatever the parser found on it.
pub(super) fn diagnose(
    toml: &str,
    offset: usize,
    path: &Path,
    errors: Vec<(Range<usize>, String)>,
) -> Vec<Diagnostic> {
    let mut out: Vec<(Range<usize>, Diagnostic)> = Vec::new();
    // One mistake on a line makes the parser trip more than once (`price
    // == 1` is an "extra `=`", then an "unexpected value"): one diagnostic
    // a line, for the first.
    let mut lines_seen: Vec<usize> = Vec::new();
    for (span, message) in errors {
        let start = span.start.min(toml.len());
        let line_start = toml[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = toml[start..].find('\n').map_or(toml.len(), |i| start + i);
        let line = &toml[line_start..line_end];
        let at = |r: Range<usize>| offset + line_start + r.start..offset + line_start + r.end;
        if lines_seen.contains(&line_start) {
            continue;
        }
        lines_seen.push(line_start);
        if let Some((curly, fixed)) = curly_quotes(line) {
            let d = Diagnostic::error(Code::TomlSyntax);
            let d = match unquoted_number(&fixed) {
                Some(number) => d.variant("curly-quotes-number").arg("fixed", number),
                None => d.variant("curly-quotes").arg("fixed", fixed),
            };
            out.push((at(curly.clone()), d));
            continue;
        }
        let col = start - line_start;
        let d = describe(line, col, &message);
        let span = offset + start..offset + span.end.max(start);
        out.push((span, d));
    }
    out.into_iter().map(|(span, d)| d.at(path, span)).collect()
}

/// One parser error at byte `col` of `line`, in our words.
fn describe(line: &str, col: usize, message: &str) -> Diagnostic {
    let d = Diagnostic::error(Code::TomlSyntax);
    let message = message.trim_end();
    let (key, value_start) = key_before(line, col);
    let token = token_at(line, col);
    let rest = without_comment(&line[col..]).trim_end();
    if let Some(guess) = date_guess(token) {
        return date_diagnostic(d, token, &guess, key.unwrap_or("date"));
    }
    let with_key = |value: &str| match key {
        Some(k) => format!("{k} = {value}"),
        None => value.to_owned(),
    };
    if let Some(d) = key_mistake(line, message) {
        return d;
    }
    let value = value_start.map_or(rest, |v| without_comment(&line[v..]).trim());
    // Whatever the parser tripped on (`150.000đ` is an "invalid float",
    // `150,000` "unexpected key or value"), a number written with
    // separators or a currency word gets the number written plainly.
    if let Some(plain) = plain_number(value) {
        return d
            .variant("number")
            .arg("key", key.unwrap_or_default())
            .arg("value", value)
            .arg("fixed", with_key(&plain));
    }
    if message.starts_with("string values must be quoted")
        || message.starts_with("unexpected key or value")
    {
        if value.is_empty() {
            return d.variant("no-value").arg("key", key.unwrap_or_default());
        }
        if message.starts_with("string values must be quoted") {
            let text = if line[..col].contains(['{', '[']) {
                token
            } else {
                rest
            };
            return d
                .variant("unquoted")
                .arg("value", text)
                .arg("fixed", with_key(&format!("\"{text}\"")));
        }
        return d.variant("trailing").arg("extra", rest);
    }
    let line_fixed = |close: &str| format!("{}{close}", line.trim_end());
    if message.starts_with("invalid basic string") && rest.is_empty() {
        return d.variant("unclosed-string").arg("fixed", line_fixed("\""));
    }
    if message.starts_with("invalid literal string") && rest.is_empty() {
        return d.variant("unclosed-string").arg("fixed", line_fixed("'"));
    }
    if message.starts_with("unclosed array") {
        return d.variant("unclosed-list").arg("fixed", line_fixed("]"));
    }
    if message.starts_with("unclosed inline table") {
        return d.variant("unclosed-table").arg("fixed", line_fixed(" }"));
    }
    if message.starts_with("missing comma") {
        let fixed = format!("{}, {}", line[..col].trim(), line[col..].trim());
        return d.variant("missing-comma").arg("fixed", fixed);
    }
    if message.starts_with("duplicate key") {
        return d.variant("duplicate-key").arg("key", token);
    }
    if message.starts_with("key with no value") {
        let key = line[..col].trim();
        return d
            .variant("missing-equals")
            .arg("key", key)
            .arg("fixed", format!("{key} = {}", line[col..].trim()));
    }
    d.arg("detail", message)
}

/// The span of the curly quotes on `line` (first to last) and the line with
/// straight quotes, when the line has curly quotes outside a straight-quoted
/// string (an apostrophe inside "Rock’n’roll" is fine).
fn curly_quotes(line: &str) -> Option<(Range<usize>, String)> {
    let mut open: Option<char> = None;
    let mut escaped = false;
    let mut found: Vec<usize> = Vec::new();
    let mut inside: Vec<usize> = Vec::new();
    for (i, c) in line.char_indices() {
        match open {
            Some(q) => {
                if escaped {
                    escaped = false;
                } else if q == '"' && c == '\\' {
                    escaped = true;
                } else if c == q {
                    open = None;
                    inside.clear();
                } else if CURLY_DOUBLE.contains(&c) || CURLY_SINGLE.contains(&c) {
                    inside.push(i);
                }
            }
            None if c == '#' => break,
            None if c == '"' || c == '\'' => open = Some(c),
            None if CURLY_DOUBLE.contains(&c) || CURLY_SINGLE.contains(&c) => found.push(i),
            None => {}
        }
    }
    // A straight quote left open by a curly one ("Ngon”): its curly quotes
    // count too.
    if open.is_some() {
        found.extend(inside);
    }
    let first = *found.iter().min()?;
    let last = *found.iter().max()?;
    let end = last + line[last..].chars().next().map_or(0, char::len_utf8);
    let has_double = line.contains(CURLY_DOUBLE);
    let fixed: String = line
        .trim()
        .chars()
        .map(|c| {
            if CURLY_DOUBLE.contains(&c) || (!has_double && CURLY_SINGLE.contains(&c)) {
                '"'
            } else {
                c
            }
        })
        .collect();
    Some((first..end, fixed))
}

/// The key whose value holds byte `col` of `line` (`added` in `added =
/// 20/3/2026`, `date` in `{ number = "1", date = 20/3/2026 }`), and where
/// its value starts.
fn key_before(line: &str, col: usize) -> (Option<&str>, Option<usize>) {
    let before = &line[..col];
    let Some(eq) = before.rfind('=') else {
        return (None, None);
    };
    let key = before[..eq].trim_end();
    let start = key
        .rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == '-' || c == '.'))
        .map_or(0, |i| i + key[i..].chars().next().map_or(1, char::len_utf8));
    let key = &key[start..];
    ((!key.is_empty()).then_some(key), Some(eq + 1))
}

/// The word at byte `col` of `line`: up to a space, comma or closing bracket.
fn token_at(line: &str, col: usize) -> &str {
    let rest = &line[col..];
    let end = rest
        .find(|c: char| c.is_whitespace() || matches!(c, ',' | ']' | '}' | '#'))
        .unwrap_or(rest.len());
    &rest[..end]
}

/// The whole-number fields of the content format (docs/CONTENT.md): a
/// number typed in quotes for one of them is answered without the quotes.
const NUMBER_KEYS: [&str; 2] = ["price", "stars"];

/// `line` (already with straight quotes) as `key = digits` when it is a
/// number field whose number is in quotes (`price = "150.000"`).
fn unquoted_number(line: &str) -> Option<String> {
    let (key, value) = line.split_once('=')?;
    let key = key.trim();
    let inner = without_comment(value)
        .trim()
        .strip_prefix('"')?
        .strip_suffix('"')?;
    if !NUMBER_KEYS.contains(&key) {
        return None;
    }
    let digits = match plain_number(inner) {
        Some(plain) => plain,
        None => ungrouped(inner)?.parse::<u64>().ok()?.to_string(),
    };
    Some(format!("{key} = {digits}"))
}

/// A mistake in the key of `line`, which the parser reports in English: a
/// key typed in Vietnamese (`giá = 150000`), a colon for the `=` (`price:
/// 150000`), a doubled `=`. The diagnostic shows the line written right.
fn key_mistake(line: &str, message: &str) -> Option<Diagnostic> {
    let d = Diagnostic::error(Code::TomlSyntax);
    let text = without_comment(line).trim();
    if message.starts_with("extra `=`") {
        let (key, value) = text.split_once('=')?;
        let fixed = format!("{} = {}", key.trim(), value.trim_start_matches('=').trim());
        return Some(d.variant("double-equals").arg("fixed", fixed));
    }
    if !message.starts_with("invalid unquoted key") && !message.starts_with("key with no value") {
        return None;
    }
    let (key, value) = match text.split_once('=') {
        Some((key, value)) => (key.trim(), value.trim()),
        None => {
            let (key, value) = text.split_once(':')?;
            let fixed = format!("{} = {}", key.trim(), value.trim());
            return Some(d.variant("colon").arg("fixed", fixed));
        }
    };
    if key.is_ascii() {
        return None;
    }
    let d = d.variant("key-letters").arg("key", key);
    Some(match super::key_for(key) {
        Some(meant) => d
            .variant("key-vietnamese")
            .arg("meant", meant)
            .arg("fixed", format!("{meant} = {value}")),
        None => d,
    })
}

/// `line` up to its `#` comment, if any (a `#` inside quotes is text).
fn without_comment(line: &str) -> &str {
    let mut open: Option<char> = None;
    for (i, c) in line.char_indices() {
        match open {
            Some(q) if c == q => open = None,
            Some(_) => {}
            None if c == '#' => return &line[..i],
            None if c == '"' || c == '\'' => open = Some(c),
            None => {}
        }
    }
    line
}

/// A number as office staff write it, written the TOML way: thousands
/// separators and a currency word dropped (`250.000 đồng`, `150,000`,
/// `150 000`, `150000đ` → `150000`), a decimal comma made a point (`1,5` → `1.5`).
/// `None` when `value` is not such a number, or is already a plain one.
pub(crate) fn plain_number(value: &str) -> Option<String> {
    let first_word = value
        .find(|c: char| c.is_alphabetic())
        .unwrap_or(value.len());
    let (number, word) = value.split_at(first_word);
    let number = number.trim_end();
    if !number.starts_with(|c: char| c.is_ascii_digit())
        || !number
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | ' '))
        || !word.chars().all(|c| c.is_alphabetic() || c == ' ')
        || (word.is_empty() && number.parse::<f64>().is_ok())
    {
        return None;
    }
    // Shorthand: 150k, 150 nghìn, 1,5tr, 1.5 triệu (a decimal mark, not a
    // thousands separator, before the word).
    let multiplier = match word.split_whitespace().next().unwrap_or_default() {
        "k" | "K" | "nghìn" | "ngàn" => Some(1_000.0),
        "tr" | "triệu" => Some(1_000_000.0),
        _ => None,
    };
    if let Some(multiplier) = multiplier {
        let amount: f64 = number.replace(' ', "").replace(',', ".").parse().ok()?;
        return Some(format!("{:.0}", amount * multiplier));
    }
    if let Some(digits) = ungrouped(number) {
        return Some(digits);
    }
    let groups: Vec<&str> = number.split(['.', ',', ' ']).collect();
    match groups.as_slice() {
        [whole, fraction] if number.contains(',') => Some(format!("{whole}.{fraction}")),
        [_, _] if word.is_empty() => None,
        _ => Some(groups.concat()),
    }
}

/// The digits of `number` when it is digits in groups of three after the
/// first, split by thousands separators as Vietnamese (`150.000`), English
/// (`150,000`) or typed (`150 000`) text writes them; a number without a
/// separator is its own digits. `None` for anything else (`1,5`, `15.00`).
pub(crate) fn ungrouped(number: &str) -> Option<String> {
    let groups: Vec<&str> = number.split(['.', ',', ' ']).collect();
    let digits = |g: &&str| !g.is_empty() && g.bytes().all(|b| b.is_ascii_digit());
    (groups.iter().all(digits) && groups[1..].iter().all(|g| g.len() == 3)).then(|| groups.concat())
}

/// A date as office staff write it, read back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum DateGuess {
    /// A real date: `20/3/2026`, `20-03-2026`, `20.03.2026` (day first, the
    /// Vietnamese order) or `2026-3-20` (year first, one-digit month or day).
    Real(Date),
    /// Date-shaped, but no such day (`31/2/2026`, `2026-13-01`).
    Impossible,
}

/// Reads `token` as a date written day/month/year or year-month-day with
/// one-digit parts; `None` when it is not date-shaped.
pub(crate) fn date_guess(token: &str) -> Option<DateGuess> {
    let parts: Vec<&str> = token.split(['/', '-', '.']).collect();
    if parts.len() != 3 || parts.iter().any(|p| p.is_empty() || p.len() > 4) {
        return None;
    }
    if !parts.iter().all(|p| p.bytes().all(|b| b.is_ascii_digit())) {
        return None;
    }
    let n: Vec<i16> = parts.iter().filter_map(|p| p.parse().ok()).collect();
    let (year, month, day) = match (parts[0].len(), parts[2].len()) {
        (1..=2, 4) => (n[2], n[1], n[0]),
        (4, 1..=2) if token.contains('-') => (n[0], n[1], n[2]),
        _ => return None,
    };
    let month = i8::try_from(month).ok();
    let day = i8::try_from(day).ok();
    Some(match (month, day) {
        (Some(m), Some(d)) => Date::new(year, m, d).map_or(DateGuess::Impossible, DateGuess::Real),
        _ => DateGuess::Impossible,
    })
}

/// The date variants of `d` for the date-shaped `token` of field `key`:
/// "write the date as 2026-03-20" with the date itself as the example.
pub(crate) fn date_diagnostic(
    d: Diagnostic,
    token: &str,
    guess: &DateGuess,
    key: &str,
) -> Diagnostic {
    let short = key.rsplit('.').next().unwrap_or(key).to_owned();
    match guess {
        DateGuess::Real(date) => d
            .variant("date")
            .arg("value", token)
            .arg("example", date.to_string())
            .arg("short", short),
        DateGuess::Impossible => d.variant("date-impossible").arg("value", token),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_as_written_in_vietnam_are_read_day_first() {
        let real = |y, m, d| Some(DateGuess::Real(Date::new(y, m, d).unwrap()));
        assert_eq!(date_guess("20/3/2026"), real(2026, 3, 20));
        assert_eq!(date_guess("20/03/2026"), real(2026, 3, 20));
        assert_eq!(date_guess("5.6.2024"), real(2024, 6, 5));
        assert_eq!(date_guess("2024-6-15"), real(2024, 6, 15));
        assert_eq!(date_guess("31/2/2026"), Some(DateGuess::Impossible));
        assert_eq!(date_guess("2024-13-15"), Some(DateGuess::Impossible));
        assert_eq!(date_guess("250.000"), None);
        assert_eq!(date_guess("1/QĐ-UBND"), None);
        assert_eq!(date_guess("2024/6/15"), None);
    }

    #[test]
    fn curly_quotes_inside_a_straight_string_are_text() {
        assert_eq!(curly_quotes("name = \"Rock’n’roll\""), None);
        let (span, fixed) = curly_quotes("summary = “Ngon”").unwrap();
        assert_eq!(span, 10..20);
        assert_eq!(fixed, "summary = \"Ngon\"");
        let (_, fixed) = curly_quotes("summary = ‘Ngon’").unwrap();
        assert_eq!(fixed, "summary = \"Ngon\"");
        let (_, fixed) = curly_quotes("summary = \"Ngon”").unwrap();
        assert_eq!(fixed, "summary = \"Ngon\"");
    }

    #[test]
    fn numbers_as_written_in_vietnam_are_written_plainly() {
        let plain = |v| plain_number(v);
        assert_eq!(plain("150000đ").as_deref(), Some("150000"));
        assert_eq!(plain("150.000đ").as_deref(), Some("150000"));
        assert_eq!(plain("150.000 đồng").as_deref(), Some("150000"));
        assert_eq!(plain("1.250.000").as_deref(), Some("1250000"));
        assert_eq!(plain("150,000").as_deref(), Some("150000"));
        assert_eq!(plain("1,5").as_deref(), Some("1.5"));
        assert_eq!(plain("1,5 kg").as_deref(), Some("1.5"));
        assert_eq!(plain("150 000").as_deref(), Some("150000"));
        // Shorthand for thousands and millions.
        assert_eq!(plain("150k").as_deref(), Some("150000"));
        assert_eq!(plain("150 nghìn đồng").as_deref(), Some("150000"));
        assert_eq!(plain("1.5tr").as_deref(), Some("1500000"));
        assert_eq!(plain("1,2 triệu").as_deref(), Some("1200000"));
        // Already a TOML number, or not a number at all.
        assert_eq!(plain("150000"), None);
        assert_eq!(plain("1.5"), None);
        assert_eq!(plain("Dưa lưới"), None);
        assert_eq!(plain("3 sao 4"), None);
        assert_eq!(plain("[1, 2]"), None);
    }

    #[test]
    fn a_comment_is_not_part_of_the_value() {
        assert_eq!(without_comment("150000đ   # giá bán lẻ"), "150000đ   ");
        assert_eq!(without_comment("\"Số #1\" # ghi chú"), "\"Số #1\" ");
        assert_eq!(without_comment("250000"), "250000");
    }

    #[test]
    fn the_key_of_a_value_in_an_inline_table() {
        let line = "certificate = { number = \"1\", date = 20/3/2026 }";
        let col = line.find("20/").unwrap();
        assert_eq!(key_before(line, col).0, Some("date"));
        assert_eq!(token_at(line, col), "20/3/2026");
    }
}
