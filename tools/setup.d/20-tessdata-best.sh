#!/usr/bin/env bash
# OCR models for kehoach: builds third_party/tessdata/ (gitignored) with
#   vie.traineddata  Tesseract's best_int Vietnamese model, from the npm package
#                    @tesseract.js-data/vie (file 4.0.0_best_int/vie.traineddata.gz)
#   eng, osd         copied from Debian's tesseract-ocr-eng / -osd
# The OCR stage prefers this folder when it holds vie.traineddata and falls back
# to Debian's /usr/share/tesseract-ocr/5/tessdata otherwise; it reports which.
# Also installs ImageMagick (used by tools/render_ocr_bench.sh for scan
# degradations). Idempotent: does nothing when the files are already there.
set -euo pipefail
cd "$(dirname "$0")/../.."

if ! command -v /usr/bin/convert >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" != 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends imagemagick >/dev/null
fi

DEST=third_party/tessdata
SYS=/usr/share/tesseract-ocr/5/tessdata
mkdir -p "$DEST"
for lang in eng osd; do
  [ -s "$DEST/$lang.traineddata" ] || cp "$SYS/$lang.traineddata" "$DEST/"
done

if [ ! -s "$DEST/vie.traineddata" ]; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  (cd "$tmp" && npm pack --silent @tesseract.js-data/vie@1.0.0 >/dev/null 2>&1)
  tgz=$(ls "$tmp"/*.tgz)
  tar -xzf "$tgz" -C "$tmp" package/4.0.0_best_int/vie.traineddata.gz
  gunzip -c "$tmp/package/4.0.0_best_int/vie.traineddata.gz" > "$DEST/vie.traineddata.part"
  mv "$DEST/vie.traineddata.part" "$DEST/vie.traineddata"
  echo "setup: installed best_int vie.traineddata into $DEST" >&2
fi
