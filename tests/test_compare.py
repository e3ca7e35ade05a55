"""compare / compare_many against hand-built expectations."""

from __future__ import annotations

import pandas as pd
import pytest

import twarch
from twarch import AnswerError, Answers, recommend
from twarch.render.views import comparison_html
from twarch.workshop import ASPECTS, Comparison, compare, compare_many, design_values

pytestmark = pytest.mark.render

VOICE = {"channels": ["voice"]}
VOICE_MEMORY = {"channels": ["voice"], "memory": True}
RAW_AUDIO = {"channels": ["voice"], "needs_raw_audio": True}
SMS = {"channels": ["sms"]}


def test_aspects_are_the_workshop_list_in_order():
    assert [a.id for a in ASPECTS] == ["level", "products", "path", "package", "transport", "providers", "warnings",
                                       "ga_gaps", "regulations", "checklist"]


def test_identical_designs_do_not_differ():
    c = compare(VOICE, Answers.from_dict(VOICE))
    assert c.same and c.rows == [] and len(c) == 0
    assert "No differences" in comparison_html(c)
    assert c.to_frame().empty


def test_adding_memory_to_voice_brings_memory_the_orchestrator_and_their_linking_warnings():
    # Agent Connect reaches Memory through an Orchestrator configuration (TWILIO_CONVERSATION_CONFIGURATION_ID;
    # twilio-agent-connect 2.5.0, checked 2026-11-27), so voice + memory needs both, and the warnings that come with
    # linking them and joining calls to the Orchestrator
    c = compare(VOICE, VOICE_MEMORY, names=("team A", "team B"))
    assert c.aspects == ["level", "products", "warnings", "ga_gaps"]
    assert c.rows[0] == {"aspect": "level", "title": "Capability level", "a": "Level 1: Basic Voice AI Agent",
                         "b": "Level 2: + Customer Memory", "only_a": [], "only_b": []}
    assert c.rows[1] == {"aspect": "products", "title": "Products", "a": ["conversation_relay"],
                         "b": ["conversation_relay", "conversation_orchestrator", "conversation_memory"],
                         "only_a": [], "only_b": ["conversation_orchestrator", "conversation_memory"]}
    assert c.row("warnings")["only_b"] == ["orchestrator_double_stt", "silent_linkage_chain", "group_by_one_way_door"]
    assert c.row("ga_gaps")["only_b"] == ["subject_discrimination"]
    assert c.row("path")["same"] and c.row("path")["a"] == "tac_sdk"


def test_raw_audio_changes_transport_path_package_and_products():
    c = compare(VOICE, RAW_AUDIO)
    assert {"transport", "path", "package", "products"} <= set(c.aspects)
    assert c.row("transport")["a"] == "conversation_relay" and c.row("transport")["b"] == "media_streams"
    assert c.row("path")["b"] == "manual"
    assert c.row("package")["a"] == "twilio-agent-connect" and c.row("package")["b"] is None
    assert c.row("products")["only_a"] == ["conversation_relay"]
    assert c.row("products")["only_b"] == ["media_streams"]
    assert c.row("level")["same"]


def test_healthcare_adds_hipaa_regulation_and_checklist_items():
    c = compare(VOICE, {**VOICE, "industry": "healthcare"})
    assert c.row("regulations")["only_b"] == ["hipaa"] and c.row("regulations")["only_a"] == []
    assert "HIPAA-01" in c.row("checklist")["only_b"]
    assert all(i.startswith(("HIPAA", "SEED-HIPAA")) for i in c.row("checklist")["only_b"])


def test_providers_compare_by_kind_and_vendor():
    c = compare(VOICE, {**VOICE, "priority": "cost"})
    assert c.row("providers")["a"] == ["stt: deepgram", "tts: google"]
    assert c.row("providers")["b"] == ["stt: deepgram", "tts: amazon_polly"]
    assert c.row("providers")["only_b"] == ["tts: amazon_polly"]
    assert compare(VOICE, SMS).row("providers")["b"] == []


def test_ga_gaps_and_warnings_are_compared_by_id():
    wants = {**VOICE, "handoff": True, "wants": ["boomerang_handback"]}
    c = compare(VOICE, wants)
    assert "boomerang_handback" in c.row("ga_gaps")["only_b"]
    assert c.row("ga_gaps")["a"] == []
    rec_b = recommend(wants)
    assert c.row("warnings")["b"] == [w.id for w in rec_b.warnings]


def test_accepts_answers_dicts_and_recommendations_alike():
    by_dict = compare(VOICE, VOICE_MEMORY)
    by_rec = compare(recommend(VOICE), recommend(VOICE_MEMORY))
    by_answers = compare(Answers.from_dict(VOICE), Answers.from_dict(VOICE_MEMORY))
    assert by_dict.rows == by_rec.rows == by_answers.rows


def test_frame_and_html_show_both_designs_escaped():
    c = compare(VOICE, VOICE_MEMORY, names=("<b>A</b>", "B & co"))
    frame = c.to_frame()
    assert list(frame.columns) == ["<b>A</b>", "B & co", "only in <b>A</b>", "only in B & co"]
    assert list(frame.index) == ["Capability level", "Products", "Warnings", "GA gaps"]
    assert frame.loc["Capability level", "<b>A</b>"] == "Level 1: Basic Voice AI Agent"
    assert frame.loc["Products", "only in B & co"] == "conversation_orchestrator, conversation_memory"
    page = comparison_html(c)
    assert "<b>A</b>" not in page and "&lt;b&gt;A&lt;/b&gt;" in page and "B &amp; co" in page
    assert "4 aspect(s) differ" in page


def test_bad_designs_and_names_are_answer_errors():
    with pytest.raises(AnswerError):
        compare(VOICE, {"memory": "maybe"})
    with pytest.raises(AnswerError):
        compare(VOICE, 42)
    with pytest.raises(AnswerError):
        compare(VOICE, VOICE, names=("only one",))
    with pytest.raises(AnswerError):
        compare(VOICE, VOICE).row("colour")


def test_compare_many_puts_every_team_side_by_side():
    frame = compare_many({"Alpha": VOICE, "Beta": SMS, "Gamma": RAW_AUDIO})
    assert isinstance(frame, pd.DataFrame)
    assert list(frame.columns) == ["Alpha", "Beta", "Gamma"]
    assert list(frame.index) == [a.title for a in ASPECTS]
    assert frame.loc["Voice transport"].tolist() == ["conversation_relay", "—", "media_streams"]
    assert frame.loc["Implementation path"].tolist() == ["tac_sdk", "tac_sdk", "manual"]
    assert frame.loc["Agent Connect package"].tolist() == ["twilio-agent-connect", "twilio-agent-connect", "—"]
    assert frame.loc["Products"].tolist() == ["conversation_relay", "conversation_orchestrator", "media_streams"]
    assert frame.loc["Capability level"].tolist() == ["Level 1: Basic Voice AI Agent", "Level 1: Basic AI Agent",
                                                      "Level 1: Basic Voice AI Agent"]
    # US people assumed: a voice agent transcribes calls live (recording consent), and any bot must say it is one
    assert frame.loc["Regulations"].tolist() == ["recording_consent, ai_disclosure", "ai_disclosure, a2p_10dlc",
                                                 "recording_consent, ai_disclosure"]


def test_compare_many_can_keep_only_differences_and_pick_aspects():
    teams = {"Alpha": VOICE, "Beta": VOICE_MEMORY}
    frame = compare_many(teams, only_differences=True)
    assert list(frame.index) == ["Capability level", "Products", "Warnings", "GA gaps"]
    picked = compare_many(teams, aspects=["transport", "level"])
    assert list(picked.index) == ["Voice transport", "Capability level"]
    with pytest.raises(AnswerError):
        compare_many(teams, aspects=["colour"])
    with pytest.raises(AnswerError):
        compare_many([VOICE])


def test_design_values_are_plain_data_and_exported_from_twarch():
    values = design_values(VOICE_MEMORY)
    assert values["level"] == "Level 2: + Customer Memory"
    assert values["products"] == ["conversation_relay", "conversation_orchestrator", "conversation_memory"]
    assert twarch.compare_many is compare_many
    assert twarch.compare is compare  # the function, whatever was imported first
    assert isinstance(twarch.compare(VOICE, SMS), Comparison)
