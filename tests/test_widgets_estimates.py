"""The Wizard's Volumes step and Cost & capacity tab: inputs re-render only the outputs they affect."""

from __future__ import annotations

import ipywidgets as widgets
import pytest
from wizard_tabs import every_tab

import twarch
from twarch.widgets import Wizard
from twarch.widgets.bundles import PLOTLY_MIME
from twarch.widgets.outputs import PANELS, RESULT_TABS
from twarch.widgets.steps import step_for

pytestmark = pytest.mark.render

DESIGN = {"channels": ["voice", "sms"], "memory": True, "handoff": True, "stt_provider": "deepgram",
          "tts_provider": "elevenlabs", "llm": "openai"}


def test_the_tab_sits_before_the_checklist():
    assert RESULT_TABS[-2:] == ("Cost & capacity", "Checklist")
    assert [p.name for p in PANELS if p.tab == "Cost & capacity"] == ["bill", "bill_chart", "tornado", "platforms",
                                                                      "design_latency", "capacity"]


def test_volumes_step_has_a_number_field():
    step = step_for("volumes")
    field = step.fields["outbound_share"]
    assert isinstance(field.control, widgets.Text) and "0 to 1" in field.control.placeholder
    field.control.value = "0.25"
    assert field.value == 0.25 and not field.error
    field.control.value = "1.5"
    assert field.value == 0.25 and "above 1" in field.error
    field.control.value = "lots"
    assert "not a number" in field.error


def test_bill_appears_once_calls_are_answered_and_each_input_redraws_only_its_outputs():
    w = every_tab(Wizard(DESIGN))
    assert "Answer <b>calls per month</b>" in w.results.bill.value
    assert "No bill yet" in w.results.bill_chart.outputs[0]["data"]["text/plain"]
    w.set(calls_per_month=2000)
    assert "Monthly cost: $" in w.results.bill.value
    assert {"bill", "bill_chart", "tornado"} <= w.last_rendered
    spec = w.results.tornado.outputs[0]["data"][PLOTLY_MIME]
    assert spec["layout"]["title"]["text"].startswith("What drives the bill")
    assert f"${twarch.bill(w.recommendation).total:,.2f}" in w.results.bill.value
    w.set(handle_minutes=6, escalation_share=0.1)  # sizes the human team: Flex seats and capacity
    assert {"bill", "capacity"} <= w.last_rendered and "design_latency" not in w.last_rendered
    assert "Human agents</b>: 1" in w.results.capacity.value
    w.set(tts_provider="google")  # another voice: latency and bill, not the capacity plan
    assert {"bill", "design_latency"} <= w.last_rendered and "capacity" not in w.last_rendered


def test_messaging_design_has_no_voice_budget():
    w = every_tab(Wizard({"channels": ["sms"]}))
    assert "No voice channel" in w.results.design_latency.outputs[0]["data"]["text/plain"]
    w.set(sms_per_month=5000)
    assert "Monthly cost: $51.50" in w.results.bill.value  # 5,000 x $0.0083 + one A2P 10DLC campaign's $10
    assert "One-time fees, not in the monthly total: $109.00" in w.results.bill.value  # $4 + $40 + $15 + $50


@pytest.mark.parametrize("answers", [{"channels": ["voice"], "calls_per_month": 0},
                                     {"channels": ["voice"], "calls_per_month": 10, "minutes_per_call": 0},
                                     {"channels": ["voice"], "voice_pipeline": "speech_to_speech",
                                      "calls_per_month": 100}])
def test_edge_volumes_render_without_errors(answers):
    w = every_tab(Wizard(answers))
    assert w.results.bill.value and w.results.capacity.value


def test_the_cost_tab_compares_buying_with_building():
    """Issue 20, part 5: the bill's call minutes at the list rates of all-in voice-agent platforms."""
    w = every_tab(Wizard({"channels": ["voice"], "calls_per_month": 1000}))
    chart, note = w.results.platforms.outputs
    assert "Buy versus build, list prices: 5,000 call minutes a month" in chart["data"]["text/plain"]
    assert note["data"]["text/plain"].startswith("List-price comparison")
    w.set(channels=["sms"], sms_per_month=100)
    assert "no voice channel" in w.results.platforms.outputs[0]["data"]["text/plain"]
