#!/usr/bin/env bash
# Re-execute every notebook in place so the stored outputs match the library (nbval compares them).
# Widget state is stored only in the walkthrough (opened fresh in JupyterLab, its widgets render from it before
# anyone runs a cell); elsewhere it is large and only useful to a live kernel. Execution timestamps are dropped,
# so a refresh changes a notebook only where its outputs change.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PY:-$PWD/.venv/bin/python}
[ -x "$PY" ] || PY=python3
find notebooks -name '*.ipynb' -not -path '*/.ipynb_checkpoints/*' -print0 | sort -z | while IFS= read -r -d '' nb; do
  store=False
  [ "$(basename "$nb")" = walkthrough.ipynb ] && store=True
  (cd "$(dirname "$nb")" && "$PY" -m jupyter nbconvert --to notebook --execute --inplace \
     --ExecutePreprocessor.store_widget_state=$store --log-level=WARN "$(basename "$nb")")
  "$PY" - "$nb" <<'PY'
import json, sys
path = sys.argv[1]
with open(path, encoding="utf-8") as f:
    nb = json.load(f)
for cell in nb["cells"]:
    cell.get("metadata", {}).pop("execution", None)
with open(path, "w", encoding="utf-8") as f:
    f.write(json.dumps(nb, indent=1, ensure_ascii=False) + "\n")
PY
  echo "refreshed $nb"
done
