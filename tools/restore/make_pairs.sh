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
set -euo pipefail
OUT=$1; PAIRS_BIN=$2; HELDOUT=$3; shift 3
JOBS=${JOBS:-$(nproc)}
export OMP_THREAD_LIMIT=1
FONTS=("Liberation Serif 13" "DejaVu Serif 11" "Liberation Sans 12")
work="$OUT/pages"
rm -rf "$work"
mkdir -p "$work"

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

render() {  # src -> png (font from the name; held-out pages in the first font)
  local src=$1 font
  font=$(basename "$src" | sed -n 's/^t[0-9]*-\(.*\)-[0-9]*\.src$/\1/p' | tr '_' ' ')
  [ -n "$font" ] || font="Liberation Serif 13"
  pango-view --font="$font" --dpi=300 --width=460 --margin=60 --wrap=word -q -o "${src%.src}.png" "$src"
}
ocr() {  # png -> .eng.txt (and .vie.txt for the first font)
  local png=$1 base=${1%.png}
  tesseract "$png" "$base.eng" -l eng quiet
  case "$base" in
    *-Liberation_Serif_13-*) tesseract "$png" "$base.vie" -l vie quiet ;;
  esac
}
export -f render ocr
ls "$work"/*.src | xargs -P "$JOBS" -I{} bash -c 'render "$1"' _ {}
ls "$work"/*.png | xargs -P "$JOBS" -I{} bash -c 'ocr "$1"' _ {}

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
echo "make_pairs: $(ls "$work"/*.png | wc -l) pages, $(wc -l < "$OUT/eng-pairs.tsv") eng pair types, $(wc -l < "$OUT/vie-pairs.tsv") vie pair types" >&2
