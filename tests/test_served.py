"""What feasibility rules out is never drawn, billed or sized (round-1 review, class B).

The bill, capacity and diagram read the channels the design serves after feasibility (``rec.facts.served_channels``),
never the answers: a HIPAA design that drops WhatsApp bills no WhatsApp message and counts no WhatsApp conversation; an
AU1 design whose every channel is absent there gets a Blocker, no level claimed and an empty bill.
"""

from __future__ import annotations

import itertools

import pytest

import twarch
from twarch.engine.tables import NOTHING_SERVED
from twarch.estimates.bill import bill
from twarch.estimates.capacity import capacity
from twarch.estimates.inputs import conversations
from twarch.estimates.throughput import demand

VOLUMES = {"calls_per_month": 1000, "minutes_per_call": 3, "sms_per_month": 4000, "whatsapp_per_month": 4000,
           "chat_users_per_month": 500, "messaging_conversations_per_month": 800, "escalation_share": 0.1}
#: The bill lines each channel brings, and only it.
CHANNEL_LINES = {
    "sms": {"sms_segment", "a2p_brand_registration", "a2p_secondary_vetting", "a2p_campaign_vetting",
            "tmobile_campaign_activation", "a2p_campaign_monthly", "a2p_campaign_monthly_low_volume",
            "toll_free_verification"},
    "whatsapp": {"whatsapp_message", "whatsapp_template_meta"},
    "chat": {"chat_active_user", "chat_active_user_5001", "chat_active_user_10001"},
    "rcs": {"rcs_message"},
    "voice": {"voice_inbound_local", "voice_inbound_toll_free", "voice_outbound", "conversation_relay",
              "media_streams", "pay_transaction", "amd_call"},
}


def lines(made):
    return {line.id for line in (*made.lines, *made.unpriced, *made.one_time)}


def test_a_channel_hipaa_rules_out_is_not_billed_or_counted():
    rec = twarch.recommend({"channels": ["voice", "whatsapp"], "regulations": ["hipaa"], "countries": ["US"]})
    assert rec.facts.served_channels == ("voice",)
    made = bill(rec, VOLUMES)
    assert not CHANNEL_LINES["whatsapp"] & lines(made)
    assert all("whatsapp" not in line.formula.lower() for line in made.lines)
    sized = capacity(rec, VOLUMES)
    assert conversations(sized.stack, sized.inputs.values, text_only=True).count == 0
    need = demand(sized.stack, sized.inputs)
    assert need is None or "WhatsApp" not in need.formula


def test_a_design_with_nothing_left_in_its_region_is_a_blocker_with_an_empty_bill():
    rec = twarch.recommend({"channels": ["sms", "chat"], "region": "au1", "memory": True, "handoff": True,
                            "countries": ["AU"]})
    assert rec.facts.nothing_served is True and rec.facts.served_channels == ()
    blockers = [w for w in rec.warnings if dict(w.details).get("severity") == "blocker"]
    assert any(w.id == "nothing_served" and "AU1" in w.text and "nearest design" in w.text for w in blockers)
    assert rec.level_name == NOTHING_SERVED and "Level 4" not in rec.level_name
    level = next(d for d in rec.decisions if d.id == "level")
    assert "Level" not in level.text
    assert rec.nearest  # the choice that keeps the channels, in US1
    made = bill(rec, VOLUMES)
    assert made.total == 0 and not made.lines and not made.one_time
    assert not rec.product_ids


def test_a_hipaa_design_left_with_no_channel_is_a_blocker():
    rec = twarch.recommend({"channels": ["whatsapp"], "regulations": ["hipaa"], "countries": ["US"]})
    assert rec.facts.nothing_served is True
    assert any(w.id == "nothing_served" and "HIPAA eligible" in w.text for w in rec.warnings)


def test_a_media_streams_design_advised_to_write_its_own_transcript_keeps_capture_out_of_the_total():
    rec = twarch.recommend({"channels": ["voice"], "needs_raw_audio": True, "memory": True})
    assert "streams_double_stt" in {w.id for w in rec.warnings}
    made = bill(rec, VOLUMES)
    assert "twilio_transcription" not in {line.id for line in made.lines}
    assert made.inputs.get("orchestrator_voice_capture").value == "active"
    assert "capture_alternative" in {t.id for t in made.traps}
    passive = bill(rec, {**VOLUMES, "orchestrator_voice_capture": "passive"})
    assert "twilio_transcription" in {line.id for line in passive.lines}


SPACE = [{"channels": list(channels), **extra}
         for channels in (("voice", "sms"), ("voice", "whatsapp", "chat"), ("sms", "chat"), ("whatsapp", "rcs"),
                          ("voice", "sms", "whatsapp", "rcs", "chat"))
         for extra in ({}, {"region": "ie1"}, {"region": "au1"}, {"regulations": ["hipaa"]},
                       {"region": "au1", "regulations": ["hipaa"]}, {"takes_payments": True, "region": "ie1"})]


@pytest.mark.parametrize("answers", SPACE, ids=lambda a: "-".join(itertools.chain(a["channels"], a.get("regulations",
                                                                                                         ()),
                                                                                  [a.get("region", "us1")])))
def test_no_bill_line_or_sizing_for_a_channel_the_design_does_not_serve(answers):
    rec = twarch.recommend({**answers, "countries": ["US"], "memory": True, "handoff": True})
    served = set(rec.facts.served_channels)
    made = bill(rec, VOLUMES)
    for channel, ids in CHANNEL_LINES.items():
        if channel not in served:
            assert not ids & lines(made), (channel, ids & lines(made))
    assert set(made.stack.channels) <= served
    assert set(capacity(rec, VOLUMES).stack.channels) <= served
