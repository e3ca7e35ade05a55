"""``twarch facts verify``: is each fact's quote still on its source page?

Every sourced fact twarch holds (:func:`twarch.knowledge.inventory.sourced_facts`) may carry a *quote*: the few
words of its source it rests on. :func:`verify` reads each source page once (:mod:`.fetch`: the standard library
only, a timeout, :data:`~.fetch.WORKERS` requests in flight, a cache of recent pages), reduces it to text
(:mod:`.text`) and tells, per fact, whether the quote ``holds``, the page ``changed`` (it was read and the quote is
gone: re-check the fact), is ``unreachable``, or the fact has ``no quote`` (:mod:`.results`). The pages of facts
without a quote are read too, so a dead source shows as unreachable.

This is the only part of twarch that uses the network, and only when someone runs it; the command line imports
it inside ``twarch facts verify`` alone.

>>> from twarch.knowledge.inventory import SourcedFact
>>> fact = SourcedFact("x.example", "claim", "An example.", "http://127.0.0.1:9/page", "2026-11-27")
>>> verify([fact], quoted_only=True).results[0].status   # no quote: nothing to fetch
'no quote'
"""

from __future__ import annotations

from collections.abc import Sequence

from ..knowledge.inventory import SourcedFact, sourced_facts
from .fetch import MAX_BYTES, TIMEOUT, WORKERS, PageCache, default_cache, fetch_pages
from .results import FORMATS, STATUSES, Result, Verification, render, verification


def verify(facts: Sequence[SourcedFact] | None = None, *, quoted_only: bool = False, refresh: bool = False,
           timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES, workers: int = WORKERS,
           cache: PageCache | None = None) -> Verification:
    """Check ``facts`` (default: every sourced fact) against their live source pages.

    ``quoted_only`` reads only the pages of facts that carry a quote; ``refresh`` ignores the cache (``cache``:
    default the user's, see :func:`~.fetch.default_cache`); ``timeout`` is the seconds one page may take in all
    and ``max_bytes`` the most of one page read.
    """
    facts = sourced_facts() if facts is None else list(facts)
    urls = [f.source for f in facts if f.quote or not quoted_only]
    cache = default_cache() if cache is None else cache
    pages = fetch_pages(urls, cache=cache, refresh=refresh, timeout=timeout, max_bytes=max_bytes, workers=workers)
    return verification(facts, pages)


__all__ = ["FORMATS", "STATUSES", "PageCache", "Result", "Verification", "render", "verify"]
