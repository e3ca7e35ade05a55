"""Where a figure or a claim comes from: a label, a URL and the date it carries.

``as_of`` is the date the source shows for the figure (its publication or revision date) or, where the
page is undated, the date it was read; ``undated`` when neither is known. Every sourced row in
:mod:`twarch.knowledge` cites :class:`Source` objects, and the report prints them as links.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: An as-of date: ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or ``undated``.
AS_OF = re.compile(r"^(undated|\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?)$")
URL = re.compile(r"^https?://\S+$")


@dataclass(frozen=True)
class Source:
    """One citation. Construction checks the URL and the date, so a bad row fails where it is written."""

    label: str
    url: str
    as_of: str

    def __post_init__(self) -> None:
        if not self.label.strip():
            raise ValueError(f"source {self.url!r}: empty label")
        if not URL.match(self.url):
            raise ValueError(f"source {self.label!r}: {self.url!r} is not an http(s) URL")
        if not AS_OF.match(self.as_of):
            raise ValueError(f"source {self.label!r}: as_of {self.as_of!r} is not YYYY[-MM[-DD]] or 'undated'")

    def to_dict(self) -> dict[str, str]:
        return {"label": self.label, "url": self.url, "as_of": self.as_of}
