"""What the last answer changed in the design, and why an answer that changed nothing changed nothing.

:func:`what_changed` compares two recommendations: the diagram's components added and removed (by the names the
diagram draws), the level, and the warnings that appeared or went. When the design is the same,
:func:`why_unchanged` looks in the engine's own traces for the reason: the choice was already in the design
("HIPAA was already in the design, because the industry is Healthcare"), or the rules that read the answer came
out the same, or no rule reads it with the other answers as they are. It only reads items and their ``why``.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from ..knowledge.questions import BY_ID
from ..recommendation import Item, Recommendation
from ..render.wording import held, value_label

_NODE = re.compile(r'^\s*(\w+) \[label=<<FONT POINT-SIZE="[\d.]+"><B>(.*?)</B>', re.MULTILINE)
#: How many names a change line lists before "and N more".
SHOWN = 4


def node_names(dot_source: str) -> dict[str, str]:
    """Each drawn component's id -> the bold title the diagram gives it."""
    return {node: html.unescape(title) for node, title in _NODE.findall(dot_source)}


@dataclass(frozen=True)
class Change:
    added: tuple[str, ...] = ()  #: diagram component ids
    removed: tuple[str, ...] = ()
    names: tuple[tuple[str, str], ...] = ()  #: id -> name, for added and removed components
    level: tuple[int, int] | None = None
    new_warnings: tuple[Item, ...] = ()
    gone_warnings: tuple[Item, ...] = ()
    unchanged_because: str = ""  #: set when the design did not change

    @property
    def design_changed(self) -> bool:
        return not self.unchanged_because


def _design(rec: Recommendation) -> dict:
    out = rec.to_dict()
    out.pop("answers")
    return out


def what_changed(old: Recommendation, new: Recommendation, old_dot: str, new_dot: str) -> Change:
    """The difference the last change of answers made to the design."""
    before, after = node_names(old_dot), node_names(new_dot)
    added = tuple(n for n in after if n not in before)
    removed = tuple(n for n in before if n not in after)
    old_ids = {w.id for w in old.warnings}
    new_ids = {w.id for w in new.warnings}
    change = Change(added, removed, tuple((n, after.get(n) or before[n]) for n in (*added, *removed)),
                    (old.level, new.level) if old.level != new.level else None,
                    tuple(w for w in new.warnings if w.id not in old_ids),
                    tuple(w for w in old.warnings if w.id not in new_ids))
    if (added or removed or change.level or change.new_warnings or change.gone_warnings
            or _design(old) != _design(new)):
        return change
    return Change(unchanged_because=why_unchanged(old, new))


def _changed_keys(old: Recommendation, new: Recommendation) -> list[str]:
    a, b = vars(old.answers), vars(new.answers)
    return [k for k in a if a[k] != b[k]]


def why_unchanged(old: Recommendation, new: Recommendation) -> str:
    """Why the answers changed and the design did not, from the engine's traces."""
    keys = _changed_keys(old, new)
    if not keys:
        return "The answers are as they were."
    key = keys[-1]
    question = BY_ID[key]
    value, before = getattr(new.answers, key), getattr(old.answers, key)
    title = question.title.rstrip("?")
    if value is None:
        return f"“{title}” is unanswered again; nothing in the design depended on it."
    chosen = [v for v in value if v not in (before or ())] if isinstance(value, tuple) else [value]
    items = old.items()
    for choice in chosen:
        item = next((i for i in items if i.id == choice), None)
        if item is not None:
            label = value_label(key, choice) if not isinstance(choice, bool) else title
            reason = held(item)
            return f"{label} was already in the design" + (f": {reason}." if reason else ".")
    readers = [i for i in new.items() if any(fact == key for fact, _ in i.why.facts)]
    if readers:
        return (f"The rules that read “{title}” came out the same: {readers[0].text.split(': ', 1)[0]}"
                + (f" and {len(readers) - 1} more" if len(readers) > 1 else "") + ".")
    return f"No rule reads “{title}” with the other answers as they are."


def _names(change: Change, ids: tuple[str, ...]) -> str:
    names = dict(change.names)
    shown = [html.escape(names[i]) for i in ids[:SHOWN]]
    more = len(ids) - SHOWN
    return ", ".join(shown) + (f" and {more} more" if more > 0 else "")


def change_html(change: Change | None) -> str:
    """The change line shown above the results (``twarch-changes``); empty before the first change."""
    if change is None:
        return ""
    if not change.design_changed:
        return (f'<div class="twarch-change twarch-change-none"><b>No change to the design.</b> '
                f"{html.escape(change.unchanged_because)}</div>")
    parts = []
    if change.level:
        parts.append(f'<span class="twarch-change-level">Level {change.level[0]} → {change.level[1]}</span>')
    if change.added:
        parts.append(f'<span class="twarch-change-added">+ {_names(change, change.added)}</span>')
    if change.removed:
        parts.append(f'<span class="twarch-change-removed">− {_names(change, change.removed)}</span>')
    if change.new_warnings:
        count = len(change.new_warnings)
        parts.append(f'<span class="twarch-change-warnings">{count} new warning{"s" if count > 1 else ""}</span>')
    if change.gone_warnings:
        count = len(change.gone_warnings)
        parts.append(f'<span class="twarch-change-resolved">{count} warning{"s" if count > 1 else ""} gone</span>')
    if not parts:
        parts.append("details changed (see the tabs below)")
    return '<div class="twarch-change"><b>Last change:</b> ' + " · ".join(parts) + "</div>"
