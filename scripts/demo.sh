#!/usr/bin/env bash
# Serve the Wizard demo with Voila on http://localhost:${PORT:-8866}/ (Ctrl-C to stop), installing only what the demo
# needs: graphviz (for `dot`) and a DejaVu font when missing, a virtual environment in .venv with twarch and the
# pinned demo stack (binder/requirements.txt). The second run installs nothing and starts in seconds.
# Voila reads its settings from binder/jupyter, as on Binder: the twarch template (no CDN request, a closed tab's
# kernel shut down), two preheated kernels, idle-kernel culling after 15 minutes; the answers survive in the
# browser and in notebooks/workshop/sessions/.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}

need=()
command -v dot >/dev/null 2>&1 || need+=(graphviz)
fc-list 2>/dev/null | grep -qi "DejaVu Sans" || need+=(fonts-dejavu-core)
"$PY" -c "import ensurepip, venv" >/dev/null 2>&1 || need+=(python3-venv)
if [ ${#need[@]} -gt 0 ]; then
  echo "twarch demo: installing system packages: ${need[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
[ -x .venv/bin/python ] || "$PY" -m venv .venv
# Install only when twarch or the demo stack is missing (an editable install stays current as the code changes).
if ! .venv/bin/python -c "import twarch, voila, ipywidgets, anywidget, plotly, graphviz" >/dev/null 2>&1; then
  .venv/bin/python -m pip install -q --disable-pip-version-check -e ".[demo]" -c binder/requirements.txt 2>&1 \
    | grep -v -i "setuptools\|^ *!!\|^ *\*\*\*\|^$" || true
fi
PORT=${PORT:-8866}
export JUPYTER_PATH="$PWD/binder/jupyter${JUPYTER_PATH:+:$JUPYTER_PATH}"
export JUPYTER_CONFIG_PATH="$PWD/binder/jupyter${JUPYTER_CONFIG_PATH:+:$JUPYTER_CONFIG_PATH}"
echo "twarch demo: open http://localhost:${PORT}/ in your browser"
exec .venv/bin/voila --no-browser --port "$PORT" --Voila.ip=127.0.0.1 notebooks/demo.ipynb
