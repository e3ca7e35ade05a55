"""A tiny, pure evaluator for rule conditions written as plain data.

A condition is a mapping, so rules stay tables (and can live in JSON):

* ``{"memory": True}``                 the fact equals the value
* ``{"channels": "sms"}``              a list fact contains the value
* ``{"industry": ["healthcare", "retail"]}``  the fact is one of these (for a list fact: shares one)
* ``{"peak_concurrent_calls": {"gt": 5}}``    comparisons: ``gt``, ``ge``, ``lt``, ``le``
* ``{"memory": None}``                 the fact is unanswered / absent
* ``{"all": [...]}``, ``{"any": [...]}``, ``{"not": {...}}``
* several keys in one mapping must all hold; ``{}`` always holds.

An absent fact never satisfies anything but ``None``: unanswered never triggers a rule.

>>> holds({"channels": "sms", "memory": True}, {"channels": ["voice", "sms"], "memory": True})
True
>>> describe({"any": [{"memory": True}, {"handoff": True}]})
'memory = true or handoff = true'
"""

from __future__ import annotations

import json
from typing import Any, Mapping

Condition = Mapping[str, Any]
_COMPARE = {"gt": lambda a, b: a > b, "ge": lambda a, b: a >= b, "lt": lambda a, b: a < b, "le": lambda a, b: a <= b}
_WORDS = {"gt": ">", "ge": ">=", "lt": "<", "le": "<="}


def holds(cond: Condition, facts: Mapping[str, Any]) -> bool:
    """Whether the condition is true of the facts."""
    return all(_holds_one(key, expected, facts) for key, expected in cond.items())


def _holds_one(key: str, expected: Any, facts: Mapping[str, Any]) -> bool:
    if key == "all":
        return all(holds(c, facts) for c in expected)
    if key == "any":
        return any(holds(c, facts) for c in expected)
    if key == "not":
        return not holds(expected, facts)
    actual = facts.get(key)
    if expected is None:
        return actual is None
    if actual is None:
        return False
    if isinstance(expected, Mapping):
        return all(_COMPARE[op](actual, bound) for op, bound in expected.items())
    is_list = isinstance(actual, (list, tuple))
    if isinstance(expected, (list, tuple)):
        return bool(set(actual) & set(expected)) if is_list else actual in expected
    return expected in actual if is_list else actual == expected


def fields(cond: Condition) -> tuple[str, ...]:
    """The fact names a condition reads, in order of first mention."""
    seen: list[str] = []
    for key, value in cond.items():
        if key in ("all", "any"):
            parts = [f for c in value for f in fields(c)]
        elif key == "not":
            parts = list(fields(value))
        else:
            parts = [key]
        seen.extend(p for p in parts if p not in seen)
    return tuple(seen)


def describe(cond: Condition) -> str:
    """The condition in words, for traces: ``channels includes sms and memory = true``."""
    if not cond:
        return "always"
    return " and ".join(_describe_one(k, v) for k, v in cond.items())


def _describe_one(key: str, expected: Any) -> str:
    if key in ("all", "any"):
        joiner = " and " if key == "all" else " or "
        parts = [describe(c) for c in expected]
        return joiner.join(f"({p})" if (" and " in p or " or " in p) else p for p in parts)
    if key == "not":
        return f"not ({describe(expected)})"
    if expected is None:
        return f"{key} unanswered"
    if isinstance(expected, Mapping):
        return " and ".join(f"{key} {_WORDS[op]} {bound}" for op, bound in expected.items())
    if isinstance(expected, (list, tuple)):
        return f"{key} in {{{', '.join(_value(e) for e in expected)}}}"
    if key in _LIST_FACTS and isinstance(expected, str):
        return f"{key} includes {expected}"
    return f"{key} = {_value(expected)}"


def _value(value: Any) -> str:
    return json.dumps(value) if isinstance(value, bool) else str(value)


#: Facts that hold lists: a single expected value means "contains".
_LIST_FACTS = frozenset({"channels", "wants", "languages", "regulations", "products", "regimes"})
