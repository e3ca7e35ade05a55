"""The command line, through a subprocess, for each exit path."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).parent.parent / "examples"


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "twarch", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=60)


def test_recommend_markdown():
    r = run("recommend", str(EXAMPLES / "clinic.json"))
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("# twarch recommendation")
    assert "## Implementation Path" in r.stdout and "## Guardrail Skills" in r.stdout


def test_recommend_json_contract():
    r = run("recommend", str(EXAMPLES / "collections_agency.json"), "--format", "json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    for key in ("mode", "level", "level_name", "products", "implementation_path", "tac_package", "voice_transport",
                "stt_provider", "tts_provider", "skills", "regulations", "warnings", "ga_gaps", "checklist",
                "open_questions", "phases"):
        assert key in data
    assert set(data["skills"]) == {"product", "setup", "guardrail", "planner"}
    for item in data["products"] + data["warnings"] + data["ga_gaps"] + data["regulations"]:
        assert item["id"] and item["text"] and item["why"]["rule"]
    assert all(g["status"] in ("custom_code", "not_available") for g in data["ga_gaps"])


def test_recommend_html_to_file(tmp_path):
    out = tmp_path / "report.html"
    r = run("recommend", str(EXAMPLES / "isv_platform.yaml"), "--format", "html", "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert out.read_text().startswith('<div class="twarch-report">')


def test_output_is_byte_identical_between_runs():
    a = run("recommend", str(EXAMPLES / "eu_omnichannel_enterprise.json"), "--format", "json").stdout
    b = run("recommend", str(EXAMPLES / "eu_omnichannel_enterprise.json"), "--format", "json").stdout
    assert a == b and a


@pytest.mark.parametrize("content,fragment", [
    ('{"memroy": true}', "memroy: unknown key (did you mean 'memory'?)"),
    ('{"channels": ["fax"]}', "allowed: voice, sms, whatsapp, rcs, chat"),
    ('{"peak_concurrent_calls": -1}', "peak_concurrent_calls: -1 is negative"),
    ("{oops", "not valid JSON"),
    ("[1, 2]", "expected a mapping"),
])
def test_bad_answers_exit_2_with_one_line(tmp_path, content, fragment):
    path = tmp_path / "answers.json"
    path.write_text(content)
    r = run("recommend", str(path))
    assert r.returncode == 2
    assert r.stdout == ""
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("twarch: error: ") and fragment in lines[0]
    assert "Traceback" not in r.stderr


def test_missing_file_exits_2(tmp_path):
    r = run("recommend", str(tmp_path / "nope.json"))
    assert r.returncode == 2 and "cannot read" in r.stderr and "Traceback" not in r.stderr


def test_unwritable_output_exits_2(tmp_path):
    r = run("recommend", str(EXAMPLES / "clinic.json"), "-o", str(tmp_path / "no" / "such" / "dir.md"))
    assert r.returncode == 2 and "cannot write" in r.stderr


def test_usage_errors_exit_2():
    assert run().returncode == 2
    assert run("recommend").returncode == 2
    r = run("recommend", str(EXAMPLES / "clinic.json"), "--format", "pdf")
    assert r.returncode == 2 and "invalid choice" in r.stderr


@pytest.mark.parametrize("cmd", [[], ["recommend"], ["mode"], ["questions"], ["schema"], ["diagram"], ["checklist"]])
def test_help_everywhere(cmd):
    r = run(*cmd, "--help")
    assert r.returncode == 0 and "usage: twarch" in r.stdout


def test_mode_text_and_json():
    r = run("mode", "Set up a WebSocket handler for ConversationRelay with Deepgram", "--format", "json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert data["mode"] == "build" and data["activates"] is True
    r = run("mode", "I want to build an AI voice agent for customer support")
    assert r.returncode == 0 and "discovery" in r.stdout


def test_questions_and_schema():
    r = run("questions")
    assert r.returncode == 0 and "The five essential questions" in r.stdout and "autonomous_service" in r.stdout
    q = json.loads(run("questions", "--format", "json").stdout)
    assert [x["id"] for x in q][:3] == ["request", "outcome", "channels"]
    schema = json.loads(run("schema").stdout)
    assert schema["additionalProperties"] is False and "memory" in schema["properties"]


def test_console_script_installed():
    # The script the install put beside the interpreter under test: PATH is not consulted, so a `twarch`
    # left on the developer's PATH by earlier work can neither hide a missing install nor stand in for it.
    import sysconfig

    exe = Path(sysconfig.get_path("scripts")) / "twarch"
    assert exe.is_file(), f"the twarch console script is not installed for {sys.executable} (looked in {exe.parent})"
    r = subprocess.run([str(exe), "schema"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and json.loads(r.stdout)["title"] == "twarch answers"


def test_cli_does_not_import_heavy_libraries():
    code = (f"import sys; from twarch.cli import main; main(['recommend', {str(EXAMPLES / 'clinic.json')!r}, "
            "'--format', 'json']); "
            "heavy = [m for m in ('pandas', 'plotly', 'ipywidgets', 'graphviz', 'numpy') if m in sys.modules]; "
            "sys.stderr.write(repr(heavy))")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and r.stderr == "[]"


@pytest.mark.render
def test_diagram_svg_png_dot(tmp_path):
    for suffix in ("svg", "png", "dot"):
        out = tmp_path / f"stack.{suffix}"
        r = run("diagram", str(EXAMPLES / "clinic.json"), "-o", str(out))
        assert r.returncode == 0, r.stderr
        assert out.stat().st_size > 100
    assert (tmp_path / "stack.svg").read_text().lstrip().startswith(("<?xml", "<svg"))
    assert (tmp_path / "stack.png").read_bytes()[:4] == b"\x89PNG"
    assert (tmp_path / "stack.dot").read_text().startswith("digraph")


@pytest.mark.render
def test_diagram_dot_on_stdout_is_deterministic():
    a = run("diagram", str(EXAMPLES / "isv_platform.yaml"))
    b = run("diagram", str(EXAMPLES / "isv_platform.yaml"))
    assert a.returncode == 0 and a.stdout.startswith("digraph") and a.stdout == b.stdout


@pytest.mark.render
def test_diagram_ladder_and_bad_suffix(tmp_path):
    r = run("diagram", str(EXAMPLES / "clinic.json"), "--ladder")
    assert r.returncode == 0 and "REACHED" in r.stdout
    r = run("diagram", str(EXAMPLES / "clinic.json"), "-o", str(tmp_path / "stack.gif"))
    assert r.returncode == 2 and r.stderr.startswith("twarch: error: output:") and "Traceback" not in r.stderr


@pytest.mark.render
def test_diagram_without_dot_says_how_to_install(tmp_path):
    import os

    env = {**os.environ, "PATH": str(tmp_path)}
    r = subprocess.run([sys.executable, "-m", "twarch", "diagram", str(EXAMPLES / "clinic.json"), "-o",
                        str(tmp_path / "s.svg")], capture_output=True, text=True, env=env, timeout=60)
    assert r.returncode == 2 and "graphviz" in r.stderr.lower() and len(r.stderr.strip().splitlines()) == 1


def test_checklist_markdown_and_json():
    r = run("checklist", str(EXAMPLES / "clinic.json"))
    assert r.returncode == 0 and "- [ ]" in r.stdout and "HIPAA-01" in r.stdout and "legal advice" in r.stdout
    items = json.loads(run("checklist", str(EXAMPLES / "clinic.json"), "--format", "json").stdout)
    assert {i["regime"] for i in items} >= {"hipaa", "recording_consent"}


def test_facts_lists_every_sourced_fact_oldest_first_and_filters_by_age():
    r = run("facts", "--format", "json")
    assert r.returncode == 0, r.stderr
    facts = json.loads(r.stdout)
    kinds = {f["kind"] for f in facts}
    assert {"claim", "limit", "skills", "regime", "checklist", "voice figure", "provider price"} <= kinds
    ages = [f["age_days"] for f in facts]
    assert ages == sorted(ages, reverse=True)  # oldest first
    assert all(f["source"].startswith("http") and f["checked"] for f in facts)
    ga = next(f for f in facts if f["id"] == "tac.ga")
    assert ga["checked"] == "2026-11-27" and "generally available" in ga["claim"]
    conflict = next(f for f in facts if f["id"] == "memory.stores")
    assert conflict["status"] == "conflict"
    old = json.loads(run("facts", "--older-than", "365", "--format", "json").stdout)
    assert old and all(f["age_days"] > 365 for f in old) and len(old) < len(facts)
    text = run("facts", "--older-than", "100000").stdout
    assert text.startswith("0 sourced facts last checked more than 100000 days ago")


def test_facts_refuses_a_negative_age():
    r = run("facts", "--older-than", "-3")
    assert r.returncode == 2 and r.stderr.startswith("twarch: error: --older-than: -3 is negative")


REQUEST_ONLY = {"request": "Our clinic wants a voice assistant that calls patients in the UK to remind them of "
                           "appointments, and answers inbound calls too"}


def test_a_request_alone_is_read_and_the_report_says_from_which_words(tmp_path):
    path = tmp_path / "request.json"
    path.write_text(json.dumps(REQUEST_ONLY))
    data = json.loads(run("recommend", str(path), "--format", "json").stdout)
    assert data["answers"]["direction"] == "both" and data["answers"]["countries"] == ["GB"]
    assert data["inferred"]["countries"] == {"value": ["GB"], "words": "UK"}
    assert data["inferred"]["industry"] == {"value": "healthcare", "words": "clinic"}
    assert "uk_gdpr_pecr" in [r["id"] for r in data["regulations"]] and "tcpa" not in [r["id"] for r in
                                                                                       data["regulations"]]
    md = run("recommend", str(path)).stdout
    assert "## Read from your request" in md and "- `countries`: Britain (UK) · GB, from the words `UK`" in md


def test_explicit_answers_win_over_the_request_and_are_not_listed_as_read(tmp_path):
    path = tmp_path / "request.json"
    path.write_text(json.dumps({**REQUEST_ONLY, "countries": ["IE"], "direction": "outbound"}))
    data = json.loads(run("recommend", str(path), "--format", "json").stdout)
    assert data["answers"]["countries"] == ["IE"] and data["answers"]["direction"] == "outbound"
    assert "countries" not in data["inferred"] and "direction" not in data["inferred"]
    assert data["inferred"]["industry"]["value"] == "healthcare"


@pytest.mark.render
def test_no_read_uses_only_the_files_answers(tmp_path):
    path = tmp_path / "request.json"
    path.write_text(json.dumps(REQUEST_ONLY))
    for command in (("recommend", "--format", "json"), ("checklist", "--format", "json"), ("diagram",)):
        read = run(command[0], str(path), *command[1:]).stdout
        literal = run(command[0], str(path), *command[1:], "--no-read").stdout
        assert read != literal, command
    data = json.loads(run("recommend", str(path), "--format", "json", "--no-read").stdout)
    assert data["inferred"] == {} and data["answers"] == REQUEST_ONLY
