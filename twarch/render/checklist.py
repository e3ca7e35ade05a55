"""The regulatory checklist for one set of answers, with the user's ticks kept apart from the data.

A :class:`Checklist` holds the applicable entries (each with its :class:`~twarch.recommendation.Why`:
which regime and which answers brought it in) and, separately, a mapping of entry id -> tick status.
Because ticks live apart from the items, rebuilding the checklist after the answers or the data change
(:meth:`Checklist.with_items`, ``checklist(answers, ticks=old.ticks)``) keeps every tick; ticks whose
entry no longer applies are kept as :attr:`Checklist.dormant` and come back if the entry does.

Tick statuses follow Azure's review checklists: ``not_verified`` (the default), ``open``, ``fulfilled``,
``not_required`` and ``n/a``; the last three count as done.

>>> from twarch.knowledge.checklist import by_id
>>> cl = Checklist([by_id("FDCPA-01"), by_id("FDCPA-07")])
>>> cl.tick("FDCPA-01").progress
Progress(done=1, total=2)
>>> Checklist([by_id("FDCPA-01"), by_id("FDCPA-07")]).with_ticks_from_markdown(cl.to_markdown()).ticks
{'FDCPA-01': 'fulfilled'}
"""

from __future__ import annotations

import difflib
import html
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from ..errors import AnswerError
from ..files import write_text
from ..knowledge import checklist as data
from ..knowledge.checklist import Entry
from ..recommendation import Recommendation, Why
from ..text import preview

#: Tick statuses, in the order a reviewer moves through them.
TICK_STATUSES: tuple[str, ...] = ("not_verified", "open", "fulfilled", "not_required", "n/a")
#: Statuses that count as done.
DONE: frozenset[str] = frozenset({"fulfilled", "not_required", "n/a"})
DEFAULT_TICK = "not_verified"

TITLE = "Regulatory checklist"
DISCLAIMER = ("Not legal advice: an engineering checklist compiled from public sources, each line with its "
              "source and date. Confirm what applies to you with counsel.")
TICKS_FORMAT = "twarch-checklist-ticks"

#: The DataFrame's columns, in order.
COLUMNS: tuple[str, ...] = ("id", "regime", "regime_name", "title", "obligation", "owner", "legal_status", "tick",
                            "done", "why", "triggered_by", "section", "source_url", "sources", "playbook",
                            "differs", "note")

_TASK = re.compile(r"^[-*+] \[(?P<box>[ xX])\] \*\*(?P<id>[A-Z][A-Z0-9-]*)\*\*(?P<rest>.*)$")
_TICK_WORD = re.compile(r" · `(" + "|".join(re.escape(s) for s in TICK_STATUSES) + r")` · owner: ")
_WHY_LINE = re.compile(r"^\s+[-*+] Why: (?P<why>.*)$")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>])")


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
    plain trace). ``ticks`` maps entry ids to tick statuses.
    """

    def __init__(self, items: Iterable[ChecklistItem | tuple[Entry, Why] | Entry] = (),
                 ticks: Mapping[str, str] | None = None) -> None:
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
        return Checklist(items, ticks=self._ticks)

    def copy(self) -> Checklist:
        return Checklist(self._items, ticks=self._ticks)

    def _set(self, entry_id: Any, status: Any) -> None:
        if not isinstance(entry_id, str) or not data.ENTRY_ID.match(entry_id):
            raise AnswerError("checklist id", f"{preview(entry_id)} is not a checklist id", "ids like TCPA-02")
        if status not in TICK_STATUSES:
            raise AnswerError(entry_id, f"{preview(status)} is not a tick status" + _close(status, TICK_STATUSES),
                              ", ".join(TICK_STATUSES))
        if status == DEFAULT_TICK:
            self._ticks.pop(entry_id, None)
        else:
            self._ticks[entry_id] = status

    def _require_item(self, entry_id: Any) -> None:
        if entry_id not in self._by_id:
            hint = _close(entry_id, self.ids) if isinstance(entry_id, str) else ""
            raise AnswerError("checklist id", f"{preview(entry_id)} is not in this checklist{hint}",
                              ", ".join(self.ids) or "(the checklist is empty)")

    # ------------------------------------------------------------------------------------ ticks files

    def save_ticks(self, path: str | Path) -> None:
        """Write the ticks (only the ticks, never the item data) as JSON, whole or not at all."""
        doc = {"format": TICKS_FORMAT, "version": 1, "ticks": self.ticks}
        write_text(path, json.dumps(doc, indent=2, ensure_ascii=False) + "\n")

    def load_ticks(self, path: str | Path) -> Checklist:
        """Replace the ticks with those saved by :meth:`save_ticks` (or a plain ``{id: status}`` file)."""
        path = Path(path)
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise AnswerError("ticks", f"cannot read {path}: {getattr(exc, 'strerror', None) or exc}") from None
        except json.JSONDecodeError as exc:
            raise AnswerError("ticks", f"{path} is not valid JSON (line {exc.lineno}, column {exc.colno})") from None
        ticks = doc.get("ticks") if isinstance(doc, dict) and "format" in doc else doc
        if isinstance(doc, dict) and "format" in doc and doc["format"] != TICKS_FORMAT:
            raise AnswerError("ticks", f"{path} has format {preview(doc['format'])}", TICKS_FORMAT)
        if not isinstance(ticks, dict):
            raise AnswerError("ticks", f"{path} does not hold a mapping of ids to statuses",
                              ", ".join(TICK_STATUSES))
        fresh = Checklist(self._items, ticks=ticks)  # validates everything before anything changes
        self._ticks = fresh._ticks
        return self

    # ------------------------------------------------------------------------------------ Markdown

    def to_markdown(self) -> str:
        """A Markdown task list grouped by regime: ``- [x]`` for done, the status word, owner and sources."""
        done, total = self.progress
        lines = [f"# {TITLE}", "", f"> {DISCLAIMER}", "",
                 f"Progress: {done} of {total} done (fulfilled, not required or n/a).", ""]
        for regime in self.regimes:
            lines += [f"## {_md(data.regime_name(regime))}", ""]
            for item in self._items:
                if item.regime != regime:
                    continue
                e, status = item.entry, self._ticks.get(item.id, DEFAULT_TICK)
                box = "x" if status in DONE else " "
                legal = f" · {e.status_text}" if e.status else ""
                lines.append(f"- [{box}] **{e.id}** {_md(e.title)} · `{status}` · owner: {e.owner}{legal}")
                lines.append(f"  - {_md(e.obligation)}")
                lines.append(f"  - Why: {_md(item.why.because)}")
                if e.playbook:
                    lines.append(f"  - Playbook says: {_md(e.playbook)} twarch shows instead: {_md(e.differs)}")
                if e.note:
                    lines.append(f"  - Note: {_md(e.note)}")
                links = "; ".join(f"[{_md(s.label)}]({_md_url(s.url)}) ({s.as_of})" for s in e.sources)
                lines.append(f"  - Sources: {links}")
            lines.append("")
        if not self._items:
            lines += ["No checklist items apply to these answers.", ""]
        return "\n".join(lines).rstrip("\n") + "\n"

    def _repr_markdown_(self) -> str:
        return self.to_markdown()

    def with_ticks_from_markdown(self, text: str) -> Checklist:
        """A copy whose ticks are read back from :meth:`to_markdown` output (possibly edited).

        The checkbox wins when it disagrees with the status word: ``[x]`` with a not-done word becomes
        ``fulfilled``, ``[ ]`` with a done word becomes ``open``. Ids not in this checklist stay dormant.
        """
        parsed = _parse_markdown(text)
        out = self.copy()
        for entry_id, (status, _why) in parsed.items():
            out._set(entry_id, status)
        return out

    @classmethod
    def from_markdown(cls, text: str, answers: Any = None) -> Checklist:
        """Rebuild a checklist from exported Markdown.

        With ``answers`` (an Answers, a dict or a Recommendation) the items come from those answers and
        the Markdown supplies only the ticks. Without, the items are the Markdown's ids looked up in the
        shipped data, each with the 'Why' line the export carried; unknown ids are kept as dormant ticks.
        """
        if answers is not None:
            return checklist(answers).with_ticks_from_markdown(text)
        parsed = _parse_markdown(text)
        items = []
        for entry_id, (_status, because) in parsed.items():
            if entry_id in data.BY_ID:
                entry = data.BY_ID[entry_id]
                why = Why(rule=f"checklist.{entry_id}", section=entry.section,
                          because=because or f"{data.regime_name(entry.regime)} listed in the imported checklist")
                items.append(ChecklistItem(entry, why))
        return cls(items, ticks={k: v for k, (v, _) in parsed.items()})

    # ------------------------------------------------------------------------------------ tables

    def rows(self) -> list[dict[str, Any]]:
        """One plain dict per item, with the keys of :data:`COLUMNS`."""
        out = []
        for item in self._items:
            e, status = item.entry, self._ticks.get(item.id, DEFAULT_TICK)
            out.append({
                "id": e.id,
                "regime": e.regime,
                "regime_name": data.regime_name(e.regime),
                "title": e.title,
                "obligation": e.obligation,
                "owner": e.owner,
                "legal_status": e.status or "",
                "tick": status,
                "done": status in DONE,
                "why": item.why.because,
                "triggered_by": "; ".join(f"{k}={_fact(v)}" for k, v in item.why.facts),
                "section": item.why.section,
                "source_url": e.sources[0].url,
                "sources": "; ".join(f"{s.label} ({s.as_of}) {s.url}" for s in e.sources),
                "playbook": e.playbook,
                "differs": e.differs,
                "note": e.note,
            })
        return out

    def to_frame(self) -> Any:
        """A pandas DataFrame, one row per item, columns in :data:`COLUMNS` order."""
        import pandas as pd

        return pd.DataFrame(self.rows(), columns=list(COLUMNS))

    def _repr_html_(self) -> str:
        """An HTML table with a (read-only) checkbox per item reflecting its tick; every text is escaped."""
        done, total = self.progress
        esc = _html
        out = ['<div class="twarch-checklist">',
               f"<p><strong>{esc(TITLE)}</strong>: {done}/{total} done (fulfilled, not required or n/a)</p>",
               f'<p class="twarch-disclaimer"><em>{esc(DISCLAIMER)}</em></p>',
               "<table>",
               ("<thead><tr><th>Done</th><th>ID</th><th>Regime</th><th>Obligation</th><th>Owner</th>"
                "<th>Tick</th><th>Legal status</th><th>Why</th><th>Sources</th></tr></thead>"),
               "<tbody>"]
        for item in self._items:
            e, status = item.entry, self._ticks.get(item.id, DEFAULT_TICK)
            checked = " checked" if status in DONE else ""
            differs = ""
            if e.playbook:
                differs = (f"<br><small>Playbook says: {esc(e.playbook)} "
                           f"twarch shows instead: {esc(e.differs)}</small>")
            note = f"<br><small>Note: {esc(e.note)}</small>" if e.note else ""
            links = "<br>".join(f'<a href="{esc(s.url)}" target="_blank" rel="noopener">{esc(s.label)}</a> '
                                f"({esc(s.as_of)})" for s in e.sources)
            out.append(
                f'<tr data-id="{esc(e.id)}" data-tick="{esc(status)}">'
                f'<td><input type="checkbox" disabled{checked} aria-label="{esc(e.id)} {esc(status)}"></td>'
                f"<td><code>{esc(e.id)}</code></td>"
                f"<td>{esc(data.regime_name(e.regime))}</td>"
                f"<td><strong>{esc(e.title)}</strong><br>{esc(e.obligation)}{differs}{note}</td>"
                f"<td>{esc(e.owner)}</td>"
                f"<td>{esc(status)}</td>"
                f"<td>{esc(e.status_text)}</td>"
                f"<td>{esc(item.why.because)}</td>"
                f"<td>{links}</td></tr>")
        if not self._items:
            out.append('<tr><td colspan="9">No checklist items apply to these answers.</td></tr>')
        out += ["</tbody>", "</table>", "</div>"]
        return "\n".join(out)

    def to_html(self) -> str:
        return self._repr_html_()

    def __repr__(self) -> str:
        return f"<Checklist {len(self._items)} items, {self.progress} done, regimes={list(self.regimes)}>"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Checklist):
            return NotImplemented
        return self._items == other._items and self.ticks == other.ticks

    __hash__ = None  # type: ignore[assignment]  # mutable: ticks change


# --------------------------------------------------------------------------------------------- building

def checklist(answers: Any, ticks: Mapping[str, str] | None = None) -> Checklist:
    """The checklist for these answers (an Answers, a dict of answers, or a Recommendation).

    The items are those the engine put in ``Recommendation.checklist`` (active regimes plus each entry's
    condition), each with the engine's trace. Pass ``ticks`` (e.g. ``old.ticks``) to keep earlier ticks.
    """
    rec = answers if isinstance(answers, Recommendation) else _recommend(answers)
    items = []
    for item in rec.checklist:
        if item.id not in data.BY_ID:
            raise ValueError(f"Recommendation.checklist holds {item.id!r}, which is not a checklist entry")
        items.append(ChecklistItem(data.BY_ID[item.id], item.why))
    return Checklist(items, ticks=ticks)


def _recommend(answers: Any) -> Recommendation:
    from ..engine import recommend

    return recommend(answers)


def _as_item(item: Any) -> ChecklistItem:
    if isinstance(item, ChecklistItem):
        return item
    if isinstance(item, Entry):
        why = Why(rule=f"checklist.{item.id}", section=item.section,
                  because=f"{data.regime_name(item.regime)} listed")
        return ChecklistItem(item, why)
    if isinstance(item, tuple) and len(item) == 2 and isinstance(item[0], Entry) and isinstance(item[1], Why):
        return ChecklistItem(item[0], item[1])
    raise TypeError(f"expected a ChecklistItem, an Entry or an (Entry, Why) pair, got {type(item).__name__}")


def _parse_markdown(text: str) -> dict[str, tuple[str, str]]:
    """Each task line's id -> (tick status, the 'Why' line's text)."""
    if not isinstance(text, str):
        raise AnswerError("markdown", f"expected text, got {type(text).__name__}")
    found: dict[str, tuple[str, str]] = {}
    current = None
    for line in text.splitlines():
        match = _TASK.match(line)
        if match:
            entry_id = match["id"]
            word = _TICK_WORD.search(match["rest"])
            status = word.group(1) if word else DEFAULT_TICK
            if match["box"] in "xX" and status not in DONE:
                status = "fulfilled"
            elif match["box"] == " " and status in DONE:
                status = "open"
            found[entry_id] = (status, "")
            current = entry_id
            continue
        why = _WHY_LINE.match(line)
        if why and current is not None:
            found[current] = (found[current][0], _md_unescape(why["why"]))
        elif line and not line.startswith((" ", "\t")):
            current = None
    if not found:
        raise AnswerError("markdown", "no checklist lines like '- [ ] **TCPA-02** ...' found",
                          "Markdown written by Checklist.to_markdown()")
    return found


def _md(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


def _md_unescape(text: str) -> str:
    return re.sub(r"\\([\\`*_\[\]<>])", r"\1", text)


def _md_url(url: str) -> str:
    return url.replace("(", "%28").replace(")", "%29").replace(" ", "%20").replace("<", "%3C").replace(">", "%3E")


def _html(text: Any) -> str:
    return html.escape(str(text), quote=True)


def _fact(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(str(v) for v in value) + "]"
    return json.dumps(value) if isinstance(value, bool) or value is None else str(value)


def _close(word: Any, options: Iterable[str]) -> str:
    if not isinstance(word, str):
        return ""
    close = difflib.get_close_matches(word, list(options), n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


__all__ = ["COLUMNS", "DISCLAIMER", "DONE", "TICK_STATUSES", "Checklist", "ChecklistItem", "Progress", "checklist"]
