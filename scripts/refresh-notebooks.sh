#!/usr/bin/env bash
# Re-execute every notebook in place so the stored outputs match the library (nbval compares them).
# Widget state is not stored: it is large and only useful to a live kernel.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-.venv/bin/python}
[ -x "$PY" ] || PY=python3
find notebooks -name '*.ipynb' -not -path '*/.ipynb_checkpoints/*' -print0 | sort -z | while IFS= read -r -d '' nb; do
  (cd "$(dirname "$nb")" && "$PY" -m jupyter nbconvert --to notebook --execute --inplace \
     --ExecutePreprocessor.store_widget_state=False --log-level=WARN "$(basename "$nb")")
  echo "refreshed $nb"
done
