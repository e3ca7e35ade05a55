"""Invariants over every combination of the capability and channel questions, and over the context sweep."""

import json

import pytest
from sweep import answer_space, assist_space, context_space

from twarch import Answers, engine, recommend, to_markdown
from twarch.engine.consistency import problems
from twarch.knowledge.invariants import INVARIANTS
from twarch.knowledge.questions import ESSENTIAL

SPACE = answer_space()


def test_space_is_exhaustive():
    assert len(SPACE) == 5 * 32 * 3 * 4 * 3


@pytest.fixture(scope="module")
def recs():
    return [(a, recommend(a)) for a in SPACE]


def test_every_invariant_holds_over_the_essentials(recs):
    broken = [(a, p) for a, r in recs for p in problems(r)]
    assert not broken, broken[:5]


def test_every_invariant_holds_over_the_context_sweep():
    space = context_space()
    assert len(space) == 8208
    broken = [(a, p) for a in space for p in problems(recommend(a))]
    assert not broken, broken[:5]


def test_the_checker_names_every_invariant_it_enforces():
    assert set(INVARIANTS) == {"scope", "product_names", "recommended_not_skipped", "orchestrator_with_voice_state",
                               "speech_providers", "skills_in_catalogue", "checklist_applies", "agent_assist",
                               "feasible", "no_blocker_against_design", "no_blocker_already_met",
                               "unavailable_named", "studio_tool", "sdk_memory", "absent_named",
                               "text_no_call_transfer"}


def test_every_invariant_holds_over_agent_assist_designs():
    """Review 3, finding 1: a copilot design (people answer, the AI assists) never grows an AI voice agent."""
    space = assist_space()
    assert len(space) == 8208 + 1152
    recs = [recommend(a) for a in space]
    broken = [(a, p) for a, r in zip(space, recs) for p in problems(r)]
    assert not broken, broken[:5]
    assert {r.entry_point for r in recs} == {"agent_assist"}


def test_the_checker_catches_a_report_that_contradicts_itself():
    import dataclasses

    rec = recommend({"channels": ["voice", "sms"], "memory": True, "industry": "retail"})
    skipped_memory = dataclasses.replace(rec, skipped=(*rec.skipped, rec.products[2]))
    assert any(p.startswith("recommended_not_skipped") for p in problems(skipped_memory))
    no_orchestrator = dataclasses.replace(rec, products=tuple(p for p in rec.products
                                                               if p.id != "conversation_orchestrator"))
    found = problems(no_orchestrator)
    assert any(p.startswith("orchestrator_with_voice_state") for p in found)
    assert any(p.startswith("product_names") for p in found)  # "messaging goes through Conversation Orchestrator"
    on_streams = recommend({"channels": ["voice"], "needs_raw_audio": True})
    relay_item = next(i for i in rec.considerations if i.get("scope") == "relay")
    assert any(p.startswith("scope") for p in problems(dataclasses.replace(on_streams, considerations=(relay_item,))))


def test_never_relay_and_media_streams_together(recs):
    for a, r in recs:
        assert not {"conversation_relay", "media_streams"} <= set(r.product_ids), a


def test_messaging_only_has_no_voice_transport_or_speech(recs):
    for a, r in recs:
        if a.get("channels") and "voice" not in a["channels"]:
            assert (r.voice_transport, r.stt_provider, r.tts_provider) == (None, None, None), a
            assert "conversation_relay" not in r.product_ids
        if a.get("channels") and "voice" in a["channels"]:
            assert r.voice_transport == "conversation_relay" and r.stt_provider and r.tts_provider, a


def test_voice_with_memory_or_intelligence_always_has_the_orchestrator(recs):
    # Agent Connect reads Memory through an Orchestrator configuration and Intelligence runs on one
    # (twilio-agent-connect 2.5.0; Conversation Intelligence create-configuration docs; checked 2026-11-27)
    for a, r in recs:
        wants_state = a.get("memory") is True or a.get("intelligence") in ("realtime", "post_call")
        if wants_state:
            assert "conversation_orchestrator" in r.product_ids, a
        skipped = {s.id for s in r.skipped}
        if "conversation_orchestrator" in skipped:
            assert a.get("memory") is False and a.get("intelligence") == "none", a


def test_level_four_iff_handoff(recs):
    for a, r in recs:
        assert (r.level == 4) == (a.get("handoff") is True), a


def test_escalation_gaps_follow_the_final_design(recs):
    """Round 2, designs 01 and 08: boomerang handback is a gap of a hand-off to Flex (or a wish), the copilot one of
    a copilot wish; neither is printed for a design that has neither."""
    for a, r in recs:
        gaps = {g.id: g.get("status") for g in r.ga_gaps}
        flex = r.level == 4 and "flex" in r.product_ids
        assert ("boomerang_handback" in gaps) == (flex or "boomerang_handback" in (a.get("wants") or ())), a
        assert ("ai_copilot" in gaps) == ("ai_copilot" in (a.get("wants") or ())), a
        assert set(gaps.values()) <= {"not_available", "custom_code"}, a


def test_guardrails_always_include_security_and_observability(recs):
    for _, r in recs:
        assert {"twilio-security-hardening", "twilio-debugging-observability"} <= set(r.skill_names("guardrail"))


def test_every_item_has_a_why(recs):
    for a, r in recs:
        for item in r.items():
            assert item.id and item.text and item.why.rule and item.why.because and item.why.section, (a, item)


def test_open_questions_follow_the_playbook_order(recs):
    for a, r in recs:
        sdk = ["team_language"] if r.implementation_path == "tac_sdk" and "team_language" not in a else []
        assert [q.id for q in r.open_questions] == [q for q in ESSENTIAL if q not in a] + sdk


def test_products_follow_the_answers(recs):
    for a, r in recs:
        assert ("conversation_memory" in r.product_ids) == (a.get("memory") is True)
        assert ("conversation_intelligence" in r.product_ids) == (a.get("intelligence") in ("realtime", "post_call"))
        assert ("taskrouter" in r.product_ids) == (a.get("handoff") is True)
        if a.get("memory") is False and r.level > 2:
            assert "conversation_memory" in [s.id for s in r.skipped]


def test_json_round_trips_and_is_deterministic(recs):
    for a, r in recs[::7]:
        data = json.loads(r.to_json())
        assert data == r.to_dict()
        assert Answers.from_dict(data["answers"]) == r.answers
        engine.clear_memo()
        again = recommend(a)
        assert again.to_json() == r.to_json()
        assert to_markdown(again) == to_markdown(r)
