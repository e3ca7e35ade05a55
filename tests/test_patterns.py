"""The regular-expression cache (twarch.reader.patterns): patterns equal to re.compile's, and no trust in a bad file."""

from __future__ import annotations

import marshal
import os
import re
import stat
import subprocess
import sys

import heldout_requests
import heldout_requests_blind
import heldout_requests_final
import heldout_requests_fresh
import pytest

from twarch.reader import patterns as regex_cache
from twarch.reader import request as mode

SOURCES = [("(?<!\\w)(?:voice bot|chat ?bot)(?!\\w)", re.IGNORECASE), (r"(?P<n>\d+) calls", 0), (r"[\w']+", 0)]
REQUESTS = [text for module in (heldout_requests, heldout_requests_blind, heldout_requests_final,
                                heldout_requests_fresh) for text, *_ in module.CASES]


@pytest.fixture
def cache_file(tmp_path, monkeypatch):
    """The cache in a temporary folder, and bytecode writing on (as on a fresh machine)."""
    path = tmp_path / "pycache" / "regex-test.marshal"
    monkeypatch.setattr(regex_cache, "cache_path", lambda name: path)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    return path


def sealed(body: bytes) -> bytes:
    """A cache file's bytes around ``body``, as twarch writes them (header and CRC-32)."""
    return regex_cache.HEADER + regex_cache._check(body) + body


def unsealed(data: bytes):
    assert data.startswith(regex_cache.HEADER)
    body = data[len(regex_cache.HEADER) + regex_cache.CHECK_SIZE:]
    assert data[len(regex_cache.HEADER):len(regex_cache.HEADER) + regex_cache.CHECK_SIZE] == regex_cache._check(body)
    return marshal.loads(body)


def assert_same_as_re(patterns, sources) -> None:
    assert len(patterns) == len(sources)
    for pattern, (source, flags) in zip(patterns, sources):
        expected = re.compile(source, flags)
        assert (pattern.pattern, pattern.flags, pattern.groups, pattern.groupindex) == \
            (expected.pattern, expected.flags, expected.groups, expected.groupindex)


def test_every_pattern_twarch_declares_matches_as_re_compile_would(cache_file):
    """The reader's whole table, written to the cache and read back, finds exactly what re.compile's patterns find
    in every held-out request."""
    sources = mode._sources()
    regex_cache.compile_all("test", sources)
    patterns = regex_cache.compile_all("test", sources)
    assert isinstance(patterns, tuple)  # read from the file
    assert_same_as_re(patterns, sources)
    plain = [re.compile(source, flags) for source, flags in sources]
    for text in REQUESTS:
        for cached, expected in zip(patterns, plain):
            assert [m.span() for m in cached.finditer(text)] == [m.span() for m in expected.finditer(text)]


def test_the_second_run_reads_the_file_and_compiles_nothing(cache_file, monkeypatch):
    assert_same_as_re(regex_cache.compile_all("test", SOURCES), SOURCES)
    assert cache_file.is_file()
    monkeypatch.setattr(regex_cache, "_program", lambda *a: pytest.fail("compiled although the cache is good"))
    cached = regex_cache.compile_all("test", SOURCES)
    assert_same_as_re(cached, SOURCES)
    assert cached[1].match("42 calls").group("n") == "42"


@pytest.mark.parametrize("content", [
    b"", b"\x00garbage", b"\xff" * 64,
    "a file without the check",
    "a sealed file with a flipped bit",
    "a sealed file cut short",
    "a sealed file of another shape",
    "a sealed file for other sources",
    "sealed programs the engine refuses",
    "sealed programs of the wrong shape",
])
def test_a_damaged_or_stale_file_is_compiled_afresh_and_rewritten(cache_file, content):
    key = regex_cache._key(SOURCES)
    good = marshal.dumps((key, tuple(regex_cache._program(*s) for s in SOURCES)))
    content = {
        "a file without the check": good,
        "a sealed file with a flipped bit": sealed(good)[:-40] + bytes([sealed(good)[-40] ^ 0x10]) + sealed(good)[-39:],
        "a sealed file cut short": sealed(good)[:-10],
        "a sealed file of another shape": sealed(marshal.dumps(42)),
        "a sealed file for other sources": sealed(marshal.dumps((regex_cache._key(SOURCES[:1]),
                                                                 (regex_cache._program(*SOURCES[0]),)))),
        "sealed programs the engine refuses": sealed(marshal.dumps((key, tuple((32, [99999], 0, {}, (None,))
                                                                              for _ in SOURCES)))),
        "sealed programs of the wrong shape": sealed(marshal.dumps((key, tuple(7 for _ in SOURCES)))),
    }.get(content, content)
    cache_file.parent.mkdir(parents=True)
    cache_file.write_bytes(content)
    assert_same_as_re(regex_cache.compile_all("test", SOURCES), SOURCES)
    stored_key, programs = unsealed(cache_file.read_bytes())
    assert stored_key == key and len(programs) == len(SOURCES)


def test_a_damaged_file_is_never_unpacked(cache_file, monkeypatch):
    """A file whose check fails is not handed to marshal (whose loader can crash on crafted bytes)."""
    regex_cache.compile_all("test", SOURCES)
    data = bytearray(cache_file.read_bytes())
    data[-5] ^= 0xFF
    cache_file.write_bytes(bytes(data))
    monkeypatch.setattr(regex_cache.marshal, "loads", lambda body: pytest.fail("unpacked a damaged file"))
    assert regex_cache._read(cache_file, regex_cache._key(SOURCES), len(SOURCES)) is None


def test_every_single_bit_flip_is_refused(cache_file):
    """Flipping any one bit of a good file (sampled over the whole file) makes it absent, never a crash."""
    regex_cache.compile_all("test", SOURCES)
    data = cache_file.read_bytes()
    key = regex_cache._key(SOURCES)
    for index in range(0, len(data), max(1, len(data) // 300)):
        for bit in (0x01, 0x80):
            damaged = bytearray(data)
            damaged[index] ^= bit
            cache_file.write_bytes(bytes(damaged))
            assert regex_cache._read(cache_file, key, len(SOURCES)) is None


def test_a_large_file_is_not_read(cache_file):
    cache_file.parent.mkdir(parents=True)
    cache_file.write_bytes(regex_cache.HEADER + b"\0" * (regex_cache.MAX_BYTES + 1))
    assert regex_cache._read(cache_file, regex_cache._key(SOURCES), len(SOURCES)) is None


@pytest.mark.parametrize("umask", [0o000, 0o002, 0o022, 0o077])
def test_the_file_takes_the_source_files_permissions_never_wider(cache_file, monkeypatch, umask):
    """Under any umask the cache is no more writable than knowledge/signals.py (as Python's own .pyc files are)."""
    source = stat.S_IMODE(os.stat(regex_cache.ORIGIN).st_mode)
    old = os.umask(umask)
    try:
        regex_cache.compile_all("test", SOURCES)
    finally:
        os.umask(old)
    mode = stat.S_IMODE(os.stat(cache_file).st_mode)
    assert mode & ~((source & 0o666) | 0o200) == 0, oct(mode)
    assert mode & 0o022 == source & 0o022 & ~umask


def test_a_file_others_may_write_is_not_read_and_is_replaced(cache_file):
    regex_cache.compile_all("test", SOURCES)
    os.chmod(cache_file, 0o666)
    assert regex_cache._read(cache_file, regex_cache._key(SOURCES), len(SOURCES)) is None
    regex_cache.compile_all("test", SOURCES)  # rewritten with the source file's permissions
    assert stat.S_IMODE(os.stat(cache_file).st_mode) & 0o022 == 0 or \
        stat.S_IMODE(os.stat(regex_cache.ORIGIN).st_mode) & 0o022
    assert regex_cache._read(cache_file, regex_cache._key(SOURCES), len(SOURCES)) is not None


def test_a_file_owned_by_someone_else_is_not_read(cache_file, monkeypatch):
    regex_cache.compile_all("test", SOURCES)
    real = os.lstat(cache_file)
    fields = list(real)
    fields[stat.ST_UID] = real.st_uid + 4242
    monkeypatch.setattr(regex_cache.os, "lstat", lambda path: os.stat_result(fields))
    assert regex_cache._read(cache_file, regex_cache._key(SOURCES), len(SOURCES)) is None


def test_a_link_in_place_of_the_file_is_not_followed(cache_file, tmp_path):
    regex_cache.compile_all("test", SOURCES)
    target = tmp_path / "elsewhere"
    target.write_bytes(cache_file.read_bytes())
    cache_file.unlink()
    cache_file.symlink_to(target)
    assert regex_cache._read(cache_file, regex_cache._key(SOURCES), len(SOURCES)) is None


def test_a_file_for_another_python_is_not_used(cache_file):
    regex_cache.compile_all("test", SOURCES)
    key, programs = unsealed(cache_file.read_bytes())
    cache_file.write_bytes(sealed(marshal.dumps((("cpython-99", *key[1:]), programs))))
    assert regex_cache._read(cache_file, key, len(SOURCES)) is None


def test_nothing_is_written_when_python_writes_no_bytecode(cache_file, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    patterns = regex_cache.compile_all("test", SOURCES)
    assert not cache_file.exists()
    assert patterns._patterns == [None] * len(SOURCES)  # each compiled only when first read
    assert patterns[2].findall("it's two") == ["it's", "two"]
    assert patterns._patterns[:2] == [None, None]
    assert_same_as_re(patterns, SOURCES)


def test_a_folder_this_user_cannot_write_compiles_on_demand(cache_file, monkeypatch):
    monkeypatch.setattr(regex_cache.os, "access", lambda path, mode: False)
    patterns = regex_cache.compile_all("test", SOURCES)
    assert not cache_file.exists() and patterns._patterns == [None] * len(SOURCES)
    assert_same_as_re(patterns, SOURCES)


def test_a_folder_that_cannot_be_written_still_gives_the_patterns(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")  # mkdir under a file fails, even for root
    monkeypatch.setattr(regex_cache, "cache_path", lambda name: blocker / "__pycache__" / "regex-test.marshal")
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    assert_same_as_re(regex_cache.compile_all("test", SOURCES), SOURCES)


def test_a_fresh_process_reads_requests_the_same_with_and_without_the_cache(tmp_path):
    """Two processes, the first writing the cache and the second reading it, print what a process that never
    writes one prints."""
    script = ("import json, sys; from twarch.reader.request import prefill, detect_mode; "
              "texts = json.load(sys.stdin); "
              "print(json.dumps([[detect_mode(t).to_dict(), {k: [list(v[0]) if isinstance(v[0], tuple) else v[0], "
              "v[1]] for k, v in prefill(t).items()}] for t in texts]))")
    import json

    texts = json.dumps(REQUESTS[:40])
    env = {"PATH": "/usr/bin:/bin", "PYTHONPYCACHEPREFIX": str(tmp_path / "prefix")}
    runs = [subprocess.run([sys.executable, "-c", script], input=texts, capture_output=True, text=True, check=True,
                           env=env | extra).stdout for extra in ({}, {}, {"PYTHONDONTWRITEBYTECODE": "1"})]
    assert runs[0] == runs[1] == runs[2]
    assert list((tmp_path / "prefix").rglob("regex-mode.*.marshal"))
