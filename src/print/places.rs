//! Place names in the printed texts (issue #16, review items 22 and 24):
//! a commune's, district's or province's name never split over two lines,
//! and the administrative words (`huyện`, `tỉnh`) in lower case inside a
//! line, as Vietnamese writes them.

use crate::admin_units::kind_words;

/// Administrative words written after an English place name.
const SUFFIXES: &[&str] = &[
    "Commune", "Township", "Ward", "Town", "District", "Province", "City",
];

/// The no-break space (U+00A0): Typst never breaks a line at it.
const NBSP: char = '\u{a0}';

/// The place names of a catalogue whose words must stay on one line.
#[derive(Debug, Clone, Default)]
pub struct Places {
    /// Names of two words or more, with and without their administrative
    /// word (`Xã Ma Nới`, `Ma Nới`), longest first.
    names: Vec<String>,
}

impl Places {
    /// The places named in `names` (communes, district, province, in any
    /// language).
    pub fn new<'a>(names: impl IntoIterator<Item = &'a str>) -> Self {
        let mut all: Vec<String> = names
            .into_iter()
            .flat_map(|n| [n.trim().to_owned(), bare(n).to_owned()])
            .filter(|n| n.contains(' '))
            .collect();
        all.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a.cmp(b)));
        all.dedup();
        Self { names: all }
    }

    /// `text` with the spaces inside every place name it holds made
    /// no-break spaces: `Hợp tác xã Ma Nới` → `Hợp tác xã Ma\u{a0}Nới`. A
    /// name is matched as whole words only (`Sơn Hà` is not in `Sơn Hải`).
    pub fn join(&self, text: &str) -> String {
        let mut text = text.to_owned();
        for name in &self.names {
            let joined = name.replace(' ', &NBSP.to_string());
            let mut from = 0;
            while let Some(at) = text[from..].find(name.as_str()).map(|i| i + from) {
                let end = at + name.len();
                let before = text[..at].chars().next_back();
                let after = text[end..].chars().next();
                if before.is_some_and(char::is_alphanumeric)
                    || after.is_some_and(char::is_alphanumeric)
                {
                    from = end;
                    continue;
                }
                text.replace_range(at..end, &joined);
                from = at + joined.len();
            }
        }
        text
    }
}

/// A Vietnamese place name's administrative word and the rest:
/// `Thị trấn Tân Sơn` → (`Thị trấn`, `Tân Sơn`). The words are
/// [`kind_words`] (Nghị định 30/2020/NĐ-CP, phụ lục II: `xã`, `huyện`,
/// `tỉnh` in lower case inside a sentence).
fn split_prefix(name: &str) -> Option<(&str, &str)> {
    kind_words().find_map(|prefix| {
        let head = name.get(..prefix.len())?;
        let rest = name[prefix.len()..].strip_prefix(' ')?;
        (head.to_lowercase() == prefix).then_some((head, rest.trim_start()))
    })
}

/// A place name without its administrative word: `Xã Ma Nới` → `Ma Nới`,
/// `Ma Nới Commune` → `Ma Nới`.
pub fn bare(name: &str) -> &str {
    let name = name.trim();
    if let Some((_, rest)) = split_prefix(name) {
        return rest;
    }
    SUFFIXES
        .iter()
        .find_map(|suffix| name.strip_suffix(suffix)?.strip_suffix(' '))
        .map_or(name, str::trim_end)
}

/// `name` as written inside a line: a Vietnamese administrative word at its
/// start in lower case (`Tỉnh Ninh Thuận` → `tỉnh Ninh Thuận`); any other
/// name as it is.
pub fn inline(name: &str) -> String {
    let name = name.trim();
    match split_prefix(name) {
        Some((prefix, rest)) => format!("{} {rest}", prefix.to_lowercase()),
        None => name.to_owned(),
    }
}

/// `text` with its first letter in upper case, for the start of a line.
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The region under a title, without what the title already says: the
/// names of `parts` (district, province; empty ones left out) whose bare
/// name is not in `title`, as written inside a line, joined by `, `.
/// `Sản phẩm OCOP huyện Ninh Sơn` with `Huyện Ninh Sơn`, `Tỉnh Ninh
/// Thuận` gives `tỉnh Ninh Thuận`.
pub fn beyond_title(title: &str, parts: &[&str]) -> String {
    parts
        .iter()
        .filter(|p| !p.trim().is_empty() && !title.contains(bare(p)))
        .map(|p| inline(p))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn place_names_are_joined_by_no_break_spaces() {
        let places = Places::new(["Xã Ma Nới", "Ma Nới Commune", "Xã Quảng Sơn", "Xã Sơn Hà"]);
        assert_eq!(
            places.join("Hợp tác xã điều và thảo mộc Ma Nới"),
            "Hợp tác xã điều và thảo mộc Ma\u{a0}Nới"
        );
        assert_eq!(places.join("Xã Quảng Sơn"), "Xã\u{a0}Quảng\u{a0}Sơn");
        assert_eq!(
            places.join("Herbal co-operative, Ma Nới Commune"),
            "Herbal co-operative, Ma\u{a0}Nới\u{a0}Commune"
        );
        // Whole words only.
        assert_eq!(places.join("Sơn Hải"), "Sơn Hải");
        assert_eq!(places.join("Sơn Hà, Sơn Hàn"), "Sơn\u{a0}Hà, Sơn Hàn");
    }

    #[test]
    fn administrative_words() {
        assert_eq!(bare("Xã Ma Nới"), "Ma Nới");
        assert_eq!(bare("Thị trấn Tân Sơn"), "Tân Sơn");
        assert_eq!(bare("Tân Sơn Township"), "Tân Sơn");
        assert_eq!(bare("Ninh Thuận"), "Ninh Thuận");
        // The kinds since 1 July 2025 too; a name typed without diacritics
        // keeps its first word ("Xa Dung" is a xã's whole name).
        assert_eq!(bare("Đặc khu Phú Quốc"), "Phú Quốc");
        assert_eq!(inline("Phường Đô Vinh"), "phường Đô Vinh");
        assert_eq!(bare("Xa Dung"), "Xa Dung");
        assert_eq!(inline("Tỉnh Ninh Thuận"), "tỉnh Ninh Thuận");
        assert_eq!(inline("Ninh Thuận Province"), "Ninh Thuận Province");
        assert_eq!(capitalised("tỉnh Ninh Thuận"), "Tỉnh Ninh Thuận");
        assert_eq!(
            beyond_title(
                "Sản phẩm OCOP huyện Ninh Sơn",
                &["Huyện Ninh Sơn", "Tỉnh Ninh Thuận"]
            ),
            "tỉnh Ninh Thuận"
        );
        assert_eq!(
            beyond_title(
                "Ninh Sơn District OCOP Products",
                &["Ninh Sơn District", "Ninh Thuận Province"]
            ),
            "Ninh Thuận Province"
        );
        assert_eq!(
            beyond_title("OCOP", &["", "Tỉnh Ninh Thuận"]),
            "tỉnh Ninh Thuận"
        );
    }
}
