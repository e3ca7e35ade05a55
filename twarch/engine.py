"""The decision engine: ``recommend(answers) -> Recommendation``, pure and deterministic.

It derives facts from the answers in stages and evaluates the rule tables of
:mod:`twarch.knowledge.rules` against them; every item carries the rule, the facts it read
and the playbook section it comes from. Items are memoised per rule and the facts the rule
reads, which keeps a full sweep of the answer space fast without changing any output.
"""

from __future__ import annotations

import functools
import string
from collections.abc import Iterator, Mapping
from typing import Any

from . import conditions
from .answers import Answers
from .errors import AnswerError
from .knowledge import checklist as checklist_data
from .knowledge import rules as T
from .knowledge.catalog import (
    CALLBACKS_PER_CALL,
    CHANNEL_MIXES,
    LEVELS,
    MESSAGING_CHANNELS,
    PATHS,
    REGIMES,
    SKILLS,
    TAC_PACKAGES,
    TRANSPORTS,
    VOICE_PROVIDERS,
)
from .knowledge.questions import BY_ID, ESSENTIAL
from .mode import detect_mode
from .recommendation import Item, Recommendation, Why

#: First-match decision tables, in the order their facts are derived.
DECISIONS: tuple[tuple[str, str, tuple[T.Rule, ...]], ...] = (
    ("level", "Capability level", T.LEVEL),
    ("channel_mix", "Channel mix", T.CHANNEL_MIX),
    ("entry_point", "Entry point", T.ENTRY_POINT),
    ("voice_transport", "Voice transport", T.TRANSPORT),
    ("path", "Implementation path", T.PATH),
    ("tac_package", "Agent Connect package", T.TAC_PACKAGE),
    ("stt", "Speech-to-text", T.STT),
    ("tts", "Text-to-speech", T.TTS),
)

_CONVERSATIONS_STACK = ("conversation_orchestrator", "conversation_memory", "conversation_intelligence")
_NAMES = {
    "level": lambda v: f"Level {v}: {LEVELS[v].name} ({LEVELS[v].architecture})",
    "channel_mix": CHANNEL_MIXES.get,
    "entry_point": {"hybrid": "Hybrid: AI handles tier 1, people handle the rest",
                    "pure_ai": "Pure AI: no humans in the loop"}.get,
    "voice_transport": lambda v: TRANSPORTS[v] if v else "No voice transport",
    "path": PATHS.get,
    "tac_package": lambda v: f"{v}: {TAC_PACKAGES[v]}" if v else "No Agent Connect package on the manual path",
    "stt": lambda v: VOICE_PROVIDERS[v] if v else "No speech-to-text without a voice channel",
    "tts": lambda v: VOICE_PROVIDERS[v] if v else "No text-to-speech without a voice channel",
}
_CHANNEL_WORDS = {"voice": "voice", "sms": "SMS", "whatsapp": "WhatsApp", "rcs": "RCS", "chat": "web chat"}


def recommend(answers: Answers | Mapping[str, Any]) -> Recommendation:
    """Turn answers (an :class:`Answers` or a plain mapping) into an explained recommendation."""
    answers = as_answers(answers)
    facts = base_facts(answers)
    signals: tuple[str, ...] = ()
    if answers.request:
        found = _detect_mode(answers.request)
        facts["mode"], signals = found.mode, found.signals

    decisions = []
    for name, title, table in DECISIONS:
        rule = _first(table, facts)
        if rule is None:
            facts[name] = None
            continue
        facts[name] = _value(rule, facts)
        decisions.append(_decision(name, title, rule, facts))

    if facts.get("stt") and facts.get("tts") and answers.languages:
        facts.update(_language_facts(answers.languages, facts["stt"], facts["tts"]))

    products = _collect(T.PRODUCTS, facts, _text_item)
    facts["products"] = tuple(p.id for p in products)
    facts["conversations_stack"] = sum(p in facts["products"] for p in _CONVERSATIONS_STACK)
    regulations = _collect(T.REGULATIONS, facts, _regulation_item)
    facts["regimes"] = tuple(r.id for r in regulations)
    open_questions = tuple(_open_question(q) for q in ESSENTIAL if not answers.answered(q))
    facts["open_count"] = len(open_questions)

    level = facts["level"]
    return Recommendation(
        answers=answers,
        mode=facts.get("mode"),
        mode_signals=signals,
        level=level,
        level_name=f"Level {level}: {LEVELS[level].name}",
        implementation_path=facts["path"],
        tac_package=facts["tac_package"],
        voice_transport=facts["voice_transport"],
        stt_provider=facts["stt"],
        tts_provider=facts["tts"],
        channel_mix=facts["channel_mix"],
        entry_point=facts["entry_point"],
        decisions=tuple(decisions),
        products=products,
        skipped=_collect(T.SKIPPED, facts, _text_item),
        skills={
            "product": _collect(T.SKILLS_PRODUCT, facts, _skill_item),
            "setup": _collect(T.SKILLS_SETUP, facts, _skill_item),
            "guardrail": _collect(T.SKILLS_GUARDRAIL, facts, _skill_item),
        },
        regulations=regulations,
        warnings=_collect(T.WARNINGS, facts, _text_item),
        ga_gaps=_collect(T.GA_GAPS, facts, _text_item),
        ga_works=_collect(T.GA_WORKS, facts, _text_item),
        key_decisions=_collect(T.KEY_DECISIONS, facts, _text_item),
        profile=_collect(T.PROFILE, facts, _text_item),
        considerations=_collect(T.CONSIDERATIONS, facts, _text_item),
        checklist=_checklist(facts, regulations),
        open_questions=open_questions,
        phases=_collect(T.PHASES, facts, _text_item),
        next_steps=_collect(T.NEXT_STEPS, facts, _text_item),
    )


_detect_mode = functools.lru_cache(maxsize=1024)(detect_mode)


@functools.lru_cache(maxsize=1024)
def _language_facts(languages: tuple[str, ...], stt: str, tts: str) -> dict[str, str]:
    """Whether the chosen STT and TTS both list every language (the intersection rule), from sourced data."""
    from .knowledge.providers import language_support

    pair = language_support(languages, stt=[stt], tts=[tts]).pair(stt, tts)
    return {"language_pair": pair.status, "language_missing_text": ", ".join(pair.missing),
            "language_unknown_text": ", ".join(pair.unknown), "stt_name": VOICE_PROVIDERS[stt].split(":")[0],
            "tts_name": VOICE_PROVIDERS[tts].split(":")[0]}


def as_answers(answers: Answers | Mapping[str, Any]) -> Answers:
    """Accept an :class:`Answers` or a mapping (validated); anything else is an :class:`AnswerError`."""
    if isinstance(answers, Answers):
        return answers
    return Answers.from_dict(answers)


def base_facts(answers: Answers) -> dict[str, Any]:
    """The answers as facts, plus what follows from them directly."""
    facts: dict[str, Any] = {k: v for k, v in vars(answers).items() if v is not None}
    channels = answers.channels
    if channels is not None:
        facts["voice"] = "voice" in channels
        facts["messaging_count"] = sum(c in MESSAGING_CHANNELS for c in channels)
        facts["channel_count"] = len(channels)
        words = [_CHANNEL_WORDS[c] for c in channels]
        facts["channels_text"] = words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]
    if answers.languages is not None:
        facts["multilingual"] = len({tag.split("-")[0] for tag in answers.languages}) >= 2
        facts["languages_text"] = ", ".join(answers.languages) or "no languages"
    if answers.peak_concurrent_calls is not None:
        facts["functions_invocations"] = answers.peak_concurrent_calls * CALLBACKS_PER_CALL
    if answers.intelligence is not None:
        facts["intelligence_text"] = {"realtime": "real-time", "post_call": "post-call"}.get(answers.intelligence)
    return facts


# ---------------------------------------------------------------- evaluation

def _first(table: tuple[T.Rule, ...], facts: Mapping[str, Any]) -> T.Rule | None:
    """The first rule that holds (memoised on the facts the table reads)."""
    key = (id(table), *map(facts.get, _READS[id(table)]))
    if key not in _CACHE:
        _CACHE[key] = next((r for r in table if conditions.compile_condition(r.when)(facts)), None)
    return _CACHE[key]


def _value(rule: T.Rule, facts: Mapping[str, Any]) -> Any:
    return facts.get(rule.value_from) if rule.value_from else rule.value


def _values(rule: T.Rule, facts: Mapping[str, Any]) -> Iterator[Any]:
    value = _value(rule, facts)
    yield from (value if isinstance(value, tuple) else (value,))


_FORMATTER = string.Formatter()
_CACHE: dict[tuple, Any] = {}
_CACHE_LIMIT = 200_000


def reads(rule: T.Rule) -> tuple[str, ...]:
    """Every fact a rule looks at: its condition, the facts its text names in braces, its value source."""
    in_text = tuple(name for _, name, _, _ in _FORMATTER.parse(rule.text) if name)
    names = conditions.fields(rule.when) + in_text + ((rule.value_from,) if rule.value_from else ())
    return tuple(dict.fromkeys(names))


def _table_reads(table: tuple[T.Rule, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(n for rule in table for n in reads(rule)))


_READS = {id(table): _table_reads(table) for table in (
    *(table for _, _, table in DECISIONS), T.PRODUCTS, T.SKIPPED, T.SKILLS_PRODUCT, T.SKILLS_SETUP,
    T.SKILLS_GUARDRAIL, T.REGULATIONS, T.WARNINGS, T.GA_GAPS, T.GA_WORKS, T.KEY_DECISIONS, T.PROFILE,
    T.CONSIDERATIONS, T.PHASES, T.NEXT_STEPS)}
_READS.update({id(rule): reads(rule) for _, _, table in DECISIONS for rule in table})


def _collect(table: tuple[T.Rule, ...], facts: Mapping[str, Any], make) -> tuple[Item, ...]:
    """Every item whose rule holds, the first rule per item id winning.

    A table's result depends only on the facts its rules read, so it is memoised on them.
    """
    key = (id(table), *map(facts.get, _READS[id(table)]))
    hit = _CACHE.get(key)
    if hit is not None:
        return hit
    items: dict[str, Item] = {}
    for rule in table:
        if conditions.compile_condition(rule.when)(facts):
            for value in _values(rule, facts):
                if value not in items:
                    items[value] = make(rule, value, facts)
    if len(_CACHE) > _CACHE_LIMIT:
        _CACHE.clear()
    result = _CACHE[key] = tuple(items.values())
    return result


_FIELDS: dict[int, tuple[str, ...]] = {}


def _condition_fields(rule: T.Rule) -> tuple[str, ...]:
    """The facts a rule's condition reads (rules live as long as the module, so their id is a stable key)."""
    read = _FIELDS.get(id(rule))
    if read is None:
        read = _FIELDS[id(rule)] = conditions.fields(rule.when)
    return read


def _why(rule: T.Rule, facts: Mapping[str, Any]) -> Why:
    read = _condition_fields(rule)
    values = tuple(map(facts.get, read))
    key = ("why", rule.id, values)
    hit = _CACHE.get(key)
    if hit is None:
        hit = _CACHE[key] = Why(rule.id, rule.section, conditions.describe(rule.when), tuple(zip(read, values)),
                                rule.note)
    return hit


def _format(text: str, facts: Mapping[str, Any]) -> str:
    if "{" not in text:
        return text
    return text.format_map({**T.UNANSWERED_TEXT, **{k: v for k, v in facts.items() if v is not None}})


def _decision(name: str, title: str, rule: T.Rule, facts: Mapping[str, Any]) -> Item:
    value = facts[name]
    key = ("decision", rule.id, value, *map(facts.get, _READS[id(rule)]))
    hit = _CACHE.get(key)
    if hit is None:
        hit = _CACHE[key] = Item(name, f"{title}: {_NAMES[name](value)}", _why(rule, facts),
                                 (("value", value), *rule.details))
    return hit


def _text_item(rule: T.Rule, value: str, facts: Mapping[str, Any]) -> Item:
    return Item(value, _format(rule.text, facts), _why(rule, facts), rule.details)


def _skill_item(rule: T.Rule, value: str, facts: Mapping[str, Any]) -> Item:
    return Item(value, SKILLS[value], _why(rule, facts))


def _regulation_item(rule: T.Rule, value: str, facts: Mapping[str, Any]) -> Item:
    regime = REGIMES[value]
    details = [("name", regime.name)]
    if regime.playbook:
        details += [("playbook", regime.playbook), ("differs", regime.differs)]
    details.append(("sources", tuple({"label": s.label, "url": s.url, "as_of": s.as_of} for s in regime.sources)))
    return Item(value, regime.sourced, _why(rule, facts), tuple(details))


def _checklist(facts: Mapping[str, Any], regulations: tuple[Item, ...]) -> tuple[Item, ...]:
    """The regulatory checklist entries the active regimes and the answers trigger (memoised on what they read)."""
    names = _checklist_reads()
    key = ("checklist", *map(facts.get, names))
    hit = _CACHE.get(key)
    if hit is None:
        reasons = {r.id: r.why.note for r in regulations}
        hit = _CACHE[key] = tuple(_checklist_item(e, facts, reasons.get(e.regime, ""))
                                  for e in checklist_data.entries_for(facts))
    return hit


def _checklist_item(entry: checklist_data.Entry, facts: Mapping[str, Any], reason: str) -> Item:
    key = ("entry", entry.id, reason, facts.get("regimes"), *map(facts.get, conditions.fields(entry.when or {})))
    hit = _CACHE.get(key)
    if hit is None:
        hit = _CACHE[key] = checklist_data.item_for(entry, checklist_data.why_for(entry, facts, reason))
    return hit


@functools.cache
def _checklist_reads() -> tuple[str, ...]:
    fields = (n for e in checklist_data.entries() for n in conditions.fields(e.when or {}))
    return tuple(dict.fromkeys(("regimes", *fields)))


@functools.cache
def _open_question(question_id: str) -> Item:
    q = BY_ID[question_id]
    options = tuple({"id": c.id, "label": c.label} for c in q.choices)
    why = Why(f"open.{q.id}", q.section, f"{q.id} unanswered", ((q.id, None),),
              "one of the five essential questions")
    return Item(q.id, q.title, why, (("options", options),))


__all__ = ["AnswerError", "as_answers", "base_facts", "recommend"]
