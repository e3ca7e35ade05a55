"""Round 2, design 15: collecting debts from people in Canada is provincial law (Ontario's Collection and Debt
Settlement Services Act and R.R.O. 1990, Reg. 74, https://www.ontario.ca/laws/regulation/900074, checked
2026-12-07), not the CRTC's telemarketing rules: the design gets the provincial item, and the DNCL (CA-01) and
telemarketing hours (CA-02) items no longer apply to its calls.
"""

from __future__ import annotations

import twarch
from twarch.knowledge.checklist import by_id
from twarch.knowledge.regimes import REGIMES

COLLECTOR = {"channels": ["voice"], "direction": "outbound", "industry": "debt_collection", "countries": ["CA"]}


def checklist_ids(rec) -> set[str]:
    return {c.id for c in rec.checklist}


def test_a_collector_calling_canada_gets_provincial_collection_law():
    rec = twarch.recommend(COLLECTOR)
    assert "canada_collection" in rec.regulation_ids and "CACOL-01" in checklist_ids(rec)
    item = by_id("CACOL-01")
    assert "Ontario" in item.obligation and "no province-by-province rules" in item.obligation
    assert all(s.url.startswith("https://www.ontario.ca/") and s.as_of == "2026-12-07" for s in item.sources)
    regime = REGIMES["canada_collection"]
    assert "Reg. 74" in regime.sourced and "no province-by-province rules" in regime.sourced
    assert regime.where == "CA"


def test_telemarketing_items_do_not_apply_to_collection_calls():
    rec = twarch.recommend(COLLECTOR)
    assert not {"CA-01", "CA-02"} & checklist_ids(rec)
    assert "CA-03" in checklist_ids(rec)  # the ADAD identification still reaches a collection call


def test_a_telemarketer_calling_canada_keeps_dncl_and_hours_and_no_collection_law():
    rec = twarch.recommend({**COLLECTOR, "industry": "retail"})
    assert {"CA-01", "CA-02"} <= checklist_ids(rec)
    assert "canada_collection" not in rec.regulation_ids and "CACOL-01" not in checklist_ids(rec)


def test_a_us_and_canadian_collector_gets_both_laws_and_no_uncovered_notice():
    rec = twarch.recommend({**COLLECTOR, "countries": ["US", "CA"]})
    assert {"fdcpa", "canada_collection"} <= set(rec.regulation_ids)
    assert "collections_uncovered" not in {w.id for w in rec.warnings}


def test_a_canadian_only_collector_is_not_told_twarch_holds_only_us_collection_rules():
    rec = twarch.recommend(COLLECTOR)
    assert "collections_uncovered" not in {w.id for w in rec.warnings}
