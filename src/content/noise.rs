//! Editors' and tools' leftovers: the backup, swap, lock and temporary
//! files they write next to the file being edited, and the folder files of
//! Windows and macOS. None is ever published (record folders, `content/`,
//! the theme's templates and static files), and none makes `serve` rebuild:
//! [`is_editor_noise`] is the one test for all of them.

use std::path::Path;

/// Endings (compared without regard to letter case) of backup, swap and
/// temporary files: `~` (Emacs, gedit, Kate, vim backups), `.bak`/`.bck`
/// (Notepad++, many Windows tools), `.orig`/`.rej` (patch, merge tools),
/// `.swp`/`.swo`/`.swn`/`.swx` (vim swap files and probe), `.kate-swp`
/// (Kate), `.save` (nano's emergency save), `.tmp`/`.temp` (Word's
/// `~WRL0001.tmp` and many tools), `.part`/`.crdownload` (a download not
/// finished), `___jb_tmp___`/`___jb_old___` (JetBrains' safe write).
const NOISE_ENDINGS: &[&str] = &[
    "~",
    ".bak",
    ".bck",
    ".orig",
    ".rej",
    ".swp",
    ".swo",
    ".swn",
    ".swx",
    ".kate-swp",
    ".save",
    ".tmp",
    ".temp",
    ".part",
    ".crdownload",
    "___jb_tmp___",
    "___jb_old___",
];

/// Whole names (compared without regard to letter case) of the files
/// Windows and macOS put into folders, and vim's `4913` write probe.
const NOISE_NAMES: &[&str] = &["thumbs.db", "ehthumbs.db", "desktop.ini", "icon\r", "4913"];

/// True for a file that an editor or a tool left next to the real ones,
/// judged by its name alone:
///
/// - hidden files (`.DS_Store`, macOS's `._photo.jpg`, Emacs' `.#lock`,
///   vim's `.index.md.swp`, GNOME's `.goutputstream-XXXXXX`, LibreOffice's
///   `.~lock.file.odt#`, rsync's `.name.XXXXXX`);
/// - the endings of [`NOISE_ENDINGS`] and the names of [`NOISE_NAMES`];
/// - Emacs' autosave `#index.md#`;
/// - Microsoft Office's lock file `~$name.docx`;
/// - GNU `sed -i`'s temporary `sedXXXXXX` ("sed" and six letters or digits).
pub(crate) fn is_editor_noise(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return false;
    };
    let lower = name.to_lowercase();
    name.starts_with('.')
        || name.starts_with("~$")
        || (name.len() > 1 && name.starts_with('#') && name.ends_with('#'))
        || NOISE_ENDINGS.iter().any(|end| lower.ends_with(end))
        || NOISE_NAMES.contains(&lower.as_str())
        || is_sed_temporary(name)
}

/// `sed -i` writes its result to `sed` + six random letters and digits in
/// the same folder, then renames it over the file.
fn is_sed_temporary(name: &str) -> bool {
    name.len() == 9
        && name.starts_with("sed")
        && name[3..].bytes().all(|b| b.is_ascii_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::is_editor_noise;
    use std::path::Path;

    #[test]
    fn every_common_editors_leftovers_are_noise() {
        for noise in [
            ".index.md.swp",
            ".index.md.swo",
            ".index.md.swx",
            "index.md.swp",
            "index.md~",
            "index.md.bak",
            "INDEX.MD.BAK",
            "index.md.bck",
            "index.md.orig",
            "index.md.rej",
            ".index.md.kate-swp",
            "index.md.save",
            ".#index.md",
            "#index.md#",
            "4913",
            "index.md___jb_tmp___",
            "index.md___jb_old___",
            ".DS_Store",
            "._anh.jpg",
            "Thumbs.db",
            "desktop.ini",
            "Desktop.ini",
            "~$bang-gia.docx",
            "~WRL0001.tmp",
            "sedX1b2Zq",
            ".goutputstream-8ZQ4X2",
            ".~lock.bang-gia.odt#",
            "anh.jpg.part",
            "anh.jpg.crdownload",
        ] {
            assert!(is_editor_noise(Path::new(noise)), "{noise}");
        }
    }

    #[test]
    fn real_files_are_not_noise() {
        for real in [
            "index.md",
            "index.en.md",
            "photo.jpg",
            "site.toml",
            "bảng-giá.pdf",
            "sedan.jpg",
            "seda12345.jpg",
            "#1-ban-chay.jpg",
            "4913.jpg",
            "backup-plan.pdf",
            "tmp-note.txt",
        ] {
            assert!(!is_editor_noise(Path::new(real)), "{real}");
        }
    }

    #[test]
    fn paths_are_judged_by_their_file_name() {
        assert!(is_editor_noise(Path::new(
            "/site/content/products/xoai/index.md~"
        )));
        assert!(!is_editor_noise(Path::new(
            "/site/.git/../content/index.md"
        )));
    }
}
