//! `ocop serve` end to end: a real server on an ephemeral port, real files
//! edited the way editors save them, answers checked over HTTP.

mod common;

use std::io::{BufRead, BufReader, Read};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex, mpsc};
use std::time::{Duration, Instant};

use common::*;

/// A running `ocop serve`; killed when dropped.
struct Server {
    child: Child,
    base: String,
    agent: ureq::Agent,
    /// Lines the server wrote on standard error so far.
    stderr: Arc<Mutex<Vec<String>>>,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Server {
    fn start(project: &Project) -> Self {
        Self::start_with(project, &[])
    }

    /// `ocop serve --root <project>` with more arguments.
    fn start_with(project: &Project, args: &[&str]) -> Self {
        let mut command = Self::command();
        command.arg("--root").arg(project.root()).args(args);
        Self::spawn(command)
    }

    /// `ocop serve` run from inside the project, with the default root (`.`).
    fn start_inside(project: &Project) -> Self {
        let mut command = Self::command();
        command.current_dir(project.root());
        Self::spawn(command)
    }

    fn command() -> Command {
        let mut command = ocop_command();
        command.args(["serve", "--port", "0", "--today", "2026-11-29"]);
        command
    }

    fn spawn(mut command: Command) -> Self {
        let mut child = command
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stderr = Arc::new(Mutex::new(Vec::new()));
        let lines = BufReader::new(child.stderr.take().unwrap()).lines();
        let sink = stderr.clone();
        std::thread::spawn(move || {
            for line in lines.map_while(Result::ok) {
                sink.lock().unwrap().push(line);
            }
        });
        let mut line = String::new();
        BufReader::new(child.stdout.take().unwrap())
            .read_line(&mut line)
            .unwrap();
        let base = line
            .split_whitespace()
            .find(|w| w.starts_with("http://"))
            .unwrap_or_else(|| panic!("no address in {line:?}"))
            .trim_end_matches('/')
            .to_owned();
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .build()
            .into();
        Self {
            child,
            base,
            agent,
            stderr,
        }
    }

    /// Waits until the server has written `text` on standard error.
    fn wait_for_stderr(&self, text: &str) {
        let deadline = Instant::now() + Duration::from_secs(30);
        while !self.stderr.lock().unwrap().iter().any(|l| l.contains(text)) {
            assert!(
                Instant::now() < deadline,
                "no {text:?} on stderr: {:?}",
                self.stderr.lock().unwrap()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// The port the server listens on.
    fn port(&self) -> u16 {
        self.base.rsplit(':').next().unwrap().parse().unwrap()
    }

    /// How many inotify instances the server process holds (Linux): one
    /// when it watches with the operating system's notifications, none
    /// when it polls.
    fn inotify_instances(&self) -> usize {
        std::fs::read_dir(format!("/proc/{}/fd", self.child.id()))
            .unwrap()
            .filter_map(|fd| std::fs::read_link(fd.ok()?.path()).ok())
            .filter(|target| target.to_string_lossy() == "anon_inode:inotify")
            .count()
    }

    fn get(&self, path: &str) -> (u16, String) {
        self.fetch(&format!("{}{path}", self.base))
    }

    /// GET `path` from `host` at the server's port.
    fn get_at(&self, host: &str, path: &str) -> (u16, String) {
        self.fetch(&format!("http://{host}:{}{path}", self.port()))
    }

    fn fetch(&self, url: &str) -> (u16, String) {
        let mut response = self.agent.get(url).call().unwrap();
        let status = response.status().as_u16();
        (
            status,
            response.body_mut().read_to_string().unwrap_or_default(),
        )
    }

    /// Sends `request_line` as it is (no client normalises it) and returns
    /// the whole answer.
    fn raw(&self, request_line: &str) -> String {
        use std::io::Write;
        let mut stream =
            std::net::TcpStream::connect(self.base.trim_start_matches("http://")).unwrap();
        write!(
            stream,
            "{request_line}\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut answer = String::new();
        stream.read_to_string(&mut answer).unwrap();
        answer
    }

    fn status(&self) -> serde_json::Value {
        serde_json::from_str(&self.get("/__ocop/status").1).unwrap()
    }

    /// Waits until the server has published a version after `version`;
    /// returns the new status.
    fn wait_after(&self, version: u64) -> serde_json::Value {
        self.wait_until(|s| s["version"].as_u64().unwrap() > version)
    }

    /// Waits until the server reports errors.
    fn wait_for_errors(&self) -> serde_json::Value {
        self.wait_until(|s| !s["errors"].is_null())
    }

    /// Polls the status until `done`; the deadline is generous, it only
    /// matters when the rebuild never comes.
    fn wait_until(&self, done: impl Fn(&serde_json::Value) -> bool) -> serde_json::Value {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let status = self.status();
            if done(&status) {
                return status;
            }
            assert!(Instant::now() < deadline, "no rebuild after the edit");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn version(&self) -> u64 {
        self.status()["version"].as_u64().unwrap()
    }
}

fn project() -> Project {
    Project::new(&[
        ("communes/nhon-son/index.md", COMMUNE),
        ("producers/de-cuu/index.md", PRODUCER),
        ("products/thit-de-xong-khoi/index.md", PRODUCT),
    ])
}

const PAGE: &str = "/products/thit-de-xong-khoi/";

#[test]
fn serve_follows_every_edit() {
    let project = project();
    let server = Server::start(&project);
    let (code, html) = server.get(PAGE);
    assert_eq!(code, 200);
    assert!(html.contains("250.000"), "the first price is shown");
    assert!(
        html.contains("/__ocop/live.js"),
        "pages carry the live-reload script"
    );

    // The operating system's notifications are used (see the --poll test).
    assert_eq!(server.inotify_instances(), 1);

    // The live-reload channel announces rebuilds.
    let (tx, rx) = mpsc::channel();
    let (connected, is_connected) = mpsc::channel();
    let events_url = format!("{}/__ocop/events", server.base);
    let agent = server.agent.clone();
    std::thread::spawn(move || {
        let response = agent.get(&events_url).call().unwrap();
        // The server subscribed this client before answering.
        connected.send(()).unwrap();
        let mut reader = BufReader::new(response.into_body().into_reader());
        let mut line = String::new();
        while reader.read_line(&mut line).unwrap_or(0) > 0 {
            if line.starts_with("event:") {
                let _ = tx.send(line.trim().to_owned());
            }
            line.clear();
        }
    });
    is_connected
        .recv_timeout(Duration::from_secs(60))
        .expect("the live-reload channel answers");

    // 1. An edit in place.
    let v = server.version();
    project.write(
        "products/thit-de-xong-khoi/index.md",
        &PRODUCT.replace("250000", "270000"),
    );
    server.wait_after(v);
    assert!(server.get(PAGE).1.contains("270.000"));
    assert_eq!(
        rx.recv_timeout(Duration::from_secs(60)).unwrap(),
        "event: reload"
    );

    // 2. A save by rename over the file (vim, VS Code, JetBrains).
    let v = server.version();
    let dir = project.root().join("content/products/thit-de-xong-khoi");
    std::fs::write(
        dir.join(".index.md.tmp"),
        PRODUCT.replace("250000", "290000"),
    )
    .unwrap();
    std::fs::rename(dir.join(".index.md.tmp"), dir.join("index.md")).unwrap();
    server.wait_after(v);
    assert!(server.get(PAGE).1.contains("290.000"));

    // 3. A new bundle.
    let v = server.version();
    project.write(
        "products/thit-cuu-xong-khoi/index.md",
        &PRODUCT.replace("Thịt dê", "Thịt cừu"),
    );
    server.wait_after(v);
    let (code, html) = server.get("/products/thit-cuu-xong-khoi/");
    assert_eq!(code, 200);
    assert!(html.contains("Thịt cừu xông khói"));

    // 4. A broken record: the last good page stays, the errors are shown.
    project.write(
        "products/thit-de-xong-khoi/index.md",
        &PRODUCT.replace("price = 250000", "prcie = 1"),
    );
    let status = server.wait_for_errors();
    let errors = status["errors"].as_str().expect("errors are reported");
    assert!(errors.contains("unknown field `prcie`"), "{errors}");
    assert!(
        errors.contains("content/products/thit-de-xong-khoi/index.md:6:1"),
        "{errors}"
    );
    assert!(
        server.get(PAGE).1.contains("290.000"),
        "the last good build is still served"
    );
    let live_js = server.get("/__ocop/live.js").1;
    assert!(live_js.contains("EventSource") && live_js.contains("errors"));

    // 5. Fixed again: the errors clear.
    let v = server.version();
    project.write(
        "products/thit-de-xong-khoi/index.md",
        &PRODUCT.replace("250000", "310000"),
    );
    let status = server.wait_after(v);
    assert!(status["errors"].is_null(), "{status}");
    assert!(server.get(PAGE).1.contains("310.000"));

    // 6. A deleted product is gone.
    let v = server.version();
    std::fs::remove_dir_all(project.root().join("content/products/thit-cuu-xong-khoi")).unwrap();
    server.wait_after(v);
    assert_eq!(server.get("/products/thit-cuu-xong-khoi/").0, 404);
}

/// `--poll` scans the files instead of using the operating system's
/// notifications: the process holds no inotify instance, says so, and still
/// follows an edit.
#[test]
fn serve_poll_follows_edits_without_notifications() {
    let project = project();
    let server = Server::start_with(&project, &["--poll"]);
    server.wait_for_stderr("watching content/ and themes/ by polling every 500 ms");
    assert_eq!(server.inotify_instances(), 0);
    assert!(server.get(PAGE).1.contains("250.000"));
    let v = server.version();
    project.write(
        "products/thit-de-xong-khoi/index.md",
        &PRODUCT.replace("250000", "270000"),
    );
    // notify's poll watcher compares modification times in whole seconds,
    // and this edit may fall in the second the file was made: date it in
    // a later second, as a save a little later would be.
    std::fs::File::options()
        .write(true)
        .open(
            project
                .root()
                .join("content/products/thit-de-xong-khoi/index.md"),
        )
        .unwrap()
        .set_modified(std::time::SystemTime::now() + Duration::from_secs(2))
        .unwrap();
    server.wait_after(v);
    assert!(server.get(PAGE).1.contains("270.000"));
}

/// `--bind` chooses the address: a loopback address alone serves only
/// there, silently; 0.0.0.0 serves on every address and warns.
#[test]
fn serve_bind_chooses_the_address() {
    let project = project();
    let server = Server::start_with(&project, &["--bind", "127.0.0.2"]);
    assert!(
        server.base.starts_with("http://127.0.0.2:"),
        "{}",
        server.base
    );
    assert_eq!(server.get(PAGE).0, 200);
    assert!(
        std::net::TcpStream::connect(("127.0.0.1", server.port())).is_err(),
        "127.0.0.2 only, not 127.0.0.1"
    );
    // The first build is reported after the address warning would be.
    server.wait_for_stderr("rebuilt in");
    assert!(
        !server
            .stderr
            .lock()
            .unwrap()
            .iter()
            .any(|l| l.contains("reachable from other machines")),
        "no warning for a loopback address"
    );

    let open = Server::start_with(&project, &["--bind", "0.0.0.0"]);
    open.wait_for_stderr(
        "warning: serving on 0.0.0.0 makes the preview reachable from other machines on the network",
    );
    assert!(open.base.starts_with("http://127.0.0.1:"), "{}", open.base);
    // Another address of this machine answers too.
    let (code, html) = open.get_at("127.0.0.3", PAGE);
    assert_eq!(code, 200);
    assert!(html.contains("250.000"));
}

/// With the default root (`ocop serve` run inside the project, `--root .`)
/// every kind of edit is followed too: the watcher names files by absolute
/// path, and these used to match no record folder, so no edit ever showed.
#[test]
fn serve_follows_edits_with_the_default_root() {
    let project = project();
    let server = Server::start_inside(&project);
    assert!(server.get(PAGE).1.contains("250.000"));

    let v = server.version();
    project.write(
        "products/thit-de-xong-khoi/index.md",
        &PRODUCT.replace("250000", "270000"),
    );
    server.wait_after(v);
    assert!(
        server.get(PAGE).1.contains("270.000"),
        "an edit in place shows"
    );

    let v = server.version();
    project.write(
        "products/thit-cuu-xong-khoi/index.md",
        &PRODUCT.replace("Thịt dê", "Thịt cừu"),
    );
    server.wait_after(v);
    assert_eq!(server.get("/products/thit-cuu-xong-khoi/").0, 200);

    let v = server.version();
    std::fs::remove_dir_all(project.root().join("content/products/thit-cuu-xong-khoi")).unwrap();
    server.wait_after(v);
    assert_eq!(server.get("/products/thit-cuu-xong-khoi/").0, 404);
}

#[test]
fn only_the_site_is_reachable() {
    let project = project();
    std::fs::write(project.root().join("secret.txt"), "secret").unwrap();
    std::os::unix::fs::symlink(
        "/etc/passwd",
        project.root().join("themes/default/static/passwd"),
    )
    .unwrap();
    let server = Server::start(&project);
    for path in [
        "/../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "/..%5csecret.txt",
        "//etc/passwd",
        "/content/site.toml",
        "/passwd",
        "/products/thit-de-xong-khoi/index.md",
    ] {
        let (code, body) = server.get(path);
        assert!(code == 404 || code == 400, "{path}: {code}");
        assert!(
            !body.contains("secret") && !body.contains("root:"),
            "{path} leaked"
        );
    }
    let answer = server.raw("GET /../../../../etc/passwd HTTP/1.1");
    assert!(!answer.contains("root:"), "raw traversal leaked");

    // Redirects to the folder's page stay on this server: `//products`
    // must not answer `Location: //products/` (the host "products").
    for target in ["//products", "http://evil.example//products", "/products"] {
        let answer = server.raw(&format!("GET {target} HTTP/1.1"));
        assert!(answer.starts_with("HTTP/1.1 301"), "{target}: {answer}");
        assert!(
            answer
                .lines()
                .any(|l| l.eq_ignore_ascii_case("location: /products/")),
            "{target}: {answer}"
        );
    }
    // Only reads are answered.
    for method in ["POST", "PUT", "DELETE"] {
        let answer = server.raw(&format!("{method} /products/ HTTP/1.1"));
        assert!(answer.starts_with("HTTP/1.1 405"), "{method}: {answer}");
    }
    assert!(
        server
            .raw("HEAD /products/ HTTP/1.1")
            .starts_with("HTTP/1.1 200")
    );
}

/// Every page `build` writes is what `serve` renders on request at the same
/// path (routing covers every page kind, list pages and translations).
#[test]
fn serve_renders_exactly_the_built_pages() {
    let files = render_shipped();
    let mut live = ocop::serve::LiveSite::new(
        &repo(),
        "https://ocop-ninhson.example.com".into(),
        Some(today()),
    );
    let ocop::serve::Outcome::Ready(snapshot, _) = live.rebuild(None, true) else {
        panic!("the shipped catalogue serves");
    };
    let mut pages = 0;
    for (path, bytes) in &files {
        if !path.ends_with(".html") || path.starts_with("kiosk/") {
            continue;
        }
        let url = format!("/{}", path.strip_suffix("index.html").unwrap_or(path));
        let served = snapshot.get(&url);
        assert_eq!(served.status, 200, "{url}");
        assert!(served.body == *bytes, "{url} differs from the built page");
        pages += 1;
    }
    assert!(pages > 100, "{pages}");
    for (path, bytes) in files
        .iter()
        .filter(|(p, _)| p.starts_with("feeds/") || p.ends_with(".css"))
    {
        assert!(snapshot.get(&format!("/{path}")).body == *bytes, "{path}");
    }
    // A second rebuild with nothing changed reuses every record.
    assert!(matches!(
        live.rebuild(None, false),
        ocop::serve::Outcome::Ready(..)
    ));
}
