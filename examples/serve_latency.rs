//! Benchmark for `ocop serve` (issue #6): time from saving a file to the
//! browser's reload event, over 20 edits of a product's price.
//!
//! ```sh
//! cargo build --release
//! cargo run --release --example gen_catalog -- --products 2000 --out /tmp/cat2k
//! cargo run --release --example serve_latency -- /tmp/cat2k
//! ```
//!
//! Starts `target/release/ocop serve` on a free port, listens to its
//! server-sent events like the live-reload script does, rewrites
//! `content/products/san-pham-1/index.md` 20 times and prints each latency
//! and the median, in milliseconds.

use std::io::{BufRead, BufReader};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

fn main() {
    let root = PathBuf::from(
        std::env::args()
            .nth(1)
            .expect("usage: serve_latency <generated catalogue>"),
    );
    let bin = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/release/ocop");
    let mut child = Command::new(&bin)
        .args(["serve", "--port", "0", "--root"])
        .arg(&root)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("target/release/ocop (run cargo build --release first)");
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let base = line
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .unwrap()
        .trim_end_matches('/')
        .to_owned();

    let (tx, rx) = mpsc::channel();
    let events = format!("{base}/__ocop/events");
    std::thread::spawn(move || {
        let response = ureq::get(&events).call().unwrap();
        let mut reader = BufReader::new(response.into_body().into_reader());
        let mut line = String::new();
        while reader.read_line(&mut line).unwrap_or(0) > 0 {
            if line.starts_with("event: reload") {
                let _ = tx.send(Instant::now());
            }
            line.clear();
        }
    });
    std::thread::sleep(Duration::from_millis(500));

    let file = root.join("content/products/san-pham-1/index.md");
    let original = std::fs::read_to_string(&file).unwrap();
    let mut latencies = Vec::new();
    for i in 0..20 {
        let edited = original.replacen("price = ", &format!("price = {}", i + 1), 1);
        let saved = Instant::now();
        std::fs::write(&file, edited).unwrap();
        let reloaded = rx
            .recv_timeout(Duration::from_secs(30))
            .expect("a reload event");
        let ms = reloaded.duration_since(saved).as_secs_f64() * 1000.0;
        println!("edit {:2}: {ms:.0} ms", i + 1);
        latencies.push(ms);
        std::thread::sleep(Duration::from_millis(300));
    }
    std::fs::write(&file, original).unwrap();
    let _ = child.kill();
    let _ = child.wait();
    latencies.sort_by(f64::total_cmp);
    let median = (latencies[9] + latencies[10]) / 2.0;
    println!(
        "median of 20 edits: {median:.0} ms (min {:.0}, max {:.0})",
        latencies[0], latencies[19]
    );
}
