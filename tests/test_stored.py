"""Files kept beside twarch's bytecode (twarch.stored): a key guards every value, and writing follows Python's rules."""

from __future__ import annotations

import marshal
import sys

import pytest

from twarch import stored


@pytest.fixture
def file(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    return tmp_path / "pycache" / "thing.marshal"


def test_a_value_comes_back_under_its_key_only(file):
    stored.save(file, ("cpython-311", 1), {"a": (1, 2)})
    assert stored.load(file, ("cpython-311", 1)) == {"a": (1, 2)}
    assert stored.load(file, ("cpython-399", 1)) is None


@pytest.mark.parametrize("content", [b"", b"\x00garbage", b"\xff" * 64, marshal.dumps(42), marshal.dumps((1, 2, 3))])
def test_a_missing_or_damaged_file_is_absent(file, content):
    assert stored.load(file, "key") is None
    file.parent.mkdir(parents=True)
    file.write_bytes(content)
    assert stored.load(file, "key") is None


def test_nothing_is_written_when_python_writes_no_bytecode(file, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    assert not stored.writable(file)
    stored.save(file, "key", 1)
    assert not file.exists()


def test_nothing_is_written_into_a_folder_this_user_cannot_write(file, monkeypatch):
    monkeypatch.setattr(stored.os, "access", lambda path, mode: False)
    stored.save(file, "key", 1)
    assert not file.exists()


def test_writable_looks_at_the_nearest_folder_that_exists(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    assert stored.writable(tmp_path / "not" / "yet" / "made" / "file")


def test_a_write_that_fails_is_let_go(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")  # mkdir under a file fails, even for root
    stored.save(blocker / "__pycache__" / "thing.marshal", "key", 1)
    assert blocker.read_text() == ""


def test_files_live_beside_twarchs_bytecode_and_name_the_python():
    path = stored.path("regex-mode")
    assert path.parent.name == "__pycache__" or sys.pycache_prefix
    assert path.name == f"regex-mode.{sys.implementation.cache_tag}.marshal"
