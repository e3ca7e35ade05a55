"""The regulatory checklist as data: ``checklist.json`` loaded and validated.

Each entry is one obligation under one regime (``tcpa``, ``hipaa``, ...), with an owner, a legal status,
its sources (URL, as-of date and, optionally, the ``quote`` it rests on there, for ``twarch facts verify``) and,
where the playbook says something else, what it says and why twarch shows the sourced fact instead. An entry
applies when its regime is active and its optional ``when`` condition (see :mod:`twarch.conditions`, over the
facts of :mod:`twarch.knowledge.facts`) holds; the engine selects them (:mod:`twarch.engine.checklist`).

Pure Python: only the standard library. A bad data file fails loudly, naming the entry and field.

>>> by_id("FDCPA-02").owner, by_id("FDCPA-02").differs != ""
('you', True)
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from .. import conditions
from .facts import SET_FACTS, condition_problem
from .playbook import SECTIONS
from .regimes import REGIMES
from .sources import AS_OF, URL, Source, quote_problem

#: The data file shipped with twarch.
DATA_FILE = Path(__file__).with_name("checklist.json")

#: Who has to act: your code or process, a Twilio setting you switch on, the platform itself, a contract/counsel.
OWNERS: dict[str, str] = {
    "you": "your code or process must do it",
    "config": "you must switch on or configure a Twilio feature",
    "twilio": "the platform does it (verify)",
    "legal": "needs a contract or a decision by counsel",
}

#: The legal status of an obligation (``None``: no status given by the research).
STATUSES: dict[str, str] = {
    "in_force": "in force",
    "delayed": "delayed",
    "proposed": "proposed",
    "vacated": "vacated",
    "contested": "contested",
    "beta": "Twilio public beta",
}

#: The playbook's five regimes sit in its Regulatory Context; the others come from the research.
PLAYBOOK_REGIMES = frozenset({"tcpa", "hipaa", "pci_dss", "gdpr", "fdcpa"})

#: The shape of an entry id (``TCPA-02``, ``SEED-HIPAA-KEYROTATION``).
ENTRY_ID = re.compile(r"^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$")
_REQUIRED = ("id", "regime", "title", "obligation", "owner", "status", "sources")
_OPTIONAL = ("when", "playbook", "differs", "note", "section")
#: Entries are selected once the regulations are known: their conditions may read any earlier fact.
STAGE = "report"


@dataclass(frozen=True)
class Entry:
    """One checklist obligation. ``when`` is a frozen condition (``None``: whenever the regime applies)."""

    id: str
    regime: str
    title: str
    obligation: str
    owner: str
    status: str | None
    sources: tuple[Source, ...]
    when: Mapping[str, Any] | None = field(default=None, hash=False)
    playbook: str = ""
    differs: str = ""
    note: str = ""
    section: str = "research"

    @property
    def when_text(self) -> str:
        """The condition in words (``always`` when there is none)."""
        return conditions.describe(self.when or {}, SET_FACTS)

    @property
    def owner_text(self) -> str:
        return OWNERS[self.owner]

    @property
    def status_text(self) -> str:
        return STATUSES[self.status] if self.status else ""

    def to_dict(self) -> dict[str, Any]:
        """The entry as plain JSON data (the data file's keys, plus the resolved ``section``; the sources without
        their verification quotes, which are check strings, not text for users)."""
        out: dict[str, Any] = {"id": self.id, "regime": self.regime, "title": self.title,
                               "obligation": self.obligation, "owner": self.owner, "status": self.status}
        if self.when is not None:
            out["when"] = _thaw(self.when)
        out["sources"] = [s.to_dict() for s in self.sources]
        for key in ("playbook", "differs", "note"):
            if getattr(self, key):
                out[key] = getattr(self, key)
        out["section"] = self.section
        return out


# --------------------------------------------------------------------------------------------- loading

def load(path: str | Path | None = None) -> tuple[Entry, ...]:
    """Read and validate a checklist file (the shipped one by default); ValueError on any bad entry."""
    path = Path(path) if path is not None else DATA_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})") from None
    return parse(data, origin=str(path))


def parse(data: Any, origin: str = "checklist") -> tuple[Entry, ...]:
    """Validate checklist data: a list of entries, or a mapping with an ``entries`` list."""
    raw = data.get("entries") if isinstance(data, Mapping) else data
    if not isinstance(raw, list):
        raise ValueError(f"{origin}: expected a list of entries (or a mapping with an 'entries' list)")  # noqa: TRY004
    entries: list[Entry] = []
    seen: set[str] = set()
    for index, item in enumerate(raw):
        entry = _entry(item, index, origin)
        if entry.id in seen:
            raise ValueError(f"{origin}: entry {entry.id!r}: field 'id': duplicate id")
        seen.add(entry.id)
        entries.append(entry)
    return tuple(entries)


@lru_cache(maxsize=1)
def entries() -> tuple[Entry, ...]:
    """The shipped entries, loaded and validated once."""
    return load()


def by_id(entry_id: str) -> Entry:
    """The shipped entry with this id (KeyError when there is none)."""
    found = _index().get(entry_id)
    if found is None:
        raise KeyError(entry_id)
    return found


@lru_cache(maxsize=1)
def _index() -> Mapping[str, Entry]:
    return MappingProxyType({e.id: e for e in entries()})


def __getattr__(name: str) -> Any:
    # ENTRIES and BY_ID are loaded on first access, not at import.
    if name == "ENTRIES":
        return entries()
    if name == "BY_ID":
        return _index()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# --------------------------------------------------------------------------------------------- validation

def _entry(item: Any, index: int, origin: str) -> Entry:
    label = f"#{index}"
    if not isinstance(item, Mapping):
        raise ValueError(f"{origin}: entry {label}: expected a mapping, got {type(item).__name__}")  # noqa: TRY004
    if isinstance(item.get("id"), str) and item["id"]:
        label = repr(item["id"])

    def bad(fld: str, problem: str) -> ValueError:
        return ValueError(f"{origin}: entry {label}: field {fld!r}: {problem}")

    for key in _REQUIRED:
        if key not in item:
            raise bad(key, "missing")
    for key in item:
        if key not in _REQUIRED and key not in _OPTIONAL:
            raise bad(key, f"unknown field; allowed: {', '.join(_REQUIRED + _OPTIONAL)}")
    entry_id = item["id"]
    if not isinstance(entry_id, str) or not ENTRY_ID.match(entry_id):
        raise bad("id", f"{entry_id!r} is not an id like TCPA-02 or SEED-HIPAA-KEYROTATION")
    if item["regime"] not in REGIMES:
        raise bad("regime", f"unknown regime {item['regime']!r}; allowed: {', '.join(REGIMES)}")
    for key in ("title", "obligation"):
        if not isinstance(item[key], str) or not item[key].strip():
            raise bad(key, "expected non-empty text")
        if "\n" in item[key]:
            raise bad(key, "must be one line")
    if item["owner"] not in OWNERS:
        raise bad("owner", f"unknown owner {item['owner']!r}; allowed: {', '.join(OWNERS)}")
    if item["status"] is not None and item["status"] not in STATUSES:
        raise bad("status", f"unknown status {item['status']!r}; allowed: {', '.join(STATUSES)}, null")
    sources = _sources(item["sources"], bad)
    when = item.get("when")
    if when is not None:
        problem = condition_problem(when, before=STAGE) or ("" if when else "expected a non-empty condition")
        if problem:
            raise bad("when", problem)
        when = _freeze(when)
    texts = {}
    for key in ("playbook", "differs", "note"):
        value = item.get(key, "")
        if not isinstance(value, str) or "\n" in value:
            raise bad(key, "expected one line of text")
        texts[key] = value.strip()
    if bool(texts["playbook"]) != bool(texts["differs"]):
        missing = "differs" if texts["playbook"] else "playbook"
        raise bad(missing, "'playbook' and 'differs' go together: say what the playbook claims and why twarch differs")
    default_section = "step4.regulatory" if item["regime"] in PLAYBOOK_REGIMES else "research"
    section = item.get("section", default_section)
    if section not in SECTIONS:
        raise bad("section", f"unknown playbook section {section!r}")
    return Entry(id=entry_id, regime=item["regime"], title=item["title"].strip(),
                 obligation=item["obligation"].strip(), owner=item["owner"], status=item["status"],
                 sources=sources, when=when, section=section, **texts)


def _sources(raw: Any, bad: Any) -> tuple[Source, ...]:
    if not isinstance(raw, list) or not raw:
        raise bad("sources", "expected a non-empty list of {label, url, as_of[, quote]}")
    out = []
    for n, src in enumerate(raw):
        if not isinstance(src, Mapping):
            raise bad("sources", f"source {n}: expected a mapping")
        label, url, as_of = src.get("label"), src.get("url"), src.get("as_of")
        if not isinstance(label, str) or not label.strip():
            raise bad("sources", f"source {n}: missing label")
        if not isinstance(url, str) or not URL.match(url):
            raise bad("sources", f"source {n} ({label}): missing or invalid url {url!r}")
        if not isinstance(as_of, str) or not AS_OF.match(as_of):
            raise bad("sources", f"source {n} ({label}): as_of {as_of!r} is not YYYY[-MM[-DD]] or 'undated'")
        extra = set(src) - {"label", "url", "as_of", "quote"}
        if extra:
            raise bad("sources", f"source {n} ({label}): unknown keys {', '.join(sorted(extra))}")
        quote = src.get("quote", "")
        if quote_problem(quote):
            raise bad("sources", f"source {n} ({label}): quote {quote_problem(quote)}")
        out.append(Source(label.strip(), url, as_of, quote))
    return tuple(out)


def _freeze(value: Any) -> Any:
    if isinstance(value, Mapping):
        return MappingProxyType({k: _freeze(v) for k, v in value.items()})
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    return value


def _thaw(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {k: _thaw(v) for k, v in value.items()}
    if isinstance(value, tuple):
        return [_thaw(v) for v in value]
    return value
