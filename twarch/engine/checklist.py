"""Which regulatory checklist entries apply, each as an :class:`~twarch.recommendation.Item` with its trace.

An entry applies when its regime is active (``facts["regimes"]``) and its optional ``when`` condition holds
of the facts. Entries come from :mod:`twarch.knowledge.checklist` (data and loader only).

>>> facts = {"regimes": ("fdcpa",), "channels": ("voice",), "voice": True}
>>> [e.id for e in entries_for(facts)][:3]
['FDCPA-01', 'FDCPA-02', 'FDCPA-03']
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping
from typing import Any

from .. import conditions
from ..knowledge import checklist as data
from ..knowledge.facts import SET_FACTS
from ..knowledge.regimes import regime_name
from ..recommendation import Item, Why
from .memo import memoised


def applies(entry: data.Entry, facts: Mapping[str, Any]) -> bool:
    """Whether ``entry`` applies: its regime is active and its ``when`` holds."""
    if entry.regime not in (facts.get("regimes") or ()):
        return False
    return entry.when is None or conditions.compile_condition(entry.when)(facts)


def entries_for(facts: Mapping[str, Any], pool: Iterable[data.Entry] | None = None) -> tuple[data.Entry, ...]:
    """The entries that apply to these facts, in file order (``pool`` replaces the shipped entries)."""
    if pool is not None:
        return tuple(e for e in pool if applies(e, facts))
    by_regime = _by_regime()
    candidates = sorted(pair for regime in set(facts.get("regimes") or ()) for pair in by_regime.get(regime, ()))
    return tuple(e for _, e in candidates if applies(e, facts))


@functools.cache
def _by_regime() -> dict[str, tuple[tuple[int, data.Entry], ...]]:
    """The shipped entries grouped by regime, each with its position in the file (to keep file order)."""
    grouped: dict[str, list[tuple[int, data.Entry]]] = {}
    for index, entry in enumerate(data.entries()):
        grouped.setdefault(entry.regime, []).append((index, entry))
    return {regime: tuple(pairs) for regime, pairs in grouped.items()}


def why_for(entry: data.Entry, facts: Mapping[str, Any], regime_reason: str = "") -> Why:
    """The trace for one applicable entry: its regime (and why it is active) and the facts its ``when`` read."""
    because = f"{regime_name(entry.regime)} applies" + (f" ({regime_reason})" if regime_reason else "")
    if entry.when is not None:
        because += f" and {conditions.describe(entry.when, SET_FACTS)}"
    read: list[tuple[str, Any]] = [("regimes", tuple(facts.get("regimes") or ()))]
    read += [(name, facts.get(name)) for name in conditions.fields(entry.when or {})]
    return Why(f"checklist.{entry.id}", entry.section, because, tuple(read))


def item_for(entry: data.Entry, why: Why) -> Item:
    """The entry as an item of ``Recommendation.checklist``."""
    details: list[tuple[str, Any]] = [("regime", entry.regime), ("title", entry.title), ("owner", entry.owner),
                                      ("status", entry.status), ("sources", entry.sources)]
    details += [(key, getattr(entry, key)) for key in ("playbook", "differs", "note") if getattr(entry, key)]
    return Item(entry.id, f"{entry.title}: {entry.obligation}", why, tuple(details))


@functools.cache
def reads(entry_id: str | None = None) -> tuple[str, ...]:
    """Every fact the checklist (or one entry) looks at."""
    chosen = data.entries() if entry_id is None else (data.by_id(entry_id),)
    names = (n for e in chosen for n in conditions.fields(e.when or {}))
    return tuple(dict.fromkeys(("regimes", *names)))


@memoised(lambda facts, reasons: (tuple(map(facts.get, reads())), reasons))
def checklist_items(facts: Mapping[str, Any], reasons: tuple[tuple[str, str], ...]) -> tuple[Item, ...]:
    """The applicable entries as items; ``reasons`` pairs each active regime with why it is active."""
    why_regime = dict(reasons)
    return tuple(_entry_item(e, facts, why_regime.get(e.regime, "")) for e in entries_for(facts))


@memoised(lambda entry, facts, reason: (entry.id, reason, *map(facts.get, reads(entry.id))))
def _entry_item(entry: data.Entry, facts: Mapping[str, Any], reason: str) -> Item:
    return item_for(entry, why_for(entry, facts, reason))
