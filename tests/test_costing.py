"""The monthly bill, checked to the cent against hand-computed expectations (arithmetic written out, each figure's
source named), plus its contract: lines sourced and dated, unpriced quantities apart, readings, traps, sensitivity.

Sources of the figures used below (prices.csv, providers.csv, assumptions.csv; all checked 2026-11-27 unless said):
* voice $0.0085/min inbound local, $0.022 toll-free: Twilio's volume-pricing support article (and usesherlock 2026);
  $0.014 outbound: usesherlock 2026 (CONFLICT: $0.013 in Twilio's article);
* recording $0.0025/min (usesherlock 2026, UNVERIFIED at Twilio); storage $0.0005/min-month beyond 10,000 free
  (Twilio support);
* ConversationRelay $0.07/min (OpenGauntlet orchestrators.json, 2026-08-08; UNVERIFIED at Twilio);
* Deepgram Nova-3 $0.0048/min, Google STT V2 $0.016/min (OpenGauntlet asr.json 2026-08-01); ElevenLabs Flash v2.5
  $50/1M chars (puter.com 2026-06), Google Chirp 3 HD $30/1M (OpenGauntlet tts.json); GPT-4o mini $0.15 / $0.60 per
  1M tokens (genai-prices 47df840), still the row Azure OpenAI is priced as; GPT-5.4 mini $0.75 / $4.50 per 1M
  (OpenAI's models page and OpenRouter, checked 2026-12-07), the row for llm openai and an unanswered llm;
* SMS $0.0083/segment (Twilio's page via api-evangelist, Oct 2026), WhatsApp $0.005/message (twilio.com/whatsapp),
  chat $0.05/active user beyond 200 (Twilio's Conversations page via api-evangelist, 2026-09-20), Flex $35/active
  user (Twilio support);
* gpt-realtime-1.5 $32 / $64 per 1M audio tokens in / out ($0.40 cached), $4 / $16 text ($0.40 cached); gpt-realtime-2
  the same but $24 text output (OpenAI's model pages, checked 2026-12-07); gpt-realtime-mini $10 / $20 audio, $0.60 /
  $2.40 text (genai-prices 47df840); 600 / 1,200 audio tokens per minute of user / model speech (OpenAI realtime-costs
  guide);
* assumptions: 900 chars per minute of speech (Voicedex), talk shares 0.5 / 0.5 (thedeveloperscore), 6 turns per
  minute and a 1,200-token prompt (Voice AI pricing calculator), 4 chars per token (OpenAI help), STT billed for the
  whole call (AssemblyAI session billing).
"""

from __future__ import annotations

import json
import re
from decimal import Decimal

import pytest

import twarch
from twarch.errors import AnswerError
from twarch.estimates.bill import accumulated, bill
from twarch.estimates.volumes import Volumes
from twarch.estimates.whatif import break_even, candidates, sensitivity
from twarch.knowledge.prices import load_assumptions, load_prices

DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

SMB = {"channels": ["voice"], "customer_profile": "smb", "stt_provider": "deepgram", "tts_provider": "elevenlabs",
       "llm": "openai", "calls_per_month": 1200, "minutes_per_call": 3}

ENTERPRISE = {"channels": ["voice", "sms", "whatsapp", "chat"], "memory": True, "intelligence": "realtime",
              "handoff": True, "customer_profile": "enterprise", "records_calls": True, "llm": "azure_openai",
              "stt_provider": "google", "tts_provider": "google", "direction": "both",
              "calls_per_month": 20000, "minutes_per_call": 4, "outbound_share": 0.2, "toll_free_share": 0.5,
              "sms_per_month": 30000, "whatsapp_per_month": 40000, "whatsapp_templates_per_month": 5000,
              "chat_users_per_month": 2500, "escalation_share": 0.2, "handle_minutes": 6, "seats": 25}

S2S = {"channels": ["voice"], "voice_pipeline": "speech_to_speech", "direction": "outbound",
       "calls_per_month": 5000, "minutes_per_call": 2}


def costs(b):
    return {line.id: float(line.monthly_cost) for line in b.lines}


# ------------------------------------------------------------------------------------------------ three designs

def test_smb_voice_agent_by_hand():
    b = bill(SMB)
    # 1,200 calls x 3 min = 3,600 minutes, all inbound to a local number (direction unanswered: inbound).
    # LLM: T = 6 turns/min x 3 min = 18 turns; u = a = 900 chars/min x 0.5 / 4 chars per token / 6 = 18.75 tokens a
    # turn; input per call 18 x 1,200 + 18.75 x 18 x 19/2 + 18.75 x 18 x 17/2 = 21,600 + 3,206.25 + 2,868.75 = 27,675;
    # output per call 18 x 18.75 = 337.5.
    assert costs(b) == {
        "voice_inbound_local": 30.60,   # 3,600 x $0.0085
        "conversation_relay": 252.00,   # 3,600 x $0.07
        "stt": 17.28,                   # 3,600 x 1.0 billed share x $0.0048 (Deepgram Nova-3)
        "tts": 81.00,                   # 3,600 x 900 x 0.5 = 1.62M chars x $50/1M (ElevenLabs Flash v2.5)
        "llm_input": 24.91,             # 1,200 x 27,675 = 33.21M tokens x $0.75/1M = 24.9075 (GPT-5.4 mini)
        "llm_output": 1.82,             # 1,200 x 337.5 = 0.405M tokens x $4.50/1M = 1.8225
    }
    assert b.total == 407.61            # 30.60 + 252.00 + 17.28 + 81.00 + 24.91 + 1.82
    assert b.per_call == 0.34           # 407.61 / 1,200 = 0.339675
    assert [(line.id, line.quantity) for line in b.unpriced] == [("phone_number_local", 1)]  # no verified rate
    readings = {r.id: float(r.total) for r in b.readings}
    assert readings == {"relay_bundles_speech": 309.33}  # 407.61 - 17.28 - 81.00 if the $0.07 covers speech
    assert {t.id: float(t.monthly_cost) for t in b.traps} == {"minute_rounding": 10.20}  # 1,200 extra min x $0.0085


def test_enterprise_level_4_omnichannel_by_hand():
    b = bill(ENTERPRISE, recording_retention_months=3)
    assert b.stack.label() == "google-stt-v2 + openai-gpt-4o-mini + google-tts-chirp-3-hd via conversation_relay"
    # 20,000 calls x 4 min = 80,000 min: 20% outbound = 16,000; inbound 64,000, half toll-free = 32,000 each.
    # LLM: T = 24 turns; input per call 24 x 1,200 + 18.75 x 24 x 25/2 + 18.75 x 24 x 23/2 = 28,800 + 5,625 + 5,175
    # = 39,600 tokens; output 24 x 18.75 = 450 tokens.
    assert costs(b) == {
        "voice_inbound_local": 272.00,      # 32,000 x $0.0085
        "voice_inbound_toll_free": 704.00,  # 32,000 x $0.022
        "voice_outbound": 224.00,           # 16,000 x $0.014
        "recording": 200.00,                # 80,000 recorded x $0.0025
        "recording_storage": 115.00,        # 80,000 x 3 months kept = 240,000 - 10,000 free = 230,000 x $0.0005
        "conversation_relay": 5600.00,      # 80,000 x $0.07
        "stt": 1280.00,                     # 80,000 x $0.016 (Google STT V2)
        "tts": 1080.00,                     # 80,000 x 900 x 0.5 = 36M chars x $30/1M (Chirp 3 HD)
        "llm_input": 118.80,                # 20,000 x 39,600 = 792M x $0.15/1M (Azure OpenAI priced as GPT-4o mini)
        "llm_output": 5.40,                 # 20,000 x 450 = 9M x $0.60/1M
        "flex_active_user": 875.00,         # 25 seats x $35
        "sms_segment": 249.00,              # 30,000 x $0.0083
        "whatsapp_message": 200.00,         # 40,000 x $0.005
        "chat_active_user": 115.00,         # (2,500 - 200 free) x $0.05
        "a2p_campaign_monthly": 10.00,      # texting the US (countries unanswered): one brand's campaign x $10
    }
    assert b.total == 11048.20
    assert b.per_call == 0.55               # 11,048.20 / 20,000 = 0.55241
    # Resolved conversations: (20,000 calls + 2,500 chat users) x (1 - 0.2) = 18,000 (SMS and WhatsApp threads are
    # not counted: messaging_conversations_per_month is unanswered); 11,048.20 / 18,000 = 0.61379
    assert b.per_resolved == 0.61
    # No sourced rate: listed with their quantities, not in the total.
    unpriced = {line.id: line.quantity for line in b.unpriced}
    assert unpriced == {
        "intelligence_chars": 72000.0,      # 20,000 calls x 1.0 analysed x (4 min x 900 x (0.5 + 0.5)) x 1 op / 1,000
        "orchestrator_conversation": 22500.0,  # 20,000 calls + 2,500 chat users
        "memory_profile_day": 22500.0,
        "taskrouter_task": 4500.0,          # (20,000 calls + 2,500 chat users) x 0.2 escalated
        "whatsapp_template_meta": 5000.0,
        "amd_call": 4000.0,                 # 20,000 calls x 0.2 outbound: AMD on each outbound call
        "phone_number_local": 1,            # one number, half the inbound calls toll-free: one of each type
        "phone_number_toll_free": 1,
        # review 4 finding 2: the AI's text turns are listed when they cannot be counted: SMS/WhatsApp threads
        # unanswered (quantity unknown), and chat users with no turns per conversation
        "llm_text_messaging": None,
        "llm_text_chat": 2500.0,
    }
    readings = {r.id: float(r.total) for r in b.readings}
    assert readings == {"relay_bundles_speech": 8688.20,           # - 1,280 - 1,080
                        "voice_outbound_support_example": 11032.20}  # 16,000 x $0.013 = 208 instead of 224
    traps = {t.id: t for t in b.traps}
    # Passive voice capture would add Real-Time Transcription on every minute: 80,000 x $0.05 to $0.10.
    assert (float(traps["double_stt"].monthly_cost), float(traps["double_stt"].high)) == (4000.00, 8000.00)
    assert "intelligence_every_conversation" in traps and traps["intelligence_every_conversation"].monthly_cost is None


def test_speech_to_speech_agent_by_hand():
    b = bill(S2S)
    assert b.stack.speech_to_speech and b.stack.transport == "media_streams" and b.stack.s2s_model == "gpt-realtime-1.5"
    # 5,000 calls x 2 min = 10,000 min, all outbound. T = 6 x 2 = 12 turns. Audio tokens per turn: caller
    # 0.5 x 2 min x 600 / 12 = 50, model 0.5 x 2 x 1,200 / 12 = 100; transcript text 18.75 tokens a turn.
    # Audio input per call (the conversation is re-sent every response): 50 x 12 x 13/2 + 100 x 12 x 11/2
    # = 3,900 + 6,600 = 10,500 tokens, of which new each response: 12 x 50 + 11 x 100 = 1,700; cached: 8,800.
    assert accumulated(12, 50, 100) == 10500
    assert costs(b) == {
        "voice_outbound": 140.00,    # 10,000 x $0.014
        "s2s_audio_in": 272.00,      # 5,000 x 1,700 = 8.5M x $32/1M
        "s2s_audio_cached": 17.60,   # 5,000 x 8,800 = 44M x $0.40/1M
        # The instructions (1,200 tokens) go with every response: uncached in the first, then a cached prefix at
        # the cached text-input price ($0.40 per 1M: genai-prices cache_read_mtok, OpenAI's model page).
        "s2s_text_in": 24.00,        # 5,000 x 1 x 1,200 = 6M x $4/1M
        "s2s_text_cached": 26.40,    # 5,000 x (12 - 1) x 1,200 = 66M x $0.40/1M
        "s2s_audio_out": 384.00,     # 5,000 x 12 x 100 = 6M x $64/1M
        "s2s_text_out": 18.00,       # 5,000 x 12 x 18.75 = 1.125M x $16/1M
    }
    assert b.total == 882.00 and b.per_call == 0.18  # 882.00 / 5,000 = 0.1764
    # no sourced Media Streams, AMD or number rate: 5,000 outbound calls x AMD, one local number
    assert {line.id: line.quantity for line in b.unpriced} == {"media_streams": 10000, "amd_call": 5000,
                                                               "phone_number_local": 1}
    readings = {r.id: float(r.total) for r in b.readings}
    assert readings == {"voice_outbound_support_example": 872.00,  # 10,000 x $0.013 = 130
                        "s2s_instructions_uncached": 1119.60}      # 66M x $4 = 264.00 instead of 26.40
    reasoning = bill(S2S, s2s_model="gpt-realtime-2")
    # gpt-realtime-2 differs only in text output, $24 per 1M: 1.125M x $24 = 27.00 instead of 18.00
    assert costs(reasoning)["s2s_text_out"] == 27.00 and reasoning.total == 891.00  # 882.00 - 18.00 + 27.00
    mini = bill(S2S, s2s_model="gpt-realtime-mini")
    # $10 new / $0.30 cached / $20 audio, $0.60 / $0.06 cached / $2.40 text:
    # 8.5 x 10 + 44 x 0.3 + 6 x 0.6 + 66 x 0.06 + 6 x 20 + 1.125 x 2.4
    assert mini.total == 368.46  # 140.00 + 85.00 + 13.20 + 3.60 + 3.96 + 120.00 + 2.70


# ------------------------------------------------------------------------------------------------ contract

def test_json_contract_total_is_the_sum_of_the_lines():
    data = json.loads(json.dumps(bill(ENTERPRISE).to_dict()))
    for line in data["lines"]:
        assert {"line", "product", "quantity", "unit", "unit_price", "monthly_cost", "source", "as_of"} <= set(line)
    assert round(sum(line["monthly_cost"] for line in data["lines"]), 2) == data["total_monthly"]
    assert all(line["monthly_cost"] is None for line in data["unpriced"])
    assert {"per_call", "assumptions", "readings", "warnings", "assumed"} <= set(data)
    assert data["assumptions"]["calls_per_month"]["origin"] == "yours"
    assert data["assumptions"]["turns_per_minute"]["origin"] == "default"
    assert data["assumptions"]["turns_per_minute"]["source"] == "https://ai-pricing-bp9.pages.dev/"
    assert "turns_per_minute" in data["assumed"] and "calls_per_month" not in data["assumed"]


def test_every_line_is_sourced_and_dated():
    for design in (SMB, ENTERPRISE, S2S):
        b = bill(design)
        for line in (*b.lines, *b.unpriced):
            assert all(u.startswith("https://") for u in line.source.split()), line
            assert DATE.match(line.as_of) and DATE.match(line.checked), line
            assert line.status in ("confirmed", "conflict", "unverified", "list price"), line


def test_every_price_and_assumption_row_is_sourced_and_checked():
    for p in load_prices().values():
        assert p.source_url.startswith("https://") and DATE.match(p.as_of) and DATE.match(p.checked)
        assert p.price is not None or p.status == "unverified"  # no number is invented
        if p.status != "confirmed":
            assert p.notes, p.id  # a conflict or an unverified figure says so
    for a in load_assumptions().values():
        assert a.source_url.startswith("https://") and DATE.match(a.checked)


def test_same_inputs_same_bill():
    assert bill(ENTERPRISE).to_dict() == bill(ENTERPRISE).to_dict()
    assert json.dumps(bill(S2S).to_dict()) == json.dumps(bill(S2S).to_dict())


def test_volumes_from_answers_and_overrides():
    base = bill(SMB)
    assert bill({**SMB, "calls_per_month": 2400}).total == pytest.approx(2 * base.total, abs=0.02)
    assert bill(SMB, calls_per_month=2400).total == bill({**SMB, "calls_per_month": 2400}).total
    assert bill(SMB, Volumes(turns_per_minute=8)).line("llm_input").quantity > base.line("llm_input").quantity
    yours = bill(SMB, prices={"conversation_relay": 0.05})
    assert yours.line("conversation_relay").status == "yours" and float(yours.line("conversation_relay")
                                                                         .monthly_cost) == 180.00
    bundled = bill(SMB, relay_bundles_speech=True)
    assert "stt" not in costs(bundled) and bundled.total == 309.33
    assert [r.id for r in bundled.readings] == ["relay_bundles_speech"] and float(bundled.readings[0].total) == 407.61


def test_passive_capture_bills_speech_twice():
    design = {**SMB, "channels": ["voice", "sms"]}
    active = bill(design)
    assert "twilio_transcription" not in costs(active)
    passive = bill(design, orchestrator_voice_capture="passive")
    assert costs(passive)["twilio_transcription"] == 180.00  # 3,600 min x $0.05 (unverified third-party low end)
    assert "billed twice" in next(t.text for t in passive.traps if t.id == "double_stt")
    assert {r.id: float(r.total) for r in passive.readings}["twilio_transcription_high"] == pytest.approx(
        passive.total + 180.00)  # at $0.10


def test_messaging_only_design_needs_no_calls():
    b = bill({"channels": ["sms"], "sms_per_month": 10000})
    assert costs(b) == {"sms_segment": 83.00, "a2p_campaign_monthly": 10.00}  # 10,000 x $0.0083; one campaign
    assert b.per_call is None and b.one_time_total == 4.00 + 40.00 + 15.00  # one Standard brand, once
    with pytest.raises(AnswerError, match="^calls_per_month: needed to price a voice design"):
        bill({"channels": ["voice"]})


def test_volumes_for_channels_the_design_lacks_are_ignored_with_a_note():
    b = bill({**SMB, "sms_per_month": 500})
    assert "sms_segment" not in costs(b) and any("sms_per_month" in n for n in b.notes)


@pytest.mark.parametrize("change, field", [
    ({"outbound_share": 1.5}, "outbound_share"),
    ({"minutes_per_call": -1}, "minutes_per_call"),
    ({"turns_per_minute": "six"}, "turns_per_minute"),
    ({"chars_per_token": 0}, "chars_per_token"),
    ({"s2s_model": "gpt-9"}, "s2s_model"),
    ({"stt_product": "azure-stt-realtime"}, "stt_product"),  # not offered by ConversationRelay
    ({"prices": {"conversation_relay": -1}}, "prices.conversation_relay"),
    ({"prices": {"conversation_rely": 0.05}}, "prices.conversation_rely"),
    ({"turns_per_mnute": 8}, "turns_per_mnute"),
])
def test_bad_inputs_name_the_field(change, field):
    with pytest.raises(AnswerError) as err:
        bill(SMB, **change)
    assert err.value.field == field and "\n" not in str(err.value)


# ------------------------------------------------------------------------------------------------ sensitivity

def test_sensitivity_swings_each_input():
    s = sensitivity(SMB)
    assert s.base_total == 407.61 and s.spread == 0.5
    swing = {x.input: x for x in s.swings}
    calls = swing["calls_per_month"]
    # Every line is proportional to the calls: 600 and 1,800 calls give about half and one and a half the total.
    assert (calls.low_value, calls.high_value) == (600, 1800)
    assert calls.low_total == pytest.approx(407.61 / 2, abs=0.03) and calls.high_total == pytest.approx(
        407.61 * 1.5, abs=0.03)
    relay = swing["price: conversation_relay"]
    assert (relay.low_total, relay.high_total) == (407.61 - 126.00, 407.61 + 126.00)  # 3,600 min x $0.035
    assert s.swings[0].spread >= s.swings[-1].spread  # largest first
    assert swing["agent_talk_share"].high_value == 0.75 and swing["stt_billed_share"].high_value == 1.0  # capped


def test_break_even_between_the_two_cheapest_stacks():
    names = [c.name for c in candidates(SMB)]
    assert "deepgram-nova-3 + amazon-polly-standard" in names and "speech-to-speech: gpt-realtime-mini" in names
    assert not any("azure" in n for n in names)  # ConversationRelay cannot run them
    result = break_even(SMB)
    # Polly Standard, Google Standard and WaveNet all cost $4/1M characters: one stack, the cheapest cascaded one
    # (behind speech-to-speech on gpt-realtime-mini once its re-sent audio is priced as cached input).
    cascaded = [name for name, _ in result.totals if not name.startswith("speech-to-speech")]
    assert cascaded[0].startswith("deepgram-nova-3 + amazon-polly-standard (same cost: ")
    assert result.cheapest_total < result.runner_up_total
    assert result.at is None and "stays cheaper" in result.note
    cascaded_pair = break_even(SMB, stacks=("deepgram-nova-3 + amazon-polly-standard", "deepgram-nova-2 + "
                                            "amazon-polly-standard"))
    # Two cascaded stacks that differ only in per-minute prices never cross: the cheaper stays cheaper.
    assert cascaded_pair.at is None and "stays cheaper" in cascaded_pair.note


def test_break_even_cascaded_against_speech_to_speech():
    mine = "deepgram-nova-3 + elevenlabs-flash-v2-5"
    result = break_even(SMB, stacks=(mine, "speech-to-speech: gpt-realtime-mini"))
    # Speech-to-speech re-sends the whole audio every turn (T^2), but at the cached-input price, so over 0.5-60 minute
    # calls gpt-realtime-mini stays below ConversationRelay plus Deepgram and ElevenLabs.
    assert result.at is None and "stays cheaper" in result.note and "exclude the Media Streams fee" in result.note
    assert dict(result.totals)["speech-to-speech: gpt-realtime-mini"] < dict(result.totals)[mine]
    full = break_even(SMB, stacks=(mine, "speech-to-speech: gpt-realtime-1.5"))
    # gpt-realtime-1.5 is cheaper on short calls (3 min: $300.91 against $386.10) but its re-sent audio grows with the
    # square of the call's length: the lines cross within the range (at about 27.5 minutes), cost the same there.
    from twarch.estimates.bill import _design
    from twarch.estimates.whatif import _candidate_total
    from twarch.estimates.whatif import candidates as pool
    stacks = {c.name: c for c in pool(SMB)}
    assert full.low < full.at < full.high and dict(full.totals)["speech-to-speech: gpt-realtime-1.5"] == 300.91
    at = Volumes(calls_per_month=1200, minutes_per_call=full.at)
    a, b = (_candidate_total(_design(SMB), at, stacks[n]) for n in (mine, "speech-to-speech: gpt-realtime-1.5"))
    assert a == pytest.approx(b, abs=1.0)  # within a dollar (cent rounding of each line)
    with pytest.raises(AnswerError, match="^variable:"):
        break_even(SMB, variable="colour")
    with pytest.raises(AnswerError, match="^stacks:"):
        break_even(SMB, stacks=(mine, "carrier pigeon"))


def test_public_names():
    assert twarch.bill is bill and twarch.Volumes is Volumes and twarch.sensitivity is sensitivity
    assert isinstance(bill(SMB).total_decimal, Decimal)


# ------------------------------------------------------------------------------------------------ any answers

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from strategies import valid_value  # noqa: E402

from twarch.knowledge.questions import QUESTIONS  # noqa: E402

VALID = st.fixed_dictionaries({}, optional={q.id: valid_value(q.id) for q in QUESTIONS})


@settings(max_examples=40, deadline=None)
@given(VALID)
def test_any_valid_answers_give_a_report_and_a_bill_or_a_clear_error(data):
    rec = twarch.recommend(data)
    assert twarch.report(rec, "md") and json.loads(twarch.report(rec, "json"))["level"] == rec.level
    try:
        b = bill(rec)
    except AnswerError as err:
        assert err.field and "\n" not in str(err)
    else:
        assert b.total == float(sum((line.monthly_cost for line in b.lines), Decimal("0")))
        assert all(line.monthly_cost >= 0 for line in b.lines)


def test_a_vendor_conversation_relay_does_not_offer_moves_the_call_to_media_streams_and_is_priced_there():
    # providers.csv: ConversationRelay's speech-to-text rows are Deepgram's and Google's, not Amazon Transcribe, so
    # the mandated vendor decides the transport (designs that can be built): Media Streams, with its row priced.
    rec = twarch.recommend({"channels": ["voice"], "stt_provider": "amazon_transcribe", "calls_per_month": 1000})
    assert rec.voice_transport == "media_streams" and "conversation_relay" in rec.facts.unavailable
    b = bill(rec)
    stt = next(line for line in b.lines if line.id == "stt")
    assert stt.quantity == 5000.0 and stt.product.startswith("Amazon Web Services Transcribe")  # 1,000 calls x 5 min
    assert "media_streams" in {line.id for line in b.unpriced}


def test_an_outbound_calling_outcome_prices_outbound_minutes_and_other_markets_are_flagged():
    rec = twarch.recommend({"channels": ["voice", "sms"], "outcome": "outbound_calling", "countries": ["US", "CA"],
                            "calls_per_month": 1000, "minutes_per_call": 2})
    b = bill(rec)
    # direction unanswered, outcome outbound calling: 1,000 x 2 min = 2,000 outbound minutes, an even share to each of
    # the two countries: the US's 1,000 at $0.014 = $14.00; Canada's 1,000 listed without a price (none held for CA)
    assert costs(b)["voice_outbound"] == 14.00 and "voice_inbound_local" not in costs(b)
    abroad = b.line("voice_outbound_abroad")
    assert abroad.quantity == 1000 and abroad.monthly_cost is None and "CA" in abroad.line
    assert b.inputs.get("outbound_share").origin == "rule"
    assert any("CA are listed without a price" in n and "voice_outbound_abroad=RATE" in n for n in b.notes)
    assert any("sms_per_month is unanswered" in n for n in b.notes)


def test_a_line_priced_at_an_unverified_third_party_rate_says_so_on_the_line():
    # prices.csv: recording $0.0025/min and ConversationRelay $0.07/min are third-party figures (status unverified);
    # voice minutes are confirmed and provider rows are list prices: only the first two carry the label.
    b = bill({**SMB, "records_calls": True})
    labels = {line.id: line.line for line in b.lines}
    assert labels["recording"] == "Call recording (unverified third-party rate)"
    assert labels["conversation_relay"] == "ConversationRelay (unverified third-party rate)"
    assert labels["voice_inbound_local"] == "Voice minutes, inbound to local numbers"
    assert not labels["stt"].endswith("rate)")
    mine = bill({**SMB, "records_calls": True}, prices={"recording": 0.002})  # your rate is not a third party's
    assert mine.line("recording").line == "Call recording"


def test_phone_numbers_and_answering_machine_detection_are_billed_items():
    # Review finding 27. Neither price could be read at a Twilio page on 2026-11-27 (Twilio's volume-pricing article
    # uses $1.00 local / $2.00 toll-free in an undated example, 2026 guides $1.15 / $2.15; AMD's $0.0075 a call comes
    # from third-party notes), so both lines are quantities outside the total until you give a rate.
    isv = bill({"channels": ["voice", "sms"], "customer_profile": "isv", "tenants": 1500, "countries": ["US"],
                "calls_per_month": 450000, "minutes_per_call": 2.5, "sms_per_month": 500000})
    numbers = isv.line("phone_number_local")
    assert numbers in isv.unpriced and numbers.quantity == 1500 and "one per tenant" in numbers.formula
    assert "phone_number_toll_free" not in {line.id for line in (*isv.lines, *isv.unpriced)}
    priced = bill({"channels": ["voice"], "calls_per_month": 1000, "toll_free_share": 0.5},
                  prices={"phone_number_local": 1.15, "phone_number_toll_free": 2.15})
    # one number, half the calls toll-free: at least one of each type, 1 x $1.15 + 1 x $2.15
    assert {k: v for k, v in costs(priced).items() if k.startswith("phone")} == {
        "phone_number_local": 1.15, "phone_number_toll_free": 2.15}
    outbound = bill({"channels": ["voice"], "direction": "outbound", "calls_per_month": 120000,
                     "minutes_per_call": 1.5})
    assert outbound.stack.answering_machine_detection  # the design's considerations recommend AMD on outbound calls
    amd = outbound.line("amd_call")
    assert amd in outbound.unpriced and amd.quantity == 120000 and amd.status == "unverified"  # 120,000 x 1 outbound
    assert float(bill({"channels": ["voice"], "direction": "outbound", "calls_per_month": 120000,
                       "minutes_per_call": 1.5}, prices={"amd_call": 0.0075}).line("amd_call").monthly_cost) == 900.00
    inbound = bill({"channels": ["voice"], "direction": "inbound", "calls_per_month": 1000})
    assert "amd_call" not in {line.id for line in (*inbound.lines, *inbound.unpriced)}


def test_the_priced_voice_engine_speaks_the_languages():
    """Polly's Standard engine has no Catalan voice (AWS standard-voices page, checked 2026-11-27): Catalan is priced
    on Neural at $16 per 1M characters, Spanish alone on Standard at $4 (review round 2, finding 5)."""
    def tts_line(languages):
        rec = twarch.recommend({"channels": ["voice"], "languages": languages, "tts_provider": "amazon_polly",
                                "calls_per_month": 1000})
        return next((line.product, line.unit_price) for line in bill(rec).lines if line.id == "tts")

    assert tts_line(["es-ES", "ca-ES"]) == ("Amazon Web Services Polly Neural", 16.0)
    assert tts_line(["es-ES"]) == ("Amazon Web Services Polly Standard", 4.0)


def test_calls_under_a_minute_are_billed_as_whole_minutes():
    """Twilio rounds every call up to the whole minute: 1,000 calls of 0.8 min bill 1,000 minutes, not 800
    (round-3 review, finding 9); longer calls keep the 'up to one more minute a call' trap instead."""
    short = bill(twarch.recommend({"channels": ["voice"], "calls_per_month": 1000, "minutes_per_call": 0.8}))
    assert {line.id: line.quantity for line in short.lines if line.id in ("voice_inbound_local",
                                                                          "conversation_relay")} \
        == {"voice_inbound_local": 1000.0, "conversation_relay": 1000.0}
    assert "minute_rounding" not in {t.id for t in short.traps}
    long = bill(twarch.recommend({"channels": ["voice"], "calls_per_month": 1000, "minutes_per_call": 2.5}))
    assert "minute_rounding" in {t.id for t in long.traps}


# ---- a customer's own speech recognition, voice and LLM (architect review 3, finding 2; review 2, finding 4)

OWN = {"channels": ["voice"], "needs_raw_audio": True, "stt_provider": "own", "tts_provider": "own", "llm": "own",
       "calls_per_month": 70000, "minutes_per_call": 2.5}


def test_own_speech_and_llm_are_counted_not_priced():
    b = bill(OWN)
    ids = {line.id for line in b.lines}
    assert not {"stt", "tts", "llm_input", "llm_output"} & ids
    own = {line.id: line for line in b.unpriced if line.status == "yours, not priced"}
    assert set(own) == {"stt", "tts", "llm_input", "llm_output"}
    assert own["stt"].quantity == 175000 and own["tts"].quantity == pytest.approx(78.75)  # 175,000 x 900 x 0.5 / 1M
    assert own["llm_input"].quantity == pytest.approx(1555.3125)  # the same tokens as any LLM, never a price
    assert b.total == 1487.50  # voice only: 175,000 min x $0.0085
    assert b.stack.label() == "your own speech recognition + your own LLM + your own voice via media_streams"
    data = b.to_dict()
    assert data["total_excludes_own"] == ["stt", "tts", "llm_input", "llm_output"]
    assert data["assumptions"].keys().isdisjoint({"stt_product", "tts_product", "llm_product"})


def test_own_cost_can_be_priced_with_your_rate():
    b = bill(OWN, prices={"stt": 0.001})
    assert b.line("stt").monthly_cost == Decimal("175.00") and b.line("stt").status == "yours"
    assert b.total == 1662.50


def test_other_llm_is_never_priced_as_gpt_4o_mini():
    b = bill({**SMB, "llm": "other"})
    assert "openai-gpt-4o-mini" not in b.stack.label() and b.stack.llm is None
    assert b.line("llm_input").monthly_cost is None and "answered as other" in b.line("llm_input").note
    assert b.to_dict()["total_excludes_own"] == ["llm_input", "llm_output"]


def test_own_lines_render_apart_from_unsourced_prices():
    from twarch.render.estimates import bill_markdown

    md = bill_markdown(bill(OWN))
    assert "The total excludes your own speech recognition, your own voice and your own LLM: not priced." in md
    assert "## Not in the total: yours, not priced" in md and "Source:  (checked )" not in md
# ------------------------------------------------------------------------------------------------ agent assist

#: Review 3, finding 1 (design 12): a copilot for 300 claims adjusters who answer every call in Flex.
COPILOT = {"channels": ["voice"], "outcome": "internal_tools", "wants": ["ai_copilot"], "handoff": True,
           "intelligence": "realtime", "records_calls": True, "production": True, "direction": "inbound",
           "llm": "azure_openai", "calls_per_month": 90000, "minutes_per_call": 11, "seats": 300,
           "escalation_share": 1, "handle_minutes": 11}


def test_agent_assist_bills_no_ai_voice_agent():
    """People answer every call: the bill has no ConversationRelay, speech vendor or AI-turn LLM line (the review
    found ~$85k of $117k of them), and the call is transcribed once, by Orchestrator's passive capture."""
    b = bill(COPILOT)
    ids = {line.id for line in (*b.lines, *b.unpriced)}
    assert not ids & {"conversation_relay", "media_streams", "stt", "tts", "llm_input", "llm_output"}
    assert costs(b) == {
        "voice_inbound_local": 8415.00,   # 990,000 min x $0.0085
        "recording": 2475.00,             # 990,000 x $0.0025
        "recording_storage": 5935.00,     # (990,000 x 12 - 10,000) x $0.0005
        "twilio_transcription": 49500.00,  # 990,000 min x $0.05 (unverified third-party rate)
        "flex_active_user": 10500.00,     # 300 seats x $35
    }
    assert b.total == 76825.00
    assert "double_stt" not in {t.id for t in b.traps}
    assert "people answering in Flex" in b.stack.label()


def test_agent_assist_without_intelligence_transcribes_with_the_twiml_noun():
    b = bill({**COPILOT, "intelligence": "none"})
    line = b.line("twilio_transcription")
    assert line.line.startswith("Real-Time Transcription") and line.quantity == 990000
    assert "conversation_orchestrator" not in b.stack.products


# ------------------------------------------------------------------------------------------------ review 4

#: Review 4, finding 2 (design 01): an SMS-only AI answering 220,000 threads of 900,000 segments.
SMS_ONLY = {"channels": ["sms"], "llm": "openai", "handoff": False, "countries": ["US"], "sms_per_month": 900000,
            "messaging_conversations_per_month": 220000}


def test_text_conversations_bill_the_ai_turns():
    """Review 4, finding 2: the AI's own LLM cost of text conversations was missing. T = 900,000 / 220,000 / 2 =
    2.0455 turns; u = a = 160 chars / 4 = 40 tokens a message (Twilio's one-segment GSM-7 limit, OpenAI's 4 chars per
    token); a conversation sends T x 1,200 + 40 x T(T+1)/2 + 40 x T(T-1)/2 = 1,200 T + 40 T^2 = 2,454.5455 +
    167.3554 = 2,621.9008 input tokens and 40 T = 81.8182 output tokens."""
    b = bill(SMS_ONLY)
    llm_in, llm_out = b.line("llm_text_input"), b.line("llm_text_output")
    assert llm_in.quantity == pytest.approx(576.818182, abs=1e-6)   # 220,000 x 2,621.9008 / 1M
    assert float(llm_in.monthly_cost) == 432.61                     # x $0.75 (GPT-5.4 mini) = 432.6136
    assert llm_out.quantity == pytest.approx(18.0)                  # 450,000 replies x 40 tokens / 1M
    assert float(llm_out.monthly_cost) == 81.00                     # x $4.50
    assert b.total == 7993.61                    # 900,000 x $0.0083 SMS = 7,470.00 + 432.61 + 81.00 + $10 campaign
    assert "text_turns_per_conversation" in b.assumed() and "chars_per_text_message" in b.assumed()
    assert b.inputs.get("text_turns_per_conversation").origin == "rule"
    # your own turn count replaces the derived one: T = 3 -> 3,600 + 360 = 3,960 tokens x 220,000 = 871.2M
    mine = bill(SMS_ONLY, text_turns_per_conversation=3)
    assert float(mine.line("llm_text_input").monthly_cost) == 653.40   # 871.2 x $0.75


def test_text_turns_that_cannot_be_counted_are_listed_not_dropped():
    """Review 4, finding 2: chat volumes count users, not messages; SMS threads unanswered have no count either."""
    from twarch.render.estimates import bill_markdown

    chat = {"channels": ["chat"], "llm": "openai", "handoff": False, "chat_users_per_month": 4000}
    b = bill(chat)
    listed = b.line("llm_text_chat")
    assert (listed.quantity, listed.monthly_cost) == (4000, None) and "llm_text_input" not in costs(b)
    assert listed.line == "LLM tokens for 4,000 chat conversations"
    md = bill_markdown(b)
    assert "LLM tokens for 4,000 chat conversations" in md and "--price llm_text_chat" not in md
    # per resolved conversation says it is not a full cost while something is left out
    assert "(priced lines only: " in md and "not in the total)" in md
    # with a turn count the chat is priced: T = 4 -> 4,800 + 640 = 5,440 tokens x 4,000 = 21.76M x $0.75 = $16.32
    priced = bill(chat, text_turns_per_conversation=4)
    assert float(priced.line("llm_text_input").monthly_cost) == 16.32
    assert float(priced.line("llm_text_output").monthly_cost) == 2.88   # 4,000 x 160 tokens = 0.64M x $4.50
    threads = bill({k: v for k, v in SMS_ONLY.items() if k != "messaging_conversations_per_month"})
    assert threads.line("llm_text_messaging").quantity is None


def test_own_llm_text_turns_are_counted_never_priced():
    b = bill({**SMS_ONLY, "llm": "own"})
    assert "llm_text_input" not in costs(b)
    line = b.line("llm_text_input")
    assert line.status == "yours, not priced" and line.quantity == pytest.approx(576.818182, abs=1e-6)
    assert "llm_text_input" in b.to_dict()["total_excludes_own"]


def test_bedrock_text_turns_carry_the_stand_in_note():
    b = bill({**SMS_ONLY, "llm": "bedrock", "cloud": "aws"})
    assert any("AWS Bedrock is priced and timed as" in n for n in b.notes)


def test_agent_assist_text_has_no_ai_turns():
    b = bill({**COPILOT, "channels": ["voice", "chat"], "chat_users_per_month": 1000})
    assert not [line.id for line in (*b.lines, *b.unpriced) if line.id.startswith("llm_text_")]


def test_voice_payments_list_pay_transactions():
    """Review 4, finding 11: <Pay> transactions were never on the bill. No sourced rate (the Pay Connectors pricing
    page is not in the stored sources), so the quantity is listed: calls x payment_share (assumed 1, an upper bound)."""
    paying = {**SMB, "takes_payments": True}
    b = bill(paying)
    pay = b.line("pay_transaction")
    assert (pay.quantity, pay.monthly_cost) == (1200, None)          # 1,200 calls x 1
    assert "assumed" in pay.note and "payment_share" in b.assumed()
    assert bill(paying, payment_share=0.3).line("pay_transaction").quantity == 360   # 1,200 x 0.3
    assert float(bill(paying, payment_share=0.3, prices={"pay_transaction": 0.1}).line(
        "pay_transaction").monthly_cost) == 36.00
    assert "pay_transaction" not in {line.id for line in (*bill(SMB).lines, *bill(SMB).unpriced)}


def test_non_us_price_note_names_the_countries_served():
    """Review 4, finding 14: a GB-only design does not 'also' serve GB."""
    gb = bill({**SMB, "countries": ["GB"]})
    assert any("in GB are listed without a price" in n for n in gb.notes)
    assert not any("US, GB" in n for n in gb.notes)
    both = bill({**SMB, "countries": ["US", "GB"]})
    assert any("in GB are listed without a price" in n for n in both.notes)


def test_active_capture_trap_says_join_actively():
    """Review 4, finding 16: the trap read 'Keep Orchestrator's voice capture active'."""
    b = bill({**SMB, "memory": True})
    trap = next(t for t in b.traps if t.id == "double_stt")
    assert "<ConversationRelay> (its conversationConfiguration" in trap.text and "twice" in trap.text
    assert not trap.text.startswith("Keep")


def test_transcription_reading_is_named_after_the_product_billed():
    """Review 4, finding 13: agent assist without Orchestrator bills Real-Time Transcription, not Orchestrator's."""
    plain = bill({**COPILOT, "intelligence": "none", "memory": False})
    assert plain.line("twilio_transcription").line.startswith("Real-Time Transcription")
    text = {r.id: r.text for r in plain.readings}["twilio_transcription_high"]
    assert text.startswith("Real-Time Transcription (each agent's call, for the assist) at $0.1 per minute instead "
                           "of $0.05") and "Orchestrator" not in text
    orchestrated = bill({**SMB, "memory": True}, orchestrator_voice_capture="passive")
    assert {r.id: r.text for r in orchestrated.readings}["twilio_transcription_high"].startswith(
        "Orchestrator voice transcription")


@pytest.mark.parametrize("users, expected", [
    # Review 3, finding 16 (still open in review 4): 200 free, $0.05 to 5,000, $0.0475 to 10,000, $0.045 above.
    (120000, 5427.50),   # 4,800 x 0.05 = 240 + 5,000 x 0.0475 = 237.50 + 110,000 x 0.045 = 4,950
    (40000, 1827.50),    # 240 + 237.50 + 30,000 x 0.045 = 1,350
    (7000, 335.00),      # 240 + 2,000 x 0.0475 = 95
    (2500, 115.00),      # 2,300 x 0.05
    (150, 0.00),         # within the free 200: no line
])
def test_chat_active_users_are_billed_tier_by_tier(users, expected):
    b = bill({"channels": ["chat"], "handoff": False, "chat_users_per_month": users})
    chat = {k: v for k, v in costs(b).items() if k.startswith("chat_active_user")}
    assert round(sum(chat.values()), 2) == expected


def test_one_chat_price_you_set_covers_every_user():
    b = bill({"channels": ["chat"], "handoff": False, "chat_users_per_month": 40000}, prices={"chat_active_user": 0.04})
    chat = {k: v for k, v in costs(b).items() if k.startswith("chat_")}
    assert chat == {"chat_active_user": 1592.00}  # 39,800 x 0.04


def test_calls_on_cx_agent_studio_join_no_orchestrator_conversation_or_memory_profile():
    """Review 4, finding 1: the Google package's speech-to-speech voice channel reaches neither product, so only the
    text conversations count (twilio-agent-connect-google 1.0.0, checked 2026-11-27)."""
    rec = twarch.recommend({"channels": ["voice", "whatsapp"], "cloud": "gcp", "llm": "google", "memory": True,
                            "voice_pipeline": "speech_to_speech", "team_language": "python",
                            "calls_per_month": 1000, "minutes_per_call": 3, "messaging_conversations_per_month": 500,
                            "whatsapp_per_month": 4000})
    lines = {line.id: line for line in bill(rec).unpriced}
    assert lines["orchestrator_conversation"].quantity == lines["memory_profile_day"].quantity == 500
    with_intelligence = twarch.recommend({**rec.answers.to_dict(), "intelligence": "post_call"})
    operators = {line.id: line for line in bill(with_intelligence).unpriced}["intelligence_chars"]
    assert operators.quantity is None and "not analysed" in operators.formula  # review 5, finding 1


def test_passive_capture_beside_your_own_transcript_is_shown_as_a_saving():
    """Review 5, finding 7, and round-1 review, class B: where the report advises writing your own transcript, passive
    capture is off by default and the trap prices it as the alternative, not in the total."""
    rec = twarch.recommend({"channels": ["voice"], "needs_raw_audio": True, "memory": True,
                            "calls_per_month": 1000, "minutes_per_call": 3})
    trap = {t.id: t for t in bill(rec).traps}["capture_alternative"]
    assert (float(trap.monthly_cost), float(trap.high)) == (150.0, 300.0)  # 3,000 min x $0.05-0.10
    relay = twarch.recommend({"channels": ["voice"], "memory": True, "calls_per_month": 1000, "minutes_per_call": 3})
    assert "capture_alternative" not in {t.id for t in bill(relay).traps}


def test_a_phone_line_hand_off_bills_the_transfer_leg_not_flex_or_taskrouter():
    """Review 3, finding 5 (design 13): a front desk takes the hand-off. No Flex seats or TaskRouter tasks; each
    transfer dials the line on an outbound leg: 1,200 calls x 0.3 x ceil(4) min = 1,440 min x $0.014 = $20.16."""
    design = {"channels": ["voice"], "handoff": True, "handoff_target": "phone_line", "calls_per_month": 1200,
              "minutes_per_call": 2.5, "escalation_share": 0.3, "handle_minutes": 4}
    b = bill(twarch.recommend(design))
    ids = {line.id for line in (*b.lines, *b.unpriced)}
    assert not {"flex_active_user", "taskrouter_task"} & ids
    leg = next(line for line in b.lines if line.id == "voice_transfer_leg")
    assert leg.quantity == 1440 and leg.monthly_cost == Decimal("20.16")
    assert "seats" not in b.used() and "handle_minutes" in b.used()
    centre = bill(twarch.recommend({**design, "handoff_target": "contact_center"}))
    assert {"flex_active_user", "taskrouter_task"} <= {line.id for line in (*centre.lines, *centre.unpriced)}
    assert "voice_transfer_leg" not in {line.id for line in centre.lines}


def test_the_transfer_leg_to_a_phone_line_takes_a_price_and_the_sensitivity_readings():
    """Found in the Wizard: every priced line must be a line a price override may name (sensitivity varies each)."""
    rec = twarch.recommend({"channels": ["voice"], "handoff": True, "handoff_target": "phone_line",
                            "calls_per_month": 900, "minutes_per_call": 3, "escalation_share": 0.1,
                            "handle_minutes": 4})
    assert sensitivity(rec)
    made = bill(rec, Volumes(prices={"voice_transfer_leg": 0.02}))
    assert {line.id: line.monthly_cost for line in made.lines}["voice_transfer_leg"] == Decimal("7.20")  # 360 min


def test_every_priced_line_of_the_sweep_can_be_named_in_prices():
    from twarch.estimates.lines import LINE_IDS

    for answers in ({"channels": ["voice"], "handoff": True, "handoff_target": "phone_line"},
                    {"channels": ["voice", "sms", "chat"], "memory": True, "intelligence": "realtime", "handoff": True},
                    {"channels": ["voice"], "voice_pipeline": "speech_to_speech", "memory": True},
                    {"channels": ["voice"], "outcome": "internal_tools", "wants": ["ai_copilot"]}):
        rec = twarch.recommend({**answers, "calls_per_month": 900, "minutes_per_call": 3, "escalation_share": 0.1,
                                "handle_minutes": 4, "sms_per_month": 1000, "chat_users_per_month": 100,
                                "messaging_conversations_per_month": 300})
        made = bill(rec)
        assert {line.id for line in made.lines} <= set(LINE_IDS), answers  # unpriced ones say if they take one


def test_a_bill_line_must_be_declared_before_any_design_can_print_it():
    """A line id outside prices.csv, estimates/lines.py's PRICED_ELSEWHERE and UNCOUNTED fails where it is made."""
    from twarch.estimates.bill import _Lines
    from twarch.estimates.lines import LINE_IDS, UNCOUNTED

    lines = _Lines({})
    lines.add("conversation_relay", "ConversationRelay", "ConversationRelay", 1.0, "min", 0.07, "1 min", "", "", "",
              "confirmed")
    with pytest.raises(ValueError, match="'phone_line_leg' is not declared"):
        lines.add("phone_line_leg", "x", "x", 1.0, "min", 0.01, "1 min", "", "", "", "confirmed")
    assert "voice_transfer_leg" in LINE_IDS and not set(UNCOUNTED) & set(LINE_IDS)


# ------------------------------------------------------------------------------------------------ issue 20: fees

#: An ISV with 400 tenants texting the US: each tenant its own A2P 10DLC brand and campaign.
ISV_400 = {"channels": ["sms"], "customer_profile": "isv", "tenants": 400, "countries": ["US"],
           "sms_per_month": 100000, "handoff": False}


def test_an_isv_pays_registration_per_tenant_once_and_campaign_fees_monthly():
    """Fees (prices.csv, checked 2026-12-07): brand registration $4 (Twilio's FAQ; CONFLICT: $4.50 from 2025-08-01 per
    Telnyx, Aerialink and SignalWire), secondary vetting $40 per Standard brand (Twilio; CONFLICT: $41.50 per
    Aerialink), campaign verification $15 (Twilio, confirmed), T-Mobile campaign activation unpriced (Telnyx still
    lists $50, Bandwidth no longer does, Twilio does not name it: out of the total), and the monthly fee of a standard
    use case's campaign, $10 (Telnyx's table effective 2025-07-22; Twilio confirms the $1.50-$10 range)."""
    b = bill(ISV_400)
    once = {line.id: float(line.monthly_cost) for line in b.one_time if line.monthly_cost is not None}
    assert once == {"a2p_brand_registration": 1600.00,       # 400 brands x $4
                    "a2p_secondary_vetting": 16000.00,       # 400 Standard brands x $40
                    "a2p_campaign_vetting": 6000.00}         # 400 campaigns x $15
    activation = next(line for line in b.one_time if line.id == "tmobile_campaign_activation")
    assert activation.monthly_cost is None and activation.quantity == 400 and "--price" in activation.note
    assert b.one_time_total == 23600.00
    assert costs(b) == {"sms_segment": 830.00,               # 100,000 x $0.0083
                        "a2p_campaign_monthly": 4000.00}     # 400 campaigns x $10, every month
    assert b.total == 4830.00  # the one-time fees stay out of the monthly total
    brand = b.one_time[0]
    assert "$1,800.00 (+200.00)" in brand.note  # the $4.50 reading: 400 x $4.50
    assert "$16,600.00 (+600.00)" in b.one_time[1].note  # the $41.50 reading: 400 x $41.50
    data = b.to_dict()
    assert data["one_time_total"] == 23600.00 and all("one_time_cost" in x and "monthly_cost" not in x
                                                      for x in data["one_time"])
    assert {"a2p_brands", "a2p_brand_type"} <= set(data["assumed"])


def test_low_volume_standard_brands_skip_vetting_and_pay_the_low_volume_campaign():
    b = bill(ISV_400, a2p_brand_type="low_volume_standard")
    # once: 400 x ($4 + $15) = $7,600 (T-Mobile's fee unpriced)
    # monthly: 400 x $1.50 (Low-Volume Mixed; CONFLICT: $2 on SignalWire)
    assert b.one_time_total == 7600.00 and "a2p_secondary_vetting" not in {x.id for x in b.one_time}
    assert costs(b)["a2p_campaign_monthly_low_volume"] == 600.00


def test_toll_free_numbers_are_verified_and_no_fee_is_invented():
    b = bill({"channels": ["voice", "sms"], "calls_per_month": 1000, "toll_free_share": 1.0, "sms_per_month": 1000},
             phone_numbers=3)
    tfv = next(x for x in b.one_time if x.id == "toll_free_verification")
    assert (tfv.quantity, tfv.monthly_cost, tfv.unit_price) == (3, None, None) and "No fee found" in tfv.note
    assert not any(x.id.startswith("a2p_") for x in (*b.lines, *b.one_time))  # toll-free only: no 10DLC brand
    from twarch.render.estimates import bill_csv, bill_markdown
    assert "## One-time fees (not in the monthly total)" in bill_markdown(b) and "not priced" in bill_markdown(b)
    assert ",once," in bill_csv(b)


def test_no_us_texting_no_registration():
    assert not bill({"channels": ["sms"], "countries": ["GB"], "sms_per_month": 1000}).one_time
    assert not bill({"channels": ["voice"], "calls_per_month": 100}).one_time
