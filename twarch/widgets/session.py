"""The Wizard's sessions: where a window's work is kept, and what happens when two windows work on one name.

A Wizard works on one named session at a time (a team, or one of its what-if copies). :class:`SessionKeeper` keeps
it: in the browser (through the :class:`~.bridge.PageBridge`) and in ``<sessions_dir>/<name>.json``
(:class:`~twarch.workshop.sessions.SessionStore`) after every change, and it opens, renames, copies, switches,
resets, loads and restores sessions. The Wizard shows what the keeper holds and passes the user's clicks to it.

**Two windows, one name.** Every save of a session file carries a *revision* (how many times it was saved), the
window that saved it and when (:class:`WizardSession`). A window writes only over the revision it last read or wrote
(:meth:`SessionFiles.write`, under a lock on the folder). When another window saved in between, nothing is
written: the keeper holds a :class:`Conflict` that says which window changed what, and the team chooses: take
theirs, keep mine (the file it replaces is kept as ``.bak``) or merge answer by answer (:meth:`Conflict.merged`,
where an answer only one side changed defaults to that side). Nothing is lost without the user choosing it.

**A bad file.** A session file that cannot be read (not UTF-8, not JSON, an unknown tick status ...) is left as it
is and the team sees one line saying what is wrong with it; the first save under that name moves it aside, whole,
to ``<name>.json.unreadable`` (never replacing an earlier one) before writing. Nothing a file holds makes a
callback raise: every problem becomes that one line.
"""

from __future__ import annotations

import contextlib
import datetime
import json
import os
import secrets
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from traitlets import Any as AnyTrait
from traitlets import HasTraits, List, Unicode

from ..answers import Answers
from ..checklists import DEFAULT_TICK, Checklist
from ..errors import AnswerError
from ..io.bounds import MAX_FILE_BYTES
from ..knowledge.questions import BY_ID
from ..render.wording import status_word, value_label
from ..text import check_text, preview, quote
from ..workshop.sessions import Session, SessionStore, clean_name, parse_document, slug

#: The keys a saved session file carries beside the session itself.
REVISION, SAVED_BY, SAVED_AT, CUSTOMER = "revision", "saved_by", "saved_at", "customer"
#: What an unreadable session file is renamed to (``<name>.json.unreadable``, then ``...unreadable-2`` ...).
UNREADABLE = ".unreadable"
#: What reading or writing a session file, or a browser's copy, can raise: all of it becomes one line.
PROBLEMS = (AnswerError, OSError, TypeError, ValueError)
#: How many changes a conflict line names before "and N more".
NAMED = 3
MAX_STAMP = 80


def problem_line(exc: BaseException) -> str:
    """One line for what went wrong with a session file."""
    if isinstance(exc, AnswerError):
        return f"{exc.field}: {exc.problem}"
    if isinstance(exc, UnicodeDecodeError):
        return "not UTF-8 text"
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc) or type(exc).__name__


# ------------------------------------------------------------------------------------------------ windows


@dataclass(frozen=True)
class Window:
    """The window (one page, one kernel) a Wizard runs in, as people can tell it apart: ``window 3F2A (opened
    14:02)``."""

    id: str
    opened: str

    @classmethod
    def new(cls) -> Window:
        return cls(secrets.token_hex(2).upper(), datetime.datetime.now().strftime("%H:%M"))

    @property
    def label(self) -> str:
        return f"window {self.id} (opened {self.opened})"


# ------------------------------------------------------------------------------------------------ saved sessions


@dataclass(frozen=True)
class WizardSession(Session):
    """A session as the Wizard keeps it: the workshop session, the customer it is for (the hand-out's header), and
    the stamps of its file: ``revision`` counts the saves (0: never saved), ``saved_by`` names the window and
    ``saved_at`` the time (ISO 8601, the server's clock). Other readers of the file see a plain session."""

    customer: str = ""
    revision: int = 0
    saved_by: str = ""
    saved_at: str = ""

    def to_dict(self) -> dict[str, Any]:
        out = super().to_dict()
        if self.customer:
            out[CUSTOMER] = self.customer
        if self.revision:
            out.update({REVISION: self.revision, SAVED_BY: self.saved_by, SAVED_AT: self.saved_at})
        return out

    @property
    def saved_time(self) -> str:
        """``HH:MM`` of the save ('' when unknown)."""
        return self.saved_at[11:16] if len(self.saved_at) >= 16 else ""


def stamp(session: Session, revision: int = 0, saved_by: str = "", saved_at: str = "",
          customer: str | None = None) -> WizardSession:
    """``session`` with these stamps (and its own customer, unless ``customer`` is given)."""
    if customer is None:
        customer = session.customer if isinstance(session, WizardSession) else ""
    return WizardSession(session.name, session.answers, dict(session.ticks), session.scenario, session.based_on,
                         dict(session.prefilled), session.rejected, customer=customer, revision=revision,
                         saved_by=saved_by, saved_at=saved_at)


def clean_customer(text: str) -> str:
    """A typed customer name with its spaces tidied, checked like any text (raises AnswerError)."""
    cleaned = " ".join(str(text).split())
    return check_text(CUSTOMER, cleaned, MAX_STAMP)


def checked(session: Session) -> Session:
    """The session, once its ticks are known to be usable (an unknown status or id raises AnswerError)."""
    Checklist((), ticks=session.ticks)
    return session


def read_stamped(document: Any, name: str = "") -> WizardSession:
    """A session and its stamps from a loaded document (a session file, a browser copy, a report, answers)."""
    session = checked(Session.from_dict(document, name))
    meta = document if isinstance(document, dict) else {}
    revision = meta.get(REVISION, 0)
    if isinstance(revision, bool) or not isinstance(revision, int) or not 0 <= revision < 10 ** 9:
        raise AnswerError(REVISION, f"{preview(revision)} is not a save count", "a whole number from 0")
    texts = []
    for key in (SAVED_BY, SAVED_AT, CUSTOMER):
        value = meta.get(key, "")
        if not isinstance(value, str):
            raise AnswerError(key, f"expected text, got {type(value).__name__}")
        texts.append(check_text(key, value, MAX_STAMP))
    saved_by, saved_at, customer = texts
    return stamp(session, revision, saved_by, saved_at, clean_customer(customer))


def content(session: Session | None) -> tuple:
    """What two windows can disagree on: the answers, the ticks, the scenario card and the customer."""
    if session is None:
        return (Answers(), {}, None, "")
    return (session.answers, dict(session.ticks), session.scenario, _customer(session))


def _customer(session: Session | None) -> str:
    return session.customer if isinstance(session, WizardSession) else ""


def count_text(session: Session) -> str:
    answered, ticked = len(session.answers.to_dict()), len(session.ticks)
    return f"{answered} answer{'s' if answered != 1 else ''}" + (
        f" and {ticked} tick{'s' if ticked != 1 else ''}" if ticked else "")


# ------------------------------------------------------------------------------------------------ conflicts

TICK = "tick:"
SCENARIO = "scenario"


def _values(session: Session | None) -> dict[str, Any]:
    if session is None:
        return {}
    out: dict[str, Any] = dict(session.answers.to_dict())
    out.update({TICK + entry: status for entry, status in session.ticks.items()})
    if session.scenario:
        out[SCENARIO] = session.scenario
    if _customer(session):
        out[CUSTOMER] = _customer(session)
    return out


def _title(key: str) -> str:
    if key.startswith(TICK):
        return f"checklist {key[len(TICK):]}"
    if key in (SCENARIO, CUSTOMER):
        return "scenario card" if key == SCENARIO else "customer"
    return BY_ID[key].title.rstrip("?") if key in BY_ID else key


def said(key: str, value: Any) -> str:
    """One side's value as people read it."""
    if value is None:
        return status_word(DEFAULT_TICK) if key.startswith(TICK) else "not answered"
    if key.startswith(TICK):
        return status_word(value)
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, (list, tuple)):
        return ", ".join(value_label(key, v) for v in value) or "none"
    return value_label(key, value) if key in BY_ID else str(value)


@dataclass(frozen=True)
class Difference:
    """One answer (or tick, or the scenario card) on which this window and the saved file disagree."""

    key: str
    base: Any
    mine: Any
    theirs: Any

    @property
    def title(self) -> str:
        return _title(self.key)

    @property
    def changed_by(self) -> str:
        """``mine``, ``theirs`` or ``both`` (since the revision this window last read)."""
        if self.theirs == self.base:
            return "mine"
        return "both" if self.mine != self.base else "theirs"

    @property
    def default(self) -> str:
        """The side a merge keeps unless the team says otherwise: the only side that changed it, else this window."""
        return "theirs" if self.changed_by == "theirs" else "mine"

    def text(self, side: str) -> str:
        return f"{self.title}: {said(self.key, getattr(self, side))}"


def differences(base: Session | None, mine: Session, theirs: Session) -> tuple[Difference, ...]:
    """Where ``mine`` and ``theirs`` disagree, with what ``base`` (the revision this window read; None: none) held.

    Without a base, every difference counts as changed on both sides."""
    before, m, t = _values(base), _values(mine), _values(theirs)
    keys = [q for q in BY_ID if q in m or q in t] + sorted(k for k in {*m, *t} if k not in BY_ID)
    return tuple(Difference(k, before.get(k) if base is not None else _UNKNOWN, m.get(k), t.get(k))
                 for k in keys if m.get(k) != t.get(k))


_UNKNOWN = object()  # the base of a difference when this window never read the saved session


def _named(parts: list[str]) -> str:
    shown = "; ".join(parts[:NAMED])
    return shown + (f" and {len(parts) - NAMED} more" if len(parts) > NAMED else "")


@dataclass(frozen=True)
class Conflict:
    """The saved session changed since this window read it (or this window never read it): what each side has."""

    mine: Session
    theirs: WizardSession
    base: Session | None
    differences: tuple[Difference, ...]

    @classmethod
    def between(cls, base: Session | None, mine: Session, theirs: WizardSession) -> Conflict:
        return cls(mine, theirs, base, differences(base, mine, theirs))

    @property
    def name(self) -> str:
        return self.mine.name

    @property
    def who(self) -> str:
        """The window that saved the file, as the team reads it."""
        by = self.theirs.saved_by or "another window"
        when = f" at {self.theirs.saved_time}" if self.theirs.saved_time else ""
        return f"{by}{when}"

    def text(self, this_window: str) -> str:
        """One paragraph: which window changed what, and that nothing is saved until the team chooses."""
        by = self.theirs.saved_by or "another window"
        at = f" at {self.theirs.saved_time}" if self.theirs.saved_time else ""
        if self.base is None:
            lead = (f"“{self.name}” already has saved answers ({count_text(self.theirs)}, saved by {by}{at}), and "
                    "this window has answers of its own.")
        else:
            theirs = [d.text("theirs") for d in self.differences if d.changed_by != "mine"]
            mine = [d.text("mine") for d in self.differences if d.changed_by != "theirs"]
            lead = (f"{by[0].upper()}{by[1:]} saved “{self.name}”{at}, after this window opened it. It changed: "
                    f"{_named(theirs) or 'nothing you changed'}." + (f" This window changed: {_named(mine)}."
                                                                       if mine else ""))
        return f"{lead} Nothing is saved until you choose. (This is {this_window}.)"

    def merged(self, choices: Mapping[str, str] | None = None) -> Session:
        """This window's session with, for each difference, the side ``choices`` names (``mine`` / ``theirs``;
        a difference not named takes its :attr:`Difference.default`). Raises AnswerError when the chosen answers
        do not go together."""
        choices = choices or {}
        answers = self.mine.answers.to_dict()
        ticks = dict(self.mine.ticks)
        chosen = {SCENARIO: self.mine.scenario, CUSTOMER: _customer(self.mine)}
        marks = dict(self.mine.prefilled)
        for d in self.differences:
            side = choices.get(d.key, d.default)
            if side not in ("mine", "theirs"):
                raise AnswerError(d.key, f"{preview(side)} is not a side", "mine, theirs")
            if side == "mine":
                continue
            if d.key in chosen:
                chosen[d.key] = d.theirs
                continue
            held, key = (ticks, d.key[len(TICK):]) if d.key.startswith(TICK) else (answers, d.key)
            if d.theirs is None:
                held.pop(key, None)
            else:
                held[key] = d.theirs
            if held is answers:
                marks.pop(key, None)
                if key in self.theirs.prefilled:
                    marks[key] = self.theirs.prefilled[key]
        merged = Answers.from_dict(answers)
        answered = merged.to_dict()
        return checked(WizardSession(self.mine.name, merged, ticks, chosen[SCENARIO], self.mine.based_on,
                                     {k: v for k, v in marks.items() if k in answered}, self.mine.rejected,
                                     customer=chosen[CUSTOMER] or ""))


# ------------------------------------------------------------------------------------------------ the files


class SessionFiles:
    """A :class:`~twarch.workshop.sessions.SessionStore` read and written with revisions, one window at a time."""

    def __init__(self, store: SessionStore, window: Window) -> None:
        self.store = store
        self.window = window

    def path(self, name: str) -> Path:
        return self.store.path(name)

    def read(self, name: str) -> WizardSession | None:
        """The saved session and its stamps; None without a file. An unreadable file raises (see :data:`PROBLEMS`)."""
        path = self.store.path(name)
        if not path.is_file():
            return None
        from ..io.reading import read_answers_file

        return read_stamped(read_answers_file(path), name)

    def write(self, session: Session, base: WizardSession | None, force: bool = False) -> WizardSession | Conflict:
        """Save ``session`` over the revision this window knows (``base``).

        Returns the saved :class:`WizardSession`; or, when another window saved a different session since (or this
        window never read the file there), the :class:`Conflict` and writes nothing. ``force`` (the team chose) writes
        anyway and keeps the replaced file as ``.bak``. An unreadable file raises: nothing is written over it."""
        with self._locked():
            current = self.read(session.name)
            if current is not None and content(current) == content(session):
                return current  # nothing new to write: the file already says it
            known = base is not None and current is not None and current.revision == base.revision
            if current is not None and not known and not force:
                return Conflict.between(base, session, current)
            revision = max(current.revision if current else 0, base.revision if base else 0) + 1
            saved = stamp(session, revision, self.window.label, datetime.datetime.now().isoformat(timespec="seconds"))
            self.store.save(saved, backup=force and current is not None)
            return saved

    def set_aside(self, name: str) -> Path:
        """Move an unreadable session file out of the way, whole, to ``<file>.unreadable`` (``-2``, ``-3`` ...
        when taken); returns where it went."""
        path = self.store.path(name)
        number = 1
        while (target := path.with_name(path.name + UNREADABLE + ("" if number == 1 else f"-{number}"))).exists():
            number += 1
        os.replace(path, target)
        return target

    def family(self, root: str) -> list[WizardSession]:
        """The saved sessions that are ``root``'s what-if copies (readable ones only)."""
        sessions, _problems = self.store.load_all()
        return [stamp(s) for s in sessions.values() if s.based_on == root]

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        """Hold an exclusive lock on the sessions folder (POSIX; elsewhere the revision check alone)."""
        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows
            yield
            return
        self.store.directory.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.store.directory, os.O_RDONLY)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            os.close(fd)


# ------------------------------------------------------------------------------------------------ the keeper


class SessionKeeper(HasTraits):
    """One window's sessions: the one on screen, where it is kept, its what-if family and any conflict.

    ``current()`` returns the work on screen (answers, ticks, pre-fill marks) as a session under this keeper's name;
    ``show(session)`` puts a whole session on screen; ``say(text, error=False, undo=False)`` shows the one status
    line. ``bridge`` is the page's :class:`~.bridge.PageBridge` (browser storage when its ``storage_key`` is set).
    """

    name = Unicode("", help="The session on screen ('' before the team names it).")
    family: List[str] = List(help="The names of the session's family: the original first, then its what-if copies.")
    conflict = AnyTrait(None, allow_none=True, help="A Conflict waiting for the team's choice, or None.")

    def __init__(self, *, bridge: Any, current: Callable[[str], WizardSession], show: Callable[[Session], None],
                 say: Callable[..., None], store: SessionStore | None = None, window: Window | None = None) -> None:
        super().__init__()
        self.window = window or Window.new()
        self.files = SessionFiles(store, self.window) if store is not None else None
        self.bridge = bridge
        self._current, self._show, self.say = current, show, say
        self.scenario: str | None = None  #: the scenario card the team works on
        self.customer = ""  #: who the design is for (the hand-out's header)
        self.based_on: str | None = None
        self.base: WizardSession | None = None  #: the revision of the file this window last read or wrote
        self.browser: dict[str, WizardSession] = {}  #: the sessions this browser keeps, by name
        self.unreadable = ""  #: what is wrong with the session file of this name ('' when nothing)
        self.undo_copy: Session | None = None

    # ---------------------------------------------------------------------------- reading

    @property
    def session(self) -> WizardSession:
        """The work on screen, under this session's name."""
        return self._current(self.name)

    def open_file(self, name: str) -> WizardSession | None:
        """The saved session of that name, or None (no file, no store, or a file that cannot be read: then
        :attr:`unreadable` says why and the one line shows it). Sets :attr:`base` to what was read: the file, or,
        without one, revision 0 of an empty session (so a file another window creates later is noticed)."""
        self.unreadable = ""
        self.base = None
        if self.files is None or not name:
            return None
        try:
            saved = self.files.read(name)
        except PROBLEMS as exc:
            self.unreadable = problem_line(exc)
            self.say(self.unreadable_text(name), error=True)
            return None
        self.base = saved if saved is not None else stamp(Session(name))
        return saved

    def unreadable_text(self, name: str) -> str:
        path = self.files.path(name) if self.files is not None else Path(f"{slug(name)}.json")
        return (f"The saved session “{name}” cannot be read ({self.unreadable}). It is left as it is: your next "
                f"change keeps it as {path.name}{UNREADABLE} and saves your work to {path.name}.")

    def start(self, name: str) -> WizardSession | None:
        """At start: take ``name`` and open its saved session (None when there is none or it cannot be read)."""
        self.name = name
        saved = self.open_file(name)
        if saved is not None:
            self.based_on = saved.based_on
            self._adopt(saved)
        self._find_family()
        return saved

    # ---------------------------------------------------------------------------- saving

    def autosave(self) -> None:
        """Keep the work on screen: in the session file (over the revision this window knows) and in the browser."""
        session = self.session
        if self.files is not None and session.name:
            self._write(session)
        self._to_browser(session)

    def _write(self, session: Session, force: bool = False) -> bool:
        """Write to the session file; True when the file now holds ``session``."""
        assert self.files is not None
        if self.conflict is not None and not force:
            self.conflict = Conflict.between(self.conflict.base, session, self.conflict.theirs)
            return False
        try:
            if self.unreadable:
                kept = self.files.set_aside(session.name)
                self.say(f"The saved session “{session.name}” could not be read ({self.unreadable}): it is kept as "
                         f"{kept.name}, and your work is saved to {self.files.path(session.name).name}.", error=True)
                self.unreadable = ""
            result = self.files.write(session, self.base, force=force)
        except PROBLEMS as exc:
            self.say(f"Could not save to {self.files.path(session.name)}: {problem_line(exc)}. Your answers are "
                     "still on screen" + (" and in this browser." if self.bridge.storage_key else "."), error=True)
            return False
        if isinstance(result, Conflict):
            self.conflict = result
            return False
        self.base = result
        return True

    def _to_browser(self, session: Session) -> None:
        revision = self.base.revision if self.base is not None else 0
        kept = stamp(session, revision, *((self.base.saved_by, self.base.saved_at) if self.base else ("", "")))
        document = kept.to_dict()
        if self.conflict is not None:
            document["unsaved"] = True  # this copy is not in the file: a reload must not drop it
        snapshot = json.dumps(document, ensure_ascii=False)
        if self.bridge.snapshot != snapshot:
            self.bridge.snapshot = snapshot
        if self.bridge.storage_key:
            self.browser[session.name] = kept

    # ---------------------------------------------------------------------------- resolving a conflict

    def take_theirs(self) -> None:
        """Put the saved session on screen (this window's version can be brought back with Undo)."""
        conflict = self.conflict
        if conflict is None:
            return
        self.conflict, self.base = None, conflict.theirs
        self.undo_copy = conflict.mine
        self._adopt(conflict.theirs)
        self._show(conflict.theirs)
        self.say(f"Took the saved “{self.name}” ({count_text(conflict.theirs)}) from {conflict.who}; Undo brings "
                 "this window's version back.", undo=True)

    def keep_mine(self) -> None:
        """Save this window's version over the saved session, which is kept as a ``.bak`` copy."""
        conflict = self.conflict
        if conflict is None:
            return
        self.conflict = None
        if self._write(self.session, force=True):
            self._to_browser(self.session)
            self.say(f"Saved this window's “{self.name}”; the version from {conflict.who} is kept as "
                     f"{self.files.path(self.name).name}.bak." if self.files else "Kept this window's version.")

    def merge(self, choices: Mapping[str, str]) -> None:
        """Save the merge of both versions, answer by answer (the saved file is kept as a ``.bak`` copy)."""
        conflict = self.conflict
        if conflict is None:
            return
        try:
            merged = conflict.merged(choices)
        except AnswerError as exc:
            self.say(f"Cannot merge: {problem_line(exc)}. Choose another side for it.", error=True)
            return
        self.conflict = None
        self.undo_copy = conflict.mine
        self._adopt(merged)
        saved = self._write(merged, force=True)  # first: putting it on screen then saves nothing new
        self._show(merged)
        if saved:
            self._to_browser(self.session)
            taken = sum(1 for d in conflict.differences if choices.get(d.key, d.default) == "theirs")
            self.say(f"Merged “{self.name}”: {taken} of {len(conflict.differences)} differing answers taken from "
                     f"{conflict.who}; the file it replaced is kept as .bak. Undo brings this window's version back.",
                     undo=True)

    # ---------------------------------------------------------------------------- names, copies, switching

    def rename(self, typed: str) -> None:
        """Work under another name: its saved session opens when the screen holds nothing of the team's own;
        otherwise the team chooses (a :class:`Conflict` without a base); no saved session: the work is saved
        under the name."""
        try:
            name = clean_name(typed) if typed.strip() else ""
        except AnswerError as exc:
            self.say(problem_line(exc), error=True)
            self.name = self.name  # the field shows the old name again
            return
        if name == self.name:
            return
        self.conflict = None
        mine = self.session
        self.name, self.based_on = name, None
        saved = self.open_file(name) or self.browser.get(name)
        if saved is not None:
            self.based_on = saved.based_on
        self._find_family()
        if saved is not None and content(saved) != content(mine):
            if self._nothing_of_our_own(mine):
                self._open(saved, f"Opened the saved session “{name}”: {count_text(saved)}.")
                return
            self.conflict = Conflict.between(None, self._current(name), saved)
            return
        self.autosave()
        if not self.unreadable:
            self.say(self.saved_text())

    def switch(self, name: str) -> None:
        """Open another session of the family (the picker): this one is saved first; nothing is asked."""
        if name == self.name or not name:
            return
        if self.conflict is not None:
            self.say(f"Choose what to keep of “{self.name}” first: take theirs, keep mine or merge.", error=True)
            self.family = list(self.family)
            return
        self.autosave()
        keep = self.base
        saved = self.open_file(name) or self.browser.get(name)
        if saved is None:
            self.base = keep
            if not self.unreadable:
                self.say(f"“{name}” is not saved here any more.", error=True)
            self._find_family()
            return
        self.name, self.based_on = name, saved.based_on
        self._open(saved, f"Now on “{name}”: {count_text(saved)}.")
        self._find_family()

    def duplicate(self) -> str:
        """Continue in a new what-if copy of this session's family (the original and every copy stay as they are);
        returns the copy's name."""
        root = self.based_on or self.name or "session"
        self.autosave()
        taken = tuple(self.browser) + tuple(self.family)
        name = self.files.store.unique_name(f"{root} what-if", taken) if self.files is not None else _unique(
            f"{root} what-if", taken)
        copied_from = self.name or root
        self.conflict = None
        self.name, self.based_on, self.base = name, root, stamp(Session(name))
        self.autosave()
        self._find_family()
        self.say(f"Now editing “{name}”, a copy of “{copied_from}”, which is kept as it was.")
        return name

    def original(self) -> Session | None:
        """The original of this what-if (None when this session is no copy, or the original is gone)."""
        if not self.based_on:
            return None
        if self.based_on in self.browser:
            return self.browser[self.based_on]
        try:
            return self.files.read(self.based_on) if self.files is not None else None
        except PROBLEMS:
            return None

    def _find_family(self) -> None:
        root = self.based_on or self.name
        if not root:
            self.family = []
            return
        copies = {s.name for s in self.browser.values() if s.based_on == root}
        if self.files is not None:
            with contextlib.suppress(*PROBLEMS):
                copies |= {s.name for s in self.files.family(root)}
        if self.based_on:
            copies.add(self.name)
        self.family = [root, *sorted(copies - {root}, key=_copy_order)]

    # ---------------------------------------------------------------------------- whole sessions

    def _adopt(self, saved: Session) -> None:
        """Take a session's scenario card and customer (they travel with its answers)."""
        self.scenario, self.customer = saved.scenario, _customer(saved)

    def _open(self, saved: Session, note: str) -> None:
        self.undo_copy = None
        self._adopt(saved)
        self._show(saved)
        self.say(note)

    def reset(self) -> None:
        """Clear every answer and tick (Undo brings them back)."""
        before = self.session
        self.scenario, self.customer = None, ""
        self._show(Session(self.name))
        self.undo_copy = before
        self.say("Cleared every answer and tick.", undo=True)

    def undo(self) -> None:
        """Bring back what the last Reset, Load, take-theirs or merge replaced."""
        if self.undo_copy is None:
            return
        saved, self.undo_copy = self.undo_copy, None
        self._adopt(saved)
        self._show(saved)
        self.say(f"Brought back {count_text(saved)}.")

    def load(self, saved: Session, note: str) -> None:
        """Put a loaded session's answers, ticks and card on screen under this name (Undo can bring back what it
        replaced)."""
        before = self.session
        if saved.scenario:
            self.scenario = saved.scenario
        if _customer(saved):
            self.customer = _customer(saved)
        self._show(saved)
        self.undo_copy = before
        self.say(note, undo=True)

    def upload(self, file_name: str, data: bytes) -> None:
        """Load an uploaded file (a session, a JSON report or an answers file); a bad one changes nothing and says
        why in one line."""
        try:
            if len(data) > MAX_FILE_BYTES:
                raise AnswerError("file", f"{quote(file_name)} is larger than {MAX_FILE_BYTES // 1024} KiB",
                                  f"at most {MAX_FILE_BYTES} bytes")
            saved = read_stamped(parse_document(data.decode("utf-8"), file_name), Path(file_name).stem)
        except PROBLEMS as exc:
            self.say(f"Could not load {file_name}: {problem_line(exc)}. Nothing changed.", error=True)
            return
        self.load(saved, f"Loaded {file_name}: {count_text(saved)}.")

    def restore(self, message: Mapping[str, Any]) -> None:
        """The browser's copies arrived (page load): bring back the session used last, unless the file holds a
        newer revision, which opens instead (or, when the browser holds changes the file does not, the team
        chooses)."""
        found: dict[str, WizardSession] = {}
        unsaved: set[str] = set()
        sessions = message.get("sessions")
        for name, data in (sessions.items() if isinstance(sessions, dict) else ()):
            try:
                found[name] = read_stamped(data, name)
            except PROBLEMS:
                continue  # a damaged or foreign entry is left where it is
            if isinstance(data, dict) and data.get("unsaved") is True:
                unsaved.add(name)
        self.browser = found
        last = message.get("last")
        if not isinstance(last, str) or last not in found or found[last].empty:
            self._find_family()
            return
        copy = found[last]
        self.name, self.based_on = copy.name, copy.based_on
        self._adopt(copy)
        saved = self.open_file(copy.name)
        self._find_family()
        if saved is None or content(saved) == content(copy):
            self._show(copy)
            if not self.unreadable:
                self.say(f"Restored from this browser: {count_text(copy)}.")
            return
        if saved.revision > copy.revision and last not in unsaved:
            self._adopt(saved)
            changes = [d.text("theirs") for d in differences(copy, copy, saved)]
            self._show(saved)
            self.say(f"Opened “{copy.name}” as {saved.saved_by or 'another window'} saved it"
                     f"{' at ' + saved.saved_time if saved.saved_time else ''}, newer than this browser's copy: "
                     f"{_named(changes)}.")
            return
        self._show(copy)
        self.conflict = Conflict.between(None if last in unsaved else copy, copy, saved)

    # ---------------------------------------------------------------------------- texts

    def saved_text(self) -> str:
        where = []
        if self.bridge.storage_key:
            where.append("this browser")
        if self.files is not None and self.name:
            where.append(str(self.files.path(self.name)))
        if not self.name:
            return ("Type a team or session name to keep your answers under it"
                    + (" (they are kept in this browser meanwhile)." if self.bridge.storage_key else "."))
        return f"Session “{self.name}”" + (f": saved after every change to {' and '.join(where)}." if where else ".")

    def recovery_text(self) -> str:
        """What the lost-connection banner says is kept, and how to get it back."""
        places = []
        if self.bridge.storage_key:
            places.append("in this browser")
        if self.files is not None and self.name:
            places.append(f"on the server in {self.files.path(self.name)}")
        if not places:
            return ("The answers since the last Save answers are lost with the kernel: reload the page, then Load "
                    "answers from the file you saved.")
        who = f"session “{self.name}” is" if self.name else "your answers are"
        return (f"Nothing is lost: {who} kept {' and '.join(places)}. Reload the page"
                + (" and type the same name" if not self.bridge.storage_key else "") + " to continue.")

    def _nothing_of_our_own(self, session: Session) -> bool:
        own = [k for k in session.answers.to_dict() if k != "request" and k not in session.prefilled]
        return not own and not session.ticks


def _copy_order(name: str) -> tuple[int, str]:
    tail = name.rsplit(" ", 1)[-1]
    return (int(tail), name) if tail.isdigit() else (1, name)


def _unique(base: str, taken: tuple[str, ...]) -> str:
    used = {slug(t) for t in taken if t.strip()}
    number = 1
    while slug(name := base if number == 1 else f"{base} {number}") in used:
        number += 1
    return name


__all__ = ["Conflict", "Difference", "SessionFiles", "SessionKeeper", "WizardSession", "Window", "differences",
           "read_stamped"]
