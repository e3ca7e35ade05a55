"""The realistic examples: each answers file loads and gets the architecture its case calls for."""

from pathlib import Path

import pytest

import twarch
from twarch import Answers, recommend

EXAMPLES = Path(__file__).parent.parent / "examples"


def rec(name):
    return recommend(Answers.load(EXAMPLES / name))


def test_there_are_at_least_six_examples():
    assert len(list(EXAMPLES.glob("*.json")) + list(EXAMPLES.glob("*.yaml"))) >= 6


def test_clinic():
    r = rec("clinic.json")
    assert r.level == 4 and r.mode == "discovery"
    assert "hipaa" in r.regulation_ids
    assert {w.id for w in r.warnings} >= {"hipaa_ineligible_products", "relay_recording", "python_handoff_callbacks"}
    assert [p.id for p in r.phases] == ["phase_1", "phase_2", "phase_4"]
    assert r.tts_provider == "elevenlabs"
    assert any(c.id.startswith("HIPAA-") for c in r.checklist)


def test_collections_agency():
    r = rec("collections_agency.json")
    assert {"tcpa", "fdcpa", "pci_dss", "stir_shaken", "recording_consent"} <= set(r.regulation_ids)
    assert r.tac_package == "twilio-agent-connect-aws"
    assert {w.id for w in r.warnings} >= {"fdcpa_sms_forbidden", "ts_voice_memory_bug", "pci_relay_handoff"}
    assert any(c.id == "functions_thin_receiver" and "300 invocations" in c.text for c in r.considerations)
    assert "outbound_orchestration" in [g.id for g in r.ga_gaps]


def test_isv_platform():
    r = rec("isv_platform.yaml")
    assert r.mode == "build"  # "integrate ConversationRelay with our OpenAI backend" is the playbook's specific request
    assert r.tac_package == "twilio-agent-connect-microsoft" and r.tts_provider == "amazon_polly"
    assert {p.id for p in r.profile} >= {"isv_memory_stores", "isv_operator_configs", "segment_bridge"}
    assert "whatsapp_general_ai_ban" in [w.id for w in r.warnings]
    assert "twilio-sendgrid-email-send" in r.skill_names("product")
    assert "native_dashboards" in [g.id for g in r.ga_gaps]


def test_retailer_payments():
    r = rec("retailer_payments.json")
    assert "pci_dss" in r.regulation_ids
    assert {w.id for w in r.warnings} >= {"pci_ineligible_products", "pci_relay_handoff"}
    assert any(c.id == "functions_within_limit" and "24 invocations" in c.text for c in r.considerations)
    assert {g.id: g.get("status") for g in r.ga_gaps}["boomerang_handback"] == "not_available"


def test_eu_omnichannel_enterprise():
    r = rec("eu_omnichannel_enterprise.json")
    assert r.channel_mix == "omnichannel" and r.level == 4
    assert {"gdpr", "eu_ai_act", "whatsapp_policy", "a2p_10dlc"} <= set(r.regulation_ids)
    assert (r.stt_provider, r.tts_provider) == ("google", "google")
    gdpr = next(x for x in r.regulations if x.id == "gdpr")
    assert gdpr.get("playbook") and "consent" in gdpr.get("differs")
    assert {"relay_eu_region", "relay_voice_fixed", "silent_linkage_chain"} <= {w.id for w in r.warnings}
    assert {"turn_taking", "ai_copilot"} <= {g.id for g in r.ga_gaps}


def test_raw_audio_team():
    r = rec("raw_audio_team.json")
    assert r.mode == "build"
    assert r.voice_transport == "media_streams" and r.implementation_path == "manual" and r.tac_package is None
    assert "conversation_relay" not in r.product_ids and "media_streams" in r.product_ids
    # twilio-media-streams was an empty placeholder, deleted upstream (github.com/twilio/ai a45c8b1, 2026-05-04):
    # the TwiML skill covers <Connect><Stream>.
    assert "twilio-voice-twiml" in r.skill_names("product") and "twilio-media-streams" not in r.skill_names()
    assert r.stt_provider == "deepgram"


def test_smb_quickstart():
    r = rec("smb_quickstart.json")
    assert r.mode == "discovery" and r.level == 1
    assert [q.id for q in r.open_questions] == ["outcome", "memory", "intelligence", "handoff"]
    assert r.next_steps[0].id == "discovery" and "4 left" in r.next_steps[0].text


@pytest.mark.parametrize("path", sorted(EXAMPLES.iterdir()), ids=lambda p: p.name)
def test_every_example_renders(path):
    r = recommend(Answers.load(path))
    assert twarch.to_markdown(r) and twarch.to_html(r) and r.to_json()
