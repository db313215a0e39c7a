#!/usr/bin/env bash
# Set up (idempotently) and run the main job on the embedded default: the emulator runtime,
# the SQLite store in the XDG data directory, and the sample app the repo builds itself.
# Writes dexlego-out/ (reassembled APK, analyzer outputs) and dexlego-out/report.html.
# Extra arguments go to `dexlego run` (e.g. an APK path, --json).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/dexlego run --workdir dexlego-out/sample --report dexlego-out/report.html "$@"
