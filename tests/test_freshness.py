"""How current the facts behind a design are: one line in the Markdown, HTML and JSON reports, the hand-out and the
Wizard, counted back from the knowledge's review date (never from the clock)."""

from __future__ import annotations

import json

import pytest

import twarch.render.freshness as fr
from twarch import recommend, report
from twarch.knowledge import claims
from twarch.render.freshness import RECHECK, Freshness, freshness, freshness_line

CLINIC = {"channels": ["voice"], "industry": "healthcare", "memory": True, "handoff": True}


def test_the_line_names_the_review_the_oldest_fact_and_the_command():
    rec = recommend(CLINIC)
    found = freshness(rec)
    cited = {c for item in rec.items() for c in dict(item.details).get("claims", ())}
    assert found.reviewed == claims.REVIEWED and found.facts == len(cited) > 1 and found.older == ()
    assert found.oldest_checked == min(claims.claim(c).checked for c in cited)
    assert freshness_line(rec) == (
        f"twarch's knowledge was last reviewed on {claims.REVIEWED}. The oldest of the {found.facts} product facts "
        f"behind this advice was checked on {found.oldest_checked} ({found.oldest}); none had gone more than 90 days "
        f"unchecked at that review. `{RECHECK}` re-checks them at their sources.")


def test_every_report_format_carries_the_same_line():
    rec = recommend(CLINIC)
    line = freshness_line(rec)
    assert f"## How current this is\n\n- {line}\n" in report(rec, "md")
    assert "<code>twarch facts verify</code> re-checks them at their sources." in report(rec, "html")
    data = json.loads(report(rec, "json"))
    assert data["freshness"] == freshness(rec).to_dict()
    assert data["freshness"]["line"] == line and data["freshness"]["recheck"] == "twarch facts verify"
    assert (data["freshness"]["older_than_days"], data["freshness"]["older"]) == (90, 0)


def test_ages_count_back_from_the_review_date_not_the_clock(monkeypatch):
    rec = recommend(CLINIC)
    before = report(rec, "json")
    monkeypatch.setattr(claims, "REVIEWED", "2027-06-01")  # a later review: every fact checked in 2026 is now old
    monkeypatch.setattr(fr, "REVIEWED", "2027-06-01")
    found = freshness(rec)
    assert found.reviewed == "2027-06-01" and len(found.older) == found.facts and found.older == tuple(sorted(
        found.older, key=lambda c: (claims.claim(c).checked, c)))
    assert f"{found.facts} had gone more than 90 days unchecked ({', '.join(found.older)})" in found.line
    data = json.loads(report(rec, "json"))["freshness"]
    assert data["older"] == found.facts and data["older_ids"] == list(found.older)
    monkeypatch.undo()
    assert report(rec, "json") == before  # the same answers, the same bytes


def test_one_fact_and_no_fact():
    assert "The one product fact behind this advice was checked on 2026-11-01 (a.b); none had gone" in \
        Freshness("2026-11-27", 1, "a.b", "2026-11-01").line
    none = Freshness("2026-11-27", 0)
    assert none.line == "twarch's knowledge was last reviewed on 2026-11-27. `twarch facts verify` re-checks its " \
                        "facts at their sources."
    assert none.to_dict()["oldest"] is None


@pytest.mark.render
def test_the_hand_out_and_the_wizard_show_the_line():
    from twarch.checklists import checklist
    from twarch.render.handout import handout
    from twarch.widgets.outputs import Results

    rec = recommend(CLINIC)
    assert "<code>twarch facts verify</code> re-checks them at their sources." in handout(rec, svg="<svg></svg>")
    results = Results(on_tick=lambda item, status: None)
    assert "freshness" in results.render(rec, checklist(rec))
    assert "<code>twarch facts verify</code>" in results.widgets["freshness"].value
