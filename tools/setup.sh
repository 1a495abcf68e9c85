#!/usr/bin/env bash
# Installs everything kehoach needs on Debian 12, from Debian packages and the
# npm registry only. Idempotent; run as root (or with sudo).
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

PACKAGES=(
  build-essential cmake pkg-config git
  libicu-dev libre2-dev libsqlite3-dev sqlite3
  libtesseract-dev tesseract-ocr tesseract-ocr-vie tesseract-ocr-eng tesseract-ocr-osd libleptonica-dev
  libpoppler-cpp-dev poppler-utils
  libgtest-dev libgmock-dev libbenchmark-dev
  libcli11-dev nlohmann-json3-dev
  hunspell-vi
  pango1.0-tools fonts-liberation2 fonts-dejavu-core fonts-dejavu-extra
  libical-dev
)
# The npm client: the machine's own when it has one (this image ships Node.js
# and npm, which Debian's npm package conflicts with), else Debian's.
command -v npm >/dev/null 2>&1 || PACKAGES+=(npm)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Extra steps owned by stages (models from the npm registry, ...).
for extra in tools/setup.d/*.sh; do
  [ -e "$extra" ] && bash "$extra"
done
echo "setup: ok" >&2
