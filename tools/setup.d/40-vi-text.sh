#!/usr/bin/env bash
# Clean Vietnamese text (Debian packages) for the diacritic-restoration model.
set -euo pipefail
exec bash "$(dirname "$0")/../restore/fetch_vi_text.sh"
