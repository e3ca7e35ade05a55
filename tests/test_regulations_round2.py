"""Review round 2, classes E, F and G: governing law inside covered countries, the PCI regime line and Eligibility
column keyed on the engine's card-capture decision, and blockers that the drawn design already meets.

The designs are the review's own (/work/notes/reviews/round2/designs), cut down to the answers each finding reads.
"""

import twarch
from twarch.answers import Answers
from twarch.knowledge import checklist as checklist_data
from twarch.knowledge.regimes import REGIMES
from twarch.reader.request import read

PAY = {"takes_payments": True}


def _warning(rec, wid):
    return next((w for w in rec.warnings if w.id == wid), None)


def _regime_text(rec, rid="pci_dss"):
    return next(r.text for r in rec.regulations if r.id == rid)


def _pci_cell(rec, cid):
    row = next(r for r in rec.eligibility if r.id == f"eligibility.{cid}")
    return dict(row.get("cells"))["pci_dss"]


# ------------------------------------------------------------------------------------------------ F: PCI wording


def test_the_pci_regime_line_follows_the_card_capture_the_engine_decided():
    link = twarch.recommend({"channels": ["whatsapp", "rcs"], **PAY, "card_capture": "payment_link"})  # design 08
    assert link.facts.card_capture_used == "payment_link"
    text = _regime_text(link)
    assert "hosted page" in text and "subaccount" not in text and "<Pay>" not in text
    sub = twarch.recommend({"channels": ["voice", "sms"], **PAY, "card_capture": "pay_subaccount"})  # design 07
    assert "separate subaccount in PCI Mode" in _regime_text(sub)
    in_call = twarch.recommend({"channels": ["voice", "whatsapp"], **PAY, "card_capture": "pay_in_call"})  # design 12
    text = _regime_text(in_call)
    assert "on its own account" in text and "dedicated subaccount" not in text  # agrees with PCI-10
    assert "PCI-10" in {i.id for i in in_call.checklist}
    # unanswered capture: the engine's default (<Pay> on the AI's account with voice, a link without) words the line
    assert "on its own account" in _regime_text(twarch.recommend({"channels": ["voice"], **PAY}))
    assert "hosted page" in _regime_text(twarch.recommend({"channels": ["sms"], **PAY}))
    # named without card payments: no capture was decided, so the regime's general text stands
    named = twarch.recommend({"channels": ["voice"], "regulations": ["pci_dss"]})
    assert _regime_text(named) == REGIMES["pci_dss"].sourced
    why = next(r for r in link.regulations if r.id == "pci_dss").why
    assert ("card_capture_used", "payment_link") in why.facts


def test_the_eligibility_pci_column_says_out_of_scope_where_card_data_never_reaches_the_ai():
    link = twarch.recommend({"channels": ["whatsapp"], "memory": True, **PAY, "card_capture": "payment_link"})
    assert "conversation_memory" in link.product_ids
    cell = _pci_cell(link, "conversation_memory")
    assert cell["active"] and cell["words"].startswith("not eligible for card data; out of scope here")
    assert "payment link" in cell["words"] and "QSA" in cell["words"] and cell["claim"] == "pci.descoped"
    sub = twarch.recommend({"channels": ["voice"], "memory": True, **PAY, "card_capture": "pay_subaccount"})
    assert "PCI-Mode subaccount" in _pci_cell(sub, "conversation_memory")["words"]
    in_call = twarch.recommend({"channels": ["voice"], "memory": True, **PAY, "card_capture": "pay_in_call"})
    assert "conversation_memory" not in in_call.product_ids  # left out: there the bar is real
    assert _pci_cell(in_call, "conversation_memory")["words"] == "not eligible"


# ------------------------------------------------------------------------------------------------ G: blockers


def _blockers(rec):
    return {w.id for w in rec.warnings if w.get("severity") == "blocker"}


def test_paying_in_a_text_channel_is_a_reminder_when_the_design_takes_cards_on_the_call():
    for capture in ("pay_in_call", "pay_subaccount"):  # designs 12 and 07
        rec = twarch.recommend({"channels": ["voice", "whatsapp"], **PAY, "card_capture": capture})
        note = _warning(rec, "pci_text_payments")
        assert note.get("severity") == "operational" and "Cards are taken on the call" in note.text
    text_only = twarch.recommend({"channels": ["sms"], **PAY, "card_capture": "pay_in_call"})
    assert "pci_text_payments" in _blockers(text_only)


def test_a_toll_free_only_country_is_a_blocker_only_until_the_design_uses_toll_free():
    india = {"channels": ["voice"], "countries": ["IN"], "direction": "inbound"}
    assert "inbound_local_numbers" in _blockers(twarch.recommend(india))
    planned = twarch.recommend({**india, "toll_free_share": 1})  # design 11: parents call the toll-free number
    note = _warning(planned, "inbound_local_numbers")
    assert note.get("severity") == "operational" and "already uses" in note.text
    assert "inbound_local_numbers" in _blockers(twarch.recommend({**india, "toll_free_share": 0.5}))


# ------------------------------------------------------------------------------------------------ E: governing law


def _notice(rec):
    return _warning(rec, "local_law_uncovered")


def test_each_covered_country_says_which_sub_national_or_sector_law_twarch_does_not_hold():
    assert "in the US, state law beyond" in _notice(twarch.recommend({"countries": ["US"]})).text
    assert "in the US" in _notice(twarch.recommend({})).text  # the US is assumed while countries are unanswered
    text = _notice(twarch.recommend({"countries": ["DE", "FR", "ES", "IT", "GB", "CA"]})).text
    for words in ("in Germany, national and sector law", "SGB X", "in France", "CSE", "in Spain, Italy,",
                  "Welsh Language Standards", "Quebec's"):
        assert words in text
    assert _notice(twarch.recommend({"countries": ["SG"]})) is None  # uncovered: the "no rules for" line says it


def test_a_law_the_request_names_but_twarch_cannot_place_is_echoed_not_dropped():
    answers = {"request": "We are a South African insurer calling policyholders. We must comply with POPIA.",
               "channels": ["voice"], "countries": ["ZA"]}  # design 13
    rec = twarch.recommend(*read(Answers.from_dict(answers)))
    assert not any("POPIA" in words for words in rec.unread)
    note = _warning(rec, "unplaced_laws")
    assert note is not None and "South Africa's POPIA" in note.text and "cannot place it" in note.text
    assert note.text in twarch.checklist(rec).notices


def test_outbound_sales_to_the_us_get_the_state_telemarketing_laws():
    sales = twarch.recommend({"channels": ["voice", "sms"], "outcome": "conversational_commerce",
                              "direction": "outbound", "countries": ["US", "CA"]})  # design 04
    entry = next(i for i in sales.checklist if i.id == "TCPA-20")
    assert "8 a.m. to 8 p.m." in entry.text and "three sales calls" in entry.text and "Oklahoma" in entry.text
    reminders = twarch.recommend({"channels": ["voice"], "outcome": "outbound_calling", "direction": "outbound",
                                  "countries": ["US"]})
    assert "TCPA-20" not in {i.id for i in reminders.checklist}


def test_behavioural_health_intake_gets_42_cfr_part_2_and_crisis_calls_a_live_fallback():
    answers = {"request": "We are a behavioral health practice in New York. Crisis calls must be transferred "
                          "immediately to the on-call clinician's cell phone.",
               "channels": ["voice"], "industry": "healthcare", "countries": ["US"], "handoff": True,
               "handoff_target": "phone_line"}  # design 16
    rec = twarch.recommend(*read(Answers.from_dict(answers)))
    assert "HIPAA-12" in {i.id for i in rec.checklist}
    fallback = _warning(rec, "phone_handoff_unanswered")
    assert fallback.why.rule == "warn.crisis_fallback_us" and "988" in fallback.text
    assert "never end on voicemail" in fallback.text
    plain = twarch.recommend({**answers, "request": "We are a dental practice. Billing questions go to the desk."})
    assert "HIPAA-12" not in {i.id for i in plain.checklist}
    assert "voicemail, a callback" in _warning(plain, "phone_handoff_unanswered").text


def test_a_welsh_speaking_uk_service_gets_the_welsh_language_standards_and_the_public_task_basis():
    rec = twarch.recommend({"channels": ["voice", "chat"], "countries": ["GB"],
                            "languages": ["en-GB", "cy-GB"]})  # design 17
    assert "welsh_language" in rec.regulation_ids
    ids = {i.id for i in rec.checklist}
    assert {"WLS-01", "WLS-02"} <= ids
    uk01 = next(i for i in rec.checklist if i.id == "UK-01")
    assert "public-task basis (Art. 6(1)(e))" in uk01.text and "legitimate interests is not open" in uk01.text
    assert "welsh_language" not in twarch.recommend({"countries": ["GB"], "languages": ["en-GB"]}).regulation_ids


def test_german_and_french_employee_tools_and_statutory_insurers_get_their_pointers():
    tool = twarch.recommend({"channels": ["voice"], "outcome": "internal_tools", "countries": ["US", "DE", "FR"]})
    ids = {i.id for i in tool.checklist}
    assert {"GDPR-13", "GDPR-14"} <= ids and "BetrVG" in next(i.text for i in tool.checklist if i.id == "GDPR-13")
    service = twarch.recommend({"channels": ["voice"], "outcome": "autonomous_service", "countries": ["DE", "FR"]})
    assert not {"GDPR-13", "GDPR-14"} & {i.id for i in service.checklist}
    insurer = twarch.recommend({"channels": ["voice"], "industry": "healthcare", "countries": ["DE"]})  # design 06
    assert "GDPR-12" in {i.id for i in insurer.checklist}


def test_collectors_get_state_licensing_and_australia_gets_app_8():
    collector = twarch.recommend({"channels": ["voice"], "industry": "debt_collection", "countries": ["US", "CA"]})
    assert "FDCPA-10" in {i.id for i in collector.checklist}
    clinic = twarch.recommend({"channels": ["voice"], "industry": "healthcare", "countries": ["AU"]})  # design 09
    note = _warning(clinic, "au_cross_border")
    assert note is not None and "APP 8" in note.text
    assert dict(note.details)["sources"][0].url.startswith("https://www.oaic.gov.au/")


def test_every_round_2_item_is_sourced_and_dated():
    for entry_id in ("TCPA-20", "HIPAA-12", "GDPR-12", "GDPR-13", "GDPR-14", "FDCPA-10", "WLS-01", "WLS-02"):
        entry = checklist_data.by_id(entry_id)
        assert entry.sources and all(s.url.startswith(("http://", "https://")) for s in entry.sources)
        assert "2026-12-08" in entry.note
    assert REGIMES["welsh_language"].sources and REGIMES["welsh_language"].where == "GB"
