//! The HTTP side of `serve` (axum): pages and files from the current
//! snapshot, the live-reload script and its server-sent events, and the
//! error overlay's status.

use std::convert::Infallible;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};

use axum::Router;
use axum::body::Body;
use axum::extract::State;
use axum::http::{Method, StatusCode, Uri, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use tokio::sync::broadcast;
use tokio_stream::Stream;
use tokio_stream::StreamExt;
use tokio_stream::wrappers::BroadcastStream;

use super::live::Snapshot;
use crate::messages::{Lang, Message};

/// The script added to every HTML page `serve` sends (never to `build`
/// output): reloads the page after a rebuild and shows build errors over it.
pub(super) const LIVE_JS: &str = include_str!("live.js");

/// The tag that loads [`LIVE_JS`], inserted before `</body>`.
const LIVE_TAG: &str = "<script src=\"/__ocop/live.js\"></script>";

/// What the browser is told.
#[derive(Debug, Clone)]
pub(super) enum LiveEvent {
    /// A new snapshot is being served: reload.
    Reload,
    /// The last edit broke the build: show this report.
    Errors(String),
}

/// State shared by the request handlers and the rebuild thread.
pub(super) struct Shared {
    snapshot: RwLock<Option<Arc<Snapshot>>>,
    errors: RwLock<Option<String>>,
    version: AtomicU64,
    events: broadcast::Sender<LiveEvent>,
    /// The language of the overlay and the error page.
    lang: Lang,
}

impl Shared {
    /// Nothing served yet; the overlay speaks `lang`.
    pub(super) fn new(lang: Lang) -> Arc<Self> {
        Arc::new(Self {
            snapshot: RwLock::new(None),
            errors: RwLock::new(None),
            version: AtomicU64::new(0),
            events: broadcast::channel(16).0,
            lang,
        })
    }

    /// The heading of the error overlay, in the user's language.
    pub(super) fn overlay_title(&self) -> String {
        Message::new("serve-overlay-title").render(self.lang)
    }

    /// Serves `snapshot` from now on, clears any error and tells browsers
    /// to reload.
    pub(super) fn publish(&self, snapshot: Snapshot) {
        *self.snapshot.write().unwrap_or_else(|e| e.into_inner()) = Some(Arc::new(snapshot));
        *self.errors.write().unwrap_or_else(|e| e.into_inner()) = None;
        self.version.fetch_add(1, Ordering::SeqCst);
        let _ = self.events.send(LiveEvent::Reload);
    }

    /// Keeps the current snapshot and shows `report` in browsers.
    pub(super) fn fail(&self, report: String) {
        *self.errors.write().unwrap_or_else(|e| e.into_inner()) = Some(report.clone());
        let _ = self.events.send(LiveEvent::Errors(report));
    }

    /// The report shown over the pages, while the last edit has errors.
    pub(super) fn errors(&self) -> Option<String> {
        self.errors
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    fn current(&self) -> Option<Arc<Snapshot>> {
        self.snapshot
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }
}

/// The routes of the preview server.
pub(super) fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/__ocop/live.js", get(live_js))
        .route("/__ocop/events", get(events))
        .route("/__ocop/status", get(status))
        .fallback(site)
        .with_state(shared)
}

async fn live_js() -> Response {
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
        LIVE_JS,
    )
        .into_response()
}

async fn status(State(shared): State<Arc<Shared>>) -> Response {
    let body = serde_json::json!({
        "version": shared.version.load(Ordering::SeqCst),
        "errors": shared.errors(),
        "title": shared.overlay_title(),
    });
    (
        [(header::CONTENT_TYPE, "application/json")],
        body.to_string(),
    )
        .into_response()
}

async fn events(
    State(shared): State<Arc<Shared>>,
) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    let stream =
        BroadcastStream::new(shared.events.subscribe()).filter_map(move |event| match event {
            Ok(LiveEvent::Reload) => Some(Ok(Event::default().event("reload").data("reload"))),
            Ok(LiveEvent::Errors(report)) => {
                let data = serde_json::json!({ "title": shared.overlay_title(), "report": report });
                Some(Ok(Event::default().event("errors").data(data.to_string())))
            }
            Err(_) => None,
        });
    Sse::new(stream).keep_alive(KeepAlive::default())
}

async fn site(State(shared): State<Arc<Shared>>, method: Method, uri: Uri) -> Response {
    if method != Method::GET && method != Method::HEAD {
        // A static site only answers reads.
        return (
            StatusCode::METHOD_NOT_ALLOWED,
            [(header::ALLOW, "GET, HEAD")],
            "method not allowed",
        )
            .into_response();
    }
    let Some(path) = safe_path(uri.path()) else {
        return (StatusCode::NOT_FOUND, "not found").into_response();
    };
    let Some(snapshot) = shared.current() else {
        let report = shared.errors().unwrap_or_default();
        let heading = Message::new("serve-no-build-title").render(shared.lang);
        let page = format!(
            "<!doctype html><meta charset=utf-8><title>ocop serve</title><h1>{}</h1><pre>{}</pre>{LIVE_TAG}",
            crate::text::escape_html(&heading),
            crate::text::escape_html(&report)
        );
        return (
            StatusCode::SERVICE_UNAVAILABLE,
            [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
            page,
        )
            .into_response();
    };
    let served = match tokio::task::spawn_blocking(move || snapshot.get(&path)).await {
        Ok(served) => served,
        Err(_) => return (StatusCode::INTERNAL_SERVER_ERROR, "rendering failed").into_response(),
    };
    let mut body = served.body;
    if served.content_type.starts_with("text/html") {
        body = inject_live_script(body);
    }
    let mut response = Response::builder()
        .status(StatusCode::from_u16(served.status).unwrap_or(StatusCode::OK))
        .header(header::CONTENT_TYPE, served.content_type)
        .header(header::CACHE_CONTROL, "no-store");
    if let Some(location) = served.location {
        response = response.header(header::LOCATION, location);
    }
    response
        .body(Body::from(body))
        .unwrap_or_else(|_| StatusCode::INTERNAL_SERVER_ERROR.into_response())
}

/// The decoded request path, or `None` when it tries to climb out of the
/// site (`..`, `%2e%2e`, backslashes, NUL) — such requests get 404.
pub(super) fn safe_path(raw: &str) -> Option<String> {
    let decoded = percent_encoding::percent_decode_str(raw)
        .decode_utf8()
        .ok()?;
    if !decoded.starts_with('/') || decoded.contains(['\\', '\0']) {
        return None;
    }
    if decoded
        .split('/')
        .any(|segment| segment == ".." || segment == ".")
    {
        return None;
    }
    Some(decoded.into_owned())
}

fn inject_live_script(body: Vec<u8>) -> Vec<u8> {
    let mut html = match String::from_utf8(body) {
        Ok(html) => html,
        // Not UTF-8 (an HTML file of a bundle saved in another encoding):
        // served as it is, without live reload, rather than emptied.
        Err(e) => return e.into_bytes(),
    };
    match html.rfind("</body>") {
        Some(i) => html.insert_str(i, LIVE_TAG),
        None => html.push_str(LIVE_TAG),
    }
    html.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_that_climb_out_are_refused() {
        assert_eq!(
            safe_path("/products/xoai/").as_deref(),
            Some("/products/xoai/")
        );
        assert_eq!(
            safe_path("/products/d%C6%B0a/").as_deref(),
            Some("/products/dưa/")
        );
        assert_eq!(safe_path("/../etc/passwd"), None);
        assert_eq!(safe_path("/%2e%2e/%2e%2e/etc/passwd"), None);
        assert_eq!(safe_path("/%2E%2E%2Fetc%2Fpasswd"), None);
        assert_eq!(safe_path("/products/..%5c..%5cetc"), None);
        assert_eq!(safe_path("/a%00b"), None);
        assert_eq!(safe_path("etc/passwd"), None);
    }

    #[test]
    fn the_live_script_goes_before_the_end_of_the_body() {
        let out = String::from_utf8(inject_live_script(
            b"<html><body><p>x</p></body></html>".to_vec(),
        ))
        .unwrap();
        assert_eq!(out, format!("<html><body><p>x</p>{LIVE_TAG}</body></html>"));
    }

    #[test]
    fn html_that_is_not_utf8_is_served_as_it_is() {
        let latin1 = b"<html><body>Nh\xe0 v\xe0 v\xf9ng</body></html>".to_vec();
        assert_eq!(inject_live_script(latin1.clone()), latin1);
    }
}
