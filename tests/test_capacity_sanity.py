"""Capacity sanity checks (round 1 review, class G): a phone line carrying more people than a <Dial> can ring, the
Amazon Transcribe streaming quota, the seats answered against the Erlang C need, and a peak hour the month cannot hold.
"""

from __future__ import annotations

import twarch
from twarch.estimates.capacity import capacity
from twarch.knowledge.limits import LIMITS

#: Round 1, design 04: 220 calls at once, a quarter handed to "our team's queue number".
PHONE = {"channels": ["voice"], "handoff": True, "handoff_target": "phone_line", "calls_per_month": 150000,
         "minutes_per_call": 4, "peak_concurrent_calls": 220, "escalation_share": 0.25}
#: Round 1, design 14: 1M outbound calls a month, 2,500 at once, 150 seats.
BANK = {"channels": ["voice"], "handoff": True, "handoff_target": "contact_center", "direction": "outbound",
        "calls_per_month": 1000000, "minutes_per_call": 2, "peak_concurrent_calls": 2500, "escalation_share": 0.2,
        "seats": 150}


def checks(c) -> dict:
    return {check.id: check for check in c.checks}


def test_a_busy_phone_line_of_unknown_count_is_checked_not_called_over():
    """Round 2, design 02: <Dial>'s 10 numbers are those one <Dial> rings together, not parallel transfers to
    different numbers, so hand-offs whose line count is unknown (a chain's stores) are not OVER: the figure says it
    assumes one line, what several lines would take, and the queue only for one line taking them all."""
    check = checks(capacity(PHONE))["dial_numbers"]
    assert check.ok is None and check.limit == LIMITS["dial_numbers"].value == 10
    assert "assumes one line takes every hand-off" in check.note and "from 11 lines" in check.note
    assert "Only if one line (one team) takes them all" in check.note
    assert "queue" in check.note and "Erlang C needs" in check.note and "own_contact_center" in check.note


def test_an_isv_phone_line_hand_off_is_checked_per_tenant():
    """Round 2, design 04: 1,200 dealers each with their own line: the people at once are divided by the tenants."""
    isv = {**PHONE, "customer_profile": "isv", "tenants": 1200}
    check = checks(capacity(isv))["dial_numbers"]
    assert check.ok is True and check.need == round(check.need, 2) < 0.1
    assert "1,200 tenants, each its own line" in check.text and "Each tenant's line takes" in check.note


def test_an_isv_whose_each_line_is_busier_than_a_dial_is_over():
    isv = {**PHONE, "customer_profile": "isv", "tenants": 2}
    check = checks(capacity(isv))["dial_numbers"]
    assert check.ok is False and check.need > 10 and "for each tenant" in check.note and "queue" in check.note


def test_a_quiet_phone_line_fits_one_dial():
    quiet = {**PHONE, "calls_per_month": 3000, "peak_concurrent_calls": 4, "escalation_share": 0.1}
    assert checks(capacity(quiet))["dial_numbers"].ok is True


def test_amazon_transcribe_streams_are_checked_against_the_default_quota():
    design = {"channels": ["voice"], "stt_provider": "amazon_transcribe", "peak_concurrent_calls": 60,
              "calls_per_month": 25000, "minutes_per_call": 3}
    rec = twarch.recommend(design)
    assert rec.voice_transport == "media_streams"
    check = checks(capacity(rec))["transcribe_streaming_concurrency"]
    assert (check.need, check.limit, check.ok) == (60, LIMITS["transcribe_streaming_concurrency"].value, False)
    assert "5" in check.note and "Service Quotas" in check.note  # both readings of the quota page


def test_the_seats_answered_are_reconciled_with_the_erlang_need():
    c = capacity(BANK)
    assert "Your 150 seats" in c.humans_note and "check the peak or the seats" in c.humans_note
    assert "enough" in capacity({**BANK, "seats": 2000}).humans_note


def test_a_peak_hour_bigger_than_an_open_day_is_questioned():
    notes = " ".join(capacity(BANK).notes)
    assert "Check the peak" in notes and "7.5%" in notes
    plausible = {**BANK, "peak_concurrent_calls": 100}
    assert not any("Check the peak" in n for n in capacity(plausible).notes)
