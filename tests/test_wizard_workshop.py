"""The Wizard's workshop features, headlessly: sessions and autosave, restore, reset and undo, what-if copies,
uploads and downloads, the change line, readable results and the hand-out."""

from __future__ import annotations

import dataclasses
import datetime
import json
import re

import pytest

import twarch
from twarch import Answers, recommend
from twarch.knowledge.rules import SEVERITIES
from twarch.recommendation import Item
from twarch.render import handout as handout_module
from twarch.render.sections import Line, Section
from twarch.render.wording import by_severity, glossed, plain_reason, rich_text, severity_of
from twarch.widgets import Wizard
from twarch.widgets.changes import why_unchanged
from twarch.workshop.sessions import Session, SessionStore

pytestmark = pytest.mark.render


def sent(wizard: Wizard, monkeypatch) -> list:
    """The messages the Wizard's bridge sends to the browser."""
    messages: list = []
    monkeypatch.setattr(wizard.bridge, "send", lambda content, buffers=None: messages.append(content))
    return messages


# ----------------------------------------------------------------------------------------- sessions


def test_a_named_session_is_written_after_every_change_and_never_at_start(tmp_path):
    w = Wizard({"channels": ["voice"]}, sessions_dir=tmp_path, session="Falcons")
    assert list(tmp_path.iterdir()) == []  # building a Wizard (e.g. under nbval) writes nothing
    w.set(memory=True)
    assert Answers.load(tmp_path / "falcons.json") == w.answers
    w.set(industry="healthcare")
    w.tick("HIPAA-01")
    assert SessionStore(tmp_path).load("falcons").ticks == {"HIPAA-01": "fulfilled"}
    again = Wizard(sessions_dir=tmp_path, session="falcons")  # a notebook run again resumes the team's work
    assert again.answers == w.answers and again.checklist.ticks == {"HIPAA-01": "fulfilled"}
    assert "Opened the saved session" in again.status.value


def test_naming_a_session_opens_it_or_asks_which_to_keep(tmp_path):
    SessionStore(tmp_path).save(Session("otters", Answers(memory=True, handoff=True)))
    fresh = Wizard(request="an AI voice agent for our shop", sessions_dir=tmp_path)
    fresh.session_field.value = "otters"  # only pre-filled answers on screen: the saved session opens
    assert fresh.answers.handoff is True and fresh.session_name == "otters"

    busy = Wizard({"industry": "retail"}, sessions_dir=tmp_path)
    busy.session_field.value = "  otters "
    assert busy.session_field.value == "otters" and busy.answers.industry == "retail"
    assert "already has saved answers" in busy.status.value and busy.keep_mine_button.layout.display is None
    busy.keep_mine_button.click()
    assert SessionStore(tmp_path).load("otters").answers == Answers(industry="retail")
    assert Session.from_dict(json.loads((tmp_path / "otters.json.bak").read_text())).answers.handoff is True

    other = Wizard({"industry": "retail", "memory": False}, sessions_dir=tmp_path)
    other.rename("otters")
    other.open_saved_button.click()
    assert other.answers == Answers(industry="retail")


def test_an_unusable_name_is_refused_and_the_old_one_kept(tmp_path):
    w = Wizard(sessions_dir=tmp_path, session="kites")
    w.session_field.value = "???"
    assert w.session_name == "kites" and w.session_field.value == "kites"
    assert "no letter or digit" in w.status.value and "twarch-error-text" in w.status.value


def test_the_browser_copy_restores_on_page_load_and_bad_entries_are_ignored():
    w = Wizard(request="I want an AI voice agent", remember=True)
    good = Session("herons", Answers(channels=("voice", "sms"), memory=True), {}).to_dict()
    w.bridge._message(None, {"type": "restore", "last": "herons", "sessions": {
        "herons": good, "broken": {"answers": {"memroy": True}}, "odd": ["not", "a", "session"]}}, None)
    assert w.answers == Answers(channels=("voice", "sms"), memory=True)
    assert w.session_field.value == "herons" and "Restored from this browser: 2 answers" in w.status.value
    assert w.results.changes.value == ""  # a restore is not a change to explain
    assert set(w.browser_sessions) == {"herons"}
    w.bridge._message(None, {"type": "restore", "last": "herons", "sessions": {}}, None)  # a second view: ignored
    assert w.answers.memory is True


def test_every_change_is_handed_to_the_browser_and_the_banner_text_says_where_it_is(tmp_path):
    w = Wizard(remember=True, sessions_dir=tmp_path, session="swifts")
    assert "Nothing is lost" in w.bridge.recovery and "swifts.json" in w.bridge.recovery
    w.set(memory=True)
    snapshot = json.loads(w.bridge.snapshot)
    assert snapshot["name"] == "swifts" and snapshot["answers"] == {"memory": True}
    plain = Wizard()
    assert "Load answers" in plain.bridge.recovery  # nothing kept: it says how to get the work back


def test_heartbeat_and_downloads_go_through_the_bridge(monkeypatch):
    w = Wizard({"channels": ["voice"]}, session="wrens")
    messages = sent(w, monkeypatch)
    w.bridge._message(None, {"type": "ping", "n": 7}, None)
    assert messages[-1] == {"type": "pong", "n": 7}
    assert w.download_session() == "wrens-answers.json"
    download = messages[-1]
    assert download["type"] == "download" and download["mime"] == "application/json"
    import base64

    saved = json.loads(base64.b64decode(download["base64"]))
    assert saved["format"] == "twarch-session" and saved["answers"] == {"channels": ["voice"]}
    w.handout_button.click()
    assert messages[-1]["name"] == "twarch-handout-wrens.html" and messages[-1]["mime"] == "text/html"
    w.results._save("png")
    assert base64.b64decode(messages[-1]["base64"]).startswith(b"\x89PNG")
    w.results._save("svg")
    assert b"<svg" in base64.b64decode(messages[-1]["base64"])


def test_reset_can_be_undone():
    w = Wizard({"channels": ["voice"], "industry": "healthcare"})
    w.tick("HIPAA-01", "open")
    w.reset_button.click()
    assert w.answers == Answers() and w.checklist.ticks == {} and w.undo_button.layout.display is None
    w.undo_button.click()
    assert w.answers.industry == "healthcare" and w.checklist.ticks == {"HIPAA-01": "open"}


def test_a_what_if_copy_leaves_the_original_as_it_was(tmp_path):
    w = Wizard({"channels": ["voice"], "memory": True}, sessions_dir=tmp_path, session="ospreys")
    w.set(industry="retail")
    assert w.duplicate() == "ospreys what-if" and w.session_field.value == "ospreys what-if"
    w.set(handoff=True)
    store = SessionStore(tmp_path)
    assert store.load("ospreys").answers.handoff is None
    assert store.load("ospreys what-if").answers.handoff is True and store.load("ospreys what-if").based_on == "ospreys"
    assert "differs from “ospreys” in: Capability level" in w.status.value
    assert w.duplicate() == "ospreys what-if what-if"


@pytest.mark.parametrize("suffix", [".json", ".yaml"])
def test_load_answers_takes_a_session_a_report_or_an_answers_file(tmp_path, suffix):
    w = Wizard()
    report = twarch.recommend({"channels": ["voice"], "handoff": True}).to_dict()
    for name, document in (("team-answers.json", Session("team", Answers(memory=True), {}).to_dict()),
                           ("report.json", report), (f"answers{suffix}", {"industry": "retail"})):
        text = json.dumps(document) if name.endswith(".json") else "industry: retail\n"
        w.load_button.set_trait("value", ({"name": name, "type": "", "size": len(text), "content": text.encode(),
                                           "last_modified": datetime.datetime(2026, 11, 27,
                                                                              tzinfo=datetime.timezone.utc)},))
        assert "Loaded" in w.status.value, w.status.value
        assert w.load_button.value == ()
    assert w.answers == Answers(industry="retail")
    w.undo()
    assert w.answers == Answers(channels=("voice",), handoff=True)


def test_a_bad_upload_says_why_and_changes_nothing():
    w = Wizard({"memory": True})
    w.load_button.set_trait("value", ({"name": "x.json", "type": "", "size": 3, "content": b'{"memroy": 1}',
                                       "last_modified": datetime.datetime(2026, 11, 27, tzinfo=datetime.timezone.utc)},
                                       ))
    assert w.answers == Answers(memory=True)
    assert "Could not load x.json" in w.status.value and "memroy" in w.status.value


def test_wizard_load_brings_the_ticks_of_a_saved_session(tmp_path):
    path = SessionStore(tmp_path).save(Session("rooks", Answers(industry="healthcare"), {"HIPAA-01": "open"}))
    w = Wizard.load(path)
    assert w.answers == Answers(industry="healthcare") and w.checklist.ticks == {"HIPAA-01": "open"}


def test_save_refuses_to_empty_a_saved_file(tmp_path):
    Wizard({"memory": True}).save(tmp_path / "team.json")
    with pytest.raises(twarch.AnswerError, match="empty"):
        Wizard().save(tmp_path / "team.json")


def test_scenario_cards_are_offered_and_kept_with_the_session(tmp_path):
    cards = tmp_path / "cards"
    cards.mkdir()
    (cards / "pizza.md").write_text("# Scenario: Tony's <Slice>\n\nA discovery call.\n")
    w = Wizard(scenarios_dir=cards, sessions_dir=tmp_path / "s", session="gulls")
    request = w.steps["request"]
    assert ("Tony's <Slice>", "pizza") in request.scenario.options
    request.scenario.value = "pizza"
    assert request.scenario_card.outputs[0]["data"]["text/markdown"].startswith("# Scenario")
    assert SessionStore(tmp_path / "s").load("gulls").scenario == "pizza"
    assert "Scenario: Tony&#x27;s &lt;Slice&gt;" in w.handout()


# ----------------------------------------------------------------------------------------- what changed


def test_an_answer_that_changes_nothing_says_why():
    old = recommend({"channels": ["voice"], "industry": "healthcare"})
    new = recommend({"channels": ["voice"], "industry": "healthcare", "regulations": ["hipaa"]})
    assert why_unchanged(old, new) == ("HIPAA (US health data) was already in the design, because the industry is "
                                       "Healthcare and people in the US.")
    region = recommend({"channels": ["voice"], "industry": "healthcare", "region": "us1"})
    assert "No rule reads “Which Twilio region will hold your data”" in why_unchanged(old, region)


def test_the_change_line_names_what_was_added_and_outlines_it_in_the_diagram():
    w = Wizard({"channels": ["voice"]})
    assert w.results.changes.value == ""
    w.set(memory=True)
    assert "+ Conversation Orchestrator, Conversation Memory" in w.results.changes.value
    assert "Level 1 → 2" in w.results.changes.value
    assert re.search(r'class="node twarch-added">\n<title>conversation_memory</title>', w.results.diagram.value)
    w.set(records_calls=True)
    new = [i.id for i in w.recommendation.warnings if 'class="twarch-new"' in w.results.warnings.value]
    assert new and "new warning" in w.results.changes.value
    assert "twarch-added" not in w.results.diagram.value  # only the last answer's additions are marked
    w.set(regulations=["recording_consent"])
    assert "No change to the design" in w.results.changes.value and "twarch-new" not in w.results.warnings.value
    w.set(memory=False)
    assert "− Conversation Orchestrator, Conversation Memory" in w.results.changes.value
    w.set(memory=True)
    w.set(takes_payments=True)  # card digits by <Pay> in the AI's own account: PCI rules the Conversations products out
    assert "− Conversation Orchestrator, Conversation Memory" in w.results.changes.value


def test_tabs_show_progress_and_counts():
    w = Wizard({"channels": ["voice"], "memory": True, "industry": "healthcare"})
    assert w.step_tabs.titles[1] == "2 · Essentials 2/5"
    assert w.step_tabs.titles[2].startswith("3 · Context 1/")
    w.set(customer_profile="isv")  # the tenants question appears: one more to answer in the step
    assert w.step_tabs.titles[2] == "3 · Context 2/" + str(int(w.step_tabs.titles[2].rsplit("/", 1)[1]))
    w.tick("HIPAA-01")
    assert w.result_tabs.titles[-1] == f"Checklist 1/{len(w.checklist)}"
    assert w.result_tabs.titles[2] == f"Warnings & GA ({len(w.recommendation.warnings)})"


def test_projector_mode_is_a_class_on_the_wizard():
    w = Wizard()
    w.projector.value = True
    assert "twarch-projector" in w._dom_classes
    w.set_projector(False)
    assert "twarch-projector" not in w._dom_classes and w.projector.value is False


# ----------------------------------------------------------------------------------------- readable results


def _with_severity(item: Item, severity: str) -> Item:
    return dataclasses.replace(item, details=(*item.details, ("severity", severity)))


def test_warnings_are_grouped_by_severity_most_urgent_first():
    rec = recommend({"channels": ["voice", "sms"], "memory": True, "intelligence": "realtime"})
    warnings = rec.warnings
    graded = (_with_severity(warnings[0], "info"), _with_severity(warnings[1], "blocker"), *warnings[2:])
    groups = by_severity(graded)
    order = list(SEVERITIES)
    assert [g[0] for g in groups] == sorted({severity_of(i) for i in graded}, key=order.index)
    assert groups[0][0] == "blocker" and graded[1] in groups[0][3] and graded[0] in groups[-1][3]
    assert sum(len(g[3]) for g in groups) == len(graded)
    w = Wizard({"channels": ["voice", "sms"], "memory": True, "intelligence": "realtime"})
    assert "Operational (" in w.results.warnings.value and "<details" in w.results.warnings.value


def test_reasons_in_plain_words_and_terms_explained():
    assert plain_reason("regimes includes hipaa and products in {conversation_memory, conversation_orchestrator}") == (
        "the regulations include HIPAA (US health data) and the products include Conversation Memory or "
        "Conversation Orchestrator")
    markup = rich_text("Use `ConversationRelay` or ConversationRelay before GA; PHI needs a BAA.")
    assert markup.count('class="twarch-term"') == 4  # GA, PHI, BAA and the second ConversationRelay
    assert "<code>ConversationRelay</code>" in markup
    assert glossed('<a href="https://x/GA">GA</a> GA') == (
        '<a href="https://x/GA">GA</a> <abbr class="twarch-term" title="Generally available: released for '
        'production use with support. Features announced but not yet GA may be missing or change." tabindex="0">'
        "GA</abbr>")
    assert "ConversationRelay: ConversationRelay" not in Wizard({"channels": ["voice"]}).results.products.value


def test_errors_under_a_field_do_not_repeat_its_id():
    w = Wizard()
    w.field("languages").control.value = "english!"
    assert w.field("languages").error.startswith('"english!" is not a language tag (expected BCP-47 tags')


def test_the_checklist_groups_filters_and_words_its_statuses():
    w = Wizard({"channels": ["voice", "sms"], "industry": "healthcare", "outcome": "outbound_calling"})
    view = w.results.checklist
    headings = [c.value for c in view.children if "twarch-check-group" in c._dom_classes]
    assert len(headings) == len(w.checklist.regimes) and "HIPAA (US health data)" in headings[0] + "".join(headings)
    assert [label for label, _ in view.rows["HIPAA-01"].tick.options][:2] == ["Not verified", "Open"]
    view.group_by.value = "owner"
    assert any("Owner:" in c.value for c in view.children if "twarch-check-group" in c._dom_classes)
    view.regime.value = "hipaa"
    rows = [c for c in view.children if "twarch-check" in c._dom_classes]
    assert rows and all(any(cls.startswith("twarch-check-HIPAA") or cls.startswith("twarch-check-SEED-HIPAA")
                            for cls in r._dom_classes) for r in rows)
    w.tick("HIPAA-01")
    view.show_only.value = "open"
    assert view.rows["HIPAA-01"] not in view.children
    assert "Fulfilled" in view.rows["HIPAA-01"].text.value


def test_the_provider_view_is_compact_sortable_filterable_and_opens_the_full_table():
    w = Wizard({"channels": ["voice"], "languages": ["en-US"], "priority": "latency"})
    view = w.results.providers
    assert "★ chosen" in view.compact.value and view.full.value == ""
    assert view.compact.value.count("<table") == 2  # speech: STT and TTS
    view.kind.value = "tts"
    assert view.compact.value.count("<table") == 1 and 'data-kind="tts"' in view.compact.value
    view.sort.value = "price"
    prices = [cells[3] for cells in re.findall(r"<tr[^>]*><td>(.*?)</td><td>(.*?)</td><td>(.*?)</td>"
                                               r"<td>(.*?)</td>", view.compact.value)]
    chosen = [p for p, mine in zip(prices, re.findall(r"<tr( class=\"twarch-chosen\")?>", view.compact.value)) if mine]
    others = prices[len(chosen):]
    priced = [float(p) for p in others if p != "—"]  # a product without a sourced price shows a dash, last
    assert priced == sorted(priced) and others[len(priced):] == ["—"] * (len(others) - len(priced))
    view.full_toggle.value = True
    assert "Serves your languages" in view.full.value and view.full.layout.display is None


# ----------------------------------------------------------------------------------------- the hand-out


def test_the_handout_is_one_self_contained_page_with_the_ticks():
    w = Wizard({"channels": ["voice"], "industry": "healthcare", "request": "<script>alert(1)</script> a bot"},
               session="<b>Team</b>")
    w.tick("HIPAA-01")
    page = w.handout()
    assert page.startswith("<!DOCTYPE html>") and page.count("<svg") == 1
    assert "<script" not in page and "&lt;script&gt;" in page and "<b>Team</b>" not in page
    assert 'data-id="HIPAA-01" data-tick="fulfilled"' in page and "☑ Fulfilled" in page
    assert "break-before: page" in page and "@page" in page
    assert "Warnings, most urgent first" in page
    assert not re.search(r'(src|href)="(https?:)?//[^"]*\.(css|js|woff2?)', page)


def test_the_handout_shows_every_section_of_the_report_including_ones_added_later(monkeypatch):
    rec = recommend({"channels": ["voice"]})
    added = Section("Monthly cost", (Line("About 1,234 USD a month at 10,000 minutes", "Total"),))
    monkeypatch.setattr(handout_module, "document", lambda r: (*twarch.render.reports.document(r), added))
    page = handout_module.handout(rec, svg="<svg></svg>")
    assert "<h2>Monthly cost</h2>" in page and "About 1,234 USD a month" in page
    for section in twarch.render.reports.document(rec):
        assert section.title.split(":")[0] in page


def test_every_warning_rule_declares_a_severity_the_wizard_groups_by():
    from twarch.knowledge.rules import TABLES

    warnings = [r for t in TABLES if t.name == "warnings" for r in t.rules]
    assert warnings and all(dict(r.details).get("severity") in SEVERITIES for r in warnings)


def test_the_shipped_sessions_load_and_each_what_if_has_its_original():
    from pathlib import Path

    sessions, problems = SessionStore(Path(__file__).parent.parent / "notebooks" / "workshop" / "sessions").load_all()
    assert problems == {} and len(sessions) >= 2
    what_ifs = [s for s in sessions.values() if s.based_on]
    assert what_ifs and all(s.based_on in sessions for s in what_ifs)
    assert all(s.scenario for s in sessions.values())


def test_static_diagrams_shrink_to_their_cell():
    svg = twarch.diagram(recommend({"channels": ["voice"]}))._repr_mimebundle_()["image/svg+xml"]
    assert re.search(r'<svg width="100%" style="max-width:[\d.]+pt;height:auto"', svg) and "viewBox" in svg
