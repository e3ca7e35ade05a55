"""Every sourced fact twarch holds, in one list: what it says, where it comes from, and when it was checked.

:func:`sourced_facts` gathers the product claims (:mod:`~twarch.knowledge.claims`), the platform limits, the
skills catalogue pin, the regimes and checklist obligations, Twilio's voice figures, every figure of the
provider table, Twilio's prices, the cost model's assumptions, the LLM routes' published quotas and the
voice-agent platforms' rates, each with the date it was last checked at its source (or, where no check date is
recorded, the date its source carries) and the quote it rests on there, where one is held.
``twarch facts --older-than DAYS`` prints them oldest first; ``twarch facts verify`` looks for each
quote on the live page (:mod:`twarch.verify`).
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from . import checklist, claims, limits, platforms, prices, providers, quotas, regimes, skills


@dataclass(frozen=True)
class SourcedFact:
    id: str
    kind: str  #: claim, limit, skills, regime, checklist, voice figure, provider price, provider latency, languages,
    #: price, assumption, LLM quota, platform rate
    claim: str
    source: str  #: the URL
    checked: str  #: the date it was last checked, or the date its source carries
    status: str = ""  #: for claims and prices: conflict / unverified / playbook
    quote: str = ""  #: the words of the source the fact rests on ("" when none is held)

    @property
    def date(self) -> datetime.date:
        """The check date as a date (a year or month alone counts from its first day)."""
        return _as_date(self.checked)

    def age_days(self, today: datetime.date) -> int:
        return (today - self.date).days

    def to_dict(self) -> dict[str, str]:
        return {"id": self.id, "kind": self.kind, "claim": self.claim, "source": self.source,
                "checked": self.checked, "status": self.status}


_UNDATED = datetime.date(1970, 1, 1)


def _as_date(text: str) -> datetime.date:
    """``2026-11-27`` / ``2026-11`` / ``2026`` as a date; ``undated`` sorts first, as the oldest."""
    match = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", text)
    if match is None:
        return _UNDATED
    year, month, day = match.groups()
    return datetime.date(int(year), int(month or 1), int(day or 1))


def sourced_facts() -> list[SourcedFact]:
    """Every sourced fact, oldest check first (ties by id)."""
    out: list[SourcedFact] = []
    for c in claims.CLAIMS.values():
        out.append(SourcedFact(c.id, "claim", c.text, c.sources[0].url, c.checked,
                               "" if c.status == "confirmed" else c.status, c.quote))
    for limit in limits.LIMITS.values():
        out.append(SourcedFact(f"limit.{limit.id}", "limit", f"{limit.value}: {limit.meaning}", limit.sources[0].url,
                               limit.checked, quote=limit.quote))
    out.append(SourcedFact("skills.catalogue", "skills", f"Twilio's skills catalogue pinned at {skills.COMMIT[:7]}",
                           skills.SOURCE.url, skills.CHECKED))
    for regime in regimes.REGIMES.values():
        for n, source in enumerate(regime.sources):
            out.append(SourcedFact(f"regime.{regime.id}.{n}", "regime", f"{regime.name}: {source.label}", source.url,
                                   source.as_of, quote=source.quote))
    for entry in checklist.entries():
        for n, source in enumerate(entry.sources):
            out.append(SourcedFact(f"checklist.{entry.id}.{n}", "checklist", entry.title, source.url, source.as_of,
                                   quote=source.quote))
    for fact in providers.load_voice_facts().values():
        out.append(SourcedFact(f"voice.{fact.id}", "voice figure", f"{fact.value:g} {fact.unit}: {fact.meaning}",
                               fact.source_url.split()[0], fact.as_of, quote=fact.quote))
    for p in providers.load_providers():
        out.append(SourcedFact(f"provider.{p.id}.price", "provider price",
                               f"{p.label}: " + ("no sourced price" if p.unit_price is None else
                                                 f"{p.unit_price:g} {p.price_unit}"),
                               p.source_url.split()[0], p.as_of, quote=p.quote))
        if p.latency_ms is not None:
            out.append(SourcedFact(f"provider.{p.id}.latency", "provider latency",
                                   f"{p.label}: {p.latency_ms} ms ({p.latency_metric})", p.latency_source.split()[0],
                                   p.latency_as_of, quote=p.latency_quote))
        if p.languages is not None:
            out.append(SourcedFact(f"provider.{p.id}.languages", "languages",
                                   f"{p.label}: {len(p.languages)} languages"
                                   + (" (the part of its list that was sourced)" if p.languages_partial else ""),
                                   p.languages_source.split()[0],
                                   p.languages_as_of, quote=p.languages_quote))
    for price in prices.load_prices().values():
        figure = "no sourced figure" if price.price is None else f"{price.price:g} {price.unit}"
        out.append(SourcedFact(f"price.{price.id}", "price", f"{price.product}: {figure}", price.source_url.split()[0],
                               price.checked, "" if price.status == "confirmed" else price.status, price.quote))
    for a in prices.load_assumptions().values():
        out.append(SourcedFact(f"assumption.{a.id}", "assumption", f"{a.value:g} {a.unit}: {a.meaning}",
                               a.source_url.split()[0], a.checked, quote=a.quote))
    for q in quotas.load_quotas():
        limits_text = ", ".join(f"{value:,} {quotas.LIMITS[name]}" for name, value in q.limits) or "no figure"
        out.append(SourcedFact(f"quota.{q.id}", "LLM quota", f"{q.route} {q.model}, {q.tier}: {limits_text}",
                               q.source_url.split()[0], q.checked, "" if q.status == "confirmed" else q.status,
                               q.quote))
    for platform in platforms.load_platforms().values():
        out.append(SourcedFact(f"platform.{platform.id}", "platform rate", f"{platform.platform}: {platform.rate}",
                               platform.source_url.split()[0], platform.checked,
                               "" if platform.status == "confirmed" else platform.status, platform.quote))
    return sorted(out, key=lambda f: (f.date, f.id))


def older_than(days: int, today: datetime.date | None = None) -> list[SourcedFact]:
    """The facts last checked more than ``days`` days before ``today`` (default: the current date)."""
    today = today or datetime.date.today()
    return [f for f in sourced_facts() if f.age_days(today) > days]
