"""Hostile input: the worst-case time of mode detection and pre-fill at the maximum request length, how fast
hostile answers are refused, and a long Hypothesis run over every cost and capacity input.

Run: python benchmarks/bench_hostile.py [EXAMPLES]   (figures measured in this one run; EXAMPLES, default 20,000,
is the number of cost and capacity command lines Hypothesis draws)
Targets: mode detection + pre-fill of any text of MAX_TEXT characters < 0.25 s, and the worst text at full
length within 6x of the same text at a quarter of it (linear work gives 4x; a pattern that backtracks over a
run gives 16x); every refusal below < 1 s in-process; of the cost and capacity command lines (every volume flag,
--set of every input, --price of every line, --minutes, --service-level; values at and past each range's edges,
any float, huge and malformed numbers), none ends in a traceback, none prints inf or NaN, and no figure reaches
1e26 (tests/bounded.py's check_estimate, run under tests/bounded.py's memory cap). tests/test_hostile.py runs 300
of them on every test run.
"""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

from twarch import AnswerError, Answers, Recommendation
from twarch.io.bounds import MAX_FILE_BYTES, MAX_TEXT
from twarch.io.reading import parse_json, parse_yaml
from twarch.reader.request import answers_from_text, detect_mode, prefill

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

#: Repeated units that once made a pattern backtrack over a run (hyphens, digit groups, dotted names, URLs,
#: negations), and ordinary requests for comparison.
ADVERSARIAL = ["-", "1,", "9,999", "a.", "a-", "9", "ws://", "a_", "1.", "voice no ", "x-y.", "a(", "- ", "hand-off ",
               "AI ", "e-", "real-", "1 concurrent ", "google for ", "transfer to ", "not sure whether ",
               "'s ", "en-", "interrupt and ", "12 nurses ", "of our ", "puts it through "]
ORDINARY = ("We run three dental clinics and want an AI phone agent that books appointments, remembers returning "
            "patients, hands off to a nurse, speaks Spanish, and runs on Azure with Python. ")


def _fuzzed_units(count: int = 200) -> list[str]:
    pieces = list("aA1-._,(): /<>'k9x") + ["real", "voice", "call", "ai ", "hand", "no ", "web", "socket", "gpt",
                                         "http://", "www.", "_X", "pay", "record", "the ", "agent", "1,", "a-"]
    rng = random.Random(13)
    return [''.join(rng.choice(pieces) for _ in range(rng.randint(1, 3))) for _ in range(count)]


def _of_length(unit: str, length: int) -> str:
    return (unit * (length // len(unit) + 1))[:length]


def _best(func, arg, repeats: int = 3) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        func(arg)
        best = min(best, time.perf_counter() - start)
    return best


def _mode_and_prefill(text: str) -> None:
    detect_mode(text)
    prefill(text)


def worst_case() -> None:
    units = ADVERSARIAL + _fuzzed_units()
    timed = sorted(((_best(_mode_and_prefill, _of_length(u, MAX_TEXT), 1), u) for u in units), reverse=True)
    worst = [(_best(_mode_and_prefill, _of_length(u, MAX_TEXT)), u) for _, u in timed[:5]]  # re-time the top five
    seconds, unit = max(worst)
    quarter = _best(_mode_and_prefill, _of_length(unit, MAX_TEXT // 4))
    typical = _best(_mode_and_prefill, _of_length(ORDINARY, MAX_TEXT))
    print(f"mode detection + pre-fill at {MAX_TEXT} characters, worst of {len(units)} adversarial texts: "
          f"{seconds * 1000:.0f} ms for {unit!r} repeated (target < 250 ms); an ordinary request of that length "
          f"{typical * 1000:.0f} ms")
    print(f"  the same text at {MAX_TEXT // 4} characters: {quarter * 1000:.1f} ms, so 4x the length costs "
          f"{seconds / quarter:.1f}x (linear 4x, quadratic 16x; target < 6x)")
    for name, func in (("detect_mode", detect_mode), ("prefill", prefill), ("answers_from_text", answers_from_text)):
        print(f"  {name} alone on it: {_best(func, _of_length(unit, MAX_TEXT)) * 1000:.0f} ms")
    print(f"  a request of 131,072 characters refused in {_refused_in(lambda: detect_mode('-' * 131_072)) * 1e6:.0f} us"
          " (the length is checked before any scan)")


def _refused_in(thunk, repeats: int = 3) -> float:
    """Best time of ``thunk()``, which must raise :class:`AnswerError` every time."""
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        try:
            thunk()
        except AnswerError:
            best = min(best, time.perf_counter() - start)
        else:
            raise AssertionError("a hostile input was accepted")
    return best


def _laughs() -> str:
    anchors = ["&a0 [lol,lol,lol,lol,lol,lol,lol,lol,lol]"]
    anchors += [f"&a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 9)]
    return f"memory: [{','.join(anchors)}]\n"


def refusals() -> None:
    letters = "abcdefghijklmnopqrstuvwxyz"
    tags = [f"{a}{b}-{c}{d}" for a in letters for b in letters for c in "ABCDEFGHIJ" for d in "ABCDEFGHIJ"]
    cases = {
        f"YAML alias bomb ({len(_laughs())} bytes, 9**9 values once expanded)": ("yaml", _laughs()),
        "JSON nested 100,000 deep": ("json", "[" * 100_000 + "]" * 100_000),
        "YAML nested 5,000 deep": ("yaml", "[" * 5000 + "]" * 5000),
        f"YAML of {MAX_FILE_BYTES // 1024} KiB (a block scalar, the slowest file to parse)": (
            "yaml", "request: |\n" + "  a\n" * ((MAX_FILE_BYTES - 20) // 4)),
        "JSON one byte over the size limit": ("json", " " * (MAX_FILE_BYTES + 1)),
        "a count of 5,000 digits": ("json", '{"peak_concurrent_calls": ' + "9" * 5000 + "}"),
        f"{len(tags):,} language tags": ("json", json.dumps({"languages": tags})),
    }
    for what, (kind, text) in cases.items():
        parse = parse_json if kind == "json" else parse_yaml
        seconds = _refused_in(lambda parse=parse, text=text: Answers.from_dict(parse(text)))
        print(f"refused: {what}: {seconds * 1000:.1f} ms (target < 1,000 ms)")


def largest_bill() -> None:
    """The largest monthly total any inputs in range give, searched greedily from every input at the top of its range
    (each input moved to each edge of its range in turn, kept where the total grows), every unit price at its
    highest, on every example with all four channels: the figure README's "What twarch refuses" quotes."""
    from twarch import bill, recommend
    from twarch.estimates.lines import LINE_IDS
    from twarch.estimates.volumes import NUMERIC, SPECS, Volumes

    numeric = [name for name, spec in SPECS.items() if spec.kind in NUMERIC]
    prices = dict.fromkeys(LINE_IDS, SPECS["prices"].high)
    best, where = 0.0, ""
    start = time.perf_counter()
    for path in sorted((ROOT / "examples").iterdir()):
        rec = recommend(Answers.load(path).to_dict() | {"channels": ["voice", "sms", "whatsapp", "chat"]})

        def total(values: dict, rec: Recommendation = rec) -> float:
            return float(bill(rec, Volumes.from_mapping(values).replace(prices=prices)).total)

        values = {name: SPECS[name].high for name in numeric}
        found = total(values)
        for _ in range(2):
            for name in numeric:
                spec = SPECS[name]
                for edge in {spec.high, spec.smallest, spec.low, (spec.low + spec.high) / 2}:
                    tried = total(values | {name: edge})
                    if tried > found:
                        found, values = tried, values | {name: edge}
        if found > best:
            best, where = found, path.stem
    print(f"largest monthly total of inputs in range: ${best:.3g} ({where}, every channel; greedy search over the "
          f"edges of every range, every price at ${SPECS['prices'].high:,.0f}) in {time.perf_counter() - start:.0f} s; "
          f"a total rounds to the cent below $1e26")


def estimate_inputs(examples: int) -> None:
    """``examples`` Hypothesis command lines of ``twarch cost`` and ``twarch capacity`` in one child process under
    the hostile suite's memory cap; any traceback, inf, NaN or figure of 1e26 or more fails the run."""
    from bounded import LARGEST_FIGURE, bounded, check_estimate
    from hypothesis import HealthCheck, given, settings
    from strategies import estimate_argv

    paths = [str(p) for p in sorted((ROOT / "examples").iterdir())]

    def run() -> dict:
        seen = {"answered": 0, "refused": 0, "largest": 0.0, "flags": 0}

        @settings(max_examples=examples, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        @given(estimate_argv(paths))
        def one(argv: list[str]) -> None:
            status, largest = check_estimate(argv)
            seen["answered" if status == 0 else "refused"] += 1
            seen["largest"] = max(seen["largest"], largest)
            seen["flags"] += len(argv) - 2

        one()
        return seen

    start = time.perf_counter()
    kind, seen = bounded(run, within=examples * 0.5 + 60)
    seconds = time.perf_counter() - start
    runs = seen["answered"] + seen["refused"]
    print(f"cost and capacity inputs: {runs:,} Hypothesis command lines ({seen['flags']:,} flags and values) in "
          f"{seconds:.0f} s ({seconds / runs * 1000:.1f} ms each), under the memory cap: {seen['answered']:,} answered "
          f"(exit 0), {seen['refused']:,} refused in one line (exit 2), 0 tracebacks, 0 inf or NaN; largest figure "
          f"written {seen['largest']:.3g} (limit {LARGEST_FIGURE:.0e})")


if __name__ == "__main__":
    worst_case()
    refusals()
    largest_bill()
    estimate_inputs(int(sys.argv[1]) if len(sys.argv) > 1 else 20_000)
