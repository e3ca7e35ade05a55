"""The regulatory checklist as data: ``checklist.json`` loaded, validated and filtered by answer facts.

Each entry is one obligation under one regime (``tcpa``, ``hipaa``, ...), with an owner, a legal status,
its sources (URL and as-of date) and, where the playbook says something else, what it says and why
twarch shows the sourced fact instead. An entry applies when its regime is active and its optional
``when`` condition (see :mod:`twarch.conditions`) holds of the facts.

Pure Python: only the standard library. A bad data file fails loudly, naming the entry and field.

>>> facts = {"regimes": ["fdcpa"], "channels": ["voice"], "voice": True}
>>> [e.id for e in entries_for(facts)][:3]
['FDCPA-01', 'FDCPA-02', 'FDCPA-03']
>>> by_id("FDCPA-02").owner, by_id("FDCPA-02").differs != ""
('you', True)
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from .. import conditions

if TYPE_CHECKING:  # imported lazily at run time to keep this module free of import cycles
    from ..recommendation import Item, Why

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

#: Facts derived from a recommendation, on top of the answers' own fields.
DERIVED_FACTS = ("voice", "voice_transport", "products", "regimes")

#: The playbook's five regimes sit in its Regulatory Context; the others come from the research.
PLAYBOOK_REGIMES = frozenset({"tcpa", "hipaa", "pci_dss", "gdpr", "fdcpa"})

#: The shape of an entry id (``TCPA-02``, ``SEED-HIPAA-KEYROTATION``).
ENTRY_ID = re.compile(r"^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$")
_AS_OF = re.compile(r"^(undated|\d{4}(-\d{2}(-\d{2})?)?)$")
_URL = re.compile(r"^https?://[^\s]+$")
_REQUIRED = ("id", "regime", "title", "obligation", "owner", "status", "sources")
_OPTIONAL = ("when", "playbook", "differs", "note", "section")
_COMPARISONS = frozenset({"gt", "ge", "lt", "le"})
_TRANSPORTS = ("conversation_relay", "media_streams")


@dataclass(frozen=True)
class EntrySource:
    """Where an entry's fact comes from: a label, a URL and the date shown there (or ``undated``)."""

    label: str
    url: str
    as_of: str

    def to_dict(self) -> dict[str, str]:
        return {"label": self.label, "url": self.url, "as_of": self.as_of}


@dataclass(frozen=True)
class Entry:
    """One checklist obligation. ``when`` is a frozen condition (``None``: whenever the regime applies)."""

    id: str
    regime: str
    title: str
    obligation: str
    owner: str
    status: str | None
    sources: tuple[EntrySource, ...]
    when: Mapping[str, Any] | None = field(default=None, hash=False)
    playbook: str = ""
    differs: str = ""
    note: str = ""
    section: str = "research"

    def applies(self, facts: Mapping[str, Any]) -> bool:
        """Whether this entry applies: its regime is active in ``facts["regimes"]`` and ``when`` holds."""
        return self.regime in (facts.get("regimes") or ()) and (self.when is None or conditions.holds(self.when, facts))

    @property
    def when_text(self) -> str:
        """The condition in words (``always`` when there is none)."""
        return conditions.describe(self.when or {})

    @property
    def owner_text(self) -> str:
        return OWNERS[self.owner]

    @property
    def status_text(self) -> str:
        return STATUSES[self.status] if self.status else ""

    def to_dict(self) -> dict[str, Any]:
        """The entry as plain JSON data (the data file's keys, plus the resolved ``section``)."""
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


# --------------------------------------------------------------------------------------------- selecting

def entries_for(facts: Mapping[str, Any], pool: Iterable[Entry] | None = None) -> tuple[Entry, ...]:
    """The entries that apply to these facts, in file order.

    ``facts`` holds the answers' fields plus ``voice``, ``voice_transport``, ``products`` and ``regimes``
    (see :func:`facts_for`); an entry applies when its regime is in ``facts["regimes"]`` and its ``when`` holds.
    ``pool`` replaces the shipped entries (e.g. entries loaded from another file).
    """
    if pool is not None:
        return tuple(e for e in pool if e.applies(facts))
    by_regime = _by_regime()
    candidates = sorted(indexed for regime in set(facts.get("regimes") or ()) for indexed in by_regime.get(regime, ()))
    return tuple(e for _, e in candidates if e.applies(facts))


@lru_cache(maxsize=1)
def _by_regime() -> dict[str, tuple[tuple[int, Entry], ...]]:
    """The shipped entries grouped by regime, each with its position in the file (to keep file order)."""
    grouped: dict[str, list[tuple[int, Entry]]] = {}
    for index, entry in enumerate(entries()):
        grouped.setdefault(entry.regime, []).append((index, entry))
    return {regime: tuple(pairs) for regime, pairs in grouped.items()}


def facts_for(answers: Any, *, voice_transport: str | None = None, products: Iterable[str] = (),
              regimes: Iterable[str] = ()) -> dict[str, Any]:
    """The facts entries are matched against: the answered fields plus the derived facts.

    ``answers`` is an :class:`~twarch.answers.Answers` or a plain mapping of answers. ``voice`` is
    ``None`` while channels are unanswered, so an unanswered question never triggers an entry.
    """
    data = dict(answers.to_dict() if hasattr(answers, "to_dict") else answers)
    channels = data.get("channels")
    data["voice"] = None if channels is None else "voice" in channels
    data["voice_transport"] = voice_transport
    data["products"] = list(products)
    data["regimes"] = list(regimes)
    return data


def why_for(entry: Entry, facts: Mapping[str, Any], regime_reason: str = "") -> Why:
    """The trace for one applicable entry: its regime (and why it is active) and the facts its ``when`` read."""
    from ..recommendation import Why

    regime = regime_name(entry.regime)
    because = f"{regime} applies" + (f" ({regime_reason})" if regime_reason else "")
    if entry.when is not None:
        because += f" and {entry.when_text}"
    read = [("regimes", tuple(facts.get("regimes") or ()))]
    for name in conditions.fields(entry.when or {}):
        value = facts.get(name)
        read.append((name, tuple(value) if isinstance(value, list) else value))
    return Why(rule=f"checklist.{entry.id}", section=entry.section, because=because, facts=tuple(read))


def item_for(entry: Entry, why: Why) -> Item:
    """The entry as a :class:`~twarch.recommendation.Item` for ``Recommendation.checklist``."""
    from ..recommendation import Item

    details: list[tuple[str, Any]] = [
        ("regime", entry.regime),
        ("title", entry.title),
        ("owner", entry.owner),
        ("status", entry.status),
        ("sources", tuple(s.to_dict() for s in entry.sources)),
    ]
    for key in ("playbook", "differs", "note"):
        if getattr(entry, key):
            details.append((key, getattr(entry, key)))
    return Item(id=entry.id, text=f"{entry.title}: {entry.obligation}", why=why, details=tuple(details))


def items_for(facts: Mapping[str, Any], regime_reasons: Mapping[str, str] | None = None) -> tuple[Item, ...]:
    """Every applicable entry as an Item with its Why: what the engine puts in ``Recommendation.checklist``.

    ``regime_reasons`` maps a regime id to why it is active (e.g. the ``because`` of its regulation item).
    """
    reasons = regime_reasons or {}
    return tuple(item_for(e, why_for(e, facts, reasons.get(e.regime, ""))) for e in entries_for(facts))


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
    regimes = _regime_ids()
    if item["regime"] not in regimes:
        raise bad("regime", f"unknown regime {item['regime']!r}; allowed: {', '.join(regimes)}")
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
        problem = _when_problem(when)
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
    from .playbook import SECTIONS

    if section not in SECTIONS:
        raise bad("section", f"unknown playbook section {section!r}")
    return Entry(id=entry_id, regime=item["regime"], title=item["title"].strip(),
                 obligation=item["obligation"].strip(), owner=item["owner"], status=item["status"],
                 sources=sources, when=when, section=section, **texts)


def _sources(raw: Any, bad: Any) -> tuple[EntrySource, ...]:
    if not isinstance(raw, list) or not raw:
        raise bad("sources", "expected a non-empty list of {label, url, as_of}")
    out = []
    for n, src in enumerate(raw):
        if not isinstance(src, Mapping):
            raise bad("sources", f"source {n}: expected a mapping")
        label, url, as_of = src.get("label"), src.get("url"), src.get("as_of")
        if not isinstance(label, str) or not label.strip():
            raise bad("sources", f"source {n}: missing label")
        if not isinstance(url, str) or not _URL.match(url):
            raise bad("sources", f"source {n} ({label}): missing or invalid url {url!r}")
        if not isinstance(as_of, str) or not _AS_OF.match(as_of):
            raise bad("sources", f"source {n} ({label}): as_of {as_of!r} is not YYYY[-MM[-DD]] or 'undated'")
        extra = set(src) - {"label", "url", "as_of"}
        if extra:
            raise bad("sources", f"source {n} ({label}): unknown keys {', '.join(sorted(extra))}")
        out.append(EntrySource(label.strip(), url, as_of))
    return tuple(out)


def _when_problem(cond: Any, depth: int = 0) -> str:
    """Why a ``when`` condition is malformed ('' when it is fine)."""
    if depth > 8:
        return "nested too deeply"
    if not isinstance(cond, Mapping) or not cond:
        return f"expected a non-empty mapping, got {json.dumps(cond)}"
    for key, value in cond.items():
        if key in ("all", "any"):
            if not isinstance(value, list) or not value:
                return f"'{key}' needs a non-empty list of conditions"
            for part in value:
                problem = _when_problem(part, depth + 1)
                if problem:
                    return problem
        elif key == "not":
            problem = _when_problem(value, depth + 1)
            if problem:
                return problem
        else:
            problem = _fact_problem(key, value)
            if problem:
                return problem
    return ""


def _fact_problem(key: str, value: Any) -> str:
    allowed = _fact_values()
    if key not in allowed:
        return f"unknown fact {key!r}; allowed: {', '.join(allowed)}, all, any, not"
    if value is None:
        return ""
    if isinstance(value, Mapping):
        if not value or set(value) - _COMPARISONS:
            return f"{key}: a comparison takes only {', '.join(sorted(_COMPARISONS))}"
        if any(isinstance(v, bool) or not isinstance(v, (int, float)) for v in value.values()):
            return f"{key}: comparisons need numbers"
        return ""
    values = value if isinstance(value, list) else [value]
    if isinstance(value, list) and not value:
        return f"{key}: empty list never matches"
    choices = allowed[key]
    for v in values:
        if isinstance(v, (list, Mapping)):
            return f"{key}: unexpected nested value {json.dumps(v)}"
        if choices == "bool":
            if not isinstance(v, bool):
                return f"{key}: expected true or false, got {json.dumps(v)}"
        elif choices == "int":
            if isinstance(v, bool) or not isinstance(v, int):
                return f"{key}: expected a number, got {json.dumps(v)}"
        elif isinstance(choices, tuple) and choices and v not in choices:
            return f"{key}: {json.dumps(v)} is not one of {', '.join(choices)}"
        elif not isinstance(v, str) and choices not in ("bool", "int"):
            return f"{key}: expected text, got {json.dumps(v)}"
    return ""


@lru_cache(maxsize=1)
def _fact_values() -> Mapping[str, Any]:
    """Each fact name with what it may hold: a tuple of choices, 'bool', 'int' or () for free text."""
    from . import catalog
    from .questions import QUESTIONS

    kinds: dict[str, Any] = {}
    for q in QUESTIONS:
        if q.kind in ("choice", "multi"):
            kinds[q.id] = q.choice_ids
        elif q.kind == "bool":
            kinds[q.id] = "bool"
        elif q.kind == "count":
            kinds[q.id] = "int"
        else:
            kinds[q.id] = ()
    kinds["voice"] = "bool"
    kinds["voice_transport"] = _TRANSPORTS
    kinds["products"] = tuple(catalog.PRODUCTS)
    kinds["regimes"] = _regime_ids()
    return MappingProxyType(kinds)


@lru_cache(maxsize=1)
def _regime_ids() -> tuple[str, ...]:
    from . import catalog

    return tuple(catalog.REGIMES)


def regime_name(regime_id: str) -> str:
    """The display name of a regime id (the id itself when the catalog has no name for it)."""
    from . import catalog

    regime = catalog.REGIMES.get(regime_id)
    return regime.name if regime is not None else regime_id


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
