"""A residency region with an LLM route that processes outside it (round 1, design 04): the design moves to the
in-region route of the customer's own cloud, so no blocker stands against what is drawn; where the cloud offers none,
the blocker says so and the customer chooses.
"""

from __future__ import annotations

import pytest

import twarch
from twarch.engine.consistency import problems
from twarch.engine.feasibility import llm_route
from twarch.estimates.bill import bill

#: Round 1, design 04, reduced: an AWS customer in AU1 that answered OpenAI's own API.
AU_AWS = {"channels": ["voice"], "region": "au1", "cloud": "aws", "llm": "openai", "countries": ["AU"],
          "calls_per_month": 10000, "minutes_per_call": 4}


def warning_ids(rec) -> set[str]:
    return {w.id for w in rec.warnings}


@pytest.mark.parametrize(("answers", "route"), [
    (AU_AWS, "bedrock"),
    ({**AU_AWS, "cloud": "azure"}, "azure_openai"),
    ({**AU_AWS, "region": "ie1", "llm": "anthropic", "countries": ["DE"]}, "bedrock"),
])
def test_the_llm_moves_to_the_clouds_in_region_route(answers, route):
    rec = twarch.recommend(answers)
    assert llm_route(rec.answers) == route
    assert "llm_residency" not in warning_ids(rec)
    assert "gives.llm" in {t.id for t in rec.tradeoffs}
    assert bill(rec).stack.llm_vendor == route
    assert problems(rec) == []


def test_without_an_in_region_route_on_the_customers_cloud_the_blocker_stands():
    rec = twarch.recommend({**AU_AWS, "cloud": "any"})
    assert llm_route(rec.answers) == "openai"
    blocker = next(w for w in rec.warnings if w.id == "llm_residency")
    assert blocker.get("severity") == "blocker" and "Australia" in blocker.text


def test_no_region_no_move():
    unanswered = {k: v for k, v in AU_AWS.items() if k != "region"}
    assert llm_route(twarch.recommend(unanswered).answers) == "openai"
