#!/usr/bin/env bash
# Makes the OCR-garble training pairs of the restoration model, and the
# held-out garbled text of the benchmark, the way the Đồng Nai plan was made:
# clean text rendered to 300-dpi page images with pango-view in several fonts
# and sizes, then OCR'd with `tesseract -l eng` (and, for one font, -l vie).
#
#   make_pairs.sh OUT_DIR RESTORE_PAIRS_BIN HELDOUT.txt TRAIN.txt...
# Writes OUT_DIR/eng-pairs.tsv, OUT_DIR/vie-pairs.tsv (restore_pairs format)
# and OUT_DIR/heldout-eng.txt (HELDOUT.txt rendered and OCR'd; never used
# for training). Pages are cut every 40 source lines. Tesseract runs one
# thread per process (OMP_THREAD_LIMIT=1; its own threading is 5-7x slower
# here), $JOBS processes at a time (default: number of cores).
# Deterministic: same inputs, same fonts, same outputs.
#
# OCR results are cached by content: a page's key is the SHA-256 of its
# source text, font, and the versions of pango-view, tesseract, its language
# data and the fonts, so a rebuild (or another build directory) renders and
# OCRs only pages whose inputs changed. Cache: $KEHOACH_OCR_CACHE, default
# /var/cache/kehoach/ocr-pages when writable, else OUT_DIR/ocr-cache.
set -euo pipefail
OUT=$1; PAIRS_BIN=$2; HELDOUT=$3; shift 3
JOBS=${JOBS:-$(nproc)}
export OMP_THREAD_LIMIT=1
FONTS=("Liberation Serif 13" "DejaVu Serif 11" "Liberation Sans 12")
work="$OUT/pages"
rm -rf "$work"
mkdir -p "$work"
CACHE=${KEHOACH_OCR_CACHE:-/var/cache/kehoach/ocr-pages}
mkdir -p "$CACHE" 2>/dev/null && [ -w "$CACHE" ] || CACHE="$OUT/ocr-cache"
mkdir -p "$CACHE"
TOOLS_VERSION=$( { pango-view --version 2>&1; tesseract --version 2>&1 | head -1;
  dpkg-query -W -f '${Package} ${Version}\n' tesseract-ocr-eng tesseract-ocr-vie fonts-liberation2 fonts-dejavu-core 2>/dev/null || true; } | tr '\n' ' ')
export CACHE TOOLS_VERSION

# split FILE PREFIX: 40-line pages, PREFIX-NNN.src
split_pages() { awk -v p="$2" 'BEGIN{n=0} {f=sprintf("%s-%03d.src", p, int(n/40)); print > f; n++}' "$1"; }

i=0
for f in "$@"; do
  for font in "${FONTS[@]}"; do
    slug=$(echo "$font" | tr ' ' '_')
    split_pages "$f" "$work/t$i-$slug"
  done
  i=$((i + 1))
done
split_pages "$HELDOUT" "$work/heldout"

page() {  # src -> .eng.txt (and .vie.txt for the first font), from the cache or made
  local src=$1 base=${1%.src} font key lang
  font=$(basename "$src" | sed -n 's/^t[0-9]*-\(.*\)-[0-9]*\.src$/\1/p' | tr '_' ' ')
  [ -n "$font" ] || font="Liberation Serif 13"  # held-out pages
  key=$( { echo "$font|$TOOLS_VERSION"; cat "$src"; } | sha256sum | cut -c1-40)
  langs=eng
  case "$base" in *-Liberation_Serif_13-*) langs="eng vie" ;; esac
  local missing=0
  for lang in $langs; do [ -f "$CACHE/$key.$lang.txt" ] || missing=1; done
  if [ $missing = 1 ]; then
    pango-view --font="$font" --dpi=300 --width=460 --margin=60 --wrap=word -q -o "$base.png" "$src"
    for lang in $langs; do
      tesseract "$base.png" "$base.$lang" -l "$lang" quiet
      cp "$base.$lang.txt" "$CACHE/$key.$lang.txt.tmp$$" && mv "$CACHE/$key.$lang.txt.tmp$$" "$CACHE/$key.$lang.txt"
    done
    rm -f "$base.png"
  fi
  for lang in $langs; do cp "$CACHE/$key.$lang.txt" "$base.$lang.txt"; done
}
export -f page
ls "$work"/*.src | xargs -P "$JOBS" -I{} bash -c 'page "$1"' _ {}

args_eng=(); args_vie=()
for src in $(ls "$work"/t*.src); do
  base=${src%.src}
  args_eng+=("$src" "$base.eng.txt")
  [ -f "$base.vie.txt" ] && args_vie+=("$src" "$base.vie.txt")
done
"$PAIRS_BIN" "${args_eng[@]}" > "$OUT/eng-pairs.tsv"
"$PAIRS_BIN" "${args_vie[@]}" > "$OUT/vie-pairs.tsv"
cat $(ls "$work"/heldout-*.eng.txt) > "$OUT/heldout-eng.txt"
cat $(ls "$work"/heldout-*.src) > "$OUT/heldout-source.txt"
echo "make_pairs: $(ls "$work"/*.src | wc -l) pages, $(wc -l < "$OUT/eng-pairs.tsv") eng pair types, $(wc -l < "$OUT/vie-pairs.tsv") vie pair types" >&2
