"""twarch scaffold: every example and a sweep of designs give a starter whose TwiML uses only documented elements and
attributes, whose .env.example lists exactly what its code reads, and whose own offline tests pass; a design twarch
cannot assemble fails with its reason."""

from __future__ import annotations

import dataclasses
import inspect
import itertools
import json
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from starter_env import node_environment, starter_node_modules, starter_python
from twilio.twiml import lower_camel
from twilio.twiml import voice_response as helper

import twarch
from twarch.answers import Answers
from twarch.cli import main
from twarch.errors import AnswerError
from twarch.knowledge.stack import MIN_VERSION
from twarch.knowledge.starter import NODE_BUILD, NODE_PINS, PYTHON_PINS, VARIABLES
from twarch.knowledge.twiml import TWIML
from twarch.reader.request import read_request
from twarch.recommendation import Facts
from twarch.scaffold import scaffold, write, zip_bytes
from twarch.scaffold.project import read_variables

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

#: Examples twarch cannot (yet) assemble, with the reason it gives.
REFUSED = {
    "claims_copilot": "agent assist",
    "isv_platform": "the design runs on Agent Connect",
}


def example(name: str) -> twarch.Recommendation:
    path = next(EXAMPLES.glob(f"{name}.*"))
    return twarch.recommend(*read_request(Answers.load(path)))


#: Representative designs beyond the examples: each pipeline, hand-off target, LLM route and regime.
SWEEP = [{**base, **target, **extra} for base, target, extra in itertools.product(
    [{"channels": ["voice"], "team_language": "python", "industry": "healthcare"},  # manual, ConversationRelay
     {"channels": ["voice"], "team_language": "python", "needs_raw_audio": True, "stt_provider": "deepgram",
      "tts_provider": "elevenlabs"},  # manual, Media Streams
     {"channels": ["voice", "sms"], "team_language": "python", "memory": True}],  # Agent Connect
    [{"handoff": True, "handoff_target": "contact_center"}, {"handoff": True, "handoff_target": "phone_line"},
     {"handoff": False}],
    [{"llm": "openai", "records_calls": True}, {"llm": "anthropic", "takes_payments": True},
     {"llm": "google", "languages": ["en-US", "es-US"], "countries": ["US"]},
     {"llm": "bedrock", "countries": ["DE"], "records_calls": True}, {"llm": "azure_openai"}, {"llm": "own"}])]


def sweep_projects():
    for answers in SWEEP:
        yield answers, scaffold(twarch.recommend(answers))


def test_every_example_scaffolds_or_says_why_not():
    for path in sorted(EXAMPLES.iterdir()):
        rec = example(path.stem)
        if path.stem in REFUSED:
            with pytest.raises(AnswerError, match=REFUSED[path.stem]):
                scaffold(rec)
        else:
            project = scaffold(rec)
            assert project.files == scaffold(rec).files and zip_bytes(rec) == zip_bytes(rec)
            check_static(project)


def test_the_sweep_covers_every_kind_and_hand_off():
    plans = [p.plan for _, p in sweep_projects()]
    assert {p.kind for p in plans} == {"relay", "streams", "agent_connect"}
    assert {p.handoff for p in plans} == {"flex", "phone", ""}
    assert {p.llm for p in plans} == {"openai", "anthropic", "google", "bedrock", "azure_openai", "own"}
    assert any(p.payments for p in plans) and any(p.records for p in plans) and any(p.studio for p in plans)


@pytest.mark.parametrize("answers", SWEEP, ids=lambda a: json.dumps(a, sort_keys=True)[:90])
def test_static_checks_over_the_sweep(answers):
    check_static(scaffold(twarch.recommend(answers)))


def check_static(project) -> None:
    """The TwiML parses and uses only the table's elements, attributes and nesting; .env.example lists exactly the
    variables the code reads; the requirements pin what twarch's knowledge pins."""
    for path, text in project.files.items():
        if path.endswith(".xml"):
            check_twiml(ET.fromstring(text.encode()), None)
    names = [line.split("=", 1)[0] for line in project.files[".env.example"].splitlines()
             if line and not line.startswith("#")]
    assert names == read_variables(project.files) and set(names) <= set(VARIABLES)
    if project.plan.language == "typescript":
        check_package_json(json.loads(project.files["package.json"]))
        return
    for line in project.files["requirements.txt"].splitlines():
        name, _, version = re.split(r"(==|>=)", line) if re.search("==|>=", line) else (line, "", "")
        if ">=" in line:
            assert name.startswith("twilio-agent-connect") and version == MIN_VERSION
        elif name in PYTHON_PINS:
            assert PYTHON_PINS[name].version == version
    if project.plan.kind == "agent_connect":
        assert any(line.endswith(f">={MIN_VERSION}") for line in project.files["requirements.txt"].splitlines())
    flow = project.files.get("studio/handoff-flow.json")
    assert (flow is not None) == (project.plan.studio and bool(project.plan.handoff))
    if flow is not None:
        check_studio_flow(json.loads(flow), project.plan)


def check_package_json(package: dict) -> None:
    """Exact versions, each the one twarch's knowledge pins; the scripts the README names."""
    pinned = {**package["dependencies"], **package["devDependencies"]}
    assert pinned == {name: NODE_PINS[name].version for name in pinned} and "typescript" in pinned
    assert set(package["devDependencies"]) == set(NODE_BUILD)
    assert package["scripts"]["check"] == "tsc --noEmit" and package["scripts"]["test"].startswith("tsc && node --test")


#: The Studio widgets a hand-off flow may use, by the plan's hand-off target.
STUDIO_WIDGETS = {"flex": {"trigger", "send-to-flex"}, "phone": {"trigger", "connect-call-to", "send-message"}}


def check_studio_flow(flow: dict, plan) -> None:
    """The flow starts at its Trigger, every transition leads to a state it has, it uses only its target's widgets,
    and a call (and, with text channels, a message) reaches the hand-off."""
    states = {state["name"]: state for state in flow["states"]}
    assert flow["initial_state"] == "Trigger" and states["Trigger"]["type"] == "trigger"
    assert {state["type"] for state in flow["states"]} <= STUDIO_WIDGETS[plan.handoff]
    nexts = {t["event"]: t.get("next") for state in flow["states"] for t in state["transitions"]
             if state["name"] == "Trigger"}
    assert all(n in states for state in flow["states"] for t in state["transitions"] for n in [t.get("next")] if n)
    assert nexts.get("incomingCall") and (nexts.get("incomingMessage") or set(plan.channels) <= {"voice"})


def check_twiml(element: ET.Element, parent: str | None) -> None:
    row = TWIML[element.tag]
    assert (parent in row.parents) if parent else not row.parents, (element.tag, parent)
    assert set(element.attrib) <= set(row.attributes), (element.tag, element.attrib)
    assert row.text or not (element.text or "").strip(), element.tag
    for child in element:
        check_twiml(child, element.tag)


#: Which helper-library method builds each element (its parent's class and the method's name).
def _builder(name: str):
    parent = TWIML[name].parents[0]
    owner = helper.VoiceResponse if parent == "Response" else getattr(helper, parent)
    return getattr(owner, re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower())


@pytest.mark.parametrize("name", sorted(n for n in TWIML if n != "Response" and TWIML[n].helper))
def test_every_documented_attribute_is_one_twilios_helper_library_writes(name):
    parameters = inspect.signature(_builder(name)).parameters
    for attribute in TWIML[name].attributes:
        snake = re.sub(r"(?<!^)(?=[A-Z])", "_", attribute).lower()
        assert snake in parameters and lower_camel(snake) == attribute, (name, attribute)
    assert all(row.source.url.startswith("https://www.twilio.com/docs/voice/") for row in TWIML.values())


def test_an_element_without_a_builder_in_the_pinned_helper_library_is_written_with_add_child():
    """<Failover> has no builder in twilio 9.13.0: when a pin gains one, this fails and the table's helper flag goes."""
    unbuilt = sorted(n for n, row in TWIML.items() if not row.helper)
    assert unbuilt == ["Failover"] and not TWIML["Failover"].attributes
    for name in unbuilt:
        with pytest.raises(AttributeError):
            _builder(name)


def test_speech_failover_where_the_design_has_one():
    base = {"channels": ["voice"], "team_language": "python", "industry": "healthcare", "languages": ["en-US", "es-US"]}
    production = scaffold(twarch.recommend({**base, "production": True}))
    relay = ET.fromstring(production.files["tests/twiml/answer.xml"].encode()).find("Connect/ConversationRelay")
    assert relay is not None and [c.tag for c in relay] == ["Language", "Language", "Failover", "Parameter"]
    assert "conversation_relay.add_child('Failover')" in production.files["app/twiml.py"]
    assert "provider-failover" in production.files["README.md"]
    pilot = scaffold(twarch.recommend(base))
    assert not pilot.plan.failover and "Failover" not in pilot.files["tests/twiml/answer.xml"]
    streams = scaffold(twarch.recommend({**SWEEP[18], "production": True}))
    assert streams.plan.kind == "streams" and not streams.plan.failover


def test_a_design_twarch_cannot_assemble_fails_with_one_line(tmp_path, capsys):
    path = tmp_path / "assist.json"
    path.write_text(json.dumps({"channels": ["voice"], "outcome": "internal_tools", "wants": ["ai_copilot"]}))
    assert main(["scaffold", str(path), "-o", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "agent assist" in err and not (tmp_path / "out").exists()
    other = twarch.recommend({"channels": ["voice"], "team_language": "other"})
    with pytest.raises(AnswerError, match="team_language"):
        scaffold(other)
    with pytest.raises(AnswerError, match="not a ttsProvider"):
        scaffold(twarch.recommend({"channels": ["voice"], "tts_provider": "deepgram", "team_language": "python",
                                   "industry": "healthcare"}))


@pytest.mark.parametrize("answers, reason", [
    ({"languages": ["en-US", "yo-NG"]}, "blocker language_gap: Deepgram"),  # no speech pair speaks Yoruba
    ({"countries": ["US", "CN"]}, "blocker telephony_blocked: Twilio cannot carry these calls: China"),
], ids=["language_gap", "telephony_blocked"])
def test_a_blocker_against_the_drawn_design_fails_generation_with_its_reason(answers, reason, tmp_path, capsys):
    path = tmp_path / "design.json"
    path.write_text(json.dumps({"channels": ["voice"], "team_language": "python", "industry": "healthcare",
                                **answers}))
    assert main(["scaffold", str(path), "-o", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and reason in err and "Traceback" not in err and not (tmp_path / "out").exists()


def test_a_component_the_starter_runs_on_that_the_design_cannot_use_fails_generation():
    rec = twarch.recommend({"channels": ["voice"], "team_language": "python", "industry": "healthcare",
                            "handoff": True, "handoff_target": "contact_center"})
    assert scaffold(rec).plan.components == ("voice", "conversation_relay", "taskrouter", "flex")
    for component, name in (("conversation_relay", "ConversationRelay"), ("flex", "Flex")):
        ruled_out = dataclasses.replace(rec, facts=Facts({**rec.facts, "unavailable": (component,)}))
        with pytest.raises(AnswerError, match=f"design: the starter runs on {name}.*, which this design cannot use"):
            scaffold(ruled_out)


def test_a_contact_centre_flex_cannot_serve_gets_a_transfer_not_a_missing_hand_off():
    rec = twarch.recommend({"channels": ["voice"], "team_language": "python", "handoff": True,
                            "handoff_target": "contact_center", "region": "ie1", "llm": "azure_openai"})
    assert rec.facts.handoff_transfer and "flex" in rec.facts.unavailable
    project = scaffold(rec)
    assert project.plan.handoff == "phone" and project.plan.transfer and "flex" not in project.plan.components
    assert "<Dial>" in project.files["tests/twiml/to_person.xml"] and "HANDOFF_PHONE_NUMBER" in project.files[
        ".env.example"]
    assert "transferred (`<Dial>`) to the number in HANDOFF_PHONE_NUMBER (your contact centre's, or your team's own " \
           "line" in project.files["README.md"]


def test_the_cli_writes_the_project_and_refuses_a_folder_in_use(tmp_path, capsys):
    out = tmp_path / "starter"
    assert main(["scaffold", str(EXAMPLES / "clinic.json"), "-o", str(out)]) == 0
    assert (out / "app" / "relay.py").is_file() and (out / "tests" / "twiml" / "answer.xml").is_file()
    assert "app/" in capsys.readouterr().out
    assert main(["scaffold", str(EXAMPLES / "clinic.json"), "-o", str(out)]) == 2


#: The handful whose own tests run: each pipeline, each hand-off target, payments, each LLM SDK's import.
RUN = ["clinic", "retailer_payments", "raw_audio_team", "iberia_inbound_line", "eu_omnichannel_enterprise",
       "azure_speech_to_speech"]
RUN_SWEEP = [SWEEP[i] for i in (5, 7, 8, 15, 19, 24)]


def run_own_tests(project, tmp_path: Path) -> None:
    root = write(project, tmp_path / "starter")
    result = subprocess.run([str(starter_python()), "-m", "pytest", "-q", "-p", "no:cacheprovider"], cwd=root,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert re.search(r"\d+ passed", result.stdout) and "failed" not in result.stdout


@pytest.mark.starter
@pytest.mark.parametrize("name", RUN)
def test_the_starters_own_tests_pass(name, tmp_path):
    run_own_tests(scaffold(example(name)), tmp_path)


@pytest.mark.starter
@pytest.mark.parametrize("answers", RUN_SWEEP, ids=lambda a: json.dumps(a, sort_keys=True)[:90])
def test_the_sweeps_own_tests_pass(answers, tmp_path):
    run_own_tests(scaffold(twarch.recommend(answers)), tmp_path)


#: Representative TypeScript designs, one per LLM SDK. ConversationRelay: Flex with payments, recording and failover
#: on OpenAI; a phone line in two languages with Anthropic; no hand-off on Google; Bedrock. Media Streams (Deepgram
#: and ElevenLabs): Flex with payments and recording on OpenAI; a phone line on Anthropic. Their own tests run,
#: type-checked; the OpenAI-compatible and Azure routes are checked statically.
TS_STREAMS = {"channels": ["voice"], "team_language": "typescript", "needs_raw_audio": True,
              "stt_provider": "deepgram", "tts_provider": "elevenlabs"}
TS_SWEEP = [
    {"channels": ["voice"], "team_language": "typescript", "industry": "healthcare", "handoff": True,
     "handoff_target": "contact_center", "takes_payments": True, "records_calls": True, "production": True},
    {"channels": ["voice"], "team_language": "typescript", "industry": "healthcare", "handoff": True,
     "handoff_target": "phone_line", "llm": "anthropic", "languages": ["en-US", "es-US"], "countries": ["US"]},
    {"channels": ["voice"], "team_language": "typescript", "industry": "healthcare", "handoff": False, "llm": "google"},
    {"channels": ["voice"], "team_language": "typescript", "industry": "healthcare", "handoff": True,
     "handoff_target": "contact_center", "llm": "bedrock"},
    {**TS_STREAMS, "handoff": True, "handoff_target": "contact_center", "takes_payments": True, "records_calls": True},
    {**TS_STREAMS, "handoff": True, "handoff_target": "phone_line", "llm": "anthropic"},
    {"channels": ["voice"], "voice_pipeline": "speech_to_speech", "team_language": "typescript",
     "industry": "healthcare", "handoff": True, "handoff_target": "contact_center", "records_calls": True},
    {"channels": ["voice"], "voice_pipeline": "speech_to_speech", "team_language": "typescript",
     "industry": "healthcare", "handoff": True, "handoff_target": "phone_line", "takes_payments": True,
     "llm": "azure_openai"},
]
TS_STATIC = [*TS_SWEEP, {**TS_SWEEP[2], "llm": "own"}, {**TS_SWEEP[1], "llm": "azure_openai"}]


def test_the_typescript_sweep_covers_its_features():
    plans = [scaffold(twarch.recommend(a)).plan for a in TS_STATIC]
    assert {p.language for p in plans} == {"typescript"} and {p.kind for p in plans} == {"relay", "streams", "realtime"}
    assert {p.handoff for p in plans} == {"flex", "phone", ""}
    assert {p.llm for p in plans} == {"openai", "anthropic", "google", "bedrock", "own", "azure_openai"}
    assert any(p.payments and p.records and p.failover for p in plans) and any(len(p.languages) > 1 for p in plans)


@pytest.mark.parametrize("answers", TS_STATIC, ids=lambda a: json.dumps(a, sort_keys=True)[:90])
def test_static_checks_over_the_typescript_sweep(answers):
    project = scaffold(twarch.recommend(answers))
    check_static(project)
    session = {"relay": "src/relay.ts", "streams": "src/streams.ts", "realtime": "src/bridge.ts"}[project.plan.kind]
    assert session in project.files and not any(p.endswith(".py") for p in project.files)
    assert "npm run check" in project.files["README.md"]


def test_both_languages_answer_with_the_same_twiml():
    rec = example("clinic")
    python, typescript = scaffold(rec, "python"), scaffold(rec, "typescript")
    designed = {p.rsplit("/", 1)[1]: t for p, t in python.files.items() if p.startswith("tests/twiml/")}
    assert designed and designed == {p.rsplit("/", 1)[1]: t for p, t in typescript.files.items()
                                     if p.startswith("test/twiml/")}
    assert sorted(python.files[".env.example"].splitlines()) == sorted(typescript.files[".env.example"].splitlines())


@pytest.mark.parametrize("answers, reason", [
    ({**SWEEP[36], "team_language": "typescript"}, "the design runs on Agent Connect"),
], ids=["agent_connect"])
def test_what_the_typescript_starter_does_not_cover_is_refused_with_the_reason(answers, reason):
    with pytest.raises(AnswerError, match=reason):
        scaffold(twarch.recommend(answers))


def run_own_typescript_tests(project, tmp_path: Path) -> None:
    """``npm run check`` (tsc --noEmit) and ``npm test`` (tsc, then node --test) in the generated project, with the
    cached node_modules linked in."""
    root = write(project, tmp_path / "starter")
    (root / "node_modules").symlink_to(starter_node_modules(), target_is_directory=True)
    npm = shutil.which("npm") or "npm"
    for script in ("check", "test"):
        result = subprocess.run([npm, "run", "--silent", script], cwd=root, capture_output=True, text=True,
                                timeout=300, env=node_environment())
        assert result.returncode == 0, (script, result.stdout[-3000:] + result.stderr[-2000:])
    assert re.search(r"^# pass [1-9]", result.stdout, re.M) and re.search(r"^# fail 0$", result.stdout, re.M)


@pytest.mark.starter
@pytest.mark.parametrize("answers", TS_SWEEP, ids=lambda a: json.dumps(a, sort_keys=True)[:90])
def test_the_typescript_starters_own_tests_pass(answers, tmp_path):
    run_own_typescript_tests(scaffold(twarch.recommend(answers)), tmp_path)


#: Speech-to-speech on the manual path: a Media Streams bridge to OpenAI's realtime model (directly, with a Flex
#: hand-off and recording; on Azure OpenAI, with a phone hand-off and payments).
S2S_SWEEP = [
    {"channels": ["voice"], "voice_pipeline": "speech_to_speech", "team_language": "python", "industry": "healthcare",
     "handoff": True, "handoff_target": "contact_center", "records_calls": True},
    {"channels": ["voice"], "voice_pipeline": "speech_to_speech", "team_language": "python", "industry": "healthcare",
     "handoff": True, "handoff_target": "phone_line", "takes_payments": True, "llm": "azure_openai"},
]


@pytest.mark.starter
@pytest.mark.parametrize("answers", S2S_SWEEP, ids=lambda a: json.dumps(a, sort_keys=True)[:90])
def test_a_speech_to_speech_design_gets_a_realtime_bridge(answers, tmp_path):
    project = scaffold(twarch.recommend(answers))
    check_static(project)
    assert project.plan.kind == "realtime" and project.plan.components[:2] == ("voice", "media_streams")
    assert "app/bridge.py" in project.files and "app/llm.py" not in project.files
    assert "<Stream" in project.files["tests/twiml/answer.xml"] and "websockets==" in project.files["requirements.txt"]
    assert 'MULAW = {"type": "audio/pcmu"}' in project.files["app/realtime.py"]
    run_own_tests(project, tmp_path)


def test_speech_to_speech_is_refused_where_the_starter_has_no_bridge():
    with pytest.raises(AnswerError, match="'anthropic' for speech-to-speech"):
        scaffold(twarch.recommend({**S2S_SWEEP[0], "llm": "anthropic"}))
    with pytest.raises(AnswerError, match="'anthropic' for speech-to-speech"):
        scaffold(twarch.recommend({**S2S_SWEEP[0], "llm": "anthropic", "team_language": "typescript"}))
