"""One widget class per step of the playbook, each built from the question data.

Every step is a ``VBox`` of :class:`~twarch.widgets.fields.QuestionField` (one per question whose
``step`` is the step's id, in :data:`~twarch.knowledge.questions.QUESTIONS` order) with a ``value``
trait: a dict of the step's answered fields, in canonical form. A field the user changes updates
``value`` when it is valid and shows an inline error (``value`` unchanged) when it is not.
``visible_if`` conditions hide fields whose condition does not hold.

=================  =====================  ===========================================================
class              DOM class              extra
=================  =====================  ===========================================================
RequestStep        ``twarch-step-request``    the customer (``twarch-customer``), "Read my request" button
                                          (``twarch-read-request``): mode
                                          detection (``twarch-mode``), the pre-fill suggestions, what
                                          the request says against the user's own answers
                                          (``twarch-request-conflicts``, ``twarch-accept-request``) and,
                                          given scenario cards, a card picker (``twarch-scenario``) and
                                          the card (``twarch-scenario-card``)
EssentialStep      ``twarch-step-essential``  the channel mix the channels imply (``twarch-channels``)
ContextStep        ``twarch-step-context``    the entry point derived from handoff (``twarch-entry-point``)
(any other step)   ``twarch-step-<id>``       -- (a plain :class:`Step`, see :func:`step_for`)
=================  =====================  ===========================================================

A step used on its own (outside a :class:`~twarch.widgets.Wizard`) shows its derived line
(channel mix, entry point) from :func:`twarch.recommend` on its own answers; inside a Wizard it shows
the Wizard's recommendation.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from typing import Any

import ipywidgets as widgets
from traitlets import Any as AnyTrait
from traitlets import Dict, Int, observe

from ..answers import Answers
from ..knowledge.questions import QUESTIONS, STEPS
from ..recommendation import Item, Recommendation
from ..render.wording import reason_sentence, rich_text, value_label
from .fields import QuestionField

__all__ = ["STEP_CLASSES", "ContextStep", "EssentialStep", "RequestStep", "Step", "step_class", "step_for"]


def visible(question_visible_if: tuple[tuple[str, object], ...], answers: Mapping[str, Any]) -> bool:
    """A question's ``visible_if``: every named field has the named value."""
    return all(answers.get(key) == expected for key, expected in question_visible_if)


class Step(widgets.VBox):
    """The questions of one step; ``value`` holds its answered fields."""

    children: Sequence[widgets.Widget]  # VBox's trait, declared for the type checker (ipywidgets has no types)
    step_id = ""
    value = Dict(help="This step's answered fields (canonical values), e.g. {'memory': True}.")

    def __init__(self, answers: Answers | Mapping[str, Any] | None = None, **kwargs: Any) -> None:
        self.questions = tuple(q for q in QUESTIONS if q.step == self.step_id)
        self.fields: dict[str, QuestionField] = {q.id: QuestionField(q) for q in self.questions}
        self.heading = widgets.HTML(f"<h2>{html.escape(STEPS[self.step_id].title)}</h2>")
        self.managed = False  # a Wizard sets this and feeds show_recommendation()
        super().__init__([self.heading, *self._extras_before(), *self.fields.values(), *self._extras_after()],
                         **kwargs)
        self.add_class("twarch-step")
        self.add_class(f"twarch-step-{self.step_id}")
        for field in self.fields.values():
            field.observe(self._field_changed, "value")
        if answers:
            start = answers if isinstance(answers, Answers) else Answers.from_dict(answers)
            self.show(start)
        self._refresh_visibility()
        self._standalone_refresh()

    def _extras_before(self) -> list[widgets.Widget]:
        return []

    def _extras_after(self) -> list[widgets.Widget]:
        return []

    def __repr__(self) -> str:
        """What a notebook shows where the widget cannot be drawn (not run yet, or not trusted)."""
        return f"twarch step “{STEPS[self.step_id].tab}”: run all cells to answer its questions here"

    # ------------------------------------------------------------------------------- value <-> fields

    def _field_changed(self, change: dict) -> None:
        field: QuestionField = change["owner"]
        values = dict(self.value)
        if change["new"] is None:
            values.pop(field.question.id, None)
        else:
            values[field.question.id] = change["new"]
        self.value = {q.id: values[q.id] for q in self.questions if q.id in values}

    @observe("value")
    def _value_changed(self, change: dict) -> None:
        self._refresh_visibility()
        self._standalone_refresh()

    def show(self, answers: Answers, prefilled: Mapping[str, str] | None = None) -> None:
        """Show these answers (and pre-fill marks) in the fields without re-submitting them."""
        prefilled = prefilled or {}
        for qid, field in self.fields.items():
            value = getattr(answers, qid)
            phrase = prefilled.get(qid, "")
            if field.value != value or field.prefilled != phrase:  # a field in error keeps the user's text
                field.show(value, phrase)
        values = {qid: getattr(answers, qid) for qid in self.fields if getattr(answers, qid) is not None}
        if values != self.value:
            self.value = values

    def _refresh_visibility(self) -> None:
        known = dict(self.value)
        for q in self.questions:
            if q.visible_if:
                self.fields[q.id].set_visible(visible(q.visible_if, known))

    def refresh_visibility(self, answers: Answers) -> None:
        """Apply ``visible_if`` against the whole answers (conditions may name another step's fields)."""
        known = vars(answers)
        for q in self.questions:
            if q.visible_if:
                self.fields[q.id].set_visible(visible(q.visible_if, known))

    def _standalone_refresh(self) -> None:
        if not self.managed and self._has_derived():
            from ..engine import recommend

            self.show_recommendation(recommend(self.value))

    def _has_derived(self) -> bool:
        return False

    def show_recommendation(self, rec: Recommendation) -> None:
        """Show what this step's answers imply in ``rec`` (the channel mix, the entry point ...)."""

    def mark_next(self, question_id: str | None) -> None:
        """Highlight the next question to answer when it is in this step."""
        for qid, field in self.fields.items():
            marked = "twarch-next-question" in field._dom_classes
            if qid == question_id and not marked:
                field.add_class("twarch-next-question")
            elif qid != question_id and marked:
                field.remove_class("twarch-next-question")

    @property
    def errors(self) -> dict[str, str]:
        """Inline errors shown right now, by field id."""
        return {qid: f.error for qid, f in self.fields.items() if f.error}


def _decision_html(rec: Recommendation, decision_id: str, title: str, unanswered: str) -> str:
    item: Item | None = next((d for d in rec.decisions if d.id == decision_id), None)
    if item is None:
        return f"<small><b>{html.escape(title)}</b>: <i>{html.escape(unanswered)}</i></small>"
    reason = reason_sentence(item)
    return (f'<div data-decision="{html.escape(decision_id)}" class="twarch-derived"><b>{rich_text(item.text)}</b>'
            + (f"<br><small>{html.escape(reason)}</small>" if reason else "") + "</div>")


class RequestStep(Step):
    """Step 1: the request in the user's words; "Read my request" detects the mode and pre-fills.

    ``mode_result`` holds :func:`twarch.detect_mode` on the last submitted text, ``suggestions`` what
    :func:`twarch.reader.request.prefill` found in it, and ``submissions`` counts the presses (a Wizard observes it).
    """

    step_id = "request"
    mode_result = AnyTrait(None, allow_none=True)
    suggestions = Dict(help="field id -> (value, the words it was read from)")
    submissions = Int(0)

    def _extras_before(self) -> list[widgets.Widget]:
        self.scenario = widgets.Dropdown(options=[("— no scenario card", "")], value="", description="Scenario",
                                         tooltip="the workshop's scenario card this session works on",
                                         layout=widgets.Layout(width="auto"))
        self.scenario.add_class("twarch-scenario")
        self.scenario_card = widgets.Output()
        self.scenario_card.add_class("twarch-scenario-card")
        self.card_box = widgets.Accordion(children=[self.scenario_card], titles=("The scenario card",))
        self.scenario.layout.display = self.card_box.layout.display = "none"
        self.customer = widgets.Text(value="", description="Customer", placeholder="who the design is for",
                                     continuous_update=False, layout=widgets.Layout(width="auto"),
                                     tooltip="the customer's name, for the hand-out's header")
        self.customer.add_class("twarch-customer")
        self.customer_note = widgets.HTML("")
        self.customer_note.add_class("twarch-error")
        self.customer_note.layout.display = "none"
        return [self.customer, self.customer_note, self.scenario, self.card_box]

    def show_customer(self, name: str) -> None:
        """Show the customer kept with the session."""
        if self.customer.value != name:
            self.customer.value = name

    def customer_error(self, message: str) -> None:
        """Say what is wrong with the typed customer ('' hides it)."""
        self.customer_note.value = f'<span role="alert">{html.escape(message)}</span>' if message else ""
        self.customer_note.layout.display = None if message else "none"

    def _extras_after(self) -> list[widgets.Widget]:
        self.read_button = widgets.Button(description="Read my request", button_style="primary", icon="search",
                                          tooltip="detect the mode and pre-fill the other steps from your words",
                                          layout=widgets.Layout(width="auto"))
        self.read_button.add_class("twarch-read-request")
        self.read_button.on_click(lambda _button: self.submit())
        self.mode_html = widgets.HTML("")
        self.mode_html.add_class("twarch-mode")
        self.conflicts_html = widgets.HTML("")
        self.accept_button = widgets.Button(description="Use what my request says", icon="check",
                                            tooltip="replace your own answers named above with what the request says",
                                            layout=widgets.Layout(width="auto"))
        self.accept_button.add_class("twarch-accept-request")
        self.conflicts_box = widgets.VBox([self.conflicts_html, self.accept_button])
        self.conflicts_box.add_class("twarch-request-conflicts")
        self.conflicts_box.layout.display = "none"
        return [self.read_button, self.mode_html, self.conflicts_box]

    def show_scenarios(self, cards: dict[str, str], chosen: str | None) -> None:
        """Offer these scenario cards (id -> Markdown) and show the chosen one's text."""
        options = [("— no scenario card", "")] + [(_card_title(text, card), card) for card, text in cards.items()]
        if list(self.scenario.options) != options:
            self.scenario.options = options
        self.scenario.value = chosen if chosen in cards else ""
        self.scenario.layout.display = None if cards else "none"
        self.card_box.layout.display = None if chosen in cards else "none"
        card = ({"output_type": "display_data", "metadata": {},
                 "data": {"text/markdown": cards[chosen], "text/plain": cards[chosen]}},) if chosen in cards else ()
        if self.scenario_card.outputs != card:
            self.scenario_card.outputs = card

    def show_conflicts(self, conflicts: dict[str, tuple[Any, str]]) -> None:
        """Say where the request contradicts the user's own answers (which it never overwrites silently)."""
        lines = []
        for key, (value, phrase) in conflicts.items():
            said = ", ".join(value_label(key, v) for v in value) if isinstance(value, tuple | list) else (
                ("Yes" if value else "No") if isinstance(value, bool) else value_label(key, value))
            lines.append(f"<li><b>{html.escape(BY_ID_TITLES[key])}</b>: your request says <b>{html.escape(said)}</b>"
                         f" (“{html.escape(phrase)}”); your own answer is kept.</li>")
        self.conflicts_html.value = ("<div role='status'>Your request differs from answers you gave:<ul>"
                                     + "".join(lines) + "</ul></div>") if lines else ""
        self.conflicts_box.layout.display = None if lines else "none"

    @property
    def text(self) -> str:
        return self.fields["request"].control.value

    def submit(self, text: str | None = None) -> bool:
        """Read the request (the text box, or ``text``): validate it, detect the mode, find pre-fills."""
        from ..reader.request import detect_mode, prefill

        field = self.fields["request"]
        if text is not None:
            field.control.value = text  # the request box is read on submit only, never on keystrokes
        if not field.submit():
            return False
        request = field.value
        self.mode_result = detect_mode(request) if request else None
        self.suggestions = prefill(request) if request else {}
        self.mode_html.value = mode_html(self.mode_result)
        self.submissions += 1
        return True

    def show_mode(self, found: Any) -> None:
        self.mode_result = found
        self.mode_html.value = mode_html(found)


def _card_title(text: str, card: str) -> str:
    first = text.splitlines()[0] if text else ""
    return first.removeprefix("# ").removeprefix("Scenario: ").strip() or card


BY_ID_TITLES = {q.id: q.title.rstrip("?") for q in QUESTIONS}


def mode_html(found: Any) -> str:
    """Step 1's verdict as HTML: the mode and the signals it matched (escaped)."""
    if found is None:
        return ""
    if not found.activates:
        return f"<div data-mode='none'><b>Not activated</b>: {html.escape(found.why)}</div>"
    chips = " ".join(f"<code>{html.escape(s)}</code>" for s in found.signals)
    return (f'<div data-mode="{html.escape(found.mode)}"><b>{html.escape(found.mode.title())} mode</b>'
            f" · signals: {chips or '<i>none</i>'}</div>")


class EssentialStep(Step):
    """Step 2: the five essential questions, with the channel mix the channels imply."""

    step_id = "essential"

    def _extras_after(self) -> list[widgets.Widget]:
        self.channel_mix = widgets.HTML("")
        self.channel_mix.add_class("twarch-channels")
        return []

    def __init__(self, answers: Answers | Mapping[str, Any] | None = None, **kwargs: Any) -> None:
        super().__init__(answers, **kwargs)
        children = list(self.children)
        children.insert(children.index(self.fields["channels"]) + 1, self.channel_mix)
        self.children = children

    def _has_derived(self) -> bool:
        return True

    def show_recommendation(self, rec: Recommendation) -> None:
        value = _decision_html(rec, "channel_mix", "Channel mix", "answer the channels to see the channel mix")
        if self.channel_mix.value != value:
            self.channel_mix.value = value


class ContextStep(Step):
    """Step 4: entry point (derived from handoff, shown), customer profile, industry and regulations."""

    step_id = "context"

    def _extras_before(self) -> list[widgets.Widget]:
        self.entry_point = widgets.HTML("")
        self.entry_point.add_class("twarch-entry-point")
        return [self.entry_point]

    def _has_derived(self) -> bool:
        return True

    def show_recommendation(self, rec: Recommendation) -> None:
        value = _decision_html(rec, "entry_point", "Entry point",
                               "derived from the handoff question (Step 2), which is not answered yet")
        if self.entry_point.value != value:
            self.entry_point.value = value


#: Steps with something beyond their questions; every other step of :data:`STEPS` is a plain :class:`Step`.
STEP_CLASSES: dict[str, type[Step]] = {cls.step_id: cls for cls in (RequestStep, EssentialStep, ContextStep)}


def step_class(step_id: str) -> type[Step]:
    """The widget class of a step of :data:`~twarch.knowledge.questions.STEPS` (KeyError for another id)."""
    if step_id not in STEPS:
        raise KeyError(step_id)
    return STEP_CLASSES.get(step_id) or type(f"{step_id.title()}Step", (Step,), {"step_id": step_id,
                                                                                 "__doc__": STEPS[step_id].title})


def step_for(step_id: str, answers: Answers | Mapping[str, Any] | None = None, **kwargs: Any) -> Step:
    """A new widget for one step, showing ``answers``."""
    return step_class(step_id)(answers, **kwargs)
