"""The shape of the house: no import cycles, design facts derived once, plain dataclasses, the public API kept."""

from __future__ import annotations

import ast
import dataclasses
import importlib
import inspect
import pkgutil
import re
import typing
from pathlib import Path

import pytest

import twarch

ROOT = Path(twarch.__file__).parent
MODULES = sorted(m.name for m in pkgutil.walk_packages(twarch.__path__, "twarch.") if m.name != "twarch.__main__")


def _module_file(name: str) -> Path:
    parts = name.split(".")[1:]
    path = ROOT.joinpath(*parts)
    return path / "__init__.py" if path.is_dir() else path.with_suffix(".py")


def _imports(name: str) -> set[str]:
    """Every twarch module ``name`` imports, at the top or inside a function, resolved to the module."""
    path = _module_file(name)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("twarch"))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[:len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if not target.startswith("twarch"):
                continue
            for alias in node.names:  # ``from .x import y``: y may be a module of its own
                found.add(f"{target}.{alias.name}" if f"{target}.{alias.name}" in MODULES else target)
    return {m for m in found if m in MODULES and m != name}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def test_no_import_cycles_even_through_imports_inside_functions():
    graph = {m: _imports(m) for m in MODULES}
    assert _cycles(graph) == []


def test_the_cycle_finder_finds_a_cycle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


#: Design facts the engine derives (twarch.knowledge.facts), and the ways of working them out again from the answers
#: that a renderer, an estimate or a widget must not use: they read ``rec.facts`` instead.
REDERIVED = {
    "agent_assist": r"entry_point\s*[!=]=\s*[\"']agent_assist[\"']",
    "phone_handoff": r"handoff_target\s*[!=]=",
    "speech_to_speech": r"voice_pipeline\s*[!=]=",
    "voice": r"[\"']voice[\"']\s+(?:not\s+)?in\s+\(?\s*(?:rec\.)?(?:a|answers|rec\.answers)\.channels",
    # the answered LLM is not the route a residency move may have taken the design to (review 3, design 16)
    "llm_route": r"\b(?:rec|r)\.answers\.llm\b",
}
DOWNSTREAM = ("render", "estimates", "widgets", "workshop", "scaffold")


def _code(path: Path) -> str:
    """The file's code without comments and docstrings (they may describe a fact in the same words)."""
    tree = ast.parse(path.read_text())
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr) and isinstance(body[0].value,
                                                                                            ast.Constant):
            body[0].value.value = ""
    return ast.unparse(tree)


@pytest.mark.parametrize("fact", sorted(REDERIVED))
def test_no_renderer_estimate_or_widget_derives_a_design_fact_again(fact):
    offenders = [str(p.relative_to(ROOT)) for folder in DOWNSTREAM for p in sorted((ROOT / folder).rglob("*.py"))
                 if re.search(REDERIVED[fact], _code(p))]
    assert offenders == [], f"read rec.facts.{fact} instead of deriving it again in {offenders}"


def test_the_rederivation_check_catches_a_copy():
    sample = 'assist = rec.entry_point == "agent_assist"\nvoice = "voice" in (rec.answers.channels or ())'
    assert re.search(REDERIVED["agent_assist"], sample) and re.search(REDERIVED["voice"], sample)


def test_the_facts_on_a_recommendation_are_the_engines():
    rec = twarch.recommend({"channels": ["voice"], "handoff": True, "handoff_target": "phone_line",
                            "voice_pipeline": "speech_to_speech"})
    assert (rec.facts.voice, rec.facts.phone_handoff, rec.facts.speech_to_speech, rec.facts.agent_assist) == \
        (True, True, True, False)
    assist = twarch.recommend({"channels": ["voice"], "outcome": "internal_tools", "wants": ["ai_copilot"],
                               "voice_pipeline": "speech_to_speech", "handoff": True, "handoff_target": "phone_line"})
    assert (assist.facts.agent_assist, assist.facts.speech_to_speech, assist.facts.phone_handoff) == (True, False,
                                                                                                      False)
    assert rec.facts.language_pair is None  # declared, but no languages were answered
    with pytest.raises(AttributeError, match="not a declared fact"):
        rec.facts.phone_handof  # noqa: B018
    with pytest.raises(AttributeError, match="read-only"):
        rec.facts.voice = False
    assert "channels" not in rec.facts  # answers are on rec.answers, not among the derived facts


#: The packages that draw (pandas, plotly, graphviz, ipywidgets); the rest is the engine's standard library.
DRAWING = ("twarch.render", "twarch.widgets", "twarch.display", "twarch.workshop.compare")


def _dataclasses(drawing: bool) -> list[type]:
    found = []
    for name in MODULES:
        if name.startswith(DRAWING) != drawing:
            continue
        module = importlib.import_module(name)
        for value in vars(module).values():
            if inspect.isclass(value) and dataclasses.is_dataclass(value) and value.__module__ == name:
                found.append(value)
    return found


def test_every_engine_value_class_is_a_plain_dataclass_with_true_signatures():
    for cls in _dataclasses(drawing=False):
        _assert_plain_dataclass(cls)


@pytest.mark.render
def test_every_renderer_and_widget_value_class_is_a_plain_dataclass_with_true_signatures():
    for cls in _dataclasses(drawing=True):
        _assert_plain_dataclass(cls)


def _assert_plain_dataclass(cls: type) -> None:
    """Signatures, help() and Shift-Tab show the declared annotations, and get_type_hints resolves them."""
    fields = [f for f in dataclasses.fields(cls) if f.init]
    params = inspect.signature(cls).parameters
    assert list(params) == [f.name for f in fields]
    for f in fields:
        assert params[f.name].annotation == f.type, f.name
        assert "_type_" not in str(f.type)
    hints = typing.get_type_hints(cls)
    assert set(hints) >= {f.name for f in fields}
    assert cls.__init__.__code__.co_filename in ("<string>", inspect.getfile(dataclasses))  # made by dataclasses


def test_the_public_api_is_kept():
    assert twarch.__all__ == ["Answers", "AnswerError", "Checklist", "Item", "QUESTIONS", "Recommendation", "Volumes",
                              "Why", "Wizard", "answer_diff", "answers_from_text", "bill", "break_even", "capacity",
                              "checklist", "compare", "compare_many", "compare_platforms", "detect_mode", "diagram",
                              "ladder",
                              "language_support", "latency", "latency_budget", "provider_table", "providers",
                              "recommend", "report", "scorecard", "sensitivity", "to_html", "to_markdown"]
    for name in twarch.__all__:
        if not twarch._LAZY.get(name, "twarch").startswith(DRAWING):
            assert getattr(twarch, name) is not None, name


@pytest.mark.render
def test_every_public_name_that_draws_resolves():
    for name in twarch.__all__:
        assert getattr(twarch, name) is not None, name


def test_one_display_strategy_the_value_classes_hold_no_markup():
    """Jupyter shows twarch's values through the formatters twarch.display registers, never a _repr_html_ of theirs."""
    from twarch import display

    holders = [f"{cls.__module__}.{cls.__qualname__}" for cls in _dataclasses(drawing=False)
               if "_repr_html_" in vars(cls) or "_repr_markdown_" in vars(cls)]
    assert holders == []
    for module, name, renderer in display.HTML:
        assert hasattr(importlib.import_module(module), name)
        path, function = renderer.split(":")
        assert callable(getattr(importlib.import_module(path), function))
