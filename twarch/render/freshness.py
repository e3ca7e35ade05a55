"""How current the facts behind a design are, in one line every view shows the same way.

:func:`freshness_line` is the line: the Markdown and HTML reports and the hand-out print it under "How current this
is" (through :func:`twarch.render.reports.document`), the Wizard shows it under the architecture, and the JSON
report carries :func:`freshness` as data (``"freshness"``) with the line in it.

The facts behind a design are the product claims its items cite (:mod:`twarch.knowledge.claims`), each with the date
it was last checked at its sources. **The 90 days are counted back from the knowledge's review date**
(:data:`~twarch.knowledge.claims.REVIEWED`), not from today: a fact "older than 90 days" had gone more than
:data:`~twarch.knowledge.claims.FRESH_DAYS` days unchecked when the knowledge was last reviewed as a whole. The
clock never enters, so the same answers give the same bytes on any day; how much older everything is by the day the
report is read is today minus the review date, and ``twarch facts verify`` re-checks the facts at their sources
(``twarch facts --older-than DAYS`` lists them by their age today).

>>> from twarch import recommend
>>> line = freshness_line(recommend({"channels": ["voice"]}))
>>> line.startswith("twarch's knowledge was last reviewed on ") and line.endswith("at their sources.")
True
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..knowledge.claims import CLAIMS, FRESH_DAYS, REVIEWED
from ..recommendation import Recommendation

#: The command that re-checks the facts at their sources.
RECHECK = "twarch facts verify"


@dataclass(frozen=True)
class Freshness:
    """The age of the facts behind one design, counted back from the knowledge's review date."""

    reviewed: str  #: when the knowledge was last reviewed as a whole (the date ages count back from)
    facts: int  #: product facts behind the design
    oldest: str = ""  #: the id of the one checked longest before the review ("" when there is none)
    oldest_checked: str = ""
    older: tuple[str, ...] = ()  #: the ids of those checked more than ``days`` days before the review
    days: int = FRESH_DAYS

    @property
    def line(self) -> str:
        """The sentence the reports, the hand-out and the Wizard show."""
        text = f"twarch's knowledge was last reviewed on {self.reviewed}."
        if not self.facts:
            return f"{text} `{RECHECK}` re-checks its facts at their sources."
        which = "The one product fact" if self.facts == 1 else f"The oldest of the {self.facts} product facts"
        older = (f"{len(self.older)} had gone more than {self.days} days unchecked ({', '.join(self.older)})"
                 if self.older else f"none had gone more than {self.days} days unchecked")
        return (f"{text} {which} behind this advice was checked on {self.oldest_checked} ({self.oldest}); {older} at "
                f"that review. `{RECHECK}` re-checks them at their sources.")

    def to_dict(self) -> dict[str, Any]:
        return {"reviewed": self.reviewed, "facts": self.facts,
                "oldest": {"id": self.oldest, "checked": self.oldest_checked} if self.oldest else None,
                "older_than_days": self.days, "older": len(self.older), "older_ids": list(self.older),
                "counted_from": self.reviewed, "recheck": RECHECK, "line": self.line}


def freshness(rec: Recommendation) -> Freshness:
    """How current the product facts behind ``rec`` were when the knowledge was reviewed (deterministic)."""
    cited = {c for item in rec.items() for c in dict(item.details).get("claims", ())}
    claims = sorted((CLAIMS[c] for c in cited), key=lambda c: (c.checked, c.id))
    if not claims:
        return Freshness(REVIEWED, 0)
    return Freshness(REVIEWED, len(claims), claims[0].id, claims[0].checked, tuple(c.id for c in claims if c.stale))


def freshness_line(rec: Recommendation) -> str:
    """The one line on how current the facts behind ``rec`` are, naming ``twarch facts verify``."""
    return freshness(rec).line
