#!/usr/bin/env bash
# OCR throughput in one run (issue 5 goal: kehoach on 2 cores >= 1.8x the
# sequential tesseract command line, preprocessing included):
#   kehoach   `kehoach ocr pages.tif -j 2 --format text`: all N pages in one
#             multi-page TIFF, two workers, everything included (decoding,
#             preprocessing, orientation check, tables, recognition)
#   cli       `tesseract PAGE - -l vie --tessdata-dir DIR` on the same N page
#             images one after the other, OMP_THREAD_LIMIT=1 (the CLI's
#             faster setting on this machine), same model
# The two are run alternately ROUNDS times; the ratio is total CLI wall time
# over total kehoach wall time. CPU per page is user+system time / pages.
# Pages: the first N clean 300 dpi pages of tools/render_ocr_bench.py.
# Run it on an idle machine (it prints the load average before and after).
# Usage: bash bench/ocr/throughput.sh [path/to/kehoach] [N=10] [ROUNDS=2]
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=${1:-build/cli/kehoach}
N=${2:-10}
ROUNDS=${3:-2}
TESSDATA=third_party/tessdata
[ -f "$TESSDATA/vie.traineddata" ] || TESSDATA=/usr/share/tesseract-ocr/5/tessdata
mapfile -t PAGES < <(ls bench/data/ocr/pages/clean/*.png | head -n "$N")
if [ "${#PAGES[@]}" -eq 0 ]; then
  echo "no pages: run python3 tools/render_ocr_bench.py first" >&2
  exit 1
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
convert "${PAGES[@]}" -compress lzw "$tmp/pages.tif"
export OMP_THREAD_LIMIT=1
export KEHOACH_TESSDATA=$PWD/$TESSDATA

echo "pages: ${#PAGES[@]} (bench/data/ocr/pages/clean), model: $TESSDATA/vie.traineddata, rounds: $ROUNDS"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for r in $(seq "$ROUNDS"); do
  /usr/bin/time -f "%e %U %S" -o "$tmp/k$r.time" \
    "$BIN" ocr "$tmp/pages.tif" -j 2 --format text > "$tmp/k$r.txt"
  /usr/bin/time -f "%e %U %S" -o "$tmp/c$r.time" bash -c '
    tessdata=$1; shift
    for p in "$@"; do tesseract "$p" - -l vie --tessdata-dir "$tessdata" 2>/dev/null; done
  ' _ "$TESSDATA" "${PAGES[@]}" > "$tmp/c$r.txt"
  echo "round $r: kehoach $(cat "$tmp/k$r.time") | cli $(cat "$tmp/c$r.time")   (wall user sys, s)"
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$tmp" "$ROUNDS" "${#PAGES[@]}" <<'PY'
import sys
tmp, rounds, pages = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
def total(kind):
    wall = cpu = 0.0
    for r in range(1, rounds + 1):
        e, u, s = map(float, open(f"{tmp}/{kind}{r}.time").read().split()[-3:])
        wall += e
        cpu += u + s
    return wall, cpu
kw, kc = total("k")
cw, cc = total("c")
n = pages * rounds
chars = lambda kind: len(open(f"{tmp}/{kind}1.txt", encoding="utf-8").read().split())
print(f"kehoach -j2:      {n / kw:.3f} pages/s wall, {kc / n:.2f} s CPU/page ({chars('k')} words)")
print(f"tesseract CLI x1: {n / cw:.3f} pages/s wall, {cc / n:.2f} s CPU/page ({chars('c')} words)")
print(f"ratio (CLI wall / kehoach wall): {cw / kw:.2f}x   CPU per page kehoach/CLI: {kc / cc:.2f}")
PY
