#!/usr/bin/env bash
# Set up everything, then serve the Wizard demo with Voila on http://localhost:${PORT:-8866}/ (Ctrl-C to stop).
# Voila reads its settings from binder/jupyter, as on Binder: the twarch template (no CDN request) and idle-kernel
# culling (a closed tab's kernel is shut down after 15 idle minutes; the answers survive in the browser and in
# notebooks/workshop/sessions/).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
PORT=${PORT:-8866}
export JUPYTER_PATH="$PWD/binder/jupyter${JUPYTER_PATH:+:$JUPYTER_PATH}"
export JUPYTER_CONFIG_PATH="$PWD/binder/jupyter${JUPYTER_CONFIG_PATH:+:$JUPYTER_CONFIG_PATH}"
echo "twarch demo: open http://localhost:${PORT}/ in your browser"
exec .venv/bin/voila --no-browser --port "$PORT" --Voila.ip=127.0.0.1 notebooks/demo.ipynb
