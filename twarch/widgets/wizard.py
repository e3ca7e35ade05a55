"""The live Wizard: the qualification on the left, the recommendation on the right, and nothing lost.

``Wizard`` is a ``VBox``: a compact header (title, the team or session name, Save answers, Load answers, Reset,
What-if copy, Hand-out, report export, Projector), a status line, then the steps (a Tab, left) and the results
(level, mode, next question, what the last answer changed, and a Tab of diagram / products / warnings /
providers / checklist, right). Its logic lives in :class:`~twarch.widgets.model.WizardModel`; the Wizard shows the
model and passes what the user does back to it. The layout is in :mod:`.style`.

Nothing is lost:

* with ``remember=True`` every change is kept in the browser (:class:`~.bridge.PageBridge`) and a reload or a new
  kernel restores it; with ``sessions_dir`` every change of a named session is also written to
  ``<sessions_dir>/<name>.json`` (:class:`~twarch.workshop.sessions.SessionStore`);
* a lost kernel shows a banner that says what is kept and how to get it back;
* Save answers downloads the session (answers and ticks) as a file that Load answers, ``Wizard.load``,
  ``Answers.load`` and ``twarch recommend`` all read; Reset can be undone; What-if copy continues in a new
  session and leaves the original as it was.
"""

from __future__ import annotations

import base64
import html
import json
from pathlib import Path
from typing import Any

import ipywidgets as widgets

from ..answers import Answers
from ..checklists import Checklist
from ..errors import AnswerError
from ..io.bounds import MAX_FILE_BYTES
from ..io.files import write_text
from ..knowledge.questions import QUESTIONS, STEPS
from ..reader.request import ModeResult
from ..recommendation import Recommendation
from ..render import report
from ..text import quote
from ..workshop.sessions import Session, SessionStore, clean_name, load_session, parse_document, save_answers, slug
from .bridge import PageBridge
from .fields import QuestionField, problem_text
from .guidance import next_question, shown
from .model import WizardModel
from .outputs import CHECKLIST_TAB, RESULT_TABS, Results
from .steps import Step, step_for
from .style import stylesheet

EXPORT_NAME = "twarch-report"
_MIME = {"md": "text/markdown", "html": "text/html", "json": "application/json"}
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
        self.store = SessionStore(sessions_dir) if sessions_dir is not None else None
        self.session_name = clean_name(session) if session else ""
        self.scenarios = _cards(scenarios_dir)
        self.scenario: str | None = None
        self.based_on: str | None = None
        self.browser_sessions: dict[str, Session] = {}
        self._undo: Session | None = None
        self._bulk = False  # a whole session is being put in place: no "last change" to show
        self._pending: Session | None = None
        self._original: Recommendation | None = None
        saved = self.store.load(self.session_name) if self.store is not None and self.session_name else None
        if saved is not None:
            answers, ticks, self.scenario, self.based_on = saved.answers, dict(saved.ticks), saved.scenario, \
                saved.based_on
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
        self.bridge = PageBridge(on_restore=self._restore, storage_key=STORAGE_KEY if remember else "")
        self.results = Results(on_tick=self._on_tick, download=self.bridge.download)
        self.last_rendered: set[str] = set()
        self._syncing = False

        self.step_tabs = widgets.Tab(children=list(self.steps.values()), titles=[STEPS[s].tab for s in self.steps])
        self.step_tabs.add_class("twarch-steps")
        r = self.results
        self.result_tabs = widgets.Tab(children=[widgets.VBox(r.tab(title)) for title in RESULT_TABS],
                                       titles=list(RESULT_TABS))
        self.result_tabs.add_class("twarch-results")
        self.go_next = _button("Next question", "open the step of the next question to answer", "twarch-next-go",
                               "arrow-right", chrome=False)
        self.go_next.on_click(lambda _b: self.show_next_question())
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

        super().__init__([stylesheet(), self.bridge, self._header(), self._status_bar(), body], **kwargs)
        self.add_class("twarch-wizard")

        for step in self.steps.values():
            step.observe(self._on_step_value, "value")
        request = self.steps["request"]
        request.observe(self._on_request, "submissions")
        request.scenario.observe(self._on_scenario, "value")
        request.accept_button.on_click(lambda _b: self.model.accept_request(list(self.model.conflicts)))
        self.model.observe(self._refresh, "revision")
        self.model.observe(lambda _c: self.steps["request"].show_conflicts(self.model.conflicts), "conflicts")
        self._refresh(compare=False)
        self.bridge.recovery = self._recovery_text()
        self._say(self._resumed_text(saved) if saved is not None else self._saved_text())

    # ------------------------------------------------------------------------------------ building

    def _header(self) -> widgets.HBox:
        title = widgets.HTML("<h1>twarch · architecture wizard</h1>")
        title.add_class("twarch-title")
        self.session_field = widgets.Text(value=self.session_name, placeholder="Team or session name",
                                          continuous_update=False, tooltip="your team's name: your answers are kept "
                                          "under it (press Enter)")
        self.session_field.add_class("twarch-session-name")
        self.session_field.add_class("twarch-chrome")
        self.session_field.observe(lambda change: self.rename(change["new"]), "value")
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
        self.handout_button = _button("Hand-out", "download a one-click hand-out (HTML, prints to PDF): diagram, "
                                      "decisions, warnings, checklist with ticks", "twarch-handout", "file-text")
        self.handout_button.on_click(lambda _b: self._handout_clicked())
        self.starter_button = _button("Starter project", "download a starter project for this design (zip): TwiML, "
                                      "the agent server, .env.example, README and offline tests", "twarch-starter",
                                      "code")
        self.starter_button.on_click(lambda _b: self._starter_clicked())
        self.export_format = widgets.Dropdown(options=[("Markdown", "md"), ("HTML", "html"), ("JSON", "json")],
                                              value="md", tooltip="report format",
                                              layout=widgets.Layout(width="8.5em"))
        self.export_format.add_class("twarch-export-format")
        self.export_format.add_class("twarch-chrome")
        self.export_button = _button("Export report", "write the report next to the notebook (and link to it)",
                                     "twarch-export", "download")
        self.export_button.on_click(lambda _b: self._export_clicked())
        self.export_link = widgets.HTML("")
        self.export_link.add_class("twarch-export-link")
        self.export_link.add_class("twarch-chrome")
        self.projector = widgets.ToggleButton(value=False, description="Projector", icon="television",
                                              tooltip="larger type and diagram, no controls (press again to leave)",
                                              layout=widgets.Layout(width="auto"))
        self.projector.add_class("twarch-projector-toggle")
        self.projector.observe(lambda change: self.set_projector(change["new"]), "value")
        header = widgets.HBox([title, self.session_field, self.save_button, self.load_button, self.reset_button,
                               self.whatif_button, self.handout_button, self.starter_button, self.projector])
        header.add_class("twarch-header")
        return header

    def _status_bar(self) -> widgets.HBox:
        self.status = widgets.HTML("")
        self.status.add_class("twarch-status")
        self.undo_button = _button("Undo", "bring back what Reset or Load replaced", "twarch-undo", chrome=False)
        self.undo_button.on_click(lambda _b: self.undo())
        self.open_saved_button = _button("Open the saved session", "replace what is on screen with the saved session",
                                         "twarch-open-saved", chrome=False)
        self.open_saved_button.on_click(lambda _b: self._resolve(open_saved=True))
        self.keep_mine_button = _button("Keep what is on screen", "save what is on screen under this name (the saved "
                                        "file is kept as a .bak copy)", "twarch-keep-mine", chrome=False)
        self.keep_mine_button.on_click(lambda _b: self._resolve(open_saved=False))
        for b in (self.undo_button, self.open_saved_button, self.keep_mine_button):
            b.layout.display = "none"
        report_box = widgets.HBox([self.export_format, self.export_button, self.export_link])
        report_box.add_class("twarch-report-export")
        bar = widgets.HBox([self.status, self.undo_button, self.open_saved_button, self.keep_mine_button, report_box])
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
    def session(self) -> Session:
        """The work on screen as a :class:`~twarch.workshop.sessions.Session` (what autosave writes)."""
        return Session(self.session_name, self.answers, self.checklist.ticks, self.scenario, self.based_on,
                       self.prefilled, tuple(self.model.rejected))

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
        """Put a saved session's answers, ticks and scenario on screen (Reset can undo it); the name stays."""
        self._undo = self.session
        self.scenario = saved.scenario if saved.scenario in self.scenarios else self.scenario
        self._replace(saved)
        self._say(note or self._count_text(saved, "Loaded"), undo=True)

    def report(self, format: str = "md") -> str:
        """The report of the current recommendation: ``"md"``, ``"html"`` or ``"json"``."""
        return report(self.recommendation, format)

    def handout(self) -> str:
        """The hand-out: one self-contained HTML page (diagram, decisions, warnings by severity, checklist with
        ticks, every report section) that prints to a clean PDF."""
        from ..render.handout import handout

        return handout(self.recommendation, self.checklist, session=self.session_name,
                       scenario=_card_title(self.scenarios.get(self.scenario or ""), self.scenario))

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
        """Open the step of the next question to answer; returns its id (None when there is none)."""
        found = next_question(self.recommendation)
        if found is None:
            return None
        self.step_tabs.selected_index = list(self.steps).index(found.step)
        return found.id

    def set_projector(self, on: bool = True) -> None:
        """Projector mode: the controls and help hidden, larger type, a bigger diagram."""
        if on:
            self.add_class("twarch-projector")
        else:
            self.remove_class("twarch-projector")
        if self.projector.value != on:
            self.projector.value = on

    # ------------------------------------------------------------------------------------ sessions

    def rename(self, name: str) -> None:
        """Work under another team or session name: a saved session of that name is opened (or, when there is
        work on screen too, you choose which to keep); otherwise the work on screen is saved under it."""
        try:
            name = clean_name(name) if name.strip() else ""
        except AnswerError as exc:
            self._say(problem_text(exc), error=True)
            self.session_field.value = self.session_name
            return
        if self.session_field.value != name:
            self.session_field.value = name  # -> rename again with the cleaned name
            return
        if name == self.session_name:
            return
        saved = self._saved(name) if name else None
        self.session_name, self.based_on, self._original = name, None, None
        self.bridge.recovery = self._recovery_text()
        if saved is not None and (saved.answers, dict(saved.ticks)) != (self.answers, self.checklist.ticks):
            if self._nothing_of_your_own():
                self.load_session(saved, self._resumed_text(saved))
                return
            self._pending = saved
            self._say(f"“{name}” already has saved answers ({_count(saved)}). Which do you keep?", choose=True)
            return
        self._autosave()
        self._say(self._saved_text())

    def _resolve(self, open_saved: bool) -> None:
        saved, self._pending = self._pending, None
        if saved is None:
            return
        if open_saved:
            self.load_session(saved, self._resumed_text(saved))
        else:
            if self.store is not None and self.session_name:
                self.store.save(self.session, backup=True)
            self._autosave()
            self._say(self._saved_text() + " The file it replaced is kept as a .bak copy.")

    def duplicate(self) -> str:
        """Continue in a copy of this session (a what-if); the original stays saved as it was. Returns the new name."""
        base = self.session_name or "session"
        if self.store is not None and self.session_name:
            self.store.save(self.session)
        taken = tuple(self.browser_sessions)
        name = self.store.unique_name(f"{base} what-if", taken) if self.store is not None else _unique(
            f"{base} what-if", taken)
        original, self._original = base, self.recommendation
        self.session_name, self.based_on = name, original
        self.session_field.value = name  # rename() sees the same name and stops
        self._autosave()
        self._say(f"Now editing “{name}”, a copy of “{original}”, which is kept as it was.")
        return name

    def reset(self) -> None:
        """Clear every answer and tick (Undo brings them back)."""
        before = self.session
        self._replace(Session(self.session_name))
        self._undo = before
        self._say("Cleared every answer and tick.", undo=True)

    def undo(self) -> None:
        """Bring back what the last Reset or Load replaced."""
        if self._undo is None:
            return
        saved, self._undo = self._undo, None
        self.scenario = saved.scenario
        self._replace(saved)
        self._say(self._count_text(saved, "Brought back"))

    def download_session(self) -> str:
        """Send the session (answers and ticks) to the browser as ``<name>-answers.json``; returns the file name."""
        self._autosave()
        name = f"{slug(self.session_name) if self.session_name else 'twarch'}-answers.json"
        self.bridge.download(name, self.session.to_json(), "application/json")
        self._say(f"Downloaded {name}: Load answers, Wizard.load and twarch recommend read it back.")
        return name

    def _uploaded(self, change: dict) -> None:
        files = change["new"]
        if not files:
            return
        upload = files[0]
        name = getattr(upload, "name", None) or upload["name"]
        content = bytes(getattr(upload, "content", None) or upload["content"])
        try:
            if len(content) > MAX_FILE_BYTES:
                raise AnswerError("file", f"{quote(name)} is larger than {MAX_FILE_BYTES // 1024} KiB",
                                  f"at most {MAX_FILE_BYTES} bytes")
            saved = Session.from_dict(parse_document(content.decode("utf-8"), name), Path(name).stem)
        except (AnswerError, UnicodeDecodeError) as exc:
            message = f"{exc.field}: {exc.problem}" if isinstance(exc, AnswerError) else "the file is not UTF-8 text"
            self._say(f"Could not load {name}: {message}", error=True)
        else:
            self.load_session(saved, self._count_text(saved, f"Loaded {name}:"))
        finally:
            self.load_button.value = ()

    def _restore(self, message: dict[str, Any]) -> None:
        """The browser's stored sessions arrived (page load): bring back the one used last."""
        found: dict[str, Session] = {}
        for name, data in (message.get("sessions") or {}).items():
            try:
                found[name] = Session.from_dict(data, name)
            except (AnswerError, TypeError):
                continue  # a damaged or foreign entry is left where it is
        self.browser_sessions = found
        last = message.get("last")
        if isinstance(last, str) and last in found and not found[last].empty:
            saved = found[last]
            self.session_name = saved.name
            self.session_field.value = saved.name
            self.based_on = saved.based_on
            self.scenario = saved.scenario if saved.scenario in self.scenarios else None
            self._replace(saved)
            self._say(self._count_text(saved, "Restored from this browser:"))

    def _replace(self, saved: Session) -> None:
        self._bulk = True
        try:
            self.model.replace_all(saved.answers, dict(saved.ticks), dict(saved.prefilled), saved.rejected)
        finally:
            self._bulk = False

    def _saved(self, name: str) -> Session | None:
        if name in self.browser_sessions:
            return self.browser_sessions[name]
        try:
            return self.store.load(name) if self.store is not None else None
        except AnswerError as exc:
            self._say(f"The saved session “{name}” could not be read ({exc.field}: {exc.problem}); "
                      "it is left as it is.", error=True)
            return None

    def _nothing_of_your_own(self) -> bool:
        own = [k for k in self.answers.to_dict() if k != "request" and k not in self.model.prefilled]
        return not own and not self.checklist.ticks

    def _autosave(self) -> None:
        session = self.session
        snapshot = json.dumps(session.to_dict(), ensure_ascii=False)
        if self.bridge.snapshot != snapshot:
            self.bridge.snapshot = snapshot
        if self.bridge.storage_key:
            self.browser_sessions[session.name] = session
        if self.store is not None and session.name:
            try:
                self.store.save(session)
            except OSError as exc:
                self._say(f"Could not save to {self.store.path(session.name)}: {exc.strerror or exc}", error=True)
        recovery = self._recovery_text()
        if self.bridge.recovery != recovery:
            self.bridge.recovery = recovery

    def _recovery_text(self) -> str:
        places = []
        if self.bridge.storage_key:
            places.append("in this browser")
        if self.store is not None and self.session_name:
            places.append(f"on the server in {self.store.path(self.session_name)}")
        if not places:
            return ("The answers since the last Save answers are lost with the kernel: reload the page, then Load "
                    "answers from the file you saved.")
        who = f"session “{self.session_name}” is" if self.session_name else "your answers are"
        return (f"Nothing is lost: {who} kept {' and '.join(places)}. Reload the page"
                + (" and type the same name" if not self.bridge.storage_key else "") + " to continue.")

    # ------------------------------------------------------------------------------------ status line

    def _say(self, text: str, *, error: bool = False, undo: bool = False, choose: bool = False) -> None:
        css = ' class="twarch-error-text" role="alert"' if error else ' role="status"'
        self.status.value = f"<span{css}>{html.escape(text)}</span>"
        self.undo_button.layout.display = None if undo and self._undo is not None else "none"
        self.open_saved_button.layout.display = self.keep_mine_button.layout.display = None if choose else "none"

    def _saved_text(self) -> str:
        where = []
        if self.bridge.storage_key:
            where.append("this browser")
        if self.store is not None and self.session_name:
            where.append(str(self.store.path(self.session_name)))
        if not self.session_name:
            return ("Type a team or session name to keep your answers under it"
                    + (" (they are kept in this browser meanwhile)." if self.bridge.storage_key else "."))
        return f"Session “{self.session_name}”" + (f": saved after every change to {' and '.join(where)}."
                                                    if where else ".")

    def _resumed_text(self, saved: Session) -> str:
        return self._count_text(saved, f"Opened the saved session “{saved.name}”:")

    def _count_text(self, saved: Session, lead: str) -> str:
        return f"{lead} {_count(saved)}."

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
        self._autosave()

    def _on_tick(self, entry_id: str, status: str) -> None:
        self.model.tick(entry_id, status)

    def _export_clicked(self) -> None:
        try:
            self.export(self.export_format.value)
        except OSError as exc:
            self.export_link.value = f'<span class="twarch-error-text">Cannot export: {html.escape(str(exc))}</span>'

    def _handout_clicked(self) -> None:
        name = f"twarch-handout{'-' + slug(self.session_name) if self.session_name else ''}.html"
        self.bridge.download(name, self.handout(), "text/html")
        self._say(f"Downloaded {name}: open it and print it (Save as PDF) for the PDF hand-out.")

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
            self._autosave()  # first: the browser stores the work before the screen catches up
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
                found = next_question(rec)
                for step in self.steps.values():
                    step.mark_next(found.id if found else None)
                self.go_next.layout.display = None if found else "none"
                self.last_rendered = self.results.render(rec, model.checklist, model.mode_result,
                                                         compare=compare and change is not None and not self._bulk)
                self._titles(rec)
        finally:
            self._syncing = False
        if change is not None:
            if self.based_on and self._original is not None:
                from ..workshop import compare as compare_designs

                aspects = compare_designs(self._original, rec, names=(self.based_on, self.session_name)).rows
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


def _count(saved: Session) -> str:
    answered, ticked = len(saved.answers.to_dict()), len(saved.ticks)
    return f"{answered} answer{'s' if answered != 1 else ''}" + (
        f" and {ticked} tick{'s' if ticked != 1 else ''}" if ticked else "")


def _unique(base: str, taken: tuple[str, ...]) -> str:
    used = {slug(t) for t in taken if t.strip()}
    number = 1
    while slug(name := base if number == 1 else f"{base} {number}") in used:
        number += 1
    return name


def _cards(directory: str | Path | None) -> dict[str, str]:
    """The scenario cards in a folder: file stem -> Markdown text (none without a folder)."""
    if directory is None or not Path(directory).is_dir():
        return {}
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(Path(directory).glob("*.md"))}


def _card_title(text: str | None, card: str | None) -> str:
    if not text or not card:
        return ""
    return text.splitlines()[0].removeprefix("# ").removeprefix("Scenario: ").strip() or card
