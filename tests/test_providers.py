"""The provider data loader, the packaged data's integrity, and the STT x TTS language intersection."""

from __future__ import annotations

import csv
import io

import pytest

from twarch.errors import AnswerError
from twarch.knowledge import providers as kp
from twarch.knowledge.providers import (
    PROVIDER_COLUMNS,
    covers,
    language_support,
    load_providers,
    load_voice_facts,
    read_providers,
    read_voice_facts,
)
from twarch.render.views import languages_html

GOOD = {
    "id": "acme-stt", "kind": "stt", "vendor": "Acme", "product": "Ears", "vendor_id": "deepgram",
    "unit_price": "0.01", "price_unit": "usd_per_audio_minute", "output_price": "",
    "latency_ms": "300", "latency_metric": "TTFS median", "latency_source": "https://example.org/bench",
    "latency_as_of": "2026-01", "language_count": "2", "languages": "en fr",
    "languages_source": "https://example.org/langs", "languages_as_of": "2026-01-02", "languages_partial": "",
    "telephony": "yes",
    "live": "true", "source_url": "https://example.org/price", "as_of": "2026-01-01", "notes": "",
    "latency_p95_ms": "450", "checked": "2026-11-27",
}


def write(tmp_path, rows, columns=PROVIDER_COLUMNS, name="p.csv"):
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n")
    w.writeheader()
    w.writerows(rows)
    path = tmp_path / name
    path.write_text(buf.getvalue(), encoding="utf-8")
    return path


def test_good_row_loads(tmp_path):
    (p,) = read_providers(write(tmp_path, [GOOD]))
    assert (p.id, p.kind, p.unit_price, p.latency_ms, p.languages, p.live, p.in_conversation_relay) == (
        "acme-stt", "stt", 0.01, 300, ("en", "fr"), True, True)
    (q,) = read_providers(write(tmp_path, [dict(GOOD, vendor_id="assemblyai", live="false")]))
    assert (q.live, q.in_conversation_relay) == (False, False)
    assert p.language_count == 2 and p.output_price is None


BAD = [
    ({"kind": "asr"}, "kind", "'asr' is not one of"),
    ({"unit_price": "-1"}, "unit_price", "negative"),
    ({"unit_price": "cheap"}, "unit_price", "not a number"),
    ({"unit_price": "nan"}, "unit_price", "not a finite number"),
    ({"price_unit": "usd_per_million_chars"}, "price_unit", "is not one of"),
    ({"output_price": "1"}, "output_price", "only LLM rows"),
    ({"latency_ms": "2.5"}, "latency_ms", "not a whole number"),
    ({"latency_source": ""}, "latency_source", "is empty"),
    ({"latency_as_of": "last year"}, "latency_as_of", "not a date"),
    ({"latency_metric": ""}, "latency_metric", "is empty"),
    ({"languages": "en-US"}, "languages", "not a lowercase base language code"),
    ({"languages": "en en"}, "languages", "twice"),
    ({"languages": "nb"}, "languages", "alias"),
    ({"languages_source": ""}, "languages_source", "is empty"),
    ({"language_count": "-3"}, "language_count", "negative"),
    ({"telephony": "maybe"}, "telephony", "is not one of"),
    ({"live": "yes"}, "live", "is not one of"),
    ({"vendor_id": "acme"}, "vendor_id", "is not a STT provider of twarch.knowledge.speech"),
    ({"source_url": ""}, "source_url", "is empty"),
    ({"source_url": "http://insecure.example"}, "source_url", "not an https URL"),
    ({"as_of": ""}, "as_of", "is empty"),
    ({"as_of": "2026-13"}, "as_of", "not a date"),
    ({"id": "Bad Id"}, "id", "slug"),
    ({"vendor_id": ""}, "vendor_id", "is empty"),
    ({"vendor": ""}, "vendor", "is empty"),
    ({"latency_p95_ms": "200"}, "latency_p95_ms", "at most the p95"),  # below the 300 ms p50
    ({"latency_ms": "", "latency_metric": "", "latency_p95_ms": "450"}, "latency_p95_ms", "needs a latency_ms"),
    ({"checked": ""}, "checked", "is empty"),
    ({"checked": "today"}, "checked", "not a date"),
]


@pytest.mark.parametrize("change, column, problem", BAD, ids=[f"{c}-{i}" for i, (_, c, _) in enumerate(BAD)])
def test_each_bad_cell_is_rejected_with_file_line_and_column(tmp_path, change, column, problem):
    path = write(tmp_path, [dict(GOOD, id="fine-row"), {**GOOD, **change}])
    with pytest.raises(ValueError) as err:
        read_providers(path)
    message = str(err.value)
    assert message.startswith(f"{path}:3: column {column!r}:"), message
    assert problem in message


def test_a_partial_list_settles_only_the_languages_it_names(tmp_path):
    (p,) = read_providers(write(tmp_path, [dict(GOOD, languages_partial="yes")]))
    assert (p.speaks("en"), p.speaks("cy")) == (True, None)  # outside a partial list: unknown, never missing
    (q,) = read_providers(write(tmp_path, [GOOD]))
    assert (q.speaks("en"), q.speaks("cy")) == (True, False)  # a complete list does settle it
    with pytest.raises(ValueError, match="'languages_partial': marks a partial list, but the row lists no languages"):
        read_providers(write(tmp_path, [dict(GOOD, languages="", language_count="", languages_partial="yes")]))
    with pytest.raises(ValueError, match="'languages_partial': 'some' is not one of"):
        read_providers(write(tmp_path, [dict(GOOD, languages_partial="some")]))


def test_a_speech_row_may_hold_no_price_an_llm_row_may_not(tmp_path):
    (p,) = read_providers(write(tmp_path, [dict(GOOD, unit_price="")]))
    assert p.unit_price is None and p.comparable_price is None
    llm = dict(GOOD, kind="llm", price_unit="usd_per_million_input_tokens", output_price="4", telephony="", live="",
               unit_price="")
    with pytest.raises(ValueError, match="'unit_price': is empty"):
        read_providers(write(tmp_path, [llm]))


def test_llm_rules(tmp_path):
    llm = dict(GOOD, kind="llm", price_unit="usd_per_million_input_tokens", output_price="4", telephony="", live="",
               languages="", languages_source="", languages_as_of="")
    (p,) = read_providers(write(tmp_path, [llm]))
    assert p.output_price == 4.0
    with pytest.raises(ValueError, match="'output_price': is empty"):
        read_providers(write(tmp_path, [dict(llm, output_price="")]))
    with pytest.raises(ValueError, match="'telephony': LLM rows"):
        read_providers(write(tmp_path, [dict(llm, telephony="yes")]))
    with pytest.raises(ValueError, match="'live'"):
        read_providers(write(tmp_path, [dict(llm, live="true")]))


def test_duplicate_id_missing_and_unknown_columns_and_ragged_rows(tmp_path):
    with pytest.raises(ValueError, match=r":3: column 'id': duplicate id 'acme-stt'"):
        read_providers(write(tmp_path, [GOOD, GOOD]))
    cols = tuple(c for c in PROVIDER_COLUMNS if c != "as_of")
    with pytest.raises(ValueError, match=r":1: missing column\(s\) as_of"):
        read_providers(write(tmp_path, [{k: v for k, v in GOOD.items() if k != "as_of"}], cols))
    path = tmp_path / "ragged.csv"
    path.write_text(",".join(PROVIDER_COLUMNS) + "\n" + ",".join(GOOD.values()) + ",extra\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r":2: column '\(row\)': 1 cell"):
        read_providers(path)
    with pytest.raises(ValueError, match="no rows"):
        read_providers(write(tmp_path, []))


def test_voice_facts_loader_rejects_bad_rows(tmp_path):
    cols = kp.FACT_COLUMNS
    good = {"id": "x_ms", "value": "40", "unit": "ms", "meaning": "m", "source_url": "https://e.org", "as_of": "2025",
            "notes": "", "checked": "2026-11-27"}
    assert read_voice_facts(write(tmp_path, [good], cols))["x_ms"].value == 40.0
    for change, column in (({"unit": "seconds"}, "unit"), ({"value": "-1"}, "value"), ({"meaning": ""}, "meaning"),
                           ({"unit": "share", "value": "1.5"}, "value"), ({"as_of": ""}, "as_of"),
                           ({"checked": ""}, "checked")):
        with pytest.raises(ValueError, match=f":2: column '{column}'"):
            read_voice_facts(write(tmp_path, [{**good, **change}], cols))


# ---------------------------------------------------------------- the packaged data

def test_packaged_data_loads_and_is_cached():
    rows = load_providers()
    assert rows is load_providers()
    assert {p.kind for p in rows} == {"stt", "tts", "llm"}
    assert len({p.id for p in rows}) == len(rows)


def test_conversation_relay_vendors_match_the_research():
    # Twilio's ConversationRelay best-practices page and its twilio-voice-conversation-relay skill (github.com/twilio/ai
    # aa67a6d, checked 2026-11-27): STT Deepgram and Google; TTS Google, Amazon Polly, ElevenLabs, and Deepgram,
    # which only the skill lists (a conflict twarch shows). No Twilio source names Amazon Transcribe.
    relay = {(p.kind, p.vendor_id) for p in load_providers() if p.in_conversation_relay}
    assert relay == {("stt", "deepgram"), ("stt", "google"), ("tts", "google"), ("tts", "amazon_polly"),
                     ("tts", "elevenlabs"), ("tts", "deepgram")}
    assert not any(p.in_conversation_relay for p in load_providers() if p.id == "amazon-polly-long-form")


def test_key_figures_from_the_research():
    rows = {p.id: p for p in load_providers()}
    assert rows["deepgram-nova-3"].unit_price == 0.0048 and rows["deepgram-nova-3"].latency_ms == 247
    assert rows["amazon-polly-neural"].unit_price == 16 and rows["amazon-polly-neural"].latency_ms is None
    assert rows["elevenlabs-flash-v2-5"].language_count == 32 == len(rows["elevenlabs-flash-v2-5"].languages)
    assert rows["openai-gpt-4o"].output_price == 10.0
    assert rows["elevenlabs-v4-turbo"].languages is None  # no sourced list: unknown, not empty
    assert rows["elevenlabs-v4-turbo"].unit_price is None  # no sourced price: none held (checked 2026-12-07)
    assert rows["google-stt-v2"].languages_partial and "en" in rows["google-stt-v2"].languages
    facts = load_voice_facts()
    assert facts["mouth_to_ear_target_ms"].value == 1115 and facts["mouth_to_ear_limit_ms"].value == 1400
    assert rows["deepgram-nova-3"].latency_p95_ms == 298  # Pipecat STT benchmark README, checked 2026-11-27
    assert rows["elevenlabs-flash-v2-5"].latency_p95_ms == 2894  # Coval 30-day window, mirror 2026-08-22


def test_every_figure_has_a_source_and_date():
    for p in load_providers():
        assert p.source_url.startswith("https://") and p.as_of
        if p.latency_ms is not None:
            assert p.latency_source.startswith("https://") and p.latency_as_of and p.latency_metric
        if p.languages is not None:
            assert p.languages_source.startswith("https://") and p.languages_as_of


# ---------------------------------------------------------------- language intersection

def test_intersection_covered_missing_unknown():
    ls = language_support(["en-US", "tr-TR"], stt=["deepgram", "google"], tts=["elevenlabs", "amazon_polly"])
    assert ls.status("deepgram", "elevenlabs") == "covered"
    assert ls.status("deepgram", "amazon_polly") == "covered"
    assert ls.pair("google", "elevenlabs").status == "unknown"
    assert ls.pair("google", "elevenlabs").unknown == ("tr",)  # Google's STT list is partial: Turkish not sourced
    assert ls.covered == (("deepgram", "elevenlabs"), ("deepgram", "amazon_polly"))


def test_google_stt_lists_spanish_zulu_and_afrikaans():
    # Review round 3, class G: Spanish on Google read as unsettled (15), isiZulu missing sent a South African design
    # off ConversationRelay (11). Google's Speech language-code reference lists es-ES and zu-ZA, its V2 table af-ZA.
    ls = language_support(["es-ES", "en-GB", "de-DE"], stt=["google"], tts=["google"])
    assert ls.status("google", "google") == "covered"
    assert covers("google", "stt", ["en-ZA", "af-ZA", "zu-ZA"]) is True


def test_intersection_reports_the_missing_language():
    # Icelandic: Polly lists it (is-IS); ElevenLabs Flash/Multilingual and Deepgram do not.
    ls = language_support(["is"], stt=["deepgram"], tts=["elevenlabs", "amazon_polly"])
    assert ls.pair("deepgram", "elevenlabs").missing == ("is",)
    assert ls.pair("deepgram", "amazon_polly").missing == ("is",)  # the STT side lacks it
    assert ls.missing == (("deepgram", "elevenlabs"), ("deepgram", "amazon_polly"))


def test_missing_wins_over_unknown_and_both_are_reported():
    # Welsh: ElevenLabs Flash v2.5's complete list lacks it; Google's partial STT list shows neither cy nor tr.
    ls = language_support(["cy", "tr"], stt=["google"], tts=["elevenlabs-flash-v2-5"])
    p = ls.pair("google", "elevenlabs-flash-v2-5")
    assert (p.status, p.missing, p.unknown) == ("missing", ("cy",), ("tr",))


def test_default_pairs_are_conversation_relay_vendors():
    ls = language_support(["en"])
    assert {p.stt for p in ls.pairs} == {"deepgram", "google"}
    assert {p.tts for p in ls.pairs} == {"elevenlabs", "google", "amazon_polly", "deepgram"}
    assert len(ls.pairs) == 8


def test_aliases_and_regions_compare_by_base_language():
    assert covers("amazon_polly", "tts", ["nb-NO", "cmn-Hans-CN"]) is True  # listed as no, zh
    assert covers("deepgram", "stt", ["tl"]) is True  # Tagalog, stored as fil


def test_covers_by_vendor_and_by_row():
    assert covers("deepgram", "stt", ["fr"]) is True  # Nova-3 lists French
    # Hebrew, Farsi and Urdu since developers.deepgram.com/changelog/2026/2/3 (checked 2026-11-27)
    assert covers("deepgram", "stt", ["he-IL", "fa-IR", "ur-PK"]) is True
    assert covers("deepgram-flux", "stt", ["fr"]) is False  # Flux English row only
    assert covers("google", "tts", ["fr"]) is True  # Chirp 3 HD and the legacy voices list French
    assert covers("google", "tts", ["cy"]) is None  # outside Google's partial lists: unknown, never missing
    assert covers("elevenlabs", "tts", ["cy"]) is None  # Eleven v4 Turbo has no sourced list
    assert covers("elevenlabs", "tts", []) is True


def test_language_errors_are_answer_errors():
    with pytest.raises(AnswerError, match="^languages: 'en_US' is not a language tag"):
        language_support(["en_US"])
    with pytest.raises(AnswerError, match="^languages: expected a list"):
        language_support("en")
    with pytest.raises(AnswerError, match="^kind:"):
        covers("deepgram", "llm", ["en"])
    with pytest.raises(AnswerError, match="^tts: no TTS provider 'nobody'"):
        language_support(["en"], tts=["nobody"])


def test_reprs():
    ls = language_support(["en", "is"], stt=["deepgram"], tts=["amazon_polly"])
    assert "deepgram + amazon_polly  missing (missing is)" in repr(ls)
    page = languages_html(ls)
    assert page.startswith("<table") and "missing is" in page and "&#10007;" in page
    assert ls.to_dict()["pairs"][0] == {"stt": "deepgram", "tts": "amazon_polly", "status": "missing",
                                        "missing": ["is"], "unknown": []}


def test_generator_of_languages_is_kept():
    ls = language_support(tag for tag in ("en", "fr"))
    assert ls.languages == ("en", "fr")
