"""Request reader benchmark: accuracy on the four held-out sets, and the time to read an ordinary request.

Run: python benchmarks/bench_mode.py
Targets (issue 10): >= 90% of modes right on every held-out set, no false activation, >= 80% of stated answers
pre-filled right. The figures each set gave when it was first measured, before its misses were read, are in
tests/test_mode_heldout.py: they are the honest estimate for requests nobody has seen.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from twarch.answers import Answers
from twarch.reader.request import detect_mode, read_request

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from test_mode_heldout import SETS, mode_accuracy, prefill_accuracy  # noqa: E402  (tests/ is on the path from above)

REQUEST = ("Our clinic wants a voice assistant that calls patients in the UK to remind them of appointments, "
           "and answers inbound calls too. Data must stay in the EU.")


def main() -> None:
    for name, cases in SETS.items():
        modes, _ = mode_accuracy(cases)
        answers, _ = prefill_accuracy(cases)
        false = sum(1 for text, mode, _ in cases if mode is None and detect_mode(text).activates)
        print(f"held-out set {name:<6} ({len(cases)} requests): modes {modes:.1%} right, answers {answers:.1%} right, "
              f"{false} false activations (targets >= 90%, >= 80%, 0)")
    answers = Answers.from_dict({"request": REQUEST})
    read_request(answers)  # compile the tables once
    times = []
    for _ in range(200):
        start = time.perf_counter()
        read_request(answers)
        detect_mode(REQUEST)
        times.append(time.perf_counter() - start)
    print(f"reading a {len(REQUEST)}-character request (mode + pre-fill): {statistics.median(times) * 1e3:.2f} ms "
          "median")


if __name__ == "__main__":
    main()
