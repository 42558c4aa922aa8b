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
}

/// Why `serve` could not run.
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

/// Serves the project until Ctrl-C. Prints the address (with the port
/// actually used) on standard output first: `Serving on http://…/`.
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
    if !options.bind.is_loopback() {
        eprintln!(
            "warning: serving on {} makes the preview reachable from other machines on the network",
            options.bind
        );
    }
    let host = if options.bind.is_unspecified() {
        IpAddr::from([127, 0, 0, 1])
    } else {
        options.bind
    };
    let base_url = format!("http://{}", SocketAddr::new(host, local.port()));
    let shared = http::Shared::new();
    let mut live = LiveSite::new(&options.root, base_url.clone(), options.today);
    let started = Instant::now();
    report(&shared, live.rebuild(None, true), started);

    let (tx, rx) = mpsc::channel();
    let watching = watch::watch(&options.root, options.poll, tx, |w| {
        eprintln!("warning: {w}")
    })?;
    if watching.polling {
        eprintln!(
            "watching content/ and themes/ by polling every {} ms",
            watch::POLL_MS
        );
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
            report(&rebuild_shared, outcome, change.since);
        }
    });

    println!("Serving on {base_url}/ (Ctrl-C to stop)");
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

/// Publishes a rebuild's outcome: prints its diagnostics and the time since
/// the edit, and tells the browsers.
fn report(shared: &http::Shared, outcome: Outcome, since: Instant) {
    match outcome {
        Outcome::Ready(snapshot, warnings) => {
            print_diagnostics(&warnings);
            shared.publish(*snapshot);
            eprintln!(
                "rebuilt in {} ms ({} warning(s))",
                since.elapsed().as_millis(),
                warnings.warning_count()
            );
        }
        Outcome::Failed(diags) => {
            // The errors alone: the warnings were shown with the last good
            // build, and would bury the error that stops this one.
            let errors = diags.errors_only();
            print_diagnostics(&errors);
            eprintln!(
                "{} error(s): still serving the last good build; fix the file and save",
                errors.error_count()
            );
            shared.fail(plain_report(&errors));
        }
    }
}

fn print_diagnostics(diags: &Diagnostics) {
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
    let _ = diags.emit_human_limited(&mut err, 5);
}

/// The diagnostics as plain text, for the browser overlay.
fn plain_report(diags: &Diagnostics) -> String {
    let mut out = NoColor::new(Vec::new());
    let _ = diags.emit_human_limited(&mut out, 20);
    String::from_utf8_lossy(&out.into_inner()).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostics::{Code, Diagnostic};

    #[test]
    fn the_overlay_shows_the_errors_not_the_warnings() {
        let mut diags = Diagnostics::new();
        diags.push(Diagnostic::warning(
            Code::CertificateLapsed,
            "the certificate lapsed",
        ));
        diags.push(Diagnostic::error(Code::TomlSyntax, "invalid TOML here"));
        diags.push(Diagnostic::warning(
            Code::MissingTranslation,
            "not translated",
        ));
        let shared = http::Shared::new();
        report(&shared, Outcome::Failed(diags), Instant::now());
        let report = shared.errors().expect("the errors are shown");
        assert!(report.contains("invalid TOML here"), "{report}");
        assert!(!report.contains("lapsed"), "{report}");
        assert!(!report.contains("not translated"), "{report}");
    }
}
