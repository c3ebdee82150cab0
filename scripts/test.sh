#!/usr/bin/env bash
# Set up (if needed: the runtime plus the developer kit, see scripts/setup.sh --dev) and
# run every check CI runs: ruff, mypy, import contracts, pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --dev
export QT_QPA_PLATFORM=offscreen
echo "== ruff"; .venv/bin/ruff check src tests migrations; .venv/bin/ruff format --check src tests migrations
echo "== mypy"; .venv/bin/mypy
echo "== import contracts"; .venv/bin/lint-imports
echo "== pytest"; .venv/bin/pytest "$@"
