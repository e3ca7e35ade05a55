"""One widget per question, built from the question data (:data:`twarch.knowledge.questions.QUESTIONS`).

A :class:`QuestionField` shows the question's title, its help text (why it matters), a control
chosen by the question's ``kind``, a "from your words" tag when the answer was pre-filled from the
request, and an inline error. Its ``value`` trait holds the canonical answer (``None`` =
unanswered); a value the control cannot produce, or one :func:`twarch.answers.validate` rejects,
sets ``error`` and leaves ``value`` as it was.

Controls by kind (unanswered is always a visible state, never a silent default):

=========  ==============================================================================
``text``   ``Textarea``; empty = not answered
``choice`` ``Dropdown`` whose first option is "— not answered"
``bool``   tri-state ``ToggleButtons``: "—" (not answered) / Yes / No
``multi``  one ``Checkbox`` per choice; none ticked = not answered
``count``  ``Text`` for a whole number; empty = not answered, anything else an inline error
``number`` ``Text`` for a decimal number (shares 0 to 1); empty = not answered
``tags``   ``Text`` of comma-separated language tags; empty = not answered
``countries`` ``Text`` of comma-separated ISO 3166-1 codes (upper-cased); empty = not answered
=========  ==============================================================================
"""

from __future__ import annotations

import html
from typing import Any

import ipywidgets as widgets
from traitlets import Any as AnyTrait
from traitlets import Unicode, observe

from ..answers import count_range, validate
from ..errors import AnswerError
from ..io.reading import parse_count_text
from ..knowledge.questions import Question
from ..render.wording import rich_text
from ..text import preview

#: The label of the unanswered state in every single-choice control.
NOT_ANSWERED = "— not answered"
#: Kinds typed as comma-separated lists, with their placeholders.
LIST_PLACEHOLDERS = {"tags": "e.g. en-US, es-MX (empty = not answered)",
                     "countries": "e.g. US, CA, GB (empty = not answered)"}
_UNSET = ""


def _classes(widget: widgets.DOMWidget, *names: str) -> widgets.DOMWidget:
    for name in names:
        widget.add_class(name)
    return widget


def problem_text(exc: AnswerError) -> str:
    """An answer's error as shown under its field: the problem and what is allowed, without the field's id (the
    field is right there)."""
    return exc.problem + (f" (expected {exc.allowed})" if exc.allowed else "")


class QuestionField(widgets.VBox):
    """The widget for one question: title, help, control, pre-fill tag and inline error.

    DOM classes: ``twarch-field`` and ``twarch-field-<question id>`` on the box, ``twarch-help``,
    ``twarch-prefilled`` (the "from your words" tag) and ``twarch-error`` (the inline error).
    """

    value = AnyTrait(None, allow_none=True, help="The canonical answer; None when unanswered.")
    error = Unicode("", help="The inline error shown under the control ('' when none).")
    prefilled = Unicode("", help="The request's words this answer was pre-filled from ('' when typed or chosen).")

    def __init__(self, question: Question, **kwargs: Any) -> None:
        self.question = question
        self._syncing = False
        self.control = self._make_control(question)
        # a control that takes a description is named by a real <label> (shown as the field's title); toggles and
        # check boxes, named by their own texts, get the title above them
        labelled = question.kind not in ("bool", "multi")
        self.title = None if labelled else widgets.HTML(f"<b>{html.escape(question.title)}</b>")
        if labelled:
            self.control.description = question.title
            self.control.add_class("twarch-labelled")
        self.help = _classes(widgets.HTML(f"<div>{rich_text(question.help)}</div>"), "twarch-help")
        # the pre-fill tag and the inline error are made the first time they are needed: a Wizard has 49 fields,
        # and every widget the page loads costs time before the first click
        self._tag: widgets.HTML | None = None
        self._error_label: widgets.HTML | None = None
        order = [self.control, self.help] if labelled else [self.title, self.help, self.control]
        super().__init__(order, **kwargs)
        _classes(self, "twarch-field", f"twarch-field-{question.id}")
        self._watch_control()

    # ---------------------------------------------------------------- controls from the data

    def _make_control(self, q: Question) -> widgets.Widget:
        if q.kind == "text":
            return widgets.Textarea(value="", placeholder="Describe what you want to build",
                                    layout=widgets.Layout(width="100%", height="6em"))
        if q.kind == "choice":
            options = [(NOT_ANSWERED, _UNSET)] + [(c.label, c.id) for c in q.choices]
            return widgets.Dropdown(options=options, value=_UNSET, layout=widgets.Layout(width="auto"))
        if q.kind == "bool":
            options = [("—", _UNSET)] + [(c.label, c.id) for c in q.choices]
            return widgets.ToggleButtons(options=options, value=_UNSET, tooltips=["not answered"] + [
                c.help or c.label for c in q.choices], style={"button_width": "6em"})
        if q.kind == "multi":
            boxes = [widgets.Checkbox(value=False, description=c.label, indent=False, tooltip=c.help or c.label,
                                      layout=widgets.Layout(width="auto"))
                     for c in q.choices]
            for box, choice in zip(boxes, q.choices):
                box.add_class(f"twarch-choice-{choice.id}")
            self.checkboxes = dict(zip(q.choice_ids, boxes))
            return widgets.Box(boxes, layout=widgets.Layout(flex_flow="row wrap"))
        if q.kind == "count":
            return widgets.Text(value="", placeholder="a whole number (empty = not answered)",
                                continuous_update=False)
        if q.kind == "number":
            span = f"{q.minimum:g} to {q.maximum:g}" if q.maximum is not None else f">= {q.minimum:g}"
            return widgets.Text(value="", placeholder=f"a number, {span} (empty = not answered)",
                                continuous_update=False)
        if q.kind in LIST_PLACEHOLDERS:
            return widgets.Text(value="", placeholder=LIST_PLACEHOLDERS[q.kind], continuous_update=False)
        raise ValueError(f"question {q.id!r} has an unknown kind {q.kind!r}")

    def _watch_control(self) -> None:
        if self.question.kind == "multi":
            for box in self.checkboxes.values():
                box.observe(self._on_control, "value")
        elif self.question.kind != "text":
            self.control.observe(self._on_control, "value")
        # text (the request) is read on submit by the request step, not on every keystroke

    def _raw(self) -> Any:
        """What the control currently says, as a raw answer (``None`` = not answered)."""
        kind, control = self.question.kind, self.control
        if kind == "multi":
            chosen = [cid for cid, box in self.checkboxes.items() if box.value]
            return chosen or None
        text = control.value
        if text == _UNSET or (kind in ("count", "number", "text", *LIST_PLACEHOLDERS) and not text.strip()):
            return None
        if kind == "bool":
            return text == "true"
        if kind == "count":
            return parse_count_text(self.question.id, text, count_range(self.question))
        if kind == "number":
            try:
                return float(text.strip().replace(",", "").replace("_", ""))
            except ValueError:
                raise AnswerError(self.question.id, f"{preview(text.strip())} is not a number", "a number") from None
        if kind in LIST_PLACEHOLDERS:
            items = [t.strip() for t in text.replace(";", ",").split(",") if t.strip()]
            return [t.upper() for t in items] if kind == "countries" else items
        return text

    def _on_control(self, change: dict) -> None:
        if not self._syncing:
            self.submit()

    def submit(self) -> bool:
        """Read the control, validate, and set ``value`` (True) or ``error`` (False, value kept)."""
        try:
            raw = self._raw()
            value = None if raw is None else validate(self.question, raw)
        except AnswerError as exc:
            self.show_error(problem_text(exc))
            return False
        self.show_error("")
        self.prefilled = ""
        self.value = value
        return True

    # ---------------------------------------------------------------- showing state

    def show(self, value: Any, prefilled: str = "") -> None:
        """Show an answer given from outside (the model, a file, a pre-fill) without re-submitting it."""
        self._syncing = True
        try:
            kind, control = self.question.kind, self.control
            if kind == "multi":
                chosen = set(value or ())
                for cid, box in self.checkboxes.items():
                    box.value = cid in chosen
            elif kind == "bool":
                control.value = _UNSET if value is None else ("true" if value else "false")
            elif kind == "choice":
                control.value = _UNSET if value is None else value
            elif kind in LIST_PLACEHOLDERS:
                control.value = ", ".join(value or ())
            elif kind == "count":
                control.value = "" if value is None else str(value)
            elif kind == "number":
                control.value = "" if value is None else f"{value:.15g}"
            else:
                control.value = value or ""
            self.value = value
            self.error = ""
            self.prefilled = prefilled
        finally:
            self._syncing = False

    def show_error(self, message: str) -> None:
        self.error = message

    def set_visible(self, visible: bool) -> None:
        self.layout.display = None if visible else "none"

    @property
    def visible(self) -> bool:
        return self.layout.display != "none"

    def _note(self, css: str) -> widgets.HTML:
        note = _classes(widgets.HTML(""), css)
        note.layout.display = "none"
        self.children = (*self.children, note)  # type: ignore[has-type]  # traitlets declares children untyped
        return note

    @property
    def tag(self) -> widgets.HTML:
        """The "from your words" tag (``twarch-prefilled``), shown while the answer was pre-filled."""
        if self._tag is None:
            self._tag = self._note("twarch-prefilled")
        return self._tag

    @property
    def error_label(self) -> widgets.HTML:
        """The inline error (``twarch-error``), shown while the control holds a value that is not allowed."""
        if self._error_label is None:
            self._error_label = self._note("twarch-error")
        return self._error_label

    @observe("error")
    def _update_error(self, change: dict) -> None:
        message = change["new"]
        if not message and self._error_label is None:
            return
        self.error_label.value = f'<span role="alert">{html.escape(message)}</span>' if message else ""
        self.error_label.layout.display = None if message else "none"
        if message:
            self.add_class("twarch-invalid")
        else:
            self.remove_class("twarch-invalid")

    @observe("prefilled")
    def _update_tag(self, change: dict) -> None:
        phrase = change["new"]
        if not phrase and self._tag is None:
            return
        self.tag.value = f"<span>from your words: “{html.escape(phrase)}”</span>" if phrase else ""
        self.tag.layout.display = None if phrase else "none"
