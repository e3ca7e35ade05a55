"""Does a recommendation contradict itself? The invariants of :mod:`twarch.knowledge.invariants`, checked.

``problems(rec)`` returns one line per broken invariant (empty when the report is consistent). The tests run it
over the exhaustive answer sweep and over arbitrary answers; anyone can run it on a design of their own.

>>> from twarch import recommend
>>> problems(recommend({"channels": ["voice"], "memory": True, "industry": "healthcare"}))
[]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from .. import conditions
from ..knowledge import checklist as checklist_data
from ..knowledge import rules
from ..knowledge.invariants import (
    CALL_TRANSFER,
    FREE_TABLES,
    MET_BY,
    REPORT_TABLES,
    SCOPES,
    components_named,
    products_named,
)
from ..knowledge.regimes import REGIMES
from ..knowledge.skills import SKILLS
from ..knowledge.stack import INSTALLS
from ..recommendation import Item, Recommendation

#: Where each regime applies, as a test of the final facts.
_WHERE = {"": lambda facts: True, "US": lambda facts: facts.get("geo_us") is True,
          "CA": lambda facts: facts.get("geo_ca") is True, "EEA": lambda facts: facts.get("geo_eu") is True,
          "GB": lambda facts: facts.get("geo_uk") is True}


def problems(rec: Recommendation) -> list[str]:
    """Every way this recommendation breaks an invariant, in words (empty when there is none)."""
    facts = final_facts(rec)
    found = [*_item_problems(rec, facts), *_design_problems(rec, facts), *_checklist_problems(rec, facts)]
    return list(dict.fromkeys(found))


def final_facts(rec: Recommendation) -> dict[str, Any]:
    """The facts as they stand at the end: the answers the design was made from and everything the engine derived
    (read from the recommendation, never worked out again)."""
    from .feasibility import repaired

    made_from = repaired(rec.answers, rec.regulation_ids)
    return {**{k: v for k, v in vars(made_from).items() if v is not None}, **rec.facts}


def _tables() -> dict[str, str]:
    """Rule id -> the table it belongs to."""
    return {r.id: t.name for t in rules.TABLES for r in t.rules}


_TABLE_OF = _tables()


def _all_items(rec: Recommendation) -> Iterator[tuple[str, Item]]:
    for item in rec.items():
        yield _TABLE_OF.get(item.why.rule, "checklist" if item.why.rule.startswith("checklist.") else "other"), item


def _item_problems(rec: Recommendation, facts: dict[str, Any]) -> Iterator[str]:
    recommended = set(rec.product_ids)
    for table, item in _all_items(rec):
        scope = item.get("scope")
        if scope is not None and not conditions.holds(SCOPES[scope], facts):
            yield f"scope: {item.why.rule} is about {scope} but the design is not"
        if table in FREE_TABLES or table in ("checklist", "other"):
            continue
        unavailable = set(facts.get("unavailable") or ()) - set(item.get("without", ()))
        for cid in components_named(item.text):
            if cid in unavailable:
                yield f"unavailable_named: {item.why.rule} names {cid}, which this design cannot use"
        allowed = set(item.get("names_absent", ()))
        for product in products_named(item.text):
            if product not in recommended and product not in allowed:
                yield f"product_names: {item.why.rule} names {product}, which the design does not recommend"
    yield from _absent_named(rec, facts)
    yield from _call_transfer_named(rec, facts)


def _call_transfer_named(rec: Recommendation, facts: dict[str, Any]) -> Iterator[str]:
    """A design that serves no calls names no call transfer: a text conversation cannot be dialled (round 3, class A:
    WhatsApp and chat hand-offs to a contact centre "by <Dial>")."""
    if facts.get("voice") is not False:
        return
    for item in (*rec.items(), *rec.tradeoffs):
        if CALL_TRANSFER.search(item.text):
            yield f"text_no_call_transfer: {item.why.rule} names a call transfer in a design that serves no calls"


def _absent_named(rec: Recommendation, facts: dict[str, Any]) -> Iterator[str]:
    """Lines written for the drawn design, and what each component that had to give is replaced with, name only
    products the final design uses (its products and, on the SDK path, Agent Connect's parts)."""
    from ..knowledge.components import COMPONENTS
    from .feasibility import in_design

    used = set(in_design(facts, rec.product_ids, rec.implementation_path))
    # what had to give names itself; what it is replaced with ("Instead: ...") is in the design
    lines = [(item, item.text.partition(" Instead: ")[2]) for item in rec.tradeoffs]
    lines += [(item, item.text) for table, item in _all_items(rec) if table in REPORT_TABLES]
    for item, text in lines:
        allowed = set(item.get("names_absent", ())) | set(item.get("without", ()))
        for cid in dict.fromkeys((*products_named(text), *components_named(text))):
            if COMPONENTS.get(cid) is not None and COMPONENTS[cid].kind == "product" and cid not in used | allowed:
                yield f"absent_named: {item.why.rule} names {cid}, which the final design does not use"


def _design_problems(rec: Recommendation, facts: dict[str, Any]) -> Iterator[str]:
    both = set(rec.product_ids) & {s.id for s in rec.skipped}
    if both:
        yield f"recommended_not_skipped: {', '.join(sorted(both))} both recommended and skipped"
    state = rec.answers.memory is True or rec.answers.intelligence in ("realtime", "post_call")
    ruled_out = "conversation_orchestrator" in (facts.get("unavailable") or ())  # a region or regime rules it out
    outside = rec.install == INSTALLS["google_voice"].command  # CX Agent Studio's voice channel supports none of them
    orchestrated = "conversation_orchestrator" in rec.product_ids
    if facts.get("voice") and state and not (ruled_out or outside or orchestrated):
        yield "orchestrator_with_voice_state: voice with memory or intelligence but no Conversation Orchestrator"
    assist = facts.get("agent_assist") is True
    cascaded = facts.get("voice") is True and not facts.get("speech_to_speech") and not assist
    if cascaded != bool(rec.stt_provider and rec.tts_provider) or bool(rec.stt_provider) != bool(rec.tts_provider):
        yield "speech_providers: STT/TTS picks do not match the voice pipeline"
    if assist:
        yield from _assist_problems(rec, facts)
    elif rec.entry_point == "agent_assist" or {"real_time_transcription", "agent_copilot"} & set(rec.product_ids):
        yield "agent_assist: the assist's parts in a design where an AI answers"
    yield from _feasibility_problems(rec, facts)
    yield from _met_blockers(rec, facts)
    yield from _sdk_problems(rec, facts)
    unknown = [s for s in rec.skill_names() if s not in SKILLS]
    if unknown:
        yield f"skills_in_catalogue: {', '.join(unknown)} not in the pinned catalogue"


#: What an agent-assist design never has: the parts of an AI voice agent that answers.
_AI_AGENT_PRODUCTS = frozenset({"conversation_relay", "media_streams", "studio"})


#: Words that offer the SDK's Studio hand-off tool, and words that tell the SDK to reach Memory.
_STUDIO_TOOL_WORDS = ("TWILIO_STUDIO_HANDOFF_FLOW_SID", "receives the SDK's handoff")
_SDK_MEMORY_WORDS = "TWILIO_CONVERSATION_CONFIGURATION_ID"


def _sdk_problems(rec: Recommendation, facts: dict[str, Any]) -> Iterator[str]:
    """The SDK's Studio hand-off tool is offered only where it can be built (an Orchestrator configuration and its
    Memory store in the design, TAC-1), and no line tells the SDK to reach Memory in a design without the
    Orchestrator (round 1, design 16)."""
    products = set(rec.product_ids)
    # an Orchestrator configuration always links a Memory store (claim orch.memory_store), even with memory off
    tool = (rec.implementation_path == "tac_sdk" and "conversation_orchestrator" in products
            and "tac_handoff_tool" not in (facts.get("unavailable") or ()))
    for table, item in _all_items(rec):
        if table in FREE_TABLES:
            continue
        offers = any(w in item.text for w in _STUDIO_TOOL_WORDS) and not item.text.startswith("Hand off without")
        if offers and not tool:
            yield f"studio_tool: {item.why.rule} offers the SDK's Studio hand-off tool, which this design cannot build"
        if _SDK_MEMORY_WORDS in item.text and "conversation_orchestrator" not in products:
            yield f"sdk_memory: {item.why.rule} sets the SDK's Orchestrator configuration in a design without it"


def _assist_problems(rec: Recommendation, facts: dict[str, Any]) -> Iterator[str]:
    """People answer every conversation: no AI voice transport, speech vendor, Agent Connect or Studio handoff; Flex
    and TaskRouter, and Real-Time Transcription on calls (review 3, finding 1)."""
    products = set(rec.product_ids)
    ai = sorted(products & _AI_AGENT_PRODUCTS)
    if ai or rec.voice_transport or rec.stt_provider or rec.tts_provider or rec.implementation_path == "tac_sdk":
        yield (f"agent_assist: an AI voice agent in an agent-assist design ({', '.join(ai) or 'none'}; transport "
               f"{rec.voice_transport}, STT {rec.stt_provider}, TTS {rec.tts_provider}, "
               f"path {rec.implementation_path})")
    if rec.entry_point != "agent_assist" or not {"flex", "taskrouter"} <= products:
        yield "agent_assist: an agent-assist design without the agent_assist entry point, Flex and TaskRouter"
    if facts.get("voice") and "real_time_transcription" not in products:
        yield "agent_assist: an agent-assist design on voice without Real-Time Transcription"


def _met_blockers(rec: Recommendation, facts: dict[str, Any]) -> Iterator[str]:
    """A blocker resting on a requirement the design already meets (knowledge/invariants.MET_BY) is a reminder."""
    for item in rec.warnings:
        if item.get("severity") != "blocker":
            continue
        for claim in item.get("claims", ()):
            if claim in MET_BY and conditions.holds(MET_BY[claim], facts):
                yield f"no_blocker_already_met: {item.why.rule} is a blocker the design already meets ({claim})"


def _checklist_problems(rec: Recommendation, facts: dict[str, Any]) -> Iterator[str]:
    active = set(rec.regulation_ids)
    for item in rec.checklist:
        entry = checklist_data.by_id(item.id)
        where = REGIMES[entry.regime].where
        if entry.regime not in active:
            yield f"checklist_applies: {item.id} of an inactive regime"
        elif not _WHERE[where](facts) and entry.regime not in (rec.answers.regulations or ()):
            yield f"checklist_applies: {item.id} applies to {where} but the people are not there"
        if entry.when is not None and not conditions.holds(entry.when, facts):
            yield f"checklist_applies: {item.id}'s condition does not hold"


__all__ = ["final_facts", "problems"]


#: Words that say a component cannot serve: no blocker may say them of a component the design uses.
_RULED_OUT = re.compile(r"\b(?:not (?:available|offered|listed|eligible|HIPAA|PCI|supported)|cannot (?:be used|run))\b")


def _feasibility_problems(rec: Recommendation, facts: dict[str, Any]) -> Iterator[str]:
    from ..knowledge.components import COMPONENTS
    from .feasibility import all_exclusions, in_design, region_of

    used = in_design(facts, rec.product_ids, rec.implementation_path)
    out = set(facts.get("unavailable") or ())
    ruled = all_exclusions(repaired_answers(rec), facts.get("regimes") or ())
    region = region_of(repaired_answers(rec))
    for cid in used:
        if cid in out or cid in ruled or COMPONENTS[cid].regions[region].status == "absent":
            yield f"feasible: the design uses {cid}, which it cannot use here"
    names = {COMPONENTS[c].name: c for c in used}
    for item in rec.warnings:
        if item.get("severity") != "blocker":
            continue
        for sentence in re.split(r"(?<=[.:;])\s", item.text):
            if _RULED_OUT.search(sentence) and any(name in sentence for name in names):
                yield f"no_blocker_against_design: {item.why.rule} rules out a component the design uses"


def repaired_answers(rec: Recommendation) -> Any:
    from .feasibility import repaired

    return repaired(rec.answers, rec.regulation_ids)
