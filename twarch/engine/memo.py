"""One memo for the engine's pure functions: results keyed by the values they depend on.

A table's items depend only on the facts its rules read, so a full sweep of the answer space computes each
distinct result once. The memo is bounded (it is emptied when it outgrows :data:`LIMIT`) and never changes
an output: the functions it wraps are pure.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

LIMIT = 200_000
_STORE: dict[tuple, Any] = {}
_MISSING = object()
F = TypeVar("F", bound=Callable[..., Any])


def memoised(key: Callable[..., tuple]) -> Callable[[F], F]:
    """Memoise a pure function on ``key(*args)``: a tuple of everything its result depends on."""

    def decorate(fn: F) -> F:
        @functools.wraps(fn)
        def wrapper(*args: Any) -> Any:
            k = (fn, *key(*args))
            hit = _STORE.get(k, _MISSING)
            if hit is _MISSING:
                if len(_STORE) >= LIMIT:
                    _STORE.clear()
                hit = _STORE[k] = fn(*args)
            return hit

        return wrapper  # type: ignore[return-value]

    return decorate


def clear() -> None:
    """Forget every memoised result (benchmarks measure cold runs with this)."""
    _STORE.clear()


def size() -> int:
    return len(_STORE)
