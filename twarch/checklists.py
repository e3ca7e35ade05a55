"""The regulatory checklist for one set of answers, with the user's ticks kept apart from the data.

A :class:`Checklist` holds the applicable entries (each with its :class:`~twarch.recommendation.Why`:
which regime and which answers brought it in) and, separately, a mapping of entry id -> tick status.
Because ticks live apart from the items, rebuilding the checklist after the answers or the data change
(:meth:`Checklist.with_items`, ``checklist(answers, ticks=old.ticks)``) keeps every tick; ticks whose
entry no longer applies are kept as :attr:`Checklist.dormant` and come back if the entry does.

Tick statuses follow Azure's review checklists: ``not_verified`` (the default), ``open``, ``fulfilled``,
``not_required`` and ``n/a``; the last three count as done. This module is state only: the Markdown, HTML
and table views of a checklist are in :mod:`twarch.render.checklist`.

>>> from twarch.knowledge.checklist import by_id
>>> cl = Checklist([by_id("FDCPA-01"), by_id("FDCPA-07")])
>>> cl.tick("FDCPA-01").progress
Progress(done=1, total=2)
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from .answers import did_you_mean
from .engine import Design, as_recommendation
from .errors import AnswerError
from .io.files import write_text
from .io.reading import read_answers_file
from .knowledge import checklist as data
from .knowledge.checklist import Entry
from .knowledge.regimes import regime_name
from .knowledge.rules import CHECKLIST_NOTICES
from .recommendation import Why
from .text import preview

#: Tick statuses, in the order a reviewer moves through them.
TICK_STATUSES: tuple[str, ...] = ("not_verified", "open", "fulfilled", "not_required", "n/a")
#: Statuses that count as done.
DONE: frozenset[str] = frozenset({"fulfilled", "not_required", "n/a"})
DEFAULT_TICK = "not_verified"
TICKS_FORMAT = "twarch-checklist-ticks"


@dataclass(frozen=True)
class ChecklistItem:
    """One applicable entry with the trace that brought it in."""

    entry: Entry
    why: Why

    @property
    def id(self) -> str:
        return self.entry.id

    @property
    def regime(self) -> str:
        return self.entry.regime


class Progress(NamedTuple):
    """How much of the checklist is done (fulfilled, not required or n/a)."""

    done: int
    total: int

    @property
    def fraction(self) -> float:
        """Done over total; an empty checklist counts as complete (1.0)."""
        return self.done / self.total if self.total else 1.0

    def __str__(self) -> str:
        return f"{self.done}/{self.total}"


class Checklist:
    """Applicable checklist items plus the user's ticks, stored apart. Build it with :func:`checklist`.

    ``items`` may be :class:`ChecklistItem` objects, ``(Entry, Why)`` pairs or bare entries (given a
    plain trace). ``ticks`` maps entry ids to tick statuses. ``notices`` say what the checklist does not
    cover (countries whose law twarch holds no rules for, the US assumed while countries are unanswered);
    every view shows them at the top, so an empty checklist never reads as "nothing to do".
    """

    def __init__(self, items: Iterable[ChecklistItem | tuple[Entry, Why] | Entry] = (),
                 ticks: Mapping[str, str] | None = None, notices: Iterable[str] = ()) -> None:
        self.notices: tuple[str, ...] = tuple(notices)
        built: list[ChecklistItem] = []
        seen: set[str] = set()
        for item in items:
            built.append(_as_item(item))
            if built[-1].id in seen:
                raise ValueError(f"checklist item {built[-1].id!r} appears twice")
            seen.add(built[-1].id)
        self._items: tuple[ChecklistItem, ...] = tuple(built)
        self._by_id = {i.id: i for i in self._items}
        self._ticks: dict[str, str] = {}
        for entry_id, status in (ticks or {}).items():
            self._set(entry_id, status)

    # ------------------------------------------------------------------------------------ reading

    @property
    def items(self) -> tuple[ChecklistItem, ...]:
        return self._items

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(self._by_id)

    @property
    def entries(self) -> tuple[Entry, ...]:
        return tuple(i.entry for i in self._items)

    @property
    def regimes(self) -> tuple[str, ...]:
        """The regimes present, in order of first appearance."""
        return tuple(dict.fromkeys(i.regime for i in self._items))

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[ChecklistItem]:
        return iter(self._items)

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self._by_id

    def __getitem__(self, entry_id: str) -> ChecklistItem:
        return self._by_id[entry_id]

    def status(self, entry_id: str) -> str:
        """The tick status of one item (``not_verified`` unless ticked)."""
        self._require_item(entry_id)
        return self._ticks.get(entry_id, DEFAULT_TICK)

    def is_done(self, entry_id: str) -> bool:
        return self.status(entry_id) in DONE

    @property
    def ticks(self) -> dict[str, str]:
        """The user's ticks (a copy): this checklist's items in order, then dormant ids sorted."""
        ordered = {i: self._ticks[i] for i in self._by_id if i in self._ticks}
        ordered.update({i: self._ticks[i] for i in sorted(self._ticks) if i not in self._by_id})
        return ordered

    @property
    def dormant(self) -> tuple[str, ...]:
        """Ticked ids that are not items of this checklist (kept, so they return with their entries)."""
        return tuple(sorted(i for i in self._ticks if i not in self._by_id))

    @property
    def progress(self) -> Progress:
        """Items done (fulfilled + not_required + n/a) over all items; dormant ticks do not count."""
        done = sum(1 for i in self._by_id if self._ticks.get(i, DEFAULT_TICK) in DONE)
        return Progress(done, len(self._items))

    # ------------------------------------------------------------------------------------ ticking

    def tick(self, entry_id: str, status: str = "fulfilled") -> Checklist:
        """Set one item's tick status; returns the checklist itself (so a notebook cell shows it)."""
        self._require_item(entry_id)
        self._set(entry_id, status)
        return self

    def untick(self, entry_id: str) -> Checklist:
        """Put one item back to ``not_verified``."""
        return self.tick(entry_id, DEFAULT_TICK)

    def with_items(self, items: Iterable[ChecklistItem | tuple[Entry, Why] | Entry]) -> Checklist:
        """A new checklist over other items (e.g. after the answers or data changed), keeping every tick."""
        return Checklist(items, ticks=self._ticks, notices=self.notices)

    def with_ticks(self, ticks: Mapping[str, str]) -> Checklist:
        """A copy with these ticks set on top of the current ones (ids not in the checklist stay dormant)."""
        out = self.copy()
        for entry_id, status in ticks.items():
            out._set(entry_id, status)
        return out

    def copy(self) -> Checklist:
        return Checklist(self._items, ticks=self._ticks, notices=self.notices)

    def _set(self, entry_id: Any, status: Any) -> None:
        if not isinstance(entry_id, str) or not data.ENTRY_ID.match(entry_id):
            raise AnswerError("checklist id", f"{preview(entry_id)} is not a checklist id", "ids like TCPA-02")
        if status not in TICK_STATUSES:
            raise AnswerError(entry_id, f"{preview(status)} is not a tick status" + did_you_mean(status, TICK_STATUSES),
                              ", ".join(TICK_STATUSES))
        if status == DEFAULT_TICK:
            self._ticks.pop(entry_id, None)
        else:
            self._ticks[entry_id] = status

    def _require_item(self, entry_id: Any) -> None:
        if entry_id not in self._by_id:
            hint = did_you_mean(entry_id, self.ids) if isinstance(entry_id, str) else ""
            raise AnswerError("checklist id", f"{preview(entry_id)} is not in this checklist{hint}",
                              ", ".join(self.ids) or "(the checklist is empty)")

    # ------------------------------------------------------------------------------------ ticks files

    def save_ticks(self, path: str | Path) -> None:
        """Write the ticks (only the ticks, never the item data) as JSON, whole or not at all."""
        doc = {"format": TICKS_FORMAT, "version": 1, "ticks": self.ticks}
        write_text(path, json.dumps(doc, indent=2, ensure_ascii=False) + "\n")

    def load_ticks(self, path: str | Path) -> Checklist:
        """Replace the ticks with those saved by :meth:`save_ticks` (or a plain ``{id: status}`` file).

        The file is read within the answers files' bounds (size, depth, duplicate keys: :mod:`twarch.io.reading`).
        """
        doc = read_answers_file(path)
        ticks = doc.get("ticks") if isinstance(doc, dict) and "format" in doc else doc
        if isinstance(doc, dict) and "format" in doc and doc["format"] != TICKS_FORMAT:
            raise AnswerError("ticks", f"{path} has format {preview(doc['format'])}", TICKS_FORMAT)
        if not isinstance(ticks, dict):
            raise AnswerError("ticks", f"{path} does not hold a mapping of ids to statuses",
                              ", ".join(TICK_STATUSES))
        fresh = Checklist(self._items, ticks=ticks, notices=self.notices)  # validates everything first
        self._ticks = fresh._ticks
        return self

    def __repr__(self) -> str:
        return f"<Checklist {len(self._items)} items, {self.progress} done, regimes={list(self.regimes)}>"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Checklist):
            return NotImplemented
        return self._items == other._items and self.ticks == other.ticks

    __hash__ = None  # type: ignore[assignment]  # mutable: ticks change


def checklist(design: Design, ticks: Mapping[str, str] | None = None) -> Checklist:
    """The checklist for a design (answers, a dict of answers, or a Recommendation).

    The items are those the engine put in ``Recommendation.checklist`` (active regimes plus each entry's
    condition), each with the engine's trace. Pass ``ticks`` (e.g. ``old.ticks``) to keep earlier ticks.
    """
    rec = as_recommendation(design)
    notices = (w.text for w in rec.warnings if w.id in CHECKLIST_NOTICES)
    return Checklist((ChecklistItem(data.by_id(item.id), item.why) for item in rec.checklist), ticks=ticks,
                     notices=notices)


def _as_item(item: Any) -> ChecklistItem:
    if isinstance(item, ChecklistItem):
        return item
    if isinstance(item, Entry):
        why = Why(rule=f"checklist.{item.id}", section=item.section, because=f"{regime_name(item.regime)} listed")
        return ChecklistItem(item, why)
    if isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], Entry) and isinstance(item[1], Why):
        return ChecklistItem(item[0], item[1])
    raise TypeError(f"expected a ChecklistItem, an Entry or an (Entry, Why) pair, got {type(item).__name__}")


__all__ = ["DEFAULT_TICK", "DONE", "TICK_STATUSES", "Checklist", "ChecklistItem", "Progress", "checklist"]
