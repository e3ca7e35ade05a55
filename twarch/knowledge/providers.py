"""Speech and LLM providers as data: prices, latencies, languages, each with its source.

``providers.csv`` holds one row per product (STT, TTS, LLM), with its price and its latency (p50 and, where
published, p95); ``voice_facts.csv`` holds Twilio's latency decomposition (each segment's target and limit) and the
latency facts the budget adds (ConversationRelay's measured median and p95, end-of-turn silences). Twilio's fees and
the volume assumptions are in ``prices.csv`` and ``assumptions.csv`` (:mod:`.prices`). Both are validated loudly on
load:
a bad cell raises :class:`ValueError` naming the file, the line and the column.

Each figure may carry a *quote*: the few words of its source it rests on, which ``twarch facts verify`` looks
for on the live page (``quote`` for the price or value, ``latency_quote`` and ``languages_quote`` for a provider's
latency and language list). The quote columns are optional: a file may leave them out, and a row may end before
them; an empty quote means the figure has none (``no quote``).

Languages are compared by their base subtag (``es-MX`` -> ``es``): regional variants are not checked, except
where the region changes the language (Chinese in Hong Kong is Cantonese, ``yue``). An empty language list
means *unknown* (no list was sourced), never *unsupported*. A list marked ``languages_partial=yes`` holds only the
part of the vendor's list that could be sourced: a language in it is served, one outside it is *unknown*, never
missing.

>>> language_support(["en", "es"]).status("deepgram", "elevenlabs")
'covered'
"""

from __future__ import annotations

import csv
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, NoReturn, overload

from ..errors import AnswerError
from .sources import quote_problem
from .speech import SPEECH_PROVIDERS, relay_providers

HERE = Path(__file__).parent
PROVIDERS_CSV = HERE / "providers.csv"
VOICE_FACTS_CSV = HERE / "voice_facts.csv"

KINDS = ("stt", "tts", "llm")
#: The price units each kind of row may use.
UNITS_BY_KIND: dict[str, tuple[str, ...]] = {
    "stt": ("usd_per_audio_minute", "usd_per_audio_hour", "usd_per_session_hour"),
    "tts": ("usd_per_million_chars",),
    "llm": ("usd_per_million_input_tokens",),
}
#: Minutes per unit of an STT price unit (divide the price by this to get USD per minute).
STT_MINUTES_PER_UNIT = {"usd_per_audio_minute": 1, "usd_per_audio_hour": 60, "usd_per_session_hour": 60}
#: The unit each kind's rows are compared in (:attr:`Provider.comparable_price`): STT per minute, whatever its unit.
COMPARABLE_UNITS = {"stt": "USD / audio min", "tts": "USD / 1M chars", "llm": "USD / 1M input tokens"}
#: mu-law 8 kHz (Twilio's call audio): yes = native, transcode = needs conversion, no = unusable, "" = unknown.
TELEPHONY = ("yes", "transcode", "no", "")
FACT_UNITS = ("ms", "usd_per_minute", "chars_per_minute", "share")
#: Base-language aliases, so tags from different vendors compare (Norwegian Bokmal, Mandarin, Tagalog...).
LANGUAGE_ALIASES = {"nb": "no", "nn": "no", "cmn": "zh", "arb": "ar", "iw": "he", "tl": "fil", "in": "id"}
#: Where a region changes the language, not just its variant: Chinese in Hong Kong and Macao is Cantonese
#: (Deepgram lists Cantonese as zh-HK, Polly as yue), not the Mandarin that ``zh`` lists mean.
REGIONAL_LANGUAGES = {("zh", "HK"): "yue", ("zh", "MO"): "yue"}

PROVIDER_COLUMNS = ("id", "kind", "vendor", "product", "vendor_id", "unit_price", "price_unit", "output_price",
                    "latency_ms", "latency_metric", "latency_source", "latency_as_of", "language_count", "languages",
                    "languages_source", "languages_as_of", "languages_partial", "telephony", "live", "source_url",
                    "as_of", "notes", "latency_p95_ms", "checked")
#: Verification quotes: optional, last in the header (see the module docs).
PROVIDER_QUOTES = ("quote", "latency_quote", "languages_quote")
FACT_COLUMNS = ("id", "value", "unit", "meaning", "source_url", "as_of", "notes", "checked")

_SLUG = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")
_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
_URL = re.compile(r"^https://\S+$")
_BASE = re.compile(r"^[a-z]{2,3}$")
_TAG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


@dataclass(frozen=True)
class Provider:
    """One product row of ``providers.csv``. ``None`` means the research found no figure."""

    id: str
    kind: str
    vendor: str
    product: str
    vendor_id: str
    #: ``None`` for a speech product whose price no source states (the row still holds its other sourced facts);
    #: ``source_url`` is then the page the row rests on
    unit_price: float | None
    price_unit: str
    output_price: float | None
    latency_ms: int | None
    latency_metric: str
    latency_source: str
    latency_as_of: str
    language_count: int | None
    languages: tuple[str, ...] | None
    languages_source: str
    languages_as_of: str
    #: the list holds only the part of the vendor's list that was sourced: a language outside it is unknown
    languages_partial: bool
    telephony: str
    live: bool  #: usable in a live call (streaming); Polly Long-Form, for one, is not
    source_url: str
    as_of: str
    notes: str
    latency_p95_ms: int | None = None  #: the same benchmark's 95th percentile, where it publishes one
    checked: str = ""  #: the date the price was last read at its source
    quote: str = ""  #: the words of ``source_url`` the price rests on (a check string for ``facts verify``)
    latency_quote: str = ""  #: the words of ``latency_source`` the latency rests on
    languages_quote: str = ""  #: the words of ``languages_source`` the language list rests on

    @property
    def label(self) -> str:
        return f"{self.vendor} {self.product}"

    @property
    def in_conversation_relay(self) -> bool:
        """ConversationRelay offers its vendor (per :mod:`twarch.knowledge.speech`) and it runs live."""
        speech = SPEECH_PROVIDERS.get((self.kind, self.vendor_id))
        return speech is not None and speech.on_relay and self.live

    @property
    def comparable_price(self) -> float | None:
        """The unit price in its kind's :data:`COMPARABLE_UNITS` (an STT price per hour as per minute); ``None``
        when no price was sourced."""
        if self.unit_price is None or self.kind != "stt":
            return self.unit_price
        return self.unit_price / STT_MINUTES_PER_UNIT[self.price_unit]

    def speaks(self, base: str) -> bool | None:
        """True when its sourced list names the language, False when its complete list does not, ``None`` when
        no list (or only part of one, without the language) was sourced."""
        if self.languages is None:
            return None
        return True if base in self.languages else (None if self.languages_partial else False)


@dataclass(frozen=True)
class VoiceFact:
    """One row of ``voice_facts.csv``."""

    id: str
    value: float
    unit: str
    meaning: str
    source_url: str
    as_of: str
    notes: str = ""
    checked: str = ""  #: the date the figure was last read at its source
    quote: str = ""  #: the words of ``source_url`` the figure rests on (a check string for ``facts verify``)


class _Rows:
    """Reads a CSV and reports bad cells as ``file:line: column 'x': problem``.

    ``optional`` columns (the verification quotes) come last: the header may leave them out and a row may end
    before them; every row read has them, empty where missing."""

    def __init__(self, path: Path, columns: tuple[str, ...], optional: tuple[str, ...] = ()) -> None:
        self.path = Path(path)
        try:
            text = self.path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ValueError(f"{self.path}: cannot read: {exc}") from None
        self.reader = csv.DictReader(text.splitlines(keepends=True))
        header = self.reader.fieldnames or []
        missing = [c for c in columns if c not in header]
        if missing:
            raise ValueError(f"{self.path}:1: missing column(s) {', '.join(missing)}")
        unknown = [c for c in header if c not in columns and c not in optional]
        if unknown:
            raise ValueError(f"{self.path}:1: unknown column(s) {', '.join(map(str, unknown))}")
        if any(c in optional for c in header[:len(columns)]):
            raise ValueError(f"{self.path}:1: the column(s) {', '.join(optional)} come after every other column")
        self.optional = optional
        self.line = 1

    def __iter__(self) -> Iterator[dict[str, str]]:
        for raw in self.reader:
            self.line = self.reader.line_num
            if None in raw:
                self.fail("(row)", f"{len(raw[None])} cell(s) more than the header")
            if any(v is None and k not in self.optional for k, v in raw.items()):
                self.fail("(row)", "fewer cells than the header")
            yield {**dict.fromkeys(self.optional, ""), **{k: (v or "").strip() for k, v in raw.items()}}

    def fail(self, column: str, problem: str) -> NoReturn:
        raise ValueError(f"{self.path}:{self.line}: column {column!r}: {problem}")

    def text(self, row: dict, column: str) -> str:
        if not row[column]:
            self.fail(column, "is empty")
        return row[column]

    def slug(self, row: dict, column: str) -> str:
        value = self.text(row, column)
        if not _SLUG.match(value):
            self.fail(column, f"{value!r} is not a lowercase slug")
        return value

    # A required number is never None (an empty cell fails); the overloads tell the type checker so.
    @overload
    def number(self, row: dict, column: str) -> float: ...
    @overload
    def number(self, row: dict, column: str, *, integer: Literal[True]) -> int: ...
    @overload
    def number(self, row: dict, column: str, *, required: Literal[False], integer: Literal[True]) -> int | None: ...
    @overload
    def number(self, row: dict, column: str, *, required: bool) -> float | None: ...

    def number(self, row: dict, column: str, *, required: bool = True, integer: bool = False) -> float | int | None:
        value = row[column]
        if not value:
            if required:
                self.fail(column, "is empty")
            return None
        try:
            number = int(value) if integer else float(value)
        except ValueError:
            self.fail(column, f"{value!r} is not {'a whole number' if integer else 'a number'}")
        if not math.isfinite(number):
            self.fail(column, f"{value!r} is not a finite number")
        if number < 0:
            self.fail(column, f"{value!r} is negative")
        return number

    def urls(self, row: dict, column: str) -> str:
        value = self.text(row, column)
        for url in value.split():
            if not _URL.match(url):
                self.fail(column, f"{url!r} is not an https URL")
        return value

    def date(self, row: dict, column: str) -> str:
        value = self.text(row, column)
        if not _DATE.match(value):
            self.fail(column, f"{value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
        return value

    def choice(self, row: dict, column: str, allowed: tuple[str, ...]) -> str:
        value = row[column]
        if value not in allowed:
            self.fail(column, f"{value!r} is not one of {', '.join(repr(a) for a in allowed)}")
        return value

    def quote(self, row: dict, column: str, source: str) -> str:
        """A verification quote (may be empty); one needs the source it was copied from."""
        value = row[column]
        if quote_problem(value):
            self.fail(column, quote_problem(value))
        if value and not row[source]:
            self.fail(column, f"a quote needs its source in {source!r}")
        return value

    def sourced(self, row: dict, column: str, source: str, as_of: str) -> None:
        """A figure in ``column`` needs its own source URL and date."""
        if row[column]:
            self.urls(row, source)
            self.date(row, as_of)


def read_providers(path: str | Path) -> tuple[Provider, ...]:
    """Load and validate a providers CSV (no caching)."""
    rows = _Rows(Path(path), PROVIDER_COLUMNS, PROVIDER_QUOTES)
    out: list[Provider] = []
    seen: set[str] = set()
    for r in rows:
        row_id = rows.slug(r, "id")
        if row_id in seen:
            rows.fail("id", f"duplicate id {row_id!r}")
        seen.add(row_id)
        kind = rows.choice(r, "kind", KINDS)
        unit_price = rows.number(r, "unit_price", required=kind == "llm")
        price_unit = rows.choice(r, "price_unit", UNITS_BY_KIND[kind])
        output_price = rows.number(r, "output_price", required=kind == "llm")
        if kind != "llm" and output_price is not None:
            rows.fail("output_price", "only LLM rows have an output price")
        latency = rows.number(r, "latency_ms", required=False, integer=True)
        if latency is not None:
            rows.text(r, "latency_metric")
        p95 = rows.number(r, "latency_p95_ms", required=False, integer=True)
        if p95 is not None and (latency is None or p95 < latency):
            rows.fail("latency_p95_ms", "needs a latency_ms from the same benchmark, at most the p95")
        rows.sourced(r, "latency_ms", "latency_source", "latency_as_of")
        languages = _languages(rows, r)
        rows.sourced(r, "languages", "languages_source", "languages_as_of")
        partial = rows.choice(r, "languages_partial", ("", "yes")) == "yes"
        if partial and languages is None:
            rows.fail("languages_partial", "marks a partial list, but the row lists no languages")
        telephony = rows.choice(r, "telephony", TELEPHONY)
        if kind == "llm" and telephony:
            rows.fail("telephony", "LLM rows carry no telephony audio format")
        live = rows.choice(r, "live", ("", ) if kind == "llm" else ("true", "false")) == "true"
        vendor_id = rows.slug(r, "vendor_id")
        if kind != "llm" and (kind, vendor_id) not in SPEECH_PROVIDERS:
            known = ", ".join(v for k, v in SPEECH_PROVIDERS if k == kind)
            rows.fail("vendor_id", f"{vendor_id!r} is not a {kind.upper()} provider of twarch.knowledge.speech "
                                   f"(add it there first); known: {known}")
        out.append(Provider(
            id=row_id, kind=kind, vendor=rows.text(r, "vendor"), product=rows.text(r, "product"),
            vendor_id=vendor_id, unit_price=None if unit_price is None else float(unit_price), price_unit=price_unit,
            output_price=None if output_price is None else float(output_price), latency_ms=latency,
            latency_metric=r["latency_metric"], latency_source=r["latency_source"], latency_as_of=r["latency_as_of"],
            language_count=rows.number(r, "language_count", required=False, integer=True), languages=languages,
            languages_source=r["languages_source"], languages_as_of=r["languages_as_of"],
            languages_partial=partial, telephony=telephony,
            live=live, source_url=rows.urls(r, "source_url"), as_of=rows.date(r, "as_of"),
            notes=r["notes"], latency_p95_ms=p95, checked=rows.date(r, "checked"),
            quote=rows.quote(r, "quote", "source_url"), latency_quote=rows.quote(r, "latency_quote", "latency_source"),
            languages_quote=rows.quote(r, "languages_quote", "languages_source"),
        ))
    if not out:
        raise ValueError(f"{rows.path}: no rows")
    return tuple(out)


def _languages(rows: _Rows, r: dict) -> tuple[str, ...] | None:
    value = r["languages"]
    if not value:
        return None
    codes = value.split()
    for code in codes:
        if not _BASE.match(code):
            rows.fail("languages", f"{code!r} is not a lowercase base language code")
        if code in LANGUAGE_ALIASES:
            rows.fail("languages", f"{code!r} is an alias; write {LANGUAGE_ALIASES[code]!r}")
    if len(set(codes)) != len(codes):
        rows.fail("languages", "lists a code twice")
    return tuple(codes)


def read_sourced_values(path: str | Path, columns: tuple[str, ...],
                        units: tuple[str, ...]) -> list[dict[str, Any]]:
    """The rows of a CSV of sourced values (id, value, unit, meaning, source_url, as_of, checked, notes and an
    optional quote), validated: unique ids, a known unit, shares within 0-1, URLs and dates present. Shared by the
    voice facts and the cost assumptions."""
    rows = _Rows(Path(path), columns, ("quote",))
    out: dict[str, dict[str, Any]] = {}
    for r in rows:
        key = rows.slug(r, "id")
        if key in out:
            rows.fail("id", f"duplicate id {key!r}")
        unit = rows.choice(r, "unit", units)
        value = float(rows.number(r, "value"))
        if unit == "share" and value > 1:
            rows.fail("value", f"{value} is a share above 1")
        out[key] = {"id": key, "value": value, "unit": unit, "meaning": rows.text(r, "meaning"),
                    "source_url": rows.urls(r, "source_url"), "as_of": rows.date(r, "as_of"),
                    "checked": rows.date(r, "checked"), "notes": r["notes"],
                    "quote": rows.quote(r, "quote", "source_url")}
    if not out:
        raise ValueError(f"{rows.path}: no rows")
    return list(out.values())


def read_voice_facts(path: str | Path) -> dict[str, VoiceFact]:
    """Load and validate a voice-facts CSV (no caching)."""
    rows = read_sourced_values(path, FACT_COLUMNS, FACT_UNITS)
    return {row["id"]: VoiceFact(row["id"], row["value"], row["unit"], row["meaning"], row["source_url"], row["as_of"],
                            row["notes"], row["checked"], row["quote"]) for row in rows}


@lru_cache(maxsize=1)
def _default_providers() -> tuple[Provider, ...]:
    return read_providers(PROVIDERS_CSV)


@lru_cache(maxsize=1)
def _default_facts() -> dict[str, VoiceFact]:
    return read_voice_facts(VOICE_FACTS_CSV)


def load_providers(path: str | Path | None = None) -> tuple[Provider, ...]:
    """Every provider row; the packaged file is read once and cached."""
    return _default_providers() if path is None else read_providers(path)


def load_voice_facts(path: str | Path | None = None) -> dict[str, VoiceFact]:
    """The Twilio-side facts and conversion assumptions, by id (packaged file cached)."""
    return dict(_default_facts()) if path is None else read_voice_facts(path)


def fact(fact_id: str) -> VoiceFact:
    return _default_facts()[fact_id]


def get_provider(row_id: str, kind: str, field: str | None = None) -> Provider:
    """The row with this id and kind; :class:`AnswerError` naming ``field`` otherwise."""
    field = field or kind
    ids = tuple(p.id for p in load_providers() if p.kind == kind)
    if not isinstance(row_id, str) or row_id not in ids:
        other = next((p for p in load_providers() if p.id == row_id), None)
        problem = (f"{row_id!r} is a {other.kind.upper()} row, not {kind.upper()}" if other
                   else f"unknown {kind.upper()} id {row_id!r}")
        raise AnswerError(field, problem, ", ".join(ids))
    return next(p for p in load_providers() if p.id == row_id)


def base_language(tag: str) -> str:
    """The language a tag names, for comparing provider lists: ``es-MX`` -> ``es``; ``nb-NO`` -> ``no``;
    ``cmn-Hans-CN`` -> ``zh``; Chinese in Hong Kong or Macao is Cantonese: ``zh-HK`` -> ``yue``.

    Raises AnswerError on a non-tag.
    """
    if not isinstance(tag, str) or not _TAG.match(tag):
        raise AnswerError("languages", f"{tag!r} is not a language tag", "BCP-47 tags such as en-US, es-MX, fr")
    parts = tag.split("-")
    base = LANGUAGE_ALIASES.get(parts[0].lower(), parts[0].lower())
    region = next((p.upper() for p in parts[1:] if len(p) == 2), "")
    return REGIONAL_LANGUAGES.get((base, region), base)


def _bases(languages: Iterable[str]) -> tuple[str, ...]:
    if isinstance(languages, str) or not isinstance(languages, Iterable):
        raise AnswerError("languages", f"expected a list of language tags, got {type(languages).__name__}",
                          "BCP-47 tags such as en-US, es-MX, fr")
    out: list[str] = []
    for tag in languages:
        base = base_language(tag)
        if base not in out:
            out.append(base)
    return tuple(out)


def _rows_for(key: str, kind: str) -> tuple[Provider, ...]:
    """A row id picks that product; a vendor id picks all its products of that kind."""
    rows = load_providers()
    exact = tuple(p for p in rows if p.id == key and p.kind == kind)
    found = exact or tuple(p for p in rows if p.vendor_id == key and p.kind == kind)
    if not found:
        keys = sorted({p.vendor_id for p in rows if p.kind == kind})
        raise AnswerError(kind, f"no {kind.upper()} provider {key!r}", ", ".join(keys))
    return found


def _verdicts(key: str, kind: str, bases: tuple[str, ...]) -> dict[str, bool | None]:
    """Per base language: True if some product lists it, False if every product has a list without it."""
    rows = _rows_for(key, kind)
    out: dict[str, bool | None] = {}
    for base in bases:
        answers = [p.speaks(base) for p in rows]
        out[base] = True if True in answers else (False if all(a is False for a in answers) else None)
    return out


def covers(vendor_id: str, kind: str, languages: Iterable[str]) -> bool | None:
    """Does this vendor (or row id) handle every language? ``None`` when the data cannot tell."""
    if kind not in ("stt", "tts"):
        raise AnswerError("kind", f"{kind!r} is not allowed", "stt, tts")
    verdicts = _verdicts(vendor_id, kind, _bases(languages)).values()
    if False in verdicts:
        return False
    return None if None in verdicts else True


@dataclass(frozen=True)
class PairSupport:
    """One (STT, TTS) pair: which requested languages both sides handle."""

    stt: str
    tts: str
    status: str  # covered | missing | unknown
    missing: tuple[str, ...] = ()
    unknown: tuple[str, ...] = ()


@dataclass(frozen=True)
class LanguageSupport:
    """The playbook rule: the languages you can serve are the intersection of your STT and TTS providers."""

    languages: tuple[str, ...]
    pairs: tuple[PairSupport, ...]

    @property
    def covered(self) -> tuple[tuple[str, str], ...]:
        return tuple((p.stt, p.tts) for p in self.pairs if p.status == "covered")

    @property
    def missing(self) -> tuple[tuple[str, str], ...]:
        return tuple((p.stt, p.tts) for p in self.pairs if p.status == "missing")

    @property
    def unknown(self) -> tuple[tuple[str, str], ...]:
        return tuple((p.stt, p.tts) for p in self.pairs if p.status == "unknown")

    def pair(self, stt: str, tts: str) -> PairSupport:
        for p in self.pairs:
            if (p.stt, p.tts) == (stt, tts):
                return p
        raise KeyError((stt, tts))

    def status(self, stt: str, tts: str) -> str:
        return self.pair(stt, tts).status

    def to_dict(self) -> dict:
        return {"languages": list(self.languages),
                "pairs": [{"stt": p.stt, "tts": p.tts, "status": p.status, "missing": list(p.missing),
                           "unknown": list(p.unknown)} for p in self.pairs]}

    def detail(self, p: PairSupport) -> str:
        parts = []
        if p.missing:
            parts.append("missing " + ", ".join(p.missing))
        if p.unknown:
            parts.append("no sourced list settles " + ", ".join(p.unknown))
        return "; ".join(parts)

    def __repr__(self) -> str:
        lines = [f"LanguageSupport for {', '.join(self.languages) or '(no languages)'}:"]
        width = max((len(p.stt) for p in self.pairs), default=0)
        for p in self.pairs:
            detail = self.detail(p)
            lines.append(f"  {p.stt:<{width}} + {p.tts:<13} {p.status}" + (f" ({detail})" if detail else ""))
        return "\n".join(lines)



def language_support(languages: Iterable[str], stt: Iterable[str] | None = None,
                     tts: Iterable[str] | None = None) -> LanguageSupport:
    """Which (STT, TTS) pairs serve every language in ``languages``.

    ``stt`` / ``tts`` take vendor ids or row ids; by default the providers ConversationRelay offers.
    A pair is *covered* when both sides list every language, *missing* when either side's complete
    list lacks one (``missing`` names them), and *unknown* when no sourced list of a side settles one (it has no
    list, or only part of one without the language).
    """
    if isinstance(languages, str) or not isinstance(languages, Iterable):
        _bases(languages)  # raises the right error
    tags = tuple(languages)
    bases = _bases(tags)
    stts = tuple(stt) if stt is not None else relay_providers("stt")
    ttss = tuple(tts) if tts is not None else relay_providers("tts")
    pairs = []
    for s in stts:
        s_verdict = _verdicts(s, "stt", bases)
        for t in ttss:
            t_verdict = _verdicts(t, "tts", bases)
            missing = tuple(b for b in bases if s_verdict[b] is False or t_verdict[b] is False)
            unknown = tuple(b for b in bases if b not in missing and (s_verdict[b] is None or t_verdict[b] is None))
            status = "missing" if missing else ("unknown" if unknown else "covered")
            pairs.append(PairSupport(s, t, status, missing, unknown))
    return LanguageSupport(tags, tuple(pairs))
