//! The whole pipeline behind `ocop build` and `ocop check`.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use jiff::civil::Date;
use thiserror::Error;

use crate::content::{self, Section};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::feeds::{self, FeedReport};
use crate::images::{ImageStats, Images, ProgressMode};
use crate::model::{self, Catalog};
use crate::render::{self, PageCounts, Renderer, Theme};
use crate::write::{MemorySink, NullSink, Sink, Staging, WriteError, WriteSummary};

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
/// local time zone. Never a file's modification time (DESIGN.md).
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
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Timings {
    /// Reading and splitting the files.
    pub load: Duration,
    /// Typed records, references, OCOP rules, sorting.
    pub resolve: Duration,
    /// Photo sizes (and variants).
    pub images: Duration,
    /// Templates and Markdown into the sink.
    pub render: Duration,
    /// Merchant feeds, JSON export, sitemap, Atom.
    pub feeds: Duration,
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
    /// Pages rendered.
    pub pages: PageCounts,
    /// What the merchant feeds listed and left out, and why (`None` when
    /// rendering did not get that far).
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
    /// The output folder could not be prepared or replaced.
    #[error(transparent)]
    Write(#[from] WriteError),
}

/// Builds the site into the output folder.
///
/// Runs every check first; on any error nothing is written and the previous
/// output stays as it was (`BuildError::Content`). Otherwise the pages are
/// rendered into a staging folder that replaces the output atomically.
pub fn build(options: &Options) -> Result<Report, BuildError> {
    let started = Instant::now();
    let output = options.output_dir();
    let content_dir = options.root.join("content");
    let staging = Staging::create(&output, &[&options.root, &content_dir])?;
    match run(options, &staging) {
        Ok(Done {
            diagnostics,
            sections,
            pages,
            feeds,
            mut timings,
            images,
        }) => {
            crate::write::test_stop::at("rendered", "");
            let commit_started = Instant::now();
            let written = staging.commit()?;
            timings.write = commit_started.elapsed();
            Ok(Report {
                diagnostics,
                sections,
                pages,
                feeds,
                written: Some(written),
                timings,
                images,
                elapsed: started.elapsed(),
            })
        }
        Err(diagnostics) => {
            staging.abort();
            Err(BuildError::Content(diagnostics))
        }
    }
}

/// Runs every check of a build without writing anything. The report holds
/// errors and warnings alike.
pub fn check(options: &Options) -> Report {
    let started = Instant::now();
    let run = run_with(options, &NullSink, OnErrors::GoOn);
    Report {
        diagnostics: run.diags,
        sections: run.sections,
        pages: run.pages.unwrap_or_default(),
        feeds: run.feeds,
        written: None,
        timings: run.timings,
        images: run.images,
        elapsed: started.elapsed(),
    }
}

/// Renders the whole site into memory (for tests).
pub fn render_to_memory(options: &Options) -> Result<(Report, MemorySink), Diagnostics> {
    let started = Instant::now();
    let sink = MemorySink::new();
    let Done {
        diagnostics,
        sections,
        pages,
        feeds,
        timings,
        images,
    } = run(options, &sink)?;
    let report = Report {
        diagnostics,
        sections,
        pages,
        feeds,
        written: None,
        timings,
        images,
        elapsed: started.elapsed(),
    };
    Ok((report, sink))
}

/// What one pass over the content produced.
struct Run {
    diags: Diagnostics,
    sections: Vec<SectionCount>,
    /// `None` when rendering did not happen or failed.
    pages: Option<PageCounts>,
    /// `None` when the feeds were not written.
    feeds: Option<FeedReport>,
    timings: Timings,
    images: ImageStats,
}

/// The pieces of the report of a successful run.
struct Done {
    diagnostics: Diagnostics,
    sections: Vec<SectionCount>,
    pages: PageCounts,
    feeds: Option<FeedReport>,
    timings: Timings,
    images: ImageStats,
}

impl Run {
    fn failed(diags: Diagnostics) -> Self {
        Self {
            diags,
            sections: Vec::new(),
            pages: None,
            feeds: None,
            timings: Timings::default(),
            images: ImageStats::default(),
        }
    }

    /// The outcome for a build: the pieces of the report, or every problem.
    fn into_result(self) -> Result<Done, Diagnostics> {
        match (self.pages, &self.feeds) {
            (Some(pages), Some(_)) if !self.diags.has_errors() => Ok(Done {
                diagnostics: self.diags,
                sections: self.sections,
                pages,
                feeds: self.feeds,
                timings: self.timings,
                images: self.images,
            }),
            _ => Err(self.diags),
        }
    }
}

/// How far to go when the content has errors.
#[derive(Clone, Copy, PartialEq, Eq)]
enum OnErrors {
    /// Stop before rendering (a build writes nothing anyway). Builds also
    /// make the photo variants.
    Stop,
    /// Render the records that could be read, to find every problem (check).
    GoOn,
}

fn run(options: &Options, sink: &dyn Sink) -> Result<Done, Diagnostics> {
    run_with(options, sink, OnErrors::Stop).into_result()
}

fn run_with(options: &Options, sink: &dyn Sink, on_errors: OnErrors) -> Run {
    let root = &options.root;
    let mut diags = Diagnostics::new();
    if !root.join("content").is_dir() {
        diags.push(
            Diagnostic::error("missing-content", format!("{} has no content/ folder", root.display()))
                .help("run ocop in the project folder, or pass --root DIR (the folder that holds content/ and themes/)"),
        );
        return Run::failed(diags);
    }
    let mut timings = Timings::default();
    let mut clock = Instant::now();
    let mut lap = |slot: &mut Duration| {
        *slot = clock.elapsed();
        clock = Instant::now();
    };
    let content = content::load(root, &mut diags);
    lap(&mut timings.load);
    let today = today(options.today);
    let catalog = model::resolve(&content, options.base_url.as_deref(), today, &mut diags);
    lap(&mut timings.resolve);
    let Some(catalog) = catalog else {
        diags.sort();
        return Run::failed(diags);
    };
    let mut images = Images::probe(root, &catalog, &mut diags);
    // Builds make the photo variants (check only reads the photos'
    // headers), also when some photos are bad: every bad photo is then
    // reported in one run, and the good ones are cached for the next.
    let only_photo_errors = diags.items().iter().all(|d| {
        d.severity != crate::diagnostics::Severity::Error
            || crate::images::PHOTO_ERROR_CODES.contains(&d.code)
    });
    if on_errors == OnErrors::Stop && only_photo_errors {
        images.generate(root, sink, options.progress, &mut diags);
    }
    lap(&mut timings.images);
    let sections = count_sections(&catalog);
    let (pages, feeds) = if diags.has_errors() && on_errors == OnErrors::Stop {
        (None, None)
    } else {
        let theme = Path::new(render::DEFAULT_THEME);
        match Theme::load(root, theme, &catalog.site, &mut diags) {
            Some(theme) => {
                let renderer = Renderer::new(&theme, &catalog, &images);
                let pages = render::render_site(&renderer, root, sink, &mut diags);
                // Search index and offline kiosk bundle (issue #7).
                let offline =
                    crate::kiosk::render_search_and_kiosk(&renderer, root, sink, &mut diags);
                lap(&mut timings.render);
                let feeds = feeds::write_feeds(&renderer, sink, &mut diags);
                lap(&mut timings.feeds);
                (pages.filter(|_| offline.is_some()), feeds)
            }
            None => (None, None),
        }
    };
    if on_errors == OnErrors::Stop && pages.is_some() && !diags.has_errors() {
        images.prune_cache(&mut diags);
    }
    diags.sort();
    Run {
        diags,
        sections,
        pages,
        feeds,
        timings,
        images: images.stats(),
    }
}

fn count_sections(catalog: &Catalog) -> Vec<SectionCount> {
    let site = &catalog.site;
    let langs: Vec<&str> = site.translations().collect();
    let count = |section: Section, translated: &dyn Fn(&str) -> usize, total: usize| SectionCount {
        section,
        total,
        translated: langs
            .iter()
            .map(|l| ((*l).to_owned(), translated(l)))
            .collect(),
    };
    vec![
        count(
            Section::Products,
            &|l| {
                catalog
                    .products
                    .iter()
                    .filter(|r| r.version(l).translated)
                    .count()
            },
            catalog.products.len(),
        ),
        count(
            Section::Producers,
            &|l| {
                catalog
                    .producers
                    .iter()
                    .filter(|r| r.version(l).translated)
                    .count()
            },
            catalog.producers.len(),
        ),
        count(
            Section::Communes,
            &|l| {
                catalog
                    .communes
                    .iter()
                    .filter(|r| r.version(l).translated)
                    .count()
            },
            catalog.communes.len(),
        ),
        count(
            Section::Tourism,
            &|l| {
                catalog
                    .tourism
                    .iter()
                    .filter(|r| r.version(l).translated)
                    .count()
            },
            catalog.tourism.len(),
        ),
    ]
}
