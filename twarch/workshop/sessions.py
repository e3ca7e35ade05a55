"""Saved work that survives a reload, a lost kernel and a careless Run All.

A :class:`Session` is one team's (or one what-if's) answers, checklist ticks and scenario card, under the name
the team typed. A :class:`SessionStore` keeps one JSON file per session in a directory (the Wizard autosaves
into it after every change; the facilitator notebook reads them all back). A session file loads anywhere
answers load (``Answers.load``, ``twarch recommend``): its answers sit under ``"answers"``.

A session file is checked as strictly as an answers file: its name, ``scenario`` and ``based_on`` are short text
without control, bidirectional or invisible characters (:func:`twarch.text.check_text`), its pre-fill words are the
request's kind of text, its ticks are checklist ids with known statuses. A file that fails is never half-read: it
raises one :class:`~twarch.AnswerError` naming the field (:meth:`SessionStore.load_or_report` turns that into one
line), and :meth:`SessionStore.save` never replaces it: it moves it, as it is, to ``<file>.unreadable`` first.

:func:`save_answers` writes an answers file the careful way: it refuses to replace saved answers with an
empty set, keeps the file it replaces as ``<name>.bak`` and writes atomically. Standard library only.

>>> Session("Falcons", Answers(memory=True)).to_dict()["answers"]
{'memory': True}
>>> slug("Équipe Falcons / round 2")
'equipe-falcons-round-2'
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..answers import Answers
from ..checklists import Checklist
from ..errors import AnswerError
from ..io.answer_files import answers_in, ticks_in
from ..io.bounds import MAX_FILE_BYTES
from ..io.files import write_bytes, write_text
from ..io.reading import YAML_SUFFIXES, parse_json, parse_yaml, read_answers_file
from ..reader.request import rejected_ids
from ..text import check_text, field_name, quote

SESSION_FORMAT = "twarch-session"
SESSION_VERSION = 1
#: Where a Wizard keeps its session files when no directory is given (``TWARCH_SESSIONS_DIR`` overrides).
SESSIONS_ENV = "TWARCH_SESSIONS_DIR"
#: Characters in a session name, and in ``based_on`` (another session's name) and ``scenario`` (a card's name).
MAX_NAME = 60
#: Characters of the request's words an answer was pre-filled from.
MAX_PHRASE = 200
BACKUP_SUFFIX = ".bak"
#: What an unreadable session file is moved to before anything is saved in its place (then ``.unreadable-2``...).
UNREADABLE_SUFFIX = ".unreadable"
_NOT_SLUG = re.compile(r"[^a-z0-9_]+")


def slug(name: str) -> str:
    """The file-name form of a session name: lower case, runs of other characters as one ``-``."""
    ascii_text = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode("ascii")
    text = _NOT_SLUG.sub("-", ascii_text.strip().lower()).strip("-")
    if not text:
        raise AnswerError("session name", f"{name!r} has no letter or digit to name a file after",
                          "a team or session name such as 'falcons'")
    return text[:MAX_NAME]


def clean_name(name: str) -> str:
    """A typed session name with its outer spaces removed, checked to be usable (raises AnswerError)."""
    text = check_text("session name", " ".join(str(name).split()), MAX_NAME)
    slug(text)
    return text


def _short_text(key: str, value: Any) -> str | None:
    """``based_on`` or ``scenario`` of a session file: absent, or short text of allowed characters."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise AnswerError(key, f"expected text, got {type(value).__name__}")
    return check_text(key, value, MAX_NAME)


def _prefilled(value: Any, answered: Mapping[str, Any]) -> dict[str, str]:
    """The pre-fill marks of a session file: answered question ids mapped to the request's words they came from."""
    allowed = "answered question ids mapped to the words they came from"
    if not isinstance(value, dict):
        raise AnswerError("prefilled", f"expected a mapping, got {type(value).__name__}", allowed)
    for key, words in value.items():
        if key not in answered:
            raise AnswerError("prefilled", f"{field_name(key)} is not an answered question", allowed)
        if not isinstance(words, str):
            raise AnswerError(f"prefilled.{key}", f"expected text, got {type(words).__name__}")
        check_text(f"prefilled.{key}", words, MAX_PHRASE)
    return dict(value)


def _ticks(value: Any) -> dict[str, str]:
    """The checklist ticks of a session file, every id and status checked (``ticks.<id>`` names a bad one)."""
    try:
        return Checklist(ticks=value).ticks
    except AnswerError as exc:
        field = "ticks" if exc.field == "checklist id" else f"ticks.{exc.field}"
        raise AnswerError(field, exc.problem, exc.allowed) from None


@dataclass(frozen=True)
class Session:
    """One team's work: the answers, the checklist ticks (kept apart from the items) and the scenario card.

    ``name`` is what the team typed; ``""`` is the unnamed session a browser keeps before a name is given."""

    name: str
    answers: Answers = field(default_factory=Answers)
    ticks: Mapping[str, str] = field(default_factory=dict)
    scenario: str | None = None
    based_on: str | None = None  #: the session this what-if was duplicated from
    prefilled: Mapping[str, str] = field(default_factory=dict)  #: answer id -> the request's words it came from
    rejected: tuple[str, ...] = ()  #: question ids whose reading from the request the user turned down

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"format": SESSION_FORMAT, "version": SESSION_VERSION, "name": self.name}
        if self.scenario:
            out["scenario"] = self.scenario
        if self.based_on:
            out["based_on"] = self.based_on
        out["answers"] = self.answers.to_dict()
        out["ticks"] = dict(self.ticks)
        if self.prefilled:
            out["prefilled"] = dict(self.prefilled)
        if self.rejected:
            out["rejected"] = list(self.rejected)
        return out

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n"

    @classmethod
    def from_dict(cls, data: Any, name: str = "") -> Session:
        """A session from a session file, a JSON report or a bare answers file (validated; raises AnswerError)."""
        answers = Answers.from_dict(answers_in(data))
        ticks = _ticks(ticks_in(data))
        meta = data if isinstance(data, dict) and data.get("format") == SESSION_FORMAT else {}
        scenario, based_on = _short_text("scenario", meta.get("scenario")), _short_text("based_on",
                                                                                        meta.get("based_on"))
        prefilled = _prefilled(meta.get("prefilled") or {}, answers.to_dict())
        given = meta.get("name") if "name" in meta else name
        if not isinstance(given, str):
            raise AnswerError("session name", f"expected text, got {type(given).__name__}")
        rejected = meta.get("rejected") or []
        if not isinstance(rejected, list):
            raise AnswerError("rejected", f"expected a list of question ids, got {type(rejected).__name__}",
                              "question ids (twarch questions lists them)")
        return cls(clean_name(given) if given.strip() else "", answers, ticks, scenario, based_on, prefilled,
                   tuple(sorted(rejected_ids(rejected))))

    @property
    def empty(self) -> bool:
        return not self.answers.to_dict() and not self.ticks


def parse_document(text: str, name: str) -> Any:
    """The document in a file's text (an upload): YAML for a ``.yaml`` / ``.yml`` name, JSON otherwise, parsed
    within the answers files' bounds (:mod:`twarch.io.reading`); an :class:`AnswerError` when it is bad."""
    if name.lower().endswith(YAML_SUFFIXES):
        return parse_yaml(text, quote(name))
    return parse_json(text)


def load_session(path: str | Path) -> Session:
    """A session from any file twarch writes: a session, a JSON report or an answers file (JSON or YAML)."""
    path = Path(path)
    return Session.from_dict(read_answers_file(path), path.stem)


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` whole or not at all (:func:`twarch.io.files.write_text`), creating its folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_text(path, text)


def backup_path(path: Path) -> Path:
    return path.with_name(path.name + BACKUP_SUFFIX)


def _readable(data: bytes, name: str) -> bool:
    """Whether a session file's first bytes load as a session (what :meth:`SessionStore.load` would do with them)."""
    try:
        Session.from_dict(parse_json(data.decode("utf-8")), name)
    except (AnswerError, UnicodeDecodeError):
        return False
    return True


def _head(path: Path) -> bytes:
    """A file's bytes, but no more than one past what an answers file may hold (a larger one is unreadable)."""
    with open(path, "rb") as stream:
        return stream.read(MAX_FILE_BYTES + 1)


def aside_path(path: Path) -> Path:
    """Where an unreadable ``path`` is moved before anything is saved in its place: ``<file>.unreadable``, or the
    first free ``<file>.unreadable-N`` (a file kept before is never replaced)."""
    number = 1
    while True:
        kept = path.with_name(path.name + UNREADABLE_SUFFIX + (f"-{number}" if number > 1 else ""))
        if not os.path.lexists(kept):
            return kept
        number += 1


class SessionStore:
    """One ``<slug>.json`` per session in ``directory`` (created on the first save)."""

    def __init__(self, directory: str | Path) -> None:
        self.directory = Path(directory)

    def __repr__(self) -> str:
        return f"SessionStore({str(self.directory)!r})"

    def path(self, name: str) -> Path:
        return self.directory / f"{slug(name)}.json"

    def exists(self, name: str) -> bool:
        return self.path(name).is_file()

    def load(self, name: str) -> Session | None:
        """The saved session of that name, or None when there is none.

        A file that cannot be read as a session (not UTF-8, not JSON, an unknown answer or tick status, a control
        or bidirectional character in its text, an over-long ``based_on``...) raises one :class:`AnswerError`
        naming the field, never another exception."""
        path = self.path(name)
        return Session.from_dict(read_answers_file(path), name) if path.is_file() else None

    def load_or_report(self, name: str) -> tuple[Session | None, str]:
        """``(session, "")`` for a readable saved session, ``(None, "")`` when there is none, and ``(None, problem)``
        when its file cannot be read: ``problem`` is one line for the team, saying which file, what is wrong with it
        and that it is kept (:meth:`save` moves it to ``<file>.unreadable`` before saving in its place).

        The Wizard calls this instead of :meth:`load`: it never raises for a bad file, and ``problem`` can be shown
        as it is.

        >>> import tempfile
        >>> store = SessionStore(tempfile.mkdtemp())
        >>> _ = store.path("falcons").write_bytes(b'{"answers": {"memory": "maybe"}}')
        >>> store.load_or_report("falcons")
        (None, 'The saved session falcons.json cannot be read (memory: "maybe" is not allowed; allowed: true, false); \
it is kept as it is, and moved to falcons.json.unreadable before anything is saved in its place.')
        """
        path = self.path(name)
        try:
            return self.load(name), ""
        except AnswerError as exc:
            return None, (f"The saved session {path.name} cannot be read ({exc}); it is kept as it is, and moved to "
                          f"{aside_path(path).name} before anything is saved in its place.")

    def save(self, session: Session, backup: bool = False) -> Path:
        """Write the session. The file it replaces is first kept as ``.bak`` when ``backup`` is set or when the
        new session would lose every answer and tick. A file in its place that cannot be read as a session (see
        :meth:`load`) is never replaced: it is moved, whole and as it is, to :func:`aside_path` (``<file>.unreadable``,
        ``.unreadable-2``...), and the session is saved beside it."""
        path = self.path(session.name)
        data = session.to_json().encode("utf-8")
        if path.is_file():
            old = _head(path)
            if old == data:
                return path
            if not _readable(old, session.name):
                os.replace(path, aside_path(path))
            elif backup or session.empty:
                write_bytes(backup_path(path), old)
        path.parent.mkdir(parents=True, exist_ok=True)
        write_bytes(path, data)
        return path

    def names(self) -> list[str]:
        """The sessions saved here, by the names they were saved under, in file order."""
        return list(self.load_all()[0])

    def load_all(self) -> tuple[dict[str, Session], dict[str, str]]:
        """Every session file here: ``({name: session}, {file name: problem})`` (a broken file does not stop
        the others)."""
        sessions: dict[str, Session] = {}
        problems: dict[str, str] = {}
        if not self.directory.is_dir():
            return sessions, problems
        for path in sorted(self.directory.glob("*.json")):
            try:
                session = Session.from_dict(read_answers_file(path), path.stem)
            except AnswerError as exc:
                problems[path.name] = str(exc)
                continue
            sessions[session.name] = session
        return sessions, problems

    def unique_name(self, base: str, taken: tuple[str, ...] = ()) -> str:
        """``base``, or ``base 2``, ``base 3`` ... : the first name with no session file and not in ``taken``."""
        used = {slug(t) for t in taken if t.strip()}
        number = 1
        while True:
            name = base if number == 1 else f"{base} {number}"
            if slug(name) not in used and not self.exists(name):
                return name
            number += 1


def default_store(directory: str | Path | None = None) -> SessionStore:
    """The store in ``directory``, else in ``$TWARCH_SESSIONS_DIR``, else in ``./sessions``."""
    return SessionStore(directory if directory is not None else os.environ.get(SESSIONS_ENV) or "sessions")


def save_answers(answers: Answers, path: str | Path) -> Path:
    """Write an answers file (JSON, or YAML for .yaml / .yml), carefully.

    * Refuses (:class:`~twarch.AnswerError`, nothing written) to replace a file that holds answers with an empty
      set: a notebook run from the top must not wipe a team's work.
    * Keeps the file it replaces as ``<file>.bak``; writes nothing when the content is the same.
    * Writes atomically (a temporary file, then a rename).
    """
    path = Path(path)
    new = answers.to_dict()
    if path.is_file():
        try:
            held = len(Answers.load(path).to_dict())
        except AnswerError:
            held = None  # unreadable: replace it, but keep it as the backup
        if not new and held:
            raise AnswerError("answers", f"not saved: these answers are empty and {path} already holds {held} "
                                         "answers; fill in the Wizard first (the file was left as it was)")
    if path.suffix.lower() in (".yaml", ".yml"):
        import yaml

        text = yaml.safe_dump(new, sort_keys=False, allow_unicode=True)
    else:
        text = answers.to_json()
    if path.is_file():
        old = path.read_bytes()
        if old == text.encode("utf-8"):
            return path
        write_bytes(backup_path(path), old)  # its bytes, whatever they are
    write_atomically(path, text)
    return path


__all__ = ["SESSION_FORMAT", "Session", "SessionStore", "clean_name", "default_store", "load_session", "parse_document",
           "save_answers", "slug"]
