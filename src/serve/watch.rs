//! Watching `content/` and `themes/` with `notify`, debounced so that a
//! burst of events (an editor's save-by-rename, a folder copied in) gives
//! one rebuild.

use crate::messages::Message;
use std::path::{Path, PathBuf};

use crate::content::is_editor_noise;
use std::sync::mpsc::Sender;
use std::time::{Duration, Instant};

use notify::{PollWatcher, RecommendedWatcher, RecursiveMode};
use notify_debouncer_full::{
    DebounceEventResult, Debouncer, FileIdMap, NoCache, new_debouncer_opt,
};

/// How long the watcher waits for a burst of events to end, in
/// milliseconds. Editors save in a few events within a few milliseconds.
pub(super) const DEBOUNCE_MS: u64 = 40;

/// How often the polling watcher scans the files, in milliseconds.
pub(super) const POLL_MS: u64 = 500;

/// A burst of relevant file changes.
#[derive(Debug, Clone)]
pub(super) struct Change {
    /// A template, static file or interface string changed.
    pub theme: bool,
    /// The files and folders that changed (absolute paths).
    pub paths: Vec<PathBuf>,
    /// When the first event of the burst happened (for the latency report).
    pub since: Instant,
}

/// Keeps the watcher alive; dropping it stops watching.
pub(super) struct Watching {
    /// True when scanning every [`POLL_MS`] instead of using the operating
    /// system's notifications (inotify on Linux).
    pub polling: bool,
    _watcher: Box<dyn std::any::Any + Send>,
}

/// Starts watching `<root>/content` and `<root>/themes`, sending a
/// [`Change`] on `tx` after each burst. With `poll`, or when native watching
/// fails (inotify watch limit reached, network or WSL mounts), scans the
/// folders instead; `warn` receives the explanation.
///
/// Errors: neither watcher can be started.
pub(super) fn watch(
    root: &Path,
    poll: bool,
    tx: Sender<Change>,
    warn: impl Fn(Message),
) -> notify::Result<Watching> {
    let dirs = [root.join("content"), root.join("themes")];
    if !poll {
        match native(&dirs, tx.clone()) {
            Ok(w) => {
                return Ok(Watching {
                    polling: false,
                    _watcher: Box::new(w),
                });
            }
            Err(e) => warn(
                Message::new("serve-watch-fallback")
                    .arg("error", e.to_string())
                    .arg("ms", POLL_MS),
            ),
        }
    }
    polling(&dirs, tx).map(|w| Watching {
        polling: true,
        _watcher: Box::new(w),
    })
}

fn native(
    dirs: &[PathBuf],
    tx: Sender<Change>,
) -> notify::Result<Debouncer<RecommendedWatcher, FileIdMap>> {
    let mut d = new_debouncer_opt::<_, RecommendedWatcher, FileIdMap>(
        Duration::from_millis(DEBOUNCE_MS),
        None,
        handler(tx),
        FileIdMap::new(),
        notify::Config::default(),
    )
    .map_err(|e| notify::Error::generic(&e.to_string()))?;
    for dir in dirs.iter().filter(|d| d.is_dir()) {
        d.watch(dir, RecursiveMode::Recursive)?;
    }
    Ok(d)
}

fn polling(
    dirs: &[PathBuf],
    tx: Sender<Change>,
) -> notify::Result<Debouncer<PollWatcher, NoCache>> {
    let config = notify::Config::default().with_poll_interval(Duration::from_millis(POLL_MS));
    let mut d = new_debouncer_opt::<_, PollWatcher, NoCache>(
        Duration::from_millis(DEBOUNCE_MS),
        None,
        handler(tx),
        NoCache,
        config,
    )
    .map_err(|e| notify::Error::generic(&e.to_string()))?;
    for dir in dirs.iter().filter(|d| d.is_dir()) {
        d.watch(dir, RecursiveMode::Recursive)?;
    }
    Ok(d)
}

fn handler(tx: Sender<Change>) -> impl FnMut(DebounceEventResult) + Send + 'static {
    move |result: DebounceEventResult| {
        let Ok(events) = result else { return };
        let relevant: Vec<_> = events
            .iter()
            .filter(|e| !e.kind.is_access() && e.paths.iter().any(|p| !is_editor_noise(p)))
            .collect();
        let Some(first) = relevant.iter().map(|e| e.time).min() else {
            return;
        };
        let paths: Vec<PathBuf> = relevant
            .iter()
            .flat_map(|e| e.paths.iter().cloned())
            .filter(|p| !is_editor_noise(p))
            .collect();
        let theme = paths
            .iter()
            .any(|p| p.components().any(|c| c.as_os_str() == "themes"));
        let _ = tx.send(Change {
            theme,
            paths,
            since: first,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use notify::EventKind;
    use notify::event::{CreateKind, ModifyKind};
    use notify_debouncer_full::DebouncedEvent;

    fn event(kind: EventKind, path: &str) -> DebouncedEvent {
        DebouncedEvent::new(
            notify::Event::new(kind).add_path(path.into()),
            Instant::now(),
        )
    }

    /// Editors' leftovers next to a record (the same test as the content
    /// walk's, `is_editor_noise`) send no change, so no rebuild; a real
    /// edit in the same burst sends only its own path.
    #[test]
    fn editors_leftovers_start_no_rebuild() {
        let dir = "/site/content/products/xoai";
        let noise: Vec<DebouncedEvent> = [
            "index.md~",
            ".index.md.swp",
            "index.md.bck",
            "index.md.orig",
            ".index.md.kate-swp",
            "sedX1b2Zq",
            "~$bang-gia.docx",
            "4913",
            "Thumbs.db",
        ]
        .iter()
        .map(|n| event(EventKind::Create(CreateKind::File), &format!("{dir}/{n}")))
        .collect();
        let (tx, rx) = std::sync::mpsc::channel();
        let mut handle = handler(tx);
        handle(Ok(noise.clone()));
        assert!(rx.try_recv().is_err(), "a rebuild for editors' leftovers");

        let mut burst = noise;
        burst.push(event(
            EventKind::Modify(ModifyKind::Any),
            &format!("{dir}/index.md"),
        ));
        handle(Ok(burst));
        let change = rx.try_recv().expect("a rebuild for the record");
        assert_eq!(change.paths, vec![PathBuf::from(format!("{dir}/index.md"))]);
        assert!(!change.theme);
    }
}
