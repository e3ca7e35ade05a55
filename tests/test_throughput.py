"""LLM throughput at the design's peak against the route's published limits (issue 20, part 3), by hand.

A 5-minute call (the sourced default) has T = 6 turns a minute x 5 = 30 turns of u = a = 900 chars x 0.5 / 4 chars a
token / 6 = 18.75 tokens; it sends 30 x 1,200 + 18.75 x 30 x 31/2 + 18.75 x 30 x 29/2 = 52,875 input tokens, so a
request carries 52,875 / 30 = 1,762.5 input tokens on average and returns 18.75. Limits (knowledge/llm_quotas.csv,
checked 2026-12-07): Azure OpenAI GPT-4o mini default quota, Standard 2,700 RPM / 450K TPM, Data Zone 6,000 / 1M,
Global Standard 12,000 / 2M (Microsoft's docs source, 2025-07-11, confirmed); Claude Haiku 4.5 Tier 1-4: 50 / 1,000 /
2,000 / 4,000 RPM, 50K / 450K / 1M / 4M input and 10K / 90K / 200K / 800K output tokens a minute (third-party copies
of Anthropic's table, tier names in conflict).
"""

from __future__ import annotations

import pytest

from twarch.estimates.capacity import capacity
from twarch.knowledge.quotas import load_quotas, quotas, read_quotas
from twarch.render.estimates import capacity_markdown


def check(design, **volumes):
    return next((c for c in capacity(design, **volumes).checks if c.id == "llm_throughput"), None)


def test_anthropic_peak_names_the_tier_that_carries_it():
    c = check({"channels": ["voice"], "llm": "anthropic", "peak_concurrent_calls": 100})
    # 100 calls x 6 turns = 600 requests a minute; 600 x 1,762.5 = 1,057,500 input and 600 x 18.75 = 11,250 output
    # tokens a minute: above Tier 1's 50,000 input tokens (its tightest limit), within Tier 4 (4,000 / 4M / 800K)
    assert (c.need, c.limit, c.ok) == (1057500, 50000, None)
    assert c.text.endswith("600 requests, 1,068,750 tokens (1,057,500 in, 11,250 out) a minute")
    assert c.note.startswith("Needs Tier 4 or above") and "Conflict:" in c.note and "Start, Build" in c.note


def test_azure_default_quota_within_and_above():
    small = check({"channels": ["voice"], "llm": "azure_openai", "peak_concurrent_calls": 20})
    # 120 requests and 120 x (1,762.5 + 18.75) = 213,750 tokens a minute: within a Standard deployment's 2,700 / 450K
    assert (small.need, small.limit, small.ok) == (213750, 450000, True)
    assert small.note.startswith("Within the lowest tier listed, Standard (regional) deployment")
    big = check({"channels": ["voice"], "llm": "azure_openai", "peak_concurrent_calls": 300})
    # 1,800 requests, 3,206,250 tokens a minute: above even Global Standard's 2M
    assert (big.need, big.ok) == (3206250, False) and "Above every tier listed" in big.note
    assert all(status.endswith("(confirmed)") for status, _, _ in big.sources)


def test_no_published_figure_is_said_not_invented():
    c = check({"channels": ["voice"], "peak_concurrent_calls": 100})  # GPT-5.4 mini, the row for an unanswered llm
    assert (c.need, c.limit, c.ok) == (600, None, None)
    assert "No figure" in c.note and "model page" in c.note
    assert "**LLM throughput at the peak" in capacity_markdown(capacity({"channels": ["voice"],
                                                                          "peak_concurrent_calls": 100}))


def test_the_busy_hour_stands_in_for_an_unanswered_peak():
    c = check({"channels": ["voice"], "llm": "azure_openai", "calls_per_month": 43800})
    # 43,800 calls / 21.7262 open days x 0.1 = 201.6 in the busy hour x 5 min / 60 = 16.8 calls at once x 6 = 100.8
    # requests; 100.8 x 1,781.25 = 179,550 tokens a minute
    assert c.need == pytest.approx(179550) and c.ok is True


def test_text_conversations_count_when_their_turns_are_known():
    c = check({"channels": ["sms"], "llm": "anthropic", "handoff": False, "sms_per_month": 900000,
               "messaging_conversations_per_month": 220000})
    # T = 900,000 / 220,000 / 2 = 2.0455 turns of 40 tokens; a request sends 1,200 + 40 T = 1,281.82 input tokens.
    # Busy hour: 220,000 / 21.7262 x 0.1 = 1,012.60 conversations x 2.0455 / 60 = 34.52 requests a minute;
    # 34.52 x 1,281.82 = 44,249.07 input tokens a minute, within Tier 1's 50,000
    assert c.need == pytest.approx(44249.07, abs=0.01) and (c.limit, c.ok) == (50000, True)


def test_no_check_without_a_counted_llm_turn():
    assert check({"channels": ["voice"], "llm": "own", "peak_concurrent_calls": 10}) is None
    assert check({"channels": ["voice"], "voice_pipeline": "speech_to_speech", "peak_concurrent_calls": 10}) is None
    assert check({"channels": ["voice"], "outcome": "internal_tools", "wants": ["ai_copilot"],
                  "peak_concurrent_calls": 10}) is None


def test_every_row_is_sourced_dated_and_ranked(tmp_path):
    rows = load_quotas()
    assert all(q.source_url.startswith("https://") and q.checked == "2026-12-07" for q in rows)
    assert all(q.limits or q.notes for q in rows)
    assert [q.tier for q in quotas("anthropic", "anthropic-claude-haiku-4-5")] == ["Tier 1", "Tier 2", "Tier 3",
                                                                                    "Tier 4"]
    bad = tmp_path / "q.csv"
    header = ("id,route,model,tier,rank,requests_per_minute,tokens_per_minute,input_tokens_per_minute,"
              "output_tokens_per_minute,status,source_url,as_of,checked,notes\n")
    bad.write_text(header + "x,openai,openai-gpt-5-4-mini,t,1,,,,,confirmed,https://example.com,2026,2026-12-07,\n")
    with pytest.raises(ValueError, match="notes"):
        read_quotas(bad)
    bad.write_text(header + "x,claude,openai-gpt-5-4-mini,t,1,5,,,,confirmed,https://example.com,2026,2026-12-07,\n")
    with pytest.raises(ValueError, match="route"):
        read_quotas(bad)
