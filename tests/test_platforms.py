"""Buy versus build (issue 20, part 5): the same month at the list rates of all-in voice-agent platforms, beside the
design's voice agent on Twilio, each rate with what it includes and excludes, its source, dates and status.

Rates (knowledge/platforms.csv, checked 2026-12-07): Amazon Connect $0.038 a minute plus telephony (a transcription
of AWS's page, 2026-10-07, unverified); Retell $0.07-0.31 all-in (transcription 2026-09-20, unverified); Vapi $0.05
platform fee plus pass-through (OpenGauntlet 2026-08-08, unverified); Agora $0.10 with STT, LLM and TTS, the first 300
minutes a month free (Agora's docs, confirmed).

The Twilio side at 10,000 calls x 5 minutes = 50,000 minutes (a voice agent, no priority, default LLM GPT-5.4 mini):
voice 50,000 x $0.0085 = 425.00, ConversationRelay x $0.07 = 3,500.00, Nova-3 x $0.0048 = 240.00, Chirp 3 HD 50,000 x
900 x 0.5 = 22.5M characters x $30/1M = 675.00, GPT-5.4 mini 10,000 x 52,875 input tokens x $0.75/1M = 396.56 and
10,000 x 562.5 output tokens x $4.50/1M = 25.31: 5,261.87 a month, $0.1052 a minute.
"""

from __future__ import annotations

import pytest

import twarch
from twarch.errors import AnswerError
from twarch.estimates.platforms import LABEL, compare_platforms
from twarch.knowledge.platforms import load_platforms, read_platforms
from twarch.render.platforms import TWILIO, platforms_markdown, platforms_section

DESIGN = {"channels": ["voice"]}
VOLUMES = {"calls_per_month": 10000, "minutes_per_call": 5}


def test_the_same_month_on_each_platform_by_hand():
    c = compare_platforms(DESIGN, VOLUMES)
    assert c.minutes == 50000 and float(c.build) == 5261.87 and c.build_per_minute == 0.1052
    months = {row.platform.id: (float(row.low), float(row.high)) for row in c.platforms}
    assert months["amazon_connect"] == (1900.00, 1900.00)    # 50,000 x $0.038
    assert months["vapi"] == (2500.00, 2500.00)              # 50,000 x $0.05
    assert months["retell"] == (3500.00, 15500.00)           # 50,000 x $0.07 and x $0.31
    assert months["agora"] == (4970.00, 4970.00)             # (50,000 - 300 free) x $0.10
    assert [row.platform.id for row in c.platforms][0] == "amazon_connect"  # cheapest first
    assert twarch.compare_platforms is compare_platforms


def test_every_rate_says_what_it_includes_excludes_and_where_it_comes_from():
    rows = load_platforms()
    assert {"amazon_connect", "retell", "vapi", "agora"} <= set(rows)
    for p in rows.values():
        assert p.includes and p.excludes and p.source_url.startswith("https://") and p.checked == "2026-12-07"
        assert p.as_of and p.status in ("confirmed", "conflict", "unverified")
    assert rows["agora"].status == "confirmed" and rows["retell"].status == "unverified"
    assert "telephony" in rows["amazon_connect"].excludes and "LLM" in rows["vapi"].excludes


def test_views_are_labelled_list_price_comparisons():
    c = compare_platforms(DESIGN, VOLUMES)
    md = platforms_markdown(c)
    assert LABEL in md and "$5,261.87 a month ($0.1052 a call minute)" in md
    assert "| Retell AI | $0.07-0.31/min | $3,500.00 to $15,500.00 |" in md
    section = platforms_section(c)
    assert section.intro == LABEL and section.lines[0].lead == TWILIO
    assert all(line.links for line in section.lines[1:])  # every platform links its sources
    assert c.to_dict()["label"] == LABEL


def test_only_the_voice_agent_lines_count_and_the_rest_is_shown_apart():
    c = compare_platforms({"channels": ["voice", "sms"], "countries": ["US"]}, {**VOLUMES, "sms_per_month": 1000})
    assert "sms_segment" not in c.build_lines and float(c.build) == 5261.87
    assert float(c.rest) == 8.30 + 10.00  # 1,000 SMS x $0.0083 and one A2P 10DLC campaign, the same either way


def test_no_ai_voice_agent_nothing_to_buy():
    with pytest.raises(AnswerError, match="^channels:"):
        compare_platforms({"channels": ["sms"], "sms_per_month": 100})
    with pytest.raises(AnswerError, match="^channels:"):
        compare_platforms({"channels": ["voice"], "outcome": "internal_tools", "wants": ["ai_copilot"]}, VOLUMES)


def test_the_table_refuses_an_unsourced_or_inverted_rate(tmp_path):
    bad = tmp_path / "p.csv"
    header = ("id,platform,rate_low,rate_high,monthly_fee,free_minutes,includes,excludes,status,source_url,as_of,"
              "checked,notes\n")
    bad.write_text(header + "x,X,0.1,,,,all,none,confirmed,,2026,2026-12-07,\n")
    with pytest.raises(ValueError, match="source_url"):
        read_platforms(bad)
    bad.write_text(header + "x,X,0.3,0.1,,,all,none,confirmed,https://example.com,2026,2026-12-07,\n")
    with pytest.raises(ValueError, match="rate_high"):
        read_platforms(bad)


@pytest.mark.render
def test_frame_and_chart_show_every_option_with_its_range():
    from twarch.render.platforms import platforms_figure, platforms_frame

    c = compare_platforms(DESIGN, VOLUMES)
    frame = platforms_frame(c)
    assert frame.index[0] == TWILIO and frame.loc["Retell AI", "monthly_high"] == 15500.0
    fig = platforms_figure(c)
    low, rng = fig.data
    assert list(low.y)[-1] == "Amazon Connect (channel pricing)"  # cheapest at the top
    assert dict(zip(low.y, low.x))[TWILIO] == 5261.87 and dict(zip(rng.y, rng.x))["Retell AI"] == 12000.0
    assert fig.layout.title.text.startswith("Buy versus build, list prices")
