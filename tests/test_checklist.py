"""The regulatory checklist: data file, loader, entry selection, and the Checklist renderer."""

from __future__ import annotations

import copy
import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import twarch
from twarch.checklists import DONE, TICK_STATUSES, Checklist, ChecklistItem, checklist
from twarch.engine.checklist import checklist_items, entries_for, item_for, why_for
from twarch.errors import AnswerError
from twarch.knowledge import checklist as data
from twarch.knowledge.regimes import REGIMES
from twarch.recommendation import Why
from twarch.render.checklist import COLUMNS, from_markdown, to_frame, to_html, to_markdown, with_ticks_from_markdown

RESEARCH_IDS = (
    [f"TCPA-{n:02d}" for n in range(1, 19)] + [f"HIPAA-{n:02d}" for n in range(1, 12)]
    + [f"PCI-{n:02d}" for n in range(1, 8)] + [f"GDPR-{n:02d}" for n in range(1, 10)]
    + [f"FDCPA-{n:02d}" for n in range(1, 9)] + [f"REC-{n:02d}" for n in range(1, 4)]
    + [f"BOT-{n:02d}" for n in range(1, 6)] + [f"EUAI-{n:02d}" for n in range(1, 4)]
    + [f"CCPA-{n:02d}" for n in range(1, 4)] + [f"SMS-{n:02d}" for n in range(1, 5)]
    + [f"SHK-{n:02d}" for n in range(1, 4)] + [f"WA-{n:02d}" for n in range(1, 6)]
    + [f"CA-{n:02d}" for n in range(1, 5)]
)

#: The conflicts the research flags where the playbook says something else.
CONFLICTS = ("GDPR-01", "WA-03", "HIPAA-04", "FDCPA-02", "PCI-04")


def good_entry(**changes):
    entry = {
        "id": "TEST-01",
        "regime": "tcpa",
        "title": "A title",
        "obligation": "Do the thing.",
        "owner": "you",
        "status": "in_force",
        "sources": [{"label": "A source", "url": "https://example.org/a", "as_of": "2025-01-02"}],
    }
    entry.update(changes)
    return entry


def write(tmp_path, entries):
    path = tmp_path / "checklist.json"
    path.write_text(json.dumps({"entries": entries}), encoding="utf-8")
    return path


def facts(regimes, **answers):
    """Facts as the engine builds them: the answers (lists as tuples), ``voice`` from channels, the derived facts."""
    found = {k: tuple(v) if isinstance(v, list) else v for k, v in answers.items()}
    channels = found.get("channels")
    found["voice"] = None if channels is None else "voice" in channels
    found["products"] = tuple(found.get("products", ()))
    found["regimes"] = tuple(regimes)
    found.setdefault("agent_assist", False)  # derived for every design: people answer and an AI assists them
    return found


def ids_for(regimes, **answers):
    return [e.id for e in entries_for(facts(regimes, **answers))]


# ------------------------------------------------------------------------------------------------ shipped data

def test_shipped_data_loads_and_covers_every_research_id():
    ids = [e.id for e in data.ENTRIES]
    assert len(ids) == len(set(ids))
    assert 70 <= len(ids) <= 150  # 108 after the fourth architect review
    assert set(RESEARCH_IDS) <= set(ids)
    assert "SEED-HIPAA-KEYROTATION" in ids


def test_every_catalog_regime_has_entries_and_every_entry_a_known_regime():
    regimes = {e.regime for e in data.ENTRIES}
    assert regimes == set(REGIMES)


def test_every_entry_is_sourced_and_dated():
    for e in data.ENTRIES:
        assert e.sources, e.id
        for s in e.sources:
            assert s.url.startswith(("https://", "http://")), e.id
            assert re.match(r"^(undated|\d{4}(-\d{2}(-\d{2})?)?)$", s.as_of), (e.id, s.as_of)


@pytest.mark.parametrize("entry_id", CONFLICTS)
def test_conflicts_record_the_playbook_claim_and_why_twarch_differs(entry_id):
    e = data.by_id(entry_id)
    assert e.playbook and e.differs


def test_conflict_contents_show_the_sourced_fact():
    assert "within 7 consecutive days after" in data.by_id("FDCPA-02").obligation
    assert "not the only one" in data.by_id("GDPR-01").obligation
    assert "Conversation Memory" in data.by_id("HIPAA-04").obligation
    assert "general-purpose" in data.by_id("WA-03").obligation
    assert "<Pay>" in data.by_id("PCI-04").obligation


def test_owners_and_statuses_map_the_research_tags():
    assert data.by_id("TCPA-18").owner == "twilio"
    assert data.by_id("HIPAA-01").owner == "legal"
    assert data.by_id("PCI-02").owner == "config"
    assert data.by_id("TCPA-05").status == "vacated"
    assert data.by_id("TCPA-10").status == "delayed"
    assert data.by_id("TCPA-12").status == "beta"
    assert data.by_id("TCPA-OPEN-NPRM").status == "proposed"
    assert data.by_id("REC-02").status == "contested"
    assert data.by_id("TCPA-04").status is None


def test_data_file_is_canonical_json():
    text = data.DATA_FILE.read_text(encoding="utf-8")
    doc = json.loads(text)
    assert json.dumps(doc, indent=2, ensure_ascii=False) + "\n" == text
    assert [e.id for e in data.parse(doc)] == [e.id for e in data.ENTRIES]


# ------------------------------------------------------------------------------------------------ loader rejects

BAD = [
    ("unknown regime", good_entry(regime="tcpaa"), "regime"),
    ("unknown owner", good_entry(owner="dev"), "owner"),
    ("unknown status", good_entry(status="IN FORCE"), "status"),
    ("missing source url", good_entry(sources=[{"label": "x", "as_of": "2024"}]), "sources"),
    ("non-http url", good_entry(sources=[{"label": "x", "url": "javascript:alert(1)", "as_of": "2024"}]), "sources"),
    ("no sources", good_entry(sources=[]), "sources"),
    ("bad as_of", good_entry(sources=[{"label": "x", "url": "https://e.org", "as_of": "yesterday"}]), "sources"),
    ("when unknown fact", good_entry(when={"chanels": "sms"}), "when"),
    ("when bad choice", good_entry(when={"channels": "fax"}), "when"),
    ("when bad bool", good_entry(when={"records_calls": "yes"}), "when"),
    ("when any not a list", good_entry(when={"any": {"voice": True}}), "when"),
    ("when bad comparison", good_entry(when={"peak_concurrent_calls": {"above": 5}}), "when"),
    ("when empty", good_entry(when={}), "when"),
    ("when not a mapping", good_entry(when=["voice"]), "when"),
    ("when unknown regime", good_entry(when={"regimes": "sox"}), "when"),
    ("when unknown product", good_entry(when={"products": "flexx"}), "when"),
    ("playbook without differs", good_entry(playbook="The playbook says X."), "differs"),
    ("differs without playbook", good_entry(differs="Because Y."), "playbook"),
    ("missing title", {k: v for k, v in good_entry().items() if k != "title"}, "title"),
    ("empty obligation", good_entry(obligation="  "), "obligation"),
    ("unknown field", good_entry(owners="you"), "owners"),
    ("bad id", good_entry(id="tcpa 2"), "id"),
    ("unknown section", good_entry(section="step9"), "section"),
]


@pytest.mark.parametrize("problem, entry, field", BAD, ids=[b[0] for b in BAD])
def test_loader_rejects_bad_entry_naming_id_and_field(tmp_path, problem, entry, field):
    path = write(tmp_path, [good_entry(id="FINE-01"), entry])
    with pytest.raises(ValueError) as info:
        data.load(path)
    message = str(info.value)
    expected_id = entry["id"] if problem != "bad id" else "tcpa 2"
    assert expected_id in message
    assert f"field '{field}'" in message


def test_loader_rejects_duplicate_ids(tmp_path):
    path = write(tmp_path, [good_entry(), good_entry(title="Another")])
    with pytest.raises(ValueError, match=r"'TEST-01'.*field 'id'.*duplicate"):
        data.load(path)


def test_loader_rejects_invalid_json_and_wrong_shape(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(ValueError, match="not valid JSON"):
        data.load(path)
    path.write_text(json.dumps({"entries": {"id": "X-1"}}), encoding="utf-8")
    with pytest.raises(ValueError, match="list of entries"):
        data.load(path)


def test_loader_accepts_good_entries_and_freezes_when(tmp_path):
    path = write(tmp_path, [good_entry(when={"any": [{"channels": ["sms", "rcs"]}, {"voice": True}]},
                                       playbook="P.", differs="D.")])
    (entry,) = data.load(path)
    assert entry.when_text == "channels in {sms, rcs} or voice = true"
    assert entry.to_dict()["when"] == {"any": [{"channels": ["sms", "rcs"]}, {"voice": True}]}
    with pytest.raises(TypeError):
        entry.when["voice"] = True  # frozen
    assert hash(entry) == hash(data.load(path)[0])


# ------------------------------------------------------------------------------------------------ selection

TRIGGERS = [
    # regime, answers, must include, must exclude
    ("tcpa", {"channels": ["voice"]}, ["TCPA-01", "TCPA-07", "TCPA-14", "TCPA-02"], ["TCPA-09", "TCPA-12", "TCPA-16"]),
    ("tcpa", {"channels": ["sms"]}, ["TCPA-09", "TCPA-12", "TCPA-18", "TCPA-02"], ["TCPA-01", "TCPA-07"]),
    ("tcpa", {"channels": ["voice"], "industry": "healthcare"}, ["TCPA-16"], []),
    ("hipaa", {"records_calls": True, "channels": ["sms"]}, ["HIPAA-06", "HIPAA-10", "HIPAA-04"], []),
    ("hipaa", {"records_calls": False, "channels": ["voice"]}, ["HIPAA-01", "SEED-HIPAA-KEYROTATION"],
     ["HIPAA-06", "HIPAA-10", "SEED-HIPAA-SESSIONSTORE"]),
    ("hipaa", {"production": True}, ["SEED-HIPAA-SESSIONSTORE", "SEED-HIPAA-FAILOVER"], []),
    ("pci_dss", {"channels": ["voice"], "voice_transport": "conversation_relay", "records_calls": True,
                 "card_capture_used": "pay_in_call"}, ["PCI-01", "PCI-04", "PCI-06", "PCI-10"], ["PCI-02"]),
    ("pci_dss", {"channels": ["voice"], "voice_transport": "media_streams", "card_capture_used": "pay_subaccount"},
     ["PCI-01", "PCI-02"], ["PCI-04", "PCI-06", "PCI-08", "PCI-10"]),
    # a payment link: only the hosted-page items, nothing about <Pay> or PCI Mode (round-1 review, class C)
    ("pci_dss", {"channels": ["voice"], "voice_transport": "conversation_relay", "records_calls": True,
                 "card_capture_used": "payment_link"}, ["PCI-05", "PCI-07", "PCI-08"],
     ["PCI-01", "PCI-02", "PCI-03", "PCI-04", "PCI-06", "PCI-09", "PCI-10"]),
    # IE1 and AU1 take six Pay connectors, without Stripe or Adyen (twilio.com/docs/voice/twiml/pay, 2026-11-27)
    ("pci_dss", {"channels": ["voice"], "region": "ie1", "card_capture_used": "pay_subaccount"},
     ["PCI-09", "PCI-02"], ["PCI-01"]),
    ("pci_dss", {"channels": ["voice"], "region": "us1", "card_capture_used": "pay_in_call"}, ["PCI-01"], ["PCI-09"]),
    # a text-only design gets the text answer, none of the voice-only PCI Mode obligations (issue 9, point 5)
    ("pci_dss", {"channels": ["sms", "chat"], "messaging_count": 2}, ["PCI-05", "PCI-07", "PCI-08"],
     ["PCI-01", "PCI-02", "PCI-03", "PCI-04", "PCI-06"]),
    ("gdpr", {"channels": ["voice"], "products": ["conversation_memory"]}, ["GDPR-02", "GDPR-03", "GDPR-08"], []),
    ("gdpr", {"channels": ["chat"]}, ["GDPR-01", "GDPR-04"], ["GDPR-02", "GDPR-08", "GDPR-OPEN-LOGS"]),
    ("gdpr", {"channels": ["whatsapp"]}, ["GDPR-OPEN-LOGS"], []),
    # a collector never texts on Twilio (error 30863): the obligation stands whatever the channels
    ("fdcpa", {"channels": ["voice"]}, ["FDCPA-01", "FDCPA-02", "FDCPA-05", "FDCPA-08"], ["FDCPA-06"]),
    ("fdcpa", {"channels": ["sms"]}, ["FDCPA-06", "FDCPA-08"], ["FDCPA-02"]),
    ("fdcpa", {"channels": ["voice"], "wants": ["email_summaries"]}, ["FDCPA-06"], []),
    ("recording_consent", {"channels": ["voice"]}, ["REC-01", "REC-02", "REC-03"], []),
    ("recording_consent", {"channels": ["chat"]}, ["REC-02"], ["REC-01"]),
    ("ai_disclosure", {"channels": ["voice"], "outbound": True}, ["BOT-02", "BOT-05"], ["BOT-01"]),
    ("ai_disclosure", {"channels": ["voice"], "outcome": "autonomous_service"}, ["BOT-03"], ["BOT-02"]),
    ("ai_disclosure", {"channels": ["chat"]}, ["BOT-01"], ["BOT-02"]),
    ("eu_ai_act", {"channels": ["voice"], "intelligence": "realtime"}, ["EUAI-01", "EUAI-03"], []),
    # emotion recognition under the AI Act concerns biometric signals such as the voice, not text sentiment
    ("eu_ai_act", {"channels": ["chat"], "intelligence": "realtime"}, ["EUAI-01"], ["EUAI-03"]),
    ("eu_ai_act", {"intelligence": "none"}, ["EUAI-01", "EUAI-02"], ["EUAI-03"]),
    ("ccpa", {}, ["CCPA-01", "CCPA-02", "CCPA-03"], []),
    ("a2p_10dlc", {"channels": ["sms"]}, ["SMS-01", "SMS-02", "SMS-03", "SMS-04"], ["SMS-05"]),
    # prescription texts may inform, never promote (Twilio error 30565, 2026-09-14; architect review 3, finding 15)
    ("a2p_10dlc", {"channels": ["sms"], "industry": "healthcare"}, ["SMS-04", "SMS-05"], []),
    ("stir_shaken", {"channels": ["voice"]}, ["SHK-01", "SHK-02", "SHK-03", "SHK-OPEN-LABELS"], []),
    ("whatsapp_policy", {"channels": ["whatsapp"]}, ["WA-01", "WA-03"], ["WA-05"]),
    ("canada_crtc_casl", {"channels": ["voice"], "outbound": True}, ["CA-01", "CA-02", "CA-03"], ["CA-04"]),
    ("canada_crtc_casl", {"channels": ["voice", "sms"], "outbound": False}, ["CA-04"], ["CA-01", "CA-02", "CA-03"]),
    ("uk_gdpr_pecr", {"channels": ["voice"], "outbound": True}, ["UK-01", "UK-02", "UK-03"], ["UK-04"]),
    ("uk_gdpr_pecr", {"channels": ["sms"], "outbound": True}, ["UK-01", "UK-04"], ["UK-02", "UK-03"]),
    ("uk_gdpr_pecr", {"channels": ["voice", "sms"], "outbound": False}, ["UK-01"], ["UK-02", "UK-03", "UK-04"]),
    # UK GDPR Arts. 22A-22D replaced Art. 22 on 5 February 2026 (DUAA 2025 s. 80; SI 2026/82; checked 2026-11-27)
    ("uk_gdpr_pecr", {"channels": ["chat"]}, ["UK-01", "UK-07"], ["UK-08"]),
    # review 4: callers are told about recording and AI (SI 2018/356 reg. 4(1)(c)); EU marketing by automated
    # calls or texts needs prior consent (ePrivacy Art. 13(1)); collectors verify the right party (12 CFR 1006.6(d))
    ("uk_gdpr_pecr", {"channels": ["voice"]}, ["UK-08"], []),
    ("gdpr", {"channels": ["voice"], "outbound": True}, ["GDPR-11"], []),
    ("gdpr", {"channels": ["voice"], "outbound": False}, [], ["GDPR-11"]),
    ("fdcpa", {"channels": ["chat"]}, ["FDCPA-09"], []),
    ("canada_crtc_casl", {"channels": ["sms"]}, ["CA-04"], ["CA-01", "CA-03"]),
]


@pytest.mark.parametrize("regime, answers, include, exclude", TRIGGERS,
                         ids=[f"{t[0]}-{i}" for i, t in enumerate(TRIGGERS)])
def test_entries_trigger_and_do_not_trigger(regime, answers, include, exclude):
    got = ids_for([regime], **copy.deepcopy(answers))
    assert set(include) <= set(got), set(include) - set(got)
    assert not set(exclude) & set(got), set(exclude) & set(got)
    assert {data.by_id(i).regime for i in got} == {regime}


def test_whatsapp_phi_entry_needs_hipaa_active():
    assert "WA-05" in ids_for(["whatsapp_policy", "hipaa"], channels=["whatsapp"])


@pytest.mark.parametrize("regime", sorted(REGIMES))
def test_inactive_regime_contributes_nothing(regime):
    everything = {"channels": ["voice", "sms", "whatsapp", "chat"], "records_calls": True, "production": True,
                  "industry": "healthcare", "intelligence": "realtime", "outcome": "outbound_calling",
                  "voice_transport": "conversation_relay", "products": ["conversation_memory"]}
    others = [r for r in REGIMES if r != regime]
    got = ids_for(others, **copy.deepcopy(everything))
    assert not any(data.by_id(i).regime == regime for i in got)
    assert any(data.by_id(i).regime == regime for i in ids_for([regime], **copy.deepcopy(everything)))


def test_no_regimes_no_entries_and_unanswered_channels_trigger_no_voice_entries():
    assert ids_for([], channels=["voice"]) == []
    got = ids_for(["tcpa"])
    assert "TCPA-02" in got and "TCPA-01" not in got and "TCPA-09" not in got


def test_entries_for_keeps_file_order():
    got = ids_for(list(REGIMES), channels=["voice", "sms"])
    order = {e.id: n for n, e in enumerate(data.ENTRIES)}
    assert [order[i] for i in got] == sorted(order[i] for i in got)


def test_why_and_item_for_an_entry():
    f = facts(["hipaa"], records_calls=True)
    entry = data.by_id("HIPAA-06")
    why = why_for(entry, f, "industry = healthcare")
    assert why.because == "HIPAA (US health data) applies (industry = healthcare) and records_calls = true"
    assert dict(why.facts) == {"regimes": ("hipaa",), "records_calls": True}
    assert why.section == "step4.regulatory"
    item = item_for(entry, why)
    doc = json.loads(json.dumps(item.to_dict()))
    assert doc["id"] == "HIPAA-06" and doc["owner"] == "config" and doc["playbook"]
    assert doc["sources"][0]["url"].startswith("https://")
    assert [i.id for i in checklist_items(f, ())] == ids_for(["hipaa"], records_calls=True)


# ------------------------------------------------------------------------------------------------ Checklist

def small(ticks=None):
    f = facts(["fdcpa", "pci_dss"], channels=["voice"], voice_transport="conversation_relay",
              card_capture_used="pay_subaccount")
    items = [ChecklistItem(e, why_for(e, f)) for e in entries_for(f)]
    return Checklist(items, ticks=ticks)


def test_progress_arithmetic():
    cl = small()
    total = len(cl)
    assert cl.progress == (0, total)
    cl.tick("FDCPA-01").tick("FDCPA-02", "not_required").tick("PCI-01", "n/a").tick("PCI-02", "open")
    assert cl.progress == (3, total)
    assert str(cl.progress) == f"3/{total}"
    assert cl.progress.fraction == pytest.approx(3 / total)
    cl.untick("FDCPA-01")
    cl.tick("PCI-01", "not_verified")
    assert cl.progress == (1, total)
    assert cl.ticks == {"FDCPA-02": "not_required", "PCI-02": "open"}
    assert Checklist().progress.fraction == 1.0


def test_status_defaults_and_done_vocabulary():
    cl = small()
    assert cl.status("FDCPA-01") == "not_verified"
    assert TICK_STATUSES == ("not_verified", "open", "fulfilled", "not_required", "n/a")
    assert DONE == {"fulfilled", "not_required", "n/a"}


def test_bad_tick_id_and_status_raise_one_line_answer_errors():
    cl = small()
    with pytest.raises(AnswerError) as info:
        cl.tick("FDCPA-99")
    assert info.value.field == "checklist id" and "FDCPA-01" in info.value.allowed
    assert "\n" not in str(info.value)
    with pytest.raises(AnswerError) as info:
        cl.tick("FDCPA-01", "done")
    assert info.value.field == "FDCPA-01"
    assert info.value.allowed == "not_verified, open, fulfilled, not_required, n/a"
    with pytest.raises(AnswerError, match="did you mean 'fulfilled'"):
        cl.tick("FDCPA-01", "fulfiled")
    with pytest.raises(AnswerError):
        Checklist(cl.items, ticks={"FDCPA-01": "yes"})
    assert cl.ticks == {}


def test_markdown_round_trips_ticks():
    cl = small().tick("FDCPA-01").tick("FDCPA-03", "open").tick("PCI-04", "n/a").tick("PCI-05", "not_required")
    md = to_markdown(cl)
    back = with_ticks_from_markdown(small(), md)
    assert back.ticks == cl.ticks
    assert to_markdown(back) == md
    rebuilt = from_markdown(md)
    assert rebuilt.ids == cl.ids
    assert rebuilt.ticks == cl.ticks
    assert [i.why.because for i in rebuilt] == [i.why.because for i in cl]


def test_markdown_checkbox_wins_over_status_word():
    cl = small().tick("FDCPA-02", "fulfilled")
    md = to_markdown(cl)
    md = md.replace("- [ ] **FDCPA-01**", "- [x] **FDCPA-01**").replace("- [x] **FDCPA-02**", "- [ ] **FDCPA-02**")
    back = with_ticks_from_markdown(small(), md)
    assert back.status("FDCPA-01") == "fulfilled"
    assert back.status("FDCPA-02") == "open"


def test_markdown_without_checklist_lines_is_an_error():
    with pytest.raises(AnswerError, match="no checklist lines"):
        with_ticks_from_markdown(small(), "# nothing here\n")


def test_markdown_layout_grouped_by_regime_with_owner_status_sources_and_disclaimer():
    cl = small().tick("PCI-02")
    md = to_markdown(cl)
    assert "not legal advice" in md.lower()
    headings = [line for line in md.splitlines() if line.startswith("## ")]
    assert headings == ["## PCI DSS (card payments)", "## FDCPA / Regulation F (debt collection)"]
    line = next(line for line in md.splitlines() if "**PCI-02**" in line)
    assert line.startswith("- [x] **PCI-02**") and "`fulfilled`" in line and "owner: config" in line
    assert "[Twilio docs: PCI Programmable Voice workflows](https://static0.twilio.com/docs/voice/pci-workflows)" in md
    assert "\\<Pay\\>" in md  # angle brackets escaped so Markdown does not eat them as HTML
    assert "Playbook says:" in md and "twarch shows instead:" in md


def test_markdown_and_html_are_deterministic():
    a, b = small().tick("PCI-01"), small().tick("PCI-01")
    assert to_markdown(a) == to_markdown(b)
    assert to_html(a) == to_html(b)


def test_html_escapes_every_text_and_reflects_ticks(tmp_path):
    nasty = good_entry(id="XSS-01", title="<script>alert('t')</script>", obligation="Use <Pay> & stop",
                       playbook="Says \"<b>bold</b>\"", differs="Because <i>x</i>",
                       sources=[{"label": "<img src=x onerror=alert(1)>", "url": "https://e.org/?a=1&b=\"2\"",
                                 "as_of": "undated"}])
    (entry,) = data.load(write(tmp_path, [nasty]))
    why = Why(rule="r", section="research", because="because <u>answers</u>")
    cl = Checklist([(entry, why)])
    page = to_html(cl)
    for raw in ("<script>", "<img", "<b>bold", "<i>x", "<u>answers", "<Pay>", 'b="2"'):
        assert raw not in page
    assert "&lt;script&gt;alert(&#x27;t&#x27;)&lt;/script&gt;" in page
    assert "Use &lt;Pay&gt; &amp; stop" in page
    assert 'href="https://e.org/?a=1&amp;b=&quot;2&quot;"' in page
    assert "not legal advice" in page.lower()
    assert "checked" not in page
    cl.tick("XSS-01")
    assert "<input type=\"checkbox\" disabled checked" in to_html(cl)  # the same object re-renders ticked


def test_ticks_survive_new_items_and_come_back():
    cl = small().tick("PCI-04", "n/a").tick("FDCPA-01")
    f = facts(["fdcpa", "pci_dss"], channels=["voice"], voice_transport="media_streams")
    other = cl.with_items(ChecklistItem(e, why_for(e, f)) for e in entries_for(f))
    assert "PCI-04" not in other and other.dormant == ("PCI-04",)
    assert other.status("FDCPA-01") == "fulfilled"
    assert other.progress.done == 1
    again = other.with_items(cl.items)
    assert again.ticks == cl.ticks and again.dormant == ()


def test_save_and_load_ticks(tmp_path):
    cl = small().tick("FDCPA-02", "open").tick("PCI-01")
    path = tmp_path / "ticks.json"
    cl.save_ticks(path)
    first = path.read_bytes()
    doc = json.loads(first)
    assert doc == {"format": "twarch-checklist-ticks", "version": 1,
                   "ticks": {"PCI-01": "fulfilled", "FDCPA-02": "open"}}
    assert "obligation" not in first.decode()  # ticks only, never item data
    fresh = small().load_ticks(path)
    assert fresh.ticks == cl.ticks
    fresh.save_ticks(path)
    assert path.read_bytes() == first
    path.write_text(json.dumps({"PCI-01": "n/a"}), encoding="utf-8")
    assert small().load_ticks(path).ticks == {"PCI-01": "n/a"}


@pytest.mark.parametrize("content, match", [
    ("{broken", "not valid JSON"),
    (json.dumps({"PCI-01": "maybe"}), "not a tick status"),
    (json.dumps(["PCI-01"]), "mapping of ids"),
    (json.dumps({"format": "other", "ticks": {}}), "format"),
    (json.dumps({"not an id": "open"}), "not a checklist id"),
])
def test_load_ticks_rejects_bad_files_without_changing_ticks(tmp_path, content, match):
    path = tmp_path / "ticks.json"
    path.write_text(content, encoding="utf-8")
    cl = small().tick("FDCPA-01")
    with pytest.raises(AnswerError, match=match):
        cl.load_ticks(path)
    assert cl.ticks == {"FDCPA-01": "fulfilled"}


@pytest.mark.render
def test_to_frame_has_stable_columns():
    cl = small().tick("PCI-01")
    frame = to_frame(cl)
    assert list(frame.columns) == list(COLUMNS)
    assert list(frame["id"]) == list(cl.ids)
    row = frame.set_index("id").loc["PCI-01"]
    assert row["tick"] == "fulfilled" and bool(row["done"]) and row["owner"] == "you"
    assert frame.to_string() == to_frame(small().tick("PCI-01")).to_string()


@settings(max_examples=60, deadline=None)
@given(draw_data=st.data())
def test_any_ticks_round_trip_through_markdown_and_json(tmp_path_factory, draw_data):
    base = small()
    chosen = draw_data.draw(st.dictionaries(st.sampled_from(base.ids), st.sampled_from(TICK_STATUSES)))
    cl = Checklist(base.items, ticks=chosen)
    expected = {k: v for k, v in chosen.items() if v != "not_verified"}
    assert cl.ticks == {i: expected[i] for i in cl.ids if i in expected}
    assert with_ticks_from_markdown(base, to_markdown(cl)).ticks == cl.ticks
    path = tmp_path_factory.mktemp("ticks") / "t.json"
    cl.save_ticks(path)
    assert base.copy().load_ticks(path).ticks == cl.ticks
    assert cl.progress.done == sum(v in DONE for v in expected.values())


# ------------------------------------------------------------------------------------------------ with the engine

HEALTH = {"channels": ["voice", "sms"], "industry": "healthcare", "records_calls": True, "memory": True}


def test_checklist_from_answers_dict_answers_and_recommendation_agree():
    rec = twarch.recommend(HEALTH)
    by_dict = checklist(HEALTH)
    assert by_dict.ids == checklist(twarch.Answers.from_dict(HEALTH)).ids == checklist(rec).ids
    assert by_dict.ids == tuple(i.id for i in rec.checklist)
    assert {"HIPAA-01", "HIPAA-04", "HIPAA-06"} <= set(by_dict.ids)
    assert set(by_dict.regimes) <= set(rec.regulation_ids)
    item = by_dict["HIPAA-06"]
    assert "records_calls = true" in item.why.because


def test_checklist_keeps_ticks_across_changed_answers():
    first = checklist(HEALTH).tick("HIPAA-06").tick("HIPAA-01", "not_required")
    changed = checklist({**HEALTH, "records_calls": False}, ticks=first.ticks)
    assert "HIPAA-06" not in changed and changed.dormant == ("HIPAA-06",)
    assert changed.status("HIPAA-01") == "not_required"
    back = checklist(HEALTH, ticks=changed.ticks)
    assert back.ticks == first.ticks


def test_checklist_from_markdown_with_answers():
    cl = checklist(HEALTH).tick("HIPAA-04", "open")
    assert from_markdown(to_markdown(cl), HEALTH).ticks == {"HIPAA-04": "open"}


def test_checklist_is_reachable_from_the_package():
    assert twarch.checklist is checklist
    assert twarch.Checklist is Checklist


def test_what_the_checklist_does_not_cover_is_said_at_its_top():
    """An Australian design gets no items, and the checklist says twarch holds no rules for AU (not 'nothing to
    do'); the notice survives ticking and copying, and a Markdown round trip still reads the ticks."""
    cl = checklist({"channels": ["sms"], "countries": ["AU"]})
    assert len(cl) == 0 and cl.notices and "AU" in cl.notices[0]
    md = to_markdown(cl)
    assert md.index("twarch holds no rules for the law of AU") < md.index("Progress:")
    assert "twarch holds no rules for the law of AU" in to_html(cl)
    assert cl.copy().notices == cl.notices
    us = checklist({"channels": ["voice"], "countries": ["US", "AU"]}).tick("REC-01")
    assert us.notices and with_ticks_from_markdown(us.copy(), to_markdown(us)).ticks == {"REC-01": "fulfilled"}
    assert len(cl.notices) == 1  # AU is not covered at all: no sub-national disclaimer either
    # a covered country still gets the disclaimer for the state and sector law twarch does not hold (round 2, class E)
    (notice,) = checklist({"channels": ["voice"], "countries": ["US"]}).notices
    assert "in the US, state law beyond" in notice and "Check those with counsel" in notice
