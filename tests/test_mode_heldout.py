"""Step 1 and pre-fill on a held-out set of requests (tests/heldout_requests.py, never tuned on).

Targets from issue 10: at least 90% of modes right, and no activation on a request that is not about an AI agent.
Pre-fill is measured (the benchmark prints the figure) and must not invent answers the words do not state.
"""

import pytest
from heldout_requests import CASES

from twarch.mode import detect_mode, prefill


def mode_accuracy() -> tuple[float, list[str]]:
    """The share of held-out requests whose mode (or non-activation) is right, and the misses."""
    misses = []
    for text, expected, _ in CASES:
        found = detect_mode(text)
        got = found.mode if found.activates else None
        if got != expected:
            misses.append(f"{expected} -> {got}: {text}")
    return 1 - len(misses) / len(CASES), misses


def prefill_accuracy() -> tuple[float, list[str]]:
    """The share of expected answers pre-fill reads right (each stated answer counts once)."""
    total, misses = 0, []
    for text, _, expected in CASES:
        found = {key: value for key, (value, _) in prefill(text).items()}
        for key, value in expected.items():
            total += 1
            got = found.get(key)
            if (list(got) if isinstance(got, tuple) else got) != value:
                misses.append(f"{key}: expected {value!r}, got {got!r}: {text}")
    return 1 - len(misses) / total, misses


def test_the_held_out_set_is_big_enough():
    assert len(CASES) >= 60
    assert {mode for _, mode, _ in CASES} == {"discovery", "validation", "build", None}


# Before the request reader was generalised (commit of this file) the held-out set measured 78.1% of modes right
# (14 misses) and 82.8% of pre-filled answers; the generalisation must bring modes to >= 90%.
@pytest.mark.xfail(strict=True, reason="baseline 78.1% before the request reader is generalised (issue 10)")
def test_mode_accuracy_is_at_least_90_percent():
    accuracy, misses = mode_accuracy()
    assert accuracy >= 0.9, "\n".join(misses)


def test_no_false_activation():
    false = [text for text, mode, _ in CASES if mode is None and detect_mode(text).activates]
    assert not false


def test_prefill_accuracy_is_at_least_80_percent():
    accuracy, misses = prefill_accuracy()
    assert accuracy >= 0.8, "\n".join(misses)
