"""Two windows changed one session: what each has, and the team's choice.

:class:`ConflictView` shows a :class:`~.session.Conflict` (which window changed what, and that nothing is saved until
the team chooses) with three buttons: **Take theirs** (``twarch-take-theirs``), **Keep mine** (``twarch-keep-mine``)
and **Merge answer by answer** (``twarch-merge``), which opens one row per differing answer (``twarch-merge-row``,
a choice between this window's value and the saved one, set to the side that changed it) and **Save the merge**
(``twarch-merge-save``). Hidden while there is no conflict. DOM class: ``twarch-conflict``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

import ipywidgets as widgets

from ..text import esc
from .session import Conflict, said

CHANGED_IN = {"both": "both windows", "mine": "this window", "theirs": "the other window"}


def _button(label: str, tip: str, css: str, act: Callable[[], None], primary: bool = False) -> widgets.Button:
    b = widgets.Button(description=label, tooltip=tip, button_style="primary" if primary else "",
                       layout=widgets.Layout(width="auto"))
    b.add_class(css)
    b.on_click(lambda _b: act())
    return b


class ConflictView(widgets.VBox):
    """A conflict and the three ways out of it; ``show(conflict, window)`` brings it up to date."""

    def __init__(self, take_theirs: Callable[[], None], keep_mine: Callable[[], None],
                 merge: Callable[[Mapping[str, str]], None]) -> None:
        self.message = widgets.HTML("")
        self.message.add_class("twarch-conflict-text")
        self.theirs_button = _button("Take theirs", "put the saved session on screen (Undo brings this window's back)",
                                     "twarch-take-theirs", take_theirs)
        self.mine_button = _button("Keep mine", "save this window's version; the saved one is kept as a .bak file",
                                   "twarch-keep-mine", keep_mine)
        self.merge_button = _button("Merge answer by answer", "choose, for each answer that differs, which to keep",
                                    "twarch-merge", self._open_merge)
        self.save_merge = _button("Save the merge", "save the answers chosen below", "twarch-merge-save",
                                  lambda: merge(self.choices), primary=True)
        self.rows = widgets.VBox()
        self.rows.add_class("twarch-merge-rows")
        self.merge_box = widgets.VBox([self.rows, self.save_merge])
        self.merge_box.add_class("twarch-merge-box")
        self.merge_box.layout.display = "none"
        buttons = widgets.HBox([self.theirs_button, self.mine_button, self.merge_button])
        buttons.add_class("twarch-toolbar")
        super().__init__([self.message, buttons, self.merge_box])
        self.add_class("twarch-conflict")
        self.layout.display = "none"
        self.choosers: dict[str, widgets.RadioButtons] = {}
        self.conflict: Conflict | None = None

    def show(self, conflict: Conflict | None, window: str) -> None:
        """Show ``conflict`` (None hides the view); ``window`` names this window."""
        self.conflict = conflict
        if conflict is None:
            self.layout.display = "none"
            self.merge_box.layout.display = "none"
            return
        self.message.value = f'<div role="alert">{esc(conflict.text(window))}</div>'
        who = conflict.who
        rows, choosers = [], {}
        for d in conflict.differences:
            keep = self.choosers[d.key].value if d.key in self.choosers else d.default
            chooser = widgets.RadioButtons(options=[(f"This window: {said(d.key, d.mine)}", "mine"),
                                                    (f"Saved by {who}: {said(d.key, d.theirs)}", "theirs")],
                                           value=keep, layout=widgets.Layout(width="auto"))
            chooser.add_class("twarch-merge-choice")
            title = widgets.HTML(f"<b>{esc(d.title)}</b> <small>(changed in {CHANGED_IN[d.changed_by]})</small>")
            row = widgets.VBox([title, chooser])
            row.add_class("twarch-merge-row")
            row.add_class(f"twarch-merge-{d.key.replace(':', '-')}")
            rows.append(row)
            choosers[d.key] = chooser
        self.choosers = choosers
        self.rows.children = rows
        self.layout.display = None

    def _open_merge(self) -> None:
        self.merge_box.layout.display = None

    @property
    def choices(self) -> dict[str, str]:
        """The side chosen for each differing answer (``mine`` or ``theirs``)."""
        return {key: chooser.value for key, chooser in self.choosers.items()}
