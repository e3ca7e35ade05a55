"""The workshop pack: every scenario card has a reference solution, every solution loads and leads to the
outcomes stated in solutions/expected.json, the shipped team answers load, and the notebooks are set up
for strict nbval."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import twarch

WORKSHOP = Path(__file__).resolve().parent.parent / "notebooks" / "workshop"
SCENARIOS = sorted(p.stem for p in (WORKSHOP / "scenarios").glob("*.md"))
EXPECTED = json.loads((WORKSHOP / "solutions" / "expected.json").read_text(encoding="utf-8"))
GOALS = EXPECTED["scenarios"]
ESSENTIAL = ("outcome", "channels", "memory", "intelligence", "handoff")


def test_pack_has_at_least_five_scenarios():
    assert len(SCENARIOS) >= 5


def test_expected_file_format():
    assert EXPECTED["format"] == "twarch-workshop-expected"
    assert EXPECTED["version"] == 1


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_every_card_has_a_solution_and_expected_outcomes(scenario):
    assert (WORKSHOP / "solutions" / f"{scenario}.json").is_file(), f"no solutions/{scenario}.json"
    assert scenario in GOALS, f"{scenario} missing from solutions/expected.json"


def test_no_solution_without_a_card():
    solutions = {p.stem for p in (WORKSHOP / "solutions").glob("*.json")} - {"expected"}
    assert solutions == set(SCENARIOS)
    assert set(GOALS) == set(SCENARIOS)


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_card_is_a_titled_scenario(scenario):
    text = (WORKSHOP / "scenarios" / f"{scenario}.md").read_text(encoding="utf-8")
    assert text.startswith(f"# Scenario: {GOALS[scenario]['title']}\n")
    assert "discovery call" in text


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_solution_answers_every_essential_question(scenario):
    answers = twarch.Answers.load(WORKSHOP / "solutions" / f"{scenario}.json")
    missing = [q for q in ESSENTIAL if not answers.answered(q)]
    assert not missing, f"{scenario} leaves essential questions open: {missing}"


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_solution_file_is_canonical(scenario):
    """The file is exactly what Answers.save writes, so a team's saved file compares byte for byte."""
    path = WORKSHOP / "solutions" / f"{scenario}.json"
    assert path.read_text(encoding="utf-8") == twarch.Answers.load(path).to_json()


@pytest.mark.parametrize("scenario", SCENARIOS)
def test_solution_leads_to_the_expected_outcomes(scenario):
    goal = GOALS[scenario]
    rec = twarch.recommend(twarch.Answers.load(WORKSHOP / "solutions" / f"{scenario}.json"))
    assert rec.level == goal["level"]
    assert rec.voice_transport == goal["voice_transport"]
    assert rec.implementation_path == goal["implementation_path"]
    assert rec.tac_package == goal["tac_package"]
    assert list(rec.product_ids) == goal["products"]
    assert sorted(rec.regulation_ids) == sorted(goal["regulations"])
    warnings = {w.id for w in rec.warnings}
    missing = [w for w in goal["key_warnings"] if w not in warnings]
    assert not missing, f"{scenario}: key warnings not raised: {missing}"
    assert rec.open_questions == ()
    assert goal["debrief"], f"{scenario} has no debrief points"


def test_scenarios_cover_the_ladder_and_both_transports():
    levels = {g["level"] for g in GOALS.values()}
    assert {1, 2, 4} <= levels
    assert {g["voice_transport"] for g in GOALS.values()} == {"conversation_relay", "media_streams"}
    regimes = {r for g in GOALS.values() for r in g["regulations"]}
    assert {"tcpa", "hipaa", "pci_dss", "gdpr", "fdcpa"} <= regimes


def test_team_answers_load_and_are_canonical():
    files = sorted((WORKSHOP / "answers").glob("*.json"))
    assert len(files) >= 3
    for path in files:
        assert re.fullmatch(r"[A-Za-z0-9_-]+", path.stem)
        assert path.read_text(encoding="utf-8") == twarch.Answers.load(path).to_json()


def test_example_teams_differ_from_the_reference():
    """The shipped session gives the facilitator something to debrief: not every team is right."""
    reference = twarch.Answers.load(WORKSHOP / "solutions" / "dental_clinic.json")
    diffs = {p.stem: twarch.compare(reference, twarch.Answers.load(p))
             for p in (WORKSHOP / "answers").glob("*.json") if p.stem != "warmup"}
    assert any(not c.same for c in diffs.values())
    assert any("regulations" in c.aspects for c in diffs.values())


@pytest.mark.parametrize("name", ["team_exercise", "facilitator"])
def test_notebooks_are_ready_for_strict_nbval(name):
    nb = json.loads((WORKSHOP / f"{name}.ipynb").read_text(encoding="utf-8"))
    assert nb["metadata"]["kernelspec"]["name"] == "python3"
    assert "widgets" not in nb["metadata"], "widget state stored: execute with store_widget_state=False"
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert all(c.get("execution_count") for c in code), "notebook not executed top to bottom"
    assert not [o for c in code for o in c.get("outputs", []) if o.get("output_type") == "error"]
    for cell in code:
        if "nbval-skip" in cell.get("metadata", {}).get("tags", []):
            pytest.fail("a cell is skipped by nbval")
