"""Notebook benchmark: the whole strict nbval suite over notebooks/, wall time (target: within 90 s on 2 cores).

Run: python benchmarks/bench_notebooks.py
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    start = time.perf_counter()
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--nbval",
                          "--nbval-sanitize-with", "notebooks/sanitize.cfg", "notebooks"],
                         cwd=ROOT, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    last = run.stdout.strip().splitlines()[-1] if run.stdout.strip() else run.stderr.strip()[-200:]
    print(f"nbval over notebooks/: {elapsed:.1f} s (target <= 90 s) -> {last}")


if __name__ == "__main__":
    main()
