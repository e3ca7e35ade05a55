"""Everything twarch exports loads back as answers: the bare answers file, the JSON report and a saved session."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

import twarch
from twarch import AnswerError, Answers
from twarch.io.answer_files import answers_in, ticks_in

EXAMPLES = Path(__file__).parent.parent / "examples"
CLINIC = Answers.load(EXAMPLES / "clinic.json")


def test_a_bare_answers_mapping_is_its_own_answers():
    assert answers_in({"memory": True}) == {"memory": True}
    assert ticks_in({"memory": True}) == {}


def test_the_json_report_loads_back_as_its_answers(tmp_path):
    path = tmp_path / "report.json"
    path.write_text(twarch.report(twarch.recommend(CLINIC), "json"), encoding="utf-8")
    assert Answers.load(path) == CLINIC


def test_a_report_saved_as_yaml_loads_back(tmp_path):
    path = tmp_path / "report.yaml"
    path.write_text(yaml.safe_dump(twarch.recommend(CLINIC).to_dict()), encoding="utf-8")
    assert Answers.load(path) == CLINIC


def test_a_session_gives_its_answers_and_its_ticks():
    session = {"format": "twarch-session", "answers": {"industry": "healthcare"}, "ticks": {"HIPAA-01": "open"}}
    assert Answers.from_json(json.dumps(session)) == Answers(industry="healthcare")
    assert ticks_in(session) == {"HIPAA-01": "open"}


@pytest.mark.parametrize("document, field", [({"answers": ["voice"]}, "answers"),
                                             ({"answers": {}, "ticks": ["HIPAA-01"]}, "ticks")])
def test_a_malformed_nested_file_names_what_is_wrong(document, field):
    with pytest.raises(AnswerError) as caught:
        answers_in(document)
        ticks_in(document)
    assert caught.value.field == field


def test_nested_answers_are_validated_like_any_answers():
    with pytest.raises(AnswerError, match="memroy: unknown key"):
        Answers.from_json(json.dumps({"level": 1, "answers": {"memroy": True}}))


def test_twarch_recommend_accepts_its_own_json_report(tmp_path):
    report = tmp_path / "clinic-report.json"
    first = subprocess.run([sys.executable, "-m", "twarch", "recommend", str(EXAMPLES / "clinic.json"), "--format",
                            "json", "-o", str(report)], capture_output=True, text=True, timeout=60)
    assert first.returncode == 0, first.stderr
    again = subprocess.run([sys.executable, "-m", "twarch", "recommend", str(report), "--format", "json"],
                           capture_output=True, text=True, timeout=60)
    assert again.returncode == 0, again.stderr
    assert again.stdout == report.read_text(encoding="utf-8")
