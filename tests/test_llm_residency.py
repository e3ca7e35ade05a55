"""A residency region with an LLM route that processes outside it (round 1, design 04): the design moves to the
in-region route of the customer's own cloud, so no blocker stands against what is drawn; where the cloud offers none,
the blocker says so and the customer chooses.
"""

from __future__ import annotations

import pytest

import twarch
from twarch.engine.consistency import problems
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
    assert rec.facts.llm_route == route
    assert "llm_residency" not in warning_ids(rec)
    assert "gives.llm" in {t.id for t in rec.tradeoffs}
    assert bill(rec).stack.llm_vendor == route
    assert problems(rec) == []


def test_without_an_in_region_route_on_the_customers_cloud_the_blocker_stands():
    rec = twarch.recommend({**AU_AWS, "cloud": "gcp"})  # Vertex AI's Australian processing is not confirmed
    assert rec.facts.llm_route == "openai"
    blocker = next(w for w in rec.warnings if w.id == "llm_residency")
    assert blocker.get("severity") == "blocker" and "Australia" in blocker.text


@pytest.mark.parametrize(("cloud", "llm", "region", "route"), [
    (None, "openai", "au1", "azure_openai"), ("any", "openai", "au1", "azure_openai"),
    ("any", "anthropic", "ie1", "bedrock"), (None, "anthropic", "au1", "bedrock"),
])
def test_with_no_cloud_the_llm_moves_to_the_route_reselling_its_makers_models(cloud, llm, region, route):
    """Round 2, design 05: with no cloud answered, a route processing outside the zone moves to the in-zone route
    that serves the same maker's models, said to be twarch's choice the customer can change."""
    answers = {**AU_AWS, "llm": llm, "region": region, **({"cloud": cloud} if cloud else {})}
    if cloud is None:
        del answers["cloud"]
    rec = twarch.recommend(answers)
    assert rec.facts.llm_route == route and "llm_residency" not in warning_ids(rec)
    gave = next(t for t in rec.tradeoffs if t.id == "gives.llm")
    assert "no cloud was answered" in gave.text and "you can change" in gave.text
    assert bill(rec).stack.llm_vendor == route and problems(rec) == []


def test_google_with_no_cloud_keeps_the_blocker():
    rec = twarch.recommend({**AU_AWS, "cloud": "any", "llm": "google"})
    assert rec.facts.llm_route == "google" and "llm_residency" in warning_ids(rec)


#: Round 2, design 05, reduced: OpenAI speech-to-speech in AU1, where no realtime model runs.
AU_S2S = {**AU_AWS, "cloud": "any", "voice_pipeline": "speech_to_speech"}


def test_speech_to_speech_dropped_for_residency_never_leaves_the_llm_outside_the_zone():
    rec = twarch.recommend(AU_S2S)
    assert rec.voice_pipeline == "cascaded" and rec.facts.llm_route == "azure_openai"
    assert "llm_residency" not in warning_ids(rec)


def test_speech_to_speech_dropped_says_where_the_kept_llm_fails_the_same_test():
    """A cloud with no in-zone route keeps the blocker; the line dropping speech-to-speech says the LLM kept fails the
    same residency test, in the same place."""
    rec = twarch.recommend({**AU_S2S, "cloud": "gcp"})
    dropped = next(t for t in rec.tradeoffs if t.text.startswith("Speech-to-speech"))
    assert "the cascaded design's LLM fails the same test" in dropped.text and "OpenAI's own API" in dropped.text
    assert "llm_residency" in warning_ids(rec)


def test_no_region_no_move():
    unanswered = {k: v for k, v in AU_AWS.items() if k != "region"}
    assert twarch.recommend(unanswered).facts.llm_route == "openai"
