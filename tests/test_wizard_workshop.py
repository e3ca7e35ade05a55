"""The Wizard's workshop features, headlessly: sessions and autosave, restore, reset and undo, what-if copies,
uploads and downloads, the change line, readable results and the hand-out."""

from __future__ import annotations

import dataclasses
import datetime
import json
import re
from pathlib import Path

import pytest
from wizard_tabs import every_tab

import twarch
from twarch import Answers, recommend
from twarch.io.reading import read_answers_file
from twarch.knowledge.rules import SEVERITIES
from twarch.recommendation import Item
from twarch.render import handout as handout_module
from twarch.render.sections import Line, Section
from twarch.render.wording import by_severity, glossed, plain_reason, rich_text, severity_of
from twarch.widgets import Wizard
from twarch.widgets.changes import why_unchanged
from twarch.workshop.sessions import Session, SessionStore

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

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
    assert "already has saved answers" in busy.conflict_view.message.value
    assert busy.conflict_view.layout.display is None and "choose below" in busy.status.value
    busy.conflict_view.mine_button.click()
    assert SessionStore(tmp_path).load("otters").answers == Answers(industry="retail")
    assert Session.from_dict(json.loads((tmp_path / "otters.json.bak").read_text())).answers.handoff is True
    assert busy.conflict_view.layout.display == "none"

    other = Wizard({"industry": "retail", "memory": False}, sessions_dir=tmp_path)
    other.rename("otters")
    other.conflict_view.theirs_button.click()
    assert other.answers == Answers(industry="retail")
    other.undo_button.click()  # this window's version comes back
    assert other.answers == Answers(industry="retail", memory=False)


# ----------------------------------------------------------------------------------------- two windows, one name


def test_two_windows_on_one_name_never_overwrite_each_other_silently(tmp_path):
    """Issue 21, point 2: A answers memory; B, which never saw it, ticks SMS: B's save stops and says which window
    changed what; merging keeps both, and A, changing again, is told in turn."""
    a = Wizard(sessions_dir=tmp_path, session="falcons")
    b = Wizard(sessions_dir=tmp_path, session="falcons")
    a.set(memory=True)
    b.set(channels=["voice", "sms"])
    assert SessionStore(tmp_path).load("falcons").answers == Answers(memory=True)  # B wrote nothing
    text = b.conflict_view.message.value
    assert f"Window {a.keeper.window.id}" in text and "Yes" in text and "Voice, SMS" in text
    rows = {d.key: d.default for d in b.keeper.conflict.differences}
    assert rows == {"channels": "mine", "memory": "theirs"}  # each side keeps what only it changed
    b.conflict_view.merge_button.click()
    assert b.conflict_view.merge_box.layout.display is None and len(b.conflict_view.rows.children) == 2
    b.conflict_view.save_merge.click()
    both = Answers(channels=("voice", "sms"), memory=True)
    assert b.answers == both and SessionStore(tmp_path).load("falcons").answers == both
    assert b.keeper.conflict is None and b.conflict_view.layout.display == "none"
    b.set(industry="retail")  # B goes on: its next change saves without a question
    assert b.keeper.conflict is None and SessionStore(tmp_path).load("falcons").answers.industry == "retail"
    b.set(industry=None)

    a.set(industry="retail")  # A never saw B's merge
    assert "Voice, SMS" in a.conflict_view.message.value and SessionStore(tmp_path).load("falcons").answers == both
    a.conflict_view.choosers["industry"].value = "mine"
    a.conflict_view.save_merge.click()
    assert SessionStore(tmp_path).load("falcons").answers == Answers(channels=("voice", "sms"), memory=True,
                                                                      industry="retail")
    saved = json.loads((tmp_path / "falcons.json").read_text())
    assert saved["revision"] == 5 and saved["saved_by"] == a.keeper.window.label  # A, B (merge), B, B, A (merge)
    assert (tmp_path / "falcons.json.bak").is_file()  # what the merge replaced


def test_a_reload_opens_a_newer_save_of_another_window_instead_of_its_own_copy(tmp_path):
    a = Wizard(remember=True, sessions_dir=tmp_path, session="herons")
    a.set(memory=True)
    copy = json.loads(a.bridge.snapshot)  # what A's browser keeps
    b = Wizard(sessions_dir=tmp_path, session="herons")
    b.set(channels=["voice", "sms"])  # B opened it after A's save: no conflict, a new revision
    assert b.keeper.conflict is None
    reloaded = Wizard(remember=True, sessions_dir=tmp_path)
    reloaded.bridge._message(None, {"type": "restore", "last": "herons", "sessions": {"herons": copy}}, None)
    assert reloaded.answers == Answers(memory=True, channels=("voice", "sms"))
    assert "newer than this browser" in reloaded.status.value


def test_the_session_picker_switches_between_the_original_and_its_what_ifs_without_asking(tmp_path):
    w = Wizard({"channels": ["voice"]}, sessions_dir=tmp_path, session="ospreys")
    w.set(memory=True)
    assert w.picker.layout.display == "none"  # one session: nothing to pick
    first = w.duplicate()
    w.set(handoff=True)
    second = w.duplicate()
    w.set(industry="retail")
    assert (first, second) == ("ospreys what-if", "ospreys what-if 2")
    assert [v for _label, v in w.picker.options] == ["ospreys", first, second] and w.picker.layout.display is None
    w.picker.value = "ospreys"
    assert w.session_name == "ospreys" and w.answers == Answers(channels=("voice",), memory=True)
    assert w.keeper.conflict is None and "Now on “ospreys”" in w.status.value
    w.picker.value = first
    assert w.answers.handoff is True and w.answers.industry is None
    store = SessionStore(tmp_path)
    assert store.load(second).answers.industry == "retail" and store.load(second).based_on == "ospreys"


# ----------------------------------------------------------------------------------------- bad files


BAD_FILES = {
    "not UTF-8": b'{"answers": {"memory": true}, "name": "caf\xe9"}',
    "not JSON": b"{answers: ",
    "an unknown tick status": json.dumps({"format": "twarch-session", "version": 1, "name": "kites",
                                          "answers": {"memory": True}, "ticks": {"HIPAA-01": "done"}}).encode(),
}


@pytest.mark.parametrize("problem", list(BAD_FILES))
def test_an_unreadable_session_file_is_kept_as_it_is_and_the_wizard_goes_on(tmp_path, problem):
    data = BAD_FILES[problem]
    (tmp_path / "kites.json").write_bytes(data)
    w = Wizard(sessions_dir=tmp_path, session="kites")  # never raises
    assert "cannot be read" in w.status.value and "twarch-error-text" in w.status.value
    assert (tmp_path / "kites.json").read_bytes() == data  # opening touches nothing
    w.set(memory=True)  # the first change keeps the file aside, whole, and saves the work
    assert (tmp_path / "kites.json.unreadable").read_bytes() == data
    assert SessionStore(tmp_path).load("kites").answers == Answers(memory=True)
    assert "kept as kites.json.unreadable" in w.status.value
    (tmp_path / "kites.json").write_bytes(data)  # broken again: a second copy never replaces the first
    other = Wizard(sessions_dir=tmp_path)
    other.rename("kites")
    other.set(handoff=True)
    assert (tmp_path / "kites.json.unreadable-2").read_bytes() == data


def test_a_session_with_an_unknown_tick_status_never_makes_a_callback_raise(tmp_path):
    bad = {"format": "twarch-session", "version": 1, "name": "wrens", "answers": {"memory": True},
           "ticks": {"HIPAA-01": "done"}}
    w = Wizard(remember=True)
    w.load_button.set_trait("value", ({"name": "wrens.json", "type": "", "size": 1, "content": json.dumps(bad).encode(),
                                       "last_modified": datetime.datetime(2026, 11, 27, tzinfo=datetime.timezone.utc)},
                                       ))
    assert "Could not load wrens.json" in w.status.value and "not a tick status" in w.status.value
    assert w.answers == Answers()
    w.bridge._message(None, {"type": "restore", "last": "wrens", "sessions": {"wrens": bad}}, None)
    assert w.answers == Answers() and w.browser_sessions == {}
    w.load_button.set_trait("value", ({"name": "latin.json", "type": "", "size": 1, "content": b'{"x": "\xe9"}',
                                       "last_modified": datetime.datetime(2026, 11, 27, tzinfo=datetime.timezone.utc)},
                                       ))
    assert "not UTF-8" in w.status.value


def test_a_session_folder_that_cannot_be_written_says_so_in_one_line(tmp_path):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder should be")
    w = Wizard(sessions_dir=blocked, session="gannets")
    w.set(memory=True)
    assert "Could not save" in w.status.value and w.answers.memory is True


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
    assert w.duplicate() == "ospreys what-if 2"  # copies of copies belong to the same original


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
    assert "Could not load x.json" in w.status.value and "memroy" in w.status.value and "Nothing changed" in \
        w.status.value


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
    assert "Tony&#x27;s &lt;Slice&gt;" in w.handout()  # no customer typed: the card's customer heads page 1


# ----------------------------------------------------------------------------------------- what changed


def test_an_answer_that_changes_nothing_says_why():
    old = recommend({"channels": ["voice"], "industry": "healthcare"})
    new = recommend({"channels": ["voice"], "industry": "healthcare", "regulations": ["hipaa"]})
    assert why_unchanged(old, new) == ("HIPAA (US health data) was already in the design: the industry is "
                                       "Healthcare and some people are in the US.")
    region = recommend({"channels": ["voice"], "industry": "healthcare", "region": "us1"})
    assert "No rule reads “Which Twilio region will hold your data”" in why_unchanged(old, region)


def test_the_change_line_names_what_was_added_and_outlines_it_in_the_diagram():
    w = every_tab(Wizard({"channels": ["voice"]}))
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
    w = every_tab(Wizard({"channels": ["voice", "sms"], "memory": True, "intelligence": "realtime"}))
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
        'production use with support. Features announced but not yet GA may be missing or change.">'
        "GA</abbr>")
    products = every_tab(Wizard({"channels": ["voice"]})).results.products.value
    assert products and "ConversationRelay: ConversationRelay" not in products


def test_errors_under_a_field_do_not_repeat_its_id():
    w = Wizard()
    w.field("languages").control.value = "english!"
    assert w.field("languages").error.startswith('"english!" is not a language tag (expected BCP-47 tags')


def test_the_checklist_groups_filters_and_words_its_statuses():
    w = every_tab(Wizard({"channels": ["voice", "sms"], "industry": "healthcare", "outcome": "outbound_calling"}))
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
    w = every_tab(Wizard({"channels": ["voice"], "languages": ["en-US"], "priority": "latency"}))
    view = w.results.providers
    assert "★ billed" in view.compact.value and view.full.value == ""
    assert view.compact.value.count("<table") == 2  # speech: STT and TTS
    view.kind.value = "tts"
    assert view.compact.value.count("<table") == 1 and 'data-kind="tts"' in view.compact.value
    view.sort.value = "price"
    rows = re.findall(r"<tr[^>]*><td>(★ billed|same vendor|)</td><td>(.*?)</td><td>(.*?)</td><td>(.*?)</td>",
                      view.compact.value)
    marks = [mark for mark, *_ in rows]
    others = [price for (mark, _, _, price) in rows if not mark]
    priced = [float(p) for p in others if p != "—"]  # a product without a sourced price shows a dash, last
    assert marks[0] == "★ billed" and marks.count("★ billed") == 1
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
    assert "break-before: page" in page and "@page leave" in page
    assert "Warnings, most urgent first" in page
    assert not re.search(r'(src|href)="(https?:)?//[^"]*\.(css|js|woff2?)', page)


def test_page_one_is_a_landscape_leave_behind_and_the_appendix_has_no_rule_traces():
    """Issue 21, point 4: the customer, the date, the team, the diagram, the blockers, the monthly cost, open
    questions with owners and next steps on page 1; the rest an appendix in plain words."""
    answers = {"channels": ["voice", "whatsapp"], "takes_payments": True, "handoff": True, "countries": ["GB", "IE"],
               "industry": "financial_services", "region": "ie1", "calls_per_month": 40000, "languages": ["en-GB"]}
    rec = recommend(answers)
    page = handout_module.handout(rec, session="Falcons", customer="Celtic Mutual", date="2026-12-07")
    first, appendix = page.split('<section class="appendix">')
    assert "<h1>Celtic Mutual</h1>" in first and "Team: Falcons" in first and "Date: 2026-12-07" in first
    assert "<svg" in first and "Blockers (" in first and "Monthly cost" in first and "a month" in first
    assert "and owners" in first and "Next steps" in first and "Twilio region: Ireland" in first
    assert "counsel" in first or "your team" in first  # checklist items not done name their owner
    assert "[warnings." not in appendix and "Rule trace" not in appendix and "Step 4:" not in appendix
    assert "Because " in appendix  # reasons in plain words


def test_the_leave_behind_prints_the_smallest_node_text_at_8_pt_or_more():
    """The page is A4 landscape when the diagram fits there at 8 pt, else A3; never smaller type."""
    small = handout_module.leave_behind_page(600, 400, 10)
    assert small.page == "A4" and small.smallest_pt >= 8
    wide = handout_module.leave_behind_page(1200, 700, 10)
    assert wide.page == "A3" and wide.smallest_pt >= 8
    for path in sorted(EXAMPLES.glob("*.*")):
        svg = handout_module.diagram_svg(recommend(read_answers_file(path)), titled=False)
        _sized, place = handout_module._sized(svg)
        assert place.smallest_pt >= handout_module.MIN_PRINTED_PT, (path.name, place)


def test_a_sweep_of_full_designs_prints_at_8_pt_or_more():
    """The widest designs of the diagram sweep (every channel, memory, hand-off, production, enterprise, peak load),
    with each of six features that widen the drawing on or off: their leave-behind prints node text at 8 pt."""
    import itertools

    base = {"channels": ["voice", "sms", "whatsapp", "chat"], "memory": True, "handoff": True, "production": True,
            "customer_profile": "enterprise", "peak_concurrent_calls": 300}
    features = {"intelligence": "realtime", "uses_twilio_functions": True, "needs_raw_audio": True, "region": "ie1",
                "handoff_target": "phone_line", "wants": ["ai_copilot"]}
    smallest = {}
    for chosen in itertools.product((False, True), repeat=len(features)):
        answers = {**base, **{k: v for (k, v), on in zip(features.items(), chosen) if on}}
        _sized, place = handout_module._sized(handout_module.diagram_svg(recommend(answers), titled=False))
        smallest[tuple(k for (k, _v), on in zip(features.items(), chosen) if on)] = place.smallest_pt
    assert min(smallest.values()) >= handout_module.MIN_PRINTED_PT, min(smallest.items(), key=lambda kv: kv[1])


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
