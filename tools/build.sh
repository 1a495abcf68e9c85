#!/usr/bin/env bash
# Configures and builds kehoach into build/ (Release). Extra arguments go to
# the CMake configure step, e.g. -DKEHOACH_SANITIZE=ON.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR="${BUILD_DIR:-build}"
cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-Release}" "$@" >/dev/null
cmake --build "$BUILD_DIR" -j"$(nproc)"
