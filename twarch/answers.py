"""The qualification answers: an immutable, validated record.

Every field is optional: ``None`` means *unanswered*, which is a state, not a default.
Lists are stored as tuples in the questions' choice order, so equal answers compare and
serialise identically.

>>> a = Answers.from_dict({"channels": ["sms", "voice"], "memory": True})
>>> a.channels, a.memory, a.handoff
(('voice', 'sms'), True, None)
>>> a.to_dict()
{'channels': ['voice', 'sms'], 'memory': True}
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from .errors import AnswerError
from .io.answer_files import answers_in
from .io.bounds import MAX_LANGUAGES, MAX_TEXT, PREVIEW_CHARS
from .io.files import write_text
from .io.reading import parse_json, read_answers_file
from .knowledge.geography import COUNTRIES
from .knowledge.questions import BY_ID, QUESTIONS, Question
from .text import TEXT_PATTERN, LongNumber, check_text, field_name, preview

#: A BCP-47 tag as used for speech: language, optional script, optional region. ``$(?!\n)`` is the end of the
#: text in ECMA-262 (the JSON Schema's dialect) and Python alike (Python's ``$`` also matches before a final newline).
LANGUAGE_TAG = re.compile(r"^([A-Za-z]{2,3})(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?$(?!\n)")


@dataclass(frozen=True, repr=False)
class Answers:
    """Answers to the qualification; build with :meth:`from_dict` or :meth:`load`."""

    request: str | None = None
    outcome: str | None = None
    channels: tuple[str, ...] | None = None
    memory: bool | None = None
    intelligence: str | None = None
    handoff: bool | None = None
    handoff_target: str | None = None
    customer_profile: str | None = None
    tenants: int | None = None
    industry: str | None = None
    direction: str | None = None
    countries: tuple[str, ...] | None = None
    takes_payments: bool | None = None
    card_capture: str | None = None
    eu_users: bool | None = None
    records_calls: bool | None = None
    production: bool | None = None
    regulations: tuple[str, ...] | None = None
    cloud: str | None = None
    llm: str | None = None
    team_language: str | None = None
    region: str | None = None
    needs_raw_audio: bool | None = None
    needs_low_level_control: bool | None = None
    existing_websocket_server: bool | None = None
    uses_twilio_functions: bool | None = None
    peak_concurrent_calls: int | None = None
    wants: tuple[str, ...] | None = None
    voice_pipeline: str | None = None
    languages: tuple[str, ...] | None = None
    priority: str | None = None
    stt_provider: str | None = None
    tts_provider: str | None = None
    calls_per_month: int | None = None
    minutes_per_call: float | None = None
    outbound_share: float | None = None
    toll_free_share: float | None = None
    recorded_share: float | None = None
    sms_per_month: int | None = None
    whatsapp_per_month: int | None = None
    whatsapp_templates_per_month: int | None = None
    chat_users_per_month: int | None = None
    messaging_conversations_per_month: int | None = None
    escalation_share: float | None = None
    escalations_per_hour: float | None = None
    handle_minutes: float | None = None
    service_level: float | None = None
    answer_seconds: float | None = None
    seats: int | None = None
    intelligence_sample_share: float | None = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Answers:
        """Validate a mapping of answers; raise :class:`AnswerError` on the first bad field."""
        if not isinstance(data, Mapping):
            raise AnswerError("answers", f"expected a mapping of keys to values, got {_kind(data)}")
        values = {}
        for key, raw in data.items():
            if not isinstance(key, str) or key not in BY_ID:
                raise _unknown_key(key)
            values[key] = validate(BY_ID[key], raw)
        return cls(**values)

    @classmethod
    def from_json(cls, text: str) -> Answers:
        """Validate answers given as JSON text (bounded: see :mod:`twarch.io.reading`)."""
        return cls.from_dict(answers_in(parse_json(text)))

    @classmethod
    def load(cls, path: str | Path) -> Answers:
        """Read an answers file: ``.json``, or ``.yaml`` / ``.yml`` (bounded: see :mod:`twarch.io.reading`)."""
        return cls.from_dict(answers_in(read_answers_file(path)))

    def to_dict(self) -> dict[str, Any]:
        """The answered fields only, as plain JSON types (lists, not tuples)."""
        out = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value is not None:
                out[f.name] = list(value) if isinstance(value, tuple) else value
        return out

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), indent=2, ensure_ascii=False) + "\n"

    def save(self, path: str | Path) -> None:
        """Write the answers file (YAML when the suffix says so, JSON otherwise), whole or not at all."""
        path = Path(path)
        if path.suffix.lower() in (".yaml", ".yml"):
            import yaml

            text = yaml.safe_dump(self.to_dict(), sort_keys=False, allow_unicode=True)
        else:
            text = self.to_json()
        write_text(path, text)

    def replace(self, **changes: Any) -> Answers:
        """A copy with some answers changed (validated); pass ``None`` to unanswer a field."""
        for key in changes:
            if key not in BY_ID:
                raise _unknown_key(key)
        checked = {k: (None if v is None else validate(BY_ID[k], v)) for k, v in changes.items()}
        return dataclasses.replace(self, **checked)

    def __repr__(self) -> str:
        """Only the answered fields: ``Answers(channels=('voice',), memory=True)``."""
        return "Answers(" + ", ".join(f"{k}={v!r}" for k, v in vars(self).items() if v is not None) + ")"

    def answered(self, key: str) -> bool:
        return getattr(self, key) is not None

    def has(self, key: str, choice: str) -> bool:
        """True when the list answer ``key`` contains ``choice``."""
        return choice in (getattr(self, key) or ())


_FIELDS = tuple(f.name for f in fields(Answers))
if _FIELDS != tuple(BY_ID):
    raise ValueError(f"Answers declares {_FIELDS} but the questions are {tuple(BY_ID)}: add the field and the "
                     "question together, in the same order")


def validate(q: Question, raw: Any) -> Any:
    """Check one raw value against its question and return it in canonical form."""
    check = _CHECKS[q.kind]
    return check(q, raw)


def _check_text(q: Question, raw: Any) -> str:
    if not isinstance(raw, str):
        raise AnswerError(q.id, f"expected text, got {_kind(raw)}")
    return check_text(q.id, raw)


def _check_choice(q: Question, raw: Any) -> str:
    if not isinstance(raw, str) or raw not in q.choice_ids:
        raise AnswerError(q.id, f"{preview(raw)} is not allowed" + did_you_mean(raw, q.choice_ids),
                          ", ".join(q.choice_ids))
    return raw


def _check_multi(q: Question, raw: Any) -> tuple[str, ...]:
    if isinstance(raw, str) or not isinstance(raw, (list, tuple)):
        raise AnswerError(q.id, f"expected a list, got {_kind(raw)}", ", ".join(q.choice_ids))
    seen = set()
    for item in raw:
        _check_choice(q, item)
        if item in seen:
            raise AnswerError(q.id, f"{preview(item)} is listed twice", "each choice at most once")
        seen.add(item)
    if len(raw) < q.min_items:
        raise AnswerError(q.id, f"choose at least {q.min_items}", ", ".join(q.choice_ids))
    return tuple(c for c in q.choice_ids if c in raw)


def _check_bool(q: Question, raw: Any) -> bool:
    if not isinstance(raw, bool):
        raise AnswerError(q.id, f"{preview(raw)} is not allowed", "true, false")
    return raw


def _check_count(q: Question, raw: Any) -> int:
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)  # JSON (and its Schema) make no difference between 12 and 12.0
    allowed = count_range(q)
    if isinstance(raw, LongNumber) or (isinstance(raw, int) and not isinstance(raw, bool) and raw > count_top(q)):
        raise AnswerError(q.id, f"{preview(raw)} is out of range", allowed)
    if isinstance(raw, bool) or not isinstance(raw, int):
        raise AnswerError(q.id, f"expected a whole number, got {_kind(raw)}", allowed)
    if raw < 0:
        raise AnswerError(q.id, f"{preview(raw)} is negative", allowed)
    if raw < q.minimum:
        raise AnswerError(q.id, f"{raw} is below {q.minimum}", allowed)
    return raw


def count_top(q: Question) -> int:
    """The largest count a question allows: its own maximum (monthly volumes), else ``MAX_COUNT``."""
    return int(q.largest)


def count_range(q: Question) -> str:
    """What a count answer allows, in words."""
    return f"a whole number from {q.minimum} to {count_top(q)}"


def _check_number(q: Question, raw: Any) -> float:
    top = q.largest
    allowed = f"a number from {q.minimum:g} to {top:g}"
    if isinstance(raw, LongNumber):
        raise AnswerError(q.id, f"{preview(raw)} is out of range", allowed)
    if isinstance(raw, bool) or not isinstance(raw, (int, float)):
        raise AnswerError(q.id, f"expected a number, got {_kind(raw)}", allowed)
    if raw != raw or raw in (float("inf"), float("-inf")):
        raise AnswerError(q.id, f"{raw} is not a finite number", allowed)
    if raw < q.minimum:
        raise AnswerError(q.id, f"{preview(raw)} is below {q.minimum:g}", allowed)
    if raw > top:
        raise AnswerError(q.id, f"{preview(raw)} is above {top:g}", allowed)
    return float(raw)


#: Names people write for a country that are not its ISO 3166-1 code.
_COUNTRY_ALIASES = {"UK": "GB", "EL": "GR"}


def _check_countries(q: Question, raw: Any) -> tuple[str, ...]:
    allowed = "ISO 3166-1 alpha-2 codes such as US, CA, GB, DE"
    if isinstance(raw, str) or not isinstance(raw, (list, tuple)):
        raise AnswerError(q.id, f"expected a list, got {_kind(raw)}", allowed)
    for code in raw:
        if not isinstance(code, str) or code not in COUNTRIES:
            hint = _COUNTRY_ALIASES.get(code.upper()) if isinstance(code, str) else None
            if hint is None and isinstance(code, str) and code.upper() in COUNTRIES:
                hint = code.upper()
            raise AnswerError(q.id, f"{preview(code)} is not a country code" + (f" (did you mean '{hint}'?)" if hint
                                                                                   else ""), allowed)
    if len(set(raw)) < len(raw):
        twice = next(code for index, code in enumerate(raw) if code in raw[:index])
        raise AnswerError(q.id, f"{preview(twice)} is listed twice", "each country at most once")
    return tuple(raw)


def _check_tags(q: Question, raw: Any) -> tuple[str, ...]:
    allowed = "BCP-47 tags such as en-US, es-MX, fr, pt-BR"
    if isinstance(raw, str) or not isinstance(raw, (list, tuple)):
        raise AnswerError(q.id, f"expected a list, got {_kind(raw)}", allowed)
    if len(raw) > MAX_LANGUAGES:
        raise AnswerError(q.id, f"{len(raw)} tags are too many", f"at most {MAX_LANGUAGES}")
    written: set[str] = set()
    tags: dict[str, None] = {}  # insertion-ordered set: tags differing only in case are one tag
    for item in raw:
        match = LANGUAGE_TAG.match(item) if isinstance(item, str) else None
        if not match:
            raise AnswerError(q.id, f"{preview(item)} is not a language tag", allowed)
        if item in written:
            raise AnswerError(q.id, f"{preview(item)} is listed twice", "each tag at most once")
        written.add(item)
        tags[normalise_tag(item)] = None
    return tuple(tags)


def normalise_tag(tag: str) -> str:
    """Canonical case for a language tag: ``EN-us`` -> ``en-US``, ``zh-hant-tw`` -> ``zh-Hant-TW``."""
    parts = tag.split("-")
    out = [parts[0].lower()]
    for part in parts[1:]:
        out.append(part.title() if len(part) == 4 else part.upper())
    return "-".join(out)


_CHECKS = {
    "text": _check_text,
    "choice": _check_choice,
    "multi": _check_multi,
    "bool": _check_bool,
    "count": _check_count,
    "tags": _check_tags,
    "countries": _check_countries,
    "number": _check_number,
}


def _unknown_key(key: Any) -> AnswerError:
    return AnswerError(field_name(key), "unknown key" + did_you_mean(key), ", ".join(BY_ID))


def did_you_mean(word: Any, options: Iterable[str] | None = None) -> str:
    """`` (did you mean 'memory'?)`` when ``word`` is close to one of ``options`` (the question ids by default)."""
    if not isinstance(word, str) or len(word) > PREVIEW_CHARS:
        return ""
    import difflib  # only on the way to an error message: not worth its import time on every start

    options = tuple(options) if options is not None else tuple(BY_ID)
    close = difflib.get_close_matches(word.lower(), options, n=1, cutoff=0.6)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _kind(value: Any) -> str:
    names = {dict: "a mapping", list: "a list", str: "text", bool: "true/false", int: "a number",
             float: "a number", LongNumber: "a number", type(None): "null"}
    return names.get(type(value), type(value).__name__)


def json_schema() -> dict[str, Any]:
    """The answers file's JSON Schema (draft 2020-12), generated from the questions."""
    props: dict[str, Any] = {}
    for q in QUESTIONS:
        props[q.id] = {"title": q.title, "description": q.help, **_SCHEMA_TYPES[q.kind](q)}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "twarch answers",
        "description": "Answers to the twarch qualification. Every key is optional; absent means unanswered.",
        "type": "object",
        "additionalProperties": False,
        "properties": props,
    }


_SCHEMA_TYPES: dict[str, Callable[[Question], dict[str, Any]]] = {
    "text": lambda q: {"type": "string", "maxLength": MAX_TEXT, "pattern": TEXT_PATTERN},
    "choice": lambda q: {"enum": list(q.choice_ids)},
    "multi": lambda q: {"type": "array", "items": {"enum": list(q.choice_ids)}, "uniqueItems": True,
                        "minItems": q.min_items},
    "bool": lambda q: {"type": "boolean"},
    "count": lambda q: {"type": "integer", "minimum": q.minimum, "maximum": count_top(q)},
    "tags": lambda q: {"type": "array", "items": {"type": "string", "pattern": LANGUAGE_TAG.pattern},
                       "uniqueItems": True, "maxItems": MAX_LANGUAGES},
    "countries": lambda q: {"type": "array", "items": {"enum": list(COUNTRIES)}, "uniqueItems": True},
    "number": lambda q: {"type": "number", "minimum": q.minimum, "maximum": q.largest},
}
