"""Saved work that survives a reload, a lost kernel and a careless Run All.

A :class:`Session` is one team's (or one what-if's) answers, checklist ticks and scenario card, under the name
the team typed. A :class:`SessionStore` keeps one JSON file per session in a directory (the Wizard autosaves
into it after every change; the facilitator notebook reads them all back). A session file loads anywhere
answers load (``Answers.load``, ``twarch recommend``): its answers sit under ``"answers"``.

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
from ..errors import AnswerError
from ..io.answer_files import answers_in, ticks_in
from ..io.files import write_text
from ..io.reading import YAML_SUFFIXES, parse_json, parse_yaml, read_answers_file
from ..reader.request import rejected_ids
from ..text import quote

SESSION_FORMAT = "twarch-session"
SESSION_VERSION = 1
#: Where a Wizard keeps its session files when no directory is given (``TWARCH_SESSIONS_DIR`` overrides).
SESSIONS_ENV = "TWARCH_SESSIONS_DIR"
MAX_NAME = 60
MAX_PHRASE = 200
BACKUP_SUFFIX = ".bak"
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
    text = " ".join(str(name).split())
    if len(text) > MAX_NAME:
        raise AnswerError("session name", f"{len(text)} characters; at most {MAX_NAME}")
    slug(text)
    return text


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
        ticks = ticks_in(data)
        meta = data if isinstance(data, dict) and data.get("format") == SESSION_FORMAT else {}
        scenario, based_on = meta.get("scenario"), meta.get("based_on")
        for key, value in (("scenario", scenario), ("based_on", based_on)):
            if value is not None and not isinstance(value, str):
                raise AnswerError(key, f"expected text, got {type(value).__name__}")
        prefilled = meta.get("prefilled") or {}
        answered = answers.to_dict()
        if not isinstance(prefilled, dict) or not all(
                k in answered and isinstance(v, str) and len(v) <= MAX_PHRASE for k, v in prefilled.items()):
            raise AnswerError("prefilled", "expected answered question ids mapped to the words they came from")
        given = meta.get("name") if "name" in meta else name
        if not isinstance(given, str):
            raise AnswerError("session name", f"expected text, got {type(given).__name__}")
        rejected = meta.get("rejected") or []
        if not isinstance(rejected, list):
            raise AnswerError("rejected", f"expected a list of question ids, got {type(rejected).__name__}")
        return cls(clean_name(given) if given.strip() else "", answers, dict(ticks), scenario, based_on,
                   dict(prefilled), tuple(sorted(rejected_ids(rejected))))

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
        """The saved session of that name, or None when there is none (a broken file raises AnswerError)."""
        path = self.path(name)
        return Session.from_dict(read_answers_file(path), name) if path.is_file() else None

    def save(self, session: Session, backup: bool = False) -> Path:
        """Write the session. The file it replaces is first kept as ``.bak`` when ``backup`` is set or when the
        new session would lose every answer and tick."""
        path = self.path(session.name)
        text = session.to_json()
        if path.is_file():
            old = path.read_text(encoding="utf-8")
            if old == text:
                return path
            if backup or session.empty:
                write_atomically(backup_path(path), old)
        write_atomically(path, text)
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
        old = path.read_text(encoding="utf-8", errors="replace")
        if old == text:
            return path
        write_atomically(backup_path(path), old)
    write_atomically(path, text)
    return path


__all__ = ["SESSION_FORMAT", "Session", "SessionStore", "clean_name", "default_store", "load_session", "parse_document",
           "save_answers", "slug"]
