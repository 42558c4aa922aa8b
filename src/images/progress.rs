//! Progress while photos are processed: a bar on a terminal, a few plain
//! lines otherwise, nothing when progress is off (the library's default,
//! which keeps tests quiet) or when every variant comes from the cache.

use std::io::{IsTerminal, Write as _};
use std::sync::Mutex;
use std::time::Instant;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Whether to show progress.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ProgressMode {
    /// Never (the library's default).
    #[default]
    Off,
    /// A bar when stderr is a terminal, plain lines when it is not.
    Stderr,
}

/// Progress of one batch of photos.
pub(super) struct Progress {
    kind: Kind,
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
        let kind = match mode {
            _ if total == 0 => Kind::Off,
            ProgressMode::Off => Kind::Off,
            ProgressMode::Stderr if std::io::stderr().is_terminal() => {
                let bar =
                    ProgressBar::with_draw_target(Some(total as u64), ProgressDrawTarget::stderr());
                bar.set_style(
                    ProgressStyle::with_template(
                        "photos {bar:30} {pos}/{len} {msg:.dim} [{elapsed_precise}, ~{eta} left]",
                    )
                    .unwrap_or_else(|_| ProgressStyle::default_bar()),
                );
                Kind::Bar(bar)
            }
            ProgressMode::Stderr => {
                line(&format!(
                    "photos: processing {total} ({cached} unchanged, from the cache)"
                ));
                Kind::Lines(Mutex::new((0, 0)))
            }
        };
        Self {
            kind,
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
                    line(&format!(
                        "photos: {}/{} ({} s)",
                        s.0,
                        self.total,
                        self.started.elapsed().as_secs()
                    ));
                }
            }
        }
    }

    /// Ends the report.
    pub(super) fn finish(self) {
        match self.kind {
            Kind::Off => {}
            Kind::Bar(bar) => bar.finish_and_clear(),
            Kind::Lines(_) => line(&format!(
                "photos: {} processed in {:.1} s",
                self.total,
                self.started.elapsed().as_secs_f64()
            )),
        }
    }
}

fn line(text: &str) {
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "{text}");
}
