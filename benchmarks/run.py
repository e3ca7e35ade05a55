"""Run every twarch benchmark in one process group and print their figures.

Run: python benchmarks/run.py
"""

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

for name in sorted(p.name for p in HERE.glob("bench_*.py")):
    print(f"== {name}")
    sys.stdout.flush()
    runpy.run_path(str(HERE / name), run_name="__main__")
    print()
