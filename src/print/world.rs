//! The Typst "world" of one document: the theme's templates and fonts, the
//! data document (`/data.json`) and the photos (`/photos/<hex>.jpg`), all
//! virtual; no other file, no package, no network.

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::sync::Mutex;

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, Source};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, World};

use super::data::PhotoFile;
use super::theme::{PrintTheme, file_id};

/// Virtual path of the data document.
pub(crate) const DATA_PATH: &str = "/data.json";

/// What one compilation can see.
pub(crate) struct PrintWorld<'a> {
    pub(crate) theme: &'a PrintTheme,
    main: FileId,
    data_id: FileId,
    data: Bytes,
    photos: &'a BTreeMap<String, PhotoFile>,
    /// Photos read so far (Typst may ask for a file more than once).
    read: Mutex<HashMap<FileId, FileResult<Bytes>>>,
    today: Option<Datetime>,
}

impl<'a> PrintWorld<'a> {
    /// A world whose main file is the template `/<main>`, with `data` as
    /// `/data.json`.
    pub(crate) fn new(
        theme: &'a PrintTheme,
        main: &str,
        data: Vec<u8>,
        photos: &'a BTreeMap<String, PhotoFile>,
        today: jiff::civil::Date,
    ) -> Self {
        Self {
            theme,
            main: file_id(&format!("/{main}")),
            data_id: file_id(DATA_PATH),
            data: Bytes::new(data),
            photos,
            read: Mutex::default(),
            today: datetime(today),
        }
    }
}

/// `date` as a Typst date.
pub(crate) fn datetime(date: jiff::civil::Date) -> Option<Datetime> {
    Datetime::from_ymd(
        i32::from(date.year()),
        u8::try_from(date.month()).ok()?,
        u8::try_from(date.day()).ok()?,
    )
}

impl World for PrintWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &self.theme.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.theme.book
    }

    fn main(&self) -> FileId {
        self.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        match self.theme.sources.get(&id) {
            Some(source) => Ok(source.clone()),
            None if id == self.data_id || self.photo(id).is_some() => Err(FileError::NotSource),
            None => Err(not_found(id)),
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.data_id {
            return Ok(self.data.clone());
        }
        if let Some(source) = self.theme.sources.get(&id) {
            return Ok(Bytes::from_string(source.clone()));
        }
        let photo = self.photo(id).ok_or_else(|| not_found(id))?;
        let mut read = self.read.lock().unwrap_or_else(|e| e.into_inner());
        read.entry(id)
            .or_insert_with(|| {
                fs::read(&photo.file)
                    .map(Bytes::new)
                    .map_err(|e| FileError::from_io(e, &photo.file))
            })
            .clone()
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.theme.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        self.today
    }
}

impl PrintWorld<'_> {
    fn photo(&self, id: FileId) -> Option<&PhotoFile> {
        if !matches!(id.root(), typst::syntax::VirtualRoot::Project) {
            return None;
        }
        self.photos.get(id.vpath().get_with_slash())
    }
}

fn not_found(id: FileId) -> FileError {
    FileError::NotFound(id.vpath().get_with_slash().into())
}
