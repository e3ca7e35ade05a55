"""Every line that names a component goes through the availability the feasibility engine uses (round 1, class D),
and residency advice says what a customer can and cannot choose (class H).

The general check is the ``unavailable_named`` invariant (twarch.engine.consistency), run over the sweeps by
tests/test_sweep.py; the cases below are the review's own designs, reduced to the answers that matter.
"""

from __future__ import annotations

import pytest

import twarch
from twarch.engine.consistency import problems
from twarch.knowledge.invariants import components_named

#: Round 1, design 03: a German insurer in IE1, voice and web chat, memory, a hand-off to its contact centre.
IE1_CHAT = {"channels": ["voice", "chat"], "region": "ie1", "memory": True, "handoff": True, "production": True,
            "countries": ["DE"], "team_language": "python"}
#: Round 1, design 04: an Australian energy retailer in AU1, voice only, a hand-off to a phone line.
AU1_PHONE = {"channels": ["voice"], "region": "au1", "handoff": True, "handoff_target": "phone_line",
             "production": True, "countries": ["AU"]}


def texts(rec) -> list[str]:
    return [item.text for item in rec.items()]


@pytest.mark.parametrize("answers", [IE1_CHAT, AU1_PHONE], ids=["ie1", "au1"])
def test_no_line_names_a_component_the_region_rules_out(answers):
    rec = twarch.recommend(answers)
    assert problems(rec) == []
    assert not any("Sync, Redis" in t for t in texts(rec))
    assert any("store of your own in the region" in t for t in texts(rec))


def test_au1_offers_no_studio_widgets_and_no_texts():
    rec = twarch.recommend(AU1_PHONE)
    assert not any("Studio" in t for t in texts(rec) if not t.startswith("Twilio Studio:"))
    level = next(d.text for d in rec.decisions if d.id == "level")
    assert "<Dial>" in level and "Studio" not in level
    handoff = next(d.text for d in rec.key_decisions if d.id == "context_handoff")
    assert "whisper" in handoff and "Messaging API" not in handoff


def test_ie1_chat_goes_through_conversations_and_switches_channels_from_your_own_store():
    rec = twarch.recommend(IE1_CHAT)
    assert "twilio-conversations-classic-api" in rec.skill_names()
    assert "twilio-send-message" not in rec.skill_names()
    assert any("web chat goes through the Conversations API" in t for t in texts(rec))
    assert not any("Programmable Messaging" in t or "Memory Recall" in t for t in texts(rec))
    assert not any("Agent Copilot" in t for t in texts(rec))
    switch = next(g.text for g in rec.ga_gaps if g.id == "channel_switching_context")
    assert "your own store" in switch


def test_relay_speech_vendors_in_a_residency_region_are_not_yours_to_place():
    rec = twarch.recommend(IE1_CHAT)
    line = next(w.text for w in rec.warnings if w.id == "residency_vendors")
    assert "cannot pick their regional endpoints" in line and "Media Streams" in line
    assert "any speech vendor you run" not in line
    streams = twarch.recommend({**IE1_CHAT, "needs_raw_audio": True})
    assert "any speech vendor you run processes the conversation where it runs (pick its regional endpoint)" in next(
        w.text for w in streams.warnings if w.id == "residency_vendors")


def test_the_residency_line_names_the_llm_deployment_that_keeps_the_zone_and_what_it_does_not_cover():
    azure = twarch.recommend({**IE1_CHAT, "llm": "azure_openai"})
    line = next(w.text for w in azure.warnings if w.id == "residency_vendors")
    assert "Azure OpenAI keeps it in the EU only with an EU Data Zone deployment" in line
    assert "a Global deployment may process in any Azure region" in line
    bedrock = twarch.recommend({**IE1_CHAT, "llm": "bedrock", "region": "au1"})
    line = next(w.text for w in bedrock.warnings if w.id == "residency_vendors")
    assert "AWS Bedrock keeps it in Australia only with the AU inference profile" in line
    own = twarch.recommend({**IE1_CHAT, "llm": "own"})
    assert "pick its regional endpoint." in next(w.text for w in own.warnings if w.id == "residency_vendors")


def test_lines_name_components_by_their_short_names():
    assert set(components_named("text it to them (Studio's Send Message), keep state in Sync")) == {"studio", "sync"}
    assert components_named("Flex Agent Copilot is in public beta") == ("flex", "agent_copilot")
    assert components_named("hydrate context through Conversation Memory Recall") == ("conversation_memory",)
    assert components_named("Flex-ible syncing") == ()


def test_the_invariant_catches_a_line_naming_an_unavailable_component():
    rec = twarch.recommend(AU1_PHONE)
    item = next(i for i in rec.considerations if i.id == "session_state")
    bad = type(item)(item.id, "Persist conversation history (Sync, Redis or DynamoDB).", item.why, ())
    broken = type(rec)(**{**vars(rec), "considerations": (*rec.considerations, bad)})
    assert any(p.startswith("unavailable_named:") and "sync" in p for p in problems(broken))
