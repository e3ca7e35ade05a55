"""All-in voice-agent platforms with published per-minute list rates, for a buy-versus-build comparison.

``platforms.csv`` holds one row per platform: its per-minute rate (``rate_low``, and ``rate_high`` when the vendor
publishes a range), a monthly fee and free minutes where there are any, what the rate **includes** and what it
**excludes** (in twarch's words), and the row's source URL, the date its figure is as of, the date it was checked and
its status (``confirmed`` read at the vendor, ``unverified`` a third party's transcription or survey). Rates are
list prices before volume discounts: :mod:`twarch.estimates.platforms` prices a design's month on each.

>>> load_platforms()["agora"].includes.startswith("the selected speech-to-text")
True
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .prices import STATUSES
from .providers import _Rows

PLATFORMS_CSV = Path(__file__).parent / "platforms.csv"
COLUMNS = ("id", "platform", "rate_low", "rate_high", "monthly_fee", "free_minutes", "includes", "excludes", "status",
           "source_url", "as_of", "checked", "notes")


@dataclass(frozen=True)
class Platform:
    """One platform's published rate, what it covers and where it comes from."""

    id: str
    platform: str
    rate_low: float  #: USD per minute
    rate_high: float | None  #: USD per minute, the top of a published range (None: one rate)
    monthly_fee: float
    free_minutes: float
    includes: str
    excludes: str
    status: str
    source_url: str
    as_of: str
    checked: str
    notes: str = ""
    quote: str = ""

    @property
    def rate(self) -> str:
        """The rate in words: ``$0.10/min`` or ``$0.07-0.31/min``."""
        return f"${dollars(self.rate_low)}" + (f"-{dollars(self.rate_high)}" if self.rate_high is not None
                                               else "") + "/min"


def dollars(x: float) -> str:
    """A per-minute rate with at least two decimals: 0.1 -> ``0.10``, 0.038 -> ``0.038``."""
    text = f"{x:.4f}".rstrip("0")
    return text + "0" * max(0, 2 - len(text.split(".")[1]))


def read_platforms(path: str | Path) -> dict[str, Platform]:
    """Load and validate a platforms CSV (no caching): rates, what they include and exclude, sources and dates."""
    rows = _Rows(Path(path), COLUMNS, ("quote",))
    out: dict[str, Platform] = {}
    for r in rows:
        key = rows.slug(r, "id")
        if key in out:
            rows.fail("id", f"duplicate id {key!r}")
        low = float(rows.number(r, "rate_low"))
        high = rows.number(r, "rate_high", required=False)
        if high is not None and high < low:
            rows.fail("rate_high", f"{high} is below rate_low {low}")
        out[key] = Platform(key, rows.text(r, "platform"), low, None if high is None else float(high),
                            float(rows.number(r, "monthly_fee", required=False) or 0),
                            float(rows.number(r, "free_minutes", required=False) or 0), rows.text(r, "includes"),
                            rows.text(r, "excludes"), rows.choice(r, "status", STATUSES), rows.urls(r, "source_url"),
                            rows.date(r, "as_of"), rows.date(r, "checked"), r["notes"],
                            rows.quote(r, "quote", "source_url"))
    if not out:
        raise ValueError(f"{rows.path}: no rows")
    return out


@lru_cache(maxsize=1)
def _platforms() -> dict[str, Platform]:
    return read_platforms(PLATFORMS_CSV)


def load_platforms(path: str | Path | None = None) -> dict[str, Platform]:
    """Every platform by id (the packaged file is read once and cached)."""
    return dict(_platforms()) if path is None else read_platforms(path)
