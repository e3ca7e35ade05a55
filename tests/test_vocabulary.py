"""Each vocabulary is declared once, and every place that lists its ids agrees with the declaration.

Also: the import-time checks that keep it so (rules against the declared facts, derivations against the
declarations, the Answers fields against the questions) reject what they should, naming the culprit.
"""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from twarch import Answers, recommend
from twarch.answers import json_schema
from twarch.engine import derive
from twarch.knowledge import checklist as checklist_data
from twarch.knowledge import rules
from twarch.knowledge.channels import CHANNELS, MESSAGING_CHANNELS
from twarch.knowledge.facts import FACTS, condition_problem
from twarch.knowledge.products import LEVELS, PRODUCTS
from twarch.knowledge.providers import language_support, load_providers
from twarch.knowledge.questions import BY_ID, QUESTIONS, STEPS
from twarch.knowledge.regimes import REGIMES
from twarch.knowledge.skills import REMOVED, RENAMED, SKILLS
from twarch.knowledge.speech import OWN, SPEECH_PROVIDERS, providers, relay_providers, vendors
from twarch.knowledge.stack import CLOUDS, LLMS, PACKAGES, TEAM_LANGUAGES

SCHEMA = json_schema()["properties"]


@pytest.mark.parametrize(("question", "table"), [
    ("channels", CHANNELS), ("regulations", REGIMES), ("cloud", CLOUDS), ("llm", LLMS),
    ("team_language", TEAM_LANGUAGES),
])
def test_question_choices_schema_enums_and_facts_come_from_the_vocabulary(question, table):
    ids = list(table)
    assert list(BY_ID[question].choice_ids) == ids
    enum = SCHEMA[question].get("enum") or SCHEMA[question]["items"]["enum"]
    assert enum == ids
    assert list(FACTS[question].values) == ids


@pytest.mark.parametrize("kind", ["stt", "tts"])
def test_every_speech_provider_is_usable_everywhere_providers_are_listed(kind):
    ids = [p.id for p in providers(kind)]
    question = f"{kind}_provider"
    assert list(BY_ID[question].choice_ids) == ids == SCHEMA[question]["enum"] == list(FACTS[kind].values)
    rows = {p.vendor_id for p in load_providers() if p.kind == kind}
    assert rows == {p.id for p in vendors(kind)} == set(ids) - {OWN}, \
        "every vendor has sourced rows in providers.csv and every row a declared vendor; your own engine has none"
    for provider_id in ids:
        # the answer is accepted, recommend() runs with it on both transports, and the language check knows it
        for raw_audio in (False, True):
            rec = recommend({"channels": ["voice"], question: provider_id, "languages": ["en-US"],
                             "needs_raw_audio": raw_audio})
            assert getattr(rec, question) == provider_id
            assert provider_id != OWN or rec.voice_transport == "media_streams"  # your own engine needs raw audio
        if provider_id != OWN:
            language_support(["en"], **{kind: [provider_id]})
    assert set(relay_providers(kind)) <= set(ids)


def test_relay_menu_is_what_twilio_documents():
    # Twilio's ConversationRelay skill (github.com/twilio/ai aa67a6d) and best-practices page, checked 2026-11-27
    assert relay_providers("stt") == ("deepgram", "google")
    assert set(relay_providers("tts")) == {"elevenlabs", "google", "amazon_polly", "deepgram"}
    assert SPEECH_PROVIDERS[("tts", "deepgram")].relay == "conflict"
    assert SPEECH_PROVIDERS[("stt", "amazon_transcribe")].relay == "not_offered"


def test_llm_rows_exist_and_are_llm_rows():
    kinds = {p.id: p.kind for p in load_providers()}
    for llm in LLMS.values():
        assert not llm.row or kinds[llm.row] == "llm", llm.id


def test_channels_products_regimes_and_skills_agree_with_their_users():
    assert MESSAGING_CHANNELS == ("sms", "whatsapp", "rcs", "chat")
    assert {p.rung for p in PRODUCTS.values()} == set(LEVELS)
    assert {e.regime for e in checklist_data.entries()} == set(REGIMES)
    recommended = {r.value for r in rules.SKILLS_TABLE}
    assert recommended <= set(SKILLS), "every recommended skill is in the pinned catalogue"
    assert not recommended & (set(RENAMED) | set(REMOVED))
    assert set(RENAMED.values()) <= set(SKILLS)
    decided_packages = {r.value for r in rules.TAC_PACKAGE if r.value}
    assert decided_packages <= set(PACKAGES)


def test_steps_and_questions_and_answers_fields_agree():
    assert {q.step for q in QUESTIONS} == set(STEPS)
    assert tuple(Answers.__dataclass_fields__) == tuple(BY_ID)
    assert set(SCHEMA) == set(BY_ID)
    assert all(FACTS[q.id].stage == "answers" for q in QUESTIONS)


def test_every_table_value_is_in_its_vocabulary():
    for table in rules.TABLES:
        for r in table.rules:
            assert rules.rule_problem(table, r) == "", r.id


# ------------------------------------------------------------------------------------ the checks reject


def _problem(table_name: str, **changes) -> str:
    table = rules.BY_NAME[table_name]
    return rules.rule_problem(table, replace(table.rules[0], **changes))


@pytest.mark.parametrize(("table", "changes", "message"), [
    ("warnings", {"when": {"memroy": True}}, "unknown fact 'memroy'"),
    ("warnings", {"when": {"channels": "fax"}}, "'fax' is not one of voice, sms"),
    ("warnings", {"when": {"memory": "yes"}}, "expected true or false"),
    ("warnings", {"when": {"industry": {"gt": 2}}}, "only numbers compare"),
    ("level", {"when": {"products": "flex"}}, "comes about at stage 'products', not before 'level'"),
    ("warnings", {"text": "{peak_calls} calls"}, "names unknown fact 'peak_calls'"),
    ("products", {"text": "{conversations_stack}"},
     "names 'conversations_stack', which comes about at stage 'products'"),
    ("level", {"when": {"tts": "google"}}, "'tts' comes about at stage 'tts', not before 'level'"),
    ("products", {"value": "conversation_fax"}, "value 'conversation_fax' is not one of"),
    ("skills", {"value": "twilio-media-streams"}, "value 'twilio-media-streams' is not one of"),
    ("transport", {"value": "sip"}, "value 'sip' is not one of conversation_relay, media_streams"),
    ("warnings", {"section": "step9"}, "unknown playbook section 'step9'"),
    ("warnings", {"details": (("severity", "urgent"),)}, "a warning needs severity= one of blocker, cost"),
    ("warnings", {"details": (("severity", "info"), ("claims", ("relay.teleport",)))}, "unknown claims relay.teleport"),
    ("warnings", {"details": (("severity", "info"), ("scope", "fax"))}, "unknown scope 'fax'"),
    ("warnings", {"text": "Add applicationReconnect", "details": (("severity", "info"),)},
     "names 'applicationReconnect', so it must declare scope one of relay"),
    ("warnings", {"details": (("severity", "info"), ("playbook", "x"))}, "'playbook' and 'differs' go together"),
    ("products", {"details": (("severity", "info"),)}, "only warnings have a severity"),
    ("products", {"details": (("technical", True),)}, "'technical' marks a manual-path rule"),
    ("path", {"value": "tac_sdk", "details": (("technical", True),)}, "'technical' marks a manual-path rule"),
    ("path", {"when": {"regimes": "hipaa"}, "details": (("technical", True),)}, "'technical' marks a manual-path"),
    ("warnings", {"when": {"voice": True}, "details": (("severity", "info"), ("region_gap", True))},
     "'region_gap' marks a warning whose condition reads the region"),
    ("products", {"when": {"region": "ie1"}, "details": (("region_gap", True),)}, "'region_gap' marks a warning"),
])
def test_a_bad_rule_is_named_with_its_problem(table, changes, message):
    assert message in _problem({"transport": "voice_transport"}.get(table, table), **changes)


def test_the_technical_choices_are_read_from_the_path_table():
    """The answers the report drops to show the fast path are exactly the technical path rules' conditions."""
    assert rules.TECHNICAL_CHOICES == ("needs_raw_audio", "needs_low_level_control", "existing_websocket_server")
    assert all(bool(dict(r.details).get("technical")) == (r.id in ("path.raw_audio", "path.low_level_control",
                                                             "path.existing_websocket")) for r in rules.PATH)


def test_a_bad_rule_fails_the_import_naming_the_rule(monkeypatch):
    bad = replace(rules.WARNINGS[0], when={"memroy": True})
    monkeypatch.setattr(rules, "TABLES", (replace(rules.BY_NAME["warnings"], rules=(bad,)),))
    with pytest.raises(ValueError, match=rf"rule '{bad.id}' in table 'warnings': unknown fact 'memroy'"):
        rules._check()


def test_a_fact_nothing_derives_fails_the_engine_import(monkeypatch):
    monkeypatch.setitem(FACTS, "orphan", replace(FACTS["voice"], name="orphan"))
    with pytest.raises(ValueError, match="declared facts nothing derives: orphan"):
        derive.check_derivations()


def test_checklist_conditions_are_checked_against_the_same_facts(tmp_path):
    entry = {"id": "TEST-01", "regime": "tcpa", "title": "t", "obligation": "o", "owner": "you", "status": None,
             "sources": [{"label": "s", "url": "https://example.org", "as_of": "2026"}], "when": {"chanels": "sms"}}
    path = tmp_path / "c.json"
    path.write_text(json.dumps([entry]), encoding="utf-8")
    with pytest.raises(ValueError, match="entry 'TEST-01': field 'when': unknown fact 'chanels'"):
        checklist_data.load(path)
    assert condition_problem({"channels": "sms", "voice": True}) == ""


def test_a_list_rule_takes_its_tables_audience_so_an_agent_rule_stays_out_of_assist_reports():
    """Scope tables (structure review): a consideration that does not say who it is about is about the AI that
    answers, so it never reaches an agent-assist report; one that says ``audience="any"`` does."""
    from twarch.knowledge.rules import Table, rule

    plain = rule("stack.example", "example", {"production": True}, "step4.tech_stack", "An example.")
    either = rule("stack.example_any", "example_any", {"production": True}, "step4.tech_stack", "Both.",
                  audience="any")
    table = Table("considerations", "Tech stack considerations", "report", (plain, either), audience="agent")
    assert table.rules[0].when == {"production": True, "agent_assist": False}
    assert table.rules[1].when == {"production": True}
    with pytest.raises(ValueError, match="audience="):
        Table("warnings", "Warnings", "report", (rule("w.x", "x", {"agent_assist": False}, "research", "x"),),
              audience="any")
    with pytest.raises(ValueError, match="declares its audience"):
        Table("warnings", "Warnings", "report", (plain,))
    for t in rules.TABLES:
        assert t.decision or t.audience in ("agent", "any"), t.name
