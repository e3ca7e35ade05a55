"""The bill prices each leg where it is (review round 2, classes B and I, and the transfer-leg assumption).

Class B: a call, text or number outside the US is never billed at a US rate: prices.csv's ``country`` column names the
country a rate prices, and the legs elsewhere are listed without a price, out of the total, with the reason. Class I:
every price conflict prices.csv holds (its ``reading_of`` column) shows in the bill as another reading, the same way
for Twilio's rows and the speech and LLM rows of providers.csv. The transfer leg says when its escalation share and
handle time are assumptions, and names the answers that change them.
"""

from __future__ import annotations

import math

import pytest

from twarch.estimates.bill import NO_PRICE_HELD, bill
from twarch.estimates.lines import LINE_IDS
from twarch.knowledge.prices import load_prices, price, priced_in, readings_of
from twarch.knowledge.providers import load_providers

VOICE = {"channels": ["voice"], "customer_profile": "enterprise", "stt_provider": "deepgram",
         "tts_provider": "elevenlabs", "llm": "openai", "direction": "inbound", "calls_per_month": 1000,
         "minutes_per_call": 3}
PHONE_LINE = {**VOICE, "handoff": True, "handoff_target": "phone_line"}
OWN_CENTRE = {**VOICE, "handoff": True, "handoff_target": "own_contact_center"}


def ids(b, unpriced=False):
    return {line.id for line in (b.unpriced if unpriced else b.lines)}


def test_a_transfer_to_a_line_in_france_is_not_billed_at_the_us_outbound_rate():
    fr = bill({**PHONE_LINE, "countries": ["FR"]})
    assert "voice_transfer_leg" not in ids(fr) and "voice_inbound_local" not in ids(fr)
    leg = fr.line("voice_transfer_leg_abroad")
    # 1,000 calls x 0.2 escalated (the default) x 8 whole minutes (7.5 rounded up), none of it priced
    assert leg.quantity == 1000 * 0.2 * 8 and leg.unit_price is None and leg.monthly_cost is None
    assert leg.status == NO_PRICE_HELD and "FR" in leg.line
    assert "twarch holds no price for outbound calls to FR" in leg.note
    assert any("in FR are listed without a price" in n for n in fr.notes)
    assert fr.total == bill({**VOICE, "countries": ["FR"]}).total  # the unpriced leg adds nothing to the total


def test_a_us_design_still_prices_its_transfer_leg_at_the_us_outbound_minute():
    us = bill({**PHONE_LINE, "countries": ["US"]})
    leg = us.line("voice_transfer_leg")
    assert leg.unit_price == price("voice_outbound").price and float(leg.cost) == 22.40  # 1,600 min x $0.014
    assert not ids(us, unpriced=True) & {"voice_transfer_leg_abroad", "voice_inbound_local_abroad"}
    assert bill(PHONE_LINE).line("voice_transfer_leg").monthly_cost == leg.monthly_cost  # countries unanswered: US


def test_india_toll_free_inbound_is_not_priced_at_the_us_toll_free_rate():
    india = bill({**VOICE, "countries": ["IN"]})
    assert india.inputs.toll_free_share == 1  # callers in India reach only toll-free numbers
    assert not ids(india) & {"voice_inbound_toll_free", "voice_inbound_local", "phone_number_toll_free"}
    minutes = india.line("voice_inbound_toll_free_abroad")
    assert minutes.quantity == 3000 and minutes.monthly_cost is None and "IN" in minutes.line
    assert india.line("phone_number_toll_free_abroad").quantity == 1


def test_a_design_in_several_countries_splits_each_leg_and_rents_a_number_in_each():
    b = bill({**PHONE_LINE, "countries": ["US", "DE", "FR"]})
    assert b.inputs.phone_numbers == 3 and "one per place served" in b.inputs.get("phone_numbers").basis
    assert b.line("phone_number_local").quantity == 1
    abroad = b.line("phone_number_local_abroad")
    assert abroad.quantity == 2 and "DE, FR" in abroad.line
    # the US's third of the 3,000 minutes is priced; the other two thirds are listed without a price
    assert b.line("voice_inbound_local").quantity == pytest.approx(1000)
    assert b.line("voice_inbound_local_abroad").quantity == pytest.approx(2000)
    assert b.line("voice_transfer_leg").quantity == pytest.approx(1000 * 0.2 * 8 / 3)
    assert "an even share" in b.line("voice_transfer_leg").formula


def test_your_rate_for_the_legs_abroad_puts_them_in_the_total():
    b = bill({**PHONE_LINE, "countries": ["FR"]}, prices={"voice_transfer_leg_abroad": 0.05})
    leg = b.line("voice_transfer_leg_abroad")
    assert leg.status == "yours" and float(leg.cost) == 1600 * 0.05 and "voice_transfer_leg_abroad" in ids(b)


def test_text_messages_abroad_are_not_billed_at_the_us_segment_rate():
    b = bill({"channels": ["sms"], "countries": ["GB"], "sms_per_month": 5000})
    assert "sms_segment" not in ids(b) and b.line("sms_segment_abroad").quantity == 5000


@pytest.mark.parametrize("countries", [["FR"], ["US", "CA"], ["IN"], ["US", "DE", "FR"], ["GB"]])
def test_no_priced_line_uses_a_rate_held_for_another_country(countries):
    b = bill({**PHONE_LINE, "channels": ["voice", "sms"], "countries": countries, "sms_per_month": 100})
    for line in b.lines:
        row_id = "voice_outbound" if line.id == "voice_transfer_leg" else line.id
        if row_id in load_prices():
            assert price(row_id).country in ("", "US"), line.id
    assert ("US" in countries) == any(line.id.startswith("voice_inbound_local") for line in b.lines)


def test_a_country_rate_applies_only_to_its_country():
    assert priced_in("voice_outbound", "US") is price("voice_outbound")
    assert priced_in("voice_outbound", "FR") is None and priced_in("voice_outbound", "EU") is None
    assert priced_in("recording", "FR") is price("recording")  # a rate that does not depend on the country


def test_a_transfer_to_your_own_contact_centre_says_a_sip_leg_is_billed_otherwise():
    leg = bill({**OWN_CENTRE, "countries": ["US"]}).line("voice_transfer_leg")
    assert "SIP address" in leg.note and "twarch does not hold" in leg.note
    assert "SIP" not in bill({**PHONE_LINE, "countries": ["US"]}).line("voice_transfer_leg").note


# ------------------------------------------------------------------------------------------------ other readings

def test_every_other_reading_names_a_row_twarch_holds_and_is_a_conflicting_figure():
    providers = {p.id for p in load_providers()}
    readings = [p for p in load_prices().values() if p.reading_of]
    assert {p.id for p in readings} >= {"voice_outbound_support_example", "twilio_transcription_high",
                                        "amazon_transcribe_tier1", "a2p_brand_registration_2025"}
    for row in readings:
        assert row.reading_of in load_prices() or row.reading_of in providers, row.id
        assert row.price is not None and row.status != "confirmed" and row.source_url and row.checked, row.id


def test_amazon_transcribe_shows_its_other_reading_like_every_conflict():
    b = bill({**VOICE, "countries": ["US"], "stt_provider": "amazon_transcribe"})
    stt = b.line("stt")
    assert stt.product.startswith("Amazon Web Services Transcribe") and stt.unit_price == 0.01
    readings = {r.id: r for r in b.readings}
    other = readings["amazon_transcribe_tier1"]
    assert "$0.024 per audio minute instead of $0.01" in other.text
    assert float(other.total) == pytest.approx(b.total + stt.quantity * (0.024 - 0.01), abs=0.01)
    assert [r.id for r in readings_of("amazon-transcribe")] == ["amazon_transcribe_tier1"]


def test_a_reading_covers_every_line_at_the_conflicting_rate_and_yields_to_your_price():
    b = bill({**PHONE_LINE, "countries": ["US"], "direction": "outbound"})
    other = {r.id: r for r in b.readings}["voice_outbound_support_example"]
    minutes = b.line("voice_outbound").quantity + b.line("voice_transfer_leg").quantity
    assert float(other.total) == pytest.approx(b.total - minutes * 0.001, abs=0.01)
    assert "Voice minutes, outbound and Transferred calls" in other.text
    mine = bill({**PHONE_LINE, "countries": ["US"], "direction": "outbound"},
                prices={"voice_outbound": 0.02, "voice_transfer_leg": 0.02})
    assert "voice_outbound_support_example" not in {r.id for r in mine.readings}


def test_every_declared_line_id_is_unique():
    assert len(LINE_IDS) == len(set(LINE_IDS))


# ------------------------------------------------------------------------------------------------ the transfer leg

REMINDERS = {**PHONE_LINE, "direction": "outbound", "countries": ["US"], "calls_per_month": 120000,
             "minutes_per_call": 1.5}


def test_an_outbound_reminder_transfer_leg_says_its_escalation_is_assumed_and_names_the_answer():
    leg = bill(REMINDERS).line("voice_transfer_leg")
    assert leg.quantity == 120000 * 0.2 * math.ceil(7.5)  # the sourced defaults: no lower one is held
    assert "An assumption, not your answer: escalation_share 0.2" in leg.note
    assert "no sourced rate for outbound reminders" in leg.note
    assert "more than the AI's own calls" in leg.note and "Answer escalation_share and handle_minutes" in leg.note


def test_your_escalation_share_removes_the_assumption_from_the_transfer_leg():
    leg = bill({**REMINDERS, "escalation_share": 0.02, "handle_minutes": 4}).line("voice_transfer_leg")
    assert leg.quantity == 120000 * 0.02 * 4 and "assumption" not in leg.note


HEADER = "id,product,unit,price,free_per_month,status,source_url,as_of,checked,notes,country,reading_of"


@pytest.mark.parametrize(("cells", "problem"), [
    ("35,,confirmed,https://example.org/a,2026-12-08,2026-12-08,,France,", "'France' is not an ISO 3166 alpha-2 code"),
    ("35,,confirmed,https://example.org/a,2026-12-08,2026-12-08,,US,voice_outbound", "status conflict or unverified"),
    (",,unverified,https://example.org/a,2026-12-08,2026-12-08,none found,,voice_outbound", "with a price"),
])
def test_a_bad_country_or_reading_is_refused_where_it_is_written(tmp_path, cells, problem):
    from twarch.knowledge.prices import read_prices

    path = tmp_path / "prices.csv"
    path.write_text(f"{HEADER}\nx,X,usd_per_minute,{cells}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=problem):
        read_prices(path)
