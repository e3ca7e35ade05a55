"""Reports: the output format's sections, escaping, determinism."""

import json

import pytest
from markdown_it import MarkdownIt

from twarch import recommend, to_html, to_markdown
from twarch.knowledge import rules
from twarch.render.reports import NOT_LEGAL_ADVICE, html_text, md_text


def test_markdown_follows_the_output_format():
    md = to_markdown(recommend({"channels": ["voice", "sms"], "memory": True, "handoff": True, "takes_payments": True}))
    order = ["## Recommended Architecture (draft, 2 essential questions open): Level 4", "## Implementation Path",
             "## Products", "## Product Skills", "## Setup Skills", "## Guardrail Skills", "## Planner Skills",
             "## Key decisions", "## Warnings", "### Blocker", "### Cost", "## GA constraints",
             "## Regulations", "## Regulatory checklist", "## Open questions", "## How current this is"]
    positions = [md.index(h) for h in order]
    assert positions == sorted(positions)
    # card payments: Agent Connect is not PCI compliant, so the manual path is recommended and the SDK shown beside it
    assert "**Custom path (recommended)**" in md and "**Fast path**" in md and "`twilio-agent-connect`" in md
    assert "_Why: " in md and NOT_LEGAL_ADVICE in md


def test_manual_path_is_listed_first_when_recommended():
    md = to_markdown(recommend({"channels": ["voice"], "needs_raw_audio": True}))
    assert md.index("**Custom path (recommended)**") < md.index("**Fast path**")


@pytest.mark.parametrize("choice", rules.TECHNICAL_CHOICES)
def test_the_fast_path_beside_a_technical_choice_is_the_design_without_it(choice):
    """A manual path chosen for a technical reason shows the SDK the same design would take: for an Azure team, the
    Microsoft package and its install line."""
    md = to_markdown(recommend({"channels": ["voice"], "cloud": "azure", "team_language": "python", choice: True}))
    fast = md[md.index("**Fast path**"):]
    assert md.index("**Custom path (recommended)**") < md.index("**Fast path**")
    assert "`twilio-agent-connect-microsoft`" in fast and "pip install" in fast


def test_skipped_products_are_said():
    md = to_markdown(recommend({"channels": ["voice"], "memory": False, "handoff": True}))
    assert "### Skipped" in md and "Conversation Memory skipped" in md


def test_user_text_is_escaped_in_html_and_markdown():
    evil = '<script>alert("x")</script> & <b>bold</b>'
    rec = recommend({"request": evil, "channels": ["voice"]})
    html = to_html(rec)
    assert "<script>" not in html and "&lt;script&gt;" in html and "&lt;b&gt;" in html
    md = to_markdown(rec)
    assert 'Request: “`<script>alert("x")</script> & <b>bold</b>`”' in md  # a code span: shown, never run
    tokens = MarkdownIt("commonmark").parse(md)
    assert not [c for t in tokens for c in [t, *(t.children or ())] if c.type.startswith("html")]



@pytest.mark.render
def test_jupyter_displays_recommendations_and_checklists_through_the_registered_formatters():
    from IPython.core.formatters import DisplayFormatter

    from twarch import checklist
    from twarch.display import register

    class Shell:
        display_formatter = DisplayFormatter()

    assert register(Shell) is True
    rec = recommend({"channels": ["voice"], "industry": "healthcare"})
    data, _ = Shell.display_formatter.format(rec)
    assert data["text/html"] == to_html(rec) and data["text/markdown"] == to_markdown(rec)
    cl = checklist(rec)
    data, _ = Shell.display_formatter.format(cl)
    assert data["text/html"] == to_html(cl) and data["text/markdown"] == to_markdown(cl)
    assert register() is False  # no IPython shell is running under pytest


def test_titles_say_draft_while_essentials_are_open():
    assert "## Draft architecture (none of the 5 essential questions answered): Level 1" in to_markdown(recommend({}))
    done = {"outcome": "autonomous_service", "channels": ["chat"], "memory": False, "intelligence": "none",
            "handoff": False}
    md = to_markdown(recommend(done))
    assert "## Recommended Architecture: Level 1: Basic AI Agent" in md  # no voice: the rung is named without it
    assert "Capability level: Level 1: Basic AI Agent (a transport + your agent server + an LLM API)" in md


def test_items_resting_on_disputed_facts_say_so_and_report_their_age():
    md = to_markdown(recommend({"channels": ["sms"], "customer_profile": "isv", "memory": True, "tenants": 25,
                                "countries": ["GB"]}))
    assert "Twilio's sources disagree here" in md  # Memory stores per account: 15 in Twilio's skill, 5 in its docs
    assert "25 tenants need 2 accounts at Twilio's skill limit of 15 stores per account, 5 accounts at the docs' " \
           "limit of 5" in md
    assert "twarch's knowledge was last reviewed on 2026-11-27" in md and "`twarch facts verify` re-checks them" in md


def test_code_spans():
    assert html_text("add `<Pay>` here <x>") == "add <code>&lt;Pay&gt;</code> here &lt;x&gt;"
    assert md_text("add `<Pay>` here <x>") == "add `<Pay>` here \\<x\\>"


def test_regulation_shows_playbook_claim_and_sources():
    rec = recommend({"eu_users": True})
    md = to_markdown(rec)
    assert "The playbook says: EU call recording requires explicit consent" in md
    assert "Why twarch differs:" in md and "https://cooperburnett.com" in md


def test_reports_are_deterministic():
    answers = {"channels": ["voice", "whatsapp"], "intelligence": "realtime", "eu_users": True}
    a, b = recommend(answers), recommend(dict(answers))
    assert to_markdown(a) == to_markdown(b) and to_html(a) == to_html(b) and a.to_json() == b.to_json()
    assert json.loads(a.to_json())["answers"] == answers | {"channels": ["voice", "whatsapp"]}


def test_research_figures_in_rules_carry_their_sources():
    from twarch.engine.tables import item_details
    from twarch.knowledge import rules as rule_tables

    # twarch's own reasoning (no outside fact behind it): the geography it assumed while countries are unanswered
    own = {"warn.geography_assumed"}
    for table in rule_tables.TABLES:
        for rule in table.rules:
            if rule.section != "research" or table.name in ("skills", "regulations") or rule.id in own:
                continue
            details = dict(item_details(rule))
            if table.decision and rule.value is None:
                continue  # "no speech-to-text on speech-to-speech" decides nothing about a product
            assert details.get("sources"), rule.id
            assert all(s.url.startswith("http") and s.as_of for s in details["sources"]), rule.id
            assert details.get("checked"), rule.id
    md = to_markdown(recommend({"channels": ["voice"], "priority": "latency"}))
    assert "Coval TTS/STT benchmark" in md and "(2026-08-22)" in md


def test_an_unanswered_team_language_on_the_sdk_path_is_an_open_question():
    """The SDK installs a Python or a TypeScript package: Python is assumed, and the report lists the question."""
    sdk = recommend({"channels": ["voice"]})
    assert "team_language" in [q.id for q in sdk.open_questions]
    assert "Python is assumed" in sdk.open_questions[-1].why.note
    assert "team_language" not in [q.id for q in recommend({"channels": ["voice"], "team_language": "python"})
                                   .open_questions]
    assert "team_language" not in [q.id for q in recommend({"channels": ["voice"], "industry": "healthcare"})
                                   .open_questions]  # the manual path installs no SDK
