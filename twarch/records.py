"""``@record``: twarch's frozen dataclasses, whose generated methods are compiled once per installation.

Every value twarch passes around (answers, rules, providers, the recommendation, estimates) is a frozen
dataclass. ``dataclasses`` writes the source of each class's ``__init__``, ``__repr__``, ``__eq__``,
``__hash__``, ``__setattr__`` and ``__delattr__`` and compiles it again in every new process; for the fifty
classes a ``twarch`` command creates that took about 30 ms on Python 3.11, a quarter of the command.

:func:`record` is ``dataclasses.dataclass(frozen=True, ...)`` with one difference: while it builds a class,
the source ``dataclasses`` hands to ``exec`` is looked up, by its exact text, among the code compiled for that
class on an earlier run, and compiled only when it is not there. Code compiled from the same text by the same
Python (its cache tag and bytecode magic number are the file's key) is what ``exec`` would have compiled, so
the class is the same either way; ``tests/test_records.py`` checks it. The code is kept in one file per class
through :mod:`twarch.stored`, which writes nothing under ``PYTHONDONTWRITEBYTECODE``.

This relies on ``dataclasses`` calling ``exec`` by its global name, as CPython 3.11 to 3.13 do; a
``dataclasses`` that does otherwise builds every class itself, only slower.
"""

from __future__ import annotations

import dataclasses
import threading
from importlib.util import MAGIC_NUMBER
from types import CodeType
from typing import Any, TypeVar, dataclass_transform

from . import stored

__all__ = ["record"]

T = TypeVar("T", bound=type)

KEY = (MAGIC_NUMBER,)  # code objects are Python's bytecode: the file is good for the Python that wrote it
_building = threading.Lock()  # ``exec`` is swapped for one class at a time


@dataclass_transform(frozen_default=True, field_specifiers=(dataclasses.field,))
def record(cls: T | None = None, /, **options: Any) -> Any:
    """``@record`` or ``@record(eq=False, ...)``: ``@dataclass(frozen=True, ...)`` with its methods' code cached."""
    if cls is None:
        return lambda cls: _build(cls, options)
    return _build(cls, options)


def _build(cls: T, options: dict[str, Any]) -> T:
    file = stored.path(f"record-{cls.__module__}.{cls.__qualname__}")
    known = stored.load(file, KEY)
    known = known if isinstance(known, dict) else {}
    used: dict[str, Any] = {}

    def cached_exec(source: str, globals: dict | None = None, locals: dict | None = None) -> None:
        code = known.get(source)
        if not isinstance(code, CodeType):
            code = compile(source, "<string>", "exec")  # what exec(source) compiles
        used[source] = code
        exec(code, globals, locals)

    with _building:
        dataclasses.exec = cached_exec  # found before the builtin by dataclasses' own calls to exec
        try:
            built = dataclasses.dataclass(cls, frozen=True, **options)
        finally:
            del dataclasses.exec
    if used.keys() != known.keys():
        stored.save(file, KEY, used)
    return built
