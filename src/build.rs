//! The pipeline behind `ocop build` and `ocop check` (and, rebuild by
//! rebuild, `ocop serve`; up to the checks, `ocop print`):
//!
//! ```text
//! load → resolve → photos → Site → check the site and every output → write every output → swap into output/
//! ```
//!
//! [`outputs`] is the one list of outputs. `check` stops after the checks;
//! `build` writes only when no check found an error, into a staging folder
//! that replaces the output in one step. `ocop print` runs the same steps up
//! to the checks (`checked_site`), then makes only the PDFs asked for.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use jiff::civil::Date;
use thiserror::Error;

use crate::content::{self, Section};
use crate::diagnostics::{Diagnostics, Severity};
use crate::feeds::{self, FeedReport};
use crate::images::{ImageStats, Images, PHOTO_ERROR_CODES, ProgressMode};
use crate::messages::Message;
use crate::model::{self, Catalog};
use crate::output::Output;
use crate::site::Site;
use crate::theme::{self, Theme};
use crate::write::{MemorySink, Sink, Staging, WriteError, WriteSummary};
use crate::{kiosk, pages, print, redirects, search};

/// Every output of the site, in the order `build` writes them (and prints
/// their summary lines). Adding an output is one module and one line here.
pub fn outputs(theme: &Arc<Theme>) -> Vec<Box<dyn Output>> {
    vec![
        Box::new(pages::Pages::new(theme.clone())),
        Box::new(redirects::Redirects::new(theme.clone())),
        Box::new(search::Search),
        Box::new(kiosk::Kiosk::new(theme.clone())),
        Box::new(feeds::google_merchant::GoogleMerchant),
        Box::new(feeds::meta_catalog::MetaCatalog),
        Box::new(feeds::json::JsonExport),
        Box::new(feeds::sitemap::Sitemap),
        Box::new(feeds::atom::Atom),
        Box::new(print::PrintPack::new(theme)),
    ]
}

/// What to build and how.
#[derive(Debug, Clone)]
pub struct Options {
    /// Project root: `content/` and `themes/` live under it.
    pub root: PathBuf,
    /// Output folder; `<root>/output` when `None`.
    pub output: Option<PathBuf>,
    /// Replaces `base_url` of `content/site.toml` (e.g. for a staging server).
    pub base_url: Option<String>,
    /// The date treated as today (certificate validity); see [`today`].
    pub today: Option<Date>,
    /// Progress while photos are processed (off by default; the CLI shows
    /// a bar on a terminal, plain lines otherwise).
    pub progress: ProgressMode,
}

impl Options {
    /// Options for the project at `root` with every default.
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Self {
            root: root.into(),
            output: None,
            base_url: None,
            today: None,
            progress: ProgressMode::Off,
        }
    }

    /// The output folder.
    pub fn output_dir(&self) -> PathBuf {
        self.output
            .clone()
            .unwrap_or_else(|| self.root.join("output"))
    }
}

/// "Today" for a build: `--today`, else `SOURCE_DATE_EPOCH` (seconds since
/// 1970, the reproducible-builds convention), else the system clock in the
/// local time zone. Never a file's modification time (docs/CLI.md,
/// "Options every command shares").
pub fn today(option: Option<Date>) -> Date {
    if let Some(date) = option {
        return date;
    }
    if let Some(date) = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .and_then(|secs| jiff::Timestamp::from_second(secs).ok())
        .map(|ts| ts.to_zoned_datetime(jiff::tz::TimeZone::UTC).date())
    {
        return date;
    }
    jiff::ZonedDateTime::now().date()
}

/// Records of one section: how many, and how many are translated per language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SectionCount {
    /// The section.
    pub section: Section,
    /// Published records.
    pub total: usize,
    /// (language, records with a complete translation) for each non-default language.
    pub translated: Vec<(String, usize)>,
}

/// Wall time of each stage of the pipeline (`ocop build --timings`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Timings {
    /// Reading and splitting the files.
    pub load: Duration,
    /// Typed records, references, OCOP rules, sorting.
    pub resolve: Duration,
    /// Photo sizes (and variants).
    pub images: Duration,
    /// Every output's check.
    pub check: Duration,
    /// Each output's write, in list order (build only).
    pub outputs: Vec<(&'static str, Duration)>,
    /// Swapping the staging folder in (build only).
    pub write: Duration,
}

/// What a successful build or check did.
#[derive(Debug)]
pub struct Report {
    /// Every warning (and, for `check`, error) found.
    pub diagnostics: Diagnostics,
    /// Records per section.
    pub sections: Vec<SectionCount>,
    /// The lines the outputs add to the build summary, in list order
    /// (none for `check`), put into words when shown.
    pub summary: Vec<Message>,
    /// What the merchant feeds list and leave out, and why (`None` when the
    /// site could not be assembled).
    pub feeds: Option<FeedReport>,
    /// What was written (`None` for `check`).
    pub written: Option<WriteSummary>,
    /// Time per stage.
    pub timings: Timings,
    /// Photo variants: decoded, encoded, from the cache, pruned.
    pub images: ImageStats,
    /// Wall time.
    pub elapsed: Duration,
}

/// Why a build wrote nothing.
#[derive(Debug, Error)]
pub enum BuildError {
    /// The content has errors (all of them are in the diagnostics).
    #[error("{} error(s) in the content; nothing was written", .0.error_count())]
    Content(Diagnostics),
    /// An output could not be written (a template that fails, a full disk).
    #[error("the {output} output could not be written ({} error(s)); nothing was written", .diagnostics.error_count())]
    Output {
        /// The output's name ([`Output::name`]).
        output: &'static str,
        /// Its errors, and the warnings found before.
        diagnostics: Diagnostics,
    },
    /// The output folder could not be prepared or replaced.
    #[error(transparent)]
    Write(#[from] WriteError),
}

/// Builds the site into the output folder.
///
/// Runs every check first; on any error nothing is written and the previous
/// output stays as it was (`BuildError::Content`). Otherwise every output
/// is written into a staging folder that replaces the output atomically.
pub fn build(options: &Options) -> Result<Report, BuildError> {
    let started = Instant::now();
    let output = options.output_dir();
    let content_dir = options.root.join("content");
    let themes_dir = options.root.join("themes");
    let staging = Staging::create(
        &output,
        &[&options.root, &content_dir],
        &[&content_dir, &themes_dir],
    )?;
    let mut run = run(options, Mode::Build(&staging, options.progress));
    let Some(summary) = run.summary.take() else {
        staging.abort();
        return Err(run.into_error());
    };
    crate::write::test_stop::at("rendered", "");
    let commit_started = Instant::now();
    let written = staging.commit()?;
    run.timings.write = commit_started.elapsed();
    Ok(run.into_report(summary, Some(written), started))
}

/// Runs every check of a build without writing anything. The report holds
/// errors and warnings alike.
pub fn check(options: &Options) -> Report {
    let started = Instant::now();
    run(options, Mode::Check).into_report(Vec::new(), None, started)
}

/// Builds the whole site into memory (for tests).
pub fn render_to_memory(options: &Options) -> Result<(Report, MemorySink), Diagnostics> {
    let started = Instant::now();
    let sink = MemorySink::new();
    let mut run = run(options, Mode::Build(&sink, options.progress));
    match run.summary.take() {
        Some(summary) => Ok((run.into_report(summary, None, started), sink)),
        None => Err(run.diags),
    }
}

/// How far a run goes.
#[derive(Clone, Copy)]
enum Mode<'a> {
    /// Every check, nothing written, photos only probed.
    Check,
    /// Every check, then the photo variants and every output into the sink.
    Build(&'a dyn Sink, ProgressMode),
}

/// What a run does with the photos.
#[derive(Clone, Copy)]
enum Photos<'a> {
    /// Reads their headers only (`check`).
    Probe,
    /// Also makes their variants, into the sink and the image cache.
    Make(&'a dyn Sink, ProgressMode),
}

impl<'a> Mode<'a> {
    fn photos(self) -> Photos<'a> {
        match self {
            Mode::Check => Photos::Probe,
            Mode::Build(sink, progress) => Photos::Make(sink, progress),
        }
    }
}

/// The site, assembled, and what was made with it.
struct Assembled {
    site: Site,
    theme: Arc<Theme>,
    outputs: Vec<Box<dyn Output>>,
}

/// What one pass over the content gave.
#[derive(Default)]
struct Run {
    diags: Diagnostics,
    sections: Vec<SectionCount>,
    /// The summary lines, when every output was written.
    summary: Option<Vec<Message>>,
    /// The output whose write failed.
    failed: Option<&'static str>,
    feeds: Option<FeedReport>,
    timings: Timings,
    images: ImageStats,
}

impl Run {
    fn into_report(
        self,
        summary: Vec<Message>,
        written: Option<WriteSummary>,
        started: Instant,
    ) -> Report {
        Report {
            diagnostics: self.diags,
            sections: self.sections,
            summary,
            feeds: self.feeds,
            written,
            timings: self.timings,
            images: self.images,
            elapsed: started.elapsed(),
        }
    }

    fn into_error(self) -> BuildError {
        match self.failed {
            Some(output) => BuildError::Output {
                output,
                diagnostics: self.diags,
            },
            None => BuildError::Content(self.diags),
        }
    }
}

/// Measures the stages one after the other.
struct Clock(Instant);

impl Clock {
    /// The time since the last lap.
    fn lap(&mut self) -> Duration {
        let now = Instant::now();
        let lap = now - self.0;
        self.0 = now;
        lap
    }
}

fn run(options: &Options, mode: Mode<'_>) -> Run {
    let mut run = Run::default();
    let assembled = assemble(options, mode.photos(), &mut run);
    if let Some(Assembled { site, outputs, .. }) = assembled {
        if let Mode::Build(sink, _) = mode
            && !run.diags.has_errors()
        {
            run.summary = write_all(&site, &outputs, sink, &mut run);
        }
        let mut images = site.into_images();
        if run.summary.is_some() {
            images.prune_cache(&mut run.diags);
        }
        run.images = images.stats();
    }
    run.diags.sort();
    run
}

/// The site of the project of `options`, assembled and checked exactly as
/// `build` does it (the photos' variants made into the image cache), for a
/// command that makes something else from it (`ocop print`): every
/// problem found (sorted), and the site with its theme when it could be
/// assembled. Errors in the diagnostics mean nothing should be written.
pub(crate) fn checked_site(options: &Options) -> (Diagnostics, Option<(Site, Arc<Theme>)>) {
    let mut run = Run::default();
    let photos = Photos::Make(&crate::write::NullSink, options.progress);
    let assembled = assemble(options, photos, &mut run);
    run.diags.sort();
    (run.diags, assembled.map(|a| (a.site, a.theme)))
}

/// The steps every command shares: load → resolve → photos → theme →
/// `Site` → the site's check and every output's. Its findings, counts and
/// timings go into `run`. `None` when the site cannot be assembled: no
/// `content/`, an unusable `site.toml`, or a theme that cannot be used
/// (not even loaded when making photos found errors already: nothing
/// will be written).
fn assemble(options: &Options, photos: Photos<'_>, run: &mut Run) -> Option<Assembled> {
    let root = &options.root;
    if !root.join("content").is_dir() {
        run.diags.push(content::missing_content(root));
        return None;
    }
    let mut clock = Clock(Instant::now());
    // Load and resolve: the typed, checked catalogue.
    let content = content::load(root, &mut run.diags);
    run.timings.load = clock.lap();
    let today = today(options.today);
    let catalog = model::resolve(&content, options.base_url.as_deref(), today, &mut run.diags);
    drop(content);
    run.timings.resolve = clock.lap();
    let catalog = catalog?;
    run.sections = count_sections(&catalog);
    // Photos: a build makes the variants (check only reads the photos'
    // headers), also when some photos are bad: every bad photo is then
    // reported in one run, and the good ones are cached for the next.
    let mut images = Images::probe(root, &catalog, &mut run.diags);
    let only_photo_errors = run
        .diags
        .items()
        .iter()
        .all(|d| d.severity != Severity::Error || PHOTO_ERROR_CODES.contains(&d.code));
    if let Photos::Make(sink, progress) = photos
        && only_photo_errors
    {
        images.generate(root, sink, progress, &mut run.diags);
    }
    run.timings.images = clock.lap();
    let making = matches!(photos, Photos::Make(..));
    let theme = if making && run.diags.has_errors() {
        None // nothing will be written: no need for the rest
    } else {
        Theme::load(
            root,
            Path::new(theme::DEFAULT_THEME),
            &catalog.site,
            &mut run.diags,
        )
    };
    let Some(theme) = theme.map(Arc::new) else {
        run.images = images.stats();
        return None;
    };
    // The site, then every output's check.
    let site = Site::new(root, catalog, images, theme.i18n().clone());
    run.feeds = Some(feeds::report(&site));
    let outputs = outputs(&theme);
    run.diags.extend(site.check());
    for output in &outputs {
        run.diags.extend(output.check(&site));
    }
    run.timings.check = clock.lap();
    Some(Assembled {
        site,
        theme,
        outputs,
    })
}

/// Writes every output into `sink`, timing each; the summary lines, or
/// `None` when an output failed (its errors are in `run`).
fn write_all(
    site: &Site,
    outputs: &[Box<dyn Output>],
    sink: &dyn Sink,
    run: &mut Run,
) -> Option<Vec<Message>> {
    let mut summary = Vec::new();
    for output in outputs {
        let started = Instant::now();
        let written = output.write(site, sink);
        run.timings.outputs.push((output.name(), started.elapsed()));
        match written {
            Ok(lines) => summary.extend(lines),
            Err(errors) => {
                run.diags.extend(errors);
                run.failed = Some(output.name());
                return None;
            }
        }
    }
    Some(summary)
}

fn count_sections(catalog: &Catalog) -> Vec<SectionCount> {
    let langs: Vec<&str> = catalog.site.translations().collect();
    Section::ALL
        .iter()
        .map(|&section| {
            let records = catalog.records(section);
            SectionCount {
                section,
                total: records.len(),
                translated: langs
                    .iter()
                    .map(|&l| {
                        (
                            l.to_owned(),
                            records.iter().filter(|r| r.translated(l)).count(),
                        )
                    })
                    .collect(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every interface string the code looks up while building the shipped
    /// catalogue is one that loading the strings checks ([`code_keys`]), so
    /// a missing one is reported, never silently shown as its key.
    ///
    /// [`code_keys`]: crate::site::i18n::code_keys
    #[test]
    fn every_interface_string_the_code_uses_is_checked() {
        let mut options = Options::new(env!("CARGO_MANIFEST_DIR"));
        options.today = Some(jiff::civil::date(2026, 11, 29));
        let (report, _) = render_to_memory(&options).expect("the shipped catalogue builds");
        assert!(report.summary.len() > 1);
        let undeclared = crate::site::i18n::tests::undeclared();
        assert!(undeclared.is_empty(), "{undeclared:?}");
    }
}
