"""Whole files or none: every file twarch writes appears complete, in one rename.

The content is encoded first (a text no encoding can write fails before any file is touched), written
to a temporary file beside the target, flushed to disk and renamed over the target. A reader sees the
old file or the new one, never an empty or half-written one, and of several writers racing on one path
the last rename wins with its whole content. A failed write leaves the target as it was and no
temporary file behind.

A target that exists and is not a regular file (``/dev/null``, ``/dev/stdout``, a named pipe) is
written to directly: it cannot be replaced, and renaming over it would be wrong. A symbolic link is
followed, so the file it points to is replaced and the link kept. A replaced file keeps its permissions.
The temporary file's name is short whatever the target's (``.twarch-<random>.tmp``), so a target whose
name takes all 255 bytes a name may have is still replaced by rename.

Where the rename is impossible for a file that exists and may be written (its folder is not writable, or
it is a mount point that cannot be renamed over), a caller that passes ``fallback`` has the file written
in place instead, not atomically, and is told why (the command line's ``-o`` warns); without it the
error is raised and nothing is written.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Callable
from pathlib import Path

__all__ = ["write_bytes", "write_text"]

#: Why a temporary file beside the target cannot be made (no right to the folder, a read-only mount) or renamed
#: over it (the target is a mount point): the cases ``fallback`` writes in place.
_NO_RENAME = frozenset({errno.EACCES, errno.EPERM, errno.EROFS, errno.ENAMETOOLONG, errno.EBUSY, errno.EXDEV})


def write_text(path: str | Path, text: str, *, fallback: Callable[[str], None] | None = None) -> Path:
    """Write ``text`` as UTF-8 to ``path``, atomically (or, with ``fallback``, in place where it must be); returns
    the path."""
    return write_bytes(path, text.encode("utf-8"), fallback=fallback)


def write_bytes(path: str | Path, data: bytes, mode: int | None = None, *,
                fallback: Callable[[str], None] | None = None) -> Path:
    """Write ``data`` to ``path``, atomically (see the module docs); returns the path.

    ``mode`` gives a new file these permissions (less the umask, as ``importlib`` does for bytecode) whatever
    the file it replaces had; without it a replaced file keeps its permissions and a new one gets ``0o666`` less
    the umask, as ``open()`` would. ``fallback``: when the rename is impossible and the file exists, write it in
    place and call ``fallback`` with the reason (one short clause) instead of raising.
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
    temporary = target.with_name(f".twarch-{os.urandom(6).hex()}.tmp")  # (secrets costs 5 ms to import)
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL,
                             0o666 if mode is None else mode & 0o666)  # the umask applies, as for open()
    except OSError as exc:
        if fallback is None or existing is None or exc.errno not in _NO_RENAME:
            raise
        return _in_place(path, target, data, fallback, f"no temporary file can be made beside it: {exc.strerror}")
    try:
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if mode is None and existing is not None:
            os.chmod(temporary, stat.S_IMODE(existing))
        os.replace(temporary, target)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        if fallback is None or existing is None or exc.errno not in _NO_RENAME:
            raise
        return _in_place(path, target, data, fallback, f"it cannot be replaced by a rename: {exc.strerror}")
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return path


def _in_place(path: Path, target: Path, data: bytes, fallback: Callable[[str], None], reason: str) -> Path:
    """Overwrite the existing ``target`` itself (a reader may see it half-written), then tell ``fallback`` why."""
    descriptor = os.open(target, os.O_WRONLY)
    with os.fdopen(descriptor, "wb") as stream:
        stream.write(data)
        stream.truncate()
        stream.flush()
        os.fsync(stream.fileno())
    fallback(reason)
    return path
