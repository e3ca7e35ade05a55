"""What ``twarch facts verify`` found, fact by fact, and the table it prints (Markdown, JSON or CSV).

Each fact gets one status (:data:`STATUSES`, in the order a maintainer should look at them):

``changed``      the page was read and the quote is not on it: re-check the fact at its source
``unreachable``  the page could not be read whole enough to tell (HTTP error, timeout, not text, too large)
``no quote``     the fact holds no quote to look for
``holds``        the quote is on the page

The table lists changed facts first, then unreachable, no quote and holds, each group by fact id.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, fields
from typing import Any

from ..knowledge.inventory import SourcedFact
from ..text import visible
from .fetch import Page
from .text import normalise

STATUSES = ("changed", "unreachable", "no quote", "holds")
FORMATS = ("md", "json", "csv")


@dataclass(frozen=True)
class Result:
    """One fact checked against its source page."""

    fact: str  #: the fact's id (as ``twarch facts`` lists it)
    kind: str
    status: str  #: one of :data:`STATUSES`
    source: str  #: the URL the fact cites
    checked: str  #: when the fact was last checked (or the date its source carries)
    quote: str = ""
    final_url: str = ""  #: where the page was read, after redirects ("" when nothing answered)
    fetched: str = ""  #: when the page was read ("" when it was not fetched)
    detail: str = ""  #: why it is unreachable, or what else to know


def judge(fact: SourcedFact, page: Page | None) -> Result:
    """The status of one fact, given its source page as read (``None``: not fetched, for a fact without a quote)."""
    base = Result(fact.id, fact.kind, "no quote", fact.source, fact.checked, fact.quote)
    if page is None:
        return _with(base, "no quote", detail="not fetched")
    final = visible(page.final_url)  # what a server sent (or a cache held) reaches the table written out
    read = {"final_url": final, "fetched": page.fetched}
    moved = f"read at {final}" if final and final != fact.source else ""
    if not page.readable:
        return _with(base, "unreachable", detail=visible(page.problem), **read)
    if not fact.quote:
        return _with(base, "no quote", detail=moved, **read)
    if normalise(fact.quote) in page.text:
        part = "found in the part read (the page is longer)" if page.truncated else ""
        return _with(base, "holds", detail="; ".join(d for d in (moved, part) if d), **read)
    if page.truncated:
        return _with(base, "unreachable", detail="the page is too large to read whole and the quote is not in the "
                                                 "part read", **read)
    return _with(base, "changed", detail="; ".join(d for d in ("the quote is not on the page", moved) if d), **read)


def _with(result: Result, status: str, **changes: str) -> Result:
    return Result(**{**asdict(result), "status": status, **changes})


@dataclass(frozen=True)
class Verification:
    """Every fact's result, most urgent first, and how the pages were read."""

    results: tuple[Result, ...]
    pages: int  #: distinct source pages needed
    cached: int  #: of them, read from the cache
    offline: bool  #: every page fetched now failed to reach a host

    @property
    def counts(self) -> dict[str, int]:
        return {status: sum(r.status == status for r in self.results) for status in STATUSES}

    @property
    def changed(self) -> bool:
        return any(r.status == "changed" for r in self.results)

    def summary(self) -> str:
        counts = ", ".join(f"{status} {n}" for status, n in self.counts.items())
        cache = f" ({self.cached} from the cache)" if self.cached else ""
        return f"{len(self.results)} facts, {self.pages} source pages{cache}: {counts}."

    def to_dict(self) -> dict[str, Any]:
        return {"facts": len(self.results), "pages": self.pages, "cached": self.cached, "counts": self.counts,
                "results": [asdict(r) for r in self.results]}


def sort_key(result: Result) -> tuple[int, str]:
    return STATUSES.index(result.status), result.fact


def verification(facts: Sequence[SourcedFact], pages: dict[str, Page]) -> Verification:
    """The results for ``facts`` given the pages read (a fact whose source is not among them was not fetched)."""
    results = tuple(sorted((judge(f, pages.get(f.source)) for f in facts), key=sort_key))
    live = [p for p in pages.values() if not p.cached]
    return Verification(results, len(pages), len(pages) - len(live), bool(live) and all(p.offline for p in live))


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def to_markdown(v: Verification) -> str:
    lines = ["# twarch facts verify", "", v.summary(), "",
             "| Status | Fact | Checked | Fetched | Source | Detail |", "|---|---|---|---|---|---|"]
    lines += [f"| {r.status} | `{r.fact}` | {r.checked} | {r.fetched} | {_cell(r.source)} | {_cell(r.detail)} |"
              for r in v.results]
    return "\n".join(lines) + "\n"


def to_json(v: Verification) -> str:
    return json.dumps(v.to_dict(), indent=2, ensure_ascii=False) + "\n"


def to_csv(v: Verification) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, [f.name for f in fields(Result)], lineterminator="\n")
    writer.writeheader()
    writer.writerows(asdict(r) for r in v.results)
    return out.getvalue()


def render(v: Verification, format: str) -> str:
    """The table in ``format``: ``md``, ``json`` or ``csv``."""
    return {"md": to_markdown, "json": to_json, "csv": to_csv}[format](v)
