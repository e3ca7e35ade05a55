"""The decision engine: ``recommend(answers) -> Recommendation``, pure and deterministic.

It walks the stages of :data:`twarch.knowledge.facts.STAGES`: at each stage it evaluates the rule tables
of :data:`twarch.knowledge.rules.TABLES` that belong to it, then derives that stage's facts
(:mod:`twarch.engine.derive`). Every item carries the rule, the facts it read and the playbook section it
comes from. Results are memoised on the facts each table reads (:mod:`twarch.engine.memo`).

>>> rec = recommend({"channels": ["voice"], "memory": True})
>>> rec.level, rec.voice_transport, rec.implementation_path
(2, 'conversation_relay', 'tac_sdk')
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from typing import Any

from ..answers import Answers
from ..errors import AnswerError
from ..knowledge.facts import FACTS, STAGES
from ..knowledge.questions import BY_ID, ESSENTIAL
from ..knowledge.rules import TABLES
from ..knowledge.skills import CATEGORIES
from ..knowledge.stack import INSTALLS
from ..recommendation import SKILL_GROUPS, Facts, Item, Recommendation, Why
from .checklist import checklist_items
from .derive import DERIVATIONS, mode_of
from .memo import clear as clear_memo
from .tables import collect, decide, level_name, skill_groups

Design = Answers | Mapping[str, Any] | Recommendation

#: Per stage: its tables, each with how it is evaluated, and the stage's derivation (None when it has none).
_PLAN = tuple((tuple((t, t.decision, skill_groups if t.item == "skill" else collect) for t in TABLES
                     if t.stage == stage), DERIVATIONS.get(stage)) for stage in STAGES)
if set(SKILL_GROUPS) != set(CATEGORIES):
    raise ValueError("Recommendation.SKILL_GROUPS must name the catalogue's skill categories")


def recommend(answers: Answers | Mapping[str, Any], inferred: Mapping[str, str] | None = None,
              unread: Sequence[str] = ()) -> Recommendation:
    """Turn answers (an :class:`Answers` or a plain mapping) into an explained recommendation.

    ``inferred`` names the answers that were read from the request rather than given, each with the words
    it was read from (what :func:`twarch.reader.request.read_request` returns); ``unread`` lists the request's
    words the reader did not understand (:func:`twarch.reader.request.unread_words`). The reports show both so a
    reader can correct them. ``recommend(*read(answers))`` (:func:`twarch.reader.request.read`) reads the request
    as the CLI and the Wizard do.
    """
    answers = as_answers(answers)
    marks = _inferred(answers, inferred or {})
    unread = _unread(answers, unread)
    facts: dict[str, Any] = {k: v for k, v in vars(answers).items() if v is not None}
    items: dict[str, Any] = {}
    decisions: list[Item] = []
    for tables, derivation in _PLAN:
        for table, decision, evaluate in tables:
            if decision:
                facts[table.name], item = decide(table, facts)
                if item is not None:
                    decisions.append(item)
            else:
                items[table.name] = evaluate(table, facts)
        if derivation is not None:
            facts.update(derivation.derive(answers, facts, items))
    reasons = tuple((r.id, r.why.note) for r in items["regulations"])
    found = mode_of(answers.request) if answers.request else None
    level = facts["level"]
    install = INSTALLS.get(facts.get("install"))
    voice = facts.get("voice")
    return Recommendation(
        answers=answers,
        mode=facts.get("mode"),
        mode_signals=found.signals if found else (),
        inferred=marks,
        unread=unread,
        facts=Facts({k: v for k, v in facts.items() if FACTS[k].stage != "answers"}),
        level=level,
        level_name=level_name(level, facts.get("voice"), answers.intelligence, facts.get("agent_assist") is True),
        implementation_path=facts["path"],
        tac_package=facts["tac_package"],
        voice_transport=facts["voice_transport"],
        stt_provider=facts["stt"],
        tts_provider=facts["tts"],
        channel_mix=facts["channel_mix"],
        entry_point=facts["entry_point"],
        voice_pipeline=(answers.voice_pipeline or "cascaded") if voice and not facts.get("agent_assist") else None,
        install=install.command if install else None,
        runtime=install.runtime if install else None,
        decisions=tuple(decisions),
        checklist=checklist_items(facts, reasons),
        open_questions=tuple(_open_question(q) for q in ESSENTIAL if not answers.answered(q)),
        **items,
    )


def _inferred(answers: Answers, inferred: Mapping[str, str]) -> tuple[tuple[str, str], ...]:
    if not inferred:
        return ()
    for key, words in inferred.items():
        if key not in BY_ID or key == "request" or not answers.answered(key) or not isinstance(words, str):
            raise AnswerError("inferred", f"{key!r} is not an answered question read from the request's words",
                              "answered question ids mapped to the words they were read from")
    return tuple((q, inferred[q]) for q in BY_ID if q in inferred)


def _unread(answers: Answers, unread: Sequence[str]) -> tuple[str, ...]:
    if isinstance(unread, str) or not all(isinstance(words, str) and words for words in unread) or (
            unread and not answers.request):
        raise AnswerError("unread", "expected the request's words the reader did not understand",
                          "a list of phrases from the request")
    return tuple(unread)


def as_answers(answers: Answers | Mapping[str, Any]) -> Answers:
    """Accept an :class:`Answers` or a mapping (validated); anything else is an :class:`AnswerError`."""
    if isinstance(answers, Answers):
        return answers
    return Answers.from_dict(answers)


def as_recommendation(design: Design, name: str = "answers") -> Recommendation:
    """The one converter: a Recommendation as is, answers (an Answers or a mapping) through :func:`recommend`."""
    if isinstance(design, Recommendation):
        return design
    if isinstance(design, (Answers, Mapping)):
        return recommend(design)
    raise AnswerError(name, f"expected answers (a mapping or Answers) or a Recommendation, got {type(design).__name__}")


@functools.cache
@functools.cache
def _open_question(question_id: str) -> Item:
    q = BY_ID[question_id]
    options = tuple({"id": c.id, "label": c.label} for c in q.choices)
    why = Why(f"open.{q.id}", q.section, f"{q.id} unanswered", ((q.id, None),), "one of the five essential questions")
    return Item(q.id, q.title, why, (("options", options),))


__all__ = ["Design", "as_answers", "as_recommendation", "clear_memo", "recommend"]
