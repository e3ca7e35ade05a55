"""Round 2, class C: lines keyed on the answers survived the feasibility decision that removed what they name.

Each case is a design of the round-2 review (/work/notes/reviews/round2.md), reduced to the answers that matter; the
sweep's invariant ``absent_named`` (tests/test_sweep.py) guards the whole class, these pin the reviewer's examples,
including the capacity plan's lines, which are not items.
"""

import dataclasses

from twarch import recommend, to_markdown
from twarch.engine.consistency import problems
from twarch.estimates.capacity import NEAR_LIMIT, TRANSFER_PLANNING, capacity
from twarch.estimates.throughput import lowest_tiers
from twarch.recommendation import Item, Why

#: Design 01: voice + WhatsApp in IE1, 30 agents in Flex, which IE1 does not offer.
IE1_FLEX = {"channels": ["voice", "whatsapp"], "memory": True, "intelligence": "post_call", "handoff": True,
            "handoff_target": "contact_center", "customer_profile": "enterprise", "region": "ie1", "production": True,
            "seats": 30, "calls_per_month": 40000, "minutes_per_call": 4}
#: Design 20: WhatsApp and web chat only, in AU1, which offers neither: nothing can run.
AU1_CHAT_ISV = {"channels": ["whatsapp", "chat"], "memory": True, "intelligence": "post_call", "handoff": False,
                "customer_profile": "isv", "tenants": 30, "region": "au1", "production": True}


def _ids(items) -> set:
    return {i.why.rule for i in items}


def test_a_transfer_has_no_taskrouter_routing_boomerang_or_flex_seats():
    rec = recommend(IE1_FLEX)
    assert not {"taskrouter", "flex"} & set(rec.product_ids) and rec.facts.handoff_transfer
    decisions = _ids(rec.key_decisions)
    assert "decide.routing_team_voice" in decisions and "decide.routing" not in decisions
    assert "FIFO queue" not in to_markdown(rec)
    assert "boomerang_handback" not in {g.id for g in rec.ga_gaps}
    note = capacity(rec, {"seats": 30}).humans_note
    assert note.startswith(TRANSFER_PLANNING["team", "voice"]) and "30 agents there" in note and "seats," not in note
    flex = capacity({**IE1_FLEX, "region": "us1"}, {"seats": 30}).humans_note  # in US1 they are Flex seats
    assert not flex.startswith("For your") and "Your 30 seats" in flex


def test_the_own_contact_centre_sizing_is_labelled_for_its_planning():
    rec = recommend({"channels": ["voice"], "handoff": True, "handoff_target": "own_contact_center",
                     "peak_concurrent_calls": 400})
    assert capacity(rec).humans_note.startswith(TRANSFER_PLANNING["own", "voice"])


def test_what_replaces_intelligence_names_no_transport():
    # design 03: Media Streams (the customer's own speech) in IE1; "ConversationRelay's prompt events" was printed
    rec = recommend({"channels": ["voice"], "intelligence": "post_call", "stt_provider": "own", "region": "ie1"})
    assert rec.voice_transport == "media_streams"
    gives = next(t for t in rec.tradeoffs if t.id == "gives.conversation_intelligence")
    assert "ConversationRelay" not in gives.text and not problems(rec)


def test_the_realtime_memory_note_needs_memory_or_intelligence_in_the_design():
    s2s = {"channels": ["voice"], "voice_pipeline": "speech_to_speech", "memory": True, "intelligence": "realtime"}
    warned = {w.id for w in recommend(s2s).warnings}
    assert "speech_to_speech_memory" in warned
    for ruled_out in ({"region": "ie1"}, {"industry": "healthcare", "countries": ["US"]}):  # designs 06 and 16
        rec = recommend({**s2s, **ruled_out})
        assert not {"conversation_memory", "conversation_intelligence"} & set(rec.product_ids)
        assert "speech_to_speech_memory" not in {w.id for w in rec.warnings}, ruled_out


def test_a_design_with_nothing_served_gets_no_lines_of_the_design_it_cannot_have():
    rec = recommend(AU1_CHAT_ISV)
    assert rec.facts.nothing_served and not rec.product_ids
    assert "isv_memory_stores" not in {p.id for p in rec.profile}
    assert "twilio_region" not in {c.id for c in rec.considerations}
    (near,) = rec.nearest
    keeps = near.get("keeps")
    assert len(keeps) == len(set(keeps)) and keeps[0] == "WhatsApp and Web chat"
    assert near.text.count("WhatsApp") == 1
    assert "channels: WhatsApp, Web chat; products: Conversation Orchestrator" in to_markdown(rec)


def test_per_account_limits_are_shown_only_near_them():
    single = capacity({"channels": ["voice", "sms"], "memory": True})  # design 10: one store, one business
    assert not [c for c in single.checks if c.id.startswith(("memory_stores", "orchestrator_configurations"))]
    shared = capacity({"channels": ["sms"], "memory": True, "customer_profile": "isv", "tenants": 30,
                       "countries": ["GB"]})
    near = {c.id: c.need for c in shared.checks if c.id.startswith(("memory_stores", "orchestrator_configurations"))}
    assert len(near) == 3 and all(need >= NEAR_LIMIT * 5 for need in near.values())


def test_copilot_gap_only_for_a_copilot_wish():
    # design 08: Flex chat agents, no copilot asked for
    rec = recommend({"channels": ["whatsapp"], "handoff": True, "handoff_target": "contact_center"})
    assert "flex" in rec.product_ids and "ai_copilot" not in {g.id for g in rec.ga_gaps}
    wished = recommend({"channels": ["whatsapp"], "handoff": True, "wants": ["ai_copilot"]})
    assert "ai_copilot" in {g.id for g in wished.ga_gaps}


def test_phases_are_numbered_in_order():
    # design 09: memory and a phone line but no intelligence printed "Phase 1, Phase 2, Phase 4"
    rec = recommend({"channels": ["voice"], "memory": True, "handoff": True, "handoff_target": "phone_line",
                     "customer_profile": "smb"})
    assert [p.text.split(" - ")[0] for p in rec.phases] == ["Phase 1", "Phase 2", "Phase 3"]
    assert rec.phases[-1].id == "phase_4"  # the item keeps its rung's id


def test_functions_are_a_rate_with_a_verdict():
    # design 18: 3,000 calls of 3 minutes, 6 callbacks each = 100 invocations a second; 30 executions carry 3 a
    # second at the 10 s limit, so each must return within 30 / 100 s = 300 ms on average
    c = capacity({"channels": ["voice"], "handoff": True, "uses_twilio_functions": True,
                  "peak_concurrent_calls": 3000, "minutes_per_call": 3, "llm": "openai"})
    check = next(x for x in c.checks if x.id == "functions_rate")
    assert (check.need, check.limit) == (100, 3)
    assert "Fits only if each execution returns within 300 ms on average" in check.note
    small = capacity({"channels": ["voice"], "uses_twilio_functions": True, "peak_concurrent_calls": 20,
                      "minutes_per_call": 3})
    assert next(x for x in small.checks if x.id == "functions_rate").ok is True  # 0.67 a second: fits at any length
    llm = next(x for x in c.checks if x.id == "llm_throughput")
    assert llm.limit is None and "go/no-go" in llm.note
    assert all(llm.need > dict(q.limits).get("requests_per_minute", 0) for q in lowest_tiers())
    modest = capacity({"channels": ["voice"], "peak_concurrent_calls": 5, "llm": "openai"})
    assert "go/no-go" not in next(x for x in modest.checks if x.id == "llm_throughput").note


def test_the_invariant_catches_a_line_naming_what_the_design_lost():
    rec = recommend(IE1_FLEX)
    fifo = Item("routing_strategy", "Routing: a FIFO queue, or skills-based targeting (VIP, language, department)?",
                Why("decide.routing", "step3.level4", "handoff = true", (("handoff", True),)))
    found = problems(dataclasses.replace(rec, key_decisions=(*rec.key_decisions, fifo)))
    assert any(p.startswith("absent_named: decide.routing names taskrouter") for p in found)
    gives = rec.tradeoffs[0]
    relay = dataclasses.replace(gives, text=gives.text + " Instead: Media Streams to your own server.")
    assert any(p.startswith("absent_named") and "media_streams" in p
               for p in problems(dataclasses.replace(rec, tradeoffs=(relay, *rec.tradeoffs[1:]))))
