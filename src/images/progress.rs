//! Progress while photos are processed: a bar on a terminal, a few plain
//! lines otherwise, nothing when progress is off (the library's default,
//! which keeps tests quiet) or when every variant comes from the cache.

use std::io::{IsTerminal, Write as _};
use std::sync::Mutex;
use std::time::Instant;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::messages::{Lang, Message};

/// Whether to show progress.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ProgressMode {
    /// Never (the library's default).
    #[default]
    Off,
    /// A bar when stderr is a terminal, plain lines when it is not, in
    /// the language given.
    Stderr(Lang),
}

/// Progress of one batch of photos.
pub(super) struct Progress {
    kind: Kind,
    lang: Lang,
    total: usize,
    started: Instant,
}

enum Kind {
    Off,
    Bar(ProgressBar),
    /// (done, last tenth reported)
    Lines(Mutex<(usize, usize)>),
}

impl Progress {
    /// Starts reporting on `total` photos to decode (nothing when 0).
    pub(super) fn start(mode: ProgressMode, total: usize, cached: usize) -> Self {
        let lang = match mode {
            ProgressMode::Off => Lang::default(),
            ProgressMode::Stderr(lang) => lang,
        };
        let kind = match mode {
            _ if total == 0 => Kind::Off,
            ProgressMode::Off => Kind::Off,
            ProgressMode::Stderr(_) if std::io::stderr().is_terminal() => {
                let bar =
                    ProgressBar::with_draw_target(Some(total as u64), ProgressDrawTarget::stderr());
                let template = Message::new("photos-progress-bar").render(lang);
                bar.set_style(
                    ProgressStyle::with_template(&template)
                        .unwrap_or_else(|_| ProgressStyle::default_bar()),
                );
                Kind::Bar(bar)
            }
            ProgressMode::Stderr(_) => {
                let start = Message::new("photos-progress-start")
                    .count("total", total)
                    .count("cached", cached);
                line(&start.render(lang));
                Kind::Lines(Mutex::new((0, 0)))
            }
        };
        Self {
            kind,
            lang,
            total,
            started: Instant::now(),
        }
    }

    /// One photo is done (`name` is shown on the bar).
    pub(super) fn done(&self, name: &str) {
        match &self.kind {
            Kind::Off => {}
            Kind::Bar(bar) => {
                bar.set_message(name.to_owned());
                bar.inc(1);
            }
            Kind::Lines(state) => {
                let mut s = state.lock().unwrap_or_else(|e| e.into_inner());
                s.0 += 1;
                let tenth = s.0 * 10 / self.total;
                if tenth > s.1 && s.0 < self.total {
                    s.1 = tenth;
                    let step = Message::new("photos-progress-step")
                        .count("done", s.0)
                        .count("total", self.total)
                        .count("seconds", self.started.elapsed().as_secs());
                    line(&step.render(self.lang));
                }
            }
        }
    }

    /// Ends the report.
    pub(super) fn finish(self) {
        match self.kind {
            Kind::Off => {}
            Kind::Bar(bar) => bar.finish_and_clear(),
            Kind::Lines(_) => {
                let done = Message::new("photos-progress-done")
                    .count("total", self.total)
                    .count("seconds", self.started.elapsed().as_secs());
                line(&done.render(self.lang));
            }
        }
    }
}

fn line(text: &str) {
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "{text}");
}
