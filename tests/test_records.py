"""``@record`` (twarch.records): the classes it builds from cached code are the classes ``dataclasses`` builds."""

from __future__ import annotations

import dataclasses
import json
import marshal
import subprocess
import sys
from pathlib import Path
from typing import ClassVar

import pytest

from twarch import records, stored


@pytest.fixture
def store(tmp_path, monkeypatch):
    """Each class's file in a temporary folder, and bytecode writing on (as on a fresh machine)."""
    monkeypatch.setattr(stored, "path", lambda name: tmp_path / f"{name}.marshal")
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    return tmp_path


def sample(decorate, **options):
    """One class with the features twarch's records use: defaults, factories, hidden fields, class variables."""

    class Sample:
        """A sample."""

        name: str
        count: int = 0
        tags: tuple[str, ...] = ()
        notes: list[str] = dataclasses.field(default_factory=list, repr=False, compare=False)
        kind: ClassVar[str] = "sample"

        def __post_init__(self) -> None:
            if self.count < 0:
                raise ValueError("count")

    return decorate(**options)(Sample)


def generated(cls) -> dict[str, tuple]:
    """What dataclasses generated for ``cls``: each method's code, compared by content."""
    methods = ("__init__", "__repr__", "__eq__", "__hash__", "__setattr__", "__delattr__")
    return {name: (code.co_code, code.co_consts, code.co_names, code.co_varnames, code.co_freevars)
            for name in methods if (code := getattr(cls.__dict__.get(name), "__code__", None)) is not None}


@pytest.mark.parametrize("options", [{}, {"eq": False}, {"repr": False}, {"order": True}])
def test_a_class_built_from_the_stored_code_is_the_class_dataclasses_builds(store, options):
    plain = sample(lambda **o: dataclasses.dataclass(frozen=True, **o), **options)
    first = sample(records.record, **options)
    assert list(store.iterdir())  # the first build stored its code
    second = sample(records.record, **options)
    assert generated(first) == generated(second) == generated(plain)
    for cls in (first, second):
        made = cls("a", 2, ("x",))
        assert [repr(f) for f in dataclasses.fields(made)] == [repr(f) for f in dataclasses.fields(plain("a"))]
        if options.get("repr", True):
            assert repr(made) == repr(plain("a", 2, ("x",))) == "sample.<locals>.Sample(name='a', count=2, tags=('x',))"
        assert dataclasses.replace(made, count=3).count == 3
        with pytest.raises(dataclasses.FrozenInstanceError):
            made.count = 5
        with pytest.raises(ValueError):
            cls("a", -1)
    if options.get("eq", True):
        assert second("a") == second("a") and hash(second("a")) == hash(second("a"))


def test_the_second_build_compiles_nothing(store, monkeypatch):
    sample(records.record)
    monkeypatch.setattr(records, "compile", lambda *a: pytest.fail("compiled although the code is stored"),
                        raising=False)
    assert sample(records.record)("a").count == 0


@pytest.mark.parametrize("content", [b"", b"\x00garbage", marshal.dumps(("wrong key", {})),
                                     marshal.dumps((records.KEY, {"not": "code"})), marshal.dumps((records.KEY, 7))])
def test_a_damaged_or_foreign_file_is_compiled_afresh_and_rewritten(store, content):
    file = stored.path("record-test_records.sample.<locals>.Sample")
    file.write_bytes(content)
    built = sample(records.record)
    assert generated(built) == generated(sample(lambda **o: dataclasses.dataclass(frozen=True, **o)))
    key, code = marshal.loads(file.read_bytes())
    assert key == records.KEY and set(code) and all(isinstance(c, type(built.__init__.__code__)) for c in code.values())


def test_nothing_is_written_when_python_writes_no_bytecode(store, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    assert sample(records.record)("a").name == "a"
    assert not list(store.iterdir())


def test_dataclasses_is_left_as_it_was_even_when_a_class_is_refused(store):
    with pytest.raises(TypeError, match="non-default argument"):
        @records.record
        class Refused:
            first: int = 0
            second: int
    assert "exec" not in vars(dataclasses)
    assert sample(records.record)("a").name == "a"  # the next class builds


EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "clinic.json"
RUN = """
import json, sys
import twarch.records as records
compiled = []
def counting(*args):
    compiled.append(args[0])
    return compile(*args)
records.compile = counting  # every class below is built after this
from twarch import recommend
from twarch.answers import Answers
from twarch.render import report
import twarch.cli, twarch.estimates.costing, twarch.estimates.capacity, twarch.workshop, twarch.sessions
text = report(recommend(Answers.load(sys.argv[1])), "json")
print(json.dumps({"compiled": len(compiled), "report": text}))
"""


def test_a_fresh_process_reads_every_record_from_the_store_and_reports_the_same(tmp_path):
    """Three processes: the first stores every record's code, the second compiles none of it, and both report what
    a process that stores nothing reports."""
    env = {"PATH": "/usr/bin:/bin", "PYTHONPYCACHEPREFIX": str(tmp_path / "prefix")}
    runs = [json.loads(subprocess.run([sys.executable, "-c", RUN, str(EXAMPLE)],
                                      capture_output=True, text=True, check=True, env=env | extra).stdout)
            for extra in ({}, {}, {"PYTHONDONTWRITEBYTECODE": "1", "PYTHONPYCACHEPREFIX": str(tmp_path / "none")})]
    assert runs[0]["compiled"] > 100 and runs[1]["compiled"] == 0 and runs[2]["compiled"] == runs[0]["compiled"]
    assert runs[0]["report"] == runs[1]["report"] == runs[2]["report"]
    assert len(list((tmp_path / "prefix").rglob("record-twarch.*.marshal"))) >= 40
    assert not (tmp_path / "none").exists()


def test_every_value_class_in_twarch_is_a_record():
    """A plain ``@dataclass`` would work, but compile its methods in every process (see CONTRIBUTING)."""
    package = Path(records.__file__).parent
    plain = [str(p.relative_to(package)) for p in package.rglob("*.py") if "@dataclass" in p.read_text()]
    assert plain == ["records.py"]  # which names it in its documentation
