#!/bin/sh
# Time to first frame and memory of the real binary on 30 days and on 10 years of history.
# usage: benches/ttff.sh [RUNS]     (from the repository root; see benches/README.md)
# Environment: TTFF (path to ttff.py, default ../shared/bench/ttff.py),
#              CARGO_TARGET_DIR (default target), KEEP=1 to keep the generated folders.
set -eu
runs=${1:-20}
root=$(cd "$(dirname "$0")/.." && pwd)
ttff=${TTFF:-$root/../shared/bench/ttff.py}
target=${CARGO_TARGET_DIR:-$root/target}
marker='Mood,\s+last\s+14\s+days'

cd "$root"
cargo build --release --quiet --bin tend --example gen-history
work=$(mktemp -d "${TMPDIR:-/tmp}/tend-ttff.XXXXXX")
[ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$work"' EXIT
"$target/release/examples/gen-history" --days 30 --out "$work/30d"
"$target/release/examples/gen-history" --years 10 --out "$work/10y"

for data in 30d 10y; do
    echo "== time to first frame, $data (load average $(cut -d' ' -f1 /proc/loadavg))"
    python3 "$ttff" --marker "$marker" --runs "$runs" --size 120x40 -- \
        "$target/release/tend" --data-dir "$work/$data" | tail -n 1
done
for data in 30d 10y; do
    echo "== memory once every month has loaded, $data"
    python3 "$root/benches/mem_after_load.py" --marker "$marker" --runs 10 --size 120x40 -- \
        "$target/release/tend" --data-dir "$work/$data" | tail -n 1
done
