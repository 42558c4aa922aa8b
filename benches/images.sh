#!/usr/bin/env bash
# Photo benchmark for issue #5 (not a timed test): generates a project of N
# phone-sized JPEGs (default 200 × 12 megapixels, deterministic), then
# measures with /usr/bin/time -v a cold build (empty cache), a warm rebuild
# (nothing changed) and a rebuild after touching every photo (same bytes,
# new mtime: re-hashed, not decoded), and compares resize filters.
#
#   bash benches/images.sh [photos=200] [megapixels=12]
#
# Needs GNU time (/usr/bin/time, Debian package `time`). BENCH_DIR=… keeps
# the project somewhere of your choice (default: a new folder in /tmp).
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-200}
megapixels=${2:-12}
dir=${BENCH_DIR:-$(mktemp -d /tmp/ocop-bench.XXXXXX)}

cargo build --release --quiet --bin ocop --example bench_photos --example resize_compare
if [ ! -d "$dir/content/products" ]; then
    ./target/release/examples/bench_photos "$dir" "$count" "$megapixels"
fi
echo "project: $dir ($(du -sh "$dir/content" | cut -f1) of content), $(nproc) cores"

run() {
    local name=$1
    /usr/bin/time -v ./target/release/ocop build --root "$dir" --today 2026-11-29 \
        >"$dir/$name.out" 2>"$dir/$name.err"
    local wall rss
    wall=$(grep -F 'Elapsed (wall clock)' "$dir/$name.err" | awk '{print $NF}')
    rss=$(grep -F 'Maximum resident set size' "$dir/$name.err" | awk '{print $NF}')
    printf '%-6s wall %8s  peak RSS %6d MB  %s\n' "$name" "$wall" $((rss / 1024)) \
        "$(grep '^photos:' "$dir/$name.out" || true)"
}

rm -rf "$dir/.ocop-cache" "$dir/output"
run cold
run warm
find "$dir/content" -name '*.jpg' -exec touch {} +
run touch
echo "cache: $(du -sh "$dir/.ocop-cache" | cut -f1); output: $(du -sh "$dir/output" | cut -f1)"
echo
./target/release/examples/resize_compare
