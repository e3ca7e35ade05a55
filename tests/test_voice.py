"""Latency budget and cost model, checked against hand-computed numbers."""

from __future__ import annotations

import math

import pytest

from twarch.errors import AnswerError
from twarch.voice import cost_per_minute, latency_budget, monthly_cost

NOVA3, FLASH, MINI = "deepgram-nova-3", "elevenlabs-flash-v2-5", "openai-gpt-4o-mini"


# ---------------------------------------------------------------- latency

def test_budget_segments_and_total_by_hand():
    b = latency_budget(stt=NOVA3, llm=MINI, tts=FLASH)
    # device->edge 40 + Nova-3 TTFS 247 + GPT-4o mini TTFT 290 + Flash TTFA 205
    # + orchestration (30+70)/2 = 50 + decoding 25 + edge->device 40
    assert [s.ms for s in b.segments] == [40, 247, 290, 205, 50, 25, 40]
    assert b.total_ms == 40 + 247 + 290 + 205 + 50 + 25 + 40 == 897
    assert b.platform_ms == 247 + 290 + 205 + 50 + 25 == 817
    assert b.verdict == "within_target"  # 897 <= 1115
    assert b.platform_verdict == "within_target"  # 817 <= 885
    assert b.meets_800 is False  # 897 > 800
    assert b.segment("stt").verdict == "within_target"  # 247 <= 350
    assert b.segment("tts").verdict == "within_limit"  # 100 < 205 <= 250
    assert b.segment("llm").target_ms == 375 and b.segment("llm").limit_ms == 750


def test_each_segment_carries_its_source():
    b = latency_budget(stt=NOVA3, llm=MINI, tts=FLASH)
    assert b.segment("stt").source == "https://github.com/pipecat-ai/stt-benchmark"
    assert b.segment("stt").as_of == "2026-06-22"
    assert "guide-core-latency" in b.segment("network_in").source
    assert all(s.source.startswith("https://") and s.as_of for s in b.segments)


def test_overrides_replace_segments_and_are_marked():
    b = latency_budget(stt=NOVA3, llm=MINI, tts=FLASH, stt_ms=100, orchestration_ms=0)
    assert b.total_ms == 897 - 247 + 100 - 50 == 700
    assert b.meets_800 is True
    assert b.segment("stt").overridden and not b.segment("llm").overridden


def test_verdicts_over_target_and_over_limit():
    # Google STT 878 + Sonnet 3.7 1410 + Multilingual v2 1257 + fixed 155 = 3700
    slow = latency_budget(stt="google-stt-v2", llm="anthropic-claude-3-7-sonnet", tts="elevenlabs-multilingual-v2")
    assert slow.total_ms == 878 + 1410 + 1257 + 40 + 50 + 25 + 40 == 3700
    assert slow.verdict == "over_limit"
    # 1200 ms sits between 1115 and 1400
    mid = latency_budget(stt=NOVA3, llm=MINI, tts=FLASH, llm_ms=290 + 303)
    assert mid.total_ms == 1200 and mid.verdict == "within_limit"


def test_provider_without_latency_needs_an_override():
    with pytest.raises(AnswerError) as err:
        latency_budget(stt=NOVA3, llm=MINI, tts="amazon-polly-neural")
    assert str(err.value).startswith("tts_ms: no latency figure for 'amazon-polly-neural'")
    b = latency_budget(stt=NOVA3, llm=MINI, tts="amazon-polly-neural", tts_ms=300)
    assert b.total_ms == 897 - 205 + 300


def test_transport_rules():
    with pytest.raises(AnswerError, match="^stt: 'azure-stt-realtime' is not offered by ConversationRelay"):
        latency_budget(stt="azure-stt-realtime", llm=MINI, tts=FLASH)
    b = latency_budget(stt="azure-stt-realtime", llm=MINI, tts="openai-gpt-4o-mini-tts", transport="media_streams")
    assert b.total_ms == 40 + 1016 + 290 + 772 + 50 + 25 + 40
    assert any("transcode" in n for n in b.notes)  # both need mu-law conversion
    assert "your own server" in b.segment("orchestration").basis


@pytest.mark.parametrize("kwargs, field", [
    ({"stt": "nope"}, "stt"),
    ({"stt": FLASH}, "stt"),  # a TTS id in the STT slot
    ({"llm": NOVA3}, "llm"),
    ({"transport": "sip"}, "transport"),
    ({"stt_ms": -1}, "stt_ms"),
    ({"stt_ms": True}, "stt_ms"),
    ({"stt_ms": math.nan}, "stt_ms"),
    ({"jitter_ms": 5}, "jitter_ms"),
])
def test_bad_budget_arguments(kwargs, field):
    args = {"stt": NOVA3, "llm": MINI, "tts": FLASH, **kwargs}
    with pytest.raises(AnswerError) as err:
        latency_budget(**args)
    assert err.value.field == field
    assert "\n" not in str(err.value) and err.value.allowed


def test_budget_reprs():
    b = latency_budget(stt=NOVA3, llm=MINI, tts=FLASH)
    assert "Mouth-to-ear total" in repr(b) and "897 ms" in repr(b)
    page = b._repr_html_()
    assert page.startswith("<table") and "within Twilio&#x27;s target" in page
    assert b.to_dict()["total_ms"] == 897


# ---------------------------------------------------------------- cost

def test_conversation_relay_cost_by_hand():
    c = cost_per_minute("conversation_relay", stt=NOVA3, tts=FLASH)
    voice, relay = 0.013, 0.07
    stt = 0.0048 * 1.0  # USD per audio minute x billed share
    tts = 50 / 1_000_000 * 900 * 0.5  # USD per 1M chars x chars/min x talk share = 0.0225
    assert [line.id for line in c.lines] == ["voice", "transport", "stt", "tts"]
    assert c.line("tts").usd_per_minute == pytest.approx(0.0225)
    assert c.total == pytest.approx(voice + relay + stt + tts) == pytest.approx(0.1103)
    assert c.line("transport").source.endswith("orchestrators.json")


def test_relay_including_speech_drops_vendor_lines():
    c = cost_per_minute(stt=NOVA3, tts=FLASH, relay_includes_speech=True)
    assert [line.id for line in c.lines] == ["voice", "transport"]
    assert c.total == pytest.approx(0.013 + 0.07)


def test_media_streams_cost_with_hourly_stt_and_llm():
    c = cost_per_minute("media_streams", stt="assemblyai-universal-streaming", tts="amazon-polly-neural",
                        llm=MINI, stream_price_per_minute=0.004, llm_input_tokens_per_minute=3000,
                        llm_output_tokens_per_minute=120)
    stt = 0.15 / 60  # USD per session hour -> per minute = 0.0025
    tts = 16 / 1e6 * 900 * 0.5  # 0.0072
    llm = 0.15 / 1e6 * 3000 + 0.60 / 1e6 * 120  # 0.00045 + 0.000072
    assert c.line("stt").usd_per_minute == pytest.approx(0.0025)
    assert c.line("llm").usd_per_minute == pytest.approx(0.000522)
    assert c.total == pytest.approx(0.013 + 0.004 + stt + tts + llm)
    assert any("Polly Neural needs mu-law" in n for n in c.notes)


def test_assumptions_are_overridable_and_attributed():
    c = cost_per_minute(stt=NOVA3, tts=FLASH, chars_per_minute=750, agent_talk_share=0.4, stt_price=0.0077,
                        voice_per_minute=0.0085)
    assert c.line("tts").usd_per_minute == pytest.approx(50 / 1e6 * 750 * 0.4)  # 0.015
    assert c.line("stt").usd_per_minute == pytest.approx(0.0077)
    assert c.total == pytest.approx(0.0085 + 0.07 + 0.0077 + 0.015)
    named = {a.name: a for a in c.assumptions}
    assert named["chars_per_minute"].yours and named["chars_per_minute"].value == 750
    default = {a.name: a for a in cost_per_minute(stt=NOVA3, tts=FLASH).assumptions}
    assert default["chars_per_minute"].source.startswith("https://glama.ai")
    assert not default["agent_talk_share"].yours


@pytest.mark.parametrize("kwargs, field", [
    ({"route": "media_streams"}, "stream_price_per_minute"),  # no sourced default
    ({"route": "media_streams", "stream_price_per_minute": -0.01}, "stream_price_per_minute"),
    ({"route": "media_streams", "stream_price_per_minute": 0.004, "relay_per_minute": 0.07}, "relay_per_minute"),
    ({"route": "pstn"}, "route"),
    ({"stt": "deepgram-aura-2"}, "stt"),  # a TTS row
    ({"tts": "azure-tts-neural"}, "tts"),  # not in ConversationRelay
    ({"llm": MINI}, "llm_input_tokens_per_minute"),
    ({"llm": "gpt-9"}, "llm"),
    ({"agent_talk_share": 1.5}, "agent_talk_share"),
    ({"chars_per_minute": -900}, "chars_per_minute"),
    ({"chars_per_minute": "900"}, "chars_per_minute"),
    ({"relay_includes_speech": "yes"}, "relay_includes_speech"),
    ({"other_per_minute": -1}, "other_per_minute"),
])
def test_bad_cost_arguments(kwargs, field):
    args = {"stt": NOVA3, "tts": FLASH, **kwargs}
    route = args.pop("route", "conversation_relay")
    with pytest.raises(AnswerError) as err:
        cost_per_minute(route, **args)
    assert err.value.field == field


def test_monthly_cost_by_hand():
    m = monthly_cost(10_000, stt=NOVA3, tts=FLASH)
    assert m.total == pytest.approx(0.1103 * 10_000) == pytest.approx(1103.0)
    assert m.by_line()["transport"] == pytest.approx(700.0)  # 0.07 x 10,000
    assert "1,103.00 USD" in repr(m)
    with pytest.raises(AnswerError, match="^minutes_per_month:"):
        monthly_cost(-5, stt=NOVA3, tts=FLASH)
    with pytest.raises(AnswerError, match="^stream_price_per_minute:"):
        monthly_cost(100, "media_streams", stt=NOVA3, tts=FLASH)


def test_cost_reprs():
    c = cost_per_minute(stt=NOVA3, tts=FLASH)
    assert "Total" in repr(c) and "0.11030" in repr(c)
    assert c._repr_html_().count("<table") == 2
    assert c.to_dict()["total"] == pytest.approx(0.1103)
