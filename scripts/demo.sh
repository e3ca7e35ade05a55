#!/usr/bin/env bash
# Set up everything, then serve the Wizard demo with Voila on http://localhost:${PORT:-8866}/ (Ctrl-C to stop).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
PORT=${PORT:-8866}
echo "twarch demo: open http://localhost:${PORT}/ in your browser"
exec .venv/bin/voila --no-browser --port "$PORT" --Voila.ip=127.0.0.1 notebooks/demo.ipynb
