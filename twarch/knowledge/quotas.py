"""Published rate limits of the LLM routes twarch prices: requests and tokens a minute, tier by tier.

``llm_quotas.csv`` holds one row per (route, model, tier): ``route`` is the ``llm`` answer (``openai``,
``anthropic``, ``google``, ``azure_openai``, ``bedrock``), ``model`` the ``providers.csv`` row standing for it,
``rank`` orders a route's tiers from the lowest, and the limits are requests, tokens (input and output together) or
input and output tokens a minute, each empty where the route does not publish one. A row with no limit at all says
where the figure lives instead (its notes). Every row names its source URL, the date its figure is as of, the date
it was checked and its status: ``confirmed`` (read at the vendor), ``conflict`` (sources disagree, both in the notes)
or ``unverified`` (a third party's copy). The capacity plan compares the design's peak with them
(:mod:`twarch.estimates.throughput`).

>>> [q.tier for q in quotas("azure_openai", "openai-gpt-4o-mini")][:1]
['Standard (regional) deployment, default quota']
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .prices import STATUSES
from .providers import _Rows, load_providers
from .stack import LLMS

QUOTAS_CSV = Path(__file__).parent / "llm_quotas.csv"
COLUMNS = ("id", "route", "model", "tier", "rank", "requests_per_minute", "tokens_per_minute",
           "input_tokens_per_minute", "output_tokens_per_minute", "status", "source_url", "as_of", "checked", "notes")
#: The limits a row may carry, with how a report names them.
LIMITS: dict[str, str] = {"requests_per_minute": "requests a minute", "tokens_per_minute": "tokens a minute",
                          "input_tokens_per_minute": "input tokens a minute",
                          "output_tokens_per_minute": "output tokens a minute"}


@dataclass(frozen=True)
class Quota:
    """One tier of one route's published limits (``limits`` holds only those published)."""

    id: str
    route: str
    model: str
    tier: str
    rank: int
    limits: tuple[tuple[str, int], ...]
    status: str
    source_url: str
    as_of: str
    checked: str
    notes: str = ""
    quote: str = ""


def read_quotas(path: str | Path) -> tuple[Quota, ...]:
    """Load and validate a quotas CSV (no caching): known routes and models, sourced and dated rows, unique ids."""
    rows = _Rows(Path(path), COLUMNS, ("quote",))
    models = {p.id for p in load_providers() if p.kind == "llm"}
    out: dict[str, Quota] = {}
    for r in rows:
        key = rows.slug(r, "id")
        if key in out:
            rows.fail("id", f"duplicate id {key!r}")
        route = rows.choice(r, "route", tuple(k for k, v in LLMS.items() if v.row))
        model = rows.choice(r, "model", tuple(sorted(models)))
        limits = tuple((name, int(value)) for name in LIMITS
                       if (value := rows.number(r, name, required=False, integer=True)) is not None)
        if not limits and not r["notes"].strip():
            rows.fail("notes", "a row without a limit says where the figure lives")
        out[key] = Quota(key, route, model, rows.text(r, "tier"), rows.number(r, "rank", integer=True), limits,
                         rows.choice(r, "status", STATUSES), rows.urls(r, "source_url"), rows.date(r, "as_of"),
                         rows.date(r, "checked"), r["notes"], rows.quote(r, "quote", "source_url"))
    if not out:
        raise ValueError(f"{rows.path}: no rows")
    return tuple(out.values())


@lru_cache(maxsize=1)
def load_quotas() -> tuple[Quota, ...]:
    """Every row of the packaged ``llm_quotas.csv`` (read once)."""
    return read_quotas(QUOTAS_CSV)


def quotas(route: str, model: str) -> tuple[Quota, ...]:
    """A route's tiers for a model, lowest first (empty when twarch holds none)."""
    return tuple(sorted((q for q in load_quotas() if q.route == route and q.model == model), key=lambda q: q.rank))
