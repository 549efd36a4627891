#!/usr/bin/env bash
# Benchmark (docs/performance.md): in one run on one machine,
#   1. throughput: N synthetic profiles through `backstride batch` (full handouts, then the weekly pack) on all
#      cores, and the C reference program (bench/reference.c) making N 10-page handouts on all cores: pages/s of
#      each (three runs each, in turn) and the ratio of the medians;
#   2. one handout from a cold process (best and median of 7, with `render --stats` for where the time went);
#   3. peak memory at M clients, full handouts and the weekly pack.
# Release build. Usage: scripts/bench.sh [N] [M]   (defaults 200 and 1000)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-200}
m=${2:-1000}
work=${BENCH_DIR:-/tmp/backstride-bench}
bin=.build/release/backstride
cores=$(nproc)
rm -rf "$work" && mkdir -p "$work"
cc -O2 -o bench/reference bench/reference.c $(pkg-config --cflags --libs pangocairo pangoft2 fontconfig)
python3 scripts/generate-profiles.py "$n" "$work/profiles" >/dev/null
echo "machine: $(uname -m), $cores cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "date: $(date +%Y-%m-%d), profiles: $n, memory run: $m"

pages_per_s() { sed -n 's/.*pages_per_s=\([0-9.]*\).*/\1/p'; }
ratio() { python3 -c "print(f'{float(\"$1\") / float(\"$2\"):.2f}')"; }

echo "== throughput, $cores jobs"
# The first run after a build solves the library's poses and makes its pictures, and keeps both in the cache folder
# (as a clinic's first batch after an upgrade does); it is shown, then three runs of each side, taken in turn so a
# busy spell on the machine falls on both. The ratio is of the medians.
first=$("$bin" batch "$work/profiles" -o "$work/full" --today 2026-11-21 --jobs "$cores" --force --quiet --stats | grep '^stats')
echo "backstride full handouts, first run: $first"
rates=(); refs=()
for round in 1 2 3; do
  full=$("$bin" batch "$work/profiles" -o "$work/full" --today 2026-11-21 --jobs "$cores" --force --quiet --stats | grep '^stats')
  echo "backstride full handouts: $full"
  rates+=("$(pages_per_s <<<"$full")")
  reference=$(bench/reference "$work/reference" "$n" "$cores")
  echo "C reference:              $reference"
  refs+=("$(sed -n 's/.*, \([0-9.]*\) pages\/s.*/\1/p' <<<"$reference")")
done
median() { printf '%s\n' "$@" | sort -n | sed -n 2p; }
ref_rate=$(median "${refs[@]}")
pack=$("$bin" batch "$work/profiles" -o "$work/pack" --today 2026-11-21 --week 2026-12-09 --jobs "$cores" --quiet --stats | grep '^stats')
echo "backstride weekly pack:   $pack"
echo "ratio, full handouts to C: $(ratio "$(median "${rates[@]}")" "$ref_rate") (medians of 3; goal 1.5)"
echo "ratio, weekly pack to C:   $(ratio "$(pages_per_s <<<"$pack")" "$ref_rate")"

echo "== one handout from a cold process (Examples/sam-rivera.yaml)"
"$bin" render Examples/sam-rivera.yaml -o "$work/cold" --today 2026-11-21 --force >/dev/null 2>&1  # fills the caches
python3 - "$bin" "$work/cold" <<'PY'
import subprocess, sys, time
times, stats = [], []
for _ in range(7):
    start = time.perf_counter()
    run = subprocess.run([sys.argv[1], "render", "Examples/sam-rivera.yaml", "-o", sys.argv[2], "--today", "2026-11-21",
                          "--force", "--stats"], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    times.append(time.perf_counter() - start)
    stats.append((times[-1], [l for l in run.stderr.splitlines() if l.startswith("stats:")][0]))
print(f"wall: best {min(times):.3f} s, median {sorted(times)[3]:.3f} s (goal 0.1 s)")
print("median run " + sorted(stats)[3][1])
PY
BACKSTRIDE_CACHE=off /usr/bin/time -f "without the cache folder (BACKSTRIDE_CACHE=off): %e s" \
  "$bin" render Examples/sam-rivera.yaml -o "$work/cold" --today 2026-11-21 --force >/dev/null 2>"$work/nocache.txt" || true
tail -1 "$work/nocache.txt"

echo "== peak memory at $m clients, $cores jobs"
python3 scripts/generate-profiles.py "$m" "$work/many" >/dev/null
echo "full handouts: $("$bin" batch "$work/many" -o "$work/many-full" --today 2026-11-21 --jobs "$cores" --force --quiet --stats | grep '^stats')"
echo "weekly pack:   $("$bin" batch "$work/many" -o "$work/many-pack" --today 2026-11-21 --week 2026-12-09 --jobs "$cores" --quiet --stats | grep '^stats')"
