#!/usr/bin/env bash
# Clean Vietnamese text for the restoration model, from Debian packages only:
#   libreoffice-help-vi   LibreOffice help pages (HTML)
#   libreoffice-l10n-vi   LibreOffice user-interface translations (.mo)
#   manpages-vi           Vietnamese manual pages
#   maint-guide-vi        Debian New Maintainers' Guide in Vietnamese
# The packages are fetched with `apt-get download` (not installed: the help
# package would pull in LibreOffice) and reduced to plain text files in
#   ${KEHOACH_VI_TEXT:-/var/cache/kehoach/vi-text}/*.txt
# Lines in English remain; the model trainer keeps only Vietnamese lines.
# Idempotent: does nothing when the text files are there.
set -euo pipefail
DEST="${KEHOACH_VI_TEXT:-/var/cache/kehoach/vi-text}"
PKGS=(libreoffice-help-vi libreoffice-l10n-vi manpages-vi maint-guide-vi)
if [ -s "$DEST/.done" ] && [ "$(cat "$DEST/.done")" = "${PKGS[*]}" ]; then exit 0; fi
SUDO=""; [ "$(id -u)" != 0 ] && SUDO="sudo"
if ! command -v msgunfmt >/dev/null 2>&1; then
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends gettext >/dev/null
fi
$SUDO mkdir -p "$DEST"
$SUDO chown "$(id -u):$(id -g)" "$DEST"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
chmod 777 "$tmp"
(cd "$tmp" && apt-get download "${PKGS[@]}" >/dev/null 2>&1) || {
  $SUDO apt-get update -qq
  (cd "$tmp" && apt-get download "${PKGS[@]}" >/dev/null 2>&1)
}
for deb in "$tmp"/*.deb; do dpkg-deb -x "$deb" "$tmp/x"; done
x="$tmp/x"
# Help pages: drop tags and the debug footer, decode the common entities.
find "$x/usr/share/libreoffice/help/vi" -name '*.html' | LC_ALL=C sort | while read -r f; do
  sed -e 's/<[^>]*>/\n/g' "$f"
done | sed -e 's/&nbsp;/ /g; s/&lt;/</g; s/&gt;/>/g; s/&quot;/"/g; s/&amp;/\&/g' \
       -e '/Help content debug info/d; /This page is:/d; /Title is:/d' | grep -v '^[[:space:]]*$' > "$DEST/libreoffice-help-vi.txt"
# UI translations: every msgstr.
find "$x" -name '*.mo' | LC_ALL=C sort | while read -r f; do
  msgunfmt "$f" 2>/dev/null | sed -n 's/^msgstr\(\[[0-9]\]\)\? "\(.*\)"$/\2/p' | sed -e 's/\\n/\n/g; s/\\"/"/g; s/~//g'
done | grep -v '^[[:space:]]*$' > "$DEST/libreoffice-l10n-vi.txt"
# Manual pages: drop roff requests and font escapes.
find "$x/usr/share/man/vi" -name '*.gz' | LC_ALL=C sort | while read -r f; do
  zcat "$f" | sed -e '/^\.\\"/d; s/^\.[A-Za-z]\+ *//; s/\\f[BIRP]//g; s/\\-/-/g; s/\\(..//g; s/\\&//g; s/\\e/\\/g'
done | grep -v '^[[:space:]]*$' > "$DEST/manpages-vi.txt"
zcat "$x/usr/share/doc/maint-guide-vi/maint-guide.vi.txt.gz" > "$DEST/maint-guide-vi.txt"
echo "${PKGS[*]}" > "$DEST/.done"
echo "setup: Vietnamese text from ${PKGS[*]} in $DEST ($(cat "$DEST"/*.txt | wc -c) bytes)" >&2
