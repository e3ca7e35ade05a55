"""The checklist tab: a progress line, group and filter controls, and one row per item with its tick.

Row widgets are kept per entry id, so a row (and its tick) survives every re-render; the ticks themselves live
in the model's :class:`~twarch.checklists.Checklist`, apart from the items. Rows can be grouped by regime or by
owner and filtered by regime, owner and whether they are done; statuses read in words ("Not verified",
"Fulfilled" ...). DOM classes: ``twarch-checklist`` (the view), ``twarch-checklist-progress``,
``twarch-checklist-group`` / ``-regime`` / ``-owner`` / ``-show`` (the controls), ``twarch-check-group`` (a
heading), ``twarch-check`` and ``twarch-check-<ID>`` (a row), ``twarch-tick`` (its dropdown).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import ipywidgets as widgets

from ..checklists import DONE, TICK_STATUSES, Checklist
from ..knowledge.regimes import regime_name
from ..render.wording import rich_text, status_word
from ..text import esc

ALL = ""
GROUPINGS = {"regime": "Regime", "owner": "Owner", "none": "No grouping"}



def row_html(item: Any, status: str) -> str:
    """One checklist item as HTML: done mark, id, title, regime and owner, obligation, reason and sources."""
    e = item.entry
    links = "; ".join(f'<a href="{esc(s.url)}" target="_blank" rel="noopener">{esc(s.label)}</a> ({esc(s.as_of)})'
                      for s in e.sources)
    mark = "✓" if status in DONE else "☐"
    return (f'<div data-id="{esc(e.id)}" data-tick="{esc(status)}"><span aria-hidden="true">{mark}</span> '
            f"<code>{esc(e.id)}</code> <b>{esc(e.title)}</b> <span class='twarch-status-word'>"
            f"{esc(status_word(status))}</span> <small>({esc(regime_name(e.regime))}; owner: {esc(e.owner)})"
            f"</small><br>{rich_text(e.obligation)}<details class='twarch-trace'><summary>Why and sources"
            f"</summary>{esc(item.why.because)}<br>Sources: {links}</details></div>")


class ChecklistView(widgets.VBox):
    """The checklist with its controls; ``show(checklist)`` brings it up to date."""

    children: Sequence[widgets.Widget]  # VBox's trait, declared for the type checker (ipywidgets has no types)

    def __init__(self, on_tick: Callable[[str, str], None]) -> None:
        self.on_tick = on_tick
        self.progress = widgets.HTML("")
        self.progress.add_class("twarch-checklist-progress")
        self.group_by = widgets.Dropdown(options=[(v, k) for k, v in GROUPINGS.items()], value="regime",
                                         description="Group by", layout=widgets.Layout(width="14em"))
        self.group_by.add_class("twarch-checklist-group")
        self.regime = widgets.Dropdown(options=[("All regimes", ALL)], value=ALL, description="Regime",
                                       layout=widgets.Layout(width="auto"))
        self.regime.add_class("twarch-checklist-regime")
        self.owner = widgets.Dropdown(options=[("All owners", ALL)], value=ALL, description="Owner",
                                      layout=widgets.Layout(width="auto"))
        self.owner.add_class("twarch-checklist-owner")
        self.show_only = widgets.ToggleButtons(options=[("All", "all"), ("Not done", "open")], value="all",
                                               tooltips=["every item", "items not fulfilled, not required or n/a"],
                                               style={"button_width": "6em"})
        self.show_only.add_class("twarch-checklist-show")
        self.controls = widgets.HBox([self.group_by, self.regime, self.owner, self.show_only])
        self.controls.add_class("twarch-toolbar")
        self.rows: dict[str, widgets.HBox] = {}
        self.headings: dict[str, widgets.HTML] = {}
        self.ids: tuple[str, ...] = ()
        self.cl: Checklist | None = None
        self._syncing = False
        super().__init__([self.progress])
        self.add_class("twarch-checklist")
        for control in (self.group_by, self.regime, self.owner, self.show_only):
            control.observe(lambda _change: self._arrange(), "value")

    def _row(self, item: Any) -> widgets.HBox:
        e = item.entry
        tick = widgets.Dropdown(options=[(status_word(s), s) for s in TICK_STATUSES], value="not_verified",
                                description=f"Status of {e.id}", layout=widgets.Layout(width="10em", flex="0 0 auto"))
        tick.add_class("twarch-tick")
        text = widgets.HTML()
        row = widgets.HBox([tick, text], layout=widgets.Layout(align_items="flex-start"))
        row.add_class("twarch-check")
        row.add_class(f"twarch-check-{e.id}")
        row.tick, row.text = tick, text
        tick.observe(lambda change, entry_id=e.id: self._ticked(entry_id, change["new"]), "value")
        return row

    def _ticked(self, entry_id: str, status: str) -> None:
        if not self._syncing:
            self.on_tick(entry_id, status)

    def _heading(self, text: str) -> widgets.HTML:
        if text not in self.headings:
            heading = widgets.HTML(f"<h3>{esc(text)}</h3>")
            heading.add_class("twarch-check-group")
            self.headings[text] = heading
        return self.headings[text]

    def show(self, cl: Checklist) -> bool:
        """Show ``cl``: new rows for new ids, existing rows updated only where their text or tick changed.

        Returns whether anything shown changed."""
        self._syncing = True
        changed = False
        try:
            self.cl = cl
            done, total = cl.progress
            progress = (f"<b>Regulatory checklist</b>: {done}/{total} done "
                        "(fulfilled, not required or not applicable). <i>Not legal advice.</i>" if total else
                        "<b>Regulatory checklist</b>: no items apply to these answers.")
            progress += "".join(f"<div class='twarch-checklist-notice'>{esc(n)}</div>" for n in cl.notices)
            if self.progress.value != progress:
                self.progress.value, changed = progress, True
            for item in cl:
                if item.id not in self.rows:
                    self.rows[item.id] = self._row(item)
                row, status = self.rows[item.id], cl.status(item.id)
                if row.tick.value != status:
                    row.tick.value, changed = status, True
                text = row_html(item, status)
                if row.text.value != text:
                    row.text.value, changed = text, True
            if cl.ids != self.ids:
                self.ids, changed = cl.ids, True
                self._options(cl)
                self._arrange()
            elif self.show_only.value == "open":
                self._arrange()
        finally:
            self._syncing = False
        return changed

    def _options(self, cl: Checklist) -> None:
        regimes = [("All regimes", ALL)] + [(regime_name(r), r) for r in cl.regimes]
        owners = [("All owners", ALL)] + [(o, o) for o in dict.fromkeys(i.entry.owner for i in cl)]
        for control, options in ((self.regime, regimes), (self.owner, owners)):
            keep = control.value if control.value in dict(options).values() else ALL
            if list(control.options) != options:
                control.options = options
            control.value = keep

    def _arrange(self) -> None:
        """Order the rows into their groups, keeping only those the filters let through."""
        cl = self.cl
        if cl is None:
            return
        items = [i for i in cl
                 if (self.regime.value in (ALL, i.regime)) and (self.owner.value in (ALL, i.entry.owner))
                 and (self.show_only.value == "all" or cl.status(i.id) not in DONE)]
        children: list[widgets.Widget] = [self.progress]
        if len(cl):
            children.insert(0, self.controls)
        group = self.group_by.value
        if group == "none":
            children += [self.rows[i.id] for i in items]
        else:
            label = (lambda i: regime_name(i.regime)) if group == "regime" else (lambda i: f"Owner: {i.entry.owner}")
            for heading in dict.fromkeys(label(i) for i in items):
                children.append(self._heading(heading))
                children += [self.rows[i.id] for i in items if label(i) == heading]
        if len(cl) and not items:
            children.append(self._heading("Nothing matches these filters"))
        if list(self.children) != children:
            self.children = children

    @property
    def html(self) -> str:
        """Everything the checklist holds, as one HTML string (for tests and exports)."""
        return self.progress.value + "".join(self.rows[i].text.value for i in self.ids)
