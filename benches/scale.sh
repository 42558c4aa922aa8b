#!/usr/bin/env bash
# Whole-process build benchmark at national scale (issue #8).
#
#   bash benches/scale.sh                  # N = 1000 5000 20000 50000, 3 runs each
#   SIZES="20000" RUNS=5 bash benches/scale.sh
#
# For each N: generates the synthetic catalogue and the equivalent Hugo site
# (examples/gen_catalog/, seed 1, no photos; reused when present), then
# times RUNS cold builds of each into an empty folder with /usr/bin/time -v
# (wall time, peak RSS) and `ocop build --timings` (time per stage), and
# reports the medians. Hugo (Debian's package: apt-get install hugo) runs in
# the same loop, alternating with ocop, so both see the same machine load.
# Then a second ocop build with nothing changed must write no file: its
# summary says "0 changed" and no file in the output is newer than before.
#
# The machine is shared: the script prints the load average before each
# size; take numbers when it is low. Output folders are deleted at the end
# (slow on this file system); WORK keeps the generated sites for next time.
set -euo pipefail

SIZES=${SIZES:-"1000 5000 20000 50000"}
RUNS=${RUNS:-3}
WORK=${WORK:-/tmp/ocop-scale}
TODAY=2026-01-15
repo=$(cd "$(dirname "$0")/.." && pwd)
target=${CARGO_TARGET_DIR:-$repo/target}

(cd "$repo" && cargo build --release --quiet --bin ocop --example gen_catalog)
ocop=$target/release/ocop
gen=$target/release/examples/gen_catalog
hugo=$(command -v hugo || true)
[ -n "$hugo" ] || echo "hugo not found (apt-get install hugo): Hugo columns left empty" >&2
mkdir -p "$WORK"
log=$WORK/log
: >"$log"

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

# Runs a command under /usr/bin/time -v; prints "wall_s rss_mb".
timed() {
  local out=$WORK/time.out
  /usr/bin/time -v "$@" >"$WORK/cmd.out" 2>"$out" || { cat "$WORK/cmd.out" "$out" >&2; exit 1; }
  cat "$WORK/cmd.out" >>"$log"
  awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; wall = s }
    /Maximum resident set size/ { rss = $2 / 1024 }
    END { printf "%.2f %.0f\n", wall, rss }' "$out"
}

rows=()
stage_rows=()
for n in $SIZES; do
  site=$WORK/ocop-$n
  hsite=$WORK/hugo-$n
  if [ ! -f "$site/.generated" ] || [ ! -f "$hsite/.generated" ]; then
    "$gen" --products "$n" --out "$site" --hugo "$hsite" --seed 1 >/dev/null
    touch "$site/.generated" "$hsite/.generated"
  fi
  echo "N=$n: load average $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$log"
  walls=() rsss=() hwalls=() hrsss=() stages=()
  for run in $(seq "$RUNS"); do
    out=$WORK/out-$n-$run
    read -r wall rss < <(timed "$ocop" build --root "$site" --output "$out" --today "$TODAY" --timings)
    walls+=("$wall") rsss+=("$rss")
    stages+=("$(grep '^timings' "$WORK/cmd.out")")
    if [ -n "$hugo" ]; then
      read -r hwall hrss < <(timed "$hugo" --quiet --source "$hsite" --destination "$WORK/hout-$n-$run")
      hwalls+=("$hwall") hrsss+=("$hrss")
    fi
    echo "  run $run: ocop ${wall} s ${rss} MB; hugo ${hwall:-–} s ${hrss:-–} MB" | tee -a "$log"
  done
  # A second build with nothing changed writes no file.
  stamp=$WORK/stamp
  touch "$stamp"
  sleep 1
  read -r rwall rrss < <(timed "$ocop" build --root "$site" --output "$WORK/out-$n-1" --today "$TODAY" --timings)
  newer=$(find "$WORK/out-$n-1" -newer "$stamp" | wc -l)
  summary=$(grep '^output:' "$WORK/cmd.out")
  echo "  rebuild, nothing changed: ${rwall} s ${rrss} MB; $summary; $newer path(s) newer" | tee -a "$log"
  case "$summary" in *" 0 changed, 0 removed"*) ;; *) echo "FAIL: the rebuild changed files" >&2; exit 1 ;; esac
  [ "$newer" -eq 0 ] || { echo "FAIL: the rebuild touched $newer paths" >&2; exit 1; }

  w=$(printf '%s\n' "${walls[@]}" | median)
  r=$(printf '%s\n' "${rsss[@]}" | median)
  if [ -n "$hugo" ]; then
    hw=$(printf '%s\n' "${hwalls[@]}" | median)
    hr=$(printf '%s\n' "${hrsss[@]}" | median)
    ratio=$(awk -v a="$w" -v b="$hw" 'BEGIN { printf "%.2f", a / b }')
  else
    hw=– hr=– ratio=–
  fi
  rows+=("| $n | $w s | $r MB | $rwall s | $hw s | $hr MB | $ratio |")
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
echo "| products | ocop wall | ocop peak RSS | ocop rebuild, nothing changed | Hugo wall | Hugo peak RSS | ocop / Hugo |"
echo "|---|---|---|---|---|---|---|"
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
rm -rf "$WORK"/out-* "$WORK"/out-*.staging "$WORK"/hout-*
