"""Review round 3 (a senior architect's 20 designs, 2026-12-08): classes E, F and G fixed on branch r3c.

E: Canadian provincial privacy law: Ontario's PHIPA for a clinic (design 20) and Quebec's Law 25 for a business in
Quebec (design 02) are recognised in the request and brought into the regulations and checklist.
F: sizing from what the customer said: agent assist sizes people on the call length; an ISV whose tenants each
escalate to their own staff is sized per tenant (design 10).
G: a data gap leads to "test it", not to a move: Google's STT lists Spanish and isiZulu (designs 11, 15), and a stack
over Twilio's latency limit is warned about (latency tests in tests/test_latency.py).

The designs are the review's own (/work/notes/reviews/round3/designs), cut down to the answers each finding reads.
"""

from __future__ import annotations

import twarch
from twarch.answers import Answers
from twarch.reader.request import read, stakes_named


def _regimes(rec):
    return {r.id for r in rec.regulations}


def _checklist_ids(rec):
    return {item.id for item in twarch.checklist(rec).items}


# ------------------------------------------------------------------------------------------------ E: provincial law

ONTARIO_CLINIC = {"request": "We're a family health team in Ottawa. Patients call and text to book. Under Ontario's "
                             "health privacy law we're careful about where patient information goes.",
                  "channels": ["voice", "sms"], "industry": "healthcare", "countries": ["CA"], "memory": True}


def test_ontarios_health_privacy_law_is_read_and_brings_phipa():
    rec = twarch.recommend(*read(Answers.from_dict(ONTARIO_CLINIC)))  # design 20
    assert not any("privacy law" in words for words in rec.unread)
    assert "canada_health_privacy" in _regimes(rec)
    text = next(r.text for r in rec.regulations if r.id == "canada_health_privacy")
    assert "PHIPA" in text and "exempt from PIPEDA" in text and "Other provinces" in text
    assert {"CAHP-01", "CAHP-02", "CAHP-03"} <= _checklist_ids(rec)
    assert "PHIPA" not in (rec.facts.named_laws_text or "")  # held by twarch, so not echoed as an unplaced law


def test_a_canadian_clinic_gets_the_provincial_health_item_even_unnamed():
    rec = twarch.recommend({"channels": ["voice"], "industry": "healthcare", "countries": ["CA"]})
    assert "canada_health_privacy" in _regimes(rec)
    assert "canada_health_privacy" not in _regimes(twarch.recommend({"channels": ["voice"], "countries": ["CA"]}))


def test_quebec_named_brings_law_25():
    assert stakes_named("We comply with Law 25 and Quebec's privacy law") == ("law_quebec", "quebec_named")
    answers = {"request": "We are a home and auto insurer based in Montreal.", "channels": ["voice", "sms"],
               "outcome": "outbound_calling", "direction": "outbound", "countries": ["CA"]}  # design 02
    rec = twarch.recommend(*read(Answers.from_dict(answers)))
    assert "quebec_privacy" in _regimes(rec)
    assert {"QCPRIV-01", "QCPRIV-02"} <= _checklist_ids(rec)
    answers["request"] = "We are a home and auto insurer based in Toronto."
    assert "quebec_privacy" not in _regimes(twarch.recommend(*read(Answers.from_dict(answers))))


# ------------------------------------------------------------------------------------------------ G: data gaps

ZA_BANK = {"channels": ["voice"], "countries": ["ZA"], "languages": ["en-ZA", "af-ZA", "zu-ZA"],
           "tts_provider": "elevenlabs", "cloud": "azure", "llm": "azure_openai", "priority": "quality"}


def test_a_south_african_design_stays_on_conversation_relay_with_google_stt():
    rec = twarch.recommend(ZA_BANK)  # design 11
    assert rec.voice_transport == "conversation_relay"
    assert rec.facts.language_pair != "missing"
    assert not any(w.id == "language_gap" for w in rec.warnings)


def test_spanish_on_google_is_settled():
    rec = twarch.recommend({"channels": ["voice"], "countries": ["ES"], "languages": ["es-ES", "en-GB", "de-DE"],
                            "stt_provider": "google", "tts_provider": "google"})  # design 15
    assert rec.facts.language_pair == "covered"
    assert not any(w.id == "language_unverified" for w in rec.warnings)


# ------------------------------------------------------------------------------------------------ F: sizing

def test_agent_assist_people_handle_the_whole_call():
    answers = {"channels": ["voice"], "outcome": "internal_tools", "wants": ["ai_copilot"], "handoff": True,
               "calls_per_month": 60000, "minutes_per_call": 9, "seats": 400}  # design 18
    c = twarch.capacity(answers)
    assert c.inputs.handle_minutes == 9 and "whole call" in c.inputs.get("handle_minutes").basis
    assert twarch.capacity({**answers, "handle_minutes": 11}).inputs.handle_minutes == 11  # yours wins


ISV = {"channels": ["voice", "sms"], "handoff": True, "handoff_target": "contact_center", "customer_profile": "isv",
       "tenants": 150, "countries": ["SG", "MY"], "calls_per_month": 45000, "minutes_per_call": 3,
       "escalation_share": 0.2}  # design 10


def test_an_isvs_tenant_teams_are_sized_and_billed_per_tenant():
    c = twarch.capacity(ISV)
    assert c.humans.agents < 150 <= c.human_agents  # at least one on duty per tenant
    assert "pooled across tenants understates" in c.humans_note
    assert "each tenant's subaccount" in c.humans_note and "shared Flex" in c.humans_note
    seats = next(line for line in twarch.bill(ISV).lines if line.id == "flex_active_user")
    assert seats.quantity == c.human_agents and "per-tenant teams" in seats.formula
    one = twarch.capacity({**ISV, "tenants": 1})
    assert one.human_agents == one.humans.agents and "Per-tenant" not in one.humans_note
