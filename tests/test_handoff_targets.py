"""Who takes an AI's hand-off, and how it gets there (round 1 review, class I and design 16).

* A contact centre the customer already runs on another platform (Genesys Cloud, NICE CXone, Five9...) is reached by a
  transfer: <Dial> to its number or SIP address, the context in SIP headers or the CRM; never TaskRouter, Flex, a
  Studio Flow that sends to Flex, or Flex seats on the bill.
* The SDK's Studio hand-off tool needs an Orchestrator configuration and a Memory store; where the design has
  neither, the tool is never offered and the AI hands off itself.
"""

from __future__ import annotations

import pytest

import twarch
from twarch.engine.consistency import problems
from twarch.estimates.bill import bill

VOICE = {"channels": ["voice"], "handoff": True}
OWN = {**VOICE, "handoff_target": "own_contact_center"}
#: Round 1, design 15: a Canadian telco handing calls and chats to its existing Genesys Cloud centre.
GENESYS = {"channels": ["voice", "chat"], "memory": True, "intelligence": "post_call", "handoff": True,
           "handoff_target": "own_contact_center", "customer_profile": "enterprise", "countries": ["CA"],
           "cloud": "aws", "llm": "bedrock", "team_language": "python", "calls_per_month": 80000,
           "minutes_per_call": 6, "chat_users_per_month": 30000, "escalation_share": 0.3}


def considerations(rec) -> set[str]:
    return {c.why.rule for c in rec.considerations}


@pytest.mark.parametrize("answers", [OWN, GENESYS, {**OWN, "needs_raw_audio": True},
                                     {**OWN, "team_language": "other"}, {**OWN, "memory": True}])
def test_the_customers_own_contact_centre_is_a_transfer_not_flex(answers):
    rec = twarch.recommend(answers)
    assert rec.facts.handoff_transfer is True
    assert not {"taskrouter", "flex", "studio"} & set(rec.product_ids)
    assert {"stack.handoff_transfer", "stack.handoff_transfer_streams"} & considerations(rec)
    assert "no TaskRouter or Flex" in next(d.text for d in rec.decisions if d.id == "level")
    assert "skip.taskrouter_transfer" in {s.why.rule for s in rec.skipped}
    assert problems(rec) == []


def test_the_transfer_carries_the_context_in_sip_headers():
    text = next(c.text for c in twarch.recommend(GENESYS).considerations if c.why.rule == "stack.handoff_transfer")
    assert "<Sip>" in text and "X- SIP headers" in text and "UUI" in text


def test_no_flex_seats_are_billed_for_the_customers_own_contact_centre():
    ids = {line.id for line in (*bill(twarch.recommend(GENESYS)).lines, *bill(twarch.recommend(GENESYS)).unpriced)}
    assert "flex_active_user" not in ids
    flex = twarch.recommend({**GENESYS, "handoff_target": "contact_center"})
    assert "flex_active_user" in {line.id for line in (*bill(flex).lines, *bill(flex).unpriced)}


def test_flex_agents_still_get_taskrouter_and_flex():
    rec = twarch.recommend({**VOICE, "handoff_target": "contact_center"})
    assert {"taskrouter", "flex"} <= set(rec.product_ids) and rec.facts.handoff_transfer is False


# ---- the SDK's Studio hand-off tool exists only with an Orchestrator configuration and a Memory store ---------------

#: TAC designs whose hand-off to Flex cannot use the Studio tool: ConversationRelay-only mode (voice, no memory), CX
#: Agent Studio's speech-to-speech voice channel, the SDK's OpenAI Realtime provider.
WITHOUT_TOOL = {
    "relay_only": {**VOICE, "team_language": "python"},
    "google_voice": {**VOICE, "team_language": "python", "voice_pipeline": "speech_to_speech", "cloud": "gcp",
                     "memory": True},
}
#: Designs where the region, a regime or the voice channel rules the tool out before the SDK is chosen.
RULED_OUT = {
    "hipaa": {**VOICE, "team_language": "python", "memory": True, "industry": "healthcare", "countries": ["US"]},
    "ie1": {**VOICE, "team_language": "python", "memory": True, "region": "ie1"},
    "au1": {**VOICE, "team_language": "python", "memory": True, "region": "au1"},
    "openai_realtime": {**VOICE, "voice_pipeline": "speech_to_speech", "memory": True},
}


@pytest.mark.parametrize("name", sorted(RULED_OUT))
def test_where_orchestrator_or_memory_is_ruled_out_no_line_offers_the_studio_tool(name):
    rec = twarch.recommend(RULED_OUT[name])
    assert not any("TWILIO_STUDIO_HANDOFF_FLOW_SID" in item.text or "receives the SDK's handoff" in item.text
                   for item in rec.items())
    assert problems(rec) == []


@pytest.mark.parametrize("name", sorted(WITHOUT_TOOL))
def test_without_orchestrator_and_memory_the_studio_tool_is_never_offered(name):
    rec = twarch.recommend(WITHOUT_TOOL[name])
    assert rec.implementation_path == "tac_sdk"
    texts = [item.text for item in rec.items()]
    assert "studio" not in rec.product_ids
    assert not any("TWILIO_STUDIO_HANDOFF_FLOW_SID" in t for t in texts)
    assert not any("receives the SDK's handoff" in t for t in texts)
    own = [c.text for c in rec.considerations if c.why.rule.startswith("stack.handoff_own")]
    assert own and "<Enqueue workflowSid>" in own[0] and "task's attributes" in own[0]
    assert problems(rec) == []


def test_memory_left_out_drops_the_sdks_memory_setting():
    rec = twarch.recommend(WITHOUT_TOOL["google_voice"])
    assert "conversation_memory" not in rec.product_ids
    assert not any("TWILIO_CONVERSATION_CONFIGURATION_ID" in item.text for item in rec.items())


def test_with_orchestrator_and_memory_the_studio_tool_is_offered():
    rec = twarch.recommend({**VOICE, "team_language": "python", "memory": True})
    assert "studio" in rec.product_ids and "stack.handoff_tool" in considerations(rec)


def test_the_invariant_catches_a_studio_tool_offered_without_its_needs():
    rec = twarch.recommend(WITHOUT_TOOL["relay_only"])
    product = next(p for p in twarch.recommend({**VOICE, "team_language": "python", "memory": True}).products
                   if p.why.rule == "product.studio")
    broken = type(rec)(**{**vars(rec), "products": (*rec.products, product)})
    assert any(p.startswith("studio_tool:") for p in problems(broken))
