"""Cost model benchmark: a 10,000-point sensitivity sweep of the monthly bill, against one recommend() call.

Run: python benchmarks/bench_costing.py   (figures are measured in this one run)

The sweep prices the enterprise Level 4 omnichannel design of tests/test_costing.py 10,000 times, each with one
input moved along a grid (call volume, call length, shares, speech rate, turns, prompt size...): the work a
tornado chart or a what-if slider does. It also times one twarch.sensitivity() call (every input and every priced
line at -/+50%) and one twarch.capacity() call.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from test_costing import ENTERPRISE  # noqa: E402

from twarch import capacity, recommend, sensitivity  # noqa: E402
from twarch.estimates.bill import _bill  # noqa: E402
from twarch.estimates.volumes import Volumes  # noqa: E402

POINTS = 10_000
#: (input, lowest, highest) moved along the grid; shares stay within 0..1.
GRID = (("calls_per_month", 1_000, 100_000), ("minutes_per_call", 0.5, 20), ("outbound_share", 0, 1),
        ("toll_free_share", 0, 1), ("recorded_share", 0, 1), ("chars_per_minute", 450, 1350),
        ("agent_talk_share", 0.2, 0.8), ("turns_per_minute", 3, 9), ("system_prompt_tokens", 300, 6000),
        ("escalation_share", 0, 0.5))


def sweep() -> tuple[float, float]:
    """Seconds for POINTS bills over the grid, and the spread of their totals (a sanity figure)."""
    rec = recommend(ENTERPRISE)
    base = Volumes()
    steps = POINTS // len(GRID)
    points = [(name, low + (high - low) * k / (steps - 1)) for name, low, high in GRID for k in range(steps)]
    _bill(rec, base, readings=False)  # warm: data files loaded, engine memo filled
    start = time.perf_counter()
    totals = [_bill(rec, base.replace(**{name: value}), readings=False).total for name, value in points]
    return time.perf_counter() - start, max(totals) - min(totals)


def recommend_us(repeats: int = 2000) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        recommend(ENTERPRISE)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1e6


def once(fn, *args) -> float:
    fn(*args)
    start = time.perf_counter()
    fn(*args)
    return time.perf_counter() - start


def main() -> None:
    seconds, spread = sweep()
    per_point = seconds / POINTS * 1e6
    rec_us = recommend_us()
    print(f"cost model: {POINTS:,}-point sensitivity sweep in {seconds:.2f} s = {per_point:.0f} us a bill "
          f"({POINTS / seconds:,.0f} bills/s); totals span ${spread:,.0f}")
    print(f"one bill = {per_point / rec_us:.1f}x one recommend() ({rec_us:.0f} us, same run)")
    rec = recommend(ENTERPRISE)
    print(f"twarch.sensitivity() (every input and priced line at -/+50%): "
          f"{once(sensitivity, rec) * 1000:.1f} ms; twarch.capacity(): {once(capacity, rec) * 1e6:.0f} us")


if __name__ == "__main__":
    main()
