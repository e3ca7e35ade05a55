"""Step 1 and pre-fill on held-out requests that the reader's phrase tables were not written from (issue 10).

Four sets, each in its own file and each written by someone who had not read the reader's patterns:

==============================  =====  ===========================================  ==========================
file                            cases  written                                      measured before tuning
==============================  =====  ===========================================  ==========================
heldout_requests.py             64     before the reader was generalised            78.1% modes, 82.8% answers
heldout_requests_fresh.py       69     blind, after the first generalisation        85.5% modes, 86.4% answers
heldout_requests_blind.py       78     blind, after the second                      84.6% modes, 78.3% answers,
                                                                                    2 false activations
heldout_requests_final.py       76     blind, after the third                       86.8% modes, 82.0% answers,
                                                                                    3 false activations
==============================  =====  ===========================================  ==========================

Each set's misses were then read to find the general rule behind them (a phrasing family, never a single case), so
the figures these tests hold are no longer blind; the "measured before tuning" column is the honest estimate of how
the reader does on requests nobody has seen: about 85-87% of modes. ``benchmarks/bench_mode.py`` prints both.
Targets: at least 90% of modes right on every set, no activation on a request that is not about an AI agent, and
at least 80% of the stated answers pre-filled right.
"""

import heldout_requests
import heldout_requests_blind
import heldout_requests_final
import heldout_requests_fresh
import pytest

from twarch.reader.request import detect_mode, prefill

SETS = {"first": heldout_requests.CASES, "fresh": heldout_requests_fresh.CASES,
        "blind": heldout_requests_blind.CASES, "final": heldout_requests_final.CASES}


def mode_accuracy(cases) -> tuple[float, list[str]]:
    """The share of requests whose mode (or non-activation) is right, and the misses."""
    misses = []
    for text, expected, _ in cases:
        found = detect_mode(text)
        got = found.mode if found.activates else None
        if got != expected:
            misses.append(f"{expected} -> {got}: {text}")
    return 1 - len(misses) / len(cases), misses


def prefill_accuracy(cases) -> tuple[float, list[str]]:
    """The share of expected answers pre-fill reads right (each stated answer counts once)."""
    total, misses = 0, []
    for text, _, expected in cases:
        found = {key: value for key, (value, _) in prefill(text).items()}
        for key, value in expected.items():
            total += 1
            got = found.get(key)
            if (sorted(got) if isinstance(got, tuple) else got) != (sorted(value) if isinstance(value, list)
                                                                    else value):
                misses.append(f"{key}: expected {value!r}, got {got!r}: {text}")
    return 1 - len(misses) / total, misses


@pytest.mark.parametrize("name", SETS)
def test_each_set_is_big_enough_and_covers_every_mode(name):
    cases = SETS[name]
    assert len(cases) >= 60
    assert {mode for _, mode, _ in cases} == {"discovery", "validation", "build", None}


@pytest.mark.parametrize("name", SETS)
def test_mode_accuracy_is_at_least_90_percent(name):
    accuracy, misses = mode_accuracy(SETS[name])
    assert accuracy >= 0.9, "\n".join(misses)


@pytest.mark.parametrize("name", SETS)
def test_no_false_activation(name):
    false = [text for text, mode, _ in SETS[name] if mode is None and detect_mode(text).activates]
    assert not false


@pytest.mark.parametrize("name", SETS)
def test_prefill_accuracy_is_at_least_80_percent(name):
    accuracy, misses = prefill_accuracy(SETS[name])
    assert accuracy >= 0.8, "\n".join(misses)
