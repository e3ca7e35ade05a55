"""Evaluating one rule table against the facts: the value it decides or the items it lists, with reasons.

A decision table yields its first matching rule's value and a decision item; a list table yields one item
per distinct value of every matching rule (the first rule per value wins). Results are memoised on the
facts the table reads (:func:`reads`).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping
from dataclasses import replace
from typing import Any, NamedTuple

from .. import conditions
from ..knowledge import rules
from ..knowledge.claims import CLAIMS
from ..knowledge.facts import SET_FACTS, UNANSWERED_TEXT
from ..knowledge.products import (
    ASSIST_ARCHITECTURE,
    ASSIST_NAME,
    CHANNEL_MIXES,
    ENTRY_POINTS,
    LEVELS,
    PATHS,
    POST_CALL_RUNG,
    TRANSPORTS,
    rung_adds,
)
from ..knowledge.regimes import GEOGRAPHY, REGIMES
from ..knowledge.skills import skill
from ..knowledge.speech import provider
from ..knowledge.stack import INSTALLS, PACKAGES
from ..recommendation import SKILL_GROUPS, Item, Why
from .memo import memoised


@functools.cache
def reads(table: rules.Table) -> tuple[str, ...]:
    """Every fact a table's rules depend on: what each rule's condition, text and value source read."""
    names: list[str] = []
    for _, _, read in predicates(table):
        names += read
    return tuple(dict.fromkeys(names))


@functools.cache
def predicates(table: rules.Table) -> tuple[tuple[rules.Rule, conditions.Predicate, tuple[str, ...]], ...]:
    """Each rule of a table with its condition compiled and the facts its result depends on (its condition, the
    facts its text names, its value source), once per table."""
    return tuple((r, conditions.compile_condition(r.when),
                  tuple(dict.fromkeys([*conditions.fields(r.when), *rules.text_facts(r.text),
                                       *((r.value_from,) if r.value_from else ())])))
                 for r in table.rules)


class Wording(NamedTuple):
    """The facts a decision's words may read beyond its rule (:func:`decision_text` is given nothing else)."""

    voice: bool | None
    regimes: tuple[str, ...] | None
    intelligence: str | None
    agent_assist: bool | None
    phone_handoff: bool | None
    handoff_transfer: bool | None
    speech_to_speech: bool | None
    unavailable: tuple[str, ...] | None
    nothing_served: bool | None
    messaging_count: int | None
    handoff_own_team: bool | None


#: The level named when every channel the answers ask for is ruled out: no rung is built, so none is claimed.
NOTHING_SERVED = "none: no part of this design can run as asked (see the Blocker)"


@memoised(lambda table, facts: (table.name, *map(facts.get, reads(table)), *map(facts.get, Wording._fields)))
def decide(table: rules.Table, facts: Mapping[str, Any]) -> tuple[Any, Item | None]:
    """A decision table's value (``None`` when no rule holds) and its decision item, memoised on what its rules read
    and on its :class:`Wording` (all the item's words can depend on)."""
    r = next((r for r, holds, _ in predicates(table) if holds(facts)), None)
    if r is None:
        return None, None
    value = facts.get(r.value_from) if r.value_from else r.value
    text = f"{table.title}: {decision_text(table.name, value, Wording._make(map(facts.get, Wording._fields)))}"
    return value, Item(table.name, text, why(r, facts), (("value", value), *item_details(r)))


@memoised(lambda table, facts: (table.name, *map(facts.get, reads(table))))
def collect(table: rules.Table, facts: Mapping[str, Any]) -> tuple[Item, ...]:
    """A list table's items: every value of every rule that holds, the first rule per value winning."""
    items: dict[Any, Item] = {}
    for r, holds, read in predicates(table):
        if holds(facts):
            for value, item in _rule_items(table, r, read, facts):
                if value not in items:
                    items[value] = item
    return tuple(items.values())


#: How a phase's text begins: its number, which the plan counts (:func:`collect_phases`).
_PHASE_NUMBER = re.compile(r"^Phase \d+ - ")


def collect_phases(table: rules.Table, facts: Mapping[str, Any]) -> tuple[Item, ...]:
    """The phased plan's items, numbered in order: a plan leaves out the rungs the design does not climb (no
    intelligence, no Phase 3), so each phase takes its place in the plan, not its rung's number (round 2, design
    09: "Phase 1, Phase 2, Phase 4")."""
    return tuple(replace(item, text=_PHASE_NUMBER.sub(f"Phase {n} - ", item.text, count=1))
                 for n, item in enumerate(collect(table, facts), 1))


@memoised(lambda table, r, read, facts: (r.id, *map(facts.get, read)))
def _rule_items(table: rules.Table, r: rules.Rule, read: tuple[str, ...],
                facts: Mapping[str, Any]) -> tuple[tuple[Any, Item], ...]:
    """The values and items of one rule that holds, memoised on the facts that rule reads: a table that reads many
    facts is evaluated afresh for each combination of them, but its rules' items are built once each."""
    return tuple((value, MAKERS[table.item](r, value, facts)) for value in _values(r, facts))


def _values(r: rules.Rule, facts: Mapping[str, Any]) -> Iterator[Any]:
    value = facts.get(r.value_from) if r.value_from else r.value
    yield from (value if isinstance(value, tuple) else (value,))


@memoised(lambda table, facts: (table.name, *map(facts.get, reads(table))))
def skill_groups(table: rules.Table, facts: Mapping[str, Any]) -> dict[str, tuple[Item, ...]]:
    """A skill table's items grouped by the catalogue's category, in :data:`SKILL_GROUPS` order."""
    items = collect(table, facts)
    return {group: tuple(i for i in items if dict(i.details)["category"] == group) for group in SKILL_GROUPS}


@functools.cache
def _condition(rule_id: str) -> tuple[tuple[str, ...], str]:
    """The facts a rule's condition reads and the condition in words (rules are static: computed once)."""
    when = rules.RULES[rule_id].when
    return conditions.fields(when), conditions.describe(when, SET_FACTS)


def why(r: rules.Rule, facts: Mapping[str, Any]) -> Why:
    read, because = _condition(r.id)
    return Why(r.id, r.section, because, tuple((n, facts.get(n)) for n in read), r.note)


def format_text(text: str, facts: Mapping[str, Any]) -> str:
    if "{" not in text:
        return text
    return text.format_map({**UNANSWERED_TEXT, **{k: v for k, v in facts.items() if v is not None}})


def item_details(r: rules.Rule) -> tuple[tuple[str, Any], ...]:
    """A rule's details, with the claims it cites resolved: their sources, the oldest date they were checked and,
    where a claim is in conflict or unverified, that status (the report says so)."""
    return _details(r.id)


@functools.cache
def _details(rule_id: str) -> tuple[tuple[str, Any], ...]:
    details = dict(rules.RULES[rule_id].details)
    cited = [CLAIMS[c] for c in details.get("claims", ())]
    if cited:
        sources = dict.fromkeys(s for c in cited for s in c.sources)
        details["sources"] = tuple(dict.fromkeys((*details.get("sources", ()), *sources)))
        details["checked"] = min(c.checked for c in cited)
        doubtful = [c.status for c in cited if c.status in ("conflict", "unverified")]
        if doubtful:
            details["claim_status"] = "conflict" if "conflict" in doubtful else "unverified"
    return tuple(details.items())


def _text_item(r: rules.Rule, value: str, facts: Mapping[str, Any]) -> Item:
    return Item(value, format_text(r.text, facts), why(r, facts), item_details(r))


def _skill_item(r: rules.Rule, value: str, facts: Mapping[str, Any]) -> Item:
    found = skill(value)
    return Item(value, found.purpose, why(r, facts), (("category", found.category), *item_details(r)))


def _regime_item(r: rules.Rule, value: str, facts: Mapping[str, Any]) -> Item:
    regime = REGIMES[value]
    details: list[tuple[str, Any]] = [("name", regime.name), ("where", GEOGRAPHY[regime.where])]
    if regime.playbook:
        details += [("playbook", regime.playbook), ("differs", regime.differs)]
    details.append(("sources", regime.sources))
    return Item(value, regime.sourced, why(r, facts), tuple(details))


MAKERS = {"text": _text_item, "skill": _skill_item, "regime": _regime_item}


def worded_regimes(regulations: tuple[Item, ...], facts: Mapping[str, Any]) -> tuple[Item, ...]:
    """The regime items, each worded for the decision it is keyed on (``Regime.keyed_on``). The regimes are known
    before feasibility decides (say) how card details are taken, so the engine words them once the design is drawn:
    the PCI DSS line of a payment-link design speaks of the link, not of a PCI-Mode subaccount (round 2, class F)."""
    out = []
    for item in regulations:
        regime = REGIMES[item.id]
        if not regime.keyed_on:
            out.append(item)
            continue
        value = facts.get(regime.keyed_on)
        why = replace(item.why, facts=(*item.why.facts, (regime.keyed_on, value)))
        out.append(replace(item, text=regime.text_for(value), why=why))
    return tuple(out)


def level_name(level: int, voice: bool | None, intelligence: str | None = None, assist: bool = False) -> str:
    """``Level 2: + Customer Memory``; rung 1 is named without voice when the design has no voice channel, rung 3 as
    post-call intelligence when that is what was asked for, and an agent-assist design by what it is."""
    if assist:
        return f"Level {level}: {ASSIST_NAME}"
    rung = LEVELS[level]
    if level == 3 and intelligence == "post_call":
        return f"Level 3: {POST_CALL_RUNG}"
    return f"Level {level}: {rung.neutral_name if voice is False else rung.name}"


def _speech(kind: str, value: str | None, wording: Wording) -> str:
    what = "speech-to-text" if kind == "stt" else "text-to-speech"
    if value is None:
        if wording.agent_assist and wording.voice:
            return ("No separate speech-to-text: Twilio's Real-Time Transcription transcribes the call for the assist"
                    if kind == "stt" else "No text-to-speech: people speak to the caller, the AI never does")
        if wording.speech_to_speech:
            verb = "hears" if kind == "stt" else "speaks to"
            return f"No separate {what}: the realtime voice model {verb} the caller"
        return f"No {what} without a voice channel"
    return provider(kind, value).name


def decision_text(name: str, value: Any, wording: Wording) -> str:
    """A decided value in words."""
    if name == "level":
        if wording.nothing_served:
            return NOTHING_SERVED
        name = level_name(value, wording.voice, wording.intelligence, wording.agent_assist is True)
        if wording.agent_assist:
            return f"{name} ({ASSIST_ARCHITECTURE})"
        adds = rung_adds(value, hipaa="hipaa" in (wording.regimes or ()), phone_handoff=wording.phone_handoff is True,
                         transfer=wording.handoff_transfer is True, unavailable=tuple(wording.unavailable or ()),
                         voice=wording.voice is not False, text=bool(wording.messaging_count),
                         own_team=wording.handoff_own_team is True)
        return f"{name} ({adds})"
    if name in ("stt", "tts"):
        return _speech(name, value, wording)
    if name == "tac_package":
        return f"{value}: {PACKAGES[value].summary}" if value else "No Agent Connect package on the manual path"
    if name == "install":
        found = INSTALLS[value]
        return f"`{found.command}` (needs {found.runtime})" + (f"; {found.note}" if found.note else "")
    if name == "voice_transport":
        if not value and wording.agent_assist and wording.voice:
            return "No AI voice transport: people answer the calls in Flex"
        return TRANSPORTS[value] if value else "No voice transport"
    return {"channel_mix": CHANNEL_MIXES, "entry_point": ENTRY_POINTS, "path": PATHS}[name][value]
