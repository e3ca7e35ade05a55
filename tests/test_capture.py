"""How card details are taken (``card_capture``) decides every PCI checklist item, warning, bill line and account count.

Round-1 review, class C: a payment-link design was told to collect cards through ``<Pay>`` and billed ``<Pay>``
transactions; a pay-in-call design was told to give payments their own subaccount; a payment-subaccount design
counted one account and never warned that the parent call's recording keeps running through the payment.
"""

from __future__ import annotations

import pytest

import twarch
from twarch.estimates.bill import bill
from twarch.estimates.capacity import capacity

BASE = {"channels": ["voice", "sms"], "takes_payments": True, "records_calls": True, "countries": ["US"],
        "memory": True}
VOLUMES = {"calls_per_month": 1000, "minutes_per_call": 3, "sms_per_month": 1000,
           "messaging_conversations_per_month": 200}
#: The checklist items about <Pay> and PCI Mode in an account of yours.
PAY_ITEMS = {"PCI-01", "PCI-02", "PCI-03", "PCI-04", "PCI-06", "PCI-09", "PCI-10"}


def design(capture, **more):
    return twarch.recommend({**BASE, "card_capture": capture, **more})


def ids(items):
    return {i.id for i in items}


def test_payment_link_gets_only_the_hosted_page_items():
    rec = design("payment_link")
    pci = {i for i in ids(rec.checklist) if i.startswith("PCI-")}
    assert not pci & PAY_ITEMS, pci
    assert {"PCI-05", "PCI-07", "PCI-08"} <= pci


def test_payment_link_on_a_voice_only_design_still_gets_the_hosted_page_item():
    rec = design("payment_link", channels=["voice"])
    assert "PCI-08" in ids(rec.checklist)


def line_ids(b):
    """Every line of a bill: in the total, not in it (no rate) and one-time."""
    return {line.id for line in (*b.lines, *b.unpriced, *b.one_time)}


def test_payment_link_bills_no_pay_transactions():
    assert "pay_transaction" not in line_ids(bill(design("payment_link"), VOLUMES))
    assert "pay_transaction" in line_ids(bill(design("pay_in_call"), VOLUMES))


def test_payment_link_collector_gets_no_pci_mode_retention_blocker():
    more = {"industry": "debt_collection", "regulations": ["fdcpa"], "channels": ["voice"]}
    assert "pci_recording_retention" not in ids(design("payment_link", **more).warnings)
    assert "pci_recording_retention" not in ids(design("pay_subaccount", **more).warnings)
    assert "pci_recording_retention" in ids(design("pay_in_call", **more).warnings)


def test_pay_in_call_is_not_told_to_give_payments_their_own_subaccount():
    rec = design("pay_in_call")
    assert "PCI-02" not in ids(rec.checklist)
    assert "PCI-10" in ids(rec.checklist)
    assert all("own subaccount" not in i.text for i in rec.checklist)


def test_pay_subaccount_keeps_the_subaccount_item():
    assert {"PCI-01", "PCI-02"} <= ids(design("pay_subaccount").checklist)


@pytest.mark.parametrize("tenants", [None, 3])
def test_pay_subaccount_counts_a_payment_subaccount_per_tenant(tenants):
    more = {"tenants": tenants} if tenants else {}
    with_pay = capacity(design("pay_subaccount", **more), VOLUMES)
    with_link = capacity(design("payment_link", **more), VOLUMES)
    assert with_pay.subaccounts == with_link.subaccounts + (tenants or 1)
    assert all("payment subaccount" in how for _, _, how in with_pay.subaccount_readings)


def test_pay_subaccount_warns_to_pause_the_parent_leg_recording():
    assert "pci_subaccount_recording" in ids(design("pay_subaccount").warnings)
    assert "pci_subaccount_recording" not in ids(design("pay_in_call").warnings)
    assert "pci_subaccount_recording" not in ids(design("payment_link").warnings)


def test_pay_subaccount_is_a_product_drawn_beside_the_call():
    rec = design("pay_subaccount")
    assert "pay_subaccount" in rec.product_ids
    assert "pay_subaccount" not in design("pay_in_call").product_ids
    assert "pay_subaccount" not in design("payment_link").product_ids
    assert "Pay Connector" in next(p.text for p in rec.products if p.id == "pay_subaccount")
