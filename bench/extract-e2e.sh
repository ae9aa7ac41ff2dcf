#!/usr/bin/env bash
# Issue 10's end-to-end goal: `nghiquyet extract` on a 157 KB OCR'd report under 1.5 s, a whole process each time
# (runtime start, JIT, reading, model, extraction), Release build as `dotnet …/NghiQuyet.Cli.dll`.
#
# usage: bench/extract-e2e.sh [FILE...]          # default: the two 157 KB inputs below, made in a temporary folder
#        bench/extract-e2e.sh --cli DLL [FILE...] # time another build (e.g. main's, in a detached worktree), to compare
# env:   N=9 (timed runs per file, after one untimed)  COMMAND=extract (or restore: `restore --file FILE`)
# Default inputs (the machine's OCR, never in git):
#   - ../shared/corpus/phieng-pan-ocr.txt cut to 157 000 bytes and written twice (a real scan's OCR; evaluation material,
#     used here only as something to time);
#   - the Tesseract-OCR'd sample reports from ~/.cache/nghiquyet/ocr (scripts/ocr/ocr_cached.py --samples), bac-yen then
#     muong-lam, cut at a line end near 157 000 bytes — a second report, so that nothing is tuned to one file.
# Prints per file the median, min and max wall-clock seconds, the median user+system CPU seconds and the peak RSS, with
# the load average before the runs: the machine is shared, so compare builds alternately, on the same input.
set -euo pipefail
cd "$(dirname "$0")/.."
N="${N:-9}"
COMMAND="${COMMAND:-extract}"
CLI="src/NghiQuyet.Cli/bin/Release/net10.0/NghiQuyet.Cli.dll"
if [ "${1:-}" = "--cli" ]; then
  CLI="$2"
  shift 2
fi
if [ ! -f "$CLI" ]; then
  echo "no build at $CLI: dotnet build src/NghiQuyet.Cli -c Release" >&2
  exit 2
fi
SHARED="${NGHIQUYET_SHARED:-$(cd .. && pwd)/shared}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/nq-e2e-XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  if [ -f "$SHARED/corpus/phieng-pan-ocr.txt" ]; then
    head -c 157000 "$SHARED/corpus/phieng-pan-ocr.txt" > "$WORK/part.txt"
    cat "$WORK/part.txt" "$WORK/part.txt" > "$WORK/phieng-pan-ocr-x2.txt"
    files+=("$WORK/phieng-pan-ocr-x2.txt")
  fi
  cache="$HOME/.cache/nghiquyet/ocr"
  bac=$(ls "$cache"/bac-yen-*.txt 2>/dev/null | head -1 || true)
  muong=$(ls "$cache"/muong-lam-*.txt 2>/dev/null | head -1 || true)
  if [ -n "$bac" ] && [ -n "$muong" ]; then
    python3 - "$bac" "$muong" "$WORK/ocr-samples-157k.txt" <<'EOF'
import sys
data = open(sys.argv[1], 'rb').read() + b'\n' + open(sys.argv[2], 'rb').read()
data = data[:157000]
open(sys.argv[3], 'wb').write(data[:data.rfind(b'\n') + 1])
EOF
    files+=("$WORK/ocr-samples-157k.txt")
  fi
  if [ ${#files[@]} -eq 0 ]; then
    echo "no input: ../shared/corpus or ~/.cache/nghiquyet/ocr (scripts/ocr/ocr_cached.py --samples) needed" >&2
    exit 2
  fi
fi

run() {
  if [ "$COMMAND" = restore ]; then
    /usr/bin/time -f "%e %U %S %M" -o "$WORK/time" dotnet "$CLI" restore --file "$1" > /dev/null 2> "$WORK/err"
  else
    /usr/bin/time -f "%e %U %S %M" -o "$WORK/time" dotnet "$CLI" "$COMMAND" "$1" > /dev/null 2> "$WORK/err"
  fi
}

for f in "${files[@]}"; do
  run "$f" || { cat "$WORK/err" >&2; exit 1; }
  load="$(cut -d' ' -f1-3 /proc/loadavg)"
  : > "$WORK/times"
  for _ in $(seq "$N"); do
    run "$f"
    tail -1 "$WORK/time" >> "$WORK/times"
  done
  python3 - "$WORK/times" "$(basename "$f")" "$(wc -c < "$f")" "$load" "$COMMAND" <<'EOF'
import statistics, sys
rows = [list(map(float, l.split())) for l in open(sys.argv[1]) if l.strip()]
wall = [r[0] for r in rows]
cpu = [r[1] + r[2] for r in rows]
rss = max(r[3] for r in rows) / 1024
print(f"{sys.argv[5]} {sys.argv[2]} ({int(sys.argv[3]) / 1000:.0f} KB): median {statistics.median(wall):.2f} s "
      f"(min {min(wall):.2f}, max {max(wall):.2f}, n={len(wall)}), CPU {statistics.median(cpu):.2f} s, "
      f"peak RSS {rss:.0f} MB, load average before {sys.argv[4]}")
EOF
done
