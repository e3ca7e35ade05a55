#!/usr/bin/env bash
# Set up everything, then run every test: the linters (ruff, mypy), the engine's tests on the oldest and newest Python
# the project declares, then the library, every notebook under nbval, the browser test of the demo and the Binder
# reproduction (a fresh venv from binder/ alone) in one pytest run, one summary line.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
echo "twarch: ruff and mypy"
.venv/bin/ruff check twarch tests benchmarks scripts
.venv/bin/mypy
bash scripts/other-pythons.sh
exec .venv/bin/python -m pytest -p no:cacheprovider --nbval --nbval-sanitize-with notebooks/sanitize.cfg tests notebooks "$@"
