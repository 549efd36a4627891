#!/usr/bin/env bash
# Benchmark: N synthetic profiles through `backstride batch` (full handouts and the weekly pack) at one job
# and at all cores, plus one handout from a cold process. Release build. Usage: scripts/bench.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-500}
work=${BENCH_DIR:-/tmp/backstride-bench}
bin=.build/release/backstride
cores=$(nproc)
rm -rf "$work" && mkdir -p "$work"
python3 scripts/generate-profiles.py "$n" "$work/profiles"
echo "machine: $(uname -m), $cores cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "date: $(date +%Y-%m-%d), profiles: $n"
for jobs in 1 "$cores"; do
  printf 'full handouts, %s job(s): ' "$jobs"
  "$bin" batch "$work/profiles" -o "$work/out-$jobs" --today 2026-11-21 --jobs "$jobs" --force --quiet --stats | grep '^stats'
  printf 'weekly pack,   %s job(s): ' "$jobs"
  "$bin" batch "$work/profiles" -o "$work/pack-$jobs" --today 2026-11-21 --week 2026-12-09 --jobs "$jobs" --quiet --stats | grep '^stats'
done
cmp -s "$work/out-1/manifest.json" "$work/out-$cores/manifest.json" && echo "outputs identical at 1 and $cores jobs: manifest yes" || echo "MANIFESTS DIFFER"
python3 - "$bin" "$work/cold" <<'PY'
import subprocess, sys, time
times = []
for _ in range(5):
    start = time.perf_counter()
    subprocess.run([sys.argv[1], "render", "Examples/sam-rivera.yaml", "-o", sys.argv[2], "--today", "2026-11-21"],
                   check=True, stdout=subprocess.DEVNULL)
    times.append(time.perf_counter() - start)
print(f"single handout from a cold process: best {min(times):.3f} s, median {sorted(times)[2]:.3f} s")
PY
