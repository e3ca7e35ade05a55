"""Files twarch keeps beside its own bytecode, with the trust and the rules Python gives its bytecode.

Two things Python redoes in every new process are kept here between runs: the request reader's compiled
regular expressions (:mod:`twarch.regex_cache`) and the methods ``dataclasses`` generates for twarch's records
(:mod:`twarch.records`). Each file holds a key and a value, written with :mod:`marshal`; the key says what the
value was made from (always including the Python that made it), and a file whose key differs, or that is
missing, damaged or unreadable, is treated as absent. Writing follows Python's own choices for bytecode:
nothing is written under ``PYTHONDONTWRITEBYTECODE`` or into a folder this user cannot write, and
``PYTHONPYCACHEPREFIX`` moves the files.
"""

from __future__ import annotations

import marshal
import os
import sys
from importlib.util import cache_from_source
from pathlib import Path

from .files import write_bytes

__all__ = ["load", "path", "save", "writable"]


def path(name: str) -> Path:
    """Where the file called ``name`` lives: beside twarch's bytecode, tagged with the Python."""
    return Path(cache_from_source(__file__)).with_name(f"{name}.{sys.implementation.cache_tag}.marshal")


def load(file: Path, key: object) -> object | None:
    """The value stored in ``file`` under ``key``, or None when the file is missing, damaged or made for another key."""
    try:
        stored_key, value = marshal.loads(file.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    return value if stored_key == key else None


def writable(file: Path) -> bool:
    """Whether ``file`` may be written: Python writes bytecode, and the nearest existing folder above it is writable."""
    if sys.dont_write_bytecode:
        return False
    folder = file.parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return os.access(folder, os.W_OK)


def save(file: Path, key: object, value: object) -> None:
    """Store ``value`` under ``key`` in ``file`` when it is :func:`writable`; a refused write is let go (the next run
    makes the value again)."""
    if not writable(file):
        return
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        write_bytes(file, marshal.dumps((key, value)))
    except OSError:
        pass
