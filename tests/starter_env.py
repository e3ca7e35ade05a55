"""The environments generated starters' own tests run in, made once and kept outside the clone (under
``$HOME/.cache/twarch``), so CI stays fast and the clone stays clean; these are the only times the tests reach a
network (PyPI, the npm registry), and only when the cache is missing.

* Python: a virtual environment with every package the starters pin, ``starter-python-<hash of the pins>``;
* TypeScript: a ``node_modules`` with every package the TypeScript starters pin, installed with npm,
  ``starter-node-<hash of the pins and Node's version>``; a generated project links to it.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from twarch.knowledge.starter import NODE_PINS, PYTHON_PINS


def _cache() -> Path:
    return Path(os.environ.get("HOME") or Path.home()) / ".cache" / "twarch"


def starter_python() -> Path:
    """The interpreter of the cached environment, made on first use."""
    pins = sorted(f"{p.name}=={p.version}" for p in PYTHON_PINS.values())
    digest = hashlib.sha256("\n".join([sys.version, *pins]).encode()).hexdigest()[:12]
    root = _cache() / f"starter-python-{digest}"
    python = root / "bin" / "python"
    if not (root / "ready").is_file():
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(root)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check", *pins], check=True)
        (root / "ready").write_text("\n".join(pins) + "\n")
    return python


def node_environment() -> dict[str, str]:
    """The environment node and npm run in: the caller's, with a HOME and npm's cache inside twarch's."""
    return {**os.environ, "HOME": str(Path(os.environ.get("HOME") or Path.home())),
            "npm_config_cache": str(_cache() / "npm"), "npm_config_update_notifier": "false",
            "npm_config_fund": "false", "npm_config_audit": "false"}


def starter_node_modules() -> Path:
    """The cached ``node_modules`` holding every package the TypeScript starters pin, installed on first use."""
    node = shutil.which("node") or "node"
    version = subprocess.run([node, "--version"], capture_output=True, text=True, check=True).stdout.strip()
    pins = {p.name: p.version for p in NODE_PINS.values()}
    digest = hashlib.sha256(json.dumps([version, sorted(pins.items())]).encode()).hexdigest()[:12]
    root = _cache() / f"starter-node-{digest}"
    if not (root / "ready").is_file():
        root.mkdir(parents=True, exist_ok=True)
        package = {"name": "twarch-starter-cache", "private": True, "dependencies": pins}
        (root / "package.json").write_text(json.dumps(package, indent=2) + "\n")
        npm = shutil.which("npm") or "npm"
        subprocess.run([npm, "install", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"], cwd=root,
                       env=node_environment(), check=True, timeout=600)
        (root / "ready").write_text(json.dumps(pins) + "\n")
    return root / "node_modules"


if __name__ == "__main__":  # scripts/setup.sh: make both environments while set-up reaches the registries anyway
    print(f"twarch setup: starter environments ready ({starter_python().parent.parent.name}, "
          f"{starter_node_modules().name})")
