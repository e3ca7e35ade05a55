#!/usr/bin/env bash
# Set up twarch on Debian: system packages when missing, a virtual environment (.venv), the package with extras.
# Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}

need=()
command -v dot >/dev/null 2>&1 || need+=(graphviz)
[ -x /usr/bin/chromium ] || need+=(chromium)
fc-list 2>/dev/null | grep -qi "DejaVu Sans" || need+=(fonts-dejavu-core)
"$PY" -c "import ensurepip, venv" >/dev/null 2>&1 || need+=(python3-venv)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)   # the hand-out test reads the printed PDF
command -v node >/dev/null 2>&1 || need+=(nodejs)   # the TypeScript starters' own tests
command -v npm >/dev/null 2>&1 || need+=(npm)
bash scripts/system-packages.sh ${need[@]+"${need[@]}"}

[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --disable-pip-version-check --upgrade pip
# binder/requirements.txt pins the Jupyter stack: the browser test drives what Binder serves.
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".[test,demo]" -c binder/requirements.txt
.venv/bin/python scripts/warm.py   # bytecode and the reader's compiled patterns: an editable install gets none
# The environments generated starters' own tests run in (their pinned packages from PyPI and npm), made once under
# ~/.cache/twarch, so the tests themselves read only the cache.
.venv/bin/python tests/starter_env.py
echo "twarch setup: ready (.venv, dot $(dot -V 2>&1 | awk '{print $5}'), chromium at /usr/bin/chromium)"
