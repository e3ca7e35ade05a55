"""One memo for the engine's pure functions: results keyed by the values they depend on.

A table's items depend only on the facts its rules read, so a full sweep of the answer space computes each
distinct result once. The memo is bounded (each function's store is emptied when it outgrows :data:`LIMIT`) and
never changes an output: the functions it wraps are pure.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

LIMIT = 200_000
_STORES: list[dict[tuple, Any]] = []
_MISSING = object()
F = TypeVar("F", bound=Callable[..., Any])


def memoised(key: Callable[..., tuple]) -> Callable[[F], F]:
    """Memoise a pure function on ``key(*args)``: a tuple of everything its result depends on.

    Each function has its own store, so keys need not name the function; a store is emptied when it reaches
    :data:`LIMIT` entries.
    """

    def decorate(fn: F) -> F:
        store: dict[tuple, Any] = {}
        _STORES.append(store)

        @functools.wraps(fn)
        def wrapper(*args: Any) -> Any:
            k = key(*args)
            hit = store.get(k, _MISSING)
            if hit is _MISSING:
                if len(store) >= LIMIT:
                    store.clear()
                hit = store[k] = fn(*args)
            return hit

        return wrapper  # type: ignore[return-value]  # functools.wraps keeps fn's signature; mypy cannot tell

    return decorate


def clear() -> None:
    """Forget every memoised result (benchmarks measure cold runs with this)."""
    for store in _STORES:
        store.clear()

