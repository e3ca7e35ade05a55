"""Issue 24, part 1: the facts checked on 2026-12-07, as the designs they change come out.

Sources (each read on 2026-12-07; claims and rows in twarch/knowledge cite them):

* TAC-2.7    Agent Connect 2.7.0 is a security release (both SDKs log secrets or personal data up to 2.6.0):
             https://www.twilio.com/en-us/changelog/twilio-agent-connect-error-logging ; Python upgrade notes:
             https://github.com/twilio/twilio-agent-connect-python/releases/tag/v2.7.0
* TAC-2.6    multi-sender and horizontal scaling: https://pypi.org/project/twilio-agent-connect/2.6.0/ ;
             twilio-agent-connect-python docs/horizontal-scaling.md at 2081f9f
* GOOGLE     part of Google's Speech-to-Text table (Chirp 3 GA rows up to Russian, Afrikaans on chirp_3, telephony
             rows) and Google's Chirp 3 HD page; the legacy voices from a 2025-02-02 copy of Google's voice list
* BAA        vendors' own BAA terms: claims baa.* (ElevenLabs Enterprise only, AssemblyAI self-serve on paid plans,
             AWS for Transcribe, OpenAI on request, Cartesia in enterprise contracts; Deepgram, Azure unverified;
             Google in conflict)
* OPENAI-RT  gpt-realtime-1.5 and gpt-realtime-2 model pages (text output $16 and $24 per 1M tokens)
* RELAY-RC   ElevenLabs v4 Turbo on ConversationRelay since 2026-10-28:
             https://www.twilio.com/en-us/changelog/conversation-relay--dynamic-configuration--application-reconnect
* BLUEPRINT  the AI-to-human hand-off blueprint needs Flex UI 2.17.1 or later:
             https://www.twilio.com/docs/conversations/solution-blueprints/ai-to-human-handoff
* LIMITS     Memory limits page (5 stores, private-beta wording) against the skill's 15; Orchestrator core concepts
             (as many configurations as you need) against the skill's 10
"""

from __future__ import annotations

import re

import twarch
from twarch.estimates.bill import bill
from twarch.estimates.capacity import capacity
from twarch.estimates.whatif import candidates
from twarch.knowledge.baa import VENDOR_BAAS
from twarch.knowledge.claims import CLAIMS, DECEMBER
from twarch.knowledge.prices import load_prices
from twarch.knowledge.providers import covers, load_providers
from twarch.knowledge.rules import RULES
from twarch.knowledge.stack import INSTALLS, MIN_VERSION
from twarch.render import to_markdown

VOICE = {"channels": ["voice"]}
HIPAA = {**VOICE, "industry": "healthcare"}


def warning(rec, item_id):
    return next((w for w in rec.warnings if w.id == item_id), None)


def cited(item):
    """The claims the rule behind an item cites."""
    return dict(RULES[item.why.rule].details)["claims"]


# ------------------------------------------------------------------------------------------------ TAC-2.7, TAC-2.6

def test_every_install_line_requires_agent_connect_2_7():
    assert MIN_VERSION == "2.7.0"
    for install in INSTALLS.values():
        if install.command.startswith("pip install"):
            # the core package itself, pinned: alone or beside the cloud package that depends on it
            assert re.search(r'"twilio-agent-connect(\[[a-z,-]+\])?>=2\.7\.0"', install.command), install.id
        else:  # the TypeScript SDK, built from its release tag (npm availability is in conflict)
            assert "git clone --branch v2.7.0 " in install.command and "@^2.7.0" in install.note, install.id


def test_a_design_on_the_sdk_prints_a_pinned_install_and_says_why():
    for answers in (VOICE, {**VOICE, "cloud": "aws", "llm": "bedrock"}, {**VOICE, "team_language": "typescript"},
                    {**VOICE, "voice_pipeline": "speech_to_speech"}):
        rec = twarch.recommend(answers)
        assert rec.implementation_path == "tac_sdk" and "2.7.0" in rec.install
        why = warning(rec, "agent_connect_2_7")
        # a new build already runs 2.7.0 (the install line pins it): a security note, not a blocker (round 1, A)
        assert why is not None and why.get("severity") == "operational"
        assert "2.6.0" in why.text and "rotates the API keys" in why.text and "conversation_id" in why.text
        assert cited(why) == ("tac.security_logging", "tac.release_2_7")
        assert f"`{rec.install}`" in to_markdown(rec)
    manual = twarch.recommend(HIPAA)  # Agent Connect is not HIPAA eligible: the manual path installs no SDK
    assert manual.implementation_path == "manual" and warning(manual, "agent_connect_2_7") is None


def test_the_scaling_advice_is_agent_connect_2_6s():
    rec = twarch.recommend({**VOICE, "production": True, "channels": ["voice", "sms"]})
    scaling = warning(rec, "agent_connect_instances")
    assert "no shared store" in scaling.text and "instance_public_domain" in scaling.text
    assert "Azure Container Apps" in scaling.text and "idempotent" in scaling.text and "30 s" in scaling.text
    md = to_markdown(rec)
    assert "sticky" not in md and "keeps each conversation" not in md and "next release" not in md
    state = capacity(rec).state_rule
    assert "needs no shared store" in state and "sticky" not in state
    assert CLAIMS["tac.scaling"].checked == DECEMBER == CLAIMS["tac.one_account"].checked
    assert "TWILIO_PHONE_NUMBERS" in CLAIMS["tac.one_account"].text


# ------------------------------------------------------------------------------------------------ GOOGLE

def test_an_english_design_with_google_is_settled():
    rec = twarch.recommend({**VOICE, "languages": ["en-US"], "stt_provider": "google", "tts_provider": "google"})
    assert rec.facts.language_pair == "covered" and warning(rec, "language_unverified") is None
    assert "no sourced language list settles en" not in to_markdown(rec)


def test_a_language_google_lists_and_deepgram_does_not_falls_back_to_google():
    assert covers("deepgram", "stt", ["af"]) is False and covers("google", "stt", ["af"]) is True
    chosen = twarch.recommend({**VOICE, "languages": ["af-ZA", "en-US"]})  # several languages: the language rules
    assert (chosen.stt_provider, chosen.tts_provider) == ("google", "google")
    priced = bill({**VOICE, "languages": ["af-ZA", "en-US"], "calls_per_month": 100, "minutes_per_call": 2})
    assert priced.stack.tts.id == "google-tts-standard"  # the Google voices whose list names Afrikaans
    named = twarch.recommend({**VOICE, "languages": ["af-ZA"]})  # one language: Deepgram stays, the gap names Google
    assert named.stt_provider == "deepgram"
    assert "such as Google (STT) and Google (TTS)" in warning(named, "language_gap").text


def test_google_lists_are_partial_so_an_unlisted_language_stays_unknown():
    rows = {p.id: p for p in load_providers() if p.vendor_id == "google" and p.kind != "llm"}
    assert all(p.languages_partial and p.language_count == len(p.languages) for p in rows.values())
    assert covers("google", "stt", ["sw-KE"]) is None  # not in the sourced part of Google's STT table
    assert covers("google", "tts", ["sw-KE"]) is True  # Chirp 3 HD lists Swahili (Kenya)


# ------------------------------------------------------------------------------------------------ BAA

def test_every_vendor_baa_rests_on_a_claim_checked_in_december():
    for entry in VENDOR_BAAS:
        assert CLAIMS[entry.claim].checked == DECEMBER
    assert CLAIMS["baa.google"].status == "conflict" and CLAIMS["baa.deepgram"].status == "unverified"


def test_a_hipaa_design_is_told_each_vendors_baa_terms():
    default = twarch.recommend(HIPAA)  # Deepgram hears, Amazon Polly speaks, both inside ConversationRelay: ask Twilio
    assert not any(w.id in ("hipaa_baa_deepgram", "hipaa_baa_amazon") for w in default.warnings)
    assert "ask Twilio" in warning(default, "hipaa_relay_speech").text
    streams = twarch.recommend({**HIPAA, "tts_provider": "elevenlabs", "stt_provider": "own", "llm": "openai"})
    assert "Enterprise plan" in warning(streams, "hipaa_baa_elevenlabs").text
    assert "baa@openai.com" in warning(streams, "hipaa_baa_openai").text
    assert warning(streams, "hipaa_baa_elevenlabs").get("severity") == "blocker"
    assert not any(w.id.startswith("hipaa_baa_") for w in twarch.recommend(VOICE).warnings)


# ------------------------------------------------------------------------------------------------ OPENAI-RT, RELAY-RC

def test_openai_realtime_prices_are_two_models():
    prices = load_prices()
    assert prices["openai_realtime_1_5_text_out"].price == 16 and prices["openai_realtime_2_text_out"].price == 24
    s2s = {**VOICE, "voice_pipeline": "speech_to_speech", "calls_per_month": 100, "minutes_per_call": 2}
    assert bill(s2s).stack.s2s_model == "gpt-realtime-1.5"


def test_eleven_v4_turbo_is_offered_on_relay_without_a_price_or_latency():
    row = next(p for p in load_providers() if p.id == "elevenlabs-v4-turbo")
    assert row.in_conversation_relay and row.unit_price is None and row.latency_ms is None and row.languages is None
    assert row.as_of == "2026-10-28"
    assert not any("elevenlabs-v4-turbo" in c.name for c in candidates(VOICE))  # no price: nothing to compare
    priced = bill({**VOICE, "calls_per_month": 100, "minutes_per_call": 2}, {"tts_product": "elevenlabs-v4-turbo"})
    assert priced.line("tts").monthly_cost is None and priced.line("tts") in priced.unpriced


def test_assemblyai_realtime_has_its_new_name():
    row = next(p for p in load_providers() if p.id == "assemblyai-u3-rt-pro")
    assert row.product.startswith("Universal-3.6 Pro Realtime") and row.unit_price == 0.45
    assert "unverified at AssemblyAI" in row.notes


# ------------------------------------------------------------------------------------------------ BLUEPRINT, LIMITS

def test_the_sdks_flex_handoff_needs_flex_ui_2_17_1():
    rec = twarch.recommend({**VOICE, "handoff": True, "handoff_target": "contact_center", "memory": True})
    flex = next(c for c in rec.considerations if c.id == "flex_ui_version")
    relay_only = twarch.recommend({**VOICE, "handoff": True, "handoff_target": "contact_center"})
    assert "flex_ui_version" not in [c.id for c in relay_only.considerations]  # no Studio hand-off tool: no blueprint
    assert "2.17.1" in flex.text and cited(flex) == ("flex.handoff_ui",)
    phone = twarch.recommend({**VOICE, "handoff": True, "handoff_target": "phone_line"})
    assert "flex_ui_version" not in [c.id for c in phone.considerations]


def test_dialogflow_cx_says_virtual_agent_is_us1_only():
    rec = twarch.recommend({**VOICE, "cloud": "gcp", "team_language": "python"})
    package = next(d for d in rec.decisions if d.id == "tac_package")
    assert "US1 only" in package.why.note


def test_both_readings_of_the_per_account_limits_are_shown():
    isv = {"channels": ["voice", "sms"], "memory": True, "customer_profile": "isv", "countries": ["GB"],
           "tenants": 25}
    rec = twarch.recommend(isv)
    texts = {p.id: p.text for p in rec.profile}
    assert "15 stores" in texts["isv_memory_stores"] and "limit of 5" in texts["isv_memory_stores"]
    assert "limit of 10" in texts["isv_orchestrator_configurations"]
    assert "docs' unlimited reading" in texts["isv_orchestrator_configurations"]
    readings = {r: (n, basis) for r, n, basis in capacity(rec).subaccount_readings}
    assert readings["Twilio's skills"][0] == 3 and readings["Twilio's docs"][0] == 5  # 25 / 10 configs; 25 / 5
    assert "no configuration limit" in readings["Twilio's docs"][1]
    notes = {c.id: c.note for c in capacity(rec).checks}
    assert all("CONFLICT" in notes[k] for k in ("memory_stores_per_account", "memory_stores_per_account_docs",
                                                "orchestrator_configurations_per_account"))
