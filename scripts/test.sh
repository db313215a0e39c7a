#!/usr/bin/env bash
# Set up (idempotently) and run the whole test suite. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
# loadfile: each test file on one worker, so module-scoped corpus fixtures are built once.
exec .venv/bin/python -m pytest -n 2 --dist loadfile -q "$@"
