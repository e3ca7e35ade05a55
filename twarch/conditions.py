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
>>> describe({"channels": "sms"}, sets=frozenset({"channels"}))
'channels includes sms'
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

Condition = Mapping[str, Any]
_COMPARE = {"gt": lambda a, b: a > b, "ge": lambda a, b: a >= b, "lt": lambda a, b: a < b, "le": lambda a, b: a <= b}
_WORDS = {"gt": ">", "ge": ">=", "lt": "<", "le": "<="}


def holds(cond: Condition, facts: Mapping[str, Any]) -> bool:
    """Whether the condition is true of the facts."""
    return compile_condition(cond)(facts)


Predicate = Callable[[Mapping[str, Any]], bool]
_COMPILED: dict[int, tuple[Condition, Predicate]] = {}


def compile_condition(cond: Condition) -> Predicate:
    """The condition as a fast predicate over facts (cached per condition object)."""
    hit = _COMPILED.get(id(cond))
    if hit is not None and hit[0] is cond:
        return hit[1]
    if len(_COMPILED) > 10_000:
        _COMPILED.clear()
    pred = _conjunction([_compile_one(k, v) for k, v in cond.items()])
    _COMPILED[id(cond)] = (cond, pred)
    return pred


def _conjunction(preds: list[Predicate]) -> Predicate:
    if len(preds) == 1:
        return preds[0]

    def every(facts: Mapping[str, Any]) -> bool:
        for pred in preds:
            if not pred(facts):
                return False
        return True

    return every


def _compile_one(key: str, expected: Any) -> Predicate:
    if key in ("all", "any"):
        preds = [compile_condition(c) for c in expected]
        if key == "all":
            return _conjunction(preds) if preds else (lambda facts: True)
        return lambda facts: any(p(facts) for p in preds)
    if key == "not":
        inner = compile_condition(expected)
        return lambda facts: not inner(facts)
    if expected is None:
        return lambda facts: facts.get(key) is None
    if isinstance(expected, Mapping):
        checks = [(_COMPARE[op], bound) for op, bound in expected.items()]

        def compare(facts: Mapping[str, Any]) -> bool:
            actual = facts.get(key)
            return actual is not None and all(op(actual, bound) for op, bound in checks)

        return compare
    if isinstance(expected, (list, tuple)):
        options = frozenset(expected)

        def one_of(facts: Mapping[str, Any]) -> bool:
            actual = facts.get(key)
            if actual is None:
                return False
            return not options.isdisjoint(actual) if isinstance(actual, (list, tuple)) else actual in options

        return one_of

    def equals(facts: Mapping[str, Any]) -> bool:
        actual = facts.get(key)
        if actual is None:
            return False
        return expected in actual if isinstance(actual, (list, tuple)) else actual == expected

    return equals


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


def describe(cond: Condition, sets: frozenset[str] = frozenset()) -> str:
    """The condition in words, for traces: ``channels includes sms and memory = true``.

    ``sets`` names the facts that hold sets, where one expected value reads "includes".
    """
    if not cond:
        return "always"
    parts = [_describe_one(k, v, sets) for k, v in cond.items()]
    if len(parts) > 1:
        parts = [f"({p})" if " or " in p else p for p in parts]
    return " and ".join(parts)


def _describe_one(key: str, expected: Any, sets: frozenset[str]) -> str:
    if key in ("all", "any"):
        joiner = " and " if key == "all" else " or "
        parts = [describe(c, sets) for c in expected]
        return joiner.join(f"({p})" if (" and " in p or " or " in p) else p for p in parts)
    if key == "not":
        (inner_key, inner_value), *rest = list(expected.items()) or [(None, 0)]
        if inner_value is None and not rest:
            return f"{inner_key} answered"
        return f"not ({describe(expected, sets)})"
    if expected is None:
        return f"{key} unanswered"
    if isinstance(expected, Mapping):
        return " and ".join(f"{key} {_WORDS[op]} {bound}" for op, bound in expected.items())
    if isinstance(expected, (list, tuple)):
        return f"{key} in {{{', '.join(_value(e) for e in expected)}}}"
    if key in sets and isinstance(expected, str):
        return f"{key} includes {expected}"
    return f"{key} = {_value(expected)}"


def _value(value: Any) -> str:
    return json.dumps(value) if isinstance(value, bool) else str(value)
