//! Escaping text for HTML and for JSON inside scripts.

/// Escapes text for HTML element content and quoted attribute values:
/// `& < > " '`. (Tera's default also escapes `/`, which bloats every URL
/// without making anything safer inside quoted attributes.)
pub(crate) fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut plain = 0;
    // Byte scan: the five characters are ASCII, so every other byte
    // (UTF-8 continuation bytes included) is copied in runs.
    for (i, b) in text.bytes().enumerate() {
        let entity = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.push_str(&text[plain..i]);
        out.push_str(entity);
        plain = i + 1;
    }
    out.push_str(&text[plain..]);
    out
}

/// `value` as JSON that is safe inside an HTML `<script>` element or a
/// script file: `<`, `>` and `&` are written as `\u003c`, `\u003e`,
/// `\u0026` (they only ever occur inside JSON strings, where the escapes
/// mean the same), so no text can close the element or open a comment.
pub(crate) fn script_json(value: &impl serde::Serialize) -> String {
    let mut out = Vec::new();
    write_script_json(&mut out, value);
    String::from_utf8(out).expect("JSON is UTF-8")
}

/// Appends `value` to `out` as [`script_json`] does, escaping while it
/// serialises: no second copy of the text, which matters for the kiosk's
/// data files (about 130 MB a language at 20,000 products). A value that
/// cannot be serialised (a map with non-string keys) is written `null`.
pub(crate) fn write_script_json(out: &mut Vec<u8>, value: &impl serde::Serialize) {
    /// Copies JSON bytes, escaping `<`, `>` and `&`.
    struct Escaping<'a>(&'a mut Vec<u8>);
    impl std::io::Write for Escaping<'_> {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            let mut plain = 0;
            for (i, b) in buf.iter().enumerate() {
                let escape: &[u8] = match b {
                    b'<' => b"\\u003c",
                    b'>' => b"\\u003e",
                    b'&' => b"\\u0026",
                    _ => continue,
                };
                self.0.extend_from_slice(&buf[plain..i]);
                self.0.extend_from_slice(escape);
                plain = i + 1;
            }
            self.0.extend_from_slice(&buf[plain..]);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }
    let start = out.len();
    if serde_json::to_writer(Escaping(out), value).is_err() {
        out.truncate(start);
        out.extend_from_slice(b"null");
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    #[test]
    fn script_json_cannot_close_a_script() {
        let text = "a </script><!-- & b";
        let json = script_json(&text);
        assert_eq!(json, r#""a \u003c/script\u003e\u003c!-- \u0026 b""#);
        assert_eq!(serde_json::from_str::<String>(&json).unwrap(), text);
    }

    #[test]
    fn write_script_json_appends() {
        let mut out = b"x=".to_vec();
        write_script_json(&mut out, &["<b>", "ok"]);
        assert_eq!(out, br#"x=["\u003cb\u003e","ok"]"#);
        let map: HashMap<(u8, u8), u8> = [((1, 2), 3)].into();
        write_script_json(&mut out, &map);
        assert!(out.ends_with(b"]null"));
    }
}
