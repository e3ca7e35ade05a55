"""Whole files or none: every file twarch writes appears complete, in one rename.

The content is encoded first (a text no encoding can write fails before any file is touched), written
to a temporary file beside the target, flushed to disk and renamed over the target. A reader sees the
old file or the new one, never an empty or half-written one, and of several writers racing on one path
the last rename wins with its whole content. A failed write leaves the target as it was and no
temporary file behind.

A target that exists and is not a regular file (``/dev/null``, ``/dev/stdout``, a named pipe) is
written to directly: it cannot be replaced, and renaming over it would be wrong. A symbolic link is
followed, so the file it points to is replaced and the link kept. A replaced file keeps its permissions.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

__all__ = ["write_bytes", "write_text"]


def write_text(path: str | Path, text: str) -> Path:
    """Write ``text`` as UTF-8 to ``path``, atomically; returns the path."""
    return write_bytes(path, text.encode("utf-8"))


def write_bytes(path: str | Path, data: bytes, mode: int | None = None) -> Path:
    """Write ``data`` to ``path``, atomically (see the module docs); returns the path.

    ``mode`` gives a new file these permissions (less the umask, as ``importlib`` does for bytecode) whatever
    the file it replaces had; without it a replaced file keeps its permissions and a new one gets ``0o666`` less
    the umask, as ``open()`` would.
    """
    path = Path(path)
    target = Path(os.path.realpath(path))
    try:
        existing = os.stat(target).st_mode
    except FileNotFoundError:
        existing = None
    if existing is not None and not stat.S_ISREG(existing):
        with open(target, "wb") as stream:
            stream.write(data)
        return path
    temporary = target.with_name(f".{target.name}.{os.urandom(6).hex()}.tmp")  # (secrets costs 5 ms to import)
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL,
                         0o666 if mode is None else mode & 0o666)  # the umask applies, as for open()
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if mode is None and existing is not None:
            os.chmod(temporary, stat.S_IMODE(existing))
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return path
