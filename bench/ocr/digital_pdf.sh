#!/bin/bash
# Cost of reading a digital (text-layer) PDF, two binaries side by side.
#
#   bash bench/ocr/digital_pdf.sh BASELINE_BIN NEW_BIN [ROUNDS] [PLAN]
#
# Makes a text-layer PDF of PLAN (default: the hy-qd plan, 26 text pages) plus
# two ruled table pages (bench/ocr/digital_pdf.py), then runs
# `BIN ocr PDF --format json` with each binary, alternating, ROUNDS times
# (default 5). Prints user+sys CPU seconds of every run, the medians and their
# ratio, the load average before and after, the tables found per page, and
# whether both binaries wrote the same JSON.
set -euo pipefail
base=${1:?baseline binary}
new=${2:?new binary}
rounds=${3:-5}
plan=${4:-corpus/plans/hy-qd-chuong-trinh-khcn-dmst-cds-2025.txt}
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d /tmp/kehoach-digital-XXXXXX)
trap 'rm -rf "$tmp"' EXIT

python3 "$here/digital_pdf.py" --plan "$plan" --out "$tmp/digital.pdf"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
declare -A runs
for ((r = 1; r <= rounds; r++)); do
  for b in base new; do
    bin=$base; [ "$b" = new ] && bin=$new
    t=$( { /usr/bin/time -f "%U %S" "$bin" ocr "$tmp/digital.pdf" --format json > "$tmp/$b.json"; } 2>&1 | tail -1)
    cpu=$(echo "$t" | awk '{printf "%.2f", $1 + $2}')
    runs[$b]="${runs[$b]:-} $cpu"
    echo "round $r $b: $cpu s CPU"
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
mb=$(echo "${runs[base]}" | median)
mn=$(echo "${runs[new]}" | median)
echo "median CPU: baseline $mb s, new $mn s, new/baseline $(awk -v a="$mn" -v b="$mb" 'BEGIN {printf "%.2f", a / b}')"
python3 - "$tmp/base.json" "$tmp/new.json" <<'EOF'
import json, sys
for name, path in (("baseline", sys.argv[1]), ("new", sys.argv[2])):
    d = json.load(open(path))
    found = ["p%d: %s" % (p["number"], ", ".join("%dx%d, %d cells" % (t["rows"], t["cols"], len(t["cells"]))
                                                for t in p["tables"])) for p in d["pages"] if p["tables"]]
    print("%s: %d pages, tables on %s" % (name, len(d["pages"]), "; ".join(found) or "none"))
EOF
if cmp -s "$tmp/base.json" "$tmp/new.json"; then echo "JSON output: identical"; else echo "JSON output: DIFFERENT"; fi
