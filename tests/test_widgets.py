"""The qualification widgets and the live Wizard, tested headlessly: set traits, click buttons, read outputs."""

from __future__ import annotations

import base64
import html
import json
import re

import ipywidgets as widgets
import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule
from strategies import BAD_VALUES, answer_value
from wizard_tabs import every_tab

import twarch
from twarch import AnswerError, Answers, recommend
from twarch.knowledge.questions import BY_ID, QUESTIONS, STEPS
from twarch.render.diagram import INSTALL_HINT, diagram
from twarch.widgets import (
    NOT_ANSWERED,
    ContextStep,
    EssentialStep,
    QuestionField,
    RequestStep,
    Wizard,
    outputs,
    step_for,
)
from twarch.widgets.bundles import PLOTLY_MIME
from twarch.widgets.model import WizardModel
from twarch.workshop.sessions import load_session

pytestmark = pytest.mark.render

VALIDATION_REQUEST = "I need ConversationRelay with customer memory for our clinic, voice and SMS"
DISCOVERY_REQUEST = "I want to build an AI voice agent for customer support"


def some_answer(question_id: str):
    q = BY_ID[question_id]
    answers = {"bool": True, "count": max(q.minimum, 1), "tags": ["en-US"], "countries": ["US"],
               "number": min(q.maximum or 2.0, 2.0)}
    if q.choices:
        answers.update(choice=q.choice_ids[0], multi=[q.choice_ids[0]])
    return answers[q.kind]


def level_text(w: Wizard) -> str:
    return w.results.level.value


def visible_text(markup: str) -> str:
    """What a person reads in some HTML: the tags dropped, the entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


# ----------------------------------------------------------------------------------------- fields and steps

def test_every_question_gets_one_field_in_its_step_with_its_help_text():
    steps = [RequestStep(), EssentialStep(), ContextStep(), step_for("stack"), step_for("voice"), step_for("volumes")]
    assert [s.step_id for s in steps] == list(STEPS)
    seen = []
    for step in steps:
        expected = [q.id for q in QUESTIONS if q.step == step.step_id]
        assert list(step.fields) == expected
        for qid, field in step.fields.items():
            assert BY_ID[qid].help.replace("`", "") in visible_text(field.help.value)
            assert "`" not in field.help.value  # code spans are shown as code, not as backticks
            assert f"twarch-field-{qid}" in field._dom_classes
        seen += expected
    assert seen == [q.id for q in QUESTIONS]


def test_controls_follow_the_question_kind_and_unanswered_is_a_visible_state():
    essential = EssentialStep()
    outcome = essential.fields["outcome"].control
    assert isinstance(outcome, widgets.Dropdown)
    assert outcome.options[0] == (NOT_ANSWERED, "") and outcome.value == "" and outcome.label == NOT_ANSWERED
    assert len(outcome.options) == len(BY_ID["outcome"].choices) + 1
    memory = essential.fields["memory"].control
    assert isinstance(memory, widgets.ToggleButtons)
    assert [label for label, _ in memory.options] == ["—", "Yes", "No"] and memory.value == ""
    assert set(essential.fields["channels"].checkboxes) == set(BY_ID["channels"].choice_ids)
    assert isinstance(step_for("voice").fields["languages"].control, widgets.Text)
    assert isinstance(step_for("stack").fields["peak_concurrent_calls"].control, widgets.Text)
    assert isinstance(RequestStep().fields["request"].control, widgets.Textarea)
    assert essential.value == {}
    assert all(f.value is None for f in essential.fields.values())


def test_step_value_holds_its_answered_fields_and_drops_unanswered_ones():
    step = EssentialStep()
    step.fields["memory"].control.value = "true"
    step.fields["channels"].checkboxes["sms"].value = True
    step.fields["channels"].checkboxes["voice"].value = True
    assert step.value == {"channels": ("voice", "sms"), "memory": True}
    step.fields["memory"].control.value = ""
    assert step.value == {"channels": ("voice", "sms")}
    step.fields["memory"].control.value = "false"
    assert step.value["memory"] is False


def test_standalone_essential_step_shows_the_channel_mix_the_channels_imply():
    step = EssentialStep()
    assert "answer the channels" in step.channel_mix.value
    step.fields["channels"].checkboxes["chat"].value = True
    assert "Messaging only" in step.channel_mix.value
    step.fields["channels"].checkboxes["voice"].value = True
    mix = recommend({"channels": ["voice", "chat"]}).channel_mix
    assert 'data-decision="channel_mix"' in step.channel_mix.value
    assert mix == "voice_plus_messaging"
    assert "Voice + messaging" in step.channel_mix.value
    assert "twarch-channels" in step.channel_mix._dom_classes


def test_count_field_rejects_non_numbers_inline_and_keeps_its_last_value():
    field = step_for("stack").fields["peak_concurrent_calls"]
    field.control.value = "50"
    assert field.value == 50 and field.error == ""
    field.control.value = "fifty"
    assert field.value == 50
    assert "not a whole number" in field.error
    assert "twarch-invalid" in field._dom_classes and field.error_label.layout.display is None
    field.control.value = ""
    assert field.value is None and field.error == ""


def test_visible_if_hides_peak_calls_until_functions_are_used():
    w = every_tab(Wizard())
    peak = w.field("peak_concurrent_calls")
    assert not peak.visible
    w.field("uses_twilio_functions").control.value = "true"
    assert w.answers.uses_twilio_functions is True and peak.visible
    w.set(uses_twilio_functions=False)
    assert not peak.visible


# ----------------------------------------------------------------------------------------- wizard outputs

def test_level_badge_and_diagram_follow_memory():
    w = every_tab(Wizard({"channels": ["voice"]}))
    assert "Level 1" in level_text(w) and "Basic Voice AI Agent" in level_text(w)
    assert w.results.diagram.value.startswith('<svg class="twarch-svg" style="--tw-w:')  # sized by the stylesheet
    assert "viewBox=" in w.results.diagram.value
    assert "<title>conversation_memory</title>" not in w.results.diagram.value
    w.set(memory=True)
    assert "Level 2" in level_text(w) and "+ Customer Memory" in level_text(w)
    assert "<title>conversation_memory</title>" in w.results.diagram.value
    assert w.recommendation == recommend({"channels": ["voice"], "memory": True})
    assert w.field("memory").control.value == "true"


def test_checklist_gains_hipaa_items_for_healthcare():
    w = every_tab(Wizard({"channels": ["voice"]}))
    assert "HIPAA-01" not in w.results.checklist.html
    w.set(industry="healthcare")
    assert "HIPAA-01" in w.results.checklist.html
    rows = [c for c in w.results.checklist.children if "twarch-check-HIPAA-01" in c._dom_classes]
    assert len(rows) == 1
    assert "hipaa" in w.results.regulations.value.lower()
    assert w.results.checklist.ids == tuple(i.id for i in w.recommendation.checklist)


def test_the_checklist_says_what_it_does_not_cover():
    w = every_tab(Wizard({"channels": ["sms"], "countries": ["AU"]}))
    assert "no items apply" in w.results.checklist.html and "law of AU" in w.results.checklist.html
    w.set(countries=["US"])
    assert "law of AU" not in w.results.checklist.html


def test_products_skills_warnings_and_ga_show_their_reasons_escaped():
    w = every_tab(Wizard({"channels": ["voice", "sms"], "handoff": True, "wants": ["boomerang_handback"]}))
    rec = w.recommendation
    for p in rec.products:
        assert f'data-id="{p.id}"' in w.results.products.value
    assert "Rule trace" in w.results.products.value and "Because " in w.results.products.value
    for skill in rec.skill_names():
        assert skill in w.results.skills.value
    for g in rec.ga_gaps:
        assert f'data-id="{g.id}"' in w.results.ga.value
    assert "Not available at GA" in w.results.ga.value
    for warning in rec.warnings:
        assert f'data-id="{warning.id}"' in w.results.warnings.value
    assert "Implementation path" in w.results.decisions.value


def test_user_text_is_escaped_everywhere():
    w = every_tab(Wizard())
    w.read_request("<script>alert(1)</script> an AI voice bot with <b>memory</b>")
    everything = " ".join([w.results.mode.value, w.results.diagram.value, w.results.decisions.value,
                           w.steps["request"].mode_html.value,
                           *(f.tag.value for s in w.steps.values() for f in s.fields.values())])
    assert "<script>" not in everything and "<b>memory</b>" not in everything


def test_bad_language_tag_shows_an_inline_error_and_keeps_every_other_answer():
    w = every_tab(Wizard({"channels": ["voice"], "memory": True, "languages": ["en-US"], "industry": "retail"}))
    before = w.answers
    languages = w.field("languages")
    languages.control.value = "en-US, not a tag!"
    assert w.answers == before
    assert set(w.errors) == {"languages"}
    assert "not a language tag" in languages.error_label.value
    assert languages.error_label.layout.display is None
    # another answer changes: the bad text and its error stay, the other answers are kept
    w.set(handoff=True)
    assert languages.control.value == "en-US, not a tag!" and "languages" in w.errors
    assert w.answers.memory is True and w.answers.languages == ("en-US",) and w.answers.industry == "retail"
    languages.control.value = "en-US, es-MX"
    assert w.errors == {}
    assert w.answers.languages == ("en-US", "es-MX") and w.answers.handoff is True


def test_set_with_a_bad_value_raises_and_changes_nothing():
    w = every_tab(Wizard({"channels": ["voice"]}))
    answers, rec, diagram_html = w.answers, w.recommendation, w.results.diagram.value
    with pytest.raises(AnswerError) as info:
        w.set(memory=True, languages=["en-US", "!!"])
    assert info.value.field == "languages"
    with pytest.raises(AnswerError):
        w.set(no_such_field=1)
    assert w.answers is answers and w.recommendation is rec and w.results.diagram.value == diagram_html
    assert w.field("memory").control.value == ""


def test_a_change_rerenders_only_the_outputs_that_depend_on_it():
    w = every_tab(Wizard({"channels": ["voice"], "memory": True}))
    counts: dict[str, int] = {}
    watched = {"diagram": w.results.diagram, "level": w.results.level, "providers": w.results.providers.compact,
               "checklist": w.results.checklist.progress, "products": w.results.products}
    for name, widget in watched.items():
        widget.observe(lambda change, name=name: counts.__setitem__(name, counts.get(name, 0) + 1), "value")
    latency = []
    w.results.latency.observe(lambda change: latency.append(1), "outputs")

    w.set(countries=["US", "GB"])  # UK GDPR and PECR join: regulations and the checklist, not the architecture
    assert "diagram" not in w.last_rendered and "level" not in w.last_rendered
    assert {"checklist", "regulations"} <= w.last_rendered
    assert counts == {"checklist": 1}

    counts.clear()
    w.set(languages=["en-US"])  # one language: same providers, so only the table's language column changes
    assert "providers" in w.last_rendered and counts == {"providers": 1}
    assert not {"diagram", "level", "products", "checklist", "latency"} & w.last_rendered

    counts.clear()
    w.set(languages=["en-US", "fr"])  # two languages: ElevenLabs' sourced list covers both, and the diagram shows it
    assert {"providers", "diagram", "decisions", "latency"} <= w.last_rendered and "level" not in counts
    latency.clear()

    counts.clear()
    w.set(handoff=True)
    assert {"diagram", "level", "products"} <= w.last_rendered
    assert counts["diagram"] == 1 and counts["level"] == 1 and "providers" not in counts
    assert latency == []

    counts.clear()
    w.set(needs_raw_audio=True)
    assert latency == [1] and "latency" in w.last_rendered


def test_providers_and_charts_are_drawn_from_the_renderers():
    w = every_tab(Wizard({"channels": ["voice"], "languages": ["en-US"]}))
    assert "twarch-providers" in w.results.providers._dom_classes
    assert "Your languages" in w.results.providers.value
    (latency,) = w.results.latency.outputs
    spec = latency["data"][PLOTLY_MIME]
    # human names, not ids; sized by its panel, not fixed
    assert spec["layout"]["title"]["text"].startswith("Mouth-to-ear latency budget via ConversationRelay")
    assert "width" not in spec["layout"] and spec["layout"]["autosize"] is True
    # long provider names: horizontal bars, the names on the y axis
    assert all(trace["orientation"] == "h" for trace in spec["data"])
    assert all("Deepgram" in y and "deepgram-" not in y for trace in spec["data"] for y in trace["y"])
    assert spec["layout"]["legend"]["y"] >= 1  # above the plot, never over the axis labels
    (cost,) = w.results.cost.outputs
    cost_spec = cost["data"][PLOTLY_MIME]
    assert "Cost vs latency" in cost_spec["layout"]["title"]["text"]
    labelled = [t for t in cost_spec["data"] if "text" in (t.get("mode") or "")]
    assert {t["name"] for t in labelled} == {"efficient front", "your providers"}
    assert all(" + " in label and "-" not in label.split(" + ")[0][:3] for t in labelled for label in t["text"])
    w.set(channels=["sms"])
    assert "No voice channel" in w.results.latency.outputs[0]["data"]["text/plain"]
    w.set(channels=["voice"], needs_raw_audio=True)
    assert w.recommendation.voice_transport == "media_streams"
    assert "no sourced Media Streams price" in w.results.cost.outputs[0]["data"]["text/plain"]


def test_diagram_falls_back_to_the_dot_source_without_dot(monkeypatch, tmp_path):
    outputs.clear_caches()
    monkeypatch.setenv("PATH", str(tmp_path))
    w = every_tab(Wizard({"channels": ["voice"], "memory": True}))
    value = w.results.diagram.value
    assert "<svg" not in value and "twarch-dot-missing" in value
    assert "conversation_memory" in value and "digraph" in value
    assert html.escape(INSTALL_HINT) in value
    outputs.clear_caches()


# ----------------------------------------------------------------------------------------- request and modes

def test_reading_the_request_shows_the_mode_and_prefills_marked_answers():
    w = every_tab(Wizard({"memory": False}))
    step = w.steps["request"]
    step.fields["request"].control.value = VALIDATION_REQUEST
    step.read_button.click()
    assert w.mode.mode == "validation"
    assert 'data-mode="validation"' in step.mode_html.value and "ConversationRelay" in step.mode_html.value
    assert "Validation mode" in w.results.mode.value
    assert w.answers.request == VALIDATION_REQUEST
    assert w.answers.channels == ("voice", "sms") and w.answers.industry == "healthcare"
    assert w.answers.memory is False  # the user's own answer is never overwritten
    assert "memory" not in w.prefilled
    channels = w.field("channels")
    assert channels.checkboxes["sms"].value and channels.checkboxes["voice"].value
    assert "from your words" in channels.tag.value and channels.tag.layout.display is None
    assert "clinic" in w.field("industry").tag.value
    # the user overrides a pre-filled answer: the mark goes, the value stays theirs
    w.field("industry").control.value = "retail"
    assert w.answers.industry == "retail" and w.field("industry").tag.value == ""
    assert "industry" not in w.prefilled
    # a new request: old pre-fills it no longer implies go back to unanswered, own answers stay
    w.read_request("An SMS chatbot for our shop")
    assert w.answers.industry == "retail" and w.answers.memory is False
    assert "sms" in (w.answers.channels or ())
    assert "voice" not in (w.answers.channels or ())


def test_discovery_mode_points_at_the_next_open_question():
    w = every_tab(Wizard())
    w.read_request(DISCOVERY_REQUEST)
    rec = w.recommendation
    assert rec.mode == "discovery"
    first = rec.open_questions[0].id
    assert f'data-question="{first}"' in w.results.next.value
    assert "twarch-next-question" in w.field(first)._dom_classes
    assert w.go_next.layout.display is None
    w.set(**{first: some_answer(first)})
    second = w.recommendation.open_questions[0].id
    assert second != first
    assert "twarch-next-question" not in w.field(first)._dom_classes
    assert "twarch-next-question" in w.field(second)._dom_classes
    w.step_tabs.selected_index = 0
    w.go_next.click()
    assert second in list(w.steps.values())[w.step_tabs.selected_index].fields


def test_outside_discovery_the_pointer_walks_every_step_and_skips_optional_questions():
    w = every_tab(Wizard())
    w.read_request(VALIDATION_REQUEST)
    assert w.recommendation.mode == "validation"
    seen = []
    for _ in range(40):
        qid = w.show_next_question()
        if qid is None:
            break
        assert f'data-question="{qid}"' in w.results.next.value
        assert "twarch-next-question" in w.field(qid)._dom_classes
        assert qid in list(w.steps.values())[w.step_tabs.selected_index].fields
        seen.append(qid)
        w.set(**{qid: some_answer(qid)})
    assert {BY_ID[q].step for q in seen} == {"essential", "context", "stack", "voice", "volumes"}
    assert not {"regulations", "stt_provider", "tts_provider", "eu_users"} & set(seen)
    assert "Every question is answered" in w.results.next.value and w.go_next.layout.display == "none"
    assert not any("twarch-next-question" in f._dom_classes for s in w.steps.values() for f in s.fields.values())


def test_initial_answers_are_shown_in_the_fields():
    w = Wizard({"channels": ["voice", "whatsapp"], "handoff": True, "peak_concurrent_calls": 40,
                "uses_twilio_functions": True, "languages": ["en-US", "pt-BR"], "cloud": "aws"})
    assert w.field("channels").checkboxes["whatsapp"].value and not w.field("channels").checkboxes["sms"].value
    assert w.field("handoff").control.value == "true"
    assert w.field("peak_concurrent_calls").control.value == "40" and w.field("peak_concurrent_calls").visible
    assert w.field("languages").control.value == "en-US, pt-BR"
    assert w.field("cloud").control.value == "aws"
    assert w.steps["stack"].value["cloud"] == "aws"
    assert "Hybrid" in w.steps["context"].entry_point.value


def test_entry_point_is_derived_from_handoff():
    w = every_tab(Wizard())
    assert "not answered" in w.steps["context"].entry_point.value
    w.field("handoff").control.value = "false"
    assert "Pure AI" in w.steps["context"].entry_point.value


# ----------------------------------------------------------------------------------------- ticks, files, export

def test_ticks_survive_rerenders_and_recommendations():
    w = every_tab(Wizard({"channels": ["voice"], "industry": "healthcare"}))
    row = next(c for c in w.results.checklist.children if "twarch-check-HIPAA-01" in c._dom_classes)
    row.tick.value = "fulfilled"  # the user ticks in the GUI
    assert w.checklist.status("HIPAA-01") == "fulfilled"
    assert 'data-tick="fulfilled"' in row.text.value
    assert "1/" in w.results.checklist.progress.value
    w.set(memory=True)
    assert w.checklist.status("HIPAA-01") == "fulfilled" and row.tick.value == "fulfilled"
    w.set(industry="retail")
    assert "HIPAA-01" not in w.checklist and "HIPAA-01" in w.checklist.dormant
    w.set(industry="healthcare")
    assert w.checklist.status("HIPAA-01") == "fulfilled"
    row = next(c for c in w.results.checklist.children if "twarch-check-HIPAA-01" in c._dom_classes)
    assert row.tick.value == "fulfilled"
    w.tick("HIPAA-02", "not_required")
    assert w.checklist.progress.done == 2
    with pytest.raises(AnswerError):
        w.tick("HIPAA-02", "maybe")


@pytest.mark.parametrize("suffix", [".json", ".yaml"])
def test_save_and_load_round_trip(tmp_path, suffix):
    w = Wizard({"channels": ["voice", "sms"], "memory": True, "languages": ["en-US"], "peak_concurrent_calls": 12,
                "uses_twilio_functions": True})
    w.read_request(VALIDATION_REQUEST)
    path = w.save(tmp_path / f"answers{suffix}")
    saved = Answers.load(path)  # the user's own answers and the request; what the request says is read again
    assert saved == w.answers.replace(**{key: None for key in w.prefilled}) and w.prefilled
    again = Wizard.load(path)
    assert again.answers == w.answers and again.recommendation == w.recommendation
    assert again.results.diagram.value == w.results.diagram.value
    assert again.field("languages").control.value == "en-US"


def test_report_formats():
    w = every_tab(Wizard({"channels": ["voice"], "memory": True}))
    assert w.report("md") == twarch.to_markdown(w.recommendation)
    assert w.report("md").startswith("# twarch recommendation")
    assert json.loads(w.report("json")) == json.loads(twarch.report(w.recommendation, "json"))
    full = json.loads(w.report("json"))
    assert all(full[k] == v for k, v in json.loads(w.recommendation.to_json()).items())
    assert w.report("html") == twarch.to_html(w.recommendation)
    with pytest.raises(AnswerError):
        w.report("pdf")


def test_the_report_is_a_download_named_after_the_team_with_the_diagram_and_the_ticks(tmp_path, monkeypatch):
    """Issue 21, point 5: nothing is written on the server; Markdown and HTML carry the diagram as SVG, every format
    the ticks (JSON: each item's tick, and the ticks Load answers reads back)."""
    monkeypatch.chdir(tmp_path)
    w = Wizard({"channels": ["voice"], "industry": "healthcare"}, session="Falcons")
    w.tick("HIPAA-01", "fulfilled")
    messages: list = []
    monkeypatch.setattr(w.bridge, "send", lambda content, buffers=None: messages.append(content))
    got = {}
    for fmt in ("md", "html", "json"):
        w.export_format.value = fmt
        w.export_button.click()
        got[fmt] = base64.b64decode(messages[-1]["base64"]).decode("utf-8")
        assert messages[-1]["name"] == f"falcons-report.{fmt}"
    assert list(tmp_path.iterdir()) == []  # no file on the server
    assert "data:image/svg+xml;base64," in got["md"] and "[x] **HIPAA-01**" in got["md"]
    assert "<svg" in got["html"] and 'data-id="HIPAA-01" data-tick="fulfilled"' in got["html"]
    report = json.loads(got["json"])
    assert report["ticks"] == {"HIPAA-01": "fulfilled"} and report["session"] == "Falcons"
    assert {i["id"]: i["tick"] for i in report["checklist"]}["HIPAA-01"] == "fulfilled"
    (tmp_path / "falcons-report.json").write_text(got["json"])
    again = Wizard()
    again.load_session(load_session(tmp_path / "falcons-report.json"))
    assert again.checklist.ticks == {"HIPAA-01": "fulfilled"}


def test_wizard_is_exported_lazily_and_is_a_widget():
    assert twarch.Wizard is Wizard
    w = twarch.Wizard()
    assert isinstance(w, widgets.VBox)
    assert "twarch-wizard" in w._dom_classes
    assert w.answers == Answers()
    for cls in ("twarch-level", "twarch-diagram", "twarch-checklist", "twarch-providers", "twarch-warnings"):
        widget = {"twarch-level": w.results.level, "twarch-diagram": w.results.diagram,
                  "twarch-checklist": w.results.checklist, "twarch-providers": w.results.providers,
                  "twarch-warnings": w.results.warnings}[cls]
        assert cls in widget._dom_classes
    assert w.results.diagram.tooltip == "architecture diagram"


def test_question_field_alone_validates_with_the_answers_rules():
    field = QuestionField(BY_ID["languages"])
    field.control.value = "EN-us, fr"
    assert field.value == ("en-US", "fr")
    field.control.value = "english"
    assert field.value == ("en-US", "fr") and "not a language tag" in field.error


# ----------------------------------------------------------------------------------------- stateful

REQUESTS = [VALIDATION_REQUEST, DISCOVERY_REQUEST, "Set up a WebSocket handler for ConversationRelay with Deepgram",
            "A WhatsApp chatbot for our bank with OpenAI, no human handoff", "what's the weather in Lisbon?"]


class WizardMachine(RuleBasedStateMachine):
    @initialize()
    def start(self):
        self.w = every_tab(Wizard())

    @rule(data=st.data(), qid=st.sampled_from([q.id for q in QUESTIONS]))
    def set_answer(self, data, qid):
        self.w.set(**{qid: data.draw(answer_value(qid))})

    @rule(qid=st.sampled_from([q.id for q in QUESTIONS]))
    def set_bad_answer(self, qid):
        before = self.w.answers
        with pytest.raises(AnswerError):
            self.w.set(**{qid: BAD_VALUES[BY_ID[qid].kind]})
        assert self.w.answers is before

    @rule(data=st.data(), qid=st.sampled_from([q.id for q in QUESTIONS if q.kind in ("choice", "bool")]))
    def choose_in_gui(self, data, qid):
        control = self.w.field(qid).control
        control.value = data.draw(st.sampled_from([value for _, value in control.options]))

    @rule(text=st.sampled_from(["en-US, es-MX", "fr", "", "en-US, bogus tag", "12"]))
    def type_languages(self, text):
        others = {k: v for k, v in self.w.answers.to_dict().items() if k != "languages"}
        self.w.field("languages").control.value = text
        assert {k: v for k, v in self.w.answers.to_dict().items() if k != "languages"} == others

    @rule(text=st.sampled_from(REQUESTS))
    def read_request(self, text):
        self.w.read_request(text)
        assert self.w.answers.request == text

    @rule(data=st.data())
    def tick(self, data):
        ids = self.w.checklist.ids
        if ids:
            entry = data.draw(st.sampled_from(ids))
            status = data.draw(st.sampled_from(["open", "fulfilled", "not_required", "not_verified"]))
            self.w.tick(entry, status)
            assert self.w.checklist.status(entry) == status

    @invariant()
    def shows_the_engines_recommendation(self):
        rec = recommend(self.w.answers, inferred=self.w.prefilled, unread=self.w.model.unread)
        assert self.w.recommendation == rec
        assert f"Level {rec.level}</span>" in self.w.results.level.value
        assert self.w.results.dot_source == diagram(rec).source
        assert self.w.results.checklist.ids == tuple(i.id for i in rec.checklist)
        for q in QUESTIONS:
            field = self.w.field(q.id)
            if not field.error:
                assert field.value == getattr(self.w.answers, q.id), q.id


WizardMachine.TestCase.settings = settings(max_examples=25, stateful_step_count=12, derandomize=True,
                                           deadline=None, suppress_health_check=[HealthCheck.too_slow])
TestWizardMachine = WizardMachine.TestCase


def test_charts_use_the_answered_llm():
    w = every_tab(Wizard({"channels": ["voice"]}))
    spec = json.dumps(w.results.latency.outputs[0]["data"][PLOTLY_MIME])
    assert "OpenAI GPT-5.4 mini" in spec and "Claude" not in spec  # the row for an unanswered llm
    w.set(llm="anthropic")
    spec = json.dumps(w.results.latency.outputs[0]["data"][PLOTLY_MIME])
    assert "Anthropic Claude Haiku 4.5" in spec and "GPT-5.4 mini" not in spec
    assert "latency" in w.last_rendered and "cost" in w.last_rendered


def test_a_wizard_opened_on_answers_with_a_request_reads_it_as_the_cli_does():
    given = {"request": "An AI receptionist answering the phones of our Dutch dental clinic", "memory": True}
    model = WizardModel(given)
    assert model.answers.countries == ("NL",) and model.answers.industry == "healthcare"
    assert model.prefilled["countries"] == "Dutch dental clinic" or model.prefilled["countries"].startswith("Dutch")
    assert dict(model.recommendation.inferred) == model.prefilled
    from twarch.reader.request import read

    assert model.recommendation == recommend(*read(Answers.from_dict(given)))
    model.set(countries=["NL"])  # the same value, now the user's own: no longer listed as read from the request
    assert "countries" not in dict(model.recommendation.inferred)


def test_recommend_refuses_inferred_marks_for_unanswered_or_unknown_fields():
    with pytest.raises(AnswerError, match="inferred"):
        recommend({"channels": ["voice"]}, inferred={"memory": "remember"})
    with pytest.raises(AnswerError, match="inferred"):
        recommend({"channels": ["voice"]}, inferred={"nope": "x"})
