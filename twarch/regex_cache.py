"""Regular expressions compiled once per installation, not once per run.

Reading a request scans it with a few hundred patterns (:mod:`twarch.knowledge.signals`). Python's
``re`` parses and compiles each one again in every new process, which took about 45 ms of each
``twarch`` command. :func:`compile_all` keeps what ``re``'s compiler produces (the pattern's program:
a list of integers, plus its flags and group names) in one file beside twarch's bytecode and, on the
next run, hands it straight to the regular-expression engine, skipping the parser and compiler.

The file is kept by :mod:`twarch.stored`, beside twarch's bytecode and with its rules. It is used only when
it was written by the same Python (``sys.implementation.cache_tag``, the regular-expression engine's ``MAGIC``
and code size) for exactly the same patterns (the file keeps them and compares them all); anything else,
including a damaged or unreadable file, is compiled the ordinary way and the file rewritten when it may be
written. The engine validates every program it is given. The patterns come out equal to ``re.compile``'s
(same ``pattern``, ``flags``, groups and matches), which ``tests/test_regex_cache.py`` checks over every
pattern twarch declares.

This relies on two names CPython does not document (``re._compiler`` and ``_sre.compile``); on any
Python without them every pattern is compiled by ``re.compile``, only slower.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from pathlib import Path

from . import stored

__all__ = ["cache_path", "compile_all"]

try:  # CPython's internals: the compiler ``re.compile`` calls, and the engine it hands the program to.
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover - another Python: everything through re.compile
    _sre = _compiler = _parser = None

Source = tuple[str, int]  # (pattern, flags), as given to re.compile


def cache_path(name: str) -> Path:
    """Where the cache called ``name`` lives: beside this module's bytecode, tagged with the Python."""
    return stored.path(f"regex-{name}")


def compile_all(name: str, sources: Sequence[Source]) -> Sequence[re.Pattern[str]]:
    """``re.compile(pattern, flags)`` for each of ``sources``, in order, through the cache called ``name``.

    When there is no usable cache and none can be written (``PYTHONDONTWRITEBYTECODE``, a folder this user cannot
    write), each pattern is compiled only when first asked for, as ``re.compile`` would be.
    """
    if _sre is None:  # pragma: no cover
        return _OnDemand(sources)
    key, path = _key(sources), cache_path(name)
    programs = _read(path, key, len(sources))
    if programs is not None:
        try:
            return tuple(_sre.compile(pattern, *program) for (pattern, _), program in zip(sources, programs))
        except (TypeError, ValueError, RuntimeError):  # a program the engine refuses: compile afresh
            pass
    if not stored.writable(path):
        return _OnDemand(sources)
    programs = tuple(_program(pattern, flags) for pattern, flags in sources)
    stored.save(path, key, programs)
    return tuple(_sre.compile(pattern, *program) for (pattern, _), program in zip(sources, programs))


class _OnDemand(Sequence):
    """The patterns of ``sources``, each compiled by ``re.compile`` the first time it is read."""

    def __init__(self, sources: Sequence[Source]) -> None:
        self._sources = tuple(sources)
        self._patterns: list[re.Pattern[str] | None] = [None] * len(self._sources)

    def __len__(self) -> int:
        return len(self._sources)

    def __getitem__(self, index: int) -> re.Pattern[str]:  # type: ignore[override]
        pattern = self._patterns[index]
        if pattern is None:
            pattern = self._patterns[index] = re.compile(*self._sources[index])
        return pattern


def _key(sources: Sequence[Source]) -> tuple:
    """What a stored program depends on: the Python, its regular-expression engine and every (pattern, flags)."""
    return sys.implementation.cache_tag, _sre.MAGIC, _sre.CODESIZE, tuple((p, int(f)) for p, f in sources)


def _read(path: Path, key: tuple, count: int) -> tuple | None:
    """The programs stored at ``path`` for ``key``, or None when the file is missing, stale or damaged."""
    programs = stored.load(path, key)
    return programs if isinstance(programs, tuple) and len(programs) == count else None


def _program(pattern: str, flags: int) -> tuple:
    """What ``re._compiler.compile`` passes to ``_sre.compile`` after the pattern itself (CPython 3.11+)."""
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # opcodes are int subclasses marshal refuses
    groupindex = parsed.state.groupdict
    indexgroup = [None] * parsed.state.groups
    for group, index in groupindex.items():
        indexgroup[index] = group
    return int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup)
