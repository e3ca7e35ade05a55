"""Views of a :class:`~twarch.checklists.Checklist`: a Markdown task list, an HTML table, rows for pandas.

The Markdown round-trips: :func:`with_ticks_from_markdown` reads the ticks back from an exported (and
possibly edited) list, and :func:`from_markdown` rebuilds a checklist from one. Every text is escaped.

>>> from twarch.checklists import Checklist
>>> from twarch.knowledge.checklist import by_id
>>> cl = Checklist([by_id("FDCPA-01"), by_id("FDCPA-07")]).tick("FDCPA-01")
>>> with_ticks_from_markdown(Checklist([by_id("FDCPA-01"), by_id("FDCPA-07")]), to_markdown(cl)).ticks
{'FDCPA-01': 'fulfilled'}
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

from ..checklists import DEFAULT_TICK, DONE, TICK_STATUSES, Checklist, ChecklistItem, checklist
from ..engine import Design
from ..errors import AnswerError
from ..knowledge import checklist as data
from ..knowledge.regimes import regime_name
from ..recommendation import Why

TITLE = "Regulatory checklist"
DISCLAIMER = ("Not legal advice: an engineering checklist compiled from public sources, each line with its "
              "source and date. Confirm what applies to you with counsel.")

#: The DataFrame's columns, in order.
COLUMNS: tuple[str, ...] = ("id", "regime", "regime_name", "title", "obligation", "owner", "legal_status", "tick",
                            "done", "why", "triggered_by", "section", "source_url", "sources", "playbook",
                            "differs", "note")

_TASK = re.compile(r"^[-*+] \[(?P<box>[ xX])\] \*\*(?P<id>[A-Z][A-Z0-9-]*)\*\*(?P<rest>.*)$")
_TICK_WORD = re.compile(r" · `(" + "|".join(re.escape(s) for s in TICK_STATUSES) + r")` · owner: ")
_WHY_LINE = re.compile(r"^\s+[-*+] Why: (?P<why>.*)$")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>])")


# --------------------------------------------------------------------------------------------- Markdown

def to_markdown(cl: Checklist) -> str:
    """A Markdown task list grouped by regime: ``- [x]`` for done, the status word, owner and sources."""
    done, total = cl.progress
    lines = [f"# {TITLE}", "", f"> {DISCLAIMER}", "", *(line for n in cl.notices for line in (f"> {_md(n)}", "")),
             f"Progress: {done} of {total} done (fulfilled, not required or n/a).", ""]
    for regime in cl.regimes:
        lines += [f"## {_md(regime_name(regime))}", ""]
        for item in cl:
            if item.regime != regime:
                continue
            e, status = item.entry, cl.status(item.id)
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
    if not len(cl):
        lines += ["No checklist items apply to these answers.", ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def with_ticks_from_markdown(cl: Checklist, text: str) -> Checklist:
    """A copy of ``cl`` whose ticks are read back from :func:`to_markdown` output (possibly edited).

    The checkbox wins when it disagrees with the status word: ``[x]`` with a not-done word becomes
    ``fulfilled``, ``[ ]`` with a done word becomes ``open``. Ids not in the checklist stay dormant.
    """
    return cl.with_ticks({entry_id: status for entry_id, (status, _why) in _parse_markdown(text).items()})


def from_markdown(text: str, design: Design | None = None) -> Checklist:
    """Rebuild a checklist from exported Markdown.

    With ``design`` (answers, a dict or a Recommendation) the items come from it and the Markdown supplies
    only the ticks. Without, the items are the Markdown's ids looked up in the shipped data, each with the
    'Why' line the export carried; unknown ids are kept as dormant ticks.
    """
    if design is not None:
        return with_ticks_from_markdown(checklist(design), text)
    parsed = _parse_markdown(text)
    items = []
    for entry_id, (_status, because) in parsed.items():
        if entry_id in data.BY_ID:
            entry = data.BY_ID[entry_id]
            why = Why(rule=f"checklist.{entry_id}", section=entry.section,
                      because=because or f"{regime_name(entry.regime)} listed in the imported checklist")
            items.append(ChecklistItem(entry, why))
    return Checklist(items, ticks={k: v for k, (v, _) in parsed.items()})


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
                          "Markdown written by twarch.render.checklist.to_markdown()")
    return found


# --------------------------------------------------------------------------------------------- tables

def rows(cl: Checklist) -> list[dict[str, Any]]:
    """One plain dict per item, with the keys of :data:`COLUMNS`."""
    out = []
    for item in cl:
        e, status = item.entry, cl.status(item.id)
        out.append({
            "id": e.id,
            "regime": e.regime,
            "regime_name": regime_name(e.regime),
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


def to_frame(cl: Checklist) -> Any:
    """A pandas DataFrame, one row per item, columns in :data:`COLUMNS` order."""
    import pandas as pd

    return pd.DataFrame(rows(cl), columns=list(COLUMNS))


def to_html(cl: Checklist) -> str:
    """An HTML table with a (read-only) checkbox per item reflecting its tick; every text is escaped."""
    done, total = cl.progress
    esc = _html
    out = ['<div class="twarch-checklist">',
           f"<p><strong>{esc(TITLE)}</strong>: {done}/{total} done (fulfilled, not required or n/a)</p>",
           f'<p class="twarch-disclaimer"><em>{esc(DISCLAIMER)}</em></p>',
           *(f'<p class="twarch-checklist-notice">{esc(n)}</p>' for n in cl.notices),
           "<table>",
           ("<thead><tr><th>Done</th><th>ID</th><th>Regime</th><th>Obligation</th><th>Owner</th>"
            "<th>Tick</th><th>Legal status</th><th>Why</th><th>Sources</th></tr></thead>"),
           "<tbody>"]
    for item in cl:
        e, status = item.entry, cl.status(item.id)
        checked = " checked" if status in DONE else ""
        differs = ""
        if e.playbook:
            differs = f"<br><small>Playbook says: {esc(e.playbook)} twarch shows instead: {esc(e.differs)}</small>"
        note = f"<br><small>Note: {esc(e.note)}</small>" if e.note else ""
        links = "<br>".join(f'<a href="{esc(s.url)}" target="_blank" rel="noopener">{esc(s.label)}</a> '
                            f"({esc(s.as_of)})" for s in e.sources)
        out.append(
            f'<tr data-id="{esc(e.id)}" data-tick="{esc(status)}">'
            f'<td><input type="checkbox" disabled{checked} aria-label="{esc(e.id)} {esc(status)}"></td>'
            f"<td><code>{esc(e.id)}</code></td>"
            f"<td>{esc(regime_name(e.regime))}</td>"
            f"<td><strong>{esc(e.title)}</strong><br>{esc(e.obligation)}{differs}{note}</td>"
            f"<td>{esc(e.owner)}</td>"
            f"<td>{esc(status)}</td>"
            f"<td>{esc(e.status_text)}</td>"
            f"<td>{esc(item.why.because)}</td>"
            f"<td>{links}</td></tr>")
    if not len(cl):
        out.append('<tr><td colspan="9">No checklist items apply to these answers.</td></tr>')
    out += ["</tbody>", "</table>", "</div>"]
    return "\n".join(out)


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


__all__ = ["COLUMNS", "DISCLAIMER", "TITLE", "from_markdown", "rows", "to_frame", "to_html", "to_markdown",
           "with_ticks_from_markdown"]
