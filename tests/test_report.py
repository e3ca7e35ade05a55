"""Reports: the output format's sections, escaping, determinism."""

import json

from markdown_it import MarkdownIt

from twarch import recommend
from twarch.render.report import NOT_LEGAL_ADVICE, html_text, md_text


def test_markdown_follows_the_output_format():
    md = recommend({"channels": ["voice", "sms"], "memory": True, "handoff": True, "industry": "healthcare"}).to_markdown()
    order = ["## Recommended Architecture: Level 4", "## Implementation Path", "## Products", "## Product Skills",
             "## Setup Skills", "## Guardrail Skills", "## Key decisions", "## Warnings", "## GA constraints",
             "## Regulations", "## Regulatory checklist", "## Open questions"]
    positions = [md.index(h) for h in order]
    assert positions == sorted(positions)
    assert "**Fast path (recommended)**" in md and "`twilio-agent-connect`" in md
    assert "_Why: " in md and NOT_LEGAL_ADVICE in md


def test_manual_path_is_listed_first_when_recommended():
    md = recommend({"channels": ["voice"], "needs_raw_audio": True}).to_markdown()
    assert md.index("**Custom path (recommended)**") < md.index("**Fast path**")


def test_skipped_products_are_said():
    md = recommend({"channels": ["voice"], "memory": False, "handoff": True}).to_markdown()
    assert "### Skipped" in md and "Conversation Memory skipped" in md


def test_user_text_is_escaped_in_html_and_markdown():
    evil = '<script>alert("x")</script> & <b>bold</b>'
    rec = recommend({"request": evil, "channels": ["voice"]})
    html = rec.to_html()
    assert "<script>" not in html and "&lt;script&gt;" in html and "&lt;b&gt;" in html
    md = rec.to_markdown()
    assert 'Request: “`<script>alert("x")</script> & <b>bold</b>`”' in md  # a code span: shown, never run
    tokens = MarkdownIt("commonmark").parse(md)
    assert not [c for t in tokens for c in [t, *(t.children or ())] if c.type.startswith("html")]
    assert rec._repr_html_() == html


def test_code_spans():
    assert html_text("add `<Pay>` here <x>") == "add <code>&lt;Pay&gt;</code> here &lt;x&gt;"
    assert md_text("add `<Pay>` here <x>") == "add `<Pay>` here \\<x\\>"


def test_regulation_shows_playbook_claim_and_sources():
    rec = recommend({"eu_users": True})
    md = rec.to_markdown()
    assert "The playbook says: EU call recording requires explicit consent" in md
    assert "Why twarch differs:" in md and "https://cooperburnett.com" in md


def test_reports_are_deterministic():
    answers = {"channels": ["voice", "whatsapp"], "intelligence": "realtime", "eu_users": True}
    a, b = recommend(answers), recommend(dict(answers))
    assert a.to_markdown() == b.to_markdown() and a.to_html() == b.to_html() and a.to_json() == b.to_json()
    assert json.loads(a.to_json())["answers"] == answers | {"channels": ["voice", "whatsapp"]}


def test_research_figures_in_rules_carry_their_sources():
    from twarch.knowledge import rules as T

    for rule in T.WARNINGS + T.TTS:
        if rule.section == "research":
            sources = dict(rule.details).get("sources")
            assert sources, rule.id
            assert all(s["url"].startswith("https://") and s["as_of"] for s in sources), rule.id
    md = recommend({"channels": ["voice"], "priority": "latency"}).to_markdown()
    assert "Coval TTS/STT benchmark" in md and "(2026-08-22)" in md
