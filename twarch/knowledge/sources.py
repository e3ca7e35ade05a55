"""Where a figure or a claim comes from: a label, a URL and the date it carries.

``as_of`` is the date the source shows for the figure (its publication or revision date) or, where the
page is undated, the date it was read; ``undated`` when neither is known. Every sourced row in
:mod:`twarch.knowledge` cites :class:`Source` objects, and the report prints them as links.

A *quote* is the few words of a source a fact rests on (at most :data:`QUOTE_WORDS` words), copied exactly so
``twarch facts verify`` can look for them on the live page. It is a check string, never shown to users (reports
put every fact in twarch's own words). Claims and limits carry their own ``quote`` (one source serves many of
them); a source that is a fact by itself (a checklist or regime source) carries it on the :class:`Source`; the
CSV tables have ``quote`` columns. A fact without one is reported as ``no quote``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: An as-of date: ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or ``undated``.
AS_OF = re.compile(r"^(undated|\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?)$")
URL = re.compile(r"^https?://\S+$")
#: The most words a verification quote may have: the words a fact rests on, not a passage.
QUOTE_WORDS = 12


def quote_problem(quote: str) -> str:
    """What is wrong with a verification quote, or ``""`` (an empty quote is allowed: the fact has none)."""
    if not isinstance(quote, str):
        return f"expected text, got {type(quote).__name__}"
    if quote != quote.strip() or "\n" in quote:
        return "must be one line without leading or trailing spaces"
    words = len(quote.split())
    if words > QUOTE_WORDS:
        return f"has {words} words; a quote is at most {QUOTE_WORDS}"
    return ""


@dataclass(frozen=True)
class Source:
    """One citation. Construction checks the URL and the date, so a bad row fails where it is written."""

    label: str
    url: str
    as_of: str
    quote: str = ""  #: the words at this source the citing fact rests on (a check string for ``facts verify``)

    def __post_init__(self) -> None:
        if not self.label.strip():
            raise ValueError(f"source {self.url!r}: empty label")
        if not URL.match(self.url):
            raise ValueError(f"source {self.label!r}: {self.url!r} is not an http(s) URL")
        if not AS_OF.match(self.as_of):
            raise ValueError(f"source {self.label!r}: as_of {self.as_of!r} is not YYYY[-MM[-DD]] or 'undated'")
        if quote_problem(self.quote):
            raise ValueError(f"source {self.label!r}: quote {quote_problem(self.quote)}")

    def to_dict(self) -> dict[str, str]:
        """The citation as shown to users: label, URL and date (the quote is a check string, not shown)."""
        return {"label": self.label, "url": self.url, "as_of": self.as_of}
