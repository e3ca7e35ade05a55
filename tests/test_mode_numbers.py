"""The request reader stays linear: no pattern with a run of words in it backtracks over a long run after its first
word."""

from __future__ import annotations

import pytest
from test_hostile import bounded

from twarch import mode as mode_module
from twarch.knowledge.questions import BY_ID

# ---- linear work: a word that starts a pattern, then a long run ---------------------------------------------

#: Words that start a pattern with a run of words, a number or a range after them. Before twarch.knowledge.signals
#: had ``_WORD``, "our own", "we're a", "answers" and others made a pattern backtrack over a run of hyphens after
#: them (cubic: 13 s for one pattern at 1,000 characters), because a word of word characters and hyphens and the
#: separator after it could split the run in as many ways as it was long.
HEADS = ["our own ", "our ", "we're a ", "small ", "we run a ", "large ", "we give ", "serves 12 ", "12 ", "9,000 ",
         "book ", "answers ", "answering ", "call ", "rings our ", "German ", "custom ", "transfer ", "15% ", "8 to ",
         "calls last 4", "each of our ", "monthly call volume ", "escalation rate ", "containment ", "a human "]
RUNS = ["-", "- ", "a-", "-a", "9-"]


@pytest.mark.parametrize("run", RUNS)
def test_a_word_then_a_long_run_is_read_in_linear_time(run):
    texts = [head + run * (4000 // len(run)) for head in HEADS]

    def scan():
        for text in texts:
            mode_module._find(mode_module._table("signals"), text)
            mode_module._find_all(mode_module._phrases_for(frozenset(BY_ID)), text)

    assert bounded(scan, within=2.0 * len(HEADS) / 4)[0] == "ok"

