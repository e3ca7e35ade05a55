"""What the engine returns: a :class:`Recommendation` of :class:`Item`, each with its :class:`Why`.

Plain data: it serialises itself (``to_dict``, ``to_json``) and knows no renderer. Reports, diagrams and
checklists are functions of a Recommendation in :mod:`twarch.render`; in Jupyter it displays through the
formatters :mod:`twarch.display` registers.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, fields
from typing import Any

from .answers import Answers
from .knowledge.facts import FACTS
from .knowledge.playbook import section_title


@dataclass(frozen=True)
class Why:
    """The trace behind an item: which rule fired, on which facts, from which playbook section."""

    rule: str
    section: str
    because: str
    facts: tuple[tuple[str, Any], ...] = ()
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        out = {
            "rule": self.rule,
            "section": self.section,
            "section_title": section_title(self.section),
            "because": self.because,
            "facts": {k: list(v) if isinstance(v, tuple) else v for k, v in self.facts},
        }
        if self.note:
            out["note"] = self.note
        return out

    def __str__(self) -> str:
        text = f"{self.because} [{self.rule}; {section_title(self.section)}]"
        return f"{self.note} ({text})" if self.note else text


@dataclass(frozen=True)
class Item:
    """One line of a recommendation: a stable ``id``, its ``text``, its ``why`` and optional details."""

    id: str
    text: str
    why: Why
    details: tuple[tuple[str, Any], ...] = ()

    def get(self, key: str, default: Any = None) -> Any:
        return dict(self.details).get(key, default)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "text": self.text, **_plain(dict(self.details)), "why": self.why.to_dict()}


class Facts(Mapping[str, Any]):
    """What the engine established about one design, read-only: every derived fact (voice, speech_to_speech,
    agent_assist, phone_handoff, the decisions...) as :data:`twarch.knowledge.facts.FACTS` declares it.

    The engine derives each fact once; renderers, estimates and widgets read it here instead of working it out
    again from the answers. ``facts.phone_handoff`` is the fact, or None when it did not come about for this design
    (no voice, say); a name that is not a declared fact is an ``AttributeError``. As a mapping it holds the facts
    that came about, in name order.

    >>> from twarch import recommend
    >>> recommend({"channels": ["voice"], "handoff": True, "handoff_target": "phone_line"}).facts.phone_handoff
    True
    """

    __slots__ = ("_values",)

    def __init__(self, values: Mapping[str, Any]) -> None:
        unknown = sorted(set(values) - set(FACTS))
        if unknown:
            raise ValueError(f"not declared facts: {', '.join(unknown)}")
        object.__setattr__(self, "_values", dict(sorted(values.items())))

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_") or name not in FACTS:
            raise AttributeError(f"{name!r} is not a declared fact (see twarch.knowledge.facts.FACTS)")
        return self._values.get(name)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError("a recommendation's facts are read-only")

    def __getitem__(self, name: str) -> Any:
        return self._values[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Facts) and self._values == other._values

    __hash__ = None  # type: ignore[assignment]  # unhashable on purpose; typeshed declares __hash__ a method

    def __reduce__(self) -> tuple[Any, ...]:  # copy and pickle rebuild it through __init__
        return Facts, (self._values,)

    def __repr__(self) -> str:
        return f"Facts({self._values!r})"


#: Skill groups in report order: upstream's skill types.
SKILL_GROUPS = ("product", "setup", "guardrail", "planner")


@dataclass(frozen=True)
class Recommendation:
    """The architecture twarch recommends for one set of answers. Build it with :func:`twarch.recommend`."""

    answers: Answers
    mode: str | None
    level: int
    level_name: str
    implementation_path: str
    tac_package: str | None
    voice_transport: str | None
    stt_provider: str | None
    tts_provider: str | None
    channel_mix: str | None
    entry_point: str | None
    voice_pipeline: str | None = None
    install: str | None = None
    runtime: str | None = None
    mode_signals: tuple[str, ...] = ()
    #: Answers read from the request, not given explicitly: (field, the request's words), in question order.
    inferred: tuple[tuple[str, str], ...] = ()
    #: The request's words the reader did not understand (phrases, in text order): what it may have missed.
    unread: tuple[str, ...] = ()
    #: Every fact the engine derived (not the answers themselves): read design facts here, never re-derive them.
    facts: Facts = field(default_factory=lambda: Facts({}))
    decisions: tuple[Item, ...] = ()
    #: what had to give: each component the answers' region or regimes ruled out, why, and what replaces it
    tradeoffs: tuple[Item, ...] = ()
    #: the nearest design that keeps a wish the answered region cannot meet (at most one)
    nearest: tuple[Item, ...] = ()
    products: tuple[Item, ...] = ()
    skipped: tuple[Item, ...] = ()
    skills: dict[str, tuple[Item, ...]] = field(default_factory=dict)
    regulations: tuple[Item, ...] = ()
    warnings: tuple[Item, ...] = ()
    ga_gaps: tuple[Item, ...] = ()
    ga_works: tuple[Item, ...] = ()
    key_decisions: tuple[Item, ...] = ()
    profile: tuple[Item, ...] = ()
    considerations: tuple[Item, ...] = ()
    #: the components used and left out, against HIPAA, PCI DSS, the region and the countries
    eligibility: tuple[Item, ...] = ()
    checklist: tuple[Item, ...] = ()
    open_questions: tuple[Item, ...] = ()
    phases: tuple[Item, ...] = ()
    next_steps: tuple[Item, ...] = ()

    @property
    def product_ids(self) -> tuple[str, ...]:
        return tuple(p.id for p in self.products)

    @property
    def regulation_ids(self) -> tuple[str, ...]:
        return tuple(r.id for r in self.regulations)

    def skill_names(self, group: str | None = None) -> tuple[str, ...]:
        groups = SKILL_GROUPS if group is None else (group,)
        return tuple(s.id for g in groups for s in self.skills.get(g, ()))

    def items(self) -> tuple[Item, ...]:
        """Every item of every list, in report order (:data:`ITEM_LISTS`)."""
        return tuple(i for name in ITEM_LISTS for i in self._list(name))

    def _list(self, name: str) -> tuple[Item, ...]:
        if name == "skills":
            return tuple(i for g in SKILL_GROUPS for i in self.skills.get(g, ()))
        return getattr(self, name)

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract: scalar decisions at the top, the skills by group, then every other list of items."""
        out: dict[str, Any] = {
            "answers": self.answers.to_dict(),
            "mode": self.mode,
            "mode_signals": list(self.mode_signals),
            "inferred": {key: {"value": _plain(getattr(self.answers, key)), "words": words}
                         for key, words in self.inferred},
            "unread": list(self.unread),
            "level": self.level,
            "level_name": self.level_name,
            "implementation_path": self.implementation_path,
            "tac_package": self.tac_package,
            "voice_transport": self.voice_transport,
            "stt_provider": self.stt_provider,
            "tts_provider": self.tts_provider,
            "channel_mix": self.channel_mix,
            "entry_point": self.entry_point,
            "voice_pipeline": self.voice_pipeline,
            "install": self.install,
            "runtime": self.runtime,
            "skills": {g: [i.to_dict() for i in self.skills.get(g, ())] for g in SKILL_GROUPS},
        }
        for name in ITEM_LISTS:
            if name != "skills":
                out[name] = [i.to_dict() for i in getattr(self, name)]
        return out

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n"

    def __repr__(self) -> str:
        return (f"<Recommendation level={self.level} path={self.implementation_path} "
                f"transport={self.voice_transport} products={list(self.product_ids)}>")


#: The recommendation's lists of items, in report order: the decisions, the rule tables' lists (knowledge/rules.py)
#: and the engine's own (checklist, open questions). Checked below against the fields and the tables.
ITEM_LISTS = ("decisions", "tradeoffs", "nearest", "products", "skipped", "skills", "regulations", "eligibility",
              "warnings", "ga_gaps", "ga_works", "key_decisions", "profile", "considerations", "checklist",
              "open_questions", "phases", "next_steps")
_ENGINE_LISTS = ("decisions", "tradeoffs", "nearest", "eligibility", "checklist", "open_questions")


def _check_lists() -> None:
    from .knowledge.rules import TABLES

    tables = {t.name for t in TABLES if not t.decision}
    declared = {f.name for f in fields(Recommendation) if f.type in ("tuple[Item, ...]", "dict[str, tuple[Item, ...]]")}
    if set(ITEM_LISTS) != tables | set(_ENGINE_LISTS) or set(ITEM_LISTS) != declared:
        raise ValueError("Recommendation: ITEM_LISTS, the list fields and the rule tables' lists disagree: "
                         f"{sorted(set(ITEM_LISTS) ^ (tables | set(_ENGINE_LISTS)))} "
                         f"{sorted(set(ITEM_LISTS) ^ declared)}")


_check_lists()


def _plain(value: Any) -> Any:
    """Tuples -> lists and sources -> mappings, recursively, so details serialise as JSON."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if hasattr(value, "to_dict"):
        return value.to_dict()
    return value
