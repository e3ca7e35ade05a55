"""The Wizard's *Cost & capacity* tab: the monthly bill, what drives it, the design's latency and its sizing.

Each output is a :class:`~twarch.widgets.outputs.Panel` (registered in ``PANELS``); its key is the plain data it is
drawn from, so an input re-renders only the outputs it changes: a Volumes answer changes the bill (and its
charts), a peak or a head-count answer the capacity plan, a provider choice the latency. The engine models
(:mod:`twarch.estimates`) are cheap; the charts are drawn only when
their key changes.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from ..errors import AnswerError
from ..recommendation import Recommendation
from ..text import esc
from .bundles import figure_bundle, note_bundle

COST_TAB = "Cost & capacity"
NO_VOLUME = ("Answer <b>calls per month</b> in step 6 (Volumes) to price this design: every line below is then "
             "sourced and dated, and every assumption can be changed there.")


@lru_cache(maxsize=32)
def _bill_of(answers_json: str) -> Any:
    from ..estimates.bill import bill

    try:
        return bill(json.loads(answers_json))
    except AnswerError as exc:
        return str(exc)


def _answers_json(rec: Recommendation) -> str:
    return json.dumps(rec.answers.to_dict(), sort_keys=True)


def bill_key(rec: Recommendation, _mode: Any) -> Any:
    """The bill's data (or why there is none): what the bill panel and its charts are drawn from."""
    if rec.voice_transport is not None and rec.answers.calls_per_month is None:
        return ("no_volume",)
    b = _bill_of(_answers_json(rec))
    return ("error", b) if isinstance(b, str) else json.dumps(b.to_dict(), sort_keys=True)


def _qty(x: float | None) -> str:
    """A quantity for the table: thousands separated, no exponent."""
    if x is None:
        return "?"
    return f"{x:,.0f}" if x == int(x) else f"{x:,.2f}" if abs(x) >= 1000 else f"{x:.4g}"


def _fit(fig: Any, names: dict[str, str] | None = None) -> dict[str, Any]:
    """A figure as a display bundle that takes the tab's width (the renderers fix it for notebooks)."""

    fig.update_layout(width=None, autosize=True)
    return figure_bundle(fig, names)


def _esc(text: Any) -> str:

    return esc(text)


def draw_bill(key: Any, rec: Recommendation, _mode: Any) -> str:
    if key == ("no_volume",):
        return f"<p><i>{NO_VOLUME}</i></p>"
    if isinstance(key, tuple):
        return f"<p><i>Not priced: {_esc(key[1])}</i></p>"
    data = json.loads(key)
    rows = "".join(
        f"<tr><td>{_esc(x['line'])}</td><td style='text-align:right'>{_qty(x['quantity'])}</td><td>{_esc(x['unit'])}"
        f"</td><td style='text-align:right'>{x['unit_price']:g}</td><td style='text-align:right'>"
        f"{x['monthly_cost']:,.2f}</td><td><a href='{_esc(x['source'].split()[0])}' target='_blank' rel='noopener'>"
        f"{_esc(x['status'])}</a> {_esc(x['as_of'])}</td></tr>" for x in data["lines"])
    per = " · ".join(p for p in (
        f"${data['per_call']:,.2f} per call" if data["per_call"] is not None else "",
        f"${data['per_resolved_conversation']:,.2f} per resolved conversation"
        if data["per_resolved_conversation"] is not None else "") if p)
    extra = "".join(f"<li>Not in the total: {_esc(x['line'])} ({_qty(x['quantity'])} "
                    f"{_esc(x['unit'])}), no sourced price</li>" for x in data["unpriced"])
    if data["one_time"]:
        extra += (f"<li>One-time fees, not in the monthly total: ${data['one_time_total']:,.2f} (" + "; ".join(
            f"{_esc(x['line'])} " + (f"${x['one_time_cost']:,.2f}" if x["one_time_cost"] is not None else
                                     "not priced") for x in data["one_time"]) + ")</li>")
    extra += "".join(f"<li>{_esc(r['text'])}: ${r['total_monthly']:,.2f} ({r['difference']:+,.2f})</li>"
                     for r in data["readings"])
    extra += "".join(f"<li>Trap: {_esc(t['text'])}" + (f" (${t['monthly_cost']:,.2f})" if t["monthly_cost"]
                                                        is not None else "") + "</li>" for t in data["warnings"])
    assumed = ", ".join(data["assumed"])
    return (f"<div class='twarch-bill-table'><b>Monthly cost: ${data['total_monthly']:,.2f}</b> "
            f"<small>({_esc(data['stack'])}{'; ' + per if per else ''})</small>"
            "<table style='border-collapse:collapse;font-size:.9em'><thead><tr><th>Line</th><th>Quantity</th>"
            f"<th>Unit</th><th>USD/unit</th><th>USD/month</th><th>Source</th></tr></thead><tbody>{rows}</tbody></table>"
            f"<ul style='font-size:.85em'>{extra}</ul><div style='color:#5F6B7A;font-size:.8em'>Assumed defaults "
            f"(change them in step 6 or with twarch.bill(..., volumes)): {_esc(assumed)}</div></div>")


def _note(text: str) -> dict[str, Any]:

    return note_bundle(text)


def draw_bill_chart(key: Any, rec: Recommendation, _mode: Any) -> tuple[dict[str, Any], ...]:
    if not isinstance(key, str):
        return (_note("No bill yet, so no chart."),)
    from ..render.costs import bill_figure

    return (_fit(bill_figure(_bill_of(_answers_json(rec)))),)


def draw_tornado(key: Any, rec: Recommendation, _mode: Any) -> tuple[dict[str, Any], ...]:
    if not isinstance(key, str):
        return (_note("No bill yet, so nothing drives it."),)
    from ..estimates.whatif import sensitivity
    from ..render.costs import tornado_figure

    swings = sensitivity(rec)
    return (_fit(tornado_figure(swings), input_names(rec, [s.input for s in swings.swings])),)


def input_names(rec: Recommendation, inputs: list[str]) -> dict[str, str]:
    """The tornado's rows as people read them: an input by its meaning, a price by its bill line."""
    from ..estimates.volumes import SPECS

    lines = {line.id: line.line.split(":")[0] for line in _bill_of(_answers_json(rec)).lines}
    out = {}
    for name in inputs:
        if name.startswith("price: "):
            line = name.removeprefix("price: ")
            out[name] = f"price of {lines.get(line, line.replace('_', ' '))}"
        elif name in SPECS:
            out[name] = SPECS[name].meaning
    return out


def draw_platforms(key: Any, rec: Recommendation, _mode: Any) -> tuple[dict[str, Any], ...]:
    """Buy versus build: the bill's call minutes at the list rates of all-in voice-agent platforms, beside the
    design's voice agent on Twilio (a chart and the list-price label; the table is in the cost notebook)."""
    if not isinstance(key, str):
        return (_note("No bill yet, so nothing to compare."),)
    from ..estimates.platforms import LABEL, comparison_of
    from ..render.platforms import platforms_figure

    try:
        c = comparison_of(_bill_of(_answers_json(rec)))
    except AnswerError as exc:
        return (_note(f"No buy-versus-build comparison: {exc.problem}."),)
    return (_fit(platforms_figure(c)), _note(LABEL + " Rates, what each includes and excludes, sources and dates: "
                                                     "twarch.compare_platforms(design) or the cost notebook."))


def latency_key(rec: Recommendation, _mode: Any) -> Any:
    if rec.voice_transport is None:
        return None
    from ..estimates.latency import latency

    return json.dumps(latency(rec).to_dict(), sort_keys=True)


def draw_latency(key: Any, rec: Recommendation, _mode: Any) -> tuple[dict[str, Any], ...]:
    if key is None:
        return (_note("No voice channel, so no mouth-to-ear budget."),)
    from ..estimates.latency import latency
    from ..render.costs import latency_figure

    budget = latency(rec)
    warned = tuple(_note(text) for text in (budget.over_limit(),) if text)
    return (_fit(latency_figure(budget)), *warned, _note(budget.attack_first()))


def capacity_key(rec: Recommendation, _mode: Any) -> Any:
    from ..estimates.capacity import capacity

    try:
        return json.dumps(capacity(rec).to_dict(), sort_keys=True)
    except AnswerError as exc:
        return ("error", str(exc))


def draw_capacity(key: Any, rec: Recommendation, _mode: Any) -> str:
    if isinstance(key, tuple):
        return f"<p><i>Not sized: {_esc(key[1])}</i></p>"
    data = json.loads(key)
    agents = data["human_agents"]
    instances = data["websocket_instances"]
    items = [f"<b>WebSocket server instances</b>: {instances if instances is not None else '?'}"
             f" <small>{_esc(data['websocket_basis'])}</small>",
             f"<b>Accounts for the tenants</b>: {data['subaccounts']} <small>" + "; ".join(
                 f"{_esc(r['reading'])}: {r['subaccounts']}" for r in data["subaccount_readings"]) + "</small>",
             f"<b>Human agents</b>: {agents if agents is not None else 'not sized'} "
             f"<small>{_esc(data['staffing_note'])}</small>"]
    items += [f"{_esc(c['text'])}: need {c['need'] if c['need'] is not None else '?'}, limit {c['limit']}"
              for c in data["checks"]]
    items += [f"<i>{_esc(n)}</i>" for n in data["notes"]]
    return "<h3 style='margin:.6em 0 .2em'>Capacity</h3><ul style='margin:.2em 0;padding-left:1.2em'>" + "".join(
        f"<li>{i}</li>" for i in items) + "</ul>"


__all__ = ["COST_TAB", "bill_key", "capacity_key", "draw_bill", "draw_bill_chart", "draw_capacity", "draw_latency",
           "draw_platforms", "draw_tornado", "latency_key"]
