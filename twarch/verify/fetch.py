"""Reading source pages for ``twarch facts verify``: standard library only, bounded, cached.

:func:`fetch_pages` reads each distinct URL once, :data:`WORKERS` at a time, each within ``timeout`` seconds
in all (connecting, waiting and reading), following redirects (the page records where it was read) and reading
at most ``max_bytes`` of it. A page it cannot read says why (``HTTP 404 Not Found``, ``no answer within 20 s``,
``cannot resolve www.example.org``, a type that is not text); one whose request never reached a host (no name,
no route, connection refused) is marked ``offline``.

A GitHub file page (``github.com/<owner>/<repo>/blob/<ref>/<path>``) is read from its raw file
(``raw.githubusercontent.com``): GitHub draws the page with scripts, the raw file holds the same words.

Pages read are kept in a cache, one JSON file per URL (its reduced text and the date it was fetched), under
``$XDG_CACHE_HOME/twarch/pages`` or ``~/.cache/twarch/pages``; a page fetched less than :data:`CACHE_DAYS` days ago
is read from there unless ``refresh`` is set. Failures are never cached. Proxies set in the environment
(``https_proxy``...) are used, as by any ``urllib`` program.

The cache is trusted no more than it must be, like the reader's pattern cache (:mod:`twarch.reader.patterns`):

* its folder must be this user's and writable by no one else (it is created ``0700``); in any other folder the
  cache is neither read nor written, so another local user cannot plant an entry or a link for twarch to follow;
* an entry is read only when it is a regular file (not a link) owned by this user, writable by no one else and no
  larger than :data:`MAX_ENTRY_BYTES`; it is written ``0600``;
* each entry carries the SHA-256 of its fields, checked before any is used, and every field must have its type;
  JSON nested too deep, bytes that are not UTF-8, a flipped bit: anything that fails is treated as absent, and the
  page is fetched and the entry rewritten.
"""

from __future__ import annotations

import datetime
import errno
import hashlib
import http.client
import json
import os
import re
import socket
import stat
import time
import urllib.error
import urllib.request
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..io.files import write_bytes
from .text import normalise, page_text

#: Seconds one page may take in all, by default.
TIMEOUT = 20.0
#: The most of one page read (5 MiB): a larger page is read that far.
MAX_BYTES = 5 * 1024 * 1024
#: Requests in flight at once.
WORKERS = 4
#: A cached page younger than this many days is used instead of fetching it again.
CACHE_DAYS = 7
#: The largest cache entry read: the text of the largest page read, every character escaped in JSON (6 bytes), and
#: room for the other fields.
MAX_ENTRY_BYTES = 6 * MAX_BYTES + 64 * 1024
USER_AGENT = "twarch-facts-verify (Python urllib; checks a few words of each source twarch cites)"
ACCEPT = "text/html, application/xhtml+xml, text/markdown, text/plain, application/json;q=0.9, */*;q=0.5"
#: Types read as text (besides every ``text/*``): JSON, XML and YAML files.
TEXT_TYPES = re.compile(r"^(text/.*|application/(.*[+/])?(json|xml|yaml|x-yaml))$")
_GITHUB_FILE = re.compile(r"^https://github\.com/([^/]+)/([^/]+)/blob/(.+)$")
_NO_ROUTE = frozenset({errno.ENETUNREACH, errno.EHOSTUNREACH, errno.ENETDOWN})
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class Page:
    """One source URL as read: its text, or why it could not be read."""

    url: str  #: the URL the fact cites
    fetched: str  #: YYYY-MM-DD, when it was read (or tried)
    final_url: str = ""  #: where it was read, after any redirect ("" when nothing answered)
    text: str = ""  #: the page's words in normal form (:func:`twarch.verify.text.normalise`)
    problem: str = ""  #: why it could not be read ("" when it was)
    offline: bool = False  #: the request reached no host (no name, no route, connection refused)
    truncated: bool = False  #: larger than the bytes read: ``text`` is its beginning
    cached: bool = False  #: read from the cache, not fetched now

    @property
    def readable(self) -> bool:
        return not self.problem


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follows a 308 like a 307 (Python 3.10's handler stops at 307)."""

    def redirect_request(self, req: urllib.request.Request, fp: Any, code: int, msg: str, headers: Any,
                         newurl: str) -> urllib.request.Request | None:
        return super().redirect_request(req, fp, 307 if code == 308 else code, msg, headers, newurl)

    http_error_308 = urllib.request.HTTPRedirectHandler.http_error_302



def readable_url(url: str) -> str:
    """The URL to read for a source: a GitHub file page's raw file, any other URL itself."""
    found = _GITHUB_FILE.match(url)
    return f"https://raw.githubusercontent.com/{found[1]}/{found[2]}/{found[3]}" if found else url


def fetch_page(url: str, *, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES, today: str = "") -> Page:
    """Read one page, never raising: a page that cannot be read is returned with its ``problem``."""
    today = today or datetime.date.today().isoformat()
    request = urllib.request.Request(readable_url(url), headers={
        "User-Agent": USER_AGENT, "Accept": ACCEPT, "Accept-Encoding": "identity"})
    deadline = time.monotonic() + timeout
    try:
        with urllib.request.build_opener(_Redirects).open(request, timeout=timeout) as response:
            final = response.geturl()
            kind = response.headers.get_content_type()
            if not TEXT_TYPES.match(kind):
                return Page(url, today, final, problem=f"{kind}, not a text page (twarch reads HTML and text)")
            body, truncated = _read(response, max_bytes, deadline)
            charset = response.headers.get_content_charset() or "utf-8"
    except urllib.error.HTTPError as exc:
        return Page(url, today, exc.geturl() or request.full_url, problem=f"HTTP {exc.code} {exc.reason}".strip())
    except urllib.error.URLError as exc:
        return _failed(url, today, exc.reason, timeout, request.host)
    except (OSError, http.client.HTTPException) as exc:  # a timeout or a broken connection while reading
        return _failed(url, today, exc, timeout, request.host)
    try:
        decoded = body.decode(charset, errors="replace")
    except LookupError:  # a charset Python does not know
        decoded = body.decode("utf-8", errors="replace")
    return Page(url, today, final, normalise(page_text(decoded, kind, final)), truncated=truncated)


def _read(response: http.client.HTTPResponse, max_bytes: int, deadline: float) -> tuple[bytes, bool]:
    """At most ``max_bytes`` of the body, before the deadline; whether the body was longer."""
    chunks: list[bytes] = []
    size = 0
    while size <= max_bytes:
        if time.monotonic() > deadline:
            raise TimeoutError("timed out")
        chunk = response.read(min(_CHUNK, max_bytes + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    body = b"".join(chunks)
    return body[:max_bytes], len(body) > max_bytes


def _failed(url: str, today: str, reason: object, timeout: float, host: str) -> Page:
    """The page for a request that failed before an HTTP answer (or while reading one)."""
    if isinstance(reason, TimeoutError):
        return Page(url, today, problem=f"no answer within {timeout:g} s")
    if isinstance(reason, socket.gaierror):
        return Page(url, today, problem=f"cannot resolve {host}", offline=True)
    if isinstance(reason, ConnectionRefusedError):
        return Page(url, today, problem=f"connection refused by {host}", offline=True)
    if isinstance(reason, OSError) and reason.errno in _NO_ROUTE:
        return Page(url, today, problem=f"no route to {host}", offline=True)
    return Page(url, today, problem=f"{type(reason).__name__}: {reason}".rstrip(": "))


@dataclass(frozen=True)
class PageCache:
    """Pages read recently, one JSON file per URL in ``folder`` (created private to the user; see the module docs)."""

    folder: Path
    days: int = CACHE_DAYS

    def path(self, url: str) -> Path:
        return self.folder / f"{hashlib.sha256(url.encode('utf-8')).hexdigest()[:40]}.json"

    def get(self, url: str, today: str) -> Page | None:
        """The cached page for ``url`` if it was fetched less than :attr:`days` days before ``today`` and its entry
        passes every check; else None (fetch it again)."""
        data = _entry(self.path(url)) if _private(self.folder) else None
        if data is None or data["url"] != url:
            return None
        try:
            age = (datetime.date.fromisoformat(today) - datetime.date.fromisoformat(data["fetched"])).days
        except ValueError:
            return None
        if not 0 <= age < self.days:
            return None
        return Page(url, data["fetched"], data["final_url"], data["text"], truncated=data["truncated"], cached=True)

    def put(self, page: Page) -> None:
        """Keep a readable page (a cache that cannot be written, or lies in a folder others may write, is skipped: the
        check goes on without it)."""
        record = {"url": page.url, "fetched": page.fetched, "final_url": page.final_url, "text": page.text,
                  "truncated": page.truncated}
        record["sha256"] = _digest(record)
        try:
            self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            if _private(self.folder):
                write_bytes(self.path(page.url), json.dumps(record, ensure_ascii=False).encode("utf-8"), mode=0o600)
        except OSError:
            pass


#: Each field of a cache entry and its type.
_FIELDS = {"url": str, "fetched": str, "final_url": str, "text": str, "truncated": bool, "sha256": str}


def _digest(record: dict) -> str:
    fields = {k: v for k, v in record.items() if k != "sha256"}
    return hashlib.sha256(json.dumps(fields, ensure_ascii=False, sort_keys=True).encode("utf-8")).hexdigest()


def _mine(info: os.stat_result) -> bool:
    """Owned by this user (where the system has users) and writable by no one else."""
    owner = getattr(os, "geteuid", None)
    return (owner is None or info.st_uid == owner()) and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _private(folder: Path) -> bool:
    """Whether ``folder`` is a real folder of this user's that no one else may write into."""
    try:
        info = os.lstat(folder)
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode) and _mine(info)


def _entry(path: Path) -> dict | None:
    """The fields of the cache entry at ``path`` when it passes every check (see the module docs), else None."""
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    with os.fdopen(descriptor, "rb") as stream:
        info = os.fstat(stream.fileno())
        if not stat.S_ISREG(info.st_mode) or not _mine(info) or info.st_size > MAX_ENTRY_BYTES:
            return None
        raw = stream.read(MAX_ENTRY_BYTES + 1)
    try:
        data = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError):  # not UTF-8, not JSON, nested past the parser's guard
        return None
    if (not isinstance(data, dict) or data.keys() != _FIELDS.keys()
            or not all(type(data[k]) is kind for k, kind in _FIELDS.items()) or data["sha256"] != _digest(data)):
        return None
    return data


def default_cache() -> PageCache:
    """The user's cache: ``$XDG_CACHE_HOME/twarch/pages``, else ``~/.cache/twarch/pages``."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return PageCache(Path(base) / "twarch" / "pages")


def fetch_pages(urls: Iterable[str], *, cache: PageCache, refresh: bool = False, timeout: float = TIMEOUT,
                max_bytes: int = MAX_BYTES, workers: int = WORKERS, today: str = "") -> dict[str, Page]:
    """Every distinct URL read once (from the cache when it is recent and ``refresh`` is off), by URL."""
    today = today or datetime.date.today().isoformat()
    pages: dict[str, Page] = {}
    missing: list[str] = []
    for url in dict.fromkeys(urls):
        cached = None if refresh else cache.get(url, today)
        if cached is None:
            missing.append(url)
        else:
            pages[url] = cached
    with ThreadPoolExecutor(max_workers=workers) as pool:
        for page in pool.map(lambda u: fetch_page(u, timeout=timeout, max_bytes=max_bytes, today=today), missing):
            pages[page.url] = page
            if page.readable:
                cache.put(page)
    return pages

