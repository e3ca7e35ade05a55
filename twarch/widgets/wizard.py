"""The live Wizard: the qualification on the left, the recommendation on the right.

``Wizard`` is an ``ipywidgets.AppLayout``: a header (title and export), the five steps in a Tab on
the left, the results (level badge, next question, and a Tab of diagram / products / warnings /
providers / checklist) on the right. Its logic lives in :class:`~twarch.widgets.model.WizardModel`;
the Wizard only shows the model and passes what the user does back to it.
"""

from __future__ import annotations

import base64
import html
from pathlib import Path
from typing import Any

import ipywidgets as widgets

from ..answers import Answers
from ..checklists import Checklist
from ..errors import AnswerError
from ..files import write_text
from ..knowledge.questions import STEPS
from ..mode import ModeResult
from ..recommendation import Recommendation
from ..render import report
from .fields import QuestionField
from .model import WizardModel
from .outputs import RESULT_TABS, Results
from .steps import Step, step_for

EXPORT_NAME = "twarch-report"
_MIME = {"md": "text/markdown", "html": "text/html", "json": "application/json"}


class Wizard(widgets.AppLayout):
    """Answer the qualification, watch the architecture change.

    >>> w = Wizard({"channels": ["voice"]})        # doctest: +SKIP
    >>> w.set(memory=True).recommendation.level    # doctest: +SKIP
    2
    """

    def __init__(self, answers: Answers | dict[str, Any] | None = None, **kwargs: Any) -> None:
        self.model = WizardModel(answers)
        self.steps: dict[str, Step] = {}
        for step_id in STEPS:
            step = step_for(step_id)
            step.managed = True
            self.steps[step_id] = step
        self.results = Results(on_tick=self._on_tick)
        self.last_rendered: set[str] = set()
        self._syncing = False

        self.step_tabs = widgets.Tab(children=list(self.steps.values()),
                                     titles=[STEPS[s].tab for s in self.steps])
        self.step_tabs.add_class("twarch-steps")
        r = self.results
        self.result_tabs = widgets.Tab(children=[widgets.VBox(r.tab(title)) for title in RESULT_TABS],
                                       titles=list(RESULT_TABS))
        self.result_tabs.add_class("twarch-results")
        self.go_next = widgets.Button(description="Go to the next question", icon="arrow-right",
                                      tooltip="open the step of the next open question")
        self.go_next.add_class("twarch-next-go")
        self.go_next.on_click(lambda _b: self.show_next_question())
        self.go_next.layout.display = "none"
        results = widgets.VBox([widgets.HBox([r.level]), r.mode, r.next, self.go_next, self.result_tabs],
                               layout=widgets.Layout(padding="0 0 0 1em"))

        self.export_format = widgets.Dropdown(options=[("Markdown", "md"), ("HTML", "html"), ("JSON", "json")],
                                              value="md", layout=widgets.Layout(width="9em"),
                                              tooltip="report format")
        self.export_format.add_class("twarch-export-format")
        self.export_button = widgets.Button(description="Export report", icon="download",
                                            tooltip="write the report next to the notebook")
        self.export_button.add_class("twarch-export")
        self.export_button.on_click(lambda _b: self._export_clicked())
        self.export_link = widgets.HTML("")
        self.export_link.add_class("twarch-export-link")
        header = widgets.HBox([widgets.HTML("<h2 style='margin:.2em 1em .2em 0'>twarch · architecture wizard</h2>"),
                               self.export_format, self.export_button, self.export_link],
                              layout=widgets.Layout(align_items="center", flex_flow="row wrap"))

        kwargs.setdefault("pane_widths", [2, 3, "0px"])
        kwargs.setdefault("pane_heights", ["80px", 1, "0px"])
        super().__init__(header=header, left_sidebar=self.step_tabs, center=results, **kwargs)
        self.add_class("twarch-wizard")

        for step in self.steps.values():
            step.observe(self._on_step_value, "value")
        self.steps["request"].observe(self._on_request, "submissions")
        self.model.observe(self._refresh, "revision")
        self._refresh()

    # ------------------------------------------------------------------------------------ Python API

    @property
    def answers(self) -> Answers:
        """The current answers (always valid)."""
        return self.model.answers

    @property
    def recommendation(self) -> Recommendation:
        """``recommend(self.answers)``, kept current."""
        return self.model.recommendation

    @property
    def checklist(self) -> Checklist:
        """The regulatory checklist with the user's ticks (kept across recommendations)."""
        return self.model.checklist

    @property
    def mode(self) -> ModeResult | None:
        """Step 1 on the request (``None`` without a request)."""
        return self.model.mode_result

    @property
    def prefilled(self) -> dict[str, str]:
        """Answers pre-filled from the request: field id -> the words they came from."""
        return dict(self.model.prefilled)

    @property
    def errors(self) -> dict[str, str]:
        """Inline errors shown right now, by field id."""
        return {k: v for step in self.steps.values() for k, v in step.errors.items()}

    def field(self, question_id: str) -> QuestionField:
        """The widget of one question."""
        for step in self.steps.values():
            if question_id in step.fields:
                return step.fields[question_id]
        raise KeyError(question_id)

    def set(self, **answers: Any) -> Wizard:
        """Change answers (validated; ``None`` unanswers). A bad value raises AnswerError and changes nothing."""
        self.model.set(**answers)
        return self

    def read_request(self, text: str) -> ModeResult:
        """Step 1 from Python: take ``text`` as the request, detect the mode and pre-fill the other steps."""
        return self.steps["request"].submit(text) and self.model.mode_result

    def tick(self, entry_id: str, status: str = "fulfilled") -> Checklist:
        """Tick a checklist item (statuses: not_verified, open, fulfilled, not_required, n/a)."""
        return self.model.tick(entry_id, status)

    def save(self, path: str | Path) -> Path:
        """Write the answers file (JSON, or YAML for .yaml / .yml), readable by :meth:`load` and the CLI.

        It holds the request and the answers the user gave; answers read from the request are left for the
        reader (the CLI and :meth:`load` read the request again), so the report still says where they came from.
        """
        self.answers.replace(**{key: None for key in self.model.prefilled}).save(path)
        return Path(path)

    @classmethod
    def load(cls, path: str | Path, **kwargs: Any) -> Wizard:
        """A Wizard on the answers in an answers file."""
        return cls(Answers.load(path), **kwargs)

    def report(self, format: str = "md") -> str:
        """The report of the current recommendation: ``"md"``, ``"html"`` or ``"json"``."""
        return report(self.recommendation, format)

    def export(self, format: str = "md", directory: str | Path | None = None) -> Path:
        """Write the report as ``twarch-report.<format>`` in ``directory`` (default: the working directory,
        i.e. next to the notebook) and show a link to it."""
        text = self.report(format)
        path = Path(directory if directory is not None else Path.cwd()) / f"{EXPORT_NAME}.{format}"
        write_text(path, text)
        # A data: link downloads the same bytes wherever the page is served (JupyterLab, Notebook, Voila).
        data = base64.b64encode(text.encode("utf-8")).decode("ascii")
        href = f"data:{_MIME[format]};charset=utf-8;base64,{data}"
        self.export_link.value = (f'<a href="{href}" download="{html.escape(path.name)}">{html.escape(path.name)}</a>'
                                  f" <small>written to {html.escape(str(path.resolve()))}</small>")
        return path

    def show_next_question(self) -> str | None:
        """Open the step of the next open question; returns its id (None when all five are answered)."""
        open_questions = self.recommendation.open_questions
        if not open_questions:
            return None
        qid = open_questions[0].id
        for index, step in enumerate(self.steps.values()):
            if qid in step.fields:
                self.step_tabs.selected_index = index
        return qid

    # ------------------------------------------------------------------------------------ GUI -> model

    def _on_step_value(self, change: dict) -> None:
        if self._syncing:
            return
        step: Step = change["owner"]
        if step.step_id == "request":
            return  # the request is taken on "Read my request" (see _on_request)
        new = change["new"]
        diff = {qid: new.get(qid) for qid in step.fields if new.get(qid) != getattr(self.answers, qid)}
        if not diff:
            return
        try:
            self.model.set(**diff)
        except AnswerError as exc:
            field = step.fields.get(exc.field)
            if field is None:
                raise
            field.show_error(str(exc))

    def _on_request(self, change: dict) -> None:
        step = self.steps["request"]
        request = step.fields["request"].value
        if request is None:
            self.model.set(request=None)
        else:
            self.model.read_request(request)

    def _on_tick(self, entry_id: str, status: str) -> None:
        self.model.tick(entry_id, status)

    def _export_clicked(self) -> None:
        try:
            self.export(self.export_format.value)
        except OSError as exc:
            self.export_link.value = f'<span style="color:#b3122a">Cannot export: {html.escape(str(exc))}</span>'

    # ------------------------------------------------------------------------------------ model -> GUI

    def _refresh(self, change: dict | None = None) -> None:
        model, rec = self.model, self.model.recommendation
        self._syncing = True
        try:
            with self.hold_sync():
                for step in self.steps.values():
                    step.show(model.answers, model.prefilled)
                    step.refresh_visibility(model.answers)
                    step.show_recommendation(rec)
                self.steps["request"].show_mode(model.mode_result)
                pointer = rec.open_questions[0].id if rec.mode == "discovery" and rec.open_questions else None
                for step in self.steps.values():
                    step.mark_next(pointer)
                self.go_next.layout.display = None if pointer else "none"
                self.last_rendered = self.results.render(rec, model.checklist, model.mode_result)
        finally:
            self._syncing = False
