"""The live Wizard: the qualification on the left, the recommendation on the right, and nothing lost.

``Wizard`` is a ``VBox``: a compact header (title, the team or session name, the session picker, Save answers,
Load answers, Reset, What-if copy, Hand-out, Starter (a starter project), Projector), a status line (with the report
download), the choice that two windows on one session call for (:mod:`.conflict_view`), then the steps (a Tab,
left) and the results (level, mode, next question, what the last answer changed, and a Tab of diagram /
products / warnings / providers / cost / checklist, right). Its logic lives in
:class:`~twarch.widgets.model.WizardModel`; the sessions (where the work is kept, what-if copies, two windows on one
name, bad files) in :class:`~twarch.widgets.session.SessionKeeper`; the Wizard shows both and passes what the user
does back to them. The layout is in :mod:`.style`.

Nothing is lost:

* with ``remember=True`` every change is kept in the browser (:class:`~.bridge.PageBridge`) and a reload or a new
  kernel restores it; with ``sessions_dir`` every change of a named session is also written to
  ``<sessions_dir>/<name>.json``, over the revision this window last read: another window's save is never
  overwritten silently;
* a lost kernel shows a banner that says what is kept and how to get it back;
* Save answers downloads the session (answers and ticks) as a file that Load answers, ``Wizard.load``,
  ``Answers.load`` and ``twarch recommend`` all read; Reset can be undone; What-if copy continues in a new
  session and leaves the original as it was; the picker switches between the original and its copies.
"""

from __future__ import annotations

import datetime
import html
from pathlib import Path
from typing import Any

import ipywidgets as widgets

from ..answers import Answers
from ..checklists import Checklist
from ..errors import AnswerError
from ..knowledge.questions import QUESTIONS, STEPS
from ..reader.request import ModeResult
from ..recommendation import Recommendation
from ..render import report
from ..workshop.sessions import Session, SessionStore, clean_name, load_session, save_answers, slug
from .bridge import PageBridge
from .conflict_view import ConflictView
from .exports import export_document
from .fields import QuestionField, problem_text
from .guidance import next_question, shown
from .model import WizardModel
from .outputs import CHECKLIST_TAB, RESULT_TABS, Results
from .session import SessionKeeper, WizardSession, clean_customer, count_text
from .steps import Step, step_for
from .style import stylesheet

STORAGE_KEY = "wizard"


def _button(label: str, tip: str, css: str, icon: str = "", chrome: bool = True) -> widgets.Button:
    b = widgets.Button(description=label, tooltip=tip, icon=icon, layout=widgets.Layout(width="auto"))
    b.add_class(css)
    if chrome:
        b.add_class("twarch-chrome")
    return b


class Wizard(widgets.VBox):
    """Answer the qualification, watch the architecture change.

    ``answers`` are the starting answers (used only when no saved session of the name ``session`` exists);
    ``request`` is read as Step 1 reads it (mode and pre-filled answers, marked as such); ``ticks`` the starting
    checklist ticks; ``remember`` keeps the work in the browser; ``sessions_dir`` writes each named session to a
    file there; ``scenarios_dir`` offers the workshop's scenario cards (``*.md``).

    >>> w = Wizard({"channels": ["voice"]})        # doctest: +SKIP
    >>> w.set(memory=True).recommendation.level    # doctest: +SKIP
    2
    """

    def __init__(self, answers: Answers | dict[str, Any] | None = None, *, request: str | None = None,
                 ticks: dict[str, str] | None = None, session: str | None = None,
                 sessions_dir: str | Path | None = None,
                 scenarios_dir: str | Path | None = None, remember: bool = False, **kwargs: Any) -> None:
        self.scenarios = _cards(scenarios_dir)
        self._bulk = False  # a whole session is being put in place: no "last change" to show
        self._syncing = False
        self._picking = False
        self._original: tuple[str, Recommendation] | None = None
        self.status = widgets.HTML("")
        self.status.add_class("twarch-status")
        self.undo_button = _button("Undo", "bring back what Reset, Load, take theirs or a merge replaced",
                                   "twarch-undo", chrome=False)
        self.undo_button.on_click(lambda _b: self.undo())
        self.undo_button.layout.display = "none"
        self.bridge = PageBridge(on_restore=self._restore, storage_key=STORAGE_KEY if remember else "")
        self.keeper = SessionKeeper(bridge=self.bridge, current=self._current, show=self._replace, say=self._say,
                                    store=SessionStore(sessions_dir) if sessions_dir is not None else None)
        saved = self.keeper.start(clean_name(session) if session else "")
        if saved is not None:
            answers, ticks = saved.answers, dict(saved.ticks)
        self.model = WizardModel(answers, ticks=ticks, rejected=saved.rejected if saved is not None else ())
        if request is not None and saved is None:
            self.model.read_request(request)
        if saved is not None and saved.prefilled:
            self.model.prefilled = {k: v for k, v in saved.prefilled.items() if getattr(self.model.answers, k)}
        self.steps: dict[str, Step] = {}
        for step_id in STEPS:
            step = step_for(step_id)
            step.managed = True
            self.steps[step_id] = step
        self.results = Results(on_tick=self._on_tick, download=self.bridge.download)
        self.last_rendered: set[str] = set()

        self.step_tabs = widgets.Tab(children=list(self.steps.values()), titles=[STEPS[s].tab for s in self.steps])
        self.step_tabs.add_class("twarch-steps")
        r = self.results
        self.result_tabs = widgets.Tab(children=[widgets.VBox(r.tab(title)) for title in RESULT_TABS],
                                       titles=list(RESULT_TABS))
        self.result_tabs.add_class("twarch-results")
        self.result_tabs.observe(lambda change: self._show_tab(change["new"]), "selected_index")
        self.go_next = _button("Next question", "open the step of the next question to answer", "twarch-next-go",
                               "arrow-right", chrome=False)
        self.go_next.on_click(lambda _b: self.show_next_question(focus=True))
        self.go_next.layout.display = "none"
        summary = widgets.HBox([r.level, r.mode])
        summary.add_class("twarch-summary")
        next_row = widgets.HBox([r.next, self.go_next])
        next_row.add_class("twarch-next-row")
        questions = widgets.VBox([self.step_tabs])
        questions.add_class("twarch-questions")
        results = widgets.VBox([summary, next_row, r.changes, self.result_tabs])
        results.add_class("twarch-results-col")
        body = widgets.HBox([questions, results])
        body.add_class("twarch-body")
        self.conflict_view = ConflictView(self.keeper.take_theirs, self.keeper.keep_mine, self.keeper.merge)

        super().__init__([stylesheet(), self.bridge, self._header(), self._status_bar(), self.conflict_view, body],
                         **kwargs)
        self.add_class("twarch-wizard")

        for step in self.steps.values():
            step.observe(self._on_step_value, "value")
        request = self.steps["request"]
        request.observe(self._on_request, "submissions")
        request.scenario.observe(self._on_scenario, "value")
        request.customer.observe(self._on_customer, "value")
        request.accept_button.on_click(lambda _b: self.model.accept_request(list(self.model.conflicts)))
        self.model.observe(self._refresh, "revision")
        self.model.observe(lambda _c: self.steps["request"].show_conflicts(self.model.conflicts), "conflicts")
        self.keeper.observe(self._on_name, "name")
        self.keeper.observe(self._on_family, "family")
        self.keeper.observe(self._on_conflict, "conflict")
        self._on_family()
        self._refresh(compare=False)
        self.bridge.recovery = self.keeper.recovery_text()
        if not self.keeper.unreadable:
            self._say(f"Opened the saved session “{saved.name}”: {count_text(saved)}." if saved is not None
                      else self.keeper.saved_text())

    # ------------------------------------------------------------------------------------ building

    def _header(self) -> widgets.HBox:
        title = widgets.HTML("<h1>twarch · architecture wizard</h1>")
        title.add_class("twarch-title")
        self.session_field = widgets.Text(value=self.keeper.name, placeholder="team or session",
                                          description="Team", continuous_update=False,
                                          tooltip="your team's name: your answers are kept under it (press Enter)")
        self.session_field.add_class("twarch-session-name")
        self.session_field.add_class("twarch-chrome")
        self.session_field.observe(lambda change: self.rename(change["new"]), "value")
        self.picker = widgets.Dropdown(options=[], description="Session", tooltip="the original session and its "
                                       "what-if copies: choose one to work on it (nothing is lost)",
                                       layout=widgets.Layout(width="auto"))
        self.picker.add_class("twarch-session-picker")
        self.picker.add_class("twarch-chrome")
        self.picker.observe(self._picked, "value")
        self.save_button = _button("Save answers", "download your answers and ticks as a file you can load again",
                                   "twarch-save", "save")
        self.save_button.on_click(lambda _b: self.download_session())
        self.load_button = widgets.FileUpload(accept=".json,.yaml,.yml", multiple=False, description="Load answers",
                                              tooltip="load answers saved by twarch: a session, a report (JSON) or "
                                              "an answers file", layout=widgets.Layout(width="auto"))
        self.load_button.add_class("twarch-load")
        self.load_button.add_class("twarch-chrome")
        self.load_button.observe(self._uploaded, "value")
        self.reset_button = _button("Reset", "clear every answer and tick (you can undo it)", "twarch-reset", "undo")
        self.reset_button.on_click(lambda _b: self.reset())
        self.whatif_button = _button("What-if copy", "continue in a copy of this session; the original stays as "
                                     "it is", "twarch-duplicate", "clone")
        self.whatif_button.on_click(lambda _b: self.duplicate())
        self.handout_button = _button("Hand-out", "download the leave-behind (HTML, prints to a landscape page and "
                                      "an appendix): diagram, blockers, cost, open questions", "twarch-handout",
                                      "file-text")
        self.handout_button.on_click(lambda _b: self._handout_clicked())
        self.starter_button = _button("Starter", "download a starter project for this design (zip): TwiML, "
                                      "the agent server, .env.example, README and offline tests", "twarch-starter",
                                      "code")
        self.starter_button.on_click(lambda _b: self._starter_clicked())
        self.projector = widgets.ToggleButton(value=False, description="Projector", icon="television",
                                              tooltip="larger type and diagram, no controls (press again to leave)",
                                              layout=widgets.Layout(width="auto"))
        self.projector.add_class("twarch-projector-toggle")
        self.projector.observe(lambda change: self.set_projector(change["new"]), "value")
        header = widgets.HBox([title, self.session_field, self.picker, self.save_button, self.load_button,
                               self.reset_button, self.whatif_button, self.handout_button, self.starter_button,
                               self.projector])
        header.add_class("twarch-header")
        return header

    def _status_bar(self) -> widgets.HBox:
        self.export_format = widgets.Dropdown(options=[("Markdown", "md"), ("HTML", "html"), ("JSON", "json")],
                                              value="md", description="Report",
                                              tooltip="the format of the report download",
                                              layout=widgets.Layout(width="auto"))
        self.export_format.add_class("twarch-export-format")
        self.export_format.add_class("twarch-chrome")
        self.export_button = _button("Download", "download the report, named after the team, with the diagram and "
                                     "the checklist ticks", "twarch-export", "download")
        self.export_button.on_click(lambda _b: self.export(self.export_format.value))
        report_box = widgets.HBox([self.export_format, self.export_button])
        report_box.add_class("twarch-report-export")
        bar = widgets.HBox([self.status, self.undo_button, report_box])
        bar.add_class("twarch-statusbar")
        return bar

    def __repr__(self) -> str:
        """What a notebook shows where the widget cannot be drawn (not run yet, or not trusted)."""
        rec = self.recommendation
        return f"twarch Wizard (Level {rec.level}, {len(self.answers.to_dict())} answers): run all cells to use it here"

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

    @property
    def session_name(self) -> str:
        """The session on screen ('' until the team names it)."""
        return self.keeper.name

    @property
    def based_on(self) -> str | None:
        """The original this session is a what-if copy of (None when it is no copy)."""
        return self.keeper.based_on

    @property
    def scenario(self) -> str | None:
        """The scenario card the team works on (a file stem of ``scenarios_dir``)."""
        return self.keeper.scenario

    @scenario.setter
    def scenario(self, card: str | None) -> None:
        self.keeper.scenario = card

    @property
    def browser_sessions(self) -> dict[str, WizardSession]:
        """The sessions this browser keeps, by name (restored on page load)."""
        return dict(self.keeper.browser)

    @property
    def customer(self) -> str:
        """Who the design is for: the hand-out's header."""
        return self.keeper.customer

    @property
    def session(self) -> WizardSession:
        """The work on screen as a session (what autosave writes)."""
        return self.keeper.session

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
        It refuses to replace a file holding answers with an empty set and keeps what it replaces as ``.bak``.
        """
        return save_answers(self.answers.replace(**{key: None for key in self.model.prefilled}), path)

    @classmethod
    def load(cls, path: str | Path, **kwargs: Any) -> Wizard:
        """A Wizard on the answers (and, from a saved session, the ticks) of any file twarch writes: a session, a
        JSON report or an answers file."""
        saved = load_session(path)
        wizard = cls(saved.answers, ticks=dict(saved.ticks), **kwargs)
        for key in saved.rejected:
            wizard.model.reject(key)
        wizard.scenario = saved.scenario if saved.scenario in wizard.scenarios else None
        wizard._refresh(compare=False)
        return wizard

    def load_session(self, saved: Session, note: str = "") -> None:
        """Put a saved session's answers, ticks and scenario on screen (Undo can bring back what it replaced); the
        name stays."""
        self.keeper.load(saved, note or f"Loaded {count_text(saved)}.")

    def report(self, format: str = "md") -> str:
        """The report of the current recommendation: ``"md"``, ``"html"`` or ``"json"``."""
        return report(self.recommendation, format)

    def handout(self) -> str:
        """The hand-out: one self-contained HTML page that prints to a landscape leave-behind (the diagram, the
        blockers, the monthly cost, open questions with owners and next steps, the customer, the date, the team)
        and an appendix (every report section, the checklist with the ticks)."""
        from ..render.handout import handout

        return handout(self.recommendation, self.checklist, session=self.session_name, customer=self.customer,
                       date=datetime.date.today().isoformat(),
                       scenario=_card_title(self.scenarios.get(self.scenario or ""), self.scenario))

    def export(self, format: str = "md") -> str:
        """Download the report as ``<team>-report.<format>`` (Markdown and HTML with the diagram as SVG, every format
        with the checklist ticks); returns the file name. Nothing is written on the server."""
        name, text, mime = export_document(self.recommendation, self.checklist, format, self.session_name)
        self.bridge.download(name, text, mime)
        self._say(f"Downloaded {name}: the report with the diagram and the checklist ticks.")
        return name

    def show_next_question(self, focus: bool = False) -> str | None:
        """Open the step of the next question to answer (and, with ``focus``, put the keyboard on it); returns its
        id (None when there is none)."""
        found = next_question(self.recommendation)
        if found is None:
            return None
        self.step_tabs.selected_index = list(self.steps).index(found.step)
        if focus:
            self.bridge.focus(f".twarch-field-{found.id}")
        return found.id

    def set_projector(self, on: bool = True) -> None:
        """Projector mode: the controls and help hidden, larger type, the diagram fitted to the window."""
        if on:
            self.add_class("twarch-projector")
        else:
            self.remove_class("twarch-projector")
        if self.projector.value != on:
            self.projector.value = on

    # ------------------------------------------------------------------------------------ sessions

    def rename(self, name: str) -> None:
        """Work under another team or session name: a saved session of that name is opened (or, when there is
        work on screen too, you choose: take theirs, keep mine or merge); otherwise the work is saved under it."""
        self.keeper.rename(name)
        if self.session_field.value != self.keeper.name:
            self.session_field.value = self.keeper.name  # -> rename again, which stops: the same name
        self.bridge.recovery = self.keeper.recovery_text()

    def switch(self, name: str) -> None:
        """Work on another session of the family (the original or a what-if copy), without asking."""
        self.keeper.switch(name)
        self._on_family()  # the picker shows the session on screen, whether the switch happened or not

    def duplicate(self) -> str:
        """Continue in a new what-if copy (the original and the other copies stay as they are). Returns its name."""
        name = self.keeper.duplicate()
        self._original = None
        self._compare_with_original()
        return name

    def reset(self) -> None:
        """Clear every answer and tick (Undo brings them back)."""
        self.keeper.reset()

    def undo(self) -> None:
        """Bring back what the last Reset, Load, take theirs or merge replaced."""
        self.keeper.undo()

    def download_session(self) -> str:
        """Send the session (answers and ticks) to the browser as ``<name>-answers.json``; returns the file name."""
        self.keeper.autosave()
        name = f"{slug(self.session_name) if self.session_name else 'twarch'}-answers.json"
        self.bridge.download(name, Session.to_json(self.session), "application/json")
        self._say(f"Downloaded {name}: Load answers, Wizard.load and twarch recommend read it back.")
        return name

    def _current(self, name: str) -> WizardSession:
        keeper = self.keeper
        return WizardSession(name, self.answers, self.checklist.ticks, keeper.scenario, keeper.based_on,
                             self.prefilled, tuple(self.model.rejected), customer=keeper.customer)

    def _uploaded(self, change: dict) -> None:
        files = change["new"]
        if not files:
            return
        upload = files[0]
        name = getattr(upload, "name", None) or upload["name"]
        content = bytes(getattr(upload, "content", None) or upload["content"])
        try:
            self.keeper.upload(name, content)
        finally:
            self.load_button.value = ()

    def _restore(self, message: dict[str, Any]) -> None:
        """The browser's stored sessions arrived (page load): the keeper brings back the one used last."""
        self.keeper.restore(message)

    def _replace(self, saved: Session) -> None:
        """Put a whole session on screen (no "last change" to explain): answers, ticks, pre-fill marks."""
        self._bulk = True
        try:
            self.model.replace_all(saved.answers, dict(saved.ticks), dict(saved.prefilled), saved.rejected)
        except AnswerError as exc:  # ticks the checklist refuses: the keeper checks first, so this is a last guard
            self._say(f"Could not show it: {problem_text(exc)}", error=True)
        finally:
            self._bulk = False

    def _on_name(self, change: dict) -> None:
        if self.session_field.value != change["new"]:
            self.session_field.value = change["new"]
        self._original = None
        self.bridge.recovery = self.keeper.recovery_text()

    def _on_family(self, _change: dict | None = None) -> None:
        family = self.keeper.family
        root = family[0] if family else ""
        options = [(f"{n} (original)" if n == root else n, n) for n in family]
        self._picking = True  # the options change under the picker: not a choice of the team's
        try:
            if list(self.picker.options) != options:
                self.picker.options = options
            if self.keeper.name in family and self.picker.value != self.keeper.name:
                self.picker.value = self.keeper.name
        finally:
            self._picking = False
        self.picker.layout.display = None if len(family) > 1 else "none"

    def _picked(self, change: dict) -> None:
        name = change["new"]
        if not self._picking and name and name != self.keeper.name:
            self.switch(name)

    def _on_conflict(self, change: dict) -> None:
        self.conflict_view.show(change["new"], self.keeper.window.label)
        if change["new"] is not None:
            self._say(f"Two versions of “{self.session_name}”: choose below what to keep.", error=True)

    # ------------------------------------------------------------------------------------ status line

    def _say(self, text: str, *, error: bool = False, undo: bool = False) -> None:
        css = ' class="twarch-error-text" role="alert"' if error else ' role="status"'
        self.status.value = f"<span{css}>{html.escape(text)}</span>"
        self.undo_button.layout.display = None if undo and self.keeper.undo_copy is not None else "none"

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
            field.show_error(problem_text(exc))

    def _on_request(self, change: dict) -> None:
        step = self.steps["request"]
        request = step.fields["request"].value
        if request is None:
            self.model.set(request=None)
        else:
            self.model.read_request(request)

    def _on_scenario(self, change: dict) -> None:
        if self._syncing:
            return
        self.scenario = change["new"] or None
        self.steps["request"].show_scenarios(self.scenarios, self.scenario)
        self.keeper.autosave()

    def _on_customer(self, change: dict) -> None:
        if self._syncing:
            return
        try:
            self.keeper.customer = clean_customer(change["new"])
        except AnswerError as exc:
            self.steps["request"].customer_error(problem_text(exc))
            return
        self.steps["request"].customer_error("")
        self.keeper.autosave()

    def _on_tick(self, entry_id: str, status: str) -> None:
        self.model.tick(entry_id, status)

    def _handout_clicked(self) -> None:
        name = f"twarch-handout{'-' + slug(self.session_name) if self.session_name else ''}.html"
        self.bridge.download(name, self.handout(), "text/html")
        self._say(f"Downloaded {name}: open it and print it (Save as PDF, landscape) for the leave-behind.")

    def _show_tab(self, index: int | None) -> None:
        """A results tab opened: draw what it shows (tabs are drawn when first opened, then kept current)."""
        if index is not None:
            self.last_rendered = self.results.open_tab(RESULT_TABS[index], self.checklist, self.model.mode_result)

    def _starter_clicked(self) -> None:
        from ..scaffold import zip_bytes

        try:
            data = zip_bytes(self.model.recommendation)
        except AnswerError as exc:
            self._say(f"No starter project for this design: {exc}")
            return
        name = f"twarch-starter{'-' + slug(self.session_name) if self.session_name else ''}.zip"
        self.bridge.download(name, data, "application/zip")
        self._say(f"Downloaded {name}: its README says how to run it against your Twilio number.")

    # ------------------------------------------------------------------------------------ model -> GUI

    def _refresh(self, change: dict | None = None, compare: bool = True) -> None:
        model, rec = self.model, self.model.recommendation
        if change is not None:
            self.keeper.autosave()  # first: the file and the browser keep the work before the screen catches up
        self._syncing = True
        try:
            with self.hold_sync():
                for step in self.steps.values():
                    step.show(model.answers, model.prefilled)
                    step.refresh_visibility(model.answers)
                    step.show_recommendation(rec)
                request = self.steps["request"]
                request.show_mode(model.mode_result)
                request.show_scenarios(self.scenarios, self.scenario)
                request.show_customer(self.customer)
                found = next_question(rec)
                for step in self.steps.values():
                    step.mark_next(found.id if found else None)
                self.go_next.layout.display = None if found else "none"
                self.last_rendered = self.results.render(rec, model.checklist, model.mode_result,
                                                         compare=compare and change is not None and not self._bulk)
                self._titles(rec)
        finally:
            self._syncing = False
        if change is not None and self.based_on:
            self._compare_with_original()

    def _compare_with_original(self) -> None:
        """On a what-if copy: say where it differs from its original."""
        if not self.based_on:
            return
        if self._original is None or self._original[0] != self.based_on:
            original = self.keeper.original()
            if original is None:
                return
            from ..engine import recommend

            self._original = (self.based_on, recommend(original.answers, inferred=dict(original.prefilled)))
        from ..workshop import compare as compare_designs

        aspects = compare_designs(self._original[1], self.recommendation,
                                  names=(self.based_on, self.session_name)).rows
        differs = ", ".join(row["title"] for row in aspects) or "nothing yet"
        self._say(f"What-if “{self.session_name}”: differs from “{self.based_on}” in: {differs}.")

    def _titles(self, rec: Recommendation) -> None:
        """Step tabs with their progress ("3 · Context 4/7"), result tabs with their counts."""
        answers = vars(rec.answers)
        titles = []
        for step_id in self.steps:
            asked = [q.id for q in QUESTIONS if q.step == step_id and shown(q.visible_if, answers)]
            done = sum(1 for q in asked if answers[q] is not None)
            titles.append(f"{STEPS[step_id].tab} {done}/{len(asked)}")
        if tuple(self.step_tabs.titles) != tuple(titles):
            self.step_tabs.titles = titles
        done, total = self.checklist.progress
        counts = {"Warnings & GA": f"Warnings & GA ({len(rec.warnings)})",
                  CHECKLIST_TAB: f"{CHECKLIST_TAB} {done}/{total}"}
        results = [counts.get(title, title) for title in RESULT_TABS]
        if tuple(self.result_tabs.titles) != tuple(results):
            self.result_tabs.titles = results


def _cards(directory: str | Path | None) -> dict[str, str]:
    """The scenario cards in a folder: file stem -> Markdown text (none without a folder)."""
    if directory is None or not Path(directory).is_dir():
        return {}
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(Path(directory).glob("*.md"))}


def _card_title(text: str | None, card: str | None) -> str:
    if not text or not card:
        return ""
    return text.splitlines()[0].removeprefix("# ").removeprefix("Scenario: ").strip() or card
