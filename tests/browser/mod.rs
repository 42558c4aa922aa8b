//! A small Chrome DevTools Protocol client for browser tests: starts
//! Debian's Chromium headless with a fresh profile and talks to it over the
//! DevTools websocket (tungstenite), with flat sessions.
#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::net::TcpStream;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use tungstenite::stream::MaybeTlsStream;
use tungstenite::{Message, WebSocket};

/// Where Debian puts Chromium; `CHROMIUM` overrides.
pub fn chromium_path() -> PathBuf {
    std::env::var_os("CHROMIUM")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/chromium"))
}

/// A running headless Chromium with one page attached.
pub struct Browser {
    child: Child,
    ws: WebSocket<MaybeTlsStream<TcpStream>>,
    next_id: u64,
    session: String,
    /// Every event received so far (method, params), in order.
    pub events: Vec<(String, Value)>,
    _profile: tempfile::TempDir,
}

impl Browser {
    /// Starts Chromium with no network access at all (every host name
    /// resolves to nothing) and attaches to its first page.
    pub fn launch(width: u32, height: u32) -> Self {
        let profile = tempfile::tempdir().unwrap();
        let mut child = Command::new(chromium_path())
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-default-apps",
                "--disable-sync",
                "--no-first-run",
                "--no-default-browser-check",
                "--hide-scrollbars",
                "--mute-audio",
                "--host-resolver-rules=MAP * ~NOTFOUND",
                "--remote-debugging-port=0",
                &format!("--window-size={width},{height}"),
                &format!("--user-data-dir={}", profile.path().display()),
                "about:blank",
            ])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("chromium starts (apt-get install chromium)");
        let stderr = child.stderr.take().unwrap();
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                if let Some(at) = line.find("ws://") {
                    let _ = tx.send(line[at..].trim().to_owned());
                }
            }
        });
        let url = rx
            .recv_timeout(Duration::from_secs(30))
            .expect("chromium prints its DevTools address");
        let (ws, _) = tungstenite::connect(url.as_str()).expect("DevTools websocket");
        let mut browser = Self {
            child,
            ws,
            next_id: 0,
            session: String::new(),
            events: Vec::new(),
            _profile: profile,
        };
        browser.set_timeout(Duration::from_millis(100));
        let targets = browser.browser_call("Target.getTargets", json!({}));
        let page = targets["targetInfos"]
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["type"] == "page")
            .expect("a page")["targetId"]
            .clone();
        let attached = browser.browser_call(
            "Target.attachToTarget",
            json!({ "targetId": page, "flatten": true }),
        );
        browser.session = attached["sessionId"].as_str().unwrap().to_owned();
        for domain in [
            "Page.enable",
            "Runtime.enable",
            "Log.enable",
            "Network.enable",
        ] {
            browser.call(domain, json!({}));
        }
        browser.viewport(width, height);
        browser
    }

    fn set_timeout(&mut self, t: Duration) {
        if let MaybeTlsStream::Plain(s) = self.ws.get_mut() {
            s.set_read_timeout(Some(t)).unwrap();
        }
    }

    /// Sets the page's viewport (CSS pixels, scale 1).
    pub fn viewport(&mut self, width: u32, height: u32) {
        self.call(
            "Emulation.setDeviceMetricsOverride",
            json!({ "width": width, "height": height, "deviceScaleFactor": 1, "mobile": false }),
        );
    }

    fn send(&mut self, session: Option<&str>, method: &str, params: Value) -> u64 {
        self.next_id += 1;
        let mut msg = json!({ "id": self.next_id, "method": method, "params": params });
        if let Some(s) = session {
            msg["sessionId"] = json!(s);
        }
        self.ws.send(Message::text(msg.to_string())).unwrap();
        self.next_id
    }

    /// Reads one message (`None` on timeout); events are recorded.
    fn read(&mut self) -> Option<Value> {
        match self.ws.read() {
            Ok(Message::Text(text)) => {
                let v: Value = serde_json::from_str(text.as_str()).unwrap();
                if let Some(method) = v["method"].as_str() {
                    self.events.push((method.to_owned(), v["params"].clone()));
                }
                Some(v)
            }
            Ok(_) => Some(Value::Null),
            Err(tungstenite::Error::Io(e))
                if matches!(
                    e.kind(),
                    std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                ) =>
            {
                None
            }
            Err(e) => panic!("DevTools connection: {e}"),
        }
    }

    fn wait_reply(&mut self, id: u64, method: &str) -> Value {
        let deadline = Instant::now() + Duration::from_secs(60);
        while Instant::now() < deadline {
            if let Some(v) = self.read()
                && v["id"] == id
            {
                if let Some(err) = v.get("error") {
                    panic!("{method}: {err}");
                }
                return v["result"].clone();
            }
        }
        panic!("{method}: no answer within 60 s");
    }

    fn browser_call(&mut self, method: &str, params: Value) -> Value {
        let id = self.send(None, method, params);
        self.wait_reply(id, method)
    }

    /// Calls a method on the page.
    pub fn call(&mut self, method: &str, params: Value) -> Value {
        let session = self.session.clone();
        let id = self.send(Some(&session), method, params);
        self.wait_reply(id, method)
    }

    /// Reads events for `d`.
    pub fn pump(&mut self, d: Duration) {
        let until = Instant::now() + d;
        while Instant::now() < until {
            self.read();
        }
    }

    /// Waits until the event `name` arrives (after any already recorded
    /// at index `from`).
    pub fn wait_event(&mut self, name: &str, from: usize) {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if self.events[from..].iter().any(|(m, _)| m == name) {
                return;
            }
            assert!(Instant::now() < deadline, "no {name} within 30 s");
            self.read();
        }
    }

    /// Opens `url` and waits for its load event.
    pub fn navigate(&mut self, url: &str) {
        let from = self.events.len();
        self.call("Page.navigate", json!({ "url": url }));
        self.wait_event("Page.loadEventFired", from);
    }

    /// Evaluates `expr` (awaiting a promise) and returns its value.
    pub fn eval(&mut self, expr: &str) -> Value {
        let r = self.call(
            "Runtime.evaluate",
            json!({ "expression": expr, "returnByValue": true, "awaitPromise": true }),
        );
        if let Some(ex) = r.get("exceptionDetails") {
            panic!("{expr}: {ex}");
        }
        r["result"]["value"].clone()
    }

    /// A PNG screenshot of the viewport.
    pub fn screenshot(&mut self) -> Vec<u8> {
        use base64::Engine as _;
        let r = self.call("Page.captureScreenshot", json!({ "format": "png" }));
        base64::engine::general_purpose::STANDARD
            .decode(r["data"].as_str().unwrap())
            .unwrap()
    }

    /// Console errors, uncaught exceptions and error log entries so far.
    pub fn errors(&self) -> Vec<String> {
        self.events
            .iter()
            .filter_map(|(m, p)| match m.as_str() {
                "Runtime.exceptionThrown" => {
                    let d = &p["exceptionDetails"];
                    Some(format!(
                        "exception: {} at {}:{}",
                        d["exception"]["description"].as_str().unwrap_or_default(),
                        d["url"].as_str().unwrap_or_default(),
                        d["lineNumber"]
                    ))
                }
                "Runtime.consoleAPICalled"
                    if matches!(p["type"].as_str(), Some("error" | "assert")) =>
                {
                    Some(format!("console.{}: {}", p["type"], p["args"]))
                }
                "Log.entryAdded" if p["entry"]["level"] == "error" => {
                    Some(format!("log: {}", p["entry"]))
                }
                _ => None,
            })
            .collect()
    }

    /// Requests that failed, and requests that left the machine (anything
    /// but file: and data: URLs).
    pub fn failed_requests(&self) -> Vec<String> {
        let mut out = Vec::new();
        for (m, p) in &self.events {
            match m.as_str() {
                "Network.loadingFailed" => out.push(format!("failed: {p}")),
                "Network.requestWillBeSent" => {
                    let url = p["request"]["url"].as_str().unwrap_or_default();
                    if !(url.starts_with("file:") || url.starts_with("data:")) {
                        out.push(format!("outbound: {url}"));
                    }
                }
                _ => {}
            }
        }
        out
    }

    /// Messages the page logged with console.log.
    pub fn console_log(&self) -> Vec<String> {
        self.events
            .iter()
            .filter(|(m, p)| m == "Runtime.consoleAPICalled" && p["type"] == "log")
            .map(|(_, p)| {
                p["args"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|a| {
                        a["value"]
                            .as_str()
                            .map_or_else(|| a["value"].to_string(), str::to_owned)
                    })
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The kiosk's page helpers (tests/kiosk_browser.rs, benches/kiosk_open.rs)
/// for waiting on events for waiting on events: `__drawn()` resolves when the
/// kiosk has next drawn a screen (its `ocop-drawn` event, sent once the
/// screen's data is loaded, issue #19); `__go(hash)` shows a screen and
/// resolves once it is drawn; `__nav(el)` clicks something that changes the
/// screen and resolves once it is drawn; `__until(f, what)` polls `f` every
/// 10 ms. Every wait fails after 30 s, only when the event never comes.
pub const KIOSK_HELPERS: &str = "
  window.__deadline = (what) => new Promise((_, no) => setTimeout(() => no(new Error('no ' + what + ' within 30 s')), 30000));
  window.__drawn = () => Promise.race([new Promise(r => addEventListener('ocop-drawn', () => r(), { once: true })), __deadline('screen drawn')]);
  window.__go = (hash) => {
    const p = __drawn();
    if (location.hash === hash) dispatchEvent(new HashChangeEvent('hashchange')); else location.hash = hash;
    return p;
  };
  window.__nav = (el) => { const p = __drawn(); el.click(); return p; };
  window.__until = async (f, what) => {
    const t0 = performance.now();
    while (!f()) {
      if (performance.now() - t0 > 30000) throw new Error('no ' + what + ' within 30 s');
      await new Promise(r => setTimeout(r, 10));
    }
  };
";

/// The output a browser benchmark measures: `OCOP_BENCH_OUTPUT` when set
/// (a built catalogue), else the shipped catalogue built into `scratch`.
pub fn bench_output(scratch: &std::path::Path) -> PathBuf {
    match std::env::var_os("OCOP_BENCH_OUTPUT") {
        Some(dir) => PathBuf::from(dir),
        None => {
            let mut options = ocop::Options::new(env!("CARGO_MANIFEST_DIR"));
            options.output = Some(scratch.join("output"));
            ocop::build(&options).expect("the shipped catalogue builds");
            scratch.join("output")
        }
    }
}
