//! Prices, numbers and dates as Vietnamese and English readers write them.

use jiff::civil::Date;

/// The no-break space that keeps "150.000" and "₫" on one line.
const NBSP: char = '\u{00A0}';

/// Formats a whole number with the grouping separator of `lang`: "." in
/// Vietnamese ("1.500.000"), "," in English ("1,500,000").
pub(crate) fn format_number(value: u64, lang: &str) -> String {
    let separator = if lang == "vi" { '.' } else { ',' };
    let digits = value.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(digit);
    }
    out
}

/// Formats a price in whole Vietnamese đồng (VND has no minor unit).
///
/// Vietnamese: "150.000 ₫" with a no-break space before the sign, as the State
/// Bank of Viet Nam and CLDR `vi` write it; English: "₫150,000" (CLDR `en`).
pub fn format_price(vnd: u64, lang: &str) -> String {
    let number = format_number(vnd, lang);
    if lang == "vi" {
        format!("{number}{NBSP}₫")
    } else {
        format!("₫{number}")
    }
}

/// Formats a calendar date: dd/mm/yyyy in Vietnamese ("05/03/2024"), and an
/// unambiguous "5 March 2024" in English (dd/mm and mm/dd readers both read it
/// right).
pub(crate) fn format_date(date: Date, lang: &str) -> String {
    if lang == "vi" {
        format!("{:02}/{:02}/{:04}", date.day(), date.month(), date.year())
    } else {
        date.strftime("%-d %B %Y").to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prices_in_both_languages() {
        assert_eq!(format_price(250_000, "vi"), "250.000\u{a0}₫");
        assert_eq!(format_price(250_000, "en"), "₫250,000");
        assert_eq!(format_price(1_500_000, "vi"), "1.500.000\u{a0}₫");
        assert_eq!(format_price(1_500_000, "en"), "₫1,500,000");
        assert_eq!(format_price(950, "vi"), "950\u{a0}₫");
        assert_eq!(format_price(0, "en"), "₫0");
    }

    #[test]
    fn numbers_group_by_thousands() {
        assert_eq!(format_number(1000, "vi"), "1.000");
        assert_eq!(format_number(999, "en"), "999");
        assert_eq!(format_number(12_345_678, "en"), "12,345,678");
    }

    #[test]
    fn dates_in_both_languages() {
        let date = Date::new(2024, 3, 5).unwrap();
        assert_eq!(format_date(date, "vi"), "05/03/2024");
        assert_eq!(format_date(date, "en"), "5 March 2024");
    }
}
