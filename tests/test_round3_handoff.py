"""Round 3, classes A, B and H: a hand-off keyed on the channels served and on who takes it, and card capture off
ConversationRelay and across tenants (review round 3, designs 07, 09, 12, 15, 16, 17, 19)."""

from twarch import recommend
from twarch.engine.consistency import problems
from twarch.estimates.capacity import TRANSFER_PLANNING, capacity
from twarch.knowledge.invariants import CALL_TRANSFER
from twarch.render.reports import to_markdown

#: Design 07: WhatsApp and web chat only, hand-offs to the customer's Genesys contact centre.
GENESYS_TEXT = {"channels": ["whatsapp", "chat"], "handoff": True, "handoff_target": "own_contact_center",
                "customer_profile": "enterprise", "production": True, "countries": ["IN"],
                "messaging_conversations_per_month": 150000, "escalation_share": 0.08}
#: Design 09: voice and WhatsApp, hand-offs to Five9.
FIVE9_BOTH = {"channels": ["voice", "whatsapp"], "handoff": True, "handoff_target": "own_contact_center",
              "customer_profile": "enterprise", "production": True, "countries": ["US"], "calls_per_month": 150000,
              "escalation_share": 0.2}
#: Design 16: SMS and web chat in IE1, the team was to answer in Flex chat.
IE1_FLEX_CHAT = {"channels": ["rcs", "sms", "chat"], "handoff": True, "handoff_target": "contact_center",
                 "customer_profile": "enterprise", "production": True, "region": "ie1", "countries": ["GB"],
                 "messaging_conversations_per_month": 150000, "escalation_share": 0.1, "seats": 25}
#: Design 19: voice in AU1, the hardship team was to answer in Flex.
AU1_FLEX_VOICE = {"channels": ["voice"], "handoff": True, "handoff_target": "contact_center",
                  "customer_profile": "enterprise", "production": True, "region": "au1", "countries": ["AU"],
                  "calls_per_month": 40000, "minutes_per_call": 5, "escalation_share": 0.15, "seats": 20}
#: Design 12: HIPAA and <Pay> on the AI's call, with memory and live supervision.
HIPAA_PAY = {"channels": ["voice"], "memory": True, "intelligence": "realtime", "handoff": True,
             "handoff_target": "contact_center", "industry": "healthcare", "countries": ["US"], "takes_payments": True,
             "card_capture": "pay_in_call", "regulations": ["hipaa", "pci_dss"], "production": True}
#: Design 17: an ISV's speech-to-speech agent taking cards with <Pay> on the call, for 2,000 tenants.
S2S_PAY_ISV = {"channels": ["voice", "sms"], "memory": True, "handoff": True, "handoff_target": "phone_line",
               "customer_profile": "isv", "tenants": 2000, "countries": ["US", "CA"], "takes_payments": True,
               "card_capture": "pay_in_call", "voice_pipeline": "speech_to_speech", "production": True}


def _rules(rec) -> set:
    return {i.why.rule for i in rec.items()}


def test_a_text_only_hand_off_to_your_contact_centre_names_no_call_transfer():
    rec = recommend(GENESYS_TEXT)
    report = to_markdown(rec)
    assert rec.facts.handoff_transfer and not rec.facts.handoff_own_team
    assert not CALL_TRANSFER.search(report), CALL_TRANSFER.search(report)
    assert "through its own messaging integration" in next(i for i in rec.decisions if i.id == "level").text
    assert "through its own messaging integration" in report
    assert {"warn.transfer_text", "decide.routing_transfer_text"} <= _rules(rec)
    assert capacity(rec).humans_note.startswith(TRANSFER_PLANNING["own", "text"])
    assert problems(rec) == []


def test_calls_and_texts_to_your_contact_centre_get_a_route_each():
    rec = recommend(FIVE9_BOTH)
    level = next(i for i in rec.decisions if i.id == "level").text
    assert "calls by <Dial> to its number or SIP address, text conversations through its own messaging" in level
    assert {"warn.transfer_text", "decide.routing_transfer_both"} <= _rules(rec)
    assert capacity(rec).humans_note.startswith(TRANSFER_PLANNING["own", "both"])


def test_flex_ruled_out_by_ie1_leaves_the_team_their_own_agent_ui_not_an_invented_contact_centre():
    rec = recommend(IE1_FLEX_CHAT)
    report = to_markdown(rec)
    assert rec.facts.handoff_own_team and not rec.facts.voice
    assert not CALL_TRANSFER.search(report)
    assert "your contact centre" not in report
    flex = next(i for i in rec.tradeoffs if i.id == "gives.flex")
    assert "agent UI of your own" in flex.text and "Conversations for chat" in flex.text
    assert "warn.team_text_ie1" in _rules(rec) and "keeps the hand-off in IE1" in report
    assert capacity(rec, {"seats": 25}).humans_note.startswith(TRANSFER_PLANNING["team", "text"])
    assert problems(rec) == []


def test_flex_ruled_out_by_au1_puts_calls_through_to_the_team_phone_line():
    rec = recommend(AU1_FLEX_VOICE)
    report = to_markdown(rec)
    assert rec.facts.handoff_own_team
    assert "your contact centre's number or SIP address" not in report
    assert "your contact centre's own routing" not in report
    assert {"warn.team_phone_line", "stack.handoff_team_phone", "decide.routing_team_voice"} <= _rules(rec)
    assert "This keeps the calls in AU1" in report
    assert capacity(rec, {"seats": 20}).humans_note.startswith(TRANSFER_PLANNING["team", "voice"])
    assert problems(rec) == []


def test_a_text_only_phone_line_hand_off_is_a_text_not_a_transfer():
    rec = recommend({"channels": ["sms"], "handoff": True, "handoff_target": "phone_line"})
    level = next(i for i in rec.decisions if i.id == "level")
    assert "texted to the person there" in level.text and "<Dial>" not in level.text


def test_the_keep_them_advice_is_left_out_where_hipaa_rules_the_products_out_anyway():
    rec = recommend(HIPAA_PAY)
    assert "To keep them" not in to_markdown(rec)
    assert "To keep them" in to_markdown(recommend({**HIPAA_PAY, "industry": "general", "regulations": ["pci_dss"]}))


def test_media_streams_pay_round_trip_and_every_tenant_subaccount_in_pci_mode():
    rec = recommend(S2S_PAY_ISV)
    assert rec.voice_transport == "media_streams"
    by_rule = {i.why.rule: i.text for i in rec.warnings}
    assert "new model session" in by_rule["warn.pci_streams"] and "re-prime" in by_rule["warn.pci_streams"]
    assert "2000 tenants" in by_rule["warn.pci_isv_tenants"]
    relay = recommend({**S2S_PAY_ISV, "voice_pipeline": "cascaded", "customer_profile": "enterprise"})
    assert "warn.pci_streams" not in _rules(relay) and "warn.pci_isv_tenants" not in _rules(relay)


def test_the_checker_catches_a_call_transfer_in_a_text_only_design():
    from dataclasses import replace

    rec = recommend(GENESYS_TEXT)
    broken = replace(rec, warnings=(*rec.warnings, replace(rec.warnings[0], text="Transfer it with <Dial>.")))
    assert any(p.startswith("text_no_call_transfer") for p in problems(broken))


def test_a_text_only_design_answered_pay_in_call_names_no_call_transfer():
    # found by Hypothesis: the PCI products warning offered a subaccount "the call is transferred to" without calls
    assert problems(recommend({"takes_payments": True, "card_capture": "pay_in_call", "channels": ["sms"]})) == []
