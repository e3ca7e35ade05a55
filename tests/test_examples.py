"""The realistic examples: each answers file loads and gets the architecture its case calls for.

Expectations are derived by hand from the sources named beside them (checked 2026-11-27), not read off the engine.
"""

from pathlib import Path

import pytest

import twarch
from twarch import Answers, recommend
from twarch.engine.consistency import problems

EXAMPLES = Path(__file__).parent.parent / "examples"
ALL = sorted(EXAMPLES.iterdir())


def rec(name):
    return recommend(Answers.load(EXAMPLES / name))


def warnings(r):
    return {w.id for w in r.warnings}


def test_there_are_the_twelve_examples():
    assert [p.name for p in ALL] == [
        "azure_speech_to_speech.json", "claims_copilot.json", "clinic.json", "collections_agency.json",
        "eu_omnichannel_enterprise.json",
        "iberia_inbound_line.json", "isv_25_tenants.yaml", "isv_platform.yaml", "raw_audio_team.json",
        "retailer_payments.json", "smb_quickstart.json", "uk_appointment_reminders.json"]


def test_clinic():
    r = rec("clinic.json")
    assert r.level == 4 and r.mode == "discovery"
    assert set(r.regulation_ids) == {"hipaa", "recording_consent", "ai_disclosure", "a2p_10dlc"}  # US callers
    # Memory and Orchestrator are not HIPAA eligible (their docs notices): left out, memory goes to a store the BAA
    # covers; ConversationRelay is eligible, but not for clinical decisions (Twilio's HIPAA skill); it does not
    # record, so <Start><Recording> (twilio-call-recordings skill)
    assert {"gives.conversation_memory", "gives.agent_connect"} <= {t.id for t in r.tradeoffs}
    assert not {"conversation_memory", "conversation_orchestrator"} & set(r.product_ids)
    assert warnings(r) >= {"hipaa_no_clinical_decisions", "relay_recording"}
    # Agent Connect is not a HIPAA Eligible Service (its docs notice): the manual path on eligible products, and no
    # Studio Flow for the SDK's handoff tool
    assert r.implementation_path == "manual" and r.install is None and "studio" not in r.product_ids
    assert [p.id for p in r.phases] == ["phase_1", "phase_2", "phase_4"]
    assert r.tts_provider == "amazon_polly"  # the one voice Twilio's HIPAA list names, over the wish for quality
    assert "twilio-security-compliance-hipaa" in r.skill_names("product")
    assert any(c.id.startswith("HIPAA-") for c in r.checklist)


def test_collections_agency():
    r = rec("collections_agency.json")
    assert set(r.regulation_ids) >= {"tcpa", "fdcpa", "pci_dss", "stir_shaken", "recording_consent"}
    # card payments: Agent Connect is not PCI compliant (its docs notice), so the manual path on eligible products
    assert r.implementation_path == "manual" and r.tac_package is None
    assert "sms" not in r.facts.served_channels  # a forbidden SMS use case for a collector: what had to give
    assert any("30863" in t.text for t in r.tradeoffs)
    assert warnings(r) >= {"pci_relay_handoff", "pci_recording_retention"}
    assert "ts_voice_memory_bug" not in warnings(r)  # fixed in the current TypeScript source
    thin = next(c for c in r.considerations if c.id == "functions_thin_receiver")
    assert "300 invocations" in thin.text and "upper bound" in thin.text
    assert "outbound_conversations" in [g.id for g in r.ga_works]  # outbound works at GA through the SDK
    assert "outbound_orchestration" not in [g.id for g in r.ga_gaps]


def test_isv_platform():
    r = rec("isv_platform.yaml")
    assert r.mode == "build"  # "integrate ConversationRelay with our OpenAI backend" is the playbook's specific request
    assert r.tac_package == "twilio-agent-connect-typescript" and r.tts_provider == "amazon_polly"
    assert {p.id for p in r.profile} >= {"isv_memory_stores", "isv_operator_configs", "segment_integration"}
    assert "whatsapp_general_ai_ban" in warnings(r)
    assert "twilio-sendgrid-email-send" in r.skill_names("product")
    assert "native_dashboards" in [g.id for g in r.ga_gaps]


def test_retailer_payments():
    r = rec("retailer_payments.json")
    assert "pci_dss" in r.regulation_ids
    # card data in the web chat: a hosted payment link, never the chat (PCI SSC FAQ on end-user messaging)
    assert warnings(r) >= {"pci_products_left_out", "pci_relay_handoff", "pci_text_payments"}
    assert "PCI-08" in [c.id for c in r.checklist]
    assert any(c.id == "functions_within_limit" and "24 invocations" in c.text for c in r.considerations)
    assert {g.id: g.get("status") for g in r.ga_gaps}["boomerang_handback"] == "not_available"


def test_eu_omnichannel_enterprise():
    r = rec("eu_omnichannel_enterprise.json")
    assert r.channel_mix == "omnichannel" and r.level == 4
    # customers in Germany, France and Spain: GDPR and the AI Act, and none of the US-only rules (no 10DLC)
    assert set(r.regulation_ids) == {"gdpr", "eu_ai_act", "whatsapp_policy"}
    # four languages with languages first: the pair whose sourced lists cover all four (Deepgram, ElevenLabs)
    assert (r.stt_provider, r.tts_provider) == ("deepgram", "elevenlabs")
    gdpr = next(x for x in r.regulations if x.id == "gdpr")
    assert gdpr.get("playbook") and "consent" in gdpr.get("differs")
    assert {"eu_data_residency", "silent_linkage_chain"} <= warnings(r)
    assert "relay_eu_region" not in warnings(r)  # the EU residency risk is Flex and the services, not the relay
    assert {"turn_taking", "ai_copilot"} <= {g.id for g in r.ga_gaps}
    assert "mid_call_language" in [c.id for c in r.considerations]


def test_raw_audio_team():
    r = rec("raw_audio_team.json")
    assert r.mode == "build"
    assert r.voice_transport == "media_streams" and r.implementation_path == "manual" and r.tac_package is None
    assert "conversation_relay" not in r.product_ids and "media_streams" in r.product_ids
    # twilio-media-streams was an empty placeholder, deleted upstream (github.com/twilio/ai a45c8b1, 2026-05-04):
    # the TwiML skill covers <Connect><Stream>.
    assert "twilio-voice-twiml" in r.skill_names("product") and "twilio-media-streams" not in r.skill_names()
    assert r.stt_provider == "deepgram"
    # Conversation Intelligence (v3) runs on an Orchestrator configuration (its create-configuration docs)
    assert "conversation_orchestrator" in r.product_ids


def test_smb_quickstart():
    r = rec("smb_quickstart.json")
    assert r.mode == "discovery" and r.level == 1
    assert [q.id for q in r.open_questions] == ["outcome", "memory", "intelligence", "handoff", "team_language"]
    assert r.next_steps[0].id == "discovery" and "4 left" in r.next_steps[0].text


def test_uk_appointment_reminders():
    r = rec("uk_appointment_reminders.json")
    # UK patients: UK GDPR and PECR; healthcare in the UK is not HIPAA, outbound to the UK is not TCPA
    assert r.regulation_ids == ("uk_gdpr_pecr",)
    assert [c.id for c in r.checklist] == ["UK-01", "UK-02", "UK-03", "UK-04", "UK-05", "UK-06", "UK-07", "UK-08"]
    assert "answering_machine_detection" in [c.id for c in r.considerations]
    assert {"twilio-voice-outbound-calls", "twilio-regulatory-compliance-bundles"} <= set(r.skill_names())


def test_iberia_inbound_line():
    r = rec("iberia_inbound_line.json")
    assert set(r.regulation_ids) == {"gdpr", "eu_ai_act"}
    # IE1 offers no Flex, Memory or Orchestrator and no Agent Connect regional mode (regional pages, SDK config): the
    # design leaves them out, says what had to give, transfers hand-offs to the contact centre and keeps memory in
    # the retailer's own store; Anthropic's own API processes nothing in the EU, and with no cloud answered the design
    # reaches Claude through Bedrock's EU profile instead (round 2, design 05)
    assert not {"flex", "conversation_memory", "conversation_orchestrator"} & set(r.product_ids)
    assert {"gives.flex", "gives.conversation_memory", "gives.agent_connect"} <= {t.id for t in r.tradeoffs}
    assert r.implementation_path == "manual" and r.facts.handoff_transfer and r.nearest
    assert {"twilio_region", "handoff_transfer"} <= {c.id for c in r.considerations}
    assert "llm_residency" not in warnings(r) and "gives.llm" in {t.id for t in r.tradeoffs}
    assert (r.stt_provider, r.tts_provider) == ("deepgram", "elevenlabs")  # both sourced lists cover es and pt


def test_azure_speech_to_speech():
    r = rec("azure_speech_to_speech.json")
    assert (r.voice_pipeline, r.voice_transport, r.implementation_path) == ("speech_to_speech", "media_streams",
                                                                            "manual")
    assert (r.stt_provider, r.tts_provider) == (None, None)
    # the SDK's OpenAI Realtime provider reaches OpenAI's own API only, not Azure OpenAI: a Media Streams bridge of
    # your own to Azure's realtime model; Voice Live in the Microsoft package is text-only over ConversationRelay
    assert r.install is None and "tac_realtime" in r.facts.unavailable
    assert {d.id: d.why.rule for d in r.decisions}["path"] == "path.realtime_limits"
    assert "voice_live_not_speech_to_speech" in warnings(r)
    assert "conversation_relay" in [s.id for s in r.skipped] and "media_streams" in r.product_ids
    assert r.to_dict()["voice_pipeline"] == "speech_to_speech"


def test_isv_25_tenants():
    r = rec("isv_25_tenants.yaml")
    # 25 tenants texting US numbers: each has its own 10DLC brand in its own subaccount, so each tenant's Memory
    # store and Orchestrator configuration live there and the per-account limits (15 or 5 stores) never bind
    profile = [p.id for p in r.profile]
    assert "isv_tenant_subaccounts" in profile and "isv_10dlc_brands" in profile
    assert "isv_memory_stores" not in profile and "isv_orchestrator_configurations" not in profile
    from twarch.estimates.capacity import capacity

    assert capacity(r).subaccounts == 25
    assert {"canada_crtc_casl", "a2p_10dlc"} <= set(r.regulation_ids)
    assert r.install == 'pip install "twilio-agent-connect-aws[bedrock,server]" "twilio-agent-connect>=2.7.0"'


@pytest.mark.parametrize("path", ALL, ids=lambda p: p.name)
def test_every_example_renders_and_is_consistent(path):
    r = recommend(Answers.load(path))
    assert twarch.to_markdown(r) and twarch.to_html(r) and r.to_json()
    assert problems(r) == []


def test_every_example_has_its_diagram_in_docs():
    from pathlib import Path

    root = Path(__file__).parent.parent
    for example in (root / "examples").iterdir():
        assert (root / "docs" / "img" / f"example_{example.stem}.png").is_file(), example.name


def test_claims_copilot_is_agent_assist():
    """Review 3, finding 1: adjusters answer every call in Flex; the AI transcribes and suggests, never answers
    (Agent Copilot public beta: https://www.twilio.com/docs/flex/admin-guide/setup/copilot/limitations)."""
    r = rec("claims_copilot.json")
    assert r.entry_point == "agent_assist" and r.voice_transport is None and r.implementation_path == "manual"
    assert {"flex", "taskrouter", "real_time_transcription", "agent_copilot"} <= set(r.product_ids)
    assert "twilio-agent-augmentation-architect" in r.skill_names()
    assert not problems(r)
