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
from ..knowledge.components import COMPONENTS
from ..knowledge.facts import FACTS, STAGES
from ..knowledge.questions import BY_ID, ESSENTIAL
from ..knowledge.rules import TABLES
from ..knowledge.skills import CATEGORIES
from ..knowledge.stack import INSTALLS
from ..recommendation import SKILL_GROUPS, Facts, Item, Recommendation, Why
from ..text import check_text
from . import feasibility
from .checklist import checklist_items
from .derive import DERIVATIONS, check_derivations, mode_of
from .memo import clear as clear_memo
from .tables import NOTHING_SERVED, collect, collect_phases, decide, level_name, skill_groups, worded_regimes

Design = Answers | Mapping[str, Any] | Recommendation
COMPONENT_NAMES = {c.id: c.name for c in COMPONENTS.values()}

check_derivations()  # after every deriver module (derive, feasibility) is imported

#: Per stage: its tables, each with how it is evaluated, and the stage's derivation (None when it has none).
_PLAN = tuple((tuple((t, t.decision, skill_groups if t.item == "skill" else collect_phases if t.name == "phases"
                      else collect) for t in TABLES if t.stage == stage), DERIVATIONS.get(stage)) for stage in STAGES)
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

    The design is proved before it is returned (:mod:`twarch.engine.feasibility`): a component the region or a
    regime rules out is never recommended; ``tradeoffs`` says what had to give, ``nearest`` shows the nearest design
    that keeps a wish the region cannot meet, and ``eligibility`` lays the components against HIPAA, PCI DSS, the
    region and the countries.
    """
    answers = as_answers(answers)
    return _recommend(answers, _inferred(answers, inferred or {}), _unread(answers, unread), nearest=True)


def _recommend(answers: Answers, marks: tuple[tuple[str, str], ...], unread: tuple[str, ...],
               nearest: bool) -> Recommendation:
    design = feasibility.repaired(answers)  # the wishes the answered region can meet
    facts, items, decisions = _evaluate(design, constrained=True)
    if feasibility.repairs(answers, facts["regimes"]) != feasibility.repairs(answers):  # and the regimes allow
        design = feasibility.repaired(answers, facts["regimes"])
        facts, items, decisions = _evaluate(design, constrained=True)
    used = feasibility.in_design(facts, facts.get("products", ()), facts["path"])
    tradeoffs: tuple[Item, ...] = ()
    near: tuple[Item, ...] = ()
    left_out: tuple[str, ...] = ()
    if facts["unavailable"] or design is not answers:
        free, _, _ = _evaluate(design, constrained=False)  # what the answers would get if nothing were ruled out
        unconstrained = feasibility.in_design(free, free.get("products", ()), free["path"])
        left_out = tuple(c for c in unconstrained if c not in used)
        tradeoffs = feasibility.tradeoffs(answers, facts["regimes"], used, unconstrained,
                                          tuple(facts.get("served_channels") or ()))
        if nearest and feasibility.nearest_needed(answers, used, unconstrained, facts["regimes"]):
            near = (_nearest_item(answers, facts, used),)
    reasons = tuple((r.id, r.why.note) for r in items["regulations"])
    found = mode_of(answers.request) if answers.request else None
    level = facts["level"]
    install_id = facts.get("install")
    install = INSTALLS.get(install_id) if install_id is not None else None
    voice = facts.get("voice")
    return Recommendation(
        answers=answers,
        mode=facts.get("mode"),
        mode_signals=found.signals if found else (),
        inferred=marks,
        unread=unread,
        facts=Facts({k: v for k, v in facts.items() if FACTS[k].stage != "answers"}),
        level=level,
        level_name=NOTHING_SERVED if facts.get("nothing_served") else level_name(
            level, facts.get("voice"), design.intelligence, facts.get("agent_assist") is True),
        implementation_path=facts["path"],
        tac_package=facts["tac_package"],
        voice_transport=facts["voice_transport"],
        stt_provider=facts["stt"],
        tts_provider=facts["tts"],
        channel_mix=facts["channel_mix"],
        entry_point=facts["entry_point"],
        voice_pipeline=(design.voice_pipeline or "cascaded") if voice and not facts.get("agent_assist") else None,
        install=install.command if install else None,
        runtime=install.runtime if install else None,
        decisions=tuple(decisions),
        tradeoffs=tradeoffs,
        nearest=near,
        eligibility=feasibility.eligibility(answers, facts["regimes"], used, left_out, facts.get("card_capture_used")),
        checklist=checklist_items(facts, reasons),
        open_questions=_open_questions(answers, facts["path"]),
        **items,
    )


def _evaluate(answers: Answers, constrained: bool) -> tuple[dict[str, Any], dict[str, Any], list[Item]]:
    """Every stage's tables and derivations over ``answers``; with ``constrained`` false the feasibility stage rules
    nothing out (the design the answers would get if every component could serve them)."""
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
            made = derivation.derive(answers, facts, items)
            if derivation.stage == "feasibility" and not constrained:
                made = {**made, **feasibility.UNCONSTRAINED}
            facts.update(made)
    items["regulations"] = worded_regimes(items["regulations"], facts)
    return facts, items, decisions


def _nearest_item(answers: Answers, facts: Mapping[str, Any], used: tuple[str, ...]) -> Item:
    """The nearest design that keeps what the answered region cannot: the same answers in US1, with what each of the
    two designs gives up."""
    other = _recommend(feasibility.without_region(answers), (), (), nearest=False)
    other_used = feasibility.in_design(other.facts, other.product_ids, other.implementation_path)
    wishes = [r.dropped for r in feasibility.repairs(answers)]
    # a channel the region lacks is a wish of its own (repairs, "WhatsApp and Web chat"): only products are added
    wishes += [COMPONENTS[c].name for c in other_used if c not in used and COMPONENTS[c].kind == "product"
               and COMPONENTS[c].name not in wishes]
    region = feasibility.RESIDENCY[feasibility.region_of(answers)]
    text = (f"The nearest design that keeps {_words(wishes)}: the same answers in US1 ({other.level_name}, "
            f"{'Agent Connect SDK' if other.implementation_path == 'tac_sdk' else 'manual path'}), which gives up "
            f"{region}.")
    why = Why("feasibility.nearest", "research", f"region = {answers.region}", (("region", answers.region),),
              "a wish the answered region cannot meet")
    return Item("nearest.region", text, why, (
        ("relaxed", "region"), ("keeps", tuple(wishes)), ("gives_up", region),
        ("level_name", other.level_name), ("implementation_path", other.implementation_path),
        ("voice_transport", other.voice_transport), ("products", other.product_ids),
        ("channels", tuple(other.facts.served_channels or ()))))


def _words(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1] if names else "everything"


def _inferred(answers: Answers, inferred: Mapping[str, str]) -> tuple[tuple[str, str], ...]:
    if not inferred:
        return ()
    for key, words in inferred.items():
        if key not in BY_ID or key == "request" or not answers.answered(key) or not isinstance(words, str):
            raise AnswerError("inferred", f"{key!r} is not an answered question read from the request's words",
                              "answered question ids mapped to the words they were read from")
        check_text(f"inferred.{key}", words)  # words from a file reach the reports: the request's own checks
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


#: Questions that stay open beyond the essentials, and the decision that makes each matter: the SDK path installs a
#: Python or a TypeScript package, so an unanswered team language is assumed Python and said to be open.
OPEN_WHEN = {"team_language": ("tac_sdk", "the SDK comes in Python and TypeScript: Python is assumed until you answer")}


def _open_questions(answers: Answers, path: str | None) -> tuple[Item, ...]:
    essential = tuple(_open_question(q, "one of the five essential questions") for q in ESSENTIAL
                      if not answers.answered(q))
    return essential + tuple(_open_question(q, note) for q, (on, note) in OPEN_WHEN.items()
                             if path == on and not answers.answered(q))


@functools.cache
def _open_question(question_id: str, note: str) -> Item:
    q = BY_ID[question_id]
    options = tuple({"id": c.id, "label": c.label} for c in q.choices)
    why = Why(f"open.{q.id}", q.section, f"{q.id} unanswered", ((q.id, None),), note)
    return Item(q.id, q.title, why, (("options", options),))


__all__ = ["Design", "as_answers", "as_recommendation", "clear_memo", "recommend"]
