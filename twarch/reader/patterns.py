"""The request reader's regular expressions, compiled once per installation rather than once per run.

Reading a request scans it with a few hundred patterns (:mod:`twarch.knowledge.signals`). Python's ``re``
parses and compiles each one again in every new process, which costs a few hundred milliseconds of each
``twarch`` command. :func:`compile_all` keeps what ``re``'s compiler produces (the pattern's program: a list
of integers, plus its flags and group names) in one file beside twarch's bytecode and, on the next run, hands
it straight to the regular-expression engine, skipping the parser and compiler.

The file is trusted as little as Python trusts its own bytecode, and a little less:

* it is used only when it was written by the same Python (``sys.implementation.cache_tag``, the engine's
  ``MAGIC`` and code size) for exactly the same patterns (the file keeps them and compares them all);
* its content carries a CRC-32, checked before anything in it is unpacked, so a damaged file (a flipped bit, a
  truncated write) is never handed to ``marshal`` or to the engine;
* it must be a regular file owned by this user or by the owner of the patterns' source file, and no more
  writable by others than that source file: a file another local user could have rewritten is not read;
* it is written with the source file's permissions (as ``importlib`` writes ``.pyc`` files), never wider,
  and not at all under ``PYTHONDONTWRITEBYTECODE`` or into a folder this user cannot write;
  ``PYTHONPYCACHEPREFIX`` moves it.

Anything else (missing, stale, damaged, foreign, too open, unreadable) is compiled the ordinary way and the
file rewritten when it may be. The patterns come out equal to ``re.compile``'s (same ``pattern``, ``flags``,
groups and matches), which ``tests/test_patterns.py`` checks over every pattern twarch declares.

This relies on two names CPython does not document (``re._compiler``, ``sre_compile`` before 3.11, and
``_sre.compile``); on any Python without them every pattern is compiled by ``re.compile``, only slower. Deleting
the file is always safe.
"""

from __future__ import annotations

import marshal
import os
import re
import stat
import sys
import zlib
from collections.abc import Sequence
from importlib.util import cache_from_source
from pathlib import Path

from ..io.files import write_bytes

__all__ = ["cache_path", "compile_all"]

try:  # CPython's internals: the compiler ``re.compile`` calls, and the engine it hands the program to.
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]  # private: typeshed does not declare them
except ImportError:  # pragma: no cover - CPython 3.10 names them sre_compile and sre_parse; elsewhere re.compile
    try:
        import _sre
        import sre_compile as _compiler
        import sre_parse as _parser
    except ImportError:
        _sre = _compiler = _parser = None

Source = tuple[str, int]  # (pattern, flags), as given to re.compile

#: What every cache file starts with, then the CRC-32 of the rest (4 bytes, big-endian).
HEADER = b"twarch-patterns\x01"
CHECK_SIZE = 4
#: A cache file larger than this is not read: the reader's whole table takes about 2.2 MB.
MAX_BYTES = 8 * 1024 * 1024
#: The file the patterns are declared in: the cache stands for it, and takes its owner and permissions.
ORIGIN = Path(__file__).resolve().parent.parent / "knowledge" / "signals.py"


def cache_path(name: str) -> Path:
    """Where the cache called ``name`` lives: beside twarch's bytecode, tagged with the Python."""
    return Path(cache_from_source(__file__)).with_name(f"regex-{name}.{sys.implementation.cache_tag}.marshal")


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
        except (TypeError, ValueError, RuntimeError, OverflowError):  # a program the engine refuses: compile afresh
            pass
    if not writable(path):
        return _OnDemand(sources)
    programs = tuple(_program(pattern, flags) for pattern, flags in sources)
    _save(path, key, programs)
    return tuple(_sre.compile(pattern, *program) for (pattern, _), program in zip(sources, programs))


class _OnDemand(Sequence):
    """The patterns of ``sources``, each compiled by ``re.compile`` the first time it is read."""

    def __init__(self, sources: Sequence[Source]) -> None:
        self._sources = tuple(sources)
        self._patterns: list[re.Pattern[str] | None] = [None] * len(self._sources)

    def __len__(self) -> int:
        return len(self._sources)

    def __getitem__(self, index: int) -> re.Pattern[str]:  # type: ignore[override]  # an index only, no slices
        pattern = self._patterns[index]
        if pattern is None:
            pattern = self._patterns[index] = re.compile(*self._sources[index])
        return pattern


def _key(sources: Sequence[Source]) -> tuple:
    """What a stored program depends on: the Python, its regular-expression engine and every (pattern, flags)."""
    return sys.implementation.cache_tag, _sre.MAGIC, _sre.CODESIZE, tuple((p, int(f)) for p, f in sources)


def _program(pattern: str, flags: int) -> tuple:
    """What ``re._compiler.compile`` passes to ``_sre.compile`` after the pattern itself (CPython 3.10+)."""
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # opcodes are int subclasses marshal refuses
    groupindex = parsed.state.groupdict
    indexgroup = [None] * parsed.state.groups
    for group, index in groupindex.items():
        indexgroup[index] = group
    return int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


# ------------------------------------------------------------------------------------------------ the file

def _origin() -> os.stat_result | None:
    try:
        return os.stat(ORIGIN)
    except OSError:
        return None


def file_mode() -> int:
    """The permissions a cache file is written with: the source file's, plus the owner's write (as ``importlib``
    gives a ``.pyc``), never execute; the umask still applies."""
    origin = _origin()
    return ((stat.S_IMODE(origin.st_mode) if origin else 0o644) & 0o666) | 0o200


def trusted(info: os.stat_result) -> bool:
    """Whether a cache file with this ``lstat`` may be read: a regular file, owned by this user or the source file's
    owner, writable by nobody the source file is not writable by, and not absurdly large."""
    origin = _origin()
    owners = {os.geteuid(), origin.st_uid if origin else os.geteuid()}
    allowed = file_mode()
    return (stat.S_ISREG(info.st_mode) and info.st_uid in owners and info.st_size <= MAX_BYTES
            and not stat.S_IMODE(info.st_mode) & 0o022 & ~allowed)


def _read(path: Path, key: tuple, count: int) -> tuple | None:
    """The programs stored at ``path`` for ``key``, or None when the file is missing, untrusted, damaged or stale."""
    try:
        if not trusted(os.lstat(path)):
            return None
        data = path.read_bytes()
    except OSError:
        return None
    body = memoryview(data)[len(HEADER) + CHECK_SIZE:]  # a view: the 2 MB body is not copied
    if not data.startswith(HEADER) or data[len(HEADER):len(HEADER) + CHECK_SIZE] != _check(body):
        return None
    try:
        stored_key, programs = marshal.loads(body)
    except (EOFError, ValueError, TypeError):
        return None
    if stored_key != key or not isinstance(programs, tuple) or len(programs) != count:
        return None
    return programs


def _check(body: bytes | memoryview) -> bytes:
    return zlib.crc32(body).to_bytes(CHECK_SIZE, "big")


def writable(file: Path) -> bool:
    """Whether ``file`` may be written: Python writes bytecode, and the nearest existing folder above it is writable."""
    if sys.dont_write_bytecode:
        return False
    folder = file.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return os.access(folder, os.W_OK)


def _save(file: Path, key: tuple, programs: tuple) -> None:
    """Store ``programs`` under ``key`` in ``file``; a refused write is let go (the next run compiles again)."""
    body = marshal.dumps((key, programs))
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        write_bytes(file, HEADER + _check(body) + body, mode=file_mode())
    except OSError:
        pass
