//! `ocop serve`: a live preview that follows every edit.
//!
//! The site is kept in memory and rendered page by page when the browser
//! asks for it, so an edit costs only re-reading the changed files and
//! re-assembling the catalogue, whatever the size of the site (see
//! `live`). Files are watched with `notify` (`watch`); the HTTP server is
//! axum on tokio (`http`), chosen for its well-maintained server-sent
//! events and graceful shutdown. A bad edit keeps the last good build
//! served and shows the errors in the terminal and over the page.

mod http;
mod live;
mod watch;

pub use live::{LiveSite, Outcome, Served, Snapshot};

use std::io::Write as _;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::mpsc;
use std::time::Instant;

use codespan_reporting::term::termcolor::NoColor;
use jiff::civil::Date;
use thiserror::Error;

use crate::diagnostics::Diagnostics;
use crate::messages::{Lang, Message};

/// How to serve.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// Project root.
    pub root: PathBuf,
    /// Address to listen on (loopback unless asked otherwise).
    pub bind: IpAddr,
    /// Port; 0 picks a free one.
    pub port: u16,
    /// Open the site in the default browser.
    pub open: bool,
    /// Scan for changes instead of using the operating system's notifications.
    pub poll: bool,
    /// The date treated as today.
    pub today: Option<Date>,
    /// The language of the terminal lines, the reports and the overlay.
    pub lang: Lang,
}

/// Why `serve` could not run ([`ServeError::message`] says it in the
/// user's language).
#[derive(Debug, Error)]
pub enum ServeError {
    /// The address or port cannot be used.
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        /// The address.
        addr: SocketAddr,
        /// The error.
        source: std::io::Error,
    },
    /// The file watcher cannot be started.
    #[error("cannot watch the project's files: {0}")]
    Watch(#[from] notify::Error),
    /// The async runtime or server failed.
    #[error("{0}")]
    Server(#[from] std::io::Error),
}

impl ServeError {
    /// The error as a message of the catalogue.
    pub fn message(&self) -> Message {
        match self {
            ServeError::Bind { addr, source } => Message::new("serve-bind-failed")
                .arg("addr", addr.to_string())
                .arg("error", source.to_string()),
            ServeError::Watch(e) => Message::new("serve-watch-failed").arg("error", e.to_string()),
            ServeError::Server(e) => Message::new("serve-failed").arg("error", e.to_string()),
        }
    }
}

/// Serves the project until Ctrl-C. Prints the address (with the port
/// actually used) on standard output first: `Serving on http://…/` (in
/// English; `Đang chạy tại http://…/` in Vietnamese).
pub fn serve(mut options: ServeOptions) -> Result<(), ServeError> {
    // One absolute spelling of the root for the watcher and the site: the
    // watcher reports absolute paths, which must match the record folders.
    if let Ok(root) = std::path::absolute(&options.root) {
        options.root = root;
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    let addr = SocketAddr::new(options.bind, options.port);
    let listener = runtime
        .block_on(tokio::net::TcpListener::bind(addr))
        .map_err(|source| ServeError::Bind { addr, source })?;
    let local = listener.local_addr()?;
    let lang = options.lang;
    if !options.bind.is_loopback() {
        let warning = Message::new("serve-public").arg("addr", options.bind.to_string());
        eprintln!("{}", warning.render(lang));
    }
    let host = if options.bind.is_unspecified() {
        IpAddr::from([127, 0, 0, 1])
    } else {
        options.bind
    };
    let base_url = format!("http://{}", SocketAddr::new(host, local.port()));
    let shared = http::Shared::new(lang);
    let mut live = LiveSite::new(&options.root, base_url.clone(), options.today).with_lang(lang);
    let started = Instant::now();
    report(&shared, live.rebuild(None, true), started, lang);

    let (tx, rx) = mpsc::channel();
    let watching = watch::watch(&options.root, options.poll, tx, |w| {
        eprintln!("{}", w.render(lang))
    })?;
    if watching.polling {
        let polling = Message::new("serve-polling").arg("ms", watch::POLL_MS);
        eprintln!("{}", polling.render(lang));
    }
    let rebuild_shared = shared.clone();
    std::thread::spawn(move || {
        while let Ok(change) = rx.recv() {
            let mut change = change;
            // Fold changes that queued up while the last rebuild ran.
            while let Ok(more) = rx.try_recv() {
                change.theme |= more.theme;
                change.paths.extend(more.paths);
                change.since = change.since.min(more.since);
            }
            let outcome = live.rebuild(Some(&change.paths), change.theme);
            report(&rebuild_shared, outcome, change.since, lang);
        }
    });

    let serving = Message::new("serve-serving").arg("url", format!("{base_url}/"));
    println!("{}", serving.render(lang));
    let _ = std::io::stdout().flush();
    if options.open {
        let _ = opener::open(format!("{base_url}/"));
    }
    runtime.block_on(async move {
        axum::serve(listener, http::router(shared))
            .with_graceful_shutdown(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await
    })?;
    drop(watching);
    Ok(())
}

/// Publishes a rebuild's outcome: prints its diagnostics (in `lang`) and the
/// time since the edit, and tells the browsers.
fn report(shared: &http::Shared, outcome: Outcome, since: Instant, lang: Lang) {
    match outcome {
        Outcome::Ready(snapshot, warnings) => {
            print_diagnostics(&warnings, lang);
            shared.publish(*snapshot);
            let line = Message::new("serve-rebuilt")
                .count("ms", since.elapsed().as_millis())
                .count("warnings", warnings.warning_count());
            eprintln!("{}", line.render(lang));
        }
        Outcome::Failed(diags) => {
            // The errors alone: the warnings were shown with the last good
            // build, and would bury the error that stops this one.
            let errors = diags.errors_only();
            print_diagnostics(&errors, lang);
            let line = Message::new("serve-failed-rebuild").count("errors", errors.error_count());
            eprintln!("{}", line.render(lang));
            shared.fail(plain_report(&errors, lang));
        }
    }
}

fn print_diagnostics(diags: &Diagnostics, lang: Lang) {
    use codespan_reporting::term::termcolor::ColorChoice;
    use std::io::IsTerminal as _;
    // Colours only on a terminal (termcolor's `Auto` does not check), so a
    // log file gets plain text.
    let choice = if std::io::stderr().is_terminal() {
        ColorChoice::Auto
    } else {
        ColorChoice::Never
    };
    let mut err = codespan_reporting::term::termcolor::StandardStream::stderr(choice);
    let _ = diags.emit_human_limited(&mut err, 5, lang);
}

/// The diagnostics as plain text, for the browser overlay.
fn plain_report(diags: &Diagnostics, lang: Lang) -> String {
    let mut out = NoColor::new(Vec::new());
    let _ = diags.emit_human_limited(&mut out, 20, lang);
    String::from_utf8_lossy(&out.into_inner()).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::{Code, Diagnostic};

    #[test]
    fn the_overlay_shows_the_errors_not_the_warnings() {
        let mut diags = Diagnostics::new();
        diags.push(
            Diagnostic::warning(Code::CertificateLapsed)
                .arg("number", "2/QĐ-UBND")
                .arg("date", "10/01/2025"),
        );
        diags.push(Diagnostic::error(Code::TomlSyntax).arg("detail", "invalid TOML here"));
        diags.push(
            Diagnostic::warning(Code::MissingTranslation)
                .arg("lang", "en")
                .arg("default", "vi"),
        );
        let shared = http::Shared::new(Lang::En);
        report(
            &shared,
            Outcome::Failed(diags.clone()),
            Instant::now(),
            Lang::En,
        );
        let shown = shared.errors().expect("the errors are shown");
        assert_eq!(
            shared.overlay_title(),
            "ocop: the last edit has errors — this page shows the last good build"
        );
        assert!(shown.contains("invalid TOML: invalid TOML here"), "{shown}");
        assert!(!shown.contains("lapsed"), "{shown}");
        assert!(!shown.contains("translation"), "{shown}");
        // In Vietnamese, the title and the report alike.
        let shared = http::Shared::new(Lang::Vi);
        report(&shared, Outcome::Failed(diags), Instant::now(), Lang::Vi);
        let shown = shared.errors().expect("the errors are shown");
        assert_eq!(
            shared.overlay_title(),
            "ocop: lần sửa vừa rồi có lỗi — trang này đang hiện bản đúng gần nhất"
        );
        assert!(
            shown.contains("dòng này viết sai cách: invalid TOML here"),
            "{shown}"
        );
        assert!(
            shown.contains("cách sửa: chữ phải đặt trong dấu nháy kép"),
            "{shown}"
        );
    }
}
