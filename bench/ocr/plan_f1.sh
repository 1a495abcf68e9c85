#!/usr/bin/env bash
# Task extraction from an image-only PDF of a plan vs from its text
# (issue 5 goal: within 2 F1 points). Uses the held-out plan hy-kh (its gold
# is held out entirely) rendered by tools/render_ocr_bench.py:
#   text       corpus/plans/<plan>.txt as given
#   rendered   the exact text that was rendered onto the pages (wrapped at 78
#              characters, blank lines dropped) -- what a perfect OCR returns
#   pdf-clean  bench/data/ocr/pdf/plan-hykh-clean.pdf (300 dpi pages)
#   pdf-office bench/data/ocr/pdf/plan-hykh-office.pdf (office-scan pages)
# Usage: bash bench/ocr/plan_f1.sh [path/to/kehoach]
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=${1:-build/cli/kehoach}
PLAN=hy-kh-trien-khai-qd840-cong-nghiep-cns-2026
GOLD=corpus/gold/$PLAN.json
DATA=bench/data/ocr
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$tmp/rendered.txt" <<'PY'
import sys
sys.path.insert(0, "tools")
import render_ocr_bench as r
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write("\n".join(r.plan_lines(r.HELDOUT_PLAN)) + "\n")
PY
row() {  # name, then eval arguments
  local name=$1; shift
  local line
  line=$("$BIN" eval --gold "$GOLD" --from-file "$@" 2>/dev/null | grep -E '^ +all ' | head -1)
  echo "$name $line"
}
row text
row rendered --plan "$tmp/rendered.txt"
row pdf-clean --plan "$DATA/pdf/plan-hykh-clean.pdf"
row pdf-office --plan "$DATA/pdf/plan-hykh-office.pdf"
