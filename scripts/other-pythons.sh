#!/usr/bin/env bash
# The library's tests that need no drawing library, no browser and no starter toolchain (pytest -m "not render and
# not browser and not starter": a generated project's own tests run once, on the main Python), on the oldest and the
# newest Python the project declares (its classifiers), each in its own virtual environment with only twarch's
# standard-library engine, PyYAML and the test tools of the `check` extra. An interpreter not on this machine
# is looked for under pyenv, then installed with uv (from PyPI) when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

read -r -a versions <<<"$(.venv/bin/python - <<'PY'
import tomllib
project = tomllib.load(open("pyproject.toml", "rb"))["project"]
declared = sorted((c.rsplit(":: ", 1)[1] for c in project["classifiers"] if c.count(".") == 1 and
                   c.startswith("Programming Language :: Python :: 3.")), key=lambda v: tuple(map(int, v.split("."))))
print(declared[0], declared[-1])
PY
)"
mapfile -t requirements < <(.venv/bin/python - <<'PY'
import tomllib
project = tomllib.load(open("pyproject.toml", "rb"))["project"]
print("\n".join([d for d in project["dependencies"] if d.lower().startswith("pyyaml")]
                + project["optional-dependencies"]["check"]))
PY
)

find_python() {
  local v=$1 candidate
  for candidate in "$HOME"/.pyenv/versions/"$v".*/bin/"python$v" /usr/local/bin/"python$v" /usr/bin/"python$v" \
                   "$(command -v "python$v" || true)"; do
    if [ -n "$candidate" ] && "$candidate" -c "import ensurepip, venv" >/dev/null 2>&1; then
      echo "$candidate"; return
    fi
  done
  .venv/bin/python -m pip install -q --disable-pip-version-check uv >&2
  .venv/bin/uv python install "$v" >&2
  .venv/bin/uv python find "$v"
}

for v in "${versions[@]}"; do
  python=$(find_python "$v")
  venv=".venv-py$v"
  [ -x "$venv/bin/python" ] || "$python" -m venv "$venv"
  "$venv/bin/python" -m pip install -q --disable-pip-version-check --no-deps -e .
  "$venv/bin/python" -m pip install -q --disable-pip-version-check "${requirements[@]}"
  echo "twarch: the engine's tests on $("$venv/bin/python" --version) (no drawing libraries, no browser)"
  "$venv/bin/python" -m pytest -q -p no:cacheprovider tests -m "not render and not browser and not starter"
done
