"""Review round 1 (a senior architect's 20 designs, 2026-12-07): the classes of error fixed on branch fix3.

A: a Blocker means the drawn design cannot work or is not allowed as drawn, never a reminder of what it already does.
F: HIPAA vendor-BAA advice: ConversationRelay's speech vendors are Twilio's to contract (ask Twilio); the vendors a
design calls itself (Media Streams speech, the realtime model, the LLM) need the customer's own BAA, every LLM route
with a sourced row.
"""

from __future__ import annotations

import dataclasses

import twarch
from twarch.engine.consistency import problems
from twarch.knowledge.baa import VENDOR_BAAS
from twarch.knowledge.claims import CLAIMS, DECEMBER
from twarch.knowledge.invariants import MET_BY
from twarch.knowledge.stack import LLMS

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
    other = twarch.recommend({"channels": ["voice", "sms"], "takes_payments": True, "card_capture": "pay_subaccount"})
    assert "pci_text_payments" in blockers(other)  # the text channel still needs a way to take cards


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
