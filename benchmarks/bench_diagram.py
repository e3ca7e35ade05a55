"""Diagram benchmark: Answers -> rendered SVG of the stack diagram, against `dot -Tsvg` on the same DOT alone.

Run: python benchmarks/bench_diagram.py   (target: within 1.3x of the bare `dot` render, the physical floor)
"""

from __future__ import annotations

import statistics
import subprocess
import time
from functools import partial
from pathlib import Path

from twarch import Answers, engine, recommend
from twarch.render.diagram import diagram

ROOT = Path(__file__).resolve().parent.parent


def medians_ms(fns, repeats: int = 25) -> list[float]:
    """Median time of each function, run interleaved so a busy machine slows both alike."""
    times: list[list[float]] = [[] for _ in fns]
    for _ in range(repeats):
        for i, fn in enumerate(fns):
            start = time.perf_counter()
            fn()
            times[i].append(time.perf_counter() - start)
    return [statistics.median(t) * 1000 for t in times]


def full(data: dict) -> bytes:
    """Answers -> SVG by the whole path, nothing memoised."""
    engine.memo.clear()
    return diagram(recommend(Answers.from_dict(data))).pipe(format="svg")


def bare(source: bytes) -> bytes:
    """The same DOT rendered by `dot -Tsvg` alone."""
    return subprocess.run(["dot", "-Tsvg"], input=source, capture_output=True, check=True).stdout


def main() -> None:
    for name in ("clinic.json", "eu_omnichannel_enterprise.json"):
        data = Answers.load(ROOT / "examples" / name).to_dict()
        source = diagram(recommend(data)).source.encode()
        ours, floor = medians_ms([partial(full, data), partial(bare, source)])
        print(f"{name}: Answers -> SVG {ours:.1f} ms vs dot -Tsvg alone {floor:.1f} ms = {ours / floor:.2f}x "
              f"(target <= 1.3x)")


if __name__ == "__main__":
    main()
