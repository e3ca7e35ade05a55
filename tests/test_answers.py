"""The answers model: validation, canonical form, files, schema."""

import json

import jsonschema
import pytest
import yaml

from twarch import AnswerError, Answers
from twarch.answers import json_schema, normalise_tag
from twarch.knowledge.questions import QUESTIONS

FULL = {
    "request": "A voice agent for our clinic", "outcome": "autonomous_service", "channels": ["voice", "sms"],
    "memory": True, "intelligence": "realtime", "handoff": True, "handoff_target": "contact_center",
    "customer_profile": "smb",
    "industry": "healthcare", "takes_payments": False, "card_capture": "pay_subaccount", "eu_users": False,
    "records_calls": True,
    "production": True, "regulations": ["hipaa"], "cloud": "any", "llm": "openai", "team_language": "python",
    "needs_raw_audio": False, "needs_low_level_control": False, "existing_websocket_server": False,
    "uses_twilio_functions": True, "peak_concurrent_calls": 12, "wants": ["email_summaries"],
    "languages": ["en-US", "es-MX"], "priority": "quality", "stt_provider": "deepgram", "tts_provider": "elevenlabs",
    "tenants": 3, "direction": "both", "countries": ["US", "MX"], "region": "us1", "voice_pipeline": "cascaded",
    "calls_per_month": 3000, "minutes_per_call": 4.5, "outbound_share": 0.25, "toll_free_share": 0.1,
    "recorded_share": 1.0, "sms_per_month": 2000, "whatsapp_per_month": 0, "whatsapp_templates_per_month": 0,
    "chat_users_per_month": 0, "messaging_conversations_per_month": 400, "escalation_share": 0.15,
    "escalations_per_hour": 12.5, "handle_minutes": 6.0,
    "service_level": 0.8, "answer_seconds": 20.0, "seats": 4, "intelligence_sample_share": 1.0,
}


def test_every_question_is_a_field_and_back():
    assert set(FULL) == {q.id for q in QUESTIONS}
    assert Answers.from_dict(FULL).to_dict() == FULL


def test_repr_shows_only_answered_fields():
    assert repr(Answers.from_dict({"memory": True,
                                   "channels": ["voice"]})) == "Answers(channels=('voice',), memory=True)"
    assert repr(Answers()) == "Answers()"


def test_unanswered_is_a_state_not_a_default():
    a = Answers()
    assert a.to_dict() == {}
    assert all(not a.answered(q.id) for q in QUESTIONS)


def test_lists_take_the_choice_order_and_merge_tags_that_differ_in_case():
    a = Answers.from_dict({"channels": ["chat", "voice"], "languages": ["es-mx", "ES-MX", "en"]})
    assert a.channels == ("voice", "chat")
    assert a.languages == ("es-MX", "en")


@pytest.mark.parametrize("data", [{"channels": ["voice", "sms", "voice"]}, {"languages": ["en-US", "fr", "en-US"]}])
def test_an_item_listed_twice_is_refused_as_the_schema_says(data):
    with pytest.raises(AnswerError, match="listed twice"):
        Answers.from_dict(data)
    with pytest.raises(jsonschema.ValidationError, match="non-unique"):
        jsonschema.validate(data, json_schema())


@pytest.mark.parametrize("tag,expected", [("en-us", "en-US"), ("ZH-hant-tw", "zh-Hant-TW"), ("es-419", "es-419")])
def test_language_tags_are_normalised(tag, expected):
    assert normalise_tag(tag) == expected


@pytest.mark.parametrize("data,field,fragment", [
    ({"memroy": True}, "memroy", "did you mean 'memory'"),
    ({"outcome": "autonomous"}, "outcome", "allowed: autonomous_service"),
    ({"channels": "voice"}, "channels", "expected a list"),
    ({"channels": []}, "channels", "choose at least 1"),
    ({"channels": ["fax"]}, "channels", "allowed: voice, sms"),
    ({"memory": "yes"}, "memory", "allowed: true, false"),
    ({"peak_concurrent_calls": -3}, "peak_concurrent_calls", "negative"),
    ({"peak_concurrent_calls": 2.5}, "peak_concurrent_calls", "whole number"),
    ({"peak_concurrent_calls": True}, "peak_concurrent_calls", "whole number"),
    ({"tenants": 0}, "tenants", "0 is below 1; allowed: a whole number from 1 to 1000000"),
    ({"countries": ["UK"]}, "countries", "did you mean 'GB'"),
    ({"countries": ["de"]}, "countries", "did you mean 'DE'"),
    ({"countries": ["XX"]}, "countries", "allowed: ISO 3166-1 alpha-2 codes"),
    ({"countries": "US"}, "countries", "expected a list"),
    ({"direction": "sideways"}, "direction", "allowed: inbound, outbound, both"),
    ({"region": "eu1"}, "region", "allowed: us1, ie1, au1"),
    ({"languages": ["english"]}, "languages", "not a language tag"),
    ({"request": 42}, "request", "expected text"),
    ({"request": "x" * 5000}, "request", "at most"),
])
def test_bad_values_name_the_field_and_what_is_allowed(data, field, fragment):
    with pytest.raises(AnswerError) as err:
        Answers.from_dict(data)
    assert err.value.field == field
    assert fragment in str(err.value)
    assert "\n" not in str(err.value)


def test_not_a_mapping():
    with pytest.raises(AnswerError, match="expected a mapping"):
        Answers.from_dict(["voice"])


def test_replace_validates_and_keeps_the_rest():
    a = Answers.from_dict({"memory": True, "channels": ["voice"]})
    b = a.replace(handoff=True, channels=None)
    assert b.to_dict() == {"memory": True, "handoff": True}
    with pytest.raises(AnswerError):
        a.replace(languages=["not a tag"])
    with pytest.raises(AnswerError, match="did you mean 'handoff'"):
        a.replace(handof=True)


@pytest.mark.parametrize("suffix", [".json", ".yaml", ".yml"])
def test_files_round_trip(tmp_path, suffix):
    path = tmp_path / f"answers{suffix}"
    original = Answers.from_dict(FULL)
    original.save(path)
    assert Answers.load(path) == original


def test_malformed_files_are_answer_errors(tmp_path):
    bad_json = tmp_path / "a.json"
    bad_json.write_text("{not json", encoding="utf-8")
    with pytest.raises(AnswerError, match="not valid JSON"):
        Answers.load(bad_json)
    bad_yaml = tmp_path / "a.yaml"
    bad_yaml.write_text("a: [1, 2\n", encoding="utf-8")
    with pytest.raises(AnswerError, match="not valid YAML"):
        Answers.load(bad_yaml)
    with pytest.raises(AnswerError, match="cannot read"):
        Answers.load(tmp_path / "missing.json")


def test_schema_accepts_valid_and_rejects_invalid_files():
    schema = json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(FULL, schema)
    for bad in ({"memroy": True}, {"channels": ["fax"]}, {"peak_concurrent_calls": -1}, {"languages": ["!!"]}):
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(bad, schema)


def test_yaml_dump_is_plain(tmp_path):
    path = tmp_path / "a.yaml"
    Answers.from_dict({"channels": ["voice"], "memory": False}).save(path)
    assert yaml.safe_load(path.read_text()) == {"channels": ["voice"], "memory": False}
    assert json.loads(Answers.from_dict({"memory": False}).to_json()) == {"memory": False}
