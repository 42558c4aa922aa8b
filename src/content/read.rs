//! Reading a text file the way district staff save them: with or without a
//! BOM, LF or CRLF, composed or decomposed Unicode.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use crate::diagnostics::{Code, Diagnostic};
use crate::text::nfc;

/// Largest record file accepted, in bytes: a record is a page of text, and
/// anything bigger is a mistake (a photo renamed to .md, a pasted database).
pub(super) const MAX_TEXT_BYTES: u64 = 2 * 1024 * 1024;

/// Reads `path` (shown to the user as `shown`) as UTF-8 text, drops a UTF-8
/// BOM, turns CRLF into LF and composes the text to NFC.
///
/// Errors: unreadable file, a file over [`MAX_TEXT_BYTES`], or bytes that are
/// not UTF-8 (the diagnostic gives the line of the first bad byte and says to
/// save the file as UTF-8).
pub(crate) fn read_text(path: &Path, shown: &Path) -> Result<Arc<str>, Diagnostic> {
    let size = std::fs::metadata(path)
        .map_err(|e| read_error(shown, &e))?
        .len();
    if size > MAX_TEXT_BYTES {
        return Err(Diagnostic::error(Code::FileTooLarge)
            .arg("file", shown.display().to_string())
            .arg("size", size)
            .arg("max", MAX_TEXT_BYTES)
            .in_file(shown));
    }
    let bytes = std::fs::read(path).map_err(|e| read_error(shown, &e))?;
    decode_text(&bytes, shown)
}

/// Texts already read, by path, with the size and modification time they
/// had: `serve` keeps one between rebuilds so that only edited files are
/// read again. (Modification times decide only what to re-read, never what
/// is published.)
#[derive(Debug, Default)]
pub(crate) struct TextCache {
    texts: Mutex<HashMap<PathBuf, Stamped>>,
}

/// A text with the size and modification time its file had.
type Stamped = (u64, Option<SystemTime>, Arc<str>);

impl TextCache {
    /// An empty cache.
    pub(crate) fn new() -> Self {
        Self::default()
    }

    /// [`read_text`], answered from the cache when the file's size and
    /// modification time are unchanged.
    pub(crate) fn read(&self, path: &Path, shown: &Path) -> Result<Arc<str>, Diagnostic> {
        let meta = std::fs::metadata(path).ok();
        let stamp = meta.as_ref().map(|m| (m.len(), m.modified().ok()));
        let mut texts = self.texts.lock().unwrap_or_else(|e| e.into_inner());
        if let (Some((len, mtime)), Some((cached_len, cached_mtime, text))) =
            (stamp, texts.get(path))
            && len == *cached_len
            && mtime == *cached_mtime
            && mtime.is_some()
        {
            return Ok(text.clone());
        }
        drop(texts);
        let text = read_text(path, shown)?;
        if let Some((len, mtime)) = stamp {
            texts = self.texts.lock().unwrap_or_else(|e| e.into_inner());
            texts.insert(path.to_path_buf(), (len, mtime, text.clone()));
        }
        Ok(text)
    }
}

/// Decodes the bytes of a text file named `shown` as `read_text` does:
/// UTF-8 with an optional BOM, CRLF → LF, composed to NFC.
///
/// Errors: bytes that are not UTF-8 (naming the line of the first bad byte).
pub fn decode_text(bytes: &[u8], shown: &Path) -> Result<Arc<str>, Diagnostic> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let good = e.valid_up_to();
            let line = bytes[..good].iter().filter(|&&b| b == b'\n').count() + 1;
            return Err(Diagnostic::error(Code::InvalidUtf8)
                .arg("file", shown.display().to_string())
                .arg("line", line)
                .in_file(shown));
        }
    };
    let text = if text.contains('\r') {
        text.replace("\r\n", "\n")
    } else {
        text.to_owned()
    };
    Ok(Arc::from(nfc(&text).as_ref()))
}

fn read_error(shown: &Path, e: &std::io::Error) -> Diagnostic {
    Diagnostic::error(Code::UnreadableFile)
        .arg("file", shown.display().to_string())
        .arg("error", e.to_string())
        .in_file(shown)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_bytes(bytes: &[u8]) -> Result<Arc<str>, Diagnostic> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("index.md");
        std::fs::write(&path, bytes).unwrap();
        read_text(&path, Path::new("index.md"))
    }

    #[test]
    fn bom_and_crlf_are_accepted_silently() {
        let text = read_bytes(b"\xEF\xBB\xBF+++\r\nname = \"X\"\r\n+++\r\n").unwrap();
        assert_eq!(&*text, "+++\nname = \"X\"\n+++\n");
    }

    #[test]
    fn decomposed_text_is_composed() {
        let text = read_bytes("Xua\u{0302}n".as_bytes()).unwrap();
        assert_eq!(&*text, "Xuân");
    }

    #[test]
    fn invalid_utf8_names_the_line() {
        let err = read_bytes(b"+++\nname = \"Xu\xA9n\"\n+++\n").unwrap_err();
        assert_eq!(err.code, Code::InvalidUtf8);
        let message = err.message(crate::messages::Lang::En);
        assert!(message.contains("line 2"), "{message}");
    }
}
