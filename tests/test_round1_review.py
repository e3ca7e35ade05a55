"""Review round 1 (a senior architect's 20 designs, 2026-12-07): the classes of error fixed on branch fix3.

A: a Blocker means the drawn design cannot work or is not allowed as drawn, never a reminder of what it already does.
E: high-stakes words the reader used to list as not understood (medical accounts, credential resets) now bring their
consequence (knowledge/stakes.py).
F: HIPAA vendor-BAA advice: ConversationRelay's speech vendors are Twilio's to contract (ask Twilio); the vendors a
design calls itself (Media Streams speech, the realtime model, the LLM) need the customer's own BAA, every LLM route
with a sourced row.
"""

from __future__ import annotations

import dataclasses

import pytest

import twarch
from twarch.answers import Answers
from twarch.engine.consistency import problems
from twarch.knowledge.baa import VENDOR_BAAS
from twarch.knowledge.claims import CLAIMS, DECEMBER
from twarch.knowledge.invariants import MET_BY
from twarch.knowledge.stack import LLMS
from twarch.reader.request import read, stakes_named, unread_words

VOICE = {"channels": ["voice"]}
HIPAA = {**VOICE, "industry": "healthcare", "countries": ["US"]}


def warning(rec, wid):
    return next((w for w in rec.warnings if w.id == wid), None)


def blockers(rec):
    return {w.id for w in rec.warnings if w.get("severity") == "blocker"}


# ------------------------------------------------------------------------------------------------ A: blockers

def test_the_agent_connect_advisory_is_no_blocker_for_a_build_that_pins_2_7():
    rec = twarch.recommend(VOICE)
    assert rec.implementation_path == "tac_sdk" and ">=2.7.0" in rec.install
    advisory = warning(rec, "agent_connect_2_7")
    assert advisory.get("severity") == "operational" and "existing deployment upgrades" in advisory.text


def test_a_payment_link_design_is_not_told_to_use_a_hosted_page_as_a_blocker():
    rec = twarch.recommend({"channels": ["voice", "sms"], "takes_payments": True, "card_capture": "payment_link"})
    assert "pci_text_payments" not in {w.id for w in rec.warnings}
    assert warning(rec, "pci_payment_link") is not None  # said once, as an operational note
    # cards taken on the call (round 2, class G): paying in the text channel is a reminder, not a blocker
    other = twarch.recommend({"channels": ["voice", "sms"], "takes_payments": True, "card_capture": "pay_subaccount"})
    assert "pci_text_payments" not in blockers(other)
    assert warning(other, "pci_text_payments").get("severity") == "operational"
    text_only = twarch.recommend({"channels": ["sms"], "takes_payments": True, "card_capture": "pay_in_call"})
    assert "pci_text_payments" in blockers(text_only)  # no call to take the card on: the text channel needs a way


def test_the_whatsapp_ban_is_a_note_for_the_business_specific_agent_twarch_draws():
    for outcome in ("autonomous_service", "outbound_calling", "conversational_commerce", "internal_tools"):
        rec = twarch.recommend({"channels": ["whatsapp"], "outcome": outcome})
        ban = warning(rec, "whatsapp_general_ai_ban")
        assert ban.get("severity") == "operational" and "allowed" in ban.text


def test_polly_inside_conversation_relay_is_no_aws_blocker():
    rec = twarch.recommend({**HIPAA, "tts_provider": "amazon_polly"})
    assert rec.voice_transport == "conversation_relay" and rec.tts_provider == "amazon_polly"
    assert "hipaa_baa_amazon" not in {w.id for w in rec.warnings}
    assert problems(rec) == []


def test_the_checker_catches_a_blocker_the_design_already_meets():
    rec = twarch.recommend(VOICE)
    advisory = warning(rec, "agent_connect_2_7")
    graded = dataclasses.replace(advisory, details=tuple((k, "blocker" if k == "severity" else v)
                                                          for k, v in advisory.details))
    inflated = dataclasses.replace(rec, warnings=tuple(graded if w is advisory else w for w in rec.warnings))
    assert any(p.startswith("no_blocker_already_met") for p in problems(inflated))
    assert set(MET_BY) <= set(CLAIMS)


# ------------------------------------------------------------------------------------------------ F: BAAs

def test_conversation_relay_speech_vendors_are_twilios_to_ask_about():
    for stt, tts in (("deepgram", "amazon_polly"), ("google", "google"), ("deepgram", "elevenlabs")):
        rec = twarch.recommend({**HIPAA, "stt_provider": stt, "tts_provider": tts})
        assert rec.voice_transport == "conversation_relay"
        ask = warning(rec, "hipaa_relay_speech")
        assert "ask Twilio whether your BAA with Twilio covers" in ask.text and "Speech Recognition" in ask.text
        assert ask.get("claims") == ("hipaa.relay_speech",)
        assert not any(w.id.startswith("hipaa_baa_") and w.id[10:] in (stt, tts, "amazon") for w in rec.warnings), (
            stt, tts)
        assert not any("get a BAA signed by" in w.text or "accept the BAA in the Cloud console" in w.text
                       for w in rec.warnings)


def test_a_vendor_the_customer_runs_on_media_streams_gets_its_own_baa_not_twilios_list():
    rec = twarch.recommend({**HIPAA, "tts_provider": "cartesia", "stt_provider": "deepgram", "llm": "anthropic"})
    assert rec.voice_transport == "media_streams"
    assert {"hipaa_baa_cartesia", "hipaa_baa_deepgram", "hipaa_baa_anthropic"} <= blockers(rec)
    assert warning(rec, "hipaa_relay_speech") is None
    assert not any("Twilio's HIPAA list" in w.text and "Cartesia" in w.text for w in rec.warnings)


def test_every_llm_route_twarch_offers_gets_a_sourced_baa_row():
    for llm in (m for m in LLMS if m not in ("own", "other")):
        rec = twarch.recommend({**HIPAA, "llm": llm})
        rows = [w for w in rec.warnings if w.id.startswith("hipaa_baa_")]
        assert rows, llm
        assert all(CLAIMS[c].checked == DECEMBER for w in rows for c in w.get("claims")), llm
    assert {"anthropic", "gemini", "bedrock", "azure_openai", "openai"} <= {b.id for b in VENDOR_BAAS}
    assert CLAIMS["baa.anthropic"].status == "confirmed" and CLAIMS["hipaa.relay_speech"].checked == DECEMBER


# ------------------------------------------------------------------------------------------------ E: high stakes

@pytest.mark.parametrize("text", [
    "We call consumers about past-due medical and utility accounts",
    "An agent for our hospital billing line: patient balances and payment plans",
    "a revenue cycle company chasing unpaid patient bills",
    "We collect medical debt for clinics in Ohio",
])
def test_medical_accounts_are_read_and_not_left_as_not_understood(text):
    assert stakes_named(text) == ("medical_accounts",)
    assert not any(w in " ".join(unread_words(text)).lower() for w in ("medical", "patient bills", "revenue cycle"))


@pytest.mark.parametrize("text", [
    "The helpdesk bot resets passwords and unlocks accounts for our 9,000 employees",
    "callers can reset their MFA or get a password reset over the phone",
    "it handles account unlocks and PIN changes",
    "resetting two-factor for staff who lost their phone",
])
def test_credential_resets_are_read_and_not_left_as_not_understood(text):
    assert stakes_named(text) == ("credential_resets",)
    assert not any(w in " ".join(unread_words(text)).lower() for w in ("password", "unlock", "mfa", "two-factor"))


@pytest.mark.parametrize("text", [
    "It never resets passwords: people do that at the service desk",
    "A clinic receptionist that books appointments",
    "Patients call to book appointments",
    "We sell medical supplies online",
])
def test_a_request_without_the_terms_names_no_stakes(text):
    assert stakes_named(text) == ()


def _read(answers):
    return twarch.recommend(*read(Answers.from_dict(answers)))


COLLECTOR = {"request": "A third-party collection agency: AI voice agents call consumers about past-due medical and "
                        "utility accounts.", "outcome": "outbound_calling", "channels": ["voice"],
             "industry": "debt_collection", "countries": ["US"], "memory": True}


def test_medical_accounts_in_the_us_bring_hipaa_and_what_it_rules_out():
    rec = _read(COLLECTOR)
    assert "hipaa" in rec.regulation_ids and "fdcpa" in rec.regulation_ids
    why = next(r for r in rec.regulations if r.id == "hipaa")
    assert "business associate" in why.why.note
    assert "conversation_memory" not in rec.product_ids and rec.implementation_path == "manual"
    assert problems(rec) == []
    abroad = _read({**COLLECTOR, "countries": ["MX"]})  # HIPAA is US law
    assert "hipaa" not in abroad.regulation_ids
    plain = _read({**COLLECTOR, "request": "AI voice agents call consumers about past-due utility accounts."})
    assert "hipaa" not in plain.regulation_ids


HELPDESK = {"request": "Internal IT helpdesk for 9,000 employees: the voice bot resets passwords and unlocks "
                       "accounts, and opens tickets.", "outcome": "internal_tools", "channels": ["voice", "chat"],
            "countries": ["US", "MX"]}


def test_a_helpdesk_that_resets_credentials_gets_the_caller_verification_blocker_and_skills():
    rec = _read(HELPDESK)
    block = warning(rec, "caller_verification")
    assert block.get("severity") == "blocker" and "caller ID" in block.text and "Twilio Verify" in block.text
    assert block.get("claims") == ("verify.step_up",)
    assert {"twilio-identity-verification-advisor", "twilio-verify-send-otp"} <= set(rec.skill_names())
    quiet = _read({**HELPDESK, "request": "Internal IT helpdesk: the voice bot answers questions and opens tickets."})
    assert warning(quiet, "caller_verification") is None
    assert "twilio-verify-send-otp" not in quiet.skill_names()


# ------------------------------------------------------------------------------------------------ J: Polly engines

def test_a_quality_priority_never_gets_pollys_standard_engine_and_is_priced_for_its_engine():
    from twarch.estimates.bill import bill
    from twarch.estimates.stack import stack_of

    for extra in ({}, {"languages": ["ja-JP", "en-US"]}, {"industry": "healthcare", "countries": ["US"]}):
        answers = {**VOICE, "tts_provider": "amazon_polly", "priority": "quality", "calls_per_month": 1000, **extra}
        rec = twarch.recommend(answers)
        tts = stack_of(rec).tts
        assert tts.id in ("amazon-polly-neural", "amazon-polly-generative") and tts.unit_price >= 16, extra
        line = next(x for x in bill(rec).lines if x.id == "tts")
        assert line.unit_price == tts.unit_price and "Polly Neural" in line.line
    cost = stack_of(twarch.recommend({**VOICE, "tts_provider": "amazon_polly", "priority": "cost"})).tts
    assert cost.id == "amazon-polly-standard"  # the cheapest engine stays the cost priority's


# ------------------------------------------------------------------------------------------------ smaller findings

def test_an_agent_assist_call_is_not_announced_as_answered_by_an_ai():
    assist = twarch.recommend({"outcome": "internal_tools", "wants": ["ai_copilot"], "channels": ["voice"],
                               "countries": ["GB"]})
    notice = {c.id: c for c in assist.checklist}
    assert "UK-08" not in notice and "analyses" in notice["UK-08A"].text and "AI answers" not in notice["UK-08A"].text
    agent = twarch.recommend({"channels": ["voice"], "countries": ["GB"]})
    assert "UK-08" in {c.id for c in agent.checklist} and "UK-08A" not in {c.id for c in agent.checklist}


def test_crtc_telemarketing_rules_only_for_calls_placed_or_texts_to_canada():
    inbound = twarch.recommend({"channels": ["voice", "chat"], "countries": ["CA"], "direction": "inbound"})
    assert "canada_crtc_casl" not in inbound.regulation_ids and "canada_pipeda" in inbound.regulation_ids
    outbound = twarch.recommend({"channels": ["voice"], "countries": ["CA"], "direction": "outbound"})
    assert {"CA-01", "CA-03"} <= {c.id for c in outbound.checklist}
    texts = twarch.recommend({"channels": ["sms"], "countries": ["CA"], "direction": "inbound"})
    assert [c.id for c in texts.checklist if c.id.startswith("CA-")] == ["CA-04"]


def test_a_hipaa_bill_carries_the_edition_it_needs_out_of_the_total():
    from twarch.estimates.bill import bill

    made = bill(twarch.recommend({**HIPAA, "calls_per_month": 1000}))
    edition = next(x for x in made.unpriced if x.id == "twilio_edition_hipaa")
    assert edition.unit_price is None and "Security" in edition.line and "hippa" in edition.source
    assert not any(x.id == "twilio_edition_hipaa" for x in bill(twarch.recommend({**VOICE, "calls_per_month": 1000}))
                   .unpriced)


def test_message_redaction_lists_its_prerequisites():
    rec = twarch.recommend({"channels": ["sms"], "industry": "healthcare", "countries": ["US"]})
    redaction = next(c for c in rec.checklist if c.id == "HIPAA-10")
    assert "STOP" in redaction.text and "Studio, Flex or Conversations" in redaction.text
