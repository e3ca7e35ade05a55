"""Engine and CLI benchmark: recommend() per call, the exhaustive sweep's rate, CLI start vs a bare interpreter.

Run: python benchmarks/bench_engine.py   (figures are ratios and rates measured in this one run)
Targets: sweep >= 20,000 recommendations/s on one core; the CLI at most 6x `python -c pass`, as the median of the
ratios of interleaved pairs of runs (a pair shares the machine's state of the moment).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

from twarch import engine, recommend

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from sweep import answer_space  # noqa: E402  (tests/ is not a package: importable only once the line above ran)

EXAMPLE = ROOT / "examples" / "clinic.json"


def per_call_us(repeats: int = 2000) -> float:
    from twarch import Answers

    answers = Answers.load(EXAMPLE)
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        recommend(answers)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1e6


def sweep_rate(validate: bool, passes: int = 3) -> tuple[int, float, float]:
    """Best rate of ``passes`` over the whole space, cold (memo emptied first) and warm (straight after); from raw
    dicts when ``validate``. The best pass, as for the wall times, resists a busy machine."""
    from twarch import Answers

    space = answer_space() if validate else [Answers.from_dict(a) for a in answer_space()]
    recommend(Answers.load(EXAMPLE))  # one-time process set-up (data files, compiled conditions) is not the sweep
    cold = warm = 0.0
    for _ in range(passes):
        engine.clear_memo()
        cold = max(cold, _rate(space))
        warm = max(warm, _rate(space))
    return len(space), cold, warm


def _rate(space: list) -> float:
    """Recommendations per second over ``space``, once through."""
    start = time.perf_counter()
    for answers in space:
        recommend(answers)
    return len(space) / (time.perf_counter() - start)


CLI_TARGET = 6.0


def _wall(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def pairwise(a: list[str], b: list[str], pairs: int = 20) -> tuple[float, float, float]:
    """(median ratio a/b over interleaved pairs of runs, median of a, median of b), after one warm-up of each."""
    _wall(a), _wall(b)
    runs = [(_wall(a), _wall(b)) for _ in range(pairs)]
    return (statistics.median(x / y for x, y in runs), statistics.median(x for x, _ in runs),
            statistics.median(y for _, y in runs))


def main() -> None:
    print(f"recommend() median per call (clinic example, memoised tables warm): {per_call_us():.1f} us")
    for validate, what in ((False, "Answers"), (True, "raw dicts, validated on the way in")):
        n, cold, warm = sweep_rate(validate)
        print(f"exhaustive sweep of {n} answer sets ({what}): {cold:,.0f} rec/s cold (empty memo), "
              f"{warm:,.0f} rec/s warm (target >= 20,000)")
    # What an installed twarch keeps beside its bytecode after its first runs (scripts/warm.py, as scripts/setup.sh
    # does), so the figure does not depend on PYTHONDONTWRITEBYTECODE in the caller's environment.
    subprocess.run([sys.executable, str(ROOT / "scripts" / "warm.py")], check=True)
    ratio, cli, bare = pairwise([sys.executable, "-m", "twarch", "recommend", str(EXAMPLE), "--format", "json"],
                                [sys.executable, "-c", "pass"])
    verdict = "meets" if ratio <= CLI_TARGET else "MISSES"
    print(f"CLI `twarch recommend --format json`: median {cli * 1000:.0f} ms vs bare interpreter {bare * 1000:.0f} ms; "
          f"median pairwise ratio {ratio:.2f}x ({verdict} the target <= {CLI_TARGET:g}x)")


if __name__ == "__main__":
    main()
