"""Twilio's prices and the volume assumptions the cost model starts from, each with its source and dates.

``prices.csv`` holds one row per billable unit twarch prices that is not a speech or LLM product (those are in
``providers.csv``): Twilio's voice, recording, messaging, ConversationRelay, Flex... and the realtime
speech-to-speech models. ``assumptions.csv`` holds the defaults of the conversion and volume assumptions
(characters per minute of speech, turns per minute, tokens per character, calls per server instance...).

Every row names its source URL, the date the figure is as of and the date it was checked at the source, and
may carry a ``quote`` (the words of its first source it rests on, for ``twarch facts verify``; an optional last
column, see :mod:`.providers`).
``status`` says how far it can be trusted: ``confirmed`` (read at Twilio or the vendor, or a dated transcription of
their page), ``conflict`` (sources disagree: the notes give both readings) or ``unverified`` (only a third-party
source, or none). A price may be empty only when it is ``unverified``: twarch then has no default and the bill lists
the quantity without a cost until you give a rate. ``country`` names the country whose calls, texts or numbers a rate
prices (empty when it does not depend on one): the bill applies it there only (:func:`priced_in`). ``reading_of``
marks a conflicting figure: the id of the row (here or in ``providers.csv``) it is the other reading of; the bill shows
its total under each (:func:`readings_of`). Both files are validated loudly on load: a bad cell raises
:class:`ValueError` naming the file, the line and the column.

>>> price("voice_inbound_local").price, price("voice_inbound_local").status
(0.0085, 'confirmed')
>>> assumption("turns_per_minute").value
6.0
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .providers import _Rows, read_sourced_values

HERE = Path(__file__).parent
PRICES_CSV = HERE / "prices.csv"
ASSUMPTIONS_CSV = HERE / "assumptions.csv"

PRICE_COLUMNS = ("id", "product", "unit", "price", "free_per_month", "status", "source_url", "as_of", "checked",
                 "notes", "country", "reading_of")
ASSUMPTION_COLUMNS = ("id", "value", "unit", "meaning", "source_url", "as_of", "checked", "notes")
STATUSES = ("confirmed", "conflict", "unverified")
#: Price units, with what one unit of quantity is.
UNIT_QUANTITIES: dict[str, str] = {
    "usd_per_minute": "minute",
    "usd_per_minute_month": "stored minute-month",
    "usd_per_segment": "segment",
    "usd_per_message": "message",
    "usd_per_active_user_month": "active user",
    "usd_per_task": "task",
    "usd_per_1k_chars": "1k characters",
    "usd_per_profile_day": "profile-day",
    "usd_per_conversation": "conversation",
    "usd_per_call": "call",
    "usd_per_transaction": "transaction",
    "usd_per_number_month": "number",
    "usd_per_number": "number",
    "usd_per_brand": "brand",
    "usd_per_campaign": "campaign",
    "usd_per_campaign_month": "campaign",
    "usd_per_million_tokens": "1M tokens",
    "usd_per_million_chars": "1M characters",
    "usd_per_edition_month": "edition",
}
ASSUMPTION_UNITS = ("minutes", "chars_per_minute", "share", "turns_per_minute", "tokens", "chars_per_token",
                    "tokens_per_minute", "months", "calls", "seconds", "operators", "chars_per_message",
                    "days_per_week", "hours_per_day")


@dataclass(frozen=True)
class Price:
    """One row of ``prices.csv``; ``price`` is ``None`` when no sourced figure exists."""

    id: str
    product: str
    unit: str
    price: float | None
    free_per_month: float
    status: str
    source_url: str
    as_of: str
    checked: str
    notes: str = ""
    #: the country whose calls, messages or numbers the rate prices (ISO code), "" when it does not depend on one
    country: str = ""
    #: the row (of this file, or of ``providers.csv``) whose price this one is the other reading of, "" for none
    reading_of: str = ""
    quote: str = ""  #: the words of its first source the price rests on (a check string for ``facts verify``)

    @property
    def per(self) -> str:
        """What one unit of quantity is (``minute``, ``1M tokens``...)."""
        return UNIT_QUANTITIES[self.unit]


@dataclass(frozen=True)
class Assumption:
    """One row of ``assumptions.csv``: a default the cost, latency or capacity model starts from."""

    id: str
    value: float
    unit: str
    meaning: str
    source_url: str
    as_of: str
    checked: str
    notes: str = ""
    quote: str = ""  #: the words of its first source the value rests on (a check string for ``facts verify``)


def read_prices(path: str | Path) -> dict[str, Price]:
    """Load and validate a prices CSV (no caching)."""
    rows = _Rows(Path(path), PRICE_COLUMNS, ("quote",))
    out: dict[str, Price] = {}
    for r in rows:
        price_id = rows.slug(r, "id")
        if price_id in out:
            rows.fail("id", f"duplicate id {price_id!r}")
        status = rows.choice(r, "status", STATUSES)
        value = rows.number(r, "price", required=status != "unverified")
        free = rows.number(r, "free_per_month", required=False)
        out[price_id] = Price(
            id=price_id, product=rows.text(r, "product"), unit=rows.choice(r, "unit", tuple(UNIT_QUANTITIES)),
            price=None if value is None else float(value), free_per_month=float(free or 0), status=status,
            source_url=rows.urls(r, "source_url"), as_of=rows.date(r, "as_of"), checked=rows.date(r, "checked"),
            notes=rows.text(r, "notes") if value is None else r["notes"], country=_country(rows, r),
            reading_of=r["reading_of"] and rows.slug(r, "reading_of"), quote=rows.quote(r, "quote", "source_url"),
        )
        if out[price_id].reading_of and (status == "confirmed" or value is None):
            rows.fail("reading_of", "the other reading of a price is a conflicting figure: status conflict or "
                                    "unverified, with a price")
    if not out:
        raise ValueError(f"{rows.path}: no rows")
    return out


def _country(rows: _Rows, row: dict) -> str:
    code = row["country"]
    if code and not (len(code) == 2 and code.isalpha() and code.isupper()):
        rows.fail("country", f"{code!r} is not an ISO 3166 alpha-2 code")
    return code


def read_assumptions(path: str | Path) -> dict[str, Assumption]:
    """Load and validate an assumptions CSV (no caching)."""
    return {row["id"]: Assumption(row["id"], row["value"], row["unit"], row["meaning"], row["source_url"],
                                  row["as_of"], row["checked"], row["notes"], row["quote"])
            for row in read_sourced_values(path, ASSUMPTION_COLUMNS, ASSUMPTION_UNITS)}


@lru_cache(maxsize=1)
def _prices() -> dict[str, Price]:
    return read_prices(PRICES_CSV)


@lru_cache(maxsize=1)
def _assumptions() -> dict[str, Assumption]:
    return read_assumptions(ASSUMPTIONS_CSV)


def load_prices(path: str | Path | None = None) -> dict[str, Price]:
    """Every price row by id (the packaged file is read once and cached)."""
    return dict(_prices()) if path is None else read_prices(path)


def load_assumptions(path: str | Path | None = None) -> dict[str, Assumption]:
    """Every assumption row by id (the packaged file is read once and cached)."""
    return dict(_assumptions()) if path is None else read_assumptions(path)


def price(price_id: str) -> Price:
    return _prices()[price_id]


def priced_in(price_id: str, place: str) -> Price | None:
    """The row ``price_id`` where it prices ``place`` (an ISO code, or ``EU``): the row when its rate does not depend on
    the country or is that country's, else ``None`` (twarch holds no price there: never another country's rate)."""
    row = price(price_id)
    return row if row.country in ("", place) else None


def readings_of(row_id: str) -> tuple[Price, ...]:
    """The rows that are other readings of ``row_id`` (a ``prices.csv`` or ``providers.csv`` id): where sources
    disagree on a price, the bill prices the row itself and shows the total under each of these beside it."""
    return tuple(p for p in _prices().values() if p.reading_of == row_id)


def assumption(assumption_id: str) -> Assumption:
    return _assumptions()[assumption_id]
