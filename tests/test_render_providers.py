"""The provider DataFrame, the styled table and the plotly figures: content and determinism."""

from __future__ import annotations

import json
import math

import pandas as pd
import pytest

import twarch
from twarch.errors import AnswerError
from twarch.render import providers as rp

pytestmark = pytest.mark.render


def test_dataframe_has_every_row_and_field():
    df = twarch.providers()
    assert len(df) == len(twarch.knowledge.providers.load_providers())
    assert {"kind", "vendor_id", "unit_price", "price_unit", "latency_ms", "languages", "source_url",
            "as_of"} <= set(df)
    row = df.loc["deepgram-nova-3"]
    assert (row["kind"], row["vendor_id"], row["unit_price"], row["latency_ms"]) == ("stt", "deepgram", 0.0048, 247)
    assert pd.isna(df.loc["elevenlabs-v4-turbo", "languages"])  # unknown, shown as missing
    assert pd.isna(df.loc["elevenlabs-v4-turbo", "unit_price"])  # no sourced price (checked 2026-12-07)
    assert df.loc["google-stt-v2", "languages_partial"]  # only part of Google's list was sourced
    assert df.loc["openai-gpt-4o", "output_price"] == 10.0


def test_table_normalises_units_into_headers():
    frame = twarch.provider_table().data
    assert frame.loc["azure-stt-realtime", rp.STT_PRICE] == pytest.approx(1.00 / 60)  # USD per hour -> per minute
    assert frame.loc["assemblyai-universal-streaming", rp.STT_PRICE] == pytest.approx(0.15 / 60)
    assert frame.loc["elevenlabs-flash-v2-5", rp.TTS_PRICE] == 50
    assert math.isnan(frame.loc["elevenlabs-flash-v2-5", rp.STT_PRICE])
    assert "Serves your languages" not in frame  # no answers, no language column
    assert (frame["Pick"] == "").all()


def test_best_value_per_column_within_kind_is_highlighted():
    html = twarch.provider_table().to_html()
    ctx = twarch.provider_table()
    ctx._compute()
    frame = ctx.data
    styled = {(frame.index[r], frame.columns[c]) for (r, c), props in ctx.ctx.items()
              if ("background-color", "#d9f2d9") in props}
    # cheapest STT per minute: AssemblyAI Universal-Streaming 0.15/60 = 0.0025
    assert ("assemblyai-universal-streaming", rp.STT_PRICE) in styled
    # fastest TTS in the table: Deepgram Aura-1 150 ms; fastest STT: Nova-2 97 ms; fastest LLM: Llama 3.3 70B 120 ms
    assert ("deepgram-aura-1", rp.LATENCY) in styled
    assert ("deepgram-nova-2", rp.LATENCY) in styled
    assert ("groq-llama-3-3-70b", rp.LATENCY) in styled
    # cheapest LLM input: Llama 3.1 8B at 0.05
    assert ("groq-llama-3-1-8b-instant", rp.LLM_IN) in styled
    assert ("deepgram-nova-3", rp.STT_PRICE) not in styled
    assert 'id="T_twarch-providers' in html


def test_recommended_picks_and_language_flags():
    answers = {"channels": ["voice"], "languages": ["en", "is"]}
    rec = twarch.recommend(answers)
    frame = twarch.provider_table(answers).data
    picked = set(frame.index[frame["Pick"] == rp.RECOMMENDED])
    rows = {p.id: p for p in twarch.knowledge.providers.load_providers()}
    assert picked, "the engine picked no provider"
    assert all(rows[i].vendor_id in (rec.stt_provider, rec.tts_provider) and rows[i].in_conversation_relay
               for i in picked)
    assert frame.loc["amazon-polly-neural", "Serves your languages"] == "✓ all"  # Polly lists is-IS
    assert frame.loc["elevenlabs-flash-v2-5", "Serves your languages"] == "✗ missing is"
    assert frame.loc["google-tts-chirp-3-hd", "Serves your languages"] == "? not in its partial list"
    assert frame.loc["elevenlabs-v4-turbo", "Serves your languages"] == "? no language list"
    assert frame.loc["openai-gpt-4o", "Serves your languages"] == ""


def test_recommended_picks_follow_the_engine(monkeypatch):
    from twarch import engine

    class Fake:
        stt_provider, tts_provider = "google", "amazon_polly"

    monkeypatch.setattr(engine, "recommend", lambda answers: Fake())
    frame = twarch.provider_table({"channels": ["voice"]}).data
    picked = set(frame.index[frame["Pick"] == rp.RECOMMENDED])
    # Polly Long-Form is not a live voice (providers.csv: live=false), so ConversationRelay cannot pick it.
    assert picked == {"google-stt-v2", "amazon-polly-standard", "amazon-polly-neural", "amazon-polly-generative"}


def test_table_html_is_stable():
    answers = {"channels": ["voice"], "languages": ["es-MX"]}
    assert twarch.provider_table(answers).to_html() == twarch.provider_table(answers).to_html()


def test_bad_answers_raise():
    with pytest.raises(AnswerError, match="^languages:"):
        twarch.provider_table({"languages": ["not a tag"]})


# ---------------------------------------------------------------- figures

def _json(fig) -> dict:
    return json.loads(fig.to_json())


def test_latency_figure_stacks_the_budget_and_draws_targets():
    combos = [("deepgram-nova-3", "openai-gpt-4o-mini", "elevenlabs-flash-v2-5"),
              ("google-stt-v2", "openai-gpt-4o-mini", "google-tts-chirp-3-hd")]
    fig = rp.latency_budget_figure(combos)
    data = _json(fig)
    assert data["layout"]["barmode"] == "stack" and data["layout"]["width"] == rp.WIDTH
    assert [t["name"] for t in data["data"]][:3] == ["Caller to Twilio edge (network)",
                                                     "End-of-turn detection (endpointing)",
                                                     "STT time to final, beyond the end of turn"]
    totals = [sum(t["y"][i] for t in data["data"]) for i in range(2)]
    # network 40 + end of turn 500 (Twilio's fixed-silence default) + STT beyond it max(0, 247 - 500) = 0
    # + GPT-4o mini 290 + Flash 205 + orchestration 35 + decoding 25 + network 40 + playout 150
    # Google: max(0, 878 - 500) = 378 beyond the end of turn, Chirp 3 HD 487
    assert totals == [40 + 500 + 0 + 290 + 205 + 35 + 25 + 40 + 150, 40 + 500 + 378 + 290 + 487 + 35 + 25 + 40 + 150]
    assert sorted(s["y0"] for s in data["layout"]["shapes"]) == [800, 1115, 1400]
    assert fig.to_json() == rp.latency_budget_figure(combos).to_json()


def test_default_latency_figure_only_uses_known_relay_providers():
    combos = rp.default_combinations()
    rows = {p.id: p for p in twarch.knowledge.providers.load_providers()}
    assert combos and all(rows[s].in_conversation_relay and rows[t].in_conversation_relay
                          and rows[s].latency_ms is not None and rows[t].latency_ms is not None
                          for s, _, t in combos)
    assert rp.latency_budget_figure().to_json() == rp.latency_budget_figure().to_json()


def test_pareto_front():
    points = [(100, 5.0), (200, 3.0), (150, 6.0), (300, 3.0), (250, 1.0)]
    # (150, 6) is beaten by (100, 5); (300, 3) by (200, 3) and (250, 1)
    assert rp._pareto(points) == [0, 1, 4]


def test_per_minute_cost_comes_from_the_bill():
    # 10,000 calls x 5 min (sourced default) = 50,000 minutes. Per minute: inbound voice 0.0085 + ConversationRelay
    # 0.07 + Nova-3 0.0048 + Flash 50/1M x 900 chars x 0.5 = 0.0225, plus the default LLM row's tokens (GPT-5.4 mini,
    # $0.75 / $4.50 per 1M since 2026-12-07): T = 6 x 5 = 30 turns, u = a = 900 x 0.5 / 4 / 6 = 18.75 tokens/turn,
    # input 30 x 1,200 + 18.75 x 30 x 31/2 + 18.75 x 30 x 29/2 = 52,875 tokens x $0.75/1M = $0.03965625 a call,
    # output 30 x 18.75 = 562.5 x $4.50/1M = $0.00253125 a call.
    # Lines in cents: 425.00 + 3,500.00 + 240.00 + 1,125.00 + 396.56 + 25.31 = 5,711.87 / 50,000 min = 0.1142374
    assert rp.per_minute_cost("deepgram-nova-3", "elevenlabs-flash-v2-5") == pytest.approx(0.114237)
    # GPT-4o mini ($0.15 / $0.60): 79.31 + 3.38 instead: 5,372.69 / 50,000 = 0.1074538
    assert rp.per_minute_cost("deepgram-nova-3", "elevenlabs-flash-v2-5", "openai-gpt-4o-mini") == pytest.approx(
        0.107454)
    # the sourced assumptions are parameters: with 8 turns a minute the LLM input grows (T = 40)
    assert rp.per_minute_cost("deepgram-nova-3", "elevenlabs-flash-v2-5", turns_per_minute=8) > 0.114237


def test_cost_latency_figure_marks_the_front():
    fig = rp.cost_latency_figure(stt=["deepgram-nova-3", "google-stt-v2"],
                                 tts=["elevenlabs-flash-v2-5", "elevenlabs-multilingual-v2"], llm="openai-gpt-4o-mini")
    data = _json(fig)
    points, front = data["data"]
    assert len(points["x"]) == 4
    # Nova-3 + Flash: 1,285 ms (the component sum) and 0.107454 USD/min (see above); it beats every other pair
    assert front["x"] == [1285] and front["y"] == [pytest.approx(0.107454)]
    assert front["text"] == ["deepgram-nova-3 + elevenlabs-flash-v2-5"]
    assert fig.to_json() == rp.cost_latency_figure(stt=["deepgram-nova-3", "google-stt-v2"],
                                                   tts=["elevenlabs-flash-v2-5", "elevenlabs-multilingual-v2"],
                                                   llm="openai-gpt-4o-mini").to_json()


def test_cost_latency_figure_leaves_an_untimed_llm_out_of_every_pair_alike():
    fig = rp.cost_latency_figure(stt=["deepgram-nova-3"], tts=["elevenlabs-flash-v2-5"])  # GPT-5.4 mini: no figure
    points, front = _json(fig)["data"]
    assert points["x"] == [1285 - 290]  # the same pair without GPT-4o mini's 290 ms
    assert "without the LLM" in fig.layout.xaxis.title.text


def test_cost_latency_figure_on_media_streams_says_the_fee_is_missing():
    fig = rp.cost_latency_figure(stt=["deepgram-nova-3"], tts=["cartesia-sonic-3"], route="media_streams")
    assert "Media Streams fee not sourced" in _json(fig)["layout"]["title"]["text"]


def test_figures_are_small_and_plain():
    for fig in (rp.latency_budget_figure(), rp.cost_latency_figure()):
        text = fig.to_json()
        assert '"bdata"' not in text and '"uid"' not in text  # plain lists, no random ids
        assert len(text) < 40_000  # template="none": no 7 KB default template
        assert json.loads(text)["layout"]["height"] == rp.HEIGHT


def test_per_minute_cost_of_calls_without_minutes_is_an_answer_error():
    # a division by the bill's minutes: ZeroDivisionError before
    with pytest.raises(AnswerError, match="^minutes_per_call: 0 minutes a call make no cost per minute"):
        rp.per_minute_cost("deepgram-nova-3", "elevenlabs-flash-v2-5", minutes_per_call=0)
