"""The virtual environment generated starters' own tests run in: every package the starters pin, installed once
(from PyPI, the only time these tests reach a network) and kept outside the clone, under
``$HOME/.cache/twarch/starter-python-<hash of the pins>``, so CI stays fast and the clone stays clean."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from twarch.knowledge.starter import PYTHON_PINS


def starter_python() -> Path:
    """The interpreter of the cached environment, made on first use."""
    pins = sorted(f"{p.name}=={p.version}" for p in PYTHON_PINS.values())
    digest = hashlib.sha256("\n".join([sys.version, *pins]).encode()).hexdigest()[:12]
    home = Path(os.environ.get("HOME") or Path.home())
    root = home / ".cache" / "twarch" / f"starter-python-{digest}"
    python = root / "bin" / "python"
    if not (root / "ready").is_file():
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(root)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check", *pins], check=True)
        (root / "ready").write_text("\n".join(pins) + "\n")
    return python
